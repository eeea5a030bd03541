"""GitHub Actions workflow commands: each finding becomes an annotation on its line of the pull
request (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).

Reference: GitHub Docs, "Workflow commands for GitHub Actions" (setting an error, warning or notice
message), and the escaping of @actions/core (toolkit, packages/core/src/command.ts): in the message
`%`, CR and LF are percent-encoded; in properties also `:` and `,`.
"""
from __future__ import annotations

from checker.escape import printable
from checker.verdict import fails
from checker.reports import RenderOptions, report_format
from checker.reports._ci import documents, new_findings

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def stream(documents_in_order, tail, options: RenderOptions):
    """The annotations of each document as it comes (documents in path order)."""
    for document in documents_in_order:
        shown = new_findings(document, options)
        lines = [_annotation(document["path"], f) for f in shown]
        if not document.get("passed", True) and not any(fails(f, options.fail_on)
                                                          for f in shown):
            lines.append(_score_annotation(document))
        yield "".join(line + "\n" for line in lines)


@report_format("github", "GitHub Actions annotations (workflow commands)", ".txt", stream=stream)
def render(result: dict, options: RenderOptions) -> str:
    return "".join(stream(documents(result), lambda: result, options))


def _annotation(path: str, finding: dict) -> str:
    command = "notice" if finding.get("needs_review") else COMMANDS[finding["severity"]]
    props = [("file", path), ("line", finding["line"])]
    # GitHub ignores columns on an annotation that spans several lines.
    if finding["line"] == finding["end_line"]:
        props.append(("col", finding["column"]))
    props.append(("endLine", finding["end_line"]))
    if finding["line"] == finding["end_line"]:
        props.append(("endColumn", finding["end_column"]))
    props.append(("title", finding["rule"]))
    return _command(command, props, finding["message"])


def _score_annotation(document: dict) -> str:
    """A document that failed on its score alone (--min-score) still needs a visible error."""
    message = f"Score {document.get('score')} is below the minimum score for this document."
    return _command("error", [("file", document["path"]), ("line", 1),
                              ("title", "lisible.min-score")], message)


def _command(name: str, props: list[tuple[str, object]], message: str) -> str:
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in props)
    return f"::{name} {joined}::{escape_data(message)}"


def escape_data(text: str) -> str:
    # GitHub's own escapes first; then any other control character written visibly
    # (checker.escape), so a terminal escape or a separator in a file name is shown, not obeyed.
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")

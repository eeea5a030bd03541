"""reviewdog's Diagnostic Format (rdjson, and rdjsonl: one Diagnostic a line), which reviewdog
turns into pull-request review comments, check annotations and suggested changes.

Reference: reviewdog/reviewdog, proto/rdf/reviewdog.proto and its JSON Schema in
proto/rdf/jsonschema/ (DiagnosticResult.json, Diagnostic.json). What matters here:
- `Position.column` is 1-based and counts UTF-8 bytes ("a𐐀b": the column of b is 6), where
  lisible counts code points: the source line is read to convert (reports/_source.py).
- `Range.end` is exclusive; lisible's end column is inclusive. A range without columns is
  "linewise"; that is what a finding gets when its file cannot be read (never a guessed column).
- `Suggestion{range, text}` replaces the range with the text; reviewdog shows it as a GitHub
  suggested change. Only safe fixes (rule catalogue) become suggestions, and only where the
  source slice is exactly the flagged text: a fix never touches markup (DESIGN.md, "Rules"), so a
  span whose source holds an entity or emphasis the reader does not see gets no suggestion.
"""
from __future__ import annotations

import json

from checker.reports import RenderOptions, report_format
from checker.reports._ci import PROJECT_URL, documents, fix_is_safe, help_uri, new_findings
from checker.reports._source import slice_of, source_lines, utf8_column

SOURCE = {"name": "lisible", "url": PROJECT_URL}
SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def stream(documents_in_order, tail, options: RenderOptions):
    """The bytes of `render`, a document's diagnostics at a time (documents in path order)."""
    head = json.dumps({"source": SOURCE, "diagnostics": []}, ensure_ascii=False, indent=2)
    yield head[:head.rindex("[]") + 1]
    count = 0
    for document in documents_in_order:
        for item in document_diagnostics(document, options):
            text = json.dumps(item, ensure_ascii=False, indent=2)
            yield ("\n" if count == 0 else ",\n") + "\n".join("    " + line
                                                              for line in text.split("\n"))
            count += 1
    yield ("\n  ]" if count else "]") + "\n}\n"


@report_format("rdjson", "reviewdog Diagnostic Result (JSON), for pull-request reviews", ".json",
               stream=stream)
def render(result: dict, options: RenderOptions) -> str:
    report = {"source": SOURCE, "diagnostics": diagnostics(result, options)}
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def stream_lines(documents_in_order, tail, options: RenderOptions):
    for document in documents_in_order:
        yield "".join(json.dumps(d, ensure_ascii=False) + "\n"
                      for d in document_diagnostics(document, options))


@report_format("rdjsonl", "reviewdog Diagnostics as JSON Lines (one finding a line)", ".jsonl",
               stream=stream_lines)
def render_lines(result: dict, options: RenderOptions) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in diagnostics(result, options))


def diagnostics(result: dict, options: RenderOptions) -> list[dict]:
    return [item for document in documents(result)
            for item in document_diagnostics(document, options)]


def document_diagnostics(document: dict, options: RenderOptions) -> list[dict]:
    lines = source_lines(document, options.source_roots)
    return [diagnostic(document["path"], f, lines) for f in new_findings(document, options)]


def diagnostic(path: str, finding: dict, lines: tuple[str, ...] | None) -> dict:
    span = byte_range(finding, lines)
    out = {
        "message": finding["message"],
        "location": {"path": path, "range": span},
        "severity": "INFO" if finding.get("needs_review") else SEVERITIES[finding["severity"]],
        "source": SOURCE,
        "code": {"value": finding["rule"], "url": help_uri(finding["rule"])},
    }
    suggestion = _suggestion(finding, lines, span)
    if suggestion:
        out["suggestions"] = [suggestion]
    return out


def byte_range(finding: dict, lines: tuple[str, ...] | None) -> dict:
    """The finding's range in reviewdog's terms: UTF-8 byte columns, end exclusive."""
    line, end_line = finding["line"], finding["end_line"]
    if lines is None or end_line > len(lines):
        return {"start": {"line": line}, "end": {"line": end_line}}
    empty = not finding.get("text") and (line, finding["column"]) == (end_line, finding["end_column"])
    end_column = finding["end_column"] + (0 if empty else 1)
    return {"start": {"line": line, "column": utf8_column(lines[line - 1], finding["column"])},
            "end": {"line": end_line, "column": utf8_column(lines[end_line - 1], end_column)}}


def _suggestion(finding: dict, lines, span: dict) -> dict | None:
    if not finding.get("suggestions") or not finding.get("text") or lines is None:
        return None
    if finding.get("needs_review") or not fix_is_safe(finding["rule"]):
        return None
    if slice_of(lines, finding) != finding["text"]:
        return None
    return {"range": span, "text": finding["suggestions"][0]}

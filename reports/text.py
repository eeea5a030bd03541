"""Text output for people in a terminal: findings grouped by file, colour on a TTY, a summary."""
from __future__ import annotations

from checker.escape import line_start_safe, printable
from checker.verdict import fails
from checker.reports import RenderOptions, report_format

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "bold": "\033[1m",
            "dim": "\033[2m", "green": "\033[32m", "reset": "\033[0m"}


def _paint(text: str, colour: str, options: RenderOptions) -> str:
    return f"{_COLOURS[colour]}{text}{_COLOURS['reset']}" if options.color else text


def stream(documents, tail, options: RenderOptions):
    """The bytes of `render`, a document at a time (the summary, from `tail()`, comes last)."""
    for doc in documents:
        yield _lines(_document_lines(doc, options))
    yield _lines([_summary(tail(), options)])


@report_format("text", "Findings and scores for people (default)", ".txt", stream=stream)
def render(result: dict, options: RenderOptions) -> str:
    return "".join(stream(result["documents"], lambda: result, options))


def _document_lines(doc: dict, options: RenderOptions) -> list[str]:
    findings = doc["findings"]
    if options.quiet:
        findings = [f for f in findings if fails(f, options.fail_on)]
        if doc["passed"] and not findings:
            return []
    return [_header(doc, options), *(_finding_line(doc["path"], f, options) for f in findings), ""]


def _lines(lines: list[str]) -> str:
    # Every value from a file was escaped onto one line; no line may start a CI workflow command.
    return "".join(line_start_safe(line) + "\n" for text in lines for line in text.split("\n"))


def _header(doc: dict, options: RenderOptions) -> str:
    r = doc["readability"]
    primary = r["primary"]
    value = r["scores"].get(primary)
    target = r["target"].get(primary)
    status = _paint("pass", "green", options) if doc["passed"] else _paint("FAIL", "error", options)
    reading = f"{primary} {value:.1f} (target {target:g})" if value is not None else ""
    if primary in r.get("unreliable", []):
        reading += ", unreliable under 100 words"
    grammar = printable(doc["engines"].get("grammar", ""))
    return (f"{_paint(printable(doc['path']), 'bold', options)}  "
            f"[{printable(doc['language'])}, {printable(doc['format'])}]  "
            f"score {doc['score']}  {status}\n"
            f"  {reading}; {doc['stats']['words']} words, {doc['stats']['sentences']} sentences; "
            f"grammar: {grammar}")


def _finding_line(path: str, f: dict, options: RenderOptions) -> str:
    severity = _paint(f"{f['severity']:<7}", f["severity"], options)
    where = f"{printable(path)}:{f['line']}:{f['column']}"
    if f.get("page"):
        where += f" (p. {f['page']})"
    extra = ""
    if f.get("suggestions"):
        extra += f" -> {' / '.join(printable(s) for s in f['suggestions'][:3])}"
    if f.get("standards"):
        extra += f" [{', '.join(printable(s) for s in f['standards'])}]"
    if f.get("baseline"):
        extra += " (baseline)"
    if f.get("needs_review"):
        extra += " (needs review)"
    return (f"  {where}: {severity} {printable(f['message'])}{extra}  "
            f"{_paint(printable(f['rule']), 'dim', options)}")


def _summary(result: dict, options: RenderOptions) -> str:
    s = result["summary"]
    counts = s["findings"]
    text = (f"{s['documents']} document(s), {s['passed']} passed; "
            f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info")
    for failure in s.get("engine_failures", []):
        text += f"\nengine failure: {printable(failure)}"
    return text

"""CSV: one finding a row, for auditors and editors who sort and filter in a spreadsheet.

RFC 4180: a header row, fields separated by commas, CRLF line ends, fields holding a comma, a
quote or a line break quoted, quotes doubled. The text starts with a UTF-8 byte-order mark, which
is what makes Excel read UTF-8 (accents, « », €) instead of the local code page.

Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`,
`-` or `@` (and, in some, a tab or carriage return) as a formula, so a press release quoting
"=HYPERLINK(...)" could run in the auditor's spreadsheet. Such text cells get a leading `'`, which
spreadsheets show as text; numbers are written as numbers.
"""
from __future__ import annotations

import csv
import io

from checker.reports import RenderOptions, report_format
from checker.reports._ci import documents, findings, shown

COLUMNS = ("path", "line", "column", "end_line", "end_column", "severity", "category", "rule",
           "message", "text", "suggestion", "standards", "needs_review", "baseline", "source")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def stream(documents_in_order, tail, options: RenderOptions):
    """The header, then each document's rows as it comes (documents in path order)."""
    yield BOM + _rows([COLUMNS])
    for document in documents_in_order:
        yield _rows([_row(document["path"], finding) for finding in findings(document)
                     if shown(finding, options)])


@report_format("csv", "CSV, one finding a row (RFC 4180, for spreadsheets)", ".csv", stream=stream)
def render(result: dict, options: RenderOptions) -> str:
    return "".join(stream(documents(result), lambda: result, options))


def _rows(rows) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return out.getvalue()


def _row(path: str, finding: dict) -> list:
    suggestions = finding.get("suggestions") or []
    return [
        safe_cell(path), finding["line"], finding["column"], finding["end_line"],
        finding["end_column"], finding["severity"], finding["category"], safe_cell(finding["rule"]),
        safe_cell(finding["message"]), safe_cell(finding.get("text", "")),
        safe_cell(suggestions[0] if suggestions else ""),
        safe_cell(" ".join(finding.get("standards", ()))),
        _yes(finding.get("needs_review")), _yes(finding.get("baseline")),
        safe_cell(finding.get("source", "")),
    ]


def safe_cell(text: str) -> str:
    text = str(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _yes(value) -> str:
    return "yes" if value else "no"

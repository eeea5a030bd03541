r"""CSV: one finding a row, for auditors and editors who sort and filter in a spreadsheet.

RFC 4180: a header row, fields separated by commas, CRLF line ends, fields holding a comma, a
quote or a line break quoted, quotes doubled. The text starts with a UTF-8 byte-order mark, which
is what makes Excel read UTF-8 (accents, « », €) instead of the local code page.

Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`,
`-` or `@` (and, in some, a tab or carriage return) as a formula, so a press release quoting
"=HYPERLINK(...)" could run in the auditor's spreadsheet. Such text cells get a leading `'`, which
spreadsheets show as text; numbers are written as numbers.

Clean output (issue 13): RFC 4180 allows a line break inside a quoted cell, but a CSV printed to
a CI log is read line by line, so a file name holding "\n::error file=x::pwned" would start a
workflow command. Every control character in a cell is written visibly (`\n`, `\x1b`, as the
other formats do; a tab, which cannot end a line, is kept), and a path cell, which starts its
row, never starts with `::`.
"""
from __future__ import annotations

import csv
import io

from checker.escape import line_start_safe, printable
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
    cells = [
        path, finding["line"], finding["column"], finding["end_line"], finding["end_column"],
        finding["severity"], finding["category"], finding["rule"], finding["message"],
        finding.get("text", ""), suggestions[0] if suggestions else "",
        " ".join(map(str, finding.get("standards", ()))),
        _yes(finding.get("needs_review")), _yes(finding.get("baseline")), finding.get("source", ""),
    ]
    # Numbers stay numbers; any other cell (a saved result given to `lisible report` can hold
    # anything) is text made safe.
    row = [cell if isinstance(cell, (int, float)) else safe_cell(cell) for cell in cells]
    row[0] = line_start_safe(str(row[0]))
    return row


def safe_cell(text: str) -> str:
    """One line of plain text that no spreadsheet runs as a formula."""
    text = str(text)
    text = "'" + text if text.startswith(FORMULA_STARTS) else text
    return printable(text, keep_tab=True)


def _yes(value) -> str:
    return "yes" if value else "no"

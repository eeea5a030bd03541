"""CSV: RFC 4180 as Python's csv module reads it, one finding a row, and formulas kept as text."""
import csv
import io

from checker.reports import RenderOptions, load_formats
from ci_results import document, finding, release_doc, result

render = load_formats()["csv"].render


def _rows(res, **options):
    text = render(res, RenderOptions(**options))
    assert text.startswith("\ufeff")                        # Excel reads UTF-8 with a BOM
    body = text[1:]
    assert body.startswith(",".join(("path", "line", "column")))
    assert body.endswith("\r\n")                      # RFC 4180: CRLF ends each record
    return list(csv.DictReader(io.StringIO(body, newline="")))


def test_one_row_per_finding_with_its_place():
    rows = _rows(result(release_doc("a.txt"), document("b.txt", "Clean.\n")))
    assert [(r["path"], r["line"], r["column"], r["rule"], r["severity"]) for r in rows] == [
        ("a.txt", "3", "15", "en.plain.leverage", "warning"),
        ("a.txt", "6", "46", "en.plain.going-forward", "error"),
        ("a.txt", "6", "74", "en.plain.leverage", "warning")]
    assert rows[1]["text"] == "going forward" and rows[1]["end_column"] == "58"
    assert rows[0]["needs_review"] == "no" and rows[0]["baseline"] == "no"


def test_commas_quotes_and_accents_survive_and_line_breaks_are_shown():
    message = 'Écrivez « entier », pas "entier";\nvoir p. 3, §2.'
    doc = document("fr, 2026.md", "Le service entier» ouvre.\n", [
        finding("fr.typography.x", "warning", 1, 12, 1, 18, "entier»", message=message,
                suggestions=["entier\u00a0»"], standards=["WCAG22:3.1.5", "ACT:abc"])])
    (row,) = _rows(result(doc))
    raw = render(result(doc), RenderOptions())
    assert '"fr, 2026.md"' in raw and '""entier"";\\nvoir' in raw    # quoted, quotes doubled
    # A line break in a cell is written `\n` (issue 13: a CSV read line by line in a CI log must
    # not let a cell start a line): one record, one line.
    assert row["path"] == "fr, 2026.md" and row["message"] == message.replace("\n", "\\n")
    assert len(raw.split("\r\n")) == 3     # the header, the row, and the empty rest after CRLF
    assert row["suggestion"] == "entier\u00a0»" and row["standards"] == "WCAG22:3.1.5 ACT:abc"


def test_cells_that_a_spreadsheet_would_run_are_text():
    doc = document("a.txt", "x\n", [
        finding("r.one", "warning", 1, 1, 1, 1, "=HYPERLINK(\"http://evil\")",
                message="+1 more", suggestions=["@SUM(A1)"]),
        finding("r.two", "warning", 1, 1, 1, 1, "-5 %", message="\tTab first")])
    rows = _rows(result(doc))
    assert rows[0]["text"] == "'=HYPERLINK(\"http://evil\")"
    assert rows[0]["message"] == "'+1 more" and rows[0]["suggestion"] == "'@SUM(A1)"
    assert rows[1]["text"] == "'-5 %" and rows[1]["message"] == "'\tTab first"
    assert rows[0]["line"] == "1"                      # numbers stay numbers


def test_quiet_keeps_what_fails():
    rows = _rows(result(release_doc()), quiet=True, fail_on="error")
    assert [r["rule"] for r in rows] == ["en.plain.going-forward"]

"""The per-criterion table of the HTML report and its data: counts per WCAG 2.2 success criterion
worked out by hand from the fixture run, links to W3C's Understanding pages and ACT rules."""
import copy
import json
import re
from pathlib import Path

from checker.criteria import document_criteria
from checker.reports import RenderOptions
from checker.reports.html import render

FIXTURE = Path(__file__).with_name("fixtures") / "release_run.json"


def _run():
    return copy.deepcopy(json.loads(FIXTURE.read_text(encoding="utf-8")))


def _row(html: str, number: str) -> str:
    match = re.search(rf'<tr id="sc-{number.replace(".", "-")}">(.*?)</tr>', html, re.S)
    assert match, number
    return re.sub(r"\s+", " ", match.group(1))


def test_states_per_document():
    run = _run()
    en, fr, broken = (next(d for d in run["documents"] if d["path"] == p) for p in (
        "press/sorting-centre.en.md", "press/sorting-centre.fr.md", "notes/broken.txt"))
    states = document_criteria(fr)
    cited = {s for f in fr["findings"] for s in f["standards"] if not f["needs_review"]}
    for ref, state in states.items():
        if ref in cited:
            assert state == "failed", ref
    # Markdown has no page title and no lang attribute to check; a text file only acronyms.
    assert states["WCAG22:2.4.2"] == "not checked" and states["WCAG22:3.1.1"] == "not checked"
    assert set(document_criteria(broken).values()) == {"not checked"}     # unreadable input
    assert document_criteria(en)["WCAG22:3.1.5"] == "not checked"          # HTML only


def test_table_counts_links_and_failing_documents():
    run = _run()
    html = render(run, RenderOptions(ui_lang="en"))
    per_doc = [document_criteria(d) for d in run["documents"]]
    for number in ("1.1.1", "3.1.4"):
        ref = f"WCAG22:{number}"
        counts = [sum(s[ref] == state for s in per_doc)
                  for state in ("passed", "failed", "cannot tell", "not checked")]
        cells = re.findall(r'<td class="num">(?:<strong class="sev-error">)?(\d+)', _row(html, number))
        assert [int(c) for c in cells] == counts, number
    row = _row(html, "1.1.1")
    assert 'href="https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html"' in row
    assert 'href="https://www.w3.org/WAI/standards-guidelines/act/rules/23a2a8/"' in row
    assert '<a href="#criteria">' in html
    # A criterion no document is checked for is not a row.
    assert 'id="sc-2-4-2"' not in html

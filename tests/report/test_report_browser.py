"""The HTML report in headless Chromium: axe-core finds no WCAG 2.2 A/AA violation, hostile input
runs nothing, the page works by keyboard, and its own script and style pass its CSP."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker.reports import RenderOptions
from checker.reports.html import render
from report_hostile import hostile_run

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SCRIPT = re.compile(r"<script>.*?</script>", re.S)


def axe_violations(page, axe_source: str) -> list:
    # Evaluated through the DevTools protocol, which the page's CSP does not govern: the report
    # itself still allows no script but its own.
    page.evaluate(axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                           AXE_TAGS)
    return [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
            for v in result["violations"]]


@pytest.mark.parametrize("ui_lang, scheme", [("en", "light"), ("fr", "dark")])
def test_axe_finds_no_violation_with_the_script(open_report, axe_source, release_run, ui_lang,
                                                scheme):
    page = open_report(render(release_run, RenderOptions(ui_lang=ui_lang)), color_scheme=scheme)
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    assert page.locator(".filters fieldset").count() == 3, "report.js did not run"
    assert axe_violations(page, axe_source) == []


def test_axe_finds_no_violation_without_the_script(open_report, axe_source, release_run):
    # With the rarer parts too: a check that could not run, a finding accepted in the baseline.
    release_run["summary"]["engine_failures"] = ["grammar: LanguageTool not reachable"]
    release_run["documents"][0]["findings"][0]["baseline"] = True
    html = SCRIPT.sub("", render(release_run, RenderOptions(ui_lang="fr")))
    page = open_report(html)
    assert page.locator(".filters fieldset").count() == 0
    assert axe_violations(page, axe_source) == []


def test_axe_finds_no_violation_in_a_report_without_text(open_report, axe_source, release_run):
    for doc in release_run["documents"]:
        del doc["blocks"]                              # as from `check --no-text`
    page = open_report(render(release_run, RenderOptions(ui_lang="en")))
    assert axe_violations(page, axe_source) == []


def test_own_script_and_style_pass_the_csp_and_nothing_is_requested(open_report, release_run):
    page = open_report(render(release_run, RenderOptions(ui_lang="en")))
    assert page.evaluate("window.__csp") == []
    # The stylesheet applied: the skip link is moved off screen by it.
    assert page.locator(".skip").bounding_box()["x"] < 0
    assert [u for u in page.events["requests"] if not u.startswith("file:")] == []


def test_hostile_text_runs_nothing_and_stays_text(open_report):
    page = open_report(render(hostile_run(), RenderOptions(ui_lang="en")))
    page.wait_for_timeout(200)  # give a would-be onerror or onload its chance to fire
    assert page.evaluate("window.__pwned") is None
    assert page.events["dialogs"] == []
    assert [u for u in page.events["requests"] if not u.startswith("file:")] == []
    assert page.locator("img, iframe, object, embed, link, base, form").count() == 0
    assert page.locator("script").count() == 1
    assert page.locator("[href^='javascript'], [href^='data:'], [src]").count() == 0
    body = page.inner_text("body")
    assert "<script>window.__pwned=1</script>" in body        # shown as the text it is
    assert "\u202e" not in body and "U+202E" in body           # the override is shown, not obeyed
    # The override did not reverse the rest of the overview row: the score still reads 41.
    assert page.locator("#overview-table tbody tr").first.locator("td").nth(1).inner_text() == "41"


def test_a_marker_leads_by_keyboard_to_its_finding_and_back(open_report, release_run):
    page = open_report(render(release_run, RenderOptions(ui_lang="en")))
    page.keyboard.press("Tab")                       # the first stop is the skip link
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#overview"
    marker = page.locator("a#d1-m6")                # fr.md, "Les habitant": grammar, finding 6
    # Below the "fix first" list, a document is laid out (content-visibility: auto) once it nears
    # the view: scroll to it and let two frames pass.
    marker.scroll_into_view_if_needed()
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert marker.inner_text().startswith("G6")
    marker.focus()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineWidth")
    assert outline == "3px"                           # visible focus
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#d1-f6"
    entry = page.locator("#d1-f6")
    assert "habitant" in entry.inner_text() and "Les habitants" in entry.inner_text()
    page.keyboard.press("Tab")                         # focus continues inside the entry
    assert page.evaluate("document.activeElement.closest('.finding-list > li')?.id") == "d1-f6"
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#d1-m6"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#d1-m6"


def test_every_marker_is_reachable_with_tab(open_report, release_run):
    page = open_report(render(release_run, RenderOptions(ui_lang="en")))
    # A marker is a link with an href and no negative tabindex, so sequential focus reaches it.
    markers = page.locator(".doctext a.mk")
    assert markers.count() == 8 + 11 + 1
    assert page.locator(".doctext a.mk[tabindex]").count() == 0


def test_overview_sorts_by_score_and_back(open_report, release_run):
    page = open_report(render(release_run, RenderOptions(ui_lang="en")))
    page.get_by_role("button", name="Score").click()
    paths = page.locator("#overview-table tbody th").all_inner_texts()
    # Scores 0, 58, 64.
    assert paths == ["notes/broken.txt", "press/sorting-centre.fr.md", "press/sorting-centre.en.md"]
    assert page.locator("th[aria-sort='ascending']").inner_text().startswith("Score")
    page.get_by_role("button", name="Score").click()
    paths = page.locator("#overview-table tbody th").all_inner_texts()
    assert paths == ["press/sorting-centre.en.md", "press/sorting-centre.fr.md", "notes/broken.txt"]


def test_findings_filter_by_severity_and_category(open_report, release_run):
    page = open_report(render(release_run, RenderOptions(ui_lang="en")))
    filters = page.locator("#d1 .filters")
    filters.get_by_label("Warning").uncheck()
    # fr.md has 3 errors: parity, grammar, missing alt.
    assert page.locator("#d1 .finding-list > li:visible").count() == 3
    assert filters.get_by_role("status").inner_text() == "3 of 10 findings shown."
    filters.get_by_label("Accessibility").uncheck()
    assert page.locator("#d1 .finding-list > li:visible").count() == 2
    assert page.locator("#d1 .cat-group[data-category='accessibility']").is_hidden()
    # A marker whose entry is filtered out still leads to it.
    page.locator("a#d1-m10").click()                  # "cliquez ici": accessibility, warning
    assert page.locator("#d1-f10").is_visible()


def test_print_keeps_highlights_distinct_in_black(open_report, release_run):
    page = open_report(render(release_run, RenderOptions(ui_lang="en")))
    page.emulate_media(media="print")
    style = page.evaluate("""() => [...document.querySelectorAll('#d2 .hl')].map(e => {
        const s = getComputedStyle(e);
        return [s.textDecorationLine + ' ' + s.textDecorationStyle, s.textDecorationColor];
    })""")
    lines = {line for line, _ in style if not line.startswith("none")}
    assert {"underline double", "underline wavy", "underline dashed", "underline dotted",
            "underline overline solid", "underline solid"} <= lines
    assert {color for line, color in style if not line.startswith("none")} == {"rgb(0, 0, 0)"}
    assert page.locator(".filters").first.is_hidden()


def test_a_real_check_of_the_sample_release_has_no_axe_violation(open_report, axe_source, tmp_path):
    """The whole pipeline, as a user runs it: `lisible check --parity --format html`."""
    fixtures = Path(__file__).resolve().parent / "fixtures"
    out = tmp_path / "real.html"
    env = {**os.environ, "PYTHONPATH": str(fixtures.parents[2])}
    done = subprocess.run(
        [sys.executable, "-m", "checker", "check", "--parity", "--grammar", "off",
         "press/sorting-centre.fr.md", "press/sorting-centre.en.md", "--format", "html",
         "-o", str(out), "--ui-lang", "fr"], cwd=fixtures, env=env, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr           # the samples have errors: exit 1
    page = open_report(out.read_text(encoding="utf-8"))
    assert page.locator(".doctext a.mk").count() > 5
    assert page.locator("#parity").count() == 1
    assert axe_violations(page, axe_source) == []


def test_page_reflows_to_320_css_pixels_without_sideways_scrolling(open_report, release_run):
    """WCAG 2.2 SC 1.4.10: only the wide tables scroll, inside their own focusable region."""
    page = open_report(render(release_run, RenderOptions(ui_lang="fr")),
                       viewport={"width": 320, "height": 800})
    width = page.evaluate("""() => {
        document.querySelectorAll('.doc').forEach(d => d.style.contentVisibility = 'visible');
        return document.documentElement.scrollWidth; }""")
    assert width == 320


def test_cross_document_filter_by_criterion_and_compact_print(open_report, release_run):
    """One filter over every document: choosing WCAG22:1.1.1 leaves only the findings that cite
    it, and the documents without one; printing leaves out the full text and the charts."""
    page = open_report(render(release_run, RenderOptions(ui_lang="en")))
    expected = sum(1 for d in release_run["documents"] for f in d["findings"]
                   if "WCAG22:1.1.1" in f["standards"])
    assert expected
    box = page.locator(".cross-filter select").nth(1)
    box.select_option("WCAG22:1.1.1")
    shown = page.evaluate("""() => Array.from(document.querySelectorAll('.finding-list > li'))
        .filter(li => li.offsetParent !== null || getComputedStyle(li).display !== 'none')
        .filter(li => !li.classList.contains('cross-off') && !li.closest('.doc.cross-off'))
        .map(li => li.getAttribute('data-standards'))""")
    assert len(shown) == expected and all("WCAG22:1.1.1" in s.split() for s in shown)
    assert "match" in page.locator(".cross-filter [role=status]").inner_text()
    box.select_option("")
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => Array.from(document.querySelectorAll('.doctext'))
        .every(el => getComputedStyle(el).display === 'none')""")
    assert hidden
    assert page.evaluate("getComputedStyle(document.querySelector('.finding-list')).display") != "none"

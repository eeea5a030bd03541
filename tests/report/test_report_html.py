"""The HTML report without a browser: placing findings in the text, safety of the markup, the
self-contained page and its CSP, languages, charts. Expected values are worked out by hand."""
from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.reports import RenderOptions, load_formats
from checker.reports.html import (block_range, gauge, place_findings, render, runs_of,
                                  score_chart, sentence_chart)
from checker.reports.i18n import STRINGS, UI
from report_hostile import hostile_run

FIXTURES = Path(__file__).resolve().parent / "fixtures"


class Page(HTMLParser):
    """Every start tag with its attributes, the text of <script> and <style>, and headings."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.headings: list[int] = []
        self._raw = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._raw = tag
            (self.scripts if tag == "script" else self.styles).append("")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))

    def handle_endtag(self, tag):
        if tag == self._raw:
            self._raw = None

    def handle_data(self, data):
        if self._raw == "script":
            self.scripts[-1] += data
        elif self._raw == "style":
            self.styles[-1] += data

    def attribute_values(self, name):
        return [attrs[name] for _, attrs in self.tags if name in attrs]


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


# ------------------------------------------------------------------- positions to block offsets

# "Le centre traite 3 150 ..." wraps over lines 5, 6 and 7 of fixtures/press/sorting-centre.fr.md:
# line 5 has 79 characters, so the space that joins it to line 6 sits at (5, 80) and text offset
# 79; line 6 starts at offset 80; line 6 has 84 characters, so line 7 starts at 80 + 84 + 1 = 165.
MULTILINE = {"text": "x" * 300, "line": 5, "column": 1,
             "positions": [[0, 5, 1], [80, 6, 1], [165, 7, 1]]}


def test_a_span_on_one_line_maps_to_its_columns_minus_one():
    assert block_range(runs_of(MULTILINE), (5, 18), (5, 22)) == (17, 22)


def test_a_span_across_lines_maps_to_one_stretch_of_text():
    # (5, 63) is offset 62; (7, 110) is offset 165 + 109 = 274, inclusive, so the end is 275.
    assert block_range(runs_of(MULTILINE), (5, 63), (7, 110)) == (62, 275)


def test_bounds_between_characters_snap_inward():
    # "a&nbsp;b" read as "a b": the space stands at the entity's first character (column 2), and b
    # at column 8. A span over "&nbsp;" (2..7) is the space; one starting on ";" (7) is "b".
    entity = {"text": "a b", "positions": [[0, 1, 1], [2, 1, 8]]}
    runs = runs_of(entity)
    assert block_range(runs, (1, 2), (1, 7)) == (1, 2)
    assert block_range(runs, (1, 7), (1, 8)) == (2, 3)
    assert block_range(runs, (1, 3), (1, 7)) is None


def test_a_span_outside_the_block_is_not_placed():
    assert block_range(runs_of(MULTILINE), (9, 1), (9, 12)) is None
    assert block_range(runs_of(MULTILINE), (1, 1), (4, 3)) is None


def test_without_positions_a_block_is_one_run_from_its_start():
    block = {"text": "Hello world", "line": 3, "column": 5}
    assert block_range(runs_of(block), (3, 11), (3, 15)) == (6, 11)


def test_every_located_fixture_finding_highlights_exactly_its_text(release_run):
    for doc in release_run["documents"]:
        placed = place_findings(doc["blocks"], doc["findings"])
        found = {}
        for block, spans in zip(doc["blocks"], placed):
            for first, last, index in spans:
                found.setdefault(index, []).append(block["text"][first:last])
        for index, finding in enumerate(doc["findings"]):
            if finding["text"]:
                assert found.get(index) == [finding["text"]], finding["rule"]
            else:
                assert index not in found, finding["rule"]


def test_fixture_findings_match_their_source_files(release_run):
    """The hand-made fixture itself: each finding's text is the source slice it points at."""
    for doc in release_run["documents"][:2]:
        lines = (FIXTURES / doc["path"]).read_text(encoding="utf-8").split("\n")
        for f in doc["findings"]:
            if not f["text"]:
                continue
            if f["line"] == f["end_line"]:
                source = lines[f["line"] - 1][f["column"] - 1:f["end_column"]]
            else:
                parts = [lines[f["line"] - 1][f["column"] - 1:]]
                parts += lines[f["line"]:f["end_line"] - 1]
                parts.append(lines[f["end_line"] - 1][:f["end_column"]])
                source = " ".join(parts)
            assert source == f["text"], f["rule"]


# ------------------------------------------------------------------- the page

@pytest.fixture
def page_en(release_run):
    return render(release_run, RenderOptions(ui_lang="en"))


def test_the_format_is_registered():
    fmt = load_formats()["html"]
    assert fmt.extension == ".html" and fmt.render is render


def test_page_is_self_contained_with_a_csp_that_allows_only_its_own_script_and_style(page_en):
    page = Page(page_en)
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") ==
           "Content-Security-Policy"]
    assert len(csp) == 1
    policy = dict(part.strip().split(" ", 1) for part in csp[0].split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["img-src"] == "data:"
    assert len(page.scripts) == 1 and len(page.styles) == 1
    assert policy["script-src"] == csp_hash(page.scripts[0])
    assert policy["style-src"] == csp_hash(page.styles[0])
    assert not [t for t, a in page.tags if t in ("link", "img", "iframe", "object", "embed", "base")]
    assert page.attribute_values("src") == []
    assert "url(http" not in page.styles[0] and "@import" not in page.styles[0]


def test_links_are_anchors_to_ids_on_the_page_or_wcag_and_act_pages(page_en):
    page = Page(page_en)
    ids = page.attribute_values("id")
    assert len(ids) == len(set(ids)), "ids must be unique"
    for href in page.attribute_values("href"):
        if href.startswith("#"):
            assert href[1:] in ids, href
        else:
            assert href.startswith(("https://www.w3.org/WAI/WCAG22/Understanding/",
                                    "https://www.w3.org/WAI/standards-guidelines/act/rules/")), href


def test_headings_never_skip_a_level(page_en):
    headings = Page(page_en).headings
    assert headings[0] == 1 and headings.count(1) == 1
    for before, after in zip(headings, headings[1:]):
        assert after <= before + 1


def test_landmarks_and_languages(release_run):
    for ui_lang in ("en", "fr"):
        page = Page(render(release_run, RenderOptions(ui_lang=ui_lang)))
        tags = [t for t, _ in page.tags]
        assert {"header", "nav", "main", "footer"} <= set(tags)
        assert page.tags[0] == ("html", {"lang": ui_lang})
        texts = [a.get("lang") for t, a in page.tags if "doctext" in a.get("class", "")]
        assert texts == ["fr-FR", "en-GB", "fr-FR"]


def test_every_finding_has_an_entry_and_every_located_one_a_marker(page_en, release_run):
    page = Page(page_en)
    entries = [a["id"] for t, a in page.tags if t == "li" and "data-severity" in a]
    assert len(entries) == 10 + 12 + 1
    marker_ids = [a.get("id") for t, a in page.tags if t == "a" and "mk" in a.get("class", "").split()
                  and a.get("id")]
    # fr: 10 findings, 2 without text (below target, missing alt); en: 12, 1 without; broken: 1.
    assert len(marker_ids) == 8 + 11 + 1
    categories = {a["class"].split()[1] for t, a in page.tags
                  if t == "a" and "mk" in a.get("class", "").split()}
    assert categories == {f"cat-{c}" for c in ("grammar", "spelling", "typography", "style",
                                                "readability", "accessibility", "parity", "input")}


def test_french_ui_words_and_numbers(release_run):
    html = render(release_run, RenderOptions(ui_lang="fr"))
    assert "Vue d’ensemble" in html and "Constats" in html and "Orthographe" in html
    assert "48,3" in html                      # Kandel-Moles 48.3 written the French way
    assert "cible\u00a0: 60 ou plus" in html
    assert "Overview" not in html


def test_readability_panel_shows_every_formula_target_and_meaning(page_en):
    for name in ("Kandel &amp; Moles", "LIX", "Flesch Reading Ease", "Flesch-Kincaid grade",
                 "Gunning Fog index", "SMOG grade", "Coleman-Liau index",
                 "Average words per sentence"):
        assert name in page_en, name
    assert "target: 60 or more" in page_en
    # Kandel-Moles 48.3 is Flesch -45.3 + 1.46 * 48.3 = 25.2 by the calibration (profiles.py),
    # under 30: "very difficult: specialists and graduates".
    assert "very difficult: specialists and graduates" in page_en
    assert "unreliable on this text" in page_en       # smog is listed as unreliable for en.md


def test_no_text_mode_says_so_and_shows_no_text(release_run):
    for doc in release_run["documents"]:
        del doc["blocks"]
    html = render(release_run, RenderOptions(ui_lang="en"))
    assert "produced with --no-text" in html
    assert 'class="doctext"' not in html
    assert 'id="parity"' not in html                 # side by side needs the text


def test_translations_side_by_side_align_blocks_and_mark_a_missing_one(page_en):
    section = page_en[page_en.index('<section id="parity"'):]
    section = section[:section.index("</section>")]
    assert section.count("<tr>") == 1 + 7              # header + 7 aligned rows
    assert section.count("(no matching block)") == 1  # fr.md has no image alt block
    assert "cat-parity" in section
    assert ' id="d' not in section.replace('id="group', "")   # no duplicate ids from markers


def test_rendering_is_deterministic(release_run):
    first = render(release_run, RenderOptions(ui_lang="en"))
    assert render(release_run, RenderOptions(ui_lang="en")) == first


def test_unknown_ui_language_falls_back_to_english(release_run):
    assert UI("de_DE.UTF-8").lang == "en" and UI("fr_CH.UTF-8").lang == "fr"
    assert '<html lang="en">' in render(release_run, RenderOptions(ui_lang="de"))


# ------------------------------------------------------------------- hostile input

def test_hostile_text_is_escaped_and_never_becomes_markup():
    html = render(hostile_run(), RenderOptions(ui_lang="en"))
    page = Page(html)
    assert len(page.scripts) == 1 and "__pwned" not in page.scripts[0]
    assert not [t for t, _ in page.tags if t in ("img", "svg") and _.get("class") not in
                ("gauge", "chart sentences", "chart scores", "defs")]
    assert not [name for _, attrs in page.tags for name in attrs if name.startswith("on")]
    assert all(h.startswith("#") or h.startswith("https://www.w3.org/") for h in
               page.attribute_values("href"))
    assert "\u202e" not in html and "U+202E" in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    langs = set(page.attribute_values("lang"))
    assert langs <= {"en", ""}, langs              # malformed language tags become unknown


# ------------------------------------------------------------------- charts and words

def test_gauge_ends_where_the_score_points():
    # Half circle of radius 48 centred on (60, 60): 50 points up at (60, 12), 100 at (108, 60).
    assert gauge(50)["value"].endswith("60.0 12.0")
    assert gauge(100)["value"].endswith("108.0 60.0")
    assert gauge(0)["value"] == ""


def test_sentence_chart_draws_the_limit_and_marks_longer_sentences():
    chart = sentence_chart([10, 30], 25)
    # Scale: ceil(30 * 1.1 / 10) * 10 = 40; plot height 170 - 22 - 12 = 136; the limit's y is
    # 12 + 136 - 136 * 25 / 40 = 63.
    assert chart["limit_y"] == 63.0
    assert [b["over"] for b in chart["bars"]] == [False, True]
    assert (chart["count"], chart["longest"], chart["over"]) == (2, 30, 1)


def test_many_documents_are_charted_by_bands_of_ten_points():
    docs = [{"path": f"d{i}", "score": s, "passed": True}
            for i, s in enumerate([5, 15, 15] + [95] * 40 + [100])]
    chart = score_chart(docs, UI("en"))
    assert chart["kind"] == "bands"
    assert [b["n"] for b in chart["bands"]] == [1, 2, 0, 0, 0, 0, 0, 0, 0, 41]
    assert "90 to 100: 41" in chart["alt"]


def test_ui_strings_exist_in_both_languages_and_french_plural_counts_zero_as_one():
    assert set(STRINGS["en"]) == set(STRINGS["fr"])
    assert UI("fr").plural("findings", 0) == "0 constat"
    assert UI("en").plural("findings", 0) == "0 findings"
    assert UI("fr").number(3150) == "3\u202f150" and UI("en").number(3150) == "3,150"


def relative_luminance(hex_colour: str) -> float:
    # WCAG 2.2, "relative luminance" and "contrast ratio" definitions.
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def palette(css: str, start: int) -> dict:
    block = css[css.index(":root", start):css.index("}", css.index(":root", start))]
    return dict(re.findall(r"--([a-z]+): (#[0-9a-f]{6})", block))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_text_colour_has_at_least_4_5_to_1_on_the_page_and_on_the_soft_ground(scheme):
    css = (Path(__file__).resolve().parents[2] / "reports" / "static" / "report.css").read_text()
    start = 0 if scheme == "light" else css.index("prefers-color-scheme: dark")
    colours = palette(css, start)
    for name in ("ink", "muted", "link", "pass", "fail", "grammar", "spelling", "typography",
                 "style", "readability", "accessibility", "parity", "input"):
        for background in (colours["paper"], colours["soft"]):
            lighter, darker = sorted((relative_luminance(background),
                                      relative_luminance(colours[name])), reverse=True)
            ratio = (lighter + 0.05) / (darker + 0.05)
            assert ratio >= 4.5, (scheme, name, background, round(ratio, 2))


def test_a_block_gets_lang_only_where_the_language_changes(release_run):
    doc = release_run["documents"][0]                   # fr-FR, blocks tagged "fr"
    doc["blocks"][4]["language"] = "de"                 # a quotation in German
    page = Page(render(release_run, RenderOptions(ui_lang="en")))
    block_langs = [a.get("lang") for t, a in page.tags
                   if t == "p" and "blk" in a.get("class", "").split()]
    # fr.md: 6 blocks, the fifth in German; en.md: 7 blocks tagged "en" in an en-GB document;
    # broken.txt: 1; then the side-by-side view repeats fr.md's 6 and en.md's 7 (the cells carry
    # the version's language).
    assert block_langs[:14] == [None] * 4 + ["de"] + [None] * 9


def test_a_finding_over_a_whole_long_block_marks_the_block_not_every_line(release_run):
    doc = release_run["documents"][1]
    block = doc["blocks"][2]                  # en.md lines 5-7: 3 runs, 277 characters
    doc["findings"] = [{"rule": "common.long-paragraph", "category": "style", "severity": "info",
                        "message": "Long paragraph.", "line": 5, "column": 1, "end_line": 7,
                        "end_column": 96, "text": block["text"], "suggestions": [],
                        "source": "lisible", "standards": [], "needs_review": False}]
    html = render(release_run, RenderOptions(ui_lang="en"))
    section = html[html.index('id="d2"'):html.index('id="d3"')]
    assert section.count('class="blk k-paragraph whole"') == 1
    assert 'class="hl' not in section
    assert section.count('href="#d2-f1"') == 1            # its marker, after the block


def test_engine_failures_and_baseline_findings_are_said(release_run):
    release_run["summary"]["engine_failures"] = ["grammar: LanguageTool <not reachable>"]
    release_run["documents"][0]["findings"][0]["baseline"] = True
    html = render(release_run, RenderOptions(ui_lang="en"))
    assert "Some checks could not run:" in html
    assert "grammar: LanguageTool &lt;not reachable&gt;" in html
    assert html.count("accepted in the baseline") == 1

"""Two realistic public pages written for lisible, one English and one French, with each fault of the
accessibility checks planted at a known line. The expected findings below were listed by reading
the pages (line numbers from `cat -n`, columns from where the element's start tag begins, or, for
the findings about what a reader sees of it, where its text, heading or alt value begins)."""
import re
from pathlib import Path

import pytest

from checker.rules.a11y import check_page
from checker.sources.html import abbr_expansions, load

PAGES = Path(__file__).parent / "pages"

# (rule, line, start of the flagged start tag on that line, WCAG reference)
NORTHBRIDGE_EN = [
    ("a11y.page-lang-missing", 2, "<html>", "WCAG22:3.1.1"),
    ("a11y.title-missing", 5, "<title>", "WCAG22:2.4.2"),
    ("a11y.link-name", 12, '<a href="/">', "WCAG22:2.4.4"),
    ("a11y.image-button-name", 16, '<input type="image"', "WCAG22:1.1.1"),
    ("a11y.img-alt-filename", 21, '"IMG_4021"', "WCAG22:1.1.1"),
    ("a11y.img-alt-filename", 22, '"northbridge.jpg"', "WCAG22:1.1.1"),
    ("a11y.img-alt-missing", 23, "<img", "WCAG22:1.1.1"),
    ("a11y.img-alt-placeholder", 24, '"Photo"', "WCAG22:1.1.1"),
    ("a11y.img-alt-too-long", 25, '"A chart', "WCAG22:1.1.1"),
    ("a11y.heading-skipped-level", 26, ">Detours", "WCAG22:1.3.1"),
    ("a11y.link-text-vague", 27, ">Click here", "WCAG22:2.4.4"),
    ("a11y.element-lang-mismatch", 28, '<p lang="fr">', "WCAG22:3.1.2"),
    ("a11y.element-lang-invalid", 29, '<p lang="english">', "WCAG22:3.1.2"),
    ("a11y.heading-empty", 31, "<h2>", "WCAG22:1.3.1"),
    ("a11y.link-identical-name", 32, ">Contact us", "WCAG22:2.4.9"),
    ("a11y.link-name", 32, '<a href="/northbridge.pdf">', "WCAG22:2.4.4"),
    ("a11y.heading-h1-multiple", 33, ">Get involved", "WCAG22:1.3.1"),
]

MONT_BLANC_FR = [
    ("a11y.title-missing", 2, '<html lang="fr-CH">', "WCAG22:2.4.2"),
    ("a11y.link-name", 8, '<a href="/">', "WCAG22:2.4.4"),
    ("a11y.img-alt-missing", 8, "<img", "WCAG22:1.1.1"),
    ("a11y.heading-h1-missing", 9, "<h2>", "WCAG22:1.3.1"),
    ("a11y.img-alt-filename", 11, '"pont-du-mont-blanc.jpg"', "WCAG22:1.1.1"),
    ("a11y.img-alt-placeholder", 12, '"image"', "WCAG22:1.1.1"),
    ("a11y.img-alt-filename", 13, '"DSC01234"', "WCAG22:1.1.1"),
    ("a11y.img-alt-too-long", 14, '"Plan des', "WCAG22:1.1.1"),
    ("a11y.heading-skipped-level", 15, ">Déviations", "WCAG22:1.3.1"),
    ("a11y.link-text-vague", 16, ">En savoir plus", "WCAG22:2.4.4"),
    ("a11y.element-lang-mismatch", 17, '<p lang="en">', "WCAG22:3.1.2"),
    ("a11y.element-lang-invalid", 18, '<p lang="fr_CH">', "WCAG22:3.1.2"),
    ("a11y.paragraph-lang-undeclared", 19, "<p>", "WCAG22:3.1.2"),
    ("a11y.heading-empty", 20, "<h3>", "WCAG22:1.3.1"),
    ("a11y.link-identical-name", 21, 'mobilite">contactez-nous', "WCAG22:2.4.9"),
    ("a11y.link-text-vague", 21, ">Cliquez ici", "WCAG22:2.4.4"),
    ("a11y.image-button-name", 22, '<input type="image"', "WCAG22:1.1.1"),
    ("a11y.link-name", 23, '<a href="/fil-rss">', "WCAG22:2.4.4"),
]


def expected_positions(source: str, expected):
    """The column of the marker; a marker that starts with `"`, `>` or ends a `href` names the
    text that follows it (the alt value, the element's text)."""
    lines = source.split("\n")
    out = []
    for rule, line, marker, ref in expected:
        column = lines[line - 1].index(marker) + 1
        if marker[0] in "\">":
            column += 1
        elif 'mobilite">' in marker:
            column += len('mobilite">')
        out.append((rule, line, column, ref))
    return sorted(out, key=str)


def found_positions(doc, refs_of_rule):
    """(rule, line, column, the expected WCAG reference if the finding carries it, else all)."""
    out = []
    for f in check_page(doc):
        ref = refs_of_rule.get(f.rule)
        out.append((f.rule, f.span.line, f.span.column, ref if ref in f.standards else f.standards))
    return sorted(out, key=str)


@pytest.mark.parametrize("name, expected", [("northbridge-en.html", NORTHBRIDGE_EN),
                                            ("pont-du-mont-blanc-fr.html", MONT_BLANC_FR)])
def test_each_planted_fault_is_found_at_its_line_with_its_wcag_reference(name, expected):
    source = (PAGES / name).read_text(encoding="utf-8")
    doc = load(source, name)
    want = expected_positions(source, expected)
    refs = {rule: ref for rule, _, _, ref in expected}
    assert found_positions(doc, refs) == want


def test_french_page_gets_french_messages_and_the_lang_to_add():
    source = (PAGES / "pont-du-mont-blanc-fr.html").read_text(encoding="utf-8")
    findings = {f.rule: f for f in check_page(load(source, "p.html"))}
    assert findings["a11y.paragraph-lang-undeclared"].suggestions == ('lang="en"',)
    assert findings["a11y.element-lang-mismatch"].suggestions == ('lang="fr"',)
    assert "anglais" in findings["a11y.paragraph-lang-undeclared"].message
    assert findings["a11y.link-identical-name"].needs_review
    assert findings["a11y.link-identical-name"].severity == "info"
    assert findings["a11y.img-alt-missing"].severity == "error"


def test_french_page_expands_its_abbreviation_for_the_acronym_rule():
    source = (PAGES / "pont-du-mont-blanc-fr.html").read_text(encoding="utf-8")
    assert abbr_expansions(load(source, "p.html")) == {"OFROU": "Office fédéral des routes"}


def _with_html_tag(tag: str) -> str:
    source = (PAGES / "northbridge-en.html").read_text(encoding="utf-8")
    return re.sub(r"<html>", tag, source, count=1)


def test_english_page_with_an_invalid_lang():
    rules = {(f.rule, f.span.line) for f in check_page(load(_with_html_tag('<html lang="english">'), "x.html"))}
    assert ("a11y.page-lang-invalid", 2) in rules and ("a11y.page-lang-missing", 2) not in rules


def test_english_page_declared_german_is_a_page_language_mismatch():
    findings = check_page(load(_with_html_tag('<html lang="de">'), "x.html"))
    mismatch = [f for f in findings if f.rule == "a11y.page-lang-mismatch"]
    assert len(mismatch) == 1 and mismatch[0].span.line == 2 and not mismatch[0].needs_review
    assert mismatch[0].standards == ("WCAG22:3.1.1", "ACT:ucwvc8")
    # The page's own language is wrong: no second finding per paragraph.
    assert not [f for f in findings if f.rule == "a11y.paragraph-lang-undeclared"]


def test_english_page_declared_english_flags_the_french_paragraph():
    findings = check_page(load(_with_html_tag('<html lang="en">'), "x.html"))
    undeclared = [(f.span.line, f.suggestions) for f in findings
                  if f.rule == "a11y.paragraph-lang-undeclared"]
    assert undeclared == [(30, ('lang="fr"',))]
    assert not [f for f in findings if f.rule.startswith("a11y.page-lang")]

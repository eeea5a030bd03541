"""Planted errors in en, fr, de, es, it are found at their line and column in .txt, .md and .html,
through the real loaders and a real LanguageTool server."""
from __future__ import annotations

import pytest

from checker.config import DEFAULT_MAX_BYTES
from checker.grammar import open_session
from checker.sources import load_path
from grammar_cases import DATA, SENTENCES, expected, sources

pytestmark = pytest.mark.languagetool
CHECKED = ("grammar", "spelling", "typography")


def test_data_files_are_the_cases():
    """The files under data/ are exactly what grammar_cases.sources() writes (no drift)."""
    for lang in SENTENCES:
        for fmt, text in sources(lang).items():
            assert (DATA / f"{lang}.{fmt}").read_text(encoding="utf-8") == text


def test_hand_counted_positions():
    """A few columns counted by hand, to check `expected()` itself."""
    en_txt = dict(((line, snippet), col) for line, col, _, snippet in
                  expected("en", "txt", sources("en")["txt"]))
    assert en_txt[(3, "applies")] == 15          # "The new rules " is 14 characters
    assert en_txt[(8, "to late")] == 24          # "- " + "The mayor said it is " (2 + 21) precede it
    fr_html = dict(((line, snippet), col) for line, col, _, snippet in
                   expected("fr", "html", sources("fr")["html"]))
    assert fr_html[(10, "gouvernment")] == 12    # "<p>Le&nbsp;" is 11 characters


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_planted_errors_found_at_their_position(lt_settings, lang, fmt):
    path = DATA / f"{lang}.{fmt}"
    doc = load_path(path, DEFAULT_MAX_BYTES)
    with open_session(lt_settings) as session:
        findings, engine = session.check(doc, SENTENCES[lang]["tag"])
    assert engine == "languagetool 6.7"
    found = {(f.span.line, f.span.column, f.category) for f in findings}
    want = expected(lang, fmt, path.read_text(encoding="utf-8"))
    missing = [w for w in want if w[:3] not in found]
    assert not missing, f"not found: {missing}; found: {sorted(found)}"
    # Nothing else is reported as a grammar or spelling fault: the rest of the text is correct.
    planted_lines = {line for line, *_ in want}
    extra = [f for f in findings if f.category in CHECKED and f.span.line not in planted_lines]
    assert not extra, [(f.span, f.rule, f.text) for f in extra]
    for f in findings:
        assert f.source == "languagetool" and f.rule.startswith("languagetool.")
        assert len(f.suggestions) <= 5


def test_finding_fields(lt_settings):
    """Rule id, severity, flagged text and suggestions of one known misspelling."""
    doc = load_path(DATA / "en.md", DEFAULT_MAX_BYTES)
    with open_session(lt_settings) as session:
        findings, _ = session.check(doc, "en-US")
    [typo] = [f for f in findings if f.text == "comittee"]
    assert typo.rule == "languagetool.MORFOLOGIK_RULE_EN_US"
    assert (typo.category, typo.severity) == ("spelling", "warning")
    assert "committee" in typo.suggestions
    # "> The library comittee": the word starts at column 15 and ends at column 22 (inclusive).
    assert (typo.span.line, typo.span.column, typo.span.end_line, typo.span.end_column) == (10, 15, 10, 22)
    [agreement] = [f for f in findings if f.text == "applies"]
    assert (agreement.category, agreement.severity) == ("grammar", "error")


def test_a_block_in_another_language_is_checked_in_its_own(lt_settings, tmp_path):
    """An English page quoting a French sentence: the quote is checked as French, so its misspelling
    is found and its correct French words are not called English misspellings."""
    page = tmp_path / "quote.html"
    page.write_text('<!DOCTYPE html>\n<html lang="en">\n<head><title>Visit of the minister</title></head>\n'
                    "<body>\n<p>The minister opened the new library on Monday.</p>\n"
                    '<blockquote lang="fr"><p>Le gouvernment soutient les bibliothèques publiques.</p></blockquote>\n'
                    "</body>\n</html>\n", encoding="utf-8")
    doc = load_path(page, DEFAULT_MAX_BYTES)
    with open_session(lt_settings) as session:
        findings, engine = session.check(doc, "en-US")
    assert engine == "languagetool 6.7"
    # Line 6: '<blockquote lang="fr"><p>' is 25 characters, so "gouvernment" starts at column 29.
    assert [(f.span.line, f.span.column, f.category, f.rule) for f in findings] == [
        (6, 29, "spelling", "languagetool.FR_SPELLING_RULE")]

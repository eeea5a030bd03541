"""Sentence splitting: at least 60 hard cases per first-class language, written for lisible.

Each case in tests/text/data/sentences_<lang>.txt lists the sentences a careful reader sees,
separated by " | "; the text given to the splitter is those sentences joined by one space.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.text import sentences

DATA = Path(__file__).parent / "data"
LANGS = ("en", "fr", "de", "es", "it")


def _cases():
    for lang in LANGS:
        lines = (DATA / f"sentences_{lang}.txt").read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if line.strip() and not line.startswith("#"):
                yield pytest.param(lang, line.split(" | "), id=f"{lang}-{number}")


@pytest.mark.parametrize("lang,expected", list(_cases()))
def test_split(lang, expected):
    text = " ".join(expected)
    found = sentences.split(text, lang)
    assert [s.text for s in found] == expected
    assert all(text[s.start:s.end] == s.text for s in found)


@pytest.mark.parametrize("lang", LANGS)
def test_at_least_sixty_cases_per_language(lang):
    assert sum(1 for case in _cases() if case.values[0] == lang) >= 60


def test_region_subtag_is_accepted():
    assert [s.text for s in sentences.split("Sie kam am 1. März an. Gut.", "de-CH")] == \
        ["Sie kam am 1. März an.", "Gut."]


def test_french_space_before_closing_guillemet_with_no_break_space():
    text = "Il a dit\u00a0: «\u00a0Je viens.\u00a0» Puis il est parti."
    assert [s.text for s in sentences.split(text, "fr")] == \
        ["Il a dit\u00a0: «\u00a0Je viens.\u00a0»", "Puis il est parti."]


def test_empty_and_blank_text_have_no_sentence():
    assert sentences.split("", "en") == []
    assert sentences.split("   ", "fr") == []


@pytest.mark.parametrize("sentence,units", [
    ("The plan is ready; the budget is not approved yet.", 2),
    ("Le Conseil fédéral a décidé : la loi entre en vigueur le 1er juillet.", 2),
    ("Die Sitzung beginnt um 14:30 Uhr im grossen Saal.", 1),
    ("Contact: Anna Meier, press office.", 1),
    ("Costo alto – ma il governo ha deciso di pagare tutto.", 1),
    ("Il costo resta molto alto – ma il governo ha deciso di pagare tutto.", 2),
    ("Tres cosas: agua, pan y sal.", 1),
])
def test_speech_units_as_flesch_counts_them(sentence, units):
    # Counted by hand: a unit needs at least four words on each side of the mark.
    assert sentences.speech_units(sentence) == units

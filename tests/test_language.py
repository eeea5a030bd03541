"""Language detection and language tags (issue 2, point 3)."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import doc_of
from checker.language import detect, detect_blocks, detect_document
from checker.languages import BUILTIN as LANGUAGES, default_region, is_valid_tag, normalize_tag

DATA = Path(__file__).parent / "data" / "language"


def _sentences(lang: str) -> list[str]:
    lines = (DATA / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_at_least_40_sentences_of_8_words(lang):
    sentences = _sentences(lang)
    assert len(sentences) >= 40
    assert all(len(s.split()) >= 8 for s in sentences)


def test_accuracy_on_sentences_of_8_words_or_more():
    right = total = 0
    wrong = []
    for lang in LANGUAGES:
        for sentence in _sentences(lang):
            found, _ = detect(sentence)
            total += 1
            if found == lang:
                right += 1
            else:
                wrong.append((lang, found, sentence))
    accuracy = right / total
    print(f"\nlanguage detection: {right}/{total} = {accuracy:.1%} on sentences of 8+ words")
    assert accuracy >= 0.99, wrong


@pytest.mark.parametrize("text", ["", "Bonjour", "Merci beaucoup", "12 345", "Berne, 2 mars"])
def test_no_answer_below_three_words(text):
    assert detect(text) == (None, 0.0)


@pytest.mark.parametrize("text,lang", [
    ("Le rapport est publié aujourd'hui.", "fr"),
    ("Der Bericht ist heute erschienen.", "de"),
    ("The report is out today.", "en"),
])
def test_short_sentences_still_answered_from_three_words(text, lang):
    assert detect(text)[0] == lang


def test_confidence_is_in_range_and_higher_for_longer_text():
    short = detect("Le rapport est publié.")
    long = detect("Le rapport est publié aujourd'hui et il montre que les délais ont baissé "
                  "dans toutes les régions du pays depuis le début de l'année.")
    assert 0 < short[1] <= 1 and 0 < long[1] <= 1
    assert long[1] > short[1]


def test_detect_is_deterministic():
    text = _sentences("pt")[3]
    assert detect(text) == detect(text)


def test_french_names_in_english_text_stay_english():
    text = ("Jean-Luc Péclard, président de la Société des Amis du Musée, "
            "said the collection would travel to Boston and Chicago next year.")
    assert detect(text)[0] == "en"


def test_detect_document_and_blocks():
    german_quote = ("Wir sind sehr froh, dass die neue Brücke noch vor dem Winter "
                    "für den Verkehr geöffnet werden kann.")
    doc = doc_of(*[_sentences("en")[0], _sentences("en")[1], german_quote, "Thank you."])
    assert detect_document(doc)[0] == "en"
    detect_blocks(doc)
    assert [b.detected_language for b in doc.blocks] == ["en", "en", "de", None]


@pytest.mark.parametrize("tag,expected", [
    ("FR_ch", "fr-CH"), ("fr", "fr"), ("EN-gb", "en-GB"), ("zh-hant-tw", "zh-Hant-TW"),
    ("es-419", "es-419"), ("de-CH-1996", "de-CH-1996"), ("gsw", "gsw"), (" it-it ", "it-IT"),
    ("en-US-x-twain", "en-US-x-twain"), ("sr-Latn-RS", "sr-Latn-RS"),
    ("english", None), ("xx", None), ("fr-", None), ("f", None), ("", None), (None, None),
    ("fr-CH-CH", None), ("en-a-bbb-a-ccc", None), ("123", None), ("fr--CH", None),
])
def test_normalize_tag(tag, expected):
    assert normalize_tag(tag) == expected


@pytest.mark.parametrize("tag,valid", [
    ("fr-CH", True), ("pt-BR", True), ("und", True), ("x-private", True), ("sl-rozaj-biske", True),
    ("fr_CH", False), ("qq", False), ("french", False), ("en-US ", False), ("de-DE-1901-1901", False),
])
def test_is_valid_tag(tag, valid):
    assert is_valid_tag(tag) is valid


@pytest.mark.parametrize("lang,region", [
    ("en", "US"), ("fr", "FR"), ("de", "DE"), ("es", "ES"), ("it", "IT"), ("nl", "NL"), ("pt", "PT"),
])
def test_default_region(lang, region):
    assert default_region(lang) == region


def test_default_region_unknown_language_is_none():
    assert default_region("fi") is None

"""Syllable counts: hand-counted words per language, and the accuracy figures against lexicons.

The lexicon figures are computed by benchmarks/syllables.py (the same code that prints them);
the thresholds are the targets of issue 8. Tests that need ../shared/corpora skip when it is absent.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from checker import languages
from checker.text import syllables

REPO = Path(__file__).resolve().parents[2]


def _benchmark():
    spec = importlib.util.spec_from_file_location("bench_syllables", REPO / "benchmarks" / "syllables.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _benchmark()
needs_lexique = pytest.mark.skipif(not bench.LEXIQUE.exists(),
                                   reason=f"syllable lexicons not found at {bench.LEXIQUE}")

# Counted by hand (spoken syllables; French without the mute e, see checker/languages/fr/syllables.py;
# of two accepted pronunciations the one with fewer syllables, as Flesch says: "every" ev-ry).
HAND_COUNTED = [
    ("en", "the", 1), ("en", "readability", 5), ("en", "government", 3), ("en", "every", 2),
    ("en", "area", 3), ("en", "people", 2), ("en", "created", 3), ("en", "walked", 1),
    ("fr", "table", 1), ("fr", "une", 1), ("fr", "idée", 2), ("fr", "réunion", 3),
    ("fr", "gouvernement", 4), ("fr", "pays", 2), ("fr", "bien", 1), ("fr", "nuit", 1),
    ("fr", "client", 2), ("fr", "crier", 2), ("fr", "travail", 2), ("fr", "feuille", 1),
    ("fr", "parlent", 1), ("fr", "moment", 2), ("fr", "aéroport", 4), ("fr", "naïf", 2),
    ("fr", "payer", 2), ("fr", "maintenant", 2), ("fr", "l'opération", 4), ("fr", "aujourd'hui", 3),
    ("fr", "quelque", 1), ("fr", "langue", 1), ("fr", "étudient", 3), ("fr", "vient", 1),
    ("de", "neue", 2), ("de", "Theater", 3), ("de", "Museum", 3), ("de", "Quelle", 2),
    ("de", "Eichhörnchen", 3), ("de", "Bauer", 2), ("de", "Zeitung", 2), ("de", "Häuser", 2),
    ("de", "Nation", 3), ("de", "Ferien", 3), ("de", "Liebe", 2), ("de", "Idee", 2),
    ("de", "Ukraine", 4), ("de", "naiv", 2),
    ("es", "país", 2), ("es", "idea", 3), ("es", "ciudad", 2), ("es", "día", 2), ("es", "guerra", 2),
    ("es", "reúne", 3), ("es", "hoy", 1), ("es", "aéreo", 4), ("es", "pingüino", 3),
    ("it", "paese", 3), ("it", "mio", 2), ("it", "giorno", 2), ("it", "aiuto", 3),
    ("it", "chiesa", 2), ("it", "economia", 5), ("it", "notizia", 3), ("it", "dell'anno", 3),
    ("it", "quando", 2), ("it", "figlio", 2), ("it", "industriale", 4), ("it", "cliente", 3),
]


@pytest.mark.parametrize("lang,word,expected", HAND_COUNTED)
def test_hand_counted_words(lang, word, expected):
    assert syllables.count(word, lang) == expected


def test_region_subtag_and_case_are_ignored():
    assert syllables.count("Idée", "fr-CH") == 2
    assert syllables.count("país", "es_ES") == 2


def test_hyphenated_forms_count_their_parts():
    assert syllables.count("porte-parole", "fr") == 3   # porte 1 + parole 2
    assert syllables.count("E-Mail-Adresse", "de") == 5  # E 1 + Mail 1 + A-dres-se 3
    assert syllables.count("well-known", "en") == 2


@pytest.mark.parametrize("lang,word,expected", [
    ("de", "CHF", 1), ("fr", "OFSP", 1), ("en", "WTO", 1), ("it", "UFSP", 1), ("es", "DGT", 1),
    ("en", "OECD", 1), ("en", "NATO", 2), ("fr", "UNESCO", 3),
])
def test_abbreviations_count_one_syllable_as_flesch_says(lang, word, expected):
    # "Count abbreviations, figures, symbols and their combinations as one-syllable words";
    # capitals that read as a word are words (NA-TO, U-NES-CO).
    assert syllables.count(word, lang) == expected


def test_a_word_without_letters_counts_one():
    assert syllables.count("2024", "de") == 1


def test_a_borrowed_counter_is_said_in_the_registry():
    """A language counting with another's rules says whose, in its own entry (issue 15)."""
    for language in languages.all_languages():
        lenders = [other for other in languages.all_languages()
                   if other is not language and other.syllables is language.syllables]
        for lender in lenders:
            if lender.syllables_source.startswith("BORROWED"):
                continue
            assert language.syllables_source.startswith(f"BORROWED from {lender.name}"), \
                language.code


@needs_lexique
@pytest.mark.parametrize("name,weighted_target", [("en", 0.97), ("en-any", 0.97), ("fr", 0.97),
                                                  ("de", 0.95), ("fr-brulex", 0.97)])
def test_lexicon_accuracy_meets_target(name, weighted_target):
    unweighted, weighted, _ = bench.accuracy(bench.lexicon(name), bench.lisible_counter(name))
    figure = weighted if weighted == weighted else unweighted
    assert figure >= weighted_target, f"{name}: {figure:.3%} exact, target {weighted_target:.0%}"


@needs_lexique
def test_english_rules_alone_are_usable_for_unknown_words():
    # Words outside CMUdict get rules; measured on CMUdict itself, frequency-weighted.
    _, weighted, _ = bench.accuracy(bench.lexicon("en"), bench.syllables_en.count_by_rules)
    assert weighted >= 0.97


@pytest.mark.parametrize("lang", ["es", "it", "es-heldout", "it-heldout"])
def test_hand_made_lists_meet_target(lang):
    entries = bench.lexicon(lang)
    assert len(entries) >= (400 if "-" not in lang else 150)
    unweighted, _, errors = bench.accuracy(entries, bench.lisible_counter(lang))
    assert unweighted >= 0.97, errors[:10]


@pytest.mark.parametrize("lang", ["es", "it", "es_heldout", "it_heldout"])
def test_hand_made_lists_are_consistent(lang):
    for word, count, hyphenated in _rows(lang):
        assert hyphenated.replace("-", "") == word
        assert int(count) == len(hyphenated.split("-")), word


def _rows(lang):
    lines = (REPO / "tests" / "data" / "syllables" / f"{lang}.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in lines.splitlines()[1:] if line]


@needs_lexique
@pytest.mark.parametrize("name", ["fr", "fr-brulex", "de", "es", "it"])
def test_lisible_ahead_of_textstat(name):
    entries = bench.lexicon(name)[::15]  # a sample keeps textstat's Pyphen run short
    counter, _ = bench.textstat_counter(name)
    ours, _, _ = bench.accuracy(entries, bench.lisible_counter(name))
    theirs, _, _ = bench.accuracy(entries, counter)
    assert ours > theirs


# Dutch and Portuguese (issue 15): their own counters, against hand-made lists that give the reason
# for each count (tests/data/syllables/README.md). Before, both were counted with English rules.
@pytest.mark.parametrize("lang,target", [("nl", 1.0), ("pt", 1.0), ("nl-heldout", 0.95),
                                         ("pt-heldout", 0.95)])
def test_dutch_and_portuguese_lists(lang, target):
    entries = bench.lexicon(lang)
    assert len(entries) >= 80
    unweighted, _, errors = bench.accuracy(entries, bench.lisible_counter(lang))
    assert unweighted >= target, errors[:10]


@pytest.mark.parametrize("lang", ["nl", "pt", "nl_heldout", "pt_heldout"])
def test_dutch_and_portuguese_lists_are_consistent(lang):
    for word, count, hyphenated, *why in _rows(lang):
        assert hyphenated.replace("-", "") == word
        assert int(count) == len(hyphenated.split("-")), word
        assert lang.endswith("heldout") or why[0].strip(), word


def test_dutch_and_portuguese_are_not_counted_as_english():
    # "ideeën": i-dee-ën, 3 (English rules: 2); "história": his-tó-ria, 3.
    assert syllables.count("ideeën", "nl") == 3
    assert syllables.count("nieuwe", "nl-BE") == 2
    assert syllables.count("história", "pt-BR") == 3
    assert syllables.count("não", "pt") == 1

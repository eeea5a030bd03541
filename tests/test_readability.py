"""Readability formulas against values worked out on paper from hand counts.

Each text below was counted by hand (sentences, words, syllables, letters); the expected values are
the published formulas evaluated on those counts, written out in the comments.
"""
import pytest

from helpers import doc_of
from checker import languages
from checker.readability import FORMULAS, compute, meaning
from checker.profiles import profile_for
from checker.text.stats import SentenceInfo, TextStats, measure


EN = "The council opened a new park. Children can play there each day. The park closes at nine."
# Hand counts: 3 sentences; words 6 + 6 + 5 = 17; syllables (CMUdict)
# The1 council2 opened2 a1 new1 park1 = 8; Children2 can1 play1 there1 each1 day1 = 7;
# The1 park1 closes2 at1 nine1 = 6; total 21. Letters 24 + 27 + 19 = 70. Over 6 letters: council,
# Children = 2. Three syllables or more: none.


def test_english_counts_by_hand():
    stats = measure(doc_of(EN), "en")
    assert (stats.sentence_count, stats.words, stats.syllables, stats.letters) == (3, 17, 21, 70)
    assert stats.long_words == 2 and stats.polysyllables == 0


def test_what_a_worker_sends_back_keeps_the_counts_and_drops_the_tokens():
    stats = measure(doc_of(EN), "en").without_tokens()
    assert (stats.sentence_count, stats.words, stats.syllables, stats.letters) == (3, 17, 21, 70)
    assert stats.sentences[2].text == "The park closes at nine."
    assert all(s.words == () and s.syllables == () for s in stats.sentences)


def test_english_formulas_on_paper():
    r = compute(measure(doc_of(EN), "en"), "en")
    # Flesch: 206.835 - 1.015 * 17/3 - 84.6 * 21/17 = 206.835 - 5.7517 - 104.5059 = 96.578
    assert r.scores["flesch_reading_ease"] == pytest.approx(96.578, abs=0.01)
    # Flesch-Kincaid: 0.39 * 5.6667 + 11.8 * 1.23529 - 15.59 = 1.1965
    assert r.scores["flesch_kincaid_grade"] == pytest.approx(1.1965, abs=0.01)
    # Coleman-Liau: L = 411.76, S = 17.647: 0.0588 L - 0.296 S - 15.8 = 3.188
    assert r.scores["coleman_liau"] == pytest.approx(3.188, abs=0.01)
    # Gunning Fog: 0.4 * (5.6667 + 0) = 2.2667
    assert r.scores["gunning_fog"] == pytest.approx(2.2667, abs=0.01)
    # LIX: 5.6667 + 100 * 2/17 = 17.431
    assert r.scores["lix"] == pytest.approx(17.431, abs=0.01)
    # 17 words: every formula is flagged unreliable (under 100 words); SMOG needs 30 sentences.
    assert set(r.unreliable) == set(languages.get("en").readability.formulas)


FR = "Le chat dort sur un mur. Paul a vu un vélo vert. Il fait chaud à Paris."
# Le1 chat1 dort1 sur1 un1 mur1 = 6 words, 6 syllables; Paul1 a1 vu1 un1 vélo2 vert1 = 6, 7;
# Il1 fait1 chaud1 à1 Paris2 = 5, 6. No mute e, no -ent: written and spoken counts agree.


def test_kandel_moles_on_paper():
    stats = measure(doc_of(FR), "fr")
    assert (stats.sentence_count, stats.words, stats.syllables) == (3, 17, 19)
    r = compute(stats, "fr")
    assert r.primary == "kandel_moles"
    # 207 - 1.015 * 17/3 - 73.6 * 19/17 = 207 - 5.7517 - 82.2588 = 118.99
    assert r.scores["kandel_moles"] == pytest.approx(118.99, abs=0.01)


DE = "Der Hund bellt laut. Wir gehen heute in den Park."
# Der1 Hund1 bellt1 laut1; Wir1 ge-hen2 heu-te2 in1 den1 Park1: 10 words, 12 syllables, 2 sentences.


def test_amstad_on_paper():
    stats = measure(doc_of(DE), "de")
    assert (stats.sentence_count, stats.words, stats.syllables) == (2, 10, 12)
    r = compute(stats, "de")
    assert r.primary == "amstad"
    # 180 - 10/2 - 58.5 * 12/10 = 104.8
    assert r.scores["amstad"] == pytest.approx(104.8, abs=0.01)
    # Wiener Sachtextformel 1: MS 0, SL 5, IW 0 (no word over 6 letters), ES 80 (8 of 10):
    # 0.1672 * 5 - 0.0327 * 80 - 0.875 = 0.836 - 2.616 - 0.875 = -2.655
    assert r.scores["wiener_sachtextformel"] == pytest.approx(-2.655, abs=0.01)


ES = "El tren sale a las ocho. Mi casa es azul."
# El1 tren1 sa-le2 a1 las1 o-cho2 = 6 words, 8; Mi1 ca-sa2 es1 a-zul2 = 4 words, 6.


def test_spanish_formulas_on_paper():
    stats = measure(doc_of(ES), "es")
    assert (stats.sentence_count, stats.words, stats.syllables) == (2, 10, 14)
    r = compute(stats, "es")
    assert r.primary == "szigriszt_pazos"
    # Szigriszt-Pazos: 206.835 - 62.3 * 1.4 - 5 = 114.615
    assert r.scores["szigriszt_pazos"] == pytest.approx(114.615, abs=0.01)
    # Fernández Huerta: 206.84 - 60 * 1.4 - 1.02 * 5 = 117.74
    assert r.scores["fernandez_huerta"] == pytest.approx(117.74, abs=0.01)


IT = "Il treno parte alle otto. La casa è rossa."
# Il1 tre-no2 par-te2 al-le2 ot-to2 = 5 words, 9; La1 ca-sa2 è1 ros-sa2 = 4 words, 6.
# Letters: 2+5+5+4+4 + 2+4+1+5 = 32.


def test_italian_formulas_on_paper():
    stats = measure(doc_of(IT), "it")
    assert (stats.sentence_count, stats.words, stats.syllables, stats.letters) == (2, 9, 15, 32)
    r = compute(stats, "it")
    assert r.primary == "gulpease"
    # Gulpease: 89 + (300 * 2 - 10 * 32) / 9 = 120.111
    assert r.scores["gulpease"] == pytest.approx(120.111, abs=0.01)
    # Flesch-Vacca: 217 - 1.3 * 4.5 - 60 * 15/9 = 111.15
    assert r.scores["flesch_vacca"] == pytest.approx(111.15, abs=0.01)


def test_smog_on_paper():
    # SMOG on 30 sentences with 30 polysyllables: 1.0430 * sqrt(30 * 30/30) + 3.1291 = 8.8418
    stats = TextStats(lang="en", words=300, syllables=450, polysyllables=30)
    stats.sentences = [SentenceInfo(0, 0, 0, "", tuple(range(10)), ()) for _ in range(30)]
    r = compute(stats, "en")
    assert r.scores["smog"] == pytest.approx(8.8418, abs=0.001)
    assert "smog" not in r.unreliable


def test_every_formula_cites_a_source_and_has_a_language():
    used = {name for lang in languages.all_languages() for name in lang.readability.formulas}
    for formula in FORMULAS.values():
        assert len(formula.source) > 30
        assert formula.name in used
    assert used <= set(FORMULAS)


def test_targets_and_meaning():
    assert profile_for("general", "fr").target == 72   # Flesch 60 carried over (profiles.py)
    assert profile_for("easy-read", "en").max_sentence_words == 15
    assert meaning("flesch_reading_ease", 65) == "plain: understood by most 13- to 15-year-olds"
    # Kandel & Moles reads Flesch's bands on its Flesch equivalent, -45.3 + 1.46 * value:
    # 41 -> 14.56 (under 30), 72.5 -> 60.55 (60 to 70).
    assert meaning("kandel_moles", 41, "fr") == "très difficile : spécialistes et diplômés"
    assert meaning("kandel_moles", 72.5, "en") == "plain: understood by most 13- to 15-year-olds"


def test_unknown_language_says_so():
    r = compute(measure(doc_of(EN), "en"), "sv")
    assert not r.language_supported

"""Names and abbreviations (checker.grammar.names): the evidence an editor uses, on sentences we
wrote, then end to end through a real LanguageTool server: names quiet, misspellings still warn."""
from __future__ import annotations

from collections import Counter

import pytest

from checker.config import Settings
from checker.engine import check_documents
from checker.document import Document, make_block
from checker.grammar.names import after_abbreviation, evidence, is_abbreviation, sentence_initial


def doc_of(*paragraphs: str, path: str = "release.txt") -> Document:
    doc = Document(path=path, format="text", source="\n\n".join(paragraphs))
    offset = 0
    for text in paragraphs:
        doc.blocks.append(make_block("paragraph", [(text, offset)]))
        offset += len(text) + 2
    return doc


def signals(text: str, word: str, lang: str, counts: Counter | None = None):
    return evidence(word, text, text.index(word), lang, counts or Counter())


@pytest.mark.parametrize("token", ["BAZG", "GebO", "KMUs", "NCSC", "OFDF"])
def test_two_capitals_make_an_abbreviation(token):
    assert is_abbreviation(token)


@pytest.mark.parametrize("token", ["Berne", "gouvernment", "Pradervand"])
def test_one_capital_is_no_abbreviation(token):
    assert not is_abbreviation(token)


def test_sentence_starts():
    text = "Le projet avance. « Pradervand salue » le vote : Kowalczyk parle. Puis Moret."
    assert sentence_initial(text, 0)
    assert sentence_initial(text, text.index("Pradervand"))      # after ". « "
    assert sentence_initial(text, text.index("Kowalczyk"))       # after a colon
    assert not sentence_initial(text, text.index("Moret"))
    assert sentence_initial("– Pradervand", 2)                   # a dash opens a list line


def test_capital_inside_a_sentence_is_a_name_outside_german():
    assert signals("La ministre Kowalczyk a parlé.", "Kowalczyk", "fr") == ("capitalised-in-sentence",)
    # German capitalises every noun: no evidence there.
    assert signals("Die Ministerin Kowalczyk sprach.", "Kowalczyk", "de") == ()


def test_lower_case_is_never_a_name():
    assert signals("Le gouvernment a parlé.", "gouvernment", "fr", Counter(gouvernment=3)) == ()


def test_recurring_capitalised_word():
    counts = Counter(Wüthrich=2)
    assert signals("Wüthrich leitet das Amt.", "Wüthrich", "de", counts) == ("recurring",)
    assert signals("Wüthrich leitet das Amt.", "Wüthrich", "de", Counter(Wüthrich=1)) == ()


def test_double_surname():
    text = "Elle a rencontré Ewa Kowalczyk-Nowak à Varsovie."
    assert "double-surname" in signals(text, "Nowak", "fr")
    # A German compound of nouns joined by a hyphen is no double surname.
    assert "double-surname" not in signals("Das Covid-Gesetz gilt.", "Covid", "de")


# --- end to end, real LanguageTool -----------------------------------------------------------

FRENCH = ("Le conseiller fédéral Ignazio Pradervand a reçu la ministre Ewa Kowalczyk-Nowak à Berne. "
          "Les deux ont parlé de la coopération avec l'OFDFX et le gouvernment polonais.",
          "Pradervand a rappelé que la Suisse soutient les projets de formation.")
GERMAN = ("Bundesrätin Elsbeth Wüthrich-Pelloli hat am Montag die Verbände getroffen. Das BAZGX "
          "und die Regirung wollen die Verfahren vereinfachen.",
          "Wüthrich-Pelloli dankte den Verbänden für die Zusammenarbeit.")


def _findings(lt_url, paragraphs, tag):
    doc = doc_of(*paragraphs)
    settings = Settings(grammar="required", languagetool={"url": lt_url}, cache=False, language=tag)
    [result] = check_documents([doc], settings).documents
    return [f for f in result.findings if f.category == "spelling"]


@pytest.mark.languagetool
def test_french_names_quiet_misspelling_warns(lt_url):
    found = {f.text: f for f in _findings(lt_url, FRENCH, "fr-CH")}
    assert found["gouvernment"].severity == "warning"
    assert "OFDFX" not in found                      # an abbreviation: the acronym rule's business
    for name in ("Pradervand", "Kowalczyk", "Nowak", "Kowalczyk-Nowak"):
        if name in found:
            assert found[name].severity == "info" and found[name].needs_review, name


@pytest.mark.languagetool
def test_german_names_quiet_misspelling_warns(lt_url):
    found = {f.text: f for f in _findings(lt_url, GERMAN, "de-CH")}
    assert found["Regirung"].severity == "warning"
    assert "BAZGX" not in found
    for text, f in found.items():
        if "Wüthrich" in text or "Pelloli" in text:
            assert f.severity == "info" and f.needs_review, text


def test_word_unchanged_in_another_version_is_a_name_even_in_lower_case():
    from checker.findings import Finding, Span
    from checker.grammar.names import seen_in_other_versions

    def spelling(text):
        return Finding("languagetool.X", "spelling", "warning", "m", Span(1, 1, 1, len(text)), text=text,
                       source="languagetool")
    others = ["L'office fedpol et la Banque Kowalczyk ont signé.", "Der gouvernement-Test."]
    found = seen_in_other_versions([spelling("fedpol"), spelling("Kowalczyk"), spelling("gouvernment")],
                                   others)
    assert [(f.text, f.severity, f.needs_review) for f in found] == [
        ("fedpol", "info", True), ("Kowalczyk", "info", True), ("gouvernment", "warning", False)]


def test_capitalised_adjective_of_a_proper_name():
    from checker.grammar.names import in_multiword_name
    text = "Am Montag lanciert die Eidgenössische Münzstätte eine neue Münze."
    assert in_multiword_name(text, text.index("Eidgenössische"), "Eidgenössische")
    # A capital before a lower-case word is no name: the casing rule may be right.
    text = "Die Gemeinde plant eine Neue Strasse und eine Grosse brücke."
    assert not in_multiword_name(text, text.index("Grosse"), "Grosse")
    assert not in_multiword_name("Eidgenössische Münzstätte", 0, "Eidgenössische")   # sentence start


def test_suggested_word_written_elsewhere_means_a_slip():
    from checker.grammar.names import spelled_elsewhere
    assert spelled_elsewhere(("Council", "Councils"), Counter(Council=2))
    assert not spelled_elsewhere(("Pradervant",), Counter(Pradervand=2))


# --- a lower-case word after an abbreviation's period (UPPERCASE_SENTENCE_START) -----------------

_SENTENCE_START = {"rule": {"id": "UPPERCASE_SENTENCE_START"}}


@pytest.mark.parametrize("text, word, lang", [
    ("Servono mezzi di produzione (per es. macchine e veicoli).", "macchine", "it"),
    ("Il credito ammonta a 480 mio. di franchi.", "di", "it"),
    ("Il progetto (CHF 120 mio.) e il suo seguito.", "e", "it"),
    ("Un contributo di sostegno risp. partecipazione ai costi.", "partecipazione", "it"),
    ("Les moustiques (Aedes spp.) qui piquent le jour.", "qui", "fr"),
    ("Der Kredit von 3,4 Mrd. wird im Juni bewilligt.", "wird", "de"),
    ("The grant (about 2.5 bn.) was paid in June.", "was", "en"),
    ("El edificio (aprox. cien metros) se cerró.", "cien", "es"),
])
def test_lower_case_after_an_abbreviation_is_no_sentence_start(text, word, lang):
    assert after_abbreviation(_SENTENCE_START, text, text.index(" " + word) + 1, lang)


@pytest.mark.parametrize("text, word, lang", [
    ("Il libro è mio. poi parte per Roma.", "poi", "it"),        # "mio" with no number: a word
    ("Le Conseil a siégé. puis il a voté.", "puis", "fr"),        # a real missing capital
    ("The board met on Monday. then it voted.", "then", "en"),
])
def test_lower_case_after_a_sentence_end_is_still_a_fault(text, word, lang):
    assert not after_abbreviation(_SENTENCE_START, text, text.index(" " + word) + 1, lang)


def test_other_rules_are_not_weighed_for_abbreviations():
    text = "Il credito ammonta a 480 mio. di franchi."
    assert not after_abbreviation({"rule": {"id": "MORFOLOGIK_RULE_IT_IT"}}, text, text.index(" di") + 1, "it")


# --- the speller's own suggestions: a slip is near a known word ------------------------------------

from checker.grammar.names import unknown_word_evidence  # noqa: E402


@pytest.mark.parametrize("token, suggestions, expected", [
    ("Kantonsbauamtsleitung", (), ("no-near-word",)),                      # nothing near it
    ("fotovoltaicamente", (), ("no-near-word",)),
    ("hochautomatisierte", ("hoch automatisierte",), ("compound-of-known-words",)),
    ("interregionale", ("inter regionale",), ("compound-of-known-words",)),
    # slips: a near word first
    ("Regirung", ("Regierung", "Reg irung"), ()),
    ("gouvernment", ("gouvernement",), ()),
    # a split into a short part is no compound of known words ("Lau raten" for a slip)
    ("Laurenten", ("Lau renten", "Laureaten"), ()),
    # a split that changes letters is a correction, not a compound
    ("hochautomatisirte", ("hoch automatisierte",), ()),
])
def test_unknown_word_evidence(token, suggestions, expected):
    assert unknown_word_evidence(token, suggestions) == expected

"""common.acronym-undefined on the evidence of rules/acronym_evidence.py: the false alarms of the
labelled releases (names spelled out right before, in or out of brackets; company names; an
acronym in a title that the text spells out) stay quiet, on texts we wrote; an acronym that is
really never expanded still fires. Positions counted by hand on the texts as written here."""
from __future__ import annotations

import pytest

from rules_helpers import check_text
from checker.rules.acronym_evidence import company_name, initials_match, spelled_out_before, spelled_out_in

RULE = "common.acronym-undefined"


def flagged(text, tag):
    return [(f.text, f.span.line, f.span.column) for f in check_text(text, tag) if f.rule == RULE]


@pytest.mark.parametrize("text, tag", [
    # the full name right before, no brackets
    ("The city joins the National Centre of Competence in Research NCCR Oceans this year.", "en-GB"),
    # the full name in another language inside the brackets, the acronym last
    ("La Commissione del traffico aereo (Air Traffic Board, ATB) si riunisce a Ginevra.", "it-CH"),
    # the acronym with a companion word in the brackets
    ("Le Forum suisse des villes durables (Swiss FVD) aura lieu en juin.", "fr-CH"),
    ("The National Water Plan for the Protection of the Alpine Lakes (NWP AL) starts in May.", "en-GB"),
    ("Il Consiglio dei ministri dei trasporti e delle telecomunicazioni (Consiglio TT) si riunisce.", "it-CH"),
    # a company whose name opens with capitals
    ("Der Auftrag geht an die BRUMAG Technik AG in Olten.", "de-CH"),
    ("Le contrat est attribué à ELVOR SA, à Sion.", "fr-CH"),
])
def test_expanded_or_named_acronyms_are_quiet(text, tag):
    assert flagged(text, tag) == []


def test_a_title_acronym_spelled_out_in_the_text_is_quiet():
    text = ("DEWR publishes its water report\n\n"
            "The Department of the Environment, Water and Roads has published its yearly report.")
    assert flagged(text, "en-GB") == []


def test_a_title_acronym_never_spelled_out_still_fires():
    text = "DEWR publishes its water report\n\nThe department has published its yearly report."
    assert flagged(text, "en-GB") == [("DEWR", 1, 1)]


@pytest.mark.parametrize("text, tag, expected", [
    ("The board asked the NCRR to pay. The National Council of Roads and Rail (NCRR) agreed.", "en-GB",
     [("NCRR", 1, 21)]),
    ("Les communes et le SPF ont signé la convention.", "fr-CH", [("SPF", 1, 20)]),
    # a company's legal form far after the acronym is no company name
    ("Das BAKOM prüft den Vertrag der Firma mit der neuen Kundin, der Lenz AG.", "de-CH", [("BAKOM", 1, 5)]),
])
def test_acronyms_never_expanded_still_fire(text, tag, expected):
    assert flagged(text, tag) == expected


def test_initials_in_order_with_short_words_between():
    words = "the National Centre of Competence in Research".split()
    assert initials_match("NCCR", words)
    assert not initials_match("NCCR", "the National Centre of Research".split())
    assert not initials_match("RCCN", words)      # order matters


def test_spelled_out_before_and_company_and_anywhere():
    text = "the Swiss Lake Research Board (Swiss LRB) said"
    assert spelled_out_before(text, text.index("LRB"), "LRB")
    assert company_name("KLEWA Solar AG, Thun", len("KLEWA"))
    assert not company_name("KLEWA, the solar firm of Thun", len("KLEWA"))
    assert spelled_out_in(["The Federal Office of Lakes and Rivers said"], "FOLR")
    assert not spelled_out_in(["The office of lakes and rivers said"], "FOLR")   # no capital start
    assert not spelled_out_in(["The Federal Office said"], "FO")                # too short to trust


# --- letters inside the words before, an explanation after, a class noun (issue 12, round 4) -----

@pytest.mark.parametrize("text, tag", [
    # letters of compounds and syllables: B-A(mt) für WA(sserwirtschaft); E-V-(...)D(epartement)
    ("Das Bundesamt für Wasserwirtschaft BAWA prüft die Pläne.", "de-CH"),
    ("Die Vorsteherin des Eidgenössischen Verkehrsdepartements EVD, Anna Muster, spricht.", "de-CH"),
    # explained right after it (WCAG technique G102)
    ("En conséquence, la part TARX, c'est-à-dire la part des engagements suisses, augmente.", "fr-CH"),
    ("Di conseguenza, la quota TARX, ossia la parte degli impegni svizzeri, aumenta.", "it-CH"),
    ("The share TARX, that is the part of the Swiss commitments, rises.", "en-GB"),
    ("Der Anteil TARX, d. h. der Teil der Schweizer Verpflichtungen, steigt.", "de-CH"),
    # a class noun says what the capitals name
    ("The federal pension fund VORSA recorded a performance of 3 %.", "en-GB"),
    ("Bei der Pensionskasse des Kantons VORSA stieg der Deckungsgrad.", "de-CH"),
    ("Les algorithmes de la technologie GRIDEX coordonnent la recharge.", "fr-CH"),
    ("The GRIDEX technology coordinates the charging stations.", "en-GB"),
    ("La ministra presentó el programa MIGRAX en Rabat.", "es-ES"),
    ("The project, which bears the name PRAMISE, aims to set standards.", "en-GB"),
])
def test_explained_or_named_in_place_is_quiet(text, tag):
    assert flagged(text, tag) == []


@pytest.mark.parametrize("text, tag, expected", [
    # after a determiner or preposition: a complement, not an apposition
    ("La compagnie de transport de la KFOX passe sous commandement suisse.", "fr-CH", [("KFOX", 1, 33)]),
    ("Die Firma informiert das BAWU am Montag.", "de-CH", [("BAWU", 1, 26)]),
    # a body of the state is no class noun: its acronym needs expanding
    ("The office TARX publishes its report.", "en-GB", [("TARX", 1, 12)]),
    # letters that the words before do not hold in order
    ("Das Staatssekretariat für Sicherheitspolitik SEPOX koordiniert den Kurs.", "de-CH",
     [("SEPOX", 1, 46)]),
    # a comma and any other word is no explanation
    ("Die Zahlen des BAWU, die am Montag erschienen, sind gut.", "de-CH", [("BAWU", 1, 16)]),
])
def test_not_explained_in_place_still_fires(text, tag, expected):
    assert flagged(text, tag) == expected



def test_full_name_written_earlier_without_brackets_expands_it():
    text = ("La Dirección General de Carreteras pone en marcha el plan. "
            "Por todo esto, la DGC recomienda prudencia.")
    assert flagged(text, "es-ES") == []


def test_full_name_written_only_after_the_first_use_does_not():
    text = ("Por todo esto, la DGC recomienda prudencia. "
            "La Dirección General de Carreteras pone en marcha el plan.")
    assert flagged(text, "es-ES") == [("DGC", 1, 19)]

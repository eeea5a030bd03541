"""What parity reads in a block: figures in every notation, dates, times, links, names."""
from __future__ import annotations

from decimal import Decimal

import pytest

from checker.parity.extract import compatible, extract, person_names


def facts(text, lang, kind=None):
    return [f for f in extract(text, lang) if kind is None or f.kind == kind]


def one(text, lang, kind):
    found = facts(text, lang, kind)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,lang", [
    ("3,150 households", "en"), ("3 150 ménages", "fr"), ("3\u202f150 ménages", "fr"),
    ("3.150 Haushalte", "de"), ("3'150 Haushalte", "de"), ("3’150 Haushalte", "de"),
    ("3.150 hogares", "es"), ("3150 famiglie", "it"),
])
def test_thousands_in_every_notation_read_3150(text, lang):
    assert Decimal(3150) in one(text, lang, "number").values


@pytest.mark.parametrize("text,lang", [("1.2 million", "en"), ("1,2 million", "fr"),
                                       ("1,2 Millionen", "de"), ("1,2 milioni", "it")])
def test_decimals_read_1_point_2(text, lang):
    assert one(text, lang, "number").values == {Decimal("1.2")}


def test_a_dot_before_three_digits_is_read_as_the_language_writes_it():
    assert one("3.150 km", "en", "number").values == {Decimal("3.15")}
    assert one("3.150 km", "de", "number").values == {Decimal("3150")}


def test_percentages_and_currencies_keep_their_amount():
    assert one("4.5% less", "en", "number").values == {Decimal("4.5")}
    assert one("4,5 % de moins", "fr", "number").values == {Decimal("4.5")}
    assert one("CHF 860 million", "en", "number").values == {Decimal(860)}
    assert one("860 Mio. Franken", "de", "number").values == {Decimal(860)}


def test_digits_glued_to_letters_are_not_figures():
    assert facts("the G20 and COVID-19 and CO2 talks", "en", "number") == []


@pytest.mark.parametrize("word,lang,value", [
    ("twelve", "en", 12), ("douze", "fr", 12), ("zwölf", "de", 12), ("doce", "es", 12),
    ("dodici", "it", 12), ("twaalf", "nl", 12), ("doze", "pt", 12), ("zero", "en", 0),
    ("twenty", "en", 20), ("vingt", "fr", 20), ("zwanzig", "de", 20), ("veinte", "es", 20),
    ("venti", "it", 20), ("dix-sept", "fr", 17), ("treize", "fr", 13),
])
def test_number_words_0_to_20_match_digits(word, lang, value):
    word_fact = one(f"les {word} cantons", lang, "number")
    assert word_fact.soft
    assert compatible(word_fact, one(f"the {value} cantons", "en", "number"))


@pytest.mark.parametrize("text,lang", [
    ("on 2 March 2022", "en"), ("on March 2, 2022", "en"), ("le 2 mars 2022", "fr"),
    ("am 2. März 2022", "de"), ("am 02.03.2022", "de"), ("el 2 de marzo de 2022", "es"),
    ("il 2 marzo 2022", "it"), ("op 2 maart 2022", "nl"), ("em 2 de março de 2022", "pt"),
    ("on 2022-03-02", "en"),
])
def test_dates_in_each_language_read_2_march_2022(text, lang):
    assert (2022, 3, 2) in one(text, lang, "date").values


def test_first_of_the_month_and_dates_without_year():
    assert one("le 1er janvier 2024", "fr", "date").values == {(2024, 1, 1)}
    assert one("am 1.1.2024", "de", "date").values == {(2024, 1, 1)}
    without_year = one("since 1 January this year", "en", "date")
    assert compatible(without_year, one("seit dem 1. Januar 2024", "de", "date"))
    assert not compatible(one("le 2 janvier 2024", "fr", "date"),
                          one("am 1. Januar 2024", "de", "date"))


@pytest.mark.parametrize("text,lang", [("at 16:20", "en"), ("à 16 h 20", "fr"),
                                       ("um 16.20 Uhr", "de"), ("alle ore 16.20", "it"),
                                       ("at 4.20 pm", "en")])
def test_times_read_16_20(text, lang):
    assert one(text, lang, "time").values == {(16, 20)}


def test_links_phones_and_addresses():
    en = extract("See https://www.admin.ch/gov/en/start.html or call +41 58 462 11 11, "
                 "or write to info@bk.admin.ch.", "en")
    fr = extract("Voir www.admin.ch/gov/fr/start.html ou appeler le 058 462 11 11, "
                 "ou écrire à info@bk.admin.ch.", "fr")
    assert [f.kind for f in en] == ["url", "phone", "email"]
    assert [f.kind for f in fr] == ["url", "phone", "email"]
    for a, b in zip(en, fr):
        assert compatible(a, b), (a, b)
    other_site = one("voir www.example.org/fr", "fr", "url")
    assert not compatible(en[0], other_site)
    assert compatible(one("medien@bk.admin.ch", "de", "email"), one("media@bk.admin.ch", "en", "email"))
    assert not compatible(one("info@bk.admin.ch", "de", "email"), one("info@bk-admin.ch", "en", "email"))


def test_names_are_the_last_word_of_capitalised_runs():
    text = "Federal Councillor Karin Keller-Sutter met Jean-Luc Péclard in Bern on Monday."
    assert [name for _, _, name in person_names(text)] == ["Keller-Sutter", "Péclard"]
    assert person_names("Die Schweiz unterstützt das Projekt.") == []


@pytest.mark.parametrize("a,lang_a,b,lang_b", [
    ("within 48 hours", "en", "dans les 48 heures", "fr"),
    ("innert 24 Stunden", "de", "en 24 heures", "fr"),
    ("um 14 Uhr", "de", "at 14:00", "en"),
    ("€1.2bn", "en", "1,2 Milliarden Euro", "de"),
    ("a 15g coin", "en", "eine 15 g schwere Münze", "de"),
])
def test_durations_units_and_times_agree_across_notations(a, lang_a, b, lang_b):
    fact_a = [f for f in extract(a, lang_a) if not f.soft]
    fact_b = [f for f in extract(b, lang_b) if not f.soft]
    assert len(fact_a) == len(fact_b) == 1, (fact_a, fact_b)
    assert compatible(fact_a[0], fact_b[0])

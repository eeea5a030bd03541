"""Words as readers count them (Flesch's counting rules; see checker/text/words.py).

Expected tokens were counted by hand.
"""
from __future__ import annotations

import pytest

from checker.text import words

CASES = [
    ("en", "The plan costs $1,250,000 and starts on 1 May.",
     ["The", "plan", "costs", "$1,250,000", "and", "starts", "on", "1", "May"]),
    ("en", "Smith & Co. paid £3.50, i.e. 7% more.",
     ["Smith", "&", "Co", "paid", "£3.50", "i.e.", "7%", "more"]),
    ("en", "Don't re-enter the well-known site www.example.org or mail press@example.org.",
     ["Don't", "re-enter", "the", "well-known", "site", "or", "mail"]),
    ("en", "The U.S. rate, e.g. 2.5%, came 2nd.",
     ["The", "U.S.", "rate", "e.g.", "2.5%", "came", "2nd"]),
    ("fr", "L’opération d’un porte-parole coûte 3 150 francs, soit 3,5 % du budget.",
     ["L’opération", "d’un", "porte-parole", "coûte", "3 150", "francs", "soit", "3,5 %", "du",
      "budget"]),
    ("fr", "Aujourd’hui, c’est le 1er jour : voir https://www.admin.ch/gov/fr/accueil.html.",
     ["Aujourd’hui", "c’est", "le", "1er", "jour", "voir"]),
    ("fr", "Le budget passe de 12 500 000 à 13 000 000 francs en 2025 2026.",
     ["Le", "budget", "passe", "de", "12 500 000", "à", "13 000 000", "francs", "en", "2025",
      "2026"]),
    ("de", "Die COVID-19-Pandemie kostete z. B. 3'150 Fr. pro Kopf.",
     ["Die", "COVID-19-Pandemie", "kostete", "z. B.", "3'150", "Fr", "pro", "Kopf"]),
    ("de", "Am 1. März 2024 informierte das BAG unter www.bag.admin.ch.",
     ["Am", "1", "März", "2024", "informierte", "das", "BAG", "unter"]),
    ("de", "Der Anteil stieg von 3,5 auf 4.5 Prozent (1.250.000 Personen).",
     ["Der", "Anteil", "stieg", "von", "3,5", "auf", "4.5", "Prozent", "1.250.000", "Personen"]),
    ("es", "La afiliación creció un 2,3 % en EE. UU. según datos de 2024.",
     ["La", "afiliación", "creció", "un", "2,3 %", "en", "EE. UU.", "según", "datos", "de",
      "2024"]),
    ("es", "El 2.º trimestre, escriba a prensa@inclusion.gob.es o visite lamoncloa.gob.es.",
     ["El", "2.º", "trimestre", "escriba", "a", "o", "visite"]),
    ("it", "Dell’anno scorso restano 5 mln di franchi, cioè l’intero 1,5%.",
     ["Dell’anno", "scorso", "restano", "5", "mln", "di", "franchi", "cioè", "l’intero", "1,5%"]),
    ("it", "La Sig.ra Rossi e la Dott.ssa Neri, c.-à-d. due, il n.º 5.",
     ["La", "Sig.ra", "Rossi", "e", "la", "Dott.ssa", "Neri", "c.-à-d.", "due", "il", "n.º", "5"]),
    ("it", "Il 1° gennaio dell'anno prossimo, vedi admin.ch.",
     ["Il", "1°", "gennaio", "dell'anno", "prossimo", "vedi"]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_words_as_readers_count_them(lang, text, expected):
    assert [t.text for t in words.words(text, lang)] == expected


def test_kinds():
    tokens = words.tokenize("Voir www.admin.ch, écrire à info@bag.admin.ch : 3,5 % le 1er mai.", "fr")
    kinds = {t.text: t.kind for t in tokens}
    assert kinds["www.admin.ch"] == "url"
    assert kinds["info@bag.admin.ch"] == "email"
    assert kinds["3,5 %"] == "number"
    assert kinds["1er"] == "number"
    assert kinds["Voir"] == "word"
    assert not words.Token(0, 3, "x.y", "url").counts_as_word
    assert words.Token(0, 2, "12", "number").counts_as_word


def test_offsets_point_into_the_text():
    text = "L’opération d’un porte-parole, le 1er mai."
    for token in words.tokenize(text, "fr"):
        assert text[token.start:token.end] == token.text


def test_a_year_after_a_year_is_not_grouped_as_thousands():
    assert [t.text for t in words.words("en 2024 300 personnes", "fr")] == \
        ["en", "2024", "300", "personnes"]

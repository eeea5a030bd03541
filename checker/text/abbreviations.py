"""Sentence-splitting data shared by every language: currencies and nouns named by a letter.

The abbreviations of each language (checker/languages/<code>/__init__.py, `Abbreviations`) are of
four kinds, because they behave differently before a capital letter:
- TITLES come before a name and never end a sentence ("M. Dupont", "Dr. Keller", "Sra. Ruiz").
- MID abbreviations rarely end a sentence; in German they are often followed by a capitalised
  noun ("z. B. Äpfel"), so a capital letter after them is no sign of a new sentence.
- BEFORE_NUMBER abbreviations are abbreviations only before a number ("Nr. 5", "art. 12", "p. 4",
  "Jan. 5"); elsewhere the same letters may be a word ("no.").
- FINAL abbreviations may end a sentence: before a capital letter they do ("etc.", "usw.", "ecc.").

Each language's lists were written for lisible from the abbreviation tables of the Duden
("Abkürzungen"), the Office québécois de la langue française (Banque de dépannage linguistique, "Abréviations"), the
RAE (Diccionario panhispánico de dudas, apéndice 2, "Lista de abreviaturas"), Treccani
("abbreviazioni") and the Chicago Manual of Style (10.4-10.42). Keys are lowercase, without the
final period; inner periods kept ("z.b", "e.g").
"""
from __future__ import annotations

# Currencies named before an amount: German "Mio."/"Mrd." end a sentence after an amount that names
# its currency first ("CHF 860 Mio. Dieser..."), not when a unit follows ("100 Mio. CHF").
CURRENCIES = {"chf", "fr", "eur", "euro", "usd", "gbp", "sfr", "franken", "€", "$"}

# Nouns that take a letter as their name: "le statut S.", "Plan B.", "Vitamin C.". A capital letter
# after them is a label that may end a sentence, not an initial before a surname.
LETTER_LABELS = (
    "status", "statut", "statuto", "estatus", "plan", "piano", "vitamin", "vitamine", "vitamina",
    "type", "typ", "tipo", "category", "catégorie", "kategorie", "categoria", "categoría", "zone",
    "zona", "class", "classe", "klasse", "clase", "group", "groupe", "gruppe", "gruppo", "grupo",
    "annex", "annexe", "anhang", "allegato", "anexo", "letter", "lettre", "buchstabe", "lettera",
    "letra", "option", "variante", "variant", "scenario", "scénario", "szenario", "escenario",
)


# Units of amounts abbreviated after a number in every language lisible reads: "270 mio.",
# "CHF 1,2 Mrd.", "3 mia.", "5 mln." (Duden, "Mio." and "Mrd."; Treccani, "mln." and "mld."; "mio."
# and "mia." are Swiss French and Italian usage, not in the general dictionaries; "bn", "mn" English
# financial usage). After a number they are abbreviations whatever follows; elsewhere the same
# letters may be a word (Italian "mio", my), so they are not in the languages' sentence lists.
AMOUNT_UNITS = {"mio", "mia", "mrd", "mld", "mln", "bn", "mn", "md", "mds"}

# Abbreviations of biological nomenclature, the same in every language: "Rattus spp.", "Aedes
# sp.", "subsp.", "var." (International Code of Zoological Nomenclature, glossary; International
# Code of Nomenclature for algae, fungi, and plants, Art. 24 and 26).
NOMENCLATURE = {"sp", "spp", "ssp", "subsp", "var", "cf", "aff"}

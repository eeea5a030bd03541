"""Abbreviations that end with a period but not a sentence, per language.

Three kinds, because they behave differently before a capital letter:
- TITLES come before a name and never end a sentence ("M. Dupont", "Dr. Keller", "Sra. Ruiz").
- MID abbreviations rarely end a sentence; in German they are often followed by a capitalised
  noun ("z. B. Äpfel"), so a capital letter after them is no sign of a new sentence.
- BEFORE_NUMBER abbreviations are abbreviations only before a number ("Nr. 5", "art. 12", "p. 4",
  "Jan. 5"); elsewhere the same letters may be a word ("no.").
- FINAL abbreviations may end a sentence: before a capital letter they do ("etc.", "usw.", "ecc.").

Lists written for lisible from the abbreviation tables of the Duden ("Abkürzungen"), the
Office québécois de la langue française (Banque de dépannage linguistique, "Abréviations"), the
RAE (Diccionario panhispánico de dudas, apéndice 2, "Lista de abreviaturas"), Treccani
("abbreviazioni") and the Chicago Manual of Style (10.4-10.42). Keys are lowercase, without the
final period; inner periods kept ("z.b", "e.g").
"""
from __future__ import annotations

TITLES = {
    "en": {"mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "gov", "sen", "rep", "rev",
           "capt", "lt", "col", "sgt", "hon", "pres", "mt", "messrs"},
    "fr": {"m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "dr", "pr", "prof", "st", "ste"},
    "de": {"dr", "prof", "hr", "hrn", "fr", "frl", "st", "dipl", "ing", "mag", "med", "phil",
           "jur", "rer", "nat", "pd"},
    "es": {"sr", "sra", "srta", "sres", "sras", "dr", "dra", "d", "dña", "prof", "profa",
           "lic", "ing", "arq", "excmo", "excma", "ilmo", "ilma", "sto", "sta", "fray", "gral"},
    "it": {"sig", "sig.ra", "sig.na", "sigg", "dott", "dott.ssa", "dr", "prof", "prof.ssa", "ing",
           "avv", "arch", "on", "geom", "rag", "mons", "gen", "s", "sen", "onorevole"},
}

MID = {
    "en": {"e.g", "i.e", "vs", "approx", "dept", "est", "fig", "cf", "ca", "incl", "viz", "u.s",
           "u.k", "u.n", "a.k.a", "govt"},
    "fr": {"cf", "p.ex", "ex", "env", "c.-à-d", "c.à.d", "resp", "vs", "av", "bd", "boul", "éd",
           "ca", "hab", "min", "max", "tél", "ann", "réf", "dép", "suiv", "sq", "not"},
    "de": {"z.b", "d.h", "u.a", "v.a", "z.t", "o.ä", "u.ä", "s.o", "s.u", "u.u", "bzw", "ca",
           "evtl", "ggf", "inkl", "exkl", "vgl", "sog", "mio", "mrd", "tel", "str", "bspw", "gem",
           "lt", "max", "min", "rd", "zzgl", "bzgl", "allg", "ehem", "gegr", "geb", "gest", "jh",
           "jhd", "jhs", "kath", "ev", "näml", "od", "insb", "sfr", "chf", "dt", "engl", "franz",
           "ital", "zit", "zit.n", "i.d.r", "z.h", "u.v.m", "m.e", "s.a", "ebd", "inkl"},
    "es": {"ee", "aprox", "p.ej", "cf", "vs", "vol", "ca", "cía", "admón", "avda",
           "c", "ud", "uds", "vd", "vds", "gob", "depto", "dpto", "tel", "máx", "mín", "c.p"},
    "it": {"ca", "cfr", "es", "p.es", "vs", "tel", "max", "min", "ss", "sgg", "c.a", "c.d",
           "ca", "v", "mln", "mld", "mrd", "dott", "rif", "all", "ca"},
}

BEFORE_NUMBER = {
    "en": {"no", "nos", "vol", "p", "pp", "art", "sec", "ch", "fig", "jan", "feb", "mar", "apr",
           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "para", "ed"},
    "fr": {"no", "n", "p", "pp", "art", "al", "ch", "chap", "fig", "vol", "janv", "févr", "avr",
           "juil", "sept", "oct", "nov", "déc", "let", "ss"},
    "de": {"nr", "s", "art", "abs", "ziff", "bst", "lit", "kap", "abb", "bd", "fr", "jan", "feb",
           "febr", "aug", "sept", "okt", "nov", "dez", "tab", "anm", "z", "aufl", "hrsg",
           "mo", "di", "mi", "do", "sa", "so"},  # weekdays before a date: "Mo. 5. Mai"
    "es": {"n", "núm", "nº", "pág", "págs", "art", "cap", "fig", "vol", "ene", "feb", "abr", "ago",
           "sept", "oct", "nov", "dic", "párr", "apdo"},
    "it": {"n", "nr", "pag", "pagg", "p", "pp", "art", "artt", "cap", "fig", "vol", "co", "lett",
           "gen", "feb", "febbr", "apr", "ago", "sett", "ott", "nov", "dic", "tab", "par"},
}

FINAL = {
    "en": {"etc", "inc", "ltd", "co", "corp", "a.m", "p.m", "al", "llc", "plc", "bros"},
    "fr": {"etc", "cie", "sa", "sàrl"},
    "de": {"usw", "etc", "usf", "u.ä", "o.ä", "ag", "gmbh", "u.v.m"},
    "es": {"etc", "cía", "s.a", "s.l", "uu", "ee.uu"},
    "it": {"ecc", "etc", "s.p.a", "s.r.l", "spa", "srl"},
}

# Words after which a German "N." is an ordinal number, not the end of a sentence: "am 1. März",
# "im 20. Jahrhundert", "der 2. Platz".
GERMAN_ORDINAL_CUES = {
    "am", "vom", "zum", "bis", "den", "der", "dem", "des", "die", "das", "ab", "seit", "im", "ins",
    "zur", "beim", "vor", "nach", "per", "für", "ein", "eine", "einer", "einem", "einen", "zu",
    "jeden", "jedem", "jeder", "jedes", "ihr", "ihre", "ihrem", "ihren", "sein", "seine", "seinem",
    "seinen", "unser", "unsere", "unserem", "unseren", "diesen", "diesem", "dieser", "dieses",
    "und", "oder", "bzw", "zwischen", "spätestens", "frühestens", "ab dem", "gegen", "um",
}
GERMAN_MONTHS = {
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "jan", "feb", "febr", "mär", "apr", "jun", "jul", "aug",
    "sep", "sept", "okt", "nov", "dez",
}


# German "Mio."/"Mrd." end a sentence after an amount that names its currency first ("CHF 860 Mio.
# Dieser..."), not when a unit follows ("100 Mio. CHF", "3 Mio. Franken").
AMOUNT_ABBREVIATIONS = {"mio", "mrd", "mia"}
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


def for_language(lang: str) -> tuple[set, set, set, set]:
    """(titles, mid, before_number, final) for a primary language subtag (English if unknown)."""
    key = lang if lang in TITLES else "en"
    return TITLES[key], MID[key], BEFORE_NUMBER[key], FINAL[key]

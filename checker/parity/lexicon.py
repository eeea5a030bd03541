"""Words the parity checks read in each language: month names and number words 0-20.

Written from the grammar of each language (facts, not text). Month names include the usual
abbreviations with and without the final dot; the dot is optional in the patterns.
"""
from __future__ import annotations

# Month number -> names, per language; alternatives separated by "|".
MONTHS = {
    "en": ["January|Jan", "February|Feb", "March|Mar", "April|Apr", "May", "June|Jun", "July|Jul",
           "August|Aug", "September|Sept|Sep", "October|Oct", "November|Nov", "December|Dec"],
    "fr": ["janvier|janv", "février|fevrier|févr|fevr", "mars", "avril|avr", "mai", "juin",
           "juillet|juil", "août|aout", "septembre|sept", "octobre|oct", "novembre|nov",
           "décembre|decembre|déc|dec"],
    "de": ["Januar|Jänner|Jan", "Februar|Feb", "März|Maerz|Mrz", "April|Apr", "Mai", "Juni|Jun",
           "Juli|Jul", "August|Aug", "September|Sept|Sep", "Oktober|Okt", "November|Nov",
           "Dezember|Dez"],
    "es": ["enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo|may", "junio|jun",
           "julio|jul", "agosto|ago", "septiembre|setiembre|sept|sep", "octubre|oct",
           "noviembre|nov", "diciembre|dic"],
    "it": ["gennaio|genn|gen", "febbraio|febbr|feb", "marzo|mar", "aprile|apr", "maggio|magg|mag",
           "giugno|giu", "luglio|lug", "agosto|ago", "settembre|sett|set", "ottobre|ott",
           "novembre|nov", "dicembre|dic"],
    "nl": ["januari|jan", "februari|feb", "maart|mrt", "april|apr", "mei", "juni|jun", "juli|jul",
           "augustus|aug", "september|sept|sep", "oktober|okt", "november|nov", "december|dec"],
    "pt": ["janeiro|jan", "fevereiro|fev", "março|marco|mar", "abril|abr", "maio|mai",
           "junho|jun", "julho|jul", "agosto|ago", "setembro|set", "outubro|out",
           "novembro|nov", "dezembro|dez"],
}

# Number words 0..20 per language (index = value); alternatives (genders, spellings) by "|".
NUMBER_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen", "twenty"],
    "fr": ["zéro", "un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
           "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
           "dix-neuf", "vingt"],
    "de": ["null", "eins|ein|eine|einen|einem|einer", "zwei", "drei", "vier", "fünf", "sechs",
           "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn",
           "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig"],
    "es": ["cero", "uno|una|un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
           "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis",
           "diecisiete", "dieciocho", "diecinueve", "veinte"],
    "it": ["zero", "uno|una|un", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
           "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
           "diciassette", "diciotto", "diciannove", "venti"],
    "nl": ["nul", "een|één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
           "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
           "achttien", "negentien", "twintig"],
    "pt": ["zero", "um|uma", "dois|duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove",
           "dez", "onze", "doze", "treze", "catorze|quatorze", "quinze", "dezasseis|dezesseis",
           "dezassete|dezessete", "dezoito", "dezanove|dezenove", "vinte"],
}


def month_lookup() -> dict[str, int]:
    """Lowercased month name or abbreviation (any language) -> month number 1..12."""
    table: dict[str, int] = {}
    for names in MONTHS.values():
        for number, alternatives in enumerate(names, start=1):
            for name in alternatives.split("|"):
                table.setdefault(name.lower(), number)
    return table


def number_word_lookup() -> dict[str, set[int]]:
    """Lowercased number word (any language) -> its possible values (`elf` is 11 in de and nl)."""
    table: dict[str, set[int]] = {}
    for words in NUMBER_WORDS.values():
        for value, alternatives in enumerate(words):
            for word in alternatives.split("|"):
                table.setdefault(word.lower(), set()).add(value)
    return table

# Ordinals 1..20 as stems, with the endings each language inflects them with; forms are stem +
# ending ("" included). Written from each language's grammar.
ORDINALS = {
    "en": (["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth"], [""]),
    "fr": (["premier|première|premiers|premières", "deuxième|second|seconde", "troisième",
            "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième",
            "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième",
            "dix-septième", "dix-huitième", "dix-neuvième", "vingtième"], ["", "s"]),
    "de": (["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt|siebent", "acht",
            "neunt", "zehnt", "elft", "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt",
            "siebzehnt", "achtzehnt", "neunzehnt", "zwanzigst"], ["e", "en", "er", "es", "em"]),
    "it": (["prim", "second", "terz", "quart", "quint", "sest", "settim", "ottav", "non",
            "decim", "undicesim", "dodicesim", "tredicesim", "quattordicesim", "quindicesim",
            "sedicesim", "diciassettesim", "diciottesim", "diciannovesim", "ventesim"],
           ["o", "a", "i", "e"]),
    "es": (["primer|primero|primera", "segund", "tercer|tercero|tercera", "cuart", "quint", "sext",
            "séptim", "octav", "noven", "décim", "undécim", "duodécim", "decimotercer",
            "decimocuart", "decimoquint", "decimosext", "decimoséptim", "decimoctav",
            "decimonoven", "vigésim"], ["", "o", "a", "os", "as"]),
    "pt": (["primeir", "segund", "terceir", "quart", "quint", "sext", "sétim", "oitav", "non",
            "décim", "décimo primeir", "décimo segund", "décimo terceir", "décimo quart",
            "décimo quint", "décimo sext", "décimo sétim", "décimo oitav", "décimo non",
            "vigésim"], ["o", "a", "os", "as"]),
    "nl": (["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
            "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende",
            "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste"], [""]),
}

# Words that stand for a quantity a translation may write in figures (and back): a dozen, a
# decade, a hundred, a thousand, half.
QUANTITY_WORDS = {
    "10": "decade dizaine jahrzehnt decennio década decénio decennium zehntel",
    "12": "dozen douzaine dutzend dozzina docena dúzia dozijn",
    "100": "hundred cent centaine hundert cento centinaio cien ciento centenar cem centena honderd",
    "1000": "thousand mille millier tausend migliaio mil millar milhar duizend",
    "0.5": "half moitié hälfte metà mitad metade helft",
    "20": "vingtaine ventina veintena",
    "30": "trentaine trentina treintena",
    "40": "quarantaine quarantina cuarentena",
    "50": "cinquantaine cinquantina cincuentena",
    "60": "soixantaine sessantina",
}


def ordinal_lookup() -> dict[str, set[int]]:
    """Lowercased ordinal word (any language, inflected) -> its possible values."""
    table: dict[str, set[int]] = {}
    for stems, endings in ORDINALS.values():
        for value, alternatives in enumerate(stems, start=1):
            for stem in alternatives.split("|"):
                for ending in endings:
                    table.setdefault(stem + ending, set()).add(value)
    return table


def quantity_word_lookup() -> dict[str, str]:
    return {word: value for value, words in QUANTITY_WORDS.items() for word in words.split()}

# Phrases for the current year, which a translation may write as the year itself ("this year" /
# 2024). Resolved to the release's year (checker.parity.compare.release_year); `'` stands for
# either apostrophe.
THIS_YEAR = {
    "en": ["this year", "the end of the year", "the current year"],
    "fr": ["cette année", "fin de l'année", "l'année en cours", "courant de l'année"],
    "de": ["dieses jahr", "diesem jahr", "dieses jahres", "laufenden jahres", "ende jahr",
           "ende des jahres", "laufenden jahr"],
    "it": ["quest'anno", "fine dell'anno", "fine anno", "anno in corso", "corso dell'anno"],
    "es": ["este año", "final del año", "fin de año", "año en curso"],
    "pt": ["este ano", "final do ano", "fim do ano", "ano em curso"],
    "nl": ["dit jaar", "eind van het jaar", "einde van het jaar", "lopende jaar"],
}

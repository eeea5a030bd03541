"""Parity messages in the language of the version they are about (DESIGN.md: "Messages are in the
document's language where the rule pack has that language, else English").

Templates are data: one row per message, one entry per language. Placeholders are filled by
`say(key, ui, **values)`; places in other versions are phrased by `in_version`, `place` and
`quoted`, so each language's word order and quotation marks stay in its own row.
"""
from __future__ import annotations

from checker import catalogue, languages
from checker.findings import Finding, Span

# Every language whose registry entry says lisible writes findings in it has a row in each table
# (tests/test_languages.py checks it).

TEMPLATES = {
    "mismatch": {
        "en": "{text} here, but {elsewhere}: check the {kind}.",
        "fr": "{text} ici, mais {elsewhere}\u00a0: vérifiez {kind}.",
        "de": "{text} hier, aber {elsewhere}: Prüfen Sie {kind}.",
        "it": "{text} qui, ma {elsewhere}: verificare {kind}.",
        "es": "{text} aquí, pero {elsewhere}: compruebe {kind}.",
    },
    "extra": {
        "en": "{text} here is not found {others}.",
        "fr": "{text} ne figure pas {others}.",
        "de": "{text} fehlt {others}.",
        "it": "{text} non compare {others}.",
        "es": "{text} no aparece {others}.",
    },
    "missing": {
        "en": "Not in this {what}: {elsewhere}.",
        "fr": "Absent de ce {what}\u00a0: {elsewhere}.",
        "de": "Fehlt in diesem {what}: {elsewhere}.",
        "it": "Assente in questo {what}: {elsewhere}.",
        "es": "No figura en este {what}: {elsewhere}.",
    },
    "block-missing": {
        "en": "This {what} has no counterpart {lacking}.",
        "fr": "Ce {what} n’a pas d’équivalent {lacking}.",
        "de": "Dieser {what} hat keine Entsprechung {lacking}.",
        "it": "Questo {what} non ha corrispondenza {lacking}.",
        "es": "Este {what} no tiene equivalente {lacking}.",
    },
    "would-follow": {
        "en": "it would come after line {line}", "fr": "il viendrait après la ligne {line}",
        "de": "er käme nach Zeile {line}", "it": "verrebbe dopo la riga {line}",
        "es": "iría después de la línea {line}",
    },
    "would-lead": {"en": "it would come first", "fr": "il viendrait en premier",
                   "de": "er käme zuerst", "it": "verrebbe per primo", "es": "iría primero"},
    "and": {"en": "; ", "fr": "\u00a0; ", "de": "; ", "it": "; ", "es": "; "},
    "or": {"en": " or ", "fr": " ni ", "de": " oder ", "it": " né ", "es": " ni "},
    "length-ratio": {
        "en": "This {what} is {times} times as long as its counterpart {ref} ({place}), where the "
              "versions' usual ratio is {usual}: a part may be missing or added.",
        "fr": "Ce {what} fait {times} fois la longueur de son équivalent {ref} ({place}), alors que "
              "le rapport habituel entre les versions est de {usual}\u00a0: une partie manque peut-être "
              "ou a été ajoutée.",
        "de": "Dieser {what} ist {times}-mal so lang wie seine Entsprechung {ref} ({place}), "
              "üblich ist zwischen den Fassungen {usual}: Vielleicht fehlt ein Teil oder wurde "
              "etwas ergänzt.",
        "it": "Questo {what} è lungo {times} volte il suo corrispondente {ref} ({place}), mentre il "
              "rapporto abituale tra le versioni è {usual}: forse manca una parte o ne è stata "
              "aggiunta una.",
        "es": "Este {what} mide {times} veces lo que su equivalente {ref} ({place}), cuando la "
              "proporción habitual entre las versiones es {usual}: puede que falte una parte o que "
              "se haya añadido.",
    },
    "name-missing": {
        "en": "{name} is named {holder} ({place}) but not in this {what}; this version first "
              "names it at line {later}.",
        "fr": "{name} est nommé {holder} ({place}) mais pas dans ce {what}\u00a0; cette version le "
              "nomme pour la première fois à la ligne {later}.",
        "de": "{name} wird {holder} genannt ({place}), aber nicht in diesem {what}; diese Fassung "
              "nennt den Namen erst in Zeile {later}.",
        "it": "{name} è citato {holder} ({place}) ma non in questo {what}; questa versione lo cita "
              "per la prima volta alla riga {later}.",
        "es": "{name} se menciona {holder} ({place}) pero no en este {what}; esta versión lo "
              "menciona por primera vez en la línea {later}.",
    },
    "place": {"en": "line {line}, column {column}", "fr": "ligne {line}, colonne {column}",
              "de": "Zeile {line}, Spalte {column}", "it": "riga {line}, colonna {column}",
              "es": "línea {line}, columna {column}"},
    "paragraph-at": {"en": "paragraph at line {line}", "fr": "paragraphe à la ligne {line}",
                     "de": "Absatz in Zeile {line}", "it": "paragrafo alla riga {line}",
                     "es": "párrafo en la línea {line}"},
    "line": {"en": "line {line}", "fr": "ligne {line}", "de": "Zeile {line}", "it": "riga {line}",
             "es": "línea {line}"},
}

# "paragraph" and "heading" (all masculine in fr, de, it, es, which the templates rely on).
BLOCK_WORDS = {
    "en": ("paragraph", "heading"), "fr": ("paragraphe", "titre"), "de": ("Absatz", "Titel"),
    "it": ("paragrafo", "titolo"), "es": ("párrafo", "título"),
}

# What to check, with the article the "mismatch" template needs.
KIND_WORDS = {
    "en": {"number": "figure", "date": "date", "time": "time", "url": "address",
           "email": "e-mail address", "phone": "phone number"},
    "fr": {"number": "le chiffre", "date": "la date", "time": "l’heure", "url": "l’adresse",
           "email": "l’adresse e-mail", "phone": "le numéro de téléphone"},
    "de": {"number": "die Zahl", "date": "das Datum", "time": "die Uhrzeit", "url": "die Adresse",
           "email": "die E-Mail-Adresse", "phone": "die Telefonnummer"},
    "it": {"number": "la cifra", "date": "la data", "time": "l’ora", "url": "l’indirizzo",
           "email": "l’indirizzo e-mail", "phone": "il numero di telefono"},
    "es": {"number": "la cifra", "date": "la fecha", "time": "la hora", "url": "la dirección",
           "email": "la dirección de correo", "phone": "el número de teléfono"},
}

# "in the French version", per language of the message, per language of the version.
IN_VERSION = {
    "en": ("in the {} version", {"en": "English", "fr": "French", "de": "German", "es": "Spanish",
                                 "it": "Italian", "nl": "Dutch", "pt": "Portuguese"}),
    "fr": ("dans la version {}", {"en": "anglaise", "fr": "française", "de": "allemande",
                                  "es": "espagnole", "it": "italienne", "nl": "néerlandaise",
                                  "pt": "portugaise"}),
    "de": ("in der {} Fassung", {"en": "englischen", "fr": "französischen", "de": "deutschen",
                                 "es": "spanischen", "it": "italienischen",
                                 "nl": "niederländischen", "pt": "portugiesischen"}),
    "it": ("nella versione {}", {"en": "inglese", "fr": "francese", "de": "tedesca",
                                 "es": "spagnola", "it": "italiana", "nl": "olandese",
                                 "pt": "portoghese"}),
    "es": ("en la versión {}", {"en": "inglesa", "fr": "francesa", "de": "alemana",
                                "es": "española", "it": "italiana", "nl": "neerlandesa",
                                "pt": "portuguesa"}),
}
IN_NAMED_VERSION = {"en": "in the version {}", "fr": "dans la version {}",
                    "de": "in der Fassung {}", "it": "nella versione {}", "es": "en la versión {}"}
# French puts a no-break space inside guillemets and before : and ; (as the fr rule pack asks).
QUOTES = {"en": "“{}”", "fr": "«\u00a0{}\u00a0»", "de": "„{}“", "it": "«{}»", "es": "«{}»"}


def ui_language(lang: str | None) -> str:
    """The language of a version's messages: its own where there are templates, else English."""
    return lang if lang in languages.interface_languages() else languages.FALLBACK


def say(key: str, ui: str, **values) -> str:
    text = TEMPLATES[key][ui].format(**values)
    return text[0].upper() + text[1:]


def quoted(text: str, ui: str) -> str:
    return QUOTES[ui].format(text)


def in_version(lang: str | None, path: str, ui: str, unique: bool = True) -> str:
    """'in the French version' or, for a version of unknown or repeated language, its path."""
    pattern, names = IN_VERSION[ui]
    if unique and lang in names:
        return pattern.format(names[lang])
    return IN_NAMED_VERSION[ui].format(path)


def place(span, ui: str) -> str:
    return TEMPLATES["place"][ui].format(line=span.line, column=span.column)


def block_word(kind: str, ui: str) -> str:
    return BLOCK_WORDS[ui][1 if kind == "heading" else 0]


def kind_word(kind: str, ui: str) -> str:
    return KIND_WORDS[ui][kind]


def parity_finding(rule: str, message: str, where: Span, text: str = "") -> Finding:
    """A parity finding with its default severity from the rule catalogue."""
    return Finding(rule, "parity", catalogue.severity(rule), message, where, text=text)

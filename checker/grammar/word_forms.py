"""What the form of an unknown word says, beside names (checker.grammar.names): a regional
spelling, a prefix on a known word, a code, a term in quotation marks, an abbreviation.

LanguageTool's speller knows one variant of a language and the words of its dictionary; edited
texts also write, correctly, words it does not know. An editor tells these from a slip by their
form, and so does this module, each signal from the word, its place and the speller's own
suggestions:

- `regional-spelling`: the speller suggests the same word in another region's spelling. British
  -ise/-isation, -our, -re, -ogue, -amme, -ll-, judgement, defence (Oxford Guide to Style, 3.2;
  Merriam-Webster, "British and American spelling") where the suggestion is the American form,
  or LanguageTool's message says so ("is British English"); German ss for ß (Swiss Federal
  Chancellery, Schreibweisungen, § 2.1.2) where the suggestion is the ß form. Not a slip but a
  choice of region; the text may be checked with the wrong one (checker.regions infers it only
  from clear evidence).
- `prefixed-word`: a productive prefix (co-, neo-, bi-, eco-, cyber- ...) on a word the speller
  knows: the speller suggests the word without the prefix (co-presiedono -> presiedono) or split
  after it (neocostituita -> "neo costituita"). Prefixes are written joined to or hyphenated
  with their base (RAE, Ortografía de la lengua española 2010, 4.2.2.1.2; Treccani, Enciclopedia
  dell'Italiano, "prefissi"; Duden, "Präfixe"; Grevisse, Le bon usage, § 185); the speller's
  dictionary cannot list every such word.
- `letters-and-digits`: a token with both (Cas9, 350i, 260ter): a code, a model, an article
  number; a slip does not put a digit inside a word.
- `suspended-hyphen`: a word cut before a conjunction ("aus- und weiterbilden", "pre- and
  post-war"): the next word completes it (Duden, D 31; Chicago Manual of Style, 7.93).
- `quoted-term`: the word stands in quotation marks around three words or fewer («tunjo»,
  «follow the money»): the writer marks a foreign or coined term, or a word used as a word
  (Chicago Manual of Style, 7.50 and 7.56).

`abbreviation_after_number`: an amount unit after a number ("100 mio CHF": checker.text.
abbreviations.AMOUNT_UNITS) or a word of the language's abbreviation lists before its period
("risp.") is an abbreviation, never a misspelling.
"""
from __future__ import annotations

import re

from checker import languages
from checker.text import abbreviations

# British -> American, applied in turn to the lower-case word (Oxford Guide to Style, 3.2).
_BRITISH_TO_AMERICAN = (
    (re.compile(r"ll(?=is|iz)"), "l"),                                     # tranquillise
    (re.compile(r"is(?=(?:e|ed|es|ing|ation|ations|ational|er|ers)$)"), "iz"),
    (re.compile(r"isation"), "ization"),
    (re.compile(r"ys(?=(?:e|ed|es|ing|er|ers)$)"), "yz"),                       # analyse
    (re.compile(r"(?<=\w\w)our(?=(?:s|ed|ing|er|ers|ite|ites|able|ably|al|ally|ful|less|hood|hoods|ist"
                r"|ists|ism|ly|y)?$)"), "or"),
    (re.compile(r"(?<=[bcdfghklmnprstvz])re(?=s?$)"), "er"),                  # centre, litres
    (re.compile(r"(?<=[bcdfghklmnprstvz])red$"), "ered"),                   # centred
    (re.compile(r"ogue(?=s?$)"), "og"),                                     # catalogue
    (re.compile(r"amme(?=s?$)"), "am"),                                     # programme
    (re.compile(r"ll(?=(?:ed|ing|er|ers|or|ors)$)"), "l"),                      # travelled
    (re.compile(r"dgement"), "dgment"),                                     # judgement
    (re.compile(r"^(def|off|lic|pret)ence(?=s?$)"), r"\1ense"),              # defence, licence
    (re.compile(r"^(paed|haem|anaes|gynaec|orthopaed|encyclopaed|leukaem)"),
     lambda m: m.group(1).replace("ae", "e")),
    (re.compile(r"^(oestr|oesoph|foet|manoeuv|diarrhoe)"), lambda m: m.group(1).replace("oe", "e")),
)
_BRITISH_WORDS = {"grey": "gray", "cheque": "check", "tyre": "tire", "plough": "plow",
                  "aluminium": "aluminum", "mould": "mold", "storey": "story", "kerb": "curb",
                  "ageing": "aging", "sceptic": "skeptic", "sceptical": "skeptical"}
_SAYS_BRITISH = ("british english", "britisches englisch")

# Productive prefixes written joined to or hyphenated with a word (sources in the docstring).
PREFIXES = frozenset("""co ex pre post anti pro vice neo bio eco geo cyber ciber micro macro
    multi inter intra extra ultra super semi sino euro tele auto mono poli poly para pseudo sub
    trans mini maxi mega nano socio agro idro hydro bi tri pluri infra contro contra iper hyper
    ipo hypo retro sovra sopra""".split())

# "aus- und weiterbilden", "pre- and post-war": the hyphen stands for the part the next word
# completes (Duden, D 31, Ergänzungsstrich; Chicago Manual of Style, 7.93).
_SUSPENDED_BEFORE = re.compile(r"\s+(?:und|oder|bis|bzw\.|sowie|resp\.|and|or|to|et|ou|e|o|y|u)\s")
_LETTERS_AND_DIGITS = re.compile(r"(?=\w*\d)(?=\w*[^\W\d_])\w+")
_OPENING_QUOTES = {"«": "»", "„": "“", "“": "”", "\"": "\"", "‹": "›", "»": "«"}
QUOTED_MAX_WORDS = 3


def form_evidence(token: str, suggestions, text: str, start: int, message: str = "") -> tuple[str, ...]:
    """The signals that the unknown word `token` (at `start` in block `text`) is written as
    intended. Empty for a word that may be a slip."""
    found = []
    if regional_spelling(token, suggestions, message):
        found.append("regional-spelling")
    if prefixed_word(token, suggestions):
        found.append("prefixed-word")
    if _LETTERS_AND_DIGITS.fullmatch(token):
        found.append("letters-and-digits")
    if quoted_term(text, start, start + len(token)):
        found.append("quoted-term")
    if token.endswith("-") and _SUSPENDED_BEFORE.match(text, start + len(token)):
        found.append("suspended-hyphen")
    return tuple(found)


def american(word: str) -> str:
    """The American spelling of a British-spelled word (the word itself if none applies)."""
    lower = word.lower()
    if lower in _BRITISH_WORDS:
        return _BRITISH_WORDS[lower]
    for pattern, replacement in _BRITISH_TO_AMERICAN:
        lower = pattern.sub(replacement, lower)
    return lower


def regional_spelling(token: str, suggestions, message: str = "") -> bool:
    if any(words in message.lower() for words in _SAYS_BRITISH):
        return True
    lower = token.lower()
    us = american(token)
    for suggestion in suggestions:
        s = suggestion.lower()
        if us != lower and s == us:
            return True
        if "ß" in s and s.replace("ß", "ss") == lower:
            return True
    return False


def prefixed_word(token: str, suggestions) -> bool:
    lower = token.lower()
    for prefix in PREFIXES:
        if not lower.startswith(prefix) or len(lower) - len(prefix) < 4:
            continue
        rest = lower[len(prefix):]
        hyphen = rest.startswith("-")
        rest = rest.lstrip("-")
        for suggestion in suggestions:
            s = suggestion.lower()
            if s == rest and (hyphen or len(prefix) >= 3):
                return True
            if s in (f"{prefix} {rest}", f"{prefix}-{rest}"):
                return True
    return False


def quoted_term(text: str, start: int, end: int) -> bool:
    """True when [start, end) lies inside quotation marks around three words or fewer."""
    left = start
    while left > 0 and text[left - 1] not in _OPENING_QUOTES and start - left < 60:
        left -= 1
    if left == 0 or text[left - 1] not in _OPENING_QUOTES:
        return False
    closing = _OPENING_QUOTES[text[left - 1]]
    right = text.find(closing, end)
    if right < 0 or right - left > 80:
        return False
    inside = text[left:right]
    if any(q in inside for q in _OPENING_QUOTES):
        return False
    return 1 <= len(inside.split()) <= QUOTED_MAX_WORDS


_NUMBER_BEFORE = re.compile(r"\d[\d'’.,\u00a0\u202f ]*[\s\u00a0\u202f]$")


def is_abbreviation_in_place(token: str, text: str, start: int, lang: str) -> bool:
    """An amount unit after a number ("100 mio CHF", "3,5 mrd"), or a word the language abbreviates
    written before its period ("sostegno risp. partecipazione"): an abbreviation."""
    lower = token.lower()
    if lower in abbreviations.AMOUNT_UNITS and _NUMBER_BEFORE.search(text[max(0, start - 30):start]):
        return True
    end = start + len(token)
    if text[end:end + 1] != ".":
        return False
    entry = languages.get(lang)
    if entry is None:
        return False
    return lower in entry.sentences.abbreviations.words

"""Words as readers count them: `tokenize(text, lang)` and `words(text, lang)`.

Counting rules: Flesch's procedure, "Count as single words contractions, hyphenated words,
abbreviations, figures, symbols and their combinations, e.g., wouldn't, full-length, TV, 17, &,
$15, 7%" (the Flesch test's steps as quoted at https://www.scribd.com/document/149257119/Flesch-Test),
which Kandel & Moles, Amstad and Fernández Huerta inherit with Flesch's method:
- a hyphenated form is one word: "porte-parole", "COVID-19", "E-Mail-Adresse", "well-known";
- an elided form is one word with the word it leans on, like an English contraction:
  "l'opération", "d'un", "qu'il", "dell'anno", "don't". (Lexique, a lexicon rather than a reading
  rule, tokenises "l'" and "d'" apart as forms of their own; we keep Flesch's rule so the elided
  article, which has no vowel of its own, stays with its word: "l'opération" is one word of 4
  syllables);
- an abbreviation written with inner periods is one word: "z. B.", "e.g.", "U.S.", "EE. UU.";
- a number, with its decimal and thousands separators in either notation ("3.5", "3,5", "1,000",
  "3 150" with a no-break space, "3'150"), a currency or percent sign or an ordinal suffix ("$15",
  "7%", "1er", "2nd"), is one word, of kind `number` (read aloud, but never a hard word);
- "&" is a word (read "and");
- URLs and e-mail addresses are tokens of their own kinds and not words.
"""
from __future__ import annotations

import re
from typing import NamedTuple, cast

from checker import languages

_L = r"[^\W\d_]"            # a letter
_AN = r"[^\W_]"             # a letter or digit
_APOS = "'’ʼ"
_TLD = r"(?:ch|com|org|net|int|eu|de|fr|it|es|at|be|lu|uk|us|gov|edu|info|io|admin\.ch)"

URL_RE = (r"(?:https?://|www\.)[^\s<>«»\"“”]+[^\s<>«»\"“”.,;:!?)\]’']"
          rf"|(?<![@\w.])(?:{_AN}[\w-]*\.)+{_TLD}(?:/[^\s<>«»\"“”]*[^\s<>«»\"“”.,;:!?)\]’'])?(?![\w@])")
EMAIL_RE = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
ABBREV_RE = (rf"{_L}{{1,2}}\.(?:[\u00a0\u202f ]?{_L}{{1,2}}\.)+"
             rf"|c\.-à-d\.|{_L}+\.(?:ra|na|ssa)(?!\w)|n\.[ºo](?!\w)")  # "Sig.ra", "Dott.ssa", "n.º"
NUMBER_RE = (r"[$€£¥]?[+−-]?\d+(?:[.,'’\u00a0\u202f\u2009]\d+)*"
             r"(?:[\u00a0\u202f ]?%|\.?[°ºª]|(?:st|nd|rd|th|er|re|e|ème|eme|es)(?!\w))?")
WORD_RE = rf"\d*{_L}{_AN}*(?:[-‐‑{_APOS}]{_AN}+)*"

# French and Spanish group thousands with a space, often a plain one in running text ("3 150 000";
# Imprimerie nationale, Lexique des règles typographiques; RAE, Ortografía 2010, 8.2.3.1).
SPACED_NUMBER_RE = r"(?<![\d,.])\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d.,]\d)(?:[\u00a0\u202f ]?%)?"

TOKEN_RE = re.compile(
    f"(?P<url>{URL_RE})|(?P<email>{EMAIL_RE})|(?P<abbrev>{ABBREV_RE})"
    f"|(?P<word>{WORD_RE}|&)|(?P<number>{NUMBER_RE})"
)
SPACED_TOKEN_RE = re.compile(
    f"(?P<url>{URL_RE})|(?P<email>{EMAIL_RE})|(?P<abbrev>{ABBREV_RE})"
    f"|(?P<word>{WORD_RE}|&)|(?P<number>{SPACED_NUMBER_RE}|{NUMBER_RE})"
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|er|re|e|ème|eme|es|o|a)")


class Token(NamedTuple):
    # A named tuple, not a frozen dataclass: a document makes one per word (twice, with the
    # sentence's shift), and a tuple is built several times faster (issue 14's profile).
    start: int
    end: int
    text: str
    kind: str  # word | number | url | email

    @property
    def counts_as_word(self) -> bool:
        return self.kind in ("word", "number")


def tokenize(text: str, lang: str | None = None, offset: int = 0) -> list[Token]:
    """Every word, number, URL and e-mail address of `text`, with offsets into it (plus `offset`:
    a sentence's tokens get their offsets in its block at once, not copied again)."""
    language = languages.get(languages.code_of(lang))
    spaced = language is not None and language.numbers.spaced_thousands
    pattern = SPACED_TOKEN_RE if spaced else TOKEN_RE
    tokens = []
    ordinal = _ORDINAL.fullmatch
    for m in pattern.finditer(text):
        kind = cast(str, m.lastgroup)    # every alternative of the pattern is a named group
        found = m.group()
        if kind == "abbrev":
            kind = "word"
        elif kind == "word" and found[0].isdigit() and ordinal(found):
            kind = "number"  # "1er", "2nd", "3e"
        start, end = m.span()
        tokens.append(Token(start + offset, end + offset, found, kind))
    return tokens


def words(text: str, lang: str | None = None, offset: int = 0) -> list[Token]:
    """Tokens a reader counts as words: words and numbers, not URLs or e-mail addresses."""
    return [t for t in tokenize(text, lang, offset) if t.kind == "word" or t.kind == "number"]

"""Syllables per word, per language: `count(word, lang) -> int`.

Each language's registry entry (checker/languages/) names its counter (checker/languages/fr/
syllables.py...), whose docstring says which count the readability formulas of that language were
built on and how the rules follow the language's syllable structure; `syllables_source` says
whose rules a language borrows when it has none of its own. This module only normalises the input
and dispatches:

- `lang` is a language tag; only the primary subtag matters ("fr-CH" counts as "fr").
- A hyphenated form counts as the sum of its parts ("porte-parole", "E-Mail-Adresse").
- Elided articles and pronouns are read as one sound group with the next word (French
  "l'opération", Italian "dell'anno"): the elided part carries no vowel of its own, so the count is
  the count of the whole letter string. English contractions ("don't") likewise.
- An abbreviation written in capitals counts one syllable, following Flesch's procedure: "Count
  abbreviations, figures, symbols and their combinations as one-syllable words" (the Flesch test's
  steps as quoted at https://www.scribd.com/document/149257119/Flesch-Test). An initialism is all
  capitals and two or three letters ("CHF", "WTO", "ETH") or unpronounceable as a word (no vowel,
  three consonants in a row or two at the end: "UFSP", "OECD"); other all-capital words are read
  as words ("NATO", "EFTA", "UNESCO").
- A word with no letters (a number) counts one syllable, as stats.number_syllables does.

Accuracy against lexicons no one here wrote is printed by benchmarks/syllables.py.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import languages

_APOSTROPHES = "'’ʼ"
_VOWEL_LETTERS = set("aeiouyàâäéèêëîïôöùûüáíóúœæ")
_PARTS = re.compile(r"[-‐‑–/]+")


def _is_initialism(letters: str) -> bool:
    if len(letters) < 2 or not letters.isupper():
        return False
    shape = "".join("v" if c in _VOWEL_LETTERS else "c" for c in letters.lower())
    # Unpronounceable as a word: no vowel, three consonants in a row, or two at the end ("UFSP",
    # "OECD"); "NATO", "EFTA", "UNESCO" are read as words.
    return len(letters) <= 3 or "v" not in shape or "ccc" in shape or shape.endswith("cc")


def count(word: str, lang: str | None = "en") -> int:
    """Syllables in `word` read in language `lang` (at least 1). A language the registry lacks is
    counted as English (readability reports it as unsupported)."""
    return _count(word, languages.code_of(lang, languages.FALLBACK), languages.generation())


def counter(lang: str | None = "en"):
    """`count` for one language: word -> syllables, for the hot path that counts a block's words
    (the language is looked up once, not per word)."""
    code, generation = languages.code_of(lang, languages.FALLBACK), languages.generation()
    return lambda word: _count(word, code, generation)


@lru_cache(maxsize=200_000)
def _count(word: str, lang: str, generation: int) -> int:
    language = languages.require(lang)
    counter = language.syllables
    total = 0
    for part in _PARTS.split(word):
        letters = "".join(c for c in part if c.isalpha() or c in _APOSTROPHES)
        if not any(c.isalpha() for c in letters):
            continue
        if _is_initialism(letters):
            total += 1
            continue
        if not language.keeps_apostrophes:
            letters = "".join(c for c in letters if c not in _APOSTROPHES)
        total += counter(letters.lower().replace("’", "'").replace("ʼ", "'"))
    return max(1, total)

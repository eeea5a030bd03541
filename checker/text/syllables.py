"""Syllables per word, per language: `count(word, lang) -> int`.

Each language has its own module (syllables_en, _fr, _de, _es, _it) whose docstring says which
count the readability formulas of that language were built on and how the rules follow the
language's syllable structure. This module only normalises the input and dispatches:

- `lang` is a language tag; only the primary subtag matters ("fr-CH" counts as "fr").
- A hyphenated form counts as the sum of its parts ("porte-parole", "E-Mail-Adresse").
- Elided articles and pronouns are read as one sound group with the next word (French
  "l'opération", Italian "dell'anno"): the elided part carries no vowel of its own, so the count is
  the count of the whole letter string. English contractions ("don't") likewise.
- A word with no letters (a number) counts one syllable, as stats.number_syllables does.

Accuracy against lexicons no one here wrote is printed by benchmarks/syllables.py.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker.text import syllables_de, syllables_en, syllables_es, syllables_fr, syllables_it

COUNTERS = {
    "en": syllables_en.count,
    "fr": syllables_fr.count,
    "de": syllables_de.count,
    "es": syllables_es.count,
    "it": syllables_it.count,
}
# Languages without their own rules fall back to English ones; `supported()` lets a caller say so
# instead of pretending (STYLE.md: no silent fallbacks).
FALLBACK = "en"

_APOSTROPHES = "'’ʼ"
_PARTS = re.compile(r"[-‐‑–/]+")


def primary(lang: str | None) -> str:
    return (lang or FALLBACK).replace("_", "-").split("-")[0].lower()


def supported(lang: str | None) -> bool:
    return primary(lang) in COUNTERS


def count(word: str, lang: str | None = "en") -> int:
    """Syllables in `word` read in language `lang` (at least 1)."""
    return _count(word, primary(lang))


@lru_cache(maxsize=200_000)
def _count(word: str, lang: str) -> int:
    counter = COUNTERS.get(lang, COUNTERS[FALLBACK])
    total = 0
    for part in _PARTS.split(word):
        letters = "".join(c for c in part if c.isalpha() or c in _APOSTROPHES)
        if not any(c.isalpha() for c in letters):
            continue
        if lang != "en":
            letters = "".join(c for c in letters if c not in _APOSTROPHES)
        total += counter(letters.lower().replace("’", "'").replace("ʼ", "'"))
    return max(1, total)

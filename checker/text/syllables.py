"""Syllable counts per language (first version: vowel groups; refined by the text-accuracy work)."""
from __future__ import annotations

import re

_VOWELS = {
    "en": "aeiouy",
    "fr": "aeiouyàâéèêëîïôûùüœæ",
    "de": "aeiouyäöü",
    "es": "aeiouyáéíóúü",
    "it": "aeiouàèéìíòóùú",
}


def count(word: str, lang: str = "en") -> int:
    w = word.lower()
    vowels = _VOWELS.get(lang[:2], _VOWELS["en"])
    groups = re.findall(f"[{vowels}]+", w)
    n = len(groups)
    if lang.startswith(("en", "fr")) and w.endswith("e") and n > 1:
        n -= 1
    return max(1, n)

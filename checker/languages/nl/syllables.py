"""Dutch syllables: one per vowel sound, read from Dutch spelling.

Which count. Douma (1960) carried Flesch over to Dutch keeping Flesch's procedure: syllables as
pronounced. Dutch spelling shows them closely: every vowel sound is written by one vowel letter or
one fixed group of them, and an unstressed e (schwa) is a syllable too ("de", "ge-meen-te"; Dutch
has no silent final e). So the count is the number of vowel groups, where a group is the longest of:
- the three- and four-letter groups said as one syllable: aai, ooi, oei (haai, mooi, groei; the i
  is a glide), eeuw / ieuw (eeuw, nieuw: the u before w is part of the vowel), French eau (bureau);
- the two-letter vowels and diphthongs: aa ee oo uu ie oe eu ui ei ij ou au;
- a single vowel letter (a e i o u y; y is the vowel i in loans: "systeem", "baby").
Two vowel letters that form none of these groups are two syllables (hiatus: "the-a-ter",
"si-tu-a-tie", "ra-di-o"), and a letter with a diaeresis always starts a new syllable: the
diaeresis is how Dutch spelling marks a hiatus ("i-dee-ën", "ge-ïn-te-res-seerd", "co-ör-di-na-tie";
Taalunie, Woordenlijst Nederlandse Taal, "Trema"). Two loan patterns are read as said: the Latin
ending -eum is e-um ("mu-se-um"), and French -tion(s)/-sion(s) is one syllable ("sta-tion",
sta-sjon). English loans are read as Dutch ("team" counts 2, "online" 3, "website" 3).

tests/data/syllables/nl.tsv is a hand-syllabified list (with the reason for each count) that the
tests and benchmarks/syllables.py measure this against.
"""
from __future__ import annotations

import re

_GROUPS = ("eeuw", "ieuw", "aai", "ooi", "oei", "eau",
           "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ij", "ou", "au")
_VOWELS = set("aeiouyáéíóúàèâêôûäëïöü")
_DIAERESIS = set("äëïöü")
_PLAIN = str.maketrans("áéíóúàèâêôû", "aeiouaeaeou")


def count(word: str) -> int:
    w = word.translate(_PLAIN)
    w = re.sub(r"eum$", "e-um", w)           # mu-se-um
    w = re.sub(r"(?<=[ts])ion(s?)$", r"jon\1", w)    # sta-tion, sta-tions
    nuclei = 0
    i = 0
    while i < len(w):
        if w[i] not in _VOWELS:
            i += 1
            continue
        nuclei += 1
        if w[i] in _DIAERESIS:
            i += 1
            continue
        i += next((len(g) for g in _GROUPS if w.startswith(g, i)), 1)
    return max(1, nuclei)

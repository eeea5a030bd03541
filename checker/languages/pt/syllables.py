"""Portuguese syllables: the syllables of Portuguese grammatical division, by rules.

Which count. Martins et al. (1996) re-fitted Flesch for Brazilian Portuguese on syllables as the
grammar divides words, which Portuguese spelling shows closely, as in Spanish. We follow the
division of the grammars (Bechara, Moderna Gramática Portuguesa; Cunha & Cintra, Nova Gramática do
Português Contemporâneo, "Divisão silábica"), the same in Portugal and Brazil:
- a falling diphthong is one syllable: a vowel followed by an unaccented i or u (ai, ei, oi, ui,
  au, eu, ou, iu: "mui-to", "rei-no", "par-tiu"), and the nasal ão, ãe, õe ("pão", "na-ções");
  the i or u is a syllable of its own (hiatus) before nh, or before l, m, n, r, z closing the
  syllable ("ra-i-nha", "a-in-da", "ca-ir", "ju-iz", "Ra-ul") - the cases where the spelling
  does not put an accent on it (Acordo Ortográfico de 1990, Base IX); and u-i before ç in the
  nouns of verbs in -uir, whose i is a syllable ("cons-tru-ir", "ins-ti-tu-i-ção");
- an accented í or ú is a syllable of its own ("pa-ís", "sa-ú-de");
- i or u followed by another vowel is a hiatus inside a word ("so-ci-al", "si-tu-a-ção",
  "e-co-no-mi-a", "di-a"), except at the end of a word whose stress is marked earlier by an accent:
  there the final unstressed -ia, -ie, -io, -ua, -ue, -uo (with an -s) is one syllable
  ("his-tó-ria", "sé-rie", "ne-gó-cios", "ci-ên-cia");
- u after q or g before a vowel is a glide or silent, never a syllable ("quan-do", "guer-ra",
  "á-gua"); ü likewise;
- two of a, e, o are a hiatus ("á-re-a", "vo-o", "a-e-ro-por-to").

tests/data/syllables/pt.tsv is a hand-syllabified list (with the reason for each count) that the
tests and benchmarks/syllables.py measure this against.
"""
from __future__ import annotations

import re

_VOWELS = set("aeiouáéíóúâêôãõày")
_GLIDES = set("iuy")                 # unaccented i, u: may join the vowel before them
_STRESS_MARKS = set("áéíóúâêô")
_NASAL_PAIRS = ("ão", "ãe", "õe", "ãi", "õi")
_BLOCKING = re.compile(r"nh|[lmnrz](?:[^aeiouáéíóúâêôãõ]|$)")
_UIC = re.compile(r"ui(?=ç)")                 # ins-ti-tu-i-ção: the i of instituir
_FINAL_RISING = re.compile(r"[iu][aeo]s?$")


def count(word: str) -> int:
    w = re.sub(r"(?<=[qg])[uü](?=[aeioáéíóâêô])", "w", word)   # quando, guerra, água
    w = w.replace("ü", "w")
    rising_end = _final_rising_diphthong(w)
    nuclei = 0
    i = 0
    while i < len(w):
        if w[i] not in _VOWELS:
            i += 1
            continue
        nuclei += 1
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if w[i:i + 2] in _NASAL_PAIRS:
            i += 2
        elif nxt in _GLIDES and nxt != w[i] and not _BLOCKING.match(w, i + 2) \
                and not _UIC.match(w, i):
            i += 2                                         # mui-to, rei-no, par-tiu
        elif rising_end is not None and i == rising_end:
            i += 2                                         # his-tó-ria
        else:
            i += 1
    return max(1, nuclei)


def _final_rising_diphthong(w: str) -> int | None:
    """Where a final unstressed -ia/-io/-ua... starts, when an accent marks the stress before it."""
    m = _FINAL_RISING.search(w)
    if m and any(c in _STRESS_MARKS for c in w[:m.start()]):
        return m.start()
    return None

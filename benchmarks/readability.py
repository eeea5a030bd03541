"""Readability of real press releases: lisible and textstat side by side, per language.

Usage:  python benchmarks/readability.py [--groups 10] [--no-textstat] [--sentences]

Runs every release of ../shared/corpora/releases (index.json: 40 Swiss federal releases in parallel
DE/FR/IT/EN versions, 40 Spanish government releases). For each language it prints the primary
formula's mean and spread (standard deviation, min-max) for lisible and for textstat with the same
formula, and the counts behind them (words per sentence, syllables per word); then, for the first
parallel groups, the DE/FR/IT/EN scores of one release side by side, so the effect of counting
right can be seen on texts that say the same thing.

textstat equivalents: Kandel-Moles, Amstad and Flesch-Vacca are textstat's flesch_reading_ease
with the language set (its coefficients for fr, de, it); Szigriszt-Pazos and Gulpease are its own
functions. textstat's English path needs NLTK's cmudict and tries to download it: offline it is
reported as unavailable instead of hanging the run.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RELEASES = REPO.parent / "shared" / "corpora" / "releases"
sys.path.insert(0, str(REPO))

from checker import readability  # noqa: E402
from checker.document import Document, make_block  # noqa: E402
from checker.text import stats as text_stats  # noqa: E402

LANG_ORDER = ("de", "fr", "it", "en", "es")


def load_document(path: Path) -> Document:
    """The release as lisible reads a .txt (its plain-text loader), or paragraph blocks."""
    text = path.read_text(encoding="utf-8")
    try:
        from checker.sources import plaintext

        return plaintext.load(text, str(path))
    except ImportError:
        doc = Document(path=str(path), format="text", source=text)
        offset = 0
        for para in text.split("\n\n"):
            block = make_block("paragraph", [(para, offset)])
            if block:
                doc.blocks.append(block)
            offset += len(para) + 2
        return doc


def lisible_scores(path: Path, lang: str) -> dict:
    stats = text_stats.measure(load_document(path), lang)
    result = readability.compute(stats, lang)
    return {"formula": result.primary, "score": result.primary_score,
            "wps": stats.words / max(stats.sentence_count, 1),
            "spw": stats.syllables / max(stats.words, 1)}


def textstat_scores(path: Path, lang: str, formula: str) -> dict | None:
    """textstat's value of the same formula, or None where it cannot run."""
    import textstat

    if lang == "en" and not _nltk_cmudict_present():
        return None
    text = path.read_text(encoding="utf-8")
    textstat.set_lang(lang)
    functions = {
        "flesch_reading_ease": textstat.flesch_reading_ease,
        "kandel_moles": textstat.flesch_reading_ease,
        "amstad": textstat.flesch_reading_ease,
        "flesch_vacca": textstat.flesch_reading_ease,
        "szigriszt_pazos": textstat.szigriszt_pazos,
        "gulpease": textstat.gulpease_index,
        "fernandez_huerta": textstat.fernandez_huerta,
    }
    if formula not in functions:
        return None
    words = textstat.lexicon_count(text)
    return {"score": functions[formula](text),
            "wps": words / max(textstat.sentence_count(text), 1),
            "spw": textstat.syllable_count(text) / max(words, 1)}


def _nltk_cmudict_present() -> bool:
    try:
        import nltk

        nltk.data.find("corpora/cmudict")
        return True
    except (ImportError, LookupError):
        return False


def run(with_textstat: bool) -> tuple[list[dict], dict]:
    index = json.loads((RELEASES / "index.json").read_text(encoding="utf-8"))["documents"]
    rows = []
    for entry in index:
        path = RELEASES / entry["txt"]
        lang = entry["lang"]
        ours = lisible_scores(path, lang)
        theirs = textstat_scores(path, lang, ours["formula"]) if with_textstat else None
        rows.append({"doc": entry["doc_id"], "lang": lang, "group": entry.get("parallel_group"),
                     "ours": ours, "theirs": theirs})
    return rows, index


def _summary(values: list[float]) -> str:
    if not values:
        return "n/a"
    spread = statistics.pstdev(values) if len(values) > 1 else 0.0
    return f"{statistics.mean(values):6.1f} ± {spread:4.1f} [{min(values):6.1f} .. {max(values):6.1f}]"


def print_languages(rows: list[dict]) -> None:
    print("Primary formula per language: mean ± standard deviation [min .. max]\n")
    print(f"{'lang':<5}{'formula':<21}{'n':>3}  {'lisible':<34}{'textstat':<34}")
    by_lang = defaultdict(list)
    for row in rows:
        by_lang[row["lang"]].append(row)
    for lang in LANG_ORDER:
        group = by_lang.get(lang, [])
        if not group:
            continue
        ours = [r["ours"]["score"] for r in group]
        theirs = [r["theirs"]["score"] for r in group if r["theirs"]]
        formula = group[0]["ours"]["formula"]
        theirs_text = _summary(theirs) if theirs else "unavailable (NLTK cmudict needed)"
        print(f"{lang:<5}{formula:<21}{len(group):>3}  {_summary(ours):<34}{theirs_text:<34}")
        print(f"{'':<29}words/sentence {_mean(r['ours']['wps'] for r in group):5.1f}"
              f"  syll/word {_mean(r['ours']['spw'] for r in group):4.2f}      "
              + (f"words/sentence {_mean(r['theirs']['wps'] for r in group if r['theirs']):5.1f}"
                 f"  syll/word {_mean(r['theirs']['spw'] for r in group if r['theirs']):4.2f}"
                 if theirs else ""))


def _mean(values) -> float:
    values = list(values)
    return statistics.mean(values) if values else float("nan")


def print_parallel(rows: list[dict], limit: int) -> None:
    groups = defaultdict(dict)
    for row in rows:
        if row["group"]:
            groups[row["group"]][row["lang"]] = row
    langs = ("de", "fr", "it", "en")
    print(f"\nParallel releases (same text in four languages), lisible / textstat; "
          f"first {limit} of {len(groups)} groups\n")
    print(f"{'group':<12}" + "".join(f"{lang:>18}" for lang in langs) + f"{'spread':>16}")
    ours_spreads, theirs_spreads = [], []
    for name in sorted(groups)[:limit] if limit else sorted(groups):
        cells, ours, theirs = [], [], []
        for lang in langs:
            row = groups[name].get(lang)
            if not row:
                cells.append(f"{'-':>18}")
                continue
            ours.append(row["ours"]["score"])
            t = row["theirs"]["score"] if row["theirs"] else None
            if t is not None:
                theirs.append(t)
            cells.append(f"{row['ours']['score']:8.1f} / " + (f"{t:6.1f}" if t is not None else "   n/a"))
        spread_ours = max(ours) - min(ours) if ours else 0.0
        spread_theirs = max(theirs) - min(theirs) if len(theirs) > 1 else float("nan")
        ours_spreads.append(spread_ours)
        theirs_spreads.append(spread_theirs)
        print(f"{name:<12}" + "".join(cells) + f"{spread_ours:8.1f} / {spread_theirs:5.1f}")
    print("\nA formula per language has its own scale; the spread (max - min of one group) says how "
          "far apart the four versions land, not which is right.")


def print_sentence_cases() -> None:
    """Sentence splitting on the hard cases of tests/text/data: lisible's exact splits, and how
    often textstat's sentence count (it gives no split) equals the expected number."""
    import textstat

    from checker.text import sentences

    print("\nSentence splitting on the hard cases (tests/text/data/sentences_<lang>.txt)\n")
    for lang in ("de", "fr", "it", "en", "es"):
        path = REPO / "tests" / "text" / "data" / f"sentences_{lang}.txt"
        cases = [line.split(" | ") for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")]
        textstat.set_lang(lang)
        ours = sum([s.text for s in sentences.split(" ".join(c), lang)] == c for c in cases)
        theirs = sum(textstat.sentence_count(" ".join(c)) == len(c) for c in cases)
        print(f"{lang}: {len(cases)} cases  lisible exact split {ours / len(cases):6.1%}"
              f"   textstat right count {theirs / len(cases):6.1%}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=10, help="parallel groups to list (0: all)")
    parser.add_argument("--no-textstat", action="store_true")
    parser.add_argument("--sentences", action="store_true",
                        help="also compare sentence splitting on the hard test cases")
    args = parser.parse_args(argv)
    if not RELEASES.exists():
        sys.exit(f"releases corpus not found at {RELEASES}")
    rows, _ = run(not args.no_textstat)
    print_languages(rows)
    print_parallel(rows, args.groups)
    if args.sentences:
        print_sentence_cases()


if __name__ == "__main__":
    main()

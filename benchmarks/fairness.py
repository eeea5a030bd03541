"""Fairness of the score across languages: the same release, professionally translated, should
score within a few points in every language (DESIGN.md, "Score").

Scores the 40 parallel Swiss federal releases of ../shared/corpora/releases (de, fr, it, en; .txt)
and prints, per group, each language's score and the spread (max - min), then the mean and median
spread, and per language the mean score and the mean of its readability and findings parts.

    python benchmarks/fairness.py [--grammar off|auto|required] [--format txt|html]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from checker import engine, scoring, sources  # noqa: E402
from checker.config import Settings  # noqa: E402

RELEASES = REPO.parent / "shared" / "corpora" / "releases"
TAGS = {"de": "de-CH", "fr": "fr-CH", "it": "it-CH", "en": "en-GB"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grammar", default="off", choices=("off", "auto", "required"))
    parser.add_argument("--format", default="txt", choices=("txt", "html"))
    args = parser.parse_args()
    if not RELEASES.is_dir():
        print(f"corpus not found: {RELEASES}")
        return 1
    index = json.loads((RELEASES / "index.json").read_text(encoding="utf-8"))["documents"]
    groups = defaultdict(dict)
    for entry in index:
        if entry.get("parallel_group") and entry.get(args.format):
            groups[entry["parallel_group"]][entry["lang"]] = RELEASES / entry[args.format]
    docs = []
    for group in groups.values():
        for lang, path in group.items():
            doc = sources.load_path(path, 5_000_000)
            if args.format == "txt":
                doc.declared_language = TAGS[lang]
            docs.append(doc)
    settings = Settings(grammar=args.grammar)
    run = engine.check_documents(docs, settings)
    by_path = {d.document.path: d for d in run.documents}

    spreads = []
    per_lang = defaultdict(list)
    print(f"{'group':<12} " + " ".join(f"{lang:>4}" for lang in TAGS) + "  spread")
    for name, group in sorted(groups.items()):
        scores = {}
        for lang, path in group.items():
            d = by_path[str(path)]
            scores[lang] = d.score
            per_lang[lang].append((d.score, scoring.readability_part(d.readability),
                                   scoring.findings_part(d.findings, d.stats.words),
                                   d.readability.primary_score))
        spread = max(scores.values()) - min(scores.values())
        spreads.append(spread)
        print(f"{name:<12} " + " ".join(f"{scores.get(lang, '-'):>4}" for lang in TAGS) + f"  {spread:>6}")
    print()
    print(f"groups: {len(spreads)}; spread mean {statistics.mean(spreads):.1f}, "
          f"median {statistics.median(spreads):.1f}, max {max(spreads)}; "
          f"groups within 10 points: {sum(s <= 10 for s in spreads)}/{len(spreads)}")
    print(f"{'lang':<5} {'score':>6} {'R part':>7} {'F part':>7} {'primary':>8}")
    for lang, rows in per_lang.items():
        cols = list(zip(*rows))
        print(f"{lang:<5} " + " ".join(f"{statistics.mean(c):>7.1f}" for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Translation parity on the parallel Swiss federal releases (../shared/corpora/releases).

The 40 releases there were published the same day in German, French, Italian and English,
professionally translated: nearly every parity finding on them is a false alarm, or one of the
few real differences a reader can confirm by reading the versions side by side.
Prints the parity findings per 1,000 words, the share of blocks aligned across all four versions,
the findings per rule and, with --show, every finding with the text it points at.
Run: python benchmarks/parity.py [--show] [--html] [--group ch-99580]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from checker.parity import check_group  # noqa: E402
from checker.sources import load_path  # noqa: E402
from checker.text.words import words  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "releases"
ORDER = ("de", "fr", "it", "en")     # German is usually the source language (corpus README)


def groups() -> dict[str, list[dict]]:
    entries = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))["documents"]
    out: dict[str, list[dict]] = {}
    for entry in entries:
        if entry.get("parallel_group"):
            out.setdefault(entry["parallel_group"], []).append(entry)
    for members in out.values():
        members.sort(key=lambda e: ORDER.index(e["lang"]))
    return out


def load(entry: dict, html: bool = False):
    doc = load_path(CORPUS / entry["html" if html else "txt"], 10_000_000)
    doc.language = entry["lang"]
    return doc


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print every finding")
    parser.add_argument("--group", help="only this parallel group")
    parser.add_argument("--html", action="store_true", help="compare the .html files, not .txt")
    args = parser.parse_args()
    if not (CORPUS / "index.json").exists():
        print(f"corpus not found at {CORPUS}")
        return 1
    total_words = aligned = blocks = 0
    per_rule, per_group = Counter(), Counter()
    for name, members in sorted(groups().items()):
        if args.group and name != args.group:
            continue
        docs = [load(e, args.html) for e in members]
        findings, summary = check_group(docs)
        total_words += sum(len(words(b.text)) for d in docs for b in d.prose_blocks)
        for row in summary["alignment"]:
            blocks += sum(len(cell) for cell in row)
            if all(row):
                aligned += sum(len(cell) for cell in row)
        for doc in docs:
            for finding in findings[doc.path]:
                per_rule[finding.rule] += 1
                per_group[name] += 1
                if args.show:
                    print(f"{name} {doc.language} {finding.span.line}:{finding.span.column} "
                          f"{finding.rule} [{finding.severity}] {finding.message}")
    count = sum(per_rule.values())
    print(f"groups: {len(per_group) if args.group else len(groups())}, words: {total_words}, "
          f"parity findings: {count} ({1000 * count / max(1, total_words):.2f} per 1,000 words)")
    print(f"blocks aligned across all versions: {aligned}/{blocks} = {aligned / max(1, blocks):.1%}")
    for rule, n in per_rule.most_common():
        print(f"  {rule}: {n}")
    print("findings per group:", ", ".join(f"{g} {n}" for g, n in per_group.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

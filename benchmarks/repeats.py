"""Precision of `common.repeated-sentence` (clause-level near-duplicates) on the 200 real releases
in ../shared/corpora/releases (the .txt of each: 40 Swiss releases in de, fr, it, en and 40
Spanish government releases).

Prints every finding the rule raises there, the repeated text and the earlier one it names, so
a person can read each; benchmarks/data/repeats-judged.jsonl holds our judgement of each finding
(agree: a reader would agree the text repeats the earlier one; disagree: a false alarm), with a
reason. With the judgements, the script prints the false alarms per 20 releases (the goal of
issue 17: at most 1) and any finding not judged yet.
Run: python benchmarks/repeats.py [--lang fr] [--quiet]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from checker.analysis import AnalysisContext  # noqa: E402
from checker.config import Settings  # noqa: E402
from checker.rules import _views as views  # noqa: E402
from checker.rules.near_duplicates import repeated  # noqa: E402
from checker.rules.loader import builtin_rules  # noqa: E402
from checker.sources import load_path  # noqa: E402
from checker.text.stats import measure  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "releases"
JUDGED = REPO / "benchmarks" / "data" / "repeats-judged.jsonl"
RULE = "common.repeated-sentence"


def findings(entry: dict, rule) -> list[dict]:
    """The rule's findings on one release, each with the full text of the earlier passage it
    names (the rule's own pairs, rules/near_duplicates.py)."""
    doc = load_path(CORPUS / entry["txt"], 10_000_000)
    doc.language = entry["lang"]
    ctx = AnalysisContext(settings=Settings(), language=entry["lang"],
                          stats=measure(doc, entry["lang"]), profile=None, shared={},
                          ui_lang="en")
    out = []
    for view in views(doc, ctx):
        if not rule.applies_to(view.lang, view.region):
            continue
        for later, earlier in repeated(view, rule.containment, rule.min_terms):
            span = doc.span(doc.blocks[later.block_index], later.start, later.end)
            before = doc.span(doc.blocks[earlier.block_index], earlier.start, earlier.end)
            out.append({"doc": entry["doc_id"], "line": span.line, "column": span.column,
                        "text": later.text, "earlier": earlier.text,
                        "earlier_at": f"{before.line}:{before.column}"})
    return out


def key(finding: dict) -> str:
    return f"{finding['doc']}:{finding['line']}:{finding['column']}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", help="only the releases in this language")
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    args = parser.parse_args()
    if not (CORPUS / "index.json").exists():
        print(f"corpus not found at {CORPUS}")
        return 1
    entries = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))["documents"]
    entries = [e for e in entries if not args.lang or e["lang"] == args.lang]
    rule = next(r for r in builtin_rules() if r.id == RULE)
    judged = {}
    if JUDGED.exists():
        for line in JUDGED.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                judged[row["key"]] = row
    found = [f for e in entries for f in findings(e, rule)]
    verdicts = {"agree": 0, "disagree": 0, "unjudged": 0}
    for f in found:
        row = judged.get(key(f))
        verdict = row["verdict"] if row else "unjudged"
        verdicts[verdict] += 1
        if not args.quiet:
            print(f"{key(f)} [{verdict}]\n    later:   {f['text']}\n"
                  f"    earlier ({f['earlier_at']}): {f['earlier']}")
            if row:
                print(f"    -> {row['reason']}")
    releases = len(entries)
    print(f"releases: {releases}, findings: {len(found)}, agree: {verdicts['agree']}, "
          f"disagree: {verdicts['disagree']}, not judged: {verdicts['unjudged']}")
    print(f"false alarms per 20 releases: {20 * verdicts['disagree'] / max(1, releases):.2f} "
          f"(goal: at most 1)")
    stale = set(judged) - {key(f) for f in found}
    if stale and not args.lang:
        print(f"judgements of findings no longer raised: {len(stale)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

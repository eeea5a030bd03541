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
from checker.parity.extract import extract  # noqa: E402
from checker.sources import load_bytes, load_path  # noqa: E402
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
    parser.add_argument("--plant", action="store_true",
                        help="also change one figure and drop one paragraph of the French version "
                             "of each group, and count how many of these the check finds")
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
    if args.plant:
        plant(args)
    return 0


def plant(args) -> None:
    """Recall on planted differences: in the French version, a figure of two digits or more gets
    its first digit changed (3 150 -> 4 150), or the middle paragraph is removed."""
    figures = paragraphs = noticed = tried_figures = tried_paragraphs = 0
    for name, members in sorted(groups().items()):
        if args.group and name != args.group:
            continue
        french = next(e for e in members if e["lang"] == "fr")
        text = (CORPUS / french["txt"]).read_text(encoding="utf-8")
        others = [load(e) for e in members if e is not french]
        changed = _change_a_figure(text)
        if changed:
            tried_figures += 1
            new_text, offset = changed
            findings = _findings_on_french(others, french, new_text)
            figures += any(_covers(f, new_text, offset) for f in findings)
        dropped = _drop_a_paragraph(text)
        if dropped:
            tried_paragraphs += 1
            findings = _findings_on_others(others, french, dropped)
            paragraphs += any(f.rule == "parity.block-missing" for f in findings)
            noticed += bool(findings) or bool(_findings_on_french(others, french, dropped))
    print(f"planted changed figures found: {figures}/{tried_figures}; "
          f"planted missing paragraphs found: {paragraphs}/{tried_paragraphs} as such, "
          f"{noticed}/{tried_paragraphs} with some parity finding")


def _french_doc(french: dict, text: str):
    doc = load_bytes(text.encode("utf-8"), french["txt"])
    doc.language = "fr"
    return doc


def _findings_on_french(others, french, text):
    docs = [others[0], _french_doc(french, text)] + others[1:]
    return check_group(docs)[0][french["txt"]]


def _findings_on_others(others, french, text):
    found = check_group([others[0], _french_doc(french, text)] + others[1:])[0]
    return [f for doc in others for f in found[doc.path]]


def _change_a_figure(text: str):
    """The text with the first digit of its middle figure (two digits or more) changed, and the
    offset of that digit; None when there is no such figure."""
    lines = text.split("\n")
    candidates = []
    offset = 0
    for line in lines:
        for fact in extract(line, "fr"):
            if fact.kind == "number" and not fact.soft and sum(c.isdigit() for c in fact.text) >= 2:
                candidates.append(offset + fact.start)
        offset += len(line) + 1
    if not candidates:
        return None
    at = candidates[len(candidates) // 2]
    digit = str((int(text[at]) + 1) % 10) if text[at] != "9" else "1"
    return text[:at] + digit + text[at + 1:], at


def _drop_a_paragraph(text: str):
    paragraphs = text.split("\n\n")
    if len(paragraphs) < 4:
        return None
    del paragraphs[len(paragraphs) // 2]
    return "\n\n".join(paragraphs)


def _covers(finding, text: str, offset: int) -> bool:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    span = finding.span
    return (span.line, span.column) <= (line, column) <= (span.end_line, span.end_column)


if __name__ == "__main__":
    sys.exit(main())

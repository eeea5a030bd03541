"""A finding's identity, for baselines and for the CI formats that track findings across runs
(SARIF partialFingerprints, GitLab's fingerprint): the rule, the flagged text and a few words on
each side of it in the block a reader sees, never its line number or path. Lines added above a
finding, or a file moved with `git mv`, leave it unchanged; rewording the sentence around it makes
it a new finding. Works on the JSON-contract dict (DESIGN.md, "JSON contract").
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import PurePosixPath

# Words of context on each side of the flagged text. Three is enough to tell two uses of one term
# apart in one document and few enough that an edit elsewhere in the sentence keeps the identity.
CONTEXT_WORDS = 3
_WORD = re.compile(r"\w+")


def normalise_path(path: str) -> str:
    """A path as baselines and reports compare it: POSIX separators, no leading './'."""
    return str(PurePosixPath(path.replace("\\", "/")))


def fingerprint(finding: dict, document: dict) -> str:
    """The fingerprint of one finding of `document` (a document dict of the JSON contract)."""
    findings = document.get("findings", [])
    for candidate, value in zip(findings, document_fingerprints(document)):
        if candidate is finding:
            return value
    return _hash(finding["rule"], finding.get("text", ""), "", "")


def document_fingerprints(document: dict, unique: bool = False) -> list[str]:
    """Fingerprints of every finding of `document`, in the order of `document["findings"]`.

    With `unique`, a fingerprint met again in the same document gets its ordinal appended (in
    position order) before hashing: formats such as GitLab's need one fingerprint per issue."""
    findings = document.get("findings", [])
    blocks = _positioned_blocks(document)
    contexts = _contexts(findings, blocks)
    values = [_hash(f["rule"], f.get("text", ""), *ctx) for f, ctx in zip(findings, contexts)]
    if not unique:
        return values
    seen: Counter = Counter()
    out = [""] * len(values)
    for i in sorted(range(len(values)), key=lambda i: position(findings[i])):
        n = seen[values[i]]
        seen[values[i]] += 1
        out[i] = values[i] if n == 0 else _hash(values[i], str(n), "", "")
    return out


def _hash(rule: str, text: str, before: str, after: str) -> str:
    flagged = " ".join(text.split()).casefold()
    key = "\x1f".join((rule, flagged, before, after))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def position(finding: dict) -> tuple:
    """Where a finding sits, for ordering: line, column, rule."""
    return (finding.get("line", 1), finding.get("column", 1), finding["rule"])


def _positioned_blocks(document: dict) -> list[dict]:
    blocks = [b for b in document.get("blocks", []) if "line" in b and b.get("text")]
    return sorted(blocks, key=lambda b: (b["line"], b.get("column", 1)))


def _contexts(findings: list[dict], blocks: list[dict]) -> list[tuple[str, str]]:
    """(words before, words after) each finding's text in the block it sits in.

    Where blocks carry their run-length `positions`, the finding's line and column give the exact
    offset of its text. Otherwise the block is the last one starting at or before the finding that
    contains its text, and when the text occurs several times there, the k-th finding with that rule
    and text (in position order) is taken to be the k-th occurrence: exact for rules that flag every
    occurrence, and stable in any case, which is what identity needs. A finding without text (about
    the whole document or an element) has no context: rule and counts identify it."""
    contexts = [("", "")] * len(findings)
    groups: dict[tuple, list[int]] = {}
    runs_by_line = _runs_by_line(blocks)
    for i, finding in enumerate(findings):
        text = finding.get("text", "")
        if not text:
            continue
        exact = _exact_offset(finding, text, runs_by_line)
        if exact is not None:
            block, start = exact
            contexts[i] = _words_around(blocks[block]["text"], start, start + len(text))
            continue
        found = _block_of(finding, text, blocks)
        if found is not None:
            groups.setdefault((found, finding["rule"], text), []).append(i)
    for (block, _rule, text), members in groups.items():
        members.sort(key=lambda i: position(findings[i]))
        starts = _occurrences(blocks[block]["text"], text)
        for k, i in enumerate(members):
            start = starts[min(k, len(starts) - 1)]
            contexts[i] = _words_around(blocks[block]["text"], start, start + len(text))
    return contexts


def _exact_offset(finding: dict, text: str, runs_by_line: dict) -> tuple[int, int] | None:
    """(block index, offset in its text) of the finding's first character, from `positions`."""
    line, column = finding.get("line", 1), finding.get("column", 1)
    for index, block_text, start, run_column, length in runs_by_line.get(line, ()):
        if run_column <= column < run_column + length:
            offset = start + column - run_column
            if block_text.startswith(text, offset):
                return index, offset
    return None


def _runs_by_line(blocks: list[dict]) -> dict[int, list[tuple]]:
    """line -> [(block index, block text, offset in text, first column, length)] of every run of
    the blocks' run-length `positions` (checker/serialize.py)."""
    by_line: dict[int, list[tuple]] = {}
    for index, block in enumerate(blocks):
        runs = block.get("positions") or []
        for k, (start, line, column) in enumerate(runs):
            end = runs[k + 1][0] if k + 1 < len(runs) else len(block["text"])
            by_line.setdefault(line, []).append((index, block["text"], start, column, end - start))
    return by_line


def _block_of(finding: dict, text: str, blocks: list[dict]) -> int | None:
    where = (finding.get("line", 1), finding.get("column", 1))
    found = None
    for index, block in enumerate(blocks):
        if (block["line"], block.get("column", 1)) > where:
            break
        if text in block["text"]:
            found = index
    return found


def _occurrences(haystack: str, needle: str) -> list[int]:
    starts, i = [], haystack.find(needle)
    while i >= 0:
        starts.append(i)
        i = haystack.find(needle, i + max(1, len(needle)))
    return starts


def _words_around(text: str, start: int, end: int) -> tuple[str, str]:
    before = [w.casefold() for w in _WORD.findall(text[:start])][-CONTEXT_WORDS:]
    after = [w.casefold() for w in _WORD.findall(text[end:])][:CONTEXT_WORDS]
    return " ".join(before), " ".join(after)

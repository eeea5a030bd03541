"""Baselines: accept the findings a repository already has, so a CI gate fails on new ones only.

A finding's identity is its fingerprint: the rule, the flagged text and a few words on each side of
it in the block a reader sees, never its line number or path. Lines added above a finding, or a file
moved with `git mv`, leave it unchanged; rewording the sentence around it makes it a new finding.
Fingerprints may repeat (the same jargon twice in one phrase), so a baseline stores a count per
(path, rule, fingerprint) and `apply` matches counts, first in the same path, then, for files that
are no longer where the baseline saw them, in any path.

Everything here works on the JSON-contract dict (DESIGN.md, "JSON contract"); the CLI wiring lives
in checker/baseline_commands.py.
"""
from __future__ import annotations

import copy
import hashlib
import json
import re
from collections import Counter
from pathlib import Path, PurePosixPath

from checker.errors import UsageError
from checker.findings import at_least

BASELINE_VERSION = 1
# Words of context on each side of the flagged text. Three is enough to tell two uses of one term
# apart in one document and few enough that an edit elsewhere in the sentence keeps the identity.
CONTEXT_WORDS = 3
_WORD = re.compile(r"\w+")


def is_failure(finding: dict, fail_on: str) -> bool:
    """Does this finding fail the run? Baseline and needs-review findings never do (DESIGN.md)."""
    if finding.get("baseline") or finding.get("needs_review"):
        return False
    return at_least(finding["severity"], fail_on)


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
    for i in sorted(range(len(values)), key=lambda i: _position(findings[i])):
        n = seen[values[i]]
        seen[values[i]] += 1
        out[i] = values[i] if n == 0 else _hash(values[i], str(n), "", "")
    return out


def create(result: dict) -> dict:
    """The content of a baseline file accepting every finding of `result`."""
    counts: Counter = Counter()
    texts: dict = {}
    for document in result.get("documents", []):
        path = normalise_path(document["path"])
        for finding, value in zip(document.get("findings", []), document_fingerprints(document)):
            key = (path, finding["rule"], value)
            counts[key] += 1
            texts.setdefault(key, finding.get("text", ""))
    entries = [{"path": p, "rule": r, "fingerprint": fp, "text": texts[(p, r, fp)],
                "count": counts[(p, r, fp)]} for (p, r, fp) in sorted(counts)]
    tool = result.get("tool", {})
    return {"version": BASELINE_VERSION,
            "tool": {"name": tool.get("name", "lisible"), "version": tool.get("version", "")},
            "findings": entries}


def dumps(baseline: dict) -> str:
    """Baseline file text: indented JSON with entries sorted, so its diffs stay readable."""
    return json.dumps(baseline, ensure_ascii=False, indent=2) + "\n"


def load(path: str | Path) -> dict:
    """Read and check a baseline file; a missing or malformed file is a UsageError."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: baseline file not found "
                         "(create one with `lisible baseline create -o FILE PATHS`)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path}: cannot read baseline: {exc}") from None
    _check(data, str(path))
    return data


def apply(result: dict, baseline: dict, settings=None) -> dict:
    """A copy of `result` where each finding carries `"baseline": true` if the baseline accepts it
    (false otherwise), and `passed` and `summary` are recomputed so accepted findings do not fail.

    `settings` (checker.config.Settings) gives fail_on and min_score per path; without it, the
    defaults (fail on errors, no minimum score) apply."""
    _check(baseline, "baseline")
    result = copy.deepcopy(result)
    documents = result.get("documents", [])
    checked = {normalise_path(d["path"]) for d in documents}
    same_path: Counter = Counter()
    moved: Counter = Counter()   # entries of files not checked now: renamed, moved or deleted
    for entry in baseline["findings"]:
        same_path[(entry["path"], entry["rule"], entry["fingerprint"])] += entry["count"]
        if entry["path"] not in checked:
            moved[(entry["rule"], entry["fingerprint"])] += entry["count"]
    unmatched = []
    for document in sorted(documents, key=lambda d: d["path"]):
        path = normalise_path(document["path"])
        pairs = zip(document.get("findings", []), document_fingerprints(document))
        for finding, value in sorted(pairs, key=lambda p: _position(p[0])):
            key = (path, finding["rule"], value)
            finding["baseline"] = same_path[key] > 0
            if finding["baseline"]:
                same_path[key] -= 1
            else:
                unmatched.append((finding, (finding["rule"], value)))
    for finding, key in unmatched:
        if moved[key] > 0:
            moved[key] -= 1
            finding["baseline"] = True
    refresh_gate(result, settings)
    return result


def refresh_gate(result: dict, settings=None) -> None:
    """Recompute each document's `passed` and the summary after findings were accepted or dropped:
    `summary.findings` counts the findings that are not in the baseline, `summary.baseline` those
    that are. The score is left as it is: it measures the whole document (DESIGN.md, "Score")."""
    passed = 0
    counts = {"error": 0, "warning": 0, "info": 0}
    accepted = dict(counts)
    baselined = False
    for document in result.get("documents", []):
        fail_on, min_score = _gate_for(document["path"], settings)
        findings = document.get("findings", [])
        failing = any(is_failure(f, fail_on) for f in findings)
        low_score = min_score is not None and document.get("score", 100) < min_score
        document["passed"] = not failing and not low_score
        passed += document["passed"]
        for finding in findings:
            (accepted if finding.get("baseline") else counts)[finding["severity"]] += 1
            baselined = baselined or "baseline" in finding
    summary = result.setdefault("summary", {})
    summary.update({"documents": len(result.get("documents", [])), "passed": passed,
                    "findings": counts})
    if baselined:
        summary["baseline"] = accepted


def _gate_for(path: str, settings) -> tuple[str, int | None]:
    if settings is None:
        return "error", None
    local = settings.for_path(path)
    return local.fail_on, local.min_score


def _check(data, where: str) -> None:
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
        raise UsageError(f"{where}: not a lisible baseline (version {BASELINE_VERSION} expected)")
    entries = data.get("findings")
    keys = {"path": str, "rule": str, "fingerprint": str, "count": int}
    if not isinstance(entries, list) or not all(
            isinstance(e, dict) and all(isinstance(e.get(k), t) for k, t in keys.items())
            for e in entries):
        raise UsageError(f"{where}: each baseline entry needs path, rule, fingerprint and count")


def _hash(rule: str, text: str, before: str, after: str) -> str:
    flagged = " ".join(text.split()).casefold()
    key = "\x1f".join((rule, flagged, before, after))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _position(finding: dict) -> tuple:
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
        block = _block_of(finding, text, blocks)
        if block is not None:
            groups.setdefault((block, finding["rule"], text), []).append(i)
    for (block, _rule, text), members in groups.items():
        members.sort(key=lambda i: _position(findings[i]))
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

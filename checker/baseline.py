"""Baselines: accept the findings a repository already has, so a CI gate fails on new ones only.

A finding's identity is its fingerprint: the rule, the flagged text and a few words on each side of
it in the block a reader sees, never its line number or path. Lines added above a finding, or a file
moved with `git mv`, leave it unchanged; rewording the sentence around it makes it a new finding.
Fingerprints may repeat (the same jargon twice in one phrase), so a baseline stores a count per
(path, rule, fingerprint) and `apply` matches counts, first in the same path, then, for files that
are no longer where the baseline saw them, in any path.

Identity lives in checker/fingerprints.py. Everything here works on the JSON-contract dict (DESIGN.md, "JSON contract"); the CLI wiring lives
in checker/baseline_commands.py.
"""
from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path

from checker.errors import UsageError
from checker.fingerprints import document_fingerprints, fingerprint, normalise_path, position

__all__ = ["apply", "create", "document_fingerprints", "dumps", "fingerprint", "load",
           "normalise_path"]

BASELINE_VERSION = 1
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


def apply(result: dict, baseline: dict) -> dict:
    """A copy of `result` where each finding carries `"baseline": true` if the baseline accepts it
    (false otherwise). checker.verdict then decides `passed` and the summary: accepted findings do
    not count."""
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
        for finding, value in sorted(pairs, key=lambda p: position(p[0])):
            key = (path, finding["rule"], value)
            finding["baseline"] = same_path[key] > 0
            if finding["baseline"]:
                same_path[key] -= 1
            else:
                unmatched.append((finding, (finding["rule"], value)))
    for finding, moved_key in unmatched:
        if moved[moved_key] > 0:
            moved[moved_key] -= 1
            finding["baseline"] = True
    return result


def _check(data, where: str) -> None:
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
        raise UsageError(f"{where}: not a lisible baseline (version {BASELINE_VERSION} expected)")
    entries = data.get("findings")
    keys = {"path": str, "rule": str, "fingerprint": str, "count": int}
    if not isinstance(entries, list) or not all(
            isinstance(e, dict) and all(isinstance(e.get(k), t) for k, t in keys.items())
            for e in entries):
        raise UsageError(f"{where}: each baseline entry needs path, rule, fingerprint and count")

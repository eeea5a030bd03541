"""What the editor should fix first: the report's opening section and each document's best changes.

"Fix first" gathers the errors, then the warnings, of every document, grouped by rule (most places
first), each place a link to the finding in the text. "Top changes" ranks, per document, what would
raise its score most, computed with the real scoring function (checker.scoring) on the document's
findings without those of one rule, or with its readability at target; nothing is estimated.
"""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from checker.findings import Finding
from checker.scoring import score as real_score

FIRST_SEVERITIES = ("error", "warning")
MAX_PLACES = 25          # links shown per rule; the rest are counted
TOP_CHANGES = 3


def fix_first(documents: list[dict]) -> list[dict]:
    """Groups of {severity, rule, category, message, count, places, more}, errors first, then
    warnings, each by number of places (most first) then rule id. `needs_review` findings and
    those a baseline accepted are left out: they do not fail a run."""
    groups: dict[tuple[str, str], dict] = {}
    for d in documents:
        for f in d["findings"]:
            if f["severity"] not in FIRST_SEVERITIES or f.get("needs_review") or f.get("baseline"):
                continue
            group = groups.setdefault((f["severity"], f["rule"]), {
                "severity": f["severity"], "rule": f["rule"], "category": f["category"],
                "message": f["message"], "places": []})
            group["places"].append({
                "href": f"#{f['marker_id'] if f.get('in_text') else f['id']}",
                "path": d["path"], "line": f.get("line", 1), "label": f["label"]})
    ordered = sorted(groups.values(), key=lambda g: (FIRST_SEVERITIES.index(g["severity"]),
                                                     -len(g["places"]), g["rule"]))
    for group in ordered:
        group["count"] = len(group["places"])
        group["more"] = max(0, group["count"] - MAX_PLACES)
        group["places"] = group["places"][:MAX_PLACES]
    return ordered


def top_changes(doc: dict) -> list[dict]:
    """Up to TOP_CHANGES changes that raise the document's score most: fixing every finding of one
    rule, or bringing readability to its target. Each: {kind, rule, count, message, gain, score}."""
    findings = _findings(doc)
    readability = _readability(doc)
    words = int((doc.get("stats") or {}).get("words") or 0)
    if findings is None or readability is None:
        return []
    now = real_score(findings, words, readability)
    candidates: list[dict[str, Any]] = []
    for rule in sorted({f.rule for f in findings}):
        kept = [f for f in findings if f.rule != rule]
        mine = [f for f in findings if f.rule == rule]
        after = real_score(kept, words, readability)
        if after > now and rule != "readability.below-target":
            candidates.append({"kind": "rule", "rule": rule, "count": len(mine),
                               "message": mine[0].message, "gain": after - now, "score": after})
    if not readability.meets_target and readability.primary not in readability.unreliable:
        at_target = SimpleNamespace(**{**vars(readability), "meets_target": True})
        kept = [f for f in findings if f.rule != "readability.below-target"]
        after = real_score(kept, words, at_target)
        if after > now:
            candidates.append({"kind": "readability", "rule": "readability.below-target",
                               "count": 1, "message": "", "gain": after - now, "score": after,
                               "target": readability.target})
    candidates.sort(key=lambda c: (-c["gain"], -c["count"], c["rule"]))
    return candidates[:TOP_CHANGES]


def _findings(doc: dict) -> list[Finding] | None:
    try:
        return [Finding(f["rule"], f["category"], f["severity"], f.get("message", ""),
                        needs_review=bool(f.get("needs_review")),
                        extra={"baseline": True} if f.get("baseline") else {})
                for f in doc.get("findings", [])]
    except (KeyError, TypeError, ValueError):      # a hand-edited JSON file: no ranking
        return None


def _readability(doc: dict):
    """The readability result as checker.scoring reads it, from the JSON contract's fields."""
    from checker.profiles import calibration
    from checker.readability import meets
    data = doc.get("readability") or {}
    primary = data.get("primary")
    target = (data.get("target") or {}).get(primary)
    value = (data.get("scores") or {}).get(primary)
    if primary is None or target is None or value is None:
        return SimpleNamespace(primary=None, unreliable=[None], meets_target=True, target=None)
    try:
        met = meets(primary, value, target)
    except KeyError:
        return None
    return SimpleNamespace(primary=primary, target=target, primary_score=value,
                           unreliable=list(data.get("unreliable") or []), meets_target=met,
                           flesch_points=calibration(primary)[1])

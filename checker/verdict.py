"""The verdict: whether a finding counts, whether a document and a run pass (DESIGN.md, "Score" and
"Exit codes"). It is decided here, once, on the JSON-contract dict, after suppressions, --diff-base
and the baseline have done their work; the engine, the commands and the reports only read it.

A finding counts unless a person must decide it (`needs_review`, ACT's "cannot tell") or a
baseline accepted it. A counted finding fails the run at or above `fail_on`. A document passes when
no finding fails it and its score is at or above `min_score` (where set). The run exits 3 when an
engine failed (3 wins over 1), 1 when a document failed, else 0.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from checker.errors import EXIT_ENGINE, EXIT_FINDINGS, EXIT_OK
from checker.findings import SEVERITIES, at_least

if TYPE_CHECKING:
    from checker.config import Settings

__all__ = ["counts", "decide", "document_passes", "exit_code", "fails"]


def counts(finding: Mapping[str, Any]) -> bool:
    """Whether a finding weighs on the score and on pass/fail."""
    return not finding.get("needs_review") and not finding.get("baseline")


def fails(finding: Mapping[str, Any], fail_on: str) -> bool:
    """Whether a finding fails its document at this `fail_on` ('never': nothing fails)."""
    return counts(finding) and at_least(finding["severity"], fail_on)


def document_passes(document: Mapping[str, Any], fail_on: str, min_score: int | None) -> bool:
    if any(fails(f, fail_on) for f in document.get("findings", [])):
        return False
    return min_score is None or document.get("score", 100) >= min_score


def decide(result: dict, settings: "Settings | None" = None) -> dict:
    """Set each document's `passed` and the summary (in place; returns `result`).

    `settings` gives fail_on and min_score per path (overrides included); without it, the
    defaults apply (fail on errors, no minimum score). `summary.findings` counts the findings a
    baseline did not accept, `summary.baseline` (only where a baseline was applied) those it did.
    """
    passed = 0
    totals = {s: 0 for s in SEVERITIES}
    accepted = dict(totals)
    baselined = False
    for document in result.get("documents", []):
        fail_on, min_score = _gate(document["path"], settings)
        document["passed"] = document_passes(document, fail_on, min_score)
        passed += document["passed"]
        for finding in document.get("findings", []):
            (accepted if finding.get("baseline") else totals)[finding["severity"]] += 1
            baselined = baselined or "baseline" in finding
    summary = result.setdefault("summary", {})
    summary.update({"documents": len(result.get("documents", [])), "passed": passed,
                    "findings": totals})
    if baselined:
        summary["baseline"] = accepted
    return result


def exit_code(result: Mapping[str, Any]) -> int:
    if result.get("summary", {}).get("engine_failures"):
        return EXIT_ENGINE
    return EXIT_OK if all(d["passed"] for d in result.get("documents", [])) else EXIT_FINDINGS


def _gate(path: str, settings: "Settings | None") -> tuple[str, int | None]:
    if settings is None:
        return "error", None
    local = settings.for_path(path)
    return local.fail_on, local.min_score

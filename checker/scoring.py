"""The document score (0-100) (DESIGN.md, "Score"); pass/fail is checker.verdict's.

    score = round(READABILITY_SHARE * R + (1 - READABILITY_SHARE) * F)

R, readability: 100 when the primary formula meets the profile's target, minus
    READABILITY_SLOPE points per Flesch-equivalent point below it (a point of the language's own
    scale is worth `flesch_points`, checker/profiles.py), floored at 0. When the primary formula is unreliable
    (under 100 words) R is 100: a short notice is not punished for being short.
F, findings: 100 * exp(-D / DENSITY_SCALE), where D is the sum of SEVERITY_WEIGHTS over the findings
    per 100 words (counting at least 100 words, so a 20-word text with one warning is not ruined).
    Findings that do not count (checker.verdict.counts: needs-review ones) weigh nothing.
An `input` finding that is not mere information (an unreadable, empty or too large file) makes the
score 0; an info note (the file was Latin-1 and was decoded) does not.

Monotonic: removing a finding lowers D, so F rises; R does not depend on findings. Bounded: R and F
lie in [0, 100]. Fair across languages: R compares each language's own formula to its own target,
calibrated to the same audience (checker/profiles.py), and D is per 100 words.
"""
from __future__ import annotations

import math

from checker.verdict import counts

SEVERITY_WEIGHTS = {"error": 4.0, "warning": 1.0, "info": 0.25}
READABILITY_SHARE = 0.5
READABILITY_SLOPE = 1.0
DENSITY_SCALE = 4.0
MIN_WORDS_FOR_DENSITY = 100


def readability_part(result) -> float:
    if result is None or result.primary in result.unreliable:
        return 100.0
    gap = result.target - result.primary_score
    if result.meets_target or gap <= 0:
        return 100.0
    return max(0.0, 100.0 - READABILITY_SLOPE * result.flesch_points * gap)


def findings_part(findings, words: int) -> float:
    weight = sum(SEVERITY_WEIGHTS[f.severity] for f in findings if counts(f.to_dict()))
    density = 100.0 * weight / max(words, MIN_WORDS_FOR_DENSITY)
    return 100.0 * math.exp(-density / DENSITY_SCALE)


def score(findings, words: int, readability) -> int:
    if any(f.category == "input" and f.severity != "info" for f in findings):
        return 0
    value = (READABILITY_SHARE * readability_part(readability)
             + (1 - READABILITY_SHARE) * findings_part(findings, words))
    return max(0, min(100, int(math.floor(value + 0.5))))


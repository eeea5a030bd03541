"""The score: bounded, monotonic, 0 for unreadable input, per 100 words; values worked on paper."""
import math

import pytest

from checker.findings import Finding
from checker.readability import ReadabilityResult
from checker.scoring import findings_part, readability_part, score
from checker.verdict import document_passes


def finding(severity, **kw):
    return Finding("x.rule", "style", severity, "m", **kw)


def result(value, target=60, unreliable=(), points=1.0):
    return ReadabilityResult("flesch_reading_ease", target, {"flesch_reading_ease": value},
                             list(unreliable), flesch_points=points)


def test_readability_part_on_paper():
    assert readability_part(result(65)) == 100
    assert readability_part(result(50)) == 90                   # 10 points below: 100 - 1 * 10
    assert readability_part(result(50, points=1.47)) == pytest.approx(85.3)   # 100 - 1.47 * 10
    assert readability_part(result(-80)) == 0                   # floored
    assert readability_part(result(10, unreliable=["flesch_reading_ease"])) == 100


def test_findings_part_on_paper():
    # 2 warnings + 1 error in 200 words: D = 100 * (1 + 1 + 4) / 200 = 3; F = 100 * exp(-3/4) = 47.24
    fs = [finding("warning"), finding("warning"), finding("error")]
    assert findings_part(fs, 200) == pytest.approx(100 * math.exp(-0.75))
    # Short texts count as 100 words: one warning in 20 words is D = 1, F = 77.88
    assert findings_part([finding("warning")], 20) == pytest.approx(100 * math.exp(-0.25))
    # needs_review findings do not count
    assert findings_part([finding("info", needs_review=True)], 100) == 100


def test_score_blends_halves_and_rounds():
    # R = 90, F = 100 * exp(-1/4) = 77.88: 0.5 * 90 + 0.5 * 77.88 = 83.94 -> 84
    assert score([finding("warning")], 100, result(50)) == 84


def test_monotonic_and_bounded():
    fs = [finding(s) for s in ("error", "warning", "info", "warning", "error")]
    values = [score(fs[:n], 150, result(40)) for n in range(len(fs), -1, -1)]
    assert values == sorted(values)          # removing findings never lowers the score
    assert all(0 <= v <= 100 for v in values)
    assert score([], 150, result(90)) == 100


def test_unreadable_input_scores_zero():
    unreadable = Finding("input.undecodable", "input", "error", "binary")
    assert score([unreadable], 0, None) == 0
    empty = Finding("input.empty", "input", "warning", "no text")
    assert score([empty], 0, result(0, unreliable=["flesch_reading_ease"])) == 0
    encoding_note = Finding("input.encoding", "input", "info", "Latin-1")
    assert score([encoding_note], 100, result(70)) > 0


def passed(findings, doc_score, fail_on, min_score):
    document = {"score": doc_score, "findings": [f.to_dict() for f in findings]}
    return document_passes(document, fail_on, min_score)


def test_passed_gate():
    assert passed([finding("warning")], 90, "error", None)
    assert not passed([finding("warning")], 90, "warning", None)
    assert not passed([], 59, "error", 60)
    assert passed([finding("error", needs_review=True)], 90, "error", None)
    assert passed([finding("error")], 90, "never", None)


def test_a_finding_a_baseline_accepted_does_not_fail():
    document = {"score": 90, "findings": [{**finding("error").to_dict(), "baseline": True}]}
    assert document_passes(document, "error", None)

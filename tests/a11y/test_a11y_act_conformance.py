"""Every W3C ACT test case of the rules lisible implements, with the outcome the rule's authors wrote
(cases.json): a failed example must get a finding tagged with the ACT id, a passed or inapplicable
one none; a needs_review finding is "cannot tell", consistent either way (DESIGN.md, "Findings")."""
from pathlib import Path

import pytest

from checker.rules.a11y.conformance import IMPLEMENTED, findings_for, judge, load_cases

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "act-rules"
CASES = load_cases(CORPUS) if (CORPUS / "cases.json").is_file() else []
needs_corpus = pytest.mark.skipif(not CASES, reason=f"ACT corpus not found at {CORPUS}")


@needs_corpus
@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}/{c.path.name}")
def test_case_is_judged_consistently(case):
    found = findings_for(case)
    verdict = judge(case.outcome, found)
    assert verdict != "wrong", (case.outcome, case.description, [f.message for f in found])


@needs_corpus
def test_every_implemented_rule_has_cases_and_most_are_decided():
    rules_seen = {c.rule_id for c in CASES}
    assert rules_seen == set(IMPLEMENTED)
    verdicts = [judge(c.outcome, findings_for(c)) for c in CASES]
    # "Cannot tell" is reserved for what the HTML alone cannot decide (what an image shows, where
    # two addresses lead): the ACT rules 9eb3f6 and b20e66 (29 cases of 183) and short texts.
    assert verdicts.count("right") / len(verdicts) >= 0.85


def test_judge_follows_act_reports():
    from checker.findings import Finding
    definite = Finding("a11y.link-name", "accessibility", "error", "m", standards=("ACT:c487ae",))
    review = Finding("a11y.link-name", "accessibility", "info", "m", needs_review=True)
    assert judge("failed", [definite]) == "right"
    assert judge("failed", []) == "wrong"
    assert judge("failed", [review]) == "cannot tell"
    assert judge("passed", []) == "right"
    assert judge("inapplicable", [definite]) == "wrong"
    assert judge("passed", [review]) == "cannot tell"


@needs_corpus
def test_report_script_lists_every_implemented_rule(tmp_path):
    import runpy
    script = Path(__file__).resolve().parents[2] / "scripts" / "gen_act_report.py"
    module = runpy.run_path(str(script), run_name="gen_act_report")
    out = tmp_path / "act.md"
    assert module["main"](["--corpus", str(CORPUS), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    for rule_id in IMPLEMENTED:
        assert f"[{rule_id}]" in text
    assert "| **all** | | | **183** |" in text   # 183 examples for the 12 rules in the corpus README

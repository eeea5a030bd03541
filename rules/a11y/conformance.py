"""Running lisible on the W3C ACT rules' test cases, judged as ACT implementation reports judge
(https://www.w3.org/WAI/standards-guidelines/act/implementations/): an implementation's answer on
an example is right when a failed example gets a finding tagged with the rule's ACT id and a passed
or inapplicable one gets none; a needs_review finding is "cannot tell", consistent with any
expected outcome (DESIGN.md, "Findings"); anything else is wrong.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from checker.findings import Finding

# The ACT rules lisible implements, each with the rule id of the check that answers it.
IMPLEMENTED = {
    "b5c3f8": "a11y.page-lang-missing",
    "bf051a": "a11y.page-lang-invalid",
    "de46e4": "a11y.element-lang-invalid",
    "ucwvc8": "a11y.page-lang-mismatch",
    "off6ek": "a11y.element-lang-mismatch",
    "2779a5": "a11y.title-missing",
    "23a2a8": "a11y.img-alt-missing",
    "9eb3f6": "a11y.img-alt-filename",
    "59796f": "a11y.image-button-name",
    "c487ae": "a11y.link-name",
    "b20e66": "a11y.link-identical-name",
    "ffd0e9": "a11y.heading-empty",
}
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Case:
    rule_id: str
    rule_name: str
    outcome: str          # passed | failed | inapplicable
    path: Path
    description: str


def load_cases(corpus: Path) -> list[Case]:
    data = json.loads((corpus / "cases.json").read_text(encoding="utf-8"))
    return [Case(c["rule_id"], c["rule_name"], c["outcome"], corpus / c["file"], c["description"])
            for c in data["cases"] if c["rule_id"] in IMPLEMENTED]


def findings_for(case: Case) -> list[Finding]:
    """The findings tagged with the case's ACT rule. A file that is not HTML (the SVG and MathML
    examples) is not a page lisible checks as HTML, so it gets none."""
    if case.path.suffix.lower() not in HTML_SUFFIXES:
        return []
    from checker.rules.a11y import check_page
    from checker.sources.html import load
    doc = load(case.path.read_text(encoding="utf-8"), str(case.path))
    tag = f"ACT:{case.rule_id}"
    return [f for f in check_page(doc) if tag in f.standards]


def judge(outcome: str, findings: list[Finding]) -> str:
    """'right', 'cannot tell' or 'wrong' (see the module docstring)."""
    definite = [f for f in findings if not f.needs_review]
    if outcome == "failed":
        if definite:
            return "right"
        return "cannot tell" if findings else "wrong"
    if not findings:
        return "right"
    return "wrong" if definite else "cannot tell"

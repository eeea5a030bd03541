"""EARL 1.0 (W3C Evaluation and Report Language) as JSON-LD: the format of ACT implementation
reports and of axe's axe-reporter-earl, which auditors' tools import.

One earl:TestSubject per document (its path as dct:source) holding one earl:Assertion per test:
- each W3C ACT rule lisible implements (checker/rules/a11y/conformance.py), test IRI
  https://www.w3.org/WAI/standards-guidelines/act/rules/{id}/;
- each WCAG 2.2 success criterion lisible has a check for, test IRI https://www.w3.org/TR/WCAG22/#...

Outcomes (EARL 1.0 Schema, §2.7 OutcomeValue): earl:failed for a definite finding citing the test;
earl:cantTell where every such finding needs review (DESIGN.md: ACT's "cannot tell");
earl:inapplicable where the test does not apply: an ACT rule on a document that is not an HTML
page, or an image or heading rule on a page where the result shows no such element;
earl:passed otherwise; earl:untested for a success criterion lisible has no check for in the
document's format (checker/criteria.py). Findings a baseline accepted still count: an audit states
what is, not what a team agreed to live with.
"""
from __future__ import annotations

import json

from checker import __version__
from checker import standards as std
from checker.criteria import CANNOT_TELL, FAILED, NOT_CHECKED, PASSED, document_criteria
from checker.reports import RenderOptions, report_format
from checker.reports._ci import PROJECT_URL, documents

CONTEXT = {
    "earl": "http://www.w3.org/ns/earl#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "doap": "http://usefulinc.com/ns/doap#",
    "Assertion": "earl:Assertion",
    "TestResult": "earl:TestResult",
    "TestSubject": "earl:TestSubject",
    "Assertor": "earl:Assertor",
    "Software": "earl:Software",
    "assertedBy": {"@id": "earl:assertedBy", "@type": "@id"},
    "subject": {"@id": "earl:subject", "@type": "@id"},
    "test": {"@id": "earl:test", "@type": "@id"},
    "result": {"@id": "earl:result"},
    "mode": {"@id": "earl:mode", "@type": "@id"},
    "outcome": {"@id": "earl:outcome", "@type": "@id"},
    "info": {"@id": "earl:info"},
    "source": {"@id": "dct:source"},
    "title": {"@id": "dct:title"},
    "description": {"@id": "dct:description"},
    "name": {"@id": "doap:name"},
    "release": {"@id": "doap:release"},
    "revision": {"@id": "doap:revision"},
    "homepage": {"@id": "foaf:homepage", "@type": "@id"},
    "assertions": {"@reverse": "earl:subject"},
}
OUTCOMES = {FAILED: "earl:failed", CANNOT_TELL: "earl:cantTell", PASSED: "earl:passed",
            NOT_CHECKED: "earl:untested"}
ASSERTOR = "_:lisible"
# ACT rules about elements a page may not have, and the block kind that shows one is there.
ELEMENT_EVIDENCE = {"23a2a8": "alt", "9eb3f6": "alt", "ffd0e9": "heading"}


@report_format("earl", "EARL 1.0 as JSON-LD (WCAG 2.2 and ACT outcomes, for audit reports)",
               ".jsonld")
def render(result: dict, options: RenderOptions) -> str:
    graph = [_assertor(result)]
    for n, document in enumerate(documents(result), 1):
        graph.append(_subject(f"_:document{n}", document))
    report = {"@context": CONTEXT, "@graph": graph}
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def _assertor(result: dict) -> dict:
    tool = result.get("tool", {})
    return {"@id": ASSERTOR, "@type": ["Assertor", "Software"], "name": tool.get("name", "lisible"),
            "release": {"revision": tool.get("version", __version__)}, "homepage": PROJECT_URL}


def _subject(node: str, document: dict) -> dict:
    assertions = [_assertion(std.ACT_RULE_URL.format(id=rule), outcome, info)
                  for rule, (outcome, info) in act_outcomes(document).items()]
    for ref, state in document_criteria(document).items():
        test = std.url(ref)
        if test is None:        # document_criteria names only criteria lisible knows
            continue
        info = "; ".join(_messages(document, ref)) or None
        assertions.append(_assertion(test, OUTCOMES[state], info))
    return {"@id": node, "@type": "TestSubject", "source": document["path"],
            "assertions": assertions}


def _assertion(test: str, outcome: str, info: str | None) -> dict:
    result = {"@type": "TestResult", "outcome": outcome}
    if info:
        result["info"] = info
    return {"@type": "Assertion", "assertedBy": ASSERTOR, "test": test,
            "mode": "earl:automatic", "result": result}


def act_outcomes(document: dict) -> dict[str, tuple[str, str | None]]:
    """{ACT rule id: (EARL outcome, the findings' messages)} for every ACT rule lisible implements."""
    from checker.rules.a11y.conformance import IMPLEMENTED
    kinds = {block.get("kind") for block in document.get("blocks", [])}
    out = {}
    for rule in IMPLEMENTED:
        cited = [f for f in document.get("findings", []) if f"ACT:{rule}" in f.get("standards", ())]
        info = "; ".join(_located(f) for f in cited) or None
        if any(not f.get("needs_review") for f in cited):
            out[rule] = ("earl:failed", info)
        elif cited:
            out[rule] = ("earl:cantTell", info)
        elif document.get("format") != "html" or (
                rule in ELEMENT_EVIDENCE and ELEMENT_EVIDENCE[rule] not in kinds):
            out[rule] = ("earl:inapplicable", None)
        else:
            out[rule] = ("earl:passed", None)
    return out


def _messages(document: dict, reference: str) -> list[str]:
    return [_located(f) for f in document.get("findings", []) if reference in f.get("standards", ())]


def _located(finding: dict) -> str:
    return f"{finding['line']}:{finding['column']} {finding['rule']}: {finding['message']}"

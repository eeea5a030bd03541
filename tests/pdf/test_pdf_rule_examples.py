"""Every example of every PDF accessibility rule (rules/a11y/rules.yaml, format: pdf): a `trigger`
PDF gets a finding of that rule, a `no_trigger` PDF none."""
import pytest

from checker.rules.a11y import check_pdf, rules
from checker.sources import load_bytes

from pdf_helpers import pdfgen

EXAMPLES = [(rule.id, kind, data) for rule in rules().values() if rule.format == "pdf"
            for kind in ("trigger", "no_trigger") for data in rule.examples.get(kind, [])]


@pytest.mark.parametrize("rule_id, kind, data", EXAMPLES,
                         ids=[f"{r}-{k}-{i}" for i, (r, k, _) in enumerate(EXAMPLES)])
def test_pdf_rule_example(rule_id, kind, data):
    doc = load_bytes(pdfgen.build(pdfgen.spec_from_data(data)), "example.pdf")
    assert not doc.notes, [n.message for n in doc.notes]
    fired = [f for f in check_pdf(doc) if f.rule == rule_id]
    assert bool(fired) == (kind == "trigger"), [f.message for f in fired]


def test_every_pdf_rule_has_examples_both_ways():
    pdf_rules = [r for r in rules().values() if r.format == "pdf"]
    assert len(pdf_rules) == 10
    for rule in pdf_rules:
        assert rule.examples.get("trigger") and rule.examples.get("no_trigger"), rule.id

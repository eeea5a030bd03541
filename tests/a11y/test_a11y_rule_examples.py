"""Every example of every accessibility rule (rules/a11y/rules.yaml): a `trigger` example must get a
finding of that rule, a `no_trigger` example none. And every rule carries what DESIGN.md asks."""
import re

import pytest

from checker.findings import CATEGORIES, SEVERITIES
from checker.rules.a11y import check_page, rules
from checker.sources.html import load

EXAMPLES = [(rule.id, kind, text) for rule in rules().values() if rule.format == "html"
            for kind in ("trigger", "no_trigger") for text in rule.examples.get(kind, [])]


@pytest.mark.parametrize("rule_id, kind, html", EXAMPLES,
                         ids=[f"{r}-{k}-{i}" for i, (r, k, _) in enumerate(EXAMPLES)])
def test_rule_example(rule_id, kind, html):
    fired = [f for f in check_page(load(html, "example.html")) if f.rule == rule_id]
    assert bool(fired) == (kind == "trigger"), [f.message for f in fired]


@pytest.mark.parametrize("rule", list(rules().values()), ids=lambda r: r.id)
def test_rule_is_documented(rule):
    assert rule.id.startswith("a11y.")
    assert rule.category in CATEGORIES and rule.severity in SEVERITIES
    assert rule.examples.get("trigger") and rule.examples.get("no_trigger")
    assert rule.source.startswith("https://www.w3.org/")
    assert rule.rationale.strip()
    assert any(re.fullmatch(r"WCAG22:\d\.\d\.\d+", s) for s in rule.standards)
    for key, texts in rule.messages.items():
        assert set(texts) >= {"en", "fr"}, key
    if rule.needs_review:
        assert rule.severity == "info"
    if rule.act:
        assert f"ACT:{rule.act.rstrip('/').rsplit('/', 1)[-1]}" in rule.standards


@pytest.mark.parametrize("lang, text", [("en", "Read more"), ("en", "Click here!"),
                                        ("fr", "Cliquez ici"), ("fr", "En savoir plus…"),
                                        ("de", "Hier"), ("de", "Mehr"), ("es", "Leer más"),
                                        ("es", "aquí"), ("it", "Leggi di più"), ("it", "qui")])
def test_vague_link_text_in_each_first_class_language(lang, text):
    html = f'<html lang="{lang}"><title>T</title><h1>T</h1><p><a href="/x">{text}</a></p></html>'
    rules_fired = {f.rule for f in check_page(load(html, "v.html"))}
    assert "a11y.link-text-vague" in rules_fired


@pytest.mark.parametrize("text", ["Read the 2025 annual report", "Hierarchie der Normen",
                                  "Plus de bus la nuit"])
def test_descriptive_link_text_is_not_vague(text):
    html = f'<html lang="en"><title>T</title><h1>T</h1><p><a href="/x">{text}</a></p></html>'
    assert "a11y.link-text-vague" not in {f.rule for f in check_page(load(html, "v.html"))}

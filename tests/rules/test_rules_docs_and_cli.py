"""docs/rules.md stays in step with the packs; `lisible rules list/explain` read the same data."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.rules.commands import rules
from checker.rules.describe import rules_markdown
from checker.catalogue import catalogue

REPO = Path(__file__).resolve().parents[2]


def test_rules_page_is_up_to_date():
    page = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == rules_markdown(catalogue()), \
        "docs/rules.md is out of date: run python scripts/gen_rules_doc.py"


def test_rules_page_lists_every_rule_with_its_source():
    page = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in catalogue():
        assert f"### {rule.id}\n" in page
        assert f"<{rule.source}>" in page


def test_rules_list_filters_by_language_and_category(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)     # no config file upward of here: built-in rules only
    result = CliRunner().invoke(rules, ["list", "--lang", "fr", "--category", "typography"])
    assert result.exit_code == 0
    ids = [line.split()[0] for line in result.output.splitlines()[:-1]]
    assert "fr.typography.space-before-colon" in ids
    assert all(i.startswith("fr.typography.") for i in ids)
    assert result.output.splitlines()[-1] == f"{len(ids)} rules"


def test_rules_explain_shows_message_source_and_examples(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(rules, ["explain", "en.plain.in-order-to"])
    assert result.exit_code == 0
    assert "Source: https://www.gov.uk/" in result.output
    assert "The council met in order to approve the budget." in result.output


def test_rules_explain_unknown_id_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(rules, ["explain", "no.such-rule"])
    assert result.exit_code == 2
    assert "unknown rule `no.such-rule`" in result.output


def test_rules_list_json(tmp_path, monkeypatch):
    import json
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(rules, ["list", "--lang", "de", "--format", "json"])
    assert result.exit_code == 0
    listed = {r["id"]: r for r in json.loads(result.output)}
    assert listed["de.typography.eszett-ch"]["regions"] == "only CH, LI"
    assert listed["common.acronym-undefined"]["language"] == "any"
    assert not any(i.startswith("fr.") for i in listed)


def test_accessibility_rules_are_listed_and_explained(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(rules, ["list", "--category", "accessibility"])
    ids = [line.split()[0] for line in result.output.splitlines()[:-1]]
    assert ids and all(i.startswith("a11y.") for i in ids)
    explained = CliRunner().invoke(rules, ["explain", ids[0]])
    assert explained.exit_code == 0 and "Source: https://" in explained.output

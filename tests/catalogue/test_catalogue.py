"""The rule catalogue knows every id a finding can carry, and says what DESIGN.md asks of each."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import engine
from checker.catalogue import FIX_SAFETY, catalogue, lookup
from checker.config import find_config, load_settings
from checker.findings import CATEGORIES, SEVERITIES
from checker.rules.commands import rules

REPO = Path(__file__).resolve().parents[2]
RELEASES = REPO.parent / "shared" / "corpora" / "releases"
# Folders of texts this project wrote (tests/grammar/data needs LanguageTool: its ids are
# `languagetool.*`, a family the catalogue answers for whatever the id).
TEST_DATA = ("examples", "tests/rules/bad", "tests/rules/clean", "tests/a11y/pages",
             "tests/parity/releases", "tests/data", "tests/text/data", "tests/report/fixtures")


def _findings(paths: list[str], config: Path | None = None) -> list:
    settings = load_settings(config, grammar="off", cache=False)
    result = engine.check_paths(paths, settings)
    engine.check_parity(result, settings)
    return [f for d in result.documents for f in d.findings]


def _unknown(findings) -> list[str]:
    return sorted({f.rule for f in findings if lookup(f.rule) is None})


def test_every_finding_on_the_examples_and_test_data_has_a_catalogue_entry():
    findings = _findings([str(REPO / "examples")], find_config(REPO / "examples"))
    findings += _findings([str(REPO / p) for p in TEST_DATA[1:]])
    assert len({f.rule for f in findings}) > 40      # the data exercises many rules
    assert _unknown(findings) == []
    for f in findings:
        entry = lookup(f.rule)
        assert f.category == entry.category, f.rule
        # A finding that offers a replacement says how safe applying it is; the accessibility
        # rules' suggestions are markup (a lang attribute), which a fix never touches (DESIGN.md).
        if f.suggestions and entry.origin != "a11y":
            assert entry.fix != "none", f"{f.rule} suggests a fix but its entry says fix: none"


@pytest.mark.slow
def test_every_finding_on_the_releases_corpus_has_a_catalogue_entry():
    if not RELEASES.is_dir():
        pytest.skip(f"needs the shared corpora: {RELEASES} is absent")
    findings = _findings([str(RELEASES)])
    assert _unknown(findings) == []


def test_a_finding_with_an_unknown_id_is_caught():
    from checker.findings import Finding
    assert _unknown([Finding("fr.typography.no-such-rule", "typography", "warning", "x")]) == \
        ["fr.typography.no-such-rule"]


@pytest.mark.parametrize("entry", list(catalogue()), ids=lambda e: e.id)
def test_entry_says_what_design_md_asks(entry):
    assert re.fullmatch(r"[a-z0-9]+(\.[a-z0-9-]+)+|[a-z0-9]+\.\*", entry.id), entry.id
    assert entry.title and entry.title[0].isupper()
    assert entry.category in CATEGORIES and entry.severity in SEVERITIES
    assert entry.fix in FIX_SAFETY
    assert entry.source.startswith(("https://", "http://")), entry.id
    assert len(entry.rationale) > 40, entry.id
    for standard in entry.standards:
        assert re.fullmatch(r"WCAG22:\d\.\d\.\d+|ACT:[0-9a-z]{6}", standard), standard


def test_fix_safety_follows_ruffs_model():
    fixes = {e.id: e.fix for e in catalogue()}
    # French typography spaces and doubled words are safe; substitutions and LanguageTool's
    # suggestions change wording and are applied only on request.
    assert fixes["fr.typography.space-before-colon"] == "safe"
    assert fixes["fr.typography.space-before-closing-guillemet"] == "safe"
    assert fixes["common.doubled-word"] == "safe"
    assert fixes["en.plain.in-order-to"] == "unsafe"
    assert fixes["fr.plain.administratif"] == "unsafe"
    assert lookup("languagetool.MORFOLOGIK_RULE_EN_US").fix == "unsafe"
    assert fixes["readability.sentence-too-long"] == "none"


def test_ids_are_unique_and_families_answer_for_their_members():
    ids = [e.id for e in catalogue()]
    assert len(ids) == len(set(ids))
    assert lookup("languagetool.EN_A_VS_AN").id == "languagetool.*"
    assert lookup("languagetool.") is None
    assert lookup("parity.number-mismatch").severity == "error"
    assert lookup("no.such-rule") is None


@pytest.mark.parametrize("rule_id", [
    "readability.sentence-too-long", "readability.below-target", "a11y.img-alt-missing",
    "parity.number-mismatch", "parity.block-missing", "input.undecodable", "input.empty",
    "lisible.internal-error", "lisible.unused-suppression", "vocabulary.reject",
    "languagetool.MORFOLOGIK_RULE_EN_US", "fr.typography.space-before-colon"])
def test_rules_explain_answers(rule_id, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(rules, ["explain", rule_id])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(rule_id + "\n")
    assert "Source: http" in result.output and "fix: " in result.output


def test_rules_explain_answers_for_every_entry(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    from checker.rules.describe import explain
    for entry in catalogue():
        assert explain(entry).startswith(entry.id + "\n" + entry.title)


def test_rules_list_json_carries_title_and_fix(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(rules, ["list", "--format", "json"])
    listed = {r["id"]: r for r in json.loads(result.output)}
    assert len(listed) == len(catalogue())
    assert listed["readability.sentence-too-long"]["title"] == "Sentence too long"
    assert listed["fr.typography.space-before-colon"]["fix"] == "safe"
    assert listed["input.empty"]["category"] == "input"

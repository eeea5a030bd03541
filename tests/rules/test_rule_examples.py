"""Every example of every rule of every built-in pack, plus the meta-checks a pack must pass."""
from __future__ import annotations

import re

import pytest

from checker.rules.loader import builtin_rules
from checker import languages
from rules_helpers import check_text

RULES = builtin_rules()
FIRST_CLASS = ("en", "fr", "de", "es", "it")


def _cases():
    for rule in RULES:
        for expected in ("trigger", "pass"):
            for n, example in enumerate(rule.examples[expected]):
                yield pytest.param(rule, expected, example, id=f"{rule.id}-{expected}-{n}")


def _language(rule, example) -> str:
    if example.get("language"):
        return example["language"]
    lang = rule.language or "en"
    return f"{lang}-{languages.default_region(lang)}"


@pytest.mark.parametrize("rule, expected, example", list(_cases()))
def test_example(rule, expected, example):
    findings = [f for f in check_text(example["text"], _language(rule, example), [rule])
                if f.rule == rule.id]
    if expected == "trigger":
        assert findings, f"{rule.id} should fire on {example['text']!r}"
    else:
        assert not findings, f"{rule.id} should not fire on {example['text']!r}: {findings}"


def test_every_rule_has_id_source_and_examples():
    seen = set()
    for rule in RULES:
        assert re.fullmatch(r"[a-z0-9]+(\.[a-z0-9-]+)+", rule.id), rule.id
        assert rule.id.startswith(rule.pack + "."), rule.id
        assert rule.id not in seen, f"duplicate id {rule.id}"
        seen.add(rule.id)
        assert rule.source.startswith("https://") or rule.source.startswith("http://"), rule.id
        assert len(rule.rationale) > 40, f"{rule.id}: rationale too thin"
        assert rule.examples["trigger"] and rule.examples["pass"], rule.id


def test_common_rules_speak_every_first_class_language():
    for rule in RULES:
        if rule.pack == "common":
            assert set(FIRST_CLASS) <= set(rule.messages), f"{rule.id} lacks a message language"


def test_language_pack_rules_speak_their_language_and_english():
    # English is the fallback for `--ui-lang` (DESIGN.md, "JSON contract").
    for rule in RULES:
        if rule.language:
            assert {rule.language, "en"} <= set(rule.messages), rule.id


def test_each_language_pack_has_its_passive_rule():
    ids = {r.id for r in RULES}
    for lang in FIRST_CLASS:
        assert f"{lang}.style.passive-voice" in ids
        passive = next(r for r in RULES if r.id == f"{lang}.style.passive-voice")
        assert passive.severity == "info"


def _entries(pack: str, ids: tuple[str, ...]) -> int:
    return sum(len(r.entries) for r in RULES if r.id in ids)


@pytest.mark.parametrize("pack, ids, minimum", [
    ("en", ("en.plain.words", "en.plain.govuk-words", "en.plain.in-order-to"), 150),
    ("fr", ("fr.plain.administratif",), 150),
    ("de", ("de.plain.amtsdeutsch", "de.plain.funktionsverb"), 100),
    ("es", ("es.plain.burocratico",), 80),
    ("it", ("it.plain.burocratese",), 80),
])
def test_plain_language_lists_are_long_enough(pack, ids, minimum):
    # Issue 4 asks for these minimum sizes of the plain-language substitution lists.
    assert _entries(pack, ids) >= minimum


def test_acronym_rule_is_the_wcag_one():
    rule = next(r for r in RULES if r.id == "common.acronym-undefined")
    assert rule.category == "style" and rule.standards == ("WCAG22:3.1.4",)

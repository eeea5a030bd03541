"""User packs from config, and the errors a broken pack gives: file, rule and field named."""
from __future__ import annotations

import textwrap

import pytest

from checker.config import Settings
from checker.errors import UsageError
from checker.rules.loader import all_rules, load_pack_file
from rules_helpers import check_text

GOOD_RULE = """
  - id: house.no-synergy
    kind: existence
    category: style
    severity: warning
    terms: [synergy, synergies]
    message: "Avoid “{match}”."
    rationale: "Our house style avoids management jargon such as synergy."
    source: https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style
    examples:
      trigger: ["We found synergies."]
      pass: ["We work together."]
"""


def write(tmp_path, body: str, name="house.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_user_pack_from_config_is_applied(tmp_path):
    path = write(tmp_path, "pack: house\nrules:" + GOOD_RULE)
    settings = Settings(packs=(str(path),))
    found = [f for f in check_text("Synergies help.", "en-US", settings=settings)
             if f.rule == "house.no-synergy"]
    assert [(f.text, f.message, f.span.column) for f in found] == [("Synergies", "Avoid “Synergies”.", 1)]


def test_user_pack_language_limits_it(tmp_path):
    path = write(tmp_path, "pack: house\nlanguage: fr\nrules:" + GOOD_RULE)
    settings = Settings(packs=(str(path),))
    found = check_text("Synergies help.", "en-US", settings=settings)
    assert not [f for f in found if f.rule.startswith("house.")]


@pytest.mark.parametrize("change, field, problem", [
    (("source: https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style", ""), "source", "required"),
    (("source: https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style",
      "source: see the guide"), "source", "URL"),
    (("kind: existence", "kind: magic"), "kind", "unknown kind"),
    (("severity: warning", "severity: fatal"), "severity", "must be one of"),
    (("terms: [synergy, synergies]", "patterns: ['(unclosed']"), "patterns", "invalid regular expression"),
    (('      pass: ["We work together."]', ""), "examples", "trigger"),
    (("    terms:", "    colour: red\n    terms:"), "colour", "unknown field"),
])
def test_broken_pack_names_file_rule_and_field(tmp_path, change, field, problem):
    old, new = change
    body = GOOD_RULE.replace(old, new)
    assert body != GOOD_RULE
    path = write(tmp_path, "pack: house\nrules:" + body)
    with pytest.raises(UsageError) as err:
        load_pack_file(path)
    message = str(err.value)
    assert str(path) in message and "house.no-synergy" in message
    assert f"`{field}`" in message and problem in message


def test_rule_id_must_start_with_the_pack(tmp_path):
    path = write(tmp_path, "pack: other\nrules:" + GOOD_RULE)
    with pytest.raises(UsageError, match=r"house\.no-synergy.*`id`.*other\."):
        load_pack_file(path)


def test_invalid_yaml_names_the_line(tmp_path):
    path = write(tmp_path, "rules:\n  - id: x\n    kind: [unclosed\n")
    with pytest.raises(UsageError, match=r"invalid YAML \(line \d+\)"):
        load_pack_file(path)


def test_missing_pack_file_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="rule pack not found"):
        all_rules(Settings(packs=(str(tmp_path / "nope.yaml"),)))


def test_user_rule_may_not_reuse_a_builtin_id(tmp_path):
    body = GOOD_RULE.replace("house.no-synergy", "common.shouting")
    path = write(tmp_path, "pack: common\nrules:" + body)
    with pytest.raises(UsageError, match="already defined"):
        all_rules(Settings(packs=(str(path),)))


def test_the_documented_user_pack_example_loads_and_works(tmp_path):
    from checker.rules.describe import USER_PACK_EXAMPLE
    path = write(tmp_path, USER_PACK_EXAMPLE)
    (rule,) = load_pack_file(path)
    assert rule.id == "house.no-synergy" and rule.language == "en"
    found = check_text("The merger creates synergies.", "en-GB", [rule])
    assert [(f.text, f.span.column) for f in found] == [("synergies", 20)]

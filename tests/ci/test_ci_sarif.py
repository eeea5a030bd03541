"""SARIF 2.1.0: every output valid against the official schema; regions, rules, fingerprints."""

import pytest

from checker import baseline
from ci_results import REPO, RELEASE, document, finding, release_doc, result, valid_sarif


def _odd_document():
    """A needs-review info, a two-line span, a whole-document finding, a path with a space."""
    source = "Résumé de l'opération\n\nLe service « entier» ouvre\nle 4 mai.\n"
    return document("press/fr 2026/op.md", source, [
        finding("readability.below-target", "warning", 1, 1, 1, 1, ""),
        ("fr.typography.space-before-closing-guillemet", "warning", "entier»", 0),
        finding("a11y.link-text-unclear", "info", 3, 22, 4, 2, "ouvre le", needs_review=True),
    ])


def test_every_output_is_valid_sarif(validator):
    outputs = [
        result(),
        result(release_doc()),
        result(release_doc(), _odd_document()),
        baseline.apply(result(release_doc()), baseline.create(result(release_doc()))),
        result(document("/abs/path/a.txt", "Plain text.\n")),
    ]
    for res in outputs:
        for quiet in (False, True):
            valid_sarif(res, validator, quiet=quiet, fail_on="warning")


def test_run_tool_and_rules(validator):
    run = valid_sarif(result(release_doc()), validator)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("lisible", "0.1.0")
    assert driver["informationUri"].startswith("https://")
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert sorted(rules) == ["en.plain.going-forward", "en.plain.leverage"]
    going = rules["en.plain.going-forward"]
    assert going["helpUri"].endswith("docs/rules.md#enplaingoing-forward")
    assert going["defaultConfiguration"] == {"level": "error"}
    assert going["name"] == "GoingForward"
    for key in ("shortDescription", "fullDescription"):
        assert going[key]["text"]
    for res in run["results"]:
        assert driver["rules"][res["ruleIndex"]]["id"] == res["ruleId"]


def test_regions_use_exclusive_end_columns(validator):
    run = valid_sarif(result(release_doc()), validator)["runs"][0]
    first = run["results"][0]
    assert first["ruleId"] == "en.plain.leverage" and first["level"] == "warning"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "press/bus.txt", "uriBaseId": "%SRCROOT%"}
    # "leverage" on line 3, columns 15 to 22 inclusive: SARIF's endColumn is the one after.
    assert location["region"] == {"startLine": 3, "startColumn": 15, "endLine": 3, "endColumn": 23}
    assert [r["ruleId"] for r in run["results"]] == \
        ["en.plain.leverage", "en.plain.going-forward", "en.plain.leverage"]
    assert run["results"][1]["level"] == "error"


def test_odd_findings(validator):
    results = valid_sarif(result(_odd_document()), validator)["runs"][0]["results"]
    by_rule = {r["ruleId"]: r for r in results}
    whole = by_rule["readability.below-target"]["locations"][0]["physicalLocation"]
    assert whole["region"] == {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1}
    assert whole["artifactLocation"]["uri"] == "press/fr%202026/op.md"
    guillemet = by_rule["fr.typography.space-before-closing-guillemet"]
    # "Le service « entier»": `entier»` starts at column 14 and ends at 20.
    assert guillemet["locations"][0]["physicalLocation"]["region"] == \
        {"startLine": 3, "startColumn": 14, "endLine": 3, "endColumn": 21}
    review = by_rule["a11y.link-text-unclear"]
    assert (review["kind"], review["level"]) == ("review", "none")


def test_partial_fingerprints_survive_lines_added_above(validator):
    def prints(source):
        res = result(release_doc(source=source))
        return [r["partialFingerprints"] for r in valid_sarif(res, validator)["runs"][0]["results"]]
    before, after = prints(RELEASE), prints("Updated 2 May\n\n" + RELEASE)
    assert before == after
    assert len({p["lisibleFingerprint/v1"] for p in before}) == 3


def test_baseline_state_and_quiet(validator):
    known = baseline.create(result(release_doc()))
    edited = RELEASE + "\nWe will synergise timetables.\n"
    doc = document("press/bus.txt", edited, [
        ("en.plain.leverage", "warning", "leverage", 0), ("en.plain.leverage", "warning", "leverage", 1),
        ("en.plain.going-forward", "error", "going forward", 0),
        ("en.plain.synergise", "error", "synergise", 0)])
    applied = baseline.apply(result(doc), known)
    states = [(r["ruleId"], r["baselineState"])
              for r in valid_sarif(applied, validator)["runs"][0]["results"]]
    assert states == [("en.plain.leverage", "unchanged"), ("en.plain.going-forward", "unchanged"),
                      ("en.plain.leverage", "unchanged"), ("en.plain.synergise", "new")]
    quiet = valid_sarif(applied, validator, quiet=True)["runs"][0]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
            for r in quiet["results"]] == [("en.plain.synergise", 8)]
    assert [rule["id"] for rule in quiet["tool"]["driver"]["rules"]] == ["en.plain.synergise"]
    assert "baselineState" not in valid_sarif(result(doc), validator)["runs"][0]["results"][0]


def test_rule_metadata_comes_from_the_rule_packs(validator):
    rules = pytest.importorskip("checker.rules")
    if rules.find_rule("common.acronym-undefined") is None:
        pytest.skip("the common pack has no common.acronym-undefined rule")
    # The pack says severity warning; config raised this finding to error.
    doc = document("a.txt", "The FSO met today.\n",
                   [("common.acronym-undefined", "error", "FSO", 0)])
    (rule,) = valid_sarif(result(doc), validator)["runs"][0]["tool"]["driver"]["rules"]
    assert rule["defaultConfiguration"] == {"level": "warning"}
    # GitHub's anchor for the heading "### common.acronym-undefined" drops the dots.
    assert rule["helpUri"].endswith("/docs/rules.md#commonacronym-undefined")
    rules_doc = REPO / "docs" / "rules.md"
    if rules_doc.is_file():
        assert "\n### common.acronym-undefined\n" in rules_doc.read_text(encoding="utf-8")
    assert rule["shortDescription"]["text"].startswith("Readers who do not know an abbreviation")
    assert rule["fullDescription"]["text"].endswith(
        "Source: https://www.w3.org/WAI/WCAG22/Understanding/abbreviations.html")


def test_standards_that_mix_numbers_and_words_are_ordered_without_a_crash():
    # Found by tests/security/test_security_fuzz.py: a results file whose findings cite "6" and
    # "{{ x }}" made the sort of a rule's references compare a number with a text.
    import json

    from checker.reports import RenderOptions, load_format
    from checker.reports.sarif import _standard_order
    render = load_format("sarif").render
    assert sorted(["{{ x }}", "6", "WCAG22:1.4.10", "WCAG22:1.4.3"], key=_standard_order)[-2:] \
        == ["WCAG22:1.4.3", "WCAG22:1.4.10"]
    doc = document("a.md", "Hello there.\n", [finding("x.rule", "warning", 1, 1, 1, 5, "Hello")])
    doc["findings"][0]["standards"] = ["6", "{{ x }}"]
    rules = json.loads(render(result(doc), RenderOptions()))["runs"][0]["tool"]["driver"]["rules"]
    assert rules[0]["id"] == "x.rule"

"""JUnit XML (structure, and tests/ci/junit.xsd where xmlschema is installed) and GitLab Code
Quality JSON."""
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from checker import baseline
from checker.reports import RenderOptions, load_formats
from ci_results import RELEASE, document, finding, release_doc, result

FORMATS = load_formats()
XSD = Path(__file__).with_name("junit.xsd")


def junit(res, **options) -> ET.Element:
    text = FORMATS["junit"].render(res, RenderOptions(**options))
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    try:
        import xmlschema
    except ImportError:
        xmlschema = None   # structure is still checked below, by hand
    if xmlschema is not None:
        xmlschema.XMLSchema(str(XSD)).validate(text)
    root = ET.fromstring(text.split("\n", 1)[1])
    _check_structure(root)
    return root


def _check_structure(root: ET.Element) -> None:
    assert root.tag == "testsuites"
    (suite,) = root
    assert suite.tag == "testsuite"
    cases = list(suite)
    assert all(case.tag == "testcase" and case.get("name") and case.get("classname")
               for case in cases)
    failed = sum(1 for case in cases if case.find("failure") is not None)
    for element in (root, suite):
        assert element.get("tests") == str(len(cases))
        assert element.get("failures") == str(failed)
    for case in cases:
        tags = [child.tag for child in case]
        assert tags == sorted(tags, key=lambda t: t != "failure")   # failures, then system-out
        assert tags.count("system-out") <= 1
        for failure in case.findall("failure"):
            assert failure.get("message") and failure.get("type")


def test_xsd_validation_is_available():
    pytest.importorskip("xmlschema", reason="xmlschema not installed: JUnit XSD check skipped "
                                            "(the structure is still checked by hand)")
    import xmlschema
    bad = '<testsuites tests="x" failures="0"/>'
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        xmlschema.XMLSchema(str(XSD)).validate(bad)


def test_one_testcase_per_document_one_failure_per_finding_at_fail_on():
    clean = document("b.txt", "All clear.\n")
    root = junit(result(release_doc("a.txt"), clean))
    cases = root.find("testsuite").findall("testcase")
    assert [c.get("name") for c in cases] == ["a.txt", "b.txt"]
    assert root.get("tests") == "2" and root.get("failures") == "1"
    (failure,) = cases[0].findall("failure")
    assert failure.get("type") == "en.plain.going-forward"
    assert failure.get("message") == "Message of en.plain.going-forward."
    assert failure.text.startswith("a.txt:6:46: error en.plain.going-forward")
    assert cases[0].find("system-out").text.splitlines() == [
        "a.txt:3:15: warning en.plain.leverage: Message of en.plain.leverage.",
        "a.txt:6:74: warning en.plain.leverage: Message of en.plain.leverage."]
    assert list(cases[1]) == []


def test_fail_on_warning_and_quiet():
    root = junit(result(release_doc()), fail_on="warning", quiet=True)
    (case,) = root.iter("testcase")
    assert [f.get("type") for f in case.findall("failure")] == \
        ["en.plain.leverage", "en.plain.going-forward", "en.plain.leverage"]
    assert case.find("system-out") is None
    never = result(release_doc())
    never["documents"][0]["passed"] = True   # as the engine decides it with fail_on never
    assert junit(never, fail_on="never").get("failures") == "0"


def test_baseline_findings_do_not_fail_and_score_failures_do():
    applied = baseline.apply(result(release_doc()), baseline.create(result(release_doc())))
    (case,) = junit(applied).iter("testcase")
    assert case.find("failure") is None
    assert "(baseline)" in case.find("system-out").text
    low = document("c.txt", "Fine.\n", [], score=20, passed=False)
    (case,) = junit(result(low)).iter("testcase")
    assert case.find("failure").get("type") == "lisible.min-score"


def test_text_xml_cannot_carry_is_replaced():
    doc = document("a.txt", "x\n", [finding("x.rule", "error", 1, 1, 1, 1, "x",
                                            message="bell \x07 and <tag> & \"quote\"")])
    (failure,) = junit(result(doc)).iter("failure")
    assert failure.get("message") == "bell \ufffd and <tag> & \"quote\""


def gitlab(res, **options) -> list:
    return json.loads(FORMATS["gitlab"].render(res, RenderOptions(**options)))


def test_gitlab_issue_fields_and_severities():
    issues = gitlab(result(release_doc("./press/bus.txt")))
    assert [(i["check_name"], i["severity"], i["location"]) for i in issues] == [
        ("en.plain.leverage", "minor", {"path": "press/bus.txt", "lines": {"begin": 3, "end": 3}}),
        ("en.plain.going-forward", "major", {"path": "press/bus.txt", "lines": {"begin": 6, "end": 6}}),
        ("en.plain.leverage", "minor", {"path": "press/bus.txt", "lines": {"begin": 6, "end": 6}}),
    ]
    assert issues[0]["description"] == "Message of en.plain.leverage."
    assert issues[0]["categories"] == ["Style"] and issues[0]["type"] == "issue"


def test_gitlab_fingerprints_are_unique_and_survive_edits_above():
    twice = "Leverage.\n\nLeverage.\n"
    doc = document("a.txt", twice, [("en.plain.leverage", "warning", "Leverage", k) for k in (0, 1)])
    copy = document("b.txt", twice, [("en.plain.leverage", "warning", "Leverage", k) for k in (0, 1)])
    prints = [i["fingerprint"] for i in gitlab(result(doc, copy))]
    assert len(set(prints)) == 4
    moved = document("a.txt", "Intro.\n\n" + twice,
                     [("en.plain.leverage", "warning", "Leverage", k) for k in (0, 1)])
    assert [i["fingerprint"] for i in gitlab(result(moved))] == prints[:2]


def test_gitlab_leaves_out_baseline_findings_and_needs_review_is_info():
    known = baseline.create(result(release_doc()))
    doc = document("press/bus.txt", RELEASE + "\nWe will synergise.\n", [
        ("en.plain.leverage", "warning", "leverage", 0), ("en.plain.leverage", "warning", "leverage", 1),
        ("en.plain.going-forward", "error", "going forward", 0),
        ("en.plain.synergise", "error", "synergise", 0),
        finding("a11y.link-text-unclear", "warning", 8, 1, 8, 2, "We", needs_review=True)])
    issues = gitlab(baseline.apply(result(doc), known))
    assert [(i["check_name"], i["severity"], i["location"]["lines"]["begin"]) for i in issues] == \
        [("a11y.link-text-unclear", "info", 8), ("en.plain.synergise", "major", 8)]

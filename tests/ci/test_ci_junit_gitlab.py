"""JUnit XML (structure, and tests/ci/junit.xsd where xmlschema is installed) and GitLab Code
Quality JSON."""
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from checker import baseline, verdict
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
    total = failed_total = 0
    for suite in root:
        assert suite.tag == "testsuite" and suite.get("name")
        cases = list(suite)
        assert cases and all(case.tag == "testcase" and case.get("name") and case.get("classname")
                             for case in cases)
        failed = sum(1 for case in cases if case.find("failure") is not None)
        assert suite.get("tests") == str(len(cases)) and suite.get("failures") == str(failed)
        total, failed_total = total + len(cases), failed_total + failed
        for case in cases:
            # One finding, one test case: at most one failure (Jenkins shows only the first).
            assert len(case.findall("failure")) <= 1
            assert len(case.findall("system-out")) <= 1
            for failure in case.findall("failure"):
                assert failure.get("message") and failure.get("type")
    assert root.get("tests") == str(total) and root.get("failures") == str(failed_total)


def test_xsd_validation_is_available():
    pytest.importorskip("xmlschema", reason="xmlschema not installed: JUnit XSD check skipped "
                                            "(the structure is still checked by hand)")
    import xmlschema
    bad = '<testsuites tests="x" failures="0"/>'
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        xmlschema.XMLSchema(str(XSD)).validate(bad)


def test_one_suite_per_document_one_testcase_per_finding():
    clean = document("b.txt", "All clear.\n")
    root = junit(result(release_doc("a.txt"), clean))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["a.txt", "b.txt"]
    # release_doc: "leverage" at 3:15 and 6:74 (warnings), "going forward" at 6:46 (error).
    cases = suites[0].findall("testcase")
    assert [c.get("name") for c in cases] == [
        "en.plain.leverage at 3:15", "en.plain.going-forward at 6:46", "en.plain.leverage at 6:74"]
    assert {c.get("classname") for c in cases} == {"a_txt"}
    assert {c.get("file") for c in cases} == {"a.txt"}
    assert root.get("tests") == "4" and root.get("failures") == "1"
    assert suites[0].get("tests") == "3" and suites[0].get("failures") == "1"
    (failure,) = cases[1].findall("failure")
    assert failure.get("type") == "en.plain.going-forward"
    assert failure.get("message") == "Message of en.plain.going-forward."
    assert failure.text.startswith("a.txt:6:46: error en.plain.going-forward")
    assert cases[0].find("failure") is None
    assert cases[0].find("system-out").text == \
        "a.txt:3:15: warning en.plain.leverage: Message of en.plain.leverage."
    (checked,) = suites[1].findall("testcase")
    assert checked.get("name") == "checked" and list(checked) == []


def test_fail_on_warning_and_quiet():
    root = junit(result(release_doc()), fail_on="warning", quiet=True)
    cases = list(root.iter("testcase"))
    assert [c.find("failure").get("type") for c in cases] == \
        ["en.plain.leverage", "en.plain.going-forward", "en.plain.leverage"]
    assert root.get("failures") == "3"
    quiet_error = junit(result(release_doc()), fail_on="error", quiet=True)
    assert [c.get("name") for c in quiet_error.iter("testcase")] == ["en.plain.going-forward at 6:46"]
    never = result(release_doc())
    never["documents"][0]["passed"] = True   # as the engine decides it with fail_on never
    assert junit(never, fail_on="never").get("failures") == "0"


def test_baseline_findings_do_not_fail_and_score_failures_do():
    applied = verdict.decide(baseline.apply(result(release_doc()), baseline.create(result(release_doc()))))
    cases = list(junit(applied).iter("testcase"))
    assert all(case.find("failure") is None for case in cases)
    assert all("(baseline)" in case.find("system-out").text for case in cases)
    low = document("c.txt", "Fine.\n", [], score=20, passed=False)
    (case,) = junit(result(low)).iter("testcase")
    assert case.find("failure").get("type") == "lisible.min-score"


def test_text_xml_cannot_carry_is_replaced():
    doc = document("a.txt", "x\n", [finding("x.rule", "error", 1, 1, 1, 1, "x",
                                            message="bell \x07 and <tag> & \"quote\"")])
    (failure,) = junit(result(doc)).iter("failure")
    assert failure.get("message") == "bell \\x07 and <tag> & \"quote\""   # escaped visibly (issue 13)


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
    issues = gitlab(verdict.decide(baseline.apply(result(doc), known)))
    assert [(i["check_name"], i["severity"], i["location"]["lines"]["begin"]) for i in issues] == \
        [("a11y.link-text-unclear", "info", 8), ("en.plain.synergise", "major", 8)]

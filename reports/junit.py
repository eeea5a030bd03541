"""JUnit XML: one test case per document, one <failure> per finding at or above --fail-on, so CI
systems that read test reports (GitLab `artifacts:reports:junit`, Jenkins, Azure) list them.

There is no single JUnit standard; this follows the shape those readers share (the Ant JUnit task's
output as read by Jenkins' junit plugin): <testsuites> > <testsuite> > <testcase> with <failure
message type> and <system-out>. tests/ci/junit.xsd, written for lisible, pins down that shape.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.baseline import is_failure
from checker.escape import printable
from checker.reports import RenderOptions, report_format
from checker.reports._ci import documents, findings, shown

SUITE_NAME = "lisible"
# Characters XML 1.0 cannot carry, even escaped (XML 1.0 §2.2, production [2] Char).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@report_format("junit", "JUnit XML, one test case per document", ".xml")
def render(result: dict, options: RenderOptions) -> str:
    cases = [_testcase(document, options) for document in documents(result)]
    failed = sum(1 for case in cases if case.find("failure") is not None)
    counts = {"tests": str(len(cases)), "failures": str(failed), "errors": "0"}
    root = ET.Element("testsuites", name=SUITE_NAME, **counts)
    suite = ET.SubElement(root, "testsuite", name=SUITE_NAME, skipped="0", **counts)
    suite.extend(cases)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _testcase(document: dict, options: RenderOptions) -> ET.Element:
    path = _clean(document["path"])
    case = ET.Element("testcase", name=path, classname=SUITE_NAME, file=path)
    other = []
    for finding in findings(document):
        if is_failure(finding, options.fail_on):
            failure = ET.SubElement(case, "failure", message=_clean(finding["message"]),
                                    type=_clean(finding["rule"]))
            failure.text = _describe(path, finding)
        elif shown(finding, options):
            other.append(_describe(path, finding))
    if not document.get("passed", True) and case.find("failure") is None:
        # Failed on its score alone (--min-score): no finding says so, the test case must.
        failure = ET.SubElement(case, "failure", type="lisible.min-score",
                                message=f"Score {document.get('score')} is below the minimum.")
        failure.text = f"{path}: score {document.get('score')}"
    if other:
        ET.SubElement(case, "system-out").text = "\n".join(other)
    return case


def _describe(path: str, finding: dict) -> str:
    known = " (baseline)" if finding.get("baseline") else ""
    return _clean(f"{path}:{finding['line']}:{finding['column']}: {finding['severity']} "
                  f"{finding['rule']}: {finding['message']}{known}")


def _clean(text: str) -> str:
    """One line, every control character escaped visibly (checker.escape), and nothing XML 1.0
    cannot carry: a file name with a control character must not make the report invalid."""
    return _NOT_XML.sub("\ufffd", printable(text))

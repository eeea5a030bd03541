"""JUnit XML: one <testsuite> per document and one <testcase> per finding, so each finding is a
test a CI system lists on its own (Jenkins' junit plugin shows only the first <failure> of a test
case). A finding at or above --fail-on is a failed test case; one below it passes, with its text in
<system-out>. A document with no finding is one passing test case, so it still shows as checked.

There is no single JUnit standard; this follows the shape those readers share (the Ant JUnit task's
output as read by Jenkins' junit plugin, GitLab, Azure): <testsuites> > <testsuite> > <testcase>
with <failure message type> and <system-out>. tests/ci/junit.xsd, written for lisible, pins it.
Test case names say rule and place (`en.plain.leverage at 3:15`); `classname` is the path with
its dots replaced, since Jenkins reads dots in a class name as package separators.
"""
from __future__ import annotations

import re
import tempfile
import xml.etree.ElementTree as ET

from checker.escape import printable
from checker.verdict import fails
from checker.reports import RenderOptions, report_format
from checker.reports._ci import documents, findings, shown

SUITE_NAME = "lisible"
CHECKED = "checked"            # the test case of a document with nothing to report
# Characters XML 1.0 cannot carry, even escaped (XML 1.0 §2.2, production [2] Char).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def stream(documents_in_order, tail, options: RenderOptions):
    """The bytes of `render` with flat memory: the root element carries the run's totals, so each
    document's <testsuite> is written to a temporary file as it comes, and the file is copied out
    after the root's start tag once the totals are known."""
    tests = failures = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spool:
        for document in documents_in_order:
            suite = _testsuite(document, options)
            tests += int(suite.get("tests", "0"))
            failures += int(suite.get("failures", "0"))
            ET.indent(suite, level=1)      # as ET.indent(root) indents it: one level down
            spool.write("\n  " + ET.tostring(suite, encoding="unicode"))
        root = ET.Element("testsuites", name=SUITE_NAME, tests=str(tests),
                          failures=str(failures), errors="0")
        if not spool.tell():       # no document: an empty element, as render writes it
            yield '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
            return
        root.text = "\x00"
        start, end = ET.tostring(root, encoding="unicode").split("\x00")
        yield '<?xml version="1.0" encoding="UTF-8"?>\n' + start
        spool.seek(0)
        while piece := spool.read(1 << 16):
            yield piece
        yield "\n" + end + "\n"


@report_format("junit", "JUnit XML, one test suite per document, one test case per finding", ".xml",
               stream=stream)
def render(result: dict, options: RenderOptions) -> str:
    suites = [_testsuite(document, options) for document in documents(result)]
    tests = sum(int(s.get("tests", "0")) for s in suites)
    failures = sum(int(s.get("failures", "0")) for s in suites)
    root = ET.Element("testsuites", name=SUITE_NAME, tests=str(tests), failures=str(failures),
                      errors="0")
    root.extend(suites)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _testsuite(document: dict, options: RenderOptions) -> ET.Element:
    path = document["path"]
    classname = _clean(path.replace(".", "_"))
    cases = []
    for finding in findings(document):
        if not shown(finding, options):
            continue
        case = ET.Element("testcase", name=_clean(f"{finding['rule']} at {finding['line']}:"
                                                  f"{finding['column']}"),
                          classname=classname, file=_clean(path))
        if fails(finding, options.fail_on):
            failure = ET.SubElement(case, "failure", message=_clean(finding["message"]),
                                    type=_clean(finding["rule"]))
            failure.text = _describe(path, finding)
        else:
            ET.SubElement(case, "system-out").text = _describe(path, finding)
        cases.append(case)
    if not document.get("passed", True) and not any(c.find("failure") is not None for c in cases):
        # Failed on its score alone (--min-score): no finding says so, a test case must.
        case = ET.Element("testcase", name="lisible.min-score", classname=classname,
                          file=_clean(path))
        failure = ET.SubElement(case, "failure", type="lisible.min-score",
                                message=f"Score {document.get('score')} is below the minimum.")
        failure.text = _clean(f"{path}: score {document.get('score')}")
        cases.append(case)
    if not cases:
        cases.append(ET.Element("testcase", name=CHECKED, classname=classname, file=_clean(path)))
    failed = sum(1 for case in cases if case.find("failure") is not None)
    suite = ET.Element("testsuite", name=_clean(path), tests=str(len(cases)), failures=str(failed),
                       errors="0", skipped="0")
    suite.extend(cases)
    return suite


def _describe(path: str, finding: dict) -> str:
    known = " (baseline)" if finding.get("baseline") else ""
    return _clean(f"{path}:{finding['line']}:{finding['column']}: {finding['severity']} "
                  f"{finding['rule']}: {finding['message']}{known}")


def _clean(text: str) -> str:
    """One line, every control character escaped visibly (checker.escape), and nothing XML 1.0
    cannot carry: a file name with a control character must not make the report invalid."""
    return _NOT_XML.sub("\ufffd", printable(text))

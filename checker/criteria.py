"""Per WCAG 2.2 success criterion, what a check found: the table an auditor files, in the manner
of the WCAG-EM Report Tool (https://www.w3.org/WAI/eval/report-tool/): passed, failed, cannot tell,
not checked.

- failed: a finding that cites the criterion and is not for review;
- cannot tell: only findings a person must decide (`needs_review`, ACT's "cannot tell");
- passed: lisible checks this criterion in documents of this format and found nothing;
- not checked: lisible has no check for this criterion in this format (a plain-text file has no
  page title to check). WCAG-EM's "not present" (no content of that kind) is not claimed: whether
  a page holds no image or only decorative ones is not in the result, and guessing it would turn
  "nothing found" into a statement lisible cannot back.

Which criteria each format is checked for follows the analyzers: every rule of rules/a11y runs on
HTML pages; the Markdown accessibility checks cover images, links and headings; the acronym rule
(3.1.4) runs on every format; the reading-level finding carries 3.1.5 on HTML only (DESIGN.md).
"""
from __future__ import annotations

from checker.standards import CRITERIA

PASSED, FAILED, CANNOT_TELL, NOT_CHECKED = "passed", "failed", "cannot tell", "not checked"
STATES = (PASSED, FAILED, CANNOT_TELL, NOT_CHECKED)
_ALL = frozenset(CRITERIA)
CHECKED_IN = {
    "html": _ALL,
    "markdown": frozenset({"1.1.1", "1.3.1", "2.4.4", "2.4.6", "2.4.9", "3.1.4", "4.1.2"}),
    "text": frozenset({"3.1.4"}),
    "docx": frozenset({"3.1.4"}),
    "pdf": frozenset({"3.1.4"}),
}


def reference(number: str) -> str:
    return f"WCAG22:{number}"


def document_criteria(document: dict) -> dict[str, str]:
    """{"WCAG22:1.1.1": state, ...} for every criterion lisible knows, in WCAG's order."""
    checked = CHECKED_IN.get(document.get("format", ""), frozenset())
    definite: set[str] = set()
    review: set[str] = set()
    for finding in document.get("findings", []):
        target = review if finding.get("needs_review") else definite
        target.update(finding.get("standards", ()))
    states = {}
    for number in CRITERIA:
        ref = reference(number)
        if ref in definite:
            states[ref] = FAILED
        elif ref in review:
            states[ref] = CANNOT_TELL
        elif number in checked and not _input_failed(document):
            states[ref] = PASSED
        else:
            states[ref] = NOT_CHECKED
    return states


def _input_failed(document: dict) -> bool:
    """A file that could not be read was not checked for anything."""
    return any(f.get("category") == "input" and f.get("severity") == "error"
               for f in document.get("findings", []))


def summarise(per_document: list[dict[str, str]]) -> dict[str, dict[str, int]]:
    """{"WCAG22:1.1.1": {"passed": n, "failed": n, "cannot_tell": n, "not_checked": n}}."""
    out = {}
    for number in CRITERIA:
        ref = reference(number)
        counts = {state.replace(" ", "_"): 0 for state in STATES}
        for states in per_document:
            counts[states[ref].replace(" ", "_")] += 1
        out[ref] = counts
    return out

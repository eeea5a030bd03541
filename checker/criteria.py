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

Which criteria each format is checked for follows the analyzers, read from the rule catalogue:
the criteria cited by the rules that run on that format. The page rules of rules/a11y run on HTML,
the `a11y.pdf-*` rules on PDF, the Markdown checks (images, links, headings) on Markdown; the
acronym rule (3.1.4) runs on every format; the reading-level finding carries 3.1.5 on HTML only
(DESIGN.md).
"""
from __future__ import annotations

from functools import lru_cache

from checker.standards import CRITERIA

PASSED, FAILED, CANNOT_TELL, NOT_CHECKED = "passed", "failed", "cannot tell", "not checked"
STATES = (PASSED, FAILED, CANNOT_TELL, NOT_CHECKED)
EVERY_FORMAT = ("common.acronym-undefined",)
# The accessibility checks of Markdown (rules/a11y/markdown.py).
MARKDOWN_RULES = ("a11y.img-alt-missing", "a11y.img-alt-filename", "a11y.img-alt-placeholder",
                  "a11y.img-alt-too-long", "a11y.link-name", "a11y.link-text-vague",
                  "a11y.link-identical-name", "a11y.heading-empty", "a11y.heading-skipped-level",
                  "a11y.heading-h1-missing", "a11y.heading-h1-multiple")


@lru_cache(maxsize=None)
def checked_in(fmt: str) -> frozenset[str]:
    """The success criteria (numbers) lisible has a check for in documents of format `fmt`."""
    from checker.catalogue import catalogue
    a11y = [e for e in catalogue() if e.id.startswith("a11y.")]
    if fmt == "html":
        ids = [e.id for e in a11y if not e.id.startswith("a11y.pdf-")]
        ids += ["readability.reading-level"]
    elif fmt == "pdf":
        ids = [e.id for e in a11y if e.id.startswith("a11y.pdf-")]
    elif fmt == "markdown":
        ids = list(MARKDOWN_RULES)
    else:
        ids = []
    cited = set()
    by_id = {e.id: e for e in catalogue()}
    for rule in (*ids, *EVERY_FORMAT):
        entry = by_id.get(rule)
        for ref in (entry.standards if entry else ()):
            if ref.startswith("WCAG22:"):
                cited.add(ref.partition(":")[2])
    return frozenset(cited & set(CRITERIA))


def reference(number: str) -> str:
    return f"WCAG22:{number}"


def document_criteria(document: dict) -> dict[str, str]:
    """{"WCAG22:1.1.1": state, ...} for every criterion lisible knows, in WCAG's order."""
    checked = checked_in(document.get("format", ""))
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

"""Headings: each has a name (ACT ffd0e9), levels without gaps, one h1 (WCAG 2.2 SC 1.3.1,
technique G141)."""
from __future__ import annotations

from checker.findings import Finding
from checker.html.aria import role_of
from checker.html.tree import Element

from .meta import Page

DEFAULT_ARIA_LEVEL = 2   # WAI-ARIA 1.2: role="heading" without aria-level is level 2


def heading_level(el: Element) -> int:
    level = el.attrs.get("aria-level", "").strip()
    if level.isdigit() and int(level) > 0:
        return int(level)
    if len(el.tag) == 2 and el.tag[0] == "h" and el.tag[1].isdigit():
        return int(el.tag[1])
    return DEFAULT_ARIA_LEVEL


def check_headings(page: Page, has_prose: bool) -> list[Finding]:
    findings = []
    headings = [el for el in page.tree.iter()
                if not el.foreign and role_of(el) == "heading" and not page.vis.excluded(el)]
    previous = None
    for el in headings:
        if not page.name(el):
            findings.append(page.finding("a11y.heading-empty", el))
        level = heading_level(el)
        if previous is not None and level > previous + 1:
            findings.append(page.finding("a11y.heading-skipped-level", el, level=level,
                                         previous=previous, expected=previous + 1))
        previous = level
    top = [el for el in headings if heading_level(el) == 1]
    if not top and has_prose:
        where = headings[0] if headings else page.tree.html
        findings.append(page.finding("a11y.heading-h1-missing", where))
    if len(top) > 1:
        findings.append(page.finding("a11y.heading-h1-multiple", top[1], count=len(top)))
    return findings

"""The accessibility analyzer: the text side of WCAG 2.2 on HTML pages (and the checks that apply to
Markdown), each finding tied to its success criterion and, where one exists, its W3C ACT rule
(rules.yaml holds the rules' data).

Not here, by design (DESIGN.md, "one concern, one owner"): acronyms without expansion are
`common.acronym-undefined` (the rule packs), fed by `checker.sources.html.abbr_expansions`; the
reading level (SC 3.1.5) is `readability.reading-level`, which carries WCAG22:3.1.5 on HTML.
"""
from __future__ import annotations

from checker.analysis import analyzer
from checker.findings import Finding
from checker.html.tree import Tree

from .headings import check_headings
from .images import check_images
from .links import check_links
from .markdown import check_markdown
from .meta import Page, rules
from .pdf import check_pdf
from .page import (check_element_languages, check_page_language, check_title,
                   check_undeclared_passages)

__all__ = ["accessibility", "check_markdown", "check_page", "rules"]


@analyzer("accessibility")
def accessibility(doc, ctx) -> list[Finding]:
    if doc.format == "markdown":
        return check_markdown(doc, ctx)
    if doc.format == "pdf":
        return check_pdf(doc, ctx)
    if doc.format != "html" or not isinstance(doc.root, Tree):
        return []
    return check_page(doc, ctx)


def check_page(doc, ctx=None) -> list[Finding]:
    """Every accessibility finding of an HTML document loaded by checker.sources.html.load."""
    page = Page(doc, ctx)
    page_findings, page_language_wrong = check_page_language(page)
    findings = page_findings + check_title(page) + check_element_languages(page)
    page_lang_valid = not any(f.rule in ("a11y.page-lang-missing", "a11y.page-lang-invalid")
                              for f in page_findings)
    if page_lang_valid and not page_language_wrong:
        findings += check_undeclared_passages(page)
    findings += check_images(page) + check_links(page)
    findings += check_headings(page, has_prose=bool(doc.prose_blocks))
    return sorted(findings, key=Finding.sort_key)

"""The part of PDF accessibility a program can decide (PDF/UA-1's machine-checkable conditions as
the Matterhorn Protocol lists them, and the WCAG 2.2 PDF techniques), read from the facts the PDF
loader gathered (`checker.sources.pdf_structure.PdfFacts`).

Checked: tagged at all; document language and the language of tagged parts; a title in the
metadata, shown in the title bar; figures with a text alternative; headings without skipped
levels; a text layer on every page with images; glyphs mapped to Unicode. Not checked, because a
person must judge it: whether the tags' reading order is the visual one, whether an alternative
says what the figure shows, colour and contrast, tables' header structure, forms.
"""
from __future__ import annotations

from checker.findings import Finding, Span
from checker.html.langtags import has_known_primary_subtag

from .meta import language_of_messages, rules


def check_pdf(doc, ctx=None) -> list[Finding]:
    facts = doc.pdf
    if facts is None:
        return []
    lang = language_of_messages(doc, ctx)
    out: list[Finding] = []

    def add(rule_id: str, at_page: int = 1, **values) -> None:
        meta = rules()[rule_id]
        template = meta.messages["message"].get(lang) or meta.messages["message"]["en"]
        out.append(Finding(rule_id, meta.category, meta.severity, template.format(**values),
                           _page_span(doc, at_page), standards=meta.standards))

    if not facts.tagged:
        missing = [name for name, present in (("/MarkInfo /Marked true", facts.marked),
                                              ("/StructTreeRoot", facts.has_structure))
                   if not present]
        add("a11y.pdf-untagged", missing=", ".join(missing))
    if not facts.lang:
        add("a11y.pdf-lang-missing")
    elif not has_known_primary_subtag(facts.lang):
        add("a11y.pdf-lang-invalid", value=facts.lang)
    for page, value in facts.part_langs:
        if not has_known_primary_subtag(value):
            add("a11y.pdf-part-lang-invalid", page, value=value)
    if not facts.xmp_title:
        add("a11y.pdf-title-missing")
    elif not facts.display_title:
        add("a11y.pdf-title-not-displayed")
    for page, alt in facts.figures:
        if not alt:
            add("a11y.pdf-figure-alt-missing", page, page=page)
    previous = 0
    for page, level in facts.headings:
        if previous and level > previous + 1:
            add("a11y.pdf-heading-skipped", page, level=level, previous=previous)
        previous = level
    for page in facts.textless_pages:
        add("a11y.pdf-no-text-layer", page, page=page)
    for page in facts.garbled_pages:
        add("a11y.pdf-text-unmapped", page, page=page)
    return sorted(out, key=Finding.sort_key)


def _page_span(doc, page: int) -> Span:
    """Line 1 column 1 for the document; for a page, the first extracted line on that page."""
    pages = doc.line_pages or []
    line = next((i for i, p in enumerate(pages, start=1) if p == page), 1)
    return Span(line, 1, line, 1)

"""Page-level checks: the page's language and title, and the language of its parts.

Which text "inherits" a language follows the ACT glossary ("text inheriting its programmatic
language from an element"): the text nodes below the element that no nearer `lang` claims, that
are visible or in the accessibility tree, plus the accessible names of its images (even when that
name comes, through aria-labelledby, from hidden text elsewhere).
"""
from __future__ import annotations

import re

from checker.document import PROSE_KINDS
from checker.findings import Finding
from checker.html.aria import role_of
from checker.html.langtags import has_known_primary_subtag, primary_subtag
from checker.html.tree import Element, Text
from checker.sources.html import page_title

from .language import judge, language_name
from .meta import Page

PAGE_SAMPLE_CHARS = 20_000  # the page's language is judged on its title and first 20,000 characters
PARAGRAPH_MIN_WORDS = 8      # the language helper is measured right on paragraphs of 8+ words
PARAGRAPH_CONFIDENCE = 0.5   # stricter than for a declared lang: no declaration to go against
_WORD = re.compile(r"[^\W\d_]+")


def check_title(page: Page) -> list[Finding]:
    title = page_title(page.tree)
    if title is None:
        return [page.finding("a11y.title-missing", page.tree.html)]
    text = "".join(node.text for node in title.children if isinstance(node, Text))
    if not text.split():
        return [page.finding("a11y.title-missing", title, variant="empty")]
    return []


def inherited_text(page: Page, el: Element, limit: int | None = None) -> str:
    """The text whose language `el`'s lang attribute sets (iterative); with `limit`, about that
    many characters from the start."""
    if page.vis.rendered_hidden(el):
        return ""
    parts: list[str] = []
    size = 0
    stack: list[Element | Text] = list(reversed(el.children))
    while stack and (limit is None or size < limit):
        node = stack.pop()
        if isinstance(node, Text):
            parts.append(node.text)
            size += len(parts[-1])
            continue
        if "lang" in node.attrs or page.vis.rendered_hidden(node):
            continue
        if role_of(node) == "img" and not page.vis.excluded(node):
            parts.append(" " + page.name(node) + " ")
            continue
        parts.append(" ")
        stack.extend(reversed(node.children))
    return " ".join("".join(parts).split())


def check_page_language(page: Page) -> tuple[list[Finding], bool]:
    """Findings on <html lang>, and whether the page's declared language was found wrong."""
    html = page.tree.html
    value = html.attrs.get("lang") if html is not None else None
    if html is None or value is None or not value.strip():
        guess = _guess(page)
        return [page.finding("a11y.page-lang-missing", html, suggestion=guess or "…",
                             suggestions=(f'lang="{guess}"',) if guess else ())], False
    if not has_known_primary_subtag(value):
        return [page.finding("a11y.page-lang-invalid", html, value=value)], False
    title = _title_text(page)
    text = " ".join(filter(None, [title, inherited_text(page, html, PAGE_SAMPLE_CHARS)]))
    verdict = judge(text, value)
    if verdict.outcome in ("mismatch", "review"):
        name = language_name(verdict.detected, page.ui_lang)
        review = verdict.outcome == "review"
        return [page.finding("a11y.page-lang-mismatch", html, review=review, value=value.strip(),
                             detected=name, suggestion=verdict.detected,
                             suggestions=() if review else (f'lang="{verdict.detected}"',))], \
            not review
    return [], False


def check_element_languages(page: Page) -> list[Finding]:
    findings = []
    for el in page.tree.iter():
        value = el.attrs.get("lang")
        # lang="" is "unknown language", not applicable; lang="  " is an invalid tag (ACT de46e4).
        if value is None or el is page.tree.html or el.tag == "#document" or value == "":
            continue
        text = inherited_text(page, el)
        if not text:
            continue
        if not has_known_primary_subtag(value):
            findings.append(page.finding("a11y.element-lang-invalid", el, value=value))
            continue
        verdict = judge(text, value)
        if verdict.outcome in ("mismatch", "review"):
            review = verdict.outcome == "review"
            findings.append(page.finding(
                "a11y.element-lang-mismatch", el, review=review, value=value.strip(),
                detected=language_name(verdict.detected, page.ui_lang),
                suggestion=verdict.detected,
                suggestions=() if review else (f'lang="{verdict.detected}"',)))
    return findings


def check_undeclared_passages(page: Page) -> list[Finding]:
    """Paragraphs in another language than the one in force (the nearest `lang`, from the page's
    down), with no lang of their own (SC 3.1.2). A block whose own element carries the lang is
    a11y.element-lang-mismatch's business."""
    html = page.tree.html
    findings = []
    for block in page.doc.blocks:
        if block.kind not in PROSE_KINDS or block.hidden or not isinstance(block.element, Element):
            continue
        owner = _lang_owner(block.element)
        if owner is None or owner is block.element or owner is not html and \
                not has_known_primary_subtag(owner.attrs.get("lang", "")):
            continue
        in_force = owner.attrs.get("lang", "")
        if owner is html and block.detected_language == primary_subtag(in_force):
            continue   # the engine's per-block detection already agrees with the page
        detected = undeclared_language(block.text, in_force)
        if detected:
            findings.append(page.finding(
                "a11y.paragraph-lang-undeclared", block.element, suggestion=detected,
                detected=language_name(detected, page.ui_lang), suggestions=(f'lang="{detected}"',)))
    return findings


def undeclared_language(text: str, in_force: str) -> str | None:
    """The language `text` is confidently in, when it is not `in_force`: 8 words or more (a name
    or a short quotation never is), a confident detection, and a clear mismatch (judge)."""
    from checker.language import detect
    if len(_WORD.findall(text)) < PARAGRAPH_MIN_WORDS:
        return None
    best, confidence = detect(text)
    if best is None or confidence < PARAGRAPH_CONFIDENCE:
        return None
    verdict = judge(text, in_force)
    return verdict.detected if verdict.outcome == "mismatch" else None


def _lang_owner(el: Element) -> Element | None:
    node: Element | None = el
    while node is not None:
        if "lang" in node.attrs:
            return node
        node = node.parent
    return None


def _title_text(page: Page) -> str:
    title = page_title(page.tree)
    if title is None:
        return ""
    return " ".join("".join(n.text for n in title.children if isinstance(n, Text)).split())


def _guess(page: Page) -> str | None:
    try:
        from checker.language import detect
    except ImportError:
        return None
    root = page.tree.html or page.tree.root
    best, confidence = detect(_title_text(page) + " " + inherited_text(page, root, PAGE_SAMPLE_CHARS))
    return best if best and confidence >= 0.4 else None

"""The accessibility rules' data (rules.yaml, read by the rule catalogue) and the one way a check
turns into a Finding."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from checker import languages
from checker.catalogue import catalogue
from checker.findings import Finding
from checker.html.aria import Visibility, accessible_name
from checker.html.tree import Element, Tree



@dataclass(frozen=True)
class RuleMeta:
    id: str
    severity: str
    category: str
    standards: tuple[str, ...]
    messages: dict[str, dict[str, str]]   # {"message": {"en": .., "fr": ..}, "review_message": ..}
    rationale: str
    source: str
    examples: dict        # {"trigger": [html or pdf data, ...], "no_trigger": [...]}
    needs_review: bool = False
    act: str | None = None
    format: str = "html"      # what its examples are: HTML, or PDFs described as data ("pdf")


@lru_cache(maxsize=1)
def rules() -> dict[str, RuleMeta]:
    """The accessibility rules, as the catalogue read them from rules.yaml. HTML examples are
    texts; PDF examples are data for scripts/pdfgen.py."""
    return {e.id: RuleMeta(e.id, e.severity, e.category, e.standards, e.messages, e.rationale,
                           e.source, {"trigger": [_example(x) for x in e.examples["trigger"]],
                                      "no_trigger": [_example(x) for x in e.examples["pass"]]},
                           e.needs_review, e.act, e.example_format)
            for e in catalogue() if e.origin == "a11y"}


def _example(example: dict):
    return example["text"] if set(example) == {"text"} else example


class Page:
    """What every check reads: the document, its tree, visibility and memoised names."""

    def __init__(self, doc, ctx=None):
        self.doc = doc
        self.tree: Tree = doc.root
        self.vis: Visibility = self.tree.visibility or Visibility(self.tree)
        self.ui_lang = language_of_messages(doc, ctx)
        self._names: dict[int, str] = {}

    def name(self, el: Element) -> str:
        key = id(el)
        if key not in self._names:
            self._names[key] = accessible_name(el, self.tree, self.vis)
        return self._names[key]

    def finding(self, rule_id: str, el: Element | None, review: bool = False, variant: str = "",
                suggestions: tuple[str, ...] = (), **values) -> Finding:
        """A finding of `rule_id` at the start tag of `el` (line 1 column 1 when None); `review`
        makes it a needs_review info finding with the rule's review message."""
        meta = rules()[rule_id]
        key = "review_message" if review else (f"{variant}_message" if variant else "message")
        template = meta.messages[key].get(self.ui_lang) or meta.messages[key]["en"]
        place = self.text_place(el) if rule_id in TEXT_SPANNED and el is not None else None
        if place is not None:
            # The words an editor changes (link text, heading, alt), not the start tag.
            span, text = self.doc.source_span(place[0], place[1] + 1), place[2]
        elif el is not None and el.tag != "#document":
            span = self.doc.source_span(el.start, max(el.end, el.start + 1))
            text = self.doc.source[el.start:el.end]
        else:
            span = self.doc.source_span(0, 1)
            text = ""
        needs_review = review or meta.needs_review
        return Finding(rule_id, meta.category, "info" if needs_review else meta.severity,
                       template.format(**values), span, text=text, suggestions=suggestions,
                       standards=meta.standards, needs_review=needs_review)


    def text_place(self, el: Element) -> tuple[int, int, str] | None:
        """(first offset, last offset, text as read) of what a reader sees of `el`: an image's
        alt, else the visible text inside the element; None when there is none."""
        if el.tag == "img":
            for block in self.doc.blocks:
                if block.kind == "alt" and block.element is el:
                    return block.offsets[0], block.offsets[-1], block.text
            return None
        chars: list[tuple[str, int]] = []
        stack: list = [el]
        while stack:
            node = stack.pop()
            if isinstance(node, Element):
                if node is not el and self.vis.excluded(node):
                    continue
                stack.extend(reversed(node.children))
            else:
                chars.extend(node.chars())
        seen = [(ch, offset) for ch, offset in chars if not ch.isspace()]
        if not seen:
            return None
        return seen[0][1], seen[-1][1], " ".join("".join(ch for ch, _ in chars).split())


# Findings about what a reader sees of an element span that text (link text, heading, alt); the
# others (an element without a name, a missing alt, a page's lang) point at the start tag.
TEXT_SPANNED = frozenset(("a11y.link-text-vague", "a11y.link-identical-name",
                          "a11y.heading-skipped-level", "a11y.heading-h1-multiple",
                          "a11y.img-alt-placeholder", "a11y.img-alt-too-long",
                          "a11y.img-alt-filename"))


def language_of_messages(doc, ctx) -> str:
    """The language the accessibility messages are written in: the report's (--ui-lang), else
    the document's as the engine settled it, else the one it declares."""
    if ctx is None:             # a check run outside the engine (tests)
        return message_language(doc.declared_language)
    return message_language(ctx.ui_lang, ctx.language, doc.declared_language)


def message_language(*tags: str | None) -> str:
    """The first of `tags` whose language rules.yaml has messages in (the registry's
    `interface.accessibility`), else English."""
    spoken = languages.interface_languages("accessibility")
    for tag in tags:
        code = languages.code_of(tag)
        if code in spoken:
            return code
    return languages.FALLBACK

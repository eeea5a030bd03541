"""The accessibility rules' data (rules.yaml, read by the rule catalogue) and the one way a check
turns into a Finding."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from checker.catalogue import catalogue
from checker.findings import Finding
from checker.html.aria import Visibility, accessible_name
from checker.html.tree import Element, Tree

MESSAGE_LANGUAGES = ("en", "fr")


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
        self.ui_lang = _message_language(doc, ctx)
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
        if el is not None and el.tag != "#document":
            span = self.doc.source_span(el.start, max(el.end, el.start + 1))
            text = self.doc.source[el.start:el.end]
        else:
            span = self.doc.source_span(0, 1)
            text = ""
        needs_review = review or meta.needs_review
        return Finding(rule_id, meta.category, "info" if needs_review else meta.severity,
                       template.format(**values), span, text=text, suggestions=suggestions,
                       standards=meta.standards, needs_review=needs_review)


def _message_language(doc, ctx) -> str:
    for tag in (getattr(ctx, "ui_lang", None), getattr(ctx, "language", None),
                doc.declared_language):
        primary = (tag or "").split("-")[0].lower()
        if primary in MESSAGE_LANGUAGES:
            return primary
    return "en"

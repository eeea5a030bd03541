"""Build a Document from plain text and run the rules on it, as the engine would."""
from __future__ import annotations

import re

from checker.analysis import AnalysisContext
from checker.config import Settings
from checker.document import Document, make_block
from checker.text.stats import measure


def plain_document(text: str, language: str, path: str = "<example>") -> Document:
    """The lead's plain-text loader when present; else paragraphs split on blank lines."""
    try:
        from checker.sources.plaintext import load
        doc = load(text, path)
    except ImportError:
        doc = Document(path=path, format="text", source=text)
        for m in re.finditer(r"(?:[^\n]+\n?)+", text):
            block = make_block("paragraph", [(m.group(), m.start())])
            if block:
                doc.blocks.append(block)
    doc.language = language
    return doc


def context(doc: Document, language: str, settings: Settings | None = None, profile=None,
            shared: dict | None = None, ui_lang: str | None = None) -> AnalysisContext:
    lang = language.split("-")[0]
    return AnalysisContext(settings=settings or Settings(), language=language,
                           stats=measure(doc, lang), profile=profile, shared=shared or {},
                           ui_lang=ui_lang)


def check_text(text: str, language: str, rules=None, settings: Settings | None = None, **kw):
    from checker.rules import all_rules, run_rules
    doc = plain_document(text, language)
    ctx = context(doc, language, settings, **kw)
    return run_rules(doc, ctx, rules if rules is not None else all_rules(ctx.settings))

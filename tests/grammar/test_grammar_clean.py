"""Clean, edited releases (written for these tests, 300+ words each) give no grammar or spelling finding."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import DEFAULT_MAX_BYTES
from checker.grammar import open_session
from checker.sources import load_path
from grammar_cases import DATA

pytestmark = pytest.mark.languagetool
TAGS = {"en": "en-US", "fr": "fr-FR", "de": "de-DE", "es": "es", "it": "it", "nl": "nl", "pt": "pt-PT"}


def as_html(markdown_path: Path, tag: str, folder: Path) -> Path:
    """The same release as an HTML page (markdown-it's rendering inside a page with lang and title)."""
    from markdown_it import MarkdownIt
    text = markdown_path.read_text(encoding="utf-8")
    title = text.splitlines()[0].lstrip("# ")
    body = MarkdownIt().render(text)
    page = folder / f"{markdown_path.stem}.html"
    page.write_text(f'<!DOCTYPE html>\n<html lang="{tag}">\n<head><meta charset="utf-8"><title>{title}'
                    f"</title></head>\n<body>\n{body}</body>\n</html>\n", encoding="utf-8")
    return page


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("lang", sorted(TAGS))
def test_clean_release_has_no_grammar_or_spelling_finding(lt_settings, lang, fmt, tmp_path):
    path = DATA / "clean" / f"{lang}.md"
    if fmt == "html":
        path = as_html(path, TAGS[lang], tmp_path)
    doc = load_path(path, DEFAULT_MAX_BYTES)
    assert sum(len(b.text.split()) for b in doc.blocks) >= 300
    with open_session(lt_settings) as session:
        findings, engine = session.check(doc, TAGS[lang])
    assert engine == "languagetool 6.7"
    faults = [(f.span.line, f.span.column, f.rule, f.text) for f in findings
              if f.category in ("grammar", "spelling", "typography")]
    assert faults == []

"""Clean, edited releases (written for these tests, 300+ words each) give no grammar or spelling finding."""
from __future__ import annotations

import pytest

from checker.config import DEFAULT_MAX_BYTES
from checker.grammar import open_session
from checker.sources import load_path
from conftest import DATA, ctx_for

pytestmark = pytest.mark.languagetool
TAGS = {"en": "en-US", "fr": "fr-FR", "de": "de-DE", "es": "es", "it": "it", "nl": "nl", "pt": "pt-PT"}


@pytest.mark.parametrize("lang", sorted(TAGS))
def test_clean_release_has_no_grammar_or_spelling_finding(lt_settings, lang):
    doc = load_path(DATA / "clean" / f"{lang}.md", DEFAULT_MAX_BYTES)
    assert sum(len(b.text.split()) for b in doc.blocks) >= 300
    with open_session(lt_settings) as session:
        findings, engine = session.check(doc, ctx_for(TAGS[lang]))
    assert engine == "languagetool 6.7"
    faults = [(f.span.line, f.span.column, f.rule, f.text) for f in findings
              if f.category in ("grammar", "spelling", "typography")]
    assert faults == []

"""Quiet on good text: fewer than 2 warnings or errors per 1,000 words on well-edited releases
(issue 4, point 7), measured on at least 2,000 words per first-class language."""
from __future__ import annotations

import pytest

from rules_quiet import CLEAN_TAGS, measure_clean


@pytest.mark.parametrize("lang", sorted(CLEAN_TAGS))
def test_rules_are_quiet_on_well_edited_releases(lang):
    result = measure_clean(lang)
    assert result.words >= 2000, f"{lang}: only {result.words} words of clean text"
    assert result.per_thousand < 2, f"{lang}: {result.per_thousand:.2f} per 1,000 words: {result.by_rule}"

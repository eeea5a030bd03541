"""Regional conventions on real Swiss federal releases (../shared/corpora/releases): the Federal
Chancellery writes «ainsi» and no space before ; ! ? : in French, and ss for ß in German (DESIGN.md,
"Rules"). Checked as fr-CH / de-CH they raise none of the spacing or ß findings that a checker
applying France's or Germany's conventions reports."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.rules.loader import builtin_rules
from rules_helpers import check_text

RELEASES = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "releases"
FRENCH_SPACING = ("fr.typography.space-before-colon", "fr.typography.space-before-high-punctuation",
                  "fr.typography.space-before-closing-guillemet",
                  "fr.typography.space-after-opening-guillemet")

pytestmark = pytest.mark.skipif(not RELEASES.is_dir(), reason=f"corpus not found at {RELEASES}")


def _texts(lang: str, count: int = 10) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((RELEASES / lang).glob("ch-*.txt"))[:count]]


def _count(texts, tag, rule_ids) -> int:
    rules = [r for r in builtin_rules() if r.id in rule_ids]
    return sum(len(check_text(t, tag, rules)) for t in texts)


def test_swiss_french_spacing_is_not_a_fault_in_fr_ch():
    texts = _texts("fr")
    assert _count(texts, "fr-CH", FRENCH_SPACING) == 0
    assert _count(texts, "fr-FR", FRENCH_SPACING) > 0


def test_swiss_german_writes_ss():
    texts = _texts("de", 40)
    assert _count(texts, "de-CH", ("de.typography.eszett-ch",)) == 0

"""benchmarks/gec.py's own arithmetic and text handling, against values worked out by hand: the
detokeniser, what counts as a detection for each tool, and P / R / F0.5."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gec():
    spec = importlib.util.spec_from_file_location("bench_gec", REPO / "benchmarks" / "gec.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module         # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("tokens, text", [
    (["It", "'s", "a", "test", "."], "It's a test."),
    (["l'", "amico", "è", "qui", "."], "l'amico è qui."),
    (["un", "po'", "di", "tempo"], "un po' di tempo"),          # po' keeps its space
    (["Er", "sagt", '"', "ja", '"', "."], 'Er sagt "ja".'),
    (["(", "siehe", "oben", ")"], "(siehe oben)"),
])
def test_detokenise(gec, tokens, text):
    assert gec.detokenise(tokens) == text


def match(rule_id, offset, issue="grammar", category="GRAMMAR"):
    return {"rule": {"id": rule_id, "issueType": issue, "category": {"id": category, "name": ""}},
            "offset": offset, "length": 3}


def test_first_capital_counts_only_when_asked(gec):
    first = match("UPPERCASE_SENTENCE_START", 0, "typographical", "CASING")
    later = match("UPPERCASE_SENTENCE_START", 12, "typographical", "CASING")
    assert not gec.lt_says_wrong(first)
    assert gec.lt_says_wrong(first, first_capital=True)
    assert gec.lt_says_wrong(later)


def test_style_match_counts_only_as_any_match(gec):
    style = match("PASSIVE_VOICE", 4, "style", "STYLE")
    assert not gec.lt_says_wrong(style)
    assert gec.lt_says_wrong(style, any_category=True)


def finding(rule, severity, category, line=1, column=1):
    return {"rule": rule, "severity": severity, "category": category, "line": line, "column": column}


def test_lisible_detection(gec):
    assert gec.says_wrong(finding("fr.grammar.tous-ceux", "error", "grammar"))
    assert not gec.says_wrong(finding("languagetool.MORFOLOGIK_RULE_EN_US", "info", "spelling"))
    assert not gec.says_wrong(finding("en.style.passive-voice", "warning", "style"))
    capital = finding("languagetool.UPPERCASE_SENTENCE_START", "warning", "typography")
    assert not gec.says_wrong(capital)
    assert gec.says_wrong(capital, first_capital=True)
    assert gec.says_wrong(finding("languagetool.UPPERCASE_SENTENCE_START", "warning", "typography",
                                  column=14))


def test_scores_by_hand(gec):
    # erroneous flagged x3 (TP), clean flagged x1 (FP), erroneous missed x1 (FN), clean quiet x2 (TN)
    sentences = [gec.Sentence(str(i), wrong) for i, wrong in
                 enumerate([True, True, True, False, True, False, False])]
    flags = [True, True, True, True, False, False, False]
    s = gec.score(sentences, flags)
    assert (s.tp, s.fp, s.fn, s.tn) == (3, 1, 1, 2)
    assert s.precision == pytest.approx(0.75)          # 3 / 4
    assert s.recall == pytest.approx(0.75)             # 3 / 4
    assert s.f05 == pytest.approx(0.75)                # P = R: F0.5 = P
    # P = 1, R = 1/2: F0.5 = 1.25 * 0.5 / (0.25 + 0.5) = 5/6
    s = gec.score(sentences[:2], [True, False])
    assert s.f05 == pytest.approx(5 / 6)

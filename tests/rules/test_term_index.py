"""The word look-up in front of the term patterns (rules/term_index.py): it may only skip blocks
where the pattern finds nothing. The equalities below are those of Python's `re.IGNORECASE`,
checked against `re` itself rather than against the module's own fold."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.rules.term_index import first_words, fold, may_match
from checker.rules.text import compile_terms


def test_fold_equates_what_ignorecase_equates():
    for a, b in [("s", "ſ"), ("k", "\u212a"), ("i", "İ"), ("été", "ÉTÉ"), ("straße", "STRAßE")]:
        assert re.fullmatch(re.escape(a), b, re.IGNORECASE)      # what `re` says ...
        assert fold(a) == fold(b)                                # ... the fold says too
    assert not re.fullmatch("ss", "ß", re.IGNORECASE) and fold("ss") != fold("ß")


def test_first_words_of_terms():
    assert first_words(["in order to", "Qu'il", "e.g.", "z. B."]) == {"in", "qu", "e", "z"}
    assert first_words(["« entre guillemets »"]) is None       # starts with no word character
    assert first_words(["\u03b9\u03c3\u03c4\u03bf\u03c1\u03af\u03b1"]) is None   # "ι" ~ U+0345


def test_a_block_without_a_first_word_is_skipped_and_one_with_it_is_not():
    firsts = first_words(["in order to", "utilise"])
    assert may_match(firsts, "We act IN ORDER TO help.")
    assert may_match(firsts, "Elle UTILISE l'outil.")
    assert not may_match(firsts, "We ordered it on time: the order is within reach.")
    assert may_match(firsts, "It came in time.")   # "in" is there: the pattern decides (no match)
    assert may_match(None, "anything")


TERMS = ["in order to", "utilise", "qu'il", "e-mail", "ſtraße", "kelvin", "ist", "1er mai"]
# Pieces of those terms in other cases and look-alikes ("İ", "ı", "ſ", the Kelvin sign, U+0345),
# and what stands between words: texts made of them often hold a term.
PIECES = ["in", "IN", "İn", "ın", "order", "ORDER", "to", "utilise", "UTİLİSE", "qu", "QU", "il",
          "e", "E", "mail", "straße", "ſtraße", "STRAßE", "kelvin", "\u212aELVIN", "ist", "ıst",
          "İST", "1er", "mai", "\u0345st", "\u03b9st", " ", " ", "\u00a0", "'", "’", "-", ".", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
       st.lists(st.sampled_from(TERMS), min_size=1, max_size=3))
def test_the_look_up_never_skips_a_block_the_pattern_matches(text, terms):
    pattern = compile_terms(terms)
    if pattern.search(text):
        assert may_match(first_words(terms), text), (terms, text)

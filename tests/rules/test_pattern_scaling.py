"""The built-in packs' patterns stay linear on one huge block (issue 13, "Bounded work").

`finditer` tries a pattern at every character. A pattern that opens with a repeated class, such as
`(\\w+) :`, then runs that class to the end of the word from each of its characters before failing:
a word of n characters costs n²/2 steps. A 10,000-character word took 2 s, a 5 MB one-line text
never ended (benchmarks/long_blocks.py). A lookbehind that refuses to start inside the run, such as
`(?<!\\w)(\\w+) :`, leaves the matches unchanged (the leftmost match of such a pattern starts at
the beginning of the run anyway) and makes each run cost one pass.

The check reads the pattern's structure (no timing): what a match can begin with must not be a
repetition of a class unless an anchor (a lookbehind, `\\b`, `^`) stands before it.
"""
from __future__ import annotations

import re
import re._parser as sre_parse     # the parser `re` itself uses: the structure of a pattern
from re._constants import (ANY, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, IN, LITERAL,
                           MAX_REPEAT, MIN_REPEAT, NOT_LITERAL, SUBPATTERN)

import pytest

from checker.rules.loader import builtin_rules

_CLASSES = (IN, ANY, CATEGORY, LITERAL, NOT_LITERAL)


def opens_with_unanchored_run(items) -> bool:
    """True when a match of `items` (a parsed pattern) can begin with a repeated class that no
    anchor precedes."""
    for op, arg in items:
        if op in (ASSERT, ASSERT_NOT):
            if arg[0] == -1:        # a lookbehind: the match cannot start inside a run
                return False
            continue                # a lookahead does not move: look at what follows
        if op is AT:
            return False            # ^, \b, \A: anchored
        if op is SUBPATTERN:
            return opens_with_unanchored_run(arg[3])
        if op is BRANCH:
            return any(opens_with_unanchored_run(alt) for alt in arg[1])
        if op in (MAX_REPEAT, MIN_REPEAT):
            low, high, body = arg
            if high > 1 and len(body) == 1 and body[0][0] in _CLASSES:
                return True
            if low == 0:            # may match nothing: what follows can open the match too
                if opens_with_unanchored_run(body):
                    return True
                continue
            return opens_with_unanchored_run(body)
        return False
    return False


def builtin_patterns() -> list[tuple[str, str]]:
    """Every pattern of the built-in packs that a rule searches through a block: existence
    `patterns`, substitution entries' `pattern`, and the alternations of `terms`. (The `python`
    kind's parameters are matched at the start of one word, `re.match`, never searched.)"""
    found = []
    for rule in builtin_rules():
        searched = list(getattr(rule, "patterns", []))
        searched += [e["regex"] for e in getattr(rule, "entries", []) if e.get("regex") is not None]
        terms = getattr(rule, "terms", None)
        if terms is not None and terms.terms:
            searched.append(terms.regex)
        found += [(rule.id, getattr(p, "pattern", p)) for p in searched]
    return found


@pytest.mark.parametrize("source, unanchored", [
    (r"(\w+)[ ]+([,.;:!?])", True),              # the old en.typography.space-before-punctuation
    (r"(?<!\w)(\w+)[ ]+([,.;:!?])", False),
    (r"([^\s«»]+)»", True),                       # the old fr.typography.space-before-closing-guillemet
    (r"(?<![^\s«»])([^\s«»]+)»", False),
    (r"(\w*)ß(\w*)", True),                       # the old de.typography.eszett-ch
    (r"\b\w+ly\b", False),
    (r"«([^\s«»]+)", False),                     # a literal first: tried only where « stands
    (r"(?=\d)\d+ %", True),                       # a lookahead does not anchor
    (r"(?:^|(?<=[.!?])\s)([^\s.!?][^.!?]*)\?", False),
    (r"x|\w+:", True),
    (r"a*\w+:", True),
])
def test_the_structure_check_on_patterns_worked_out_by_hand(source, unanchored):
    assert opens_with_unanchored_run(sre_parse.parse(source)) is unanchored


def test_no_builtin_pattern_opens_with_an_unanchored_run():
    patterns = builtin_patterns()
    assert len(patterns) > 50         # the collector sees the packs' patterns
    bad = [(rule, source) for rule, source in patterns
           if opens_with_unanchored_run(sre_parse.parse(source))]
    assert bad == []

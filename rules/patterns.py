"""Regular expressions from rule packs, run with a time limit.

A pack is data a pull request can change, and a pattern such as `(a+)+$` backtracks for minutes on
a few dozen characters; Python's `re` cannot be interrupted. Pack patterns are therefore compiled
with the `regex` module (https://pypi.org/project/regex/), whose searches take a `timeout`, and a
search that runs out of time stops the rule on that document with an `input.too-slow` finding
instead of stalling the run (issue 13, "Bounded work").
"""
from __future__ import annotations

import re
from pathlib import Path

import regex

# Seconds one search of one pattern may take on one block. The built-in patterns take well under a
# millisecond on a 5 MB document's blocks; a pattern needing more is backtracking.
PATTERN_TIMEOUT = 2.0


class PatternTooSlow(Exception):
    """A pack pattern ran out of time; carries the rule id for the finding."""

    def __init__(self, rule_id: str, source: str):
        super().__init__(f"{rule_id}: pattern {source!r} ran out of time")
        self.rule_id = rule_id
        self.source = source


class TimedPattern:
    """The `re.Pattern` methods the rule kinds use, each bounded by PATTERN_TIMEOUT."""

    def __init__(self, source: str, rule_id: str, flags: int = 0, timeout: float | None = None):
        self.pattern = source
        self.rule_id = rule_id
        self.timeout = PATTERN_TIMEOUT if timeout is None else timeout
        self._compiled = regex.compile(source, flags | regex.VERSION0)

    @property
    def groups(self) -> int:
        return self._compiled.groups

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        try:
            yield from self._compiled.finditer(text, pos, endpos, timeout=self.timeout)
        except TimeoutError:
            raise PatternTooSlow(self.rule_id, self.pattern) from None

    def _call(self, method: str, *args):
        try:
            return getattr(self._compiled, method)(*args, timeout=self.timeout)
        except TimeoutError:
            raise PatternTooSlow(self.rule_id, self.pattern) from None

    def search(self, text: str, *args):
        return self._call("search", text, *args)

    def match(self, text: str, *args):
        return self._call("match", text, *args)

    def fullmatch(self, text: str, *args):
        return self._call("fullmatch", text, *args)


BUILTIN_DIR = Path(__file__).resolve().parent


def is_builtin(rule) -> bool:
    """A rule of the packs shipped with lisible (written and timed by us), not a user's."""
    try:
        return Path(rule.path).resolve().is_relative_to(BUILTIN_DIR)
    except (OSError, ValueError, TypeError):
        return False


def compile_for(rule, source: str, flags: int = 0):
    """The built-in packs' patterns with `re` (fast, and timed by benchmarks/); a user's pack
    pattern as a TimedPattern. Raises re.error or regex.error for an invalid pattern."""
    if is_builtin(rule):
        return re.compile(source, flags)
    return TimedPattern(source, rule.id, flags)

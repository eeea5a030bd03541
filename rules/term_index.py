"""Which blocks can hold one of a list's terms: a word look-up in front of the term pattern.

A term list (rules/kinds.py TermMatcher) is one case-insensitive regular expression, and every
rule with a list scanned every block with it: issue 14's profile put those scans at a fifth of the
rules' time, though most blocks hold none of a list's terms. A match of a term starts where a
word starts (the pattern's `(?<![\\w-])`), and the term's first word (its leading run of word
characters: "in" of "in order to", "qu" of "qu'il") must then be the whole run of word characters
there, since what follows it in the term (a space, an apostrophe, a hyphen, a stop, or the end
with `(?![\\w-])`) is not a word character. So a block none of whose words is a list's first word
cannot match, and is not scanned; the others are scanned by the same pattern as before, which
alone decides what matches (same findings, byte for byte: benchmarks/json_identity.py).

"Is" means equal as the pattern compares them: `re.IGNORECASE` compares characters by their
simple lower case (`_sre.unicode_tolower`) and treats a few more as equal (re._casefix: "ſ" and
"s", "K" Kelvin and "k"...). `fold` maps each character to one representative of that class, so
two words are equal to the pattern exactly when their folds are equal. Where these internals are
missing (another Python), or a list has a term whose first character is not a word character, or
whose characters' classes mix word and non-word characters (U+0345 and "ι"), the look-up is off
and every block is scanned, as before. A library was considered: pyahocorasick finds many terms
in one pass, but not with `re`'s case rules and word boundaries, which the findings depend on.
"""
from __future__ import annotations

import re
from functools import lru_cache

try:
    import _sre
    from re._casefix import _EXTRA_CASES            # Python 3.11 and later
except ImportError:                                 # pragma: no cover - older Pythons
    _sre, _EXTRA_CASES = None, None

_WORD_RUN = re.compile(r"\w+")


class _Fold(dict):
    """Code point -> the code point of its class's representative, filled on first use."""

    def __missing__(self, code: int) -> int:
        lower = _sre.unicode_tolower(code)
        folded = min((lower, *_EXTRA_CASES.get(lower, ())))
        self[code] = folded
        return folded


_FOLD = _Fold()


def fold(text: str) -> str:
    """`text` with each character replaced by its case class's representative (one for one)."""
    return text.translate(_FOLD)


def _class_is_mixed(char: str) -> bool:
    lower = _sre.unicode_tolower(ord(char))
    members = {chr(c) for c in (lower, *_EXTRA_CASES.get(lower, ()))} | {char}
    return len({bool(_WORD_RUN.fullmatch(m)) for m in members}) > 1


def first_words(terms: list[str]) -> frozenset[str] | None:
    """The folded first words of `terms`, or None when the look-up cannot be used for them."""
    if _EXTRA_CASES is None:
        return None
    out = set()
    for term in terms:
        term = term.strip()
        first = _WORD_RUN.match(term)
        if first is None or any(_class_is_mixed(c) for c in term):
            return None
        out.add(fold(first.group()))
    return frozenset(out)


# Per-block results are kept for blocks up to this many characters, for the last CACHED_BLOCKS
# blocks: every rule asks for them in turn, and a document's blocks should all stay in; a huge
# block is recomputed rather than kept (memory stays flat over a long run).
CACHED_BLOCKS = 2048
CACHED_BLOCK_CHARS = 10_000


def per_block(compute):
    """`compute(text)` remembered for the last CACHED_BLOCKS block texts of CACHED_BLOCK_CHARS
    characters or fewer; for longer texts it is computed each time."""
    cached = lru_cache(maxsize=CACHED_BLOCKS)(compute)

    def lookup(text: str):
        return cached(text) if len(text) <= CACHED_BLOCK_CHARS else compute(text)
    lookup.__doc__ = compute.__doc__
    return lookup


@per_block
def block_words(text: str) -> frozenset[str]:
    """The folded runs of word characters of a block (each rule with a list asks for them)."""
    folded = fold(text)                 # one for one: the runs keep their places
    return frozenset(folded[m.start():m.end()] for m in _WORD_RUN.finditer(text))


def may_match(firsts: frozenset[str] | None, text: str) -> bool:
    """False only when no term with one of these first words can match in `text`."""
    return firsts is None or not firsts.isdisjoint(block_words(text))

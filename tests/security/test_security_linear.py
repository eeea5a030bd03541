"""Work on one huge block grows linearly (issue 13, "Bounded work": every honest 5 MB text ran past
its time budget, benchmarks/long_blocks.py shows where). Nothing here is timed: the tests count
work that does not depend on the machine, on inputs of size n and 4n, and a linear path does about
4 times the work where a quadratic one does 16 times.

- characters handed to regular expressions (what a C-level search scans), through a meter put in
  front of a module's `re` and its compiled patterns;
- items a loop reads from a list, through a list that counts them.
"""
from __future__ import annotations

import re

import pytest

from checker.document import Document, make_block
from checker.rules.text import DocumentView, Protected, ProtectedIndex
from checker.text import sentences


class ScanMeter:
    """Counts the characters a module's regular expressions scan: a search or an iteration scans
    from its start position to where it stopped (the end when it failed), a match what it
    matched."""

    def __init__(self):
        self.chars = 0

    def scanned(self, method: str, string: str, pos: int, result) -> None:
        if method in ("match", "fullmatch"):
            self.chars += (result.end() - pos if result else 1) if method == "match" else len(string) - pos
        elif method == "search":
            self.chars += (result.end() if result else len(string)) - pos
        else:
            self.chars += len(string) - pos

    def pattern(self, compiled: re.Pattern) -> "_MeteredPattern":
        return _MeteredPattern(compiled, self)

    def module(self) -> "_MeteredRe":
        return _MeteredRe(self)


class _MeteredPattern:
    def __init__(self, compiled, meter):
        self._compiled, self._meter = compiled, meter

    def __getattr__(self, name):
        method = getattr(self._compiled, name)
        if name not in ("match", "fullmatch", "search", "finditer", "findall", "split", "sub"):
            return method

        def metered(*args, **kwargs):
            string = args[1] if name == "sub" else args[0]
            pos = args[1] if name in ("match", "fullmatch", "search", "finditer") and len(args) > 1 else 0
            result = method(*args, **kwargs)
            self._meter.scanned(name, string, pos, result)
            return result
        return metered


class _MeteredRe:
    """`re` as a module sees it, with every function going through a metered pattern."""

    def __init__(self, meter):
        self._meter = meter

    def __getattr__(self, name):
        if name in ("match", "fullmatch", "search", "finditer", "findall", "split", "sub"):
            def metered(pattern, *args, **kwargs):
                return getattr(self._meter.pattern(re.compile(pattern)), name)(*args, **kwargs)
            return metered
        return getattr(re, name)


def scanned_by(module, monkeypatch, work) -> int:
    meter = ScanMeter()
    with monkeypatch.context() as patch:
        patch.setattr(module, "re", meter.module())
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                patch.setattr(module, name, meter.pattern(value))
        work()
    return meter.chars


# --- sentences: initials and abbreviations that do not end a sentence -----------------------------

@pytest.mark.parametrize("lang, unit", [("en", "A. "), ("de", "z. B. "), ("fr", "M. "),
                                        ("de", "Nr. 5 ")])
def test_splitting_a_long_sentence_of_abbreviations_is_linear(monkeypatch, lang, unit):
    """Each period of "A. A. A. ..." looked back over the whole sentence so far (and searched it for
    "z. B." joins): 1 MB of initials did not finish."""
    def cost(n):
        text = unit * n + "Done."
        return scanned_by(sentences, monkeypatch, lambda: sentences.split(text, lang))
    small, large = cost(300), cost(1200)
    assert large < 5 * small, (small, large)


def test_a_run_of_initials_is_still_one_sentence():
    # Worked out by hand: "A." is an initial (a capital letter alone), so no period ends the
    # sentence before "Done."; "z. B." joins into the listed abbreviation "z.b".
    text = "A. " * 200 + "Done. Next one."
    assert [s.text for s in sentences.split(text, "en")] == [("A. " * 200 + "Done.").strip(),
                                                            "Next one."]
    de = "Er kam z. B. mit " * 50 + "Anna. Gut."
    assert [s.text for s in sentences.split(de, "de")] == [de[:-len(" Gut.")], "Gut."]


def test_last_words_reads_like_split_from_the_end():
    text = "  statut de\tprotection  S"
    for count in (1, 2, 3, 5):
        for end in range(len(text) + 1):
            for start in range(0, end + 1, 3):
                assert sentences._last_words(text, start, end, count) == \
                    text[start:end].split()[-count:], (start, end, count)


# --- rules: protected stretches (quoted titles, URLs, code) --------------------------------------

def _view(text: str) -> DocumentView:
    doc = Document(path="a.txt", format="text", source=text)
    doc.blocks.append(make_block("paragraph", [(text, 0)]))
    return DocumentView(doc=doc, lang="fr", region="FR", block_indices=[0], sentences=[])


def test_a_protected_stretch_is_found_by_search_not_by_scanning_them_all(monkeypatch):
    """is_protected scanned every stretch of the block for every hit: a 5 MB block of `«a» `
    (a quoted title every 4 characters, a typography hit at each) never ended. Now the stretches
    are read once, to build the index, and no question looks at them again."""
    import checker.rules.text as text_module
    looked_at = [0]

    class Counted(list):
        def __iter__(self):
            for item in list.__iter__(self):
                looked_at[0] += 1
                yield item

    real = text_module.protected_ranges
    monkeypatch.setattr(text_module, "protected_ranges", lambda text: Counted(real(text)))
    view = _view("«a» " * 2000)
    assert view.is_protected(0, 1, 2)           # inside the first «a»: builds the index
    built = looked_at[0]
    answers = [view.is_protected(0, 4 * k + 1, 4 * k + 2) for k in range(0, 2000, 7)]
    assert all(answers) and looked_at[0] == built


def _covers_by_scan(ranges, start, end, titles):
    """The definition, one stretch at a time (the old scan)."""
    for p in ranges:
        if p.what == "title":
            if titles and p.start <= start and end <= p.end:
                return True
        elif start < p.end and p.start < end:
            return True
    return False


RANGES = [Protected(0, 10, "dateline"), Protected(14, 20, "title"), Protected(16, 30, "url"),
          Protected(40, 60, "title"), Protected(42, 48, "title"), Protected(70, 75, "code")]


@pytest.mark.parametrize("start, end, titles, expected", [
    (10, 14, True, False),      # between the dateline (ends at 10) and the title (starts at 14)
    (9, 11, True, True),        # touches the dateline's last character
    (14, 16, True, True),       # inside the title 14-20
    (14, 16, False, False),     # ... which does not count without `titles`
    (13, 15, True, False),      # starts before the title, touches no other stretch
    (29, 31, False, True),      # the URL 16-30 ends at 30
    (30, 40, True, False),
    (41, 59, True, True),       # inside the outer title 40-60, past the inner one
    (59, 61, True, False),      # runs out of every title
    (74, 90, False, True),      # the code 70-75
])
def test_protected_stretches_worked_out_by_hand(start, end, titles, expected):
    assert ProtectedIndex(RANGES).covers(start, end, titles) is expected
    assert _covers_by_scan(RANGES, start, end, titles) is expected


def test_the_index_answers_as_the_scan_on_every_small_question():
    index = ProtectedIndex(RANGES)
    for start in range(0, 80):
        for end in range(start + 1, 82):
            for titles in (True, False):
                assert index.covers(start, end, titles) is _covers_by_scan(RANGES, start, end, titles)

"""Rule kinds that need the whole document: repetition (doubled words, repeated sentences),
conditional (an acronym used before or without its expansion), consistency (two spellings)."""
from __future__ import annotations

import re

from .acronym_evidence import (company_name, explained_after, letters_in_words_before,
                               named_by_class_noun, spelled_out_before, spelled_out_in)
from .kinds import PAREN_ACRONYM, ROMAN_NUMERAL, TermMatcher, str_list, caps_runs, known_acronyms
from . import near_duplicates
from .model import Hit, Rule, rule_kind
from .text import normalize

_DOUBLED = re.compile(r"(?<![\w-])([^\W\d_]+)([\s\u00a0]+)([^\W\d_]+)(?![\w-])")
_LETTERS = re.compile(r"[^\W\d_]+")


def _has_doubled_letters_run(text: str) -> bool:
    """Whether two runs of letters in a row are equal in lower case. A doubled word (_DOUBLED:
    two such runs with only spaces between) needs it, and most blocks have none: they are then
    not searched word by word (issue 14's profile)."""
    runs = [run.lower() for run in _LETTERS.findall(text)]
    return any(a == b for a, b in zip(runs, runs[1:]))


@rule_kind("repetition")
class Repetition(Rule):
    """`scope: words`: the same word twice in a row (`exceptions` lists doubles that are correct,
    such as French `nous nous`). `scope: sentences`: a sentence or paragraph that repeats most of
    the content of an earlier one (rules/near_duplicates.py): `containment` (0 to 1) of the
    content terms of one found in the other, on sentences of `min_content_words` or more.
    `similarity` and `min_words` are the earlier names of these two options.
    Placeholders: {match}; {line} and {earlier} (the line and first words of the earlier one)."""
    OPTIONS = ("scope", "exceptions", "containment", "min_content_words", "similarity",
               "min_words")

    def configure(self, spec):
        self.scope_name = spec.get("scope")
        if self.scope_name not in ("words", "sentences"):
            raise self.fail("scope", "must be `words` or `sentences`")
        self.exceptions = {e.lower() for e in str_list(self, spec, "exceptions")}
        self.containment = float(spec.get("containment", spec.get("similarity", 0.8)))
        self.min_terms = int(spec.get("min_content_words", spec.get("min_words", 5)))

    def check(self, view):
        if self.scope_name == "words":
            yield from self._doubled_words(view)
        else:
            yield from self._repeated_sentences(view)

    def _doubled_words(self, view):
        for bi, block in view.blocks():
            if not _has_doubled_letters_run(block.text):
                continue
            pos = 0
            while m := _DOUBLED.search(block.text, pos):
                first, second = m.group(1), m.group(3)
                pos = m.start(3)
                if first.lower() != second.lower() or first.lower() in self.exceptions:
                    continue
                if view.is_protected(bi, m.start(), m.end()):
                    continue
                yield Hit(bi, m.start(), m.end(), suggestions=(first,), values={"match": m.group()})

    def _repeated_sentences(self, view):
        pairs = near_duplicates.repeated(view, self.containment, self.min_terms)
        for later, earlier in pairs:
            block = view.doc.blocks[earlier.block_index]
            line = view.doc.span(block, earlier.start, earlier.end).line
            yield Hit(later.block_index, later.start, later.end,
                      values={"line": line, "earlier": _opening(earlier.text)})


def _opening(text: str, words: int = 6) -> str:
    """The first words of a sentence, to name it in a message: "The new bridge opens to…"."""
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


_ACRONYM = re.compile(r"(?<![\w&-])([A-ZÀ-ÖØ-Þ]{2,8})(s?)(?![\w&-])")
# "ABC (Full Name)": an acronym followed by a parenthesis of two words or more.
_ACRONYM_THEN_EXPANSION = re.compile(r"(?<![\w-])([A-ZÀ-ÖØ-Þ]{2,8})s?\s*\(([^()]{4,})\)")


def acronym_definitions(view) -> dict[str, tuple[int, int]]:
    """Where each acronym is expanded: `Full Name (ABC)` or `ABC (Full Name)`; the place is
    (block index, offset), the earliest one kept."""
    found: dict[str, tuple[int, int]] = {}
    for bi, block in view.blocks():
        text = block.text
        for m in PAREN_ACRONYM.finditer(text):
            found.setdefault(m.group(1), (bi, m.start()))
        for m in _ACRONYM_THEN_EXPANSION.finditer(text):
            words = re.findall(r"[^\W\d_]+", m.group(2))
            if len(words) >= 2:
                found.setdefault(m.group(1), (bi, m.start()))
    return found


@rule_kind("conditional")
class Conditional(Rule):
    """An acronym (2 to 8 capitals) used before it is expanded, or never expanded. An acronym
    counts as expanded where the text writes `Full Name (ABC)` or `ABC (Full Name)`, where the page
    marks it up (`<abbr title>`, passed by the HTML loader in ctx.shared["abbr_expansions"]), or
    when the public knows it (`known`, per language). Also expanded where the words right before
    it have its letters as initials ("National Center of Competence in Research NCCR"), or where
    the text spells it out before its first use without brackets; a heading's acronym is
    expanded where the text spells it out anywhere; an acronym that opens a company's
    name ("AEW Energie AG") is a name; so is one in apposition to a class noun ("the company
    XPLN"); an acronym explained right after it ("OPCON, c'est-à-dire ...") or whose letters the
    words before it hold ("Bundesamt für Kommunikation BAKOM") is expanded there
    (rules/acronym_evidence.py). Placeholder: {acronym}."""
    OPTIONS = ("known",)

    def configure(self, spec):
        self.known = known_acronyms(self, spec.get("known", {}))

    def check(self, view):
        known = self.known.get("any", set()) | self.known.get(view.lang, set())
        known |= set(view.shared.get("abbr_expansions", {}) or {})
        defined = acronym_definitions(view)
        first_prose: dict[str, tuple[int, int, int]] = {}    # acronym -> (block, start, end)
        first_any: dict[str, tuple[int, int, int]] = {}
        for bi, block in view.blocks():
            if _mostly_capitals(block.text):
                continue      # a shouted heading: the capitalization rule's business
            shouted = {m.start() for run in caps_runs(block.text, known) if len(run) > 1 for m in run}
            for m in _ACRONYM.finditer(block.text):
                acronym = m.group(1)
                if acronym in known or ROMAN_NUMERAL.match(acronym) or m.start(1) in shouted \
                        or view.is_protected(bi, *m.span(1)) or company_name(block.text, m.end()):
                    continue
                place = (bi, m.start(1), m.end(1))
                if place[:2] < defined.get(acronym, (len(view.doc.blocks), 0)) \
                        and explained_here(block.text, m.start(1), m.end(), acronym):
                    defined[acronym] = place[:2]
                first_any.setdefault(acronym, place)
                if block.kind not in ("heading", "title"):
                    first_prose.setdefault(acronym, place)
        for acronym, place in first_any.items():
            use = first_prose.get(acronym)
            where = defined.get(acronym)
            if use is None:                       # only in headings: fine if expanded anywhere
                if where is None and not spelled_out_in(
                        (block.text for _bi, block in view.blocks()), acronym):
                    yield Hit(place[0], place[1], place[2], values={"acronym": acronym})
            elif (where is None or where > (use[0], use[1])) \
                    and not spelled_out_in(_text_before(view, use), acronym):
                yield Hit(use[0], use[1], use[2], values={"acronym": acronym})


def _text_before(view, use: tuple[int, int, int]) -> list[str]:
    """The text before the acronym's first use in the body: the full name written earlier
    ("la Dirección General de Tráfico pone en marcha ... la DGT recomienda") expands it."""
    texts = [block.text for bi, block in view.blocks() if bi < use[0]]
    for bi, block in view.blocks():
        if bi == use[0]:
            texts.append(block.text[:use[1]])
    return texts


def explained_here(text: str, start: int, end: int, acronym: str) -> bool:
    """The acronym at `start` (its match, plural s included, ends at `end`) is spelled out or
    explained where it stands, or names a thing its class noun says (rules/acronym_evidence.py)."""
    return (spelled_out_before(text, start, acronym) or letters_in_words_before(text, start, acronym)
            or explained_after(text, end) or named_by_class_noun(text, start, end))


def _mostly_capitals(text: str) -> bool:
    letters = sum(map(str.isalpha, text))
    return letters >= 12 and sum(map(str.isupper, text)) / letters > 0.6


@rule_kind("consistency")
class Consistency(Rule):
    """Two spellings of one term in one document (`sets`: lists of variants). The first spelling
    used sets the document's choice; later uses of another variant are flagged.
    Placeholders: {match}, {first}."""
    OPTIONS = ("sets",)

    def configure(self, spec):
        sets = spec.get("sets")
        if not isinstance(sets, list) or not sets or not all(
                isinstance(s, list) and len(s) >= 2 for s in sets):
            raise self.fail("sets", "needs a list of lists of two or more spellings")
        self.sets = [[str(v) for v in s] for s in sets]
        self.matchers = [TermMatcher(s) for s in self.sets]

    def check(self, view):
        for variants, matcher in zip(self.sets, self.matchers):
            first = None
            for bi, block in view.blocks():
                for m, term in matcher.finditer(block.text):
                    if view.is_protected(bi, m.start(), m.end()):
                        continue
                    if first is None:
                        first = term
                    elif normalize(term) != normalize(first):
                        yield Hit(bi, m.start(), m.end(), suggestions=(first,),
                                  values={"match": m.group(), "first": first})

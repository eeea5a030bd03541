"""Rule kinds that need the whole document: repetition (doubled words, repeated sentences),
conditional (an acronym used before or without its expansion), consistency (two spellings)."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from .acronym_evidence import company_name, spelled_out_before, spelled_out_in
from .kinds import PAREN_ACRONYM, ROMAN_NUMERAL, TermMatcher, str_list, caps_runs, known_acronyms
from .model import Hit, Rule, rule_kind
from .text import normalize

_DOUBLED = re.compile(r"(?<![\w-])([^\W\d_]+)([\s\u00a0]+)([^\W\d_]+)(?![\w-])")


@rule_kind("repetition")
class Repetition(Rule):
    """`scope: words`: the same word twice in a row (`exceptions` lists doubles that are correct,
    such as French `nous nous`). `scope: sentences`: a sentence that repeats an earlier one, word
    for word or nearly (`similarity` between 0 and 1, on sentences of `min_words` or more).
    Placeholders: {match}, {line}."""
    OPTIONS = ("scope", "exceptions", "similarity", "min_words")

    def configure(self, spec):
        self.scope_name = spec.get("scope")
        if self.scope_name not in ("words", "sentences"):
            raise self.fail("scope", "must be `words` or `sentences`")
        self.exceptions = {e.lower() for e in str_list(self, spec, "exceptions")}
        self.similarity = float(spec.get("similarity", 0.9))
        self.min_words = int(spec.get("min_words", 6))

    def check(self, view):
        if self.scope_name == "words":
            yield from self._doubled_words(view)
        else:
            yield from self._repeated_sentences(view)

    def _doubled_words(self, view):
        for bi, block in view.blocks():
            pos = 0
            while m := _DOUBLED.search(block.text, pos):
                first, second = m.group(1), m.group(3)
                pos = m.start(3)
                if first.lower() != second.lower() or first.lower() in self.exceptions:
                    continue
                if view.is_protected(bi, m.start(), m.end()):
                    continue
                yield Hit(bi, m.start(), m.end(), suggestions=(first,), values={"match": m.group()})

    # A word met in more sentences than this says nothing about which sentence is a near-copy
    # ("the", "de"): it is left out of the index, which keeps long documents fast.
    _COMMON_WORD = 40

    def _repeated_sentences(self, view):
        # Earlier sentences are indexed by their words; a new sentence is compared only with those
        # that share enough of its less common words to reach the similarity, not with every one.
        seen: list[tuple[list[str], set[str], object]] = []
        exact: dict[tuple, object] = {}
        index: dict[str, list[int]] = {}
        for s in view.sentences:
            words = [normalize(t.text) for t in s.words]
            if len(words) < self.min_words:
                continue
            bag = set(words)
            earlier = exact.get(tuple(words)) or self._first_similar(words, bag, seen, index)
            if earlier is not None:
                line = view.doc.span(view.doc.blocks[earlier.block_index], earlier.start,
                                     earlier.end).line
                yield Hit(s.block_index, s.start, s.end, values={"line": line})
            exact.setdefault(tuple(words), s)
            for w in bag:
                postings = index.setdefault(w, [])
                if len(postings) <= self._COMMON_WORD:
                    postings.append(len(seen))
            seen.append((words, bag, s))

    def _first_similar(self, words, bag, seen, index):
        rare = [w for w in bag if len(index.get(w, ())) <= self._COMMON_WORD]
        needed = max(2.0, (self.similarity - 0.2) * len(rare))
        shared: dict[int, int] = {}
        for w in rare:
            for i in index.get(w, ()):
                shared[i] = shared.get(i, 0) + 1
        for i in sorted(i for i, n in shared.items() if n >= needed):
            earlier_words, earlier_bag, earlier = seen[i]
            if self._similar(words, bag, earlier_words, earlier_bag):
                return earlier
        return None

    def _similar(self, a, a_bag, b, b_bag) -> bool:
        if a == b:
            return True
        # Cheap filters first: word sets that share little cannot be near-copies.
        if min(len(a), len(b)) / max(len(a), len(b)) < self.similarity - 0.1:
            return False
        if len(a_bag & b_bag) / len(a_bag | b_bag) < self.similarity - 0.2:
            return False
        return SequenceMatcher(None, a, b, autojunk=False).ratio() >= self.similarity


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
    it have its letters as initials ("National Center of Competence in Research NCCR"); a heading's
    acronym is expanded where the text spells it out anywhere; an acronym that opens a company's
    name ("AEW Energie AG") is a name (rules/acronym_evidence.py). Placeholder: {acronym}."""
    OPTIONS = ("known",)

    def configure(self, spec):
        self.known = known_acronyms(self, spec.get("known", {}))

    def check(self, view):
        known = self.known.get("any", set()) | self.known.get(view.lang, set())
        known |= set(view.shared.get("abbr_expansions", {}) or {})
        defined = acronym_definitions(view)
        first_prose, first_any = {}, {}
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
                        and spelled_out_before(block.text, m.start(1), acronym):
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
            elif where is None or where > (use[0], use[1]):
                yield Hit(use[0], use[1], use[2], values={"acronym": acronym})


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

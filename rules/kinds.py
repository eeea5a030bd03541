"""Rule kinds that look at words and punctuation inside blocks and sentences: existence,
substitution, occurrence, capitalization (Vale's extension points of the same names)."""
from __future__ import annotations

import re

import regex

from . import term_index
from .model import Hit, Rule, rule_kind
from .patterns import compile_for
from .text import case_matches, compile_terms, match_case, normalize

# Words for the capitals checks: an apostrophe splits (L'OFEN is the article and OFEN).
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# What may stand between two shouted words of one run: spaces, light punctuation and at most a
# one-letter capital word (Italian "È", French "À"), nothing else.
_RUN_GLUE = re.compile(r"[\s,&/–-]*(?:[^\W\d_][\s,&/–-]+)?")
ROMAN_NUMERAL = re.compile(r"^[IVXLCDM]+$")


def str_list(rule: Rule, spec: dict, name: str) -> list[str]:
    value = spec.get(name, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise rule.fail(name, "must be a list of non-empty texts")
    return value


def _compile(rule: Rule, source: str, name: str):
    """A pack's pattern: the built-in packs' with `re`, a user's with a time limit (rules.patterns)."""
    try:
        return compile_for(rule, source)
    except (re.error, regex.error) as exc:
        raise rule.fail(name, f"invalid regular expression {source!r}: {exc}") from None


class TermMatcher:
    """Many words or phrases in one pattern, each found with its declared spelling. The pattern
    is compiled on first use, once per process: a French document never pays for the German list."""

    def __init__(self, terms: list[str]):
        self.terms = terms
        self.by_key = {normalize(t): t for t in terms}
        self._regex: re.Pattern | None = None
        self.first_words = term_index.first_words(terms)    # blocks without one are skipped

    @property
    def regex(self) -> re.Pattern | None:
        if self._regex is None and self.terms:
            self._regex = compile_terms(self.terms)
        return self._regex

    def finditer(self, text: str):
        if not self.terms or not term_index.may_match(self.first_words, text):
            return
        regex = self.regex
        if regex is None:
            return
        for m in regex.finditer(text):
            term = self.by_key.get(normalize(m.group()))
            if term is not None and case_matches(term, m.group()):
                yield m, term


@rule_kind("existence")
class Existence(Rule):
    """Flags each occurrence of a term (`terms`, matched as whole words) or a regular expression
    (`patterns`, matched as written); `suggest` is a replacement template (`\\1` for groups).
    Placeholders: {match}, {suggestion}."""
    OPTIONS = ("terms", "patterns", "suggest")

    def configure(self, spec):
        self.terms = TermMatcher(str_list(self, spec, "terms"))
        self.patterns = [_compile(self, p, "patterns") for p in str_list(self, spec, "patterns")]
        if not self.terms.terms and not self.patterns:
            raise self.fail("terms", "an existence rule needs `terms` or `patterns`")
        self.suggest = spec.get("suggest")

    def matches(self, text: str):
        for m, _term in self.terms.finditer(text):
            yield m
        for pattern in self.patterns:
            yield from pattern.finditer(text)

    def check(self, view):
        titles = self.category != "typography"   # typography looks at a title's quote marks too
        for bi, block in view.blocks():
            for m in self.matches(block.text):
                if m.end() == m.start() or view.is_protected(bi, m.start(), m.end(), titles):
                    continue
                suggestions = (m.expand(self.suggest),) if self.suggest is not None else ()
                yield Hit(bi, m.start(), m.end(), suggestions=suggestions,
                          values={"match": m.group(), "suggestion": "".join(suggestions[:1])})


def parse_entry(rule: Rule, entry, index: int) -> dict:
    """An entry is `"term | variant -> plainer | other"` or a table with `term` (or `pattern`),
    `replace`, and optionally its own `message` and `severity`. Nothing after `->`: leave it out."""
    where = f"entries[{index}]"
    if isinstance(entry, str):
        if "->" not in entry:
            raise rule.fail(where, f"{entry!r} needs `term -> replacement`")
        left, right = entry.split("->", 1)
        entry = {"term": [t.strip() for t in left.split("|") if t.strip()],
                 "replace": [r.strip() for r in right.split("|") if r.strip()]}
    if not isinstance(entry, dict) or not (entry.get("term") or entry.get("pattern")):
        raise rule.fail(where, "needs a `term` or a `pattern`")
    unknown = set(entry) - {"term", "pattern", "replace", "message", "severity"}
    if unknown:
        raise rule.fail(f"{where}.{sorted(unknown)[0]}", "unknown field in an entry")
    terms = entry.get("term") or []
    replace = entry.get("replace") or []
    return {"terms": [terms] if isinstance(terms, str) else list(terms),
            "pattern": entry.get("pattern"),
            "replace": [replace] if isinstance(replace, str) else list(replace),
            "message": entry.get("message"), "severity": entry.get("severity")}


@rule_kind("substitution")
class Substitution(Rule):
    """A list of entries, each a term (or pattern) and its plainer or preferred replacement(s).
    Placeholders: {match}, {replacement}. `omit_message` is used when there is no replacement."""
    OPTIONS = ("entries", "omit_message")

    def configure(self, spec):
        raw = spec.get("entries")
        if not isinstance(raw, list) or not raw:
            raise self.fail("entries", "needs a list of entries")
        self.entries = [parse_entry(self, e, i) for i, e in enumerate(raw)]
        self.entry_by_term: dict[str, dict] = {}
        for entry in self.entries:
            for term in entry["terms"]:
                self.entry_by_term[normalize(term)] = entry
            if entry["pattern"]:
                entry["regex"] = _compile(self, entry["pattern"], "entries.pattern")
        self.terms = TermMatcher([t for e in self.entries for t in e["terms"]])
        # Most entries are terms; the few with a pattern are run one by one (issue 14's profile:
        # looping over every entry per block to find them cost more than the term search).
        self.pattern_entries = [e for e in self.entries if e["pattern"]]
        self.omit_message = spec.get("omit_message")   # a text, or a table by language

    def matches(self, text: str):
        for m, term in self.terms.finditer(text):
            yield m, term, self.entry_by_term[normalize(term)]
        for entry in self.pattern_entries:
            for m in entry["regex"].finditer(text):
                yield m, None, entry

    def check(self, view):
        for bi, block in view.blocks():
            for m, term, entry in self.matches(block.text):
                if view.is_protected(bi, m.start(), m.end(), titles=self.category != "typography"):
                    continue
                found = m.group()
                if term is None:
                    suggestions = tuple(m.expand(r) for r in entry["replace"])
                else:
                    suggestions = tuple(match_case(r, term, found) for r in entry["replace"])
                message = entry["message"] or (None if suggestions else self.omit_message)
                yield Hit(bi, m.start(), m.end(), message=message, suggestions=suggestions,
                          severity=entry["severity"],
                          values={"match": found,
                                  "replacement": " / ".join(entry["replace"] if term else suggestions)})


def count_commas(text: str) -> int:
    # A comma between digits is a decimal mark (3,5 %), not a pause in the sentence.
    return len(re.findall(r"(?<!\d),|,(?!\d)", text))


@rule_kind("occurrence")
class Occurrence(Rule):
    """Too many of something in a scope: `count` commas or words per `scope` sentence, or words or
    sentences per paragraph; fires when the count is above `max`. Placeholders: {count}, {max}."""
    OPTIONS = ("scope", "count", "max")
    _COUNTS = {("sentence", "commas"), ("paragraph", "words"), ("paragraph", "sentences")}

    def configure(self, spec):
        self.scope_name, self.count = spec.get("scope"), spec.get("count")
        if (self.scope_name, self.count) not in self._COUNTS:
            raise self.fail("count", "scope/count must be one of "
                            + ", ".join(f"{s}/{c}" for s, c in sorted(self._COUNTS)))
        self.max = spec.get("max")
        if not isinstance(self.max, int) or self.max < 1:
            raise self.fail("max", "must be a positive integer")

    def check(self, view):
        if self.scope_name == "sentence":
            for s in view.sentences:
                n = count_commas(s.text)
                if n > self.max:
                    yield Hit(s.block_index, s.start, s.end, values={"count": n, "max": self.max})
            return
        for bi, block in view.blocks():
            sentences = view.sentences_by_block.get(bi, [])
            n = len(sentences) if self.count == "sentences" else sum(len(s.words) for s in sentences)
            if n > self.max:
                yield Hit(bi, 0, len(block.text), values={"count": n, "max": self.max})


def caps_words(text: str):
    """Words written all in capitals (two letters or more)."""
    return iter(_caps_words(text))


@term_index.per_block
def _caps_words(text: str) -> tuple:
    # Several rules ask this of every block (shouting, acronyms): found once per block text.
    return tuple(m for m in _WORD.finditer(text) if len(m.group()) >= 2 and m.group().isupper())


@rule_kind("capitalization")
class Capitalization(Rule):
    """Shouting: a run of `min_words` or more all-capital words with `min_letters` letters or more
    in all, that are not acronyms (`known`, or defined in the text as `(ABC)`). Roman numerals are
    not shouting. A single capitalised word is too often an unexpanded acronym or a brand (PUBLICA,
    CRISPR) to call it shouting."""
    OPTIONS = ("min_words", "min_letters", "known")

    def configure(self, spec):
        self.min_words = spec.get("min_words", 2)
        self.min_letters = spec.get("min_letters", 8)
        self.known = known_acronyms(self, spec.get("known", {}))

    def check(self, view):
        defined = defined_in_parentheses(view)
        allowed = self.known.get("any", set()) | self.known.get(view.lang, set()) | defined
        for bi, block in view.blocks():
            for run in caps_runs(block.text, allowed):
                letters = sum(c.isalpha() for m in run for c in m.group())
                if len(run) < self.min_words or letters < self.min_letters:
                    continue
                start, end = run[0].start(), run[-1].end()
                if view.is_protected(bi, start, end):
                    continue
                text = block.text[start:end]
                yield Hit(bi, start, end, values={"match": text},
                          suggestions=(text.lower().capitalize(),) if len(run) > 1 else ())


def caps_runs(text: str, allowed: set[str]) -> list[list]:
    """Runs of consecutive all-capital words that are not `allowed` acronyms nor Roman numerals,
    separated only by spaces or light punctuation (a run stops at any other word or at . ! ? : ;)."""
    runs: list[list] = []
    run: list = []
    for m in caps_words(text):
        if m.group() in allowed or ROMAN_NUMERAL.match(m.group()):
            if run:
                runs.append(run)
            run = []
            continue
        glue = text[run[-1].end():m.start()] if run else ""
        if run and not (_RUN_GLUE.fullmatch(glue) and glue == glue.upper()):
            runs.append(run)
            run = []
        run.append(m)
    if run:
        runs.append(run)
    return runs


def known_acronyms(rule: Rule, value) -> dict[str, set[str]]:
    """`known:` as a table of language (or `any`) -> list of acronyms the public knows."""
    if not isinstance(value, dict):
        raise rule.fail("known", "must be a table of language -> list of acronyms")
    return {lang: set(words) for lang, words in value.items()}


PAREN_ACRONYM = re.compile(r"\(\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&-]{1,9})s?\s*[),;]")


def defined_in_parentheses(view) -> set[str]:
    """Acronyms the text introduces in parentheses somewhere: `Full Name (ABC)`."""
    return {m.group(1) for _bi, block in view.blocks() for m in PAREN_ACRONYM.finditer(block.text)}

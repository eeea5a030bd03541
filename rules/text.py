"""What rules look at: the blocks of one language in a document, with the stretches rules must not
touch (URLs, e-mail addresses, code, quoted titles), plus word-pattern helpers shared by the kinds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from checker.text.datelines import dateline_end
from checker.text.words import EMAIL_RE, URL_RE

if TYPE_CHECKING:
    from checker.config import Settings
    from checker.document import Document
    from checker.profiles import Profile

_URL_OR_EMAIL = re.compile(f"(?P<url>{URL_RE})|(?P<email>{EMAIL_RE})")
_CODE = re.compile(r"`[^`]+`")
# Quoted stretches: French/Swiss guillemets, German low-high quotes, English curly and straight.
_QUOTED = re.compile(r"«\s?([^«»]+?)\s?»|„([^„“”]+)[“”]|“([^“”]+)”"
                     r"|\"([^\"]+)\"|‹([^‹›]+)›|‚([^‚‘]+)‘")
# A quoted title (of a report, a law, a campaign) is short and has no sentence punctuation inside;
# a quotation of someone's words usually runs longer or ends with one. Rules on words skip titles,
# since a title is cited as it is; typography rules still look at the quote marks around them.
_TITLE_MAX_WORDS = 12
_SENTENCE_PUNCT = re.compile(r"[.!?;]\s|[.!?]$")

APOSTROPHES = "'’"


@dataclass
class Protected:
    start: int
    end: int
    what: str   # url | email | code | title | dateline


def protected_ranges(text: str) -> list[Protected]:
    out = [Protected(m.start(), m.end(), m.lastgroup or "url") for m in _URL_OR_EMAIL.finditer(text)]
    out += [Protected(m.start(), m.end(), "code") for m in _CODE.finditer(text)]
    dateline = dateline_end(text)     # "LYON (France) – ": a place and date, not prose
    if dateline:
        out.append(Protected(0, dateline, "dateline"))
    for m in _QUOTED.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if len(inner.split()) <= _TITLE_MAX_WORDS and not _SENTENCE_PUNCT.search(inner.strip()):
            out.append(Protected(m.start(), m.end(), "title"))
    return out


@dataclass
class DocumentView:
    """One language's share of a document, as the rules of that language see it."""
    doc: Document
    lang: str
    region: str
    block_indices: list[int]
    sentences: list                         # SentenceInfo of these blocks, in order
    settings: Settings | None = None
    profile: Profile | None = None
    shared: dict[str, Any] = field(default_factory=dict)
    ui_lang: str | None = None

    @cached_property
    def protected(self) -> dict[int, list[Protected]]:
        return {i: protected_ranges(self.doc.blocks[i].text) for i in self.block_indices}

    def text(self, block_index: int) -> str:
        return self.doc.blocks[block_index].text

    def blocks(self):
        for i in self.block_indices:
            yield i, self.doc.blocks[i]

    def is_protected(self, block_index: int, start: int, end: int, titles: bool = True) -> bool:
        """True when [start, end) touches a URL, an e-mail address or code, or (with `titles`) lies
        inside a quoted title."""
        for p in self.protected.get(block_index, ()):
            if p.what == "title":
                if titles and p.start <= start and end <= p.end:
                    return True
            elif start < p.end and p.start < end:
                return True
        return False

    @cached_property
    def sentences_by_block(self) -> dict[int, list]:
        out: dict[int, list] = {}
        for s in self.sentences:
            out.setdefault(s.block_index, []).append(s)
        return out


def term_regex(term: str, bounded: bool = True) -> str:
    """A regex source for a word or phrase: whole words only, any run of spaces between words,
    either apostrophe. A term ending in an apostrophe (French `qu'`) joins the next word."""
    words = term.strip().split()
    parts = []
    for w in words:
        esc = re.escape(w)
        for a in APOSTROPHES:
            esc = esc.replace(a, "['’]")
        parts.append(esc)
    body = r"[\s\u00a0\u202f]+".join(parts)
    tail = "" if term.strip()[-1] in APOSTROPHES else r"(?![\w-])"
    return (r"(?<![\w-])" if bounded else "") + body + tail


def compile_terms(terms: list[str]) -> re.Pattern:
    """One alternation for many terms (longest first, so `in order to` beats `order`). The
    word-start test stands once in front of the alternation: the engine then tries the
    alternatives only where a word begins, which keeps long lists fast."""
    ordered = sorted(set(terms), key=len, reverse=True)
    # Alternatives grouped by their first letter behind a one-letter lookahead: at each word start
    # the engine then tries a few dozen letters and one group, not every term (issue 14's profile:
    # this search was the rules' largest cost). Two groups never match at the same place, and each
    # keeps the longest-first order, so what matches is what the single alternation matched.
    groups: dict[str, list[str]] = {}
    for term in ordered:
        first = term.strip()[0]
        key = first.lower() if first.isascii() and first.isalnum() else ""
        groups.setdefault(key, []).append(f"(?:{term_regex(term, bounded=False)})")
    branches = [f"(?={re.escape(key)})(?:{'|'.join(alts)})" if key else "|".join(alts)
                for key, alts in groups.items()]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(branches)})", re.IGNORECASE)


def _canonical(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def normalize(text: str) -> str:
    """Key to look a matched term up: lower case, one space, one apostrophe."""
    return " ".join(text.replace("’", "'").split()).lower()


def case_matches(term: str, found: str) -> bool:
    """Respect case: a term written with capitals matches only as written; a lower-case term
    matches lower case, a capital first letter (sentence start), Title Case (an English heading)
    or all capitals."""
    if term != term.lower():
        return _canonical(found) == _canonical(term)
    rest = found[1:]
    if rest == rest.lower() or found == found.upper():
        return True
    return all(w[1:] == w[1:].lower() for w in found.split())


def match_case(replacement: str, term: str, found: str) -> str:
    """Write `replacement` in the case of `found`: capital first letter when the term was lower
    case but the text capitalised it (a sentence start); all capitals for all capitals."""
    if not replacement or term != term.lower():
        return replacement
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if found[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement

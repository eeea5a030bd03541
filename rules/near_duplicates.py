"""Near-duplicates at clause level: a sentence, or a paragraph, that repeats most of the content of
an earlier one, in the same or another order, with or without a clause added in front.

Comparing whole sentences as strings misses the commonest case in real releases: the lead's
sentence repeated in the body after "As announced on Monday,". So sentences are compared by their
content: the stems of their words once the language's function words (the registry's list,
checker/languages/) are left out, plus their figures. Precision comes first:

- containment, not symmetric similarity: the later sentence must hold nearly all the content terms
  of the earlier one (an added clause costs nothing), or the earlier one nearly all of the later
  one's (a shortened repeat); the other side must still share at least half, so one short
  sentence is not "repeated" by a long one that happens to cover its words;
- every figure of the side that is contained must be in the other: "exports rose by 3 % in 2023"
  does not repeat "exports rose by 5 % in 2024";
- few terms may be left unmatched, and none in a short sentence: "The canton of Bern receives
  ..." and "The canton of Zurich receives ..." are a list, not a repeat (NEAR_MISSES);
- a minimum of content terms, so short set phrases that releases repeat on purpose (contacts,
  "Further information", legal lines) never count;
- headings and titles are never compared: a body that restates its title is what a title is for.

A paragraph of two sentences or more is also compared as a whole with earlier paragraphs, which
catches a paragraph repeated with its sentences cut differently; it then is one finding, in place
of one per sentence.

Stems come from PyStemmer, the Snowball project's own C stemmers with a Python binding (the same
algorithms as the pure-Python `snowballstemmer`, which uses PyStemmer itself when it is installed).
Stemming was the largest cost of a first run over new text (issue 14: ~20% of the CPU of a cold
pass over the 200 releases, every distinct word stemmed once per worker); the C stemmers give the
same stems (259,615 distinct words of the corpora, examples and tests in the 7 languages: no
difference) for a fraction of the time.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import Stemmer

from checker import languages

_APOSTROPHES = re.compile(r"['’ʼ]")
_NOT_DIGIT = re.compile(r"\D")
# Terms a contained side may lack: none below 7 terms, one from 7, two from 14 (NEAR_MISSES).
NEAR_MISS_EVERY = 7
SKIPPED_KINDS = ("heading", "title")
MIN_WORDS = 6
# A sentence ends with a stop, perhaps followed by closing quotes or brackets.
_FINAL_STOP = re.compile(r"[.!?…][\s\"'»”“’)\]]*$")


@dataclass(frozen=True)
class Content:
    """What a sentence or paragraph says, as far as repetition goes."""
    terms: frozenset[str]          # stems of its content words
    figures: frozenset[str]        # its numbers, digits only ("3 150" and "3'150" -> "3150")
    words: tuple[str, ...] = ()    # all its words, lower case: a word-for-word repeat


@dataclass(frozen=True)
class Unit:
    block_index: int
    start: int
    end: int
    content: Content
    text: str


_PER_THREAD = threading.local()


def _stemmer(lang: str):
    """The language's stemmer for this thread (a stemmer object keeps state while it works, and
    PyStemmer's documentation asks for one per thread; the engine analyses in threads too)."""
    stemmers = _PER_THREAD.__dict__.setdefault("stemmers", {})
    key = (lang, languages.generation())
    if key not in stemmers:
        language = languages.get(lang)
        name = language.stemmer if language else None
        stemmers[key] = Stemmer.Stemmer(name) if name else None
    return stemmers[key]


# Longer "words" are kept whole: the longest German compounds have about 60 letters, and a
# token of 300,000 characters ("A. A. A. ...", one abbreviation for the tokenizer) took 15 s in
# the pure-Python Snowball: no stemmer needs to see one.
MAX_STEMMED = 100


def _stem(word: str, lang: str) -> str:
    """The stem of a lower-case word (each word once: _terms_of_word keeps what it found)."""
    if len(word) > MAX_STEMMED:
        return word
    stemmer = _stemmer(lang)
    return stemmer.stemWord(word) if stemmer else word


def content_of(tokens, lang: str) -> Content:
    """Content terms and figures of a run of word tokens (checker.text.words.Token)."""
    terms: set[str] = set()
    figures: set[str] = set()
    generation = languages.generation()       # a registry change empties nothing: keys change
    words = tuple(token.text.lower().replace("’", "'") for token in tokens)
    for token in tokens:
        if token.kind == "number":
            digits = _NOT_DIGIT.sub("", token.text)
            if digits:
                figures.add(digits)
            continue
        terms.update(_terms_of_word(token.text, lang, generation))
    return Content(frozenset(terms), frozenset(figures), words)


@lru_cache(maxsize=65536)
def _terms_of_word(word: str, lang: str, generation: int) -> tuple[str, ...]:
    """The content terms of one word (a document says the same words again and again)."""
    language = languages.get(lang)
    function_words = language.function_words if language else frozenset()
    # Elided forms ("l'opération", "dell'anno") are one token: the article goes, the noun stays.
    return tuple(_stem(part, lang) for part in _APOSTROPHES.split(word.lower())
                 if len(part) >= 3 and part not in function_words and part[0].isalpha())


def joined(parts: list[Content]) -> Content:
    """The content of consecutive runs of tokens taken as one run: what content_of would give for
    all their tokens together (terms and figures are sets, words follow each other)."""
    return Content(frozenset().union(*(c.terms for c in parts)),
                   frozenset().union(*(c.figures for c in parts)),
                   tuple(w for c in parts for w in c.words))


def repeats(later: Content, earlier: Content, containment: float, min_terms: int) -> bool:
    """Whether `later` repeats most of `earlier`'s content (or is a shortened repeat of it). A
    sentence repeated word for word counts from MIN_WORDS words, whatever its content terms."""
    if later.words == earlier.words and len(later.words) >= MIN_WORDS:
        return True
    small, large = sorted((later, earlier), key=_size)
    if _size(small) < min_terms or not small.figures <= large.figures:
        return False
    shared = len(small.terms & large.terms) + len(small.figures)
    if shared < containment * _size(small) or 2 * shared < _size(large):
        return False
    return _size(small) - shared <= _size(small) // NEAR_MISS_EVERY


def _size(content: Content) -> int:
    """Content terms and figures: a figure is content as much as a noun is."""
    return len(content.terms) + len(content.figures)


def repeated(view, containment: float, min_terms: int) -> list[tuple[Unit, Unit]]:
    """(later, earlier) pairs of the view, in the order of the later: paragraphs repeated as a
    whole, and sentences repeated outside them."""
    sentences, paragraphs = units(view)
    whole = list(find_repeats(paragraphs, containment, min_terms))
    covered = {later.block_index for later, _ in whole}
    single = [(later, earlier) for later, earlier in find_repeats(sentences, containment, min_terms)
              if later.block_index not in covered]
    return sorted(whole + single, key=lambda pair: (pair[0].block_index, pair[0].start))


def units(view) -> tuple[list[Unit], list[Unit]]:
    """(sentences, paragraphs of two sentences or more) of the view's prose. Headings, titles and
    lines without a final stop (a headline written as a paragraph, a caption) are left out."""
    sentences, paragraphs = [], []
    for block_index, in_block in view.sentences_by_block.items():
        block = view.doc.blocks[block_index]
        if block.kind in SKIPPED_KINDS:
            continue
        complete = [s for s in in_block if _FINAL_STOP.search(s.text)]
        contents = [content_of(s.words, view.lang) for s in complete]
        for s, content in zip(complete, contents):
            sentences.append(Unit(block_index, s.start, s.end, content, s.text))
        if len(complete) > 1:
            paragraphs.append(Unit(block_index, complete[0].start, complete[-1].end,
                                   joined(contents),
                                   block.text[complete[0].start:complete[-1].end]))
    return sentences, paragraphs


# A term met in more units than this says little about which earlier unit a later one repeats
# ("council" in a council's release): it stays out of the index, which keeps the search linear
# on long documents (one huge line of 100,000 sentences); `repeats` still counts it.
COMMON_TERM = 40


def find_repeats(items: list[Unit], containment: float,
                 min_terms: int) -> Iterator[tuple[Unit, Unit]]:
    """(later, earlier) for each unit that repeats an earlier one: the first one it repeats word
    for word, else the one sharing the most terms with it (the first of equals). Earlier units
    are found through their less common terms, so a long document is not compared pair by pair."""
    index: dict[str, list[int]] = {}
    verbatim: dict[tuple[str, ...], int] = {}
    for n, unit in enumerate(items):
        content = unit.content
        long_enough = len(content.words) >= MIN_WORDS
        if not long_enough and _size(content) < min_terms:
            continue                     # too short to repeat anything or to be repeated
        best = verbatim.get(content.words) if long_enough else None
        if best is None:
            shared: dict[int, int] = {}
            for term in content.terms:
                for i in index.get(term, ()):
                    shared[i] = shared.get(i, 0) + 1
            best = next((i for i in sorted(shared, key=lambda i: (-shared[i], i))
                         if repeats(content, items[i].content, containment, min_terms)), None)
        if best is not None:
            yield unit, items[best]
        verbatim.setdefault(content.words, n)
        for term in content.terms:
            postings = index.setdefault(term, [])
            if len(postings) < COMMON_TERM:
                postings.append(n)

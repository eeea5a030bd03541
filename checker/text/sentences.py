"""Sentences per language: `split(text, lang) -> list[Sentence]` with offsets into `text`.

`text` is one block (a paragraph, heading, list item...): sentences never cross a block, and a
block without final punctuation (a heading) is one sentence. Short sentences are kept ("Merci.";
textstat drops sentences of two words or fewer, which inflates average sentence length).

A sentence ends at ".", "!", "?", "…" or "...", taken with the closing quotes and brackets right
after it ("« Je viens. »", „Wir kommen.“, “Yes.”), when what follows is a space and then the start
of a sentence (a capital letter, a digit, an opening quote or bracket, "¿", "¡") or the end of the
block. A period is not an end after:
- a title or a mid-sentence abbreviation of the language ("M. Dupont", "z. B. Äpfel", "Sra. Ruiz",
  "ecc." only before a lower-case word; each language's `Abbreviations` in checker/languages/),
  an abbreviation that stands before a number ("Nr. 5", "art. 12"), initials ("J. Smith", "U.S.",
  "EE. UU.");
- in a language whose entry has ordinal cues (German), an ordinal number ("am 1. März", "im 20.
  Jahrhundert");
and an ellipsis or a "?"/"!" followed by a lower-case word does not end the sentence
("Il hésita… puis partit", "« Pourquoi ? » demanda-t-elle"). Decimal numbers ("3.5", "3,5") and
addresses ("www.admin.ch", "info@bag.admin.ch") contain no space after their periods, so they are
never split.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from checker import languages
from checker.languages.model import Sentences
from checker.text import abbreviations

_SPACE = " \t\n\r\u00a0\u202f\u2009"
# Closing quotes and brackets that may follow the final punctuation are each language's
# `Sentences.closers`; French puts a (no-break) space before » (« Je viens. »): `spaced_closer`.
_OPENERS = "«»„“‘\"'([¿¡"
_TERMINAL = re.compile(r"[.!?…]+")
_ROMAN = re.compile(r"[IVXLC]+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split(text: str, lang: str | None = None) -> list[Sentence]:
    """Split `text` (one block) into sentences with offsets into `text` (a language the registry
    lacks is split as English)."""
    rules = languages.require(languages.code_of(lang, languages.FALLBACK)).sentences
    out: list[Sentence] = []
    start = 0
    for m in _TERMINAL.finditer(text):
        end = _after_closers(text, m.end(), rules)
        if not _next_starts_sentence(text, end):
            continue
        if _continues(text, start, m, end, rules):
            continue
        _add(out, text, start, end)
        start = end
    _add(out, text, start, len(text))
    return out


# Flesch's procedure counts "as a sentence each full unit of speech marked off by a period, colon,
# semicolon, dash, question mark or exclamation point" (the Flesch test's steps as quoted at
# https://www.scribd.com/document/149257119/Flesch-Test). Inside a sentence, a colon or semicolon
# (not between digits, as in "14:30") or a spaced dash marks such a unit when both sides have words
# enough to stand alone; a colon before a short list or a label ("Contact: ...") does not.
_UNIT_MARK = re.compile(r"(?<!\d)[;:](?!\d)|\s[–—]\s")
UNIT_MIN_WORDS = 4


def speech_units(sentence: str) -> int:
    """How many of Flesch's "full units of speech" one sentence holds (at least 1)."""
    parts = _UNIT_MARK.split(sentence)
    units = 1
    before = len(parts[0].split())
    for part in parts[1:]:
        after = len(part.split())
        if before >= UNIT_MIN_WORDS and after >= UNIT_MIN_WORDS:
            units += 1
            before = after
        else:
            before += after
    return units


def _after_closers(text: str, pos: int, rules: Sentences) -> int:
    closers = rules.closers
    while pos < len(text):
        if text[pos] in closers:
            pos += 1
            continue
        if rules.spaced_closer and text[pos] in _SPACE and pos + 1 < len(text) \
                and text[pos + 1] in rules.spaced_closer:
            pos += 2  # « Je viens. »
            continue
        break
    return pos


_SPACES = re.compile(f"[{re.escape(_SPACE)}]*")
_NON_SPACE = re.compile(r"[^\s]+")


def _next_starts_sentence(text: str, end: int) -> bool:
    """True at the end of the block, or before a space and the start of a sentence."""
    if end >= len(text):
        return True
    if text[end] not in _SPACE:
        return False
    at = _skip_spaces(text, end)
    if at >= len(text):
        return True
    first = text[at]
    return first.isupper() or first.isdigit() or first in _OPENERS or first in "-–—•*"


def _continues(text: str, start: int, m: re.Match, end: int, rules: Sentences) -> bool:
    """True when the punctuation at `m` does not end the sentence despite what follows."""
    mark = m.group()
    next_word = _next_word(text, end)
    if mark in ("...", "…") and m.start() > 0 and text[m.start() - 1] in "[(":
        return True  # "[…]": an omission inside a quotation
    if mark != ".":
        return False
    word = _word_before(text, start, m.start())
    if not word:
        return False
    key = word.lower()
    known = rules.abbreviations
    titles, mid, before_number, final = known.titles, known.mid, known.before_number, known.final
    if key in rules.amount_abbreviations:
        return not _after_currency(text, start, m.start() - len(word))
    if len(word) == 1 and _is_letter_label(text, start, m.start() - 1):
        return False
    if key in titles or key in mid:
        return True
    following = next_word.rstrip(",;:)")
    if len(word) <= 2 and re.fullmatch(r"[^\W\d_]{1,2}\.", following):
        joined = f"{key}.{following[:-1].lower()}"  # "z. B.", "d. h.", "p. ex.", "u. a."
        if any(joined in group for group in (titles, mid, before_number, final)):
            return True
    number_follows = next_word[:1].isdigit() or _ROMAN.fullmatch(next_word.rstrip(",;:."))
    if key in before_number and number_follows:
        return True  # "Nr. 5", "Art. X"
    if key in final:
        return False
    if _is_initial(word):
        return True
    ordinal = re.search(r"(?:^|[^\d])(\d{1,3})$", word)  # "1." and "18.–22."
    if rules.ordinal_cues and ordinal and (ordinal.group(1) == word or not word[0].isalpha()):
        return _ordinal(text, start, m.start() - len(word), next_word, rules)
    return False


def _word_before(text: str, start: int, pos: int) -> str:
    """The word the period at `pos` ends, with its inner periods ("z.B", "U.S", "c.-à-d")."""
    k = pos
    while k > start and not text[k - 1].isspace() and text[k - 1] not in "([«„“\"'":
        k -= 1
    word = re.split(r"['’]", text[k:pos])[-1]  # "l’art." is "art."
    if len(word) <= 2 and word.isalpha():
        # "z. B." and "d. h.": join a one- or two-letter abbreviation with the ones before it.
        prev = _tail(text, start, k, _JOIN_WINDOW).rstrip(_SPACE)
        joined = _JOINED.search(prev)
        if joined:
            word = re.sub(r"\s", "", joined.group(1)) + word
    return word


# How far back one- and two-letter abbreviations are joined ("z. B.", "U. S. A."). The longest
# listed abbreviation has 9 characters; looking back over the whole sentence made "A. A. A. ..."
# (initials that never end a sentence) cubic: a 1 MB block of them did not finish.
_JOIN_WINDOW = 64
_JOINED = re.compile(r"(?:^|\s)((?:[^\W\d_]{1,2}\.\s?)+)$")


def _tail(text: str, start: int, end: int, width: int) -> str:
    """text[start:end], or its last `width` characters from a whitespace on (no word cut)."""
    low = max(start, end - width)
    if low == start:
        return text[start:end]
    piece = text[low:end]
    space = re.search(r"\s", piece)
    return piece[space.start():] if space else ""


def _last_words(text: str, start: int, end: int, count: int) -> list[str]:
    """text[start:end].split()[-count:], found from the end: copying and splitting the sentence so
    far at every period was quadratic on a long sentence of abbreviations."""
    words: list[str] = []
    k = end
    while len(words) < count:
        while k > start and text[k - 1].isspace():
            k -= 1
        if k <= start:
            break
        j = k
        while j > start and not text[j - 1].isspace():
            j -= 1
        words.append(text[j:k])
        k = j
    return words[::-1]


def _is_initial(word: str) -> bool:
    """A single capital letter ("J."), or letters joined by periods ("U.S", "S.p.A", "EE.UU")."""
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    return bool(re.fullmatch(r"(?:[^\W\d_]{1,2}\.-?)+[^\W\d_]{1,2}", word))  # "J.-P"


def _after_currency(text: str, start: int, pos: int) -> bool:
    before = [w.strip(".,").lower() for w in _last_words(text, start, pos, 3)]
    return any(w in abbreviations.CURRENCIES for w in before)


def _is_letter_label(text: str, start: int, pos: int) -> bool:
    """True for "statut S", "Plan B": a single letter naming a thing, not an initial."""
    before = _last_words(text, start, pos, 3)  # "statut de protection S"
    dot = text.find(".", pos)
    return (dot if dot >= 0 else len(text)) - pos == 1 and \
        any(w.lower().endswith(abbreviations.LETTER_LABELS) for w in before)


def _ordinal(text: str, start: int, number_at: int, next_word: str, rules: Sentences) -> bool:
    if next_word.lower().rstrip(".") in rules.ordinal_months:
        return True
    before = _last_words(text, start, number_at, 1)
    return bool(before) and before[-1].lower() in rules.ordinal_cues


def _next_word(text: str, end: int) -> str:
    m = _NON_SPACE.match(text, _skip_spaces(text, end))
    return m.group() if m else ""


def _skip_spaces(text: str, at: int) -> int:
    """Index of the first non-space at or after `at` (matching in place: slicing the rest of a
    long block at every full stop would make splitting quadratic)."""
    return cast(re.Match, _SPACES.match(text, at)).end()   # "[...]*" matches everywhere


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))

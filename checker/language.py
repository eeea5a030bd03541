"""Language of a text, a document and its blocks; the language (and region) a document is checked in.

Detection is offline and deterministic: a small scorer of our own, no model to download. Each
language of the registry (checker/languages/) gives, as data:
- function words (articles, prepositions, pronouns, auxiliaries): the words every text of the
  language is full of. A word found in several profiles counts for each of them, shared out
  (`2 / number of profiles`), so `de` (fr, es, pt, nl) says little and `the` or `und` a lot;
- letter cues: letters, digraphs, beginnings and endings of words that mark a language's spelling
  (ß, ñ, ã, `ij`, `-zione`, `-ção`, `-ung`); `_` marks the edge of a word.
A word that is a function word scores only as one; other words score by their cues, capped so one
long word cannot outvote the sentence. Capitalised words inside a sentence (names) count half, so a
French name in an English sentence does not turn it French.

Confidence is the lead of the best language over the runner-up, relative to the best score, scaled
down while there is little evidence (a few words). Below `MIN_WORDS` words the answer is None.
"""
from __future__ import annotations

import collections
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker import languages
from checker.findings import Finding
from checker.languages import LanguageTag

if TYPE_CHECKING:
    from checker.config import Settings
    from checker.document import Document

MIN_WORDS = 3                 # below this, no answer
# Confidence from which a block's language is set: lower for paragraphs of 8+ words, where the
# detector's first choice was right on every test sentence and on 1,336 of 1,340 corpus paragraphs
# (benchmarks/language.py); the wrong ones all scored under 0.05.
CONFIDENT = 0.4
CONFIDENT_LONG = 0.1
LONG_WORDS = 8
_EVIDENCE_FULL = 6.0          # score at which a lead counts fully (about three function words)
_CUE_CAP = 3.0                # most a single non-function word can add to one language
_NAME_WEIGHT = 0.3            # capitalised word inside a sentence: probably a name


@dataclass(frozen=True)
class Profile:
    function_words: dict[str, float]      # word -> weight for this language
    cues: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Detector:
    """The registry's languages as the detector reads them (rebuilt when the registry changes)."""
    languages: tuple[str, ...]
    profiles: dict[str, Profile]
    function_words: frozenset[str]
    word_scores: dict[tuple[str, bool], tuple[float, ...]]   # cache: words repeat (Zipf's law)
    # cue -> ((language index, position of the cue in that language's list, weight), ...): a
    # word's cues are found by looking its substrings up here, not by testing every cue in it.
    cue_index: dict[str, tuple[tuple[int, int, float], ...]] = field(default_factory=dict)
    longest_cue: int = 0


@functools.lru_cache(maxsize=4)
def _detector(generation: int) -> Detector:
    """Function words and letter cues of each registered language (checker/languages/). A word
    found in several languages' lists weighs `2 / number of languages` in each."""
    registered = languages.all_languages()
    shared_by: dict[str, int] = {}
    for language in registered:
        for word in language.function_words:
            shared_by[word] = shared_by.get(word, 0) + 1
    profiles = {lang.code: Profile({w: 2.0 / shared_by[w] for w in lang.function_words},
                                   lang.letter_cues) for lang in registered}
    cue_index: dict[str, list[tuple[int, int, float]]] = {}
    for i, profile in enumerate(profiles.values()):
        for position, (cue, weight) in enumerate(profile.cues):
            cue_index.setdefault(cue, []).append((i, position, weight))
    return Detector(tuple(profiles), profiles, frozenset(shared_by), {},
                    {cue: tuple(where) for cue, where in cue_index.items()},
                    max(map(len, cue_index), default=0))


def detector() -> Detector:
    return _detector(languages.generation())


def all_function_words() -> frozenset[str]:
    """Function words of every registered language."""
    return detector().function_words


_WORD = re.compile(r"[^\W\d_]+")
_ENDS = frozenset(".!?:;…")   # a word after one of these (and spaces) starts a sentence


def _words(text: str) -> list[tuple[str, bool]]:
    """(lowercased word, looks like a name) for each run of letters; apostrophes split words."""
    out: list[tuple[str, bool]] = []
    previous_end = 0
    for m in _WORD.finditer(text):
        word = m.group()
        sentence_start = not out or text[previous_end:m.start()].rstrip()[-1:] in _ENDS
        looks_like_name = word[0].isupper() and not sentence_start
        out.append((word.lower(), looks_like_name))
        previous_end = m.end()
    return out


@functools.lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    """Runs of letters, as the detector counts words (apostrophes split: l'eau is two)."""
    return len(_WORD.findall(text))


MAX_SAMPLE_CHARS = 5000


def scores(text: str) -> tuple[dict[str, float], int]:
    """Score per language and number of words of `text` (its first MAX_SAMPLE_CHARS characters:
    a language shows itself long before that, and detection stays linear in small constants)."""
    if len(text) > MAX_SAMPLE_CHARS:
        cut = text.rfind(" ", 0, MAX_SAMPLE_CHARS)
        text = text[:cut if cut > 0 else MAX_SAMPLE_CHARS]
    found = detector()
    words = _words(text)
    # Each distinct word scored once, times its count (words repeat, following Zipf's law).
    totals = [0.0] * len(found.languages)
    for (word, is_name), count in collections.Counter(words).items():
        for i, value in enumerate(_word_scores(found, word, is_name)):
            totals[i] += value * count
    return dict(zip(found.languages, totals)), len(words)


_WORD_CACHE_SIZE = 65536


def _word_scores(found: Detector, word: str, is_name: bool) -> tuple[float, ...]:
    """What one word adds to each language's score (cached: words repeat, following Zipf's law)."""
    key = (word, is_name)
    cached = found.word_scores.get(key)
    if cached is not None:
        return cached
    profiles = [found.profiles[lang] for lang in found.languages]
    if word in found.function_words and not is_name:
        value = tuple(p.function_words.get(word, 0.0) for p in profiles)
    else:
        weight = _NAME_WEIGHT if is_name else 1.0
        value = tuple(weight * min(total, _CUE_CAP) / 2 for total in _cue_totals(found, word))
    if len(found.word_scores) < _WORD_CACHE_SIZE:
        found.word_scores[key] = value
    return value


def _cue_totals(found: Detector, word: str) -> list[float]:
    """Per language, the sum of the weights of its cues found in `_word_`, added in the order of
    its list (the same float sum as testing each cue in turn)."""
    padded = f"_{word}_"
    hits: list[list[tuple[int, float]]] = [[] for _ in found.languages]
    seen = set()
    for start in range(len(padded)):
        for end in range(start + 1, min(len(padded), start + found.longest_cue) + 1):
            cue = padded[start:end]
            if cue in found.cue_index and cue not in seen:
                seen.add(cue)
                for i, position, weight in found.cue_index[cue]:
                    hits[i].append((position, weight))
    return [sum(weight for _, weight in sorted(found_here)) for found_here in hits]


def detect(text: str) -> tuple[str | None, float]:
    """(primary language subtag or None, confidence in [0, 1])."""
    return _detect(text, languages.generation())


@functools.lru_cache(maxsize=4096)
def _detect(text: str, generation: int) -> tuple[str | None, float]:
    """Cached per text and registry generation: the engine asks about each block twice (the
    document's language, then the block's own), and a newly registered language counts at once."""
    totals, n_words = scores(text)
    if n_words < MIN_WORDS:
        return None, 0.0
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    if top <= 0:
        return None, 0.0
    lead = (top - second) / top
    evidence = min(1.0, top / _EVIDENCE_FULL)
    confidence = round(lead * evidence, 3)
    if confidence <= 0:
        return None, 0.0
    return best, confidence


def detect_document(doc) -> tuple[str | None, float]:
    """Language of a checker.document.Document, from its prose blocks (all blocks if none).

    Each block votes for its language with its word count (times its confidence when that is low),
    so a long quote in another language does not outweigh the body (cue-rich languages would win a
    pooled score).
    Confidence is the winner's share of the votes."""
    blocks = doc.prose_blocks or doc.blocks
    votes: dict[str, float] = {}
    for block in blocks:
        lang, confidence = detect(block.text)
        if lang:
            n_words = word_count(block.text)
            weight = n_words if is_confident(confidence, n_words) else n_words * confidence
            votes[lang] = votes.get(lang, 0.0) + weight
    if not votes:
        return detect("\n".join(block.text for block in blocks))
    best = min(votes, key=lambda lang: (-votes[lang], lang))
    share = votes[best] / sum(votes.values())
    return best, round(share, 3)


def is_confident(confidence: float, n_words: int) -> bool:
    return confidence >= (CONFIDENT_LONG if n_words >= LONG_WORDS else CONFIDENT)


def detect_blocks(doc) -> None:
    """Set `block.detected_language` on every block whose language the detector is sure of."""
    for block in doc.blocks:
        lang, confidence = detect(block.text)
        confident = lang and is_confident(confidence, word_count(block.text))
        block.detected_language = lang if confident else None


def resolve_language(doc: Document, settings: Settings) -> tuple[str, str]:
    """(language tag, source): declared in the file, else config or --lang, else detected.

    A tag without a region takes, in order: the configured language's region (`lang="fr"` with
    `language = "fr-CH"` gives fr-CH), the configured `region` (per folder with [[overrides]]), the
    region the text shows (checker.regions: ss for ß, British spelling, septante...), else the
    language's default region. `doc.region_source` and `doc.region_evidence` say which and why.
    """
    configured = LanguageTag.parse(settings.language)
    declared = LanguageTag.parse(doc.declared_language)
    if declared and languages.get(declared):
        if configured and str(declared) == configured.language:
            return _regioned(doc, configured, settings), "declared"
        return _regioned(doc, declared, settings), "declared"
    if configured:
        return _regioned(doc, configured, settings), "config"
    detected, _confidence = detect_document(doc)
    if detected is None and any(b.text.strip() for b in doc.prose_blocks):
        doc.notes.append(Finding(
            "input.language-unknown", "input", "info",
            "Could not tell the language of this text; English was assumed. Declare it "
            "(--lang, front matter lang:, HTML lang) to check it in its own language."))
    detected = detected or languages.FALLBACK
    return _regioned(doc, LanguageTag(detected), settings), "detected"


def _regioned(doc: Document, tag: LanguageTag, settings: Settings) -> str:
    """`tag` with a region, noting on `doc` where the region came from."""
    if str(tag) != tag.language:
        source = "declared" if doc.declared_language and "-" in doc.declared_language else "config"
        doc.region_source, doc.region_evidence = source, f"the tag {tag}"
        return str(tag)
    if settings.region:
        doc.region_source, doc.region_evidence = "config", f"region = \"{settings.region}\""
        return f"{tag.language}-{settings.region.upper()}"
    from checker.regions import infer_region
    region, evidence = infer_region(tag.language, "\n".join(b.text for b in doc.blocks))
    if region:
        doc.region_source, doc.region_evidence = "text", evidence
        return f"{tag.language}-{region}"
    doc.region_source, doc.region_evidence = "default", evidence
    return with_region(tag)


def with_region(tag: LanguageTag) -> str:
    """`fr` -> `fr-FR`: the documented default region of each language (checker/languages/). A tag
    with any subtag after the language (`fr-CH`, `sr-Latn`) is kept as written."""
    if str(tag) != tag.language:
        return str(tag)
    return str(languages.with_default_region(tag))

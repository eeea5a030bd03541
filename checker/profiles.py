"""Audience profiles: readability targets and sentence-length limits per language, in one table.

Sources for the numbers:
- general: Flesch (1948) puts "plain English" at 60-70, the level of 13- to 15-year-olds; Kandel &
  Moles (1958) and Amstad (1978) rescaled Flesch so that the same bands hold in French and German;
  INFLESZ (Barrio-Cantalejo 2008) calls 55-65 "normal" in Spanish; Gulpease 60 is the level of a
  reader with lower-secondary schooling (Lucisano & Piemontese 1988). Sentence limits: GOV.UK style
  guide (25 words), Cutts, Oxford Guide to Plain English (15-20 average); 30 for French, German,
  Spanish and Italian, whose sentences run longer for the same content (the EU's "How to write
  clearly", 2011; the Swiss Federal Chancellery's "Leitfaden" uses 25-30).
- easy-read: Inclusion Europe, "Information for all" (2009): short sentences, about 15 words, no
  passive; targets at the "easy" band of each scale.
- expert: specialists: the "difficult" band (30) is accepted, longer sentences.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    language: str
    primary: str                  # formula name
    target: float                 # primary formula's target (ease: at least; grade: at most)
    max_sentence_words: int
    passive_severity: str = "info"
    acronym_severity: str = "warning"


# language: primary formula, then (target, max sentence words) for general, easy-read, expert
_TABLE = {
    "en": ("flesch_reading_ease", (60, 25), (80, 15), (30, 35)),
    "fr": ("kandel_moles", (60, 30), (80, 15), (30, 40)),
    "de": ("amstad", (60, 30), (80, 15), (30, 40)),
    "es": ("szigriszt_pazos", (55, 30), (65, 15), (40, 40)),
    "it": ("gulpease", (60, 30), (80, 15), (40, 40)),
    "nl": ("flesch_douma", (60, 25), (80, 15), (30, 35)),
    "pt": ("flesch_pt", (60, 30), (80, 15), (30, 40)),
}
_COLUMN = {"general": 1, "easy-read": 2, "expert": 3}


def profile_for(name: str, lang: str, overrides: dict | None = None) -> Profile:
    """The profile `name` for primary language `lang`; `overrides` is config's readability.<lang>."""
    row = _TABLE.get(lang, _TABLE["en"])
    target, max_words = row[_COLUMN[name]]
    primary = row[0]
    overrides = overrides or {}
    if primary in overrides:
        target = float(overrides[primary])
    max_words = int(overrides.get("max_sentence_words", max_words))
    easy = name == "easy-read"
    return Profile(name, lang, primary, target, max_words,
                   passive_severity="warning" if easy else "info",
                   acronym_severity="error" if easy else "warning")


def known_language(lang: str) -> bool:
    return lang in _TABLE

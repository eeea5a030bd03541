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

Calibration across languages. The published adaptations promise that 60 means the same in every
language, but on the same texts they do not agree: on the 40 parallel Swiss federal releases
(../shared/corpora/releases, professionally translated de/fr/it/en), with lisible's counts (spoken
syllables for French), the primary formulas average en 30.8 (sd 10.5), de 30.1 (9.0), fr 52.2
(7.2), it 44.7 (3.6). So that the same release meets or misses its target alike in every language
(DESIGN.md asks for a fair score), each language's targets are the English Flesch targets carried
over by matching mean and spread on that corpus: value_en = a + b * value_lang, with
b = sd_en / sd_lang and a = mean_en - b * mean_lang. `flesch_points` is b: how many Flesch points
one point of the language's own scale is worth (the score's readability part uses it).
Spanish has no parallel data here: INFLESZ keeps its published bands (Barrio-Cantalejo 2008).
Sentence limits are carried over the same way from the mean words per release (en 522, de 472,
fr 595, it 561: German compounds make fewer, longer words).
`benchmarks/fairness.py` measures the result. The targets and calibrations are written in each
language's registry entry (checker/languages/<code>/__init__.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from checker import languages


@dataclass(frozen=True)
class Profile:
    name: str
    language: str
    primary: str                  # formula name
    target: float                 # primary formula's target (ease: at least; grade: at most)
    max_sentence_words: int
    flesch_points: float = 1.0    # Flesch points per point of this language's primary scale
    passive_severity: str = "info"
    acronym_severity: str = "warning"


# Each language's entry gives its primary formula and (target, max sentence words) for general,
# easy-read and expert. en is the anchor (Flesch 60 / 80 / 30); de, fr, it are carried over by
# their calibration: target = (flesch_target - a) / b.


def calibration(formula: str) -> tuple[float, float]:
    """(a, b) of flesch = a + b * value for a language's primary formula; (0, 1) if none."""
    for language in languages.all_languages():
        if language.readability.primary == formula and language.readability.calibration:
            return language.readability.calibration
    return (0.0, 1.0)


def flesch_equivalent(formula: str, value: float) -> float:
    """The Flesch Reading Ease a text of `value` on `formula` has in English, by the calibration."""
    a, b = calibration(formula)
    return a + b * value


def profile_for(name: str, lang: str, overrides: dict | None = None) -> Profile:
    """The profile `name` for primary language `lang`; `overrides` is config's readability.<lang>.
    A language the registry lacks gets English's targets (readability says so)."""
    readability = languages.require(lang).readability
    target, max_words = readability.targets.for_profile(name)
    primary = readability.primary
    flesch_points = calibration(primary)[1]
    overrides = overrides or {}
    if primary in overrides:
        target = float(overrides[primary])
    max_words = int(overrides.get("max_sentence_words", max_words))
    easy = name == "easy-read"
    return Profile(name, lang, primary, target, max_words, flesch_points,
                   passive_severity="warning" if easy else "info",
                   acronym_severity="error" if easy else "warning")


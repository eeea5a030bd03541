"""What lisible knows about one language: the fields of a registry entry (see __init__.py)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated text."""
    return frozenset(text.split())


def cues(text: str) -> tuple[tuple[str, float], ...]:
    """Letter cues written as "cue weight cue weight ..." ("_" marks a word edge)."""
    items = text.split()
    return tuple((items[i], float(items[i + 1])) for i in range(0, len(items), 2))


@dataclass(frozen=True)
class Abbreviations:
    """Abbreviations ending with a period that does not end a sentence (keys lower case, without
    the final period, inner periods kept: "z.b"). See checker/text/sentences.py for how each kind
    behaves before a capital letter."""
    titles: frozenset[str] = frozenset()          # before a name: "M. Dupont", "Dr. Keller"
    mid: frozenset[str] = frozenset()             # rarely final: "z. B. Äpfel", "e.g."
    before_number: frozenset[str] = frozenset()   # only before a number: "Nr. 5", "art. 12"
    final: frozenset[str] = frozenset()           # may end a sentence: "etc.", "usw."

    @property
    def words(self) -> frozenset[str]:
        """Every abbreviation of the four kinds."""
        return self.titles | self.mid | self.before_number | self.final


@dataclass(frozen=True)
class Sentences:
    """How sentences end in the language."""
    closers: str                                  # closing quotes/brackets after the final mark
    abbreviations: Abbreviations = Abbreviations()
    spaced_closer: str = ""                       # a closer written after a space: French " »"
    # A number followed by a period is an ordinal, not an end ("am 1. März"), after these words
    # or before these month names (German).
    ordinal_cues: frozenset[str] = frozenset()
    ordinal_months: frozenset[str] = frozenset()
    # "Mio."/"Mrd." end a sentence only after an amount that named its currency first (German).
    amount_abbreviations: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Targets:
    """(readability target of the primary formula, most words in a sentence) per profile."""
    general: tuple[float, int]
    easy_read: tuple[float, int]
    expert: tuple[float, int]

    def for_profile(self, name: str) -> tuple[float, int]:
        return {"general": self.general, "easy-read": self.easy_read, "expert": self.expert}[name]


@dataclass(frozen=True)
class Readability:
    """The formulas of checker/readability.py readers of the language use (primary first), the
    targets of each profile, and the calibration of the primary formula on the Flesch scale
    (flesch = a + b * value; see checker/profiles.py, "Calibration across languages")."""
    formulas: tuple[str, ...]
    targets: Targets
    calibration: tuple[float, float] | None = None

    @property
    def primary(self) -> str:
        return self.formulas[0]


@dataclass(frozen=True)
class LanguageTool:
    """How LanguageTool names the language: its Maven module (`language-<module>`), the regional
    variants it serves (a tag with one of these regions is sent as is) and the code sent when the
    tag has another region or none."""
    module: str
    variants: frozenset[str]
    default: str


@dataclass(frozen=True)
class Numbers:
    """How numbers are written: a decimal comma ("3,5"); thousands grouped by spaces ("3 150", so
    a space inside a number is no word break); a point that may group thousands or mark decimals."""
    decimal_comma: bool
    spaced_thousands: bool = False
    point_is_ambiguous: bool = False


@dataclass(frozen=True)
class Interface:
    """Where lisible speaks the language (pointers to the tables that hold the strings):
    `findings`: messages of readability, parity and the rule packs, so `--ui-lang` offers it;
    `report`: the report's words (reports/i18n.py STRINGS);
    `accessibility`: the accessibility messages (rules/a11y/rules.yaml)."""
    findings: bool = False
    report: bool = False
    accessibility: bool = False


@dataclass(frozen=True)
class Language:
    code: str                              # primary subtag: "fr"
    name: str                              # in English: "French"
    default_region: str                    # region of a tag that names none: "FR"
    regions: tuple[str, ...]               # regions LanguageTool or the packs tell apart
    function_words: frozenset[str]         # for detection (checker/language.py)
    letter_cues: tuple[tuple[str, float], ...]
    syllables: Callable[[str], int]        # syllables of one lower-case word without hyphens
    syllables_source: str                  # whose counting rules, and why (or whose it borrows)
    sentences: Sentences
    readability: Readability
    languagetool: LanguageTool
    numbers: Numbers
    interface: Interface = Interface()
    # Rule packs that apply: a name is a folder of lisible's own packs (rules/<name>/), a Path a
    # folder of YAML packs elsewhere. The `common` pack applies to every language.
    packs: tuple[str | Path, ...] = ()
    keeps_apostrophes: bool = False        # the syllable counter reads contractions ("don't")
    # The Snowball stemmer of the language (Snowball's name, as PyStemmer takes it: "french"), which folds the
    # forms of a word into one stem where rules compare content (rules/near_duplicates.py);
    # None: words are compared as written.
    stemmer: str | None = None

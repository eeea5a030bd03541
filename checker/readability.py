"""Readability per language: each formula is one row of data, computed from TextStats.

Every formula reads the same measured counts (checker.text.stats.TextStats); coefficients, sources
and the meaning of values live in FORMULAS. textstat was the starting point; where it differs, the
row's `note` says why (e.g. Coleman-Liau's 0.0588, which textstat rounds to 0.058).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Callable

from checker import catalogue, languages
from checker.analysis import analyzer
from checker.findings import Finding
from checker.profiles import flesch_equivalent
from checker.text.stats import TextStats

MIN_WORDS = 100          # below this every formula is unreliable (short samples swing widely)


def _v(stats: TextStats) -> dict:
    """The variables formulas are written in."""
    words = max(stats.words, 1)
    sentences = max(stats.sentence_count, 1)
    return {
        "asl": stats.words / sentences,                 # average sentence length, words
        "asw": stats.syllables / words,                 # average syllables per word
        "words": stats.words, "sentences": stats.sentence_count,
        "letters": stats.letters, "polysyllables": stats.polysyllables,
        "pct_poly": 100 * stats.polysyllables / words,
        "pct_long": 100 * stats.long_words / words,
        "pct_mono": 100 * stats.monosyllables / words,
        "pct_complex": 100 * stats.complex_words / words,
        "letters_per_100": 100 * stats.letters / words,
        "sentences_per_100": 100 * stats.sentence_count / words,
    }


@dataclass(frozen=True)
class Formula:
    name: str                 # key in JSON, e.g. "kandel_moles"
    title: str                # as people write it (which languages use it: checker/languages/)
    compute: Callable[[dict[str, float]], float]   # function of the variables dict
    source: str
    scale: str                # "ease" (higher is easier) or "grade" (higher is harder)
    bands: tuple = ()         # ((threshold, en meaning, fr meaning), ...) from easiest down
    lower_secondary: float | None = None   # the value a lower-secondary reader handles (WCAG 3.1.5)
    min_sentences: int = 0
    note: str = ""


# Meanings of Flesch-scale values, after Flesch (1948), "A new readability yardstick", table 5.
FLESCH_BANDS = (
    (90, "very easy: understood by 11-year-olds", "très facile : compris dès 11 ans"),
    (80, "easy: understood by 12-year-olds", "facile : compris dès 12 ans"),
    (70, "fairly easy: understood by 13-year-olds", "assez facile : compris dès 13 ans"),
    (60, "plain: understood by most 13- to 15-year-olds", "standard : compris par la plupart des 13-15 ans"),
    (50, "fairly difficult: upper-secondary level", "assez difficile : niveau lycée"),
    (30, "difficult: university level", "difficile : niveau universitaire"),
    (-1e9, "very difficult: specialists and graduates", "très difficile : spécialistes et diplômés"),
)
GULPEASE_BANDS = (  # Lucisano & Piemontese (1988): readers with elementary / lower / upper secondary school
    (80, "easy for readers with primary schooling", "facile avec une scolarité primaire"),
    (60, "easy for readers with lower-secondary schooling", "facile avec le niveau collège"),
    (40, "easy only for readers with upper-secondary schooling", "facile seulement avec le niveau lycée"),
    (-1e9, "difficult even with upper-secondary schooling", "difficile même avec le niveau lycée"),
)
INFLESZ_BANDS = (  # Barrio-Cantalejo et al. (2008), INFLESZ scale, Anales Sis San Navarra 31(2)
    (80, "very easy", "très facile"),
    (65, "fairly easy", "assez facile"),
    (55, "normal: understood by most 13- to 15-year-olds", "normal : compris par la plupart des 13-15 ans"),
    (40, "somewhat difficult: upper-secondary level", "un peu difficile : niveau lycée"),
    (-1e9, "very difficult: university level", "très difficile : niveau universitaire"),
)
def _grade_meaning(value: float, lang: str) -> str:
    grade = max(1, round(value))
    age = grade + 5
    if lang == "fr":
        return f"niveau scolaire américain {grade} (environ {age} ans)"
    return f"US school grade {grade} (about {age} years old)"


def _lix_meaning(value: float, lang: str) -> str:
    # Björnsson (1968): under 25 children's books, 25-35 fiction, 35-45 newspapers,
    # 45-55 non-fiction, over 55 specialist texts.
    table = ((25, "very easy (children's books)", "très facile (livres pour enfants)"),
             (35, "easy (fiction)", "facile (romans)"),
             (45, "medium (newspapers)", "moyen (journaux)"),
             (55, "difficult (non-fiction)", "difficile (documentaires)"),
             (1e9, "very difficult (specialist texts)", "très difficile (textes spécialisés)"))
    for limit, en, fr in table:
        if value < limit:
            return fr if lang == "fr" else en
    return ""


FORMULAS: dict[str, Formula] = {f.name: f for f in (
    Formula("flesch_reading_ease", "Flesch Reading Ease",
            lambda v: 206.835 - 1.015 * v["asl"] - 84.6 * v["asw"],
            "Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology 32(3), 221-233.",
            "ease", FLESCH_BANDS, 60),
    Formula("flesch_kincaid_grade", "Flesch-Kincaid grade",
            lambda v: 0.39 * v["asl"] + 11.8 * v["asw"] - 15.59,
            "Kincaid, Fishburne, Rogers & Chissom (1975). Derivation of new readability formulas for "
            "Navy enlisted personnel. Research Branch Report 8-75.", "grade", (), 9),
    Formula("gunning_fog", "Gunning Fog index",
            lambda v: 0.4 * (v["asl"] + v["pct_complex"]),
            "Gunning, R. (1952). The Technique of Clear Writing. McGraw-Hill.", "grade", (), 9,
            note="Hard words are words of 3+ syllables; textstat raises for other languages, lisible "
                 "computes it for English only."),
    Formula("smog", "SMOG grade",
            lambda v: 1.0430 * math.sqrt(v["polysyllables"] * 30 / max(v["sentences"], 1)) + 3.1291,
            "McLaughlin, G. H. (1969). SMOG grading: a new readability formula. Journal of Reading "
            "12(8), 639-646.", "grade", (), 9, min_sentences=30),
    Formula("coleman_liau", "Coleman-Liau index",
            lambda v: 0.0588 * v["letters_per_100"] - 0.296 * v["sentences_per_100"] - 15.8,
            "Coleman, M. & Liau, T. L. (1975). A computer readability formula designed for machine "
            "scoring. Journal of Applied Psychology 60(2), 283-284.", "grade", (), 9,
            note="0.0588 as published; textstat uses 0.058."),
    Formula("kandel_moles", "Kandel & Moles",
            lambda v: 207 - 1.015 * v["asl"] - 73.6 * v["asw"],
            "Kandel, L. & Moles, A. (1958). Application de l'indice de Flesch à la langue française. "
            "Cahiers Études de Radio-Télévision 19, 253-274.", "ease", FLESCH_BANDS, 60),
    Formula("amstad", "Flesch-Amstad (Flesch-DE)",
            lambda v: 180 - v["asl"] - 58.5 * v["asw"],
            "Amstad, T. (1978). Wie verständlich sind unsere Zeitungen? Dissertation, Universität Zürich.",
            "ease", FLESCH_BANDS, 60),
    Formula("wiener_sachtextformel", "Wiener Sachtextformel (1)",
            lambda v: 0.1935 * v["pct_poly"] + 0.1672 * v["asl"] + 0.1297 * v["pct_long"]
            - 0.0327 * v["pct_mono"] - 0.875,
            "Bamberger, R. & Vanecek, E. (1984). Lesen-Verstehen-Lernen-Schreiben. Jugend und Volk, Wien.",
            "grade", (), 9),
    Formula("fernandez_huerta", "Fernández Huerta",
            lambda v: 206.84 - 60 * v["asw"] - 1.02 * v["asl"],
            "Fernández Huerta, J. (1959). Medidas sencillas de lecturabilidad. Consigna 214, 29-32.",
            "ease", FLESCH_BANDS, 60,
            note="Read with F as words per sentence, as Barrio-Cantalejo (2008) and textstat do; the "
                 "published 'sentences per 100 words' would reward longer sentences."),
    Formula("szigriszt_pazos", "Szigriszt-Pazos (INFLESZ)",
            lambda v: 206.835 - 62.3 * v["asw"] - v["asl"],
            "Szigriszt Pazos, F. (1993). Sistemas predictivos de legibilidad del mensaje escrito: "
            "fórmula de perspicuidad. Tesis doctoral, Universidad Complutense de Madrid; scale: "
            "Barrio-Cantalejo et al. (2008), Anales Sis San Navarra 31(2), 135-152.",
            "ease", INFLESZ_BANDS, 55),
    Formula("flesch_vacca", "Flesch-Vacca",
            lambda v: 217 - 1.3 * v["asl"] - 60 * v["asw"],
            "Franchina, V. & Vacca, R. (1986). Adaptation of Flesch readability index on a bilingual "
            "text written by the same author both in Italian and English languages. Linguaggi 3, 47-49.",
            "ease", FLESCH_BANDS, 60),
    Formula("gulpease", "Gulpease",
            lambda v: 89 + (300 * v["sentences"] - 10 * v["letters"]) / max(v["words"], 1),
            "Lucisano, P. & Piemontese, M. E. (1988). GULPEASE: una formula per la predizione della "
            "difficoltà dei testi in lingua italiana. Scuola e città 39(3), 110-124.",
            "ease", GULPEASE_BANDS, 60),
    Formula("flesch_douma", "Flesch-Douma",
            lambda v: 206.835 - 0.93 * v["asl"] - 77 * v["asw"],
            "Douma, W. H. (1960). De leesbaarheid van landbouwbladen. Bulletin 17, Afdeling "
            "Sociologie en Sociografie, Landbouwhogeschool Wageningen.", "ease", FLESCH_BANDS, 60),
    Formula("flesch_pt", "Flesch (Portuguese)",
            lambda v: 248.835 - 1.015 * v["asl"] - 84.6 * v["asw"],
            "Martins, T. B. F. et al. (1996). Readability formulas applied to textbooks in Brazilian "
            "Portuguese. Notas do ICMSC 28, Universidade de São Paulo.", "ease", FLESCH_BANDS, 60),
    Formula("lix", "LIX",
            lambda v: v["asl"] + v["pct_long"],
            "Björnsson, C. H. (1968). Läsbarhet. Liber, Stockholm.", "grade", (), 45),
)}



@dataclass
class ReadabilityResult:
    primary: str
    target: float
    scores: dict[str, float]
    unreliable: list[str] = field(default_factory=list)
    max_sentence_words: int = 25
    sentence_words: list[int] = field(default_factory=list)
    language_supported: bool = True
    flesch_points: float = 1.0   # see checker/profiles.py, "Calibration across languages"

    @property
    def primary_score(self) -> float:
        return self.scores.get(self.primary, 0.0)

    @property
    def meets_target(self) -> bool:
        return meets(self.primary, self.primary_score, self.target)

    @property
    def below_lower_secondary(self) -> bool:
        """True when the text asks more than lower-secondary reading ability (WCAG 2.2 SC 3.1.5).
        Formulas that borrow Flesch's bands are read on their Flesch equivalent (profiles.py)."""
        formula = FORMULAS[self.primary]
        if formula.lower_secondary is None:
            return False
        if formula.bands is FLESCH_BANDS:
            return flesch_equivalent(self.primary, self.primary_score) < formula.lower_secondary
        return not meets(self.primary, self.primary_score, formula.lower_secondary)

    def to_dict(self, lang: str = "en") -> dict:
        return {
            "primary": self.primary,
            "target": {self.primary: self.target},
            "scores": {k: round(v, 1) for k, v in self.scores.items()},
            "unreliable": list(self.unreliable),
            "max_sentence_words": self.max_sentence_words,
            "sentence_words": list(self.sentence_words),
            "meaning": meaning(self.primary, self.primary_score, lang),
        }


def meets(formula: str, value: float, target: float) -> bool:
    if FORMULAS[formula].scale == "ease":
        return value >= target
    return value <= target


def meaning(formula: str, value: float, lang: str = "en") -> str:
    """What a value means for a general audience, in English or French."""
    f = FORMULAS[formula]
    if formula == "lix":
        return _lix_meaning(value, lang)
    if f.scale == "grade":
        return _grade_meaning(value, lang)
    if f.bands is FLESCH_BANDS:
        # Flesch's bands describe English Flesch values: read a calibrated formula (Kandel &
        # Moles, Amstad) on its Flesch equivalent, or its "plain" would not match its target.
        value = flesch_equivalent(formula, value)
    for threshold, en, fr in f.bands:
        if value >= threshold:
            return fr if lang == "fr" else en
    return ""


def compute(stats: TextStats, lang: str, profile=None) -> ReadabilityResult:
    """Every formula of `lang` on `stats`. An unknown language gets English's formulas, flagged."""
    supported = languages.get(lang) is not None
    # The formula readers and editors of the language use, first; then the others computed for it.
    names = languages.require(lang).readability.formulas
    variables = _v(stats)
    scores = {}
    unreliable = []
    for name in names:
        formula = FORMULAS[name]
        scores[name] = formula.compute(variables) if stats.words else 0.0
        if stats.words < MIN_WORDS or stats.sentence_count < formula.min_sentences:
            unreliable.append(name)
    scores["avg_sentence_words"] = variables["asl"] if stats.sentence_count else 0.0
    limit = profile.max_sentence_words if profile else 25
    lengths = [len(s.words) for s in stats.sentences]
    scores["long_sentence_share"] = (100 * sum(n > limit for n in lengths) / len(lengths)) if lengths else 0.0
    return ReadabilityResult(
        primary=names[0], target=profile.target if profile else 60, scores=scores,
        unreliable=unreliable, max_sentence_words=limit, sentence_words=lengths,
        language_supported=supported, flesch_points=profile.flesch_points if profile else 1.0)


_OPS = {"ease": {"en": "at least", "fr": "au moins", "de": "mindestens", "es": "al menos",
                 "it": "almeno"},
        "grade": {"en": "at most", "fr": "au plus", "de": "höchstens", "es": "como máximo",
                  "it": "al massimo"}}


def _finding(rule_id: str, lang: str, values: dict, **where) -> Finding:
    """A finding of `rule_id` with its catalogue message in `lang` and its default severity."""
    return Finding(rule_id, "readability", catalogue.severity(rule_id),
                   catalogue.message(rule_id, lang).format(**values), **where)


@analyzer("readability")
def analyze(doc, ctx) -> list:
    result: ReadabilityResult = ctx.readability
    lang = ctx.ui_lang or ctx.lang
    findings = []
    if not result.language_supported:
        findings.append(_finding("readability.unsupported-language", "en", {"lang": ctx.lang}))
    if ctx.stats.words and not result.meets_target and result.primary not in result.unreliable:
        findings.append(_below_target(doc, result, lang))
    elif doc.format == "html" and ctx.stats.words and result.below_lower_secondary \
            and result.primary not in result.unreliable:
        findings.append(_reading_level(result, lang))
    findings.extend(_long_sentences(doc, ctx, result, lang))
    return findings


def _below_target(doc, result: ReadabilityResult, lang: str) -> Finding:
    formula = FORMULAS[result.primary]
    standards = ("WCAG22:3.1.5",) if doc.format == "html" and result.below_lower_secondary else ()
    values = {"title": formula.title, "value": result.primary_score,
              "meaning": meaning(result.primary, result.primary_score, lang),
              "op": _OPS[formula.scale].get(lang, _OPS[formula.scale]["en"]), "target": result.target}
    return _finding("readability.below-target", lang, values, standards=standards)


def _reading_level(result: ReadabilityResult, lang: str) -> Finding:
    # The profile's target is met (an expert audience) but WCAG 3.1.5 (AAA) still asks for a
    # simpler version or supplement: advice, not a fault.
    formula = FORMULAS[result.primary]
    values = {"title": formula.title, "value": result.primary_score,
              "meaning": meaning(result.primary, result.primary_score, lang),
              "op": _OPS[formula.scale].get(lang, _OPS[formula.scale]["en"]),
              "target": formula.lower_secondary}
    return _finding("readability.reading-level", lang, values, standards=("WCAG22:3.1.5",))


def _long_sentences(doc, ctx, result: ReadabilityResult, lang: str) -> list:
    """Every sentence over the profile's limit, marked where it is; the longest (the first of
    equals) is the document's one warning about sentence length, the others are notes (info).

    Why one warning and not one per sentence (issue 12): a professionally edited release of 550
    words had 7 sentences over the limit on average, so long sentences alone were 13 of the 15
    alarms per 1,000 words allowed for all categories together, and drowned every other finding.
    An editor reads "this text has 7 long sentences, the longest has 48 words" as one problem with
    7 places, as lisible reads the reading-ease score (readability.below-target): one warning at
    the worst place, every place still marked. `severity = {"readability.sentence-too-long" =
    "warning"}` in the config brings back one warning per sentence (docs/readability.md)."""
    long = [(sentence, len(sentence.words)) for sentence in ctx.stats.sentences
            if len(sentence.words) > result.max_sentence_words]
    if not long:
        return []
    longest = max(range(len(long)), key=lambda i: (long[i][1], -i))
    limit = result.max_sentence_words
    findings = []
    for i, (sentence, n) in enumerate(long):
        block = doc.blocks[sentence.block_index]
        where = {"span": doc.span(block, sentence.start, sentence.end), "text": sentence.text}
        if i == longest:
            finding = _finding("readability.sentence-too-long", lang, {"n": n, "limit": limit},
                               **where)
            if len(long) > 1:
                finding = replace(finding, message=catalogue.message(
                    "readability.sentence-too-long", lang, "longest_message").format(
                        n=n, limit=limit, count=len(long)))
        else:
            finding = replace(_finding("readability.sentence-too-long", lang,
                                       {"n": n, "limit": limit}, **where), severity="info")
        findings.append(finding)
    return findings

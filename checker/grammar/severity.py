"""Severity of a LanguageTool match: `error` only where a fault is near certain (DESIGN.md, "Trust").

LanguageTool gives no confidence, but it says what kind of rule matched and, in its message, when it
is unsure. The mapping, deliberately:

| what matched | severity | why |
|---|---|---|
| a misspelling (issue type `misspelling`) | warning | an unknown word may be a name (and names are weighed first: checker.grammar.names) |
| a style rule (category STYLE, REDUNDANCY, ...; issue type `style`, `register`) | info | a preference, advice; lisible's own packs carry the style rules that cite a source |
| typography and punctuation | warning | a convention, often regional |
| grammar in a core grammar category (`ERROR_CATEGORIES`: agreement, conjugation, government) | error | near certain: a determiner or verb that does not agree |
| grammar in any other category (confused words, semantics, casing, compounding, misc) | warning | LanguageTool guesses from a word list or a pattern; a person must judge |
| grammar outside the core categories whose message hedges or asks to check ("généralement", "probably", "möglicherweise", "Vérifiez", "Revise", "Forse volevi dire"...) | info, needs_review | LanguageTool says itself it is not sure; on the labelled releases 26 of 29 such matches were false (issue 12) |
| a `*_SIMPLE_REPLACE_*` rule ("Did you mean “business”?" for "bussiness") | warning | LanguageTool's list of known misspellings of a word: its "Did you mean" is no guess |
| the same wording in a core grammar category (agreement, conjugation) | warning | French LanguageTool words its definite agreement rules so ("Vérifiez l’accord entre le pronom « Tu » et le verbe « ment »"), English ones "Did you mean": as info they hid 45 of Grammalecte's and 16 of JFLEG's faults in the 500-sentence samples (benchmarks/gec.py, round 4); a warning, not an error, as LanguageTool hedges |
| an agreement match after words coordinated by "et", "and", "und", "y", "e"... in the same sentence ("les chercheuses et chercheurs ... engagés", "las habilidades y los conocimientos ... dirigidos") | info, needs_review | an adjective or verb after coordinated nouns may agree with all of them or with the nearest, and inclusive doublings agree with each (`COORDINATION`, sources there) |
| agreement with an acronym ("la CAC", "el CERA", "du NETS") | info, needs_review | an acronym takes the gender and number of its expansion's head noun, which LanguageTool cannot see (OQLF, Banque de dépannage linguistique, « Genre des sigles »; RAE, Diccionario panhispánico de dudas, « sigla », 4) |
| a "do not mix variants" match (…_WORD_COHERENCY) on a capitalised word inside a sentence | info, needs_review | a name keeps its own spelling (Flughafen Zürich AG beside Zurich; an act's title) |
| an agreement match after a collective expression in the same sentence ("un certain nombre de", "a number of", "eine Reihe von", "la maggior parte di", "la mayoría de") | info, needs_review | grammars accept both agreements (`COLLECTIVES`, sources there) |
"""
from __future__ import annotations

import re

# LanguageTool category ids (rule.category.id) whose rules test agreement, conjugation or government:
# GRAMMAR (every language), AGREEMENT and CAT_GRAMMAIRE (French).
ERROR_CATEGORIES = {"GRAMMAR", "AGREEMENT", "CAT_GRAMMAIRE"}

# Words by which LanguageTool's messages say a match is a guess, per language (lower case).
# "Check ..." (vérifiez, revise, verifica) asks the reader to judge: it claims no fault.
HEDGES = {
    "en": ("probably", "possibly", "possible", "might", "may be", "usually", "did you mean",
           "consider", "check ", "seems"),
    "fr": ("généralement", "probablement", "peut-être", "sans doute", "semble", "vouliez-vous dire",
           "envisagez", "vérifiez", "pourrait", "l’usage veut", "l'usage veut"),
    "de": ("möglicherweise", "wahrscheinlich", "vermutlich", "eventuell", "meinten sie", "evtl",
           "normalerweise", "könnte", "in der regel", "prüfen sie", "?"),
    "it": ("probabilmente", "forse", "potrebbe", "di solito", "intendevi", "generalmente",
           "verifica", "sembra"),
    "es": ("probablemente", "posiblemente", "posible", "quizá", "quizás", "normalmente", "puede que",
           "quiso decir", "generalmente", "revise", "parece"),
}

# Collective and quantity expressions after which the verb may agree with either noun. Sources:
# fr: OQLF, Banque de dépannage linguistique, « Accord du verbe avec un nom collectif » and
#     Grevisse, Le bon usage, § 431 (« un certain nombre de personnes sont venues » is correct);
# en: Cambridge Dictionary, Grammar, "Nouns: singular and plural" (collective nouns take either
#     verb in British English; "a number of" takes a plural verb);
# de: Duden, Richtiges und gutes Deutsch, "Kongruenz" (eine Reihe von Beispielen ist/sind);
# it: Treccani, Enciclopedia dell'Italiano, "concordanza a senso";
# es: RAE, Diccionario panhispánico de dudas, "concordancia", 1.2 (la mayoría de los vecinos
#     votó/votaron).
COLLECTIVES = {
    "fr": r"\b(?:un certain nombre|(?:un|le) (?:grand |petit |faible )?nombre|la plupart|la majorité"
          r"|une majorité|une (?:bonne |grande )?partie|la moitié|une dizaine|une vingtaine"
          r"|une trentaine|une centaine|un millier|une série|un ensemble|un groupe|un tiers"
          r"|un quart|une foule|une multitude|la totalité)\s+d(?:e\s|es\s|u\s|['’])",
    "en": r"\b(?:an? (?:large |small |growing |total |increasing )?(?:number|majority|group|range"
          r"|series|host|handful|third|quarter|couple|set|variety)|the majority|half|the rest"
          r"|a lot|lots|plenty)\s+of\b"
          r"|\bthe (?:government|council|committee|team|staff|board|public|family|parliament"
          r"|jury|management|police|audience|federal council)\b",
    "de": r"\b(?:eine (?:Reihe|Vielzahl|Anzahl|Menge|Gruppe|Mehrheit|Minderheit|Handvoll|Million)"
          r"|die (?:Mehrheit|Hälfte|Zahl|Anzahl|Menge)|ein (?:Teil|Drittel|Viertel|Großteil|Grossteil"
          r"|Dutzend|Paar|Haufen))\b",
    "it": r"\b(?:la maggior parte|la maggioranza|una (?:parte|serie|decina|ventina|trentina"
          r"|cinquantina|minoranza)|un (?:gruppo|numero|certo numero|centinaio|migliaio|terzo"
          r"|quarto|insieme)|la metà|migliaia|centinaia)\s+d",
    "es": r"\b(?:la mayoría|la mayor parte|una (?:parte|serie|decena|veintena|minoría)"
          r"|un (?:grupo|número|conjunto|centenar|millar|tercio|cuarto)|la mitad|el resto"
          r"|multitud|cientos|miles|millones)\s+de\b",
}
_COLLECTIVE = {lang: re.compile(pattern, re.IGNORECASE) for lang, pattern in COLLECTIVES.items()}
_SENTENCE_END = re.compile(r"[.!?…]\s")
COLLECTIVE_REACH = 120      # characters before the match in which a collective still governs


_AGREEMENT_WORDS = ("agree", "accord", "kongruenz", "übereinstimm", "concordan", "concord")


_ACRONYM = re.compile(r"\b[A-ZÀ-ÖØ-Þ]{2,}s?\b")

# Coordinating conjunctions before an agreement match: after coordinated nouns, an adjective or
# a verb agrees with all of them or, in several cases, with the nearest (fr: Grevisse, Le bon
# usage, §§ 445-446, and OQLF, Banque de dépannage linguistique, « Accord de l'adjectif avec
# plusieurs noms »; es: RAE, Diccionario panhispánico de dudas, « concordancia », 2.2; it:
# Treccani, Enciclopedia dell'Italiano, « concordanza »; de: Duden, Richtiges und gutes Deutsch,
# « Kongruenz »; en: Cambridge Grammar of English, "Agreement with coordinated subjects").
COORDINATION = {
    "fr": r"\b(?:et|ou|ni)\b|\btant\b.*\bque\b",
    "es": r"\b(?:y|e|o|u|ni)\b",
    "it": r"\b(?:e|ed|o|né)\b",
    "de": r"\b(?:und|oder|sowie|sowohl)\b",
    "en": r"\b(?:and|or|nor)\b",
}
_COORDINATION = {lang: re.compile(pattern, re.IGNORECASE) for lang, pattern in COORDINATION.items()}
COORDINATION_REACH = 80     # characters before the match in which coordinated words are seen


def grammar_severity(match: dict, lang: str, text: str, start: int,
                     end: int | None = None) -> tuple[str, bool]:
    """(severity, needs_review) of a LanguageTool match lisible files as grammar; `text` is the
    block and `start`-`end` the match's span in it."""
    rule = match.get("rule", {})
    flagged = text[start:end] if end is not None else ""
    if about_agreement(match) and (after_collective(text, start, lang) or _ACRONYM.search(flagged)
                                   or after_coordination(text, start, lang, end)):
        return "info", True
    if name_variant(rule.get("id") or "", text, start, flagged):
        return "info", True
    category = (rule.get("category", {}).get("id") or "").upper()
    if hedged(match.get("message", ""), lang) and "SIMPLE_REPLACE" not in (rule.get("id") or ""):
        return ("warning", False) if category in ERROR_CATEGORIES else ("info", True)
    if category not in ERROR_CATEGORIES:
        return "warning", False
    return "error", False


def after_coordination(text: str, start: int, lang: str, end: int | None = None) -> bool:
    """True when a coordinating conjunction stands before `start` in the same sentence (within
    COORDINATION_REACH characters) or inside the match ("chercheuses et chercheurs"): the
    agreement may go with all the coordinated words."""
    pattern = _COORDINATION.get(lang)
    if pattern is None:
        return False
    window = text[max(0, start - COORDINATION_REACH):max(start, end or start)]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end():]
    return bool(pattern.search(window))


def name_variant(rule_id: str, text: str, start: int, flagged: str) -> bool:
    """A "do not mix variants" match on a capitalised word inside a sentence: a name's spelling."""
    if not rule_id.endswith("_WORD_COHERENCY") or not flagged[:1].isupper():
        return False
    before = text[:start].rstrip(" \u00a0«»„“\"'(")
    return bool(before) and before[-1] not in ".!?:"


def about_agreement(match: dict) -> bool:
    rule = match.get("rule", {})
    said = " ".join((rule.get("id") or "", rule.get("category", {}).get("id") or "",
                     match.get("message") or "")).lower()
    return any(word in said for word in _AGREEMENT_WORDS)


def hedged(message: str, lang: str) -> bool:
    lowered = message.lower()
    return any(word in lowered for word in HEDGES.get(lang, ()) + HEDGES["en"])


def after_collective(text: str, start: int, lang: str) -> bool:
    """True when a collective expression opens the sentence part before `start`."""
    pattern = _COLLECTIVE.get(lang)
    if pattern is None:
        return False
    window = text[max(0, start - COLLECTIVE_REACH):start]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end():]
    return bool(pattern.search(window))

"""LanguageTool languages and matches, in lisible's terms: a language code per block, a Finding per match."""
from __future__ import annotations

from checker import languages
from checker.findings import Finding
from checker.grammar.severity import grammar_severity
from checker.languages import LanguageTag
from checker.text.datelines import dateline_end

# The variants LanguageTool 6.7 serves for each language (its GET /v2/languages, long codes) and the
# code sent for a tag with no such region are in the language's registry entry (`languagetool`):
# spelling in English, German and Portuguese needs a variant (LanguageTool's plain "en" or "de"
# checks grammar only); en-US and pt-PT are the defaults issue 3 names, de-DE Germany's spelling.
MAX_SUGGESTIONS = 5
# DESIGN.md, "Findings", and checker.grammar.severity: grammar is an error only where near certain,
# LanguageTool's style rules are preferences (info).
SEVERITY_BY_CATEGORY = {"spelling": "warning", "grammar": "error", "typography": "warning",
                        "style": "info"}
SPELLING_ONLY_KINDS = ("alt", "title")        # fragments: checked for spelling, not grammar

# LanguageTool files some spacing rules under MISC / "uncategorized" (e.g. FRENCH_WHITESPACE, the
# no-break space before ! ? ; : and inside guillemets): a rule id naming whitespace is typography.
_TYPOGRAPHY_RULE_WORDS = ("WHITESPACE",)
_TYPOGRAPHY_TYPES = {"typographical", "whitespace"}
_TYPOGRAPHY_CATEGORIES = {"TYPOGRAPHY", "PUNCTUATION"}
_STYLE_TYPES = {"style", "register"}
_STYLE_CATEGORIES = {"STYLE", "REDUNDANCY", "REPETITIONS_STYLE", "PLAIN_ENGLISH", "COLLOQUIALISMS"}
# Some languages number their categories (Italian: CAT8 "Stile - Espressioni"); their names say style.
_STYLE_NAME_PREFIXES = ("style", "stile", "stil", "estilo")


def lt_language(tag: str | None, variants: dict, server_languages=None) -> str | None:
    """The code to send to LanguageTool for a language tag, or None when it has no module for it.
    `variants` is config `languagetool.variants` ({"en": "en-GB"}); a region in the tag wins."""
    if not tag:
        return None
    parsed = LanguageTag.loose(tag)
    lang, region = parsed.language, parsed.region if parsed.region and len(parsed.region) == 2 \
        else None
    full = f"{lang}-{region}" if region else lang
    if full in variants:
        return variants[full]
    language = languages.get(lang)
    if region and language and region in language.languagetool.variants:
        return full
    if lang in variants:
        return variants[lang]
    if language:
        return language.languagetool.default
    if server_languages and full in server_languages:
        return full
    if server_languages and lang in server_languages:
        return lang
    return None


def category_of(match: dict) -> str:
    """lisible category of a match: LanguageTool's issue type first, then its rule category id."""
    rule = match.get("rule", {})
    issue = (rule.get("issueType") or "").lower()
    category = (rule.get("category", {}).get("id") or "").upper()
    if issue == "misspelling":
        return "spelling"
    if issue == "duplication":      # a doubled word ("die die"): a slip, as common.doubled-word says
        return "grammar"
    rule_id = (rule.get("id") or "").upper()
    if (issue in _TYPOGRAPHY_TYPES or category in _TYPOGRAPHY_CATEGORIES
            or any(word in rule_id for word in _TYPOGRAPHY_RULE_WORDS)):
        return "typography"
    name = (rule.get("category", {}).get("name") or "").lower()
    if issue in _STYLE_TYPES or category in _STYLE_CATEGORIES or name.startswith(_STYLE_NAME_PREFIXES):
        return "style"
    return "grammar"


def slim(match: dict) -> dict:
    """The parts of a match lisible uses: what the cache keeps."""
    rule = match.get("rule", {})
    return {
        "offset": match["offset"], "length": match["length"], "message": match.get("message", ""),
        "replacements": [r["value"] for r in match.get("replacements", [])[:MAX_SUGGESTIONS]],
        "rule": {"id": rule.get("id", "UNKNOWN"), "issueType": rule.get("issueType", ""),
                 "category": {"id": rule.get("category", {}).get("id", ""),
                              "name": rule.get("category", {}).get("name", "")}},
    }


def to_finding(match: dict, doc, block, start: int, end: int, lang: str | None = None) -> Finding:
    category = category_of(match)
    rule = match["rule"]
    severity, needs_review = SEVERITY_BY_CATEGORY[category], False
    if category == "grammar":
        severity, needs_review = grammar_severity(match, lang or "", block.text, start, end)
    return Finding(
        rule=f"languagetool.{rule['id']}",
        category=category,
        severity=severity,
        needs_review=needs_review,
        message=match["message"],
        span=doc.span(block, start, end),
        text=block.text[start:end],
        suggestions=tuple(match["replacements"][:MAX_SUGGESTIONS]),
        source="languagetool",
        extra={"languagetool_category": rule["category"]["id"], "issue_type": rule["issueType"]},
    )


def keep(finding: Finding, block, accepted: set[str]) -> bool:
    """False for matches lisible drops: grammar in alt texts and titles, and misspellings of words
    the vocabulary accepts (compared case-insensitively)."""
    if block.kind in SPELLING_ONLY_KINDS and finding.category != "spelling":
        return False
    if finding.category == "spelling" and finding.text.casefold() in accepted:
        return False
    return True


def in_dateline(match: dict, text: str, start: int) -> bool:
    """A match on the dateline that opens a block ("LYON (France) – "), or a casing match on the
    word right after its dash: the place is a name and the dash opens the first sentence."""
    end = dateline_end(text)
    if not end:
        return False
    casing = (match.get("rule", {}).get("category", {}).get("id") or "").upper() == "CASING"
    return start < end or (casing and start == end)

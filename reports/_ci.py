"""What the CI formats (sarif, junit, github, gitlab) share: order, which findings to show, rule
metadata. Not a format itself: nothing here registers with `report_format`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from checker.baseline import is_failure
from checker.errors import UsageError

# One place for the address of the docs; every rule's help link points into docs/rules.md there.
PROJECT_URL = "https://github.com/lisible/lisible"
RULES_DOC_URL = PROJECT_URL + "/blob/main/docs/rules.md"


def documents(result: dict) -> list[dict]:
    """Documents sorted by path (DESIGN.md: output sorted by path, line, column, rule)."""
    return sorted(result.get("documents", []), key=lambda d: d["path"])


def findings(document: dict) -> list[dict]:
    return sorted(document.get("findings", []),
                  key=lambda f: (f["line"], f["column"], f["rule"], f["end_line"], f["end_column"]))


def shown(finding: dict, options) -> bool:
    """Is this finding part of the output? With --quiet, only the findings that fail the run."""
    return is_failure(finding, options.fail_on) or not options.quiet


def new_findings(document: dict, options) -> list[dict]:
    """The findings an annotation-style format shows: not accepted by a baseline, in order."""
    return [f for f in findings(document) if not f.get("baseline") and shown(f, options)]


def rule_anchor(rule_id: str) -> str:
    """The anchor GitHub gives a docs/rules.md heading that is the rule id: lower case, characters
    other than letters, digits, '-', '_' and spaces dropped, spaces turned into '-'."""
    slug = re.sub(r"[^\w\- ]", "", rule_id.lower())
    return slug.replace(" ", "-")


def help_uri(rule_id: str) -> str:
    return f"{RULES_DOC_URL}#{rule_anchor(rule_id)}"


@dataclass(frozen=True)
class RuleInfo:
    id: str
    name: str
    short: str
    full: str
    level: str       # default severity: error, warning, info
    category: str = ""
    source: str = ""
    full_rationale: str = ""
    standards: tuple[str, ...] = ()


def precision(rule_id: str, category: str, review_only: bool) -> str:
    """How often the rule's results are right, as code scanning orders alerts (GitHub Docs: very-high,
    high, medium, low). A rule whose findings all ask a person to decide is `low` by definition;
    spelling (names and terms a dictionary lacks) and LanguageTool's statistical rules `medium`;
    the packs' rules, which match what their source names, `high`."""
    if review_only:
        return "low"
    if category == "spelling" or rule_id.startswith("languagetool."):
        return "medium"
    return "high"


def rule_info(rule_id: str, seen: dict) -> RuleInfo:
    """Metadata for a rule from the rule packs (checker.rules.find_rule): short description the
    first sentence of its rationale, full description the rationale and its source. Rules the packs
    do not know (LanguageTool's, readability's) are described by the first finding seen."""
    rule = _registry_entry(rule_id)
    rationale = _one_line(getattr(rule, "rationale", "") or "")
    short = _first_sentence(rationale) or seen.get("message") or rule_id
    full = rationale or short
    source = getattr(rule, "source", None)
    if source:
        full = f"{full} Source: {source}"
    level = getattr(rule, "severity", None) or seen.get("severity", "warning")
    name = _pascal(rule_id.rsplit(".", 1)[-1])
    return RuleInfo(rule_id, name, _one_line(short), full, str(level),
                    category=str(getattr(rule, "category", None) or seen.get("category", "")),
                    source=str(source or ""), full_rationale=rationale,
                    standards=tuple(getattr(rule, "standards", ()) or ()))


def fix_is_safe(rule_id: str) -> bool:
    """Does the rule catalogue mark this rule's fix `safe` (Ruff's model: applied without asking)?
    Anything else, an unknown rule included, is not safe: a suggestion offered in a review must be
    one a press officer can accept with one click."""
    return getattr(_registry_entry(rule_id), "fix", None) == "safe"


def _registry_entry(rule_id: str):
    """The rule packs' record of a rule, or None where there is none."""
    try:
        from checker.rules import find_rule
    except ImportError:
        return None
    try:
        return find_rule(rule_id)
    except UsageError:   # a broken pack: the check itself reports it
        return None


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0] if text else ""


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[-_\s]+", name) if part)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())

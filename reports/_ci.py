"""What the CI formats (sarif, junit, github, gitlab) share: order, which findings to show, rule
metadata. Not a format itself: nothing here registers with `report_format`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from checker.verdict import fails
from checker.catalogue import PROJECT_URL, help_uri, lookup
from checker.catalogue.read import title_of

__all__ = ["PROJECT_URL", "RuleInfo", "documents", "findings", "fix_is_safe", "help_uri", "new_findings",
           "rule_info", "shown"]


def documents(result: dict) -> list[dict]:
    """Documents sorted by path (DESIGN.md: output sorted by path, line, column, rule)."""
    return sorted(result.get("documents", []), key=lambda d: d["path"])


def findings(document: dict) -> list[dict]:
    return sorted(document.get("findings", []),
                  key=lambda f: (f["line"], f["column"], f["rule"], f["end_line"], f["end_column"]))


def shown(finding: dict, options) -> bool:
    """Is this finding part of the output? With --quiet, only the findings that fail the run."""
    return fails(finding, options.fail_on) or not options.quiet


def new_findings(document: dict, options) -> list[dict]:
    """The findings an annotation-style format shows: not accepted by a baseline, in order."""
    return [f for f in findings(document) if not f.get("baseline") and shown(f, options)]


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
    """Metadata for a rule from the rule catalogue: its title, its rationale and source, its fix
    safety and standards. A `languagetool.X` rule is described by its family (and its category
    and level are the finding's, which vary with LanguageTool's category); a rule the built-in
    catalogue does not know (a user's pack) by its id and the category of its finding."""
    entry = lookup(rule_id)
    name = _pascal(rule_id.rsplit(".", 1)[-1])
    if entry is None:
        title = title_of(rule_id)
        text = f"{title}: a rule of a pack from the project's config."
        return RuleInfo(rule_id, name, text, text, seen.get("severity", "warning"),
                        category=seen.get("category", ""))
    short, full = entry.short, f"{entry.rationale} Source: {entry.source}"
    if entry.family:
        member = rule_id[len(entry.id) - 1:]
        short, full = f"LanguageTool rule {member}. {short}", f"LanguageTool rule {member}. {full}"
    # LanguageTool's category and severity vary by rule: its family gives the finding's.
    category = seen.get("category", entry.category) if entry.family else entry.category
    level = seen.get("severity", entry.severity) if entry.family else entry.severity
    return RuleInfo(rule_id, name, short, full, level, category=category, source=entry.source,
                    full_rationale=entry.rationale, standards=entry.standards)


def fix_is_safe(rule_id: str) -> bool:
    """Does the rule catalogue mark this rule's fix `safe` (Ruff's model: applied without asking)?
    Anything else, an unknown rule included, is not safe: a suggestion offered in a review must be
    one a press officer can accept with one click."""
    entry = lookup(rule_id)
    return entry is not None and entry.fix == "safe"


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[-_\s]+", name) if part)

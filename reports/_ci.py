"""What the CI formats (sarif, junit, github, gitlab) share: order, which findings to show, rule
metadata. Not a format itself: nothing here registers with `report_format`."""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

from checker.baseline import is_failure

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


def rule_info(rule_id: str, seen: dict) -> RuleInfo:
    """Metadata for a rule: from the rule registry where it knows the rule, else from the first
    finding seen with that id (its message and severity)."""
    entry = _registry_entry(rule_id)
    fallback_message = seen.get("message", rule_id)
    name = _get(entry, "name") or _pascal(rule_id.rsplit(".", 1)[-1])
    short = _get(entry, "description") or _get(entry, "message") or fallback_message
    full = _get(entry, "rationale") or short
    level = _get(entry, "severity") or seen.get("severity", "warning")
    return RuleInfo(rule_id, str(name), _one_line(short), _one_line(full), str(level))


def _registry_entry(rule_id: str):
    """The rule registry's record of a rule, or None (no registry, or a rule it does not know,
    such as LanguageTool's)."""
    try:
        rules = importlib.import_module("checker.rules")
    except ImportError:
        return None
    for getter in ("get_rule", "rule_by_id", "find_rule"):
        fn = getattr(rules, getter, None)
        if callable(fn):
            try:
                return fn(rule_id)
            except (KeyError, LookupError, ValueError):
                return None
    registry = getattr(rules, "RULES", None)
    if isinstance(registry, dict):
        return registry.get(rule_id)
    return None


def _get(entry, key: str):
    if entry is None:
        return None
    value = entry.get(key) if isinstance(entry, dict) else getattr(entry, key, None)
    if isinstance(value, dict):   # a message or rationale given per language
        value = value.get("en") or next(iter(value.values()), None)
    if isinstance(value, dict):   # a rationale with its source: {"text": ..., "source": ...}
        value = value.get("text")
    return value if isinstance(value, str) and value.strip() else None


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[-_\s]+", name) if part)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())

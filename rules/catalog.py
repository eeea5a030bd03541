"""Every rule a user can select, for `lisible rules list/explain`: the packs' rules, plus the
accessibility rules of rules/a11y (Python checks described by their own rules.yaml), shown but
run by their own analyzer."""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from .loader import PACK_DIR, all_rules

A11Y_RULES = PACK_DIR / "a11y" / "rules.yaml"


@dataclass
class DescribedRule:
    """A rule known by its description only (same fields `describe` reads from a Rule)."""
    id: str
    kind: str
    category: str
    severity: str
    messages: dict
    rationale: str
    source: str
    path: str
    standards: tuple = ()
    examples: dict = field(default_factory=lambda: {"trigger": [], "pass": []})
    pack: str = "a11y"
    language: str | None = None
    regions: tuple = (frozenset(), frozenset())
    languagetool: tuple = ()


def a11y_rules() -> list[DescribedRule]:
    """The accessibility rules as described in rules/a11y/rules.yaml (none if it is missing or
    not readable: it belongs to the accessibility analyzer, which reports its own errors)."""
    try:
        data = yaml.safe_load(A11Y_RULES.read_text(encoding="utf-8"))
        specs = data["rules"]
    except (OSError, yaml.YAMLError, KeyError, TypeError):
        return []
    out = []
    for spec in specs:
        if not isinstance(spec, dict) or "id" not in spec:
            continue
        message = spec.get("message", "")
        out.append(DescribedRule(
            id=spec["id"], kind=spec.get("kind", "python"), category=spec.get("category", "accessibility"),
            severity=spec.get("severity", "error"),
            messages=message if isinstance(message, dict) else {"en": str(message)},
            rationale=str(spec.get("rationale", "")).strip(), source=str(spec.get("source", "")),
            path=str(A11Y_RULES), standards=tuple(spec.get("standards", ())),
            examples={"trigger": _examples(spec, "trigger"),
                      "pass": _examples(spec, "no_trigger") or _examples(spec, "pass")}))
    return out


def _examples(spec: dict, key: str) -> list[dict]:
    items = (spec.get("examples") or {}).get(key) or []
    return [i if isinstance(i, dict) else {"text": str(i)} for i in items]


def catalog(settings=None) -> list:
    return list(all_rules(settings)) + a11y_rules()

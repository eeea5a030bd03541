"""The rule model: a rule's declared fields, the registry of rule kinds, and what a check returns.

A rule is data first (a YAML entry in a pack); its `kind` names the Python class that knows how to
apply it. Kinds register themselves with `@rule_kind("name")`, after Vale's set of extension points
(https://vale.sh/docs/topics/styles/): existence, substitution, occurrence, repetition, conditional,
capitalization, consistency, plus `python` for checks a pattern cannot express.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from checker.catalogue.read import FIX_SAFETY, default_fix
from checker.errors import UsageError
from checker.findings import CATEGORIES, SEVERITIES

KINDS: dict[str, type["Rule"]] = {}

# Fields every rule has; each kind adds its own (see the kind's `OPTIONS`).
COMMON_FIELDS = ("id", "title", "kind", "category", "severity", "message", "rationale", "source",
                 "examples", "regions", "standards", "languages", "profile_severity",
                 "languagetool", "fix")


def rule_kind(name: str):
    """Register a Rule subclass under `name` (the `kind:` of a YAML rule)."""
    def register(cls):
        cls.kind = name
        KINDS[name] = cls
        return cls
    return register


@dataclass(frozen=True)
class Hit:
    """One place a rule fired: a slice of a block's text (end exclusive)."""
    block_index: int
    start: int
    end: int
    message: str | None = None           # overrides the rule's message (already formatted)
    suggestions: tuple[str, ...] = ()
    severity: str | None = None          # per-entry severity of a substitution list
    values: dict = field(default_factory=dict)   # placeholders for the rule's message


class PackError(UsageError):
    """A broken rule pack: names the file, the rule and the field."""

    def __init__(self, path: str, rule_id: str | None, field_name: str | None, problem: str):
        where = path
        if rule_id:
            where += f": rule `{rule_id}`"
        if field_name:
            where += f", field `{field_name}`"
        super().__init__(f"{where}: {problem}")


class Rule:
    """Base of every kind. Subclasses declare OPTIONS (their YAML keys) and implement `check`."""
    kind = "rule"
    OPTIONS: tuple[str, ...] = ()

    def __init__(self, spec: dict, path: str, pack: str, language: str | None):
        self.path = path
        self.pack = pack
        self.language = language          # None: any language (the common pack)
        self.id = _required_str(spec, "id", path, None)
        self.category = self._choice(spec, "category", CATEGORIES)
        self.severity = self._choice(spec, "severity", SEVERITIES)
        self.messages = self._messages(spec.get("message"))
        if language and "*" in self.messages:      # a pack's plain message is in its language
            self.messages = {language: self.messages.pop("*"), **self.messages}
        self.rationale = _required_str(spec, "rationale", path, self.id)
        self.source = _required_str(spec, "source", path, self.id)
        if not self.source.startswith(("https://", "http://")):
            raise PackError(path, self.id, "source", "must be a URL a reader can open")
        self.standards = tuple(spec.get("standards", ()))
        self.languages = tuple(spec.get("languages", ()))
        self.regions = self._regions(spec.get("regions"))
        self.examples = self._examples(spec.get("examples"))
        # A profile may raise a rule's severity (easy-read: no passive), e.g. `passive_severity`.
        self.profile_severity_key = spec.get("profile_severity")
        # LanguageTool rules that flag the same thing: the grammar engine disables them so a fault
        # is reported once, by the rule that cites its source (DESIGN.md, "Findings").
        self.languagetool = tuple(spec.get("languagetool", ()))
        # How safe a suggestion is to apply (Ruff's model): declared, else derived from the kind,
        # the same way the rule catalogue does (checker.catalogue.read.default_fix).
        self.fix = spec.get("fix") or default_fix(spec)
        if self.fix not in FIX_SAFETY:
            raise PackError(path, self.id, "fix", f"must be one of {', '.join(FIX_SAFETY)}")
        unknown = sorted(set(spec) - set(COMMON_FIELDS) - set(self.OPTIONS))
        if unknown:
            raise PackError(path, self.id, unknown[0],
                            f"unknown field for kind `{self.kind}` (known: "
                            f"{', '.join(sorted(COMMON_FIELDS + self.OPTIONS))})")
        self.configure(spec)

    # -- declared fields -------------------------------------------------------------------------
    def configure(self, spec: dict) -> None:
        """Read the kind's own options and compile what needs compiling (once per pack load)."""

    def fail(self, field_name: str, problem: str) -> PackError:
        return PackError(self.path, self.id, field_name, problem)

    def _choice(self, spec: dict, name: str, allowed: tuple) -> str:
        value = spec.get(name)
        if not isinstance(value, str) or value not in allowed:
            raise PackError(self.path, self.id, name, f"must be one of {', '.join(allowed)}, "
                            f"not {value!r}")
        return value

    def _messages(self, value) -> dict[str, str]:
        if isinstance(value, str) and value:
            return {"*": value}
        if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
            return dict(value)
        raise PackError(self.path, self.id, "message",
                        "needs a text, or a table of texts by language (en: ..., fr: ...)")

    def _regions(self, value) -> tuple[frozenset, frozenset]:
        if value is None:
            return frozenset(), frozenset()
        if not isinstance(value, dict) or set(value) - {"only", "except"}:
            raise PackError(self.path, self.id, "regions", "must be a table with `only` or `except`")
        return (frozenset(r.upper() for r in value.get("only", ())),
                frozenset(r.upper() for r in value.get("except", ())))

    def _examples(self, value) -> dict[str, list[dict]]:
        if not isinstance(value, dict) or not value.get("trigger") or not value.get("pass"):
            raise PackError(self.path, self.id, "examples",
                            "needs `trigger` and `pass` lists, each with at least one text")
        out = {}
        for key in ("trigger", "pass"):
            items = []
            for item in value[key]:
                if isinstance(item, str):
                    item = {"text": item}
                if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                    raise PackError(self.path, self.id, f"examples.{key}",
                                    "each example is a text or {text: ..., language: ...}")
                items.append(item)
            out[key] = items
        return out

    # -- applying --------------------------------------------------------------------------------
    def applies_to(self, lang: str, region: str) -> bool:
        if self.language and self.language != lang:
            return False
        if self.languages and lang not in self.languages:
            return False
        only, excluded = self.regions
        return (not only or region in only) and region not in excluded

    def message_for(self, lang: str) -> str:
        """The message in `lang`, else English, else the pack's own language (DESIGN.md: messages
        are in the document's language where the pack has it, else English)."""
        return self.messages.get(lang) or self.messages.get("*") or self.messages.get("en") or \
            next(iter(self.messages.values()))

    def check(self, view) -> Iterator[Hit]:
        """Yield hits for one document (`view`: rules.text.DocumentView)."""
        raise NotImplementedError



def _required_str(spec: dict, name: str, path: str, rule_id: str | None) -> str:
    value = spec.get(name)
    if not isinstance(value, str) or not value.strip():
        raise PackError(path, rule_id or spec.get("id") if name != "id" else None, name,
                        "is required and must be a non-empty text")
    return value.strip()

"""The rule catalogue: one entry for every id that can appear in a finding (DESIGN.md, "Rules").

Entries come from four kinds of data, read here and nowhere else:
- the rule packs (rules/<pack>/*.yaml, and a user's packs from config);
- the accessibility rules (rules/a11y/rules.yaml);
- the rules lisible's own analyzers and engine report, in YAML beside this file: readability,
  parity, input, the engine (`lisible.*`), the config's rejected vocabulary;
- LanguageTool, as one family: every `languagetool.<LT rule id>` is explained by `languagetool.*`.

Each entry has an id, a title, a category, a default severity, a rationale with its source, the
WCAG/ACT references it carries, examples that tests run (`trigger` and `pass`), and fix safety after
Ruff's model: `safe` (`lisible fix` applies it), `unsafe` (only with `--unsafe-fixes`) or `none`.

`lisible rules list/explain`, docs/rules.md, SARIF rule metadata and the HTML report read it; the
analyzers read their messages and default severities from it; a test fails when a finding carries
an id this catalogue does not know.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator, Mapping

from checker import languages
from checker.catalogue.read import (FIX_SAFETY, builtin_entries, pack_entries)
from checker.catalogue.entry import Entry, Example

__all__ = ["Catalogue", "Entry", "Example", "FIX_SAFETY", "PROJECT_URL", "anchor", "catalogue",
           "help_uri", "lookup", "message", "severity"]

# One place for the address of the docs; every rule's help link points into docs/rules.md there.
PROJECT_URL = "https://github.com/lisible/lisible"
RULES_DOC_URL = PROJECT_URL + "/blob/main/docs/rules.md"


def anchor(rule_id: str) -> str:
    """The anchor GitHub gives a docs/rules.md heading that is the rule id: lower case, characters
    other than letters, digits, '-', '_' and spaces dropped, spaces turned into '-'."""
    return re.sub(r"[^\w\- ]", "", rule_id.lower()).replace(" ", "-")


def help_uri(rule_id: str) -> str:
    """The docs/rules.md section of a rule (of its family for `languagetool.X`)."""
    entry = lookup(rule_id)
    return f"{RULES_DOC_URL}#{anchor(entry.id if entry else rule_id)}"


@dataclass(frozen=True)
class Catalogue:
    """Entries by id, in declaration order; `lookup` also answers for a family's members."""
    entries: tuple[Entry, ...]
    _by_id: Mapping[str, Entry] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> "Catalogue":
        entries = tuple(entries)
        by_id: dict[str, Entry] = {}
        for entry in entries:
            if entry.id in by_id:
                raise ValueError(f"{entry.path}: rule `{entry.id}` already defined in "
                                 f"{by_id[entry.id].path}")
            by_id[entry.id] = entry
        return cls(entries, by_id)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, rule_id: str) -> Entry | None:
        """The entry of `rule_id`, or of the family it belongs to (`languagetool.X` ->
        `languagetool.*`), or None."""
        found = self._by_id.get(rule_id)
        if found is not None:
            return found
        for entry in self.entries:
            if entry.family and rule_id.startswith(entry.id[:-1]) and len(rule_id) > len(entry.id) - 1:
                return entry
        return None

    def with_packs(self, paths: Iterable[str]) -> "Catalogue":
        """This catalogue plus the rules of a user's pack files (config `packs`)."""
        extra = [e for path in paths for e in pack_entries(str(path))]
        return Catalogue.of(self.entries + tuple(extra)) if extra else self


def catalogue() -> Catalogue:
    """Every built-in entry (packs, accessibility, lisible's own rules, LanguageTool's family),
    read once for a given language registry (a registered language brings its packs)."""
    return _catalogue(languages.generation())


@lru_cache(maxsize=2)
def _catalogue(generation: int) -> Catalogue:
    return Catalogue.of(builtin_entries())


def lookup(rule_id: str) -> Entry | None:
    return catalogue().lookup(rule_id)


def _entry(rule_id: str) -> Entry:
    entry = lookup(rule_id)
    if entry is None:
        raise KeyError(f"rule `{rule_id}` is not in the catalogue (checker/catalogue)")
    return entry


def severity(rule_id: str) -> str:
    """The default severity of a built-in rule (a bug if the id is unknown)."""
    return _entry(rule_id).severity


def message(rule_id: str, lang: str, variant: str = "message") -> str:
    """The message template of a built-in rule in `lang`, else English."""
    return _entry(rule_id).message_for(lang, variant)

"""One catalogue entry: what a person, a report or a fixer needs to know about a rule id."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# An example: {"text": ...} plus, where needed, what its test needs to reproduce it: `language`
# (a tag), `name` (the file name, and so the format), `config` (Settings fields), `hex` (bytes
# instead of text), `directory` (a folder where a file is expected), `symlink_to` (a link),
# `fault` (an analyzer raises), `grammar` (needs LanguageTool), `versions` (parity: file name ->
# text). tests/catalogue/test_catalogue_examples.py runs them.
Example = dict[str, Any]


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    category: str
    severity: str                     # default severity: error, warning, info
    rationale: str
    source: str                       # a URL a reader can open
    origin: str                       # pack, a11y, readability, parity, input, engine, ...
    path: str                         # the file that declares it
    kind: str = "python"
    fix: str = "none"                 # safe, unsafe, none (Ruff's model)
    standards: tuple[str, ...] = ()   # "WCAG22:1.1.1", "ACT:23a2a8"
    messages: dict[str, dict[str, str]] = field(default_factory=dict)  # variant -> lang -> text
    examples: dict[str, list[Example]] = field(default_factory=lambda: {"trigger": [], "pass": []})
    pack: str = ""
    language: str | None = None       # None: any language
    regions: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # only, except
    languagetool: tuple[str, ...] = ()    # LanguageTool rules this rule replaces
    entries: int | None = None        # size of a substitution list
    needs_review: bool = False        # always a needs-review (ACT "cannot tell") finding
    act: str | None = None            # the W3C ACT rule's page
    family: bool = False              # the id ends in `.*` and stands for every id under it
    example_format: str = "text"      # what the examples are: text, html, or pdf (data)

    @property
    def short(self) -> str:
        """The first sentence of the rationale: a one-line description."""
        text = " ".join(self.rationale.split())
        return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0] if text else self.title

    @property
    def regions_text(self) -> str:
        only, excluded = self.regions
        if only:
            return "only " + ", ".join(sorted(only))
        if excluded:
            return "all but " + ", ".join(sorted(excluded))
        return "all"

    def message_for(self, lang: str, variant: str = "message") -> str:
        """The `variant` message in `lang`, else the pack's own language ("*"), else English, else
        the first one given."""
        table = self.messages[variant]
        return table.get(lang) or table.get("*") or table.get("en") or next(iter(table.values()))

    def to_dict(self) -> dict[str, Any]:
        """What `lisible rules list --format json` prints for the entry."""
        return {"id": self.id, "title": self.title, "category": self.category,
                "severity": self.severity, "fix": self.fix, "origin": self.origin,
                "kind": self.kind, "language": self.language or "any",
                "regions": self.regions_text, "standards": list(self.standards),
                "source": self.source, "rationale": self.rationale}

"""What every analyzer receives, and the registry of analyzers.

An analyzer is a function `(doc, ctx) -> list[Finding]`, declared with `@analyzer("name")` in its
own module; `ANALYZER_MODULES` names the modules the engine imports so they can declare themselves.
Analyzers run in the order they are declared here; each reads the document and the `TextStats`
measured once by the engine, never re-tokenising the whole text for its own counts.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from checker.findings import Finding
from checker.languages import LanguageTag

if TYPE_CHECKING:
    from checker.config import Settings
    from checker.document import Document
    from checker.profiles import Profile
    from checker.readability import ReadabilityResult
    from checker.text.stats import TextStats

ANALYZER_MODULES = (
    "checker.readability",
    "checker.rules",
    "checker.rules.a11y",
)

Analyze = Callable[["Document", "AnalysisContext"], list[Finding]]
ANALYZERS: dict[str, Analyze] = {}


def analyzer(name: str):
    def register(fn: Analyze) -> Analyze:
        ANALYZERS[name] = fn
        return fn
    return register


def load_analyzers() -> dict[str, Analyze]:
    for module in ANALYZER_MODULES:
        importlib.import_module(module)
    return ANALYZERS


@dataclass
class AnalysisContext:
    settings: Settings
    language: str                 # full tag, e.g. "fr-CH"
    stats: TextStats              # measured once by the engine
    profile: Profile              # the profile's targets for this language
    readability: ReadabilityResult | None = None   # set once the readability analyzer ran
    ui_lang: str | None = None    # language of messages; None: the document's
    shared: dict[str, Any] = field(default_factory=dict)  # analyzers may leave notes for later ones

    @property
    def lang(self) -> str:
        """Primary subtag: 'fr' for 'fr-CH'."""
        return LanguageTag.loose(self.language).language

    @property
    def region(self) -> str | None:
        return LanguageTag.loose(self.language).region

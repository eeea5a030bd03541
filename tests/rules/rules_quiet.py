"""Warnings and errors per 1,000 words that the rules raise on well-edited text (shared by the
quiet test and benchmarks/quiet.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from checker.rules import all_rules, run_rules
from rules_helpers import context, plain_document

CLEAN = Path(__file__).resolve().parent / "clean"
# The region each language's clean texts are written for: its default region (checker/languages/).
CLEAN_TAGS = {"en": "en-US", "fr": "fr-FR", "de": "de-DE", "es": "es-ES", "it": "it-IT"}


@dataclass
class Quiet:
    language: str
    words: int = 0
    loud: int = 0                     # warnings + errors
    info: int = 0
    by_rule: dict = field(default_factory=dict)

    @property
    def per_thousand(self) -> float:
        return 1000 * self.loud / self.words if self.words else 0.0


def load(path: Path, tag: str):
    """Plain text through plain_document; other formats (HTML) through the project's loaders."""
    if path.suffix == ".txt":
        return plain_document(path.read_text(encoding="utf-8"), tag, str(path))
    from checker.sources import load_path
    doc = load_path(path, 50_000_000)
    doc.language = tag
    return doc


def measure_files(paths, tag: str, skip: tuple[str, ...] = ()) -> Quiet:
    result = Quiet(tag)
    rules = [r for r in all_rules() if r.id not in skip]
    for path in paths:
        doc = load(path, tag)
        ctx = context(doc, tag)
        result.words += ctx.stats.words
        for finding in run_rules(doc, ctx, rules):
            if finding.severity == "info":
                result.info += 1
                continue
            result.loud += 1
            result.by_rule[finding.rule] = result.by_rule.get(finding.rule, 0) + 1
    return result


def measure_clean(lang: str) -> Quiet:
    return measure_files(sorted((CLEAN / lang).glob("*.txt")), CLEAN_TAGS[lang])

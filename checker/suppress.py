"""Filters applied to every analyzer's findings: select/ignore/severity from config, and one
finding per fault where LanguageTool and a pack overlap (DESIGN.md, "Rules"). Suppression comments
are checker/sources/suppressions.py's."""
from __future__ import annotations

import fnmatch
from dataclasses import replace

from checker.findings import Finding


def matches(rule: str, category: str, pattern: str) -> bool:
    """A config pattern names a rule id, a glob of ids (`fr.typography.*`) or a category."""
    return pattern == category or fnmatch.fnmatchcase(rule, pattern)


def apply_rule_filters(findings: list[Finding], settings) -> list[Finding]:
    kept = []
    for f in findings:
        if f.category != "input":  # an unreadable file is never filtered away
            if settings.select and not any(matches(f.rule, f.category, p) for p in settings.select):
                continue
            if any(matches(f.rule, f.category, p) for p in settings.ignore):
                continue
        for pattern, severity in settings.severity.items():
            if matches(f.rule, f.category, pattern):
                f = replace(f, severity=severity)
        kept.append(f)
    return kept


def drop_engine_duplicates(findings: list[Finding]) -> list[Finding]:
    """One concern, one finding (DESIGN.md): where a LanguageTool match and a lisible rule flag
    overlapping text in the same category (a space before a comma, flagged as `mot ,` by one and
    ` ,` by the other), keep lisible's, which cites its source. LanguageTool rules that a pack
    covers are also switched off in the request; this catches the ones that overlap anyway."""
    ours: dict[str, list] = {}
    for f in findings:
        if f.source != "languagetool":
            ours.setdefault(f.category, []).append(_bounds(f))
    return [f for f in findings
            if f.source != "languagetool" or not any(_overlap(_bounds(f), b)
                                                     for b in ours.get(f.category, ()))]


def _bounds(f: Finding) -> tuple[tuple[int, int], tuple[int, int]]:
    return (f.span.line, f.span.column), (f.span.end_line, f.span.end_column)


def _overlap(a, b) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]

"""Filters applied to every analyzer's findings: select/ignore/severity from config, and the
suppression comments of Markdown and HTML (DESIGN.md, "Rules")."""
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
    """One concern, one finding (DESIGN.md): where a LanguageTool match and a lisible rule flag the
    same problem, keep lisible's, which cites its source. The same problem is the same category at
    the same place: spans on one line that overlap and whose lengths differ by at most
    SAME_PLACE_SLACK characters (a space before a comma, flagged as `message ,` by one and ` ,` by
    the other). A lisible finding on a
    whole sentence or paragraph is another problem than the matches inside it, which stay.
    LanguageTool rules that a pack covers are also switched off in the request."""
    ours: dict[str, list] = {}
    for f in findings:
        if f.source != "languagetool":
            ours.setdefault(f.category, []).append(_bounds(f))
    return [f for f in findings
            if f.source != "languagetool" or not any(_same_place(_bounds(f), b)
                                                     for b in ours.get(f.category, ()))]


# Characters by which two spans of one problem may differ in length: a word and a space.
SAME_PLACE_SLACK = 12


def _bounds(f: Finding) -> tuple[tuple[int, int], tuple[int, int]]:
    return (f.span.line, f.span.column), (f.span.end_line, f.span.end_column)


def _same_place(a, b) -> bool:
    if not (a[0] <= b[1] and b[0] <= a[1]):
        return False
    if not a[0][0] == a[1][0] == b[0][0] == b[1][0]:     # a span over lines is a paragraph's
        return False
    return abs((a[1][1] - a[0][1]) - (b[1][1] - b[0][1])) <= SAME_PLACE_SLACK


def apply_suppressions(findings: list[Finding], doc) -> list[Finding]:
    """Drop findings covered by suppression comments; report comments that covered nothing."""
    comments = [_normalise(s) for s in doc.suppressions]
    if not comments:
        return findings
    ranges = _ranges(comments, len(doc.line_starts))
    used = set()
    kept = []
    for f in findings:
        hit = next((r for r in ranges if r[1] <= f.span.line <= r[2] and _covers(r[0], f.rule)), None)
        if hit is None or f.category == "input":
            kept.append(f)
        else:
            used.add(hit[3])
    for rules, _first, _last, line in ranges:
        if line not in used:
            names = ", ".join(rules) or "all rules"
            kept.append(Finding("lisible.unused-suppression", "input", "info",
                                f"This suppression comment ({names}) matches no finding; remove it.",
                                span=doc.source_span(*_line_bounds(doc, line))))
    return kept


def _normalise(s):
    if isinstance(s, tuple):
        kind, rules, line = s
        rules = (rules,) if isinstance(rules, str) else tuple(rules or ())
        return kind, tuple(r for r in rules if r), line
    return s.kind, tuple(s.rules), s.line


def _ranges(comments, last_line: int):
    """(rules, first line, last line, comment line) for each disable comment."""
    out = []
    for i, (kind, rules, line) in enumerate(comments):
        if kind == "disable-next-line":
            out.append((rules, line + 1, line + 1, line))
        elif kind == "disable":
            end = last_line
            for kind2, rules2, line2 in comments[i + 1:]:
                if kind2 == "enable" and (not rules2 or set(rules) & set(rules2) or not rules):
                    end = line2
                    break
            out.append((rules, line, end, line))
    return out


def _covers(rules: tuple[str, ...], rule: str) -> bool:
    return not rules or any(fnmatch.fnmatchcase(rule, r) for r in rules)


def _line_bounds(doc, line: int) -> tuple[int, int]:
    starts = doc.line_starts
    start = starts[line - 1]
    end = starts[line] if line < len(starts) else len(doc.source)
    text = doc.source[start:end].rstrip("\r\n")
    return start, start + max(1, len(text))

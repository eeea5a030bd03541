"""Suppression comments in Markdown and HTML (DESIGN.md, "Rules"):

    <!-- lisible-disable rule.id [other.id ...] -->   ...   <!-- lisible-enable rule.id -->
    <!-- lisible-disable-next-line rule.id -->

With no id, the comment applies to every rule. Ids may be globs (`fr.typography.*`). The Markdown
scan and the HTML loader read them into one shape, `Suppression`; the engine applies them with
`apply_suppressions` after the rule filters, and a comment that suppressed nothing is reported.
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.findings import Finding

if TYPE_CHECKING:
    from checker.document import Document

_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_DIRECTIVE = re.compile(r"^\s*lisible-(disable-next-line|disable|enable)\b(.*)$", re.S)


@dataclass(frozen=True)
class Suppression:
    kind: str          # disable | enable | disable-next-line
    rules: tuple[str, ...]   # empty: all rules
    line: int          # 1-based line of the comment


def parse_directive(comment: str) -> tuple[str, tuple[str, ...]] | None:
    """(kind, rule ids) of a comment's text (between `<!--` and `-->`), None if it is not ours.
    The Markdown scan and the HTML loader both read comments through this."""
    match = _DIRECTIVE.match(comment)
    if not match:
        return None
    return match.group(1), tuple(r for r in re.split(r"[\s,]+", match.group(2).strip()) if r)


def scan_suppressions(source: str) -> list[Suppression]:
    found = []
    for match in _COMMENT.finditer(source):
        parsed = parse_directive(match.group(1))
        if parsed:
            line = source.count("\n", 0, match.start()) + 1
            found.append(Suppression(parsed[0], parsed[1], line))
    return found


def apply_suppressions(findings: list[Finding], doc: "Document") -> list[Finding]:
    """Drop findings covered by suppression comments; report comments that covered nothing."""
    comments = [(s.kind, s.rules, s.line) for s in doc.suppressions]
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

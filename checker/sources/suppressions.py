"""Suppression comments in Markdown and HTML (DESIGN.md, "Rules"):

    <!-- lisible-disable rule.id [other.id ...] -->   ...   <!-- lisible-enable rule.id -->
    <!-- lisible-disable-next-line rule.id -->

With no id, the comment applies to every rule. Ids may be globs (`fr.typography.*`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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

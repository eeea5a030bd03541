"""Suppression comments in Markdown and HTML (DESIGN.md, "Rules"):

    <!-- lisible-disable rule.id [other.id ...] -->   ...   <!-- lisible-enable rule.id -->
    <!-- lisible-disable-next-line rule.id -->

With no id, the comment applies to every rule. Ids may be globs (`fr.typography.*`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_COMMENT = re.compile(r"<!--\s*lisible-(disable-next-line|disable|enable)\b([^>]*?)-->")


@dataclass(frozen=True)
class Suppression:
    kind: str          # disable | enable | disable-next-line
    rules: tuple[str, ...]   # empty: all rules
    line: int          # 1-based line of the comment


def scan_suppressions(source: str) -> list[Suppression]:
    found = []
    for match in _COMMENT.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        rules = tuple(r for r in re.split(r"[\s,]+", match.group(2).strip()) if r)
        found.append(Suppression(match.group(1), rules, line))
    return found

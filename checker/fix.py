"""Fixes: the suggestions of findings written back into the source, after Ruff's model.

A finding's fix replaces the finding's text with its first suggestion. The rule catalogue says how
safe that is (checker.catalogue, read from `fix:` in the packs): `safe` fixes are applied by
`lisible fix`, `unsafe` ones only with `--unsafe-fixes`, `none` never; LanguageTool's suggestions
are unsafe as a family (they are guesses). DESIGN.md:
"a fix never touches markup, code, front matter or attributes, and is idempotent".

What is text comes from the loader's block map, not from a second parser: a fix is applied only when
the source slice under the finding's span is exactly the finding's text and every character of it is
a consecutive character of one block the reader sees. Markup inside the span, an entity (`&nbsp;`),
an escape, a line break the reader sees as a space, code, front matter and attribute values (an
HTML `alt`) all fail that test and leave the source as it is.

Overlapping fixes are resolved deterministically: by start, then end, then rule id, the first
wins; the others are looked at again on the next pass. The text is checked again after every pass,
until no fix applies (at most MAX_PASSES), so a second run changes no byte.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from checker.document import Document
from checker.findings import Finding

if TYPE_CHECKING:
    from checker.config import Settings

MAX_PASSES = 10


@dataclass(frozen=True, order=True)
class Edit:
    start: int          # offset in the source, inclusive
    end: int            # offset in the source, exclusive
    replacement: str
    rule: str
    line: int = 0       # of the finding, for the summary


@dataclass
class FixResult:
    text: str                                   # the fixed source
    applied: list[Edit] = field(default_factory=list)
    unsafe_available: int = 0                   # fixes --unsafe-fixes would also apply
    settled: bool = True                        # False: still changing after MAX_PASSES
    findings: list[Finding] = field(default_factory=list)   # of the last check


def fix_safety(rule_id: str, settings: Settings | None = None) -> str:
    """`safe`, `unsafe` or `none` for a rule id, from the rule catalogue (checker.catalogue; a
    user's packs from config included). An id the catalogue does not know is never fixed."""
    entry = _catalogue(tuple(settings.packs if settings is not None else ())).lookup(rule_id)
    return entry.fix if entry is not None else "none"


@lru_cache(maxsize=8)
def _catalogue(packs: tuple):
    from checker.catalogue import catalogue
    return catalogue().with_packs(packs)


def text_map(doc: Document) -> dict[int, tuple[int, int]]:
    """Source offset -> (block index, index in the block) for every character a fix may touch.
    Attribute values (an HTML image's alt) are left out: a fix never edits an attribute."""
    out: dict[int, tuple[int, int]] = {}
    for bi, block in enumerate(doc.blocks):
        if block.kind == "alt" and doc.format == "html":
            continue
        for i, offset in enumerate(block.offsets):
            out.setdefault(offset, (bi, i))
    return out


def source_range(doc: Document, finding: Finding, where: dict[int, tuple[int, int]]):
    """(start, end) in the source of a finding whose text stands there verbatim, in one block;
    None when the span crosses markup, an entity, an escape or anything not text."""
    span = finding.span
    starts = doc.line_starts
    if not finding.text or span.line > len(starts) or span.end_line > len(starts):
        return None
    start = starts[span.line - 1] + span.column - 1
    end = starts[span.end_line - 1] + span.end_column
    if doc.source[start:end] != finding.text:
        return None
    first = where.get(start)
    if first is None:
        return None
    bi, i = first
    for k in range(end - start):
        if where.get(start + k) != (bi, i + k):
            return None
    return start, end


def plan(doc: Document, findings: list[Finding], unsafe: bool, settings=None) -> tuple[list[Edit], int]:
    """The edits to make in this pass, and how many unsafe fixes were left out."""
    where = text_map(doc)
    allowed = ("safe", "unsafe") if unsafe else ("safe",)
    edits: list[Edit] = []
    held_back: list[Edit] = []
    for finding in findings:
        if not finding.suggestions or finding.suggestions[0] == finding.text:
            continue
        safety = fix_safety(finding.rule, settings)
        place = source_range(doc, finding, where) if safety != "none" else None
        if place is None:
            continue
        edit = Edit(place[0], place[1], finding.suggestions[0], finding.rule, finding.span.line)
        (edits if safety in allowed else held_back).append(edit)
    return without_overlaps(edits), len(without_overlaps(held_back))


def without_overlaps(edits: list[Edit]) -> list[Edit]:
    """Edits sorted by place then rule id; one that overlaps an edit kept before it waits."""
    kept: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end, e.rule, e.replacement)):
        if kept and edit.start < kept[-1].end:
            continue
        kept.append(edit)
    return kept


def apply_edits(text: str, edits: list[Edit]) -> str:
    """`edits` sorted and without overlaps (see without_overlaps)."""
    pieces, cursor = [], 0
    for edit in edits:
        pieces.append(text[cursor:edit.start])
        pieces.append(edit.replacement)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def fix_text(text: str, name: str, settings, grammar, unsafe: bool = False) -> FixResult:
    """Check, fix, check again until nothing more applies. `grammar` is an open grammar session
    (checker.grammar.open_session), shared by every pass and file."""
    from checker import engine, sources
    engine.load_analyzers()
    result = FixResult(text)
    seen = {text}
    for _ in range(MAX_PASSES):
        doc = sources.load_bytes(result.text.encode("utf-8"), name)
        checked = engine.check_document(doc, settings, grammar)
        result.findings = checked.findings
        edits, result.unsafe_available = plan(checked.document, checked.findings, unsafe, settings)
        if not edits:
            return result
        fixed = apply_edits(result.text, edits)
        if fixed in seen:      # two fixes undoing each other: stop rather than flip-flop
            result.settled = False
            return result
        seen.add(fixed)
        result.text = fixed
        result.applied.extend(edits)
    result.settled = False
    return result

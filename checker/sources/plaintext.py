"""Plain text: blank lines separate paragraphs; bullet or number lines are list items; a short line
without final punctuation standing alone between blank lines is a heading (DESIGN.md), and the
text's first line so standing is its title up to SUBHEADING_MAX_WORDS words. So is a
subheading run into its paragraph, as text exported from HTML with single line breaks has it: a
line without final punctuation that opens a paragraph (or follows a finished sentence) and is
followed by a long line starting a sentence; and where a paragraph group has lines longer than any
hand-wrapped line (one line per paragraph, as such exports write), a line after a finished
sentence starts a paragraph of its own. Text wrapped by hand has short lines, never these."""
from __future__ import annotations

import re

from checker.document import Document, block_from_chars

_BULLET = re.compile(r"^[ \t]*(?:[•\-*–·▪‣]|\d{1,3}[.)])[ \t]+")
_FINAL_PUNCT = ".!?:;…»\"”)"
HEADING_MAX_WORDS = 12
SUBHEADING_MAX_WORDS = 25
# A line after a subheading is a paragraph, longer than any hand-wrapped line (72-80 characters).
PARAGRAPH_LINE_MIN = 100
_SENTENCE_START = re.compile(r"^[ \t]*[«„“\"'(]?[A-ZÀ-ÖØ-Þ0-9]")


def load(text: str, path: str) -> Document:
    doc = Document(path=path, format="text", source=text)
    lines = _lines_with_offsets(text)
    group: list[tuple[str, int]] = []
    for line, offset in lines + [("", len(text))]:
        if line.strip():
            group.append((line, offset))
            continue
        if group:
            _add_group(doc, group)
            group = []
    return doc


def _lines_with_offsets(text: str) -> list[tuple[str, int]]:
    out = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        out.append((line, offset))
        offset += len(raw)
    return out


def _add_group(doc: Document, group: list[tuple[str, int]]) -> None:
    if len(group) == 1 and _is_heading(group[0][0], title=not doc.blocks):
        _emit(doc, "heading", [group[0]], level=None)
        return
    current: list[tuple[str, int]] = []
    kind = "paragraph"
    for i, (line, offset) in enumerate(group):
        bullet = _BULLET.match(line)
        if _is_subheading(group, i, current):
            if current:
                _emit(doc, kind, current)
            _emit(doc, "heading", [(line, offset)])
            current, kind = [], "paragraph"
        elif current and kind == "paragraph" and _one_line_per_paragraph(group) \
                and current[-1][0].rstrip()[-1:] in _FINAL_PUNCT:
            _emit(doc, kind, current)     # a new paragraph on its own line
            current = [(line, offset)]
        elif bullet:
            if current:
                _emit(doc, kind, current)
            current = [(line[bullet.end():], offset + bullet.end())]
            kind = "list_item"
        else:
            current.append((line, offset))
    if current:
        _emit(doc, kind, current)


def _is_heading(line: str, title: bool = False) -> bool:
    """A short line without final punctuation; the text's first line may be as long as a
    subheading: a press release's title runs to 20 words or more ("DETEC approves construction
    project for taxiway routing around runway 28 at Zurich Airport")."""
    stripped = line.strip()
    limit = SUBHEADING_MAX_WORDS if title else HEADING_MAX_WORDS
    return (not _BULLET.match(line) and stripped[-1] not in _FINAL_PUNCT
            and len(stripped.split()) <= limit)


def _one_line_per_paragraph(group) -> bool:
    """Text written one line per paragraph (exported from HTML or a word processor) has lines
    longer than any hand-wrapped line; hand-wrapped text never does."""
    return max(len(line) for line, _ in group) >= PARAGRAPH_LINE_MIN


def _is_subheading(group, i: int, current) -> bool:
    line = group[i][0].strip()
    if i + 1 >= len(group) or not line or _BULLET.match(group[i][0]):
        return False
    after = group[i + 1][0]
    opens = not current or current[-1][0].rstrip()[-1:] in ".!?…:»\"”"
    return (opens and line[-1] not in _FINAL_PUNCT + ",;-–—" and bool(_SENTENCE_START.match(line))
            and len(line.split()) <= SUBHEADING_MAX_WORDS and len(after.strip()) >= PARAGRAPH_LINE_MIN
            and bool(_SENTENCE_START.match(after)) and not _BULLET.match(after))


def _emit(doc: Document, kind: str, lines: list[tuple[str, int]], level=None) -> None:
    chars: list[str] = []
    offs: list[int] = []
    for line, offset in lines:
        if chars:
            chars.append(" ")
            offs.append(offset - 1)
        chars.extend(line)
        offs.extend(range(offset, offset + len(line)))
    block = block_from_chars(kind, chars, offs, level=level)
    if block:
        doc.blocks.append(block)

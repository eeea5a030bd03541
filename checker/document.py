"""A loaded document: blocks of plain text, each character mapped back to the source.

Every source module produces a `Document` whose `source` is the decoded text of the file (for .docx,
the body's paragraphs joined by newlines, so a line is a paragraph). A `Block` holds the text a reader
sees and, for each of its characters, the offset of that character in `source`; `Document.span`
turns a slice of a block into 1-based line and column numbers (DESIGN.md, "Blocks and positions").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from checker.findings import Span

# Kinds of block a reader meets. `title` and `alt` are checked for accessibility and spelling but not
# counted in readability (DESIGN.md).
BLOCK_KINDS = ("paragraph", "heading", "list_item", "table_cell", "quote", "caption", "title", "alt")
PROSE_KINDS = ("paragraph", "heading", "list_item", "table_cell", "quote", "caption")


@dataclass
class Block:
    kind: str
    text: str
    offsets: list[int]            # offsets[i] = index in Document.source of text[i]
    language: str | None = None   # declared language of this block (HTML lang), if any
    detected_language: str | None = None
    level: int | None = None      # heading level
    element: object | None = None  # the HTML element it came from, for accessibility checks
    hidden: bool = False

    def __post_init__(self):
        if len(self.offsets) != len(self.text):
            raise ValueError("a block needs one source offset per character")

    @property
    def counts_for_readability(self) -> bool:
        return self.kind in PROSE_KINDS and not self.hidden


@dataclass
class Document:
    path: str
    format: str                   # text, markdown, html, docx
    source: str
    blocks: list[Block] = field(default_factory=list)
    declared_language: str | None = None
    language_source: str | None = None   # declared | detected | config
    language: str | None = None          # the language tag the checks use, e.g. fr-FR
    notes: list = field(default_factory=list)  # Findings raised while loading (encoding, input)
    root: object | None = None           # parsed HTML tree, for accessibility
    suppressions: list = field(default_factory=list)  # checker.sources.suppressions.Suppression
    line_pages: list[int] | None = None  # PDF: the 1-based page of each source line
    pdf: object | None = None            # PDF: checker.sources.pdf_structure.PdfFacts
    _line_starts: list[int] | None = field(default=None, repr=False)

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            src = self.source
            i = 0
            while True:
                j = _next_line_break(src, i)
                if j < 0:
                    break
                # \r\n ends a line like \n: both characters belong to the line they end.
                step = 2 if src.startswith("\r\n", j) else 1
                starts.append(j + step)
                i = j + step
            self._line_starts = starts
        return self._line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, of a source offset."""
        starts = self.line_starts
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def page_of_line(self, line: int) -> int | None:
        """The page a 1-based source line is on, for formats that have pages (PDF)."""
        if not self.line_pages:
            return None
        return self.line_pages[min(max(line, 1), len(self.line_pages)) - 1]

    def span(self, block: Block, start: int, end: int) -> Span:
        """Span of block.text[start:end] in the source (end exclusive, end > start)."""
        if not block.offsets:
            return Span(1, 1, 1, 1)
        start = max(0, min(start, len(block.offsets) - 1))
        last = max(start, min(end, len(block.offsets)) - 1)
        line, col = self.position(block.offsets[start])
        end_line, end_col = self.position(block.offsets[last])
        return Span(line, col, end_line, end_col)

    def source_span(self, start: int, end: int) -> Span:
        """Span of source[start:end] (end exclusive)."""
        line, col = self.position(start)
        end_line, end_col = self.position(max(start, end - 1))
        return Span(line, col, end_line, end_col)

    @property
    def prose_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.counts_for_readability]


def _next_line_break(src: str, i: int) -> int:
    n = src.find("\n", i)
    r = src.find("\r", i)
    if r < 0:
        return n
    if n < 0:
        return r
    return min(n, r)


def make_block(kind: str, pieces: list[tuple[str, int]], **kw) -> Block | None:
    """Build a block from (text, source offset) pieces, each piece's characters consecutive in the
    source. Whitespace runs are collapsed to one space and the ends trimmed, as a reader sees it."""
    chars: list[str] = []
    offs: list[int] = []
    for text, off in pieces:
        for k, ch in enumerate(text):
            chars.append(ch)
            offs.append(off + k)
    return block_from_chars(kind, chars, offs, **kw)


def block_from_chars(kind: str, chars: list[str], offs: list[int], **kw) -> Block | None:
    text = "".join(chars)
    if len(text) != len(offs):       # not one character per entry: the plain loop
        return _block_from_chars_slowly(kind, chars, offs, **kw)
    out_c: list[str] = []
    out_o: list[int] = []
    previous_end = None
    # Word runs at a time (slices, not a loop over characters): the whitespace between two runs
    # becomes one space located at its first character; leading and trailing whitespace goes.
    for run in _NON_SPACE_RUN.finditer(text):
        start, end = run.span()
        if previous_end is not None:
            out_c.append(" ")
            out_o.append(offs[previous_end])
        out_c.append(text[start:end])
        out_o.extend(offs[start:end])
        previous_end = end
    if not out_c:
        return None
    return Block(kind=kind, text="".join(out_c), offsets=out_o, **kw)


_NON_SPACE_RUN = re.compile(r"[^ \t\r\n\f\v]+")


def _block_from_chars_slowly(kind: str, chars: list[str], offs: list[int], **kw) -> Block | None:
    out_c: list[str] = []
    out_o: list[int] = []
    for ch, off in zip(chars, offs):
        if ch in " \t\r\n\f\v":
            if out_c and out_c[-1] != " ":
                out_c.append(" ")
                out_o.append(off)
            continue
        out_c.append(ch)
        out_o.append(off)
    while out_c and out_c[-1] == " ":
        out_c.pop()
        out_o.pop()
    if not out_c:
        return None
    return Block(kind=kind, text="".join(out_c), offsets=out_o, **kw)

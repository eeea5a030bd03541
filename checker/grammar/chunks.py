"""Blocks in, LanguageTool requests out, matches back onto blocks.

Blocks of one language are joined with a blank line ("\n\n": LanguageTool treats it as a paragraph
break, so no sentence runs across two blocks) into chunks of at most CHUNK_LIMIT characters. Only the
text a reader sees is sent, never markup. LanguageTool reports offsets in UTF-16 code units (it is
Java); Python strings count code points, so a character outside the Basic Multilingual Plane (an
emoji, some CJK) counts 2 there and 1 here: `utf16_to_index` converts (DESIGN.md, "Blocks and positions").
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from checker.document import Block

CHUNK_LIMIT = 20_000
SEPARATOR = "\n\n"


@dataclass
class Chunk:
    language: str                      # LanguageTool code, e.g. "en-US"
    text: str = ""
    blocks: list[Block] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)   # where each block's text starts in `text`

    def add(self, block: Block) -> None:
        if self.blocks:
            self.text += SEPARATOR
        self.starts.append(len(self.text))
        self.blocks.append(block)
        self.text += block.text

    def locate(self, start: int, end: int) -> tuple[Block, int, int] | None:
        """The block holding text[start:end], and the slice in that block's own text. A match that
        runs past its block's end is cut there; one that starts in a separator is dropped."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0:
            return None
        block = self.blocks[i]
        local_start = start - self.starts[i]
        if local_start >= len(block.text):
            return None
        local_end = min(max(end - self.starts[i], local_start + 1), len(block.text))
        return block, local_start, local_end


def build_chunks(blocks: list[tuple[Block, str]], limit: int = CHUNK_LIMIT) -> list[Chunk]:
    """Group (block, language) pairs into chunks per language, in document order. A block longer than
    the limit is a chunk of its own (LanguageTool's own server has no length limit by default)."""
    open_chunks: dict[str, Chunk] = {}
    done: list[Chunk] = []
    for block, language in blocks:
        chunk = open_chunks.get(language)
        if chunk is not None and chunk.blocks and len(chunk.text) + len(SEPARATOR) + len(block.text) > limit:
            done.append(chunk)
            chunk = None
        if chunk is None:
            chunk = open_chunks[language] = Chunk(language)
        chunk.add(block)
    done.extend(c for c in open_chunks.values() if c.blocks)
    return done


def utf16_to_index(text: str):
    """A function turning a UTF-16 offset into `text` into a Python string index."""
    if all(ord(ch) < 0x10000 for ch in text):
        return lambda offset: offset
    # ends[k] = UTF-16 length of text[:k+1]; the index of offset u is the number of characters
    # whose UTF-16 end is at or before u.
    ends = []
    total = 0
    for ch in text:
        total += 2 if ord(ch) >= 0x10000 else 1
        ends.append(total)
    return lambda offset: bisect.bisect_right(ends, offset)

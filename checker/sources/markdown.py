"""Markdown: blocks from markdown-it-py's token stream, every character located in the source.

markdown-it gives each block its source lines but not inline columns, and its text tokens have
markup removed and entities and escapes decoded. Each text token is located by searching forward
from a cursor in the source (exactly when the text appears verbatim; character by character when an
escape or entity changed it, so `&amp;` maps to its `&`, as DESIGN.md asks).
"""
from __future__ import annotations

import re
from dataclasses import replace

import yaml
from markdown_it import MarkdownIt

from checker.document import Document, block_from_chars
from checker.findings import Finding
from checker.limits import NoAliasLoader
from checker.sources.suppressions import scan_suppressions

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_CONTAINER_KIND = {"list_item_open": "list_item", "blockquote_open": "quote"}
_LOOKAHEAD = 16
# markdown-it stops reading blocks nested deeper than maxNesting (20 by default: 10 list levels)
# and drops their text without a word. 64 levels are read; deeper text gets an input.too-deep
# error instead of passing unchecked (issue 13). Deeper still would risk Python's recursion limit.
MAX_NESTING = 64
_PARSER = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")
# Front matter is read only for its `lang:`; a bigger one is not parsed.
_FRONT_MATTER_MAX = 65_536


def load(text: str, path: str) -> Document:
    doc = Document(path=path, format="markdown", source=text)
    body = text
    match = _FRONT_MATTER.match(text)
    if match:
        doc.declared_language = _front_matter_language(match.group(1) or "")
        # Blank the front matter out (keeping line breaks) so positions stay those of the file.
        body = re.sub(r"[^\r\n]", " ", text[:match.end()]) + text[match.end():]
    doc.suppressions = scan_suppressions(text)
    tokens = _PARSER.parse(body)
    _Walker(doc, body).walk(tokens)
    deepest = next((t for t in tokens if t.level >= MAX_NESTING - 1), None)
    if deepest is not None:
        line = deepest.map[0] if deepest.map else 0
        start = doc.line_starts[min(line, len(doc.line_starts) - 1)]
        doc.notes.append(Finding(
            "input.too-deep", "input", "error",
            f"Lists or quotes are nested more than {MAX_NESTING // 2} levels deep here; the text "
            "below that depth was not checked.", doc.source_span(start, start + 1)))
    return doc


def _front_matter_language(front: str) -> str | None:
    if len(front) > _FRONT_MATTER_MAX:
        return None
    try:
        data = yaml.load(front, Loader=NoAliasLoader)  # noqa: S506 (a SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return None
    if isinstance(data, dict):
        value = data.get("lang") or data.get("language")
        return value if isinstance(value, str) and value else None
    return None


class _Walker:
    def __init__(self, doc: Document, body: str):
        self.doc = doc
        self.body = body
        self.line_starts = doc.line_starts
        self.cursor = 0

    def walk(self, tokens) -> None:
        containers: list[str] = []
        kind = "paragraph"
        level = None
        for token in tokens:
            if token.type in _CONTAINER_KIND:
                containers.append(_CONTAINER_KIND[token.type])
            elif token.type in ("list_item_close", "blockquote_close"):
                containers.pop()
            elif token.type == "heading_open":
                kind, level = "heading", int(token.tag[1])
            elif token.type in ("th_open", "td_open"):
                kind, level = "table_cell", None
            elif token.type == "paragraph_open":
                kind, level = (containers[-1] if containers else "paragraph"), None
            elif token.type == "inline":
                self._inline(token, kind, level)
            elif token.type == "html_block" and token.map:
                self._html_block(token)

    def _inline(self, token, kind: str, level) -> None:
        if token.map:
            self.cursor = max(self.cursor, self.line_starts[min(token.map[0], len(self.line_starts) - 1)])
        limit = self.line_starts[token.map[1]] if token.map and token.map[1] < len(self.line_starts) \
            else len(self.body)
        chars: list[str] = []
        offs: list[int] = []
        alts: list = []
        link_targets: list = []
        for child in token.children or []:
            if child.type == "text":
                self._locate(child.content, limit, chars, offs)
            elif child.type in ("softbreak", "hardbreak"):
                # The space a reader sees stands for the line break: locate it there.
                newline = self.body.find("\n", self.cursor, limit)
                chars.append(" ")
                offs.append(newline if newline >= 0 else max(0, self.cursor - 1))
                if newline >= 0:
                    self.cursor = newline + 1
            elif child.type == "link_close":
                self._skip_destination(link_targets.pop() if link_targets else None, limit)
            elif child.type == "link_open":
                link_targets.append(child.attrs.get("href"))
            elif child.type == "code_inline":
                # Code is not prose: skip it, but move past it so later text is found after it.
                found = self.body.find(child.content, self.cursor, limit)
                if found >= 0:
                    self.cursor = found + len(child.content)
            elif child.type == "image":
                alts.append(self._image(child, limit))
        block = block_from_chars(kind, chars, offs, level=level)
        if block:
            self.doc.blocks.append(block)
        # An image's alt text is its own block, after the text that holds the image.
        self.doc.blocks.extend(a for a in alts if a)

    def _html_block(self, token) -> None:
        """Raw HTML in Markdown (a `<div>` or `<figure>` of a static site) is read by the HTML
        loader, its blocks shifted to where the HTML stands in the file."""
        from checker.sources import html
        start = self.line_starts[token.map[0]]
        end = self.line_starts[token.map[1]] if token.map[1] < len(self.line_starts) \
            else len(self.body)
        snippet = html.load(self.body[start:end], self.doc.path)
        for note in snippet.notes:
            # What the HTML loader could not read (a tag too long to parse, nesting flattened) is
            # said here too, once per kind, where the HTML stands: dropping it left a file of one
            # huge tag as input.empty (benchmarks/fuzz_attacks.py, md-big-tag).
            if note.rule == "input.too-large":
                note = replace(note, message=f"The HTML here has a tag longer than "
                                             f"{html.MAX_TAG_CHARS:,} characters; its text was not "
                                             "checked.")
            if all(n.rule != note.rule for n in self.doc.notes):
                self.doc.notes.append(replace(note, span=self.doc.source_span(start, start + 1)))
        for block in snippet.blocks:
            if block.kind == "title" or block.hidden:
                continue
            block.offsets = [offset + start for offset in block.offsets]
            block.element = None    # an element of the snippet's own tree, not of this document
            self.doc.blocks.append(block)

    def _locate(self, text: str, limit: int, chars: list[str], offs: list[int]) -> None:
        found = self.body.find(text, self.cursor, limit)
        if found >= 0:
            chars.extend(text)
            offs.extend(range(found, found + len(text)))
            self.cursor = found + len(text)
            return
        for ch in text:
            hit = self.body.find(ch, self.cursor, min(limit, self.cursor + _LOOKAHEAD))
            chars.append(ch)
            if hit >= 0:
                offs.append(hit)
                self.cursor = hit + 1
            else:
                offs.append(min(self.cursor, len(self.body) - 1))

    def _skip_destination(self, href: str | None, limit: int) -> None:
        """Move past `](destination "title")` so text after a link is not found inside its URL."""
        if not href or not self.body.startswith("](", self.cursor):
            return
        close = self.body.find(")", self.cursor + 2 + len(href), limit)
        if close >= 0:
            self.cursor = close + 1

    def _image(self, child, limit: int):
        chars: list[str] = []
        offs: list[int] = []
        self._locate(child.content, limit, chars, offs)
        block = block_from_chars("alt", chars, offs)
        if block:
            block.element = {"src": child.attrs.get("src", "")}
        return block

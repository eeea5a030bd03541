"""OpenDocument Text (.odt), read with odfpy: each paragraph, heading, list item and table cell of
the body is a block, as for .docx (DESIGN.md).

The document's `source` is the body's paragraphs joined by newlines, so `line` is the paragraph
number and `column` the code point in it. A text frame's paragraphs (draw:text-box) are paragraphs
of their own, once, where the frame is anchored; footnotes and endnotes are paragraphs after the
body, in order, never glued into the paragraph that calls them.
"""
from __future__ import annotations

import io
import zipfile

import odf.load
import odf.opendocument
from odf.element import Element, Text
from odf.namespaces import DCNS, TEXTNS
from odf.opendocument import load

from checker.document import Document, block_from_chars
from checker.errors import BrokenInput

MAX_UNCOMPRESSED = 200_000_000   # a zip that inflates past this is refused before it is parsed
# <text:s text:c="N"/> is N spaces; a 1 KB file asking for 99,999,999 of them took minutes and
# gigabytes (found by benchmarks/fuzz.py). Past a few, spaces are layout: the run is kept short.
MAX_SPACES = 100
_PARAGRAPHS = {(TEXTNS, "p"), (TEXTNS, "h")}
_NOTES = {(TEXTNS, "note")}
_SPACE = {(TEXTNS, "s"), (TEXTNS, "tab"), (TEXTNS, "line-break")}
_SKIP = {(TEXTNS, "soft-page-break"), (TEXTNS, "bookmark"), (TEXTNS, "bookmark-start"),
                (TEXTNS, "bookmark-end")}


class _PartNotParsed(Exception):
    pass


def _part_not_parsed(*_args, **_kwargs) -> None:
    raise _PartNotParsed


def _say_nothing(*_args, **_kwargs) -> None:
    pass


# odfpy prints to stdout, where lisible's report goes: a part of the file that is not well-formed
# XML is printed whole (the file's text, a `::error` line included, would land in a CI log or
# break the JSON) and the load goes on with what was parsed; an element it cannot build is printed
# as "Error: ...". Found by benchmarks/fuzz.py. The first stops the load (the file is broken:
# reported, not half read in silence), the second is dropped as odfpy already drops the element.
odf.opendocument.print = _part_not_parsed
odf.load.print = _say_nothing


def load_bytes(data: bytes, path: str) -> Document:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNCOMPRESSED:
                raise BrokenInput(f"unpacks to more than {MAX_UNCOMPRESSED:,} bytes; it was not "
                                  "checked", "input.too-large")
            if "content.xml" not in archive.namelist():
                raise BrokenInput("is not a valid .odt (no content.xml inside)")
        odt = load(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise BrokenInput("is not a valid .odt (not a zip archive)") from None
    except BrokenInput:
        raise
    except _PartNotParsed:
        raise BrokenInput("is not a valid .odt (a part of it is not well-formed XML)") from None
    except Exception as exc:  # odfpy raises plain parser errors on broken XML
        raise BrokenInput(f"is not a valid .odt ({type(exc).__name__})") from None
    paragraphs: list[tuple[str, str, int | None]] = []
    notes: list[tuple[str, str, int | None]] = []
    _walk(odt.text, paragraphs, notes, context="paragraph")
    paragraphs += notes
    source = "\n".join(text for text, _, _ in paragraphs)
    doc = Document(path=path, format="odt", source=source)
    offset = 0
    for text, kind, level in paragraphs:
        block = block_from_chars(kind, list(text), list(range(offset, offset + len(text))),
                                 level=level)
        if block:
            doc.blocks.append(block)
        offset += len(text) + 1
    doc.declared_language = _language(odt)
    return doc


def _walk(node: Element, out: list, notes: list, context: str) -> None:
    for child in node.childNodes:
        if not isinstance(child, Element):
            continue
        qname = child.qname
        if qname in _PARAGRAPHS:
            inner: list = []
            text = _text(child, inner, notes)
            if qname == (TEXTNS, "h"):
                level = child.getAttrNS(TEXTNS, "outline-level")
                out.append((text, "heading", int(level) if level and level.isdigit() else 1))
            else:
                out.append((text, context, None))
            out.extend(inner)           # frames anchored in the paragraph come after it
        elif qname == (TEXTNS, "list-item"):
            _walk(child, out, notes, "list_item")
        elif qname[1] == "table-cell":
            _walk(child, out, notes, "table_cell")
        else:
            _walk(child, out, notes, context)


def _text(para: Element, frames: list, notes: list) -> str:
    parts: list[str] = []
    for child in para.childNodes:
        if isinstance(child, Text):
            parts.append(str(child.data))
        elif not isinstance(child, Element):
            continue
        elif child.qname in _NOTES:
            _walk(child, notes, notes, "paragraph")      # its note-body paragraphs, on their own
        elif child.qname == (TEXTNS, "s"):
            count = child.getAttrNS(TEXTNS, "c")
            count = int(count) if count and count.isascii() and count.isdigit() else 1
            parts.append(" " * min(count, MAX_SPACES))
        elif child.qname in _SPACE:
            parts.append(" " if child.qname[1] != "tab" else "\t")
        elif child.qname in _SKIP:
            continue
        elif child.qname[1] in ("frame", "text-box"):
            _walk(child, frames, notes, "paragraph")
        else:
            parts.append(_text(child, frames, notes))
    return "".join(parts)


def _language(odt) -> str | None:
    for node in odt.meta.childNodes:
        if isinstance(node, Element) and node.qname == (DCNS, "language"):
            value = "".join(str(t.data) for t in node.childNodes if isinstance(t, Text)).strip()
            if value:
                return value
    return None

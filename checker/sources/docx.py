"""Word .docx: each paragraph of the body, tables included, is a block (DESIGN.md).

The document's `source` is the body's paragraphs joined by newlines, so that `line` is the
paragraph number and `column` the code point within it. Read with zipfile and ElementTree: a .docx
is a zip of XML parts, and the body is all this needs.
"""
from __future__ import annotations

import io
import zipfile
import xml.etree.ElementTree as ET

from checker.document import Document, block_from_chars

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLES = ("heading", "titre", "berschrift", "titolo", "título", "titulo", "title")


class BrokenDocx(Exception):
    pass


def load_bytes(data: bytes, path: str) -> Document:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
    except zipfile.BadZipFile:
        raise BrokenDocx("is not a valid .docx (not a zip archive)") from None
    except KeyError:
        raise BrokenDocx("is not a valid .docx (no word/document.xml inside)") from None
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise BrokenDocx(f"is not a valid .docx (broken XML: {exc})") from None
    body = root.find(f"{W}body")
    if body is None:
        raise BrokenDocx("is not a valid .docx (no document body)")
    return _build(path, body)


def _build(path: str, body) -> Document:
    in_tables = {id(p) for table in body.iter(f"{W}tbl") for p in table.iter(f"{W}p")}
    # (text, kind, level, language) for each paragraph, in body order
    paragraphs = [_paragraph(para, id(para) in in_tables) for para in body.iter(f"{W}p")]
    source = "\n".join(p[0] for p in paragraphs)
    doc = Document(path=path, format="docx", source=source)
    offset = 0
    languages = []
    for text, kind, level, language in paragraphs:
        block = block_from_chars(kind, list(text), list(range(offset, offset + len(text))),
                                 level=level, language=language)
        if block:
            doc.blocks.append(block)
            if language:
                languages.append(language)
        offset += len(text) + 1
    if languages:
        doc.declared_language = max(set(languages), key=languages.count)
    return doc


def _paragraph(para, in_table: bool):
    parts = []
    language = None
    for node in para.iter():
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append(" ")
        elif node.tag == f"{W}lang" and language is None:
            language = node.get(f"{W}val")
    text = "".join(parts)
    kind, level = "paragraph", None
    props = para.find(f"{W}pPr")
    if props is not None:
        style = props.find(f"{W}pStyle")
        name = (style.get(f"{W}val") or "").lower() if style is not None else ""
        if any(h in name for h in _HEADING_STYLES):
            kind = "heading"
            digits = "".join(c for c in name if c.isdigit())
            level = int(digits) if digits else 1
        elif props.find(f"{W}numPr") is not None or "list" in name:
            kind = "list_item"
    if in_table:
        kind = "table_cell"
    return text, kind, level, language

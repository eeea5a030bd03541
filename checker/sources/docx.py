"""Word .docx, read with python-docx: each paragraph of the body, tables included, is a block
(DESIGN.md), and the paragraphs of a text box are blocks of their own, once.

The document's `source` is those paragraphs joined by newlines, so that `line` is the paragraph
number (text-box paragraphs follow the paragraph that anchors them) and `column` the code point in
it. A paragraph's text is the text of its runs, as python-docx reads a run (`w:noBreakHyphen` is
"-", `w:tab` a tab, a line break one space here so it cannot split a line), including runs inside
hyperlinks, tracked insertions, fields and content controls, and excluding the runs of a text box.
A text box is stored twice by Word (the DrawingML shape and, in `mc:Fallback`, its VML copy for
old readers): only the first is read.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from checker.document import Document, block_from_chars

_HEADING_STYLES = ("heading", "titre", "berschrift", "titolo", "título", "titulo", "title")
_P, _R, _TBL = qn("w:p"), qn("w:r"), qn("w:tbl")
_TEXT_BOX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


class BrokenDocx(Exception):
    pass


def load_bytes(data: bytes, path: str) -> Document:
    try:
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise BrokenDocx("is not a valid .docx (not a zip archive)") from None
    except KeyError as exc:
        raise BrokenDocx(f"is not a valid .docx (missing part {exc})") from None
    except ValueError as exc:       # python-docx: not a Word document (wrong content type)
        raise BrokenDocx(f"is not a valid .docx ({exc})") from None
    paragraphs: list[tuple[str, str, int | None, str | None]] = []
    for item in document.iter_inner_content():
        _collect(item, paragraphs, in_table=False)
    return _build(path, paragraphs)


def _collect(item, out: list, in_table: bool) -> None:
    if isinstance(item, Paragraph):
        out.append(_paragraph(item._p, in_table))
        for box in _text_boxes(item._p):
            for child in box:
                if child.tag == _P:
                    out.append(_paragraph(child, in_table))
        return
    if isinstance(item, Table):
        # Cells from the XML, not Table.cell(): a merged cell would come back once per grid column.
        for tr in item._tbl.tr_lst:
            for tc in tr.tc_lst:
                for inner in _Cell(tc, item).iter_inner_content():
                    _collect(inner, out, in_table=True)


def _text_boxes(p) -> list:
    """The text boxes anchored in paragraph `p`, each once: not the VML copy in mc:Fallback, not a
    box inside another box (read with its host box)."""
    boxes = []
    for box in p.iter(_TEXT_BOX):
        ancestors = _ancestors(box, p)
        if not any(a.tag in (_FALLBACK, _TEXT_BOX) for a in ancestors):
            boxes.append(box)
    return boxes


def _ancestors(element, stop) -> list:
    out = []
    parent = element.getparent()
    while parent is not None and parent is not stop:
        out.append(parent)
        parent = parent.getparent()
    return out


def _paragraph(p, in_table: bool) -> tuple[str, str, int | None, str | None]:
    runs = [r for r in p.iter(_R) if not any(a.tag == _TEXT_BOX for a in _ancestors(r, p))]
    # One character stays one character: a line break inside a paragraph must not add a line.
    text = "".join(r.text for r in runs).replace("\n", " ").replace("\r", " ")
    language = None
    for run in runs:
        lang = run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        if lang is not None and lang.get(qn("w:val")):
            language = lang.get(qn("w:val"))
            break
    kind, level = "paragraph", None
    props = p.pPr
    if props is not None:
        name = (props.style or "").lower()
        if any(h in name for h in _HEADING_STYLES):
            kind = "heading"
            digits = "".join(c for c in name if c.isdigit())
            level = int(digits) if digits else 1
        elif props.numPr is not None or "list" in name:
            kind = "list_item"
    if in_table:
        kind = "table_cell"
    return text, kind, level, language


def _build(path: str, paragraphs: list) -> Document:
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

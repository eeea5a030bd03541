"""OpenDocument Text: paragraphs, headings, lists, tables, frames and notes as blocks, paragraph
numbers as lines. Files are built with odfpy in the test; expected blocks are written by hand."""
import io
import zipfile

import pytest
from odf import dc
from odf.draw import Frame, TextBox
from odf.opendocument import OpenDocumentText
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, LineBreak, List, ListItem, Note, NoteBody, NoteCitation, P, S, Tab

from checker.sources import load_bytes


def odt(*elements, language=None) -> bytes:
    doc = OpenDocumentText()
    if language:
        doc.meta.addElement(dc.Language(text=language))
    for element in elements:
        doc.text.addElement(element)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def para(*parts):
    p = P()
    for part in parts:
        p.addText(part) if isinstance(part, str) else p.addElement(part)
    return p


def blocks(data):
    doc = load_bytes(data, "notice.odt")
    return doc, [(b.kind, b.level, b.text, doc.position(b.offsets[0])) for b in doc.blocks]


def test_headings_paragraphs_lists_and_cells_with_paragraph_numbers_as_lines():
    items = List()
    for text in ("First step", "Second step"):
        item = ListItem()
        item.addElement(P(text=text))
        items.addElement(item)
    table = Table()
    table.addElement(TableColumn())
    row = TableRow()
    cell = TableCell()
    cell.addElement(P(text="Opening hours"))
    row.addElement(cell)
    table.addElement(row)
    doc, found = blocks(odt(H(outlinelevel=2, text="Road works"), P(text="The road is closed."),
                            items, table, language="en-GB"))
    assert doc.declared_language == "en-GB" and doc.format == "odt"
    assert found == [("heading", 2, "Road works", (1, 1)),
                     ("paragraph", None, "The road is closed.", (2, 1)),
                     ("list_item", None, "First step", (3, 1)),
                     ("list_item", None, "Second step", (4, 1)),
                     ("table_cell", None, "Opening hours", (5, 1))]


def test_spaces_tabs_and_line_breaks_are_spaces_and_columns_count_code_points():
    doc, found = blocks(odt(para("Fermé", S(c=3), "du", Tab(), "lundi", LineBreak(), "au mardi.")))
    assert found == [("paragraph", None, "Fermé du lundi au mardi.", (1, 1))]
    block = doc.blocks[0]
    start = block.text.index("lundi")
    span = doc.span(block, start, start + 5)
    # "Fermé" + 3 spaces + "du" + tab: "lundi" starts at code point 12 of paragraph 1
    assert (span.line, span.column, span.end_column) == (1, 12, 16)


def test_a_frame_is_its_own_paragraph_once_and_a_note_is_not_glued_into_its_paragraph():
    frame = Frame(width="5cm", height="2cm", anchortype="paragraph")
    box = TextBox()
    box.addElement(P(text="Detour through Station Road."))
    frame.addElement(box)
    note = Note(noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="Residents excepted."))
    note.addElement(body)
    _, found = blocks(odt(para("The bridge is closed", note, " from May.", frame)))
    assert [(k, t) for k, _, t, _ in found] == [("paragraph", "The bridge is closed from May."),
                                                ("paragraph", "Detour through Station Road."),
                                                ("paragraph", "Residents excepted.")]


@pytest.mark.parametrize("data, rule", [(b"not a zip", "input.broken-file"),
                                        (None, "input.broken-file")])
def test_broken_odt_is_an_input_finding(data, rule):
    if data is None:        # a zip without content.xml
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        data = out.getvalue()
    doc = load_bytes(data, "broken.odt")
    assert [n.rule for n in doc.notes] == [rule] and not doc.blocks


def test_a_part_that_is_not_xml_is_a_broken_file_and_nothing_is_printed(capfd):
    """Found by benchmarks/fuzz.py: odfpy printed a part it could not parse, whole, to stdout
    (where the report goes) and kept what it had parsed."""
    whole = odt(para("The council met.\n::error file=x::pwned"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(whole)) as source, zipfile.ZipFile(out, "w") as archive:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "content.xml":
                data = data[:data.index(b"pwned") + 5]          # cut inside the paragraph
            archive.writestr(item, data)
    doc = load_bytes(out.getvalue(), "cut.odt")
    assert [n.rule for n in doc.notes] == ["input.broken-file"] and not doc.blocks
    assert "not well-formed" in doc.notes[0].message
    printed = capfd.readouterr()
    assert printed.out == "" and "pwned" not in printed.err


@pytest.mark.parametrize("count, spaces", [("3", 3), ("99999999", 100), ("\u00b2", 1), ("-4", 1)])
def test_a_run_of_spaces_is_bounded(count, spaces):
    """Found by benchmarks/fuzz.py: text:c="99999999" made a string of 10^8 spaces."""
    space = S()
    space.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "c", count)
    doc, found = blocks(odt(para("Le Conseil", space, "a siégé.")))
    assert doc.source == "Le Conseil" + " " * spaces + "a siégé."     # the block's text is trimmed
    assert [t for _, _, t, _ in found] == ["Le Conseil a siégé."]


def test_a_zip_bomb_is_refused_before_parsing(monkeypatch):
    import checker.sources.odt as odt_loader
    monkeypatch.setattr(odt_loader, "MAX_UNCOMPRESSED", 10_000)
    data = odt(P(text="x" * 20_000))
    doc = load_bytes(data, "bomb.odt")
    assert [n.rule for n in doc.notes] == ["input.too-large"]

""".docx through python-docx: paragraph numbers as lines, tables, text boxes read once and not
glued into the paragraph that anchors them, no-break hyphens kept. Every file is written here by
python-docx (with the XML Word writes for what python-docx has no call for: text boxes, no-break
hyphens)."""
import io
from dataclasses import astuple

import docx
import pytest
from docx.oxml import parse_xml

from checker.sources import load_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"')


def _saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _text_box_run(text: str):
    """A run holding a text box as Word stores it: the DrawingML shape, and its VML copy in
    mc:Fallback for readers that do not know DrawingML."""
    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return parse_xml(
        f"<w:r {NAMESPACES}><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>"
        f"</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        f"</mc:AlternateContent></w:r>")


def at(doc, block, start, end):
    return astuple(doc.span(block, start, end))


def test_paragraph_numbers_are_lines_and_tables_are_cells():
    document = docx.Document()
    document.add_paragraph("Communiqué", style="Heading 1")
    document.add_paragraph("")
    document.add_paragraph("La mairie ouvre un parc.")
    document.add_paragraph("Premier point", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "A", "B"
    doc = load_bytes(_saved(document), "c.docx")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Communiqué"), ("paragraph", "La mairie ouvre un parc."),
        ("list_item", "Premier point"), ("table_cell", "A"), ("table_cell", "B")]
    assert at(doc, doc.blocks[1], 3, 9) == (3, 4, 3, 9)      # "mairie" in paragraph 3
    assert at(doc, doc.blocks[4], 0, 1)[:2] == (6, 1)         # B: the sixth paragraph


def test_a_merged_cell_is_read_once():
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Une seule cellule"
    doc = load_bytes(_saved(document), "m.docx")
    assert [b.text for b in doc.blocks] == ["Une seule cellule"]


def test_a_text_box_is_read_once_after_its_paragraph():
    document = docx.Document()
    host = document.add_paragraph("Le port rouvre ")
    host._p.append(_text_box_run("Horaires : 7 h à 19 h"))
    host.add_run("le 4 mai.")
    document.add_paragraph("Fin.")
    doc = load_bytes(_saved(document), "box.docx")
    assert [b.text for b in doc.blocks] == [
        "Le port rouvre le 4 mai.", "Horaires : 7 h à 19 h", "Fin."]
    assert [at(doc, b, 0, 1)[0] for b in doc.blocks] == [1, 2, 3]


def test_no_break_hyphen_tab_and_line_break():
    document = docx.Document()
    paragraph = document.add_paragraph()
    run = paragraph.add_run("Écrivez par e")
    run._r.append(parse_xml(f'<w:noBreakHyphen xmlns:w="{W}"/>'))
    run._r.append(parse_xml(f'<w:t xmlns:w="{W}">mail.</w:t>'))
    paragraph.add_run().add_break()
    paragraph.add_run("Merci.")
    document.add_paragraph("Suite.")
    doc = load_bytes(_saved(document), "h.docx")
    assert [b.text for b in doc.blocks] == ["Écrivez par e-mail. Merci.", "Suite."]
    assert at(doc, doc.blocks[1], 0, 1)[:2] == (2, 1)        # the break did not add a line


def test_declared_language_from_runs():
    document = docx.Document()
    run = document.add_paragraph().add_run("Der Hafen öffnet am 4. Mai wieder.")
    rpr = run._r.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:lang xmlns:w="{W}" w:val="de-CH"/>'))
    doc = load_bytes(_saved(document), "de.docx")
    assert doc.declared_language == "de-CH"


@pytest.mark.parametrize("data", [b"not a zip", b"PK\x03\x04 broken"])
def test_broken_files_are_input_findings(data):
    doc = load_bytes(data, "x.docx")
    assert [f.rule for f in doc.notes] == ["input.broken-file"]

"""The PDF loader on PDFs whose content is known (scripts/pdfgen.py): paragraphs, reading order,
hyphens, running footers, headings, pages, and bad files. Expected texts are the texts written
into each file, worked out by hand."""
import pytest

from checker.sources import load_bytes

from pdf_helpers import pdfgen
from pdfgen_shortcuts import P, H, page, spec  # noqa: F401

G = pdfgen


def load(s):
    return load_bytes(G.build(s), "release.pdf")


def texts(doc):
    return [(b.kind, b.text) for b in doc.blocks]


def test_paragraph_lines_are_joined_and_line_end_hyphens_undone():
    doc = load(spec([page(H(1, "Road works in Station Road"),
                          P("The works on the water mains will be-", "gin on Monday 3 March",
                            "and last three weeks."))]))
    assert texts(doc) == [("heading", "Road works in Station Road"),
                          ("paragraph", "The works on the water mains will begin on Monday 3 "
                                        "March and last three weeks.")]


@pytest.mark.parametrize("lines, expected", [
    # the hyphenated form occurs elsewhere in the text: the hyphen is real
    (("Contact the well-known office or the well-", "known desk."),
     "Contact the well-known office or the well-known desk."),
    # the next line goes on with another hyphen: a compound broken at its own hyphen
    (("La mairie de Saint-Martin-", "de-Ré est fermée."), "La mairie de Saint-Martin-de-Ré est fermée."),
    # the next line starts with a capital: a hyphenated name
    (("Bureau de Neuchâtel-", "Ouest, ouvert."), "Bureau de Neuchâtel-Ouest, ouvert."),
    # the joined word occurs elsewhere: hyphenation undone even before a capital-free check
    (("Die Bauarbeiten dauern. Die Bau-", "arbeiten beginnen am Montag."),
     "Die Bauarbeiten dauern. Die Bauarbeiten beginnen am Montag."),
])
def test_hyphen_at_line_end(lines, expected):
    doc = load(spec([page(P(*lines))]))
    assert texts(doc) == [("paragraph", expected)]


def test_two_columns_are_read_one_after_the_other_in_an_untagged_pdf():
    left = G.Para(["The council met on Tuesday", "and approved the budget."], y=700)
    right = G.Para(["Work starts in May and", "ends before the winter."], x=320, y=700)
    doc = load(spec([G.Page([left, right])]))
    assert [t for _, t in texts(doc)] == [
        "The council met on Tuesday and approved the budget.",
        "Work starts in May and ends before the winter."]


def test_a_tagged_pdf_is_read_in_the_order_of_its_tag_tree():
    first = G.Para(["Second in the drawing, first in the tags."])
    second = G.Para(["First in the drawing, second in the tags."], y=600)
    # drawn first then second; the tree lists them the other way round
    doc = load(spec([G.Page([first, second], struct_reversed=True)], tagged=True))
    assert [t for _, t in texts(doc)] == ["First in the drawing, second in the tags.",
                                          "Second in the drawing, first in the tags."]


def test_running_footer_and_page_numbers_are_left_out():
    body = [page(P(f"Paragraph on page {n}.")) for n in (1, 2, 3)]
    doc = load(spec(body, footer="City of Springfield - Press office - page {page}"))
    assert [t for _, t in texts(doc)] == ["Paragraph on page 1.", "Paragraph on page 2.",
                                          "Paragraph on page 3."]


def test_a_bare_page_number_at_the_bottom_is_left_out_even_on_one_page():
    doc = load(spec([page(P("Only paragraph."))], footer="{page}"))
    assert [t for _, t in texts(doc)] == ["Only paragraph."]


def test_headings_of_an_untagged_pdf_come_from_font_size():
    doc = load(spec([page(H(1, "Annual report"), H(2, "Budget"),
                          P("The budget grows by two percent this year, as planned."))]))
    blocks = [(b.kind, b.level, b.text) for b in doc.blocks]
    assert blocks == [("heading", 1, "Annual report"), ("heading", 2, "Budget"),
                      ("paragraph", None, "The budget grows by two percent this year, as planned.")]


def test_headings_of_a_tagged_pdf_come_from_the_tags():
    doc = load(spec([page(H(1, "Annual report"), P("Short text."), H(3, "Dates"))], tagged=True))
    assert [(b.kind, b.level) for b in doc.blocks] == [("heading", 1), ("paragraph", None),
                                                        ("heading", 3)]


def test_lines_pages_and_positions():
    doc = load(spec([page(P("Alpha line.")), page(P("Beta line one", "and two."))]))
    # source: "Alpha line." / "" / "Beta line one" / "and two."
    assert doc.source.split("\n") == ["Alpha line.", "", "Beta line one", "and two."]
    assert [doc.page_of_line(n) for n in (1, 3, 4)] == [1, 2, 2]
    beta = doc.blocks[1]
    assert beta.text == "Beta line one and two."
    start = beta.text.index("two")
    span = doc.span(beta, start, start + 3)
    assert (span.line, span.column, span.end_column) == (4, 5, 7)


def test_a_page_without_text_keeps_its_page_number():
    doc = load(spec([page(P("Text on page one.")), G.Page(image_only=True),
                     page(P("Text on page three."))]))
    assert doc.pdf.textless_pages == [2]
    assert doc.page_of_line(len(doc.source.split("\n"))) == 3
    assert 2 in doc.line_pages


def test_garbled_text_is_reported_not_checked_as_words():
    doc = load(spec([page(P("Readable paragraph.")), G.Page(unmapped=True, paras=[G.Para(["Hidden words"])])]))
    assert doc.pdf.garbled_pages == [2]
    assert [t for _, t in texts(doc)] == ["Readable paragraph."]


def test_declared_language_comes_from_lang():
    assert load(spec([page(P("Bonjour."))], lang="fr-CH")).declared_language == "fr-CH"


def test_encrypted_pdf_is_an_input_finding():
    doc = load(spec([page(P("Secret."))], encrypt_password="s3cret"))
    assert [(n.rule, n.severity) for n in doc.notes] == [("input.encrypted", "error")]
    assert "password" in doc.notes[0].message and not doc.blocks


@pytest.mark.parametrize("data", [b"%PDF-1.7\n this is not a pdf at all", b"",
                                  b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                                  b"xref\n0 1\nbroken\ntrailer << /Root 1 0 R >>\n%%EOF"])
def test_broken_pdfs_are_input_findings(data):
    doc = load_bytes(data, "broken.pdf")
    assert doc.notes and all(n.rule.startswith("input.") for n in doc.notes)
    assert not doc.blocks


def test_a_very_long_pdf_is_checked_in_part_and_says_so(monkeypatch):
    import checker.sources.pdf as pdf_loader
    monkeypatch.setattr(pdf_loader, "MAX_PAGES", 3)
    doc = load(spec([page(P(f"Page {n} text.")) for n in range(1, 6)]))
    assert [n.rule for n in doc.notes] == ["input.too-many-pages"]
    assert "5 pages" in doc.notes[0].message and "first 3" in doc.notes[0].message
    assert [t for _, t in texts(doc)] == ["Page 1 text.", "Page 2 text.", "Page 3 text."]


def _one_page(content: bytes, flate_twice: bool = False) -> bytes:
    """A page of Helvetica text drawn by `content`, Flate-compressed (twice if asked)."""
    import io
    import zlib
    import pikepdf
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(595, 842))
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)))
    data = zlib.compress(content, 9)
    filters = [pikepdf.Name.FlateDecode]
    if flate_twice:
        data, filters = zlib.compress(data, 9), filters * 2
    stream = pikepdf.Stream(pdf, data)
    stream.Filter = pikepdf.Array(filters)
    page.obj.Contents = stream
    out = io.BytesIO()
    pdf.save(out, compress_streams=False)
    return out.getvalue()


@pytest.mark.parametrize("twice", [False, True])
def test_a_content_stream_that_inflates_past_the_limit_is_not_read(twice):
    """Found by benchmarks/fuzz.py: 2.6 MB inflating to 1 GB took 2 GB in pdfminer."""
    from checker.sources.pdf import MAX_CONTENT
    content = b"BT /F1 9 Tf 40 800 Td " + b"(aaaaaaaaaaaaaaaa) Tj " * (MAX_CONTENT // 22 + 10) + b"ET"
    doc = load_bytes(_one_page(content, twice), "bomb.pdf")
    assert [n.rule for n in doc.notes] == ["input.too-large"] and not doc.blocks
    assert "once inflated" in doc.notes[0].message


def test_a_page_drawing_millions_of_glyphs_is_not_read(monkeypatch):
    """Each glyph is a ~1 KB object in pdfminer: past MAX_GLYPHS the file is refused."""
    from checker.sources import pdf_text
    monkeypatch.setattr(pdf_text, "MAX_GLYPHS", 1000)
    content = b"BT /F1 9 Tf 40 800 Td " + b"(aaaaaaaaaaaaaaaa) Tj " * 100 + b"ET"   # 1,600 glyphs
    doc = load_bytes(_one_page(content), "dense.pdf")
    assert [n.rule for n in doc.notes] == ["input.too-large"] and not doc.blocks
    small = b"BT /F1 9 Tf 40 800 Td (The council met on Monday.) Tj ET"
    assert [b.text for b in load_bytes(_one_page(small), "fine.pdf").blocks] == [
        "The council met on Monday."]

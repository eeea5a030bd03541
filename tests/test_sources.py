"""Loading: blocks, markup removed, positions in the source file, encodings, bad input."""
from dataclasses import astuple

from checker.sources import load_bytes
from checker.sources.decode import decode

def at(doc, block, start, end):
    """(line, column, end line, end column) of block.text[start:end]."""
    return astuple(doc.span(block, start, end))


def test_plain_text_blocks_and_positions():
    src = "Avis aux riverains\n\nLa rue sera fermée\nmardi matin.\n\n• premier point\n2. second point\n"
    doc = load_bytes(src.encode(), "avis.txt")
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds == [("heading", "Avis aux riverains"),
                     ("paragraph", "La rue sera fermée mardi matin."),
                     ("list_item", "premier point"), ("list_item", "second point")]
    para = doc.blocks[1]
    i = para.text.index("mardi")
    span = doc.span(para, i, i + len("mardi"))
    assert (span.line, span.column, span.end_line, span.end_column) == (4, 1, 4, 5)
    item = doc.blocks[3]
    assert at(doc, item, 0, 6)[:2] == (7, 4)   # "2. " is 3 characters


def test_markdown_removes_markup_and_keeps_columns():
    src = ("---\nlang: fr\n---\n# Un *titre*\n\nLe **maire** a lu [le rapport](https://x.fr/r) "
           "et `du code`.\n\n```\nignored code\n```\n\n- un point\n")
    doc = load_bytes(src.encode(), "c.md")
    assert doc.declared_language == "fr"
    texts = [(b.kind, b.text) for b in doc.blocks]
    assert texts == [("heading", "Un titre"), ("paragraph", "Le maire a lu le rapport et ."),
                     ("list_item", "un point")]
    para = doc.blocks[1]
    i = para.text.index("rapport")
    span = doc.span(para, i, i + 7)
    # Line 6 is `Le **maire** a lu [le rapport](...)`: "rapport" starts at column 23.
    assert (span.line, span.column, span.end_column) == (6, 23, 29)


def test_markdown_entity_located_at_its_first_character():
    doc = load_bytes("Prix &amp; tarifs\n".encode(), "p.md")
    block = doc.blocks[0]
    assert block.text == "Prix & tarifs"
    assert at(doc, block, 5, 6)[:2] == (1, 6)


def test_crlf_and_bom_do_not_shift_columns():
    src = "\ufeffPremière ligne.\r\nDeuxième ligne avec erreur.\r\n"
    doc = load_bytes(src.encode("utf-8"), "c.txt")
    block = doc.blocks[0]
    i = block.text.index("erreur")
    assert at(doc, block, i, i + 6) == (2, 21, 2, 26)


def test_encodings_detected():
    text = "Le préfet a décidé « d’agir »."
    assert decode(text.encode("latin-1", errors="replace")).encoding == "latin-1"
    assert decode(text.encode("cp1252")).encoding == "cp1252"   # ’ is 0x92 in Windows-1252
    assert decode(b"\xff\xfe" + text.encode("utf-16-le")).text == text


def test_latin1_file_is_checked_with_an_info_note():
    doc = load_bytes("Le préfet a décidé.".encode("latin-1"), "c.txt")
    assert doc.blocks[0].text == "Le préfet a décidé."
    assert [(n.rule, n.severity) for n in doc.notes] == [("input.encoding", "info")]


def test_bad_inputs_become_input_findings():
    cases = {
        "binary.txt": (b"\x00\x01\x02PK\x00" * 20, "input.undecodable"),
        "empty.md": (b"", "input.empty"),
        "broken.docx": (b"this is not a zip", "input.broken-file"),
    }
    for name, (data, rule) in cases.items():
        doc = load_bytes(data, name)
        assert [n.rule for n in doc.notes] == [rule], name
    big = load_bytes(b"a" * 200, "big.txt", max_bytes=100)
    assert [(n.rule, n.severity) for n in big.notes] == [("input.too-large", "error")]


def test_markdown_text_after_a_link_and_soft_breaks_are_placed_right():
    doc = load_bytes("Voir [le site](https://x.fr/a.b). Puis\nla suite.\n".encode(), "l.md")
    block = doc.blocks[0]
    assert block.text == "Voir le site. Puis la suite."
    dot = block.text.index(".")
    # "Voir [le site](https://x.fr/a.b)" is 32 characters: the full stop is column 33, not the
    # "." inside the URL; the space standing for the line break is the newline, column 39.
    assert at(doc, block, dot, dot + 1)[:2] == (1, 33)
    space = block.text.index(" la")
    assert at(doc, block, space, space + 1)[:2] == (1, 39)


def test_markdown_raw_html_blocks_are_read_as_html_in_place():
    src = ('# Avis\n\n<div class="note">\n<p>Texte <b>important</b> ici.</p>\n'
           '<!-- lisible-disable-next-line fr.plain.* -->\n<figure><img src="a.png" alt="Plan du quartier">'
           '</figure>\n</div>\n\nFin.\n')
    doc = load_bytes(src.encode(), "n.md")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Avis"), ("paragraph", "Texte important ici."), ("alt", "Plan du quartier"),
        ("paragraph", "Fin.")]
    para = doc.blocks[1]
    i = para.text.index("important")
    # Line 4 is `<p>Texte <b>important</b> ici.</p>`: "important" starts at column 13.
    assert at(doc, para, i, i + 9) == (4, 13, 4, 21)

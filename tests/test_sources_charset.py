"""HTML pages in the encoding they declare (WHATWG prescan of <meta charset>), BOMs first."""
import codecs

import pytest

from checker.sources import load_bytes
from checker.sources.decode import html_declared_encoding


def _page(meta: str, body: str) -> str:
    return f"<!doctype html><html lang=\"fr\"><head>{meta}<title>Prix</title></head>" \
           f"<body><p>{body}</p></body></html>\n"


def _texts(doc):
    return [b.text for b in doc.blocks if b.kind == "paragraph"]


def test_iso_8859_15_page_reads_the_euro_sign():
    # In ISO-8859-15 the euro sign is byte 0xA4, where Latin-1 has "¤".
    data = _page('<meta charset="ISO-8859-15">', "Le billet coûte 5 €.").encode("iso8859-15")
    assert b"\xa4" in data
    doc = load_bytes(data, "prix.html")
    assert _texts(doc) == ["Le billet coûte 5 €."]
    (note,) = [f for f in doc.notes if f.rule == "input.encoding"]
    assert "ISO-8859-15" in note.message


def test_http_equiv_and_the_latin1_label_meaning_windows_1252():
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    # WHATWG: the label iso-8859-1 is windows-1252, where 0x80 is the euro sign and 0x92 a ’.
    data = _page(meta, "L\x92entrée coûte 5 \x80.").encode("latin-1")
    assert _texts(load_bytes(data, "p.html")) == ["L’entrée coûte 5 €."]


def test_a_bom_wins_over_the_meta():
    data = codecs.BOM_UTF8 + _page('<meta charset="windows-1252">', "5 € à payer.").encode("utf-8")
    assert _texts(load_bytes(data, "p.html")) == ["5 € à payer."]


def test_a_utf8_page_mislabelled_as_latin1_reads_as_utf8():
    data = _page('<meta charset="iso-8859-1">', "Déjà 5 € payés.").encode("utf-8")
    assert _texts(load_bytes(data, "p.html")) == ["Déjà 5 € payés."]


def test_the_meta_of_a_text_file_is_not_read():
    data = '<meta charset="iso-8859-15"> 5 \xa4'.encode("latin-1")
    (block,) = load_bytes(data, "notes.txt").blocks
    assert block.text.endswith("5 ¤")


@pytest.mark.parametrize("head,expected", [
    (b'<meta charset="utf-8">', "utf-8"), (b"<META CHARSET=latin9>", "iso8859-15"),
    (b"<meta charset='x-unknown-label'>", None), (b"<p>no meta</p>", None),
    (b'<meta http-equiv="content-type" content="text/html; charset=utf-16">', "utf-8"),
    (b" " * 1100 + b'<meta charset="iso-8859-15">', None),     # past the first 1024 bytes
])
def test_declared_encoding_labels(head, expected):
    assert html_declared_encoding(head) == expected

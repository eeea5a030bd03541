"""`lisible fix` reads a file through the one decoding path `check` uses (checker.sources.decode_text:
BOM, an HTML page's <meta charset>, UTF-8, Windows-1252, Latin-1), so a page declared windows-1252
is fixed in windows-1252, never turned half UTF-8 (a legacy encoding only guessed is still reported,
not rewritten: tests/test_fix.py).
Expected bytes are written out by hand: « is 0xAB, é 0xE9 and a no-break space 0xA0 in
Windows-1252 (https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT)."""
from __future__ import annotations

import pytest

from checker.sources import decode_text, format_for, load_bytes
from helpers import run_cli

HEAD = b'<html lang="fr"><head><meta charset="windows-1252"><title>Avis</title></head><body>'
PAGE = HEAD + b"<p>Le service \xab entier\xbb ouvre au caf\xe9.</p></body></html>\n"
FIXED = HEAD + b"<p>Le service \xab entier\xa0\xbb ouvre au caf\xe9.</p></body></html>\n"


@pytest.fixture(autouse=True)
def no_user_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))


def test_fix_decodes_as_check_does():
    """Without the meta step these bytes (no 0x80-0x9F) read as Latin-1; the page says
    windows-1252, and check reads it so."""
    decoded = decode_text(PAGE, format_for("avis.html"))
    assert decoded.encoding == "cp1252"
    assert load_bytes(PAGE, "avis.html").notes[0].message.startswith(
        "The file is encoded in Windows-1252")


def test_a_windows_1252_page_is_fixed_in_windows_1252(tmp_path):
    page = tmp_path / "avis.html"
    page.write_bytes(PAGE)
    result = run_cli("fix", str(page))
    assert result.exit_code == 0, result.stderr
    assert page.read_bytes() == FIXED
    assert "fr.typography.space-before-closing-guillemet" in result.stderr


def test_stdin_is_answered_in_its_own_encoding(tmp_path):
    result = run_cli("fix", "-", "--stdin-filename", "avis.html", input=PAGE)
    assert result.exit_code == 0
    assert result.stdout_bytes == FIXED


def test_a_fix_the_encoding_cannot_hold_leaves_the_file_alone(tmp_path):
    """French typography puts a narrow no-break space (U+202F) before "!": Windows-1252 has none."""
    page = tmp_path / "avis.html"
    original = HEAD + b"<p>Le caf\xe9 ouvre lundi!</p></body></html>\n"
    page.write_bytes(original)
    result = run_cli("fix", str(page))
    assert result.exit_code == 0
    assert page.read_bytes() == original
    assert "not fixed" in result.stderr and "Windows-1252 cannot hold" in result.stderr


def test_an_ascii_page_declared_windows_1252_gets_windows_1252_bytes(tmp_path):
    """ASCII bytes decode as UTF-8 too: without the meta step, the no-break space before the
    colon was written as UTF-8 (C2 A0), which the page's own declaration shows as "Â "."""
    page = tmp_path / "prix.html"
    page.write_bytes(HEAD + b"<p>Prix: 3 francs.</p></body></html>\n")
    result = run_cli("fix", str(page))
    assert result.exit_code == 0, result.stderr
    assert page.read_bytes() == HEAD + b"<p>Prix\xa0: 3 francs.</p></body></html>\n"

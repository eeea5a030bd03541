"""Bytes to text: BOMs, UTF-8, and the legacy encodings press offices still send (Latin-1, Windows-1252).

The rule is deterministic rather than statistical: a BOM wins; then, for an HTML page, the
encoding its `<meta charset>` declares (below); then strict UTF-8; then, for text that is not
binary, Windows-1252 when a byte in 0x80-0x9F is present (those are control characters in Latin-1
and never appear in real Latin-1 text, but are quotes and dashes in Windows-1252), else Latin-1
(ISO-8859-1).

HTML: the WHATWG HTML standard's prescan ("determining the character encoding") reads a
`<meta charset=...>` or `<meta http-equiv=Content-Type content="...; charset=...">` in the first
1024 bytes, and the WHATWG Encoding standard maps labels to encodings ("iso-8859-1", "latin1",
"ascii" all mean windows-1252; "utf-16" in a meta means UTF-8). One exception, for precision: a
page declaring a one-byte encoding whose bytes are valid UTF-8 with non-ASCII characters is read
as UTF-8, since such byte sequences are practically never Latin text (a mislabelled page).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class UndecodableInput(Exception):
    """The bytes are not text in any encoding we accept (binary data)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str          # python codec name
    had_bom: bool
    declared: bool = False     # the encoding is the one the file names (an HTML <meta charset>)

    @property
    def is_utf8(self) -> bool:
        return self.encoding == "utf-8"


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """`declared`: the encoding the file itself names (an HTML page's meta charset), a Python
    codec name from `html_declared_encoding`; a BOM still wins over it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(encoding), encoding, True)
            except UnicodeDecodeError as exc:
                raise UndecodableInput(f"starts with a {encoding} byte-order mark but is not valid "
                                       f"{encoding} (byte {exc.start})") from None
    if looks_binary(data):
        raise UndecodableInput("looks like binary data, not text")
    if declared and declared != "utf-8" and not _is_utf8_beyond_ascii(data):
        try:
            return Decoded(data.decode(declared), declared, False, declared=True)
        except UnicodeDecodeError:
            pass            # the declaration is wrong: fall back to what the bytes say
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    if any(0x80 <= b <= 0x9F for b in data):
        try:
            return Decoded(data.decode("cp1252"), "cp1252", False)
        except UnicodeDecodeError:
            # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252: not that encoding either.
            raise UndecodableInput("is neither UTF-8 nor Windows-1252 text") from None
    return Decoded(data.decode("latin-1"), "latin-1", False)


def looks_binary(data: bytes, sample: int = 8192) -> bool:
    head = data[:sample]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


ENCODING_NAMES = {"cp1252": "Windows-1252", "latin-1": "Latin-1 (ISO-8859-1)", "utf-16-le": "UTF-16 LE",
                  "utf-16-be": "UTF-16 BE", "utf-32-le": "UTF-32 LE", "utf-32-be": "UTF-32 BE",
                  "utf-8": "UTF-8", "iso8859-15": "ISO-8859-15 (Latin-9)",
                  "iso8859-2": "ISO-8859-2 (Latin-2)", "cp1250": "Windows-1250"}

_META = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# WHATWG Encoding standard labels (encoding.spec.whatwg.org, "Encodings") -> Python codecs, for the
# encodings press pages use; a label not listed here is looked up as a Python codec name.
_LABELS = {
    "utf-8": "utf-8", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8",
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",   # HTML: a meta cannot say UTF-16
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "l1": "cp1252",
    "ascii": "cp1252", "us-ascii": "cp1252", "windows-1252": "cp1252", "cp1252": "cp1252",
    "cp819": "cp1252", "ibm819": "cp1252",
    "iso-8859-15": "iso8859-15", "iso8859-15": "iso8859-15", "latin9": "iso8859-15",
    "l9": "iso8859-15",
    "iso-8859-2": "iso8859-2", "latin2": "iso8859-2", "windows-1250": "cp1250",
}


def html_declared_encoding(data: bytes) -> str | None:
    """The Python codec of the encoding an HTML page declares in its first 1024 bytes, or None."""
    match = _META.search(data[:1024])
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    if label in _LABELS:
        return _LABELS[label]
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _is_utf8_beyond_ascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True

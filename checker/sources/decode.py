"""Bytes to text: BOMs, UTF-8, and the legacy encodings press offices still send (Latin-1, Windows-1252).

The rule is deterministic rather than statistical: a BOM wins; then strict UTF-8; then, for text
that is not binary, Windows-1252 when a byte in 0x80-0x9F is present (those are control characters
in Latin-1 and never appear in real Latin-1 text, but are quotes and dashes in Windows-1252), else
Latin-1 (ISO-8859-1).
"""
from __future__ import annotations

import codecs
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

    @property
    def is_utf8(self) -> bool:
        return self.encoding == "utf-8"


def decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(encoding), encoding, True)
            except UnicodeDecodeError as exc:
                raise UndecodableInput(f"starts with a {encoding} byte-order mark but is not valid "
                                       f"{encoding} (byte {exc.start})") from None
    if looks_binary(data):
        raise UndecodableInput("looks like binary data, not text")
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
                  "utf-8": "UTF-8"}

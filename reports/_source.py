"""The lines of a checked file as its loader decoded them, for formats whose positions are not
lisible's code-point columns (reviewdog counts UTF-8 bytes) or that quote the source line.

Read at render time from the document's path, relative to the working directory, as `check` saw
it; `lisible report` run from the same folder finds the same files. A file that is gone, binary
(.docx: its lines are paragraph numbers) or undecodable gives None, and callers fall back to what
they can say without it, never to a guess.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from checker.sources.decode import UndecodableInput, decode, html_declared_encoding

BINARY_FORMATS = ("docx", "pdf")


def source_lines(document: dict) -> tuple[str, ...] | None:
    if document.get("format") in BINARY_FORMATS:
        return None
    return _read_lines(document["path"], document.get("format") == "html")


@lru_cache(maxsize=64)
def _read_lines(path: str, html: bool) -> tuple[str, ...] | None:
    try:
        data = Path(path).read_bytes()
        text = decode(data, html_declared_encoding(data) if html else None).text
    except (OSError, ValueError, UndecodableInput):   # ValueError: a NUL in a hand-edited path
        return None
    # DESIGN.md, "Blocks and positions": "\r\n" ends a line like "\n"; nothing else does.
    return tuple(line.removesuffix("\r") for line in text.split("\n"))


def read_text(path: str) -> str | None:
    """The file as GitHub's upload action reads it to fingerprint lines: UTF-8, invalid bytes
    replaced, nothing else changed (a BOM stays)."""
    try:
        return Path(path).read_bytes().decode("utf-8", errors="replace")
    except (OSError, ValueError):
        return None


def utf8_column(line: str, column: int) -> int:
    """The 1-based UTF-8 byte column of the 1-based code-point `column` of `line`; a column past
    the end (an end just after the last character) counts the bytes of the whole line."""
    return len(line[:column - 1].encode("utf-8")) + 1


def slice_of(lines: tuple[str, ...], finding: dict) -> str | None:
    """The source text a one-line finding covers (end column inclusive), or None."""
    if finding["line"] != finding["end_line"] or not 1 <= finding["line"] <= len(lines):
        return None
    return lines[finding["line"] - 1][finding["column"] - 1:finding["end_column"]]

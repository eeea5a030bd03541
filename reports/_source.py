"""The lines of a checked file as its loader decoded them, for formats whose positions are not
lisible's code-point columns (reviewdog counts UTF-8 bytes) or that quote the source line.

Read at render time from the document's path, relative to the working directory, as `check` saw
it, and only under the folders the run names (`RenderOptions.source_roots`): `check` names the
paths it was given; `lisible report` names none unless asked (`--sources DIR`), because a saved
result may come from someone else and name any file on this machine (docs/security.md). A path
that leads out of those folders (symlinks resolved), that is not a regular file (a FIFO, a device),
that is gone, binary (.docx: its lines are paragraph numbers) or undecodable gives None, and
callers fall back to what they can say without it, never to a guess.
"""
from __future__ import annotations

import os
import stat
from functools import lru_cache
from pathlib import Path

from checker.sources.decode import UndecodableInput, decode, html_declared_encoding

BINARY_FORMATS = ("docx", "pdf", "odt")
MAX_SOURCE_BYTES = 64_000_000     # more than any file check reads (--max-bytes is 5 MB by default)


def source_lines(document: dict, roots: tuple[str, ...]) -> tuple[str, ...] | None:
    if document.get("format") in BINARY_FORMATS:
        return None
    return _read_lines(str(document["path"]), document.get("format") == "html", tuple(roots))


@lru_cache(maxsize=64)
def _read_lines(path: str, html: bool, roots: tuple[str, ...]) -> tuple[str, ...] | None:
    data = read_inside(path, roots)
    if data is None:
        return None
    try:
        text = decode(data, html_declared_encoding(data) if html else None).text
    except (ValueError, UndecodableInput):
        return None
    # DESIGN.md, "Blocks and positions": "\r\n" ends a line like "\n"; nothing else does.
    return tuple(line.removesuffix("\r") for line in text.split("\n"))


def read_text(path: str, roots: tuple[str, ...]) -> str | None:
    """The file as GitHub's upload action reads it to fingerprint lines: UTF-8, invalid bytes
    replaced, nothing else changed (a BOM stays)."""
    data = read_inside(str(path), roots)
    return None if data is None else data.decode("utf-8", errors="replace")


def read_inside(path: str, roots: tuple[str, ...]) -> bytes | None:
    """The bytes of `path` if, symlinks resolved, it is a regular file inside one of `roots`
    (each a folder, or a file named on the command line), else None. Never blocks on a FIFO or
    a device, never reads past MAX_SOURCE_BYTES."""
    real = _inside(path, roots)
    if real is None:
        return None
    try:
        fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except (OSError, ValueError):
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SOURCE_BYTES:
            return None
        try:
            return handle.read(MAX_SOURCE_BYTES)
        except OSError:
            return None


def _inside(path: str, roots: tuple[str, ...]) -> Path | None:
    try:
        real = Path(path).resolve()
        bases = [Path(root).resolve() for root in roots]
    except (OSError, ValueError, RuntimeError):     # a NUL in a path, a symlink loop
        return None
    return real if any(real == base or base in real.parents for base in bases) else None


def utf8_column(line: str, column: int) -> int:
    """The 1-based UTF-8 byte column of the 1-based code-point `column` of `line`; a column past
    the end (an end just after the last character) counts the bytes of the whole line."""
    return len(line[:column - 1].encode("utf-8")) + 1


def slice_of(lines: tuple[str, ...], finding: dict) -> str | None:
    """The source text a one-line finding covers (end column inclusive), or None."""
    if finding["line"] != finding["end_line"] or not 1 <= finding["line"] <= len(lines):
        return None
    return lines[finding["line"] - 1][finding["column"] - 1:finding["end_column"]]

"""Loading documents: one module per format, chosen by file extension from one registry.

`load_path` and `load_bytes` never raise for a bad file: a file that cannot be read or decoded
becomes a Document with no blocks and an `input` finding, so one bad file never hides the others.
"""
from __future__ import annotations

import importlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from checker import limits
from checker.config import DEFAULT_MAX_BYTES
from checker.document import Document
from checker.errors import BrokenInput, UsageError
from checker.findings import Finding
from checker.sources.decode import (ENCODING_NAMES, Decoded, UndecodableInput, decode,
                                    html_declared_encoding)


@dataclass(frozen=True)
class SourceFormat:
    name: str               # the `format` field of the JSON output
    extensions: tuple[str, ...]
    module: str             # module with `load(text, path)` or, for binary formats, `load_bytes`
    binary: bool = False


SOURCE_FORMATS = (
    SourceFormat("text", (".txt", ".text"), "checker.sources.plaintext"),
    SourceFormat("markdown", (".md", ".markdown", ".mdown"), "checker.sources.markdown"),
    SourceFormat("html", (".html", ".htm", ".xhtml"), "checker.sources.html"),
    SourceFormat("docx", (".docx",), "checker.sources.docx", binary=True),
    SourceFormat("odt", (".odt",), "checker.sources.odt", binary=True),
    SourceFormat("pdf", (".pdf",), "checker.sources.pdf", binary=True),
)
_BY_EXTENSION = {ext: fmt for fmt in SOURCE_FORMATS for ext in fmt.extensions}
_BY_NAME = {fmt.name: fmt for fmt in SOURCE_FORMATS}
FORMAT_NAMES = tuple(_BY_NAME)


def format_for(name: str, explicit: str | None = None) -> SourceFormat:
    if explicit:
        if explicit not in _BY_NAME:
            raise UsageError(f"unknown input format {explicit!r} (known: {', '.join(FORMAT_NAMES)})")
        return _BY_NAME[explicit]
    return _BY_EXTENSION.get(Path(name).suffix.lower(), _BY_NAME["text"])


def load_path(path: Path, max_bytes: int, display: str | None = None) -> Document:
    name = display or str(path)
    read = read_path(path, max_bytes, display)
    return read if isinstance(read, Document) else load_bytes(read, name, format_for(name), max_bytes)


def read_path(path: Path, max_bytes: int, display: str | None = None) -> "bytes | Document":
    """The file's bytes, or the input-error document that stands for a file too large or
    unreadable. load_bytes does the rest, here or on another machine (checker.scale)."""
    name = display or str(path)
    fmt = format_for(name)
    try:
        return _read_regular_file(path, max_bytes)
    except _NotRegular:
        return input_error(name, fmt.name, "input.not-regular-file",
                           "This is not a regular file (a device, a FIFO or a socket); it was not read.")
    except _TooLarge as exc:
        return input_error(name, fmt.name, "input.too-large",
                           f"File is {exc.args[0]:,} bytes, over the limit of {max_bytes:,} "
                           f"(--max-bytes); it was not checked.")
    except OSError as exc:
        return input_error(name, fmt.name, "input.unreadable", f"Cannot read the file: {exc.strerror}.")


class _NotRegular(Exception):
    pass


class _TooLarge(Exception):
    pass


def _read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, checked on the open descriptor: a FIFO or a device (a `.md` named to hang
    the reader, /dev/zero) is refused without blocking, and no more than max_bytes are read even if
    the file grows meanwhile."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _NotRegular
        if info.st_size > max_bytes:
            raise _TooLarge(info.st_size)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise _TooLarge(len(data))
    return data


def skipped_document(skipped) -> Document:
    """The document of a path the run reports on without reading it (checker.walk.Skipped)."""
    doc = Document(path=skipped.path, format=format_for(skipped.path).name, source="")
    doc.notes.append(Finding(skipped.rule, "input", skipped.severity, skipped.message))
    return doc


def load_bytes(data: bytes, name: str, fmt: SourceFormat | None = None,
               max_bytes: int | None = None) -> Document:
    fmt = fmt or format_for(name)
    if max_bytes is not None and len(data) > max_bytes:
        return input_error(name, fmt.name, "input.too-large",
                           f"Input is {len(data):,} bytes, over the limit of {max_bytes:,} "
                           f"(--max-bytes); it was not checked.")
    module = importlib.import_module(fmt.module)
    if fmt.binary:
        problem = limits.zip_problem(data, max_bytes or DEFAULT_MAX_BYTES)
        if problem:
            return input_error(name, fmt.name, "input.too-large",
                               f"The file {problem}; it was not checked.")
        try:
            doc = module.load_bytes(data, name)
        except BrokenInput as exc:
            return input_error(name, fmt.name, exc.rule, f"The file {exc}.")
        except Exception as exc:  # a broken file of any kind is an input finding, not a crash
            return input_error(name, fmt.name, "input.broken-file", f"The file {exc}")
    else:
        try:
            decoded = decode_text(data, fmt)
        except UndecodableInput as exc:
            return input_error(name, fmt.name, "input.undecodable",
                               f"The file {exc}; it was not checked.")
        doc = module.load(decoded.text, name)
        if not decoded.is_utf8:
            doc.notes.append(Finding(
                "input.encoding", "input", "info",
                f"The file is encoded in {ENCODING_NAMES.get(decoded.encoding, decoded.encoding)}, "
                f"not UTF-8; it was decoded and checked. Save it as UTF-8 to be safe."))
    if not doc.blocks and not doc.notes:
        doc.notes.append(Finding("input.empty", "input", "warning",
                                 "The file has no text to check."))
    return doc


def decode_text(data: bytes, fmt: SourceFormat) -> Decoded:
    """The text of a file in a text format as lisible reads it: a byte-order mark, then for HTML
    the encoding the page declares (<meta charset>), then UTF-8, Windows-1252, Latin-1
    (checker.sources.decode). `check` and `lisible fix` both decode through here, so a fix edits
    the very text that was checked. Raises UndecodableInput."""
    return decode(data, html_declared_encoding(data) if fmt.name == "html" else None)


def input_error(name: str, fmt: str, rule: str, message: str) -> Document:
    doc = Document(path=name, format=fmt, source="")
    doc.notes.append(Finding(rule, "input", "error", message))
    return doc


def load_stdin(name: str, max_bytes: int) -> Document:
    """The document read from standard input (`lisible check -`), named `name` for its format."""
    import sys
    return load_bytes(sys.stdin.buffer.read(), name, max_bytes=max_bytes)

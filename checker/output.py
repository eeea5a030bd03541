"""Writing a report file safely (issue 13, "write safely"): checked before any work, written to a
temporary file in the same folder and renamed over the target. A rename replaces a symbolic link
instead of writing through it (a pull request cannot commit `lisible.sarif -> ~/.bashrc` and have
the report land there), and a full disk or a crash leaves the old file whole, never half a report."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from checker.errors import UsageError


def check_output_path(output: str | None) -> None:
    """UsageError (exit 2) when `output` cannot be written as a file: a missing folder, a folder."""
    if not output:
        return
    path = Path(output)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{output}: the folder {folder} does not exist")
    if path.is_dir() and not path.is_symlink():
        raise UsageError(f"{output}: is a folder, not a file")


def write_atomically(path: Path, pieces: str | Iterable[str], mode: int | None = None,
                     encoding: str = "utf-8") -> None:
    """Write `pieces` (one text, or texts as they come, for streamed reports) in `encoding` (UTF-8
    unless `lisible fix` keeps a file's own) to a temporary file beside `path`, then rename it
    over `path`. `mode` is the new file's permission bits (default: what the user's umask gives a
    new file). A failed write is a UsageError and the old file stays whole."""
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            for piece in [pieces] if isinstance(pieces, str) else pieces:
                stream.write(piece)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask() if mode is None else mode)
        os.replace(temporary, path)
    except BaseException as exc:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise UsageError(f"{path}: cannot write the report: {exc.strerror or exc}") from None
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask

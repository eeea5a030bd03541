"""Which files a run checks, and a finding for each one it will not read (issue 13).

Folders are walked for the include globs. What the walk meets but does not read is never dropped
in silence: a folder it cannot open is an `input.unreadable-folder` error; a symbolic link that
leads out of the folders being checked is not followed and gets an `input.symlink-outside` note
(a pull request could otherwise point `docs/x.md` at a secret on the CI machine and read it back in
the report); a device or FIFO named on the command line is an `input.not-regular-file` error.
"""
from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path

from checker.errors import UsageError


@dataclass(frozen=True)
class Skipped:
    """A path the run reports on without reading it."""
    path: str
    rule: str
    severity: str
    message: str


def collect(paths: list[str], settings) -> list["Path | Skipped"]:
    """Files to check (given files as they are, folders walked), and what was skipped, sorted."""
    roots = _roots(paths)
    found: list = []
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"{raw}: no such file or directory")
        if path.is_dir() and not path.is_symlink():
            found.extend(_walk(path, settings, roots))
        else:
            found.append(_checked_file(path, roots, explicit=True))
    unique = {str(p if isinstance(p, Path) else p.path): p for p in found}
    return [unique[key] for key in sorted(unique, key=lambda k: Path(k).as_posix())]


def _roots(paths: list[str]) -> list[Path]:
    """The folders being checked: each folder given, and the folder of each file given."""
    roots = []
    for raw in paths:
        path = Path(os.path.abspath(raw))
        roots.append(path if path.is_dir() and not path.is_symlink() else path.parent)
    return [r.resolve() for r in roots]


def _inside(target: Path, roots: list[Path]) -> bool:
    return any(target == root or root in target.parents for root in roots)


def _checked_file(path: Path, roots: list[Path], explicit: bool = False) -> "Path | Skipped":
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return Skipped(str(path), "input.unreadable", "error",
                           "The file is a symbolic link that leads nowhere; it was not checked.")
        if not _inside(target, roots):
            return Skipped(str(path), "input.symlink-outside", "info",
                           "The file is a symbolic link to a place outside the folders being "
                           "checked; it was not followed.")
        if target.is_dir():
            return Skipped(str(path), "input.symlink-outside", "info",
                           "The path is a symbolic link to a folder; it was not followed (the "
                           "folder is checked where it really is).")
    if explicit and not path.is_file() and not path.is_dir():
        return Skipped(str(path), "input.not-regular-file", "error",
                       "This is not a regular file (a device, a FIFO or a socket); it was not read.")
    return path


def _walk(top: Path, settings, roots: list[Path]) -> list:
    found: list = []

    def unreadable(error: OSError) -> None:
        found.append(Skipped(str(error.filename or top), "input.unreadable-folder", "error",
                             f"Cannot read this folder ({error.strerror}); the files in it were "
                             "not checked."))

    for folder, dirs, files in os.walk(top, onerror=unreadable):
        kept = []
        for name in sorted(dirs):
            candidate = Path(folder) / name
            if _excluded(candidate, name, settings):
                continue
            if candidate.is_symlink():
                # os.walk does not enter linked folders; one leading out is said so.
                checked = _checked_file(candidate, roots)
                if isinstance(checked, Skipped) and not _inside(candidate.resolve(), roots):
                    found.append(checked)
                continue
            kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            candidate = Path(folder) / name
            if any(fnmatch.fnmatch(name, g) for g in settings.include) \
                    and not _excluded(candidate, name, settings):
                found.append(_checked_file(candidate, roots))
    return found


def _excluded(path: Path, name: str, settings) -> bool:
    posix = path.as_posix()
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(posix, g)
               or fnmatch.fnmatch(posix, f"*/{g}") for g in settings.exclude)

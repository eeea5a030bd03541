"""`lisible fix PATHS` (and `check --fix`): apply the fixes of findings to the files, Ruff's way.

Safe fixes by default, unsafe ones with --unsafe-fixes, `--diff` prints a unified diff and writes
nothing. Files are written atomically (a temporary file beside the file, then a rename), in their
own encoding: UTF-8 (with its BOM if it had one), or the one-byte encoding an HTML page declares
(<meta charset>) if every character the fixes bring is in it. Files are decoded as `check` decodes
them (checker.sources.decode_text, the one decoding path). A file whose legacy encoding was only
guessed (Windows-1252 or Latin-1 bytes without a declaration), a UTF-16 or UTF-32 file, or a fix the
declared encoding cannot hold is reported, not rewritten. What a fix may touch, and how overlaps
are resolved: checker/fix.py.
"""
from __future__ import annotations

import difflib
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import click

from checker.errors import EXIT_FINDINGS, EXIT_OK, UsageError
from checker.fix import FixResult, fix_text
from checker.output import write_atomically
from checker.sources import decode_text, format_for
from checker.sources.decode import ENCODING_NAMES, UndecodableInput


@dataclass
class FileFix:
    name: str
    before: str
    result: FixResult
    bom: bool = False
    encoding: str = "utf-8"     # what the file is written back in

    def encoded(self) -> bytes:
        return (("\ufeff" if self.bom else "") + self.result.text).encode(self.encoding)

    @property
    def changed(self) -> bool:
        return self.result.text != self.before


def fix_options(fn):
    options = [
        click.argument("paths", nargs=-1, required=True),
        click.option("--unsafe-fixes", is_flag=True,
                     help="Also apply unsafe fixes (plain-language substitutions, LanguageTool)."),
        click.option("--diff", is_flag=True, help="Print a unified diff; write nothing."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False),
                     help="Config file (default: nearest lisible.toml or pyproject.toml upward)."),
        click.option("--lang", "language", help="Language of documents that do not declare one."),
        click.option("--select", multiple=True, help="Only these rules (id, glob or category)."),
        click.option("--ignore", multiple=True, help="Drop these rules (id, glob or category)."),
        click.option("--include", multiple=True, help="Glob of files to fix in folders."),
        click.option("--exclude", multiple=True, help="Glob of files or folders to skip."),
        click.option("--grammar", type=click.Choice(("auto", "required", "off")),
                     help="Grammar engine mode (only used with --unsafe-fixes)."),
        click.option("--languagetool-url", envvar="LISIBLE_LANGUAGETOOL_URL",
                     help="URL of a LanguageTool server (env LISIBLE_LANGUAGETOOL_URL)."),
        click.option("--stdin-filename", help="Name (and so format) of the text read from `-`."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


@click.command()
@fix_options
def fix(**options):
    """Apply the fixes of findings to files, folders or `-` (stdin to stdout).

    Safe fixes only (typography, doubled words, repeated punctuation) unless --unsafe-fixes.
    Exit 0; with --diff, exit 1 when a file would change."""
    from checker.cli_support import guarded
    sys.exit(guarded(run_fix, **options))


def run_fix(**options) -> int:
    from checker import walk
    from checker.cli_support import build_settings
    settings = build_settings(options)
    paths = list(options["paths"])
    unsafe, show_diff = bool(options.get("unsafe_fixes")), bool(options.get("diff"))
    if "-" in paths:
        if len(paths) > 1:
            raise UsageError("`-` (stdin) cannot be fixed together with files")
        name = options.get("stdin_filename") or "<stdin>"
        fixed = fix_sources([(name, sys.stdin.buffer.read())], settings, unsafe)
        for item in fixed:
            click.echo(unified_diff(item) if show_diff else item.encoded(), nl=False)
        return EXIT_FINDINGS if show_diff and any(i.changed for i in fixed) else EXIT_OK
    # Links out of the tree, devices and unreadable folders (checker.walk.Skipped) are not fixed.
    files = [p for p in walk.collect(paths, settings) if isinstance(p, Path)]
    if not files:
        raise UsageError(f"{', '.join(paths)}: no file to fix (.txt .md .html .htm .xhtml)")
    fixed = fix_files(files, settings, unsafe, write=not show_diff)
    if show_diff:
        click.echo("".join(unified_diff(item) for item in fixed if item.changed), nl=False)
    report_fixes(fixed, unsafe, written=not show_diff)
    return EXIT_FINDINGS if show_diff and any(i.changed for i in fixed) else EXIT_OK


def fix_files(files: list, settings, unsafe: bool, write: bool = True) -> list[FileFix]:
    """Fix each file (text formats only); write the changed ones unless `write` is False."""
    readable = []
    for path in files:
        if not isinstance(path, Path):      # a walk.Skipped: a link out of the tree, a device...
            click.echo(f"lisible: {path.path}: not fixed ({path.message})", err=True)
            continue
        if format_for(str(path)).binary:
            click.echo(f"lisible: {path}: not fixed ({path.suffix} files are not edited)", err=True)
            continue
        try:
            readable.append((str(path), path.read_bytes()))
        except OSError as exc:
            click.echo(f"lisible: {path}: not fixed ({exc.strerror})", err=True)
    fixed = fix_sources(readable, settings, unsafe)
    if write:
        for item in fixed:
            if item.changed:
                path = Path(item.name)
                write_atomically(path, ("\ufeff" if item.bom else "") + item.result.text,
                                 mode=path.stat().st_mode & 0o7777, encoding=item.encoding)
    return fixed


def fix_sources(named: list[tuple[str, bytes]], settings, unsafe: bool) -> list[FileFix]:
    from checker.grammar import open_session
    # Safe fixes never come from LanguageTool: do not start it for them.
    settings = settings if unsafe else replace(settings, grammar="off")
    out = []
    with open_session(settings, len(named)) as grammar:
        for name, data in named:
            try:
                decoded = decode_text(data, format_for(name))
            except UndecodableInput as exc:
                click.echo(f"lisible: {name}: not fixed (the file {exc})", err=True)
                continue
            encoding = ENCODING_NAMES.get(decoded.encoding, decoded.encoding)
            if decoded.encoding != "utf-8" and not decoded.declared:
                click.echo(f"lisible: {name}: not fixed (encoded in {encoding}; save it as UTF-8 "
                           "first)", err=True)
                continue
            result = fix_text(decoded.text, name, settings.for_path(name), grammar, unsafe)
            item = FileFix(name, decoded.text, result, decoded.had_bom, decoded.encoding)
            try:
                item.encoded()
            except UnicodeEncodeError as exc:
                click.echo(f"lisible: {name}: not fixed (a fix writes U+{ord(exc.object[exc.start]):04X}, "
                           f"which {encoding} cannot hold; save the file as UTF-8 first)", err=True)
                continue
            out.append(item)
    return out


def unified_diff(item: FileFix) -> str:
    return "".join(difflib.unified_diff(
        item.before.splitlines(keepends=True), item.result.text.splitlines(keepends=True),
        fromfile=f"a/{item.name}", tofile=f"b/{item.name}"))


def report_fixes(fixed: list[FileFix], unsafe: bool, written: bool = True) -> None:
    """One line per changed file on stderr (rules and counts), then the total."""
    total = 0
    for item in fixed:
        if not item.result.settled:
            click.echo(f"lisible: warning: {item.name}: fixes kept changing the text; "
                       "stopped (please report it)", err=True)
        if item.result.applied:
            counts = Counter(edit.rule for edit in item.result.applied)
            total += len(item.result.applied)
            rules = ", ".join(f"{rule} ×{n}" if n > 1 else rule for rule, n in sorted(counts.items()))
            verb = "fixed" if written else "to fix"
            click.echo(f"{item.name}: {len(item.result.applied)} {verb} ({rules})", err=True)
    more = sum(item.result.unsafe_available for item in fixed)
    files = sum(1 for item in fixed if item.changed)
    line = f"{'Fixed' if written else 'Would fix'} {total} finding{'s' * (total != 1)} in {files} file{'s' * (files != 1)}."
    if more and not unsafe:
        line += f" {more} more with --unsafe-fixes."
    click.echo(line, err=True)

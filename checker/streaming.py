"""`lisible check` written as documents finish (issue 14, "Flat memory").

When the format can stream (json, jsonl: `Format.stream`) and nothing needs every document at once
(--parity, --baseline, --diff-base, stdin mixed in), each document is serialised and written as
soon as it and those before it are done, then dropped: peak memory stays flat however many files
a run has. The bytes are those the whole-result path writes (tests/report/test_streaming.py).
A report file (-o) is written beside its target and renamed into place at the end, so a reader
never sees half a report and a failed run leaves the previous one.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from checker.errors import EXIT_ENGINE, EXIT_FINDINGS, EXIT_OK

WHOLE_RUN_OPTIONS = ("parity", "baseline_path", "diff_base")


def can_stream(options: dict, fmt) -> bool:
    return (fmt.stream is not None and "-" not in options["paths"]
            and not any(options.get(name) for name in WHOLE_RUN_OPTIONS))


def run_streaming(options: dict, settings, fmt, render_options, progress=None) -> int:
    from checker import engine
    from checker.serialize import Tally, document_to_dict
    files = engine.collect_paths(list(options["paths"]), settings)
    stream = engine.stream_files(files, settings, progress)
    tally = Tally()
    verdict = {"passed": True}

    def documents():
        for result in stream:
            data = document_to_dict(result, include_text=render_options.include_text)
            tally.add(data)
            verdict["passed"] &= bool(data["passed"])
            yield data

    pieces = fmt.stream(documents(), lambda: tally.tail(stream.failures), render_options)
    write_pieces(pieces, options.get("output"))
    if tally.documents == 0:
        click.echo("lisible: warning: no supported files found (.txt .md .html .htm .xhtml .docx; "
                   "see --include)", err=True)
    if stream.failures:
        return EXIT_ENGINE
    return EXIT_OK if verdict["passed"] else EXIT_FINDINGS


def write_pieces(pieces, output: str | None) -> None:
    if not output:
        for piece in pieces:
            sys.stdout.write(piece)
            sys.stdout.flush()
        return
    target = Path(output)
    handle, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                   dir=target.parent if str(target.parent) else ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            for piece in pieces:
                out.write(piece)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

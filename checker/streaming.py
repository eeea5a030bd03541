"""`lisible check` written as documents finish (issue 14, "Flat memory"), on this machine or a Dask
cluster (checker.scale).

`source_stream` gives the run's documents as JSON-contract dicts in path order, one at a time.
When the format can stream (`Format.stream`; docs/scale.md lists which) and no gate needs every
document at once (--baseline, --diff-base), each document is written as soon as it and those
before it are done, then dropped: peak memory stays flat however many files a run has. The bytes are those of the
whole-result path (tests/report/test_streaming.py). A report file (-o) is written beside its
target and renamed into place at the end, so a reader never sees half a report and a failed run
leaves the previous one. --parity and stdin need the whole run in one process: no stream then.
"""
from __future__ import annotations

import sys
from pathlib import Path

from checker.errors import EXIT_ENGINE, EXIT_FINDINGS, EXIT_OK, UsageError
from checker.output import write_atomically

WHOLE_RUN_GATES = ("baseline_path", "diff_base")


def source_stream(options: dict, settings, progress=None):
    """The run's document dicts as a stream (`failures` set once it is consumed), or None when the
    run must be gathered whole in this process (--parity, stdin)."""
    from checker import engine
    paths = list(options["paths"])
    whole = options.get("parity") or "-" in paths
    if options.get("scheduler"):
        if whole:
            raise UsageError("--parity and stdin (-) need every document in one process; "
                             "not with --scheduler")
        from checker import scale
        return scale.ClusterStream(options["scheduler"], engine.collect_paths(paths, settings),
                                   settings, progress)
    if whole:
        return None
    return LocalDicts(engine.stream_files(engine.collect_paths(paths, settings), settings, progress))


class LocalDicts:
    def __init__(self, stream):
        self.stream = stream

    @property
    def failures(self) -> list[str]:
        return self.stream.failures

    def __iter__(self):
        from checker.serialize import document_to_dict
        for result in self.stream:
            yield document_to_dict(result, include_text=True)


def can_stream(options: dict, fmt) -> bool:
    return fmt.stream is not None and not any(options.get(name) for name in WHOLE_RUN_GATES)


def gather(stream) -> dict:
    """The whole result dict of a stream, before its verdict (the gates and formats that need
    every document read it; engine.gate_and_decide decides it)."""
    from checker.serialize import Tally
    tally = Tally()
    documents = []
    for data in stream:
        tally.add(data)
        documents.append(data)
    return {"documents": documents, **tally.tail(stream.failures)}


def write_streamed(stream, options: dict, fmt, render_options, settings):
    """Write the run as it comes; returns (exit code, the run's Tally). Each document's verdict
    is checker.verdict's, decided as it arrives (no gate here changes it later)."""
    from checker import verdict as verdict_mod
    from checker.serialize import Tally
    tally = Tally()
    verdict = {"passed": True}

    def documents():
        for data in stream:
            verdict_mod.decide({"documents": [data]}, settings)
            tally.add(data)
            verdict["passed"] &= bool(data["passed"])
            yield data

    write_pieces(fmt.stream(documents(), lambda: tally.tail(stream.failures), render_options),
                 options.get("output"))
    if stream.failures:
        return EXIT_ENGINE, tally
    return (EXIT_OK if verdict["passed"] else EXIT_FINDINGS), tally


def write_pieces(pieces, output: str | None) -> None:
    if not output:
        for piece in pieces:
            sys.stdout.write(piece)
            sys.stdout.flush()
        return
    target = Path(output)
    if target.exists() and not target.is_file():
        # /dev/null, a FIFO: written in place (renaming over a device would replace it).
        with open(target, "w", encoding="utf-8", newline="") as out:
            for piece in pieces:
                out.write(piece)
        return
    write_atomically(target, pieces)

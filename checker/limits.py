"""Bounds on the work one file can cost (issue 13, "Bounded work"): a pull request chooses the
files, so their size once unpacked, their nesting and the time spent on each are capped, and a file
that hits a cap gets a finding saying what was not checked, never a hang and never a silent skip."""
from __future__ import annotations

import collections
import contextlib
import ctypes
import io
import threading
import time
import zipfile

import yaml

from checker.findings import Finding

# Seconds one file may take to load and analyse before it is given up with an `input.too-slow`
# error: FILE_TIME_BUDGET, plus SECONDS_PER_MB for each megabyte of its text past the first. The
# work is linear, so an honest file stays inside it even on a loaded 2-core machine (a 1.6 MB
# one-line text took 100 s at a load average of 25, against a budget of 150 s); an input built to
# make a parser quadratic does not.
FILE_TIME_BUDGET = 60.0
SECONDS_PER_MB = 150.0
# A .docx is a zip: its parts, unpacked, may hold this many times --max-bytes in all. Text
# compresses about tenfold, pictures not at all; a zip bomb (1 MB that unpacks to gigabytes) does not
# get past the table of contents.
ZIP_EXPANSION = 4
ZIP_MAX_ENTRIES = 10_000
# The XML parts of a .docx or .odt are what its parser holds in memory, a node at a time: a 65 KB
# .docx whose word/document.xml unpacks to 18 MB (440,000 paragraphs) peaked at 1,524 MB
# (benchmarks/fuzz_attacks.py, docx-big-text). Together they may unpack to --max-bytes, the size a
# plain text may have; Word's own styles take about 1 MB of it.
XML_PARTS = (".xml", ".rels")


# Findings of one rule kept per file. A 5 MB paragraph of "word word ..." is a million repeated
# words: a finding holds ~700 bytes, and the report would list them all. Past this many, one
# `input.too-many-findings` note counts the rest (the gate still fails on the ones listed).
MAX_FINDINGS_PER_RULE = 1_000


class NoAliasLoader(yaml.SafeLoader):
    """YAML without aliases, for YAML a pull request writes (front matter, a user's rule pack):
    `*a` repeating an anchor is how a few hundred bytes expand to gigabytes once walked or printed
    (a "billion laughs"); neither needs one."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("aliases (*name) are not accepted here")
        return super().compose_node(parent, index)


class OutOfTime(Exception):
    """The document's time budget ran out."""


def budget_for(base: float | None, size: int) -> float | None:
    """The time budget of a file of `size` characters (or bytes); None or 0: no limit."""
    return base + SECONDS_PER_MB * max(0, size - 1_000_000) / 1_000_000 if base else None


def too_slow(seconds: float) -> Finding:
    return Finding("input.too-slow", "input", "error",
                   f"Reading and checking this file took more than its budget of {seconds:.0f} s, "
                   "so it was not checked. It may be built to stall a checker; split it, or "
                   "look at it by hand.")


class FindingCap:
    """Keeps the first `limit` findings of each rule and counts the others, as they come."""

    def __init__(self, limit: int | None):
        self.limit = limit
        self.seen: collections.Counter = collections.Counter()

    def admit(self, rule: str) -> bool:
        """Count one finding of `rule`; True while the rule is within the cap."""
        if not self.limit or rule == "input.too-many-findings":
            return True
        self.seen[rule] += 1
        return self.seen[rule] <= self.limit

    def keep(self, finding: Finding) -> bool:
        return self.admit(finding.rule)

    def notes(self) -> list[Finding]:
        return [too_many(rule, count, self.limit) for rule, count in sorted(self.seen.items())
                if self.limit and count > self.limit]


def cap_findings(findings: list[Finding], limit: int | None) -> list[Finding]:
    """`findings` with at most `limit` of each rule, in order, and a note for each rule cut."""
    cap = FindingCap(limit)
    kept = [f for f in findings if cap.keep(f)]
    return kept + cap.notes()


def too_many(rule: str, count: int, limit: int) -> Finding:
    return Finding("input.too-many-findings", "input", "info",
                   f"Rule {rule} fired {count:,} times in this file; the first {limit:,} are listed "
                   f"and the other {count - limit:,} left out.", extra={"capped_rule": rule})


def drop_orphan_caps(findings: list[Finding]) -> list[Finding]:
    """Without the notes about rules that config or suppressions took out of the report."""
    present = {f.rule for f in findings}
    return [f for f in findings if f.rule != "input.too-many-findings"
            or f.extra.get("capped_rule") in present]


def zip_problem(data: bytes, max_bytes: int) -> str | None:
    """Why a zip (a .docx, an .odt) must not be unpacked, read from its table of contents only, or
    None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None     # not a zip: the loader says so in its own words
    if len(entries) > ZIP_MAX_ENTRIES:
        return f"holds {len(entries):,} parts, over the limit of {ZIP_MAX_ENTRIES:,}"
    total = sum(max(0, e.file_size) for e in entries)
    limit = ZIP_EXPANSION * max_bytes
    if total > limit:
        return (f"unpacks to {total:,} bytes, over the limit of {limit:,} "
                f"({ZIP_EXPANSION} times --max-bytes)")
    xml = [e for e in entries if e.filename.lower().endswith(XML_PARTS)]
    xml_total = sum(max(0, e.file_size) for e in xml)
    if xml_total > max_bytes:
        largest = max(xml, key=lambda e: e.file_size)
        return (f"holds {xml_total:,} bytes of XML once unpacked ({largest.filename}: "
                f"{largest.file_size:,}), over the limit of {max_bytes:,} (--max-bytes)")
    return None


def unpacked_size(path: str) -> int:
    """What the parser of a zip file (a .docx, an .odt) reads: its XML parts, unpacked, from its
    table of contents; 0 for anything else. Bounded by zip_problem before any parser sees it."""
    try:
        with zipfile.ZipFile(path) as archive:
            return sum(max(0, e.file_size) for e in archive.infolist()
                       if e.filename.lower().endswith(XML_PARTS))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return 0


# --- the per-file time budget ------------------------------------------------------------------
# Loading and analysing a document is pure Python over data a pull request chose (markdown-it's
# inline parser is quadratic on `[[[[...`, for one): no list of known slow inputs can be complete.
# So the time is bounded where it is spent: a watchdog thread raises OutOfTime inside the thread
# that overran, at its next Python instruction (PyThreadState_SetAsyncExc, the mechanism behind
# KeyboardInterrupt in threads). It is armed only around a document's own loading and analysis,
# which hold no lock shared with other documents, and disarmed (any pending exception cleared)
# before the document goes on to grammar and scoring. Library code may swallow the exception (odfpy
# wraps string work in a bare `except: pass`, and an 18 MB part then took 30 s past its budget:
# found by benchmarks/fuzz.py), so until the budget is disarmed it is raised again every
# REFIRE_SECONDS.
REFIRE_SECONDS = 1.0

class _Watchdog:
    def __init__(self):
        self._lock = threading.Lock()
        self._armed: dict[int, list] = {}      # thread id -> [deadline, last fired (0: not), start]
        self._thread: threading.Thread | None = None
        self._wake = threading.Event()

    def arm(self, seconds: float) -> int:
        ident = threading.get_ident()
        with self._lock:
            now = time.monotonic()
            self._armed[ident] = [now + seconds, 0.0, now]
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._watch, name="lisible-budget",
                                                daemon=True)
                self._thread.start()
        return ident

    def extend(self, ident: int, seconds: float) -> None:
        """Move the deadline to `seconds` after the budget started, if it has not run out."""
        with self._lock:
            state = self._armed.get(ident)
            if state is not None and not state[1]:
                state[0] = state[2] + seconds

    def disarm(self, ident: int) -> bool:
        """Stop watching; True when the budget had run out (its exception is then cleared if it
        was not raised yet, so it cannot land in code after the document's analysis)."""
        with self._lock:
            deadline, fired, _start = self._armed.pop(ident, [0, 0.0, 0])
            if fired:
                _set_async_exc(ident, None)
            # Past the deadline is over budget, whether or not the watchdog had woken to say so.
            return fired or time.monotonic() > deadline

    def _watch(self) -> None:
        while True:
            self._wake.wait(0.05)
            now = time.monotonic()
            with self._lock:
                for ident, state in self._armed.items():
                    if now > state[0] and now - state[1] > REFIRE_SECONDS:
                        state[1] = now
                        _set_async_exc(ident, OutOfTime)


def _set_async_exc(ident: int, exc) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(ident), ctypes.py_object(exc) if exc is not None else ctypes.c_void_p(0))


_WATCHDOG = _Watchdog()


class Budget:
    """What `time_budget` yields: `extend_to(seconds)` once the file's size is known."""

    def __init__(self, ident: int | None):
        self.ident = ident

    def extend_to(self, seconds: float | None) -> None:
        if self.ident is not None and seconds:
            _WATCHDOG.extend(self.ident, seconds)


@contextlib.contextmanager
def time_budget(seconds: float | None):
    """Run the block within `seconds` (None or 0: no limit); OutOfTime is raised in it when the
    budget runs out, and raised on leaving it if the budget ran out as it ended."""
    if not seconds:
        yield Budget(None)
        return
    ident = _WATCHDOG.arm(seconds)
    try:
        yield Budget(ident)
    finally:
        ran_out = _disarm(ident)
    if ran_out:
        raise OutOfTime


def _disarm(ident: int) -> bool:
    """Disarm even if a repeated OutOfTime lands on the way in (then the budget had run out)."""
    while True:
        try:
            return _WATCHDOG.disarm(ident)
        except OutOfTime:
            continue

"""Fuzz lisible with Hypothesis at scale and print what it costs (issue 13, "A fuzz suite").

    python benchmarks/fuzz.py                 # 10,000 inputs per input format and per renderer
    python benchmarks/fuzz.py --examples 500  # a quick look
    python benchmarks/fuzz.py --large-only    # the hand-built 5 MB attack files only

Prints, per input format (txt, md, html, docx) and per output renderer: inputs run, tracebacks
(exceptions escaping lisible, or lisible.internal-error findings), inputs that ran past the per-file
time budget, the slowest input, and the peak memory (VmHWM, reset before each input through
/proc/self/clear_refs) of the worst single input. Then the same for a set of 5 MB attack files
(zip bomb, nesting, quadratic Markdown, alias bomb...), each in a fresh process. Figures are
printed, never asserted: tests/security holds the assertions.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "security")]

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import strategies as fuzz  # noqa: E402
from checker import engine, limits, sources  # noqa: E402
from checker.config import Settings  # noqa: E402
from checker.reports import RenderOptions, load_formats  # noqa: E402

MB = 1024 * 1024


def reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Tally:
    def __init__(self, name: str, budget: float):
        self.name, self.budget = name, budget
        self.runs = self.tracebacks = self.over_budget = 0
        self.slowest = 0.0
        self.peak = 0.0
        self.first_traceback = ""

    def measure(self, work) -> None:
        reset_peak()
        started = time.monotonic()
        try:
            if work():
                self.tracebacks += 1
                self.first_traceback = self.first_traceback or "lisible.internal-error finding"
        except Exception:  # noqa: BLE001 - counted and printed
            self.tracebacks += 1
            self.first_traceback = self.first_traceback or traceback.format_exc()
        elapsed = time.monotonic() - started
        self.runs += 1
        self.slowest = max(self.slowest, elapsed)
        self.over_budget += elapsed > self.budget + 5     # the budget plus time to report it
        self.peak = max(self.peak, peak_mb())

    def line(self) -> str:
        return (f"{self.name:<14} {self.runs:>7} {self.tracebacks:>10} {self.over_budget:>11} "
                f"{self.slowest:>10.2f} {self.peak:>12.0f}")


HEADER = f"{'what':<14} {'inputs':>7} {'tracebacks':>10} {'over budget':>11} {'slowest s':>10} {'peak MB':>12}"


def run_inputs(fmt: str, examples: int, run: Settings) -> Tally:
    tally = Tally(fmt, run.time_budget)

    def one(name: str, data: bytes) -> bool:
        result = engine.check_loaded(
            [(name, lambda: sources.load_bytes(data, name, max_bytes=run.max_bytes))], run)
        json.dumps(result.to_dict())
        return any(f.rule == "lisible.internal-error" for d in result.documents for f in d.findings)

    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(fuzz.input_for(fmt))
    def body(named):
        tally.measure(lambda: one(*named))
    body()
    return tally


def run_renderers(renderers: dict, examples: int) -> list[Tally]:
    """Each generated result is rendered by every renderer (one generation, a tally each)."""
    tallies = {name: Tally(f"out:{name}", limits.FILE_TIME_BUDGET) for name in renderers}

    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(fuzz.results(), st.sampled_from(["error", "warning", "never"]))
    def body(result, fail_on):
        for name, renderer in renderers.items():
            options = RenderOptions(fail_on=fail_on, ui_lang="fr")
            tallies[name].measure(lambda: renderer.render(result, options) and False)
    body()
    return list(tallies.values())


# --- 5 MB attack files, each in a fresh process ----------------------------------------------------
def _zip(entries: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _docx_xml(body: str) -> str:
    return ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')


def _bomb(uncompressed: int) -> bytes:
    """A .docx whose document.xml unpacks to `uncompressed` bytes of empty paragraphs, written in
    chunks (deflate packs them about 1000 to 1)."""
    buffer = io.BytesIO()
    chunk = "<w:p/>" * 10_000
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            head = _docx_xml("").split("</w:body>")[0]
            part.write(head.encode())
            for _ in range(uncompressed // len(chunk)):
                part.write(chunk.encode())
            part.write(b"</w:body></w:document>")
    return buffer.getvalue()


def _entity_bomb() -> bytes:
    entities = "".join(f'<!ENTITY e{i} "{("&e%d;" % (i - 1)) * 10 if i else "xxxxxxxxxx"}">'
                       for i in range(10))
    xml = _docx_xml("<w:p><w:r><w:t>&e9;</w:t></w:r></w:p>").replace(
        '<?xml version="1.0"?>', f'<?xml version="1.0"?><!DOCTYPE d [{entities}]>')
    return _zip({"word/document.xml": xml})


FIVE = 5_000_000 - 4096      # just under --max-bytes (5,000,000): read and checked
PARA = "<w:p><w:r><w:t>The council approved the budget on Monday.</w:t></w:r></w:p>"
ALIAS_BOMB = ("---\na: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    + "lang: *i\n---\nText.\n")
# name -> (file name, a function building the bytes: only the one being run is built)
ATTACKS = {
    "md-brackets": ("a.md", lambda: b"[" * FIVE),
    "md-images": ("a.md", lambda: b"![" * (FIVE // 2)),
    "md-emphasis": ("a.md", lambda: b"*a **b " * (FIVE // 7)),
    "md-divs": ("a.md", lambda: b"<div>\n" * (FIVE // 6)),
    "md-quotes": ("a.md", lambda: (b">" * 200 + b" deep\n") * (FIVE // 206)),
    "md-lists": ("a.md", lambda: "".join("  " * (i % 80) + "- item\n" for i in range(FIVE // 90)).encode()),
    "md-alias-bomb": ("a.md", lambda: ALIAS_BOMB.encode()),
    "md-long-paragraph": ("a.md", lambda: b"word " * (FIVE // 5)),
    "html-divs": ("a.html", lambda: b"<div>" * (FIVE // 5)),
    "html-spans-lang": ("a.html", lambda: b'<span lang="fr">x ' * (FIVE // 18)),
    "html-table": ("a.html", lambda: b"<table>" + b"<tr><td>x</td></tr>" * (FIVE // 19)),
    "html-attrs": ("a.html", lambda: b"<p " + b"a=b " * (FIVE // 4) + b">x</p>"),
    "txt-one-line": ("a.txt", lambda: b"a" * FIVE),
    "txt-sentences": ("a.txt", lambda: b"The council met. " * (FIVE // 17)),
    "txt-nul": ("a.txt", lambda: b"\0" * FIVE),
    "docx-zip-bomb": ("a.docx", lambda: _bomb(1024 * MB)),
    "docx-big-text": ("a.docx", lambda: _zip({"word/document.xml": _docx_xml(PARA * (18 * MB // len(PARA)))})),
    "docx-entities": ("a.docx", _entity_bomb),
    "docx-many-parts": ("a.docx", lambda: _zip({f"p/{i}": b"" for i in range(20_000)})),
}


def run_attack(name: str) -> dict:
    """In this (fresh) process: load and check one attack file; time, peak memory, findings."""
    file_name, build = ATTACKS[name]
    data = build()
    run = Settings(grammar="off", cache=False, jobs=1)
    engine.load_analyzers()
    reset_peak()
    started = time.monotonic()
    error = ""
    rules: list = []
    try:
        result = engine.check_loaded(
            [(file_name, lambda: sources.load_bytes(data, file_name, max_bytes=run.max_bytes))], run)
        rules = sorted({f.rule for d in result.documents for f in d.findings
                        if f.category == "input" or f.rule == "lisible.internal-error"})
    except Exception:  # noqa: BLE001
        error = traceback.format_exc()
    return {"name": name, "bytes": len(data), "seconds": round(time.monotonic() - started, 2),
            "peak_mb": round(peak_mb()), "input_findings": rules, "traceback": error,
            "budget": run.time_budget}


def large(names) -> int:
    print(f"\n5 MB attack files (each in a fresh process; budget {limits.FILE_TIME_BUDGET:g} s per file)")
    print(f"{'attack':<18} {'bytes':>9} {'seconds':>8} {'peak MB':>8}  findings")
    problems = 0
    for name in names:
        try:
            done = subprocess.run([sys.executable, __file__, "--one", name], capture_output=True,
                                  text=True, timeout=limits.budget_for(limits.FILE_TIME_BUDGET,
                                                                       5_000_000) + 120)
        except subprocess.TimeoutExpired as exc:
            print(f"{name:<18} still running after {exc.timeout:.0f} s: over its budget")
            problems += 1
            continue
        try:
            row = json.loads(done.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            print(f"{name:<18} crashed: {done.stderr.strip()[-300:]}")
            problems += 1
            continue
        print(f"{name:<18} {row['bytes']:>9} {row['seconds']:>8} {row['peak_mb']:>8}  "
              f"{', '.join(row['input_findings']) or '-'}")
        if row["traceback"]:
            print(row["traceback"])
        problems += bool(row["traceback"]) + (row["peak_mb"] >= 600) \
            + (row["seconds"] > row["budget"] + 5)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--large-only", action="store_true")
    parser.add_argument("--no-large", action="store_true")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--attacks", help="comma-separated attack names (default: all)")
    parser.add_argument("--only", help="comma-separated in:FORMAT and out:RENDERER, e.g. in:markdown,out:junit")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_attack(args.one)))
        return 0
    problems = 0
    if not args.large_only:
        run = Settings(grammar="off", cache=False, jobs=1)
        engine.load_analyzers()
        wanted = set(args.only.split(",")) if args.only else None
        print(f"{args.examples} generated inputs per row; per-file budget {run.time_budget:g} s")
        print(HEADER)
        tallies = []
        for fmt in ("text", "markdown", "html", "docx"):
            if wanted is None or f"in:{fmt}" in wanted:
                tallies.append(run_inputs(fmt, args.examples, run))
                print(tallies[-1].line(), flush=True)
        renderers = {name: renderer for name, renderer in sorted(load_formats().items())
                     if wanted is None or f"out:{name}" in wanted}
        if renderers:
            for tally in run_renderers(renderers, args.examples):
                tallies.append(tally)
                print(tally.line(), flush=True)
        for tally in tallies:
            if tally.first_traceback:
                print(f"\nfirst traceback in {tally.name}:\n{tally.first_traceback}")
        problems += sum(t.tracebacks + t.over_budget for t in tallies)
    if not args.no_large:
        problems += large(args.attacks.split(",") if args.attacks else ATTACKS)
    print(f"\nproblems: {problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

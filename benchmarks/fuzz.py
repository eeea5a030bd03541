"""Fuzz lisible with Hypothesis at scale and print what it costs (issue 13, "A fuzz suite").

    nice -n 19 python benchmarks/fuzz.py                  # 10,000 inputs a row, 2 chunks at a time
    nice -n 19 python benchmarks/fuzz.py --examples 500   # a quick look
    nice -n 19 python benchmarks/fuzz.py --rows in:pdf,out   # some rows only ("out": every renderer)
    nice -n 19 python benchmarks/fuzz.py --large-only     # the hand-built 5 MB attack files only

Rows: one per input format (in:txt, in:md, in:html, in:docx, in:odt, in:pdf: generated files
checked with grammar off), `config` (a generated lisible.toml read and applied to a path),
`packs` (a generated rule pack loaded, then run on a generated text) and one per output renderer
(out:NAME: each generated result is rendered by every renderer, and each output checked: JSON and
XML parse, no line starts a GitHub workflow command except the github format's own).

Per row it prints: inputs run, tracebacks (an exception escaping lisible, a
lisible.internal-error finding, or a malformed output), hangs (inputs past the per-file time
budget plus 5 s), the slowest input, and the peak RSS of the worst single input (VmHWM, reset
before each input through /proc/self/clear_refs). Then the same for a set of 5 MB attack files,
each in a fresh process. Figures are printed, never asserted: tests/security holds the assertions.

Each row runs in chunks (--chunk inputs, a fixed Hypothesis seed each) in worker processes
(--jobs at a time). A finished chunk is appended to the state file (--state), so an interrupted
run picks up where it stopped; the table counts exactly the inputs that ran. An input that runs
past budget + 60 s stops its chunk (faulthandler dumps where it hung) and counts as a hang.
"""
from __future__ import annotations

import argparse
import faulthandler
import json
import os
import re
import subprocess
import sys
import time
import traceback
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "security"), str(ROOT / "benchmarks")]

from checker import limits  # noqa: E402

import fuzz_attacks  # noqa: E402

INPUT_ROWS = {"in:txt": "text", "in:md": "markdown", "in:html": "html", "in:docx": "docx",
              "in:odt": "odt", "in:pdf": "pdf"}
OTHER_ROWS = ("config", "packs")
BUDGET = limits.FILE_TIME_BUDGET
HANG_AFTER = BUDGET + 60        # one input this long stops its chunk: a hang, reported


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
    """One row's figures within one chunk (merged across chunks by `add`)."""
    def __init__(self, row: str):
        self.row = row
        self.inputs = self.tracebacks = self.hangs = 0
        self.max_time = self.peak = 0.0
        self.first = ""

    def measure(self, work) -> None:
        """Run work(); it returns "" when all is well, else what went wrong. lisible must not
        write to stdout while checking (its report goes there): anything written to file
        descriptor 1, by Python or a C library, counts as a fault."""
        written = STDOUT.tell()
        reset_peak()
        started = time.monotonic()
        faulthandler.dump_traceback_later(HANG_AFTER, exit=True)
        try:
            wrong = work()
        except Exception:  # noqa: BLE001 - counted and printed
            wrong = traceback.format_exc()
        finally:
            faulthandler.cancel_dump_traceback_later()
        elapsed = time.monotonic() - started
        sys.stdout.flush()
        if not wrong and STDOUT.tell() != written:
            STDOUT.seek(written)
            wrong = f"wrote to stdout: {STDOUT.read(300)!r}"
            STDOUT.seek(0, os.SEEK_END)
        self.inputs += 1
        self.max_time = max(self.max_time, elapsed)
        self.hangs += elapsed > BUDGET + 5        # the budget plus time to report it
        self.peak = max(self.peak, peak_mb())
        if wrong:
            self.tracebacks += 1
            self.first = self.first or wrong

    def as_dict(self) -> dict:
        return {"row": self.row, "inputs": self.inputs, "tracebacks": self.tracebacks,
                "hangs": self.hangs, "max_time": round(self.max_time, 3), "peak_mb": round(self.peak),
                "first": self.first[-3000:]}


# --- the work of one input, per row -----------------------------------------------------------
def _run_settings():
    from checker.config import Settings
    return Settings(grammar="off", cache=False, jobs=1)


def input_work(fmt: str):
    from checker import engine, sources
    import strategies as fuzz
    run = _run_settings()
    engine.load_analyzers()

    def one(named) -> str:
        name, data = named
        result = engine.check_loaded(
            [(name, lambda: sources.load_bytes(data, name, max_bytes=run.max_bytes))], run)
        json.dumps(result.to_dict())
        faults = [f.message for d in result.documents for f in d.findings
                  if f.rule == "lisible.internal-error"]
        return f"{name}: {faults[0]}" if faults else ""
    return fuzz.input_for(fmt), one


def config_work(folder: Path):
    from checker.config import load_settings
    from checker.errors import UsageError
    import strategies as fuzz

    def one(text: str) -> str:
        path = folder / "lisible.toml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            load_settings(path).for_path(str(folder / "a.md"))
        except UsageError:
            pass
        return ""
    return fuzz.config_texts, one


def pack_work(folder: Path):
    from hypothesis import strategies as st
    from checker import engine, sources
    from checker.config import Settings
    from checker.errors import UsageError
    from checker.rules.loader import load_pack_file
    import strategies as fuzz
    engine.load_analyzers()

    def one(pair) -> str:
        pack_text, text = pair
        path = folder / "house.yaml"
        path.write_text(pack_text, encoding="utf-8", errors="surrogatepass")
        try:
            load_pack_file(path)
        except UsageError:
            return ""
        run = Settings(grammar="off", cache=False, jobs=1, packs=(str(path),), language="en")
        data = text.encode("utf-8", "replace")
        result = engine.check_loaded([("a.md", lambda: sources.load_bytes(data, "a.md"))], run)
        faults = [f.message for d in result.documents for f in d.findings
                  if f.rule == "lisible.internal-error"]
        return faults[0] if faults else ""
    return st.tuples(fuzz.pack_texts, fuzz.documents), one


def well_formed(name: str, out: str) -> str:
    """What is wrong with a renderer's output, or ""."""
    if name in ("json", "sarif", "gitlab", "rdjson"):
        json.loads(out)
    elif name in ("jsonl", "rdjsonl"):
        for line in out.split("\n"):          # JSON Lines end at \n only (\u2028 is text)
            if line:
                json.loads(line)
    elif name in ("junit", "earl") and out.lstrip().startswith("<"):
        ET.fromstring(out.encode("utf-8"))
    for line in re.split(r"\r\n|\r|\n", out):
        if line.lstrip().startswith("::") and name != "github":
            return f"{name}: a line starts a workflow command: {line[:200]!r}"
        if name == "github" and line.strip() and not re.match(r"::(error|warning|notice) ", line):
            return f"github: a line that is not an annotation: {line[:200]!r}"
    if "\x1b" in out:
        return f"{name}: an escape character in the output"
    return ""


# --- a chunk: `size` inputs of one row from a fixed seed, in this process --------------------------
def run_chunk(row: str, index: int, size: int, folder: Path) -> list[dict]:
    from hypothesis import HealthCheck, Phase, given, seed, settings
    from hypothesis import strategies as st
    import strategies as fuzz
    budget = settings(max_examples=size, deadline=None, database=None, phases=[Phase.generate],
                      suppress_health_check=list(HealthCheck))
    if row == "out":
        from checker.reports import RenderOptions, load_formats
        renderers = load_formats()
        tallies = {name: Tally(f"out:{name}") for name in sorted(renderers)}
        empty = {"schema_version": 1, "documents": [], "summary": {"documents": 0, "passed": 0,
                 "findings": {"error": 0, "warning": 0, "info": 0},
                 "engine_failures": []}, "tool": {"name": "lisible", "version": "0"}}
        for fmt in renderers.values():            # templates compiled once: start-up, not cost
            fmt.render(empty, RenderOptions())

        @seed(_seed(row, index))
        @budget
        @given(fuzz.results(), st.sampled_from(["error", "warning", "never"]), st.booleans(),
               st.sampled_from(["en", "fr", "de", "it", "es"]))
        def body(result, fail_on, quiet, ui_lang):
            options = RenderOptions(fail_on=fail_on, quiet=quiet, ui_lang=ui_lang)
            for name, fmt in renderers.items():
                tallies[name].measure(lambda: well_formed(name, fmt.render(result, options)))
        body()
        return [t.as_dict() for t in tallies.values()]
    if row in INPUT_ROWS:
        strategy, one = input_work(INPUT_ROWS[row])
    elif row == "config":
        strategy, one = config_work(folder)
    else:
        strategy, one = pack_work(folder)
    warm_up()
    tally = Tally(row)

    @seed(_seed(row, index))
    @budget
    @given(strategy)
    def body(value):
        tally.measure(lambda: one(value))
    body()
    return [tally.as_dict()]


def warm_up() -> None:
    """One ordinary file of each format checked before measuring: the first check in a process
    loads the analyzers, language models and word lists (tens of seconds on a loaded machine),
    which is start-up, not the cost of an input."""
    from checker import engine, sources
    run = _run_settings()
    for name, data in (("w.txt", b"The council met in order to discuss the plan.\n"),
                       ("w.md", b"# Le Conseil\n\nLe Conseil a adopt\xc3\xa9 le budget.\n"),
                       ("w.html", b"<html lang=de><p>Der Bundesrat hat beschlossen.</p>")):
        engine.check_loaded([(name, lambda: sources.load_bytes(data, name))], run)


def _seed(row: str, index: int) -> int:
    return sum(ord(c) * 131 ** i for i, c in enumerate(row)) % 1_000_003 * 10_000 + index


# --- the driver: chunks in worker processes, a resumable state file ----------------------------------
def plan(rows: list[str], examples: int, chunk: int) -> list[tuple[str, int, int]]:
    """Chunks taken row by row in turn, so a run stopped early has covered every row alike."""
    out = []
    for index in range((examples + chunk - 1) // chunk):
        for row in rows:
            out.append((row, index, min(chunk, examples - index * chunk)))
    return out


def read_state(path: Path) -> dict:
    done = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue               # a line cut by an interrupted write: that chunk runs again
            done[(record["row"], record["index"], record["size"])] = record
    return done


def run_one_chunk(job: tuple[str, int, int], state: Path) -> dict:
    row, index, size = job
    command = [sys.executable, __file__, "--chunk-of", row, str(index), str(size)]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, errors="replace")
    try:
        tallies = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        # The chunk stopped: a hang caught by faulthandler, or a crash. Counted as one hang (or
        # one traceback) with what it printed; its inputs run again on the next invocation.
        what = "hangs" if "Timeout (" in done.stderr else "tracebacks"
        rows = [row] if row != "out" else ["out:?"]
        tallies = [{"row": r, "inputs": 0, "tracebacks": 0, "hangs": 0, "max_time": 0,
                    "peak_mb": 0, "first": done.stderr[-3000:], what: 1} for r in rows]
        record = {"row": row, "index": index, "size": size, "tallies": tallies, "failed": True}
        print(f"  chunk {row}#{index} stopped ({what}): {done.stderr.strip()[-400:]}", flush=True)
        return record
    record = {"row": row, "index": index, "size": size, "tallies": tallies,
              "seconds": round(time.monotonic() - started, 1), "code": code_version()}
    with state.open("a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")
    return record


def code_version() -> str:
    """The commit the chunk ran on (+ if the work tree had changes): a resumed run may span fixes."""
    def git(*args):
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True,
                              text=True).stdout.strip()
    return git("rev-parse", "--short", "HEAD") + ("+" if git("status", "--porcelain", "-uno") else "")


def summary(records: list[dict]) -> dict[str, dict]:
    rows: dict[str, dict] = {}
    for record in records:
        for t in record["tallies"]:
            row = rows.setdefault(t["row"], {"inputs": 0, "tracebacks": 0, "hangs": 0,
                                             "max_time": 0.0, "peak_mb": 0, "first": ""})
            for key in ("inputs", "tracebacks", "hangs"):
                row[key] += t[key]
            row["max_time"] = max(row["max_time"], t["max_time"])
            row["peak_mb"] = max(row["peak_mb"], t["peak_mb"])
            row["first"] = row["first"] or t["first"]
    return rows


HEADER = f"{'row':<12} {'inputs':>7} {'tracebacks':>10} {'hangs':>6} {'max time s':>10} {'peak RSS MB':>11}"


def print_table(rows: dict[str, dict]) -> int:
    print(HEADER)
    for name in sorted(rows, key=lambda r: (not r.startswith("in:"), r)):
        row = rows[name]
        print(f"{name:<12} {row['inputs']:>7} {row['tracebacks']:>10} {row['hangs']:>6} "
              f"{row['max_time']:>10.2f} {row['peak_mb']:>11}")
    for name, row in rows.items():
        if row["first"]:
            print(f"\nfirst problem in {name}:\n{row['first']}")
    return sum(r["tracebacks"] + r["hangs"] for r in rows.values())


class _Sink:
    """File descriptor 1 of a chunk process, sent to a temporary file while inputs run."""
    def __init__(self):
        import tempfile
        self.file = tempfile.TemporaryFile()
        self.real = None

    def tell(self) -> int:
        return os.lseek(self.file.fileno(), 0, os.SEEK_END)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> None:
        self.file.seek(offset, whence)

    def read(self, size: int) -> str:
        return self.file.read(size).decode("utf-8", "replace")

    def __enter__(self):
        sys.stdout.flush()
        self.real = os.dup(1)
        os.dup2(self.file.fileno(), 1)
        return self

    def __exit__(self, *_exc):
        sys.stdout.flush()
        os.dup2(self.real, 1)
        os.close(self.real)


STDOUT = _Sink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="inputs per row")
    parser.add_argument("--chunk", type=int, default=500, help="inputs per chunk")
    parser.add_argument("--jobs", type=int, default=2, help="chunks run at once")
    parser.add_argument("--rows", help="comma-separated rows (in:txt ... in:pdf, config, packs, "
                                       "out for every renderer); default: all")
    parser.add_argument("--state", default=str(ROOT / ".cache" / "fuzz" / "state.jsonl"),
                        help="finished chunks, read to resume and appended to")
    parser.add_argument("--large-only", action="store_true")
    parser.add_argument("--no-large", action="store_true")
    parser.add_argument("--attacks", help="comma-separated attack names (default: all)")
    parser.add_argument("--chunk-of", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(fuzz_attacks.run_attack(args.one)))
        return 0
    if args.chunk_of:
        row, index, size = args.chunk_of
        import tempfile
        with tempfile.TemporaryDirectory(prefix="lisible-fuzz-") as folder:
            with STDOUT:
                tallies = run_chunk(row, int(index), int(size), Path(folder))
            print(json.dumps(tallies))
        return 0
    problems = 0
    if not args.large_only:
        rows = args.rows.split(",") if args.rows else [*INPUT_ROWS, *OTHER_ROWS, "out"]
        state = Path(args.state)
        state.parent.mkdir(parents=True, exist_ok=True)
        done = read_state(state)
        jobs = plan(rows, args.examples, args.chunk)
        todo = [job for job in jobs if job not in done]
        print(f"{args.examples} generated inputs per row, chunks of {args.chunk}, {args.jobs} at a "
              f"time; {len(jobs) - len(todo)} of {len(jobs)} chunks already in {state}; per-file "
              f"budget {BUDGET:g} s", flush=True)
        with ThreadPoolExecutor(args.jobs) as pool:
            for record in pool.map(lambda job: run_one_chunk(job, state), todo):
                t = record["tallies"]
                print(f"  chunk {record['row']}#{record['index']}: "
                      f"{sum(x['inputs'] for x in t)} inputs, "
                      f"{sum(x['tracebacks'] + x['hangs'] for x in t)} problems, "
                      f"{record.get('seconds', '?')} s", flush=True)
                if record.get("failed"):
                    done[(record["row"], record["index"], -1)] = record
        records = [r for key, r in read_state(state).items() if key in set(jobs)]
        records += [r for key, r in done.items() if key[2] == -1]
        problems += print_table(summary(records))
    if not args.no_large:
        problems += fuzz_attacks.large(args.attacks.split(",") if args.attacks else
                                       list(fuzz_attacks.ATTACKS), __file__)
    print(f"\nproblems: {problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

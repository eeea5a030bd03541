"""Honest but huge texts (one line, one paragraph, one table...): how long lisible takes to check
them whole and what memory it holds, here and, side by side, in another checkout (issue 13,
"Bounded work": every such 5 MB text ran past its time budget).

    nice -n 19 python benchmarks/long_blocks.py --size 1000000
    nice -n 19 python benchmarks/long_blocks.py --size 5000000 --budget --anchor /path/to/old/checkout
    nice -n 19 python benchmarks/long_blocks.py --units 20000     # work at n and 4n per unit

Each file is built at --size bytes (the attack files of benchmarks/fuzz_attacks.py, scaled), written
to disk and checked in a fresh process as `lisible check FILE --grammar off` does; without --budget
the per-file time budget is off, so the figure is what a full check costs. The anchor checkout needs
its own virtual environment (ANCHOR/.venv) whose editable install points at it.

--units prints, for short repeated units in one block, the analysis time at n and 4n characters:
a linear path takes about 4 times as long, a quadratic one 16 times. Figures are printed, never
asserted (tests/security/test_security_linear.py counts the work instead).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()

# The honest-but-huge files of benchmarks/fuzz_attacks.py, and a few more shapes of one long block.
ATTACKS = ("txt-one-line", "txt-sentences", "txt-initials", "md-long-paragraph", "md-brackets",
           "md-emphasis", "html-table", "html-spans-lang", "html-fr-titles")
EXTRA = {
    "txt-initials": ("a.txt", lambda size: b"A. " * (size // 3)),
    "html-fr-titles": ("a.html", lambda size: b'<html lang="fr"><p>' + "«a» ".encode() * (size // 6)),
}
UNITS = {"en": ["a", "1", "A. ", "word ", "The council met. ", "a.", "a-"],
         "fr": ["a", "«a» ", "a.", "Le conseil. ", "M. ", "a'"],
         "de": ["a", "z. B. ", "Straße ", "Nr. 5 "]}


def build(name: str, size: int) -> tuple[str, bytes]:
    if name in EXTRA:
        file_name, make = EXTRA[name]
        return file_name, make(size)
    import fuzz_attacks
    fuzz_attacks.FIVE = size
    file_name, make = fuzz_attacks.ATTACKS[name]
    return file_name, make()


def run_one(name: str, size: int, budget: bool) -> dict:
    """In this (fresh) process: check one file as `lisible check FILE --grammar off` does."""
    from fuzz import peak_mb, reset_peak
    from checker import engine, limits, sources
    from checker.config import Settings
    file_name, data = build(name, size)
    folder = tempfile.mkdtemp(prefix="lisible-long-")
    path = Path(folder) / file_name
    path.write_bytes(data)
    run = Settings(grammar="off", cache=False, jobs=1,
                   max_bytes=max(5_000_000, len(data)),
                   **({} if budget else {"time_budget": 0}))
    engine.load_analyzers()
    reset_peak()
    started = time.monotonic()
    result = engine.check_loaded([(str(path), lambda: sources.load_path(path, run.max_bytes))], run)
    seconds = time.monotonic() - started
    doc = result.documents[0]
    path.unlink()
    return {"name": name, "bytes": len(data), "seconds": round(seconds, 1),
            "budget": limits.budget_for(limits.FILE_TIME_BUDGET, len(data)) if budget else None,
            "peak_mb": round(peak_mb()), "blocks": len(doc.document.blocks),
            "findings": len(doc.findings),
            "input": sorted({f.rule for f in doc.findings if f.category == "input"})}


def units(n: int) -> None:
    from checker import engine, sources
    from checker.config import Settings
    engine.load_analyzers()
    print(f"{'lang':<5}{'unit':<22}{'n s':>8}{'4n s':>8}{'ratio':>7}")
    for lang, shapes in UNITS.items():
        settings = Settings(grammar="off", cache=False, jobs=1, time_budget=0, language=lang)
        for unit in shapes:
            times = []
            for size in (n, 4 * n):
                doc = sources.load_bytes((unit * (size // len(unit))).encode(), "a.txt")
                started = time.perf_counter()
                engine.analyze(doc, settings)
                times.append(time.perf_counter() - started)
            print(f"{lang:<5}{unit!r:<22}{times[0]:>8.2f}{times[1]:>8.2f}"
                  f"{times[1] / max(times[0], 1e-9):>7.1f}", flush=True)


def child(root: Path, name: str, size: int, budget: bool, timeout: float) -> dict | str:
    python = root / ".venv" / "bin" / "python"
    try:
        done = subprocess.run([str(python), str(HERE), "--one", name, "--root", str(root),
                               "--size", str(size)] + (["--budget"] if budget else []),
                              capture_output=True, text=True, timeout=timeout, cwd=root)
    except subprocess.TimeoutExpired:
        return f"> {timeout:.0f} s"
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return "crashed: " + done.stderr.strip()[-200:]


def cell(row) -> str:
    if isinstance(row, str):
        return f"{row:>26}"
    return f"{row['seconds']:>8} {row['peak_mb']:>6} {row['findings']:>9}  "


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--attacks", help=f"comma-separated (default: {','.join(ATTACKS)})")
    parser.add_argument("--budget", action="store_true", help="keep the per-file time budget on")
    parser.add_argument("--anchor", type=Path, help="another checkout to measure side by side")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a run is given up")
    parser.add_argument("--units", type=int, help="time the analysis at n and 4n per unit instead")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, default=HERE.parent.parent, help=argparse.SUPPRESS)
    args = parser.parse_args()
    root = args.root.resolve()
    sys.path[:0] = [str(root), str(root / "benchmarks"), str(HERE.parent)]
    if args.one:
        print(json.dumps(run_one(args.one, args.size, args.budget)))
        return 0
    if args.units:
        units(args.units)
        return 0
    names = args.attacks.split(",") if args.attacks else list(ATTACKS)
    roots = [("this", root)] + ([("anchor", args.anchor.resolve())] if args.anchor else [])
    print(f"{args.size:,} bytes a file, grammar off, time budget {'on' if args.budget else 'off'}; "
          "seconds, peak RSS MB, findings")
    print(f"{'file':<18}" + "".join(f"{label + ' ' + str(r)[-24:]:>28}" for label, r in roots))
    for name in names:
        rows = [child(r, name, args.size, args.budget, args.timeout) for _, r in roots]
        inputs = {", ".join(row["input"]) for row in rows if isinstance(row, dict) and row["input"]}
        print(f"{name:<18}" + "".join(f"{cell(row):>28}" for row in rows)
              + (f"  input: {' | '.join(sorted(inputs))}" if inputs else ""), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

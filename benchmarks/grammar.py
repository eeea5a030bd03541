"""Words per second of lisible's grammar check against direct language-tool-python calls, cold and
warm cache, on the same texts and the same LanguageTool server.

    python benchmarks/grammar.py [--per-language 4] [--url http://127.0.0.1:8081]

Texts: the real press releases in ../shared/corpora/releases (.txt, first N per language), else the
test releases in tests/grammar/data. Server: --url, else LISIBLE_LANGUAGETOOL_URL, else one started
from the local install for the run. Each engine sees the server after a warm-up check per language,
so the JVM's first-use cost is not charged to either. Prints a table; asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from checker.config import DEFAULT_MAX_BYTES, Settings  # noqa: E402
from checker.grammar import open_session  # noqa: E402
from checker.grammar.install import find_install  # noqa: E402
from checker.grammar.matches import lt_language  # noqa: E402
from checker.grammar.server import LocalServer  # noqa: E402
from checker.sources import load_path  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "releases"
LANGUAGES = {"en": "en-US", "fr": "fr-CH", "de": "de-CH", "it": "it", "es": "es"}


def texts(per_language: int) -> list[tuple[Path, str]]:
    found = []
    for lang, tag in LANGUAGES.items():
        folder = CORPUS / lang
        files = sorted(folder.glob("*.txt"))[:per_language] if folder.is_dir() else []
        if not files:
            files = [REPO / "tests" / "grammar" / "data" / "clean" / f"{lang}.md"]
        found += [(path, tag) for path in files]
    return found


def run_lisible(docs, url: str, cache_path: Path) -> tuple[float, int]:
    settings = Settings(grammar="required", languagetool={"url": url}, cache=True)
    start = time.perf_counter()
    count = 0
    with open_session(settings, cache_path=cache_path) as session:
        for doc, tag in docs:
            findings, _ = session.check(doc, tag)
            count += len(findings)
    return time.perf_counter() - start, count


def run_direct(docs, url: str) -> tuple[float, int]:
    import language_tool_python
    tools = {}
    start = time.perf_counter()
    count = 0
    for doc, tag in docs:
        code = lt_language(tag, {})
        if code not in tools:
            tools[code] = language_tool_python.LanguageTool(code, remote_server=url)
        count += len(tools[code].check("\n\n".join(b.text for b in doc.blocks)))
    for tool in tools.values():
        tool.close()
    return time.perf_counter() - start, count


def warm_up(url: str) -> None:
    import urllib.parse
    import urllib.request
    for tag in LANGUAGES.values():
        data = urllib.parse.urlencode({"language": lt_language(tag, {}), "text": "Warm up."}).encode()
        urllib.request.urlopen(f"{url}/v2/check", data, timeout=120).read()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, default=4)
    parser.add_argument("--url", default=os.environ.get("LISIBLE_LANGUAGETOOL_URL"))
    args = parser.parse_args()
    server = None
    url = args.url
    if not url:
        install = find_install()
        if install is None:
            print("No LanguageTool: run `lisible languagetool install` or pass --url.", file=sys.stderr)
            return 3
        server = LocalServer(install, heap="1g")
        started = time.perf_counter()
        url = server.start()
        print(f"started LanguageTool from {install.path} in {time.perf_counter() - started:.1f} s")
    try:
        docs = [(load_path(path, DEFAULT_MAX_BYTES), tag) for path, tag in texts(args.per_language)]
        words = sum(len(b.text.split()) for doc, _ in docs for b in doc.blocks)
        print(f"{len(docs)} documents, {words} words, server {url}")
        warm_up(url)
        with tempfile.TemporaryDirectory() as tmp:
            cache = Path(tmp) / "bench.sqlite"
            # Direct calls run before and after lisible's cold run, so neither side is favoured by
            # the server warming up (or by a result cache on the server's side).
            rows = [("language-tool-python, direct (1)", *run_direct(docs, url)),
                    ("lisible, cold cache", *run_lisible(docs, url, cache)),
                    ("lisible, warm cache", *run_lisible(docs, url, cache)),
                    ("language-tool-python, direct (2)", *run_direct(docs, url))]
        print(f"{'engine':32} {'seconds':>8} {'words/s':>10} {'matches':>8}")
        for name, seconds, count in rows:
            print(f"{name:32} {seconds:8.2f} {words / seconds:10.0f} {count:8d}")
        print("(lisible drops matches in alt texts/titles that are not spelling, and vocabulary words)")
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Grammar speed, side by side in one run: LanguageTool's default configuration, lisible's tuned
server (checker/grammar/tuning.py), lisible's grammar session on its tuned server with a cold and
a warm findings cache, on the same texts.

    python benchmarks/grammar_server.py [--per-language 2] [--ports 8100,8101,8102]

Three servers are started from the local install on the given loopback ports: D (no properties
file: LanguageTool's defaults), T1 and T2 (lisible's properties file). T1 and T2 are the same; two
are needed because the tuned server keeps a sentence cache, so the texts one measurement sends must
be new to the server it measures. Each server is warmed first with other texts in each language
(the JVM's first use of a language is not charged to anyone). The texts are the chunks lisible
itself sends (same blocks, same disabled rules), sent with the same number of requests at once.
Texts: the first N .txt releases per language of ../shared/corpora/releases. Prints a table and the
ratios of issue 14; asserts nothing.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from checker.config import DEFAULT_MAX_BYTES, Settings  # noqa: E402
from checker.grammar import open_session  # noqa: E402
from checker.grammar.chunks import build_chunks  # noqa: E402
from checker.grammar.install import find_install  # noqa: E402
from checker.grammar.matches import lt_language  # noqa: E402
from checker.grammar.server import LocalServer  # noqa: E402
from checker.grammar.tuning import check_threads  # noqa: E402
from checker.sources import load_path  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "releases"
LANGUAGES = {"en": "en-US", "fr": "fr-CH", "de": "de-CH", "it": "it-IT", "es": "es"}
WARM_UP = {"en": "The council met on Monday. It agreed the plan.",
           "fr": "Le conseil s'est réuni lundi. Il a adopté le plan.",
           "de": "Der Rat tagte am Montag. Er hat den Plan angenommen.",
           "it": "Il consiglio si è riunito lunedì. Ha approvato il piano.",
           "es": "El consejo se reunió el lunes. Aprobó el plan."}


def documents(per_language: int):
    docs = []
    for lang, tag in LANGUAGES.items():
        for path in sorted((CORPUS / lang).glob("*.txt"))[-per_language:]:
            docs.append((load_path(path, DEFAULT_MAX_BYTES), tag))
    return docs


def requests_for(docs, session) -> list[tuple[str, str, list[str]]]:
    """(text, language, disabled rules) of every request lisible sends for these documents."""
    out = []
    for doc, tag in docs:
        code = session._resolve(tag)
        pairs = [(b, code) for b in doc.blocks if not b.hidden and b.text.strip()]
        for chunk in build_chunks(pairs):
            out.append((chunk.text, chunk.language, session.rules_for(chunk.language)["disabled"]))
    return out


def post(url: str, text: str, language: str, disabled: list[str]) -> int:
    params = {"language": language, "text": text}
    if disabled:
        params["disabledRules"] = ",".join(disabled)
    data = urllib.parse.urlencode(params).encode()
    try:
        with urllib.request.urlopen(f"{url}/v2/check", data, timeout=600) as answer:
            return len(answer.read())
    except urllib.error.HTTPError as exc:
        raise SystemExit(f"{url} answered {exc.code} for {language}: {exc.read()[:300]!r}") from None


def raw(url: str, requests, workers: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda r: post(url, *r), requests))
    return time.perf_counter() - start


def lisible_session(url: str, cache: Path):
    settings = Settings(grammar="required", languagetool={"url": url, "workers": check_threads()},
                        cache=True)
    return open_session(settings, cache_path=cache)


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, default=2)
    parser.add_argument("--ports", default="8100,8101,8102")
    args = parser.parse_args()
    install = find_install()
    if install is None or not CORPUS.is_dir():
        print("needs a LanguageTool install and ../shared/corpora/releases", file=sys.stderr)
        return 3
    ports = [int(p) for p in args.ports.split(",")]
    servers = {"D": LocalServer(install, port=ports[0], tuned=False),
               "T1": LocalServer(install, port=ports[1]), "T2": LocalServer(install, port=ports[2])}
    try:
        for name, server in servers.items():
            began = time.perf_counter()
            server.start()
            print(f"server {name} on {server.url} ready in {time.perf_counter() - began:.1f} s")
        docs = documents(args.per_language)
        settings = Settings(grammar="required", languagetool={"url": servers["T1"].url}, cache=False)
        with open_session(settings) as session:
            reqs = requests_for(docs, session)
            # "Server warm": each server has checked other texts in each language with the same
            # rule settings as the measured requests, so no first-use cost is charged to anyone.
            warm = {(language, tuple(disabled)) for _, language, disabled in reqs}
        for server in servers.values():
            for language, disabled in sorted(warm):
                post(server.url, WARM_UP[language.split("-")[0]], language, list(disabled))
        words = sum(len(text.split()) for text, _, _ in reqs)
        threads = check_threads()
        print(f"{len(docs)} documents, {len(reqs)} requests, {words:,} words, {threads} at once")
        with tempfile.TemporaryDirectory() as tmp:
            cache = Path(tmp) / "cache.sqlite"
            # Interleaved per document, so a change in the machine's load hits every column alike.
            totals = {"D0": 0.0, "D": 0.0, "T1": 0.0, "cold": 0.0}
            with lisible_session(servers["T2"].url, cache) as session:
                for doc, tag in docs:
                    mine = requests_for([(doc, tag)], session)
                    # D0: the texts alone, as a user of a stock server sends them; D: with the
                    # rules lisible disables. D0 comes first, so D meets no cold rule of its own.
                    totals["D0"] += raw(servers["D"].url, [(t, lang, []) for t, lang, _ in mine],
                                        threads)
                    totals["D"] += raw(servers["D"].url, mine, threads)
                    totals["T1"] += raw(servers["T1"].url, mine, threads)
                    totals["cold"] += timed(lambda: session.check(doc, tag))
            with lisible_session(servers["T2"].url, cache) as session:
                warm_seconds = timed(lambda: [session.check(d, t)
                                              for d, t in docs])
            rows = [("LanguageTool, default configuration, texts only (D0)", totals["D0"]),
                    ("LanguageTool, default configuration (D)", totals["D"]),
                    ("LanguageTool, lisible's properties (T1)", totals["T1"]),
                    ("lisible, cold findings cache (T2)", totals["cold"]),
                    ("lisible, warm findings cache (T2)", warm_seconds)]
        print(f"{'':52} {'seconds':>8} {'words/s':>10}")
        for name, seconds in rows:
            print(f"{name:52} {seconds:8.2f} {words / seconds:10,.0f}")
        plain, default, tuned, cold, warm = (r[1] for r in rows)
        print(f"lisible cold vs LanguageTool default, texts only: {plain / cold:.1f}x faster "
              "(goal >= 5x)")
        print(f"lisible cold vs LanguageTool default, lisible's rule settings: "
              f"{default / cold:.1f}x faster")
        print(f"lisible cold overhead over its tuned server: {100 * (cold / tuned - 1):+.1f}% "
              "(goal <= 10%)")
        print(f"warm findings cache vs cold: {cold / warm:.0f}x faster (goal >= 50x)")
    finally:
        for server in servers.values():
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

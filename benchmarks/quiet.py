"""How quiet the rule packs are on good text: warnings + errors per 1,000 words.

1. The well-edited releases written for this project (tests/rules/clean/<lang>), per language.
2. The real Swiss federal releases of ../shared/corpora/releases (when present, as HTML: their .txt
   versions join paragraphs with single line breaks, which a plain-text reader merges), checked once with
   their true region (fr-CH, de-CH, it-CH, en-GB) and once as if the region were unknown (the
   language's default region): the gap is what a checker that ignores regional conventions reports.

3. With --releases: every .txt of the releases in one run, language detected, grammar included,
   per language and category (benchmarks/quiet_releases.py; needs LISIBLE_LANGUAGETOOL_URL).

Run: python benchmarks/quiet.py
     LISIBLE_LANGUAGETOOL_URL=http://127.0.0.1:8081 python benchmarks/quiet.py --releases [--dump FILE] [--corpus DIR]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "rules"), str(ROOT / "benchmarks")]

from rules_quiet import CLEAN_TAGS, measure_clean, measure_files  # noqa: E402

RELEASES = ROOT.parent / "shared" / "corpora" / "releases"
if "--corpus" in sys.argv:      # a checkout elsewhere (a worktree): where the releases are
    RELEASES = Path(sys.argv[sys.argv.index("--corpus") + 1])
SWISS_TAGS = {"fr": "fr-CH", "de": "de-CH", "it": "it-CH", "en": "en-GB"}


def _row(label: str, result, seconds: float) -> str:
    top = ", ".join(f"{r} {n}" for r, n in sorted(result.by_rule.items(), key=lambda kv: -kv[1])[:3])
    return (f"{label:<22} {result.words:>7} {result.loud:>6} {result.per_thousand:>8.2f} "
            f"{result.info:>6} {seconds:>7.2f}s  {top}")


def main() -> None:
    if "--releases" in sys.argv:
        from quiet_releases import print_releases
        dump = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None
        print_releases(RELEASES, Path(dump) if dump else None)
        return
    header = f"{'texts':<22} {'words':>7} {'w+e':>6} {'per 1k':>8} {'info':>6} {'time':>8}  most frequent"
    print("Well-edited releases written for lisible (tests/rules/clean)")
    print(header)
    for lang in sorted(CLEAN_TAGS):
        start = time.perf_counter()
        result = measure_clean(lang)
        print(_row(f"{lang} ({CLEAN_TAGS[lang]})", result, time.perf_counter() - start))
    if not RELEASES.is_dir():
        print(f"\n{RELEASES} not found: skipping the Swiss releases.")
        return
    print("\nSwiss federal releases (real texts), true region vs. region ignored")
    print(header)
    for lang, tag in SWISS_TAGS.items():
        files = sorted((RELEASES / lang).glob("ch-*.html"))
        for label_tag in (tag, lang):
            start = time.perf_counter()
            result = measure_files(files, label_tag)
            print(_row(f"{lang} as {label_tag}", result, time.perf_counter() - start))
    # The Spanish government releases were flattened to one paragraph each by their scraper, so
    # common.long-paragraph fires once a file whatever the writing: it is left out here.
    files = sorted((RELEASES / "es").glob("*.txt"))
    start = time.perf_counter()
    result = measure_files(files, "es-ES", skip=("common.long-paragraph",))
    print("\nSpanish government releases (real texts, one paragraph each; long-paragraph left out)")
    print(_row("es as es-ES", result, time.perf_counter() - start))


if __name__ == "__main__":
    main()

"""Speed of the HTML loader and the accessibility analyzer on large and deeply nested pages, and
the findings on the real press releases in ../shared/corpora/releases (no false positives expected
on the language checks). Prints figures; asserts nothing.

    python benchmarks/a11y.py
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.rules.a11y import check_page  # noqa: E402
from checker.sources.html import load  # noqa: E402

RELEASES = ROOT.parent / "shared" / "corpora" / "releases"


def big_page(target_bytes: int) -> str:
    """A page of realistic rows: paragraphs with links, entities, images, a script and a table."""
    row = ('<div class="item"><h3>Séance du conseil</h3><p>Le conseil a adopté le '
           '<a href="/budget">budget</a> &amp; les comptes&nbsp;2025.</p>'
           '<img src="/img/photo.jpg" alt="La salle du conseil"><script>var x = "<p>";</script>'
           '<table><tr><td>Coût</td><td>12 millions</td></tr></table></div>\n')
    head = "<!DOCTYPE html><html lang='fr'><head><title>Grande page</title></head><body><h1>Page</h1>\n"
    return head + row * (target_bytes // len(row.encode("utf-8"))) + "</body></html>\n"


def timed(label: str, html: str) -> None:
    start = time.perf_counter()
    doc = load(html, "bench.html")
    loaded = time.perf_counter()
    findings = check_page(doc)
    done = time.perf_counter()
    print(f"{label}: {len(html.encode('utf-8')) / 1e6:.1f} MB, {len(doc.blocks)} blocks, "
          f"load {loaded - start:.2f} s, accessibility {done - loaded:.2f} s, "
          f"{len(findings)} findings")


def releases() -> None:
    pages = sorted(RELEASES.glob("*/*.html"))
    if not pages:
        print(f"releases corpus not found at {RELEASES}")
        return
    counts: Counter = Counter()
    start = time.perf_counter()
    for path in pages:
        for finding in check_page(load(path.read_text(encoding="utf-8"), str(path))):
            counts[finding.rule] += 1
    elapsed = time.perf_counter() - start
    print(f"real releases: {len(pages)} pages in {elapsed:.1f} s; findings by rule: "
          f"{dict(sorted(counts.items())) or 'none'}")



def swapped_languages() -> None:
    """Each real release with its <html lang> replaced by another first-class language: how often
    is the page language mismatch found (definite or for review)?"""
    pages = sorted(RELEASES.glob("*/*.html"))
    if not pages:
        return
    others = {"de": "fr", "fr": "de", "it": "en", "en": "it", "es": "en"}
    definite = review = total = 0
    for path in pages:
        lang = path.parent.name
        html = path.read_text(encoding="utf-8").replace(f'<html lang="{lang}"', f'<html lang="{others[lang]}"', 1)
        rules = [(f.rule, f.needs_review) for f in check_page(load(html, str(path)))]
        total += 1
        definite += ("a11y.page-lang-mismatch", False) in rules
        review += ("a11y.page-lang-mismatch", True) in rules
    print(f"releases declared in a wrong language: {total} pages, mismatch found on {definite} "
          f"({100 * definite / total:.1f}%), for review on {review}")



def foreign_paragraphs() -> None:
    """A paragraph of one release inserted, without lang, into a release in another language: how
    often is it reported (a11y.paragraph-lang-undeclared)?"""
    pages = sorted(RELEASES.glob("*/*.html"))
    if not pages:
        return
    paragraphs = {}
    for path in pages:
        doc = load(path.read_text(encoding="utf-8"), str(path))
        long = [b.text for b in doc.blocks if b.kind == "paragraph" and 12 <= len(b.text.split()) <= 60]
        if long:
            paragraphs.setdefault(path.parent.name, long[0].replace("<", " "))
    found = total = 0
    for path in pages:
        for lang, paragraph in sorted(paragraphs.items()):
            if lang == path.parent.name:
                continue
            html = path.read_text(encoding="utf-8").replace("</body>", f"<p>{paragraph}</p>\n</body>", 1)
            total += 1
            # The unmodified pages have no such finding (see releases()), so any is this one.
            found += any(f.rule == "a11y.paragraph-lang-undeclared"
                         for f in check_page(load(html, str(path))))
    print(f"foreign paragraphs without lang: {total} insertions, found {found} "
          f"({100 * found / max(total, 1):.1f}%)")

if __name__ == "__main__":
    timed("large page", big_page(5_000_000))
    depth = 50_000
    timed(f"nesting depth {depth}", "<html lang='en'><title>T</title>" + "<div>" * depth
          + "<p>Deep text.</p>" + "</div>" * depth)
    releases()
    swapped_languages()
    foreign_paragraphs()

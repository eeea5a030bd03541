"""Alarms per 1,000 words on the real releases, as a new user meets them: every .txt of
../shared/corpora/releases in one run, language detected (no --lang), default settings, grammar
through LanguageTool. Printed per language folder and category (issue 12's table).

Run: LISIBLE_LANGUAGETOOL_URL=http://127.0.0.1:8081 python benchmarks/quiet.py --releases
     (add --dump FILE to write, per document, a line with its words and one per finding, info
     included, with its name evidence, as JSON lines, for reading by hand; benchmarks/precision.py
     --dump FILE reads it and counts the warnings and errors)
"""
from __future__ import annotations

import json
import os
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from collections import Counter, defaultdict
from pathlib import Path

from checker.config import Settings
from checker.engine import check_paths
from checker.grammar.matches import category_of, lt_language

LANGUAGES = ("de", "fr", "it", "en", "es")
CATEGORIES = ("spelling", "grammar", "typography", "style", "readability", "accessibility", "input")


def measure_releases(folder: Path, url: str | None, dump: Path | None = None):
    """(words per language, Counter of (language, category) -> warnings+errors, seconds, grammar
    statuses) for one run over every .txt file below `folder`."""
    files = sorted(str(p) for lang in LANGUAGES for p in (folder / lang).glob("*.txt"))
    languagetool = {"url": url, "timeout": 600} if url else {}
    settings = Settings(grammar="auto" if url else "off", languagetool=languagetool,
                        include=("*.txt",))
    start = time.perf_counter()
    result = check_paths(files, settings)
    seconds = time.perf_counter() - start
    words: Counter = Counter()
    loud: Counter = Counter()
    statuses: Counter = Counter()
    out = dump.open("w", encoding="utf-8") if dump else None
    for d in result.documents:
        lang = Path(d.document.path).parent.name
        words[lang] += d.stats.words
        statuses[d.engines.get("grammar", "").split(";")[0][:60]] += 1
        if out:         # one line per document first: its words, for the rates of precision.py
            out.write(json.dumps({"document": d.document.path, "language": d.document.language,
                                  "words": d.stats.words}, ensure_ascii=False) + "\n")
        for f in d.findings:
            if f.severity in ("warning", "error"):
                loud[lang, f.category] += 1
            if out:         # every finding: precision.py counts warnings and errors only
                out.write(json.dumps({"path": d.document.path, "language": d.document.language,
                                      "rule": f.rule, "category": f.category,
                                      "severity": f.severity, "text": f.text,
                                      "line": f.span.line, "column": f.span.column,
                                      "end_line": f.span.end_line, "end_column": f.span.end_column,
                                      "source": f.source, "message": f.message,
                                      "needs_review": f.needs_review,
                                      "evidence": list(f.extra.get("name_evidence", ())),
                                      "languagetool_category": f.extra.get("languagetool_category"),
                                      "suggestions": list(f.suggestions[:3])},
                                     ensure_ascii=False) + "\n")
    if out:
        out.close()
    return words, loud, seconds, statuses, result.documents


def languagetool_alone(documents, url: str) -> Counter:
    """LanguageTool alone on the same documents: each release's text, unchanged, to the raw
    /v2/check with default rules, in the language lisible detected at LanguageTool's default
    variant for it (de-DE, en-US, fr, it, es: what a user of LanguageTool alone gets). Every match
    counts (LanguageTool has no severities); Counter of (language folder, lisible category)."""
    def check(d):
        lang = Path(d.document.path).parent.name
        code = lt_language(d.document.language.split("-")[0], {})
        text = Path(d.document.path).read_text(encoding="utf-8-sig")
        data = urllib.parse.urlencode({"language": code, "text": text}).encode()
        with urllib.request.urlopen(f"{url.rstrip('/')}/v2/check", data=data, timeout=600) as answer:
            return lang, [category_of(m) for m in json.load(answer)["matches"]]

    counts: Counter = Counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        for lang, categories in pool.map(check, documents):
            for category in categories:
                counts[lang, category] += 1
    return counts


def print_releases(folder: Path, dump: Path | None = None) -> None:
    url = os.environ.get("LISIBLE_LANGUAGETOOL_URL")
    words, loud, seconds, statuses, documents = measure_releases(folder, url, dump)
    alone = languagetool_alone(documents, url) if url else None
    langs = [lang for lang in LANGUAGES if words[lang]]
    print(f"Real releases, {folder} (.txt, language detected, default settings), "
          f"warnings+errors per 1,000 words; {seconds:.0f} s")
    print("grammar engine: " + "; ".join(f"{s} ({n})" for s, n in statuses.most_common()))
    print(f"{'':<22}" + "".join(f"{lang:>8}" for lang in langs) + f"{'all':>8}")

    def row(label, cats):
        cells = [1000 * sum(loud[lang, c] for c in cats) / words[lang] for lang in langs]
        total = 1000 * sum(loud[lang, c] for lang in langs for c in cats) / sum(words.values())
        print(f"{label:<22}" + "".join(f"{v:>8.1f}" for v in cells) + f"{total:>8.1f}")

    print(f"{'words':<22}" + "".join(f"{words[lang]:>8}" for lang in langs)
          + f"{sum(words.values()):>8}")
    row("all categories", CATEGORIES)
    row("grammar+spelling", ("grammar", "spelling"))
    for category in CATEGORIES:
        if any(loud[lang, category] for lang in langs):
            row(f"  {category}", (category,))
    if alone is not None:
        print("LanguageTool alone (raw /v2/check, default rules and variant), matches per 1,000 words")
        loud.clear()
        loud.update(alone)
        row("LT all matches", CATEGORIES)
        row("LT grammar+spelling", ("grammar", "spelling"))

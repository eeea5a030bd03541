"""What each signal of checker/grammar/names.py removes, and what it would wrongly hide.

1. On the spelling alarms LanguageTool raised on the real releases (a --dump of benchmarks/quiet.py
   --releases run on a commit before the names layer): how many carry each signal (alone or with
   others) and how many the layer takes out of warnings.
2. Planted misspellings of common words (two inner letters swapped in a word of 5+ letters whose
   lower-case form is used 3+ times in that language's releases), lower-case and capitalised,
   one at a time in its own place: how many the layer would take for a name, per signal.

Run: python benchmarks/names.py DUMP.jsonl [--corpus DIR]   (no LanguageTool needed)
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.grammar.names import SIGNALS, document_tokens, evidence  # noqa: E402
from checker.parity import find_groups  # noqa: E402
from checker.sources import load_path  # noqa: E402

CORPUS = Path(sys.argv[sys.argv.index("--corpus") + 1]) if "--corpus" in sys.argv \
    else ROOT.parent / "shared" / "corpora" / "releases"
WORD = re.compile(r"[^\W\d_]+")


def load_all():
    docs = {str(p): load_path(p, 50_000_000) for p in sorted(CORPUS.glob("*/*.txt"))}
    elsewhere = {}
    for group in find_groups(list(docs)):
        for path in group:
            elsewhere[path] = {m.group() for other in group if other != path
                               for b in docs[other].blocks for m in WORD.finditer(b.text)}
    return docs, elsewhere


def signals_at(doc, text, start, token, lang, counts, others) -> tuple[str, ...]:
    found = evidence(token, text, start, lang, counts)
    if token in others:
        found += ("other-version",)
    return found


def locate(doc, line: int, column: int):
    offset = doc.line_starts[line - 1] + column - 1
    for block in doc.blocks:
        if block.offsets and block.offsets[0] <= offset <= block.offsets[-1]:
            if offset in block.offsets:
                return block, block.offsets.index(offset)
    return None, None


def alarms(dump: Path, docs, elsewhere) -> None:
    per_signal, removed, total = Counter(), Counter(), Counter()
    counts_cache = {}
    for line in dump.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["category"] != "spelling":
            continue
        lang = Path(row["path"]).parent.name
        doc = docs.get(row["path"])
        if doc is None:
            continue
        block, start = locate(doc, row["line"], row["column"])
        if block is None:
            continue
        counts = counts_cache.setdefault(row["path"], document_tokens(doc))
        found = signals_at(doc, block.text, start, row["text"], lang, counts,
                           elsewhere.get(row["path"], set()))
        total[lang] += 1
        removed[lang] += bool(found)
        for s in found:
            per_signal[lang, s] += 1
            if len(found) == 1:
                per_signal[lang, s + " (alone)"] += 1
    langs = sorted(total)
    print("1. Spelling alarms on the releases before the layer, and the signals they carry")
    print(f"{'':<34}" + "".join(f"{lang:>7}" for lang in langs))
    print(f"{'spelling alarms (warnings)':<34}" + "".join(f"{total[lang]:>7}" for lang in langs))
    for s in SIGNALS:
        for label in (s, s + " (alone)"):
            print(f"{'  ' + label:<34}" + "".join(f"{per_signal[lang, label]:>7}" for lang in langs))
    print(f"{'taken out of warnings':<34}" + "".join(f"{removed[lang]:>7}" for lang in langs))


def planted(docs, elsewhere, per_doc: int = 6, seed: int = 12) -> None:
    rng = random.Random(seed)
    lower_uses = defaultdict(Counter)
    for path, doc in docs.items():
        lang = Path(path).parent.name
        for b in doc.blocks:
            lower_uses[lang].update(m.group() for m in WORD.finditer(b.text) if m.group().islower())
    hidden, tried, spelled = Counter(), Counter(), Counter()
    by_signal = Counter()
    for path, doc in docs.items():
        lang = Path(path).parent.name
        places = [(b, m) for b in doc.blocks for m in WORD.finditer(b.text)
                  if len(m.group()) >= 5 and lower_uses[lang][m.group().lower()] >= 3]
        for block, m in rng.sample(places, min(per_doc, len(places))):
            word = m.group()
            i = rng.randrange(1, len(word) - 2)
            typo = word[:i] + word[i + 1] + word[i] + word[i + 2:]
            if typo == word:
                continue
            text = block.text[:m.start()] + typo + block.text[m.end():]
            counts = document_tokens(doc)
            counts[typo] += 1
            kind = "capitalised" if word[0].isupper() else "lower-case"
            found = signals_at(doc, text, m.start(), typo, lang, counts, elsewhere.get(path, set()))
            tried[lang, kind] += 1
            if counts[word] > 1:     # LanguageTool suggests the word; the text writes it elsewhere
                spelled[lang, kind] += bool(found)
                found = ()
            hidden[lang, kind] += bool(found)
            for s in found:
                by_signal[lang, s] += 1
    langs = sorted({lang for lang, _ in tried})
    print("\n2. Planted misspellings of common words taken for names (would become info)")
    print(f"{'':<34}" + "".join(f"{lang:>11}" for lang in langs))
    for kind in ("lower-case", "capitalised"):
        print(f"{kind:<34}" + "".join(f"{hidden[lang, kind]:>4}/{tried[lang, kind]:<6}" for lang in langs))
    for s in SIGNALS:
        print(f"{'  by ' + s:<34}" + "".join(f"{by_signal[lang, s]:>11}" for lang in langs))
    print("kept as warnings because the text spells the suggested word elsewhere (assuming "
          "LanguageTool suggests the planted word's original)")
    for kind in ("lower-case", "capitalised"):
        print(f"{'  ' + kind:<34}" + "".join(f"{spelled[lang, kind]:>11}" for lang in langs))


def main() -> None:
    docs, elsewhere = load_all()
    if len(sys.argv) > 1 and sys.argv[1].endswith(".jsonl"):
        alarms(Path(sys.argv[1]), docs, elsewhere)
    planted(docs, elsewhere)


if __name__ == "__main__":
    main()

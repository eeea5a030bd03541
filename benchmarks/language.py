"""Language detection on real paragraphs: the releases corpus (de, fr, it, en, es).

Prints, per language, how many lines of 8+ words the detector gets right, how many it is confident
about (checker.language.is_confident) and the wrong answers. Run: python benchmarks/language.py
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from checker.language import LONG_WORDS, detect, is_confident, word_count  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "releases"


def main() -> int:
    index = CORPUS / "index.json"
    if not index.exists():
        print(f"corpus not found at {CORPUS}")
        return 1
    right, confident, total, wrong = Counter(), Counter(), Counter(), []
    for entry in json.loads(index.read_text(encoding="utf-8"))["documents"]:
        lang = entry["lang"]
        for line in (CORPUS / entry["txt"]).read_text(encoding="utf-8").splitlines():
            n_words = word_count(line)
            if n_words < LONG_WORDS:
                continue
            found, confidence = detect(line)
            total[lang] += 1
            right[lang] += found == lang
            confident[lang] += found == lang and is_confident(confidence, n_words)
            if found != lang:
                wrong.append((lang, found, confidence, line[:100]))
    for lang in sorted(total):
        print(f"{lang}: {right[lang]}/{total[lang]} right ({right[lang] / total[lang]:.2%}), "
              f"{confident[lang]} right and confident")
    all_right, all_total = sum(right.values()), sum(total.values())
    print(f"all: {all_right}/{all_total} = {all_right / all_total:.2%} on lines of {LONG_WORDS}+ words")
    for lang, found, confidence, text in wrong:
        print(f"  expected {lang}, got {found} ({confidence}): {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

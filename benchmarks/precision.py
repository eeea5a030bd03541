"""How many of lisible's warnings and errors on real press releases are true: precision from
findings labelled by hand, and alarms per 1,000 words, per language and category.

    LISIBLE_LANGUAGETOOL_URL=http://127.0.0.1:8081 python benchmarks/precision.py
        [--report saved.json | --dump quiet-dump.jsonl] [--save-report out.json] [--no-languagetool]
        [--draw N --seed S]   # list N unlabelled findings (stratified, fixed seed) to label
        [--unlabelled]        # list every unlabelled finding

Texts: the 200 real releases of ../shared/corpora/releases (.txt), checked as a new user would:
`lisible check releases --include '*.txt'`, language detected (no --lang), grammar by the
LanguageTool server of LISIBLE_LANGUAGETOOL_URL.

`--dump` reads the warnings and errors that `benchmarks/quiet.py --releases --dump FILE` wrote
(one line per document with its words, one per finding), so one run of the corpus gives both
tables.

Labels: benchmarks/data/precision-labels.jsonl, one finding a line, judged by hand by reading the
sentence in its release (`label` true: a careful editor of that language would change the text
there, or the rule's factual claim holds, e.g. a sentence really has that many words; false: the
text is right as it is), with a short `reason`. A label is keyed by what survives code changes:
the corpus path, the rule id, the flagged text and a context window of 20 characters either side,
whitespace collapsed (`key`). Flagged text over 40 characters is kept as its first 40 and a hash of
the whole, and no more of the corpus is stored (the Swiss releases are CC BY-NC-SA). A finding
whose exact key is not labelled takes the label of the one labelled finding with the same path,
rule and flagged text, if there is exactly one; otherwise it is "unlabelled" and listed with
--unlabelled / --draw, so it can be labelled later.

Precision of a language or category is estimated by strata (language x category): in each
stratum, the share of its labelled findings that are true, weighted by how many findings the
stratum has now. So a stratum labelled more densely than another does not dominate the figure.
Strata with findings but no label are shown as such and left out of the estimate.

The table of alarms per 1,000 words counts warnings and errors (info is advice); words are
lisible's own word counts. The row "LanguageTool alone" sends each release's text, unchanged, to
the raw /v2/check with default rules in the language lisible detected (lisible's variant codes:
de-DE, en-US, fr, it, es) and counts misspelling and grammar matches by the same mapping lisible
uses for LanguageTool's matches. Prints tables; asserts nothing.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from checker.grammar.matches import category_of, lt_language  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "releases"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpora/releases")
LABELS = REPO / "benchmarks" / "data" / "precision-labels.jsonl"
LANGUAGES = ("de", "fr", "it", "en", "es")
LOUD = ("warning", "error")
CONTEXT = 20
MAX_TEXT = 40


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def short_text(text: str) -> str:
    text = _norm(text)
    if len(text) <= MAX_TEXT:
        return text
    return text[:MAX_TEXT] + "…#" + hashlib.sha1(text.encode()).hexdigest()[:10]


class Source:
    """The lines of the corpus files, read once, for the context windows of the keys."""

    def __init__(self):
        self._lines: dict[str, list[str]] = {}

    def lines(self, rel: str) -> list[str]:
        if rel not in self._lines:
            self._lines[rel] = (CORPUS / rel).read_text(encoding="utf-8-sig").splitlines()
        return self._lines[rel]

    def context(self, rel: str, finding: dict, width: int = CONTEXT) -> tuple[str, str]:
        lines = self.lines(rel)
        line, column = finding["line"], finding["column"]
        end_line, end_column = finding.get("end_line", line), finding.get("end_column", column)
        if not (1 <= line <= len(lines)) or not (1 <= end_line <= len(lines)):
            return "", ""
        before = lines[line - 1][:column - 1]
        after = lines[end_line - 1][end_column:] if finding.get("text") else lines[line - 1][column - 1:]
        return _norm(before)[-width:], _norm(after)[:width]


def key_of(rel: str, finding: dict, source: Source) -> dict:
    before, after = source.context(rel, finding)
    return {"path": rel, "rule": finding["rule"], "text": short_text(finding.get("text", "")),
            "context": f"{before}[…]{after}"}


def relpath(path: str) -> str:
    p = Path(path).resolve()
    try:
        return p.relative_to(CORPUS.resolve()).as_posix()
    except ValueError:
        return path


# --- running lisible and LanguageTool --------------------------------------------------------

def run_lisible(url: str | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        command = [sys.executable, "-m", "checker", "check", str(CORPUS), "--include", "*.txt",
                   "--format", "json", "-o", str(out), "--fail-on", "never", "-q",
                   "--grammar", "required" if url else "off"]
        if url:
            command += ["--languagetool-url", url]
        done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
        if done.returncode not in (0, 1) or not out.exists():
            sys.exit(f"lisible failed (exit {done.returncode}): {done.stderr[-2000:]}")
        return json.loads(out.read_text(encoding="utf-8"))


def report_from_dump(path: Path) -> dict:
    """A report with what the tables need (path, language, words, warnings and errors) from the
    JSON lines of `quiet.py --releases --dump`."""
    documents: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "document" in row:
            documents[row["document"]] = {"path": row["document"], "language": row["language"],
                                          "stats": {"words": row["words"]}, "findings": []}
        else:
            documents[row["path"]]["findings"].append(row)
    return {"documents": list(documents.values())}


def lt_counts(report: dict, url: str) -> dict[str, int]:
    """Misspelling + grammar matches of LanguageTool alone per language (raw /v2/check)."""
    def check(document):
        lang = document["language"].split("-")[0]
        code = lt_language(lang, {})
        text = (CORPUS / relpath(document["path"])).read_text(encoding="utf-8-sig")
        data = urllib.parse.urlencode({"language": code, "text": text}).encode()
        with urllib.request.urlopen(f"{url.rstrip('/')}/v2/check", data=data, timeout=600) as answer:
            matches = json.load(answer)["matches"]
        return lang, sum(category_of(m) in ("grammar", "spelling") for m in matches)

    counts: Counter = Counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        for lang, n in pool.map(check, report["documents"]):
            counts[lang] += n
    return counts


# --- labels ----------------------------------------------------------------------------------

def load_labels() -> list[dict]:
    if not LABELS.exists():
        return []
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


class LabelIndex:
    """Matches findings to labels, each label to at most one finding: by exact key first, then,
    for a finding whose context moved, by path, rule and flagged text where exactly one label
    with those is still unused."""

    def __init__(self, labels: list[dict]):
        self.exact = {self._exact(lb): lb for lb in labels}
        self.loose = defaultdict(list)
        for lb in labels:
            self.loose[self._loose(lb)].append(lb)
        self.matched: dict[int, dict] = {}

    @staticmethod
    def _exact(key: dict) -> tuple:
        return key["path"], key["rule"], key["text"], key["context"]

    @staticmethod
    def _loose(key: dict) -> tuple:
        return key["path"], key["rule"], key["text"]

    def match(self, found: list[dict]) -> None:
        used: set[int] = set()
        for i, f in enumerate(found):
            label = self.exact.get(self._exact(f["key"]))
            if label is not None and id(label) not in used:
                self.matched[i] = label
                used.add(id(label))
        for i, f in enumerate(found):
            if i in self.matched:
                continue
            free = [lb for lb in self.loose.get(self._loose(f["key"]), []) if id(lb) not in used]
            if len(free) == 1:
                self.matched[i] = free[0]
                used.add(id(free[0]))

    def find(self, i: int) -> dict | None:
        return self.matched.get(i)


def loud_findings(report: dict, source: Source) -> list[dict]:
    """Every warning and error, with its language, key and (where labelled) label."""
    found = []
    for document in report["documents"]:
        rel = relpath(document["path"])
        lang = rel.split("/")[0]
        for finding in document["findings"]:
            if finding["severity"] in LOUD:
                found.append({"lang": lang, "category": finding["category"], "finding": finding,
                              "key": key_of(rel, finding, source)})
    return found


# --- tables ----------------------------------------------------------------------------------

def words_by_language(report: dict) -> Counter:
    words: Counter = Counter()
    for document in report["documents"]:
        words[relpath(document["path"]).split("/")[0]] += document["stats"]["words"]
    return words


def per_thousand(count: int, words: int) -> str:
    return f"{1000 * count / words:.1f}" if words else "-"


def density_table(found: list[dict], words: Counter, lt: dict | None) -> None:
    total_words = sum(words.values())
    head = "| | " + " | ".join(LANGUAGES) + " | all |"
    print(head)
    print("|---" * (len(LANGUAGES) + 2) + "|")

    def line(title, count):
        cells = [per_thousand(count(lang), words[lang]) for lang in LANGUAGES]
        cells.append(per_thousand(sum(count(lang) for lang in LANGUAGES), total_words))
        print(f"| {title} | " + " | ".join(cells) + " |")

    line("lisible, warnings+errors per 1,000 words (all categories)",
         lambda lang: sum(f["lang"] == lang for f in found))
    line("lisible, grammar+spelling only",
         lambda lang: sum(f["lang"] == lang and f["category"] in ("grammar", "spelling") for f in found))
    line("lisible's own rules (not LanguageTool), all categories",
         lambda lang: sum(f["lang"] == lang and f["finding"]["source"] != "languagetool" for f in found))
    if lt is not None:
        line("LanguageTool alone, grammar+spelling", lambda lang: lt.get(lang, 0))
    print(f"(words: " + ", ".join(f"{lang} {words[lang]:,}" for lang in LANGUAGES) + ")")


def precision_table(found: list[dict], index: LabelIndex) -> None:
    strata: dict[tuple, list] = defaultdict(lambda: [0, 0, 0])   # findings, labelled, true
    for i, f in enumerate(found):
        label = index.find(i)
        cell = strata[(f["lang"], f["category"])]
        cell[0] += 1
        if label is not None:
            cell[1] += 1
            cell[2] += bool(label["label"])

    def estimate(cells):
        covered = [c for c in cells if c[1]]
        weight = sum(c[0] for c in covered)
        if not weight:
            return "-"
        value = sum(c[0] * c[2] / c[1] for c in covered) / weight
        return f"{100 * value:.0f}%"

    categories = sorted({cat for _, cat in strata})
    print("Precision of warnings+errors, estimated by strata: share true "
          "(findings now / labelled / labelled true)")
    print("| | " + " | ".join(categories) + " | all |")
    print("|---" * (len(categories) + 2) + "|")
    for lang in LANGUAGES + ("all",):
        cells_row = []
        for cat in categories + ["all"]:
            cells = [c for (lg, ct), c in strata.items()
                     if (lang == "all" or lg == lang) and (cat == "all" or ct == cat)]
            n, labelled, true = (sum(c[i] for c in cells) for i in range(3))
            cells_row.append(f"{estimate(cells)} ({n}/{labelled}/{true})" if n else "")
        print(f"| {lang} | " + " | ".join(cells_row) + " |")
    missing = [(k, c[0]) for k, c in strata.items() if c[0] and not c[1]]
    if missing:
        print("Strata with findings but no label: "
              + ", ".join(f"{lg}/{ct} ({n})" for (lg, ct), n in sorted(missing)))


# --- listing what to label -------------------------------------------------------------------

def describe(f: dict, source: Source) -> str:
    finding, key = f["finding"], f["key"]
    before, after = source.context(key["path"], finding, width=90)
    return (f"{key['path']}:{finding['line']}:{finding['column']} {finding['rule']} "
            f"[{f['category']}/{finding['severity']}] {finding['message'][:120]}\n"
            f"    …{before}⟦{_norm(finding.get('text', ''))[:200]}⟧{after}…\n"
            f"    KEY {json.dumps(key, ensure_ascii=False)}")


def stratified_draw(found: list[dict], size: int, seed: int) -> list[dict]:
    """At most `size` findings, every (language, category) stratum represented: each stratum gets
    an equal share (all of it when smaller), the rest is shared out in proportion to size."""
    strata: dict[tuple, list] = defaultdict(list)
    for f in found:
        strata[(f["lang"], f["category"])].append(f)
    rng = random.Random(seed)
    for members in strata.values():
        rng.shuffle(members)
    take = {k: 0 for k in strata}
    remaining = size
    while remaining > 0 and any(take[k] < len(v) for k, v in strata.items()):
        open_strata = [k for k, v in strata.items() if take[k] < len(v)]
        share = max(1, remaining // len(open_strata))
        for k in sorted(open_strata):
            extra = min(share, len(strata[k]) - take[k], remaining)
            take[k] += extra
            remaining -= extra
    return [f for k in sorted(strata) for f in strata[k][:take[k]]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=os.environ.get("LISIBLE_LANGUAGETOOL_URL"))
    parser.add_argument("--report", help="a saved `lisible check --format json` of the corpus")
    parser.add_argument("--dump", help="the JSON lines of `quiet.py --releases --dump` instead of a run")
    parser.add_argument("--save-report", help="write lisible's report here")
    parser.add_argument("--no-languagetool", action="store_true", help="skip the LanguageTool-alone row")
    parser.add_argument("--unlabelled", action="store_true", help="list every unlabelled finding")
    parser.add_argument("--draw", type=int, default=0, help="list a stratified draw of N unlabelled findings")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"{CORPUS} not found: the releases live there.")
    if args.report:
        report = json.loads(Path(args.report).read_text(encoding="utf-8"))
    elif args.dump:
        report = report_from_dump(Path(args.dump))
    else:
        if not args.url:
            print("No LISIBLE_LANGUAGETOOL_URL: grammar is off in this run.", file=sys.stderr)
        report = run_lisible(args.url)
    if args.save_report:
        Path(args.save_report).write_text(json.dumps(report), encoding="utf-8")
    source = Source()
    found = loud_findings(report, source)
    index = LabelIndex(load_labels())
    index.match(found)
    unlabelled = [f for i, f in enumerate(found) if index.find(i) is None]
    if args.draw or args.unlabelled:
        chosen = stratified_draw(unlabelled, args.draw, args.seed) if args.draw else unlabelled
        for f in chosen:
            print(describe(f, source))
        return
    lt = None if args.no_languagetool or not args.url else lt_counts(report, args.url)
    print(f"{len(report['documents'])} releases, {len(found)} warnings+errors, "
          f"{len(found) - len(unlabelled)} of them labelled, {len(unlabelled)} unlabelled\n")
    density_table(found, words_by_language(report), lt)
    print()
    precision_table(found, index)


if __name__ == "__main__":
    main()

"""Save, then compare, the JSON output of a fixed set of `lisible check` runs.

Refactors promise "same bytes out": this script is how that promise is checked. It runs lisible
on examples/, on the releases corpus (../shared/corpora/releases) and on the language samples in
tests/data/language, with grammar off (LanguageTool is not what a refactor of lisible changes),
and writes each run's JSON to a folder.

Usage:
    python benchmarks/json_identity.py save  DIR   # e.g. before the change, from main
    python benchmarks/json_identity.py check DIR   # after: prints each run as same / DIFFERENT

`check` prints, for a run that differs, the first differing lines, and exits 1 if any run differs.
Runs whose inputs are absent (no corpus) are skipped and said so. From a git worktree outside the
repository's usual place, point LISIBLE_RELEASES at the corpus folder.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RELEASES = Path(os.environ.get("LISIBLE_RELEASES",
                               REPO.parent / "shared" / "corpora" / "releases"))
SAMPLES = REPO / "tests" / "data" / "language"
BASE = ["--grammar", "off", "--format", "json", "--no-cache", "--fail-on", "never"]

# name -> (arguments, path that must exist)
RUNS: dict[str, tuple[list[str], Path]] = {
    "examples": (["examples"], REPO / "examples"),
    "examples-parity": (["examples", "--parity"], REPO / "examples"),
    "examples-ui-en": (["examples", "--ui-lang", "en"], REPO / "examples"),
    "examples-easy-read": (["examples", "--profile", "easy-read"], REPO / "examples"),
    "samples": (["tests/data/language"], SAMPLES),
    "samples-ui-de": (["tests/data/language", "--ui-lang", "de"], SAMPLES),
    "sample-nl-declared": (["tests/data/language/nl.txt", "--lang", "nl-BE"], SAMPLES),
    "sample-pt-declared": (["tests/data/language/pt.txt", "--lang", "pt_BR"], SAMPLES),
    "sample-fr-ch": (["tests/data/language/fr.txt", "--lang", "FR-ch"], SAMPLES),
    "sample-de-ch": (["tests/data/language/de.txt", "--lang", "de-CH"], SAMPLES),
    "sample-en-us": (["tests/data/language/en.txt", "--lang", "en-US", "--profile", "expert"],
                     SAMPLES),
    "releases": ([str(RELEASES)], RELEASES),
    "releases-parity": ([str(RELEASES), "--parity"], RELEASES),
}


def run(args: list[str]) -> bytes:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LISIBLE_")}
    env["PYTHONHASHSEED"] = "0"
    done = subprocess.run([sys.executable, "-m", "checker", "check", *args, *BASE],
                          cwd=REPO, env=env, capture_output=True, timeout=900)
    if done.returncode not in (0, 1):
        raise SystemExit(f"lisible check {' '.join(args)} exited {done.returncode}:\n"
                         f"{done.stderr.decode(errors='replace')}")
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["save", "check"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--only", action="append", help="run only these names")
    opts = parser.parse_args()
    opts.folder.mkdir(parents=True, exist_ok=True)
    differing = 0
    for name, (args, needed) in RUNS.items():
        if opts.only and name not in opts.only:
            continue
        if not needed.exists():
            print(f"{name:20} skipped: {needed} absent")
            continue
        out = run(args)
        saved = opts.folder / f"{name}.json"
        if opts.mode == "save":
            saved.write_bytes(out)
            print(f"{name:20} saved {len(out):>10,} bytes")
            continue
        before = saved.read_bytes()
        if before == out:
            print(f"{name:20} same ({len(out):,} bytes)")
            continue
        differing += 1
        print(f"{name:20} DIFFERENT")
        for line in _changes(before, out):
            print("    " + line)
    return 1 if differing else 0


def _changes(before: bytes, after: bytes) -> list[str]:
    """Per document: which of its parts changed (a short diff when it is not JSON)."""
    try:
        old, new = json.loads(before), json.loads(after)
    except ValueError:
        diff = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(),
                                    "before", "after", lineterm="", n=2)
        return list(diff)[:40]
    old_docs = {d["path"]: d for d in old.get("documents", [])}
    new_docs = {d["path"]: d for d in new.get("documents", [])}
    lines = []
    for path in sorted(old_docs.keys() | new_docs.keys()):
        a, b = old_docs.get(path, {}), new_docs.get(path, {})
        parts = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if not a or not b:
            lines.append(f"{Path(path).name}: {'only after' if b else 'only before'}")
        elif parts:
            detail = ""
            if "stats" in parts and "stats" in a and "stats" in b:
                detail = f" syllables {a['stats']['syllables']} -> {b['stats']['syllables']}," \
                         f" sentences {a['stats']['sentences']} -> {b['stats']['sentences']}"
            if "score" in parts:
                detail += f"; score {a.get('score')} -> {b.get('score')}"
            lines.append(f"{Path(path).name}: {', '.join(parts)}{detail}")
    rest = sorted(k for k in old.keys() | new.keys() if k != "documents" and old.get(k) != new.get(k))
    if rest:
        lines.append(f"run: {', '.join(rest)}")
    return lines


if __name__ == "__main__":
    sys.exit(main())

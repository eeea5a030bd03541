"""Result dicts built by hand, following DESIGN.md's JSON contract, for the CI format tests.

`document()` takes a source text and the findings as (rule, severity, flagged text, which occurrence)
and places each at the line and column where that text stands, as the engine would; the blocks are
the paragraphs (blank-line separated), as the plain-text loader makes them.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPORA = REPO.parent / "shared" / "corpora"
SARIF_SCHEMA = CORPORA / "schemas" / "sarif-schema-2.1.0.json"

CATEGORY = {"en.plain": "style", "languagetool": "grammar", "readability": "readability",
            "a11y": "accessibility", "fr.typography": "typography"}


def _category(rule: str) -> str:
    for prefix, category in CATEGORY.items():
        if rule.startswith(prefix):
            return category
    return "style"


def position(source: str, offset: int) -> tuple[int, int]:
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return line, column


def finding(rule, severity, line, column, end_line, end_column, text="", message=None, **extra):
    out = {
        "rule": rule, "category": _category(rule), "severity": severity,
        "message": message or f"Message of {rule}.",
        "line": line, "column": column, "end_line": end_line, "end_column": end_column,
        "text": text, "suggestions": [], "source": "lisible", "standards": [],
        "needs_review": False,
    }
    out.update(extra)
    return out


def locate(source: str, rule: str, severity: str, text: str, occurrence: int = 0, **extra) -> dict:
    """A finding on the `occurrence`-th appearance of `text` in `source`."""
    starts = [m.start() for m in re.finditer(re.escape(text), source)]
    start = starts[occurrence]
    line, column = position(source, start)
    end_line, end_column = position(source, start + len(text) - 1)
    return finding(rule, severity, line, column, end_line, end_column, text, **extra)


def paragraphs(source: str) -> list[dict]:
    """Blank-line separated paragraphs, whitespace collapsed, with run-length `positions`
    ([offset in text, line, column] where the next character is not the one after the last)."""
    blocks = []
    for match in re.finditer(r"\S(?:.|\n(?!\s*\n))*", source):
        chars, offsets = [], []
        for k, ch in enumerate(match.group()):
            if ch.isspace() and chars and chars[-1] == " ":
                continue
            chars.append(" " if ch.isspace() else ch)
            offsets.append(match.start() + k)
        runs, previous = [], None
        for i, offset in enumerate(offsets):
            here = position(source, offset)
            if previous is None or previous != (here[0], here[1] - 1):
                runs.append([i, *here])
            previous = here
        line, column = position(source, match.start())
        blocks.append({"kind": "paragraph", "language": "en", "line": line, "column": column,
                       "text": "".join(chars), "positions": runs})
    return blocks


def document(path: str, source: str, specs=(), score: int = 70, passed: bool | None = None) -> dict:
    found = [locate(source, *spec) if isinstance(spec, tuple) else spec for spec in specs]
    found.sort(key=lambda f: (f["line"], f["column"], f["rule"]))
    if passed is None:
        passed = not any(f["severity"] == "error" for f in found)
    return {
        "path": path, "format": "text", "language": "en-GB", "language_source": "config",
        "engines": {"grammar": "off", "rules": "lisible 0.1.0"},
        "stats": {"characters": 100, "words": 20, "sentences": 2, "syllables": 30, "paragraphs": 1},
        "readability": {"primary": "flesch", "target": {"flesch": 60},
                        "scores": {"flesch": 65.0}, "unreliable": []},
        "score": score, "passed": passed, "blocks": paragraphs(source), "findings": found,
    }


def result(*documents: dict) -> dict:
    counts = {"error": 0, "warning": 0, "info": 0}
    for doc in documents:
        for f in doc["findings"]:
            counts[f["severity"]] += 1
    return {
        "schema_version": 1, "tool": {"name": "lisible", "version": "0.1.0"},
        "documents": list(documents),
        "summary": {"documents": len(documents), "passed": sum(d["passed"] for d in documents),
                    "findings": counts},
    }


# A short release written for these tests: two known problems in the first paragraph.
RELEASE = (
    "New bus line to the harbour\n"
    "\n"
    "The city will leverage its fleet to open a new bus line on 4 May.\n"
    "Buses run every ten minutes from the station to the harbour.\n"
    "\n"
    "Tickets cost the same as on other lines, and going forward the city will leverage "
    "its new depot.\n"
)


def release_doc(path="press/bus.txt", source=RELEASE):
    """RELEASE with two `leverage` findings (warning) and one `going forward` (error)."""
    return document(path, source, [
        ("en.plain.leverage", "warning", "leverage", 0),
        ("en.plain.leverage", "warning", "leverage", 1),
        ("en.plain.going-forward", "error", "going forward", 0),
    ], passed=False)


GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
           "GIT_CONFIG_NOSYSTEM": "1", "HOME": "/nonexistent"}


def git(repo, *args):
    env = {**os.environ, **GIT_ENV}
    return subprocess.run(["git", "-c", "init.defaultBranch=main", *args], cwd=repo, env=env,
                          check=True, capture_output=True, text=True).stdout


def sarif_validator():
    """A validator of the official SARIF 2.1.0 JSON Schema (skips, saying where, when absent)."""
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA} (../shared/corpora/schemas)")
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def valid_sarif(res: dict, validator, **options) -> dict:
    """`res` rendered as SARIF with RenderOptions(**options), checked against the schema."""
    from checker.reports import RenderOptions, load_format
    data = json.loads(load_format("sarif").render(res, RenderOptions(**options)))
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, errors[0].message
    return data

"""Helpers shared by the tests of the spine: running the CLI and reading its JSON."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
CORPORA = REPO.parent / "shared" / "corpora"
SCHEMA = REPO / "checker" / "schema" / "report.schema.json"


def run_cli(*args, input=None):
    from checker.cli import cli
    runner = CliRunner()
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def check_json(*paths, extra=()):
    """Run `lisible check --format json --grammar off` and return (exit code, parsed JSON)."""
    result = run_cli("check", *map(str, paths), "--format", "json", "--grammar", "off", *extra)
    data = json.loads(result.stdout) if result.stdout.strip() else None
    if data is not None:
        validate(data)
    return result.exit_code, data


def validate(data: dict) -> None:
    import jsonschema
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)


def rules_of(document: dict) -> list[str]:
    return [f["rule"] for f in document["findings"]]


def doc_of(*paragraphs: str, path: str = "t.txt"):
    """A plain-text Document whose paragraphs are separated by blank lines."""
    from checker.document import Document, make_block
    doc = Document(path=path, format="text", source="\n\n".join(paragraphs))
    offset = 0
    for text in paragraphs:
        doc.blocks.append(make_block("paragraph", [(text, offset)]))
        offset += len(text) + 2
    return doc

"""`lisible report` on a results file someone else made (issue 13): the rdjson and sarif renderers
read the checked files (UTF-8 columns, line fingerprints), so a hostile results file could make
them read, and leak through columns, suggestions or hashes, any file on the machine. They read
nothing unless --sources names a folder, and then nothing outside it (symlinks resolved), never
a FIFO or a device."""
import json
import os

import pytest
from click.testing import CliRunner

from checker.cli import cli

SECRET = "TOKEN=s3cr3t\n"


def finding(text: str) -> dict:
    return {"rule": "x.rule", "category": "style", "severity": "error", "message": "m",
            "line": 1, "column": 1, "end_line": 1, "end_column": len(text), "text": text,
            "suggestions": ["y"], "source": "lisible", "standards": []}


def document(path: str, text: str) -> dict:
    return {"path": path, "format": "text", "language": "en-US", "language_source": "config",
            "engines": {}, "stats": {}, "readability": {}, "score": 50, "passed": False,
            "findings": [finding(text)]}


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """docs/ (the checked tree) with a file of its own, a link out of it and a FIFO; a secret
    beside it. The results name all of them, and the secret by absolute and relative paths."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.txt").write_text("Le « mot ».\n", encoding="utf-8")
    (docs / "link.txt").symlink_to(tmp_path / "secret.txt")
    os.mkfifo(docs / "pipe.txt")
    results = {"schema_version": 1, "tool": {"name": "lisible", "version": "0"},
               "documents": [document("docs/note.txt", "Le « mot »."),
                             document(str(tmp_path / "secret.txt"), "TOKEN=s3cr3t"),
                             document("docs/../secret.txt", "TOKEN=s3cr3t"),
                             document("docs/link.txt", "TOKEN=s3cr3t"),
                             document("docs/pipe.txt", "x")],
               "summary": {"documents": 5, "passed": 0, "findings": {}, "engine_failures": []}}
    (tmp_path / "results.json").write_text(json.dumps(results), encoding="utf-8")
    return tmp_path


def report(*args):
    result = CliRunner().invoke(cli, ["report", "results.json", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def read_by_rdjson(out: str) -> list[str]:
    """Paths whose file was read: rdjson counts UTF-8 columns and checks the suggestion's text
    against the file only then."""
    return [d["location"]["path"] for d in json.loads(out)["diagnostics"]
            if "column" in d["location"]["range"]["start"]]


def read_by_sarif(out: str) -> list[str]:
    results = json.loads(out)["runs"][0]["results"]
    return [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results
            if "primaryLocationLineHash" in r.get("partialFingerprints", {})]


def test_without_sources_no_file_named_in_the_results_is_read(tree):
    assert read_by_rdjson(report("--format", "rdjson")) == []
    assert read_by_sarif(report("--format", "sarif")) == []


def test_with_sources_only_regular_files_inside_are_read(tree):
    out = report("--format", "rdjson", "--sources", "docs")
    assert read_by_rdjson(out) == ["docs/note.txt"]
    # « is two bytes: the end column (code point 11, ») is byte 14 (exclusive end).
    (diagnostic,) = [d for d in json.loads(out)["diagnostics"] if d["location"]["path"] == "docs/note.txt"]
    assert diagnostic["location"]["range"]["end"]["column"] == 14
    assert read_by_sarif(report("--format", "sarif", "--sources", "docs")) == ["docs/note.txt"]


def test_check_reads_only_under_the_paths_it_was_given(tree):
    """`check docs` renders rdjson reading the files under docs/ only: the link out of it is
    reported (input.symlink-outside) and its target never read, the FIFO never opened."""
    result = CliRunner().invoke(cli, ["check", "docs", "--format", "rdjson", "--grammar", "off",
                                      "--lang", "fr", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    diagnostics = json.loads(result.stdout)["diagnostics"]
    assert {d["location"]["path"] for d in diagnostics} >= {"docs/link.txt", "docs/pipe.txt"}
    assert set(read_by_rdjson(result.stdout)) <= {"docs/note.txt"}

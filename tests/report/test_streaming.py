"""Streamed output (issue 14): json, jsonl, text, github, csv, rdjson, rdjsonl, gitlab, junit and
sarif are written document by document, with the same bytes as the whole-result path, and jsonl
lines are documents of the JSON Schema."""
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from checker.cli import cli
from support.trees import write_tree

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "checker" / "schema" /
                     "report.schema.json").read_text(encoding="utf-8"))

TEXTS = {
    "a/clean.md": "# Ferry news\n\nThe ferry runs every hour.\n",
    "a/acronym.md": "# Ferry news\n\nThe FSO counted the ferry's riders.\n",
    "b/page.html": '<html lang="en"><head><title>Ferry</title></head><body><h1>Ferry</h1>'
                   '<p>The ferry runs every hour from the harbour.</p><img src="x.png"></body></html>',
    "b/notes.txt": "Ferry\n\nThe ferry runs every hour. It stops at night.\n",
    "c/empty.txt": "",
}


@pytest.fixture
def tree(tmp_path):
    # Enough copies that the engine uses its worker processes too (engine.PROCESS_MIN_FILES).
    copies = {f"d/copy{i}.md": TEXTS["a/acronym.md"] for i in range(8)}
    return write_tree(tmp_path, {**TEXTS, **copies})


def run(*args):
    return CliRunner().invoke(cli, ["check", "--grammar", "off", *args], catch_exceptions=False)


@pytest.mark.parametrize("extra", [[], ["--no-text"], ["--jobs", "1"]])
def test_streamed_json_is_byte_identical_to_the_whole_result(tree, extra):
    streamed = run(str(tree), "-f", "json", *extra)
    # --parity makes the run whole (it needs every document); these texts form no group.
    whole = run(str(tree), "-f", "json", "--parity", *extra)
    assert streamed.output == whole.output
    assert streamed.exit_code == whole.exit_code == 1     # the image without alt text is an error
    data = json.loads(streamed.output)
    assert [d["path"] for d in data["documents"]] == sorted(d["path"] for d in data["documents"])
    assert data["summary"]["documents"] == len(TEXTS) + 8


def test_jsonl_is_one_schema_document_a_line_in_path_order(tree):
    result = run(str(tree), "-f", "jsonl")
    lines = result.output.splitlines()
    whole = json.loads(run(str(tree), "-f", "json").output)
    assert len(lines) == len(whole["documents"]) == 13
    validator = jsonschema.Draft202012Validator(
        {"$schema": SCHEMA["$schema"], "$defs": SCHEMA["$defs"], "$ref": "#/$defs/document"})
    for line, expected in zip(lines, whole["documents"]):
        document = json.loads(line)
        assert document == expected
        validator.validate(document)


def test_report_file_written_whole_and_renamed(tree, tmp_path):
    out = tmp_path / "out" / "r.jsonl"
    out.parent.mkdir()
    out.write_text("previous\n", encoding="utf-8")
    result = run(str(tree / "a"), "-f", "jsonl", "-o", str(out))
    assert result.exit_code == 0             # an undefined acronym is a warning
    assert [json.loads(x)["path"] for x in out.read_text(encoding="utf-8").splitlines()] == \
        [str(tree / "a" / "acronym.md"), str(tree / "a" / "clean.md")]
    assert list(out.parent.iterdir()) == [out]           # no temporary file left


def test_a_folder_with_nothing_to_check_is_a_usage_error_streamed_or_not(tmp_path):
    (tmp_path / "x.py").write_text("pass\n", encoding="utf-8")
    assert run(str(tmp_path), "-f", "json").exit_code == 2
    assert run(str(tmp_path), "-f", "json", "--parity").exit_code == 2


STREAMED = ["text", "github", "csv", "rdjson", "rdjsonl", "gitlab", "junit", "sarif"]


@pytest.mark.parametrize("fmt, extra", [(fmt, []) for fmt in STREAMED]
                         + [(fmt, ["--quiet"]) for fmt in ("text", "junit", "sarif")])
def test_other_streamed_formats_are_byte_identical_to_the_whole_result(tree, fmt, extra):
    from checker.reports import load_format
    assert load_format(fmt).stream is not None
    streamed = run(str(tree), "-f", fmt, "--no-color", *extra)
    whole = run(str(tree), "-f", fmt, "--no-color", "--parity", *extra)   # --parity: rendered whole
    assert streamed.output == whole.output
    assert streamed.exit_code == whole.exit_code == 1


@pytest.mark.parametrize("fmt", STREAMED)
def test_streamed_formats_render_saved_results_the_same(tree, tmp_path, fmt):
    """`lisible report` renders saved JSON whole: the same bytes as the streamed check."""
    saved = tmp_path / "saved.json"
    run(str(tree), "-f", "json", "-o", str(saved))
    rendered = CliRunner().invoke(cli, ["report", str(saved), "-f", fmt, "--sources", str(tree)],
                                  catch_exceptions=False)
    assert rendered.output == run(str(tree), "-f", fmt, "--no-color").output


@pytest.mark.parametrize("fmt", STREAMED + ["json", "jsonl"])
def test_stream_and_render_agree_without_findings_and_with_engine_failures(tree, fmt):
    """Edge cases the CLI runs above do not reach: no finding shown at all, and a run whose
    summary lists engine failures (SARIF's invocation, text's summary)."""
    from checker.reports import RenderOptions, load_format
    data = json.loads(run(str(tree / "a"), "-f", "json").output)
    quiet = {**data, "documents": [{**d, "findings": [], "passed": True} for d in data["documents"]]}
    failed = {**data, "summary": {**data["summary"], "engine_failures": ["grammar: server gone"]}}
    format_ = load_format(fmt)
    for result in (quiet, failed):
        tail = {k: v for k, v in result.items() if k != "documents"}
        streamed = "".join(format_.stream(iter(result["documents"]), lambda: tail, RenderOptions()))
        assert streamed == format_.render(result, RenderOptions())

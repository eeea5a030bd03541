"""The PDF examples: scripts/make_pdf_examples.py rebuilds them byte for byte, the tagged French
release has no accessibility fault and passes, the untagged English one reports what it lacks."""
import importlib.util
import sys
from pathlib import Path

from click.testing import CliRunner
import json

from checker.cli import cli

REPO = Path(__file__).resolve().parents[2]


def check(path):
    result = CliRunner().invoke(cli, ["check", str(path), "--format", "json", "--grammar", "off"])
    return result.exit_code, json.loads(result.stdout)["documents"][0]


def test_the_script_rebuilds_the_examples_byte_for_byte(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("make_pdf_examples",
                                                  REPO / "scripts" / "make_pdf_examples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_pdf_examples"] = module
    spec.loader.exec_module(module)
    (tmp_path / "examples").mkdir()
    for name in ("communique-fr.md", "press-release-en.md"):
        (tmp_path / "examples" / name).write_bytes((REPO / "examples" / name).read_bytes())
    monkeypatch.setattr(module, "ROOT", tmp_path)
    module.main()
    for name in ("communique-fr.pdf", "press-release-en.pdf"):
        assert (tmp_path / "examples" / name).read_bytes() == (REPO / "examples" / name).read_bytes()


def test_the_tagged_french_release_passes_with_no_accessibility_finding():
    code, doc = check(REPO / "examples" / "communique-fr.pdf")
    assert (doc["language"], doc["language_source"]) == ("fr-FR", "declared")
    assert code == 0 and doc["passed"]
    assert not [f for f in doc["findings"] if f["category"] == "accessibility"]
    assert doc["blocks"][0] == {**doc["blocks"][0], "kind": "heading",
                                "text": "Fermeture temporaire du pont Saint-Clair"}


def test_the_untagged_english_release_reports_what_a_screen_reader_misses():
    code, doc = check(REPO / "examples" / "press-release-en.pdf")
    rules = {f["rule"] for f in doc["findings"] if f["category"] == "accessibility"}
    assert rules == {"a11y.pdf-untagged", "a11y.pdf-lang-missing", "a11y.pdf-title-missing"}
    assert code == 1
    # the running footer "Bristol City Council - N" is not read as text
    assert not any("Bristol City Council" in b["text"] for b in doc["blocks"])

"""Config resolved per file, nearest first (as Ruff and Vale do): the order of the paths on the
command line never changes a file's findings."""
import json

from click.testing import CliRunner

from checker.cli import cli

TEXT = "The FSO will leverage the new ferry in order to serve the harbour.\n"


def _tree(tmp_path):
    for name, config in (("a", 'ignore = ["common.acronym-undefined"]\n'),
                         ("b", 'fail_on = "warning"\nignore = ["en.*"]\n')):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "lisible.toml").write_text(config, encoding="utf-8")
        (folder / "release.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "lisible.toml").write_text('language = "en-GB"\n', encoding="utf-8")
    (tmp_path / "top.txt").write_text(TEXT, encoding="utf-8")


def _check(tmp_path, monkeypatch, *paths):
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(cli, ["check", *paths, "--grammar", "off", "--format", "json",
                                    "--lang", "en-GB"])
    assert done.exit_code in (0, 1), done.output
    return done.exit_code, json.loads(done.output)


def _rules(data):
    return {d["path"]: sorted({f["rule"] for f in d["findings"]}) for d in data["documents"]}


def test_argument_order_never_changes_findings(tmp_path, monkeypatch):
    _tree(tmp_path)
    code_ab, ab = _check(tmp_path, monkeypatch, "a", "b", "top.txt")
    code_ba, ba = _check(tmp_path, monkeypatch, "top.txt", "b", "a")
    assert ab == ba and code_ab == code_ba
    rules = _rules(ab)
    # a/ ignores the acronym rule, b/ every English pack rule; top.txt has the root config.
    assert "common.acronym-undefined" not in rules["a/release.txt"]
    assert "common.acronym-undefined" in rules["b/release.txt"]
    assert not [r for r in rules["b/release.txt"] if r.startswith("en.")]
    assert [r for r in rules["a/release.txt"] if r.startswith("en.")]
    assert "common.acronym-undefined" in rules["top.txt"]


def test_each_file_is_judged_by_its_own_fail_on(tmp_path, monkeypatch):
    _tree(tmp_path)
    _code, data = _check(tmp_path, monkeypatch, "a", "b")
    passed = {d["path"]: d["passed"] for d in data["documents"]}
    # b/ fails on warnings (the acronym finding is one); a/ ignores it and fails on errors only.
    assert passed["b/release.txt"] is False
    assert all(f["severity"] != "error" for d in data["documents"] if d["path"] == "a/release.txt"
               for f in d["findings"]) and passed["a/release.txt"] is True


def test_an_explicit_config_applies_to_every_file(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(cli, ["check", "a", "b", "--config", "a/lisible.toml", "--grammar",
                                    "off", "--format", "json", "--lang", "en-GB"])
    rules = _rules(json.loads(done.output))
    assert "common.acronym-undefined" not in rules["b/release.txt"]

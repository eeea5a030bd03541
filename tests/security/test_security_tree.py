"""Stay in the tree (issue 13): links out of the checked folders are not followed, devices and FIFOs
are refused without hanging, an unreadable folder or an empty selection is said, never skipped."""
import json
import os

import pytest
from click.testing import CliRunner

from checker.cli import cli

SECRET = "The deploy key is hunter2 and nobody should read it.\n"
NOTE = "The council met on Monday. It approved the budget.\n"


@pytest.fixture(autouse=True)
def no_user_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))


@pytest.fixture
def tree(tmp_path, monkeypatch):
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.md").write_text(SECRET, encoding="utf-8")
    docs = tmp_path / "repo" / "docs"
    docs.mkdir(parents=True)
    (docs / "note.md").write_text(NOTE, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "repo")
    return tmp_path


def _check(*args):
    result = CliRunner().invoke(cli, ["check", *args, "--grammar", "off", "--lang", "en",
                                      "--format", "json"])
    data = json.loads(result.stdout) if result.stdout.startswith("{") else None
    return result, data


def _rules(data, name):
    doc = next(d for d in data["documents"] if d["path"].endswith(name))
    return [f["rule"] for f in doc["findings"]]


def test_a_link_to_a_file_outside_is_not_read(tree):
    (tree / "repo" / "docs" / "leak.md").symlink_to(tree / "outside" / "secret.md")
    result, data = _check("docs")
    assert "hunter2" not in result.stdout
    assert _rules(data, "leak.md") == ["input.symlink-outside"]
    assert _rules(data, "note.md") == [] or "input.symlink-outside" not in _rules(data, "note.md")


def test_a_link_given_on_the_command_line_that_leads_out_of_its_folder_is_not_read(tree):
    (tree / "repo" / "docs" / "leak.md").symlink_to(tree / "outside" / "secret.md")
    result, data = _check("docs/leak.md")
    assert "hunter2" not in result.stdout and _rules(data, "leak.md") == ["input.symlink-outside"]


def test_a_linked_folder_leading_out_is_said_and_not_walked(tree):
    (tree / "repo" / "docs" / "more").symlink_to(tree / "outside")
    result, data = _check("docs")
    assert "hunter2" not in result.stdout
    assert _rules(data, "more") == ["input.symlink-outside"]


def test_a_link_inside_the_tree_is_still_read(tree):
    (tree / "repo" / "docs" / "same.md").symlink_to(tree / "repo" / "docs" / "note.md")
    _result, data = _check("docs")
    assert "input.symlink-outside" not in _rules(data, "same.md")
    assert next(d for d in data["documents"] if d["path"].endswith("same.md"))["stats"]["words"] == 9


def test_a_fifo_named_like_a_document_is_refused_without_hanging(tree):
    os.mkfifo(tree / "repo" / "docs" / "pipe.md")
    result, data = _check("docs")
    assert result.exit_code == 1
    assert _rules(data, "pipe.md") == ["input.not-regular-file"]


def test_a_device_on_the_command_line_is_refused(tree):
    result, data = _check("/dev/zero")
    assert result.exit_code == 1 and _rules(data, "zero") == ["input.not-regular-file"]


def test_an_unreadable_folder_is_an_error_finding(tree, monkeypatch):
    locked = tree / "repo" / "docs" / "locked"
    locked.mkdir()
    (locked / "hidden.md").write_text(NOTE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):      # root reads any folder: deny this one as chmod 000 would
        if os.path.realpath(path) == os.path.realpath(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)
    monkeypatch.setattr(os, "scandir", scandir)
    result, data = _check("docs")
    assert result.exit_code == 1
    assert _rules(data, "locked") == ["input.unreadable-folder"]


def test_excluding_everything_is_a_usage_error(tree):
    (tree / "repo" / "lisible.toml").write_text('exclude = ["*"]\n', encoding="utf-8")
    result, _data = _check("docs")
    assert result.exit_code == 2 and "nothing to check" in result.stderr

"""Clean output and safe writing (issue 13): a file name or a sentence cannot start a CI workflow
command or break the JUnit XML; -o never writes through a symlink, is atomic, and a missing folder
is an error before any work."""
import os
import re
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.escape import line_start_safe, printable
from checker.reports import load_formats

HOSTILE = "x\n::error file=a.md,line=1::pwned\r\x1b[2J\x01\u2028::warning::y.md"
NOTE = "We met in order to discuss the plan.\n"


@pytest.fixture(autouse=True)
def no_user_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    monkeypatch.chdir(tmp_path)


def _check(*args):
    return CliRunner().invoke(cli, ["check", *args, "--grammar", "off", "--lang", "en",
                                    "--fail-on", "warning"])


def _no_command_lines(text: str) -> None:
    for line in text.splitlines():
        assert not line.lstrip().startswith("::"), line
    assert "\x1b" not in text and "\r" not in text and "\x00" not in text and "\u2028" not in text


def test_printable_escapes_every_control_character():
    assert printable("a\nb\r\t\x1b\x00\x85\u2028") == "a\\nb\\r\\t\\x1b\\x00\\x85\\u2028"
    assert line_start_safe("  ::error::x") == "  \\x3a:error::x"


@pytest.mark.parametrize("fmt", ["text", "junit"])
def test_a_hostile_file_name_cannot_start_a_workflow_command(tmp_path, fmt):
    (tmp_path / HOSTILE).write_text(NOTE, encoding="utf-8")
    result = _check(".", "--format", fmt)
    assert result.exit_code == 1
    _no_command_lines(result.stdout)
    if fmt == "junit":
        root = ET.fromstring(result.stdout.encode("utf-8"))     # valid XML
        assert root.find(".//testsuite").get("name").startswith("x\\n::error")


def test_a_file_name_starting_with_colons_is_defused(tmp_path):
    (tmp_path / "::error::x.md").write_text(NOTE, encoding="utf-8")
    result = _check("::error::x.md")
    _no_command_lines(result.stdout)


def test_stderr_is_escaped_too(tmp_path):
    result = _check(HOSTILE + "-missing.md")
    assert result.exit_code == 2
    _no_command_lines(result.stderr)
    assert "x\\n::error" in result.stderr


INJECTED = "\n::error file=x::pwned"
FORMATS = sorted(load_formats())


def _command_lines(text: str) -> list[str]:
    """Lines as a CI runner reads them (GitHub's splits on \\n and \\r) that start a command."""
    return [line for line in re.split(r"\r\n|\r|\n", text) if line.lstrip().startswith("::")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_path_with_a_line_break_and_a_command_starts_no_line_in_any_format(tmp_path, fmt):
    """Every format on stdout (json and jsonl streamed), a file name and a folder name each
    holding "\\n::error file=x::pwned": the only lines starting with `::` are the github
    format's own annotations, one per finding, naming the path with %0A and %3A escapes."""
    folder = tmp_path / ("d" + INJECTED)
    folder.mkdir()
    (folder / (INJECTED + ".md")).write_text(NOTE, encoding="utf-8")
    (tmp_path / ("n" + INJECTED + ".txt")).write_text(NOTE, encoding="utf-8")
    result = _check(".", "--format", fmt)
    assert result.exit_code == 1, result.stderr
    assert "pwned" in result.stdout           # the paths are there, escaped
    for line in _command_lines(result.stdout):
        assert fmt == "github", line
        assert re.match(r"::(error|warning|notice) file=[^:]*%0A%3A%3Aerror file=x%3A%3Apwned", line), line
    assert not _command_lines(result.stderr)
    if fmt == "github":
        assert len(_command_lines(result.stdout)) == 2    # one "in order to" warning a file


def test_the_github_format_still_writes_its_own_commands_escaped(tmp_path):
    (tmp_path / HOSTILE).write_text(NOTE, encoding="utf-8")
    result = _check(".", "--format", "github")
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("::") for line in lines if line.strip())
    assert not any("::warning::y.md" in line.split("::", 2)[1] for line in lines if line.startswith("::"))


def test_output_never_writes_through_a_symlink(tmp_path):
    (tmp_path / "note.md").write_text(NOTE, encoding="utf-8")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (tmp_path / "lisible.sarif").symlink_to(victim)
    result = _check("note.md", "--format", "sarif", "-o", "lisible.sarif")
    assert result.exit_code == 1
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not (tmp_path / "lisible.sarif").is_symlink()
    assert '"version": "2.1.0"' in (tmp_path / "lisible.sarif").read_text(encoding="utf-8")


def test_a_missing_output_folder_is_an_error_before_any_work(tmp_path, monkeypatch):
    (tmp_path / "note.md").write_text(NOTE, encoding="utf-8")
    monkeypatch.setattr("checker.engine.check_paths", lambda *a, **k: pytest.fail("work was done"))
    result = _check("note.md", "-o", "nowhere/report.json")
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_a_failed_write_leaves_the_old_report_whole(tmp_path, monkeypatch):
    (tmp_path / "note.md").write_text(NOTE, encoding="utf-8")
    (tmp_path / "report.json").write_text("old report\n", encoding="utf-8")

    def full_disk(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", full_disk)
    result = _check("note.md", "--format", "json", "-o", "report.json")
    assert result.exit_code == 2 and "No space left" in result.stderr
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == "old report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.md", "report.json", "user-config"] \
        or sorted(p.name for p in tmp_path.iterdir()) == ["note.md", "report.json"]

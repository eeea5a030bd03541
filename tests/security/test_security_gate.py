"""The gate cannot be talked out of failing (issue 13): flags beat every config layer, --diff-base
cannot be fooled by content that looks like a diff header, nothing is skipped in silence."""
import os
import subprocess

import pytest
from click.testing import CliRunner

from checker import gitdiff
from checker.cli import cli
from checker.config import load_settings

GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": "/dev/null"}
# "in order to" is en.plain.in-order-to (a warning); with --fail-on warning it fails the gate.
WORDY = "We met in order to discuss the plan.\n"


def git(repo, *args):
    subprocess.run(["git", "-c", "init.defaultBranch=main", *args], cwd=repo, check=True,
                   capture_output=True, env={**os.environ, **GIT_ENV})


@pytest.fixture(autouse=True)
def no_user_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))


def test_command_line_flags_beat_a_repo_override_that_silences_everything(tmp_path, monkeypatch):
    (tmp_path / "lisible.toml").write_text(
        '[[overrides]]\npaths = ["*"]\nfail_on = "never"\nignore = ["*"]\nselect = ["nothing.*"]\n',
        encoding="utf-8")
    (tmp_path / "note.md").write_text(WORDY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["check", "note.md", "--grammar", "off", "--lang", "en", "--format", "json"]
    assert CliRunner().invoke(cli, args).exit_code == 0         # the override rules the file alone
    result = CliRunner().invoke(cli, args + ["--fail-on", "warning", "--select", "en.plain.*"])
    assert result.exit_code == 1, result.output
    assert '"en.plain.in-order-to"' in result.stdout


def test_for_path_keeps_every_flag_over_the_overrides(tmp_path):
    (tmp_path / "lisible.toml").write_text(
        '[[overrides]]\npaths = ["*"]\nfail_on = "never"\nprofile = "expert"\nmin_score = 1\n',
        encoding="utf-8")
    settings = load_settings(tmp_path / "lisible.toml", fail_on="error", min_score=80)
    one = settings.for_path(str(tmp_path / "a.md"))
    assert (one.fail_on, one.min_score, one.profile) == ("error", 80, "expert")


def _diff(before: str, after: str, tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "a.md").write_bytes(before.encode())
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "one")
    (repo / "a.md").write_bytes(after.encode())
    return gitdiff.changed_lines(repo, "HEAD"), (repo / "a.md").resolve().as_posix(), repo


@pytest.mark.parametrize("added", [
    "++ b/zz.md",                       # shows as "+++ b/zz.md": a file header, to a naive parser
    "++ /dev/null",
    "@@ -1 +900 @@",
    "diff --git a/zz.md b/zz.md",
    "ok\r+++ b/zz.md",                  # a carriage return: text mode would split the line here
    "ok\x0c+++ b/zz.md\x85@@ -1 +900 @@",
])
def test_diff_content_that_reads_as_a_header_does_not_move_later_hunks(tmp_path, added):
    before = "".join(f"line {n}\n" for n in range(1, 21))
    lines = before.splitlines(keepends=True)
    lines[2] = added + "\n"            # line 3 replaced
    lines[15] = "changed 16\n"         # a later hunk, in the same file
    changed, key, repo = _diff(before, "".join(lines), tmp_path)
    assert changed[key] == {3, 16}
    assert set(changed) == {key}


def test_parse_diff_counts_hunk_lines_instead_of_reading_them():
    diff = "\n".join(["diff --git a/a.md b/a.md", "--- a/a.md", "+++ b/a.md", "@@ -2,0 +3,2 @@",
                      "+++ b/zz.md", "+@@ -1 +50 @@", "@@ -10 +12 @@", "-x", "+y"])
    assert gitdiff.parse_diff(diff) == {"a.md": {3, 4, 12}}


def test_a_finding_after_the_fake_header_is_kept_by_the_gate(tmp_path, monkeypatch):
    before = "# Note\n\nFirst paragraph.\n\nSecond paragraph.\n"
    after = "# Note\n\n++ b/elsewhere.md\n\nSecond paragraph.\n\n" + WORDY
    _changed, _key, repo = _diff(before, after, tmp_path)
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(cli, ["check", "a.md", "--grammar", "off", "--lang", "en",
                                      "--fail-on", "warning", "--diff-base", "HEAD",
                                      "--format", "json"])
    assert result.exit_code == 1, result.output
    assert '"en.plain.in-order-to"' in result.stdout

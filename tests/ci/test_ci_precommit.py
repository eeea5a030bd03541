"""The pre-commit hook: its definition, and `pre-commit try-repo` against a temporary content
repository, installing lisible from this repository's committed HEAD as pre-commit would."""
import os
import re
import shutil
import subprocess

import pytest
import yaml

from ci_results import REPO, git

HOOKS = REPO / ".pre-commit-hooks.yaml"


def test_hook_definition():
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert (hook["id"], hook["entry"], hook["language"]) == ("lisible", "lisible check --languagetool-server background", "python")
    # One process for all files: on 2 CPUs, two processes would each start a LanguageTool JVM.
    assert hook["require_serial"] is True
    pattern = re.compile(hook["files"])
    for name in ("press/a.md", "b.markdown", "c.html", "d.HTM", "e.txt", "f.docx"):
        assert pattern.search(name), name
    for name in ("setup.py", "notes.rst", "a.md.orig", "docx"):
        assert not pattern.search(name), name


def _committed_head():
    if not (REPO / ".git").exists() or shutil.which("pre-commit") is None:
        return None
    done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else None


@pytest.mark.slow
def test_try_repo_fails_on_a_finding_and_skips_other_files(tmp_path):
    head = _committed_head()
    if head is None:
        pytest.skip("needs pre-commit and this repository as a git checkout")
    content = tmp_path / "content"
    (content / "press").mkdir(parents=True)
    (content / "press" / "clean.md").write_text("# Ferry news\n\nThe ferry runs every hour.\n",
                                                encoding="utf-8")
    # An acronym used without its expansion: common.acronym-undefined, a warning.
    (content / "press" / "ferry.md").write_text("# Ferry news\n\nThe FSO counted the ferry's riders.\n",
                                                encoding="utf-8")
    (content / "notes.py").write_text("# The FSO counted the ferry's riders.\n", encoding="utf-8")
    (content / "lisible.toml").write_text('fail_on = "warning"\ngrammar = "off"\n', encoding="utf-8")
    git(content, "init", "-q")
    git(content, "add", ".")
    git(content, "commit", "-q", "-m", "content")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}
    done = subprocess.run(["pre-commit", "try-repo", str(REPO), "lisible", "--ref", head,
                           "--all-files", "--verbose", "--color", "never"],
                          cwd=content, env=env, capture_output=True, text=True, timeout=600)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "press/ferry.md:3:5:" in out and "common.acronym-undefined" in out
    assert "press/clean.md" in out                  # checked, and passed
    assert "notes.py" not in out                    # not a format lisible checks

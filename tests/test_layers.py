"""The layers of ARCHITECTURE.md hold: import-linter checks the contracts in pyproject.toml
([tool.importlinter]). Installed, rules/ and reports/ are `checker.rules` and `checker.reports`
(package-dir); import-linter reads packages from the file system, so the test lays the tree out as
installed, in a temporary folder, and runs `lint-imports` there."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from support.installed import installed_tree


def test_import_contracts_are_kept(tmp_path):
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.fail("lint-imports is missing: pip install -e '.[test]'")
    installed_tree(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    run = subprocess.run([str(lint), "pyproject.toml", "--no-cache"], cwd=tmp_path,
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout

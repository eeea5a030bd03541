"""mypy passes on all of the installed package (checker/, with rules/ and reports/ as
checker.rules and checker.reports) with the settings of pyproject.toml's [tool.mypy];
ARCHITECTURE.md and the README say so."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:                                   # lisible's own dependency before Python 3.11
    import tomli as tomllib

from support.installed import installed_tree

REPO = Path(__file__).resolve().parent.parent


def test_mypy_checks_the_whole_package():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["files"] == ["checker"]
    assert "ignore_errors" not in str(config)        # no module is silenced wholesale
    skipped = [m for o in config.get("overrides", []) for m in o["module"]]
    assert not [m for m in skipped if m.startswith("checker")], skipped   # nor one of ours skipped


def test_mypy_passes(tmp_path):
    installed_tree(tmp_path)
    run = subprocess.run([sys.executable, "-m", "mypy", "--config-file", "pyproject.toml",
                          "--cache-dir", str(tmp_path / ".mypy_cache")],
                         cwd=tmp_path, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]

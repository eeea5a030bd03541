"""mypy passes on the modules pyproject.toml's [tool.mypy] names (`files`)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_mypy_passes_on_the_typed_modules():
    run = subprocess.run([sys.executable, "-m", "mypy", "--config-file", "pyproject.toml"],
                         cwd=REPO, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]

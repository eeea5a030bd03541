"""The package as installed: rules/ and reports/ are `checker.rules` and `checker.reports`
(package-dir in pyproject.toml). Tools that read packages from the file system (import-linter,
mypy) are run on a copy laid out that way, in a temporary folder."""
from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def installed_tree(root: Path) -> Path:
    """checker/, rules/ and reports/ copied under `root` as they are installed; returns root."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "checker", root / "checker", ignore=ignore)
    shutil.copytree(REPO / "rules", root / "checker" / "rules", ignore=ignore)
    shutil.copytree(REPO / "reports", root / "checker" / "reports", ignore=ignore)
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    return root

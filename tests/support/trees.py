"""Trees of small files for the tests that run `lisible check` on folders."""
from __future__ import annotations

from pathlib import Path


def write_tree(root: Path, texts: dict[str, str]) -> Path:
    """Each relative path of `texts` written under `root` (folders made), as UTF-8; returns root."""
    for name, text in texts.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


"""lisible: readability, grammar, style and accessibility checks for public communications."""
from pathlib import Path as _Path

__version__ = "0.1.0"

# Installed, rules/ and reports/ live inside this package (setuptools package-dir). In a source
# checkout they sit beside it: let `checker.rules` and `checker.reports` resolve there too.
_root = _Path(__file__).resolve().parent.parent
if (_root / "pyproject.toml").is_file() and (_root / "rules").is_dir():
    __path__.append(str(_root))  # type: ignore[name-defined]

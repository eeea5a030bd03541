"""lisible: readability, grammar, style and accessibility checks for public communications.

rules/ and reports/ are the subpackages checker.rules and checker.reports (setuptools package-dir,
pyproject.toml); in a source checkout they import through the editable install (pip install -e .).
"""

__version__ = "0.1.0"

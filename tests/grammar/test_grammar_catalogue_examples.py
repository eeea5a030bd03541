"""The catalogue's examples of LanguageTool's family (`languagetool.*`), on a real server."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "catalogue"))
from test_catalogue_examples import _cases, check_example, run_example  # noqa: E402


@pytest.mark.languagetool
@pytest.mark.parametrize("entry, expected, example", list(_cases(grammar=True)))
def test_languagetool_example(entry, expected, example, lt_url, tmp_path, monkeypatch):
    findings = run_example(example, tmp_path, monkeypatch, languagetool_url=lt_url)
    check_example(entry, expected, findings)

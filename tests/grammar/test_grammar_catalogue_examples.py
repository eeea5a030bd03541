"""The catalogue's examples of LanguageTool's family (`languagetool.*`), on a real server."""
from __future__ import annotations

import pytest

from support.catalogue_examples import cases, check_example, run_example


@pytest.mark.languagetool
@pytest.mark.parametrize("entry, expected, example", list(cases(grammar=True)))
def test_languagetool_example(entry, expected, example, lt_url, tmp_path, monkeypatch):
    findings = run_example(example, tmp_path, monkeypatch, languagetool_url=lt_url)
    check_example(entry, expected, findings)

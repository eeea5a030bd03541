"""Every example of lisible's own rules in the catalogue (readability, parity, input, engine,
vocabulary, LanguageTool's family) runs through the engine: a `trigger` example must get a finding
of that id, with the catalogue's category and default severity, a `pass` example none.

Pack rules' examples run in tests/rules/test_rule_examples.py, the accessibility rules' in
tests/a11y/test_a11y_rule_examples.py (same data, read through the same catalogue)."""
from __future__ import annotations

import pytest

from support.catalogue_examples import ENTRIES, cases, check_example, run_example


@pytest.mark.parametrize("entry, expected, example", list(cases()))
def test_example(entry, expected, example, tmp_path, monkeypatch):
    check_example(entry, expected, run_example(example, tmp_path, monkeypatch))


def test_every_own_rule_has_examples_or_says_why_not():
    for entry in ENTRIES:
        if entry.examples["trigger"]:
            assert entry.examples["pass"], entry.id
        else:
            assert entry.id in WITHOUT_EXAMPLES, f"{entry.id}: no example"


# Rules whose trigger needs more than an example can carry: parity's are tested on planted
# releases (tests/parity/test_parity_releases.py); the walk's and the PDF loader's need links,
# devices, unreadable folders or generated PDFs (tests/security, tests/pdf).
WITHOUT_EXAMPLES = {
    "parity.name-missing", "parity.length-ratio", "parity.url-mismatch",
    "input.unreadable-folder", "input.symlink-outside",
    "input.encrypted", "input.too-many-pages",
    *(f"parity.{k}-{w}" for k in ("date", "time", "url", "email", "phone")
      for w in ("missing", "extra")),
}

"""The README cannot drift: its sample JSON is what `lisible check` prints for the example it names,
and the `check --help` text it relies on is the CLI's."""
from __future__ import annotations

import json
import re

from helpers import REPO, run_cli

README = (REPO / "README.md").read_text(encoding="utf-8")
ELIDED = "…"


def _sample() -> tuple[str, dict]:
    """The command line and the JSON of the README's sample output."""
    match = re.search(r"<!-- sample: (lisible check [^>]+) -->\n```json\n(.*?)\n```", README, re.S)
    assert match, "README.md has no `<!-- sample: lisible check ... -->` JSON block"
    return match.group(1), json.loads(match.group(2))


def _matches(shown, actual, where: str) -> None:
    """`shown` is `actual` where the README elides nothing: a text ending in … is a prefix, a
    table shows some of the keys, a list its first items."""
    if isinstance(shown, str) and shown.endswith(ELIDED):
        assert isinstance(actual, str) and actual.startswith(shown[:-1]), where
    elif isinstance(shown, dict):
        assert isinstance(actual, dict), where
        for key, value in shown.items():
            assert key in actual, f"{where}.{key} is not in the output"
            _matches(value, actual[key], f"{where}.{key}")
    elif isinstance(shown, list) and isinstance(actual, list) and shown and isinstance(shown[0], dict):
        assert len(shown) <= len(actual), where
        for i, item in enumerate(shown):
            _matches(item, actual[i], f"{where}[{i}]")
    else:
        assert shown == actual, f"{where}: README shows {shown!r}, lisible prints {actual!r}"


def test_readme_sample_json_is_what_lisible_prints(monkeypatch):
    command, shown = _sample()
    monkeypatch.chdir(REPO)
    result = run_cli(*command.split()[1:])
    _matches(shown, json.loads(result.stdout), "output")


def test_readme_lists_every_check_option():
    result = run_cli("check", "--help")
    options = set(re.findall(r"(--[a-z][a-z-]+)", result.stdout)) - {"--help"}
    missing = sorted(o for o in options if o not in README)
    assert not missing, f"README.md does not mention {missing} (see `lisible check --help`)"

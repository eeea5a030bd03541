"""Runs the catalogue's examples of lisible's own rules through the engine: for
tests/catalogue/test_catalogue_examples.py, and tests/grammar for LanguageTool's family (whose
conftest finds or starts a server)."""
from __future__ import annotations

import pytest

from checker import analysis, engine
from checker.catalogue import catalogue
from checker.config import load_settings

ORIGINS = ("readability", "parity", "input", "engine", "vocabulary", "languagetool")
ENTRIES = [e for e in catalogue() if e.origin in ORIGINS]


def cases(grammar: bool = False):
    """The examples; those that need LanguageTool (`grammar`) run in tests/grammar, whose
    conftest finds or starts a server."""
    for entry in ENTRIES:
        for expected in ("trigger", "pass"):
            for n, example in enumerate(entry.examples[expected]):
                if bool(example.get("grammar")) == grammar:
                    yield pytest.param(entry, expected, example, id=f"{entry.id}-{expected}-{n}")


def _settings(example: dict, languagetool_url: str | None = None):
    config = dict(example.get("config") or {})
    if languagetool_url:
        config["languagetool"] = {"url": languagetool_url}
    for key in ("vocabulary_reject",):
        if key in config:
            config[key] = tuple(config[key])
    grammar = "required" if example.get("grammar") else "off"
    return load_settings(None, language=example.get("language"), grammar=grammar, cache=False,
                         **config)


def _write(folder, example: dict):
    path = folder / example.get("name", "note.txt")
    if example.get("directory"):
        path.mkdir()
    elif "symlink_to" in example:
        path.symlink_to(folder / example["symlink_to"])
    elif "hex" in example:
        path.write_bytes(bytes.fromhex(example["hex"]))
    else:
        path.write_bytes(str(example.get("text", "")).encode("utf-8"))
    return path


def run_example(example: dict, folder, monkeypatch, languagetool_url: str | None = None) -> list:
    """Every finding the engine reports on the example, over all its files."""
    settings = _settings(example, languagetool_url)
    if example.get("fault"):
        def broken(doc, ctx):
            raise RuntimeError("an analyzer's bug, planted by the test")
        monkeypatch.delenv("LISIBLE_DEBUG", raising=False)
        monkeypatch.setitem(analysis.ANALYZERS, "broken", broken)
    if "versions" in example:
        for name, text in example["versions"].items():
            (folder / name).write_text(text, encoding="utf-8")
        result = engine.check_paths([str(folder)], settings)
        engine.check_parity(result, settings)
    else:
        path = _write(folder, example)
        loaders = engine.file_loaders([path], settings)
        result = engine.check_loaded(loaders, settings)
    if example.get("grammar"):
        assert not result.engine_failures, result.engine_failures
        assert [d.engines["grammar"] for d in result.documents][0].startswith("languagetool"), \
            [d.engines for d in result.documents]
    return [f for d in result.documents for f in d.findings]


def check_example(entry, expected: str, findings: list) -> None:
    # Equal, not identical: a language registered and unregistered by another test (the toy
    # language) rebuilds the catalogue, so `entry` may come from an earlier build of it.
    fired = [f for f in findings if catalogue().lookup(f.rule) == entry]
    if expected == "pass":
        assert not fired, f"{entry.id} should not fire: {[f.message for f in fired]}"
        return
    assert fired, f"{entry.id} should fire; got {sorted({f.rule for f in findings})}"
    if not entry.family:
        assert {(f.category, f.severity) for f in fired} == {(entry.category, entry.severity)}

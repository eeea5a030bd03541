"""Output formats: one module each, registered by declaration (FORMATS); the CLI lists FORMAT_NAMES.

A format renders the run's result, the JSON-contract dict (DESIGN.md, "JSON contract"), to text.
Rendering from the dict, not from live objects, is what lets `lisible report results.json` redraw
any format from saved JSON.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

# Each format's name and the module that declares it (with @report_format), so that a run imports
# only the format it writes and `--format` lists its choices without importing any;
# tests/report/test_formats_table.py holds this table equal to what the modules declare.
FORMAT_MODULES = {
    "text": "checker.reports.text", "json": "checker.reports.json",
    "html": "checker.reports.html", "sarif": "checker.reports.sarif",
    "junit": "checker.reports.junit", "github": "checker.reports.github",
    "gitlab": "checker.reports.gitlab", "rdjson": "checker.reports.rdjson",
    "rdjsonl": "checker.reports.rdjson", "csv": "checker.reports.csv",
    "earl": "checker.reports.earl", "jsonl": "checker.reports.jsonl",
}
FORMAT_NAMES = tuple(sorted(FORMAT_MODULES))


@dataclass(frozen=True)
class RenderOptions:
    fail_on: str = "error"
    color: bool = False
    quiet: bool = False
    ui_lang: str = "en"
    include_text: bool = True
    # Folders (or files) under which a renderer may read the checked files (reports/_source.py):
    # `check` names the paths it was given; `report` none unless --sources. Empty: read nothing.
    source_roots: tuple[str, ...] = ()


@dataclass(frozen=True)
class Format:
    name: str
    render: Callable[[dict, RenderOptions], str]
    description: str
    extension: str
    # Formats that can be written document by document: stream(documents, tail, options) yields
    # text pieces; `documents` yields document dicts in path order, `tail()` (called after them)
    # gives the rest of the result (schema_version, summary, tool). Same bytes as `render`.
    stream: Callable | None = None


FORMATS: dict[str, Format] = {}


def report_format(name: str, description: str, extension: str = ".txt", stream=None):
    def register(fn):
        FORMATS[name] = Format(name, fn, description, extension, stream)
        return fn
    return register


def load_format(name: str) -> Format:
    """The format called `name` (one of FORMAT_NAMES), importing its module only."""
    importlib.import_module(FORMAT_MODULES[name])
    return FORMATS[name]


def load_formats() -> dict[str, Format]:
    """Every format, by name."""
    for module in dict.fromkeys(FORMAT_MODULES.values()):
        importlib.import_module(module)
    return FORMATS

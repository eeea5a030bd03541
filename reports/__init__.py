"""Output formats: one module each, registered by declaration; the CLI reads `FORMATS` for --format.

A format renders the run's result, the JSON-contract dict (DESIGN.md, "JSON contract"), to text.
Rendering from the dict, not from live objects, is what lets `lisible report results.json` redraw
any format from saved JSON.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

# Modules that declare formats; importing them fills FORMATS.
FORMAT_MODULES = (
    "checker.reports.text", "checker.reports.json", "checker.reports.html",
    "checker.reports.sarif", "checker.reports.junit", "checker.reports.github",
    "checker.reports.gitlab", "checker.reports.rdjson",
    "checker.reports.csv", "checker.reports.earl", "checker.reports.jsonl",
)


@dataclass(frozen=True)
class RenderOptions:
    fail_on: str = "error"
    color: bool = False
    quiet: bool = False
    ui_lang: str = "en"
    include_text: bool = True


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


def load_formats() -> dict[str, Format]:
    for module in FORMAT_MODULES:
        importlib.import_module(module)
    return FORMATS

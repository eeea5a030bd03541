"""Fixtures for the HTML report's tests: the hand-written run, and headless Chromium with axe-core.

Browser tests need Debian's chromium, the `playwright` Python package (used only as a driver: it
starts /usr/bin/chromium, it downloads no browser) and axe-core, which `scripts/system-deps
--browser` installs into .cache/node (or set LISIBLE_AXE_PATH to an axe.min.js). When one is
missing they skip, saying which; with LISIBLE_REQUIRE_BROWSER=1 (set by scripts/test) they fail.
"""
from __future__ import annotations

import copy
import json
import os
import shutil
from pathlib import Path

import pytest

from support.skips import missing

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
AXE_PATHS = (HERE.parents[1] / ".cache" / "node" / "node_modules" / "axe-core" / "axe.min.js",
             HERE / "node_modules" / "axe-core" / "axe.min.js")
# The flags the issue asks for: no sandbox (root in CI), nothing that reaches the network by itself.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _release_run() -> dict:
    return json.loads((FIXTURES / "release_run.json").read_text(encoding="utf-8"))


@pytest.fixture
def release_run() -> dict:
    return copy.deepcopy(_release_run())


def chromium_path() -> str | None:
    for candidate in (os.environ.get("LISIBLE_CHROMIUM"), "chromium", "chromium-browser",
                      "google-chrome"):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    return None


def axe_path() -> Path | None:
    configured = os.environ.get("LISIBLE_AXE_PATH")
    for candidate in ((Path(configured),) if configured else ()) + AXE_PATHS:
        if candidate.is_file():
            return candidate
    return None


def _unavailable(reason: str):
    missing(reason, required_by="LISIBLE_REQUIRE_BROWSER")


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if executable is None:
        _unavailable("Chromium not found (apt-get install chromium, or set LISIBLE_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install playwright)")
    with sync_playwright() as driver:
        # Playwright gives each launch a new, empty profile directory (--user-data-dir).
        chromium = driver.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    path = axe_path()
    if path is None:
        _unavailable("axe-core not installed (scripts/system-deps --browser)")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def open_report(browser, tmp_path):
    """Write a report to disk and open it from there, as a person would (file://)."""
    pages = []

    def open_(html: str, name: str = "report.html", **context_options):
        path = tmp_path / name
        path.write_text(html, encoding="utf-8")
        context = browser.new_context(**context_options)
        page = context.new_page()
        page.events = {"requests": [], "dialogs": [], "console": []}
        page.on("request", lambda r: page.events["requests"].append(r.url))
        page.on("dialog", lambda d: (page.events["dialogs"].append(d.message), d.dismiss()))
        page.on("console", lambda m: page.events["console"].append(m.text))
        page.add_init_script("window.__csp = []; document.addEventListener("
                             "'securitypolicyviolation', e => window.__csp.push(e.violatedDirective));")
        page.goto(path.as_uri())
        pages.append(context)
        return page

    yield open_
    for context in pages:
        context.close()

"""One grammar session per run, and the one policy for `--grammar off | auto | required`.

`open_session(settings, documents=n)` decides, once, how grammar will be checked (DESIGN.md,
"Grammar: LanguageTool"): a server URL (config `languagetool.url`, else LISIBLE_LANGUAGETOOL_URL),
the user's background server (`lisible languagetool start`), a local server started from the local
install when first needed, or nothing. Whatever it finds, the engine gets an object with the same
three parts: `check(doc, language, settings)` -> (findings, the engines.grammar string), `failures` (what makes
the run exit 3, DESIGN.md "Exit codes") and the context manager that stops a server it started.

What cannot be checked is said in one wording, here and in checker/grammar/languagetool.py:

| case | a document's engines.grammar | stderr | run failure (exit 3) |
|---|---|---|---|
| `--grammar off` | `skipped: --grammar off` | - | - |
| no document | `skipped: nothing to check` | - | - |
| no engine, `auto` | `skipped: <reason>` | once, with how to install | - |
| no engine, `required` | `unavailable: <reason>` | once, as an error | `unavailable: <reason>` |
| a document fails, `auto` | `skipped: <reason>` | once | only after the engine had started |
| a document fails, `required` | `failed: <reason>` | - | `<path>: grammar check failed: <reason>` |

In `required` mode a failure still lets every other check run and the report be written.
The LanguageTool machinery is imported only when grammar is on: a run with `--grammar off` loads
none of it.
"""
from __future__ import annotations

import sys
import urllib.parse
from typing import TYPE_CHECKING, Any, TextIO

from checker.config import LANGUAGETOOL_URL_ENV, environment_languagetool_url
from checker.errors import UsageError
from checker.escape import printable
from checker.grammar.install import InstallError, find_install

if TYPE_CHECKING:
    from checker.config import Settings
    from checker.document import Document
    from checker.findings import Finding
    from checker.grammar.background import Background
    from checker.grammar.languagetool import GrammarSession

OFF_STATUS = "skipped: --grammar off"
NOTHING_STATUS = "skipped: nothing to check"
INSTALL_HINT = ("install it with `lisible languagetool install`, or point "
                f"{LANGUAGETOOL_URL_ENV} / --languagetool-url at a running server")
SERVER_MODES = ("run", "background")
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


class NoGrammar:
    """The session when nothing will check grammar: every document gets the same status."""

    def __init__(self, status: str, failed: bool = False):
        self.status = status
        self.failures = [status] if failed else []

    def check(self, doc: Document, language: str | None = None, settings: Settings | None = None
              ) -> tuple[list[Finding], str]:
        return [], self.status

    def close(self) -> None:
        pass

    def __enter__(self) -> "NoGrammar":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def configured_url(settings: "Settings") -> str | None:
    return (settings.languagetool or {}).get("url") or environment_languagetool_url()


def open_session(settings: "Settings", documents: int | None = None, *, stderr: TextIO | None = None,
                 cache_path=None, retry_waits: tuple[float, ...] | None = None
                 ) -> "GrammarSession | NoGrammar":
    """The grammar session for a run of `documents` documents (None: not known yet). Use it as a
    context manager. Never raises for a missing engine: the table above says what happens."""
    stderr = stderr if stderr is not None else sys.stderr
    if settings.grammar == "off":
        return NoGrammar(OFF_STATUS)
    if documents == 0:
        return NoGrammar(NOTHING_STATUS)
    from checker.grammar.cache import ResultCache
    from checker.grammar.languagetool import GrammarSession
    common: dict[str, Any] = {"stderr": stderr}
    if retry_waits is not None:
        common["waits"] = retry_waits
    cache = ResultCache(cache_path) if settings.cache else None
    url = configured_url(settings)
    if url:
        _say_where_text_goes(url, stderr)
        return GrammarSession(settings, url=url, cache=cache, **common)
    background = _background_server(settings, stderr)
    if background is not None:
        from checker.grammar.background import touch_record
        from checker.grammar.tuning import check_threads
        session = GrammarSession(settings, url=background.url, cache=cache, workers=check_threads(),
                                 **common)
        session.keepalive = touch_record
        return session
    try:
        install = find_install(settings)
        reason = None if install else "LanguageTool is not installed"
    except InstallError as exc:
        install, reason = None, str(exc)
    if install is not None:
        return GrammarSession(settings, install=install, cache=cache, **common)
    if cache is not None:
        cache.close()
    return unavailable(settings, reason or "LanguageTool is not installed", stderr)


def unavailable(settings: "Settings", reason: str, stderr: TextIO) -> NoGrammar:
    """No engine for the whole run: said once on stderr; `required` makes it a run failure."""
    if settings.grammar == "required":
        print(f"lisible: error: --grammar required, but no LanguageTool server can be used: "
              f"{printable(reason)}; {INSTALL_HINT}", file=stderr)
        return NoGrammar(f"unavailable: {reason}", failed=True)
    print(f"lisible: grammar and spelling skipped: {printable(reason)}; {INSTALL_HINT}", file=stderr)
    return NoGrammar(f"skipped: {reason}")


def _background_server(settings: "Settings", stderr: TextIO) -> "Background | None":
    """The user's background server (`lisible languagetool start`) when one runs; with
    `languagetool.server = "background"` it is started when absent and left running for the next
    run. None when there is none to use: the run then starts a server of its own."""
    mode = (settings.languagetool or {}).get("server") or "run"
    if mode not in SERVER_MODES:
        raise UsageError(f"languagetool server must be one of {', '.join(SERVER_MODES)}, not {mode!r}")
    from checker.grammar import background
    from checker.grammar.server import ServerError
    running = background.find_running()
    if running is not None or mode != "background":
        return running
    try:
        if find_install(settings) is None:
            return None
        print("lisible: starting the background LanguageTool server (stays up for later runs; "
              "`lisible languagetool stop` stops it)", file=stderr)
        return background.start(settings, heap=(settings.languagetool or {}).get("heap"))[0]
    except (ServerError, InstallError) as exc:
        print(f"lisible: the background LanguageTool server did not start ({str(exc).splitlines()[0]});"
              " starting one for this run", file=stderr)
        return None


def _say_where_text_goes(url: str, stderr: TextIO) -> None:
    """Privacy (DESIGN.md): text sent off this machine is announced."""
    host = urllib.parse.urlparse(url if "://" in url else f"http://{url}").hostname or ""
    if host not in _LOCAL_HOSTS:
        print(f"lisible: sending text to the LanguageTool server at {url}", file=stderr)

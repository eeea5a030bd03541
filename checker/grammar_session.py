"""The engine's side of grammar checking: one session for the whole run, whatever is available.

`checker.grammar.open_session` does the work (LanguageTool); this adapter turns "no grammar engine"
into a skipped status (auto), a run-level failure (required) or nothing (off), so the engine never
needs to know which happened. In `required` mode a failure still lets every other check run and
the report be written; the run then exits 3 (DESIGN.md, "Exit codes").
"""
from __future__ import annotations

import contextlib
import sys
import threading

from checker.errors import EngineUnavailable
from checker.escape import printable


class _NoGrammar:
    def __init__(self, status: str, failed: bool):
        self.status = status
        self.failures = [status] if failed else []

    def check(self, doc, ctx):
        return [], self.status


class _Guarded:
    """Wraps a live session: in required mode a per-document failure is recorded, not raised."""

    def __init__(self, session):
        self.session = session
        self._failures: list[str] = []
        self._lock = threading.Lock()

    @property
    def failures(self) -> list[str]:
        """Required-mode failures, and any failure after the engine had started (issue 13)."""
        later = [f for f in getattr(self.session, "failures", []) if f not in self._failures]
        return self._failures + later

    def check(self, doc, ctx):
        try:
            return self.session.check(doc, ctx)
        except EngineUnavailable as exc:
            with self._lock:
                self._failures.append(f"{doc.path}: {exc}")
            return [], f"failed: {exc}"


@contextlib.contextmanager
def open_grammar(settings, documents: int):
    if settings.grammar == "off":
        yield _NoGrammar("skipped: --grammar off", failed=False)
        return
    if documents == 0:
        yield _NoGrammar("skipped: nothing to check", failed=False)
        return
    try:
        from checker.grammar import open_session
    except ImportError as exc:
        yield _unavailable(settings, f"the grammar engine could not be loaded ({exc})")
        return
    try:
        session_cm = open_session(settings)
        session = session_cm.__enter__()
    except EngineUnavailable as exc:
        yield _unavailable(settings, str(exc))
        return
    try:
        yield _Guarded(session)
    finally:
        session_cm.__exit__(None, None, None)


def _unavailable(settings, reason: str) -> _NoGrammar:
    if settings.grammar == "required":
        print(f"lisible: error: grammar is required but {printable(reason)}", file=sys.stderr)
        return _NoGrammar(f"unavailable: {reason}", failed=True)
    print(f"lisible: grammar skipped: {printable(reason)}. Install LanguageTool with "
          "`lisible languagetool install`.", file=sys.stderr)
    return _NoGrammar(f"skipped: {reason}", failed=False)

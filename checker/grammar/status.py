"""What the user sees on stderr while lisible starts LanguageTool (a cold JVM takes 20 to 90 s).

One line when the start begins ("Starting LanguageTool 6.7 for fr, de..."); on a terminal the line
counts the seconds until the server answers. A start that took long ends with a hint to keep a
server running between runs. Nothing goes to stdout: machine formats are untouched.
"""
from __future__ import annotations

import threading
import time

# A start longer than this gets the hint: a check of a short file should not wait for a JVM.
LONG_START_SECONDS = 10.0


class StartStatus:
    """Context manager around a server start: `with StartStatus(stderr, "6.7", ["fr"]): start()`."""

    def __init__(self, stream, version: str | None, languages, tick: float = 1.0):
        self.stream = stream
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        languages = sorted(set(languages))
        self.label = "Starting LanguageTool" + (f" {version}" if version else "") + \
            (f" for {', '.join(languages)}" if languages else "")
        self.tick = tick
        self.elapsed = 0.0
        self._started = 0.0
        self._done = threading.Event()
        self._ticker: threading.Thread | None = None

    def __enter__(self) -> "StartStatus":
        self._started = time.monotonic()
        if self.tty:
            self._write(f"\rlisible: {self.label}...")
            self._ticker = threading.Thread(target=self._count, daemon=True,
                                            name="lisible-languagetool-status")
            self._ticker.start()
        else:
            self._write(f"lisible: {self.label}...\n")
        return self

    def _count(self) -> None:
        while not self._done.wait(self.tick):
            seconds = time.monotonic() - self._started
            self._write(f"\rlisible: {self.label}... {seconds:.0f} s")

    def __exit__(self, exc_type, *_exc) -> None:
        self._done.set()
        if self._ticker is not None:
            self._ticker.join()
        self.elapsed = time.monotonic() - self._started
        outcome = "failed" if exc_type else "ready"
        if self.tty:
            self._write(f"\rlisible: {self.label}... {outcome} after {self.elapsed:.0f} s\n")
        elif exc_type is None and self.elapsed >= LONG_START_SECONDS:
            self._write(f"lisible: LanguageTool ready after {self.elapsed:.0f} s\n")
        if exc_type is None and self.elapsed >= LONG_START_SECONDS:
            self._write(f"lisible: hint: {keep_running_hint()}\n")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):     # a closed or broken stderr must not stop the check
            pass


def keep_running_hint() -> str:
    """How to skip the start next time: the background server when this lisible has one, else a
    server kept running in another terminal."""
    if _has_background_server():
        return ("keep one running with `lisible languagetool start`; later checks reuse it")
    return ("keep one running with `lisible languagetool serve` in another terminal and set "
            "LISIBLE_LANGUAGETOOL_URL to the URL it prints")


def _has_background_server() -> bool:
    try:
        from checker.grammar.commands import languagetool
    except ImportError:
        return False
    return "start" in getattr(languagetool, "commands", {})

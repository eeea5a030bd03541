"""A LanguageTool server that lisible starts from a local install and stops when it is done.

It listens on 127.0.0.1 only: LanguageTool's HTTPServer accepts outside connections only when given
`--public`, which is never passed (DESIGN.md, "Grammar: LanguageTool": a draft under embargo stays on
the machine). The port is a free one the OS hands out.
"""
from __future__ import annotations

import atexit
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO

from checker.grammar.install import Install, find_java

DEFAULT_HEAP = "1g"
START_TIMEOUT = 180.0    # seconds; a cold JVM on a busy 2-core machine takes 20-60 s
SERVER_CLASS = "org.languagetool.server.HTTPServer"


class ServerError(Exception):
    """The local server could not be started, or died."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_command(install: Install, port: int, heap: str, java: str,
                   config: Path | None = None) -> list[str]:
    command = [java, f"-Xmx{heap}", "-cp", install.classpath, SERVER_CLASS, "--port", str(port)]
    if config is not None:
        command += ["--config", str(config)]
    return command


def user_folder() -> Path:
    """lisible's per-user cache folder: the server properties and the background server's record
    (LISIBLE_STATE_DIR moves them, e.g. to keep a test run away from the user's own server)."""
    import os
    if os.environ.get("LISIBLE_STATE_DIR"):
        return Path(os.environ["LISIBLE_STATE_DIR"])
    import platformdirs
    return Path(platformdirs.user_cache_dir("lisible"))


def is_ready(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/v2/languages", timeout=timeout) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError, ValueError):
        return False


class LocalServer:
    """One JVM running LanguageTool's HTTPServer. Use as a context manager, or start()/stop().

    `tuned` (the default) starts it with lisible's properties file (checker.grammar.tuning);
    `tuned=False` is LanguageTool's own default configuration, kept for the benchmarks."""

    def __init__(self, install: Install, heap: str | None = DEFAULT_HEAP, port: int | None = None,
                 java: str | None = None, tuned: bool = True):
        self.install = install
        self.tuned = tuned
        self.heap = heap or DEFAULT_HEAP
        self.port = port
        self.java = java
        self.process: subprocess.Popen | None = None
        self._log: IO[bytes] | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = START_TIMEOUT) -> str:
        """Start the JVM and wait until GET /v2/languages answers. Returns the base URL."""
        with self._lock:
            if self.process is not None and self.process.poll() is None:
                return self.url
            java = self.java or find_java()[0]
            self.port = self.port or free_port()
            # The log goes to a temporary file, not a pipe nobody reads (a full pipe blocks the JVM).
            self._log = tempfile.TemporaryFile(prefix="lisible-languagetool-")
            config = None
            if self.tuned:
                from checker.grammar.tuning import write_properties
                config = write_properties(user_folder())
            command = server_command(self.install, self.port, self.heap, java, config)
            self.process = subprocess.Popen(command,
                                            stdout=self._log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL)
            atexit.register(self.stop)
            self._wait_ready(self.process, timeout)
            return self.url

    def _wait_ready(self, process: subprocess.Popen, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        delay = 0.2
        while time.monotonic() < deadline:
            if process.poll() is not None:
                log = self._log_tail()
                self._release()
                raise ServerError(f"LanguageTool exited with code {process.returncode} while "
                                  f"starting\n{log}")
            if is_ready(self.url):
                return
            time.sleep(delay)
            delay = min(delay * 1.5, 1.0)
        self.stop()
        raise ServerError(f"LanguageTool did not answer on {self.url} within {timeout:.0f} s")

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        process = self.process
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        self._release()
        atexit.unregister(self.stop)

    def _release(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def _log_tail(self, lines: int = 15) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        text = self._log.read().decode("utf-8", "replace")
        return "\n".join(text.strip().splitlines()[-lines:])

    def wait(self) -> int:
        """Block until the server exits (for `lisible languagetool serve`)."""
        return self.process.wait() if self.process else 0

    def __enter__(self) -> "LocalServer":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


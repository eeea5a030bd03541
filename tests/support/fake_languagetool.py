"""One stand-in LanguageTool HTTP server for the tests: GET /v2/languages, POST /v2/check.

A test subclasses FakeLanguageTool and overrides `matches(text, language)` (what to flag) or
`answer(form)` (to fail: `self.send_error(500)`, `self.hang()`), then serves it in this process
with `serving(handler)`. `write_fake_java` makes a `java` that serves it in another process
(support/fake_java.py), for the tests of how lisible starts and stops its own server.
"""
from __future__ import annotations

import json
import sys
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import parse_qs

FAKE_JAVA = Path(__file__).with_name("fake_java.py")


class FakeLanguageTool(BaseHTTPRequestHandler):
    """Answers every check with `matches` (none by default) as LanguageTool `version`."""
    languages: list = [{"code": "en", "longCode": "en-US"}]
    version = "6.7"
    release = threading.Event()     # set when the server stops: frees requests held by hang()

    def log_message(self, *args):
        pass

    def send_json(self, payload) -> None:
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def hang(self) -> None:
        type(self).release.wait(30)

    def do_GET(self):
        self.send_json(type(self).languages)

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        form = {key: values[0] for key, values in parse_qs(body, keep_blank_values=True).items()}
        self.answer(form)

    def answer(self, form: dict[str, str]) -> None:
        """`form`: the request's fields (text, language, disabledRules...). An empty text is
        lisible's version probe."""
        matches = self.matches(form.get("text", ""), form.get("language", ""))
        self.send_json({"software": {"name": "LanguageTool", "version": type(self).version},
                        "matches": matches})

    def matches(self, text: str, language: str) -> list[dict]:
        return []


@contextmanager
def serving(handler: type[FakeLanguageTool]) -> Iterator[str]:
    """`handler` served on a free port of 127.0.0.1 until the block ends; yields its URL."""
    handler.release = threading.Event()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        handler.release.set()
        server.shutdown()
        server.server_close()


def write_fake_java(path: Path) -> Path:
    """An executable `java` at `path` that is really support/fake_java.py."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{FAKE_JAVA}" "$@"\n')
    path.chmod(0o755)
    return path


def write_fake_install(folder: Path) -> Path:
    """A LanguageTool 6.7 install folder as find_install sees it (the server jar, empty)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "languagetool-server-6.7.jar").write_bytes(b"")
    return folder

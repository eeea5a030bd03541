"""Talking to a LanguageTool server's HTTP API (/v2/check, /v2/languages).

Why plain HTTP and not language-tool-python's `LanguageTool(lang, remote_server=url).check()` here:
- its request timeout is a fixed 300 s and its retry restarts a *local* server, while lisible needs a
  short, configurable timeout and bounded retries with backoff so a hung server fails a run quickly;
- one `LanguageTool` object carries one language as mutable state, and lisible checks chunks in
  several languages concurrently from a thread pool;
- lisible converts LanguageTool's UTF-16 offsets itself (checker.grammar.chunks), so it needs the raw
  match JSON and the server's reported version (for the cache key), which its `Match` objects drop.
language-tool-python remains the fallback installer (checker.grammar.install.install_with_ltp) and
the baseline in benchmarks/grammar.py.
"""
from __future__ import annotations

import http.client
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Callable

DEFAULT_TIMEOUT = 60.0
DEFAULT_TRIES = 3
DEFAULT_WAITS = (1.0, 3.0)   # seconds before the 2nd and 3rd tries
# The largest answer read for one request: a chunk of a 5 MB document has far fewer matches.
MAX_ANSWER_BYTES = 64_000_000


class ServerUnavailable(Exception):
    """The server could not be reached or kept failing after every retry."""


@dataclass
class LanguageToolClient:
    url: str                                 # base URL, e.g. http://127.0.0.1:8081
    timeout: float = DEFAULT_TIMEOUT
    tries: int = DEFAULT_TRIES
    waits: tuple[float, ...] = DEFAULT_WAITS
    # Asked before each retry: True when retrying is pointless (the local server's JVM has exited).
    gone: Callable[[], bool] = lambda: False
    _languages: set[str] | None = field(default=None, repr=False)

    def __post_init__(self):
        self.url = self.url.rstrip("/")
        if self.url.endswith("/v2"):
            self.url = self.url[: -len("/v2")]

    def check(self, text: str, language: str, disabled_rules=(), enabled_rules=()) -> dict:
        """The server's JSON answer for `text` in `language` (matches, software, language)."""
        params = {"language": language, "text": text}
        if disabled_rules:
            params["disabledRules"] = ",".join(disabled_rules)
        if enabled_rules:
            params["enabledRules"] = ",".join(enabled_rules)
        body = urllib.parse.urlencode(params).encode("utf-8")
        return self._request("/v2/check", body)

    def languages(self) -> set[str]:
        """Codes and long codes the server knows (fetched once)."""
        if self._languages is None:
            known = set()
            for entry in self._request("/v2/languages", None):
                known.update({entry.get("code"), entry.get("longCode")})
            known.discard(None)
            self._languages = known
        return self._languages

    def version(self) -> str:
        """The server's LanguageTool version, asked with a check of an empty text (sends no user text)."""
        answer = self.check("", "en-US" if "en-US" in self.languages() else "auto")
        return str(answer.get("software", {}).get("version", "unknown"))

    def _request(self, path: str, body: bytes | None):
        last = "no attempt made"
        for attempt in range(max(1, self.tries)):
            if attempt and self.gone():
                break
            if attempt:
                time.sleep(self.waits[min(attempt - 1, len(self.waits) - 1)] if self.waits else 0)
            try:
                return self._request_once(path, body)
            except _Retryable as exc:
                last = str(exc)
        raise ServerUnavailable(f"LanguageTool at {self.url} failed: {last}")

    def _request_once(self, path: str, body: bytes | None):
        request = urllib.request.Request(self.url + path, data=body, method="POST" if body else "GET")
        if body is not None:
            request.add_header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = response.read(MAX_ANSWER_BYTES + 1)
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace").strip()
            if exc.code >= 500 or exc.code in (408, 429):
                raise _Retryable(f"HTTP {exc.code} {detail}") from None
            # A 4xx is our request's fault (an unknown language, a text too long): retrying won't help.
            raise ServerUnavailable(f"LanguageTool at {self.url} refused the request: HTTP "
                                    f"{exc.code} {detail}") from None
        except (ConnectionError, http.client.HTTPException, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise _Retryable(f"{type(reason).__name__}: {reason}" if str(reason) else
                             type(reason).__name__) from None
        if len(payload) > MAX_ANSWER_BYTES:
            raise ServerUnavailable(f"LanguageTool at {self.url} sent more than "
                                    f"{MAX_ANSWER_BYTES:,} bytes for one request")
        try:
            return json.loads(payload)
        except ValueError:
            raise _Retryable(f"invalid JSON from {path}: {payload[:120]!r}") from None


class _Retryable(Exception):
    pass


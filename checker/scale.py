"""`lisible check --scheduler tcp://HOST:8786`: documents checked on a Dask distributed cluster.

Dask (https://distributed.dask.org) schedules the work; lisible only says what one task is. The
client reads each file (the workers need not see the client's disk) and submits one task per
document, a few per worker thread at a time (engine.in_order keeps the window, as on one machine).
A worker runs the same analysis as a local run (engine.guarded_check) with a grammar session of
its own, and sends back the document as the JSON contract's dict; the client writes the results
in path order, so the output is byte-identical to a local run.

Grammar on a worker: `--languagetool-url` (or the config's url) when given, e.g. a pool behind a
load balancer; otherwise the LanguageToolPlugin this client registers starts a tuned server on
each worker's node (or reuses that node's background server, `lisible languagetool start`).
Privacy (DESIGN.md): documents leave this machine for the cluster's; stderr says where.
`distributed` is an optional dependency: `pip install lisible[dask]`.
"""
from __future__ import annotations

import dataclasses
import threading
import uuid
from typing import TYPE_CHECKING

from checker.errors import UsageError

if TYPE_CHECKING:
    from checker.grammar.languagetool import GrammarSession
    from checker.grammar.server import LocalServer
    from checker.grammar.session import NoGrammar

PLUGIN_NAME = "lisible-languagetool"
IN_FLIGHT = 4          # tasks submitted ahead per worker thread


def connect(address: str):
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--scheduler needs Dask distributed: pip install 'lisible[dask]'") from None
    try:
        return Client(address, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


class ClusterStream:
    """Document dicts in path order as the cluster finishes them; `failures` after iterating."""

    def __init__(self, address: str, files, settings, progress=None):
        self.address, self.files, self.settings, self.progress = address, files, settings, progress
        self.failures: list[str] = []

    def __iter__(self):
        from checker import engine, sources
        from checker.grammar.session import configured_url
        client = connect(self.address)
        try:
            if self.settings.grammar != "off" and not configured_url(self.settings):
                register_plugin(client, self.settings.languagetool)
            settings = client.scatter(self.settings, broadcast=True)
            run = uuid.uuid4().hex
            threads = max(1, sum(client.nthreads().values()))

            def submit(path):
                payload = sources.read_path(path, self.settings.max_bytes)
                return client.submit(check_remote, str(path), payload, settings, run,
                                     key=f"lisible-{run}-{path}", pure=False)

            grammar_failures: list[str] = []
            internal: list[str] = []
            done = 0
            for data, failures in engine.in_order(submit, self.files, IN_FLIGHT * threads):
                grammar_failures.extend(failures)
                internal.extend(f"{data['path']}: {f['message']}" for f in data["findings"]
                                if f["rule"] == "lisible.internal-error")
                done += 1
                if self.progress:
                    self.progress(done, len(self.files))
                yield data
            run_level = client.run(close_sessions, run)
            once = list(dict.fromkeys(f for found in run_level.values() for f in found))
            self.failures = grammar_failures + once + internal
        finally:
            client.close()


def register_plugin(client, languagetool: dict) -> None:
    """The LanguageTool plugin on every worker, once: registering it again would restart each
    node's server (Dask replaces a plugin of the same name), so a worker that has it keeps it."""
    have = client.run(lambda dask_worker: PLUGIN_NAME in dask_worker.plugins)
    if not have or not all(have.values()):
        client.register_plugin(LanguageToolPlugin(languagetool), name=PLUGIN_NAME)


# --- on the worker -------------------------------------------------------------------------------

_sessions: dict[str, GrammarSession | NoGrammar] = {}   # run id -> this worker's session
_lock = threading.Lock()


def check_remote(name: str, payload, settings, run: str) -> tuple[dict, list[str]]:
    """One document, on a worker: (its JSON-contract dict, the grammar failures it caused)."""
    from checker import engine, sources
    from checker.serialize import document_to_dict
    doc = payload if not isinstance(payload, bytes) else \
        sources.load_bytes(payload, name, None, settings.max_bytes)
    grammar = _session(settings, run)
    result = engine.guarded_check(name, lambda: doc, settings.for_path(name), grammar)
    failures = [f for f in grammar.failures if f.startswith(f"{name}: ")]
    return document_to_dict(result, include_text=True), failures


def _session(settings, run: str):
    """This worker's grammar session for run `run` (one per run, opened on its first document)."""
    with _lock:
        if run not in _sessions:
            from checker.analysis import load_analyzers
            from checker.grammar import open_session
            load_analyzers()
            url = _node_server_url()
            if url and settings.grammar != "off" and not (settings.languagetool or {}).get("url"):
                # A copy: with in-process workers the settings object is the client's own.
                settings = dataclasses.replace(
                    settings, languagetool={**(settings.languagetool or {}), "url": url})
            _sessions[run] = open_session(settings, 1)
        return _sessions[run]


def close_sessions(run: str) -> list[str]:
    """Close this worker's session of `run`; returns its failures that concern the whole run
    (no grammar engine at all, in required mode), which no document carries."""
    with _lock:
        grammar = _sessions.pop(run, None)
    if grammar is None:
        return []
    grammar.close()
    return [f for f in grammar.failures if f.startswith("unavailable: ")]


def _node_server_url() -> str | None:
    try:
        from distributed import get_worker
        return getattr(get_worker(), "lisible_languagetool_url", None)
    except (ImportError, ValueError):
        return None


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:          # no Dask: the plugin is never registered
    WorkerPlugin = object    # type: ignore[misc,assignment]  # a plain base class then


class LanguageToolPlugin(WorkerPlugin):
    """Gives each worker a LanguageTool on its own node: the node's background server when one
    runs, else a tuned server started for the worker's lifetime (loopback only)."""

    def __init__(self, languagetool: dict | None = None):
        self.languagetool = dict(languagetool or {})
        self.server: LocalServer | None = None

    def setup(self, worker):
        from checker.config import Settings
        from checker.grammar.background import find_running
        from checker.grammar.install import InstallError, find_install
        from checker.grammar.server import LocalServer, ServerError
        running = find_running()
        if running is not None:
            worker.lisible_languagetool_url = running.url
            return
        try:
            install = find_install(Settings(languagetool=self.languagetool))
            if install is None:
                return       # the worker's grammar session says "skipped" (or fails if required)
            self.server = LocalServer(install, heap=self.languagetool.get("heap"),
                                      java=self.languagetool.get("java"))
            worker.lisible_languagetool_url = self.server.start()
        except (InstallError, ServerError) as exc:
            worker.lisible_languagetool_error = str(exc)

    def teardown(self, worker):
        if self.server is not None:
            self.server.stop()
        for name in ("lisible_languagetool_url", "lisible_languagetool_error"):
            if hasattr(worker, name):
                delattr(worker, name)

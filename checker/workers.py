"""Worker processes that may die: a crash costs the file it was working on, not the run (issue 13).

A worker can die in ways no `except` sees: a crash in C code, the kernel's out-of-memory killer,
`os._exit`. A `ProcessPoolExecutor` then fails every pending future with `BrokenProcessPool`
and refuses new work. `CrashSafePool` hides that from the engine: its futures always resolve to
the work's answer or to an error text, never to an exception. Files whose future broke are
suspects: each is analysed again alone, one after another, in a one-worker pool of its own, so
the file that kills its worker even alone is the one reported (`lisible.internal-error` on that
file, exit 3), while the others get their findings; new files go to a fresh pool meanwhile.
"""
from __future__ import annotations

import os
import queue
import signal
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

CRASHED = "the worker process analysing this file stopped (it crashed or was killed)"


class CrashSafePool:
    """`submit(*args)` runs `work(*args)` in a worker process; the future's result is what `work`
    returned, CRASHED when the file kills its worker even alone, or the text of an exception
    that escaped `work` (which catches its own: this is for what happens around it, pickling)."""

    def __init__(self, workers: int, context, work):
        self.workers, self.context, self.work = workers, context, work
        self._lock = threading.Lock()
        self._pool = ProcessPoolExecutor(workers, mp_context=context)
        self._suspects: queue.Queue = queue.Queue()
        self._quarantine: threading.Thread | None = None

    def __enter__(self) -> "CrashSafePool":
        return self

    def __exit__(self, *_exc) -> None:
        self.shutdown()

    def submit(self, *args) -> Future:
        outer: Future = Future()
        with self._lock:
            try:
                inner = self._pool.submit(self.work, *args)
            except BrokenProcessPool:            # a worker died since the last submit
                self._pool.shutdown(wait=False)
                self._pool = ProcessPoolExecutor(self.workers, mp_context=self.context)
                inner = self._pool.submit(self.work, *args)
        inner.add_done_callback(lambda done: self._settle(done, outer, args))
        return outer

    def _settle(self, inner: Future, outer: Future, args: tuple) -> None:
        """Runs in the pool's own thread: nothing slow here, suspects go to the quarantine."""
        error = inner.exception()
        if isinstance(error, BrokenProcessPool):
            self._suspect(outer, args)
        elif error is not None:
            outer.set_result(f"{type(error).__name__}: {error}")
        else:
            outer.set_result(inner.result())

    def _suspect(self, outer: Future, args: tuple) -> None:
        with self._lock:
            if self._quarantine is None:
                self._quarantine = threading.Thread(target=self._run_alone, daemon=True,
                                                    name="lisible-quarantine")
                self._quarantine.start()
        self._suspects.put((outer, args))

    def _run_alone(self) -> None:
        alone: ProcessPoolExecutor | None = None
        while (item := self._suspects.get()) is not None:
            outer, args = item
            alone = alone or ProcessPoolExecutor(1, mp_context=self.context)
            try:
                outer.set_result(alone.submit(self.work, *args).result())
            except BrokenProcessPool:
                outer.set_result(CRASHED)
                alone.shutdown(wait=False)
                alone = None
            except Exception as exc:  # noqa: BLE001 - reported on the file, like _settle
                outer.set_result(f"{type(exc).__name__}: {exc}")
        if alone is not None:
            alone.shutdown()

    def shutdown(self) -> None:
        with self._lock:
            quarantine, self._quarantine = self._quarantine, None
        if quarantine is not None:
            self._suspects.put(None)
            quarantine.join()
        self._pool.shutdown()


# --- a crash on demand, for the tests only ------------------------------------------------------
CRASH_VARIABLE = "LISIBLE_TEST_CRASH"


def crash_if_asked(path: str) -> None:
    """Tests prove the recovery with real crashes: with LISIBLE_TEST_CRASH=HOW:NAME in the
    environment (HOW one of exit, kill, memory), the worker analysing a file called NAME dies by
    os._exit, by SIGKILL (as the out-of-memory killer does), or runs out of memory for real.
    Unset (always, outside tests) it does nothing."""
    asked = os.environ.get(CRASH_VARIABLE)
    if not asked or ":" not in asked:
        return
    how, name = asked.split(":", 1)
    if os.path.basename(path) != name:
        return
    if how == "exit":
        os._exit(70)
    elif how == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif how == "memory":
        bytearray(1 << 62)           # 4 EiB: no system grants it, Python raises MemoryError

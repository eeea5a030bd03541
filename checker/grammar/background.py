"""One LanguageTool server per user, in the background, that every `lisible check` finds and reuses.

`lisible languagetool start` spawns a small supervisor (`python -m checker.grammar.background`) in its
own session. The supervisor starts the tuned server (checker.grammar.server.LocalServer: loopback
only, a free port the OS hands out), records it in `languagetool-server.json` in the user cache
folder (supervisor pid, server pid, URL, LanguageTool version), and stops it after IDLE_TIMEOUT
seconds without a client (each client touches the record) or on SIGTERM (`lisible languagetool stop`).
The JVM's start (20-60 s) is paid once, not by every run: a later check only reads the record and
asks the server one question (`GET /v2/languages`).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from checker.grammar.server import START_TIMEOUT, is_ready, user_folder

RECORD = "languagetool-server.json"
IDLE_TIMEOUT = 3600.0    # seconds without a client before the background server stops itself
POLL = 10.0              # how often the supervisor looks at the record and the JVM
TOUCH_EVERY = 30.0       # a client refreshes the record's time at most this often


@dataclass
class Background:
    pid: int             # the supervisor (stopping it stops the JVM)
    server_pid: int
    url: str
    version: str | None
    idle_timeout: float
    started: float


def record_path(folder: Path | None = None) -> Path:
    return (folder or user_folder()) / RECORD


def read_record(folder: Path | None = None) -> Background | None:
    try:
        data = json.loads(record_path(folder).read_text(encoding="utf-8"))
        return Background(**data)
    except (OSError, ValueError, TypeError):
        return None


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def find_running(folder: Path | None = None, touch: bool = True) -> Background | None:
    """The background server when it runs and answers; a stale record is removed."""
    found = read_record(folder)
    if found is None:
        return None
    if not pid_alive(found.pid) or not is_ready(found.url, timeout=2.0):
        if not pid_alive(found.pid):
            record_path(folder).unlink(missing_ok=True)
        return None
    if touch:
        touch_record(folder)
    return found


def touch_record(folder: Path | None = None) -> None:
    """Tell the supervisor a client used the server now (it stops after IDLE_TIMEOUT without)."""
    path = record_path(folder)
    try:
        if time.time() - path.stat().st_mtime >= TOUCH_EVERY:
            os.utime(path)
    except OSError:
        pass


def start(install_settings=None, heap: str | None = None, idle_timeout: float = IDLE_TIMEOUT,
          timeout: float = START_TIMEOUT, folder: Path | None = None) -> tuple[Background, bool]:
    """(the background server, whether this call started it). Raises ServerError when it won't."""
    from checker.grammar.server import ServerError
    running = find_running(folder)
    if running is not None:
        return running, False
    folder = folder or user_folder()
    folder.mkdir(parents=True, exist_ok=True)
    log = open(folder / "languagetool-server.log", "wb")
    command = [sys.executable, "-m", "checker.grammar.background", "--idle", str(idle_timeout)]
    if heap:
        command += ["--heap", heap]
    conf = (install_settings.languagetool or {}) if install_settings is not None else {}
    for key in ("jar_dir", "java"):
        if conf.get(key):
            command += [f"--{key.replace('_', '-')}", str(conf[key])]
    env = {**os.environ, "LISIBLE_STATE_DIR": str(folder)}
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               start_new_session=True, env=env)
    log.close()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = (folder / "languagetool-server.log").read_text("utf-8", "replace").strip()
            raise ServerError(f"the background LanguageTool did not start:\n{tail[-1500:]}")
        found = read_record(folder)
        if found is not None and found.pid == process.pid and is_ready(found.url):
            return found, True
        time.sleep(0.3)
    process.terminate()
    raise ServerError(f"the background LanguageTool did not answer within {timeout:.0f} s")


def stop(folder: Path | None = None, timeout: float = 20.0) -> Background | None:
    """Stop the background server; returns what was stopped (None when none ran)."""
    found = read_record(folder)
    if found is None:
        return None
    if pid_alive(found.pid):
        os.kill(found.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while pid_alive(found.pid) and time.monotonic() < deadline:
            _reap(found.pid)
            time.sleep(0.1)
    if pid_alive(found.server_pid):       # the supervisor was killed hard: the JVM goes too
        os.kill(found.server_pid, signal.SIGTERM)
    record_path(folder).unlink(missing_ok=True)
    return found


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)       # our own child when start() ran in this process
    except ChildProcessError:
        pass


# --- the supervisor ------------------------------------------------------------------------------

def supervise(idle_timeout: float, heap: str | None, jar_dir: str | None,
              java: str | None = None) -> int:
    from checker.config import Settings
    from checker.grammar.install import find_install
    from checker.grammar.server import DEFAULT_HEAP, LocalServer
    folder = Path(os.environ.get("LISIBLE_STATE_DIR") or user_folder())
    settings = Settings(languagetool={"jar_dir": jar_dir} if jar_dir else {})
    install = find_install(settings)
    if install is None:
        print("LanguageTool is not installed: run `lisible languagetool install` first", flush=True)
        return 3
    server = LocalServer(install, heap=heap or DEFAULT_HEAP, java=java)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    url = server.start()
    assert server.process is not None       # start() returned: the JVM runs
    record = Background(os.getpid(), server.process.pid, url, install.version, idle_timeout,
                        time.time())
    path = record_path(folder)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(record)), encoding="utf-8")
    os.replace(tmp, path)
    print(f"LanguageTool {install.version} on {url}, idle timeout {idle_timeout:.0f} s", flush=True)
    try:
        while not stopping and server.alive():
            time.sleep(min(POLL, 1.0))
            try:
                idle = time.time() - path.stat().st_mtime
            except OSError:
                break                       # record removed: someone stopped us
            if idle > idle_timeout:
                print(f"idle for {idle:.0f} s: stopping", flush=True)
                break
    finally:
        server.stop()
        current = read_record(folder)
        if current is not None and current.pid == os.getpid():
            path.unlink(missing_ok=True)
    return 0


def main(argv: list[str]) -> int:
    import argparse
    parser = argparse.ArgumentParser(prog="python -m checker.grammar.background")
    parser.add_argument("--idle", type=float, default=IDLE_TIMEOUT)
    parser.add_argument("--heap")
    parser.add_argument("--jar-dir")
    parser.add_argument("--java")
    args = parser.parse_args(argv)
    return supervise(args.idle, args.heap, args.jar_dir, args.java)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

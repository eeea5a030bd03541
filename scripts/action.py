"""What the GitHub Action (action.yml) runs: start LanguageTool if grammar is wanted, run the
check once to JSON, then write SARIF (for upload) and GitHub annotations from that JSON.

Inputs come as environment variables INPUT_<NAME> (action.yml maps each input explicitly; passing
them through the environment, not into the shell text, keeps a path or ref from being run as code).
Outputs go to $GITHUB_OUTPUT: exit-code, sarif-file, json-file. This script exits 0 when it did
its job, whatever the check found: action.yml uploads the SARIF first, then fails the job with
the check's exit code (DESIGN.md, "Exit codes": 1 findings, 2 usage, 3 engine unavailable).
Standard library only: it runs before anything else is known to be importable.
"""
from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

LISIBLE = (sys.executable, "-m", "checker")
SERVER_WAIT_SECONDS = 180      # a cold JVM loading several language modules takes a while
EXIT_USAGE = 2


@dataclass(frozen=True)
class Inputs:
    paths: tuple[str, ...] = (".",)
    fail_on: str = "error"
    min_score: str = ""
    baseline: str = ""
    diff_base: str = ""
    grammar: str = "required"
    languages: str = "en,fr,de"
    languagetool_url: str = ""
    languagetool_port: int = 8081
    config: str = ""
    sarif_file: str = "lisible.sarif"
    annotations: bool = True
    args: tuple[str, ...] = ()


def read_inputs(env: dict) -> Inputs:
    def get(name: str, default: str = "") -> str:
        return env.get("INPUT_" + name.upper().replace("-", "_"), "").strip() or default
    return Inputs(
        paths=tuple(shlex.split(get("paths", "."))),
        fail_on=get("fail-on", "error"), min_score=get("min-score"), baseline=get("baseline"),
        diff_base=get("diff-base"), grammar=get("grammar", "required"),
        languages=get("languages", "en,fr,de"), languagetool_url=get("languagetool-url"),
        languagetool_port=int(get("languagetool-port", "8081")), config=get("config"),
        sarif_file=get("sarif-file", "lisible.sarif"),
        annotations=get("annotations", "true").lower() == "true",
        args=tuple(shlex.split(get("args"))),
    )


def needs_local_server(inputs: Inputs) -> bool:
    return inputs.grammar != "off" and not inputs.languagetool_url


def check_command(inputs: Inputs, json_file: str, languagetool_url: str | None) -> list[str]:
    command = [*LISIBLE, "check", *inputs.paths, "--format", "json", "--output", json_file,
               "--fail-on", inputs.fail_on, "--grammar", inputs.grammar]
    optional = (("--min-score", inputs.min_score), ("--baseline", inputs.baseline),
                ("--diff-base", inputs.diff_base), ("--config", inputs.config),
                ("--languagetool-url", languagetool_url))
    for flag, value in optional:
        if value:
            command += [flag, value]
    return command + list(inputs.args)


def report_command(json_file: str, fmt: str, fail_on: str, output: str | None = None) -> list[str]:
    command = [*LISIBLE, "report", json_file, "--format", fmt, "--fail-on", fail_on]
    return command + (["--output", output] if output else [])


def install_commands(inputs: Inputs) -> tuple[list[str], list[str]]:
    """(install, serve) commands for a local LanguageTool on 127.0.0.1."""
    return ([*LISIBLE, "languagetool", "install", "--languages", inputs.languages],
            [*LISIBLE, "languagetool", "serve", "--port", str(inputs.languagetool_port)])


def wait_for_server(url: str, timeout: float, server: subprocess.Popen | None = None,
                    sleep=time.sleep) -> bool:
    """Poll GET {url}/v2/languages, which LanguageTool answers once it is ready (DESIGN.md)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server is not None and server.poll() is not None:
            return False          # the server exited: no point waiting
        try:
            with urllib.request.urlopen(f"{url}/v2/languages", timeout=5) as answer:
                if answer.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        sleep(1)
    return False


def main(env: dict | None = None) -> int:
    env = dict(os.environ if env is None else env)
    inputs = read_inputs(env)
    workdir = Path(env.get("RUNNER_TEMP") or tempfile.mkdtemp(prefix="lisible-"))
    json_file = str(workdir / "lisible.json")
    server = None
    url = inputs.languagetool_url or None
    try:
        if needs_local_server(inputs):
            server, url = start_languagetool(inputs)
        code = run(check_command(inputs, json_file, url))
    finally:
        if server is not None:
            stop_languagetool(server)
    produced = Path(json_file).is_file()
    if produced:
        run(report_command(json_file, "sarif", inputs.fail_on, inputs.sarif_file))
        if inputs.annotations:
            run(report_command(json_file, "github", inputs.fail_on))
    write_outputs(env, {"exit-code": str(code), "json-file": json_file if produced else "",
                        "sarif-file": inputs.sarif_file if produced else ""})
    return 0


def start_languagetool(inputs: Inputs) -> tuple[subprocess.Popen | None, str | None]:
    """Install (idempotent, cached by action.yml) and start LanguageTool. When that fails, the
    check still runs: with --grammar required it exits 3 and says why, as the gate should."""
    install, serve = install_commands(inputs)
    if run(install) != 0:
        return None, None
    url = f"http://127.0.0.1:{inputs.languagetool_port}"
    print(f"::group::LanguageTool on {url}", flush=True)
    # Its own session, so stopping it stops the JVM it starts too (stop_languagetool).
    server = subprocess.Popen(serve, start_new_session=True)
    ready = wait_for_server(url, SERVER_WAIT_SECONDS, server)
    print("::endgroup::", flush=True)
    if not ready:
        print(f"::warning title=lisible::LanguageTool did not answer on {url}", flush=True)
    return server, url if ready else None


def stop_languagetool(server: subprocess.Popen) -> None:
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def run(command: list[str]) -> int:
    shown = ["lisible", *command[3:]] if tuple(command[:3]) == LISIBLE else command
    print("+ " + shlex.join(shown), flush=True)
    return subprocess.run(command, check=False).returncode


def write_outputs(env: dict, values: dict[str, str]) -> None:
    target = env.get("GITHUB_OUTPUT")
    lines = "".join(f"{key}={value}\n" for key, value in values.items())
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(lines)
    else:
        sys.stderr.write(lines)


if __name__ == "__main__":
    sys.exit(main())

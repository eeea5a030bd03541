"""What the GitHub Action (action.yml) runs: start LanguageTool if grammar is wanted, run the
check once to JSON, then write SARIF (for upload) and GitHub annotations from that JSON.

Inputs come as environment variables INPUT_<NAME> (action.yml maps each input explicitly; passing
them through the environment, not into the shell text, keeps a path or ref from being run as code).
Outputs go to $GITHUB_OUTPUT: exit-code, sarif-file, json-file, reviewdog-exit-code. This script
exits 0 when it did its job, whatever the check found: action.yml uploads the SARIF first, then
fails the job with the check's exit code (DESIGN.md, "Exit codes": 1 findings, 2 usage, 3 engine
unavailable), or reviewdog's when `fail_on_error` asked for it.

With a `reporter`, the findings also go to reviewdog as rdjsonl (as vale-action does), which posts
them as pull-request review comments with suggested changes (github-pr-review) or as a check run
(github-pr-check), filtered to the diff by `filter_mode`: the way past the 10 errors and 10 warnings
GitHub shows per step as annotations. A Markdown summary of the run goes to $GITHUB_STEP_SUMMARY.
Standard library only: it runs before anything else is known to be importable.
"""
from __future__ import annotations

import json
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
REPORTERS = ("", "github-pr-review", "github-pr-check", "github-check", "local")
FILTER_MODES = ("added", "diff_context", "file", "nofilter")
# reviewdog's pull-request reporters need a pull_request event to comment on.
PR_REPORTERS = ("github-pr-review", "github-pr-check")
SUMMARY_ROWS = 10


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
    reporter: str = ""
    filter_mode: str = "added"
    fail_on_error: bool = False
    token: str = ""


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
        reporter=_one_of(get("reporter"), REPORTERS, "reporter"),
        filter_mode=_one_of(get("filter_mode", "added"), FILTER_MODES, "filter_mode"),
        fail_on_error=get("fail_on_error", "false").lower() == "true",
        token=get("token"),
    )


class InputError(ValueError):
    """An action input with a value the action does not know."""


def _one_of(value: str, allowed: tuple[str, ...], name: str) -> str:
    if value not in allowed:
        shown = ", ".join(a for a in allowed if a)
        raise InputError(f"input {name}: {value!r} is not one of {shown}")
    return value


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


def report_command(json_file: str, fmt: str, fail_on: str, output: str | None = None,
                   sources: tuple[str, ...] = ()) -> list[str]:
    """`lisible report` on the JSON this action wrote; `sources` are the paths it checked, which
    the rdjson and sarif renderers may read (they read nothing else: docs/security.md)."""
    command = [*LISIBLE, "report", json_file, "--format", fmt, "--fail-on", fail_on]
    command += [part for path in sources for part in ("--sources", path)]
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


def reviewdog_command(inputs: Inputs) -> list[str]:
    """reviewdog reading rdjsonl on stdin. `-fail-level` replaces the deprecated `-fail-on-error`
    (reviewdog's cmd/reviewdog/main.go): with fail_on_error, an error-level diagnostic that passes
    the filter makes reviewdog exit 1."""
    return ["reviewdog", "-f=rdjsonl", "-name=lisible", f"-reporter={inputs.reporter}",
            f"-filter-mode={inputs.filter_mode}",
            f"-fail-level={'error' if inputs.fail_on_error else 'none'}"]


def run_reviewdog(inputs: Inputs, json_file: str, env: dict) -> str:
    """Pipe the findings to reviewdog; returns its exit code as text ('' when not run)."""
    if not inputs.reporter:
        return ""
    if inputs.reporter in PR_REPORTERS and not env.get("GITHUB_EVENT_NAME", "").startswith(
            "pull_request"):
        print(f"lisible: reporter {inputs.reporter} comments on pull requests; this run is a "
              f"{env.get('GITHUB_EVENT_NAME') or 'local'} event, so reviewdog was not run.",
              flush=True)
        return ""
    command = report_command(json_file, "rdjsonl", inputs.fail_on, sources=inputs.paths)
    rdjsonl = subprocess.run(command, capture_output=True, check=False)
    if rdjsonl.returncode != 0:
        sys.stderr.write(rdjsonl.stderr.decode("utf-8", "replace"))
        return str(rdjsonl.returncode)
    command = reviewdog_command(inputs)
    print("+ " + shlex.join(command), flush=True)
    child_env = {**env, "REVIEWDOG_GITHUB_API_TOKEN": inputs.token} if inputs.token else env
    done = subprocess.run(command, input=rdjsonl.stdout, env=child_env, check=False)
    return str(done.returncode)


def job_summary(result: dict) -> str:
    """Markdown for $GITHUB_STEP_SUMMARY: counts, the documents with the lowest scores, the rules
    found most often. Findings a baseline accepted are left out, as in the annotations."""
    docs = result.get("documents", [])
    counts = {"error": 0, "warning": 0, "info": 0}
    by_rule: dict[str, list[int]] = {}
    rows = []
    for doc in docs:
        mine = {"error": 0, "warning": 0, "info": 0}
        for finding in doc.get("findings", []):
            if finding.get("baseline"):
                continue
            mine[finding["severity"]] += 1
            seen = by_rule.setdefault(finding["rule"], [0, 0])
            seen[0] += 1
        for rule in {f["rule"] for f in doc.get("findings", []) if not f.get("baseline")}:
            by_rule[rule][1] += 1
        for key in counts:
            counts[key] += mine[key]
        rows.append((doc.get("score", 0), -mine["error"], -mine["warning"], doc["path"], mine, doc))
    passed = sum(1 for d in docs if d.get("passed"))
    out = ["## lisible", "",
           f"{len(docs)} documents checked: {passed} passed, {len(docs) - passed} failed. "
           f"Findings: {counts['error']} errors, {counts['warning']} warnings, "
           f"{counts['info']} info.", ""]
    if rows:
        out += ["### Lowest scores", "", "| Document | Score | Errors | Warnings | Info | Result |",
                "| --- | ---: | ---: | ---: | ---: | --- |"]
        for score, _e, _w, path, mine, doc in sorted(rows, key=lambda r: r[:4])[:SUMMARY_ROWS]:
            verdict = "passed" if doc.get("passed") else "failed"
            out.append(f"| {_cell(path)} | {score} | {mine['error']} | {mine['warning']} | "
                       f"{mine['info']} | {verdict} |")
        out.append("")
    if by_rule:
        out += ["### Rules found most often", "", "| Rule | Findings | Documents |",
                "| --- | ---: | ---: |"]
        top = sorted(by_rule.items(), key=lambda item: (-item[1][0], item[0]))[:SUMMARY_ROWS]
        out += [f"| {_cell(rule)} | {n} | {n_docs} |" for rule, (n, n_docs) in top]
        out.append("")
    return "\n".join(out)


def _cell(text: str) -> str:
    """Text for a Markdown table cell: no HTML, no column break, no line break."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("|", "\\|").replace("\n", " ")


def write_summary(env: dict, json_file: str) -> None:
    target = env.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        result = json.loads(Path(json_file).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    with open(target, "a", encoding="utf-8") as out:
        out.write(job_summary(result) + "\n")


def main(env: dict | None = None) -> int:
    env = dict(os.environ if env is None else env)
    try:
        inputs = read_inputs(env)
    except InputError as exc:
        print(f"::error title=lisible::{exc}", flush=True)
        write_outputs(env, {"exit-code": str(EXIT_USAGE), "json-file": "", "sarif-file": "",
                            "reviewdog-exit-code": ""})
        return 0
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
    reviewdog_code = ""
    if produced:
        run(report_command(json_file, "sarif", inputs.fail_on, inputs.sarif_file, inputs.paths))
        if inputs.annotations:
            run(report_command(json_file, "github", inputs.fail_on))
        reviewdog_code = run_reviewdog(inputs, json_file, env)
        write_summary(env, json_file)
    write_outputs(env, {"exit-code": str(code), "json-file": json_file if produced else "",
                        "sarif-file": inputs.sarif_file if produced else "",
                        "reviewdog-exit-code": reviewdog_code})
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

"""A worker process that dies costs its own file, not the report (issue 13).

Real crashes, in a real `lisible check` run in worker processes: with LISIBLE_TEST_CRASH=HOW:NAME
(checker.workers.crash_if_asked, a no-op when unset) the worker analysing NAME calls os._exit,
sends itself SIGKILL (what the out-of-memory killer does) or asks for 4 EiB (a real MemoryError).
Expected, by hand: the crashed file has one finding, lisible.internal-error; each of the other
eight files says "in order to" once and so has en.plain.in-order-to; the run exits 3.
"""
import csv
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from checker import engine, workers
from checker.config import Settings
from checker.reports import RenderOptions, load_formats

NOTE = "We met in order to discuss the plan.\n"
PAGES = ["a0.md", "a1.md", "a2.md", "a3.md", "p0.md", "p1.md", "p2.md", "p3.md"]
CRASH = "crash.md"     # sorts among them: the stream waits on it while later files are in flight
CRASHED = "crashed or was killed"


@pytest.fixture
def folder(tmp_path):
    for name in PAGES + [CRASH]:
        (tmp_path / name).write_text(NOTE, encoding="utf-8")
    return tmp_path


def run_check(folder, fmt: str, how: str, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, workers.CRASH_VARIABLE: f"{how}:{CRASH}",
           "XDG_CONFIG_HOME": str(folder / "user-config"), "XDG_CACHE_HOME": str(folder / "cache")}
    env.pop("LISIBLE_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "checker", "check", ".", "--format", fmt, "--grammar", "off",
         "--lang", "en", "--jobs", "2", *extra],
        cwd=folder, env=env, capture_output=True, text=True, timeout=600)


def assert_one_file_lost(rules_by_path: dict, crash_message: str) -> None:
    assert sorted(rules_by_path) == sorted(PAGES + [CRASH])
    assert [rule for rule, _ in rules_by_path[CRASH]] == ["lisible.internal-error"]
    assert crash_message in rules_by_path[CRASH][0][1]
    for page in PAGES:
        rules = [rule for rule, _ in rules_by_path[page]]
        assert "en.plain.in-order-to" in rules and "lisible.internal-error" not in rules, page


@pytest.mark.parametrize("how, message", [("exit", CRASHED), ("kill", CRASHED),
                                          ("memory", "MemoryError")])
def test_streamed_json_keeps_every_other_file(folder, how, message):
    done = run_check(folder, "json", how)
    assert done.returncode == 3, done.stderr
    data = json.loads(done.stdout)
    assert_one_file_lost({d["path"]: [(f["rule"], f["message"]) for f in d["findings"]]
                          for d in data["documents"]}, message)
    assert any(CRASH in failure for failure in data["summary"]["engine_failures"])


def test_streamed_jsonl_to_a_file_keeps_every_other_file(folder):
    done = run_check(folder, "jsonl", "kill", "-o", "out.jsonl")
    assert done.returncode == 3, done.stderr
    rows = [json.loads(line) for line in (folder / "out.jsonl").read_text().splitlines()]
    documents = [row for row in rows if "findings" in row and "path" in row]
    assert_one_file_lost({d["path"]: [(f["rule"], f["message"]) for f in d["findings"]]
                          for d in documents}, CRASHED)


def test_sarif_keeps_every_other_file(folder):
    done = run_check(folder, "sarif", "exit")
    assert done.returncode == 3, done.stderr
    by_path: dict = {}
    for result in json.loads(done.stdout)["runs"][0]["results"]:
        path = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        by_path.setdefault(path, []).append((result["ruleId"], result["message"]["text"]))
    assert_one_file_lost(by_path, CRASHED)


def test_csv_keeps_every_other_file(folder):
    done = run_check(folder, "csv", "kill")
    assert done.returncode == 3, done.stderr
    by_path: dict = {}
    for row in csv.DictReader(io.StringIO(done.stdout.lstrip("\ufeff"))):   # Excel's BOM
        by_path.setdefault(row["path"], []).append((row["rule"], row["message"]))
    assert_one_file_lost(by_path, CRASHED)


def test_text_names_the_lost_file(folder):
    done = run_check(folder, "text", "kill")
    assert done.returncode == 3, done.stderr
    assert CRASHED in done.stdout
    for page in PAGES:
        assert page in done.stdout


def test_without_the_variable_nothing_crashes(folder):
    """The hook is inert outside the tests: the same run with it unset loses no file."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(folder / "u"), "XDG_CACHE_HOME": str(folder / "c")}
    env.pop(workers.CRASH_VARIABLE, None)
    done = subprocess.run([sys.executable, "-m", "checker", "check", ".", "--format", "json",
                           "--grammar", "off", "--lang", "en", "--jobs", "2"],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr      # a warning each: passes --fail-on error
    for document in json.loads(done.stdout)["documents"]:
        assert "en.plain.in-order-to" in [f["rule"] for f in document["findings"]]


def test_every_format_renders_a_run_that_lost_a_file(folder, monkeypatch):
    """In this process (the forkserver it starts inherits the variable): the gathered run, as the
    non-streamed formats receive it, rendered by each of them."""
    monkeypatch.setenv(workers.CRASH_VARIABLE, f"exit:{CRASH}")
    import multiprocessing.forkserver as forkserver
    forkserver._forkserver._stop()          # a server started before the variable would lack it
    run = Settings(grammar="off", cache=False, jobs=2, language="en")
    result = engine.check_paths([str(folder)], run)
    forkserver._forkserver._stop()          # later tests get a server without the variable
    by_path = {os.path.basename(d.document.path): [(f.rule, f.message) for f in d.findings]
               for d in result.documents}
    assert_one_file_lost(by_path, CRASHED)
    data = result.to_dict()
    for name, fmt in load_formats().items():
        out = fmt.render(data, RenderOptions(fail_on="warning"))
        if name in ("json", "sarif", "gitlab", "rdjson"):
            json.loads(out)
        elif name == "junit":
            ET.fromstring(out.encode("utf-8"))
        assert CRASH in out, name

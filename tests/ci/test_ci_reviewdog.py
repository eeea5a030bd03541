"""The Action's review path: scripts/action.py pipes rdjsonl into reviewdog with the reporter,
filter mode and fail level asked for, and writes the job summary. End to end with a stub
pull_request event and a fake `reviewdog` on PATH that records its arguments, stdin and token."""
import json
import os
import stat
import subprocess
import sys

import pytest

from ci_results import REPO, document, release_doc, result
from test_ci_action import action

FAKE_REVIEWDOG = '''#!{python}
import json, os, sys
stdin = sys.stdin.read()
with open(os.environ["FAKE_REVIEWDOG_LOG"], "w", encoding="utf-8") as log:
    json.dump({{"args": sys.argv[1:], "stdin": stdin,
               "token": os.environ.get("REVIEWDOG_GITHUB_API_TOKEN"),
               "event": os.environ.get("GITHUB_EVENT_PATH")}}, log)
errors = any(json.loads(line)["severity"] == "ERROR" for line in stdin.splitlines())
sys.exit(1 if errors and "-fail-level=error" in sys.argv else 0)
'''

SOURCE = "Communiqué\n\nLe service « entier» ouvre le 4 mai.\n"


def test_reviewdog_command_from_inputs():
    inputs = action.read_inputs({"INPUT_REPORTER": "github-pr-review",
                                 "INPUT_FILTER_MODE": "diff_context", "INPUT_FAIL_ON_ERROR": "true"})
    assert action.reviewdog_command(inputs) == [
        "reviewdog", "-f=rdjsonl", "-name=lisible", "-reporter=github-pr-review",
        "-filter-mode=diff_context", "-fail-level=error"]
    default = action.read_inputs({"INPUT_REPORTER": "github-pr-check"})
    assert action.reviewdog_command(default)[-2:] == ["-filter-mode=added", "-fail-level=none"]
    with pytest.raises(action.InputError, match="filter_mode: 'everything'"):
        action.read_inputs({"INPUT_FILTER_MODE": "everything"})


def _run(tmp_path, event_name="pull_request", **inputs):
    content = tmp_path / "content"
    (content / "press").mkdir(parents=True, exist_ok=True)
    (content / "press" / "op.md").write_text(SOURCE, encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    fake = bin_dir / "reviewdog"
    fake.write_text(FAKE_REVIEWDOG.format(python=sys.executable), encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"number": 7, "head": {"sha": "0" * 40}}}),
                     encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "GITHUB_OUTPUT": str(tmp_path / "output"), "GITHUB_STEP_SUMMARY": str(tmp_path / "summary"),
           "GITHUB_EVENT_NAME": event_name, "GITHUB_EVENT_PATH": str(event),
           "RUNNER_TEMP": str(tmp_path), "FAKE_REVIEWDOG_LOG": str(tmp_path / "reviewdog.json"),
           "INPUT_PATHS": "press", "INPUT_GRAMMAR": "off", "INPUT_ANNOTATIONS": "false",
           "INPUT_ARGS": "--lang fr-FR", "INPUT_TOKEN": "t0ken", "INPUT_SARIF_FILE": "l.sarif",
           **{f"INPUT_{k.upper()}": v for k, v in inputs.items()}}
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "action.py")], cwd=content,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    outputs = dict(line.split("=", 1) for line in
                   (tmp_path / "output").read_text(encoding="utf-8").splitlines())
    log = tmp_path / "reviewdog.json"
    recorded = json.loads(log.read_text(encoding="utf-8")) if log.exists() else None
    return outputs, recorded, tmp_path / "summary"


@pytest.mark.slow
def test_the_action_reviews_a_pull_request_through_reviewdog(tmp_path):
    outputs, recorded, summary = _run(tmp_path, reporter="github-pr-review",
                                      filter_mode="file", fail_on_error="true")
    assert recorded["args"] == ["-f=rdjsonl", "-name=lisible", "-reporter=github-pr-review",
                                "-filter-mode=file", "-fail-level=error"]
    assert recorded["token"] == "t0ken"
    assert recorded["event"] == str(tmp_path / "event.json")
    (line,) = recorded["stdin"].splitlines()
    diagnostic = json.loads(line)
    assert diagnostic["code"]["value"] == "fr.typography.space-before-closing-guillemet"
    # « is two bytes in UTF-8: the code-point column 14 of "entier»" is byte column 15.
    assert diagnostic["location"] == {"path": "press/op.md", "range": {
        "start": {"line": 3, "column": 15}, "end": {"line": 3, "column": 23}}}
    # The catalogue marks this rule's fix safe and the source slice is the flagged text: reviewdog
    # gets a suggested change on the same range (a no-break space before the guillemet).
    assert diagnostic["suggestions"] == [{"range": diagnostic["location"]["range"],
                                          "text": "entier\u00a0»"}]
    # A warning only: the fake reviewdog, like the real one, does not fail at -fail-level=error.
    assert outputs["reviewdog-exit-code"] == "0"
    assert outputs["exit-code"] == "0"
    text = summary.read_text(encoding="utf-8")
    assert "1 documents checked: 1 passed, 0 failed. Findings: 0 errors, 1 warnings, 0 info." in text
    assert "| fr.typography.space-before-closing-guillemet | 1 | 1 |" in text


@pytest.mark.slow
def test_no_review_outside_a_pull_request(tmp_path):
    outputs, recorded, _ = _run(tmp_path, "push", reporter="github-pr-check")
    assert recorded is None and outputs["reviewdog-exit-code"] == ""


def test_an_unknown_reporter_is_a_usage_error(tmp_path):
    env = {"INPUT_REPORTER": "slack", "GITHUB_OUTPUT": str(tmp_path / "out")}
    assert action.main(env) == 0
    assert (tmp_path / "out").read_text(encoding="utf-8").splitlines()[0] == "exit-code=2"


def test_job_summary_counts_worst_documents_and_top_rules():
    bad = release_doc("press/a|b.txt")          # 2 warnings, 1 error, score 70, failed
    bad["score"] = 40
    clean = document("press/clean.txt", "Nothing to see.\n", score=90)
    known = release_doc("press/known.txt")
    for f in known["findings"]:
        f["baseline"] = True
    known["passed"] = True
    text = action.job_summary(result(clean, bad, known))
    lines = text.splitlines()
    assert lines[0] == "## lisible"
    assert ("3 documents checked: 2 passed, 1 failed. "
            "Findings: 1 errors, 2 warnings, 0 info.") in lines
    table = lines[lines.index("### Lowest scores") + 4:]
    assert table[:3] == ["| press/a\\|b.txt | 40 | 1 | 2 | 0 | failed |",
                         "| press/known.txt | 70 | 0 | 0 | 0 | passed |",
                         "| press/clean.txt | 90 | 0 | 0 | 0 | passed |"]
    rules = lines[lines.index("### Rules found most often") + 4:]
    assert rules[:2] == ["| en.plain.leverage | 2 | 1 |", "| en.plain.going-forward | 1 | 1 |"]

"""Issue 7, "Done when": in a git repository of releases, a commit that adds one jargon sentence to
a file with old known problems fails with exactly that one new finding, at its line, in SARIF,
JUnit, GitHub and GitLab formats; by --diff-base and by a baseline. Runs `python -m checker` for
real (grammar off: the gate must not depend on LanguageTool being installed here)."""
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from ci_results import REPO, git

pytestmark = pytest.mark.slow

OLD = (
    "Harbour ferry timetable\n"
    "\n"
    "From 1 June the ferry will leverage a second boat in order to run every twenty minutes.\n"
    "Tickets are sold on board and at the harbour office.\n"
    "\n"
    "The old pier closes for repairs in July.\n"
)
NEW_SENTENCE = "The ferry company will utilise a bigger boat in August.\n"
NEW = OLD.replace("harbour office.\n", "harbour office.\n" + NEW_SENTENCE)
NEW_LINE, NEW_COLUMN = 5, 24          # "utilise": line 5, columns 24 to 30
OTHER = "Library hours\n\nThe library opens at nine on weekdays.\n"


@pytest.fixture(scope="module")
def releases(tmp_path_factory):
    repo = tmp_path_factory.mktemp("releases")
    git(repo, "init", "-q")
    (repo / "press").mkdir()
    (repo / "press" / "ferry.txt").write_text(OLD, encoding="utf-8")
    (repo / "press" / "library.txt").write_text(OTHER, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "releases with old known problems")
    lisible(repo, "baseline", "create", "-o", ".lisible-baseline.json", "press",
            "--grammar", "off", expect=0)
    git(repo, "add", ".lisible-baseline.json")
    git(repo, "commit", "-q", "-m", "baseline")
    (repo / "press" / "ferry.txt").write_text(NEW, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "add a sentence")
    return repo


def lisible(repo, *args, expect):
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "checker", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == expect, done.stderr
    return done.stdout


def check(repo, fmt, *gate):
    return lisible(repo, "check", "press", "--grammar", "off", "--fail-on", "warning",
                   "--format", fmt, *gate, expect=1)


def assert_sarif(text):
    results = json.loads(text)["runs"][0]["results"]
    new = [r for r in results if r.get("baselineState", "new") == "new"]
    assert len(new) == 1, text
    location = new[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "press/ferry.txt"
    assert (location["region"]["startLine"], location["region"]["startColumn"]) == \
        (NEW_LINE, NEW_COLUMN)


def assert_junit(text):
    root = ET.fromstring(text.split("\n", 1)[1])
    failures = [(case.get("file"), f.text) for case in root.iter("testcase")
                for f in case.findall("failure")]
    assert len(failures) == 1, text
    path, body = failures[0]
    assert path == "press/ferry.txt" and body.startswith(f"press/ferry.txt:{NEW_LINE}:{NEW_COLUMN}:")


def assert_github(text):
    annotations = [line for line in text.splitlines() if line.startswith("::")]
    assert len(annotations) == 1, text
    assert annotations[0].startswith(
        f"::warning file=press/ferry.txt,line={NEW_LINE},col={NEW_COLUMN},endLine={NEW_LINE},")


def assert_gitlab(text):
    issues = json.loads(text)
    assert [(i["location"]["path"], i["location"]["lines"]["begin"]) for i in issues] == \
        [("press/ferry.txt", NEW_LINE)], text


CHECKS = {"sarif": assert_sarif, "junit": assert_junit, "github": assert_github,
          "gitlab": assert_gitlab}


@pytest.mark.parametrize("fmt", sorted(CHECKS))
def test_diff_base_reports_the_one_new_finding(releases, fmt):
    CHECKS[fmt](check(releases, fmt, "--diff-base", "HEAD~1"))


@pytest.mark.parametrize("fmt", ["github", "sarif"])
def test_baseline_reports_the_one_new_finding(releases, fmt):
    CHECKS[fmt](check(releases, fmt, "--baseline", ".lisible-baseline.json"))


def test_without_a_gate_the_old_problems_are_there_too(releases):
    out = check(releases, "github")
    assert len([line for line in out.splitlines() if line.startswith("::")]) > 1

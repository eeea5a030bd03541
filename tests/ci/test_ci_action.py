"""The GitHub Action: action.yml's wiring, and scripts/action.py (the logic it runs) for real."""
import importlib.util
import json
import os
import socket
import subprocess
import sys

import pytest
import yaml

from ci_results import REPO, SARIF_SCHEMA

spec = importlib.util.spec_from_file_location("lisible_action", REPO / "scripts" / "action.py")
action = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = action   # dataclasses look their module up there
spec.loader.exec_module(action)
ACTION_YML = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))


def test_check_command_from_inputs():
    inputs = action.read_inputs({
        "INPUT_PATHS": "press\n'web pages'", "INPUT_FAIL_ON": "warning", "INPUT_MIN_SCORE": "60",
        "INPUT_DIFF_BASE": "origin/main", "INPUT_GRAMMAR": "required", "INPUT_ARGS": "--lang fr-CH"})
    command = action.check_command(inputs, "/tmp/r.json", "http://127.0.0.1:8081")
    assert command[3:] == [
        "check", "press", "web pages", "--format", "json", "--output", "/tmp/r.json",
        "--fail-on", "warning", "--grammar", "required", "--min-score", "60",
        "--diff-base", "origin/main", "--languagetool-url", "http://127.0.0.1:8081",
        "--lang", "fr-CH"]
    assert action.needs_local_server(inputs)
    defaults = action.read_inputs({})
    assert action.check_command(defaults, "r.json", None)[3:] == [
        "check", ".", "--format", "json", "--output", "r.json", "--fail-on", "error",
        "--grammar", "required"]
    assert not action.needs_local_server(action.read_inputs({"INPUT_GRAMMAR": "off"}))
    assert not action.needs_local_server(action.read_inputs({"INPUT_LANGUAGETOOL_URL": "http://lt"}))


def test_action_yml_passes_every_input_the_script_reads():
    assert ACTION_YML["runs"]["using"] == "composite"
    steps = ACTION_YML["runs"]["steps"]
    (check,) = [s for s in steps if s.get("id") == "check"]
    mapped = {name: value for name, value in check["env"].items() if name.startswith("INPUT_")}
    for name, value in mapped.items():
        input_name = value.removeprefix("${{ inputs.").removesuffix(" }}")
        assert input_name in ACTION_YML["inputs"], name
        assert name == "INPUT_" + input_name.upper().replace("-", "_")
    read = {f"INPUT_{field.upper()}" for field in action.Inputs.__dataclass_fields__}
    assert read == set(mapped)
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    assert any(u.startswith("actions/setup-java@") for u in uses)
    # The job fails after the upload, with lisible's own exit code, or reviewdog's when asked.
    assert steps[-1]["if"].startswith("steps.check.outputs.exit-code != '0' || (inputs.fail_on_error")
    assert any(u.startswith("reviewdog/action-setup@") for u in uses)
    # The LanguageTool cache: keyed on the version, holding the jars' folder only.
    (cache,) = [s for s in steps if s.get("uses", "").startswith("actions/cache@")]
    assert "steps.languagetool.outputs.version" in cache["with"]["key"]
    assert cache["with"]["path"] == "${{ steps.languagetool.outputs.path }}"
    names = [s.get("name") for s in steps]
    assert names.index("Install lisible") < names.index("LanguageTool version") < steps.index(cache)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_is_started_waited_for_and_stopped(tmp_path, monkeypatch):
    """Stand-in for `lisible languagetool serve`: a static server answering GET /v2/languages."""
    (tmp_path / "v2").mkdir()
    (tmp_path / "v2" / "languages").write_text("[]", encoding="utf-8")
    port = _free_port()
    serve = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
             "--directory", str(tmp_path)]
    monkeypatch.setattr(action, "install_commands",
                        lambda inputs: ([sys.executable, "-c", "pass"], serve))
    server, url = action.start_languagetool(action.Inputs(languagetool_port=port))
    try:
        assert url == f"http://127.0.0.1:{port}"
        assert server.poll() is None
    finally:
        action.stop_languagetool(server)
    assert server.poll() is not None
    assert not action.wait_for_server(url, timeout=0.3, sleep=lambda s: None)


def test_a_server_that_exits_is_not_waited_for(monkeypatch):
    monkeypatch.setattr(action, "install_commands", lambda inputs: (
        [sys.executable, "-c", "pass"], [sys.executable, "-c", "raise SystemExit(3)"]))
    server, url = action.start_languagetool(action.Inputs(languagetool_port=_free_port()))
    action.stop_languagetool(server)
    assert url is None


@pytest.mark.slow
def test_script_writes_sarif_annotations_and_outputs(tmp_path):
    content = tmp_path / "content"
    (content / "press").mkdir(parents=True)
    (content / "press" / "ferry.md").write_text(
        "# Ferry news\n\nThe FSO counted the riders.\n", encoding="utf-8")
    outputs = tmp_path / "github_output"
    env = {**os.environ, "PYTHONPATH": str(REPO), "GITHUB_OUTPUT": str(outputs),
           "RUNNER_TEMP": str(tmp_path), "INPUT_PATHS": "press", "INPUT_FAIL_ON": "warning",
           "INPUT_GRAMMAR": "off", "INPUT_SARIF_FILE": "out/lisible.sarif"}
    (content / "out").mkdir()
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "action.py")], cwd=content,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert outputs.read_text(encoding="utf-8").splitlines() == [
        "exit-code=1", f"json-file={tmp_path / 'lisible.json'}", "sarif-file=out/lisible.sarif",
        "reviewdog-exit-code="]
    (annotation,) = [line for line in done.stdout.splitlines() if line.startswith("::")]
    # "The FSO": the acronym is on line 3, columns 5 to 7.
    assert annotation.startswith("::warning file=press/ferry.md,line=3,col=5,endLine=3,"
                                 "endColumn=7,title=common.acronym-undefined::")
    sarif = json.loads((content / "out" / "lisible.sarif").read_text(encoding="utf-8"))
    if SARIF_SCHEMA.is_file():
        import jsonschema
        jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(sarif)
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["common.acronym-undefined"]


def test_a_usage_error_writes_no_report(tmp_path):
    outputs = tmp_path / "github_output"
    env = {**os.environ, "PYTHONPATH": str(REPO), "GITHUB_OUTPUT": str(outputs),
           "RUNNER_TEMP": str(tmp_path), "INPUT_PATHS": "missing-folder", "INPUT_GRAMMAR": "off"}
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "action.py")], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert outputs.read_text(encoding="utf-8").splitlines() == [
        "exit-code=2", "json-file=", "sarif-file=", "reviewdog-exit-code="]


def test_the_languagetool_version_step_names_the_jar_folder(tmp_path):
    from checker.grammar.install import LT_VERSION, default_install_dir
    (step,) = [s for s in ACTION_YML["runs"]["steps"] if s.get("id") == "languagetool"]
    out = tmp_path / "out"
    env = {**os.environ, "GITHUB_OUTPUT": str(out), "PYTHONPATH": str(REPO),
           "PATH": f"{os.path.dirname(sys.executable)}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(["bash", "-c", step["run"]], env=env, check=True, timeout=60)
    values = dict(line.split("=", 1) for line in out.read_text(encoding="utf-8").splitlines())
    assert values == {"version": LT_VERSION, "path": str(default_install_dir())}
    assert values["path"].endswith(f"languagetool-{LT_VERSION}")

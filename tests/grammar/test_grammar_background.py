"""The tuned server's properties file and the background server (`lisible languagetool start|stop|
status`), run with tests/support/fake_java.py standing in for the JVM."""
from __future__ import annotations

import os
import time

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.config import Settings
from checker.grammar import background, open_session
from checker.grammar.install import Install
from checker.grammar.server import LocalServer, is_ready, server_command
from checker.grammar.tuning import server_properties, write_properties
from support.fake_languagetool import write_fake_java


@pytest.fixture
def fake_java_home(tmp_path, monkeypatch, fake_install):
    """JAVA_HOME whose bin/java is the stand-in, so a supervisor in another process finds it too;
    the state folder is this test's own."""
    home = tmp_path / "jdk"
    write_fake_java(home / "bin" / "java")
    monkeypatch.setenv("JAVA_HOME", str(home))
    state = tmp_path / "state"
    monkeypatch.setenv("LISIBLE_STATE_DIR", str(state))
    yield state
    background.stop(state)


def test_properties_turn_on_pipeline_caching_and_size_threads_to_cores(tmp_path):
    props = server_properties(cores=2)
    assert props["pipelineCaching"] == "true"
    assert props["maxCheckThreads"] == "2"
    assert int(props["cacheSize"]) > 0
    path = write_properties(tmp_path, cores=3)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "maxCheckThreads=3" in lines and "pipelineCaching=true" in lines


def test_the_server_lisible_starts_gets_the_properties_file(tmp_path):
    install = Install(tmp_path, "6.7")
    command = server_command(install, 8100, "1g", "java", tmp_path / "lt.properties")
    assert command[-2:] == ["--config", str(tmp_path / "lt.properties")]
    assert "--config" not in server_command(install, 8100, "1g", "java")
    assert "--public" not in command


def test_a_tuned_local_server_writes_its_properties_in_the_state_folder(fake_java_home, fake_install):
    with LocalServer(Install(fake_install, "6.7")) as server:
        assert is_ready(server.url)
        assert "--config" in server.process.args
    assert (fake_java_home / "languagetool-server.properties").is_file()


def test_start_status_stop(fake_java_home):
    runner = CliRunner()
    assert runner.invoke(cli, ["languagetool", "status"]).exit_code == 1
    started = runner.invoke(cli, ["languagetool", "start", "--idle-timeout", "60"])
    assert started.exit_code == 0, started.output
    record = background.read_record(fake_java_home)
    assert record is not None and record.url.startswith("http://127.0.0.1:")
    assert is_ready(record.url)
    again = runner.invoke(cli, ["languagetool", "start"])
    assert "Already running" in again.output
    assert background.read_record(fake_java_home).pid == record.pid
    status = runner.invoke(cli, ["languagetool", "status"])
    assert status.exit_code == 0 and record.url in status.output
    stopped = runner.invoke(cli, ["languagetool", "stop"])
    assert stopped.exit_code == 0 and record.url in stopped.output
    assert not background.pid_alive(record.pid) and not background.pid_alive(record.server_pid)
    assert background.read_record(fake_java_home) is None
    assert runner.invoke(cli, ["languagetool", "status"]).exit_code == 1


def test_a_check_reuses_the_background_server_instead_of_starting_one(fake_java_home):
    record, started = background.start(idle_timeout=60)
    assert started
    with open_session(Settings(grammar="required", cache=False)) as session:
        assert session.url == record.url
        assert session.install is None          # nothing of its own to start
        assert session.workers >= 1


def test_the_background_server_stops_itself_when_idle(fake_java_home):
    record, _ = background.start(idle_timeout=1)
    path = background.record_path(fake_java_home)
    past = time.time() - 120
    os.utime(path, (past, past))
    deadline = time.monotonic() + 20
    while background.pid_alive(record.pid) and time.monotonic() < deadline:
        background._reap(record.pid)
        time.sleep(0.2)
    assert not background.pid_alive(record.pid)
    assert not background.pid_alive(record.server_pid)
    assert not path.exists()


def test_background_mode_starts_the_server_for_later_runs(fake_java_home):
    settings = Settings(grammar="required", cache=False, languagetool={"server": "background"})
    with open_session(settings) as session:
        url = session.url
    record = background.find_running(fake_java_home)
    assert record is not None and record.url == url     # still up after the run


def test_an_unknown_server_mode_is_a_usage_error(fake_java_home):
    from checker.errors import UsageError
    with pytest.raises(UsageError, match="background"):
        open_session(Settings(grammar="required", languagetool={"server": "daemon"}))

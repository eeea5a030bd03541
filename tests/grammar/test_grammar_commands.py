"""`lisible languagetool install|serve` and `lisible cache clear`, without the network: Maven and Java
are stand-ins where the real ones would download or start something."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.grammar.install import InstallError, MARKER
from support.fake_languagetool import write_fake_install, write_fake_java

FAKE_MVN = """#!/bin/sh
# Writes the jars Maven would copy, and keeps the pom it was given.
for arg in "$@"; do
  case "$arg" in -DoutputDirectory=*) out="${arg#-DoutputDirectory=}";; esac
  if [ "$prev" = "-f" ]; then cp "$arg" "%(log)s/pom.xml"; fi
  prev="$arg"
done
mkdir -p "$out"
: > "$out/languagetool-server-6.7.jar"; : > "$out/language-en-6.7.jar"; : > "$out/guava-33.jar"
"""


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def fake_tools(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    mvn = bin_dir / "mvn"
    mvn.write_text(FAKE_MVN % {"log": tmp_path})
    mvn.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    monkeypatch.setattr("checker.grammar.commands.find_java", lambda: ("/opt/java", 17))
    return tmp_path


def test_install_fetches_with_maven_then_is_idempotent(fake_tools):
    dest = fake_tools / "lt"
    result = run("languagetool", "install", "--languages", "en,fr", "--dir", str(dest))
    assert result.exit_code == 0, result.output
    assert f"into {dest}" in result.output and "languagetool-server-6.7.jar" in result.output
    assert "guava" not in result.output      # only LanguageTool's own jars are listed
    assert (dest / MARKER).is_file() and (dest / "language-en-6.7.jar").is_file()
    pom = (fake_tools / "pom.xml").read_text()
    assert "<artifactId>language-fr</artifactId>" in pom and "<artifactId>language-de</artifactId>" not in pom
    again = run("languagetool", "install", "--languages", "fr", "--dir", str(dest))
    assert again.exit_code == 0 and "already installed" in again.output
    (fake_tools / "pom.xml").unlink()
    more = run("languagetool", "install", "--languages", "de", "--dir", str(dest))
    assert more.exit_code == 0
    pom = (fake_tools / "pom.xml").read_text()     # adding a language keeps the ones installed
    assert all(f"<artifactId>language-{x}</artifactId>" in pom for x in ("en", "fr", "de"))


def test_install_without_java_exits_3(fake_tools, monkeypatch):
    def no_java():
        raise InstallError("LanguageTool 6.7 needs Java 17 or newer; none found")
    monkeypatch.setattr("checker.grammar.commands.find_java", no_java)
    result = CliRunner().invoke(cli, ["languagetool", "install", "--dir", str(fake_tools / "x")])
    assert result.exit_code == 3 and "Java 17" in result.output


def test_install_without_maven_falls_back_to_language_tool_python(fake_tools, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setattr("checker.grammar.commands.install_with_ltp", lambda: Path("/cache/LanguageTool-6.7"))
    result = run("languagetool", "install", "--dir", str(fake_tools / "x"))
    assert result.exit_code == 0
    assert "Maven (mvn) not found" in result.output and "/cache/LanguageTool-6.7" in result.output


def test_install_fallback_failure_exits_3(fake_tools, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")

    def offline():
        raise InstallError("downloading LanguageTool 6.7 failed: no network")
    monkeypatch.setattr("checker.grammar.commands.install_with_ltp", offline)
    result = CliRunner().invoke(cli, ["languagetool", "install", "--dir", str(fake_tools / "x")])
    assert result.exit_code == 3 and "Install Maven" in result.output


def test_bad_languages_option_is_a_usage_error(fake_tools):
    result = CliRunner().invoke(cli, ["languagetool", "install", "--languages", "en,f!"])
    assert result.exit_code == 2


def test_serve_without_install_exits_3(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setattr("checker.grammar.commands.find_install", lambda settings=None: None)
    result = CliRunner().invoke(cli, ["languagetool", "serve", "--port", "8099"])
    assert result.exit_code == 3 and "lisible languagetool install" in result.output


def test_serve_runs_in_the_foreground(monkeypatch, tmp_path, fake_install):
    monkeypatch.chdir(tmp_path)
    # Stand-in for Ctrl-C once the server is up.
    monkeypatch.setattr("checker.grammar.server.LocalServer.wait", lambda self: (_ for _ in ()).throw(KeyboardInterrupt))
    from checker.grammar.server import free_port
    port = free_port()
    result = run("languagetool", "serve", "--port", str(port), "--heap", "256m")
    assert result.exit_code == 0, result.output
    assert f"http://127.0.0.1:{port}" in result.output and "LISIBLE_LANGUAGETOOL_URL" in result.output


def test_cache_clear(monkeypatch, tmp_path):
    path = tmp_path / "cache.sqlite"
    monkeypatch.setattr("checker.grammar.commands.default_cache_path", lambda: path)
    path.write_bytes(b"x")
    first = run("cache", "clear")
    assert first.exit_code == 0 and "Removed" in first.output and not path.exists()
    second = run("cache", "clear")
    assert second.exit_code == 0 and "No cache" in second.output


def test_serve_stops_its_server_on_sigterm(tmp_path):
    """CI scripts stop `lisible languagetool serve` with `kill`: the server it started must go too."""
    import os
    import signal
    import subprocess
    import time

    from checker.grammar.server import free_port, is_ready
    jdk = tmp_path / "jdk"
    write_fake_java(jdk / "bin" / "java")
    folder = write_fake_install(tmp_path / "lt")
    env = {**os.environ, "JAVA_HOME": str(jdk), "LTP_JAR_DIR_PATH": str(folder)}
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    repo = Path(__file__).resolve().parents[2]
    serve = subprocess.Popen([sys.executable, "-m", "checker", "languagetool", "serve", "--port", str(port)],
                             cwd=tmp_path, env={**env, "PYTHONPATH": str(repo)},
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while not is_ready(url) and time.monotonic() < deadline and serve.poll() is None:
            time.sleep(0.1)
        assert is_ready(url), serve.communicate(timeout=5)[0] if serve.poll() is not None else "not ready"
        serve.send_signal(signal.SIGTERM)
        out, _ = serve.communicate(timeout=30)
        assert serve.returncode == 0, out
        assert not is_ready(url)
    finally:
        if serve.poll() is None:
            serve.kill()

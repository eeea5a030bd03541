"""Finding an install and a Java, without downloading anything."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.grammar import install as lt
from checker.grammar.install import Install, InstallError, find_install, find_java, java_major


def fake_java(folder: Path, version_line: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    java = folder / "java"
    java.write_text(f"#!/bin/sh\necho '{version_line}' >&2\n")
    java.chmod(0o755)
    return str(java)


@pytest.mark.parametrize("line, major", [
    ('openjdk version "17.0.15" 2025-04-15', 17), ('java version "1.8.0_392"', 8),
    ('openjdk version "25" 2025-09-16', 25), ('openjdk version "21.0.2" 2024-01-16 LTS', 21),
])
def test_java_major(tmp_path, line, major):
    assert java_major(fake_java(tmp_path, line)) == major


def test_java_major_of_something_that_is_not_java(tmp_path):
    assert java_major(str(tmp_path / "missing")) is None


def test_java_home_wins_when_recent_enough(tmp_path, monkeypatch):
    home = tmp_path / "jdk21"
    fake_java(home / "bin", 'openjdk version "21.0.1"')
    monkeypatch.setenv("JAVA_HOME", str(home))
    assert find_java() == (str(home / "bin" / "java"), 21)


def test_old_java_everywhere_is_an_install_error(tmp_path, monkeypatch):
    old = fake_java(tmp_path / "bin", 'java version "1.8.0_392"')
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(lt, "Path", _NoJvmPath)
    with pytest.raises(InstallError, match="Java 17"):
        find_java()
    assert java_major(old) == 8


class _NoJvmPath(type(Path())):
    """Path whose /usr/lib/jvm holds nothing, so only the fakes are seen."""
    def glob(self, pattern):
        return iter(()) if str(self) == "/usr/lib/jvm" else super().glob(pattern)


def test_install_precedence(tmp_path, monkeypatch):
    configured = tmp_path / "configured"
    configured.mkdir()
    (configured / "languagetool-server-6.5.jar").write_bytes(b"")
    env_dir = tmp_path / "LanguageTool-6.6"
    env_dir.mkdir()
    (env_dir / "languagetool-server.jar").write_bytes(b"")
    own = tmp_path / "own"
    monkeypatch.setattr(lt, "default_install_dir", lambda version=lt.LT_VERSION: own)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(env_dir))
    settings = type("S", (), {"languagetool": {"jar_dir": str(configured)}})()
    assert find_install(settings) == Install(configured, "6.5")         # config first
    found = find_install(None)                                           # then LTP_JAR_DIR_PATH
    assert found == Install(env_dir, "6.6") and found.classpath == str(env_dir / "languagetool-server.jar")
    monkeypatch.delenv("LTP_JAR_DIR_PATH")
    assert find_install(None) is None                                    # nothing else yet
    own.mkdir()
    (own / "languagetool-server-6.7.jar").write_bytes(b"")
    assert find_install(None) is None                                    # unfinished: no marker
    (own / lt.MARKER).write_text("LanguageTool 6.7\nlanguages: en\n")
    found = find_install(None)
    assert found == Install(own, "6.7") and found.classpath == str(own / "*")


def test_a_configured_folder_without_jars_is_an_error(tmp_path):
    settings = type("S", (), {"languagetool": {"jar_dir": str(tmp_path)}})()
    with pytest.raises(InstallError, match="no LanguageTool server jar"):
        find_install(settings)

"""The trust boundary (issue 13): a config in the checked tree cannot make lisible run code, talk to
a server or read files outside the repository, unless --trust-config or the user's own config says so."""
import subprocess
import sys

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.config import load_settings
from checker.errors import UsageError
from checker.trust import UntrustedConfig

RELEASE = "Le Conseil fédéral a adopté le message. Il entre en vigueur le 1er mars.\n"


@pytest.fixture(autouse=True)
def own_user_config(tmp_path, monkeypatch):
    """Each test gets an empty user config folder of its own (platformdirs reads XDG_CONFIG_HOME)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    monkeypatch.delenv("LISIBLE_LANGUAGETOOL_URL", raising=False)
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    return tmp_path / "user-config" / "lisible"


def _repo(tmp_path, config: str, name: str = "lisible.toml"):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "docs").mkdir()
    (repo / "docs" / "release.md").write_text(RELEASE, encoding="utf-8")
    (repo / name).write_text(config, encoding="utf-8")
    return repo


def _evil_jars(repo):
    """A folder a hostile pull request could add: a 'server jar' whose class would run."""
    evil = repo / "evil"
    evil.mkdir()
    (evil / "languagetool-server.jar").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    return evil


@pytest.mark.parametrize("name, config, key", [
    ("lisible.toml", '[languagetool]\njar_dir = "evil"\n', "languagetool.jar_dir"),
    ("pyproject.toml", '[tool.lisible.languagetool]\njar_dir = "evil"\n', "languagetool.jar_dir"),
    ("lisible.toml", '[languagetool]\njava = "evil/java"\n', "languagetool.java"),
    ("lisible.toml", '[languagetool]\nurl = "http://127.0.0.1:9"\n', "languagetool.url"),
    ("lisible.toml", 'packs = ["../outside.yaml"]\n', "packs"),
    ("lisible.toml", 'packs = ["/etc/passwd"]\n', "packs"),
    ("lisible.toml", 'extend = "../outside.toml"\n', "extend"),
])
@pytest.mark.parametrize("grammar", ["auto", "required"])
def test_a_repo_config_naming_code_servers_or_outside_files_is_refused(tmp_path, monkeypatch, name,
                                                                        config, key, grammar):
    repo = _repo(tmp_path, config, name)
    _evil_jars(repo)
    (tmp_path / "outside.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    (tmp_path / "outside.yaml").write_text("rules: []\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(cli, ["check", "docs", "--grammar", grammar])
    assert result.exit_code == 2, result.output
    assert "config.untrusted" in result.stderr
    assert f"`{key}`" in result.stderr and str(repo / name) in result.stderr


def test_languagetool_serve_refuses_a_jar_dir_from_the_repo(tmp_path, monkeypatch):
    repo = _repo(tmp_path, '[languagetool]\njar_dir = "evil"\n')
    _evil_jars(repo)
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(cli, ["languagetool", "serve", "--port", "8130"])
    assert result.exit_code == 2
    assert "config.untrusted" in result.output + result.stderr


def test_the_refusal_happens_in_a_real_process_before_any_java_runs(tmp_path):
    repo = _repo(tmp_path, '[languagetool]\njar_dir = "evil"\n')
    _evil_jars(repo)
    marker = tmp_path / "ran"
    fake_java = repo / "evil" / "java"
    fake_java.write_text(f"#!/bin/sh\ntouch {marker}\n", encoding="utf-8")
    fake_java.chmod(0o755)
    env = {"PATH": f"{repo / 'evil'}:/usr/bin:/bin", "JAVA_HOME": str(repo / "evil" / ".."),
           "XDG_CONFIG_HOME": str(tmp_path / "user-config"), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "checker", "check", "docs"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "config.untrusted" in done.stderr
    assert not marker.exists()


def test_trust_config_honours_the_repo_file(tmp_path):
    repo = _repo(tmp_path, '[languagetool]\njar_dir = "evil"\nurl = "http://127.0.0.1:9"\n')
    with pytest.raises(UntrustedConfig):
        load_settings(repo / "lisible.toml")
    settings = load_settings(repo / "lisible.toml", trust_config=True)
    assert settings.languagetool["jar_dir"] == "evil"


def test_the_user_config_folder_is_trusted_and_sits_under_the_project(tmp_path, own_user_config):
    own_user_config.mkdir(parents=True)
    (own_user_config / "lisible.toml").write_text(
        '[languagetool]\njar_dir = "/opt/lt"\nurl = "http://127.0.0.1:9"\n', encoding="utf-8")
    repo = _repo(tmp_path, 'profile = "expert"\n[languagetool]\ndisabled_rules = ["X"]\n')
    settings = load_settings(repo / "lisible.toml")
    assert settings.languagetool == {"jar_dir": "/opt/lt", "url": "http://127.0.0.1:9",
                                     "disabled_rules": ["X"]}
    assert settings.profile == "expert"


def test_data_inside_the_repository_stays_allowed(tmp_path):
    repo = _repo(tmp_path, 'extend = "org/base.toml"\npacks = ["house.yaml"]\n')
    (repo / "org").mkdir()
    (repo / "org" / "base.toml").write_text('fail_on = "warning"\n', encoding="utf-8")
    settings = load_settings(repo / "lisible.toml")
    assert settings.fail_on == "warning" and settings.packs == (str(repo / "house.yaml"),)


def test_a_symlink_inside_the_repo_pointing_out_is_outside(tmp_path):
    repo = _repo(tmp_path, 'packs = ["link.yaml"]\n')
    (tmp_path / "secret.yaml").write_text("rules: []\n", encoding="utf-8")
    (repo / "link.yaml").symlink_to(tmp_path / "secret.yaml")
    with pytest.raises(UntrustedConfig, match="packs"):
        load_settings(repo / "lisible.toml")


@pytest.mark.parametrize("text", ['[languagetool]\nheap = "1g -XX:+Evil"\n',
                                  '[languagetool]\ntimeout = 1e12\n', '[languagetool]\nworkers = 0\n'])
def test_values_reaching_the_jvm_or_bounding_waits_are_checked(tmp_path, text):
    (tmp_path / "lisible.toml").write_text(text, encoding="utf-8")
    with pytest.raises(UsageError):
        load_settings(tmp_path / "lisible.toml")

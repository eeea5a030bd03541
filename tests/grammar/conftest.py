"""A LanguageTool server for the grammar tests: the one in LISIBLE_LANGUAGETOOL_URL, else one started
from the local install for the whole session. With neither, the tests that need it are skipped, except
when LISIBLE_REQUIRE_LANGUAGETOOL=1 (CI sets it): then a missing server is a failure, never a skip."""
from __future__ import annotations

import os

import pytest

from checker.config import Settings
from checker.grammar.install import InstallError, find_install
from checker.grammar.server import LocalServer, ServerError, is_ready
from support.fake_languagetool import write_fake_install, write_fake_java
from support.skips import missing


def absent(reason: str):
    missing(reason, required_by="LISIBLE_REQUIRE_LANGUAGETOOL")


@pytest.fixture(scope="session")
def lt_install():
    try:
        found = find_install()
    except InstallError as exc:
        absent(str(exc))
    if found is None:
        absent("LanguageTool is not installed (run `lisible languagetool install`)")
    return found


@pytest.fixture(scope="session")
def lt_url(request):
    url = os.environ.get("LISIBLE_LANGUAGETOOL_URL")
    if url:
        if not is_ready(url.rstrip("/"), timeout=10):
            absent(f"LISIBLE_LANGUAGETOOL_URL={url} does not answer GET /v2/languages")
        return url.rstrip("/")
    install = request.getfixturevalue("lt_install")
    server = LocalServer(install, heap="1g")
    try:
        server.start()
    except (ServerError, InstallError) as exc:
        absent(f"could not start LanguageTool from {install.path}: {exc}")
    request.addfinalizer(server.stop)
    return server.url


@pytest.fixture
def lt_settings(lt_url):
    """Settings pointing at the test server, required mode, no cache."""
    return Settings(grammar="required", languagetool={"url": lt_url}, cache=False)


@pytest.fixture
def fake_install(tmp_path, monkeypatch):
    """An install folder and a `java` that is really tests/support/fake_java.py."""
    folder = write_fake_install(tmp_path / "lt")
    java = write_fake_java(tmp_path / "java")
    monkeypatch.delenv("LISIBLE_LANGUAGETOOL_URL", raising=False)
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(folder))
    monkeypatch.setattr("checker.grammar.server.find_java", lambda: (str(java), 17))
    return folder

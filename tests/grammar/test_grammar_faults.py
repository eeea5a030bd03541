"""Faults: a server that answers 500, one that hangs, one that is not there, and a real LanguageTool
JVM killed in the middle of a run. `auto` reports the document as skipped with the reason, `required`
as failed, and records the failure for the run (exit 3); no document whose check failed comes back
as checked and clean."""
from __future__ import annotations

import io

import pytest

from checker.config import Settings
from checker.document import Document, make_block
from checker.grammar import open_session
from checker.grammar.server import free_port
from support.fake_languagetool import FakeLanguageTool, serving

FAST = (0.01, 0.02)     # retry waits: the backoff is real, only shorter than in production
EN = "en-US"


def one_paragraph(text: str = "This are a tset.") -> Document:
    doc = Document(path="release.txt", format="text", source=text + "\n")
    doc.blocks.append(make_block("paragraph", [(text, 0)]))
    return doc


class Scripted(FakeLanguageTool):
    """Answers each request with the next behaviour in `script` ("500", "hang", "ok"), repeating
    the last one; counts requests."""
    script: list = ["500"]
    count = 0
    version = "9.9"

    def _failed(self) -> bool:
        cls = type(self)
        behaviour = cls.script[min(cls.count, len(cls.script) - 1)]
        cls.count += 1
        if behaviour == "hang":
            self.hang()
        elif behaviour == "500":
            self.send_error(500, "Internal Server Error")
        return behaviour != "ok"

    def do_GET(self):
        if not self._failed():
            super().do_GET()

    def answer(self, form):
        if not self._failed():
            super().answer(form)


@pytest.fixture
def scripted():
    Scripted.count = 0
    with serving(Scripted) as url:
        yield url


def session_for(url: str, mode: str, timeout: float = 5.0, err=None):
    settings = Settings(grammar=mode, cache=False, languagetool={"url": url, "timeout": timeout})
    return open_session(settings, stderr=err or io.StringIO(), retry_waits=FAST)


def test_500_is_retried_then_skipped_in_auto(scripted):
    Scripted.script = ["500"]
    err = io.StringIO()
    with session_for(scripted, "auto", err=err) as session:
        findings, engine = session.check(one_paragraph(), EN)
        assert findings == [] and engine.startswith("skipped: ") and "HTTP 500" in engine
        assert Scripted.count == 3                      # three tries of the first request
        findings, engine = session.check(one_paragraph(), EN)
        assert engine.startswith("skipped: ") and Scripted.count == 4   # later documents: one try
    assert err.getvalue().count("\n") == 1 and "release.txt" in err.getvalue()


def test_500_fails_the_document_and_the_run_in_required(scripted):
    Scripted.script = ["500"]
    err = io.StringIO()
    with session_for(scripted, "required", err=err) as session:
        findings, engine = session.check(one_paragraph(), EN)
    assert findings == [] and engine.startswith("failed: ") and "HTTP 500" in engine
    assert session.failures == [f"release.txt: grammar check failed: {engine[len('failed: '):]}"]
    assert err.getvalue() == ""          # the run's failures say it, once, at the end


def test_a_passing_fault_is_retried_away(scripted):
    Scripted.script = ["500", "ok"]                     # first request fails, the retry succeeds
    with session_for(scripted, "required") as session:
        findings, engine = session.check(one_paragraph(), EN)
    assert engine == "languagetool 9.9" and findings == []


def test_hanging_server_times_out(scripted):
    Scripted.script = ["hang"]
    with session_for(scripted, "auto", timeout=0.3) as session:
        findings, engine = session.check(one_paragraph(), EN)
    assert findings == [] and engine.startswith("skipped: ") and "timed out" in engine
    assert Scripted.count == 3


def test_nothing_listening():
    url = f"http://127.0.0.1:{free_port()}"
    with session_for(url, "auto") as session:
        findings, engine = session.check(one_paragraph(), EN)
    assert findings == [] and engine.startswith("skipped: ") and "refused" in engine.lower()
    with session_for(url, "required") as session:
        findings, engine = session.check(one_paragraph(), EN)
    assert findings == [] and engine.startswith("failed: ") and "refused" in engine.lower()
    assert len(session.failures) == 1 and session.failures[0].startswith("release.txt: ")


@pytest.mark.slow
@pytest.mark.languagetool
def test_real_server_killed_mid_run(lt_install, monkeypatch):
    """lisible starts LanguageTool itself (no URL), checks one document, the JVM is killed, and the
    next document is reported as not checked."""
    monkeypatch.delenv("LISIBLE_LANGUAGETOOL_URL", raising=False)
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(lt_install.path))
    settings = Settings(grammar="auto", cache=False)
    with open_session(settings, stderr=io.StringIO(), retry_waits=FAST) as session:
        findings, engine = session.check(one_paragraph("The comittee met."), EN)
        assert engine == "languagetool 6.7"
        assert [f.text for f in findings] == ["comittee"]
        server = session.server
        assert server.url.startswith("http://127.0.0.1:")
        server.process.kill()
        server.process.wait(timeout=30)
        findings, engine = session.check(one_paragraph("The comittee met again."), EN)
        assert findings == [] and engine.startswith("skipped: the local LanguageTool server stopped")


def test_local_server_started_then_stopped_with_the_session(fake_install):
    with open_session(Settings(grammar="required", cache=False), stderr=io.StringIO()) as session:
        assert session.server is None                   # nothing started before it is needed
        findings, engine = session.check(one_paragraph("Fine words."), EN)
        assert (findings, engine) == ([], "languagetool 6.7")
        process = session.server.process
        assert process.poll() is None and "--public" not in process.args
        args = process.args
        assert args[args.index("--port") + 1] == str(session.server.port)
        assert "--config" in args                       # lisible's tuned properties file
    assert process.poll() is not None


def test_local_server_killed_in_required_mode_fails_the_run(fake_install):
    with open_session(Settings(grammar="required", cache=False), stderr=io.StringIO(),
                      retry_waits=FAST) as session:
        session.check(one_paragraph("Fine words."), EN)
        session.server.process.kill()
        session.server.process.wait(timeout=10)
        findings, engine = session.check(one_paragraph("More words."), EN)
    assert findings == [] and engine.startswith("failed: the local LanguageTool server stopped")
    assert session.failures == [f"release.txt: grammar check failed: {engine[len('failed: '):]}"]


def test_a_jvm_that_will_not_start(tmp_path, monkeypatch):
    """A `java` that exits at once: the documents say the server did not start, in one line; the
    JVM's output goes to stderr once; required mode fails the documents and the run."""
    folder = tmp_path / "lt"
    folder.mkdir()
    (folder / "languagetool-server-6.7.jar").write_bytes(b"")
    java = tmp_path / "java"
    java.write_text("#!/bin/sh\necho 'Error: Could not find or load main class' >&2\nexit 1\n")
    java.chmod(0o755)
    monkeypatch.delenv("LISIBLE_LANGUAGETOOL_URL", raising=False)
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(folder))
    monkeypatch.setattr("checker.grammar.server.find_java", lambda: (str(java), 17))
    err = io.StringIO()
    with open_session(Settings(grammar="auto", cache=False), stderr=err) as session:
        first = session.check(one_paragraph(), EN)
        second = session.check(one_paragraph(), EN)
    assert first == second == ([], "skipped: local LanguageTool server did not start: "
                                   "LanguageTool exited with code 1 while starting")
    assert "Could not find or load main class" in err.getvalue()
    with open_session(Settings(grammar="required", cache=False), stderr=io.StringIO()) as session:
        first = session.check(one_paragraph(), EN)
        second = session.check(one_paragraph(), EN)
    assert first == second == ([], "failed: local LanguageTool server did not start: "
                                   "LanguageTool exited with code 1 while starting")
    assert [f.split(": ", 1)[0] for f in session.failures] == ["release.txt"]   # said once

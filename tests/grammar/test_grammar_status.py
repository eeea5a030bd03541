"""Feedback on stderr while lisible starts LanguageTool (the stand-in JVM of tests/support/fake_java.py), and the
one line after `-o`. Nothing of it reaches stdout."""
from __future__ import annotations

import io
import json

from click.testing import CliRunner

from checker.cli import cli
from checker.config import Settings
from checker.document import Document, make_block
from checker.grammar import open_session
from checker.grammar import status as status_mod
from checker.grammar.status import StartStatus

FR = "fr-FR"


def french_paragraph() -> Document:
    text = "Le conseil municipal a voté le budget."
    doc = Document(path="t.txt", format="text", source=text, language="fr-FR")
    doc.blocks.append(make_block("paragraph", [(text, 0)]))
    return doc


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_started_server_is_announced_with_version_and_languages(fake_install):
    err = io.StringIO()
    with open_session(Settings(grammar="required", cache=False), stderr=err) as session:
        session.check(french_paragraph(), FR)
    assert "lisible: Starting LanguageTool 6.7 for fr...\n" in err.getvalue()


def test_a_long_start_on_a_terminal_counts_seconds_then_hints(monkeypatch):
    monkeypatch.setattr(status_mod, "LONG_START_SECONDS", 0.0)
    term = Terminal()
    with StartStatus(term, "6.7", ["fr", "de", "fr"], tick=0.01) as status:
        import time
        time.sleep(0.05)
    out = term.getvalue()
    assert out.startswith("\rlisible: Starting LanguageTool 6.7 for de, fr...")
    assert "\rlisible: Starting LanguageTool 6.7 for de, fr... 0 s" in out    # the ticking count
    assert f"ready after {status.elapsed:.0f} s\n" in out
    assert "lisible: hint: keep one running with `lisible languagetool" in out


def test_a_quick_start_gets_no_hint_and_a_pipe_gets_no_carriage_returns():
    pipe = io.StringIO()
    with StartStatus(pipe, "6.7", ["en"]):
        pass
    assert pipe.getvalue() == "lisible: Starting LanguageTool 6.7 for en...\n"


def test_output_file_gets_one_line_with_path_and_verdict_and_stdout_stays_empty(tmp_path):
    doc = tmp_path / "d.txt"
    doc.write_text("The the council met on Monday to vote on the budget for the next year.\n",
                   encoding="utf-8")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(cli, ["check", str(doc), "--grammar", "off", "--lang", "en",
                                      "-f", "json", "-o", str(out), "--fail-on", "warning"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (f"lisible: wrote {out}: 1 document, 0 passed; 0 error(s), "
                             "1 warning(s), 0 info: FAIL\n")
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["passed"] == 0

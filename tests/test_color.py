"""Colour: --color/--no-color, then NO_COLOR (no-color.org), FORCE_COLOR (force-color.org), then a
terminal. Output through a pipe keeps the codes when colour was asked for."""
import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.cli_support import colour_wanted

ESC = "\x1b["


@pytest.mark.parametrize("flag,to_file,tty,env,expected", [
    (None, False, True, {}, True),
    (None, False, False, {}, False),
    (None, False, True, {"NO_COLOR": "1"}, False),
    (None, False, True, {"NO_COLOR": ""}, True),          # empty NO_COLOR: as if unset
    (None, False, False, {"FORCE_COLOR": "1"}, True),
    (None, False, False, {"FORCE_COLOR": ""}, False),     # empty FORCE_COLOR: as if unset
    (None, False, False, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    (None, True, True, {"FORCE_COLOR": "1"}, False),      # -o file: only with --color
    (True, False, False, {"NO_COLOR": "1"}, True),        # the flag wins
    (False, False, True, {"FORCE_COLOR": "1"}, False),
])
def test_colour_decision(flag, to_file, tty, env, expected):
    assert colour_wanted(flag, to_file, tty, env) is expected


def _run(tmp_path, *args, env=None):
    (tmp_path / "a.txt").write_text("The FSO met.\n", encoding="utf-8")
    runner = CliRunner()
    return runner.invoke(cli, ["check", str(tmp_path / "a.txt"), "--grammar", "off", *args],
                         env={"NO_COLOR": None, "FORCE_COLOR": None, **(env or {})})


def test_color_through_a_pipe(tmp_path):
    assert ESC in _run(tmp_path, "--color").output
    assert ESC not in _run(tmp_path).output                         # CliRunner is no terminal
    assert ESC in _run(tmp_path, env={"FORCE_COLOR": "1"}).output
    assert ESC not in _run(tmp_path, env={"FORCE_COLOR": "1", "NO_COLOR": "x"}).output

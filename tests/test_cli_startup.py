"""`lisible --help` and `lisible check` import only what they use (issue 14): subcommands load when
run, output formats when --format is read. Timing is printed by benchmarks/startup.py, not asserted."""
import importlib
import subprocess
import sys

from click.testing import CliRunner

from checker.cli import SUBCOMMANDS, cli


def test_each_lazy_command_shows_its_own_help_line():
    for module, name, help_line in SUBCOMMANDS:
        command = getattr(importlib.import_module(module), name)
        assert command.get_short_help_str(200) == help_line, name


def test_help_lists_every_command_without_importing_them():
    code = ("import sys; from checker.cli import cli\n"
            "try:\n    cli(['--help'], prog_name='lisible')\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('checker.engine', 'checker.parity.compare', 'checker.rules.loader',"
            " 'jinja2', 'checker.grammar.session', 'checker.reports.html') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "HEAVY []" in done.stdout, done.stdout + done.stderr
    for _, name, help_line in SUBCOMMANDS:
        assert name in done.stdout
    for name in ("check", "report", "init"):
        assert name in done.stdout


def test_lazy_commands_and_format_choices_still_work():
    runner = CliRunner()
    assert runner.invoke(cli, ["cache", "--help"]).exit_code == 0
    bad = runner.invoke(cli, ["check", "x.md", "--format", "nope"])
    assert bad.exit_code == 2 and "json" in bad.output and "sarif" in bad.output

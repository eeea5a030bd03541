"""Start-up: `lisible --help` imports Click and checker/cli.py only (the commands load when run), and
the group's help made from LAZY_COMMANDS is the one Click makes from the commands themselves.
The time it takes is printed by benchmarks/startup.py (no timed test)."""
from __future__ import annotations

import inspect
import json
import subprocess
import sys

import click

from checker.cli import LAZY_COMMANDS, LazyGroup, cli
from checker.reports import FORMAT_MODULES, FORMATS, load_formats

from helpers import REPO


def imported_after(code: str) -> set[str]:
    """The checker modules and heavy libraries imported by a fresh interpreter running `code`."""
    script = ("import sys\n" + code + "\nimport json\nprint(json.dumps(sorted(sys.modules)))")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=REPO, timeout=120)
    assert run.returncode == 0, run.stderr
    return set(json.loads(run.stdout.splitlines()[-1]))


def test_help_and_version_import_no_command():
    for argv in (["--help"], ["--version"]):
        modules = imported_after("from checker.cli import cli\n"
                                 f"try:\n    cli({argv!r}, prog_name='lisible')\n"
                                 "except SystemExit:\n    pass")
        ours = {m for m in modules if m.startswith("checker")}
        assert ours == {"checker", "checker.cli", "checker.errors"}, argv
        assert not {"jinja2", "regex", "yaml", "requests"} & modules


def test_a_command_imports_only_the_format_it_writes(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("The council met on Monday. It approved the budget.\n", encoding="utf-8")
    modules = imported_after("from checker.cli import cli\n"
                             f"try:\n    cli(['check', '--grammar', 'off', '--format', 'json', "
                             f"{str(page)!r}], prog_name='lisible')\n"
                             "except SystemExit:\n    pass")
    formats = {m for m in modules if m.startswith("checker.reports.")} - {"checker.reports.i18n"}
    assert "checker.reports.json" in formats
    assert not {"checker.reports.html", "checker.reports.sarif", "checker.reports.earl"} & formats
    assert "jinja2" not in modules
    assert "checker.parity.commands" not in modules and "checker.grammar.commands" not in modules


def test_each_lazy_help_line_is_the_commands_own():
    for name, (target, line) in LAZY_COMMANDS.items():
        command = cli.get_command(click.Context(cli), name)
        assert command is not None, target
        assert inspect.cleandoc(command.help or "").split("\n\n")[0].replace("\n", " ") == line, name


def test_group_help_is_clicks_own_layout():
    """The lazy group's command list equals a plain click.Group holding the loaded commands."""
    lazy = LazyGroup(name="lisible", lazy_commands=LAZY_COMMANDS)
    plain = click.Group(name="lisible")
    for name in LAZY_COMMANDS:
        plain.add_command(cli.get_command(click.Context(cli), name), name)
    for width in (80, 60, 120):
        texts = []
        for group in (lazy, plain):
            formatter = click.HelpFormatter(width=width)
            group.format_commands(click.Context(group), formatter)
            texts.append(formatter.getvalue())
        assert texts[0] == texts[1]
        assert "Commands:" in texts[0]
    assert not lazy.commands, "format_commands imported commands"


def test_format_table_names_what_the_modules_declare():
    load_formats()
    assert set(FORMAT_MODULES) == set(FORMATS)
    for name, module in FORMAT_MODULES.items():
        assert FORMATS[name].render.__module__ == module, name

"""The command line: the `lisible` group, which dispatches (Click and nothing else).

Every command lives in the module of the part it drives and is imported only when it runs or
shows its own help (Click's "Lazily Loading Subcommands" pattern, a LazyGroup), so `lisible
--help` and `lisible --version` import Click and this module only, and `lisible check` does not
pay for the other commands' imports. The group's help shows each command's one-line help from the
table below instead of importing the command; tests/test_cli_startup.py holds every line equal to
the command's own help and the imports of `lisible --help` to this module and Click.
"""
from __future__ import annotations

import importlib
import os
import sys

import click

from checker import __version__
from checker.errors import EXIT_ENGINE

# name: ("module:attribute", the first paragraph of the command's help, shown by `lisible --help`).
LAZY_COMMANDS = {
    "baseline": ("checker.baseline_commands:baseline",
                 "Accept the findings a repository has now, so checks fail on new ones only."),
    "cache": ("checker.grammar.commands:cache",
              "Manage lisible's on-disk cache of grammar results."),
    "check": ("checker.check_commands:check", "Check files, folders or `-` (stdin)."),
    "fix": ("checker.fix_commands:fix",
            "Apply the fixes of findings to files, folders or `-` (stdin to stdout)."),
    "init": ("checker.check_commands:init", "Write a commented starter config."),
    "languagetool": ("checker.grammar.commands:languagetool",
                     "Install or run the LanguageTool server used for grammar and spelling."),
    "parity": ("checker.parity.commands:parity",
               "Compare the language versions of one release: figures, dates, names, paragraphs."),
    "report": ("checker.check_commands:report",
               "Render saved JSON results (from `check --format json`) in another format."),
    "rules": ("checker.rules.commands:rules", "List the rules and explain one."),
}


class LazyGroup(click.Group):
    """A group whose commands are imported by name when first asked for (click.palletsprojects.com,
    "Complex Applications", "Lazily Loading Subcommands")."""

    def __init__(self, *args, lazy_commands: dict[str, tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy_commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_commands and cmd_name not in self.commands:
            module, attribute = self.lazy_commands[cmd_name][0].split(":")
            command = getattr(importlib.import_module(module), attribute)
            if not isinstance(command, click.Command):
                raise TypeError(f"{module}:{attribute} is not a Click command")
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Click's own layout and truncation, from the table's help lines for commands not yet
        imported (Group.format_commands would import them all)."""
        names = self.list_commands(ctx)
        width = formatter.width - 6 - max(map(len, names), default=0)
        rows = []
        for name in names:
            if name in self.commands:
                if not self.commands[name].hidden:
                    rows.append((name, self.commands[name].get_short_help_str(width)))
            else:
                stand_in = click.Command(name, help=self.lazy_commands[name][1])
                rows.append((name, stand_in.get_short_help_str(width)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=LazyGroup, lazy_commands=LAZY_COMMANDS,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lisible")
def cli():
    """lisible: check readability, grammar, style and accessibility of public communications."""


def main() -> None:
    try:
        cli(prog_name="lisible")
    except KeyboardInterrupt:
        click.echo("lisible: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug of ours: one line for the user, the traceback on request
        if os.environ.get("LISIBLE_DEBUG"):
            raise
        from checker.escape import printable
        click.echo(f"lisible: internal error: {type(exc).__name__}: {printable(exc)} "
                   "(set LISIBLE_DEBUG=1 for the traceback)", err=True)
        sys.exit(EXIT_ENGINE)

"""What the commands share: the options of a check, Settings from the command line, running the
engine, writing a report, one guard that turns user mistakes into exit codes. Public: `cli.py`
and the subcommands (baseline, parity, fix) import from here, never from each other.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from checker.escape import printable
from checker.output import check_output_path, write_atomically
from checker import languages
from checker.config import (FAIL_ON, GRAMMAR_MODES, PROFILES, Settings,
                            environment_languagetool_url, find_config, load_settings)
from checker.errors import EXIT_USAGE, UsageError
from checker.reports import FORMAT_NAMES, RenderOptions, load_format
from checker.reports.i18n import report_language

if TYPE_CHECKING:
    from checker.engine import RunResult

def check_options(fn):
    """Options shared by `check` and the commands that run a check (`baseline create`)."""
    options = [
        click.argument("paths", nargs=-1, required=True),
        click.option("--format", "-f", "output_format", type=click.Choice(FORMAT_NAMES),
                     default="text", show_default=True, help="Output format."),
        click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report here."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False),
                     help="Config file (default: nearest lisible.toml or pyproject.toml upward)."),
        click.option("--lang", "language", help="Language of documents that do not declare one, e.g. fr-CH."),
        click.option("--profile", type=click.Choice(PROFILES), help="Audience profile."),
        click.option("--fail-on", type=click.Choice(FAIL_ON), help="Fail at or above this severity."),
        click.option("--min-score", type=click.IntRange(0, 100), help="Fail below this score."),
        click.option("--grammar", type=click.Choice(GRAMMAR_MODES), help="Grammar engine mode."),
        click.option("--languagetool-url",
                     help="URL of a LanguageTool server (env LISIBLE_LANGUAGETOOL_URL)."),
        click.option("--languagetool-server", type=click.Choice(["run", "background"]),
                     help="Without a URL: start a server for this run, or use (and start if "
                          "needed) the background one later runs reuse."),
        click.option("--select", multiple=True, help="Only these rules (id, glob or category)."),
        click.option("--ignore", multiple=True, help="Drop these rules (id, glob or category)."),
        click.option("--include", multiple=True, help="Glob of files to check in folders."),
        click.option("--exclude", multiple=True, help="Glob of files or folders to skip."),
        click.option("--max-bytes", type=click.IntRange(1), help="Larger files are not checked."),
        click.option("--stdin-filename", help="Name (and so format) of the text read from `-`."),
        click.option("--ui-lang", type=click.Choice(languages.interface_languages()),
                     help="Language of messages and report (default: the document's)."),
        click.option("--no-text", is_flag=True, help="Leave the document text out of JSON."),
        click.option("--no-cache", is_flag=True, help="Do not read or write the grammar cache."),
        click.option("--quiet", "-q", is_flag=True, help="Print only failures."),
        click.option("--jobs", "-j", type=click.IntRange(1), help="Documents checked at once."),
        click.option("--color/--no-color", default=None, help="Colour text output (default: on a terminal; NO_COLOR and FORCE_COLOR are honoured)."),
        click.option("--trust-config", is_flag=True,
                     help="Honour servers, programs and outside files named by the config found "
                          "in the checked tree (docs/security.md)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def guarded(fn, **kwargs) -> int:
    """Run a command body: a user's mistake is one line and exit 2, never a traceback. (An engine
    the user required and could not have is a run failure in the result: exit 3, checker.verdict.)"""
    try:
        return fn(**kwargs)
    except UsageError as exc:
        click.echo(f"lisible: error: {printable(exc)}", err=True)
        return EXIT_USAGE


def build_settings(options: dict) -> Settings:
    """Settings from the config (the one given, else the nearest to the first path) and the
    command line's options; the LanguageTool URL from --languagetool-url, else the environment."""
    config_path = options.get("config_path")
    found: Path | None
    if config_path:
        if not Path(config_path).is_file():
            raise UsageError(f"{config_path}: config file not found")
        found = Path(config_path)
    else:
        first = next((p for p in options.get("paths", ()) if p != "-"), ".")
        found = find_config(Path(first) if Path(first).exists() else Path("."))
    languagetool = None
    url = options.get("languagetool_url") or environment_languagetool_url()
    if url:
        languagetool = {"url": url}
    if options.get("languagetool_server"):
        languagetool = {**(languagetool or {}), "server": options["languagetool_server"]}
    settings = load_settings(
        found, trust_config=bool(options.get("trust_config")), language=options.get("language"), profile=options.get("profile"),
        fail_on=options.get("fail_on"), min_score=options.get("min_score"),
        grammar=options.get("grammar"), select=tuple(options.get("select") or ()),
        ignore=tuple(options.get("ignore") or ()), include=tuple(options.get("include") or ()),
        exclude=tuple(options.get("exclude") or ()), max_bytes=options.get("max_bytes"),
        ui_lang=options.get("ui_lang"), jobs=options.get("jobs"),
        cache=False if options.get("no_cache") else None)
    if languagetool:
        settings.languagetool = {**settings.languagetool, **languagetool}
    if not config_path:
        settings.discover = True
        settings.trust_config = bool(options.get("trust_config"))
    return settings


def run_engine(settings: Settings, options: dict) -> "RunResult":
    """Check the paths (`-`: stdin, read by checker.sources) and, with --parity, compare versions."""
    from checker import engine, sources
    paths = list(options["paths"])
    progress = progress_bar() if len(paths) > 3 or any(Path(p).is_dir() for p in paths) else None
    if "-" in paths:
        name = options.get("stdin_filename") or "<stdin>"
        stdin_doc = sources.load_stdin(name, settings.max_bytes)
        others = [p for p in paths if p != "-"]
        loaders = [(name, lambda: stdin_doc)]
        if others:
            loaders += engine.file_loaders(engine.collect_paths(others, settings), settings)
        result = engine.check_loaded(loaders, settings, progress)
    else:
        result = engine.check_paths(paths, settings, progress)
    if options.get("parity"):
        engine.check_parity(result, settings)
    return result


def render_options(options: dict, settings: Settings, data: dict | None = None) -> RenderOptions:
    """How to render; a streamed run has no documents yet to choose the report's language from."""
    color = colour_wanted(options.get("color"), bool(options.get("output")), sys.stdout.isatty(),
                          os.environ)
    return RenderOptions(fail_on=settings.fail_on, color=bool(color),
                         quiet=bool(options.get("quiet")),
                         ui_lang=report_language(data or {"documents": []}, settings.ui_lang,
                                                 locale_lang()),
                         include_text=not options.get("no_text"),
                         source_roots=tuple(str(p) for p in options.get("paths", ()) if p != "-"))


def write_report(data: dict, options: dict, settings: Settings) -> None:
    """Render `data` in --format to --output, else to stdout."""
    fmt = load_format(options["output_format"])
    rendering = render_options(options, settings, data)
    color = rendering.color
    text = fmt.render(data, rendering)
    if options.get("output"):
        write_atomically(Path(options["output"]), text)
    else:
        # color= stops click from stripping the codes when stdout is not a terminal (--color | less -R)
        click.echo(text, nl=False, color=color)


def colour_wanted(flag: bool | None, to_file: bool, tty: bool, env) -> bool:
    """--color/--no-color first; then NO_COLOR (no-color.org: set and not empty disables), then
    FORCE_COLOR (force-color.org: set and not empty enables), then colour on a terminal only. A
    report written with -o gets colour only when asked with --color."""
    if flag is not None:
        return flag
    if env.get("NO_COLOR", ""):
        return False
    if env.get("FORCE_COLOR", ""):
        return not to_file
    return tty and not to_file


def locale_lang() -> str:
    """The interface language of the user's locale, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value[:2] in languages.interface_languages():
            return value[:2]
    return "en"


def progress_bar():
    """A progress bar on stderr when it is a terminal (None otherwise)."""
    if not sys.stderr.isatty():
        return None
    state = {}

    def update(done: int, total: int) -> None:
        if total <= 3:
            return
        if "bar" not in state:
            state["bar"] = click.progressbar(length=total, label="Checking", file=sys.stderr)
            state["bar"].__enter__()
        state["bar"].update(1)
        if done == total:
            state["bar"].__exit__(None, None, None)
    return update


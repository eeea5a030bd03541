"""The command line: parses options, builds Settings, calls the engine, hands the result to a report.

Each command body is a plain function returning an exit code; user mistakes raise UsageError and
become exit 2 with one line on stderr, never a traceback.
"""
from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

import click

from checker import __version__, languages
from checker.config import FAIL_ON, GRAMMAR_MODES, PROFILES, STARTER_CONFIG, find_config, load_settings
from checker.errors import (EXIT_ENGINE, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, EngineUnavailable,
                            UsageError)
from checker.escape import printable
from checker.output import check_output_path, write_atomically
from checker.reports import RenderOptions, load_formats
from checker.reports.i18n import report_language

FORMATS = load_formats()

# Command groups that live beside the parts they drive (module, attribute).
SUBCOMMANDS = (
    ("checker.grammar.commands", "languagetool"),
    ("checker.grammar.commands", "cache"),
    ("checker.rules.commands", "rules"),
    ("checker.parity.commands", "parity"),
    ("checker.baseline_commands", "baseline"),
    ("checker.fix_commands", "fix"),
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lisible")
def cli():
    """lisible: check readability, grammar, style and accessibility of public communications."""


def check_options(fn):
    """Options shared by `check` and the commands that run a check (`baseline create`)."""
    options = [
        click.argument("paths", nargs=-1, required=True),
        click.option("--format", "-f", "output_format", type=click.Choice(sorted(FORMATS)),
                     default="text", show_default=True, help="Output format."),
        click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report here."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False),
                     help="Config file (default: nearest lisible.toml or pyproject.toml upward)."),
        click.option("--lang", "language", help="Language of documents that do not declare one, e.g. fr-CH."),
        click.option("--profile", type=click.Choice(PROFILES), help="Audience profile."),
        click.option("--fail-on", type=click.Choice(FAIL_ON), help="Fail at or above this severity."),
        click.option("--min-score", type=click.IntRange(0, 100), help="Fail below this score."),
        click.option("--grammar", type=click.Choice(GRAMMAR_MODES), help="Grammar engine mode."),
        click.option("--languagetool-url", envvar="LISIBLE_LANGUAGETOOL_URL",
                     help="URL of a LanguageTool server (env LISIBLE_LANGUAGETOOL_URL)."),
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


@cli.command()
@check_options
@click.option("--parity", is_flag=True, help="Also compare the language versions of each release.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Findings in this baseline file do not fail the run.")
@click.option("--diff-base", help="Keep only findings on lines changed since this git ref.")
@click.option("--fix", "apply_fixes", is_flag=True,
              help="Apply safe fixes to the files first, then report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix, also apply unsafe fixes.")
def check(**options):
    """Check files, folders or `-` (stdin)."""
    sys.exit(_guarded(run_check, **options))


def _guarded(fn, **kwargs) -> int:
    try:
        return fn(**kwargs)
    except UsageError as exc:
        click.echo(f"lisible: error: {printable(exc)}", err=True)
        return EXIT_USAGE
    except EngineUnavailable as exc:
        click.echo(f"lisible: error: {printable(exc)}", err=True)
        return EXIT_ENGINE


def build_settings(options: dict):
    config_path = options.get("config_path")
    if config_path:
        if not Path(config_path).is_file():
            raise UsageError(f"{config_path}: config file not found")
        found = Path(config_path)
    else:
        first = next((p for p in options.get("paths", ()) if p != "-"), ".")
        found = find_config(Path(first) if Path(first).exists() else Path("."))
    languagetool = None
    if options.get("languagetool_url"):
        languagetool = {"url": options["languagetool_url"]}
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


def run_check(**options) -> int:
    from checker import engine
    check_output_path(options.get("output"))      # before any work: a typo must not cost a run
    settings = build_settings(options)
    if options.get("apply_fixes"):
        from checker import fix_commands
        files = engine.collect_paths([p for p in options["paths"] if p != "-"], settings)
        fix_commands.report_fixes(
            fix_commands.fix_files(files, settings, bool(options.get("unsafe_fixes"))),
            bool(options.get("unsafe_fixes")))
    result = run_engine(engine, settings, options)
    data = result.to_dict(include_text=True)   # baseline fingerprints read the block text
    data = apply_gates(data, settings, options)
    if options["no_text"]:
        for doc in data["documents"]:
            doc.pop("blocks", None)
    write_report(data, options, settings)
    if result.exit_code() == EXIT_ENGINE:
        code = EXIT_ENGINE
    else:
        # pass/fail again from the data: a baseline or --diff-base may have accepted findings
        code = EXIT_OK if all(d["passed"] for d in data["documents"]) else EXIT_FINDINGS
    if options.get("output"):
        click.echo(f"lisible: wrote {options['output']}: {verdict_line(data, code)}", err=True)
    return code


def verdict_line(data: dict, code: int) -> str:
    """`2 documents, 1 passed; 3 errors, 5 warnings, 0 info: FAIL` (stderr, after -o)."""
    summary = data.get("summary", {})
    counts = summary.get("findings", {})
    docs = len(data["documents"])
    passed = sum(1 for d in data["documents"] if d["passed"])
    verdict = {EXIT_OK: "PASS", EXIT_FINDINGS: "FAIL"}.get(code, "INCOMPLETE (an engine failed)")
    return (f"{docs} document{'s' * (docs != 1)}, {passed} passed; {counts.get('error', 0)} "
            f"error(s), {counts.get('warning', 0)} warning(s), {counts.get('info', 0)} info: {verdict}")


def run_engine(engine, settings, options):
    paths = list(options["paths"])
    progress = _progress_bar() if len(paths) > 3 or any(Path(p).is_dir() for p in paths) else None
    if "-" in paths:
        from checker import sources
        name = options.get("stdin_filename") or "<stdin>"
        stdin_doc = sources.load_bytes(sys.stdin.buffer.read(), name, max_bytes=settings.max_bytes)
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


def apply_gates(data: dict, settings, options: dict) -> dict:
    """Baseline and --diff-base work on the finished result, then pass/fail is decided again."""
    if options.get("diff_base"):
        from checker import gitdiff
        data = gitdiff.apply(data, options["diff_base"], settings)
    if options.get("baseline_path"):
        from checker import baseline
        data = baseline.apply(data, baseline.load(options["baseline_path"]), settings)
    return data


def write_report(data: dict, options: dict, settings) -> None:
    fmt = FORMATS[options["output_format"]]
    color = colour_wanted(options.get("color"), bool(options.get("output")), sys.stdout.isatty(),
                          os.environ)
    render_options = RenderOptions(fail_on=settings.fail_on, color=bool(color),
                                   quiet=bool(options.get("quiet")),
                                   ui_lang=report_language(data, settings.ui_lang, _locale_lang()),
                                   include_text=not options.get("no_text"))
    text = fmt.render(data, render_options)
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


def _locale_lang() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value[:2] in languages.interface_languages():
            return value[:2]
    return "en"


def _progress_bar():
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


@cli.command()
@click.argument("results", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "-f", "output_format", type=click.Choice(sorted(FORMATS)), default="html",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False))
@click.option("--ui-lang", type=click.Choice(languages.interface_languages()))
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error")
def report(results, output_format, output, ui_lang, fail_on):
    """Render saved JSON results (from `check --format json`) in another format."""
    sys.exit(_guarded(run_report, results=results, output_format=output_format, output=output,
                      ui_lang=ui_lang, fail_on=fail_on))


def run_report(results: str, output_format: str, output: str | None, ui_lang: str | None,
               fail_on: str) -> int:
    try:
        data = json.loads(Path(results).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{results}: not a lisible JSON result ({exc})") from None
    if not isinstance(data, dict) or data.get("schema_version") != 1 or "documents" not in data:
        raise UsageError(f"{results}: not a lisible JSON result (schema_version 1 expected)")
    options = RenderOptions(fail_on=fail_on, ui_lang=report_language(data, ui_lang, _locale_lang()))
    text = FORMATS[output_format].render(data, options)
    if output:
        check_output_path(output)
        write_atomically(Path(output), text)
    else:
        click.echo(text, nl=False)
    return EXIT_OK


@cli.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="lisible.toml",
              show_default=True)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(output, force):
    """Write a commented starter config."""
    path = Path(output)
    if path.exists() and not force:
        click.echo(f"lisible: error: {output} exists (use --force to overwrite)", err=True)
        sys.exit(EXIT_USAGE)
    path.write_text(STARTER_CONFIG, encoding="utf-8")
    click.echo(f"Wrote {output}")


def _add_subcommands() -> None:
    for module, name in SUBCOMMANDS:
        cli.add_command(getattr(importlib.import_module(module), name), name)


_add_subcommands()


def main() -> None:
    try:
        cli(prog_name="lisible")
    except KeyboardInterrupt:
        click.echo("lisible: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug of ours: one line for the user, the traceback on request
        if os.environ.get("LISIBLE_DEBUG"):
            raise
        click.echo(f"lisible: internal error: {type(exc).__name__}: {printable(exc)} "
                   "(set LISIBLE_DEBUG=1 for the traceback)", err=True)
        sys.exit(EXIT_ENGINE)

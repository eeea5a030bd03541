"""`lisible check`, `report` and `init`: the commands that run or render a check.

Each command body is a plain function returning an exit code; user mistakes raise UsageError and
become exit 2 with one line on stderr, never a traceback. What commands share (the check options,
Settings from the command line, running the engine, writing a report) is checker/cli_support.py.
The group that dispatches to them, and imports them only when run, is checker/cli.py.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from checker import languages, verdict
from checker.cli_support import (build_settings, check_options, guarded, locale_lang,
                                  progress_bar, render_options, run_engine, write_report)
from checker.config import FAIL_ON, STARTER_CONFIG
from checker.errors import EXIT_ENGINE, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError
from checker.output import check_output_path, write_atomically
from checker.reports import FORMAT_NAMES, RenderOptions, load_format
from checker.reports.i18n import report_language


@click.command()
@check_options
@click.option("--parity", is_flag=True, help="Also compare the language versions of each release.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Findings in this baseline file do not fail the run.")
@click.option("--diff-base", help="Keep only findings on lines changed since this git ref.")
@click.option("--fix", "apply_fixes", is_flag=True,
              help="Apply safe fixes to the files first, then report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix, also apply unsafe fixes.")
@click.option("--scheduler", envvar="LISIBLE_SCHEDULER", metavar="tcp://HOST:8786",
              help="Check the documents on this Dask cluster (env LISIBLE_SCHEDULER; "
                   "pip install 'lisible[dask]'); same output as a local run.")
def check(**options):
    """Check files, folders or `-` (stdin)."""
    sys.exit(guarded(run_check, **options))


def run_check(**options) -> int:
    from checker import engine
    check_output_path(options.get("output"))      # before any work: a typo must not cost a run
    settings = build_settings(options)
    if options.get("apply_fixes"):
        from checker import fix_commands
        files = [p for p in engine.collect_paths([p for p in options["paths"] if p != "-"], settings)
                 if isinstance(p, Path)]     # links out of the tree, devices: reported, not fixed
        fix_commands.report_fixes(
            fix_commands.fix_files(files, settings, bool(options.get("unsafe_fixes"))),
            bool(options.get("unsafe_fixes")))
    from checker import streaming
    fmt = load_format(options["output_format"])
    paths = options["paths"]
    progress = progress_bar() if len(paths) > 3 or any(Path(p).is_dir() for p in paths) else None
    stream = streaming.source_stream(options, settings, progress)
    if stream is not None and streaming.can_stream(options, fmt):
        code, tally = streaming.write_streamed(stream, options, fmt, render_options(options, settings),
                                               settings)
        if options.get("output"):
            click.echo(f"lisible: wrote {options['output']}: "
                       f"{verdict_text(tally.documents, tally.passed, tally.findings, code)}", err=True)
        return code
    # Baseline fingerprints read the block text: serialise it, drop it after if asked.
    if stream is not None:
        data = engine.gate_and_decide(streaming.gather(stream), settings, options.get("diff_base"),
                                      options.get("baseline_path"))
    else:
        result = run_engine(settings, options)
        data = engine.result_data(result, include_text=True, diff_base=options.get("diff_base"),
                                  baseline_path=options.get("baseline_path"))
    if options["no_text"]:
        for doc in data["documents"]:
            doc.pop("blocks", None)
    write_report(data, options, settings)
    code = verdict.exit_code(data)
    if options.get("output"):
        click.echo(f"lisible: wrote {options['output']}: {verdict_line(data, code)}", err=True)
    return code


def verdict_line(data: dict, code: int) -> str:
    """`2 documents, 1 passed; 3 errors, 5 warnings, 0 info: FAIL` (stderr, after -o)."""
    return verdict_text(len(data["documents"]), sum(1 for d in data["documents"] if d["passed"]),
                        data.get("summary", {}).get("findings", {}), code)


def verdict_text(docs: int, passed: int, counts: dict, code: int) -> str:
    word = {EXIT_OK: "PASS", EXIT_FINDINGS: "FAIL"}.get(code, "INCOMPLETE (an engine failed)")
    return (f"{docs} document{'s' * (docs != 1)}, {passed} passed; {counts.get('error', 0)} "
            f"error(s), {counts.get('warning', 0)} warning(s), {counts.get('info', 0)} info: {word}")


@click.command()
@click.argument("results", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "-f", "output_format", type=click.Choice(FORMAT_NAMES), default="html",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False))
@click.option("--ui-lang", type=click.Choice(languages.interface_languages()))
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error")
@click.option("--sources", multiple=True, type=click.Path(),
              help="Folder holding the checked files: rdjson reads them to count UTF-8 columns, "
                   "sarif to fingerprint lines. Without it no file the results name is read.")
def report(results, output_format, output, ui_lang, fail_on, sources):
    """Render saved JSON results (from `check --format json`) in another format."""
    sys.exit(guarded(run_report, results=results, output_format=output_format, output=output,
                      ui_lang=ui_lang, fail_on=fail_on, sources=sources))


def run_report(results: str, output_format: str, output: str | None, ui_lang: str | None,
               fail_on: str, sources: tuple[str, ...] = ()) -> int:
    """A results file may come from someone else's job and name any path on this machine: the
    renderers read none of them unless --sources names the folder they must be in
    (reports/_source.py, docs/security.md)."""
    try:
        data = json.loads(Path(results).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{results}: not a lisible JSON result ({exc})") from None
    if not isinstance(data, dict) or data.get("schema_version") != 1 or "documents" not in data:
        raise UsageError(f"{results}: not a lisible JSON result (schema_version 1 expected)")
    options = RenderOptions(fail_on=fail_on, ui_lang=report_language(data, ui_lang, locale_lang()),
                            source_roots=tuple(sources))
    text = load_format(output_format).render(data, options)
    if output:
        check_output_path(output)
        write_atomically(Path(output), text)
    else:
        click.echo(text, nl=False)
    return EXIT_OK


@click.command()
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

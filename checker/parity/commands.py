"""`lisible parity A B [C...]`: compare the language versions of one release, named explicitly.

The first file is the reference (the original): where the versions split evenly on a figure, its
side is taken as right. Only parity findings (and input problems) are reported; `lisible check
--parity` runs them besides every other check on the groups it finds by name or folder.
"""
from __future__ import annotations

import sys

import click

from checker import languages
from checker.cli_support import build_settings, guarded, write_report
from checker.errors import UsageError
from checker.reports import FORMAT_NAMES


@click.command("parity")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "-f", "output_format", type=click.Choice(FORMAT_NAMES),
              default="text", show_default=True, help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report here.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Config file (default: nearest lisible.toml or pyproject.toml upward).")
@click.option("--lang", "language", help="Language of versions that do not declare one.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]),
              help="Fail at or above this severity.")
@click.option("--ui-lang", type=click.Choice(languages.interface_languages()),
              help="Language of the report's labels.")
@click.option("--no-text", is_flag=True, help="Leave the document text out of JSON.")
@click.option("--color/--no-color", default=None, help="Colour text output (default: on a TTY).")
def parity(**options):
    """Compare the language versions of one release: figures, dates, names, paragraphs."""
    sys.exit(guarded(run_parity, **options))


def run_parity(**options) -> int:
    from checker import engine
    from checker import verdict
    from checker.findings import Finding
    from checker.parity import check_group
    from checker.scoring import score as compute_score

    paths = list(options["paths"])
    if len(paths) < 2:
        raise UsageError("parity needs two versions or more (lisible parity A B [C...])")
    settings = build_settings({**options, "grammar": "off"})
    result = engine.check_paths(paths, settings)
    by_path = {d.document.path: d for d in result.documents}
    ordered = [by_path[_resolved(p, by_path)] for p in paths]
    per_path, summary = check_group([d.document for d in ordered])
    for d in ordered:
        kept = [f for f in d.findings if f.category == "input"]
        d.findings = sorted(kept + per_path[d.document.path], key=Finding.sort_key)
        d.score = compute_score(d.findings, d.stats.words, d.readability)
    result.groups.append(summary)
    data = result.to_dict(include_text=not options["no_text"])
    write_report(data, {**options, "quiet": False}, settings)
    return verdict.exit_code(data)


def _resolved(path: str, by_path: dict) -> str:
    """The engine's name for a path given on the command line (it names files as given)."""
    if path in by_path:
        return path
    from pathlib import Path
    wanted = Path(path).resolve()
    for name in by_path:
        if Path(name).resolve() == wanted:
            return name
    raise UsageError(f"{path}: not a file lisible can check")

"""`lisible baseline create -o FILE PATHS`: record today's findings so a gate fails on new ones only.

`create` takes the same options as `check` (they come from checker.cli.check_options) and runs the
same engine; `check --baseline FILE` then marks the findings the file accepts (checker/baseline.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from checker import baseline as baseline_mod
from checker.errors import EXIT_ENGINE, EXIT_OK
from checker.escape import printable

DEFAULT_FILE = ".lisible-baseline.json"


@click.group()
def baseline():
    """Accept the findings a repository has now, so checks fail on new ones only."""


# Imported after the group exists: checker.cli imports this module while it registers commands.
from checker import cli as _cli  # noqa: E402


@baseline.command("create")
@_cli.check_options
def create(**options):
    """Check PATHS as `check` would and write every finding to a baseline file
    (-o, default .lisible-baseline.json). Commit it; then run `check --baseline FILE`."""
    sys.exit(_cli._guarded(create_baseline, **options))


def create_baseline(**options) -> int:
    from checker import engine
    from checker.output import check_output_path, write_atomically
    check_output_path(options.get("output") or DEFAULT_FILE)
    settings = _cli.build_settings(options)
    run = _cli.run_engine(engine, settings, options)
    # Fingerprints read the blocks' text for context: always serialise it here.
    content = baseline_mod.create(run.to_dict(include_text=True))
    path = Path(options.get("output") or DEFAULT_FILE)
    write_atomically(path, baseline_mod.dumps(content))
    total = sum(entry["count"] for entry in content["findings"])
    click.echo(f"lisible: wrote {total} findings of {len(run.documents)} documents to "
               f"{printable(path)}",
               err=True)
    return EXIT_ENGINE if run.engine_failures else EXIT_OK

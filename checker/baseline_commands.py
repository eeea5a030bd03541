"""`lisible baseline create -o FILE PATHS`: record today's findings so a gate fails on new ones only.

`create` takes the same options as `check` (checker.cli_support.check_options) and runs the
same engine; `check --baseline FILE` then marks the findings the file accepts (checker/baseline.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from checker import baseline as baseline_mod
from checker.cli_support import build_settings, check_options, guarded, run_engine
from checker.errors import EXIT_ENGINE, EXIT_OK

DEFAULT_FILE = ".lisible-baseline.json"


@click.group()
def baseline():
    """Accept the findings a repository has now, so checks fail on new ones only."""




@baseline.command("create")
@check_options
def create(**options):
    """Check PATHS as `check` would and write every finding to a baseline file
    (-o, default .lisible-baseline.json). Commit it; then run `check --baseline FILE`."""
    sys.exit(guarded(create_baseline, **options))


def create_baseline(**options) -> int:
    from checker.output import check_output_path, write_atomically
    check_output_path(options.get("output") or DEFAULT_FILE)
    settings = build_settings(options)
    run = run_engine(settings, options)
    # Fingerprints read the blocks' text for context: always serialise it here.
    content = baseline_mod.create(run.to_dict(include_text=True))
    path = Path(options.get("output") or DEFAULT_FILE)
    write_atomically(path, baseline_mod.dumps(content))
    total = sum(entry["count"] for entry in content["findings"])
    click.echo(f"lisible: wrote {total} findings of {len(run.documents)} documents to {path}",
               err=True)
    return EXIT_ENGINE if run.engine_failures else EXIT_OK

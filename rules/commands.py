"""`lisible rules list` and `lisible rules explain ID` (the CLI adds this group)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from checker import languages
from checker.errors import UsageError
from checker.findings import CATEGORIES

from .describe import explain, regions_text
from .catalog import catalog


def _rules():
    """Built-in rules, the accessibility rules and the nearest config's packs. A broken config or
    pack is the user's mistake: exit 2 with one line, as for `lisible check`."""
    from checker.config import find_config, load_settings
    try:
        return catalog(load_settings(find_config(Path.cwd())))
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None


@click.group("rules")
def rules() -> None:
    """List the rules and explain one."""


@rules.command("list")
@click.option("--lang", help="Only rules that apply to this language (en, fr, de, es, it).")
@click.option("--category", type=click.Choice(CATEGORIES), help="Only rules of this category.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def list_rules(lang: str | None, category: str | None, output_format: str) -> None:
    """List rules: id, severity, category, regions."""
    selected = [r for r in _rules()
                if (lang is None or r.language in (None, languages.code_of(lang)))
                and (category is None or r.category == category)]
    if output_format == "json":
        click.echo(json.dumps([{"id": r.id, "kind": r.kind, "category": r.category,
                                "severity": r.severity, "language": r.language or "any",
                                "regions": regions_text(r), "source": r.source}
                               for r in selected], ensure_ascii=False, indent=2))
        return
    width = max((len(r.id) for r in selected), default=0)
    for r in selected:
        click.echo(f"{r.id:<{width}}  {r.severity:<7}  {r.category:<10}  {regions_text(r)}")
    click.echo(f"{len(selected)} rules")


@rules.command("explain")
@click.argument("rule_id")
def explain_rule(rule_id: str) -> None:
    """Print a rule's message, rationale, source and examples."""
    found = [r for r in _rules() if r.id == rule_id]
    if not found:
        raise click.UsageError(f"unknown rule `{rule_id}` (see `lisible rules list`)")
    click.echo(explain(found[0]))

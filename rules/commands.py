"""`lisible rules list` and `lisible rules explain ID` (the CLI adds this group): both read the rule
catalogue (checker.catalogue), plus the packs of the nearest config."""
from __future__ import annotations

import json
from pathlib import Path

import click

from checker import languages
from checker.catalogue import Catalogue, catalogue
from checker.errors import UsageError
from checker.findings import CATEGORIES

from .describe import explain


def _catalogue() -> Catalogue:
    """Built-in entries and the nearest config's packs. A broken config or pack is the user's
    mistake: exit 2 with one line, as for `lisible check`."""
    from checker.config import find_config, load_settings
    from .loader import all_rules
    try:
        settings = load_settings(find_config(Path.cwd()))
        all_rules(settings)          # checks the user's packs: a broken one is named here
        return catalogue().with_packs(settings.packs)
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
    """List rules: id, severity, category, fix safety, regions."""
    selected = [e for e in _catalogue()
                if (lang is None or e.language in (None, languages.code_of(lang)))
                and (category is None or e.category == category)]
    if output_format == "json":
        click.echo(json.dumps([e.to_dict() for e in selected], ensure_ascii=False, indent=2))
        return
    width = max((len(e.id) for e in selected), default=0)
    for e in selected:
        click.echo(f"{e.id:<{width}}  {e.severity:<7}  {e.category:<13}  {e.fix:<6}  "
                   f"{e.regions_text}")
    click.echo(f"{len(selected)} rules")


@rules.command("explain")
@click.argument("rule_id")
def explain_rule(rule_id: str) -> None:
    """Print a rule's title, message, rationale, source, fix safety and examples."""
    found = _catalogue().lookup(rule_id)
    if found is None:
        raise click.UsageError(f"unknown rule `{rule_id}` (see `lisible rules list`)")
    click.echo(explain(found, asked=rule_id))

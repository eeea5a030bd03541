"""Loading rule packs: the built-in YAML packs beside this file, the user's packs from config, and
the user's vocabulary. Packs are parsed and their patterns compiled once per process (cached by
path and modification time), never once per document."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from checker import languages
from checker.catalogue.read import builtin_pack_files, builtin_packs, load_yaml
from checker.limits import NoAliasLoader

from . import document_kinds, kinds, python_kind  # noqa: F401  (the kinds register themselves)
from .model import KINDS, PackError, Rule

PACK_DIR = Path(__file__).resolve().parent
__all__ = ["builtin_packs", "builtin_pack_files", "builtin_rules", "all_rules", "find_rule"]


def load_pack_file(path: Path, pack: str | None = None, language: str | None = None) -> list[Rule]:
    """Rules of one YAML file. Built-in packs take `pack` and `language` from their folder; a
    user's pack declares them at the top (`pack: house`, `language: fr`), else pack = file name."""
    where = str(path)
    # The built-in packs with libyaml; a user's pack without aliases (an alias bomb expands a few
    # hundred bytes into gigabytes of terms), as front matter is read.
    builtin = path.resolve().is_relative_to(PACK_DIR)
    try:
        if builtin:
            data = load_yaml(path)      # one parse, shared with the rule catalogue
        else:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=NoAliasLoader)  # noqa: S506
    except FileNotFoundError:
        raise PackError(where, None, None, "rule pack not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(where, None, None, f"cannot read rule pack: {exc}") from None
    except RecursionError:
        raise PackError(where, None, None, "invalid YAML: nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark else ""
        raise PackError(where, None, None, f"invalid YAML{line}: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise PackError(where, None, "rules", "a pack is a table with a `rules` list")
    unknown = sorted(set(data) - {"rules", "pack", "language"})
    if unknown:
        raise PackError(where, None, unknown[0], "unknown top-level field (known: rules, pack, language)")
    pack = pack or data.get("pack") or path.stem
    if language is None:
        language = data.get("language")
    return [_build_rule(spec, where, pack, language, i) for i, spec in enumerate(data["rules"])]


def _build_rule(spec, where: str, pack: str, language: str | None, index: int) -> Rule:
    if not isinstance(spec, dict):
        raise PackError(where, f"#{index + 1}", None, "a rule is a table of fields")
    rule_id = spec.get("id")
    if not isinstance(rule_id, str) or not rule_id.startswith(pack + "."):
        raise PackError(where, str(rule_id or f"#{index + 1}"), "id",
                        f"must be a text starting with the pack name `{pack}.`")
    kind = spec.get("kind")
    if kind not in KINDS:
        raise PackError(where, rule_id, "kind", f"unknown kind {kind!r} (known: {', '.join(sorted(KINDS))})")
    return KINDS[kind](spec, where, pack, language)


def builtin_rules() -> tuple[Rule, ...]:
    """The rules of the common pack and of every registered language's packs (parsed once for a
    given registry)."""
    return _builtin_rules(languages.generation())


@lru_cache(maxsize=2)
def _builtin_rules(generation: int) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for folder, language in builtin_packs():
        for path in sorted(folder.glob("*.yaml")):
            rules += load_pack_file(path, pack=folder.name, language=language)
    _check_unique(rules)
    return tuple(rules)


@lru_cache(maxsize=64)
def _user_pack(path: str, mtime: float) -> tuple[Rule, ...]:
    return tuple(load_pack_file(Path(path)))


def user_rules(paths) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for path in paths:
        p = Path(path)
        try:
            mtime = p.stat().st_mtime
        except OSError:
            raise PackError(str(p), None, None, "rule pack not found") from None
        rules += _user_pack(str(p.resolve()), mtime)
    return tuple(rules)


def all_rules(settings=None) -> tuple[Rule, ...]:
    """Built-in rules, the config's packs, and the rule made of the rejected vocabulary."""
    rules = builtin_rules()
    if settings is not None:
        rules = rules + user_rules(settings.packs or ())
        reject = tuple(settings.vocabulary_reject or ())
        if reject:
            rules = rules + (vocabulary_rule(reject),)
        _check_unique(rules)
    return rules


def _check_unique(rules) -> None:
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise PackError(rule.path, rule.id, "id", f"already defined in {seen[rule.id]}")
        seen[rule.id] = rule.path


@lru_cache(maxsize=16)
def vocabulary_rule(reject: tuple[str, ...]) -> Rule:
    """The config's rejected terms as one existence rule, `vocabulary.reject`."""
    spec = {
        "id": "vocabulary.reject", "kind": "existence", "category": "style", "severity": "warning",
        "message": {"en": "“{match}” is on the project's list of rejected terms.",
                    "fr": "« {match} » figure dans la liste des termes refusés du projet.",
                    "de": "„{match}“ steht auf der Liste der abgelehnten Begriffe des Projekts.",
                    "es": "«{match}» está en la lista de términos rechazados del proyecto.",
                    "it": "«{match}» è nell'elenco dei termini respinti del progetto."},
        "rationale": "Terms listed under [vocabulary] reject in the lisible config.",
        "source": "https://vale.sh/docs/keys/vocab",
        "terms": list(reject),
        "examples": {"trigger": [reject[0]], "pass": ["-"]},
    }
    return KINDS["existence"](spec, "config [vocabulary] reject", "vocabulary", None)


def find_rule(rule_id: str, settings=None) -> Rule | None:
    return next((r for r in all_rules(settings) if r.id == rule_id), None)

"""Settings: defaults, then the nearest config file upward (with `extend`), then CLI flags.

Config lives in `[tool.lisible]` of pyproject.toml or at the top of lisible.toml (DESIGN.md, "Config").
Unknown keys are a UsageError naming the key and the file.
"""
from __future__ import annotations

import os

import fnmatch
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from checker.errors import UsageError
from checker.limits import FILE_TIME_BUDGET, MAX_FINDINGS_PER_RULE
from checker.trust import Trust, user_config_file

FAIL_ON = ("error", "warning", "info", "never")
GRAMMAR_MODES = ("auto", "required", "off")
CONFIG_FILES = ("lisible.toml", "pyproject.toml")
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.xhtml", "*.docx", "*.odt", "*.pdf")
DEFAULT_EXCLUDE = (".git", "node_modules", ".venv", "venv", "__pycache__", "_site", ".tox")


@dataclass
class Settings:
    language: str | None = None        # force the language of every document (e.g. "fr-CH")
    region: str | None = None          # region of documents whose tag has none (e.g. "CH")
    profile: str = "general"           # general | easy-read | expert
    fail_on: str = "error"
    min_score: int | None = None
    select: tuple[str, ...] = ()       # rule ids, globs or categories to keep (empty: all)
    ignore: tuple[str, ...] = ()       # rule ids, globs or categories to drop
    severity: dict = field(default_factory=dict)   # rule id or glob -> severity
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    max_bytes: int = DEFAULT_MAX_BYTES
    packs: tuple[str, ...] = ()        # extra rule pack files (absolute paths)
    readability: dict = field(default_factory=dict)  # lang -> {formula: target, max_sentence_words}
    languagetool: dict = field(default_factory=dict)  # url, disabled_rules, heap, variants, jar_dir
    vocabulary_accept: tuple[str, ...] = ()
    vocabulary_reject: tuple[str, ...] = ()
    overrides: tuple[dict, ...] = ()   # [{"paths": [...], <keys>}]
    grammar: str = "auto"
    ui_lang: str | None = None
    cache: bool = True
    jobs: int = 0                      # 0: pick from the CPU count
    time_budget: float = FILE_TIME_BUDGET   # seconds to load and analyse one file (checker.limits)
    max_findings_per_rule: int = MAX_FINDINGS_PER_RULE   # per file (checker.limits)
    config_file: str | None = None
    root: str | None = None            # folder of the config file: override globs are relative to it
    flags: dict = field(default_factory=dict)   # the command line's values: they beat every layer
    # No --config: each file takes the nearest config upward from it (as Ruff and Vale do), so
    # the order of the paths on the command line never changes a file's findings.
    discover: bool = False
    trust_config: bool = False

    def for_path(self, path: str) -> "Settings":
        """The settings of `path`: those of its nearest config when configs are discovered, with
        every `[[overrides]]` whose globs match `path` applied in order."""
        if self.discover:
            nearest = _nearest_settings(self, path)
            if nearest is not self:
                return nearest.for_path(path)
        rel = _relative(path, self.root)
        result = self
        for override in self.overrides:
            if any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(path, g) for g in override["paths"]):
                values = {k: v for k, v in override.items() if k != "paths"}
                result = replace(result, **_coerce(values, self.config_file or "config"))
        if result is not self:
            result = with_flags(result, self.flags)
        return result


_DISCOVERED: dict[tuple, Settings] = {}


def _nearest_settings(settings: Settings, path: str) -> Settings:
    """The settings of the config nearest to `path` (same command-line flags), or `settings`
    itself when that config is the one they were read from. Loaded once per config file."""
    where = Path(path)
    if not where.exists():
        return settings
    found = find_config(where)
    mine = Path(settings.config_file).resolve() if settings.config_file else None
    if found == mine:
        return settings
    stamp = found.stat().st_mtime_ns if found else None      # an edited config is read again
    key = (str(found), stamp, settings.trust_config, repr(sorted(settings.flags.items())))
    if key not in _DISCOVERED:
        loaded = load_settings(found, settings.trust_config, **settings.flags)
        # The server is the run's (a URL comes from the command line, the environment or the
        # user's own config, never from a config in the tree: checker.trust), the same for all.
        url = {"url": settings.languagetool["url"]} if settings.languagetool.get("url") else {}
        _DISCOVERED[key] = replace(loaded, languagetool={**loaded.languagetool, **url})
    return _DISCOVERED[key]


def with_flags(settings: Settings, flags: dict) -> Settings:
    """`settings` with the command line's values on top (DESIGN.md: flags override every config
    layer, overrides included). A `--select` on the command line also lifts the config's `ignore`
    (as Ruff's selection does), so a config cannot ignore away what the command line asked for."""
    if not flags:
        return settings
    settings = replace(settings, **flags)
    if "select" in flags and "ignore" not in flags:
        settings = replace(settings, ignore=())
    return settings


# Keys accepted in the file, and the Settings field each one sets.
_KEYS = {
    "language": "language", "region": "region", "profile": "profile", "fail_on": "fail_on", "min_score": "min_score",
    "select": "select", "ignore": "ignore", "severity": "severity", "include": "include",
    "exclude": "exclude", "max_bytes": "max_bytes", "packs": "packs", "readability": "readability",
    "languagetool": "languagetool", "vocabulary": None, "overrides": "overrides", "grammar": "grammar",
    "ui_lang": "ui_lang", "extend": None, "cache": "cache",
}
_OVERRIDE_KEYS = {"paths", "language", "region", "profile", "fail_on", "min_score", "select", "ignore",
                  "severity", "readability", "vocabulary"}
_LANGUAGETOOL_KEYS = {"url", "disabled_rules", "enabled_rules", "heap", "variants", "jar_dir",
                      "java", "timeout", "workers", "server"}
_VOCABULARY_KEYS = {"accept", "reject"}
PROFILES = ("general", "easy-read", "expert")


def find_config(start: Path) -> Path | None:
    """The nearest lisible.toml, or pyproject.toml with a [tool.lisible] table, upward from start."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_lisible_table(path)):
                return path
    return None


def load_settings(config_path: Path | None, trust_config: bool = False, **flags) -> Settings:
    """Settings from the user's own config (if any), then the project's config file (if any, within
    the trust boundary of checker.trust), then the CLI flags that were given (not None)."""
    settings = Settings()
    user_file = user_config_file()
    if user_file is not None and (config_path is None or user_file.resolve() != Path(config_path).resolve()):
        table = _read_table(user_file, seen=(), trust=Trust(True, None))
        settings = replace(settings, **_coerce(table, str(user_file), base=user_file.parent))
    if config_path is not None:
        config_path = Path(config_path)
        table = _read_table(config_path, seen=(), trust=Trust.for_file(config_path, trust_config))
        values = _coerce(table, str(config_path), base=config_path.parent)
        if "languagetool" in values:
            values["languagetool"] = {**settings.languagetool, **values["languagetool"]}
        settings = replace(settings, **values, config_file=str(config_path),
                           root=str(config_path.parent))
    given = {k: v for k, v in flags.items() if v is not None and v != ()}
    settings = with_flags(settings, given)
    settings.flags = given
    validate(settings, str(config_path) if config_path else "command line")
    return settings


def validate(settings: Settings, where: str) -> None:
    if settings.fail_on not in FAIL_ON:
        raise UsageError(f"{where}: fail_on must be one of {', '.join(FAIL_ON)}, not {settings.fail_on!r}")
    if settings.grammar not in GRAMMAR_MODES:
        raise UsageError(f"{where}: grammar must be one of {', '.join(GRAMMAR_MODES)}")
    if settings.profile not in PROFILES:
        raise UsageError(f"{where}: profile must be one of {', '.join(PROFILES)}, not {settings.profile!r}")
    if settings.min_score is not None and not 0 <= settings.min_score <= 100:
        raise UsageError(f"{where}: min_score must be between 0 and 100")


def _has_lisible_table(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "lisible" in data.get("tool", {})


def _read_table(path: Path, seen: tuple, trust: Trust) -> dict:
    if path.resolve() in seen:
        raise UsageError(f"{path}: `extend` loops back to a file already read")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read config: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML: {exc}") from None
    table = data.get("tool", {}).get("lisible", {}) if path.name == "pyproject.toml" else data
    table = dict(table)
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise UsageError(f"{path}: unknown key `{unknown[0]}` in lisible config "
                         f"(known: {', '.join(sorted(_KEYS))})")
    _check_subkeys(table, path)
    trust.check_table(table, path)
    if "extend" in table:
        base_path = (path.parent / table.pop("extend")).resolve()
        base = _read_table(base_path, seen + (path.resolve(),), trust)
        base = _absolutise_packs(base, base_path.parent)
        merged = {**base, **table}
        for key in ("readability", "languagetool", "vocabulary"):
            if key in base and key in table:
                merged[key] = {**base[key], **table[key]}
        table = merged
    return table


def _absolutise_packs(table: dict, folder: Path) -> dict:
    if "packs" in table:
        table = {**table, "packs": [str((folder / p).resolve()) for p in table["packs"]]}
    return table


def _check_subkeys(table: dict, path: Path) -> None:
    for key in ("languagetool", "vocabulary", "readability", "severity"):
        if key in table and not isinstance(table[key], dict):
            raise UsageError(f"{path}: `{key}` must be a table")
    if "overrides" in table and not (isinstance(table["overrides"], list)
                                     and all(isinstance(o, dict) for o in table["overrides"])):
        raise UsageError(f"{path}: `overrides` must be a list of tables ([[overrides]])")
    if "extend" in table and not isinstance(table["extend"], str):
        raise UsageError(f"{path}: `extend` must be the path of a config file")
    if "packs" in table:
        _str_list(table["packs"], str(path), "packs")
    for key, allowed in (("languagetool", _LANGUAGETOOL_KEYS), ("vocabulary", _VOCABULARY_KEYS)):
        extra = sorted(set(table.get(key, {})) - allowed)
        if extra:
            raise UsageError(f"{path}: unknown key `{key}.{extra[0]}` in lisible config")
    for i, override in enumerate(table.get("overrides", [])):
        extra = sorted(set(override) - _OVERRIDE_KEYS)
        if extra:
            raise UsageError(f"{path}: unknown key `overrides[{i}].{extra[0]}` in lisible config")
        if not override.get("paths"):
            raise UsageError(f"{path}: `overrides[{i}]` needs a `paths` list of globs")


def _coerce(table: dict, where: str, base: Path | None = None) -> dict:
    """Turn a config table into Settings field values, checking types."""
    values: dict = {}
    for key, value in table.items():
        if key == "extend":
            continue
        if key == "vocabulary":
            values["vocabulary_accept"] = tuple(_str_list(value.get("accept", []), where, "vocabulary.accept"))
            values["vocabulary_reject"] = tuple(_str_list(value.get("reject", []), where, "vocabulary.reject"))
        elif key in ("select", "ignore", "include", "exclude"):
            values[key] = tuple(_str_list(value, where, key))
        elif key == "packs":
            packs = _str_list(value, where, key)
            values[key] = tuple(str((base / p).resolve()) if base else p for p in packs)
        elif key in ("min_score", "max_bytes"):
            if not isinstance(value, int) or isinstance(value, bool):
                raise UsageError(f"{where}: `{key}` must be an integer")
            values[key] = value
        elif key == "overrides":
            values[key] = tuple(dict(o) for o in value)
        elif key in ("readability", "languagetool", "severity"):
            if not isinstance(value, dict):
                raise UsageError(f"{where}: `{key}` must be a table")
            if key == "languagetool":
                _check_languagetool(value, where)
            values[key] = dict(value)
        elif key == "cache":
            values[key] = bool(value)
        elif key == "region":
            if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{2}|\d{3}", value):
                raise UsageError(f"{where}: `region` must be a region code such as \"CH\" or \"GB\"")
            values[key] = value.upper()
        else:
            if not isinstance(value, str):
                raise UsageError(f"{where}: `{key}` must be a string")
            values[_KEYS.get(key, key)] = value
    return values


def _check_languagetool(table: dict, where: str) -> None:
    """Values that reach a JVM's command line or bound a wait are checked, not passed on blindly."""
    heap = table.get("heap")
    if heap is not None and not (isinstance(heap, str) and re.fullmatch(r"[1-9][0-9]{0,5}[kKmMgG]?", heap)):
        raise UsageError(f"{where}: `languagetool.heap` must be a JVM heap size like \"1g\" or \"512m\"")
    for key, top in (("timeout", 600), ("workers", 16)):
        value = table.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                  or not 0 < value <= top):
            raise UsageError(f"{where}: `languagetool.{key}` must be a number from 1 to {top}")


def _str_list(value, where: str, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{where}: `{key}` must be a list of strings")
    return value


def _relative(path: str, root: str | None) -> str:
    if not root:
        return path
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return path


STARTER_CONFIG = '''\
# lisible configuration. Every key is optional; delete what you do not need.
# Documentation: README.md, section "Configuration".

# Language of every document, when it is not declared in the file (HTML lang, front matter).
# Leave unset to detect it. A region selects conventions: fr-CH, de-CH, en-GB...
# language = "fr-FR"

# Audience: "general" (the public), "easy-read" (FALC, Leichte Sprache), "expert".
profile = "general"

# Fail when a finding at or above this severity is found: error, warning, info, never.
fail_on = "error"

# Fail when a document scores below this (0-100). No default.
# min_score = 60

# Rules to drop or keep: ids, globs or categories.
# ignore = ["fr.typography.*", "style"]
# select = []

# Files to check in folders, and files to skip.
# include = ["*.md", "*.html", "*.txt", "*.docx", "*.odt", "*.pdf"]
# exclude = ["drafts/*"]

# Extra rule packs (YAML), relative to this file.
# packs = ["house-style.yaml"]

# Share an organisation's config:
# extend = "../shared/lisible-base.toml"

# [readability.fr]
# kandel_moles = 60
# max_sentence_words = 30

# [languagetool]
# url = "http://127.0.0.1:8081"
# disabled_rules = ["WHITESPACE_RULE"]
# heap = "1g"
# server = "background"   # keep one tuned server running for later runs (idle timeout 1 h)

# [vocabulary]
# accept = ["Fedpol", "Interpol"]
# reject = ["susmentionné"]

# [[overrides]]
# paths = ["easy/*"]
# profile = "easy-read"
'''


# The environment variable naming a LanguageTool server; read here only.
LANGUAGETOOL_URL_ENV = "LISIBLE_LANGUAGETOOL_URL"


def environment_languagetool_url() -> str | None:
    """The LanguageTool server the environment names (LISIBLE_LANGUAGETOOL_URL), if any."""
    return os.environ.get(LANGUAGETOOL_URL_ENV) or None

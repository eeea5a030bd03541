"""Reading the catalogue's data: rule packs, the accessibility rules, and the YAML beside this file.

Each YAML file is parsed once per process (`load_yaml`, cached by path and modification time); the
rule engine (checker.rules.loader) compiles its rules from the same parse.
"""
from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from checker import languages
from checker.catalogue.entry import Entry, Example

FIX_SAFETY = ("safe", "unsafe", "none")
DATA_DIR = Path(__file__).resolve().parent
# lisible's own rules, one file per part that reports them (in this order in listings).
DATA_FILES = ("readability", "parity", "input", "engine", "vocabulary", "languagetool")
# `common` applies to every language; each language's registry entry names its own packs.
COMMON_PACK = "common"
# libyaml's loader parses the packs about ten times faster than the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def rules_dir() -> Path:
    """Where the package `checker.rules` lives (rules/ in a checkout, checker/rules installed),
    found without importing it: the catalogue sits below the rule engine."""
    spec = importlib.util.find_spec("checker.rules")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the package checker.rules is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def builtin_packs() -> list[tuple[Path, str | None]]:
    """(folder, language) of the common pack and of the packs each registered language names
    (checker/languages/: a name is a folder of rules/, a Path a folder elsewhere)."""
    root = rules_dir()
    out: list[tuple[Path, str | None]] = [(root / COMMON_PACK, None)]
    for language in languages.all_languages():
        out += [(root / pack if isinstance(pack, str) else pack, language.code)
                for pack in language.packs]
    return out


def builtin_pack_files() -> list[Path]:
    return [p for folder, _ in builtin_packs() for p in sorted(folder.glob("*.yaml"))]


def load_yaml(path: str | Path) -> Any:
    """The parsed content of a YAML file; raises OSError, UnicodeDecodeError or yaml.YAMLError."""
    path = Path(path)
    return _parsed(str(path.resolve()), os.stat(path).st_mtime_ns)


@lru_cache(maxsize=128)
def _parsed(path: str, _mtime: int) -> Any:
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_YAML_LOADER)  # noqa: S506


def builtin_entries() -> list[Entry]:
    entries: list[Entry] = []
    root = rules_dir()
    for folder, language in builtin_packs():
        for path in sorted(folder.glob("*.yaml")):
            entries += pack_entries(str(path), pack=folder.name, language=language)
    entries += a11y_entries(root / "a11y" / "rules.yaml")
    for name in DATA_FILES:
        entries += data_entries(DATA_DIR / f"{name}.yaml")
    return entries


def pack_entries(path: str, pack: str | None = None, language: str | None = None) -> list[Entry]:
    """The entries of one rule pack file (its rules are checked by checker.rules.loader)."""
    data = load_yaml(path)
    pack = pack or data.get("pack") or Path(path).stem
    if language is None:
        language = data.get("language")
    return [_pack_entry(spec, path, pack, language) for spec in data["rules"]]


def _pack_entry(spec: dict, path: str, pack: str, language: str | None) -> Entry:
    messages = _texts(spec["message"])
    if language and "*" in messages:        # a pack's plain message is in its language
        messages = {language: messages.pop("*"), **messages}
    regions = spec.get("regions") or {}
    entries = spec.get("entries")
    return Entry(
        id=spec["id"], title=spec.get("title") or title_of(spec["id"]), category=spec["category"],
        severity=spec["severity"], rationale=str(spec["rationale"]).strip(),
        source=str(spec["source"]).strip(), origin="pack", path=path, kind=spec["kind"],
        fix=spec.get("fix") or default_fix(spec), standards=tuple(spec.get("standards", ())),
        messages={"message": messages, **{k: _texts(v) for k, v in spec.items()
                                          if k.endswith("_message")}},
        examples=_examples(spec.get("examples")), pack=pack, language=language,
        regions=(frozenset(r.upper() for r in regions.get("only", ())),
                 frozenset(r.upper() for r in regions.get("except", ()))),
        languagetool=tuple(spec.get("languagetool", ())),
        entries=len(entries) if isinstance(entries, list) else None)


def default_fix(spec: dict) -> str:
    """Fix safety of a pack rule that does not declare `fix`: a kind that suggests a replacement
    offers an unsafe fix (a person should look: a name, a quotation, a defined term); `safe` is
    only ever declared, rule by rule."""
    kind = spec.get("kind")
    if kind in ("substitution", "capitalization", "consistency"):
        return "unsafe"
    if kind == "existence" and spec.get("suggest") is not None:
        return "unsafe"
    if kind == "repetition" and spec.get("scope") == "words":
        return "unsafe"
    return "none"


def a11y_entries(path: Path) -> list[Entry]:
    """The accessibility rules (Python checks; rules.yaml is their data)."""
    out = []
    for spec in load_yaml(path)["rules"]:
        out.append(Entry(
            id=spec["id"], title=spec.get("title") or title_of(spec["id"]),
            category=spec["category"], severity=spec["severity"],
            rationale=" ".join(str(spec["rationale"]).split()), source=spec["source"],
            origin="a11y", path=str(path), kind=spec.get("kind", "python"),
            fix=spec.get("fix", "none"), standards=tuple(spec.get("standards", ())),
            messages={k: _texts(v) for k, v in spec.items() if k.endswith("message")},
            examples=_examples(spec.get("examples")), pack="a11y",
            needs_review=bool(spec.get("needs_review", False)), act=spec.get("act"),
            example_format=spec.get("format", "html")))
    return out


def data_entries(path: Path) -> list[Entry]:
    """lisible's own rules. An entry with `kinds` stands for one id per kind (`{kind}` in its id,
    title and messages): parity's number, date, time, url, email and phone."""
    data = load_yaml(path)
    out = []
    for spec in data["rules"]:
        for kind in spec.get("kinds") or [None]:
            out.append(_data_entry(spec, path, data["origin"], kind))
    return out


def _data_entry(spec: dict, path: Path, origin: str, kind: str | None) -> Entry:
    def fill(text: str) -> str:
        return text.replace("{kind}", kind) if kind else text
    rule_id = fill(spec["id"])
    return Entry(
        id=rule_id, title=fill(spec["title"]), category=spec["category"],
        severity=spec["severity"], rationale=fill(" ".join(str(spec["rationale"]).split())),
        source=spec["source"], origin=origin, path=str(path), kind="python",
        fix=spec.get("fix", "none"), standards=tuple(spec.get("standards", ())),
        messages={k: {lang: fill(t) for lang, t in _texts(v).items()}
                  for k, v in spec.items() if k.endswith("message")},
        examples=_examples(_of_kind(spec.get("examples"), kind), fill), pack=rule_id.split(".")[0],
        family=rule_id.endswith(".*"))


def _of_kind(examples: Any, kind: str | None) -> Any:
    """Examples given per kind (`examples: {number: {trigger: ...}}`) for an entry with `kinds`."""
    if kind and isinstance(examples, dict) and set(examples) - {"trigger", "pass"}:
        return examples.get(kind)
    return examples


def title_of(rule_id: str) -> str:
    """`fr.typography.space-before-colon` -> `Space before colon`."""
    words = re.split(r"[-_]", rule_id.rsplit(".", 1)[-1])
    text = " ".join(w for w in words if w)
    return text[:1].upper() + text[1:]


def _texts(value: Any) -> dict[str, str]:
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    return {"*": str(value)}


def _examples(value: Any, fill=lambda t: t) -> dict[str, list[Example]]:
    value = value or {}
    out: dict[str, list[Example]] = {}
    for key, aliases in (("trigger", ("trigger",)), ("pass", ("pass", "no_trigger"))):
        items = next((value[a] for a in aliases if value.get(a)), None) or []
        out[key] = [_example(item, fill) for item in items]
    return out


def _example(item: Any, fill) -> Example:
    if isinstance(item, dict):
        return {k: fill(v) if isinstance(v, str) else v for k, v in item.items()}
    return {"text": fill(str(item))}

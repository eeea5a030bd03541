"""The language registry: everything lisible knows about a language, in one entry per language.

Each language is a folder here (`fr/`): its `__init__.py` holds one `Language` (model.py): tag,
regions and default region, function words and letter cues for detection, syllable counter,
sentence rules (closing quotes, abbreviations, ordinals), readability formulas and profile
targets, LanguageTool module and variants, number conventions, where lisible's messages exist in
it, and which rule packs apply. The rest of lisible asks this registry (`get`, `codes`) and keeps
no list of languages of its own.

Adding a language (say Swedish, `sv`):
1. `checker/languages/sv/__init__.py` with `LANGUAGE = Language(code="sv", ...)`, and its syllable
   counter beside it (`sv/syllables.py`), tested against a hand-counted list (tests/text/);
   a language may borrow another's counter or sentence rules, but says so in `syllables_source`.
2. Add `sv` to BUILTIN below (the order is the detector's tie-break order: keep new ones last)
   and `checker.languages.sv` to the packages in pyproject.toml.
3. Optional: rule packs in rules/sv/ (name them in `packs`), readability formulas in
   checker/readability.py if its readers use one lisible lacks, translated messages (`interface`).
tests/test_language_toy.py registers a toy language in one place and runs `lisible check` on it;
tests/test_languages.py checks that every entry is whole and that the message tables follow it.
`LanguageTag` (tag.py) parses and normalises tags; use it instead of splitting on "-".
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from checker.languages.model import Language
from checker.languages.tag import LanguageTag, is_valid_tag, normalize_tag, primary_subtag

__all__ = ["Language", "LanguageTag", "get", "require", "codes", "all_languages", "register",
           "unregister", "generation", "code_of", "fallback", "default_region", "with_default_region",
           "is_valid_tag", "normalize_tag", "primary_subtag", "interface_languages"]

BUILTIN = ("en", "fr", "de", "es", "it", "nl", "pt")
# A text in a language the registry lacks is measured as English, and lisible says so.
FALLBACK = "en"

_REGISTRY: dict[str, Language] = {}
_generation = 0


def register(language: Language) -> None:
    """Add (or replace) a language. Caches built from the registry are rebuilt (`generation`)."""
    global _generation
    _REGISTRY[language.code] = language
    _generation += 1


def unregister(code: str) -> None:
    global _generation
    _REGISTRY.pop(code, None)
    _generation += 1


def generation() -> int:
    """A number that changes whenever the registry does: the key of caches built from it."""
    return _generation


def get(tag: "str | LanguageTag | None") -> Language | None:
    """The language of a tag ("fr-CH", "FR_ch", a LanguageTag or a bare "fr"); None if unknown."""
    if tag is None:
        return None
    if isinstance(tag, str) and tag in _REGISTRY:   # a bare code: the hot path (per word, per block)
        return _REGISTRY[tag]
    code = tag.language if isinstance(tag, LanguageTag) else LanguageTag.loose(tag).language
    return _REGISTRY.get(code)


@lru_cache(maxsize=1024)
def code_of(tag: "str | LanguageTag | None", default: str = "") -> str:
    """Primary subtag of a tag, read loosely ("FR_ch" -> "fr", "english" -> "english"; `default`
    for an empty one): for the hot paths that are handed a tag per word or per block."""
    return LanguageTag.loose(tag, default).language


def require(tag: "str | LanguageTag | None") -> Language:
    """The language of a tag, or the fallback language (English) when the registry lacks it."""
    return get(tag) or _REGISTRY[FALLBACK]


def fallback() -> Language:
    return _REGISTRY[FALLBACK]


def codes() -> tuple[str, ...]:
    """Primary subtags of every registered language, in registration order."""
    return tuple(_REGISTRY)


def all_languages() -> tuple[Language, ...]:
    return tuple(_REGISTRY.values())


def interface_languages(part: str = "findings") -> tuple[str, ...]:
    """Languages lisible speaks in `part` ("findings", "report", "accessibility"; see
    model.Interface)."""
    parts = {"findings": lambda i: i.findings, "report": lambda i: i.report,
             "accessibility": lambda i: i.accessibility}
    speaks = parts[part]
    return tuple(code for code, lang in _REGISTRY.items() if speaks(lang.interface))


def default_region(tag: "str | LanguageTag | None") -> str | None:
    """The documented default region of a tag's language; None for languages not registered."""
    language = get(tag)
    return language.default_region if language else None


def with_default_region(tag: LanguageTag) -> LanguageTag:
    """`fr` -> `fr-FR`; a tag with a region, or of an unregistered language, is kept."""
    if tag.region:
        return tag
    region = default_region(tag)
    return tag.with_region(region) if region else tag


for _code in BUILTIN:
    register(importlib.import_module(f"checker.languages.{_code}").LANGUAGE)

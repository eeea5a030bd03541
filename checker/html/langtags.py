"""Language tags as the W3C ACT rules judge them.

ACT's "known primary language tag" (https://act-rules.github.io/glossary/#known-primary-language-tag)
only asks that the primary subtag be a `Type: language` entry of the IANA Language Subtag Registry:
`en-US-GB` passes (the region part is not checked), `eng`, `dutch` and the grandfathered `i-lux` do
not. That is looser than full BCP 47 well-formedness (`checker.languages.is_valid_tag`), so the
accessibility rules use this check and the registry list in data/primary-language-subtags.txt.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from checker.languages import normalize_tag

_DATA = Path(__file__).parent / "data" / "primary-language-subtags.txt"


@lru_cache(maxsize=1)
def _registry() -> frozenset[str]:
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(code for line in lines if not line.startswith("#") for code in line.split())


def primary_subtag(tag: str | None) -> str:
    """The primary subtag, lower case ('' for an empty tag)."""
    return (tag or "").strip().split("-")[0].lower()


def has_known_primary_subtag(tag: str | None) -> bool:
    primary = primary_subtag(tag)
    if not primary.isascii() or not primary.isalpha() or len(primary) not in (2, 3):
        return False
    # qaa..qtz is reserved for private use and listed as a range in the registry.
    if len(primary) == 3 and primary[0] == "q" and "a" <= primary[1] <= "t":
        return True
    return primary in _registry()


@lru_cache(maxsize=256)
def normalize(tag: str | None) -> str | None:
    """Canonical case ('EN-gb' -> 'en-GB') where the tag is well formed; otherwise the trimmed tag
    with a lower-case primary subtag; None when empty."""
    if not tag or not tag.strip():
        return None
    canonical = normalize_tag(tag)
    if canonical:
        return canonical
    parts = tag.strip().split("-")
    return "-".join([parts[0].lower()] + parts[1:])

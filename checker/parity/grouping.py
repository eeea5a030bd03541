"""Finding the language versions of one release among many files.

A release's versions are recognised by a language tag in the file name (`name.fr.md`,
`name_fr.html`, `name-fr.txt`, and `name.md` beside them as the original), by a folder named
for the language (`fr/name.md` beside `en/name.md`), or by both (`fr/name-fr.txt` beside
`de/name-de.txt`, as the Swiss federal releases are filed). Only groups of two or more versions in
different languages count.
"""
from __future__ import annotations

import re
from pathlib import PurePath

from checker.languages import LanguageTag, primary_subtag

# name.fr.md · name_fr-CH.html · name-de.txt: the tag is the last part of the stem.
_SUFFIX_TAG = re.compile(
    r"^(?P<base>.+?)[._-](?P<tag>[A-Za-z]{2,3}(?:[_-][A-Za-z]{2}|[_-]\d{3})?)$")


def version_key(path: str) -> tuple[tuple, str] | None:
    """(key shared by the versions of one release, language) or None for an unmarked file."""
    p = PurePath(path)
    folder = p.parent.name
    folder_lang = _two_letter_language(folder)
    match = _SUFFIX_TAG.match(p.stem)
    lang = _two_letter_language(match.group("tag")) if match else None
    if match and lang:
        if folder_lang == lang:   # fr/name-fr.txt beside de/name-de.txt: both say the language
            return ("folder", str(p.parent.parent), match.group("base")), lang
        return ("name", str(p.parent), match.group("base")), lang
    if folder_lang:
        return ("folder", str(p.parent.parent), p.stem), folder_lang
    return None


def _two_letter_language(text: str) -> str | None:
    """The language of a folder or file-name tag ("fr", "de_CH"); three-letter codes are too
    often words ("doc", "web") to count."""
    tag = LanguageTag.parse(text)
    return tag.language if tag and len(tag.language) == 2 else None


def find_groups(paths: list[str], languages: dict[str, str | None] | None = None) -> list[list[str]]:
    """Groups of paths that are versions of one release, in the order of `paths` within a group
    (the first is the reference that settles ties), groups in the order of their first path.

    `languages` (path -> language tag, declared or detected) is used when the name or folder does
    not give a language; a group keeps one version per language."""
    languages = languages or {}
    groups: dict[tuple, list[tuple[str, str | None]]] = {}
    untagged: dict[tuple, str] = {}
    for path in paths:
        found = version_key(path)
        if found is None:
            p = PurePath(path)
            untagged.setdefault(("name", str(p.parent), p.stem), path)
            continue
        key, lang = found
        groups.setdefault(key, []).append((path, lang or primary_subtag(languages.get(path))))
    # name.md beside name.fr.md (Hugo's convention): the original, in its declared or detected
    # language, and the reference of its group.
    for key, path in untagged.items():
        if key in groups:
            groups[key].insert(0, (path, primary_subtag(languages.get(path))))
    out = []
    for members in groups.values():
        kept, seen = [], set()
        for path, version_lang in members:
            if version_lang not in seen:
                kept.append(path)
                seen.add(version_lang)
        if len(kept) >= 2:
            out.append(kept)
    return out

"""Names written alike in every version (people, places, bodies): where one version first names
someone, the others name them there too.

Only surnames are checked (the last word of a run of capitalised words, see
checker.parity.extract.person_names) and only where at least two versions write them alike; every
other capitalised word counts as a possible spelling of a name in another language.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from checker.findings import Span
from checker.parity.extract import Fact, edit_distance, name_tokens, names_agree, person_names
from checker.parity.messages import block_word, parity_finding, place, quoted, say

if TYPE_CHECKING:   # compare imports this module; the annotation only needs the name
    from checker.parity.compare import Version

NAME_NEAR_ROWS = 1            # rows either side where a name's first mention may have moved


def add_names(versions: list[Version]) -> None:
    """Names checked: surnames (checker.parity.extract.person_names) written alike in at least two
    versions. All capitalised words (name_tokens) are kept, soft, as spellings of a name in
    another language (Bern / Berne) and, those written alike, to help alignment."""
    found = [[person_names(b.text) for b in v.blocks] for v in versions]
    others = [[name_tokens(b.text) for b in v.blocks] for v in versions]
    seen_in: dict[str, set[int]] = {}
    for v in range(len(versions)):
        for block_tokens in found[v] + others[v]:
            for _, _, word in block_tokens:
                seen_in.setdefault(word, set()).add(v)
    for v, version in enumerate(versions):
        version.names = []
        for surnames, tokens in zip(found[v], others[v]):
            facts = [Fact("name", a, b, w, frozenset({w}), soft=len(seen_in[w]) < 2)
                     for a, b, w in surnames]
            facts += [Fact("name", a, b, w, frozenset({w}), soft=True) for a, b, w in tokens
                      if (a, b, w) not in surnames]
            version.names.append(facts)
        version.align_names = [frozenset(w.lower()[:5] for _, _, w in tokens
                                         if len(seen_in[w]) >= 2) for tokens in others[v]]


def check_names(versions, rows, findings) -> None:
    """A name the versions write alike must be named where the others first name it: a version
    that first names it two rows or more later left it out there. Later mentions are
    not compared: a translation may say "she" where the original repeats the name.
    Support counts versions writing the name exactly; a version is excused by any spelling of it
    (Zürich / Zurich, Nazca / Nasca-Linien)."""
    names = sorted({f.text for v in versions for block in v.names for f in block if not f.soft})
    # A word also written in lower case is a common word in a title ("Climate Finance Summit"),
    # which the other languages translate.
    lower_words = {w for v in versions for b in v.blocks for w in re.findall(r"\b[a-zß-ÿ]+\b",
                                                                        b.text)}
    names = [name for name in names if name.lower() not in lower_words]
    n = len(versions)
    for name in names:
        exact = [_first_row(v, rows, i, lambda t: t == name) for i, v in enumerate(versions)]
        anchor = exact[0] if exact[0] is not None else min(r for r in exact if r is not None)
        support = [r is not None and abs(r - anchor) <= NAME_NEAR_ROWS for r in exact]
        if 2 * sum(support) <= n and not (n == 2 and support[0]):
            continue
        holder = support.index(True)
        for v, version in enumerate(versions):
            spelled = _first_row(version, rows, v, lambda t: _same_name(t, name))
            if not rows[anchor][v] or _named_near(version, rows, v, anchor, name):
                continue
            if spelled is None:
                # Never named at all: on the Swiss corpus these were all translated titles and
                # exonyms (AI Safety Summit, Lausanne / Losanna), so only a moved first mention,
                # a name left out of its paragraph, is reported.
                continue
            block = version.blocks[rows[anchor][v][0]]
            where = _name_span(versions[holder], rows[exact[holder]][holder], name)
            later = _name_span(version, rows[spelled][v], name).line
            ui = version.ui
            message = say("name-missing", ui, name=quoted(name, ui),
                          what=block_word(block.kind, ui), holder=versions[holder].named(ui),
                          place=place(where, ui), later=later)
            findings[version.doc.path].append(parity_finding(
                "parity.name-missing", message, version.doc.span(block, 0, len(block.text))))


@lru_cache(maxsize=65536)
def _same_name(token: str, name: str) -> bool:
    """`token` is `name` or its spelling in another language, or a part of one of them
    (Knonau-Maschwanden / Knonau), or a compound that starts with it (Nobelpreis / Nobel)."""
    return any(_spelling_of(part, whole) for part in [token] + token.split("-")
               for whole in [name] + name.split("-"))


def _spelling_of(token: str, name: str) -> bool:
    if len(token) < 4 or len(name) < 4:
        return token == name
    if token.startswith(name) or names_agree(token, name):
        return True
    allowed = 2 if min(len(token), len(name)) >= 6 else 1
    if abs(len(token) - len(name)) > allowed or \
            len(set(token.lower()) ^ set(name.lower())) > 2 * allowed:
        return False    # cannot be within `allowed` edits: spare the distance
    return edit_distance(token, name, allowed) <= allowed


def _named_near(version, rows, v, anchor, name) -> bool:
    return any(_same_name(f.text, name)
               for r in range(max(0, anchor - NAME_NEAR_ROWS),
                              min(len(rows), anchor + NAME_NEAR_ROWS + 1))
               for k in rows[r][v] for f in version.names[k])


def _first_row(version, rows, v, matches) -> int | None:
    """First row where a name token of version v satisfies `matches`."""
    for r, row in enumerate(rows):
        if any(matches(f.text) for k in row[v] for f in version.names[k]):
            return r
    return None


def _name_span(version, blocks, name) -> Span:
    """Where `name` (or its spelling in this language) first appears in these blocks."""
    for k in blocks:
        for fact in version.names[k]:
            if _same_name(fact.text, name):
                return version.doc.span(version.blocks[k], fact.start, fact.end)
    return Span()

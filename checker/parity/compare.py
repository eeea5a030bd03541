"""Comparing the language versions of one release, row of aligned blocks by row.

In each row, the facts of all versions are gathered into clusters of facts that agree (3 150 and
3'150, 2 mars 2022 and 2. März 2022). A cluster most versions have is expected everywhere: a
version without it (in the row or the rows next to it, to forgive a sentence moved across a
paragraph break) is missing it; a cluster few versions have is extra where it appears. Between
two versions the first one decides (the reference: the original, by convention the first path);
among more, an even split says nothing. In a version, a missing and an extra fact in one row are
one mismatch: a figure that changed. Thresholds were set on the parallel Swiss releases
(benchmarks/parity.py), where they leave at most one finding per release.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from checker.document import Block, Document
from checker.findings import Finding, Span
from checker.language import detect_document
from checker.languages import primary_subtag
from checker.parity.align import Unit, align_group
from checker.parity.extract import Fact, compatible, extract, this_year_phrases
from checker.parity.messages import (
    TEMPLATES, block_word, in_version, kind_word, parity_finding, place, quoted, say, ui_language,
)
from checker.parity.names import add_names, check_names

PAIRED_KINDS = ("number", "date", "time", "url", "email", "phone")
NEAR_ROWS = 2                 # rows either side where a fact may have moved
LENGTH_RATIO_LIMIT = 2.0      # a row this many times longer or shorter than usual is reported
LENGTH_RATIO_MIN_CHARS = 150  # ... when its longer side has at least this many characters


@dataclass
class Version:
    doc: Document
    lang: str | None
    ui: str                                 # language of this version's messages
    unique: bool                            # the only version in its language
    blocks: list[Block]                     # the prose blocks compared
    block_index: list[int]                  # their indexes in doc.blocks
    facts: list[list[Fact]] = field(default_factory=list)   # per block: figures, dates, links
    names: list[list[Fact]] = field(default_factory=list)   # per block: name candidates
    align_names: list[frozenset] = field(default_factory=list)  # per block: names for alignment

    def named(self, ui: str) -> str:
        """'in the French version', in the language `ui`."""
        return in_version(self.lang, self.doc.path, ui, self.unique)


Placed = tuple[int, Fact]                   # (block number in Version.blocks, fact)


def load_versions(docs: list[Document]) -> list[Version]:
    versions = []
    for doc in docs:
        lang = primary_subtag(doc.language) or detect_document(doc)[0]
        pairs = [(i, b) for i, b in enumerate(doc.blocks) if b.counts_for_readability]
        version = Version(doc, lang, ui_language(lang), True, [b for _, b in pairs],
                          [i for i, _ in pairs])
        version.facts = [extract(b.text, lang) for b in version.blocks]
        versions.append(version)
    year = release_year(versions)
    if year:
        for version in versions:
            for block, facts in zip(version.blocks, version.facts):
                facts.extend(this_year_phrases(block.text, year))
    languages = [v.lang for v in versions]
    for v in versions:
        v.unique = v.lang is not None and languages.count(v.lang) == 1
    add_names(versions)
    return versions


def release_year(versions: list[Version]) -> int | None:
    """The year of the release: the one most of its full dates (day, month, year) fall in."""
    years = Counter(y for v in versions for facts in v.facts for f in facts if f.kind == "date"
                    for y, _, day in f.values if y and day)
    return max(years, key=lambda y: (years[y], y)) if years else None


def units(version: Version) -> list[Unit]:
    return [Unit.of(b.kind, b.text, facts, names)
            for b, facts, names in zip(version.blocks, version.facts, version.align_names)]


def compare(versions: list[Version]) -> tuple[dict[str, list[Finding]], list[list[list[int]]]]:
    rows = align_group([units(v) for v in versions])
    findings: dict[str, list[Finding]] = {v.doc.path: [] for v in versions}
    usual = [1.0] + [_usual_ratio(versions, rows, v) for v in range(1, len(versions))]
    orphans: list[tuple[int, int, list[int]]] = []     # (first row, last row, versions lacking)
    for r, row in enumerate(rows):
        missing = [v for v, blocks in enumerate(row) if not blocks]
        if missing:
            # Blocks left out together (a paragraph and its heading) are one finding.
            if orphans and orphans[-1][1] == r - 1 and orphans[-1][2] == missing:
                orphans[-1] = (orphans[-1][0], r, missing)
            else:
                orphans.append((r, r, missing))
            continue
        _compare_row(versions, rows, r, findings)
        _check_length(versions, rows, r, usual, findings)
    for first, last, missing in orphans:
        _report_orphan(versions, rows, first, last, missing, findings)
    check_names(versions, rows, findings)
    return findings, rows


def _row_facts(version: Version, blocks: list[int]) -> list[Placed]:
    return [(k, f) for k in blocks for f in version.facts[k]]


def _clusters(versions: list[Version], row: list[list[int]]) -> list[dict[int, list[Placed]]]:
    clusters: list[dict[int, list[Placed]]] = []
    for v, version in enumerate(versions):
        for placed in _row_facts(version, row[v]):
            fact = placed[1]
            home = next((c for c in clusters
                         if v in c and any(compatible(fact, f) for _, f in c[v])), None)
            if home is None:
                home = next((c for c in clusters if v not in c and any(
                    compatible(fact, f) for members in c.values() for _, f in members)), None)
            if home is None:
                home = {}
                clusters.append(home)
            home.setdefault(v, []).append(placed)
    return clusters


def _near(versions, rows, r, v: int, cluster) -> bool:
    """Whether version v has a fact of the cluster in the rows next to row r."""
    facts = [f for members in cluster.values() for _, f in members if not f.soft]
    for other in range(max(0, r - NEAR_ROWS), min(len(rows), r + NEAR_ROWS + 1)):
        if other != r and any(compatible(g, f) for _, g in _row_facts(versions[v], rows[other][v])
                              for f in facts):
            return True
    return False


def _compare_row(versions, rows, r, findings) -> None:
    n = len(versions)
    extras: dict[int, list[tuple[Placed, bool]]] = {v: [] for v in range(n)}
    absent: dict[int, list[dict]] = {v: [] for v in range(n)}
    for cluster in _clusters(versions, rows[r]):
        if all(f.soft for members in cluster.values() for _, f in members):
            continue
        support = set(cluster) | {v for v in range(n) if v not in cluster
                                  and _near(versions, rows, r, v, cluster)}
        if _expected(support, n):
            for v in range(n):
                if v not in support:
                    absent[v].append(cluster)
        if _expected(set(cluster), n) or 2 * len(support) == n > 2:
            continue    # in most versions' row; or half each way: nothing says which is right
        # Few versions have it in this row: extra there, unless the others have it close by (a
        # sentence moved); either way it may be what replaced a fact missing from the row.
        moved = _expected(support, n)
        for v, members in cluster.items():
            hard = [p for p in members if not p[1].soft]
            if hard:
                extras[v].append((hard[0], moved))
    for v in range(n):
        _report_row(versions, rows[r], v, extras[v], absent[v], findings)


def _expected(support: set[int], n: int) -> bool:
    """Most versions have it; on a tie between two versions, the reference decides."""
    return 2 * len(support) > n or (2 * len(support) == n == 2 and 0 in support)


def _report_row(versions, row, v, extras, absent, findings) -> None:
    version = versions[v]
    every_version_links = all(any(f.kind == "url" for _, f in _row_facts(w, row[i]))
                              for i, w in enumerate(versions))
    for (k, fact), moved in sorted(extras, key=lambda extra: extra[1]):
        if fact.kind == "url" and every_version_links:
            continue    # each version links its own language's page (ehb.swiss / hefp.swiss)
        partner = _partner(absent, fact.kind)
        if partner is None and moved:
            continue
        where = version.doc.span(version.blocks[k], fact.start, fact.end)
        ui = version.ui
        if partner is not None:
            absent.remove(partner)
            message = say("mismatch", ui, text=quoted(fact.text, ui), kind=kind_word(fact.kind, ui),
                          elsewhere=_elsewhere(versions, partner, ui))
            rule = f"parity.{fact.kind}-mismatch"
        else:
            message = say("extra", ui, text=quoted(fact.text, ui),
                          others=_others(versions, v, row, ui))
            rule = f"parity.{fact.kind}-extra"
        findings[version.doc.path].append(parity_finding(rule, message, where, text=fact.text))
    for cluster in absent:
        kind = _kind(cluster)
        first = version.blocks[row[v][0]]
        where = version.doc.span(first, 0, len(first.text))
        rule = f"parity.{kind}-missing"
        message = say("missing", version.ui, what=block_word(first.kind, version.ui),
                      elsewhere=_elsewhere(versions, cluster, version.ui))
        findings[version.doc.path].append(parity_finding(rule, message, where))


def _partner(absent: list[dict], kind: str) -> dict | None:
    """The missing fact an extra one replaced: one of the same kind, else, for figures, dates and
    times, one of the others (1 January here, 2024 there)."""
    same = [c for c in absent if _kind(c) == kind and kind in PAIRED_KINDS]
    if same:
        return same[0]
    related = [c for c in absent if {kind, _kind(c)} <= {"number", "date", "time"}]
    return related[0] if related else None


def _kind(cluster) -> str:
    kinds = [f.kind for members in cluster.values() for _, f in members if not f.soft]
    return kinds[0] if kinds else "number"


def _elsewhere(versions, cluster, ui: str) -> str:
    """'“3 150” in the French version (line 5, column 12)' for each version holding the fact."""
    parts = []
    for v, members in sorted(cluster.items()):
        hard = [p for p in members if not p[1].soft] or members
        k, fact = hard[0]
        span = versions[v].doc.span(versions[v].blocks[k], fact.start, fact.end)
        parts.append(f"{quoted(fact.text, ui)} {versions[v].named(ui)} ({place(span, ui)})")
    return TEMPLATES["and"][ui].join(parts)


def _others(versions, v, row, ui: str) -> str:
    parts = []
    for w, version in enumerate(versions):
        if w != v and row[w]:
            span = version.doc.span(version.blocks[row[w][0]], 0, 1)
            where = TEMPLATES["paragraph-at"][ui].format(line=span.line)
            parts.append(f"{version.named(ui)} ({where})")
    return ", ".join(parts)


def _report_orphan(versions, rows, r, last_row, missing, findings) -> None:
    """Rows r to last_row, which some versions lack: reported once, on the first version that has
    them, at their place there."""
    v = next(v for v, blocks in enumerate(rows[r]) if blocks)
    version = versions[v]
    present = [k for row in rows[r:last_row + 1] for k in row[v]]
    first, last = version.blocks[present[0]], version.blocks[present[-1]]
    start = version.doc.span(first, 0, 1)
    end = version.doc.span(last, len(last.text) - 1, len(last.text))
    where = Span(start.line, start.column, end.end_line, end.end_column)
    ui = version.ui
    lacking = [f"{versions[w].named(ui)} ({_gap(versions[w], rows, r, w, ui)})" for w in missing]
    headings_only = all(version.blocks[k].kind == "heading" for k in present)
    message = say("block-missing", ui, what=block_word("heading" if headings_only else "", ui),
                  lacking=say("or", ui).join(lacking))
    findings[version.doc.path].append(parity_finding("parity.block-missing", message, where,
                                                     text=first.text[:80]))


def _gap(version: Version, rows, r, w, ui: str) -> str:
    for previous in range(r - 1, -1, -1):
        if rows[previous][w]:
            block = version.blocks[rows[previous][w][-1]]
            span = version.doc.span(block, len(block.text) - 1, len(block.text))
            return TEMPLATES["would-follow"][ui].format(line=span.end_line)
    return TEMPLATES["would-lead"][ui]


def _check_length(versions, rows, r, usual_ratios, findings) -> None:
    """A row far longer or shorter than the versions' usual ratio, unless taking the row before
    or after with it evens out (the paragraph break only falls elsewhere)."""
    reference = versions[0]
    for v, version in enumerate(versions[1:], start=1):
        usual = usual_ratios[v]
        ratio, length, ref_length = _length_ratio(versions, rows, [r], v, usual)
        if max(length, ref_length) < LENGTH_RATIO_MIN_CHARS or _ordinary(ratio) or any(
                _break_moved(versions, rows, r, other, v, usual, ratio)
                for other in (r - 1, r + 1)):
            continue
        first = version.blocks[rows[r][v][0]]
        span = reference.doc.span(reference.blocks[rows[r][0][0]], 0, 1)
        ui = version.ui
        message = say("length-ratio", ui, what=block_word(first.kind, ui),
                      times=_decimal(length / ref_length, ui), ref=reference.named(ui),
                      place=TEMPLATES["line"][ui].format(line=span.line),
                      usual=_decimal(usual, ui))
        findings[version.doc.path].append(parity_finding(
            "parity.length-ratio", message, version.doc.span(first, 0, len(first.text))))


def _length_ratio(versions, rows, row_numbers, v, usual) -> tuple[float, int, int]:
    """(ratio to the usual ratio, length in version v, length in the reference) of some rows."""
    length = sum(len(versions[v].blocks[k].text) for r in row_numbers for k in rows[r][v])
    ref_length = sum(len(versions[0].blocks[k].text) for r in row_numbers for k in rows[r][0])
    return (length / (usual * ref_length) if ref_length else 0.0), length, ref_length


def _usual_ratio(versions, rows, v) -> float:
    """Median length ratio of version v to the reference over the rows both have: a long
    paragraph added to a short release must not move the yardstick it is measured by."""
    ratios = sorted(_length_ratio(versions, rows, [r], v, 1.0)[0] for r, row in enumerate(rows)
                    if row[0] and row[v])
    return ratios[len(ratios) // 2] if ratios else 1.0


def _break_moved(versions, rows, r, other, v, usual, ratio) -> bool:
    """Row `other` is off the other way and the two rows together are ordinary: the paragraph
    break falls elsewhere in this version, nothing is missing."""
    if not 0 <= other < len(rows) or not all(rows[other]):
        return False
    other_ratio = _length_ratio(versions, rows, [other], v, usual)[0]
    opposite = other_ratio < LENGTH_RATIO_LIMIT ** -0.5 if ratio > 1 \
        else other_ratio > LENGTH_RATIO_LIMIT ** 0.5
    pair = sorted((r, other))
    return opposite and _ordinary(_length_ratio(versions, rows, pair, v, usual)[0])


def _ordinary(ratio: float) -> bool:
    return 1 / LENGTH_RATIO_LIMIT <= ratio <= LENGTH_RATIO_LIMIT


def _decimal(value: float, ui: str) -> str:
    text = f"{value:.1f}"
    return text if ui == "en" else text.replace(".", ",")

"""Aligning the blocks of two language versions, and of a whole group through its first version.

Pairwise alignment is a dynamic programme over the two lists of blocks, in the manner of Gale &
Church's sentence aligner (Gale and Church 1993, "A program for aligning sentences in bilingual
corpora", Computational Linguistics 19(1)): beads of 1-1, 1-2, 2-1, 1-0 and 0-1 blocks (here up to
1-20 and 20-1, see MAX_MERGE), each with a cost. Lengths are compared after scaling by the ratio
of the two versions' lengths (German runs longer than English); the facts a block carries
(figures, dates, shared names) weigh more than length, since they survive translation word for
word.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from checker.parity.extract import Fact, alignment_keys

# Bead costs, tuned on the parallel releases corpus (benchmarks/parity.py).
SPLIT_COST = 1.2          # each block more than one a side (a paragraph split or merged)
SKIP_COST = 3.0          # a block with no counterpart
KIND_COST = 0.6           # a heading against a paragraph
NO_FACTS_COST = 0.6       # neither block has a fact to compare
LENGTH_WEIGHT = 1.5
MERGE_LENGTH_WEIGHT = 6.0
RATIO_LIMIT = 1.5
FACT_WEIGHT = 3.5


@dataclass
class Unit:
    """What alignment needs of a block."""
    kind: str
    length: int
    facts: list[tuple[frozenset, bool]]   # (alignment keys, soft) of its figures, dates, times
    names: frozenset[str]                 # shared name tokens, lowercased, first 5 letters

    @staticmethod
    def of(kind: str, text: str, facts: list[Fact], names: frozenset[str]) -> "Unit":
        return Unit(kind, len(text), [(alignment_keys(f), f.soft) for f in facts
                                      if f.kind in ("number", "date", "time")], names)


def bead_cost(a: list[Unit], b: list[Unit], ratio: float) -> float:
    length_a = sum(u.length for u in a)
    length_b = sum(u.length for u in b)
    # A split paragraph's parts add up to the whole: a merge whose lengths do not is more likely
    # a paragraph left out, so length weighs more in merges.
    weight = LENGTH_WEIGHT if len(a) == len(b) == 1 else MERGE_LENGTH_WEIGHT
    cost = weight * abs(math.log((length_b + 20) / (ratio * length_a + 20)))
    facts_a = [f for u in a for f in u.facts]
    facts_b = [f for u in b for f in u.facts]
    keys_a = frozenset().union(*(keys for keys, _ in facts_a))
    keys_b = frozenset().union(*(keys for keys, _ in facts_b))
    names_a = frozenset().union(*(u.names for u in a))
    names_b = frozenset().union(*(u.names for u in b))
    # Number words and names count only when they match: most number words are also articles
    # (un, ein, one), and a capitalised word may be a noun another language writes in lower case.
    matched_a = [bool(keys & keys_b) for keys, _ in facts_a]
    matched_b = [bool(keys & keys_a) for keys, _ in facts_b]
    shared_names = 2 * len(names_a & names_b)
    total = sum(m or not soft for (_, soft), m in zip(facts_a, matched_a)) \
        + sum(m or not soft for (_, soft), m in zip(facts_b, matched_b)) + shared_names
    if total == 0:
        cost += NO_FACTS_COST
    else:
        matched = sum(matched_a) + sum(matched_b) + shared_names
        cost += FACT_WEIGHT * (1 - matched / total)
    if len(a) == len(b) == 1 and (a[0].kind == "heading") != (b[0].kind == "heading"):
        cost += KIND_COST
    cost += SPLIT_COST * (len(a) + len(b) - 2)
    if any(len(side) > 1 and side[-1].kind == "heading" for side in (a, b)):
        cost += KIND_COST      # a heading introduces what follows it, not what precedes it
    return cost


Bead = tuple[tuple[int, ...], tuple[int, ...]]
# One block against up to twenty: a source file may run several paragraphs together (no blank
# line, <br> instead of <p>) where another version separates them. Merges whose lengths do not fit
# (MERGE_LENGTH_SLACK) are not considered, which keeps the programme fast.
MAX_MERGE = 20
MERGE_LENGTH_SLACK = 2.0
_MOVES = ((1, 1), *((1, k) for k in range(2, MAX_MERGE + 1)),
          *((k, 1) for k in range(2, MAX_MERGE + 1)), (1, 0), (0, 1))


def align_pair(a: list[Unit], b: list[Unit]) -> list[Bead]:
    """Beads (indexes in a, indexes in b) covering both lists in order, at the least total cost.

    The length ratio of the two languages is first taken from the whole documents, then, once
    aligned, from the median 1-1 pair and the alignment done again: a long paragraph left out of
    one version must not make the ratio itself look like a reason to merge."""
    ratio = (sum(u.length for u in b) + 1) / (sum(u.length for u in a) + 1)
    # Translations between the languages lisible knows run within half as long again of each
    # other; a ratio beyond that says a version lacks a part, and would make merges look right.
    ratio = min(max(ratio, 1 / RATIO_LIMIT), RATIO_LIMIT)
    beads = _align_with_ratio(a, b, ratio)
    pairs = sorted((b[j[0]].length + 1) / (a[i[0]].length + 1)
                   for i, j in beads if len(i) == len(j) == 1 and a[i[0]].length >= 100)
    if pairs and abs(math.log(pairs[len(pairs) // 2] / ratio)) > 0.1:
        ratio = pairs[len(pairs) // 2]
        beads = _align_with_ratio(a, b, ratio)
    return split_orphans(a, b, beads, ratio)


def _align_with_ratio(a: list[Unit], b: list[Unit], ratio: float) -> list[Bead]:
    n, m = len(a), len(b)
    total_a, total_b = _prefix_lengths(a), _prefix_lengths(b)
    best = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == math.inf:
                continue
            for di, dj in _MOVES:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di == 0 or dj == 0:
                    step = SKIP_COST
                elif di + dj > 3 and not _lengths_fit(total_a[ni] - total_a[i],
                                                     total_b[nj] - total_b[j], ratio):
                    continue
                else:
                    step = bead_cost(a[i:ni], b[j:nj], ratio)
                if best[i][j] + step < best[ni][nj] - 1e-9:
                    best[ni][nj] = best[i][j] + step
                    back[ni][nj] = (di, dj)
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        step_back = back[i][j]
        assert step_back is not None        # every cell on the way back from (n, m) was reached
        di, dj = step_back
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def _prefix_lengths(units: list[Unit]) -> list[int]:
    totals = [0]
    for unit in units:
        totals.append(totals[-1] + unit.length)
    return totals


def _lengths_fit(length_a: int, length_b: int, ratio: float) -> bool:
    expected = ratio * length_a
    return expected / MERGE_LENGTH_SLACK <= length_b <= expected * MERGE_LENGTH_SLACK


# A run of blocks at an end of a merge is taken out of it as blocks the other version lacks when
# their figures, dates and times are not on the other side: when none is, the rest of the merge
# must fit the other side's length as well as the whole did, or within this (the log of the length
# ratio, as in bead_cost: half as long again); when fewer than half are (the release's year is in
# most paragraphs), better than the whole did by this much.
ORPHAN_FIT_GAIN = math.log(1.5)


def split_orphans(a: list[Unit], b: list[Unit], beads: list[Bead], ratio: float) -> list[Bead]:
    """The beads, with each merge (2-1, 1-2, ...) rid of the blocks at its ends that are a
    paragraph left out of the other version rather than part of a paragraph cut differently.

    The programme prefers a merge to a skip when the block left out is short or carries few
    figures, since the merge then costs less than SKIP_COST; the block's figures would then be
    reported as missing from its neighbour, not the block as missing."""
    out: list[Bead] = []
    for left, right in beads:
        if len(left) >= 2 and len(right) == 1:
            kept, before, after = _peel(list(left), a, b[right[0]], ratio)
            out += [((k,), ()) for k in before] + [(tuple(kept), right)] \
                + [((k,), ()) for k in after]
        elif len(right) >= 2 and len(left) == 1:
            kept, before, after = _peel(list(right), b, a[left[0]], 1 / ratio)
            out += [((), (k,)) for k in before] + [(left, tuple(kept))] \
                + [((), (k,)) for k in after]
        else:
            out.append((left, right))
    return out


def _peel(merged: list[int], units: list[Unit], other: Unit,
          ratio: float) -> tuple[list[int], list[int], list[int]]:
    """(blocks kept in the merge, blocks taken out before them, blocks taken out after them);
    `ratio` is the other side's length per unit of this side's. Of the runs that may be taken
    out, those that leave the best fit are."""
    keys = frozenset().union(*(keys for keys, _ in other.facts))
    whole = _fit(merged, units, other, ratio)
    n = len(merged)
    candidates = []
    for first in range(n):
        for last in range(n - first):
            runs = [_unmatched(merged[:first], units, keys),
                    _unmatched(merged[n - last:], units, keys)]
            if (first or last) and None not in runs:
                fit = _fit(merged[first:n - last], units, other, ratio)
                allowed = max(whole, ORPHAN_FIT_GAIN) if all(runs) else whole - ORPHAN_FIT_GAIN
                if fit <= allowed:
                    candidates.append((fit, first + last, first, last))
    if not candidates:
        return merged, [], []
    _, _, first, last = min(candidates)
    return merged[first:n - last], merged[:first], merged[n - last:]


def _unmatched(run: list[int], units: list[Unit], other_keys: frozenset) -> bool | None:
    """For a run of blocks that could be left out: True when it is empty or none of its figures,
    dates and times is in `other_keys`, False when fewer than half are; None when it has none of
    them or half or more are found (it is part of the other side)."""
    if not run:
        return True
    hard = [keys for k in run for keys, soft in units[k].facts if not soft]
    matched = sum(bool(keys & other_keys) for keys in hard)
    if not hard or 2 * matched >= len(hard):
        return None
    return matched == 0


def _fit(blocks: list[int], units: list[Unit], other: Unit, ratio: float) -> float:
    length = sum(units[k].length for k in blocks)
    return abs(math.log((other.length + 20) / (ratio * length + 20)))


def align_group(units: list[list[Unit]]) -> list[list[list[int]]]:
    """Rows of aligned blocks: row[v] = block indexes of version v (possibly empty).

    Each version is aligned with the first; reference blocks that any version merged into one are
    one row; a block of a version with no counterpart in the first gets a row of its own, after
    the row of the block before it."""
    reference = units[0]
    pair_beads = [align_pair(reference, other) for other in units[1:]]
    # Rows over the reference: consecutive reference blocks joined by any 2-1 bead.
    joined_with_next = [False] * len(reference)
    for beads in pair_beads:
        for ref_idx, _ in beads:
            for k in ref_idx[:-1]:
                joined_with_next[k] = True
    row_of_ref: list[int] = []
    row = -1
    for k in range(len(reference)):
        if k == 0 or not joined_with_next[k - 1]:
            row += 1
        row_of_ref.append(row)
    rows: list[list[list[int]]] = [[[] for _ in units] for _ in range(row + 1)]
    for k, r in enumerate(row_of_ref):
        rows[r][0].append(k)
    extra_rows: dict[int, list[list[list[int]]]] = {}     # after row r (-1: before all)
    for v, beads in enumerate(pair_beads, start=1):
        last_row = -1
        for ref_idx, other_idx in beads:
            if ref_idx:
                last_row = row_of_ref[ref_idx[0]]
                rows[last_row][v].extend(other_idx)
            else:
                extra: list[list[int]] = [[] for _ in units]
                extra[v] = list(other_idx)
                extra_rows.setdefault(last_row, []).append(extra)
    ordered = extra_rows.get(-1, [])
    for r, content in enumerate(rows):
        ordered.append(content)
        ordered.extend(extra_rows.get(r, []))
    return ordered

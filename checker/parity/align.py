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
    beads = _align_with_ratio(a, b, ratio)
    pairs = sorted((b[j[0]].length + 1) / (a[i[0]].length + 1)
                   for i, j in beads if len(i) == len(j) == 1 and a[i[0]].length >= 100)
    if pairs and abs(math.log(pairs[len(pairs) // 2] / ratio)) > 0.1:
        beads = _align_with_ratio(a, b, pairs[len(pairs) // 2])
    return beads


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

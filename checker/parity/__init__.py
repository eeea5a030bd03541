"""Translation parity: the language versions of one release say the same figures, dates and names.

API for the engine:
- `find_groups(paths, languages)`: which files are versions of one release (checker.parity.grouping);
- `check_group(docs)`: findings per document path (category `parity`) and a JSON-able summary of
  the group for the report: {"paths": [...], "languages": [...], "alignment": rows}, where each row
  lists, per version, the indexes in `doc.blocks` of the blocks aligned together.
"""
from __future__ import annotations

from checker.document import Document
from checker.findings import Finding
from checker.parity.compare import compare, load_versions
from checker.parity.grouping import find_groups

__all__ = ["check_group", "find_groups"]

def check_group(docs: list[Document]) -> tuple[dict[str, list[Finding]], dict]:
    """Compare the versions of one release; the first document is the reference for ties."""
    versions = load_versions(docs)
    findings: dict[str, list[Finding]] = {doc.path: [] for doc in docs}
    alignment: list = []
    # A version with no text (unreadable, empty) has its own input finding; comparing with it
    # would only report every paragraph of the others as missing there.
    readable = [v for v in versions if v.blocks]
    if len(readable) >= 2:
        found, rows = compare(readable)
        for path, items in found.items():
            findings[path] = sorted(items, key=Finding.sort_key)
        index = {id(v): i for i, v in enumerate(readable)}
        alignment = [[[v.block_index[k] for k in row[index[id(v)]]] if id(v) in index else []
                      for v in versions] for row in rows]
    summary = {
        "paths": [v.doc.path for v in versions],
        "languages": [v.doc.language or v.lang for v in versions],
        "alignment": alignment,
    }
    return findings, summary

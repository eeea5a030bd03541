"""RunResult to the JSON-contract dict (DESIGN.md, "JSON contract"); the schema is
checker/schema/report.schema.json. Every format renders from this dict."""
from __future__ import annotations

from checker import __version__, languages
from checker.criteria import document_criteria, summarise
from checker.findings import SEVERITIES

SCHEMA_VERSION = 1


def run_to_dict(run, include_text: bool = True) -> dict:
    """The result before its verdict: `passed` and the summary's counts are checker.verdict's
    (`engine.result_data` decides them)."""
    documents = [document_to_dict(d, include_text) for d in run.documents]
    tally = Tally()
    for doc in documents:
        tally.add(doc)
    result = {"documents": documents, **tally.tail(run.engine_failures)}
    if run.groups:
        result["groups"] = run.groups
    return result


class Tally:
    """The summary of a run, counted a document at a time (so a streamed run needs no list)."""

    def __init__(self):
        self.documents = self.passed = 0
        self.findings = {s: 0 for s in SEVERITIES}
        self.criteria = summarise([])

    def add(self, doc: dict) -> None:
        self.documents += 1
        self.passed += bool(doc["passed"])
        for f in doc["findings"]:
            self.findings[f["severity"]] += 1
        for ref, counts in summarise([doc["criteria"]]).items():
            for state, n in counts.items():
                self.criteria[ref][state] += n

    def tail(self, engine_failures=()) -> dict:
        """Every key of the result but "documents" (and "groups")."""
        summary = {"documents": self.documents, "passed": self.passed, "findings": dict(self.findings),
                   "criteria": {ref: dict(counts) for ref, counts in self.criteria.items()}}
        if engine_failures:
            summary["engine_failures"] = list(engine_failures)
        return {"schema_version": SCHEMA_VERSION, "tool": {"name": "lisible", "version": __version__},
                "summary": summary}


def document_to_dict(d, include_text: bool = True) -> dict:
    doc = d.document
    lang = languages.code_of(doc.language, languages.FALLBACK)
    out = {
        "path": doc.path,
        "format": doc.format,
        "language": doc.language,
        "language_source": doc.language_source,
        "engines": dict(d.engines),
        "stats": d.stats.as_dict(),
        "readability": d.readability.to_dict(d.settings.ui_lang or lang),
        "score": d.score,
        "passed": False,      # decided by checker.verdict
        "findings": [finding_to_dict(f, doc) for f in d.findings],
    }
    out["criteria"] = document_criteria(out)
    if include_text:
        out["blocks"] = [block_to_dict(doc, b) for b in doc.blocks]
    return out


def finding_to_dict(f, doc=None) -> dict:
    data = f.to_dict()
    page = doc.page_of_line(f.span.line) if doc is not None else None
    if page is not None:
        data["page"] = page
    if f.extra.get("baseline"):
        data["baseline"] = True
    return data


def block_to_dict(doc, block) -> dict:
    line, column = doc.position(block.offsets[0])
    return {"kind": block.kind, "language": block.language or block.detected_language or doc.language,
            "line": line, "column": column, "text": block.text, "positions": positions(doc, block)}


def positions(doc, block) -> list[list[int]]:
    """Run-length positions of a block's characters: [offset in text, line, column] wherever the
    next character is not the one right after the previous in the same line."""
    runs = []
    previous = None
    for i, offset in enumerate(block.offsets):
        line, column = doc.position(offset)
        if previous is None or previous != (line, column - 1):
            runs.append([i, line, column])
        previous = (line, column)
    return runs

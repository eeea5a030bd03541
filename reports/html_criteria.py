"""The HTML report's per-criterion table: for each WCAG 2.2 success criterion lisible checks, how
many documents passed, failed, could not be told (needs review) or were not checked for it, as
the WCAG-EM Report Tool lists them; the criterion links to W3C's Understanding document, the ACT
rules lisible implements for it are listed with their links, and the documents that fail it are
named. Kept apart from html.py (the report's core) so each stays readable."""
from __future__ import annotations

from checker import standards as std
from checker.criteria import FAILED, STATES, document_criteria, summarise


def criteria_view(result: dict, documents: list[dict]) -> list[dict]:
    """Rows of the table, in WCAG's order; [] when no document was checked for any criterion."""
    raw = result.get("documents", [])
    per_document = [d.get("criteria") or document_criteria(d) for d in raw]
    counts = result.get("summary", {}).get("criteria") or summarise(per_document)
    acts = _act_rules_by_criterion()
    rows = []
    for number, criterion in std.CRITERIA.items():
        ref = f"WCAG22:{number}"
        tally = counts.get(ref)
        if not tally or tally["not_checked"] == len(raw):
            continue
        failing = [view for view, states in zip(documents, per_document) if states[ref] == FAILED]
        rows.append({
            "ref": ref, "number": number, "title": criterion.title, "level": criterion.level,
            "href": std.understanding_url(number),
            "act": [{"id": a, "href": std.ACT_RULE_URL.format(id=a)} for a in acts.get(ref, ())],
            "counts": {state: tally[state.replace(" ", "_")] for state in STATES},
            "failing": [{"anchor": d["anchor"], "path": d["path"]} for d in failing],
        })
    return rows


def _act_rules_by_criterion() -> dict[str, list[str]]:
    """{"WCAG22:1.1.1": ["23a2a8", ...]}: the ACT rules lisible implements, by the criteria their
    lisible rule cites (rule catalogue)."""
    from checker.catalogue import lookup
    from checker.rules.a11y.conformance import IMPLEMENTED
    out: dict[str, list[str]] = {}
    for act, rule in IMPLEMENTED.items():
        entry = lookup(rule)
        for ref in (entry.standards if entry else ()):
            if ref.startswith("WCAG22:"):
                out.setdefault(ref, []).append(act)
    return out

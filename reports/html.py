"""The HTML report: one self-contained, accessible page (issue 6).

Rendered from the JSON-contract dict (DESIGN.md, "JSON contract") with Jinja2 templates in
templates/ (autoescape on: every document text, message and path is escaped), CSS and JS from
static/ inlined, and a Content-Security-Policy that forbids everything else: no request leaves the
page, and only the report's own script and style (allowed by their SHA-256 hashes) run.

Findings are placed in the text through each block's `positions`: a run-length list
[[offset in block text, line, column], ...], one entry wherever the next character is not at
(same line, column + 1). That turns a finding's 1-based source span back into block offsets.
"""
from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from checker import languages, standards
from checker.catalogue import lookup
from checker.findings import CATEGORIES as CATEGORY_ORDER, SEVERITIES as SEVERITY_ORDER
from checker.escape import printable_values
from checker.reports import RenderOptions, report_format
from checker.reports.charts import gauge, score_chart, sentence_chart
from checker.reports.fix_first import fix_first, top_changes
from checker.reports.html_criteria import criteria_view
from checker.reports.i18n import UI

HERE = Path(__file__).resolve().parent
# Bidirectional controls that can reorder what follows them (Unicode UAX #9, "Explicit
# Directional Formatting Characters"; the "Trojan Source" attack, CVE-2021-42574): shown as
# visible codes rather than obeyed, so hostile text can neither disguise itself nor the page.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")  # BCP 47 shape, enough for lang=


@report_format("html", "Self-contained accessible HTML report", ".html")
def render(result: dict, options: RenderOptions) -> str:
    result = printable_values(result)    # no value may break a line of the page (checker.escape)
    ui = UI(options.ui_lang)
    css = _static("report.css")
    js = _static("report.js")
    documents = [document_view(i, doc, ui) for i, doc in enumerate(result.get("documents", []), 1)]
    for view, doc in zip(documents, result.get("documents", [])):
        view["top"] = top_changes(doc)
    csp = ("default-src 'none'; " f"style-src '{_sha256(css)}'; script-src '{_sha256(js)}'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    page = _environment().get_template("report.html")
    return page.render(
        ui=ui, lang=ui.lang, csp=csp, css=Markup(css), js=Markup(js),
        tool=result.get("tool", {}), summary=_summary(result, documents), documents=documents,
        fail_on=options.fail_on, score_chart=score_chart(documents, ui),
        groups=group_views(result.get("groups") or [], documents),
        categories=CATEGORY_ORDER, severities=SEVERITY_ORDER, js_strings=_script_strings(ui),
        fix_first=fix_first(documents), criteria=criteria_view(result, documents))


def _script_strings(ui: UI) -> dict:
    """The words report.js needs for the controls it adds."""
    return {"filter": ui.t("filter"), "severity": ui.t("severity"), "category": ui.t("category"),
            "shown": ui.t("shown"), "severities": [[s, ui.severity(s)] for s in SEVERITY_ORDER],
            "categories": [[c, ui.category(c)] for c in CATEGORY_ORDER],
            "cross_filter": ui.t("cross_filter"), "rule": ui.t("rule"),
            "criterion": ui.t("col_criterion"), "all": ui.t("all"),
            "cross_shown": ui.t("cross_shown")}


# ---------------------------------------------------------------- the text and its findings

@dataclass(frozen=True)
class Run:
    """Characters of a block that sit side by side on one source line."""
    offset: int
    line: int
    column: int
    length: int


def runs_of(block: dict) -> list[Run]:
    text = block.get("text", "")
    positions = block.get("positions") or [[0, block.get("line", 1), block.get("column", 1)]]
    runs = []
    for i, (offset, line, column) in enumerate(positions):
        end = positions[i + 1][0] if i + 1 < len(positions) else len(text)
        if end > offset:
            runs.append(Run(offset, line, column, end - offset))
    return runs


def block_range(runs: list[Run], start: tuple[int, int], end: tuple[int, int]):
    """Block offsets [first, last) of the characters whose source position lies in start..end
    (both (line, column), end inclusive), or None when no character of the block does.
    A bound that falls between characters (inside an HTML entity, on markup) snaps inward."""
    first = last = None
    for run in runs:
        if (run.line, run.column + run.length - 1) >= start:
            first = run.offset + (start[1] - run.column if (run.line, run.column) < start else 0)
            break
    for run in reversed(runs):
        if (run.line, run.column) <= end:
            inside = end[1] - run.column if run.line == end[0] else run.length - 1
            last = run.offset + min(run.length - 1, inside) + 1
            break
    if first is None or last is None or last <= first:
        return None
    return first, last


def is_located(finding: dict) -> bool:
    """A finding with flagged text can be shown in place; one about the whole document cannot."""
    return bool(finding.get("text"))


def place_findings(blocks: list[dict], findings: list[dict]) -> list[list[tuple[int, int, int]]]:
    """For each block, the (first, last, finding index) of every finding that covers part of it."""
    runs = [runs_of(b) for b in blocks]
    placed: list[list[tuple[int, int, int]]] = [[] for _ in blocks]
    for index, finding in enumerate(findings):
        if not is_located(finding):
            continue
        start = (finding["line"], finding["column"])
        end = (finding.get("end_line", start[0]), finding.get("end_column", start[1]))
        for b, block_runs in enumerate(runs):
            span = block_range(block_runs, start, end)
            if span:
                placed[b].append((span[0], span[1], index))
    return placed


# A finding over a whole block longer than this (a long paragraph, a one-sentence paragraph that is
# too long) marks the block with a bar in the margin instead of underlining every line of it.
WHOLE_BLOCK_CHARS = 80


def is_whole_block(placed: tuple[int, int, int], text: str) -> bool:
    return placed[0] == 0 and placed[1] >= len(text) > WHOLE_BLOCK_CHARS


def block_pieces(text: str, placed: list[tuple[int, int, int]], findings: list[dict]) -> list:
    """The block's text cut where highlights start or end: ("text", slice, covering findings) and,
    after the last character of each finding, ("marker", finding index, False); document_view
    sets the flag on a finding's first marker, the one its entry links back to."""
    cuts = sorted({0, len(text)} | {p[0] for p in placed} | {p[1] for p in placed})
    pieces: list[tuple] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [p for p in placed if p[0] <= a < p[1]]
        pieces.append(("text", text[a:b], _highlight(covering, findings)))
        for p in placed:
            if p[1] == b:
                pieces.append(("marker", p[2], False))
    return pieces


def _highlight(covering: list[tuple[int, int, int]], findings: list[dict]) -> dict | None:
    """How a stretch of text is drawn: the category of the narrowest finding over it sets the
    underline; a readability finding (often a whole sentence) adds its own border beneath."""
    if not covering:
        return None
    categories = {findings[p[2]]["category"] for p in covering}
    underlined = [p for p in covering if findings[p[2]]["category"] != "readability"]
    narrowest = min(underlined, key=lambda p: (p[1] - p[0], p[2])) if underlined else None
    return {"underline": findings[narrowest[2]]["category"] if narrowest else None,
            "readability": "readability" in categories}


# ---------------------------------------------------------------- per-document view

def document_view(number: int, doc: dict, ui: UI) -> dict:
    anchor = f"d{number}"
    findings = doc.get("findings", [])
    entries = [finding_view(anchor, i, f, ui) for i, f in enumerate(findings)]
    text_blocks = None
    if doc.get("blocks") is not None:
        text_blocks = text_view(doc, findings)
        for block in text_blocks:
            for _, _, index in block["placed"]:
                entries[index]["in_text"] = True
    counts = {s: sum(1 for f in findings if f["severity"] == s) for s in SEVERITY_ORDER}
    # Categories in the contract's order; one this version does not know still gets its group.
    unknown = sorted({e["category"] for e in entries} - set(CATEGORY_ORDER))
    categories = list(CATEGORY_ORDER) + unknown
    groups = [(c, [e for e in entries if e["category"] == c]) for c in categories]
    return {
        "anchor": anchor, "path": doc.get("path", ""), "format": doc.get("format", ""),
        "language": doc.get("language") or "", "lang": language_attribute(doc.get("language")),
        "language_source": doc.get("language_source"), "engines": doc.get("engines", {}),
        "stats": doc.get("stats", {}), "score": score_of(doc),
        "passed": bool(doc.get("passed")), "counts": counts, "findings": entries,
        "groups": [(c, g) for c, g in groups if g], "blocks": text_blocks,
        "not_in_text": sum(1 for e in entries if not e["in_text"]),
        "readability": readability_view(doc.get("readability") or {}, ui),
        "gauge": gauge(score_of(doc)),
    }


def score_of(doc: dict) -> int:
    """The score as a whole number from 0 to 100, whatever a saved JSON file holds."""
    try:
        return max(0, min(100, int(doc.get("score") or 0)))
    except (TypeError, ValueError):
        return 0


def text_view(doc: dict, findings: list[dict]) -> list[dict]:
    """The document's blocks, each cut into pieces with its findings placed in it."""
    blocks = doc["blocks"]
    views = []
    marked: set[int] = set()
    for block, placed in zip(blocks, place_findings(blocks, findings)):
        text = block.get("text", "")
        whole = [p for p in placed if is_whole_block(p, text)]
        pieces = block_pieces(text, [p for p in placed if p not in whole], findings)
        pieces += [("marker", p[2], False) for p in whole]
        for k, piece in enumerate(pieces):
            if piece[0] == "marker" and piece[1] not in marked:
                marked.add(piece[1])
                pieces[k] = ("marker", piece[1], True)
        views.append({"kind": block.get("kind", "paragraph"), "line": block.get("line"),
                      "lang": block_language(block, doc), "pieces": pieces, "text": text,
                      "whole": bool(whole), "placed": placed,
                      "quiet": bool(whole) and all(findings[p[2]]["category"] == "readability"
                                                   for p in whole)})
    return views


def finding_view(anchor: str, index: int, f: dict, ui: UI) -> dict:
    number = index + 1
    return {**f, "number": number, "id": f"{anchor}-f{number}", "marker_id": f"{anchor}-m{number}",
            "label": f"{ui.letter(f['category'])}{number}", "in_text": False, "where": where(f, ui),
            "standards": [standard_view(s) for s in f.get("standards", [])],
            "rule_title": rule_title(f["rule"])}


def rule_title(rule_id: str) -> str:
    """The catalogue's title of a rule (of its family for LanguageTool's), shown on hover."""
    entry = lookup(rule_id)
    return entry.title if entry else rule_id


def where(f: dict, ui: UI) -> str:
    line, column = f.get("line", 1), f.get("column", 1)
    end_line, end_column = f.get("end_line", line), f.get("end_column", column)
    if (end_line, end_column) == (line, column):
        return ui.t("location", line=line, column=column)
    if end_line == line:
        return ui.t("location_columns", line=line, column=column, end_column=end_column)
    return ui.t("location_range", line=line, column=column, end_line=end_line,
                end_column=end_column)


def block_language(block: dict, doc: dict) -> str:
    """The block's lang=: the document's tag when the block only repeats its primary subtag
    ("fr" in an "fr-FR" document), so that lang= appears only where the language changes."""
    document_tag = language_attribute(doc.get("language"))
    tag = language_attribute(block.get("language")) or document_tag
    if languages.code_of(tag) == languages.code_of(document_tag):
        return document_tag
    return tag


def language_attribute(tag) -> str:
    """A value safe and valid for lang=; unknown or malformed tags become "" (unknown)."""
    return tag if isinstance(tag, str) and LANGUAGE_TAG.match(tag) else ""


# WCAG 2.2 success criteria that text checks cite, with the slug of their Understanding page.
# The link is built from this table only, never from the report's input.
WCAG_UNDERSTANDING = {
    "1.1.1": "non-text-content", "1.3.1": "info-and-relationships",
    "1.4.3": "contrast-minimum", "2.4.2": "page-titled", "2.4.4": "link-purpose-in-context",
    "2.4.6": "headings-and-labels", "2.4.9": "link-purpose-link-only",
    "3.1.1": "language-of-page", "3.1.2": "language-of-parts", "3.1.3": "unusual-words",
    "3.1.4": "abbreviations", "3.1.5": "reading-level", "3.3.2": "labels-or-instructions",
    "4.1.2": "name-role-value",
}


def standard_view(reference: str) -> dict:
    scheme, _, item = str(reference).partition(":")
    slug = WCAG_UNDERSTANDING.get(item) if scheme == "WCAG22" else None
    href = f"https://www.w3.org/WAI/WCAG22/Understanding/{slug}.html" if slug else None
    label = f"WCAG 2.2 SC {item}" if scheme == "WCAG22" else str(reference)
    if scheme == "ACT":     # the W3C page of the ACT rule (checker/standards.py)
        href, label = standards.url(reference), standards.label(reference)
    return {"label": label, "href": href, "ref": str(reference)}


def readability_view(readability: dict, ui: UI) -> dict:
    from checker.readability import FORMULAS, meaning, meets as meets_target
    primary = readability.get("primary") or ""
    scores = readability.get("scores", {})
    target = (readability.get("target") or {}).get(primary)
    formula = FORMULAS.get(primary)
    value = scores.get(primary)
    plain = readability.get("meaning")
    if formula is not None and value is not None:
        plain = meaning(primary, value, ui.lang)
    target_text = target_short = meets = None
    if target is not None and formula is None:
        target_text = ui.t("target_plain", target=ui.number(target))
        target_short = ui.number(target)
    elif target is not None and formula is not None:
        ease = formula.scale == "ease"
        target_text = ui.t("target_min" if ease else "target_max", target=ui.number(target))
        target_short = ("≥ " if ease else "≤ ") + ui.number(target)
        meets = value is not None and meets_target(primary, value, target)
    rows = [{"name": _formula_title(name, ui, FORMULAS), "value": ui.number(v), "raw": v,
             "primary": name == primary, "unreliable": name in readability.get("unreliable", [])}
            for name, v in scores.items()]
    limit = readability.get("max_sentence_words")
    words = readability.get("sentence_words")
    return {"primary": _formula_title(primary, ui, FORMULAS) if primary else None,
            "value": value, "value_text": ui.number(value) if value is not None else "",
            "target_text": target_text, "target_short": target_short, "meets": meets,
            "meaning": plain, "rows": rows,
            "chart": sentence_chart(words, limit) if words and limit else None}


def _formula_title(name: str, ui: UI, formulas: dict) -> str:
    return ui.formula(name, formulas[name].title if name in formulas else None)


# ---------------------------------------------------------------- overview, groups, page

def _summary(result: dict, documents: list[dict]) -> dict:
    summary = result.get("summary", {})
    by_category = {c: sum(1 for d in documents for f in d["findings"] if f["category"] == c)
                   for c in CATEGORY_ORDER}
    passed = sum(1 for d in documents if d["passed"])
    return {"documents": len(documents), "passed": passed, "failed": len(documents) - passed,
            "findings": summary.get("findings") or
            {s: sum(d["counts"][s] for d in documents) for s in SEVERITY_ORDER},
            "by_category": by_category, "engine_failures": summary.get("engine_failures") or []}


def group_views(groups: list[dict], documents: list[dict]) -> list[dict]:
    """Translations side by side: per group, one column per version, one row per aligned stretch.
    An alignment row gives, per version, a block index, a list of them (n:m) or null (none)."""
    by_path = {d["path"]: d for d in documents}
    views = []
    for number, group in enumerate(groups, 1):
        paths = group.get("paths", [])
        if not paths or any(p not in by_path for p in paths):
            continue
        versions = [by_path[p] for p in paths]
        if any(v["blocks"] is None for v in versions):
            continue
        rows = [[[_parity_only(b, v["findings"]) for b in _aligned_blocks(v["blocks"], cell)]
                 for v, cell in zip(versions, aligned)]
                for aligned in group.get("alignment", [])]
        views.append({"number": number, "versions": versions, "rows": rows})
    return views


def _parity_only(block: dict, findings: list[dict]) -> dict:
    """The block with only its parity findings marked: side by side, those are what matter."""
    placed = [p for p in block["placed"] if findings[p[2]]["category"] == "parity"]
    return {**block, "pieces": block_pieces(block["text"], placed, findings)}


def _aligned_blocks(blocks: list[dict], cell) -> list[dict]:
    indexes = cell if isinstance(cell, list) else [cell]
    return [blocks[i] for i in indexes
            if isinstance(i, int) and not isinstance(i, bool) and 0 <= i < len(blocks)]


def shown(text) -> Markup:
    """Escape text from the report's input and show bidi controls as visible codes."""
    escaped = str(escape("" if text is None else text))
    return Markup(BIDI_CONTROLS.sub(
        lambda m: f'<span class="ctl">U+{ord(m.group()):04X}</span>', escaped))


def plain(text) -> str:
    """Text for an attribute value: bidi controls written as codes (autoescape does the rest)."""
    return BIDI_CONTROLS.sub(lambda m: f"U+{ord(m.group()):04X}", "" if text is None else str(text))


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined)
    env.filters["shown"] = shown
    env.filters["plain"] = plain
    return env


@lru_cache(maxsize=None)
def _static(name: str) -> str:
    return (HERE / "static" / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    """A CSP source expression for an inline script or style (CSP Level 3, "hash-source")."""
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()

"""SARIF 2.1.0 (OASIS), the format code scanning reads: GitHub, Azure DevOps, IDE viewers.

References: the SARIF 2.1.0 standard (docs.oasis-open.org/sarif/sarif/v2.1.0), sections cited
below, and its JSON Schema, which the tests validate every output against; GitHub Docs, "SARIF
support for code scanning", for what code scanning reads: rule `help.text` (required there) and
`help.markdown`, `properties.tags` (what alerts are filtered by: category, WCAG and ACT ids),
`properties.precision` and `problem.severity` (how alerts are ordered and shown by default), and
`partialFingerprints.primaryLocationLineHash`, the only fingerprint it uses (reports/line_hash.py).
"""
from __future__ import annotations

import json
import tempfile
from urllib.parse import quote

from checker.fingerprints import document_fingerprints
from checker.reports import RenderOptions, report_format
from checker import standards as std
from checker.reports._ci import (PROJECT_URL, documents, findings, help_uri, precision, rule_info,
                                 shown)
from checker.reports._source import BINARY_FORMATS, read_text
from checker.reports.line_hash import line_hashes

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "lisibleFingerprint/v1"
# lisible severity -> SARIF level (§3.27.10: error, warning, note, none).
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
# lisible severity -> GitHub's properties.problem.severity for rules that are not security rules.
PROBLEM_SEVERITIES = {"error": "error", "warning": "warning", "info": "recommendation"}
TEXT_LIMIT = 1024      # GitHub: short and full descriptions are limited to 1024 characters


def stream(documents_in_order, tail, options: RenderOptions):
    """The bytes of `render` with flat memory. The rule table comes before the results and each
    result points into it (`ruleIndex`), so the results are written to a temporary file as the
    documents come (one JSON line each, index to be set), the table is built from the rules seen,
    and the results are copied out after it with their index."""
    seen = _RulesSeen()
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n") as spool:
        for document in documents_in_order:
            hashes = _LineHashes(options.source_roots)     # this document's file only
            for finding, fingerprint in _with_fingerprints(document):
                if shown(finding, options):
                    seen.add(finding)
                    spool.write(json.dumps(_result(document, finding, fingerprint, -1, hashes),
                                           ensure_ascii=False) + "\n")
        index, sarif = _document(tail(), seen)
        text = json.dumps(sarif, ensure_ascii=False, indent=2)
        cut = text.rindex('"results": []') + len('"results": [')   # the run's last key
        yield text[:cut]
        spool.seek(0)
        count = 0
        for line in spool:
            result = json.loads(line)
            result["ruleIndex"] = index[result["ruleId"]]
            item = json.dumps(result, ensure_ascii=False, indent=2)
            yield ("\n" if count == 0 else ",\n") + "\n".join(" " * 8 + part
                                                              for part in item.split("\n"))
            count += 1
        yield ("\n      ]" if count else "]") + text[cut + 1:] + "\n"


@report_format("sarif", "SARIF 2.1.0, for code scanning (GitHub, Azure DevOps, IDEs)", ".sarif",
               stream=stream)
def render(result: dict, options: RenderOptions) -> str:
    shown_findings = [(doc, f, fp) for doc in documents(result)
                      for f, fp in _with_fingerprints(doc) if shown(f, options)]
    seen = _RulesSeen()
    for _doc, finding, _fp in shown_findings:
        seen.add(finding)
    index, sarif = _document(result, seen)
    hashes = _LineHashes(options.source_roots)
    sarif["runs"][0]["results"] = [_result(doc, f, fp, index[f["rule"]], hashes)
                                   for doc, f, fp in shown_findings]
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


class _RulesSeen:
    """The rules of the findings shown, in the order met: the first finding of each, the
    standards its findings cite, whether all of them ask for review."""

    def __init__(self):
        self.first: dict[str, dict] = {}
        self.standards: dict[str, set[str]] = {}
        self.review_only: dict[str, bool] = {}

    def add(self, finding: dict) -> None:
        rule = finding["rule"]
        self.first.setdefault(rule, finding)
        self.standards.setdefault(rule, set()).update(finding.get("standards", ()))
        self.review_only[rule] = self.review_only.get(rule, True) and bool(
            finding.get("needs_review"))


def _document(result: dict, seen: _RulesSeen) -> tuple[dict[str, int], dict]:
    """(rule id -> index in the rule table, the SARIF document with no results yet)."""
    rule_ids = sorted(seen.first)
    tool = result.get("tool", {})
    driver = {
        "name": tool.get("name", "lisible"),
        "version": tool.get("version", ""),
        "informationUri": PROJECT_URL,
        "rules": [_rule(rule_id, seen.first[rule_id], seen.standards[rule_id],
                        seen.review_only[rule_id]) for rule_id in rule_ids],
    }
    run = {
        "tool": {"driver": driver},
        "invocations": [_invocation(result)],
        # §3.14.25: columns count Unicode code points, as lisible's do (DESIGN.md).
        "columnKind": "unicodeCodePoints",
        "results": [],
    }
    sarif = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
    return {rule_id: i for i, rule_id in enumerate(rule_ids)}, sarif


def _with_fingerprints(document: dict) -> list[tuple[dict, str]]:
    by_identity = {id(f): fp for f, fp in
                   zip(document.get("findings", []), document_fingerprints(document, unique=True))}
    return [(f, by_identity[id(f)]) for f in findings(document)]


def _invocation(result: dict) -> dict:
    """§3.20: did the run do its job? Not when an engine failed (exit code 3); each failure is a
    tool execution notification (§3.20.21) so the reason travels with the report."""
    failures = result.get("summary", {}).get("engine_failures", [])
    invocation: dict[str, object] = {"executionSuccessful": not failures}
    if failures:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": failure}} for failure in failures]
    return invocation


def _rule(rule_id: str, first: dict, seen_standards: set[str], review_only: bool) -> dict:
    info = rule_info(rule_id, first)
    references = sorted(set(info.standards) | seen_standards, key=_standard_order)
    category = info.category or first.get("category", "")
    rule = {
        "id": rule_id,
        "name": info.name,
        "shortDescription": {"text": _limit(info.short)},
        "fullDescription": {"text": _limit(info.full)},
        "help": _help(rule_id, info, references),
        "helpUri": help_uri(rule_id),
        "defaultConfiguration": {"level": LEVELS.get(info.level, "warning")},
        "properties": {
            "tags": [tag for tag in (category, *references) if tag],
            "precision": precision(rule_id, category, review_only),
            "problem.severity": PROBLEM_SEVERITIES.get(info.level, "warning"),
        },
    }
    return rule


def _help(rule_id: str, info, references: list[str]) -> dict:
    """The rule's documentation for code scanning: what it checks and why, its source, the
    standards it answers to (linked in Markdown), and where the full entry is."""
    text = [info.full]
    markdown = [_md_escape(info.full_rationale or info.short)]
    if info.source:
        markdown.append(f"Source: <{info.source}>")
    if references:
        text.append("Standards: " + "; ".join(std.label(r) for r in references) + ".")
        markdown.append("Standards:\n\n" + "\n".join(
            f"- [{std.label(r)}]({std.url(r)})" if std.url(r) else f"- {std.label(r)}"
            for r in references))
    text.append(f"More: {help_uri(rule_id)}")
    markdown.append(f"[`{rule_id}` in lisible's rules]({help_uri(rule_id)})")
    return {"text": "\n\n".join(text), "markdown": "\n\n".join(markdown)}


def _standard_order(reference: str) -> tuple:
    scheme, ident = std.parse(reference)
    # Numbers before words, each kind compared with its own: "1.4.10" after "1.4.3", and a
    # malformed reference ("6" beside "x") never compares a number with a text.
    return (scheme, [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in ident.split(".")])


def _limit(text: str) -> str:
    return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT - 1].rstrip() + "…"


def _md_escape(text: str) -> str:
    """Plain prose in Markdown: characters that would start markup are escaped."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


class _LineHashes:
    """primaryLocationLineHash per file, computed once per file, from the bytes the upload action
    would read (UTF-8, invalid bytes replaced). None for a file that cannot be read or is not text:
    the upload action then computes it itself, which is no worse."""

    def __init__(self, roots: tuple[str, ...]):
        self._roots = roots
        self._files: dict[str, dict[int, str] | None] = {}

    def get(self, document: dict, line: int) -> str | None:
        path = document["path"]
        if path not in self._files:
            text = None if document.get("format") in BINARY_FORMATS else read_text(path, self._roots)
            self._files[path] = line_hashes(text) if text is not None else None
        hashes = self._files[path]
        return hashes.get(line) if hashes else None


def _result(document: dict, finding: dict, fingerprint: str, rule_index: int,
            hashes: _LineHashes) -> dict:
    result = {
        "ruleId": finding["rule"],
        "ruleIndex": rule_index,
        "message": {"text": finding["message"]},
        "locations": [{"physicalLocation": {
            "artifactLocation": _artifact(document["path"]),
            "region": _region(finding),
        }}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    line_hash = hashes.get(document, finding["line"])
    if line_hash:
        result["partialFingerprints"]["primaryLocationLineHash"] = line_hash
    if finding.get("needs_review"):
        # §3.27.9: a result a person must decide is kind "review", whose level must be "none".
        result.update(kind="review", level="none")
    else:
        result["level"] = LEVELS[finding["severity"]]
    if "baseline" in finding:
        # §3.27.24: set only when a baseline was applied.
        result["baselineState"] = "unchanged" if finding["baseline"] else "new"
    properties = {key: finding[key] for key in ("category", "suggestions", "standards", "page")
                  if finding.get(key)}
    if properties:
        result["properties"] = properties
    return result


def _artifact(path: str) -> dict:
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return {"uri": "file://" + quote(posix)}
    # A relative reference (§3.4.3), resolved against the repository root by code scanning.
    return {"uri": quote(posix.removeprefix("./")), "uriBaseId": "%SRCROOT%"}


def _region(finding: dict) -> dict:
    """lisible's end column is inclusive; SARIF's endColumn is the column after the region
    (§3.30.8). A finding without text at one point is an empty region (an insertion point)."""
    empty = not finding.get("text") and (finding["line"], finding["column"]) == (
        finding["end_line"], finding["end_column"])
    return {
        "startLine": finding["line"],
        "startColumn": finding["column"],
        "endLine": finding["end_line"],
        "endColumn": finding["end_column"] + (0 if empty else 1),
    }

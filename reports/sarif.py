"""SARIF 2.1.0 (OASIS), the format code scanning reads: GitHub, Azure DevOps, IDE viewers.

References: the SARIF 2.1.0 standard (docs.oasis-open.org/sarif/sarif/v2.1.0), sections cited
below, and its JSON Schema, which the tests validate every output against.
"""
from __future__ import annotations

import json
from urllib.parse import quote

from checker.baseline import document_fingerprints
from checker.reports import RenderOptions, report_format
from checker.reports._ci import PROJECT_URL, documents, findings, help_uri, rule_info, shown

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "lisibleFingerprint/v1"
# lisible severity -> SARIF level (§3.27.10: error, warning, note, none).
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


@report_format("sarif", "SARIF 2.1.0, for code scanning (GitHub, Azure DevOps, IDEs)", ".sarif")
def render(result: dict, options: RenderOptions) -> str:
    shown_findings = [(doc, f, fp) for doc in documents(result)
                      for f, fp in _with_fingerprints(doc) if shown(f, options)]
    first_seen: dict[str, dict] = {}
    for _doc, finding, _fp in shown_findings:
        first_seen.setdefault(finding["rule"], finding)
    rule_ids = sorted(first_seen)
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    tool = result.get("tool", {})
    driver = {
        "name": tool.get("name", "lisible"),
        "version": tool.get("version", ""),
        "informationUri": PROJECT_URL,
        "rules": [_rule(rule_id, first_seen[rule_id]) for rule_id in rule_ids],
    }
    run = {
        "tool": {"driver": driver},
        # §3.14.25: columns count Unicode code points, as lisible's do (DESIGN.md).
        "columnKind": "unicodeCodePoints",
        "results": [_result(doc, f, fp, index[f["rule"]]) for doc, f, fp in shown_findings],
    }
    sarif = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


def _with_fingerprints(document: dict) -> list[tuple[dict, str]]:
    by_identity = {id(f): fp for f, fp in
                   zip(document.get("findings", []), document_fingerprints(document, unique=True))}
    return [(f, by_identity[id(f)]) for f in findings(document)]


def _rule(rule_id: str, first: dict) -> dict:
    info = rule_info(rule_id, first)
    rule = {
        "id": rule_id,
        "name": info.name,
        "shortDescription": {"text": info.short},
        "fullDescription": {"text": info.full},
        "help": {"text": info.help_text, "markdown": info.help_markdown},
        "helpUri": help_uri(rule_id),
        "defaultConfiguration": {"level": LEVELS.get(info.level, "warning")},
    }
    if info.tags:
        rule["properties"] = {"tags": list(info.tags)}
    return rule


def _result(document: dict, finding: dict, fingerprint: str, rule_index: int) -> dict:
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
    if finding.get("needs_review"):
        # §3.27.9: a result a person must decide is kind "review", whose level must be "none".
        result.update(kind="review", level="none")
    else:
        result["level"] = LEVELS[finding["severity"]]
    if "baseline" in finding:
        # §3.27.24: set only when a baseline was applied.
        result["baselineState"] = "unchanged" if finding["baseline"] else "new"
    properties = {key: finding[key] for key in ("category", "suggestions", "standards")
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

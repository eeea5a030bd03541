"""GitLab Code Quality report (the CodeClimate-based JSON that `artifacts:reports:codequality`
reads): a JSON array of issues shown in the merge request widget and on the diff.

Reference: GitLab Docs, "Code Quality" > "Implement a custom tool" (required fields description,
check_name, fingerprint, severity, location.path, location.lines.begin; severity one of info, minor,
major, critical, blocker).
"""
from __future__ import annotations

import hashlib
import json

from checker.fingerprints import document_fingerprints
from checker.reports import RenderOptions, report_format
from checker.reports._ci import documents, new_findings

# lisible severity -> GitLab severity. `critical` and `blocker` are left for faults that stop a
# release, which no single wording problem does.
SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}
# lisible category -> CodeClimate category (CodeClimate spec, "Categories").
CATEGORIES = {"grammar": "Clarity", "spelling": "Clarity", "readability": "Clarity",
              "style": "Style", "typography": "Style", "accessibility": "Compatibility",
              "parity": "Bug Risk", "input": "Bug Risk"}


def stream(documents_in_order, tail, options: RenderOptions):
    """The bytes of `render`, a document's issues at a time (documents in path order). The
    fingerprints already given are kept (32 characters each) to keep them unique."""
    yield "["
    count = 0
    used: set[str] = set()
    for document in documents_in_order:
        for issue in _document_issues(document, options, used):
            text = json.dumps(issue, ensure_ascii=False, indent=2)
            yield ("\n" if count == 0 else ",\n") + "\n".join("  " + line
                                                              for line in text.split("\n"))
            count += 1
    yield ("\n]" if count else "]") + "\n"


@report_format("gitlab", "GitLab Code Quality JSON (merge request widget)", ".json", stream=stream)
def render(result: dict, options: RenderOptions) -> str:
    used: set[str] = set()
    issues = [issue for document in documents(result)
              for issue in _document_issues(document, options, used)]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def _document_issues(document: dict, options: RenderOptions, used: set[str]) -> list[dict]:
    issues = []
    path = document["path"].replace("\\", "/").removeprefix("./")
    by_identity = {id(f): fp for f, fp in zip(document.get("findings", []),
                                              document_fingerprints(document, unique=True))}
    for finding in new_findings(document, options):
        fingerprint = by_identity[id(finding)]
        if fingerprint in used:
            # GitLab needs one fingerprint per issue; the same text in two files gets its path.
            fingerprint = hashlib.sha256(f"{fingerprint}\x1f{path}".encode()).hexdigest()[:32]
        used.add(fingerprint)
        issues.append(_issue(path, finding, fingerprint))
    return issues


def _issue(path: str, finding: dict, fingerprint: str) -> dict:
    return {
        "type": "issue",
        "engine_name": "lisible",
        "check_name": finding["rule"],
        "description": finding["message"],
        "categories": [CATEGORIES.get(finding.get("category", ""), "Style")],
        "fingerprint": fingerprint,
        "severity": "info" if finding.get("needs_review") else SEVERITIES[finding["severity"]],
        "location": {"path": path,
                     "lines": {"begin": finding["line"], "end": finding["end_line"]}},
    }

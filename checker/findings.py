"""The finding model: plain frozen dataclasses (DESIGN.md, "Findings")."""
from __future__ import annotations

from dataclasses import dataclass, field

CATEGORIES = ("grammar", "spelling", "typography", "style", "readability", "accessibility",
              "parity", "input")
SEVERITIES = ("error", "warning", "info")
# Rank for comparisons with --fail-on: higher is worse.
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


@dataclass(frozen=True, order=True)
class Span:
    """1-based, end_column inclusive, columns in Unicode code points."""
    line: int = 1
    column: int = 1
    end_line: int = 1
    end_column: int = 1


DOCUMENT_SPAN = Span(1, 1, 1, 1)


@dataclass(frozen=True)
class Finding:
    rule: str
    category: str
    severity: str
    message: str
    span: Span = DOCUMENT_SPAN
    text: str = ""
    suggestions: tuple[str, ...] = ()
    source: str = "lisible"
    standards: tuple[str, ...] = ()
    needs_review: bool = False
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self):
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r} for {self.rule}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r} for {self.rule}")

    def sort_key(self):
        return (self.span.line, self.span.column, self.rule, self.span.end_line,
                self.span.end_column, self.message)

    def to_dict(self) -> dict:
        return {
            "rule": self.rule, "category": self.category, "severity": self.severity,
            "message": self.message, "line": self.span.line, "column": self.span.column,
            "end_line": self.span.end_line, "end_column": self.span.end_column,
            "text": self.text, "suggestions": list(self.suggestions), "source": self.source,
            "standards": list(self.standards), "needs_review": self.needs_review,
        }


def at_least(severity: str, threshold: str) -> bool:
    """True when `severity` is at or above `threshold` ('never' is above everything)."""
    if threshold == "never":
        return False
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]

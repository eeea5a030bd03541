"""What lisible's standard references (`WCAG22:1.1.1`, `ACT:23a2a8`) point at: the WCAG 2.2
success criteria the rules cite, with title, level and address, and the ACT rules' addresses.

WCAG 2.2, W3C Recommendation (https://www.w3.org/TR/WCAG22/): each success criterion's anchor
there is its title in lower case with hyphens (the "Understanding" documents use the same slug).
ACT rules: https://www.w3.org/WAI/standards-guidelines/act/rules/{id}/ (W3C's published copy).
"""
from __future__ import annotations

from dataclasses import dataclass

WCAG22_URL = "https://www.w3.org/TR/WCAG22/"
UNDERSTANDING_URL = "https://www.w3.org/WAI/WCAG22/Understanding/{slug}.html"
ACT_RULE_URL = "https://www.w3.org/WAI/standards-guidelines/act/rules/{id}/"


@dataclass(frozen=True)
class Criterion:
    number: str
    title: str
    level: str          # A, AA, AAA

    @property
    def url(self) -> str:
        return WCAG22_URL + "#" + _slug(self.title)


# The success criteria that lisible's rules cite (rules/*, standards:), in WCAG's order.
CRITERIA = {c.number: c for c in (
    Criterion("1.1.1", "Non-text Content", "A"),
    Criterion("1.3.1", "Info and Relationships", "A"),
    Criterion("2.4.2", "Page Titled", "A"),
    Criterion("2.4.4", "Link Purpose (In Context)", "A"),
    Criterion("2.4.6", "Headings and Labels", "AA"),
    Criterion("2.4.9", "Link Purpose (Link Only)", "AAA"),
    Criterion("3.1.1", "Language of Page", "A"),
    Criterion("3.1.2", "Language of Parts", "AA"),
    Criterion("3.1.4", "Abbreviations", "AAA"),
    Criterion("3.1.5", "Reading Level", "AAA"),
    Criterion("4.1.2", "Name, Role, Value", "A"),
)}


def understanding_url(number: str) -> str:
    """W3C's "Understanding WCAG 2.2" page of a criterion lisible cites."""
    return UNDERSTANDING_URL.format(slug=_slug(CRITERIA[number].title))


def _slug(title: str) -> str:
    kept = "".join(ch for ch in title.lower() if ch.isalnum() or ch in " -")
    return "-".join(kept.split())


def parse(reference: str) -> tuple[str, str]:
    """('WCAG22', '1.1.1') from 'WCAG22:1.1.1'; ('', reference) when it has no prefix."""
    scheme, _, ident = reference.partition(":")
    return (scheme, ident) if ident else ("", reference)


def url(reference: str) -> str | None:
    """The address of a standard reference, or None for one lisible does not know."""
    scheme, ident = parse(reference)
    if scheme == "WCAG22" and ident in CRITERIA:
        return CRITERIA[ident].url
    if scheme == "ACT" and ident.isalnum():
        return ACT_RULE_URL.format(id=ident)
    return None


def label(reference: str) -> str:
    """'WCAG 2.2 SC 1.1.1 Non-text Content (A)', 'ACT rule 23a2a8', or the reference itself."""
    scheme, ident = parse(reference)
    if scheme == "WCAG22" and ident in CRITERIA:
        c = CRITERIA[ident]
        return f"WCAG 2.2 SC {c.number} {c.title} ({c.level})"
    if scheme == "ACT":
        return f"ACT rule {ident}"
    return reference

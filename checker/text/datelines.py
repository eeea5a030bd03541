"""Datelines: the place (and date) that opens a press release, before its first sentence.

    LYON (France) – Le secrétaire général ...
    Bremgarten, 14. Mai 2026 – Die Gemeinde ...
    Teruel, 12 de mayo de 2026. El Gobierno ...
    GENEVA, 3 March 2026 – The ...

A dateline is neither prose nor a sentence (the Associated Press Stylebook, "datelines"; Reuters
Handbook of Journalism, "datelines"): a place in capitals there is no undefined acronym, the place
is a name, not a misspelling, and what follows the dash starts the first sentence.
`dateline_end(text)` gives where the dateline of a block ends (after its dash or period), or 0.
"""
from __future__ import annotations

import re

_UPPER = "A-ZÀ-ÖØ-Þ"
# One place word: capitalised, maybe with an apostrophe or hyphen inside (Saint-Imier, L'Aquila).
_PLACE_WORD = rf"[{_UPPER}][\w'’.-]*"
_PLACE = rf"{_PLACE_WORD}(?:[ -](?:(?:de|del|di|la|le|am|an|im|sur|upon|on)\s)?{_PLACE_WORD}){{0,3}}"
_MONTHS = (
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
    r"|januar|jänner|februar|märz|april|juni|juli|august|oktober|dezember"
    r"|january|february|march|may|june|july|october|december|sept?\.?|[a-z]{3}\."
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre")
_DATE = (rf"(?:\d{{1,2}}(?:er|\.|º|°)?\s+(?:de\s+)?(?i:{_MONTHS})(?:\s+(?:de\s+)?\d{{4}})?"
         rf"|(?i:{_MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?"
         r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})")
_DASH = r"\s+[–—-]\s+"
# PLACE (Country) – · PLACE, date – · Place, date – · Place, date. (then a capital)
_DATELINE = re.compile(
    rf"^(?:(?P<caps>[{_UPPER}][{_UPPER}'’ -]+[{_UPPER}])(?:\s*\([^()\n]{{2,40}}\))?(?:,\s*{_DATE})?{_DASH}"
    rf"|{_PLACE}(?:\s*\([^()\n]{{2,40}}\))?,\s*(?:(?:le|den|am|el|il)\s+)?{_DATE}(?:{_DASH}|\.\s+(?=[{_UPPER}])))")


def dateline_end(text: str) -> int:
    """Offset just after the dateline that opens `text` (its dash or period and the space after),
    0 when the block does not open with one."""
    m = _DATELINE.match(text)
    return m.end() if m else 0

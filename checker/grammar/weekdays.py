"""Weekday checks against the year the document speaks of, not the year of the run.

LanguageTool checks "Tuesday, 16 January" against the current year when the date has no year
(EN_DATE_WEEKDAY_CURRENTYEAR, DE_/ES_..._CURRENTYEAR, it DATE_WEEKDAY): every weekday of a release
written in 2024 and checked in 2026 is an alarm. An editor checks the date against the year of the
release, which the text names ("As of 1 January 2024", "Bremgarten, 14. Mai 2024 –"): when the
weekday fits the date in a year the document names, the match is weighed as a probable false alarm
(`info` with `needs_review`; the year is kept in the finding's `extra`, `weekday_fits`); when the document names no year, or the
weekday fits none of the years it names, LanguageTool's match stays as it is. A date that carries its
own year ("Tuesday, 16 January 2024") was checked by LanguageTool against that year: it stays too.

Weekday and month names: the CLDR's wide and abbreviated format names (Unicode CLDR, "Gregorian
calendar", https://cldr.unicode.org/ , locales en, fr, de, it, es).
"""
from __future__ import annotations

import datetime
import re
from dataclasses import replace

from checker.findings import Finding

WEEKDAYS = {     # Monday first, as datetime.date.weekday() counts
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
}
MONTHS = {
    "en": "january february march april may june july august september october november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
# Spellings beside the CLDR's: Austrian "Jänner", Swiss and older "Samstag/Sonnabend", "setiembre".
_MORE_MONTHS = {"jänner": 1, "sonnabend": None, "setiembre": 9, "fevrier": 2, "aout": 8, "sept": 9}

_WEEKDAY_INDEX = {name: i for names in WEEKDAYS.values() for i, name in enumerate(names.split())}
_WEEKDAY_INDEX["sonnabend"] = 5
_MONTH_INDEX = {name: i + 1 for names in MONTHS.values() for i, name in enumerate(names.split())}
_MONTH_INDEX.update({k: v for k, v in _MORE_MONTHS.items() if v})
_MONTH_INDEX.update({name[:3]: i for name, i in list(_MONTH_INDEX.items()) if len(name) > 4})

_W = r"[^\W\d_]+"
# weekday [,] [the|le|den|el|il] day[.|er|º] [of|de] month [year] · weekday [,] month day [, year]
_DAY_MONTH = re.compile(
    rf"(?P<weekday>{_W})\.?,?\s+(?:(?:the|le|den|der|el|il)\s+)?(?P<day>\d{{1,2}})(?:\.|er|º|°|st|nd|rd|th)?"
    rf"\s+(?:(?:of|de)\s+)?(?P<month>{_W})\.?(?P<year>,?\s+(?:de\s+)?\d{{4}}\b)?", re.IGNORECASE)
_MONTH_DAY = re.compile(
    rf"(?P<weekday>{_W}),?\s+(?P<month>{_W})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?P<year>,?\s+\d{{4}}\b)?", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d'’.,])(?:19|20)\d\d(?![\d'’])")
REACH = 60      # characters after the match's start in which the date is read


def weekday_rule(finding: Finding) -> bool:
    return finding.source == "languagetool" and "DATE_WEEKDAY" in finding.rule


def read_date(text: str) -> tuple[int, int, int, bool] | None:
    """(weekday 0-6, day, month, has a year) of the date that opens `text`, or None."""
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        m = pattern.match(text)
        if not m:
            continue
        weekday = _WEEKDAY_INDEX.get(m.group("weekday").lower())
        month = _MONTH_INDEX.get(m.group("month").lower())
        if weekday is None or month is None:
            continue
        return weekday, int(m.group("day")), month, bool(m.group("year"))
    return None


def document_years(doc) -> set[int]:
    """The years (1900-2099) written in the document's blocks."""
    return {int(m.group()) for block in doc.blocks for m in _YEAR.finditer(block.text)}


def fitting_year(weekday: int, day: int, month: int, years) -> int | None:
    """The first of `years` in which `day` `month` falls on `weekday`, or None."""
    for year in sorted(years):
        try:
            if datetime.date(year, month, day).weekday() == weekday:
                return year
        except ValueError:      # 30 February, 29 February in a common year
            continue
    return None


def review(findings: list[Finding], doc, places) -> list[Finding]:
    """Weekday matches whose date fits a year the document names become info + needs_review;
    every other finding as it is. `places` gives, per finding, its block and offset there."""
    years = None
    out = []
    for finding, (block, start) in zip(findings, places):
        if weekday_rule(finding):
            date = read_date(block.text[start:start + REACH])
            if date is not None and not date[3]:
                if years is None:
                    years = document_years(doc)
                year = fitting_year(*date[:3], years)
                if year is not None:
                    finding = replace(finding, severity="info", needs_review=True,
                                      extra={**finding.extra, "weekday_fits": year})
        out.append(finding)
    return out

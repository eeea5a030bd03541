"""Weekday checks against the years the document names (checker.grammar.weekdays), on sentences we
wrote. Weekdays worked out by hand from a calendar: 1 January 2024 was a Monday, so 16 January 2024
was a Tuesday; 22 November 2024 a Friday; 15 August 2024 a Thursday; 1 September 2024 a Sunday;
16 January 2026 a Friday."""
from __future__ import annotations

import pytest

from checker.document import Document, make_block
from checker.findings import Finding, Span
from checker.grammar.weekdays import document_years, fitting_year, read_date, review


def doc_of(*paragraphs: str) -> Document:
    doc = Document(path="release.txt", format="text", source="\n\n".join(paragraphs))
    offset = 0
    for text in paragraphs:
        doc.blocks.append(make_block("paragraph", [(text, offset)]))
        offset += len(text) + 2
    return doc


def weekday_match(doc, word: str, rule: str = "EN_DATE_WEEKDAY_CURRENTYEAR"):
    block = next(b for b in doc.blocks if word in b.text)
    start = block.text.index(word)
    finding = Finding(rule=f"languagetool.{rule}", category="grammar", severity="warning",
                      message="…", span=Span(1, start + 1), text=word, source="languagetool")
    return finding, (block, start)


@pytest.mark.parametrize("text, expected", [
    ("Tuesday, 16 January. The forum", (1, 16, 1, False)),
    ("Friday, March 8, 2024, in Bern", (4, 8, 3, True)),
    ("Dienstag, 16. Januar im Saal", (1, 16, 1, False)),
    ("Dienstag, 16. Januar 2024 im Saal", (1, 16, 1, True)),
    ("mardi 16 janvier à Berne", (1, 16, 1, False)),
    ("venerdì 22 novembre a Roma", (4, 22, 11, False)),
    ("jueves 15 de agosto la fase", (3, 15, 8, False)),
    ("domingo 1 de septiembre de 2024", (6, 1, 9, True)),
])
def test_dates_are_read(text, expected):
    assert read_date(text) == expected


def test_no_date_no_reading():
    assert read_date("Tuesday morning the forum opens") is None


def test_years_named_in_the_document():
    doc = doc_of("As of 1 January 2024, tariffs fall.", "In 2023, 1,500 firms paid CHF 2'000 each.")
    assert document_years(doc) == {2023, 2024}


def test_fitting_year():
    assert fitting_year(1, 16, 1, {2023, 2024}) == 2024      # Tuesday 16 January
    assert fitting_year(4, 16, 1, {2023, 2024}) is None      # not a Friday in 2023 or 2024
    assert fitting_year(4, 16, 1, {2026}) == 2026
    assert fitting_year(3, 29, 2, {2023}) is None            # no 29 February in 2023


def test_a_weekday_right_in_the_documents_year_is_not_an_alarm():
    doc = doc_of("The 2024 forum opens in Davos.", "Talks start on Tuesday, 16 January. Ministers attend.")
    finding, place = weekday_match(doc, "Tuesday, 16")
    (out,) = review([finding], doc, [place])
    assert (out.severity, out.needs_review) == ("info", True)
    assert out.extra["weekday_fits"] == 2024


def test_a_weekday_wrong_in_every_year_named_stays_a_warning():
    doc = doc_of("The 2024 forum opens in Davos.", "Talks start on Friday, 16 January. Ministers attend.")
    finding, place = weekday_match(doc, "Friday, 16")
    (out,) = review([finding], doc, [place])
    assert (out.severity, out.needs_review) == ("warning", False)


def test_without_a_year_in_the_document_languagetool_is_trusted():
    doc = doc_of("Talks start on Tuesday, 16 January. Ministers attend.")
    finding, place = weekday_match(doc, "Tuesday, 16")
    (out,) = review([finding], doc, [place])
    assert out.severity == "warning"


def test_a_date_with_its_own_year_was_checked_against_it():
    # LanguageTool checked "Friday, 16 January 2024" against 2024 itself: its match stands even
    # though 2026 (also named) would fit.
    doc = doc_of("Plans for 2026.", "The forum opened on Friday, 16 January 2024 in Davos.")
    finding, place = weekday_match(doc, "Friday, 16", rule="EN_DATE_WEEKDAY")
    (out,) = review([finding], doc, [place])
    assert out.severity == "warning"


@pytest.mark.parametrize("text, word, rule", [
    ("Im Jahr 2024 tagt das Forum. Es beginnt am Dienstag, 16. Januar.", "Dienstag", "DE_DATE_WEEKDAY_CURRENTYEAR"),
    ("Le forum 2024 s’ouvre le mardi 16 janvier.", "mardi", "DATE_WEEKDAY"),
    ("Il vertice del 2024 si è concluso venerdì 22 novembre a Roma.", "venerdì", "DATE_WEEKDAY"),
    ("La operación de 2024 completó el jueves 15 de agosto la fase.", "jueves", "ES_DATE_WEEKDAY_CURRENTYEAR"),
])
def test_every_language(text, word, rule):
    doc = doc_of(text)
    finding, place = weekday_match(doc, word, rule=rule)
    (out,) = review([finding], doc, [place])
    assert out.severity == "info"


def test_other_rules_are_left_alone():
    doc = doc_of("The 2024 forum opens on Tuesday, 16 January.")
    finding, place = weekday_match(doc, "Tuesday, 16", rule="EN_COMPOUNDS")
    assert review([finding], doc, [place]) == [finding]

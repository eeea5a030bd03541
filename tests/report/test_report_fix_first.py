"""The report's "fix first" section, each document's top changes, the switch for readability marks,
and the language of the report's own words. Scores below are worked out on paper from the formula
in checker/scoring.py (score = round(0.5 R + 0.5 * 100 exp(-D / 4)), D per 100 words)."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner

from checker.cli import cli
from checker.reports import RenderOptions
from checker.reports.fix_first import fix_first, top_changes
from checker.reports.html import render
from checker.reports.i18n import report_language


def finding(rule, severity, category="style", line=1, **extra):
    return {"rule": rule, "category": category, "severity": severity, "message": f"{rule} message",
            "line": line, "column": 1, "end_line": line, "end_column": 4, "text": "abcd",
            "suggestions": [], "source": "lisible", "standards": [], "needs_review": False, **extra}


SHORT = {"primary": "flesch_reading_ease", "target": {"flesch_reading_ease": 60},
         "scores": {"flesch_reading_ease": 30.0}, "unreliable": ["flesch_reading_ease"]}


def document(findings, words=100, readability=SHORT, language="en-GB", path="a.md"):
    return {"path": path, "format": "markdown", "language": language, "language_source": "declared",
            "engines": {}, "stats": {"words": words}, "readability": readability, "score": 0,
            "passed": False, "findings": findings}


def test_top_changes_come_from_the_real_score():
    # 100 words, readability unreliable (R = 100). One error (4), two warnings (2), one info (0.25):
    # D = 6.25, score = round(50 + 50 e^-1.5625) = 60. Without the error D = 2.25: 78 (+18);
    # without the warnings D = 4.25: 67 (+7); without the info D = 6: 61 (+1).
    doc = document([finding("x.error", "error"), finding("y.warn", "warning"),
                    finding("y.warn", "warning", line=2), finding("z.info", "info")])
    top = top_changes(doc)
    assert [(c["rule"], c["count"], c["gain"], c["score"]) for c in top] == [
        ("x.error", 1, 18, 78), ("y.warn", 2, 7, 67), ("z.info", 1, 1, 61)]


def test_readability_at_target_is_a_change_with_its_own_gain():
    # Flesch 40 for a target of 60 on 200 words: R = 100 - 20 = 80; one warning, D = 0.5:
    # score = round(40 + 50 e^-0.125) = 84. At target, without the below-target finding: 100.
    readability = {"primary": "flesch_reading_ease", "target": {"flesch_reading_ease": 60},
                   "scores": {"flesch_reading_ease": 40.0}, "unreliable": []}
    doc = document([finding("readability.below-target", "warning", "readability")], words=200,
                   readability=readability)
    assert [(c["kind"], c["gain"], c["score"]) for c in top_changes(doc)] == [("readability", 16, 100)]


def test_fix_first_lists_errors_then_warnings_by_rule_most_places_first():
    docs = [{"path": "a.md", "findings": [
        {**finding("w.one", "warning"), "id": "d1-f1", "marker_id": "d1-m1", "in_text": True, "label": "St1"},
        {**finding("e.one", "error"), "id": "d1-f2", "marker_id": "d1-m2", "in_text": False, "label": "St2"},
        {**finding("w.two", "warning"), "id": "d1-f3", "marker_id": "d1-m3", "in_text": True, "label": "St3"},
        {**finding("w.two", "warning", line=4), "id": "d1-f4", "marker_id": "d1-m4", "in_text": True, "label": "St4"},
        {**finding("i.one", "info"), "id": "d1-f5", "marker_id": "d1-m5", "in_text": True, "label": "St5"},
        {**finding("w.review", "warning", needs_review=True), "id": "d1-f6", "marker_id": "d1-m6",
         "in_text": True, "label": "St6"},
    ]}]
    groups = fix_first(docs)
    assert [(g["rule"], g["count"]) for g in groups] == [("e.one", 1), ("w.two", 2), ("w.one", 1)]
    assert [p["href"] for p in groups[0]["places"]] == ["#d1-f2"]         # not in the text: the entry
    assert [p["href"] for p in groups[1]["places"]] == ["#d1-m3", "#d1-m4"]


def test_the_page_opens_with_fix_first_whose_links_all_land_and_a_switch_for_readability_marks():
    run = {"schema_version": 1, "tool": {"name": "lisible", "version": "0"},
           "summary": {"documents": 1, "passed": 0, "findings": {"error": 1, "warning": 1, "info": 0}},
           "documents": [document([finding("e.one", "error", line=1),
                                   finding("readability.sentence-too-long", "warning", "readability")])]}
    run["documents"][0]["blocks"] = [{"kind": "paragraph", "line": 1, "column": 1, "text": "abcd efgh",
                                      "positions": [[0, 1, 1]]}]
    page = render(run, RenderOptions(ui_lang="en"))
    assert page.index('id="fix-first"') < page.index('id="overview"')
    section = page[page.index('id="fix-first"'):page.index('id="overview"')]
    for href in re.findall(r'href="#([^"]+)"', section):
        assert f'id="{href}"' in page
    assert section.index("e.one") < section.index("readability.sentence-too-long")
    assert '<input type="checkbox" id="show-readability" checked>' in section
    assert "Changes that raise the score most" in page


def test_report_language_follows_the_documents_unless_told():
    french = {"documents": [{"language": "fr-CH"}, {"language": "fr-FR"}]}
    mixed = {"documents": [{"language": "fr-FR"}, {"language": "en-GB"}]}
    assert report_language(french, None, "en_US.UTF-8") == "fr"
    assert report_language(french, "en", "fr_FR") == "en"             # --ui-lang overrides
    assert report_language(mixed, None, "fr_FR.UTF-8") == "fr"        # no shared one: the locale
    assert report_language(mixed, None, "de_DE") == "en"              # no report in German: English
    assert report_language({"documents": [{"language": "de-CH"}]}, None, "fr_FR") == "fr"


def test_check_writes_a_french_report_for_a_french_release(tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    release = tmp_path / "communique.md"
    release.write_text("---\nlang: fr\n---\nLe conseil a a voté le budget de la commune.\n",
                       encoding="utf-8")
    out = tmp_path / "r.html"
    CliRunner().invoke(cli, ["check", str(release), "--grammar", "off", "-f", "html", "-o", str(out)])
    page = out.read_text(encoding="utf-8")
    assert '<html lang="fr">' in page and "À corriger d’abord" in page
    saved = tmp_path / "r.json"
    CliRunner().invoke(cli, ["check", str(release), "--grammar", "off", "-f", "json", "-o", str(saved)])
    assert json.loads(saved.read_text(encoding="utf-8"))["documents"][0]["language"] == "fr-FR"
    again = tmp_path / "again.html"
    CliRunner().invoke(cli, ["report", str(saved), "-o", str(again)])
    assert '<html lang="fr">' in again.read_text(encoding="utf-8")
    CliRunner().invoke(cli, ["report", str(saved), "-o", str(again), "--ui-lang", "en"])
    assert '<html lang="en">' in again.read_text(encoding="utf-8")

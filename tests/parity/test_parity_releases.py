"""Parity on releases written for these tests, with planted differences, finding by finding.

tests/parity/releases/bridge: one release in English (the reference), French and German.
Planted: the French version has 3 510 000 where the others have 3,150,000 / 3'150'000 (line 5,
columns 23-31), splits the cyclists' paragraph in two (not a difference) and leaves out the
paragraph on the celebration (English line 9, 104 characters); the German version gives the
reopening date as 15. März 2022 where the others have 14 March (line 3, columns 50-62). Everything
else agrees in different notations (06:00 / 6 h / 6 Uhr, 4.5% / 4,5 %, eleven / onze / elf).
The Italian and Spanish versions are correct translations (3.150.000, alle ore 6, 14 de marzo).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.findings import Span
from checker.parity import check_group
from checker.sources import load_bytes, load_path

HERE = Path(__file__).parent
BRIDGE = HERE / "releases" / "bridge"
CORPUS = HERE.parent.parent.parent / "shared" / "corpora" / "releases"


def load(path: Path, lang: str):
    doc = load_path(path, 10_000_000)
    doc.language = lang
    return doc


def bridge(*langs):
    return [load(BRIDGE / f"release.{lang}.md", lang) for lang in langs]


def summary_of(findings):
    return sorted((Path(path).name, f.rule, f.severity, f.span)
                  for path, found in findings.items() for f in found)


def test_three_versions_report_exactly_the_planted_differences():
    findings, _ = check_group(bridge("en", "fr", "de"))
    assert summary_of(findings) == [
        ("release.de.md", "parity.date-mismatch", "error", Span(3, 50, 3, 62)),
        ("release.en.md", "parity.block-missing", "error", Span(9, 1, 9, 104)),
        ("release.fr.md", "parity.number-mismatch", "error", Span(5, 23, 5, 31)),
    ]


def test_five_versions_add_no_finding_for_the_correct_italian_and_spanish():
    findings, summary = check_group(bridge("en", "fr", "de", "it", "es"))
    assert summary_of(findings) == [
        ("release.de.md", "parity.date-mismatch", "error", Span(3, 50, 3, 62)),
        ("release.en.md", "parity.block-missing", "error", Span(9, 1, 9, 104)),
        ("release.fr.md", "parity.number-mismatch", "error", Span(5, 23, 5, 31)),
    ]
    assert "«\u00a03.150.000\u00a0» dans la version italienne (ligne 5, colonne 23)" in \
        findings[str(BRIDGE / "release.fr.md")][0].message


def test_messages_in_each_versions_language_name_the_counterpart_places():
    findings, _ = check_group(bridge("en", "fr", "de"))
    by_name = {Path(p).name: found for p, found in findings.items()}
    [figure] = by_name["release.fr.md"]
    assert figure.text == "3 510 000"
    assert figure.message == (
        "«\u00a03 510 000\u00a0» ici, mais «\u00a03,150,000\u00a0» dans la version anglaise "
        "(ligne 5, colonne 20)\u00a0; «\u00a03'150'000\u00a0» dans la version allemande "
        "(ligne 5, colonne 27)\u00a0: vérifiez le chiffre.")
    [date] = by_name["release.de.md"]
    assert date.message.startswith("„15. März 2022“ hier, aber „14 March 2022“ in der englischen "
                                   "Fassung (Zeile 3, Spalte 71)")
    [orphan] = by_name["release.en.md"]
    assert orphan.message == ("This paragraph has no counterpart in the French version "
                              "(it would come after line 9).")


def test_alignment_pairs_the_split_paragraph_with_its_original():
    _, summary = check_group(bridge("en", "fr", "de"))
    assert summary["languages"] == ["en", "fr", "de"]
    assert summary["alignment"] == [
        [[0], [0], [0]], [[1], [1], [1]], [[2], [2], [2]],
        [[3], [3, 4], [3]],          # the French paragraph split in two
        [[4], [], [4]],              # the celebration, left out in French
        [[5], [5], [5]],
    ]


def test_two_versions_the_reference_settles_which_side_changed():
    findings, _ = check_group(bridge("en", "fr"))
    assert summary_of(findings) == [
        ("release.en.md", "parity.block-missing", "error", Span(9, 1, 9, 104)),
        ("release.fr.md", "parity.number-mismatch", "error", Span(5, 23, 5, 31)),
    ]


def test_a_correct_translation_says_nothing():
    # releases/bridge-correct: the French version with the figure right and the paragraph kept.
    correct_fr = load(HERE / "releases" / "bridge-correct" / "release.fr.md", "fr")
    findings, summary = check_group(bridge("en") + [correct_fr])
    assert summary_of(findings) == []
    assert summary["alignment"] == [[[k], [k]] for k in range(6)]


def _cli(*args):
    from checker.cli import cli
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_check_parity_on_a_folder_finds_the_figure_and_the_missing_paragraph(tmp_path):
    for lang in ("en", "fr"):
        shutil.copy(BRIDGE / f"release.{lang}.md", tmp_path / f"release.{lang}.md")
    result = _cli("check", str(tmp_path), "--parity", "--format", "json", "--grammar", "off")
    data = json.loads(result.stdout)
    parity = sorted((Path(d["path"]).name, f["rule"], f["line"], f["column"], f["end_line"],
                     f["end_column"])
                    for d in data["documents"] for f in d["findings"] if f["category"] == "parity")
    assert parity == [
        ("release.en.md", "parity.block-missing", 9, 1, 9, 104),
        ("release.fr.md", "parity.number-mismatch", 5, 23, 5, 31),
    ]
    assert [Path(p).name for p in data["groups"][0]["paths"]] == ["release.en.md", "release.fr.md"]
    assert result.exit_code == 1


def test_parity_command_compares_the_named_versions_in_order():
    paths = [str(BRIDGE / f"release.{lang}.md") for lang in ("en", "fr", "de")]
    result = _cli("parity", *paths, "--format", "json")
    data = json.loads(result.stdout)
    assert data["groups"][0]["paths"] == paths
    rules = sorted(f["rule"] for d in data["documents"] for f in d["findings"])
    assert rules == ["parity.block-missing", "parity.date-mismatch", "parity.number-mismatch"]
    assert result.exit_code == 1


def test_parity_command_needs_two_versions():
    result = _cli("parity", str(BRIDGE / "release.en.md"))
    assert result.exit_code == 2


def text_doc(name: str, paragraphs: list[str], lang: str):
    doc = load_bytes("\n\n".join(paragraphs).encode("utf-8") + b"\n", name)
    doc.language = lang
    return doc


EN_REPORT = [
    "Geneva, 3 May 2023 – The foundation presents its annual report today.",
    "The report was written by Professor Anna Rossi and her team of nine researchers.",
    "It covers the years 2020 to 2022 and all 26 cantons.",
    "Anna Rossi will answer questions from the press at 11:00.",
]


def test_a_name_left_out_where_the_other_version_first_names_it():
    fr = text_doc("report.fr.txt", [
        "Genève, le 3 mai 2023 – La fondation présente aujourd'hui son rapport annuel.",
        "Le rapport a été rédigé par une professeure et son équipe de neuf chercheurs.",
        "Il couvre les années 2020 à 2022 et les 26 cantons.",
        "Anna Rossi répondra aux questions de la presse à 11 h.",
    ], "fr")
    findings, _ = check_group([text_doc("report.en.txt", EN_REPORT, "en"), fr])
    assert findings["report.en.txt"] == []
    [missing] = findings["report.fr.txt"]
    assert (missing.rule, missing.span) == ("parity.name-missing", Span(3, 1, 3, 77))
    assert missing.message == (
        "«\u00a0Rossi\u00a0» est nommé dans la version anglaise (ligne 3, colonne 42) mais pas "
        "dans ce paragraphe\u00a0; cette version le nomme pour la première fois à la ligne 7.")


def test_a_paragraph_far_longer_than_usual_is_reported_as_info():
    fr = text_doc("report.fr.txt", [
        "Genève, le 3 mai 2023 – La fondation présente aujourd'hui son rapport annuel.",
        "Le rapport a été rédigé par la professeure Anna Rossi et son équipe de neuf chercheurs.",
        "Il couvre les années 2020 à 2022 et les 26 cantons. Il décrit pour chacun d'eux "
        "l'évolution des prix, des loyers et des salaires, puis compare ces chiffres avec ceux "
        "des pays voisins, région par région, sur toute la période étudiée.",
        "Anna Rossi répondra aux questions de la presse à 11 h.",
    ], "fr")
    findings, _ = check_group([text_doc("report.en.txt", EN_REPORT, "en"), fr])
    [ratio] = findings["report.fr.txt"]
    assert (ratio.rule, ratio.severity, ratio.span.line) == ("parity.length-ratio", "info", 5)


@pytest.mark.skipif(not (CORPUS / "index.json").exists(), reason="releases corpus not available")
def test_a_professional_translation_read_side_by_side_is_quiet():
    # ch-99580 (Swiss industrial tariffs): read in de, fr, it and en, the four versions give the
    # same figures (860, 490, 100, 270, 600 million, 30 per cent) and dates.
    langs = ("de", "fr", "it", "en")
    docs = [load(CORPUS / lang / f"ch-2024-01-02-99580-{lang}.txt", lang) for lang in langs]
    findings, summary = check_group(docs)
    assert summary_of(findings) == []
    assert all(all(row) for row in summary["alignment"])


def test_an_unreadable_version_is_left_out_of_the_comparison():
    empty = text_doc("report.de.txt", [""], "de")
    en = text_doc("report.en.txt", EN_REPORT, "en")
    fr = text_doc("report.fr.txt", EN_REPORT, "en")     # same text: nothing differs
    findings, summary = check_group([en, empty, fr])
    assert findings == {"report.en.txt": [], "report.de.txt": [], "report.fr.txt": []}
    assert summary["alignment"][0] == [[0], [], [0]]
    findings, summary = check_group([en, empty])
    assert findings == {"report.en.txt": [], "report.de.txt": []}
    assert summary["alignment"] == []


def test_a_figure_only_one_version_gives_is_reported_there_in_its_language():
    en = text_doc("report.en.txt", EN_REPORT, "en")
    de = text_doc("report.de.txt", [
        "Genf, 3. Mai 2023 – Die Stiftung stellt heute ihren Jahresbericht vor.",
        "Der Bericht stammt von Professorin Anna Rossi und ihrem Team aus neun Forschenden.",
        "Er umfasst die Jahre 2020 bis 2022, alle 26 Kantone und 140 Gemeinden.",
        "Anna Rossi beantwortet um 11 Uhr die Fragen der Medien.",
    ], "de")
    findings, _ = check_group([en, de])
    [extra] = findings["report.de.txt"]
    assert (extra.rule, extra.severity, extra.span, extra.text) == (
        "parity.number-extra", "warning", Span(5, 57, 5, 59), "140")
    assert extra.message == "„140“ fehlt in der englischen Fassung (Absatz in Zeile 5)."


def test_this_year_stands_for_the_year_of_the_release():
    en = text_doc("plan.en.txt", [
        "Bern, 12 March 2024 – The council adopted its new housing plan today.",
        "Building work on the first 120 flats will start this year.",
    ], "en")
    it = text_doc("plan.it.txt", [
        "Berna, 12 marzo 2024 – Il consiglio ha adottato oggi il suo nuovo piano per l'alloggio.",
        "I lavori per i primi 120 appartamenti inizieranno nel 2024.",
    ], "it")
    findings, _ = check_group([en, it])
    assert findings == {"plan.en.txt": [], "plan.it.txt": []}
    # Without a dated release, "this year" cannot be read: the Italian 2024 is reported.
    undated_en = text_doc("plan.en.txt", ["The council adopted its new housing plan today.",
                                          EN_PLAN_SECOND], "en")
    undated_it = text_doc("plan.it.txt", ["Il consiglio ha adottato oggi il suo nuovo piano.",
                                          "I lavori per i primi 120 appartamenti inizieranno nel "
                                          "2024."], "it")
    findings, _ = check_group([undated_en, undated_it])
    assert [(f.rule, f.span) for f in findings["plan.it.txt"]] == [
        ("parity.number-extra", Span(3, 55, 3, 58))]


EN_PLAN_SECOND = "Building work on the first 120 flats will start this year."

"""The region of an untagged text, from what an editor would notice (checker.regions), and where
it is reported (JSON `region`). Texts written for these tests."""
from __future__ import annotations

import json

import pytest

from checker.regions import infer_region
from helpers import run_cli, validate

SWISS_GERMAN = ("Die Gemeinde baut die Strasse zum Bahnhof neu. Die grosse Baustelle dauert bis "
                "Oktober; anschliessend wird der Platz begrünt.")
GERMAN = ("Die Gemeinde baut die Straße zum Bahnhof neu. Die große Baustelle dauert bis Oktober; "
          "anschließend wird der Platz begrünt.")


@pytest.mark.parametrize("lang, text, region", [
    ("de", SWISS_GERMAN, "CH"),
    ("de", GERMAN, None),
    ("en", "The programme is organised by the city centre and costs £40 a year.", "GB"),
    ("en", "The program is organized by the city center and helps the neighborhood.", "US"),
    ("fr", "Le Conseil fédéral a versé septante millions de francs suisses aux cantons.", "CH"),
    ("fr", "Le bourgmestre et les échevins ont présenté le budget de la Wallonie.", "BE"),
    ("fr", "Le maire a présenté le budget de la ville aux habitants.", None),
    ("it", "Il Consiglio federale ha stanziato 3'150 franchi per ogni Cantone.", "CH"),
    ("es", "El Gobierno aprobó el plan de empleo.", None),
])
def test_region_from_the_text(lang, text, region):
    assert infer_region(lang, text)[0] == region


def test_one_eszett_means_not_swiss():
    region, evidence = infer_region("de", SWISS_GERMAN + " Das Ergebnis ist gemäß Plan.")
    assert region is None and "ß" in evidence


def test_a_name_keeps_its_own_spelling():
    # World Health Organization is a name: no evidence of American English.
    assert infer_region("en", "The World Health Organization met. Its programme was organised well.")[0] == "GB"


def _json(tmp_path, text, *flags, config=None):
    path = tmp_path / "mitteilung.txt"
    path.write_text(text, encoding="utf-8")
    if config:
        (tmp_path / "lisible.toml").write_text(config, encoding="utf-8")
    result = run_cli("check", str(path), "--format", "json", "--grammar", "off", *flags)
    data = json.loads(result.stdout)
    validate(data)
    return data["documents"][0]


LONG_SWISS = " ".join([SWISS_GERMAN] * 4)


def test_json_says_region_and_why(tmp_path):
    doc = _json(tmp_path, LONG_SWISS)
    assert doc["language"] == "de-CH" and doc["language_source"] == "detected"
    assert doc["region"]["source"] == "text" and "ss for ß" in doc["region"]["evidence"]


def test_config_region_per_folder_wins_over_the_text(tmp_path):
    doc = _json(tmp_path, LONG_SWISS, config='[[overrides]]\npaths = ["*.txt"]\nregion = "AT"\n')
    assert doc["language"] == "de-AT" and doc["region"]["source"] == "config"


def test_a_tag_with_region_is_kept(tmp_path):
    doc = _json(tmp_path, LONG_SWISS, "--lang", "de-DE")
    assert doc["language"] == "de-DE" and doc["region"]["source"] == "config"


def test_bad_region_is_a_usage_error(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(SWISS_GERMAN, encoding="utf-8")
    (tmp_path / "lisible.toml").write_text('region = "Switzerland"\n', encoding="utf-8")
    result = run_cli("check", str(path), "--grammar", "off")
    assert result.exit_code == 2 and "region" in result.output

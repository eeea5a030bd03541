"""`lisible check` end to end with grammar: the JSON places LanguageTool findings at the planted
errors' lines and columns and says which engine ran; a required engine that is missing exits 3."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.grammar.server import free_port
from grammar_cases import DATA, expected


def check_json(*args, env=None):
    result = CliRunner().invoke(cli, ["check", "--format", "json", "--no-cache", *args],
                                env=env, catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


@pytest.mark.languagetool
def test_check_reports_languagetool_findings_in_json(lt_url):
    paths = [DATA / "fr.md", DATA / "de.html"]
    code, report = check_json(*map(str, paths), "--grammar", "required",
                              env={"LISIBLE_LANGUAGETOOL_URL": lt_url})
    assert code == 1                                   # grammar errors are errors
    for doc in report["documents"]:
        lang, fmt = doc["path"].rsplit("/", 1)[-1].split(".")
        assert doc["engines"]["grammar"] == "languagetool 6.7"
        found = {(f["line"], f["column"], f["category"]) for f in doc["findings"]
                 if f["source"] == "languagetool"}
        want = expected(lang, fmt, (DATA / f"{lang}.{fmt}").read_text(encoding="utf-8"))
        assert {w[:3] for w in want} <= found


def test_required_without_a_server_exits_3():
    url = f"http://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(cli, ["check", "--format", "json", "--grammar", "required",
                                      "--languagetool-url", url, str(DATA / "en.txt")])
    assert result.exit_code == 3
    [doc] = json.loads(result.stdout)["documents"]
    assert doc["engines"]["grammar"] != "languagetool 6.7"
    assert not [f for f in doc["findings"] if f["source"] == "languagetool"]


@pytest.mark.languagetool
def test_the_document_region_selects_the_spelling_variant(lt_url, tmp_path):
    # "centre", "colour" and "grey" are British spellings: right in en-GB, flagged in en-US
    # (LanguageTool's en-US speller). An untagged text that spells them so is taken for en-GB
    # (checker.regions), as an editor would.
    text = "The new centre opens on Monday. The colour of the building is grey.\n"
    british = tmp_path / "gb.md"
    british.write_text("---\nlang: en-GB\n---\n" + text, encoding="utf-8")
    american = tmp_path / "us.md"
    american.write_text("---\nlang: en-US\n---\n" + text, encoding="utf-8")
    untagged = tmp_path / "plain.md"
    untagged.write_text(text, encoding="utf-8")
    env = {"LISIBLE_LANGUAGETOOL_URL": lt_url}
    _, report = check_json(str(british), str(american), str(untagged), "--grammar", "required", env=env)
    spelling = {d["path"].rsplit("/", 1)[-1]: [(f["line"], f["column"]) for f in d["findings"]
                                                if f["category"] == "spelling"]
                for d in report["documents"]}
    assert spelling == {"gb.md": [], "us.md": [(4, 9), (4, 37), (4, 63)], "plain.md": []}
    regions = {d["path"].rsplit("/", 1)[-1]: (d["language"], d["region"]["source"])
               for d in report["documents"]}
    assert regions["plain.md"] == ("en-GB", "text") and regions["us.md"] == ("en-US", "declared")

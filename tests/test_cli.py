"""The CLI end to end: exit codes, JSON contract, determinism, bad input, config, stdin."""
import json
import os
import subprocess
import sys

import pytest

from helpers import REPO, check_json, rules_of, run_cli

LONG_FR = ("La préfecture a décidé de prolonger jusqu'à nouvel ordre les mesures de restriction de "
           "l'usage de l'eau dans l'ensemble des communes du département, en raison de la sécheresse "
           "qui touche la région depuis le début du mois de juin et du niveau très bas des nappes.")
# Hand count of LONG_FR: 45 words (l'usage, l'eau, l'ensemble, jusqu'à count as one word each).


def write(path, text, encoding="utf-8"):
    path.write_text(text, encoding=encoding)
    return path


def test_french_release_long_sentence_marked_at_its_place(tmp_path):
    src = write(tmp_path / "c.md", f"---\nlang: fr\n---\n# Sécheresse\n\n{LONG_FR}\n\nMerci de votre attention.\n")
    code, data = check_json(src)
    doc = data["documents"][0]
    assert doc["language"] == "fr-FR" and doc["language_source"] == "declared"
    assert doc["readability"]["primary"] == "kandel_moles"
    long = [f for f in doc["findings"] if f["rule"] == "readability.sentence-too-long"]
    assert len(long) == 1
    assert (long[0]["line"], long[0]["column"], long[0]["end_line"]) == (6, 1, 6)
    assert long[0]["end_column"] == len(LONG_FR)
    assert long[0]["text"] == LONG_FR
    assert long[0]["category"] == "readability" and long[0]["severity"] == "warning"
    assert doc["engines"]["grammar"].startswith("skipped")
    assert code == 0   # warnings do not fail at the default --fail-on error


def test_fail_on_and_min_score_gate(tmp_path):
    src = write(tmp_path / "c.md", f"---\nlang: fr\n---\n{LONG_FR}\n")
    assert check_json(src, extra=("--fail-on", "warning"))[0] == 1
    assert check_json(src, extra=("--min-score", "100"))[0] == 1
    assert check_json(src, extra=("--fail-on", "never"))[0] == 0


def test_json_is_byte_identical_across_runs(tmp_path):
    src = write(tmp_path / "c.md", f"# Titre\n\n{LONG_FR}\n")
    args = ("check", str(src), "--format", "json", "--grammar", "off")
    assert run_cli(*args).stdout == run_cli(*args).stdout


def test_folder_walk_with_include_and_exclude(tmp_path):
    write(tmp_path / "a.md", "# A\n\nLe texte est court.\n")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "b.txt", "Le texte est court.\n")
    write(tmp_path / "sub" / "skip.md", "Le texte est court.\n")
    write(tmp_path / "notes.csv", "a,b\n")
    code, data = check_json(tmp_path, extra=("--exclude", "skip.md", "--lang", "fr"))
    paths = [d["path"] for d in data["documents"]]
    assert [p.replace(str(tmp_path), "") for p in paths] == ["/a.md", "/sub/b.txt"]


def test_bad_files_are_reported_and_others_still_checked(tmp_path):
    write(tmp_path / "good.md", "# Titre\n\nLe maire ouvre le parc.\n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.docx").write_bytes(b"PK not really a zip")
    (tmp_path / "huge.txt").write_bytes(b"a" * 10_500_000)   # 10 MB of one line, over the default limit
    write(tmp_path / "bad.html", "<html><body><p>Unclosed <b>tags <div></p></span>text")
    code, data = check_json(tmp_path, extra=("--lang", "fr"))
    by_name = {d["path"].rsplit("/", 1)[1]: d for d in data["documents"]}
    assert rules_of(by_name["binary.txt"]) == ["input.undecodable"]
    assert rules_of(by_name["broken.docx"]) == ["input.broken-file"]
    assert rules_of(by_name["huge.txt"]) == ["input.too-large"]
    assert rules_of(by_name["empty.txt"]) == ["input.empty"]
    assert by_name["binary.txt"]["score"] == 0 and not by_name["binary.txt"]["passed"]
    assert by_name["good.md"]["passed"]
    assert code == 1


def test_one_huge_line_within_the_limit_is_checked(tmp_path):
    src = tmp_path / "line.txt"
    src.write_text("Le maire parle. " * 100_000, encoding="utf-8")   # 1.6 MB, one line
    code, data = check_json(src, extra=("--max-bytes", "10000000", "--lang", "fr"))
    assert data["documents"][0]["stats"]["sentences"] == 100_000


def test_latin1_file_checked_with_info(tmp_path):
    src = tmp_path / "latin.txt"
    src.write_bytes("Le préfet a décidé de fermer la route.".encode("latin-1"))
    code, data = check_json(src, extra=("--lang", "fr"))
    doc = data["documents"][0]
    assert "input.encoding" in rules_of(doc)
    assert doc["stats"]["words"] == 8 and code == 0


def test_missing_path_is_a_usage_error(tmp_path):
    result = run_cli("check", str(tmp_path / "nope.md"), "--grammar", "off")
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_unknown_config_key_names_key_and_file(tmp_path):
    write(tmp_path / "lisible.toml", 'profile = "general"\nfail_onn = "warning"\n')
    write(tmp_path / "a.md", "Le texte.\n")
    result = run_cli("check", str(tmp_path / "a.md"), "--grammar", "off")
    assert result.exit_code == 2
    assert "fail_onn" in result.stderr and "lisible.toml" in result.stderr


def test_config_found_upward_and_flags_override(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.lisible]\nfail_on = "warning"\nlanguage = "fr"\n')
    (tmp_path / "press").mkdir()
    src = write(tmp_path / "press" / "c.md", f"{LONG_FR}\n")
    code, data = check_json(src)
    assert code == 1 and data["documents"][0]["language_source"] == "config"
    assert check_json(src, extra=("--fail-on", "error"))[0] == 0


def test_init_writes_a_config_that_loads(tmp_path):
    target = tmp_path / "lisible.toml"
    assert run_cli("init", "-o", str(target)).exit_code == 0
    write(tmp_path / "a.md", "Le texte est court.\n")
    assert check_json(tmp_path / "a.md", extra=("--lang", "fr"))[0] == 0


def test_stdin_with_filename(tmp_path):
    result = run_cli("check", "-", "--stdin-filename", "note.md", "--format", "json",
                     "--grammar", "off", "--lang", "fr", input="# Titre\n\nLe **maire** parle.\n")
    data = json.loads(result.stdout)
    assert data["documents"][0]["path"] == "note.md" and data["documents"][0]["format"] == "markdown"


def test_grammar_required_without_server_exits_3_and_still_reports(tmp_path, monkeypatch):
    monkeypatch.delenv("LISIBLE_LANGUAGETOOL_URL", raising=False)
    src = write(tmp_path / "a.md", "Le texte est court.\n")
    result = run_cli("check", str(src), "--grammar", "required", "--format", "json",
                     "--languagetool-url", "http://127.0.0.1:9", "--lang", "fr")
    assert result.exit_code == 3
    assert json.loads(result.stdout)["documents"][0]["path"] == str(src)


def test_python_dash_m_checker_runs(tmp_path):
    src = write(tmp_path / "a.md", "Le texte est court.\n")
    proc = subprocess.run([sys.executable, "-m", "checker", "check", str(src), "--grammar", "off",
                           "--lang", "fr"], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr
    assert "a.md" in proc.stdout


EXAMPLES = {"communique-fr.md": "fr-FR", "press-release-en.md": "en-GB",
            "medienmitteilung-de.md": "de-CH", "nota-prensa-es.md": "es-ES",
            "comunicato-it.md": "it-IT", "avis-travaux-fr.html": "fr-FR"}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_examples_validate_and_pass(name):
    code, data = check_json(REPO / "examples" / name)
    doc = data["documents"][0]
    assert (doc["language"], doc["language_source"]) == (EXAMPLES[name], "declared")
    assert code == 0 and doc["passed"]


def test_a_fault_of_ours_on_one_file_is_reported_on_it_and_exits_3(tmp_path, monkeypatch):
    good = write(tmp_path / "good.md", "# Titre\n\nLe maire parle.\n")
    bad = write(tmp_path / "bad.md", "# Titre\n\nLe préfet parle.\n")
    from checker import engine
    real = engine.compute_readability

    def fails_on_the_prefect(stats, lang, profile=None):
        if any("préfet" in s.text for s in stats.sentences):
            raise RuntimeError("boom")
        return real(stats, lang, profile)
    monkeypatch.setattr(engine, "compute_readability", fails_on_the_prefect)
    code, data = check_json(good, bad, extra=("--lang", "fr"))
    by_name = {d["path"].rsplit("/", 1)[1]: d for d in data["documents"]}
    assert code == 3
    assert rules_of(by_name["bad.md"]) == ["lisible.internal-error"]
    assert "RuntimeError: boom" in by_name["bad.md"]["findings"][0]["message"]
    assert by_name["good.md"]["passed"] and by_name["good.md"]["stats"]["words"] == 4


def test_worker_processes_give_the_same_bytes_as_one_process(tmp_path):
    # Ten files: above the number from which the engine analyses in worker processes.
    for i in range(10):
        write(tmp_path / f"c{i}.md", f"# Avis {i}\n\n{LONG_FR}\n\nLe SECO publie {i} chiffres.\n")
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    args = ("check", str(tmp_path), "--format", "json", "--grammar", "off", "--lang", "fr")
    one = run_cli(*args, "--jobs", "1")
    many = run_cli(*args, "--jobs", "2")
    assert one.exit_code == many.exit_code == 1
    assert one.stdout == many.stdout
    assert len(json.loads(many.stdout)["documents"]) == 11

"""`lisible fix` and `check --fix`: safe and unsafe fixes, markup left alone, idempotence.

Every expected text below was written by hand from the rules' own descriptions (French typography:
no-break space before `:` and inside « », narrow no-break space before `; ! ?`; Swiss federal
French: none of these), not copied from the tool's output.
"""
from __future__ import annotations

import json
import os
import shutil
import stat

import pytest

from checker.findings import Finding
from checker.fix import Edit, apply_edits, fix_safety, plan, without_overlaps
from checker.sources import load_bytes
from helpers import REPO, check_json, run_cli

NBSP, NNBSP = "\u00a0", "\u202f"

FRENCH_MD = """---
lang: fr
title: "Le titre: test"
---

# Ouverture du parc

La commune ouvre le parc le 3 juin: c'est le le début de la saison!! Le programme "Ville propre" débute lundi; elle parle d'un «projet entier».

```
code: "ne pas toucher"!!
```

Un lien [vers la page: ici](https://exemple.fr/a:b) et du `code: x`.
"""

FRENCH_MD_FIXED = FRENCH_MD.replace(
    "3 juin: c'est le le début de la saison!! Le programme \"Ville propre\" débute lundi; "
    "elle parle d'un «projet entier».",
    f"3 juin{NBSP}: c'est le début de la saison{NNBSP}! Le programme «{NBSP}Ville propre{NBSP}» "
    f"débute lundi{NNBSP}; elle parle d'un «{NBSP}projet entier{NBSP}».").replace(
    "[vers la page: ici]", f"[vers la page{NBSP}: ici]")

PAGE = """<!DOCTYPE html>
<html lang="fr"><head><title>Avis</title></head>
<body>
<h1 title="Attention: travaux">Travaux: rue de la Gare</h1>
<p>Les travaux commencent le 3 mai: la rue sera fermée. <a href="x.html?a=1:2">Voir le plan: ici</a>. Un <b>mot</b>: fin&nbsp;: voilà!!</p>
<p><img src="a.png" alt="Plan: rue"> Le le chantier <code>x: y</code>.</p>
<script>var a = "b: c"!!;</script>
</body></html>
"""
# The attribute values, the <b>mot</b>: that spans markup, the entity, the code and the script
# stay as they are.
PAGE_FIXED = PAGE.replace(">Travaux: rue", f">Travaux{NBSP}: rue").replace(
    "3 mai: la", f"3 mai{NBSP}: la").replace("plan: ici", f"plan{NBSP}: ici").replace(
    "voilà!!", f"voilà{NNBSP}!").replace("Le le chantier", "Le chantier")


def fix(*args, input=None):
    return run_cli("fix", *map(str, args), input=input)


def test_french_markdown_safe_fixes_leave_front_matter_code_and_links_alone(tmp_path):
    path = tmp_path / "communique.md"
    path.write_text(FRENCH_MD, encoding="utf-8")
    result = fix(path)
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == FRENCH_MD_FIXED
    assert "9 fixed" in result.stderr     # 2 colons, 2 guillemets, 2 of ; !, "", !!, le le


def test_html_fixes_touch_text_only(tmp_path):
    path = tmp_path / "avis.html"
    path.write_text(PAGE, encoding="utf-8")
    assert fix(path).exit_code == 0
    assert path.read_text(encoding="utf-8") == PAGE_FIXED


def test_swiss_french_removes_the_spaces_france_adds(tmp_path):
    path = tmp_path / "ch.txt"
    path.write_text("Qui paiera la facture ? La commune ; le canton ensuite.\n\n"
                    "Le programme « Ville propre » débute lundi.\n", encoding="utf-8")
    assert fix(path, "--lang", "fr-CH").exit_code == 0
    assert path.read_text(encoding="utf-8") == (
        "Qui paiera la facture? La commune; le canton ensuite.\n\n"
        "Le programme «Ville propre» débute lundi.\n")


def test_english_doubled_word_repeated_punctuation_and_space(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text("The the council met on Monday!! Residents can book online .\n", encoding="utf-8")
    assert fix(path, "--lang", "en-GB").exit_code == 0
    assert path.read_text(encoding="utf-8") == "The council met on Monday! Residents can book online.\n"


def test_plain_language_substitutions_wait_for_unsafe_fixes(tmp_path):
    path = tmp_path / "en.txt"
    text = "We meet in order to plan the works for the bridge and the road.\n"
    path.write_text(text, encoding="utf-8")
    result = fix(path, "--lang", "en-GB")
    assert path.read_text(encoding="utf-8") == text
    assert "1 more with --unsafe-fixes" in result.stderr
    fix(path, "--lang", "en-GB", "--unsafe-fixes", "--grammar", "off")
    assert path.read_text(encoding="utf-8") == "We meet to plan the works for the bridge and the road.\n"


def test_diff_writes_nothing_and_exits_1_when_something_would_change(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text("The the council met.\n", encoding="utf-8")
    result = fix(path, "--diff", "--lang", "en")
    assert result.exit_code == 1
    assert path.read_text(encoding="utf-8") == "The the council met.\n"
    assert "-The the council met.\n+The council met.\n" in result.stdout
    assert f"--- a/{path}" in result.stdout
    fix(path, "--lang", "en")
    assert fix(path, "--diff", "--lang", "en").exit_code == 0


def test_stdin_is_fixed_to_stdout():
    result = fix("-", "--stdin-filename", "draft.txt", "--lang", "en", input="The the end!!\n")
    assert result.exit_code == 0
    assert result.stdout == "The end!\n"


def test_write_is_atomic_keeps_mode_bom_and_line_endings(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfThe the council met.\r\n\r\nIt was was late.\r\n")
    path.chmod(0o640)
    fix(path, "--lang", "en")
    assert path.read_bytes() == b"\xef\xbb\xbfThe council met.\r\n\r\nIt was late.\r\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["crlf.txt"]      # no temporary file left behind


def test_a_legacy_encoding_is_reported_not_rewritten(tmp_path):
    path = tmp_path / "latin1.txt"
    data = "Le le conseil a voté: c'est décidé.\n".encode("latin-1")
    path.write_bytes(data)
    result = fix(path, "--lang", "fr")
    assert path.read_bytes() == data
    assert "save it as UTF-8" in result.stderr


def test_a_folder_without_supported_files_is_a_usage_error(tmp_path):
    (tmp_path / "notes.rtf").write_text("x", encoding="utf-8")
    result = fix(tmp_path)
    assert result.exit_code == 2
    assert "no file to fix" in result.stderr


@pytest.mark.parametrize("name", ["communique-fr.md", "press-release-en.md", "avis-travaux-fr.html"])
def test_examples_fixed_have_none_of_the_fixed_findings_and_a_second_run_changes_nothing(tmp_path, name):
    path = tmp_path / name
    shutil.copy(REPO / "examples" / name, path)
    _, before = check_json(path)
    fixable = [f for f in before["documents"][0]["findings"] if f["suggestions"]]
    result = fix(path, "--unsafe-fixes", "--grammar", "off")
    assert result.exit_code == 0, result.output
    _, after = check_json(path)
    left = {(f["rule"], f["text"]) for f in after["documents"][0]["findings"]}
    for finding in fixable:
        assert (finding["rule"], finding["text"]) not in left
    once = path.read_bytes()
    fix(path, "--unsafe-fixes", "--grammar", "off")
    assert path.read_bytes() == once


def test_faulty_copy_of_the_french_example_is_fixed_once_and_for_all(tmp_path):
    text = (REPO / "examples" / "communique-fr.md").read_text(encoding="utf-8")
    faulty = text.replace("Lyon, le 12 mars 2026.", "Lyon, le 12 mars 2026 :").replace(
        "déviées par", "déviées par par")
    path = tmp_path / "communique-fr.md"
    path.write_text(faulty, encoding="utf-8")
    _, before = check_json(path)
    fixed_rules = {"common.doubled-word"}
    assert fixed_rules <= {f["rule"] for f in before["documents"][0]["findings"]}
    fix(path)
    assert "déviées par le pont" in path.read_text(encoding="utf-8")
    _, after = check_json(path)
    assert not fixed_rules & {f["rule"] for f in after["documents"][0]["findings"]}
    once = path.read_bytes()
    fix(path)
    assert path.read_bytes() == once


def test_check_fix_reports_what_is_left(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text("The the council met on Monday in order to vote.\n", encoding="utf-8")
    result = run_cli("check", str(path), "--fix", "--lang", "en", "--grammar", "off",
                     "--format", "json")
    assert path.read_text(encoding="utf-8") == "The council met on Monday in order to vote.\n"
    rules = [f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"]]
    assert "common.doubled-word" not in rules and "en.plain.in-order-to" in rules


# -- units ---------------------------------------------------------------------------------------

def test_safety_comes_from_the_rule():
    assert fix_safety("fr.typography.space-before-colon") == "safe"
    assert fix_safety("common.doubled-word") == "safe"
    assert fix_safety("fr.plain.administratif") == "unsafe"
    assert fix_safety("languagetool.MORFOLOGIK_RULE_EN_US") == "unsafe"
    assert fix_safety("readability.sentence-too-long") == "none"


def _finding(rule, doc, start, end, suggestion):
    span = doc.source_span(start, end)
    return Finding(rule, "grammar", "warning", "m", span, doc.source[start:end], (suggestion,))


def test_languagetool_suggestions_are_applied_only_as_unsafe():
    doc = load_bytes(b"We has a plan.\n", "t.txt")
    lt = _finding("languagetool.HAVE_PART_AGREEMENT", doc, 3, 6, "have")
    assert plan(doc, [lt], unsafe=False) == ([], 1)
    edits, _ = plan(doc, [lt], unsafe=True)
    assert apply_edits(doc.source, edits) == "We have a plan.\n"


def test_a_span_over_markup_or_an_entity_is_not_fixed():
    doc = load_bytes(b"<p>Un <b>mot</b>: fin&nbsp;: oui</p>", "t.html")
    word = doc.source.index("mot")
    over_markup = Finding("fr.typography.space-before-colon", "typography", "warning", "m",
                          doc.source_span(word, word + 9), "mot:", ("mot\u00a0:",))
    assert plan(doc, [over_markup], unsafe=True) == ([], 0)
    fin = doc.source.index("fin")
    entity = Finding("fr.typography.no-space-before-comma-period", "typography", "warning", "m",
                     doc.source_span(fin, fin + 10), "fin\u00a0:", ("fin:",))
    assert plan(doc, [entity], unsafe=True) == ([], 0)


def test_overlapping_edits_first_by_place_then_rule_id():
    edits = [Edit(4, 8, "b", "z.rule"), Edit(0, 5, "a", "y.rule"), Edit(4, 8, "c", "a.rule"),
             Edit(8, 9, "d", "x.rule")]
    assert without_overlaps(edits) == [Edit(0, 5, "a", "y.rule"), Edit(8, 9, "d", "x.rule")]
    assert without_overlaps(edits[::-1]) == without_overlaps(edits)
    assert without_overlaps([Edit(4, 8, "b", "z.rule"), Edit(4, 8, "c", "a.rule")]) == \
        [Edit(4, 8, "c", "a.rule")]


def test_pack_rejects_an_unknown_fix_safety(tmp_path):
    from checker.rules.loader import load_pack_file
    from checker.rules.model import PackError
    pack = tmp_path / "house.yaml"
    pack.write_text("""rules:
  - id: house.x
    kind: existence
    fix: maybe
    category: style
    severity: info
    patterns: ['x']
    message: m
    rationale: r
    source: https://example.org
    examples: {trigger: [x], pass: [y]}
""", encoding="utf-8")
    with pytest.raises(PackError, match="fix"):
        load_pack_file(pack)



def test_check_of_a_folder_without_supported_files_exits_2_with_the_reason(tmp_path):
    (tmp_path / "notes.rtf").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    result = run_cli("check", str(tmp_path), "--grammar", "off")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"lisible: error: nothing to check in {tmp_path}: no supported file")
    assert "--include" in result.stderr


def test_empty_stdin_is_an_input_finding_that_fails_under_fail_on_warning():
    result = run_cli("check", "-", "--grammar", "off", "--format", "json", "--fail-on", "warning",
                     input="")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)["documents"][0]
    assert [f["rule"] for f in doc["findings"]] == ["input.empty"]
    assert doc["score"] == 0 and not doc["passed"]

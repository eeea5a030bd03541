"""Adding a language is one registry entry plus its data: a toy language, registered in one place,
goes through `lisible check` end to end (issue 15).

"Toy" (private-use code qtk, region QM) is made up for this test: every vowel letter is one
syllable, "Tov." is a title before a name, readers are measured with LIX, and its rule pack forbids
the word "zork". Nothing else in lisible is told about it. (A real language is a folder in
checker/languages/ named in BUILTIN, so worker processes see it too; registering at run time, as
here, reaches the process that does it.)
"""
from __future__ import annotations

import pytest

from checker import languages
from checker.languages.model import (Abbreviations, Interface, Language, LanguageTool, Numbers,
                                     Readability, Sentences, Targets, cues, words)
from helpers import check_json

TOY_PACK = """rules:
  - id: toy.no-zork
    kind: existence
    category: style
    severity: warning
    patterns: ['\\bzork\\b']
    message: "“{match}”: say it plainly."
    rationale: Toy readers do not know the word.
    source: https://example.org/toy-style-guide
    examples:
      trigger: ["Rix zork tek."]
      pass: ["Rix tek mip."]
"""

# Two sentences, counted by hand: "Rix tek mip lorava kaz nox sulimo." has 7 words of
# 1+1+1+3+1+1+3 = 11 syllables; "Tov. Ralo pov zet vuk tamareni lom suv zork." has 9 words of
# 1+2+1+1+1+4+1+1+1 = 13 (Tov. is a title, so it does not end a sentence). 16 words, 24 syllables;
# one word over six letters (tamareni): LIX = 16/2 + 100 * 1/16 = 14.25.
TEXT = "Rix tek mip lorava kaz nox sulimo. Tov. Ralo pov zet vuk tamareni lom suv zork.\n"


def _toy(pack_dir) -> Language:
    return Language(
        code="qtk", name="Toy", default_region="QM", regions=("QM",),
        function_words=words("rix tek mip kaz nox pov zet vuk lom suv"),
        letter_cues=cues("x_ 1 _k 1 v_ 1"),
        syllables=lambda word: max(1, sum(ch in "aeiou" for ch in word)),
        syllables_source="one per vowel letter (toy)",
        sentences=Sentences(closers="\"')]", abbreviations=Abbreviations(titles=words("tov"))),
        readability=Readability(formulas=("lix",),
                                targets=Targets(general=(40, 8), easy_read=(30, 6),
                                                expert=(50, 12))),
        languagetool=LanguageTool(module="qtk", variants=frozenset(), default="qtk"),
        numbers=Numbers(decimal_comma=False),
        interface=Interface(),
        packs=(pack_dir,),
    )


@pytest.fixture
def toy(tmp_path):
    pack_dir = tmp_path / "toy"
    pack_dir.mkdir()
    (pack_dir / "style.yaml").write_text(TOY_PACK, encoding="utf-8")
    language = _toy(pack_dir)
    languages.register(language)          # the one place
    yield language
    languages.unregister(language.code)


def test_a_toy_language_runs_end_to_end(toy, tmp_path):
    release = tmp_path / "release.md"
    release.write_text("---\nlang: qtk\n---\n\n" + TEXT, encoding="utf-8")
    code, data = check_json(release)
    doc = data["documents"][0]
    assert (doc["language"], doc["language_source"]) == ("qtk-QM", "declared")   # default region
    stats = doc["stats"]
    assert (stats["words"], stats["syllables"], stats["sentences"]) == (16, 24, 2)
    readability = doc["readability"]
    assert readability["primary"] == "lix" and readability["target"] == {"lix": 40}
    assert readability["scores"]["lix"] == pytest.approx(14.2, abs=0.06)
    assert readability["sentence_words"] == [7, 9] and readability["max_sentence_words"] == 8
    rules = [f["rule"] for f in doc["findings"]]
    assert "toy.no-zork" in rules                          # its pack applies
    assert "readability.sentence-too-long" in rules        # 9 words over its limit of 8
    assert "readability.unsupported-language" not in rules


def test_a_toy_text_is_detected_by_its_function_words(toy, tmp_path):
    release = tmp_path / "release.txt"
    release.write_text(TEXT, encoding="utf-8")
    _, data = check_json(release)
    assert data["documents"][0]["language"] == "qtk-QM"
    assert data["documents"][0]["language_source"] == "detected"


def test_without_the_entry_the_same_text_is_not_toy(tmp_path):
    release = tmp_path / "release.md"
    release.write_text("---\nlang: qtk\n---\n\n" + TEXT, encoding="utf-8")
    _, data = check_json(release)
    doc = data["documents"][0]
    assert doc["language"] != "qtk-QM"
    assert "toy.no-zork" not in [f["rule"] for f in doc["findings"]]

"""Long sentences: every one is marked, the longest is the text's one warning about length, the
others are notes (issue 12's product decision, README "Readability"). Word counts by hand."""
from __future__ import annotations

from helpers import check_json

# 27 words.
FIRST = ("The council, which met on Monday evening in the old library, decided after a long debate "
         "to keep the public swimming pool open until nine every night.")
# 31 words.
SECOND = ("Residents who live near the pool asked the council to plant trees along the fence, to move "
          "the car park further away and to close the kiosk before ten at night.")
SHORT = "The pool opens in May."
# 26 words.
THIRD = ("The mayor said that the town would pay for the new lights, the benches and the cleaning "
         "from its own budget for the next two years.")


def long_sentences(tmp_path, text, extra=(), config=None):
    src = tmp_path / "notice.md"
    src.write_text(text, encoding="utf-8")
    if config:
        (tmp_path / "lisible.toml").write_text(config, encoding="utf-8")
    _code, data = check_json(src, extra=("--lang", "en", "--grammar", "off", *extra))
    return [f for f in data["documents"][0]["findings"] if f["rule"] == "readability.sentence-too-long"]


def test_the_longest_is_the_warning_the_others_notes(tmp_path):
    found = long_sentences(tmp_path, f"{FIRST} {SECOND}\n\n{SHORT} {THIRD}\n")
    assert [(f["text"], f["severity"]) for f in found] == [
        (FIRST, "info"), (SECOND, "warning"), (THIRD, "info")]
    warning = found[1]
    assert "31 words" in warning["message"] and "longest of 3" in warning["message"]
    assert found[0]["message"] == "Sentence of 27 words (limit: 25). Split it into shorter sentences."


def test_one_long_sentence_is_a_warning_with_the_plain_message(tmp_path):
    (found,) = long_sentences(tmp_path, f"{SHORT} {FIRST}\n")
    assert found["severity"] == "warning"
    assert found["message"] == "Sentence of 27 words (limit: 25). Split it into shorter sentences."


def test_equal_lengths_the_first_is_the_warning(tmp_path):
    found = long_sentences(tmp_path, f"{FIRST}\n\n{FIRST}\n")
    assert [f["severity"] for f in found] == ["warning", "info"]


def test_config_brings_back_one_warning_per_sentence(tmp_path):
    config = '[severity]\n"readability.sentence-too-long" = "warning"\n'
    found = long_sentences(tmp_path, f"{FIRST} {SECOND}\n\n{THIRD}\n", config=config)
    assert [f["severity"] for f in found] == ["warning", "warning", "warning"]


def test_a_sentence_at_the_limit_is_not_long(tmp_path):
    # 25 words exactly: the limit is the most a sentence may have.
    at_limit = ("The council met on Monday evening in the old library and decided after a long debate "
                "to keep the public swimming pool open at night.")
    assert long_sentences(tmp_path, f"{at_limit}\n") == []

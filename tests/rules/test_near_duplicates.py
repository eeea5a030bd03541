"""Clause-level near-duplicates (`common.repeated-sentence`, rules/near_duplicates.py) on texts
written for these tests; the places and counts below were worked out by hand from the texts."""
from __future__ import annotations

import pytest

from checker.rules.loader import builtin_rules
from checker.rules.near_duplicates import Content, content_of, repeats
from checker.text.words import words
from rules_helpers import check_text

RULE = next(r for r in builtin_rules() if r.id == "common.repeated-sentence")


def repeated(text: str, language: str = "en-GB"):
    return [f for f in check_text(text, language, [RULE]) if f.rule == RULE.id]


def content(*terms: str, figures: tuple[str, ...] = ()) -> Content:
    return Content(frozenset(terms), frozenset(figures))


# -- the test on two contents, terms written by hand -----------------------------------------

def test_one_term_may_be_missing_from_seven_but_none_from_six():
    seven = content("a", "b", "c", "d", "e", "f", "g")
    six_of_them_and_one_more = content("a", "b", "c", "d", "e", "f", "x")
    assert repeats(six_of_them_and_one_more, seven, 0.8, 5)        # 6/7 shared, 1 miss allowed
    six = content("a", "b", "c", "d", "e", "f")
    five_of_them = content("a", "b", "c", "d", "e", "y")
    assert not repeats(five_of_them, six, 0.8, 5)                   # 5/6 shared, no miss allowed


def test_an_added_clause_costs_nothing_but_a_sentence_three_times_longer_does():
    earlier = content("a", "b", "c", "d", "e")
    with_a_clause = content("a", "b", "c", "d", "e", "p", "q", "r")         # 5 of 8 shared
    assert repeats(with_a_clause, earlier, 0.8, 5)
    much_longer = content("a", "b", "c", "d", "e", *"pqrstuvwxyz")           # 5 of 16 shared
    assert not repeats(much_longer, earlier, 0.8, 5)


def test_figures_of_the_contained_side_must_all_be_in_the_other():
    earlier = content("a", "b", "c", "d", figures=("2023", "3"))
    assert repeats(content("a", "b", "c", "d", "e", figures=("2023", "3", "4")), earlier, 0.8, 5)
    assert not repeats(content("a", "b", "c", "d", figures=("2024", "5")), earlier, 0.8, 5)


def test_too_little_content_is_never_a_repeat():
    four = content("a", "b", "c", "d")
    assert not repeats(four, four, 0.8, 5)


def test_content_leaves_function_words_and_elided_articles_out_and_folds_forms():
    # "Le", "de", "la", "à", "le" are French function words; "l'" goes with the noun it leans on.
    found = content_of(words("Le pont de la ville ouvrira à l'automne.", "fr"), "fr")
    assert len(found.terms) == 4            # pont, ville, ouvrira, automne
    assert content_of(words("ouvert ouverte ouverts", "fr"), "fr").terms == \
        content_of(words("ouvert", "fr"), "fr").terms
    assert content_of(words("3 150 personnes", "fr"), "fr").figures == {"3150"}


# -- the rule on whole texts ----------------------------------------------------------------

def test_a_sentence_repeated_behind_an_added_clause_is_one_finding_at_the_later_place():
    text = ("The new footbridge over the canal opens to walkers on 4 May.\n\n"
            "Dogs must be kept on a lead.\n\n"
            "As the council said on Monday, the new footbridge over the canal opens to walkers "
            "on 4 May.\n")
    found = repeated(text)
    assert len(found) == 1
    assert (found[0].span.line, found[0].span.column) == (5, 1)
    assert found[0].text.startswith("As the council said")
    assert found[0].message == \
        "This repeats what “The new footbridge over the canal…” (line 1) already says."
    assert found[0].category == "style"


def test_a_reordered_repeat_is_found():
    text = ("Road works on Station Street will close the old town to cars until 30 June. "
            "Buses stop at the market. "
            "Until 30 June, the old town is closed to cars because of road works on Station Street.")
    found = repeated(text)
    assert [f.text for f in found] == [
        "Until 30 June, the old town is closed to cars because of road works on Station Street."]


def test_a_shortened_repeat_is_found():
    text = ("The museum shows drawings, maps and letters of the engineer who built the tunnel. "
            "Entry is free on Sundays. "
            "The museum shows the engineer's drawings and letters.")
    assert [f.text for f in repeated(text)] == ["The museum shows the engineer's drawings and letters."]


@pytest.mark.parametrize("text", [
    # Other figures: another fact, not a repeat.
    "Exports of cheese rose by 3 % in 2023. Exports of cheese rose by 5 % in 2024.",
    # A list of parallel sentences: other names in the same frame.
    "The canton of Uri receives a grant for its libraries. "
    "The canton of Jura receives a grant for its libraries.",
    # Set phrases repeated on purpose are too short to count.
    "Contact: press office.\n\nPhotos: press office.\n\nContact: press office.",
    # A title restated by the first paragraph: that is what a title is for.
    "# Night trains return to the northern line\n\n"
    "From 12 December, night trains return to the northern line every weekend.",
    # A headline without a stop, written as a paragraph, restated by the lead.
    "Night trains return to the northern line from 12 December every weekend\n\n"
    "From 12 December, night trains return to the northern line every weekend.",
])
def test_no_finding(text):
    assert repeated(text) == []


def test_a_paragraph_repeated_with_its_sentences_cut_differently_is_one_finding():
    first = ("The library moves to the old post office in March. "
             "Its reading room will have forty seats and a children's corner.")
    later = ("In March the library moves to the old post office, where its reading room will "
             "have a children's corner and forty seats. Opening hours stay the same.")
    text = f"{first}\n\nWe thank the volunteers.\n\n{later}"
    found = repeated(text)
    assert len(found) == 1
    assert (found[0].span.line, found[0].span.column) == (5, 1)
    assert found[0].text == later


@pytest.mark.parametrize("language, text, later_line", [
    ("fr-FR", "La nouvelle passerelle sur le canal ouvrira aux piétons le 4 mai.\n\n"
              "Les chiens doivent être tenus en laisse.\n\n"
              "Comme l'a indiqué la commune lundi, la nouvelle passerelle sur le canal ouvrira "
              "aux piétons le 4 mai.", 5),
    ("de-CH", "Der neue Steg über den Kanal wird am 4. Mai für Fussgänger geöffnet.\n\n"
              "Hunde sind an der Leine zu führen.\n\n"
              "Wie die Gemeinde am Montag mitteilte, wird der neue Steg über den Kanal am 4. Mai "
              "für Fussgänger geöffnet.", 5),
    ("es-ES", "La nueva pasarela sobre el canal abrirá a los peatones el 4 de mayo.\n\n"
              "Los perros deben ir atados.\n\n"
              "Como anunció el ayuntamiento el lunes, la nueva pasarela sobre el canal abrirá a "
              "los peatones el 4 de mayo.", 5),
    ("it-IT", "La nuova passerella sul canale sarà aperta ai pedoni il 4 maggio.\n\n"
              "I cani devono essere tenuti al guinzaglio.\n\n"
              "Come ha annunciato lunedì il comune, la nuova passerella sul canale sarà aperta "
              "ai pedoni il 4 maggio.", 5),
])
def test_each_language_finds_the_repeat_and_not_a_changed_date(language, text, later_line):
    found = repeated(text, language)
    assert [f.span.line for f in found] == [later_line]
    # The same text with the later date changed (4 -> 14) is another fact.
    head, _, tail = text.rpartition(" 4 ")
    assert repeated(f"{head} 14 {tail}", language) == []


def test_messages_speak_the_documents_language():
    text = ("Le nouveau pont sur le Rhône ouvrira à la circulation le 4 mai. Les billets sont "
            "gratuits. Comme l'a annoncé le conseil lundi, le nouveau pont sur le Rhône ouvrira "
            "à la circulation le 4 mai.")
    assert repeated(text, "fr-FR")[0].message == \
        "Ce passage répète ce que dit déjà « Le nouveau pont sur le Rhône… » (ligne 1)."


def test_stems_are_snowballs():
    # Snowball's English and French stemmers, as their sites show the algorithms' steps:
    # "connection", "connected", "connecting" -> "connect"; "continuellement" -> "continuel".
    from checker.rules.near_duplicates import _stem
    assert {_stem(w, "en") for w in ("connection", "connected", "connecting")} == {"connect"}
    assert _stem("continuellement", "fr") == "continuel"


def test_a_paragraphs_content_is_that_of_all_its_words():
    from checker.rules.near_duplicates import joined
    first = words("Exports rose by 3 % in 2023.", "en")
    second = words("The council's exports rose again.", "en", 30)
    together = joined([content_of(first, "en"), content_of(second, "en")])
    assert together == content_of(first + second, "en")
    assert together.figures == {"3", "2023"}
    assert len(together.words) == 11


def test_a_token_too_long_to_be_a_word_is_kept_whole_not_stemmed(monkeypatch):
    """"A. A. A. ..." is one abbreviation token for the tokenizer: the pure-Python Snowball took
    15 s on a 300,000-character one. No word is that long."""
    import checker.rules.near_duplicates as near
    assert near._stem("studies", "en") == "studi"            # Snowball's English stem
    long_word = "a. " * 40 + "studies"                       # 127 characters, over MAX_STEMMED
    monkeypatch.setattr(near, "_stemmer", lambda lang: pytest.fail("handed to Snowball"))
    assert near._stem(long_word, "en") == long_word

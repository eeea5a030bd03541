"""What an unknown word's form says (checker.grammar.word_forms), on words and sentences we wrote;
then end to end through a real LanguageTool server: variants, prefixes, codes, quoted terms and
amount units quiet, slips still warn."""
from __future__ import annotations

import pytest

from checker.config import Settings
from checker.document import Document, make_block
from checker.engine import check_documents
from checker.grammar.names import is_abbreviation
from checker.grammar.word_forms import (american, form_evidence, is_abbreviation_in_place,
                                        prefixed_word, quoted_term, regional_spelling)


@pytest.mark.parametrize("british, us", [
    # Oxford Guide to Style, 3.2: -ise/-isation, -our, -re, -ogue, -amme, -ll-, judgement, defence
    ("emphasises", "emphasizes"), ("naturalisations", "naturalizations"),
    ("organisational", "organizational"), ("tranquillisers", "tranquilizers"),
    ("labourers", "laborers"), ("neighbourhood", "neighborhood"), ("behavioural", "behavioral"),
    ("centre", "center"), ("litres", "liters"), ("centred", "centered"), ("analysed", "analyzed"),
    ("catalogue", "catalog"), ("programmes", "programs"), ("travelled", "traveled"),
    ("judgement", "judgment"), ("defence", "defense"), ("licences", "licenses"),
    ("paediatric", "pediatric"), ("manoeuvre", "maneuver"), ("grey", "gray"),
])
def test_american_form_of_a_british_spelling(british, us):
    assert american(british) == us


@pytest.mark.parametrize("word", ["four", "hour", "are", "world", "sentense", "untill", "recieve"])
def test_words_with_no_british_ending_are_left_alone(word):
    assert american(word) == word


def test_regional_spelling_needs_the_suggestion_to_be_the_other_form():
    assert regional_spelling("emphasises", ("emphases", "emphasizes"))
    assert regional_spelling("judgement", ("judgment",))
    assert regional_spelling("theatre", ("theater",), "Possible spelling mistake. ‘theatre’ is British English.")
    assert regional_spelling("Aussenminister", ("Außenminister",))            # Swiss ss for ß
    # A slip whose suggestion is not the other region's form of it.
    assert not regional_spelling("emphasiss", ("emphasis",))
    assert not regional_spelling("wourld", ("world",))
    assert not regional_spelling("untill", ("until",))
    assert not regional_spelling("Regirung", ("Regierung",))


@pytest.mark.parametrize("token, suggestions, expected", [
    ("co-presiedono", ("presiedono",), True),          # hyphenated prefix: the word without it
    ("neocostituita", ("neo costituita",), True),      # split after the prefix
    ("bidireccionalidad", ("bi direccionalidad",), True),
    ("ecosistemiche", ("eco sistemiche", "ecosistemi che"), True),
    ("Laurenten", ("Lau renten",), False),             # "Lau" is no prefix
    ("copresiedono", ("presiedono",), False),          # a two-letter prefix needs its hyphen
    ("co-presiedono", ("copresiede",), False),         # another word suggested
])
def test_prefixed_word(token, suggestions, expected):
    assert prefixed_word(token, suggestions) is expected


def test_quoted_term_of_three_words_or_fewer():
    text = "Erwähnt seien 13 sogenannte «Tunjos», Figuren aus Gold, und «follow the money»."
    assert quoted_term(text, text.index("Tunjos"), text.index("Tunjos") + 6)
    assert quoted_term(text, text.index("follow"), text.index("follow") + 6)
    text = "Die Schwerpunkte «Neue Materialen und digitale Technologien» bleiben."
    assert not quoted_term(text, text.index("Materialen"), text.index("Materialen") + 10)
    text = "Die Materialen bleiben."
    assert not quoted_term(text, 4, 14)


def test_letters_and_digits_make_a_code():
    text = "Die Genschere CRISPR/Cas9 und das Modell 350i."
    assert "letters-and-digits" in form_evidence("Cas9", ("Case",), text, text.index("Cas9"))
    assert "letters-and-digits" in form_evidence("350i", (), text, text.index("350i"))
    assert "letters-and-digits" not in form_evidence("Modell", (), text, text.index("Modell"))


@pytest.mark.parametrize("text, token, lang, expected", [
    ("Le budget baisse de 100 mio CHF en 2025.", "mio", "fr", True),
    ("Il credito di 3,5 mia franchi.", "mia", "it", True),
    ("Un sostegno risp. una partecipazione.", "risp", "it", True),        # Italian abbreviation list
    ("Il libro è mio, non tuo.", "mio", "it", False),                     # no number: a word
    ("Le mio est faux ici.", "mio", "fr", False),
])
def test_abbreviation_in_place(text, token, lang, expected):
    assert is_abbreviation_in_place(token, text, text.index(token), lang) is expected


def test_capitals_across_two_words_are_no_abbreviation():
    # gec3: FR_COMPOUNDS_PAYS_BAS flags "Pays Bas"; two capitals in two words are no BAZG.
    assert not is_abbreviation("Pays Bas")
    assert not is_abbreviation("Bosnie Herzégovine")
    assert is_abbreviation("OPCON-Anteil")


# --- end to end, real LanguageTool -----------------------------------------------------------

def _spelling(lt_url, text, tag):
    doc = Document(path="release.txt", format="text", source=text)
    doc.blocks.append(make_block("paragraph", [(text, 0)]))
    settings = Settings(grammar="required", languagetool={"url": lt_url}, cache=False, language=tag)
    [result] = check_documents([doc], settings).documents
    return {f.text: f for f in result.findings if f.category == "spelling"}


@pytest.mark.languagetool
def test_british_spelling_checked_as_american_is_a_note_a_slip_warns(lt_url):
    # One British form only: too little for checker.regions to call the text en-GB.
    found = _spelling(lt_url, "The council emphasises the plan. The goverment will vote soon.", "en-US")
    assert (found["emphasises"].severity, found["emphasises"].needs_review) == ("info", True)
    assert found["goverment"].severity == "warning"


@pytest.mark.languagetool
def test_prefix_code_quote_and_amount_unit_are_quiet_a_slip_warns(lt_url):
    found = _spelling(lt_url, "Le forum est co-présidé par la Suisse. Le budget baisse de 100 mio CHF. "
                              "La protéine Cas9 coupe l'ADN. Le gouvernment a voté.", "fr-CH")
    assert "mio" not in found                                   # an abbreviation: dropped
    for word in ("co-présidé", "Cas9"):
        if word in found:
            assert (found[word].severity, found[word].needs_review) == ("info", True), word
    assert found["gouvernment"].severity == "warning"


@pytest.mark.languagetool
def test_a_compound_rule_over_two_words_is_kept(lt_url):
    # FR_COMPOUNDS_PAYS_BAS: "Pays-Bas" is written with a hyphen; the match spans two words.
    found = _spelling(lt_url, "La ministre se rend aux Pays Bas en mai.", "fr-FR")
    assert found["Pays Bas"].severity == "warning"
    assert "Pays-Bas" in found["Pays Bas"].suggestions


def test_a_suggestion_inside_the_token_is_no_sign_of_a_slip():
    from collections import Counter
    from checker.grammar.names import spelled_elsewhere
    # "Cas" is counted as a word of "Cas9" itself: not the writer spelling the suggestion elsewhere.
    assert not spelled_elsewhere(("Cas 9", "Cas"), Counter(Cas=1), "Cas9")
    assert spelled_elsewhere(("Council",), Counter(Council=1), "Coucnil")


def test_a_word_cut_before_a_conjunction_is_a_suspended_compound():
    text = "Richterinnen werden aus- und weitergebildet, datenschutz- und vertragswidrig gespeichert."
    assert "suspended-hyphen" in form_evidence("aus-", ("aus",), text, text.index("aus-"))
    assert "suspended-hyphen" in form_evidence("datenschutz-", ("Datenschutz-",), text, text.index("datenschutz-"))
    text = "Das ist ein aus- gefallener Fall."       # no conjunction after it
    assert "suspended-hyphen" not in form_evidence("aus-", ("aus",), text, text.index("aus-"))


def _phrase(text, suggestions):
    from checker.findings import Finding, Span
    from checker.grammar.names import phrase_review
    finding = Finding("languagetool.X", "spelling", "warning", "m", Span(1, 1, 1, len(text)), text=text,
                      suggestions=tuple(suggestions), source="languagetool")
    weighed = phrase_review(finding)
    return None if weighed is None else (weighed.severity, weighed.needs_review)


@pytest.mark.parametrize("text, suggestions, expected", [
    # joining known words: the compound rules keep their warning
    ("Pays Bas", ["Pays-Bas"], ("warning", False)),
    ("Katz- und Maus-Spiel", ["Katz-und-Maus-Spiel"], ("warning", False)),
    ("net zero", ["net-zero"], ("warning", False)),
    # a person's name near another person's name LanguageTool knows
    ("Christine Muster", ["Christine Mustermann"], ("info", True)),
    # a prefix on a known word inside the phrase
    ("Anna Muster co-presiede", ["Anna Musterco-presiede", "Anna Muster presiede"], ("info", True)),
    # abbreviations re-spaced: dropped like BAZG
    ("NAP IK", ["NA PIK"], None),
])
def test_spelling_match_over_several_words(text, suggestions, expected):
    assert _phrase(text, suggestions) == expected

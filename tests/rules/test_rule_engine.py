"""Behaviour of the rule kinds and the analyzer, on small texts whose expected findings are
worked out by hand (positions counted on the text as written here)."""
from __future__ import annotations

from types import SimpleNamespace

from checker.config import Settings
from checker.rules import region_for
from checker.rules.loader import builtin_rules, find_rule
from rules_helpers import check_text, context, plain_document


def only(rule_id, findings):
    return [f for f in findings if f.rule == rule_id]


def rule(rule_id):
    return [find_rule(rule_id)]


def test_substitution_keeps_the_case_of_the_text():
    findings = check_text("Utilize the form. Then UTILIZE it again.", "en-US", rule("en.plain.words"))
    assert [(f.text, f.suggestions) for f in findings] == [
        ("Utilize", ("Use",)), ("UTILIZE", ("USE",))]


def test_case_rules_for_lower_case_terms():
    # lower case, sentence start and Title Case match; a capital inside a word does not.
    text = "In Order To Apply\n\nWe met in order to talk. IN ORDER TO help. in oRDER to go."
    found = check_text(text, "en-US", rule("en.plain.in-order-to"))
    assert [f.text for f in found] == ["In Order To", "in order to", "IN ORDER TO"]


def test_a_capitalised_term_keeps_its_replacement_as_written():
    # German nouns are capitalised anywhere: the replacement is not re-cased by position.
    findings = check_text("Bitte ein Lichtbild beilegen.", "de-DE", rule("de.plain.amtsdeutsch"))
    assert [(f.text, f.suggestions) for f in findings] == [("Lichtbild", ("Foto",))]


def test_terms_match_whole_words_only():
    assert not check_text("The commencement was moving.", "en-US", rule("en.plain.words"))
    assert not check_text("Les susmentionnéesX sont là.", "fr-FR", rule("fr.plain.administratif"))


def test_rules_never_fire_inside_urls_email_code_or_quoted_titles():
    text = ("See https://example.org/utilize-now and write to utilize@example.org. "
            "Run `utilize` in the shell. The report “Utilize Your Rights” is out.")
    assert not check_text(text, "en-US", rule("en.plain.words"))
    # A quotation with sentence punctuation is someone's words, not a title: it is checked.
    said = "She said: “We will utilize every tool we have.”"
    assert [f.text for f in check_text(said, "en-US", rule("en.plain.words"))] == ["utilize"]


def test_colon_in_url_and_time_is_not_typography():
    text = "Voir https://exemple.fr/page?id=3 à 14:30 demain."
    assert not check_text(text, "fr-FR", rule("fr.typography.space-before-colon"))
    assert not check_text(text, "fr-FR", rule("fr.typography.space-before-high-punctuation"))


def test_positions_are_line_and_column_of_the_source():
    text = "Titre\n\nLe projet avance.\nLa ville procède à la pose\ndes rails.\n"
    findings = check_text(text, "fr-FR", rule("fr.plain.administratif"))
    # "procède à" starts at line 4, column 10 ("La ville " is 9 characters) and ends at 18.
    assert [(f.span.line, f.span.column, f.span.end_line, f.span.end_column, f.text)
            for f in findings] == [(4, 10, 4, 18, "procède à")]


def test_default_regions_and_swiss_french():
    assert region_for("fr") == ("fr", "FR")
    assert region_for("fr-ch") == ("fr", "CH")
    assert region_for("de") == ("de", "DE")
    text = "Le chantier débute lundi; il dure trois mois: la route reste ouverte."
    assert only("fr.typography.space-before-high-punctuation", check_text(text, "fr"))
    assert not [f for f in check_text(text, "fr-CH") if "space-before" in f.rule]


def test_eszett_only_in_swiss_german():
    assert not only("de.typography.eszett-ch", check_text("Die Straße ist zu.", "de"))
    found = only("de.typography.eszett-ch", check_text("Die Straße ist zu.", "de-CH"))
    assert [(f.text, f.suggestions) for f in found] == [("Straße", ("Strasse",))]


def test_acronym_defined_after_first_use_is_flagged_at_first_use():
    text = "The FSO counts firms.\n\nThe Federal Statistical Office (FSO) counted 800."
    found = only("common.acronym-undefined", check_text(text, "en-US"))
    assert [(f.text, f.span.line, f.span.column) for f in found] == [("FSO", 1, 5)]


def test_acronym_in_a_heading_is_fine_when_the_text_expands_it():
    text = "FSO survey\n\nThe Federal Statistical Office (FSO) counted 800 firms."
    assert not only("common.acronym-undefined", check_text(text, "en-US"))


def test_acronym_expanded_by_html_abbr_or_known_or_accepted_is_not_flagged():
    text = "The NCSC and the EU published a warning."
    assert [f.text for f in only("common.acronym-undefined", check_text(text, "en-US"))] == ["NCSC"]
    shared = {"abbr_expansions": {"NCSC": "National Cyber Security Centre"}}
    assert not only("common.acronym-undefined", check_text(text, "en-US", shared=shared))
    settings = Settings(vocabulary_accept=("NCSC",))
    assert not only("common.acronym-undefined", check_text(text, "en-US", settings=settings))


def test_shouting_is_one_finding_not_also_undefined_acronyms():
    found = check_text("Entry is FREE FOR ALL residents.", "en-US")
    assert [(f.rule, f.text) for f in found if f.rule.startswith("common.")] == [
        ("common.shouting", "FREE FOR ALL")]


def test_doubled_word_and_repeated_sentence():
    text = "The park opens on Monday for everyone.\n\nIt is is free.\n\nThe park opens on Monday for everyone."
    found = check_text(text, "en-US")
    assert [(f.rule, f.span.line) for f in found if f.rule.startswith("common.")] == [
        ("common.doubled-word", 3), ("common.repeated-sentence", 5)]
    assert only("common.repeated-sentence", found)[0].message == \
        "This repeats what “The park opens on Monday for…” (line 1) already says."


def test_consistency_flags_the_second_spelling():
    text = "Write an e-mail to us. We answer every email within a day."
    found = only("en.style.consistent-spelling", check_text(text, "en-US"))
    assert [(f.text, f.suggestions) for f in found] == [("email", ("e-mail",))]


def test_profile_can_raise_passive_to_warning():
    text = "The budget was approved."
    assert only("en.style.passive-voice", check_text(text, "en-US"))[0].severity == "info"
    easy = SimpleNamespace(name="easy-read", passive_severity="warning")
    assert only("en.style.passive-voice", check_text(text, "en-US", profile=easy))[0].severity == "warning"


def test_vocabulary_reject_adds_a_rule_and_accept_silences_a_term():
    settings = Settings(vocabulary_reject=("stakeholders",))
    found = only("vocabulary.reject", check_text("We met the stakeholders.", "en-US", settings=settings))
    assert [f.text for f in found] == ["stakeholders"]
    settings = Settings(vocabulary_accept=("utilize",))
    assert not only("en.plain.words", check_text("We utilize it.", "en-US", settings=settings))


def test_a_block_in_another_language_gets_that_languages_rules():
    from checker.rules import run_rules
    doc = plain_document("Afin de voir.\n\nWe commence today.", "fr-FR")
    doc.blocks[1].language = "en-GB"
    ctx = context(doc, "fr-FR")
    found = run_rules(doc, ctx, builtin_rules())
    assert {(f.rule, f.text) for f in found if ".plain." in f.rule} == {
        ("fr.plain.administratif", "Afin de"), ("en.plain.words", "commence")}


def test_messages_follow_the_document_language():
    found = check_text("Le SECO publie.", "fr-FR", rule("common.acronym-undefined"))
    assert found[0].message.startswith("Développez « SECO »")
    found = check_text("Das SECO publiziert.", "de-CH", rule("common.acronym-undefined"))
    assert found[0].message.startswith("Schreiben Sie „SECO“")


def test_ui_lang_english_overrides_the_packs_language():
    found = check_text("Afin de voir.", "fr-FR", rule("fr.plain.administratif"), ui_lang="en")
    assert found[0].message == "Plain French: write “pour” instead of “Afin de”."
    found = check_text("Il y a lieu de ceci.", "fr-FR", rule("fr.plain.administratif"))
    assert found[0].message == "Écrivez plus simplement « il faut » plutôt que « Il y a lieu de »."


def test_packs_are_loaded_and_compiled_once():
    assert builtin_rules() is builtin_rules()


def test_languagetool_duplicates_point_to_rules_of_that_language():
    from checker.rules import languagetool_duplicates
    fr = languagetool_duplicates("fr")
    assert fr["FRENCH_WHITESPACE"].startswith("fr.typography.")
    assert fr["FRENCH_WORD_REPEAT_RULE"] == "common.doubled-word"
    # Left on in LanguageTool (issue 12): they catch "point.." and a German "die die" our rules miss.
    assert "DOUBLE_PUNCTUATION" not in fr
    assert "GERMAN_WORD_REPEAT_RULE" not in languagetool_duplicates("de")
    assert "TYPOGRAFISCHE_ANFUEHRUNGSZEICHEN" not in fr
    assert languagetool_duplicates("de")["TYPOGRAFISCHE_ANFUEHRUNGSZEICHEN"] == "de.typography.quotation-marks"


def test_a_block_tagged_without_region_keeps_the_documents_region():
    # HTML lang="fr" on a page checked as fr-CH: Swiss conventions, not France's.
    from checker.rules import run_rules
    doc = plain_document("Qui paie la facture? La commune.", "fr-CH")
    doc.blocks[0].language = "fr"
    punctuation = rule("fr.typography.space-before-high-punctuation")
    assert run_rules(doc, context(doc, "fr-CH"), punctuation) == []
    doc.blocks[0].language = "fr-FR"
    assert [f.text for f in run_rules(doc, context(doc, "fr-CH"), punctuation)] == ["facture?"]

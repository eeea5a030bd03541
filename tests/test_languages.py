"""The language registry (checker/languages/) and the one language-tag type (issue 15)."""
from __future__ import annotations

import pytest

from checker import languages
from checker.languages import LanguageTag
from checker.parity import messages as parity_messages
from checker.readability import FORMULAS
from checker.reports import i18n
from checker.rules.a11y.meta import rules as a11y_rules
from checker.rules.loader import builtin_rules


# --- LanguageTag ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,script,region,canonical", [
    ("fr_CH", "fr", None, "CH", "fr-CH"),
    ("FR-ch", "fr", None, "CH", "fr-CH"),
    ("zh-hant-tw", "zh", "Hant", "TW", "zh-Hant-TW"),
    ("es-419", "es", None, "419", "es-419"),
    ("de-CH-1996", "de", None, "CH", "de-CH-1996"),
    ("en-US-x-twain", "en", None, "US", "en-US-x-twain"),
    ("sr-LATN", "sr", "Latn", None, "sr-Latn"),
    (" it ", "it", None, None, "it"),
])
def test_tag_parses_once_into_parts_in_canonical_case(text, language, script, region, canonical):
    tag = LanguageTag.parse(text)
    assert (tag.language, tag.script, tag.region, str(tag)) == (language, script, region, canonical)


@pytest.mark.parametrize("text", ["english", "fr-", "", None, "fr-CH-CH", "xx", "123"])
def test_a_malformed_tag_is_none(text):
    assert LanguageTag.parse(text) is None


def test_loose_reading_keeps_what_an_attribute_still_says():
    # lang="english" is reported as written elsewhere; for measuring it is language "english",
    # which the registry lacks (so English rules apply and readability says so).
    assert LanguageTag.loose("english") == LanguageTag("english")
    assert LanguageTag.loose("en-US-GB").region == "US"
    assert LanguageTag.loose(None, "en") == LanguageTag("en")


def test_private_use_language_codes_are_valid():
    # qaa..qtz are reserved for local use (ISO 639-2; RFC 5646, 2.2.1).
    assert str(LanguageTag.parse("QTK-ch")) == "qtk-CH"
    assert LanguageTag.parse("qua") is None


# --- the registry ---------------------------------------------------------------------------------

def test_the_builtin_languages_in_detection_order():
    assert languages.codes()[:7] == ("en", "fr", "de", "es", "it", "nl", "pt")


def test_lookup_by_any_spelling_of_a_tag():
    assert languages.get("FR_ch") is languages.get("fr") is languages.get(LanguageTag("fr"))
    assert languages.get("fi") is None
    assert languages.require("fi") is languages.get("en")


@pytest.mark.parametrize("language", languages.all_languages(), ids=lambda lang: lang.code)
def test_each_entry_is_whole(language):
    assert LanguageTag.parse(language.code) == LanguageTag(language.code)
    assert language.default_region in language.regions
    assert set(language.readability.formulas) <= set(FORMULAS)
    assert "lix" in language.readability.formulas      # computed for every language
    assert language.languagetool.variants <= set(language.regions)
    assert len(language.function_words) >= 40
    assert language.syllables_source


def test_pack_regions_are_regions_of_their_language():
    for rule in builtin_rules():
        if rule.language:
            only, excluded = rule.regions
            assert only | excluded <= set(languages.get(rule.language).regions), rule.id


def test_a_language_that_speaks_the_report_has_every_table():
    for code in languages.interface_languages("report"):
        for table in (i18n.STRINGS, i18n.CATEGORY_NAMES, i18n.CATEGORY_LETTERS,
                      i18n.SEVERITY_NAMES, i18n.FORMULA_NAMES):
            assert code in table
        assert set(i18n.STRINGS[code]) == set(i18n.STRINGS["en"]), code


def test_a_language_lisible_writes_findings_in_has_the_parity_messages():
    for code in languages.interface_languages("findings"):
        for row in parity_messages.TEMPLATES.values():
            assert code in row
        for table in (parity_messages.BLOCK_WORDS, parity_messages.KIND_WORDS,
                      parity_messages.IN_VERSION, parity_messages.IN_NAMED_VERSION,
                      parity_messages.QUOTES):
            assert code in table


def test_a_language_the_accessibility_rules_speak_has_every_message():
    for code in languages.interface_languages("accessibility"):
        for meta in a11y_rules().values():
            for key, texts in meta.messages.items():
                assert code in texts, f"{meta.id} {key} {code}"

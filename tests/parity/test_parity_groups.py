"""Which files are versions of one release."""
from __future__ import annotations

from checker.parity import find_groups


def test_groups_by_file_name_and_folder():
    paths = ["news/bridge.en.md", "news/bridge.fr.md", "news/bridge.de.md",
             "site/budget_fr.html", "site/budget_it.html",
             "press/en/fees.md", "press/fr/fees.md",
             "corpus/ch-2024-01-02-99580-de.txt", "corpus/ch-2024-01-02-99580-fr.txt",
             "news/alone.md", "news/other.fr.md"]
    assert find_groups(paths, {}) == [
        ["news/bridge.en.md", "news/bridge.fr.md", "news/bridge.de.md"],
        ["site/budget_fr.html", "site/budget_it.html"],
        ["press/en/fees.md", "press/fr/fees.md"],
        ["corpus/ch-2024-01-02-99580-de.txt", "corpus/ch-2024-01-02-99580-fr.txt"],
    ]


def test_region_subtags_in_names_and_one_version_per_language():
    paths = ["a/note.fr-CH.md", "a/note.de-CH.md", "a/note.fr.md"]
    assert find_groups(paths, {}) == [["a/note.fr-CH.md", "a/note.de-CH.md"]]


def test_same_stem_in_different_folders_are_different_releases():
    assert find_groups(["x/r.en.md", "y/r.fr.md"], {}) == []


def test_words_that_are_not_language_codes_do_not_group():
    assert find_groups(["a/report-final.md", "a/report-draft.md"], {}) == []


def test_an_untagged_file_beside_its_translations_is_the_original():
    paths = ["site/about.fr.md", "site/about.md", "site/contact.md"]
    languages = {"site/about.md": "en-GB", "site/about.fr.md": "fr-FR", "site/contact.md": "en"}
    assert find_groups(paths, languages) == [["site/about.md", "site/about.fr.md"]]
    # An untagged file in the language of a tagged one is not a second version.
    assert find_groups(["a/x.en.md", "a/x.md"], {"a/x.md": "en", "a/x.en.md": "en"}) == []


def test_groups_when_folder_and_name_both_carry_the_language():
    paths = ["press/de/notice-2024-de.txt", "press/fr/notice-2024-fr.txt",
             "press/it/notice-2024-it.txt", "press/fr/other-fr.txt"]
    assert find_groups(paths) == [paths[:3]]

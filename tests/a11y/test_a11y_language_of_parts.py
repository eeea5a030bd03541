"""Language of parts (WCAG 2.2 SC 3.1.2), ACT-style: each case is a small page with its expected
outcome (failed: the finding; passed or inapplicable: none), decided by reading the text. A block
of 8 words or more confidently in another language than the one in force (the page's, a parent's
lang, or the Markdown document's) without its own lang is a finding; names and short quotations
never are."""
import pytest

from helpers_lang import findings_of

FRENCH = "Le conseil a approuvé le nouveau budget pour les écoles et les routes de la ville."
ENGLISH = "The council approved the new budget for the schools and the roads of the town."

HTML_CASES = [
    ("failed: French paragraph in an English page",
     f'<html lang="en"><title>T</title><p>{ENGLISH}</p><p>{FRENCH}</p></html>', ["fr"]),
    ("passed: the paragraph carries its lang",
     f'<html lang="en"><title>T</title><p>{ENGLISH}</p><p lang="fr">{FRENCH}</p></html>', []),
    ("failed: English paragraph inside a German section (a parent's lang is in force)",
     f'<html lang="en"><title>T</title><p>{ENGLISH}</p><div lang="de"><p>Der Gemeinderat hat das '
     f'neue Budget für die Schulen und die Strassen genehmigt.</p><p>{ENGLISH}</p></div></html>',
     ["en"]),
    ("inapplicable: a French name in an English sentence",
     f'<html lang="en"><title>T</title><p>{ENGLISH}</p><p>The mayor thanked the Croix-Rouge de '
     'Genève and the Association des Amis du Pont for their help.</p></html>', []),
    ("inapplicable: a short quotation under 8 words",
     f'<html lang="en"><title>T</title><p>{ENGLISH}</p><p>« Merci à tous les bénévoles »</p></html>',
     []),
]


@pytest.mark.parametrize("name, page, expected", HTML_CASES, ids=[c[0] for c in HTML_CASES])
def test_html(name, page, expected):
    found = findings_of(page, "t.html")
    assert [f.suggestions[0] for f in found] == [f'lang="{lang}"' for lang in expected]
    assert all(f.standards == ("WCAG22:3.1.2",) and f.severity == "error" for f in found)


def test_an_element_whose_own_lang_is_wrong_is_reported_once_as_a_mismatch():
    page = f'<html lang="en"><title>T</title><p>{ENGLISH}</p><p lang="en">{FRENCH}</p></html>'
    assert findings_of(page, "t.html") == []      # a11y.element-lang-mismatch covers it
    assert [f.rule for f in findings_of(page, "t.html", rule="a11y.element-lang-mismatch")] == \
        ["a11y.element-lang-mismatch"]


MARKDOWN_CASES = [
    ("failed: French paragraph in an English document",
     f"---\nlang: en\n---\n{ENGLISH}\n\n{FRENCH}\n", [(6, "fr")]),   # lines: ---, lang, ---, English, blank, French
    ("passed: raw HTML gives the passage its lang",
     f'---\nlang: en\n---\n{ENGLISH}\n\n<p lang="fr">{FRENCH}</p>\n', []),
    ("inapplicable: a short quotation and a name",
     f"---\nlang: en\n---\n{ENGLISH}\n\nThe mayor said « merci beaucoup » to the Croix-Rouge "
     "de Genève.\n", []),
]


@pytest.mark.parametrize("name, text, expected", MARKDOWN_CASES, ids=[c[0] for c in MARKDOWN_CASES])
def test_markdown(name, text, expected):
    found = findings_of(text, "t.md")
    assert [(f.span.line, f.suggestions[0]) for f in found] == \
        [(line, f'lang="{lang}"') for line, lang in expected]
    if found:        # the span is the paragraph: its first and last characters
        assert found[0].span.column == 1 and found[0].span.end_column == len(FRENCH)

"""Filters every finding goes through: select/ignore/severity, suppression comments, duplicates."""
from checker.config import Settings
from checker.findings import Finding, Span
from checker.sources import load_bytes
from checker.sources.suppressions import apply_suppressions
from checker.suppress import apply_rule_filters, drop_engine_duplicates


def f(rule, line=1, category="style", source="lisible", severity="warning"):
    return Finding(rule, category, severity, "m", Span(line, 1, line, 3), source=source)


def test_select_ignore_by_id_glob_and_category():
    fs = [f("fr.typography.space-before-colon", category="typography"), f("fr.plain.afin-de"),
          f("input.encoding", category="input", severity="info")]
    kept = apply_rule_filters(fs, Settings(ignore=("fr.typography.*",)))
    assert [x.rule for x in kept] == ["fr.plain.afin-de", "input.encoding"]
    kept = apply_rule_filters(fs, Settings(select=("typography",)))
    assert [x.rule for x in kept] == ["fr.typography.space-before-colon", "input.encoding"]
    kept = apply_rule_filters(fs, Settings(severity={"fr.plain.*": "error"}))
    assert [x.severity for x in kept] == ["warning", "error", "info"]


def test_suppression_comments_and_unused_ones():
    src = ("# Titre\n\n<!-- lisible-disable-next-line fr.plain.* -->\nAfin de partir.\n\n"
           "<!-- lisible-disable common.shouting -->\nTexte.\n<!-- lisible-enable common.shouting -->\n")
    doc = load_bytes(src.encode(), "s.md")
    kept = apply_suppressions([f("fr.plain.afin-de", line=4), f("fr.plain.afin-de", line=9)], doc)
    # line 4 is suppressed by the comment on line 3; nothing on lines 6-8 matched common.shouting
    assert [(x.rule, x.span.line) for x in kept] == [("fr.plain.afin-de", 9),
                                                     ("lisible.unused-suppression", 6)]
    assert kept[1].severity == "info"


def test_languagetool_duplicate_of_a_pack_finding_is_dropped():
    ours = f("fr.typography.space-before-colon", line=2, category="typography")
    same = f("languagetool.FRENCH_WHITESPACE", line=2, category="typography", source="languagetool")
    other = f("languagetool.FR_SPELLING_RULE", line=2, category="spelling", source="languagetool")
    assert drop_engine_duplicates([same, ours, other]) == [ours, other]


def test_languagetool_overlapping_a_pack_finding_in_its_category_is_dropped():
    # lisible flags "message ," (columns 10-18), LanguageTool " ," (17-18): one fault.
    ours = Finding("fr.typography.no-space-before-comma-period", "typography", "warning", "m",
                   Span(11, 10, 11, 18))
    theirs = Finding("languagetool.COMMA_PARENTHESIS_WHITESPACE", "typography", "warning", "m",
                     Span(11, 17, 11, 18), source="languagetool")
    later = Finding("languagetool.COMMA_PARENTHESIS_WHITESPACE", "typography", "warning", "m",
                    Span(11, 19, 11, 20), source="languagetool")
    assert drop_engine_duplicates([ours, theirs, later]) == [ours, later]


def test_html_and_markdown_comments_have_one_shape_and_one_behaviour():
    # A comment naming no rule covers all, and an unused one says "all rules", in both formats.
    for name, src in (("s.md", "Texte.\n\n<!-- lisible-disable-next-line -->\nTexte.\n"),
                      ("s.html", "<html lang=\"fr\"><title>T</title>\n<p>Texte.</p>\n"
                                 "<!-- lisible-disable-next-line -->\n<p>Texte.</p></html>\n")):
        doc = load_bytes(src.encode(), name)
        assert [(s.kind, s.rules, s.line) for s in doc.suppressions] == \
            [("disable-next-line", (), 3)], name
        kept = apply_suppressions([f("fr.plain.afin-de", line=4)], doc)
        assert [x.rule for x in kept] == []
        unused = apply_suppressions([], doc)
        assert [x.message for x in unused] == \
            ["This suppression comment (all rules) matches no finding; remove it."]

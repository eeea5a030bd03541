"""The accessibility checks that apply to Markdown, on a small release written for this test."""
from checker.rules.a11y import accessibility, check_markdown
from checker.sources.markdown import load

RELEASE = """---
title: Travaux
lang: fr
---
# Travaux sur le pont

![](pont.jpg) et ![pont.jpg](/img/pont.jpg) puis ![photo](a.png)

### Déviations

Voir [cliquez ici](/a) et [Contact](/c1), [Contact](/c2/) ou [](/vide).

[![](logo.png)](/)

```
![](code.png)
```
# Second
"""


def test_markdown_faults_at_their_positions():
    found = [(f.rule, f.span.line, f.span.column) for f in check_markdown(load(RELEASE, "r.md"))]
    # Columns counted by hand: "![](pont.jpg) et " is 17 characters, "... puis " 49; on line 11,
    # "Voir " is 5, "Voir [cliquez ici](/a) et [Contact](/c1), " 42, "... ou " 61. A finding about
    # an image's alt or a link's text points at that text, after "![" or "[" (2 or 1 more); an
    # empty alt points at "![", a link with no name at its "[".
    assert found == [
        ("a11y.img-alt-missing", 7, 1),
        ("a11y.img-alt-filename", 7, 20),
        ("a11y.img-alt-placeholder", 7, 52),
        ("a11y.heading-skipped-level", 9, 1),
        ("a11y.link-text-vague", 11, 7),
        ("a11y.link-identical-name", 11, 44),
        ("a11y.link-name", 11, 62),
        ("a11y.link-name", 13, 1),          # its only content is an image without alt
        ("a11y.img-alt-missing", 13, 2),
        ("a11y.heading-h1-multiple", 18, 1),
    ]


def test_markdown_messages_follow_the_front_matter_language():
    findings = check_markdown(load(RELEASE, "r.md"))
    assert findings[0].message.startswith("Cette image n'a pas d'équivalent textuel")


def test_plain_text_gets_no_accessibility_findings():
    from checker.sources.plaintext import load as load_text
    assert accessibility(load_text("Click here.\n", "a.txt"), None) == []


def test_the_analyzer_is_registered_for_the_engine():
    from checker.analysis import load_analyzers
    assert load_analyzers()["accessibility"] is accessibility


def test_old_mac_line_ends_are_lines_too():
    # markdown-it ends a line at a bare "\r" as at "\n"; the checker's line table must agree, or a
    # token on a later line points past it (it was an IndexError, "lisible.internal-error").
    # "Intro." is line 1, an empty line 2, the link line 3; its text starts after "[": column 2.
    for end in ("\r", "\r\n", "\n"):
        source = f"Intro.{end}{end}[click here](/a){end}"
        found = [(f.rule, f.span.line, f.span.column)
                 for f in check_markdown(load(source, "r.md"))]
        assert found == [("a11y.link-text-vague", 3, 2)], end
    # The fuzz find itself: nothing raised.
    check_markdown(load("\r\u00begoverno\r<table><tr><td>Conseil<title>x", "f.md"))

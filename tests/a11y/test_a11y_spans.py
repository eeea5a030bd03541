"""Findings about what a reader sees of an element span that text, so a report highlights the words
to change: the link text, the heading, the image's alt value. Columns counted by hand on the page
below (1-based, end inclusive)."""
from checker.rules.a11y import check_page
from checker.sources.html import load

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>T</title></head>
<body>
<h1>Main</h1>
<h3>Skipped <em>level</em></h3>
<p>Read the notice. <a href="/n">click
 here</a> or <a href="/a">Notice</a> and <a href="/b">Notice</a>.</p>
<p><img src="x.png" alt="image"> <img src="bridge-plan.png" alt="bridge-plan"> <a href="/c"></a></p>
</body></html>
"""


def spans():
    return {(f.rule, f.span.line, f.span.column, f.span.end_line, f.span.end_column, f.text)
            for f in check_page(load(PAGE, "t.html"))}


def test_element_findings_span_the_words_a_reader_sees():
    found = spans()
    # <h3> is 4 characters: "Skipped" starts at 5; `<h3>Skipped <em>` is 16, "level" ends at 21.
    assert ("a11y.heading-skipped-level", 5, 5, 5, 21, "Skipped level") in found
    # `<p>Read the notice. <a href="/n">` is 33 characters; "here" is columns 2-5 of the next line.
    assert ("a11y.link-text-vague", 6, 34, 7, 5, "click here") in found
    # ` here</a> or <a href="/a">Notice</a> and <a href="/b">` is 54 characters.
    assert ("a11y.link-identical-name", 7, 55, 7, 60, "Notice") in found
    # `<p><img src="x.png" alt="` is 25 characters; `... alt="` of the second image ends at 65.
    assert ("a11y.img-alt-placeholder", 8, 26, 8, 30, "image") in found
    assert ("a11y.img-alt-filename", 8, 66, 8, 76, "bridge-plan") in found


def test_an_element_without_text_keeps_its_start_tag():
    empty_link = [f for f in check_page(load(PAGE, "t.html")) if f.rule == "a11y.link-name"]
    assert [(f.span.line, f.text) for f in empty_link] == [(8, '<a href="/c">')]

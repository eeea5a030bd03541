"""Accessible names and roles, worked out by hand from the W3C accname 1.2 steps."""
import pytest

from checker.html.aria import Visibility, accessible_name, role_of
from checker.html.tree import parse


def name_of(html: str, tag: str) -> str:
    tree = parse(html)
    el = next(e for e in tree.iter() if e.tag == tag)
    return accessible_name(el, tree, Visibility(tree))


@pytest.mark.parametrize("html, tag, expected", [
    ('<a href="x">Read <span>the</span> report</a>', "a", "Read the report"),           # 2F
    ('<a href="x" aria-labelledby="a b">ignored</a><span id="a">Annual</span>'
     '<span id="b" hidden>report</span>', "a", "Annual report"),                        # 2B, hidden ref
    ('<button aria-label="Close">×</button>', "button", "Close"),                       # 2D
    ('<a href="x"><img src="a.png" alt="Home"> page</a>', "a", "Home page"),            # 2E in 2F
    ('<h2><span aria-hidden="true">★</span> News</h2>', "h2", "News"),                  # 2A
    ('<h2>Top<div>News</div></h2>', "h2", "Top News"),                                  # block spacing
    ('<a href="x" title="Tip"></a>', "a", "Tip"),                                       # 2I
    ('<a href="x"><img src="a.png" alt="Logo" role="presentation"></a>', "a", ""),      # presentational
    ('<a href="x" aria-label=" "><span style="display:none">gone</span></a>', "a", ""),
    ('<input type="image" src="go.png" alt="Search">', "input", "Search"),
    ('<a href="x">&nbsp;</a>', "a", ""),                                                # nbsp is space
])
def test_accessible_name(html, tag, expected):
    assert name_of(html, tag) == expected


@pytest.mark.parametrize("html, tag, expected", [
    ('<img src="a.png" alt="">', "img", "presentation"),
    ('<img src="a.png" alt="" tabindex="0">', "img", "img"),          # conflict resolution
    ('<img src="a.png">', "img", "img"),
    ('<a href="x" role="none">t</a>', "a", "link"),                   # focusable keeps its role
    ('<a>t</a>', "a", None),
    ('<h1 role="none">t</h1>', "h1", "presentation"),
    ('<h1 role="none" aria-label="t">t</h1>', "h1", "heading"),      # global ARIA attribute
    ('<a href="x" role="doc-biblioref">t</a>', "a", "link"),
    ('<div role="heading">t</div>', "div", "heading"),
])
def test_role(html, tag, expected):
    tree = parse(html)
    assert role_of(next(e for e in tree.iter() if e.tag == tag)) == expected

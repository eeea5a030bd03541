"""Visibility, roles and accessible names of elements of a `checker.html.tree.Tree`.

Accessible names follow the W3C "Accessible Name and Description Computation 1.2"
(https://www.w3.org/TR/accname-1.2/, section 4.3) for what a page's markup can say without a
browser: aria-labelledby, aria-label, alt/title of images and image buttons, text content, hidden
content, and the "presentational roles conflict resolution" of WAI-ARIA 1.2 (section 9.3).
Roles follow HTML-AAM (https://www.w3.org/TR/html-aam-1.0/) for the elements the checks need.
Styles are read from the inline `style` attribute only: lisible never loads stylesheets.
"""
from __future__ import annotations

import re

from checker.html.tree import Element, Text, Tree

NOT_RENDERED_TAGS = frozenset("script style template noscript head meta link base datalist".split())
_DISPLAY_NONE = re.compile(r"(?:^|;)\s*display\s*:\s*none\b", re.I)
_VISIBILITY_HIDDEN = re.compile(r"(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b", re.I)

# WAI-ARIA 1.2 global states and properties (section 6.4): their presence keeps an element's own
# role when it asks for role="presentation"/"none" (section 9.3, conflict resolution).
GLOBAL_ARIA = frozenset(("aria-atomic aria-busy aria-controls aria-current aria-describedby "
                         "aria-details aria-dropeffect aria-flowto aria-grabbed aria-keyshortcuts "
                         "aria-label aria-labelledby aria-live aria-owns aria-relevant "
                         "aria-roledescription").split())
# Roles whose name comes from their content (WAI-ARIA 1.2, 5.2.8.4 "Name From: contents").
NAME_FROM_CONTENT = frozenset(("button cell checkbox columnheader gridcell heading link menuitem "
                               "menuitemcheckbox menuitemradio option radio row rowheader switch tab "
                               "tooltip treeitem").split())
# DPUB-ARIA roles that are kinds of link (DPUB-ARIA 1.1, "superclass role: link").
LINK_SUBROLES = frozenset("doc-backlink doc-biblioref doc-glossref doc-noteref".split())
KNOWN_ROLES = NAME_FROM_CONTENT | LINK_SUBROLES | frozenset(
    ("img image presentation none graphics-document graphics-symbol article banner complementary "
     "contentinfo dialog document form generic group list listitem main navigation note paragraph "
     "region search separator table textbox").split())
# Elements a CSS user agent stylesheet displays as blocks: text either side of them is separated.
BLOCK_TAGS = frozenset(("address article aside blockquote body br caption dd details dialog div dl "
                        "dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li "
                        "main nav ol p pre section summary table tbody td tfoot th thead tr ul "
                        "html title").split())
MAX_NAME_DEPTH = 200   # content deeper than this inside one name is ignored, not a crash


class Visibility:
    """Per element: rendered or not, and excluded from the accessibility tree or not."""

    def __init__(self, tree: Tree):
        self.not_rendered: set[int] = set()   # display:none, hidden, script... (id(element))
        self.invisible: set[int] = set()      # visibility:hidden
        self.aria_hidden: set[int] = set()
        for el in tree.iter():
            parent = el.parent
            pid = id(parent) if parent is not None else None
            style = el.attrs.get("style", "")
            if pid in self.not_rendered or _self_not_rendered(el, style):
                self.not_rendered.add(id(el))
            if pid in self.invisible or _VISIBILITY_HIDDEN.search(style):
                self.invisible.add(id(el))
            if pid in self.aria_hidden or el.attrs.get("aria-hidden", "").strip().lower() == "true":
                self.aria_hidden.add(id(el))

    def rendered_hidden(self, el: Element) -> bool:
        return id(el) in self.not_rendered or id(el) in self.invisible

    def excluded(self, el: Element) -> bool:
        """Not included in the accessibility tree."""
        return self.rendered_hidden(el) or id(el) in self.aria_hidden

    def visible(self, el: Element) -> bool:
        return not self.rendered_hidden(el)


def _self_not_rendered(el: Element, style: str) -> bool:
    if el.tag in NOT_RENDERED_TAGS or "hidden" in el.attrs:
        return True
    if el.tag == "input" and el.attrs.get("type", "").lower() == "hidden":
        return True
    return bool(_DISPLAY_NONE.search(style))


# -- roles ----------------------------------------------------------------------------------------
def is_focusable(el: Element) -> bool:
    if "tabindex" in el.attrs or "contenteditable" in el.attrs:
        return True
    if el.tag in ("a", "area"):
        return "href" in el.attrs
    return el.tag in ("button", "select", "textarea", "iframe", "summary") or (
        el.tag == "input" and el.attrs.get("type", "").lower() != "hidden")


def has_global_aria(el: Element) -> bool:
    return any(name in GLOBAL_ARIA for name in el.attrs)


def implicit_role(el: Element) -> str | None:
    tag, attrs = el.tag, el.attrs
    if tag in ("a", "area") and ("href" in attrs or (el.foreign and "xlink:href" in attrs)):
        return "link"
    if tag == "img":
        return "presentation" if attrs.get("alt") == "" else "img"
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return "heading"
    if tag == "button":
        return "button"
    if tag == "input":
        kind = attrs.get("type", "text").lower()
        return "button" if kind in ("image", "button", "submit", "reset") else None
    if tag == "svg":
        return "graphics-document"
    return None


def role_of(el: Element) -> str | None:
    """The semantic role: the first known token of `role`, else the implicit role. A presentational
    role is ignored on a focusable element or one with a global ARIA attribute (ARIA 1.2, 9.3);
    the same resolution applies to an <img alt=""> (HTML-AAM)."""
    implicit = implicit_role(el)
    explicit = next((t for t in el.attrs.get("role", "").lower().split() if t in KNOWN_ROLES), None)
    explicit = "img" if explicit == "image" else explicit
    role = explicit or implicit
    if role in ("presentation", "none"):
        if not (is_focusable(el) or has_global_aria(el)):
            return "presentation"
        if el.tag == "img":
            return "img"
        role = implicit
    return "link" if role in LINK_SUBROLES else role


# -- accessible names -----------------------------------------------------------------------------
def normalize_space(text: str) -> str:
    """Collapse white space (Unicode White_Space, as ACT defines it, so a no-break space counts)."""
    return " ".join(text.split())


def accessible_name(el: Element, tree: Tree, vis: Visibility) -> str:
    return normalize_space(_alternative(el, tree, vis, set(), in_labelledby=False,
                                        in_content=False, depth=0))


def _alternative(el: Element, tree: Tree, vis: Visibility, seen: set[int], *, in_labelledby: bool,
                 in_content: bool, depth: int) -> str:
    if id(el) in seen or depth > MAX_NAME_DEPTH:
        return ""
    seen = seen | {id(el)}
    # 2A: hidden content counts only when an aria-labelledby reference reaches it.
    if not in_labelledby and vis.excluded(el):
        return ""
    # 2B: aria-labelledby with at least one valid reference decides, even when empty.
    if not in_labelledby:
        refs = [tree.by_id[i] for i in el.attrs.get("aria-labelledby", "").split()
                if i in tree.by_id]
        if refs:
            return " ".join(_alternative(r, tree, vis, seen, in_labelledby=True, in_content=True,
                                         depth=depth + 1) for r in refs)
    # 2D: aria-label.
    label = el.attrs.get("aria-label", "")
    if label.strip():
        return label
    role = role_of(el)
    # 2E: the host language's label. An image made presentational gives nothing, not its alt.
    if el.tag in ("img", "area") or (el.tag == "input" and role == "button"
                                     and el.attrs.get("type", "").lower() == "image"):
        if role == "presentation":
            return ""
        alt = el.attrs.get("alt", "")
        if alt.strip():
            return alt
    elif el.tag == "input" and el.attrs.get("type", "").lower() in ("button", "submit", "reset"):
        if el.attrs.get("value", "").strip():
            return el.attrs["value"]
    elif el.foreign and el.tag in ("svg", "a", "g", "image"):
        svg_title = next((c for c in el.children if isinstance(c, Element) and c.tag == "title"), None)
        if svg_title is not None:
            return _content(svg_title, tree, vis, seen, in_labelledby, depth)
    # 2F: name from content.
    if in_content or in_labelledby or role in NAME_FROM_CONTENT:
        text = _content(el, tree, vis, seen, in_labelledby, depth)
        if text.strip():
            return text
    # 2I: the tooltip.
    return el.attrs.get("title", "")


def _content(el: Element, tree: Tree, vis: Visibility, seen: set[int], in_labelledby: bool,
             depth: int) -> str:
    parts: list[str] = []
    for child in el.children:
        if isinstance(child, Text):
            parts.append(child.text)
            continue
        if child.foreign and child.tag == "title":
            continue
        text = _alternative(child, tree, vis, seen, in_labelledby=in_labelledby, in_content=True,
                            depth=depth + 1)
        parts.append(f" {text} " if child.tag in BLOCK_TAGS else text)
    return "".join(parts)


def text_content(el: Element, vis: Visibility | None = None, visible_only: bool = True) -> str:
    """The rendered text of an element (iterative; hidden parts left out when `visible_only`)."""
    parts: list[str] = []
    stack: list[Element | Text | str] = [el]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        elif isinstance(node, Text):
            parts.append(node.text)
        elif vis is None or not visible_only or vis.visible(node):
            stack.append(" " if node.tag in BLOCK_TAGS else "")
            stack.extend(reversed(node.children))
    return "".join(parts)

"""A light, position-keeping HTML element tree built with the standard library's html.parser.

Browsers recover from malformed markup with the HTML parsing algorithm (WHATWG HTML, "Tree
construction"); this builder follows the parts of it that change which element a text belongs to:
void elements, implied end tags (p, li, dt/dd, td/th, tr, option...), end tags that close every
element opened after their match, and stray end tags that are ignored. Everything is iterative, so a
deeply nested page cannot hit Python's recursion limit.
"""
from __future__ import annotations

import html
from html.parser import HTMLParser
import re
from typing import TYPE_CHECKING, AbstractSet

if TYPE_CHECKING:
    from checker.html.aria import Visibility

# WHATWG HTML, "Void elements".
VOID_ELEMENTS = frozenset("area base br col embed hr img input link meta param source track wbr "
                          "keygen basefont bgsound frame".split())
# Start tags that close an open <p> (WHATWG HTML, tree construction, "in body" insertion mode).
CLOSES_P = frozenset("address article aside blockquote center details dialog dir div dl fieldset "
                     "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav "
                     "ol p pre section table ul li dd dt summary search".split())
# "Has an element in button scope": the search for an open <p> stops at these.
_BUTTON_SCOPE = frozenset("applet caption html table td th marquee object template button".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# For an element that is implicitly closed by a sibling start tag: which open elements it closes,
# and which open elements stop the search (the scope boundary).
# An <li>'s search stops at "special" elements other than div, address and p (WHATWG HTML).
_LIST_SCOPE = frozenset("ul ol menu dl table td th caption body html blockquote section article nav "
                        "aside header footer main form fieldset figure details button".split())
_IMPLIED = {
    "li": ({"li"}, _LIST_SCOPE),
    "dt": ({"dt", "dd"}, _LIST_SCOPE),
    "dd": ({"dt", "dd"}, _LIST_SCOPE),
    "tr": ({"tr", "td", "th"}, {"table", "thead", "tbody", "tfoot"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "thead": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
    "tbody": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
    "tfoot": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
    "option": ({"option"}, {"select", "datalist", "optgroup"}),
    "optgroup": ({"option", "optgroup"}, {"select"}),
}
FOREIGN_ROOTS = frozenset(("svg", "math"))


class Text:
    """A text node. `runs` maps its characters to the source: (decoded text, source offset,
    contiguous); a contiguous run's i-th character sits at offset + i, an entity's characters all
    sit at the entity's `&`."""
    __slots__ = ("runs", "parent")

    def __init__(self, parent: "Element"):
        self.runs: list[tuple[str, int, bool]] = []
        self.parent = parent

    @property
    def text(self) -> str:
        return "".join(run[0] for run in self.runs)

    def chars(self):
        """(character, source offset) pairs."""
        for text, offset, contiguous in self.runs:
            for k, ch in enumerate(text):
                yield ch, (offset + k if contiguous else offset)


class Element:
    __slots__ = ("tag", "attrs", "parent", "children", "start", "end", "line", "column", "foreign")

    def __init__(self, tag: str, attrs: dict[str, str], parent: "Element | None", start: int,
                 end: int, line: int, column: int, foreign: bool = False):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Element | Text] = []
        self.start = start          # source offset of the start tag's "<"
        self.end = end              # source offset just after the start tag's ">"
        self.line = line            # 1-based
        self.column = column        # 1-based, code points
        self.foreign = foreign      # inside svg or math

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.attrs.get(name, default)

    def iter(self):
        """This element and every element below it, in document order (iterative)."""
        stack: list[Element] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed([c for c in node.children if isinstance(c, Element)]))

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def find(self, tag: str) -> "Element | None":
        return next((e for e in self.iter() if e.tag == tag), None)

    def __repr__(self):
        return f"<{self.tag} line {self.line}>"


class Tree:
    """The parsed page: a `#document` root element, ids, comments."""

    def __init__(self, root: Element):
        self.root = root
        self.by_id: dict[str, Element] = {}
        self.comments: list[tuple[str, int]] = []   # (comment text, line)
        self.html: Element | None = None            # the <html> element, if the page has one
        self.visibility: Visibility | None = None   # set by the loaders
        self.flattened = False                      # elements deeper than MAX_DEPTH were met
        self.languages: dict[int, str | None] = {}  # id(element) -> its language, memoised

    def iter(self):
        return self.root.iter()


# Elements are nested at most this deep; deeper ones become children of the deepest open element
# (their text is still read). Without a cap, `<div>` x 100,000 makes every walk up the ancestors
# quadratic (issue 13); browsers cap the depth of their trees too.
MAX_DEPTH = 100

_SEMICOLON_OPTIONAL = re.compile(r"&#?[0-9A-Za-z]+;?")


class _Builder(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self._nl_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.root = Element("#document", {}, None, 0, 0, 1, 1)
        self.tree = Tree(self.root)
        self.stack: list[Element] = [self.root]
        self.open_count: dict[str, int] = {}   # open elements per tag: skip hopeless stack searches

    # -- positions ------------------------------------------------------------------------------
    def _offset(self) -> int:
        line, col = self.getpos()   # html.parser counts lines by "\n", columns in code points
        return self._nl_starts[line - 1] + col

    # -- tree -----------------------------------------------------------------------------------
    @property
    def current(self) -> Element:
        return self.stack[-1]

    def _push(self, el: Element) -> None:
        self.stack.append(el)
        self.open_count[el.tag] = self.open_count.get(el.tag, 0) + 1

    def _pop_to(self, i: int) -> None:
        """Close the element at stack index i and every element opened after it."""
        for el in self.stack[i:]:
            self.open_count[el.tag] -= 1
        del self.stack[i:]

    def _close_until(self, tags: AbstractSet[str], boundary: AbstractSet[str]) -> None:
        if not any(self.open_count.get(tag) for tag in tags):
            return
        for i in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[i].tag
            if tag in tags:
                self._pop_to(i)
                return
            if tag in boundary:
                return

    def _apply_implied_end_tags(self, tag: str) -> None:
        if self.current.foreign:
            return
        if tag in CLOSES_P:
            self._close_until({"p"}, _BUTTON_SCOPE)
        if tag in HEADINGS and self.current.tag in HEADINGS:
            self._pop_to(len(self.stack) - 1)
        rule = _IMPLIED.get(tag)
        if rule:
            self._close_until(*rule)

    def handle_starttag(self, tag, attrs):
        self._start(tag, attrs, self_closing=False)

    def handle_startendtag(self, tag, attrs):
        self._start(tag, attrs, self_closing=True)

    def _start(self, tag: str, attrs, self_closing: bool) -> None:
        self._apply_implied_end_tags(tag)
        start = self._offset()
        text = self.get_starttag_text() or ""
        line, col = self.getpos()
        first_wins: dict[str, str] = {}
        for name, value in attrs:
            first_wins.setdefault(name, value if value is not None else "")
        parent = self.current
        foreign = parent.foreign or tag in FOREIGN_ROOTS
        el = Element(tag, first_wins, parent, start, start + len(text), line, col + 1, foreign)
        parent.children.append(el)
        if "id" in first_wins:
            self.tree.by_id.setdefault(first_wins["id"], el)
        if tag == "html" and self.tree.html is None:
            self.tree.html = el
        # In HTML a "/>" on a non-void element is ignored; in svg and math it closes the element.
        closed = tag in VOID_ELEMENTS if not foreign else self_closing
        if not closed and len(self.stack) > MAX_DEPTH:
            self.tree.flattened = True
        elif not closed:
            self._push(el)

    def handle_endtag(self, tag):
        if tag == "br":     # "</br>" is a <br> (WHATWG HTML)
            return
        if not self.open_count.get(tag):
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                self._pop_to(i)
                return
        # A stray end tag with no open match is ignored.

    # -- text -----------------------------------------------------------------------------------
    def _text_node(self) -> Text:
        children = self.current.children
        if children and isinstance(children[-1], Text):
            return children[-1]
        node = Text(self.current)
        children.append(node)
        return node

    def handle_data(self, data):
        if data:
            self._text_node().runs.append((data, self._offset(), True))

    def _reference(self, raw_name: str) -> None:
        offset = self._offset()
        match = _SEMICOLON_OPTIONAL.match(self.source, offset)
        raw = match.group() if match else "&" + raw_name
        terminated = raw if raw.endswith(";") else raw + ";"
        decoded = html.unescape(terminated)
        if decoded == terminated:            # unknown entity: the reader sees it as written
            self._text_node().runs.append((raw, offset, True))
        else:
            self._text_node().runs.append((decoded, offset, False))

    def handle_entityref(self, name):
        self._reference(name)

    def handle_charref(self, name):
        self._reference("#" + name)

    def handle_comment(self, data):
        self.tree.comments.append((data, self.getpos()[0]))

    def parse_marked_section(self, i, report=1):
        """`<![CDATA[...]]>` and the like as the standard library reads them; any other `<![` is a
        bogus comment up to the next ">" (HTML's tokenizer, "markup declaration open" state), where
        Python before 3.13 raised AssertionError (found by benchmarks/fuzz.py)."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1


def parse(source: str) -> Tree:
    builder = _Builder(source)
    builder.feed(source)
    builder.close()
    return builder.tree


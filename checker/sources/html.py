"""HTML pages: the text a reader sees, as blocks mapped back to the source (DESIGN.md, "Blocks and
positions").

Blocks are the paragraphs, headings, list items, table cells, block-quote paragraphs and captions of
the page, plus the page title and each image's alt text. Text that sits directly in a container
(`<div>`, `<body>`, `<section>`...) is a paragraph of its own, split where a nested block starts.
Scripts, styles, templates, noscript and hidden content (hidden, aria-hidden="true", inline
display:none or visibility:hidden) give no block. The element tree stays on `doc.root` for the
accessibility checks (checker.rules.a11y).
"""
from __future__ import annotations

import re

from checker.document import Block, Document, block_from_chars
from checker.html.aria import Visibility, text_content
from checker.html.langtags import normalize
from checker.findings import Finding
from checker.html.tree import MAX_DEPTH, Element, Text, Tree, parse
from checker.sources.suppressions import Suppression, parse_directive

# Elements whose text forms one block of the given kind.
BLOCK_KINDS = {"p": "paragraph", "li": "list_item", "dt": "list_item", "dd": "list_item",
               "td": "table_cell", "th": "table_cell", "caption": "caption",
               "figcaption": "caption", **{f"h{n}": "heading" for n in range(1, 7)}}
# Containers: their own loose text is a paragraph, cut where a nested block element starts.
CONTAINERS = frozenset(("#document html body div section article main header footer nav aside "
                        "blockquote form fieldset figure details summary address center ul ol "
                        "dl table thead tbody tfoot tr legend dialog search hgroup menu").split())
# Form controls and embedded content: their text is data or fallback, not the page's prose; code
# is not prose either (the Markdown loader skips code the same way).
SKIPPED = frozenset("select textarea option datalist iframe object video audio canvas "
                    "code kbd samp pre".split())


class _Collector:
    """Text gathered for the block being built."""
    __slots__ = ("kind", "element", "chars", "offsets", "quote")

    def __init__(self, kind: str, element: Element, quote: bool):
        self.kind, self.element, self.quote = kind, element, quote
        self.chars: list[str] = []
        self.offsets: list[int] = []


# A start tag longer than this is not parsed: html.parser keeps every attribute of a tag, and one
# 5 MB tag of `a=b a=b ...` took a gigabyte (benchmarks/fuzz.py, html-attrs).
MAX_TAG_CHARS = 100_000


def load(text: str, path: str) -> Document:
    if longest_tag(text) > MAX_TAG_CHARS:
        doc = Document(path=path, format="html", source=text)
        doc.notes.append(Finding("input.too-large", "input", "error",
                                 f"The page has a tag longer than {MAX_TAG_CHARS:,} characters; "
                                 "it was not checked."))
        return doc
    tree = parse(text)
    vis = Visibility(tree)
    tree.visibility = vis
    page_lang = tree.html.get("lang") if tree.html is not None else None
    doc = Document(path=path, format="html", source=text, root=tree,
                   declared_language=normalize(page_lang) if page_lang else None)
    title = page_title(tree)
    if title is not None:
        _emit(doc, "title", title, list(_element_chars(title)), None)
    _collect_blocks(doc, tree, vis)
    doc.blocks.sort(key=lambda block: block.offsets[0])   # a list item's alt comes after its text
    doc.suppressions = suppressions(tree)
    if tree.flattened:
        doc.notes.append(Finding(
            "input.nesting-flattened", "input", "info",
            f"Elements are nested more than {MAX_DEPTH} deep; the deeper ones were read as if "
            "they were less deep (their text was checked)."))
    return doc


def page_title(tree: Tree) -> Element | None:
    """The first `title` element outside svg and templates (HTML: "the title element")."""
    for el in tree.iter():
        if el.tag == "title" and not el.foreign and not any(
                a.tag == "template" for a in el.ancestors()):
            return el
    return None


def _element_chars(el: Element):
    for node in el.children:
        if isinstance(node, Text):
            yield from node.chars()


def _collect_blocks(doc: Document, tree: Tree, vis: Visibility) -> None:
    """Walk the tree once, in document order, without recursion."""
    collectors: list[_Collector] = [_Collector("paragraph", tree.root, quote=False)]
    stack: list[tuple[Element | Text, bool]] = [(tree.root, False)]   # (node, leaving)
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, Text):
            current = collectors[-1]
            for text, offset, contiguous in node.runs:
                current.chars.extend(text)
                current.offsets.extend(range(offset, offset + len(text)) if contiguous
                                       else [offset] * len(text))
            continue
        if leaving:
            if node is collectors[-1].element:
                _flush(doc, collectors.pop(), vis)
            elif node.tag == "br":
                pass
            continue
        if node is not tree.root and (vis.excluded(node) or node.foreign or node.tag == "title"
                                      or node.tag in SKIPPED):
            continue
        if node.tag == "img":
            _alt_block(doc, node, vis)
            continue
        kind = BLOCK_KINDS.get(node.tag)
        if kind or (node.tag in CONTAINERS and node is not tree.root):
            _flush(doc, collectors[-1], vis)
            quote = collectors[-1].quote or node.tag == "blockquote"
            kind = kind or "paragraph"
            collectors.append(_Collector("quote" if quote and kind == "paragraph" else kind,
                                         node, quote))
        elif node.tag == "br" and collectors[-1].chars:
            collectors[-1].chars.append(" ")
            collectors[-1].offsets.append(node.start)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.children))
    while collectors:
        _flush(doc, collectors.pop(), vis)


def _flush(doc: Document, collector: _Collector, vis: Visibility) -> None:
    """Emit what the collector holds as a block and start afresh (text after a nested block is a
    block of its own)."""
    if collector.chars:
        el = collector.element
        level = int(el.tag[1]) if collector.kind == "heading" and el.tag[1:].isdigit() else None
        _emit(doc, collector.kind, el, list(zip(collector.chars, collector.offsets)), level)
    collector.chars, collector.offsets = [], []


def _emit(doc: Document, kind: str, el: Element, pairs: list[tuple[str, int]],
          level: int | None) -> Block | None:
    chars = [c for c, _ in pairs]
    offsets = [o for _, o in pairs]
    memo = doc.root.languages if isinstance(doc.root, Tree) else None
    block = block_from_chars(kind, chars, offsets, language=element_language(el, memo), level=level,
                             element=el)
    if block is not None:
        doc.blocks.append(block)
    return block


def _alt_block(doc: Document, img: Element, vis: Visibility) -> None:
    alt = img.attrs.get("alt")
    if not alt or not alt.strip():
        return
    # The attribute value's position: find it inside the start tag (html.parser unescapes values).
    tag_text = doc.source[img.start:img.end]
    match = re.search(r"""\balt\s*=\s*(["']?)""", tag_text, re.I)
    start = img.start + (match.end() if match else 0)
    raw_end = doc.source.find(match.group(1) or ">", start) if match and match.group(1) else -1
    if raw_end - start == len(alt):
        offsets = list(range(start, raw_end))
    else:   # entities in the value: point every character at the value's start
        offsets = [start] * len(alt)
    block = block_from_chars("alt", list(alt), offsets, language=element_language(img),
                             element=img)
    if block is not None:
        doc.blocks.append(block)


def longest_tag(text: str) -> int:
    """Characters from a `<` to the next `>` at most, in one linear pass."""
    longest = 0
    for segment in text.split(">"):
        start = segment.find("<")
        if start >= 0:
            longest = max(longest, len(segment) - start)
    return longest


def element_language(el: Element, memo: dict | None = None) -> str | None:
    """The nearest ancestor-or-self `lang` (xml:lang as fallback), normalised. With `memo` (the
    tree's), each element is looked at once, however many blocks ask (linear, not quadratic)."""
    memo = {} if memo is None else memo
    path = []
    node: Element | None = el
    found = None
    while node is not None:
        if id(node) in memo:
            found = memo[id(node)]
            break
        path.append(node)
        value = node.attrs.get("lang")
        if value is None:
            value = node.attrs.get("xml:lang")
        if value is not None:
            found = normalize(value)
            break
        node = node.parent
    for seen in path:
        memo[id(seen)] = found
    return found


def suppressions(tree: Tree) -> list[Suppression]:
    """Each lisible-disable / -enable / -disable-next-line comment of the page (no rule: all)."""
    found = []
    for text, line in tree.comments:
        parsed = parse_directive(text)
        if parsed:
            found.append(Suppression(parsed[0], parsed[1], line))
    return found


def abbr_expansions(doc: Document) -> dict[str, str]:
    """{"OFROU": "Office fédéral des routes"} from every <abbr title> (and <acronym title>) of the
    page, first definition winning, so the acronym rule knows what the page already expands."""
    tree = doc.root
    if not isinstance(tree, Tree):
        return {}
    vis = getattr(tree, "visibility", None)
    found: dict[str, str] = {}
    for el in tree.iter():
        if el.tag in ("abbr", "acronym") and el.attrs.get("title", "").strip():
            short = " ".join(text_content(el, vis).split())
            if short:
                found.setdefault(short, " ".join(el.attrs["title"].split()))
    return found

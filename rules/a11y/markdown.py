"""The accessibility checks that apply to Markdown: images (alt missing, a file name, a placeholder,
too long), links (no text, vague text, one text for two destinations) and headings (empty, skipped
levels, no h1 or several), and passages in another language than the document's (SC 3.1.2). A
Markdown file has no page language or title of its own: the document's language (front matter
`lang`, config, or detected) is the one in force.

markdown-it gives each block its lines but not the columns of inline elements, so each image and
link is located by searching forward in its block's source for its opening `![`, `[` or `<`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from markdown_it import MarkdownIt

from checker.document import PROSE_KINDS
from checker.findings import Finding

from .images import ALT_MAX_CHARS, _EXTENSION, _FILE_CODE, _is_placeholder
from .links import VAGUE_LINK_TEXTS, _plain, link_destination
from .meta import language_of_messages, rules

_PARSER = MarkdownIt("commonmark").enable("table")


_LINE_END = re.compile(r"\r\n?|\n")


class _Link:
    """A stand-in element so `link_destination` reads a Markdown link like an <a>."""
    foreign = False

    def __init__(self, href: str):
        self.attrs = {"href": href}


def check_markdown(doc, ctx=None) -> list[Finding]:
    ui_lang = language_of_messages(doc, ctx)
    source = _blank_front_matter(doc.source)
    # markdown-it ends a line at \r\n, \r or \n (its `normalize` step): count lines the same way,
    # or a token's line number points past this table.
    starts = [0] + [m.end() for m in _LINE_END.finditer(source)]
    checker = _Checker(doc, ui_lang, starts)
    checker.walk(_PARSER.parse(source))
    found = checker.findings + checker.heading_outline()
    found += undeclared_passages(checker, (ctx.language if ctx is not None else None)
                                 or doc.declared_language)
    return sorted(found, key=Finding.sort_key)


def undeclared_passages(checker: "_Checker", in_force: str | None) -> list[Finding]:
    """Paragraphs in another language than the document's, with no lang of their own (SC 3.1.2);
    Markdown gives a passage its lang through raw HTML (`<p lang="de">...</p>`), which the loader
    reads as a block with its declared language."""
    from .language import language_name
    from .page import undeclared_language
    if not in_force:
        return []
    findings = []
    for block in checker.doc.blocks:
        if block.kind not in PROSE_KINDS or block.language or not block.offsets:
            continue
        detected = undeclared_language(block.text, in_force)
        if detected:
            start, end = block.offsets[0], block.offsets[-1] + 1
            finding = checker.finding("a11y.paragraph-lang-undeclared", start, end - start,
                                      detected=language_name(detected, checker.ui_lang),
                                      suggestion=detected)
            findings.append(replace(finding, suggestions=(f'lang="{detected}"',)))
    return findings


def _blank_front_matter(source: str) -> str:
    """YAML front matter (between `---` lines at the top) is not Markdown: blank it with spaces,
    keeping line breaks and offsets."""
    lines = source.split("\n")
    if not lines or lines[0].strip("\ufeff \t\r") != "---":
        return source
    for i in range(1, len(lines)):
        if lines[i].strip(" \t\r") in ("---", "..."):
            front = "\n".join(lines[:i + 1])
            return re.sub(r"[^\n]", " ", front) + source[len(front):]
    return source


def _closing_bracket(source: str, start: int, end: int) -> int | None:
    """Offset of the `]` that closes the bracket opened just before `start` (nested images and
    brackets skipped), when a destination `(` follows it."""
    depth, i, stop = 1, start, min(end, len(source))
    while i < stop:
        char = source[i]
        if char == "\\":          # an escaped bracket is text
            i += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return i if source.startswith("(", i + 1) else None
        i += 1
    return None


class _Checker:
    def __init__(self, doc, ui_lang: str, line_starts: list[int]):
        self.doc, self.ui_lang, self.starts = doc, ui_lang, line_starts
        self.findings: list[Finding] = []
        self.headings: list[tuple[int, int]] = []   # (level, source offset)
        self.first_by_name: dict[str, str | None] = {}

    def finding(self, rule_id: str, offset: int, size: int = 1, **values) -> Finding:
        meta = rules()[rule_id]
        review = values.pop("review", False) or meta.needs_review
        key = "review_message" if review and "review_message" in meta.messages else "message"
        template = meta.messages[key].get(self.ui_lang) or meta.messages[key]["en"]
        return Finding(rule_id, meta.category, "info" if review else meta.severity,
                       template.format(**values), self.doc.source_span(offset, offset + size),
                       text=self.doc.source[offset:offset + size], standards=meta.standards,
                       needs_review=review)

    def walk(self, tokens) -> None:
        for i, token in enumerate(tokens):
            if token.type == "heading_open" and token.map:
                offset = self.starts[token.map[0]]
                self.headings.append((int(token.tag[1]), offset))
                inline = tokens[i + 1]
                if not "".join(c.content for c in inline.children or [] if c.type != "softbreak").strip() \
                        and not any(c.type == "image" and c.content.strip() for c in inline.children or []):
                    self.findings.append(self.finding("a11y.heading-empty", offset))
            elif token.type == "inline" and token.map:
                self._inline(token)

    def _inline(self, token) -> None:
        cursor = self.starts[token.map[0]]
        end = self.starts[token.map[1]] if token.map[1] < len(self.starts) else len(self.doc.source)
        children = token.children or []
        for k, child in enumerate(children):
            if child.type == "image":
                at = self.doc.source.find("![", cursor, end)
                at = at if at >= 0 else cursor
                cursor = at + 2
                self._image(child, *self._label(at, 2, end))
            elif child.type == "link_open":
                opener = "<" if child.markup == "autolink" else "["
                at = self.doc.source.find(opener, cursor, end)
                at = at if at >= 0 else cursor
                cursor = at + 1
                self._link(child, children[k + 1:], at, *self._label(at, 1, end))

    def _label(self, at: int, opener: int, end: int) -> tuple[int, int]:
        """(offset, length) of what a reader sees of a link or image: the text between the
        brackets (`cliquez ici` of `[cliquez ici](url)`); the opener itself when it is empty."""
        close = _closing_bracket(self.doc.source, at + opener, end)
        if close is not None and close > at + opener:
            return at + opener, close - at - opener
        return at, opener

    def _image(self, child, at: int, length: int) -> None:
        alt = " ".join(child.content.split())
        src = child.attrs.get("src", "")
        if not alt:
            self.findings.append(self.finding("a11y.img-alt-missing", at, length))
            return
        file_name = src.rstrip("/").rsplit("/", 1)[-1].split("?")[0].split("#")[0]
        stem = _EXTENSION.sub("", file_name)
        if file_name and alt.casefold() in (file_name.casefold(), stem.casefold()):
            definite = alt.casefold() == file_name.casefold() and _EXTENSION.search(file_name) \
                or _FILE_CODE.match(stem)
            self.findings.append(self.finding("a11y.img-alt-filename", at, length, value=alt,
                                              review=not definite))
        elif _is_placeholder(alt):
            self.findings.append(self.finding("a11y.img-alt-placeholder", at, length, value=alt))
        if len(alt) > ALT_MAX_CHARS:
            self.findings.append(self.finding("a11y.img-alt-too-long", at, length, length=len(alt),
                                              limit=ALT_MAX_CHARS))

    def _link(self, child, rest, opener: int, at: int, length: int) -> None:
        parts = []
        for token in rest:
            if token.type == "link_close":
                break
            parts.append(token.content if token.type in ("text", "code_inline", "image") else " ")
        name = " ".join("".join(parts).split())
        if not name:
            # Nothing a reader sees names the link: point at its opening bracket.
            self.findings.append(self.finding("a11y.link-name", opener))
            return
        if _plain(name) in VAGUE_LINK_TEXTS:
            self.findings.append(self.finding("a11y.link-text-vague", at, length, value=name))
        destination = link_destination(_Link(child.attrs.get("href", "")))
        first = self.first_by_name.setdefault(name.casefold(), destination)
        if first != destination:
            self.findings.append(self.finding("a11y.link-identical-name", at, length, value=name,
                                              first=first, other=destination))

    def heading_outline(self) -> list[Finding]:
        findings, previous = [], None
        for level, offset in self.headings:
            if previous is not None and level > previous + 1:
                findings.append(self.finding("a11y.heading-skipped-level", offset, level=level,
                                             previous=previous, expected=previous + 1))
            previous = level
        top = [offset for level, offset in self.headings if level == 1]
        if not top and self.headings:
            findings.append(self.finding("a11y.heading-h1-missing", self.headings[0][1]))
        if len(top) > 1:
            findings.append(self.finding("a11y.heading-h1-multiple", top[1], count=len(top)))
        return findings

"""What a PDF says about itself: tags, language, title, figures, headings (pikepdf).

Everything here is read from the document catalog and its structure tree; nothing from the
content streams (that is `pdf_text`). The tree walk is bounded (depth, element count, cycles), so
a hostile file cannot make it run away.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pikepdf

MAX_ELEMENTS = 50_000
MAX_DEPTH = 200
# Standard structure types (ISO 32000-1, 14.8.4) that hold a paragraph's worth of text.
BLOCK_ROLES = frozenset({"P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Caption", "TD", "TH",
                         "Lbl", "LBody", "LI", "BlockQuote", "Note", "Title", "TOCI"})
_HEADING = re.compile(r"^H([1-6])?$")


@dataclass
class StructBlock:
    role: str                       # standard role after the RoleMap
    level: int | None               # heading level for H1..H6 (H alone: 1)
    mcids: list[tuple[int, int]]    # (page number, MCID), in tree order
    lang: str | None = None


@dataclass
class PdfFacts:
    """The catalog-level facts the accessibility checks read."""
    pages: int = 0
    marked: bool = False            # /MarkInfo << /Marked true >>
    has_structure: bool = False     # /StructTreeRoot present
    lang: str | None = None         # catalog /Lang
    xmp_title: str | None = None    # dc:title in the XMP metadata
    info_title: str | None = None   # /Title in the document information dictionary
    display_title: bool | None = None   # /ViewerPreferences /DisplayDocTitle
    figures: list[tuple[int, str | None]] = field(default_factory=list)  # (page, /Alt or /ActualText)
    headings: list[tuple[int, int]] = field(default_factory=list)        # (page, level) in order
    part_langs: list[tuple[int, str]] = field(default_factory=list)      # (page, /Lang) of elements
    blocks: list[StructBlock] = field(default_factory=list)
    textless_pages: list[int] = field(default_factory=list)   # images but no text: scanned
    garbled_pages: list[int] = field(default_factory=list)    # glyphs not mapped to Unicode

    @property
    def tagged(self) -> bool:
        return self.marked and self.has_structure

    @property
    def title(self) -> str | None:
        return self.xmp_title or self.info_title


def read_facts(pdf: pikepdf.Pdf) -> PdfFacts:
    root = pdf.Root
    facts = PdfFacts(pages=len(pdf.pages))
    mark_info = root.get("/MarkInfo")
    facts.marked = isinstance(mark_info, pikepdf.Dictionary) and bool(mark_info.get("/Marked", False))
    facts.lang = _text(root.get("/Lang"))
    prefs = root.get("/ViewerPreferences")
    if isinstance(prefs, pikepdf.Dictionary) and "/DisplayDocTitle" in prefs:
        facts.display_title = bool(prefs.DisplayDocTitle)
    facts.info_title = _text(pdf.docinfo.get("/Title")) if pdf.trailer.get("/Info") is not None else None
    facts.xmp_title = _xmp_title(pdf)
    tree = root.get("/StructTreeRoot")
    if isinstance(tree, pikepdf.Dictionary):
        facts.has_structure = True
        pages = {page.objgen: number for number, page in enumerate(pdf.pages, start=1)}
        role_map = tree.get("/RoleMap")
        walker = _Walker(facts, pages, role_map if isinstance(role_map, pikepdf.Dictionary) else None)
        walker.visit(tree.get("/K"), page=None, depth=0)
    return facts


def _text(value) -> str | None:
    if value is None:
        return None
    try:
        text = str(value).strip()
    except (TypeError, ValueError):
        return None
    return text or None


def _xmp_title(pdf: pikepdf.Pdf) -> str | None:
    try:
        meta = pdf.open_metadata()
        title = meta.get("dc:title")
    except Exception:  # a broken XMP packet is no title, not a broken file
        return None
    return _text(title)


class _Walker:
    def __init__(self, facts: PdfFacts, pages: dict, role_map):
        self.facts, self.pages, self.role_map = facts, pages, role_map
        self.seen: set = set()
        self.count = 0

    def role(self, elem) -> str:
        name = str(elem.get("/S", "/NonStruct"))[1:]
        for _ in range(10):                 # role maps may chain; a loop ends here
            if self.role_map is None or ("/" + name) not in self.role_map:
                break
            name = str(self.role_map["/" + name])[1:]
        return name

    def page_of(self, elem, inherited: int | None) -> int | None:
        pg = elem.get("/Pg") if isinstance(elem, pikepdf.Dictionary) else None
        if isinstance(pg, pikepdf.Dictionary):
            return self.pages.get(pg.objgen, inherited)
        return inherited

    def visit(self, kids, page: int | None, depth: int) -> None:
        if kids is None or depth > MAX_DEPTH or self.count > MAX_ELEMENTS:
            return
        items = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
        for kid in items:
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != "/MCR" \
                    and kid.get("/Type") != "/OBJR" and "/S" in kid:
                key = kid.objgen if kid.is_indirect else id(kid)
                if key in self.seen:
                    continue
                self.seen.add(key)
                self.count += 1
                self.element(kid, self.page_of(kid, page), depth)

    def element(self, elem, page: int | None, depth: int) -> None:
        role = self.role(elem)
        lang = _text(elem.get("/Lang"))
        if lang and page:
            self.facts.part_langs.append((page, lang))
        if role == "Figure":
            alt = _text(elem.get("/Alt")) or _text(elem.get("/ActualText"))
            self.facts.figures.append((page or 1, alt))
        heading = _HEADING.match(role)
        if heading:
            self.facts.headings.append((page or 1, int(heading.group(1) or 1)))
        if role in BLOCK_ROLES and not self.has_block_below(elem.get("/K"), depth):
            mcids: list[tuple[int, int]] = []
            self.mcids(elem.get("/K"), page, mcids, depth)
            level = int(heading.group(1) or 1) if heading else None
            self.facts.blocks.append(StructBlock(role, level, mcids, lang))
            return
        self.visit(elem.get("/K"), page, depth + 1)

    def has_block_below(self, kids, depth: int) -> bool:
        if kids is None or depth > MAX_DEPTH:
            return False
        for kid in (list(kids) if isinstance(kids, pikepdf.Array) else [kids]):
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                if self.role(kid) in BLOCK_ROLES or self.has_block_below(kid.get("/K"), depth + 1):
                    return True
        return False

    def mcids(self, kids, page: int | None, out: list, depth: int) -> None:
        if kids is None or depth > MAX_DEPTH:
            return
        for kid in (list(kids) if isinstance(kids, pikepdf.Array) else [kids]):
            if isinstance(kid, int) and page:
                out.append((page, int(kid)))
            elif isinstance(kid, pikepdf.Dictionary):
                if kid.get("/Type") == "/MCR" and "/MCID" in kid:
                    where = self.page_of(kid, page)
                    if where:
                        out.append((where, int(kid.MCID)))
                elif "/S" in kid:
                    self.mcids(kid.get("/K"), self.page_of(kid, page), out, depth + 1)

"""PDF: one block per paragraph, in reading order, with the page of every line.

Reading order comes from the structure tree when the PDF is tagged (each paragraph-level element,
its marked content in tree order), else from pdfminer.six's layout analysis (text boxes, columns
read one after the other). Lines of a paragraph are joined; a hyphen at a line end is undone when
the joined word occurs elsewhere in the document, kept when the hyphenated form does or when the
next line goes on with another hyphen ("Hôtel-" / "de-Ville"), and otherwise undone when the next
line goes on in lower case. Without a lexicon a compound broken at its own hyphen ("porte-" /
"parole") that occurs only once is joined: a word list per language would settle it (wordfreq was
tried and takes seconds to load, too slow for a loader). Running headers and footers (the same text, page
numbers aside, at the top or bottom of most pages) and bare page numbers are left out.

Positions (DESIGN.md): `source` is the extracted text, each line of the PDF a line, a blank line
between paragraphs; `line` and `column` count in it, and `Document.line_pages` gives the page of
each line, which every finding on a PDF carries as `page`. Structure facts for the accessibility
checks (tags, /Lang, title, figures, headings, scanned or garbled pages) go in `Document.pdf`.
"""
from __future__ import annotations

import io
import re
import statistics
import zlib
from collections import Counter
from dataclasses import dataclass

import pikepdf

from checker.document import Document, block_from_chars
from checker.errors import BrokenInput
from checker.findings import Finding
from checker.sources.pdf_structure import PdfFacts, read_facts
from checker.sources.pdf_text import MAX_GLYPHS, Line, PageText, TooManyGlyphs, extract

MAX_PAGES = 100           # a release is a few pages; pdfminer takes ~0.05-0.1 s a page, so a
                          # 1,000-page file is checked on its first 100, and says so
_WORD = re.compile(r"\w+(?:-\w+)*")
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:page|seite|pagina|página|p\.|s\.)?\s*\d{1,4}"
                          r"(?:\s*(?:/|of|sur|von|di|de)\s*\d{1,4})?(?:\s*[-–—])?$", re.I)
_EDGE_LINES = 2           # lines at the top and at the bottom of a page that may be furniture
_MARGIN = 0.08            # ... if they sit in the top or bottom 8% of the page (A4: 67 pt)


@dataclass
class _Paragraph:
    lines: list[Line]
    kind: str = "paragraph"
    level: int | None = None
    language: str | None = None


def load_bytes(data: bytes, path: str) -> Document:
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise BrokenInput("is encrypted and needs a password; it was not checked",
                          "input.encrypted") from None
    except pikepdf.PdfError as exc:
        raise BrokenInput(f"is not a readable PDF ({_first_line(exc)})") from None
    with pdf:
        facts = read_facts(pdf)
        inflated = _content_size(pdf)
    if inflated > MAX_CONTENT:
        raise BrokenInput(f"draws its pages from more than {MAX_CONTENT:,} bytes of content "
                          "streams, once inflated; it was not read", "input.too-large")
    try:
        pages = extract(io.BytesIO(data), MAX_PAGES)
    except TooManyGlyphs:
        raise BrokenInput(f"draws more than {MAX_GLYPHS:,} characters on a page; it was not read",
                          "input.too-large") from None
    except Exception as exc:  # pdfminer's many parse errors: the file is broken, say so
        raise BrokenInput(f"is not a readable PDF ({_first_line(exc)})") from None
    for page in pages:
        if page.images and not page.lines:
            facts.textless_pages.append(page.number)
        if page.unmapped:
            facts.garbled_pages.append(page.number)
    paragraphs = _tagged_paragraphs(pages, facts) if facts.tagged else None
    if not paragraphs:
        paragraphs = _layout_paragraphs(pages)
    doc = _build(path, paragraphs, facts)
    if facts.pages > MAX_PAGES:
        doc.notes.append(Finding(
            "input.too-many-pages", "input", "warning",
            f"The PDF has {facts.pages:,} pages; the first {MAX_PAGES} were checked."))
    return doc


# pdfminer inflates a page's content streams whole before reading them: a 2.6 MB file whose stream
# inflates to 1 GB took 2 GB (found by benchmarks/fuzz.py). The streams of the pages read (and
# their forms) are measured first, inflating in bounded steps, without keeping the result.
MAX_CONTENT = 20_000_000
_FLATE = ("/FlateDecode", "/Fl")


def _content_size(pdf: pikepdf.Pdf) -> int:
    total = 0
    seen: set = set()
    for page in list(pdf.pages)[:MAX_PAGES]:
        total += _streams_size(page.obj, seen, MAX_CONTENT + 1 - total, depth=0)
        if total > MAX_CONTENT:
            break
    return total


def _streams_size(node, seen: set, budget: int, depth: int) -> int:
    """Inflated bytes of a page's or form's /Contents and of the forms it draws, up to budget."""
    total = 0
    contents = node.get("/Contents") if isinstance(node, pikepdf.Dictionary) else node
    streams = [contents] if isinstance(contents, pikepdf.Stream) else (
        list(contents) if isinstance(contents, pikepdf.Array) else [])
    resources = node.get("/Resources") if isinstance(node, (pikepdf.Dictionary, pikepdf.Stream)) else None
    forms = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
    if isinstance(forms, pikepdf.Dictionary) and depth < 4:
        streams += [f for f in forms.values() if isinstance(f, pikepdf.Stream)
                    and f.get("/Subtype") == "/Form"]
    for stream in streams:
        if not isinstance(stream, pikepdf.Stream) or stream.objgen in seen:
            continue
        if stream.objgen != (0, 0):
            seen.add(stream.objgen)
        total += _inflated(stream, budget - total)
        if stream.get("/Subtype") == "/Form" and total <= budget:
            total += _streams_size(stream, seen, budget - total, depth + 1)
        if total > budget:
            break
    return total


def _inflated(stream: pikepdf.Stream, budget: int) -> int:
    """The stream's size after its Flate filters (others count as stored), up to budget + 1."""
    filters = stream.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else (
        [str(filters)] if filters is not None else [])
    flates = 0
    for name in names:
        if name not in _FLATE:
            break
        flates += 1
    try:
        raw = stream.read_raw_bytes()
    except pikepdf.PdfError:
        return 0
    chunks = [raw]
    for _ in range(flates):
        inflater, size, out = zlib.decompressobj(), 0, []
        try:
            for chunk in chunks:
                piece = inflater.decompress(chunk, budget + 1 - size)
                while piece:
                    size += len(piece)
                    out.append(piece)
                    if size > budget:
                        return size
                    piece = inflater.decompress(inflater.unconsumed_tail, budget + 1 - size)
        except zlib.error:
            pass                # broken data: pdfminer will say so, with what was inflated
        chunks = out
    return sum(len(c) for c in chunks)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def _tagged_paragraphs(pages: list[PageText], facts: PdfFacts) -> list[_Paragraph] | None:
    """Paragraphs in structure-tree order; None when the tags do not cover the text (then the
    layout is a better guide than a tree that misses half the words)."""
    by_mcid: dict[tuple[int, int], list[Line]] = {}
    for page in pages:
        for line in page.lines:
            if line.mcid is not None:
                by_mcid.setdefault((page.number, line.mcid), []).append(line)
    paragraphs = []
    claimed = 0
    for block in facts.blocks:
        lines = [line for key in dict.fromkeys(block.mcids) for line in by_mcid.get(key, [])]
        if not lines:
            continue
        lines.sort(key=lambda line: (line.page, line.seq))
        claimed += len(lines)
        kind = "heading" if block.level else {"LI": "list_item", "LBody": "list_item",
                                              "TD": "table_cell", "TH": "table_cell",
                                              "Caption": "caption",
                                              "BlockQuote": "quote"}.get(block.role, "paragraph")
        paragraphs.append(_Paragraph(lines, kind, block.level, block.lang))
    total = sum(1 for page in pages for line in page.lines if not _is_garbled(line))
    return paragraphs if paragraphs and claimed >= 0.5 * total else None


def _layout_paragraphs(pages: list[PageText]) -> list[_Paragraph]:
    furniture = _running_furniture(pages)
    paragraphs: list[_Paragraph] = []
    for page in pages:
        boxes: dict[int, list[Line]] = {}
        for line in page.lines:
            if (page.number, id(line)) in furniture:
                continue
            boxes.setdefault(line.box, []).append(line)
        paragraphs.extend(_Paragraph(lines) for lines in boxes.values())
    _mark_headings(paragraphs)
    return paragraphs


def _running_furniture(pages: list[PageText]) -> set[tuple[int, int]]:
    """(page, id(line)) of the running headers, footers and page numbers: lines in the top or
    bottom margin zone whose text, digits aside, recurs on most pages, and bare page numbers."""
    edges: dict[int, list[Line]] = {}
    for page in pages:
        ordered = sorted(page.lines, key=lambda line: line.top)
        candidates = ordered[:_EDGE_LINES] + ordered[-_EDGE_LINES:]
        unique = list({id(line): line for line in candidates}.values())
        edges[page.number] = [line for line in unique
                              if line.top < _MARGIN * page.height
                              or line.top > (1 - _MARGIN) * page.height]
    counts: Counter[str] = Counter()
    for lines in edges.values():
        counts.update({_shape(line.text) for line in lines})
    repeated = {shape for shape, n in counts.items()
                if len(pages) >= 2 and n >= max(2, 0.6 * len(pages))}
    furniture = set()
    for number, lines in edges.items():
        for line in lines:
            if _shape(line.text) in repeated or _PAGE_NUMBER.match(line.text.strip()):
                furniture.add((number, id(line)))
    return furniture


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _mark_headings(paragraphs: list[_Paragraph]) -> None:
    """Untagged PDFs: a short paragraph set clearly larger than the body text is a heading;
    the largest size is level 1."""
    sizes = [line.size for p in paragraphs for line in p.lines for _ in line.text]
    if not sizes:
        return
    body = statistics.median(sizes)
    heading_sizes = sorted({round(_size(p), 1) for p in paragraphs if _is_heading(p, body)},
                           reverse=True)
    for p in paragraphs:
        if _is_heading(p, body):
            p.kind, p.level = "heading", heading_sizes.index(round(_size(p), 1)) + 1


def _size(p: _Paragraph) -> float:
    return statistics.median(line.size for line in p.lines)


def _is_heading(p: _Paragraph, body: float) -> bool:
    words = sum(len(line.text.split()) for line in p.lines)
    return _size(p) >= 1.15 * body and words <= 20 and len(p.lines) <= 3


def _is_garbled(line: Line) -> bool:
    return line.unmapped > 0


def _build(path: str, paragraphs: list[_Paragraph], facts: PdfFacts) -> Document:
    vocabulary = Counter(w.lower() for p in paragraphs for line in p.lines
                         for w in _WORD.findall(line.text))
    source_lines: list[str] = []
    line_pages: list[int] = []
    pending = []
    offset = 0
    last_page = 0

    def blank(page: int) -> None:
        nonlocal offset
        source_lines.append("")
        line_pages.append(page)
        offset += 1

    for p in paragraphs:
        first = p.lines[0].page
        for page in range(last_page + 1, first):   # a page without text keeps a line of its own
            blank(page)
        if source_lines:
            blank(max(last_page, first) if first > last_page else line_pages[-1])
        last_page = max(last_page, p.lines[-1].page)
        chars: list[str] = []
        offs: list[int] = []
        for i, line in enumerate(p.lines):
            if i:
                _join(chars, offs, line.text, vocabulary, offset - 1)
            chars.extend(line.text)
            offs.extend(range(offset, offset + len(line.text)))
            source_lines.append(line.text)
            line_pages.append(line.page)
            offset += len(line.text) + 1
        if not any(_is_garbled(line) for line in p.lines):
            pending.append((p, chars, offs))
    for page in range(last_page + 1, min(facts.pages, MAX_PAGES) + 1):
        blank(page)
    doc = Document(path=path, format="pdf", source="\n".join(source_lines))
    for p, chars, offs in pending:
        block = block_from_chars(p.kind, chars, offs, level=p.level, language=p.language)
        if block:
            doc.blocks.append(block)
    doc.line_pages = line_pages or [1]
    doc.pdf = facts
    doc.declared_language = facts.lang
    return doc


def _join(chars: list[str], offs: list[int], next_text: str, vocabulary: Counter,
          newline_offset: int) -> None:
    """Join the next line to a paragraph: undo a line-end hyphen or put a space for the newline."""
    if chars and chars[-1] == "-" and len(chars) > 1 and chars[-2].isalpha():
        head = re.search(r"(\w+)-$", "".join(chars[-60:]))
        tail = re.match(r"\w+(-?)", next_text)
        if head and tail and not tail.group(1) \
                and _undo_hyphen(head.group(1), tail.group(0), vocabulary):
            chars.pop()
            offs.pop()
            return
        return                                  # a real hyphen: "Hôtel-" + "de-Ville"
    chars.append("\n")
    offs.append(newline_offset)


def _undo_hyphen(head: str, tail: str, vocabulary: Counter) -> bool:
    joined, hyphenated = (head + tail).lower(), f"{head}-{tail}".lower()
    if vocabulary[joined]:
        return True
    if vocabulary[hyphenated]:
        return False
    return tail[:1].islower()

"""The words of a PDF with their places: pdfminer.six's layout analysis, plus marked content.

pdfminer.six (MIT) is used for text because it rebuilds lines and text boxes from glyph positions
(two columns come out column by column) and maps glyphs to Unicode through ToUnicode and the
standard encodings; pikepdf (MPL-2.0) reads the structure in `checker.sources.pdf`. PyMuPDF would
be faster but is AGPL, which lisible avoids. pdfminer does not tell which marked-content sequence
(MCID) a glyph belongs to, which a tagged PDF's reading order needs: `_MarkedAggregator` records it,
with the glyph's order in the content stream.
"""
from __future__ import annotations

import logging
import re
import statistics
from dataclasses import dataclass, field

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTAnno, LTChar, LTFigure, LTImage, LTTextBox, LTTextLine
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

logging.getLogger("pdfminer").setLevel(logging.ERROR)   # font warnings are not the user's business

_UNMAPPED = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff\ufffd]")


@dataclass
class Line:
    """One line of text as laid out: its characters, where it sits, what it belongs to."""
    text: str
    page: int                       # 1-based
    top: float                      # distance from the page's top edge, in points
    size: float                     # median font size of its glyphs
    mcid: int | None                # marked-content id of its first glyph, None when untagged
    seq: int                        # order of its first glyph in the content stream
    box: int                        # index of the text box (paragraph) the layout put it in
    unmapped: int = 0               # glyphs that could not be mapped to Unicode


@dataclass
class PageText:
    number: int
    lines: list[Line] = field(default_factory=list)
    images: int = 0
    height: float = 0.0

    @property
    def glyphs(self) -> int:
        return sum(len(line.text) for line in self.lines)

    @property
    def unmapped(self) -> int:
        return sum(line.unmapped for line in self.lines)


class _MarkedAggregator(PDFPageAggregator):
    """Layout aggregator that stamps each glyph with its MCID and its content-stream order."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._mcids: list[int | None] = []
        self._seq = 0

    def begin_tag(self, tag, props=None):
        mcid = props.get("MCID") if isinstance(props, dict) else None
        inherited = self._mcids[-1] if self._mcids else None
        self._mcids.append(mcid if isinstance(mcid, int) else inherited)

    def end_tag(self):
        if self._mcids:
            self._mcids.pop()

    def render_char(self, *args, **kwargs):
        advance = super().render_char(*args, **kwargs)
        glyph = self.cur_item._objs[-1]
        # pdfminer's glyph objects carry lisible's marks as extra attributes.
        glyph.mcid = self._mcids[-1] if self._mcids else None   # type: ignore[attr-defined]
        glyph.seq = self._seq                                   # type: ignore[attr-defined]
        self._seq += 1
        return advance


def extract(stream, max_pages: int) -> list[PageText]:
    """The lines of the first `max_pages` pages of the PDF read from the binary `stream`."""
    manager = PDFResourceManager(caching=True)
    device = _MarkedAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    pages = []
    for number, page in enumerate(PDFPage.get_pages(stream, maxpages=max_pages), start=1):
        interpreter.process_page(page)
        layout = device.get_result()
        out = PageText(number, height=float(layout.height))
        _collect(layout, out, [0])
        pages.append(out)
    return pages


def _collect(container, out: PageText, box_counter: list[int]) -> None:
    for item in container:
        if isinstance(item, LTTextBox):
            for line in item:
                if isinstance(line, LTTextLine):
                    made = _line(line, out, box_counter[0])
                    if made:
                        out.lines.append(made)
            box_counter[0] += 1
        elif isinstance(item, LTImage):
            out.images += 1
        elif isinstance(item, LTFigure):
            _collect(item, out, box_counter)
        elif isinstance(item, LTTextLine):   # a line the layout left outside any box
            made = _line(item, out, box_counter[0])
            box_counter[0] += 1
            if made:
                out.lines.append(made)


def _line(line: LTTextLine, page: PageText, box: int) -> Line | None:
    glyphs = [g for g in line if isinstance(g, LTChar)]
    if not glyphs:
        return None
    text = "".join(g.get_text() for g in line if isinstance(g, (LTChar, LTAnno))).rstrip("\n")
    if not text.strip():
        return None
    unmapped = len(_UNMAPPED.findall(text))
    first = min(glyphs, key=lambda g: getattr(g, "seq", 0))
    return Line(text=text.strip(), page=page.number, top=page.height - line.y1,
                size=statistics.median(g.size for g in glyphs),
                mcid=getattr(first, "mcid", None), seq=getattr(first, "seq", 0), box=box,
                unmapped=unmapped)

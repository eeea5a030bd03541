"""Write small, real PDF files whose every property is known, for lisible's examples and tests.

A PDF here is built object by object with pikepdf (the same library lisible reads structure with),
so a test can say exactly what a file has: tagged or not (marked content, a structure tree with
/P, /H1.., /Figure elements and its parent tree), /Lang, a title in the XMP metadata and the
document info, DisplayDocTitle, a figure with or without /Alt, two columns, repeated footers,
an image-only page, an unmapped (Identity-H, no ToUnicode) font, encryption. Text uses the
standard Helvetica fonts with WinAnsiEncoding, so accented Latin letters extract exactly.

    python scripts/make_pdf_examples.py   # uses this module to write examples/*.pdf
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, String

PAGE_W, PAGE_H = 595, 842          # A4 in points
LEFT, TOP = 72, 760
BODY_SIZE, LEADING = 11, 15


@dataclass
class Para:
    """A paragraph as it is laid out: its lines (already broken, hyphens included), its role."""
    lines: list[str]
    role: str = "P"                 # P, H1..H6, Figure (an image), Artifact (header or footer)
    size: float = BODY_SIZE
    alt: str | None = None          # /Alt of a Figure
    x: float = LEFT                 # left edge (a second column starts further right)
    y: float | None = None          # top baseline; None: below the previous paragraph
    lang: str | None = None         # /Lang of this structure element


@dataclass
class Page:
    paras: list[Para] = field(default_factory=list)
    image_only: bool = False        # one grey image filling the page, no text at all
    unmapped: bool = False          # text drawn with a font that cannot be mapped to Unicode
    struct_reversed: bool = False   # tag tree lists this page's paragraphs last drawn first


@dataclass
class Spec:
    pages: list[Page]
    tagged: bool = False
    lang: str | None = None
    title: str | None = None        # dc:title in XMP and /Title in the info dictionary
    display_title: bool | None = None   # ViewerPreferences /DisplayDocTitle (None: absent)
    footer: str | None = None       # drawn at the bottom of every page ("{page}" is replaced)
    encrypt_password: str | None = None


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _fonts(pdf: pikepdf.Pdf) -> Dictionary:
    regular = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                           BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding))
    bold = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                        BaseFont=Name("/Helvetica-Bold"),
                                        Encoding=Name.WinAnsiEncoding))
    # A composite font with Identity-H and no /ToUnicode: its codes say nothing about the letters.
    cid = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.CIDFontType2, BaseFont=Name("/Garbled"),
        CIDSystemInfo=Dictionary(Registry=String("Adobe"), Ordering=String("Identity"),
                                 Supplement=0), DW=600))
    unmapped = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type0,
                                            BaseFont=Name("/Garbled"),
                                            Encoding=Name("/Identity-H"),
                                            DescendantFonts=Array([cid])))
    return Dictionary(F1=regular, F2=bold, F3=unmapped)


def _image(pdf: pikepdf.Pdf) -> pikepdf.Stream:
    image = pikepdf.Stream(pdf, bytes([200]) * (8 * 8))
    image.Type, image.Subtype = Name.XObject, Name.Image
    image.Width, image.Height, image.BitsPerComponent = 8, 8, 8
    image.ColorSpace = Name.DeviceGray
    return image


def build(spec: Spec) -> bytes:
    pdf = pikepdf.new()
    fonts = _fonts(pdf)
    image = _image(pdf)
    root_elem = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document, K=Array()))
    parent_tree = Array()
    for number, page_spec in enumerate(spec.pages, start=1):
        page = pdf.add_blank_page(page_size=(PAGE_W, PAGE_H))
        page.obj.Resources = Dictionary(Font=fonts, XObject=Dictionary(Im1=image))
        ops, mcid_elems = _draw(pdf, page_spec, spec, number, root_elem, page.obj)
        page.obj.Contents = pdf.make_stream(b"\n".join(ops))
        if spec.tagged:
            page.obj.StructParents = number - 1
            parent_tree.extend([number - 1, Array(mcid_elems)])
    if spec.tagged:
        pdf.Root.MarkInfo = Dictionary(Marked=True)
        pdf.Root.StructTreeRoot = pdf.make_indirect(Dictionary(
            Type=Name.StructTreeRoot, K=root_elem,
            ParentTree=pdf.make_indirect(Dictionary(Nums=parent_tree))))
        root_elem.P = pdf.Root.StructTreeRoot
    if spec.lang:
        pdf.Root.Lang = String(spec.lang)
    if spec.title:
        pdf.docinfo[Name.Title] = spec.title
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = spec.title
    if spec.display_title is not None:
        pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=spec.display_title)
    out = io.BytesIO()
    if spec.encrypt_password:
        pdf.save(out, encryption=pikepdf.Encryption(user=spec.encrypt_password,
                                                    owner=spec.encrypt_password + "-owner"))
    else:
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


def _draw(pdf, page_spec: Page, spec: Spec, number: int, root_elem, page_obj):
    ops: list[bytes] = []
    mcid_elems: list = []
    if page_spec.image_only:
        ops.append(b"q 451 0 0 698 72 72 cm /Im1 Do Q")
        return ops, mcid_elems
    y = TOP
    font = b"/F3" if page_spec.unmapped else b"/F1"
    for para in page_spec.paras:
        y = para.y if para.y is not None else y
        tag = para.role if para.role != "Artifact" else None
        mcid = len(mcid_elems)
        if spec.tagged and tag:
            ops.append(b"/" + tag.encode() + b" <</MCID " + str(mcid).encode() + b">> BDC")
        elif spec.tagged:
            ops.append(b"/Artifact BMC")
        if para.role == "Figure":
            ops.append(f"q 120 0 0 80 {para.x} {y - 80} cm /Im1 Do Q".encode())
            y -= 80 + LEADING
        else:
            face = b"/F2" if para.role.startswith("H") and not page_spec.unmapped else font
            for line in para.lines:
                text = (b"<" + line.encode("utf-16-be").hex().encode() + b">"
                        if page_spec.unmapped else b"(" + _escape(line) + b")")
                ops.append(b"BT " + face + f" {para.size} Tf {para.x} {y} Td ".encode()
                           + text + b" Tj ET")
                y -= para.size + (LEADING - BODY_SIZE)
            y -= LEADING * 0.8
        if spec.tagged:
            ops.append(b"EMC")
            if tag:
                elem = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + tag),
                                                    P=root_elem, Pg=page_obj, K=mcid))
                if para.alt is not None:
                    elem.Alt = String(para.alt)
                if para.lang:
                    elem.Lang = String(para.lang)
                if page_spec.struct_reversed:
                    root_elem.K.insert(len(root_elem.K) - len(mcid_elems), elem)
                else:
                    root_elem.K.append(elem)
                mcid_elems.append(elem)
    if spec.footer:
        if spec.tagged:
            ops.append(b"/Artifact BMC")
        footer = spec.footer.replace("{page}", str(number))
        ops.append(b"BT /F1 9 Tf 72 40 Td (" + _escape(footer) + b") Tj ET")
        if spec.tagged:
            ops.append(b"EMC")
    return ops, mcid_elems


def spec_from_data(data: dict) -> Spec:
    """A Spec from plain data (as the rule examples in rules/a11y/rules.yaml write it): `pages` is
    a list whose items are lists of paragraphs [role, text, lang, alt] (text lines split on
    newlines; H1..H6 get a larger size), or "image" (a scanned page) or "unmapped" (a line of
    text in a font without a Unicode map)."""
    pages = []
    for page in data.get("pages", []):
        if page == "image":
            pages.append(Page(image_only=True))
        elif page == "unmapped":
            pages.append(Page(unmapped=True, paras=[Para(["Text in a garbled font"])]))
        else:
            paras = []
            for role, text, *rest in page:
                lang = rest[0] if rest else None
                alt = rest[1] if len(rest) > 1 else None
                size = 18 - 2 * int(role[1]) if role[:1] == "H" and role[1:].isdigit() else BODY_SIZE
                paras.append(Para(str(text).split("\n") if text else [], role, size=size,
                                  lang=lang, alt=alt))
            pages.append(Page(paras))
    keys = ("tagged", "lang", "title", "display_title", "footer", "encrypt_password")
    return Spec(pages=pages, **{k: data[k] for k in keys if k in data})


def write(spec: Spec, path: Path) -> Path:
    path.write_bytes(build(spec))
    return path

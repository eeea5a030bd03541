"""Short builders for test PDFs: spec(pages, **options), page(*paras), P(*lines), H(level, text)."""
from pdf_helpers import pdfgen


def P(*lines):
    return pdfgen.Para(list(lines))


def H(level, text):
    return pdfgen.Para([text], f"H{level}", size=18 - 2 * level)


def page(*paras):
    return pdfgen.Page(list(paras))


def spec(pages, **options):
    return pdfgen.Spec(pages=pages, **options)

#!/usr/bin/env python3
"""Write the PDF examples from two of the Markdown examples, with scripts/pdfgen.py:

- examples/communique-fr.pdf: tagged, /Lang fr-FR, a title shown in the title bar, a figure with
  an alternative text; lisible finds no accessibility fault in it.
- examples/press-release-en.pdf: the same kind of release exported without tags, language or
  title, on two pages with a running footer; lisible reports what a screen reader would miss.

    python scripts/make_pdf_examples.py        # rewrites both files (byte for byte the same)
"""
from __future__ import annotations

import importlib.util
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("lisible_pdfgen", ROOT / "scripts" / "pdfgen.py")
pdfgen = importlib.util.module_from_spec(_spec)
sys.modules["lisible_pdfgen"] = pdfgen
_spec.loader.exec_module(pdfgen)

WRAP = 88                 # characters per line at 11 pt Helvetica on A4 with 2.5 cm margins
LINES_PER_PAGE = 40


def paragraphs(markdown: str) -> list[tuple[str, str]]:
    """(role, text) of each block of a simple Markdown release: #, ## and - lines, paragraphs."""
    body = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.S)
    out = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        for line in chunk.splitlines() if chunk.lstrip().startswith("- ") else [chunk]:
            text = re.sub(r"\*\*(.+?)\*\*", r"\1", " ".join(line.split()))
            text = re.sub(r"\[(.+?)\]\(.+?\)", r"\1", text).replace("\u202f", "\u00a0")
            if text.startswith("## "):
                out.append(("H2", text[3:]))
            elif text.startswith("# "):
                out.append(("H1", text[2:]))
            elif text.startswith("- "):
                out.append(("P", "\u2022 " + text[2:]))
            else:
                out.append(("P", text))
    return out


def layout(blocks: list[tuple[str, str]], figure_alt: str | None,
           lines_per_page: int = LINES_PER_PAGE) -> list:
    pages, paras, used = [], [], 0
    for n, (role, text) in enumerate(blocks):
        size = {"H1": 18, "H2": 14}.get(role, pdfgen.BODY_SIZE)
        lines = textwrap.wrap(text, WRAP if role == "P" else 60, break_on_hyphens=False)
        if used + len(lines) + 2 > lines_per_page:
            pages.append(pdfgen.Page(paras))
            paras, used = [], 0
        paras.append(pdfgen.Para(lines, role, size=size))
        used += len(lines) + 1
        if n == 1 and figure_alt:
            paras.append(pdfgen.Para([], "Figure", alt=figure_alt))
            used += 6
    pages.append(pdfgen.Page(paras))
    return pages


def main() -> None:
    fr = paragraphs((ROOT / "examples" / "communique-fr.md").read_text(encoding="utf-8"))
    pdfgen.write(pdfgen.Spec(layout(fr, "Plan de la déviation par le pont Winston-Churchill"),
                             tagged=True, lang="fr-FR",
                             title="Fermeture temporaire du pont Saint-Clair",
                             display_title=True), ROOT / "examples" / "communique-fr.pdf")
    en = paragraphs((ROOT / "examples" / "press-release-en.md").read_text(encoding="utf-8"))
    pdfgen.write(pdfgen.Spec(layout(en, None, lines_per_page=12), footer="Bristol City Council - {page}"),
                 ROOT / "examples" / "press-release-en.pdf")


if __name__ == "__main__":
    main()

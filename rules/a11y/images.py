"""Images and image buttons: a text alternative, and one that says something (WCAG 2.2 SC 1.1.1)."""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from checker.findings import Finding
from checker.html.aria import role_of
from checker.html.tree import Element

from .meta import Page

ALT_MAX_CHARS = 150   # WebAIM "Alternative text" and most checkers' threshold for a long alt
# Alt texts that only say "there is an image", per first-class language (WCAG technique F30).
PLACEHOLDERS = frozenset("""
    image images img photo photos picture pic graphic graphics icon logo spacer placeholder
    untitled alt blank thumbnail banner screenshot
    illustration visuel icône vignette photographie
    bild foto grafik abbildung symbol
    imagen fotografía gráfico icono
    immagine fotografia grafica icona
    """.split()) | {"alt text", "sans titre", "image sans titre", "no alt", "texte alternatif"}
# Camera and screenshot file codes (IMG_1234, DSC01234, Screenshot 2024-...) and checksums.
_FILE_CODE = re.compile(r"^(?:img|dsc[nf]?|pict?|p|photo|image|screenshot|capture|scan|pxl)"
                        r"[\s_-]*\d[\d_\s-]*$|^[0-9a-f]{16,}$", re.I)
_EXTENSION = re.compile(r"\.[a-z0-9]{2,5}$", re.I)


def check_images(page: Page) -> list[Finding]:
    findings = []
    for el in page.tree.iter():
        if el.foreign or page.vis.excluded(el):
            continue
        if el.tag == "input" and el.attrs.get("type", "").lower() == "image":
            findings.extend(_image_button(page, el))
        elif el.tag == "button" and role_of(el) == "button":
            if not page.name(el) and any(d.tag == "img" for d in el.iter()):
                findings.append(page.finding("a11y.image-button-name", el))
        elif role_of(el) == "img":
            findings.extend(_image(page, el))
    return findings


def _image_button(page: Page, el: Element) -> list[Finding]:
    name = page.name(el)
    if not name:
        return [page.finding("a11y.image-button-name", el)]
    return _filename(page, el, name)


def _image(page: Page, el: Element) -> list[Finding]:
    name = page.name(el)
    if not name:
        return [page.finding("a11y.img-alt-missing", el)]
    found = _filename(page, el, name) if el.tag == "img" else []
    if not found and _is_placeholder(name):
        found.append(page.finding("a11y.img-alt-placeholder", el, value=name))
    if len(name) > ALT_MAX_CHARS:
        found.append(page.finding("a11y.img-alt-too-long", el, length=len(name),
                                  limit=ALT_MAX_CHARS))
    return found


def _is_placeholder(name: str) -> bool:
    plain = re.sub(r"[\s.:;,!?\-–—_()]+", " ", name.casefold()).strip()
    return plain in PLACEHOLDERS or bool(_FILE_CODE.match(name.strip()))


def image_sources(el: Element) -> list[str]:
    """File names of the image's sources: src, srcset, and the <source> siblings in a <picture>."""
    urls = [el.attrs.get("src", "")] + _srcset(el.attrs.get("srcset", ""))
    if el.parent is not None and el.parent.tag == "picture":
        for sibling in el.parent.children:
            if isinstance(sibling, Element) and sibling.tag == "source":
                urls += _srcset(sibling.attrs.get("srcset", ""))
    names = []
    for url in urls:
        try:
            path = urlsplit(url.strip()).path
        except ValueError:   # malformed address: take it as a path
            path = url.strip()
        name = unquote(path.rstrip("/").rsplit("/", 1)[-1]) if path else ""
        if name:
            names.append(name)
    return names


def _srcset(value: str) -> list[str]:
    return [candidate.split()[0] for candidate in value.split(",") if candidate.split()]


def _filename(page: Page, el: Element, name: str) -> list[Finding]:
    """ACT 9eb3f6: a name equal to a source's file name. With its extension, or a camera code or
    checksum, it describes nothing (error); a plain word may describe the image or not (review).
    In a download link the file name with its extension is what the user needs (no finding)."""
    wanted = name.strip().casefold()
    for file_name in image_sources(el):
        stem = _EXTENSION.sub("", file_name)
        if wanted == file_name.casefold() and _EXTENSION.search(file_name):
            if any(a.tag == "a" and "download" in a.attrs for a in el.ancestors()):
                return []
            review = False
        elif wanted in (file_name.casefold(), stem.casefold()):
            review = not _FILE_CODE.match(stem)
        else:
            continue
        return [page.finding("a11y.img-alt-filename", el, review=review, value=name)]
    return []

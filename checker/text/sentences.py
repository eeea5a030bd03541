"""Sentence splitting per language (first version: to be refined by the text-accuracy work)."""
from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = {
    "en": {"mr", "mrs", "ms", "dr", "st", "no", "etc", "e.g", "i.e", "vs", "jan", "feb", "prof"},
    "fr": {"m", "mme", "mlle", "dr", "st", "etc", "cf", "p", "n", "no", "av", "bd"},
    "de": {"z.b", "d.h", "nr", "dr", "st", "bzw", "usw", "vgl", "ca", "prof", "u.a", "s"},
    "es": {"sr", "sra", "srta", "dr", "dra", "etc", "núm", "pág", "ud", "uds"},
    "it": {"sig", "sig.ra", "dott", "ecc", "pag", "prof", "n", "ing", "avv"},
}

_END = re.compile(r"[.!?…]+[»\"”“’)\]]*")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split(text: str, lang: str | None = None) -> list[Sentence]:
    """Split `text` (one block) into sentences with offsets into `text`."""
    abbrevs = ABBREVIATIONS.get((lang or "en")[:2], set())
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        after = text[end:end + 2]
        if end < len(text) and not after[:1].isspace():
            continue
        before = text[start:m.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if m.group().startswith(".") and len(m.group()) == 1:
            if last in abbrevs or (len(last) == 1 and last.isalpha()):
                continue
            if last.isdigit() and lang and lang.startswith("de"):
                continue  # German ordinal: "am 1. März"
        _add(out, text, start, end)
        start = end
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))

"""Words as readers count them (first version: to be refined by the text-accuracy work)."""
from __future__ import annotations

import re
from dataclasses import dataclass

URL_RE = r"(?:https?://|www\.)[^\s<>«»\"]+[^\s<>«»\".,;:!?)\]]"
EMAIL_RE = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
NUMBER_RE = r"\d+(?:[.,'’\u202f\u00a0]\d+)*%?"
# A word: letters, with inner hyphens or apostrophes (l'opération counts as one word, as French
# readers count it in running text; see the text-accuracy work for the finer rules).
WORD_RE = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"

TOKEN_RE = re.compile(
    f"(?P<url>{URL_RE})|(?P<email>{EMAIL_RE})|(?P<number>{NUMBER_RE})|(?P<word>{WORD_RE})"
)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # word | number | url | email

    @property
    def counts_as_word(self) -> bool:
        return self.kind in ("word", "number")


def tokenize(text: str, lang: str | None = None) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(), m.lastgroup) for m in TOKEN_RE.finditer(text)]


def words(text: str, lang: str | None = None) -> list[Token]:
    """Tokens a reader counts as words: words and numbers, not URLs or e-mail addresses."""
    return [t for t in tokenize(text, lang) if t.counts_as_word]

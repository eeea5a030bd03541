"""TextStats: the text of a document measured once; every readability formula reads this.

Counts follow DESIGN.md: `characters` counts letters and digits; words are what a reader counts
(numbers yes, URLs and e-mail addresses no); sentences never cross a block; only prose blocks count
(not the page title or alt texts).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from checker import languages
from checker.text import sentences as sentence_mod
from checker.text import syllables as syllable_mod
from checker.text import words as word_mod


@dataclass(frozen=True)
class SentenceInfo:
    block_index: int      # index into Document.blocks
    start: int            # offsets in the block's text
    end: int
    text: str
    words: tuple          # Tokens counted as words, offsets relative to the block text
    syllables: tuple      # syllables per word (0 for numbers: see `number_syllables`)


@dataclass
class TextStats:
    lang: str
    sentences: list[SentenceInfo] = field(default_factory=list)
    paragraphs: int = 0
    words: int = 0
    syllables: int = 0
    characters: int = 0          # letters and digits
    letters: int = 0             # letters only (Coleman-Liau counts letters)
    long_words: int = 0          # more than 6 letters (LIX)
    polysyllables: int = 0       # 3 syllables or more (SMOG, Fog, Wiener MS)
    monosyllables: int = 0       # exactly 1 syllable (Wiener ES)
    complex_words: int = 0       # 3+ syllables, not a number (Gunning Fog's hard words, simplified)

    @property
    def sentence_count(self) -> int:
        return len(self.sentences)

    def without_tokens(self) -> "TextStats":
        """The same counts, and each sentence's place and text without its tokens and syllables
        (`words` and `syllables` empty): what a worker process sends back once every analyzer
        has read them (checker/engine.py analyze_file)."""
        return replace(self, sentences=[replace(s, words=(), syllables=())
                                        for s in self.sentences])

    def as_dict(self) -> dict:
        return {"characters": self.characters, "words": self.words,
                "sentences": self.sentence_count, "syllables": self.syllables,
                "paragraphs": self.paragraphs}


def measure(doc, lang: str) -> TextStats:
    """Measure the prose blocks of `doc` in language `lang` (primary subtag)."""
    stats = TextStats(lang=lang)
    for index, block in enumerate(doc.blocks):
        if not block.counts_for_readability:
            continue
        stats.paragraphs += 1
        block_lang = languages.code_of(block.language or lang)
        count = syllable_mod.counter(block_lang)
        for sent in sentence_mod.split(block.text, block_lang):
            tokens = tuple(word_mod.words(sent.text, block_lang, sent.start))
            sylls = tuple(count(t.text) if t.kind == "word" else number_syllables(t.text)
                          for t in tokens)
            stats.sentences.append(SentenceInfo(index, sent.start, sent.end, sent.text,
                                                tokens, sylls))
            _add_words(stats, tokens, sylls)
    return stats


def _add_words(stats: TextStats, tokens, sylls) -> None:
    for token, n in zip(tokens, sylls):
        stats.words += 1
        stats.syllables += n
        text = token.text
        if text.isalpha():              # most words: no need to look at each character
            letters, digits = len(text), 0
        else:
            letters = sum(1 for c in text if c.isalpha())
            digits = sum(1 for c in text if c.isdigit())
        stats.letters += letters
        stats.characters += letters + digits
        if token.kind != "word":
            continue
        if letters > 6:
            stats.long_words += 1
        if n >= 3:
            stats.polysyllables += 1
            stats.complex_words += 1
        elif n == 1:
            stats.monosyllables += 1


def number_syllables(text: str) -> int:
    # A number is read aloud, but readability formulas were fitted on words; counting one syllable
    # per number keeps figures from inflating the difficulty (textstat does the same).
    return 1


"""Names and abbreviations: is a word LanguageTool cannot spell a probable name, before it is an alarm?

A spell checker's dictionary has common words; a press release is full of people, places, bodies
and their abbreviations. An editor who meets an unknown word asks what this module asks, from the
text alone (DESIGN.md, "Trust": a probable name or an abbreviation is never a spelling error):

- `abbreviation`: two capitals or more in the token (BAZG, GebO, KMUs). An abbreviation is never
  a misspelling; whether it is expanded is the acronym rule's business (common.acronym-undefined).
- `capitalised-in-sentence`: a capital inside a sentence. Not evidence in German, where every noun
  is capitalised.
- `recurring`: the same capitalised spelling twice or more in the document (a slip is seldom
  repeated letter for letter, a name is repeated).
- `double-surname`: capitalised parts joined by a hyphen (Baume-Schneider, Grande-Marlaska). Not
  evidence in German, where hyphenated compounds of nouns are common (Covid-Gesetz).
- `other-version`: the token, unchanged, in another language version of the same release (a word
  that stays the same in the de, fr and it versions is a name); given by the run, see
  `seen_in_other_versions`. Here a lower-case word counts too (fedpol, armasuisse, governance):
  a misspelling is not repeated letter for letter in a translation.
- `multiword-name`: for a casing match (LanguageTool's CASING category), a capitalised word inside
  a sentence followed by another capitalised word: the adjective of a proper name (die
  Eidgenössische Münzstätte, der Europäischen Bank für Wiederaufbau).

- `no-near-word` and `compound-of-known-words`, for any word: the speller suggests nothing near
  it, or suggests it split in two known words (`unknown_word_evidence`): a term or a compound,
  not a slip (a slip is near a known word).

- `regional-spelling`, `prefixed-word`, `letters-and-digits`, `quoted-term`, `suspended-hyphen`:
  what the word's form says (checker.grammar.word_forms): a British or Swiss spelling, a prefix
  on a known word, a code, a term in quotation marks, a word cut before "und" ("aus- und"). An amount unit after a number ("100 mio CHF") or a word the language
  abbreviates before its period ("risp.") is an abbreviation, dropped like BAZG.

A spelling match over several words is weighed as a phrase (`phrase_review`): joining known
words ("Pays Bas" -> Pays-Bas) keeps its warning; changed words in capitals are an abbreviation,
capitalised ones a name near another name, a prefixed one a prefixed word.

A lower-case token is never taken for a name from one text alone (but for the last two signals), nor a word whose suggested spelling the document
itself uses (Coucnil where the text has Council elsewhere: a slip, not a name). An abbreviation is dropped (its owner is the acronym
rule); a word with a name's evidence stays, as `info` with `needs_review`: a person glances at it,
and it neither fails a run nor counts in the score (benchmarks/names.py measures both choices and
what each signal removes, and how many planted misspellings of common words it would wrongly hide).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from checker import languages
from checker.findings import Finding
from checker.grammar import word_forms
from checker.text import abbreviations

SIGNALS = ("abbreviation", "capitalised-in-sentence", "recurring", "double-surname", "other-version",
           "multiword-name", "no-near-word", "compound-of-known-words", "regional-spelling",
           "prefixed-word", "letters-and-digits", "quoted-term", "suspended-hyphen")
# Languages whose nouns are all capitalised: a capital is no sign of a name there.
NOUNS_CAPITALISED = {"de", "lb"}

_WORD = re.compile(r"[^\W\d_]+")
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_DOUBLE_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)+")
_SENTENCE_END = ".!?…:"
# Opening quotes and brackets, dashes and bullets between a sentence end and the next word.
_LEAD_IN = set(" \t\n\u00a0\u202f\u2009«»„“‘\"'([¿¡-–—•*")


def document_tokens(doc) -> Counter:
    """How often each exact spelling occurs in the document's blocks (words, and hyphenated
    compounds as a whole: LanguageTool flags either)."""
    return Counter(m.group() for block in doc.blocks
                   for pattern in (_WORD, _HYPHENATED) for m in pattern.finditer(block.text))


def is_abbreviation(token: str) -> bool:
    """Two capitals or more in one word (BAZG, GebO). Capitals counted across words ("Pays Bas",
    a compound LanguageTool's spelling rules want hyphenated) make no abbreviation."""
    return not any(ch.isspace() for ch in token) and sum(ch.isupper() for ch in token) >= 2


def sentence_initial(text: str, start: int) -> bool:
    """True when the word at `start` opens its block or follows a sentence end."""
    i = start - 1
    while i >= 0 and text[i] in _LEAD_IN:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def evidence(token: str, text: str, start: int, lang: str, counts: Counter) -> tuple[str, ...]:
    """The signals that `token` (at `start` in block `text`) is a name or an abbreviation."""
    if not token or not token[0].isupper():
        return ()
    found = []
    if is_abbreviation(token):
        found.append("abbreviation")
    nouns_capitalised = lang in NOUNS_CAPITALISED
    if not nouns_capitalised and not sentence_initial(text, start):
        found.append("capitalised-in-sentence")
    if counts[token] >= 2:
        found.append("recurring")
    if not nouns_capitalised and _in_double_name(text, start):
        found.append("double-surname")
    return tuple(found)


def _in_double_name(text: str, start: int) -> bool:
    left = start
    while left > 0 and (text[left - 1].isalpha() or text[left - 1] == "-"):
        left -= 1
    m = _DOUBLE_NAME.match(text, left)
    return m is not None and m.end() > start


def review(findings: list[Finding], doc, blocks_and_starts, lang: str) -> list[Finding]:
    """Spelling findings weighed for names: abbreviations dropped, probable names made `info` with
    `needs_review`; every other finding as it is. `blocks_and_starts` gives, per finding, the block
    and the offset of its text in that block."""
    counts = document_tokens(doc)
    out = []
    for finding, (block, start) in zip(findings, blocks_and_starts):
        if finding.extra.get("languagetool_category") == "CASING" \
                and in_multiword_name(block.text, start, finding.text):
            out.append(as_probable_name(finding, ("multiword-name",)))
            continue
        if finding.category != "spelling":
            out.append(finding)
            continue
        if any(ch.isspace() for ch in finding.text):
            weighed = phrase_review(finding)
            if weighed is not None:
                out.append(weighed)
            continue
        if word_forms.is_abbreviation_in_place(finding.text, block.text, start, lang):
            continue
        signals = evidence(finding.text, block.text, start, lang, counts) \
            + unknown_word_evidence(finding.text, finding.suggestions) \
            + word_forms.form_evidence(finding.text, finding.suggestions, block.text, start,
                                       finding.message)
        if "abbreviation" in signals:
            continue
        if signals and not spelled_elsewhere(finding.suggestions, counts, finding.text):
            finding = as_probable_name(finding, signals)
        out.append(finding)
    return out


def phrase_review(finding: Finding) -> Finding | None:
    """A spelling match over several words. Joining known words ("Pays Bas" -> Pays-Bas, "net
    zero" -> net-zero) is a rule about how they are written: kept as it is. Otherwise the words
    the suggestion changes are weighed: all in capitals, an abbreviation (dropped); all
    capitalised, a name near another name LanguageTool knows ("Christine Schraner" ->
    "Christine Schäfer"); a prefix on a known word ("co-presiede" -> "presiede"): info."""
    text, suggestions = finding.text, finding.suggestions
    words = text.split()
    if all(is_abbreviation(w) for w in words):
        return None
    for suggestion in suggestions:
        changed = [w for w in words if w not in suggestion.split()]
        others = [w for w in suggestion.split() if w not in words]
        if changed and all(word_forms.prefixed_word(w, others) for w in changed):
            return as_probable_name(finding, ("prefixed-word",))
    squeezed = re.sub(r"[\s-]", "", text).casefold()
    if any(re.sub(r"[\s-]", "", s).casefold() == squeezed for s in suggestions):
        return finding
    first = suggestions[0].split() if suggestions else []
    changed = [w for w in words if w not in first]
    if changed and all(is_abbreviation(w) for w in changed):
        return None
    if changed and all(w[:1].isupper() for w in changed):
        return as_probable_name(finding, ("multiword-name",))
    return finding


COMPOUND_PART_MIN = 4      # letters in each part of a word the speller splits ("hoch digitalisiertes")


def unknown_word_evidence(token: str, suggestions) -> tuple[str, ...]:
    """Signals, from the speller's own suggestions, that an unknown word is not a slip: most
    misspellings are one letter away from a known word (Damerau 1964: 80 % are a single
    insertion, deletion, substitution or transposition), so a speller finds a near word for them.
    - `no-near-word`: the speller suggests nothing at all (Verzollungsprozessen, cybersicurezza,
      Synfuels): no known word is near it; a term, a compound or a name.
    - `compound-of-known-words`: the first suggestion is the word itself split in two words of
      four letters or more (hochdigitalisiertes -> "hoch digitalisiertes"): a compound of known
      words, which German, Italian and Spanish write as one."""
    if not suggestions:
        return ("no-near-word",)
    first = suggestions[0]
    parts = re.split(r"[ -]", first)
    if len(parts) == 2 and all(len(p) >= COMPOUND_PART_MIN for p in parts) \
            and "".join(parts).casefold() == token.replace("-", "").casefold():
        return ("compound-of-known-words",)
    return ()


_NEXT_CAPITALISED = re.compile(r"[ \u00a0-]+[A-ZÀ-ÖØ-Þ]")


def in_multiword_name(text: str, start: int, token: str) -> bool:
    """A capitalised word followed by another (die Eidgenössische Münzstätte, der Europäischen
    Bank): the capitals of a proper name, which a casing rule takes for a fault."""
    return token[:1].isupper() and not sentence_initial(text, start) \
        and bool(_NEXT_CAPITALISED.match(text, start + len(token)))


def spelled_elsewhere(suggestions, counts: Counter, token: str = "") -> bool:
    """True when the document itself writes a word LanguageTool suggests (Council for Coucnil):
    then the flagged word is a slip in a word the writer knows, not a name. A suggestion that is
    part of the token ("Cas" for Cas9) is counted in the token itself: no evidence."""
    return any(counts[s] for s in suggestions if s not in token)


def as_probable_name(finding: Finding, signals) -> Finding:
    return replace(finding, severity="info", needs_review=True,
                   extra={**finding.extra, "name_evidence": tuple(signals)})


def seen_in_other_versions(findings: list[Finding], other_texts: list[str]) -> list[Finding]:
    """Spelling findings on a token that another language version of the release writes
    unchanged become probable names (`other-version`)."""
    candidates = [f for f in findings if f.category == "spelling" and f.severity != "info"]
    if not other_texts or not candidates:
        return findings        # no words of the other versions to gather (grammar off: none)
    elsewhere = {m.group() for text in other_texts for pattern in (_WORD, _HYPHENATED)
                 for m in pattern.finditer(text)}
    out = []
    for f in findings:
        if f.category == "spelling" and f.severity != "info" and f.text in elsewhere:
            f = as_probable_name(f, tuple(f.extra.get("name_evidence", ())) + ("other-version",))
        out.append(f)
    return out


# --- a lower-case word after an abbreviation's period ------------------------------------------

_CLOSERS_AND_SPACES = set(" \t\n\u00a0\u202f\u2009)]»”\"'’")
_WORD_BEFORE_PERIOD = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)\.$")
_NUMBER_BEFORE = re.compile(r"\d[\d'’.,\u00a0\u202f ]*$")


def after_abbreviation(match: dict, text: str, start: int, lang: str) -> bool:
    """True for a sentence-start casing match (UPPERCASE_SENTENCE_START) on a lower-case word whose
    "sentence end" is the period of an abbreviation: "per es. beni", "(CHF 291 mio.) e", "risp.
    partecipazione", "Rattus spp. che". The writer's lower case says the sentence goes on, and the
    word before the period is one the language abbreviates (its sentence lists, checker/languages/),
    a unit of an amount after a number, or a term of biological nomenclature
    (checker.text.abbreviations)."""
    if match.get("rule", {}).get("id") != "UPPERCASE_SENTENCE_START" or not text[start:start + 1].islower():
        return False
    i = start
    while i > 0 and text[i - 1] in _CLOSERS_AND_SPACES:
        i -= 1
    if i == start or i == 0 or text[i - 1] != ".":
        return False
    head = text[max(0, i - 40):i]
    m = _WORD_BEFORE_PERIOD.search(head)
    if not m:
        return False
    word = m.group(1).lower()
    if word in abbreviations.NOMENCLATURE:
        return True
    if word in abbreviations.AMOUNT_UNITS and _NUMBER_BEFORE.search(head[:m.start()].rstrip()):
        return True
    return word in _abbreviations_of(lang)


def _abbreviations_of(lang: str) -> frozenset[str]:
    entry = languages.get(lang)
    if entry is None:
        return frozenset()
    return entry.sentences.abbreviations.words | entry.sentences.amount_abbreviations

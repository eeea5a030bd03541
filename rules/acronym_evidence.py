"""Evidence that an acronym needs no expansion where it stands, beyond `Full Name (ABC)`: what an
editor sees at a glance (issue 12, false alarms of common.acronym-undefined on real releases).

- `spelled_out_before`: the words right before the acronym have its letters as initials, in
  order: "National Center of Competence in Research NCCR", "(Commission on Narcotic Drugs, CND)",
  "Swiss Internet Governance Forum (Swiss IGF)", "Piano d'azione nazionale per l'attuazione della
  Convenzione di Istanbul (PAN CI)". Short words between (of, in, della, für) may be skipped.
- `company_name`: the acronym opens a company's name, followed (after at most two capitalised
  words) by a legal form: "AEW Energie AG", "NATRAS AG", "XYZ SA". A company's name is a name,
  not an abbreviation the writer could expand. Legal forms: Directive (EU) 2017/1132, Annexes I
  and II (the forms of public and private limited companies of each member state), the Swiss Code
  of Obligations (AG/SA/SA, GmbH/Sàrl/Sagl) and the common English ones (Ltd, Inc, plc, LLC).
- `spelled_out_in`: for an acronym used only in a heading (a title before the lead), the text
  spells it out somewhere, with or without the acronym after it ("DETEC approves ..." over
  "The Department of the Environment, Transport, Energy and Communications has approved ...").
"""
from __future__ import annotations

import re

LEGAL_FORMS = frozenset("""AG SA GmbH SpA S.p.A. Sagl Sàrl SARL SAS SE KG KGaA OHG NV BV AB AS ASA Oy
    Oyj Ltd Ltd. Inc Inc. plc PLC LLC LLP Srl S.r.l. S.L. SL S.A. SRL Co. Corp. eG e.V.""".split())
MAX_GAP = 5            # words skipped between two initials ("for the Implementation of the")
MAX_LONG_SKIPPED = 1   # other words skipped between two initials ("the Implementation of the")
MAX_DISTANCE = 4       # words between the last initial and the acronym ("Forum (Swiss IGF)")
MIN_LETTERS_ANYWHERE = 3
_TOKEN = re.compile(r"[^\W_]+")
_COMPANY_TAIL = re.compile(r"(?:\s+[A-ZÀ-ÖØ-Þ][\w&+.-]*){0,3}")


def words_before(text: str, start: int, limit: int = 40) -> list[str]:
    """The word tokens before `start` in `text` (apostrophes and hyphens split: d'azione ->
    d, azione), nearest last; numbers dropped."""
    tokens = _TOKEN.findall(text[max(0, start - 400):start])
    return [t for t in tokens if not t.isdigit()][-limit:]


def initials_match(letters: str, words: list[str], max_distance: int = MAX_DISTANCE) -> bool:
    """True when `letters` are the initials of words in `words`, in order, the last one within
    `max_distance` words of the end, with at most MAX_GAP words between two of them."""
    letters = letters.lower()
    if len(letters) < 2:
        return False

    def find(li: int, wi: int, window: int, long_skipped: int) -> bool:
        if li < 0:
            return True
        for j in range(wi, max(-1, wi - window - 1), -1):
            if words[j][:1].lower() == letters[li] and find(li - 1, j - 1, MAX_GAP, 0):
                return True
            if not _short(words[j]):
                long_skipped += 1
                if long_skipped > MAX_LONG_SKIPPED and window == MAX_GAP:
                    return False
        return False

    return find(len(letters) - 1, len(words) - 1, max_distance, 0)


def _short(word: str) -> bool:
    """A short lower-case word (of, the, für, della, degli): skipped inside a spelled-out name."""
    return len(word) <= 5 and word.islower()


def spelled_out_before(text: str, start: int, acronym: str) -> bool:
    """The acronym at `start` (maybe with a companion in the same brackets, "PAN CI") has its
    letters as initials of the words just before it."""
    letters = acronym
    close = text.find(")", start)
    open_ = text.rfind("(", 0, start)
    if open_ >= 0 and close > start and ")" not in text[open_:start]:
        inside = text[open_ + 1:close].split(",")[-1]
        caps = [t for t in _TOKEN.findall(inside) if t.isupper() and len(t) >= 2]
        if acronym in caps and len(_TOKEN.findall(inside)) <= 4:
            letters = "".join(caps)
            start = open_ + 1 + text[open_ + 1:close].rfind(inside)
            before = words_before(text, start)
            inner_words = [t for t in _TOKEN.findall(inside[:inside.find(caps[0])])]
            return (initials_match(letters, before + inner_words)
                    or initials_match(acronym, words_before(text, open_)))
    return initials_match(letters, words_before(text, start))


def company_name(text: str, end: int) -> bool:
    """The acronym ending at `end` is followed, after at most three capitalised words, by a
    company's legal form ("AEW Energie AG", "CLEMAP AG")."""
    tail = _COMPANY_TAIL.match(text, end)
    words = tail.group().split() if tail else []
    return any(w.rstrip(",;:") in LEGAL_FORMS for w in words)


def spelled_out_in(texts, acronym: str) -> bool:
    """Some passage of `texts` spells the acronym out: a capitalised word with its first letter,
    then words of three letters or more with the next ones, at most three short lower-case words
    (of, the, für, de la) between two of them. Only for acronyms of three letters or more, where
    such a run is seldom chance."""
    if len(acronym) < MIN_LETTERS_ANYWHERE:
        return False
    letters = acronym.lower()
    for text in texts:
        words = [t for t in _TOKEN.findall(text) if not t.isdigit()]
        for i, word in enumerate(words):
            if word[:1] == acronym[0] and word[:1].isupper() and _run_from(letters, words, i):
                return True
    return False


def _run_from(letters: str, words: list[str], i: int) -> bool:
    """letters[1:] are initials of words after words[i], each found within three short lower-case
    words of the one before (tried in every way: "des" may be a short word or the "d" of DSG)."""
    if len(letters) == 1:
        return True
    for j in range(i + 1, min(len(words), i + 5)):
        word = words[j]
        if word[:1].lower() == letters[1] and len(word) >= 3 and _run_from(letters[1:], words, j):
            return True
        if len(word) > 5 or not word.islower():
            return False
    return False

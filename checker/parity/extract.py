"""Facts that must read the same in every language version: numbers, dates, times, URLs, e-mail
addresses, phone numbers and names, each with its place in the block.

Extraction runs in a fixed order and masks what it has taken, so a date's day is not a number too:
e-mails and URLs, phones, dates, times, numbers, then number words and names.
A number's `values` holds every reading of its notation: `3.150` is 3150 in German and 3.15 in
English, so it carries both unless the version's language settles it (see `_number_values`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from checker import languages
from checker.language import all_function_words
from checker.parity.lexicon import (
    THIS_YEAR, month_lookup, number_word_lookup, ordinal_lookup, quantity_word_lookup,
)
from checker.text.words import EMAIL_RE, URL_RE

MONTHS = month_lookup()
NUMBER_WORDS: dict[str, set] = number_word_lookup()    # values: int, and Decimal quantities
for _word, _values in ordinal_lookup().items():
    NUMBER_WORDS.setdefault(_word, set()).update(_values)
for _word, _value in quantity_word_lookup().items():
    NUMBER_WORDS.setdefault(_word, set()).add(Decimal(_value))
# Roman numerals up to 39 (centuries, ordinals of meetings: XIX secolo, XXe siècle).
ROMAN = re.compile(r"(?<![\w\-])(?:(?P<roman>X{0,3}(?:IX|IV|V?I{0,3}))(?:e|ème|er|es)?"
                   r"|(?P<small>x{0,3}(?:ix|iv|v?i{0,3}))(?:e|ème))(?![\w\-])")  # xixe: small caps
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# Whether a language writes `.` between thousands and `,` before decimals (fr writes a space, and
# a `.` is read either way), or the reverse (English), is in its registry entry (`numbers`).


@dataclass(frozen=True)
class Fact:
    kind: str              # number, date, time, url, email, phone, name
    start: int             # offsets in block.text
    end: int
    text: str
    values: frozenset      # readings: Decimals, (y, m, d) tuples, (h, m), normalised strings
    soft: bool = False     # a number word: may satisfy a figure elsewhere, never reported alone


_SPACE = "[ \u00a0\u202f]"
_MONTH_ALTERNATIVES = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
# An abbreviation's dot belongs to the date only when a year follows (Jan. 2022), not at the end
# of a sentence (on 1 January.).
_MONTH = rf"(?P<month>(?:{_MONTH_ALTERNATIVES})(?:\.(?={_SPACE}*\d))?)(?!\w)"
_DAY = r"(?P<day>[0-3]?\d)(?:\.|er|re|e|º|°|ª|st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"

DATE_PATTERNS = (
    # 2 March 2022 · 2 mars 2022 · 2. März 2022 · 2 de marzo de 2022 · 1er mars · 1° marzo
    re.compile(rf"(?<![\d.]){_DAY}{_SPACE}+(?:de{_SPACE}+)?{_MONTH}"
               rf"(?:,?{_SPACE}+(?:de{_SPACE}+|del{_SPACE}+)?{_YEAR})?", re.IGNORECASE),
    # March 2, 2022 (English order)
    re.compile(rf"(?<!\w)(?P<month>January|February|March|April|May|June|July|August|September|"
               rf"October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|"
               rf"Dec\.){_SPACE}+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?{_SPACE}+{_YEAR})?"),
    # 02.03.2022 · 2.3.22 · 02/03/2022 · 2022-03-02
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)?\d\d)"
               r"(?![\d])(?!\.\d)"),
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    # March 2022 · mars 2022 · marzo de 2022 (month and year, no day)
    re.compile(rf"(?<![\w.]){_MONTH}{_SPACE}+(?:de{_SPACE}+|del{_SPACE}+)?{_YEAR}", re.IGNORECASE),
)

TIME_PATTERNS = (
    re.compile(rf"(?<![\d.:])(?P<hour>[0-2]?\d)(?::|{_SPACE}?h{_SPACE}?)(?P<minute>[0-5]\d)(?!\d)"
               r"(?:\s*(?P<ampm>[ap]\.?m\.?)(?!\w))?", re.IGNORECASE),
    re.compile(rf"(?<![\d.])(?P<hour>[0-2]?\d)(?:\.(?P<minute>[0-5]\d))?{_SPACE}*"
               r"(?:Uhr|h|heures?|hrs)(?!\w)"),
    re.compile(r"(?<=\bore )(?P<hour>[0-2]?\d)(?:[.:](?P<minute>[0-5]\d))?(?!\d)"),
    re.compile(r"(?<![\d.])(?P<hour>1?\d)(?:[.:](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)"
               r"(?!\w)", re.IGNORECASE),
)

PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}|00\d{1,3}|0)(?:[ \u00a0./-]?\(0\))?"
                   r"(?:[ \u00a0./-]?\d{2,4}){2,5}(?![\w])")
URL = re.compile(URL_RE)
EMAIL = re.compile(EMAIL_RE)
# 3,150 · 3 150 · 3.150 · 3'150 · 3,150.75 · 1.2 · 1,2 · 48 · 5% · 1er · 2nd (no digits glued to
# letters: G20, COVID-19 and CO2 are names, not figures).
NUMBER = re.compile(
    r"(?<![\w,])(?<!\d[.'’])(?<![^\W\d_]-)"
    r"(?P<number>\d{1,3}(?:(?P<sep>[ \u00a0\u202f'’.,])\d{3})(?:(?P=sep)\d{3})*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
    r"(?:er|re|e|ème|º|°|ª|a|o|st|nd|rd|th|(?:k?g|mg|km|cm|mm|m|ha|k?W|MW|GW|[kMGT]Wh|bn|k)[²³]?)?"
    r"(?![\w'’]|[.,]\d)"
)
SHORT_YEARS = re.compile(r"\d\d[/–]\d\d")
YEAR_RANGE_START = re.compile(r"(?<!\d)(?P<century>(?:19|20))\d\d[/–-]$")
NUMBER_WORD = re.compile(r"(?<![\w\-])(?:dix-(?:sept|huit|neuf)|[^\W\d_]+)")
NAME = re.compile(r"(?<![\w\-])[^\W\d_][\w\-]*")


def extract(text: str, lang: str | None) -> list[Fact]:
    """Every fact of one block's text, in order of position."""
    mask = list(text)
    facts: list[Fact] = []

    def take(kind, match, values, group=0, soft=False):
        start, end = match.span(group)
        if any(c == "\0" for c in mask[start:end]):
            return
        facts.append(Fact(kind, start, end, text[start:end], frozenset(values), soft))
        mask[start:end] = "\0" * (end - start)

    for m in EMAIL.finditer(text):        # before links: a bare domain is a link too
        take("email", m, {m.group().lower()})
    for m in URL.finditer("".join(mask)):
        take("url", m, {normalize_url(m.group())})
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group().replace("(0)", ""))
        if len(digits) >= 9:
            take("phone", m, {digits[-9:]})
    _dates(text, mask, take)
    _times("".join(mask), take)
    for m in NUMBER.finditer("".join(mask)):
        values = _number_values(m.group("number"), m.group("sep"), lang)
        year_range = YEAR_RANGE_START.search(text, 0, m.start())
        if year_range and len(m.group("number")) == 2:   # 2021/22, 2025–28: the year 2022, 2028
            values.add(Decimal(year_range.group("century") + m.group("number")))
        elif SHORT_YEARS.fullmatch(_around(text, m)):      # BFI-Botschaft 25–28: 2025-2028
            values.add(Decimal("20" + m.group("number")))
        if values:
            take("number", m, values, group="number")
    masked = "".join(mask)
    for m in NUMBER_WORD.finditer(masked):           # twelve-day: `twelve` alone
        word = m.group().lower()
        if word in NUMBER_WORDS or word.replace("-", "") in NUMBER_WORDS:
            values = NUMBER_WORDS.get(word) or NUMBER_WORDS[word.replace("-", "")]
            take("number", m, {Decimal(v) for v in values}, soft=True)
    for m in ROMAN.finditer("".join(mask)):
        group = "roman" if m.group("roman") is not None else "small"
        if len(m.group(group)) >= 2:
            value = roman_value(m.group(group).upper())
            take("number", m, {Decimal(value)}, group=group, soft=True)
    return sorted(facts, key=lambda f: f.start)


def _around(text: str, m: re.Match) -> str:
    """The number with its neighbour across a dash or slash: `25–28` for 25 or 28."""
    start, end = m.start("number"), m.end("number")
    if text[end:end + 1] in "/–":
        return text[start:end + 3]
    if text[max(0, start - 1):start] in ("/", "–"):
        return text[max(0, start - 3):end]
    return ""


def roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _dates(text: str, mask: list[str], take) -> None:
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer("".join(mask)):
            month = _month_number(m.group("month"))
            day = int(m.group("day")) if "day" in m.groupdict() and m.group("day") else None
            year = _full_year(m.group("year")) if m.group("year") else None
            if not month or (day is not None and not 1 <= day <= 31):
                continue
            values = {(year, month, day)}
            if pattern is DATE_PATTERNS[2] and "/" in m.group() and day and day <= 12:
                values.add((year, day, month))       # 03/02/2022 is 2 March in en-US
            take("date", m, values)


def _times(masked: str, take) -> None:
    for pattern in TIME_PATTERNS:
        for m in pattern.finditer(masked):
            hour = int(m.group("hour"))
            minute = int(m.group("minute") or 0)
            ampm = (m.groupdict().get("ampm") or "").lower()
            if ampm.startswith("p") and hour < 12:
                hour += 12
            if hour <= 24:
                take("time", m, {(hour, minute)})   # 24 heures stays 24: it may be a duration


def _month_number(name: str) -> int | None:
    if name.isdigit():
        number = int(name)
        return number if 1 <= number <= 12 else None
    return MONTHS.get(name.rstrip(".").lower())


def _full_year(year: str) -> int:
    return int(year) if len(year) == 4 else 2000 + int(year)


def _number_values(token: str, sep: str | None, lang: str | None) -> set[Decimal]:
    """Readings of a written number. A single `.` or `,` before exactly three digits is read as
    the version's language writes it, and the other way too when the language is unknown."""
    plain = token.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    readings: set[str] = set()
    if sep and sep in " \u00a0\u202f'’":
        readings.add(re.sub(r"[ ']", "", plain).replace(",", "."))
    elif sep in (".", ","):
        groups = plain.count(sep)
        rest = plain.replace(sep, "")
        decimal_mark = "," if sep == "." else "."
        if groups > 1 or decimal_mark in rest:
            readings.add(rest.replace(",", "."))
        else:
            thousands = rest
            decimal = plain.replace(",", ".")
            numbers = language.numbers if (language := languages.get(lang)) else None
            if numbers and numbers.decimal_comma:
                readings.add(thousands if sep == "." else decimal)
            elif numbers:
                readings.add(thousands if sep == "," else decimal)
            if numbers is None or numbers.point_is_ambiguous:
                readings.update({thousands, decimal})  # fr writes 3 150, so 3.150 is unclear
    else:
        readings.add(plain.replace(",", "."))
    values = set()
    for reading in readings:
        try:
            values.add(Decimal(reading).normalize())
        except InvalidOperation:
            continue
    return values


def normalize_url(url: str) -> str:
    """Scheme, `www.`, case of the host and a final slash do not make two URLs differ."""
    url = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
    host, _, path = url.partition("/")
    return host.lower() + ("/" + path.rstrip("/") if path.rstrip("/") else "")


def url_host(value: str) -> str:
    return value.split("/", 1)[0]


def name_tokens(text: str) -> list[tuple[int, int, str]]:
    """Capitalised words and acronyms that are not the first word of a sentence nor a function
    word: the candidates for names written alike in every version."""
    out = []
    for m in NAME.finditer(text):
        word = m.group().strip("-")
        if not word or not word[0].isupper():
            continue
        before = text[:m.start()].rstrip()
        sentence_start = not before or before[-1] in ".!?:;«»\"“”(–—•"
        is_acronym = len(word) > 1 and word.replace("-", "").isupper()
        if (sentence_start and not is_acronym) or word.lower() in all_function_words() \
                or word.lower() in MONTHS or len(word) < 2:
            continue
        out.append((m.start(), m.start() + len(word), word))
    return out


_CAPITALISED = re.compile(r"(?<![\w\-’'])[^\W\d_a-zß-ÿ][\w’'\-]*")


def person_names(text: str) -> list[tuple[int, int, str]]:
    """The last word of each run of two or more capitalised words (Ignazio Cassis, Karin
    Keller-Sutter, Jean-Luc Péclard): the surnames and place names a translation keeps as they
    are. Single capitalised words are left out: German capitalises nouns, and single place and
    body names have their own form in each language (Genf, Genève, Ginevra, Geneva)."""
    out = []
    run: list[re.Match] = []
    for m in list(_CAPITALISED.finditer(text)) + [None]:
        word = m.group() if m else ""
        usable = m is not None and not word.replace("-", "").isupper() \
            and word.lower() not in all_function_words() and word.lower() not in MONTHS
        if m is not None and usable and run and text[run[-1].end():m.start()] == " ":
            run.append(m)
            continue
        if len(run) >= 2:
            last = run[-1]
            out.append((last.start(), last.end(), last.group()))
        run = [m] if m is not None and usable else []
    return out


_THIS_YEAR = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted((re.escape(p).replace("'", "['’]") for phrases
                                     in THIS_YEAR.values() for p in phrases),
                                    key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)


def this_year_phrases(text: str, year: int) -> list[Fact]:
    """"this year", "quest'anno", "Ende Jahr"...: soft figures worth `year`, so that a version
    writing the year itself is not told the year is missing."""
    return [Fact("number", m.start(), m.end(), m.group(), frozenset({Decimal(year)}), soft=True)
            for m in _THIS_YEAR.finditer(text)]


def compatible(a: Fact, b: Fact) -> bool:
    """Whether two facts can be the same thing written in two languages."""
    if a.kind == b.kind == "date":
        return any(_dates_agree(x, y) for x in a.values for y in b.values)
    if a.kind == b.kind == "url":         # /de/ and /fr/ pages of one site are the same link
        return bool({url_host(v) for v in a.values} & {url_host(v) for v in b.values})
    if a.kind == b.kind == "email":       # medien@bk.admin.ch / media@bk.admin.ch: one office
        return bool({v.split("@")[-1] for v in a.values} & {v.split("@")[-1] for v in b.values})
    if a.kind == b.kind == "name":
        return any(names_agree(x, y) for x in a.values for y in b.values)
    if a.kind == b.kind:
        return bool(a.values & b.values)
    kinds = {a.kind, b.kind}
    if kinds == {"number", "time"}:      # 24 heures / 24 Stunden; 14 h / 14 Uhr written as 14
        time, number = (a, b) if a.kind == "time" else (b, a)
        return any(m == 0 and Decimal(h) in number.values for h, m in time.values)
    if kinds == {"number", "date"}:      # März 2022 / spring 2022: the year still stands
        date, number = (a, b) if a.kind == "date" else (b, a)
        return any(d is None and y is not None and Decimal(y) in number.values
                   for y, _, d in date.values)
    return False


def alignment_keys(fact: Fact) -> frozenset:
    """Keys two facts share when they are `compatible` (a little more often: 2 and 5 March 2022
    share their month), so that alignment can compare blocks by set intersection."""
    keys: set = set()
    for value in fact.values:
        if fact.kind == "number":
            keys.add(("n", value))
        elif fact.kind == "date":
            year, month, day = value
            keys.add(("d", month, day) if day else ("m", month, year))
            keys.add(("m", month, year))
            if day is None and year is not None:
                keys.add(("n", Decimal(year)))
        elif fact.kind == "time":
            hour, minute = value
            keys.add(("t", hour, minute))
            if minute == 0:
                keys.add(("n", Decimal(hour)))
    return frozenset(keys)


def _dates_agree(x: tuple, y: tuple) -> bool:
    """Same month, and the same day and year wherever both name them ("1 January this year"
    agrees with 1.1.2024)."""
    (y1, m1, d1), (y2, m2, d2) = x, y
    return m1 == m2 and (y1 is None or y2 is None or y1 == y2) and (d1 is None or d2 is None
                                                                   or d1 == d2)


def names_agree(x: str, y: str) -> bool:
    """Same name, allowing a language's ending (Bern/Berne, Europa/Europe) but not a misspelling
    inside the name (Keller-Suter/Keller-Sutter)."""
    if x == y:
        return True
    prefix = 0
    for c1, c2 in zip(x.lower(), y.lower()):
        if c1 != c2:
            break
        prefix += 1
    longest = max(len(x), len(y))
    return abs(len(x) - len(y)) <= 2 and prefix >= max(4, longest - 2)


def edit_distance(x: str, y: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit`."""
    if abs(len(x) - len(y)) > limit:
        return limit + 1
    previous = list(range(len(y) + 1))
    for i, cx in enumerate(x, start=1):
        current = [i]
        for j, cy in enumerate(y, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (cx != cy)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]

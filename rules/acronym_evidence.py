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
- `letters_in_words_before`: the words right before it hold its letters in order, each word
  giving its initial and maybe more letters of itself, as acronyms of compounds and syllables are
  formed: "Bundesamt für Kommunikation BAKOM" (BA-KOM), "Eidgenössisches Finanzdepartement EFD"
  (the D of -departement).
- `explained_after`: the acronym is followed by an explanation: "la part OPCON, c'est-à-dire la
  proportion ...", "quota OPCON, ossia ...", "d. h.", "i.e.", "es decir". WCAG 2.2 technique G102
  (providing the expansion or explanation of an abbreviation) lets it follow the first use.
- `named_by_class_noun`: the acronym stands in apposition to a noun that says what it names,
  "the company Xplain", "la technologie CLEMAP", "der Pensionskasse des Bundes PUBLICA", "el
  programa GECCO", "the name PREMISE": the name of a company, project, programme, fund or
  technology, written in capitals by its owner, not an abbreviation a reader needs expanded. Not
  after a determiner or preposition ("la compagnie de transport de la KFOR" is a complement).
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


def letters_in_words_before(text: str, start: int, acronym: str) -> bool:
    """The acronym's letters, in order, in the words right before it: every word gives its
    initial, and may give more of its own letters after it ("Bundesamt für Kommunikation BAKOM");
    short lower-case words between may be skipped. The last word is next to the acronym (or its
    bracket), the first word gives the first letter. Three letters or more."""
    if len(acronym) < 3:
        return False
    between = text[:start].rstrip(" \u00a0(")
    if not between or not between[-1].isalpha():
        return False
    words = words_before(text, start, limit=8)
    letters = acronym.lower()

    def consume(li: int, wi: int) -> bool:
        """letters[li:] from words[wi:], to the end of the words."""
        if wi == len(words):
            return li == len(letters)
        word = words[wi].lower()
        if li < len(letters) and word[:1] == letters[li]:
            # the initial, then any further letters of this word in order
            k, at = li + 1, 1
            options = [k]
            while k < len(letters):
                found = word.find(letters[k], at)
                if found < 0:
                    break
                k, at = k + 1, found + 1
                options.append(k)
            if any(consume(end, wi + 1) for end in reversed(options)):
                return True
        return _short(words[wi]) and li > 0 and consume(li, wi + 1)

    return any(words[i][:1].lower() == letters[0] and words[i][:1].isupper() and consume(0, i)
               for i in range(len(words)))


# An explanation after the acronym (WCAG 2.2 technique G102), in the five languages.
_EXPLAINED = re.compile(
    r"s?\)?\s*[,(–—-]\s*(?:c['’]est-à-dire|c\.-à-d\.|à savoir|soit|i\.\s?e\.|that is|namely"
    r"|d\.\s?h\.|das heisst|das heißt|cioè|ossia|ovvero|vale a dire|es decir|o sea|esto es)(?!\w)",
    re.IGNORECASE)


def explained_after(text: str, end: int) -> bool:
    return bool(_EXPLAINED.match(text, end))


# Nouns that say what a name names: company, project, programme, technology, fund... (the
# apposition "the company Xplain"). Bodies of the state (office, department, agency) are left
# out: their acronyms are abbreviations readers need expanded. German compounds end in them
# (Pensionskasse, Kompetenzzentrum).
CLASS_NOUNS = frozenset("""
    company firm project programme program technology platform fund foundation association
    initiative network app software brand label club campaign mission operation contingent entity
    name school centre center
    entreprise société projet programme technologie plateforme fonds caisse fondation association
    initiative réseau application logiciel marque label club campagne mission opération contingent
    entité nom école centre
    unternehmen firma projekt programm technologie plattform fonds kasse stiftung verein initiative
    netzwerk app software marke label klub club kampagne mission operation kontingent name schule
    zentrum
    società impresa azienda ditta progetto programma tecnologia piattaforma fondo cassa fondazione
    associazione iniziativa rete applicazione marchio club campagna missione operazione contingente
    ente nome scuola centro
    empresa sociedad compañía proyecto programa tecnología plataforma fondo caja fundación
    asociación iniciativa red aplicación marca club campaña misión operación contingente entidad
    nombre escuela centro
""".split())
# Words after which a capitalised word is a complement, not an apposition.
_FUNCTION_WORDS = frozenset("""the a an of for to by with from at in on and or
    le la les l un une des du de d à au aux et ou par pour sur en dans
    der die das den dem des ein eine einer eines einem einen von vom zu zum zur für mit bei im in
    und oder
    il lo gli i una uno di del della dei degli delle dal dalla da al alla ai agli per con su nel
    nella e o
    el los las unos unas del al y por para con en sobre""".split())
CLASS_NOUN_REACH = 4    # words between the class noun and the acronym ("Caisse fédérale de pensions")


def named_by_class_noun(text: str, start: int, end: int) -> bool:
    """The acronym at [start, end) in apposition to a class noun before it (within four words,
    the word right before it no function word) or right after it ("the CLEMAP technology")."""
    before = text[max(0, start - 120):start]
    if re.search(r"[.;:!?,()«»\"“”]\s*$", before):
        return False
    words = re.findall(r"[^\W\d_]+", before.split(".")[-1])
    if words and words[-1].lower() not in _FUNCTION_WORDS:
        for word in words[-CLASS_NOUN_REACH:]:
            if _is_class_noun(word):
                return True
    after = re.match(r"\s+([^\W\d_]+)", text[end:])
    return after is not None and after.group(1).islower() and after.group(1) in CLASS_NOUNS


def _is_class_noun(word: str) -> bool:
    lower = word.lower()
    return lower in CLASS_NOUNS or (word[:1].isupper() and any(
        lower.endswith(noun) and len(lower) > len(noun) + 2 for noun in ("kasse", "zentrum", "programm",
                                                                         "projekt", "fonds", "stiftung")))

"""Language of a text, a document and its blocks; language tags (BCP 47).

Detection is offline and deterministic: a small scorer of our own, no model to download. Each
language has a profile written as data (`PROFILES`):
- function words (articles, prepositions, pronouns, auxiliaries): the words every text of the
  language is full of. A word found in several profiles counts for each of them, shared out
  (`2 / number of profiles`), so `de` (fr, es, pt, nl) says little and `the` or `und` a lot;
- letter cues: letters, digraphs, beginnings and endings of words that mark a language's spelling
  (ß, ñ, ã, `ij`, `-zione`, `-ção`, `-ung`); `_` marks the edge of a word.
A word that is a function word scores only as one; other words score by their cues, capped so one
long word cannot outvote the sentence. Capitalised words inside a sentence (names) count half, so a
French name in an English sentence does not turn it French.

Confidence is the lead of the best language over the runner-up, relative to the best score, scaled
down while there is little evidence (a few words). Below `MIN_WORDS` words the answer is None.
"""
from __future__ import annotations

import collections
import functools
import re
from dataclasses import dataclass

LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pt")
MIN_WORDS = 3                 # below this, no answer
# Confidence from which a block's language is set: lower for paragraphs of 8+ words, where the
# detector's first choice was right on every test sentence and on 1,336 of 1,340 corpus paragraphs
# (benchmarks/language.py); the wrong ones all scored under 0.05.
CONFIDENT = 0.4
CONFIDENT_LONG = 0.1
LONG_WORDS = 8
_EVIDENCE_FULL = 6.0          # score at which a lead counts fully (about three function words)
_CUE_CAP = 3.0                # most a single non-function word can add to one language
_NAME_WEIGHT = 0.3            # capitalised word inside a sentence: probably a name

# Function words per language, written from the grammar of each language (articles, prepositions,
# conjunctions, pronouns, common auxiliaries and adverbs). Elided forms (l', d', qu', dell') are
# split at the apostrophe, hence the one- and two-letter entries.
FUNCTION_WORDS = {
    "en": """the of and to in a an is are was were be been being that this these those it its for
        on with as by at from or not but have has had will would can could should may which who
        whom whose what when where how their they them there we our you your he his she her us
        also after before about into over under between more than said says all other such each
        any both only if so no do does did s while during against through up out new""",
    "fr": """le la les un une des du de et est sont à au aux en dans pour par sur avec sans que qui
        ce cette ces cet se sa son ses leur leurs il elle ils elles nous vous on ne pas plus été
        être a ont avait fait mais ou où comme aussi entre après avant depuis selon lors chez très
        tous tout toute toutes notamment ainsi dont même l d qu n s c j y sera seront doit peut
        afin auprès contre vers""",
    "de": """der die das den dem des ein eine einer eines einem einen und ist sind war waren wird
        werden wurde wurden hat haben hatte zu zum zur von vom mit für auf im in an am aus bei
        beim nach über unter durch gegen ohne um nicht auch als wie sich sie er es wir ihr ihre
        ihren ihrem sein seine seiner dass oder aber noch bereits sowie bis so nur mehr diese
        dieser dieses diesem kann können soll sollen muss müssen zwischen seit sowohl jedoch
        damit dabei""",
    "es": """el la los las un una unos unas y e o u a de del al en con por para sin sobre entre
        desde hasta que se su sus es son fue ha han había ser está están este esta estos estas
        ese esa lo le les como más pero también muy ya no ni cuando donde según durante tras
        ante así hay sido cual cuales""",
    "it": """il lo la i gli le un uno una di a del dello della dei degli delle da dal dalla dai in
        nel nello nella nei negli nelle su sul sulla sui con per tra fra e ed o che non è sono
        ha hanno era stato stata stati essere come anche più ma se si ci questo questa questi
        queste quello quella suo sua suoi sue loro al allo alla ai agli alle dopo ancora già
        molto tutti tutte secondo l dell all nell sull un' quale sarà""",
    "pt": """o a os as um uma uns umas e ou de do da dos das em no na nos nas ao aos à às por pelo
        pela pelos pelas para com sem sobre entre desde até que se seu sua seus suas é são foi
        foram ser está estão este esta estes estas esse essa isso como mais mas também muito já
        não ele ela eles elas quando onde segundo durante após há tem têm sido será""",
    "nl": """de het een en van in is zijn was waren wordt worden werd werden te op aan met voor door
        bij uit naar over tot om dat die dit deze niet ook als maar of dan er nog al wel meer geen
        hun zij hij ze we wij ons onze heeft hebben had kan kunnen zal zullen moet moeten na tegen
        zonder onder tussen volgens sinds zich""",
}

# Letter cues: "cue weight" pairs; `_` is a word edge. Written from each language's spelling.
LETTER_CUES = {
    "en": """th 1 _th 1 ing_ 2 wh 1.5 ed_ 1 ly_ 1.5 ough 2 ould 2 sh 1 tion 0.7 ness_ 2 ship_ 2
        w 0.7 y_ 0.7 ity_ 1 ee 0.5 oo 0.5 ck 0.5 ment_ 0.5 ies_ 1.5 _un 0.5 ea 0.7""",
    "fr": """é 1.5 è 1.5 ê 1 à 1 ç 1 ë 0.5 ô 1.5 û 2 î 2 ï 1 â 1 eau 2 aux_ 2 oi 1 ou 0.7
        qu 1 ment_ 1 ées_ 2 ée_ 2 eux_ 2 ique 1 tion 0.7 ais_ 1.5 ait_ 1.5 ent_ 0.7 ie_ 0.5
        er_ 0.3 ur_ 0.5 es_ 0.5 ux_ 1 ll 0.3""",
    "de": """ä 2 ö 2 ü 2 ß 3 sch 1 ung_ 2 ungen_ 2 keit 2.5 heit 2.5 lich 2 tz 1.5 ck 1 ei 1 ie 0.7
        _ge 1 chen_ 1.5 en_ 0.5 _z 1 _w 1 pf 1.5 _ver 1 _zu 1.5 cht 1 ff 0.5 _be 0.5 st 0.3
        eit 1 ieren 2 ert_ 1 _ein 0.5""",
    "es": """ñ 3 ción 3 ciones 3 á 0.7 í 1 ó 1 ú 0.7 ll 1 os_ 1 as_ 0.8 dad_ 2 ado_ 1 ada_ 0.7
        mente_ 0.7 ue 0.7 ie 0.5 z_ 1 j 0.7 ar_ 1 er_ 0.5 ir_ 0.5 _h 0.3 idad 1 ero_ 0.7
        ó_ 2 án_ 1.5 ía 1 aron_ 2 ieron_ 2 _ll 1.5 rr 0.5 ue 0.5 cia_ 0.5""",
    "it": """zione 3 zioni 3 gli 2 zz 2 cc 1 tt 1 gg 1.5 sc 0.5 ch 0.5 à_ 1.5 ità_ 2 ò 2 ù 1.5
        ì 2 è 1 i_ 1 o_ 0.5 ato_ 0.7 ata_ 0.5 are_ 1 ere_ 1 ire_ 0.7 mente_ 0.7 ll 0.5 zi 1
        nn 0.5 pp 1 mm 0.5 ssi 0.5 iamo_ 2""",
    "pt": """ção 3 ções 3 ão 3 ã 2 õ 3 nh 2 lh 2 ê 1 â 1.5 ém_ 2 dade 2 em_ 0.7 ou_ 0.7 eu_ 0.7
        m_ 0.5 os_ 1 as_ 0.8 ado_ 1 ada_ 0.7 ç 1.5 é 0.5 ó 0.7 í 0.7 á 0.7 ú 0.5 ar_ 1 er_ 0.5
        ir_ 0.5 mente_ 0.5 ei 0.3 iu_ 1
        aram_ 2 eram_ 2 iram_ 2 ou_ 1 rr 0.5 ões_ 1 ês 1""",
    "nl": """ij 3 aa 2 ee 1 oo 1 uu 2.5 oe 1.5 ui 1 ou 0.5 sch 0.7 cht 1 heid 2.5 lijk 3 tje 2 _ge 1
        _be 0.5 _ver 1 en_ 0.5 _z 0.5 _v 0.7 ë 1 ie 0.5 _w 0.7 kt_ 1 ijk 1 isch 1""",
}


@dataclass(frozen=True)
class Profile:
    function_words: dict[str, float]      # word -> weight for this language
    cues: tuple[tuple[str, float], ...]


def _build_profiles() -> dict[str, Profile]:
    word_sets = {lang: set(words.split()) for lang, words in FUNCTION_WORDS.items()}
    shared_by: dict[str, int] = {}
    for words in word_sets.values():
        for word in words:
            shared_by[word] = shared_by.get(word, 0) + 1
    profiles = {}
    for lang in LANGUAGES:
        weights = {w: 2.0 / shared_by[w] for w in word_sets[lang]}
        items = LETTER_CUES[lang].split()
        cues = tuple((items[i], float(items[i + 1])) for i in range(0, len(items), 2))
        profiles[lang] = Profile(weights, cues)
    return profiles


PROFILES = _build_profiles()
ALL_FUNCTION_WORDS = frozenset(w for p in PROFILES.values() for w in p.function_words)

_WORD = re.compile(r"[^\W\d_]+")
_ENDS = frozenset(".!?:;…")   # a word after one of these (and spaces) starts a sentence


def _words(text: str) -> list[tuple[str, bool]]:
    """(lowercased word, looks like a name) for each run of letters; apostrophes split words."""
    out = []
    previous_end = 0
    for m in _WORD.finditer(text):
        word = m.group()
        sentence_start = not out or text[previous_end:m.start()].rstrip()[-1:] in _ENDS
        looks_like_name = word[0].isupper() and not sentence_start
        out.append((word.lower(), looks_like_name))
        previous_end = m.end()
    return out


def word_count(text: str) -> int:
    """Runs of letters, as the detector counts words (apostrophes split: l'eau is two)."""
    return len(_WORD.findall(text))


MAX_SAMPLE_CHARS = 5000


def scores(text: str) -> tuple[dict[str, float], int]:
    """Score per language and number of words of `text` (its first MAX_SAMPLE_CHARS characters:
    a language shows itself long before that, and detection stays linear in small constants)."""
    if len(text) > MAX_SAMPLE_CHARS:
        cut = text.rfind(" ", 0, MAX_SAMPLE_CHARS)
        text = text[:cut if cut > 0 else MAX_SAMPLE_CHARS]
    words = _words(text)
    # Each distinct word scored once, times its count (words repeat, following Zipf's law).
    totals = [0.0] * len(LANGUAGES)
    for (word, is_name), count in collections.Counter(words).items():
        for i, value in enumerate(_word_scores(word, is_name)):
            totals[i] += value * count
    return dict(zip(LANGUAGES, totals)), len(words)


@functools.lru_cache(maxsize=65536)
def _word_scores(word: str, is_name: bool) -> tuple[float, ...]:
    """What one word adds to each language's score (cached: words repeat, following Zipf's law)."""
    if word in ALL_FUNCTION_WORDS and not is_name:
        return tuple(PROFILES[lang].function_words.get(word, 0.0) for lang in LANGUAGES)
    padded = f"_{word}_"
    weight = _NAME_WEIGHT if is_name else 1.0
    return tuple(weight * min(sum(w for cue, w in PROFILES[lang].cues if cue in padded), _CUE_CAP) / 2
                 for lang in LANGUAGES)


@functools.lru_cache(maxsize=4096)
def detect(text: str) -> tuple[str | None, float]:
    """(primary language subtag or None, confidence in [0, 1]). Cached: the engine asks about each
    block twice (the document's language, then the block's own)."""
    totals, n_words = scores(text)
    if n_words < MIN_WORDS:
        return None, 0.0
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    if top <= 0:
        return None, 0.0
    lead = (top - second) / top
    evidence = min(1.0, top / _EVIDENCE_FULL)
    confidence = round(lead * evidence, 3)
    if confidence <= 0:
        return None, 0.0
    return best, confidence


def detect_document(doc) -> tuple[str | None, float]:
    """Language of a checker.document.Document, from its prose blocks (all blocks if none).

    Each block votes for its language with its word count (times its confidence when that is low),
    so a long quote in another language does not outweigh the body (cue-rich languages would win a
    pooled score).
    Confidence is the winner's share of the votes."""
    blocks = doc.prose_blocks or doc.blocks
    votes: dict[str, float] = {}
    for block in blocks:
        lang, confidence = detect(block.text)
        if lang:
            n_words = word_count(block.text)
            weight = n_words if is_confident(confidence, n_words) else n_words * confidence
            votes[lang] = votes.get(lang, 0.0) + weight
    if not votes:
        return detect("\n".join(block.text for block in blocks))
    best = min(votes, key=lambda lang: (-votes[lang], lang))
    share = votes[best] / sum(votes.values())
    return best, round(share, 3)


def is_confident(confidence: float, n_words: int) -> bool:
    return confidence >= (CONFIDENT_LONG if n_words >= LONG_WORDS else CONFIDENT)


def detect_blocks(doc) -> None:
    """Set `block.detected_language` on every block whose language the detector is sure of."""
    for block in doc.blocks:
        lang, confidence = detect(block.text)
        confident = lang and is_confident(confidence, word_count(block.text))
        block.detected_language = lang if confident else None


# --- Language tags (BCP 47, RFC 5646) -------------------------------------------------------------

# ISO 639-1 two-letter codes (including those the IANA registry keeps as deprecated: in, iw, ji).
ISO_639_1 = frozenset("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch
    co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he
    hi ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji jv ka kg ki kj kk kl km kn ko kr
    ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn
    no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq
    sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo
    za zh zu""".split())

# Three-letter primary subtags met in practice: languages with no two-letter code (ISO 639-2/3),
# plus the special codes und (undetermined), mul (multiple), zxx (no linguistic content).
ISO_639_3_COMMON = frozenset("""ace ach ady ain ale alt ang arn ast awa ban bal bej bem bho bik bin
    bla bua bug byn ceb chm chr chy ckb cmn cop crh csb dak dar dsb dua dyu efi egy enm ewo fil fon
    frm fro frr frs fur gaa gez gil gmh goh gon gor got grc gsw haw hak hil hmn hsb iba ilo inh jbo
    kaa kab kac kam kbd kha kmb kok kos kpe krc krl kum lad lah lez lld lmo loz lua lun luo lus lzh
    mad mag mai mak man mas mdf men mic min mni moh mos mul mus mwl myv nan nap nds new nia niu nog
    non nqo nso nyn nzi osa ota pag pal pam pap pau pes phn pon pro rap rar rom rup sah sam sat scn
    sco sga shn sid sma smj smn sms snk srn sus sux swh syc syr tet tig tiv tlh tpi tum tvl tyv udm
    uga umb und vec vot wal war wuu xal yue zap zgh zun zxx zza""".split())

_ALNUM = "[a-z0-9]"
_TAG = re.compile(
    r"^(?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3})"          # language, up to three extlangs
    r"(?:-(?P<script>[a-z]{4}))?"
    r"(?:-(?P<region>[a-z]{2}|[0-9]{3}))?"
    rf"(?P<variants>(?:-(?:{_ALNUM}{{5,8}}|[0-9]{_ALNUM}{{3}}))*)"
    rf"(?P<extensions>(?:-[0-9a-wy-z](?:-{_ALNUM}{{2,8}})+)*)"
    rf"(?P<private>-x(?:-{_ALNUM}{{1,8}})+)?$"
)
_PRIVATE_ONLY = re.compile(rf"^x(?:-{_ALNUM}{{1,8}})+$")

# Region used when a tag names none (DESIGN.md: "a documented default per language"): the country
# where most of the language's readers live whose conventions the rule packs write, except that
# pt follows Portugal (European Portuguese spelling) and en the US (LanguageTool's en-US default).
DEFAULT_REGIONS = {"en": "US", "fr": "FR", "de": "DE", "es": "ES", "it": "IT", "nl": "NL",
                   "pt": "PT"}


def is_valid_tag(tag: str) -> bool:
    """True for a well-formed BCP 47 tag whose primary subtag is a known language code."""
    if not isinstance(tag, str) or not tag or tag != tag.strip():
        return False
    lowered = tag.lower()
    if _PRIVATE_ONLY.match(lowered):
        return True
    match = _TAG.match(lowered)
    if not match:
        return False
    primary = match.group("language").split("-")[0]
    if primary not in ISO_639_1 and primary not in ISO_639_3_COMMON:
        return False
    singletons = re.findall(r"-([0-9a-wy-z])-", (match.group("extensions") or "") + "-")
    variants = [v for v in match.group("variants").split("-") if v]
    return len(set(singletons)) == len(singletons) and len(set(variants)) == len(variants)


def normalize_tag(tag: str | None) -> str | None:
    """Canonical case of a language tag ('FR_ch' -> 'fr-CH'); None when it is not a valid tag."""
    if not tag:
        return None
    candidate = tag.strip().replace("_", "-")
    if not is_valid_tag(candidate):
        return None
    parts = candidate.lower().split("-")
    out = [parts[0]]
    in_extension = False
    for part in parts[1:]:
        if len(part) == 1:
            in_extension = True
        if in_extension:
            out.append(part)
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())
        else:
            out.append(part)
    return "-".join(out)


def primary_subtag(tag: str | None) -> str | None:
    normalized = normalize_tag(tag)
    return normalized.split("-")[0] if normalized else None


def default_region(lang: str) -> str | None:
    """Default region of a primary subtag (see DEFAULT_REGIONS); None for other languages."""
    return DEFAULT_REGIONS.get((lang or "").split("-")[0].split("_")[0].lower())

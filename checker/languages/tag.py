"""Language tags (BCP 47, RFC 5646): parsed and put in canonical case once, by `LanguageTag`.

`LanguageTag.parse("FR_ch")` is `fr-CH`: an underscore is read as a hyphen (locales write `fr_CH`),
the language is lower case, the script title case (`Latn`), the region upper case (`CH`, `419`);
variants, extensions and private use keep their (lower) case. `parse` returns None for a tag that
is not well formed or whose primary subtag is no language code; `LanguageTag.loose` reads any
text the way a tag is read (first part, then a two-letter region), for attributes found in files
that must still be reported as written ("english", "en-US-GB").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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


def _private_use(code: str) -> bool:
    """qaa..qtz: reserved for local use (ISO 639-2, RFC 5646 section 2.2.1)."""
    return len(code) == 3 and code[0] == "q" and "a" <= code[1] <= "t" and code[2].isalpha()


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


@dataclass(frozen=True)
class LanguageTag:
    """A language tag in canonical case. `str(tag)` writes it back ("fr-CH")."""
    language: str                      # primary subtag, lower case: "fr" ("x" for "x-..." tags)
    script: str | None = None          # "Latn"
    region: str | None = None          # "CH", "419"
    extlangs: tuple[str, ...] = ()     # "yue" in "zh-yue-HK"
    rest: tuple[str, ...] = ()         # variants, extensions and private use, as written (lower)

    @classmethod
    def parse(cls, text: "str | LanguageTag | None") -> "LanguageTag | None":
        """The tag `text` names, or None when it is empty, malformed or no language's."""
        if isinstance(text, LanguageTag):
            return text
        if not isinstance(text, str) or not text.strip():
            return None
        candidate = text.strip().replace("_", "-")
        return _parse(candidate) if candidate == candidate.strip() else None

    @classmethod
    def loose(cls, text: "str | LanguageTag | None", default: str = "") -> "LanguageTag":
        """The tag when well formed; otherwise the first part as the language and a two-letter
        second part as the region (what an attribute such as lang="english" can still tell)."""
        tag = cls.parse(text)
        if tag is not None:
            return tag
        parts = (text if isinstance(text, str) and text.strip() else default).strip()
        pieces = parts.replace("_", "-").split("-")
        region = pieces[1].upper() if len(pieces) > 1 and len(pieces[1]) == 2 else None
        return cls(pieces[0].lower(), None, region)

    def with_region(self, region: str | None) -> "LanguageTag":
        return LanguageTag(self.language, self.script, region, self.extlangs, self.rest)

    def __str__(self) -> str:
        parts = [self.language, *self.extlangs]
        if self.script:
            parts.append(self.script)
        if self.region:
            parts.append(self.region)
        return "-".join(parts + list(self.rest))


@lru_cache(maxsize=4096)
def _parse(candidate: str) -> LanguageTag | None:
    lowered = candidate.lower()
    if _PRIVATE_ONLY.match(lowered):
        return LanguageTag("x", rest=tuple(lowered.split("-")[1:]))
    match = _TAG.match(lowered)
    if not match:
        return None
    language, *extlangs = match.group("language").split("-")
    if language not in ISO_639_1 and language not in ISO_639_3_COMMON and not _private_use(language):
        return None
    singletons = re.findall(r"-([0-9a-wy-z])-", (match.group("extensions") or "") + "-")
    variants = [v for v in match.group("variants").split("-") if v]
    if len(set(singletons)) != len(singletons) or len(set(variants)) != len(variants):
        return None
    script = match.group("script")
    region = match.group("region")
    rest = "".join(match.group(g) or "" for g in ("variants", "extensions", "private"))
    return LanguageTag(language, script.title() if script else None,
                       region.upper() if region else None, tuple(extlangs),
                       tuple(p for p in rest.split("-") if p))


def is_valid_tag(tag: object) -> bool:
    """True for a well-formed BCP 47 tag whose primary subtag is a known language code (as
    written: surrounding spaces or an underscore make it invalid)."""
    return isinstance(tag, str) and bool(tag) and "_" not in tag and tag == tag.strip() \
        and LanguageTag.parse(tag) is not None


def normalize_tag(tag: str | None) -> str | None:
    """Canonical case of a language tag ('FR_ch' -> 'fr-CH'); None when it is not a valid tag."""
    parsed = LanguageTag.parse(tag)
    return str(parsed) if parsed else None


def primary_subtag(tag: str | None) -> str | None:
    """'fr' for 'fr-CH'; None for what is not a valid tag."""
    parsed = LanguageTag.parse(tag)
    return parsed.language if parsed else None

"""The region of a text whose tag has none, from the text itself: what an editor would notice.

- German written in Switzerland has no ß: it writes ss (Strasse, grosse, schliesslich; Swiss
  Federal Chancellery, Schreibweisungen, § 2.1.2; Duden, "Schweizer Besonderheiten"). Two ss-spellings
  of ß-words or more and no ß: de-CH.
- British English spells -ise/-isation, -our, -re, programme, defence, travelled (Oxford Guide to
  Style; GOV.UK style guide) and counts in £: en-GB when these clearly outnumber the American forms.
- French in Switzerland and Belgium counts septante and nonante (Swiss also huitante) (Académie
  française, "Dire, ne pas dire": septante, nonante); Swiss texts name the Confédération, the
  Conseil fédéral, francs (CHF); Belgian ones bourgmestres, échevins, SPF, Wallonie: fr-CH or fr-BE
  where one side's marks are two or more and more than the other's.
- Italian in Switzerland names the Consiglio federale, the Confederazione, CHF: it-CH.
- Swiss texts in every language write 3'150 (an apostrophe between thousands).

`infer_region(lang, text)` gives (region, evidence) or (None, evidence): the evidence says why,
for the JSON report (`region`). Marks are counted on whole words; no list of any corpus's names.
"""
from __future__ import annotations

import re

_SS_FOR_ESZETT = re.compile(
    r"\b(?:\w*strassen?|gross(?:e[nmrs]?)?|grösse[nr]?|grösst\w*|\w*schliess\w*|massnahmen?"
    r"|ausser(?:dem|halb|gewöhnlich\w*|ordentlich\w*)?|äusser\w*|gemäss|\w*mässig\w*|\w*fliess\w*"
    r"|heisst|heissen|weiss|bloss|\w*stoss\w*|spass|grüsse|gruss|fuss\w*|massgeblich\w*|massstab\w*"
    r"|geniess\w*|süss\w*|\w*giess\w*|\w*schiess\w*|beisst|reissen|\w*reisst)\b", re.IGNORECASE)
_GB = re.compile(
    r"\b(?:(?:organi|recogni|reali|priori|minimi|maximi|summari|critici|authori|characteri|finali"
    r"|mobili|moderni|standardi|utili|speciali|digitali|harmoni|stabili|categori)s(?:e|ed|es|ing"
    r"|ation|ations)|colours?|coloured|favours?|favoured|favourable|labours?|behaviours?|behavioural"
    r"|honours?|honoured|neighbours?|neighbourhoods?|centres?|programmes?"
    r"|defence|licence|travell(?:ed|ing|er|ers)|cancell(?:ed|ing)|modell(?:ed|ing)|labell(?:ed|ing)"
    r"|analys(?:e|ed|es|ing)|catalogues?|fulfil|whilst|amongst|ageing)\b", re.IGNORECASE)
_US = re.compile(
    r"\b(?:(?:organi|recogni|reali|priori|minimi|maximi|summari|critici|authori|characteri|finali"
    r"|mobili|moderni|standardi|utili|speciali|digitali|harmoni|stabili|categori)z(?:e|ed|es|ing"
    r"|ation|ations)|colors?|colored|favors?|favored|favorable|labors?|behaviors?|behavioral|honors?"
    r"|honored|neighbors?|neighborhoods?|centers?|defense"
    r"|license[ds]?|travel(?:ed|ing|er|ers)|cancel(?:ed|ing)|model(?:ed|ing)|label(?:ed|ing)"
    r"|analyz(?:e|ed|es|ing)|catalogs?|fulfill|aging)\b", re.IGNORECASE)
# 3'150 or 3’150: the Swiss thousands separator (Swiss Federal Chancellery, Schreibweisungen).
_SWISS_THOUSANDS = re.compile(r"\b\d{1,3}(?:['’]\d{3})+\b")
_DE_CH = re.compile(r"\b(?:CHF|Franken|Bundesrat|Eidgenössische[nmrs]?|Kantone?n?|kantonale[nmrs]?"
                    r"|Bundesamt|Departement)\b")
# «ainsi», without the spaces France puts inside guillemets (Swiss Federal Chancellery,
# Instructions concernant la présentation des textes officiels: no space in Swiss usage).
_TIGHT_GUILLEMETS = re.compile(r"«[^\s\u00a0\u202f]")
_FR_BOTH = re.compile(r"\b(?:septante|nonante)\w*", re.IGNORECASE)
_FR_CH = re.compile(r"\b(?:huitante\w*|CHF|francs? suisses?|Confédération|Conseil fédéral"
                    r"|(?:Office|Département) fédéral)\b")
_FR_BE = re.compile(r"\b(?:bourgmestres?|échevins?|SPF|Wallonie|wallonne?s?|Fédération Wallonie"
                    r"|Flandre)\b")
_IT_CH = re.compile(r"\b(?:CHF|franchi svizzeri|Confederazione|Consiglio federale"
                    r"|(?:Ufficio|Dipartimento) federale)\b")
MIN_MARKS = 2


def infer_region(lang: str, text: str) -> tuple[str | None, str]:
    """(region or None, evidence in a few words) for a text in `lang` (primary subtag)."""
    lang = (lang or "").split("-")[0].lower()
    if lang == "de":
        return _german(text)
    if lang == "en":
        return _english(text)
    if lang == "fr":
        return _french(text)
    if lang == "it":
        ch = _IT_CH.findall(text) + _SWISS_THOUSANDS.findall(text)
        if len(ch) >= MIN_MARKS:
            return "CH", f"Swiss institutions or currency: {_sample(ch)}"
        return None, "no regional mark"
    return None, "no regional mark"


def _german(text: str) -> tuple[str | None, str]:
    ss = _SS_FOR_ESZETT.findall(text)
    eszett = text.count("ß")
    if eszett:
        return None, f"ß written ({eszett} times)"
    if ss:
        return "CH", f"ss for ß ({len(ss)} words: {_sample(ss)}), no ß"
    ch = _DE_CH.findall(text) + _SWISS_THOUSANDS.findall(text)
    if len(ch) >= MIN_MARKS:
        return "CH", f"no ß; Swiss institutions, currency or numbers: {_sample(ch)}"
    return None, "no regional mark"


def _english(text: str) -> tuple[str | None, str]:
    # A capitalised word may be a name, which keeps its own spelling (World Health Organization).
    gb = [w for w in _GB.findall(text) if w.islower()] + ["£"] * 2 * text.count("£")
    us = [w for w in _US.findall(text) if w.islower()]
    if (gb and not us) or (len(gb) >= MIN_MARKS and len(gb) > 2 * len(us)):
        return "GB", f"British spelling ({len(gb)}: {_sample(gb)}) against {len(us)} American"
    if (us and not gb) or (len(us) >= MIN_MARKS and len(us) > 2 * len(gb)):
        return "US", f"American spelling ({len(us)}: {_sample(us)}) against {len(gb)} British"
    return None, "no regional mark" if not (gb or us) else "British and American spellings mixed"


def _french(text: str) -> tuple[str | None, str]:
    both = _FR_BOTH.findall(text)
    ch = _FR_CH.findall(text) + both + _SWISS_THOUSANDS.findall(text)
    if not re.search(r"«[\s\u00a0\u202f]", text):
        ch += _TIGHT_GUILLEMETS.findall(text)[:1]
    be = _FR_BE.findall(text) + both
    if len(ch) >= MIN_MARKS and len(ch) > len(be):
        return "CH", f"Swiss usage: {_sample(ch)}"
    if len(be) >= MIN_MARKS and len(be) > len(ch):
        return "BE", f"Belgian usage: {_sample(be)}"
    return None, "no regional mark"


def _sample(words: list[str], n: int = 3) -> str:
    seen: list[str] = []
    for w in words:
        if w not in seen:
            seen.append(w)
    return ", ".join(seen[:n])

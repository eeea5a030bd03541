"""Dutch."""
from checker.languages.model import (Abbreviations, Interface, Language, LanguageTool, Numbers,
                                     Readability, Sentences, Targets, cues, words)
from checker.languages.nl import syllables

LANGUAGE = Language(
    code="nl", name="Dutch",
    default_region="NL", regions=("NL", "BE"),
    function_words=words("""de het een en van in is zijn was waren wordt worden werd werden te op
        aan met voor door bij uit naar over tot om dat die dit deze niet ook als maar of dan er nog
        al wel meer geen hun zij hij ze we wij ons onze heeft hebben had kan kunnen zal zullen moet
        moeten na tegen zonder onder tussen volgens sinds zich"""),
    letter_cues=cues("""ij 3 aa 2 ee 1 oo 1 uu 2.5 oe 1.5 ui 1 ou 0.5 sch 0.7 cht 1 heid 2.5 lijk 3
        tje 2 _ge 1 _be 0.5 _ver 1 en_ 0.5 _z 0.5 _v 0.7 ë 1 ie 0.5 _w 0.7 kt_ 1 ijk 1 isch 1"""),
    syllables=syllables.count,
    syllables_source="vowel groups with Dutch digraphs and the diaeresis (checker/languages/nl/"
                     "syllables.py)",
    sentences=Sentences(
        closers="”’\"')]»",
        # Written for lisible: the abbreviations of Dutch official texts (Taalunie, "Afkortingen").
        abbreviations=Abbreviations(
            titles=words("dhr mevr mr dr drs ir ing prof ds mw"),
            mid=words("""bijv o.a m.b.t i.v.m d.w.z t.a.v m.u.v i.p.v n.a.v o.b.v ca evt resp
                vs zgn incl excl min max tel"""),
            before_number=words("""nr art blz p pag hfst jan feb mrt apr jun jul aug sep sept okt
                nov dec"""),
            final=words("enz etc e.d bv nv"))),
    readability=Readability(
        formulas=("flesch_douma", "lix"),
        # Flesch's bands carried over as Douma rescaled them; not calibrated on parallel texts.
        targets=Targets(general=(60, 25), easy_read=(80, 15), expert=(30, 35))),
    languagetool=LanguageTool(module="nl", variants=frozenset({"NL", "BE"}), default="nl"),
    numbers=Numbers(decimal_comma=True),
    interface=Interface(),
    packs=(),
    stemmer="dutch",
)

"""Dutch."""
from checker.languages import en
from checker.languages.model import (Interface, Language, LanguageTool, Numbers, Readability,
                                     Targets, cues, words)

LANGUAGE = Language(
    code="nl", name="Dutch",
    default_region="NL", regions=("NL", "BE"),
    function_words=words("""de het een en van in is zijn was waren wordt worden werd werden te op
        aan met voor door bij uit naar over tot om dat die dit deze niet ook als maar of dan er nog
        al wel meer geen hun zij hij ze we wij ons onze heeft hebben had kan kunnen zal zullen moet
        moeten na tegen zonder onder tussen volgens sinds zich"""),
    letter_cues=cues("""ij 3 aa 2 ee 1 oo 1 uu 2.5 oe 1.5 ui 1 ou 0.5 sch 0.7 cht 1 heid 2.5 lijk 3
        tje 2 _ge 1 _be 0.5 _ver 1 en_ 0.5 _z 0.5 _v 0.7 ë 1 ie 0.5 _w 0.7 kt_ 1 ijk 1 isch 1"""),
    syllables=en.LANGUAGE.syllables,
    syllables_source="BORROWED from English (checker/languages/en/syllables.py): no Dutch counter yet",
    # Borrowed from English too: no Dutch abbreviation list yet.
    sentences=en.LANGUAGE.sentences,
    readability=Readability(
        formulas=("flesch_douma", "lix"),
        # Flesch's bands carried over as Douma rescaled them; not calibrated on parallel texts.
        targets=Targets(general=(60, 25), easy_read=(80, 15), expert=(30, 35))),
    languagetool=LanguageTool(module="nl", variants=frozenset({"NL", "BE"}), default="nl"),
    numbers=Numbers(decimal_comma=True),
    interface=Interface(),
    packs=(),
)

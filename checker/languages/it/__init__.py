"""Italian."""
from checker.languages.it import syllables
from checker.languages.model import (Abbreviations, Interface, Language, LanguageTool, Numbers,
                                     Readability, Sentences, Targets, cues, words)

LANGUAGE = Language(
    code="it", name="Italian",
    default_region="IT", regions=("IT", "CH", "SM", "VA"),
    function_words=words("""il lo la i gli le un uno una di a del dello della dei degli delle da dal
        dalla dai in nel nello nella nei negli nelle su sul sulla sui con per tra fra e ed o che non
        è sono ha hanno era stato stata stati essere come anche più ma se si ci questo questa
        questi queste quello quella suo sua suoi sue loro al allo alla ai agli alle dopo ancora già
        molto tutti tutte secondo l dell all nell sull un' quale sarà"""),
    letter_cues=cues("""zione 3 zioni 3 gli 2 zz 2 cc 1 tt 1 gg 1.5 sc 0.5 ch 0.5 à_ 1.5 ità_ 2
        ò 2 ù 1.5 ì 2 è 1 i_ 1 o_ 0.5 ato_ 0.7 ata_ 0.5 are_ 1 ere_ 1 ire_ 0.7 mente_ 0.7 ll 0.5
        zi 1 nn 0.5 pp 1 mm 0.5 ssi 0.5 iamo_ 2"""),
    syllables=syllables.count,
    syllables_source="vowel nuclei with diphthongs (checker/languages/it/syllables.py)",
    sentences=Sentences(
        closers="»”\"')]",
        # Treccani, "abbreviazioni".
        abbreviations=Abbreviations(
            titles=words("""sig sig.ra sig.na sigg dott dott.ssa dr prof prof.ssa ing avv arch on
                geom rag mons gen s sen onorevole"""),
            mid=words("""ca cfr es p.es vs tel max min ss sgg c.a c.d ca v mln mld mrd dott rif all
                ca risp"""),
            before_number=words("""n nr pag pagg p pp art artt cap fig vol co lett gen feb febr apr
                ago sett ott nov dic tab par"""),
            final=words("ecc etc s.p.a s.r.l spa srl"))),
    readability=Readability(
        formulas=("gulpease", "flesch_vacca", "lix"),
        targets=Targets(general=(55, 27), easy_read=(62, 16), expert=(44, 38)),
        calibration=(-99.6, 2.92)),
    languagetool=LanguageTool(module="it", variants=frozenset({"IT"}), default="it"),
    numbers=Numbers(decimal_comma=True),
    interface=Interface(findings=True),
    packs=("it",),
    stemmer="italian",
)

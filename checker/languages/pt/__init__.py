"""Portuguese."""
from checker.languages.model import (Abbreviations, Interface, Language, LanguageTool, Numbers,
                                     Readability, Sentences, Targets, cues, words)
from checker.languages.pt import syllables

LANGUAGE = Language(
    code="pt", name="Portuguese",
    # Portugal: European Portuguese spelling, LanguageTool's pt-PT default.
    default_region="PT", regions=("PT", "BR", "AO", "MZ"),
    function_words=words("""o a os as um uma uns umas e ou de do da dos das em no na nos nas ao aos
        à às por pelo pela pelos pelas para com sem sobre entre desde até que se seu sua seus suas
        é são foi foram ser está estão este esta estes estas esse essa isso como mais mas também
        muito já não ele ela eles elas quando onde segundo durante após há tem têm sido será"""),
    letter_cues=cues("""ção 3 ções 3 ão 3 ã 2 õ 3 nh 2 lh 2 ê 1 â 1.5 ém_ 2 dade 2 em_ 0.7 ou_ 0.7
        eu_ 0.7 m_ 0.5 os_ 1 as_ 0.8 ado_ 1 ada_ 0.7 ç 1.5 é 0.5 ó 0.7 í 0.7 á 0.7 ú 0.5 ar_ 1
        er_ 0.5 ir_ 0.5 mente_ 0.5 ei 0.3 iu_ 1 aram_ 2 eram_ 2 iram_ 2 ou_ 1 rr 0.5 ões_ 1
        ês 1"""),
    syllables=syllables.count,
    syllables_source="grammatical division with diphthongs and hiatus (checker/languages/pt/"
                     "syllables.py)",
    sentences=Sentences(
        closers="»”’\"')]",
        # Written for lisible: the abbreviations of Portuguese official texts.
        abbreviations=Abbreviations(
            titles=words("sr sra srs sras dr dra drs dras prof profa eng exmo exma sto sta"),
            mid=words("p.ex ex aprox cf vs tel máx mín"),
            before_number=words("""n nº núm art p pp pág págs cap vol jan fev mar abr mai jun jul
                ago set out nov dez"""),
            final=words("etc lda s.a"))),
    readability=Readability(
        formulas=("flesch_pt", "lix"),
        targets=Targets(general=(60, 28), easy_read=(80, 16), expert=(30, 38))),
    languagetool=LanguageTool(module="pt", variants=frozenset({"PT", "BR", "AO", "MZ"}),
                              default="pt-PT"),   # plain "pt" checks grammar only, no spelling
    numbers=Numbers(decimal_comma=True),
    interface=Interface(),
    packs=(),
    stemmer="portuguese",
)

"""Spanish."""
from checker.languages.es import syllables
from checker.languages.model import (Abbreviations, Interface, Language, LanguageTool, Numbers,
                                     Readability, Sentences, Targets, cues, words)

LANGUAGE = Language(
    code="es", name="Spanish",
    default_region="ES", regions=("ES", "AR"),
    function_words=words("""el la los las un una unos unas y e o u a de del al en con por para sin
        sobre entre desde hasta que se su sus es son fue ha han había ser está están este esta
        estos estas ese esa lo le les como más pero también muy ya no ni cuando donde según
        durante tras ante así hay sido cual cuales"""),
    letter_cues=cues("""ñ 3 ción 3 ciones 3 á 0.7 í 1 ó 1 ú 0.7 ll 1 os_ 1 as_ 0.8 dad_ 2 ado_ 1
        ada_ 0.7 mente_ 0.7 ue 0.7 ie 0.5 z_ 1 j 0.7 ar_ 1 er_ 0.5 ir_ 0.5 _h 0.3 idad 1 ero_ 0.7
        ó_ 2 án_ 1.5 ía 1 aron_ 2 ieron_ 2 _ll 1.5 rr 0.5 ue 0.5 cia_ 0.5"""),
    syllables=syllables.count,
    syllables_source="vowel nuclei with diphthongs and hiatus (checker/languages/es/syllables.py)",
    sentences=Sentences(
        closers="»”\"')]",
        # RAE, Diccionario panhispánico de dudas, apéndice 2.
        abbreviations=Abbreviations(
            titles=words("""sr sra srta sres sras dr dra d dña prof profa lic ing arq excmo excma
                ilmo ilma sto sta fray gral"""),
            mid=words("""ee aprox p.ej cf vs vol ca cía admón avda c ud uds vd vds gob depto dpto
                tel máx mín c.p"""),
            before_number=words("""n núm nº pág págs art cap fig vol ene feb abr ago sept oct nov
                dic párr apdo"""),
            final=words("etc cía s.a s.l uu ee.uu"))),
    readability=Readability(
        formulas=("szigriszt_pazos", "fernandez_huerta", "lix"),
        # INFLESZ keeps its published bands: no parallel Spanish data to calibrate on.
        targets=Targets(general=(55, 28), easy_read=(65, 16), expert=(40, 38))),
    languagetool=LanguageTool(module="es", variants=frozenset({"ES", "AR"}), default="es"),
    numbers=Numbers(decimal_comma=True, spaced_thousands=True),
    interface=Interface(findings=True),
    packs=("es",),
    stemmer="spanish",
)

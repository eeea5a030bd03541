"""French."""
from checker.languages.fr import syllables
from checker.languages.model import (Abbreviations, Interface, Language, LanguageTool, Numbers,
                                     Readability, Sentences, Targets, cues, words)

LANGUAGE = Language(
    code="fr", name="French",
    # `fr` alone means France, not Switzerland (DESIGN.md, "Rules").
    default_region="FR", regions=("FR", "CA", "CH", "BE"),
    # Elided forms (l', d', qu') are split at the apostrophe, hence the one-letter entries.
    function_words=words("""le la les un une des du de et est sont à au aux en dans pour par sur
        avec sans que qui ce cette ces cet se sa son ses leur leurs il elle ils elles nous vous on
        ne pas plus été être a ont avait fait mais ou où comme aussi entre après avant depuis selon
        lors chez très tous tout toute toutes notamment ainsi dont même l d qu n s c j y sera
        seront doit peut afin auprès contre vers"""),
    letter_cues=cues("""é 1.5 è 1.5 ê 1 à 1 ç 1 ë 0.5 ô 1.5 û 2 î 2 ï 1 â 1 eau 2 aux_ 2 oi 1 ou 0.7
        qu 1 ment_ 1 ées_ 2 ée_ 2 eux_ 2 ique 1 tion 0.7 ais_ 1.5 ait_ 1.5 ent_ 0.7 ie_ 0.5
        er_ 0.3 ur_ 0.5 es_ 0.5 ux_ 1 ll 0.3"""),
    syllables=syllables.count,
    syllables_source="spoken syllables, mute e dropped (checker/languages/fr/syllables.py)",
    sentences=Sentences(
        closers="»”\"')]", spaced_closer="»",   # « Je viens. »
        # Office québécois de la langue française, Banque de dépannage linguistique.
        abbreviations=Abbreviations(
            titles=words("m mm mme mmes mlle mlles me mgr dr pr prof st ste"),
            mid=words("""cf p.ex ex env c.-à-d c.à.d resp vs av bd boul éd ca hab min max tél ann
                réf dép suiv sq not"""),
            before_number=words("""no n p pp art al ch chap fig vol janv févr avr juil sept oct
                nov déc let ss"""),
            final=words("etc cie sa sàrl"))),
    readability=Readability(
        formulas=("kandel_moles", "lix"),
        targets=Targets(general=(72, 29), easy_read=(86, 17), expert=(52, 40)),
        calibration=(-45.3, 1.46)),
    languagetool=LanguageTool(module="fr", variants=frozenset({"FR", "CA", "CH", "BE"}),
                              default="fr"),
    numbers=Numbers(decimal_comma=True, spaced_thousands=True, point_is_ambiguous=True),
    interface=Interface(findings=True, report=True, accessibility=True),
    packs=("fr",),
    stemmer="french",
)

"""English."""
from checker.languages.en import syllables
from checker.languages.model import (Abbreviations, Interface, Language, LanguageTool, Numbers,
                                     Readability, Sentences, Targets, cues, words)

LANGUAGE = Language(
    code="en", name="English",
    # en-US: LanguageTool's default English, and the spelling the pack's plain-word lists follow.
    default_region="US", regions=("US", "GB", "AU", "CA", "NZ", "ZA"),
    # Articles, prepositions, conjunctions, pronouns, common auxiliaries and adverbs.
    function_words=words("""the of and to in a an is are was were be been being that this these
        those it its for on with as by at from or not but have has had will would can could should
        may which who whom whose what when where how their they them there we our you your he his
        she her us also after before about into over under between more than said says all other
        such each any both only if so no do does did s while during against through up out new"""),
    letter_cues=cues("""th 1 _th 1 ing_ 2 wh 1.5 ed_ 1 ly_ 1.5 ough 2 ould 2 sh 1 tion 0.7 ness_ 2
        ship_ 2 w 0.7 y_ 0.7 ity_ 1 ee 0.5 oo 0.5 ck 0.5 ment_ 0.5 ies_ 1.5 _un 0.5 ea 0.7"""),
    syllables=syllables.count, keeps_apostrophes=True,
    syllables_source="CMUdict, then rules for unknown words (checker/languages/en/syllables.py)",
    sentences=Sentences(
        closers="”’\"')]",
        # Chicago Manual of Style (10.4-10.42).
        abbreviations=Abbreviations(
            titles=words("""mr mrs ms dr prof st sr jr gen gov sen rep rev capt lt col sgt hon pres
                mt messrs"""),
            mid=words("e.g i.e vs approx dept est fig cf ca incl viz u.s u.k u.n a.k.a govt"),
            before_number=words("""no nos vol p pp art sec ch fig jan feb mar apr jun jul aug sep
                sept oct nov dec para ed"""),
            final=words("etc inc ltd co corp a.m p.m al llc plc bros"))),
    readability=Readability(
        formulas=("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog",
                  "coleman_liau", "lix"),
        # The anchor: Flesch 60 / 80 / 30 (checker/profiles.py).
        targets=Targets(general=(60, 25), easy_read=(80, 15), expert=(30, 35))),
    languagetool=LanguageTool(module="en", variants=frozenset({"US", "GB", "AU", "CA", "NZ", "ZA"}),
                              default="en-US"),   # plain "en" checks grammar only, no spelling
    numbers=Numbers(decimal_comma=False),
    interface=Interface(findings=True, report=True, accessibility=True),
    packs=("en",),
    stemmer="english",
)

"""German."""
from checker.languages.de import syllables
from checker.languages.model import (Abbreviations, Interface, Language, LanguageTool, Numbers,
                                     Readability, Sentences, Targets, cues, words)

LANGUAGE = Language(
    code="de", name="German",
    default_region="DE", regions=("DE", "AT", "CH", "LU", "LI"),
    function_words=words("""der die das den dem des ein eine einer eines einem einen und ist sind
        war waren wird werden wurde wurden hat haben hatte zu zum zur von vom mit für auf im in an
        am aus bei beim nach über unter durch gegen ohne um nicht auch als wie sich sie er es wir
        ihr ihre ihren ihrem sein seine seiner dass oder aber noch bereits sowie bis so nur mehr
        diese dieser dieses diesem kann können soll sollen muss müssen zwischen seit sowohl jedoch
        damit dabei"""),
    letter_cues=cues("""ä 2 ö 2 ü 2 ß 3 sch 1 ung_ 2 ungen_ 2 keit 2.5 heit 2.5 lich 2 tz 1.5 ck 1
        ei 1 ie 0.7 _ge 1 chen_ 1.5 en_ 0.5 _z 1 _w 1 pf 1.5 _ver 1 _zu 1.5 cht 1 ff 0.5 _be 0.5
        st 0.3 eit 1 ieren 2 ert_ 1 _ein 0.5"""),
    syllables=syllables.count,
    syllables_source="vowel groups after Duden's syllabification (checker/languages/de/syllables.py)",
    sentences=Sentences(
        closers="“‘«»\"')]",
        # Duden, "Abkürzungen".
        abbreviations=Abbreviations(
            titles=words("dr prof hr hrn fr frl st dipl ing mag med phil jur rer nat pd"),
            mid=words("""z.b d.h u.a v.a z.t o.ä u.ä s.o s.u u.u bzw ca evtl ggf inkl exkl vgl sog
                mio mrd tel str bspw gem lt max min rd zzgl bzgl allg ehem gegr geb gest jh jhd
                jhs kath ev näml od insb sfr dt engl franz ital zit zit.n i.d.r z.h u.v.m m.e
                s.a ebd inkl"""),
            before_number=words("""nr s art abs ziff bst lit kap abb bd fr jan feb febr aug sept
                okt nov dez tab anm z aufl hrsg mo di mi do sa so"""),  # weekdays: "Mo. 5. Mai"
            final=words("usw etc usf u.ä o.ä ag gmbh u.v.m")),
        # Words after which "N." is an ordinal number: "am 1. März", "im 20. Jahrhundert".
        ordinal_cues=frozenset({
            "am", "vom", "zum", "bis", "den", "der", "dem", "des", "die", "das", "ab", "seit",
            "im", "ins", "zur", "beim", "vor", "nach", "per", "für", "ein", "eine", "einer",
            "einem", "einen", "zu", "jeden", "jedem", "jeder", "jedes", "ihr", "ihre", "ihrem",
            "ihren", "sein", "seine", "seinem", "seinen", "unser", "unsere", "unserem", "unseren",
            "diesen", "diesem", "dieser", "dieses", "und", "oder", "bzw", "zwischen",
            "spätestens", "frühestens", "ab dem", "gegen", "um"}),
        ordinal_months=words("""januar jänner februar märz april mai juni juli august september
            oktober november dezember jan feb febr mär apr jun jul aug sep sept okt nov dez"""),
        # "CHF 860 Mio. Dieser..." ends; "100 Mio. CHF" does not.
        amount_abbreviations=frozenset({"mio", "mrd", "mia"})),
    readability=Readability(
        formulas=("amstad", "wiener_sachtextformel", "lix"),
        targets=Targets(general=(55, 23), easy_read=(72, 14), expert=(29, 32)),
        calibration=(-4.3, 1.17)),
    languagetool=LanguageTool(module="de", variants=frozenset({"DE", "AT", "CH", "LU"}),
                              default="de-DE"),   # plain "de" checks grammar only, no spelling
    numbers=Numbers(decimal_comma=True),
    interface=Interface(findings=True),
    packs=("de",),
    stemmer="german",
)

"""Error sentences written for lisible's grammar tests, one of each kind per language, and where each
error sits in the .txt, .md and .html versions of the same short release (tests/grammar/data).

Typography errors are ones LanguageTool reports and no lisible rule pack claims (a space before a
comma is lisible's own rule, so LanguageTool's is disabled in the request). Each sentence carries one
planted error; `snippet` is the start of the text LanguageTool flags and
`category` what lisible must call it. The expected category follows lisible's mapping of LanguageTool's
issue type (checker.grammar.matches.category_of): a homophone LanguageTool files as a misspelling
(Spanish "a presentado" for "ha presentado") is `spelling`, one it files as grammar is `grammar`.
"""

from pathlib import Path

DATA = Path(__file__).parent / "data"
KINDS = ("agreement", "conjugation", "homophone", "misspelling", "typography")

# language -> title, lead-in sentence of the two-line paragraph, five sentences, alt text.
SENTENCES = {
    "en": {
        "tag": "en-US",
        "title": "City council opens new library",
        "lead": "Everyone was invited.",
        "agreement": ("The new rules applies from Monday, the council said.", "applies", "grammar"),
        "conjugation": ("The mayor said he have a new plan for the district.", "have", "grammar"),
        "homophone": ("The mayor said it is to late to change the plan.", "to late", "grammar"),
        "misspelling": ("The library comittee met on Monday.", "comittee", "spelling"),
        "typography": ("The building is ready.The shelves are full.", "The shelves", "typography"),
        "alt": ("A photo of the new libary", "libary", "spelling"),
    },
    "fr": {
        "tag": "fr-FR",
        "title": "La mairie ouvre une nouvelle médiathèque",
        "lead": "Tout le monde était invité.",
        "agreement": ("Elle a présenté un plan ambitieuse pour le quartier.", "ambitieuse", "grammar"),
        "conjugation": ("Ils a voté le budget hier soir.", "Ils a", "grammar"),
        "homophone": ("La directrice est allée a Lyon pour la réunion.", "a Lyon", "grammar"),
        "misspelling": ("Le gouvernment a salué le projet.", "gouvernment", "spelling"),
        "typography": ("La médiathèque ouvre à 9h00 le samedi.", "9h00", "typography"),
        "alt": ("Photo de la nouvelle médiatèque", "médiatèque", "spelling"),
    },
    "de": {
        "tag": "de-DE",
        "title": "Die Stadt eröffnet eine neue Bibliothek",
        "lead": "Alle waren eingeladen.",
        "agreement": ("Die Ministerin hat einen neues Programm vorgestellt.", "einen neues", "grammar"),
        "conjugation": ("Wir hat das Projekt im Mai abgeschlossen.", "Wir hat", "grammar"),
        "homophone": ("Sie sagte, das die Arbeit beendet ist.", "das die", "grammar"),
        "misspelling": ("Die Regirung hat den Plan begrüßt.", "Regirung", "spelling"),
        "typography": ("Die Bibliothek öffnet um neun Uhr.Sie schließt um zwanzig Uhr.", "Sie schließt", "typography"),
        "alt": ("Foto der neuen Bibliotek", "Bibliotek", "spelling"),
    },
    "es": {
        "tag": "es",
        "title": "El ayuntamiento abre una nueva biblioteca",
        "lead": "Todos estaban invitados.",
        "agreement": ("El alcalde presentó una propuesta nuevo para el barrio.", "nuevo", "grammar"),
        "conjugation": ("Nosotros tiene un plan claro para el distrito.", "tiene", "grammar"),
        "homophone": ("El gobierno a presentado el presupuesto.", "a presentado", "spelling"),
        "misspelling": ("El gobiermo celebró el proyecto.", "gobiermo", "spelling"),
        "typography": ("La biblioteca abre el lunes. Qué pasa con el horario?", "Qué", "typography"),
        "alt": ("Foto de la nueva bibloteca", "bibloteca", "spelling"),
    },
    "it": {
        "tag": "it",
        "title": "Il comune apre una nuova biblioteca",
        "lead": "Tutti erano invitati.",
        "agreement": ("La giunta si riunisce nel sede del comune.", "nel sede", "grammar"),
        "conjugation": ("I nuovi orari non sono vengono pubblicati online.", "sono vengono", "grammar"),
        "homophone": ("Il sindaco a firmato il decreto ieri.", "a firmato", "grammar"),
        "misspelling": ("Il consiglio ha aprovato il bilancio.", "aprovato", "spelling"),
        "typography": ("L'edificio è pronto. gli scaffali sono pieni.", "gli scaffali", "typography"),
        "alt": ("Foto della nuova bibliotca", "bibliotca", "spelling"),
    },
    "nl": {
        "tag": "nl",
        "title": "De gemeente opent een nieuwe bibliotheek",
        "lead": "Iedereen was uitgenodigd.",
        "agreement": ("Het college heeft een nieuwe plan gepresenteerd.", "nieuwe plan", "grammar"),
        "conjugation": ("Wij heeft het project in mei afgerond.", "Wij heeft", "grammar"),
        "homophone": ("De burgemeester zei dat hij word gefeliciteerd.", "hij word", "spelling"),
        "misspelling": ("De gemeentte heeft het plan goedgekeurd.", "gemeentte", "spelling"),
        "typography": ("Het gebouw is klaar.De boeken staan in de kasten.", "De boeken", "typography"),
        "alt": ("Foto van de nieuwe bibliotheeck", "bibliotheeck", "spelling"),
    },
    "pt": {
        "tag": "pt-PT",
        "title": "A câmara abre uma nova biblioteca",
        "lead": "Todos foram convidados.",
        "agreement": ("As novas regras entra em vigor na segunda-feira.", "As", "grammar"),
        "conjugation": ("Nós tem um plano claro para o distrito.", "Nós tem", "grammar"),
        "homophone": ("O governo à apresentado o orçamento.", "à apresentado", "grammar"),
        "misspelling": ("O governu aprovou o projeto.", "governu", "spelling"),
        "typography": ("O edifício está pronto.As estantes estão cheias.", "As estantes", "typography"),
        "alt": ("Fotografia da nova bibliotca", "bibliotca", "spelling"),
    },
}

# Line of each planted error in each format, fixed by the layout of the files (see write_sources).
LINES = {
    "txt": {"agreement": 3, "conjugation": 6, "homophone": 8, "misspelling": 10, "typography": 12},
    "md": {"agreement": 3, "conjugation": 6, "homophone": 8, "misspelling": 10, "typography": 12},
    "html": {"agreement": 6, "conjugation": 8, "homophone": 9, "misspelling": 10, "typography": 11,
             "alt": 12},
}


def first_word_marked(sentence: str, open_tag: str, close_tag: str) -> str:
    word, rest = sentence.split(" ", 1)
    return f"{open_tag}{word}{close_tag} {rest}"


def sources(lang: str) -> dict[str, str]:
    """The .txt, .md and .html versions of one language's release."""
    s = SENTENCES[lang]
    text = {k: s[k][0] for k in KINDS}
    txt = (f"{s['title']}\n\n{text['agreement']}\n\n{s['lead']}\n{text['conjugation']}\n\n"
           f"- {text['homophone']}\n\n{text['misspelling']}\n\n{text['typography']}\n")
    md = (f"# {s['title']}\n\n{first_word_marked(text['agreement'], '**', '**')}\n\n{s['lead']}\n"
          f"{text['conjugation']}\n\n- {text['homophone']}\n\n> {text['misspelling']}\n\n"
          f"{first_word_marked(text['typography'], '*', '*')}\n")
    misspelling_html = text["misspelling"].replace(" ", "&nbsp;", 1)
    html = (f'<!DOCTYPE html>\n<html lang="{s["tag"]}">\n<head><meta charset="utf-8">'
            f"<title>{s['title']}</title></head>\n<body>\n<h1>{s['title']}</h1>\n"
            f"<p>{first_word_marked(text['agreement'], '<strong>', '</strong>')}</p>\n"
            f"<p>{s['lead']}\n{text['conjugation']}</p>\n<ul><li>{text['homophone']}</li></ul>\n"
            f"<p>{misspelling_html}</p>\n<p><em>{text['typography']}</em></p>\n"
            f'<p><img src="photo.jpg" alt="{s["alt"][0]}"></p>\n</body>\n</html>\n')
    return {"txt": txt, "md": md, "html": html}


def expected(lang: str, fmt: str, source: str) -> list[tuple[int, int, str, str]]:
    """(line, column, category, snippet) of every planted error. The column is where the snippet
    starts in that line of the source file, found by searching the file, not by lisible."""
    lines = source.split("\n")
    out = []
    for kind, line in LINES[fmt].items():
        _, snippet, category = SENTENCES[lang][kind]
        column = lines[line - 1].index(snippet) + 1
        out.append((line, column, category, snippet))
    return out


"""What every press release has and no checker may take for a fault (issue 12): the dateline
that opens it, subheadings run into their paragraph, organisations everyone knows. Texts written
for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from checker.sources.plaintext import load
from checker.text.datelines import dateline_end

sys.path.insert(0, str(Path(__file__).resolve().parent / "rules"))
from rules_helpers import context, plain_document  # noqa: E402


@pytest.mark.parametrize("text, dateline", [
    ("LYON (France) – Le secrétaire général a ouvert la conférence.", "LYON (France) – "),
    ("Bremgarten, 14. Mai 2026 – Die Gemeinde eröffnet ihr neues Schulhaus.",
     "Bremgarten, 14. Mai 2026 – "),
    ("Teruel, 12 de mayo de 2026. El Gobierno ha aprobado el plan.", "Teruel, 12 de mayo de 2026. "),
    ("GENEVA, 3 March 2026 – The committee met today.", "GENEVA, 3 March 2026 – "),
    ("La Chaux-de-Fonds, le 3 mars 2026 – La ville inaugure sa gare.",
     "La Chaux-de-Fonds, le 3 mars 2026 – "),
    ("ROMA – Il ministro ha presentato il piano.", "ROMA – "),
])
def test_datelines(text, dateline):
    assert text[:dateline_end(text)] == dateline


@pytest.mark.parametrize("text", [
    "Le Conseil fédéral a décidé – comme prévu – de prolonger le programme.",
    "Berne, la ville fédérale, accueille la conférence.",
    "Die Gemeinde hat am 14. Mai 2026 – wie angekündigt – abgestimmt.",
])
def test_sentences_are_no_datelines(text):
    assert dateline_end(text) == 0


def _rules_on(text: str, tag: str) -> list[tuple[str, str]]:
    from checker.rules import all_rules, run_rules
    doc = plain_document(text, tag)
    return [(f.rule, f.text) for f in run_rules(doc, context(doc, tag), all_rules())]


def test_dateline_place_in_capitals_is_no_acronym_nor_shouting():
    found = _rules_on("LYON (France) – Le secrétaire général a ouvert la conférence sur la "
                      "sécurité des villes.", "fr-FR")
    assert not [r for r, t in found if "LYON" in t], found
    # The same capitals inside a sentence are still an undefined acronym.
    found = _rules_on("Le secrétaire général a rencontré le LYBR hier.", "fr-FR")
    assert ("common.acronym-undefined", "LYBR") in found


@pytest.mark.parametrize("acronym, tag", [("INTERPOL", "fr-FR"), ("UNICEF", "en-US"), ("NATO", "de-DE"),
                                          ("OTAN", "fr-FR"), ("ONU", "it-IT"), ("UNO", "de-DE"),
                                          ("EU", "de-DE"), ("OSCE", "en-US"), ("FAO", "es-ES")])
def test_well_known_organisations_need_no_expansion(acronym, tag):
    found = _rules_on(f"Die Vertreter trafen sich mit der {acronym} in Genf." if tag.startswith("de")
                      else f"The delegates met {acronym} in Geneva.", tag)
    assert ("common.acronym-undefined", acronym) not in found


SUBHEADED = (
    "Nouveau centre de formation\n\n"
    "Le canton ouvre un centre de formation pour les métiers de la santé. Il accueillera 300 "
    "apprentis dès la rentrée.\n\n"
    "Des places pour toutes les régions\n"
    "Les apprentis viendront de toutes les régions du canton, et des transports seront organisés "
    "depuis les vallées pour que personne ne renonce à une formation faute de liaison.\n")


def test_subheading_run_into_its_paragraph_is_a_heading():
    doc = load(SUBHEADED, "release.txt")
    assert [(b.kind, b.text[:20]) for b in doc.blocks] == [
        ("heading", "Nouveau centre de fo"), ("paragraph", "Le canton ouvre un c"),
        ("heading", "Des places pour tout"), ("paragraph", "Les apprentis viendr")]


def test_hand_wrapped_paragraph_stays_one_paragraph():
    wrapped = ("Der Bundesrat hat am Montag die\n"
               "Verordnung über die Ausbildung beschlossen, die ab dem 1. Juli gilt und\n"
               "Lehrbetriebe entlastet.\n")
    doc = load(wrapped, "mitteilung.txt")
    assert [b.kind for b in doc.blocks] == ["paragraph"]


def test_one_line_per_paragraph_text_keeps_its_paragraphs():
    text = ("Neue Ausbildung für Pflegeberufe\n\n"
            "Der Kanton eröffnet im Herbst ein Ausbildungszentrum für Pflegeberufe. Es bietet Platz "
            "für dreihundert Lernende aus allen Regionen.\n"
            "Die Lernenden wohnen in der Nähe des Zentrums, und für die Anreise aus den Tälern "
            "werden zusätzliche Verbindungen eingerichtet.\n")
    doc = load(text, "mitteilung.txt")
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "paragraph"]
    assert doc.blocks[2].text.startswith("Die Lernenden")


LONG_TITLE = ("Le département approuve le projet de voies de circulation autour de la piste 28 de "
              "l'aéroport de la ville\n\n"
              "Le Département fédéral de l'environnement (DFEX) a approuvé les plans de l'aéroport.\n\n"
              "Une ligne seule de plus de douze mots sans point final au milieu du texte reste un paragraphe\n")


def test_a_long_first_line_without_final_punctuation_is_the_title():
    # 19 words: past HEADING_MAX_WORDS (12), within SUBHEADING_MAX_WORDS (25); only the first line.
    doc = load(LONG_TITLE, "release.txt")
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "paragraph"]

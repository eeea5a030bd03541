"""A paragraph left out of one language version is reported as missing at its own place, even
where aligning it with its neighbour would fit (issue 17). Texts written for this test: a short
release on a library's move in English (the reference), French and German; the French version
leaves out the paragraph on members' cards (English line 7, German line 7)."""
from __future__ import annotations

from checker.findings import Span
from checker.parity import check_group
from checker.parity.align import Unit, align_pair
from checker.sources import load_bytes

EN = """# New library opens in the old post office

Morges, 3 April 2026 – The town library moves on 2 May 2026 to the old post office, which was renovated for CHF 1,200,000 over fourteen months.

The reading room has 60 seats, 12 computers and a children's corner with 800 picture books. It is open from 09:00 to 19:00, Tuesday to Saturday, and from 10:00 to 16:00 on Sunday. Readers can borrow up to 15 items for 28 days, and the café on the ground floor opens at 08:30.

Members keep their cards; 2,400 cards were renewed last year.

Guided tours start on 9 May at 10:00 and 14:00. Registration is not required.
"""
FR = """# La nouvelle bibliothèque ouvre dans l'ancienne poste

Morges, 3 avril 2026 – La bibliothèque communale déménage le 2 mai 2026 dans l'ancienne poste, rénovée pour 1 200 000 francs en quatorze mois.

La salle de lecture compte 60 places, 12 ordinateurs et un coin pour les enfants avec 800 albums. Elle est ouverte de 9 h à 19 h du mardi au samedi, et de 10 h à 16 h le dimanche. Les lecteurs peuvent emprunter jusqu'à 15 documents pour 28 jours, et le café du rez-de-chaussée ouvre à 8 h 30.

Les visites guidées commencent le 9 mai à 10 h et à 14 h. L'inscription n'est pas nécessaire.
"""
DE = """# Neue Bibliothek öffnet in der alten Post

Morges, 3. April 2026 – Die Gemeindebibliothek zieht am 2. Mai 2026 in die alte Post, die für CHF 1'200'000 in vierzehn Monaten renoviert wurde.

Der Lesesaal hat 60 Plätze, 12 Computer und eine Kinderecke mit 800 Bilderbüchern. Geöffnet ist von 9 bis 19 Uhr, Dienstag bis Samstag, und am Sonntag von 10 bis 16 Uhr. Ausgeliehen werden bis zu 15 Medien für 28 Tage, und das Café im Erdgeschoss öffnet um 8.30 Uhr.

Die Mitglieder behalten ihre Karten; letztes Jahr wurden 2400 Karten erneuert.

Führungen beginnen am 9. Mai um 10 und 14 Uhr. Eine Anmeldung ist nicht nötig.
"""


def version(text: str, lang: str):
    doc = load_bytes(text.encode("utf-8"), f"library.{lang}.md")
    doc.language = lang
    return doc


def findings_of(*versions):
    found, _ = check_group(list(versions))
    return sorted((path, f.rule, f.span, f.message) for path, fs in found.items() for f in fs)


def test_the_dropped_paragraph_is_reported_at_its_place_with_the_versions_named():
    # English line 7, "Members keep their cards; 2,400 cards were renewed last year.": 61
    # characters, so columns 1 to 61. In French it would follow the reading-room paragraph,
    # line 5. Nothing else differs, so nothing else is reported (no figure "missing" from the
    # French reading-room paragraph).
    assert findings_of(version(EN, "en"), version(FR, "fr")) == [
        ("library.en.md", "parity.block-missing", Span(7, 1, 7, 61),
         "This paragraph has no counterpart in the French version (it would come after line 5)."),
    ]


def test_with_three_versions_the_majority_has_it_and_the_reference_reports_it():
    assert findings_of(version(EN, "en"), version(FR, "fr"), version(DE, "de")) == [
        ("library.en.md", "parity.block-missing", Span(7, 1, 7, 61),
         "This paragraph has no counterpart in the French version (it would come after line 5)."),
    ]


def test_when_the_reference_lacks_it_the_version_that_has_it_reports_it():
    # German line 7, "Die Mitglieder behalten ihre Karten; letztes Jahr wurden 2400 Karten
    # erneuert.": 78 characters.
    [(path, rule, span, message)] = findings_of(version(FR, "fr"), version(DE, "de"))
    assert (path, rule, span) == ("library.de.md", "parity.block-missing", Span(7, 1, 7, 78))
    assert message == "Dieser Absatz hat keine Entsprechung in der französischen Fassung " \
                      "(er käme nach Zeile 5)."


def _unit(length: int, *facts: str) -> Unit:
    return Unit("paragraph", length, [(frozenset({("n", f)}), False) for f in facts], frozenset())


def test_a_paragraph_cut_in_two_stays_one_pair():
    # The other version writes one paragraph of 300 characters as two of 150 carrying its two
    # figures: a paragraph cut differently, not one left out.
    whole = [_unit(300, "12", "48")]
    cut = [_unit(150, "12"), _unit(150, "48")]
    assert align_pair(whole, cut) == [((0,), (0, 1))]


def test_a_short_block_whose_figures_are_not_on_the_other_side_is_taken_out_of_a_merge():
    # Blocks of 400 + 60, 300 and 200 characters against 400, 300 and 200: the 60-character
    # block's figure (7) is nowhere on the other side, and the first pair fits better without it
    # (lengths 400 against 400, not 460 against 400).
    ours = [_unit(400, "12"), _unit(60, "7"), _unit(300, "5"), _unit(200, "9")]
    theirs = [_unit(400, "12"), _unit(300, "5"), _unit(200, "9")]
    assert align_pair(ours, theirs) == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]
    assert align_pair(theirs, ours) == [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), (3,))]

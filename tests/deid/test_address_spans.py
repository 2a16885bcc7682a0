"""How far a found street address reaches: forward over the lines and comma parts that finish it, back over
the street that starts it; the sentence around it stays."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier
from phigate.deid.address_spans import extend_address
from phigate.taxonomy import Finding

# (text, the part a recognizer found, the whole address it must grow to)
GROWS: list[tuple[str, str, str]] = [
    ("Hdscores Inc\n48010 Paseo del Atlántico 81\n Suite 762\n Torroella\n Spain 20416",
     "Suite 762", "48010 Paseo del Atlántico 81\n Suite 762\n Torroella\n Spain 20416"),
    ("send it to 75956 Rákóczi út 66. Apt. 268, Beder, Denmark 56905", "Apt. 268, Beder, Denmark 56905",
     "75956 Rákóczi út 66. Apt. 268, Beder, Denmark 56905"),
    ("The address of Peerj is 9721 Dalmatinova 43 Apt. 678", "43 Apt. 678", "9721 Dalmatinova 43 Apt. 678"),
    ("Ship to 6688 Kopfhölzistrasse 45 Suite 652\nGrand Rapids", "Kopfhölzistrasse 45",
     "6688 Kopfhölzistrasse 45 Suite 652\nGrand Rapids"),
    ("change it to 2046 50 Point Walter Road Suite 067 Apt. 162, Chomutice u Horic v Podkrkonoší, Czech Republic "
     "33156?", "2046 50 Point Walter Road Suite 067",
     "2046 50 Point Walter Road Suite 067 Apt. 162, Chomutice u Horic v Podkrkonoší, Czech Republic 33156"),
    ("it is 91211 Koepenicker Str. 74 Suite 980 Reichenbach Rheinland-Pfalz", "91211 Koepenicker Str. 74 Suite 980",
     "91211 Koepenicker Str. 74 Suite 980 Reichenbach Rheinland-Pfalz"),
    ("Evidera\n928 Λ. Αλεξάνδρας 14\n Suite 112\n ΧΑΝΔΡΙΑ\n Cyprus (Greek) 51034", "Suite 112",
     "928 Λ. Αλεξάνδρας 14\n Suite 112\n ΧΑΝΔΡΙΑ\n Cyprus (Greek) 51034"),
    # lines that a mail client or a lost emoji starts with "> " or "??? "
    ("??? 4923 Parmova 109\n??? Suite 380\n??? Maribor\n??? Slovenia 82709", "Suite 380",
     "Suite 380\n??? Maribor\n??? Slovenia 82709"),
    # a unit first, then the street, as the UK writes it
    ("post it to Flat 9, 14 Albion Road please", "Flat 9", "Flat 9, 14 Albion Road"),
    # a finding that ends in the bare unit word takes the unit's number
    ("63 Avenue du Golf Arabe Suite 910 is new", "63 Avenue du Golf Arabe Suite", "63 Avenue du Golf Arabe Suite 910"),
    # a comma part ends at its postcode when the sentence goes on
    ("I'm at 12 Rue Lepic, Paris 75018 after the concert", "12 Rue Lepic", "12 Rue Lepic, Paris 75018"),
    # a state in lower case between the town and the postcode
    ("4410 Elm Street\nDenver\n, co\n 80202", "4410 Elm Street", "4410 Elm Street\nDenver\n, co\n 80202"),
    # the street line above a unit, with the number inside it
    ("Dataweave\n\nFuglie 41 Popović Dam\n Suite 860\n Sweden 56687", "Suite 860",
     "Fuglie 41 Popović Dam\n Suite 860\n Sweden 56687"),
    ("please send it to Aqqusinersuaq 176 Pinto Hill\n Suite 487\n Nuuk", "Suite 487",
     "Aqqusinersuaq 176 Pinto Hill\n Suite 487\n Nuuk"),
    # units and floors abroad, word first or number first
    ("spedizione a Via Francesco Crispi 72, int. 9, 80121 Napoli, citofono", "Via Francesco Crispi 72",
     "Via Francesco Crispi 72, int. 9, 80121 Napoli"),
    ("Leverans hem: Kvillegatan 14 lgh 1102, 417 04 Göteborg", "Kvillegatan 14",
     "Kvillegatan 14 lgh 1102, 417 04 Göteborg"),
    ("vi bor Jægersborggade 31, 2. tv., 2200 København N, recept", "Jægersborggade 31",
     "Jægersborggade 31, 2. tv., 2200 København N"),
    ("Harbor LLP | 222 W Adams St, 19th Fl, Chicago, IL 60606\nd: 312", "222 W Adams St",
     "222 W Adams St, 19th Fl, Chicago, IL 60606"),
]  # fmt: skip

# (text, the part found, the span it must keep)
STAYS: list[tuple[str, str, str]] = [
    ("Please call me about my order. I live in Apt. 5 now", "Apt. 5", "Apt. 5"),
    ("my old place was nice\nSuite 300 is where we meet", "Suite 300", "Suite 300"),
    ("Give 2 tabs then 40 mg Apt. 4", "Apt. 4", "Apt. 4"),
    ("HR 120 at 1400\n Suite 3", "Suite 3", "Suite 3"),
    ("we are in Suite 5 Please call me", "Suite 5", "Suite 5"),
    ("Apt. 4 and then the lobby", "Apt. 4", "Apt. 4"),
    ("> Suite 4\n> thanks for the help, see you", "Suite 4", "Suite 4"),
    ("Flat 3, 2 tablets twice a day", "Flat 3", "Flat 3"),
    ("we went to 4 Elm Street\n, so\n and then home", "4 Elm Street", "4 Elm Street"),  # no address after "so"
    ("I saw Dr Smith 3 Times\n Suite 3 is where", "Suite 3", "Suite 3"),  # a sentence line is no street line
    ("12 Rue Lepic, after the 2024 concert", "12 Rue Lepic", "12 Rue Lepic"),
    # a contact line ends it
    ("Køge Landevej 61, 2. tv.\n2500 Valby\nTlf. +45 21 55 03 94", "Landevej 61", "Landevej 61, 2. tv.\n2500 Valby"),
    # a CSV row: the next column's phone is no postcode
    ("id,addr,town,pc,mobile\n7,4 Mill Lane,Leeds,LS6 2AB,07700 900123,x", "4 Mill Lane", "4 Mill Lane,Leeds,LS6 2AB"),
]


def _found(text: str, part: str, kind: str = "STREET_ADDRESS") -> Finding:
    start = text.index(part)
    return Finding(kind, start, start + len(part), 0.7, "test", part)


@pytest.mark.parametrize(("text", "part", "whole"), GROWS)
def test_grows_over_the_whole_address(text: str, part: str, whole: str) -> None:
    assert extend_address(text, _found(text, part)).text == whole


@pytest.mark.parametrize(("text", "part", "kept"), STAYS)
def test_leaves_the_sentence_around_it(text: str, part: str, kept: str) -> None:
    assert extend_address(text, _found(text, part)).text == kept


def test_other_types_are_untouched() -> None:
    text = "9721 Dalmatinova 43 Apt. 678"
    found = _found(text, "43", "DATE")
    assert extend_address(text, found) is found


def test_a_whole_address_outranks_the_names_inside_it() -> None:
    text = "1317 Kimberly Way Laidlaw Green\n Apt. 962\n Grand Rapids"
    grown = extend_address(text, _found(text, "Apt. 962"))
    assert grown.text == text
    assert grown.score >= 0.9


def test_an_address_grown_into_a_phone_keeps_the_part_before_it(engine: Deidentifier) -> None:
    text = "Harry Sheppard\n\n385 Gemsbok St\n Apt. 460\n Pietersburg\n South Africa 89082\n085 175 7641-Office"
    found = {(f.type, f.text) for f in engine.analyze(text)}
    assert ("STREET_ADDRESS", "385 Gemsbok St\n Apt. 460\n Pietersburg\n South Africa 89082") in found, found
    assert ("PHONE", "085 175 7641") in found, found


def test_what_a_cue_found_keeps_only_the_part_right_after_the_cue(engine: Deidentifier) -> None:
    text = "He lives at Carpenter Assisted living with 24 hour health aide."
    assert [f.type for f in engine.analyze(text)] == ["LOCATION"]  # "Carpenter"; the rest is no address

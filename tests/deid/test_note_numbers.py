"""Phones and dates as clinical notes type them: separators missing or odd, numbers in parentheses, dates run
together or glued to a word. Each rule has the texts it must find and the look-alikes it must leave."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier

FOUND: list[tuple[str, str, str]] = [
    # an age over 89 written after the person's name
    ("my grandfather Walter Pruitt, 97, at the Lakeshore nursing home", "97", "AGE"),
    ("S: Fairbanks, Ruth, 94 F, rm 12, POD2", "94", "AGE"),  # the sex after a space, then a comma
    ("Ms. Quinones, 95, seen for wound check.", "95", "AGE"),
    ("Mrs. Albertine Sorrell (102!), asked me to reorder", "102", "AGE"),
    ("my mom Ruthanne is 93 and cant do the video visit", "93", "AGE"),
    ("shes 98, her name is Opal Fairclough", "98", "AGE"),
    ("aunt Marguerite Delacroix, now 91, lives alone", "91", "AGE"),
    ("rm 12 j. okonkwo 94m confused overnight", "94", "AGE"),
    # a birth date's age after it
    ("DOB 02/11/1932 (94 y)  MRN 5521", "94", "AGE"),
    ("data ur. 03.05.1933, 93 l.", "93", "AGE"),
    # a first and a last name at the start of a text
    ("John Smith lives here now", "John Smith", "PERSON"),
    # phones
    ("his wife, Carol Buckley (201/324/1423) confirms", "(201/324/1423)", "PHONE"),
    ("called (201-223-4567) and updated", "(201-223-4567)", "PHONE"),
    ("son ,dave, (240444-1243) was in ew", "(240444-1243)", "PHONE"),
    ("wife (Irene Sherwood, 202232-4455) in to see pt", "202232-4455", "PHONE"),
    ("visited today.(301 273 45166) both met", "(301 273 45166)", "PHONE"),
    ("CONTACT PERSON (135-442-9738). BROTHER", "(135-442-9738)", "PHONE"),
    ("Portugal 30971\n21 253 109 8211-Office", "21 253 109 8211", "PHONE"),  # a line break ends a number
    # a family member's number after the name, in a national form no validator knows
    ("сын — Петров Игорь Сергеевич, 8 (812) 555-20-31", "8 (812) 555-20-31", "PHONE"),
    ("Manželka: Jana Novotná, 604 555 219", "604 555 219", "PHONE"),
    ("PharmD, pgr 6-1180 if questions", "6-1180", "PHONE"),  # a hospital pager
    ("call the desk ext x2290 today", "x2290", "PHONE"),
    # dates
    ("LITHIUM TOXICITY-9/2/92. ALLERGIES", "9/2/92", "DATE"),
    ("Readmitted to unit 9/3 w/ pulmonary edema", "9/3", "DATE"),
    ("PAN CULTURED X 2 8/15. TYLENOL", "8/15", "DATE"),
    ("HAD TREATMENTS 10/03/10/04 AND DUE", "10/03/10/04", "DATE"),
    ("11/21.93 neuro: alert", "11/21.93", "DATE"),
    ("STABLE S/P EXTUBATION 3/8. DIURESED", "3/8", "DATE"),
    ("i'm at the hospital. it's the 11th. pt oriented", "11th", "DATE"),
    ("returned to OR on 7-8 for coiling", "7-8", "DATE"),
    ("BC FROM 3-5 GREW STAPH", "3-5", "DATE"),
    ("PICC PLACED IN R AC 11/17, ART LINE", "11/17", "DATE"),
    ("vent changed to cpap.\nseen in clinic 10/5 by cardiology", "10/5", "DATE"),  # the vent word is a line up
    ("pain meds started 5/10, then morphine", "5/10", "DATE"),  # not a score: nothing scored before it
    ("nc weaned 02 Dec 2019 from 4L", "02 Dec 2019", "DATE"),
]

LEFT_ALONE: list[tuple[str, str]] = [
    ("Dr. Lee, 99.5 temp this am", "AGE"),  # a temperature after a name
    ("Smith was 92 kg at discharge", "AGE"),
    ("John Smith, 95 Elm Street", "AGE"),  # a house number
    ("in Quinta de São Tiago 3610-114 near", "PHONE"),  # a Portuguese postcode after a place
    ("Jane Smith (2 of 3) signed", "PHONE"),
    ("seen 01/02/2024 (95 min visit)", "AGE"),  # minutes after a date, not an age
    ("started 03/04/2025, 90 tablets", "AGE"),
    ("(155) 212-3456 is not valid", "PHONE"),
    ("ABG (7.35/45/80) on arrival", "PHONE"),
    ("glucose (120 140 160) today", "PHONE"),
    ("weight 180 lbs (81 kg)", "PHONE"),
    ("on 2-3 L NC overnight", "DATE"),
    ("weaned from 5-10 mcg", "DATE"),
    ("pain on 3-4 days", "DATE"),
    ("on AC 10/5 overnight", "DATE"),
    ("MAE x 1/2 strength", "DATE"),
    ("the 4th ICS on the left", "DATE"),
    ("take 1/2.5 tabs", "DATE"),
    ("stay in unit 9 tonight", "DATE"),
    ("c/o chest pressure 6/10, relieved by ntg", "DATE"),  # a score out of ten
    ("back discomfort #4/10 this am", "DATE"),
    ("resp: trialed on 5/5 cpap, tolerating well", "DATE"),  # pressure support over PEEP
    ("weaned psv to 10/5 and extubated", "DATE"),
    ("3/6 SEM at LUSB", "DATE"),  # a murmur grade
    ("grade 2/6 holosystolic murmur", "DATE"),
    ("nc 02 dec from 4->2 L", "DATE"),  # decreased, not December
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND)
def test_finds(engine: Deidentifier, text: str, value: str, kind: str) -> None:
    findings = engine.analyze(text)
    assert any(f.text == value and f.type == kind for f in findings), [(f.type, f.text) for f in findings]


@pytest.mark.parametrize(("text", "kind"), LEFT_ALONE)
def test_leaves_alone(engine: Deidentifier, text: str, kind: str) -> None:
    findings = [f for f in engine.analyze(text) if f.type == kind]
    assert findings == [], [(f.type, f.text) for f in findings]

"""Capitalised medicines and headings in notes are not names; names next to the same words still are."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier
from phigate.deid.medication import looks_like_medication


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Plan to start Captopril tomorrow", "Captopril", True),  # INN stem -pril
        ("Pt is sedated on Propofol at 10mcg", "Propofol", True),  # stem -ofol, and "on"
        ("Neo gtt titrated down", "Neo", True),  # a drip after it
        ("Lasix held for low BP", "Lasix", True),
        ("given 4mg Zofran with relief", "Zofran", True),  # a dose before it
        ("Follow up with Sigrid in a week", "Sigrid", False),
        ("My name is Christine Hertzog", "Christine", False),
        ("Karin M. Beike called", "Karin", False),
        ("Why is Katrine so impulsive?", "Katrine", False),
        ("Joaquin called about his refill", "Joaquin", False),
    ],
)
def test_looks_like_medication(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert looks_like_medication(text, start, start + len(word)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Neuro: Remains sedated on Propofol gtt.",
        "Continues on Lopressor and Captopril.",
        "Lasix held for low BP.",
        "GU: Foley draining clear yellow urine.",  # a device named after a person
        "Resp: SaO 98% on 2L.",  # clinical shorthand in mixed case
        "Pt Alert and oriented x3.",  # a note's subject, then a common word
        "Sats 98% on 4L NP. Lungs clear.",  # a full stop after a credential ends the sentence
    ],
)
def test_medicines_in_notes_are_not_names(engine: Deidentifier, text: str) -> None:
    assert [(f.type, f.text) for f in engine.analyze(text) if f.type in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(
    ("text", "name"), [("Follow up with Sigrid Nyström next week.", "Sigrid Nyström"), ("Dr. Lasix saw her.", "Lasix")]
)
def test_names_survive(engine: Deidentifier, text: str, name: str) -> None:
    assert ("PERSON", name) in [(f.type, f.text) for f in engine.analyze(text)]


def test_in_a_note_a_lone_model_guess_is_dropped(engine: Deidentifier) -> None:
    sentence = "Pt was given Toradol and slept well."
    assert ("PERSON", "Toradol") in [(f.type, f.text) for f in engine.analyze(sentence)]  # the model's guess alone
    note = "Neuro: alert. Abd soft. Resp: sats 97% on NC. " + sentence  # in a note, shorthand all around it
    assert [f.text for f in engine.analyze(note) if f.type in ("PERSON", "LOCATION")] == []


def test_outside_notes_the_model_guess_stays(engine: Deidentifier) -> None:
    found = [(f.type, f.text) for f in engine.analyze("Please ask Zorblat about the refill.")]
    assert ("PERSON", "Zorblat") in found

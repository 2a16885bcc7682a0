"""Words beside a name that are not names: examination signs and scales named after people ("Romberg neg",
"Braden 15"), brands of medicines, devices and insurers, the words a comma puts next to a name ("Diego
Ruiz-Carrillo, dob", "L. Nakamura, PharmD", "mi mamá, Rosa", "Contreras, RUT 12.483.591-7"), and the line
after a credential ("Samir Haddad, MD\nDx:"). The same places still find real names ("per dr. Murphy- pt", a
list typed in lower case)."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier

LEFT_ALONE: list[tuple[str, str]] = [
    ("BP 128/82, HR 74. Romberg neg, Dix-Hallpike neg bilat", "Romberg"),
    ("Babinski neg bilat, Romberg +. Referred to neurology", "Romberg"),
    ("term male, SVD, Apgar 8 and 9 at 1 and 5 min", "Apgar"),
    ("hips: Ortolani and Barlow negative; red reflex present", "Barlow"),
    ("WBAT, Lovenox 40mg SQ daily. Braden 15, Morse 65 - bed alarm on", "Braden"),
    ("WBAT, Lovenox 40mg SQ daily. Braden 15, Morse 65 - bed alarm on", "Morse"),
    ("72F w/ Parkinson's dz, Hoehn & Yahr stage 3, also hx", "Hoehn"),
    ("approved on June 3, so the Mounjaro order can ship today.", "Mounjaro"),
    ("My doctor wants to add Zepbound rather than bump metformin", "Zepbound"),
    ("Do I need a new prior auth? I'm on a Cigna plan through work.", "Cigna"),
    ("T1DM on Omnipod 5 + Dexcom G6, transmitter changed", "Omnipod"),
    ("its for my son Diego Ruiz-Carrillo, dob 02/09/2015", "dob"),
    ("Verified by\n-L. Nakamura, PharmD", "PharmD"),
    ("billing zip 85016. thx, Ramón Castañeda", "thx"),
    ("Buenas tardes, el pedido es para mi mamá, Rosa Elena Muñoz Contreras, RUT 12.483.591-7.", "mamá"),
    ("Buenas tardes, el pedido es para mi mamá, Rosa Elena Muñoz Contreras, RUT 12.483.591-7.", "RUT"),
    ("Jeg heter Ingrid Haugen Solberg, fødselsnummer 250858 48030.", "fødselsnummer"),
    ("Meine Versichertennummer (KVNR) ist T482917366.", "Versichertennummer"),  # an ID's name
    ("for my father. His Aadhaar is 4829 1736 5024 and", "Aadhaar"),
    # a disease named in title case after a person or a place ("Whipple Disease", "Nipah Virus")
    ("Is Whipple Disease treated with antibiotics?", "Whipple"),
    ("How is Nipah Virus Infection spread?", "Nipah"),
    ("Questions about Machado-Joseph Disease and gait", "Machado"),
    ("Who is at risk for Omsk Hemorrhagic Fever ?", "Omsk"),
    ("Plan: programmed FET for Sofia Jan 2027, single euploid transfer", "Jan"),  # a month before its year
    ("We can't test for West Nile, Zika, Ebola or Marburg virus", "Nile"),  # a virus named for a river
    ('Traceback (most recent call last):\n  File "app.py", line 3', "Traceback"),  # program output
    # a credential at a line's end titles nothing on the next line
    ("Attending: Samir Haddad, MD\nDx: acute on chronic HFpEF", "Dx"),
    ("Submitting: N. Achterberg, MD\nSpecimen: gallbladder", "Specimen"),
]

FOUND: list[tuple[str, str]] = [
    ("R: Per dr. Murphy- pt need to re-expand his left lung", "Murphy"),  # a titled name, before a dash
    ("they had 6: leonti, terrence, pamela, donna and andrea", "leonti"),  # a list in lower case
    ("my friend Sam Morse 12 Elm Street is the contact", "Sam Morse"),  # a digit after a full name
    ("Nir Cohen called about the order", "Nir Cohen"),  # "NIR" names a French number, Nir a person
    ("my mother Anne Tester called", "Anne Tester"),  # a disease word begins a surname, not one
]


def _named(engine: Deidentifier, text: str, word: str) -> list[tuple[str, str]]:
    at = text.index(word)
    return [
        (f.type, f.text)
        for f in engine.analyze(text)
        if f.type in ("PERSON", "LOCATION") and f.start < at + len(word) and at < f.end
    ]


@pytest.mark.parametrize(("text", "word"), LEFT_ALONE)
def test_leaves_alone(engine: Deidentifier, text: str, word: str) -> None:
    assert _named(engine, text, word) == []


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_still_finds(engine: Deidentifier, text: str, name: str) -> None:
    assert ("PERSON", name) in _named(engine, text, name)

"""Identifiers as customers abroad write them: national and health numbers named in their own language,
phones in national format, ages and dates in other languages. Each case has a look-alike that must stay."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier

FOUND = [
    # national and health numbers after the word that names them, whatever their check digits
    ("numer PESEL 44051401358", "44051401358", "OTHER_ID"),
    ("AHV-Nr. 756.9217.0769.85", "756.9217.0769.85", "HEALTH_PLAN_ID"),
    ("numéro de sécurité sociale 1 84 02 75 123 456 74", "1 84 02 75 123 456 74", "HEALTH_PLAN_ID"),
    ("número de utente 123 456 789", "123 456 789", "HEALTH_PLAN_ID"),
    ("NHS number 943 476 5919", "943 476 5919", "HEALTH_PLAN_ID"),  # not a phone, though it has the groups
    ("NI number QQ 12 34 56 C", "QQ 12 34 56 C", "OTHER_ID"),
    ("SIN: 046 454 286", "046 454 286", "OTHER_ID"),
    ("the CHI number is 1204567893", "1204567893", "HEALTH_PLAN_ID"),
    ("personnummer 19811218-9876", "19811218-9876", "OTHER_ID"),
    ("Führerschein-Nr. B072RRE2I55", "B072RRE2I55", "LICENSE_NUMBER"),
    ("GMC number 7012345", "7012345", "LICENSE_NUMBER"),
    ("nº de colegiado 282812345", "282812345", "LICENSE_NUMBER"),
    # phones written the national way, no "+" and country code
    ("ruf mich an: 0151 23456789", "0151 23456789", "PHONE"),
    ("call me on 07700 900123 after 5", "07700 900123", "PHONE"),
    ("my number is 0044 20 7946 0958", "0044 20 7946 0958", "PHONE"),
    # ages over 89
    ("93F with CHF, here for refill", "93", "AGE"),
    ("93 M with hx of afib", "93", "AGE"),
    ("my mum is 94 and frail", "94", "AGE"),
    ("tiene 93 años", "93", "AGE"),
    ("Sie ist 95 Jahre alt", "95", "AGE"),
    ("93歳の母です", "93", "AGE"),
    ("celebrating her 93rd birthday", "93", "AGE"),
    ("pt is 93 y.o.", "93", "AGE"),
    # dates with the month in another language
    ("geboren am 4. März 1961", "4. März 1961", "DATE"),
    ("nació el 3 de mayo de 1958", "3 de mayo de 1958", "DATE"),
    ("née le 12 juin 1947", "12 juin 1947", "DATE"),
    ("1961年3月4日生まれ", "1961年3月4日", "DATE"),
]

LEFT_ALONE = [
    ("lot 0151 23456789 recalled", "PHONE"),
    ("batch 07700 900123", "PHONE"),
    ("model 0151 23456789", "PHONE"),
    ("run 10000 steps daily", "OTHER_ID"),
    ("sin 500 mg twice", "OTHER_ID"),
    ("fin 2024 report", "OTHER_ID"),
    ("nie mam 3 tabletek", "OTHER_ID"),
    ("tai chi 2024 class", "HEALTH_PLAN_ID"),
    ("glucose is 93 mg/dL", "AGE"),
    ("room 93 M ward", "AGE"),
    ("weighs 93 kg", "AGE"),
    ("HR 104 at rest", "AGE"),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND)
def test_finds_identifiers_written_abroad(engine: Deidentifier, text: str, value: str, kind: str) -> None:
    findings = engine.analyze(text)
    assert any(f.text == value and f.type == kind for f in findings), [(f.type, f.text) for f in findings]


@pytest.mark.parametrize(("text", "kind"), LEFT_ALONE)
def test_leaves_look_alikes_alone(engine: Deidentifier, text: str, kind: str) -> None:
    findings = [(f.type, f.text) for f in engine.analyze(text) if f.type == kind]
    assert findings == []

"""An initial and a surname that act in a note ("E. WELSH AWARE") are a clinician even when the surname is
also an English word; two capitalised words that no list knows are a name; sites, organisms, articles,
and diseases named after a person are not."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier

FOUND: list[tuple[str, str]] = [
    ("INR THIS AM 6.0. E. WELSH AWARE. PT RECEIVED FFP", "E. WELSH"),
    ("UOP DROPPED WITH ELEVATED PAPS, J SMITH ORDERED EPI DRIP", "J SMITH"),
    ("L PUPIL 1MM LARGER (B. KARGAS PA AWARE).", "B. KARGAS"),
    ("drainage from sternal incision. E. Nessenson NP aware and evaluated.", "E. Nessenson"),
    ("MILD TR, Z. MILLER NOTIFIED AND WILL FOLLOW", "Z. MILLER"),
    # a first name that is also a word, after a clinician's role, when the clinician acts
    ("LOW UOP, NP ROSE ORDERED BOLUS", "ROSE"),
    ("pt maintaining sats. NP hope made aware", "hope"),
    ("TUBE MANIPULATED SLIGHTLY PER NP IVY.", "IVY"),
    # two capitalised words side by side that no list knows
    ("The name on the account should be Bekbolat Musliyevich", "Bekbolat Musliyevich"),
]

LEFT_ALONE: list[tuple[str, str]] = [
    ("B/P 88/40- L IJ PA line-PAS 66-70", "IJ"),
    ("E. COLI in urine, E. coli aware", "COLI"),
    ("A FIB MADE WORSE BY PAIN", "FIB"),
    ("pt in R ARM MD aware", "ARM"),
    ("HAD RIGHT GROIN PA LINE PLACED", "LINE"),  # the pulmonary artery line
    ("RN WILL CALL FAMILY", "WILL"),  # the word does not act
    ("NP made aware", "made"),
    ("What are the symptoms of Alagille Syndrome ?", "Alagille"),
    ("How is Kawasaki Disease treated?", "Kawasaki"),
    # languages and states are not first names, even capitalised beside a title
    ("Pt speaks Italian and some English, daughter translating", "English"),
    ("Georgia Nurse aware of plan", "Georgia"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_finds(engine: Deidentifier, text: str, name: str) -> None:
    found = [(f.type, f.text) for f in engine.analyze(text)]
    assert ("PERSON", name) in found, found


@pytest.mark.parametrize(("text", "word"), LEFT_ALONE)
def test_leaves_alone(engine: Deidentifier, text: str, word: str) -> None:
    at = text.index(word)
    hits = [f for f in engine.analyze(text) if f.type == "PERSON" and f.start < at + len(word) and at < f.end]
    assert hits == [], [(f.type, f.text) for f in hits]

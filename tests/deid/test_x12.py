"""X12 transactions: the people in an eligibility response and a claim are found by where they stand and by
the qualifiers beside them; payers' names and the envelope's control numbers are left alone."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier

MESSAGE_271 = (
    "ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*BRIGHTLEAFRX   *261207*1422*^*00501*000004471*0*P*:~\n"
    "GS*HB*AVAILITY*BRIGHTLEAFRX*20261207*1422*4471*X*005010X279A1~\n"
    "ST*271*0001*005010X279A1~\n"
    "NM1*PR*2*UNITEDHEALTHCARE*****PI*87726~\n"
    "NM1*IL*1*KOWALCZYK*TERESA****MI*W884120935~\n"
    "REF*6P*0A1B22~\n"
    "N3*77 WINTERGREEN LN*APT 5~\n"
    "N4*SCRANTON*PA*18505~\n"
    "DMG*D8*19620307*F~\n"
    "DTP*291*RD8*20260101-20261231~\n"
    "PER*IC*JANE ROE*TE*5705550142*FX*5705550143~\n"
    "SE*12*0001~"
)
CLAIM_837 = "SBR*P*18*GRP7731******CI~CLM*VANT-55821*125***02:B:1*Y*A*Y*Y~NM1*82*1*OKAFOR*CHIDI****XX*1245319599~"


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (MESSAGE_271, "261207", "DATE"),  # the interchange's date, two-digit year
        (MESSAGE_271, "KOWALCZYK", "PERSON"),
        (MESSAGE_271, "TERESA", "PERSON"),
        (MESSAGE_271, "W884120935", "HEALTH_PLAN_ID"),  # NM108 "MI": a member id
        (MESSAGE_271, "0A1B22", "HEALTH_PLAN_ID"),  # REF "6P": a group number
        (MESSAGE_271, "77 WINTERGREEN LN", "STREET_ADDRESS"),
        (MESSAGE_271, "APT 5", "STREET_ADDRESS"),
        (MESSAGE_271, "SCRANTON", "LOCATION"),
        (MESSAGE_271, "18505", "ZIP"),
        (MESSAGE_271, "19620307", "DATE"),
        (MESSAGE_271, "20261231", "DATE"),  # both ends of a range
        (MESSAGE_271, "JANE ROE", "PERSON"),
        (MESSAGE_271, "5705550142", "PHONE"),
        (MESSAGE_271, "5705550143", "FAX"),
        (CLAIM_837, "GRP7731", "HEALTH_PLAN_ID"),
        (CLAIM_837, "VANT-55821", "OTHER_ID"),  # the claim's own number
        (CLAIM_837, "OKAFOR", "PERSON"),
        (CLAIM_837, "1245319599", "LICENSE_NUMBER"),  # NM108 "XX": an NPI
    ],
)
def test_finds_by_position_and_qualifier(engine: Deidentifier, text: str, value: str, kind: str) -> None:
    assert (kind, value) in {(f.type, f.text) for f in engine.analyze(text)}


@pytest.mark.parametrize("value", ["UNITEDHEALTHCARE", "87726", "000004471", "AVAILITY", "0001"])
def test_leaves_payers_and_control_numbers(engine: Deidentifier, value: str) -> None:
    assert not [f for f in engine.analyze(MESSAGE_271) if value in f.text]


def test_stars_in_prose_are_no_transaction(engine: Deidentifier) -> None:
    text = "rated it 5*, REF*6P is the code they asked about; NM1 segments come later"
    assert not [f for f in engine.analyze(text) if f.recognizer == "x12"]

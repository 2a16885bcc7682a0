"""National numbers are tried only where one can begin (a digit, or up to six capitals before a digit): what
``NationalId.find`` reports must be what scanning every offset finds, for the shapes of every scheme."""

import dataclasses
import json
from pathlib import Path

import pytest

from phigate.deid.national_ids import SCHEMES, NationalId

CORPORA = Path(__file__).resolve().parents[2] / "bench" / "corpora" / "deid"
# one text with every letter-first shape and some number-first ones (check digits need not hold: every
# scheme's check is switched off below, since this is about where the scan starts)
SHAPES = (
    "NINO AB 12 34 56 C, CF RSSMRA85T10A562S, NIE X-1234567-L, NRIC S1234567D, HKID A123456(7), PAN ABCPE1234F, "
    "CURP ABCD123456HABCDE01, MBI 1EG4-TE5-MK73, AHV 756.1234.5678.97, x(12 345 678 9) +6 123456-1234567, "
    "AB123456C 1234567890123 RSSMRA85T10A562SRSSMRA85T10A562S"
)
TEXTS = [SHAPES, SHAPES.lower()] + [
    json.loads(line)["text"]
    for name in [f"heldout{n}.jsonl" for n in range(2, 9)]
    for line in (CORPORA / name).read_text().splitlines()
]


@pytest.fixture(scope="module")
def unchecked() -> NationalId:
    return NationalId([dataclasses.replace(s, check=lambda v: True) for s in SCHEMES])


def test_shapes_text_holds_every_letter_first_scheme(unchecked: NationalId) -> None:
    found = {f.recognizer.split(":")[1] for f in unchecked.find(SHAPES, SHAPES.lower())}
    letter_first = {s.name for s in SCHEMES if not s.shape.startswith(("\\d", "[1", "[2", "7", "(?:"))}
    assert letter_first <= found


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_start_limited_scan_matches_a_full_scan(unchecked: NationalId, text: str) -> None:
    full = [m.span() for m in unchecked._regex.finditer(text) if not _product(text, m.start())]
    assert [(f.start, f.end) for f in unchecked.find(text, text.lower())] == full


def _product(text: str, start: int) -> bool:
    from phigate.deid.recognizer import after_product_code

    return after_product_code(text.lower(), start)

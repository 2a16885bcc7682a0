"""Checksums and structure rules, table-driven."""

from __future__ import annotations

import pytest

from phigate.deid import validators as v

CASES = [
    (v.luhn, "79927398713", True),
    (v.luhn, "79927398710", False),
    (v.credit_card, "4111-1111-1111-1111", True),
    (v.credit_card, "4111-1111-1111-1112", False),
    (v.credit_card, "1111-1111-1111-1117", False),  # no issuer starts with 1 (but JCB's 1800)
    (v.credit_card, "180016070420458", True),
    (v.credit_card, "630427373398", True),
    (v.ssn, "123-45-6788", True),
    (v.ssn, "000-45-6788", False),
    (v.ssn, "666-45-6788", False),
    (v.ssn, "912-45-6788", False),
    (v.ssn, "123-00-6788", False),
    (v.ssn, "123-45-0000", False),
    (v.ssn, "078-05-1120", False),
    (v.iban, "DE89 3704 0044 0532 0130 00", True),
    (v.iban, "DE89 3704 0044 0532 0130 01", False),
    (v.iban, "GB82WEST12345698765432", True),
    (v.iban, "XX00", False),
    (v.vin, "1HGCM82633A004352", True),
    (v.vin, "1HGCM82633A004353", False),
    (v.vin, "1HGCM82633A00435", False),
    (v.dea, "AB1234563", True),
    (v.dea, "AB1234567", False),
    (v.dea, "A11234563", False),
    (v.npi, "1234567893", True),
    (v.npi, "1234567890", False),
    (v.ip_address, "192.168.1.20", True),
    (v.ip_address, "256.1.1.1", False),
    (v.ip_address, "2001:db8::1", True),
    (v.ip_address, "10:30:45", False),
    (v.phone, "(555) 212-3456", True),
    (v.phone, "(155) 212-3456", False),
    (v.phone, "+44 20 7946 0958", True),
    (v.phone, "1-555-212-3456", True),
    (v.phone, "000-000-0000", False),
]


@pytest.mark.parametrize(("check", "value", "expected"), CASES, ids=[f"{c.__name__}-{x}" for c, x, _ in CASES])
def test_validator(check, value: str, expected: bool) -> None:
    assert check(value) is expected

"""Records: canonical JSON, the hash definition, round trips and what an entry may hold."""

from __future__ import annotations

import hashlib
import json

import pytest

from phigate.audit.records import (
    ENTRY_FIELDS,
    FIELDS,
    GENESIS,
    AuditRecord,
    canonical_json,
    from_row,
    normalize_entry,
    seal,
)
from tests.audit.ledger_kit import entry


def test_fields_are_exactly_the_documented_ones() -> None:
    assert FIELDS == (
        "seq", "ts", "request_id", "conversation", "app", "key_id", "model", "backend", "region",
        "policy_sha256", "entities", "guards", "tokens_in", "tokens_out", "latency_ms", "status", "code",
        "prev_hash", "hash", "payload_sha256",
    )  # fmt: skip
    assert set(ENTRY_FIELDS) == set(FIELDS) - {"seq", "prev_hash", "hash"}


def test_payload_digest_is_optional_and_absent_fields_hash_as_before() -> None:
    plain = normalize_entry(entry(1))
    with_payload = normalize_entry({**entry(1), "payload_sha256": "ab" * 32})
    (a, b), _ = seal([plain, with_payload], 1, GENESIS)
    assert "payload_sha256" not in a.to_dict() and a.computed_hash() == a.hash
    assert b.to_dict()["payload_sha256"] == "ab" * 32 and b.computed_hash() == b.hash
    assert AuditRecord.from_dict(a.to_dict()) == a and AuditRecord.from_dict(b.to_dict()) == b


@pytest.mark.parametrize("bad", ["AB" * 32, "ab" * 31, 7, None, "zz" * 32])
def test_payload_digest_must_be_a_lower_case_sha256(bad: object) -> None:
    with pytest.raises(ValueError, match="payload_sha256"):
        normalize_entry({**entry(1), "payload_sha256": bad})


def test_canonical_json_is_sorted_compact_utf8_and_matches_the_standard_library() -> None:
    value = {"b": 1, "a": {"z": 'é\u2028"\\', "y": None}, "ts": 1750000000.123456, "l": 0.001}
    expected = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert canonical_json(value) == expected
    assert canonical_json(value).startswith(b'{"a":{"y":null,"z":"\xc3\xa9')


def test_hash_is_sha256_of_canonical_json_of_every_other_field() -> None:
    records, rows = seal([normalize_entry(entry(3)), normalize_entry(entry(4))], 1, GENESIS)
    first, second = records
    body = {k: v for k, v in first.to_dict().items() if k != "hash"}
    assert first.hash == hashlib.sha256(canonical_json(body)).hexdigest() == first.computed_hash()
    assert (first.seq, first.prev_hash, second.seq, second.prev_hash) == (1, GENESIS, 2, first.hash)
    assert from_row(rows[1]) == second
    assert AuditRecord.from_dict(second.to_dict()) == second
    altered = AuditRecord.from_dict({**second.to_dict(), "tokens_out": 0})
    assert altered.computed_hash() != altered.hash


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"prompt": "Jane Doe"}, "unknown fields"),
        ({"ts": float("nan")}, "finite"),
        ({"latency_ms": -1.0}, "finite"),
        ({"tokens_in": "12"}, "must be an int"),
        ({"entities": {"PERSON": "two"}}, "int counts"),
    ],
)
def test_entries_are_checked(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        normalize_entry({**entry(1), **change})


def test_floats_stay_where_every_json_library_writes_them_alike() -> None:
    e = normalize_entry({**entry(1), "ts": 1750000000.1234567, "latency_ms": 0.00004})
    assert (e["ts"], e["latency_ms"]) == (1750000000.1234567, 0.0)
    for x in (0.0001, 0.5, 123.0, 1750000000.1234567, 999999999999999.9):
        assert canonical_json({"x": x}) == json.dumps({"x": x}, separators=(",", ":")).encode()
    with pytest.raises(ValueError):
        normalize_entry({**entry(1), "ts": 1e15})
    with pytest.raises(ValueError):
        normalize_entry({k: v for k, v in entry(1).items() if k != "app"})

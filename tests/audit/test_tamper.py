"""Every kind of tampering is detected and named by its first bad seq, on every store (PostgreSQL real)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from phigate.audit import AuditKey, Ledger
from phigate.audit.records import GENESIS
from tests.audit.ledger_kit import RawStore, canonical, entry, make_raw

KEY = AuditKey.generate()
N = 50  # records, in checkpoints 1..10, 11..20, ... 41..50


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def raw(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RawStore]:
    dsn = request.getfixturevalue("postgres_schema_dsn") if request.param == "postgres" else None
    raw = make_raw(request.param, tmp_path, dsn)
    asyncio.run(_fill(raw))
    yield raw


async def _fill(raw: RawStore) -> None:
    ledger = Ledger(raw.open(), KEY, checkpoint_every=10)
    for start in range(0, N, 10):
        await asyncio.gather(*(ledger.append(entry(i)) for i in range(start, start + 10)))
    await ledger.close()


def verify(raw: RawStore, from_seq: int | None = None) -> tuple[int | None, str]:
    store = raw.open()
    try:
        report = Ledger(store, KEY).verify(from_seq)
    finally:
        store.close()
    assert report.ok == (report.first_bad_seq is None)
    return report.first_bad_seq, report.problem


def test_untouched_ledger_verifies(raw: RawStore) -> None:
    assert verify(raw) == (None, "")
    store = raw.open()
    report = Ledger(store, KEY).verify()
    store.close()
    assert (report.records, report.checkpoints, report.unsigned) == (N, 5, 0)


def test_edited_field(raw: RawStore) -> None:
    raw.edit(23, app="elsewhere")
    assert verify(raw)[0] == 23


def test_edited_field_with_fresh_hash(raw: RawStore) -> None:
    _, _, body = raw.get(23)
    fields = {**orjson.loads(body), "app": "elsewhere"}
    text = canonical(fields)
    raw.put(23, hashlib.sha256(text.encode()).digest(), text)
    seq, problem = verify(raw)
    assert seq == 23 and "rewritten" in problem


def test_consistent_rewrite_caught_by_signed_root(raw: RawStore) -> None:
    raw.rewrite(23, tokens_out=0)
    seq, problem = verify(raw)
    assert seq == 21 and "Merkle root" in problem


def test_deleted_record(raw: RawStore) -> None:
    raw.delete(17)
    assert verify(raw) == (17, "record 17 is missing (deleted)")


def test_swapped_records(raw: RawStore) -> None:
    a, b = raw.get(30), raw.get(31)
    raw.put(30, b[1], b[2])
    raw.put(31, a[1], a[2])
    assert verify(raw)[0] == 30


def test_inserted_record(raw: RawStore) -> None:
    k = 26
    for n in range(N, k - 1, -1):  # make room: renumber k.. up by one
        _, digest, body = raw.get(n)
        raw.delete(n)
        raw.put(n + 1, digest, body)
    forged = canonical({**entry(999), "seq": k, "prev_hash": raw.get(k - 1)[1].hex()})
    raw.put(k, hashlib.sha256(forged.encode()).digest(), forged)
    seq, problem = verify(raw)
    assert seq == k and "inserted" in problem


def test_truncated_tail_after_close(raw: RawStore) -> None:
    for n in range(46, N + 1):
        raw.delete(n)
    seq, problem = verify(raw)
    assert seq == 46 and "truncated" in problem


def test_checkpoint_signature_edited(raw: RawStore) -> None:
    cp = raw.checkpoints()[2]
    sig = bytearray(base64.b64decode(cp.signature))
    sig[0] ^= 1
    raw.set_signature(cp.seq_from, base64.b64encode(bytes(sig)).decode())
    seq, problem = verify(raw)
    assert seq == cp.seq_from == 21 and "signature" in problem


def test_checkpoint_removed(raw: RawStore) -> None:
    raw.delete_checkpoint(11)
    seq, problem = verify(raw)
    assert seq == 11 and "checkpoint removed" in problem


def test_verify_from_seq(raw: RawStore) -> None:
    raw.edit(5, app="x")
    assert verify(raw, from_seq=12) == (None, "")  # starts at its checkpoint (11), after the edit
    assert verify(raw, from_seq=3)[0] == 5


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_truncated_unsigned_tail_after_crash(kind: str, tmp_path: Path) -> None:
    raw = make_raw(kind, tmp_path, None)

    async def crash() -> None:
        ledger = Ledger(raw.open(), KEY, checkpoint_every=1000)  # nothing gets signed before the "crash"
        await _fill_unsigned(ledger)

    asyncio.run(crash())
    store = raw.open()
    report = Ledger(store, KEY).verify()
    store.close()
    assert report.ok and report.unsigned == 12
    raw.delete(12)
    raw.delete(11)
    seq, problem = verify(raw)
    assert seq == 11 and "head row" in problem


async def _fill_unsigned(ledger: Ledger) -> None:
    for i in range(12):
        await ledger.append(entry(i))
    ledger.store.close()  # a crash: the process ends without close(), nothing more gets signed
    assert ledger._writer is not None
    ledger._writer.cancel()


def test_genesis_is_zero_hash(raw: RawStore) -> None:
    assert orjson.loads(raw.get(1)[2])["prev_hash"] == GENESIS

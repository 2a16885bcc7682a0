"""Group commit, fail-closed commits, checkpoints, reads, proofs, the recorder and schema versions."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import psycopg
import pytest

from phigate.audit import (
    AuditKey,
    AuditRecord,
    Ledger,
    LedgerRecorder,
    MemoryLedgerStore,
    PostgresLedgerStore,
    SqliteLedgerStore,
    check_proof,
)
from phigate.audit.records import normalize_entry
from phigate.audit.signing import KEY_FILE
from phigate.audit.stores import SCHEMA_VERSION
from phigate.errors import ConfigError, StoreError
from phigate.pipeline import Outcome, RequestContext
from phigate.policy import Policy
from phigate.stores.sqlite import WalCheckpointer
from tests.audit.ledger_kit import entry


class CountingStore(MemoryLedgerStore):
    """Counts append transactions; fails them on demand."""

    def __init__(self) -> None:
        super().__init__()
        self.transactions: list[int] = []
        self.fail = False

    def append(self, entries: Sequence[Mapping[str, Any]]) -> list[AuditRecord]:
        if self.fail:
            raise StoreError("disk on fire")
        self.transactions.append(len(entries))
        return super().append(entries)


def test_group_commit_chains_concurrent_appends_in_few_transactions() -> None:
    store = CountingStore()

    async def main() -> list[AuditRecord]:
        ledger = Ledger(store, AuditKey.generate(), checkpoint_every=100)
        records = await asyncio.gather(*(ledger.append(entry(i)) for i in range(1200)))
        report = ledger.verify()
        await ledger.close()
        assert report.ok and report.records == 1200
        return records

    records = asyncio.run(main())
    assert sorted(r.seq for r in records) == list(range(1, 1201))
    assert sorted(r.request_id for r in records) == sorted(entry(i)["request_id"] for i in range(1200))
    assert sum(store.transactions) == 1200 and len(store.transactions) < 1200 / 10
    assert max(store.transactions) <= 500


def test_failed_commit_fails_every_waiter_then_recovers() -> None:
    store = CountingStore()

    async def main() -> None:
        ledger = Ledger(store, AuditKey.generate())
        store.fail = True
        results = await asyncio.gather(*(ledger.append(entry(i)) for i in range(20)), return_exceptions=True)
        assert all(isinstance(r, StoreError) and "not committed" in r.message for r in results)
        store.fail = False
        record = await ledger.append(entry(99))
        assert record.seq == 1 and ledger.verify().ok
        await ledger.close()

    asyncio.run(main())


def test_checkpoints_by_count_by_time_and_on_close() -> None:
    store = MemoryLedgerStore()

    async def main() -> None:
        ledger = Ledger(store, AuditKey.generate(), checkpoint_every=5, checkpoint_seconds=0.05)
        for i in range(5):
            await ledger.append(entry(i))
        await _until(lambda: len(ledger.checkpoints()) == 1)  # cut right after the commit that filled it
        assert [(c.seq_from, c.seq_to) for c in ledger.checkpoints()] == [(1, 5)]
        await ledger.append(entry(5))
        await _until(lambda: len(ledger.checkpoints()) == 2)  # the timer cuts the next one
        assert [(c.seq_from, c.seq_to) for c in ledger.checkpoints()] == [(1, 5), (6, 6)]
        await ledger.append(entry(6))
        await ledger.close()
        assert ledger.checkpoints()[-1].seq_to == 7

    asyncio.run(main())


async def _until(condition: Callable[[], bool]) -> None:
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not met within 5 s")


def test_start_signs_a_tail_left_by_a_crash() -> None:
    store, key = MemoryLedgerStore(), AuditKey.generate()
    store.append([_norm(entry(i)) for i in range(3)])
    assert store.checkpoints() == []

    async def main() -> None:
        ledger = Ledger(store, key)
        await ledger.start()
        assert [(c.seq_from, c.seq_to) for c in ledger.checkpoints()] == [(1, 3)]
        await ledger.close()

    asyncio.run(main())


def _norm(fields: dict[str, Any]) -> dict[str, Any]:
    from phigate.audit.records import normalize_entry

    return normalize_entry(fields)


def test_entries_refuse_unknown_fields_so_no_text_slips_in() -> None:
    async def main() -> None:
        ledger = Ledger(MemoryLedgerStore(), AuditKey.generate())
        with pytest.raises(ValueError, match="unknown fields \\['messages'\\]"):
            await ledger.append({**entry(1), "messages": "Jane Doe, DOB 1980-01-02"})
        await ledger.close()

    asyncio.run(main())


def test_read_filters_and_proofs() -> None:
    async def main() -> None:
        ledger = Ledger(MemoryLedgerStore(), AuditKey.generate(), checkpoint_every=10)
        for start in range(0, 40, 10):
            await asyncio.gather(*(ledger.append(entry(i)) for i in range(start, start + 10)))
        await ledger.checkpoint()  # the writer cuts right after a commit; do not race it
        every = list(ledger.read())
        assert [r.seq for r in every] == list(range(1, 41))
        by_seq = {r.seq: r for r in every}
        assert {r.seq for r in ledger.read(app="billing")} == {s for s, r in by_seq.items() if r.app == "billing"}
        assert all(r.status >= 400 for r in ledger.read(status="refused"))
        assert all(r.status < 400 for r in ledger.read(status="ok"))
        assert {r.seq for r in ledger.read(status=403)} == {s for s, r in by_seq.items() if r.status == 403}
        assert all(r.entities.get("PERSON", 0) > 0 for r in ledger.read(entity="PERSON"))
        assert [r.seq for r in ledger.read(since=every[9].ts, until=every[12].ts)] == [10, 11, 12]
        for seq in (1, 17, 40):
            proof = ledger.proof(seq)
            assert check_proof(proof, ledger.public_pem())
            assert not check_proof(proof, AuditKey.generate().public_pem())
            assert not check_proof({**proof, "record": {**proof["record"], "tokens_in": 0}}, ledger.public_pem())
            assert not check_proof({**proof, "tree_size": proof["tree_size"] + 1}, ledger.public_pem())
            assert not check_proof("not json", ledger.public_pem())
        await ledger.append(entry(99))
        with pytest.raises(LookupError, match="not covered"):
            ledger.proof(41)
        await ledger.close()

    asyncio.run(main())


def test_recorder_builds_a_record_from_the_request(tmp_path: Path) -> None:
    policy = Policy.default()
    app_name = next(iter(policy.apps))
    ctx = RequestContext("req_1", app_name, policy.apps[app_name], "k_9", "chat", conversation="c1", model="m")
    ctx.usage = {"prompt_tokens": 12, "completion_tokens": 34}
    ctx.notes.update(entities={"PERSON": 2}, guards={"injection": "pass"}, backend="embedded", region="eu")
    ctx.notes["text"] = "Jane Doe was seen today"  # never recorded

    async def main() -> AuditRecord:
        ledger = Ledger(SqliteLedgerStore(tmp_path / "audit.db"), AuditKey.generate())
        await LedgerRecorder(ledger, "f" * 64).record(ctx, Outcome(403, "phi_blocked"))
        (record,) = list(ledger.read())
        await ledger.close()
        return record

    r = asyncio.run(main())
    assert (r.app, r.key_id, r.model, r.request_id, r.conversation) == (app_name, "k_9", "m", "req_1", "c1")
    assert (r.tokens_in, r.tokens_out, r.status, r.code, r.backend, r.region) == (
        12,
        34,
        403,
        "phi_blocked",
        "embedded",
        "eu",
    )
    assert r.entities == {"PERSON": 2} and r.guards == {"injection": "pass"} and r.policy_sha256 == "f" * 64
    assert r.latency_ms >= 0 and "Jane" not in (tmp_path / "audit.db").read_bytes().decode("latin-1")


def test_signing_key_created_private_and_reloaded(tmp_path: Path) -> None:
    key = AuditKey.load(tmp_path)
    path = tmp_path / KEY_FILE
    assert path.stat().st_mode & 0o777 == 0o600
    assert AuditKey.load(tmp_path).key_id == key.key_id
    assert AuditKey.from_public_pem(key.public_pem()).key_id == key.key_id
    with pytest.raises(ConfigError, match="cannot sign"):
        AuditKey.from_public_pem(key.public_pem()).sign(b"x")
    os.chmod(path, 0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        AuditKey.load(tmp_path)
    with pytest.raises(ConfigError, match="no audit signing key"):
        AuditKey.load(tmp_path / "elsewhere", create=False)


def test_sqlite_refuses_a_newer_schema(tmp_path: Path) -> None:
    SqliteLedgerStore(tmp_path / "audit.db").close()
    with sqlite3.connect(tmp_path / "audit.db") as db:
        db.execute("PRAGMA user_version=7")
    db.close()
    with pytest.raises(StoreError, match=f"newer phigate \\(ledger schema 7, this one knows {SCHEMA_VERSION}\\)"):
        SqliteLedgerStore(tmp_path / "audit.db")


def test_postgres_refuses_a_newer_schema(postgres_schema_dsn: str) -> None:
    PostgresLedgerStore(postgres_schema_dsn).close()
    with psycopg.connect(postgres_schema_dsn, autocommit=True) as conn:
        conn.execute("UPDATE phigate_meta SET version = 9 WHERE component = 'audit'")
    with pytest.raises(StoreError, match=f"newer phigate \\(audit schema 9, this one knows {SCHEMA_VERSION}\\)"):
        PostgresLedgerStore(postgres_schema_dsn)


def test_postgres_group_commit_and_filters(postgres_schema_dsn: str) -> None:
    async def main() -> None:
        ledger = Ledger(PostgresLedgerStore(postgres_schema_dsn), AuditKey.generate(), checkpoint_every=50)
        await asyncio.gather(*(ledger.append(entry(i)) for i in range(300)))
        assert [r.seq for r in ledger.read(app="billing")] == [r.seq for r in ledger.read() if r.app == "billing"]
        assert all(r.status == 403 for r in ledger.read(status="refused"))
        assert len(list(ledger.read(since=1_750_000_000.0 + 290))) == 10
        await ledger.close()
        store = PostgresLedgerStore(postgres_schema_dsn)
        report = Ledger(store, ledger.key).verify()
        store.close()
        assert report.ok and report.records == 300 and report.unsigned == 0

    asyncio.run(main())


def test_sqlite_checkpoints_the_wal_beside_the_loop(tmp_path: Path) -> None:
    store = SqliteLedgerStore(tmp_path / "audit.db")
    pages = store._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    assert pages == WalCheckpointer.AUTOCHECKPOINT_PAGES  # a commit checkpoints only past 64 MB of WAL
    for i in range(1280):  # about 12 MB of WAL: no commit crosses that bound
        store.append([normalize_entry(entry(i))])
    time.sleep(0.3)  # let the last wake-up finish
    # the records reached the database file itself: the checkpointer thread copied them back
    assert (tmp_path / "audit.db").stat().st_size > 400_000
    assert any(t.name == "phigate-wal-checkpoint" for t in threading.enumerate())
    store.close()
    assert not any(t.name == "phigate-wal-checkpoint" for t in threading.enumerate())
    reopened = SqliteLedgerStore(tmp_path / "audit.db")
    assert reopened.head()[0] == 1280
    reopened.close()


def test_full_sync_sqlite_leaves_checkpoints_to_its_writer_thread(tmp_path: Path) -> None:
    store = SqliteLedgerStore(tmp_path / "audit.db", synchronous="FULL")
    assert store._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000  # SQLite's default
    store.close()

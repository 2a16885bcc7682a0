"""Test kit for the audit ledger: entries, a store factory per kind, and raw access for tampering."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import psycopg

from phigate.audit import LedgerStore, MemoryLedgerStore, PostgresLedgerStore, SqliteLedgerStore
from phigate.audit.records import Checkpoint


def entry(i: int = 0, **over: Any) -> dict[str, Any]:
    """Record fields for request ``i``: no message text, only counts, verdicts and identifiers."""
    fields: dict[str, Any] = {
        "ts": 1_750_000_000.0 + i,
        "request_id": f"req_{i:06d}",
        "conversation": f"conv_{i % 3}" if i % 2 else None,
        "app": "intake" if i % 3 else "billing",
        "key_id": f"k{i % 2}",
        "model": "gemma",
        "backend": "embedded",
        "region": "eu" if i % 2 else None,
        "policy_sha256": "a" * 64,
        "entities": {"PERSON": i % 4, "DATE": 1} if i % 5 else {},
        "guards": {"injection": "pass", "egress": "pass" if i % 7 else "block"},
        "tokens_in": 10 + i,
        "tokens_out": 20 + i,
        "latency_ms": 1.25 + i,
        "status": 200 if i % 4 else 403,
        "code": None if i % 4 else "phi_blocked",
    }
    fields.update(over)
    return fields


@dataclass
class RawStore:
    """Direct access to a store's rows, as an attacker with database access would have."""

    kind: str
    open: Callable[[], LedgerStore]
    target: Any  # the MemoryLedgerStore, the SQLite path or the PostgreSQL DSN

    def _sql(self, sqlite_q: str, params: tuple[Any, ...] = ()) -> list[Any]:
        if self.kind == "sqlite":
            with sqlite3.connect(self.target, isolation_level=None) as db:
                rows = db.execute(sqlite_q, params).fetchall()
            db.close()
            return rows
        q = sqlite_q.replace("?", "%s").replace("audit_", "phigate_audit_")
        with psycopg.connect(self.target, autocommit=True) as conn:
            cur = conn.execute(q.encode(), params)
            return cur.fetchall() if cur.description else []

    def get(self, seq: int) -> tuple[int, bytes, str]:
        if self.kind == "memory":
            if seq not in self.target.records:
                raise ValueError(f"no record {seq}")
            row = self.target.records[seq]
            return int(row[0]), bytes(row[1]), str(row[2])
        (row,) = self._sql("SELECT seq, hash, body FROM audit_records WHERE seq = ?", (seq,))
        return int(row[0]), bytes(row[1]), str(row[2])

    def put(self, seq: int, digest: bytes, body: str) -> None:
        self.delete(seq)
        if self.kind == "memory":
            self.target.records[seq] = (seq, digest, body)
            return
        self._sql("INSERT INTO audit_records (seq, hash, body) VALUES (?, ?, ?)", (seq, digest, body))

    def delete(self, seq: int) -> None:
        if self.kind == "memory":
            self.target.records.pop(seq, None)
            return
        self._sql("DELETE FROM audit_records WHERE seq = ?", (seq,))

    def checkpoints(self) -> list[Checkpoint]:
        store = self.open()
        try:
            return store.checkpoints()
        finally:
            store.close()

    def delete_checkpoint(self, seq_from: int) -> None:
        if self.kind == "memory":
            del self.target.cps[seq_from]
            return
        self._sql("DELETE FROM audit_checkpoints WHERE seq_from = ?", (seq_from,))

    def set_signature(self, seq_from: int, signature: str) -> None:
        if self.kind == "memory":
            cp = self.target.cps[seq_from]
            self.target.cps[seq_from] = Checkpoint(cp.seq_from, cp.seq_to, cp.root, cp.ts, signature, cp.key_id)
            return
        self._sql("UPDATE audit_checkpoints SET signature = ? WHERE seq_from = ?", (signature, seq_from))

    def edit(self, seq: int, **changes: Any) -> None:
        """Change fields in a record's body, keeping its stored hash."""
        s, digest, body = self.get(seq)
        self.put(seq, digest, canonical({**orjson.loads(body), **changes}))

    def rewrite(self, seq: int, **changes: Any) -> None:
        """Change fields and re-hash the record and every later one (a consistent rewrite)."""
        prev = self.get(seq - 1)[1].hex() if seq > 1 else "0" * 64
        while True:
            try:
                _, _, body = self.get(seq)
            except ValueError:
                return
            fields = {**orjson.loads(body), **changes, "prev_hash": prev}
            text = canonical(fields)
            digest = hashlib.sha256(text.encode()).digest()
            self.put(seq, digest, text)
            prev, seq, changes = digest.hex(), seq + 1, {}


def canonical(fields: dict[str, Any]) -> str:
    return orjson.dumps(fields, option=orjson.OPT_SORT_KEYS).decode()


def make_raw(kind: str, tmp_path: Path, dsn: str | None) -> RawStore:
    if kind == "memory":
        mem = MemoryLedgerStore()
        return RawStore(kind, lambda: mem, mem)
    if kind == "sqlite":
        path = tmp_path / "audit.db"
        return RawStore(kind, lambda: SqliteLedgerStore(path), path)
    assert dsn is not None
    return RawStore(kind, lambda: PostgresLedgerStore(dsn), dsn)

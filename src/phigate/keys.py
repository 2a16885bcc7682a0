"""Client-app API keys: shown once at creation, stored only as SHA-256 hashes in the data directory.

A key looks like ``phg_<id>_<secret>``; ``id`` is public (listed, revoked, recorded in the ledger),
the secret never leaves the caller. Keys carry 256 bits of randomness, so a plain SHA-256 is a safe
and fast lookup hash (no password stretching needed).
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from phigate.stores.sqlite import open_sqlite

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    key_id TEXT PRIMARY KEY,
    key_hash TEXT NOT NULL UNIQUE,
    app TEXT NOT NULL,
    created REAL NOT NULL,
    revoked REAL
);
"""


@dataclass(frozen=True, slots=True)
class KeyRecord:
    key_id: str
    app: str
    created: float
    revoked: float | None = None


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class KeyStore:
    """The key table in ``<data_dir>/phigate.db`` (SQLite, WAL)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "phigate.db"
        self._db = open_sqlite(self.path, f"key store {self.path}", what="key", version=SCHEMA_VERSION, schema=_SCHEMA)

    def create(self, app: str) -> tuple[str, KeyRecord]:
        """A new key for ``app``: returns the key (show it once) and its record."""
        key_id = secrets.token_hex(4)
        key = f"phg_{key_id}_{secrets.token_urlsafe(32)}"
        record = KeyRecord(key_id, app, time.time())
        self._db.execute(
            "INSERT INTO api_keys (key_id, key_hash, app, created) VALUES (?, ?, ?, ?)",
            (key_id, hash_key(key), app, record.created),
        )
        return key, record

    def list(self) -> list[KeyRecord]:
        rows = self._db.execute("SELECT key_id, app, created, revoked FROM api_keys ORDER BY created").fetchall()
        return [KeyRecord(*row) for row in rows]

    def revoke(self, key_id: str) -> bool:
        cur = self._db.execute(
            "UPDATE api_keys SET revoked = ? WHERE key_id = ? AND revoked IS NULL", (time.time(), key_id)
        )
        return cur.rowcount == 1

    def lookup(self, key: str) -> KeyRecord | None:
        """The live record for ``key``, or None for an unknown or revoked key."""
        row = self._db.execute(
            "SELECT key_id, app, created, revoked FROM api_keys WHERE key_hash = ?", (hash_key(key),)
        ).fetchone()
        if row is None or row[3] is not None:
            return None
        return KeyRecord(*row)

    def writable(self) -> bool:
        """True when the database accepts a write lock now (for readiness checks)."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("ROLLBACK")
        except sqlite3.Error:
            return False
        return True

    def close(self) -> None:
        self._db.close()


class KeyCache:
    """Remembers live keys for ``ttl`` seconds so the hot path rarely touches SQLite; a revocation
    takes effect within ``ttl``. Unknown keys are not cached: each one is looked up again."""

    def __init__(self, store: KeyStore, ttl: float = 2.0) -> None:
        self.store = store
        self.ttl = ttl
        self._live: dict[str, tuple[float, KeyRecord]] = {}

    def lookup(self, key: str) -> KeyRecord | None:
        now = time.monotonic()
        hit = self._live.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        record = self.store.lookup(key)
        if record is None:
            self._live.pop(key, None)
        else:
            if len(self._live) > 10_000:
                self._live.clear()
            self._live[key] = (now + self.ttl, record)
        return record

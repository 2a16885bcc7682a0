"""Where vault rows live: a narrow ``VaultStore`` protocol and its implementations (per request,
in memory, SQLite, PostgreSQL). A row holds only ciphertext and a keyed MAC; sealing and opening them
is ``phigate.deid.vault``'s business, so these stores never see a key or a plain value."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from phigate.errors import ConfigError, StoreError
from phigate.stores.sqlite import WalCheckpointer, open_sqlite

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class VaultRow:
    """One stored entry exactly as the store keeps it (nothing here is plaintext)."""

    token: str
    entity_type: str
    value_mac: bytes
    ciphertext: bytes
    created: float
    expires: float


class VaultStore(Protocol):
    """Where sealed rows live. Unique per scope: token, and value_mac."""

    name: str

    def load(self, scope: str, now: float) -> list[VaultRow]:
        """The scope's rows that have not expired at ``now``."""

    def add(self, scope: str, rows: Sequence[VaultRow]) -> int:
        """Insert ``rows`` atomically, skipping any whose token or value_mac the scope already has;
        returns how many were inserted (fewer than given: a concurrent writer won, re-load)."""

    def purge(
        self,
        *,
        scope: str | None = None,
        scope_prefix: str | None = None,
        older_than: float | None = None,
        expired_before: float | None = None,
    ) -> int:
        """Delete the rows matching every given filter (at least one); returns how many."""

    def close(self) -> None: ...


def _require_filter(*filters: object) -> None:
    if all(f is None for f in filters):
        raise ValueError("purge needs at least one of scope, scope_prefix, older_than, expired_before")


class RequestVaultStore:
    """Keeps nothing: for a request without a conversation, whose placeholders only need to be stable
    within the request itself (its session holds the mapping until the answer is re-identified).
    Nothing is written, so nothing is left to purge."""

    name = "per-request vault"

    def load(self, scope: str, now: float) -> list[VaultRow]:
        return []

    def add(self, scope: str, rows: Sequence[VaultRow]) -> int:
        return len(rows)

    def purge(
        self,
        *,
        scope: str | None = None,
        scope_prefix: str | None = None,
        older_than: float | None = None,
        expired_before: float | None = None,
    ) -> int:
        return 0

    def close(self) -> None:
        pass


class MemoryVaultStore:
    """In-process store for tests and single-process experiments; same semantics as the databases."""

    name = "memory vault"

    def __init__(self) -> None:
        self._scopes: dict[str, dict[str, VaultRow]] = {}
        self._lock = threading.Lock()

    def load(self, scope: str, now: float) -> list[VaultRow]:
        with self._lock:
            return [r for r in self._scopes.get(scope, {}).values() if r.expires > now]

    def add(self, scope: str, rows: Sequence[VaultRow]) -> int:
        with self._lock:
            table = self._scopes.setdefault(scope, {})
            macs = {r.value_mac for r in table.values()}
            inserted = 0
            for row in rows:
                if row.token not in table and row.value_mac not in macs:
                    table[row.token] = row
                    macs.add(row.value_mac)
                    inserted += 1
            return inserted

    def purge(
        self,
        *,
        scope: str | None = None,
        scope_prefix: str | None = None,
        older_than: float | None = None,
        expired_before: float | None = None,
    ) -> int:
        _require_filter(scope, scope_prefix, older_than, expired_before)
        removed = 0
        with self._lock:
            for name, table in self._scopes.items():
                if (scope is not None and name != scope) or (
                    scope_prefix is not None and not name.startswith(scope_prefix)
                ):
                    continue
                for token, row in list(table.items()):
                    if (older_than is None or row.created < older_than) and (
                        expired_before is None or row.expires <= expired_before
                    ):
                        del table[token]
                        removed += 1
        return removed

    def close(self) -> None:
        pass


_COLUMNS = "token, entity_type, value_mac, ciphertext, created, expires"
_SQLITE_SCHEMA = """
CREATE TABLE IF NOT EXISTS vault_entries (
    scope TEXT NOT NULL,
    token TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    value_mac BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    created REAL NOT NULL,
    expires REAL NOT NULL,
    PRIMARY KEY (scope, token),
    UNIQUE (scope, value_mac)
);
CREATE INDEX IF NOT EXISTS vault_entries_expires ON vault_entries (expires);
"""


class SqliteVaultStore:
    """The vault table in its own SQLite file (WAL). Its own file, because ``PRAGMA user_version``,
    which versions the schema, is one number per database file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.name = f"sqlite vault {self.path}"
        self._lock = threading.Lock()
        self._db = open_sqlite(self.path, self.name, what="vault", version=SCHEMA_VERSION, schema=_SQLITE_SCHEMA)
        # the vault commits on the event loop (de-identification stores a mapping before forwarding):
        # its WAL checkpoints, which wait on fsync, run beside the loop
        self._checkpointer = WalCheckpointer(self._db, self.path, self.name)

    @contextmanager
    def _guard(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._db
            except sqlite3.Error as exc:
                with suppress(sqlite3.Error):  # e.g. closed: nothing to roll back
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                raise StoreError(f"{self.name}: {exc}") from None

    def load(self, scope: str, now: float) -> list[VaultRow]:
        with self._guard() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM vault_entries WHERE scope = ? AND expires > ?", (scope, now)
            ).fetchall()
        return [VaultRow(*r) for r in rows]

    def add(self, scope: str, rows: Sequence[VaultRow]) -> int:
        with self._guard() as db:
            db.execute("BEGIN IMMEDIATE")
            cur = db.executemany(
                f"INSERT OR IGNORE INTO vault_entries (scope, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(scope, r.token, r.entity_type, r.value_mac, r.ciphertext, r.created, r.expires) for r in rows],
            )
            db.execute("COMMIT")
        self._checkpointer.committed()
        return cur.rowcount

    def purge(
        self,
        *,
        scope: str | None = None,
        scope_prefix: str | None = None,
        older_than: float | None = None,
        expired_before: float | None = None,
    ) -> int:
        _require_filter(scope, scope_prefix, older_than, expired_before)
        where, params = [], []
        for clause, value in (
            ("scope = ?", scope),
            ("substr(scope, 1, length(?)) = ?", scope_prefix),
            ("created < ?", older_than),
            ("expires <= ?", expired_before),
        ):
            if value is not None:
                where.append(clause)
                params.extend([value] * clause.count("?"))
        with self._guard() as db:
            return db.execute(f"DELETE FROM vault_entries WHERE {' AND '.join(where)}", params).rowcount

    def close(self) -> None:
        self._checkpointer.close()
        with self._lock:
            self._db.close()


_PG_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS phigate_vault (
        scope TEXT NOT NULL,
        token TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        value_mac BYTEA NOT NULL,
        ciphertext BYTEA NOT NULL,
        created DOUBLE PRECISION NOT NULL,
        expires DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (scope, token),
        UNIQUE (scope, value_mac)
    )""",
    "CREATE INDEX IF NOT EXISTS phigate_vault_expires ON phigate_vault (expires)",
)


class PostgresVaultStore:
    """The ``phigate_vault`` table in PostgreSQL (created if missing, versioned in ``phigate_meta``).

    Give a DSN (the store opens and owns a pool) or a shared ``psycopg_pool.ConnectionPool`` opened with
    ``phigate.stores.postgres.open_pool`` (autocommit connections; the store leaves it open).
    """

    def __init__(self, dsn: str | None = None, *, pool: ConnectionPool | None = None, timeout: float = 10.0) -> None:
        try:
            from phigate.stores import postgres
        except ImportError:  # pragma: no cover - depends on the installed extras
            raise ConfigError("the PostgreSQL vault needs psycopg: pip install 'phigate[postgres]'") from None
        if dsn is not None and pool is None:
            self.name = f"postgres vault {postgres.describe(dsn)}"
            pool, self._owned = postgres.open_pool(dsn, timeout=timeout, what=self.name), True
        elif pool is not None and dsn is None:
            self.name = f"postgres vault {postgres.describe(pool.conninfo)}"
            self._owned = False
        else:
            raise ConfigError("PostgresVaultStore needs exactly one of dsn or pool")
        self._pg = postgres
        self._pool = pool
        try:
            postgres.ensure_schema(
                self._pool, component="vault", version=SCHEMA_VERSION, ddl=_PG_SCHEMA, what=self.name
            )
        except BaseException:
            self.close()
            raise

    def load(self, scope: str, now: float) -> list[VaultRow]:
        with self._pg.errors_as_store_error(self.name), self._pool.connection() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM phigate_vault WHERE scope = %s AND expires > %s", (scope, now)
            ).fetchall()
        return [VaultRow(*r) for r in rows]

    def add(self, scope: str, rows: Sequence[VaultRow]) -> int:
        # One statement (atomic in autocommit, one round trip); ON CONFLICT without a target covers both
        # unique constraints.
        with self._pg.errors_as_store_error(self.name), self._pool.connection() as conn:
            cur = conn.execute(
                f"INSERT INTO phigate_vault (scope, {_COLUMNS}) SELECT %s, * FROM unnest("
                "%s::text[], %s::text[], %s::bytea[], %s::bytea[], %s::float8[], %s::float8[]) "
                "ON CONFLICT DO NOTHING",
                (
                    scope,
                    [r.token for r in rows],
                    [r.entity_type for r in rows],
                    [r.value_mac for r in rows],
                    [r.ciphertext for r in rows],
                    [r.created for r in rows],
                    [r.expires for r in rows],
                ),
            )
            return cur.rowcount

    def purge(
        self,
        *,
        scope: str | None = None,
        scope_prefix: str | None = None,
        older_than: float | None = None,
        expired_before: float | None = None,
    ) -> int:
        _require_filter(scope, scope_prefix, older_than, expired_before)
        with self._pg.errors_as_store_error(self.name), self._pool.connection() as conn:
            cur = conn.execute(
                "DELETE FROM phigate_vault WHERE (%(s)s::text IS NULL OR scope = %(s)s) "
                "AND (%(p)s::text IS NULL OR starts_with(scope, %(p)s)) "
                "AND (%(o)s::float8 IS NULL OR created < %(o)s) "
                "AND (%(e)s::float8 IS NULL OR expires <= %(e)s)",
                {"s": scope, "p": scope_prefix, "o": older_than, "e": expired_before},
            )
            return cur.rowcount

    def close(self) -> None:
        if self._owned:
            self._pool.close()

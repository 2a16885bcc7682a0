"""Where the ledger lives: a narrow ``LedgerStore`` protocol, an in-memory double, SQLite and PostgreSQL.

Every store appends a batch in ONE transaction that reads the committed chain head, chains the batch
after it and moves the head, all under the head's write lock (SQLite: ``BEGIN IMMEDIATE``;
PostgreSQL: ``SELECT ... FOR UPDATE`` on the one-row head table). Several processes writing to one
store therefore build one chain in one order. Cutting a checkpoint takes a second lock so that two
processes never sign overlapping ranges. Failures surface as ``StoreError`` (fail closed).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

import orjson

from phigate.audit.records import GENESIS, ROW_COLUMNS, AuditRecord, Checkpoint, Row, seal
from phigate.errors import ConfigError, StoreError
from phigate.stores.sqlite import WalCheckpointer, open_sqlite

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool

    from phigate.policy import AuditSpec

SCHEMA_VERSION = 2  # 2: the audit payloads table
MakeCheckpoint = Callable[[int, int, Sequence[bytes]], Checkpoint]
"""``make(seq_from, seq_to, record_hashes)`` → the signed checkpoint over those records."""

_COLS = ", ".join(ROW_COLUMNS)
_PAYLOAD_COLS = "seq, conversation, ts, blob"
Payloads = Sequence[bytes | None] | None
"""The sealed payload of each entry of a batch (None: none), or None for a batch without any."""
_CP_COLS = "seq_from, seq_to, root, ts, signature, key_id"


@dataclass(frozen=True, slots=True)
class RowFilter:
    """Record filters a store applies itself: ``since <= ts < until``, app, ``status_min..status_max``."""

    since: float | None = None
    until: float | None = None
    app: str | None = None
    status_min: int | None = None
    status_max: int | None = None


class LedgerStore(Protocol):
    name: str

    def append(self, entries: Sequence[Mapping[str, Any]], payloads: Payloads = None) -> list[AuditRecord]:
        """Chain normalized ``entries`` after the committed head and commit them, with their
        ``payloads``, in one transaction."""

    def payload(self, seq: int) -> bytes | None:
        """The sealed payload kept with record ``seq``, or None (never kept, or purged)."""

    def payloads(self, after: int, limit: int) -> list[tuple[int, bytes]]:
        """Up to ``limit`` ``(seq, sealed payload)`` pairs with ``seq > after``, by seq."""

    def purge_payloads(self, *, conversation: str | None = None, before: float | None = None) -> int:
        """Delete the payloads of a conversation, or of records older than ``before``; how many."""

    def head(self) -> tuple[int, str]:
        """``(seq, hash)`` of the last committed record as the head row says; ``(0, GENESIS)`` if empty."""

    def rows(self, after: int, limit: int, where: RowFilter | None = None) -> list[Row]:
        """Up to ``limit`` stored rows (``ROW_COLUMNS`` order) with ``seq > after``, by seq."""

    def hashes(self, seq_from: int, seq_to: int) -> list[bytes]:
        """The stored raw hashes of records ``seq_from..seq_to``, by seq (fewer if some are missing)."""

    def cut_checkpoint(self, make: MakeCheckpoint, limit: int) -> Checkpoint | None:
        """Sign and store a checkpoint over up to ``limit`` committed records after the last checkpoint;
        None when every record is covered already."""

    def checkpoints(self) -> list[Checkpoint]:
        """Every checkpoint, by ``seq_from``."""

    def close(self) -> None: ...


class MemoryLedgerStore:
    """In-process store for tests; ``records`` (seq → row) and ``cps`` are open to tampering."""

    name = "memory ledger"
    commits_in_loop = True

    def __init__(self) -> None:
        self.records: dict[int, tuple[Any, ...]] = {}
        self.cps: dict[int, Checkpoint] = {}
        self.head_row: tuple[int, str] = (0, GENESIS)
        self.kept: dict[int, tuple[Any, ...]] = {}  # seq → payload row
        self._lock = threading.Lock()

    def append(self, entries: Sequence[Mapping[str, Any]], payloads: Payloads = None) -> list[AuditRecord]:
        with self._lock:
            seq, prev = self.head_row
            records, rows = seal(entries, seq + 1, prev)
            for row in rows:
                self.records[row[0]] = row
            for p in payload_rows(records, payloads):
                self.kept[p[0]] = p
            if records:
                self.head_row = (records[-1].seq, records[-1].hash)
            return records

    def payload(self, seq: int) -> bytes | None:
        row = self.kept.get(seq)
        return None if row is None else bytes(row[3])

    def payloads(self, after: int, limit: int) -> list[tuple[int, bytes]]:
        with self._lock:
            return [(s, bytes(self.kept[s][3])) for s in sorted(self.kept) if s > after][:limit]

    def purge_payloads(self, *, conversation: str | None = None, before: float | None = None) -> int:
        with self._lock:
            doomed = [s for s, p in self.kept.items() if _purged(p, conversation, before)]
            for s in doomed:
                del self.kept[s]
        return len(doomed)

    def head(self) -> tuple[int, str]:
        return self.head_row

    def rows(self, after: int, limit: int, where: RowFilter | None = None) -> list[Row]:
        with self._lock:
            seqs = sorted(s for s in self.records if s > after)
            found = (self.records[s] for s in seqs)
            out = [r for r in found if where is None or _matches(r, where)]
        return out[:limit]

    def hashes(self, seq_from: int, seq_to: int) -> list[bytes]:
        with self._lock:
            return [self.records[s][1] for s in sorted(self.records) if seq_from <= s <= seq_to]

    def cut_checkpoint(self, make: MakeCheckpoint, limit: int) -> Checkpoint | None:
        with self._lock:
            last = max((c.seq_to for c in self.cps.values()), default=0)
            head = self.head_row[0]
            if head <= last:
                return None
            top = min(head, last + limit)
            cp = make(last + 1, top, [self.records[s][1] for s in sorted(self.records) if last < s <= top])
            self.cps[cp.seq_from] = cp
            return cp

    def checkpoints(self) -> list[Checkpoint]:
        with self._lock:
            return [self.cps[k] for k in sorted(self.cps)]

    def close(self) -> None:
        pass


def open_store(spec: AuditSpec, data_dir: Path) -> LedgerStore:
    """The store the policy's ``audit`` section names (PostgreSQL: the DSN from ``spec.dsn_env``)."""
    if spec.store == "memory":
        return MemoryLedgerStore()
    if spec.store == "sqlite":
        return SqliteLedgerStore(data_dir / "audit.db", synchronous=spec.sqlite_synchronous)
    from phigate.config import dsn_from_env

    return PostgresLedgerStore(dsn_from_env(spec.dsn_env, "audit"))


def payload_rows(records: Sequence[AuditRecord], payloads: Payloads) -> list[tuple[Any, ...]]:
    """``(seq, conversation, ts, blob)`` rows for the records of a batch that carry a payload."""
    if payloads is None:
        return []
    return [(r.seq, r.conversation, r.ts, p) for r, p in zip(records, payloads, strict=True) if p is not None]


def _purged(row: tuple[Any, ...], conversation: str | None, before: float | None) -> bool:
    return (conversation is not None and row[1] == conversation) or (before is not None and row[2] < before)


def _purge_where(conversation: str | None, before: float | None, mark: str) -> tuple[str, list[Any]]:
    terms: list[str] = []
    params: list[Any] = []
    if conversation is not None:
        terms.append(f"conversation = {mark}")
        params.append(conversation)
    if before is not None:
        terms.append(f"ts < {mark}")
        params.append(before)
    if not terms:
        raise ValueError("purge_payloads needs a conversation or a time")
    return " OR ".join(terms), params


def _matches(row: Row, w: RowFilter) -> bool:
    rec = orjson.loads(row[2])
    return (
        (w.since is None or rec["ts"] >= w.since)
        and (w.until is None or rec["ts"] < w.until)
        and (w.app is None or rec["app"] == w.app)
        and (w.status_min is None or rec["status"] >= w.status_min)
        and (w.status_max is None or rec["status"] <= w.status_max)
    )


def _where(w: RowFilter | None, field: Callable[[str, str], str], mark: str) -> tuple[str, list[Any]]:
    """SQL conditions (after ``seq > ?``) on body fields and their parameters; ``field(name, sqltype)``
    extracts a body field in the store's dialect, ``mark`` is the driver's placeholder."""
    if w is None:
        return "", []
    parts, params = [], []
    for name, kind, op, value in (
        ("ts", "float8", ">=", w.since),
        ("ts", "float8", "<", w.until),
        ("app", "text", "=", w.app),
        ("status", "int", ">=", w.status_min),
        ("status", "int", "<=", w.status_max),
    ):
        if value is not None:
            parts.append(f" AND {field(name, kind)} {op} {mark}")
            params.append(value)
    return "".join(parts), params


def _sqlite_field(name: str, kind: str) -> str:
    return f"json_extract(body, '$.{name}')"


def _pg_field(name: str, kind: str) -> str:
    return f"(body::json->>'{name}')::{kind}"


_SQLITE_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS audit_records (seq INTEGER PRIMARY KEY, hash BLOB NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit_checkpoints (
    seq_from INTEGER PRIMARY KEY, seq_to INTEGER NOT NULL, root TEXT NOT NULL, ts REAL NOT NULL,
    signature TEXT NOT NULL, key_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL);
INSERT OR IGNORE INTO audit_head (id, seq, hash) VALUES (1, 0, '{GENESIS}');
CREATE TABLE IF NOT EXISTS audit_payloads (
    seq INTEGER PRIMARY KEY, conversation TEXT, ts REAL NOT NULL, blob BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_payloads_conversation ON audit_payloads (conversation);
"""


class SqliteLedgerStore:
    """The ledger in its own SQLite file (WAL; ``PRAGMA user_version`` holds the schema version).

    ``synchronous="NORMAL"`` (default) survives a killed process (committed pages are in the WAL, which
    the OS keeps) but may lose the last commits on power loss; ``"FULL"`` fsyncs the WAL at every
    commit and survives power loss too. Group commit makes either one sync per batch.

    With ``NORMAL`` a commit is CPU work, not a wait, so the ledger runs it on the event loop
    (``commits_in_loop``): a thread would only contend for the GIL; the WAL checkpoints, which do wait
    on fsync, then run on a thread of their own (``WalCheckpointer``). ``FULL`` commits wait on fsync
    and run on the ledger's writer thread, checkpoints included.
    """

    def __init__(self, path: Path | str, *, synchronous: Literal["NORMAL", "FULL"] = "NORMAL") -> None:
        self.path = Path(path)
        self.name = f"sqlite ledger {self.path}"
        self.commits_in_loop = synchronous != "FULL"
        self._lock = threading.Lock()
        self._db = open_sqlite(
            self.path, self.name, what="ledger", version=SCHEMA_VERSION, schema=_SQLITE_SCHEMA, synchronous=synchronous
        )
        self._checkpointer: WalCheckpointer | None = None
        if self.commits_in_loop:
            self._checkpointer = WalCheckpointer(self._db, self.path, self.name)

    @contextmanager
    def _guard(self, write: bool = False) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                if write:
                    self._db.execute("BEGIN IMMEDIATE")
                yield self._db
                if write:
                    self._db.execute("COMMIT")
                    if self._checkpointer is not None:
                        self._checkpointer.committed()
            except BaseException as exc:
                with suppress(sqlite3.Error):
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"{self.name}: {exc}") from None
                raise

    def append(self, entries: Sequence[Mapping[str, Any]], payloads: Payloads = None) -> list[AuditRecord]:
        with self._guard(write=True) as db:
            seq, prev = db.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
            records, rows = seal(entries, seq + 1, prev)
            db.executemany(f"INSERT INTO audit_records ({_COLS}) VALUES (?, ?, ?)", rows)
            if payloads is not None:
                db.executemany(
                    f"INSERT INTO audit_payloads ({_PAYLOAD_COLS}) VALUES (?, ?, ?, ?)",
                    payload_rows(records, payloads),
                )
            if records:
                db.execute("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", (records[-1].seq, records[-1].hash))
        return records

    def head(self) -> tuple[int, str]:
        with self._guard() as db:
            seq, digest = db.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
        return int(seq), str(digest)

    def payload(self, seq: int) -> bytes | None:
        with self._guard() as db:
            row = db.execute("SELECT blob FROM audit_payloads WHERE seq = ?", (seq,)).fetchone()
        return None if row is None else bytes(row[0])

    def payloads(self, after: int, limit: int) -> list[tuple[int, bytes]]:
        with self._guard() as db:
            rows = db.execute(
                "SELECT seq, blob FROM audit_payloads WHERE seq > ? ORDER BY seq LIMIT ?", (after, limit)
            ).fetchall()
        return [(int(s), bytes(b)) for s, b in rows]

    def purge_payloads(self, *, conversation: str | None = None, before: float | None = None) -> int:
        cond, params = _purge_where(conversation, before, "?")
        with self._guard(write=True) as db:
            return int(db.execute(f"DELETE FROM audit_payloads WHERE {cond}", params).rowcount)

    def rows(self, after: int, limit: int, where: RowFilter | None = None) -> list[Row]:
        cond, params = _where(where, _sqlite_field, "?")
        with self._guard() as db:
            return db.execute(
                f"SELECT {_COLS} FROM audit_records WHERE seq > ?{cond} ORDER BY seq LIMIT ?", (after, *params, limit)
            ).fetchall()

    def hashes(self, seq_from: int, seq_to: int) -> list[bytes]:
        with self._guard() as db:
            rows = db.execute(
                "SELECT hash FROM audit_records WHERE seq BETWEEN ? AND ? ORDER BY seq", (seq_from, seq_to)
            ).fetchall()
        return [r[0] for r in rows]

    def cut_checkpoint(self, make: MakeCheckpoint, limit: int) -> Checkpoint | None:
        with self._guard(write=True) as db:
            last = db.execute("SELECT COALESCE(MAX(seq_to), 0) FROM audit_checkpoints").fetchone()[0]
            head = db.execute("SELECT seq FROM audit_head WHERE id = 1").fetchone()[0]
            if head <= last:
                return None
            top = min(head, last + limit)
            rows = db.execute(
                "SELECT hash FROM audit_records WHERE seq > ? AND seq <= ? ORDER BY seq", (last, top)
            ).fetchall()
            cp = make(last + 1, top, [r[0] for r in rows])
            db.execute(f"INSERT INTO audit_checkpoints ({_CP_COLS}) VALUES (?, ?, ?, ?, ?, ?)", _cp_row(cp))
        return cp

    def checkpoints(self) -> list[Checkpoint]:
        with self._guard() as db:
            rows = db.execute(f"SELECT {_CP_COLS} FROM audit_checkpoints ORDER BY seq_from").fetchall()
        return [Checkpoint(*r) for r in rows]

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.close()
        with self._lock:
            self._db.close()  # the last connection to close checkpoints what is left


def _cp_row(cp: Checkpoint) -> tuple[Any, ...]:
    return (cp.seq_from, cp.seq_to, cp.root, cp.ts, cp.signature, cp.key_id)


_PG_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS phigate_audit_records (seq BIGINT PRIMARY KEY, hash BYTEA NOT NULL, "
    "body TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS phigate_audit_checkpoints (
        seq_from BIGINT PRIMARY KEY, seq_to BIGINT NOT NULL, root TEXT NOT NULL, ts DOUBLE PRECISION NOT NULL,
        signature TEXT NOT NULL, key_id TEXT NOT NULL
    )""",
    # Row 1: the chain head (appends lock it); row 2: only a lock that serialises checkpoint cutters.
    "CREATE TABLE IF NOT EXISTS phigate_audit_head (id SMALLINT PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)",
    f"INSERT INTO phigate_audit_head VALUES (1, 0, '{GENESIS}'), (2, 0, '') ON CONFLICT DO NOTHING",
    "CREATE TABLE IF NOT EXISTS phigate_audit_payloads (seq BIGINT PRIMARY KEY, conversation TEXT, "
    "ts DOUBLE PRECISION NOT NULL, blob BYTEA NOT NULL)",
    "CREATE INDEX IF NOT EXISTS phigate_audit_payloads_conversation ON phigate_audit_payloads (conversation)",
)


class PostgresLedgerStore:
    """The ``phigate_audit_*`` tables in PostgreSQL (versioned in ``phigate_meta``); several gateway
    processes may write to one of them. Give a DSN (the store owns its pool) or a shared pool opened
    with ``phigate.stores.postgres.open_pool`` (left open)."""

    def __init__(self, dsn: str | None = None, *, pool: ConnectionPool | None = None, timeout: float = 10.0) -> None:
        try:
            from phigate.stores import postgres
        except ImportError:  # pragma: no cover - depends on the installed extras
            raise ConfigError("the PostgreSQL ledger needs psycopg: pip install 'phigate[postgres]'") from None
        if dsn is not None and pool is None:
            self.name = f"postgres ledger {postgres.describe(dsn)}"
            pool, self._owned = postgres.open_pool(dsn, max_size=4, timeout=timeout, what=self.name), True
        elif pool is not None and dsn is None:
            self.name = f"postgres ledger {postgres.describe(pool.conninfo)}"
            self._owned = False
        else:
            raise ConfigError("PostgresLedgerStore needs exactly one of dsn or pool")
        self._pg = postgres
        self._pool = pool
        try:
            postgres.ensure_schema(pool, component="audit", version=SCHEMA_VERSION, ddl=_PG_SCHEMA, what=self.name)
        except BaseException:
            self.close()
            raise

    def append(self, entries: Sequence[Mapping[str, Any]], payloads: Payloads = None) -> list[AuditRecord]:
        with self._pg.errors_as_store_error(self.name), self._pool.connection() as conn, conn.transaction():
            row = conn.execute("SELECT seq, hash FROM phigate_audit_head WHERE id = 1 FOR UPDATE").fetchone()
            if row is None:
                raise StoreError(f"{self.name}: the chain head row is missing")
            records, rows = seal(entries, int(row[0]) + 1, str(row[1]))
            with conn.cursor().copy(f"COPY phigate_audit_records ({_COLS}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
            if payloads is not None:
                with conn.cursor() as cur:
                    cur.executemany(
                        f"INSERT INTO phigate_audit_payloads ({_PAYLOAD_COLS}) VALUES (%s, %s, %s, %s)",
                        payload_rows(records, payloads),
                    )
            if records:
                conn.execute(
                    "UPDATE phigate_audit_head SET seq = %s, hash = %s WHERE id = 1",
                    (records[-1].seq, records[-1].hash),
                )
        return records

    def head(self) -> tuple[int, str]:
        with self._pg.errors_as_store_error(self.name), self._pool.connection() as conn:
            row = conn.execute("SELECT seq, hash FROM phigate_audit_head WHERE id = 1").fetchone()
        return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))

    def payload(self, seq: int) -> bytes | None:
        with self._pg.errors_as_store_error(self.name), self._pool.connection() as conn:
            row = conn.execute("SELECT blob FROM phigate_audit_payloads WHERE seq = %s", (seq,)).fetchone()
        return None if row is None else bytes(row[0])

    def payloads(self, after: int, limit: int) -> list[tuple[int, bytes]]:
        with self._pg.errors_as_store_error(self.name), self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT seq, blob FROM phigate_audit_payloads WHERE seq > %s ORDER BY seq LIMIT %s", (after, limit)
            ).fetchall()
        return [(int(s), bytes(b)) for s, b in rows]

    def purge_payloads(self, *, conversation: str | None = None, before: float | None = None) -> int:
        cond, params = _purge_where(conversation, before, "%s")
        with self._pg.errors_as_store_error(self.name), self._pool.connection() as conn, conn.transaction():
            return int(conn.execute(f"DELETE FROM phigate_audit_payloads WHERE {cond}", params).rowcount)

    def rows(self, after: int, limit: int, where: RowFilter | None = None) -> list[Row]:
        cond, params = _where(where, _pg_field, "%s")
        with self._pg.errors_as_store_error(self.name), self._pool.connection() as conn:
            return conn.execute(
                f"SELECT {_COLS} FROM phigate_audit_records WHERE seq > %s{cond} ORDER BY seq LIMIT %s",
                (after, *params, limit),
            ).fetchall()

    def hashes(self, seq_from: int, seq_to: int) -> list[bytes]:
        with self._pg.errors_as_store_error(self.name), self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT hash FROM phigate_audit_records WHERE seq BETWEEN %s AND %s ORDER BY seq", (seq_from, seq_to)
            ).fetchall()
        return [r[0] for r in rows]

    def cut_checkpoint(self, make: MakeCheckpoint, limit: int) -> Checkpoint | None:
        with self._pg.errors_as_store_error(self.name), self._pool.connection() as conn, conn.transaction():
            conn.execute("SELECT 1 FROM phigate_audit_head WHERE id = 2 FOR UPDATE")
            last = conn.execute("SELECT COALESCE(MAX(seq_to), 0) FROM phigate_audit_checkpoints").fetchone()
            head = conn.execute("SELECT seq FROM phigate_audit_head WHERE id = 1").fetchone()
            assert last is not None and head is not None
            if head[0] <= last[0]:
                return None
            top = min(int(head[0]), int(last[0]) + limit)
            rows = conn.execute(
                "SELECT hash FROM phigate_audit_records WHERE seq > %s AND seq <= %s ORDER BY seq", (last[0], top)
            ).fetchall()
            cp = make(int(last[0]) + 1, top, [r[0] for r in rows])
            conn.execute(
                f"INSERT INTO phigate_audit_checkpoints ({_CP_COLS}) VALUES (%s, %s, %s, %s, %s, %s)",
                _cp_row(cp),
            )
        return cp

    def checkpoints(self) -> list[Checkpoint]:
        with self._pg.errors_as_store_error(self.name), self._pool.connection() as conn:
            rows = conn.execute(f"SELECT {_CP_COLS} FROM phigate_audit_checkpoints ORDER BY seq_from").fetchall()
        return [Checkpoint(*r) for r in rows]

    def close(self) -> None:
        if self._owned:
            self._pool.close()

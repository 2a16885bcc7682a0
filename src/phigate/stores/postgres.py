"""PostgreSQL plumbing shared by the vault and the audit ledger: one pool, errors as ``StoreError``, and
schema versions kept in a small ``phigate_meta`` table so an older phigate refuses a newer schema.

Needs the ``postgres`` extra (``pip install 'phigate[postgres]'``); import this module lazily.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import LiteralString

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from phigate.errors import StoreError

_META = """
CREATE TABLE IF NOT EXISTS phigate_meta (
    component TEXT PRIMARY KEY,
    version INTEGER NOT NULL
)
"""


def describe(conninfo: object) -> str:
    """``host:port/dbname`` of a connection string, without the password, for error messages."""
    if not isinstance(conninfo, str):
        return "postgresql (conninfo from a callable)"
    try:
        params = psycopg.conninfo.conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError:
        return "postgresql (unparsable DSN)"
    host = params.get("host") or "localhost"
    port = params.get("port") or 5432
    return f"postgresql://{host}:{port}/{params.get('dbname') or ''}"


def open_pool(
    conninfo: str, *, min_size: int = 1, max_size: int = 8, timeout: float = 10.0, what: str | None = None
) -> ConnectionPool:
    """An open autocommit pool that has made its first connection, or ``StoreError`` naming the server
    (``what``, default its address) and the reason.

    Autocommit keeps a lone SELECT or INSERT at one round trip; multi-statement writes use
    ``conn.transaction()`` explicitly.
    """
    what = what or describe(conninfo)
    pool: ConnectionPool = ConnectionPool(
        conninfo,
        min_size=min_size,
        max_size=max_size,
        kwargs={"autocommit": True},
        open=False,
        timeout=timeout,
        name="phigate",
    )
    try:
        pool.open(wait=True, timeout=timeout)
    except PoolTimeout:
        pool.close()
        reason = "timed out"
        try:  # the pool only says it timed out: one direct attempt tells why
            psycopg.connect(conninfo, connect_timeout=max(1, int(timeout))).close()
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0]
        raise StoreError(f"{what}: cannot connect to PostgreSQL within {timeout:g} s: {reason}") from None
    return pool


@contextmanager
def errors_as_store_error(what: str) -> Iterator[None]:
    """Turn psycopg and pool errors into ``StoreError`` naming ``what`` (fail closed, keep the cause)."""
    try:
        yield
    except PoolTimeout:
        raise StoreError(f"{what}: no PostgreSQL connection available (pool timeout)") from None
    except psycopg.Error as exc:
        raise StoreError(f"{what}: {type(exc).__name__}: {str(exc).strip()}") from exc


def ensure_schema(
    pool: ConnectionPool, *, component: str, version: int, ddl: Sequence[LiteralString], what: str
) -> None:
    """Create ``component``'s tables with the ``ddl`` statements if missing and record ``version``; a database that
    holds a newer version raises ``StoreError``. An advisory lock serialises concurrent first starts."""
    with errors_as_store_error(what), pool.connection() as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('phigate_meta'))")
        conn.execute(_META)
        row = conn.execute("SELECT version FROM phigate_meta WHERE component = %s", (component,)).fetchone()
        found = 0 if row is None else int(row[0])
        if found > version:
            raise StoreError(
                f"{what} was written by a newer phigate ({component} schema {found}, this one knows "
                f"{version}); upgrade phigate"
            )
        for statement in ddl:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO phigate_meta (component, version) VALUES (%s, %s) "
            "ON CONFLICT (component) DO UPDATE SET version = EXCLUDED.version",
            (component, version),
        )

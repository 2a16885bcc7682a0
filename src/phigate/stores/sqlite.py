"""Opening phigate's SQLite files the same way everywhere: WAL, a busy timeout, a versioned schema.

``PRAGMA user_version`` holds the schema version of the file; a file written by a newer phigate is
refused with a message naming both versions, so an older binary never misreads it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Literal

from phigate.errors import StoreError


def open_sqlite(
    path: Path,
    name: str,
    *,
    what: str,
    version: int,
    schema: str,
    synchronous: Literal["NORMAL", "FULL"] = "NORMAL",
    busy_timeout_ms: int = 30000,
) -> sqlite3.Connection:
    """A connection (autocommit mode, usable from any thread under the caller's lock) with ``schema``
    applied. NORMAL synchronous in WAL mode survives a process crash; FULL survives power loss too."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"{name}: cannot open: {exc}") from None
    try:
        db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(f"PRAGMA synchronous={'FULL' if synchronous == 'FULL' else 'NORMAL'}")
        found = db.execute("PRAGMA user_version").fetchone()[0]
        if found > version:
            raise StoreError(
                f"{name} was written by a newer phigate ({what} schema {found}, this one knows {version}); "
                "upgrade phigate"
            )
        # One IMMEDIATE transaction: two processes opening a new file at once cannot interleave the DDL.
        db.execute("BEGIN IMMEDIATE")
        for statement in schema.split(";\n"):
            if statement.strip():
                db.execute(statement)
        db.execute(f"PRAGMA user_version={int(version)}")
        db.execute("COMMIT")
    except BaseException as exc:
        db.close()
        if isinstance(exc, sqlite3.Error):
            raise StoreError(f"{name}: cannot open: {exc}") from None
        raise
    return db

"""Opening phigate's SQLite files the same way everywhere: WAL, a busy timeout, a versioned schema.

``PRAGMA user_version`` holds the schema version of the file; a file written by a newer phigate is
refused with a message naming both versions, so an older binary never misreads it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import Literal

from phigate.errors import StoreError

log = logging.getLogger("phigate.stores")


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


class WalCheckpointer:
    """Runs a file's WAL checkpoints on a thread of its own, for a connection that commits on the event
    loop. SQLite's automatic checkpoint runs inside whichever commit crosses the threshold and copies the
    WAL back into the database with an fsync: a stall of tens of milliseconds for every request waiting
    on the loop. Here a PASSIVE checkpoint (it never blocks the writer; sqlite3 releases the GIL while
    it works) runs every ``every`` commits beside the loop. The connection keeps an automatic checkpoint
    at a high threshold (``AUTOCHECKPOINT_PAGES``) as the bound: should the file grow that far under
    load without a pause, the commit that crosses it checkpoints the little left over and the WAL
    starts again."""

    AUTOCHECKPOINT_PAGES = 16384  # 64 MB of WAL at SQLite's default 4 KB pages

    def __init__(self, db: sqlite3.Connection, path: Path, name: str, *, every: int = 64) -> None:
        db.execute(f"PRAGMA wal_autocheckpoint={self.AUTOCHECKPOINT_PAGES}")
        self.path, self.name, self.every = path, name, every
        self._count = 0
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def committed(self) -> None:
        """Count one commit; every ``every`` commits, wake the checkpointer."""
        self._count += 1
        if self._count < self.every:
            return
        self._count = 0
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="phigate-wal-checkpoint", daemon=True)
            self._thread.start()
        self._wake.set()

    def _run(self) -> None:
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=0)
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._stopping:
                    return
                try:
                    db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                except sqlite3.Error as exc:  # the next wake-up tries again; the bound above still holds
                    log.warning("%s: WAL checkpoint failed (will retry): %s", self.name, exc)
        finally:
            db.close()

    def close(self) -> None:
        if self._thread is not None:
            self._stopping = True
            self._wake.set()
            self._thread.join()
            self._thread = None

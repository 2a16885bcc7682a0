"""The audit ledger: one hash-chained, signed record per request, never any message text.

Build one from a data directory (SQLite) or a PostgreSQL DSN::

    key = AuditKey.load(data_dir)
    ledger = Ledger(SqliteLedgerStore(data_dir / "audit.db"), key)   # or PostgresLedgerStore(dsn)
    recorder = LedgerRecorder(ledger, policy_sha256)
"""

from __future__ import annotations

from phigate.audit.ledger import Ledger, LedgerRecorder
from phigate.audit.records import AuditRecord, Checkpoint, canonical_json
from phigate.audit.signing import AuditKey
from phigate.audit.stores import LedgerStore, MemoryLedgerStore, PostgresLedgerStore, RowFilter, SqliteLedgerStore
from phigate.audit.verify import VerifyReport, build_proof, check_proof

__all__ = [
    "AuditKey",
    "AuditRecord",
    "Checkpoint",
    "Ledger",
    "LedgerRecorder",
    "LedgerStore",
    "MemoryLedgerStore",
    "PostgresLedgerStore",
    "RowFilter",
    "SqliteLedgerStore",
    "VerifyReport",
    "build_proof",
    "canonical_json",
    "check_proof",
]

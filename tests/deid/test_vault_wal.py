"""The SQLite vault commits on the event loop; its WAL checkpoints run beside it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from phigate.deid.operators import placeholder
from phigate.deid.vault import SqliteVaultStore, Vault
from phigate.stores.sqlite import WalCheckpointer


def test_vault_wal_is_checkpointed_by_its_own_thread(tmp_path: Path) -> None:
    store = SqliteVaultStore(tmp_path / "vault.db")
    pages = store._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    assert pages == WalCheckpointer.AUTOCHECKPOINT_PAGES  # no commit stalls on a checkpoint below 64 MB
    vault = Vault(store, b"k" * 32)
    for i in range(640):  # a conversation each: one commit each
        session = vault.session(f"app\x1fconv-{i}")
        session.token_for("PERSON", f"Patient Number{i}", placeholder)
        session.commit()
    time.sleep(0.3)
    assert (tmp_path / "vault.db").stat().st_size > 100_000  # the thread copied the WAL back
    vault.close()
    assert not any(t.name == "phigate-wal-checkpoint" for t in threading.enumerate())

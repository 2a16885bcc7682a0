"""Real processes: kill -9 under load loses no acknowledged record; two writers share one PostgreSQL chain."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from phigate.audit import AuditKey, Ledger, LedgerStore, PostgresLedgerStore, SqliteLedgerStore
from phigate.audit.signing import KEY_FILE

REPO = Path(__file__).resolve().parents[2]
WRITER = """
import asyncio, sys
from pathlib import Path
from phigate.audit import AuditKey, Ledger, PostgresLedgerStore, SqliteLedgerStore
from tests.audit.ledger_kit import entry

kind, target, key_dir, tag, count = sys.argv[1:6]

async def main() -> None:
    store = SqliteLedgerStore(target) if kind == "sqlite" else PostgresLedgerStore(target)
    ledger = Ledger(store, AuditKey.load(Path(key_dir), create=False), checkpoint_every=100)
    await ledger.start()

    async def worker(w: int) -> None:
        i = 0
        while int(count) == 0 or i < int(count):
            record = await ledger.append(entry(i, request_id=f"{tag}-{w}-{i}"))
            print(record.seq, record.request_id, flush=True)  # only after the commit returned
            i += 1

    await asyncio.gather(*(worker(w) for w in range(8)))
    await ledger.close()

asyncio.run(main())
"""


def _writer(kind: str, target: str, key_dir: Path, tag: str, count: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, kind, target, str(key_dir), tag, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )


def _open(kind: str, target: str) -> LedgerStore:
    return SqliteLedgerStore(target) if kind == "sqlite" else PostgresLedgerStore(target)


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_kill_9_under_load_loses_no_acknowledged_record(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    target = str(tmp_path / "audit.db") if kind == "sqlite" else request.getfixturevalue("postgres_schema_dsn")
    key = AuditKey.load(tmp_path)
    proc = _writer(kind, target, tmp_path, "k9", 0)
    assert proc.stdout is not None and proc.stderr is not None
    acknowledged: list[list[str]] = []
    try:
        while len(acknowledged) < 600:
            line = proc.stdout.readline()
            assert line, f"writer ended early: {proc.stderr.read()}"
            acknowledged.append(line.split())
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        rest, err = proc.communicate(timeout=30)
        acknowledged += [line.split() for line in rest.splitlines() if len(line.split()) == 2]
    assert proc.returncode == -signal.SIGKILL
    store = _open(kind, target)
    try:
        ledger = Ledger(store, key)
        report = ledger.verify()
        stored = {(str(r.seq), r.request_id) for r in ledger.read()}
    finally:
        store.close()
    assert report.ok, report
    assert {tuple(a) for a in acknowledged} <= stored
    assert report.records >= len(acknowledged)


def test_two_processes_write_one_postgres_chain(postgres_schema_dsn: str, tmp_path: Path) -> None:
    key = AuditKey.load(tmp_path)
    assert (tmp_path / KEY_FILE).exists()
    procs = [_writer("postgres", postgres_schema_dsn, tmp_path, tag, 60) for tag in ("a", "b")]
    outputs = [p.communicate(timeout=120) for p in procs]
    for p, (_, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
    store = PostgresLedgerStore(postgres_schema_dsn)
    try:
        ledger = Ledger(store, key)
        report = ledger.verify()
        records = list(ledger.read())
        checkpoints = ledger.checkpoints()
    finally:
        store.close()
    assert report.ok and report.unsigned == 0, report
    assert [r.seq for r in records] == list(range(1, 2 * 8 * 60 + 1))
    assert {r.request_id for r in records} == {f"{t}-{w}-{i}" for t in "ab" for w in range(8) for i in range(60)}
    assert checkpoints[0].seq_from == 1 and checkpoints[-1].seq_to == 960
    assert all(a.seq_to + 1 == b.seq_from for a, b in zip(checkpoints, checkpoints[1:], strict=False))

"""Audit ledger throughput: appends per second through ``Ledger.append`` (group commit, many concurrent
appenders, one writer) on SQLite and PostgreSQL, next to a bare hash-chained insert loop with batches of
500 measured in the same run; and the time ``Ledger.verify`` takes over 1,000,000 SQLite records.

Targets: >= 50,000 appends/s on SQLite, >= 10,000/s on PostgreSQL, 1M records verified in <= 5 s.
PostgreSQL is a throwaway cluster (tests/pg.py) switched back to fsync=on and synchronous_commit=on,
so its commits are as durable as a production server's. Writes bench/results/ledger.json.

    python bench/ledger.py [--quick] [--skip-postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import json
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "src")]

import orjson  # noqa: E402
import psycopg  # noqa: E402

from phigate.audit import AuditKey, Ledger, LedgerStore, PostgresLedgerStore, SqliteLedgerStore  # noqa: E402
from phigate.audit.records import GENESIS, normalize_entry  # noqa: E402

RESULTS_FILE = BENCH_DIR / "results" / "ledger.json"
TARGETS = {"sqlite_appends_per_s": 50_000.0, "postgres_appends_per_s": 10_000.0, "verify_1m_s": 5.0}
APPENDERS = 256  # concurrent coroutines calling append, as concurrent requests would


def entry(i: int) -> dict[str, Any]:
    """A realistic record: ids, counts and verdicts only."""
    return {
        "ts": time.time(),
        "request_id": f"req_{i:016x}",
        "conversation": f"conv_{i % 977:08x}",
        "app": ("intake", "billing", "triage")[i % 3],
        "key_id": f"key_{i % 13:04d}",
        "model": "gemma-3-270m",
        "backend": "embedded",
        "region": "eu-central",
        "policy_sha256": "9f" * 32,
        "entities": {"PERSON": 2, "DATE": 1, "PHONE": i % 2},
        "guards": {"injection": "pass", "egress": "pass"},
        "tokens_in": 120 + i % 50,
        "tokens_out": 240 + i % 70,
        "latency_ms": 12.5 + i % 100,
        "status": 200 if i % 20 else 403,
        "code": None if i % 20 else "phi_blocked",
    }


def bare_loop_sqlite(path: Path, n: int) -> float:
    """The floor: canonical JSON + SHA-256 chain + executemany of 500 per transaction, no ledger."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE r (seq INTEGER PRIMARY KEY, hash BLOB NOT NULL, body TEXT NOT NULL)")
    entries = [normalize_entry(entry(i)) for i in range(500)]
    prev, seq = GENESIS, 0
    start = time.perf_counter()
    for _ in range(n // 500):
        rows = []
        for e in entries:
            seq += 1
            body = orjson.dumps({**e, "seq": seq, "prev_hash": prev}, option=orjson.OPT_SORT_KEYS)
            raw = hashlib.sha256(body).digest()
            rows.append((seq, raw, body.decode()))
            prev = raw.hex()
        db.execute("BEGIN IMMEDIATE")
        db.executemany("INSERT INTO r VALUES (?, ?, ?)", rows)
        db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return n / elapsed


def ledger_appends(make_store: Callable[[], LedgerStore], n: int) -> dict[str, float]:
    """Appends/s through ``Ledger.append`` from APPENDERS concurrent coroutines; checks the result."""
    key = AuditKey.generate()
    prepared = [entry(i) for i in range(n)]

    async def main() -> float:
        ledger = Ledger(make_store(), key)
        await ledger.start()
        per = n // APPENDERS

        async def appender(w: int) -> None:
            for i in range(w * per, (w + 1) * per):
                await ledger.append(prepared[i])

        start = time.perf_counter()
        await asyncio.gather(*(appender(w) for w in range(APPENDERS)))
        elapsed = time.perf_counter() - start
        report = ledger.verify()
        await ledger.close()
        assert report.ok and report.records == per * APPENDERS, report
        return per * APPENDERS / elapsed

    return {"appends_per_s": _run(main())}


def _run(coro: Any) -> Any:
    try:
        import uvloop

        return uvloop.run(coro)
    except ImportError:  # pragma: no cover - uvloop is absent on Windows
        return asyncio.run(coro)


def verify_1m(path: Path, n: int) -> dict[str, float]:
    """Fill ``n`` records (batches of 500, a checkpoint every 1000), then time one full verify."""
    store = SqliteLedgerStore(path)
    ledger = Ledger(store, AuditKey.generate())
    batch = [normalize_entry(entry(i)) for i in range(500)]
    fill_start = time.perf_counter()
    for b in range(n // 500):
        store.append(batch)
        if b % 2:
            ledger._cut_all()
    ledger._cut_all()
    fill = time.perf_counter() - fill_start
    start = time.perf_counter()
    report = ledger.verify()
    elapsed = time.perf_counter() - start
    store.close()
    assert report.ok and report.records == n and report.unsigned == 0, report
    return {"records": n, "checkpoints": report.checkpoints, "verify_s": elapsed, "fill_s": fill}


def postgres_run(n: int) -> dict[str, Any]:
    from tests.pg import start_cluster

    cluster = start_cluster()
    try:
        with psycopg.connect(cluster.dsn, autocommit=True) as conn:  # back to production durability
            for setting in ("fsync = on", "synchronous_commit = on", "full_page_writes = on"):
                conn.execute(f"ALTER SYSTEM SET {setting}".encode())
            conn.execute("SELECT pg_reload_conf()")
        time.sleep(0.5)
        with psycopg.connect(cluster.dsn, autocommit=True) as conn:
            settings = {
                name: conn.execute(f"SHOW {name}".encode()).fetchone()[0]  # type: ignore[index]
                for name in ("fsync", "synchronous_commit", "server_version")
            }
        result = ledger_appends(lambda: PostgresLedgerStore(cluster.dsn), n)
        return {**result, "server": settings}
    finally:
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)


def _git_rev() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True)
        return out.stdout.strip()
    except OSError:
        return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="Fewer appends (verify still over 1M records).")
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    n_sqlite = 51_200 if args.quick else 204_800
    n_pg = 25_600 if args.quick else 102_400
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="phigate-bench-ledger-") as tmp:
        d = Path(tmp)
        results["bare_sqlite_appends_per_s"] = bare_loop_sqlite(d / "bare.db", n_sqlite)
        results["sqlite"] = ledger_appends(lambda: SqliteLedgerStore(d / "normal.db"), n_sqlite)
        results["sqlite_full"] = ledger_appends(lambda: SqliteLedgerStore(d / "full.db", synchronous="FULL"), n_sqlite)
        results["verify"] = verify_1m(d / "verify.db", 1_000_000)
    if not args.skip_postgres:
        results["postgres"] = postgres_run(n_pg)

    bare = results["bare_sqlite_appends_per_s"]
    rows = [
        ("bare hash-chained insert loop, SQLite", f"{bare:,.0f}/s", "", "1.00x"),
        (
            "Ledger.append, SQLite (synchronous=NORMAL, default)",
            f"{results['sqlite']['appends_per_s']:,.0f}/s",
            ">= 50,000/s",
            f"{results['sqlite']['appends_per_s'] / bare:.2f}x",
        ),
        (
            "Ledger.append, SQLite (synchronous=FULL)",
            f"{results['sqlite_full']['appends_per_s']:,.0f}/s",
            "",
            f"{results['sqlite_full']['appends_per_s'] / bare:.2f}x",
        ),
    ]
    if "postgres" in results:
        pg = results["postgres"]["appends_per_s"]
        rows.append(("Ledger.append, PostgreSQL (fsync on)", f"{pg:,.0f}/s", ">= 10,000/s", f"{pg / bare:.2f}x"))
    rows.append(("verify 1,000,000 records, SQLite", f"{results['verify']['verify_s']:.2f} s", "<= 5 s", ""))
    met = {
        "sqlite_appends_per_s": results["sqlite"]["appends_per_s"] >= TARGETS["sqlite_appends_per_s"],
        "verify_1m_s": results["verify"]["verify_s"] <= TARGETS["verify_1m_s"],
    }
    if "postgres" in results:
        met["postgres_appends_per_s"] = results["postgres"]["appends_per_s"] >= TARGETS["postgres_appends_per_s"]
    width = max(len(r[0]) for r in rows)
    print(f"\n{'measure':<{width}}  {'result':>14}  {'target':>12}  vs bare")
    for name, value, target, ratio in rows:
        print(f"{name:<{width}}  {value:>14}  {target:>12}  {ratio}")
    print("targets met:", ", ".join(f"{k}={'yes' if v else 'NO'}" for k, v in met.items()))
    RESULTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_FILE.write_text(
        json.dumps(
            {
                "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "git": _git_rev(),
                "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": _cpus()},
                "settings": {"appenders": APPENDERS, "max_batch": 500, "quick": args.quick},
                "results": results,
                "targets": TARGETS,
                "targets_met": met,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"wrote {RESULTS_FILE.relative_to(REPO_ROOT)}")


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


if __name__ == "__main__":
    main()

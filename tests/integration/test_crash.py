"""kill -9 under load: every request whose response was delivered has its ledger record, and the chain
still verifies (the crashed process's unsigned tail is signed by the next start)."""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import signal
import threading
import time
from pathlib import Path

from phigate.audit import AuditKey, Ledger, SqliteLedgerStore
from phigate.keys import KeyStore
from tests.conftest import free_port
from tests.fakes import FakeUpstream, run_fake_upstream
from tests.processes import serve_phigate


def _client_loop(port: int, key: str, delivered: list[str], stop: threading.Event) -> None:
    body = json.dumps({"model": "up", "messages": [{"role": "user", "content": "I am Jane Roe"}]})
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    while not stop.is_set():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            while not stop.is_set():
                conn.request("POST", "/v1/chat/completions", body, headers)
                resp = conn.getresponse()
                data = resp.read()
                if resp.status == 200 and json.loads(data)["choices"]:
                    delivered.append(resp.headers["x-request-id"])
        except (OSError, http.client.HTTPException, ValueError):
            return  # the gateway is gone
        finally:
            conn.close()


def test_kill_9_under_load_loses_no_delivered_record(tmp_path: Path) -> None:
    data = tmp_path / "var"
    with run_fake_upstream(FakeUpstream()) as fake:
        policy = tmp_path / "policy.yaml"
        policy.write_text(
            "apps: {default: {models: [up], limits: {requests_per_minute: null, tokens_per_minute: null}}}\n"
            f"models:\n  up: {{backend: upstream, url: '{fake.url}'}}\n"
            "audit: {checkpoint_every: 50}\n"
        )
        key, _ = KeyStore(data).create("default")
        port = free_port()
        proc = serve_phigate(data, policy, port)
        delivered: list[str] = []
        stop = threading.Event()
        clients = [threading.Thread(target=_client_loop, args=(port, key, delivered, stop)) for _ in range(8)]
        for c in clients:
            c.start()
        deadline = time.monotonic() + 60
        while len(delivered) < 300 and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)  # no shutdown, no final checkpoint
        proc.wait(10)
        stop.set()
        for c in clients:
            c.join(10)
    assert len(delivered) >= 300, "the load did not get going"

    store = SqliteLedgerStore(data / "audit.db")
    ledger = Ledger(store, AuditKey.load(data))
    try:
        recorded = {r.request_id for r in ledger.read()}
        missing = [rid for rid in delivered if rid not in recorded]
        assert missing == [], f"{len(missing)} delivered responses have no ledger record"
        report = ledger.verify()
        assert report.ok, report.problem
        assert report.records >= len(delivered)

        async def restart() -> None:  # the next start signs what the crashed process left unsigned
            await ledger.start()
            after = ledger.verify()
            assert after.ok and after.unsigned == 0
            await ledger.close()

        asyncio.run(restart())
    finally:
        store.close()

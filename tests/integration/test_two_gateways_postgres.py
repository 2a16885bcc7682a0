"""Two gateway processes writing to one PostgreSQL ledger: one chain, in one order, that verifies,
holding a record of every request either gateway answered."""

from __future__ import annotations

import json
from pathlib import Path

from phigate.audit import AuditKey, Ledger, PostgresLedgerStore
from phigate.keys import KeyStore
from tests.conftest import free_port
from tests.fakes import FakeUpstream, run_fake_upstream
from tests.processes import clean_env, serve_phigate
from tests.rawhttp import request


def test_two_gateways_share_one_verifiable_chain(tmp_path: Path, postgres_schema_dsn: str) -> None:
    shared_key = tmp_path / "audit_signing.pem"
    AuditKey.load(tmp_path / "keys")  # creates <dir>/audit_signing.key
    shared_key.write_bytes((tmp_path / "keys" / "audit_signing.key").read_bytes())
    shared_key.chmod(0o600)
    env = clean_env(PHIGATE_AUDIT_SIGNING_KEY=str(shared_key), TEST_AUDIT_DSN=postgres_schema_dsn)
    with run_fake_upstream(FakeUpstream()) as fake:
        policy = tmp_path / "policy.yaml"
        policy.write_text(
            "apps: {default: {models: [up], limits: {requests_per_minute: null, tokens_per_minute: null}}}\n"
            f"models:\n  up: {{backend: upstream, url: '{fake.url}'}}\n"
            "audit: {store: postgres, dsn_env: TEST_AUDIT_DSN, checkpoint_every: 10}\n"
        )
        gateways = []
        for name in ("a", "b"):
            data = tmp_path / name
            key, _ = KeyStore(data).create("default")
            port = free_port()
            gateways.append((port, key, serve_phigate(data, policy, port, env)))
        try:
            answered: list[str] = []
            body = json.dumps({"model": "up", "messages": [{"role": "user", "content": "hello"}]}).encode()
            for i in range(60):
                port, key, _ = gateways[i % 2]
                reply = request(
                    "POST",
                    f"http://127.0.0.1:{port}/v1/chat/completions",
                    body,
                    {"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
                )
                assert reply.status == 200
                answered.append(reply.headers["x-request-id"])
        finally:
            for _, _, proc in gateways:
                proc.terminate()
                proc.wait(30)

    ledger = Ledger(PostgresLedgerStore(postgres_schema_dsn), AuditKey.load(tmp_path / "keys"))
    try:
        records = list(ledger.read())
        assert {r.request_id for r in records} >= set(answered)
        assert [r.seq for r in records] == list(range(1, len(records) + 1))  # one chain, no gaps
        assert len({r.key_id for r in records}) == 2  # both gateways wrote to it
        report = ledger.verify()
        assert report.ok and report.unsigned == 0, report.problem  # both closed cleanly: all signed
    finally:
        ledger.store.close()

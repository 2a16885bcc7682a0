"""Audit payloads: apps with ``audit_payloads`` keep the de-identified prompt and answer beside the
ledger, sealed under the vault key; the record holds only their digest; purges shred them and the
ledger still verifies; an altered payload is caught."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import openai
import orjson
import pytest
from typer.testing import CliRunner

from phigate.audit import Ledger
from phigate.audit.payloads import PayloadCipher, digest
from phigate.audit.records import normalize_entry
from phigate.audit.signing import AuditKey
from phigate.audit.stores import MemoryLedgerStore
from phigate.cli import app
from phigate.config import parse_policy
from phigate.errors import AuditIntegrityError
from tests.audit.ledger_kit import RawStore, entry, make_raw

runner = CliRunner()

KEEPING = """
apps:
  default:
    models: [scripted]
    reidentify: true
    audit_payloads: true
  quiet:
    models: [scripted]
models:
  scripted: {backend: upstream, url: "http://127.0.0.1:9/v1"}
"""
PROMPT = "My name is Jane Roe, SSN 536-22-8147. Is ibuprofen safe?"


def _cli(*args: str) -> tuple[int, str]:
    out = runner.invoke(app, list(args))
    return out.exit_code, out.output


def _rows(data_dir: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(data_dir / "audit.db") as db:
        rows = db.execute("SELECT seq, body FROM audit_records ORDER BY seq").fetchall()
    db.close()
    return [(int(s), str(b)) for s, b in rows]


@pytest.mark.parametrize("stream", [False, True])
def test_the_kept_payload_is_what_the_model_saw_and_never_the_raw_values(make_gateway, stream: bool) -> None:
    gw = make_gateway(KEEPING)
    client = gw.client()
    headers = {"X-Phigate-Conversation": "conv-1"}
    messages = [{"role": "user", "content": PROMPT}]
    if stream:
        parts = client.chat.completions.create(model="scripted", messages=messages, stream=True, extra_headers=headers)
        answer = "".join(c.choices[0].delta.content or "" for c in parts if c.choices)
    else:
        reply = client.chat.completions.create(model="scripted", messages=messages, extra_headers=headers)
        answer = reply.choices[0].message.content or ""
    assert "Jane Roe" in answer  # the caller gets its own values back (reidentify: true)
    data = gw.gateway.data_dir
    seq, body = _rows(data)[-1]
    assert "Jane Roe" not in body and "536-22-8147" not in body and "payload_sha256" in body
    code, out = _cli("audit", "payload", str(seq), "--data-dir", str(data))
    assert code == 0, out
    kept = orjson.loads(out)
    assert kept["conversation"] == "conv-1" and kept["route"] == "chat"
    seen = kept["request"]["messages"][0]["content"]
    assert "Jane Roe" not in seen and "536-22-8147" not in seen and "[PERSON_1]" in seen
    assert kept["answer"]["0.content"] == seen  # the echo, before re-identification
    with sqlite3.connect(data / "audit.db") as db:
        blob = bytes(db.execute("SELECT blob FROM audit_payloads WHERE seq = ?", (seq,)).fetchone()[0])
    db.close()
    assert b"PERSON_1" not in blob and b"Jane" not in blob  # sealed, not merely stored


def test_apps_without_the_setting_keep_nothing(make_gateway) -> None:
    gw = make_gateway(KEEPING)
    gw.client(app="quiet").chat.completions.create(model="scripted", messages=[{"role": "user", "content": PROMPT}])
    seq, body = _rows(gw.gateway.data_dir)[-1]
    assert "payload_sha256" not in body
    code, out = _cli("audit", "payload", str(seq), "--data-dir", str(gw.gateway.data_dir))
    assert code == 1 and "keeps no payload" in out


def test_a_refused_request_keeps_no_payload(make_gateway) -> None:
    gw = make_gateway(KEEPING)
    client = gw.client()
    with pytest.raises(openai.PermissionDeniedError, match="credit card"):
        client.chat.completions.create(
            model="scripted", messages=[{"role": "user", "content": "card 4111 1111 1111 1111"}]
        )
    seq, body = _rows(gw.gateway.data_dir)[-1]
    assert '"code":"phi_blocked"' in body and '"status":403' in body
    assert "payload_sha256" not in body  # never forwarded, so nothing the model saw to keep


def test_purge_shreds_payloads_and_the_ledger_still_verifies(make_gateway) -> None:
    gw = make_gateway(KEEPING)
    client = gw.client()
    for conv in ("conv-a", "conv-b"):
        client.chat.completions.create(
            model="scripted",
            messages=[{"role": "user", "content": PROMPT}],
            extra_headers={"X-Phigate-Conversation": conv},
        )
    data = str(gw.gateway.data_dir)
    seq_a, seq_b = (s for s, _ in _rows(gw.gateway.data_dir)[-2:])
    code, out = _cli("vault", "purge", "--conversation", "conv-a", "--data-dir", data)
    assert code == 0 and "1 audit payload" in out, out
    code, out = _cli("audit", "payload", str(seq_a), "--data-dir", data)
    assert code == 1 and "purged" in out
    code, out = _cli("audit", "payload", str(seq_b), "--data-dir", data)
    assert code == 0 and "conv-b" in out  # another conversation untouched
    code, out = _cli("audit", "verify", "--data-dir", data)
    assert code == 0 and "1 payload(s) checked, 1 purged" in out, out


def test_verify_and_payload_catch_an_altered_payload(make_gateway) -> None:
    gw = make_gateway(KEEPING)
    gw.client().chat.completions.create(model="scripted", messages=[{"role": "user", "content": PROMPT}])
    data = gw.gateway.data_dir
    seq = _rows(data)[-1][0]
    with sqlite3.connect(data / "audit.db") as db:
        (blob,) = db.execute("SELECT blob FROM audit_payloads WHERE seq = ?", (seq,)).fetchone()
        # flip a bit of the last byte (writing a fixed byte over it alters nothing when it is that byte already)
        db.execute("UPDATE audit_payloads SET blob = ? WHERE seq = ?", (bytes(blob[:-1]) + bytes([blob[-1] ^ 1]), seq))
    db.close()
    code, out = _cli("audit", "verify", "--data-dir", str(data))
    assert code == 1 and f"seq {seq}" in out and "payload" in out and "altered" in out
    code, out = _cli("audit", "payload", str(seq), "--data-dir", str(data))
    assert code != 0 and "altered" in out


def test_a_payload_opens_only_for_its_own_request_and_key() -> None:
    cipher = PayloadCipher(b"k" * 32)
    blob = cipher.seal({"request": {"messages": []}}, "req-1")
    assert cipher.open(blob, "req-1") == {"request": {"messages": []}}
    with pytest.raises(AuditIntegrityError, match="req-2"):
        cipher.open(blob, "req-2")  # moved onto another record
    with pytest.raises(AuditIntegrityError):
        PayloadCipher(b"x" * 32).open(blob, "req-1")
    with pytest.raises(AuditIntegrityError, match="version"):
        cipher.open(b"\x02" + blob[1:], "req-1")


def test_memory_store_keeps_and_purges_by_conversation_and_age() -> None:
    store = MemoryLedgerStore()
    entries = [
        normalize_entry({**entry(i, conversation=conv, ts=ts), "payload_sha256": "ab" * 32})
        for i, (conv, ts) in enumerate([("c1", 100.0), ("c2", 100.0), ("c3", 300.0)])
    ]
    store.append(entries, [b"one", b"two", b"three"])
    store.append([normalize_entry(entry(9))])
    assert store.payloads(0, 10) == [(1, b"one"), (2, b"two"), (3, b"three")]
    assert store.purge_payloads(conversation="c1") == 1 and store.payload(1) is None
    assert store.purge_payloads(before=200.0) == 1 and store.payload(2) is None
    assert store.payload(3) == b"three"


def test_a_policy_cannot_keep_payloads_without_deidentification() -> None:
    with pytest.raises(Exception, match="audit_payloads needs deidentify: true"):
        parse_policy(KEEPING.replace("audit_payloads: true", "audit_payloads: true\n    deidentify: false"))


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def raw(request: pytest.FixtureRequest, tmp_path: Path) -> RawStore:
    dsn = request.getfixturevalue("postgres_schema_dsn") if request.param == "postgres" else None
    return make_raw(request.param, tmp_path, dsn)


KEY = AuditKey.generate()
CIPHER = PayloadCipher(b"v" * 32)


def _fill_with_payloads(raw: RawStore) -> Ledger:
    """Records 1..4 (conversations c0..c3); record 3 keeps no payload. Returns a reading ledger."""

    async def fill() -> None:
        ledger = Ledger(raw.open(), KEY, checkpoint_every=2)
        for i in range(4):
            if i == 2:
                await ledger.append(entry(i, conversation="c2"))
                continue
            blob = CIPHER.seal({"request": {"n": i}}, f"req_{i:06d}")
            await ledger.append({**entry(i, conversation=f"c{i}"), "payload_sha256": digest(blob)}, blob)
        await ledger.close()

    asyncio.run(fill())
    return Ledger(raw.open(), KEY)


def test_every_store_keeps_verifies_and_purges_payloads(raw: RawStore) -> None:
    ledger = _fill_with_payloads(raw)
    report = ledger.verify()
    assert report.ok and report.payloads == 3 and report.purged == 0
    record, kept = ledger.open_payload(4, CIPHER)
    assert record.request_id == "req_000003" and kept == {"request": {"n": 3}}
    with pytest.raises(LookupError, match="keeps no payload"):
        ledger.open_payload(3, CIPHER)
    assert ledger.store.purge_payloads(conversation="c0") == 1
    assert ledger.open_payload(1, CIPHER)[1] is None
    report = ledger.verify()
    assert report.ok and report.payloads == 2 and report.purged == 1
    ledger.store.close()


def test_every_store_catches_a_moved_payload(raw: RawStore) -> None:
    ledger = _fill_with_payloads(raw)
    four = ledger.store.payload(4)
    assert four is not None and ledger.store.purge_payloads(conversation="c0") == 1
    # an attacker with database access puts record 4's payload under record 1, then under record 3
    for seq, problem in ((1, "altered"), (3, "names none")):
        if raw.kind == "memory":
            raw.target.kept[seq] = (seq, "x", 0.0, four)
        else:
            raw._sql(
                "INSERT INTO audit_payloads (seq, conversation, ts, blob) VALUES (?, ?, ?, ?)", (seq, "x", 0.0, four)
            )
        report = ledger.verify()
        assert not report.ok and report.first_bad_seq == seq and problem in report.problem
        ledger.store.purge_payloads(conversation="x")
    assert ledger.verify().ok
    ledger.store.close()


def test_a_schema_1_ledger_is_migrated_in_place_and_still_verifies(tmp_path: Path) -> None:
    from phigate.audit.stores import SqliteLedgerStore

    async def fill(store: SqliteLedgerStore) -> None:
        ledger = Ledger(store, KEY)
        for i in range(3):
            await ledger.append(entry(i))
        await ledger.close()

    asyncio.run(fill(SqliteLedgerStore(tmp_path / "audit.db")))
    with sqlite3.connect(tmp_path / "audit.db") as db:  # as phigate with ledger schema 1 left it
        db.execute("DROP TABLE audit_payloads")
        db.execute("PRAGMA user_version=1")
    db.close()
    ledger = Ledger(SqliteLedgerStore(tmp_path / "audit.db"), KEY)
    assert ledger.store._db.execute("PRAGMA user_version").fetchone()[0] == 2
    report = ledger.verify()
    assert report.ok and report.records == 3 and report.payloads == 0

    async def more() -> None:
        blob = CIPHER.seal({"request": {}}, "req_000009")
        await ledger.append({**entry(9), "payload_sha256": digest(blob)}, blob)
        await ledger.close()

    asyncio.run(more())
    again = Ledger(SqliteLedgerStore(tmp_path / "audit.db"), KEY)
    assert again.verify().payloads == 1 and again.open_payload(4, CIPHER)[1] == {"request": {}}
    again.store.close()

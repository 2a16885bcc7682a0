"""``phigate audit``: verify exit codes and messages, show filters, export, proofs checked offline."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from phigate.audit import AuditKey, Ledger, SqliteLedgerStore
from phigate.cli.audit_cmd import app, parse_since
from tests.audit.ledger_kit import RawStore, entry, make_raw

runner = CliRunner()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data directory with a signing key and a closed ledger of 30 records in 3 checkpoints."""

    async def fill() -> None:
        ledger = Ledger(SqliteLedgerStore(tmp_path / "audit.db"), AuditKey.load(tmp_path), checkpoint_every=10)
        for start in range(0, 30, 10):
            await asyncio.gather(*(ledger.append(entry(i)) for i in range(start, start + 10)))
        await ledger.close()

    asyncio.run(fill())
    return tmp_path


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_verify_ok_then_names_the_first_bad_seq(data_dir: Path) -> None:
    code, out = run("verify", "--data-dir", str(data_dir))
    assert code == 0 and "30 record(s), 3 checkpoint(s)" in out
    raw: RawStore = make_raw("sqlite", data_dir, None)
    raw.edit(14, model="other")
    code, out = run("verify", "--data-dir", str(data_dir))
    assert code == 1 and "seq 14" in out
    assert run("verify", "--from", "21", "--data-dir", str(data_dir))[0] == 0


def test_verify_with_an_exported_public_key(data_dir: Path, tmp_path: Path) -> None:
    code, pem = run("public-key", "--data-dir", str(data_dir))
    assert code == 0 and pem.startswith("-----BEGIN PUBLIC KEY-----")
    (tmp_path / "pub.pem").write_text(pem)
    assert run("verify", "--data-dir", str(data_dir), "--public-key", str(tmp_path / "pub.pem"))[0] == 0
    (tmp_path / "other.pem").write_text(AuditKey.generate().public_pem())
    code, out = run("verify", "--data-dir", str(data_dir), "--public-key", str(tmp_path / "other.pem"))
    assert code == 1 and "seq 1" in out and "signed by key" in out


def test_missing_ledger_is_a_clear_error(tmp_path: Path) -> None:
    AuditKey.load(tmp_path)
    code, out = run("verify", "--data-dir", str(tmp_path))
    assert code == 2 and "no audit ledger" in out


def test_show_filters(data_dir: Path) -> None:
    def seqs(*args: str) -> list[int]:
        code, out = run("show", "--data-dir", str(data_dir), "--format", "jsonl", "--limit", "100", *args)
        assert code == 0, out
        return [json.loads(line)["seq"] for line in out.splitlines()]

    records = {e["request_id"]: (i + 1, e) for i, e in enumerate(entry(i) for i in range(30))}
    assert seqs() == list(range(1, 31))
    assert seqs("--app", "billing") == [s for s, e in records.values() if e["app"] == "billing"]
    assert seqs("--status", "refused") == [s for s, e in records.values() if e["status"] >= 400]
    assert seqs("--status", "200") == [s for s, e in records.values() if e["status"] == 200]
    assert seqs("--entity", "PERSON") == [s for s, e in records.values() if e["entities"].get("PERSON", 0) > 0]
    assert seqs("--since", "2025-06-15T15:06:50+00:00") == [s for s, e in records.values() if e["ts"] >= 1750000010]
    assert seqs("--limit", "3") == [28, 29, 30]
    code, out = run("show", "--data-dir", str(data_dir), "--limit", "2")
    assert code == 0 and "req_" not in out and "intake" in out
    assert run("show", "--data-dir", str(data_dir), "--status", "maybe")[0] == 2


def test_parse_since() -> None:
    now = dt.datetime(2025, 1, 31, 12, 0, tzinfo=dt.UTC)
    assert parse_since("1h", now) == now.timestamp() - 3600
    assert parse_since("7d", now) == now.timestamp() - 7 * 86400
    assert parse_since("2025-01-30", now) == dt.datetime(2025, 1, 30, tzinfo=dt.UTC).timestamp()


def test_export_jsonl_and_csv(data_dir: Path, tmp_path: Path) -> None:
    code, out = run("export", "--format", "jsonl", "--data-dir", str(data_dir))
    items = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [i["kind"] for i in items] == ["record"] * 30 + ["checkpoint"] * 3
    assert items[0]["prev_hash"] == "0" * 64 and items[-1]["seq_to"] == 30
    target = tmp_path / "ledger.csv"
    assert run("export", "--format", "csv", "--out", str(target), "--data-dir", str(data_dir))[0] == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    assert [r["kind"] for r in rows] == ["record"] * 30 + ["checkpoint"] * 3
    assert json.loads(rows[1]["entities"]) == entry(1)["entities"] and rows[30]["signature"]


def test_proof_then_offline_check(data_dir: Path, tmp_path: Path) -> None:
    code, proof = run("proof", "17", "--data-dir", str(data_dir))
    assert code == 0 and json.loads(proof)["record"]["seq"] == 17
    (tmp_path / "proof.json").write_text(proof)
    (tmp_path / "pub.pem").write_text(run("public-key", "--data-dir", str(data_dir))[1])
    code, out = run("check-proof", str(tmp_path / "proof.json"), "--public-key", str(tmp_path / "pub.pem"))
    assert code == 0 and "valid" in out
    tampered = json.loads(proof)
    tampered["record"]["status"] = 500
    (tmp_path / "bad.json").write_text(json.dumps(tampered))
    code, out = run("check-proof", str(tmp_path / "bad.json"), "--public-key", str(tmp_path / "pub.pem"))
    assert code == 1 and "INVALID" in out
    assert run("proof", "99", "--data-dir", str(data_dir))[0] == 1

"""phigate report over a real gateway's ledger: requests go through, the report counts them."""

from __future__ import annotations

import json
from pathlib import Path

import openai
import pytest
from typer.testing import CliRunner

from phigate.cli import app
from tests.conftest import SCRIPTED_POLICY

runner = CliRunner()


def test_report_counts_what_the_gateway_recorded(make_gateway, tmp_path: Path) -> None:
    gw = make_gateway()
    client = gw.client()
    client.chat.completions.create(model="scripted", messages=[{"role": "user", "content": "I am Jane Roe"}])
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="nope", messages=[{"role": "user", "content": "x"}])
    data_dir = gw.gateway.data_dir
    policy = tmp_path / "policy.yaml"
    policy.write_text(SCRIPTED_POLICY)
    # the gateway keeps running: the report reads the ledger while it is live
    out = runner.invoke(app, ["report", "--format", "json", "--data-dir", str(data_dir), "--config", str(policy)])
    assert out.exit_code == 0, out.output
    report = json.loads(out.stdout)
    assert "Jane Roe" not in out.stdout
    text = json.dumps(report)
    assert '"model_not_found"' in text and '"PERSON"' in text
    html = tmp_path / "report.html"
    out = runner.invoke(app, ["report", "--out", str(html), "--data-dir", str(data_dir), "--config", str(policy)])
    assert out.exit_code == 0, out.output
    assert "<section" in html.read_text() and "Jane Roe" not in html.read_text()


def test_report_rejects_a_bad_date(tmp_path: Path) -> None:
    out = runner.invoke(app, ["report", "--since", "last tuesday", "--data-dir", str(tmp_path)])
    assert out.exit_code == 2 and "--since" in out.output


def test_report_reads_and_creates_nothing(tmp_path: Path) -> None:
    out = runner.invoke(app, ["report", "--data-dir", str(tmp_path)])
    assert out.exit_code == 2 and "no audit ledger" in out.output
    assert list(tmp_path.iterdir()) == []  # neither a ledger nor a signing key appeared


def test_report_without_the_signing_key_says_so(make_gateway) -> None:
    gw = make_gateway()
    gw.client().chat.completions.create(model="scripted", messages=[{"role": "user", "content": "hello"}])
    data_dir = gw.gateway.data_dir
    (data_dir / "audit_signing.key").rename(data_dir / "elsewhere.key")
    out = runner.invoke(app, ["report", "--format", "json", "--data-dir", str(data_dir)])
    assert out.exit_code != 0 and "no audit signing key" in out.output
    assert not (data_dir / "audit_signing.key").exists()  # a fresh key would sign nothing and verify nothing

"""phigate vault purge: crypto-shredding by conversation, by age and by TTL."""

from __future__ import annotations

import time
from pathlib import Path

from typer.testing import CliRunner

from phigate.cli import app
from phigate.config import Settings
from phigate.deid.operators import placeholder
from phigate.deid.vault import Vault
from phigate.gateway import open_vault
from phigate.policy import Policy

runner = CliRunner()


def _remember(data_dir: Path, scope: str, value: str) -> str:
    settings = Settings(data_dir=data_dir)
    vault = open_vault(Policy.default().vault, settings, Vault.load_key(data_dir, None))
    session = vault.session(scope)
    token = session.token_for("PERSON", value, placeholder)
    session.commit()
    vault.close()
    return token


def _reidentify(data_dir: Path, scope: str, text: str) -> str:
    vault = open_vault(Policy.default().vault, Settings(data_dir=data_dir), Vault.load_key(data_dir, None))
    try:
        return vault.reidentify(text, scope)
    finally:
        vault.close()


def test_purge_a_conversation(tmp_path: Path) -> None:
    token = _remember(tmp_path, "default\x1fconv-1", "Jane Roe")
    _remember(tmp_path, "default\x1fconv-2", "Tom Baker")
    assert _reidentify(tmp_path, "default\x1fconv-1", token) == "Jane Roe"
    out = runner.invoke(app, ["vault", "purge", "--conversation", "conv-1", "--data-dir", str(tmp_path)])
    assert out.exit_code == 0 and "purged 1 vault entry" in out.output
    assert _reidentify(tmp_path, "default\x1fconv-1", token) == token  # shredded: the token stays a token
    assert _reidentify(tmp_path, "default\x1fconv-2", token) == "Tom Baker"  # another conversation untouched


def test_purge_by_age_and_requires_a_filter(tmp_path: Path) -> None:
    _remember(tmp_path, "default\x1fconv-1", "Jane Roe")
    out = runner.invoke(app, ["vault", "purge", "--data-dir", str(tmp_path)])
    assert out.exit_code == 2 and "say what to purge" in out.output
    out = runner.invoke(app, ["vault", "purge", "--older-than", "1", "--data-dir", str(tmp_path)])
    assert "purged 0 vault entries" in out.output
    time.sleep(0.01)
    out = runner.invoke(app, ["vault", "purge", "--older-than", "0", "--data-dir", str(tmp_path)])
    assert "purged 1 vault entry" in out.output


def test_the_ledger_still_verifies_after_a_purge(make_gateway) -> None:
    gw = make_gateway()
    gw.client().chat.completions.create(
        model="scripted",
        messages=[{"role": "user", "content": "I am Jane Roe"}],
        extra_headers={"X-Phigate-Conversation": "conv-7"},
    )
    data = str(gw.gateway.data_dir)
    out = runner.invoke(app, ["vault", "purge", "--conversation", "conv-7", "--data-dir", data])
    assert out.exit_code == 0 and "purged 1 vault entry" in out.output
    out = runner.invoke(app, ["audit", "verify", "--data-dir", data])
    assert out.exit_code == 0, out.output

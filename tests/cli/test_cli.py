"""The phigate command: keys, config check, models, version; errors are clear and exit non-zero."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from phigate import __version__
from phigate.cli import app
from phigate.keys import KeyStore

runner = CliRunner()


def test_version_and_python_m() -> None:
    assert runner.invoke(app, ["--version"]).stdout.strip() == f"phigate {__version__}"
    out = subprocess.run([sys.executable, "-m", "phigate", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"phigate {__version__}"


def test_keys_create_list_revoke(tmp_path: Path) -> None:
    data = str(tmp_path / "var")
    created = runner.invoke(app, ["keys", "create", "--app", "default", "--data-dir", data, "--quiet"])
    assert created.exit_code == 0, created.output
    key = created.stdout.strip()
    assert key.startswith("phg_") and len(key) > 40
    stored = (tmp_path / "var" / "phigate.db").read_bytes()
    assert key.encode() not in stored, "the key itself must never be stored"
    record = KeyStore(tmp_path / "var").lookup(key)
    assert record is not None and record.app == "default"

    listed = runner.invoke(app, ["keys", "list", "--data-dir", data])
    assert record.key_id in listed.stdout and key not in listed.stdout

    assert runner.invoke(app, ["keys", "revoke", record.key_id, "--data-dir", data]).exit_code == 0
    assert KeyStore(tmp_path / "var").lookup(key) is None
    again = runner.invoke(app, ["keys", "revoke", record.key_id, "--data-dir", data])
    assert again.exit_code == 1 and "no live key" in again.output


def test_data_dir_from_environment(tmp_path: Path) -> None:
    env = {"PHIGATE_DATA_DIR": str(tmp_path / "envdir")}
    created = runner.invoke(app, ["keys", "create", "--app", "default", "--quiet"], env=env)
    assert created.exit_code == 0, created.output
    assert KeyStore(tmp_path / "envdir").lookup(created.stdout.strip()) is not None


def test_keys_for_an_unknown_app_are_refused(tmp_path: Path) -> None:
    out = runner.invoke(app, ["keys", "create", "--app", "nobody", "--data-dir", str(tmp_path)])
    assert out.exit_code == 2 and "no app 'nobody'" in out.output and "default" in out.output


def test_config_check(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("apps: {shop: {models: [m]}}\nmodels:\n  m: {backend: upstream, url: 'http://127.0.0.1:8000/v1'}\n")
    out = runner.invoke(app, ["config", "check", str(good)])
    assert out.exit_code == 0 and "OK" in out.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("apps: {shop: {models: [m]}}\nmodels:\n  m: {backend: upstream, ur: 'http://x'}\n")
    out = runner.invoke(app, ["config", "check", str(bad)])
    assert out.exit_code == 2
    assert "bad.yaml:3" in out.output and "unknown field 'ur'" in out.output


def test_config_check_refuses_an_upstream_outside_the_allow_list(tmp_path: Path) -> None:
    pol = tmp_path / "p.yaml"
    pol.write_text("apps: {shop: {models: [m]}}\nmodels:\n  m: {backend: upstream, url: 'https://api.openai.com/v1'}\n")
    out = runner.invoke(app, ["config", "check", str(pol)])
    assert out.exit_code == 2 and "api.openai.com" in out.output


def test_models_lists_policy_models(tmp_path: Path) -> None:
    out = runner.invoke(app, ["models", "--data-dir", str(tmp_path)])
    assert out.exit_code == 0 and "local-default" in out.output and "embedded" in out.output


def test_unknown_environment_variable_is_an_error(tmp_path: Path) -> None:
    out = runner.invoke(app, ["keys", "list", "--data-dir", str(tmp_path)], env={"PHIGATE_DATADIR": "x"})
    assert out.exit_code == 2 and "PHIGATE_DATADIR" in out.output


def test_a_corrupt_key_store_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "phigate.db").write_bytes(b"this is not a database" * 100)
    out = runner.invoke(app, ["keys", "list", "--data-dir", str(tmp_path)])
    assert out.exit_code == 2 and "phigate.db" in out.output and "cannot open" in out.output

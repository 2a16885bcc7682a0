"""``phigate scan --csp``: existing csp_whitelist.xml entries kept, AI wildcards left out, the gateway checked,
and the Magento XML written to its own file."""

from __future__ import annotations

from pathlib import Path

import pytest
from defusedxml import ElementTree
from typer.testing import CliRunner

from phigate.cli import app

runner = CliRunner()
WHITELIST = """<?xml version="1.0"?>
<csp_whitelist><policies>
  <policy id="connect-src"><values>
    <value id="openai" type="host">api.openai.com</value>
    <value id="anthropic" type="host">*.anthropic.com</value>
    <value id="segment" type="host">api.segment.io</value>
    <value id="cdn" type="host">*.partner-cdn.example.com</value>
  </values></policy>
  <policy id="script-src"><values>
    <value id="intercom" type="host">https://widget.intercom.io</value>
    <value id="stripe" type="host">https://js.stripe.com</value>
  </values></policy>
</policies></csp_whitelist>
"""


@pytest.fixture
def module(tmp_path: Path) -> Path:
    etc = tmp_path / "app/code/Acme/Ai/etc"
    etc.mkdir(parents=True)
    (etc / "csp_whitelist.xml").write_text(WHITELIST, "utf-8")
    return tmp_path


def test_existing_non_ai_entries_are_kept_and_ai_wildcards_left_out(module: Path, tmp_path: Path) -> None:
    xml_path = tmp_path / "csp_whitelist.xml"
    result = runner.invoke(app, ["scan", str(module), "--csp-xml", str(xml_path)])
    assert result.exit_code == 0
    header = result.stdout.splitlines()[0]
    assert header.startswith("Content-Security-Policy: connect-src 'self' ")
    assert "api.segment.io" in header and "*.partner-cdn.example.com" in header and "js.stripe.com" in header
    for ai in ("anthropic.com", "api.openai.com", "widget.intercom.io"):
        assert ai not in header
    assert "*.anthropic.com" in result.stdout.splitlines()[1]  # the "left out" comment line
    root = ElementTree.fromstring(xml_path.read_bytes())
    values = {p.get("id"): {v.text for v in p.iter("value")} for p in root.iter("policy")}
    assert values["connect-src"] == {"api.segment.io", "*.partner-cdn.example.com"}
    assert values["script-src"] == {"js.stripe.com"}
    assert "<?xml" not in result.stdout


def test_wildcards_are_ai_only_when_they_cover_a_provider_host() -> None:
    from phigate.scan.hosts import HostCatalog

    catalog = HostCatalog.packaged()
    assert catalog.is_ai("*.anthropic.com") and catalog.is_ai("*.openai.com") and catalog.is_ai("*.azure.com")
    assert not catalog.is_ai("*.segment.io") and not catalog.is_ai("*.example.com")


@pytest.mark.parametrize("gateway", ['x"><evil/>', "ai.shop.example", "javascript://x", "https://a b", "ftp://gw"])
def test_gateway_must_be_an_http_origin(module: Path, gateway: str) -> None:
    result = runner.invoke(app, ["scan", str(module), "--csp", "--gateway", gateway])
    assert result.exit_code == 2 and "--gateway" in result.stderr and "evil" not in result.stdout


@pytest.mark.parametrize("gateway", ["https://ai.shop.example", "http://localhost:8080/", "https://[::1]:8443"])
def test_gateway_origins_are_accepted(module: Path, gateway: str) -> None:
    result = runner.invoke(app, ["scan", str(module), "--csp", "--gateway", gateway])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Content-Security-Policy: connect-src 'self' {gateway.rstrip('/')} ")

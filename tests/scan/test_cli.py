"""``phigate scan`` end to end through typer's CliRunner: formats, exit codes, map and CSP files."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from defusedxml import ElementTree
from typer.testing import CliRunner

from phigate.cli import app
from tests.scan.conftest import FIXTURES

runner = CliRunner()
SCHEMA = Path(__file__).parent / "sarif-schema-2.1.0.json"


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["scan", *args])
    return result.exit_code, result.stdout


def test_json_has_findings_and_flows() -> None:
    code, out = run(str(FIXTURES / "theme"), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["findings"] and doc["flows"]
    for f in doc["findings"]:
        assert {"rule", "severity", "file", "line", "host", "data", "message"} <= set(f)
    flow = next(f for f in doc["flows"] if f["sink"]["file"] == "snippets/ai-chat.liquid")
    assert flow["source"] == {"file": "layout/theme.liquid", "line": 11, "label": "customer.email (Liquid)"}
    assert flow["host"] == "generativelanguage.googleapis.com" and flow["data"] == ["email"] and flow["ai"]
    assert any("passed as email to snippet ai-chat" in s["label"] for s in flow["steps"])


def test_sarif_is_valid_against_the_official_schema() -> None:
    code, out = run(str(FIXTURES), "--format", "sarif")
    assert code == 0
    doc = json.loads(out)
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(doc)
    results = doc["runs"][0]["results"]
    assert any("codeFlows" in r for r in results)
    rules = [r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]]
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in results)


def test_table_lists_findings_and_flows() -> None:
    code, out = run(str(FIXTURES / "node-app"))
    assert code == 0
    assert "phi-to-ai" in out and "Data flows" in out and "req.body" in out


@pytest.mark.parametrize(("fail_on", "path", "code"), [
    ("high", "theme", 1), ("critical", "theme", 1),
    ("low", "node-app/package.json", 1), ("medium", "node-app/package.json", 0),
    ("never", "theme", 0), ("critical", "theme/sections/intake-form.liquid", 0),
])  # fmt: skip
def test_fail_on_sets_the_exit_code(fail_on: str, path: str, code: int) -> None:
    assert run(str(FIXTURES / path), "--fail-on", fail_on, "-f", "json")[0] == code


def test_broken_files_warn_and_do_not_crash() -> None:
    result = runner.invoke(app, ["scan", str(FIXTURES / "broken"), "-f", "json"])
    assert result.exit_code == 0
    assert "warning" in result.stderr and "config.xml" in result.stderr and "package.json" in result.stderr
    doc = json.loads(result.stdout)
    assert any(f["rule"] == "ai-endpoint" for f in doc["findings"])


def test_map_files(tmp_path: Path) -> None:
    html, mmd = tmp_path / "flow.html", tmp_path / "flow.mmd"
    code, _ = run(str(FIXTURES), "--map", str(html), "--map", str(mmd), "-f", "json")
    assert code == 0
    page = html.read_text("utf-8")
    assert "<script" not in page and "http://" not in page.replace("http-equiv", "")
    assert "generativelanguage.googleapis.com" in page and "Liquid snippet" in page
    text = mmd.read_text("utf-8")
    assert text.startswith("flowchart LR") and "openrouter_ai" in text and "class h_" in text


def test_csp_leaves_out_ai_hosts() -> None:
    code, out = run(str(FIXTURES), "--csp", "--gateway", "https://ai.shop.example")
    assert code == 0
    header, xml = out.split("\n\n", 1)
    assert header.startswith("Content-Security-Policy: connect-src 'self' https://ai.shop.example")
    assert "api.scheduling-partner.example.com" in header and "www.googletagmanager.com" in header
    for host in ("api.openai.com", "openrouter.ai", "widget.intercom.io", "code.tidio.co"):
        assert host not in header
    doc = xml.split("<!-- left out")[0]
    root = ElementTree.fromstring(doc.encode())
    assert root.tag == "csp_whitelist"
    assert "urn:magento:module:Magento_Csp:etc/csp_whitelist.xsd" in doc
    hosts = {v.text for v in root.iter("value")}
    assert "api.scheduling-partner.example.com" in hosts and "api.openai.com" not in hosts
    assert "api.openai.com" in xml.split("<!-- left out")[1]


@pytest.mark.parametrize("args", [
    ("-o", "{tmp}/missing/report.json"), ("--map", "{tmp}/missing/flow.html"), ("--map", "{tmp}/flow.svg"),
    ("-o", "{tmp}"),
])  # fmt: skip
def test_unwritable_or_unknown_targets_fail_clearly(tmp_path: Path, args: tuple[str, str]) -> None:
    """Exit 2 with a message (not a traceback, not --fail-on's exit 1), and nothing written."""
    flag, target = args[0], args[1].format(tmp=tmp_path)
    result = runner.invoke(app, ["scan", str(FIXTURES / "node-app/package.json"), "-f", "json", flag, target])
    assert result.exit_code == 2 and "error:" in result.stderr and result.exception is not None
    assert not Path(tmp_path / "flow.svg").exists()


def test_report_and_table_written_to_a_file(tmp_path: Path) -> None:
    report, table = tmp_path / "r.json", tmp_path / "t.txt"
    assert run(str(FIXTURES / "node-app/package.json"), "-f", "json", "-o", str(report))[0] == 0
    assert run(str(FIXTURES / "node-app/package.json"), "-o", str(table))[0] == 0
    assert json.loads(report.read_text("utf-8"))["findings"]
    assert "ai-sdk-dependency" in table.read_text("utf-8")


@pytest.mark.parametrize(("name", "uri"), [
    ("ai chat#1 é.liquid", "snippets/ai%20chat%231%20%C3%A9.liquid"),
    ("ai-chat_1.liquid", "snippets/ai-chat_1.liquid"),
])  # fmt: skip
def test_sarif_artifact_uris_are_percent_encoded(tmp_path: Path, name: str, uri: str) -> None:
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / name).write_text(
        "<script>fetch('https://api.openai.com/v1/chat/completions', {method: 'POST'})</script>\n", "utf-8"
    )
    code, out = run(str(tmp_path), "--format", "sarif")
    assert code == 0
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(out)["runs"][0]["results"]
        for loc in r["locations"]
    }
    assert uris == {uri}

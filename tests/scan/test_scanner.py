"""Scanner behaviour: suppressions, never executing code, flows through variables, speed on big trees."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from phigate.scan import Scanner


def scan_text(tmp_path: Path, name: str, text: str) -> list[tuple[str, int]]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return [(f.rule, f.line) for f in Scanner().scan(tmp_path).findings]


def test_suppression_needs_a_reason(tmp_path: Path) -> None:
    found = scan_text(tmp_path, "a.js", (
        'fetch("https://api.openai.com/v1/x"); // phigate-ignore[ai-endpoint]: proxied by the gateway in prod\n'
        "// phigate-ignore[ai-endpoint]\n"
        'fetch("https://api.openai.com/v1/y");\n'
    ))  # fmt: skip
    assert ("ai-endpoint", 1) not in found
    assert ("ai-endpoint", 3) in found and ("suppression-without-reason", 2) in found


def test_scanned_code_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    scan_text(tmp_path, "evil.js", f'require("fs").writeFileSync("{marker}", "x");\n')
    scan_text(tmp_path, "evil.php", f'<?php file_put_contents("{marker}", "x");\n')
    scan_text(tmp_path, "evil.liquid", "{% render 'x' %}{{ 'a' | append: 'b' }}\n")
    assert not marker.exists()


def test_flow_through_variables_and_arguments(tmp_path: Path) -> None:
    scan_text(tmp_path, "app.js", (
        'const URL = "https://api.anthropic.com/v1/messages";\n'
        "function send(text) {\n"
        "  const body = { messages: [{ role: 'user', content: text }] };\n"
        "  return fetch(URL, { method: 'POST', body: JSON.stringify(body) });\n"
        "}\n"
        "const email = document.querySelector('#customer_email').value;\n"
        "const note = `from ${email}`;\n"
        "send(note);\n"
    ))  # fmt: skip
    flows = [f.flow for f in Scanner().scan(tmp_path).findings if f.flow is not None]
    assert len(flows) == 1
    flow = flows[0]
    assert flow.categories == ("email",) and flow.host == "api.anthropic.com" and flow.ai
    assert [s.line for s in (flow.source, *flow.steps, flow.sink)] == [6, 6, 7, 8, 3, 4]


def test_large_theme_scans_in_seconds(tmp_path: Path) -> None:
    section = (Path(__file__).parent / "fixtures/theme/sections/ai-symptom-checker.liquid").read_text("utf-8")
    script = (Path(__file__).parent / "fixtures/theme/assets/booking.js").read_text("utf-8")
    for i in range(200):
        (tmp_path / "sections").mkdir(exist_ok=True)
        (tmp_path / "assets").mkdir(exist_ok=True)
        (tmp_path / f"sections/s{i}.liquid").write_text(section, encoding="utf-8")
        (tmp_path / f"assets/a{i}.js").write_text(script * 5, encoding="utf-8")
    started = time.perf_counter()
    result = Scanner().scan(tmp_path)
    assert result.files == 400
    assert time.perf_counter() - started < 20
    assert sum(f.rule == "phi-to-ai" for f in result.findings) == 400


def test_scan_makes_no_network_connection(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Parsers and grammars come from wheels; nothing is fetched, even for a full tree with every file kind."""
    import socket

    from tests.scan.conftest import FIXTURES

    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a) or [])
    result = Scanner().scan(FIXTURES)
    assert result.findings and attempts == []


def test_pipes_are_skipped_not_read(tmp_path: Path) -> None:
    """A named pipe would block the read forever; a regular file next to it is still scanned."""
    import os

    (tmp_path / "a.js").write_text('fetch("https://api.openai.com/v1/x");\n', encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.js")
    result = Scanner().scan(tmp_path)
    assert [f.file for f in result.findings if f.rule == "ai-endpoint"] == ["a.js"]
    assert any("pipe.js: not a regular file" in w for w in result.warnings)


def test_links_out_of_the_tree_are_not_followed(tmp_path: Path) -> None:
    key = 'const k = "sk-ant-api03-' + "Q" * 48 + '";\n'
    outside, shop = tmp_path / "outside", tmp_path / "shop"
    outside.mkdir()
    (shop / "lib").mkdir(parents=True)
    (outside / "secret.js").write_text(key, encoding="utf-8")
    (shop / "lib/real.js").write_text(key, encoding="utf-8")
    (shop / "out.js").symlink_to(outside / "secret.js")
    (shop / "in.js").symlink_to(shop / "lib/real.js")
    result = Scanner().scan(shop)
    assert sorted(f.file for f in result.findings if f.rule == "ai-api-key") == ["in.js", "lib/real.js"]
    assert any("out.js: a link to outside the scanned tree" in w for w in result.warnings)


def test_key_search_on_a_huge_line_is_bounded(tmp_path: Path) -> None:
    """Minified bundles are searched whole; runs of key prefixes must not make it quadratic."""
    line = "sk-" * 300_000 + "sk-proj-" + "a" * 900_000 + "gpt" * 100_000 + "\n"
    started = time.perf_counter()
    found = scan_text(tmp_path, "bundle.min.js", line)
    assert time.perf_counter() - started < 10
    assert found.count(("ai-api-key", 1)) == 1


@pytest.mark.parametrize(("read", "category", "label"), [
    ("document.querySelector('[name=\"dob\"]').value", "date_of_birth", "form field dob"),
    ("$('input[name=insurance_id]').val()", "insurance", "form field insurance_id"),
    ("document.getElementById('patient-email').value", "email", "form field patient-email"),
    ("document.forms[0].elements['medications'].value", "medications", "form field medications"),
])  # fmt: skip
def test_form_fields_named_by_selectors(tmp_path: Path, read: str, category: str, label: str) -> None:
    (tmp_path / "a.js").write_text(
        f"const v = {read};\nfetch('https://api.openai.com/v1/x', {{ method: 'POST', body: v }});\n", encoding="utf-8"
    )
    flows = [f.flow for f in Scanner().scan(tmp_path).findings if f.flow is not None]
    assert [(fl.categories, fl.source.label) for fl in flows] == [((category,), label)]

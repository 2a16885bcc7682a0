"""A URL held in an array literal (``fetch(ENDPOINTS[0], …)``) or read by a string key is followed to its host."""

from __future__ import annotations

from pathlib import Path

import pytest

from phigate.scan import Scanner

POSITIVE = [
    "const ENDPOINTS = ['https://api.together.xyz/v1/chat/completions'];\n"
    "fetch(ENDPOINTS[0], { method: 'POST', body: customer.email });\n",
    "const ENDPOINTS = [/* primary */ 'https://example.com/x', 'https://api.openai.com/v1/responses'];\n"
    "fetch(ENDPOINTS[1], { method: 'POST', body: customer.email });\n",
    "const CFG = { url: 'https://api.mistral.ai/v1/chat/completions' };\n"
    "fetch(CFG['url'], { method: 'POST', body: customer.email });\n",
]
NEGATIVE = [
    "const ENDPOINTS = ['/apps/assistant', 'https://api.openai.com/v1/responses'];\n"
    "fetch(ENDPOINTS[0], { method: 'POST', body: customer.email });\n",
    "const ENDPOINTS = [...MORE, 'https://api.openai.com/v1/responses'];\n"
    "fetch(ENDPOINTS[1], { method: 'POST', body: customer.email });\n",
]


def flows(tmp_path: Path, code: str) -> list[tuple[str, int, str | None]]:
    (tmp_path / "chat.js").write_text(code, "utf-8")
    return [(f.rule, f.line, f.host) for f in Scanner().scan(tmp_path).findings if f.rule.startswith("phi-to")]


@pytest.mark.parametrize("code", POSITIVE)
def test_array_element_url_carries_the_flow(tmp_path: Path, code: str) -> None:
    got = flows(tmp_path, code)
    assert len(got) == 1 and got[0][:2] == ("phi-to-ai", 2)


@pytest.mark.parametrize("code", NEGATIVE)
def test_other_elements_are_not_followed(tmp_path: Path, code: str) -> None:
    assert flows(tmp_path, code) == []

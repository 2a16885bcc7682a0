"""``phigate-ignore[...]`` naming no rule (a typo, upper case) suppresses nothing and says so in a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from phigate.scan import Scanner

CALL = "fetch('https://api.openai.com/v1/responses', {method: 'POST'});\n"


def scan(tmp_path: Path, mark: str) -> tuple[list[str], list[str]]:
    (tmp_path / "chat.js").write_text(f"// {mark}\n{CALL}", "utf-8")
    result = Scanner().scan(tmp_path)
    return [f.rule for f in result.findings], result.warnings


@pytest.mark.parametrize(("mark", "hint"), [
    ("phigate-ignore[AI-ENDPOINT]: reviewed", "rule ids are lower case: ai-endpoint"),
    ("phigate-ignore[ai-endpont]: reviewed", "rule ids: phi-to-ai"),
    ("phigate-ignore[ai-endpoint, phi-to-al]: reviewed", "rule ids: phi-to-ai"),
])  # fmt: skip
def test_unknown_rule_ids_are_reported(tmp_path: Path, mark: str, hint: str) -> None:
    rules, warnings = scan(tmp_path, mark)
    bad = mark[mark.index("[") + 1 : mark.index("]")].split(", ")[-1]
    assert len(warnings) == 1 and warnings[0].startswith(f"chat.js:1: phigate-ignore[{bad}] names no rule")
    assert hint in warnings[0]
    assert ("ai-endpoint" in rules) is (bad == "AI-ENDPOINT" or bad == "ai-endpont")


@pytest.mark.parametrize("mark", ["phigate-ignore[ai-endpoint]: reviewed", "phigate-ignore[*]: reviewed"])
def test_known_rule_ids_do_not_warn(tmp_path: Path, mark: str) -> None:
    assert scan(tmp_path, mark) == ([], [])

"""AI SDK dependencies in pyproject.toml: PEP 621 dependencies and optional-dependencies, Poetry tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from phigate.scan import Scanner

PEP621 = """[project]
name = "clinic-bot"
description = "an openai wrapper"
dependencies = [
  "requests>=2",
  "openai[datalib]>=1.3",
]

[project.optional-dependencies]
claude = ["Anthropic==0.40"]
"""
POETRY = """[tool.poetry]
name = "clinic-bot"

[tool.poetry.dependencies]
python = "^3.11"
mistralai = "^1.0"

[tool.poetry.group.dev.dependencies]
groq = { version = "^0.9", optional = true }
"""
NOTHING = """[project]
name = "openai-tools"
description = "openai and anthropic docs"
dependencies = ["requests", "openai-tools-helpers"]

[tool.ruff]
openai = "not a dependency"
"""


def findings(tmp_path: Path, text: str) -> list[tuple[str, int, str | None]]:
    (tmp_path / "pyproject.toml").write_text(text, "utf-8")
    result = Scanner().scan(tmp_path)
    return [(f.rule, f.line, f.host) for f in result.findings]


@pytest.mark.parametrize(("text", "expected"), [
    (PEP621, [(6, "api.openai.com"), (10, "api.anthropic.com")]),
    (POETRY, [(6, "api.mistral.ai"), (9, "api.groq.com")]),
])  # fmt: skip
def test_pyproject_ai_sdk_dependencies(tmp_path: Path, text: str, expected: list[tuple[int, str]]) -> None:
    got = findings(tmp_path, text)
    assert sorted((line, host) for rule, line, host in got if rule == "ai-sdk-dependency") == expected


def test_pyproject_without_ai_sdks_reports_nothing(tmp_path: Path) -> None:
    assert findings(tmp_path, NOTHING) == []


def test_broken_pyproject_warns(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project\ndependencies = [", "utf-8")
    result = Scanner().scan(tmp_path)
    assert result.findings == [] and any("not valid TOML" in w for w in result.warnings)

"""Fixtures for tests with real parts: the packaged Gemma 3 270M GGUF, assembled once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from phigate.backends.embedded import packaged_model


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("models")
    packaged_model(path)
    return path


@pytest.fixture(scope="session")
def model_path(model_dir: Path) -> Path:
    return packaged_model(model_dir)

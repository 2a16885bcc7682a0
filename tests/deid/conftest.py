"""One detection engine for the de-identification tests: it is thread-safe and stateless between calls."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier


@pytest.fixture(scope="session")
def engine() -> Deidentifier:
    return Deidentifier()

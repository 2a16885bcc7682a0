from __future__ import annotations

from pathlib import Path

import pytest

from phigate.scan import Scanner, ScanResult

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures_result() -> ScanResult:
    return Scanner().scan(FIXTURES)


def line_of(rel: str, needle: str) -> int:
    """The first line of a fixture file that contains ``needle`` (so cases survive edits above them)."""
    for n, line in enumerate((FIXTURES / rel).read_text("utf-8").splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not in {rel}")

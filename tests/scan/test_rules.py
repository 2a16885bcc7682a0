"""Every rule has positive and negative fixture cases (meta-test), and each case holds."""

from __future__ import annotations

import pytest

from phigate.errors import ScanError
from phigate.scan import Rules, ScanResult
from phigate.scan.model import SEVERITIES
from tests.scan.cases import NEGATIVE, POSITIVE
from tests.scan.conftest import line_of


def test_every_rule_has_positive_and_negative_cases() -> None:
    rules = set(Rules.packaged().ids())
    assert rules == {r for r, _, _ in POSITIVE}, "a rule without a positive case (or a case for no rule)"
    assert rules == {r for r, _, _ in NEGATIVE}, "a rule without a negative case"


def test_rules_are_data_with_severity_description_and_fix() -> None:
    for rule in Rules.packaged():
        assert rule.severity in SEVERITIES and rule.description and rule.fix


def test_malformed_rules_are_refused() -> None:
    with pytest.raises(ScanError):
        Rules.from_yaml("- {id: x, severity: urgent, description: d, fix: f}")
    with pytest.raises(ScanError):
        Rules.from_yaml("- {id: x, severity: low}")
    with pytest.raises(ScanError):
        Rules.packaged()["no-such-rule"]


@pytest.mark.parametrize(("rule", "file", "needle"), POSITIVE, ids=[f"{r}:{f}:{n}" for r, f, n in POSITIVE])
def test_positive(fixtures_result: ScanResult, rule: str, file: str, needle: str) -> None:
    line = line_of(file, needle)
    found = {(f.rule, f.file, f.line) for f in fixtures_result.findings}
    assert (rule, file, line) in found, sorted(x for x in found if x[1] == file)


@pytest.mark.parametrize(("rule", "file", "needle"), NEGATIVE, ids=[f"{r}:{f}:{n}" for r, f, n in NEGATIVE])
def test_negative(fixtures_result: ScanResult, rule: str, file: str, needle: str | None) -> None:
    hits = [f for f in fixtures_result.findings if f.rule == rule and f.file == file]
    if needle is not None:
        hits = [f for f in hits if f.line == line_of(file, needle)]
    assert not hits, [(f.line, f.message) for f in hits]


def test_messages_never_show_internal_placeholders(fixtures_result: ScanResult) -> None:
    """Template expressions stand in as ``__lqN`` identifiers inside the analysis; reports name the setting."""
    leaked = [(f.file, f.line, f.message) for f in fixtures_result.findings if "__lq" in f.message]
    assert not leaked

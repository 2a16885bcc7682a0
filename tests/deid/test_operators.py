"""Operators: placeholder, pseudonym, date_shift, mask, redact, block, keep."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from phigate.deid import Deidentifier, MemoryVaultStore, Operators, Vault
from phigate.deid.operators import mask, shift_date
from phigate.errors import PhiBlocked
from phigate.policy import AppPolicy

KEY = bytes(range(32))


def _run(engine: Deidentifier, text: str, ops: dict[str, str], scope: str = "app\x1fc1", vault: Vault | None = None):
    vault = vault or Vault(MemoryVaultStore(), KEY)
    session = vault.session(scope)
    out = Operators(vault.secret).apply(text, engine.analyze(text), AppPolicy(deid=ops), session)  # type: ignore[arg-type]
    session.commit()
    return out, vault


def test_placeholders_are_stable_and_numbered_per_type(engine) -> None:
    out, _ = _run(engine, "Jane Roe met Tom Baker; Jane Roe called (555) 212-3456.", {})
    assert out == "[PERSON_1] met [PERSON_2]; [PERSON_1] called [PHONE_1]."


def test_placeholders_stay_stable_across_requests_of_a_conversation(engine) -> None:
    out1, vault = _run(engine, "I am Jane Roe", {})
    out2, _ = _run(engine, "my son Tom Baker and I, Jane Roe", {}, vault=vault)
    assert out1 == "I am [PERSON_1]" and out2 == "my son [PERSON_2] and I, [PERSON_1]"


def test_pseudonyms_are_deterministic_realistic_and_format_preserving(engine) -> None:
    text = "Jane Roe, (555) 212-3456, jane.roe@example.org, SSN 123-45-6788"
    ops = {"default": "pseudonym"}
    a, vault_a = _run(engine, text, ops)
    b, _ = _run(engine, text, ops, scope="app\x1fother")
    assert a == b  # deterministic under the deployment key, whatever the conversation
    assert "Jane Roe" not in a and "212-3456" not in a and "6788" not in a
    assert re.search(
        r"^[A-Z][a-z]+ [A-Z][a-z]+, \(\d{3}\) \d{3}-\d{4}, [a-z]{4}\.[a-z]{3}@example\.com, SSN \d{3}-\d{2}-\d{4}$", a
    ), a
    assert vault_a.reidentify(a, "app\x1fc1") == text


def test_date_shift_keeps_intervals_and_format(engine) -> None:
    out, vault = _run(
        engine, "admitted 03/04/2021, discharged 03/14/2021, follow-up March 24, 2021", {"DATE": "date_shift"}
    )
    dates = re.findall(r"\d{2}/\d{2}/\d{4}", out)
    assert len(dates) == 2 and "03/04/2021" not in out
    d1, d2 = (dt.datetime.strptime(d, "%m/%d/%Y") for d in dates)
    assert (d2 - d1).days == 10
    third = re.search(
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
        r" \d{1,2} \d{4}",
        out,
    )
    assert third is not None and (dt.datetime.strptime(third.group(), "%B %d %Y") - d1).days == 20
    assert vault.reidentify(out, "app\x1fc1") == "admitted 03/04/2021, discharged 03/14/2021, follow-up March 24, 2021"


@pytest.mark.parametrize(
    ("text", "days", "expected"),
    [
        ("03/04/1961", 1, "03/05/1961"),
        ("3/4/61", 30, "4/3/61"),
        ("1961-03-04", -4, "1961-02-28"),
        ("4 Mar 1961", 1, "5 Mar 1961"),
        ("March 4th 1961", 28, "April 1 1961"),
        ("7/22", 10, "8/1"),
        ("not a date", 3, None),
    ],
)
def test_shift_date_formats(text: str, days: int, expected: str | None) -> None:
    assert shift_date(text, days) == expected


def test_mask_redact_keep_and_block(engine) -> None:
    out, _ = _run(
        engine, "SSN 123-45-6788, Jane Roe, call (555) 212-3456", {"SSN": "mask", "PERSON": "redact", "PHONE": "keep"}
    )
    assert out == "SSN ***-**-6788, [PERSON], call (555) 212-3456"
    assert mask("AB-12345") == "**-*2345"
    with pytest.raises(PhiBlocked, match="credit card"):
        _run(engine, "card 4111 1111 1111 1111", {})


def test_python_api_deidentify_and_reidentify() -> None:
    from phigate.policy import Policy

    engine = Deidentifier(Policy.default())
    out = engine.deidentify("I am Jane Roe, call (555) 212-3456", scope="default\x1fconv-9")
    assert out == "I am [PERSON_1], call [PHONE_1]"
    assert engine.vault.reidentify("Hello [PERSON_1]!", "default\x1fconv-9") == "Hello Jane Roe!"
    assert engine.vault.reidentify("Hello [PERSON_1]!", "default\x1fother") == "Hello [PERSON_1]!"

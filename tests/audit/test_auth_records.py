"""Requests that fail authentication are audited too: status 401, no app, the key id the caller
claimed (never the key itself), nothing forwarded."""

from __future__ import annotations

import openai
import pytest

from tests.rawhttp import request


def _records(gw):  # type: ignore[no-untyped-def]
    return list(gw.gateway.ledger.read())


@pytest.mark.parametrize(
    ("key", "claimed"),
    [
        ("phg_0badc0de_thisisnotthesecret", "0badc0de"),  # a revoked or made-up key of phigate's form
        ("sk-some-other-vendor-key", ""),  # not a phigate key: no id to claim
    ],
)
def test_a_bad_key_leaves_a_401_record_without_the_key(make_gateway, key: str, claimed: str) -> None:
    gw = make_gateway()
    bad = openai.OpenAI(base_url=gw.base_url, api_key=key, max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad.chat.completions.create(model="scripted", messages=[{"role": "user", "content": "I am Jane Roe"}])
    (record,) = _records(gw)
    assert (record.status, record.code, record.app, record.key_id) == (401, "invalid_api_key", "", claimed)
    assert record.model == "" and record.entities == {} and record.tokens_in == 0
    assert "thisisnotthesecret" not in str(record.to_dict()) and "Jane" not in str(record.to_dict())
    assert gw.gateway.ledger.verify().ok


def test_a_missing_key_is_recorded_and_a_good_one_still_works(make_gateway) -> None:
    gw = make_gateway()
    reply = request("POST", gw.base_url + "/chat/completions", b'{"model": "scripted", "messages": []}')
    assert reply.status == 401
    gw.client().chat.completions.create(model="scripted", messages=[{"role": "user", "content": "hi"}])
    first, second = _records(gw)
    assert (first.status, first.key_id, first.app) == (401, "", "")
    assert (second.status, second.app) == (200, "default") and second.key_id != ""

"""Secure defaults and operations: CORS only when configured, no message text in logs, token limits,
health, readiness and metrics."""

from __future__ import annotations

import logging

import openai
import pytest

from tests.conftest import SCRIPTED_POLICY, gateway_log
from tests.rawhttp import request

SECRET = "Jane Roe DOB 03/04/1961 MRN 4471920"


def _chat(gw, content: str = "hello", app: str = "default", model: str = "scripted") -> None:
    gw.client(app).chat.completions.create(model=model, messages=[{"role": "user", "content": content}])


def test_no_cors_headers_unless_configured(make_gateway) -> None:
    gw = make_gateway()
    r = request("OPTIONS", gw.base_url + "/chat/completions", headers={"Origin": "https://shop.example"})
    assert "access-control-allow-origin" not in r.headers
    r = request(
        "GET",
        gw.base_url + "/models",
        headers={"Origin": "https://shop.example", "Authorization": f"Bearer {gw.keys['default']}"},
    )
    assert r.status == 200 and "access-control-allow-origin" not in r.headers


def test_configured_origin_gets_cors_and_others_do_not(make_gateway) -> None:
    gw = make_gateway(SCRIPTED_POLICY + "server: {cors_origins: ['https://shop.example']}\n")
    r = request("OPTIONS", gw.base_url + "/chat/completions", headers={"Origin": "https://shop.example"})
    assert r.status == 204 and r.headers["access-control-allow-origin"] == "https://shop.example"
    assert "access-control-allow-credentials" not in r.headers
    r = request("OPTIONS", gw.base_url + "/chat/completions", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_logs_hold_no_message_text_or_key(make_gateway, caplog: pytest.LogCaptureFixture) -> None:
    gw = make_gateway()
    with caplog.at_level(logging.DEBUG):
        _chat(gw, SECRET)
        with pytest.raises(openai.BadRequestError):
            gw.client().chat.completions.create(model="scripted", messages=[{"role": "robot", "content": SECRET}])
    text = gateway_log(caplog)
    for piece in ("Jane Roe", "4471920", "03/04/1961", gw.keys["default"]):
        assert piece not in text


def test_metrics_count_requests_refusals_and_tokens(make_gateway) -> None:
    gw = make_gateway()
    _chat(gw)
    with pytest.raises(openai.NotFoundError):
        _chat(gw, model="nope")
    metrics = request("GET", gw.base_url.removesuffix("/v1") + "/metrics").body.decode()
    assert 'phigate_requests_total{route="chat",status="200"} 1.0' in metrics
    assert 'phigate_refusals_total{code="model_not_found"} 1.0' in metrics
    assert 'phigate_tokens_total{app="default",kind="prompt",model="scripted"} 3.0' in metrics
    assert SECRET not in metrics


def test_token_rate_limit(make_gateway) -> None:
    policy = SCRIPTED_POLICY.replace("limits: {requests_per_minute: 3}", "limits: {tokens_per_minute: 10}")
    gw = make_gateway(policy)
    _chat(gw, "one two three four five six seven eight nine ten", app="other", model="other-model")
    with pytest.raises(openai.RateLimitError) as err:
        _chat(gw, "again", app="other", model="other-model")
    assert "tokens per minute" in err.value.message


def test_readyz_reports_checks(make_gateway) -> None:
    gw = make_gateway()
    r = request("GET", gw.base_url.removesuffix("/v1") + "/readyz")
    assert r.status == 200
    assert r.json()["checks"] == {"model:scripted": True, "model:other-model": True, "store": True, "ledger": True}


def test_readyz_is_503_when_the_store_is_locked(make_gateway) -> None:
    import sqlite3

    gw = make_gateway()
    other = sqlite3.connect(gw.gateway.keys.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    gw.gateway.keys.store._db.execute("PRAGMA busy_timeout=0")
    try:
        r = request("GET", gw.base_url.removesuffix("/v1") + "/readyz")
        assert r.status == 503 and r.json()["checks"]["store"] is False
    finally:
        other.execute("ROLLBACK")
        other.close()

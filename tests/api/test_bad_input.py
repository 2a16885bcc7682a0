"""Bad input gets a clear, specific error, and the server keeps serving the next request."""

from __future__ import annotations

import pytest

from tests.rawhttp import Reply, request


@pytest.fixture
def gw(make_gateway):
    return make_gateway()


def _post(gw, body, path: str = "/chat/completions") -> Reply:
    hdrs = {"Authorization": f"Bearer {gw.keys['default']}", "Content-Type": "application/json"}
    return request("POST", gw.base_url + path, body, hdrs)


def _still_serving(gw) -> None:
    reply = gw.client().chat.completions.create(model="scripted", messages=[{"role": "user", "content": "ok?"}])
    assert reply.choices[0].message.content == "ok?"


@pytest.mark.parametrize(
    ("body", "status", "code", "says"),
    [
        (b'{"model": "scripted", "messages": [', 400, "invalid_request", "not valid JSON"),
        (b"", 400, "invalid_request", "empty"),
        (b"[1, 2]", 400, "invalid_request", "JSON object"),
        (b'{"model": "scripted", "messages": "hi"}', 400, "invalid_request", "messages"),
        (b'{"model": "scripted", "messages": []}', 400, "invalid_request", "messages"),
        (b'{"model": "scripted", "messages": [{"role": "robot", "content": "x"}]}', 400, "invalid_request", "role"),
        (b'{"model": 7, "messages": [{"role": "user", "content": "x"}]}', 400, "invalid_request", "model"),
        (
            b'{"model": "scripted", "messages": [{"role": "user", "content": "x"}], "temperature": "hot"}',
            400,
            "invalid_request",
            "temperature",
        ),
        (b'{"model": "nope", "messages": [{"role": "user", "content": "x"}]}', 404, "model_not_found", "nope"),
    ],
)
def test_bad_bodies(gw, body: bytes, status: int, code: str, says: str) -> None:
    r = _post(gw, body)
    assert r.status == status
    err = r.json()["error"]
    assert err["code"] == code and says in err["message"]
    assert set(err) == {"message", "type", "param", "code"}
    _still_serving(gw)


def test_param_names_the_field(gw) -> None:
    r = _post(gw, b'{"model": "scripted", "messages": [{"role": "robot", "content": "x"}]}')
    assert r.json()["error"]["param"] == "messages[0].role"


def test_20_mb_body_is_413(gw) -> None:
    big = b'{"model": "scripted", "messages": [{"role": "user", "content": "' + b"a" * (20 * 1024 * 1024) + b'"}]}'
    r = _post(gw, big)
    assert r.status == 413
    assert r.json()["error"]["code"] == "request_too_large"
    _still_serving(gw)


def test_chunked_body_over_the_limit_is_413(gw) -> None:
    def chunks():
        yield b'{"model": "scripted", "messages": [{"role": "user", "content": "'
        for _ in range(6):
            yield b"b" * (1024 * 1024)
        yield b'"}]}'

    r = _post(gw, chunks())
    assert r.status == 413
    _still_serving(gw)


def test_wrong_method_and_unknown_path(gw) -> None:
    hdrs = {"Authorization": f"Bearer {gw.keys['default']}"}
    r = request("GET", gw.base_url + "/chat/completions", headers=hdrs)
    assert r.status == 400 and "POST" in r.json()["error"]["message"]
    r = request("GET", gw.base_url + "/nothing-here", headers=hdrs)
    assert r.status == 404 and r.json()["error"]["code"] == "not_found"
    _still_serving(gw)


@pytest.mark.parametrize("auth", ["", "Basic abc", "Bearer ", "Bearer phg_0000_wrong"])
def test_missing_or_wrong_auth_is_401(gw, auth: str) -> None:
    r = request("POST", gw.base_url + "/chat/completions", b"{}", {"Authorization": auth} if auth else {})
    assert r.status == 401
    assert r.json()["error"]["code"] == "invalid_api_key"


def test_revoked_key_is_refused(gw) -> None:
    key_id = gw.keys["default"].split("_")[1]
    assert gw.gateway.keys.store.revoke(key_id)
    gw.gateway.keys.ttl = 0
    gw.gateway.keys._live.clear()
    r = _post(gw, b'{"model": "scripted", "messages": [{"role": "user", "content": "x"}]}')
    assert r.status == 401

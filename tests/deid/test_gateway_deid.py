"""De-identification in the gateway, against a recording upstream (a fake the test controls, over real
HTTP): no original value reaches the upstream, the logs or the metrics; the caller's own values come
back only when the app's policy allows it; any failure refuses the request."""

from __future__ import annotations

import json
import logging

import openai
import pytest

from phigate.config import Settings, parse_policy
from phigate.gateway import build_gateway
from tests.conftest import gateway_log, serve_gateway
from tests.fakes import FakeUpstream, run_fake_upstream
from tests.rawhttp import request

# One value of (nearly) every taxonomy type, as a patient would write them.
PHI = {
    "PERSON": "Jane Roe",
    "STREET_ADDRESS": "12 Elm Street",
    "DATE": "03/04/1961",
    "PHONE": "(555) 212-3456",
    "EMAIL": "jane.roe@example.com",
    "SSN": "123-45-6788",
    "MRN": "4471920",
    "HEALTH_PLAN_ID": "XJH-4471920-01",
    "IP_ADDRESS": "203.0.113.77",
    "URL": "https://portal.example.com/jroe",
    "AGE": "92",
    "DEVICE_ID": "G7X-99812345",
    "ACCOUNT_NUMBER": "88812345",
}
MESSAGE = (
    f"Hi, my name is {PHI['PERSON']}, I live at {PHI['STREET_ADDRESS']}, Springfield, IL and I was born "
    f"{PHI['DATE']}. Call {PHI['PHONE']} or mail {PHI['EMAIL']}. SSN {PHI['SSN']}, MRN {PHI['MRN']}, "
    f"member ID {PHI['HEALTH_PLAN_ID']}, my IP is {PHI['IP_ADDRESS']}, see {PHI['URL']}. I am {PHI['AGE']} years "
    f"old. My CGM serial {PHI['DEVICE_ID']} fails. Account number {PHI['ACCOUNT_NUMBER']}."
)


def _policy(url: str, app_extra: str = "") -> str:
    return (
        "apps:\n"
        f"  chat: {{models: [up], reidentify: true{app_extra}}}\n"
        "  analytics: {models: [up]}\n"
        f"models:\n  up: {{backend: upstream, url: '{url}'}}\n"
    )


@pytest.fixture
def gw(tmp_path):
    def start(mode: str = "echo", app_extra: str = ""):
        fake_cm = run_fake_upstream(FakeUpstream(mode=mode))
        fake = fake_cm.__enter__()
        gateway = build_gateway(Settings(data_dir=tmp_path / "var"), parse_policy(_policy(fake.url, app_extra)))
        keys = {app: gateway.keys.store.create(app)[0] for app in ("chat", "analytics")}
        serve_cm = serve_gateway(gateway)
        base = serve_cm.__enter__()
        started.append((serve_cm, fake_cm))
        return gateway, fake, base, keys

    started: list = []
    yield start
    for serve_cm, fake_cm in reversed(started):
        serve_cm.__exit__(None, None, None)
        fake_cm.__exit__(None, None, None)


def _client(base: str, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=base, api_key=key, max_retries=0)


def _assert_clean(text: str, min_len: int = 1) -> None:
    for kind, value in PHI.items():
        if len(value) >= min_len:
            assert value not in text, f"{kind} {value!r} leaked"


def test_nothing_original_reaches_the_upstream_logs_or_metrics(gw, caplog) -> None:
    gateway, fake, base, keys = gw()
    client = _client(base, keys["chat"])
    with caplog.at_level(logging.DEBUG):
        client.chat.completions.create(model="up", messages=[{"role": "user", "content": MESSAGE}])
        list(client.chat.completions.create(model="up", messages=[{"role": "user", "content": MESSAGE}], stream=True))
    assert len(fake.requests) == 2
    for sent in fake.requests:
        _assert_clean(json.dumps(sent))
        assert "[PERSON_1]" in sent["messages"][0]["content"]
    _assert_clean(gateway_log(caplog))
    # metrics are numbers: a two-digit age would match inside any float, so check the longer values there
    _assert_clean(request("GET", base.removesuffix("/v1") + "/metrics").body.decode(), min_len=5)


@pytest.mark.parametrize("stream", [False, True])
def test_the_patient_sees_their_own_values_back(gw, stream: bool) -> None:
    gateway, fake, base, keys = gw()
    client = _client(base, keys["chat"])
    message = "I am Jane Roe, born 03/04/1961, call (555) 212-3456."
    if stream:
        chunks = list(
            client.chat.completions.create(model="up", messages=[{"role": "user", "content": message}], stream=True)
        )
        answer = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    else:
        answer = (
            client.chat.completions.create(model="up", messages=[{"role": "user", "content": message}])
            .choices[0]
            .message.content
        )
    assert answer == message  # the echoing upstream saw placeholders; the patient sees their values
    assert "Jane Roe" not in json.dumps(fake.requests)


def test_an_app_without_reidentify_gets_placeholders(gw) -> None:
    gateway, fake, base, keys = gw()
    answer = (
        _client(base, keys["analytics"])
        .chat.completions.create(model="up", messages=[{"role": "user", "content": "I am Jane Roe."}])
        .choices[0]
        .message.content
    )
    assert answer == "I am [PERSON_1]."


@pytest.mark.parametrize("stream", [False, True])
def test_tool_call_arguments_are_deidentified_and_restored(gw, stream: bool) -> None:
    gateway, fake, base, keys = gw(mode="tool")
    client = _client(base, keys["chat"])
    history = [
        {"role": "user", "content": "Save a note for Jane Roe, DOB 03/04/1961"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "c0",
                    "type": "function",
                    "function": {
                        "name": "lookup",
                        "arguments": json.dumps({"patient": "Jane Roe", "phone": "(555) 212-3456"}),
                    },
                }
            ],
        },
        {"role": "tool", "tool_call_id": "c0", "content": "found Jane Roe"},
        {"role": "user", "content": "Jane Roe, DOB 03/04/1961"},
    ]
    tools = [{"type": "function", "function": {"name": "save_note", "parameters": {"type": "object"}}}]
    if stream:
        chunks = list(client.chat.completions.create(model="up", messages=history, tools=tools, stream=True))
        args = "".join(
            tc.function.arguments or "" for c in chunks if c.choices for tc in (c.choices[0].delta.tool_calls or [])
        )
    else:
        reply = client.chat.completions.create(model="up", messages=history, tools=tools)
        args = reply.choices[0].message.tool_calls[0].function.arguments
    assert json.loads(args) == {"note": "Jane Roe, DOB 03/04/1961"}
    sent = json.dumps(fake.requests[-1])
    _assert_clean(sent)
    assert (
        json.loads(fake.requests[-1]["messages"][1]["tool_calls"][0]["function"]["arguments"])["patient"]
        == "[PERSON_1]"
    )


def test_placeholders_are_stable_within_a_conversation_and_scopes_never_mix(gw) -> None:
    gateway, fake, base, keys = gw()
    chat = _client(base, keys["chat"])
    conv = {"X-Phigate-Conversation": "c-1"}
    chat.chat.completions.create(
        model="up", messages=[{"role": "user", "content": "I am Jane Roe."}], extra_headers=conv
    )
    chat.chat.completions.create(
        model="up", messages=[{"role": "user", "content": "My son is Tom Baker. I am Jane Roe."}], extra_headers=conv
    )
    assert fake.requests[-1]["messages"][0]["content"] == "My son is [PERSON_2]. I am [PERSON_1]."
    # Another app, same conversation id: its own scope, and it cannot unlock the first app's tokens.
    other = _client(base, keys["analytics"]).chat.completions.create(
        model="up", messages=[{"role": "user", "content": "[PERSON_1] and Tom Baker"}], extra_headers=conv
    )
    assert other.choices[0].message.content == "[PERSON_1] and [PERSON_1]"
    # A new conversation of the same app does not see the first one's tokens either.
    reply = chat.chat.completions.create(
        model="up",
        messages=[{"role": "user", "content": "who is [PERSON_2]?"}],
        extra_headers={"X-Phigate-Conversation": "c-2"},
    )
    assert reply.choices[0].message.content == "who is [PERSON_2]?"


def test_card_numbers_are_blocked_by_default(gw) -> None:
    gateway, fake, base, keys = gw()
    with pytest.raises(openai.PermissionDeniedError) as err:
        _client(base, keys["chat"]).chat.completions.create(
            model="up", messages=[{"role": "user", "content": "charge 4111 1111 1111 1111 please"}]
        )
    assert err.value.code == "phi_blocked"
    assert fake.requests == []


def test_images_are_blocked_by_default_and_stripped_when_redacted(gw) -> None:
    gateway, fake, base, keys = gw(app_extra=", deid: {IMAGE: redact}")
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
    parts = [{"type": "text", "text": "my rash, Jane Roe"}, image]
    reply = _client(base, keys["analytics"])
    with pytest.raises(openai.PermissionDeniedError) as err:
        reply.chat.completions.create(model="up", messages=[{"role": "user", "content": parts}])
    assert err.value.code == "phi_blocked"
    _client(base, keys["chat"]).chat.completions.create(model="up", messages=[{"role": "user", "content": parts}])
    assert fake.requests[-1]["messages"][0]["content"] == [{"type": "text", "text": "my rash, [PERSON_1]"}]


def test_a_failing_engine_refuses_the_request_and_forwards_nothing(gw) -> None:
    gateway, fake, base, keys = gw()

    def broken(texts):
        raise RuntimeError("Jane Roe broke the analyzer")

    gateway.deidentifier.analyze_batch = broken  # type: ignore[method-assign]
    with pytest.raises(openai.InternalServerError) as err:
        _client(base, keys["chat"]).chat.completions.create(
            model="up", messages=[{"role": "user", "content": "I am Jane Roe"}]
        )
    assert err.value.code == "deid_failed" and "Jane Roe" not in err.value.message
    assert fake.requests == []


def test_the_ledger_records_entity_counts_and_no_text(gw) -> None:
    gateway, fake, base, keys = gw()
    _client(base, keys["chat"]).chat.completions.create(model="up", messages=[{"role": "user", "content": MESSAGE}])
    record = list(gateway.ledger.read())[-1]
    assert record.status == 200 and record.app == "chat" and record.model == "up" and record.backend == "upstream"
    assert record.entities["PERSON"] >= 1 and record.entities["SSN"] == 1
    _assert_clean(json.dumps(record.to_dict()), min_len=5)


def test_an_app_may_switch_deidentification_off(gw) -> None:
    gateway, fake, base, keys = gw(app_extra=", deidentify: false")
    _client(base, keys["chat"]).chat.completions.create(
        model="up", messages=[{"role": "user", "content": "I am Jane Roe"}]
    )
    assert fake.requests[-1]["messages"][0]["content"] == "I am Jane Roe"
    assert list(gateway.ledger.read())[-1].entities == {}

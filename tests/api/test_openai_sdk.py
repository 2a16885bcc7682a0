"""The official openai SDK against a running gateway (scripted backends: the model is not the subject)."""

from __future__ import annotations

import base64
import struct

import openai
import pytest

from phigate.backends.scripted import ScriptedBackend, chat_chunks


def test_chat_plain(make_gateway) -> None:
    gw = make_gateway()
    reply = gw.client().chat.completions.create(
        model="scripted", messages=[{"role": "user", "content": "hello gateway"}]
    )
    assert reply.choices[0].message.content == "hello gateway"
    assert reply.usage is not None and reply.usage.total_tokens > 0


def test_chat_stream_with_usage(make_gateway) -> None:
    gw = make_gateway()
    stream = gw.client().chat.completions.create(
        model="scripted",
        messages=[{"role": "user", "content": "stream these words please"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "stream these words please"
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens > 0


def test_stream_without_include_usage_has_no_usage_chunk(make_gateway) -> None:
    gw = make_gateway()
    chunks = list(
        gw.client().chat.completions.create(model="scripted", messages=[{"role": "user", "content": "hi"}], stream=True)
    )
    assert chunks and all(c.usage is None for c in chunks)
    assert all(c.choices for c in chunks)


def test_models_lists_only_the_apps_models(make_gateway) -> None:
    gw = make_gateway()
    assert [m.id for m in gw.client().models.list()] == ["scripted"]
    assert [m.id for m in gw.client("other").models.list()] == ["other-model"]
    assert gw.client().models.retrieve("scripted").id == "scripted"
    with pytest.raises(openai.NotFoundError):
        gw.client().models.retrieve("other-model")


def test_completions(make_gateway) -> None:
    gw = make_gateway()
    out = gw.client().completions.create(model="scripted", prompt="complete me")
    assert out.choices[0].text == "complete me"


def test_embeddings_float_and_base64(make_gateway) -> None:
    gw = make_gateway()
    client = gw.client()
    floats = client.embeddings.create(model="scripted", input=["abc", "de"], encoding_format="float")
    assert [d.embedding for d in floats.data] == [[3.0, 0.5], [2.0, 0.5]]
    # The SDK asks for base64 by default and decodes it back to floats.
    default = client.embeddings.create(model="scripted", input=["abc", "de"])
    assert [d.embedding for d in default.data] == [[3.0, 0.5], [2.0, 0.5]]
    raw = client.embeddings.with_raw_response.create(model="scripted", input="abc", encoding_format="base64")
    encoded = raw.http_response.json()["data"][0]["embedding"]
    assert struct.unpack("<2f", base64.b64decode(encoded)) == (3.0, 0.5)


def test_bad_key_is_401(make_gateway) -> None:
    gw = make_gateway()
    bad = openai.OpenAI(base_url=gw.base_url, api_key="phg_nope_nope", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as err:
        bad.chat.completions.create(model="scripted", messages=[{"role": "user", "content": "x"}])
    assert err.value.status_code == 401
    assert err.value.code == "invalid_api_key"


def test_unknown_model_is_404_with_error_object(make_gateway) -> None:
    gw = make_gateway()
    with pytest.raises(openai.NotFoundError) as err:
        gw.client().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    body = err.value.body
    assert isinstance(body, dict) and body["code"] == "model_not_found" and body["param"] == "model"
    assert "gpt-4o" in body["message"]


def test_model_of_another_app_is_refused(make_gateway) -> None:
    gw = make_gateway()
    with pytest.raises(openai.NotFoundError):
        gw.client().chat.completions.create(model="other-model", messages=[{"role": "user", "content": "x"}])


def test_rate_limit_is_429_with_retry_after(make_gateway) -> None:
    gw = make_gateway()
    client = gw.client("other")
    for _ in range(3):
        client.chat.completions.create(model="other-model", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(openai.RateLimitError) as err:
        client.chat.completions.create(model="other-model", messages=[{"role": "user", "content": "x"}])
    assert err.value.status_code == 429
    assert int(err.value.response.headers["retry-after"]) >= 1
    assert err.value.code == "rate_limit_exceeded"


def test_tool_calls_pass_through_with_integer_index(make_gateway) -> None:
    def tools(call):
        assert call.payload["tools"][0]["function"]["name"] == "book_slot"
        base = {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": "scripted"}
        return [
            {
                **base,
                "choices": [
                    {
                        "index": 0,
                        "delta": {
                            "role": "assistant",
                            "tool_calls": [
                                {"id": "call_1", "type": "function", "function": {"name": "book_slot", "arguments": ""}}
                            ],
                        },
                    }
                ],
            },
            {**base, "choices": [{"index": 0, "delta": {"tool_calls": [{"function": {"arguments": '{"day": '}}]}}]},
            {**base, "choices": [{"index": 0, "delta": {"tool_calls": [{"function": {"arguments": '"mon"}'}}]}}]},
            {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]},
        ]

    gw = make_gateway(backends={"scripted": ScriptedBackend(tools), "other-model": ScriptedBackend()})
    spec = [{"type": "function", "function": {"name": "book_slot", "parameters": {"type": "object"}}}]
    chunks = list(
        gw.client().chat.completions.create(
            model="scripted", messages=[{"role": "user", "content": "book"}], tools=spec, stream=True
        )
    )
    calls = [tc for c in chunks for tc in (c.choices[0].delta.tool_calls or [])]
    assert all(isinstance(tc.index, int) for tc in calls)
    assert "".join(tc.function.arguments or "" for tc in calls) == '{"day": "mon"}'
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


def test_failure_mid_stream_is_an_error_not_done(make_gateway) -> None:
    from phigate.errors import UpstreamError

    def broken(call):
        good = chat_chunks("partial answer here", "scripted")[:2]
        return [*good, UpstreamError("upstream died")]

    gw = make_gateway(backends={"scripted": ScriptedBackend(broken), "other-model": ScriptedBackend()})
    stream = gw.client().chat.completions.create(
        model="scripted", messages=[{"role": "user", "content": "x"}], stream=True
    )
    with pytest.raises(openai.APIError) as err:
        list(stream)
    assert "upstream died" in str(err.value)

"""The upstream backend inside the gateway: egress refusals before any connection, failures mapped to
clear errors, and granted external providers counted in metrics."""

from __future__ import annotations

import asyncio

import openai
import pytest

from phigate.config import Settings, parse_policy
from phigate.errors import ConfigError
from phigate.gateway import build_gateway
from tests.conftest import serve_gateway
from tests.fakes import FakeUpstream, counting_listener, run_fake_upstream
from tests.rawhttp import request


def _policy(url: str, extra: str = "") -> str:
    return (
        f"apps: {{default: {{models: [up]}}}}\nmodels:\n  up: {{backend: upstream, url: '{url}', "
        f"connect_timeout: 2, read_timeout: 2}}\n{extra}"
    )


def _resolver(table: dict[str, list[str]]):
    async def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError(f"no such host {host}")
        return table[host]

    return resolve


def test_public_ip_upstream_is_refused_at_config_load(tmp_path) -> None:
    with pytest.raises(ConfigError, match="203.0.113.7"):
        build_gateway(Settings(data_dir=tmp_path), parse_policy(_policy("http://203.0.113.7:8000/v1")))


def test_hostname_resolving_to_public_address_is_refused_and_nothing_connects(tmp_path) -> None:
    with counting_listener() as (port, accepted):
        resolve = _resolver({"clinic.example": ["203.0.113.8", "127.0.0.1"]})
        gw = build_gateway(
            Settings(data_dir=tmp_path), parse_policy(_policy(f"http://clinic.example:{port}/v1")), resolve=resolve
        )
        with pytest.raises(ConfigError, match="203.0.113.8"):
            asyncio.run(gw.start())
        assert accepted == []


def test_ai_provider_host_is_refused_even_on_loopback(tmp_path) -> None:
    with counting_listener() as (port, accepted):
        pol = parse_policy(_policy(f"http://api.openai.com:{port}/v1", "egress: {allow: ['127.0.0.0/8', '*.com']}\n"))
        with pytest.raises(ConfigError, match="api.openai.com"):
            build_gateway(Settings(data_dir=tmp_path), pol, resolve=_resolver({"api.openai.com": ["127.0.0.1"]}))
        assert accepted == []


def test_dns_rebinding_at_request_time_is_refused_and_nothing_connects(tmp_path) -> None:
    with counting_listener() as (port, accepted):
        table = {"clinic.example": ["127.0.0.1"]}
        gw = build_gateway(
            Settings(data_dir=tmp_path),
            parse_policy(_policy(f"http://clinic.example:{port}/v1")),
            resolve=_resolver(table),
        )
        key = gw.keys.store.create("default")[0]
        with serve_gateway(gw) as base:
            table["clinic.example"] = ["198.51.100.4", "127.0.0.1"]  # the name now points outside
            client = openai.OpenAI(base_url=base, api_key=key, max_retries=0)
            with pytest.raises(openai.PermissionDeniedError) as err:
                client.chat.completions.create(model="up", messages=[{"role": "user", "content": "x"}])
            assert err.value.code == "egress_denied"
            metrics = request("GET", base.removesuffix("/v1") + "/metrics").body.decode()
        assert accepted == []
        assert "phigate_egress_denials_total 1.0" in metrics


def test_granted_provider_is_allowed_and_counted(tmp_path) -> None:
    with run_fake_upstream(FakeUpstream()) as fake:
        pol = parse_policy(
            _policy(
                f"http://api.mistral.ai:{fake.port}/v1",
                "egress: {providers: [{host: api.mistral.ai, region: eu-west}]}\n",
            )
        )
        gw = build_gateway(Settings(data_dir=tmp_path), pol, resolve=_resolver({"api.mistral.ai": ["127.0.0.1"]}))
        key = gw.keys.store.create("default")[0]
        with serve_gateway(gw) as base:
            client = openai.OpenAI(base_url=base, api_key=key, max_retries=0)
            reply = client.chat.completions.create(model="up", messages=[{"role": "user", "content": "x"}])
            metrics = request("GET", base.removesuffix("/v1") + "/metrics").body.decode()
        assert reply.choices[0].message.content == "fake upstream reply"
        assert 'phigate_external_calls_total{host="api.mistral.ai",region="eu-west"} 1.0' in metrics


@pytest.mark.parametrize(
    ("mode", "error", "code"),
    [
        ("error500", openai.APIStatusError, "upstream_error"),
        ("error400", openai.BadRequestError, "invalid_request"),
        ("slow", openai.APIStatusError, "upstream_timeout"),
    ],
)
def test_upstream_failures_are_clear_errors(tmp_path, mode: str, error: type, code: str) -> None:
    with run_fake_upstream(FakeUpstream(mode=mode, delay=5)) as fake:
        gw = build_gateway(Settings(data_dir=tmp_path), parse_policy(_policy(fake.url)))
        key = gw.keys.store.create("default")[0]
        with serve_gateway(gw) as base:
            client = openai.OpenAI(base_url=base, api_key=key, max_retries=0)
            with pytest.raises(error) as err:
                client.chat.completions.create(model="up", messages=[{"role": "user", "content": "x"}])
            assert err.value.code == code
            fake.mode = "ok"  # and the gateway goes on serving
            assert client.chat.completions.create(model="up", messages=[{"role": "user", "content": "y"}]).choices


def test_upstream_that_cuts_the_stream_ends_with_an_error(tmp_path) -> None:
    with run_fake_upstream(FakeUpstream(mode="drop")) as fake:
        gw = build_gateway(Settings(data_dir=tmp_path), parse_policy(_policy(fake.url)))
        key = gw.keys.store.create("default")[0]
        with serve_gateway(gw) as base:
            client = openai.OpenAI(base_url=base, api_key=key, max_retries=0)
            stream = client.chat.completions.create(
                model="up", messages=[{"role": "user", "content": "x"}], stream=True
            )
            with pytest.raises(openai.APIError, match="before \\[DONE\\]"):
                list(stream)


def test_connection_refused_is_retried_then_502(tmp_path) -> None:
    with counting_listener() as (port, _):
        pass  # the port is now closed: connections are refused
    gw = build_gateway(Settings(data_dir=tmp_path), parse_policy(_policy(f"http://127.0.0.1:{port}/v1")))
    key = gw.keys.store.create("default")[0]
    with serve_gateway(gw) as base:
        client = openai.OpenAI(base_url=base, api_key=key, max_retries=0)
        with pytest.raises(openai.APIStatusError) as err:
            client.chat.completions.create(model="up", messages=[{"role": "user", "content": "x"}])
        assert err.value.status_code == 502 and "cannot connect" in err.value.message

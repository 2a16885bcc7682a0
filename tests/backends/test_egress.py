"""Egress allow-list: table-driven decisions, then real loopback sockets behind an aiohttp connector."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Mapping, Sequence
from importlib import resources

import aiohttp
import pytest

from phigate.backends.egress import (
    Decision,
    EgressPolicy,
    EgressResolver,
    ProviderCatalog,
    Resolve,
    egress_denial,
)
from phigate.errors import ConfigError, EgressDenied, UpstreamError
from phigate.policy import EgressSpec, ProviderGrant

DEFAULT_ALLOW = EgressSpec().allow
DNS: dict[str, list[str]] = {
    "localhost": ["127.0.0.1", "::1"],
    "vllm.internal": ["10.0.4.12"],
    "public.example": ["93.184.216.34"],
    "rebind.example": ["203.0.113.9", "127.0.0.1"],
    "api.openai.com": ["127.0.0.1"],
    "x.openai.azure.com": ["127.0.0.1"],
    "api.anthropic.com": ["10.0.0.5"],
    "eu.api.openai.com": ["127.0.0.1"],
    "named.internal": ["203.0.113.50"],
    "gpu.corp.internal": ["198.51.100.7"],
    "dual.example": ["10.0.0.7", "fd00::7"],
}


def table_resolver(table: Mapping[str, list[str]], calls: list[str] | None = None) -> Resolve:
    """A resolver from a dict; unknown names fail like a real NXDOMAIN."""

    async def resolve(host: str, port: int) -> list[str]:
        if calls is not None:
            calls.append(host)
        try:
            return list(table[host.rstrip(".").lower()])
        except KeyError:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None

    return resolve


def make_policy(
    allow: Sequence[str] = DEFAULT_ALLOW,
    providers: Mapping[str, str] | None = None,
    table: Mapping[str, list[str]] = DNS,
) -> EgressPolicy:
    return EgressPolicy(allow, providers or {}, ProviderCatalog.packaged(), table_resolver(table))


def check(policy: EgressPolicy, url: str) -> Decision:
    return asyncio.run(policy.check_url(url))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8000/v1", Decision("127.0.0.1")),
        ("http://10.0.4.12:8000/v1", Decision("10.0.4.12")),
        ("http://192.168.1.20/v1", Decision("192.168.1.20")),
        ("http://[::1]:8080/v1", Decision("::1")),
        ("http://[::ffff:10.1.2.3]/v1", Decision("::ffff:a01:203")),  # yarl compresses the literal
        ("http://localhost:8080/v1", Decision("localhost")),
        ("https://vllm.internal:8000/v1", Decision("vllm.internal")),
        ("http://dual.example/v1", Decision("dual.example")),
        ("HTTP://VLLM.Internal./v1", Decision("vllm.internal")),
    ],
)
def test_default_allow_permits_private(url: str, expected: Decision) -> None:
    assert check(make_policy(), url) == expected


@pytest.mark.parametrize(
    ("url", "names"),
    [
        ("http://8.8.8.8/v1", ["8.8.8.8", "8.8.8.8/32"]),
        ("https://203.0.113.7:443/v1", ["203.0.113.7", "203.0.113.7/32"]),
        ("http://[2001:db8::1]/v1", ["2001:db8::1", "2001:db8::1/128"]),
        ("http://[::ffff:8.8.8.8]/v1", ["8.8.8.8/32"]),
        ("http://public.example/v1", ["public.example", "93.184.216.34", "93.184.216.34/32"]),
        ("http://rebind.example/v1", ["rebind.example", "203.0.113.9", "203.0.113.9/32"]),
        ("ftp://127.0.0.1/file", ["scheme 'ftp'"]),
        ("file:///etc/passwd", ["scheme 'file'"]),
        ("127.0.0.1:8000/v1", ["scheme"]),
        ("http:///v1", ["no host"]),
    ],
)
def test_refused(url: str, names: list[str]) -> None:
    with pytest.raises(EgressDenied) as info:
        check(make_policy(), url)
    for name in names:
        assert name in info.value.message
    assert info.value.code == "egress_denied" and info.value.status == 403


def test_denial_never_echoes_path_or_query() -> None:
    for url in (
        "http://8.8.8.8/v1/patients?name=Jane+Doe",
        "http://public.example/v1/patients?name=Jane+Doe",
    ):
        with pytest.raises(EgressDenied) as info:
            check(make_policy(), url)
        assert "Jane" not in info.value.message and "patients" not in info.value.message


@pytest.mark.parametrize("host", ["api.openai.com", "x.openai.azure.com", "api.anthropic.com", "eu.api.openai.com"])
@pytest.mark.parametrize("allow", [DEFAULT_ALLOW, ["*.com", *DEFAULT_ALLOW], ["api.openai.com", "*.azure.com"]])
def test_provider_refused_without_grant(host: str, allow: list[str]) -> None:
    # They resolve to private addresses in DNS, and may match an allow wildcard: still refused.
    calls: list[str] = []
    policy = EgressPolicy(allow, {}, ProviderCatalog.packaged(), table_resolver(DNS, calls))
    with pytest.raises(EgressDenied, match="egress.providers"):
        check(policy, f"https://{host}/v1/models")
    with pytest.raises(EgressDenied):
        check(policy, f"https://{host.upper()}./v1/models")
    assert calls == []  # refused on the name, before any DNS lookup


@pytest.mark.parametrize(
    ("host", "region"),
    [("api.openai.com", "us"), ("x.openai.azure.com", "eu-west"), ("api.anthropic.com", "eu")],
)
def test_provider_allowed_with_grant(host: str, region: str) -> None:
    policy = make_policy(providers={host.upper(): region}, table={host: ["203.0.113.80"]})
    assert check(policy, f"https://{host}/v1/models") == Decision(host, region, provider=True)
    # The grant is for that exact host, not its siblings.
    with pytest.raises(EgressDenied):
        check(policy, "https://eu.api.openai.com/v1")


@pytest.mark.parametrize(
    ("allow", "url", "expected"),
    [
        (["named.internal"], "http://named.internal/v1", Decision("named.internal")),
        (["*.corp.internal"], "http://gpu.corp.internal/v1", Decision("gpu.corp.internal")),
        (["*.internal"], "http://gpu.corp.internal/v1", Decision("gpu.corp.internal")),
        (["Named.Internal."], "http://named.internal/v1", Decision("named.internal")),
    ],
)
def test_named_hosts_trusted_at_any_address(allow: list[str], url: str, expected: Decision) -> None:
    assert check(make_policy(allow), url) == expected


def test_wildcard_matches_subdomains_only() -> None:
    policy = make_policy(["*.corp.internal"], table={"corp.internal": ["198.51.100.1"]})
    with pytest.raises(EgressDenied, match="198.51.100.1"):
        check(policy, "http://corp.internal/")


@pytest.mark.parametrize(
    "entry",
    [
        "",
        "   ",
        "10.0.0.0/33",
        "10.0.0.1/8",
        "300.1.1.1",
        "::gg",
        "*",
        "foo.*.com",
        "exa mple.com",
        "host.123",
    ],
)
def test_bad_allow_entry_is_config_error(entry: str) -> None:
    with pytest.raises(ConfigError) as info:
        make_policy([entry])
    assert repr(entry) in info.value.message


@pytest.mark.parametrize(("host", "region"), [("api.openai.com", " "), ("10.0.0.1", "eu"), ("", "eu")])
def test_bad_provider_grant_is_config_error(host: str, region: str) -> None:
    with pytest.raises(ConfigError):
        make_policy(providers={host: region})


def test_from_spec() -> None:
    spec = EgressSpec(providers=[ProviderGrant(host="api.openai.com", region="us")])
    policy = EgressPolicy.from_spec(spec, resolve=table_resolver(DNS))
    assert check(policy, "https://api.openai.com/v1") == Decision("api.openai.com", "us", provider=True)
    assert check(policy, "http://vllm.internal/v1") == Decision("vllm.internal")
    twice = EgressSpec(
        providers=[
            ProviderGrant(host="api.openai.com", region="us"),
            ProviderGrant(host="API.openai.com", region="eu"),
        ]
    )
    with pytest.raises(ConfigError, match="twice"):
        EgressPolicy.from_spec(twice)


def test_dns_failure() -> None:
    policy = make_policy()
    with pytest.raises(UpstreamError, match="nxdomain.example"):
        check(policy, "http://nxdomain.example/v1")
    assert asyncio.run(policy.preflight("http://nxdomain.example/v1")) is None
    assert asyncio.run(policy.preflight("http://vllm.internal/v1")) == Decision("vllm.internal")
    with pytest.raises(EgressDenied):
        asyncio.run(policy.preflight("http://rebind.example/v1"))
    # A name trusted by name needs no DNS at config load.
    assert check(make_policy(["down.internal"]), "http://down.internal/v1") == Decision("down.internal")


@pytest.mark.parametrize(
    ("host", "pattern"),
    [
        ("api.openai.com", "api.openai.com"),
        ("API.OpenAI.com.", "api.openai.com"),
        ("eu.api.openai.com", "*.api.openai.com"),
        ("x.openai.azure.com", "*.openai.azure.com"),
        ("a.b.openai.azure.com", "*.openai.azure.com"),
        ("europe-west4-aiplatform.googleapis.com", "*-aiplatform.googleapis.com"),
        ("bedrock-runtime.eu-west-1.amazonaws.com", "bedrock-runtime.*.amazonaws.com"),
        (
            "inference.generativeai.eu-frankfurt-1.oci.oraclecloud.com",
            "inference.generativeai.*.oci.oraclecloud.com",
        ),
        ("shop.zendesk.com", "*.zendesk.com"),
        ("widget.intercom.io", "widget.intercom.io"),
        ("api.openai.com.evil.example", None),
        ("notapi.openai.com", None),
        ("openai.azure.com", None),
        ("-aiplatform.googleapis.com", None),
        ("bedrock-runtime.a.b.amazonaws.com", None),
        ("s3.eu-west-1.amazonaws.com", None),
        ("zendesk.com", None),
        ("vllm.internal", None),
        ("127.0.0.1", None),
    ],
)
def test_catalog_match(host: str, pattern: str | None) -> None:
    assert ProviderCatalog.packaged().match(host) == pattern


def test_packaged_catalog() -> None:
    text = resources.files("phigate.data").joinpath("ai_providers.txt").read_text("utf-8")
    assert "2026-11-27" in text and "ai_endpoints.txt" in text
    assert len(ProviderCatalog.packaged()) > 50
    with pytest.raises(ConfigError, match="not a host pattern"):
        ProviderCatalog.from_text("api.openai.com/v1\n")


@pytest.mark.parametrize(
    ("host", "family", "addresses"),
    [
        ("dual.example", socket.AF_UNSPEC, ["10.0.0.7", "fd00::7"]),
        ("dual.example", socket.AF_INET, ["10.0.0.7"]),
        ("dual.example", socket.AF_INET6, ["fd00::7"]),
        ("named.internal", socket.AF_INET, ["203.0.113.50"]),
    ],
)
def test_resolver_results(host: str, family: socket.AddressFamily, addresses: list[str]) -> None:
    resolver = EgressResolver(make_policy(["named.internal", *DEFAULT_ALLOW]))
    results = asyncio.run(resolver.resolve(host, 443, family))
    assert [r["host"] for r in results] == addresses
    assert all(r["hostname"] == host and r["port"] == 443 for r in results)


def test_resolver_refuses_and_propagates_dns_failure() -> None:
    resolver = EgressResolver(make_policy())
    with pytest.raises(EgressDenied):
        asyncio.run(resolver.resolve("rebind.example", 80, socket.AF_UNSPEC))
    with pytest.raises(OSError):  # aiohttp turns this into ClientConnectorDNSError
        asyncio.run(resolver.resolve("nxdomain.example", 80, socket.AF_UNSPEC))


def test_egress_denial_unwraps() -> None:
    denied = EgressDenied("egress to 'x' refused")
    wrapped = aiohttp.ClientConnectionError("connect failed")
    wrapped.__cause__ = denied
    assert egress_denial(wrapped) is denied
    assert egress_denial(aiohttp.ClientConnectionError("other")) is None


async def _through_connector(urls: list[str], control: str) -> tuple[list[BaseException], int, int]:
    """Request each URL through an ``EgressResolver`` connector aimed at a real loopback listener.

    Returns what each refused request raised, connections accepted after them, and after the control.
    """
    accepted: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted.append(1)
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    table = {
        "api.openai.com": ["127.0.0.1"],
        "rebind.example": ["203.0.113.9", "127.0.0.1"],
        "upstream.example": ["127.0.0.1"],
    }
    policy = make_policy(table=table)
    errors: list[BaseException] = []
    try:
        connector = aiohttp.TCPConnector(resolver=EgressResolver(policy))
        async with aiohttp.ClientSession(connector=connector) as session:
            for url in urls:
                try:
                    async with session.get(url.format(port=port), allow_redirects=False) as resp:
                        await resp.read()
                except Exception as exc:  # the test inspects what the caller sees
                    errors.append(exc)
            await asyncio.sleep(0.05)
            before_control = len(accepted)
            async with session.get(control.format(port=port)) as resp:
                assert resp.status == 200 and await resp.read() == b"ok"
    finally:
        server.close()
        await server.wait_closed()
    return errors, before_control, len(accepted)


def test_connect_time_denial_opens_no_socket() -> None:
    urls = ["http://api.openai.com:{port}/v1/models", "http://rebind.example:{port}/"]
    errors, before_control, total = asyncio.run(_through_connector(urls, "http://upstream.example:{port}/v1"))
    assert len(errors) == 2
    # What the caller sees with the installed aiohttp: the EgressDenied itself, not a wrapper.
    assert all(type(exc) is EgressDenied for exc in errors)
    assert all(egress_denial(exc) is exc for exc in errors)
    assert "api.openai.com" in str(errors[0]) and "203.0.113.9" in str(errors[1])
    assert before_control == 0  # the listener never saw a connection from the refused requests
    assert total == 1  # the control did reach it, so the listener was live

"""Shared fixtures: a real gateway server on a loopback port, reached with the official openai SDK."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import openai
import pytest
import uvicorn

from phigate.api.app import GatewayApp
from phigate.backends.base import Backend
from phigate.backends.scripted import ScriptedBackend
from phigate.config import Settings, parse_policy
from phigate.gateway import Gateway, build_gateway
from phigate.policy import Policy
from tests.pg import postgres_dsn, postgres_schema_dsn  # noqa: F401

SCRIPTED_POLICY = """
apps:
  default:
    models: [scripted]
  other:
    models: [other-model]
    limits: {requests_per_minute: 3}
models:
  scripted: {backend: upstream, url: "http://127.0.0.1:9/v1"}
  other-model: {backend: upstream, url: "http://127.0.0.1:9/v1"}
"""


def gateway_log(caplog: pytest.LogCaptureFixture) -> str:
    """What the gateway side logged (phigate, uvicorn, aiohttp, llama.cpp), not the test's own client."""
    server = ("phigate", "uvicorn", "aiohttp", "llama-cpp-python", "asyncio")
    return "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records if r.name.split(".")[0] in server)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RunningGateway:
    gateway: Gateway
    base_url: str
    keys: dict[str, str]

    def client(self, app: str = "default", **kw: object) -> openai.OpenAI:
        return openai.OpenAI(base_url=self.base_url, api_key=self.keys[app], max_retries=0, **kw)  # type: ignore[arg-type]


@contextmanager
def serve_gateway(gateway: Gateway) -> Iterator[str]:
    """Serve ``gateway`` with uvicorn on a free loopback port in a background thread."""
    port = free_port()
    config = uvicorn.Config(
        GatewayApp(gateway),
        host="127.0.0.1",
        port=port,
        http="httptools",
        lifespan="off",
        access_log=False,
        log_level="warning",
    )
    server = uvicorn.Server(config)
    loop = asyncio.new_event_loop()
    started = threading.Event()

    async def main() -> None:
        await gateway.start()
        started.set()
        try:
            await server.serve()
        finally:
            await gateway.close()

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    assert started.wait(120), "gateway did not start"
    while not server.started:
        threading.Event().wait(0.01)
    try:
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        server.should_exit = True
        thread.join(30)
        loop.close()


@pytest.fixture
def make_gateway(tmp_path: Path) -> Iterator[Callable[..., RunningGateway]]:
    """Start a gateway with the given policy text and backends (default: scripted echo backends)."""
    stack: list[object] = []

    def make(
        policy: str | Policy = SCRIPTED_POLICY, backends: Mapping[str, Backend] | None = None, **kw: object
    ) -> RunningGateway:
        pol = parse_policy(policy) if isinstance(policy, str) else policy
        if backends is None:
            backends = {name: ScriptedBackend() for name in pol.models}
        settings = Settings(data_dir=tmp_path / "var")
        gateway = build_gateway(settings, pol, backends=backends, **kw)  # type: ignore[arg-type]
        keys = {app: gateway.keys.store.create(app)[0] for app in pol.apps}
        cm = serve_gateway(gateway)
        base_url = cm.__enter__()
        stack.append(cm)
        return RunningGateway(gateway, base_url, keys)

    yield make
    for cm in reversed(stack):
        cm.__exit__(None, None, None)  # type: ignore[attr-defined]

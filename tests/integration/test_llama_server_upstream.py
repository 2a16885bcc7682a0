"""The gateway in front of a real OpenAI-compatible server: llama-cpp-python's own
``python -m llama_cpp.server`` loading the same Gemma model."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from phigate.config import Settings, parse_policy
from phigate.gateway import build_gateway
from tests.conftest import free_port, serve_gateway
from tests.rawhttp import wait_ready


@pytest.fixture(scope="module")
def llama_server(model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log_path = tmp_path_factory.mktemp("llama-server") / "server.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(model_path),
            "--model_alias",
            "gemma-270m",
            "--chat_format",
            "gemma",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "2048",
            "--verbose",
            "false",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        wait_ready(url + "/models", proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(30)
        log.close()


@pytest.fixture
def client(llama_server: str, tmp_path: Path) -> Iterator[openai.OpenAI]:
    pol = parse_policy(
        "apps: {default: {models: [clinic-llama]}}\n"
        f"models:\n  clinic-llama: {{backend: upstream, url: '{llama_server}', model: gemma-270m}}\n"
    )
    gw = build_gateway(Settings(data_dir=tmp_path), pol)
    key = gw.keys.store.create("default")[0]
    with serve_gateway(gw) as base:
        yield openai.OpenAI(base_url=base, api_key=key, max_retries=0)


def test_chat_through_a_real_upstream(client: openai.OpenAI) -> None:
    reply = client.chat.completions.create(
        model="clinic-llama", messages=[{"role": "user", "content": "Name a fruit."}], max_tokens=8
    )
    assert reply.model  # the upstream's answer came back through the gateway
    assert isinstance(reply.choices[0].message.content, str)
    assert reply.usage is not None and 0 < reply.usage.completion_tokens <= 8


def test_streamed_chat_through_a_real_upstream(client: openai.OpenAI) -> None:
    chunks = list(
        client.chat.completions.create(
            model="clinic-llama", messages=[{"role": "user", "content": "Name a fruit."}], max_tokens=8, stream=True
        )
    )
    assert len(chunks) >= 2
    assert chunks[-1].choices and chunks[-1].choices[0].finish_reason in ("stop", "length")
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert isinstance(text, str)


def test_completion_through_a_real_upstream(client: openai.OpenAI) -> None:
    out = client.completions.create(model="clinic-llama", prompt="Insulin is a", max_tokens=5, temperature=0)
    assert out.choices[0].text

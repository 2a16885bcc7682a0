"""The real embedded model (llama.cpp, Gemma 3 270M) answering through the gateway."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from phigate.backends.embedded import GEMMA_FILE, EmbeddedBackend
from phigate.config import Settings, parse_policy
from phigate.errors import ConfigError
from phigate.gateway import build_gateway
from phigate.pipeline import MemoryRecorder
from tests.conftest import free_port, serve_gateway
from tests.rawhttp import request, wait_ready


@pytest.fixture(scope="module")
def cli_gateway(tmp_path_factory: pytest.TempPathFactory, model_dir: Path) -> Iterator[tuple[str, str]]:
    """``phigate serve`` as a user starts it: default policy, the packaged model, a key from the CLI."""
    data = tmp_path_factory.mktemp("var")
    shutil.copytree(model_dir, data / "models")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PHIGATE_")}
    phigate = [sys.executable, "-m", "phigate"]
    key = subprocess.run(
        [*phigate, "keys", "create", "--app", "default", "--data-dir", str(data), "--quiet"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.strip()
    port = free_port()
    log = open(data / "serve.log", "wb")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(
        [*phigate, "serve", "--data-dir", str(data), "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=env
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base + "/readyz", proc)
        yield base, key
    finally:
        proc.terminate()
        proc.wait(30)
        log.close()


def test_chat_with_the_real_model(cli_gateway) -> None:
    base, key = cli_gateway
    client = openai.OpenAI(base_url=base + "/v1", api_key=key, max_retries=0)
    reply = client.chat.completions.create(
        model="local-default", messages=[{"role": "user", "content": "Name one vitamin."}], max_tokens=8
    )
    assert isinstance(reply.choices[0].message.content, str) and reply.choices[0].message.content.strip()
    assert reply.usage is not None and 0 < reply.usage.completion_tokens <= 8 and reply.usage.prompt_tokens > 5
    assert reply.choices[0].finish_reason in ("stop", "length")


def test_streamed_chat_with_the_real_model(cli_gateway) -> None:
    base, key = cli_gateway
    client = openai.OpenAI(base_url=base + "/v1", api_key=key, max_retries=0)
    chunks = list(
        client.chat.completions.create(
            model="local-default",
            messages=[{"role": "user", "content": "Say hello."}],
            max_tokens=6,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip()
    assert chunks[-1].usage is not None and 0 < chunks[-1].usage.completion_tokens <= 6


def test_completion_and_embeddings_with_the_real_model(cli_gateway) -> None:
    base, key = cli_gateway
    client = openai.OpenAI(base_url=base + "/v1", api_key=key, max_retries=0)
    out = client.completions.create(model="local-default", prompt="Insulin is", max_tokens=5, temperature=0)
    assert out.choices[0].text and out.usage is not None and out.usage.completion_tokens <= 5
    emb = client.embeddings.create(model="local-default", input=["blood sugar", "glucose level", "car engine"])
    vectors = [d.embedding for d in emb.data]
    assert len(vectors) == 3 and len(vectors[0]) == 640
    assert all(abs(math.hypot(*v) - 1) < 1e-3 for v in vectors)
    assert vectors[0] != vectors[2]


def test_readyz_and_metrics(cli_gateway) -> None:
    base, _ = cli_gateway
    ready = request("GET", base + "/readyz")
    assert ready.status == 200 and ready.json()["checks"] == {
        "model:local-default": True,
        "store": True,
        "ledger": True,
    }
    assert request("GET", base + "/healthz").json() == {"status": "ok"}
    metrics = request("GET", base + "/metrics").body.decode()
    assert 'phigate_requests_total{route="chat",status="200"}' in metrics
    assert 'phigate_tokens_total{app="default",kind="completion",model="local-default"}' in metrics
    assert "phigate_request_seconds_bucket" in metrics


def test_sha256_mismatch_refuses_to_start(tmp_path: Path, model_path: Path) -> None:
    bad = tmp_path / GEMMA_FILE
    shutil.copy(model_path, bad)
    with bad.open("r+b") as fh:
        fh.seek(-1, os.SEEK_END)
        last = fh.read(1)
        fh.seek(-1, os.SEEK_END)
        fh.write(bytes([last[0] ^ 1]))
    pol = parse_policy("apps: {a: {models: [m]}}\nmodels:\n  m: {backend: embedded}\n")
    backend = EmbeddedBackend("m", pol.models["m"], tmp_path)  # type: ignore[arg-type]
    import asyncio

    with pytest.raises(ConfigError, match="SHA-256"):
        asyncio.run(backend.start())
    assert not backend.ready


def test_full_queue_is_503_and_a_disconnect_frees_the_model(tmp_path: Path, model_dir: Path) -> None:
    shutil.copytree(model_dir, tmp_path / "var" / "models")
    pol = parse_policy("apps: {default: {models: [m]}}\nmodels:\n  m: {backend: embedded, max_queue: 1}\n")
    recorder = MemoryRecorder()
    gw = build_gateway(Settings(data_dir=tmp_path / "var"), pol, recorder=recorder)
    key = gw.keys.store.create("default")[0]
    long_prompt = [{"role": "user", "content": "What is insulin?"}]
    with serve_gateway(gw) as base:
        client = openai.OpenAI(base_url=base, api_key=key, max_retries=0)
        first = client.chat.completions.create(
            model="m", messages=long_prompt, max_tokens=1500, temperature=0, stream=True
        )
        next(iter(first))  # the model is now generating for the first caller
        waiting: list[object] = []
        second = threading.Thread(
            target=lambda: waiting.append(
                client.chat.completions.create(model="m", messages=[{"role": "user", "content": "Hi"}], max_tokens=3)
            )
        )
        second.start()
        deadline = time.monotonic() + 30
        while gw.backends["m"]._waiting < 1:  # type: ignore[attr-defined]
            assert time.monotonic() < deadline
            time.sleep(0.01)
        with pytest.raises(openai.InternalServerError) as full:
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}], max_tokens=3)
        assert full.value.status_code == 503 and full.value.code == "model_overloaded"
        assert int(full.value.response.headers["retry-after"]) >= 1
        first.close()  # the first caller goes away: its generation stops, the waiting request runs
        second.join(120)
        assert waiting and waiting[0].choices[0].message.content is not None  # type: ignore[attr-defined]
    outcomes = [(o.status, o.code) for _, o in recorder.records]
    assert (499, "client_closed") in outcomes and (503, "model_overloaded") in outcomes
    assert outcomes.count((200, None)) == 1

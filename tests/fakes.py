"""Fakes for what a test must control, named as such: an OpenAI-compatible upstream whose behaviour
the test sets (slow, failing, recording), and a listening socket that counts connections."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.conftest import free_port


@dataclass
class FakeUpstream:
    """Answers /v1/chat/completions with a canned reply; ``mode`` picks a failure to play."""

    mode: str = "ok"  # ok | echo | tool | slow | error500 | error400 | drop
    delay: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        if self.mode == "slow":
            await asyncio.sleep(self.delay)
        if self.mode == "error500":
            return web.json_response({"error": {"message": "upstream exploded"}}, status=500)
        if self.mode == "error400":
            return web.json_response({"error": {"message": "bad parameter 'foo'"}}, status=400)
        text = "fake upstream reply"
        if self.mode in ("echo", "tool"):
            text = next(m["content"] for m in reversed(body["messages"]) if m["role"] == "user")
        if self.mode == "tool":
            return await self._tool(request, body, text)
        if body.get("stream"):
            resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
            await resp.prepare(request)
            base = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body["model"]}
            pieces = (
                [text[i : i + 3] for i in range(0, len(text), 3)]
                if self.mode == "echo"
                else [w + " " for w in text.split(" ")]
            )
            for piece in pieces:
                chunk = {**base, "choices": [{"index": 0, "delta": {"content": piece}}]}
                await resp.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
            if self.mode == "drop":
                return resp  # closes without [DONE]
            await resp.write(b"data: [DONE]\n\n")
            return resp
        return web.json_response(
            {
                "id": "x",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8},
            }
        )

    async def _tool(self, request: web.Request, body: dict[str, Any], text: str) -> web.StreamResponse:
        """A tool call whose arguments carry the user's text (placeholders and all)."""
        args = json.dumps({"note": text})
        call = {"id": "call_1", "type": "function", "function": {"name": "save_note", "arguments": args}}
        if not body.get("stream"):
            message = {"role": "assistant", "content": None, "tool_calls": [call]}
            return web.json_response(
                {
                    "id": "x",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body["model"],
                    "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls"}],
                }
            )
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        base = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body["model"]}
        first = {**call, "index": 0, "function": {"name": "save_note", "arguments": ""}}
        events = [{"tool_calls": [first]}] + [
            {"tool_calls": [{"index": 0, "function": {"arguments": args[i : i + 4]}}]} for i in range(0, len(args), 4)
        ]
        for delta in events:
            chunk = {**base, "choices": [{"index": 0, "delta": delta}]}
            await resp.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
        end = {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]}
        await resp.write(b"data: " + json.dumps(end).encode() + b"\n\ndata: [DONE]\n\n")
        return resp


@contextmanager
def run_fake_upstream(fake: FakeUpstream) -> Iterator[FakeUpstream]:
    fake.port = free_port()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", fake.chat)
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app, access_log=None)
    ready = threading.Event()

    async def start() -> None:
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", fake.port).start()
        ready.set()

    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(start(), loop)
    assert ready.wait(10)
    try:
        yield fake
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


@contextmanager
def counting_listener() -> Iterator[tuple[int, list[object]]]:
    """A TCP socket on 127.0.0.1 that records every connection it accepts (and answers nothing)."""
    import socket

    accepted: list[object] = []
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    srv.settimeout(0.1)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, addr = srv.accept()
            except TimeoutError:
                continue
            accepted.append(addr)
            conn.close()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield srv.getsockname()[1], accepted
    finally:
        stop.set()
        thread.join(5)
        srv.close()

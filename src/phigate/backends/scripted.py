"""A test double for ``Backend``: answers come from a handler you write, and every call is recorded.

This is a fake on purpose, for tests that must control the model (a failure in the middle of a
stream, a tool call, a recorded payload). Tests that need a real model use the embedded backend.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import Any

from phigate.backends.base import Answer, Backend, BackendCall, Body

Handler = Callable[[BackendCall], Body | Iterable[Body | BaseException] | Awaitable[Body]]


class ScriptedBackend(Backend):
    """Returns what ``handler(call)`` returns; an iterable becomes a stream (an exception in it is
    raised at that point of the stream). Without a handler it echoes the last user message."""

    kind = "scripted"

    def __init__(self, handler: Handler | None = None, *, delay: float = 0.0) -> None:
        self.handler = handler or echo
        self.delay = delay
        self.calls: list[BackendCall] = []

    async def call(self, call: BackendCall) -> Answer:
        self.calls.append(call)
        if self.delay:
            await asyncio.sleep(self.delay)
        result = self.handler(call)
        if isinstance(result, Awaitable):
            result = await result
        if isinstance(result, dict):
            return result
        return _stream(result)


async def _stream(items: Iterable[Body | BaseException]) -> AsyncIterator[Body]:
    for item in items:
        await asyncio.sleep(0)
        if isinstance(item, BaseException):
            raise item
        yield item


def echo(call: BackendCall) -> Body | list[Body]:
    """Answer with the text of the last user message (or the prompt), plain or streamed."""
    payload = call.payload
    if call.route == "embeddings":
        inputs = payload["input"] if isinstance(payload["input"], list) else [payload["input"]]
        data = [
            {"object": "embedding", "index": i, "embedding": [float(len(str(t))), 0.5]} for i, t in enumerate(inputs)
        ]
        return {"object": "list", "data": data, "model": payload["model"], "usage": _usage(1, 0)}
    if call.route == "chat":
        text = _last_user_text(payload["messages"])
    else:
        text = str(payload.get("prompt", ""))
    if call.stream:
        return chat_chunks(text, payload["model"]) if call.route == "chat" else [completion_body(text, payload)]
    if call.route == "chat":
        return chat_body(text, payload["model"])
    return completion_body(text, payload)


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
            return str(content or "")
    return ""


def _usage(prompt: int, completion: int) -> dict[str, int]:
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def chat_body(text: str, model: str, **message: Any) -> Body:
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text, **message}, "finish_reason": "stop"}
        ],
        "usage": _usage(3, len(text.split())),
    }


def chat_chunks(text: str, model: str, pieces: int = 4) -> list[Body]:
    """``text`` split into ``pieces`` content deltas, then a finish chunk and a usage chunk."""
    step = max(1, -(-len(text) // pieces))
    parts = [text[i : i + step] for i in range(0, len(text), step)] or [""]
    base = {"id": "chatcmpl-scripted", "object": "chat.completion.chunk", "created": int(time.time()), "model": model}
    chunks = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}]
    chunks += [{**base, "choices": [{"index": 0, "delta": {"content": p}}]} for p in parts]
    chunks.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    chunks.append({**base, "choices": [], "usage": _usage(3, len(parts))})
    return chunks


def completion_body(text: str, payload: Body) -> Body:
    return {
        "id": "cmpl-scripted",
        "object": "text_completion",
        "created": int(time.time()),
        "model": payload["model"],
        "choices": [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}],
        "usage": _usage(3, len(text.split())),
    }

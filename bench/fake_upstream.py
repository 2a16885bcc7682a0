"""A FAKE OpenAI-compatible upstream for benchmarks: fixed answers, as little CPU per request as possible.

It is fake on purpose: the gateway benchmark must control the upstream, so every leg (direct, phigate,
LiteLLM) talks to the same server that answers in microseconds. It speaks just enough HTTP/1.1
(keep-alive, Content-Length bodies, pipelining) on a raw asyncio Protocol, with uvloop when installed.

Routes: ``POST /v1/chat/completions`` (a fixed ``chat.completion`` with usage), ``GET /v1/models``,
``GET /health``. Anything else is 404.

    python bench/fake_upstream.py --host 127.0.0.1 --port 8001
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Callable
from typing import cast

MAX_HEADER_BYTES = 64 * 1024
MAX_BODY_BYTES = 8 * 1024 * 1024
FAKE_ANSWER = (
    "Thanks for the details. A dry cough with a mild fever for a few days is often viral; rest, fluids "
    "and paracetamol can help. Please book a visit if it lasts over a week or you feel short of breath."
)


def _response(status: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n\r\n"
    )
    return head.encode("ascii") + body


def _chat_completion_body(created: int) -> bytes:
    return json.dumps(
        {
            "id": "chatcmpl-fake-upstream",
            "object": "chat.completion",
            "created": created,
            "model": "fake",
            "system_fingerprint": None,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": FAKE_ANSWER},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 82, "completion_tokens": 41, "total_tokens": 123},
        },
        separators=(",", ":"),
    ).encode()


def _models_body(created: int) -> bytes:
    model = {"id": "fake", "object": "model", "created": created, "owned_by": "fake-upstream"}
    return json.dumps({"object": "list", "data": [model]}, separators=(",", ":")).encode()


def build_routes() -> dict[tuple[bytes, bytes], bytes]:
    """Every answer is serialised once, at start-up."""
    created = int(time.time())
    return {
        (b"POST", b"/v1/chat/completions"): _response("200 OK", _chat_completion_body(created)),
        (b"GET", b"/v1/models"): _response("200 OK", _models_body(created)),
        (b"GET", b"/health"): _response("200 OK", b'{"status":"ok"}'),
    }


NOT_FOUND = _response("404 Not Found", b'{"error":{"message":"not found","type":"invalid_request_error"}}')
BAD_REQUEST = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


class FakeUpstreamProtocol(asyncio.Protocol):
    """One connection: parse requests out of a byte buffer, answer each from the route table."""

    def __init__(self, routes: dict[tuple[bytes, bytes], bytes]) -> None:
        self._routes = routes
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports implement asyncio.Transport without subclassing it.
        self._transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while self._transport is not None and self._handle_one():
            pass

    def _handle_one(self) -> bool:
        """Answer one complete request from the buffer; False when more bytes are needed."""
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            if len(self._buffer) > MAX_HEADER_BYTES:
                self._fail()
            return False
        head = bytes(self._buffer[:end])
        try:
            method, target, close, length = _parse_head(head)
        except ValueError:
            self._fail()
            return False
        total = end + 4 + length
        if len(self._buffer) < total:
            return False
        del self._buffer[:total]
        assert self._transport is not None
        self._transport.write(self._routes.get((method, target.split(b"?", 1)[0]), NOT_FOUND))
        if close:
            self._transport.close()
            self._transport = None
            return False
        return True

    def _fail(self) -> None:
        assert self._transport is not None
        self._transport.write(BAD_REQUEST)
        self._transport.close()
        self._transport = None

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None


def _parse_head(head: bytes) -> tuple[bytes, bytes, bool, int]:
    """Return (method, target, connection-close, content-length) or raise ValueError."""
    lines = head.split(b"\r\n")
    method, target, version = lines[0].split(b" ", 2)
    close = version == b"HTTP/1.0"
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value.strip())
        elif name == b"connection":
            token = value.strip().lower()
            close = token == b"close" or (close and token != b"keep-alive")
        elif name == b"transfer-encoding":
            raise ValueError("chunked request bodies are not supported by the fake upstream")
    if not 0 <= length <= MAX_BODY_BYTES:
        raise ValueError("bad Content-Length")
    return method, target, close, length


async def serve(host: str, port: int) -> None:
    routes = build_routes()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: FakeUpstreamProtocol(routes), host, port, backlog=1024)
    bound = server.sockets[0].getsockname()[1]
    print(f"fake upstream listening on http://{host}:{bound}/v1", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    with asyncio.Runner(loop_factory=_loop_factory()) as runner:
        runner.run(serve(args.host, args.port))


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    try:
        import uvloop
    except ImportError:
        print("uvloop not installed: using the default asyncio loop", flush=True)
        return None
    return uvloop.new_event_loop


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass

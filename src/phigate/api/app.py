"""The ASGI app: OpenAI routes, server-sent events, auth, rate limits, health and metrics.

Written directly against ASGI (no framework router) because the gateway's own cost is the product:
one dict lookup routes a request, and the hot path does no work it does not need.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import math
import re
import time
import traceback
import uuid
from array import array
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import orjson

from phigate.api.schema import validate
from phigate.backends.base import Body, Route
from phigate.errors import AuthError, BodyTooLarge, PhigateError, RequestError, UnknownModel
from phigate.gateway import Gateway
from phigate.pipeline import Outcome, RequestContext
from phigate.policy import AppPolicy

log = logging.getLogger("phigate.api")

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_JSON = (b"content-type", b"application/json")
_SSE_HEADERS = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache"), (b"x-accel-buffering", b"no")]
_GENERATE: dict[str, Route] = {
    "/v1/chat/completions": "chat",
    "/v1/completions": "completions",
    "/v1/embeddings": "embeddings",
}
_CLIENT_CLOSED = 499

_KEY_ID = re.compile(r"phg_([0-9a-f]{8})_")  # the id part of a phigate key: not secret


class _ClientGone(Exception):
    """The caller disconnected; nothing more can be sent."""


class GatewayApp:
    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.pipeline = gateway.pipeline
        self.metrics = gateway.metrics
        self.max_body = gateway.policy.server.max_body_bytes
        self.cors = {o.encode() for o in gateway.policy.server.cors_origins}
        self._nobody = AppPolicy()  # the policy a request that failed authentication is recorded under

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            await self._http(scope, receive, send)
        elif kind == "lifespan":
            await self._lifespan(receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        path, method = scope["path"], scope["method"]
        headers = dict(scope["headers"])
        extra = self._cors_headers(headers)
        route = _GENERATE.get(path)
        status = 500
        try:
            if method == "OPTIONS" and extra:
                status = 204
                await _send(
                    send,
                    204,
                    b"",
                    extra
                    + [
                        (b"access-control-allow-methods", b"GET, POST"),
                        (b"access-control-allow-headers", b"authorization, content-type, x-phigate-conversation"),
                    ],
                )
            elif route is not None:
                if method != "POST":
                    raise RequestError(f"{path} takes POST, not {method}")
                status = await self._generate(route, headers, receive, send, extra)
            elif path.startswith("/v1/models") and method == "GET":
                status = await self._models(path, headers, send, extra)
            elif path in ("/healthz", "/readyz", "/metrics") and method == "GET":
                status = await self._ops(path, send)
            else:
                status = 404
                await _send_json(send, 404, _error_body(f"no route {method} {path}", "not_found"), extra)
        except PhigateError as exc:
            status = exc.status
            self.metrics.refusal(exc.code)
            await _send_error(send, exc, extra)
        except Exception as exc:
            _log_unexpected(exc)
            status = 500
            await _send_json(send, 500, _error_body("internal error in the gateway", "internal_error", "server_error"))
        finally:
            self.metrics.request(route or path, status, time.perf_counter() - started)

    def _cors_headers(self, headers: dict[bytes, bytes]) -> list[tuple[bytes, bytes]]:
        origin = headers.get(b"origin")
        if origin is not None and origin in self.cors:
            return [(b"access-control-allow-origin", origin), (b"vary", b"origin")]
        return []

    def _authenticate(self, headers: dict[bytes, bytes], route: Route) -> RequestContext:
        auth = headers.get(b"authorization", b"")
        scheme, _, key = auth.decode("latin-1").partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            raise AuthError(
                "Missing API key: send 'Authorization: Bearer <key>' (create one with 'phigate keys create')"
            )
        record = self.gateway.keys.lookup(key.strip())
        if record is None:
            raise AuthError("Incorrect or revoked API key")
        app = self.gateway.policy.apps.get(record.app)
        if app is None:
            raise AuthError(f"This key belongs to app {record.app!r}, which the current policy does not define")
        conversation = headers.get(b"x-phigate-conversation")
        return RequestContext(
            request_id=uuid.uuid4().hex,
            app_name=record.app,
            app=app,
            key_id=record.key_id,
            route=route,
            conversation=conversation.decode("latin-1")[:200] if conversation else None,
        )

    def _unauthenticated(self, headers: dict[bytes, bytes], route: Route) -> RequestContext:
        _, _, key = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
        claimed = _KEY_ID.match(key.strip())
        return RequestContext(
            request_id=uuid.uuid4().hex,
            app_name="",
            app=self._nobody,
            key_id=claimed.group(1) if claimed else "",
            route=route,
        )

    async def _generate(
        self, route: Route, headers: dict[bytes, bytes], receive: Receive, send: Send, extra: list[tuple[bytes, bytes]]
    ) -> int:
        try:
            ctx = self._authenticate(headers, route)
        except AuthError as exc:  # a failed attempt is audited too: no app, the key id it claimed, never the key
            await self.pipeline.recorder.record(self._unauthenticated(headers, route), Outcome(exc.status, exc.code))
            raise
        extra = extra + [(b"x-request-id", ctx.request_id.encode())]
        try:
            self.gateway.limiter.admit(ctx.key_id, ctx.app.limits)
            payload = validate(route, _parse_json(await _read_body(headers, receive, self.max_body)))
        except PhigateError as exc:
            await self.pipeline.refused(ctx, exc)
            await _send_error(send, exc, extra)
            return exc.status
        except _ClientGone:
            return _CLIENT_CLOSED
        encoding = payload.get("encoding_format") if route == "embeddings" else None
        work = asyncio.ensure_future(self._answer(ctx, payload, send, extra, encoding))
        watch = asyncio.ensure_future(_disconnected(receive))
        try:
            await asyncio.wait((work, watch), return_when=asyncio.FIRST_COMPLETED)
        finally:
            watch.cancel()
            gone = not work.done()
            if gone:  # the caller went away (or we are shutting down): stop the generation, free its place
                work.cancel()
                await asyncio.gather(work, return_exceptions=True)
        if gone:
            await self.pipeline.recorder.record(ctx, Outcome(_CLIENT_CLOSED, "client_closed"))
            return _CLIENT_CLOSED
        status = work.result()
        tokens = ctx.usage.get("total_tokens", 0)
        if tokens:
            self.gateway.limiter.charge_tokens(ctx.key_id, ctx.app.limits, tokens)
        return status

    async def _answer(
        self, ctx: RequestContext, payload: Body, send: Send, extra: list[tuple[bytes, bytes]], encoding: Any
    ) -> int:
        try:
            answer = await self.pipeline.run(ctx, payload)
            if isinstance(answer, dict):
                if encoding == "base64":
                    _embeddings_to_base64(answer)
                await _send_json(send, 200, answer, extra)
                return 200
            first = await anext(answer, None)  # failures before the first chunk still get a status
        except PhigateError as exc:
            await _send_error(send, exc, extra)
            return exc.status
        await _stream(send, first, answer, extra)
        return 200

    async def _models(
        self, path: str, headers: dict[bytes, bytes], send: Send, extra: list[tuple[bytes, bytes]]
    ) -> int:
        ctx = self._authenticate(headers, "chat")
        cards = {m: {"id": m, "object": "model", "created": 0, "owned_by": "phigate"} for m in ctx.app.models}
        wanted = path.removeprefix("/v1/models").strip("/")
        if not wanted:
            await _send_json(send, 200, {"object": "list", "data": list(cards.values())}, extra)
        elif wanted in cards:
            await _send_json(send, 200, cards[wanted], extra)
        else:
            raise UnknownModel(f"The model {wanted!r} does not exist or this key's app may not use it", param="model")
        return 200

    async def _ops(self, path: str, send: Send) -> int:
        if path == "/healthz":
            await _send_json(send, 200, {"status": "ok"})
            return 200
        if path == "/metrics":
            await _send(send, 200, self.metrics.render(), [(b"content-type", self.metrics.content_type.encode())])
            return 200
        checks = self.gateway.ready()
        status = 200 if all(checks.values()) else 503
        await _send_json(send, status, {"status": "ready" if status == 200 else "not ready", "checks": checks})
        return status


async def _stream(send: Send, first: Body | None, rest: AsyncIterator[Body], extra: list[tuple[bytes, bytes]]) -> None:
    """Send chunks as server-sent events; a failure after the headers ends the stream with an error
    event and no ``[DONE]``, so a client can never take a cut-off answer for a complete one."""
    await send({"type": "http.response.start", "status": 200, "headers": _SSE_HEADERS + extra})
    try:
        if first is not None:
            await send(
                {"type": "http.response.body", "body": b"data: " + orjson.dumps(first) + b"\n\n", "more_body": True}
            )
            async for chunk in rest:
                await send(
                    {"type": "http.response.body", "body": b"data: " + orjson.dumps(chunk) + b"\n\n", "more_body": True}
                )
        tail = b"data: [DONE]\n\n"
    except PhigateError as exc:
        tail = b"data: " + orjson.dumps(exc.to_body()) + b"\n\n"
    except Exception as exc:
        _log_unexpected(exc)
        tail = b"data: " + orjson.dumps(_error_body("internal error in the gateway", "internal_error")) + b"\n\n"
    await send({"type": "http.response.body", "body": tail, "more_body": False})


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _read_body(headers: dict[bytes, bytes], receive: Receive, limit: int) -> bytes:
    declared = headers.get(b"content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"request body of {int(declared)} bytes is over the limit of {limit} bytes")
    parts: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"request body is over the limit of {limit} bytes")
        parts.append(chunk)
        if not message.get("more_body"):
            return parts[0] if len(parts) == 1 else b"".join(parts)


def _parse_json(raw: bytes) -> Any:
    if not raw:
        raise RequestError("the request body is empty; send a JSON object")
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise RequestError(f"the request body is not valid JSON: {exc.msg} at position {exc.pos}") from None


def _embeddings_to_base64(body: Body) -> None:
    """Encode float vectors as OpenAI does for ``encoding_format: base64``: little-endian float32."""
    for item in body.get("data") or ():
        vector = item.get("embedding")
        if isinstance(vector, list):
            item["embedding"] = base64.b64encode(array("f", vector).tobytes()).decode()


def _error_body(message: str, code: str, type_: str = "invalid_request_error") -> Body:
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


def _log_unexpected(exc: BaseException) -> None:
    # The exception's message may quote request text: log only its type and where it was raised.
    log.error("unexpected %s\n%s", type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))


async def _send_error(send: Send, exc: PhigateError, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    headers = list(extra or [])
    if exc.retry_after is not None:
        headers.append((b"retry-after", str(max(1, math.ceil(exc.retry_after))).encode()))
    await _send_json(send, exc.status, exc.to_body(), headers)


async def _send_json(send: Send, status: int, body: Body, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    await _send(send, status, orjson.dumps(body), [_JSON, *(extra or ())])


async def _send(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})

"""The upstream backend: any OpenAI-compatible server (vLLM, Ollama, llama.cpp server, TGI) over HTTP.

aiohttp's client (measured about 5x faster than httpx's here) with a bounded connection pool,
connect and read timeouts, and retries only for connections that failed before any byte was sent.
Every connection goes through the egress allow-list: the host name when the request is made, and
the resolved address when the connection is opened (DNS rebinding cannot slip past).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import orjson

from phigate.backends.base import Answer, Backend, BackendCall, Body
from phigate.backends.egress import EgressPolicy, EgressResolver, egress_denial
from phigate.errors import ConfigError, EgressDenied, PhigateError, RequestError, UpstreamError, UpstreamTimeout
from phigate.metrics import Metrics
from phigate.policy import UpstreamModel

_PATHS = {"chat": "/chat/completions", "completions": "/completions", "embeddings": "/embeddings"}


class UpstreamBackend(Backend):
    kind = "upstream"

    def __init__(self, name: str, spec: UpstreamModel, egress: EgressPolicy, metrics: Metrics | None = None) -> None:
        self.name = name
        self.spec = spec
        self.egress = egress
        self.metrics = metrics or Metrics()
        self.base = spec.url.rstrip("/")
        self.region = spec.region
        self.host = urlsplit(spec.url).hostname or ""
        self._headers = {"Content-Type": "application/json"}
        if spec.api_key_env:
            key = os.environ.get(spec.api_key_env)
            if not key:
                raise ConfigError(f"model {name!r}: environment variable {spec.api_key_env} (api_key_env) is not set")
            self._headers["Authorization"] = f"Bearer {key}"
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        connector = aiohttp.TCPConnector(
            limit=self.spec.max_connections, resolver=EgressResolver(self.egress), ttl_dns_cache=10
        )
        timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=self.spec.connect_timeout, sock_read=self.spec.read_timeout
        )
        self._session = aiohttp.ClientSession(connector=connector, timeout=timeout, auto_decompress=True)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def ready(self) -> bool:
        return self._session is not None

    async def call(self, call: BackendCall) -> Answer:
        if self._session is None:
            raise UpstreamError(f"upstream {self.name!r} is not started")
        decision = self.egress.check_host(self.host)
        if decision is not None and decision.provider:
            self.metrics.external_call(decision.host, decision.region or "")
        payload = call.payload
        payload["model"] = self.spec.model or self.name
        if call.route == "embeddings":
            payload["encoding_format"] = "float"  # the gateway encodes for the caller
        response = await self._post(_PATHS[call.route], orjson.dumps(payload))
        if response.status >= 400:
            raise await _upstream_failure(self.name, response)
        if call.stream:
            return self._events(response)
        try:
            data = await response.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _transport_error(self.name, exc) from None
        finally:
            response.release()
        try:
            body = orjson.loads(data)
        except orjson.JSONDecodeError:
            raise UpstreamError(f"upstream {self.name!r} answered with invalid JSON") from None
        if not isinstance(body, dict):
            raise UpstreamError(f"upstream {self.name!r} answered with a JSON {type(body).__name__}, not an object")
        return body

    async def _post(self, path: str, data: bytes) -> aiohttp.ClientResponse:
        assert self._session is not None
        for attempt in range(self.spec.connect_retries + 1):
            try:
                return await self._session.post(
                    self.base + path, data=data, headers=self._headers, allow_redirects=False
                )
            except aiohttp.ClientConnectorError as exc:
                denied = egress_denial(exc)
                if denied is not None:
                    self.metrics.egress_denied()
                    raise denied from None
                if attempt == self.spec.connect_retries:
                    raise UpstreamError(
                        f"cannot connect to upstream {self.name!r} ({self.host}): {exc.os_error}"
                    ) from None
                await asyncio.sleep(0.05 * 2**attempt)  # nothing was sent: safe to try again
            except EgressDenied:
                self.metrics.egress_denied()
                raise
            except (aiohttp.ClientError, TimeoutError) as exc:
                raise _transport_error(self.name, exc) from None
        raise AssertionError("unreachable")

    async def _events(self, response: aiohttp.ClientResponse) -> AsyncIterator[Body]:
        """Server-sent events from the upstream, as chunk dicts; an error event raises."""
        try:
            async for raw in response.content:
                line = raw.strip()
                if not line.startswith(b"data:"):
                    continue
                data = line[5:].strip()
                if data == b"[DONE]":
                    return
                try:
                    chunk = orjson.loads(data)
                except orjson.JSONDecodeError:
                    raise UpstreamError(f"upstream {self.name!r} sent an invalid stream event") from None
                if isinstance(chunk, dict) and "error" in chunk:
                    raise UpstreamError(f"upstream {self.name!r} failed mid-stream: {_message(chunk)}")
                yield chunk
            raise UpstreamError(f"upstream {self.name!r} closed the stream before [DONE]")
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _transport_error(self.name, exc) from None
        finally:
            response.release()


def _transport_error(name: str, exc: BaseException) -> PhigateError:
    if isinstance(exc, TimeoutError | asyncio.TimeoutError | aiohttp.ServerTimeoutError):
        return UpstreamTimeout(f"upstream {name!r} timed out")
    return UpstreamError(f"upstream {name!r} failed: {type(exc).__name__}")


def _message(body: Any) -> str:
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):
            return str(err.get("message", ""))[:500]
        if isinstance(err, str):
            return err[:500]
        if "detail" in body:
            return str(body["detail"])[:500]
    return ""


async def _upstream_failure(name: str, response: aiohttp.ClientResponse) -> PhigateError:
    try:
        raw = await response.read()
        body = orjson.loads(raw) if raw else None
    except (aiohttp.ClientError, orjson.JSONDecodeError, TimeoutError):
        body = None
    finally:
        response.release()
    detail = _message(body) or f"HTTP {response.status}"
    if 400 <= response.status < 500 and response.status not in (401, 403, 429):
        err: PhigateError = RequestError(f"upstream {name!r} rejected the request: {detail}")
        err.status = response.status
        return err
    return UpstreamError(f"upstream {name!r} failed with HTTP {response.status}: {detail}")

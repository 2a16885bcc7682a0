"""What the output guards share: recording verdicts for the ledger, failing closed, and the stage shape.

An output guard is a pipeline stage whose ``answer_filter`` judges the answer as it is produced; the
pipeline runs filters in stage order over plain and streamed answers alike, so a guard cannot be
skipped on streams. A filter releases only text it has judged: what a later decision could still
refuse (a canary split across chunks, the start of a copied passage, an unfinished sentence) is held
back until it is decided. A block raises a ``PolicyViolation``, which ends a stream with an error event
and records the refusal; any other exception in a guard refuses the answer with ``GuardError``.
"""

from __future__ import annotations

import logging
import re
from abc import ABC, abstractmethod
from typing import Any, NoReturn

from phigate.backends.base import Body
from phigate.errors import GuardError, PhigateError
from phigate.pipeline import RequestContext

log = logging.getLogger("phigate.guards")

# A later, stronger verdict replaces a weaker one in the ledger; never the other way round.
_STRENGTH = {"allow": 0, "flag": 1, "escape": 2, "strip": 2, "redact": 2, "disclaim": 2, "prepend": 2, "replace": 3}
_BLOCK = 9
_SENTENCE_END = re.compile(r"(?:[.!?;:](?=\s)|\n)")
FULL_STOP = re.compile(r"(?:[.!?](?=\s)|\n)")
"""Sentence ends without ``;`` and ``:``: "Usual dose: 400 mg." is one sentence to the dosing guard."""


def action_of(ctx: RequestContext, guard: str) -> str:
    """The app's action for ``guard`` (the policy fills in every guard's default)."""
    from phigate.policy import DEFAULT_GUARDS

    return str(ctx.app.guards.get(guard, DEFAULT_GUARDS[guard]))


def record(ctx: RequestContext, guard: str, verdict: str) -> None:
    """Note ``verdict`` for ``guard`` in the request's ledger record, unless a stronger one is there."""
    guards: dict[str, str] = ctx.notes.setdefault("guards", {})
    old = guards.get(guard)
    if old is None or _STRENGTH.get(verdict, _BLOCK) >= _STRENGTH.get(old, _BLOCK):
        guards[guard] = verdict


def ends_nothing(text: str, ends: str = ".!?;:\n") -> bool:
    """True when ``text`` cannot finish a sentence (the cheap test before ``sentence_cut``)."""
    return not any(c in text for c in ends)


def sentence_cut(
    buf: str, *, min_keep: int = 0, max_hold: int = 1024, ends: re.Pattern[str] = _SENTENCE_END
) -> int:
    """Where ``buf`` may be cut so that the part before it holds whole sentences only: after the last
    sentence end that leaves at least ``min_keep`` characters behind, or at the last space when more than
    ``max_hold`` characters would be held."""
    cut = 0
    for m in ends.finditer(buf, 0, max(0, len(buf) - min_keep)):
        cut = m.end()
    if len(buf) - cut > max_hold:
        space = buf.rfind(" ", 0, len(buf) - min_keep)
        cut = space + 1 if space > cut else len(buf) - max_hold
    return cut


class OutputFilter(ABC):
    """Base of the output guards' answer filters: per-field held text, verdicts, and failing closed."""

    guard: str = ""

    def __init__(self, ctx: RequestContext, action: str) -> None:
        self.ctx = ctx
        self.action = action
        self._held: dict[str, str] = {}
        record(ctx, self.guard, "allow")

    def verdict(self, value: str) -> None:
        record(self.ctx, self.guard, value)

    def feed(self, field: str, text: str) -> str:
        try:
            return self._feed(field, text)
        except PhigateError:
            self.verdict("block")
            raise
        except Exception as exc:  # fail closed: unjudged text is never released
            self._fail(exc)

    def finish(self, field: str) -> str:
        try:
            return self._finish(field)
        except PhigateError:
            self.verdict("block")
            raise
        except Exception as exc:
            self._fail(exc)

    def _fail(self, exc: Exception) -> NoReturn:
        log.error("output guard %s failed: %s", self.guard, type(exc).__name__)
        self.verdict("block")
        raise GuardError(f"the {self.guard.replace('_', ' ')} guard failed, so the answer was withheld") from None

    @abstractmethod
    def _feed(self, field: str, text: str) -> str: ...

    @abstractmethod
    def _finish(self, field: str) -> str: ...


class OutputStage:
    """A stage with nothing to do on the request by default; subclasses build the answer filter."""

    name = ""

    async def on_request(self, ctx: RequestContext, payload: Body) -> None:
        return None

    def answer_filter(self, ctx: RequestContext) -> Any:
        return None


def request_texts(payload: Body) -> list[str]:
    """Every string in the request body's messages, prompt or input (what the caller sent, as forwarded)."""
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for key in ("messages", "prompt", "input"):
        walk(payload.get(key))
    return out

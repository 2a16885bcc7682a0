"""De-identification in the gateway: steps 4 and 8 of the request flow.

Before any backend sees a request, every piece of text the caller sent (message strings and text
parts, tool-call arguments, ``name`` fields, the system prompt per policy, completion prompts and
embedding inputs) is analysed and replaced per the app's operators; media parts (images, audio,
files) cannot be inspected and follow the ``IMAGE`` operator (``block`` by default; ``redact`` strips
them). The mapping goes to the vault, scoped to the app and the conversation. Answers are
re-identified only for apps whose policy allows it, across stream chunk boundaries. Any failure in
here refuses the request: nothing is forwarded that was not de-identified.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from phigate.backends.base import Body
from phigate.deid.engine import Deidentifier
from phigate.deid.operators import Operators
from phigate.deid.unshift import DateUnshifter
from phigate.deid.vault import Vault, VaultSession, replace_tokens
from phigate.errors import DeidError, PhiBlocked, PhigateError
from phigate.pipeline import RequestContext

log = logging.getLogger("phigate.deid")

_MEDIA = frozenset({"image_url", "input_image", "image", "input_audio", "audio", "file", "input_file"})
_NAME_SAFE = re.compile(r"[^a-zA-Z0-9_-]")
_OFFLOAD_CHARS = 8000  # longer inputs are analysed in a worker thread so the event loop keeps serving


@dataclass(slots=True)
class _Slot:
    """One string of the request body and how to write its replacement back."""

    text: str
    write: Callable[[str], None]
    kind: str = "text"  # "text" or "name" (a message's name field: only [a-zA-Z0-9_-] allowed)


def _setter(container: Any, key: Any) -> Callable[[str], None]:
    def write(value: str) -> None:
        container[key] = value

    return write


def scope_of(ctx: RequestContext) -> str:
    return f"{ctx.app_name}\x1f{ctx.conversation}" if ctx.conversation else f"{ctx.app_name}\x1freq:{ctx.request_id}"


class DeidStage:
    name = "deid"

    def __init__(self, deidentifier: Deidentifier, vault: Vault, operators: Operators, request_vault: Vault) -> None:
        self.deidentifier = deidentifier
        self.vault = vault  # conversations: the mapping must outlive the request
        self.request_vault = request_vault  # one request: nothing to keep once the answer is out
        self.operators = operators

    async def on_request(self, ctx: RequestContext, payload: Body) -> None:
        if not ctx.app.deidentify:
            ctx.notes["deid"] = "off"
            return
        try:
            await self._deidentify(ctx, payload)
        except PhigateError:
            raise
        except Exception as exc:  # fail closed: a bug here must never let raw text through
            log.error("de-identification failed: %s", type(exc).__name__)
            raise DeidError("de-identification failed, so the request was not forwarded") from None

    async def _deidentify(self, ctx: RequestContext, payload: Body) -> None:
        slots: list[_Slot] = []
        json_docs: list[Callable[[], None]] = []
        self._collect(ctx, payload, slots, json_docs)
        texts = [s.text for s in slots]
        if sum(map(len, texts)) > _OFFLOAD_CHARS:
            found = await asyncio.to_thread(self.deidentifier.analyze_batch, texts)
        else:
            found = self.deidentifier.analyze_batch(texts)
        counts: Counter[str] = Counter(f.type for fs in found for f in fs)
        ctx.notes["entities"] = dict(counts)
        if not counts:
            return
        session = (self.vault if ctx.conversation else self.request_vault).session(scope_of(ctx))
        replaced = [
            (slot, self.operators.apply(slot.text, findings, ctx.app, session))
            for slot, findings in zip(slots, found, strict=True)
            if findings
        ]
        renamed = session.commit()  # stored before anything is forwarded
        for slot, text in replaced:
            text = replace_tokens(text, renamed) if renamed else text
            slot.write(_NAME_SAFE.sub("", text)[:64] or "user" if slot.kind == "name" else text)
        for rebuild in json_docs:
            rebuild()
        ctx.notes["vault_session"] = session

    def _collect(
        self, ctx: RequestContext, payload: Body, slots: list[_Slot], json_docs: list[Callable[[], None]]
    ) -> None:
        if ctx.route != "chat":
            key = "prompt" if ctx.route == "completions" else "input"
            value = payload.get(key)
            if isinstance(value, str):
                slots.append(_Slot(value, _setter(payload, key)))
            elif isinstance(value, list):
                slots += [_Slot(v, _setter(value, i)) for i, v in enumerate(value) if isinstance(v, str)]
            return
        for message in payload.get("messages") or ():
            if message.get("role") in ("system", "developer") and not ctx.app.deid_system_prompt:
                continue
            content = message.get("content")
            if isinstance(content, str):
                slots.append(_Slot(content, _setter(message, "content")))
            elif isinstance(content, list):
                message["content"] = self._parts(ctx, content, slots)
            if isinstance(message.get("name"), str):
                slots.append(_Slot(message["name"], _setter(message, "name"), "name"))
            for call in message.get("tool_calls") or ():
                fn = call.get("function") or {}
                if isinstance(fn.get("arguments"), str):
                    self._arguments(fn, slots, json_docs)

    def _parts(self, ctx: RequestContext, parts: list[Any], slots: list[_Slot]) -> list[Any]:
        kept = []
        for part in parts:
            kind = part.get("type") if isinstance(part, dict) else None
            if kind in _MEDIA:
                op = ctx.app.operator("IMAGE")
                if op == "block":
                    raise PhiBlocked(
                        f"the request contains a {kind} part, which this app's policy blocks (IMAGE: block)"
                    )
                if op == "redact":
                    continue
            elif kind == "text" and isinstance(part.get("text"), str):
                slots.append(_Slot(part["text"], _setter(part, "text")))
            kept.append(part)
        return kept

    def _arguments(self, fn: dict[str, Any], slots: list[_Slot], json_docs: list[Callable[[], None]]) -> None:
        """Tool-call arguments: every string inside the JSON is analysed; the JSON is written back whole."""
        try:
            box = {"v": json.loads(fn["arguments"])}
        except ValueError:
            slots.append(_Slot(fn["arguments"], _setter(fn, "arguments")))
            return
        before = len(slots)
        _strings(box, "v", slots)
        if len(slots) > before:
            json_docs.append(lambda: fn.__setitem__("arguments", json.dumps(box["v"], ensure_ascii=False)))

    def answer_filter(self, ctx: RequestContext) -> ReidFilter | None:
        session = ctx.notes.get("vault_session")
        if not ctx.app.reidentify or not isinstance(session, VaultSession):
            return None
        mapping = session.mapping
        if not mapping:
            return None
        # Dates the model rewrote or derived are in shifted time: moved back by value (deid/unshift.py).
        return ReidFilter(mapping, DateUnshifter.from_mapping(mapping, self.operators.shift_days(session.scope)))


def _strings(container: Any, key: Any, out: list[_Slot]) -> None:
    value = container[key]
    if isinstance(value, str):
        out.append(_Slot(value, _setter(container, key)))
    elif isinstance(value, dict):
        for k in value:
            _strings(value, k, out)
    elif isinstance(value, list):
        for i in range(len(value)):
            _strings(value, i, out)


class ReidFilter:
    """Puts the caller's own values back into an answer, token by token, across chunk boundaries:
    a piece of text that could be the start of a token is held until the next chunk decides it. With
    ``dates`` (the conversation's dates were shifted) every other date is shifted back by value, in the
    same pass, so a restored original is never moved again; a possible date is held the same way."""

    def __init__(self, mapping: dict[str, str], dates: DateUnshifter | None = None) -> None:
        self.mapping = mapping
        self.dates = dates
        self._pattern = re.compile("|".join(map(re.escape, sorted(mapping, key=len, reverse=True))))
        self._prefixes = {t[:i] for t in mapping for i in range(1, len(t))}
        self._longest = max(map(len, mapping))
        self._held: dict[str, str] = {}
        self._before: dict[str, str] = {}  # per field, the last character released (context for dates)

    def feed(self, field: str, text: str) -> str:
        return self._run(field, self._held.pop(field, "") + text, final=False)

    def finish(self, field: str) -> str:
        held = self._held.pop(field, "")
        out = self._run(field, held, final=True) if held and self.dates else held
        self._before.pop(field, None)
        return out

    def _run(self, field: str, buf: str, *, final: bool) -> str:
        cut = len(buf) - self.dates.hold(buf) if self.dates and not final else len(buf)
        held, buf = buf[cut:], buf[:cut]
        out: list[str] = []
        last = 0
        for m in self._pattern.finditer(buf):
            out.append(self._plain(field, buf, last, m.start()))
            out.append(self.mapping[m.group()])
            last = m.end()
        tail = len(buf)
        for k in range(0 if final else min(tail - last, self._longest - 1), 0, -1):
            if buf[tail - k :] in self._prefixes:
                held = buf[tail - k :] + held
                tail -= k
                break
        if held:
            self._held[field] = held
        out.append(self._plain(field, buf, last, tail))
        return "".join(out)

    def _plain(self, field: str, buf: str, start: int, end: int) -> str:
        """``buf[start:end]``, text between tokens, with its dates shifted back (when dates were shifted)."""
        if not self.dates or start == end:
            return buf[start:end]
        # the character before, released earlier, decides whether a date may start here ("abc12 April")
        before = buf[start - 1] if start else self._before.get(field, "")
        self._before[field] = buf[end - 1]
        return self.dates.unshift(buf[start:end], before)

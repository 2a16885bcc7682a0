"""Input guards in the gateway: step 3 of the request flow, before de-identification.

Each app's policy names an action per guard (``block``, ``flag``, ``off``). User messages are judged as
``user``; tool results are judged as ``tool`` (retrieved content: a stricter threshold). System and
developer messages are the shop's own and are not judged. The strongest verdict of each guard is
recorded in the ledger (``ctx.notes["guards"]``); a ``block`` refuses the request with the guard's code.
A guard that fails refuses the request too: nothing unjudged is forwarded. Requests with images also
get an ``images`` verdict (``block``, ``strip``, ``allow``) from the app's ``IMAGE`` operator.
"""

from __future__ import annotations

import logging
from typing import Any

from phigate.backends.base import Body
from phigate.errors import GuardError, InjectionBlocked, PhigateError, PolicyViolation
from phigate.guards.base import Action, Guard, GuardRegistry, Role
from phigate.pipeline import AnswerFilter, RequestContext

log = logging.getLogger("phigate.guards")

_REFUSALS: dict[str, type[PolicyViolation]] = {"prompt_injection": InjectionBlocked}


class GuardStage:
    name = "guards"

    def __init__(self, registry: GuardRegistry) -> None:
        self._guards: dict[str, Guard] = {cls.name: cls() for cls in registry}

    async def on_request(self, ctx: RequestContext, payload: Body) -> None:
        _note_media(ctx, payload)
        actions = {
            name: Action(ctx.app.guards.get(name, guard.default_action.value)) for name, guard in self._guards.items()
        }
        active: dict[str, Action] = {name: action for name, action in actions.items() if action is not Action.off}
        if not active:
            return
        try:
            self._judge(ctx, payload, active)
        except PhigateError:
            raise
        except Exception as exc:  # fail closed: an unjudged request is not forwarded
            log.error("guard failed: %s", type(exc).__name__)
            raise GuardError("an input guard failed, so the request was not forwarded") from None

    def _judge(self, ctx: RequestContext, payload: Body, active: dict[str, Action]) -> None:
        texts = list(_texts(ctx, payload))
        recorded: dict[str, str] = {}
        for name, action in active.items():
            guard = self._guards[name]
            verdicts = [guard.check(text, role=role) for text, role in texts]
            decided = [guard.decide(v, action) for v in verdicts]
            worst = (
                Action.block if Action.block in decided else (Action.flag if Action.flag in decided else Action.allow)
            )
            recorded[name] = worst.value
            if worst is Action.block:
                ctx.notes.setdefault("guards", {}).update(recorded)
                score = max(v.score for v in verdicts)
                refusal = _REFUSALS.get(name, PolicyViolation)
                raise refusal(f"the request was refused by the {name.replace('_', ' ')} guard (score {score:.2f})")
        ctx.notes.setdefault("guards", {}).update(recorded)

    def answer_filter(self, ctx: RequestContext) -> AnswerFilter | None:
        return None


_MEDIA = frozenset({"image_url", "input_image", "image", "input_audio", "audio", "file", "input_file"})
_MEDIA_VERDICTS = {"block": "block", "redact": "strip"}


def _note_media(ctx: RequestContext, payload: Body) -> None:
    """Images (and audio, files) are decided by de-identification's ``IMAGE`` operator (block, redact =
    strip, keep = allow), which owns the decision; the verdict is noted here so that the ledger shows it."""
    if ctx.route != "chat":
        return
    for message in payload.get("messages") or ():
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, list) and any(isinstance(p, dict) and p.get("type") in _MEDIA for p in content):
            op = ctx.app.operator("IMAGE") if ctx.app.deidentify else "keep"
            ctx.notes.setdefault("guards", {})["images"] = _MEDIA_VERDICTS.get(op, "allow")
            return


def _texts(ctx: RequestContext, payload: Body) -> list[tuple[str, Role]]:
    if ctx.route != "chat":
        value = payload.get("prompt" if ctx.route == "completions" else "input")
        values = [value] if isinstance(value, str) else [v for v in value or () if isinstance(v, str)]
        return [(v, "user") for v in values]
    out: list[tuple[str, Role]] = []
    for message in payload.get("messages") or ():
        role = message.get("role")
        if role not in ("user", "tool", "function"):
            continue
        kind: Role = "user" if role == "user" else "tool"
        out += [(text, kind) for text in _message_texts(message.get("content"))]
    return out


def _message_texts(content: Any) -> list[str]:
    if isinstance(content, str):
        return [content]
    if isinstance(content, list):
        return [p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str)]
    return []

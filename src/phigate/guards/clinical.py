"""Clinical safety: emergency signs in the user's message, dosing instructions in the answer.

- ``emergency`` (input, acting on the answer): chest pain, stroke signs, suicidal ideation or an overdose
  in the latest user message put the shop's ``emergency_message`` before the answer (``prepend``, the
  default) or in its place (``replace``: the model's text is dropped; on streams the message comes with
  the last chunk), or are only recorded (``flag``).
- ``dosing`` (output): an answer sentence with an amount and a unit and an instruction cue ("take 400
  mg every 6 hours") gets the shop's ``dosing_disclaimer`` appended (``disclaim``, the default), or the
  answer is refused (``block``, ``403 dosing_refused``; on streams the unfinished sentence is held back so
  that no dosing sentence is sent before the refusal), or it is recorded (``flag``).

The term lists are data (``data/clinical_safety.yaml``) for a clinician to review. Only content fields
are touched; tool-call arguments pass unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from phigate.backends.base import Body
from phigate.errors import DosingRefused
from phigate.guards.base import Verdict
from phigate.guards.output import (
    FULL_STOP,
    OutputFilter,
    OutputStage,
    action_of,
    ends_nothing,
    record,
    sentence_cut,
)
from phigate.pipeline import RequestContext

_NEGATED = 3  # words before a sign in which a negation cancels it


def _phrase(text: str) -> str:
    words = [re.escape(w).replace("'", "['’]") for w in text.split()]
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


@dataclass(frozen=True)
class ClinicalTerms:
    emergency: dict[str, re.Pattern[str]]
    negation: re.Pattern[str]
    dosing: re.Pattern[str]
    cue: re.Pattern[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ClinicalTerms:
        emergency = {
            kind: re.compile("|".join(_phrase(p) for p in phrases), re.IGNORECASE)
            for kind, phrases in data["emergency"].items()
        }
        negations = "|".join(_phrase(n) for n in data["negations"])
        units = "|".join(re.escape(u) for u in sorted(data["dosing"]["units"], key=len, reverse=True))
        return cls(
            emergency=emergency,
            negation=re.compile(rf"(?:{negations})(?:\s+[\w'’-]+){{0,{_NEGATED - 1}}}\s*$", re.IGNORECASE),
            dosing=re.compile(rf"(?<![\w.])\d+(?:[.,]\d+)?(?:\s*(?:-|to|–)\s*\d+(?:[.,]\d+)?)?\s*(?:{units})(?!\w)"),
            cue=re.compile("|".join(_phrase(c) for c in data["dosing"]["cues"]), re.IGNORECASE),
        )

    def emergencies(self, text: str) -> list[str]:
        """The kinds of emergency sign in ``text`` (a negated mention does not count)."""
        found = []
        for kind, pattern in self.emergency.items():
            if any(not self.negation.search(text[max(0, m.start() - 40) : m.start()]) for m in pattern.finditer(text)):
                found.append(kind)
        return found

    def dosing_in(self, sentence: str) -> bool:
        return bool(self.dosing.search(sentence)) and bool(self.cue.search(sentence))

    def check_emergency(self, text: str) -> Verdict:
        kinds = self.emergencies(text)
        return Verdict("emergency", 1.0 if kinds else 0.0, bool(kinds), ", ".join(kinds))

    def check_dosing(self, answer: str) -> Verdict:
        hit = any(self.dosing_in(s) for s in _sentences(answer))
        return Verdict("dosing", 1.0 if hit else 0.0, hit)


@cache
def terms() -> ClinicalTerms:
    text = files("phigate.guards").joinpath("data/clinical_safety.yaml").read_text(encoding="utf-8")
    return ClinicalTerms.from_data(yaml.safe_load(text))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def _last_user_text(payload: Body) -> str:
    if "messages" not in payload:
        value = payload.get("prompt")
        return value if isinstance(value, str) else ""
    for message in reversed(payload.get("messages") or ()):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                return "\n".join(p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
            return content if isinstance(content, str) else ""
    return ""


class EmergencyFilter(OutputFilter):
    """Puts the emergency message before the first text of each content field (or alone, if none came)."""

    guard = "emergency"

    def __init__(self, ctx: RequestContext, action: str, message: str) -> None:
        super().__init__(ctx, action)
        self.message = message
        self._started: set[str] = set()
        self.verdict(action)

    def _feed(self, field: str, text: str) -> str:
        if not field.endswith(".content") or field in self._started:
            return text
        self._started.add(field)
        return f"{self.message}\n\n{text}"

    def _finish(self, field: str) -> str:
        if not field.endswith(".content") or field in self._started:
            return ""
        self._started.add(field)
        return self.message


class _DropContent:
    """``replace``: the model's text is dropped before any other output guard sees it (so none of them
    can refuse the emergency answer); ``EmergencyFilter`` then delivers the message alone."""

    def feed(self, field: str, text: str) -> str:
        return "" if field.endswith(".content") else text

    def finish(self, field: str) -> str:
        return ""


class EmergencyStage(OutputStage):
    """Judges the latest user message before de-identification rewrites it. Placed first among the output
    guards; ``EmergencyNoticeStage``, placed last, adds the message."""

    name = "emergency"

    async def on_request(self, ctx: RequestContext, payload: Body) -> None:
        action = action_of(ctx, self.name)
        if action == "off" or ctx.route == "embeddings":
            return
        kinds = terms().emergencies(_last_user_text(payload))
        record(ctx, self.name, action if kinds else "allow")
        if kinds and action != "flag":
            ctx.notes["emergency.kinds"] = kinds

    def answer_filter(self, ctx: RequestContext) -> _DropContent | None:
        if ctx.notes.get("emergency.kinds") and action_of(ctx, self.name) == "replace":
            return _DropContent()
        return None


class EmergencyNoticeStage(OutputStage):
    name = "emergency_notice"

    def answer_filter(self, ctx: RequestContext) -> EmergencyFilter | None:
        if not ctx.notes.get("emergency.kinds"):
            return None
        return EmergencyFilter(ctx, action_of(ctx, "emergency"), ctx.app.emergency_message)


class DosingFilter(OutputFilter):
    guard = "dosing"

    def __init__(self, ctx: RequestContext, action: str, disclaimer: str) -> None:
        super().__init__(ctx, action)
        self.disclaimer = disclaimer
        self._seen: set[str] = set()
        self._disclaimed: set[str] = set()

    def _judge(self, field: str, sentences: str) -> None:
        if field in self._seen or not any(terms().dosing_in(s) for s in _sentences(sentences)):
            return
        if self.action == "block":
            raise DosingRefused("the answer was refused: it gave dosing instructions, which this app does not allow")
        self._seen.add(field)
        self.verdict("flag" if self.action == "flag" else "disclaim")

    def _feed(self, field: str, text: str) -> str:
        if not field.endswith(".content"):
            return text
        # only ``block`` holds the unfinished sentence back; the other actions judge a copy of it
        buf = self._held.pop(field, "") + text
        # the sentences of ``check_dosing``: a colon or semicolon does not end one ("Usual dose: 400 mg.")
        if ends_nothing(text, ".!?\n") and len(buf) <= 2048:
            self._held[field] = buf
            return "" if self.action == "block" else text
        cut = sentence_cut(buf, max_hold=2048, ends=FULL_STOP)
        self._held[field] = buf[cut:]
        self._judge(field, buf[:cut])
        return buf[:cut] if self.action == "block" else text

    def _finish(self, field: str) -> str:
        if not field.endswith(".content"):
            return ""
        rest = self._held.pop(field, "")
        self._judge(field, rest)
        out = rest if self.action == "block" else ""
        if self.action == "disclaim" and field in self._seen and field not in self._disclaimed:
            self._disclaimed.add(field)  # once, even when an upstream repeats the finish_reason
            return f"{out}\n\n{self.disclaimer}"
        return out


class DosingStage(OutputStage):
    name = "dosing"

    def answer_filter(self, ctx: RequestContext) -> DosingFilter | None:
        action = action_of(ctx, self.name)
        if action == "off" or ctx.route == "embeddings":
            return None
        return DosingFilter(ctx, action, ctx.app.dosing_disclaimer)

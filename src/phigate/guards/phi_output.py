"""PHI in answers that the caller did not send (OWASP LLM02): memorised training data, another patient.

The answer is judged before re-identification, so the caller's own values appear in it only as this
conversation's placeholders (or surrogates). The de-identification engine runs over the answer; a finding
that is one of those tokens, or that occurs in the request as the model received it (a value the policy
keeps, the shop's own phone number in the system prompt), was sent by the caller. Of the rest, only
identifiers that point at a person count (``ANSWER_TYPES``, score at least ``MIN_SCORE``; a name needs
two words or more and ``MIN_PERSON_SCORE``); they are redacted (``[REDACTED]``), or refuse the answer (``block``, ``403
phi_blocked``), or are flagged.

Streaming: text is judged in whole sentences (the engine needs a little context, and a name or an
address may span chunks), so the filter holds back the unfinished sentence, at most ``MAX_HOLD``
characters: the first sentence goes out as soon as it ends, later ones in pieces of at least
``MIN_SEGMENT`` characters (each call of the engine has a cost of its own). The last ``CONTEXT``
characters already released are analysed again as context only. Cost: the engine takes about 1 ms per
300 characters, and each character is analysed about once.
"""

from __future__ import annotations

import re

from phigate.deid.engine import Deidentifier
from phigate.errors import PhiBlocked
from phigate.guards.base import Verdict
from phigate.guards.output import OutputFilter, OutputStage, action_of, ends_nothing, request_texts, sentence_cut
from phigate.pipeline import RequestContext
from phigate.taxonomy import Finding

NAME = "phi_in_output"
MAX_HOLD = 600
MIN_SEGMENT = 120  # after the first sentence, judge at least this much at a time (the engine has a cost per call)
CONTEXT = 40
MASK = "[REDACTED]"
# What counts in an answer: identifiers that point at one person. Countries and cities (LOCATION), ages,
# bare user-name-like words (OTHER_ID) and URLs (the link guard's business) are left alone, and so are weak
# guesses and one-word "names": in medical answers those are mostly eponyms, brands and capitalised nouns
# (measured on MedQuAD answers, see the README).
ANSWER_TYPES = frozenset({
    "PERSON", "DATE", "PHONE", "FAX", "EMAIL", "STREET_ADDRESS", "ZIP", "SSN", "MRN", "HEALTH_PLAN_ID",
    "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "BIOMETRIC_ID", "IP_ADDRESS", "CREDIT_CARD",
    "CARD_CVV", "IBAN",
})  # fmt: skip
MIN_SCORE = 0.7
MIN_PERSON_SCORE = 0.8  # the name lists' confident matches; the NER model's guesses (0.7) are mostly terms
_TOKEN = re.compile(r"\[[A-Z][A-Z_]*\d*\]")  # a placeholder; it counts as sent when the request holds it


class PhiDetector:
    """Findings in an answer that are neither this conversation's tokens nor text the caller sent."""

    def __init__(self, deidentifier: Deidentifier, sent: str) -> None:
        self.deidentifier = deidentifier
        self.sent = sent.lower()

    def foreign(self, text: str, start: int = 0) -> list[Finding]:
        """Findings that end after ``start`` (the text before it is context) and were not sent by the caller."""
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text) if m.group().lower() in self.sent]
        return [
            f
            for f in self.deidentifier.analyze(text)
            if f.end > start
            and _counts(f)
            and f.text.lower() not in self.sent
            and not any(f.start < e and s < f.end for s, e in spans)
        ]

    def check(self, answer: str) -> Verdict:
        found = self.foreign(answer)
        kinds = ", ".join(sorted({f.type for f in found}))
        return Verdict(NAME, 1.0 if found else 0.0, bool(found), kinds)


def _counts(f: Finding) -> bool:
    if f.type not in ANSWER_TYPES or f.score < MIN_SCORE:
        return False
    return f.type != "PERSON" or (f.score >= MIN_PERSON_SCORE and len(f.text.split()) >= 2)


def redact(text: str, findings: list[Finding], start: int = 0) -> str:
    out, last = [], start
    for f in findings:
        s = max(f.start, start)
        if s < last:
            continue
        out += [text[last:s], MASK]
        last = f.end
    out.append(text[last:])
    return "".join(out)


class PhiFilter(OutputFilter):
    guard = NAME

    def __init__(self, ctx: RequestContext, action: str, deidentifier: Deidentifier) -> None:
        super().__init__(ctx, action)
        self.deidentifier = deidentifier
        self._detector: PhiDetector | None = None
        self._context: dict[str, str] = {}

    @property
    def detector(self) -> PhiDetector:
        # built on first use: by then the pipeline has noted the request as forwarded
        if self._detector is None:
            sent = "\n".join(request_texts(self.ctx.forwarded or {}))
            self._detector = PhiDetector(self.deidentifier, sent)
        return self._detector

    def _judge(self, field: str, part: str) -> str:
        if not part.strip():
            return part
        context = self._context.get(field, "")
        text = context + part
        found = self.detector.foreign(text, len(context))
        self._context[field] = text[-CONTEXT:]
        if not found:
            return part
        if self.action == "flag":
            self.verdict("flag")
            return part
        if self.action == "block":
            kinds = ", ".join(sorted({f.type for f in found}))
            raise PhiBlocked(f"the answer was refused: it contained personal data the caller did not send ({kinds})")
        self.verdict("redact")
        return redact(text, found, len(context))

    def _feed(self, field: str, text: str) -> str:
        buf = self._held.pop(field, "") + text
        if ends_nothing(text) and len(buf) <= MAX_HOLD:
            self._held[field] = buf
            return ""
        cut = sentence_cut(buf, max_hold=MAX_HOLD)
        if cut < MIN_SEGMENT and field in self._context:
            cut = 0  # wait for more: the first sentence goes out at once, later ones in larger pieces
        if cut < len(buf):
            self._held[field] = buf[cut:]
        return self._judge(field, buf[:cut]) if cut else ""

    def _finish(self, field: str) -> str:
        out = self._judge(field, self._held.pop(field, ""))
        self._context.pop(field, None)
        return out


class PhiOutputStage(OutputStage):
    name = NAME

    def __init__(self, deidentifier: Deidentifier) -> None:
        self.deidentifier = deidentifier

    def answer_filter(self, ctx: RequestContext) -> PhiFilter | None:
        action = action_of(ctx, NAME)
        if action == "off":
            return None
        return PhiFilter(ctx, action, self.deidentifier)

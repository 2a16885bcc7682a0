"""PHI in answers that the caller did not send (OWASP LLM02): memorised training data, another patient.

The answer is judged before re-identification, so the caller's own values appear in it only as this
conversation's placeholders (or surrogates). The de-identification engine runs over the answer; a finding
that is one of those tokens, or that occurs in the request as the model received it (a value the policy
keeps, the shop's own phone number in the system prompt; dates and phone numbers compared by value, and
with shifted dates any date within the shift range of one sent), was sent by the caller. Public health
numbers (``data/public_numbers.yaml``) are nobody's. Of the rest, only identifiers that point at a person
count (``ANSWER_TYPES``, score at least ``MIN_SCORE``; a name needs two words or more and
``MIN_PERSON_SCORE``; a date needs a name or identifier near it, or a cue such as "born"); they are
redacted (``[REDACTED]``), or refuse the answer (``block``, ``403 phi_blocked``), or are flagged.

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
from phigate.guards.phi_values import Day, dates_in, digits, phone_numbers_in, public_numbers, same_day
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
DATE_SHIFT_DAYS = 365  # the largest shift of the date_shift operator
MIN_PERSON_SCORE = 0.8  # the name lists' confident matches; the NER model's guesses (0.7) are mostly terms
_TOKEN = re.compile(r"\[[A-Z][A-Z_]*\d*\]")  # a placeholder; it counts as sent when the request holds it
NEAR = 80
# "South America", "Eastern Europe", "Africa, Asia": the name lists take region names for people (measured
# on MedQuAD answers: half of what was still redacted)
_CONTINENTS = frozenset({"africa", "african", "america", "american", "americas", "asia", "asian", "europe", "european"})
_DATE_CUE = re.compile(
    r"\b(?:born|birth|dob|d\.o\.b|birthday|died|death|deceased|admitted|admission|discharged|discharge|seen|"
    r"visit|visited|appointment|surgery|operated|diagnosed|patient|mrn)\b[^.!?\n]*$",
    re.IGNORECASE,
)


class PhiDetector:
    """Findings in an answer that are neither this conversation's tokens nor values the caller sent.

    Values are compared by meaning: a date in another format, a phone number with other separators (and
    public health numbers are nobody's). With ``date_window`` (the app shifts dates) a date that many days
    from one the caller sent is the caller's too: the model did arithmetic on the shifted date. A date on
    its own is not about a person: it counts next to a name or identifier, or after a cue ("born on")."""

    def __init__(self, deidentifier: Deidentifier, sent: str, *, date_window: int = 0) -> None:
        self.deidentifier = deidentifier
        self.sent = sent.lower()
        self.date_window = date_window
        self._sent_dates: list[Day] | None = None
        self._sent_phones: set[str] | None = None

    def foreign(self, text: str, start: int = 0) -> list[Finding]:
        """Findings that end after ``start`` (the text before it is context) and were not sent by the caller."""
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text) if m.group().lower() in self.sent]
        kept = [
            f
            for f in self.deidentifier.analyze(text)
            if _counts(f) and not self._sent(f) and not any(f.start < e and s < f.end for s, e in spans)
        ]
        return [f for f in kept if f.end > start and (f.type != "DATE" or _about_someone(f, kept, text))]

    def _sent(self, f: Finding) -> bool:
        if f.text.lower() in self.sent:
            return True
        if f.type == "DATE":
            if self._sent_dates is None:
                self._sent_dates = dates_in(self.sent)
            days = dates_in(f.text)
            return bool(days) and all(
                any(same_day(d, s, self.date_window) for s in self._sent_dates) for d in days
            )
        if f.type in ("PHONE", "FAX"):
            if self._sent_phones is None:
                self._sent_phones = phone_numbers_in(self.sent)
            number = digits(f.text)
            return number in self._sent_phones or number in public_numbers()
        return False

    def check(self, answer: str) -> Verdict:
        found = self.foreign(answer)
        kinds = ", ".join(sorted({f.type for f in found}))
        return Verdict(NAME, 1.0 if found else 0.0, bool(found), kinds)


def _about_someone(date: Finding, kept: list[Finding], text: str) -> bool:
    """A date counts near a person or an identifier (``NEAR`` characters), or right after a personal cue."""
    if _DATE_CUE.search(text, max(0, date.start - 40), date.start):
        return True
    return any(f.type != "DATE" and f.start - NEAR < date.end and date.start < f.end + NEAR for f in kept)


def _counts(f: Finding) -> bool:
    if f.type not in ANSWER_TYPES or f.score < MIN_SCORE:
        return False
    if f.type != "PERSON":
        return True
    words = f.text.replace(",", " ").split()
    return f.score >= MIN_PERSON_SCORE and len(words) >= 2 and not _CONTINENTS.intersection(w.lower() for w in words)


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
            shifts = self.ctx.app.operator("DATE") in ("date_shift", "pseudonym")
            self._detector = PhiDetector(self.deidentifier, sent, date_window=DATE_SHIFT_DAYS if shifts else 0)
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
        if action == "off" or ctx.route == "embeddings":  # nothing to judge: no verdict is recorded
            return None
        return PhiFilter(ctx, action, self.deidentifier)

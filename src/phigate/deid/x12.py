"""Identifiers in ASC X12 health-care transactions pasted into a prompt: eligibility (270/271), claims (837),
remittance (835). "NM1*IL*1*KOWALCZYK*TERESA****MI*W884120935~N3*77 WINTERGREEN LN~DMG*D8*19620307*F~": a
segment's elements are known by position and by the qualifier beside them, so the subscriber's and the
patient's names, addresses and birth dates, their member, group and record numbers, the clinicians' NPIs
and the contacts' phones are found by where they stand, not by what they look like.

Segments end with "~" (or a line break), elements are separated by "*" (or by the separator the ISA
header names at its fourth character). Organisations' names (payers, submitters) and the envelope's
control numbers identify no one and are left alone; their addresses and phones are contact data and are
annotated like anyone's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set

from phigate.deid.recognizer import PatternRecognizer
from phigate.taxonomy import Finding

_SCORE = 0.9
# NM108: the qualifier of the identifier in NM109
_NM1_IDS = {"MI": "HEALTH_PLAN_ID", "II": "HEALTH_PLAN_ID", "XX": "LICENSE_NUMBER", "34": "SSN"}
# REF01: the qualifier of the reference in REF02 (control numbers such as "6R" identify no one)
_REF_IDS = {
    "6P": "HEALTH_PLAN_ID", "1L": "HEALTH_PLAN_ID", "IG": "HEALTH_PLAN_ID", "0F": "HEALTH_PLAN_ID",
    "1W": "HEALTH_PLAN_ID", "SY": "SSN", "EA": "MRN", "EI": "OTHER_ID", "23": "ACCOUNT_NUMBER",
    "D9": "OTHER_ID", "F8": "OTHER_ID", "G1": "OTHER_ID", "9F": "OTHER_ID", "0B": "LICENSE_NUMBER",
    "1G": "LICENSE_NUMBER",
}  # fmt: skip
# PER03/05/07: the kind of the number after it
_PER_KINDS = {"TE": "PHONE", "CP": "PHONE", "EX": "PHONE", "HP": "PHONE", "WP": "PHONE", "FX": "FAX", "EM": "EMAIL"}
_DATE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_ISA_DATE = re.compile(r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_SEGMENT = re.compile(r"[^~\n]+")
_HEADER = re.compile(r"(?:^|[~\n])[ \t]*(?:ISA|ST|NM1)([*|^])", re.IGNORECASE)
_NOT_A_CONTACT = re.compile(r"\b(?:DEPT|DEPARTMENT|OFFICE|SERVICES?|BILLING|CUSTOMER|SUPPORT|CENTER|DESK)\b", re.I)


class X12Segments(PatternRecognizer):
    name, type = "x12", "OTHER_ID"
    TRIGGER = r"(?:^|[~\n])[ \t]*(?:isa|st|nm1)[*|^]"

    def triggers(self) -> list[str]:
        return [self.TRIGGER]

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        if (hits is not None and self.TRIGGER not in hits) or "*" not in text and "|" not in text:
            return
        header = _HEADER.search(text)
        if header is None:
            return
        sep = header.group(1)
        for m in _SEGMENT.finditer(text):
            raw = m.group()
            lead = len(raw) - len(raw.lstrip())
            elements, starts, at = raw[lead:].split(sep), [], m.start() + lead
            for element in elements:
                starts.append(at)
                at += len(element) + 1
            if len(elements) > 1:
                yield from _segment(text, elements[0].upper(), elements, starts)


def _segment(text: str, name: str, el: list[str], at: list[int]) -> Iterator[Finding]:
    def get(i: int) -> str:
        return el[i] if i < len(el) else ""

    def found(kind: str, i: int, start: int = 0, end: int | None = None) -> Iterator[Finding]:
        value = get(i)[start:end]
        if value.strip():
            a = at[i] + start
            yield Finding(kind, a, a + len(value), _SCORE, "x12", text[a : a + len(value)])

    if name == "NM1":
        if get(2) == "1":  # a person: last, first, middle name
            for i in (3, 4, 5):
                yield from found("PERSON", i)
        kind = _NM1_IDS.get(get(8).upper(), "OTHER_ID" if get(2) == "1" else "")
        if kind:
            yield from found(kind, 9)
    elif name == "N3":
        yield from (f for i in (1, 2) for f in found("STREET_ADDRESS", i))
    elif name == "N4":
        yield from found("LOCATION", 1)
        yield from found("ZIP", 3)
    elif name in ("DMG", "DTP"):  # DMG*D8*date, DTP*qualifier*D8|RD8*date[-date]
        i = 2 if name == "DMG" else 3
        for d in _DATE.finditer(get(i)):
            yield from found("DATE", i, d.start(), d.end())
    elif name == "REF" and (ref := _REF_IDS.get(get(1).upper())):
        yield from found(ref, 2)
    elif name == "PER":
        if get(2) and not _NOT_A_CONTACT.search(get(2)):
            yield from found("PERSON", 2)
        for q in (3, 5, 7):
            if number := _PER_KINDS.get(get(q).upper()):
                yield from found(number, q + 1)
    elif name == "SBR":
        yield from found("HEALTH_PLAN_ID", 3)
    elif name == "CLM":
        yield from found("OTHER_ID", 1)
    elif name in ("ISA", "GS", "BHT"):  # the interchange's, the group's and the transaction's dates
        i = {"ISA": 9, "GS": 4, "BHT": 4}[name]
        value = get(i)
        if (_ISA_DATE if name == "ISA" else _DATE).fullmatch(value):
            yield from found("DATE", i)

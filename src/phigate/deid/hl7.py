"""Identifiers in HL7 v2 messages pasted into a prompt ("PID|1||M4471902^^^MAIN^MR||HALVORSEN^ASTRID^M||
19330415|F|||4410 CEDAR RIDGE RD^APT 2^DULUTH^MN^55811"). A segment's fields are known by position, so the
patient's, the next of kin's, the guarantor's and the insured's names, addresses, phones, birth dates, record,
account and Social Security numbers, and the clinicians' names and IDs, are found by where they stand, not by
what they look like (an MRN and an account number look alike).

Only the segments that carry people are read. Field numbers follow HL7 v2.5 (in every segment but MSH, the
n-th "|"-separated field after the segment's name is field n); components are separated by "^", repetitions
by "~".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set

from phigate.deid.recognizer import PatternRecognizer
from phigate.taxonomy import Finding

# field number -> what it holds: a data type that spans components (name, address, clinician) or a finding type
_LAYOUT: dict[str, dict[int, str]] = {
    "PID": {2: "MRN", 3: "MRN", 4: "MRN", 5: "XPN", 6: "XPN", 7: "TS", 9: "XPN", 11: "XAD", 13: "XTN",
            14: "XTN", 18: "ACCOUNT_NUMBER", 19: "SSN", 20: "LICENSE_NUMBER", 21: "OTHER_ID", 29: "TS"},
    "NK1": {2: "XPN", 4: "XAD", 5: "XTN", 6: "XTN", 16: "TS", 30: "XPN", 31: "XTN", 32: "XAD", 37: "SSN"},
    "GT1": {2: "OTHER_ID", 3: "XPN", 4: "XPN", 5: "XAD", 6: "XTN", 7: "XTN", 8: "TS", 12: "SSN", 16: "XPN",
            19: "SSN"},
    "IN1": {2: "HEALTH_PLAN_ID", 8: "HEALTH_PLAN_ID", 16: "XPN", 18: "TS", 19: "XAD", 36: "HEALTH_PLAN_ID",
            49: "HEALTH_PLAN_ID"},
    "IN2": {1: "HEALTH_PLAN_ID", 2: "SSN", 8: "HEALTH_PLAN_ID", 61: "HEALTH_PLAN_ID"},
    "PV1": {7: "XCN", 8: "XCN", 9: "XCN", 17: "XCN", 19: "OTHER_ID", 44: "TS", 45: "TS", 52: "XCN"},
    "ORC": {10: "XCN", 11: "XCN", 12: "XCN", 19: "XCN"},
    "OBR": {16: "XCN", 28: "XCN", 32: "XCN", 34: "XCN"},
    "MRG": {1: "MRN", 3: "ACCOUNT_NUMBER", 7: "XPN"},
}  # fmt: skip
_SEGMENT = re.compile(rf"^(?:{'|'.join(_LAYOUT)})\|[^\n]*", re.MULTILINE)
_TS_DATE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")  # the date part of a timestamp
_DIGITS = re.compile(r"\d")
_SSN_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}")


class Hl7Segments(PatternRecognizer):
    name, type = "hl7", "OTHER_ID"
    TRIGGER = r"(?:^|\n)(?:pid|nk1|gt1|in1|in2|pv1|orc|obr|mrg)\|"

    def triggers(self) -> list[str]:
        return [self.TRIGGER]

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        if (hits is not None and self.TRIGGER not in hits) or "|" not in text:
            return
        for segment in _SEGMENT.finditer(text):
            layout = _LAYOUT[segment.group()[:3]]
            pos = segment.start() + 4  # past "PID|"
            for number, field in enumerate(segment.group()[4:].split("|"), start=1):
                kind = layout.get(number)
                if kind is not None and field:
                    offset = pos
                    for repetition in field.split("~"):
                        yield from _field(text, offset, repetition, kind)
                        offset += len(repetition) + 1
                pos += len(field) + 1


def _field(text: str, start: int, value: str, kind: str) -> Iterator[Finding]:
    parts = value.split("^")
    bounds, at = [], start
    for part in parts:
        bounds.append((at, at + len(part)))
        at += len(part) + 1

    def span(kind: str, first: int, last: int) -> Finding | None:
        """The components first..last (1-based) as one finding, without the empty ones at either end."""
        used = [i for i in range(first - 1, min(last, len(parts))) if parts[i].strip()]
        if not used:
            return None
        a, b = bounds[used[0]][0], bounds[used[-1]][1]
        return Finding(kind, a, b, 0.9, "hl7", text[a:b])

    found: list[Finding | None] = []
    if kind == "XPN":  # family^given^middle^suffix^prefix
        found.append(span("PERSON", 1, 3))
    elif kind == "XAD":  # street^other designation^city^state^zip^country
        found += [span("STREET_ADDRESS", 1, 2), span("LOCATION", 3, 3), span("ZIP", 5, 5)]
    elif kind == "XCN":  # id^family^given^middle^suffix^prefix^degree
        ident = parts[0].strip()
        if ident:
            found.append(span("LICENSE_NUMBER" if re.fullmatch(r"\d{10}", ident) else "OTHER_ID", 1, 1))
        found.append(span("PERSON", 2, 4))
    elif kind == "XTN":  # the number, as written, in the first component
        found.append(span("PHONE", 1, 1) if _DIGITS.search(parts[0]) else None)
    elif kind == "TS":
        m = _TS_DATE.match(parts[0])
        if m is not None:
            found.append(Finding("DATE", start, start + m.end(), 0.9, "hl7", m.group()))
    elif _DIGITS.search(parts[0]):  # an ID: its first component (the rest name the assigning authority)
        found.append(span("SSN" if _SSN_SHAPE.fullmatch(parts[0]) else kind, 1, 1))  # one field off is common
    yield from (f for f in found if f is not None)

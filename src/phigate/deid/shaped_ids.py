"""Identifiers that no label names, told by their shape or their place: a reference in a system's own
format ("RMA-40017", "KT-5581-0093", "EP-2026-11447"), and the id in a path that names what it is
("zendesk/ticket/448120", "/rest/V1/orders/48812", "crm/contacts/003Hs00001xYzQ2", "/patients/pt_004417/notes"),
and a FHIR reference ("Patient/pt-558213").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set

from phigate.deid.recognizer import PatternRecognizer
from phigate.taxonomy import Finding

# capitals, a hyphen, then groups with digits, the last all digits: a system's reference. Codes and
# standards in the same shape are not a person's ("ICD-10", "CPT-99213", "ISO-13485", "NDC-0002-1433")
_CODES = (
    r"ICD|CPT|NDC|SKU|LOT|UPC|EAN|GTIN|ISBN|ISO|IEC|HCPCS|LOINC|SNOMED|COVID|SARS|HLA|CYP|DSM|PHQ|GAD|ECOG|"
    r"NYHA|BMI|LDL|HDL|TSH|MRI|EKG|ECG|UN|EN|DIN|ASTM|FDA|CE|USP|NF|RFC|HTTP|TLS|SHA|MD|AES|UTF|PCI|SOC|NIST"
)
_PREFIXED = re.compile(
    rf"(?<![\w/#.@-])(?!(?:{_CODES})-)(?P<v>[A-Z]{{2,5}}(?:-[A-Z0-9]*\d[A-Z0-9]*)*-\d{{3,}})(?![\w-]|\.\d)"
)
# what a path's segment before the id names, and the type of the id it names
ENTITY_IDS = {
    "order": "OTHER_ID",
    "orders": "OTHER_ID",
    "ticket": "OTHER_ID",
    "tickets": "OTHER_ID",
    "case": "OTHER_ID",
    "cases": "OTHER_ID",
    "claim": "OTHER_ID",
    "claims": "OTHER_ID",
    "user": "OTHER_ID",
    "users": "OTHER_ID",
    "contact": "ACCOUNT_NUMBER",
    "contacts": "ACCOUNT_NUMBER",
    "customer": "ACCOUNT_NUMBER",
    "customers": "ACCOUNT_NUMBER",
    "account": "ACCOUNT_NUMBER",
    "accounts": "ACCOUNT_NUMBER",
    "patient": "MRN",
    "patients": "MRN",
    "member": "HEALTH_PLAN_ID",
    "members": "HEALTH_PLAN_ID",
}
# found from the slash (a literal the engine skips to fast), then the segment before it is read back
_PATH_ID = re.compile(r"/(?P<v>(?=[\w-]*\d)[A-Za-z0-9][\w-]{2,40})(?!\w|\.\w|/\d)")
_ENTITY_BEFORE = re.compile(
    rf"(?<![^/\"'\s=(])(?P<entity>{'|'.join(sorted(ENTITY_IDS, key=len, reverse=True))})$", re.IGNORECASE
)
_LONGEST_ENTITY = max(map(len, ENTITY_IDS))


class PrefixedId(PatternRecognizer):
    """A reference in capitals with a hyphen and five or more digits: the shape of an RMA, a claim, a kit, a
    request or a customer number in most systems, and of no word."""

    name, type = "prefixed-id", "OTHER_ID"
    SCORE = 0.55  # below every recognizer that knows the kind

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        if "-" not in text:
            return
        for m in _PREFIXED.finditer(text):
            value = m.group("v")
            groups = value.split("-")[1:]
            # five digits or more, in a group of four or more: "HR-110-133" and "MAP-75-100" are ranges
            if sum(c.isdigit() for c in value) >= 5 and max(len(g) for g in groups) >= 4:
                yield Finding(self.type, m.start("v"), m.end("v"), self.SCORE, self.name, value)


class PathId(PatternRecognizer):
    """The id after a path's segment that names a record: the API paths and links of support desks, CRMs and
    shop back ends in logs and pasted context."""

    name, type = "path-id", "OTHER_ID"
    SCORE = 0.7

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        if "/" not in text:
            return
        for m in _PATH_ID.finditer(text):
            entity = _ENTITY_BEFORE.search(text, max(0, m.start() - _LONGEST_ENTITY), m.start())
            if entity is not None:
                kind = ENTITY_IDS[entity.group("entity").lower()]
                yield Finding(kind, m.start("v"), m.end("v"), self.SCORE, self.name, m.group("v"))

"""The entity types phigate finds: HIPAA Safe Harbor's 18 identifiers (45 CFR §164.514(b)(2)) plus
payment data (PCI DSS) and IBANs (GDPR)."""

from __future__ import annotations

from dataclasses import dataclass

# type -> (Safe Harbor item, what it covers)
TAXONOMY: dict[str, tuple[str, str]] = {
    "PERSON": ("A", "names of patients, relatives, employers; lower-case and 'Last, First' forms"),
    "STREET_ADDRESS": ("B", "street address with number, street, unit"),
    "LOCATION": ("B", "city, county, precinct and other geography below a state"),
    "ZIP": ("B", "ZIP codes"),
    "DATE": ("C", "dates (except the year alone): birth, admission, discharge, death, visit"),
    "AGE": ("C", "ages over 89"),
    "PHONE": ("D", "telephone numbers"),
    "FAX": ("E", "fax numbers"),
    "EMAIL": ("F", "e-mail addresses"),
    "SSN": ("G", "social security numbers"),
    "MRN": ("H", "medical record numbers"),
    "HEALTH_PLAN_ID": ("I", "health plan beneficiary, member, subscriber and policy numbers"),
    "ACCOUNT_NUMBER": ("J", "bank and shop account numbers"),
    "LICENSE_NUMBER": ("K", "certificate and licence numbers: driver's licence, DEA, medical licence"),
    "VEHICLE_ID": ("L", "vehicle identifiers: VIN, licence plates"),
    "DEVICE_ID": ("M", "device identifiers and serial numbers: CGM, pump, UDI"),
    "URL": ("N", "web addresses"),
    "IP_ADDRESS": ("O", "IP addresses"),
    "BIOMETRIC_ID": ("P", "biometric identifiers"),
    "IMAGE": ("Q", "full-face photographs and comparable images"),
    "OTHER_ID": ("R", "any other unique number or code: order numbers, portal user names, NPI"),
    "CREDIT_CARD": ("PCI", "payment card numbers (Luhn-checked)"),
    "CARD_CVV": ("PCI", "card verification codes"),
    "IBAN": ("GDPR", "international bank account numbers (mod-97 checked)"),
}

ENTITY_TYPES: frozenset[str] = frozenset(TAXONOMY)

# Identifiers with a fixed shape: the targets allow them almost no leakage.
STRUCTURED: frozenset[str] = frozenset(
    {"SSN", "PHONE", "FAX", "EMAIL", "MRN", "HEALTH_PLAN_ID", "CREDIT_CARD", "IP_ADDRESS", "URL", "DATE"}
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected identifier: ``text[start:end]`` is of ``type``, found by ``recognizer``."""

    type: str
    start: int
    end: int
    score: float
    recognizer: str
    text: str

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "score": round(self.score, 3),
            "text": self.text,
            "recognizer": self.recognizer,
        }

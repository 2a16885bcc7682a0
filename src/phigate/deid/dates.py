"""Dates and ages: written-out and numeric dates, clinical shorthand ("3/4", "10/15-10/16", "5/97"), and
ages over 89 (Safe Harbor keeps younger ages)."""

from __future__ import annotations

from phigate.deid.recognizer import Anchored, PatternRecognizer

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"


_MONTH_WORD = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_DIGIT_SEP = r"\d[/.-]\d"


class Date(PatternRecognizer):
    name, type = "date", "DATE"
    PATTERNS = (
        (
            rf"(?=[\d(+])(?<![\d/.-])(?:0?[1-9]|1[0-2])([/.-])(?:0?[1-9]|[12]\d|3[01])\1(?:{_YEAR}|\d{{2}})(?![\d/-])",
            0.9,
            _DIGIT_SEP,
        ),
        (rf"(?=[\d(+])(?<![\d/.-]){_YEAR}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\d-])", 0.9, _DIGIT_SEP),
        (
            rf"(?=[\d(+])(?<![\d/.-])(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1{_YEAR}(?![\d/-])",
            0.85,
            _DIGIT_SEP,
        ),
        (Anchored(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+(?:of\s+)?{_YEAR})?\b", rf"\b(?:{_MONTH_WORD})"), 0.8),
        (rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", 0.8, _MONTH_WORD),
        (Anchored(rf"\b{_MONTH},?\s+{_YEAR}\b", rf"\b(?:{_MONTH_WORD})"), 0.7),
        # month/day without a year: a date when the day is past 12 ("7/22"), else only with a cue ("1/2" is a half)
        (
            r"(?=[\d(+])(?<![\d/.-])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?![\d/]|\s*(?:mg|ml|tab|pill|cup|dose))",
            0.6,
            _DIGIT_SEP,
        ),
        (
            r"(?=[\d(+])(?<![\d/.-])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])(?![\d/]|\s*(?:mg|ml|tab|pill|cup|dose))",
            0.45,
            _DIGIT_SEP,
        ),
    )
    CONTEXT = (
        "dob",
        "born",
        "birth",
        "date",
        "admitted",
        "admission",
        "discharged",
        "discharge",
        "visit",
        "seen",
        "on",
        "since",
        "died",
        "death",
        "appointment",
        "surgery",
        "scheduled",
    )

    def validate(self, value: str) -> bool:
        lower = value.lower()
        # "may 5" is a date, "may be" is not; bare "march 3" is fine. Reject "3/4" style fractions in doses
        # (handled in the pattern) and a bare month word, which the patterns never produce.
        return not (lower.startswith("may") and not any(ch.isdigit() for ch in lower))


class Age(PatternRecognizer):
    """Safe Harbor removes ages over 89 only; younger ages are not identifiers."""

    name, type = "age-over-89", "AGE"
    TRIGGER = r"\b(?:9\d|1[01]\d)\b"
    PATTERNS = (
        (r"\b(?P<v>(?:9\d|1[01]\d))[- ]?(?:y/?o|yrs?(?:[- ]old)?|years?(?:[- ]old)?|yo)\b", 0.9),
        (r"\b(?:age|aged|age:)\s*(?P<v>(?:9\d|1[01]\d))\b", 0.9),
        (r"\b(?P<v>(?:9\d|1[01]\d))(?:th)? birthday\b", 0.85),
    )

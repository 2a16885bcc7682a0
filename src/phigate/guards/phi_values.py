"""Values compared by meaning, not by spelling, for the PHI guard on answers: a date the caller sent comes
back as "March 19, 2024" where the request said "03/19/2024", a phone number with other separators, and
public health numbers (Poison Control, 988) that are nobody's personal data (``data/public_numbers.yaml``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib.resources import files

import yaml

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_NUMERIC = re.compile(r"(?<!\d)(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})?(?!\d)")
_NAMED = re.compile(
    rf"(?<![\w])(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})|({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?)"
    r"(?:,?\s+(\d{4}))?(?!\w)",
    re.IGNORECASE,
)
_PHONE = re.compile(r"\+?\d[\d\s().-]{5,18}\d")
Day = tuple[int | None, int, int]  # (year or None, month, day)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    if len(text) == 2:
        year += 1900 if year > 30 else 2000
    return year


def _day(year: int | None, month: int, day: int) -> Day | None:
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return None
    return (year, month, day)


def dates_in(text: str) -> list[Day]:
    """Every date written in ``text`` (numeric month first or ISO, or with a month name)."""
    out: list[Day] = []
    for m in _NUMERIC.finditer(text):
        a, _, b, c = m.groups()
        if len(a) == 4:
            found = _day(int(a), int(b), int(c)) if c else None  # 1961-03-04
        else:
            found = _day(_year(c), int(a), int(b)) if len(a) <= 2 else None  # 03/04/1961, 3/4
        if found:
            out.append(found)
    for m in _NAMED.finditer(text):
        day_first, month_a, month_b, day_b, year = m.groups()
        month = _MONTHS.index((month_a or month_b)[:3].lower()) + 1
        found = _day(_year(year), month, int(day_first or day_b))
        if found:
            out.append(found)
    return out


def same_day(a: Day, b: Day, window: int = 0) -> bool:
    """``a`` and ``b`` are the same day (a missing year matches any), or full dates ``window`` days apart at most."""
    if a[0] is None or b[0] is None:
        return a[1:] == b[1:]
    gap = abs((dt.date(*a) - dt.date(*b)).days)  # type: ignore[arg-type]
    return gap <= window


def digits(text: str) -> str:
    """A phone number's digits, without a leading US "1" on an 11-digit number."""
    d = "".join(c for c in text if c.isdigit())
    return d[1:] if len(d) == 11 and d.startswith("1") else d


def phone_numbers_in(text: str) -> set[str]:
    return {d for m in _PHONE.finditer(text) if len(d := digits(m.group())) >= 7}


@cache
def public_numbers() -> frozenset[str]:
    """The digits of the public health numbers answers may give (reviewed data, shipped with the package)."""
    data = yaml.safe_load(files("phigate.guards").joinpath("data/public_numbers.yaml").read_text(encoding="utf-8"))
    return frozenset(digits(str(n)) for n in data["numbers"])

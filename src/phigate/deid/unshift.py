"""Shifting dates in answers back, for apps that shift dates (``date_shift``) and re-identify.

The model saw every date of the conversation moved by one offset, so it reasons in shifted time: a date it
rewrites ("April 10, 2024" for a sent "04/10/2024") or derives ("two weeks later, on April 24") is shifted
too and must be moved back before the patient sees it. The rule, to leave unrelated dates alone:

- only full dates are moved: day, month and year (``04/24/2024``, ``2024-04-24``, ``April 24th, 2024``,
  ``24 April 2024``) or a day with a month name (``April 24``, ``24th of April``); a year alone ("in 1998")
  and a numeric day and month without a year ("4/24": as often a score or a fraction) stay as written;
- a date with a year moves only within ``WINDOW_DAYS`` (two years) of a shifted date that was sent; a
  day-month date is read in the year that puts it nearest one;
- numeric dates are read month first, as the operator wrote them ("24/04/2024" day first, as it must be);
- the model's format is kept: separators, zero padding (ISO always pads), two-digit years, month names or
  abbreviations, case, ordinal suffixes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from phigate.deid.operators import shift_date

WINDOW_DAYS = 731  # two years either side of a shifted date that was sent
MAX_HOLD = 32  # a streamed answer holds back at most this much of a possible date

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_ORD = r"st|nd|rd|th"
_DATE = re.compile(
    r"(?<![\w/.-])(?P<iy>\d{4})(?P<is>[-/.])(?P<im>\d{1,2})(?P=is)(?P<id>\d{1,2})(?![\w/-]|\.\d)"
    r"|(?<![\w/.-])(?P<na>\d{1,2})(?P<ns>[-/.])(?P<nb>\d{1,2})(?P=ns)(?P<ny>\d{4}|\d{2})(?![\w/-]|\.\d)"
    rf"|(?<!\w)(?P<mm>{_MONTH})\.?\s+(?P<md>\d{{1,2}})(?P<mo>{_ORD})?(?:,?\s+(?:of\s+)?(?P<my>\d{{4}}))?(?![\w/-])"
    rf"|(?<![\w/.-])(?P<dd>\d{{1,2}})(?P<do>{_ORD})?\s+(?:of\s+)?(?P<dm>{_MONTH})\.?(?:,?\s+(?P<dy>\d{{4}}))?(?!\w)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\d+(?:st|nd|rd|th|s|n|r|t)?|[a-z]+\.?|[ ,/.-]{1,3}", re.IGNORECASE)
_START = re.compile(r"(?<![\w/.-])[a-z\d]", re.IGNORECASE)


def _month(word: str) -> int:
    return next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(word.lower()[:3]))


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _ordinal(day: int, like: str) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return suffix.upper() if like.isupper() else suffix


def _month_word(month: int, like: str) -> str:
    name = _MONTHS[month - 1] if like.lower() in _MONTHS else _MONTHS[month - 1][:3]
    if like.isupper():
        return name.upper()
    return name if like.islower() else name.capitalize()


def _number(value: int, padded: bool) -> str:
    return f"{value:02d}" if padded else str(value)


class DateUnshifter:
    """Moves the dates of answers back by ``days`` (the conversation's shift), under the rule above."""

    def __init__(self, days: int, anchors: Iterable[dt.date]) -> None:
        self.days = days
        self.anchors = sorted(set(anchors))

    @classmethod
    def from_mapping(cls, mapping: dict[str, str], days: int) -> DateUnshifter | None:
        """From a vault mapping: the tokens that are their original shifted by ``days`` are the shifted dates
        that were sent. None when there are none (no shift was applied in this conversation)."""
        sent = [token for token, original in mapping.items() if shift_date(original, days) == token]
        if not sent:
            return None
        anchors = [d for token in sent for m in _DATE.finditer(token) if (d := _full_date(m)) is not None]
        return cls(days, anchors)

    def unshift(self, text: str, before: str = "") -> str:
        """``text`` with each date the rule covers moved back, in the format it was written in; ``before`` is
        the text released just before it (a date cannot start inside a word that began there)."""
        if not any(c.isdigit() for c in text):
            return text
        whole = before + text
        out, last = [], len(before)
        for m in _DATE.finditer(whole):
            if m.start() < len(before):
                continue
            out += [whole[last : m.start()], self._replace(m)]
            last = m.end()
        out.append(whole[last:])
        return "".join(out)

    def hold(self, text: str) -> int:
        """How many characters at the end of ``text`` could be the start of a date (a streamed answer holds
        them back until the next chunk decides); at most ``MAX_HOLD``."""
        floor = max(0, len(text) - MAX_HOLD)
        for m in _START.finditer(text, floor):
            if _could_be_date(text[m.start() :]):
                return len(text) - m.start()
        return 0

    def _replace(self, m: re.Match[str]) -> str:
        written = _full_date(m)
        if written is None and (m["iy"] or m["na"] or m["my"] or m["dy"]):
            return m.group()  # not a date after all ("13/45/2024", "February 30, 2024")
        if written is not None:
            if not any(abs((written - a).days) <= WINDOW_DAYS for a in self.anchors):
                return m.group()
        else:
            written = self._nearest(_month(m["mm"] or m["dm"]), int(m["md"] or m["dd"]))
            if written is None:
                return m.group()
        moved = written - dt.timedelta(self.days)
        return _rewrite(m, moved)

    def _nearest(self, month: int, day: int) -> dt.date | None:
        """A day and month without a year, in the year that puts it nearest a shifted date that was sent."""
        years = {y for a in self.anchors for y in (a.year - 1, a.year, a.year + 1)} or {2000}
        dates = [d for y in years if (d := _date(y, month, day)) is not None]
        if not dates:
            return None
        if not self.anchors:
            return dates[0]
        return min(dates, key=lambda d: min(abs((d - a).days) for a in self.anchors))


def _full_date(m: re.Match[str]) -> dt.date | None:
    """The date ``m`` writes when it has a year (None without one, or when it is no date)."""
    if m["iy"]:
        return _date(int(m["iy"]), int(m["im"]), int(m["id"]))
    if m["na"]:
        year = int(m["ny"])
        if len(m["ny"]) == 2:
            year += 1900 if year > 30 else 2000
        a, b = int(m["na"]), int(m["nb"])
        return _date(year, a, b) or _date(year, b, a)
    if m["my"]:
        return _date(int(m["my"]), _month(m["mm"]), int(m["md"]))
    if m["dy"]:
        return _date(int(m["dy"]), _month(m["dm"]), int(m["dd"]))
    return None


def _rewrite(m: re.Match[str], date: dt.date) -> str:
    """``m`` with its parts set to ``date``, everything else as written."""
    parts: dict[str, str] = {}
    if m["iy"]:
        parts = {"iy": f"{date.year:04d}", "im": f"{date.month:02d}", "id": f"{date.day:02d}"}
    elif m["na"]:
        year = f"{date.year % 100:02d}" if len(m["ny"]) == 2 else f"{date.year:04d}"
        month_first = _date(2000, int(m["na"]), int(m["nb"])) is not None
        month, day = ("na", "nb") if month_first else ("nb", "na")
        padded = m["na"].startswith("0") or m["nb"].startswith("0")  # "04/10/2024" pads, "4/10/2024" does not
        parts = {"ny": year, month: _number(date.month, padded), day: _number(date.day, padded)}
    else:
        for mon, day, ordinal, year in (("mm", "md", "mo", "my"), ("dm", "dd", "do", "dy")):
            if m[mon]:
                parts = {mon: _month_word(date.month, m[mon]), day: _number(date.day, m[day].startswith("0"))}
                if m[ordinal]:
                    parts[ordinal] = _ordinal(date.day, m[ordinal])
                if m[year]:
                    parts[year] = f"{date.year:04d}"
    out, last = [], m.start()
    for name in sorted(parts, key=m.start):
        out += [m.string[last : m.start(name)], parts[name]]
        last = m.end(name)
    out.append(m.string[last : m.end()])
    return "".join(out)


def _could_be_date(tail: str) -> bool:
    """``tail`` may grow into a date: words that are numbers (with a partial ordinal), "of", or the start of
    a month name, joined by short separators; it begins with a number or a month."""
    pos, words = 0, 0
    for w in _WORD.finditer(tail):
        if w.start() != pos:
            return False
        pos = w.end()
        word = w.group().lower().rstrip(".")
        if not word.strip(" ,/.-"):
            continue
        words += 1
        if words > 5:
            return False
        if word[0].isdigit():
            if len(word.rstrip("stndrh")) > 4:
                return False
        elif not (any(name.startswith(word) for name in _MONTHS) or (words > 1 and word in ("o", "of"))):
            return False
    return pos == len(tail)

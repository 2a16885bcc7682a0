"""Identifiers as a voice channel writes them down: digits spoken one by one ("two one six five five five oh
one seven two"), a date read aloud ("march the fourth nineteen sixty one"), an e-mail address spelled out
("ahmad underscore yusof at example dot com"), a name spelled letter by letter ("V E N K A T E S H") and a
number given digit by digit with its letters said as words ("A as in apple 7 7 3 0 1 9 2 2").

What a run of spoken digits is comes from the words before it: "social" makes it an SSN, "member" a health
plan ID, "order" an order number; a run of seven, ten or eleven digits with none of those is a phone number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set

from phigate.deid.recognizer import PatternRecognizer
from phigate.taxonomy import Finding

_DIGIT = {"zero": 1, "oh": 1, "o": 1, "one": 1, "two": 1, "three": 1, "four": 1, "five": 1, "six": 1,
          "seven": 1, "eight": 1, "nine": 1}  # fmt: skip
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_GROUPED = rf"(?:(?:double|triple)\s+)?{_DIGIT_WORD}"
# seven or more digits said one by one (the first may not be "o" or "oh": "oh one two" is the same number)
_SPOKEN_DIGITS = re.compile(rf"\b{_GROUPED}(?:[\s,.-]+{_GROUPED}){{5,}}\b", re.IGNORECASE)
# digits typed one by one with spaces, perhaps after letters said as words: "A as in apple 7 7 3 0 1 9 2 2"
_SPACED_DIGITS = re.compile(
    r"(?:\b[A-Z]\s+(?:as\s+in|for)\s+[a-z]+\s+)*(?<![\d\w])\d(?:[ ,]\d){5,}(?![\d\w])", re.IGNORECASE
)
_SPELLED_NAME = re.compile(r"(?<![\w])(?-i:[A-Z](?: [A-Z]){3,})(?![\w])")
_SPELL_CUE = re.compile(r"(?i:spell|spelled|spelling|that['’]s|that is|name is|last name|first name)\W{0,12}$")
_TLD = r"(?:com|org|net|edu|gov|co|uk|us|ca|au|io|info|biz|me|de|fr|in|ng|za|pe|mx|br)"
_SPOKEN_EMAIL = re.compile(
    rf"\b[a-z0-9]+(?:\s+(?:underscore|dot|dash|hyphen|period)\s+[a-z0-9]+)*\s+at\s+[a-z0-9]+"
    rf"(?:\s+(?:dot|period)\s+[a-z0-9]+)*\s+(?:dot|period)\s+{_TLD}\b",
    re.IGNORECASE,
)
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_ORDINALS = (
    r"(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_TENS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|"
    r"nine))?"
)
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_YEAR_WORDS = (
    rf"(?:nineteen|twenty)[\s-](?:{_TENS}|{_TEENS}|hundred|(?:oh|o)[\s-]{_DIGIT_WORD})"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_TENS}|{_TEENS}|one|two|three|four|five|six|seven|eight|nine))?"
)
_SPOKEN_DATE = re.compile(
    rf"\b(?:{_MONTHS}\s+(?:the\s+)?(?:{_ORDINALS})|(?:{_ORDINALS})\s+of\s+{_MONTHS})"
    rf"(?:,?\s+(?:{_YEAR_WORDS}|(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
# what the words before a run of digits make it
_CUES = (
    (re.compile(r"\b(?:social|ssn|security)\b"), "SSN"),
    (re.compile(r"\b(?:member|policy|insurance|subscriber|medicare|medicaid|plan|group)\b"), "HEALTH_PLAN_ID"),
    (re.compile(r"\b(?:account|acct)\b"), "ACCOUNT_NUMBER"),
    (re.compile(r"\b(?:mrn|record|chart)\b"), "MRN"),
    (re.compile(r"\b(?:order|rx|prescription|confirmation|tracking|reference|case|ticket)\b"), "OTHER_ID"),
    (re.compile(r"\b(?:phone|call|cell|mobile|reach|text|fax)\b"), "PHONE"),
)
_NUMBER_CUE = re.compile(r"\bnumber\b")  # "my number is ...": a phone, unless a nearer word says otherwise
_EMAIL_CUE = re.compile(r"(?i:e-?mail|address|mail|gmail|yahoo|hotmail|outlook|icloud|aol|proton|example)")
_CUE_REACH = 48
_WORDS_TRIGGER = rf"\b{_DIGIT_WORD}[\s,.-]+(?:double\s+|triple\s+)?{_DIGIT_WORD}\b"


class SpokenIdentifiers(PatternRecognizer):
    name, type = "spoken", "PHONE"
    TRIGGERS = {
        "digits": _WORDS_TRIGGER,
        "spaced": r"\d[ ,]\d[ ,]\d[ ,]\d",
        "email": r"\bat [a-z0-9]+ (?:dot|period) ",
        "date": rf"\b(?:{_ORDINALS})\b",
        "letters": r"\b[a-z] [a-z] [a-z] [a-z]\b",
    }

    def triggers(self) -> list[str]:
        return list(self.TRIGGERS.values())

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        def present(key: str) -> bool:
            trigger = self.TRIGGERS[key]
            return (hits is None or trigger in hits) and re.search(trigger, lower) is not None

        for regex, key in ((_SPOKEN_DIGITS, "digits"), (_SPACED_DIGITS, "spaced")):
            for m in regex.finditer(text) if present(key) else ():
                if key == "digits" and _counting(m.group()):
                    continue
                digits = _count(m.group()) if key == "digits" else sum(c.isdigit() for c in m.group())
                kind = _kind(lower, m.start(), digits, phone_by_length=key == "digits")
                if kind is not None:
                    yield Finding(kind, m.start(), m.end(), 0.8, self.name, m.group())
        for m in _SPOKEN_EMAIL.finditer(text) if present("email") else ():
            # an address is said after a word for one, or has a mail provider's domain ("look at this dot com")
            if _EMAIL_CUE.search(text, max(0, m.start() - 60), m.end()):
                yield Finding("EMAIL", m.start(), m.end(), 0.85, self.name, m.group())
        for m in _SPOKEN_DATE.finditer(text) if present("date") else ():
            yield Finding("DATE", m.start(), m.end(), 0.8, self.name, m.group())
        for m in _SPELLED_NAME.finditer(text) if present("letters") else ():
            if _SPELL_CUE.search(text, max(0, m.start() - 40), m.start()):
                yield Finding("PERSON", m.start(), m.end(), 0.75, self.name, m.group())


_ORDER = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _counting(spoken: str) -> bool:
    """One, two, three ... said in order: counting, not a number."""
    words = re.findall(r"[a-z]+", spoken.lower())
    return words == list(_ORDER[: len(words)])


def _count(spoken: str) -> int:
    total, factor = 0, 1
    for word in re.findall(r"[a-z]+", spoken.lower()):
        if word in ("double", "triple"):
            factor = 2 if word == "double" else 3
            continue
        total += factor * _DIGIT.get(word, 0)
        factor = 1
    return total


def _kind(lower: str, start: int, digits: int, *, phone_by_length: bool) -> str | None:
    """The type of a run of ``digits`` spoken or spaced digits at ``start``: the nearest cue word before it
    tells; with none, seven, ten or eleven spoken digits are a phone number (spaced ones may be a table)."""
    before = lower[max(0, start - _CUE_REACH) : start]
    best: tuple[int, str] | None = None
    for regex, kind in _CUES:
        for m in regex.finditer(before):
            if best is None or m.start() > best[0]:
                best = (m.start(), kind)
    if best is not None:
        return best[1]
    if _NUMBER_CUE.search(before):
        return "PHONE"
    return "PHONE" if phone_by_length and digits in (7, 10, 11) else None

"""Operators: what a finding is replaced with, per app and per entity type.

``placeholder``  ``[PERSON_1]``: the same value always gets the same placeholder within a conversation
``pseudonym``    a realistic surrogate, deterministic under the deployment's key; format-preserving for
                 phones, e-mails and identifiers, Faker for names and places
``date_shift``   the date moved by one offset per conversation (intervals between dates are preserved)
``mask``         ``***-**-6789``: all but the last four letters and digits hidden
``redact``       ``[PERSON]``: the type, nothing else (not reversible)
``block``        refuse the whole request (``phi_blocked``)
``keep``         leave it as it is

Reversible operators (placeholder, pseudonym, date_shift) record their mapping in the vault session,
which is how answers are re-identified.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from collections.abc import Callable, Sequence

from phigate.deid.vault import VaultSession
from phigate.errors import PhiBlocked
from phigate.policy import AppPolicy
from phigate.taxonomy import Finding

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]  # fmt: skip
_NUMERIC = re.compile(r"^(\d{1,4})([/.-])(\d{1,2})(?:\2(\d{2,4}))?$")
_NAMED = re.compile(r"^(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)"
                    r"(?:,?\s+(?:of\s+)?(\d{4}))?$", re.IGNORECASE)  # fmt: skip


class Operators:
    """Applies an app's operators to the findings of one text."""

    def __init__(self, secret: bytes) -> None:
        self._key = hmac.new(secret, b"phigate pseudonyms v1", hashlib.sha256).digest()
        self._faker: object | None = None

    def apply(self, text: str, findings: Sequence[Finding], app: AppPolicy, session: VaultSession) -> str:
        """``text`` with every finding replaced; raises PhiBlocked if a finding's operator is ``block``."""
        out: list[str] = []
        last = 0
        for f in findings:
            op = app.operator(f.type)
            if op == "block":
                raise PhiBlocked(
                    f"the request contains a {f.type.lower().replace('_', ' ')}, which this app's policy blocks; "
                    "remove it and send again"
                )
            out.append(text[last : f.start])
            out.append(self.replacement(op, f, session))
            last = f.end
        out.append(text[last:])
        return "".join(out)

    def replacement(self, op: str, f: Finding, session: VaultSession) -> str:
        if op == "keep":
            return f.text
        if op == "mask":
            return mask(f.text)
        if op == "redact":
            return f"[{f.type}]"
        if op == "pseudonym" and f.type == "DATE":
            op = "date_shift"  # a realistic date that keeps intervals: the shifted one
        if op == "pseudonym":
            return session.token_for(f.type, f.text, _attempts(lambda kind, i: self.surrogate(kind, f.text, i)))
        if op == "date_shift" and f.type == "DATE":
            shifted = shift_date(f.text, self.shift_days(session.scope))
            if shifted is not None:  # a second attempt only if the shifted text is taken: fall back to a placeholder
                return session.token_for(f.type, f.text, _attempts(lambda kind, i: shifted if i == 0 else ""))
        return session.token_for(f.type, f.text, placeholder)

    def shift_days(self, scope: str) -> int:
        """One offset per conversation, between 30 and 365 days either way (never zero)."""
        digest = hmac.new(self._key, b"date-shift\x1f" + scope.encode(), hashlib.sha256).digest()
        n = int.from_bytes(digest[:4], "big")
        return (30 + n % 336) * (1 if n & 1 << 31 else -1)

    def surrogate(self, kind: str, value: str, n: int) -> str:
        seed = hmac.new(self._key, f"{kind}\x1f{value}\x1f{n}".encode(), hashlib.sha256).digest()
        if kind in ("PERSON", "LOCATION", "STREET_ADDRESS"):
            return self._fake(kind, value, int.from_bytes(seed[:8], "big"))
        if kind == "EMAIL":
            local = value.split("@", 1)[0]
            return f"{_preserve(local, seed)}@example.com"
        if kind == "URL":
            return f"https://example.com/{seed.hex()[:8]}"
        if kind == "IP_ADDRESS":
            return f"192.0.2.{seed[0] % 254 + 1}" if ":" not in value else f"2001:db8::{seed.hex()[:4]}"
        if kind == "AGE":
            return "90"
        return _preserve(value, seed)

    def _fake(self, kind: str, value: str, seed: int) -> str:
        if self._faker is None:
            from faker import Faker

            self._faker = Faker("en_US")
        faker = self._faker
        faker.seed_instance(seed)  # type: ignore[attr-defined]
        if kind == "PERSON":
            words = len(value.split())
            name = faker.first_name() if words == 1 else f"{faker.first_name()} {faker.last_name()}"  # type: ignore[attr-defined]
            return str(name).lower() if value.islower() else str(name)
        if kind == "LOCATION":
            return str(faker.city())  # type: ignore[attr-defined]
        return str(faker.street_address())  # type: ignore[attr-defined]


def _attempts(make: Callable[[str, int], str]) -> Callable[[str, int], str]:
    """The vault asks for a token with n = 1 + how many of the type the scope holds; surrogates must not
    depend on that (the same value gets the same pseudonym in every conversation), only on how many
    times this value has been refused as taken."""
    tries = [0]

    def attempt(kind: str, n: int) -> str:
        i = tries[0]
        tries[0] += 1
        return make(kind, i) or placeholder(kind, n)

    return attempt


def placeholder(kind: str, n: int) -> str:
    return f"[{kind}_{n}]"


def mask(value: str) -> str:
    """Hide every letter and digit but the last four: ``123-45-6789`` -> ``***-**-6789``."""
    keep = 4
    out = []
    for ch in reversed(value):
        if ch.isalnum():
            out.append(ch if keep > 0 else "*")
            keep -= 1
        else:
            out.append(ch)
    return "".join(reversed(out))


def _preserve(value: str, seed: bytes) -> str:
    """Same shape: each digit becomes a digit, each letter a letter of the same case; the rest stays."""
    stream = hashlib.shake_256(seed).digest(max(16, len(value)))
    out = []
    for ch, b in zip(value, stream, strict=False):
        if ch.isdigit():
            out.append(str(b % 10))
        elif ch.isalpha() and ch.isascii():
            letter = chr(ord("a") + b % 26)
            out.append(letter.upper() if ch.isupper() else letter)
        else:
            out.append(ch)
    return "".join(out)


def _width(part: str) -> int:
    """Keep zero padding where the original had it: '03' -> 2, '3' or '22' -> 1 or 2 as needed."""
    return 2 if part.startswith("0") else 1


def shift_date(text: str, days: int) -> str | None:
    """``text`` (a date in a format the recognizer knows) moved by ``days``, in the same format; None
    when it cannot be parsed (the caller falls back to a placeholder)."""
    value = text.strip()
    m = _NUMERIC.match(value)
    if m:
        a, sep, b, c = m.groups()
        try:
            if len(a) == 4:  # 1961-03-04
                date = dt.date(int(a), int(b), int(c)) + dt.timedelta(days)
                return f"{date.year:04d}{sep}{date.month:0{_width(b)}d}{sep}{date.day:0{_width(c)}d}"
            year = int(c) if c else 2000
            if c and len(c) == 2:
                year += 1900 if year > 30 else 2000
            date = dt.date(year, int(a), int(b)) + dt.timedelta(days)
        except ValueError:
            return None
        out = f"{date.month:0{_width(a)}d}{sep}{date.day:0{_width(b)}d}"
        if c:
            out += f"{sep}{date.year % 100:02d}" if len(c) == 2 else f"{sep}{date.year}"
        return out
    m = _NAMED.match(value)
    if not m:
        return None
    day_first, month_a, month_b, day_b, year_text = m.groups()
    month_word = (month_a or month_b).lower()
    month = next((i for i, name in enumerate(_MONTHS, 1) if name.startswith(month_word[:3])), None)
    if month is None:
        return None
    try:
        date = dt.date(int(year_text) if year_text else 2000, month, int(day_first or day_b)) + dt.timedelta(days)
    except ValueError:
        return None
    name = _MONTHS[date.month - 1].capitalize()
    word = month_a or month_b
    if len(word) <= 4:
        name = name[:3]
    out = f"{date.day} {name}" if day_first else f"{name} {date.day}"
    return f"{out} {date.year}" if year_text else out

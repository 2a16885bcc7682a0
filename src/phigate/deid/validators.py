"""Checksums and structure rules that turn a pattern match into a finding (or reject it)."""

from __future__ import annotations

import ipaddress
import re

_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_NON_DIGIT = re.compile(r"\D")


def digits(text: str) -> str:
    return _NON_DIGIT.sub("", text)


def luhn(number: str) -> bool:
    """The Luhn checksum (payment cards, NPI with its 80840 prefix)."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def credit_card(text: str) -> bool:
    number = digits(text)
    # 1800: JCB's 15-digit range; 16 digits from Uzcard (8600), Humo (9860), Troy (9792) and RuPay (81, 82)
    issuer = (
        number[0] in "23456"
        or number.startswith("1800")
        or (len(number) == 16 and number.startswith(("8600", "9860", "9792", "81", "82")))
    )
    return 12 <= len(number) <= 19 and issuer and luhn(number)


def ssn(text: str) -> bool:
    """SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000; no known advertising numbers."""
    number = digits(text)
    if len(number) != 9:
        return False
    area, group, serial = number[:3], number[3:5], number[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return number not in ("078051120", "219099999", "123456789") and len(set(number)) > 1


def iban(text: str) -> bool:
    """ISO 13616 mod-97 check."""
    value = text.replace(" ", "").upper()
    if not 15 <= len(value) <= 34 or not value[:2].isalpha() or not value[2:4].isdigit():
        return False
    rearranged = value[4:] + value[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1
    except ValueError:
        return False


def vin(text: str) -> bool:
    """ISO 3779 check digit (position 9) as used in North America."""
    value = text.upper()
    if len(value) != 17 or any(ch not in _VIN_VALUES for ch in value):
        return False
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(value, _VIN_WEIGHTS, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return value[8] == check


def dea(text: str) -> bool:
    """DEA registration number: two letters, seven digits, checksum in the last digit."""
    value = text.upper()
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", value):
        return False
    d = [int(c) for c in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def npi(text: str) -> bool:
    number = digits(text)
    return len(number) == 10 and number[0] in "12" and luhn("80840" + number)


def ip_address(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    return not (ip.version == 4 and text.count(".") != 3)


def phone(text: str) -> bool:
    """North American numbers need a valid area and exchange code; international ones 8-15 digits."""
    number = digits(text)
    if text.lstrip().startswith("+") and not number.startswith("1"):
        return 8 <= len(number) <= 15
    if len(number) == 11 and number[0] == "1":
        number = number[1:]
    if len(number) == 10 and number[0] == "1":  # no North American area code starts with 1
        return False
    return 7 <= len(number) <= 15 and len(set(number)) > 2

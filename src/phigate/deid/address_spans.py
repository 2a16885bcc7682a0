"""How far a street address reaches: a found address part ("Suite 762", "43 Apt. 678") grows over the
lines or comma parts that finish it ("Grand Rapids", ", PE", "Brazil 55179") and back over the street line
that starts it ("48010 Paseo del Atlántico 81", "Rákóczi út 66."), in any script. A part joins only when
it is short and made of numbers and capitalised words, so that a sentence around the address stays."""

from __future__ import annotations

import re

from phigate.deid.addresses import STREET_SUFFIX_WORD, runs_on
from phigate.deid.phones import PHONE_CUE
from phigate.taxonomy import Finding

_BULLET = r"[ \t>?*•·|]*"  # what a mail client or a lost emoji leaves before each line: "> ", "??? "
_ADDRESS_LINE = re.compile(
    rf"(?:[ \t]*\n(?:[ \t]*\n)?{_BULLET}|,[ \t]*)(?:,[ \t]*)?((?:[^\n,.;!?]|\.(?=[ \t]?\d)){{1,40}})"
)
# a unit or floor after the street, in a few languages: "Apt 4", "Fl 2", "int. 9" (Italy), "lgh 1102" (Sweden),
# "cj. 155" (Brazil), "dpto. 4B", "Whg. 12", "bus 3" (Belgium); or number first: "12º andar", "2. tv." (Denmark)
_UNIT_AFTER = re.compile(
    r"[ \t,]+(?:(?:apt|apartment|suite|ste|unit|flat|fl|floor|int|interno|lgh|cj|conj|sala|piso|dpto|depto|"
    r"whg|etg|bus|bte)\.?[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?\b"
    r"|\d{1,3}[º°ª.]?[ \t]*(?:andar|piso|etage|étage)\b|\d{1,3}(?:st|nd|rd|th)[ \t]+(?:fl|floor)\b\.?"
    r"|\d{1,2}\.[ \t]*(?:tv|th|mf)\b\.?)",
    re.I,
)
# a line or comma part that starts a contact ("Tlf. +45 21 55 03 94", "Mob 07700 900417") ends the address
# before it: a phone's word, or the abbreviations a contact line uses
_CONTACT_LABEL = re.compile(rf"[ \t]*(?:{PHONE_CUE}|(?:ph|mob|fax|tlf|tfn|e-?mail)\b)", re.I)
_UP_TO_POSTCODE = re.compile(r"(?:[^\W\d_][\w'’.-]*[ \t]+){0,3}\d{3,6}(?:[ -]\d{2,4})?(?![\w-])")
_BARE_UNIT = re.compile(r"\b(?:apt|apartment|suite|ste|unit|flat)\.?$", re.I)
_UNIT_NUMBER = re.compile(r"[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?\b")
_HOUSE_NUMBER = re.compile(r"(?<![\w.,/-])\d{1,6}[A-Za-z]?[ \t]+$")
_ADDRESS_WORD = re.compile(r"^(?:\d[\w -]*|[^\W\d_][\w'’.-]*)$")  # capitalised or a unit: see _part_word
_UNITS = ("apt", "suite", "unit", "box")
_WHOLE = 0.9
_UNIT_END = re.compile(r"\b(?:apt|apartment|suite|ste|unit|flat)\.?[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?$", re.I)
# after a unit, up to three capitalised words that end the sentence, the line or come before a postcode
_PLACE_AFTER_UNIT = re.compile(r"((?:[ \t]+[^\W\d_a-z][\w'’.-]*(?<!\.)){1,3})(?=[ \t]*(?:[.,;!?\n)]|$|\d{3,6}\b))")
# a lower-case particle inside a place name: "Chomutice u Horic v Podkrkonoší", "Mora de Rubielos"
_PARTICLE = re.compile(r"[^\W\d_]{1,3}|\([^\W\d_][\w'’ -]*\)")

# A street written before what was found: a house number, up to four words (one capitalised, any script:
# "Rákóczi út", "Λ. Αλεξάνδρας") and, when the finding starts with a unit word, the street number.
_WORD = r"[^\W\d_][\w'’.-]*"
_STREET_BEFORE_NUMBER = re.compile(rf"(?:^|(?<=[\s:]))\d{{1,6}}[A-Za-z]?[ \t]+(?:{_WORD}[ \t]+){{1,4}}$")
_STREET_BEFORE_UNIT = re.compile(
    rf"(?:^|(?<=[\s:]))(?:\d{{1,6}}[A-Za-z]?[ \t]+)?(?:{_WORD}[ \t]+){{1,4}}\d{{1,5}}[A-Za-z]?\.?,?[ \t]+$"
)
_STREET_AFTER_UNIT = re.compile(
    rf",?[ \t]+\d{{1,6}}[A-Za-z]?[ \t]+(?:{_WORD}[ \t]+){{0,3}}(?:\d{{1,5}}[A-Za-z]?\b|{STREET_SUFFIX_WORD})"
)
_UNIT_START = re.compile(r"(?:apt|apartment|suite|ste|unit|flat)\b", re.I)
# the line above a block that starts with a unit or a number: "0269 Stensås terrasse 38" then " Suite 621"
_STREET_LINE = re.compile(
    rf"(?:^|\n)([ \t]*(?:\d{{1,6}}[A-Za-z]?[ \t]+)?(?:{_WORD}[ \t]+){{0,4}}(?:{_WORD}|\d{{1,5}}[A-Za-z]?\.?))"
    r"[ \t]*\n[ \t]*$"
)

# the same, with the number inside the street line and every word capitalised: "Fuglie 41 Popović Dam",
# "P.O. Box 211 Medvedev Islands"; it may end a sentence line after a preposition ("send it to Aqqusinersuaq
# 176 Pinto Hill")
_CAP_WORD = r"[^\W\d_a-z][\w'’.-]*"
_STREET_LINE_INNER_NUMBER = re.compile(
    r"(?:^|(?<=\n)|(?<=:)[ \t]*|(?:(?<=\bto)|(?<=\bin)|(?<=\bat)|(?<=\bis)|(?<=\bwith))[ \t]+)"
    rf"((?:{_CAP_WORD}[ \t]+){{1,4}}\d{{1,6}}[A-Za-z]?(?:[ \t]+{_CAP_WORD}){{1,3}})[ \t]*\n[ \t]*$"
)


def extend_address(text: str, f: Finding) -> Finding:
    """``f`` grown over the rest of its address, when it is a STREET_ADDRESS; any other finding as it is."""
    if f.type != "STREET_ADDRESS":
        return f
    start = _start(text, f.start, unit=bool(_UNIT_START.match(f.text)), digit=f.text[:1].isdigit())
    end = f.end
    if _BARE_UNIT.search(f.text) and (number := _UNIT_NUMBER.match(text, end)):
        end = number.end()  # "63 Avenue du Golf Arabe Suite" took the unit word but not its "910"
    for _ in range(2):  # "... 45 Suite 652 Apt. 162" on the same line
        unit = _UNIT_AFTER.match(text, end)
        if unit is None:
            break
        end = unit.end()
    if _UNIT_END.search(text, max(0, end - 12), end) and (street := _STREET_AFTER_UNIT.match(text, end)):
        end = street.end()  # "Flat 9, 14 Albion Road": the unit first, as the UK writes it
    elif _UNIT_END.search(text, max(0, end - 12), end):
        place = _PLACE_AFTER_UNIT.match(text, end)  # "Suite 980 Reichenbach Rheinland-Pfalz."
        end = place.end(1) if place else end
    end = _end(text, end)
    if (start, end) == (f.start, f.end):
        return f
    # a street with its unit, town or line beyond it is an address beyond doubt: it outranks a street or
    # town name that a name list also reads as a person ("Laidlaw Green", "San Michele")
    return Finding(f.type, start, end, max(f.score, _WHOLE), f.recognizer, text[start:end])


def _start(text: str, start: int, *, unit: bool, digit: bool) -> int:
    """Back over a house number ("6688 Kopfhölzistrasse 45"), the street before a unit or a number on the
    same line, or the street line just above."""
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start]
    if unit or digit:
        street = (_STREET_BEFORE_UNIT if unit else _STREET_BEFORE_NUMBER).search(before)
        if street is not None and _capitalised(street.group()):
            return line + street.start()
    if not before.strip() and line > 0:
        above = _STREET_LINE.search(text, max(0, line - 60), line)
        if above is not None and any(c.isdigit() for c in above.group(1)) and _capitalised(above.group(1)):
            return above.start(1) + len(above.group(1)) - len(above.group(1).lstrip())
        if unit and (above := _STREET_LINE_INNER_NUMBER.search(text, max(0, line - 60), line)) is not None:
            return above.start(1)
    number = _HOUSE_NUMBER.search(text, max(0, start - 12), start)
    return number.start() if number else start


def _capitalised(part: str) -> bool:
    return any(w[:1].isupper() for w in part.split() if not w[:1].isdigit())


_PHONE_SHAPED = re.compile(r"\+?[\d() .-]{9,}")


def _end(text: str, end: int) -> int:
    """Over up to four following lines or comma parts of at most five words, each a number or capitalised:
    "Apt. 962", "Grand Rapids", ", PE", "Brazil 55179" (one blank line may come between)."""
    for _ in range(4):
        m = _ADDRESS_LINE.match(text, end)
        if m is None:
            break
        part = m.group(1)
        if _CONTACT_LABEL.match(part):
            break
        cut = runs_on(text, m.start(1) - 1, m.end(1))  # "..., 29001 Málaga NSS 2812…": not the number
        if cut < m.end(1):
            part = text[m.start(1) : max(cut, m.start(1))]
            if _address_part(part) and any(c.isdigit() for c in part):  # a postcode and town, not "His"
                end = m.start(1) + len(part.rstrip())
            break
        if _particles(part) and (after := _ADDRESS_LINE.match(text, m.end(1))) and _address_part(after.group(1)):
            # a state in lower case between the town and the postcode: "Denver\n, co\n 80202"
            end = after.start(1) + len(after.group(1).rstrip())
            continue
        if not _address_part(part):
            if _PHONE_SHAPED.fullmatch(part.strip()):
                break  # ",07700 900417,": the phone of the next column, not a postcode and more
            # the sentence goes on after a postcode: ", OV 21072 after the concert" ends at "21072"
            code = _UP_TO_POSTCODE.match(part)
            if code is None or not _address_part(code.group()):
                break
            return m.start(1) + code.end()
        end = m.start(1) + len(part.rstrip())
    return end


def _address_part(part: str) -> bool:
    words = part.split()
    if sum(c.isdigit() for c in part) >= 7 and not any(w[0].isalpha() for w in words):
        return False  # numbers alone, too many for a postcode: "085 175 7641-Office" is the phone under it
    return (
        0 < len(words) <= 5
        and all(_part_word(w) for w in words)
        and any(w[0].isupper() or w[0].isdigit() for w in words)
    )


def _particles(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 2 and all(_PARTICLE.fullmatch(w) for w in words)


def _part_word(word: str) -> bool:
    """A word that can be part of an address line: a number, a capitalised word, a unit, a short particle
    ("u", "de", "nad") or a word in parentheses ("(Greek)")."""
    if _PARTICLE.fullmatch(word):
        return True
    return bool(_ADDRESS_WORD.match(word)) and (
        word[0].isupper() or word[0].isdigit() or word.lower().rstrip(".") in _UNITS
    )

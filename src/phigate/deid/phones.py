"""Telephone, pager and fax numbers as people write them: North American and international forms, digit
groups with any separator, numbers typed with a separator missing ("240444-1243"), and a number in
parentheses after a name ("his wife (201/324/1423)"), which takes its parentheses with it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set

import phonenumbers

from phigate.deid import validators
from phigate.deid.national_ids import HEALTH_NUMBER_WORDS, NATIONAL_ID_WORDS
from phigate.deid.recognizer import Anchored, PatternRecognizer, after_product_code
from phigate.taxonomy import Finding

_PHONE_CORE = r"(?:\(\d{3}\)\s?|\d{3}(?:[-.] ?|\s))\d{3}(?:[-.] ?|\s)\d{4}"  # "212- 476- 8356" too
# Before a number: no word character, or a label glued on with a hyphen ("CELLULAR-410 202-6694"); after
# it: an extension ("x4587") and then no digit, or a hyphenated label ("-Office").
_EXT = r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?"
_END = r"(?![\w]|-\d)"
_PHONE = (
    rf"(?=[\d(+])(?<!\d )(?:(?<![\w+/-])|(?<=[A-Za-z]-)|(?<=--))(?:\+?1[-.\s]?)?{_PHONE_CORE}{_EXT}{_END}"
    rf"|(?=\+)(?<![\w+])\+\d{{1,3}}(?:[-.\s]?\(?\d{{1,4}}\)?){{2,5}}\d{_EXT}{_END}"
)
_FAX_CONTEXT = r"\bfax(?:\s*(?:number|no\.?|#))?\s*[:#]?\s*"
_WEAK = 0.4  # digit groups alone: a phone only with a cue word, or in parentheses (below)
_ENCLOSED = 0.6
_OPEN = re.compile(r"\(\s*$")
_CLOSE = re.compile(r"\s*\)")
_DASHED = re.compile(r"\d{3}-\d{3}-\d{4}")
_SHORT_INTERNAL = re.compile(r"x\d{3,5}|\d-\d{4}")  # an extension, a hospital pager: "x4471", "4-5521"


class Phone(PatternRecognizer):
    name, type = "phone", "PHONE"
    TRIGGER = r"\d\d"
    PATTERNS = (
        (_PHONE, 0.75),
        (r"(?=[\d(+])(?<![\w/-])\d{10}(?![\w-])", 0.5),
        (r"(?=[\d(+])(?<![\w/.-])\(?\d{3}\)?\s\d{3}-\d{4}(?![\w-])", 0.75),
        (rf"(?=[\d(+])(?:(?<![\w/.-])|(?<=[A-Za-z]-))\d{{3}}-\d{{4}}{_END}", 0.4),
        # slashes between the groups ("201/324/1423"); a separator missing ("240444-1243", "202232-4455")
        (r"(?=[\d(+])(?<![\w/.-])\d{3}/\d{3}/\d{4}(?![\w/]|[.-]\d)", 0.6),
        (r"(?=[\d(+])(?<![\w/.-])\d{6}-\d{4}(?![\w/-]|\.\d)", 0.5),
        # Digit groups as phones are written across the world: "0490 75 40 81", "03.93.92.16.85"
        (
            r"(?=[\d(+])(?:(?<![\w.+/-])|(?<=[A-Za-z]-))(?:\+\d{1,3}[-.\s]?)?(?:\(\d{1,4}\)\s?)?\d{2,5}"
            r"(?:[-./ \t]\d{2,8}){1,4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?"
            r"(?![\w]|-\d|[./]\d)",
            _WEAK,
        ),
        # pagers and beepers: four to six digits after the word, or a hospital's "4-5521"; an extension alone
        (
            Anchored(
                r"\b(?:pager|beeper|pg|pgr|bpr)\b(?:\s*(?:number|no\.?|#))?\s*[:#]?\s*(?P<v>\d{4,6}|\d-\d{4})\b",
                r"\b(?:pager|beeper|pg|pgr|bpr)\b",
            ),
            0.85,
        ),
        (Anchored(r"\b(?:ext|extension)\b\.?\s*[:#]?\s*(?P<v>x?\d{3,5})\b", r"\b(?:ext|extension)\b"), 0.8),
    )
    CONTEXT = (
        "phone", "call", "cell", "cellular", "mobile", "tel", "telephone", "contact", "reach", "reached", "text",
        "number", "pager", "beeper", "answer", "answering", "message", "messages", "registered", "desk", "office",
        "home", "work", "dial", "whatsapp", "sms",
    )  # fmt: skip

    def validate(self, value: str) -> bool:
        # all three groups written out with hyphens ("135-442-9738") is a phone's shape whether or not the
        # area code is assigned: made-up and mistyped numbers identify a person just as well
        return (
            validators.phone(value)
            or (value.isdigit() and 4 <= len(value) <= 6)
            or _SHORT_INTERNAL.fullmatch(value) is not None
            or (_DASHED.fullmatch(value) is not None and len(set(value)) > 3)
        )

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        for f in super().find(text, lower, numbers, hits):
            if _NAMED_ID.search(lower, max(0, f.start - 48), f.start):
                continue  # "NHS number 943 476 5919" is the ID the text calls it, whatever its digit groups
            if f.score <= _WEAK and not after_product_code(lower, f.start) and national_number(f.text):
                f = Finding(f.type, f.start, f.end, _NATIONAL, f.recognizer, f.text)
            yield _parenthesised(text, f)


# Countries shop customers write from, for numbers written the national way with no "+" and country code
REGIONS = (
    "GB", "IE", "DE", "AT", "CH", "FR", "NL", "BE", "LU", "ES", "PT", "IT", "PL", "CZ", "SK", "HU", "RO", "GR",
    "SE", "NO", "DK", "FI", "TR", "IL", "ZA", "NG", "KE", "IN", "PH", "JP", "KR", "AU", "NZ", "BR", "AR", "MX",
)  # fmt: skip
_NATIONAL = 0.6
_TRUNK = re.compile(r"\(?0[1-9]")
# a number the text names as an identity, health or insurance number
_NAMED_ID = re.compile(
    rf"\b(?:nhs|medicare|medicaid|member|subscriber|policy|mrn|{NATIONAL_ID_WORDS}|{HEALTH_NUMBER_WORDS})\b"
    r"[\s-]*(?:(?:number|num|no|nr|id)\b\.?)?\s*[:#]?\s*$"
)
_SEPARATORS = re.compile(r"[-.\s]+")
_ABROAD = re.compile(r"\(?00[1-9]")


def national_number(value: str) -> bool:
    """Digit groups dialled with the international prefix 00 and a country code, or with a trunk prefix
    ("0151 23456789", "06 12 34 56 78", "(02) 9374 4000") that one of ``REGIONS`` numbers this way:
    libphonenumber's metadata knows each country's lengths and ranges, so a lot number or a dosing
    schedule with as many digits is not a phone."""
    if _ABROAD.match(value):  # "0044 20 7946 0958": the international prefix dialled as 00
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse("+" + value.lstrip("(")[2:], None))
        except phonenumbers.NumberParseException:
            return False
    if _TRUNK.match(value) is None or not 9 <= sum(ch.isdigit() for ch in value) <= 12:
        return False
    for region in REGIONS:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
        # a number from a range kept free for fiction ("07700 900123") is grouped as the country groups it
        written = _SEPARATORS.sub(" ", value).strip()
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if phonenumbers.is_possible_number(number) and " " in written and written == national:
            return True
    return False


def _parenthesised(text: str, f: Finding) -> Finding:
    """A number alone in parentheses ("(301 273 45166)", "(201-223-4567)") is set apart as a contact
    number: ten digits or more there make weak digit groups a phone, and the parentheses go with it."""
    opened = _OPEN.search(text, max(0, f.start - 3), f.start)
    closed = _CLOSE.match(text, f.end)
    if opened is None or closed is None:
        return f
    score = f.score
    if score <= _WEAK and sum(ch.isdigit() for ch in f.text) >= 10:
        score = _ENCLOSED
    start, end = opened.start(), closed.end()
    return Finding(f.type, start, end, score, f.recognizer, text[start:end])


# a word that says a phone number follows, in the languages shop customers write
PHONE_CUE = (
    r"(?:\b(?:phone|telephone|tel|tél|telefon|telefone|teléfono|telefono|telemóvel|telemovel|móvil|movil|"
    r"celular|cel|cell|mobile|mobil|handy|natel|fono|gsm|whatsapp|κινητό|τηλέφωνο|τηλ|телефон|тел|моб|"
    r"טלפון|נייד|هاتف|الموبايل|الجوال|جوال|موبايل|sđt|điện thoại|simu|llamame al|llámame al|ligue para|"
    r"h/p|hp(?=\s*[:.]?\s*\+?\d[\d -]{6,14}\d\b)|no\. tel|nombor telefon|โทร|फ़ोन|फोन|موبائل)"
    r"(?![^\W\d_])|"
    r"電話番号|電話|手機|手机|联系电话|전화번호|전화|연락처|휴대폰)"
)
# words that name a phone only when a number of a phone's length follows at once: "my number", "landline",
# "call", "fixed line", a mobile-money wallet, "home" and "phone" (Mongolian), "his number" (Arabic), "number"
# (Marathi); as a form's label "Número de autorización" names no phone
_NUMBER_CUE = (
    # not the number of an order, a prescription, a bill, a case or a member ("pedido número 5512034")
    "".join(rf"(?<!{w} )" for w in "pedido orden receta factura cliente caso afiliado expediente ticket".split())
    + r"\b(?:número|numero|numba|nambari|nomor|landline|ċempel|cempel|fix|fixe|wave|гэрийн|утас|رقمه|ورقمه|"
    r"رقمي|नंबर)(?![^\W\d_])"
)


# a number right after a person's name: the family's contacts in a note ("daughter Olga Lebedeva, 8 (495)
# 555-01-82", "Pavel Dvořák, 731 555 082"), in whatever national form, checked or not
_PHONE_AFTER_NAME = re.compile(
    r"(?:,[ \t]*|[ \t]*\([ \t]*|[ \t]+[—–-][ \t]+|[ \t]+)"
    r"(?P<v>(?:\+\d{1,3}[ .-]?)?\(?\d{1,5}\)?(?:[ .-]\(?\d{1,5}\)?){1,5})"
    r"(?![\w/]|[.-]\d)"
)


_POSTCODE_SHAPE = re.compile(r"\d{4}-\d{3}")  # Portugal's, after a town that a name list also holds


def phones_after_names(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Phones of seven to thirteen digits that follow a PERSON finding."""
    out = []
    for f in findings:
        if f.type == "PERSON" and (m := _PHONE_AFTER_NAME.match(text, f.end)) is not None:
            value = m.group("v")
            if 7 <= sum(c.isdigit() for c in value) <= 13 and not _POSTCODE_SHAPE.fullmatch(value):
                out.append(Finding("PHONE", m.start("v"), m.end("v"), 0.7, "phone-after-name", value))
    return out


class PhoneAfterCue(PatternRecognizer):
    """Digit groups right after a word for a phone ("Telemóvel 912 555 038", "電話 6178 2043", "رقم الموبايل
    ٠١٠٠ ٥٥٥ ٠١٤٢"): a number the text calls a phone is one, in whatever national form, checked or not."""

    name, type = "phone-after-cue", "PHONE"
    PATTERNS = (
        (
            Anchored(
                rf"(?:{PHONE_CUE}|{_NUMBER_CUE})(?:\s*(?:number|no\.?|nr\.?|#|番号))?\.?\s*[:：#]?\s*"
                r"(?:(?:is|es|est|é|ist|ni|ay)\s+)?"
                r"(?P<v>(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)\s?)?\d{2,5}(?:[\s.-]\d{2,8}){0,4})(?![\w]|[.-]\d)",
                rf"{PHONE_CUE}|{_NUMBER_CUE}",
            ),
            0.8,
        ),
    )

    def validate(self, value: str) -> bool:
        return 7 <= sum(ch.isdigit() for ch in value) <= 15


class Fax(PatternRecognizer):
    name, type = "fax", "FAX"
    TRIGGER = r"fax"
    PATTERNS = ((Anchored(_FAX_CONTEXT + rf"(?P<v>{_PHONE})", r"\bfax"), 0.95),)

    def validate(self, value: str) -> bool:
        return validators.phone(value)

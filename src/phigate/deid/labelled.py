"""Numbers a form labels, whatever the label's language: "Processo: HDVS-0041827", "NHC: 448217",
"Episode #: EP-2026-04471", "cédula profissional n.º 48213", "Nr księgi głównej: 2026/08412",
"የካርድ ቁጥር፡ YT-0048213", "의사면허 제84921호".

The word lists name the identifiers that shops and clinics write most; a form names many more, in every
language. Here the layout decides instead: a label, then a colon, a number sign or a "number" abbreviation,
then a value shaped like an identifier that fills the field to its end (the line's end, a wide gap, a comma or
a bracket). Measurements do not pass: "BP: 138/84" is two short groups, "Dose: 1000 mg" runs on into its
unit, "Steps: 12000" is five bare digits. The label gives the type when it names one; an identifier of
no named kind is an OTHER_ID.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set

from phigate.deid.national_ids import HEALTH_NUMBER_WORDS
from phigate.deid.phones import PHONE_CUE
from phigate.deid.recognizer import PatternRecognizer
from phigate.taxonomy import Finding

# an identifier: letters in capitals and digits, with the dots, dashes or slashes of its scheme, and digit
# groups after spaces ("284 719 305", "2026 GRD 218734" is not one: letters after a space end it)
# and an issuer's letters before the digits ("ARAG 4802 1973 05"); capitals only, so no word passes
_VALUE = r"(?-i:(?:[A-Z]{1,5} (?=\d))?(?=[A-Z0-9./-]*\d)[A-Z0-9]+(?:[./-][A-Z0-9]+)*(?: \d+(?:[./-][A-Z0-9]+)*){0,5})"
# the value fills its field: the line ends, a wide gap or a tab opens the next field, or punctuation follows
_FIELD_END = r"(?=[ \t]*(?:$|[\n,;|)\]]|\.(?:\s|$))|[ \t]{2,}|\t| \()"
# a form's field: at a line's start, after a wide gap, a tab or a bar; its label, a colon of any script
# (found from the colon back: colons are few, and a pattern that starts with them is scanned fast)
_COLON_VALUE = re.compile(rf"[:：፡][ \t]*(?P<v>{_VALUE}){_FIELD_END}")
_LABEL_TO_COLON = re.compile(
    r"(?m)(?:^|(?<=  )|(?<=[\t|\u3000]))[ \t>*-]*(?P<label>[^\W\d_][^\n:：፡\t|]{0,40}?)[ \t]*$"
)
# a "number" sign or abbreviation, a word or an acronym between it and the value ("nr PWZ 4748213", "n.º
# colegiada 44/04821", "Cartella n. 2026/004817"); its label is the words before it
_NUMBERED = re.compile(
    # (the sign's first character leads, so that the engine skips fast to where one may begin)
    r"(?:#|№|n(?:\.?[ \t]?º|°|(?<!\wn)(?:o\.|r\b\.?|\.(?=[ \t]*\d))|(?<=[^\W\d_] n)o(?=[ \t]+\d)))"
    r"[ \t]*[:：]?[ \t]*"
    r"(?P<mid>[^\W\d_]{2,12}[ \t]+)?"
    rf"(?P<v>{_VALUE}){_FIELD_END}",
    re.IGNORECASE,
)
_KOREAN_NUMBERED = re.compile(r"제(?P<v>\d{4,12})호")
_LABEL_BEFORE = re.compile(r"(?:[^\W\d_][\w.'’-]*[ \t]*){1,3}$")
# what the label names, first match wins (an MRN's "record" before an insurance "card")
_KINDS = (
    ("PHONE", re.compile(rf"{PHONE_CUE}|\b(?:fijo|fixo|contactos?|pgr|pager)\b")),
    ("FAX", re.compile(r"\bfax\b")),
    (
        "MRN",
        re.compile(
            r"\b(?:mrn|medical record|chart|patient|hospital|hosp|processo|prontu[aá]rio|rm|op|protokol|nhc|"
            r"cartella|fo|kórlap\w*|księgi|карта|história|historia|dossier)\b|الملف|پرونده|রেজি|住院|病[历歷案]"
        ),
    ),
    (
        "HEALTH_PLAN_ID",
        re.compile(
            rf"\b(?:{HEALTH_NUMBER_WORDS}|member|subscriber|policy|poliçe|polis|insurance|plan|group|sus|cns|"
            r"conv[eê]nio|carteirinha|fonds|adhérent|socia|socio|sănătate|cbhi|полис|versicher\w*)\b|تأمين|بیمه|보험|保险"
        ),
    ),
    (
        "LICENSE_NUMBER",
        re.compile(
            r"\b(?:licen[cs]e|lic|crm|cédula|colegiad[ao]|registro|registration|reg|sip|prc|pwz|parafă|"
            r"pecsét\w*|tescil|cert\w*|npi|dea|cpsbc|sis|caja profesional)\b|"
            r"სერტიფიკატი|نظام پزشکی|التصنيف المهني|면허|执业|বিএমডিসি"
        ),
    ),
    ("ACCOUNT_NUMBER", re.compile(r"\b(?:account|acct|episode|encounter|fin|billing)\b")),
)
# a label that names a product's, a room's or a code's number, which identifies no one
_NOT_PERSONAL = re.compile(
    r"\b(?:lot|batch|sku|item|part|model|version|build|ndc|upc|ean|isbn|cpt|icd|hcpcs|clia|rxbin|bin|pcn|"
    r"room|rm\.? no|bed|ward|code|error|ref range|range|steps|calories|total|price|amount|qty|quantity|"
    r"zip|postal|post ?code|cep|plz|time|dose|bp|hr|rr|spo2|temp|weight|height)\s*$",
    re.IGNORECASE,
)
_LETTER_BY_DIGIT = re.compile(r"\d[A-Z]|[A-Z]\d")
_ISSUER = re.compile(r"^[A-Z]{1,5} (?=\d)")
_MONEY = re.compile(r"\d{1,3}(?:[.,]\d{3})*[.,]\d{2}")


def _shaped(value: str, numbered: bool) -> bool:
    """Five digits or more, and, with no letter among them, no reading ("138/84", "63-70/27-30", "7.37/53/89"):
    a group of four digits at least, or three groups of three. Five bare digits are a count ("Steps: 12000")
    unless a number sign says they are a number ("n.º 48213")."""
    digits = sum(c.isdigit() for c in value)
    if digits < 5 or _MONEY.fullmatch(value):
        return False
    body = _ISSUER.sub("", value)  # "BP 128/82" is a reading after its name, "ARAG 4802 1973 05" a number
    if body[:1].isalpha() or _LETTER_BY_DIGIT.search(body):  # "KB-26-004817", "CR4829173056-2"; not "110/ST"
        return True
    groups = [len(g) for g in re.findall(r"\d+", body)]
    if len(groups) == 1:
        return digits >= 6 or numbered
    # a national number in dotted groups ("1.834.072-5") is no reading, which slashes separate
    dotted = len(groups) >= 3 and digits >= 7 and "/" not in body
    return max(groups) >= 4 or (len(groups) >= 3 and min(groups) >= 3) or dotted


def _label(text: str, m: re.Match[str]) -> str:
    """The words before the number sign and between it and the value, in lower case."""
    before = _LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
    mid = m.group("mid") if "mid" in m.re.groupindex else None
    return " ".join(part.lower().strip() for part in (before.group() if before else "", mid or "") if part)


class LabelledNumber(PatternRecognizer):
    name, type = "labelled-number", "OTHER_ID"
    SCORE = 0.6  # below every recognizer that knows the value's kind: a date, a phone, a named ID win

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        if not any(c.isdigit() for c in text):
            return
        for m, label, numbered in _fields(text):
            value = m.group("v")
            if not _shaped(value, numbered) or _NOT_PERSONAL.search(label):
                continue
            kind = next((k for k, words in _KINDS if words.search(label)), self.type)
            yield Finding(kind, m.start("v"), m.end("v"), self.SCORE, self.name, value)


def _fields(text: str) -> Iterator[tuple[re.Match[str], str, bool]]:
    """Each value with its label, and whether a number sign (not a colon) introduced it."""
    for m in _COLON_VALUE.finditer(text):
        label = _LABEL_TO_COLON.search(text, max(0, m.start() - 48), m.start())
        if label is not None:
            yield m, label.group("label").lower().strip(), False
    for regex in (_NUMBERED, _KOREAN_NUMBERED):
        for m in regex.finditer(text):
            yield m, _label(text, m), True

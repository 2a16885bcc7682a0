"""Ages over 89, which Safe Harbor removes (younger ages are not identifiers): after a word of age or a person
("I'm 93", "mum is 94", "edad: 91"), with a unit in many languages ("93 años", "92歳"), in words ("ninety-two"),
and after a PERSON or a birth date that another recognizer found ("Walter Pruitt, 97", "DOB 09/03/1933 (93 y)")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from phigate.deid.recognizer import NUMBER_START, Anchored, PatternRecognizer
from phigate.taxonomy import Finding

_UNITS_WORD = r"one|two|three|four|five|six|seven|eight|nine"
_AGE_WORDS = (
    rf"ninety(?:[- ](?:{_UNITS_WORD}))?|(?:one|a)[- ]hundred(?:[- ](?:and[- ])?(?:{_UNITS_WORD}|ten|eleven|twelve))?"
)
_AGE_CUE = (
    r"\b(?:i['’]m|im|i am|she['’]s|he['’]s|shes|hes|she is|he is|who is|who['’]s|aged|age|turned|turns|turning|"
    r"er ist|sie ist)"  # German: "er ist 91"
)
# what follows a number that is a measurement, not an age ("BP turned 95 systolic", "she is 94 kg")
_NOT_AN_AGE = (
    r"(?![.,]\d|\s*(?:%|mg|lbs?|kg|degrees|systolic|diastolic|bpm|/|mmhg|pounds|kilos|percent|minutes|"
    r"days?|weeks?|months?|hari|bulan|minggu|días|dias|jours|tage|dni|mois|meses|monate)(?!\w))"
)
_AGE_WORD_TRIGGER = r"ninety|hundred"
_AGE_SUBJECT = (
    r"\b(?:mum|mom|mother|dad|father|gran|granny|grandma|grandmother|grandpa|grandfather|nan|nana|aunt|uncle|"
    r"husband|wife|patient|pt|resident|client|member)"
)


_OVER_89 = r"(?:9\d|1[01]\d)"
_AGE_UNITS = (  # the languages shop customers write: "93 años", "93 Jahre alt", "93-jährige", "93 ans"
    r"años|anos|ans|jahre|jährige[rnm]?|anni|lat|år|jaar|vuotias|vuotta|éves|ετών|χρονών|yaşında|yaş|let|rokov|"
    r"godina|godine|ani|roky|рік|років|роки|лет|года|год|години|godini|metai|metų|gadi|gadus|aastane|aastat|ára|"
    r"oed|tahun|taon|miaka|سنة|سنه|عاما|عامًا|سال|वर्ष|साल|ปี|שנים|שנה"
)
# the word for "age" before the number, in the languages whose number follows it: "umur 90 tahun",
# "عمرها 93 سنة", "उम्र 94 वर्ष", "อายุ 96 ปี", "今年92歲", "בת 95", "edad: 91", "Alter 93"
_AGE_WORD_BEFORE = (
    r"(?:\b(?:edad|idade|alter|âge|età|wiek|leeftijd|ålder|alder|ikä|életkor|vârsta|yaşı|umur|usia|edad de)|"
    r"عمرها|عمره|عمر|سن|उम्र|आयु|อายุ|今年|年龄|年齡|나이|בת|בן|возраст|вік|ηλικία)[\s:：]*"
)
_AGE_CUED = rf"(?:{_AGE_CUE}|{_AGE_SUBJECT}\s+(?:is|was))\s+(?:now\s+|just\s+)?"


class Age(PatternRecognizer):
    """Safe Harbor removes ages over 89 only; younger ages are not identifiers. Each pattern has a trigger
    with the number in it, so that the many numbers from 90 to 119 of a note (doses, rates, counts) cost
    nothing unless a word of age is beside them."""

    name, type = "age-over-89", "AGE"
    PATTERNS = (
        (
            NUMBER_START + rf"\b(?P<v>{_OVER_89})[- ]?(?:y/?o|y\.\s?o\b\.?|yrs?(?:[- ]old)?|years?(?:[- ]old)?|yo)\b",
            0.9,
            rf"{_OVER_89}[- ]?y",
        ),
        (
            Anchored(
                rf"\b(?:age|aged|age:|age of|ages|age\s?/\s?(?:sex|gender):?)\s*(?P<v>{_OVER_89})\b(?![.,]\d)",
                rf"\bage(?:[sd:]? ?(?:of)?|\s?/\s?(?:sex|gender):?)\s*{_OVER_89}",
            ),
            0.9,
        ),
        (
            NUMBER_START + rf"\b(?P<v>{_OVER_89})(?:th|st|nd|rd)? birthday\b",
            0.85,
            rf"{_OVER_89}(?:th|st|nd|rd)? birthday",
        ),
        # a note's "93F" and "104 M with": age and sex, in capitals
        (
            NUMBER_START
            + rf"(?-i:\b(?P<v>{_OVER_89})(?:[FM]|\s[FM](?=\s+(?:with|w/|who|presents|presenting|admitted|s/p|c/o|"
            r"pmh|hx))))\b(?![\w.-]\d)",
            0.8,
            rf"{_OVER_89}\s?[fm]",
        ),
        # "I'm 93", "she's 101", "mum is 94", "turned 92": a person, not a lab value, is the subject
        (Anchored(rf"{_AGE_CUED}(?P<v>{_OVER_89})\b{_NOT_AN_AGE}", _AGE_CUED + _OVER_89), 0.8),
        (
            NUMBER_START + rf"\b(?P<v>{_OVER_89})(?:\s|-)?(?:{_AGE_UNITS})(?!\w)",
            0.85,
            rf"{_OVER_89}[\s-]?(?:{_AGE_UNITS})",
        ),
        (rf"(?P<v>{_OVER_89})(?:歳|才|세|岁|歲|살)", 0.85, r"\d(?:歳|才|세|岁|歲|살)"),
        (Anchored(rf"{_AGE_WORD_BEFORE}(?P<v>{_OVER_89})(?!\d){_NOT_AN_AGE}", _AGE_WORD_BEFORE + _OVER_89), 0.85),
        # in words: "I'm ninety-two", "she is a hundred and one", "ninety four years old"
        (rf"(?:{_AGE_CUE})\s+(?:a\s+)?(?P<v>{_AGE_WORDS})\b", 0.85, _AGE_WORD_TRIGGER),
        (rf"\b(?P<v>{_AGE_WORDS})[- ](?:years?|yrs?)(?:[- ]old)?\b", 0.85, _AGE_WORD_TRIGGER),
    )


# an age written after a person's name: "Walter Pruitt, 97, at", "Husband Vernon, 90,", "Mrs. Sorrell (102!)",
# "my mom Ruthanne is 93 and", "Rivka Weisberg, now 96,", "Folasade died 101", "b. lindgren 92f"
_AGE_FOLLOWS = (
    r"(?=[ \t]*(?:[,.;!)]|and\b|y/?o\b|y\b|years?\b|l\.|lat\b|$)|(?-i:[FM]|[fm](?=[ \t]))|"
    r"[ \t](?-i:[FM])(?=[ \t]*[,;)]))"  # "Hollister, Wade, 92 M, rm 14"
)
_AGE_AFTER_NAME = re.compile(
    r"(?:,[ \t]*(?:now[ \t]+)?|[ \t]+(?:is|was|turned|turns|died|died at|now)[ \t]+|[ \t]*\([ \t]*|"
    r"[ \t]+(?=\d\d\d?[fm]\b))"
    rf"(?P<v>9\d|1[01]\d){_AGE_FOLLOWS}{_NOT_AN_AGE}",
    re.IGNORECASE,
)
# a birth date's age after it: "DOB 09/03/1933 (93 y)", "1931-02-14 (93)", "ur. 12.04.1934, 92 l."
_AGE_AFTER_DATE = re.compile(rf"(?:,[ \t]*|[ \t]*\([ \t]*)(?P<v>9\d|1[01]\d){_AGE_FOLLOWS}{_NOT_AN_AGE}")


def ages_after_names(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Ages over 89 that follow a PERSON finding or a date (a birth date's age), which the number alone does
    not tell from a count."""
    out = []
    for f in findings:
        after = _AGE_AFTER_NAME if f.type == "PERSON" else _AGE_AFTER_DATE if f.type == "DATE" else None
        if after is not None and (m := after.match(text, f.end)) is not None:
            out.append(Finding("AGE", m.start("v"), m.end("v"), 0.8, "age-after-name", m.group("v")))
    return out

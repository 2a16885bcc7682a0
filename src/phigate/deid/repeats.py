"""Repeats: a name or place found with confidence once in a text is the same identifier wherever else the text
writes it, with or without the cue that found it the first time ("transferred to Quartermain 3 ... arrest on
QUARTERMAIN 6", "Mr. Nicholson ... Nicholson's wife"). Only words no vocabulary explains are carried over:
"Cross" in "Holy Cross" is not masked in "cross-cover", "Foley" never, whatever found it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from phigate.deid.medication import looks_like_medication
from phigate.deid.name_forms import NAME_PARTICLES
from phigate.taxonomy import Finding

_TYPES = ("PERSON", "LOCATION")
_SOURCE_SCORE = 0.65  # a finding this sure (a title, a cue, a name list, a list of names) vouches for repeats
_REPEAT_SCORE = 0.6
_RECOGNIZER = "repeats"
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]")


def _words(f: Finding, known: Callable[[str], bool]) -> list[str]:
    """The words of a finding that only a name explains, and the whole finding when it has several words."""
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(f.text)]
    out = [w for w in words if len(w) >= 3 and not known(w)]
    if out and len(words) > 1:
        out.append(" ".join(words))
    return out


def find_repeats(text: str, findings: Sequence[Finding], known: Callable[[str], bool]) -> list[Finding]:
    """Other mentions, in ``text``, of the PERSON and LOCATION words of confident ``findings``; ``known``
    says whether a lower-case word is vocabulary (English, clinical, a facility word) and so no identifier."""
    kinds: dict[str, str] = {}
    for f in findings:
        if f.type in _TYPES and f.score >= _SOURCE_SCORE:  # a repeat (0.6) vouches for no other
            for w in _words(f, known):
                kinds.setdefault(w, f.type)
    # a repeat means some word occurs again: most texts have none, and they are spared compiling the
    # expression below (the two letters that case-insensitive matching folds and lower() does not, too)
    lower = text.lower().replace("ſ", "s").replace("ı", "i")
    if not any(lower.count(w) >= 2 for w in kinds if " " not in w):
        return []
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(kinds, key=len, reverse=True))
    # a digit may follow ("QUARTERMAIN3": the ward's number), a letter may not ("Nicholsons")
    # the first mention settled what the word is, so "on QUARTERMAIN 6" or "started Kessler on" keep it
    pattern = re.compile(rf"(?<![\w'’-])(?:{alternatives})(?=['’]s\b|[^\w'’]|\d|$)", re.IGNORECASE)
    taken = sorted((f.start, f.end) for f in findings)
    out: list[Finding] = []
    for m in pattern.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e in taken) or looks_like_medication(text, start, end, before=False):
            continue
        kind = kinds.get(" ".join(m.group().lower().split()))
        if kind is not None:
            out.append(Finding(kind, start, end, _REPEAT_SCORE, _RECOGNIZER, m.group()))
    return out


# a list of people: "sarah and margie", "Smokey, Morris and Roger", "Suzette & Hank"
_JOIN_AFTER = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]+&[ \t]+)([^\W\d_][\w'’]*)(?![\w-])", re.IGNORECASE)
_JOIN_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]+&[ \t]+)$", re.IGNORECASE)
_JOIN_SCORE = 0.65
_JOINED_FROM = 0.6
_LIST_LENGTH = 4


def find_coordinated(
    text: str, findings: Sequence[Finding], namelike: Callable[[str, int, int, bool], bool]
) -> list[Finding]:
    """Names joined to a found PERSON by "and", "&" or a comma, after it or before it; ``namelike``
    says whether ``text[start:end]`` can be a name there (a first name, or a word in no word list), given
    whether the found name is written in lower case."""
    taken = [(f.start, f.end) for f in findings]
    out: list[Finding] = []

    def add(start: int, end: int, in_lower_case: bool) -> bool:
        if any(s < end and start < e for s, e in taken) or not namelike(text, start, end, in_lower_case):
            return False
        out.append(Finding("PERSON", start, end, _JOIN_SCORE, _RECOGNIZER, text[start:end]))
        taken.append((start, end))
        return True

    for f in findings:
        if f.type != "PERSON" or f.score < _JOINED_FROM:
            continue
        end = f.end
        for _ in range(_LIST_LENGTH):
            m = _JOIN_AFTER.match(text, end)
            if m is None or not add(*m.span(1), f.text.islower()):
                break
            end = m.end(1)
        start = f.start
        for _ in range(_LIST_LENGTH):
            m = _JOIN_BEFORE.search(text, max(0, start - 40), start)
            if m is None or not add(*m.span(1), f.text.islower()):
                break
            start = m.start(1)
    return out


# identifiers listed together: "Rx 3310087, 3310088, 3310112", "orders 100299481 and 100299530", "["6120447",
# "6120448"]": the ones after the first found share its shape (letters for letters, digits for digits)
_ID_TYPES = frozenset("OTHER_ID MRN ACCOUNT_NUMBER HEALTH_PLAN_ID LICENSE_NUMBER DEVICE_ID VEHICLE_ID".split())
_ID_JOIN = re.compile(
    r"""["']?(?:[ \t]*[,/;][ \t]*|[ \t]+(?:and|&|or|y|e|und|et|og|och|en|i)[ \t]+)["']?(?P<v>[\w-]+)""",
    re.IGNORECASE,
)
_SHAPE = str.maketrans("0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz", "9" * 10 + "A" * 52)
_LISTED_DIGITS = 4  # a listed identifier has this many digits at least: "Rx 3310087, 2 refills" lists no id


def ids_in_lists(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The identifiers listed after a found one that have its shape, with its type."""
    taken = [(f.start, f.end) for f in findings]
    out: list[Finding] = []
    for f in findings:
        if f.type not in _ID_TYPES or sum(c.isdigit() for c in f.text) < _LISTED_DIGITS:
            continue
        shape, end = f.text.translate(_SHAPE), f.end
        while (m := _ID_JOIN.match(text, end)) is not None and m.group("v").translate(_SHAPE) == shape:
            start, end = m.span("v")
            if any(s < end and start < e for s, e in taken):
                break
            out.append(Finding(f.type, start, end, f.score, _RECOGNIZER, m.group("v")))
            taken.append((start, end))
    return out


# the particles inside a surname: "Lucía Fernández de la Torre", "Gerhardus Petrus Janse van Rensburg"
_CAPITALISED = re.compile(r"[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_]+)?(?![\w'’-])")
# a name's particles, without "y" and "e", which as often join two people ("María y José"), and with the
# plural articles and "ten" and "ibn" that join only parts found already
_SURNAME_PARTICLES = "|".join(sorted((NAME_PARTICLES - {"y", "e"}) | {"las", "los", "ten", "ibn"}))
_PARTICLES_BETWEEN = re.compile(rf"[ \t]+(?:(?:{_SURNAME_PARTICLES})[ \t]+){{1,3}}", re.IGNORECASE)


def join_particles(text: str, findings: Sequence[Finding], known: Callable[[str], bool]) -> list[Finding]:
    """One name for a capitalised PERSON and what only particles part it from ("Fernández" "de la" "Torre"):
    another PERSON, a one-word place a list read in the surname ("Moura de Assis"), or a capitalised word
    that ``known`` (a lower-case word's test) does not explain ("Janse van Rensburg"). As sure as the PERSON."""
    named = sorted((f for f in findings if f.type in _TYPES), key=lambda f: f.start)
    # a place of one word only: "del Hospital Santa Brígida" is where the doctor works
    joinable = {g.start: g for g in reversed(named) if g.type == "PERSON" or " " not in g.text}
    out: list[Finding] = []
    for f in named:
        if f.type != "PERSON" or not f.text[:1].isupper() or any(g.start <= f.start < g.end for g in out):
            continue
        end, joined = f.end, False
        while (m := _PARTICLES_BETWEEN.match(text, end)) is not None:
            nxt = joinable.get(m.end())
            word = _CAPITALISED.match(text, m.end())
            if nxt is not None:
                end = nxt.end
            elif word is not None and not known(word.group().lower()):
                end = word.end()
            else:
                break
            joined = True
        if joined:
            out.append(Finding("PERSON", f.start, end, f.score, _RECOGNIZER, text[f.start : end]))
    return out

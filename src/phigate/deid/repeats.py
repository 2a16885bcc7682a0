"""Repeats: a name or place found with confidence once in a text is the same identifier wherever else the text
writes it, with or without the cue that found it the first time ("transferred to Quartermain 3 ... arrest on
QUARTERMAIN 6", "Mr. Nicholson ... Nicholson's wife"). Only words no vocabulary explains are carried over:
"Cross" in "Holy Cross" is not masked in "cross-cover", "Foley" never, whatever found it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from phigate.deid.medication import looks_like_medication
from phigate.taxonomy import Finding

_TYPES = ("PERSON", "LOCATION")
_SOURCE_SCORE = 0.7  # a finding this sure (a title, a cue, a name list) may vouch for its repeats
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
        if f.type in _TYPES and f.score >= _SOURCE_SCORE and f.recognizer != _RECOGNIZER:
            for w in _words(f, known):
                kinds.setdefault(w, f.type)
    if not kinds:
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

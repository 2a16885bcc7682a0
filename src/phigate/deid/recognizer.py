"""The recognizer machinery: a regular expression, an optional validator (checksum or structure rule) and
context words that raise the score (or are required, for numbers that mean nothing on their own).

A pattern may capture the value in a group named ``v``; the finding then covers only that group
("MRN: 4471920" yields "4471920"). A shop adds its own recognizers as data in the policy file
(``CustomPattern``), built into the same class at load time by ``custom_recognizer``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from typing import ClassVar

from phigate.taxonomy import Finding

CONTEXT_WINDOW = 48
CONTEXT_BOOST = 0.35


class Anchored(str):
    """A pattern that can only begin where its ``trigger`` matches ("MRN: ..." begins at "MRN"): instead of
    scanning the whole text, it is tried only at the trigger's hits, which a literal search finds fast."""

    trigger: str

    def __new__(cls, pattern: str, trigger: str) -> Anchored:
        obj = super().__new__(cls, pattern)
        obj.trigger = trigger
        return obj


NUMBER_START = "(?=[\\d(+])"
# a product's code is written after one of these words: "lot 12345678Z", "batch 0151 2345", "model 07700 900123"
_PRODUCT_CODE = re.compile(r"\b(?:lot|batch|sku|item|part|model|code|version|build|ndc|upc|ean|isbn)\b\W*$")


def after_product_code(lower: str, start: int) -> bool:
    """Whether the number at ``start`` follows a word that makes it a product's code, not a person's."""
    return _PRODUCT_CODE.search(lower, max(0, start - 16), start) is not None


_NUMBER_START = re.compile(r"(?<!\d)[\d(+]")


def number_starts(text: str) -> list[int]:
    """Offsets where a number, a "(555)" or a "+44" may begin: the only places numeric patterns can match."""
    return [m.start() for m in _NUMBER_START.finditer(text)]


def _at(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    end = -1
    for start in starts:
        if start < end:
            continue
        m = regex.match(text, start)
        if m is not None:
            end = m.end()
            yield m


def _anchored(regex: re.Pattern[str], trigger: re.Pattern[str], text: str, lower: str) -> Iterator[re.Match[str]]:
    end = -1
    for hit in trigger.finditer(lower):
        if hit.start() < end:
            continue
        m = regex.match(text, hit.start())
        if m is not None:
            end = m.end()
            yield m


class PatternRecognizer:
    """Finds one entity type by regular expressions; subclasses set the class attributes."""

    name: ClassVar[str] = "pattern"
    type: ClassVar[str] = "OTHER_ID"
    # (regex, base score) or (regex, base score, trigger): a pattern runs only if its trigger (or the
    # class's TRIGGER), searched in the lower-cased text, is found: a cheap test that spares most texts
    # most patterns. A trigger must occur wherever its pattern matches (a necessary condition): then a
    # trigger reported that is not there costs one search and never changes a finding.
    # An ``Anchored`` pattern is tried only where its own trigger matches.
    PATTERNS: ClassVar[tuple[tuple[str, float] | tuple[str, float, str], ...]] = ()
    TRIGGER: ClassVar[str | None] = None
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    CONTEXT_REQUIRED: ClassVar[bool] = False
    FLAGS: ClassVar[int] = re.IGNORECASE

    def __init__(self) -> None:
        self._compiled: list[tuple[re.Pattern[str], float, re.Pattern[str] | None, bool, bool]] = []
        for entry in self.PATTERNS:
            pattern = entry[0]
            anchored = isinstance(pattern, Anchored)
            trigger = (
                pattern.trigger if isinstance(pattern, Anchored) else (entry[2] if len(entry) == 3 else self.TRIGGER)
            )
            compiled_trigger = re.compile(trigger) if trigger else None  # searched in the lower-cased text
            numeric = pattern.startswith(NUMBER_START)
            self._compiled.append((re.compile(pattern, self.FLAGS), entry[1], compiled_trigger, anchored, numeric))
        self._context = (
            re.compile(r"\b(?:" + "|".join(re.escape(c) for c in self.CONTEXT) + r")\b") if self.CONTEXT else None
        )

    def triggers(self) -> list[str]:
        """The triggers' expressions, for a ``Prefilter`` that tells in one pass which of them may occur."""
        return [trigger.pattern for _, _, trigger, _, _ in self._compiled if trigger is not None]

    @staticmethod
    def absent(trigger: re.Pattern[str], lower: str, hits: Set[str] | None) -> bool:
        """Whether ``trigger`` does not occur in ``lower``, or, given ``hits`` (the triggers that may occur,
        from a ``Prefilter``), is not among them: a trigger reported is taken at its word, since its patterns'
        own search settles it (most reported triggers are there, and a second search would only repeat it)."""
        return trigger.pattern not in hits if hits is not None else trigger.search(lower) is None

    def validate(self, value: str) -> bool:
        """False rejects the match (a failed checksum); override per recognizer."""
        return True

    def has_context(self, lower: str, start: int, end: int) -> bool:
        if self._context is None:
            return False
        return self._context.search(lower, max(0, start - CONTEXT_WINDOW), min(len(lower), end + 16)) is not None

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        """Findings in ``text``; ``numbers`` (the offsets where a number may begin, see ``number_starts``)
        lets patterns that begin with a number be tried only there instead of at every offset, and ``hits``
        (see ``absent``) spares searching for triggers that are not there."""
        same_offsets = len(lower) == len(text)  # lower() keeps offsets except for a few non-ASCII letters
        for regex, base, trigger, anchored, numeric in self._compiled:
            if trigger is not None and self.absent(trigger, lower, hits):
                continue
            if numeric and numbers is not None:
                matches: Iterator[re.Match[str]] = _at(regex, text, numbers)
            elif anchored and trigger is not None and same_offsets:
                matches = _anchored(regex, trigger, text, lower)
            else:
                matches = regex.finditer(text)
            for m in matches:
                start, end = m.span("v") if "v" in regex.groupindex else m.span()
                if start == end:
                    continue
                value = text[start:end]
                if not self.validate(value):
                    continue
                score = base
                if self._context is not None:
                    if self.has_context(lower, start, end):
                        score = min(1.0, score + CONTEXT_BOOST)
                    elif self.CONTEXT_REQUIRED:
                        continue
                yield Finding(self.type, start, end, score, self.name, value)


def custom_recognizer(
    name: str,
    entity_type: str,
    patterns: list[str],
    score: float,
    context: list[str],
    context_required: bool,
    validator: Callable[[str], bool] | None = None,
) -> PatternRecognizer:
    """A recognizer defined as data (the policy file): same machinery as the built-in ones."""
    attrs = {
        "name": name, "type": entity_type, "PATTERNS": tuple((p, score) for p in patterns),
        "CONTEXT": tuple(c.lower() for c in context), "CONTEXT_REQUIRED": context_required, "FLAGS": 0,
    }  # fmt: skip
    if validator is not None:
        attrs["validate"] = lambda self, value: validator(value)
    cls = type(f"Custom_{name}", (PatternRecognizer,), attrs)
    return cls()  # type: ignore[no-any-return]

"""One Hyperscan pass over a text tells which of many regular expressions may match it, so that the rest
are never run: the recognizers' triggers are ~100 Python searches per text, and most find nothing.

The answer is a superset, never a guess: each expression is compiled in Hyperscan's prefilter mode (which
only widens what it cannot match exactly) after ``widen`` has rewritten Python's Unicode classes into
classes that hold at least as much, and kept only the word boundaries that hold in ASCII wherever they
hold in Unicode. The patterns of a trigger reported then run with Python's ``re``; since a trigger is a
necessary condition of its patterns, a trigger reported that is not there finds nothing, and findings are
the same with or without Hyperscan; without it (not installed, an expression it cannot compile, a text
that is not valid UTF-8) every trigger is searched with ``re``.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Sequence
from typing import Any

try:  # an optional speed-up: the results are the same without it
    import hyperscan
except ImportError:  # pragma: no cover - hyperscan ships wheels for the platforms we run on
    hyperscan = None  # type: ignore[assignment]

_TOP = r"\x{10ffff}"
# Python's Unicode class → a class that holds it (outside a negated set) and one that it holds (inside one,
# where a wider class would narrow the set): the ASCII part exact, every non-ASCII character in or out.
_WIDER = {
    "w": r"0-9A-Z_a-z\x{80}-" + _TOP,
    "d": r"0-9\x{80}-" + _TOP,
    "s": r"\t-\r\x1c-\x20\x{80}-" + _TOP,
    "W": r"\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-" + _TOP,
    "D": r"\x00-\x2f\x3a-" + _TOP,
    "S": r"\x00-\x08\x0e-\x1b\x21-" + _TOP,
}
_NARROWER = {
    "w": "0-9A-Z_a-z",
    "d": "0-9",
    "s": r"\t-\r\x1c-\x20",
    "W": r"\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f",
    "D": r"\x00-\x2f\x3a-\x7f",
    "S": r"\x00-\x08\x0e-\x1b\x21-\x7f",
}
_DROPPED = set("bBAZ")  # zero-width: leaving them out only widens the match
_QUANTIFIERS = "?*{"  # after an atom: it may be absent


def _ascii_word_at(pattern: str, i: int) -> bool:
    """Whether ``pattern[i]`` is a literal ASCII letter, digit or underscore that must be there. Beside such
    a character Python's Unicode word boundary is also Hyperscan's ASCII one (a character that is no word
    character in Unicode is none in ASCII either), so a ``\\b`` next to it can stay and keep out "nin" in
    "running" and "ird" in "third"."""
    return (
        i < len(pattern)
        and pattern[i].isascii()
        and (pattern[i].isalnum() or pattern[i] == "_")
        and not pattern.startswith(tuple(_QUANTIFIERS), i + 1)
    )


_CASELESS = re.compile(r"\(\?[a-zL-]*i")  # an inline (?i)


class Unsupported(ValueError):
    """An expression ``widen`` cannot rewrite with certainty; it is then always searched with ``re``."""


def _boundary_before(pattern: str, i: int, depth: int, bounded: list[int]) -> str:
    """The "\\b" to keep before ``pattern[i]`` (inside a group of ``depth``), or "" when it cannot stay; a
    group "(?:" there takes it into each of its alternatives ("\\b(?:dni|nie)" as "(?:\\bdni|\\bnie)")."""
    if _ascii_word_at(pattern, i):
        return "\\b"
    if pattern.startswith("(?:", i):
        bounded.append(depth + 1)
    return ""


def widen(pattern: str) -> str:
    """``pattern`` (Python syntax) as a Hyperscan expression for UTF-8 without Unicode properties that
    matches at least every string the Python one matches."""
    if _CASELESS.search(pattern):
        raise Unsupported("case-insensitive: Python folds more letters than Hyperscan without Unicode")
    out: list[str] = []
    i, n = 0, len(pattern)
    in_set, negated, set_start = False, False, 0
    depth = 0
    after_word = False  # the last thing copied is a literal ASCII word character (not an escape's)
    bounded: list[int] = []  # depths of the groups "\b(?:a|b)" whose alternatives each get the "\b"
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                raise Unsupported("a trailing backslash")
            e = pattern[i + 1]
            if e in _WIDER:
                classes = _NARROWER if in_set and negated else _WIDER
                out.append(classes[e] if in_set else f"[{classes[e]}]")
            elif e == "b" and not in_set:
                if _ascii_word_at(pattern, i + 2) or after_word:
                    out.append("\\b")
                else:
                    _boundary_before(pattern, i + 2, depth, bounded)
            elif e in _DROPPED and not in_set:
                pass
            elif e in "uU":
                width = 4 if e == "u" else 8
                digits = pattern[i + 2 : i + 2 + width]
                if len(digits) != width:
                    raise Unsupported(f"a short \\{e} escape")
                out.append(f"\\x{{{digits}}}")
                i += width
            elif e in "NpPg" or e.isdigit():  # named characters, properties, back-references
                raise Unsupported(f"\\{e}")
            else:
                out.append(c + e)
            i += 2
            after_word = False
            continue
        after_word = not in_set and c.isascii() and (c.isalnum() or c == "_")
        if in_set:
            if c == "]" and i > set_start:
                in_set = False
            elif c == "[":
                out.append("\\[")  # a literal inside a set; Hyperscan would read "[:" as a POSIX class
                i += 1
                continue
        elif c == "(":
            depth += 1
            if bounded and bounded[-1] == depth and pattern.startswith("(?:", i):
                out.append("(?:" + _boundary_before(pattern, i + 3, depth, bounded))
                i += 3
                continue
        elif c == ")":
            if bounded and bounded[-1] == depth:
                bounded.pop()
            depth -= 1
        elif c == "|" and bounded and bounded[-1] == depth:
            out.append("|" + _boundary_before(pattern, i + 1, depth, bounded))
            i += 1
            continue
        elif c == "[":
            in_set = True
            negated = pattern.startswith("^", i + 1)
            set_start = i + 1 + negated  # a "]" right after "[" or "[^" is a literal
            out.append(pattern[i:set_start])
            i = set_start
            if i < n and pattern[i] == "]":
                out.append("\\]")
                i += 1
            continue
        out.append(c)
        i += 1
    if in_set:
        raise Unsupported("an unclosed set")
    return "".join(out)


class Prefilter:
    """Which of ``patterns`` may match a text, found in one pass; built once, shared by threads (a scan
    runs without the GIL and needs scratch space of its own, so each thread gets one)."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self.patterns = tuple(dict.fromkeys(patterns))
        self._db, self._ids, self._always = _compile(self.patterns)
        self._local = threading.local()

    def candidates(self, text: str) -> frozenset[str] | None:
        """The patterns that may match ``text`` (a superset of those that do), or None when unknown."""
        if self._db is None:
            return None
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: not UTF-8, which Hyperscan requires
            return None
        found: set[int] = set()

        def on_match(pattern_id: int, _start: int, _end: int, _flags: int, _ctx: object) -> None:
            found.add(pattern_id)

        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self._db)
        self._db.scan(data, match_event_handler=on_match, scratch=scratch)
        return frozenset(self._ids[i] for i in found) | self._always


@functools.cache
def _compile(patterns: tuple[str, ...]) -> tuple[Any, tuple[str, ...], frozenset[str]]:
    """A Hyperscan database of the patterns it can take (compiled once per set of patterns: it takes a
    fraction of a second), their ids, and those it cannot take, which must always be searched."""
    if hyperscan is None or not patterns:
        return None, (), frozenset(patterns)
    flags = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_SINGLEMATCH
    taken: dict[str, bytes] = {}
    for pattern in patterns:
        try:
            taken[pattern] = widen(pattern).encode("utf-8")
        except Unsupported:
            pass
    if not taken:
        return None, (), frozenset(patterns)
    db = hyperscan.Database()
    try:
        db.compile(expressions=list(taken.values()), ids=list(range(len(taken))), flags=[flags] * len(taken))
    except hyperscan.error:  # one expression Hyperscan rejects: find it and leave it to ``re``
        for pattern, expression in list(taken.items()):
            try:
                hyperscan.Database().compile(expressions=[expression], ids=[0], flags=[flags])
            except hyperscan.error:
                del taken[pattern]
        if not taken:
            return None, (), frozenset(patterns)
        db.compile(expressions=list(taken.values()), ids=list(range(len(taken))), flags=[flags] * len(taken))
    return db, tuple(taken), frozenset(p for p in patterns if p not in taken)

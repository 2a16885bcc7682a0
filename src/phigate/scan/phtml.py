"""The HTML of a phtml template: its scripts (``<?= ?>`` echoes standing in as values) and its markup."""

from __future__ import annotations

import re

import tree_sitter as ts

from phigate.scan import html
from phigate.scan.categories import category
from phigate.scan.flows import FileAnalysis
from phigate.scan.hosts import url_host
from phigate.scan.javascript import JsAnalyzer
from phigate.scan.model import Step
from phigate.scan.php_getters import SHOP_URLS, Getter
from phigate.scan.treesitter import walk

ECHO = re.compile(r"<\?(?:=|php\s+echo\b)(.*?)\?>", re.S)


def echoed_setting(fa: FileAnalysis, expr: str, ln: int, getters: dict[str, Getter]) -> tuple[Step | None, str]:
    """The setting an echoed URL comes from (a variable holding one, or a getter such as getScriptUrl()),
    and the URL it holds when known: a getter's default, or all a fixed getter returns (setting None)."""
    variables = re.findall(r"\$\w+(?:->\w+)?", expr)
    if var := next((v for v in variables if v in fa.settings), None):
        return fa.settings[var], fa.consts.get(var, "")
    if var := next((v for v in variables if url_host(fa.consts.get(v, ""))), None):
        return None, fa.consts[var]  # $url = $block->getLoaderSrc(), a getter with one URL only
    g = re.search(r"(?:->|::)(get\w*(?:Url|Uri|Endpoint|Host|Src))\(", expr)
    if g is None or g.group(1) in SHOP_URLS:
        return None, ""
    if (getter := getters.get(g.group(1))) is not None:
        return None if getter.fixed else getter.where, getter.url
    return fa.step(ln, f"the value of {g.group(1)}()"), ""


def markup(fa: FileAnalysis, source: str, root: ts.Node, getters: dict[str, Getter] | None = None) -> None:
    """The HTML of a phtml template: scripts (with ``<?= ?>`` echoes as values) and markup."""
    page = "".join("\n" if c == "\n" else " " for c in source)
    for n in walk(root):
        if n.type == "text":
            page = page[: n.start_byte] + source[n.start_byte : n.end_byte] + page[n.end_byte :]
    if not page.strip():
        return
    for i, m in enumerate(ECHO.finditer(source)):
        ident = f"__lq{i}"
        if len(ident) > len(m.group(0)):
            continue
        expr = m.group(1)
        if g := re.search(r"get(\w+)\(", expr):
            cat = category(g.group(1))
            if cat:
                fa.vars[ident] = [fa.source(cat, html.line_at(source, m.start()), expr.strip()[:60])]
        setting, default = echoed_setting(fa, expr, html.line_at(source, m.start()), getters or {})
        if setting is not None:
            fa.settings[ident] = setting
        if default:
            fa.consts[ident] = default  # what loads (unless the admin sets another URL, when there is a setting)
        page = page[: m.start()] + ident.ljust(len(m.group(0))) + page[m.end() :]
    page = html.blank_matches(page, html.HTML_COMMENT)  # commented-out markup loads nothing
    JsAnalyzer(fa).run(html.scripts_only(page).encode("utf-8"))
    html.markup(fa, page)

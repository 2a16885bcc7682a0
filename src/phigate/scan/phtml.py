"""The HTML of a phtml template: its scripts (``<?= ?>`` echoes standing in as values) and its markup."""

from __future__ import annotations

import re

import tree_sitter as ts

from phigate.scan import html
from phigate.scan.categories import category
from phigate.scan.flows import FileAnalysis
from phigate.scan.javascript import JsAnalyzer
from phigate.scan.model import Step
from phigate.scan.php_getters import SHOP_URLS
from phigate.scan.treesitter import walk

ECHO = re.compile(r"<\?(?:=|php\s+echo\b)(.*?)\?>", re.S)


def echoed_setting(
    fa: FileAnalysis, expr: str, ln: int, getters: dict[str, tuple[str, Step]]
) -> tuple[Step | None, str]:
    """The setting an echoed URL comes from (a variable holding one, or a getter such as getScriptUrl()),
    and its default URL when a getter in the scan gives one ("" when none is known)."""
    if var := next((v for v in re.findall(r"\$\w+(?:->\w+)?", expr) if v in fa.settings), None):
        return fa.settings[var], fa.consts.get(var, "")
    g = re.search(r"(?:->|::)(get\w*(?:Url|Uri|Endpoint|Host|Src))\(", expr)
    if g is None or g.group(1) in SHOP_URLS:
        return None, ""
    if g.group(1) in getters:
        default, where = getters[g.group(1)]
        return where, default
    return fa.step(ln, f"the value of {g.group(1)}()"), ""


def markup(fa: FileAnalysis, source: str, root: ts.Node, getters: dict[str, tuple[str, Step]] | None = None) -> None:
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
                fa.consts[ident] = default  # what loads unless the admin sets another URL
        page = page[: m.start()] + ident.ljust(len(m.group(0))) + page[m.end() :]
    page = html.blank_matches(page, html.HTML_COMMENT)  # commented-out markup loads nothing
    JsAnalyzer(fa).run(html.scripts_only(page).encode("utf-8"))
    html.markup(fa, page)

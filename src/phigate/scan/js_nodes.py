"""Tree-sitter helpers for JavaScript: the variable a chain starts from, the client a callee goes through,
an object's URL property, the names a pattern binds, and a comment-free walk."""

from __future__ import annotations

import tree_sitter as ts

from phigate.scan.treesitter import text

URL_KEYS = ("url", "baseURL", "uri", "prefixUrl", "baseUrl")


def root(node: ts.Node | None) -> str:
    """The variable at the root of ``a.b.c(...).d``."""
    while node is not None and node.type in ("member_expression", "call_expression", "subscript_expression"):
        node = node.child_by_field_name("object") or node.child_by_field_name("function")
    return text(node) if node is not None and node.type in ("identifier", "this") else ""


def held(name: str, root: str, table: dict[str, str]) -> str | None:
    """The key of ``table`` a callee goes through: ``this.ai`` of ``this.ai.messages.create``, or its root."""
    parts = name.split("(", 1)[0].split(".")
    for i in range(len(parts) - 1, 0, -1):
        if (key := ".".join(parts[:i])) in table:
            return key
    return root if root in table else None


def url_pair(node: ts.Node) -> ts.Node | None:
    """The value of the ``url``/``baseURL`` property of an object literal."""
    for pair in node.named_children:
        if pair.type == "pair" and text(pair.child_by_field_name("key")).strip("'\"") in URL_KEYS:
            return pair.child_by_field_name("value")
    return None


def idents(node: ts.Node) -> list[str]:
    if node.type in ("identifier", "shorthand_property_identifier_pattern"):
        return [text(node)]
    out: list[str] = []
    for c in node.named_children:
        if c.type == "pair_pattern":
            c = c.child_by_field_name("value") or c
        out.extend(idents(c))
    return out

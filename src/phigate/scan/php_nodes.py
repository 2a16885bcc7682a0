"""Tree-sitter helpers for PHP: call arguments, array literals, the variable a chain starts from."""

from __future__ import annotations

import tree_sitter as ts

from phigate.scan.treesitter import text, walk

CONFIG_METHODS = frozenset({"getValue", "getConfigValue", "getConfig", "isSetFlag"})  # Magento config reads


def args(node: ts.Node) -> list[ts.Node]:
    a = node.child_by_field_name("arguments") or next((c for c in node.named_children if c.type == "arguments"), None)
    return [
        c.named_children[-1] if c.type == "argument" and c.named_children else c
        for c in (a.named_children if a else [])
        if c.type != "comment"
    ]


def arg(node: ts.Node, i: int) -> ts.Node | None:
    a = args(node)
    return a[i] if len(a) > i else None


def array_pairs(node: ts.Node) -> list[tuple[str, ts.Node]]:
    out = []
    for el in node.named_children if node.type == "array_creation_expression" else []:
        if el.type == "array_element_initializer" and len(el.named_children) == 2:
            out.append((text(el.named_children[0]).strip("'\""), el.named_children[1]))
    return out


def array_value(node: ts.Node, key: str) -> ts.Node | None:
    return next((v for k, v in array_pairs(node) if k == key), None)


def chain_root(node: ts.Node | None) -> str:
    while node is not None and node.type in (
        "member_call_expression",
        "nullsafe_member_call_expression",
        "subscript_expression",
        "function_call_expression",
    ):
        node = node.child_by_field_name("object") or (node.named_children[0] if node.named_children else None)
    if (
        node is not None
        and node.type == "member_access_expression"
        and text(node.child_by_field_name("object")) != "$this"
    ):
        return chain_root(node.child_by_field_name("object"))
    return text(node) if node is not None and node.type in ("variable_name", "member_access_expression") else ""


def guzzle_base_uri(arg0: ts.Node | None) -> ts.Node | None:
    """``base_uri`` of a Guzzle client's options: ``new Client([...])`` or Magento's generated
    ``ClientFactory->create(['config' => [...]])``."""
    if arg0 is None:
        return None
    if (config := array_value(arg0, "config")) is not None:
        return array_value(config, "base_uri")
    return array_value(arg0, "base_uri")


LLM_KEYS = frozenset({"messages", "prompt", "input", "contents"})


def llm_payload(node: ts.Node) -> bool:
    """An array literal (at any depth of an argument) shaped like a model request: ``model`` plus
    ``messages``/``prompt``/``input``/``contents``."""
    for n in walk(node):
        if n.type == "array_creation_expression":
            keys = {k for k, _ in array_pairs(n)}
            if "model" in keys and keys & LLM_KEYS:
                return True
    return False

"""Tree-sitter parsers from the grammar wheels (no grammar is ever downloaded or built at run time)."""

from __future__ import annotations

from functools import cache

import tree_sitter as ts
import tree_sitter_javascript
import tree_sitter_php
import tree_sitter_typescript


@cache
def _language(name: str) -> ts.Language:
    if name == "javascript":
        return ts.Language(tree_sitter_javascript.language())
    if name == "typescript":
        return ts.Language(tree_sitter_typescript.language_typescript())
    if name == "tsx":
        return ts.Language(tree_sitter_typescript.language_tsx())
    if name == "php":
        return ts.Language(tree_sitter_php.language_php())
    raise ValueError(name)


def parse(language: str, source: bytes) -> ts.Tree:
    """A syntax tree (tree-sitter recovers from errors; ``tree.root_node.has_error`` says if it had to)."""
    return ts.Parser(_language(language)).parse(source)


def text(node: ts.Node | None) -> str:
    return "" if node is None or node.text is None else node.text.decode("utf-8", "replace")


def line(node: ts.Node, offset: int = 0) -> int:
    return node.start_point[0] + 1 + offset


def args(node: ts.Node | None) -> list[ts.Node]:
    """The named argument nodes of an ``arguments`` node, without comments."""
    if node is None:
        return []
    return [c for c in node.named_children if c.type != "comment"]


def walk(node: ts.Node | None) -> list[ts.Node]:
    """Every named node under ``node`` (itself included), comments and what they hold left out."""
    out, stack = [], [node] if node is not None else []
    while stack:
        n = stack.pop()
        if n.type == "comment":
            continue
        out.append(n)
        stack.extend(n.named_children)
    return out

"""Laravel config files (``config/openrouter.php`` returning an array): the values ``config('file.key')``
reads, so a client built with ``config('openrouter.api_endpoint')`` resolves to its default host.

``env('X', 'default')`` resolves to its default and records the environment variable as the setting that
can change it. Only parsed, never executed.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from phigate.scan.flows import FileAnalysis
from phigate.scan.magento_xml import MagentoConfig
from phigate.scan.php_nodes import args, array_pairs
from phigate.scan.treesitter import line, parse, text

CONFIG_FILE = re.compile(r"(?:^|/)config/([\w-]+)\.php$")


def read_config(fa: FileAnalysis, source: str, config: MagentoConfig) -> None:
    """Add ``file.key`` (and ``file.key.sub``) -> (default, where) for the array a config file returns."""
    m = CONFIG_FILE.search(fa.rel)
    if m is None:
        return
    tree = parse("php", source.encode("utf-8"))
    ret = next((n for n in tree.root_node.named_children if n.type == "return_statement"), None)
    if ret is not None and ret.named_children:
        _add(fa, config, m.group(1), ret.named_children[0])


def _add(fa: FileAnalysis, config: MagentoConfig, prefix: str, array: ts.Node) -> None:
    for key, value in array_pairs(array):
        path = f"{prefix}.{key}"
        if value.type == "array_creation_expression":
            _add(fa, config, path, value)
            continue
        default, label = _literal(value), f"Laravel config {path}"
        if value.type == "function_call_expression" and text(value.child_by_field_name("function")) == "env":
            env = args(value)
            default = _literal(env[1]) if len(env) > 1 else ""
            label = f"environment variable {_literal(env[0]) if env else '?'} (Laravel config {path})"
        config.add(path, default, fa.step(line(value), label))


def _literal(node: ts.Node) -> str:
    return "".join(text(c) for c in node.named_children if c.type == "string_content") if "string" in node.type else ""

"""URL getters across a PHP module: ``Config::getScriptUrl()`` returning the admin's value or a default URL
(``return $url ?: 'https://vendor.example/widget.js'``). A template that echoes ``$block->getScriptUrl()``
or a class that posts to ``$this->config->getApiUrl()`` in another file then goes to that default host,
reported as configurable. Only parsed, never executed.

Getters are matched by method name across the scan: a Magento block usually forwards its config model's
getter under the same name. When two classes give one name different defaults, the first file in path
order wins, so the result does not depend on the order of the file system.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from phigate.scan.flows import FileAnalysis
from phigate.scan.hosts import url_host
from phigate.scan.model import Step
from phigate.scan.treesitter import line, parse, text, walk

URL_GETTER = re.compile(r"^get\w*(?:Url|Uri|Endpoint|Host|Src)$")
# first-party URL helpers of Magento and PHP frameworks: never a third party's default
SHOP_URLS = frozenset({"getUrl", "getBaseUrl", "getViewFileUrl", "getStoreUrl", "getMediaUrl", "getSkinUrl",
                       "getJsUrl", "getAssetUrl", "getCurrentUrl", "getPostActionUrl", "getFormAction"})  # fmt: skip


def read_getters(fa: FileAnalysis, source: str, getters: dict[str, tuple[str, Step]]) -> None:
    """Add ``method -> (default URL, where it is written)`` for the URL getters of one PHP file."""
    if "function get" not in source or "//" not in source:
        return  # the cheap test first: most PHP files hold no URL getter
    tree = parse("php", source.encode("utf-8"))
    cls = ""
    for node in walk(tree.root_node):
        if node.type == "class_declaration":
            cls = text(node.child_by_field_name("name"))
        if node.type != "method_declaration":
            continue
        name = text(node.child_by_field_name("name"))
        if not URL_GETTER.match(name) or name in SHOP_URLS or name in getters:
            continue
        found = _returned_url(node.child_by_field_name("body"))
        if found is not None:
            url, at = found
            label = f"{cls}::{name}() (default {url}, which the admin can change)" if cls else f"{name}()"
            getters[name] = (url, fa.step(line(at), label))


def _returned_url(body: ts.Node | None) -> tuple[str, ts.Node] | None:
    """The first absolute URL literal a ``return`` gives back: alone, or as the fallback of ``?:``, ``??``
    or a ternary."""
    for ret in (n for n in walk(body) if n.type == "return_statement"):
        for lit in (n for n in walk(ret) if n.type in ("string", "encapsed_string")):
            value = "".join(text(c) for c in lit.named_children if c.type in ("string_content", "string_value"))
            if url_host(value):
                return value, lit
    return None

"""URL getters across a PHP module: ``Config::getScriptUrl()`` returning the admin's value or a default URL
(``return $url ?: 'https://vendor.example/widget.js'``, or a config path whose config.xml default is one).
A template that echoes ``$block->getScriptUrl()`` or a class that posts to ``$this->config->getApiUrl()``
in another file then goes to that default host, reported as configurable. Only parsed, never executed.

Getters are matched by method name across the scan: a Magento block usually forwards its config model's
getter under the same name. When two classes give one name different defaults, the first file in path
order wins, so the result does not depend on the order of the file system. A getter whose only return is
one URL literal is fixed: what echoes or calls it loads from that host, with no setting to review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import tree_sitter as ts

from phigate.scan.flows import FileAnalysis
from phigate.scan.hosts import url_host
from phigate.scan.model import Step
from phigate.scan.php_nodes import CONFIG_METHODS, arg
from phigate.scan.treesitter import line, parse, text, walk

URL_GETTER = re.compile(r"^get\w*(?:Url|Uri|Endpoint|Host|Src)$")
_DECLARED = re.compile(r"function\s+get\w*(?:Url|Uri|Endpoint|Host|Src)\s*\(")
# first-party URL helpers of Magento and PHP frameworks: never a third party's default
SHOP_URLS = frozenset({"getUrl", "getBaseUrl", "getViewFileUrl", "getStoreUrl", "getMediaUrl", "getSkinUrl",
                       "getJsUrl", "getAssetUrl", "getCurrentUrl", "getPostActionUrl", "getFormAction"})  # fmt: skip


@dataclass(frozen=True)
class Getter:
    """What a URL getter returns: ``url`` written at ``where``; ``fixed`` when it is all the getter ever
    returns (no setting can change it), else the default that applies until the admin sets another."""

    url: str
    where: Step
    fixed: bool = False


def read_getters(fa: FileAnalysis, source: str, getters: dict[str, Getter], paths: dict[str, tuple[str, Step]]) -> None:
    """Add the URL getters of one PHP file; ``paths`` are the config defaults read from config.xml."""
    if not _DECLARED.search(source):
        return  # the cheap test first: most PHP files hold no URL getter
    tree = parse("php", source.encode("utf-8"))
    consts = _constants(tree.root_node)
    cls = ""
    for node in walk(tree.root_node):
        if node.type == "class_declaration":
            cls = text(node.child_by_field_name("name"))
        if node.type != "method_declaration":
            continue
        name = text(node.child_by_field_name("name"))
        if not URL_GETTER.match(name) or name in SHOP_URLS or name in getters:
            continue
        owner = f"{cls}::{name}()" if cls else f"{name}()"
        body = node.child_by_field_name("body")
        if (found := _returned_url(body)) is not None:
            url, at, fixed = found
            label = f"{owner} (returns {url})" if fixed else f"{owner} (default {url}, which the admin can change)"
            getters[name] = Getter(url, fa.step(line(at), label), fixed)
        elif (path := _config_path(body, consts)) and url_host(url := paths.get(path, ("", None))[0]):
            where = paths[path][1]  # the config.xml default, or the admin field that sets it
            label = f"{owner} (config {path}, default {url}, which the admin can change)"
            getters[name] = Getter(url, Step(where.file, where.line, label))


def _returned_url(body: ts.Node | None) -> tuple[str, ts.Node, bool] | None:
    """The first absolute URL literal (in source order) a ``return`` gives back: alone, or as the fallback of
    ``?:``, ``??`` or a ternary; and whether the getter has no other return (``return 'https://...';``)."""
    returns = sorted((n for n in walk(body) if n.type == "return_statement"), key=lambda n: n.start_byte)
    for ret in returns:
        literals = sorted((n for n in walk(ret) if n.type in ("string", "encapsed_string")), key=lambda n: n.start_byte)
        for lit in literals:
            if url_host(value := _content(lit)):
                return value, lit, len(returns) == 1 and lit.parent == ret
    return None


def _config_path(body: ts.Node | None, consts: dict[str, str]) -> str:
    """The config path a getter reads (``scopeConfig->getValue(self::XML_PATH_URL)``), or ""."""
    for n in sorted(walk(body), key=lambda n: n.start_byte):
        if n.type == "member_call_expression" and text(n.child_by_field_name("name")) in CONFIG_METHODS:
            key = arg(n, 0)
            if key is not None and key.type == "class_constant_access_expression":
                return consts.get(text(key).rsplit("::", 1)[-1], "")
            if key is not None and key.type == "string":
                return _content(key)
    return ""


def _constants(root: ts.Node) -> dict[str, str]:
    """The string constants a file declares (``const XML_PATH_URL = 'acme/widget/url'``)."""
    out: dict[str, str] = {}
    for n in walk(root):
        if n.type == "const_element" and len(n.named_children) >= 2 and n.named_children[-1].type == "string":
            out[text(n.named_children[0])] = _content(n.named_children[-1])
    return out


def _content(literal: ts.Node) -> str:
    """The text of a PHP string literal without its quotes (interpolated parts left out)."""
    return "".join(text(c) for c in literal.named_children if c.type in ("string_content", "string_value"))

"""Python back ends (FastAPI, Flask, Django, scripts) with the standard library's ``ast``: AI SDK clients,
HTTP calls (requests, httpx, aiohttp, urllib) to AI hosts, and request data reaching them.

``ast.parse`` only parses: nothing is imported or executed, and comments never reach the tree.
"""

from __future__ import annotations

import ast

from phigate.scan import python_lexical
from phigate.scan.categories import category
from phigate.scan.flows import FileAnalysis, Trace, merge
from phigate.scan.hosts import bare_host, url_host
from phigate.scan.model import Step
from phigate.scan.python_lexical import LITELLM_CALLS as LITELLM

MODULE_HOSTS = {
    "openai": "api.openai.com",
    "anthropic": "api.anthropic.com",
    "google.generativeai": "generativelanguage.googleapis.com",
    "google.genai": "generativelanguage.googleapis.com",
    "cohere": "api.cohere.com",
    "mistralai": "api.mistral.ai",
    "groq": "api.groq.com",
}
SDK_CALLS = frozenset({"create", "generate_content", "chat", "completion", "stream", "complete", "embed", "parse"})
HTTP_MODULES = frozenset({"requests", "httpx", "aiohttp", "urllib.request", "urllib3"})
HTTP_METHODS = frozenset({"get", "post", "put", "patch", "request", "stream", "urlopen", "Request", "ws_connect"})
REQUEST_OBJECTS = frozenset(
    {"request", "req", "body", "payload", "data", "form", "patient", "customer", "user", "intake"}
)
ENV_GETTERS = frozenset({"os.environ.get", "os.getenv", "environ.get", "getenv"})


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else ""
    if isinstance(node, ast.Call):
        return _dotted(node.func) + "()"
    return ""


class PyAnalyzer(ast.NodeVisitor):
    def __init__(self, fa: FileAnalysis) -> None:
        self.fa = fa
        self.modules: dict[str, str] = {}  # local name -> imported module
        self.clients: dict[str, str] = {}  # variable -> AI host of the SDK client it holds
        self.functions: list[str] = []

    def run(self, source: str) -> str | None:
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError) as exc:
            python_lexical.scan(self.fa, source)
            where = f"{type(exc).__name__} at line {getattr(exc, 'lineno', '?')}"
            return f"{self.fa.rel}: Python did not parse ({where}); SDK clients and calls found by their tokens"
        self.visit(tree)
        return None

    # --- values and taint ---------------------------------------------------------------------------
    def value(self, node: ast.AST | None) -> str:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            return "".join(self.value(v) for v in node.values)
        if isinstance(node, ast.FormattedValue):
            return self.value(node.value)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self.value(node.left) + self.value(node.right)
        if isinstance(node, (ast.Name, ast.Attribute)):
            return self.fa.consts.get(_dotted(node), "")
        if isinstance(node, ast.Call) and _dotted(node.func) in ENV_GETTERS and len(node.args) >= 2:
            return self.value(node.args[1])  # os.environ.get("X", default): the default is what runs unset
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
            return next((v for v in map(self.value, node.values) if v), "")
        return ""

    def taint(self, node: ast.AST | None) -> list[Trace]:
        if node is None or isinstance(node, (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)):
            return []
        name = _dotted(node)
        if name and name in self.fa.vars:
            return self.fa.vars[name]
        if (src := self.source(node)) is not None:
            return [self.fa.source(src[0], getattr(node, "lineno", 1), src[1])]
        return merge(*(self.taint(c) for c in ast.iter_child_nodes(node)))

    def source(self, node: ast.AST) -> tuple[str, str] | None:
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            base = _dotted(node.value).split(".")
            key = str(node.slice.value)
            if base[0] in REQUEST_OBJECTS and (
                cat := category(key) or ("request_body" if "request" in base[0] else None)
            ):
                return cat, f"{'.'.join(base)}['{key}']"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            base = _dotted(node.func.value).split(".")
            if node.func.attr == "get" and base[0] in REQUEST_OBJECTS and node.args:
                key = self.value(node.args[0])
                if cat := category(key):
                    return cat, f"{'.'.join(base)}.get('{key}')"
            if base[0] in ("request", "req") and node.func.attr in ("json", "get_json", "form", "body"):
                return "request_body", f"request body ({_dotted(node.func)}())"
        if isinstance(node, ast.Attribute):
            base = _dotted(node.value).split(".")
            if base[0] in ("request", "req") and node.attr in ("json", "form", "data", "POST", "body"):
                return "request_body", f"request body ({_dotted(node)})"
            if base[0] in REQUEST_OBJECTS - {"request", "req"} and (cat := category(node.attr)):
                return cat, _dotted(node)
        return None

    # --- the walk -----------------------------------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.modules[alias.asname or alias.name.split(".")[0]] = alias.name

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for alias in node.names:
            self.modules[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for i, arg in enumerate(node.args.args):
            self.fa.vars[arg.arg] = [self.fa.param_trace(node.name, i, arg.arg, arg.lineno)]
        self.generic_visit(node)

    visit_FunctionDef = _function
    visit_AsyncFunctionDef = _function

    def visit_Assign(self, node: ast.Assign) -> None:
        self.generic_visit(node)
        self._assign(node.targets, node.value)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self.generic_visit(node)
        if node.value is not None:
            self._assign([node.target], node.value)

    def _assign(self, targets: list[ast.expr], value: ast.AST) -> None:
        traces = self.taint(value)
        inner = value.value if isinstance(value, ast.Await) else value
        for target in targets:
            name = _dotted(target) or (_dotted(target.value) if isinstance(target, ast.Subscript) else "")
            if not name:
                continue
            self.fa.assign(name, traces, target.lineno)
            if v := self.value(value):
                self.fa.consts[name] = v
            if isinstance(inner, ast.Call) and (host := self._client_host(inner)) is not None:
                self.clients[name] = host
            elif isinstance(inner, ast.Call) and (root := _dotted(inner.func).split(".")[0]) in self.clients:
                self.clients[name] = self.clients[root]

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = _dotted(node.func)
        last = func.rsplit(".", 1)[-1]
        ln = node.lineno
        args = [*node.args, *(k.value for k in node.keywords)]
        traces = merge(*(self.taint(a) for a in args))
        for i, a in enumerate(node.args):
            self.fa.call(last, i, self.taint(a), ln)
        if (host := self._client_host(node)) is not None:
            rule = "ai-sdk-client" if self.fa.catalog.is_ai(host) else None
            if rule is None and self.fa.catalog.kind(host).value == "third-party":
                self.fa.report("ai-sdk-client", ln, f"{func} client sends requests to {host} (an AI router or proxy)",
                               host=host)  # fmt: skip
            # a base URL that defaults to the shop's own gateway or a local server is not an outside endpoint
            local = self.fa.catalog.kind(host).value == "first-party"
            self.fa.sink(
                ln, f"{func}() SDK client", host, [], rule=rule, setting=None if local else self._base_setting(node)
            )
            return
        root = func.split(".")[0]
        if root in self.clients and last in SDK_CALLS:
            self.fa.sink(ln, f"{func}()", self.clients[root], traces, rule=None)
            return
        module = self.modules.get(root, "")
        if (module == "litellm" and last in LITELLM) or module.removeprefix("litellm.") in LITELLM:
            host = self._litellm_host(node)
            if host is not None:
                self.fa.sink(ln, f"LiteLLM {func}()", host, traces)
            return
        if module in MODULE_HOSTS and last in SDK_CALLS:  # openai.ChatCompletion.create(...), genai...
            self.fa.sink(ln, f"{func}()", MODULE_HOSTS[module], traces)
            return
        if (module.split(".")[0] in {m.split(".")[0] for m in HTTP_MODULES} or root in ("session", "client", "http")) \
                and last in HTTP_METHODS:  # fmt: skip
            target = node.args[1] if last == "request" and len(node.args) > 1 else (node.args[0] if node.args else None)
            target = target or next((k.value for k in node.keywords if k.arg == "url"), None)
            host = url_host(self.value(target))
            if host is not None:
                self.fa.sink(ln, f"{func}()", host, traces)

    def _client_host(self, node: ast.Call) -> str | None:
        """The host an SDK client built by this call talks to, or None when it is not an SDK client."""
        name = _dotted(node.func).rsplit(".", 1)[-1]
        module = self.modules.get(_dotted(node.func).split(".")[0], "")
        host = self.fa.catalog.constructor_host(name)
        if name == "Client":  # anthropic.Client / cohere.Client / groq.Client
            host = MODULE_HOSTS.get(module.rsplit(".", 1)[0] if "." in module else module) or None
        if not host:
            return None
        return self._base_url(node) or host

    def _base_url(self, node: ast.Call) -> str | None:
        for kw in node.keywords:
            if kw.arg in self.fa.catalog.base_url_keys:
                v = self.value(kw.value)
                if h := url_host(v) or bare_host(v):
                    return h
        return None

    def _base_setting(self, node: ast.Call) -> Step | None:
        """A base URL read from the environment (``base_url=os.environ["AI_BASE"]``): a configurable endpoint."""
        for kw in node.keywords:
            value = kw.value
            if kw.arg not in self.fa.catalog.base_url_keys:
                continue
            if isinstance(value, ast.Subscript) and _dotted(value.value) in ("os.environ", "environ"):
                key = value.slice
            elif isinstance(value, ast.Call) and _dotted(value.func) in ENV_GETTERS and value.args:
                key = value.args[0]
            else:
                continue
            name = key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else "?"
            return self.fa.step(node.lineno, f"environment variable {name}")
        return None

    def _litellm_host(self, node: ast.Call) -> str | None:
        """LiteLLM routes by model name (``claude-…``, ``groq/…``) unless ``api_base`` points elsewhere."""
        if base := self._base_url(node):
            return base
        model = next((self.value(k.value) for k in node.keywords if k.arg == "model"), "")
        return python_lexical.litellm_host(self.fa.catalog, model)

"""PHP and phtml: curl, Guzzle, file_get_contents, Magento and Laminas HTTP clients, AI SDKs
(openai-php, orhanerday/open-ai), customer data from Magento sessions, quotes, orders and requests.

Magento config paths (``scopeConfig->getValue('ai/general/endpoint')``) resolve through the defaults
and field definitions the scanner read from the module's config.xml and system.xml.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from phigate.scan import phtml
from phigate.scan.categories import category
from phigate.scan.flows import FileAnalysis, Trace, merge
from phigate.scan.hosts import bare_host, url_host
from phigate.scan.model import Step
from phigate.scan.php_getters import Getter
from phigate.scan.php_nodes import (
    CONFIG_METHODS,
    arg,
    args,
    array_pairs,
    array_value,
    chain_root,
    guzzle_base_uri,
    llm_payload,
)
from phigate.scan.treesitter import line, parse, text, walk

GETTER = re.compile(
    r"^get(?:Customer|Billing|Shipping)?(Email|Dob|Firstname|Lastname|Middlename|Name|Telephone|Address|"
    r"BillingAddress|ShippingAddress|Street|Postcode|City|Gender|Taxvat|Customer|Quote|Order|Region)$"
)
REQUEST_GET = re.compile(r"^(?:getParam|getPost|getPostValue|getQuery|input|get)$")
HTTP_FUNCS = frozenset(
    {
        "curl_init",
        "file_get_contents",
        "fopen",
        "wp_remote_post",
        "wp_remote_get",
        "wp_remote_request",
        "stream_socket_client",
        "get_headers",
    }
)
HTTP_METHODS = frozenset(
    {
        "post",
        "get",
        "put",
        "patch",
        "request",
        "send",
        "postJson",
        "makeRequest",
        "sendRequest",
        "setUri",
        "call",
        "requestAsync",
        "postAsync",
        "write",
    }
)
BODY_METHODS = frozenset({"setRawBody", "setParameterPost", "setBody", "setPostFields", "setContent"})
PASS_THROUGH = re.compile(r"^(?:escape\w*|htmlspecialchars|htmlentities|urlencode|rawurlencode|trim|sprintf)$")
CONFIG_WRITER = re.compile(r"(?i)config(?:_?writer|resource|storage)|\bwriter\b|->writer$")
CONFIG_WRITERS = frozenset(  # Magento classes whose save()/saveConfig() store a setting in core_config_data
    {
        "Magento\\Framework\\App\\Config\\Storage\\WriterInterface",
        "Magento\\Framework\\App\\Config\\Storage\\Writer",
        "Magento\\Framework\\App\\Config\\ConfigResource\\ConfigInterface",
        "Magento\\Config\\Model\\ResourceModel\\Config",
    }
)
SDK_CLASSES = {
    "OpenAI\\Client": "api.openai.com",
    "Orhanerday\\OpenAi\\OpenAi": "api.openai.com",
    "Anthropic\\Client": "api.anthropic.com",
    "Gemini\\Client": "generativelanguage.googleapis.com",
}
SDK_CALLS = frozenset(
    {
        "create",
        "createStreamed",
        "chat",
        "completion",
        "completions",
        "embeddings",
        "generateContent",
        "messages",
        "responses",
        "stream",
    }
)


class PhpAnalyzer:
    def __init__(
        self,
        fa: FileAnalysis,
        config: dict[str, tuple[str, Step]],
        injected: dict[str, tuple[str, Step]] | None = None,
        getters: dict[str, Getter] | None = None,
    ) -> None:
        self.fa = fa
        self.getters = getters or {}  # URL getter of any class in the scan -> its default URL and where
        self.config = config  # Magento config path -> (default value, where the field is defined)
        self.injected = injected or {}  # "Class::$argument" -> (base URL, where) of a client di.xml injects
        self.class_name = ""  # the class being read, with its namespace
        self.clients: dict[str, str] = {}
        self.channels: dict[str, str] = {}
        self.sdk_types: dict[str, str] = {}  # local class name -> AI host (from `use` statements)
        self.imports: dict[str, str] = {}  # local class name -> the class a `use` statement names
        self.writers: set[str] = set()  # variables and properties declared as a Magento config writer
        self.typed_clients: set[str] = set()  # clients declared by type, built in another file
        self.methods: dict[str, ts.Node] = {}  # this file's methods: name -> body
        self._expanding: set[str] = set()
        self.bodies: dict[str, tuple[int, list[Trace]]] = {}  # curl handle -> POSTFIELDS set before its URL

    def run(self, source: bytes) -> bool:
        tree = parse("php", source)
        for n in walk(tree.root_node):  # helpers such as buildUrl() may be defined below their callers
            if n.type == "method_declaration" and (body := n.child_by_field_name("body")) is not None:
                self.methods[text(n.child_by_field_name("name"))] = body
        self.visit(tree.root_node)
        phtml.markup(self.fa, source.decode("utf-8", "replace"), tree.root_node, self.getters)
        return not tree.root_node.has_error

    # --- values -------------------------------------------------------------------------------------
    def value(self, node: ts.Node | None) -> str:
        if node is None:
            return ""
        t, name = node.type, text(node)
        if t in ("string", "encapsed_string"):
            return "".join(
                text(c) if c.type in ("string_content", "string_value") else self.value(c) for c in node.named_children
            )
        if t in ("variable_name", "member_access_expression"):
            return self.fa.consts.get(name, "")
        if t == "name":  # a global constant: define('AI_URL', ...) or const AI_URL = ...
            return self.fa.consts.get(name) or self.fa.consts.get("::" + name, "")
        if t == "class_constant_access_expression":
            return self.fa.consts.get("::" + name.rsplit("::", 1)[-1], "")
        if t == "binary_expression":
            return self.value(node.child_by_field_name("left")) + self.value(node.child_by_field_name("right"))
        if t in ("argument", "parenthesized_expression") and node.named_children:
            return self.value(node.named_children[-1])
        if t == "member_call_expression" and text(node.child_by_field_name("name")) in CONFIG_METHODS:
            path = self.value(arg(node, 0))
            return self.config.get(path, ("", None))[0]
        if t == "member_call_expression" and (name := text(node.child_by_field_name("name"))) in self.getters:
            return self.getters[name].url  # $this->config->getApiUrl(): its default, read in another file
        if t == "function_call_expression" and text(node.child_by_field_name("function")) == "config":
            return self.config.get(self.value(arg(node, 0)), ("", None))[0]  # Laravel config('file.key')
        return ""

    def setting(self, node: ts.Node | None) -> Step | None:
        for n in walk(node):
            if n.type == "member_call_expression":
                name = text(n.child_by_field_name("name"))
                if name in CONFIG_METHODS and (path := self.value(arg(n, 0))):
                    return self.config[path][1] if path in self.config else self.fa.step(line(n), f"config {path}")
                if name in self.getters:
                    if self.getters[name].fixed:
                        continue  # a getter that always returns one URL: no setting behind it
                    return self.getters[name].where
                if re.match(r"^get\w*(?:Url|Uri|Endpoint|Host|BaseUrl)$", name):
                    return self.fa.step(line(n), f"the value of {name}()")
                if text(n.child_by_field_name("object")) == "$this" and name in self.methods.keys() - self._expanding:
                    self._expanding.add(name)  # a helper of this class that builds the URL from a setting
                    found = self.setting(self.methods[name])
                    self._expanding.discard(name)
                    if found is not None:
                        return found
            if n.type == "variable_name" and text(n) in self.fa.settings:
                return self.fa.settings[text(n)]
            if n.type == "function_call_expression" and text(n.child_by_field_name("function")) == "config":
                if path := self.value(arg(n, 0)):
                    return self.config[path][1] if path in self.config else self.fa.step(line(n), f"config {path}")
        return None

    def host(self, node: ts.Node | None, bare: bool = False) -> tuple[str | None, Step | None]:
        v = self.value(node)
        h = url_host(v) or (bare_host(v) if bare else None)
        setting = self.setting(node)
        if h is None and v.startswith("/"):
            return None, None
        return h, None if h and setting is None else setting

    # --- taint --------------------------------------------------------------------------------------
    def taint(self, node: ts.Node | None) -> list[Trace]:
        if node is None or node.type in ("comment", "anonymous_function", "arrow_function"):
            return []
        t, name = node.type, text(node)
        if t in ("variable_name", "member_access_expression", "subscript_expression") and name in self.fa.vars:
            return self.fa.vars[name]
        if t == "subscript_expression" and re.match(r"^\$_(?:POST|GET|REQUEST)\b", name):
            field = re.search(r"\[['\"]?([\w-]+)", name)
            return [
                self.fa.source(
                    (category(field.group(1)) if field else None) or "request_body",
                    line(node),
                    f"request field {name[:50]}",
                )
            ]
        if t == "member_call_expression":
            method = text(node.child_by_field_name("name"))
            if m := GETTER.match(method):
                return [self.fa.source(category(m.group(1)) or "customer", line(node), f"{name[-60:]}")]
            if REQUEST_GET.match(method) and re.search(r"(?:[Rr]equest|input)\b", name):
                key = self.value(arg(node, 0))
                return [self.fa.source(category(key) or "request_body", line(node), f"request {method}('{key}')")]
            if method in ("getContent", "getParams", "getPostValue", "all", "json") and re.search(r"[Rr]equest", name):
                return [self.fa.source("request_body", line(node), f"request body ({name[-50:]})")]
        if t == "function_call_expression" and "php://input" in name:
            return [self.fa.source("request_body", line(node), "request body (php://input)")]
        if t == "variable_name" and name == "$_POST":
            return [self.fa.source("request_body", line(node), "request body ($_POST)")]
        return merge(*(self.taint(c) for c in node.named_children))

    # --- the walk -----------------------------------------------------------------------------------
    def visit(self, node: ts.Node) -> None:
        t = node.type
        if t == "comment":
            return
        if t in ("method_declaration", "function_definition"):
            self.function(node)
        if t == "namespace_use_clause":
            self.use(node)
        if t == "namespace_definition" and (ns := node.child_by_field_name("name")) is not None:
            self.namespace = text(ns)
        if t == "class_declaration":
            self.class_name = "\\".join(filter(None, (self.namespace, text(node.child_by_field_name("name")))))
        if t in ("property_declaration", "simple_parameter", "property_promotion_parameter"):
            self.typed(node)
            self.injection(node)
        if t in ("simple_parameter", "property_promotion_parameter") and (
            v := self.value(node.child_by_field_name("default_value"))
        ):
            var = text(node.child_by_field_name("name"))  # the default is what runs when the caller passes nothing
            self.fa.consts[var] = v
            if t == "property_promotion_parameter":
                self.fa.consts["$this->" + var.lstrip("$")] = v
        if t == "const_element" and len(node.named_children) >= 2:
            self.fa.consts["::" + text(node.named_children[0])] = self.value(node.named_children[-1])
        if t == "property_element" and len(node.named_children) >= 2:
            self.fa.consts["$this->" + text(node.named_children[0]).lstrip("$")] = self.value(node.named_children[-1])
        for child in node.named_children:
            self.visit(child)
        if t == "assignment_expression":
            self.assignment(node.child_by_field_name("left"), node.child_by_field_name("right"))
        elif t in (
            "function_call_expression",
            "member_call_expression",
            "scoped_call_expression",
            "nullsafe_member_call_expression",
            "object_creation_expression",
        ):
            self.call(node)

    def use(self, node: ts.Node) -> None:
        """``use OpenAI\\Client as OpenAIClient``: the class a local name stands for, and SDK client classes."""
        parts = [text(c) for c in node.named_children]
        if parts:
            self.imports[parts[-1].rsplit("\\", 1)[-1]] = parts[0].lstrip("\\")
        if parts and parts[0].lstrip("\\") in SDK_CLASSES:
            self.sdk_types[parts[-1].rsplit("\\", 1)[-1]] = SDK_CLASSES[parts[0].lstrip("\\")]

    def injection(self, node: ts.Node) -> None:
        """A constructor argument di.xml fills with an HTTP client that has a base URL: requests go there."""
        var = text(node.child_by_field_name("name"))
        url, where = self.injected.get(f"{self.class_name}::{var}", ("", None))
        if (host := url_host(url) or bare_host(url)) is None or where is None:
            return
        self.clients[var] = self.clients["$this->" + var.lstrip("$")] = host

    def typed(self, node: ts.Node) -> None:
        """A property or parameter declared with an SDK client type holds a client built elsewhere; one
        declared as a Magento config writer stores settings."""
        kind = node.child_by_field_name("type")
        names = [c for c in walk(node) if c.type == "variable_name"]
        if kind is None or not names:
            return
        type_name = text(kind).lstrip("?").rsplit("\\", 1)[-1]
        if self.imports.get(type_name, text(kind).lstrip("?\\")) in CONFIG_WRITERS:
            var = text(names[0])
            self.writers.update((var, "$this->" + var.lstrip("$")) if node.type != "simple_parameter" else (var,))
        host = self.sdk_types.get(type_name) or SDK_CLASSES.get(text(kind).lstrip("?\\"))
        if host is None:
            return
        var = text(names[0])
        self.typed_clients.add(var)
        self.clients[var] = host
        if node.type != "simple_parameter":
            self.typed_clients.add("$this->" + var.lstrip("$"))
            self.clients["$this->" + var.lstrip("$")] = host

    def function(self, node: ts.Node) -> None:
        func = text(node.child_by_field_name("name"))
        params = node.child_by_field_name("parameters")
        for i, p in enumerate(c for c in (params.named_children if params else []) if c.type != "comment"):
            var = text(p.child_by_field_name("name"))
            if var:
                self.fa.vars[var] = [self.fa.param_trace(func, i, var, line(p))]
                if p.type == "property_promotion_parameter":
                    self.fa.vars["$this->" + var.lstrip("$")] = self.fa.vars[var]

    def assignment(self, left: ts.Node | None, right: ts.Node | None) -> None:
        if left is None or right is None:
            return
        name = text(left)
        self.fa.assign(name, self.taint(right), line(left))
        if left.type == "subscript_expression":
            base = chain_root(left)
            self.fa.assign(base, self.taint(right), line(left))
        if v := self.value(right):
            self.fa.consts[name] = v
        if (setting := self.setting(right)) is not None:
            self.fa.settings[name] = setting
        root = chain_root(right)
        if text(right) in self.writers:
            self.writers.add(name)  # $this->configWriter = $configWriter
        if self._client is not None and self._client[0] == right.id:
            self.clients[name] = self._client[1]
        elif root in self.clients:
            self.clients[name] = self.clients[root]
        if right.type == "function_call_expression" and text(right.child_by_field_name("function")) == "curl_init":
            self.channels[name] = self._last_host

    _client: tuple[int, str] | None = None
    namespace = ""
    _last_host = ""

    def call(self, node: ts.Node) -> None:
        t, ln = node.type, line(node)
        fn = (
            node.child_by_field_name("function")
            if t == "function_call_expression"
            else node.child_by_field_name("name")
        )
        name = text(fn) if fn is not None else ""
        if t == "object_creation_expression":
            name = next((text(c) for c in node.named_children if c.type in ("name", "qualified_name")), "")
        short = name.rsplit("\\", 1)[-1]
        arg_nodes = args(node)
        traces = merge(*(self.taint(a) for a in arg_nodes))
        for i, a in enumerate(arg_nodes):
            self.fa.call(short, i, self.taint(a), ln)
        root = chain_root(node.child_by_field_name("object") or node.child_by_field_name("scope"))
        full = text(node)
        if t == "scoped_call_expression" and text(node.child_by_field_name("scope")).lower().endswith("openai"):
            if short == "client":
                return self.client(node, "api.openai.com", "OpenAI::client()")
            return None
        if short == "make" and "OpenAI::factory()" in full:
            base = re.search(r"withBaseUri\(\s*['\"]([^'\"]+)", full)
            host = (url_host(base.group(1)) or bare_host(base.group(1))) if base else None
            return self.client(node, host or "api.openai.com", "OpenAI::factory() client")
        if t == "object_creation_expression":
            if short in self.fa.catalog.constructors:
                return self.client(node, self.fa.catalog.constructors[short], f"new {short}()")
            if short == "Client" and arg_nodes:
                if guzzle_base_uri(arg_nodes[0]) is not None:
                    self.guzzle(node, arg_nodes[0], "Guzzle client")
                elif (h := self.host(arg_nodes[0])[0]) is not None:  # Laminas/Zend: new Client($uri)
                    self._client = (node.id, h)
                    self.request(ln, f"new {short}()", h, None, [])
            return None
        if short == "create" and arg_nodes and array_value(arg_nodes[0], "config") is not None:
            return self.guzzle(node, arg_nodes[0], f"{root or name}->create() Guzzle client")
        if t == "function_call_expression":
            return self.function_call(short, arg_nodes, traces, ln)
        if root in self.clients:
            rule = "ai-endpoint" if root in self.typed_clients and short in SDK_CALLS else None
            self.fa.sink(ln, f"{root}->{short}()", self.clients[root], traces, rule=rule)
            return None
        if short in BODY_METHODS and root in self.channels and self.channels[root]:
            self.fa.sink(ln, f"{root}->{short}()", self.channels[root], traces, rule=None)
            return None
        if short in HTTP_METHODS and arg_nodes:
            target = (
                arg_nodes[1] if short in ("request", "requestAsync", "send") and len(arg_nodes) > 1 else arg_nodes[0]
            )
            h, setting = self.host(target)
            if short == "setUri":
                self.channels[root] = h or ""
            if h or setting:
                what = f"{name}()" if not root else f"{root}->{short}()"
                if h is None and setting is not None and any(llm_payload(a) for a in arg_nodes):
                    msg = f"{what} sends a model request (model and messages) to the host in {setting.label}"
                    self.fa.report("ai-endpoint", ln, f"{msg}: an AI provider or router the admin picks")
                return self.request(ln, what, h, setting, traces)
        if short in ("save", "saveConfig") and (root in self.writers or CONFIG_WRITER.search(root or name)):
            return None  # Magento's config writer stores a setting (a default URL among them): it sends nothing
        if PASS_THROUGH.match(short):
            return None  # escaping or formatting a URL for the page sends nothing
        for a in arg_nodes:
            h, _ = self.host(a)
            if h and self.fa.catalog.is_ai(h):
                return self.request(ln, f"{short}()", h, None, traces)
        return None

    def function_call(self, name: str, arg_nodes: list[ts.Node], traces: list[Trace], ln: int) -> None:
        if name in ("curl_setopt", "curl_setopt_array") and arg_nodes:
            handle = text(arg_nodes[0])
            pairs: list[tuple[str, ts.Node]] = []
            if name == "curl_setopt" and len(arg_nodes) >= 3:
                pairs = [(text(arg_nodes[1]), arg_nodes[2])]
            elif len(arg_nodes) >= 2:
                pairs = array_pairs(arg_nodes[1])
            for opt, val in pairs:
                if opt == "CURLOPT_URL":
                    h, setting = self.host(val)
                    self.channels[handle] = h or ""
                    self.request(ln, "curl", h, setting, [])
                    body_ln, body = self.bodies.pop(handle, (ln, []))  # the body may be set first
                    if h and body:
                        self.fa.sink(body_ln, "curl POST body", h, body, rule=None)
                elif opt == "CURLOPT_POSTFIELDS" and self.channels.get(handle):
                    self.fa.sink(ln, "curl POST body", self.channels[handle], self.taint(val), rule=None)
                elif opt == "CURLOPT_POSTFIELDS" and (body := self.taint(val)):
                    self.bodies[handle] = (ln, body)
            return
        if name == "define" and len(arg_nodes) >= 2 and (const := self.value(arg_nodes[0])):
            self.fa.consts[const] = self.value(arg_nodes[1])
            return
        if name in HTTP_FUNCS and arg_nodes:
            h, setting = self.host(arg_nodes[0])
            if name == "curl_init":
                self._last_host = h or ""
            if h or setting:
                self.request(ln, f"{name}()", h, setting, traces)

    def guzzle(self, node: ts.Node, options: ts.Node, what: str) -> None:
        """A Guzzle client built with a ``base_uri``: every request it sends goes there."""
        h, setting = self.host(guzzle_base_uri(options), bare=True)
        if h:
            self._client = (node.id, h)
            self.fa.sink(line(node), what, h, [], setting=setting)

    def request(self, ln: int, what: str, h: str | None, setting: Step | None, traces: list[Trace]) -> None:
        self.fa.sink(ln, what, h, traces, setting=setting)

    def client(self, node: ts.Node, host: str, label: str) -> None:
        self._client = (node.id, host)
        if self.fa.catalog.kind(host).value == "first-party":
            return
        rule = "ai-sdk-client"
        if not self.fa.catalog.is_ai(host):
            self.fa.report(rule, line(node), f"{label} sends requests to {host} (an AI router or proxy)", host=host)
            rule = None  # type: ignore[assignment]
        self.fa.sink(line(node), label, host, [], rule=rule)

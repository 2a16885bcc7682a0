"""JavaScript and TypeScript: requests to external hosts, AI SDK clients, and customer data reaching them."""

from __future__ import annotations

import re

import tree_sitter as ts

from phigate.scan import js_nodes
from phigate.scan.categories import category
from phigate.scan.flows import FileAnalysis, Trace, merge
from phigate.scan.hosts import bare_host, url_host
from phigate.scan.js_sources import data_source
from phigate.scan.treesitter import args, line, parse, text, walk

HTTP_CALLS = re.compile(
    r"^(?:window\.|globalThis\.|self\.)?(?:fetch|axios(?:\.\w+)?|\$\.(?:ajax|post|get|getJSON)|jQuery\.(?:ajax|post|get|getJSON)"
    r"|navigator\.sendBeacon|got(?:\.\w+)?|ky(?:\.\w+)?|superagent\.\w+|needle|\$fetch|ofetch|request\.(?:post|get))$"
)
INSTANCE_FACTORIES = re.compile(r"^(?:axios|ky|got|ofetch|\$fetch)\.(?:create|extend)$")  # a client with a base URL
CHANNELS = ("XMLHttpRequest", "WebSocket", "EventSource")
METHOD_NAMES = re.compile(r"^(?:GET|POST|PUT|PATCH|DELETE)$", re.I)
PLACEHOLDER = re.compile(r"__lq\d+")
UNKNOWN = "\x00"  # stands for a leading part of a URL no constant tells (so `${base}/v1` is not a relative path)
SAME_ORIGIN = re.compile(r"^(?:window\.|document\.|self\.|globalThis\.)?location\.(?:origin|host|hostname)$")
WORD = re.compile(r"[\w$.]+")
FUNCTIONS = (
    "function_declaration",
    "function_expression",
    "arrow_function",
    "method_definition",
    "generator_function_declaration",
    "function",
)


class JsAnalyzer:
    """Walks one script; ``line_offset`` places embedded scripts (Liquid, phtml) at their real lines."""

    def __init__(self, fa: FileAnalysis, line_offset: int = 0) -> None:
        self.fa = fa
        self.off = line_offset
        self.clients: dict[str, str] = {}  # variable (or `this.member`) -> host of the SDK/HTTP client it holds
        self.llm_vars: set[str] = set()  # variables holding a model request body
        self.instances: dict[str, str] = {}  # imported ready-made provider (`openai` of @ai-sdk/openai) -> host
        self.channels: dict[str, str] = {}  # XHR / WebSocket variable -> host
        self.used_lines: set[int] = set()
        self.used_nodes: set[int] = set()  # string literals a recognised request used
        self.const_nodes: dict[str, int] = {}
        self.returns: dict[str, list[Trace]] = {}  # function -> customer data its return value carries
        self._cache: dict[int, list[Trace]] = {}
        self.current: list[str] = []
        self._last_client: tuple[int, str] | None = None  # (node, host) of the client just constructed
        self._last_channel: tuple[int, str] | None = None  # (node, host) of the socket just opened

    def run(self, source: bytes, language: str = "javascript") -> bool:
        """Analyse; False when the parser had to recover from syntax errors."""
        tree = parse(language, source)
        self.visit(tree.root_node)
        self.leftover_literals(tree.root_node)
        return not tree.root_node.has_error

    def ln(self, node: ts.Node) -> int:
        return line(node, self.off)

    # --- values -------------------------------------------------------------------------------------
    def value(self, node: ts.Node | None) -> str:
        """The string a node evaluates to, as far as constants tell (unknown parts are empty)."""
        if node is None:
            return ""
        t = node.type
        if t == "string":
            return text(node)[1:-1]
        if t == "template_string":
            parts: list[str] = []
            for c in node.named_children:
                if c.type == "template_substitution" and c.named_children:
                    known = self.value(c.named_children[0])
                    same_origin = SAME_ORIGIN.match(text(c.named_children[0]))
                    parts.append(known or ("" if parts or same_origin else UNKNOWN))
                elif c.type == "string_fragment":
                    parts.append(text(c))
            return "".join(parts)
        if t in ("identifier", "member_expression"):
            name = text(node)
            if SAME_ORIGIN.match(name):
                return ""  # the page's own origin: what follows is a path on the shop
            if name in self.fa.consts:
                self.used_nodes.add(self.const_nodes.get(name, -1))
                return self.fa.consts[name]
            return ""
        if t == "subscript_expression" and (key := self._element(node)) in self.fa.consts:
            self.used_nodes.add(self.const_nodes.get(key, -1))
            return self.fa.consts[key]
        if t == "binary_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            lv = self.value(left)
            if not lv and left is not None and left.type not in ("string", "template_string"):
                lv = "" if SAME_ORIGIN.match(text(left)) else UNKNOWN
            return lv + self.value(right)
        if t in ("parenthesized_expression", "await_expression", "as_expression"):
            return self.value(node.named_children[0]) if node.named_children else ""
        if t == "object":
            return self.value(js_nodes.url_pair(node))
        if t == "new_expression" and (ctor := text(node.child_by_field_name("constructor"))) in ("URL", "Request"):
            a = args(node.child_by_field_name("arguments"))
            if ctor == "URL" and len(a) > 1 and not url_host(path := self.value(a[0])):
                return self.value(a[1]).rstrip("/") + path  # new URL('/v1/chat', 'https://api.openai.com')
            return self.value(a[0]) if a else ""
        return ""

    @staticmethod
    def _element(node: ts.Node) -> str:
        """``LIST[0]`` / ``CFG['url']`` as the name ``remember`` stores an array element or property under."""
        obj, index = node.child_by_field_name("object"), node.child_by_field_name("index")
        if obj is None or index is None:
            return ""
        if index.type == "number" and text(index).isdigit():
            return f"{text(obj)}[{int(text(index))}]"
        return f"{text(obj)}.{text(index)[1:-1]}" if index.type == "string" else ""

    def setting(self, node: ts.Node | None) -> str | None:
        """If the URL comes from a setting or environment variable: its name."""
        if node is None:
            return None
        whole = text(node)
        if "env." not in whole and "__lq" not in whole and not self.fa.settings.keys() & set(WORD.findall(whole)):
            return None  # the common case, without walking the subtree
        for n in walk(node):
            name = text(n)
            if n.type in ("string", "template_string"):
                for p in PLACEHOLDER.findall(name):
                    if p in self.fa.settings:
                        return str(p)
            if n.type in ("member_expression", "identifier"):
                if m := re.match(r"^(?:process\.env|import\.meta\.env)\.(\w+)$", name):
                    return f"environment variable {m.group(1)}"
                if name in self.fa.settings:
                    return name
        return None

    def host(self, node: ts.Node | None, bare: bool = False) -> tuple[str | None, str | None]:
        v = self.value(node)
        if node is not None:
            self.used_nodes.add(node.id)
            if node.type == "object" and (inner := js_nodes.url_pair(node)) is not None:
                self.used_nodes.add(inner.id)  # `$.ajax({url: ...})`: the URL string is this request's
        h = url_host(v) or (bare_host(v) if bare else None)
        if h is None and v.startswith("/"):
            return "self", None
        return h, None if h else self.setting(node)

    # --- taint --------------------------------------------------------------------------------------
    def taint(self, node: ts.Node | None) -> list[Trace]:
        """Customer data an expression carries (cached until the next assignment changes a variable)."""
        if node is None or node.type in ("comment", *FUNCTIONS):
            return []
        if (hit := self._cache.get(node.id)) is not None:
            return hit
        result = self._taint(node)
        self._cache[node.id] = result
        return result

    def _taint(self, node: ts.Node) -> list[Trace]:
        t, name = node.type, text(node)
        if t in ("string", "template_string", "string_fragment"):
            subs = [self.taint(c) for c in node.named_children if c.type == "template_substitution"]
            return merge(*(self.fa.vars.get(p, []) for p in PLACEHOLDER.findall(name)), *subs)
        if t in ("identifier", "shorthand_property_identifier"):
            return self.fa.vars.get(name, [])
        if t in ("member_expression", "call_expression", "new_expression", "subscript_expression"):
            src = data_source(node, name)
            if src is not None:
                return [self.fa.source(src[0], self.ln(node), src[1])]
            if name in self.fa.vars:
                return self.fa.vars[name]
            if t == "call_expression" and (fn := name.split("(", 1)[0].rsplit(".", 1)[-1]) in self.returns:
                step = self.fa.step(self.ln(node), f"returned by {fn}()")
                return [tr.then(step) for tr in self.returns[fn]]
        return merge(*(self.taint(c) for c in node.named_children))

    # --- the walk -----------------------------------------------------------------------------------
    def visit(self, node: ts.Node) -> None:
        t = node.type
        if t == "comment":
            return
        func = self.function(node) if t in FUNCTIONS else None
        if func is not None:
            self._cache.clear()
        if func is not None:
            self.current.append(func)
        for child in node.named_children:
            self.visit(child)
        if func is not None:
            self.current.pop()
        if t == "return_statement" and self.current and node.named_children:
            real = [tr for tr in self.taint(node.named_children[0]) if not tr.is_param]
            if real:
                self.returns[self.current[-1]] = merge(self.returns.get(self.current[-1], []), real)
        if t == "variable_declarator":
            self.declare(node.child_by_field_name("name"), node.child_by_field_name("value"))
            self._cache.clear()
        elif t == "assignment_expression":
            self.assignment(node.child_by_field_name("left"), node.child_by_field_name("right"))
            self._cache.clear()
        elif t in ("public_field_definition", "field_definition"):  # `private ai = new Anthropic()`
            member = node.child_by_field_name("name") or node.child_by_field_name("property")
            value = node.child_by_field_name("value")
            if member is not None and value is not None:
                self.remember(f"this.{text(member)}", value)
        elif t == "call_expression":
            self.call(node)
        elif t == "new_expression":
            self.new(node)
        elif t == "import_statement":
            self.module(node.child_by_field_name("source"), node)

    def function(self, node: ts.Node) -> str | None:
        name_node = node.child_by_field_name("name")
        if name_node is None and node.parent is not None:
            p = node.parent
            name_node = (
                p.child_by_field_name("name")
                if p.type == "variable_declarator"
                else (
                    p.child_by_field_name("key")
                    if p.type == "pair"
                    else p.child_by_field_name("left")
                    if p.type == "assignment_expression"
                    else None
                )
            )
        func = text(name_node).rsplit(".", 1)[-1]
        params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
        if not func or params is None:
            return func or None
        plist = [params] if params.type == "identifier" else args(params)
        for i, p in enumerate(plist):
            p = p.child_by_field_name("pattern") or p.child_by_field_name("left") or p
            for ident in js_nodes.idents(p):  # a new function scope: the parameter shadows what the name held
                self.fa.vars[ident] = [self.fa.param_trace(func, i, ident, self.ln(p))]
        return func

    def declare(self, name: ts.Node | None, value: ts.Node | None) -> None:
        if name is None or value is None:
            return
        traces = self.taint(value)
        if name.type == "identifier":
            var = text(name)
            self.fa.assign(var, traces, self.ln(name))
            self.remember(var, value)
        elif name.type == "object_pattern":
            for ident in js_nodes.idents(name):
                cat = category(ident)
                mine = [Trace(cat, t.steps) if cat and t.category in ("request_body", "form") else t for t in traces]
                self.fa.assign(ident, mine, self.ln(name))

    def remember(self, var: str, value: ts.Node) -> None:
        self.clients.pop(var, None)  # a new value: whatever client or socket the name held is gone
        self.channels.pop(var, None)
        if self.llm_shaped(value):
            self.llm_vars.add(var)
        v = self.value(value)
        if v:
            self.fa.consts[var] = v
            self.const_nodes[var] = (js_nodes.url_pair(value) or value).id if value.type == "object" else value.id
        if not url_host(v) and (setting := self.setting(value)) is not None:
            self.fa.settings[var] = self.fa.settings.get(setting) or self.fa.step(self.ln(value), setting)
        if value.type == "object":
            for pair in value.named_children:
                pvalue = pair.child_by_field_name("value")
                if pair.type == "pair" and pvalue is not None and (pv := self.value(pvalue)):
                    key = f"{var}.{text(pair.child_by_field_name('key')).strip(chr(39) + chr(34))}"
                    self.fa.consts[key] = pv
                    self.const_nodes[key] = pvalue.id
        if value.type == "array":  # `const ENDPOINTS = ['https://…']`: ENDPOINTS[0] is that URL
            for i, element in enumerate(e for e in value.named_children if e.type != "comment"):
                if element.type == "spread_element":
                    break  # later indices are unknown
                if pv := self.value(element):
                    self.fa.consts[f"{var}[{i}]"] = pv
                    self.const_nodes[f"{var}[{i}]"] = element.id
        inner = value.named_children[0] if value.type == "await_expression" and value.named_children else value
        root = js_nodes.root(inner.child_by_field_name("function") if inner.type == "call_expression" else None)
        if root in self.clients:
            self.clients[var] = self.clients[root]
        if inner.type in ("new_expression", "call_expression") and (h := self._last_client) and h[0] == inner.id:
            self.clients[var] = h[1]
        if inner.type == "new_expression" and text(inner.child_by_field_name("constructor")) in CHANNELS:
            opened = self._last_channel
            self.channels[var] = opened[1] if opened and opened[0] == inner.id else ""

    def assignment(self, left: ts.Node | None, right: ts.Node | None) -> None:
        if left is None or right is None:
            return
        traces, name = self.taint(right), text(left)
        base = js_nodes.root(left)
        if left.type == "identifier":
            self.fa.assign(name, traces, self.ln(left))
            self.remember(name, right)
        elif base:
            self.fa.assign(base, traces, self.ln(left))
            if left.type == "member_expression" and WORD.fullmatch(name):
                self.remember(name, right)  # `this.ai = new Anthropic()`, `cfg.url = ...`
        last = name.rsplit(".", 1)[-1]
        if last == "src" and left.type == "member_expression":
            h, _ = self.host(right)
            if h and h != "self":
                self.fa.sink(self.ln(left), "script injected from", h, [], rule="ai-widget", kind="script")
        widget = self.fa.catalog.widget_globals.get(name.removeprefix("window."))
        if widget is None and "." in name:
            widget = self.fa.catalog.widget_globals.get(name.removeprefix("window.").split(".")[0])
        if widget is not None:
            self.fa.sink(self.ln(left), f"{name} (chat widget)", widget, traces, rule=None, kind="script")

    def module(self, source: ts.Node | None, node: ts.Node) -> None:
        mod = self.value(source)
        if (h := url_host(mod)) and self.fa.catalog.is_ai(h):
            self.fa.sink(self.ln(node), "module imported from", h, [], rule="ai-widget", kind="script")
        ready = self.fa.catalog.provider_instances.get(mod, {})
        for spec in walk(node) if ready and node.type == "import_statement" else []:
            if spec.type == "import_specifier" and (host := ready.get(text(spec.child_by_field_name("name")))):
                alias = spec.child_by_field_name("alias") or spec.child_by_field_name("name")
                self.instances[text(alias)] = host

    def call(self, node: ts.Node) -> None:
        callee = node.child_by_field_name("function")
        name = re.sub(r"\s+", "", text(callee))
        arg = args(node.child_by_field_name("arguments"))
        ln = self.ln(node)
        last = name.rsplit(".", 1)[-1]
        all_traces = merge(*(self.taint(a) for a in arg))
        if callee is not None and callee.type in ("identifier", "member_expression"):
            for i, a in enumerate(arg):
                self.fa.call(last, i, self.taint(a), ln)
        obj = callee.child_by_field_name("object") if callee is not None else None
        if last in ("push", "unshift") and obj is not None and obj.type == "identifier" and all_traces:
            self.fa.assign(text(obj), all_traces, ln)  # `list.push(x)`: the list now carries x
            self._cache.clear()
        if name == "require" and arg:
            return self.module(arg[0], node)
        if name in self.fa.catalog.constructors:
            return self.client(node, name, arg)
        root = js_nodes.root(callee)
        if root in self.instances and root not in self.fa.vars:
            what = f"{name}() of the ready-made {root} provider (AI SDK)"
            self.used_lines.add(ln)
            return self.fa.sink(ln, what, self.instances[root], all_traces, rule="ai-sdk-client")
        if (held := js_nodes.held(name, root, self.clients)) is not None:
            self.fa.sink(ln, f"{name}()", self.clients[held], all_traces, rule=None)
            return None
        if widget := self.fa.catalog.widget_globals.get(name.removeprefix("window.").split(".")[0]):
            self.fa.sink(ln, f"{name}() (chat widget)", widget, all_traces, rule=None, kind="script")
            return None
        if (chan := js_nodes.held(name, root, self.channels)) is not None and last in ("open", "send"):
            if last == "open" and len(arg) >= 2:
                h, setting = self.host(arg[1])
                self.channels[chan] = h or ""
                return self.request(ln, "XMLHttpRequest", h, setting, [], arg[1])
            if last == "send" and self.channels[chan]:
                self.fa.sink(ln, f"{chan}.send()", self.channels[chan], all_traces, rule=None)
            return None
        if HTTP_CALLS.match(name):
            target = arg[0] if arg else None
            if (
                target is not None
                and target.type == "string"
                and METHOD_NAMES.match(self.value(target))
                and len(arg) > 1
            ):
                target = arg[1]
            h, setting = self.host(target)
            if INSTANCE_FACTORIES.match(name) and h is not None and h != "self":
                self._last_client = (node.id, h)  # `const ai = axios.create({baseURL})`: ai.post() goes there
            if h is None and setting is not None and any(self.llm_shaped(a) for a in arg):
                what = f"{name}() sends a model request (model and messages) to the host in {setting}"
                self.fa.report("ai-endpoint", ln, f"{what}: an AI provider or router someone configures")
            return self.request(ln, f"{name}()", h, setting, all_traces, target)
        for a in arg:  # a URL handed to any other helper
            if a.type in ("string", "template_string", "identifier", "binary_expression", "member_expression"):
                h, _ = self.host(a)
                if h and self.fa.catalog.is_ai(h):
                    return self.request(ln, f"{name}()", h, None, all_traces, a)
        return None

    def llm_shaped(self, node: ts.Node) -> bool:
        """An object literal in ``node``, or held by a variable it names, shaped like a model request:
        ``model`` plus ``messages``/``prompt``/``input``/``contents``."""
        for n in walk(node):
            if n.type in ("identifier", "shorthand_property_identifier") and text(n) in self.llm_vars:
                return True
            if n.type == "object":
                keys = {text(p.child_by_field_name("key") or p).strip("'\"") for p in n.named_children}
                if "model" in keys and keys & {"messages", "prompt", "input", "contents"}:
                    return True
        return False

    def request(
        self, ln: int, what: str, h: str | None, setting: str | None, traces: list[Trace], target: ts.Node | None
    ) -> None:
        self.used_lines.add(ln)
        if target is not None:
            self.used_lines.add(self.ln(target))
        where = None
        if setting is not None:
            where = self.fa.settings.get(setting) or self.fa.step(ln, setting)
        self.fa.sink(ln, what, None if h == "self" and not where else h if h != "self" else None, traces, setting=where)

    def new(self, node: ts.Node) -> None:
        ctor = text(node.child_by_field_name("constructor"))
        arg = args(node.child_by_field_name("arguments"))
        if ctor in self.fa.catalog.constructors:
            self.client(node, ctor, arg)
        elif ctor in ("WebSocket", "EventSource") and arg:
            h, setting = self.host(arg[0])
            self._last_channel = (node.id, h if h and h != "self" else "")
            self.request(self.ln(node), f"new {ctor}()", h, setting, self.taint(arg[0]), arg[0])

    def client(self, node: ts.Node, name: str, arg: list[ts.Node]) -> None:
        host = self.fa.catalog.constructors[name]
        setting, configured = None, False
        opts = next((a for a in arg if a.type == "object"), None)
        for pair in opts.named_children if opts is not None else []:
            key = text(pair.child_by_field_name("key")).strip("'\"") if pair.type == "pair" else text(pair)
            if key in self.fa.catalog.base_url_keys:
                value = pair.child_by_field_name("value") if pair.type == "pair" else pair
                h, setting = self.host(value, bare=True)
                configured = setting is not None
                if h and h != "self":
                    host = h
                elif h == "self":
                    return  # pointed at the shop's own back end or the phigate gateway
                elif setting is None and value is not None:
                    setting = " ".join(text(value).split())[:60]  # no constant tells where it points
        ln = self.ln(node)
        self.used_lines.add(ln)
        self._last_client = (node.id, host)
        if not self.fa.catalog.is_ai(host) and self.fa.catalog.kind(host).value == "first-party":
            return
        # a base URL from a setting or the environment: a configurable endpoint, named where it is defined
        where = (self.fa.settings.get(setting) or self.fa.step(ln, setting)) if configured and setting else None
        label = f"{name} SDK client" + (f" (base URL from {setting})" if setting and where is None else "")
        rule = "ai-sdk-client" if self.fa.catalog.is_ai(host) else None
        if rule is None and setting is None:
            self.fa.report("ai-sdk-client", ln, f"{label} sends requests to {host} (an AI router or proxy)", host=host)
        self.fa.sink(ln, label, host, [], rule=rule, setting=where)

    def used(self, node: ts.Node) -> bool:
        """A string a recognised request used, or one inside a value it used (`new Request('https://…')`)."""
        up: ts.Node | None = node
        for _ in range(4):
            if up is None:
                return False
            if up.id in self.used_nodes:
                return True
            up = up.parent
        return False

    def leftover_literals(self, root: ts.Node) -> None:
        """AI provider URLs in strings that no recognised call used: a request made some other way."""
        reported = {f.line for f in self.fa.findings}
        for n in walk(root):
            if n.type not in ("string", "template_string") or self.used(n):
                continue
            if (ln := self.ln(n)) in reported or ln in self.used_lines:
                continue
            for h in self.fa.catalog.ai_hosts_in(self.value(n) if n.type == "string" else text(n)):
                self.fa.report(
                    "ai-endpoint", ln, f"URL of the AI provider {h} (passed on or called indirectly)", host=h
                )
                reported.add(ln)
                break

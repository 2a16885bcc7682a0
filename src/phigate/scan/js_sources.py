"""Where customer data enters JavaScript: request bodies, form fields, FormData and storage reads, the DOM,
Shopify's customer globals, and members of objects named like customers, patients or orders."""

from __future__ import annotations

import re

import tree_sitter as ts

from phigate.scan.categories import category

REQUEST = re.compile(r"^(?:req|request|ctx\.request|event|c\.req|context\.request)\.(?:body|query|params)(?:\.(\w+))?")
PERSONAL_OBJECT = re.compile(
    r"(?:^|\.)(?:customer|patient|user|order|checkout|intake|form|formData|values|profile|body|payload|fields)"
    r"(?:\.\w+)*\.(\w+)$",
    re.I,
)
DOM = re.compile(
    r"(?:getElementById|querySelector(?:All)?|getElementsByName|elements|\$|jQuery)\s*[(\[]\s*(['\"`])(.*?)\1"
)
NAME_ATTR = re.compile(r"""\[\s*name\s*[~|^$*]?=\s*(?:(['"])(.*?)\1|([\w-]+))""")
ID_OR_CLASS = re.compile(r"[#.]([\w-]+)\s*$")


def data_source(node: ts.Node, name: str) -> tuple[str, str] | None:
    """(category, label) when the expression ``name`` at ``node`` reads customer data, else None."""
    compact = re.sub(r"\s+", "", name)
    if m := REQUEST.match(compact):
        return category(m.group(1) or "") or "request_body", f"request body {compact[:60]}"
    if re.search(r"(?:request|req)\.(?:json|formData)\(\)$", compact):
        return "request_body", f"request body {compact[:60]}"
    if node.type == "new_expression" and compact.startswith("newFormData("):
        return "form", "form fields (FormData)"
    if compact.endswith((".value", ".valueAsDate", ".val()")) and (m := DOM.search(compact)):
        field = _field(m.group(2))
        if cat := category(field):
            return cat, f"form field {field}"
        return None
    if node.type == "call_expression":
        m = re.match(r"^(?:\w+\.)*(?:get|getItem|getAll)\(['\"`]([^'\"`]+)", compact.rsplit(".", 1)[-1])
        fn = compact.split("(", 1)[0]
        if m and re.search(
            r"(?:formData|fd|data|params|searchParams|storage|localStorage|sessionStorage|form)\.get", fn, re.I
        ):
            if cat := category(m.group(1)):
                return cat, f"{fn}('{m.group(1)}')"
        return None
    if re.search(r"(?:^|\.)Shopify\.customer|ShopifyAnalytics\.meta\.page\.customerId", compact):
        return category(compact.rsplit(".", 1)[-1]) or "customer", compact[:60]
    if node.type == "member_expression" and (m := PERSONAL_OBJECT.search(compact)):
        if (cat := category(m.group(1))) is not None:
            return cat, compact[:60]
    return None


def _field(selector: str) -> str:
    """The field a selector names: ``[name="dob"]`` -> dob, ``input#patient-dob`` -> patient-dob."""
    if m := NAME_ATTR.search(selector):
        return str(m.group(2) or m.group(3))
    if m := ID_OR_CLASS.search(selector):
        return m.group(1)
    return selector.strip()

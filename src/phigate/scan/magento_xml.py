"""Magento XML (di.xml, config.xml, system.xml, csp_whitelist.xml) with defusedxml: AI hosts in
configuration, and the config paths PHP code reads (their defaults and where the fields are defined).

XML comments are dropped by the parser, so commented-out configuration is never a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from phigate.scan.flows import FileAnalysis
from phigate.scan.hosts import bare_host, url_host
from phigate.scan.model import Step
from phigate.scan.php_getters import Getter


@dataclass
class MagentoConfig:
    """Config path -> (default value, where the field is defined), across the modules of one scan."""

    paths: dict[str, tuple[str, Step]] = field(default_factory=dict)
    virtual: dict[str, tuple[str, Step]] = field(default_factory=dict)  # di.xml virtualType -> (base_uri, where)
    objects: dict[str, str] = field(default_factory=dict)  # "Class::$argument" -> the type di.xml injects
    getters: dict[str, Getter] = field(default_factory=dict)  # PHP URL getter name -> its default URL

    def injected(self) -> dict[str, tuple[str, Step]]:
        """``Class::$argument`` -> (base URL, where): an HTTP client with a base_uri that di.xml injects."""
        return {key: self.virtual[vt] for key, vt in self.objects.items() if vt in self.virtual}

    def add(self, path: str, default: str | None, where: Step) -> None:
        old_default, old_where = self.paths.get(path, ("", where))
        self.paths[path] = (
            default if default is not None else old_default,
            old_where if "system.xml" in old_where.file and "system.xml" not in where.file else where,
        )


def _line(source: str, needle: str, start: int = 0) -> int:
    i = source.find(needle, start)
    return source.count("\n", 0, i) + 1 if i >= 0 else 1


def read_config(fa: FileAnalysis, source: str, config: MagentoConfig) -> str | None:
    """Collect config paths from config.xml defaults and system.xml fields (no findings here)."""
    try:
        root = ElementTree.fromstring(source)
    except Exception as exc:  # defusedxml raises its own errors for entity tricks; all mean "not readable"
        return f"{fa.rel}: XML did not parse ({type(exc).__name__})"
    name = fa.rel.rsplit("/", 1)[-1]
    if name == "config.xml":
        for default in root.iter("default"):
            for section in default:
                for group in section:
                    for fld in group:
                        path = f"{section.tag}/{group.tag}/{fld.tag}"
                        config.add(
                            path, (fld.text or "").strip(), fa.step(_line(source, f"<{fld.tag}"), f"config {path}")
                        )
    elif name == "di.xml":
        _read_di(fa, source, root, config)
    elif name == "system.xml":
        for section in root.iter("section"):
            for group in section.iter("group"):
                for fld in group.iter("field"):
                    path = f"{section.get('id')}/{group.get('id')}/{fld.get('id')}"
                    label = f"admin setting {path}"
                    config.add(path, None, fa.step(_line(source, f'id="{fld.get("id")}"'), label))
    return None


def _read_di(fa: FileAnalysis, source: str, root: Element, config: MagentoConfig) -> None:
    """Virtual types of HTTP clients with a ``base_uri``, and the constructor arguments they are injected into."""
    for vt in root.iter("virtualType"):
        for item in vt.iter("item"):
            if item.get("name") == "base_uri" and (url := (item.text or "").strip()):
                where = fa.step(_line(source, url), f"base_uri of {vt.get('name')} (di.xml)")
                config.virtual[vt.get("name", "")] = (url, where)
    for target in [*root.iter("type"), *root.iter("virtualType")]:
        for argument in target.iter("argument"):
            if argument.get(XSI_TYPE) == "object" and (obj := (argument.text or "").strip()):
                config.objects[f"{target.get('name', '').lstrip(chr(92))}::${argument.get('name')}"] = obj.lstrip("\\")


XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"


def analyze(fa: FileAnalysis, source: str) -> str | None:
    """AI provider hosts anywhere in values or attributes; CSP allow-list entries for them."""
    try:
        root = ElementTree.fromstring(source)
    except Exception as exc:
        return f"{fa.rel}: XML did not parse ({type(exc).__name__})"
    csp = fa.rel.endswith("csp_whitelist.xml")
    seen: set[tuple[int, str]] = set()
    for el in _iter(root):
        values = [(el.text or "").strip(), *el.attrib.values()]
        for value in values:
            if not value:
                continue
            host = url_host(value) or (
                bare_host(value) if csp or re.match(r"^[\w.-]+\.[a-z]{2,}(/|$)", value) else None
            )
            if host is not None and csp and value.startswith("*."):
                host = "*." + host  # a wildcard entry: AI when it covers some provider host
            if host is None:
                continue
            if not fa.catalog.is_ai(host):
                if csp and el.tag == "value" and el.get("type", "host") == "host":
                    fa.hosts.setdefault(f"kept:{_policy(root, el)}", set()).add(host)
                continue
            ln = _line(source, value)
            if (ln, host) in seen:
                continue
            seen.add((ln, host))
            what = "CSP allow-list entry" if csp else f"<{el.tag}> value"
            fa.report("ai-endpoint-config", ln, f"{what} names the AI provider {host}", host=host)
            fa.hosts[
                "script" if csp and el.get("type") == "host" and _policy(root, el) == "script-src" else "connect"
            ].add(host)
    return None


def _iter(root: Element) -> list[Element]:
    return list(root.iter())


def _policy(root: Element, target: Element) -> str:
    for policy in root.iter("policy"):
        if any(v is target for v in policy.iter()):
            return policy.get("id", "")
    return ""

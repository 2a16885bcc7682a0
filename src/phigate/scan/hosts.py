"""Which hosts a URL goes to and who they are: external AI, first party, or another third party.

The AI provider list is the gateway's egress catalog (``phigate/data/ai_providers.txt``), so the scanner
and the gateway never disagree about what an AI provider is. SDK defaults live in ``sdks.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from importlib import resources
from typing import Any

import yaml

from phigate.backends.egress import ProviderCatalog

# First-party: the platform the shop runs on, and the shop's own gateway.
PLATFORM_HOSTS = (
    "shopify.com",
    "myshopify.com",
    "shopifycdn.com",
    "shopifysvc.com",
    "shopifycloud.com",
    "shop.app",
    "magento.com",
    "magento-opensource.com",
    "adobe.io",
    "localhost",
    "phigate",
    "phigate.local",
)
_LOCAL_SUFFIXES = (".local", ".internal", ".localhost", ".test", ".example", ".invalid")

URL_RE = re.compile(
    r"""(?:(?:https?|wss?):)?//([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+|localhost|\[[0-9a-fA-F:]+\])(?::\d+)?"""
)
BARE_HOST_RE = re.compile(
    r"^(?:\*\.)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?::\d+)?(?:/\S*)?$", re.I
)
_IP_RE = re.compile(r"^(?:\d{1,3}\.){3}\d{1,3}$")


class Kind(StrEnum):
    ai = "ai"
    first_party = "first-party"
    third_party = "third-party"


def url_host(text: str) -> str | None:
    """The host of the first absolute URL in ``text`` (``https://``, ``wss://`` or ``//``), lower-case."""
    m = URL_RE.search(text)
    return m.group(1).lower().strip("[]") if m else None


def bare_host(text: str) -> str | None:
    """A host written without a scheme (``api.openai.com``, ``openrouter.ai/api/v1``), or None."""
    m = BARE_HOST_RE.match(text.strip())
    if not m or "." not in m.group(1) or m.group(1).rsplit(".", 1)[-1].isdigit():
        return None
    return m.group(1).lower()


@dataclass(frozen=True)
class HostCatalog:
    """Classifies hosts; ``first_party`` adds the shop's own domains (and their sub-domains)."""

    providers: ProviderCatalog
    sdks: dict[str, Any]
    first_party: tuple[str, ...] = ()
    ai_patterns: tuple[str, ...] = ()  # the catalog's lines, to tell whether a wildcard covers an AI host

    @classmethod
    def packaged(cls, first_party: tuple[str, ...] = ()) -> HostCatalog:
        text = resources.files("phigate.scan").joinpath("sdks.yaml").read_text("utf-8")
        catalog = resources.files("phigate.data").joinpath("ai_providers.txt").read_text("utf-8")
        patterns = tuple(p for line in catalog.splitlines() if (p := line.split("#", 1)[0].strip().lower()))
        return cls(
            ProviderCatalog.from_text(catalog),
            yaml.safe_load(text),
            tuple(d.lower().strip(".") for d in first_party),
            patterns,
        )

    def covers_ai(self, wildcard: str) -> bool:
        """Whether a CSP wildcard such as ``*.anthropic.com`` allows some AI provider host."""
        suffix = wildcard.lower().removeprefix("*.").rstrip(".")
        if self.providers.match(suffix) is not None:
            return True
        return any(
            (base := p.removeprefix("*.")) == suffix or base.endswith("." + suffix) for p in self.ai_patterns
        )

    def kind(self, host: str) -> Kind:
        host = host.lower().rstrip(".")
        if host.startswith("*."):
            if self.covers_ai(host):
                return Kind.ai
            host = host[2:]
        if self.providers.match(host) is not None:
            return Kind.ai
        if _IP_RE.match(host) or ":" in host:
            return Kind.first_party if host.startswith(("127.", "10.", "192.168.", "::1")) else Kind.third_party
        for domain in (*PLATFORM_HOSTS, *self.first_party):
            if host == domain or host.endswith("." + domain):
                return Kind.first_party
        if host.endswith(_LOCAL_SUFFIXES) or "." not in host:
            return Kind.first_party
        return Kind.third_party

    def is_ai(self, host: str) -> bool:
        return self.kind(host) is Kind.ai

    @cached_property
    def constructors(self) -> dict[str, str]:
        return dict(self.sdks["constructors"])

    @cached_property
    def modules(self) -> dict[str, str]:
        return dict(self.sdks["modules"])

    @cached_property
    def provider_instances(self) -> dict[str, dict[str, str]]:
        return {m: dict(names) for m, names in self.sdks["provider_instances"].items()}

    @cached_property
    def litellm_prefixes(self) -> dict[str, str]:
        return dict(self.sdks["litellm_prefixes"])

    def constructor_host(self, name: str) -> str | None:
        """The default host of an SDK class or factory; Python's ``Async*`` twins share their sync class's."""
        return self.constructors.get(name) or (self.constructors.get(name[5:]) if name.startswith("Async") else None)

    @cached_property
    def widget_globals(self) -> dict[str, str]:
        return dict(self.sdks["widget_globals"])

    @cached_property
    def base_url_keys(self) -> frozenset[str]:
        return frozenset(self.sdks["base_url_keys"])

    def package_host(self, ecosystem: str, name: str) -> str | None:
        hosts: dict[str, str] = self.sdks["packages"][ecosystem]
        return hosts.get(name.lower()) or hosts.get(name)

    def ai_hosts_in(self, text: str) -> list[str]:
        """Every AI provider host named in ``text`` as a URL."""
        return [h for m in URL_RE.finditer(text) if self.is_ai(h := m.group(1).lower())]

"""The egress allow-list: where the gateway may open connections, checked on names and on resolved addresses.

Rules, in order (``EgressPolicy.check_host`` then the resolved addresses):

1. An IP literal must lie inside a network in ``egress.allow``.
2. A host granted under ``egress.providers`` (exact name) is an external provider call: any address, and
   the decision carries its region. A host that matches the packaged AI-provider catalog without such a
   grant is refused, even if an ``allow`` wildcard names it or it resolves to a private address.
3. A host listed in ``allow`` by name (``vllm.internal`` or ``*.internal``) is trusted at any address.
4. Any other name is allowed only if EVERY address it resolves to lies in an allowed network; one outside
   address refuses the host (DNS-rebinding defence). ``localhost`` gets no special case.

Wiring for upstream HTTP calls::

    connector = aiohttp.TCPConnector(resolver=EgressResolver(policy))
    session = aiohttp.ClientSession(connector=connector)   # trust_env stays False: no env proxies
    await policy.check_url(url)                            # per request: covers IP literals
    await session.post(url, ..., allow_redirects=False)    # a redirect would skip the per-request check

``EgressResolver`` re-checks the address aiohttp is about to connect to, so a name that resolved to a
private address at config load and to a public one now is refused at connect time. aiohttp never calls a
resolver for IP-literal hosts, hence the per-request ``check_url``.

Catching a connect-time denial: with aiohttp 3.14 the ``EgressDenied`` raised in the resolver reaches
the caller unchanged (aiohttp only wraps ``OSError`` into ``ClientConnectorDNSError``). Other versions may
wrap it; ``egress_denial(exc)`` finds it through ``__cause__``, ``__context__`` and ``os_error``::

    try:
        async with session.get(url) as resp: ...
    except Exception as exc:
        if (denied := egress_denial(exc)) is not None:
            raise denied from exc          # -> 403 egress_denied
        raise

Denial messages name the host, the address and the entry that would permit it, never a URL path or
query string (those could carry patient data).
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from phigate.errors import ConfigError, EgressDenied, UpstreamError
from phigate.policy import EgressSpec

__all__ = [
    "Decision",
    "EgressPolicy",
    "EgressResolver",
    "ProviderCatalog",
    "Resolve",
    "egress_denial",
    "system_resolve",
]

Resolve = Callable[[str, int], Awaitable[list[str]]]
"""``(host, port) -> IP address strings``; raises ``OSError`` when the name does not resolve."""

_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?")
_PATTERN_LABEL = re.compile(r"[a-z0-9_*-]+")
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]{0,15}")


async def system_resolve(host: str, port: int) -> list[str]:
    """The operating system's resolver, without blocking the event loop."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _normalize(host: str) -> str:
    """Lower-case, without IPv6 brackets or the trailing dot of a fully qualified name."""
    host = host.strip().lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host.rstrip(".")


def _ip_literal(host: str) -> _IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _effective(ip: _IPAddress) -> _IPAddress:
    """The address a connection really goes to: ``::ffff:a.b.c.d`` connects to ``a.b.c.d``."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def _fix(ip: _IPAddress) -> str:
    """The allow entry that would permit ``ip``."""
    ip = _effective(ip)
    return f"'{ip}/{ip.max_prefixlen}' (or a network containing it)"


def _is_host_name(name: str) -> bool:
    labels = name.split(".")
    return all(_LABEL.fullmatch(label) for label in labels) and not labels[-1].isdigit()


class ProviderCatalog:
    """Host patterns of external AI providers and chat-widget vendors (see ``data/ai_providers.txt``)."""

    def __init__(self, patterns: Iterable[str]) -> None:
        exact: set[str] = set()
        wildcards: list[str] = []
        for raw in patterns:
            pattern = _normalize(raw)
            labels = pattern.split(".")
            if len(labels) < 2 or not all(_PATTERN_LABEL.fullmatch(label) for label in labels):
                raise ConfigError(f"provider catalog pattern {raw!r} is not a host pattern")
            if "*" in pattern:
                wildcards.append(pattern)
            else:
                exact.add(pattern)
        self._exact = frozenset(exact)
        self._wildcards = tuple(dict.fromkeys(wildcards))
        # One alternation; the name of the group that matched says which pattern it was.
        alternatives = [f"(?P<p{i}>{self._regex(p)})" for i, p in enumerate(self._wildcards)]
        self._regex_all = re.compile("|".join(alternatives)) if alternatives else None

    @staticmethod
    def _regex(pattern: str) -> str:
        prefix = ""
        if pattern.startswith("*."):
            prefix, pattern = r"(?:[^.]+\.)+", pattern[2:]
        return prefix + r"\.".join(re.escape(label).replace(r"\*", "[^.]+") for label in pattern.split("."))

    @classmethod
    def from_text(cls, text: str) -> ProviderCatalog:
        """One pattern per line; ``#`` starts a comment."""
        lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
        return cls(line for line in lines if line)

    @classmethod
    def packaged(cls) -> ProviderCatalog:
        """The catalog shipped with phigate."""
        return cls.from_text(resources.files("phigate.data").joinpath("ai_providers.txt").read_text("utf-8"))

    def __len__(self) -> int:
        return len(self._exact) + len(self._wildcards)

    def match(self, host: str) -> str | None:
        """The catalog pattern ``host`` matches, or None."""
        name = _normalize(host)
        if name in self._exact:
            return name
        if self._regex_all is not None and (m := self._regex_all.fullmatch(name)) is not None:
            assert m.lastgroup is not None
            return self._wildcards[int(m.lastgroup[1:])]
        return None


@dataclass(frozen=True, slots=True)
class Decision:
    """Egress to ``host`` is allowed; ``provider`` marks an external provider call (counted in metrics)."""

    host: str
    region: str | None = None
    provider: bool = False


class EgressPolicy:
    """Decides whether the gateway may connect to a host; see the module docstring for the rules."""

    def __init__(
        self,
        allow: Sequence[str],
        providers: Mapping[str, str],
        catalog: ProviderCatalog,
        resolve: Resolve | None = None,
    ) -> None:
        networks: list[_IPNetwork] = []
        names: set[str] = set()
        suffixes: set[str] = set()
        for entry in allow:
            kind, value = _parse_allow(entry)
            if isinstance(value, str):
                (names if kind == "name" else suffixes).add(value)
            else:
                networks.append(value)
        self._networks = tuple(networks)
        self._names = frozenset(names)
        self._suffixes = tuple(sorted(suffixes))
        self._providers: dict[str, str] = {}
        for host, region in providers.items():
            name = _normalize(host)
            if not _is_host_name(name):
                raise ConfigError(f"egress.providers host {host!r} is not a host name")
            if not region.strip():
                raise ConfigError(f"egress.providers host {host!r} needs a region")
            self._providers[name] = region
        self._catalog = catalog
        self._resolve = resolve or system_resolve

    @classmethod
    def from_spec(
        cls, spec: EgressSpec, catalog: ProviderCatalog | None = None, resolve: Resolve | None = None
    ) -> EgressPolicy:
        """Build from the policy file's ``egress`` section; the packaged catalog by default."""
        providers: dict[str, str] = {}
        for grant in spec.providers:
            name = _normalize(grant.host)
            if providers.setdefault(name, grant.region) != grant.region:
                raise ConfigError(f"egress.providers names {grant.host!r} twice with different regions")
        return cls(spec.allow, providers, catalog if catalog is not None else ProviderCatalog.packaged(), resolve)

    def check_host(self, host: str) -> Decision | None:
        """Decide without DNS: IP literals, provider hosts, names listed by name. None: it depends on DNS."""
        name = _normalize(host)
        if not name:
            raise EgressDenied("egress refused: the URL names no host")
        ip = _ip_literal(name)
        if ip is not None:
            if self._permits(ip):
                return Decision(name)
            raise EgressDenied(
                f"egress to {name} refused: the address is outside every network in egress.allow; "
                f"to permit it add {_fix(ip)} to egress.allow"
            )
        region = self._providers.get(name)
        if region is not None:
            return Decision(name, region, provider=True)
        pattern = self._catalog.match(name)
        if pattern is not None:
            raise EgressDenied(
                f"egress to {name!r} refused: it is an external AI provider host (catalog pattern "
                f"{pattern!r}) that the policy does not grant; to permit it add "
                f"{{host: {name}, region: <region>}} to egress.providers"
            )
        if name in self._names or name.endswith(self._suffixes):
            return Decision(name)
        return None

    async def resolve(self, host: str, port: int) -> tuple[Decision, list[str]]:
        """Check ``host``, resolve it and check what it resolved to; the addresses are safe to connect to.

        Raises ``EgressDenied``, or ``OSError`` when the name does not resolve.
        """
        decision = self.check_host(host)
        name = _normalize(host)
        if decision is not None and _ip_literal(name) is not None:
            return decision, [name]
        addresses = list(dict.fromkeys(await self._resolve(host.strip("[]"), port)))
        if not addresses:
            raise OSError(f"{name!r} resolved to no addresses")
        if decision is not None:
            return decision, addresses
        refused = [a for a in addresses if (ip := _ip_literal(a)) is None or not self._permits(ip)]
        if refused:
            first = _ip_literal(refused[0])
            fix = _fix(first) if first else "its network"
            raise EgressDenied(
                f"egress to {name!r} refused: it resolves to {', '.join(refused)}, outside every network "
                f"in egress.allow (every address must be allowed); to permit it add {fix} to egress.allow, "
                f"or list {name!r} there by name"
            )
        return Decision(name), addresses

    async def check_url(self, url: str) -> Decision:
        """Check an upstream URL (http or https only), resolving its host when the answer depends on DNS.

        Raises ``EgressDenied``, or ``UpstreamError`` when the host does not resolve.
        """
        host, port = _host_port(url)
        try:
            return self.check_host(host) or (await self.resolve(host, port))[0]
        except OSError as exc:
            raise UpstreamError(f"cannot resolve {_normalize(host)!r}: {exc.strerror or exc}") from exc

    async def preflight(self, url: str) -> Decision | None:
        """``check_url`` for config load: None when DNS fails (log a warning); refusals still raise."""
        try:
            return await self.check_url(url)
        except UpstreamError:
            return None

    def _permits(self, ip: _IPAddress) -> bool:
        ip = _effective(ip)
        return any(ip in network for network in self._networks)


def _parse_allow(entry: str) -> tuple[str, _IPNetwork | str]:
    """``("network", net)``, ``("name", host)`` or ``("suffix", ".parent")`` for one allow entry."""
    value = _normalize(entry)
    if not value:
        raise ConfigError(f"egress.allow entry {entry!r} is empty")
    if "/" in value or ":" in value or re.fullmatch(r"[0-9.]+", value):
        try:
            return "network", ipaddress.ip_network(value, strict=True)
        except ValueError as exc:
            raise ConfigError(f"egress.allow entry {entry!r} is not a valid IP address or network: {exc}") from exc
    if value.startswith("*.") and _is_host_name(value[2:]):
        return "suffix", value[1:]
    if _is_host_name(value):
        return "name", value
    raise ConfigError(
        f"egress.allow entry {entry!r} is not a CIDR network, IP address, host name or '*.parent' wildcard"
    )


def _host_port(url: str) -> tuple[str, int]:
    """Host and port of an http(s) URL; errors never echo the URL, whose path may carry data."""
    try:
        parsed = URL(url)
        scheme, host, port = parsed.scheme.lower(), parsed.raw_host, parsed.port
    except (TypeError, ValueError) as exc:
        raise EgressDenied("egress refused: the upstream URL is not a valid URL") from exc
    if scheme not in ("http", "https"):
        shown = repr(scheme) if _SCHEME.fullmatch(scheme) else "that"
        raise EgressDenied(f"egress refused: scheme {shown} is not allowed, only http and https")
    if not host or port is None:
        raise EgressDenied("egress refused: the upstream URL names no host")
    return host, port


def egress_denial(exc: BaseException) -> EgressDenied | None:
    """The ``EgressDenied`` behind an exception aiohttp may have wrapped it in, or None."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, EgressDenied):
            return current
        stack += [current.__cause__, current.__context__, getattr(current, "os_error", None)]
    return None


class EgressResolver(AbstractResolver):
    """aiohttp resolver that checks addresses at connect time; it never returns a disallowed address."""

    def __init__(self, policy: EgressPolicy) -> None:
        self._policy = policy

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """Resolve and check ``host``; raises ``EgressDenied``, or ``OSError`` when it does not resolve."""
        _, addresses = await self._policy.resolve(host, port)
        results: list[ResolveResult] = []
        for address in addresses:
            ip = _ip_literal(address)
            if ip is None:
                raise EgressDenied(f"egress to {_normalize(host)!r} refused: the resolver returned a non-address")
            found = socket.AF_INET if ip.version == 4 else socket.AF_INET6
            if family in (socket.AF_UNSPEC, found):
                results.append(
                    ResolveResult(
                        hostname=host,
                        host=address,
                        port=port,
                        family=found,
                        proto=0,
                        flags=socket.AI_NUMERICHOST | socket.AI_NUMERICSERV,
                    )
                )
        if not results:
            raise OSError(f"{_normalize(host)!r} has no {family.name} address")
        return results

    async def close(self) -> None:
        """Nothing to release: the policy's resolve callable owns no resources."""

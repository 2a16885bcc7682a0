"""Prometheus metrics, one registry per gateway (no global state): requests, latency, tokens,
refusals by code, egress denials and calls to external providers. Labels never carry message text."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self._requests = Counter(
            "phigate_requests", "HTTP requests by route and status.", ["route", "status"], registry=r
        )
        self._latency = Histogram(
            "phigate_request_seconds", "Time to the full response, by route.", ["route"], buckets=_BUCKETS, registry=r
        )
        self._tokens = Counter(
            "phigate_tokens", "Tokens by app, model and direction.", ["app", "model", "kind"], registry=r
        )
        self._refusals = Counter("phigate_refusals", "Refused requests by error code.", ["code"], registry=r)
        self._egress_denied = Counter(
            "phigate_egress_denials", "Connections refused by the egress allow-list.", registry=r
        )
        self._external = Counter(
            "phigate_external_calls", "Calls to granted external AI providers.", ["host", "region"], registry=r
        )
        # Children cached by label values: the labelled lookup costs more than the increment.
        self._request_children: dict[tuple[str, int], Counter] = {}
        self._latency_children: dict[str, Histogram] = {}

    def request(self, route: str, status: int, seconds: float) -> None:
        key = (route, status)
        child = self._request_children.get(key)
        if child is None:
            child = self._request_children[key] = self._requests.labels(route, str(status))
        child.inc()
        hist = self._latency_children.get(route)
        if hist is None:
            hist = self._latency_children[route] = self._latency.labels(route)
        hist.observe(seconds)

    def tokens(self, app: str, model: str, usage: dict[str, int]) -> None:
        for kind in ("prompt_tokens", "completion_tokens"):
            if usage.get(kind):
                self._tokens.labels(app, model, kind.removesuffix("_tokens")).inc(usage[kind])

    def refusal(self, code: str) -> None:
        self._refusals.labels(code).inc()

    def egress_denied(self) -> None:
        self._egress_denied.inc()

    def external_call(self, host: str, region: str) -> None:
        self._external.labels(host, region).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)

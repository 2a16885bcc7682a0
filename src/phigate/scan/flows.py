"""Taint tracking shared by the language analysers: traces of customer data and the sinks they reach.

A ``Trace`` is one piece of customer data on its way: its category and the steps it took (the first step
is the source). Analysers record assignments and calls into a ``FileAnalysis``; when a trace reaches a
sink the analysis reports a flow. Function parameters carry *marker* traces, so a function that sends
its parameter to an AI host gets a summary, and a call that passes customer data to that parameter is a
flow through a function argument (in any order of definition and call). Include/render edges between
files are linked the same way by the scanner.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from phigate.scan.hosts import HostCatalog, Kind
from phigate.scan.model import Finding, Flow, Step
from phigate.scan.rules import Rules

MAX_STEPS = 8
MAX_TRACES = 12
PARAM = "param:"


@dataclass(frozen=True, slots=True)
class Trace:
    category: str
    steps: tuple[Step, ...]

    @property
    def is_param(self) -> bool:
        return self.category.startswith(PARAM)

    def then(self, step: Step) -> Trace:
        if self.steps[-1] == step or len(self.steps) >= MAX_STEPS:
            return self
        return Trace(self.category, (*self.steps, step))


def merge(*groups: Iterable[Trace]) -> list[Trace]:
    """The union of trace groups, one trace per (category, source), at most ``MAX_TRACES``.

    The cap keeps minified bundles (thousands of functions reusing the parameter name ``e``) linear.
    """
    seen: dict[tuple[str, Step], Trace] = {}
    for group in groups:
        for t in group:
            if len(seen) >= MAX_TRACES:
                return list(seen.values())
            seen.setdefault((t.category, t.steps[0]), t)
    return list(seen.values())


@dataclass(frozen=True, slots=True)
class Summary:
    """Parameter ``index`` of a function reaches ``sink`` (host may be None: a configurable endpoint)."""

    index: int
    prefix: tuple[Step, ...]
    sink: Step
    host: str


@dataclass
class FileAnalysis:
    """The state of one file's analysis, and the findings it produced."""

    rel: str
    surface: str
    catalog: HostCatalog
    rules: Rules
    findings: list[Finding] = field(default_factory=list)
    vars: dict[str, list[Trace]] = field(default_factory=dict)
    consts: dict[str, str] = field(default_factory=dict)
    settings: dict[str, Step] = field(default_factory=dict)  # variable -> where its (configurable) value is defined
    summaries: dict[str, list[Summary]] = field(default_factory=dict)
    calls: list[tuple[str, int, list[Trace], Step]] = field(default_factory=list)
    hosts: dict[str, set[str]] = field(default_factory=lambda: {"connect": set(), "script": set()})

    def step(self, line: int, label: str) -> Step:
        return Step(self.rel, line, label)

    def source(self, category: str, line: int, label: str) -> Trace:
        return Trace(category, (self.step(line, label),))

    def param_trace(self, func: str, index: int, name: str, line: int) -> Trace:
        return Trace(f"{PARAM}{func}:{index}", (self.step(line, f"parameter {name} of {func}()"),))

    def assign(self, name: str, traces: list[Trace], line: int) -> None:
        if traces:
            step = self.step(line, f"assigned to {name}")
            self.vars[name] = merge(self.vars.get(name, []), (t.then(step) for t in traces))

    def report(
        self,
        rule: str,
        line: int,
        message: str,
        *,
        host: str | None = None,
        data: tuple[str, ...] = (),
        flow: Flow | None = None,
        file: str | None = None,
        **extra: str,
    ) -> None:
        finding = Finding(
            rule, self.rules[rule].severity, file or self.rel, line, message, host, data, flow, self.surface
        )
        finding.extra.update(extra)
        self.findings.append(finding)

    def sink(
        self,
        line: int,
        what: str,
        host: str | None,
        traces: list[Trace],
        *,
        rule: str | None = "ai-endpoint",
        setting: Step | None = None,
        kind: str = "connect",
    ) -> None:
        """A request to ``host`` made at ``line`` carrying ``traces``; reports the call and its flows."""
        if host is None:
            if setting is not None:
                self.report(
                    "configurable-endpoint",
                    line,
                    f"{what} goes to a host taken from {setting.label} ({setting.file}:{setting.line}); review it",
                    host=None,
                    setting=f"{setting.file}:{setting.line}",
                )
                host = f"<{setting.label}>"
            else:
                return
        elif setting is not None:
            self.report("configurable-endpoint", line,
                        f"{what} goes to {host} by default; the host is taken from {setting.label} "
                        f"({setting.file}:{setting.line}); review it", host=host,
                        setting=f"{setting.file}:{setting.line}")  # fmt: skip
        hk = self.catalog.kind(host) if not host.startswith("<") else Kind.third_party
        if hk is Kind.first_party:
            return
        self.hosts[kind].add(host) if not host.startswith("<") else None
        sink = self.step(line, f"{what} to {host}")
        if hk is Kind.ai and rule == "ai-widget":
            self.report(rule, line, f"{what} {host}: an AI vendor's widget", host=host)
        elif hk is Kind.ai and rule is not None:
            self.report(rule, line, f"{what} sends data to the AI provider {host}", host=host)
        by_source: dict[Step, list[Trace]] = {}
        for t in traces:
            if t.is_param:
                func, index = t.category[len(PARAM) :].rsplit(":", 1)
                self.summaries.setdefault(func, []).append(Summary(int(index), t.steps[1:], sink, host))
            else:
                by_source.setdefault(t.steps[0], []).append(t)
        for group in by_source.values():
            self.flow(group, sink, host, hk is Kind.ai)

    def flow(self, group: list[Trace], sink: Step, host: str, ai: bool, extra: tuple[Step, ...] = ()) -> None:
        cats = tuple(sorted({t.category for t in group}))
        longest = max(group, key=lambda t: len(t.steps))
        flow = Flow(longest.steps[0], (*longest.steps[1:], *extra), sink, cats, host, ai)
        rule = "phi-to-ai" if ai else "phi-to-third-party"
        who = "the AI provider" if ai else "the third party"
        self.report(
            rule,
            sink.line,
            f"{', '.join(cats)} from {flow.source.label} ({flow.source.file}:{flow.source.line}) reaches {who} {host}",
            host=host,
            data=cats,
            flow=flow,
            file=sink.file,
        )

    def call(self, func: str, index: int, traces: list[Trace], line: int) -> None:
        if traces:
            self.calls.append((func, index, traces, self.step(line, f"argument {index + 1} of {func}()")))

    def finish(self) -> None:
        """Link calls that pass customer data to parameters whose summaries reach a sink.

        A call that passes a parameter of its own function on (``function ask(q) { send(q) }``, or a snippet
        variable in ``send("{{ mail }}")``) gives that function a summary too; repeated until nothing new."""
        done: set[tuple[Step, Step]] = set()
        for _ in range(MAX_STEPS):
            grew = False
            for func, index, traces, call_step in self.calls:
                for summary in list(self.summaries.get(func, [])):
                    if summary.index != index:
                        continue
                    for t in traces:
                        if t.is_param:
                            grew |= self._pass_on(t, call_step, summary)
                            continue
                        if (t.steps[0], summary.sink) in done:
                            continue
                        done.add((t.steps[0], summary.sink))
                        ai = not summary.host.startswith("<") and self.catalog.is_ai(summary.host)
                        self.flow([t.then(call_step)], summary.sink, summary.host, ai, summary.prefix)
            if not grew:
                return

    def _pass_on(self, t: Trace, call_step: Step, summary: Summary) -> bool:
        """Parameter trace ``t`` handed to a function with ``summary``: its own function reaches that sink."""
        func, index = t.category[len(PARAM) :].rsplit(":", 1)
        have = self.summaries.setdefault(func, [])
        if any(s.sink == summary.sink and s.index == int(index) for s in have):
            return False
        have.append(
            Summary(int(index), (*t.steps[1:], call_step, *summary.prefix)[:MAX_STEPS], summary.sink, summary.host)
        )
        return True

"""What the scanner reports: findings, and data flows as source → steps → sink."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("critical", "high", "medium", "low")


def severity_rank(severity: str) -> int:
    """0 for critical, 3 for low: smaller is worse."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True, slots=True)
class Step:
    """One place a value passes through: a source, an assignment, an argument, an include, a sink."""

    file: str
    line: int
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "label": self.label}


@dataclass(frozen=True, slots=True)
class Flow:
    """Customer or patient data (``categories``) travelling from ``source`` to an external ``sink``."""

    source: Step
    steps: tuple[Step, ...]
    sink: Step
    categories: tuple[str, ...]
    host: str
    ai: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict(),
            "steps": [s.to_dict() for s in self.steps],
            "sink": self.sink.to_dict(),
            "data": list(self.categories),
            "host": self.host,
            "ai": self.ai,
        }


@dataclass(slots=True)
class Finding:
    """One rule match at one line."""

    rule: str
    severity: str
    file: str
    line: int
    message: str
    host: str | None = None
    data: tuple[str, ...] = ()
    flow: Flow | None = None
    surface: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, int, str | None, tuple[str, ...]]:
        return (self.rule, self.file, self.line, self.host, self.data)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity,
            "file": self.file,
            "line": self.line,
            "host": self.host,
            "data": list(self.data),
            "message": self.message,
        }
        if self.surface:
            out["surface"] = self.surface
        if self.flow is not None:
            out["flow"] = self.flow.to_dict()
        out.update(self.extra)
        return out


@dataclass(slots=True)
class ScanResult:
    """Everything one scan found, plus the files it could not parse and the external hosts it saw."""

    root: str
    files: int = 0
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    hosts: dict[str, set[str]] = field(default_factory=dict)  # kind ("connect"|"script") -> hosts
    seconds: float = 0.0

    @property
    def flows(self) -> list[Flow]:
        return [f.flow for f in self.findings if f.flow is not None]

    def to_dict(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "files": self.files,
            "seconds": round(self.seconds, 3),
            "findings": [f.to_dict() for f in self.findings],
            "flows": [f.to_dict() for f in self.flows],
            "warnings": list(self.warnings),
        }

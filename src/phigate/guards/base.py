"""Guards: small classes with one verdict method, found through a registry and configured per app.

A guard looks at one text (a user message, or content the caller marks as retrieved or tool output) and
returns a ``Verdict``; what happens next (block, redact, flag, off) is the app's policy, not the guard's.
A verdict's ``reason`` names the signals that fired and never quotes the text, so it is safe to audit.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar, Literal

from phigate.errors import ConfigError

Role = Literal["user", "tool"]
ROLES: tuple[Role, ...] = ("user", "tool")


class Action(StrEnum):
    """What the gateway does when a guard triggers; ``allow`` is reported when it did not."""

    block = "block"
    redact = "redact"
    flag = "flag"
    off = "off"
    allow = "allow"


@dataclass(frozen=True, slots=True)
class Verdict:
    """One guard's finding on one text: a score in [0, 1] and whether it crossed the guard's threshold."""

    guard: str
    score: float
    triggered: bool
    reason: str = ""

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score must lie in [0, 1], got {self.score}")


class Guard(ABC):
    """An input guard. Subclasses set ``name`` and the actions they support, and implement ``check``."""

    name: ClassVar[str]
    default_action: ClassVar[Action] = Action.block
    actions: ClassVar[frozenset[Action]] = frozenset({Action.block, Action.flag, Action.off})

    @abstractmethod
    def check(self, text: str, *, role: Role = "user") -> Verdict:
        """Judge ``text``; ``role="tool"`` marks retrieved or tool content, judged more strictly."""

    def decide(self, verdict: Verdict, action: Action | None = None) -> Action:
        """The action the policy takes on ``verdict``: the configured one if it triggered, else ``allow``."""
        chosen = action or self.default_action
        if chosen not in self.actions:
            raise ConfigError(f"guard {self.name!r} does not support action {chosen.value!r}")
        if chosen is Action.off or not verdict.triggered:
            return Action.allow
        return chosen


class GuardRegistry:
    """Guard classes by name. ``default_registry()`` builds one with the built-in guards; apps may add theirs."""

    def __init__(self) -> None:
        self._guards: dict[str, type[Guard]] = {}

    def add(self, cls: type[Guard]) -> type[Guard]:
        """Register ``cls`` under its ``name``; usable as a class decorator."""
        if cls.name in self._guards and self._guards[cls.name] is not cls:
            raise ConfigError(f"a guard named {cls.name!r} is already registered")
        self._guards[cls.name] = cls
        return cls

    def get(self, name: str) -> type[Guard]:
        try:
            return self._guards[name]
        except KeyError:
            known = ", ".join(sorted(self._guards)) or "none"
            raise ConfigError(f"unknown guard {name!r}; known: {known}") from None

    def names(self) -> list[str]:
        return sorted(self._guards)

    def __iter__(self) -> Iterator[type[Guard]]:
        return iter(self._guards[n] for n in self.names())

    def __len__(self) -> int:
        return len(self._guards)


def default_registry() -> GuardRegistry:
    """A fresh registry holding the built-in input guards (imported here so that importing base stays cheap)."""
    from phigate.guards.injection import InjectionGuard

    registry = GuardRegistry()
    registry.add(InjectionGuard)
    return registry

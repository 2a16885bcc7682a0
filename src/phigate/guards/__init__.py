"""Input guards: prompt injection and jailbreak detection (more to come), each one class with one verdict method."""

from phigate.guards.base import Action, Guard, GuardRegistry, Role, Verdict, default_registry
from phigate.guards.injection import InjectionGuard, InjectionModel

__all__ = [
    "Action",
    "Guard",
    "GuardRegistry",
    "InjectionGuard",
    "InjectionModel",
    "Role",
    "Verdict",
    "default_registry",
]

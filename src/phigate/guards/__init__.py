"""Guards, each one class with one verdict method: the prompt-injection input guard here, found through
``default_registry``; the output guards (leakage, protected documents, PHI in answers, links, HTML,
clinical safety) are pipeline stages in their own modules, composed in ``phigate.gateway``."""

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

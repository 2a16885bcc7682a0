"""phigate: a sovereign AI gateway for telehealth shops.

Every AI call of the shop goes through one OpenAI-compatible gateway that serves models on the
shop's own hardware and refuses any upstream outside its allow-list.
"""

from phigate._version import __version__
from phigate.backends.base import Backend, BackendCall
from phigate.backends.scripted import ScriptedBackend
from phigate.config import Settings, load_policy
from phigate.errors import PhigateError
from phigate.gateway import Gateway, build_gateway
from phigate.pipeline import AnswerFilter, Pipeline, RequestContext, Stage
from phigate.policy import Policy

__all__ = [
    "AnswerFilter",
    "Backend",
    "BackendCall",
    "Gateway",
    "PhigateError",
    "Pipeline",
    "Policy",
    "RequestContext",
    "ScriptedBackend",
    "Settings",
    "Stage",
    "__version__",
    "build_gateway",
    "load_policy",
]

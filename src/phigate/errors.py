"""One exception hierarchy for phigate; each class knows its HTTP status and OpenAI error ``code``.

    PhigateError
    ├── ConfigError            bad settings or policy file (refuses to start)
    ├── RequestError           400 invalid_request_error: malformed JSON, wrong types
    │   ├── BodyTooLarge       413 request_too_large
    │   └── UnknownModel       404 model_not_found (also: a model the caller's app may not use)
    ├── AuthError              401 invalid_api_key
    ├── RateLimited            429 rate_limit_exceeded (with Retry-After)
    ├── Overloaded             503 model_overloaded (with Retry-After)
    ├── PolicyViolation        403 policy_violation
    │   ├── PhiBlocked         403 phi_blocked
    │   ├── InjectionBlocked   403 prompt_injection
    │   ├── PromptLeakBlocked  403 prompt_leak (an answer that gives the system prompt away)
    │   ├── ProtectedContentBlocked 403 protected_content (an answer reproducing a protected document)
    │   ├── DosingRefused      403 dosing_refused (dosing instructions, for apps that refuse them)
    │   └── EgressDenied       403 egress_denied
    ├── DeidError              500 deid_failed (fail closed: nothing is forwarded)
    ├── GuardError             500 guard_failed (fail closed: nothing is forwarded)
    ├── AuditIntegrityError    500 audit_integrity
    ├── StoreError             503 store_unavailable
    ├── UpstreamError          502 upstream_error
    │   └── UpstreamTimeout    504 upstream_timeout
    └── ScanError              a file the scanner cannot read

The mapping to HTTP lives here and nowhere else: the API layer reads ``status``, ``type`` and
``code`` from the exception it catches.
"""

from __future__ import annotations


class PhigateError(Exception):
    """Base of every error phigate raises on purpose."""

    status: int = 500
    type: str = "server_error"
    code: str = "internal_error"

    def __init__(self, message: str, *, param: str | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.retry_after = retry_after

    def to_body(self) -> dict[str, object]:
        """The OpenAI-style error object for this error."""
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


class ConfigError(PhigateError):
    code = "config_error"


class RequestError(PhigateError):
    status = 400
    type = "invalid_request_error"
    code = "invalid_request"


class BodyTooLarge(RequestError):
    status = 413
    code = "request_too_large"


class UnknownModel(RequestError):
    status = 404
    code = "model_not_found"


class AuthError(PhigateError):
    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class RateLimited(PhigateError):
    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"


class Overloaded(PhigateError):
    status = 503
    type = "server_error"
    code = "model_overloaded"


class PolicyViolation(PhigateError):
    status = 403
    type = "policy_violation"
    code = "policy_violation"


class PhiBlocked(PolicyViolation):
    code = "phi_blocked"


class InjectionBlocked(PolicyViolation):
    code = "prompt_injection"


class PromptLeakBlocked(PolicyViolation):
    code = "prompt_leak"


class ProtectedContentBlocked(PolicyViolation):
    code = "protected_content"


class DosingRefused(PolicyViolation):
    code = "dosing_refused"


class EgressDenied(PolicyViolation):
    code = "egress_denied"


class DeidError(PhigateError):
    code = "deid_failed"


class GuardError(PhigateError):
    code = "guard_failed"


class AuditIntegrityError(PhigateError):
    code = "audit_integrity"


class StoreError(PhigateError):
    status = 503
    code = "store_unavailable"


class UpstreamError(PhigateError):
    status = 502
    type = "upstream_error"
    code = "upstream_error"


class UpstreamTimeout(UpstreamError):
    status = 504
    code = "upstream_timeout"


class ScanError(PhigateError):
    code = "scan_error"

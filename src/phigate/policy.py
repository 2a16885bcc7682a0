"""The typed policy: which client apps exist, which models they may use, and where traffic may go.

A policy comes from one YAML file (see ``config.load_policy``) or, with none, from ``Policy.default()``:
one app ``default`` that may use the embedded model. Every model rejects unknown keys, so a typo in
the file is an error that names the field instead of a silently ignored setting.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Annotated, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, PositiveFloat, PositiveInt, field_validator, model_validator

from phigate.taxonomy import ENTITY_TYPES

DEFAULT_MODEL = "local-default"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Limits(_Strict):
    """Per-key limits; ``None`` means unlimited."""

    requests_per_minute: PositiveInt | None = 600
    tokens_per_minute: PositiveInt | None = 200_000
    max_tokens: PositiveInt = Field(1024, description="Cap on max_tokens a caller may ask for.")


Operator = Literal["placeholder", "pseudonym", "date_shift", "mask", "redact", "block", "keep"]
GuardAction = Literal["block", "flag", "strip", "redact", "escape", "prepend", "replace", "disclaim", "off"]
# Every guard, with the actions it takes (the first is its default). Input guards judge the request; the
# others judge the answer, plain or streamed.
GUARD_ACTIONS: dict[str, tuple[GuardAction, ...]] = {
    "prompt_injection": ("block", "flag", "off"),
    "emergency": ("prepend", "replace", "flag", "off"),
    "prompt_leak": ("block", "flag", "off"),
    "protected_docs": ("block", "redact", "flag", "off"),
    "phi_in_output": ("redact", "block", "flag", "off"),
    "exfil_links": ("strip", "off"),
    "html_in_output": ("escape", "off"),
    "dosing": ("disclaim", "block", "flag", "off"),
}
DEFAULT_GUARDS: dict[str, GuardAction] = {name: actions[0] for name, actions in GUARD_ACTIONS.items()}
DEFAULT_EMERGENCY_MESSAGE = (
    "If you have chest pain, signs of a stroke (face drooping, arm weakness, slurred speech), thoughts of "
    "harming yourself, or may have taken an overdose, call your local emergency number now (911 in the US, "
    "112 in Europe). In the US you can also call or text 988, the Suicide & Crisis Lifeline."
)
DEFAULT_DOSING_DISCLAIMER = (
    "This is general information, not a prescription: follow the dose on your label or the one your "
    "prescriber or pharmacist gave you, and ask them before changing it."
)
DEFAULT_OPERATORS: dict[str, Operator] = {
    "default": "placeholder", "CREDIT_CARD": "block", "CARD_CVV": "block", "IMAGE": "block",
}  # fmt: skip


class AppPolicy(_Strict):
    """One client app (a storefront widget, a back end): what its keys may do."""

    models: list[str] = Field(default_factory=lambda: [DEFAULT_MODEL], min_length=1)
    limits: Limits = Limits()
    description: str = ""
    deid: dict[str, Operator] = Field(
        default_factory=lambda: dict(DEFAULT_OPERATORS),
        description="Operator per entity type ('default' for the rest); merged over the built-in defaults.",
    )
    deidentify: bool = Field(
        True, description="De-identify requests. Off only for traffic already de-identified upstream."
    )
    reidentify: bool = Field(False, description="Put the caller's own values back into answers.")
    deid_system_prompt: bool = Field(True, description="De-identify system and developer messages too.")
    guards: dict[str, GuardAction] = Field(
        default_factory=lambda: dict(DEFAULT_GUARDS),
        description="Action per guard; see GUARD_ACTIONS (the first action listed is the default).",
    )
    canary: bool = Field(
        True,
        description="Put a canary token into the system prompt (one per conversation, else fresh per request); "
        "it is blocked in answers.",
    )
    leak_min_words: int = Field(
        20,
        ge=6,
        le=200,
        description="This many consecutive words of the system prompt in an answer count as leaking it.",
    )
    emergency_message: str = Field(
        DEFAULT_EMERGENCY_MESSAGE,
        min_length=1,
        description="Shown before (prepend) or instead of (replace) the answer when the user mentions emergency signs.",
    )
    dosing_disclaimer: str = Field(
        DEFAULT_DOSING_DISCLAIMER,
        min_length=1,
        description="Appended to answers that give dosing instructions (guards.dosing: disclaim).",
    )
    link_hosts: list[str] = Field(
        default_factory=list, description="Hosts answers may link to (e.g. the shop's domain; *.x for sub-domains)."
    )
    audit_payloads: bool = Field(
        False,
        description="Also keep the de-identified prompt and answer in the audit ledger, encrypted with the vault key.",
    )

    @model_validator(mode="after")
    def _payloads_are_deidentified(self) -> AppPolicy:
        if self.audit_payloads and not self.deidentify:
            raise ValueError("audit_payloads needs deidentify: true (the ledger never keeps a raw prompt)")
        return self

    @field_validator("guards", mode="before")
    @classmethod
    def _yaml_off(cls, value: object) -> object:
        # YAML 1.1 reads a bare `off` as false (and `on` as true): take them as the words they were
        if isinstance(value, dict):
            value = {k: ("off" if v is False else "block" if v is True else v) for k, v in value.items()}
            return {**DEFAULT_GUARDS, **value}
        return value

    @field_validator("guards")
    @classmethod
    def _guard_actions(cls, value: dict[str, GuardAction]) -> dict[str, GuardAction]:
        for name, action in value.items():
            valid = GUARD_ACTIONS.get(name)
            if valid is None:
                raise ValueError(f"unknown guard {name!r}; known: {', '.join(sorted(GUARD_ACTIONS))}")
            if action not in valid:
                raise ValueError(f"guard {name!r} takes {' or '.join(valid)}, not {action!r}")
        return value

    @field_validator("deid")
    @classmethod
    def _known_types(cls, value: dict[str, Operator]) -> dict[str, Operator]:
        unknown = sorted(k for k in value if k != "default" and k not in ENTITY_TYPES)
        if unknown:
            raise ValueError(f"unknown entity type(s) {unknown}; valid: default, {', '.join(sorted(ENTITY_TYPES))}")
        return {**DEFAULT_OPERATORS, **value}

    def operator(self, entity_type: str) -> Operator:
        return self.deid.get(entity_type) or self.deid["default"]


class CustomPattern(_Strict):
    """A shop's own identifier (its order-number or member-ID format), defined without code."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    type: str
    patterns: list[str] = Field(min_length=1, description="Regular expressions; a group named 'v' is the value.")
    score: float = Field(0.85, ge=0, le=1)
    context: list[str] = Field(default_factory=list)
    context_required: bool = False

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {value!r}; valid: {', '.join(sorted(ENTITY_TYPES))}")
        return value

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {exc}") from None
        return value


class DenyTerm(_Strict):
    text: str = Field(min_length=1)
    type: str = "OTHER_ID"

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        return CustomPattern._known_type(value)


class DetectionSpec(_Strict):
    """How identifiers are found, for the whole deployment."""

    min_score: float = Field(0.5, ge=0, le=1, description="Findings below this score are ignored.")
    ner: bool = Field(True, description="Ask the NER model about words no list can place.")
    allow: list[str] = Field(default_factory=list, description="Never flagged: the clinic's own phone, say.")
    deny: list[DenyTerm] = Field(default_factory=list, description="Always flagged, wherever they appear.")
    recognizers: list[CustomPattern] = Field(default_factory=list)


class VaultSpec(_Strict):
    """Where re-identification mappings live (encrypted with the vault key, never stored with them)."""

    store: Literal["sqlite", "postgres", "memory"] = "sqlite"
    dsn_env: str | None = Field(None, description="Environment variable with the PostgreSQL DSN.")
    ttl_hours: PositiveFloat = 24.0


class EmbeddedModel(_Strict):
    """A GGUF model run in-process by llama.cpp."""

    backend: Literal["embedded"]
    path: Path | None = Field(None, description="GGUF file; default: the packaged Gemma 3 270M.")
    sha256: str | None = Field(None, pattern=r"^[0-9a-f]{64}$", description="Refuse to load on mismatch.")
    context_size: PositiveInt = 2048
    threads: PositiveInt | None = None
    max_queue: PositiveInt = Field(16, description="Requests that may wait for the model; more get 503.")
    default_max_tokens: PositiveInt = 256

    @model_validator(mode="after")
    def _custom_path_needs_hash(self) -> EmbeddedModel:
        if self.path is not None and self.sha256 is None:
            raise ValueError("a custom GGUF 'path' needs its 'sha256' so the file can be checked before load")
        return self


class UpstreamModel(_Strict):
    """An OpenAI-compatible server: vLLM, Ollama, llama.cpp server, TGI."""

    backend: Literal["upstream"]
    url: str = Field(pattern=r"^https?://", description="Base URL including /v1.")
    model: str | None = Field(None, description="Model name at the upstream; default: the policy's name.")
    api_key_env: str | None = Field(None, description="Environment variable holding the upstream's key.")
    region: str | None = Field(None, description="Data-residency region; required for external providers.")
    connect_timeout: PositiveFloat = 5.0
    read_timeout: PositiveFloat = 120.0
    max_connections: PositiveInt = 100
    connect_retries: Annotated[int, Field(ge=0, le=10)] = 2


ModelSpec = Annotated[EmbeddedModel | UpstreamModel, Field(discriminator="backend")]


class ProviderGrant(_Strict):
    """An external AI provider host the deployment explicitly accepts, with where its data lives."""

    host: str
    region: str = Field(min_length=1)


class EgressSpec(_Strict):
    """Where the gateway may connect. Entries are CIDR networks, IP addresses or host names
    (``*.example.internal`` matches sub-domains)."""

    allow: list[str] = Field(
        default_factory=lambda: ["127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"]
    )
    providers: list[ProviderGrant] = Field(default_factory=list)


class ServerSpec(_Strict):
    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=0, le=65535)] = 8080
    max_body_bytes: PositiveInt = 4 * 1024 * 1024
    cors_origins: list[str] = Field(default_factory=list)


class AuditSpec(_Strict):
    """Where the tamper-evident ledger of every request lives, and how often it is checkpointed."""

    store: Literal["sqlite", "postgres", "memory"] = "sqlite"
    dsn_env: str | None = Field(None, description="Environment variable with the PostgreSQL DSN.")
    checkpoint_every: PositiveInt = Field(1000, description="Records per signed Merkle checkpoint.")
    checkpoint_seconds: PositiveFloat = Field(60.0, description="At most this long between checkpoints.")
    sqlite_synchronous: Literal["NORMAL", "FULL"] = Field(
        "NORMAL", description="NORMAL survives a crash of the process; FULL a loss of power too."
    )


class ProtectedSpec(_Strict):
    """Proprietary documents (protocols, SOPs) answers must not reproduce; fingerprinted by ``phigate protect add``."""

    index: Path | None = Field(
        None, description="Index file built by `phigate protect add`; default <data_dir>/protected.idx if it exists."
    )
    max_share: float = Field(
        0.2, gt=0, lt=1, description="An answer containing more than this share of a document's shingles is blocked."
    )
    max_shingles: int = Field(
        60,
        ge=5,
        description="An answer sharing more than this many shingles with one document is blocked, whatever its "
        "share (a long document's share is out of reach of an answer capped at max_tokens).",
    )


class Policy(_Strict):
    apps: dict[str, AppPolicy] = Field(min_length=1)
    models: dict[str, ModelSpec] = Field(min_length=1)
    egress: EgressSpec = EgressSpec()
    server: ServerSpec = ServerSpec()
    detection: DetectionSpec = DetectionSpec()
    vault: VaultSpec = VaultSpec()
    audit: AuditSpec = AuditSpec()
    protected: ProtectedSpec = ProtectedSpec()

    @model_validator(mode="after")
    def _apps_name_known_models(self) -> Policy:
        for app_name, app in self.apps.items():
            unknown = [m for m in app.models if m not in self.models]
            if unknown:
                raise ValueError(
                    f"app {app_name!r} names unknown model(s) {unknown}; defined models: {sorted(self.models)}"
                )
        return self

    @classmethod
    def default(cls) -> Policy:
        """No policy file: one app ``default`` that may use the embedded model."""
        return cls(apps={"default": AppPolicy()}, models={DEFAULT_MODEL: EmbeddedModel(backend="embedded")})

    def sha256(self) -> str:
        """A stable hash of the effective policy, recorded with every audited request."""
        return hashlib.sha256(orjson.dumps(self.model_dump(mode="json"), option=orjson.OPT_SORT_KEYS)).hexdigest()

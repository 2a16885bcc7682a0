"""Settings (``PHIGATE_*`` environment) and the policy file loader.

Settings are declared as data, read from the environment in this one place, and documented in the
README from the same table. Precedence: command-line flag, then environment, then policy file, then
default. Unknown ``PHIGATE_*`` variables are an error, so a typo never silently falls back.
"""

from __future__ import annotations

import os
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from phigate.errors import ConfigError
from phigate.policy import Policy

ENV_PREFIX = "PHIGATE_"
_BACKEND_TAGS = ("embedded", "upstream")


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    type: Any
    default: Any
    help: str

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("data_dir", Path, Path("var"), "Directory for keys, ledger, vault and the assembled model."),
    Setting("config", Path | None, None, "Policy file (YAML); without one, the built-in default policy."),
    Setting("host", str | None, None, "Bind address; overrides the policy's server.host (127.0.0.1)."),
    Setting("port", int | None, None, "Port; overrides the policy's server.port (8080)."),
    Setting("max_body_bytes", int | None, None, "Largest request body accepted; overrides the policy."),
    Setting("log_level", str, "info", "Log level: debug, info, warning, error. Logs never hold message text."),
    Setting(
        "vault_key",
        str | None,
        None,
        "Vault key, base64 of 32 bytes; default: <data_dir>/vault.key (made on first use).",
    ),
    Setting(
        "audit_signing_key",
        Path | None,
        None,
        "Ed25519 private key (PEM) that signs ledger checkpoints; default: <data_dir>/audit_signing.key.",
    ),
)


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path = Path("var")
    config: Path | None = None
    host: str | None = None
    port: int | None = None
    max_body_bytes: int | None = None
    log_level: str = "info"
    vault_key: str | None = field(default=None, repr=False)
    audit_signing_key: Path | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **flags: Any) -> Settings:
        """Read ``PHIGATE_*`` from ``environ``; flags given (not None) win over the environment."""
        env = os.environ if environ is None else environ
        known = {s.env: s for s in SETTINGS}
        unknown = sorted(k for k in env if k.startswith(ENV_PREFIX) and k not in known)
        if unknown:
            raise ConfigError(
                f"unknown environment variable(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        values: dict[str, Any] = {}
        for s in SETTINGS:
            if flags.get(s.name) is not None:
                values[s.name] = flags[s.name]
            elif s.env in env:
                try:
                    values[s.name] = TypeAdapter(s.type).validate_python(env[s.env] or None)
                except ValidationError as exc:
                    msg = exc.errors()[0]["msg"]
                    raise ConfigError(f"{s.env}={env[s.env]!r} is not valid: {msg}") from None
        return cls(**values)

    def policy(self) -> Policy:
        """The policy file if one is set, else the default, with host/port/body overrides applied."""
        policy = load_policy(self.config) if self.config else Policy.default()
        server = policy.server.model_copy(
            update={
                k: v
                for k, v in (("host", self.host), ("port", self.port), ("max_body_bytes", self.max_body_bytes))
                if v is not None
            }
        )
        return policy.model_copy(update={"server": server})


def dsn_from_env(env: str | None, what: str) -> str:
    """The PostgreSQL DSN of the ``what`` store (``audit``, ``vault``) from the variable its policy names."""
    dsn = os.environ.get(env or "")
    if not dsn:
        raise ConfigError(f"{what}.store is postgres: set {what}.dsn_env and that variable ({env or 'unset'})")
    return dsn


def load_policy(path: Path) -> Policy:
    """Load and validate a policy file; errors name the file, the line, the field and what is valid."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read policy file: {exc.strerror}") from None
    return parse_policy(text, str(path))


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        raise ConfigError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if root is None:
        raise ConfigError(f"{source}: the policy file is empty; it needs at least 'apps' and 'models'")
    _reject_duplicate_keys(root, source)
    data = yaml.SafeLoader(text).get_single_data()
    if not isinstance(data, dict):
        raise ConfigError(f"{source}:{root.start_mark.line + 1}: the policy must be a mapping of sections")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, root, source)) from None


def _reject_duplicate_keys(node: yaml.Node, source: str) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key, value in node.value:
            if key.value in seen:
                raise ConfigError(f"{source}:{key.start_mark.line + 1}: key {key.value!r} is given twice")
            seen.add(key.value)
            _reject_duplicate_keys(value, source)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _reject_duplicate_keys(item, source)


def _describe(exc: ValidationError, root: yaml.Node, source: str) -> str:
    lines = []
    for err in exc.errors():
        raw = list(err["loc"])
        loc = [p for p in raw if p not in _BACKEND_TAGS]
        line = _line_of(root, loc)
        dotted = ".".join(str(p) for p in loc) or "(top level)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            valid = _fields_at(raw[:-1])
            msg = f"unknown field {loc[-1]!r}" + (f"; valid fields: {', '.join(valid)}" if valid else "")
        elif err["type"] == "missing":
            msg = "required field is missing"
        lines.append(f"{source}:{line}: {dotted}: {msg}")
    return "invalid policy:\n  " + "\n  ".join(lines)


def _line_of(root: yaml.Node, loc: list[Any]) -> int:
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = [(k, v) for k, v in node.value if k.value == str(part)]
            if not match:
                break
            key, node = match[0]
            if part == loc[-1] and not isinstance(node, yaml.MappingNode | yaml.SequenceNode):
                return int(key.start_mark.line) + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
    return int(node.start_mark.line) + 1


def _fields_at(loc: list[Any]) -> list[str]:
    """Field names valid at ``loc`` in the policy schema (for 'unknown field' messages)."""
    tp: Any = Policy
    for part in loc:
        tp = _unwrap(tp, part)
        if tp is None:
            return []
    tp = _unwrap(tp, None)
    return sorted(tp.model_fields) if isinstance(tp, type) and issubclass(tp, BaseModel) else []


def _tags(model: type[BaseModel]) -> tuple[Any, ...]:
    return typing.get_args(model.model_fields["backend"].annotation)


def _unwrap(tp: Any, part: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(tp)[0], part)
    if origin in (typing.Union, types.UnionType):
        models = [a for a in typing.get_args(tp) if isinstance(a, type) and issubclass(a, BaseModel)]
        if part is None:
            return models[0] if len(models) == 1 else None
        tagged = [m for m in models if "backend" in m.model_fields and part in _tags(m)]
        if tagged:
            return tagged[0]
        return next((m.model_fields[part].annotation for m in models if part in m.model_fields), None)
    if part is None:
        return tp
    if origin is dict:
        return typing.get_args(tp)[1]
    if origin is list:
        return typing.get_args(tp)[0]
    if isinstance(tp, type) and issubclass(tp, BaseModel) and part in tp.model_fields:
        return tp.model_fields[part].annotation
    return None

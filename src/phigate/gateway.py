"""The composition root: builds one gateway (backends, egress policy, keys, limits, pipeline) from
settings and a policy, and owns their start-up and shutdown."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from phigate.audit import AuditKey, Ledger, LedgerRecorder
from phigate.audit.payloads import PayloadCipher, PayloadStage
from phigate.audit.stores import open_store
from phigate.backends.base import Backend
from phigate.backends.egress import EgressPolicy, Resolve
from phigate.backends.embedded import EmbeddedBackend, Progress
from phigate.backends.upstream import UpstreamBackend
from phigate.config import Settings, dsn_from_env
from phigate.deid.engine import Deidentifier
from phigate.deid.operators import Operators
from phigate.deid.stage import DeidStage
from phigate.deid.vault import MemoryVaultStore, RequestVaultStore, SqliteVaultStore, Vault, VaultStore
from phigate.errors import ConfigError, EgressDenied, StoreError
from phigate.guards import default_registry
from phigate.guards.clinical import DosingStage, EmergencyNoticeStage, EmergencyStage
from phigate.guards.html import HtmlStage
from phigate.guards.leak import PromptLeakStage
from phigate.guards.links import LinkStage
from phigate.guards.phi_output import PhiOutputStage
from phigate.guards.protected import ProtectedIndex, ProtectedStage
from phigate.guards.stage import GuardStage
from phigate.keys import KeyCache, KeyStore
from phigate.metrics import Metrics
from phigate.pipeline import Pipeline, Recorder, Stage
from phigate.policy import AuditSpec, EmbeddedModel, ModelSpec, Policy, UpstreamModel, VaultSpec
from phigate.ratelimit import RateLimiter

log = logging.getLogger("phigate")


@dataclass
class Gateway:
    policy: Policy
    data_dir: Path
    pipeline: Pipeline
    keys: KeyCache
    limiter: RateLimiter
    metrics: Metrics
    egress: EgressPolicy
    deidentifier: Deidentifier
    vault: Vault
    ledger: Ledger

    @property
    def backends(self) -> Mapping[str, Backend]:
        return self.pipeline.backends

    async def start(self) -> None:
        """Check every upstream against the egress allow-list, then start the backends."""
        for section, store in (("audit", self.policy.audit.store), ("vault", self.policy.vault.store)):
            if store == "memory":
                log.warning("%s.store is 'memory': it is lost when the gateway stops (meant for tests)", section)
        for name, backend in self.backends.items():
            if isinstance(backend, UpstreamBackend):
                try:
                    decision = await self.egress.preflight(backend.spec.url)
                except EgressDenied as exc:
                    raise ConfigError(f"model {name!r}: {exc.message}") from None
                if decision is None:
                    log.warning(
                        "model %r: %s does not resolve now; it is checked again at connect time", name, backend.host
                    )
        await self.ledger.start()
        for backend in self.backends.values():
            await backend.start()
        await asyncio.to_thread(self.deidentifier.warm)

    async def close(self) -> None:
        for backend in self.backends.values():
            await backend.close()
        self.keys.store.close()
        self.vault.close()
        await self.ledger.close()

    def ready(self) -> dict[str, bool]:
        checks = {f"model:{name}": b.ready for name, b in self.backends.items()}
        checks["store"] = self.keys.store.writable()
        checks["ledger"] = self._ledger_readable()
        return checks

    def _ledger_readable(self) -> bool:
        try:
            self.ledger.store.head()
        except StoreError:
            return False
        return True


def build_gateway(
    settings: Settings,
    policy: Policy | None = None,
    *,
    backends: Mapping[str, Backend] | None = None,
    stages: tuple[Stage, ...] = (),
    recorder: Recorder | None = None,
    progress: Progress | None = None,
    resolve: Resolve | None = None,
) -> Gateway:
    """Everything a gateway needs. ``backends`` replaces those the policy would build, and ``resolve``
    the system's DNS look-ups (both for tests)."""
    policy = policy or settings.policy()
    metrics = Metrics()
    egress = checked_egress(policy, resolve)
    if backends is None:
        backends = {
            name: _backend(name, spec, settings.data_dir, egress, metrics, progress)
            for name, spec in policy.models.items()
        }
    key = Vault.load_key(settings.data_dir, settings.vault_key)
    vault = open_vault(policy.vault, settings, key)
    deidentifier = Deidentifier(policy, vault=vault)
    request_vault = Vault(RequestVaultStore(), key)
    deid = DeidStage(deidentifier, vault, Operators(vault.secret), request_vault)
    ledger = open_ledger(policy.audit, settings)
    recorder = recorder or LedgerRecorder(ledger, policy.sha256(), cipher=PayloadCipher(key))
    guards = GuardStage(default_registry())
    # Answer filters run in stage order. The output guards judge the answer as the model wrote it (before
    # re-identification puts the caller's values back, so PHI the caller sent shows as placeholders); the
    # shop's own texts (disclaimer, emergency message) are added after them; the ledger's payload copy is
    # taken after every guard that rewrites the answer. The leak stage adds its canary to the system
    # prompt before de-identification sees it.
    output_guards = (
        EmergencyStage(),
        PromptLeakStage(vault.secret),
        ProtectedStage(open_protected(policy, settings), policy.protected.max_share, policy.protected.max_shingles),
        LinkStage(),
        PhiOutputStage(deidentifier),
        HtmlStage(),
        DosingStage(),
        EmergencyNoticeStage(),
    )
    pipeline = Pipeline(
        policy,
        backends,
        stages=(guards, *output_guards, PayloadStage(), deid, *stages),
        recorder=recorder,
        metrics=metrics,
    )
    return Gateway(
        policy=policy,
        data_dir=settings.data_dir,
        pipeline=pipeline,
        keys=KeyCache(KeyStore(settings.data_dir)),
        limiter=RateLimiter(),
        metrics=metrics,
        egress=egress,
        deidentifier=deidentifier,
        vault=vault,
        ledger=ledger,
    )


def open_protected(policy: Policy, settings: Settings) -> ProtectedIndex | None:
    """The protected-documents index the policy names (it must exist), else ``<data_dir>/protected.idx`` if any."""
    path = policy.protected.index
    if path is None:
        path = settings.data_dir / "protected.idx"
        if not path.exists():
            return None
    elif not path.is_file():
        raise ConfigError(f"protected.index {path} does not exist; build it with 'phigate protect add'")
    return ProtectedIndex.load(path)


def open_ledger(spec: AuditSpec, settings: Settings) -> Ledger:
    """The audit ledger the policy names; its checkpoints are signed with ``<data_dir>/audit_signing.key``."""
    key = AuditKey.load(settings.data_dir, settings.audit_signing_key)
    # Under load (the last batch held more than one record) the writer waits 0.5 ms for company: fewer,
    # fuller commits. A lone request never waits.
    return Ledger(
        open_store(spec, settings.data_dir),
        key,
        checkpoint_every=spec.checkpoint_every,
        checkpoint_seconds=spec.checkpoint_seconds,
        commit_delay=0.0005,
    )


def open_vault(spec: VaultSpec, settings: Settings, key: bytes) -> Vault:
    """The vault the policy names, under the key (from PHIGATE_VAULT_KEY or ``<data_dir>/vault.key``)."""
    store: VaultStore
    if spec.store == "memory":
        store = MemoryVaultStore()
    elif spec.store == "sqlite":
        store = SqliteVaultStore(settings.data_dir / "vault.db")
    else:
        from phigate.deid.vault import PostgresVaultStore

        store = PostgresVaultStore(dsn_from_env(spec.dsn_env, "vault"))
    return Vault(store, key, ttl=spec.ttl_hours * 3600)


def checked_egress(policy: Policy, resolve: Resolve | None = None) -> EgressPolicy:
    """The policy's egress allow-list, after checking every upstream that can be judged without DNS
    (IP literals, external AI provider hosts, names listed by name); the rest is checked at start-up
    and again at connect time."""
    egress = EgressPolicy.from_spec(policy.egress, resolve=resolve)
    for name, spec in policy.models.items():
        if isinstance(spec, UpstreamModel):
            try:
                egress.check_host(urlsplit(spec.url).hostname or "")
            except EgressDenied as exc:
                raise ConfigError(f"model {name!r}: {exc.message}") from None
    return egress


def _backend(
    name: str, spec: ModelSpec, data_dir: Path, egress: EgressPolicy, metrics: Metrics, progress: Progress | None
) -> Backend:
    if isinstance(spec, EmbeddedModel):
        return EmbeddedBackend(name, spec, data_dir / "models", progress)
    assert isinstance(spec, UpstreamModel)
    return UpstreamBackend(name, spec, egress, metrics)

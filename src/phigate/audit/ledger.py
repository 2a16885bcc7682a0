"""The audit ledger: hash-chained records with group commit, signed Merkle checkpoints, and the
pipeline's ``Recorder`` that writes one record per request.

Group commit: ``append`` queues its entry and waits; one writer task takes everything queued (up to
``max_batch``), has the store chain and commit it in ONE transaction (on a dedicated thread when the
store's commits wait on I/O: PostgreSQL, SQLite with ``synchronous=FULL``), then wakes each caller.
A caller's await returns only after its record is committed, and a failed commit raises
``StoreError`` in every caller of the batch (the gateway then refuses the request: fail closed).
Appends that arrive while a commit is in flight form the next batch, and the writer yields once to
the event loop before taking one so that callers just woken by a commit join it: batches grow with
load while a lone request is never delayed on purpose. ``commit_delay`` adds a fixed wait for
company before each commit, for loads of many slow, independent callers.

Checkpoints are cut every ``checkpoint_every`` records or ``checkpoint_seconds``, on ``start`` (to
sign a tail a crash left unsigned) and on ``close`` (so that the whole ledger is signed).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Literal

from phigate.audit import merkle
from phigate.audit.payloads import PayloadCipher, digest, payload_of
from phigate.audit.records import AuditRecord, Checkpoint, from_row, normalize_entry, row_seq
from phigate.audit.signing import AuditKey
from phigate.audit.stores import LedgerStore, RowFilter
from phigate.audit.verify import VerifyReport, build_proof, verify_store
from phigate.errors import AuditIntegrityError, StoreError

if TYPE_CHECKING:
    from phigate.pipeline import Outcome, RequestContext

log = logging.getLogger("phigate.audit")

StatusFilter = int | Literal["ok", "refused"]
_MAX_CHECKPOINT = 100_000  # records per checkpoint at most (a long unsigned tail is cut in pieces)
_PAGE = 2000


class Ledger:
    """One audit ledger over a store; ``key`` signs checkpoints (and verifies them)."""

    def __init__(
        self,
        store: LedgerStore,
        key: AuditKey,
        *,
        checkpoint_every: int = 1000,
        checkpoint_seconds: float = 60.0,
        max_batch: int = 500,
        commit_delay: float = 0.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if checkpoint_every < 1 or max_batch < 1 or checkpoint_seconds <= 0:
            raise ValueError("checkpoint_every, max_batch and checkpoint_seconds must be positive")
        self.store = store
        self.key = key
        self.checkpoint_every = checkpoint_every
        self.checkpoint_seconds = checkpoint_seconds
        self.max_batch = max_batch
        self.commit_delay = commit_delay
        self._clock = clock
        self._queue: deque[tuple[dict[str, Any], bytes | None, asyncio.Future[AuditRecord]]] = deque()
        self._wake: asyncio.Event | None = None
        self._writer: asyncio.Task[None] | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._closing = False
        self._last_batch = 0
        self._closed = False
        self._since_cut = 0
        self._last_cut = time.monotonic()

    # -- writing ---------------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the writer and sign any tail that a crashed process left without a checkpoint."""
        self._ensure_writer()
        await self._cut()

    async def append(self, fields: Mapping[str, Any], payload: bytes | None = None) -> AuditRecord:
        """Add one record (every field but seq, prev_hash and hash); returns once it is committed.
        ``payload``: the sealed prompt and answer, committed with the record (its SHA-256 is the
        record's ``payload_sha256``)."""
        if self._closing:
            raise StoreError(f"{self.store.name}: the audit ledger is closed")
        entry = normalize_entry(fields)
        self._ensure_writer()
        assert self._wake is not None
        future: asyncio.Future[AuditRecord] = asyncio.get_running_loop().create_future()
        self._queue.append((entry, payload, future))
        self._wake.set()
        return await future

    async def checkpoint(self) -> list[Checkpoint]:
        """Sign every record not yet under a checkpoint now (queued appends are not waited for)."""
        return await self._cut()

    async def close(self) -> None:
        """Commit what is queued, cut a final checkpoint if this ledger wrote, close the store."""
        if self._closed:
            return
        self._closing = True
        try:
            if self._writer is not None:
                assert self._wake is not None
                self._wake.set()
                await self._writer
                await self._cut()
        finally:
            self._closed = True
            if self._executor is not None:
                self._executor.shutdown(wait=True)
            self.store.close()

    def _ensure_writer(self) -> None:
        if self._writer is None:
            self._wake = asyncio.Event()
            if not getattr(self.store, "commits_in_loop", False):  # stores that wait on I/O get a thread
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="phigate-audit")
            self._writer = asyncio.get_running_loop().create_task(self._write_loop(), name="phigate-audit-writer")

    async def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        if self._executor is None:
            return fn(*args)
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def _write_loop(self) -> None:
        try:
            await self._write_batches()
        except BaseException as exc:  # a writer bug must not leave callers waiting forever
            self._closing = True
            if isinstance(exc, Exception):
                log.error("audit writer stopped: %s: %s", type(exc).__name__, exc)
            while self._queue:
                *_, future = self._queue.popleft()
                if not future.done():
                    future.set_exception(StoreError(f"{self.store.name}: the audit writer stopped: {exc}"))
            if not isinstance(exc, Exception):
                raise

    async def _write_batches(self) -> None:
        assert self._wake is not None
        while True:
            if not self._queue:
                if self._closing:
                    return
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), self._until_checkpoint())
                except TimeoutError:
                    pass
                if not self._queue:
                    await self._maybe_checkpoint()
                    continue
            await asyncio.sleep(0)  # callers woken by the last commit enqueue again: they join this batch
            if self.commit_delay > 0 and self._last_batch > 1 and len(self._queue) < self.max_batch:
                await asyncio.sleep(self.commit_delay)  # under load, wait a little for a fuller batch
            n = min(len(self._queue), self.max_batch)
            self._last_batch = n
            batch = [self._queue.popleft() for _ in range(n)]
            await self._commit(batch)
            await self._maybe_checkpoint()

    async def _commit(self, batch: Sequence[tuple[dict[str, Any], bytes | None, asyncio.Future[AuditRecord]]]) -> None:
        try:
            payloads = [payload for _, payload, _ in batch]
            entries = [entry for entry, _, _ in batch]
            extra = (payloads,) if any(p is not None for p in payloads) else ()
            records = await self._run(self.store.append, entries, *extra)
        except Exception as exc:  # every waiter must hear of it; the writer lives on for the next batch
            message = exc.message if isinstance(exc, StoreError) else f"{type(exc).__name__}: {exc}"
            log.error("audit commit of %d record(s) failed: %s", len(batch), message)
            for *_, future in batch:
                if not future.done():
                    future.set_exception(StoreError(f"{self.store.name}: audit record not committed: {message}"))
            return
        for (*_, future), record in zip(batch, records, strict=True):
            if not future.done():  # a caller that gave up still has its record committed
                future.set_result(record)
        self._since_cut += len(records)

    def _until_checkpoint(self) -> float | None:
        if self._since_cut == 0:
            return None
        return max(0.0, self._last_cut + self.checkpoint_seconds - time.monotonic())

    async def _maybe_checkpoint(self) -> None:
        due = self._since_cut >= self.checkpoint_every or (
            self._since_cut > 0 and time.monotonic() >= self._last_cut + self.checkpoint_seconds
        )
        if not due:
            return
        try:
            await self._cut()
        except (StoreError, AuditIntegrityError) as exc:  # records are safe; signing retries when next due
            log.error("audit checkpoint failed (will retry): %s", exc.message)

    async def _cut(self) -> list[Checkpoint]:
        self._since_cut = 0
        self._last_cut = time.monotonic()
        cut: list[Checkpoint] = await self._run(self._cut_all)
        return cut

    def _cut_all(self) -> list[Checkpoint]:
        cut = []
        while (cp := self.store.cut_checkpoint(self._make_checkpoint, _MAX_CHECKPOINT)) is not None:
            cut.append(cp)
        return cut

    def _make_checkpoint(self, seq_from: int, seq_to: int, hashes: Sequence[bytes]) -> Checkpoint:
        if len(hashes) != seq_to - seq_from + 1:  # never sign over a gap: the checkpoint would bless it
            raise AuditIntegrityError(
                f"{self.store.name}: records {seq_from}..{seq_to} are incomplete ({len(hashes)} found); "
                "run 'phigate audit verify'"
            )
        draft = Checkpoint(seq_from, seq_to, merkle.root_of(hashes), round(self._clock(), 6), "", self.key.key_id)
        return Checkpoint(seq_from, seq_to, draft.root, draft.ts, self.key.sign(draft.payload()), draft.key_id)

    # -- reading ---------------------------------------------------------------------------------

    def verify(self, from_seq: int | None = None) -> VerifyReport:
        """Check every hash, link, signature and Merkle root (see ``phigate.audit.verify``)."""
        return verify_store(self.store, self.key, from_seq)

    def proof(self, seq: int) -> dict[str, Any]:
        """A Merkle inclusion proof of record ``seq`` (JSON-ready); ``LookupError`` if not signed yet."""
        return build_proof(self.store, seq)

    def checkpoints(self) -> list[Checkpoint]:
        return self.store.checkpoints()

    def open_payload(self, seq: int, cipher: PayloadCipher) -> tuple[AuditRecord, dict[str, Any] | None]:
        """Record ``seq`` and the payload kept with it, checked against its ``payload_sha256`` and
        opened (None once purged). ``LookupError``: no such record, or its app kept no payload."""
        rows = self.store.rows(seq - 1, 1)
        if not rows or row_seq(rows[0]) != seq:
            raise LookupError(f"there is no record {seq}")
        record = from_row(rows[0])
        if record.payload_sha256 is None:
            raise LookupError(f"record {seq} keeps no payload (its app did not set audit_payloads)")
        blob = self.store.payload(seq)
        if blob is None:
            return record, None
        if digest(blob) != record.payload_sha256:
            raise AuditIntegrityError(f"the payload of record {seq} does not match its payload_sha256 (altered)")
        return record, cipher.open(blob, record.request_id)

    def public_pem(self) -> str:
        return self.key.public_pem()

    def read(
        self,
        since: float | None = None,
        until: float | None = None,
        app: str | None = None,
        status: StatusFilter | None = None,
        entity: str | None = None,
    ) -> Iterator[AuditRecord]:
        """Records matching every filter given, by seq, read page by page. ``status``: a code, "ok"
        (below 400) or "refused" (400 and up); ``entity``: records that found that entity type."""
        low, high = _status_range(status)
        where = RowFilter(since=since, until=until, app=app, status_min=low, status_max=high)
        after = 0
        while rows := self.store.rows(after, _PAGE, where):
            for row in rows:
                record = from_row(row)
                if entity is None or record.entities.get(entity, 0) > 0:
                    yield record
            after = row_seq(rows[-1])


def _status_range(status: StatusFilter | None) -> tuple[int | None, int | None]:
    if status == "ok":
        return None, 399
    if status == "refused":
        return 400, None
    if status is None or isinstance(status, int):
        return status, status
    raise ValueError(f"status filter must be a number, 'ok' or 'refused', not {status!r}")


class LedgerRecorder:
    """The pipeline's ``Recorder``: one ledger record per request, built only from counts, verdicts and
    identifiers (never message text); ``policy_sha256`` identifies the policy in force."""

    def __init__(
        self,
        ledger: Ledger,
        policy_sha256: str,
        *,
        cipher: PayloadCipher | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.ledger = ledger
        self.policy_sha256 = policy_sha256
        self.cipher = cipher
        self._clock = clock

    def entry(self, ctx: RequestContext, outcome: Outcome) -> dict[str, Any]:
        """The record fields for one finished request."""
        notes = ctx.notes
        return {
            "ts": self._clock(),
            "request_id": ctx.request_id,
            "conversation": ctx.conversation,
            "app": ctx.app_name,
            "key_id": ctx.key_id,
            "model": ctx.model,
            "backend": str(notes.get("backend") or ""),
            "region": notes.get("region"),
            "policy_sha256": self.policy_sha256,
            "entities": dict(notes.get("entities") or {}),
            "guards": dict(notes.get("guards") or {}),
            "tokens_in": int(ctx.usage.get("prompt_tokens", 0)),
            "tokens_out": int(ctx.usage.get("completion_tokens", 0)),
            "latency_ms": max(0.0, (time.perf_counter() - ctx.started) * 1000),
            "status": outcome.status,
            "code": outcome.code,
        }

    async def record(self, ctx: RequestContext, outcome: Outcome) -> None:
        entry = self.entry(ctx, outcome)
        kept = payload_of(ctx)
        if kept is None:
            await self.ledger.append(entry)
            return
        if self.cipher is None:  # fail closed: the policy asks for a copy this recorder cannot seal
            raise StoreError(f"app {ctx.app_name!r} keeps audit payloads, but the ledger has no payload key")
        blob = self.cipher.seal(kept, ctx.request_id)
        entry["payload_sha256"] = digest(blob)
        await self.ledger.append(entry, blob)

"""Checking a ledger end to end, and Merkle inclusion proofs that an inspector checks offline.

``verify_store`` reads the records once, in seq order and in pages, and reports the first problem in
that order: a missing seq (deleted), a record whose content does not match its hash (edited, swapped,
renumbered), a broken link (a record rewritten with a fresh hash, or records inserted), a checkpoint
that is missing, mis-signed or whose Merkle root does not match the records (a consistent rewrite),
and records that a checkpoint or the head row says exist but are gone (truncated). Then each kept
payload (``phigate.audit.payloads``) is checked against its record's ``payload_sha256``: an altered
payload, or one kept for a record that names none, is a problem; a purged payload is not.

What cannot be detected from the store alone: removing the newest records *together with* every
checkpoint that covers them and the head row (the ledger then looks like it did earlier; keep a
copy of the latest checkpoint outside the store to catch that), and a consistent rewrite of records
not yet covered by a checkpoint (the tail since the last cut, at most ``checkpoint_every`` records or
``checkpoint_seconds``; a clean ``close`` covers everything).
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from phigate.audit import merkle
from phigate.audit.records import GENESIS, ROW_COLUMNS, AuditRecord, Checkpoint, from_row, row_seq
from phigate.audit.signing import AuditKey
from phigate.audit.stores import LedgerStore
from phigate.errors import ConfigError

PROOF_FORMAT = "phigate-audit-proof/1"
PAGE = 20_000
_LOOKBACK = 4096  # how far back a broken link is traced to tell an insertion from a rewrite
_SEQ = ROW_COLUMNS.index("seq")


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """``first_bad_seq`` names the first record (or range start) found wrong; ``unsigned`` counts the
    records after the last checkpoint (normal while the gateway runs or after a crash)."""

    ok: bool
    first_bad_seq: int | None
    problem: str
    records: int
    checkpoints: int
    unsigned: int = 0
    payloads: int = 0
    purged: int = 0


class _Bad(Exception):
    def __init__(self, seq: int, problem: str) -> None:
        super().__init__(problem)
        self.seq = seq
        self.problem = problem


def verify_store(store: LedgerStore, key: AuditKey, from_seq: int | None = None) -> VerifyReport:
    """Check every hash, link, checkpoint signature and Merkle root from ``from_seq`` (default 1; moved
    back to the start of the checkpoint that holds it, so its root can be checked)."""
    head_seq = store.head()[0]  # read first: records only grow after this
    cps = store.checkpoints()
    start = max(1, from_seq or 1)
    holding = [c for c in cps if c.seq_from <= start <= c.seq_to]
    if holding:
        start = holding[0].seq_from
    cps = [c for c in cps if c.seq_to >= start]
    state = _Scan(store, key, cps, start)
    try:
        state.run()
        state.finish(head_seq)
        checked = _check_payloads(store, state.digests, start)
    except _Bad as bad:
        return VerifyReport(False, bad.seq, bad.problem, state.records, state.cp_done, state.unsigned)
    purged = len(state.digests) - checked
    return VerifyReport(True, None, "", state.records, state.cp_done, state.unsigned, checked, purged)


def _check_payloads(store: LedgerStore, digests: dict[int, bytes], start: int) -> int:
    """Check every kept payload from ``start`` against its record's digest; how many were checked."""
    checked, after = 0, start - 1
    while page := store.payloads(after, PAGE):
        for seq, blob in page:
            expected = digests.get(seq)
            if expected is None:
                raise _Bad(seq, f"a payload is kept for record {seq}, which names none (inserted)")
            if hashlib.sha256(blob).hexdigest().encode() != expected:
                raise _Bad(seq, f"the payload of record {seq} does not match its payload_sha256 (altered)")
            checked += 1
        after = page[-1][0]
    return checked


class _Scan:
    def __init__(self, store: LedgerStore, key: AuditKey, cps: list[Checkpoint], start: int) -> None:
        self.store, self.key, self.cps, self.start = store, key, cps, start
        self.records = self.cp_done = self.unsigned = 0
        self.cp_index = 0
        self.leaves: list[bytes] = []
        self.covered_to = start - 1  # the last seq a checkpoint so far covers
        self.expected = start
        self.digests: dict[int, bytes] = {}  # seq → payload_sha256 (hex) of records that keep a payload
        before = store.hashes(start - 1, start - 1) if start > 1 else [bytes.fromhex(GENESIS)]
        self.prev: str | None = before[0].hex() if before else None

    def run(self) -> None:
        sha = hashlib.sha256
        after = self.start - 1
        while True:
            page = self.store.rows(after, PAGE)
            if not page:
                return
            for seq, raw, text in page:
                if seq != self.expected:
                    self._enter_checkpoint(self.expected)
                    raise _Bad(self.expected, f"record {self.expected} is missing (deleted)")
                self._enter_checkpoint(seq)
                body = text.encode()
                own_ok = sha(body).digest() == raw
                # In canonical JSON the top-level "prev_hash" and "seq" keys are the last of their name:
                # nested objects (entities, guards) sort before them and strings escape every quote.
                at = body.rfind(b'"prev_hash":"') + 13
                prev = body[at : at + 64].decode("ascii", "replace") if at >= 13 else ""
                at = body.rfind(b'"seq":') + 6
                seq_ok = at >= 6 and body[at : at + len(str(seq)) + 1] == f"{seq},".encode()
                if self.prev is not None and prev != self.prev:
                    self._broken_link(seq, prev, own_ok and seq_ok)
                if not own_ok:
                    raise _Bad(seq, f"record {seq} does not match its hash (edited, swapped or renumbered)")
                if not seq_ok:
                    raise _Bad(seq, f"record {seq} is stored under the wrong seq (moved or renumbered)")
                at = body.rfind(b'"payload_sha256":"') + 18  # top-level: after entities and guards
                if at >= 18:
                    self.digests[seq] = body[at : at + 64]
                self.prev = raw.hex()
                self.records += 1
                self.expected = seq + 1
                if seq <= self.covered_to:
                    self.leaves.append(raw)
                    if seq == self.covered_to:
                        self._close_checkpoint()
                else:
                    self.unsigned += 1
            after = page[-1][_SEQ]

    def _enter_checkpoint(self, seq: int) -> None:
        """Before looking at ``seq``: if a checkpoint should start here, check it is present and signed."""
        if seq <= self.covered_to or self.cp_index >= len(self.cps):
            return
        cp = self.cps[self.cp_index]
        if cp.seq_from > seq:
            raise _Bad(seq, f"no checkpoint covers {seq}..{cp.seq_from - 1} (checkpoint removed)")
        if cp.seq_from < seq or cp.seq_to < cp.seq_from:
            raise _Bad(cp.seq_from, f"checkpoint {cp.seq_from}..{cp.seq_to} overlaps another or is malformed")
        if cp.key_id != self.key.key_id:
            raise _Bad(
                seq, f"checkpoint {cp.seq_from}..{cp.seq_to} is signed by key {cp.key_id}, not {self.key.key_id}"
            )
        if not self.key.verify(cp.payload(), cp.signature):
            raise _Bad(seq, f"checkpoint {cp.seq_from}..{cp.seq_to} has an invalid signature")
        self.covered_to = cp.seq_to
        self.leaves = []

    def _close_checkpoint(self) -> None:
        cp = self.cps[self.cp_index]
        if merkle.root_of(self.leaves) != cp.root:
            raise _Bad(
                cp.seq_from,
                f"records {cp.seq_from}..{cp.seq_to} do not match the signed Merkle root of their checkpoint "
                "(rewritten with fresh hashes)",
            )
        self.cp_index += 1
        self.cp_done += 1
        self.leaves = []

    def _broken_link(self, seq: int, prev_hash: str, intact: bool) -> None:
        """Record ``seq`` does not link to the one before: name what most likely happened."""
        lo = max(1, seq - 1 - _LOOKBACK)
        earlier = [h.hex() for h in self.store.hashes(lo, seq - 2)] if seq > 2 else []
        if prev_hash == GENESIS and seq > 1:
            earlier_at = 0
        elif prev_hash in earlier:
            earlier_at = lo + earlier.index(prev_hash)
        else:
            earlier_at = -1
        if earlier_at >= 0:
            raise _Bad(earlier_at + 1, f"records {earlier_at + 1}..{seq - 1} were inserted (record {seq} follows "
                       f"{earlier_at})")  # fmt: skip
        if intact:
            raise _Bad(seq - 1, f"record {seq - 1} was rewritten: its hash is not the prev_hash of record {seq}")
        raise _Bad(seq, f"record {seq} does not link to record {seq - 1} (edited, swapped or moved)")

    def finish(self, head_seq: int) -> None:
        last = self.expected - 1
        if self.cp_index < len(self.cps):
            end = self.cps[-1].seq_to
            raise _Bad(self.expected, f"records {self.expected}..{end} are missing (truncated; checkpoints cover them)")
        if head_seq > last:
            raise _Bad(
                last + 1, f"records {last + 1}..{head_seq} are missing (truncated; the head row says {head_seq})"
            )


def build_proof(store: LedgerStore, seq: int) -> dict[str, Any]:
    """An inclusion proof that record ``seq`` is under a signed checkpoint; ``LookupError`` when the
    record does not exist or no checkpoint covers it yet."""
    cps = store.checkpoints()
    i = bisect.bisect_right([c.seq_from for c in cps], seq) - 1
    if i < 0 or cps[i].seq_to < seq:
        raise LookupError(f"record {seq} is not covered by a checkpoint (yet)")
    cp = cps[i]
    rows = store.rows(seq - 1, 1)
    if not rows or row_seq(rows[0]) != seq:
        raise LookupError(f"record {seq} does not exist")
    hashes = store.hashes(cp.seq_from, cp.seq_to)
    if len(hashes) != cp.seq_to - cp.seq_from + 1:
        raise LookupError(f"records of checkpoint {cp.seq_from}..{cp.seq_to} are missing: run 'audit verify'")
    leaves = merkle.leaves(hashes)
    index = seq - cp.seq_from
    return {
        "format": PROOF_FORMAT,
        "record": from_row(rows[0]).to_dict(),
        "leaf_index": index,
        "tree_size": len(leaves),
        "path": [p.hex() for p in merkle.inclusion_path(leaves, index)],
        "checkpoint": cp.to_dict(),
    }


def check_proof(proof: str | bytes | Mapping[str, Any], public_key_pem: str | bytes) -> bool:
    """Offline check of a ``build_proof`` result: the record's own hash, its Merkle path to the
    checkpoint root, and the checkpoint's Ed25519 signature under ``public_key_pem``."""
    try:
        key = AuditKey.from_public_pem(public_key_pem)
        data = orjson.loads(proof) if isinstance(proof, str | bytes) else proof
        if data.get("format") != PROOF_FORMAT:
            return False
        record = AuditRecord.from_dict(data["record"])
        cp = Checkpoint.from_dict(data["checkpoint"])
        index, size = int(data["leaf_index"]), int(data["tree_size"])
        path: Sequence[bytes] = [bytes.fromhex(p) for p in data["path"]]
        return (
            record.computed_hash() == record.hash
            and cp.seq_from + index == record.seq
            and size == cp.seq_to - cp.seq_from + 1
            and cp.key_id == key.key_id
            and key.verify(cp.payload(), cp.signature)
            and merkle.verify_inclusion(merkle.leaf_hash(record.hash), index, size, path, bytes.fromhex(cp.root))
        )
    except (ConfigError, ValueError, TypeError, KeyError, AttributeError, orjson.JSONDecodeError):
        return False

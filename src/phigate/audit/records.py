"""Audit records and checkpoints: the data, its canonical JSON, and the hash chain that binds it.

A record's ``hash`` is SHA-256 (hex) over the canonical JSON of every other field; ``prev_hash`` is
the hash of the record before it (``GENESIS`` for seq 1), so an edit anywhere breaks the chain.
Canonical JSON: keys sorted, no whitespace, UTF-8 (no ASCII escaping), floats in shortest
round-trip form (Python's ``repr``). ``ts`` and ``latency_ms`` stay in the range where every JSON
library writes that form without an exponent (see ``_real``), so any verifier can rebuild the bytes.

A record never holds message text: only counts, verdicts, identifiers and numbers. A record whose app
keeps payloads also holds ``payload_sha256``, the SHA-256 of the sealed copy kept beside it (see
``phigate.audit.payloads``); the field is absent otherwise, so records without it hash as before.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

GENESIS = "0" * 64
CHECKPOINT_DOMAIN = b"phigate-audit-checkpoint/1\n"


def canonical_json(value: Mapping[str, Any]) -> bytes:
    """Sorted keys, no whitespace, UTF-8: the bytes that are hashed and signed."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def _real(value: float, name: str) -> float:
    """``value`` as a float that every JSON library writes alike (shortest round-trip decimal, no
    exponent): in [1e-4, 1e15), or 0.0 for anything smaller (sub-0.1 microsecond latencies)."""
    x = float(value)
    if not 0 <= x < 1e15:  # also refuses NaN
        raise ValueError(f"audit field {name} must be a finite number in [0, 1e15), got {value!r}")
    return x if x >= 1e-4 else 0.0


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One request that reached authentication, allowed or refused."""

    seq: int
    ts: float
    request_id: str
    conversation: str | None
    app: str
    key_id: str
    model: str
    backend: str
    region: str | None
    policy_sha256: str
    entities: dict[str, int]
    guards: dict[str, str]
    tokens_in: int
    tokens_out: int
    latency_ms: float
    status: int
    code: str | None
    prev_hash: str
    hash: str
    payload_sha256: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {f: getattr(self, f) for f in FIELDS}
        if self.payload_sha256 is None:
            del out["payload_sha256"]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AuditRecord:
        missing = [f for f in FIELDS if f not in data and f not in OPTIONAL_FIELDS]
        if missing:
            raise ValueError(f"audit record lacks {', '.join(missing)}")
        return cls(**{f: data[f] for f in FIELDS if f in data})

    def computed_hash(self) -> str:
        """The hash this record's content calls for (equal to ``hash`` unless it was altered)."""
        body = self.to_dict()
        del body["hash"]
        return hashlib.sha256(canonical_json(body)).hexdigest()


FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(AuditRecord))
OPTIONAL_FIELDS: frozenset[str] = frozenset({"payload_sha256"})
ENTRY_FIELDS: tuple[str, ...] = tuple(f for f in FIELDS if f not in ("seq", "prev_hash", "hash"))
"""What a caller of ``Ledger.append`` gives (``payload_sha256`` only with a payload); the ledger adds
seq, prev_hash and hash."""

ROW_COLUMNS: tuple[str, ...] = ("seq", "hash", "body")
"""A stored row: ``body`` is the canonical JSON text that was hashed (the record itself, the only copy
of its fields), ``hash`` its raw 32-byte SHA-256, ``seq`` a copy for ordering that ``verify`` checks
against the body. Filters read the body (SQLite ``json_extract``, PostgreSQL ``::json``), so nothing a
query relies on sits outside what the hash covers."""

Row = tuple[Any, ...]


_ENTRY_KEYS = frozenset(ENTRY_FIELDS) - OPTIONAL_FIELDS
_SHA256_HEX = frozenset("0123456789abcdef")
_STR = ("request_id", "app", "key_id", "model", "backend", "policy_sha256")
_OPT_STR = ("conversation", "region", "code")
_INT = ("tokens_in", "tokens_out", "status")


def normalize_entry(entry: Mapping[str, Any]) -> dict[str, Any]:
    """Check an entry's fields and types and round its floats. Unknown fields are refused, so nothing
    (such as message text) slips into the ledger by accident. On the request path: kept cheap."""
    keys = entry.keys() - OPTIONAL_FIELDS
    if keys != _ENTRY_KEYS:
        extra, missing = sorted(keys - _ENTRY_KEYS), sorted(_ENTRY_KEYS - keys)
        raise ValueError(f"audit entry: unknown fields {extra}, missing fields {missing}")
    out = dict(entry)
    digest = out.get("payload_sha256")
    if "payload_sha256" in out and not (type(digest) is str and len(digest) == 64 and set(digest) <= _SHA256_HEX):
        raise ValueError("audit field payload_sha256 must be a SHA-256 in lower-case hex")
    out["ts"] = _real(entry["ts"], "ts")
    out["latency_ms"] = _real(entry["latency_ms"], "latency_ms")
    for name in _INT:
        if type(out[name]) is not int:
            raise ValueError(f"audit field {name} must be an int, got {type(out[name]).__name__}")
    for name in _STR:
        if type(out[name]) is not str:
            raise ValueError(f"audit field {name} must be a str, got {type(out[name]).__name__}")
    for name in _OPT_STR:
        if out[name] is not None and type(out[name]) is not str:
            raise ValueError(f"audit field {name} must be a str or None, got {type(out[name]).__name__}")
    entities, guards = dict(entry["entities"]), dict(entry["guards"])
    for k, v in entities.items():
        if type(k) is not str or type(v) is not int:
            raise ValueError("audit field entities must map entity types (str) to int counts")
    for k, v in guards.items():
        if type(k) is not str or type(v) is not str:
            raise ValueError("audit field guards must map guard names (str) to verdicts (str)")
    out["entities"], out["guards"] = entities, guards
    return out


def seal(entries: Iterable[Mapping[str, Any]], next_seq: int, prev_hash: str) -> tuple[list[AuditRecord], list[Row]]:
    """Number and hash-chain normalized ``entries`` after the record (``next_seq - 1``, ``prev_hash``);
    returns the records and their rows for the store."""
    records, rows = [], []
    sha, dumps, sort = hashlib.sha256, orjson.dumps, orjson.OPT_SORT_KEYS
    for entry in entries:
        body = dict(entry, seq=next_seq, prev_hash=prev_hash)
        data = dumps(body, option=sort)
        raw = sha(data).digest()
        prev_hash = raw.hex()
        records.append(AuditRecord(**body, hash=prev_hash))
        rows.append((next_seq, raw, data.decode()))
        next_seq += 1
    return records, rows


def from_row(row: Row) -> AuditRecord:
    """The record a stored row holds (its body), with the stored hash."""
    body = orjson.loads(row[2])
    body["hash"] = bytes(row[1]).hex()
    return AuditRecord.from_dict(body)


def row_seq(row: Row) -> int:
    return int(row[0])


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A signed Merkle root over records ``seq_from..seq_to`` (inclusive)."""

    seq_from: int
    seq_to: int
    root: str
    ts: float
    signature: str
    key_id: str

    def payload(self) -> bytes:
        """The signed bytes: a domain tag, then the canonical JSON of every field but the signature."""
        body = {"seq_from": self.seq_from, "seq_to": self.seq_to, "root": self.root, "ts": self.ts}
        return CHECKPOINT_DOMAIN + canonical_json({**body, "key_id": self.key_id})

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Checkpoint:
        names = [f.name for f in dataclasses.fields(cls)]
        missing = [n for n in names if n not in data]
        if missing:
            raise ValueError(f"checkpoint lacks {', '.join(missing)}")
        return cls(**{n: data[n] for n in names})

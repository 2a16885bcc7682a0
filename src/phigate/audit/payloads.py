"""The optional copy of what the model saw: the de-identified prompt and answer of a request, kept
beside the ledger for apps whose policy sets ``audit_payloads``.

The copy is sealed with AES-256-GCM under a key derived from the vault key (never stored with the
ledger), bound to its request id. The ledger record holds only the SHA-256 of the sealed bytes
(``payload_sha256``), so the chain proves the copy unaltered, and deleting the copy (a purge) leaves
the chain intact. The prompt is taken after every request stage ran (``ctx.forwarded``); the answer
is captured by an answer filter placed just before re-identification, so neither holds the caller's
raw values.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from phigate.backends.base import Body
from phigate.errors import AuditIntegrityError
from phigate.pipeline import AnswerFilter, RequestContext

_VERSION = b"\x01"
_NONCE = 12
_ANSWER = "audit_answer"


class PayloadCipher:
    """Seals and opens payload copies under a key derived from the vault key."""

    def __init__(self, vault_key: bytes) -> None:
        key = HKDF(algorithm=SHA256(), length=32, salt=None, info=b"phigate audit payload v1").derive(vault_key)
        self._aead = AESGCM(key)

    def seal(self, payload: Mapping[str, Any], request_id: str) -> bytes:
        nonce = os.urandom(_NONCE)
        return _VERSION + nonce + self._aead.encrypt(nonce, orjson.dumps(payload), request_id.encode())

    def open(self, blob: bytes, request_id: str) -> dict[str, Any]:
        """The payload; ``AuditIntegrityError`` if it was altered, belongs to another request or was
        sealed under another key."""
        if blob[:1] != _VERSION or len(blob) < 1 + _NONCE + 16:
            raise AuditIntegrityError(f"the payload of request {request_id} is not a phigate payload (version)")
        try:
            plain = self._aead.decrypt(blob[1 : 1 + _NONCE], blob[1 + _NONCE :], request_id.encode())
        except InvalidTag:
            raise AuditIntegrityError(
                f"the payload of request {request_id} does not open: altered, moved, or sealed under another vault key"
            ) from None
        value: dict[str, Any] = orjson.loads(plain)
        return value


def digest(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


def payload_of(ctx: RequestContext) -> dict[str, Any] | None:
    """What to keep for this request: None unless its app keeps payloads and the request was forwarded."""
    if not ctx.app.audit_payloads or ctx.forwarded is None:
        return None
    return {"route": ctx.route, "request": ctx.forwarded, "answer": ctx.notes.get(_ANSWER, {})}


class _Capture:
    """Passes the answer through unchanged and keeps a copy of each field's text."""

    def __init__(self, into: dict[str, str]) -> None:
        self._into = into

    def feed(self, field: str, text: str) -> str:
        self._into[field] = self._into.get(field, "") + text
        return text

    def finish(self, field: str) -> str:
        return ""


class PayloadStage:
    """A pipeline stage with nothing to do on the request; for apps that keep payloads, its answer
    filter copies the answer as it stands before re-identification."""

    name = "audit_payload"

    async def on_request(self, ctx: RequestContext, payload: Body) -> None:
        return None

    def answer_filter(self, ctx: RequestContext) -> AnswerFilter | None:
        if not ctx.app.audit_payloads:
            return None
        answer: dict[str, str] = ctx.notes.setdefault(_ANSWER, {})
        return _Capture(answer)

"""The Ed25519 key that signs ledger checkpoints, and the public half inspectors verify with.

The private key lives at ``<data_dir>/audit_signing.key`` (PKCS#8 PEM, mode 0600, created on first
use) unless a PEM file is named explicitly. Every process that writes to one shared ledger must use
the same key: verification trusts exactly one public key. ``key_id`` is the first 16 hex digits of
SHA-256 over the raw public key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from phigate.errors import ConfigError
from phigate.secretfile import create_secret_file

KEY_FILE = "audit_signing.key"


def key_id_of(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


class AuditKey:
    """A public key that verifies checkpoint signatures, and when loaded from a private key, signs them."""

    def __init__(self, public_key: Ed25519PublicKey, private_key: Ed25519PrivateKey | None = None) -> None:
        self.public_key = public_key
        self._private = private_key
        self.key_id = key_id_of(public_key)

    @classmethod
    def generate(cls) -> AuditKey:
        private = Ed25519PrivateKey.generate()
        return cls(private.public_key(), private)

    @classmethod
    def from_public_pem(cls, pem: str | bytes) -> AuditKey:
        """A verify-only key from an exported public key (what an inspector holds)."""
        data = pem.encode() if isinstance(pem, str) else pem
        try:
            key = serialization.load_pem_public_key(data)
        except ValueError as exc:
            raise ConfigError(f"not a PEM public key: {exc}") from None
        if not isinstance(key, Ed25519PublicKey):
            raise ConfigError(f"the audit public key must be Ed25519, not {type(key).__name__}")
        return cls(key)

    @classmethod
    def from_private_pem(cls, pem: bytes, source: str = "the audit signing key") -> AuditKey:
        try:
            key = serialization.load_pem_private_key(pem, password=None)
        except (ValueError, TypeError) as exc:
            raise ConfigError(f"{source}: not an unencrypted PEM private key: {exc}") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise ConfigError(f"{source}: the audit signing key must be Ed25519, not {type(key).__name__}")
        return cls(key.public_key(), key)

    @classmethod
    def load(cls, data_dir: Path, pem_path: Path | None = None, *, create: bool = True) -> AuditKey:
        """The signing key from ``pem_path`` when given, else ``<data_dir>/audit_signing.key``, created
        (0600) on first use when ``create``; a key file readable by group or others is refused."""
        path = pem_path if pem_path is not None else data_dir / KEY_FILE
        if not path.exists():
            if pem_path is not None or not create:
                raise ConfigError(f"{path}: no audit signing key there")
            _create_key_file(path)
        try:
            mode = path.stat().st_mode
            if os.name == "posix" and mode & 0o077:
                raise ConfigError(
                    f"{path} is accessible by group or others (mode {mode & 0o777:04o}); run: chmod 600 {path}"
                )
            pem = path.read_bytes()
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read the audit signing key: {exc}") from None
        return cls.from_private_pem(pem, str(path))

    @property
    def can_sign(self) -> bool:
        return self._private is not None

    def sign(self, payload: bytes) -> str:
        """Base64 Ed25519 signature of ``payload``."""
        if self._private is None:
            raise ConfigError("this audit key holds only the public half: it cannot sign checkpoints")
        return base64.b64encode(self._private.sign(payload)).decode("ascii")

    def verify(self, payload: bytes, signature: str) -> bool:
        try:
            self.public_key.verify(base64.b64decode(signature, validate=True), payload)
        except (InvalidSignature, binascii.Error, ValueError):
            return False
        return True

    def public_pem(self) -> str:
        """The public key as SubjectPublicKeyInfo PEM, for inspectors."""
        return self.public_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")


def _create_key_file(path: Path) -> None:
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    create_secret_file(path, pem, "audit signing key")

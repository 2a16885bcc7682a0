"""The vault: placeholder → original value, encrypted, per scope (one conversation of one app).

Values are sealed with AES-256-GCM (random 96-bit nonce per entry; the scope, token and entity type
are bound as associated data, so a ciphertext moved to another row fails to open). Each row also holds
an HMAC-SHA256 of the value under a second key derived from the vault key: a value is found again
without decrypting anything, and UNIQUE(scope, value_mac) lets concurrent writers agree on one token.
The MAC covers the scope too, so equal values in two conversations cannot be linked from the database.
Keys never reach the database; deleting rows (``purge``) shreds the mapping for good.

The rows live in a ``VaultStore`` (``phigate.deid.vault_stores``), re-exported here. On the request
path a scope costs one SELECT (``Vault.session``) and, when new values appeared, one
insert (``VaultSession.commit``). Any store or decryption failure raises ``StoreError`` (fail closed).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from phigate.deid.vault_stores import (
    SCHEMA_VERSION,
    MemoryVaultStore,
    PostgresVaultStore,
    RequestVaultStore,
    SqliteVaultStore,
    VaultRow,
    VaultStore,
)
from phigate.errors import ConfigError, DeidError, StoreError
from phigate.secretfile import create_secret_file

KEY_FILE = "vault.key"
KEY_BYTES = 32
_FORMAT = 1  # first byte of every ciphertext: room for key rotation later
_NONCE = 12
_TAG = 16
_MAX_MINT = 1000  # make() calls per new token before we call the token maker broken
_COMMIT_ATTEMPTS = 5

__all__ = [
    "KEY_BYTES",
    "SCHEMA_VERSION",
    "MakeToken",
    "MemoryVaultStore",
    "PostgresVaultStore",
    "RequestVaultStore",
    "SqliteVaultStore",
    "Vault",
    "VaultRow",
    "VaultSession",
    "VaultStore",
    "replace_tokens",
]

MakeToken = Callable[[str, int], str]
"""``make(entity_type, n)`` → a placeholder such as ``[PERSON_2]``."""


def _lp(data: bytes) -> bytes:
    """Length-prefixed, so that concatenated fields cannot be re-split differently."""
    return len(data).to_bytes(4, "big") + data


def _enc(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def replace_tokens(text: str, mapping: dict[str, str]) -> str:
    """Replace every key of ``mapping`` found in ``text`` in one pass, longest key first (so
    ``[PERSON_12]`` wins over a prefix of it, and a rename map that swaps two tokens works)."""
    if not mapping:
        return text
    pattern = re.compile("|".join(map(re.escape, sorted(mapping, key=len, reverse=True))))
    return pattern.sub(lambda m: mapping[m.group()], text)


class Vault:
    """Seals and opens entries of one store under one 32-byte key; hands out per-scope sessions."""

    def __init__(
        self, store: VaultStore, key: bytes, ttl: float = 86400.0, clock: Callable[[], float] = time.time
    ) -> None:
        if len(key) != KEY_BYTES:
            raise ConfigError(f"the vault key must be {KEY_BYTES} bytes (AES-256), got {len(key)}")
        if ttl <= 0:
            raise ConfigError(f"the vault ttl must be positive, got {ttl}")
        self.store = store
        self.ttl = ttl
        self._clock = clock
        self._aead = AESGCM(self._derive(key, b"phigate vault encryption v1"))
        self._mac = hmac.new(self._derive(key, b"phigate vault lookup v1"), digestmod=hashlib.sha256)
        # For deterministic pseudonyms and date shifts: one deployment secret, never the raw key.
        self.secret = self._derive(key, b"phigate operators v1")

    @staticmethod
    def _derive(key: bytes, info: bytes) -> bytes:
        return HKDF(algorithm=SHA256(), length=32, salt=None, info=info).derive(key)

    def session(self, scope: str) -> VaultSession:
        """The scope's live mapping, loaded with one SELECT; new entries wait for ``commit()``."""
        return VaultSession(self, scope, self.store.load(scope, self._clock()))

    def reidentify(self, text: str, scope: str) -> str:
        """``text`` with every token of ``scope`` replaced by its original value; other text untouched."""
        return self.session(scope).reidentify(text)

    def purge(
        self,
        *,
        scope: str | None = None,
        scope_prefix: str | None = None,
        older_than: float | None = None,
        expired_before: float | None = None,
    ) -> int:
        """Delete entries for good (crypto-shredding: the rows are the only copy of the sealed values)."""
        return self.store.purge(
            scope=scope, scope_prefix=scope_prefix, older_than=older_than, expired_before=expired_before
        )

    def close(self) -> None:
        self.store.close()

    def _scope_mac(self, scope: str) -> hmac.HMAC:
        mac = self._mac.copy()
        mac.update(_lp(_enc(scope)))
        return mac

    @staticmethod
    def _aad(scope: str, token: str, entity_type: str) -> bytes:
        return b"phigate-vault/1" + _lp(_enc(scope)) + _lp(_enc(token)) + _lp(_enc(entity_type))

    def _seal(self, scope: str, token: str, entry: _Pending, now: float) -> VaultRow:
        nonce = os.urandom(_NONCE)
        sealed = self._aead.encrypt(nonce, _enc(entry.value), self._aad(scope, token, entry.entity_type))
        return VaultRow(token, entry.entity_type, entry.mac, bytes([_FORMAT]) + nonce + sealed, now, now + self.ttl)

    def _open(self, scope: str, row: VaultRow, scope_mac: hmac.HMAC) -> str:
        blob = row.ciphertext
        try:
            if len(blob) < 1 + _NONCE + _TAG or blob[0] != _FORMAT:
                raise InvalidTag
            plain = self._aead.decrypt(
                blob[1 : 1 + _NONCE], blob[1 + _NONCE :], self._aad(scope, row.token, row.entity_type)
            )
            mac = scope_mac.copy()
            mac.update(plain)
            if not hmac.compare_digest(mac.digest(), row.value_mac):
                raise InvalidTag
        except InvalidTag:
            raise StoreError(
                f"{self.store.name}: vault entry {row.token!r} cannot be opened (wrong vault key or tampered data)"
            ) from None
        return plain.decode("utf-8", "surrogatepass")

    @staticmethod
    def load_key(data_dir: Path, env_value: str | None) -> bytes:
        """The 32-byte vault key: from ``env_value`` (base64, standard or urlsafe) when given, else from
        ``<data_dir>/vault.key``, which is created (mode 0600, random) on first use."""
        if env_value is not None:
            return _decode_key(env_value, "the vault key from the environment")
        path = data_dir / KEY_FILE
        if not path.exists():
            _create_key_file(path)
        try:
            mode = path.stat().st_mode
            if os.name == "posix" and mode & 0o077:
                raise ConfigError(
                    f"{path} is accessible by group or others (mode {mode & 0o777:04o}); run: chmod 600 {path}"
                )
            text = path.read_text("ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read the vault key: {exc}") from None
        return _decode_key(text, str(path))


def _decode_key(text: str, source: str) -> bytes:
    data = text.strip().replace("-", "+").replace("_", "/")
    if not data:
        raise ConfigError(f"{source} is empty; expected base64 of {KEY_BYTES} random bytes")
    try:
        key = base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError(f"{source} is not valid base64; expected base64 of {KEY_BYTES} random bytes") from None
    if len(key) != KEY_BYTES:
        raise ConfigError(f"{source} decodes to {len(key)} bytes; the vault key must be {KEY_BYTES} bytes")
    return key


def _create_key_file(path: Path) -> None:
    key = base64.urlsafe_b64encode(os.urandom(KEY_BYTES)) + b"\n"
    create_secret_file(path, key, "vault key")


@dataclass(frozen=True, slots=True)
class _Pending:
    entity_type: str
    value: str
    mac: bytes
    make: MakeToken


class VaultSession:
    """One scope's mapping during one request: stable tokens, new ones numbered per entity type.

    Not thread-safe; one per request. ``commit()`` returns ``{token handed out: token stored}`` for
    the rare tokens that a concurrent writer forced to change (apply with ``replace_tokens``).
    """

    def __init__(self, vault: Vault, scope: str, rows: list[VaultRow]) -> None:
        self.scope = scope
        self._vault = vault
        self._scope_mac = vault._scope_mac(scope)
        self._pending: dict[str, _Pending] = {}
        self._reset(rows)

    def _reset(self, rows: list[VaultRow]) -> None:
        self._rows = {r.token: r for r in rows}
        self._by_mac = {r.value_mac: r.token for r in rows}
        self._counts = Counter(r.entity_type for r in rows)
        self._plain: dict[str, str] = {}

    def _mac_of(self, value: str) -> bytes:
        mac = self._scope_mac.copy()
        mac.update(_enc(value))
        return mac.digest()

    def token_for(self, entity_type: str, value: str, make: MakeToken) -> str:
        """The scope's token for ``value``; a new one from ``make(entity_type, n)`` if it has none."""
        mac = self._mac_of(value)
        token = self._by_mac.get(mac)
        if token is None:
            token = self._mint(entity_type, make)
            self._hold(token, _Pending(entity_type, value, mac, make))
        return token

    def _hold(self, token: str, entry: _Pending) -> None:
        self._pending[token] = entry
        self._by_mac[entry.mac] = token
        self._plain[token] = entry.value
        self._counts[entry.entity_type] += 1

    def _mint(self, entity_type: str, make: MakeToken) -> str:
        n = self._counts[entity_type] + 1
        for _ in range(_MAX_MINT):
            token = make(entity_type, n)
            if token and token not in self._rows and token not in self._pending:
                return token
            n += 1
        raise DeidError(f"the token maker for {entity_type} returned only taken or empty tokens up to n={n}")

    def original(self, token: str) -> str | None:
        """The original value behind ``token`` in this scope, or None."""
        plain = self._plain.get(token)
        if plain is None:
            row = self._rows.get(token)
            if row is None:
                return None
            plain = self._plain[token] = self._vault._open(self.scope, row, self._scope_mac)
        return plain

    @property
    def mapping(self) -> dict[str, str]:
        """Every token of the scope → its original value (decrypts all entries)."""
        return {t: self.original(t) or "" for t in [*self._rows, *self._pending]}

    def reidentify(self, text: str) -> str:
        """``text`` with this scope's tokens replaced by their original values (only those present)."""
        found = {t: self.original(t) or "" for t in [*self._rows, *self._pending] if t in text}
        return replace_tokens(text, found)

    def commit(self) -> dict[str, str]:
        """Store the new entries in one insert; on a lost race re-load and reconcile, then retry.

        Returns the renamed tokens (usually empty); after it, ``token_for`` and ``mapping`` agree with
        the store.
        """
        issued = {entry.mac: token for token, entry in self._pending.items()}
        for _ in range(_COMMIT_ATTEMPTS):
            if not self._pending:
                break
            now = self._vault._clock()
            rows = [self._vault._seal(self.scope, t, e, now) for t, e in self._pending.items()]
            if self._vault.store.add(self.scope, rows) == len(rows):
                self._rows.update((r.token, r) for r in rows)
                self._pending.clear()
                break
            # Lost a race, or an expired row not yet purged holds the slot: clear expired rows, reconcile.
            self._vault.store.purge(scope=self.scope, expired_before=now)
            self._reconcile(self._vault.store.load(self.scope, now))
        else:
            raise StoreError(
                f"{self._vault.store.name}: could not store new vault entries after {_COMMIT_ATTEMPTS} attempts"
            )
        return {token: self._by_mac[mac] for mac, token in issued.items() if self._by_mac[mac] != token}

    def _reconcile(self, rows: list[VaultRow]) -> None:
        """Adopt the store's rows; keep each pending token that is still free, re-mint the others."""
        pending, self._pending = self._pending, {}
        self._reset(rows)
        clashed = []
        for token, entry in pending.items():
            if entry.mac in self._by_mac:
                continue  # the value is stored already (by us in part, or by the other writer)
            if token in self._rows:
                clashed.append(entry)
            else:
                self._hold(token, entry)
        for entry in clashed:
            self._hold(self._mint(entry.entity_type, entry.make), entry)

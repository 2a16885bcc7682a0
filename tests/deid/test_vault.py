"""The vault against all three stores: memory, SQLite and a real PostgreSQL server."""

from __future__ import annotations

import base64
import dataclasses
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

from phigate.deid.vault import (
    MemoryVaultStore,
    PostgresVaultStore,
    SqliteVaultStore,
    Vault,
    VaultRow,
    VaultStore,
    replace_tokens,
)
from phigate.errors import ConfigError, DeidError, StoreError

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
SCOPE = "storefront\x1fconv-1"


def bracket(entity_type: str, n: int) -> str:
    return f"[{entity_type}_{n}]"


def bare(entity_type: str, n: int) -> str:
    return f"{entity_type}_{n}"


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@dataclass
class StoreCase:
    """One store kind, with raw access to what it keeps (to prove what is and is not stored)."""

    kind: str
    open: Callable[[], VaultStore]  # another handle on the same data, as a second process would have
    raw: Callable[[], list[tuple[str, str, bytes, bytes]]]  # scope, token, value_mac, ciphertext
    set_ciphertext: Callable[[str, str, bytes], None]
    opened: list[VaultStore] = field(default_factory=list)

    def store(self) -> VaultStore:
        store = self.open()
        self.opened.append(store)
        return store

    def vault(self, key: bytes = KEY, **kw: object) -> Vault:
        return Vault(self.store(), key, **kw)  # type: ignore[arg-type]


def _memory_case() -> StoreCase:
    store = MemoryVaultStore()

    def raw() -> list[tuple[str, str, bytes, bytes]]:
        return [(s, r.token, r.value_mac, r.ciphertext) for s, t in store._scopes.items() for r in t.values()]

    def set_ciphertext(scope: str, token: str, blob: bytes) -> None:
        table = store._scopes[scope]
        table[token] = dataclasses.replace(table[token], ciphertext=blob)

    return StoreCase("memory", lambda: store, raw, set_ciphertext)


def _sqlite_case(path: Path) -> StoreCase:
    def sql(query: str, *params: object) -> list[tuple[str, str, bytes, bytes]]:
        with sqlite3.connect(path) as db:
            rows = db.execute(query, params).fetchall()
        db.close()
        return rows

    def set_ciphertext(scope: str, token: str, blob: bytes) -> None:
        sql("UPDATE vault_entries SET ciphertext = ? WHERE scope = ? AND token = ?", blob, scope, token)

    return StoreCase(
        "sqlite",
        lambda: SqliteVaultStore(path),
        lambda: sql("SELECT scope, token, value_mac, ciphertext FROM vault_entries"),
        set_ciphertext,
    )


def _postgres_case(dsn: str) -> StoreCase:
    def sql(query: str, *params: object) -> list[tuple[str, str, bytes, bytes]]:
        with psycopg.connect(dsn, autocommit=True) as conn:
            cur = conn.execute(query, params)
            return cur.fetchall() if cur.description else []

    def set_ciphertext(scope: str, token: str, blob: bytes) -> None:
        sql("UPDATE phigate_vault SET ciphertext = %s WHERE scope = %s AND token = %s", blob, scope, token)

    return StoreCase(
        "postgres",
        lambda: PostgresVaultStore(dsn),
        lambda: sql("SELECT scope, token, value_mac, ciphertext FROM phigate_vault"),
        set_ciphertext,
    )


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def case(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreCase]:
    if request.param == "memory":
        made = _memory_case()
    elif request.param == "sqlite":
        made = _sqlite_case(tmp_path / "vault.db")
    else:
        made = _postgres_case(request.getfixturevalue("postgres_schema_dsn"))
    yield made
    for store in made.opened:
        store.close()


class CountingStore:
    """Wraps a store and counts the calls that reach it (one SELECT per session is the contract)."""

    def __init__(self, inner: VaultStore) -> None:
        self.inner = inner
        self.name = inner.name
        self.calls: list[str] = []

    def load(self, scope: str, now: float) -> list[VaultRow]:
        self.calls.append("load")
        return self.inner.load(scope, now)

    def add(self, scope: str, rows: Sequence[VaultRow]) -> int:
        self.calls.append("add")
        return self.inner.add(scope, rows)

    def purge(self, **filters: float | str | None) -> int:
        self.calls.append("purge")
        return self.inner.purge(**filters)  # type: ignore[arg-type]

    def close(self) -> None:
        self.inner.close()


# --- tokens -------------------------------------------------------------------------------------


def test_same_value_same_token_within_a_scope_and_across_sessions(case: StoreCase) -> None:
    vault = case.vault()
    session = vault.session(SCOPE)
    first = session.token_for("PERSON", "Alice Smith", bracket)
    assert session.token_for("PERSON", "Alice Smith", bracket) == first == "[PERSON_1]"
    assert session.commit() == {}
    later = vault.session(SCOPE)
    assert later.token_for("PERSON", "Alice Smith", bracket) == "[PERSON_1]"
    assert later.original("[PERSON_1]") == "Alice Smith"
    assert later.original("[PERSON_9]") is None


def test_numbering_per_entity_type_continues_across_sessions(case: StoreCase) -> None:
    vault = case.vault()
    session = vault.session(SCOPE)
    got = [session.token_for(t, v, bracket) for t, v in [("PERSON", "Ann"), ("DATE", "1 May"), ("PERSON", "Bo")]]
    assert got == ["[PERSON_1]", "[DATE_1]", "[PERSON_2]"]
    session.commit()
    later = vault.session(SCOPE)
    assert later.token_for("PERSON", "Cy", bracket) == "[PERSON_3]"
    assert later.mapping == {"[PERSON_1]": "Ann", "[DATE_1]": "1 May", "[PERSON_2]": "Bo", "[PERSON_3]": "Cy"}


def test_a_taken_token_is_never_reused_for_another_value(case: StoreCase) -> None:
    session = case.vault().session(SCOPE)
    shared = lambda entity_type, n: f"<{n}>"  # noqa: E731 - one namespace for all types
    assert session.token_for("PERSON", "Ann", shared) == "<1>"
    assert session.token_for("DATE", "1 May", shared) == "<2>"  # DATE n=1 gives <1>, taken: asked again
    session.commit()
    assert case.vault().session(SCOPE).mapping == {"<1>": "Ann", "<2>": "1 May"}


def test_a_token_maker_that_only_returns_taken_tokens_is_an_error(case: StoreCase) -> None:
    session = case.vault().session(SCOPE)
    session.token_for("PERSON", "Ann", lambda t, n: "X")
    with pytest.raises(DeidError, match="token maker for PERSON"):
        session.token_for("PERSON", "Bo", lambda t, n: "X")


def test_scopes_never_mix(case: StoreCase) -> None:
    vault = case.vault()
    for scope, name in [("a\x1f1", "Alice"), ("a\x1f2", "Bob"), ("b\x1f1", "Alice")]:
        session = vault.session(scope)
        assert session.token_for("PERSON", name, bracket) == "[PERSON_1]"
        session.commit()
    assert vault.reidentify("hi [PERSON_1]", "a\x1f1") == "hi Alice"
    assert vault.reidentify("hi [PERSON_1]", "a\x1f2") == "hi Bob"
    assert vault.reidentify("hi [PERSON_1]", "a\x1f3") == "hi [PERSON_1]"
    # The same value in two scopes leaves no common trace in the store (the MAC covers the scope).
    macs = [mac for scope, _, mac, _ in case.raw() if scope in ("a\x1f1", "b\x1f1")]
    assert len(macs) == 2 and macs[0] != macs[1]
    assert vault.purge(scope="a\x1f1") == 1
    assert vault.reidentify("[PERSON_1]", "b\x1f1") == "Alice"


# --- re-identification --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "text", "expected"),
    [
        (bracket, "[PERSON_1] and [PERSON_12]", "P1 and P12"),
        (bracket, "[PERSON_12][PERSON_1][PERSON_2]", "P12P1P2"),
        (bare, "PERSON_12 then PERSON_1.", "P12 then P1."),  # a token that is a prefix of another
        (bracket, "[PERSON_13] is not in the scope", "[PERSON_13] is not in the scope"),
        (bracket, "no tokens at all", "no tokens at all"),
        (bracket, "", ""),
    ],
)
def test_reidentify(case: StoreCase, make: Callable[[str, int], str], text: str, expected: str) -> None:
    vault = case.vault()
    session = vault.session(SCOPE)
    for n in range(1, 13):
        session.token_for("PERSON", f"P{n}", make)
    session.commit()
    assert vault.reidentify(text, SCOPE) == expected
    assert vault.session(SCOPE).reidentify(text) == expected


def test_session_reidentifies_its_uncommitted_entries() -> None:
    session = Vault(MemoryVaultStore(), KEY).session(SCOPE)
    token = session.token_for("EMAIL", "ann@example.org", bracket)
    assert session.reidentify(f"mail {token}") == "mail ann@example.org"


@pytest.mark.parametrize(
    ("mapping", "text", "expected"),
    [
        ({}, "a [X_1]", "a [X_1]"),
        ({"[X_1]": "[X_2]", "[X_2]": "[X_1]"}, "[X_1] [X_2]", "[X_2] [X_1]"),  # a swap, done in one pass
        ({"X_1": "a", "X_12": "b"}, "X_12 X_1", "b a"),
        ({"a.b": "ok"}, "a.b axb", "ok axb"),  # tokens are literal text, not patterns
    ],
)
def test_replace_tokens(mapping: dict[str, str], text: str, expected: str) -> None:
    assert replace_tokens(text, mapping) == expected


# --- one query per request ----------------------------------------------------------------------


def test_one_select_per_session_and_one_insert_per_commit(case: StoreCase) -> None:
    store = CountingStore(case.store())
    vault = Vault(store, KEY)
    session = vault.session(SCOPE)
    for n in range(5):
        session.token_for("PERSON", f"name {n}", bracket)
    session.token_for("PERSON", "name 0", bracket)
    session.original("[PERSON_1]")
    assert session.commit() == {}
    assert store.calls == ["load", "add"]
    store.calls.clear()
    quiet = vault.session(SCOPE)
    quiet.token_for("PERSON", "name 3", bracket)
    assert quiet.commit() == {}
    assert quiet.commit() == {}
    assert store.calls == ["load"]


# --- concurrency --------------------------------------------------------------------------------


def test_concurrent_sessions_on_one_scope_reconcile(case: StoreCase) -> None:
    one, two = case.vault(), case.vault()  # two handles, as two gateway processes would have
    s1, s2 = one.session(SCOPE), two.session(SCOPE)
    assert s1.token_for("PERSON", "Alice", bracket) == "[PERSON_1]"
    assert s2.token_for("PERSON", "Bob", bracket) == "[PERSON_1]"
    assert s2.token_for("PERSON", "Alice", bracket) == "[PERSON_2]"
    assert s2.token_for("DATE", "2 June", bracket) == "[DATE_1]"
    assert s1.commit() == {}
    renames = s2.commit()
    # Alice keeps the stored [PERSON_1]; Bob moves to [PERSON_2]; [DATE_1] was free and stays.
    assert renames == {"[PERSON_1]": "[PERSON_2]", "[PERSON_2]": "[PERSON_1]"}
    assert replace_tokens("[PERSON_1] met [PERSON_2] on [DATE_1]", renames) == "[PERSON_2] met [PERSON_1] on [DATE_1]"
    expected = {"[PERSON_1]": "Alice", "[PERSON_2]": "Bob", "[DATE_1]": "2 June"}
    assert s2.mapping == expected
    assert s2.token_for("PERSON", "Bob", bracket) == "[PERSON_2]"
    assert one.session(SCOPE).mapping == expected == two.session(SCOPE).mapping
    assert len(case.raw()) == 3


def test_concurrent_sessions_adding_the_same_value_agree(case: StoreCase) -> None:
    one, two = case.vault(), case.vault()
    s1, s2 = one.session(SCOPE), two.session(SCOPE)
    s1.token_for("PERSON", "Alice", bracket)
    s2.token_for("PERSON", "Alice", bracket)
    assert s1.commit() == {} and s2.commit() == {}
    assert len(case.raw()) == 1


# --- expiry and purge ---------------------------------------------------------------------------


def test_expired_entries_are_invisible_and_their_slots_reusable(case: StoreCase) -> None:
    clock = Clock()
    vault = case.vault(ttl=100.0, clock=clock)
    session = vault.session(SCOPE)
    session.token_for("PERSON", "Alice", bracket)
    session.token_for("PERSON", "Bob", bracket)
    session.commit()
    clock.now += 99
    assert vault.reidentify("[PERSON_1]", SCOPE) == "Alice"
    clock.now += 1
    assert vault.reidentify("[PERSON_1]", SCOPE) == "[PERSON_1]"
    # Expired rows not yet purged still occupy their token and value slots: commit clears them.
    later = vault.session(SCOPE)
    assert later.token_for("PERSON", "Bob", bracket) == "[PERSON_1]"
    assert later.commit() == {}
    assert vault.session(SCOPE).mapping == {"[PERSON_1]": "Bob"}
    clock.now += 100
    assert vault.purge(expired_before=clock.now) == 1
    assert case.raw() == []


def _fill(vault: Vault, clock: Clock) -> None:
    for created, scope in [(0, "shop\x1fa"), (10, "shop\x1fb"), (20, "shopping\x1fa"), (30, "clinic\x1fa")]:
        clock.now = 1000.0 + created
        session = vault.session(scope)
        session.token_for("PERSON", "Ann", bracket)
        session.token_for("EMAIL", "ann@example.org", bracket)
        session.commit()


@pytest.mark.parametrize(
    ("filters", "removed", "left"),
    [
        ({"scope": "shop\x1fa"}, 2, {"shop\x1fb", "shopping\x1fa", "clinic\x1fa"}),
        ({"scope_prefix": "shop\x1f"}, 4, {"shopping\x1fa", "clinic\x1fa"}),
        ({"scope_prefix": "shop"}, 6, {"clinic\x1fa"}),
        ({"older_than": 1010.0}, 2, {"shop\x1fb", "shopping\x1fa", "clinic\x1fa"}),
        ({"scope_prefix": "shop", "older_than": 1015.0}, 4, {"shopping\x1fa", "clinic\x1fa"}),
        ({"expired_before": 1000.0 + 86400 + 15}, 4, {"shopping\x1fa", "clinic\x1fa"}),
        ({"scope": "nope"}, 0, {"shop\x1fa", "shop\x1fb", "shopping\x1fa", "clinic\x1fa"}),
        ({"scope_prefix": "%"}, 0, {"shop\x1fa", "shop\x1fb", "shopping\x1fa", "clinic\x1fa"}),  # no wildcards
    ],
)
def test_purge(case: StoreCase, filters: dict[str, str | float], removed: int, left: set[str]) -> None:
    clock = Clock()
    vault = case.vault(clock=clock)
    _fill(vault, clock)
    assert vault.purge(**filters) == removed  # type: ignore[arg-type]
    assert {scope for scope, *_ in case.raw()} == left
    for scope in {"shop\x1fa", "shop\x1fb", "shopping\x1fa", "clinic\x1fa"} - left:
        assert vault.reidentify("[PERSON_1]", scope) == "[PERSON_1]"


def test_purge_refuses_to_delete_everything_unasked(case: StoreCase) -> None:
    with pytest.raises(ValueError, match="at least one"):
        case.vault().purge()


# --- confidentiality and integrity --------------------------------------------------------------


def _stored(case: StoreCase, key: bytes = KEY) -> Vault:
    vault = case.vault(key)
    session = vault.session(SCOPE)
    session.token_for("PERSON", "Alice Smith", bracket)
    session.token_for("SSN", "123-45-6789", bracket)
    session.commit()
    return vault


def test_the_store_holds_no_plaintext(case: StoreCase) -> None:
    _stored(case)
    rows = case.raw()
    assert len(rows) == 2
    for _, _, mac, blob in rows:
        for secret in (b"Alice", b"Smith", b"123-45-6789", base64.b64encode(b"Alice Smith")):
            assert secret not in blob and secret not in mac
    assert len({blob[1:13] for *_, blob in rows}) == 2  # a fresh nonce per entry


@pytest.mark.parametrize(
    "spoil",
    [
        lambda blob, other: blob[:-1] + bytes([blob[-1] ^ 1]),  # flipped tag bit
        lambda blob, other: blob[:20] + bytes([blob[20] ^ 0x80]) + blob[21:],  # flipped ciphertext bit
        lambda blob, other: b"\x02" + blob[1:],  # unknown format
        lambda blob, other: blob[:10],  # truncated
        lambda blob, other: other,  # a valid ciphertext of another token (bound by the associated data)
    ],
    ids=["tag", "body", "format", "truncated", "moved"],
)
def test_tampered_ciphertext_fails_closed(case: StoreCase, spoil: Callable[[bytes, bytes], bytes]) -> None:
    vault = _stored(case)
    blobs = {token: blob for _, token, _, blob in case.raw()}
    case.set_ciphertext(SCOPE, "[PERSON_1]", spoil(blobs["[PERSON_1]"], blobs["[SSN_1]"]))
    with pytest.raises(StoreError, match=r"\[PERSON_1\].*wrong vault key or tampered data"):
        vault.reidentify("dear [PERSON_1]", SCOPE)
    session = vault.session(SCOPE)
    assert session.original("[SSN_1]") == "123-45-6789"  # the untouched entry still opens
    with pytest.raises(StoreError):
        session.original("[PERSON_1]")
    with pytest.raises(StoreError):
        _ = session.mapping


def test_wrong_key_fails_closed(case: StoreCase) -> None:
    _stored(case)
    intruder = case.vault(OTHER_KEY)
    with pytest.raises(StoreError, match="wrong vault key"):
        intruder.reidentify("[PERSON_1]", SCOPE)
    # Without the key the lookup MACs differ too: the value cannot even be recognised.
    session = intruder.session(SCOPE)
    assert session.token_for("PERSON", "Alice Smith", bracket) == "[PERSON_2]"


# --- stores: schema versions and failures -------------------------------------------------------


def test_sqlite_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    SqliteVaultStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version=99")
    db.close()
    with pytest.raises(StoreError, match="newer phigate.*vault schema 99"):
        SqliteVaultStore(path)


def test_postgres_refuses_a_newer_schema(postgres_schema_dsn: str) -> None:
    PostgresVaultStore(postgres_schema_dsn).close()
    with psycopg.connect(postgres_schema_dsn, autocommit=True) as conn:
        conn.execute("UPDATE phigate_meta SET version = 99 WHERE component = 'vault'")
    with pytest.raises(StoreError, match="newer phigate.*vault schema 99"):
        PostgresVaultStore(postgres_schema_dsn)


def test_postgres_store_on_a_shared_pool(postgres_schema_dsn: str) -> None:
    from phigate.stores.postgres import open_pool

    pool = open_pool(postgres_schema_dsn)
    try:
        store = PostgresVaultStore(pool=pool)
        Vault(store, KEY).session(SCOPE).commit()
        store.close()
        assert not pool.closed  # not the store's to close
    finally:
        pool.close()
    with pytest.raises(ConfigError, match="exactly one"):
        PostgresVaultStore()


def test_unreachable_postgres_is_a_store_error() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    with pytest.raises(StoreError, match=rf"postgres vault postgresql://127.0.0.1:{port}/x: cannot connect.*refused"):
        PostgresVaultStore(f"host=127.0.0.1 port={port} dbname=x user=x connect_timeout=1", timeout=1.0)


def test_sqlite_failures_are_store_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="sqlite vault .*cannot open"):
        SqliteVaultStore(tmp_path)  # a directory
    store = SqliteVaultStore(tmp_path / "v.db")
    store.close()
    with pytest.raises(StoreError, match="sqlite vault"):
        Vault(store, KEY).session(SCOPE)


def test_vault_rejects_a_short_key() -> None:
    with pytest.raises(ConfigError, match="32 bytes"):
        Vault(MemoryVaultStore(), b"short")


# --- key loading --------------------------------------------------------------------------------

RAW = os.urandom(32)


@pytest.mark.parametrize(
    "env",
    [
        base64.b64encode(RAW).decode(),
        base64.urlsafe_b64encode(RAW).decode(),
        base64.urlsafe_b64encode(RAW).decode().rstrip("="),
        f"  {base64.b64encode(RAW).decode()}\n",
    ],
)
def test_load_key_from_the_environment(tmp_path: Path, env: str) -> None:
    assert Vault.load_key(tmp_path, env) == RAW
    assert not (tmp_path / "vault.key").exists()


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ("", "environment is empty"),
        ("not base64!", "not valid base64"),
        (base64.b64encode(b"x" * 16).decode(), "decodes to 16 bytes; the vault key must be 32 bytes"),
    ],
)
def test_load_key_rejects_a_bad_environment_value(tmp_path: Path, env: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Vault.load_key(tmp_path, env)


def test_load_key_creates_a_private_key_file_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    key = Vault.load_key(data_dir, None)
    path = data_dir / "vault.key"
    assert len(key) == 32 and path.stat().st_mode & 0o777 == 0o600
    assert Vault.load_key(data_dir, None) == key
    assert sorted(p.name for p in data_dir.iterdir()) == ["vault.key"]


@pytest.mark.parametrize(
    ("content", "mode", "message"),
    [
        (base64.b64encode(RAW).decode(), 0o644, r"accessible by group or others \(mode 0644\); run: chmod 600"),
        (base64.b64encode(RAW).decode(), 0o620, r"mode 0620"),
        ("%%%", 0o600, "vault.key is not valid base64"),
        (base64.b64encode(RAW[:31]).decode(), 0o600, "vault.key decodes to 31 bytes"),
        ("", 0o600, "vault.key is empty"),
    ],
)
def test_load_key_rejects_a_bad_key_file(tmp_path: Path, content: str, mode: int, message: str) -> None:
    path = tmp_path / "vault.key"
    path.write_text(content)
    path.chmod(mode)
    with pytest.raises(ConfigError, match=message):
        Vault.load_key(tmp_path, None)

"""A throwaway PostgreSQL cluster for the tests, started from the installed server binaries.

``postgres_dsn`` (session) initdb's a cluster in a temporary directory, starts it on a free port of
127.0.0.1 (password auth; its unix socket stays in the private temp dir), yields a DSN and removes it
all at the end. ``postgres_schema_dsn`` (per test) adds a fresh schema to that DSN's search_path, so
each test sees empty tables. initdb refuses to run as root, so as root the server runs as the
unprivileged ``postgres`` user that Debian's package creates. Set PHIGATE_TEST_POSTGRES_DSN to use an
existing server instead. Missing binaries fail the tests (never skip): run scripts/ensure-postgres.sh.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import make_conninfo

SERVER_USER = "postgres"  # the unprivileged user the server runs as when the tests run as root


def find_bindir() -> Path | None:
    """The newest Debian server bindir, else wherever ``initdb`` is on PATH."""
    found = sorted(
        (Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
        key=lambda d: int(d.parent.name) if d.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1]
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    """One running throwaway cluster."""

    bindir: Path
    root: Path
    port: int
    password: str
    user: pwd.struct_passwd | None  # the user the server runs as, when we are root

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    @property
    def dsn(self) -> str:
        return make_conninfo(
            host="127.0.0.1", port=self.port, user="postgres", password=self.password, dbname="postgres"
        )

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(HOME=str(self.root), LC_ALL="C", LANG="C")
        user = self.user
        return subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            cwd=self.root,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            user=None if user is None else user.pw_uid,
            group=None if user is None else user.pw_gid,
            extra_groups=None if user is None else [],
        )

    def check(self, *args: str) -> None:
        proc = self.run(*args)
        if proc.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            pytest.fail(f"{args[0]} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}\n{tail}", pytrace=False)

    def start(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        self._own(pwfile)
        self.check(
            "initdb", "-D", str(self.datadir), "-U", "postgres", "--pwfile", str(pwfile), "-E", "UTF8",
            "--no-locale", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync",
        )  # fmt: skip
        pwfile.unlink()
        with (self.datadir / "postgresql.conf").open("a") as conf:
            conf.write(
                "listen_addresses = '127.0.0.1'\n"
                f"port = {self.port}\n"
                f"unix_socket_directories = '{self.root}'\n"
                # A throwaway cluster: durability buys nothing, speed does.
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "max_connections = 40\nshared_buffers = 32MB\n"
            )
        self.check("pg_ctl", "-D", str(self.datadir), "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "stop")

    def _own(self, path: Path) -> None:
        if self.user is not None:
            os.chown(path, self.user.pw_uid, self.user.pw_gid)


def _server_user() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SERVER_USER)
    except KeyError:
        pytest.fail(
            f"tests run as root, and initdb refuses root: an unprivileged user {SERVER_USER!r} is needed "
            "(Debian's postgresql package creates it; run scripts/ensure-postgres.sh)",
            pytrace=False,
        )


def _missing_binaries_message() -> str:
    where = "/usr/lib/postgresql/*/bin or PATH"
    if os.environ.get("CI") == "true":
        return (
            f"PostgreSQL server binaries (initdb, pg_ctl) not found under {where}: the CI run must install them "
            "before the tests (make test runs scripts/ensure-postgres.sh)"
        )
    return f"PostgreSQL server binaries (initdb, pg_ctl) not found under {where}; run: sudo scripts/ensure-postgres.sh"


def start_cluster() -> Cluster:
    """Start a new throwaway cluster (the caller stops it and removes ``cluster.root``)."""
    bindir = find_bindir()
    if bindir is None or not (bindir / "pg_ctl").exists():
        pytest.fail(_missing_binaries_message(), pytrace=False)
    user = _server_user()
    # Not under pytest's tmp_path: its base directory is private to us and the server user could not enter.
    root = Path(tempfile.mkdtemp(prefix="phigate-pg-"))
    cluster = Cluster(bindir, root, _free_port(), secrets.token_urlsafe(24), user)
    try:
        cluster._own(root)
        cluster.start()
    except BaseException:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)
        raise
    return cluster


@pytest.fixture(scope="session")
def postgres_dsn() -> Iterator[str]:
    """DSN of a real PostgreSQL server for this test session."""
    external = os.environ.get("PHIGATE_TEST_POSTGRES_DSN")
    if external:
        yield external
        return
    cluster = start_cluster()
    try:
        yield cluster.dsn
    finally:
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)


@pytest.fixture
def postgres_schema_dsn(postgres_dsn: str) -> Iterator[str]:
    """``postgres_dsn`` with a fresh, empty schema first on the search_path (dropped after the test)."""
    schema = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    try:
        yield make_conninfo(postgres_dsn, options=f"-c search_path={schema}")
    finally:
        with psycopg.connect(postgres_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))

"""``phigate audit``: verify, show, export, prove and check the audit ledger.

The ledger is ``<data_dir>/audit.db`` (SQLite) unless ``--dsn`` names a PostgreSQL database. The key
that verifies checkpoints is the data directory's signing key, ``--signing-key`` (its PEM file), or
an exported ``--public-key`` (what an inspector holds). CSV export is one file with a ``kind`` column
(``record`` or ``checkpoint``): records first, then checkpoints; JSON Lines likewise.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import itertools
import os
import re
import sys
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated, Any

import orjson
import typer
from rich.table import Table

from phigate.audit.ledger import Ledger, StatusFilter
from phigate.audit.signing import AuditKey
from phigate.audit.stores import LedgerStore, PostgresLedgerStore, SqliteLedgerStore
from phigate.audit.verify import check_proof
from phigate.cli.common import DataDir, err_console, failing_clearly, out_console, settings
from phigate.config import Settings
from phigate.policy import Policy

app = typer.Typer(help="Verify, search, export and prove records of the audit ledger.", no_args_is_help=True)

Dsn = Annotated[
    str | None,
    typer.Option("--dsn", help="PostgreSQL ledger (default: SQLite <data_dir>/audit.db).", show_default=False),
]
PublicKey = Annotated[
    Path | None, typer.Option("--public-key", help="Verify with this exported public key (PEM).", show_default=False)
]
SigningKey = Annotated[
    Path | None,
    typer.Option(
        "--signing-key", help="The signing key PEM (default <data_dir>/audit_signing.key).", show_default=False
    ),
]
_RELATIVE = re.compile(r"^(\d+(?:\.\d+)?)([smhdw])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
CSV_COLUMNS = (
    "kind", "seq", "ts", "request_id", "conversation", "app", "key_id", "model", "backend", "region",
    "policy_sha256", "entities", "guards", "tokens_in", "tokens_out", "latency_ms", "status", "code",
    "payload_sha256", "prev_hash", "hash", "seq_from", "seq_to", "root", "signature",
)  # fmt: skip


@contextmanager
def read_ledger(
    s: Settings,
    policy: Policy,
    dsn: str | None = None,
    public_key: Path | None = None,
    signing_key: Path | None = None,
) -> Iterator[Ledger]:
    """A read-side ledger (for ``audit`` and ``report``): it writes nothing and creates no key or file."""
    with failing_clearly():
        audit = policy.audit  # the policy may put the ledger in PostgreSQL
        if dsn is None and audit.store == "postgres":
            dsn = os.environ.get(audit.dsn_env or "") or None
            if dsn is None:
                err_console.print(
                    f"[bold red]error:[/] the policy's audit ledger is in PostgreSQL: set {audit.dsn_env}"
                )
                raise typer.Exit(2)
        if dsn is None and not (s.data_dir / "audit.db").exists():
            err_console.print(f"[bold red]error:[/] no audit ledger at {s.data_dir / 'audit.db'}")
            raise typer.Exit(2)
        if public_key is not None:
            key = AuditKey.from_public_pem(public_key.read_bytes())
        else:
            key = AuditKey.load(s.data_dir, signing_key or s.audit_signing_key, create=False)
        store: LedgerStore = PostgresLedgerStore(dsn) if dsn else SqliteLedgerStore(s.data_dir / "audit.db")
        ledger = Ledger(store, key)
        try:
            yield ledger
        finally:
            asyncio.run(ledger.close())


@contextmanager
def _ledger(
    data_dir: Path | None, dsn: str | None, public_key: Path | None = None, signing_key: Path | None = None
) -> Iterator[Ledger]:
    s = settings(data_dir=data_dir)  # the policy comes from PHIGATE_CONFIG
    with failing_clearly():
        policy = s.policy()
    with read_ledger(s, policy, dsn, public_key, signing_key) as ledger:
        yield ledger


def parse_since(text: str, now: dt.datetime | None = None) -> float:
    """``1h``, ``7d``, ``30m`` (before now) or an ISO date/time (UTC unless it says otherwise)."""
    now = now or dt.datetime.now(dt.UTC)
    m = _RELATIVE.match(text.strip())
    if m:
        return (now - dt.timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)])).timestamp()
    try:
        when = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise typer.BadParameter(
            f"{text!r}: use an ISO date/time (2025-01-31, 2025-01-31T08:00) or 30m, 1h, 7d"
        ) from None
    return (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).timestamp()


def _status(text: str | None) -> StatusFilter | None:
    if text is None or text in ("ok", "refused"):
        return text  # type: ignore[return-value]
    if text.isdigit():
        return int(text)
    raise typer.BadParameter(f"{text!r}: use a status number, ok or refused")


@app.command()
def verify(
    from_seq: Annotated[int | None, typer.Option("--from", help="Start at this seq (its checkpoint's start).")] = None,
    data_dir: DataDir = None,
    dsn: Dsn = None,
    public_key: PublicKey = None,
    signing_key: SigningKey = None,
) -> None:
    """Check every hash, link, signature and Merkle root; exit 1 naming the first bad seq."""
    with _ledger(data_dir, dsn, public_key, signing_key) as ledger, failing_clearly():
        report = ledger.verify(from_seq)
    if not report.ok:
        err_console.print(f"[bold red]FAILED[/] at seq {report.first_bad_seq}: {report.problem}", highlight=False)
        raise typer.Exit(1)
    note = f"; {report.unsigned} record(s) after the last checkpoint" if report.unsigned else ""
    if report.payloads or report.purged:
        note += f"; {report.payloads} payload(s) checked, {report.purged} purged"
    out_console.print(f"ok: {report.records} record(s), {report.checkpoints} checkpoint(s) verified{note}")


@app.command()
def show(
    since: Annotated[str | None, typer.Option("--since", help="ISO date/time or 30m, 1h, 7d.")] = None,
    app_name: Annotated[str | None, typer.Option("--app", help="Only this client app.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="A status number, ok or refused.")] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Only records that found this entity type.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="Show the last N matching records.")] = 50,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    data_dir: DataDir = None,
    dsn: Dsn = None,
) -> None:
    """List the most recent matching records."""
    if fmt not in ("table", "jsonl"):
        raise typer.BadParameter("--format must be table or jsonl")
    ts = parse_since(since) if since else None
    with _ledger(data_dir, dsn, public_key=None) as ledger, failing_clearly():
        found = deque(ledger.read(since=ts, app=app_name, status=_status(status), entity=entity), maxlen=limit)
    if fmt == "jsonl":
        for r in found:
            typer.echo(orjson.dumps(r.to_dict()).decode())
        return
    table = Table("seq", "time (UTC)", "app", "key", "model", "status", "entities", "tokens", "ms")
    for r in found:
        when = dt.datetime.fromtimestamp(r.ts, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        entities = ", ".join(f"{k}={v}" for k, v in sorted(r.entities.items()))
        status_text = f"{r.status} {r.code}" if r.code else str(r.status)
        tokens = f"{r.tokens_in}/{r.tokens_out}"
        table.add_row(str(r.seq), when, r.app, r.key_id, r.model, status_text, entities, tokens, f"{r.latency_ms:.1f}")
    out_console.print(table)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", help="Write here instead of stdout.")] = None,
    data_dir: DataDir = None,
    dsn: Dsn = None,
) -> None:
    """Every record, then every checkpoint, each with a ``kind`` field."""
    if fmt not in ("jsonl", "csv"):
        raise typer.BadParameter("--format must be jsonl or csv")
    with _ledger(data_dir, dsn, public_key=None) as ledger, failing_clearly():
        stream: IO[str] = out.open("w", newline="", encoding="utf-8") if out else sys.stdout
        try:
            _export(ledger, fmt, stream)
        finally:
            if out:
                stream.close()


def _export(ledger: Ledger, fmt: str, stream: IO[str]) -> None:
    items: Iterator[dict[str, Any]] = itertools.chain(
        ({"kind": "record", **r.to_dict()} for r in ledger.read()),
        ({"kind": "checkpoint", **c.to_dict()} for c in ledger.checkpoints()),
    )
    if fmt == "jsonl":
        for item in items:
            stream.write(orjson.dumps(item).decode() + "\n")
        return
    writer = csv.DictWriter(stream, CSV_COLUMNS)
    writer.writeheader()
    for item in items:
        for name in ("entities", "guards"):
            if name in item:
                item[name] = orjson.dumps(item[name], option=orjson.OPT_SORT_KEYS).decode()
        writer.writerow(item)


@app.command()
def proof(
    seq: Annotated[int, typer.Argument(help="The record's seq.")],
    data_dir: DataDir = None,
    dsn: Dsn = None,
) -> None:
    """Print a Merkle inclusion proof of one record (JSON), checkable offline with 'audit check-proof'."""
    with _ledger(data_dir, dsn) as ledger, failing_clearly():
        try:
            data = ledger.proof(seq)
        except LookupError as exc:
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
            raise typer.Exit(1) from None
    typer.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())


@app.command()
def payload(
    seq: Annotated[int, typer.Argument(help="The record's seq.")],
    data_dir: DataDir = None,
    dsn: Dsn = None,
) -> None:
    """Print what the model saw for one record: the de-identified prompt and answer its app kept
    (decrypted with the vault key, checked against the record's payload_sha256)."""
    from phigate.audit.payloads import PayloadCipher
    from phigate.deid.vault import KEY_FILE, Vault

    s = settings(data_dir=data_dir)
    if s.vault_key is None and not (s.data_dir / KEY_FILE).exists():
        err_console.print(f"[bold red]error:[/] no vault key: set PHIGATE_VAULT_KEY or restore {s.data_dir / KEY_FILE}")
        raise typer.Exit(2)
    with _ledger(data_dir, dsn) as ledger, failing_clearly():
        cipher = PayloadCipher(Vault.load_key(s.data_dir, s.vault_key))
        try:
            record, kept = ledger.open_payload(seq, cipher)
        except LookupError as exc:
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
            raise typer.Exit(1) from None
    if kept is None:
        err_console.print(f"record {seq}: its payload was purged (the record itself still verifies)")
        raise typer.Exit(1)
    out = {"seq": record.seq, "request_id": record.request_id, "conversation": record.conversation, **kept}
    typer.echo(orjson.dumps(out, option=orjson.OPT_INDENT_2).decode())


@app.command("check-proof")
def check_proof_cmd(
    file: Annotated[Path, typer.Argument(help="A proof printed by 'audit proof' ('-' for stdin).")],
    public_key: Annotated[Path, typer.Option("--public-key", help="The ledger's exported public key (PEM).")],
) -> None:
    """Check a proof offline against the public key; exit 0 if valid, 1 if not."""
    with failing_clearly():
        text = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8")
        ok = check_proof(text, public_key.read_bytes())
    if not ok:
        err_console.print("[bold red]INVALID[/] proof (or wrong public key)")
        raise typer.Exit(1)
    record = orjson.loads(text)["record"]
    out_console.print(f"valid: record {record['seq']} ({record['request_id']}) is in the signed ledger")


@app.command("public-key")
def public_key_cmd(data_dir: DataDir = None, signing_key: SigningKey = None) -> None:
    """Print the public key that verifies the ledger's checkpoints (PEM), for inspectors."""
    s = settings(data_dir=data_dir)
    with failing_clearly():
        key = AuditKey.load(s.data_dir, signing_key, create=False)
    typer.echo(key.public_pem(), nl=False)

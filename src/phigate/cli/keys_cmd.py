"""``phigate keys``: create, list and revoke client-app API keys."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from rich.table import Table

from phigate.cli.common import ConfigFile, DataDir, err_console, failing_clearly, out_console, settings
from phigate.keys import KeyStore

app = typer.Typer(help="Create, list and revoke API keys of client apps.", no_args_is_help=True)


def _when(ts: float | None) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ") if ts else ""


@app.command()
def create(
    app_name: Annotated[str, typer.Option("--app", help="The client app the key belongs to.")],
    data_dir: DataDir = None,
    config: ConfigFile = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the key.")] = False,
) -> None:
    """Create a key for an app and print it once; only its hash is stored."""
    s = settings(data_dir=data_dir, config=config)
    with failing_clearly():
        policy = s.policy()
        if app_name not in policy.apps:
            err_console.print(
                f"[bold red]error:[/] the policy has no app {app_name!r}; apps: {', '.join(sorted(policy.apps))}"
            )
            raise typer.Exit(2)
        key, record = KeyStore(s.data_dir).create(app_name)
    if quiet:
        typer.echo(key)
        return
    out_console.print(f"Key [bold]{record.key_id}[/] for app [bold]{app_name}[/] (shown once, store it now):")
    typer.echo(key)


@app.command("list")
def list_keys(data_dir: DataDir = None) -> None:
    """List keys: id, app, created, revoked (never the key itself)."""
    s = settings(data_dir=data_dir)
    with failing_clearly():
        records = KeyStore(s.data_dir).list()
    table = Table("key id", "app", "created", "revoked")
    for r in records:
        table.add_row(r.key_id, r.app, _when(r.created), _when(r.revoked))
    out_console.print(table)


@app.command()
def revoke(
    key_id: Annotated[str, typer.Argument(help="The key id shown by 'keys list'.")],
    data_dir: DataDir = None,
) -> None:
    """Revoke a key; the gateway refuses it within two seconds."""
    s = settings(data_dir=data_dir)
    with failing_clearly():
        done = KeyStore(s.data_dir).revoke(key_id)
    if not done:
        err_console.print(f"[bold red]error:[/] no live key with id {key_id!r}")
        raise typer.Exit(1)
    out_console.print(f"revoked {key_id}")

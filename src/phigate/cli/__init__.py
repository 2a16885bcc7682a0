"""The ``phigate`` command: one typer app, one module per command group."""

from __future__ import annotations

from typing import Annotated

import typer

from phigate._version import __version__
from phigate.cli import (
    audit_cmd,
    config_cmd,
    deid_cmd,
    eval_cmd,
    guard_cmd,
    keys_cmd,
    protect_cmd,
    report_cmd,
    scan_cmd,
    serve_cmd,
    vault_cmd,
)

app = typer.Typer(
    name="phigate",
    help="A sovereign AI gateway for telehealth shops.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(keys_cmd.app, name="keys")
app.add_typer(config_cmd.app, name="config")
app.add_typer(audit_cmd.app, name="audit")
app.add_typer(guard_cmd.app, name="guard")
app.add_typer(protect_cmd.app, name="protect")
eval_cmd.app.command("guards")(guard_cmd.eval_guards)
app.add_typer(eval_cmd.app, name="eval")
app.add_typer(vault_cmd.app, name="vault")
app.command("serve")(serve_cmd.serve)
app.command("models")(config_cmd.models)
app.command("analyze")(deid_cmd.analyze)
app.command("redact")(deid_cmd.redact)
app.command("report")(report_cmd.report)
app.command("scan")(scan_cmd.scan)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"phigate {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """phigate: every AI call of the shop goes through here, and no patient data leaves."""


def main() -> None:
    app()

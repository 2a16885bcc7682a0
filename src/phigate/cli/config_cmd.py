"""``phigate config check`` and ``phigate models``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from phigate.cli.common import ConfigFile, DataDir, failing_clearly, out_console, settings
from phigate.config import load_policy
from phigate.gateway import checked_egress
from phigate.policy import EmbeddedModel

app = typer.Typer(help="Check policy files.", no_args_is_help=True)


@app.command()
def check(file: Annotated[Path, typer.Argument(help="The policy file to validate.")]) -> None:
    """Validate a policy file and its upstreams against the egress allow-list."""
    with failing_clearly():
        policy = load_policy(file)
        checked_egress(policy)
    out_console.print(
        f"{file}: OK ({len(policy.apps)} app(s), {len(policy.models)} model(s), policy sha256 {policy.sha256()[:12]})"
    )


def models(config: ConfigFile = None, data_dir: DataDir = None) -> None:
    """List the models the policy defines, their backends and the apps that may use them."""
    s = settings(config=config, data_dir=data_dir)
    with failing_clearly():
        policy = s.policy()
    table = Table("model", "backend", "where", "apps")
    for name, spec in policy.models.items():
        where = str(spec.path or "packaged Gemma 3 270M") if isinstance(spec, EmbeddedModel) else spec.url
        users = ", ".join(a for a, p in policy.apps.items() if name in p.models)
        table.add_row(name, spec.backend, where, users)
    out_console.print(table)

"""Options and error handling shared by every command."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from phigate.config import Settings
from phigate.errors import PhigateError

DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Data directory (env PHIGATE_DATA_DIR; default ./var).", show_default=False),
]
ConfigFile = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="Policy file (env PHIGATE_CONFIG; default built-in).", show_default=False),
]

err_console = Console(stderr=True)
out_console = Console()

F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def failing_clearly() -> Iterator[None]:
    """Turn phigate errors into a red message and exit code 2 (no traceback)."""
    try:
        yield
    except PhigateError as exc:
        err_console.print(f"[bold red]error:[/] {exc.message}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


def settings(**flags: Any) -> Settings:
    with failing_clearly():
        return Settings.from_env(**flags)

"""``phigate serve``: load the models (with progress), then serve the OpenAI API."""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated

import typer
import uvicorn
from rich.progress import BarColumn, DownloadColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from phigate.api.app import GatewayApp
from phigate.cli.common import ConfigFile, DataDir, err_console, failing_clearly, settings
from phigate.config import Settings
from phigate.gateway import Gateway, build_gateway

_STEPS = {"assemble": "Assembling the packaged model", "verify": "Checking SHA-256", "load": "Loading into llama.cpp"}


def serve(
    config: ConfigFile = None,
    host: Annotated[str | None, typer.Option(help="Bind address (env PHIGATE_HOST; default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (env PHIGATE_PORT; default 8080).")] = None,
    data_dir: DataDir = None,
    log_level: Annotated[str | None, typer.Option(help="debug, info, warning, error.")] = None,
) -> None:
    """Start the gateway: an OpenAI-compatible API at http://HOST:PORT/v1."""
    s = settings(config=config, host=host, port=port, data_dir=data_dir, log_level=log_level)
    logging.basicConfig(level=s.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    with failing_clearly():
        _run(_main(s))


def _run(coro: object) -> None:
    try:
        import uvloop

        uvloop.run(coro)  # type: ignore[arg-type]
    except ImportError:
        asyncio.run(coro)  # type: ignore[arg-type]


async def _main(s: Settings) -> None:
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(_STEPS.get(step, step), total=total)
            bar.update(tasks[step], completed=done, total=total)

        gateway = build_gateway(s, progress=progress)
        await gateway.start()
    await _serve(gateway)


async def _serve(gateway: Gateway) -> None:
    server_spec = gateway.policy.server
    config = uvicorn.Config(
        GatewayApp(gateway),
        host=server_spec.host,
        port=server_spec.port,
        http="httptools",
        lifespan="off",
        access_log=False,
        log_level="warning",
        server_header=False,
        timeout_keep_alive=30,
    )
    server = uvicorn.Server(config)
    models = ", ".join(gateway.policy.models)
    err_console.print(
        f"phigate serving on [bold]http://{server_spec.host}:{server_spec.port}/v1[/] (models: {models}; "
        f"data: {gateway.data_dir})"
    )
    try:
        await server.serve()
    finally:
        await gateway.close()

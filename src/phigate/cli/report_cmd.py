"""``phigate report``: the compliance report (HTML or JSON) over a period of the audit ledger.

It verifies the ledger first, so the report states whether the records it summarises are intact.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from phigate.cli.common import ConfigFile, DataDir, err_console, failing_clearly, out_console, settings


class ReportFormat(StrEnum):
    html = "html"
    json = "json"


def _moment(value: str | None, option: str) -> dt.datetime | None:
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        err_console.print(
            f"[bold red]error:[/] {option} {value!r} is not a date or time (use 2026-11-01 or 2026-11-01T08:00)"
        )
        raise typer.Exit(2) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def report(
    since: Annotated[str | None, typer.Option(help="Start of the period (ISO date or time, UTC if no zone).")] = None,
    until: Annotated[str | None, typer.Option(help="End of the period, exclusive.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the report here (default: stdout).")] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="html or json.")] = ReportFormat.html,
    config: ConfigFile = None,
    data_dir: DataDir = None,
) -> None:
    """Write the compliance report: processing records, volumes, refusals, egress, ledger integrity."""
    from phigate.audit.report import build_report
    from phigate.audit.report_html import render_html
    from phigate.cli.audit_cmd import read_ledger

    start, end = _moment(since, "--since"), _moment(until, "--until")
    s = settings(config=config, data_dir=data_dir)
    with failing_clearly():
        policy = s.policy()
    with read_ledger(s, policy) as ledger, failing_clearly():
        verification = dataclasses.asdict(ledger.verify())
        checkpoints = [
            {**cp.to_dict(), "valid": ledger.key.verify(cp.payload(), cp.signature)} for cp in ledger.checkpoints()
        ]
        records = (
            r.to_dict()
            for r in ledger.read(since=start.timestamp() if start else None, until=end.timestamp() if end else None)
        )
        result = build_report(
            records,
            checkpoints=checkpoints,
            verification=verification,
            policy=policy,
            since=start,
            until=end,
            public_key_pem=ledger.public_pem(),
        )
    text = render_html(result) if format is ReportFormat.html else result.to_json()
    if out is None:
        typer.echo(text)
    else:
        out.write_text(text, encoding="utf-8")
        out_console.print(f"wrote {out} ({format.value}, {len(text):,} bytes)")

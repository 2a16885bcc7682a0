"""``phigate scan PATH``: where the shop's AI calls go and what customer data travels with them."""

from __future__ import annotations

import io
import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from phigate.cli.common import err_console, failing_clearly, out_console

if TYPE_CHECKING:
    from phigate.scan import Scanner
    from phigate.scan.model import ScanResult

PROGRESS_FILES = 200
MAP_SUFFIXES = (".html", ".htm", ".mmd", ".mermaid")


class ScanFormat(StrEnum):
    table = "table"
    json = "json"
    sarif = "sarif"


class FailOn(StrEnum):
    critical = "critical"
    high = "high"
    medium = "medium"
    low = "low"
    never = "never"


def scan(
    path: Annotated[Path, typer.Argument(help="Theme, module or app directory (or one file).", exists=True)],
    format: Annotated[ScanFormat, typer.Option("--format", "-f", help="table, json, or sarif.")] = ScanFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here.")] = None,
    map_: Annotated[
        list[Path] | None,
        typer.Option("--map", help="Write the data-flow map: .html (self-contained) or .mmd (Mermaid). Repeatable."),
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at least this severe (for CI).")
    ] = FailOn.never,
    csp: Annotated[bool, typer.Option("--csp", help="Print a CSP allow-list and a Magento csp_whitelist.xml.")] = False,
    csp_xml: Annotated[
        Path | None,
        typer.Option("--csp-xml", help="Write the Magento csp_whitelist.xml here (implies --csp; header to stdout)."),
    ] = None,
    gateway: Annotated[
        str | None,
        typer.Option("--gateway", help="Origin of the phigate gateway to allow in the CSP (https://host[:port])."),
    ] = None,
    first_party: Annotated[
        list[str] | None, typer.Option("--first-party", help="The shop's own domain (repeatable).")
    ] = None,
    exclude: Annotated[list[str] | None, typer.Option("--exclude", help="Glob of paths to skip (repeatable).")] = None,
) -> None:
    """Find external AI calls, hard-coded AI keys and customer data flowing to third parties."""
    from phigate.scan import Scanner, ScanOptions
    from phigate.scan.model import severity_rank

    with failing_clearly():
        _check_targets(output, map_ or [], csp_xml)
        gateway = _check_gateway(gateway)
        scanner = Scanner(ScanOptions(tuple(first_party or ()), tuple(exclude or ())))
        count = len(scanner.files(path))
        if count >= PROGRESS_FILES and err_console.is_terminal:
            with Progress(
                TextColumn("Scanning"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err_console,
                transient=True,
            ) as progress:
                task = progress.add_task("scan", total=count)
                result = scanner.scan(path, lambda i, n: progress.update(task, completed=i, total=n))
        else:
            result = scanner.scan(path)
    for warning in result.warnings:
        err_console.print(f"[yellow]warning:[/] {warning}", highlight=False, soft_wrap=True)
    with failing_clearly():
        _report(result, scanner, format, output, map_ or [], csp or csp_xml is not None, gateway, csp_xml)
    if fail_on is not FailOn.never:
        limit = severity_rank(fail_on.value)
        if any(severity_rank(f.severity) <= limit for f in result.findings):
            raise typer.Exit(1)


def _check_gateway(gateway: str | None) -> str | None:
    """Only an http(s) origin goes into a CSP header and XML; anything else is refused (exit 2)."""
    from phigate.errors import ScanError
    from phigate.scan.csp import gateway_origin

    if gateway is None:
        return None
    origin = gateway_origin(gateway)
    if origin is None:
        raise ScanError(f"--gateway {gateway!r}: give an http(s) origin such as https://ai.shop.example")
    return origin


def _check_targets(output: Path | None, maps: list[Path], csp_xml: Path | None = None) -> None:
    """Refuse a report or map path that cannot be written before spending the scan on it."""
    from phigate.errors import ScanError

    for target in maps:
        if target.suffix.lower() not in MAP_SUFFIXES:
            raise ScanError(f"--map {target}: use a .html (self-contained page) or .mmd (Mermaid) file name")
    for target in [*(t for t in (output, csp_xml) if t is not None), *maps]:
        if target.is_dir():
            raise ScanError(f"{target} is a directory; give a file name to write")
        if not target.parent.is_dir():
            raise ScanError(f"cannot write {target}: directory {target.parent} does not exist")


def _report(
    result: ScanResult,
    scanner: Scanner,
    format: ScanFormat,
    output: Path | None,
    maps: list[Path],
    csp: bool,
    gateway: str | None,
    csp_xml: Path | None = None,
) -> None:
    from phigate.scan import csp as csp_mod
    from phigate.scan import flowmap, sarif

    if csp:
        xml = csp_mod.magento_whitelist(result, scanner.catalog, gateway)
        text = csp_mod.header(result, scanner.catalog, gateway) + "\n"
        removed = csp_mod.removed(result, scanner.catalog)
        if csp_xml is not None:
            _write(csp_xml, xml)
            err_console.print(f"csp_whitelist.xml written to {csp_xml}", highlight=False)
            if removed:
                text += f"# left out (AI providers): {' '.join(removed)}\n"
        else:
            text += "\n" + xml
            if removed:
                text += f"\n<!-- left out (AI providers): {' '.join(removed)} -->\n"
        _emit(text, output)
    elif format is ScanFormat.json:
        _emit(json.dumps(result.to_dict(), indent=2) + "\n", output)
    elif format is ScanFormat.sarif:
        _emit(json.dumps(sarif.to_sarif(result, scanner.rules), indent=2) + "\n", output)
    else:
        _table(result, output)
    for target in maps:
        fm = flowmap.build(result)
        mermaid = target.suffix.lower() in (".mmd", ".mermaid")
        _write(target, flowmap.to_mermaid(fm) if mermaid else flowmap.to_html(result, fm))
        err_console.print(f"data-flow map written to {target}", highlight=False)


def _write(target: Path, text: str) -> None:
    from phigate.errors import ScanError

    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ScanError(f"cannot write {target}: {exc.strerror}") from None


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        typer.echo(text, nl=False)
    else:
        _write(output, text)


def _table(result: ScanResult, output: Path | None) -> None:
    from rich.console import Console

    table = Table(title="phigate scan", title_justify="left")
    table.add_column("severity", no_wrap=True)
    table.add_column("rule", no_wrap=True)
    table.add_column("where", overflow="fold")
    table.add_column("host", overflow="fold")
    table.add_column("data", overflow="fold")
    colour = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "dim"}
    for f in result.findings:
        table.add_row(
            f"[{colour[f.severity]}]{f.severity}[/]", f.rule, f"{f.file}:{f.line}", f.host or "", ", ".join(f.data)
        )
    lines = []
    for n, f in enumerate((f for f in result.findings if f.flow is not None), 1):
        assert f.flow is not None
        who = "AI provider" if f.flow.ai else "third party"
        lines.append(f"{n:>3}. {', '.join(f.data)} -> {f.flow.host} ({who})")
        for i, s in enumerate((f.flow.source, *f.flow.steps, f.flow.sink)):
            lines.append(f"       {'   ' if i == 0 else '-> '}{s.label}  [{s.file}:{s.line}]")
    summary = (
        f"{len(result.findings)} findings ({len(result.flows)} data flows) in {result.files} files, "
        f"{result.seconds:.2f} s"
    )
    buffer = io.StringIO()
    console = Console(file=buffer, width=160) if output is not None else out_console
    console.print(table)
    if lines:
        console.print("Data flows", style="bold")
        console.print("\n".join(lines), highlight=False, markup=False, soft_wrap=True)
    console.print(summary, highlight=False)
    if output is not None:
        _write(output, buffer.getvalue())

"""``phigate analyze`` and ``phigate redact``: the de-identification engine on files and pipes.

Input is read line by line and analysed in batches, so a file of any size streams through in bounded
memory; with ``--output`` a progress bar shows how far it got. A malformed JSONL line is reported with
its line number (and the command exits non-zero); no line is ever dropped silently.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn
from rich.table import Table

from phigate.cli.common import ConfigFile, DataDir, err_console, failing_clearly, out_console, settings

if TYPE_CHECKING:
    from phigate.config import Settings
    from phigate.deid import Deidentifier

BATCH = 64


class AnalyzeFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class RedactOperator(StrEnum):
    placeholder = "placeholder"
    pseudonym = "pseudonym"
    mask = "mask"


Source = Annotated[str, typer.Argument(help="Input file, or - for standard input.")]
Output = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here (with a progress bar) instead of stdout.")
]


def _lines(source: str, stack: ExitStack, progress: Progress | None) -> Iterator[str]:
    if source == "-":
        yield from sys.stdin
        return
    path = Path(source)
    try:
        fh = stack.enter_context(path.open("rb"))
    except OSError as exc:
        err_console.print(f"[bold red]error:[/] cannot read {path}: {exc.strerror}")
        raise typer.Exit(2) from None
    task = progress.add_task(f"Reading {path.name}", total=path.stat().st_size) if progress else None
    for raw in fh:
        if progress is not None and task is not None:
            progress.advance(task, len(raw))
        yield raw.decode("utf-8", errors="replace")


def _batches(items: Iterator[Any]) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _open_output(output: Path | None, stack: ExitStack) -> tuple[IO[str], Progress | None]:
    if output is None:
        return sys.stdout, None
    progress = stack.enter_context(
        Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), console=err_console, transient=True)
    )
    return stack.enter_context(output.open("w", encoding="utf-8")), progress


def _engine(s: Settings) -> Deidentifier:
    """The detection engine the policy configures (spaCy is imported only when a command needs it)."""
    from phigate.deid import Deidentifier

    with failing_clearly():
        return Deidentifier(s.policy().detection)


def analyze(
    source: Source = "-",
    format: Annotated[
        AnalyzeFormat, typer.Option("--format", "-f", help="table, json, or jsonl (JSONL in and out).")
    ] = (AnalyzeFormat.table),
    output: Output = None,
    config: ConfigFile = None,
    data_dir: DataDir = None,
) -> None:
    """Print the identifiers found in a text (or, with --format jsonl, in each {"id","text"} line)."""
    s = settings(config=config, data_dir=data_dir)
    engine = _engine(s)
    bad = 0
    with ExitStack() as stack:
        out, progress = _open_output(output, stack)
        lines = _lines(source, stack, progress)
        if format is not AnalyzeFormat.jsonl:
            _analyze_text(engine, lines, out, format, console=output is None)
            return
        for batch in _batches(_records(enumerate(lines, 1))):
            good = [(n, rec) for n, rec, err in batch if err is None]
            for n, _, err in batch:
                if err is not None:
                    bad += 1
                    err_console.print(f"[bold red]line {n}:[/] {err}")
            results = engine.analyze_batch([rec["text"] for _, rec in good])
            for (_, rec), findings in zip(good, results, strict=True):
                spans = [{"start": f.start, "end": f.end, "type": f.type, "score": round(f.score, 3)} for f in findings]
                out.write(json.dumps({"id": rec.get("id"), "spans": spans}, ensure_ascii=False) + "\n")
    if bad:
        err_console.print(f"[bold red]error:[/] {bad} malformed line(s) were not analysed (listed above)")
        raise typer.Exit(1)


def _blocks(lines: Iterator[str], soft: int = 32_768, hard: int = 131_072) -> Iterator[str]:
    """Paragraph-sized blocks: an address or a name never straddles two, and memory stays bounded."""
    block: list[str] = []
    size = 0
    for line in lines:
        block.append(line)
        size += len(line)
        if size >= hard or (size >= soft and not line.strip()):
            yield "".join(block)
            block, size = [], 0
    if block:
        yield "".join(block)


def _analyze_text(engine: Any, lines: Iterator[str], out: IO[str], format: AnalyzeFormat, console: bool) -> None:
    """Findings of a whole text, with offsets into the whole text, streamed as they are found."""
    table = Table("start", "end", "type", "score", "text", "recognizer")
    offset, first = 0, True
    if format is AnalyzeFormat.json:
        out.write("[")
    for block in _blocks(lines):
        for f in engine.analyze(block):
            start, end = f.start + offset, f.end + offset
            if format is AnalyzeFormat.json:
                item = {**f.to_dict(), "start": start, "end": end}
                out.write(("\n  " if first else ",\n  ") + json.dumps(item, ensure_ascii=False))
                first = False
            elif console:
                table.add_row(str(start), str(end), f.type, f"{f.score:.2f}", f.text, f.recognizer)
            else:
                out.write(f"{start}\t{end}\t{f.type}\t{f.score:.2f}\t{f.text}\t{f.recognizer}\n")
        offset += len(block)
    if format is AnalyzeFormat.json:
        out.write("\n]\n" if not first else "]\n")
    elif console:
        out_console.print(table)


def _records(lines: Iterator[tuple[int, str]]) -> Iterator[tuple[int, dict[str, Any], str | None]]:
    for n, line in lines:
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, {}, f"not valid JSON ({exc.msg} at column {exc.colno})"
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield n, {}, 'expected an object with a string "text" (and an "id")'
            continue
        yield n, rec, None


def redact(
    source: Source = "-",
    operator: Annotated[RedactOperator, typer.Option("--operator", help="How identifiers are replaced.")] = (
        RedactOperator.placeholder
    ),
    output: Output = None,
    config: ConfigFile = None,
    data_dir: DataDir = None,
) -> None:
    """Print the text with every identifier replaced (card numbers too: nothing is blocked here)."""
    from phigate.deid import MemoryVaultStore, Operators, Vault
    from phigate.policy import AppPolicy

    s = settings(config=config, data_dir=data_dir)
    engine = _engine(s)
    with failing_clearly():
        vault = Vault(MemoryVaultStore(), Vault.load_key(s.data_dir, s.vault_key))
    operators = Operators(vault.secret)
    app = AppPolicy(deid={"default": operator.value, "CREDIT_CARD": operator.value, "CARD_CVV": operator.value,
                          "IMAGE": "redact"})  # fmt: skip
    session = vault.session("cli")  # one scope for the whole input: the same value, the same placeholder
    with ExitStack() as stack:
        out, progress = _open_output(output, stack)
        for batch in _batches(_lines(source, stack, progress)):
            for line, findings in zip(batch, engine.analyze_batch(batch), strict=True):
                out.write(operators.apply(line, findings, app, session))
            session.commit()

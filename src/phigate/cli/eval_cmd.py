"""``phigate eval``: measure the de-identifier on annotated corpora."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from phigate.cli.common import err_console, failing_clearly, out_console

if TYPE_CHECKING:  # phigate.deid is imported when the command runs, so `phigate --help` stays fast
    from phigate.deid import Deidentifier, Finding
    from phigate.deid.corpora import GoldDoc

app = typer.Typer(help="Measure phigate on annotated corpora.", no_args_is_help=True)

BATCH = 64


@app.callback()
def _group() -> None:
    """Measure phigate on annotated corpora (kept a group so that more evaluations can join ``deid``)."""


class CorpusKind(StrEnum):
    presidio = "presidio"
    physionet = "physionet"
    jsonl = "jsonl"


class Format(StrEnum):
    table = "table"
    json = "json"


def _analyze(deid: Deidentifier, docs: Sequence[GoldDoc], label: str) -> list[list[Finding]]:
    """Run the detector over docs in batches, with a progress bar on stderr."""
    out: list[list[Finding]] = []
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task(label, total=len(docs))
        for i in range(0, len(docs), BATCH):
            chunk = docs[i : i + BATCH]
            out.extend(deid.analyze_batch([d.text for d in chunk]))
            progress.advance(task, len(chunk))
    return out


@app.command()
def deid(
    path: Annotated[Path, typer.Argument(help="The corpus file (for physionet: its folder or id.text).")],
    corpus: Annotated[CorpusKind, typer.Option("--corpus", help="Corpus format.", show_default=False)],
    benign: Annotated[
        Path | None,
        typer.Option("--benign", help="PHI-free texts (MedQuAD XML file or folder) for the untouched rate."),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Use only the first N docs of each corpus.")
    ] = None,
    examples: Annotated[
        int, typer.Option("--examples", min=0, help="Show up to N missed and false-positive texts per type.")
    ] = 0,
    check: Annotated[bool, typer.Option("--check", help="Exit 1 when a target of the issue is missed.")] = False,
) -> None:
    """Per-type precision, recall and F2, the leak rate and character precision of the de-identifier."""
    from phigate.deid.corpora import Corpus, load_benign, load_corpus
    from phigate.deid.eval import render, score

    with failing_clearly():
        gold: Corpus = load_corpus(corpus.value, path)
        clean = load_benign(benign) if benign is not None else Corpus("", [])
    docs, benign_docs = gold.docs[:limit], clean.docs[:limit]
    for warning in gold.warnings:
        err_console.print(f"[yellow]warning:[/] {warning}", highlight=False, soft_wrap=True)

    from phigate.deid import Deidentifier  # loads spaCy: only once the corpora have been read

    with failing_clearly():
        detector = Deidentifier()
        predictions = _analyze(detector, docs, gold.name)
        benign_predictions = _analyze(detector, benign_docs, clean.name) if benign_docs else []
        report = score(
            docs, predictions, corpus=gold.name, benign_docs=benign_docs, benign_predictions=benign_predictions,
            examples=examples,
        )  # fmt: skip
    report.warnings.extend(gold.warnings)
    if fmt is Format.json:
        typer.echo(report.to_json(examples=examples > 0))
    else:
        render(report, out_console)
    if check and any(v is False for v in report.verdicts().values()):
        raise typer.Exit(1)

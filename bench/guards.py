"""Input-guard benchmark: TPR, FPR, ROC AUC and a per-source table on ../shared/data, and latency for 1 KB.

    .venv/bin/python bench/guards.py [--data ../shared/data]

Held-out parts only for sources the model was trained on (``phigate.guards.injection_eval``), held-out BIPIA
attacks inside BIPIA's never-trained contexts, and tensor_trust (never trained on) split into the part whose
misses were read while tuning ("dev") and the part nobody looked at ("untouched"). Writes
bench/results/guards.json and prints a markdown table. Targets: TPR >= 0.90 at FPR <= 1 % on benign medical
questions; p50 <= 3 ms for a 1 KB message on one core.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from phigate.guards import Role, default_registry
from phigate.guards.injection_eval import evaluate, markdown

MESSAGE = (
    "Hello, I was prescribed 20 mg of omeprazole once a day before breakfast for reflux, and my doctor also "
    "told me to avoid large meals late in the evening. For the past two weeks I have still had a burning feeling "
    "in my chest after dinner, sometimes with a sour taste, and it wakes me up around 3 am. I am 54, I take "
    "amlodipine for blood pressure and a low-dose aspirin. Should I take the omeprazole in the evening instead, "
    "is it safe to double the dose, and which symptoms would mean I need to be seen in person rather than online? "
    "I also wonder whether the aspirin could be making it worse, and whether I should stop it myself or wait. "
)


def latency(runs: int = 300, role: Role = "user") -> dict[str, float]:
    guards = [cls() for cls in default_registry()]
    text = (MESSAGE * 2)[:1024]
    for g in guards:
        g.check(text, role=role)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for g in guards:
            g.check(text, role=role)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50_ms": statistics.median(times), "p99_ms": times[int(0.99 * len(times)) - 1], "chars": len(text)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--quick", action="store_true", help="accepted for `make bench`; this one is quick anyway")
    args = parser.parse_args()
    t0 = time.perf_counter()
    from phigate.guards.injection import default_model

    default_model()
    load_ms = (time.perf_counter() - t0) * 1000
    result = evaluate(args.data)
    result["latency_1kb"] = latency()
    result["latency_1kb_tool"] = latency(role="tool")
    result["model_load_ms"] = load_ms
    out = Path(__file__).parent / "results/guards.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    lat, tool = result["latency_1kb"], result["latency_1kb_tool"]
    print(markdown(result))
    print(
        f"\nlatency, all input guards, 1 KB message: p50 {lat['p50_ms']:.2f} ms, p99 {lat['p99_ms']:.2f} ms "
        f"(as tool content, judged passage by passage too: p50 {tool['p50_ms']:.2f} ms); "
        f"model load {load_ms:.0f} ms"
    )


if __name__ == "__main__":
    main()

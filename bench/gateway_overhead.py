"""Gateway overhead: the same chat completion sent directly to a fake upstream, through phigate and
through LiteLLM proxy, measured with wrk at concurrency 1 and 32.

Prints req/s, p50 and p99 per leg, phigate's added p50 over direct at concurrency 1 (target <= 1 ms),
phigate req/s over LiteLLM req/s at concurrency 32 (target >= 20x), a markdown table for the README,
and writes bench/results/gateway_overhead.json. Only the standard library is needed to run it; LiteLLM
lives in its own venv (bench/.venv-litellm, created on first use from bench/requirements-litellm.txt).

    python bench/gateway_overhead.py [--quick] [--legs direct,phigate,litellm] [--phigate CMD]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import os
import platform
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from phigate.policy import GUARD_ACTIONS

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
RESULTS_FILE = BENCH_DIR / "results" / "gateway_overhead.json"
LITELLM_VENV = BENCH_DIR / ".venv-litellm"
LITELLM_REQUIREMENTS = BENCH_DIR / "requirements-litellm.txt"
LITELLM_CONFIG = BENCH_DIR / "litellm_config.yaml"
LEGS = ("direct", "phigate", "phigate-memledger", "phigate-deid", "litellm")
CONCURRENCIES = (1, 32)
MODEL = "fast"
LITELLM_MASTER_KEY = "sk-bench-litellm-master-key"
UPSTREAM_KEY = "sk-fake-upstream-key"
TARGET_ADDED_P50_MS = 1.0
TARGET_RPS_RATIO = 20.0
TARGET_LEDGER_COST = 0.05
LEDGER_AB_ROUNDS = 7
ALL_GUARDS_OFF = ", ".join(f"{name}: off" for name in GUARD_ACTIONS)

# 300 characters, the size of a typical message to a telehealth shop's chat, with the PHI it carries.
PATIENT_MESSAGE = (
    "Hi, this is Maria Gonzalez (DOB 03/14/1986, MRN 4471823). I've had a dry cough and a mild fever "
    "since my video visit on May 2 with Dr. Patel. Can I take ibuprofen with my lisinopril 10 mg? "
    "You can reach me at 555-201-0142 or maria.g@example.com. My address is 12 Oak Street, "
    "Springfield. Many thanks!"
)
assert len(PATIENT_MESSAGE) == 300, len(PATIENT_MESSAGE)

WRK_LUA = """\
wrk.method = "POST"
wrk.body = [==[{body}]==]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {key}"

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "mean_us": %.1f, ' ..
    '"max_us": %d, "connect_errors": %d, "read_errors": %d, "write_errors": %d, "status_errors": %d, ' ..
    '"timeouts": %d}}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.mean,
    latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
"""


class BenchError(Exception):
    """A leg could not be set up or measured; the message says what to do."""


@dataclass(frozen=True)
class Settings:
    warmup_s: int
    duration_s: int
    legs: tuple[str, ...]
    phigate_cmd: list[str]
    litellm_workers: int
    check: bool


@dataclass(frozen=True)
class RunResult:
    concurrency: int
    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    mean_ms: float
    errors: int


@dataclass
class LegResult:
    name: str
    version: str
    runs: dict[int, RunResult] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------- processes


class Processes:
    """Child servers, each in its own process group with a log file; all are killed on close."""

    def __init__(self, workdir: Path) -> None:
        self._workdir = workdir
        self._children: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str, argv: list[str], env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        log = self.log_path(name).open("wb")
        try:
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=self._workdir,
                start_new_session=True,
            )
        except OSError as exc:
            raise BenchError(f"{name}: cannot start {argv[0]}: {exc}") from exc
        finally:
            log.close()
        self._children[name] = proc
        return proc

    def log_path(self, name: str) -> Path:
        return self._workdir / f"{name}.log"

    def tail(self, name: str, lines: int = 25) -> str:
        path = self.log_path(name)
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join("    " + line for line in text.splitlines()[-lines:])

    def stop(self, name: str) -> None:
        proc = self._children.pop(name, None)
        if proc is not None:
            _kill_group(proc)

    def close(self) -> None:
        for name in list(self._children):
            self.stop(name)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM the child's process group (workers included), SIGKILL it if it lingers."""
    for sig, grace in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=grace)
            break
        except subprocess.TimeoutExpired:
            continue
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # a worker may outlive its parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def child_env(**extra: str) -> dict[str, str]:
    """The caller's environment, minus HTTP proxies (all traffic is loopback), plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env.update(extra)
    return env


# ------------------------------------------------------------------------------------------------- HTTP

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def http(method: str, url: str, key: str | None = None, body: bytes | None = None) -> tuple[int, bytes]:
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with _OPENER.open(request, timeout=10) as response:
            return int(response.status), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def wait_ready(procs: Processes, name: str, proc: subprocess.Popen[bytes], url: str, timeout_s: float) -> None:
    """Poll `url` until it answers 200; fail early, with the log, if the server exits or times out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise BenchError(f"{name} exited with code {proc.returncode} while starting:\n{procs.tail(name)}")
        with contextlib.suppress(OSError):
            if http("GET", url)[0] == 200:
                return
        time.sleep(0.2)
    raise BenchError(f"{name} not ready at {url} after {timeout_s:.0f} s:\n{procs.tail(name)}")


def request_body() -> bytes:
    messages = [{"role": "user", "content": PATIENT_MESSAGE}]
    return json.dumps({"model": MODEL, "messages": messages}).encode()


def check_chat(procs: Processes, name: str, base_url: str, key: str) -> None:
    """One request before measuring: the leg must answer a valid chat.completion, not an error."""
    status, raw = http("POST", f"{base_url}/chat/completions", key, request_body())
    try:
        payload = json.loads(raw)
        ok = status == 200 and payload["object"] == "chat.completion" and payload["choices"][0]["message"]
    except (ValueError, KeyError, IndexError, TypeError):
        ok = False
    if not ok:
        raise BenchError(f"{name}: test request got HTTP {status}: {raw[:400]!r}\n{procs.tail(name)}")


# ------------------------------------------------------------------------------------------------- legs


def start_upstream(procs: Processes) -> str:
    port = free_port()
    argv = [sys.executable, str(BENCH_DIR / "fake_upstream.py"), "--host", "127.0.0.1", "--port", str(port)]
    proc = procs.start("upstream", argv, child_env())
    wait_ready(procs, "upstream", proc, f"http://127.0.0.1:{port}/health", 15)
    return f"http://127.0.0.1:{port}/v1"


def start_phigate(
    procs: Processes, name: str, cmd: list[str], upstream: str, workdir: Path, deid: bool, ledger: str = "sqlite"
) -> tuple[str, str]:
    """Start phigate on a fresh data dir with the bench policy; return (base URL, API key).

    ``deid`` False measures the gateway itself (auth, limits, metrics, the pipeline and its hooks, the
    ledger) with the app's guards, canary and de-identification switched off; True is the default
    policy, which also judges the message, replaces its identifiers before forwarding it, and runs
    every output guard on the answer.
    ``ledger`` "memory" keeps the audit ledger (hash chain, signed checkpoints) in memory: the cost of
    writing it to disk is the difference from "sqlite", the default."""
    data_dir, policy = workdir / f"phigate-data-{deid}-{ledger}", workdir / f"phigate-policy-{deid}-{ledger}.yaml"
    data_dir.mkdir()
    policy.write_text(
        "apps:\n  default:\n    models: [fast]\n"
        "    limits: {requests_per_minute: null, tokens_per_minute: null}\n"
        + ("" if deid else "    deidentify: false\n    canary: false\n    guards: {" + ALL_GUARDS_OFF + "}\n")
        + f'models:\n  fast: {{backend: upstream, url: "{upstream}", model: fake}}\n'
        f"audit: {{store: {ledger}}}\n"
    )
    create = [*cmd, "keys", "create", "--app", "default", "--data-dir", str(data_dir), "--quiet"]
    done = subprocess.run(create, capture_output=True, text=True, env=child_env(), timeout=120, check=False)
    key = done.stdout.strip()
    if done.returncode != 0 or not key or len(key.split()) != 1:
        raise BenchError(f"phigate keys create failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    port = free_port()
    serve = [
        *cmd,
        "serve",
        "--config",
        str(policy),
        "--data-dir",
        str(data_dir),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    proc = procs.start(name, serve, child_env())  # under the leg's name, so that stopping the leg stops it
    wait_ready(procs, name, proc, f"http://127.0.0.1:{port}/readyz", 120)
    return f"http://127.0.0.1:{port}/v1", key


def start_litellm(procs: Processes, upstream: str, workers: int) -> tuple[str, str]:
    """Start LiteLLM proxy from its own venv, offline; return (base URL, master key)."""
    port = free_port()
    env = child_env(
        FAKE_UPSTREAM_BASE=upstream,
        FAKE_UPSTREAM_KEY=UPSTREAM_KEY,
        LITELLM_MASTER_KEY=LITELLM_MASTER_KEY,
        # No phoning home: bundled cost map, offline mode (newer releases), no telemetry, no hub.
        LITELLM_LOCAL_MODEL_COST_MAP="True",
        LITELLM_OFFLINE_MODE="true",
        LITELLM_TELEMETRY="False",
        HF_HUB_OFFLINE="1",
        DISABLE_ADMIN_UI="True",
        LITELLM_DONT_SHOW_FEEDBACK_BOX="True",
    )
    env.pop("DATABASE_URL", None)
    argv = [
        str(LITELLM_VENV / "bin" / "litellm"),
        "--config",
        str(LITELLM_CONFIG),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--num_workers",
        str(workers),
    ]
    proc = procs.start("litellm", argv, env)
    wait_ready(procs, "litellm", proc, f"http://127.0.0.1:{port}/health/liveliness", 180)
    return f"http://127.0.0.1:{port}/v1", LITELLM_MASTER_KEY


# ------------------------------------------------------------------------------------------ environments


def ensure_wrk() -> str:
    """Return the wrk binary, installing the Debian package when we are root and it is missing."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise BenchError("wrk is not installed: run `sudo apt-get update && sudo apt-get install -y wrk`")
    print("installing wrk: apt-get update && apt-get install -y wrk", flush=True)
    for argv in (["apt-get", "update"], ["apt-get", "install", "-y", "wrk"]):
        done = subprocess.run(
            argv, capture_output=True, text=True, check=False, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        )
        if done.returncode != 0:
            raise BenchError(f"{' '.join(argv)} failed:\n{done.stderr[-2000:]}")
    return shutil.which("wrk") or "wrk"


def ensure_litellm_venv() -> None:
    """Create bench/.venv-litellm from the pinned requirements, again whenever they change."""
    stamp = LITELLM_VENV / ".requirements.sha256"
    digest = hashlib.sha256(LITELLM_REQUIREMENTS.read_bytes()).hexdigest()
    if (LITELLM_VENV / "bin" / "litellm").exists() and stamp.exists() and stamp.read_text() == digest:
        return
    print(f"creating {LITELLM_VENV.relative_to(REPO_ROOT)} (LiteLLM proxy, ~750 MB, about a minute)", flush=True)
    steps = [
        [sys.executable, "-m", "venv", "--clear", str(LITELLM_VENV)],
        [str(LITELLM_VENV / "bin" / "pip"), "install", "--quiet", "-r", str(LITELLM_REQUIREMENTS)],
    ]
    for argv in steps:
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BenchError(f"{' '.join(argv)} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    stamp.write_text(digest)


def resolve_phigate(cmd: str | None) -> list[str]:
    if cmd:
        return shlex.split(cmd)
    return [str(REPO_ROOT / ".venv" / "bin" / "phigate")]


def check_phigate(cmd: list[str]) -> str:
    """Return phigate's version line, or explain how to get a working phigate."""
    hint = "create it with `make test` (or `make run`), or pass --phigate CMD, or --legs direct,litellm"
    try:
        done = subprocess.run([*cmd, "--version"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BenchError(f"phigate not runnable as {shlex.join(cmd)} ({exc}): {hint}") from exc
    if done.returncode != 0:
        return "unknown"
    return done.stdout.strip() or "unknown"


def litellm_version() -> str:
    python = LITELLM_VENV / "bin" / "python"
    code = "from importlib.metadata import version; print(version('litellm'))"
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


# ------------------------------------------------------------------------------------------------- load


def run_wrk(wrk: str, url: str, lua: Path, concurrency: int, seconds: int) -> RunResult:
    argv = [wrk, "-t1", f"-c{concurrency}", f"-d{seconds}s", "--timeout", "10s", "--latency", "-s", str(lua), url]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60, check=False)
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH_JSON ")), None)
    if done.returncode != 0 or line is None:
        raise BenchError(f"wrk failed ({done.returncode}):\n{done.stdout[-1500:]}{done.stderr[-1500:]}")
    raw = json.loads(line.removeprefix("BENCH_JSON "))
    errors = sum(raw[k] for k in ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts"))
    return RunResult(
        concurrency=concurrency,
        requests=raw["requests"],
        rps=round(raw["requests"] / (raw["duration_us"] / 1e6), 1),
        p50_ms=round(raw["p50_us"] / 1000, 3),
        p99_ms=round(raw["p99_us"] / 1000, 3),
        mean_ms=round(raw["mean_us"] / 1000, 3),
        errors=errors,
    )


def measure(wrk: str, name: str, base_url: str, key: str, settings: Settings, workdir: Path) -> dict[int, RunResult]:
    lua = workdir / f"{name}.lua"
    lua.write_text(WRK_LUA.format(body=request_body().decode(), key=key))
    url = f"{base_url}/chat/completions"
    runs: dict[int, RunResult] = {}
    for concurrency in CONCURRENCIES:
        if settings.warmup_s:
            run_wrk(wrk, url, lua, concurrency, settings.warmup_s)
        result = run_wrk(wrk, url, lua, concurrency, settings.duration_s)
        if result.errors:
            raise BenchError(f"{name} at c={concurrency}: {result.errors} failed requests of {result.requests}")
        print(
            f"  {name:8s} c={concurrency:<3d} {result.rps:9.1f} req/s   p50 {result.p50_ms:8.3f} ms   "
            f"p99 {result.p99_ms:8.3f} ms",
            flush=True,
        )
        runs[concurrency] = result
    return runs


def run_leg(name: str, procs: Processes, upstream: str, settings: Settings, wrk: str, workdir: Path) -> LegResult:
    """Start one leg's server, check it, measure it, stop it (one gateway runs at a time)."""
    if name == "direct":
        leg, base_url, key = LegResult(name, "fake_upstream"), upstream, UPSTREAM_KEY
    elif name.startswith("phigate"):
        version = check_phigate(settings.phigate_cmd)
        ledger = "memory" if name == "phigate-memledger" else "sqlite"
        base_url, key = start_phigate(
            procs, name, settings.phigate_cmd, upstream, workdir, deid=name == "phigate-deid", ledger=ledger
        )
        leg = LegResult(name, version)
    else:
        base_url, key = start_litellm(procs, upstream, settings.litellm_workers)
        leg = LegResult(name, litellm_version())
    try:
        check_chat(procs, "upstream" if name == "direct" else name, base_url, key)
        leg.runs = measure(wrk, name, base_url, key, settings, workdir)
    finally:
        procs.stop(name)
    return leg


def ledger_ab(procs: Processes, upstream: str, settings: Settings, wrk: str, workdir: Path) -> dict[str, object]:
    """The ledger's cost, measured as A/B pairs: phigate with the ledger on SQLite and with it in memory
    run side by side, and wrk alternates between them at c=32 (disk, memory, disk, memory, ...), so a
    change in what else the machine does hits both runs of a pair alike. The cost is 1 - the median over
    the pairs of disk req/s / memory req/s."""
    ab = workdir / "ledger-ab"
    ab.mkdir()
    urls = {}
    for ledger in ("sqlite", "memory"):
        base_url, key = start_phigate(
            procs, f"ab-{ledger}", settings.phigate_cmd, upstream, ab, deid=False, ledger=ledger
        )
        lua = ab / f"{ledger}.lua"
        lua.write_text(WRK_LUA.format(body=request_body().decode(), key=key))
        urls[ledger] = (f"{base_url}/chat/completions", lua)
        run_wrk(wrk, *urls[ledger], 32, max(1, settings.warmup_s))
    rps: dict[str, list[float]] = {"sqlite": [], "memory": []}
    try:
        for _ in range(LEDGER_AB_ROUNDS):
            for ledger in ("sqlite", "memory"):
                result = run_wrk(wrk, *urls[ledger], 32, settings.duration_s)
                if result.errors:
                    raise BenchError(f"ledger A/B ({ledger}): {result.errors} failed requests")
                rps[ledger].append(result.rps)
                print(f"  ledger A/B {ledger:6s} c=32 {result.rps:9.1f} req/s", flush=True)
    finally:
        procs.stop("ab-sqlite")
        procs.stop("ab-memory")
    ratios = [disk / memory for disk, memory in zip(rps["sqlite"], rps["memory"], strict=True)]
    return {"rounds": LEDGER_AB_ROUNDS, "rps": rps, "cost": round(1 - statistics.median(ratios), 3)}


# ---------------------------------------------------------------------------------------------- report


def ratios(legs: dict[str, LegResult]) -> dict[str, float | None]:
    def p50(name: str, c: int) -> float | None:
        return legs[name].runs[c].p50_ms if name in legs else None

    def rps(name: str, c: int) -> float | None:
        return legs[name].runs[c].rps if name in legs else None

    def added(name: str) -> float | None:
        mine, floor = p50(name, 1), p50("direct", 1)
        return round(mine - floor, 3) if mine is not None and floor is not None else None

    def over_litellm(name: str) -> float | None:
        ours, theirs = rps(name, 32), rps("litellm", 32)
        return round(ours / theirs, 1) if ours and theirs else None

    return {
        "phigate_added_p50_ms_c1": added("phigate"),
        "phigate-deid_added_p50_ms_c1": added("phigate-deid"),
        "litellm_added_p50_ms_c1": added("litellm"),
        "phigate_over_litellm_rps_c32": over_litellm("phigate"),
        "phigate-deid_over_litellm_rps_c32": over_litellm("phigate-deid"),
        "ledger_cost_rps_c32": (
            round(1 - rps("phigate", 32) / rps("phigate-memledger", 32), 3)  # type: ignore[operator]
            if rps("phigate", 32) and rps("phigate-memledger", 32)
            else None
        ),
    }


def verdicts(r: dict[str, float | None]) -> dict[str, bool | None]:
    added, ratio = r["phigate_added_p50_ms_c1"], r["phigate_over_litellm_rps_c32"]
    cost = r.get("ledger_cost_rps_c32_ab_median")
    return {
        "added_p50_le_1ms": None if added is None else added <= TARGET_ADDED_P50_MS,
        "rps_ratio_ge_20x": None if ratio is None else ratio >= TARGET_RPS_RATIO,
        "ledger_cost_le_5pct": None if cost is None else cost <= TARGET_LEDGER_COST,
    }


def markdown_table(legs: dict[str, LegResult], r: dict[str, float | None]) -> str:
    rows = [
        "| path | req/s (c=1) | p50 ms (c=1) | p99 ms (c=1) | added p50 ms (c=1) "
        "| req/s (c=32) | p50 ms (c=32) | p99 ms (c=32) |",
        "|---|--:|--:|--:|--:|--:|--:|--:|",
    ]
    labels = {
        "direct": "direct to upstream (floor)",
        "phigate": "phigate, guards and de-identification off",
        "phigate-memledger": "phigate, guards and de-identification off, ledger in memory",
        "phigate-deid": "phigate, default policy (de-identification, input and output guards on)",
        "litellm": "LiteLLM proxy",
    }
    for name in LEGS:
        if name not in legs:
            continue
        one, many = legs[name].runs[1], legs[name].runs[32]
        added = r.get(f"{name}_added_p50_ms_c1")
        label = labels[name] + (f" {legs[name].version}" if name == "litellm" else "")
        rows.append(
            f"| {label} | {one.rps:,.0f} | {one.p50_ms:.2f} | {one.p99_ms:.2f} | "
            f"{'—' if added is None else f'+{added:.2f}'} | {many.rps:,.0f} | {many.p50_ms:.2f} | {many.p99_ms:.2f} |"
        )
    return "\n".join(rows)


def summary_lines(r: dict[str, float | None], v: dict[str, bool | None]) -> list[str]:
    def mark(ok: bool | None) -> str:
        return {True: "PASS", False: "MISS", None: "n/a"}[ok]

    lines = []
    for name, label in (("phigate", "phigate"), ("phigate-deid", "phigate, default policy")):
        added, ratio = r[f"{name}_added_p50_ms_c1"], r[f"{name}_over_litellm_rps_c32"]
        ok_added = None if added is None else added <= TARGET_ADDED_P50_MS
        ok_ratio = None if ratio is None else ratio >= TARGET_RPS_RATIO
        lines += [
            f"{label}: added p50 over direct at c=1: {'n/a' if added is None else f'{added:.3f} ms'} "
            f"(target <= {TARGET_ADDED_P50_MS:g} ms) {mark(ok_added)}",
            f"{label}: req/s / LiteLLM req/s at c=32: {'n/a' if ratio is None else f'{ratio:.1f}x'} "
            f"(target >= {TARGET_RPS_RATIO:g}x) {mark(ok_ratio)}",
        ]
    cost = r.get("ledger_cost_rps_c32")
    if cost is not None:
        lines.append(f"ledger on disk vs in memory, one run each: {cost:+.1%} of phigate's req/s at c=32")
    ab = r.get("ledger_cost_rps_c32_ab_median")
    if ab is not None:
        lines.append(
            f"ledger on disk vs in memory, median of {LEDGER_AB_ROUNDS} alternating A/B pairs: {ab:+.1%} of "
            f"phigate's req/s at c=32 (target <= 5%) {mark(ab <= TARGET_LEDGER_COST)}"
        )
    return lines


def _git(*args: str) -> str:
    argv = ["git", "-C", str(REPO_ROOT), *args]
    try:
        return subprocess.run(argv, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def git_revision() -> str:
    """The repo's commit, with `+dirty` when tracked files changed (phigate is measured from the tree)."""
    sha = _git("rev-parse", "--short", "HEAD") or "unknown"
    return sha + ("+dirty" if _git("status", "--porcelain", "--untracked-files=no") else "")


def machine_info() -> dict[str, object]:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def write_results(
    legs: dict[str, LegResult],
    settings: Settings,
    r: dict[str, float | None],
    v: dict[str, bool | None],
    table: str,
    wrk: str,
    machine: dict[str, object],
) -> None:
    wrk_version = subprocess.run([wrk, "-v"], capture_output=True, text=True, check=False).stdout.split("\n")[0]
    document = {
        "benchmark": "gateway_overhead",
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "git_revision": git_revision(),
        "machine": machine,
        "load_generator": {
            "tool": wrk_version.strip(),
            "threads": 1,
            "concurrency": list(CONCURRENCIES),
            "warmup_s": settings.warmup_s,
            "duration_s": settings.duration_s,
        },
        "request": {
            "endpoint": "POST /v1/chat/completions",
            "stream": False,
            "model": MODEL,
            "message_chars": len(PATIENT_MESSAGE),
            "body_bytes": len(request_body()),
        },
        "litellm_workers": settings.litellm_workers,
        "legs": {
            name: {"version": leg.version, "runs": {str(c): asdict(x) for c, x in leg.runs.items()}}
            for name, leg in legs.items()
        },
        "ratios": r,
        "targets": {
            "phigate_added_p50_ms_c1_max": TARGET_ADDED_P50_MS,
            "phigate_over_litellm_rps_c32_min": TARGET_RPS_RATIO,
            "met": v,
        },
        "markdown_table": table,
    }
    RESULTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_FILE.write_text(json.dumps(document, indent=2) + "\n")


# ------------------------------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> Settings:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1 s warm-up + 3 s measured per run")
    parser.add_argument("--warmup", type=int, default=2, help="warm-up seconds per run (default 2)")
    parser.add_argument("--duration", type=int, default=8, help="measured seconds per run (default 8)")
    parser.add_argument("--legs", default=",".join(LEGS), help="comma-separated subset of " + ",".join(LEGS))
    parser.add_argument("--phigate", metavar="CMD", help="how to run phigate (default: .venv/bin/phigate)")
    parser.add_argument("--litellm-workers", type=int, default=1, help="LiteLLM --num_workers (default 1)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    legs = tuple(x.strip() for x in args.legs.split(",") if x.strip())
    if unknown := set(legs) - set(LEGS):
        parser.error(f"unknown legs: {', '.join(sorted(unknown))}")
    warmup, duration = (1, 3) if args.quick else (args.warmup, args.duration)
    return Settings(
        warmup,
        duration,
        tuple(x for x in LEGS if x in legs),
        resolve_phigate(args.phigate),
        args.litellm_workers,
        args.check,
    )


def run(settings: Settings) -> int:
    machine = machine_info()
    wrk = ensure_wrk()
    if "litellm" in settings.legs:
        ensure_litellm_venv()
    if any(leg.startswith("phigate") for leg in settings.legs):
        check_phigate(settings.phigate_cmd)
    with tempfile.TemporaryDirectory(prefix="phigate-bench-") as tmp, managed(Processes(Path(tmp))) as procs:
        upstream = start_upstream(procs)
        print(
            f"fake upstream at {upstream}; {settings.warmup_s} s warm-up + {settings.duration_s} s per run", flush=True
        )
        legs = {name: run_leg(name, procs, upstream, settings, wrk, Path(tmp)) for name in settings.legs}
        ab = ledger_ab(procs, upstream, settings, wrk, Path(tmp)) if "phigate-memledger" in settings.legs else None
    r = ratios(legs)
    if ab is not None:
        r["ledger_cost_rps_c32_ab_median"] = ab["cost"]  # type: ignore[assignment]
    v = verdicts(r)
    table = markdown_table(legs, r)
    print("\n" + table + "\n")
    for line in summary_lines(r, v):
        print(line)
    write_results(legs, settings, r, v, table, wrk, machine)
    print(f"\nwrote {RESULTS_FILE.relative_to(REPO_ROOT)}")
    return 1 if settings.check and False in v.values() else 0


@contextlib.contextmanager
def managed(procs: Processes) -> Iterator[Processes]:
    try:
        yield procs
    finally:
        procs.close()


def _terminate(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through the finally blocks that kill the children


def main() -> int:
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started with SIGINT ignored
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGHUP, _terminate)
    settings = parse_args()
    try:
        return run(settings)
    except BenchError as exc:
        print(f"\nbenchmark failed: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\ninterrupted; servers stopped", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

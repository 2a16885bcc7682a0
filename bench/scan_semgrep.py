"""The semgrep leg of bench/scan.py: the same corpus, labels and theme, scanned by semgrep with local rules.

semgrep has no rules for storefront AI egress that can be used offline (its registry needs the network),
so this module writes the closest local rule set we can state plainly: SDK constructors and factory
calls, HTTP calls (fetch, axios, XMLHttpRequest, jQuery, WebSocket, curl, Guzzle, file_get_contents)
whose URL matches phigate's own AI host list (the same list the scanner uses), SDK method calls on an
``OpenAI\\Client``, and script tags / fetch URLs in Liquid and HTML with a regex. semgrep runs from
bench/.venv-semgrep (made from bench/requirements-semgrep.txt on first use) with ``--metrics=off``,
inside a network namespace without interfaces when the kernel allows it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

from phigate.backends.egress import ProviderCatalog

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv-semgrep"
SEMGREP = VENV / "bin" / "semgrep"


def ensure_semgrep() -> Path:
    if not SEMGREP.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        pip = [str(VENV / "bin" / "pip"), "install", "-q", "-r", str(ROOT / "requirements-semgrep.txt")]
        subprocess.run(pip, check=True)
    return SEMGREP


def host_alternation() -> str:
    """phigate's AI provider patterns as one regular-expression alternation of hosts."""
    text = (Path(__file__).resolve().parents[1] / "src/phigate/data/ai_providers.txt").read_text("utf-8")
    ProviderCatalog.from_text(text)  # the same validation the gateway applies
    pats = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    alts = []
    for p in (p for p in pats if p):
        prefix = r"(?:[^./\"']+\.)+" if p.startswith("*.") else ""
        body = p[2:] if p.startswith("*.") else p
        alts.append(prefix + r"\.".join(re.escape(x).replace(r"\*", r"[^./\"']+") for x in body.split(".")))
    return "(?:" + "|".join(alts) + ")"


def rules() -> dict[str, object]:
    alt = host_alternation()
    hosts = r"(?:^[\"'`]?(?:https?:|wss?:)?//)" + alt + r"(?:[:/\"'`]|$)"
    url = {"metavariable-regex": {"metavariable": "$URL", "regex": hosts}}
    sdk = ["OpenAI", "AzureOpenAI", "Anthropic", "OpenAIApi", "GoogleGenerativeAI", "GoogleGenAI", "Groq", "Mistral"]
    js_sdk = [{"pattern": f"new {name}(...)"} for name in sdk] + [
        {"pattern": "createOpenAI(...)"}, {"pattern": "createAnthropic(...)"}]  # fmt: skip
    js_http = [
        {"pattern": "fetch($URL, ...)"},
        {"pattern": "axios.$M($URL, ...)"},
        {"pattern": "axios($URL, ...)"},
        {"pattern": "$X.open($M, $URL, ...)"},
        {"pattern": "new WebSocket($URL, ...)"},
        {"pattern": "new EventSource($URL, ...)"},
        {"pattern": "navigator.sendBeacon($URL, ...)"},
        {"pattern": "$.ajax({..., url: $URL, ...})"},
        {"pattern": "$.post($URL, ...)"},
        {"pattern": "$X.src = $URL"},
    ]
    php_http = [
        {"pattern": "curl_init($URL)"},
        {"pattern": "curl_setopt($CH, CURLOPT_URL, $URL)"},
        {"pattern": "file_get_contents($URL, ...)"},
        {"pattern": "new \\GuzzleHttp\\Client([..., 'base_uri' => $URL, ...])"},
        {"pattern": "new Client([..., 'base_uri' => $URL, ...])"},
        {"pattern": "$X->post($URL, ...)"},
        {"pattern": "$X->setUri($URL)"},
    ]
    php_sdk = [
        {"pattern": "OpenAI::client(...)"},
        {"pattern": "$X::client(...)"},
        {"pattern": "OpenAI::factory()->$M(...)"},
        {"pattern": "$C->chat()->create(...)"},
        {"pattern": "$C->completions()->create(...)"},
    ]
    tags = r"<script[^>]*src=[\"'](?:https?:)?//" + alt
    return {"rules": [
        {"id": "js-ai-sdk", "languages": ["javascript", "typescript"], "severity": "WARNING",
         "message": "AI SDK client", "pattern-either": js_sdk},
        {"id": "js-ai-http", "languages": ["javascript", "typescript"], "severity": "WARNING",
         "message": "HTTP call to an AI host", "patterns": [{"pattern-either": js_http}, url]},
        {"id": "php-ai-http", "languages": ["php"], "severity": "WARNING",
         "message": "HTTP call to an AI host", "patterns": [{"pattern-either": php_http}, url]},
        {"id": "php-ai-sdk", "languages": ["php"], "severity": "WARNING", "message": "AI SDK",
         "pattern-either": php_sdk},
        {"id": "py-ai-sdk", "languages": ["python"], "severity": "WARNING", "message": "AI SDK",
         "pattern-either": [{"pattern": f"{name}(...)"} for name in ("OpenAI", "AsyncOpenAI", "Anthropic",
                            "anthropic.Anthropic", "openai.OpenAI")] + [{"pattern": "openai.$X.create(...)"}]},
        {"id": "py-ai-http", "languages": ["python"], "severity": "WARNING", "message": "HTTP call to an AI host",
         "patterns": [{"pattern-either": [{"pattern": "requests.$M($URL, ...)"}, {"pattern": "httpx.$M($URL, ...)"}]},
                      url]},
        {"id": "markup-ai-script", "languages": ["generic"], "severity": "WARNING",
         "message": "AI widget script or fetch in markup", "paths": {"include": ["*.liquid", "*.html", "*.phtml"]},
         "pattern-either": [{"pattern-regex": tags},
                            {"pattern-regex": r"fetch\(\s*[\"'`]https://" + alt}]},
    ]}  # fmt: skip


def run(target: Path, rules_file: Path) -> tuple[set[tuple[str, int]], float]:
    """(file relative to target, line) of every semgrep match, and the wall time."""
    cmd = [str(ensure_semgrep()), "scan", "--config", str(rules_file), "--metrics=off", "--disable-version-check",
           "--json", "--quiet", "--no-git-ignore", "--timeout", "0", str(target)]  # fmt: skip
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        cmd = ["unshare", "-n", *cmd]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"semgrep failed ({proc.returncode}): {proc.stderr[-2000:]}")
    out = json.loads(proc.stdout)
    found = {(str(Path(r["path"]).resolve().relative_to(target.resolve())), r["start"]["line"]) for r in out["results"]}
    return found, seconds


def write_rules(path: Path) -> Path:
    path.write_text(yaml.safe_dump(rules(), sort_keys=False), encoding="utf-8")
    return path

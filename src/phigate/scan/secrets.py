"""Hard-coded AI provider API keys, reported masked (patterns after gitleaks and trufflehog)."""

from __future__ import annotations

import re

from phigate.scan.flows import FileAnalysis

KEYS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "OpenAI",
        re.compile(
            r"\bsk-(?:proj|svcacct|admin|service)-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|"
            r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b|\bsk-proj-[A-Za-z0-9_-]{40,}"
        ),
    ),
    ("Anthropic", re.compile(r"\bsk-ant-(?:api03|admin01|oat01|ort01)-[A-Za-z0-9_-]{40,}")),
    ("OpenRouter", re.compile(r"\bsk-or-v1-[0-9a-f]{64}\b")),
    ("Google (Gemini)", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("Groq", re.compile(r"\bgsk_[a-zA-Z0-9]{52}\b")),
    ("xAI", re.compile(r"\bxai-[0-9a-zA-Z_]{80}\b")),
    ("Perplexity", re.compile(r"\bpplx-[a-zA-Z0-9]{48}\b")),
    ("Hugging Face", re.compile(r"\bhf_[a-zA-Z0-9]{34}\b")),
    ("Replicate", re.compile(r"\br8_[0-9A-Za-z_-]{37}\b")),
    ("LangSmith", re.compile(r"\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\b")),
    (
        "OpenAI (legacy)",
        re.compile(r"""(?i)(?:openai|gpt|chatgpt)[\w.-]*\s*['"]?\s*[:=>]+\s*['"](sk-[A-Za-z0-9]{32,64})['"]"""),
    ),
)
PLACEHOLDER = re.compile(r"x{6,}|\.\.\.|your|example|dummy|test|<|\*{4}", re.I)


def mask(key: str) -> str:
    return f"{key[:7]}…{key[-4:]}" if len(key) > 14 else "…"


def analyze(fa: FileAnalysis, source: str) -> None:
    for n, line in enumerate(source.splitlines(), 1):
        if len(line) > 5000:  # minified bundles: keys still match, but keep the regex work bounded
            line = line[:20000]
        for vendor, rx in KEYS:
            for m in rx.finditer(line):
                key = m.group(1) if m.groups() and m.group(1) else m.group(0)
                if PLACEHOLDER.search(key):
                    continue
                fa.report("ai-api-key", n, f"hard-coded {vendor} API key {mask(key)}", key=mask(key))

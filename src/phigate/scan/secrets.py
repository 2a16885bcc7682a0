"""Hard-coded AI provider API keys, reported masked (patterns after gitleaks and trufflehog)."""

from __future__ import annotations

import re
from bisect import bisect_right

from phigate.scan.flows import FileAnalysis

KEYS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "OpenAI",
        re.compile(
            r"\bsk-(?:proj|svcacct|admin|service)-[A-Za-z0-9_-]{20,400}T3BlbkFJ[A-Za-z0-9_-]{20,400}|"
            r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b|\bsk-proj-[A-Za-z0-9_-]{40,400}"
        ),
    ),
    ("Anthropic", re.compile(r"\bsk-ant-(?:api03|admin01|oat01|ort01)-[A-Za-z0-9_-]{40,400}")),
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
        re.compile(
            r"""(?i)(?:openai|gpt|chatgpt)[\w.-]{0,40}[ \t]*['"]?[ \t]*[:=>]{1,3}"""
            r"""[ \t]*['"](sk-[A-Za-z0-9]{32,64})['"]"""
        ),
    ),
)
NEWLINE = re.compile(r"\n")
PLACEHOLDER = re.compile(r"x{6,}|\.\.\.|your|example|dummy|test|<|\*{4}", re.I)


def mask(key: str) -> str:
    return f"{key[:7]}…{key[-4:]}" if len(key) > 14 else "…"


def analyze(fa: FileAnalysis, source: str) -> None:
    """Every key in the file, however long its line (minified bundles): each pattern starts with a fixed
    prefix and has bounded repeats, so one pass over the whole text stays linear."""
    starts = [0, *(m.end() for m in NEWLINE.finditer(source))]
    for vendor, rx in KEYS:
        for m in rx.finditer(source):
            group = 1 if m.groups() and m.group(1) else 0
            key = m.group(group)
            if PLACEHOLDER.search(key):
                continue
            fa.report(
                "ai-api-key",
                bisect_right(starts, m.start(group)),
                f"hard-coded {vendor} API key {mask(key)}",
                key=mask(key),
            )

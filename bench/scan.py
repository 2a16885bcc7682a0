"""Storefront scanner acceptance: recall and precision on external AI calls, and full-theme scan time.

Scores `phigate scan` against bench/corpora/scan/labels.yaml (real public code plus decoys; see SOURCE.md)
and against the test fixtures' expected cases, then times a scan of a generated theme the size of
Shopify's Dawn (about 60 sections, 90 snippets, 40 scripts, layouts and templates: ~250 files), repeated
to take the median. No network is used; nothing scanned is executed.

    .venv/bin/python bench/scan.py [--repeat 5] [--json bench/results/scan.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

from phigate.scan import Scanner

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpora" / "scan"
FIXTURES = ROOT.parent / "tests" / "scan" / "fixtures"
CALL_RULES = ("ai-endpoint", "ai-sdk-client", "ai-widget")


def score(labels_path: Path) -> dict[str, object]:
    labels = yaml.safe_load(labels_path.read_text("utf-8"))
    expected = {(f, line) for f, lines in labels["calls"].items() for line in lines}
    result = Scanner().scan(CORPUS)
    predicted = {(f.file, f.line) for f in result.findings if f.rule in CALL_RULES}
    tp = expected & predicted
    decoy_findings = [f"{f.rule} {f.file}:{f.line}" for f in result.findings if f.file.startswith("decoys/")]
    return {
        "labelled_calls": len(expected),
        "reported_calls": len(predicted),
        "true_positives": len(tp),
        "recall": round(len(tp) / len(expected), 3) if expected else 1.0,
        "precision": round(len(tp) / len(predicted), 3) if predicted else 1.0,
        "missed": sorted(f"{f}:{n}" for f, n in expected - predicted),
        "false_positives": sorted(f"{f}:{n}" for f, n in predicted - expected),
        "findings_on_decoys": decoy_findings,
        "files": result.files,
        "seconds": round(result.seconds, 3),
    }


def fixture_cases() -> dict[str, object]:
    sys.path.insert(0, str(ROOT.parent))
    from tests.scan.cases import NEGATIVE, POSITIVE

    result = Scanner().scan(FIXTURES)
    found = {(f.rule, f.file, f.line) for f in result.findings}

    def line_of(rel: str, needle: str) -> int:
        lines = (FIXTURES / rel).read_text("utf-8").splitlines()
        return next(n for n, line in enumerate(lines, 1) if needle in line)

    hit = sum((r, f, line_of(f, n)) in found for r, f, n in POSITIVE)
    clean = 0
    for r, f, n in NEGATIVE:
        bad = [x for x in found if x[0] == r and x[1] == f and (n is None or x[2] == line_of(f, n))]
        clean += not bad
    return {"positives": len(POSITIVE), "found": hit, "negatives": len(NEGATIVE), "clean": clean}


def make_theme(dest: Path) -> int:
    """A theme the size of Dawn built from the fixtures (Liquid sections/snippets, theme JS, layout)."""
    src = FIXTURES / "theme"
    count = 0
    plan = {"sections": 60, "snippets": 90, "assets": 40, "layout": 2, "templates": 30, "blocks": 20}
    sources = {
        "sections": sorted((src / "sections").glob("*.liquid")),
        "snippets": sorted((src / "snippets").glob("*.liquid")),
        "assets": sorted((src / "assets").glob("*.js")),
        "layout": [src / "layout" / "theme.liquid"],
        "templates": sorted((src / "sections").glob("*.liquid")),
        "blocks": sorted((src / "extensions" / "ai-assistant" / "blocks").glob("*.liquid")),
    }
    for folder, n in plan.items():
        (dest / folder).mkdir(parents=True, exist_ok=True)
        for i in range(n):
            template = sources[folder][i % len(sources[folder])]
            body = template.read_text("utf-8")
            if folder == "assets":
                body = body * 4  # Dawn's scripts run to several hundred lines
            (dest / folder / f"{template.stem}-{i}{template.suffix}").write_text(body, encoding="utf-8")
            count += 1
    shutil.copy(src / "config" / "settings_schema.json", dest / "settings_schema.json")
    return count + 1


def time_theme(repeat: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        files = make_theme(Path(tmp))
        size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            Scanner().scan(Path(tmp))
            times.append(time.perf_counter() - started)
    return {"files": files, "bytes": size, "median_seconds": round(statistics.median(times), 3),
            "files_per_second": round(files / statistics.median(times))}  # fmt: skip


def table(out: dict[str, dict[str, object]]) -> str:
    """The README rows."""
    c, fx, th = out["corpus"], out["fixtures"], out["theme"]
    decoys = c["findings_on_decoys"]
    assert isinstance(decoys, list)
    rows = [
        ("recall on labelled external AI calls", f"{c['recall']} ({c['true_positives']}/{c['labelled_calls']})"),
        ("precision", f"{c['precision']} ({c['true_positives']}/{c['reported_calls']})"),
        ("findings of any rule on decoy files", str(len(decoys))),
        ("fixture cases: positives found, negatives clean",
         f"{fx['found']}/{fx['positives']}, {fx['clean']}/{fx['negatives']}"),
        (f"Dawn-sized theme ({th['files']} files, {int(str(th['bytes'])) // 1024} KiB)",
         f"{th['median_seconds']} s median, {th['files_per_second']} files/s"),
    ]  # fmt: skip
    return "\n".join(["| what | figure |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, default=ROOT / "results" / "scan.json")
    args = parser.parse_args()
    out = {"corpus": score(CORPUS / "labels.yaml"), "fixtures": fixture_cases(), "theme": time_theme(args.repeat)}
    out["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version()}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))
    print()
    print(table(out))


if __name__ == "__main__":
    main()

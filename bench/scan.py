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
sys.path.insert(0, str(ROOT))
CALL_RULES = ("ai-endpoint", "ai-sdk-client", "ai-widget")


def metrics(expected: set[tuple[str, int]], predicted: set[tuple[str, int]]) -> dict[str, object]:
    tp = expected & predicted
    return {
        "labelled_calls": len(expected),
        "reported_calls": len(predicted),
        "true_positives": len(tp),
        "recall": round(len(tp) / len(expected), 3) if expected else 1.0,
        "precision": round(len(tp) / len(predicted), 3) if predicted else 1.0,
        "missed": sorted(f"{f}:{n}" for f, n in expected - predicted),
        "false_positives": sorted(f"{f}:{n}" for f, n in predicted - expected),
    }


def labels() -> dict[str, object]:
    loaded: dict[str, object] = yaml.safe_load((CORPUS / "labels.yaml").read_text("utf-8"))
    return loaded


def expected_calls() -> set[tuple[str, int]]:
    calls = labels()["calls"]
    assert isinstance(calls, dict)
    return {(f, line) for f, lines in calls.items() for line in lines}


def held_out() -> set[str]:
    """Files added after the scanner was fixed on the rest: scored on their own as well."""
    files = labels().get("held_out", [])
    assert isinstance(files, list)
    return set(files)


def score() -> dict[str, object]:
    result = Scanner().scan(CORPUS)
    predicted = {(f.file, f.line) for f in result.findings if f.rule in CALL_RULES}
    out = metrics(expected_calls(), predicted)
    held = held_out()
    out["held_out"] = metrics({x for x in expected_calls() if x[0] in held}, {x for x in predicted if x[0] in held})
    out["findings_on_decoys"] = [f"{f.rule} {f.file}:{f.line}" for f in result.findings if f.file.startswith("decoys/")]
    out["files"] = result.files
    out["repositories"] = len({f.split("/")[1] for f, _ in expected_calls() if f.startswith("real/")})
    out["seconds"] = round(result.seconds, 3)
    return out


def semgrep_leg(repeat: int) -> dict[str, object]:
    """The same corpus and theme through semgrep with local rules (see bench/scan_semgrep.py)."""
    import scan_semgrep

    with tempfile.TemporaryDirectory() as tmp:
        rules = scan_semgrep.write_rules(Path(tmp) / "rules.yaml")
        found, seconds = scan_semgrep.run(CORPUS, rules)
        out = metrics(expected_calls(), found)
        held = held_out()
        out["held_out"] = metrics({x for x in expected_calls() if x[0] in held}, {x for x in found if x[0] in held})
        out["findings_on_decoys"] = sorted(f"{f}:{n}" for f, n in found if f.startswith("decoys/"))
        theme = Path(tmp) / "theme"
        files = make_theme(theme)
        times = [scan_semgrep.run(theme, rules)[1] for _ in range(repeat)]
        out["theme"] = {"files": files, "median_seconds": round(statistics.median(times), 3)}
        out["corpus_seconds"] = round(seconds, 3)
        out["version"] = "semgrep 1.185.0, local rules, --metrics=off, no network namespace interfaces"
    return out


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
    """The README rows: phigate, and semgrep with local rules when its leg ran."""
    c, fx, th, sg = out["corpus"], out["fixtures"], out["theme"], out.get("semgrep")
    decoys = c["findings_on_decoys"]
    assert isinstance(decoys, list)

    def pr(m: dict[str, object], key: str) -> str:
        return f"{m[key]} ({m['true_positives']}/{m['labelled_calls' if key == 'recall' else 'reported_calls']})"

    size = f"Dawn-sized theme ({th['files']} files, {int(str(th['bytes'])) // 1024} KiB), median time"
    ho = c["held_out"]
    assert isinstance(ho, dict)
    sho = sg.get("held_out") if sg else None
    rows = [
        ("recall on labelled external AI calls", pr(c, "recall"), pr(sg, "recall") if sg else ""),
        ("precision", pr(c, "precision"), pr(sg, "precision") if sg else ""),
        ("held-out part: recall, precision", f"{pr(ho, 'recall')}, {pr(ho, 'precision')}",
         f"{pr(sho, 'recall')}, {pr(sho, 'precision')}" if isinstance(sho, dict) else ""),
        ("reports on decoy files", str(len(decoys)), str(len(sg["findings_on_decoys"])) if sg else ""),  # type: ignore[arg-type]
        (size, f"{th['median_seconds']} s", f"{sg['theme']['median_seconds']} s" if sg else ""),  # type: ignore[index]
        ("fixture cases: positives found, negatives clean",
         f"{fx['found']}/{fx['positives']}, {fx['clean']}/{fx['negatives']}", "n/a"),
    ]  # fmt: skip
    head = ["| what | phigate scan | semgrep 1.185 (local rules) |", "|---|---|---|"]
    return "\n".join([*head, *(f"| {a} | {b} | {c_} |" for a, b, c_ in rows)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--semgrep", action="store_true", help="add the semgrep leg (bench/.venv-semgrep)")
    parser.add_argument("--json", type=Path, default=ROOT / "results" / "scan.json")
    args = parser.parse_args()
    out: dict[str, dict[str, object]] = {
        "corpus": score(),
        "fixtures": fixture_cases(),
        "theme": time_theme(args.repeat),
    }
    if args.semgrep:
        out["semgrep"] = semgrep_leg(args.repeat)
    out["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version()}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))
    print()
    print(table(out))


if __name__ == "__main__":
    main()

"""De-identification evaluation: gold corpora mapped to our taxonomy, and span- and character-level scores.

Importable without spaCy: it only reads corpora and compares spans, so its tests stay fast.

Corpora are read by ``phigate.deid.corpora``; this module scores predictions against them.

Scoring choices

- A year alone is not Safe Harbor PHI (item C exempts the year). Gold DATE spans that are a bare year
  ("1992", "'92"), in any corpus, are flagged ``year_only``: they get their own row (``DATE (year only)``)
  and stay out of the headline recall and leak rate; ``leak_rate_with_years`` shows the figure with them.
  Likewise, gold spans Safe Harbor does not require removing load as ``phi=False`` with a label saying why:
  ages of 89 or under (``AGE (89 or under)``: item C covers ages over 89), a weekday alone (``DATE
  (weekday)``: not an element of a date), and a country or US state name (``LOCATION (country or state)``:
  item B covers geography smaller than a state). Finding them is no false positive; missing them no leak.
- Characters are counted without whitespace, so that "John  Smith" and "John Smith" weigh the same and a
  span's trailing newline cannot leak.
- A gold span is *found* when predictions of any type cover at least half of its characters; when the
  predicted type covering most of it differs, the pair is counted in ``confusions``.
- A prediction is a true positive when it overlaps any gold span (PHI, year-only or not-PHI). Precision
  rows are keyed by the *predicted* type, recall rows by the *gold* type; F2 combines the two for a type.
- Leak rate: share of gold PHI characters covered by no prediction. Structured types: ``STRUCTURED``.
- Character precision: share of predicted characters that fall inside any gold span.
- Untouched rate: share of PHI-free texts with no finding at all.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from rich import box
from rich.console import Console
from rich.table import Table

from phigate.deid.corpora import (
    GoldDoc,
)
from phigate.errors import DeidError
from phigate.taxonomy import ENTITY_TYPES as TAXONOMY
from phigate.taxonomy import STRUCTURED

TARGETS: dict[str, tuple[str, float]] = {
    "leak_rate_structured": ("<=", 0.01),
    "leak_rate": ("<=", 0.05),
    "char_precision": (">=", 0.85),
    "untouched_rate": (">=", 0.90),
}


class SpanLike(Protocol):
    """What scoring needs from a prediction; ``phigate.deid.Finding`` is one."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Predicted:
    """A prediction read back from JSON (benchmarks) or written inline (tests)."""

    start: int
    end: int
    type: str


def f2(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 0.0 if precision + recall == 0 else 5 * precision * recall / (4 * precision + recall)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class TypeScore:
    """Counts for one type: recall side by gold type, precision side by predicted type."""

    type: str
    gold: int = 0
    found: int = 0
    predicted: int = 0
    true_positive: int = 0
    gold_chars: int = 0
    leaked_chars: int = 0

    @property
    def recall(self) -> float | None:
        return _ratio(self.found, self.gold)

    @property
    def precision(self) -> float | None:
        return _ratio(self.true_positive, self.predicted)

    @property
    def f2(self) -> float | None:
        return f2(self.precision, self.recall)

    @property
    def leak_rate(self) -> float | None:
        return _ratio(self.leaked_chars, self.gold_chars)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold, "found": self.found, "predicted": self.predicted, "true_positive": self.true_positive,
            "recall": self.recall, "precision": self.precision, "f2": self.f2,
            "gold_chars": self.gold_chars, "leaked_chars": self.leaked_chars, "leak_rate": self.leak_rate,
        }  # fmt: skip


@dataclass
class CharCounts:
    """Gold characters and how many of them no prediction covered."""

    total: int = 0
    leaked: int = 0

    @property
    def rate(self) -> float | None:
        return _ratio(self.leaked, self.total)


@dataclass
class Report:
    corpus: str
    docs: int = 0
    types: dict[str, TypeScore] = field(default_factory=dict)
    overall: TypeScore = field(default_factory=lambda: TypeScore("ALL"))
    phi: CharCounts = field(default_factory=CharCounts)
    phi_with_years: CharCounts = field(default_factory=CharCounts)
    structured: CharCounts = field(default_factory=CharCounts)
    predicted_chars: int = 0
    predicted_chars_in_gold: int = 0
    confusions: Counter[str] = field(default_factory=Counter)
    benign_docs: int = 0
    benign_untouched: int = 0
    benign_findings: Counter[str] = field(default_factory=Counter)
    missed: dict[str, list[str]] = field(default_factory=dict)
    false_positives: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def leak_rate(self) -> float | None:
        return self.phi.rate

    @property
    def leak_rate_with_years(self) -> float | None:
        return self.phi_with_years.rate

    @property
    def leak_rate_structured(self) -> float | None:
        return self.structured.rate

    @property
    def char_precision(self) -> float | None:
        return _ratio(self.predicted_chars_in_gold, self.predicted_chars)

    @property
    def untouched_rate(self) -> float | None:
        return _ratio(self.benign_untouched, self.benign_docs)

    def verdicts(self) -> dict[str, bool | None]:
        """Each target of the issue: met, missed, or None when this run cannot tell."""
        out: dict[str, bool | None] = {}
        for name, (op, bound) in TARGETS.items():
            value = getattr(self, name)
            out[name] = None if value is None else (value <= bound if op == "<=" else value >= bound)
        return out

    def to_dict(self, *, examples: bool = False) -> dict[str, Any]:
        """Figures only; ``examples=True`` adds the kept missed / false-positive texts (corpus text)."""
        return {
            "corpus": self.corpus,
            "docs": self.docs,
            "overall": self.overall.to_dict(),
            "types": {name: t.to_dict() for name, t in self.types.items()},
            "leak_rate": self.leak_rate,
            "leak_rate_with_years": self.leak_rate_with_years,
            "leak_rate_structured": self.leak_rate_structured,
            "char_precision": self.char_precision,
            "phi_chars": self.phi.total,
            "structured_chars": self.structured.total,
            "predicted_chars": self.predicted_chars,
            "confusions": dict(self.confusions.most_common()),
            "benign_docs": self.benign_docs,
            "untouched_rate": self.untouched_rate,
            "benign_findings": dict(self.benign_findings.most_common()),
            "targets": {k: {"op": op, "value": v} for k, (op, v) in TARGETS.items()},
            "verdicts": self.verdicts(),
            **({"missed": self.missed, "false_positives": self.false_positives} if examples else {}),
            "warnings": self.warnings,
        }  # fmt: skip

    def to_json(self, *, examples: bool = False) -> str:
        return json.dumps(self.to_dict(examples=examples), indent=2)


def _mask(n: int, intervals: Iterable[tuple[int, int]]) -> bytearray:
    mask = bytearray(n)
    for start, end in intervals:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def _and(a: bytes | bytearray, b: bytes | bytearray) -> bytes:
    return (int.from_bytes(a, "little") & int.from_bytes(b, "little")).to_bytes(len(a), "little")


def _check(doc: GoldDoc, preds: Sequence[SpanLike]) -> list[SpanLike]:
    out: dict[tuple[int, int, str], SpanLike] = {}
    for p in preds:
        if not 0 <= p.start < p.end <= len(doc.text):
            raise DeidError(
                f"doc {doc.id}: prediction {p.type} [{p.start}:{p.end}] is outside its {len(doc.text)} chars"
            )
        out.setdefault((p.start, p.end, p.type), p)  # the same span from two recognizers counts once
    return list(out.values())


def _add_example(bucket: dict[str, list[str]], key: str, text: str, limit: int) -> None:
    if limit and len(examples := bucket.setdefault(key, [])) < limit:
        examples.append(text)


def _score_doc(report: Report, doc: GoldDoc, preds: list[SpanLike], examples: int) -> None:
    text, n = doc.text, len(doc.text)
    solid = bytes(0 if c.isspace() else 1 for c in text)
    covered = _and(_mask(n, ((p.start, p.end) for p in preds)), solid)
    any_gold = _mask(n, ((s.start, s.end) for s in doc.spans))
    for subset, counts in (
        ([s for s in doc.spans if s.phi and not s.year_only], report.phi),
        ([s for s in doc.spans if s.phi], report.phi_with_years),
        ([s for s in doc.spans if s.phi and not s.year_only and s.type in STRUCTURED], report.structured),
    ):
        gold = _and(_mask(n, ((s.start, s.end) for s in subset)), solid)
        counts.total += gold.count(1)
        counts.leaked += gold.count(1) - _and(gold, covered).count(1)
    for s in doc.spans:
        if not s.phi:
            continue
        row = report.types.setdefault(s.label, TypeScore(s.label))
        chars = solid.count(1, s.start, s.end) or (s.end - s.start)
        hit = covered.count(1, s.start, s.end)
        found = 2 * hit >= chars
        row.gold += 1
        row.found += found
        row.gold_chars += chars
        row.leaked_chars += chars - hit
        if not s.year_only:
            report.overall.gold += 1
            report.overall.found += found
        if not found:
            _add_example(report.missed, s.label, text[s.start : s.end], examples)
            continue
        overlap: Counter[str] = Counter()
        for p in preds:
            if p.start < s.end and s.start < p.end:
                overlap[p.type] += min(p.end, s.end) - max(p.start, s.start)
        top = overlap.most_common(1)[0][0]
        if top != s.type:
            report.confusions[f"{s.label}->{top}"] += 1
    gold_solid = _and(any_gold, solid)
    report.predicted_chars += covered.count(1)
    report.predicted_chars_in_gold += _and(covered, gold_solid).count(1)
    for p in preds:
        row = report.types.setdefault(p.type, TypeScore(p.type))
        tp = any_gold.count(1, p.start, p.end) > 0
        row.predicted += 1
        row.true_positive += tp
        report.overall.predicted += 1
        report.overall.true_positive += tp
        if not tp:
            _add_example(report.false_positives, p.type, text[p.start : p.end], examples)


def score(
    docs: Sequence[GoldDoc],
    predictions: Sequence[Sequence[SpanLike]],
    *,
    corpus: str = "",
    benign_docs: Sequence[GoldDoc] = (),
    benign_predictions: Sequence[Sequence[SpanLike]] = (),
    examples: int = 0,
) -> Report:
    """Score predictions (one list per doc, in order) against gold docs, and PHI-free docs for untouched.

    ``examples`` > 0 keeps that many missed gold texts and false-positive texts per type in the report; they
    are corpus text, so leave it at 0 for anything that gets committed.
    """
    if len(docs) != len(predictions) or len(benign_docs) != len(benign_predictions):
        raise DeidError(
            f"{len(predictions)} prediction lists for {len(docs)} docs, "
            f"{len(benign_predictions)} for {len(benign_docs)} PHI-free docs"
        )
    report = Report(corpus, docs=len(docs))
    for doc, preds in zip(docs, predictions, strict=True):
        _score_doc(report, doc, _check(doc, preds), examples)
    for doc, preds in zip(benign_docs, benign_predictions, strict=True):
        checked = _check(doc, preds)
        report.benign_docs += 1
        report.benign_untouched += not checked
        report.benign_findings.update(p.type for p in checked)
        for p in checked:
            _add_example(report.false_positives, f"{p.type} (PHI-free text)", doc.text[p.start : p.end], examples)
    # from the masks: a per-span sum would count a character twice where gold spans overlap
    report.overall.gold_chars, report.overall.leaked_chars = report.phi.total, report.phi.leaked
    order = {t: i for i, t in enumerate(sorted(TAXONOMY))}
    report.types = dict(sorted(report.types.items(), key=lambda kv: (-kv[1].gold, order.get(kv[0], 99), kv[0])))
    return report


# --- rendering -----------------------------------------------------------------------------------------


def _pct(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{100 * value:.{digits}f}%"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def render(report: Report, console: Console) -> None:
    """Print the per-type table, the headline figures with their targets, and confusions."""
    title = f"de-identification: {report.corpus} ({report.docs} docs)"
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("type", no_wrap=True)
    for col in ("gold", "found", "recall", "predicted", "prec.", "F2", "leak"):
        table.add_column(col, justify="right", no_wrap=True)
    rows = list(report.types.values())
    for row in [*rows, report.overall]:
        table.add_row(
            row.type, str(row.gold), str(row.found), _num(row.recall), str(row.predicted), _num(row.precision),
            _num(row.f2), _pct(row.leak_rate), end_section=bool(rows) and row is rows[-1],
            style="bold" if row is report.overall else None,
        )  # fmt: skip
    console.print(table)
    verdicts = report.verdicts()
    mark = {True: "[green]met[/]", False: "[red]missed[/]", None: ""}
    lines = [
        ("leak rate, structured types", _pct(report.leak_rate_structured, 2), "leak_rate_structured"),
        ("leak rate, all PHI (years alone excluded)", _pct(report.leak_rate, 2), "leak_rate"),
        ("leak rate, all PHI with years alone", _pct(report.leak_rate_with_years, 2), ""),
        ("character precision", _num(report.char_precision), "char_precision"),
    ]
    if report.benign_docs:
        lines.append(
            (f"PHI-free texts untouched ({report.benign_untouched}/{report.benign_docs})",
             _pct(report.untouched_rate), "untouched_rate")
        )  # fmt: skip
    for label, value, key in lines:
        target = f"target {TARGETS[key][0]} {TARGETS[key][1]:g} {mark[verdicts[key]]}" if key else ""
        console.print(f"{label:<48} {value:>8}  {target}", highlight=False)
    if report.confusions:
        top = ", ".join(f"{k} {v}" for k, v in report.confusions.most_common(8))
        console.print(f"type confusions (found, other type): {top}", highlight=False)
    for title, bucket in (("missed", report.missed), ("false positives", report.false_positives)):
        for kind, texts in bucket.items():
            console.print(f"{title} {kind}: " + " | ".join(repr(t) for t in texts), highlight=False)

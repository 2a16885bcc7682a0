"""The Hyperscan prefilter: it may report a pattern that does not match, never miss one that does, so the
engine finds the same with it as without it."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from phigate.deid import Deidentifier, prefilter
from phigate.deid.prefilter import Prefilter, Unsupported, widen

HELDOUT = Path(__file__).resolve().parents[2] / "bench" / "corpora" / "deid"

# where Python's Unicode classes and word boundaries differ from ASCII ones
TRICKY = [
    "état civil: dossier n° 4471920",
    "führerschein nr. b072rrE25",
    "telefon:\u00a0+49 30 1234567",
    "tel\u2009555 0100",
    "رقم الهاتف ٠٥٠١٢٣٤٥٦٧",
    "ssn\u3000123-45-6789",
    "member id:١٢٣٤٥٦",
    "straße 12, 10115 berlin",
    "dob\u202f03/04/1961",
    "電話 03-1234-5678",
    "the corner of 5th and main",
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    for path in sorted(HELDOUT.glob("heldout*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
    return texts


@pytest.mark.parametrize(
    ("pattern", "widened"),
    [
        (r"\bfax\b", r"\bfax\b"),  # beside an ASCII letter a Unicode word boundary is an ASCII one
        (r"\b(?:dni|\u00e9tat|(?:ni|run)\s)", r"(?:\bdni|\x{00e9}tat|(?:\bni|\brun)[\t-\r\x1c-\x20\x{80}-\x{10ffff}])"),
        (r"\u00e9\b", r"\x{00e9}"),  # beside "é" it is not: "é " has one in Unicode, none in ASCII
        (r"\d\b", r"[0-9\x{80}-\x{10ffff}]"),  # nor beside a class that holds non-ASCII digits
        (r"x?\bfoo|x{2}\b", r"x?\bfoo|x{2}"),
        (r"\d{2}", r"[0-9\x{80}-\x{10ffff}]{2}"),
        (r"[^\W\d_]+", r"[^\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f0-9_]+"),
        (r"[\w.-]", r"[0-9A-Z_a-z\x{80}-\x{10ffff}.-]"),
        (r"caf\u00e9", r"caf\x{00e9}"),
        (r"[]a]", r"[\]a]"),
        (r"[\b]", r"[\b]"),
    ],
)
def test_widen_rewrites_unicode_classes_into_wider_ones(pattern: str, widened: str) -> None:
    assert widen(pattern) == widened


@pytest.mark.parametrize("pattern", [r"(?i)fax", r"(a)\1", r"\p{L}", r"[abc", "fax\\"])
def test_widen_refuses_what_it_cannot_rewrite_with_certainty(pattern: str) -> None:
    with pytest.raises(Unsupported):
        widen(pattern)


def test_every_trigger_that_matches_is_reported(engine: Deidentifier) -> None:
    patterns = [t for r in engine.recognizers for t in r.triggers()]
    compiled = {p: re.compile(p) for p in patterns}
    filt = Prefilter(patterns)
    reported = matched = 0
    for text in _texts():
        lower = text.lower()
        hits = filt.candidates(lower)
        assert hits is not None
        for pattern, regex in compiled.items():
            if regex.search(lower):
                matched += 1
                assert pattern in hits, (pattern, text)
        reported += len(hits)
    assert matched > 1000  # the texts exercise the triggers
    assert reported < 2 * matched  # and the prefilter spares most of the searches that find nothing


@pytest.mark.parametrize(
    ("text", "reported"),
    [("dni: 1", True), ("ñdni", True), ("Édni".lower(), True), ("adni", False), ("fundnia", False), ("é x", True)],
)
def test_a_kept_word_boundary_never_hides_a_match(text: str, reported: bool) -> None:
    patterns = [r"\bdni", "\u00e9\\b"]
    hits = Prefilter(patterns).candidates(text)
    assert hits is not None
    python = {p for p in patterns if re.search(p, text)}
    assert python <= hits
    assert (r"\bdni" in hits) is reported or "\u00e9" in text


def test_threads_scan_at_once() -> None:
    # a scan runs without the GIL: threads sharing one scratch space would get ScratchInUseError
    filt = Prefilter([r"\bfax\b", r"member\s+id"])
    long_text = "lorem ipsum dolor " * 100_000 + "member id"
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: filt.candidates(long_text), range(32)))
    assert results == [frozenset({r"member\s+id"})] * 32


def test_a_pattern_hyperscan_cannot_take_is_always_reported() -> None:
    filt = Prefilter([r"(?i)never", r"fax"])
    assert filt.candidates("nothing here") == frozenset({r"(?i)never"})
    assert filt.candidates("fax 555") == frozenset({r"(?i)never", "fax"})


def test_text_that_is_not_utf8_is_left_to_python() -> None:
    assert Prefilter(["fax"]).candidates("fax \ud800") is None


def test_without_hyperscan_every_trigger_is_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "hyperscan", None)
    assert Prefilter(["fax", "tel"]).candidates("fax") is None


def test_findings_are_the_same_with_and_without_the_prefilter(
    engine: Deidentifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts()
    with_prefilter = engine.analyze_batch(texts)
    monkeypatch.setattr(engine._prefilter, "candidates", lambda lower: None)
    assert engine.analyze_batch(texts) == with_prefilter


def test_a_trigger_reported_wrongly_costs_time_never_a_finding(
    engine: Deidentifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the engine trusts a reported trigger and runs its patterns: each trigger must be a condition of its
    # patterns, so that reporting every trigger for every text (the widest prefilter) changes no finding
    texts = _texts()
    exact = engine.analyze_batch(texts)
    everything = frozenset(t for r in engine.recognizers for t in r.triggers())
    monkeypatch.setattr(engine._prefilter, "candidates", lambda lower: everything)
    assert engine.analyze_batch(texts) == exact


def test_hyperscan_takes_every_trigger(engine: Deidentifier) -> None:
    # a trigger Hyperscan refuses (too long, a construct it lacks) is searched with ``re`` in every text
    assert engine._prefilter._always == frozenset()

"""Corpus loaders (``phigate.deid.corpora``) and scoring (``phigate.deid.eval``), on small inline fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from phigate.deid.corpora import (
    YEAR_ONLY_LABEL,
    CorpusError,
    GoldDoc,
    GoldSpan,
    load_benign,
    load_corpus,
    load_jsonl,
    load_physionet,
    load_presidio,
)
from phigate.deid.eval import Predicted, f2, score
from phigate.errors import DeidError

# "Jane Roe" 0-8, "12345" 14-19, "seen" 21-25, "7/22" 26-30, "Acme Corp" 34-43, "1992" 47-51
TEXT = "Jane Roe, MRN 12345, seen 7/22 at Acme Corp in 1992."
GOLD = GoldDoc(
    "d1",
    TEXT,
    (
        GoldSpan(0, 8, "PERSON"),
        GoldSpan(14, 19, "MRN"),
        GoldSpan(26, 30, "DATE"),
        GoldSpan(34, 43, "ORGANIZATION", phi=False),
        GoldSpan(47, 51, "DATE", year_only=True),
    ),
)
PREDS = [
    Predicted(0, 4, "PERSON"),  # "Jane": 4 of 7 non-blank chars, enough to find "Jane Roe"
    Predicted(26, 30, "DATE"),
    Predicted(34, 38, "LOCATION"),  # "Acme": overlaps a not-PHI span, so no false positive
    Predicted(21, 25, "PERSON"),  # "seen": a false positive
]


def test_fixture_offsets() -> None:
    assert [TEXT[s.start : s.end] for s in GOLD.spans] == ["Jane Roe", "12345", "7/22", "Acme Corp", "1992"]
    assert [TEXT[p.start : p.end] for p in PREDS] == ["Jane", "7/22", "Acme", "seen"]


def test_span_and_character_scores() -> None:
    r = score([GOLD], [PREDS], corpus="inline")
    assert (r.overall.gold, r.overall.found) == (3, 2)  # the year alone is not in the headline
    assert r.overall.recall == pytest.approx(2 / 3)
    assert (r.overall.predicted, r.overall.true_positive) == (4, 3)
    assert r.overall.precision == pytest.approx(0.75)
    assert r.overall.f2 == pytest.approx(5 * 0.75 * (2 / 3) / (4 * 0.75 + 2 / 3))
    # PHI chars without blanks: Jane Roe 7 + 12345 5 + 7/22 4 = 16, covered 4 + 4
    assert (r.phi.total, r.phi.leaked) == (16, 8)
    assert r.leak_rate == pytest.approx(0.5)
    assert r.leak_rate_with_years == pytest.approx(12 / 20)
    assert r.leak_rate_structured == pytest.approx(5 / 9)  # MRN 5 + DATE 4, the MRN leaked
    assert r.char_precision == pytest.approx(12 / 16)  # "seen" is the only predicted text outside gold
    assert r.confusions == {}


def test_per_type_rows() -> None:
    r = score([GOLD], [PREDS])
    person, mrn, loc, year = r.types["PERSON"], r.types["MRN"], r.types["LOCATION"], r.types[YEAR_ONLY_LABEL]
    assert (person.recall, person.precision) == (1.0, 0.5)
    assert person.f2 == pytest.approx(5 * 0.5 * 1.0 / (4 * 0.5 + 1.0))
    assert (mrn.recall, mrn.precision, mrn.f2, mrn.leak_rate) == (0.0, None, None, 1.0)
    assert (loc.gold, loc.recall, loc.precision) == (0, None, 1.0)
    assert (year.gold, year.found, year.leak_rate) == (1, 0, 1.0)
    assert "ORGANIZATION" not in r.types  # not PHI: no recall row


def test_half_coverage_threshold_and_confusion() -> None:
    doc = GoldDoc("d", "Dr Jane Roe", (GoldSpan(3, 11, "PERSON"),))  # 7 non-blank chars
    assert score([doc], [[Predicted(8, 11, "PERSON")]]).overall.found == 0  # 3 of 7
    r = score([doc], [[Predicted(3, 11, "LOCATION")]])
    assert r.overall.found == 1
    assert r.confusions == {"PERSON->LOCATION": 1}


def test_not_phi_only_doc_has_no_recall_and_no_false_positive() -> None:
    doc = GoldDoc("d", "works at Acme", (GoldSpan(9, 13, "ORGANIZATION", phi=False),))
    r = score([doc], [[Predicted(9, 13, "PERSON")]])
    assert (r.overall.gold, r.overall.precision, r.leak_rate, r.char_precision) == (0, 1.0, None, 1.0)


def test_untouched_rate_and_duplicates() -> None:
    benign = [GoldDoc("a", "What is acromegaly?"), GoldDoc("b", "Is flu contagious?"), GoldDoc("c", "Ask Mayo")]
    dup = [Predicted(4, 8, "LOCATION"), Predicted(4, 8, "LOCATION")]
    r = score([GOLD], [PREDS], benign_docs=benign, benign_predictions=[[], [], dup])
    assert (r.benign_docs, r.benign_untouched, r.untouched_rate) == (3, 2, pytest.approx(2 / 3))
    assert r.benign_findings == {"LOCATION": 1}
    assert r.verdicts()["untouched_rate"] is False
    assert r.verdicts()["leak_rate"] is False


def test_examples_only_when_asked() -> None:
    assert score([GOLD], [PREDS]).missed == {}
    r = score([GOLD], [PREDS], examples=5)
    assert r.missed == {"MRN": ["12345"], YEAR_ONLY_LABEL: ["1992"]}
    assert r.false_positives == {"PERSON": ["seen"]}
    assert "missed" not in r.to_dict() and r.to_dict(examples=True)["missed"]["MRN"] == ["12345"]


def test_report_json_round_trips() -> None:
    data = json.loads(score([GOLD], [PREDS], corpus="inline").to_json())
    assert data["corpus"] == "inline"
    assert data["types"]["PERSON"]["precision"] == 0.5
    assert data["leak_rate"] == 0.5 and data["verdicts"]["char_precision"] is False


def test_f2() -> None:
    assert f2(1.0, 1.0) == 1.0
    assert f2(0.0, 0.0) == 0.0
    assert f2(0.5, 1.0) == pytest.approx(5 / 6)
    assert f2(None, 1.0) is None


def test_bad_predictions_fail_loudly() -> None:
    with pytest.raises(DeidError, match="outside"):
        score([GOLD], [[Predicted(40, 99, "PERSON")]])
    with pytest.raises(DeidError, match="prediction lists"):
        score([GOLD], [])


# --- loaders -------------------------------------------------------------------------------------------

PHYSIONET_TEXT = (
    "START_OF_RECORD=7||||1||||\n"
    "Pt seen by Dr. Healey on 7/22; MI 1992. Call 301 944-5032.\n"
    "||||END_OF_RECORD\n"
    "\n"
    "START_OF_RECORD=7||||2||||\n"
    "Wife Mary at bedside.\n"
    "\n"
    "||||END_OF_RECORD\n"
)
PHYSIONET_PHRASES = (
    "7 1 15 21 HCPName Healey\n"
    "7 1 25 29 Date 7/22\n"
    "7 1 34 38 DateYear 1992\n"
    "7 1 45 57 Phone 301 944-5032\n"
    "7 2 5 9 RelativeProxyName Mary\n"
    "7 2 0 4 PTName Mary\n"  # wrong offsets: reported and dropped
)


def _physionet(tmp_path: Path, phrases: str = PHYSIONET_PHRASES) -> Path:
    (tmp_path / "id.text").write_text(PHYSIONET_TEXT)
    (tmp_path / "id-phi.phrase").write_text(phrases)
    return tmp_path


def test_physionet_offsets_are_relative_to_the_record_body(tmp_path: Path) -> None:
    corpus = load_physionet(_physionet(tmp_path))
    first, second = corpus.docs
    assert first.id == "7-1" and first.text.startswith("Pt seen")
    got = [(first.text[s.start : s.end], s.type, s.year_only) for s in first.spans]
    assert got == [
        ("Healey", "PERSON", False),
        ("7/22", "DATE", False),
        ("1992", "DATE", True),
        ("301 944-5032", "PHONE", False),
    ]
    assert [(second.text[s.start : s.end], s.type) for s in second.spans] == [("Mary", "PERSON")]
    assert len(corpus.warnings) == 1 and "'Wife', not 'Mary'" in corpus.warnings[0]
    assert load_physionet(tmp_path / "id.text").docs == corpus.docs


def test_physionet_malformed_phrase_line(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"id-phi.phrase:2: expected"):
        load_physionet(_physionet(tmp_path, "7 1 15 21 HCPName Healey\n7 1 x 21 HCPName Healey\n"))
    with pytest.raises(CorpusError, match=r":1: unknown PHI type 'Pet'"):
        load_physionet(_physionet(tmp_path, "7 1 15 21 Pet Healey\n"))
    with pytest.raises(CorpusError, match=r":1: no record for patient 8 note 1"):
        load_physionet(_physionet(tmp_path, "8 1 15 21 HCPName Healey\n"))


def test_presidio_types_and_not_phi(tmp_path: Path) -> None:
    text = "Ann Lee of Acme, born 1977, lives in Lyon."
    spans = [("PERSON", "Ann Lee"), ("ORGANIZATION", "Acme"), ("DATE_TIME", "1977"), ("GPE", "Lyon")]
    record = {
        "full_text": text,
        "spans": [
            {
                "entity_type": t,
                "entity_value": v,
                "start_position": text.index(v),
                "end_position": text.index(v) + len(v),
            }
            for t, v in spans
        ],
    }
    path = tmp_path / "synth.json"
    path.write_text(json.dumps([record]))
    (doc,) = load_presidio(path).docs
    assert [(s.type, s.phi, s.year_only) for s in doc.spans] == [
        ("PERSON", True, False),
        ("ORGANIZATION", False, False),
        ("DATE", True, True),
        ("LOCATION", True, False),
    ]
    record["spans"][0]["entity_type"] = "PET_NAME"  # type: ignore[index]
    path.write_text(json.dumps([record]))
    with pytest.raises(CorpusError, match="record 0: unknown entity_type 'PET_NAME'"):
        load_presidio(path)


def test_jsonl_loads_and_reports_malformed_lines(tmp_path: Path) -> None:
    good = {"id": "a", "text": "Call Ann", "spans": [{"start": 5, "end": 8, "type": "PERSON"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(good) + "\n\n" + '{"id": "b", "text": "x", "spans": [}\n')
    with pytest.raises(CorpusError, match=r"gold\.jsonl:3: "):
        load_jsonl(path)
    bad_spans = [
        ({"start": 5, "end": 99, "type": "PERSON"}, "start < end"),
        ({"start": 5, "end": 8, "type": "PET"}, "unknown type 'PET'"),
        ({"start": "5", "end": 8, "type": "PERSON"}, "integers"),
    ]
    for span, message in bad_spans:
        path.write_text(json.dumps(good) + "\n" + json.dumps({**good, "id": "b", "spans": [span]}) + "\n")
        with pytest.raises(CorpusError, match=rf":2: .*{message}"):
            load_jsonl(path)
    path.write_text(json.dumps(good) + "\n" + json.dumps(good) + "\n")
    with pytest.raises(CorpusError, match=":2: duplicate id 'a'"):
        load_jsonl(path)
    org = {"start": 0, "end": 4, "type": "ORG", "phi": False}
    path.write_text(json.dumps({**good, "spans": [*good["spans"], org]}) + "\n")  # type: ignore[list-item]
    (doc,) = load_corpus("jsonl", path).docs
    assert [(s.start, s.type, s.phi) for s in doc.spans] == [(0, "ORG", False), (5, "PERSON", True)]


def test_load_benign_and_corpus_errors(tmp_path: Path) -> None:
    (tmp_path / "cdc").mkdir()
    (tmp_path / "cdc" / "1.xml").write_text(
        '<Document><QAPairs><QAPair pid="1"><Question qid="1-1">What is flu ?</Question><Answer>x</Answer></QAPair>'
        '<QAPair pid="2"><Question qid="1-2"> </Question></QAPair></QAPairs></Document>'
    )
    assert load_benign(tmp_path).docs == [GoldDoc("1-1", "What is flu ?")]
    (tmp_path / "cdc" / "2.xml").write_text("<Document>")
    with pytest.raises(CorpusError, match="2.xml: not XML"):
        load_benign(tmp_path)
    with pytest.raises(CorpusError, match="no such file"):
        load_corpus("jsonl", tmp_path / "missing.jsonl")


# --- the command ----------------------------------------------------------------------------------------


class _FakeDeidentifier:
    """Finds "Ann" wherever it appears: enough to drive the command without loading spaCy."""

    def analyze_batch(self, texts: list[str]) -> list[list[Predicted]]:
        return [[Predicted(i, i + 3, "PERSON")] if (i := t.find("Ann")) >= 0 else [] for t in texts]


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    import phigate.deid

    monkeypatch.setattr(phigate.deid, "Deidentifier", _FakeDeidentifier, raising=False)


def test_eval_deid_command(tmp_path: Path, fake_engine: None) -> None:
    from phigate.cli import eval_cmd

    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "1", "text": "Call Ann at 555-201-0142", "spans": [{"start": 5, "end": 8, "type": "PERSON"},
                                                                   {"start": 12, "end": 24, "type": "PHONE"}]},
        {"id": "2", "text": "Ann is here", "spans": [{"start": 0, "end": 3, "type": "PERSON"}]},
    ]  # fmt: skip
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    benign = tmp_path / "q.xml"
    benign.write_text("<D><QAPair><Question>What is flu ?</Question></QAPair></D>")
    runner = CliRunner()
    result = runner.invoke(
        eval_cmd.app, ["deid", "--corpus", "jsonl", str(gold), "--benign", str(benign), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["overall"]["recall"] == pytest.approx(2 / 3)
    assert data["leak_rate_structured"] == 1.0 and data["untouched_rate"] == 1.0
    table = runner.invoke(eval_cmd.app, ["deid", "--corpus", "jsonl", str(gold), "--limit", "1", "--check"])
    assert table.exit_code == 1  # the phone leaks: a target is missed
    assert "PHONE" in table.stdout and "leak rate, structured types" in table.stdout
    broken = runner.invoke(eval_cmd.app, ["deid", "--corpus", "presidio", str(gold)])
    assert broken.exit_code == 2 and "not JSON" in broken.output

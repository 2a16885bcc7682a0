"""phigate analyze / redact / eval deid on small inputs written here."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from phigate.cli import app

runner = CliRunner()
TEXT = "Hi, I am Jane Roe, born 03/04/1961. Call (555) 212-3456. Jane Roe again.\n"


def test_analyze_json_lists_findings(tmp_path: Path) -> None:
    out = runner.invoke(app, ["analyze", "--format", "json", "--data-dir", str(tmp_path), "-"], input=TEXT)
    assert out.exit_code == 0, out.output
    found = json.loads(out.stdout)
    assert [(f["type"], f["text"]) for f in found] == [
        ("PERSON", "Jane Roe"),
        ("DATE", "03/04/1961"),
        ("PHONE", "(555) 212-3456"),
        ("PERSON", "Jane Roe"),
    ]
    assert set(found[0]) == {"start", "end", "type", "score", "text", "recognizer"}
    assert TEXT[found[2]["start"] : found[2]["end"]] == "(555) 212-3456"


def test_analyze_offsets_hold_across_blocks_of_a_large_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    filler = "The weather was fine and nothing happened at all today.\n" * 1200 + "\n"
    big.write_text(filler + TEXT + filler + TEXT)
    out = runner.invoke(app, ["analyze", "-f", "json", "--data-dir", str(tmp_path), str(big)])
    found = json.loads(out.stdout)
    text = big.read_text()
    assert len(found) == 8 and all(text[f["start"] : f["end"]] == f["text"] for f in found)


def test_analyze_jsonl_reports_bad_lines_by_number(tmp_path: Path) -> None:
    lines = '{"id": "a", "text": "I am Jane Roe"}\nnot json\n{"id": "b"}\n{"id": "c", "text": "SSN 123-45-6788"}\n'
    out = runner.invoke(app, ["analyze", "-f", "jsonl", "--data-dir", str(tmp_path), "-"], input=lines)
    assert out.exit_code == 1
    records = [json.loads(x) for x in out.stdout.splitlines() if x.startswith("{")]
    assert [r["id"] for r in records] == ["a", "c"]
    assert records[1]["spans"] == [{"start": 4, "end": 15, "type": "SSN", "score": 1.0}]
    assert "line 2:" in out.output and "line 3:" in out.output


def test_redact_placeholder_and_pseudonym(tmp_path: Path) -> None:
    out = runner.invoke(app, ["redact", "--data-dir", str(tmp_path), "-"], input=TEXT)
    assert out.stdout == "Hi, I am [PERSON_1], born [DATE_1]. Call [PHONE_1]. [PERSON_1] again.\n"
    pseudo = runner.invoke(app, ["redact", "--operator", "pseudonym", "--data-dir", str(tmp_path), "-"], input=TEXT)
    again = runner.invoke(app, ["redact", "--operator", "pseudonym", "--data-dir", str(tmp_path), "-"], input=TEXT)
    assert pseudo.stdout == again.stdout and "Jane Roe" not in pseudo.stdout and "212-3456" not in pseudo.stdout


def test_redact_to_a_file(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text(TEXT * 3)
    dst = tmp_path / "out.txt"
    out = runner.invoke(app, ["redact", "--operator", "mask", "-o", str(dst), "--data-dir", str(tmp_path), str(src)])
    assert out.exit_code == 0, out.output
    assert dst.read_text().count("***-3456") == 3 and "Jane Roe" not in dst.read_text()


def test_missing_input_file_is_a_clear_error(tmp_path: Path) -> None:
    out = runner.invoke(app, ["analyze", "--data-dir", str(tmp_path), str(tmp_path / "nope.txt")])
    assert out.exit_code == 2 and "nope.txt" in out.output

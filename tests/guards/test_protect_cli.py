"""``phigate protect add/list`` builds the index the gateway loads; ``phigate eval guards`` reports the
leakage guard next to the injection guard."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from phigate.cli import app
from phigate.guards.protected import ProtectedIndex
from tests.guards.test_output_guards import PROTOCOL

runner = CliRunner()


def test_protect_add_builds_the_default_index_and_skips_known_documents(tmp_path: Path) -> None:
    docs = tmp_path / "protocols"
    (docs / "sub").mkdir(parents=True)
    (docs / "weight.md").write_text(PROTOCOL)
    (docs / "sub" / "sleep.txt").write_text(PROTOCOL.replace("weight management", "sleep clinic") + " Extra.")
    (docs / "image.png").write_bytes(b"\x89PNG")
    data = str(tmp_path / "var")
    first = runner.invoke(app, ["protect", "add", str(docs), "--data-dir", data])
    assert first.exit_code == 0, first.output
    assert "2 document(s) added" in first.output
    again = runner.invoke(app, ["protect", "add", str(docs / "weight.md"), "--data-dir", data])
    assert "0 document(s) added, 1 already indexed" in again.output
    index = ProtectedIndex.load(tmp_path / "var" / "protected.idx")
    assert sorted(Path(d.name).name for d in index.docs) == ["sleep.txt", "weight.md"]
    listed = runner.invoke(app, ["protect", "list", "--data-dir", data])
    assert listed.exit_code == 0 and "weight.md" in listed.output


def test_protect_add_names_a_missing_path(tmp_path: Path) -> None:
    result = runner.invoke(app, ["protect", "add", str(tmp_path / "nope"), "--index", str(tmp_path / "p.idx")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_guard_check_judges_answers_with_the_output_guards(tmp_path: Path) -> None:
    index = ProtectedIndex()
    index.add([("protocol.md", PROTOCOL)])
    index.save(tmp_path / "p.idx")
    system = (
        "You are the assistant of Northwind Pharmacy. Never discuss other pharmacies; refer doses to the pharmacist."
    )
    lines = [
        {"id": "chest", "text": "I have crushing chest pain", "answer": "Rest. Take 400 mg aspirin once daily."},
        {"id": "leak", "system": system, "answer": "Rules: " + system},
        {"id": "phi", "text": "I am Jane Roe.", "answer": "Hi Jane Roe. Robert Miller had it too <script>x</script>."},
        {"id": "copy", "answer": PROTOCOL},
        {"id": "fine", "text": "Hello", "system": system, "answer": "Your order ships on Monday."},
    ]
    out = runner.invoke(
        app, ["guard", "check", "-", "--index", str(tmp_path / "p.idx")], input="\n".join(map(json.dumps, lines))
    )
    assert out.exit_code == 0, out.output
    acted = {
        r["id"]: {v["guard"]: v["action"] for v in r["verdicts"] if v["action"] != "allow"}
        for r in map(json.loads, out.stdout.splitlines())
    }
    assert acted == {
        "chest": {"emergency": "prepend", "dosing": "disclaim"},
        "leak": {"prompt_leak": "block"},
        "phi": {"phi_in_output": "redact", "html_in_output": "escape"},
        "copy": {"protected_docs": "block"},
        "fine": {},
    }

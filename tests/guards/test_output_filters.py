"""The output guards' filters on their own: whole answers and the same answers in pieces of every size give
the same result, and a refusal never comes after the text it refuses was released."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openai
import pytest

from phigate.config import parse_policy
from phigate.deid.engine import Deidentifier
from phigate.errors import ConfigError, PhigateError, PromptLeakBlocked, ProtectedContentBlocked
from phigate.guards.clinical import terms
from phigate.guards.html import HtmlFilter
from phigate.guards.leak import LeakFilter, canary_line, new_canary
from phigate.guards.phi_output import PhiDetector, PhiFilter
from phigate.guards.protected import SHINGLE, WORD, ProtectedFilter, ProtectedIndex, shingle_hash, shingles
from phigate.policy import AppPolicy
from tests.conftest import SCRIPTED_POLICY
from tests.guards.test_output_guards import PROTOCOL, SYSTEM


def _ctx(**app: Any) -> Any:
    return SimpleNamespace(notes={}, app=AppPolicy(**app), forwarded={"messages": []})


def _run(f: Any, text: str, size: int) -> tuple[str, PhigateError | None]:
    out = ""
    try:
        for i in range(0, len(text), size):
            out += f.feed("0.content", text[i : i + size])
        return out + f.finish("0.content"), None
    except PhigateError as exc:
        return out, exc


SIZES = [1, 2, 3, 7, 50, 10_000]


@pytest.mark.parametrize("size", SIZES)
def test_leak_filter_holds_back_the_run_it_refuses(size: int) -> None:
    canary = new_canary()
    reference = SYSTEM + canary_line(canary)
    benign = "Hello! You are welcome. The pharmacist on duty, who will call back, handles doses."
    out, err = _run(LeakFilter(_ctx(), "block", reference, canary), benign, size)
    assert err is None and out == benign
    leak = (
        "Sure thing. You are the assistant of Northwind Pharmacy. Answer questions about orders and refills, "
        "never discuss prices of other pharmacies, and more"
    )
    out, err = _run(LeakFilter(_ctx(), "block", reference, canary), leak, size)
    assert isinstance(err, PromptLeakBlocked) and out == ("Sure thing. " if size < len(leak) else "")
    out, err = _run(LeakFilter(_ctx(), "block", reference, canary), f"Marker: {canary.upper()}!", size)
    assert isinstance(err, PromptLeakBlocked) and canary not in out.lower()


@pytest.fixture(scope="module")
def engine() -> Deidentifier:
    return Deidentifier()


def test_a_fresh_canary_per_request_that_deidentification_leaves_alone(engine: Deidentifier) -> None:
    canaries = sorted({new_canary() for _ in range(200)})
    assert len(canaries) == 200
    found = engine.analyze_batch([SYSTEM + canary_line(c) for c in canaries[:50]])
    assert all(not any(c in f.text for f in fs) for c, fs in zip(canaries, found, strict=False))


@pytest.mark.parametrize("size", [1, 4, 13, 10_000])
def test_phi_filter_gives_the_same_answer_whole_and_in_pieces(engine: Deidentifier, size: int) -> None:
    answer = (
        "Hello [PERSON_1]. Another patient, Robert Miller, born 04/05/1961, had this too.\n"
        "Please call [PHONE_1] or the clinic at 212-555-0199. Rest well."
    )
    ctx = _ctx()
    ctx.forwarded = {"messages": [{"role": "system", "content": "Clinic phone: 212-555-0199"},
                                  {"role": "user", "content": "I am [PERSON_1], call me on [PHONE_1]"}]}  # fmt: skip
    out, err = _run(PhiFilter(ctx, "redact", engine), answer, size)
    assert err is None
    assert out == (
        "Hello [PERSON_1]. Another patient, [REDACTED], born [REDACTED], had this too.\n"
        "Please call [PHONE_1] or the clinic at 212-555-0199. Rest well."
    )
    assert ctx.notes["guards"]["phi_in_output"] == "redact"


def test_shingles_roll_to_the_same_hashes_the_stream_computes() -> None:
    words = WORD.findall(PROTOCOL.lower())
    assert shingles(PROTOCOL) == {shingle_hash(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def test_the_index_survives_a_round_trip_and_refuses_damage(tmp_path: Path) -> None:
    index = ProtectedIndex()
    assert index.add([("a.md", PROTOCOL), ("b.md", "too short"), ("a-copy.md", PROTOCOL)]) == 1
    index.save(tmp_path / "p.idx")
    loaded = ProtectedIndex.load(tmp_path / "p.idx")
    assert loaded.docs == index.docs and list(loaded.hashes) == list(index.hashes)
    assert loaded.add([("c.md", PROTOCOL.replace("seven", "eight"))]) == 1 and len(loaded.docs) == 2
    (tmp_path / "bad.idx").write_bytes((tmp_path / "p.idx").read_bytes()[:-7])
    with pytest.raises(ConfigError, match="truncated|bad.idx"):
        ProtectedIndex.load(tmp_path / "bad.idx")
    (tmp_path / "junk.idx").write_bytes(b"hello")
    with pytest.raises(ConfigError, match="not a phigate protected-documents index"):
        ProtectedIndex.load(tmp_path / "junk.idx")


@pytest.mark.parametrize("size", [1, 5, 10_000])
def test_protected_filter_refuses_at_the_share_and_not_before(size: int) -> None:
    index = ProtectedIndex()
    index.add([("protocol.md", PROTOCOL)])
    words = PROTOCOL.split()
    few = " ".join(words[:20])  # 13 of ~80 shingles: under 20 %
    out, err = _run(ProtectedFilter(_ctx(), "block", index, 0.2), few, size)
    assert err is None and out == few
    out, err = _run(ProtectedFilter(_ctx(), "block", index, 0.2), "Intro. " + PROTOCOL, size)
    assert isinstance(err, ProtectedContentBlocked)
    assert len(shingles(out) & shingles(PROTOCOL)) <= 0.2 * index.docs[0].shingles


def test_a_policy_naming_a_missing_index_refuses_to_start(make_gateway, tmp_path: Path) -> None:
    policy = SCRIPTED_POLICY + f"protected: {{index: {tmp_path / 'nope.idx'}}}\n"
    with pytest.raises(ConfigError, match="nope.idx does not exist"):
        make_gateway(policy)


@pytest.mark.parametrize("size", [1, 2, 10_000])
def test_html_filter_escapes_tags_across_pieces(size: int) -> None:
    out, _ = _run(HtmlFilter(_ctx(), "escape"), "a <b>bold</b> <5 mg x<", size)
    assert out == "a &lt;b>bold&lt;/b> <5 mg x<"


EMERGENCY = [
    ("I have crushing chest pain since an hour", ["chest_pain"]),
    ("my chest is hurting and I feel sweaty", ["chest_pain"]),
    ("My husband's face is drooping and he has slurred speech", ["stroke"]),
    ("I want to end my life", ["suicidal_ideation"]),
    ("sometimes I think I’d be better off dead", ["suicidal_ideation"]),
    ("I took the whole bottle of my sleeping pills", ["overdose"]),
    ("I have no chest pain, just heartburn after dinner", []),
    ("Patient denies slurred speech", []),
    ("How much ibuprofen can I take for a headache?", []),
    ("Can I take my pills with food?", []),
]


@pytest.mark.parametrize(("text", "kinds"), EMERGENCY)
def test_emergency_signs(text: str, kinds: list[str]) -> None:
    assert terms().emergencies(text) == kinds


DOSING = [
    ("Take 400 mg every 6 hours with food.", True),
    ("The usual adult dose is 500 mg twice daily.", True),
    ("Apply 2 drops in each eye twice a day", True),
    ("Do not exceed 4 g of acetaminophen per day.", True),
    ("Metformin comes in 500 mg tablets.", False),
    ("Drink 2 liters of water when it is hot.", False),
    ("Ibuprofen is an anti-inflammatory medicine.", False),
]


@pytest.mark.parametrize(("text", "dosing"), DOSING)
def test_dosing_instructions(text: str, dosing: bool) -> None:
    assert terms().dosing_in(text) is dosing


@pytest.mark.parametrize(
    ("guards", "says"),
    [
        ("{dosing: strip}", "guard 'dosing' takes disclaim or block or flag or off, not 'strip'"),
        ("{emergency: block}", "guard 'emergency' takes prepend or replace or flag or off"),
        ("{html_in_output: on}", "guard 'html_in_output' takes escape or off, not 'block'"),
    ],
)
def test_new_guard_actions_are_checked(guards: str, says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        parse_policy(f"apps: {{a: {{models: [m], guards: {guards}}}}}\nmodels:\n  m: {{backend: embedded}}\n")


@pytest.mark.parametrize("stream", [False, True])
def test_a_failing_output_guard_withholds_the_answer(make_gateway, stream: bool) -> None:
    gw = make_gateway()
    stage = next(s for s in gw.gateway.pipeline.stages if s.name == "html_in_output")

    def broken(self: Any, field: str, text: str) -> str:
        raise RuntimeError("boom")

    stage.answer_filter = lambda ctx: type("Broken", (HtmlFilter,), {"_feed": broken})(ctx, "escape")  # type: ignore[method-assign]
    client = gw.client()
    received = ""
    with pytest.raises(openai.APIError) as err:
        reply = client.chat.completions.create(
            model="scripted", messages=[{"role": "user", "content": "Hello there, my order?"}], stream=stream
        )
        for chunk in reply if stream else ():
            received += "".join(c.delta.content or "" for c in chunk.choices)
    client.close()
    assert "guard_failed" in str(err.value) or getattr(err.value, "code", None) == "guard_failed"
    assert received == ""
    record = list(gw.gateway.ledger.read())[-1]
    assert record.code == "guard_failed" and record.guards["html_in_output"] == "block"


PHI_IN_ANSWERS = [
    ("Another patient, Robert Miller, had the same problem.", ["PERSON"]),
    ("Her record says born 04/05/1961.", ["DATE"]),
    ("Our records show MRN 4455667 for this case.", ["MRN"]),
    ("Write to jane.roe@example.com or call 415-555-0134.", ["EMAIL", "PHONE"]),
    ("Graves disease and Hashimoto's thyroiditis both affect the thyroid.", []),
    ("It is more common in New Zealand and Brazil than in Asia.", []),
    ("People with kidney disease should ask their doctor first.", []),
    ("Brands include Prilosec, Zegerid and Dexilant.", []),
]


@pytest.mark.parametrize(("answer", "types"), PHI_IN_ANSWERS)
def test_phi_in_answers_counts_identifiers_of_a_person_only(
    engine: Deidentifier, answer: str, types: list[str]
) -> None:
    assert [f.type for f in PhiDetector(engine, "").foreign(answer)] == types

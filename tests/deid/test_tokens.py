"""The word tokens every name rule reads: where sentences start, the lower-case form the word lists use, and
the credentials that end a line (searched only on lines whose last word can be one)."""

import re

import pytest

from phigate.deid.clinical import _CREDENTIALS, _credential_lines
from phigate.deid.names import tokenize


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ('  "Hello there', ["Hello"]),  # the text's start, after spaces and a quote
        ("a .\n b", ["a", "b"]),  # back over a space to the line break
        ("x, . y", ["x", "y"]),  # the full stop after the comma starts a sentence
        ("end.Next word", ["end", "Next"]),
        ("fine. ( Dr Bob", ["fine", "Dr"]),  # a bracket and spaces after the full stop
        ("ate 3 Apples", ["ate"]),  # a digit in between: no sentence start
        ("Note: Smith; Jones", ["Note", "Smith", "Jones"]),
        ("x\t'Ann", ["x"]),  # a tab and a quote after a word: no sentence start
    ],
)
def test_sentence_starts(text: str, initial: list[str]) -> None:
    assert [t.text for t in tokenize(text) if t.initial] == initial


def test_lower_forms_and_capitals() -> None:
    tokens = tokenize("O'Brien’s wife I’m sure HUSBAND Ann-Marie don't O’Neil")
    # a possessive goes (the apostrophe inside stays); a contraction keeps its head; a name loses its apostrophe
    assert [t.lower for t in tokens] == ["o'brien", "wife", "i", "sure", "husband", "ann-marie", "don", "oneil"]
    assert [t.cap for t in tokens] == [True, False, True, False, False, True, False, True]
    assert [(t.start, t.end) for t in tokens][:2] == [(0, 9), (10, 14)]


CREDENTIAL_TEXTS = [
    "Seen today.\nMary Oates, RN\nPlan: f/u",
    "J. Tan MD/PhD.",
    "signed Lee RN BSN ",
    "RNBSN\nrn is aware",  # glued credentials, and a credential that does not end its line
    "PA-C\n\nSmith PA-C, \nx",
    "no credential here\nMD was called",
    "Oates RN's note\nMD",
]


@pytest.mark.parametrize("text", CREDENTIAL_TEXTS)
def test_credential_lines_find_what_a_whole_scan_finds(text: str) -> None:
    whole = [m.span() for m in _CREDENTIALS.finditer(text)]
    assert [m.span() for m in _credential_lines(text, tokenize(text))] == whole
    assert whole or text.startswith("no credential")  # the texts do hold credentials at line ends


def test_credential_pattern_is_still_case_blind() -> None:
    assert _CREDENTIALS.flags & re.IGNORECASE

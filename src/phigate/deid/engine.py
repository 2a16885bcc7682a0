"""The detection engine: patterns, word lists and (only where they cannot decide) NER, merged into one
deterministic list of findings per text."""

from __future__ import annotations

import dataclasses
import itertools
import re
import secrets
import unicodedata
from collections.abc import Sequence

from phigate.deid import gazetteer as gz
from phigate.deid.address_spans import extend_address
from phigate.deid.ages import ages_after_names
from phigate.deid.clinical import FUNCTION_WORDS, RELATIONS, ClinicalNames
from phigate.deid.clinical_places import PLACE_WORDS, ClinicalPlaces
from phigate.deid.medication import CLINICAL_SHORTHAND, clinical_term, looks_like_medication
from phigate.deid.name_forms import SIGNOFF_WORDS, NameForms, name_label
from phigate.deid.names import NameFinder, _Token, tokenize
from phigate.deid.national_ids import HEALTH_NUMBER_WORDS, NATIONAL_ID_WORDS
from phigate.deid.ner import SpacyNer, proper_word, worth_asking
from phigate.deid.operators import Operators
from phigate.deid.patterns import BUILTIN, PatternRecognizer, custom_recognizer, number_starts
from phigate.deid.phones import phones_after_names
from phigate.deid.prefilter import Prefilter
from phigate.deid.repeats import find_coordinated, find_repeats, ids_in_lists, join_particles
from phigate.deid.vault import MemoryVaultStore, Vault, replace_tokens
from phigate.policy import AppPolicy, DetectionSpec, Policy
from phigate.taxonomy import Finding

# When two findings overlap, the higher score wins, then the longer span, then this order.
_PRIORITY = {t: i for i, t in enumerate((
    "CREDIT_CARD", "IBAN", "SSN", "EMAIL", "URL", "IP_ADDRESS", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
    "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "BIOMETRIC_ID", "CARD_CVV", "FAX", "PHONE", "STREET_ADDRESS",
    "DATE", "AGE", "ZIP", "OTHER_ID", "PERSON", "LOCATION",
))}  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?\n]")
# every decimal digit outside ASCII (Arabic-Indic "٧", Persian "۷", Bengali "৭", Devanagari "७", full-width
# "７") to its ASCII digit, one character for one so offsets hold: the patterns read "[0-9]" and their
# validators need it (no decimal digit lies beyond the first two planes)
_ASCII_DIGITS = {c: str(unicodedata.digit(chr(c))) for c in range(128, 0x20000) if unicodedata.category(chr(c)) == "Nd"}
_NON_ASCII_DIGIT = re.compile("[" + "".join(chr(c) for c in _ASCII_DIGITS) + "]")
# OCR of a card or a label reads digits as letters ("O3/l4/l988", "6O613", "1-8OO-555-0163"): in a run of
# digits and separators, no letter on either side, with more digits than look-alike letters, the letters are
# the digits they look like
_OCR_HINT = re.compile(r"\d[OolI]|[OolI]\d")
_OCR_RUN = re.compile(r"(?<![A-Za-z])[0-9OolI/.()-]++(?![A-Za-z])")
_OCR_LETTERS = re.compile(r"[OolI]")
_OCR_DIGITS = str.maketrans("OolI", "0011")
_NOTE_SHORTHAND = 3  # this many clinical shorthand words ("abd", "neuro", "gtt") make a text a clinical note
_REACH = 120  # characters of context either side of a word the NER model is asked about, at most
_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d|t|s)$")
_CREDENTIAL = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]+$")  # "PharmD", "PhD": a capital after lower case at the end
_ID_WORD = re.compile(rf"(?:{NATIONAL_ID_WORDS}|{HEALTH_NUMBER_WORDS})")
_DISEASE_HEAD = (
    r"disease|syndrome|palsy|sign|test|reflex|maneuver|disorder|lymphoma|sarcoma|fever|virus|encephalitis|"
    r"infection|deficiency|dystrophy|sclerosis|tumou?r|an(?:a)?emia|fracture"
)
_EPONYM_NEXT = re.compile(rf"\s*(?:'s\b|{_DISEASE_HEAD})")
# the second name of a double eponym ("Osgood-Schlatter", "Guillain-Barré"), or the rest of a disease named
# after a place ("Rocky Mountain spotted fever")
_SECOND_EPONYM = re.compile(r"-([A-Z][a-zé]+)")
_PLACE_DISEASE_NEXT = re.compile(r"\s+spotted\s+fever\b", re.IGNORECASE)
# a guessed name before, or ending in, a capitalised word that heads a disease's name: "Whipple Disease",
# "Hendra Virus", "Machado-Joseph Disease", "Zollinger-Ellison Syndrome", "Alkhurma Hemorrhagic Fever"
_DISEASE_NEXT = re.compile(rf"(?:-[A-Z][a-z]+)?[ -](?=[A-Z])(?i:{_DISEASE_HEAD})\b")
_DISEASE_LAST = re.compile(rf"(?:^|[ -])(?:{_DISEASE_HEAD})$", re.IGNORECASE)
# what follows a one-word eponym that names an examination's sign or scale: "Romberg neg", "Barlow negative",
# "Braden 15,", "Apgar 8 and 9", "Hoehn & Yahr stage 3" (a score of one or two digits that ends the phrase)
_EXAM_NEXT = re.compile(
    r"\s*(?:manoeuvre|score|scale|stage|grade|criteria|classification|neg(?:ative)?\b|pos(?:itive)?\b|[+-](?!\w)|"
    r"\d{1,2}(?=\s*(?:[,;.)]|-\s|$|\n|and\b|at\b|/\d))|"
    r"(?:&|and)\s+[a-z-]+\s+(?:stage|score|scale|grade|sign|test|neg(?:ative)?|pos(?:itive)?)\b)"
)


def _initial_dot(text: str, f: Finding) -> Finding:
    """A name that ends in an initial takes the initial's dot ("Delacroix, Maribel T.", "Kezia M.")."""
    if f.type != "PERSON" or not text.startswith(".", f.end) or len(f.text) < 3:
        return f
    if not (f.text[-1].isupper() and f.text[-2] in " ,."):
        return f
    return Finding(f.type, f.start, f.end + 1, f.score, f.recognizer, f.text + ".")


class Deidentifier:
    """Finds identifiers in text. Thread-safe; build one per process and share it."""

    def __init__(
        self, policy: Policy | DetectionSpec | None = None, *, vault: Vault | None = None, ner: SpacyNer | None = None
    ) -> None:
        spec = policy.detection if isinstance(policy, Policy) else (policy or DetectionSpec())
        self.spec = spec
        self.policy = policy if isinstance(policy, Policy) else None
        self._vault = vault
        self.recognizers: list[PatternRecognizer] = [cls() for cls in BUILTIN]
        for custom in spec.recognizers:
            self.recognizers.append(
                custom_recognizer(
                    custom.name, custom.type, custom.patterns, custom.score, custom.context, custom.context_required
                )  # fmt: skip
            )
        self._prefilter = Prefilter([t for r in self.recognizers for t in r.triggers()])
        self.names = NameFinder(gz.load())
        self.clinical = ClinicalNames(self.names.g)
        self.name_forms = NameForms(self.names.g)
        self.clinical_places = ClinicalPlaces(self.names.g)
        self.ner = (ner or SpacyNer()) if spec.ner else None
        self._allow = frozenset(a.lower() for a in spec.allow)
        self._deny = [
            (re.compile(r"(?<!\w)" + re.escape(d.text) + r"(?!\w)", re.IGNORECASE), d.type) for d in spec.deny
        ]

    def warm(self) -> None:
        """Load the NER model now rather than on the first request that needs it."""
        if self.ner is not None:
            self.ner.warm()

    @property
    def vault(self) -> Vault:
        """The vault ``deidentify`` records mappings in (in memory, under a random key, unless given)."""
        if self._vault is None:
            self._vault = Vault(MemoryVaultStore(), secrets.token_bytes(32))
        return self._vault

    def deidentify(self, text: str, scope: str, app: str | AppPolicy = "default") -> str:
        """``text`` with its identifiers replaced per the app's operators, the mapping kept in the vault
        under ``scope`` (so ``Vault.reidentify(result, scope)`` gives the text back)."""
        if isinstance(app, str):
            policy = self.policy.apps.get(app) if self.policy is not None else None
            app = policy or AppPolicy()
        session = self.vault.session(scope)
        out = Operators(self.vault.secret).apply(text, self.analyze(text), app, session)
        renamed = session.commit()
        return replace_tokens(out, renamed) if renamed else out

    def analyze(self, text: str) -> list[Finding]:
        return self.analyze_batch([text])[0]

    def analyze_batch(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Findings for each text; the NER model runs once for all texts that need it."""
        found: list[list[Finding]] = []
        windows: list[list[tuple[int, int]]] = []
        notes: list[bool] = []
        originals = texts
        texts = [_fold_digits(t) for t in texts]
        for text in texts:
            lower = text.lower()
            numbers = number_starts(text)
            hits = self._prefilter.candidates(lower)
            findings = [f for r in self.recognizers for f in r.find(text, lower, numbers, hits)]
            tokens = tokenize(text)
            people, unknown = self.names.find(text, tokens)
            findings += people
            findings += self.clinical.find(text, tokens)
            findings += self.name_forms.find(text, tokens)
            findings += self.clinical_places.find(text, tokens)
            # the model is asked only about words that no finding covers and that do not read as medicines
            unknown = [
                t for t in unknown
                if not any(f.start <= t.start < f.end for f in findings)
                and not looks_like_medication(text, t.start, t.end)
            ]  # fmt: skip
            findings += _unknown_pairs(text, unknown)
            for regex, kind in self._deny:
                findings += [
                    Finding(kind, m.start(), m.end(), 1.0, "deny-list", m.group()) for m in regex.finditer(text)
                ]
            found.append(findings)
            asked = [t for t in unknown if worth_asking(text, t.start, t.end)] if self.ner is not None else []
            windows.append([_sentence(text, t.start, t.end) for t in asked])
            notes.append(sum(t.lower in CLINICAL_SHORTHAND for t in tokens) >= _NOTE_SHORTHAND)
        if self.ner is not None and any(windows):
            for findings, extra, note in zip(found, self.ner.find_many(texts, windows), notes, strict=True):
                findings += [f for f in extra if not self._vocabulary(f.text) and not (note and self._lone_guess(f))]
        return [
            _original_text(o, t, self._finish(t, [extend_address(t, x) for x in f]))
            for o, t, f in zip(originals, texts, found, strict=True)
        ]

    def _finish(self, text: str, findings: list[Finding]) -> list[Finding]:
        """Settle the findings, then add the other mentions of the names and places among them."""
        kept = [
            _initial_dot(text, g) for f in self._resolve(text, findings) if (g := self._given_name(text, f)) is not None
        ]
        extra = find_coordinated(text, kept, self._joined_name)
        extra += find_repeats(text, kept + extra, self._known)
        extra += ages_after_names(text, kept + extra)
        extra += phones_after_names(text, kept + extra)
        extra += ids_in_lists(text, kept + extra)
        extra += join_particles(text, kept + extra, self._known)
        return self._resolve(text, kept + extra) if extra else kept

    def _given_name(self, text: str, f: Finding) -> Finding | None:
        """A surname found by a list, with the capitalised word before it that no word list holds: the given
        name that the lists lack ("Arquímedes Ballesteros", "Rościsław Dudek")."""
        if f.type != "PERSON" or " " in f.text:
            return f
        before = _WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
        if before is None:
            return f
        word = before.group(1)
        if not word[0].isupper() or word.isupper() or len(word) < 3 or word[-1] in "'’":  # "Drs' Ballou"
            return f
        for part in re.split(r"[-'’]", word.lower()):  # "SOCIAL-daughter Lou": each part must be unknown
            if part in FUNCTION_WORDS or part in RELATIONS or part in gz.TITLES or part in gz.DAYS_MONTHS:
                return f
            if self._known(part) or part in self.names.g.countries:
                return f
        if looks_like_medication(text, before.start(1), before.end(1)):
            return f
        grown = Finding(f.type, before.start(1), f.end, f.score, f.recognizer, text[before.start(1) : f.end])
        return None if _greeting(text, grown) else grown  # "Grüß Gott": a greeting, whatever "Gott" is alone

    def _joined_name(self, text: str, start: int, end: int, in_lower_case: bool) -> bool:
        """A word listed with a name ("sarah and margie") that can be a name itself: a first name, or a word
        in no word list that reads neither as clinical shorthand nor as a medicine. ``in_lower_case``: the
        name it is listed with is written in lower case, so this one may be too."""
        word = text[start:end]
        lower = word.lower()
        if len(lower) < 2 or lower in FUNCTION_WORDS or lower in RELATIONS or lower in gz.DAYS_MONTHS:
            return False
        if _ID_WORD.fullmatch(lower) or lower in SIGNOFF_WORDS:  # "Contreras, RUT 12.483.591-7", "Saludos, Ana"
            return False
        if _CONTRACTION.search(lower):  # "I'm", "Elsevier's,": a listed name is no contraction or possessive
            return False
        if clinical_term(word, lower, named=False) or looks_like_medication(text, start, end):
            return False
        if lower in self.names.g.first:
            return True
        # a word no list holds is a name only written as one: capitalised (unless the list is in lower case,
        # "leonti, terrence"), not a credential ("PharmD"); "Smith, dob", "mi mamá, Rosa" are no lists
        if not (word[0].isupper() or (in_lower_case and word.islower())) or _CREDENTIAL.search(word):
            return False
        # an acronym is a credential or shorthand ("DAN A. FORMAN-LYONS, RRT", "DRS"), not a second name
        return lower not in self.names.g.common and len(lower) >= 3 and not (word.isupper() and len(word) <= 4)

    def _known(self, word: str) -> bool:
        """A lower-case word that vocabulary explains: English, clinical shorthand, a facility word."""
        return word in self.names.g.common or word in PLACE_WORDS or clinical_term(word, word, named=True)

    def _lone_guess(self, f: Finding) -> bool:
        """In a clinical note the model's guess at one capitalised word that no name list holds is a drug or
        jargon far more often than a name ("Ativan", "Carevue"); elsewhere it is kept."""
        word = f.text.lower().removesuffix("'s")
        return f.score < 0.6 and " " not in word and word not in self.names.g.first and word not in self.names.g.last

    def _vocabulary(self, text: str) -> bool:
        """True when every word is common English or medical vocabulary ("Kidney Stones", "People"): the
        NER model's guess alone does not make such a phrase a name."""
        common = self.names.g.common
        words = [w.lower().removesuffix("'s") for w in re.findall(r"[A-Za-z]+(?:'s)?", text)]
        if any(w.lower() in gz.NEVER for w in text.split()):
            return True  # "Können Sie": a word that is never part of a name ("Sie", "the", "please")
        return bool(words) and all(w in common for w in words)

    def _eponym(self, text: str, f: Finding) -> bool:
        """ "Parkinson's", "Graves disease": a disease named after a person is not a person."""
        if f.type not in ("PERSON", "LOCATION"):
            return False
        plain = f.text.lower().replace("’", "'")
        words = plain.removesuffix("'s").split()
        if f.score < 0.9 and f.text[:1].isupper():
            after = text[f.end : f.end + 20]
            if _DISEASE_LAST.search(f.text) or _DISEASE_NEXT.match(after) or _PLACE_DISEASE_NEXT.match(after):
                return True
            second = _SECOND_EPONYM.match(after)
            if second is not None and second.group(1).lower() in self.names.g.eponyms:
                return True
        if not words or words[-1] not in self.names.g.eponyms:
            return False
        if plain.endswith("'s"):
            return True
        after = text[f.end : f.end + 32].lower().replace("’", "'")
        exam = len(words) == 1 and f.score < 0.7 and bool(_EXAM_NEXT.match(after))  # not "per dr. Murphy- pt"
        return after.startswith("'") or bool(_EPONYM_NEXT.match(after)) or exam

    def _resolve(self, text: str, findings: list[Finding]) -> list[Finding]:
        """Drop allow-listed and weak findings; settle overlaps deterministically; sort by position."""
        keep: list[Finding] = []
        taken: list[tuple[int, int]] = []
        candidates = [
            f for f in findings
            if f.score >= self.spec.min_score and f.text.lower() not in self._allow and not self._eponym(text, f)
            and not _weak_medication(text, f) and not _greeting(text, f) and not name_label(text, f)
            and not _names_an_id(f)
        ]  # fmt: skip
        # A finding inside a confident larger one ("62704" inside a street address) belongs to it.
        # Should the larger one lose in turn ("ship it to London N1 9GU": the cue's span to a surer place), the
        # findings inside it come back.
        inner = [f for f in candidates if any(_inside(f, g) for g in candidates)]
        candidates = [f for f in candidates if f not in inner]
        for f in [*sorted(candidates, key=_rank), *sorted(inner, key=_rank)]:
            if f.type == "STREET_ADDRESS" and (rest := _uncovered(text, f, taken)):
                f = rest  # an address grown into a phone or a name after it keeps the part no one else took
            if all(f.end <= s or f.start >= e for s, e in taken):
                keep.append(f)
                taken.append((f.start, f.end))
        keep.sort(key=lambda f: f.start)
        return keep


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s\"'(]))([^\W\d_][\w'’-]*) $")
_NAMED = ("PERSON", "LOCATION")


_GREETINGS_BY_LETTER: dict[str, list[str]] = {}
for _g in gz.GREETINGS:
    _GREETINGS_BY_LETTER.setdefault(_g[0], []).append(_g)


def _greeting(text: str, f: Finding) -> bool:
    """A name or place that is a greeting, or the start of one ("Kia" in "Kia ora")."""
    if f.type not in _NAMED:
        return False
    head = text[f.start : f.start + 16].lower()
    return any(
        head.startswith(g) and len(g) >= f.end - f.start and not head[len(g) : len(g) + 1].isalpha()
        for g in _GREETINGS_BY_LETTER.get(head[:1], ())
    )


def _fold_digits(text: str) -> str:
    """``text`` with every decimal digit of another script written as its ASCII digit, and the letters OCR
    read for digits as those digits: the same length, so offsets hold."""
    if not text.isascii() and _NON_ASCII_DIGIT.search(text):
        text = text.translate(_ASCII_DIGITS)
    if _OCR_HINT.search(text):
        text = _OCR_RUN.sub(_ocr_digits, text)
    return text


def _ocr_digits(m: re.Match[str]) -> str:
    run = m.group()
    letters = len(_OCR_LETTERS.findall(run))
    digits = sum(c.isdigit() for c in run)
    return run.translate(_OCR_DIGITS) if letters and digits >= 2 and digits > letters else run


def _original_text(original: str, folded: str, findings: list[Finding]) -> list[Finding]:
    """Findings made on the digit-folded text, holding the caller's own characters again."""
    if original == folded:
        return findings
    return [dataclasses.replace(f, text=original[f.start : f.end]) for f in findings]


def _rank(f: Finding) -> tuple[float, int, int, int]:
    """Surer first, then longer, then by type priority, then earlier."""
    return (-f.score, -(f.end - f.start), _PRIORITY.get(f.type, 99), f.start)


_FIRM_ADDRESS = 0.7  # a street form or a unit; below it, the loose "whatever follows 'lives at'" (0.6)


def _uncovered(text: str, f: Finding, taken: list[tuple[int, int]]) -> Finding | None:
    """The longest part of ``f`` that overlaps none of ``taken`` (the first, for a finding by cue), trimmed
    of spaces and punctuation at its ends; None when ``f`` overlaps nothing or keeps under three characters."""
    clashes = sorted((s, e) for s, e in taken if s < f.end and e > f.start)
    if not clashes:
        return None
    pieces, at = [], f.start
    for s, e in clashes:
        pieces.append((at, max(at, s)))
        at = max(at, e)
    pieces.append((at, f.end))
    if f.score < _FIRM_ADDRESS:
        pieces = pieces[:1]  # what a cue found is what follows the cue: its first part or nothing
    start, end = max(pieces, key=lambda p: (p[1] - p[0], -p[0]))
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if end - start < 3:
        return None
    return Finding(f.type, start, end, f.score, f.recognizer, text[start:end])


def _names_an_id(f: Finding) -> bool:
    """A weak guess at a name that holds the name of an ID ("Meine Versichertennummer", "Aadhaar"): the
    label of a number, not a person. Short ID words are also names ("Nir", "Rut") and do not count."""
    return (
        f.type == "PERSON"
        and f.score < 0.75
        and any(len(w) >= 5 and _ID_WORD.fullmatch(w) for w in f.text.lower().split())
    )


def _weak_medication(text: str, f: Finding) -> bool:
    """A one-word name or place guessed weakly (no title, no cue) that reads as a medicine ("on Levo") or as
    clinical shorthand ("Foley", "SaO", "PAC's")."""
    return (
        f.type in ("PERSON", "LOCATION")
        and f.score < 0.7
        and f.recognizer in ("spacy-ner", "names-gazetteer")
        and " " not in f.text.strip()
        and (
            looks_like_medication(text, f.start, f.end)
            or clinical_term(f.text, f.text.lower().removesuffix("'s"), named=True)
        )
    )


def _inside(f: Finding, g: Finding) -> bool:
    """``f`` lies within a longer ``g`` that is sure enough, or is part of a longer address ("17 apt. 858"
    inside the whole line after "address:"): two findings that both say address keep the wider one."""
    return (
        g is not f
        and g.start <= f.start
        and f.end <= g.end
        and (g.end - g.start) > (f.end - f.start)
        and g.score >= 0.6
        and (g.score >= f.score - 0.15 or f.type == g.type == "STREET_ADDRESS")
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, at most ~240 characters."""
    left = max(0, start - _REACH)
    cut = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
    left = cut[-1] if cut else left
    m = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    return left, (m.end() if m else min(len(text), end + _REACH))


def _unknown_pairs(text: str, unknown: list[_Token]) -> list[Finding]:
    """Two capitalised words side by side that no word or name list knows ("Bekbolat Musliyevich", "Rubija
    Liberšar"): a name from beyond the lists far more often than anything else."""
    out: list[Finding] = []
    for a, b in itertools.pairwise(unknown):
        if text[a.end : b.start] == " " and proper_word(a.text) and proper_word(b.text):
            out.append(Finding("PERSON", a.start, b.end, 0.6, "unknown-pair", text[a.start : b.end]))
    return out

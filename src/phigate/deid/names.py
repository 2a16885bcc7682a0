"""Names and places from word lists and context, in one pass over the words of a text.

Evidence for a person: a first name that is not also a common word ("Jane", not "Will"); a title
("Dr.", "Mrs."); a cue before it ("my name is", "daughter", "regards"), which also finds names written
in lower case; a "Last, First" pair. Places: cities and "<Name> County". Capitalised words that are in
no list and are not common English are returned as *unknown*: only those are worth asking the NER
model about, which keeps the model off the hot path for most messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from phigate.deid.gazetteer import DAYS_MONTHS, LANGUAGES, NEVER, TITLES, US_STATES, Gazetteer
from phigate.deid.medication import CLINICAL_SHORTHAND, clinical_term
from phigate.taxonomy import Finding

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")
# a word with what comes before it: a sentence end, then spaces, quotes and brackets (the scan starts where the
# last word ended, so a match without the sentence end that does not start the text follows some other character)
_WORD_AFTER = re.compile(rf"([.!?\n:;])?[ \t\"'(]*({_WORD.pattern})")
_PERSON_CUES: tuple[str, ...] = (
    "name is", "name's", "name:", "named", "i am", "i'm", "im", "this is", "patient", "pt", "patient:", "son",
    "daughter", "wife", "husband", "mother", "father", "mom", "dad", "sister", "brother", "spouse", "partner",
    "caregiver", "grandson", "granddaughter", "grandmother", "grandfather", "aunt", "uncle", "cousin", "friend",
    "regards", "sincerely", "thanks", "signed", "dear", "hi", "hello", "for", "with", "called", "by", "from", "ask",
    "tell", "contact", "saw", "see", "seeing", "seen", "visit", "appointment with", "child", "baby", "kid", "neighbor",
    "boyfriend", "girlfriend", "fiance", "fiancee", "roommate", "colleague", "boss", "employer",
    # signing off, in English and the languages shop customers write
    "cheers", "saludos", "atentamente", "cordialement", "grazie", "obrigado", "obrigada", "pozdrawiam", "groetjes",
    "hilsen", "mvh", "salamat",
)  # fmt: skip
_RELATIONS = (
    "son", "daughter", "wife", "husband", "mother", "father", "mom", "dad", "sister", "brother", "spouse", "partner",
    "caregiver", "child", "friend", "doctor", "nurse", "pharmacist", "therapist", "dentist", "physician",
)  # fmt: skip
_PERSON_CUES += tuple(f"{r} {w}" for r in _RELATIONS for w in ("is", "named", "called"))
_STRONG_CUES = frozenset(
    {
        "name is",
        "name's",
        "name:",
        "named",
        "i am",
        "i'm",
        "this is",
        "patient",
        "pt",
        "patient:",
        "regards",
        "sincerely",
        "signed",
        "dear",
        "called",
    }
)
_RESIDENCE_CUES = frozenset(
    tuple(c.split())
    for c in (
        "i in", "we in", "i from", "i am in", "we are in", "grew up in", "originally from", "born in", "moved to",
        "lives in", "live in", "living in", "based in", "returned to", "arrived at", "flew to", "fly to", "m from",
        "am from", "is from", "university of", "home city", "here from", "hometown of", "town of", "city of",
        "village of", "flew into", "trip to",
    )
)  # fmt: skip
_DOTTED = frozenset("dr mr mrs ms prof mx fr".split())  # titles written with a full stop
_NOTE_CUES = frozenset({"patient", "pt", "patient:"})
_PLACE_CUES = frozenset("in from at near to live lives living moved visiting outside around".split())
_STREET_WORDS = frozenset(
    "street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl terrace circle highway "
    "parkway square trail hospital clinic pharmacy center centre medical university college school".split()
)
# of those, the words that make the capitalised words before them a street ("on Marina Fort Street")
_STREET_SUFFIXES = frozenset("street avenue road boulevard blvd lane drive court terrace parkway".split())
_UNIT_WORDS = frozenset("apt apartment suite ste unit flat".split())  # "Diana Usamov Suite 913": the name ends
_MAX_NAME_WORDS = 4
_NUMBER_AHEAD = re.compile(r",?[ \t]+\d")
_ANY_SURNAME = 10**9
_COMMON_SURNAME = 3000  # the Census's 3,000 commonest surnames cover about 60% of people
_CONTRACTION_HEADS = frozenset(
    "i you we they he she it that there what who don doesn didn can couldn won "
    "wouldn isn aren wasn weren haven hasn hadn shouldn let".split()
)


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    lower: str
    cap: bool
    initial: bool  # first word of a sentence


def tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    append = tokens.append
    for m in _WORD_AFTER.finditer(text):
        word = m.group(2)
        # a sentence starts after ".!?\n:;" and the spaces, quotes and brackets after it, or at the text's start
        initial = m.group(1) is not None or m.start() == 0
        lower = word.lower()
        if "'" in lower or "’" in lower:
            lower = lower.replace("’", "'")
            if lower.endswith("'s"):
                lower = lower[:-2]
            else:  # O'Brien -> obrien (as the lists spell it); I'm, I've -> i
                head = lower.split("'", 1)[0]
                lower = head if head in _CONTRACTION_HEADS else lower.replace("'", "")
        # An all-capitals word ("HUSBAND ON FLOOR", "PACER") says nothing about being a name.
        cap = word[0].isupper() and not (len(word) > 1 and word.isupper())
        append(_Token(m.start(2), m.end(), word, lower, cap, initial))
    return tokens


class NameFinder:
    """PERSON and LOCATION findings from the gazetteer, plus the unknown capitalised words."""

    name = "gazetteer"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer
        self._cue_words = {tuple(c.split()) for c in _PERSON_CUES}
        g = gazetteer
        # one lookup per word for the questions asked of every word: how strongly it names a person (2: a
        # name that is not a common word; 1: a name that is also a word, a country, a state or a language,
        # which needs more evidence: "India", "Florida", "English"), and which lists explain it
        shared = g.common | g.countries | US_STATES | LANGUAGES
        never = NEVER | DAYS_MONTHS
        self._strengths = {w: 1 if w in shared else 2 for w in g.first.union(g.last) if len(w) >= 2 and w not in never}
        self._explained = g.common | NEVER | DAYS_MONTHS | US_STATES | g.countries | TITLES
        self._not_place = self._explained | g.first | CLINICAL_SHORTHAND

    def find(self, text: str, tokens: list[_Token]) -> tuple[list[Finding], list[_Token]]:
        findings = list(self._people(text, tokens))
        findings += self._places(text, tokens)
        covered = {i for f in findings for i in range(f.start, f.end)}
        unknown = [t for t in tokens if self._unknown(t) and t.start not in covered]
        return findings, unknown

    # -- people ------------------------------------------------------------------------------------
    def _strength(self, t: _Token) -> int:
        """2: a name that is not a common word; 1: a name that is also a word; 0: not a name."""
        return self._strengths.get(t.lower, 0)

    def _cue_before(self, tokens: list[_Token], i: int, text: str) -> str | None:
        for n in (2, 1):
            if i - n < 0:
                continue
            words = tuple(t.lower for t in tokens[i - n : i])
            gap = text[tokens[i - 1].end : tokens[i].start]
            if words in self._cue_words and len(gap) <= 3:
                phrase = " ".join(words)
                return phrase + ":" if gap.strip() == ":" and phrase + ":" in _STRONG_CUES else phrase
        return None

    def _people(self, text: str, tokens: list[_Token]) -> Iterator[Finding]:
        strength_of = self._strengths
        i = 0
        while i < len(tokens):
            t = tokens[i]
            strength = strength_of.get(t.lower, 0)
            if not (strength or t.cap):  # most words: neither a name nor capitalised
                i += 1
                continue
            prev = tokens[i - 1] if i else None
            raw = text[prev.end : t.start] if prev is not None else "-"
            gap = raw.strip()
            # "Dr. Healey", but "on 4L NP. Lungs clear": after a credential a full stop ends the sentence, and
            # a line break ends a signature ("Adaeze Nwosu, MD\nCumberland Dermatology")
            title = (
                prev is not None and prev.lower in TITLES and "\n" not in raw
                and (gap == "" or (gap == "." and prev.lower in _DOTTED))
            )  # fmt: skip
            if t.lower in _STREET_WORDS or (
                strength == 0 and not (title and t.cap and len(t.text) > 1 and t.lower not in NEVER)
            ):  # "Nurse Practitioner Adaeze Nwosu": the second role word is no name either
                i += 1
                continue
            cue = self._cue_before(tokens, i, text)
            # extend over following name words (capitalised, or any case after a strong cue)
            cue_lower = not t.cap and cue in _STRONG_CUES
            lower_ok = cue_lower and strength == 2
            if not t.cap and not cue_lower:
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and j - i < _MAX_NAME_WORDS:
                nxt = tokens[j]
                gap = text[tokens[j - 1].end : nxt.start]
                if gap not in (" ", ". ") or (gap == ". " and len(tokens[j - 1].text) != 1):
                    break
                if nxt.lower in _STREET_WORDS or nxt.lower in _UNIT_WORDS:
                    break
                if text[nxt.end : nxt.end + 1].isdigit():  # "London N1 9GU": a code, not an initial or a name
                    break
                if nxt.lower in DAYS_MONTHS and _NUMBER_AHEAD.match(text, nxt.end):
                    break  # "for Sofia Jan 2027": a month and its year or day follow the name
                if nxt.cap and (self._strength(nxt) or len(nxt.text) == 1 or nxt.lower not in self.g.common):
                    j += 1
                elif lower_ok and not nxt.cap and self._strength(nxt) >= 1:
                    j += 1
                else:
                    break
            span = tokens[i:j]
            numbered = text[max(0, t.start - 8) : t.start].rstrip().split(" ")[-1].isdigit()
            if (j < len(tokens) and tokens[j].lower in _STREET_WORDS) or numbered:  # "Elm Street", "1317 Kimberly Way"
                suffix = tokens[j] if j < len(tokens) else None
                if suffix is not None and suffix.lower in _STREET_SUFFIXES and all(s.cap for s in span):
                    yield Finding("STREET_ADDRESS", t.start, suffix.end, 0.7, "street-name", text[t.start : suffix.end])
                i = j
                continue
            strengths = [self._strength(s) for s in span]
            first_strong = any(s.lower in self.g.first and st == 2 for s, st in zip(span, strengths, strict=True))
            score = 0.0
            if title or cue in _STRONG_CUES:
                score = 0.9 if (t.cap or strength == 2 or (len(span) >= 2 and min(strengths) >= 1)) else 0.0
                if cue in _NOTE_CUES and not title and max(strengths) < 2:
                    score = 0.0  # "Pt Alert", "patient Will": a note's subject, then a common word
            elif len(span) >= 2 and (first_strong or (sum(strengths) >= 3)):
                score = 0.9
            elif len(span) >= 2 and max(strengths) == 2 and not t.initial:
                score = 0.6
            elif (
                len(span) == 2
                and t.lower in self.g.first
                and self._surname_rank(span[1]) <= (_ANY_SURNAME if not t.initial else _COMMON_SURNAME)
            ):
                score = 0.55  # "Tom Baker": a first name then a last name, though both are also words; "John
                # Smith lives here" at a sentence's start too, when the surname is among the most common
            elif first_strong:
                score = 0.75 if cue else (0.65 if not t.initial else 0.55)
            elif strength == 2 and t.cap:
                score = 0.6 if cue else (0.5 if not t.initial else 0.0)
            elif strength == 1 and cue and t.cap and not t.initial:
                score = 0.55
            if len(span) >= 2 and " ".join(x.lower for x in span) in self.g.cities and not title:
                score = min(score, 0.5)  # "San Francisco" is a place before it is a person
            pair = self._last_first(text, tokens, j, cue_lower) if len(span) == 1 and strength else None
            if pair is not None:
                j, score = pair, max(score, 0.85)
                span = tokens[i:j]
            if score > 0:
                start, end = span[0].start, span[-1].end
                yield Finding("PERSON", start, end, score, "names-gazetteer", text[start:end])
            i = j if score > 0 else i + 1  # a rejected span ("pt's son Nick") still lets its later words count

    def _surname_rank(self, t: _Token) -> int:
        """The word's rank among US surnames (1 is Smith), or a rank beyond any when it is none."""
        return self.g.last.get(t.lower, _ANY_SURNAME + 1)

    def _last_first(self, text: str, tokens: list[_Token], j: int, lower_ok: bool) -> int | None:
        """'Roe, Jane': a last name, a comma, a first name (capitalised, or any case after a strong cue)."""
        if j < len(tokens) and text[tokens[j - 1].end : tokens[j].start] == ", " and (tokens[j - 1].cap or lower_ok):
            nxt = tokens[j]
            if (nxt.cap or lower_ok) and nxt.lower in self.g.first and nxt.lower not in self.g.common:
                if tokens[j - 1].lower in US_STATES and nxt.lower in US_STATES:
                    return None  # "Louisiana, Alabama or Arkansas": a list of states
                return j + 1
        return None

    # -- places ------------------------------------------------------------------------------------
    def _places(self, text: str, tokens: list[_Token]) -> Iterator[Finding]:
        i = 0
        n = self.g.city_words
        while i < len(tokens):
            t = tokens[i]
            listed = t.lower in self.g.cities or t.lower in self.g.city_starts
            if not listed and self._unlisted_place_word(t) and self._residence_cue(text, tokens, i):
                j = i + 1
                while j < len(tokens) and j - i < 3 and text[tokens[j - 1].end : tokens[j].start] in (" ", "-"):
                    if not self._unlisted_place_word(tokens[j]):
                        break
                    j += 1
                start, end = t.start, tokens[j - 1].end
                yield Finding("LOCATION", start, end, 0.7, "places-gazetteer", text[start:end])
                i = j
                continue
            if not t.cap:
                i += 1
                continue
            if i + 1 < len(tokens) and tokens[i + 1].lower == "county" and text[t.end : tokens[i + 1].start] == " ":
                yield Finding("LOCATION", t.start, tokens[i + 1].end, 0.85, "places-gazetteer",
                              text[t.start : tokens[i + 1].end])  # fmt: skip
                i += 2
                continue
            longest = n if t.lower in self.g.city_starts else 1
            for k in range(min(longest, len(tokens) - i), 0, -1):
                span = tokens[i : i + k]
                spaced = all(text[a.end : b.start] == " " for a, b in zip(span, span[1:], strict=False))
                if not spaced or not all(s.cap for s in span):
                    continue
                key = " ".join(s.lower for s in span)
                if key not in self.g.cities:
                    continue
                cue = i > 0 and tokens[i - 1].lower in _PLACE_CUES
                common = k == 1 and (t.lower in self.g.common or t.lower in self.g.first or t.lower in NEVER)
                if common and not cue:
                    break
                big = k > 1 or key in self.g.big_cities
                score = 0.85 if cue else (0.75 if big and not t.initial else (0.6 if big else 0.45))
                if common and t.initial:
                    break
                start, end = span[0].start, span[-1].end
                yield Finding("LOCATION", start, end, score, "places-gazetteer", text[start:end])
                i += k - 1
                break
            i += 1

    def _residence_cue(self, text: str, tokens: list[_Token], i: int) -> bool:
        """ "I'm in", "grew up in", "originally from", "Where:" just before ``tokens[i]``."""
        if i >= 1 and tokens[i - 1].lower == "where" and text[tokens[i - 1].end : tokens[i].start].strip() == ":":
            return True
        for n in (3, 2):
            if i >= n and tuple(x.lower for x in tokens[i - n : i]) in _RESIDENCE_CUES:
                return all(
                    text[a.end : b.start] in (" ", "'", "’")
                    for a, b in zip(tokens[i - n : i], tokens[i - n + 1 : i + 1], strict=True)
                )
        return False

    def _unlisted_place_word(self, t: _Token) -> bool:
        """A capitalised or all-capitals word that no list explains: after a residence cue, a place."""
        lw = t.lower
        if not (t.cap or (t.text.isupper() and len(t.text) > 2)) or len(lw) < 3:
            return False
        return lw not in self._not_place

    def _unknown(self, t: _Token) -> bool:
        lw = t.lower
        if not t.cap or len(lw) < 3 or lw in self._explained:
            return False
        plain = t.text.removesuffix("'s").removesuffix("’s")
        if plain.isupper() and len(plain) <= 5:
            return False  # acronyms: MRN, BP, COVID, ABG's
        if clinical_term(t.text, lw, lw in self.g.first or lw in self.g.last):
            return False
        parts = lw.split("-")
        # note shorthand joined by hyphens ("GU-voiding", "ID-afebrile"): every part short or a common word
        return len(parts) == 1 or not all(len(p) <= 3 or p in self.g.common or p in CLINICAL_SHORTHAND for p in parts)

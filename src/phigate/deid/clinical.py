"""Names in clinical notes, where case says nothing: "DR HUGHES NOTIFIED", "mr nicholson", "irene snell, rn",
"son bill called". Three contextual rules, each independent of capitalisation:

- a title ("Dr", "Drs", "Mr", "Mrs", "Ms", "Miss") followed by a word that is not a function word and is
  either in the name lists or in no word list at all; an initial may come first ("Dr B. Gill"), and a
  second name may follow "and" / "&" / "/" ("Drs Joseph and Robbinson");
- a signature: the words just before a professional credential that ends a line ("Robert V. Degiorgio,
  RRT"), each a name or an initial;
- a relative or a conversation partner ("son", "wife", "spoke with"), then a known first name that is not
  a function word ("son bill", "DAUGHTER PHILOMENA"), and a last name after it when there is one.

A common word alone never makes a name here: "dr aware", "spoke with team", "RN NOTIFIED" stay untouched.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from phigate.deid.gazetteer import DAYS_MONTHS, Gazetteer
from phigate.deid.medication import CLINICAL_SHORTHAND, clinical_term, looks_like_medication
from phigate.deid.names import _Token
from phigate.taxonomy import Finding

_TITLES = frozenset("dr drs mr mrs ms miss dr's".split())
# Roles written before a name in notes; the name after one must be unambiguous ("NP JEN", not "NP AWARE").
_ROLES = frozenset("np rn pa md ho nurse rabbi chaplain caseworker staff person caregiver".split())
# a title or a role as the tokenizer writes it ("dr's" without its "'s")
_TITLE_OR_ROLE = frozenset(w.removesuffix("'s") for w in _TITLES | _ROLES)
_CREDENTIAL_WORDS = (
    "rn bsn rrt crt md np pa pa-c msw licsw lcsw lsw pt ot slp rd ma rph pharmd cnm crna aprn fnp do phd sn".split()
)
_CREDENTIALS = re.compile(
    rf"(?<!\w)[ \t]*,?[ \t]*(?:(?:{'|'.join(_CREDENTIAL_WORDS)})(?:[ \t]*[,/][ \t]*|[ \t]+|\.)?){{1,3}}[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)
_CREDENTIAL_ENDS = tuple(_CREDENTIAL_WORDS)
_RELATIONS = frozenset(
    "son sons daughter daughters dtr wife husband spouse brother brothers sister sisters mother father mom dad "
    "niece nephew grandson granddaughter grandmother grandfather aunt uncle cousin friend fiance fiancee "
    "boyfriend girlfriend partner proxy hcp".split()
)
_CONVERSATION = ("spoke with", "spoke to", "talked with", "talked to", "met with", "per", "called", "paged")
_CONVERSATION_ENDS = frozenset(c.rsplit(" ", 1)[-1] for c in _CONVERSATION)
# Function words and the words of a nursing note that also appear in some locale's name list ("to", "will",
# "may", "bill" stays out: after "son" it is a name).
_FUNCTION = frozenset(
    "a an the and or but if of to in on at by for with from into onto upon about as per via than then so "
    "be is am are was were been being do does did done has have had having can could will would shall should "
    "may might must not no yes ok all any some each both more most much many few other same such own only "
    "also again here there now today tonight tomorrow yesterday am pm this that these those his her him he "
    "she they them their it its we us our you your i me my who whom whose which what when where why how "
    "aware notified called said says stated states wants wanted ordered informed updated paged made came "
    "spoke see saw seen in out up down off over under re team family pt patient md rn np pa nurse staff "
    "service services unit floor doctor resident intern fellow attending consult covering on-call oncall "
    "aware. ho hos sw cm case home well ill new old will may can "
    # in lower case, articles and pronouns of other languages, though each is also a name somewhere
    "el al le lo les la los las del su tu te ella ada yang ko ng ang si un".split()
)
_INITIAL = re.compile(r"[A-Za-z]\.?")
# what a clinician named in a note does next: "E. WELSH AWARE", "J SMITH ORDERED EPI", "B. Kargas, MD"
_ACTS = frozenset(
    "aware notified paged ordered made called informed updated saw consulted placed evaluated examined "
    "md np pa rn do".split()
)


class NoteVocabulary:
    """What a word in a note can be: a known name, clinical shorthand, a medicine; shared by the rules."""

    name = "clinical"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer

    def _named(self, lw: str) -> bool:
        return lw in self.g.first or lw in self.g.last

    def _strong(self, t: _Token) -> bool:
        """A known name that is no common word ("healey", not "still")."""
        return self._named(t.lower) and t.lower not in self.g.common

    def _shorthand(self, text: str, t: _Token, *, before: bool = True) -> bool:
        """Clinical vocabulary in a note: "NEO GTT", "MAE SPONT", "S. MILRINONE" are no names (``before``:
        see ``looks_like_medication``)."""
        return (
            t.lower in CLINICAL_SHORTHAND
            or clinical_term(t.text, t.lower, self._named(t.lower))
            or looks_like_medication(text, t.start, t.end, before=before)
        )

    def _namelike(self, t: _Token) -> bool:
        """A word that can be a name here: not a function word, a month or a number-like shorthand, and
        either in the name lists or in no word list (an unknown surname)."""
        lw = t.lower
        if lw in _FUNCTION or lw in _RELATIONS or lw in DAYS_MONTHS or len(lw) < 2:
            return False
        return self._named(lw) or lw not in self.g.common


class ClinicalNames(NoteVocabulary):
    """PERSON findings from titles, signatures, relatives, roles and initials, in any letter case."""

    name = "clinical-names"

    def find(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        yield from self._titled(text, tokens)
        yield from self._signatures(text, tokens)
        yield from self._credentialed(text, tokens)
        yield from self._relatives(text, tokens)
        yield from self._pairs(text, tokens)

    def _pairs(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """An initial and a surname ("B. KARGAS", "j. o'brien"), or a first name and a surname in one case
        ("KATIE MAHONEY", "patty hoeller"): capitalised pairs are the gazetteer's."""
        for i in range(len(tokens) - 1):
            t, nxt = tokens[i], tokens[i + 1]
            if len(t.text) == 1 and self._acting(text, tokens, i):  # an initial: the cheap test first
                yield self._finding(text, (t, nxt), 0.75)
                continue
            if (nxt.cap and not nxt.text[1:2].isupper()) or len(nxt.lower) < 3:
                continue
            # the cheap tests first: this runs on every pair of words in a note
            gap = text[t.end : nxt.start]
            before = text[t.start - 1 : t.start] if t.start else " "
            initial = len(t.text) == 1 and t.text.isalpha() and gap == ". " and before in (" ", "(", "\n", "\t")
            pair = gap == " " and not t.cap and t.lower in self.g.first and t.lower not in _FUNCTION
            if not (initial or pair):
                continue
            if not (self._strong(nxt) or (nxt.lower not in self.g.common and self._namelike(nxt))):
                continue
            if pair and not self._strong(t) and not (self._strong(nxt) and nxt.lower in self.g.last):
                continue  # a first name that is also a word ("patty", "grace") needs a listed surname after it
            if self._shorthand(text, nxt) or (pair and self._shorthand(text, t)):
                continue
            yield self._finding(text, (t, nxt), 0.7)

    def _acting_first_name(self, text: str, tokens: Sequence[_Token], i: int) -> bool:
        """``tokens[i]`` is a first name and the next word says what its bearer did ("made aware", "ordered")
        or the sentence ends there ("per NP CAROL.")."""
        t = tokens[i]
        if t.lower not in self.g.first or len(t.lower) < 3 or self._shorthand(text, t):
            return False
        after = text[t.end : t.end + 2]
        if after[:1] == "." and not after[1:2].isalnum():
            return True
        return (
            i + 1 < len(tokens)
            and text[t.end : tokens[i + 1].start] == " "
            and tokens[i + 1].lower in _ACTS - _ROLE_ACTS
        )

    def _acting(self, text: str, tokens: Sequence[_Token], i: int) -> bool:
        """An initial and a surname that act in the note: "E. WELSH AWARE", "J SMITH ORDERED", "Z. Miller
        notified", "B. Kargas, MD" ("L IJ PA line" is a site). A surname that is also a word ("Welsh",
        "Miller") counts only so."""
        t, nxt = tokens[i], tokens[i + 1]
        if len(t.text) != 1 or not t.text.isalpha() or t.lower in ("a", "i") or i + 2 >= len(tokens):
            return False
        gap = text[t.end : nxt.start]
        if gap not in (". ", " ") or text[t.start - 1 : t.start] not in ("", " ", "(", "\n", "\t"):
            return False
        if gap == " " and t.lower in ("l", "r"):  # "R ARM MD aware": left or right, not an initial
            return False
        after = tokens[i + 2]
        if text[nxt.end : after.start].strip(" ,") or after.lower not in _ACTS:
            return False
        lw = nxt.lower
        return len(lw) >= 3 and (lw in self.g.last or lw not in self.g.common) and not self._shorthand(text, nxt)

    def _finding(self, text: str, span: Sequence[_Token], score: float) -> Finding:
        start, end = span[0].start, span[-1].end
        return Finding("PERSON", start, end, score, self.name, text[start:end])

    def _name_after(self, text: str, tokens: Sequence[_Token], i: int) -> int:
        """The end (exclusive token index) of a name starting at ``tokens[i]``, or ``i`` for none: an optional
        initial ("B."), then one or two name-like words on the same line."""
        j = i
        while (
            j < len(tokens)
            and _INITIAL.fullmatch(text[tokens[j].start : tokens[j].end + 1])
            and (text[tokens[j].end : tokens[j].end + 1] == "." and j + 1 < len(tokens))
        ):
            j += 1  # initials
        if j >= len(tokens) or not self._namelike(tokens[j]) or "\n" in text[tokens[i].start : tokens[j].start]:
            return i
        end = j + 1
        if end < len(tokens) and text[tokens[end - 1].end : tokens[end].start] == " ":
            nxt, first = tokens[end], tokens[end - 1]
            # a second word only when it is itself a known name or unknown ("mary anderson", not "dr small today"),
            # or a title-case word after a title-case first name ("Dr Ferdinand Halfpenny")
            title_case = nxt.cap and first.cap and first.lower in self.g.first and nxt.lower not in _FUNCTION
            if (self._namelike(nxt) and (self._named(nxt.lower) or nxt.lower not in self.g.common)) or title_case:
                end += 1
        return end

    def _titled(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        i = 0
        while i < len(tokens) - 1:
            t = tokens[i]
            if t.lower.rsplit("-", 1)[-1] not in _TITLE_OR_ROLE:
                i += 1  # the cheap test first: this runs on every word of a note
                continue
            gap = text[t.end : tokens[i + 1].start]
            word = text[t.start : t.end].lower().replace("’", "'").rsplit("-", 1)[-1]  # "PREOP-DR. WILLIAMS"
            allowed = ("", ".") if word in _TITLES else ("", ",") if word in _ROLES else ()
            if gap.strip() not in allowed or "\n" in gap:
                i += 1
                continue
            end = self._name_after(text, tokens, i + 1)
            if (word == "ms" or word in _ROLES) and end > i + 1 and not self._strong(tokens[i + 1]):
                # "MS" is also morphine and mental status: "ms given", "MS STILL"; after a clinician's role a
                # first name that is also a word is one when the clinician acts ("NP CAROL ORDERED")
                acts = word in _ROLES and word != "pa" and self._acting_first_name(text, tokens, i + 1)  # "PA line"
                end = i + 2 if acts else i + 1
            if word in _ROLES and any(self._shorthand(text, s) for s in tokens[i + 1 : end]):
                end = i + 1  # "BY MD PO LOPRESSOR": a route and a medicine after the role
            if end == i + 1:
                i += 1
                continue
            yield self._finding(text, tokens[i + 1 : end], 0.85)
            i = end
            # "Drs Joseph and Robbinson", "Dr Rizzo / Dr Small": the next name after a conjunction
            if i < len(tokens) and text[tokens[i - 1].end : tokens[i].start].strip() in ("&", "/"):
                pass
            elif i < len(tokens) and tokens[i].lower == "and":
                i += 1
            else:
                continue
            if i < len(tokens) and tokens[i].lower in _TITLES:
                continue  # the loop takes the title itself
            end = self._name_after(text, tokens, i)
            if end > i and all(self._named(s.lower) or s.lower not in self.g.common for s in tokens[i:end]):
                yield self._finding(text, tokens[i:end], 0.75)
                i = end

    def _signatures(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        starts = [t.start for t in tokens]
        for m in _credential_lines(text, tokens):
            # the tokens before the credential, on its line, walking back while they look like a name
            k = bisect.bisect_left(starts, m.start()) - 1
            span: list[_Token] = []
            while k >= 0 and len(span) < 4:
                t = tokens[k]
                after = text[t.end : (span[0].start if span else m.start())]
                if "\n" in after or after.strip(" \t.,") or (span and "," in after):
                    break
                if len(t.lower) == 1 and text[t.end : t.end + 1] == ".":
                    span.insert(0, t)
                elif self._namelike(t):
                    span.insert(0, t)
                else:
                    break
                k -= 1
            while span and len(span[0].lower) == 1 and len(span) > 1 and not text[span[0].end : span[0].end + 1] == ".":
                span.pop(0)
            if not any(len(s.lower) > 1 for s in span):
                continue
            before = text[tokens[k].end : span[0].start] if k >= 0 else "\n"
            if "\n" not in before and not re.search(r"[.!?;:]\s*$", before):
                continue  # a signature starts its line or sentence
            yield self._finding(text, span, 0.8)

    def _relatives(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        yield from self._joined_relatives(text, tokens)
        yield from self._families(text, tokens)
        yield from self._before_relation(text, tokens)
        for i in range(1, len(tokens)):
            prev = tokens[i - 1]
            relative = prev.lower.rsplit("-", 1)[-1] in _RELATIONS or (
                prev.lower == "other" and i >= 2 and tokens[i - 2].lower == "significant"
            )  # "SISTER JANET", "COPING-SISTER ,JANET", "significant other charlie"
            talk = prev.lower in _CONVERSATION or (
                i >= 2 and prev.lower in _CONVERSATION_ENDS and f"{tokens[i - 2].lower} {prev.lower}" in _CONVERSATION
            )
            if not (relative or talk):
                continue
            gap = text[prev.end : tokens[i].start]
            if gap.strip(" ,:-") or "\n" in gap:
                continue
            t = tokens[i]
            if t.lower in _FUNCTION or t.lower in _RELATIONS or t.lower in DAYS_MONTHS:
                continue
            if t.lower not in self.g.first or (not relative and t.lower in self.g.common):
                continue  # after "spoke with" or "per" only an unambiguous first name ("per min" is a rate)
            if t.cap:
                continue  # capitalised names are the gazetteer's ("my son Tom Baker")
            end = i + 1
            if end < len(tokens) and text[t.end : tokens[end].start] == " " and self._namelike(tokens[end]):
                if tokens[end].lower not in self.g.common:
                    end += 1
            yield self._finding(text, tokens[i:end], 0.75)

    def _credentialed(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """One or two names, then a credential, inside a sentence: "Stord-Painter MD plans", "Andrwe O'connell
        MD spoke", "PER WARREN KAVALIUNAS NP": the credential must follow "per" or come before what the
        clinician did, so "ICU MD aware" (a team) or "CCU RN" stay."""
        for i in range(1, len(tokens) - 1):
            cred = tokens[i]
            if cred.lower not in _MID_CREDENTIALS or text[tokens[i - 1].end : cred.start] != " ":
                continue
            k = i - 1
            while k >= max(0, i - 2) and self._namelike(tokens[k]) and not self._shorthand(text, tokens[k]):
                if k < i - 1 and text[tokens[k].end : tokens[k + 1].start] != " ":
                    break
                k -= 1
            span = tokens[k + 1 : i]
            if not span or not all(s.lower in self.g.first or s.lower not in self.g.common for s in span):
                continue
            acted = i + 1 < len(tokens) and tokens[i + 1].lower in _CLINICIAN_ACTS
            if acted or (k >= 0 and tokens[k].lower == "per"):
                yield self._finding(text, span, 0.75)

    def _families(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """A surname before "family": "KEEP ROMERO FAMILY AWARE", "the Nguyen family"."""
        for t, nxt in zip(tokens, tokens[1:], strict=False):
            if nxt.lower == "family" and text[t.end : nxt.start] == " " and self._strong(t) and t.lower in self.g.last:
                if not self._shorthand(text, t):
                    yield self._finding(text, (t,), 0.7)

    def _joined_relatives(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """A relation and a first name joined by a hyphen: "DAUGHTER-KRISSY", "GRAND DAUGHTER-LUCI"."""
        for t in tokens:
            head, _, rest = t.lower.partition("-")
            if head in _RELATIONS and rest and "-" not in rest and rest in self.g.first and rest not in _FUNCTION:
                start = t.start + len(head) + 1
                yield Finding("PERSON", start, t.end, 0.75, self.name, text[start : t.end])

    def _before_relation(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """One or two names, then the relation in parentheses: "Hank Przybylo (son)", "CHARLIE (SIGNIFICANT
        OTHER)", "DICK CUCCHIARA (RESIDENT)"."""
        for i in range(len(tokens) - 1):
            t, rel = tokens[i], tokens[i + 1]
            if text[t.end : rel.start] != " (" or rel.lower not in _RELATIONS | _PAREN_ROLES:
                continue
            k = i
            while k > i - 2 and k >= 0 and self._namelike(tokens[k]) and not self._shorthand(text, tokens[k]):
                if k < i and text[tokens[k].end : tokens[k + 1].start] != " ":
                    break
                k -= 1
            span = tokens[k + 1 : i + 1]
            # each word a first name or no common word: "decision maker (son)" stays
            if span and all(s.lower in self.g.first or s.lower not in self.g.common for s in span):
                yield self._finding(text, span, 0.8)


_MID_CREDENTIALS = frozenset("md np rn rrt pa do".split())
_ROLE_ACTS = frozenset("md np pa rn do".split())  # the acts that are also roles ("J SMITH MD")
_CLINICIAN_ACTS = _ACTS | frozenset("spoke plans planned performed placed wrote explained discussed met".split())
# roles written in parentheses after a name, beside the relations
_PAREN_ROLES = frozenset("significant resident intern fellow attending np rn md pa neighbor neighbour hcp".split())


def _credential_lines(text: str, tokens: Sequence[_Token]) -> Iterator[re.Match[str]]:
    """The credentials that end a line ("Mary Oates, RN", "J. Tan MD/PhD."): what ``_CREDENTIALS.finditer``
    finds, searched only on the lines whose last word ends like a credential (a whole note costs a scan)."""
    for i, t in enumerate(tokens):
        if not t.lower.endswith(_CREDENTIAL_ENDS):
            continue
        last = i + 1 == len(tokens)
        end = text.find("\n", t.end, len(text) if last else tokens[i + 1].start)
        if end < 0 and not last:
            continue  # another word follows on this line
        m = _CREDENTIALS.search(text, text.rfind("\n", 0, t.start) + 1, len(text) if end < 0 else end)
        if m is not None:
            yield m


FUNCTION_WORDS = _FUNCTION  # for the rules outside this module
RELATIONS = _RELATIONS

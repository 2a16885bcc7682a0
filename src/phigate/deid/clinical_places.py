"""Places in clinical notes, in any letter case: where a patient is moved or lives ("transfer to Quartermain
2", "lives in catonsville"), institutions by name ("CALVERT HOSPITAL", "sacred heart hosp", "University of
MD Medical Center", "St Mary's") and hospital acronyms after a preposition ("to GH"). Units, acronyms of
care ("OSH", "CCU"), generic places ("outside hospital") and measurements ("PH 7.32") are no location.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from phigate.deid.addresses import STREET_SUFFIX_WORD
from phigate.deid.clinical import _FUNCTION, _RELATIONS, NoteVocabulary
from phigate.deid.gazetteer import DAYS_MONTHS, LANGUAGES, US_STATES
from phigate.deid.medication import CLINICAL_SHORTHAND, clinical_term, looks_like_medication
from phigate.deid.names import _Token
from phigate.taxonomy import Finding

# Where a patient goes or comes from: the named place after one of these is a location ("transfer to
# Quartermain 2", "taken to UNION HOSPITAL", "lives in catonsville"); "transfer to floor" names none.
_MOVES = frozenset(
    tuple(c.split())
    for c in (
        "transfer to", "transferred to", "transfered to", "transfer from", "transferred from", "transfered from",
        "admitted to", "admitted from", "taken to", "sent to", "presented to", "brought to", "went to", 
        "flighted to", "enroute to", "tx to", "trans to", "referred to", "ambulance to", "discharged to",
        "lives in", "living in", "resides in", "live in", "received from", "recieved from",
    )
)  # fmt: skip
_FACILITY = frozenset(
    "hospital hosp medical med center ctr centre memorial rehab campus clinic infirmary va healthcare health "
    "hospice".split()
)
_FACILITY_HEAD = frozenset("hospital hosp memorial rehab campus clinic infirmary hospice".split())
_GENERIC = frozenset("outside local another other community same this that their his her nearby home".split())
# Words institutions are named with, common as they are elsewhere: "Sacred Heart", "Holy Cross".
_INSTITUTION = frozenset(
    "st saint holy sacred heart cross mount mt university general union mercy children's shore good samaritan memorial "
    "shepherd lady angels".split()
)
# the ones that name a practice's maker ("Mercy Sleep Center"), unlike "General Surgery Center"
_NAMING_INSTITUTION = _INSTITUTION - {"general", "union", "university"}
# words that help name an institution but name nothing alone ("Holy", "Memorial", "Hospital")
PLACE_WORDS = _FACILITY | _INSTITUTION | _GENERIC
# the kinds of practice a name ends with, in title case ("Lakeside Kidney Center")
_PRACTICE_KINDS = frozenset(
    "center centre clinic clinics associates therapy specialists partners physicians institute hospital hospitals "
    "practice surgery dentistry orthodontics dermatology pediatrics obgyn urology cardiology oncology "
    # pharmacies, labs, home-health agencies and care homes named the same way: "Lakeside Drug", "Mesa Verde
    # Reference Laboratory", "Sunbury Valley Home Health", "Four Corners Dialysis", "Willow Crest SNF"
    "pharmacy apothecary drug drugs laboratory laboratories lab labs dialysis imaging health care snf pavilion "
    "rehabilitation hospice general regional".split()
)
# specialties a practice is named for, in common words too: "Desert Sky Nephrology", "Heartland Heart &
# Vascular", "Midwest Sleep Diagnostics", "Cypress Creek Occupational Medicine", "Maumee Bay Pain & Spine"
_SPECIALTIES = frozenset(
    "nephrology neurology gastroenterology pulmonology endocrinology rheumatology orthopedics orthopaedics "
    "podiatry optometry ophthalmology audiology diagnostics radiology vascular ankle spine medicine dermatology "
    "urology cardiology oncology pediatrics dentistry orthodontics therapy imaging dialysis laboratory surgery".split()
)
_PRACTICE_KINDS |= _SPECIALTIES
# the words that say which department, not whose practice: "Pediatric Cardiology", "Sleep Medicine", "Consult
# Nephrology" name no place; a practice named for a specialty has one word besides these ("Desert Sky")
_DEPARTMENT_WORDS = frozenset(
    "adult pediatric paediatric child children children's women's womens men's family general internal "
    "interventional clinical surgical medical preventive preventative sports sleep heart lung kidney brain spine "
    "bone joint foot hand eye ear nose throat skin cancer diabetes weight pain behavioral behavioural mental "
    "physical occupational speech respiratory cardiac digestive advanced comprehensive integrated integrative "
    "inpatient outpatient urgent emergency primary specialty dental cosmetic laser aesthetic plastic "
    "reconstructive orthopedic neuro head neck breast endocrine metabolic nuclear diagnostic radiation "
    "hematology oncology vascular infectious geriatric transplant hospital department division section service "
    "unit consult consults call page see refer referred notify discussed appreciate follow per recs oral day "
    "same minor total major elective ambulatory outpatient robotic bariatric".split()
)
# pharmacy chains: a branch is named by its place after them ("CVS Pflugerville", "Publix Camp Creek"), and
# the chain and its "Pharmacy" alone name no place ("Kroger Pharmacy")
_CHAINS = frozenset(
    "cvs walgreens walmart publix kroger safeway albertsons costco heb h-e-b meijer wegmans target hy-vee "
    "duane boots lloyds superdrug shoppers rexall london jean coutu vitus apotek apoteket ".split()
)
# a chain's branch named by its street: "on Alpine Ave", "– Coit Rd", "on Metcalf" (one name, no suffix)
_ON_STREET = re.compile(
    rf"(?:[ \t]+(?:on|at)|[ \t]*[–—-])[ \t]+"
    rf"(?P<v>(?:[A-Z][\w'.-]*[ \t]+){{1,3}}{STREET_SUFFIX_WORD}|[A-Z][a-z]{{3,}}(?![ \t]*[A-Z\d]))"
)
# any shop's branch named by its street: "at the Elm St store", "the Orchard Rd location"
_STREET_BRANCH = re.compile(
    rf"\bthe[ \t]+(?P<v>(?:[A-Z][\w'.-]*[ \t]+){{1,2}}{STREET_SUFFIX_WORD})[ \t]+(?:store|location|branch|pharmacy)\b"
)
_CHAIN_PAIRS = frozenset({"rite aid", "sam's club", "harris teeter", "giant eagle", "duane reade", "food lion"})
_NOT_A_BRANCH = frozenset(
    "pharmacy pharmacies pharmacist specialty caremark health store stores drug drugs inc app card rx mail "
    "online order orders minuteclinic clinic location locations branch apotek aid supercenter market optical "
    "wholesale today yesterday tomorrow website refill refills prescription prescriptions coupon rewards "
    "receipt brand generic price prices says said called club alliance".split()
)
# words a practice is named with that are function words elsewhere: "Eastgate Family Health", "Sunbury Valley
# Home Health", "Lakeview Community Clinic"
_PRACTICE_MODIFIERS = frozenset("family home community women children".split())
# a word after the kind that makes the name a payer's or a shop's: "Horizon Crest Health Plan", "Nuvia Health
# Store"; and "Health" after one word alone names a brand as often as a practice ("Brightleaf Health")
_NOT_A_PRACTICE_NEXT = frozenset("plan plans store shop insurance team".split())
_PRACTICE_WORDS = 5  # at most this many words before the kind
_WARD_CUES = frozenset("to from per at plan on transfer".split())
# the floor number: one or two digits, glued on or after a space, and then no unit, decimal or ratio
_WARD_NUMBER = re.compile(
    r"[ \t]?\d(?![\d.,:/%-]\d|[\d%/]|\s*(?:mg|mcg|g|gm|u|units|ml|cc|l|mm|cm|hrs?|h|x|am|pm|days?|wks?|weeks?|"
    r"months?|yrs?|years?|times)\b)",
    re.IGNORECASE,
)
_NAMED_FOR = frozenset("holy sacred good mount mt".split())  # first words of institutions named for a virtue
_PLACE_PREPOSITIONS = frozenset("to from at in into by".split())
_POSTCODE = re.compile(r"[ \t]+(\d{3,6}(?:[ \t]\d{2,3})?)(?![\w%])(?![.,/:-]\d)(?![ \t]*(?:mg|mcg|ml|units?)\b)", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_TO_LINE_END = re.compile(r"[^\n.;!?]{1,60}(?<![ \t,])")
_MEASURED = re.compile(r"\s*\.?\d+\.\d|\s*\.\d")
_HOSPITAL_ACRONYM = re.compile(r"[A-Z]{1,3}(?:H|MC|HC)|[a-z]{1,3}(?:h|mc)")


def _some_lower_case(text: str, at: int) -> bool:
    """Whether the line around ``at`` has a lower-case letter."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return any(c.islower() for c in text[start : end if end >= 0 else len(text)])


class ClinicalPlaces(NoteVocabulary):
    """LOCATION findings from move and residence cues, institution names and hospital acronyms."""

    name = "clinical-places"

    def find(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        yield from self._destinations(text, tokens)
        yield from self._facilities(text, tokens)
        yield from self._practices(text, tokens)
        yield from self._branches(text, tokens)
        yield from self._wards(text, tokens)
        yield from self._towns(text, tokens)
        yield from self._postcoded(text, tokens)
        yield from self._where(text, tokens)

    def _postcoded(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """A capitalised place that is no English word, with its postcode, after "in", "to", "from", "at" ("in
        Acquapendente 1021", "to København K 1421", "in ÖVERTURINGEN 840 24"); a year after it ("in Paris
        2019") or a dose ("in Zoloft 100 mg") is no postcode."""
        for i, t in enumerate(tokens):
            if not t.text[0].isupper() or t.lower in self.g.common or not _after_preposition(text, tokens, i):
                continue
            if not self._place_word(text, t):
                continue
            j = i + 1
            while (
                j < len(tokens) and j - i < 3 and tokens[j].text[0].isupper()
                and text[tokens[j - 1].end : tokens[j].start] == " "
            ):  # fmt: skip
                j += 1
            code = _POSTCODE.match(text, tokens[j - 1].end)
            if code is None or _YEAR.fullmatch(code.group(1)) or looks_like_medication(text, t.start, t.end):
                continue
            yield Finding("LOCATION", t.start, code.end(), 0.7, self.name, text[t.start : code.end()])

    def _where(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """The place on a "Where:" line of an invitation, up to the end of the line or sentence ("Where:
        Unionville (Orange) Country Club."), when it starts with a capitalised word that names a place."""
        for i in range(len(tokens) - 1):
            cue, t = tokens[i], tokens[i + 1]
            if cue.lower != "where" or not re.fullmatch(r":[ \t]*", text[cue.end : t.start]):
                continue
            if text[text.rfind("\n", 0, cue.start) + 1 : cue.start].strip() or not t.text[0].isupper():
                continue
            if not self._place_word(text, t):
                continue
            place = _TO_LINE_END.match(text, t.start)
            if place is not None:
                yield Finding("LOCATION", t.start, place.end(), 0.7, self.name, place.group())

    def _towns(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """A town from the city list after "from", "in", "at", "to" in any letter case ("DAUGHTER FROM ROME",
        "lives nearby in rockport"), unless it is also a word ("Mobile", "Reading") or note shorthand."""
        for i, t in enumerate(tokens):
            lw = t.lower
            if len(lw) < 4 or lw not in self.g.cities or lw in self.g.common or lw in _FUNCTION or lw in US_STATES:
                continue
            if lw in self.g.countries or lw in self.g.eponyms or lw in LANGUAGES or self._shorthand(text, t):
                continue  # "in DOUGLAS POUCH", "converse in English"
            if not _after_preposition(text, tokens, i):
                continue
            yield Finding("LOCATION", t.start, t.end, 0.65, self.name, t.text)

    def _wards(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """A ward named by a building and a floor after "to", "from", "per", "at", "on", "transfer" ("to
        quartermain 6", "per Quartermain 3 RN", "PLAN: QUARTERMAIN 2", "ON QUARTERMAIN 6"): a word that neither
        vocabulary nor a name list explains ("page 2", "Ward 3" are no ward names), then a one-digit floor that
        measures nothing ("lasix 40"). After "on" a medicine is told by its name and what follows it only."""
        for i in range(1, len(tokens)):
            t, cue = tokens[i], tokens[i - 1]
            if cue.lower not in _WARD_CUES or not re.fullmatch(r"[ \t]*:?[ \t]*", text[cue.end : t.start]):
                continue
            lw = t.lower
            after_on = cue.lower == "on"
            if len(lw) < 4 or "-" in lw or lw in _GENERIC or lw in self.g.first:  # a surname may name a building
                continue
            if not self._place_word(text, t, before=not after_on):
                continue
            if _WARD_NUMBER.match(text, t.end) and not (after_on and not text[t.end : t.end + 1].isspace()):
                yield Finding("LOCATION", t.start, t.end, 0.65, self.name, t.text)

    def _practices(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """A practice or centre named in title case before its kind: "Bayview Fertility Center", "Lakeview
        Endocrine Associates", "Maple Grove Women's Hospital", "Tri-County Wound & Hyperbaric Clinic". One word
        of the name at least must be a place, a name or no English word: "Customer Service Center" and "Call
        Center" name no place."""
        for i, t in enumerate(tokens):
            # in title case, or all in capitals on a line that is not ("Provider: NORTHSHORE DIAGNOSTIC
            # IMAGING"): in a note written in capitals case tells nothing ("CATH LAB", "TRACH CARE")
            shouted = t.text.isupper() and len(t.text) > 2
            if t.lower not in _PRACTICE_KINDS or not (t.cap or shouted) or i == 0:
                continue
            if shouted and not _some_lower_case(text, t.start):
                continue
            k = i
            while k > 0 and i - k < _PRACTICE_WORDS:
                prev, gap = tokens[k - 1], text[tokens[k - 1].end : tokens[k].start]
                if gap not in (" ", " & ", " and ", " of ", ". ") or (gap == ". " and prev.lower not in ("st", "mt")):
                    break
                if not (prev.text.isupper() if shouted else prev.cap):
                    break
                if prev.lower in _FUNCTION and prev.lower not in _PRACTICE_MODIFIERS:
                    break
                if prev.lower in DAYS_MONTHS:
                    break
                k -= 1
            words = [w.lower for w in tokens[k:i]]
            after = tokens[i + 1] if i + 1 < len(tokens) and text[t.end : tokens[i + 1].start] == " " else None
            if (after is not None and after.lower in _NOT_A_PRACTICE_NEXT) or (t.lower == "health" and len(words) < 2):
                continue
            pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
            if words and (all(w in _CHAINS for w in words) or all(w in _DEPARTMENT_WORDS for w in words)):
                continue  # "Walgreens Pharmacy": a chain, not one of its branches; "Interventional Radiology"
            named = any(self._proper(w) for w in words) or any(p in self.g.cities for p in pairs)
            if not named and t.lower in _SPECIALTIES and len(words) >= 2:
                named = any(w not in _DEPARTMENT_WORDS and w not in self.g.eponyms for w in words)
            if words and named:
                start, end = tokens[k].start, t.end
                yield Finding("LOCATION", start, end, 0.7, self.name, text[start:end])

    def _branches(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """The branch of a pharmacy chain, named by the place after the chain: "CVS Pflugerville", "Kroger
        Pharmacy Perrysburg", "Rite Aid Ohio City" (the chain itself is a brand and stays); or by its street:
        "the CVS on Reservoir Ave", "Tom Thumb Pharmacy – Coit Rd", "at the Elm St store"."""
        for m in _STREET_BRANCH.finditer(text):
            yield Finding("LOCATION", m.start("v"), m.end("v"), 0.65, self.name, m.group("v"))
        words = {t.lower for t in tokens}
        if not (words & _CHAINS or any(p.split()[0] in words for p in _CHAIN_PAIRS)):
            return
        for i, t in enumerate(tokens):
            pair = i + 1 < len(tokens) and f"{t.lower} {tokens[i + 1].lower}" in _CHAIN_PAIRS
            if not (t.cap or t.text.isupper()) or not (t.lower in _CHAINS or pair):
                continue
            j = i + 2 if pair else i + 1
            while j < len(tokens) and tokens[j].lower in ("pharmacy", "drug", "drugs", "apotek", "apotheke"):
                j += 1
            k = j
            while k < len(tokens) and k - j < 2 and text[tokens[k - 1].end : tokens[k].start] == " ":
                w = tokens[k]
                if not w.cap or w.text.isupper() or w.lower in _NOT_A_BRANCH or w.lower in _FUNCTION:
                    break
                if w.lower in DAYS_MONTHS or looks_like_medication(text, w.start, w.end, before=False):
                    break
                k += 1
            if k > j and not text[tokens[k - 1].end : tokens[k - 1].end + 1].isalnum():
                start, end = tokens[j].start, tokens[k - 1].end
                yield Finding("LOCATION", start, end, 0.65, self.name, text[start:end])
            elif (on := _ON_STREET.match(text, tokens[j - 1].end)) and on.group("v").lower() not in DAYS_MONTHS:
                yield Finding("LOCATION", on.start("v"), on.end("v"), 0.65, self.name, on.group("v"))

    def _proper(self, word: str) -> bool:
        """A word that names: a town the lists hold, "St", or a word no vocabulary holds (a surname that is
        also a word, "Call", "Garden", names no practice alone; "Pulm", "Interventional" are jargon)."""
        parts = [p for p in re.split(r"[-'’]", word) if len(p) > 1 and p != "s"]
        return (
            word in ("st", "saint", "mt")
            or word in _NAMING_INSTITUTION
            or any(
                p in self.g.cities or (p not in self.g.common and not clinical_term(p, p, named=False)) for p in parts
            )
        )

    def _facilities(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """Institutions by name, in any case: words before a facility word ("CALVERT HOSPITAL", "sacred heart
        hosp", "Harford Memorial"), "University of Maryland", "St Mary's", and hospital acronyms after a
        preposition ("to GH", "at GBMC": ending in H for hospital or MC for medical center)."""
        i = 0
        while i < len(tokens):
            t = tokens[i]
            lw = t.lower
            if lw in _FACILITY_HEAD and i > 0:
                k = i
                while k > 0 and i - k < 3 and text[tokens[k - 1].end : tokens[k].start] == " ":
                    prev = tokens[k - 1]
                    if prev.lower in _GENERIC or not (prev.lower in _INSTITUTION or self._place_word(text, prev)):
                        break
                    k -= 1
                named = tokens[k:i]
                if named:
                    start = named[0].start
                    j = i + 1
                    while (
                        j < len(tokens)
                        and tokens[j].lower in _FACILITY
                        and text[tokens[j - 1].end : tokens[j].start] == " "
                    ):
                        j += 1
                    yield Finding("LOCATION", start, tokens[j - 1].end, 0.7, self.name, text[start : tokens[j - 1].end])
                    i = j
                    continue
            if lw in ("st", "saint", "university", "univ", "u") and i + 1 < len(tokens):
                j = i + 1
                if tokens[j].lower == "of" and j + 1 < len(tokens):
                    j += 1
                place = tokens[j]
                gap = text[t.end : place.start]
                state = place.lower in US_STATES or place.lower in ("md", "mass")
                saint = lw in ("st", "saint") and place.lower in self.g.first and self._strong(place)
                numbered = bool(re.search(r"\d\s*$", text[max(0, t.start - 8) : t.start]))
                if "\n" not in gap and len(gap) <= 6 and not numbered and (state or saint):
                    j += 1
                    while (
                        j < len(tokens)
                        and tokens[j].lower in _FACILITY
                        and text[tokens[j - 1].end : tokens[j].start] == " "
                    ):
                        j += 1
                    end = tokens[j - 1].end
                    yield Finding("LOCATION", t.start, end, 0.7, self.name, text[t.start : end])
                    i = j
                    continue
            if (
                _after_preposition(text, tokens, i)
                and _HOSPITAL_ACRONYM.fullmatch(t.text)
                and lw not in CLINICAL_SHORTHAND
                and lw not in self.g.common
                and lw not in _FUNCTION
                and not _MEASURED.match(text, t.end)  # "PH 7.32" is a measurement, "GH 7/23" a date after
            ):
                yield Finding("LOCATION", t.start, t.end, 0.6, self.name, t.text)
            elif (
                lw in _NAMED_FOR
                and i + 1 < len(tokens)
                and _after_preposition(text, tokens, i)
                and text[t.end : tokens[i + 1].start] == " "
                and tokens[i + 1].lower in _INSTITUTION
            ):  # "went to HOLY CROSS", "at Sacred Heart", "from Good Samaritan"
                nxt = tokens[i + 1]
                yield Finding("LOCATION", t.start, nxt.end, 0.7, self.name, text[t.start : nxt.end])
                i += 2
                continue
            i += 1

    def _destinations(self, text: str, tokens: Sequence[_Token]) -> Iterator[Finding]:
        """A named place after a move or residence cue, in any case: an unknown or listed name, or words that
        end in a facility word ("sacred heart hosp", "BALTIMORE REHAB"), and a unit number after it."""
        for i in range(2, len(tokens)):
            cue = (tokens[i - 2].lower, tokens[i - 1].lower)
            if cue not in _MOVES or text[tokens[i - 1].end : tokens[i].start] != " " or tokens[i].lower in _GENERIC:
                continue  # "transfer to Quartermain", not "outside hospital" or "back to 21 lipps"
            j = i
            while j < len(tokens) and j - i < 4 and "\n" not in text[tokens[j - 1].end : tokens[j].start]:
                lw = tokens[j].lower
                if lw in _FACILITY:
                    j += 1
                    continue
                if j > i and lw in ("of", "st", "saint"):
                    j += 1
                    continue
                if lw in _FUNCTION or lw in _RELATIONS or (j == i and lw in ("st", "saint")):
                    if not (j == i and lw in ("st", "saint")):
                        break
                j += 1
            span = list(tokens[i:j])
            while span and span[-1].lower in ("of", "st", "saint"):
                span.pop()
            facility = [k for k, t in enumerate(span) if t.lower in _FACILITY]
            if facility and facility[0] > 0:
                span = span[: facility[-1] + 1]
            else:
                span = span[: next((k for k, t in enumerate(span) if not self._place_word(text, t)), len(span))]
            if not span or all(t.lower in _FACILITY for t in span):
                continue
            end = span[-1].end
            unit = re.match(r"[ \t]+\d{1,2}\b", text[end:])
            end += unit.end() if unit and not facility else 0
            yield Finding("LOCATION", span[0].start, end, 0.7, self.name, text[span[0].start : end])

    def _place_word(self, text: str, t: _Token, *, before: bool = True) -> bool:
        """A word that names a place by itself: in the city list, or in no word list at all."""
        lw = t.lower
        if len(lw) < 3 or lw in _FUNCTION or lw in DAYS_MONTHS or self._shorthand(text, t, before=before):
            return False
        if t.text.isupper() and len(t.text) <= 5 and lw not in self.g.cities:
            return False  # an acronym: "OSH", "NRB", "PCU"
        return lw in self.g.cities or lw not in self.g.common


def _after_preposition(text: str, tokens: Sequence[_Token], i: int) -> bool:
    """``tokens[i]`` follows "to", "from", "at", "in", "into" or "by", with "the" between or not."""
    k = i - 1
    if k >= 1 and tokens[k].lower == "the" and text[tokens[k].end : tokens[k + 1].start] == " ":
        k -= 1
    return k >= 0 and tokens[k].lower in _PLACE_PREPOSITIONS and text[tokens[k].end : tokens[k + 1].start] == " "

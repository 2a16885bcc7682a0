"""Is this capitalised word a medicine or a note heading rather than a name? Clinical notes capitalise drug
names ("Propofol", "Lasix", "Captopril") and section words ("Neuro"), which neither the word lists nor the
NER model know from names. Two kinds of evidence, both independent of any particular corpus:

- the word's ending is an international nonproprietary name stem (WHO INN: -pril, -olol, -azole, ...);
- the words next to it are about dosing ("Neo gtt", "on Levo", "Lasix held", "given 4mg Zofran").

Only weak single-word guesses are checked; a titled or cued name is never dropped.
"""

from __future__ import annotations

import re
from importlib import resources

_INN_STEM = re.compile(
    r"\w{3,}(?:pril|prilat|olol|alol|sartan|statin|cillin|mycin|micin|floxacin|cycline|azole|dipine|tidine|"
    r"prazole|oxetine|triptan|parin|xaban|gatran|semide|thiazide|azepam|zolam|barbital|caine|profen|fenac|coxib|"
    r"orphine|codone|fentanil|setron|pramine|triptyline|peridol|lukast|terol|tropium|ofol|curium|onium|nitrate|"
    r"phed|phrine|pressin|zosin|dronate|gliptin|glitazone|formin|gliflozin|mab|tinib|platin|rubicin|taxel)$",
    re.IGNORECASE,
)
# Words that surround a medicine in a note, before or after it.
_DOSING_AFTER = re.compile(
    r"\s*(?:gtt|drip|infusion|bolus|dose|doses|held|given|started|restarted|increased|decreased|titrated|weaned|"
    r"dc'?d|d/c'?d|off|iv|ivp|po|pr|sl|sq|sc|im|prn|q\s?\d|qd|bid|tid|qid|qhs|\d+(?:\.\d+)?\s?(?:mg|mcg|g|u|units|"
    r"ml|cc|meq|mmol)|mg|mcg|/\s*\w+)\b",
    re.IGNORECASE,
)
_DOSING_BEFORE = re.compile(
    r"(?:\b(?:on|receiving|prescribed|start(?:ed)?|restart(?:ed)?|increas(?:e|ed|ing)|"
    r"decreas(?:e|ed|ing)|titrat(?:e|ed|ing)|wean(?:ed|ing)?(?:\s+off)?|"
    r"medicated\s+with|\d+\s?(?:mg|mcg|g|u|units|ml|cc|meq|mmol))\s*)$",
    re.IGNORECASE,
)


def _brands() -> frozenset[str]:
    data = resources.files("phigate.deid") / "data" / "brands.txt"
    lines = (w.strip() for w in data.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in lines if w and not w.startswith("#"))


BRANDS = _brands()  # medicine, device and insurer brands: "the Mounjaro order", "a Cigna plan"


def looks_like_medication(text: str, start: int, end: int, *, before: bool = True) -> bool:
    """True when ``text[start:end]`` (one word) reads as a medicine or a heading in its context, or is a
    medicine's, device's or insurer's brand; ``before=False`` ignores the words before it ("on", "started"),
    which a ward or a person can follow too."""
    word = text[start:end].removesuffix("'s")
    if _INN_STEM.search(word) or word.lower() in BRANDS:
        return True
    if _DOSING_AFTER.match(text, end):
        return True
    return before and bool(_DOSING_BEFORE.search(text[max(0, start - 24) : start]))


# Standard clinical shorthand that the English and ICD-10 word lists miss: systems, labs, devices, routines.
CLINICAL_SHORTHAND = frozenset(
    "neuro abd pulm endo heme resp cardio gi gu id psych integ skin soc social dispo hct hgb plt wbc inr ptt "
    "lytes coags creat bun abg abgs trop sats spo fio tmax afeb afebrile bilat spont sxn suct suctioned trach "
    "cath dsg abx ppx meds prn npo sbp dbp hr rr bp map cvp tele afib aflutter ectopy ntg mso vanco levo dopa "
    "neo bicarb mag phos kcl tol conts cont pts pt occ freq bronch crit palp labile diuresis diuresed "
    "diuresing intubated extubated ambulated titrate titrated weaned sedated micu sicu ccu csru ed er icu "
    "pacu rehab hospice foley ngt ogt peg picc cvl iabp ett bipap cpap vent gtt mae perrla perrl nsr sr sb "
    "st vss ekg cxr ct mri pa ra la rll lll rul lul nc ns lr ivf tpn tf aline stepdown step-down tsicu vicu "
    "pcu osh ortho simv imv psv cmv nrb sao pao paco na ve po pac pacs pvc pvcs bil sys lue rue lle rle pacer "
    "quinton hickman bair ch usoh prev cvvh cvvhd mech nh wh fe ca cl crea fent amio dobut vaso norepi "
    "cipro zosyn ceftaz colace senna flagyl ampho versed dilaudid".split()
)
_TERM_ENDING = re.compile(
    r"(?:ated|ized|ically|ectomy|otomy|ostomy|itis|osis|emia|aemia|ology|ological|pathy|plasty|scopy|trophy|"
    r"plasia|algia|uria|inoma|cytoma|blastoma|sarcoma|lymphoma|adenoma|genic|logic|ologic|ectasis)$"
)
_MIXED_ACRONYM = re.compile(r"(?=[A-Za-z]*[a-z])(?=[a-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{2,5}|[A-Z]{2,}s")


def clinical_term(word: str, lower: str, named: bool) -> bool:
    """A capitalised word that is clinical vocabulary, not a name: standard shorthand ("Abd", "Sats"),
    acronyms in mixed case or plural ("FiO", "ABGs"), or, for words in no name list, a medical ending
    ("Intubated", "Prolactinoma", "Urologic")."""
    if lower in CLINICAL_SHORTHAND or _MIXED_ACRONYM.fullmatch(word.removesuffix("'s")):
        return True
    return not named and bool(_TERM_ENDING.search(lower))

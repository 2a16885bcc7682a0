"""Is this capitalised word a medicine or a note heading rather than a name? Clinical notes capitalise drug
names ("Propofol", "Lasix", "Captopril") and section words ("Neuro"), which neither the word lists nor the
NER model know from names. Two kinds of evidence, both independent of any particular corpus:

- the word's ending is an international nonproprietary name stem (WHO INN: -pril, -olol, -azole, ...);
- the words next to it are about dosing ("Neo gtt", "on Levo", "Lasix held", "given 4mg Zofran").

Only weak single-word guesses are checked; a titled or cued name is never dropped.
"""

from __future__ import annotations

import re

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
    r"(?:\b(?:on|receiving|start(?:ed)?|restart(?:ed)?|increas(?:e|ed|ing)|"
    r"decreas(?:e|ed|ing)|titrat(?:e|ed|ing)|wean(?:ed|ing)?(?:\s+off)?|"
    r"medicated\s+with|\d+\s?(?:mg|mcg|g|u|units|ml|cc|meq|mmol))\s*)$",
    re.IGNORECASE,
)


def looks_like_medication(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (one word) reads as a medicine or a heading in its context."""
    word = text[start:end].removesuffix("'s")
    if _INN_STEM.search(word):
        return True
    if _DOSING_AFTER.match(text, end):
        return True
    return bool(_DOSING_BEFORE.search(text[max(0, start - 24) : start]))

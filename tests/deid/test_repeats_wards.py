"""A name or place found once is found again wherever the text repeats it, and names listed with it ("sarah
and margie"); a ward named by a building and a floor after "to", "from", "per", "at"; identifiers listed
after a found one; the parts of a surname with particles. Table-driven: what must be found, and look-alikes
left alone."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier
from phigate.deid.repeats import find_repeats
from phigate.taxonomy import Finding

# (text, the value that must be found, its type, its start offset)
FOUND: list[tuple[str, str, str, int]] = [
    ("Mr. Nicholson was admitted. spoke with nicholson about it", "nicholson", "PERSON", 39),
    ("transferred to Quartermain 3 today. Arrest on QUARTERMAIN 6.", "QUARTERMAIN", "LOCATION", 46),
    ("lives in Pikesville. Son drove from pikesville", "pikesville", "LOCATION", 36),
    ("Cardiac arrest called to quartermain 6 at 0455.", "quartermain", "LOCATION", 25),
    ("Per Quartermain 3 RN, UO only 20cc", "Quartermain", "LOCATION", 4),
    ("PLAN: QUARTERMAIN 2 WHEN BED AVAIL.", "QUARTERMAIN", "LOCATION", 6),
    ("FOUND UNRESPONSIVE AND ASYSTOLIC ON QUARTERMAIN 6. DIFFICULT", "QUARTERMAIN", "LOCATION", 36),
    ("ENC PO INTAKE. TRANSFER QUARTERMAIN 2.", "QUARTERMAIN", "LOCATION", 24),
    ("PLAN: TO QUARTERMAN 2 WHEN BED AVAIL.", "QUARTERMAN", "LOCATION", 9),  # a building named like a surname
    # hospitals after a preposition: an acronym before a date, "the" between, a name for a virtue
    ("TRANS TO GH 7/23 .DOPAMINE WEANED", "GH", "LOCATION", 9),
    ("PT RECENTLY ADM TO THE GH FOR ULCERS", "GH", "LOCATION", 23),
    ("WENT TO HOLY CROSS WITH FEVER", "HOLY CROSS", "LOCATION", 8),
    # a listed town after a preposition, in any case
    ("ADDENDUM- DAUGHER FROM ROME JUST CALLED", "ROME", "LOCATION", 23),
    ("he lives nearby in rockport and will be in later", "rockport", "LOCATION", 19),
    # names listed with a found name
    ("daughters sarah and margie in to visit", "margie", "PERSON", 20),
    ("Sons Smokey, Morris and Roger in to visit", "Smokey", "PERSON", 5),
    ("Sons Smokey, Morris and Roger in to visit", "Roger", "PERSON", 24),
    # a name found in a list vouches for its later mentions
    ("daughters sarah and margie visited. margie from town", "margie", "PERSON", 36),
    # identifiers listed after a found one, with its shape
    ("- autorefill OFF: Rx 3310087, 3310088, 3310112", "3310112", "OTHER_ID", 39),
    ("intakes voided, orders 100299481 and 100299530 cancelled", "100299530", "OTHER_ID", 37),
    ('"rx_numbers": ["6120447", "6120448"]', "6120448", "OTHER_ID", 27),
    # a surname's particles join its parts into one name
    ("Paciente: Lucía Fernández de la Torre\nDNI: 48215937W", "Lucía Fernández de la Torre", "PERSON", 10),
    ("Pa: Gerhardus Petrus Janse van Rensburg\nID-nommer", "Petrus Janse van Rensburg", "PERSON", 14),
]

# (text, a word that no finding may cover)
LEFT_ALONE: list[tuple[str, str]] = [
    ("Seen at Holy Cross hospital. cross-cover by resident", "cross-cover"),
    ("Dr. Foley saw the pt today. Foley draining clear urine.", "Foley draining"),
    ("please refer to page 2 for the rest", "page"),
    ("report given to susan 2 times today", "susan"),  # a first name is a person, never a ward
    ("if stable, transfer back to ward 3.", "ward"),
    ("Kessler started on Levo. levo 4 now", "levo 4"),
    ("excellent response to lasix 20 iv as ordered", "lasix"),
    ("pt to commode 2 times overnight", "commode"),
    ("pt on Nipride 2 mcg/kg/min overnight", "Nipride"),
    ("remains on levo 4 now", "levo"),
    ("ID: afebrile. started on Kefzol 1gm q8h.", "Kefzol"),
    ("Remains on combiventQ4 and Serevent BID.", "combiventQ4"),
    ("went to Rome 2 weeks ago", "weeks"),
    ("abg: ph to 7.32 now", "ph"),
    ("understands and can converse in ENGLISH", "ENGLISH"),
    ("moved to bay 4 overnight", "bay"),
    ("given tylenol to good effect", "good effect"),
    ("DAN A. FORMAN-LYONS, RRT", "RRT"),  # a credential after a signature
    ("Hi Freddy, I'm contacting you about a problem", "I'm"),
    ("Dr. Smith and Cardiology saw pt", "Cardiology"),
    ("Mr. Jones and wife visited", "wife"),
    ("Dr. Lee, Neuro aware", "Neuro"),
    ("daughter sarah and levophed gtt restarted", "levophed"),
    ("Rx 3310087, 2 refills left", "2 refills"),  # no identifier's shape
    ("Rx 3310087 and 4410 mg", "4410"),
    ("el Dr. Ruiz Calvo del Hospital Santa Brígida de Zaragoza", "del"),  # where the doctor works
]


@pytest.mark.parametrize(("text", "value", "kind", "start"), FOUND)
def test_finds(engine: Deidentifier, text: str, value: str, kind: str, start: int) -> None:
    findings = engine.analyze(text)
    assert any((f.text, f.type, f.start) == (value, kind, start) for f in findings), [
        (f.type, f.text, f.start) for f in findings
    ]


@pytest.mark.parametrize(("text", "word"), LEFT_ALONE)
def test_leaves_alone(engine: Deidentifier, text: str, word: str) -> None:
    at = text.index(word)
    hits = [f for f in engine.analyze(text) if f.start < at + len(word) and at < f.end]
    assert hits == [], [(f.type, f.text) for f in hits]


def test_only_confident_findings_vouch_for_repeats() -> None:
    text = "Kessler called. Kessler again."
    weak = Finding("PERSON", 0, 7, 0.5, "spacy-ner", "Kessler")
    sure = Finding("PERSON", 0, 7, 0.9, "clinical-names", "Kessler")
    assert find_repeats(text, [weak], lambda w: False) == []
    assert [(f.start, f.text) for f in find_repeats(text, [sure], lambda w: False)] == [(16, "Kessler")]
    assert find_repeats(text, [sure], lambda w: True) == []  # a word vocabulary explains is not carried over


@pytest.mark.parametrize(
    ("text", "repeat"),
    [
        ("Kessler called. KESSLER again.", "KESSLER"),
        ("Kessler called. nobody else.", None),  # a word that occurs once has no repeat
    ],
)
def test_repeats_are_found_in_any_case_and_only_when_the_word_recurs(text: str, repeat: str | None) -> None:
    sure = Finding("PERSON", 0, 7, 0.9, "clinical-names", "Kessler")
    found = [f.text for f in find_repeats(text, [sure], lambda w: False)]
    assert found == ([repeat] if repeat else [])

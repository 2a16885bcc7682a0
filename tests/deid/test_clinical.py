"""Names in clinical notes, in any letter case: titles, signatures, relatives. Table-driven."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier

FINDS = [
    ("PER DR HUGHES NOTIFIED OF HTN", "HUGHES"),
    ("bp elevations were reported to dr yi. bp rises", "yi"),
    ("pmicu note \nmr nicholson had a quiet night", "nicholson"),
    ("neuro: mrs. powers arrived from cath lab", "powers"),
    ("LR CONTINUES PER DR B. GILL", "B. GILL"),
    ("DRS JOSEPH AND ROBBINSON AWARE", "ROBBINSON"),
    ("DRS JOSEPH AND ROBBINSON AWARE", "JOSEPH"),
    ("all is well.\n ROBERT V. DEGIORGIO, RRT\n", "ROBERT V. DEGIORGIO"),
    ("nursing home.\n\nirene snell, rn\n", "irene snell"),
    ("team notified.\n  barbara j. parrilli bsn/rn\n", "barbara j. parrilli"),
    ("social: son bill called for update", "bill"),
    ("DR BOYLE SPOKE TO DAUGHTER PHILOMENA FOR CONSENT", "PHILOMENA"),
    ("case manager spoke with suzette today", "suzette"),
    ("CXR DONE. AS PER B. KARGAS, PT SOMEWHAT WET", "B. KARGAS"),  # an initial and a surname
    ("nsg (d. renna and j. o'brien) verified amt of cash", "j. o'brien"),
    ("SON TO SPEAK WITH KATIE MAHONEY IN AM", "KATIE MAHONEY"),  # a first name and a surname, one case
    ("will consult with irene hoeller re skin care", "irene hoeller"),
    ("FEBRILE NP JEN AWARE", "JEN"),  # a role before a name
    ("PT WAS ON PO AMIODARONE PREOP-?REASSON-DR. WILLIAMS SPOKE WITH FAMILY", "WILLIAMS"),  # a title joined on
    ("SOCIAL:DAUGHTER-KRISSY---301 944-5032", "KRISSY"),  # a relation joined to the name
    ("COPING-SISTER ,JANET HAS PHONED TODAY", "JANET"),
    ("pt was visited by significant other charlie,updated on her condition", "charlie"),
    ("Hank Przybylo (son) cell# 450-928-6612", "Hank Przybylo"),  # the relation in parentheses after
    ("DICK CUCCHIARA (RESIDENT) WORKING ON THIS", "DICK CUCCHIARA"),
    ("will consult with patty hoeller re skin care", "patty hoeller"),  # a first name that is also a word
    ("BP very low. Dr Ferdinand Halfpenny And Dr. Sarah O'Driscoll spoke with family", "Ferdinand Halfpenny"),
    ("KEEP ROMERO FAMILY AWARE OF PLAN OF CARE.", "ROMERO"),  # a surname before "family"
    ("SPOKE WITH HO SCHWARZ REGARDING PT'S STATUS", "SCHWARZ"),  # house officer
    ("running temps throughout night md wyman aware tx with tylenol", "wyman"),
    ("now RLL. Stord-Painter MD plans to attempt talc to CT", "Stord-Painter"),  # a credential mid-sentence
    ("OK TO USE AS CENTRAL LINE PER WARREN KAVALIUNAS NP PATENT", "WARREN KAVALIUNAS"),
]
ACCENTED = [
    ("Follow up with Sigrid Nyström next week.", "Sigrid Nyström"),
    ("My name is Zoë Dvořák.", "Zoë Dvořák"),
]
LEAVES = [
    "DR AWARE AND IN TO SEE PT",
    "md notified, dr in to evaluate",
    "10mg ms given for back pain",
    "A/P: MS STILL SEEMS FAR FROM BASELINE",
    "advance tf as tol\n percocet prn\n",
    "IDDM \n GERD \n CVA",
    "tachypneic up to 40 breaths per min with anxiety",
    "FAMILY: DAUGHTER, SISTER AND HUSBAND IN TO VISIT",
    "george called early this am",
    "son will call back tomorrow",
    "spoke with team about plan, RN NOTIFIED",
    "SATS UPPER 90'S. BP STABLE",  # an "initial" glued to a number
    "CV: SBP 68-110. NEO GTT TITRATED",  # a medicine and a drip
    "MOVES ALL EXTREMITIES. MAE SPONT",
    "#16 FR FOLEY PLACED",
    "NP AWARE OF PLAN",
    "decision maker (son) called and notified",
    "FAMILY: DAUGHTER-IN-LAW AT BEDSIDE",
    "BP (MEAN) STABLE, HR (SINUS) 80S",
    "EPI WIRES DISCONTINUED BY MD PO LOPRESSOR STARTED",
    "ICU MD aware of plan",
    "team MD spoke with family",
    "FAMILY AWARE OF PLAN, the whole family is here",
]


@pytest.mark.parametrize(("text", "value"), FINDS)
def test_finds_names_in_any_case(engine: Deidentifier, text: str, value: str) -> None:
    found = [(f.type, f.text) for f in engine.analyze(text)]
    assert ("PERSON", value) in found, found


@pytest.mark.parametrize("text", LEAVES)
def test_leaves_clinical_shorthand_alone(engine: Deidentifier, text: str) -> None:
    found = [(f.type, f.text) for f in engine.analyze(text) if f.recognizer == "clinical-names"]
    assert found == []


@pytest.mark.parametrize(("text", "value"), ACCENTED)
def test_names_with_letters_beyond_ascii_are_whole(engine: Deidentifier, text: str, value: str) -> None:
    assert ("PERSON", value) in [(f.type, f.text) for f in engine.analyze(text)]


PLACES = [
    ("I'm in Sutri for a business trip", "Sutri"),
    ("a man who grew up in ΑΛΑΣΣΑ.", "ΑΛΑΣΣΑ"),
    ("we returned to LYCKSELE by helicopter", "LYCKSELE"),
    ("Where: Kuncsorba", "Kuncsorba"),
    ("while studying journalism at the University of KVALØYSLETTA.", "KVALØYSLETTA"),
    ("We moved here from Tjæreborg", "Tjæreborg"),
]
NOT_PLACES = [
    "I'm in pain",
    "I am in the hospital",
    "I'm in ICU",
    "She is from Estonia",
    "I'm in Jane's room",
]


@pytest.mark.parametrize(("text", "value"), PLACES)
def test_places_after_a_residence_cue(engine: Deidentifier, text: str, value: str) -> None:
    assert ("LOCATION", value) in [(f.type, f.text) for f in engine.analyze(text)]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_no_place_after_a_cue_without_one(engine: Deidentifier, text: str) -> None:
    assert [f.text for f in engine.analyze(text) if f.type == "LOCATION"] == []


DESTINATIONS = [
    ("PLAN: TRANSFER TO QUARTERMAIN 2 IN AM.", "QUARTERMAIN 2"),
    ("TAKEN TO UNION HOSPITAL WHERE EKG", "UNION HOSPITAL"),
    ("lives in catonsville, husband", "catonsville"),
    ("P: TRANSFER TO BALTIMORE REHAB", "BALTIMORE REHAB"),
    ("transferred from sacred heart hosp this afternoon", "sacred heart hosp"),
    ("CONTINUED HYPOTENSION AT CALVERT HOSPITAL REQUIRING", "CALVERT HOSPITAL"),  # a name before a facility
    ("transferred here from University of MD Medical Center", "University of MD Medical Center"),
    ("wishes to return to St Mary's after weaning", "St Mary's"),
    ("retired from GH. Is married", "GH"),  # a hospital acronym after a preposition
]
NOT_DESTINATIONS = [
    "transfer to floor today",
    "TRANSFER TO CCU",
    "admitted to MICU from ED",
    "transfer to rehab tomorrow",
    "sent to cath lab",
    "Pt transferred from OSH intubated",
    "Pt went to outside hospital with CP",
    "CHANGED BACK TO IMV",
    "transfer to stepdown today",
    "went to the hospital",
    "cardiac rehab today",
    "ABG in PH 7.32 range",  # a measurement, not a hospital
    "HR 80-100 NSR/ST, short burst of SVT",  # sinus tachycardia, not a saint
    "oob to ch for most of day",
    "lives at 12 St Mary St",
]


@pytest.mark.parametrize(("text", "value"), DESTINATIONS)
def test_places_a_patient_moves_between(engine: Deidentifier, text: str, value: str) -> None:
    assert ("LOCATION", value) in [(f.type, f.text) for f in engine.analyze(text)]


@pytest.mark.parametrize("text", NOT_DESTINATIONS)
def test_units_and_generic_places_are_no_location(engine: Deidentifier, text: str) -> None:
    assert [f.text for f in engine.analyze(text) if f.type == "LOCATION"] == []

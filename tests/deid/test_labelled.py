"""Numbers a form labels in a language or with a label no word list holds, digits of other scripts, and
digits OCR read as letters. The value must fill its field and be shaped like an identifier; readings, doses
and counts stay."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier

FOUND = [
    # a label of any language, a colon of any script, the value to the field's end
    ("Nº processo: QXR-7730125\nMorada: ...", "QXR-7730125", "MRN"),
    ("Nama: Budi   No. RM: RSJ-11-208834   Umur: 54", "RSJ-11-208834", "MRN"),
    ("Kartotéka: 7731/2025\n", "7731/2025", "OTHER_ID"),
    ("የሕክምና ካርድ ቁጥር፡ AB-3301927\n", "AB-3301927", "OTHER_ID"),
    ("Versicherungskarte: 4417 2290 318\n", "4417 2290 318", "HEALTH_PLAN_ID"),
    ("Rekisteri: X55120873, seuraava käynti", "X55120873", "OTHER_ID"),
    # a "number" sign or abbreviation after the label, with or without a colon
    ("Médico: Dr. Vasco Lima, cédula n.º 62207\n", "62207", "LICENSE_NUMBER"),
    ("Pracownik socjalny, nr ZUS 77120934", "77120934", "OTHER_ID"),
    ("Staff #: K-30218 (night shift)", "K-30218", "OTHER_ID"),
    ("Карта № 31877/24\n", "31877/24", "MRN"),
    ("담당: 박서준 (간호사면허 제30172호)", "30172", "LICENSE_NUMBER"),
    ("Registo n. 2025/118830\n", "2025/118830", "OTHER_ID"),
    ("Dr. Ana Ruiz, n.º colegiado 28/12044\n", "28/12044", "LICENSE_NUMBER"),
    ("sicil no 771204\n", "771204", "OTHER_ID"),
    # an issuer's letters before the digits; dotted national groups; a label after an ideographic space
    ("Carnet: BSCN 7731 2290 11\n", "BSCN 7731 2290 11", "OTHER_ID"),
    ("Cédula: 4.112.908-3   Socio", "4.112.908-3", "OTHER_ID"),
    ("姓名：李华\u3000病案编号：MR20250331\n", "MR20250331", "MRN"),
    ("姓名：李华\u3000病案编号：MR20250331\n", "李华", "PERSON"),  # the name ends at the ideographic space
    # digits of other scripts are digits: the finding holds them as written
    ("رقم الملف: ٤٤٢٠٨١٩", "٤٤٢٠٨١٩", "MRN"),
    ("جنم তারিখ: ১২/১০/১৯৭৮", "১২/১০/১৯৭৮", "DATE"),
    ("تلفن: ۰۹۱۵ ۷۷۷ ۲۳۱۸", "۰۹۱۵ ۷۷۷ ۲۳۱۸", "PHONE"),
    # a scanned card or label: O for 0, l and I for 1, in a run of digits; the finding keeps the letters
    ("EFF DATE O2/l7/2O25\n", "O2/l7/2O25", "DATE"),
    ("Member Services 1-8OO-555-0l99", "1-8OO-555-0l99", "PHONE"),
    ("PORTLAND OR 972O9\n", "972O9", "ZIP"),
]

LEFT_ALONE = [
    "BP: 138/84\nHR: 72",
    "Vitals: 63-70/27-30\n",
    "ABG: 7.37/53/89/31/2\n",
    "Steps: 12000\n",
    "Dose: 1000 mg daily",
    "Total: 1,250.00\n",
    "Lot: 4821730\n",
    "Room No. 41182\n",
    "Error code: 50213\n",
    "Platelets 250 x10^9/L, see note #: 3",
    "السكر: ١١٠ ملغ",
    "BP 128/82\nHR 110-145/ST",  # a reading after its name, even with letters after it
    "I have no 12345 here",
    "O2 sat 95% on 2l NC",  # oxygen and litres: one digit each, no run of digits to mend
    "Illinois Lottery, lol 2024",
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND)
def test_finds_a_labelled_number(engine: Deidentifier, text: str, value: str, kind: str) -> None:
    findings = engine.analyze(text)
    assert any(f.text == value and f.type == kind for f in findings), [(f.type, f.text) for f in findings]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_leaves_readings_and_product_numbers(engine: Deidentifier, text: str) -> None:
    assert [(f.type, f.text) for f in engine.analyze(text)] == []

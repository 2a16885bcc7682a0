"""Identifiers as customers abroad write them: national and health numbers named in their own language,
phones in national format, ages and dates in other languages. Each case has a look-alike that must stay."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier

FOUND = [
    # national and health numbers after the word that names them, whatever their check digits
    ("numer PESEL 44051401358", "44051401358", "OTHER_ID"),
    ("AHV-Nr. 756.9217.0769.85", "756.9217.0769.85", "HEALTH_PLAN_ID"),
    ("numéro de sécurité sociale 1 84 02 75 123 456 74", "1 84 02 75 123 456 74", "HEALTH_PLAN_ID"),
    ("número de utente 123 456 789", "123 456 789", "HEALTH_PLAN_ID"),
    ("NHS number 943 476 5919", "943 476 5919", "HEALTH_PLAN_ID"),  # not a phone, though it has the groups
    ("NI number QQ 12 34 56 C", "QQ 12 34 56 C", "OTHER_ID"),
    ("SIN: 046 454 286", "046 454 286", "OTHER_ID"),
    ("the CHI number is 1204567893", "1204567893", "HEALTH_PLAN_ID"),
    ("personnummer 19811218-9876", "19811218-9876", "OTHER_ID"),
    ("Führerschein-Nr. B072RRE2I55", "B072RRE2I55", "LICENSE_NUMBER"),
    ("GMC number 7012345", "7012345", "LICENSE_NUMBER"),
    ("nº de colegiado 282812345", "282812345", "LICENSE_NUMBER"),
    # phones written the national way, no "+" and country code
    ("ruf mich an: 0151 23456789", "0151 23456789", "PHONE"),
    ("call me on 07700 900123 after 5", "07700 900123", "PHONE"),
    ("my number is 0044 20 7946 0958", "0044 20 7946 0958", "PHONE"),
    # ages over 89
    ("93F with CHF, here for refill", "93", "AGE"),
    ("93 M with hx of afib", "93", "AGE"),
    ("my mum is 94 and frail", "94", "AGE"),
    ("tiene 93 años", "93", "AGE"),
    ("Sie ist 95 Jahre alt", "95", "AGE"),
    ("93歳の母です", "93", "AGE"),
    ("celebrating her 93rd birthday", "93", "AGE"),
    ("pt is 93 y.o.", "93", "AGE"),
    # dates with the month in another language
    ("geboren am 4. März 1961", "4. März 1961", "DATE"),
    ("nació el 3 de mayo de 1958", "3 de mayo de 1958", "DATE"),
    ("née le 12 juin 1947", "12 juin 1947", "DATE"),
    ("1961年3月4日生まれ", "1961年3月4日", "DATE"),
    ("ganwyd 9 Mawrth 1931", "9 Mawrth 1931", "DATE"),
    ("dzimis 1929. gada 3. martā", "1929. gada 3. martā", "DATE"),
    ("जन्म 7 मार्च 1930", "7 मार्च 1930", "DATE"),
    ("เกิด 12 มกราคม พ.ศ. 2470", "12 มกราคม พ.ศ. 2470", "DATE"),
    ("出生民國20年3月2日", "民國20年3月2日", "DATE"),
    # ages over 89 in more languages, the word for "age" before or the word for "years" after
    ("nenek saya umur 91 tahun", "91", "AGE"),
    ("جدي عمره 94 سنة", "94", "AGE"),
    ("दादी की उम्र 92 वर्ष है", "92", "AGE"),
    ("ยาย อายุ 93 ปี", "93", "AGE"),
    ("奶奶今年95岁", "95", "AGE"),
    ("ema on 91-aastane", "91", "AGE"),
    ("hann er 97 ára", "97", "AGE"),
    ("senelis, 94 metai", "94", "AGE"),
    # order, accession and specimen numbers named in other languages, and scripts with no word boundaries
    ("objednávka č. KV-20931 dorazila", "KV-20931", "OTHER_ID"),
    ("Заказ № RU-558120 отправлен", "RU-558120", "OTHER_ID"),
    ("Tilaus 5512093 saapui", "5512093", "OTHER_ID"),
    ("Commande n° FR-2207-19 livrée", "FR-2207-19", "OTHER_ID"),
    ("Accession: CT-25-0091122", "CT-25-0091122", "OTHER_ID"),
    ("Specimen label: HX-330192-4", "HX-330192-4", "OTHER_ID"),
    ("Study #: EEG-25-0417", "EEG-25-0417", "OTHER_ID"),
    ("订单号20251208117已发货", "20251208117", "OTHER_ID"),
    # national and health numbers named in Balkan, Baltic, Greek, Arabic, South Asian and East Asian words
    ("ЈМБГ 0101931710012", "0101931710012", "OTHER_ID"),
    ("ЕГН 2903154470", "2903154470", "OTHER_ID"),
    ("personas kods 030329-11872", "030329-11872", "OTHER_ID"),
    ("ΑΦΜ 112233445", "112233445", "OTHER_ID"),
    ("الرقم القومي 29001011234567", "29001011234567", "OTHER_ID"),
    ("CIN QB918273 au guichet", "QB918273", "OTHER_ID"),
    ("身分證字號A123456789", "A123456789", "OTHER_ID"),
    ("เลขประจำตัวประชาชน 1-1020-00012-34-5", "1-1020-00012-34-5", "OTHER_ID"),
    ("polisnummer 552019384", "552019384", "HEALTH_PLAN_ID"),
    ("MBO 110220330", "110220330", "HEALTH_PLAN_ID"),
    ("健保卡號0000 1122 3344", "0000 1122 3344", "HEALTH_PLAN_ID"),
    ("病人編號 QM22019384", "QM22019384", "MRN"),
    ("رقم الملف HQ-2020-11839", "HQ-2020-11839", "MRN"),
    ("血糖機序號KT9Q-220193", "KT9Q-220193", "DEVICE_ID"),
    ("Serial (right): 7711AB2020", "7711AB2020", "DEVICE_ID"),
    ("transmitter ID 3MR7QA", "3MR7QA", "DEVICE_ID"),
    ("Kundennummer 55120934", "55120934", "ACCOUNT_NUMBER"),
    ("kenteken ZX-902-B bij de apotheek", "ZX-902-B", "VEHICLE_ID"),
    ("saya datang naik kereta BKT 9021 esok", "BKT 9021", "VEHICLE_ID"),  # all of it, letters too
    ("car towed (plate QRT 5521) at 0300", "QRT 5521", "VEHICLE_ID"),
    ("the licence on file is K512-3309-8841-07", "K512-3309-8841-07", "LICENSE_NUMBER"),
    ("mi número de afiliado de OSDE es 22 118093 4 02", "22 118093 4 02", "HEALTH_PLAN_ID"),
    ("envío a Balvanera, C1043AAZ CABA", "C1043AAZ", "ZIP"),
    ("Col. Roma Norte, C.P. 06700, CDMX", "06700", "ZIP"),
    # streets with the street word after the name, after a word for "deliver to", and number-first prefixes
    # (the town after a comma joins the address)
    ("Dostava: Celovška cesta 112, Ljubljana", "Celovška cesta 112, Ljubljana", "STREET_ADDRESS"),
    ("siųskite: Gedimino pr. 9", "Gedimino pr. 9", "STREET_ADDRESS"),
    ("Διεύθυνση αποστολής: Ερμού 12, Αθήνα", "Ερμού 12, Αθήνα", "STREET_ADDRESS"),
    ("lives at 88 Calle Ocho, Miami", "88 Calle Ocho, Miami", "STREET_ADDRESS"),
    ("yn byw yn 7 Heol y Parc, Caerdydd", "7 Heol y Parc, Caerdydd", "STREET_ADDRESS"),
    ("Terima kasih. HP 012-330 1192", "012-330 1192", "PHONE"),
    ("new sign-in (user: mkowal.77) from a new device", "mkowal.77", "OTHER_ID"),
    ("Optometrist License OPT.0091127", "OPT.0091127", "LICENSE_NUMBER"),
    ("(PMDC reg. 71120-P)", "71120-P", "LICENSE_NUMBER"),
    ("the SSN, it's 987 65 4329, for the form", "987 65 4329", "SSN"),
    # dates as other calendars, scripts and orders write them
    ("treated 03/02/2025-03/09/2025 inclusive", "03/09/2025", "DATE"),  # a range: both ends
    ("treated 03/02/2025-03/09/2025 inclusive", "03/02/2025", "DATE"),
    ("방문일: 2025. 7. 9. 오후", "2025. 7. 9.", "DATE"),
    ("Érkezés: 2025.07.09.   Távozás", "2025.07.09.", "DATE"),
    ("kontrola dne 9. 7. 2025 ráno", "9. 7. 2025", "DATE"),
    ("手术：2017年3月，恢复良好", "2017年3月", "DATE"),
    ("次回 4月22日 午後", "4月22日", "DATE"),
    ("cita el 14/09, confirmada", "14/09", "DATE"),
    ("Koloskopie Oktober 2023 ohne Befund", "Oktober 2023", "DATE"),
    ("поступила 5 марта 2025 г. в", "5 марта 2025 г.", "DATE"),
    ("alirudi 7 Machi kliniki", "7 Machi", "DATE"),
    ("ვიზიტი: 9 მარტი, 2025", "9 მარტი, 2025", "DATE"),
    ("2025 жылғы 11 наурыз", "2025 жылғы 11 наурыз", "DATE"),
    ("مراجعه ۱۷ مهر ۱۴۰۳ بود", "۱۷ مهر ۱۴۰۳", "DATE"),
    ("الميلاد ٠٢/١١/١٣٧٩ هـ", "٠٢/١١/١٣٧٩ هـ", "DATE"),
    ("ቀጠሮ፡ መጋቢት 3 ቀን 2017 ዓ.ም", "መጋቢት 3 ቀን 2017 ዓ.ም", "DATE"),
    ("li fèt 7 janvye 1949 nan", "7 janvye 1949", "DATE"),  # Haitian Creole
    ("rugadh é 3 Bealtaine 1940", "3 Bealtaine 1940", "DATE"),  # Irish
    ("ملاقات 14 جنوری کو", "14 جنوری", "DATE"),  # Urdu
    ("بتاريخ ٣ رمضان ١٤٤٧", "٣ رمضان ١٤٤٧", "DATE"),  # a Hijri month
    ("นัด 3 ก.พ. 2570 เวลา", "3 ก.พ. 2570", "DATE"),  # Thai abbreviated month, Buddhist-era year
    ("ziua 2 лютого 2025 р. була", "2 лютого 2025 р.", "DATE"),
    ("kontrol pada 4hb Mac 2026", "4hb Mac 2026", "DATE"),  # Malay "haribulan"
    ("temujanji di Pusat Perubatan Bukit Indah esok", "Pusat Perubatan Bukit Indah", "LOCATION"),  # kind first
    ("from Base Hospital Kegalle last week", "Base Hospital Kegalle", "LOCATION"),
    ("Cabinet médical des Acacias, Lausanne", "Cabinet médical des Acacias", "LOCATION"),
    ("fastlege ved Grünerløkka legesenter i Oslo", "Grünerløkka legesenter", "LOCATION"),  # kind after, lower case
    ("asiakas Kaukajärven terveysasema kautta", "Kaukajärven terveysasema", "LOCATION"),
    ("Termin 1er avril 2026 confirmé", "1er avril 2026", "DATE"),
    ("आउँदो २०८२ फागुन ३ गते", "२०८२ फागुन ३", "DATE"),  # Nepali, year first
    ("ביקור ב-י״ד באדר תשפ״ו בבוקר", "י״ד באדר תשפ״ו", "DATE"),  # Hebrew calendar
    ("調劑日 114/03/05 起", "114/03/05", "DATE"),  # Taiwan's ROC year
    ("நவம்பர் 21 அன்று வரவும்", "நவம்பர் 21", "DATE"),  # Tamil, month first
    ("Kontrolle am 4.03. vormittags", "4.03", "DATE"),  # no year, the last dot outside
    ("Levering fredag 12.1. om", "12.1", "DATE"),
    ("could you call thursday the 4th", "4th", "DATE"),
    ("it arrives tuesday the twenty-second", "twenty-second", "DATE"),
    ("llego el viernes 19 temprano", "19", "DATE"),
    ("nos vemos el 3/4 en la tarde", "3/4", "DATE"),  # a fraction's shape, after "el" and not "de la dosis"
    ("hoste siden 14/10, ingen", "14/10", "DATE"),
    ("IMG_20250314_1022_knee.jpg", "20250314", "DATE"),  # a date run together in a file name
    ("enrolled 3/2024-9/2025 then", "9/2025", "DATE"),  # month-year range: both ends
    # postcodes with their country's letters
    ("Route d'Arlon 5, L-8009 Strassen", "L-8009", "ZIP"),
    ("siųskite į Vilnius, LT-01103.", "LT-01103", "ZIP"),
    ("12 Dalkeith Crescent, Edinburgh EH16 5BS", "EH16 5BS", "ZIP"),  # the town in the address, not "EH"
]

LEFT_ALONE = [
    ("lot 0151 23456789 recalled", "PHONE"),
    ("batch 07700 900123", "PHONE"),
    ("model 0151 23456789", "PHONE"),
    ("run 10000 steps daily", "OTHER_ID"),
    ("sin 500 mg twice", "OTHER_ID"),
    ("fin 2024 report", "OTHER_ID"),
    ("nie mam 3 tabletek", "OTHER_ID"),
    ("tai chi 2024 class", "HEALTH_PLAN_ID"),
    ("glucose is 93 mg/dL", "AGE"),
    ("room 93 M ward", "AGE"),
    ("weighs 93 kg", "AGE"),
    ("HR 104 at rest", "AGE"),
    ("umur 95 hari", "AGE"),  # days, not years
    ("sensor 10-day wear", "DEVICE_ID"),
    ("Study 1200 mg", "OTHER_ID"),
    ("request 1000 units", "OTHER_ID"),
    ("wind 15 kt gusting", "OTHER_ID"),
    ("I take D-1000 daily", "ZIP"),
    ("Dostava 2 dni", "STREET_ADDRESS"),
    ("Take Vitamin D 1000 daily", "STREET_ADDRESS"),
    ("model A-1234 pump", "ZIP"),
    ("WBC 7.4, HCT 29.6, PLAT CT 150K", "VEHICLE_ID"),  # platelets, not a plate
    ("HP 2024 laptop", "PHONE"),
    ("User: hello, I need a refill\nAssistant: sure", "OTHER_ID"),  # a chat turn, not a user name
    ("lic 2 refills left", "LICENSE_NUMBER"),
    ("el 3/4 de la dosis", "DATE"),  # three quarters of the dose, after "el" as a date would be
    ("BP 120/80-130/85 range", "DATE"),
    ("dose 2.5. 5 mg later", "DATE"),
    ("12月份的计划", "DATE"),  # "December's plan": a month alone
    ("creat down to 2.5. Then", "DATE"),  # a lab value that ends a sentence
    ("HCT this am 24.6. Plan", "DATE"),
    ("open Saturday 9–5 only", "DATE"),  # store hours
    ("call Monday 2pm please", "DATE"),
    ("3 out of 10 days", "DATE"),
    ("ref 20250314-77 on file", "DATE"),  # eight digits with no file name around them
    ("Take the apotek route home", "LOCATION"),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND)
def test_finds_identifiers_written_abroad(engine: Deidentifier, text: str, value: str, kind: str) -> None:
    findings = engine.analyze(text)
    assert any(f.text == value and f.type == kind for f in findings), [(f.type, f.text) for f in findings]


@pytest.mark.parametrize(("text", "kind"), LEFT_ALONE)
def test_leaves_look_alikes_alone(engine: Deidentifier, text: str, kind: str) -> None:
    findings = [(f.type, f.text) for f in engine.analyze(text) if f.type == kind]
    assert findings == []

"""Every recognizer, table-driven: what it must find and what it must leave alone. A meta-test checks
that each registered recognizer has both kinds of case."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier
from phigate.deid.patterns import BUILTIN
from phigate.policy import CustomPattern, DenyTerm, DetectionSpec

# recognizer name -> (positives as (text, the value it must find, type), negatives)
CASES: dict[str, tuple[list[tuple[str, str, str]], list[str]]] = {
    "email": (
        [("write to jane.roe+rx@mail.example.org today", "jane.roe+rx@mail.example.org", "EMAIL")],
        ["the @ sign", "email me"],
    ),
    "url": (
        [
            ("see https://portal.example.com/a?b=1 now", "https://portal.example.com/a?b=1", "URL"),
            ("go to www.myclinic.health/login", "www.myclinic.health/login", "URL"),
        ],
        ["e.g. this", "take 2.5 mg"],
    ),
    "ip-address": (
        [
            ("login from 203.0.113.77", "203.0.113.77", "IP_ADDRESS"),
            ("server 2001:db8::8a2e:370:7334 down", "2001:db8::8a2e:370:7334", "IP_ADDRESS"),
        ],
        ["version 1.2.3.4.5", "999.1.1.1 is not an address", "ratio 10:30"],
    ),
    "ssn": (
        [("SSN 123-45-6788", "123-45-6788", "SSN"), ("social security 123456788", "123456788", "SSN")],
        ["000-12-3456", "666-12-3456", "order 123456788", "phone 912-45-6789"],
    ),
    "ssn-after-cue": (
        [
            ("SSN 123-45-6789 on file", "123-45-6789", "SSN"),  # an advertising number, still called an SSN
            ("my social security number is 987-65-4320", "987-65-4320", "SSN"),
            ("the last 4 of my ssn are 6789", "6789", "SSN"),
            ("SSN ending in 4421", "4421", "SSN"),
        ],
        ["the ssn field is required", "last 4 digits of the card 4421", "ssn 12 digits long"],
    ),
    "credit-card": (
        [
            ("card 4111 1111 1111 1111", "4111 1111 1111 1111", "CREDIT_CARD"),
            ("5500-0000-0000-0004", "5500-0000-0000-0004", "CREDIT_CARD"),
            ("To'lovni Uzcard 8600 4912 0733 5181 yoki", "8600 4912 0733 5181", "CREDIT_CARD"),
            ("Humo kartasi 9860 3502 1174 4601 orqali", "9860 3502 1174 4601", "CREDIT_CARD"),
        ],
        ["4111 1111 1111 1112", "1234 5678 9012 3456"],
    ),
    "card-cvv": (
        [("cvv 123", "123", "CARD_CVV"), ("security code: 4321", "4321", "CARD_CVV")],
        ["take 123 steps", "code red"],
    ),
    "iban": (
        [
            ("IBAN DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00", "IBAN"),
            ("GB82WEST12345698765432", "GB82WEST12345698765432", "IBAN"),
            ("my iban is gb82west12345698765432", "gb82west12345698765432", "IBAN"),
        ],
        ["DE89 3704 0044 0532 0130 01"],
    ),
    "phone": (
        [
            ("call (555) 212-3456", "(555) 212-3456", "PHONE"),
            ("cell +44 20 7946 0958", "+44 20 7946 0958", "PHONE"),
            ("555.212.3456", "555.212.3456", "PHONE"),
            ("Can someone call me on 01.84.17.61.18?", "01.84.17.61.18", "PHONE"),
            ("Phone: 0378 3549890", "0378 3549890", "PHONE"),
            ("CELLULAR-410 202-6694 & HOME", "410 202-6694", "PHONE"),
            ("Desk: 345-899-3560x4587", "345-899-3560x4587", "PHONE"),
            ("085 175 7641-Office", "085 175 7641", "PHONE"),
            ("Pager # 98765", "98765", "PHONE"),
            ("dtr Frances Baker- 212- 476- 8356.", "212- 476- 8356", "PHONE"),
            ("DAUGHTER-KRISSY---301 944-5032 & GRAND", "301 944-5032", "PHONE"),
            ("reached at beeper number 55037 for consents", "55037", "PHONE"),
        ],
        [
            "(155) 212-3456 is not valid",
            "BP 120/80",
            "dose 2-3 times",
            "glucose 120 140 160",
            "WBC 10.7 HCT 30.1",
            "page 12345 of the manual",
        ],
    ),
    "fax": ([("fax: (555) 212-9999", "(555) 212-9999", "FAX")], ["fax it to us"]),
    "date": (
        [
            ("interrogation 12-Jan-2026 ok", "12-Jan-2026", "DATE"),
            ("Patient: NGUYEN, THI   DOB 19640817   F", "19640817", "DATE"),  # run together after its label
            ("born June '58 in Ohio", "June '58", "DATE"),
            ("PPM implanted 06/2019 at", "06/2019", "DATE"),
            ("(γεν. 15 Μαρτίου 1947)", "15 Μαρτίου 1947", "DATE"),
            ("A 2026. március 4-én leadott", "2026. március 4", "DATE"),
            ("生年月日：昭和52年4月18日", "昭和52年4月18日", "DATE"),
            ("طلبت الدواء يوم ١٥ مارس ٢٠٢٦ ولم", "١٥ مارس ٢٠٢٦", "DATE"),
            ("Đơn đặt ngày 14 tháng 3 năm 2026.", "14 tháng 3 năm 2026", "DATE"),
            ("родилась 3 марта 1950 г.", "3 марта 1950 г.", "DATE"),
            ("DOB 03/04/1961", "03/04/1961", "DATE"),
            ("born on 1961.03.04", "1961.03.04", "DATE"),  # ISO order, dots or slashes
            ("born 1961/3/4", "1961/3/4", "DATE"),
            ("born 3/4/61", "3/4/61", "DATE"),
            ("born 10/5/50 in Ohio", "10/5/50", "DATE"),
            ("in march of 2022 pt was in hospital", "march of 2022", "DATE"),
            ("admitted from home in sept. and discharged", "sept.", "DATE"),  # a month alone
            ("drawn from A-line on the 11th. One set", "11th", "DATE"),
            ("Nursing Progress Note\n28 Oct, 88 0700", "28 Oct, 88", "DATE"),
            ("on March 4th 1961", "March 4th 1961", "DATE"),
            ("4 Mar 1961", "4 Mar 1961", "DATE"),
            ("1961-03-04", "1961-03-04", "DATE"),
            ("When: 1992-11-12 07:04:41\nWhere", "1992-11-12 07:04:41", "DATE"),
            ("PID|1||X||ROE^JANE||19590614|F", "19590614", "DATE"),  # a compact date in a delimited record
            ("MSH|^~\\&|A|B|C|D|20261207083015||ADT^A04", "20261207", "DATE"),  # the date of a timestamp
            ("DMG*D8*19620307*F~", "19620307", "DATE"),
            ('1.2.3.4 - - [07/Dec/2026:06:25:31 +0000] "GET', "07/Dec/2026", "DATE"),  # a web server's log
            ("Fecha: 7 dic. 2026  Registró", "7 dic. 2026", "DATE"),  # abbreviated with a dot
            ("suivi le 14 déc. avec", "14 déc.", "DATE"),
            ("Data: 15 ta' Diċembru 2026, 10:30", "15 ta' Diċembru 2026", "DATE"),  # Maltese
            ("doli më 2 dhjetor 2026 dhe", "2 dhjetor 2026", "DATE"),  # Albanian
            ("el 3 de desembre de 2026.", "3 de desembre de 2026", "DATE"),  # Catalan
            ("ku wa 3 Ukuboza 2026.", "3 Ukuboza 2026", "DATE"),  # Kinyarwanda
            ("Atam 3 dekabr 2026 tarixində", "3 dekabr 2026", "DATE"),  # Azerbaijani
            ("Rahmat! 7 декабрь 2026", "7 декабрь 2026", "DATE"),  # the nominative
            ("यांनी ३ डिसेंबर २०२६ रोजी", "३ डिसेंबर २०२६", "DATE"),  # Marathi, Devanagari digits
            ("Birthday niya po ay Hulyo 4, 1935 if", "Hulyo 4, 1935", "DATE"),  # month first
            ("մինչև դեկտեմբերի 10-ը", "դեկտեմբերի 10", "DATE"),  # Armenian
            ("Эжийг 2026 оны 12-р сарын 3-нд", "2026 оны 12-р сарын 3", "DATE"),  # Mongolian
            ("Retsept 2026-yil 4-dekabrda yozilgan", "2026-yil 4-dekabr", "DATE"),  # Uzbek
            ("၂၀၂၆ ခုနှစ်၊ ဒီဇင်ဘာလ ၃ ရက် နေ့", "၂၀၂၆ ခုနှစ်၊ ဒီဇင်ဘာလ ၃ ရက်", "DATE"),  # Burmese
            ("នៅ ថ្ងៃទី៣ ខែធ្នូ ឆ្នាំ២០២៦។", "ថ្ងៃទី៣ ខែធ្នូ ឆ្នាំ២០២៦", "DATE"),  # Khmer
            ("به تاریخ ۱۶ قوس ۱۴۰۵ نسخه", "۱۶ قوس ۱۴۰۵", "DATE"),  # Dari, Solar Hijri
        ],
        [
            "SKU|20261399|qty",  # no such month
            "tag v4.12.31 pushed",
            "deploy web@2026.12.7-rc3",  # versions
            "the set. got 3 dic",  # an abbreviation needs its day before it and its dot
            "دو حمل ۳ بار",  # a Dari month word with no year: a pregnancy
            "ANA titer 1/2000 speckled",
            "BP 120/80",
            "take 1/2 tab",
            "it may help",
            "in 1961",
            "March is cold",
            "on IMV 10/5/50 overnight",
            "we will march on",
            "in the 3rd trimester",
            "it may help",
        ],
    ),
    "short-date": (
        [
            ("seen 7/22 in clinic", "7/22", "DATE"),
            ("s/p CABG x3 10/5.", "10/5", "DATE"),
            ("cultures from 10/15-10/16 pending", "10/15-10/16", "DATE"),
            ("s/p mastectomy 11/92, transferred", "11/92", "DATE"),
            ("extubated 3/9. diuresed well", "3/9", "DATE"),
            ("on 1/2 had a fall", "1/2", "DATE"),
            ("transferred to Quartermain.8/31. Readmitted", "8/31", "DATE"),  # glued to a word
            ("DECREASED UO-9/10 LASIX", "9/10", "DATE"),
            ("S/P MI x2(2/21, 4/21), S/P stent", "4/21", "DATE"),  # a date after a date is no measure
            ("EF 35% (3/02), laryngeal CA", "3/02", "DATE"),
            ("Dr Harwood wrote them on 28/11. cheers", "28/11", "DATE"),  # day first: 28 is no month
            ("his next script is due 19/12, thanks", "19/12", "DATE"),
        ],
        [
            "[step 3/9] npm ci",
            "PHQ-9 scored 11/27",
            "page 2/5",  # counts, not dates
            "take 1/2 tab",
            "on PSV 10/5, 40%",
            "CPAP 5/5 overnight",
            "rales 1/3 up bilaterally",
            "d5 1/2 ns at 75/hr",
            "c/o 3/10 back pain",
            "weaned to 5/5 today",
            "BC + 2/4 bottles",
            "co/ci/svr 5/2.5/800",
            "BP 120/80",
            "PA 32/15 to 28/11 p lasix",  # pressures: no word that sets a date before them
            "lockers are open 24/7.",
        ],
    ),
    "year-apostrophe": (
        [("PMHX: CAD, HTN, CABGx4 '79, GERD", "79", "DATE"), ("'09 PTCA to LCX", "09", "DATE")],
        ["HOB 30' overnight", "ambulated 30' with assist", "HR 90's", "pt's 2nd visit", "'12.5 mg'"],
    ),
    "numbered-street": (
        [
            ("How do I change my address to 50541 Mlýnská 1540 for post mail?", "50541 Mlýnská 1540", "STREET_ADDRESS"),
            ("Address:\n462 Stubengraben 80", "462 Stubengraben 80", "STREET_ADDRESS"),
        ],
        [
            "I take 100 Advil 200 mg daily",
            "HR went up to 180 and BP dropped to 68.",
            "2200 SUSTAINED VT RATE 130",
            "in 2019 my Dr saw me 3 times",
        ],
    ),
    "street-corner": (
        [
            (
                "sent to the corner of Kuusiku 7 and Alexander Flat? I am",
                "the corner of Kuusiku 7 and Alexander Flat",
                "STREET_ADDRESS",
            ),
            ("Meet at the corner of 5th and Main.", "the corner of 5th and Main", "STREET_ADDRESS"),
            (  # a street that a name list reads as a person ("Rennie Union") stays inside the intersection
                "my new address is the corner of 159 Eleftheriou Venizelou str and Rennie Union",
                "the corner of 159 Eleftheriou Venizelou str and Rennie Union",
                "STREET_ADDRESS",
            ),
            (  # lower case, with a house number
                "the corner of heiligengeistbrücke 77 and minik courts",
                "the corner of heiligengeistbrücke 77 and minik courts",
                "STREET_ADDRESS",
            ),
            (
                "the corner of ul. Cicha 86 and Leokadia Trail",
                "the corner of ul. Cicha 86 and Leokadia Trail",
                "STREET_ADDRESS",
            ),
        ],
        [
            "the pain is in the corner of my eye and my forehead.",
            "corner of the room and the door",
            "the corner of my mouth and my chin are numb",
        ],
    ),
    "age-over-89": (
        [
            ("for my mother, who is 91. She", "91", "AGE"),
            ("im 95 dear so be patient", "95", "AGE"),
            ("mein Vater, er ist 91.", "91", "AGE"),
            ("Їй 91 рік.", "91", "AGE"),
            ("she is 92 years old", "92", "AGE"),
            ("a 101 y/o man", "101", "AGE"),
            ("aged 95", "95", "AGE"),
            ("My grandma turned 97 last week", "97", "AGE"),
            ("I'm ninety-two and can't drive", "ninety-two", "AGE"),  # in words
            ("ninety four years old", "ninety four", "AGE"),
            ("AGE/SEX: 96 M   DOB 1/2/1930", "96", "AGE"),  # a chart's combined field
        ],
        [
            "a patient who is 95% adherent",
            "a 45 year old",
            "age 89",
            "92 tablets",
            "BP turned 95 systolic",
            "ninety percent of people",
            "the temp turned 99.5",
        ],
    ),
    "zip": (
        [
            ("Springfield, IL 62704", "62704", "ZIP"),
            ("zip code 90210", "90210", "ZIP"),
            ("find a pharmacy near 30318 open late", "30318", "ZIP"),
            ("ZIP: 394 13", "394 13", "ZIP"),
            ("my zip code is 610", "610", "ZIP"),
            ("postcode 7412 SL", "7412 SL", "ZIP"),
            ("we are in Leeds LS6 2QB now", "LS6 2QB", "ZIP"),  # UK
            ("moved to Halifax, NS B3H 4R2 in May", "B3H 4R2", "ZIP"),  # Canada
            ("Eircode A65 F4E2", "A65 F4E2", "ZIP"),  # Ireland
            ("Prinsengracht 8, 1016 GV Amsterdam", "1016 GV", "ZIP"),  # the Netherlands, before the town
            ("Chicago, Illinois 60601", "60601", "ZIP"),  # the state written out
            ("Santa Fe, New Mexico 87501-1234.", "87501-1234", "ZIP"),
        ],
        [
            "paid $12345",
            "12345 steps",
            "walked near 20000 steps today",
            "the post office opens at 9",
            "zip it up 100 times",
            "take B12 5MG daily",  # no M in the second half of a UK postcode
            "2000 IU Vitamin D daily",
            "vitamin D, 1000 IU Daily",
            "stage T2 N0 M0",
        ],
    ),
    "street-address": (
        [
            ("I live at 12 Elm Street, Springfield", "12 Elm Street, Springfield", "STREET_ADDRESS"),
            ("1600 Pennsylvania Ave NW apt 4B", "1600 Pennsylvania Ave NW apt 4B", "STREET_ADDRESS"),  # the whole
            ("P.O. Box 1234", "P.O. Box 1234", "STREET_ADDRESS"),
            (  # the lines that finish it, an apartment with its number among them
                "3369 24 Clarke Avenue\n>Apt. 805\n>Pines Beach\n>New Zealand 34694",
                "3369 24 Clarke Avenue\n>Apt. 805\n>Pines Beach\n>New Zealand 34694",
                "STREET_ADDRESS",
            ),
            (  # a house number before it, a suite on its line, a blank line before the country
                "41086 Kiannonkatu 98 Suite 464\n OULU\n\n Finland 80896",
                "41086 Kiannonkatu 98 Suite 464\n OULU\n\n Finland 80896",
                "STREET_ADDRESS",
            ),
            ("ship to 880 Ponce De Leon Ave NE, Suite 2", "880 Ponce De Leon Ave NE, Suite 2", "STREET_ADDRESS"),
            ("mail 91-1200 Keaunui Dr, Ewa Beach", "91-1200 Keaunui Dr, Ewa Beach", "STREET_ADDRESS"),  # Hawaii
            ("from 2100 Airport Fwy, Bldg 4", "2100 Airport Fwy, Bldg 4", "STREET_ADDRESS"),
            ("she lives out on RR 3 Box 42B; no phone", "RR 3 Box 42B", "STREET_ADDRESS"),  # a rural route's box
            ("en el 212 de la calle Olivo, departamento 5", "212 de la calle Olivo, departamento 5", "STREET_ADDRESS"),
            ("we were at 14 Camino Real until May", "14 Camino Real", "STREET_ADDRESS"),
        ],
        ["take 2 tablets a day", "3 dr visits", "RR 16, SpO2 98%", "HC 34 cm", "tome 2 Plaza tabletas"],
    ),
    "street-lower": (
        [
            ("we moved to 55 e 3rd st bayonne 07002 ty", "55 e 3rd st bayonne 07002", "STREET_ADDRESS"),
            (
                "the box goes to 31 elm st apt 6 peoria il 61602 by friday",
                "31 elm st apt 6 peoria il 61602",
                "STREET_ADDRESS",
            ),
            ("i moved to 4417 n kedzie blvd unit 2", "4417 n kedzie blvd unit 2", "STREET_ADDRESS"),
            ("we are at 77 maple road now", "77 maple road", "STREET_ADDRESS"),
            (
                "billing is 5a carriage house lane westport ct 06880",
                "5a carriage house lane westport ct 06880",
                "STREET_ADDRESS",
            ),  # a lettered house number
        ],
        [
            "it is 3 blocks down main st",
            "take 2 tabs and rest",
            "walked 5 miles on the road",
            "i had 2 of them st",
            "map in 70s \nsr c st when retching",  # a line break ends a street number
        ],
    ),
    "address-after-cue": (
        [
            ("my address is 94472 Atamaria 55, Gondregnies", "94472 Atamaria 55, Gondregnies", "STREET_ADDRESS"),
            ("please ship to Via Roma 131 Milano", "Via Roma 131 Milano", "STREET_ADDRESS"),
            ("The bus drops you off at 87818 Dalmatinova 68", "87818 Dalmatinova 68", "STREET_ADDRESS"),
            (  # a few words between "address" and the colon; the unit inside stays part of the whole line
                "update my primary and secondary address to the same: 2613 avenida praia 1 suite 463, mohács",
                "2613 avenida praia 1 suite 463, mohács",
                "STREET_ADDRESS",
            ),
            (
                "address:\n947 trg revolucije 17 apt. 858 begunje na gorenjskem slovenia.",
                "947 trg revolucije 17 apt. 858 begunje na gorenjskem slovenia",
                "STREET_ADDRESS",
            ),
        ],
        ["my address is on file", "she lives at home", "I live on the 3rd floor"],
    ),
    "address-part": (
        [
            ("Puruntie 82", "Puruntie 82", "STREET_ADDRESS"),
            ("Apt. 595", "Apt. 595", "STREET_ADDRESS"),
            ("PSC 2721, Box 8637\nAPO AA 06259", "PSC 2721, Box 8637\nAPO AA 06259", "STREET_ADDRESS"),
            ("psc 5420, box 2708\napo aa 33879", "psc 5420, box 2708\napo aa 33879", "STREET_ADDRESS"),
            ("send it to USNS Sekerková\nFPO AA 65728?", "USNS Sekerková\nFPO AA 65728", "STREET_ADDRESS"),
            ("Rua Igreja 25", "Rua Igreja 25", "STREET_ADDRESS"),
            ("Timotea lives on Via dei Fiorentini 17", "Via dei Fiorentini 17", "STREET_ADDRESS"),
            ("write to 63 Rue de Kairouan please", "63 Rue de Kairouan", "STREET_ADDRESS"),  # number first
            ("Oline Mikaelsen\n772 ul. Narewska 94\n", "772 ul. Narewska 94", "STREET_ADDRESS"),
        ],
        ["the unit of insulin", "take 2 units daily", "suite of tests", "BP 82-116/30-60 via NBP", "rue is a herb"],
    ),
    "address-line": (
        [
            (
                "Morada: Travessa do Carmo 7, 1.º Dto., 1200-095 Lisboa",
                "Travessa do Carmo 7, 1.º Dto., 1200-095 Lisboa",
                "STREET_ADDRESS",
            ),
            ("نشانی: شیراز، خیابان زند، کوچه ۱۲، پلاک ۷", "شیراز، خیابان زند، کوچه ۱۲، پلاک ۷", "STREET_ADDRESS"),
            ("ঠিকানা: বাড়ি ৪, রোড ২, খুলনা", "বাড়ি ৪, রোড ২, খুলনা", "STREET_ADDRESS"),
            ("Lakcím: 6720 Szeged, Kárász utca 9. 2. em.", "6720 Szeged, Kárász utca 9. 2. em", "STREET_ADDRESS"),
            # an address line that runs on into a number's name stops before it
            ("Domicilio: Calle Luna 4, 29001 Málaga NSS 281234567890", "Calle Luna 4, 29001 Málaga", "STREET_ADDRESS"),
            (
                "Address: Unit 3B, 1187 Kalayaan Avenue, Brgy. Poblacion, Makati City 1210",
                "Unit 3B, 1187 Kalayaan Avenue, Brgy. Poblacion, Makati City 1210",
                "STREET_ADDRESS",
            ),
            (
                "Adresse: Thereses gate 14 B, leil. H0203, 0358 Oslo. Fastlegen har sendt e-resept.",
                "Thereses gate 14 B, leil. H0203, 0358 Oslo",
                "STREET_ADDRESS",
            ),  # the sentence ends at "Oslo."
            (
                "Szállítási cím: 1085 Budapest, József körút 34. 2. em. 6. ajtó",
                "1085 Budapest, József körút 34. 2. em. 6. ajtó",
                "STREET_ADDRESS",
            ),
            (
                "Адреса: вул. Велика Васильківська, 72, кв. 18, Київ, 03150. РНОКПП",
                "вул. Велика Васильківська, 72, кв. 18, Київ, 03150",
                "STREET_ADDRESS",
            ),
            (
                "お届け先：〒160-0022 東京都新宿区新宿三丁目12-8 メゾン新宿305号室",
                "〒160-0022 東京都新宿区新宿三丁目12-8 メゾン新宿305号室",
                "STREET_ADDRESS",
            ),
            ("Lieferadresse: Hauptstr. 5, 10115 Berlin", "Hauptstr. 5, 10115 Berlin", "STREET_ADDRESS"),  # one span
        ],
        ["Email address: jo@example.org", "IP address: 10.0.0.1", "Return address: see the label"],
    ),
    "phone-after-cue": (
        [
            ("收件人：陳嘉慧，電話 6178 2043，", "6178 2043", "PHONE"),
            ("4050-179 Porto. Telemóvel 912 555 038.", "912 555 038", "PHONE"),
            ("Cualquier cosa llamame al (011) 15-5555-0142.", "(011) 15-5555-0142", "PHONE"),
            ("رقم الموبايل ٠١٠٠ ٥٥٥ ٠١٤٢", "٠١٠٠ ٥٥٥ ٠١٤٢", "PHONE"),
            ("Mi número es 5555-0171. Maltiox.", "5555-0171", "PHONE"),  # "my number is"
            ("his landline 2148 6620. His pharmacy", "2148 6620", "PHONE"),
            ("Τηλ. +357 99 555012 (εγώ), τηλ. 96 555047.", "96 555047", "PHONE"),  # a dot after the cue
            ("Telèfon: +34 612 555 012 / fix 93 555 01 47", "93 555 01 47", "PHONE"),  # a fixed line
            ("Утас: +976 9911 0123, гэрийн 7011 0147", "7011 0147", "PHONE"),  # "home"
        ],
        [
            "cell 14 units",
            "mobile app version 2.3.1",
            "phone 5 times today, 1200 mg",
            "hotel 1234567",
            "el pedido número 5512034 llegó",  # an order's number
            "fix 20 units now",
        ],
    ),
    "facility": (
        [
            ("saw her at Riverbend Family Medicine", "Riverbend Family Medicine", "LOCATION"),
            ("moved to Sunrise Gardens Memory Care in May", "Sunrise Gardens Memory Care", "LOCATION"),
            ("rdv à la Clinique médicale Saint-Denis demain", "Clinique médicale Saint-Denis", "LOCATION"),
            ("admitted to Mercy General Hospital", "Mercy General Hospital", "LOCATION"),
            ("seen at Ashford Family Practice on Monday", "Ashford Family Practice", "LOCATION"),
            ("she moved into Rosewood Care Home", "Rosewood Care Home", "LOCATION"),
            # the kind first, then capitalised words joined by particles
            ("alta do Hospital Regional de Vila Franca hoje", "Hospital Regional de Vila Franca", "LOCATION"),
            ("ricovero all'Ospedale Maria della Neve, reparto", "Ospedale Maria della Neve", "LOCATION"),
            ("control en CESFAM Santa Rosa el lunes", "CESFAM Santa Rosa", "LOCATION"),
            ("infirmière au CLSC du Plateau-Mont-Royal. Mme", "CLSC du Plateau-Mont-Royal", "LOCATION"),
            ("dr. Emir Kovačević, Dom zdravlja Centar, ambulanta", "Dom zdravlja Centar", "LOCATION"),
            # in capitals, as a chart's header prints it
            ("SHADY PINES CARE CENTER - MEDICATION ADMINISTRATION", "SHADY PINES CARE CENTER", "LOCATION"),
            ("PERFORMING SITE: TRI-COUNTY REFERENCE LABORATORY", "TRI-COUNTY REFERENCE LABORATORY", "LOCATION"),
            # other scripts, each with its kind where its language puts it
            ("紹介先：北浜総合病院 内科", "北浜総合病院", "LOCATION"),
            ("내원: 한강연세의원 소견서", "한강연세의원", "LOCATION"),
            ("مراجعه به درمانگاه سپیده شرق در ساعت", "درمانگاه سپیده شرق", "LOCATION"),
            ("Направление: Областная детская больница, отделение", "Областная детская больница", "LOCATION"),
            ("наблюдение в ГП № 14 по месту", "ГП № 14", "LOCATION"),
        ],
        [
            "see Hospital Course below",
            "Hospital No.: 448812",
            "PT STATED THAT HE WANTED TO LEAVE HOSPITAL AND SIGN OUT",  # capitals in a note's sentence
            "PT WAS SEEN IN CLINIC TODAY",
            "他在医院住了三天",  # "in hospital": a particle before the kind, no name
            "ذهب إلى المستشفى",  # "the hospital", no name after it
            "больница работает круглосуточно",  # "the hospital works round the clock"
            "board certified in Internal Medicine",
            "the hospital de la ville",
            "go to a hospital",
            "the clinic is open",
            "find an urgent care near you",
            "our family practice team",
        ],
    ),
    "mrn": (
        [("MRN: 4471920", "4471920", "MRN"), ("medical record number A12345", "A12345", "MRN")],
        ["my medical record is long", "chart review"],
    ),
    "health-plan-id": (
        [
            ("My medical card no. is 1837264A", "1837264A", "HEALTH_PLAN_ID"),
            ("Visitor: premera, mine is PRA771204516-01 and his", "PRA771204516-01", "HEALTH_PLAN_ID"),  # an insurer
            ("Insurance BCBS OK, ID YXO918327406.", "YXO918327406", "HEALTH_PLAN_ID"),
            ("my insurance is Cigna, id U8812739401", "U8812739401", "HEALTH_PLAN_ID"),
            ("CPF 521.073.864-71, CNS 708402136598704, foi", "708402136598704", "HEALTH_PLAN_ID"),  # Brazil
            ("αρ. δικαιούχου ΓεΣΥ 00045871236.", "00045871236", "HEALTH_PLAN_ID"),  # Cyprus
            ("aansluitingsnummer 115/0478812/03.", "115/0478812/03", "HEALTH_PLAN_ID"),  # Belgium
            ("carte CMU CMU-DK-2210458\nAdresse", "CMU-DK-2210458", "HEALTH_PLAN_ID"),  # Senegal
            ("Ma carte RAMQ c'est TREM 8553 1518, mon nom", "8553 1518", "HEALTH_PLAN_ID"),  # "c'est"
            ("NHIA enrolee no. NHIA/LAG/0048213.", "NHIA/LAG/0048213", "HEALTH_PLAN_ID"),
            ("SHA No. SHA-0048192736.", "SHA-0048192736", "HEALTH_PLAN_ID"),
            ("被保険者番号 31204857、", "31204857", "HEALTH_PLAN_ID"),
            ("Meine Versichertennummer (KVNR) ist T482917366.", "T482917366", "HEALTH_PLAN_ID"),  # brackets, 'ist'
            ("member ID XJH-4471920-01", "XJH-4471920-01", "HEALTH_PLAN_ID"),
            ("policy number 99-8876543", "99-8876543", "HEALTH_PLAN_ID"),
            ("my medicare card is 3318 20476 2", "3318 20476 2", "HEALTH_PLAN_ID"),  # digit groups, "card"
            ("health card number 5512-884-301-KT", "5512-884-301-KT", "HEALTH_PLAN_ID"),
            ("insurance id: BCBS 774410982", "774410982", "HEALTH_PLAN_ID"),  # the issuer stays outside
            ("Group #: 441207", "441207", "HEALTH_PLAN_ID"),
            ("the member ID for my dad: WQZ448120673", "WQZ448120673", "HEALTH_PLAN_ID"),  # words saying whose
            ("Số thẻ BHYT của bố tôi: HT3790012345678", "HT3790012345678", "HEALTH_PLAN_ID"),
            ("ID#: W88120441   GRP: 7731X", "7731X", "HEALTH_PLAN_ID"),  # an insurance card's group
            ("her Medi-Cal 93310427B card", "93310427B", "HEALTH_PLAN_ID"),
        ],
        [
            "signed with SHA 256 keys",
            "member of staff",
            "I have Aetna since 2019 and my copay is 25",  # an insurer, then no number of its shape
            "policy on refunds",
            "PLAN: OR 0930->CABG",
            "PLAN OR 7-10DAYS",
            "group of 3 or 4 kids",
            "my insurance for this year: 2026",  # words and a colon, but no ID after them
        ],
    ),
    "account-number": (
        [
            ("account number 88812345", "88812345", "ACCOUNT_NUMBER"),
            ('{"id": "gid://shopify/Customer/7720418833"}', "7720418833", "ACCOUNT_NUMBER"),  # Shopify's global ID
            ('"customer": "cus_RzT81mQpLw4vXa",', "cus_RzT81mQpLw4vXa", "ACCOUNT_NUMBER"),  # Stripe's customer id
            ("Encounter ENC-55120934 closed", "ENC-55120934", "ACCOUNT_NUMBER"),
            ("refund to customer id cus_Q7hLx02mZ81", "cus_Q7hLx02mZ81", "ACCOUNT_NUMBER"),  # a payment platform's id
            ("transferir a mi CBU 2850590940090418135201", "2850590940090418135201", "ACCOUNT_NUMBER"),
            ("virement sur RIB 011 780 0000123400000456 77", "011 780 0000123400000456 77", "ACCOUNT_NUMBER"),
            ("Episode EP-2025-00912 open", "EP-2025-00912", "ACCOUNT_NUMBER"),
        ],
        ["my account is locked", "another episode 130-140's, tachycardic", "gid://shopify/Product/7720418833"],
    ),
    "license-number": (
        [
            ("TX CDL 40918273, they", "40918273", "LICENSE_NUMBER"),
            ("driver's license D1234567", "D1234567", "LICENSE_NUMBER"),
            ("DEA AB1234563", "AB1234563", "LICENSE_NUMBER"),
            ("signed Dr. Mensah (MDC reg MDC/RN/20931)", "MDC/RN/20931", "LICENSE_NUMBER"),  # Ghana
            ("ordonnance (INPE 071338902)", "071338902", "LICENSE_NUMBER"),  # Morocco
            ("GLN 7601000123455 Praxis", "7601000123455", "LICENSE_NUMBER"),  # a Swiss prescriber
            ("WA APRN AP60211 signed", "AP60211", "LICENSE_NUMBER"),
            ("Dra. Ruiz, céd. prof. 4418290", "4418290", "LICENSE_NUMBER"),  # Mexico
            ("ד״ר כהן, מ.ר. 55210", "55210", "LICENSE_NUMBER"),  # Israel
            ("Dra. Camila Toledo - CRM-SP 184732", "184732", "LICENSE_NUMBER"),  # Brazil, with the state
            ("Prescriber (Pharmacist), GPhC 2087365, 05/12", "2087365", "LICENSE_NUMBER"),
            ("huisarts Sanne Hoekstra (BIG 19058327901).", "19058327901", "LICENSE_NUMBER"),
            ("issued by Dr Goh (MCR M28417H) after", "M28417H", "LICENSE_NUMBER"),  # Singapore
        ],
        ["DEA AB1234567", "license to drive", "rm 1402, bed 2", "the GLN 12 codes", "a big 200000 step goal"],
    ),
    "vehicle-id": (
        [
            ("VIN 1HGCM82633A004352", "1HGCM82633A004352", "VEHICLE_ID"),
            ("license plate 7ABC123", "7ABC123", "VEHICLE_ID"),
            ("my son's car RV21 KLM will collect", "RV21 KLM", "VEHICLE_ID"),  # after the vehicle, a plate's shape
            ("boda boda reg UBX 311M", "UBX 311M", "VEHICLE_ID"),
        ],
        ["1HGCM82633A004353", "the car is in the garage", "van at 3pm", "truck 4x4 tires", "car A1 service"],
    ),
    "device-id": (
        [
            ("my CGM serial G7X-99812345", "G7X-99812345", "DEVICE_ID"),
            ("pump S/N 88-331-902", "88-331-902", "DEVICE_ID"),
            ("the serial numbers on file are SN-4471023 and", "SN-4471023", "DEVICE_ID"),  # "are", "numbers"
            ("the serial on the back is OX5-22K-10493, is it", "OX5-22K-10493", "DEVICE_ID"),
        ],
        ["the pump is loud", "device works"],
    ),
    "biometric-id": ([("fingerprint id FP-883721", "FP-883721", "BIOMETRIC_ID")], ["fingerprint scanner"]),
    "other-id": (
        [
            ("ת.ז. 328417563.", "328417563", "OTHER_ID"),
            ("identificado con C.C. 80.112.347 de Cali", "80.112.347", "OTHER_ID"),  # Colombia's cédula
            ("factura con RFC GOMA7711035T2 por favor", "GOMA7711035T2", "OTHER_ID"),  # Mexico's tax number
            ("ІПН мого батька: 3012458871.", "3012458871", "OTHER_ID"),
            ("via USPS, tracking 9400 1118 9922 3847 5510 63.", "9400 1118 9922 3847 5510 63", "OTHER_ID"),
            ("order number 100234", "100234", "OTHER_ID"),
            ("Original order: #KX-771203 placed", "KX-771203", "OTHER_ID"),
            ("notes for visit VZ-2025-44180.", "VZ-2025-44180", "OTHER_ID"),
            ("gid://shopify/Order/5529100321", "5529100321", "OTHER_ID"),
            ("NPI 1234567893", "1234567893", "OTHER_ID"),
            ("the lab portal shows id U8812739401", "U8812739401", "OTHER_ID"),  # a bare "id"
            ("tracking 1Z999AA10123456784 has not moved", "1Z999AA10123456784", "OTHER_ID"),
            ("shipped a replacement by FedEx 7793 4412 0075 today", "7793 4412 0075", "OTHER_ID"),
            ("Código de validação 8K2P-QX71-3MWD\n", "8K2P-QX71-3MWD", "OTHER_ID"),
            ("E-Rezept-ID: 160.100.482.771.306.28\n", "160.100.482.771.306.28", "OTHER_ID"),
            ("NRE 1500A4172839104\nCodice fiscale", "1500A4172839104", "OTHER_ID"),  # Italy's e-prescription
            ("submitted MC no. MC-SG-2026-118274 for", "MC-SG-2026-118274", "OTHER_ID"),  # a medical certificate
            ("ya encontré la receta 7702518 de la Sra.", "7702518", "OTHER_ID"),
        ],
        [
            "order more",
            "refill before Friday",
            "I said id like 2 of them",
            "my ID card expired",
            "tracking 2 orders",
            "SEE MD NOTES/ORDERS FOR 1900-0700.",  # a shift's hours
            "ID=95.8-97.2 WARMING BLANKET ON",  # a temperature range
        ],
    ),
    "national-id": (
        [
            ("AHV 756.9217.0769.85 on the card", "756.9217.0769.85", "HEALTH_PLAN_ID"),  # shape and EAN-13 check
            ("CPF 123.456.789-09", "123.456.789-09", "OTHER_ID"),
            ("RSSMRA85T10A562S", "RSSMRA85T10A562S", "OTHER_ID"),  # a codice fiscale, no word naming it
            ("sent 2345 6789 0124 with the form", "2345 6789 0124", "OTHER_ID"),  # Aadhaar, Verhoeff check
            ("Medicare 2123 45670 1", "2123 45670 1", "HEALTH_PLAN_ID"),
        ],
        [
            "ref 123.456.789-10",  # CPF shape, wrong check digits
            "756.9217.0769.84",  # AHV shape, wrong check digit
            "lot 12345678Z expires 2027",  # a DNI's shape and check letter, but a lot number
            "order 2345 6789 0125",
        ],
    ),
    "spoken": (
        [
            (
                "call me back at six one seven five five five oh one four four thanks",
                "six one seven five five five oh one four four",
                "PHONE",
            ),
            (
                "my social is nine eight seven six five four three two one ok",
                "nine eight seven six five four three two one",
                "SSN",
            ),
            ("member id is B as in boy 4 4 1 9 0 2 7 3", "B as in boy 4 4 1 9 0 2 7 3", "HEALTH_PLAN_ID"),
            ("order number two two oh four double nine one", "two two oh four double nine one", "OTHER_ID"),
            ("date of birth is june the twelfth nineteen forty two", "june the twelfth nineteen forty two", "DATE"),
            ("born the ninth of july two thousand and three", "ninth of july two thousand and three", "DATE"),
            ("my email is lena dot kraus at example dot org", "lena dot kraus at example dot org", "EMAIL"),
            ("last name is Okafor, that's O K A F O R", "O K A F O R", "PERSON"),
        ],
        [
            "count one two three four five six seven",
            "take one or two tablets",
            "scores 0 1 2 1 0 1 2 on the scale",
            "look at this dot com thing",
            "the first of many refills",
            "I N R is high",
        ],
    ),
    "hl7": (
        [
            ("PID|1||Q2201934^^^HOSP^MR||OYELARAN^TUNDE^K||19290211|M", "OYELARAN^TUNDE^K", "PERSON"),
            ("PID|1||Q2201934^^^HOSP^MR||OYELARAN^TUNDE", "Q2201934", "MRN"),
            ("PID|1||Q22||DOE^JO||19290211", "19290211", "DATE"),
            ("PID|1||||DOE^JO||||||12 ELM ST^UNIT 4^AMES^IA^50010", "12 ELM ST^UNIT 4", "STREET_ADDRESS"),
            ("PID|1||||DOE^JO||||||12 ELM ST^^AMES^IA^50010", "50010", "ZIP"),
            ("PV1|1|I|3E^301^A||||1093817465^ABARA^NKEM^^^DR", "ABARA^NKEM", "PERSON"),
            ("NK1|1|DOE^SAM^T|SPO|9 OAK RD^^AMES^IA^50014|(515)555-0144", "(515)555-0144", "PHONE"),
            ("PID|1||||DOE^JO||||||||||||||A55120934|987-65-4321", "987-65-4321", "SSN"),
        ],
        ["DG1|1||I10^Essential hypertension^I10", "OBX|1|NM|2345-7^Glucose||98|mg/dL", "PID is normal today"],
    ),
    "postcode-beside-town": (
        [
            ("Bitte an Hauptstr. 5, 10115 Berlin schicken", "10115", "ZIP"),  # after "Lieferadresse:", see address-line
            ("Koramangala, Bengaluru 560034", "560034", "ZIP"),
            ("75011 Paris", "Paris", "LOCATION"),
            ("wysyłka do 00-950 Warszawa", "Warszawa", "LOCATION"),  # the city's own name
            ("〒150-0041 東京都渋谷区", "150-0041", "ZIP"),
        ],
        ["Paris 2024 was fun", "AS OF 0400 the pump ran", "2024 Annual Report", "Take 2 Tylenol", "Bath 1200 ml"],
    ),
    "field-value": (
        [
            ('{"first_name": "wei", "last_name": "chen"}', "wei", "PERSON"),  # a tool call's arguments
            ('{"customer": {"city": "Bath", "postcode": "BA1 2HR"}}', "Bath", "LOCATION"),
            ('{\\"zip\\": 30309}', "30309", "ZIP"),  # escaped JSON, a number value
            ("GET /book?name=Bj%C3%B8rn&dob=1975-02-02", "Bj%C3%B8rn", "PERSON"),  # a query string
            ("consent=on&insurance_member_id=AET-55120397", "AET-55120397", "HEALTH_PLAN_ID"),  # a key's ending
            ("id;firstname;lastname;city\n77;Odile;Marchetti-Roux;Lyon\n", "Marchetti-Roux", "PERSON"),  # ";" CSV
            ("UPDATE insurance SET member_id = 'YLX830047712' WHERE id = 4", "YLX830047712", "HEALTH_PLAN_ID"),  # SQL
            ('{"hs_object_id": "51873024119", "nickname": "teddyb"}', "teddyb", "OTHER_ID"),  # CRM and JWT keys
            ("payload = {'first': 'Chidinma', 'sku': 'X1'}", "Chidinma", "PERSON"),  # a Python dict's repr
            ("<Name>\n <LastName>Al-Sayegh</LastName>\n</Name>", "Al-Sayegh", "PERSON"),  # an XML element
            ("<ns:DateOfBirth>1958-03-01</ns:DateOfBirth>", "1958-03-01", "DATE"),
            ("DELETE FROM appts WHERE patient_id = 90211 AND x = 1", "90211", "MRN"),
            (  # an INSERT's rows under its columns; a patients table's own id is an MRN
                "INSERT INTO patients (id, first_name, dob) VALUES\n (90211, 'Ana', '1950-01-02'),\n"
                " (90212, 'Wanjiru', NULL);",
                "Wanjiru",
                "PERSON",
            ),
            ("INSERT INTO patients (id, first_name) VALUES (90211, 'Ana');", "90211", "MRN"),
            ("order\tfirst_name\tzip\n1001\tWinnie\t21042\n", "Winnie", "PERSON"),  # a tab-separated export
            ("2025-01-02 login_failed user=dora.k.mills ip=10.1.2.3", "dora.k.mills", "OTHER_ID"),
            ('full_name: "Radhika Venkataraman"', "Radhika Venkataraman", "PERSON"),  # a form line, quoted
            ("Date of birth: 02/02/1975", "02/02/1975", "DATE"),
            ("CITY/ST/ZIP: DAYTON OH 45402", "DAYTON OH 45402", "LOCATION"),  # a form's combined field
            ('{"age": 93}', "93", "AGE"),
            ('{"name": [{"family": "Obi", "given": ["Ada", "Nkem"]}]}', "Nkem", "PERSON"),  # FHIR, a list
            ("export:\norder_id,first_name,kit_barcode\nQX-1182,Oksana,KB22019384\n", "KB22019384", "OTHER_ID"),
            ("export:\norder_id,first_name,kit_barcode\nQX-1182,Oksana,KB22019384\n", "Oksana", "PERSON"),
            ('{"address": [{"line": ["12 Elm St", "Apt 4"]}]}', "Apt 4", "STREET_ADDRESS"),
            (
                '{"identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn", "value": "987-65-4320"}]}',
                "987-65-4320",
                "SSN",
            ),
            ('{"identifier": [{"type": {"text": "MRN"}, "value": "ZK-118273"}]}', "ZK-118273", "MRN"),
            ('chart:\n  - patient:\n      mrn: "QV-2290413"', "QV-2290413", "MRN"),  # YAML, quoted and indented
            ("coverage:\n  group_no: BX7731", "BX7731", "HEALTH_PLAN_ID"),
            ('{"ordering_npi": "1457389210"}', "1457389210", "LICENSE_NUMBER"),  # a key that ends in "npi"
            ('{"shopify_customer_id": 88120043}', "88120043", "ACCOUNT_NUMBER"),
            ('<input type="text" name="ssn" value="987-65-4329" />', "987-65-4329", "SSN"),  # an HTML form
            ("<input value='FX-30119' name='patient_id'>", "FX-30119", "MRN"),  # value before name
            ("contact_name: Ilse Brandt (niece)", "Ilse Brandt", "PERSON"),  # the relation stays out
        ],
        [
            '{"name": null, "city": ""}',
            '{"age": 45}',  # Safe Harbor keeps ages up to 89
            '{"tags": ["vip", "glp1"], "status": {"value": "final"}}',  # a list and a value nothing names
            "sku,name,price\nA-1,Rose Hip Oil,4.99\n",  # a product's name under "name"
            "sku;name;price\nA-1;Rose Hip Oil;4.99\n",
            '{"product": "Stelara", "qty": 2}',
            '{"productName": "Grace", "brandName": "Olay"}',  # a key ending in "name" names no person
            "Patient: alert and oriented",  # a note's heading, not a form's key
            "Phone: please call during office hours",
            '{"name": "the quick brown fox jumps over the lazy dog"}',  # too long for a name
            '{"function": {"name": "reschedule_visit"}}',  # a tool's name
            '{"intent": {"name": "RefillReminder"}}',
            '{"line_items": [{"name": "Zinc 50 mg tabs"}]}',
            '[{"name": "pharmacist", "value": "on call"}]',  # an attribute's name
            "user: can you change my address",  # a chat turn, not a YAML key
            "  phone: ask at the desk",  # a phone's key with no number after it
            '<input name="email" value="none given">',
        ],
    ),
    "username": (
        [
            ("username: jroe88", "jroe88", "OTHER_ID"),
            ("portal user jdreyfus58.", "jdreyfus58", "OTHER_ID"),
            ("changed by admin user tech_mlopez today", "tech_mlopez", "OTHER_ID"),
            ("@mochi.kat same!! my cat", "mochi.kat", "OTHER_ID"),  # a mention
            ("| PA denied | @kmurphy |", "kmurphy", "OTHER_ID"),
            ("Posted by u/prairie_lily_84 · 6h", "prairie_lily_84", "OTHER_ID"),  # a Reddit user
        ],
        [
            "username and password",
            "write to ana@example.com",
            "@app.route('/x')",
            "@media screen {",
            "npm i @types/node",
            "DIMINISHED @BASES EARLIER",
            "tf @goal of 80cc/hr",
            "decrease u/o10-15cc hr",
            "AT 4 U/HOUR",
        ],
    ),
    "names-gazetteer": (
        [
            ("my name is Jane Roe", "Jane Roe", "PERSON"),
            ("patient: roe, jane", "roe, jane", "PERSON"),
            ("Roe, Jane came in", "Roe, Jane", "PERSON"),
            ("ask Dr. Healey", "Healey", "PERSON"),
            ("my name is jane roe", "jane roe", "PERSON"),
            ("My son is Tom Baker.", "Tom Baker", "PERSON"),
        ],
        [
            "Does Parkinson's disease cause tremors?",
            "Will it rain?",
            "Crohn's disease",
            "Graves disease and Hashimoto's",
            "I saw a brown dog",
            "Take it with food",
        ],
    ),
    "places-gazetteer": (
        [
            ("we live in Springfield", "Springfield", "LOCATION"),
            ("moved to San Francisco last year", "San Francisco", "LOCATION"),
            ("Baltimore County", "Baltimore County", "LOCATION"),
        ],
        ["a mobile phone", "Texas and Ohio", "the reading is high"],
    ),
    "clinical-names": (
        [("DR HUGHES NOTIFIED", "HUGHES", "PERSON"), ("son bill called", "bill", "PERSON")],
        ["DR AWARE", "ms given for pain"],
    ),
    "clinical-places": (
        [
            ("TRANSFER TO QUARTERMAIN 2", "QUARTERMAIN 2", "LOCATION"),
            # a chain's branch named by its street, and any shop's
            ("send it to the Kroger on Alpine Ave in Grand Rapids", "Alpine Ave", "LOCATION"),
            ('"value": "Hy-Vee on Metcalf"}', "Metcalf", "LOCATION"),
            ("pt says Chase at the Elm St store gave her 5/325", "Elm St", "LOCATION"),
            ("at CALVERT HOSPITAL", "CALVERT HOSPITAL", "LOCATION"),
            # a place no list holds, with its postcode after a preposition
            ("to support Allianz in Acquapendente 1021 in its mission", "Acquapendente 1021", "LOCATION"),
            ("we moved to København K 1421 last year", "København K 1421", "LOCATION"),
            (
                "When: 1992-11-12 07:04:41\nWhere: Unionville (Orange) Country Club.",
                "Unionville (Orange) Country Club",
                "LOCATION",
            ),  # the "Where:" line of an invitation
            # a practice named in title case before its kind, one word of it a place or no English word
            ("we use Harborview Allergy Associates for shots", "Harborview Allergy Associates", "LOCATION"),
            ("referred to Cedar Falls Women's Hospital, L&D", "Cedar Falls Women's Hospital", "LOCATION"),
            ("FROM: Tri-Valley Wound & Ostomy Clinic", "Tri-Valley Wound & Ostomy Clinic", "LOCATION"),
            # pharmacies, labs, agencies and care homes named the same way, in capitals on a mixed-case line too
            ("drawn at Quarry Hill Reference Laboratory today", "Quarry Hill Reference Laboratory", "LOCATION"),
            ("referred by Westbrook Family Health for", "Westbrook Family Health", "LOCATION"),
            ("Billed by: OAKMERE DIAGNOSTIC IMAGING, suite 2", "OAKMERE DIAGNOSTIC IMAGING", "LOCATION"),
            # a practice named for its specialty with common words: one of them names no department
            ("records from Prairie Wind Nephrology today", "Prairie Wind Nephrology", "LOCATION"),
            ("registered to her at Maumee Bay Pain & Spine, 3400 W", "Maumee Bay Pain & Spine", "LOCATION"),
            ("PT at Canyon Stride Physical Therapy, fax", "Canyon Stride Physical Therapy", "LOCATION"),
            ("seen at Bluebonnet Heart & Vascular", "Bluebonnet Heart & Vascular", "LOCATION"),
            # a chain's branch is the place after the chain
            ("sent to CVS Round Rock (512)", "Round Rock", "LOCATION"),
            ("eRx to Publix Palm Harbor, thanks", "Palm Harbor", "LOCATION"),
            ("Rite Aid Fairport ph 585", "Fairport", "LOCATION"),
            ("GP: Shankill Road Surgery, Belfast", "Shankill Road Surgery", "LOCATION"),  # a UK surgery
        ],
        [
            "PT RETURNED FROM CATH LAB, STABLE",  # a note in capitals: case tells nothing
            "consult Interventional Radiology for drain",
            "To: Appeals, Harborlight Health Plan",  # a payer, not a practice
            "Thanks, the team at Brightwater Health",  # one word before "Health": a brand as often
            "call our Customer Service Center today",  # every word common: it names no place
            "the Call Center is closed",  # "Call" is a surname too, but no place
            "Consult Pediatric Cardiology today",  # a department
            "needs Plastic Surgery consult",
            "MRI of the Lumbar Spine ordered",  # a body part
            "post Day Surgery recovery",
            "seen by Adult Sleep Medicine",
            "TO: Walgreens Pharmacy, 2901 S Cooper St",  # a chain and its "Pharmacy": a brand
            "I use CVS Caremark and the CVS app",
            "Garden Center hours",
            "transfer to floor",
            "sent to OSH",
            "he was in Zoloft 100 mg",  # a dose
            "IN ATTEMPT TO PACE 100% THOUGH UNSUCCESSFUL",  # a word, and a percentage
            "stayed in Room 12 at the clinic",
            "where: online",
            "Where: Room 204",
            "we met in Gdansk 2019 again",  # a year
        ],
    ),
    "town-before-state": (
        [
            ("transferred to Kalispell, MT for cath", "Kalispell", "LOCATION"),
            ("patient at home in Red Wing, MN (video)", "Red Wing", "LOCATION"),
            ("work note given (barista, Walla Walla, WA)", "Walla Walla", "LOCATION"),
        ],
        ["Signed, Dana Whitfield, MD", "Thanks, PA", "Smith, OK then", "Bend, OR"],  # OR is also a word,
    ),
    "labelled-number": (
        [
            ("Rejstřík: QK-4471902\n", "QK-4471902", "OTHER_ID"),  # a label no list holds, the whole field
            ("Kundekort nr. 88120473", "88120473", "OTHER_ID"),
        ],
        [
            "Glucose: 110\nA1c: 7.4",
            "BP: 142/91   HR: 88",
            "Reference: see chart 3 of 5",
        ],
    ),
    "address-units": (
        [
            ("giao về phường Bến Nghé, quận 1", "phường Bến Nghé", "LOCATION"),  # Vietnamese, the unit first
            ("ที่อยู่ 12 ตำบลหนองป่าครั่ง อำเภอเมือง", "ตำบลหนองป่าครั่ง", "LOCATION"),  # Thai, no space after the unit
            ("地址：台中市西屯區", "台中市西屯區", "LOCATION"),
            ("送到 中山北路二段45號3樓", "中山北路二段45號3樓", "STREET_ADDRESS"),  # a Chinese street and its number
        ],
        ["这个道理很好", "tỉnh táo và vui vẻ", "Plain English text with no units"],  # "sober and cheerful"
    ),
    "prefixed-id": (
        [
            ("return RMA-88120 approved", "RMA-88120", "OTHER_ID"),
            ("the swab kit (KX-4410-2291) arrived", "KX-4410-2291", "OTHER_ID"),
            ("interpreter req TRN-330192 booked", "TRN-330192", "OTHER_ID"),
        ],
        [
            "ICD-10 code E11.9, CPT-99214",
            "COVID-19 booster, NDC-0006-4047",
            "HR-110-133 overnight, MAP-65-90",  # ranges of readings
            "the WH-1000XM4 headphones",  # a model number
            "ISO-13485 certified, SKU-20441",
        ],
    ),
    "path-id": (
        [
            ("source: desk/ticket/550213 | score 0.8", "550213", "OTHER_ID"),
            ("GET /api/v2/customers/7781204 200", "7781204", "ACCOUNT_NUMBER"),
            ("see ehr/patients/PT-2203918 for notes", "PT-2203918", "MRN"),
            ('POST /admin/patients/pt_004417/notes HTTP/1.1" 201', "pt_004417", "MRN"),  # mid-path
            ('{"reference": "Patient/pt-558213"}', "pt-558213", "MRN"),  # a FHIR reference
        ],
        ["GET /api/v2/orders/export.csv", "docs/tickets/how-to", "images/users/avatar2.png", "see orders/2026/11"],
    ),
    "x12": (  # more in test_x12.py
        [("NM1*IL*1*ROE*JANE****MI*W884120935~DMG*D8*19620307*F~", "W884120935", "HEALTH_PLAN_ID")],
        ["rated it 5*, REF*6P is the code; NM1 segments come later"],
    ),
    "spacy-ner": (
        [("Please ask Zorblat Quexington about it.", "Zorblat Quexington", "PERSON")],
        ["Please ask about insulin doses."],
    ),
}

RECOGNIZERS = [cls.name for cls in BUILTIN] + [
    "names-gazetteer",
    "places-gazetteer",
    "clinical-names",
    "clinical-places",
    "spacy-ner",
]


def test_every_recognizer_has_positive_and_negative_cases() -> None:
    for name in RECOGNIZERS:
        positives, negatives = CASES.get(name, ([], []))
        assert positives and negatives, f"recognizer {name!r} needs positive and negative cases"
    assert set(CASES) == set(RECOGNIZERS)


@pytest.mark.parametrize(
    ("name", "text", "value", "kind"), [(n, *case) for n, (pos, _) in CASES.items() for case in pos]
)
def test_finds(engine: Deidentifier, name: str, text: str, value: str, kind: str) -> None:
    findings = engine.analyze(text)
    assert any(f.text == value and f.type == kind for f in findings), (name, [(f.type, f.text) for f in findings])


@pytest.mark.parametrize(("name", "text"), [(n, t) for n, (_, neg) in CASES.items() for t in neg])
def test_leaves_alone(engine: Deidentifier, name: str, text: str) -> None:
    findings = [f for f in engine.analyze(text) if f.recognizer == name]
    assert findings == [], [(f.type, f.text) for f in findings]


def test_findings_carry_type_span_score_and_recognizer(engine: Deidentifier) -> None:
    text = "Call (555) 212-3456"
    (f,) = engine.analyze(text)
    assert (f.type, f.start, f.end, text[f.start : f.end], f.recognizer) == ("PHONE", 5, 19, "(555) 212-3456", "phone")
    assert 0.5 <= f.score <= 1.0


def test_overlaps_resolve_deterministically(engine: Deidentifier) -> None:
    text = "Jane Roe lives at 12 Elm Street, Springfield, IL 62704 and was born 03/04/1961."
    first = engine.analyze(text)
    assert first == engine.analyze(text)
    assert all(a.end <= b.start for a, b in zip(first, first[1:], strict=False))
    assert [f.type for f in first] == ["PERSON", "STREET_ADDRESS", "DATE"]


def test_custom_recognizers_allow_and_deny_lists_from_policy() -> None:
    spec = DetectionSpec(
        recognizers=[CustomPattern(name="shop-order", type="OTHER_ID", patterns=[r"\bSO-\d{6}\b"])],
        allow=["(555) 010-2000"],
        deny=[DenyTerm(text="Project Nightingale", type="OTHER_ID")],
    )
    engine = Deidentifier(spec)
    found = {
        (f.type, f.text, f.recognizer)
        for f in engine.analyze("Order SO-123456, call the clinic at (555) 010-2000 about Project Nightingale")
    }
    assert ("OTHER_ID", "SO-123456", "shop-order") in found
    assert ("OTHER_ID", "Project Nightingale", "deny-list") in found
    assert not any(f[1] == "(555) 010-2000" for f in found)


def test_phi_free_medical_questions_are_left_untouched(engine: Deidentifier) -> None:
    questions = [
        "What are the symptoms of type 2 diabetes?",
        "How is Parkinson's disease treated?",
        "Can Crohn's disease cause joint pain?",
        "What is the recommended dose of ibuprofen for adults?",
        "Is Hashimoto's thyroiditis hereditary?",
        "How long does a migraine usually last?",
        "What should I do if my blood pressure is 150/95?",
        "Does metformin cause vitamin B12 deficiency?",
        "What is Down syndrome?",
        "How can I lower my cholesterol without medication?",
    ]
    touched = {q: engine.analyze(q) for q in questions}
    assert {q: f for q, f in touched.items() if f} == {}


def test_batch_matches_single(engine: Deidentifier) -> None:
    texts = ["I am Jane Roe", "nothing here", "call 555-212-3456", "Zorblat Quexington said hi"]
    assert engine.analyze_batch(texts) == [engine.analyze(t) for t in texts]

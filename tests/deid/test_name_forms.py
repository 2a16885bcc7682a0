"""Names told by the shape of the phrase: after a naming cue, and first, middle initial, last."""

from __future__ import annotations

import pytest

from phigate.deid import Deidentifier

FOUND = [
    ("my name is borna jerković but everyone calls me borna", "borna jerković"),
    ("My name is Akinori", "Akinori"),
    ("She was born on 10/23/1951. Her maiden name is LeBatelier", "LeBatelier"),
    ("What's your last name? Turgeon", "Turgeon"),
    ("What's your name? Jildau S Bouts", "Jildau S Bouts"),
    ("sometimes people call me višeslav", "višeslav"),
    ("Directed By:    Sari J. Paavolainen", "Sari J. Paavolainen"),
    ("Have you been to a Ravil G Yefimov concert before?", "Ravil G Yefimov"),
    ("follow up with benjamin a seiler in a couple of months.", "benjamin a seiler"),
    ("jessica p lombardo\ngarcia-smith", "jessica p lombardo"),
    ("Willemine ten Pas will be talking in the conference", "Willemine ten Pas"),  # a surname particle
    ("Maika van de Noort\nEmployment manager", "Maika van de Noort"),
    ('Natasha: "Who are you?"\nHeather: "I am Daniel\'s daughter".', "Natasha"),  # a pasted dialogue
    ("they had 6: silvana, adam, christopher, kristina, chad and caleb.", "christopher"),  # a list of names
    ("they had 6: silvana, adam, christopher, kristina, chad and caleb.", "silvana"),
    ("Contact Diana Usamov Suite 913 for the forms", "Diana Usamov"),  # the name ends at the unit word
    ("Pt Siobhán Ní Bhriain seen at the clinic", "Siobhán Ní Bhriain"),  # a particle with a capital
    ("Order 123 for Ali Bin Omar", "Ali Bin Omar"),
    ("hey this is jess from the 5th ave store", "jess"),  # the name ends before "from"
    ("This is Nurse Practitioner Adaeze Nwosu calling", "Adaeze Nwosu"),  # both role words stay outside
    ("dina: who's taking dad\nlena: me\ndina: ok thanks", "lena"),  # a family chat in lower case: one speaks twice
    ("[09:12] Ottoline (Support): Hi there\n[09:13] Visitor: hello", "Ottoline"),  # a timestamp and a role
    ('call Adaeze "Dee" Okonkwo-Reyes back', 'Adaeze "Dee" Okonkwo-Reyes'),  # a nickname in quotes inside
    ('Ana Sofia "Sofi" Villalobos, dob', 'Ana Sofia "Sofi" Villalobos'),
    ("HANDOFF\n1. Fields, Grace - wants a call\n2. Price, Hope (DOB 1/2/1990)", "Fields, Grace"),  # a list
    ("0830 | Okafor-Beck, Lily   | 3/3/2013 |", "Okafor-Beck, Lily"),  # a table's cell
    ("Pt: Marchetti, Anna P. DOB 1/2/1950", "Marchetti, Anna P."),  # the initial's dot
    ("환자 성명: 박지훈   주민등록번호: 720514-1234563", "박지훈"),  # Korean: the patient's name
    ("처방 의료인: 이수민   면허번호: 87413", "이수민"),  # the prescriber
    ("担当医：高橋 健一 医師\n生年月日", "高橋 健一"),  # the doctor in charge, without the title after
    ("ORDERING: ABERNATHY, KEITH MD   NPI: 1865209344", "ABERNATHY, KEITH"),  # in capitals, anywhere
    ("CCM TIME LOG - HOLLOWAY, ARTHUR B   DOB 06/11/1936", "HOLLOWAY, ARTHUR B"),
    ("refill sent. -jd\nnext item", "jd"),  # staff initials after a dash that ends a line
    ("Sincerely,\nRuth Ames, MD\nRA/kpl\ncc: file", "kpl"),  # a transcriptionist's line
    ("Transcribed: TQ  12/03/2026", "TQ"),
    ("caller: its dana ruelas that's r u e l a s", "r u e l a s"),  # spelled out after the name
    ("last name is spelled w y c z e k", "w y c z e k"),
    ("Leverett: What a wife.\nDanielle: Remember me?", "Leverett"),  # a dialogue: the other speaker is a name
    ('Vsevolod: "Who are you?"\nHeather: "Her daughter."', "Heather"),  # a first name that is also a word
    # after "Name:" in the customer's language and script, and before a Korean or Japanese honorific
    ("收件人：陳嘉慧，電話 6178 2043", "陳嘉慧"),
    ("이름: 홍길동\n주소: 서울", "홍길동"),
    ("Nom : Dupont\nPrénom : Claire", "Dupont"),
    ("안녕하세요. 김민준입니다. 어머니 박영숙 님(만 93세)", "김민준"),
    ("안녕하세요. 김민준입니다. 어머니 박영숙 님(만 93세)", "박영숙"),
    ("お世話になっております。山田 花子です。", "山田 花子"),
    ("田中様、ご注文ありがとうございます", "田中"),
    # signing off: after a dash that ends the message, or after a sign-off word
    ("sensor fell off after 2 days 🙄 - jamal", "jamal"),
    ("Salamat po! - Joy", "Joy"),
    ("call me when the driver is outside. Cheers, Morag", "Morag"),
    # after a label that heads a person's field: "Last, First M" whole (the comma too), or capitalised words
    ("OP NOTE\nPatient: Quiñones-Albright, Evaristo    MRN: 5512093", "Quiñones-Albright, Evaristo"),
    ("Pt: HOLLOWAY, DESMOND K    MRN 22-019-384", "HOLLOWAY, DESMOND K"),
    ("Cardholder: MARIA JOSE DE LOS SANTOS\nCard: ending 4471", "MARIA JOSE DE LOS SANTOS"),
    ("Attending: Ruth Abernethy, MD    Scribe: K. Oyelaran-Smith", "K. Oyelaran-Smith"),  # two labels, one line
    # "I am" or "my name is" in scripts with no capitals to tell a name
    ("مرحبا، أنا يوسف خالد العمري، أطلب دواء", "يوسف خالد العمري"),
    ("میرا نام بلال احمد ہے اور", "بلال احمد"),
    ("नमस्ते, मैं सुनीता यादव अपने पिता के लिए", "सुनीता यादव"),
    ("你好，我是王建国，想订药", "王建国"),
    ("Selamat pagi. Saya Siti Rahmah binti Osman. Saya", "Siti Rahmah binti Osman"),
    # after a title or honorific in scripts with no capitals, and Chinese names beside a title or a relative
    ("طبيبي د. سامي نجيب في العيادة", "سامي نجيب"),
    ("جدتي الحاجة زينب علي، عمرها", "زينب علي"),
    ("הרופאה: ד״ר מיכל לוי, מרפאה", "מיכל לוי"),
    ("डॉ. अनिल कपूर (सिटी अस्पताल)", "अनिल कपूर"),
    ("主治醫師：李文華醫師（仁愛醫院）", "李文華"),
    ("幫外婆周美玉訂藥。", "周美玉"),
    # a nickname in quotes inside a name, and initials before a surname
    ('my wife Margaret "Peggy" Lindqvist is', 'Margaret "Peggy" Lindqvist'),
    ("parcel for A.K. Oyelowo at the door", "A.K. Oyelowo"),
    # the whole name after a title, particles, brackets and double surnames included
    ("Paciente: Sra. Ana Cristina dos Reis Amaral\n", "Ana Cristina dos Reis Amaral"),
    ("Pasiënt: Mev. Anna Maria (Annemie) de Vries   ID", "Anna Maria (Annemie) de Vries"),
    ("Pacient: Dna Elena Stoica-Marin   Nr", "Elena Stoica-Marin"),
    ("referida por la Dra. Lucía Ortega Blanco del Hospital Real", "Lucía Ortega Blanco"),
    # a name after a label in scripts with no capitals, its honorific outside, a wide gap ending it
    ("نام بیمار: آقای حسین کریمی\nکد ملی", "حسین کریمی"),
    ("রোগীর নাম: মোঃ জামাল হোসেন   বয়স", "জামাল হোসেন"),
    ("የታካሚ ስም፡ አቶ ሰለሞን ደሳለኝ\nስልክ", "ሰለሞን ደሳለኝ"),
    ("담당의: 정하늘 교수", "정하늘"),
    # a Russian surname and initials, either way round
    ("Лечащий врач: Смирнова Е. П.", "Смирнова Е. П."),
    ("выписку получил сын И. А. Волков", "И. А. Волков"),
    # one initial and a surname, told by a credential, "by" or the surname list
    ("| L delt | R. Okonkwo-Hale, LPN", "R. Okonkwo-Hale"),
    ("result read back by T. Yazzie at 14:02", "T. Yazzie"),
    # initials a legend spells out, wherever they sign
    ("12/01 | RX6604127 | KD | MS\nInitials: KD = Kendra Dawes, CPhT; MS = Marisol Sandoval, PharmD", "KD"),
    ("seen by Mercy Oduya (MO); MO rechecked at 14:00", "MO"),
]

STREETS = [
    ("these early shows on Marina Fort Street were important", "Marina Fort Street"),
    ("we moved to Kimberly Lane last year", "Kimberly Lane"),
]

LEFT_ALONE = [
    "my name is on the list",  # the cue leads to a common word
    "BP = Blood Pressure; ED - Emergency Department; BP stable",  # a legend of abbreviations
    "Can someone call me on 9472 7916?",
    "iv 20 in r hand, working well",  # "in" is in a name list, but lower case it is a word
    "pt does have difficulty w/strength in l arm",
    "Take Vitamin D Daily with food",
    "he has Hepatitis B Vaccine records",
    "what is my name? I forgot",
    "What is (are) Parasites - Paragonimiasis (also known as Paragonimus Infection) ?",
    "Comfort: Pt feeling stiff and achy.",  # a note's heading, though a name list holds it
    "Agent: how can I help?",
    "Agent: how can I help?\nCustomer: my order is late",
    "Plan: increase lasix\nNeuro: alert\nComfort: ok",  # note headings, one of them also a first name
    "the price is van de 20 dollars",
    "we sell rose, lily and iris soaps",  # names that are words: at least two must be no common word
    "私は学生です",  # "I am a student": no space between family and given name before です
    "see you soon - thanks",
    "Done.\n- Propofol",  # a medicine after a dash
    "thanks again",
    "Cheers, mate",
    "Jina: Wanjiru Kamau",  # "Jina" is Swahili for "name", the label; the name after it is found elsewhere
    "Patient: Alert And Oriented",  # a label before prose in title case
    "Provider: CVS PHARMACY",
    "Patient: NPO AFTER MIDNIGHT",
    "أنا بخير، شكرا",  # "I am fine"
    "أنا في البيت، شكرا",  # "I am at home"
    "मैं ठीक हूँ",  # "I am fine"
    "我是一个学生。",  # "I am a student"
    "Saya mahu beli ubat.",  # "I want to buy medicine"
    "E. coli and S. Aureus grew in culture",  # bacteria, not initials and surnames
    "see the report by O. Continue",  # a word after the initial, "by" or not
    "Mr. Right is a film",
    "joined the U.S. Army in 1970",  # initials before a word
    "A.M. Rounds done",
    "Navn: Aud Berg\nAdresse: Storgata 4\nFastlege: Dr Lie\nTelefon: 22 33 44 55",  # a form's labels
    "Anwani: S.L.P. 204, Arusha\nSimu: +255 754 000 111",  # two labels, numbers in their lines
    "RxHelp: Hi! How can I help?\nRxHelp: Anything else?",  # a bot's name
    "user: hi\nassistant: hello\nuser: my refill",
    'The "Best" Pharmacy in town',  # a word in quotes between words
    "1. Pain, Chronic - better\n2. Heart, Lung - clear",  # a problem list
    "abd obese, hypoactive BS. -BM\nGU: ok",  # shorthand after a dash
    "POSITION VERIFIED BY CXR.",
    "grade a b c d scale",  # letters that spell no word before them
    "p o box four eleven",
    "NEURO: PERLA, MAE, weaned off propofol",  # shorthand in capitals, though both words are names
]

# words of other languages, holidays and brands that name lists hold as names: no finding of any rule
NOT_NAMES = [
    "me dijeron que su receta ya está lista",  # Spanish "su", a surname in some lists
    "les escribo porque el pedido no llegó",
    "pwede po ba i-ship yung gamot ko",  # Tagalog
    "dia tak boleh datang esok",  # Malay
    "Können Sie mich anrufen? Sie wissen",  # German "Sie"
    "closed Christmas Day and Thanksgiving Day",
    "open until noon on Christmas Eve",
    "is Xyzal the same as Claritin?",
    "she takes Ambien and Lyrica at night",
    "not sold in Louisiana, Alabama or Arkansas",  # states in a list, not "Last, First"
    "for long stays in rural Asia or Latin America",
    "tick bites: Rocky Mountain spotted fever",  # a disease named after a place
    "knee pain, not Osgood-Schlatter",  # a double eponym
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_foreign_words_holidays_and_brands_are_no_names(engine: Deidentifier, text: str) -> None:
    assert [(f.type, f.text) for f in engine.analyze(text) if f.type in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Su Wei will pick it up", "Su Wei"),  # the same words are names beside a name
        ("Le Thi Hoa called", "Le Thi Hoa"),
        ("ask Ella Fitzgerald", "Ella Fitzgerald"),
        ("für meine Oma, Hermine Gruber-Lechner, bitte", "Hermine Gruber-Lechner"),  # the kinship word stays out
        ("Smith, Georgia came in", "Smith, Georgia"),  # one state's name is a given name
    ],
)
def test_those_words_still_join_a_name(engine: Deidentifier, text: str, name: str) -> None:
    assert ("PERSON", name) in [(f.type, f.text) for f in engine.analyze(text)]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_finds_the_name(engine: Deidentifier, text: str, name: str) -> None:
    found = [(f.type, f.text) for f in engine.analyze(text)]
    assert ("PERSON", name) in found, found


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_leaves_words_alone(engine: Deidentifier, text: str) -> None:
    found = [(f.text, f.recognizer) for f in engine.analyze(text) if f.recognizer.startswith("name-")]
    assert found == []


@pytest.mark.parametrize(("text", "street"), STREETS)
def test_capitalised_words_before_a_street_word_are_a_street(engine: Deidentifier, text: str, street: str) -> None:
    found = [(f.type, f.text) for f in engine.analyze(text)]
    assert ("STREET_ADDRESS", street) in found, found


def test_a_street_word_alone_or_in_lower_case_is_no_street(engine: Deidentifier) -> None:
    for text in ("take the first road on the left", "the Street Team will call", "walk down main street"):
        assert not [f for f in engine.analyze(text) if f.recognizer == "street-name"], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Directed by Quelindo Ballesteros", "Quelindo Ballesteros"),  # a given name no list holds
        ("Wrocisław Dudek of Acme is the CEO", "Wrocisław Dudek"),
    ],
)
def test_an_unknown_given_name_joins_the_surname_after_it(engine: Deidentifier, text: str, name: str) -> None:
    found = [(f.type, f.text) for f in engine.analyze(text)]
    assert ("PERSON", name) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Family in attendance. Drs' Ballou and Dutter pronounced.",  # a title, possessive
        "SOCIAL-daughter Lou notified of father's status",  # a heading and a relation
        "When Smith called back",  # a word
    ],
)
def test_a_known_word_before_a_surname_stays_outside_it(engine: Deidentifier, text: str) -> None:
    for f in engine.analyze(text):
        assert f.type != "PERSON" or " " not in f.text, (f.text, text)


def test_a_letter_glued_to_a_digit_is_no_initial(engine: Deidentifier) -> None:
    found = [(f.type, f.text) for f in engine.analyze("Ship it to London N1 9GU please")]
    assert ("ZIP", "N1 9GU") in found, found
    assert not [t for kind, t in found if kind == "PERSON" and "N" in t.split()], found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Guten Tag, ich heiße Jürgen Weber", "Jürgen Weber"),
        ("Namaste, I am Ravi from Pune", "Ravi"),
        ("Kia ora, this is Aroha", "Aroha"),
        ("Grüß Gott, ich bestelle für Franz Huber", "Franz Huber"),  # "Gott" is a surname, "Grüß" no name
    ],
)
def test_a_greeting_is_no_name_or_place(engine: Deidentifier, text: str, name: str) -> None:
    found = [(f.type, f.text) for f in engine.analyze(text)]
    assert ("PERSON", name) in found, found  # the name after it still is one
    greeting = text.split(",")[0]
    assert not [t for _, t in found if t in greeting], found

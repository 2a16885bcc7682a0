"""Hospitals, clinics, practices and care homes by name: they place a patient as precisely as a street address.
Named the English way ("Mercy General Hospital", "SHADY PINES CARE CENTER"), the kind first with particles as
Europe and Latin America name them ("Hospital Distrital do Vale do Sorraia", "CLSC du Plateau-Mont-Royal"),
the kind after in the Nordic languages ("Bislett legesenter"), and in CJK, Arabic, Persian, Cyrillic, Amharic,
Bengali and Georgian script.
"""

from __future__ import annotations

from phigate.deid.recognizer import PatternRecognizer

_KIND_FIRST = (
    r"Clinique|Hôpital|Hopital|Klinikum|Krankenhaus|Klinik|Klinika|Clínica|Clinica|Hospital|Ospedale|Policlinico|"
    r"Policlínica|Poliklinika|Przychodnia|Szpital|Ziekenhuis|Sanatorio|Centro de Salud|Centro de Saúde|"
    r"Centro Médico|Centro Medico|Consultorio|Consultório|Ambulatorio|Spital|Rumah Sakit|RS|Puskesmas|CESFAM|"
    r"USF|UCC|[A-Z][a-zäöü]*praxis|"
    # Vietnamese, Malay, Sri Lankan English, Swahili, Irish and French practices
    r"Phòng khám|Bệnh viện|Pusat Perubatan|Klinik Kesihatan|Teaching Hospital|Base Hospital|Hospitali ya|"
    r"Zahanati ya|Kituo cha Afya|Ionad Sláinte|Ospidéal|Cabinet médical|Cabinet Médical|Maison de santé|"
    r"Centre médical|Centre Médical|"
    # Quebec's, France's and Belgium's public clinics and teaching hospitals, Bosnia's and Croatia's health
    # centres and hospitals, Flemish practices
    r"CLSC|GMF-U|GMF|CHU|CHR|CHUM|Dom zdravlja|Opća bolnica|Općoj bolnici|Huisartsenpraktijk"
)
# the kind after the name, in the languages that write it in lower case: "Bislett legesenter", "Hervannan
# terveysasema", "Nørrebro Apotek"
_KIND_AFTER = (
    r"legesenter|legesenteret|legekontor|legevakt|terveysasema|terveyskeskus|vårdcentral|vårdcentralen|"
    r"lægehus|lægehuset|sundhedshus|apotek|apoteket|apotheke|gezondheidscentrum|huisartsenpraktijk"
)
# words in capitals before a kind that make a note's sentence, not a name: "ADMITTED TO HOSPITAL", "SEEN IN
# CLINIC", "SAME DAY CLINIC"
_CAPS_NOT_A_NAME = (
    r"TO|FROM|THE|AT|IN|OF|AND|FOR|ON|BY|WITH|VIA|PER|A|AN|IS|WAS|ADMITTED|DISCHARGED|TRANSFERRED|SENT|SEEN|"
    r"OUTSIDE|LOCAL|THIS|THAT|SAME|PRIOR|DAY|NIGHT|WALK-IN|FOLLOW-UP|F/U|HOME|NO|NOT|PT|PATIENT|CALL|CALLED"
)
# capitalised words after a kind that make a heading or a label, not a name: "Hospital Course", "Hospital No."
_NOT_A_NAME = r"No|Nr|Number|Course|Day|Stay|Admission|Discharge|Records?|ID|Bill|Name|Address|Phone|Fax"
# the small words between the capitalised ones of a place's name
_PARTICLES = (
    r"de|del|della|delle|dei|degli|di|do|da|dos|das|du|des|la|le|les|el|los|las|lo|am|an|der|den|dem|zum|zur|"
    r"van|von|y|e|et|i|w|we|na|pod|ve|u|al|ta['’]|tal-"
)


# hospitals and clinics named in other scripts, each the way its languages put the kind and the name
_CJK_KIND = r"病院|医院|醫院|クリニック|診療所|服务中心|服務中心|병원|의원|보건소|클리닉"
_CJK_NAME = r"[^\W\d_A-Za-z于在到至从曾及与往去にでをはがと]"  # no particle that links it to the sentence
_ARABIC_KIND = r"مستشفى|المستشفى|عيادة|مستوصف|درمانگاه|بیمارستان|کلینیک"
_ARABIC_WORD = r"(?!(?:في|من|إلى|على|عن|در|به|از|با|و|تا|برای|را)(?![\u0600-\u06FF]))[\u0600-\u06FF]+"
_CYRILLIC_KIND = r"больница|поликлиника|кардиоцентр|клиника|госпиталь|диспансер|медцентр|гп|гкб"
_CYRILLIC_ADJECTIVE = r"[А-ЯЁа-яё-]+(?:ая|ий|ый|ой|кий|ское|ный|ная)"
_SCRIPT_FACILITIES = (
    (rf"{_CJK_NAME}{{1,10}}(?:{_CJK_KIND})", _CJK_KIND),  # "東都大学医学部附属病院", "서울한빛병원"
    (rf"(?:{_ARABIC_KIND})(?:[ \t]+{_ARABIC_WORD}){{1,3}}", _ARABIC_KIND),  # "عيادة الخليج الحديثة"
    # "Городская поликлиника № 5", "Алматинский городской кардиоцентр", "ГП № 22": adjectives before the kind,
    # or a number or a name in quotes after it
    (
        rf"(?i:(?:{_CYRILLIC_ADJECTIVE}[ \t]+){{1,3}}(?:{_CYRILLIC_KIND})(?:[ \t]*№[ \t]*\d+)?|"
        rf"(?:{_CYRILLIC_KIND})[ \t]*(?:№[ \t]*\d+|«[^»\n]{{1,30}}»))",
        _CYRILLIC_KIND,
    ),
    (r"(?:[\u1200-\u135A]+[ \t]+){1,4}(?:ሆስፒታል|ክሊኒክ|ጤና ጣቢያ)", r"ሆስፒታል|ክሊኒክ|ጤና ጣቢያ"),  # Amharic
    (r"(?:[\u0980-\u09FF]+[ \t]+){1,5}(?:হাসপাতাল|ক্লিনিক)", r"হাসপাতাল|ক্লিনিক"),  # Bengali
    (r"(?:კლინიკა|საავადმყოფო)[ \t]+(?:„[^“\n]{1,30}“|[\u10D0-\u10FF-]+)", r"კლინიკა|საავადმყოფო"),  # Georgian
)


class Facility(PatternRecognizer):
    """Hospitals and clinics by name: they place a patient as precisely as a street address."""

    name, type = "facility", "LOCATION"
    TRIGGER = (
        r"hospital|medical cent|health cent|clinic|infirmary|nursing|rehab|practice|medical group|care home|"
        r"hospice|urgent care|medicine|memory care|living|institute|associates|pediatrics|surg|care cent|"
        r"clinique|hôpital|hopital|klinik|krankenhaus|clínica|ospedale|policlinico|szpital|ziekenhuis|laborator|"
        r"clsc|gmf|chu|chr|dom zdravlja|bolnic|huisartsenpraktijk"
    )
    PATTERNS = (
        (
            r"\b(?:[A-Z][a-z]+\s+){1,3}(?:Hospital|Medical Center|Medical Centre|Health Center|Health Centre|Clinic|"
            r"Infirmary|Nursing Home|Care Home|Hospice|Urgent Care|Family Practice|Medical Practice|Medical Group|"
            r"Rehab(?:ilitation)? Center|Family Medicine|Internal Medicine|Skilled Nursing|Nursing (?:Center|Facility)|"
            r"Memory Care|Assisted Living|Senior Living|Institute|Medical Associates|Pediatrics|"
            r"Surg(?:ery|ical) Center|Care Center|Care Centre)\b",
            0.75,
        ),
        # the same in capitals, as a chart's header or a lab report prints it: "SHADY PINES CARE CENTER",
        # "TRI-COUNTY REFERENCE LABORATORY"; two words at least, none a function word or a chart's verb, and not
        # a hospital, which capitals notes name in their sentences ("WANTED TO LEAVE HOSPITAL")
        (
            rf"\b(?:(?!(?:{_CAPS_NOT_A_NAME})\b)[A-Z][A-Z'&-]+ ){{2,3}}(?:MEDICAL CENTER|MEDICAL CENTRE|"
            r"HEALTH CENTER|CLINIC|INFIRMARY|NURSING HOME|CARE HOME|HOSPICE|URGENT CARE|MEDICAL GROUP|"
            r"REHAB(?:ILITATION)? CENTER|FAMILY MEDICINE|INTERNAL MEDICINE|CARE CENTER|LABORATORY|LABORATORIES|"
            r"PEDIATRICS|ASSISTED LIVING|INSTITUTE)\b",
            0.7,
        ),
        # named as Europe, Latin America and Indonesia name them, the kind of place first: "Clinique médicale
        # Saint-Denis", "Hospital Distrital do Vale do Sorraia", "Ospedale Santa Chiara dei Colli", "CESFAM Lo
        # Barnechea": the kind, perhaps one adjective, then capitalised words joined by particles
        (
            rf"\b(?:{_KIND_FIRST})(?:[ \t]+[a-zà-ÿ]{{3,}})?(?![ \t]+(?:{_NOT_A_NAME})\b)"
            rf"(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+){{0,2}}[„“\"«]?[A-ZÀ-ÞĐ][\w'’-]*[”\"»]?){{1,4}}",
            0.75,
            _KIND_FIRST.lower(),
        ),
        *((pattern, 0.75, trigger) for pattern, trigger in _SCRIPT_FACILITIES),
        (
            rf"(?<![\w-])[A-ZÆØÅÄÖ][\wæøåäöüé-]+(?:[ \t][A-ZÆØÅÄÖ][\wæøåäöüé-]+)?[ \t](?i:{_KIND_AFTER})(?![\w])",
            0.75,
            _KIND_AFTER,
        ),
    )
    FLAGS = 0

"""Pattern recognizers, one small class per identifier type: e-mail, phone, SSN, card, IDs. Dates and ages
live in ``dates``, addresses in ``addresses``; the machinery (``PatternRecognizer``, ``custom_recognizer``) in
``recognizer``.
"""

from __future__ import annotations

import re

from phigate.deid import validators
from phigate.deid.addresses import (
    AddressAfterCue,
    AddressLine,
    AddressPart,
    Corner,
    LowerCaseStreet,
    NumberedStreet,
    PostcodeBesideTown,
    StreetAddress,
    TownBeforeState,
    Zip,
)
from phigate.deid.ages import Age
from phigate.deid.dates import Date, ShortDate, YearAlone
from phigate.deid.facilities import Facility
from phigate.deid.fields import FieldValue
from phigate.deid.hl7 import Hl7Segments
from phigate.deid.labelled import LabelledNumber
from phigate.deid.national_ids import HEALTH_NUMBER_WORDS, NATIONAL_ID_WORDS, NationalId
from phigate.deid.phones import Fax, Phone, PhoneAfterCue
from phigate.deid.recognizer import (
    NUMBER_START,
    Anchored,
    PatternRecognizer,
    custom_recognizer,
    number_starts,
)
from phigate.deid.script_addresses import ScriptAddressUnits
from phigate.deid.shaped_ids import PathId, PrefixedId
from phigate.deid.spoken import SpokenIdentifiers
from phigate.deid.x12 import X12Segments

__all__ = ["BUILTIN", "NUMBER_START", "Anchored", "PatternRecognizer", "custom_recognizer", "number_starts"]


class Email(PatternRecognizer):
    name, type = "email", "EMAIL"
    TRIGGER = r"@"
    PATTERNS = ((r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}\b", 0.95),)


class Url(PatternRecognizer):
    name, type = "url", "URL"
    TRIGGER = (
        r"://|www\.|\.(?:com|org|net|io|co|health|care|clinic|info|biz|us|uk|de|fr|ca|au|nl|es|it|ru|me|app|dev)\b"
    )
    PATTERNS = (
        (r"\b(?:https?|ftp)://[^\s<>\"')\]]+", 0.9),
        (r"\bwww\.[\w-]+(?:\.[\w-]+)+(?:/[^\s<>\"')\]]*)?", 0.85),
        (
            r"(?-i:(?<![@\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|health|care|clinic|info|biz|us|"
            r"uk|de|fr|ca|au|nl|es|it|ru|me|app|dev)\b)(?:/[^\s<>\"')\]]*)?",
            0.6,
        ),
    )


class IpAddress(PatternRecognizer):
    name, type = "ip-address", "IP_ADDRESS"
    TRIGGER = r"\d\.\d|[0-9a-f]:[0-9a-f]*:"
    PATTERNS = (
        (r"(?=[\d(+])(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)", 0.85),
        (r"(?<![\w:.])(?=[0-9a-f:]*:[0-9a-f]*:)[0-9a-f:]{3,39}(?![\w:])", 0.85),
    )
    CONTEXT = ("ip", "address", "host", "server", "login")

    def validate(self, value: str) -> bool:
        return validators.ip_address(value)


_SSN_CUE = r"\b(?:ssn|social\s+security(?:\s+number)?|ss\s?#)"


class Ssn(PatternRecognizer):
    name, type = "ssn", "SSN"
    TRIGGER = r"\d{3}"
    PATTERNS = (
        (r"(?=[\d(+])(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", 0.85),
        (r"(?=[\d(+])(?<![\d-])\d{3} \d{2} \d{4}(?![\d-])", 0.6),
        (r"(?=[\d(+])(?<![\d-])\d{9}(?![\d-])", 0.35),
    )
    CONTEXT = ("ssn", "social security", "social", "ss#", "ss #", "tax id", "tin")

    def validate(self, value: str) -> bool:
        return validators.ssn(value)


class SsnAfterCue(PatternRecognizer):
    """A number the text calls a Social Security number, whether or not SSA would issue it (a typo of a real
    one is as sensitive), and its last four digits ("last 4 of my ssn 6789", "SSN ending in 6789")."""

    name, type = "ssn-after-cue", "SSN"
    PATTERNS = (
        (
            Anchored(
                rf"{_SSN_CUE}\s*(?:number|no\.?|#)?\s*(?:is|:|#|,?\s*(?:it|that)['’]?s|,?\s*it is)?\s*"
                rf"(?P<v>\d{{3}}[- ]?\d{{2}}[- ]?\d{{4}})(?![\d-])",
                _SSN_CUE,
            ),
            0.95,
        ),
        (
            Anchored(
                rf"(?:last\s+(?:4|four)(?:\s+digits)?\s+of\s+(?:my\s+|his\s+|her\s+|the\s+)?{_SSN_CUE}|"
                rf"{_SSN_CUE}\s+(?:ending|ends)\s+(?:in|with))\s*(?:is|are|:|#|=)?\s*(?P<v>\d{{4}})(?!\d)",
                r"\blast\s+(?:4|four)|\b(?:ssn|social security|ss#)",
            ),
            0.9,
        ),
    )


class CreditCard(PatternRecognizer):
    name, type = "credit-card", "CREDIT_CARD"
    TRIGGER = r"\d{4}"
    PATTERNS = ((r"(?=[\d(+])(?<![\d-])(?:\d[ -]?){11,18}\d(?![\d-])", 0.9),)
    CONTEXT = ("card", "visa", "mastercard", "amex", "credit", "debit", "payment", "maestro", "jcb")

    def validate(self, value: str) -> bool:
        return validators.credit_card(value)


class CardCvv(PatternRecognizer):
    name, type = "card-cvv", "CARD_CVV"
    TRIGGER = r"cvv|cvc|csc|security code|card code"
    PATTERNS = (
        (
            Anchored(
                r"\b(?:cvv2?|cvc2?|csc|security code|card code)\b\W{0,3}(?:is\s+)?(?P<v>\d{3,4})\b",
                r"\b(?:cvv2?|cvc2?|csc|security code|card code)\b",
            ),
            0.9,
        ),
    )


class Iban(PatternRecognizer):
    name, type = "iban", "IBAN"
    TRIGGER = r"[a-z]{2}\d{2}"
    PATTERNS = (
        (r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", 0.9),
        # in lower case only where the text says it is one ("my iban is gb42nawi...")
        (r"(?i:\biban\b\W{0,3}(?:is\s+)?)(?P<v>(?i:[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?))\b", 0.9),
    )
    FLAGS = 0

    def validate(self, value: str) -> bool:
        return validators.iban(value)


# an ID in digit groups ("2123 45670 1", "943 476 5919") or one run of letters, digits and dashes
# "number" in the languages shop customers write: "AHV-Nr.", "numer PESEL", "número de utente"
_NUMBER_WORDS = (
    r"card|number|numbers|num|no|nr|nro|nº|número|numéro|numero|nummer|numer|numeris|numurs|číslo|kodas|identifier|id|code|"
    r"номер|број|broj|αριθμός|szám|नंबर|संख्या|रजिस्ट्रेशन|رقم|شماره|نمبر|מספר|หมายเลข|เลขที่|번호"
)
# a national number as written, with the dots, dashes, slashes or spaces of its scheme ("756.9217.0769.85")
_NATIONAL_VALUE = (
    r"(?=[A-Z0-9./-]*\d|[A-Z]{1,5} \d)[A-Z0-9]+(?:[./-][A-Z0-9]+)*(?: \d+(?:[./-]\d+)*){0,6}"
    r"(?:\(\w\)|(?-i: [A-Z])(?!\w))?"  # a check character in brackets or after a space: "A123456(7)", "… C"
)
_ID_VALUE = r"\d{2,5}(?: \d{1,5}){1,3}(?![\w.,/-]\d)|[A-Z0-9][A-Z0-9-]{3,24}"


# up to three words between the number's name and a colon, saying whose it is ("BHYT của mình:", "РНОКПП
# бабусі:", "member ID for my dad:"), when an ID-shaped value of six or more characters with a digit follows
_WHOSE = r"(?:\s+[^\W\d_][\w'’-]*){1,3}?\s*[:：](?=\s*(?=[A-Z0-9-]*\d)[A-Z0-9-]{6})"


def _id_after(words: str, value: str = _ID_VALUE) -> Anchored:
    """A value that follows one of ``words`` (one more in brackets: "Versichertennummer (KVNR)"), an optional
    'number/no/#/id/card', a colon or "is" in a few languages, and an issuer's short name in capitals
    ("insurance id: UHC 908812334")."""
    return Anchored(
        rf"\b(?:{words})\b\)?(?:\s+\(?(?:{words})\b\)?)*(?:[\s-]*(?:(?:{_NUMBER_WORDS})\b\.?|#|n\.?°|№|č\.|सं\.))*\s*"
        rf"(?:\s+on\s+(?:file|the\s+(?:back|bottom|label|box|side|card|device))(?:\s+(?:is|are))?|{_WHOSE})?\.?\s*(?:is|are|was|were|ist|es|c['’]est|est|är|jest|er|è|é|:|#|=)?\s*"
        rf"(?:(?:de\s+|del\s+|with\s+|at\s+)?(?-i:[A-Z]{{3,5}})\s+(?:es\s+|is\s+)?(?=\d))?(?P<v>{value})\b",
        rf"\b(?:{words})\b",
    )


# a hospital's patient or file number in other words and languages ("hospital no", "numéro de dossier")
_MRN_WORDS = (
    r"hospital number|hospital no|hosp no|unit number|ur number|patient no|file number|file no|dossier|"
    r"numéro de dossier|historia clínica|historia clinica|patientennummer|fallnummer|patiëntnummer|"
    r"patientnummer|journalnummer|رقم الملف|رقم المريض|מספר תיק"
)
_CJK_MRN = r"病人編號|病人编号|病歷號|病歷號碼|病历号|病案号|住院号|カルテ番号|患者番号|患者ID|등록번호"


class Mrn(PatternRecognizer):
    name, type = "mrn", "MRN"
    TRIGGER = rf"mrn|medical record|med rec|chart|patient id|patient number|record|{_MRN_WORDS}|{_CJK_MRN}"
    PATTERNS = (
        (_id_after(rf"mrn|medical record|med rec|chart|patient id|patient number|record|{_MRN_WORDS}"), 0.9),
        (rf"(?:{_CJK_MRN})[\s:：#]*(?P<v>[A-Z0-9][A-Z0-9-]{{3,24}})", 0.9, _CJK_MRN),
    )

    def validate(self, value: str) -> bool:
        return any(ch.isdigit() for ch in value)


# health-card numbers named in Chinese, Japanese or Korean script
_CJK_HEALTH = r"健保卡號|健保卡号|健保卡|医保卡号|社保卡号|医保号|保険証番号|被保険者番号|건강보험증번호"


# insurers a patient names instead of the word "member": "premera, mine is PRA771204516-01"
_INSURERS = (
    r"aetna|cigna|humana|premera|anthem|kaiser|bcbs|blue cross|blue shield|united ?healthcare|uhc|medical mutual|"
    r"molina|ambetter|wellcare|highmark|regence|oscar health|harvard pilgrim|tufts health|geisinger|caresource"
)


class HealthPlanId(PatternRecognizer):
    name, type = "health-plan-id", "HEALTH_PLAN_ID"
    TRIGGER = (
        r"member|mbr|subscriber|policy|insurance|beneficiary|medicare|medicaid|plan|group|grp|health|nhs|phn|ohip|"
        rf"cns|{_INSURERS}"
    )
    PATTERNS = (
        (
            _id_after(
                r"member|mbr|subscriber|policy|insurance|beneficiary|medicare|medicaid|medi-cal|plan|group|grp|"
                r"insurance card|health plan|health card|health number|nhs|phn|ohip|"
                r"cns|cartão sus|cartao sus"  # Brazil's national health card
            ),
            0.9,
        ),
        # an insurer's name, a few words, then "is", "id" or a colon and a number of five digits or more
        (
            Anchored(
                rf"\b(?:{_INSURERS})\b[^\n.?!]{{0,30}}?\b(?:is|id|number|no\.?|#|:)\s*"
                r"(?P<v>(?=[A-Z0-9-]*\d{5})[A-Z0-9][A-Z0-9-]{5,20})\b",
                rf"\b(?:{_INSURERS})\b",
            ),
            0.8,
        ),
        (_id_after(HEALTH_NUMBER_WORDS, _NATIONAL_VALUE), 0.9),
        (rf"(?:{_CJK_HEALTH})[\s:：]*(?P<v>[A-Z0-9][A-Z0-9 -]{{5,22}}[A-Z0-9])", 0.9, _CJK_HEALTH),
    )

    def validate(self, value: str) -> bool:
        return sum(ch.isdigit() for ch in value) >= 3


# "customer number" abroad: "numero cliente", "Kundennummer", "klantnummer", "n° client"
_CUSTOMER_WORDS = (
    r"numero cliente|numero di cliente|número de cliente|numéro client|numéro de client|n° client|kundennummer|"
    r"kunden-nr|kundennr|klantnummer|klantnr|asiakasnumero|kundnummer|numer klienta|číslo zákazníka|номер клиента|"
    # a bank account in the forms of Argentina, Mexico, France and Morocco, Vietnam
    r"cbu|cvu|clabe|rib|stk|số tài khoản|so tai khoan"
)


# a home-health episode's number, not "another episode 130-140's"
_EPISODE = r"episode(?=\s*(?:#|no\b|number|id\b|:|[a-z]{1,4}-?\d))"


class AccountNumber(PatternRecognizer):
    name, type = "account-number", "ACCOUNT_NUMBER"
    TRIGGER = rf"account|acct|routing|customer|encounter|episode|{_CUSTOMER_WORDS}"
    PATTERNS = (
        (
            _id_after(
                rf"account|acct|bank account|routing|customer|encounter|{_EPISODE}|{_CUSTOMER_WORDS}",
                r"\d{2,}(?: \d{2,}){1,5}(?![\w.,/-]\d)|[A-Z0-9][A-Z0-9_-]{4,30}",
            ),
            0.85,
        ),
        # a Shopify customer's global ID, as the Admin API and webhooks write it, and a Stripe customer's id
        (r"gid://shopify/Customer(?:Address)?/(?P<v>\d{4,20})\b", 0.9, r"gid://shopify/customer"),
        (r"(?<![\w-])cus_[A-Za-z0-9]{8,24}(?![\w-])", 0.85, r"\bcus_"),
    )

    def validate(self, value: str) -> bool:
        return value.startswith("cus_") or sum(ch.isdigit() for ch in value) >= 4  # Stripe's ids are random


class LicenseNumber(PatternRecognizer):
    name, type = "license-number", "LICENSE_NUMBER"
    PATTERNS = (
        (_id_after(r"driver'?s? licen[cs]e|dl|licen[cs]e|medical licen[cs]e|certificate", _NATIONAL_VALUE), 0.85),
        # driving licences and clinicians' registrations abroad: "Führerschein-Nr.", "GMC number 7012345",
        # "AHPRA MED0001234567", "RPPS 10101234567", "BIG-nummer", "nº de colegiado 282812345"
        (
            _id_after(
                r"führerschein|fuehrerschein|permis de conduire|carnet de conducir|licencia de conducir|"
                r"patente di guida|rijbewijs|prawo jazdy|körkort|ajokortti|kørekort|førerkort|carta de condução|"
                r"cdl|cnh|gmc|nmc|nmc pin|ahpra|rpps|adeli|lanr|crm|crm-[a-z]{2}|hpcsa|hpcsa mp|imc|mcnz|colegiado|"
                # Britain's pharmacists, the Dutch BIG register (11 digits), Singapore's doctors, Dubai's licences
                r"de colegiado|gphc|big(?=\s\d{11}\b)|mcr|dha|"
                r"big-nummer|big-registratie|registration number|reg no|reg\. no|regn|lic|slmc|pmdc|mci|smc|kmpdc|"
                r"mdcn|pmdc reg|slmc reg|imc reg|pangkat|पंजीकरण|रजिस्ट्रेशन|ترخيص|رقم الترخيص|רישיון|"
                # Ghana, Uganda, Morocco, Switzerland, US nurse practitioners, Mexico, Norway, Israel, Thailand
                r"mdc|mdc reg|umdpc|umdpc reg|inpe|gln|rcc|zsr|aprn|cédula profesional|céd\. prof|ced\. prof|"
                r"hpr|hpr-nr|מ\.ר|ว(?=\.\s?\d)",
                _NATIONAL_VALUE,
            ),
            0.85,
        ),
        (r"\b(?P<v>[A-Z][A-Z9]\d{7})\b", 0.5, r"[a-z][a-z9]\d{7}"),
    )
    CONTEXT = ("dea", "licence", "license", "prescriber")

    def validate(self, value: str) -> bool:
        if re.fullmatch(r"[A-Za-z][A-Za-z9]\d{7}", value):
            return validators.dea(value)
        return sum(ch.isdigit() for ch in value) >= 4  # "lic 2 refills" is no licence


# "number plate" abroad: "kenteken", "Kennzeichen", "immatriculation", "matrícula", "targa", "no. plat"
_PLATE_WORDS = (
    r"kenteken|nummerplaat|kennzeichen|amtliches kennzeichen|immatriculation|plaque|matrícula|matricula|placa|"
    r"targa|numer rejestracyjny|rejestracja|rekisterinumero|registreringsnummer|reg\. nr|rego|no\. plat|"
    r"kereta|номерной знак|госномер|πινακίδα|車牌|ナンバー|차량번호"
)


_VEHICLE_WORDS = r"car|bike|motorbike|motorcycle|scooter|van|truck|pickup|vehicle|kereta|boda|moto|carro|coche"


class VehicleId(PatternRecognizer):
    name, type = "vehicle-id", "VEHICLE_ID"
    PATTERNS = (
        (r"\b[A-HJ-NPR-Z0-9]{17}\b", 0.9, r"[a-hj-npr-z0-9]{17}"),
        (_id_after(r"licen[cs]e plate|plate|registration", r"[A-Z0-9][A-Z0-9 -]{1,8}[A-Z0-9]"), 0.8),
        # in capitals, as plates are, and all of it (no issuer's letters taken off: "kereta WXY 4471")
        (
            Anchored(
                rf"\b(?:{_PLATE_WORDS}|licen[cs]e plate|plate)\b\)?\s*(?:no\.?|nr\.?|number|#)?\s*(?:is\s+|[:=]\s*)?"
                r"(?P<v>(?-i:[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,3})?))(?![\w-])",
                rf"\b(?:{_PLATE_WORDS}|licen[cs]e plate|plate)\b",
            ),
            0.85,
        ),
        # a plate after the vehicle it is on, in a plate's shapes: "car LK19 VNX", "bike reg UFD 482K",
        # "kereta dia WXY 8812" (a letter and a digit in it, and capitals only)
        (
            Anchored(
                rf"\b(?:{_VEHICLE_WORDS})\b(?:\s+(?:reg(?:istration)?|plate|dia|is|no\.?|number))*\s*[:#]?\s*"
                r"(?P<v>(?-i:(?=[A-Z0-9 ]*\d)(?=[A-Z0-9 ]*[A-Z])(?:[A-Z]{2}\d{2}\s[A-Z]{3}|[A-Z]{3}\s\d{1,4}[A-Z]?|"
                r"[A-Z]{1,3}\d{2,4}[A-Z]{0,3})))(?![\w-])",
                rf"\b(?:{_VEHICLE_WORDS})\b",
            ),
            0.75,
        ),
    )

    def validate(self, value: str) -> bool:
        return validators.vin(value) if len(value) == 17 and " " not in value else any(c.isdigit() for c in value)


# "serial number" in the languages of the devices' buyers; and in scripts no word boundary sets off
_SERIAL_WORDS = (
    r"serial number|seriennummer|serienummer|serienr|sarjanumero|numéro de série|numero de serie|número de serie|"
    r"numero di serie|numer seryjny|sériové číslo|výrobní číslo|серийный номер|серійний номер|αριθμός σειράς"
)
_DEVICE_WORDS = rf"serial|s/n|sn|device|udi|pump|cgm|sensor|transmitter|pacemaker|implant|meter|{_SERIAL_WORDS}"
_CJK_SERIAL = r"序號|序号|序列号|序列號|製造番号|シリアル番号|시리얼 번호|시리얼번호|일련번호"


class DeviceId(PatternRecognizer):
    name, type = "device-id", "DEVICE_ID"
    TRIGGER = rf"{_DEVICE_WORDS}|{_CJK_SERIAL}"
    PATTERNS = (
        (
            _id_after(
                _DEVICE_WORDS,
                r"[A-Z0-9(][A-Z0-9()-]{5,40}",
            ),
            0.85,
        ),
        # a pair's serials, each side named: "Serial (left): 2219HX0417"
        (
            r"\b(?:serial|s/n|sn)\b(?:\s*(?:no\.?|number|#))?\s*\((?:left|right|l|r)\)\s*:?\s*(?P<v>[A-Z0-9][A-Z0-9-]{5,40})",
            0.85,
            r"\b(?:serial|s/n|sn)\b",
        ),
        (rf"(?:{_CJK_SERIAL})[\s:：]*(?P<v>[A-Z0-9][A-Z0-9-]{{5,40}})", 0.85, _CJK_SERIAL),
    )

    def validate(self, value: str) -> bool:
        digits = sum(ch.isdigit() for ch in value)
        # three digits, or a six-character code of letters and digits (a CGM transmitter's "8NQ4RX")
        return digits >= 3 or (digits == 2 and len(value) == 6 and value.isalnum())


class BiometricId(PatternRecognizer):
    name, type = "biometric-id", "BIOMETRIC_ID"
    TRIGGER = r"fingerprint|retina|iris|voiceprint|face ?id|biometric"
    PATTERNS = ((_id_after(r"fingerprint|retina|iris|voiceprint|face ?id|biometric"), 0.85),)

    def validate(self, value: str) -> bool:
        return sum(ch.isdigit() for ch in value) >= 2


# an order, a return, a lab accession or a specimen named in the languages shop customers write; "study" or
# "request" only with a number sign or word after them ("Study #: PSG-26-1187", "Prior request #PA-26-771204")
_ORDER_WORDS = (
    r"objednávka|objednávky|objednávku|objednavka|objednávka č|поръчка|поръчката|заказ|замовлення|narudžba|"
    r"narudžbe|porudžbina|naročilo|užsakymo|užsakymas|pasūtījums|pasūtījuma|tellimus|tellimuse|tilaus|"
    r"tilausnumero|commande|pedido|encomenda|bestelling|bestellung|bestellnummer|ordine|zamówienie|zamówienia|"
    r"rendelés|sipariş|comanda|παραγγελία|παραγγελίας|הזמנה|طلب|الطلب|سفارش|ऑर्डर|คำสั่งซื้อ|주문|"
    r"return authorization|return auth|rma|accession|specimen label|specimen|requisition|kit barcode|"
    r"(?:study|request|authorization|auth)(?=\s*(?:#|no\b|number|id\b))"
)
_CJK_ORDER = r"订单号|订单编号|訂單編號|訂單號碼|訂單號|注文番号|注文番號|受注番号|주문번호"
# national identity numbers named in Chinese or Thai script, which no word boundary sets off
_CJK_NATIONAL = (
    r"身分證字號|身分證號碼|身分證|身份證號碼|身份證|身份证号码|身份证号|公民身份号码|เลขประจำตัวประชาชน|บัตรประชาชน"
)


class OtherId(PatternRecognizer):
    name, type = "other-id", "OTHER_ID"
    PATTERNS = (
        (
            _id_after(
                r"order|orders|confirmation|reference|ref|ticket|case|claim|rx|prescription|refill|receta|ricetta|"
                rf"{_ORDER_WORDS}"
            ),
            0.8,
        ),
        # the same words where no word boundary sets them off: "订单号20261208", "注文番号：A-4471"
        (rf"(?:{_CJK_ORDER})[\s:：#]*(?P<v>[A-Z0-9][A-Z0-9-]{{3,24}})", 0.8, _CJK_ORDER),
        (rf"(?:{_CJK_NATIONAL})[\s:：]*(?P<v>[A-Z0-9][A-Z0-9 -]{{5,22}}[A-Z0-9](?:\([0-9A]\))?)", 0.85, _CJK_NATIONAL),
        (r"(?<![\w#])#(?P<v>(?-i:[A-Z]{1,4}-)?\d{4,12})\b", 0.6, r"#(?:[a-z]{1,4}-)?\d{4}"),  # "#448120", "#NW-448120"
        (r"gid://shopify/(?:Order|DraftOrder|Checkout|MailingAddress)/(?P<v>\d{4,20})\b", 0.85, r"gid://shopify/"),
        (_id_after(NATIONAL_ID_WORDS, _NATIONAL_VALUE), 0.85),
        (Anchored(r"\bnpi\b\W{0,3}(?P<v>\d{10})\b", r"\bnpi\b\W{0,3}\d"), 0.9),
        # a bare "id" or a tracking, invoice or booking number: six or more characters with digits among them
        (
            _id_after(
                # a validation code, Germany's e-prescription and Italy's (NRE), a medical certificate
                r"id|tracking|transaction|invoice|booking|visit|validation code|verification code|"
                r"código de validação|codigo de validacao|e-rezept-id|rezept-id|nre|mc(?=\s*no\b)",
                r"(?=[A-Z0-9.-]*\d)[A-Z0-9][A-Z0-9.-]{4,24}[A-Z0-9]",
            ),
            0.7,
        ),
        # "9400 1118 9922 3847 5510 63", "FedEx 7793 4412 0075"
        (_id_after(r"tracking|fedex|ups|usps|dhl", r"\d{4}(?: \d{2,4}){2,6}(?![\w])"), 0.8),
    )

    def validate(self, value: str) -> bool:
        if _ONE_DECIMAL.search(value):
            return False  # "ID=95.8-97.2" is a temperature range; "160.100.482.771.306.28" an e-prescription
        return sum(ch.isdigit() for ch in value) >= 3 and not _HOURS.fullmatch(value)  # "orders for 1900-0700"


_ONE_DECIMAL = re.compile(r"\d\.\d(?!\d)")
_HOURS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d")


# what follows "@" in code, style sheets and documentation, not a person's handle
_NOT_HANDLES = (
    r"param|return|returns|raises|throws|type|types|deprecated|override|property|staticmethod|classmethod|"
    r"dataclass|pytest|app|router|media|import|keyframes|font-face|supports|charset|author|since|see|example|"
    r"todo|here|everyone|channel|all|goal|rate|night|bedtime|rest|baseline|bases?"
)


class Username(PatternRecognizer):
    name, type = "username", "OTHER_ID"
    PATTERNS = (
        (
            Anchored(
                r"\b(?:username|user name|user id|login|handle|(?:portal|account|app|admin)\s+user)\b\s*(?:is|:)?\s*"
                r"(?P<v>@?[\w.-]{2,31}\w)",  # not the full stop after it
                r"\b(?:username|user name|user id|login|handle|(?:portal|account|app|admin)\s+user)\b",
            ),
            0.85,
        ),
        # after "user:" only a value shaped like a user name ("user: gwojcik.1958"), for "User: hello" is a turn
        (Anchored(r"\buser\s*:\s*(?P<v>(?=[\w.-]*[\d_.][\w.-]*\w)[A-Za-z][\w.-]{1,30}\w)", r"\buser\s*:"), 0.8),
        # a mention ("@mochi.kat same!!", "| @dnguyen |") and a Reddit user ("u/prairie_lily_84"), not an e-mail's
        # domain, a decorator or a doc tag ("@app.route(", "@param"), a CSS rule or a package ("@media", "@types/x"),
        # nor a note's "@BASES" in capitals
        (
            rf"(?<![\w.@/])@(?!(?:{_NOT_HANDLES})\b)(?P<v>(?-i:(?=[\w.-]*[a-z]))[A-Za-z][\w.-]{{1,30}}[A-Za-z0-9])"
            r"(?![\w@(/]|\.\w+\()",
            0.7,
            r"@[a-z]",
        ),
        # (not a note's "u/o" for urine output, "U/hr" for units)
        (
            r"(?<![\w/])(?-i:u)/(?!o\d|o\b|hr|hour|h\b|kg|min|day|d\b)(?P<v>[A-Za-z0-9][\w-]{2,20})(?![\w/])",
            0.75,
            r"\bu/\w",
        ),
    )

    def validate(self, value: str) -> bool:
        return value.lower() not in {"and", "the", "for", "please", "with", "is", "was"}


BUILTIN: tuple[type[PatternRecognizer], ...] = (
    Email, Url, IpAddress, Ssn, SsnAfterCue, CreditCard, CardCvv, Iban, Phone, PhoneAfterCue, Fax, Date, ShortDate,
    YearAlone, Age,
    Zip, StreetAddress, LowerCaseStreet, AddressAfterCue, AddressLine, AddressPart, NumberedStreet, Corner, Facility,
    Mrn, HealthPlanId, AccountNumber, LicenseNumber, VehicleId, DeviceId, BiometricId, OtherId, Username, FieldValue,
    NationalId, PostcodeBesideTown, TownBeforeState, Hl7Segments, X12Segments, SpokenIdentifiers, LabelledNumber,
    PrefixedId, PathId, ScriptAddressUnits,
)  # fmt: skip

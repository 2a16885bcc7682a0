"""National identity, tax and health numbers of the countries shop customers write from, in the shapes
their owners type them: PESEL, personnummer, BSN, codice fiscale, CPF, CURP, Aadhaar, the French NIR, the
Swiss AHV number, the US Medicare MBI, the UK National Insurance number and some forty more.

Two ways in. After a word that names the number in its own language ("PESEL:", "numer PESEL",
"AHV-Nr.", "número de utente", "číslo pojištěnce"), a value is the number whatever its shape; those
words extend the ID recognizers in ``patterns`` (``NATIONAL_ID_WORDS``, ``HEALTH_NUMBER_WORDS``). With
no such word, a value is reported only when its shape is the scheme's own (separators where the
scheme puts them, letters where it has letters) and its check digits or embedded birth date are
valid, checked by python-stdnum, so an order number or a lot number that happens to have as many
digits is not a national ID.

Numbers printed on a health-insurance card (NHS, Medicare, NIR, AHV, SV-Nummer, AMKA, CNS) are
HEALTH_PLAN_ID; identity and tax numbers are OTHER_ID.
"""

from __future__ import annotations

import heapq
import importlib
import re
from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import dataclass

from phigate.deid.recognizer import PatternRecognizer, _at, after_product_code, number_starts
from phigate.taxonomy import Finding

# Words that name a national identity or tax number, lower case, as a regular expression alternation.
NATIONAL_ID_WORDS = (
    r"pesel|personnummer|personnr|person nr|fødselsnummer|fødselsnr|fnr|cpr|cpr-nr|henkilötunnus|hetu|"
    r"bsn|burgerservicenummer|sofinummer|rijksregisternummer|rijksregister|registre national|"
    r"numéro national|insz|niss|codice fiscale|cpf|curp|dni|nie|nif|pps|ppsn|aadhaar|aadhar|nric|"
    r"hkid|kimlik|tc kimlik|tckn|cnp|rut|cuil|cuit|egn|oib|cnic|mykad|nik|itin|kennitala|steuer-id|"
    r"steuerid|steuer-identifikationsnummer|steueridentifikationsnummer|identifikationsnummer|tfn|"
    r"tax file|ird|national insurance|nin|nino|national id|national identity|identity|identity card|"
    r"id card|cédula|cedula|teudat zehut|sss|rodné číslo|rodne cislo|isikukood|asmens kodas|emšo|emso|"
    r"dowód|dowod|social insurance|ausweis|personalausweis|dni/nie|tarjeta de identidad|rrn|"
    r"resident registration|주민등록번호|身份证|マイナンバー|passport|"
    # short words that are also ordinary words ("run 10000 steps", "sin 500 mg", "fin 2024") count only
    # when "number", "no" or a colon follows them
    r"(?:pan|fin|run|ni|sin|nas)(?=\s*(?:number|no\b|nr|#|:))|reisepass|passeport|pasaporte|"
    # Hebrew, Ukrainian and Russian identity and tax numbers ("ת.ז.", "РНОКПП", "ИНН", "СНИЛС")
    r"ת\.ז|ת\"ז|תעודת זהות|рнокпп|іпн|инн|снилс|паспорт|"
    # Balkan, Baltic, Greek, Arabic, South Asian and African identity and tax numbers
    r"jmbg|јмбг|егн|personas kods|personas kodu|personal code|personal number|personal id|identity number|"
    r"id number|αφμ|αδτ|αριθμός ταυτότητας|الرقم القومي|رقم الهوية|الرقم الوطني|رقم البطاقة|ghana card|nida|"
    r"شناختی کارڈ|قومی شناختی|आधार|पैन|nin|bvn|"
    # short ones that are also words or abbreviations, only before a number: "kt. 120434-2769", "CIN BE447182"
    r"(?:kt|cin|nic|nid|dui)(?=\.?\s*(?:number|no\b|nr|#|:|[a-zA-Z]{0,3}\d))|"
    # Colombia's "C.C. 19.384.227" and Mexico's RFC, only before the number's shape
    r"c\.c(?=\.?\s*\d{1,3}(?:\.\d{3}){2})|rfc(?=:?\s*[a-z&ñ]{3,4}\d{6})"
)
# Words that name a health-insurance or national health number.
HEALTH_NUMBER_WORDS = (
    r"sv-nummer|sv-nr|svnr|sozialversicherungsnummer|versicherungsnummer|versichertennummer|"
    r"krankenversichertennummer|kvnr|krankenkasse|krankenversicherung|e-card|ahv|avs|ahv-nr|avs-nr|nir|"
    r"sécurité sociale|securite sociale|sécu|secu|carte vitale|tessera sanitaria|tarjeta sanitaria|"
    r"número de utente|numero de utente|utente|sns|cartão sus|cartao sus|nss|imss|seguro social|"
    r"amka|αμκα|číslo pojištěnce|cislo pojistence|pojištěnce|zorgverzekering|zorgpas|nhi|abha|health id|"
    r"h&c|mbi|philhealth|ehic|mutuelle|obra social|fonasa|isapre|nhif|nhis|medicare|"
    r"health insurance|insurance number|versicherten-nr|medical card|nhia|enrolee|enrollee|"
    r"afiliado|afiliada|assurance maladie|ramq|被保険者番号|保険証|健康保険|bhyt|daman|"
    r"(?:chi|cip|cns|taj|sha)(?=\s*(?:number|no\b|nr|#|:))|"
    # the Dutch, Slovene, Croatian, Serbian, Moroccan, Peruvian, Israeli and US military and state plans' words
    r"polisnummer|verzekeringsnummer|zavarovane osebe|zavarovanca|zzzs|лбо|cnss|ramed|essalud|autogenerado|"
    r"קופת חולים|בקופת חולים|מספר חבר|tricare|health card|care card|carte soleil|medical aid|bpjs|jkn|"
    r"(?:chi|mbo|lbo|dbn|amo)(?=\s*(?:number|no\b|nr|#|:|\d{5}))|"
    # Catalonia's, the Basque Country's, Cyprus's, Belgium's, Senegal's and Jamaica's health cards
    r"cip(?=\s+[a-z]{4}\s?\d)|catsalut|tis(?=\s+osakidetza)|osakidetza|gesy|γεσυ|aansluitingsnummer|cmu|nhf"
)


@dataclass(frozen=True)
class Scheme:
    name: str
    type: str
    shape: str  # the number as its owners write it, with the scheme's own separators or letters
    check: str | Callable[[str], bool]  # a python-stdnum module, or a function


def _medicare_au(value: str) -> bool:
    """Australian Medicare card number: ten digits (and an issue digit), first 2-6, check digit ninth."""
    d = [int(c) for c in value if c.isdigit()]
    if len(d) not in (10, 11) or not 2 <= d[0] <= 6:
        return False
    return sum(x * w for x, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == d[8]


def _hkid(value: str) -> bool:
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(?([0-9A])\)?", value.upper())
    if m is None:
        return False
    letters, digits, check = m.groups()
    chars = [36] * (2 - len(letters)) + [ord(c) - 55 for c in letters] + [int(c) for c in digits]
    total = sum(x * w for x, w in zip(chars, range(9, 1, -1), strict=True))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


def _nric_sg(value: str) -> bool:
    v = value.upper()
    if not re.fullmatch(r"[STFG]\d{7}[A-Z]", v):
        return False
    total = sum(int(c) * w for c, w in zip(v[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if v[0] in "TG" else 0)
    table = "JZIHGFEDCBA" if v[0] in "ST" else "XWUTRQPNMLK"
    return table[total % 11] == v[8]


# the two letters a National Insurance number can start with
_NINO_PREFIX = r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
_MBI_LETTER = "[AC-HJKMNP-RT-Y]"
_MBI_ANY = "[AC-HJKMNP-RT-Y0-9]"

SCHEMES: tuple[Scheme, ...] = (
    Scheme("ch-ahv", "HEALTH_PLAN_ID", r"756[. ]?\d{4}[. ]?\d{4}[. ]?\d{2}", "stdnum.ch.ssn"),
    Scheme("fr-nir", "HEALTH_PLAN_ID", r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}", "stdnum.fr.nir"),
    Scheme(
        "us-mbi",
        "HEALTH_PLAN_ID",
        rf"[1-9]{_MBI_LETTER}{_MBI_ANY}\d-?{_MBI_LETTER}{_MBI_ANY}\d-?{_MBI_LETTER}{{2}}\d{{2}}",
        lambda v: True,
    ),
    Scheme("au-medicare", "HEALTH_PLAN_ID", r"[2-6]\d{3} \d{5} \d(?:[ /-]\d)?", _medicare_au),
    Scheme("gb-nino", "OTHER_ID", rf"{_NINO_PREFIX} ?\d{{2}} ?\d{{2}} ?\d{{2}} ?[A-D]", lambda v: True),
    Scheme("fi-hetu", "OTHER_ID", r"\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]", "stdnum.fi.hetu"),
    Scheme("se-personnummer", "OTHER_ID", r"(?:19|20)?\d{6}[-+]\d{4}", "stdnum.se.personnummer"),
    Scheme("be-nn", "OTHER_ID", r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", "stdnum.be.nn"),
    Scheme("it-codicefiscale", "OTHER_ID", r"[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]", "stdnum.it.codicefiscale"),
    Scheme("br-cpf", "OTHER_ID", r"\d{3}\.\d{3}\.\d{3}-\d{2}", "stdnum.br.cpf"),
    Scheme("mx-curp", "OTHER_ID", r"[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d", "stdnum.mx.curp"),
    Scheme("es-dni", "OTHER_ID", r"\d{8}-?[A-Z]", "stdnum.es.dni"),
    Scheme("es-nie", "OTHER_ID", r"[XYZ]-?\d{7}-?[A-Z]", "stdnum.es.nie"),
    Scheme("in-pan", "OTHER_ID", r"[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]", "stdnum.in_.pan"),
    Scheme("in-aadhaar", "OTHER_ID", r"[2-9]\d{3} \d{4} \d{4}", "stdnum.in_.aadhaar"),
    Scheme("kr-rrn", "OTHER_ID", r"\d{6}-\d{7}", "stdnum.kr.rrn"),
    Scheme("cn-ric", "OTHER_ID", r"\d{17}[\dX]", "stdnum.cn.ric"),
    Scheme("cl-rut", "OTHER_ID", r"\d{1,2}\.\d{3}\.\d{3}-[\dK]", "stdnum.cl.rut"),
    Scheme("ar-cuit", "OTHER_ID", r"(?:20|23|24|27|30|33|34)-\d{8}-\d", "stdnum.ar.cuit"),
    Scheme("pk-cnic", "OTHER_ID", r"\d{5}-\d{7}-\d", "stdnum.pk.cnic"),
    Scheme("my-nric", "OTHER_ID", r"\d{6}-\d{2}-\d{4}", "stdnum.my.nric"),
    Scheme("cz-rc", "OTHER_ID", r"\d{6}/\d{3,4}", "stdnum.cz.rc"),
    Scheme("sg-nric", "OTHER_ID", r"[STFG]\d{7}[A-Z]", _nric_sg),
    Scheme("hk-hkid", "OTHER_ID", r"[A-Z]{1,2}\d{6}\([0-9A]\)", _hkid),
)


# where a scheme that begins with letters can begin (each has a digit after at most six of them, see SCHEMES)
_LETTERS_THEN_DIGIT = re.compile(r"(?<![\w.+/-])[A-Z]{1,6}[ -]?\d")


def _checker(check: str | Callable[[str], bool]) -> Callable[[str], bool]:
    if callable(check):
        return check
    module = importlib.import_module(check)
    validate: Callable[[str], bool] = module.is_valid
    return validate


class NationalId(PatternRecognizer):
    """Finds the schemes' numbers by shape and check digits, with no word naming them needed."""

    name, type = "national-id", "OTHER_ID"

    def __init__(self, schemes: Sequence[Scheme] = SCHEMES) -> None:
        super().__init__()
        self._schemes = [(s, _checker(s.check)) for s in schemes]
        parts = "|".join(f"(?P<s{i}>{s.shape})" for i, s in enumerate(schemes))
        self._regex = re.compile(rf"(?<![\w.+/-])(?:{parts})(?![\w]|[.\-/]\w)")
        self._trigger = re.compile(r"\d{2}")

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        if self._trigger.search(text) is None:
            return
        # a number begins with a digit, or with one to six capitals before one: tried only there
        letters = (m.start() for m in _LETTERS_THEN_DIGIT.finditer(text))
        starts = heapq.merge(number_starts(text) if numbers is None else numbers, letters)
        for m in _at(self._regex, text, starts):
            index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
            scheme, valid = self._schemes[index]
            value = m.group()
            try:
                ok = valid(value)
            except Exception:  # noqa: BLE001 - a checker that chokes on odd input is a no
                ok = False
            if ok and not after_product_code(lower, m.start()):
                yield Finding(scheme.type, m.start(), m.end(), 0.8, f"{self.name}:{scheme.name}", value)

"""Where a patient lives: street addresses in US and European forms, units and post boxes, addresses after a
cue ("my address is"), ZIP and postal codes; facilities by name are in ``phigate.deid.facilities``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set

from phigate.deid.gazetteer import US_STATES
from phigate.deid.medication import looks_like_medication
from phigate.deid.national_ids import HEALTH_NUMBER_WORDS, NATIONAL_ID_WORDS
from phigate.deid.phones import PHONE_CUE
from phigate.deid.recognizer import Anchored, PatternRecognizer
from phigate.taxonomy import Finding

_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
    "OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)


_STATE_NAMES = (
    r"(?:new\s+(?:hampshire|jersey|mexico|york)|(?:north|south)\s+(?:carolina|dakota)|west\s+virginia|"
    r"rhode\s+island|district\s+of\s+columbia|" + "|".join(sorted(US_STATES, key=len, reverse=True)) + ")"
)

# the country letters European postcodes are written with
_POSTCODE_COUNTRIES = "A|B|D|F|I|L|CH|LT|LV|EE|FI|HR|SI|SK|CZ|PL|SE|NO|DK|IS|BG|RO|GR|CY|PT|ES|NL|BE|AT|DE|HU|LU|FL"
_COUNTRY_POSTCODE = rf"(?:{_POSTCODE_COUNTRIES})-\d{{3,5}}(?![\w-])"
_COUNTRY_POSTCODE_TRIGGER = rf"\b(?:{_POSTCODE_COUNTRIES.lower()})-\d{{3}}"


class Zip(PatternRecognizer):
    name, type = "zip", "ZIP"
    TRIGGER = r"\d{5}|zip|post"
    PATTERNS = (
        (rf"\b(?:{_STATES}),?\s+(?P<v>\d{{5}}(?:-\d{{4}})?)\b", 0.9, r"\d{5}"),
        # a state written out: "Chicago, Illinois 60601", "New Mexico 87501"
        (rf"(?i:\b(?:{_STATE_NAMES}),?\s+)(?P<v>\d{{5}}(?:-\d{{4}})?)\b(?![\w.,-]\d)", 0.85, r"\d{5}"),
        (r"(?=[\d(+])(?<![\w$.,-])(?P<v>\d{5}(?:-\d{4})?)(?![\w.,-]\d)", 0.3, r"\d{5}"),
        # five digits after "near" in a question: "pharmacy open sunday near 85257", not "near 20000 steps"
        (
            r"(?i:\b(?:near|nearest|around|close to)\s+)(?P<v>\d{5})(?![\w.,-]\d)"
            r"(?!\s*(?i:steps|feet|ft|foot|miles?|mi|km|meters|m\b|dollars|usd|people|units|mg|ml|calories|kcal))",
            0.7,
            r"\b(?:near|nearest|around|close to)\s+\d{5}",
        ),
        # a state typed in lower case after the town: "springfield il 62704"
        (rf"(?<=[a-z] )(?:{_STATES.lower()}),?\s+(?P<v>\d{{5}}(?:-\d{{4}})?)\b(?![\w.,-]\d)", 0.6, r"\d{5}"),
        # the letter-and-digit forms, in capitals: UK "NW1 6XE" (no C, I, K, M, O or V in the second half),
        # Canadian "M5V 3L9", Irish Eircode "D04 K7X2" (a letter among its last four), Dutch "1015 CS" after a
        # comma and before the town
        (r"\b(?P<v>(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) \d[ABD-HJLNP-UW-Z]{2})\b", 0.75, r" \d[a-z]{2}\b"),
        (r"\b(?P<v>[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d)\b", 0.75, r"[a-z]\d[a-z] ?\d"),
        (r"\b(?P<v>(?:[AC-FHKNPRTV-Y]\d{2}|D6W) (?=\d*[A-Z])[0-9AC-FHKNPRTV-Y]{4})\b", 0.75, r"\d{2} [a-z0-9]{4}\b"),
        (
            r"(?:(?<=, )|(?<=^)|(?<=\n))(?P<v>[1-9]\d{3} (?!SA|SD|SS|IU|MG|ML|MM|CM|KG|AM|PM)[A-Z]{2})(?= [A-Z][a-z])",
            0.7,
            r"\d{4} [a-z]{2} ",
        ),
        # Argentina's CPA: a province letter, four digits, three letters ("C1425BGF")
        (r"\b(?P<v>[A-HJ-NP-Z]\d{4}[A-Z]{3})\b", 0.7, r"\b[a-z]\d{4}[a-z]{3}\b"),
        # Australian states before their four digits: "Parramatta NSW 2150"
        (
            r"\b(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\s+(?P<v>\d{4})\b(?![\w.,-]\d)",
            0.8,
            r"\b(?:nsw|vic|qld|sa|wa|tas|nt|act)\s+\d{4}",
        ),
        # a European postcode with its country's letters: "L-4221 Esch-sur-Alzette", "LT-44309 Kaunas", "Rīgā,
        # LV-1012", "CH-8001 Zürich": before a capitalised town, or after a comma and at the end of the phrase
        (rf"(?<![\w-])(?P<v>{_COUNTRY_POSTCODE})(?=[ \t]+[^\W\d_a-z])", 0.7, _COUNTRY_POSTCODE_TRIGGER),
        (rf"(?<=, )(?P<v>{_COUNTRY_POSTCODE})(?=[ \t]*(?:[.;)\n]|$))", 0.7, _COUNTRY_POSTCODE_TRIGGER),
        # any national form after the word: "ZIP: 394 13", "my zip code is 610", "postcode 7412 SL"
        (
            Anchored(
                r"(?i:\b(?:zip|postal|post)\s*(?:code)?\b|\bc\.\s?p\.|\b(?:postcode|eircode|plz|cep|pincode|pin code|"
                r"postnummer|postinumero|code postal|código postal|codigo postal|kod pocztowy|"
                r"irányítószám|psč)\b)\s*(?:is|:|#)?\s*"
                r"(?P<v>\d[\dA-Z]{1,4}(?:[ -][\dA-Z]{2,4})?)(?![\w-])",
                r"\b(?:zip|postal|post\s*code|postcode|eircode|plz|cep|pincode|pin code|postnummer|postinumero|"
                r"c\.\s?p\.|"
                r"code postal|código postal|codigo postal|kod pocztowy|irányítószám|psč)",
            ),
            0.85,
        ),
    )
    CONTEXT = ("zip", "postal", "postcode", "zip code", "zipcode")
    FLAGS = 0


STREET_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|"
    r"circle|cir|highway|hwy|parkway|pkwy|square|sq|trail|trl|alley|loop|row|crescent|close|freeway|fwy|"
    r"expressway|expy|pike)\.?"
)
STREET_SUFFIX_WORD = rf"(?i:{STREET_SUFFIX})(?![\w])"  # in any case, and a whole word
_UNIT = r"(?:,?\s*(?:apt\.?|apartment|suite|ste\.?|unit|#|room|rm\.?|fl\.?|floor|(?i:bldg\.?|building))\s*#?\s*[\w-]+)"
_CITY = r"(?:,\s*[A-Z][a-zA-Z]+(?![\w])(?:[ -][A-Z][a-zA-Z]+(?![\w])){0,2})"  # not "Edinburgh EH" of "EH9 1HG"
_STATE_ZIP = rf"(?:,?\s*(?:{_STATES})\b(?:\s+\d{{5}}(?:-\d{{4}})?)?)"


class StreetAddress(PatternRecognizer):
    name, type = "street-address", "STREET_ADDRESS"
    TRIGGER = rf"\b(?:{STREET_SUFFIX}|box)"
    PATTERNS = (
        (
            # a Hawaiian house number has its zone first ("94-1021 Kaukahi St"); a direction may follow the
            # street's type ("1200 Peachtree St NE", "1907 Kessler Blvd N Dr")
            rf"(?=[\d(+])(?<![\d.])\b(?:\d{{2}}-)?\d{{1,6}}[A-Za-z]?\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?"
            rf"(?:(?:\d+(?:st|nd|rd|th)|[A-Z][a-z'.-]*)\s+){{1,3}}?{STREET_SUFFIX_WORD}"
            rf"(?:[ \t]+(?:[NS][EW]|[NSEW])\.?(?:[ \t]+(?i:{STREET_SUFFIX}))?(?![\w]))?"
            rf"{_UNIT}?(?:{_CITY}{_STATE_ZIP}?)?",
            0.8,
        ),
        # a rural route's box ("RR 2 Box 118A", "HC 61 Box 30"), never "RR 16" alone (a breathing rate)
        (
            Anchored(
                r"(?i:\b(?:rr|r\.r\.|rural route|hc|star route)\s*\d{1,3},?\s+box\s+\d{1,5}[a-z]?\b)",
                r"\b(?:rr|r\.r\.|rural route|hc|star route)\s*\d{1,3},?\s+box\s+\d",
            ),
            0.85,
        ),
        # the Spanish word order of US addresses: "9 Plaza Encantada", "5107 de la calle Alameda, departamento 3"
        (
            r"\b\d{1,5}\s+(?:de\s+la\s+)?(?i:calle|avenida|camino|plaza|paseo|calzada|callejón|privada)\s+"
            r"(?:de\s+(?:la\s+|los\s+|las\s+)?)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’-]+){0,2}"
            r"(?:,?\s*(?i:departamento|depto\.?|apartamento|apto\.?|interior|int\.)\s*#?\s*[\w-]+)?",
            0.75,
            r"\d\s+(?:de\s+la\s+)?(?:calle|avenida|camino|plaza|paseo|calzada|callejón|privada)\s",
        ),
    )
    FLAGS = 0

    def validate(self, value: str) -> bool:
        # the suffix must be capitalised too ("12 Elm Street", not "2 peripheral lines in place")
        words = value.split(",")[0].split()
        if re.search(r"(?i)\bbox\b", value):
            return True  # a rural route's box (a post office box is an address part's)
        return len(words) >= 3 and (words[-1][:1].isupper() or bool(re.search(_UNIT, value, re.I)))


_LOWER_SUFFIX = (  # the street words that rarely end anything else: "dr", "ct", "pl", "way" need capitals
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|parkway|pkwy|highway|hwy|terrace|trail)\.?"
)
_NOT_STREET = frozenset(
    "and or but for to at with of from by the a an in on my his her our their was is are had has then than "
    "down up off over past near across along blocks block miles mile times minutes hours days weeks".split()
)

_TOWN_WORD = rf"(?!(?:{'|'.join(sorted(_NOT_STREET))})\b)[^\W\d_]+"


class LowerCaseStreet(PatternRecognizer):
    """A street address typed in lower case, as chat is: "4417 n kedzie blvd unit 2", "31 elm st apt 6
    peoria il 61602" (a town joins when a ZIP follows it, with or without the state). The street has at
    most three words, none a function word or a count ("3 blocks down main st" is no address)."""

    name, type = "street-lower", "STREET_ADDRESS"
    TRIGGER = rf"\d[a-z]?[ \t]+(?:[\w'.-]+\s+){{1,4}}{_LOWER_SUFFIX}(?!\w)"  # "55 e 3rd st": a word may be a number
    PATTERNS = (
        (
            rf"(?=[\d(+])(?<![\d.,/])\b\d{{1,6}}[a-z]?[ \t]+(?:[nsew]\.?\s+|(?:north|south|east|west)\s+)?"
            rf"(?:(?:\d+(?:st|nd|rd|th)|[^\W\d_][\w'.-]*)\s+){{1,3}}?{_LOWER_SUFFIX}(?!\w){_UNIT}?"
            rf"(?:,?\s+{_TOWN_WORD}(?:\s+{_TOWN_WORD}){{0,2}}(?:,?\s+(?:{_STATES.lower()}))?,?\s+\d{{5}}(?:-\d{{4}})?\b)?",
            0.7,
        ),
    )

    def validate(self, value: str) -> bool:
        words = re.split(r"\s+", value.split(",")[0])[1:]
        street = words[: next((i for i, w in enumerate(words) if re.fullmatch(_LOWER_SUFFIX, w, re.I)), len(words))]
        return bool(street) and not any(w.lower() in _NOT_STREET for w in street)


_ADDRESS_CUE = (
    r"\b(?:address\s*(?:is|:)|address(?:es)?(?:[ \t]+[\w']+){1,6}[ \t]*:|"  # "address to the same:"
    r"lives?\s+at|living\s+at|located\s+at|meet\s+(?:me|us)\s+at|"
    r"drops?\s+(?:you|me|us)\s+off\s+at|"
    r"send\s+(?:it|them|this|that|the\s+\w+)\s+to|ship(?:ped)?\s+(?:it\s+)?to|deliver(?:ed)?\s+(?:it\s+)?to|"
    r"mail(?:ed)?\s+(?:it\s+)?to|resides?\s+at|residing\s+at|my\s+home\s+is|house\s+is\s+at)"
)


class AddressAfterCue(PatternRecognizer):
    """Whatever follows "my address is", "lives at", "ship to" up to the end of the line or sentence,
    when it holds a number: addresses are written in too many national forms to list them all."""

    name, type = "address-after-cue", "STREET_ADDRESS"
    PATTERNS = (
        (
            Anchored(
                _ADDRESS_CUE + r"\s*:?\s*(?P<v>[^\s.!?;,][^\n!?;]{2,80}?)"
                r"(?=\.\s+[A-Z]|[\n!?;]|\.?\s*$|\s+(?:and|but|so|because|or|then|since|until|where|which|who)\s)",
                _ADDRESS_CUE,
            ),
            0.6,
        ),
    )

    def validate(self, value: str) -> bool:
        return any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)


# "Address:" as a form or a message labels it, in the languages shop customers write
_ADDRESS_LABEL = (
    r"(?:shipping |delivery |mailing |home |new |billing )?address|adres|adresse|adresa|adresă|anschrift|"
    r"lieferadresse|neue adresse|nouvelle adresse|adresse de livraison|dirección|direccion|dirección de envío|"
    r"indirizzo|endereço|endereco|szállítási cím|cím|διεύθυνση|адрес|адреса|כתובת|כתובת למשלוח|العنوان|"
    r"住所|お届け先|送貨地址|收件地址|地址|배송지|주소|địa chỉ|alamat|anwani|leveringsadresse|leveransadress|"
    # where one lives, as a form labels it: Portuguese, Spanish, Italian, Hungarian, Czech, Persian, Bengali,
    # Chinese, Kazakh, Georgian, Amharic, Swahili, German, Dutch
    r"morada|domicilio|residenza|lakcím|bydliště|bydliste|نشانی|آدرس|ঠিকানা|住址|мекенжайы|მისამართი|አድራሻ|"
    r"makazi|wohnort|woonadres"
)
# the short words that end in a dot inside an address ("Brgy. Poblacion", "leil. H0203", "вул. Велика")
_ADDRESS_ABBREVIATION = frozenset(
    "brgy leil apto depto dept bldg blvd cad sok mah vul str bl sc ap app kv nr no int col jal av avda pl sq ste "
    "apt fl em lt blk rd st ave hwy mt ft piso esq bis etg ul".split()
)
# the label that ends at a colon (not an e-mail, IP, MAC or web address); colons are few, so each is found
# first and the label looked for before it
_LABEL_BEFORE_COLON = re.compile(
    rf"(?<![\w])(?<!mail )(?<!\bip )(?<!mac )(?<!web )(?:{_ADDRESS_LABEL})[ \t]*$", re.IGNORECASE
)
_COLON = re.compile(r"[:：፡][ \t]*")


def _address_labels(text: str) -> Iterator[int]:
    """Where the value after each "Address:" label begins."""
    for colon in _COLON.finditer(text):
        if _LABEL_BEFORE_COLON.search(text, max(0, colon.start() - 40), colon.start()):
            yield colon.end()


_SENTENCE_END = re.compile(r"[.。][ \t]+(?=[^\W\d_])|。|[!?;](?:\s|$)")
# a word that names a number or a phone ends an address line that runs on into them ("..., 44110 Guadalajara,
# Jal. NSS del IMSS 42895312470")
_LINE_RUNS_ON = re.compile(rf"[\s,;]+(?:(?:{NATIONAL_ID_WORDS}|{HEALTH_NUMBER_WORDS})\b|{PHONE_CUE})", re.IGNORECASE)


def runs_on(text: str, start: int, end: int) -> int:
    """Where an address between ``start`` and ``end`` runs on into a number's or a phone's name, else end."""
    m = _LINE_RUNS_ON.search(text, start, end)
    return m.start() if m else end


class AddressLine(PatternRecognizer):
    """The rest of a line labelled "Address:", "Adresse :", "Dirección:", "Адреса:", "住所：", up to the end
    of the sentence: an address in any country's form. A dot after a short word or an abbreviation ("Brgy.",
    "вул.") does not end it, nor one before a number or a lower-case word ("34. 2. em.")."""

    name, type = "address-line", "STREET_ADDRESS"

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        for start in _address_labels(text):
            line_end = text.find("\n", start)
            end = len(text) if line_end < 0 else line_end
            for stop in _SENTENCE_END.finditer(text, start, end):
                if text[stop.start()] == "." and text[stop.end()].islower():
                    continue
                word = re.search(r"([^\W\d_]+)$", text[start : stop.start()])
                short = word is not None and (len(word[1]) <= 3 or word[1].lower() in _ADDRESS_ABBREVIATION)
                if text[stop.start()] == "." and short:
                    continue
                end = stop.start()
                break
            end = runs_on(text, start, end)
            value = text[start:end].rstrip(" \t.,;")
            if any(ch.isdigit() for ch in value) and sum(ch.isalpha() for ch in value) >= 2 and len(value) <= 160:
                # sure enough that the postcode, town and street names inside are part of it
                yield Finding(self.type, start, start + len(value), 0.75, self.name, value)


# street words written after the street's name (Slovene, Croatian, Serbian, Baltic, Estonian, Czech, Slovak,
# Polish, Greek, Turkish)
_STREET_WORDS_AFTER = (
    r"cesta|ulica|ul\.|al\.|alėja|g\.|gatvė|pr\.|prospektas|iela|ielā|bulvāris|mnt\.?|maantee|tänav|pst\.?|"
    r"puiestee|tee|nám\.|náměstí|třída|trieda|aleja|bulevar|bulevard|odos|οδός|cad\.|caddesi|sok\.|sokak"
)
# "deliver to" and "lives at" in the languages the street-word rules miss
_DELIVER_TO = (
    r"dostava|dostavite|doručenie|doručiť|pristatymo adresas|piegāde|dzīvo|asub|asuu nyt osoitteessa|"
    r"osoitteessa|osoite|livraison|lieferung an|entrega|consegna|dostawa|διεύθυνση αποστολής|αποστολή|"
    r"teslimat|adresas|adrese|aadress|naslov"
)


class AddressPart(PatternRecognizer):
    """Units, post boxes, military and European street forms ("Puruntie 82", "Rua Igreja 25")."""

    name, type = "address-part", "STREET_ADDRESS"
    PATTERNS = (
        (
            r"\b(?i:apt|apartment|suite|ste|unit|flat)\.?\s*#?\s*\d{1,5}[a-z]?\b(?![/.]\d)",  # not "unit 9/3"
            0.7,
            r"apt|apartment|suite|ste|unit|flat",
        ),
        # US military mail, in any case: "PSC 3294, Box 9168 APO AA 61487", "USNS Møller FPO AE 85844"
        (r"\b(?i:(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{3,5}(?:\s+[ADF]PO\s+A[AEP]\s+\d{5})?)", 0.85, r" box "),
        (r"\b(?i:(?:USNS|USNV|USS|USCGC)\s+[^\W\d_][\w'’-]*\s+FPO\s+A[AEP]\s+\d{5})", 0.85, r"fpo"),
        (r"\b(?i:post\s?box|p\.?\s?o\.?\s?box|pobox|postfach|apartado)\s+\d{1,6}\b", 0.85, r"box|postfach|apartado"),
        (
            r"\b[A-ZÀ-Þa-zà-ÿ][\wÀ-ÿ'.-]*?(?i:katu|tie|kuja|polku|vej|vænget|gade|gata|gatan|vägen|straße|strasse|"
            r"gasse|weg|laan|straat|allee|platz|utca|ulica)\s+\d{1,5}[a-z]?(?:[ -]?[A-Z]\b)?(?:[ /-]\d{1,4}\b)?",
            0.75,
            r"(?:katu|tie|kuja|polku|vej|vænget|gade|gata|gatan|vägen|straße|strasse|gasse|weg|laan|straat|allee|platz|"
            r"utca|ulica)\s+\d",
        ),
        # the street word after the name, as a word of its own: "Trubarjeva cesta 27", "Laisvės al. 61-14",
        # "Brīvības ielā 144-7", "Pärnu mnt 22-5", "Ilica ulica 10", "Gedimino pr. 9", "Nám. SNP 14"
        (
            rf"(?<![\w])[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*)?\s+(?:{_STREET_WORDS_AFTER})\s+\d{{1,5}}[a-zA-Z]?"
            r"(?:[ /-]\d{1,4}\b)?(?![\w])",
            0.75,
            rf"\s(?:{_STREET_WORDS_AFTER})\s+\d",
        ),
        # a name and a house number after a word for "address" or "deliver to" in the customer's language, or in a
        # script with no street word: "Αγίας Σοφίας 37", "Hlavná 112", "ul. Kwiatowa 5"
        (
            Anchored(
                rf"(?i:\b(?:{_DELIVER_TO}))[ \t]*:?[ \t]*(?P<v>[^\W\d_a-z][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){{0,3}}"
                r"[ \t]+\d{1,5}[a-zA-Z]?(?:[ /-]\d{1,4}\b)?)(?![\w])",
                rf"\b(?:{_DELIVER_TO})\b",
            ),
            0.7,
        ),
        (
            r"\b(?:Rua|Rue|Via|Calle|Avda\.|Avenida|Av\.|Ulica|Utca|Plaza|Praça|Largo|Travessa|ul\.|Ul\.)\s+"
            r"(?:(?:[A-ZÀ-Þ][\wÀ-ÿ'.-]*|d[aeo]s?|de|dei|di|della|del|la|le)\s+){1,4}?\d{1,5}[a-z]?\b",
            0.75,
            r"\b(?:rua|rue|via|calle|avda|avenida|av\.|ulica|utca|plaza|praça|largo|travessa|ul\.)\s",
        ),
        # the house number first, as France, Belgium and Italy write it: "63 Rue de Kairouan", "56 rue La Boétie"
        (
            r"\b\d{1,5}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|allée|chemin|impasse|quai|viale|"
            r"piazza|corso|avenida|calle|camino|paseo|heol|ffordd|stryd|lôn|bóthar|sráid|ascaill|bothar|sraid)\s+"
            r"(?:(?:d[eu]s?|de\s+la|l['’]|la|le|dei|di|della|del|y|yr|na|an)\s*)?[A-ZÀ-Þa-zà-ÿ][\wÀ-ÿ'’.-]*"
            r"(?:\s+[A-ZÀ-Þ][\wÀ-ÿ'’.-]*){0,2}",
            0.75,
            r"\d,?\s+(?:rue|avenue|av\.|boulevard|bd|allée|chemin|impasse|quai|viale|piazza|corso|avenida|calle|camino|"
            r"paseo|heol|ffordd|stryd|lôn|bóthar|sráid|ascaill|bothar|sraid)\s",
        ),
    )
    FLAGS = 0


_W = r"[^\W\d_][\w'’.-]*"  # a word in any script
_AFTER_WORD = "|".join(rf"(?<=\b{w} )" for w in ("at", "to", "in", "is", "with", "on"))
# a street name is written in title case ("Mlýnská", "Vana-Viru"); a note's "VT", "BP" are no street
_TITLE = re.compile(r"[^\W\d_a-zß-ÿ][^\W\d_A-ZÀ-Þ][\w'’.-]*")
_ENGLISH = frozenset("and or but for to at with of from by the was were is are has had then than when while".split())
_MEASURE = re.compile(r"[ \t]*(?:%|mg|mcg|g|kg|lbs?|ml|cc|units?|mmhg|bpm|times|x|days?|weeks?|years?|hours?)\b", re.I)


class NumberedStreet(PatternRecognizer):
    """A street between two numbers, as many countries write it after a house or building number: "50541
    Mlýnská 1540", "09457 Vana-Viru 25", "462 Stubengraben 80", at the start of a line or after "at", "to",
    "in", "with" or a colon. One word must be capitalised and none a measure ("take 100 Advil 200 mg")."""

    name, type = "numbered-street", "STREET_ADDRESS"
    TRIGGER = r"\d{3}"
    PATTERNS = (
        (
            rf"(?=[\d(+])(?:^|(?<=^[ \t])|(?<=[:>?•*])|(?<=[:>?•*] )|{_AFTER_WORD})\d{{3,6}}[ \t]+(?:{_W}[ \t]+){{1,4}}"
            rf"\d{{1,5}}[A-Za-z]?(?![\w/.,-]\d|[\w%])",
            0.6,
        ),
    )
    FLAGS = re.MULTILINE

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        for f in super().find(text, lower, numbers, hits):
            words = f.text.split()[1:-1]
            if _MEASURE.match(text, f.end) or not any(_TITLE.fullmatch(w) for w in words):
                continue
            if any(w.lower() in _ENGLISH for w in words):
                continue
            if any(looks_like_medication(f.text, m.start(), m.end()) for m in re.finditer(_W, f.text)):
                continue
            yield f


class Corner(PatternRecognizer):
    """ "the corner of Kuusiku 7 and Alexander Flat", "corner of 5th and Main": two streets that meet."""

    name, type = "street-corner", "STREET_ADDRESS"
    TRIGGER = r"corner of"
    _NUM = r"\d{1,5}(?:st|nd|rd|th|[A-Za-z])?"
    _PART = rf"(?:(?:{_NUM}|{_W})[ \t]+){{0,5}}(?:{_NUM}\.?|{_W}(?<!\.))"
    PATTERNS = (
        (
            Anchored(
                rf"(?i:(?:the\s+)?corner\s+of)\s+{_PART}\s+and\s+{_PART}(?=[ \t]*(?:[.,;!?\n)\]]|$))",
                r"\b(?:the\s+)?corner\s+of\b",
            ),
            0.9,  # an intersection outranks a street name that a name list reads as a person ("Rennie Union")
        ),
    )
    FLAGS = 0

    def validate(self, value: str) -> bool:
        """Both streets named (a capitalised word or a number in each), or a house number in one of them
        ("the corner of heiligengeistbrücke 77 and minik courts"): not "the corner of the room and the bed"."""
        parts = re.split(r"\s+and\s+", value.split(" of ", 1)[-1], maxsplit=1)
        named = [any(w[:1].isupper() or w[:1].isdigit() for w in p.split()) for p in parts]
        return len(parts) == 2 and (all(named) or any(c.isdigit() for c in value))


# Postal codes of the world as written beside their town: "10115 Berlin", "00-950 Warszawa", "411 38
# Göteborg", "1000-001 Lisboa", "CH-8001 Zürich", "Bengaluru 560034", "Auckland 1010", "〒150-0001".
_CODE = r"(?:[A-Z]{1,2}-)?(?P<v>\d{4,6}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{3}|\d{3}-\d{4})"
_YEAR = re.compile(r"(?:19|20)\d\d")
_LINE_START = re.compile(r"(?:^|\n|, )[ \t]*(?:[A-Z]{1,2}-)?$")
_NUMBER_GOES_ON = re.compile(r"\d|[-/.,:]\d")
_NUMBER_GOES_ON_BACK = re.compile(r"\d[-/.,:]?$")
_TITLE_TOWN = re.compile(r"[^\W\d_a-zß-ÿ][^\W\d_A-ZÀ-Þ]+(?:[ -][^\W\d_][^\W\d_A-ZÀ-Þ]*)*")
_TOWN = r"[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,2}"


_CODE_AFTER_TOWN = re.compile(r"(?:[ \t]+|[ \t]?-[ \t]?|,[ \t]*)(?:[A-Z]{1,2}-)?(?:\d{4,6}|\d{3} \d{2})")
_TOWN_BEFORE = re.compile(rf"(?<![\w'’.-]){_TOWN}$")
_TOWN_REACH = 100  # characters: three words of a town


# the states whose two letters are not also a credential or a word ("MD", "PA", "DO", "OK", "IN", "ME", "OR",
# "HI", "ID", "OH", "MA" are left out)
_SAFE_STATES = (
    "AK|AL|AR|AZ|CA|CO|CT|DC|DE|FL|GA|IA|IL|KS|KY|LA|MI|MN|MO|MS|MT|NC|ND|NE|NH|NJ|NM|NV|NY|RI|SC|SD|TN|TX|UT|VA|"
    "VT|WA|WI|WV|WY"
)


class TownBeforeState(PatternRecognizer):
    """A town, a comma and a state's two letters that end the phrase: "Billings, MT", "Owatonna, MN (home)",
    "Hope, AR": the comma and the state say it is a town, whatever word it is."""

    name, type = "town-before-state", "LOCATION"
    TRIGGER = rf", (?:{_SAFE_STATES.lower()})\b"
    PATTERNS = (
        (
            rf"(?<![\w'’-])(?P<v>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),[ \t]+(?:{_SAFE_STATES})"
            r"(?=[ \t]*(?:[\n,.;:)]|$|\(|\d{5}\b))",
            0.7,
        ),
    )
    FLAGS = 0


class PostcodeBesideTown(PatternRecognizer):
    """A postal code written before or after a town the gazetteer knows is a postal code, in the country
    formats that have no letters to tell them from other numbers; the town is reported with it. A number
    before a word that is no town ("2024 Annual Report", "500 Tablets") is not."""

    name, type = "postcode-beside-town", "ZIP"
    TRIGGER = r"\d{2}"
    PATTERNS = (
        (rf"(?<![\w.,/-]){_CODE}[ \t]+(?P<town>{_TOWN})", 0.8),
        (rf"(?P<town>{_TOWN})(?:[ \t]+|[ \t]?-[ \t]?|,[ \t]*)(?:[A-Z]{{1,2}}-)?(?P<v>\d{{4,6}}|\d{{3}} \d{{2}})", 0.8),
        (r"〒\s?(?P<v>\d{3}-\d{4})", 0.9, r"〒"),
    )
    FLAGS = 0

    def __init__(self) -> None:
        super().__init__()
        from phigate.deid import gazetteer

        g = gazetteer.load()
        self._cities, self._common = g.cities | g.city_aliases, g.common

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        for index, (regex, base, trigger, _anchored, _numeric) in enumerate(self._compiled):
            if trigger is not None and self.absent(trigger, lower, hits):
                continue
            for m in self._town_first(regex, text) if index == 1 else regex.finditer(text):
                v_start, v_end = m.span("v")
                goes_on_back = _NUMBER_GOES_ON_BACK.search(text, max(0, v_start - 2), v_start)
                if goes_on_back or _NUMBER_GOES_ON.match(text, v_end):
                    continue
                code = Finding(self.type, v_start, v_end, base, self.name, m.group("v"))
                if "town" not in regex.groupindex:
                    yield code
                    continue
                town_first = m.start("town") < v_start
                line_start = _LINE_START.search(text, max(0, m.start() - 6), m.start())
                if _YEAR.fullmatch(code.text) and (town_first or not line_start):
                    continue  # "Paris 2024", "1999 Berlin trip"; but "…, 2000 Antwerpen" and a line's "8000 Aarhus"
                town = self._town(m.group("town"), town_first)
                if town is not None:
                    start, end = m.start("town") + town[0], m.start("town") + town[1]
                    yield code
                    yield Finding("LOCATION", start, end, 0.7, self.name, text[start:end])

    @staticmethod
    def _town_first(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """The town-then-code pattern's matches, tried only before the numbers that can be a code: the same
        matches as scanning the whole text, at a fraction of the cost."""
        end = -1
        for code in _CODE_AFTER_TOWN.finditer(text):
            if code.start() < end:
                continue
            town = _TOWN_BEFORE.search(text, max(0, code.start() - _TOWN_REACH), code.start())
            if town is not None and (m := regex.match(text, town.start())) is not None:
                end = m.end()
                yield m

    def _town(self, words: str, town_first: bool) -> tuple[int, int] | None:
        """Where in ``words`` the longest run of them next to the code that is a town lies ("Göteborg",
        "Praha 1"'s "Praha"), written in title case and no English word ("Of", "Same", "Post" are US towns)."""
        bounds = [w.span() for w in re.finditer(r"\S+", words)]
        for n in range(len(bounds), 0, -1):
            run = bounds[-n:] if town_first else bounds[:n]
            start = run[0][0]
            candidate = words[start : run[-1][1]].rstrip(".,")
            key = " ".join(candidate.lower().split())
            if _TITLE_TOWN.fullmatch(candidate) and key in self._cities and key not in self._common:
                return start, start + len(candidate)
        return None

"""Values of labelled fields in structured text: JSON objects and tool-call arguments (``{"first_name":
"wei"}``), query strings (``name=Bjørn+Haugland&dob=1975-02-02``) and the "Key: value" lines of a pasted
form. The key says what the value is where nothing in the value can: "wei" and "Bath" are words anywhere
else. Keys are compared without case, spaces, dots, hyphens and underscores ("dateOfBirth", "date_of_birth"
and "Date of birth" are one key)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence, Set
from urllib.parse import unquote_plus

from phigate.deid.recognizer import PatternRecognizer
from phigate.deid.shaped_ids import ENTITY_IDS
from phigate.taxonomy import Finding


def _keys(kind: str, words: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), kind)


KEYS: dict[str, str] = {
    **_keys(
        "PERSON",
        "name firstname first fname givenname lastname last lname surname familyname middlename fullname "
        "maidenname patientname customername contactname billingname shippingname recipient recipientname "
        "guardian guardianname emergencycontact emergencycontactname caregiver caregivername spouse "
        "spousename mothername fathername nextofkin prescriber prescribername physicianname doctorname family",
    ),
    **_keys(
        "STREET_ADDRESS",
        "address address1 address2 addressline1 addressline2 line1 line2 street street1 street2 "
        "streetaddress billingaddress shippingaddress homeaddress mailingaddress",
    ),
    **_keys(
        "LOCATION",
        "city town locality suburb county district neighborhood neighbourhood municipality citystzip citystatezip "
        "clinic hospital facility pickupbranch pickuplocation branch",
    ),
    **_keys("ZIP", "zip zipcode postal postalcode postcode plz zip4"),
    **_keys(
        "DATE",
        "dob dateofbirth birthdate birthday dateofdeath dod admitdate admissiondate dischargedate visitdate "
        "appointmentdate servicedate",
    ),
    **_keys("PHONE", "phone phonenumber mobile mobilenumber cell cellphone tel telephone homephone workphone"),
    **_keys("FAX", "fax faxnumber"),
    **_keys("EMAIL", "email emailaddress"),
    **_keys("SSN", "ssn socialsecuritynumber"),
    **_keys("MRN", "mrn medicalrecordnumber patientid chartnumber"),
    **_keys(
        "HEALTH_PLAN_ID",
        "memberid membernumber subscriberid policynumber insuranceid groupnumber groupno groupid grp group "
        "medicareid medicaidid nhsnumber",
    ),
    **_keys("ACCOUNT_NUMBER", "accountnumber accountno customerid hsobjectid contactid"),
    **_keys("LICENSE_NUMBER", "licensenumber driverslicense driverlicense dlnumber deanumber npi"),
    **_keys(
        "OTHER_ID",
        "user username userid login orderid ordernumber rxnumber prescriptionnumber trackingnumber kitbarcode barcode "
        "kitid specimenid accession accessionnumber sampleid incrementid refillid invoiceid clientreferenceid "
        "fromid nickname tracking appointmentid apptid rxnumbers ordernumbers orderids visitid sessionid",
    ),
    **_keys("IP_ADDRESS", "ip ipaddress"),
    **_keys("AGE", "age"),
}
# a key that ends in an identifier's key names that identifier: "insurance_member_id", "customerEmail",
# "billing_phone", "patientMrn"; names and places are left to whole keys ("productName" names no person)
_SUFFIX_KINDS = frozenset("SSN MRN HEALTH_PLAN_ID ACCOUNT_NUMBER LICENSE_NUMBER PHONE FAX EMAIL".split())
_SUFFIX_KEYS = sorted(
    (k for k, kind in KEYS.items() if kind in _SUFFIX_KINDS or k in ("orderid", "ordernumber", "trackingnumber")),
    key=len,
    reverse=True,
)


def key_kind(key: str) -> str | None:
    """The type a normalised JSON or query key names: the key itself, or the identifier's key it ends with."""
    if key in KEYS:
        return KEYS[key]
    return next((KEYS[k] for k in _SUFFIX_KEYS if len(key) > len(k) and key.endswith(k)), None)


def _line_key_kind(key: str) -> str | None:
    """The type a form line's key names: only the keys that cannot head a sentence (``_LINE_KEYS``)."""
    return KEYS[key] if key in _LINE_KEYS else None


# In a form's "Key: value" lines only keys that cannot head a sentence or a note section count: "Name:" and
# "Address:" do, "Patient:", "Age:" or "Phone:" followed by prose are left to the other rules.
_LINE_KEYS = frozenset(
    "firstname lastname fullname surname givenname familyname middlename maidenname patientname "
    "city town county zip zipcode postalcode postcode dob dateofbirth birthdate streetaddress address1 address2 "
    "addressline1 addressline2 citystzip citystatezip".split()
)
_QUOTE = r'\\?"'
_JSON = re.compile(
    rf"{_QUOTE}(?P<k>[A-Za-z_][\w .-]{{0,40}}){_QUOTE}[ \t]*:[ \t]*"
    rf"(?:{_QUOTE}(?P<v>(?:[^\"\\\n]|\\[^\"\n]){{1,200}}){_QUOTE}|(?P<n>\d[\d.-]{{0,24}})(?![\w.-]))"
)
# a Python dict as a traceback's locals print it: {'first': 'Chidinma', 'dob': '31/11/1958'}
_PY_DICT = re.compile(r"'(?P<k>[A-Za-z_][\w .-]{0,40})'[ \t]*:[ \t]*'(?P<v>(?:[^'\\\n]|\\[^\n]){1,200})'")
# an XML element named for its value, as e-prescriptions and clinical documents write them:
# "<LastName>Al-Sayegh</LastName>", "<ns:DateOfBirth>1958-03-01</ns:DateOfBirth>"
_XML = re.compile(
    r"<(?:[A-Za-z][\w-]*:)?(?P<k>[A-Za-z_][\w.-]{0,40})>(?P<v>[^<>\n]{1,200})</(?:[A-Za-z][\w-]*:)?(?P=k)>"
)
_QUERY = re.compile(r"(?:^|(?<=[?&;\s]))(?P<k>[A-Za-z_][\w.-]{0,40})=(?P<v>[^&#\s\"']{1,200})")
_LINE = re.compile(r"(?m)^[ \t>*-]*(?P<k>[A-Za-z][\w ./-]{0,30}?)[ \t]*:[ \t]*(?P<v>[^\n]{1,120}?)[ \t]*$")
# a YAML line: its key one token, and the line indented or in a list, or the key in snake or camel case, or
# the value quoted ("    mrn: \"HRH-0071\"", "  - id: pt_00183", "member_id: X1"); "user: i need a refill"
# and "Fax: 949 555 0100" are a chat turn and a form line, left to the other rules
_YAML = re.compile(
    r"(?m)^(?P<indent>[ \t]+(?:-[ \t]+)?|-[ \t]+)?(?P<k>[A-Za-z_][\w.-]{0,40})[ \t]*:[ \t]+"
    r"(?P<v>\"[^\"\n]{1,200}\"|'[^'\n]{1,200}'|[^\s\"'#{\[|>&*][^\n#]{0,120}?)[ \t]*$"
)
# SQL: an assignment or comparison ("SET member_id = 'YLX830047712'", "WHERE patient_id = 90212"), and the
# rows of an INSERT under its column list
_SQL_SET = re.compile(
    r"(?<![\w.])(?P<k>[A-Za-z_][\w]{0,40})[ \t]*=[ \t]*(?:'(?P<v>[^'\n]{1,200})'|(?P<n>\d[\d.-]{0,24})(?![\w.-]))"
)
_INSERT = re.compile(
    r"\binsert\s+into\s+[\"`]?(?:\w+\.)?(?P<table>\w+)[\"`]?\s*\((?P<cols>[^()]{1,600})\)\s*values\s*", re.IGNORECASE
)
_SQL_CELL = re.compile(r"\s*(?:'(?P<s>(?:[^'\n]|'')*)'|(?P<n>-?\d[\d.:-]*)|(?P<o>[A-Za-z_][\w()]*))\s*(?P<end>[,)])")
_SQL_ROW_START = re.compile(r"\s*,?\s*\(")
_CODE_CASE = re.compile(r"_|[a-z][A-Z]")  # snake_case or camelCase: a key, not a word
# an HTML form's input, its name before or after its value: <input name="ssn" value="987-65-4320">
_HTML_INPUT = re.compile(
    r"<input\b[^>]*?\bname=[\"'](?P<k>[\w.\[\]-]{1,40})[\"'][^>]*?\bvalue=[\"'](?P<v>[^\"'\n<>]{1,200})[\"']"
    r"|<input\b[^>]*?\bvalue=[\"'](?P<v2>[^\"'\n<>]{1,200})[\"'][^>]*?\bname=[\"'](?P<k2>[\w.\[\]-]{1,40})[\"']",
    re.IGNORECASE,
)
# a person's name has no digit or underscore and no capital inside a word (but "McAteer", "DeShawn", "O'Neil")
_NOT_A_PERSON = re.compile(r"[\d_]|(?<!\bM[ac])(?<!\bMac)(?<!\b[DL]e)(?<!\bD[ia])(?<!\bVan)[a-z][A-Z]")
# the types whose value holds a digit wherever it is written ("phone: call me after 5" is prose)
_DIGIT_KINDS = frozenset("PHONE FAX SSN MRN HEALTH_PLAN_ID ACCOUNT_NUMBER LICENSE_NUMBER ZIP IP_ADDRESS AGE".split())
_PRODUCT_COLUMNS = frozenset("sku price qty quantity product productname item itemname cost stock upc ean".split())
_HEADER_CELL = re.compile(r"[\"']?[A-Za-z][\w .-]{0,30}[\"']?")  # a CSV header's column name
_EMPTY = frozenset("null none n/a na unknown true false undefined - tbd".split())
_AGE_OVER_89 = re.compile(r"(?:9\d|1[01]\d)")


# a list of strings under a key: FHIR's {"given": ["Sumiko", "Rose"]} and {"line": ["94 Anania Dr", "Apt 5C"]}
_JSON_LIST = re.compile(
    rf"{_QUOTE}(?P<k>[A-Za-z_][\w .-]{{0,40}}){_QUOTE}[ \t]*:[ \t]*\[(?P<items>[^\[\]{{}}]{{1,600}})\]"
)
_LIST_ITEM = re.compile(rf"{_QUOTE}(?P<v>(?:[^\"\\\n]|\\[^\"\n]){{1,200}}){_QUOTE}")
# a FHIR identifier or contact point: the value's type is told by its system or type code beside it
_CODED_VALUE = re.compile(rf"{_QUOTE}value{_QUOTE}[ \t]*:[ \t]*{_QUOTE}(?P<v>[^\"\\\n]{{1,80}}){_QUOTE}")
_CODES = (
    (re.compile(r"us-ssn|2\.16\.840\.1\.113883\.4\.1\b|social security", re.I), "SSN"),
    (re.compile(r'"(?:MR|MRN)"|medical record|/mrn\b', re.I), "MRN"),
    (re.compile(r'"(?:MB|SN)"|member|subscriber|us-mbi|medicare|medicaid', re.I), "HEALTH_PLAN_ID"),
    (re.compile(r'"(?:DL)"|driver', re.I), "LICENSE_NUMBER"),
    (re.compile(r'us-npi|2\.16\.840\.1\.113883\.4\.6\b|"NPI"', re.I), "LICENSE_NUMBER"),
    (re.compile(r'"system"\s*:\s*"phone"|"system"\s*:\s*"sms"', re.I), "PHONE"),
    (re.compile(r'"system"\s*:\s*"fax"', re.I), "FAX"),
    (re.compile(r'"system"\s*:\s*"email"', re.I), "EMAIL"),
)
# the keys whose list items are findings of the key's type (the others, "tags": [...], say nothing)
_LIST_KEYS = {"given": "PERSON", "family": "PERSON", "prefix": None, "line": "STREET_ADDRESS"}


def _yaml_line(m: re.Match[str]) -> bool:
    """Whether a "key: value" line is YAML's: indented or a list item, or its key in code case, or its value
    quoted ("user: i need a refill" is a chat turn, "Fax: 949 555 0100" a form line)."""
    return bool(m.group("indent")) or bool(_CODE_CASE.search(m.group("k"))) or m.group("v")[:1] in "\"'"


def normal_key(key: str) -> str:
    return re.sub(r"[\s._/-]+", "", key).lower()


class FieldValue(PatternRecognizer):
    """The value of a field whose key names an identifier; its type is the key's."""

    name, type = "field-value", "PERSON"
    SCORE = 0.85

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        if "'" in text and ":" in text:
            yield from self._values(text, _PY_DICT, key_kind)
        if "</" in text:
            yield from self._values(text, _XML, key_kind)
        if '"' in text:
            yield from self._values(text, _JSON, key_kind)
            yield from self._lists(text)
            if '"value"' in text:
                yield from self._coded(text)
        if "=" in text:
            yield from self._values(text, _QUERY, key_kind)
            if "'" in text or " = " in text:
                yield from self._values(text, _SQL_SET, key_kind)
        if "insert" in lower and "values" in lower:
            yield from self._inserted(text)
        if ":" in text:
            yield from self._values(text, _LINE, _line_key_kind)
            yield from self._values(text, _YAML, key_kind, _yaml_line)
        if "<input" in lower:
            yield from self._inputs(text)
        if "\n" in text and ("," in text or ";" in text or "\t" in text):
            yield from self._csv(text)

    def _csv(self, text: str) -> Iterator[Finding]:
        """The cells of comma-separated rows under a header line that names them ("order_id,first_name,dob"):
        an order export or a report pasted as CSV. Rows end at the first line with another number of cells."""
        header: list[str | None] | None = None
        sep = ","
        pos = 0
        for line in text.split("\n"):
            if header is None:  # a header's separator: the comma, or the semicolon or tab a spreadsheet uses
                sep = max((",", ";", "\t"), key=line.count)
            cells = line.split(sep)
            if header is not None and len(cells) == len(header):
                at = pos
                for cell, kind in zip(cells, header, strict=True):
                    value = cell.strip().strip("\"'").strip()
                    if kind is not None and value and self._plausible(kind, value):
                        start = at + cell.index(value)
                        yield Finding(kind, start, start + len(value), self.SCORE, self.name, value)
                    at += len(cell) + 1
            elif len(cells) >= 3 and all(_HEADER_CELL.fullmatch(c.strip()) for c in cells):
                keys = [normal_key(c) for c in cells]
                products = any(k in _PRODUCT_COLUMNS for k in keys)  # "sku,name,price": a name is a product's
                named = [None if products and k == "name" else KEYS.get(k) for k in keys]
                header = named if any(named) else None
            else:
                header = None
            pos += len(line) + 1

    def _inserted(self, text: str) -> Iterator[Finding]:
        """The values of an INSERT's rows under the columns it names; a table's own "id" is the id of what
        the table holds ("patients": an MRN), as in a path."""
        for m in _INSERT.finditer(text):
            table = m.group("table").lower()
            kinds = [
                key_kind(k) or (ENTITY_IDS.get(table) if k == "id" else None)
                for k in (normal_key(c.strip(' "`')) for c in m.group("cols").split(","))
            ]
            pos, closed = m.end(), True
            while closed and (row := _SQL_ROW_START.match(text, pos)) is not None:  # a row, then its cells
                pos, column, closed = row.end(), 0, False
                while not closed and (cell := _SQL_CELL.match(text, pos)) is not None:
                    group = "s" if cell.group("s") is not None else "n"  # a string or a number, else a keyword
                    kind = kinds[column] if column < len(kinds) else None
                    value = cell.group(group) or ""
                    if kind is not None and value and self._plausible(kind, value):
                        yield Finding(kind, cell.start(group), cell.end(group), self.SCORE, self.name, value)
                    pos, column, closed = cell.end(), column + 1, cell.group("end") == ")"

    def _lists(self, text: str) -> Iterator[Finding]:
        """Each string of a list under a name or address key: ``"given": ["Sumiko", "Rose"]``."""
        for m in _JSON_LIST.finditer(text):
            key = normal_key(m.group("k"))
            kind = _LIST_KEYS.get(key, KEYS.get(key)) if key != "prefix" else None
            if kind is None:
                continue
            for item in _LIST_ITEM.finditer(text, m.start("items"), m.end("items")):
                value = item.group("v").strip()
                if value and value.lower() not in _EMPTY and any(c.isalnum() for c in value):
                    start = item.start("v") + item.group("v").index(value)
                    yield Finding(kind, start, start + len(value), self.SCORE, self.name, value)

    def _coded(self, text: str) -> Iterator[Finding]:
        """A ``"value"`` whose object names what it is: a FHIR identifier whose system is the SSN's
        (``urn:oid:2.16.840.1.113883.4.1``) or whose type is "MR", a contact point whose system is "phone"."""
        for m in _CODED_VALUE.finditer(text):
            start = text.rfind("{", 0, m.start())
            close = text.find("}", m.end())
            around = text[start + 1 if start >= 0 else max(0, m.start() - 200) : close if close >= 0 else m.end() + 200]
            for regex, kind in _CODES:
                if regex.search(around) and any(c.isalnum() for c in m.group("v")):
                    yield Finding(kind, m.start("v"), m.end("v"), self.SCORE, self.name, m.group("v"))
                    break

    def _inputs(self, text: str) -> Iterator[Finding]:
        for m in _HTML_INPUT.finditer(text):
            key, group = ("k", "v") if m.group("k") is not None else ("k2", "v2")
            kind = key_kind(normal_key(m.group(key)))
            value = m.group(group).strip()
            if kind is not None and self._plausible(kind, value):
                start = m.start(group) + m.group(group).index(value)
                yield Finding(kind, start, start + len(value), self.SCORE, self.name, value)

    def _values(
        self,
        text: str,
        regex: re.Pattern[str],
        kind_of: Callable[[str], str | None],
        shaped: Callable[[re.Match[str]], bool] | None = None,
    ) -> Iterator[Finding]:
        for m in regex.finditer(text):
            if shaped is not None and not shaped(m):
                continue
            key = normal_key(m.group("k"))
            kind = kind_of(key)
            if kind is None:
                continue
            group = "n" if "n" in regex.groupindex and m.group("n") is not None else "v"
            start, end = m.span(group)
            raw = text[start:end]
            value = raw.strip().strip("\"'").strip()  # a quoted value in a "Key: value" line
            if kind == "PERSON" and "(" in value:  # "Marisa Okafor (granddaughter)": the name, not the relation
                value = value[: value.index("(")].rstrip()
            start += raw.index(value) if value else 0
            end = start + len(value)
            if key == "name" and value.islower() and " " not in value:
                continue  # {"name": "prescriber", "value": ...}: an attribute's name
            if self._plausible(kind, value):
                yield Finding(kind, start, end, self.SCORE, self.name, value)

    @staticmethod
    def _plausible(kind: str, value: str) -> bool:
        """Whether a field's value can be what its key says: not empty, an age over 89, a name of few words."""
        if value.lower() in _EMPTY or not any(c.isalnum() for c in value):
            return False
        if kind == "AGE" and not _AGE_OVER_89.fullmatch(value):
            return False  # Safe Harbor keeps ages up to 89
        if kind in _DIGIT_KINDS and not any(c.isdigit() for c in value):
            return False
        if kind == "EMAIL" and "@" not in value and "%40" not in value:
            return False
        if kind == "PERSON":  # not a tool's, a product's or an attribute's name: "book_appointment", "CreateReminder"
            decoded = unquote_plus(value)  # a query string's "Bj%C3%B8rn"
            return len(decoded.split()) <= 6 and any(c.isalpha() for c in decoded) and not _NOT_A_PERSON.search(decoded)
        return True

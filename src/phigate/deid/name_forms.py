"""Names told by the shape of the phrase rather than by a name list: the words after a naming cue ("my name
is borna jerković", "call me Akinori", "What's your last name? Turgeon") and a first name, a middle
initial and a last name ("Szabina J Gelencsér", "benjamin a seiler"). Both hold for names from any culture,
which no list covers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from phigate.deid.clinical import RELATIONS
from phigate.deid.gazetteer import DAYS_MONTHS, NEVER, TITLES, US_STATES, Gazetteer
from phigate.deid.medication import CLINICAL_SHORTHAND, clinical_term, looks_like_medication
from phigate.deid.names import _Token
from phigate.taxonomy import Finding

# "my name is", "her maiden name is", "name:", "What's your last name?", "call me" (not "also known as":
# diseases are known as other diseases)
_NAMING = re.compile(
    r"(?i:\b(?:(?:first|last|full|maiden|middle|given|family|sur)\s*)?name(?:\s+is|['’]s|\s*:|\?)"
    r"|\bcalls?\s+me)[ \t]*"
)
_MAX_WORDS = 3
# a house number, then the capitalised words of the street before the name: "846 Rue Al Imam Al Bakri"
_IN_STREET = re.compile(r"\d[ \t]+(?:[^\W\d_a-z][\w'’.-]*[ \t]+){1,3}$")
_PARTICLES = frozenset(
    "van de der den ten ter von zu da di del della dos das du le la al el bin ibn ní nic mac ó ua uí binti abu "
    "ap".split()
)
# the particles written with a capital inside a name: "Siobhán Ní Bhriain", "Cathal Mac Giolla", "Ali Bin Omar"
_CAPITAL_PARTICLES = frozenset("ní nic mac ó ua uí bin binti ibn abu al el ap".split())


# "Name:" as forms and messages label it, in the languages and scripts shop customers write: the value up to
# the end of the line or a comma is the name
# "Last, First" at the start of a list item or a table cell, before a dash, a bracket, a bar, a comma or the end
_LIST_LAST_FIRST = re.compile(
    r"(?m)(?:^[ \t]*(?:\d{1,3}[.)][ \t]*|[-*•][ \t]+|[A-Z]:[ \t]*)?|(?<=\|)[ \t]*)"
    r"(?P<v>(?P<last>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?),[ \t]*(?P<first>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?)"
    r"(?:[ \t]+[A-Z]\.?)?)(?=[ \t]*(?:[-–(|,]|$))"
)
# "Last, First" in capitals anywhere ("ORDERING: ABERNATHY, KEITH MD", "LOG - HOLLOWAY, ARTHUR B   DOB")
_CAPS_LAST_FIRST = re.compile(
    r"(?<![\w'’-])(?P<v>(?P<last>[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?),[ \t]*(?P<first>[A-Z]{2,}(?:-[A-Z]+)?)"
    r"(?:[ \t]+[A-Z]\.?(?![\w'’-]))?)(?![\w'’-])"
)
# staff initials: after a dash that ends a line ("Closed. -AM", "-kt", "-kj 1415"), a "LW/dsm" line, and
# after the words of a note's sign-off ("Transcribed: KM", "BY: JT")
_DASH_INITIALS = re.compile(r"(?m)-(?P<v>[A-Za-z]{2,3})(?=[ \t]*(?:$|[\"']|\d{4}\b))")
_BEFORE_DASH_INITIALS = re.compile(r"[.!?)\d]\s|\s\s")  # the two characters before the dash
_TRANSCRIBED_BY = re.compile(r"(?m)^[ \t]*(?P<a>[A-Z]{2,3})/(?P<b>[a-z]{2,3})(?=[ \t]*(?:$|\s{2}))")
_INITIALS_AFTER = re.compile(
    r"\b(?i:transcribed|dictated|typed|scribe|collected|drawn|verified|initials)(?i:\s+by)?:[ \t]*"
    r"(?P<v>(?!BY\b)[A-Z]{2,3})\b(?![a-z.])|\b(?i:by):[ \t]*(?P<v2>[A-Z]{2})\b(?![a-z.])"
)
_INITIALS_CUE = re.compile(r"(?i:by|ed|be|ls):")  # a cheap look for the words before a colon first
_NOT_INITIALS = frozenset(
    "am pm ok no yes prn bid tid qid qd hs po iv im sq sc rx tx hx dx sx fx bm bs dvt svt sob cp pt ot st "
    "abd lol".split()
)
# three or more single letters, each after a space: a word spelled out
_SPELLED = re.compile(r"(?<![\w.'’])[A-Za-z](?: [A-Za-z]){2,20}(?![\w.])")
_SPELL_CUE = re.compile(r"\b(?:spelled|spelt|spelling|spell it|that's|thats)\W*$")
_CAMEL = re.compile(r"(?<!^M[ac])(?<!^Mac)[a-z][A-Z]")
# a speaker's line: a timestamp or a quote mark before the name, a role in brackets and the colon after it
_SPEAKER_LINE = re.compile(
    r"(?m)^[ \t>]*(?:\[[\d:/.,\sAPMapm]{3,24}\][ \t]*|\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]+-?[ \t]*)?"
    r"(?P<name>[^\W\d_][\w'’-]*)(?P<role>[ \t]\([A-Za-z][\w ]{1,20}\))?:(?!//)[ \t]*"
)
_NAME_LABEL_WORD = (
    r"(?:^|(?<=[\s,;|>]))(?:nombre|nombre completo|nom|nom complet|nome|naam|imię i nazwisko|imię|jina|pangalan|"
    r"tên|họ tên|họ và tên|adı soyadı|ad soyad|όνομα|ονοματεπώνυμο|имя|фио|ім['’]я|піб|שם|שם מלא|الاسم|"
    r"اسم المريض|姓名|氏名|お名前|名前|收件人|收件者|联系人|聯絡人|患者|이름|성함|수령인|받는 분|"
    # the patient's, the doctor's and the family's name in forms of scripts with no capitals
    r"نام بیمار|نام|የታካሚ ስም|ስም|রোগীর নাম|নাম|患者氏名|환자명|성명|의료인|담당의|担当医|主治医师|主治医生|家属|ਮਰੀਜ਼)[ \t]*"
)
# the name after the label's colon, up to an ideographic space or a tab
_NAME_LABEL_VALUE = r"[ \t]*(?P<v>[^\W\d_][^\n\t\u3000,，、;:：()（）\d.。!?]{0,38}[^\W\d_])"
_NAME_LABEL = re.compile(rf"{_NAME_LABEL_WORD}[:：፡]{_NAME_LABEL_VALUE}", re.IGNORECASE | re.MULTILINE)
_NAME_LABEL_BEFORE = re.compile(rf"{_NAME_LABEL_WORD}\Z", re.IGNORECASE | re.MULTILINE)
_NAME_LABEL_AFTER = re.compile(_NAME_LABEL_VALUE)
# honorifics a labelled name may start or end with, which stay outside it
_LABEL_HONORIFIC = re.compile(r"(?:خانم|آقای|دکتر|السيد|السيدة|মোছাঃ|মোঃ|ডা\.|ወ/ሮ|ወ/ሪት|አቶ|ዶ/ር)\s+")
_HONORIFIC_AFTER = re.compile(r"\s+(?:교수|님|선생님|씨|약사|様|さん|先生|医師|医生|药师|薬剤師)$")
# a name in Hangul or kanji with the honorific or copula written after it: "김민준입니다", "박영숙 님",
# "山田 花子です", "田中様"; Korean names begin with one of the common family names
_KOREAN_FAMILY = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손"
    "배백허유남심노하곽성차주우구민진나지엄채원천방공현"
    "함변염여추도소석선설마길연위표명기반왕금옥육인맹제"
    "모탁국어은편용"
)
_HONORIFIC_NAME = re.compile(
    rf"(?<![\uac00-\ud7a3])(?P<v>[{_KOREAN_FAMILY}][\uac00-\ud7a3]{{1,3}})[ \t]?(?:입니다|이에요|예요|님|씨|께서)"
    # kanji family and given name: before です only with the space between them ("学生です" is "I'm a student")
    r"|(?<![\u4e00-\u9fff])(?P<j>[\u4e00-\u9fff]{1,3}[ 　][\u4e00-\u9fff]{1,3}(?=です)|"
    r"[\u4e00-\u9fff]{1,3}[ 　]?[\u4e00-\u9fff]{1,3}(?=と申します|さん|様|さま))"
)
_MAX_LABELLED_WORDS = 4
_CHINESE_FAMILY = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁"
    "潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫阎段"
    "雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯欧歐区區温溫关關伍"
)
# a title or honorific and the name after it, in scripts with no capitals: Arabic ("د. هالة منصور", "الحاجة
# فاطمة حسن"), Hebrew ("ד״ר אבי כהן-ששון"), Hindi ("डॉ. राजेश वर्मा", "श्रीमती कमला देवी"); and a Chinese name
# before a clinician's title or after a relative's word ("黃志明醫師", "幫阿嬤陳林秀英訂藥")
_TITLED_IN_SCRIPT = re.compile(
    r"(?:^|(?<=[\s(،,.]))(?:د\.|(?:الدكتورة|الدكتور|دكتورة|دكتور|الحاجة|الحاج|السيدة|السيد)(?![\u0621-\u064a]))\s*"
    r"(?P<ar>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,3}?)(?=\s*[،,.؛(]|\s+(?:في|من|و)(?![\u0621-\u064a]))"
    r"|(?:ד״ר|ד\"ר|דר'|פרופ'|גב'|מר)\s+(?P<he>[\u05d0-\u05ea][\u05d0-\u05ea'\"-]*(?:\s+[\u05d0-\u05ea][\u05d0-\u05ea'\"-]*)?)"
    r"(?=\s*[,.;(]|$)"
    r"|(?:डॉ\.|डा\.|श्रीमती|श्री|सुश्री|कुमारी)\s*(?P<hi>[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+){1,2}?)"
    r"(?=\s*[,।(]|\s+(?:के|की|को|ने|से|\())"
    rf"|(?P<zh>[{_CHINESE_FAMILY}][\u4e00-\u9fff]{{1,3}}?)(?:醫師|医师|醫生|医生|護理師|护士|藥師|药师|先生|小姐|女士)"
    rf"|(?:阿嬤|阿嫲|阿公|婆婆|爺爺|爷爷|奶奶|外婆|外公|媽媽|妈妈|爸爸|爸|媽)(?P<rel>[{_CHINESE_FAMILY}][\u4e00-\u9fff]{{1,3}}?)"
    r"(?=[訂订的，,。買买拿取看])"
)
# a title in the Latin-script languages and the whole name after it, particles, a nickname in brackets and
# double surnames included: "Sra. Maria Aparecida dos Santos Ferreira", "Mnr. Johannes Petrus (Hannes) van
# der Merwe", "Dna Maria Ionescu-Popa", "Dott.ssa Chiara Bassi"
_LATIN_TITLE = (
    r"Sra|Sr|Srta|Dra|Dr|Dña|Dna|Dl|Mnr|Mev|Mej|Mme|Mlle|Herr|Frau|Sig\.ra|Sig|Dott\.ssa|Dott|Pan|Pani|Bay|"
    r"Bayan|Ibu|Bapak|Pak|Tuan|Puan|Mrs|Mr|Ms|Prof|MUDr|Uzm\. Dr|Dr\. med"
)
_NAME_PARTICLE = r"dos|das|da|de|del|della|di|do|du|la|le|van|der|den|von|bin|binti|al|el|y|e|ter"
NAME_PARTICLES = frozenset(_NAME_PARTICLE.split("|"))
_CAPITAL_WORD = r"[^\W\d_a-zß-ÿ][\w'’-]+"
_NOT_IN_NAMES = frozenset(
    "and und et the of hospital hospitaal clinic clinica clínica clinique centro center centre ospedale klinik "
    "sanatorio policlínica health medical pharmacy".split()
)
_TITLED_LATIN = re.compile(
    rf"(?<![\w.])(?:{_LATIN_TITLE})\.?[ \t]+(?P<v>{_CAPITAL_WORD}"
    rf"(?: (?:(?:{_NAME_PARTICLE}) ){{0,2}}{_CAPITAL_WORD}| [(\"“][A-Z][a-zà-ÿ][\w'’-]*[)\"”]){{1,6}})"
)
# a Russian or Kazakh surname with the initials of the given name and patronymic, either way round:
# "Кузнецов А. В.", "О. В. Лебедева"
_CYRILLIC_CAPITAL = "А-ЯЁӘҒҚҢӨҰҮҺІ"
_CYRILLIC_INITIALS = re.compile(
    rf"(?<![\w.])(?P<v>[{_CYRILLIC_CAPITAL}][а-яёәғқңөұүһі]+(?:-[{_CYRILLIC_CAPITAL}][а-яёәғқңөұүһі]+)?"
    rf"[ \t]+[{_CYRILLIC_CAPITAL}]\.[ \t]?[{_CYRILLIC_CAPITAL}]\."
    rf"|[{_CYRILLIC_CAPITAL}]\.[ \t]?[{_CYRILLIC_CAPITAL}]\.[ \t]?[{_CYRILLIC_CAPITAL}][а-яёәғқңөұүһі]+)"
)
# one initial and a surname, where the surname list holds the word or a credential or "by" says it is a
# person: "M. Abernathy, LPN", "verified by L. Kaleikini", "by T. Begaye MLS"; not "E. coli", "S. Aureus"
_INITIAL_SURNAME = re.compile(r"(?<![\w.])(?P<v>[A-Z]\.[ \t]?[A-Z][a-z][\w'’-]+)")
_BY_BEFORE = re.compile(r"\b(?:by|per|cc)[ \t]+$", re.IGNORECASE)
_CREDENTIAL_AFTER = re.compile(r",?[ \t]+(?P<c>[A-Za-z][A-Za-z-]{1,6})\b")
# a full name with a nickname in quotes ("Harold "Hal" Jennings"), and initials before a surname ("J.R.
# Castellano", "J.W. van der Heijden")
_NICKNAMED = re.compile(
    r"\b(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?) [\"“'](?P<n>[A-Z][a-z]+)[\"”'] (?P<b>[A-Z][a-z][\w'’-]*)"
)
_INITIALS_SURNAME = re.compile(
    r"(?<![\w.])(?P<v>(?:[A-Z]\.){2,3} ?(?:(?:van|de|der|den|von|da|di|del|le|la)\s+){0,2}[A-Z][a-z][\w'’-]+)"
)
# "I am" or "my name is" and the name, in scripts where no capital letter tells a name: Arabic ("أنا محمود
# عبد الرحمن السيد،"), Urdu ("میرا نام عائشہ ملک ہے"), Hindi ("मैं प्रिया शर्मा अपनी"), Chinese ("我是林雅婷，"),
# and Malay ("Saya Nurul Aisyah binti Ramli.")
_SELF_NAMED = re.compile(
    r"(?:^|(?<=[\s،,.!?]))(?:أنا|انا|اسمي|إسمي)\s+(?!(?:في|من|على|مع|لا|لم|لن|لست|هنا|بخير|أريد|اريد|عندي|أحتاج|احتاج|"
    r"أبحث|ابحث|أكتب|اكتب|مريض|مريضة|سعيد|سعيدة|آسف|اسف|متأكد|بحاجة|ممتن|ممتنة)(?![\u0621-\u064a]))"
    r"(?P<ar>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,3}?)(?=\s*[،,.؛!?]|\s+و)"
    r"|میرا نام\s+(?P<ur>[\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+){0,3}?)\s+(?:ہے|ہیں)"
    r"|(?:मैं|मेरा नाम)\s+(?P<hi>[\u0900-\u097f]+\s+[\u0900-\u097f]+)(?=\s+(?:अपनी|अपने|अपना|हूँ|हूं|है)|\s*[,।])"
    rf"|(?:我是|我叫|我係|我的名字是|本人)(?P<zh>[{_CHINESE_FAMILY}][\u4e00-\u9fff]{{1,2}})(?=[，,。.（(、\s]|[幫帮想要])"
    r"|\b(?:Saya|saya|Nama saya|nama saya)\s+(?P<ms>[A-Z][a-z]+(?:\s+(?:bin|binti|[A-Z][a-z]+)){1,4})"
    r"(?=[.,!]|\s+(?:dari|di|ingin|mahu|nak)\b)"
)
# the labels a form, a report or a pharmacy label puts before a person's name: the value is a name only when it
# reads as one ("Patient: Ramírez-Ocampo, Teodoro", "Pt: ELLSWORTH, RUBY J", "BILL TO: KHALID BIN SAEED"),
# not prose ("Patient: alert and oriented", "Provider: CVS PHARMACY")
_PERSON_LABEL = re.compile(
    r"(?:^|(?<=[\s|>]))(?i:patient(?:[ \t]+name)?|pt|(?:full[ \t]+)?name|cardholder|card[ \t]*holder|bill[ \t]+to|"
    r"ship[ \t]+to|sold[ \t]+to|deliver[ \t]+to|recipient|customer|client|member|subscriber|insured|guarantor|"
    r"resident|mother|father|parent|guardian|caregiver|emergency[ \t]+contact|attn|scribe|prescriber|"
    r"referring(?:[ \t]+(?:physician|provider))?|attending|surgeon|assistant|anesthesia|anesthesiologist|"
    r"interpreting|interpreter|signed(?:[ \t]+by)?|verified[ \t]+by|ordered[ \t]+by|dictated[ \t]+by|"
    r"transcribed[ \t]+by|electronically[ \t]+signed[ \t]+by)[ \t]*\Z",
    re.MULTILINE,
)
_PERSON_LABEL_VALUE = re.compile(r"[ \t]*(?P<v>[^\W\d_][^\n\t;|()\d]{0,60})")  # the next label may be inside
# the longest label with the blanks before its colon
_LABEL_REACH = 40
_COLON = re.compile(r"[:：፡]")


def _after_labels(text: str, label: re.Pattern[str], value: re.Pattern[str], colons: str) -> Iterator[re.Match[str]]:
    """The value after each label that ends at one of ``colons``. The label's pattern ends at the colon
    (``\\Z``), so it is sought only in the few characters before each colon, not at every place in the text."""
    for colon in _COLON.finditer(text):
        at = colon.start()
        if colon.group() in colons and label.search(text, max(0, at - _LABEL_REACH), at):
            if (found := value.match(text, at + 1)) is not None:
                yield found


# where a labelled name ends: two spaces, a field after it ("DOB", "MRN"), a dash
_LABEL_VALUE_END = re.compile(
    r"[ ]{2,}|\s+(?i:dob|d\.o\.b|mrn|age|sex|rm|room|acct|id|ssn|hcn|nhs|dos)\b|\s+[-–—]\s|(?<=[^\W\d_]{2})\.\s"
)
_INITIAL = re.compile(r"[^\W\d_]\.?")
# what follows a clinician's name after a comma ("Halima Ostergaard, DO"): a credential, not a given name
_CREDENTIALS = frozenset(
    "md do rn np pa pa-c phd pharmd rph cpht lcsw lpn cna crna dds dmd od dpm mbbs frcp fwacs mrcp mrcgp facp "
    "facs msn bsn aprn fnp dnp rrt rd ot pt slp mph mba esq jr sr ii iii iv".split()
)
_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7a3]")  # kana, kanji and Hangul: the honorific forms need them
# a signature's dash, at the start of a line or after the end of a sentence or an emoji; and what may follow it
SIGNOFF_WORDS = frozenset(
    "regards sincerely cheers thanks thx best love xoxo saludos atentamente cordialement grazie obrigado "
    "obrigada pozdrawiam groetjes hilsen mvh salamat gracias merci danke".split()
)
_DASH_BEFORE = re.compile(
    r"(?:(?:^|\n|[.!?…)\]>]|[^\w\s\x00-\u2fff])[ \t]*[-–—~]|"
    rf"\b(?i:{'|'.join(sorted(SIGNOFF_WORDS))}|thank you|salamat po)[,!.]?)[ \t]*\n?[ \t]*$"
)
# a legend of initials: "KD = Kendra Dawes", "KD: Kendra Dawes", "Kendra Dawes (KD)"
_LEGEND_NAME = r"[A-Z][a-zà-ÿ'’]+(?:[ \t-][A-Z][a-zà-ÿ'’]+){1,2}"
_LEGEND = re.compile(
    rf"(?<![\w/])(?P<i>[A-Z]{{2,3}})[ \t]*(?:=|:|–|-)[ \t]*(?P<name>{_LEGEND_NAME})"
    rf"|(?P<name2>{_LEGEND_NAME})[ \t]*\((?P<i2>[A-Z]{{2,3}})\)"
)
_SIGNOFF_END = re.compile(r"[\s.!?…)]*")


def name_label(text: str, f: Finding) -> bool:
    """``f`` is the label "Name:" itself in some language ("Jina:" is Swahili for it), not a name."""
    m = _NAME_LABEL.match(text, f.start)
    return m is not None and f.end <= m.start("v")


class NameForms:
    """PERSON findings from naming cues and first-initial-last phrases."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer

    def find(self, text: str, tokens: list[_Token]) -> list[Finding]:
        return [
            *self._after_cue(text, tokens),
            *self._with_initial(text, tokens),
            *self._with_particle(text, tokens),
            *self._speakers(text, tokens),
            *self._listed(text, tokens),
            *self._labelled(text),
            *self._person_labelled(text),
            *self._signoff(text, tokens),
            *self._listed_last_first(text),
            *self._staff_initials(text),
            *self._legend_initials(text),
            *self._spelled(text),
        ]

    def _spelled(self, text: str) -> Iterator[Finding]:
        """A name spelled out letter by letter, as a call transcript writes it ("its ray ocampo thats o c a m p
        o", "first name bonnie b o n n i e"): the letters spell a word just before them, or follow "spelled"."""
        if " " not in text:
            return
        for m in _SPELLED.finditer(text):
            word = m.group().replace(" ", "").lower()
            before = text[max(0, m.start() - 200) : m.start()].lower()
            if re.search(rf"\b{re.escape(word)}\b", before) or _SPELL_CUE.search(before[-24:]):
                yield Finding("PERSON", m.start(), m.end(), 0.7, "name-spelled", m.group())

    def _listed_last_first(self, text: str) -> Iterator[Finding]:
        """ "Last, First" at the start of a list item or a table cell ("2. Young, Hope (DOB …", "| Castaneda-Wu,
        Lily |", "3) Nguyen, Thanh-Huong - lisinopril"): a handoff list or a schedule of patients. The surname
        listed or the given name a first name; neither a word for a diagnosis or a day. In capitals, anywhere."""
        if "," not in text:
            return
        for m in _LIST_LAST_FIRST.finditer(text):
            last, first = m.group("last").lower(), m.group("first").lower()
            if last in NEVER or first in NEVER or first in DAYS_MONTHS or last in DAYS_MONTHS:
                continue
            if clinical_term(m.group("last"), last, named=False) or clinical_term(m.group("first"), first, named=False):
                continue
            if first.split("-")[0] in self.g.first and (
                last.split("-")[0] in self.g.last or last.split("-")[0] not in self.g.common
            ):
                yield Finding("PERSON", m.start("v"), m.end("v"), 0.8, "name-listed", m.group("v"))
        # in capitals, where case tells nothing, both words must be listed names and neither a common word
        for m in _CAPS_LAST_FIRST.finditer(text):
            last, first = m.group("last").lower(), m.group("first").lower()
            if last not in self.g.last or first not in self.g.first or last in self.g.common or first in self.g.common:
                continue
            if not any(clinical_term(w, w.lower(), named=False) for w in (m.group("last"), m.group("first"))):
                yield Finding("PERSON", m.start("v"), m.end("v"), 0.8, "name-listed", m.group("v"))

    def _legend_initials(self, text: str) -> Iterator[Finding]:
        """Initials that a legend spells out ("Initials: KD = Kendra Dawes, CPhT; RT = Rolando Treviño", "Mercy
        Oduya (MO)"), and every other place they sign: the cells of a log or a medication record. The letters
        must be the name's, and the name a person's (a listed first or last name, no common word), so that "BP
        = Blood Pressure" defines no one."""
        if not any(c in text for c in "=:(–-"):
            return
        for m in _LEGEND.finditer(text):
            initials, name = m.group("i") or m.group("i2"), m.group("name") or m.group("name2")
            words = name.replace("-", " ").split()
            if "".join(w[0] for w in words) != initials and words[0][0] + words[-1][0] != initials:
                continue
            lower = [w.lower() for w in words]
            if not (lower[0] in self.g.first or lower[-1] in self.g.last):
                continue
            if any(w in self.g.common and w not in self.g.first and w not in self.g.last for w in lower):
                continue
            for sign in re.finditer(rf"(?<![\w]){initials}(?![\w])", text):
                yield Finding("PERSON", sign.start(), sign.end(), 0.65, "name-initials", initials)

    def _staff_initials(self, text: str) -> Iterator[Finding]:
        """Staff initials that sign an entry: after a dash at a line's end ("Closed. -AM", "LVM 405-555-0133.
        -kt"), a transcriptionist's "LW/dsm" line, and after "Transcribed:" or "By:"."""
        if "-" in text:
            for m in _DASH_INITIALS.finditer(text):
                if m.start() < 2 or not _BEFORE_DASH_INITIALS.fullmatch(text, m.start() - 2, m.start()):
                    continue
                value, lower = m.group("v"), m.group("v").lower()
                if lower in CLINICAL_SHORTHAND or (lower in _NOT_INITIALS and value not in ("AM", "PM")):
                    continue
                if value.isupper() or lower not in self.g.common:  # "-AM" signs, "-am" is the morning
                    yield Finding("PERSON", m.start("v"), m.end("v"), 0.6, "name-initials", m.group("v"))
        if "/" in text:
            for m in _TRANSCRIBED_BY.finditer(text):
                for g in ("a", "b"):
                    yield Finding("PERSON", m.start(g), m.end(g), 0.6, "name-initials", m.group(g))
        if ":" in text and _INITIALS_CUE.search(text):
            for m in _INITIALS_AFTER.finditer(text):
                g = "v" if m.group("v") else "v2"
                yield Finding("PERSON", m.start(g), m.end(g), 0.6, "name-initials", m.group(g))

    def _signoff(self, text: str, tokens: list[_Token]) -> Iterator[Finding]:
        """One to three name words after a dash or a sign-off word that end the message ("... 🙄 - jamal",
        "Salamat po! - Joy", "Cheers, Morag"), in any case: the writer signing off. Common words ("- thanks",
        "- Sent from my phone", "thanks again") are no signature."""
        for n in (3, 2, 1):
            if len(tokens) < n:
                continue
            words = tokens[-n:]
            if _SIGNOFF_END.fullmatch(text, words[-1].end) is None:
                continue
            if not _DASH_BEFORE.search(text, max(0, words[0].start - 24), words[0].start):
                continue
            if any(text[a.end : b.start] != " " for a, b in zip(words, words[1:], strict=False)):
                continue
            if all(self._namelike(t) and not looks_like_medication(text, t.start, t.end) for t in words):
                start, end = words[0].start, words[-1].end
                yield Finding("PERSON", start, end, 0.75, "name-signoff", text[start:end])
            return

    def _labelled(self, text: str) -> Iterator[Finding]:
        """The value after a "Name:" label in any language ("Jina: Wanjiru Kamau", "收件人：陳嘉慧"), at most four
        words, and a Korean or Japanese name before its honorific ("박영숙 님", "山田 花子です")."""
        for m in _after_labels(text, _NAME_LABEL_BEFORE, _NAME_LABEL_AFTER, ":：፡"):
            start, value = m.start("v"), m.group("v").split("  ", 1)[0].rstrip()  # a wide gap opens a field
            if (title := _LABEL_HONORIFIC.match(value)) is not None:  # "خانم فاطمه", "মোছাঃ রহিমা", "ወ/ሮ አልማዝ"
                start, value = start + title.end(), value[title.end() :]
            value = _HONORIFIC_AFTER.sub("", value)  # "이민지 교수"
            words = value.split()
            if not words or len(words) > _MAX_LABELLED_WORDS:
                continue
            if any(w.lower() in NEVER or w.lower() in TITLES for w in words):
                continue
            yield Finding("PERSON", start, start + len(value), 0.8, "name-label", value)
        if not text.isascii() or "aya " in text:
            for m in _SELF_NAMED.finditer(text):
                group = next(g for g in ("ar", "ur", "hi", "zh", "ms") if m.group(g))
                yield Finding("PERSON", m.start(group), m.end(group), 0.8, "name-self", m.group(group))
        if not text.isascii():
            for m in _TITLED_IN_SCRIPT.finditer(text):
                group = next(g for g in ("ar", "he", "hi", "zh", "rel") if m.group(g))
                yield Finding("PERSON", m.start(group), m.end(group), 0.8, "name-titled", m.group(group))
        for m in _NICKNAMED.finditer(text) if '"' in text or "“" in text or "'" in text else ():
            # a given name, a nickname in quotes and a surname: "Oluwaseun "Seun" Bakare-Lindqvist"; each a
            # first name or no word, and the surname listed or no word ("The "Best" Pharmacy" is none)
            given, nick, surname = (m.group(g).lower() for g in ("a", "n", "b"))
            if all(w in self.g.first or w not in self.g.common for w in (*given.split(), nick)) and (
                surname in self.g.last or surname not in self.g.common or "-" in surname
            ):
                yield Finding("PERSON", m.start(), m.end(), 0.85, "name-nickname", m.group())
        for m in _INITIALS_SURNAME.finditer(text) if "." in text else ():
            surname = m.group("v").rsplit(" ", 1)[-1].split(".")[-1].lower()
            if surname not in self.g.common and surname not in NEVER:  # "U.S. Army", "A.M. Rounds" are words
                yield Finding("PERSON", m.start("v"), m.end("v"), 0.8, "name-initials", m.group("v"))
        for m in _TITLED_LATIN.finditer(text):
            value = self._trim_words(m.group("v"))
            first = value.split()[0].lower()
            if value and (first not in self.g.common or first in self.g.first):
                yield Finding("PERSON", m.start("v"), m.start("v") + len(value), 0.8, "name-titled", value)
        for m in _CYRILLIC_INITIALS.finditer(text) if "." in text and not text.isascii() else ():
            yield Finding("PERSON", m.start("v"), m.end("v"), 0.85, "name-initials", m.group("v"))
        for m in _INITIAL_SURNAME.finditer(text) if "." in text else ():
            surname = m.group("v").split(".")[-1].strip()
            lower = surname.lower()
            if lower in NEVER or lower in TITLES or clinical_term(surname, lower, named=False):
                continue
            credential = _CREDENTIAL_AFTER.match(text, m.end())
            if lower not in self.g.common and (
                lower in self.g.last
                or (credential is not None and credential.group("c").lower() in _CREDENTIALS)
                or _BY_BEFORE.search(text, max(0, m.start() - 8), m.start())
            ):
                yield Finding("PERSON", m.start("v"), m.end("v"), 0.75, "name-initial", m.group("v"))
        for m in _HONORIFIC_NAME.finditer(text) if _CJK.search(text) else ():
            group = "v" if m.group("v") else "j"
            yield Finding("PERSON", m.start(group), m.end(group), 0.75, "name-honorific", m.group(group))

    def _trim_words(self, value: str) -> str:
        """``value`` up to a word that starts something else ("Ruiz Calvo del Hospital ...", "Halfpenny And
        Dr"), without the capitalised English words that end it ("Ana Today") or a particle left at its end."""
        words = value.split(" ")
        for i, word in enumerate(words[1:], 1):
            if word.lower() in _NOT_IN_NAMES:
                words = words[:i]
                break
        while len(words) > 1 and words[-1].lower().strip('()"“”') in self.g.common:
            if words[-1].lower() in self.g.last or words[-1].lower() in self.g.first:
                break
            words.pop()
        while len(words) > 1 and words[-1] in NAME_PARTICLES:
            words.pop()
        return " ".join(words)

    def _person_labelled(self, text: str) -> Iterator[Finding]:
        """A name after a label that heads a person's field, as a form, a report or a label writes it: "Last,
        First M" or two to five capitalised words, each a name or a word no vocabulary holds, one at least a
        listed name (or the name written "Last, First")."""
        for m in _after_labels(text, _PERSON_LABEL, _PERSON_LABEL_VALUE, ":"):
            value = m.group("v")
            if (cut := _LABEL_VALUE_END.search(value)) is not None:
                value = value[: cut.start()]
            left, comma, right = value.partition(",")
            right = right.split(",", 1)[0]
            parts = [left.split(), right.split()] if comma else [left.split()]
            words = [w for side in parts for w in side]
            credential = comma and bool(parts[1]) and parts[1][0].lower().rstrip(".") in _CREDENTIALS
            if comma and (credential or not parts[1] or not 1 <= len(parts[0]) <= 3 or len(parts[1]) > 3):
                parts, words = [parts[0]], parts[0]  # "Smith, 45 y/o": the part before the comma alone
                comma = ""
            if not 1 <= len(words) <= 5 or (not comma and len(words) < 2):
                continue
            if not all(self._label_word(w, i == len(words) - 1) for i, w in enumerate(words)):
                continue
            listed = sum(self._listed_name(w) for w in words)
            if not (listed or (comma and all(w.isupper() or w[0].isupper() for w in words))):
                continue
            start = m.start("v")
            end = start + (len(left.rstrip()) if not comma else len(left) + 1 + len(right.rstrip()))
            end = start + len(text[start:end].rstrip(" .,"))
            yield Finding("PERSON", start, end, 0.85, "name-label", text[start:end])

    def _label_word(self, word: str, last: bool) -> bool:
        """A word of a labelled name: capitalised or in capitals, a particle, or (last) an initial."""
        lower = word.lower().rstrip(".")
        if lower in _PARTICLES:
            return True
        if _INITIAL.fullmatch(word):
            return last or word.endswith(".")
        if not (word[0].isupper() and len(lower) >= 2) or lower in NEVER or lower in TITLES or lower in DAYS_MONTHS:
            return False
        if lower in CLINICAL_SHORTHAND or lower in US_STATES or lower in self.g.countries or lower in RELATIONS:
            return False
        return self._listed_name(word) or all(p not in self.g.common for p in re.split(r"[-'’]", lower) if p)

    def _listed_name(self, word: str) -> bool:
        lower = word.lower().rstrip(".")
        return any(p in self.g.first or p in self.g.last for p in re.split(r"[-'’]", lower) if len(p) > 1)

    def _with_particle(self, text: str, tokens: list[_Token]) -> Iterator[Finding]:
        """A first name, a surname particle and a capitalised surname: "Willemine ten Pas", "Maika van de
        Noort", "Omar al Rashid", "Siobhán Ní Bhriain"."""
        for i, a in enumerate(tokens):
            if not (a.cap and self._namelike(a)) or tokens[min(i + 1, len(tokens) - 1)].lower not in _PARTICLES:
                continue
            j = i + 1
            while (
                j < len(tokens) and j - i <= 2 and tokens[j].lower in _PARTICLES
                and (not tokens[j].cap or tokens[j].lower in _CAPITAL_PARTICLES)
            ):  # fmt: skip
                j += 1
            if j == i + 1 or j >= len(tokens) or not self._surname(tokens[j]):
                continue
            if _IN_STREET.search(text, max(0, a.start - 40), a.start):
                continue  # "846 Rue Al Imam Al Bakri": a street named after a person
            if all(text[x.end : y.start] == " " for x, y in zip(tokens[i:j], tokens[i + 1 : j + 1], strict=True)):
                yield Finding("PERSON", a.start, tokens[j].end, 0.85, "name-particle", text[a.start : tokens[j].end])

    def _speakers(self, text: str, tokens: list[_Token]) -> Iterator[Finding]:
        """The speaker of a pasted chat or dialogue: a first name alone before a colon at the start of a line,
        perhaps after a timestamp and before a role in brackets ("Vsevolod: Who are you?", "[16:09] Tamsin
        (Support): Hi"); one that is also a word is a heading ("Comfort:", "Agent:"). In a dialogue, where a
        speaker speaks twice or two or three speak once with no number in their lines, every speaker that is
        a first name or no word is a person ("Leverett: What a wife.\nDanielle: Remember me"), in lower case
        too when they speak twice ("nadia: ok\nomar: i can\nnadia: …"); a form's labels ("Adresse:",
        "Simu: +255 …") and headings in capitals ("PMHX:") and shorthand are not."""
        speakers: list[tuple[_Token, int, bool]] = []  # the speaker, where their words begin, a role after them
        at = {t.start: t for t in tokens}
        for m in _SPEAKER_LINE.finditer(text):
            t = at.get(m.start("name"))
            if t is None or t.end != m.end("name") or len(t.text) <= 2 or t.text.isupper():
                continue
            if t.lower in NEVER or t.lower in TITLES or _CAMEL.search(t.text):
                continue  # "RxHelp:", "MyChart:": a bot's or a product's name
            if t.lower in DAYS_MONTHS or t.lower in CLINICAL_SHORTHAND or _NAME_LABEL.match(text, t.start):
                continue
            speakers.append((t, m.end(), m.group("role") is not None))
        if not speakers:
            return
        turns: dict[str, int] = {}
        for t, _, _ in speakers:
            turns[t.lower] = turns.get(t.lower, 0) + 1
        numbered = any(
            any(c.isdigit() for c in text[at : text.find("\n", at) % (len(text) + 1)]) for _, at, _ in speakers
        )
        dialogue = (
            (max(turns.values()) >= 2 or (2 <= len(turns) <= 3 and not numbered))
            and len(speakers) >= 2
            and all(t.lower in self.g.first or t.lower not in self.g.common for t, _, _ in speakers)
            and any(t.lower not in self.g.common for t, _, _ in speakers)
        )
        for t, _, role in speakers:
            name = t.lower in self.g.first or t.lower not in self.g.common
            if not t.cap and not (dialogue and max(turns.values()) >= 2 and t.lower in self.g.first):
                continue  # in lower case, only the first names of a dialogue in which someone speaks twice
            if (t.lower in self.g.first and t.lower not in self.g.common) or (name and (dialogue or role)):
                yield Finding("PERSON", t.start, t.end, 0.7, "name-speaker", t.text)

    def _listed(self, text: str, tokens: list[_Token]) -> Iterator[Finding]:
        """Three or more first names in one list ("silvana, adam, christopher, kristina, chad and caleb"), in
        any case, at least two of them no common word: a list of people."""
        run: list[_Token] = []
        for t in [*tokens, None]:
            if t is not None and t.lower in self.g.first and t.lower not in NEVER and len(t.lower) > 2:
                gap = text[run[-1].end : t.start] if run else ", "
                if run and gap not in (", ", " and ", ", and ", " & "):
                    yield from self._list_names(run)
                    run = []
                run.append(t)
            elif run:
                yield from self._list_names(run)
                run = []

    def _list_names(self, run: list[_Token]) -> Iterator[Finding]:
        if len(run) >= 3 and sum(t.lower not in self.g.common for t in run) >= 2:
            for t in run:
                yield Finding("PERSON", t.start, t.end, 0.75, "name-list", t.text)

    def _namelike(self, t: _Token) -> bool:
        """A word that can be part of a name: no function word or common word, except a capitalised one that
        a name list holds ("Grace", but not "grace" or "in", which the lists hold too)."""
        lw = t.lower
        if len(lw) < 2 or lw in NEVER or lw in DAYS_MONTHS or lw in TITLES or lw in US_STATES:
            return False
        if lw in CLINICAL_SHORTHAND or lw in self.g.countries:
            return False
        return lw not in self.g.common or (t.cap and (lw in self.g.first or lw in self.g.last))

    def _surname(self, t: _Token) -> bool:
        """After a middle initial, any capitalised word is the last name ("Jildau S Bouts")."""
        return t.cap and len(t.text) > 1 and t.lower not in NEVER and t.lower not in DAYS_MONTHS

    def _after_cue(self, text: str, tokens: list[_Token]) -> Iterator[Finding]:
        lower = text.lower()
        if "name" not in lower and "call" not in lower:
            return  # no cue anywhere: spare the search for cues
        cue_ends = {m.end() for m in _NAMING.finditer(text)}
        for i, t in enumerate(tokens):
            if i == 0 or t.start not in cue_ends:
                continue
            if text[tokens[i - 1].end : t.start].strip(" \t:?") or not self._namelike(t):
                continue  # the cue must lead straight to the word ("name is", not "name is on the list")
            j = i + 1
            while j < len(tokens) and j - i < _MAX_WORDS and text[tokens[j - 1].end : tokens[j].start] in (" ", ". "):
                nxt = tokens[j]
                initial = len(tokens[j - 1].text) == 1
                if not (
                    self._namelike(nxt)
                    or (initial and self._surname(nxt))
                    or (len(nxt.text) == 1 and j + 1 < len(tokens))
                ):
                    break
                j += 1
            if len(tokens[j - 1].text) == 1:  # a name does not end in an initial
                j -= 1
            yield Finding("PERSON", t.start, tokens[j - 1].end, 0.85, "name-cue", text[t.start : tokens[j - 1].end])

    def _with_initial(self, text: str, tokens: list[_Token]) -> Iterator[Finding]:
        """First, a one-letter middle initial, last: all capitalised, or all lower case with a listed first
        name ("emidio p lombardo" needs "emidio" in a list; "take a pill" has no such first word)."""
        for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False):
            if len(b.text) != 1 or text[a.end : b.start] != " " or text[b.end : c.start] not in (" ", ". "):
                continue
            if not self._namelike(a) or len(a.text) < 2:
                continue
            capital = a.cap and b.text.isupper() and self._surname(c)
            if not (capital or self._namelike(c)):
                continue
            lower = a.text.islower() and b.text.islower() and c.text.islower() and a.lower in self.g.first
            if capital or (lower and b.text not in "ai"):
                yield Finding("PERSON", a.start, c.end, 0.85, "name-initial", text[a.start : c.end])
            elif lower and c.lower not in self.g.common:  # "benjamin a seiler": the last name is no word
                yield Finding("PERSON", a.start, c.end, 0.8, "name-initial", text[a.start : c.end])

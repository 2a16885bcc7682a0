"""Dates: written-out and numeric dates, clinical shorthand ("3/4", "10/15-10/16", "5/97"), and years after an
apostrophe. Ages over 89 are in ``phigate.deid.ages``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set

from phigate.deid.recognizer import Anchored, PatternRecognizer
from phigate.taxonomy import Finding

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_M_NUM = r"(?:0?[1-9]|1[0-2])"


_MONTH_WORD = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
# a word for "on the", "since" or "until" before a day and month in other languages: "el 28/11", "siden 28/11"
_DAY_MONTH_CUE = r"el|le|il|al|am|dia|dnia|hasta el|desde el|depuis le|siden|seit|sedan|sinds|bis|desde|hasta"
_DOTTED_CUE = (  # not English "to" and "this am", after which "down to 2.5." and "am 24.6." are lab values
    r"vom|von|(?<!this )(?<!the )am|ab|bis|zum|den|dem|til|fra|innen|siden|seit|od|dnia|ke|mandag|tirsdag|"
    r"onsdag|torsdag|fredag|lørdag|søndag|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai"
)
_MONTH_AFTER = r"in|since|during|until|till|by|early|late|mid|last|next|this"  # "in March", "since sept."
_NEPALI_MONTH = r"बैशाख|वैशाख|जेठ|असार|साउन|श्रावण|भदौ|असोज|कात्तिक|कार्तिक|मंसिर|पुस|माघ|फागुन|चैत"
# Malay, Haitian Creole (not "me", "mas", "out", which are words too), Irish, Urdu, the Hijri months in Arabic,
# Thai abbreviated, Tamil and the Nepali (Bikram Sambat) months
_MORE_MONTHS = (
    r"mac|julai|janvye|fevriye|avril|jen|jiyè|jiye|dawout|septanm|oktòb|oktob|novanm|desanm|eanáir|feabhra|márta|"
    r"aibreán|bealtaine|meitheamh|iúil|lúnasa|meán fómhair|deireadh fómhair|samhain|nollaig|جنوری|فروری|"
    r"مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر|محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|"
    r"جمادى الأولى|جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة|ม\.ค\.|ก\.พ\.|"
    r"มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.|ஜனவரி|"
    r"பிப்ரவரி|மார்ச்|ஏப்ரல்|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்|"
    rf"{_NEPALI_MONTH}"
)
_ARMENIAN_MONTH = (
    r"հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|հոկտեմբերի|նոյեմբերի|դեկտեմբերի"
)
# Maltese, Albanian, Azerbaijani and Uzbek (Latin), Uzbek and Russian in the nominative, Macedonian, Catalan,
# Kinyarwanda, Marathi, Armenian in the genitive
_MORE_FOREIGN_MONTHS = (
    r"jannar|frar|marzu|mejju|ġunju|gunju|lulju|awwissu|settembru|ottubru|novembru|diċembru|dicembru|janar|"
    r"shkurt|prill|qershor|korrik|gusht|shtator|tetor|nëntor|nentor|dhjetor|yanvar|fevral|aprel|iyun|iyul|"
    r"avqust|avgust|sentyabr|sentabr|oktyabr|oktabr|noyabr|dekabr|январь|февраль|апрель|июнь|июль|сентябрь|"
    r"октябрь|ноябрь|декабрь|јануари|февруари|мај|јуни|јули|октомври|gener|febrer|març|maig|juny|juliol|"
    r"agost|setembre|desembre|mutarama|gashyantare|werurwe|mata|gicurasi|kamena|nyakanga|kanama|nzeri|"
    rf"ukwakira|ugushyingo|ukuboza|जानेवारी|फेब्रुवारी|एप्रिल|जुलै|ऑगस्ट|सप्टेंबर|ऑक्टोबर|नोव्हेंबर|डिसेंबर|{_ARMENIAN_MONTH}"
)
# the months abbreviated with a dot in Spanish, French, Italian and Portuguese where English has no such
# abbreviation ("7 dic. 2026", "14 déc.", "3 janv."); the dot is required: "out", "set" and "mag" are words
_ABBREVIATED_MONTH = r"ene|abr|ago|dic|janv|févr|fevr|avr|juil|déc|gen|mag|giu|lug|ott|set|out|dez"
# Afghanistan's Solar Hijri months in Dari: common words too ("حمل" is a pregnancy), so only with a year
_DARI_MONTH = r"حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت"
_HEBREW_MONTH = r"תשרי|חשוון|חשון|מרחשוון|כסלו|טבת|שבט|אדר|ניסן|אייר|סיוון|סיון|תמוז|אב|אלול"
_HEBREW_NUMBER = r"[א-ת]{1,3}[״\"][א-ת]|[א-ת][׳']"  # כ״ג, תשפ״ז, ה׳
_WEEKDAY = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|"
    r"viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|segunda|terça|quarta|quinta|sexta"
)
_ORDINAL_WORD = (
    r"(?:twenty[- ]|thirty[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_KAZAKH_MONTH = r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
# month names in the languages shop customers write, as they follow a day ("4. März", "4 de mayo", "15
# stycznia", "3 maart"): German, French, Spanish, Italian, Portuguese, Dutch, the Nordic languages, Polish,
# Czech, Finnish, Turkish, Romanian
_FOREIGN_MONTH = (
    r"januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|mars|avril|juin|"
    r"juillet|août|aout|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
    r"ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|"
    r"februari|maart|mei|augustus|augusti|marts|maj|desember|stycznia|lutego|marca|kwietnia|maja|czerwca|"
    r"lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia|ledna|února|unora|března|"
    r"brezna|dubna|května|kvetna|června|cervna|července|cervence|srpna|září|zari|října|rijna|listopadu|"
    r"prosince|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|"
    r"syyskuuta|lokakuuta|marraskuuta|joulukuuta|ocak|şubat|subat|mart|nisan|mayıs|haziran|temmuz|ağustos|"
    r"eylül|ekim|kasım|aralık|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|"
    r"decembrie|januar|februar|april|august|september|november|"
    # Greek, Russian and Ukrainian in the genitive, as a date writes them ("15 Μαρτίου", "3 марта", "3 березня")
    r"ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|μαιου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|"
    r"νοεμβρίου|δεκεμβρίου|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    # Arabic (Egypt and the Gulf, and the Levant's names)
    r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    r"كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول|"
    # Welsh, Estonian, Icelandic, Indonesian and Malay, Tagalog
    r"ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|jaanuar|veebruar|"
    r"märts|aprill|juuni|juuli|oktoober|detsember|janúar|febrúar|apríl|maí|júní|júlí|ágúst|október|nóvember|"
    r"desember|maret|agustus|ogos|disember|oktober|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|"
    r"disyembre|"
    # Baltic, Slovak, Slovene, Croatian, Serbian and Bulgarian, as a date writes them
    r"janvārī|februārī|martā|aprīlī|maijā|jūnijā|jūlijā|augustā|septembrī|oktobrī|novembrī|decembrī|sausio|"
    r"vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio|januára|"
    r"februára|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra|januarja|februarja|aprila|"
    r"junija|julija|avgusta|oktobra|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|"
    r"listopada|studenoga|studenog|prosinca|januara|februara|marta|juna|jula|jануара|јануара|фебруара|"
    r"априла|маја|јуна|јула|августа|септембра|октобра|новембра|децембра|януари|февруари|март|април|май|юни|"
    r"юли|август|септември|октомври|ноември|декември|"
    # Hebrew (with the "in" prefix a date takes), Hindi and Thai
    r"ינואר|בינואר|פברואר|בפברואר|מרץ|במרץ|אפריל|באפריל|מאי|במאי|יוני|ביוני|יולי|ביולי|אוגוסט|באוגוסט|"
    r"ספטמבר|בספטמבר|אוקטובר|באוקטובר|נובמבר|בנובמבר|דצמבר|בדצמבר|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|"
    r"जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|"
    r"พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
    # Swahili, Georgian, Persian (the Solar Hijri months and the Gregorian ones), Bengali, Kazakh
    r"januari|februari|machi|aprili|mei|juni|julai|agosti|septemba|oktoba|novemba|desemba|იანვარი|თებერვალი|"
    r"მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|ოქტომბერი|ნოემბერი|დეკემბერი|فروردین|اردیبهشت|"
    r"خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|"
    r"اکتبر|نوامبر|دسامبر|জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|"
    rf"ডিসেম্বর|{_KAZAKH_MONTH}|{_MORE_MONTHS}"
)
_LATVIAN_MONTH = r"janvārī|februārī|martā|aprīlī|maijā|jūnijā|jūlijā|augustā|septembrī|oktobrī|novembrī|decembrī"
_HUNGARIAN_MONTH = r"január|február|március|április|május|június|július|augusztus|szeptember|október|november|december"
_ERA = r"明治|大正|昭和|平成|令和|民國|民国"  # Japanese era names and Taiwan's, in which birth dates are often written
_DIGIT_SEP = r"\d[/.-]\d"
_M = r"(?:0?[1-9]|1[0-2])"
_D = r"(?:0?[1-9]|[12]\d|3[01])"
# the second date of a range ("11/01/2026-11/30/2026"): a hyphen between two whole dates joins them
_NEXT_DATE = rf"{_D}[/.]{_D}[/.]\d{{2}}"
_AFTER_DATE = r"(?<=\d[/.]\d\d-)|(?<=\d[/.]\d{4}-)"
# what a calendar writes after a year: Hijri "هـ", Solar Hijri "ه.ش", Ethiopian "ዓ.ም", Russian "г.", Polish "r."
_ERA_SUFFIX = r"(?:هـ|ه\.ش|ዓ\.ም\.?)"
_YEAR_WORD = rf"(?:г\.|года|р\.|року|r\.|roku|{_ERA_SUFFIX})"
_AMHARIC_MONTH = r"መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ነሐሴ|ጳጉሜ"
# no digit, slash, dot or hyphen before, unless a word ends there ("Quartermain.8/31", "TOXICITY-9/2/92")
_GLUED = r"(?:(?<![\d/.-])|(?<=[A-Za-z][.-]))"


def _foreign_months(months: str) -> tuple[tuple[str, float, str], ...]:
    """The patterns of dates with a month named in another language, for one alternation of month names (two
    of them: one alternation of all would pass the length Hyperscan takes for a trigger)."""
    return (
        # a day, then the month and maybe the year: "4. März", "4 de mayo de 2026", "15 ta' Diċembru 2026"
        (
            rf"(?<![\d/.-])(?P<v>(?:0?[1-9]|[12]\d|3[01])(?:\.|º|er|hb)?\s*(?:de\s+|ta['’]\s+)?"
            rf"(?:{months})(?:,?\s*(?:de\s+|del\s+)?(?:{_YEAR}|1[34]\d\d|2[45]\d\d)(?:\s?{_YEAR_WORD})?)?)(?![\w])",
            0.8,
            rf"\d(?:\.|º|er|hb)?\s*(?:de\s+|ta['’]\s+)?(?:{months})",
        ),
        # a month and a year: "März 2024", "listopad 2025"
        (rf"(?<![\w.])(?:{months})\s+{_YEAR}(?!\d)", 0.7, rf"(?:{months})\s+(?:19|20)\d\d"),
        # the month first, then the day and the year: "Hulyo 4, 1935"
        (rf"(?<![\w.])(?:{months})\s+{_D},?\s+{_YEAR}(?!\d)", 0.8, rf"(?:{months})\s+\d"),
    )


class Date(PatternRecognizer):
    name, type = "date", "DATE"
    PATTERNS = (
        (
            rf"(?=[\d(+])(?:{_GLUED}|{_AFTER_DATE})(?:0?[1-9]|1[0-2])([/.-])(?:0?[1-9]|[12]\d|3[01])\1(?:{_YEAR}|\d{{2}})"
            rf"(?![\d/]|-(?!{_NEXT_DATE}))",
            0.9,
            _DIGIT_SEP,
        ),
        (  # ISO 8601, with the time of day when it follows ("1992-11-12 07:04:41"); also "1961.03.04", "1961/3/4"
            rf"(?=[\d(+])(?<![\d/.-]){_YEAR}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])"
            r"(?:[ T](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?(?![\d]|-\d|[./]\d)",
            0.9,
            _DIGIT_SEP,
        ),
        (
            rf"(?=[\d(+])(?:(?<![\d/.-])|{_AFTER_DATE})(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1"
            rf"(?:{_YEAR}|1[34]\d\d)(?:\s?{_ERA_SUFFIX})?(?![\d/]|-(?!{_NEXT_DATE}))",
            0.85,
            _DIGIT_SEP,
        ),
        # year first with dots and spaces, the last dot too, as Korea and Hungary write it ("2026. 10. 15.",
        # "2026.11.23."); day first with dots and spaces, as Czechia and Slovakia do ("17. 2. 1958"); a Hijri or
        # Solar Hijri year first ("1313/02/15")
        (
            rf"(?<![\d.]){_YEAR}\.[ \t]?{_M}\.[ \t]?{_D}(?:\.(?=\s|$|[),;]))?(?!\d|\.\d)",
            0.9,
            r"(?:19|20)\d\d\.[ \t]?\d",
        ),
        (rf"(?<![\d.]){_D}\.[ \t]{_M}\.[ \t]{_YEAR}(?!\d)", 0.85, r"\d\.[ \t]\d"),
        (rf"(?<![\d/.-])1[34]\d\d/{_M}/{_D}(?![\d/])", 0.85, r"1[34]\d\d/\d"),
        # run together after a birth date's label, as a lab or pharmacy system prints it: "DOB 19640817"
        (
            Anchored(
                r"\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born)\b[\s:#]*"
                r"(?P<v>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?!\d)",
                r"\b(?:dob|d\.o\.b|date of birth|birth ?date|born)\b[\s:#]*(?:19|20)\d{6}",
            ),
            0.9,
        ),
        (Anchored(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+(?:of\s+)?{_YEAR})?\b", rf"\b{_MONTH}\s+\d"), 0.8),
        (
            rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?:{_YEAR}|'?\d{{2}}(?!\d)))?\b",
            0.8,
            rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORD})",
        ),
        # with hyphens or run together, as lab systems and device reports print it: "12-Jan-2026", "12JAN26"
        (rf"(?<![\w/.-]){_DAY}(?:-{_MONTH}-|{_MONTH})(?:{_YEAR}|\d{{2}})(?![\w/-])", 0.85, rf"\d-?(?:{_MONTH_WORD})"),
        (
            Anchored(
                rf"\b{_MONTH},?\s+(?:of\s+)?(?:{_YEAR}|['’]\d{{2}}(?!\d))(?!\w)",
                rf"\b{_MONTH},?\s+(?:of\s+)?(?:19|20|['’]\d)",
            ),
            0.7,
        ),
        # month and year in digits: "implanted 06/2019", "since 3-2021"
        (
            rf"(?=[\d(+])(?:(?<![\d/.-])|(?<=\d/\d{{4}}-))(?:0?[1-9]|1[0-2])[/-]{_YEAR}"
            rf"(?![\d/]|-(?!{_M}/{_YEAR})|[.,]\d)",
            0.7,
            r"\d[/-](?:19|20)\d\d",
        ),
        *_foreign_months(_FOREIGN_MONTH),
        *_foreign_months(_MORE_FOREIGN_MONTHS),
        # the same in Eastern Arabic digits: "١٥ مارس ٢٠٢٦"
        (
            rf"(?<![٠-٩])[٠-٩]{{1,2}}\s+(?:{_FOREIGN_MONTH})(?:\s+[٠-٩]{{4}})?(?![\w])",
            0.8,
            r"[٠-٩]\s",
        ),
        # Hungarian and Vietnamese order: "2026. március 4", "14 tháng 3 năm 2026"
        (
            rf"(?<!\d){_YEAR}\.\s*(?:{_HUNGARIAN_MONTH})\s+{_DAY}(?:\.(?=\s|$))?(?!\d)",
            0.85,
            rf"\d\.\s*(?:{_HUNGARIAN_MONTH})",
        ),
        # Kazakh, year first ("2026 жылғы 2 желтоқсан"); Ethiopian, month first ("ኅዳር 24 ቀን 2019 ዓ.ም")
        (rf"(?<!\d){_YEAR}\s+жылғы\s+{_DAY}\s+(?:{_KAZAKH_MONTH})", 0.85, "жылғы"),
        (
            rf"(?:{_AMHARIC_MONTH})\s+{_DAY}(?:\s+ቀን)?(?:\s+\d{{4}}(?:\s?ዓ\.ም\.?)?)?(?!\d)",
            0.85,
            _AMHARIC_MONTH,
        ),
        (rf"(?<!\d){_DAY}\s+tháng\s+{_M_NUM}(?:,?\s+năm\s+{_YEAR})?(?!\d)", 0.85, "tháng"),
        # Latvian, year first ("1935. gada 19. augustā"); a Thai Buddhist-era year ("5 มีนาคม พ.ศ. 2473")
        (rf"(?<!\d){_YEAR}\.\s*gad[aā]\s+{_DAY}\.\s*(?:{_LATVIAN_MONTH})", 0.85, r"\d\.\s*gad"),
        (rf"(?<![\d/.-]){_DAY}\s+(?:{_FOREIGN_MONTH})\s+(?:พ\.ศ\.|ค\.ศ\.)\s*\d{{4}}(?!\d)", 0.85, r"[พค]\.ศ\."),
        # a Japanese era year: "昭和52年4月18日", "平成元年"
        (rf"(?:{_ERA})\s?(?:元|\d{{1,2}})\s?年(?:\s?\d{{1,2}}\s?月(?:\s?\d{{1,2}}\s?日)?)?", 0.9, _ERA),
        # East Asian order, year first: "1961年3月4日", "1961년 3월 4일"
        (
            r"(?<!\d)(?:19|20)\d{2}\s?[年년]\s?(?:0?[1-9]|1[0-2])\s?[月월]\s?(?:0?[1-9]|[12]\d|3[01])\s?[日일]",
            0.9,
            r"[年년]",
        ),
        # East Asian year and month, or month and day: "2019年8月", "12月16日", "12월 16일"
        (r"(?<!\d)(?:19|20)\d{2}\s?[年년]\s?(?:0?[1-9]|1[0-2])\s?[月월](?!\s?\d)", 0.85, r"[年년]"),
        (r"(?<![\d年년])(?:0?[1-9]|1[0-2])\s?[月월]\s?(?:0?[1-9]|[12]\d|3[01])\s?[日일]", 0.85, r"[月월]"),
        # a day and month with no year after a word for "on the" in Romance and Slavic languages: "el 28/11"
        (
            Anchored(
                rf"\b(?:{_DAY_MONTH_CUE})\s+(?P<v>{_D}/{_M})(?![\d/]|\.\d)",
                rf"\b(?:{_DAY_MONTH_CUE})\s+\d",
            ),
            0.7,
        ),
        # a month alone is still an element of a date: "in March", "since sept."; "the 11th" after "on"
        (
            Anchored(
                rf"\b(?:{_MONTH_AFTER})[\s-]+(?P<v>{_MONTH})(?![\w'])", rf"\b(?:{_MONTH_AFTER})[\s-]+(?:{_MONTH_WORD})"
            ),
            0.6,
        ),
        (
            r"\b(?:on|since|until|by)\s+the\s+(?P<v>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b",
            0.6,
            r"\d(?:st|nd|rd|th)",
        ),
        # a weekday and its day: "friday the fourteenth", "monday the 30th", "jueves 11", "Samstag, 5."
        (
            Anchored(
                rf"\b(?:{_WEEKDAY})\s+the\s+(?P<v>(?:{_D}(?:st|nd|rd|th)|{_ORDINAL_WORD}))\b",
                rf"\b(?:{_WEEKDAY})\s+the\s",
            ),
            0.7,
        ),
        (
            Anchored(
                rf"\b(?:{_WEEKDAY})\s+(?:el\s+|le\s+|den\s+|dia\s+)?(?P<v>{_D})\b(?![:.,/–-]?\d|\s*[–-]|\s*(?:h\b|hs\b|"
                r"uhr|am\b|pm\b|a\.\s?m|p\.\s?m|horas?\b|heures?\b|times|x\b|de\b|of\b))",
                rf"\b(?:{_WEEKDAY})\s+(?:el\s+|le\s+|den\s+|dia\s+)?\d",
            ),
            0.65,
        ),
        # day and month with dots and a dot after the month, as Central and Northern Europe write a date
        # without its year, after a word for "on", "from", "until" or a weekday ("vom 19.11. bis", "ke 9.12.
        # iltapäivällä"); the last dot stays outside. Alone, "28.2." ends a sentence with a lab value.
        (
            Anchored(
                rf"\b(?:{_DOTTED_CUE})\s+(?P<v>{_D}\.{_M})\.(?=[ \t\n]|$)",
                rf"\b(?:{_DOTTED_CUE})\s+\d\d?\.\d",
            ),
            0.65,
        ),
        # Taiwan's ROC year first ("115/11/20"), the Nepali year first ("2083 कात्तिक 18"), a Hebrew date
        # ("כ״ג בכסלו תשפ״ז"), and Tamil month first ("டிசம்பர் 8")
        (rf"(?<![\d/.-])1[01]\d/{_M}/{_D}(?![\d/])", 0.8, r"1[01]\d/\d"),
        (rf"(?<!\d){_YEAR}\s+(?:{_NEPALI_MONTH})\s+{_D}(?!\d)", 0.85, _NEPALI_MONTH),
        (
            rf"(?:{_HEBREW_NUMBER})\s+ב?(?:{_HEBREW_MONTH})(?:\s+ה?(?:{_HEBREW_NUMBER}))?(?![א-ת])",
            0.8,
            rf"[״\"׳']\S?\s+ב?(?:{_HEBREW_MONTH})",
        ),
        (
            r"(?:ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்)\s+\d{1,2}(?!\d)",
            0.8,
            r"[\u0B80-\u0BFF]\s+\d",
        ),
        # a date run together in a file name: "IMG_20261201_0913_…", "scan_20261203.pdf"
        (
            r"(?<=_)(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=_|\.[a-z]{2,4}\b|-\d)",
            0.75,
            r"_(?:19|20)\d{6}",
        ),
        # a compact date in a delimited record, alone or leading a timestamp, as HL7 ("|19590614|",
        # "|20261207083015|") and X12 ("DMG*D8*19620307*F~") write it
        (
            r"(?<=[|^*~:])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?"
            r"(?:\.\d+)?(?:[+-]\d{4})?(?:[|^*~\n]|$)|[|^*~\n]|$)",
            0.8,
            r"[|^*~:](?:19|20)\d{6}",
        ),
        # a web server's log: "[07/Dec/2026:06:25:31 +0000]"
        (rf"(?<![\w/]){_D}/{_MONTH}/{_YEAR}(?=[:\s\]]|$)", 0.85, rf"\d/(?:{_MONTH_WORD})[a-z]*\.?/"),
        (
            rf"(?<![\d/.-]){_D}\s+(?:{_ABBREVIATED_MONTH})\.(?:\s*{_YEAR})?(?!\w)",
            0.8,
            rf"\d\s+(?:{_ABBREVIATED_MONTH})\.",
        ),
        # an Armenian month first, then the day ("դեկտեմբերի 10")
        (rf"(?:{_ARMENIAN_MONTH})\s+{_D}(?!\d)", 0.75, rf"(?:{_ARMENIAN_MONTH})\s+\d"),
        # year first in Mongolian ("2026 оны 12-р сарын 3"), Uzbek ("2026-yil 4-dekabr"), Burmese ("2026 ခုနှစ်၊
        # ဒီဇင်ဘာလ 3 ရက်"); Khmer day first ("ថ្ងៃទី12 ខែមីនា ឆ្នាំ1958"); a Dari date with its year ("16 قوس 1405")
        (rf"(?<!\d){_YEAR}\s+оны\s+{_M}(?:-р)?\s+сарын\s+{_D}(?!\d)", 0.85, "сарын"),
        # (a case ending may follow: "4-dekabrda")
        (rf"(?<!\d){_YEAR}-yil\s+{_D}-(?:{_MORE_FOREIGN_MONTHS})", 0.85, r"\d-yil"),
        (r"(?<!\d)(?:1[34]|19|20)\d\d\s*ခုနှစ်[၊,]?\s*\S{1,12}?လ(?:ဆန်း|ဆုတ်)?\s*\d{1,2}\s*ရက်", 0.85, "ခုနှစ်"),
        (r"ថ្ងៃទី\s*\d{1,2}\s*ខែ\s*\S{1,10}?\s*ឆ្នាំ\s*\d{4}", 0.85, "ថ្ងៃទី"),
        (rf"(?<![\d/.-]){_D}\s+(?:{_DARI_MONTH})\s+1[34]\d\d(?!\d)", 0.8, rf"\d\s+(?:{_DARI_MONTH})\s+1"),
        # "it's the 11th.": an ordinal that ends the sentence names a day, "the 4th ICS" does not
        (
            r"\bthe\s+(?P<v>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?=[ \t]*(?:[.!?;\n]|$))",
            0.6,
            r"\d(?:st|nd|rd|th)",
        ),
    )
    CONTEXT = (
        "dob",
        "born",
        "birth",
        "date",
        "admitted",
        "admission",
        "discharged",
        "discharge",
        "visit",
        "seen",
        "on",
        "since",
        "died",
        "death",
        "appointment",
        "surgery",
        "scheduled",
    )

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        for f in super().find(text, lower, numbers, hits):
            # "IMV 10/5/50", "12/5/65%": ventilator settings in the shape of a date with a two-digit year
            if (_TWO_DIGIT_YEAR.fullmatch(f.text) or _MONTH_YEAR.fullmatch(f.text)) and _measured(text, lower, f):
                continue
            if f.text in _FRACTIONS and not _DAY_MONTH_BEFORE.search(lower, max(0, f.start - 12), f.start):
                continue  # "3/4 de la dosis": three quarters; "mi cumple es el 2/3 por si": a day
            if f.text in _FRACTIONS and _DOSE_AFTER.match(lower, f.end):
                continue
            if f.text.endswith("dec") and _CHANGED_FROM.match(lower, f.end):
                continue  # "nc 02 dec from 4->2": decreased, not December
            if _VERSIONED.search(text, max(0, f.start - 2), f.start):
                continue
            yield f

    def validate(self, value: str) -> bool:
        lower = value.lower()
        # "may 5" is a date, "may be" is not; bare "march 3" is fine. Reject "3/4" style fractions in doses
        # (handled in the pattern) and a bare month word, which the patterns never produce.
        return not (lower.startswith("may") and not any(ch.isdigit() for ch in lower))


_NOT_AFTER = r"(?![\d/]|\.\d)"
# What makes "10/5" a ventilator setting, "1/2" a half or "3/10" a pain score rather than a date ("AC" is
# assist-control, but "R AC" / "L AC" the right or left antecubital fossa, where a line went in)
_MEASURE_BEFORE = re.compile(
    r"(?:\b(?:ps|psv|cpap|bi-?pap|peep|ips|epap|ipap|simv|imv|(?<!\br\s)(?<!\bl\s)ac|vent|settings?|flowby|wean(?:ed|ing)?\s+to|"
    r"ventilation|mode|trial|rales|crackles|pain|cp|c/o|rat(?:ing|ed|es)|murmur|sem|perrla|co/ci(?:/svr)?|ratio|"
    r"score|scale|titer|titre|dilution|dilutions)\b|[%&'])[^a-z\n(]{0,6}(?:of\s+|as\s+)?$|\bx[^a-z\d\n(]{0,3}$|/\s*$"
)
_MEASURE_AFTER = re.compile(
    r"\s*(?:%|peep|ips|ns\b|d5|str(?:ength)?\b|up\b|hrs?\b|h\b|of\b|x\b|cm\b|mm|mg|mcg|ml|cc|l\b|tabs?\b|pills?|"
    r"cups?\b|doses?\b|bottles?|bl\b|sets?\b|times|pain|cp\b|angina|incisional|units?\b|ratio|days?\b|wks?\b|"
    r"weeks?\b|mos?\b|months?\b|yrs?\b|years?\b|min\b|minutes|hours|beats|breaths|lit(?:er|re)s?\b|lpm|sem\b|hsm\b|"
    r"murmur|(?:holo)?systolic)",
    re.IGNORECASE,
)
_DATE_CUE = re.compile(r"\b(?:on|since|from|until|till|s/p|dated?|dob|admitted|born|of)\W{0,3}$|\bs/p\s+\w+\s*$")
_FRACTIONS = frozenset({"1/2", "1/3", "2/3", "1/4", "3/4", "1/8", "3/8"})
# "chest pressure 6/10", "c/o back discomfort #4/10": a score out of ten after a word for what is scored
_OUT_OF_TEN = re.compile(r"(?:10|\d)/10")
_SCORED = re.compile(
    r"\b(?:pain|cp|pressure|discomfort|ache|aching|hurts?|sore(?:ness)?|tender(?:ness)?|level|nausea)\b"
)
# a count of steps, pages or points in slashes ("[step 3/9]", "page 2/5", "PHQ-9 scored 11/27"), no date
_COUNTED = re.compile(r"\b(?:step|page|pg|part|item|question|slide|round|stage|phase|scored?)\s*#?\s*$")
# a version's or a package's number ("v4.12.31", "pkg@2026.12.1"), no date
_VERSIONED = re.compile(r"(?:(?<![^\W\d_])[vV]|@)$")
_EVENT_CUE = re.compile(r"\b(?:on|since|from|until|started|began|begun|stopped|given|dated?)\W{0,3}$")
# a respiratory paragraph, where "5/5" and "10/5" are pressure support over PEEP ("trialed on 5/5")
_VENT_WORDS = re.compile(
    r"\b(?:vent(?:ilator)?|cpap|c\s?pap|bi-?pap|psv?|peep|imv|simv|extubat\w*|wean\w*|fio2|trach|resp)\b"
)
_VENT_SETTING = re.compile(r"(?:[5-9]|1\d|2[0-5])/(?:5|6|8|10)")


_DAY_MONTH_BEFORE = re.compile(rf"\b(?:{_DAY_MONTH_CUE})\s+$")
_DOSE_AFTER = re.compile(r"\s*(?:de|del|d'|of|dosis|dose|tab|comp|pastill|cp|mg|ml|cucharad|taz)")
_CHANGED_FROM = re.compile(r"\s+(?:from|to|by)\b")
_TWO_DIGIT_YEAR = re.compile(r"\d{1,2}/\d{1,2}/\d{2}")
_MONTH_YEAR = re.compile(r"\d{1,2}[/-]\d{4}")  # "titer 1/2000" is a dilution


def _measured(text: str, lower: str, f: Finding) -> bool:
    """A measure word next to the match: a ventilator setting, a dose, a score, not a date."""
    return bool(_MEASURE_BEFORE.search(lower[max(0, f.start - 24) : f.start]) or _MEASURE_AFTER.match(text, f.end))


class ShortDate(PatternRecognizer):
    """Dates without a year as notes write them: "7/22", "3/4", "10/15-10/16", month/year "5/97", and day
    first where the day cannot be a month ("28/11").
    Numbers in slashes are also ventilator settings, fractions, pain scores and ratios, so a match is dropped
    when a measure word is next to it ("PSV 10/5", "1/2 NS", "3/10 pain", "rales 1/3 up")."""

    name, type = "short-date", "DATE"
    TRIGGER = r"\d/\d"
    PATTERNS = (
        # a range: "10/15-10/16", or two dates run together "10/03/10/04"
        (rf"(?=[\d(+]){_GLUED}{_M}/{_D}(?:[-/]{_M}/{_D})?{_NOT_AFTER}", 0.6),
        (rf"(?=[\d(+]){_GLUED}{_M}/(?:3[2-9]|[4-9]\d|0\d){_NOT_AFTER}", 0.6),
        (rf"(?=[\d(+]){_GLUED}{_M}/{_D}\.\d{{2}}(?![\d/.])", 0.6),  # the year after a dot: "11/21.93"
        # day first, where the day cannot be a month, after a word that sets a date: "wrote them on 28/11", "due
        # 19/12" (a note's "PA 32/15 to 28/11" is pressures, and "open 24/7" is no date)
        (
            Anchored(
                rf"\b(?:on|due|by|since|until|till|before|after)\s+(?P<v>(?:1[3-9]|2\d|3[01])/{_M}){_NOT_AFTER}"
                r"(?<!24/7)",
                r"\b(?:on|due|by|since|until|till|before|after)\s+[123]\d/\d",
            ),
            0.6,
        ),
        # month-day with a hyphen only after a cue word: "returned to OR on 7-8", "BC from 3-5 grew"
        (
            Anchored(
                rf"\b(?:on|from|since|until)\s+(?P<v>{_M}-{_D})(?![\d/-]|\.\d)",
                r"\b(?:on|from|since|until)\s+\d{1,2}-\d",
            ),
            0.6,
        ),
    )
    CONTEXT = Date.CONTEXT

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        for f in super().find(text, lower, numbers, hits):
            before = lower[max(0, f.start - 24) : f.start]
            if _measured(text, lower, f):
                continue
            if f.text in _FRACTIONS and not _DATE_CUE.search(before):
                continue
            line = lower[max(0, f.start - 60, lower.rfind("\n", 0, f.start) + 1) : f.start]
            if _OUT_OF_TEN.fullmatch(f.text) and _SCORED.search(line) and not _EVENT_CUE.search(before):
                continue
            if self._vent_setting(lower, f) or _COUNTED.search(before):
                continue
            if _VERSIONED.search(text, max(0, f.start - 2), f.start):
                continue
            yield f

    @staticmethod
    def _vent_setting(lower: str, f: Finding) -> bool:
        """Pressure support over PEEP ("trialed on 5/5", "weaned to 10/5") near a ventilator word: the
        support is at least the PEEP, which a month and day need not be."""
        if not _VENT_SETTING.fullmatch(f.text):
            return False
        support, peep = (int(x) for x in f.text.split("/"))
        start = max(0, f.start - 80, lower.rfind("\n", 0, f.start) + 1)
        end = min(f.end + 40, len(lower) if (nl := lower.find("\n", f.end)) < 0 else nl)
        return support >= peep and bool(_VENT_WORDS.search(lower, start, end))


class YearAlone(PatternRecognizer):
    """A two-digit year after an apostrophe ("CABG '95", "'09 PTCA"). Safe Harbor lets a year alone stay,
    but notes date events in a patient's history this way, and masking it costs nothing. An apostrophe after
    the number ("74'") is left alone: it is as often feet ("ambulated 30'") or degrees ("HOB 30'")."""

    name, type = "year-apostrophe", "DATE"
    TRIGGER = r"['’]\d"
    PATTERNS = ((r"(?<![\w'’])['’](?P<v>\d{2})(?![\w'’%]|[.,:/-]\d)", 0.6),)

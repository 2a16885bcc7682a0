#!/usr/bin/env python3
"""Build heldout.jsonl: a small, blind, held-out de-identification corpus.

Stdlib only. Each text below carries inline markup ``[[TYPE|value]]`` around
every identifier. This script strips the markup, computes character offsets
(Python str indices, end exclusive), validates everything, and writes
``heldout.jsonl`` next to itself. It then prints counts per type and per kind.

All names, addresses, numbers and institutions are invented. CC0-1.0.
Run:  python3 build_heldout.py
"""
import json
import os
import re
import sys
from collections import Counter

ALLOWED_TYPES = {
    "PERSON", "STREET_ADDRESS", "LOCATION", "ZIP", "DATE", "AGE", "PHONE",
    "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
    "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS",
    "OTHER_ID", "CREDIT_CARD", "IBAN",
}
ALLOWED_KINDS = {"chat", "note", "intl", "clean"}

MARK = re.compile(r"\[\[([A-Z_]+)\|([^\[\]|]*)\]\]")

# (id, kind, marked-up text)
DOCS = [
    # ------------------------------------------------------------------ chat
    ("chat-001", "chat", "hi my refill for lisinopril still says pending?? name is [[PERSON|maria delgado]] dob [[DATE|4/12/1961]]"),
    ("chat-002", "chat", "Hello, I need to change my shipping address to [[STREET_ADDRESS|418 Birchwood Ln, Apt 2B]], [[LOCATION|Cedar Falls]], IA [[ZIP|50613]]. Order #[[OTHER_ID|PX-449210]]."),
    ("chat-003", "chat", "this is [[PERSON|Okafor, Chinedu]] - my insurance card changed, new member id is [[HEALTH_PLAN_ID|BXQ884412907]]. can you update it before my next shipment?"),
    ("chat-004", "chat", "Can Dr. [[PERSON|Patel]] call me back at [[PHONE|(312) 555-0178]]? I'm [[PERSON|Jenna Whitlock]], it's about the rash cream."),
    ("chat-005", "chat", "my mom [[PERSON|Rosa Ibarra]] is [[AGE|93]] and cant use the app, I'm her daughter [[PERSON|Lucia]]. Her rx # is [[OTHER_ID|RX7730142]]"),
    ("chat-006", "chat", "pls cancel my appt on [[DATE|Dec 9]] at 3pm, something came up at work. -[[PERSON|tom k]]"),
    ("chat-007", "chat", "The tracking number [[OTHER_ID|1Z84W6E10391827745]] hasn't moved since [[DATE|11/28]]. Email me at [[EMAIL|d.nakamura88@fastmail.com]] instead of calling."),
    ("chat-008", "chat", "I was charged twice!! card [[CREDIT_CARD|4532 0178 4512 0933]], order #[[OTHER_ID|A-55018]]. Please fix"),
    ("chat-009", "chat", "pharmacist [[PERSON|Greg]] said my Ozempic would be ready tuesday but nothing yet. my phone is [[PHONE|617.555.0142]]"),
    ("chat-010", "chat", "hey its [[PERSON|brandon lee]], username [[OTHER_ID|blee_runs22]], cant log in to the portal since the update"),
    ("chat-011", "chat", "My husband [[PERSON|Harold Finley]] takes the same metformin, can we combine our orders to [[STREET_ADDRESS|77 Quarry Rd]], [[LOCATION|Barre]], VT [[ZIP|05641]]?"),
    ("chat-012", "chat", "Please send the prior auth form to my doctor's fax [[FAX|(404) 555-0199]], attention Dr. [[PERSON|Yolanda Briggs]]."),
    ("chat-013", "chat", "The SSN on my file is wrong, it should be [[SSN|531-62-0947]]. Thanks, [[PERSON|Kevin O'Rourke]]"),
    ("chat-014", "chat", "i moved!! new addr [[STREET_ADDRESS|2290 w fullerton ave unit 3]] [[LOCATION|chicago]] [[ZIP|60647]] pls update b4 next ship"),
    ("chat-015", "chat", "Booking for my son [[PERSON|Eli Hartman]], born [[DATE|June 3, 2015]], with Dr. [[PERSON|Sorensen]] for his ADHD follow up."),
    ("chat-016", "chat", "my acct number is [[ACCOUNT_NUMBER|ACC-00918374]] and the bill shows a $45 copay but my plan is supposed to cover it"),
    ("chat-017", "chat", "I'm writing for my grandfather [[PERSON|Walter Pruitt]], [[AGE|97]], at the [[LOCATION|Lakeshore Manor]] nursing home in [[LOCATION|Duluth]]. Can his meds be delivered there?"),
    ("chat-018", "chat", "I got my bloodwork done at [[LOCATION|St. Agnes Medical Center]] on [[DATE|11/30/2026]], can Dr [[PERSON|Munoz]] look at the results before my visit?"),
    ("chat-019", "chat", "my order shipped to my old place. I'm [[PERSON|Priya Raman]], phone [[PHONE|+1 408 555 0163]], email [[EMAIL|praman77@yahoo.com]]"),
    ("chat-020", "chat", "Hi, [[PERSON|Shawna]] from Dr. [[PERSON|Levin]]'s office at [[LOCATION|Brookside Family Clinic]]. Patient [[PERSON|Marcus Bell]], MRN [[MRN|00482913]], needs his sertraline refill sent today."),
    ("chat-021", "chat", "For the ID check, my driver's license number is [[LICENSE_NUMBER|D123-4567-8901]]. Is that enough or do you need a photo?"),
    ("chat-022", "chat", "the glucose monitor serial no. [[DEVICE_ID|G7-4K7Q22819X]] keeps failing, the reader says sensor error every morning. [[PERSON|Gina Tolliver]]"),
    ("chat-023", "chat", "we need delivery after 5pm. silver civic in the driveway, plate [[VEHICLE_ID|7KXP293]], courier can leave the box next to it"),
    ("chat-024", "chat", "the link you sent [[URL|https://portal.carerxshop.example/reset?u=jmorales]] doesnt work. [[PERSON|Jorge Morales]]"),
    ("chat-025", "chat", "I think someone else logged into my account, the alert said IP [[IP_ADDRESS|73.162.41.208]]. I'm in [[LOCATION|Tacoma]], not Ohio!"),
    ("chat-026", "chat", "lastname [[PERSON|Nguyen]] firstname [[PERSON|Thi Lan]] dob [[DATE|1979-02-17]] refill levothyroxine 50mcg please"),
    ("chat-027", "chat", "Can I pick up at the [[LOCATION|Westlake]] location instead? my rx is [[OTHER_ID|RX-2281904]]"),
    ("chat-028", "chat", "pls update my insurance: Aetna, member id [[HEALTH_PLAN_ID|W284019375]]. the old one ended last month"),
    ("chat-029", "chat", "hi i spoke to [[PERSON|ashley]] yesterday about my return, she said refund in 5-7 days, ticket [[OTHER_ID|CS-40817]]. still nothing"),
    ("chat-030", "chat", "My wife [[PERSON|Denise]] is the one on the account, [[EMAIL|denise.kowalski@outlook.com]]. I'm [[PERSON|Ray Kowalski]], she's fine with me ordering for her."),
    ("chat-031", "chat", "Need an earlier appt than [[DATE|Jan 14]], I'm having chest tightness with the new inhaler"),
    ("chat-032", "chat", "ship to my work address instead: [[STREET_ADDRESS|1500 Commerce Pkwy, Suite 210]], [[LOCATION|Plano]] TX [[ZIP|75093]], attn [[PERSON|Kim Tran]]"),
    ("chat-033", "chat", "hello, my father [[PERSON|Abdul Rahman Qureshi]] passed away on [[DATE|November 20th]], please cancel his autoship. his account is [[ACCOUNT_NUMBER|88301-772]]"),
    ("chat-034", "chat", "dr [[PERSON|feldman]] was supposed to send my prescription on [[DATE|12/2]] and the pharmacy still has nothing"),
    ("chat-035", "chat", "Can I switch from NP [[PERSON|Carla Jimenez]] to a male provider? Dr. [[PERSON|Osei]] if he's available."),
    ("chat-036", "chat", "my daughter [[PERSON|Hope]] needs her albuterol refilled, she's at camp till friday. pay with amex [[CREDIT_CARD|378282051946125]]"),
    ("chat-037", "chat", "fax # for my cardiologist is [[FAX|212-555-0187]], office of Dr. [[PERSON|Adeyemi]] at [[LOCATION|Mount Hollis Hospital]]"),
    ("chat-038", "chat", "hi, returning the CPAP, device ID [[DEVICE_ID|RSM-A11-30998127]]. do you email a return label? my facebook is [[URL|www.facebook.com/marcy.tillman.7]] if easier"),
    ("chat-039", "chat", "I'm [[AGE|91]] years old and the print on the bottle is too small. Can you use the big labels please. [[PERSON|Edna Mae Collier]]"),
    ("chat-040", "chat", "Hi, my sister-in-law [[PERSON|Farah]] will pick up my order #[[OTHER_ID|558201]] at the [[LOCATION|Riverside]] store, she'll bring her ID"),

    # ------------------------------------------------------------------ note
    ("note-001", "note", "Pt [[PERSON|Harriet Vance]], [[AGE|92]] yo F, seen via video [[DATE|12/01/2026]] 0930. c/o dizziness x3d. BP 142/88, HR 76, SpO2 96% RA. Pain 3/10. On Lasix 20mg PO daily, Xarelto 15mg daily. Dtr [[PERSON|Karen]] present on call. Plan: BMP, hold Lasix x2d, f/u w/ Dr. [[PERSON|Albrecht]] 1 wk."),
    ("note-002", "note", "ADMISSION NOTE. [[PERSON|RODRIGUEZ, LUIS]] MRN [[MRN|7734021]]. ADMITTED [[DATE|11/27/2026]] FROM ED AT [[LOCATION|MERCY GENERAL]]. 68 YO M W/ CHF EXACERBATION. BP 160/95. STARTED IV FUROSEMIDE 40MG BID. WIFE [[PERSON|ELENA]] AT BEDSIDE, CONTACT [[PHONE|915-555-0134]]."),
    ("note-003", "note", "0730 pt resting, A&Ox3. Pain 7/10 R hip, given oxycodone 5mg PO per order. RN [[PERSON|T. Brooks]]. 0815 pain 4/10, repositioned. 0900 son [[PERSON|Michael Hsu]] called, updated on plan."),
    ("note-004", "note", "Telehealth visit summary - [[DATE|Dec 3, 2026]]. Patient: [[PERSON|Aaliyah Monroe]], DOB [[DATE|08/22/1990]]. Located at home in [[LOCATION|Dayton]], OH. CC: dysuria x2d. Rx: nitrofurantoin 100mg BID x5d sent to pharmacy. Provider: [[PERSON|Samuel Ortiz]], PA-C."),
    ("note-005", "note", "Pt is a [[AGE|90]] y/o M, resident of [[LOCATION|Pine Ridge Assisted Living]], referred by Dr. [[PERSON|Kaur]] for wt loss 8 lb/2 mo. Lives w/ grandson [[PERSON|DeShawn]] on weekends. Hx Parkinson's, on carbidopa/levodopa 25/100 TID."),
    ("note-006", "note", "D/C SUMMARY: pt [[PERSON|Olsen, Bridget]] adm [[DATE|11/29]] d/c [[DATE|12/04]]. Dx: CAP. Completed ceftriaxone, transitioned to PO azithro. F/u PCP Dr. [[PERSON|Whitaker]] at [[LOCATION|Hillcrest Clinic]] within 7d. Home: [[STREET_ADDRESS|9 Larkspur Ct]], [[LOCATION|Ames]] [[ZIP|50010]]."),
    ("note-007", "note", "Fall risk HIGH. Pt [[AGE|95]] yo, hx Alzheimer's. Bed alarm on, low bed. Sitter [[PERSON|Rebecca]] 1:1 overnight. VS: T 98.4 BP 118/70 P 82 R 16. No c/o pain (0/10). Turned q2h."),
    ("note-008", "note", "Video visit. Pt reports fasting BG 180-220. A1c 8.9 (drawn [[DATE|10/15/26]]). Increase glargine to 22u qHS. Insurance UHC ID [[HEALTH_PLAN_ID|908133477201]]. Pt prefers email [[EMAIL|mhollis.1966@gmail.com]] for portal msgs."),
    ("note-009", "note", "Pt [[PERSON|J. Abernathy]] seen at [[LOCATION|St. Luke's Urgent Care]] 2 days ago for ankle sprain, xray neg. Today swelling improved, wt bearing as tolerated. Ibuprofen 600mg q6h PRN w/ food. RICE."),
    ("note-010", "note", "S: 34F c/o migraine 8/10, photophobia. Hx Crohn's. O: BP 128/84, HR 70. A: migraine w/o aura. P: sumatriptan 50mg PRN, may repeat x1 in 2h, max 200mg/24h. Seen by NP [[PERSON|Dana Whitcomb]]. Callback # [[PHONE|503-555-0110]]."),
    ("note-011", "note", "MRN: [[MRN|A00938217]] | ACCT: [[ACCOUNT_NUMBER|4410092837]] | [[PERSON|PETERSEN, ANNA M]] | DOB [[DATE|03/09/1948]]. POD 2 s/p L TKA. Ambulated 50 ft w/ walker with PT [[PERSON|Jorge]]. Pain 5/10. Incision C/D/I."),
    ("note-012", "note", "Device check: pacemaker SN [[DEVICE_ID|PJN661027H]] interrogated remotely [[DATE|11/18/2026]], normal function, battery 7.5 yrs. Cardiologist Dr. [[PERSON|Lindqvist]] reviewed. Next remote check 3 mo."),
    ("note-013", "note", "HPI: [[AGE|102]] yo F brought by niece [[PERSON|Tamara Ellis]] from [[LOCATION|Bayonne]] for increased confusion x1 wk. UA pending. BP 110/62. Family requests no aggressive measures; DNR on file."),
    ("note-014", "note", "Telehealth session log: pt joined 1412 from [[IP_ADDRESS|98.207.14.66]], audio only after 1420 due to bandwidth. Discussed sertraline 50mg, tolerating well. PHQ-9 = 7. Provider [[PERSON|L. Marchetti]], LCSW."),
    ("note-015", "note", "Nursing note [[DATE|12/2]] 2200: pt anxious, given Ativan 0.5mg SL x1 per Dr. [[PERSON|Chaudhry]]. Husband [[PERSON|Frank]] requested update by phone [[PHONE|(702) 555-0191]]. BP 150/90 -> 134/82 @2245."),
    ("note-016", "note", "Rx renewal: escitalopram 10mg daily #90, 1 refill. PHQ-9 today 6 (down from 14 on [[DATE|9/10]]). Pt [[PERSON|Owen Gallagher]] reports sleeping 7h/night. Next visit [[DATE|March 4]]."),
    ("note-017", "note", "CC: rash on forearms x5d. Mrs. [[PERSON|Okonkwo]] ID verified w/ driver's license [[LICENSE_NUMBER|S530-4471-9982]] before video visit. Likely contact dermatitis. Triamcinolone 0.1% cream BID x14d."),
    ("note-018", "note", "e-Rx: amoxicillin 875mg PO BID x10d. Prescriber: [[PERSON|R. Castellanos]] MD, DEA [[LICENSE_NUMBER|BC4419273]], NPI [[LICENSE_NUMBER|1730298841]]. Pt allergies: NKDA."),
    ("note-019", "note", "EMS brought pt after MVC on I-90 near [[LOCATION|Rapid City]]. Pt was driver of vehicle plate [[VEHICLE_ID|3AB449]]. GCS 15. C/o neck pain 6/10. C-collar in place. CT C-spine ordered."),
    ("note-020", "note", "Onc f/u. Hx Hodgkin lymphoma dx [[DATE|May 2019]], s/p ABVD x6. PET [[DATE|11/06/2026]] NED. Pt [[PERSON|Sofia Brandt]] accompanied by partner [[PERSON|Jess]]. Next scan in 6 mo. Dr. [[PERSON|Ferreira]]."),
    ("note-021", "note", "SW note: pt lives alone at [[STREET_ADDRESS|3417 Oakmont Dr]], [[LOCATION|Ocala]], FL [[ZIP|34471]]. Neighbor [[PERSON|Bev Sutton]] checks in daily. Pt [[AGE|94]] yo, ambulatory w/ cane. Meals on Wheels referral placed."),
    ("note-022", "note", "Telestroke consult. Referring: [[LOCATION|Valley View Hospital]], [[LOCATION|Glenwood Springs]]. Pt ID [[MRN|VV-220918]]. 57M, LKW 1340, NIHSS 9, L facial droop. tPA not given (on apixaban). Transfer accepted."),
    ("note-023", "note", "Called pt at 1615 re: K+ 5.9. No answer, LVM. Called emergency contact (sister [[PERSON|Ruth Ann]]) at [[PHONE|555-0127]], she will drive pt to ED. Will retry 0800 [[DATE|12/6]]."),
    ("note-024", "note", "WT 212 LB. BP 120/80. HR 64. TEMP 98.6. PT [[PERSON|GRACE LIU]] DENIES SOB OR CP. MEDS: METOPROLOL 25 MG BID, ATORVASTATIN 40 MG QHS. RTC 3 MO. - [[PERSON|K. OYELARAN]], RN"),
    ("note-025", "note", "Hospice visit: pt [[AGE|99]] yo, comfort care. Family ([[PERSON|Dolores]], [[PERSON|Vincent]]) at bedside. Morphine 2.5mg SL q2h PRN. Pain 2/10. Chaplain Fr. [[PERSON|Benedetti]] visited at 1500."),

    # ------------------------------------------------------------------ intl
    ("intl-001", "intl", "Hi, I ordered from the UK, please ship to [[STREET_ADDRESS|Flat 3, 27 Wellington Road]], [[LOCATION|Harrogate]] [[ZIP|HG2 9AB]]. My mobile is [[PHONE|07700 900481]]. - [[PERSON|Siobhan McAllister]]"),
    ("intl-002", "intl", "Guten Tag, meine neue Adresse: [[STREET_ADDRESS|Lindenstrasse 14]], [[ZIP|10969]] [[LOCATION|Berlin]]. Bitte per Lastschrift von [[IBAN|DE62 3704 0044 0532 0130 01]] abbuchen. Mit freundlichen Gruessen, [[PERSON|Juergen Hasselbach]]"),
    ("intl-003", "intl", "Bonjour, je suis [[PERSON|Amélie Durand-Lefèvre]], [[STREET_ADDRESS|8 rue des Capucines]], [[ZIP|69002]] [[LOCATION|Lyon]]. Tél [[PHONE|+33 6 12 84 55 09]]. Remboursement sur [[IBAN|FR84 2004 1010 0505 0001 3M02 607]] svp."),
    ("intl-004", "intl", "Please send to [[STREET_ADDRESS|1204-88 Harbour St]], [[LOCATION|Toronto]], ON [[ZIP|M5J 2L7]]. My health card is [[HEALTH_PLAN_ID|4821-337-915-KT]]. Thanks, [[PERSON|Wei Chen]]"),
    ("intl-005", "intl", "G'day, Medicare no. [[HEALTH_PLAN_ID|2951 48307 1]], address is [[STREET_ADDRESS|5/41 Banksia Pde]], [[LOCATION|Manly]] NSW [[ZIP|2095]]. Ring me on [[PHONE|0412 555 839]]. Cheers, [[PERSON|Liam O'Connell]]"),
    ("intl-006", "intl", "Namaste, I am [[PERSON|Ananya Venkataraman]] from [[LOCATION|Koramangala]], [[LOCATION|Bengaluru]] [[ZIP|560034]]. Please call [[PHONE|+91 98450 21673]]. My father [[PERSON|S. Venkataraman]] needs his insulin pens."),
    ("intl-007", "intl", "[[PERSON|Daan van der Berg]], [[STREET_ADDRESS|Prinsengracht 412-II]], [[ZIP|1016 JK]] [[LOCATION|Amsterdam]]. Betaling graag via [[IBAN|NL37 ABNA 0417 1643 02]]."),
    ("intl-008", "intl", "Hola, soy [[PERSON|Lucía Fernández García]]. Mi médico, el Dr. [[PERSON|Ruiz Calvo]] del [[LOCATION|Hospital Santa Brígida]] de [[LOCATION|Zaragoza]], me recetó omeprazol. Mi móvil: [[PHONE|+34 612 55 80 17]]."),
    ("intl-009", "intl", "Hi, [[PERSON|Niamh Ó Briain]] here, [[STREET_ADDRESS|14 Rathgar Avenue]], [[LOCATION|Dublin]] [[ZIP|D06 X2K8]]. Please refund to [[IBAN|IE02 AIBK 9311 5212 3456 79]], order #[[OTHER_ID|IE-30917]]."),
    ("intl-010", "intl", "My NHS number is [[HEALTH_PLAN_ID|721 408 3365]] and my GP is Dr [[PERSON|Amira Haddad]] at [[LOCATION|Fernleigh Surgery]] in [[LOCATION|Stockport]]. DOB [[DATE|14/07/1958]]."),
    ("intl-011", "intl", "Buongiorno, sono [[PERSON|Giuseppe Russo]], [[STREET_ADDRESS|Via Garibaldi 23]], [[ZIP|20121]] [[LOCATION|Milano]]. Cell [[PHONE|+39 347 555 8120]]. Mia moglie [[PERSON|Chiara]] ritira il pacco."),
    ("intl-012", "intl", "Dzień dobry, [[PERSON|Katarzyna Wiśniewska]], [[STREET_ADDRESS|ul. Mickiewicza 7 m. 12]], [[ZIP|31-120]] [[LOCATION|Kraków]]. Zamówienie z dnia [[DATE|15.11.2026]] nie dotarło."),
    ("intl-013", "intl", "Hi, [[PERSON|Ji-woo Park]] in [[LOCATION|Burnaby]], BC [[ZIP|V5H 4M1]]. Please charge [[CREDIT_CARD|6011-0045-7721-9831]] and send the receipt to [[EMAIL|jiwoo.park@shaw.ca]]."),
    ("intl-014", "intl", "Hiya, it's [[PERSON|Oluwaseun Adebayo-Smith]], new flat is [[STREET_ADDRESS|22b Bellenden Road]], [[LOCATION|Peckham]], [[LOCATION|London]] [[ZIP|SE15 4QN]]. Mobile [[PHONE|+44 7700 900 617]]."),
    ("intl-015", "intl", "Bonjour, [[PERSON|Youssef El Amrani]], [[STREET_ADDRESS|Rue de la Loi 155 bte 3]], [[ZIP|1040]] [[LOCATION|Etterbeek]], Belgique. Mon pharmacien M. [[PERSON|Claes]] a besoin de l'ordonnance."),
    ("intl-016", "intl", "Hello, [[PERSON|Tran Minh Khoa]], DOB [[DATE|02/11/1985]] (dd/mm), living in [[LOCATION|Cabramatta]] NSW [[ZIP|2166]]. My mum [[PERSON|Nguyen Thi Hoa]] also needs a telehealth consult."),
    ("intl-017", "intl", "My appointment is on [[DATE|5th January 2027]] at [[LOCATION|Kaveri Heights Hospital]], [[LOCATION|Chennai]]. Patient ID [[MRN|KHH-0048813]]. Name: [[PERSON|Rajesh Iyer]], mobile [[PHONE|+91 94440 73815]]."),
    ("intl-018", "intl", "Hej! [[PERSON|Elin Sjöberg]], [[STREET_ADDRESS|Storgatan 18 lgh 1102]], [[ZIP|411 38]] [[LOCATION|Göteborg]]. Tel [[PHONE|+46 70 555 12 34]]. Paketet kom aldrig fram."),
    ("intl-019", "intl", "Please refund to [[IBAN|GB45 NWBK 6016 1331 9268 22]], order [[OTHER_ID|UK-77120]]. Name on account [[PERSON|Harpreet Kaur Dhillon]], [[LOCATION|Leicester]] [[ZIP|LE2 1XB]]."),
    ("intl-020", "intl", "Hola, me llamo [[PERSON|Mateo Gutiérrez]], vivo en [[STREET_ADDRESS|Calle Feria 36, 2º B]], [[ZIP|41003]] [[LOCATION|Sevilla]]. Domiciliación: [[IBAN|ES64 2100 0418 4502 0005 1333]]."),

    # ------------------------------------------------------------------ clean
    ("clean-001", "clean", "Does Xarelto interact with ibuprofen? I take 1 tablet 2x/day with dinner."),
    ("clean-002", "clean", "Store hours: Mon-Fri 8:00-20:00, Sat 9-5, closed Sundays and public holidays. Pharmacist consults are free."),
    ("clean-003", "clean", "Parkinson's disease vs essential tremor - which one is primidone usually prescribed for?"),
    ("clean-004", "clean", "SKU LSX-40-100 (Lasix 40 mg, 100 ct) is $18.99; SKU ATV-1-30 (Ativan 1 mg, 30 ct) requires a valid prescription."),
    ("clean-005", "clean", "How is Hodgkin lymphoma different from non-Hodgkin lymphoma? Is it the Reed-Sternberg cells?"),
    ("clean-006", "clean", "My Crohn's flares when I eat dairy. Is Humira or Stelara usually better for that?"),
    ("clean-007", "clean", "Is it ok to split a 20 mg tablet? The bottle says take 1/2 tab every 12 hrs, 30 count, 2 refills left."),
    ("clean-008", "clean", "BP 130/85 at home this morning, pain 6/10 in my lower back, took 2 Tylenol 500mg at 0700."),
    ("clean-009", "clean", "What is the difference between Alzheimer's and Lewy body dementia? Is Down syndrome a risk factor?"),
    ("clean-010", "clean", "Promo code WINTER25 gives 25% off orders over $50, plus free shipping on 3+ items."),
    ("clean-011", "clean", "Do you carry Epsom salt? And is a 90-day supply cheaper than three 30-day fills at $12.50 each?"),
    ("clean-012", "clean", "Hashimoto's thyroiditis question: should levothyroxine 75 mcg be taken on an empty stomach, 30-60 min before breakfast?"),
    ("clean-013", "clean", "Version 2.4.1 of the app crashes on Android 14 when I open the Refills tab, error code 0x80070057."),
    ("clean-014", "clean", "Is Bell's palsy contagious? Also can Graves' disease or Addison's cause fatigue like this?"),
    ("clean-015", "clean", "Dosing chart: ages 6-11, 5 mL every 4-6 hours, max 5 doses in 24 h; ages 12+, 10 mL. Lot 24A117, exp 2027. Keep below 25 C."),
]


def luhn_ok(value):
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) < 12 or any(not (c.isdigit() or c in " -") for c in value):
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(value):
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def parse(doc_id, marked):
    out, spans, pos = [], [], 0
    plain_len = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        plain_len += len(chunk)
        typ, val = m.group(1), m.group(2)
        spans.append({"start": plain_len, "end": plain_len + len(val), "type": typ, "_v": val})
        out.append(val)
        plain_len += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"{doc_id}: unparsed markup left in text")
    return text, spans


def validate(doc_id, kind, text, spans):
    errs = []
    if kind not in ALLOWED_KINDS:
        errs.append(f"bad kind {kind}")
    if kind == "clean" and spans:
        errs.append("clean text has spans")
    if kind != "clean" and not spans:
        errs.append("non-clean text has no spans")
    prev_end = -1
    for s in sorted(spans, key=lambda s: s["start"]):
        v = s["_v"]
        if s["type"] not in ALLOWED_TYPES:
            errs.append(f"type {s['type']} not allowed")
        if text[s["start"]:s["end"]] != v:
            errs.append(f"span text mismatch {v!r}")
        if not v or v != v.strip():
            errs.append(f"leading/trailing whitespace or empty: {v!r}")
        if s["start"] < prev_end:
            errs.append(f"overlap at {v!r}")
        prev_end = s["end"]
        if s["type"] == "CREDIT_CARD" and not luhn_ok(v):
            errs.append(f"not Luhn-valid: {v!r}")
        if s["type"] == "IBAN" and not iban_ok(v):
            errs.append(f"not mod-97 valid: {v!r}")
        if s["type"] == "AGE" and not (v.isdigit() and int(v) > 89):
            errs.append(f"AGE must be a number over 89: {v!r}")
    return [f"{doc_id}: {e}" for e in errs]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    dst = os.path.join(here, "heldout.jsonl")
    errors, records, seen = [], [], set()
    for doc_id, kind, marked in DOCS:
        if doc_id in seen:
            errors.append(f"{doc_id}: duplicate id")
        seen.add(doc_id)
        text, spans = parse(doc_id, marked)
        errors += validate(doc_id, kind, text, spans)
        records.append({
            "id": doc_id, "kind": kind, "text": text,
            "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
        })
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    with open(dst, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in records)
    types = Counter(s["type"] for r in records for s in r["spans"])
    spans_by_kind = Counter()
    for r in records:
        spans_by_kind[r["kind"]] += len(r["spans"])
    print(f"wrote {dst}: {len(records)} texts, {sum(types.values())} spans")
    print("per kind (texts / spans):")
    for k in ("chat", "note", "intl", "clean"):
        print(f"  {k:6s} {kinds[k]:4d} {spans_by_kind[k]:5d}")
    print("per type:")
    for t, n in sorted(types.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {t:15s} {n:4d}")


if __name__ == "__main__":
    main()

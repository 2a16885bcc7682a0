#!/usr/bin/env python3
"""Build heldout2.jsonl: a second blind held-out de-identification corpus.

Stdlib only. Texts carry inline markup [[TYPE|value]] around every identifier.
The script strips the markup, computes character offsets (Python str indices,
end exclusive), validates everything and writes heldout2.jsonl next to itself,
then prints counts per type and per kind. Exits non-zero on any violation.

All content is invented (CC0-1.0). Written 2026-12-05.
"""
import json
import os
import re
import sys
from collections import Counter

ALLOWED_TYPES = {
    "PERSON", "STREET_ADDRESS", "LOCATION", "ZIP", "DATE", "AGE", "PHONE", "FAX",
    "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER",
    "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS", "OTHER_ID", "CREDIT_CARD", "IBAN",
}
KINDS = ("chat", "note", "intl", "clean")

T = []


def add(tid, kind, text):
    T.append((tid, kind, text))


# ---------------------------------------------------------------------------
# chat: storefront chat, pharmacy refill, booking, order support, insurance
# ---------------------------------------------------------------------------
add("chat-001", "chat",
    "hi can i get my lisinopril refilled?? name is [[PERSON|dolores vantassel]] dob [[DATE|2/9/1951]] thx")

add("chat-002", "chat",
    "Agent: Hello, this is [[PERSON|Marcus]] from support \U0001F44B Can you confirm the shipping address on order #[[OTHER_ID|BD-7730142]]?\n"
    "Customer: yes its\n"
    "[[PERSON|Renata Oyelaran-Shaw]]\n"
    "[[STREET_ADDRESS|1187 Quail Hollow Dr Unit 3B]]\n"
    "[[LOCATION|Moline]], IL [[ZIP|61265]]")

add("chat-003", "chat",
    "my mom [[PERSON|Ruthanne]] is [[AGE|93]] and cant do the video visit by herself, can i (her daughter [[PERSON|Jo]]) join on her behalf? "
    "best number is [[PHONE|(319) 555-0147]]")

add("chat-004", "chat",
    "Okay so the insurance got rejected AGAIN \U0001F644 Cigna member ID [[HEALTH_PLAN_ID|ZGP481120937]], patient is [[PERSON|Haverford, Lionel]], pharmacy acct # [[ACCOUNT_NUMBER|PA-2204718]]. what am i doing wrong")

add("chat-005", "chat",
    'assistant -> lookup_patient({"first_name": "[[PERSON|Teodoro]]", "last_name": "[[PERSON|Quintanilla]]", '
    '"dob": "[[DATE|1964-07-23]]", "zip": "[[ZIP|85719]]"})\n'
    'lookup_patient -> {"found": false, "reason": "no match"}')

add("chat-006", "chat",
    "Thanks for reaching out! Your Rx #[[OTHER_ID|4419027]] is ready for pickup at our [[LOCATION|Cherry Creek]] store after 4pm today. "
    "Bring a photo ID please.\n\u2013 [[PERSON|Anjali]], PharmD")

add("chat-007", "chat",
    "pls cancel my appt on [[DATE|dec 18]] i will be in [[LOCATION|tucson]] visiting my sister [[PERSON|glo]] for the week, sorry!!")

add("chat-008", "chat",
    "Can you send the invoice to my work email instead of my personal one?\n\n"
    "--\n"
    "[[PERSON|Bartholomew K. Ashby]]\n"
    "Operations Coordinator\n"
    "[[STREET_ADDRESS|2250 Olentangy River Rd, Suite 400]]\n"
    "[[LOCATION|Columbus]], OH [[ZIP|43221]]\n"
    "[[PHONE|+1 (614) 555-0183]] | fax [[FAX|614-555-0190]]\n"
    "[[EMAIL|bart.ashby@example.com]]")

add("chat-009", "chat",
    "hey is there a way to change the card on file? new one is [[CREDIT_CARD|4069 0067 9218 8143]] exp 2028, the old one got stolen \U0001F62D")

add("chat-010", "chat",
    "Hi [[PERSON|Deshawn]], your replacement sensor shipped via UPS, tracking [[OTHER_ID|1Z4F72W90348817265]]. "
    "If the new one (SN [[DEVICE_ID|0HV9K2TQ7M]]) also shows a signal loss error, reply here and we'll escalate.")

add("chat-011", "chat",
    "this is [[PERSON|kayleigh]] writing for my grandpa [[PERSON|Augustin Br\u00fbl\u00e9]], he turned [[AGE|96]] on [[DATE|nov 30]] "
    "and his oxygen delivery needs to go to my place now: [[STREET_ADDRESS|48 Teal Ridge Ct]], [[LOCATION|Lafayette]] LA [[ZIP|70508]]")

add("chat-012", "chat", "ok ty [[PERSON|bev]] \u2764\ufe0f")

add("chat-013", "chat",
    "Agent: Could you verify the last name and date of birth on the account?\n"
    "Customer: [[PERSON|Pruitt]], [[DATE|April 2, 1977]]\n"
    "Agent: Thank you, Ms. [[PERSON|Pruitt]]. I see two refills pending.")

add("chat-014", "chat",
    "my husbands ssn is [[SSN|987-65-4321]] for the prior auth form, his name is [[PERSON|Ignatius Fenwick]]. do u need his dob too")

add("chat-015", "chat",
    "Appointment booked \u2705 with Dr. [[PERSON|Hollis Marwood]] on Thursday at 2:40 PM ET, in person at "
    "[[LOCATION|Ridgecrest Family Medicine]]. Confirmation code [[OTHER_ID|RFM-20931]]. Reply C to cancel.")

add("chat-016", "chat",
    "Hi, I placed order [[OTHER_ID|77310-XQ]] on the website but it used my old address. The new one is "
    "[[STREET_ADDRESS|3300 N Lamar Blvd Apt 12]], [[LOCATION|Austin]] TX [[ZIP|78705]]. Can you fix before it ships? and charge [[CREDIT_CARD|2231608864339962]] not the visa")

add("chat-017", "chat",
    "Pharmacist [[PERSON|Nguyen]] told me to message here. my DL # is [[LICENSE_NUMBER|N4418-73920-61]] for the controlled rx pickup. "
    "also for the car accident claim they asked for the VIN, its [[VEHICLE_ID|3FADP4BJ5KM127309]]")

add("chat-018", "chat",
    "Hello! Can I speak to someone about account [[ACCOUNT_NUMBER|40027719]]? I got charged twice, on [[DATE|11/14]] and again on [[DATE|11/15]], $58.20 each.")

add("chat-019", "chat",
    "my daughter [[PERSON|Zuri]] (shes 7) has a rash on her arms, do i need to upload a photo first? our portal login is [[OTHER_ID|zuri.mom2019]]")

add("chat-020", "chat",
    "ur app keeps logging me out and the error page shows IP [[IP_ADDRESS|198.51.100.73]], sometimes [[IP_ADDRESS|2001:db8:4a1::17]]. "
    "is someone hacking my account?? - [[PERSON|Tomasz]]")

add("chat-021", "chat",
    "Patient name: [[PERSON|Whitcombe, Harriet J]]\nDOB: [[DATE|03-11-1938]]\nMRN [[MRN|001948266]]\n"
    "Requesting a copy of the discharge summary from [[LOCATION|Saint Brendan's Hospital]], please email it.")

add("chat-022", "chat",
    "need to update my insurance. new card says Humana, member [[HEALTH_PLAN_ID|H49283011-02]], and my Medicare MBI is [[HEALTH_PLAN_ID|5TQ2-WN8-KD61]]. "
    "name [[PERSON|Carlotta Beaumont]]")

add("chat-023", "chat", "lol sorry wrong chat, that was meant for [[PERSON|trev]]")

add("chat-024", "chat",
    "Good afternoon, this is Fr. [[PERSON|Okwudili Eze]], chaplain at [[LOCATION|Holy Cross Manor]]. One of our residents, "
    "Mrs. [[PERSON|Albertine Sorrell]] ([[AGE|102]]!), asked me to reorder her compression stockings, size M. Please call the front desk at [[PHONE|216-555-0172]].")

add("chat-025", "chat",
    '{"tool": "update_shipping", "args": {"name": "[[PERSON|Cassidy Rowe-Amankwah]]", "address_line1": "[[STREET_ADDRESS|902 Sycamore Bend]]", '
    '"address_line2": "", "city": "[[LOCATION|Greenville]]", "state": "SC", "postal_code": "[[ZIP|29607]]", "phone": "[[PHONE|864-555-0112]]"}}')

add("chat-026", "chat",
    "can u guys ship to a PO box? mine is [[STREET_ADDRESS|PO Box 1182]], [[LOCATION|Kalispell]] MT [[ZIP|59903]]")

add("chat-027", "chat",
    "I want to talk to a real person, not a bot. My name is [[PERSON|Gerald Mbeki-Lowry]] and this is the third time I'm asking. "
    "Call me back at [[PHONE|555-0139]] before 5. Account number [[ACCOUNT_NUMBER|0031-884-2207]].")

add("chat-028", "chat",
    "hey [[PERSON|sam]] here again lol, tracking # [[OTHER_ID|9405 5118 9956 2270 4481 36]] hasnt moved since [[DATE|Nov 29]]. is it lost")

add("chat-029", "chat",
    "You're all set! Your refill of metformin 500 mg (90 tablets) will ship in 2\u20133 business days.\n\n"
    "Warmly,\n[[PERSON|In\u00e9s]] | Care Team\nBrightleaf Health")

add("chat-030", "chat",
    "Payment failed for the card ending 3309. Can you try [[CREDIT_CARD|5412-3471-1614-9440]] instead? "
    "Name on card [[PERSON|ROSALIND T FAIRWEATHER]]")

add("chat-031", "chat",
    "Do you deliver to [[LOCATION|Shaker Heights]]? my aunt [[PERSON|Philippa]] lives at [[STREET_ADDRESS|2716 Chadbourne Rd]] and she doesnt drive anymore")

add("chat-032", "chat",
    "Name: [[PERSON|Yusuf Al-Haddad]]\nDOB: [[DATE|9 Jan 1983]]\nReason: follow up, thyroid meds\nPreferred time: mornings\nCallback: [[PHONE|313.555.0166]]\nEmail: [[EMAIL|yusuf.alhaddad83@example.com]]")

add("chat-033", "chat",
    "Im doing curbside pickup, silver Civic plate [[VEHICLE_ID|8TRW441]], parked in spot 6. order is under [[PERSON|Lorna Baptiste]]")

add("chat-034", "chat",
    "please stop texting [[PHONE|+1 702 555 0128]] thats my ex's number!! my new number is [[PHONE|702-555-0175]] \u2014 [[PERSON|Destiny]]")

add("chat-035", "chat",
    "CPAP mask cushion reorder for [[PERSON|hank dellacroce]], machine serial [[DEVICE_ID|23184471052]]. insurance wants the prescribing doctor's NPI, "
    "it's [[LICENSE_NUMBER|1813988221]] (Dr. [[PERSON|Prakash]])")

add("chat-036", "chat",
    "i got a letter from [[LOCATION|Mercy Ridge Regional Hospital]] saying my account [[ACCOUNT_NUMBER|MR-0048213-7]] is past due but i paid it on [[DATE|10/3/26]]?? "
    "can your billing people talk to them")

add("chat-037", "chat",
    "can someone look at my profile [[URL|https://care.example.com/members/jpmcallister]] it still says my pharmacy is the [[LOCATION|Oak Lawn]] one but i moved")

add("chat-038", "chat",
    "adding my wife to the plan, her name is [[PERSON|Marisol]] and her dob is the [[DATE|14th of August 1969]]")

add("chat-039", "chat",
    'Tool result: {"patient": {"name": "[[PERSON|LaTonya R. Beasley]]", "dob": "[[DATE|1958-12-02]]", "mrn": "[[MRN|TX-2281930]]", '
    '"email": "[[EMAIL|ltbeasley58@example.net]]", "ssn": "[[SSN|987-65-4322]]", "last_login_ip": "[[IP_ADDRESS|203.0.113.19]]"}, "status": "active"}')

add("chat-040", "chat",
    "ship to:\n[[PERSON|Amos Thibodeaux]]\nc/o [[PERSON|Nell Thibodeaux]]\n[[STREET_ADDRESS|77 Bayou Vista Lane]]\n[[LOCATION|Houma]], Louisiana [[ZIP|70360]]")

add("chat-041", "chat",
    "Hi there, I've refunded $42.18 to your original payment method, reference [[OTHER_ID|RF-55018-2026]]. "
    "You can see it at [[URL|https://billing.example.com/u/kmorrow77/refunds]] within 5\u201310 days.\n\u2014 [[PERSON|Corinne]], Billing")

add("chat-042", "chat",
    "my son [[PERSON|Eli]] needs his epipen refilled but the pharmacy in [[LOCATION|Sugar Land]] says his Medicaid ID [[HEALTH_PLAN_ID|518204477391]] is inactive??")

add("chat-043", "chat",
    "Hi its [[PERSON|Bubba]] (real name [[PERSON|Clarence Odom]] lol), need my albuterol inhaler sent out, same as last time. charge the amex [[CREDIT_CARD|3758 938617 61992]]")

add("chat-044", "chat",
    "The refill request for [[PERSON|Vasquez-Ibarra, Luc\u00eda]] was denied by Dr. [[PERSON|Feldstein]]'s office, they want an appointment first. "
    "Their fax is [[FAX|(505) 555-0104]] if you need to send anything.")

add("chat-045", "chat", "sorry typo, my zip is [[ZIP|02138-4417]], i put the wrong one before")

add("chat-046", "chat",
    "Is Dr [[PERSON|Abernathy-Cole]] still taking patients at the [[LOCATION|Maple Grove]] clinic? I'm [[PERSON|Wendell]], I saw her back in [[DATE|June 2019]]. found her page at [[URL|www.example-doctors.com/dr-abernathy-cole]]")

add("chat-047", "chat",
    "Hi, I'm writing for my father [[PERSON|Hiroshi Nakamura-Bell]], who is [[AGE|94]]. His glucose meter (serial [[DEVICE_ID|GM7-40219-AC]]) "
    "stopped working on [[DATE|Dec 1]] and he needs a replacement. Please email me at [[EMAIL|n.bell.family@example.org]].")

add("chat-048", "chat",
    "Please keep the pen in the fridge and let it reach room temperature before injecting. Call us with any questions!\n"
    "\u2013 [[PERSON|Ogechi Nwosu]], RPh, lic. [[LICENSE_NUMBER|RPH-0047719]]")

add("chat-049", "chat", "text me at [[PHONE|4125550191]] whenever the order is ready, its under [[PERSON|jaz]]")

add("chat-050", "chat",
    "[10:02] Customer: hi, my grandmas shipment went to the wrong place\n"
    "[10:03] Agent [[PERSON|Priyanka]]: So sorry about that! Can I get the order number?\n"
    "[10:03] Customer: [[OTHER_ID|HX-3390-1127]]\n"
    "[10:05] Agent [[PERSON|Priyanka]]: I see it went to [[STREET_ADDRESS|15 Linden Terrace]], [[LOCATION|Newark]] DE [[ZIP|19711]]. What's the correct address?\n"
    "[10:06] Customer: [[STREET_ADDRESS|1500 Linden Ave]], [[LOCATION|Newark]] NJ [[ZIP|07104]]. shes [[AGE|98]], her name is [[PERSON|Opal Fairclough]]\n"
    "[10:07] Agent [[PERSON|Priyanka]]: Thank you! I've rerouted it. New ETA is [[DATE|December 10th]].\n"
    "[10:08] Customer: ty. also pls tell the driver the gate code is 4471 and to call my cell [[PHONE|(973) 555-0161]] if nobody answers, im her grandson [[PERSON|Dario]]")

# ---------------------------------------------------------------------------
# note: short US clinical, nursing and telehealth notes
# ---------------------------------------------------------------------------
add("note-001", "note",
    "[[AGE|94]] yo F (MRN [[MRN|A00392817]]) admitted [[DATE|12/3/2026]] from [[LOCATION|Briarwood Senior Living]] w/ AMS, ?UTI. Daughter [[PERSON|Colleen Pryor]] at bedside. "
    "BP 102/61 HR 98 T 38.2 SpO2 94% RA. Started ceftriaxone 1 g IV q24h. \u2014 [[PERSON|M. Odutola]], RN")

add("note-002", "note",
    "TELEHEALTH VISIT NOTE\n"
    "PT: [[PERSON|JEROME WAKEFIELD]]   DOB: [[DATE|05/19/1962]]   MRN: [[MRN|88130274]]\n"
    "CC: L knee pain 6/10 x 3 wks. Hx OA. Ibuprofen 400 mg TID prn.\n"
    "PLAN: PT referral to [[LOCATION|Clearwater Sports Rehab]], f/u 4 wks.\n"
    "Provider: [[PERSON|Sunita Raghavan]], MD")

add("note-003", "note", "Spoke w/ pt's son [[PERSON|Reggie]] by phone [[PHONE|(248) 555-0158]] re: d/c plan, agrees w/ SNF.")

add("note-004", "note",
    "Pt [[AGE|90]]M, lives alone in [[LOCATION|Worthington]], neighbor [[PERSON|Ada Kowalczyk]] checks on him daily. Fall at home [[DATE|11/27]], no LOC, "
    "R hip pain 4/10. Hgb 11.2, Cr 1.4. PT/OT eval ordered.")

add("note-005", "note",
    "0700-1900: Pt resting comfortably, pain 3/10 after oxycodone 5 mg PO at 0915. I&O 1200/950. Wife [[PERSON|Theresa]] visited 1400-1630, "
    "updated on plan. Report given to [[PERSON|Kwame Asante]], RN.")

add("note-006", "note",
    "EMS brought pt from MVC on I-75 NB. Vehicle plate [[VEHICLE_ID|GHT-4472]] per state trooper. Pt identified by driver license as "
    "[[PERSON|Brandon Lee Holcomb]], DL [[LICENSE_NUMBER|H245-881-72-114-0]], car VIN [[VEHICLE_ID|1HGCV1F36NA014882]], DOB [[DATE|2/28/1990]]. GCS 14, c-collar in place.")

add("note-007", "note",
    "DISCHARGE SUMMARY. Admitted [[DATE|November 24, 2026]], discharged [[DATE|November 29, 2026]]. Attending: Dr. [[PERSON|Rosalind Achterberg]]. "
    "Dx: acute on chronic HFrEF. Furosemide 40 mg PO BID, Wt down 3.1 kg. Discharged home to [[LOCATION|Lake Orion]] with VNA. "
    "PCP Dr. [[PERSON|Devlin]] to see in 1 wk.")

add("note-008", "note",
    "SOCIAL WORK NOTE: Met with pt and niece [[PERSON|SHAUNA MCCREADY]]. Pt is a [[AGE|93]]-year-old widow. SSN [[SSN|987 65 4325]] obtained for Medicaid application. "
    "Plan: LTC placement at [[LOCATION|Cedar Hollow Care Center]]. \u2014 [[PERSON|R. Delacroix-Fern]], LCSW")

add("note-009", "note",
    "Telehealth f/u. Pt located in [[LOCATION|Bozeman]], MT during visit; ID verified on video. Home BP log avg 138/84. "
    "Increase amlodipine 5 \u2192 10 mg daily. Next visit [[DATE|1/8/27]]. [[PERSON|Aisha Farouk]], NP")

add("note-010", "note",
    "Pump/CGM check: insulin pump SN [[DEVICE_ID|T1-0942875]], CGM transmitter ID [[DEVICE_ID|8MQ3X4]]. A1c 7.9%. "
    "Pt [[PERSON|Brisa Montalvo]] reports 2 lows <54 mg/dL past wk, both overnight. Basal 0200-0600 reduced 10%.")

add("note-011", "note",
    "Hospice RN visit: [[AGE|99]] y/o F, [[PERSON|Eudora Pennington]] (MRN [[MRN|HSP-22917]]), at home, [[STREET_ADDRESS|4410 Old Mill Rd]], [[LOCATION|Chapel Hill]] NC [[ZIP|27516]]. "
    "PPS 30%. Morphine 5 mg SL q2h prn dyspnea. Son [[PERSON|Warren]] is HCPOA, cell [[PHONE|919-555-0143]].")

add("note-012", "note",
    "Rx: Amoxicillin 875 mg PO BID x 10 days, #20, RF 0. Prescriber: [[PERSON|Gabriel Osei]], DO  DEA [[LICENSE_NUMBER|BK2436649]]  NPI [[LICENSE_NUMBER|1664336876]]  Fax [[FAX|(904) 555-0138]]")

add("note-013", "note",
    "PT ADMITTED TO 4W FROM ED [[DATE|12/04/2026]] AT 2215. DX: CAP. HX: COPD, AFIB ON APIXABAN. ALLERGIES: PCN (HIVES). "
    "CODE STATUS DNR PER DAUGHTER [[PERSON|LINDA ROSS-PATEL]]. ACCEPTING MD: DR [[PERSON|KHOURY]].")

add("note-014", "note",
    "Pt transferred from [[LOCATION|Good Shepherd Medical Center]] in [[LOCATION|Longview]] on [[DATE|3 Dec]]. Outside MRN [[MRN|GS-00719382]]; "
    "our MRN [[MRN|1004-5588]]. Records requested by fax to [[FAX|903-555-0121]].")

add("note-015", "note",
    "Vitals 1600: T 37.1 HR 72 RR 16 BP 118/76 SpO2 97% RA. Pain 0/10. FSBG 142. Ambulating in hall with walker x2. [[PERSON|J. Stavros]], CNA")

add("note-016", "note",
    "Ms. [[PERSON|Quinones]], [[AGE|95]], seen for wound check. Stage 2 sacral PI 2 x 1.5 cm, clean base. Foam dressing changed. Dtr [[PERSON|Marta]] instructed on turning q2h.")

add("note-017", "note",
    "Pt called nurse line at 0230 c/o chest tightness x 20 min. Advised ED. Wife [[PERSON|Glenda Hartsock]] driving pt to [[LOCATION|St. Luke's Episcopal]] ED, "
    "declined EMS. Charge RN notified.")

add("note-018", "note",
    "Peds tele-visit: [[PERSON|Milo Abernathy]], 4 y.o., with mother [[PERSON|Keisha]]. Wt 17.2 kg. Tmax 38.9 at home. R TM bulging on home otoscope. "
    "Dx AOM. Amoxicillin 90 mg/kg/day div BID x 10 d, sent to the [[LOCATION|Fairlawn]] Walgreens.")

add("note-019", "note",
    "Psych f/u: Pt [[PERSON|Orlando Bixby]], MRN [[MRN|770041995]], reports improved mood on sertraline 100 mg. PHQ-9 8 today (17 on [[DATE|Sept 30]]). Lives w/ partner [[PERSON|Dev]] "
    "in [[LOCATION|Wicker Park]]. Portal email updated to [[EMAIL|obixby@example.com]].")

add("note-020", "note",
    "FACE SHEET\n"
    "Name: [[PERSON|CALLOWAY, DORIS MAE]]\n"
    "DOB: [[DATE|07/04/1931]]   Age: [[AGE|95]]\n"
    "Address: [[STREET_ADDRESS|18 Pheasant Run]], [[LOCATION|Mystic]], CT [[ZIP|06355]]\n"
    "Phone: [[PHONE|860-555-0186]]\n"
    "SSN: [[SSN|987654327]]\n"
    "Insurance: Medicare [[HEALTH_PLAN_ID|2KV7-HJ3-PT49]]\n"
    "Emergency contact: [[PERSON|Calloway, Beau]] (son)")

add("note-021", "note", "Called Dr. [[PERSON|Yeboah]] at 1045 with critical K 6.1. Repeat BMP and ECG ordered.")

add("note-022", "note",
    "Home health intake [[DATE|12.01.2026]]: pt [[PERSON|Francine Oduya]] lives in [[LOCATION|Hamtramck]] with grandson [[PERSON|Tre]]. "
    "Home O2 2 L NC via concentrator SN [[DEVICE_ID|IC5-2207-88413]]. DME vendor acct [[ACCOUNT_NUMBER|7730019]].")

add("note-023", "note",
    "ADDENDUM: PT'S BROTHER [[PERSON|DWAYNE]] CALLED, STATES PT HAS ORTHO APPT AT [[LOCATION|MIDSOUTH BONE & JOINT CLINIC]] ON [[DATE|12/15]] AT 0900. WILL HOLD ENOXAPARIN AM DOSE.")

add("note-024", "note",
    "Telemed audit: pt [[PERSON|Harlan Yost]] connected from IP [[IP_ADDRESS|192.0.2.214]]. Identity confirmed with DOB [[DATE|Oct 12 1948]]. Audio only, video failed. Session [[URL|https://telehealth.example.org/s/hyost-7731]]")

add("note-025", "note",
    "Pt is a [[AGE|101]] yo M, WWII veteran from [[LOCATION|Paducah]]. Son-in-law [[PERSON|Dale Ferris]] reports decreased PO intake x 3 days. "
    "Wt 52 kg (55 kg in [[DATE|Oct 2026]]). Albumin 2.9.")

add("note-026", "note",
    "OP NOTE: Lap cholecystectomy, uncomplicated. Surgeon: [[PERSON|Anneliese Voigt]], MD. Assist: [[PERSON|Tobias Reyes]], PA-C. "
    "Anesthesia: [[PERSON|Chen]], CRNA. EBL 20 mL. To PACU stable.")

add("note-027", "note",
    "Med rec: lisinopril 20 mg daily, atorvastatin 40 mg qhs, metformin 1000 mg BID, ASA 81 mg. Rx #[[OTHER_ID|RX8841027]] last filled "
    "[[DATE|11/30]] at the [[LOCATION|Eastgate]] CVS.")

add("note-028", "note",
    "Pt 89 yo F from [[LOCATION|Ocala]], hx Alzheimer's dementia, here for med review. Husband [[PERSON|Vernon]], [[AGE|90]], also frail; "
    "consider caregiver support referral.")

add("note-029", "note",
    "Pt's daughter [[PERSON|Priscilla]] requests updates by email, [[EMAIL|priscilla.dunmore@example.net]]; HIPAA release on file. NPO after MN for EGD [[DATE|12/6]].")

add("note-030", "note",
    "HPI: [[PERSON|Wilhelmina Okoro]] (MRN [[MRN|3318-0094-2]]) is a [[AGE|96]] y/o woman w/ HTN, CKD 3b, AF on warfarin, presenting with 2 days of melena. "
    "Lives at [[LOCATION|Heritage Pines Assisted Living]] in [[LOCATION|Sun City West]]. Last INR 3.8 on [[DATE|12/1]]. "
    "Hgb 7.1 (baseline ~10). Transfused 1 U PRBC, vitamin K 2.5 mg PO. GI (Dr. [[PERSON|Ferreira]]) consulted for EGD. "
    "Health plan: Humana Gold, ID [[HEALTH_PLAN_ID|H7714-02938-01]]. Contact: granddaughter [[PERSON|Chiamaka]], [[PHONE|(623) 555-0117]]. "
    "Plan: hold warfarin, IV pantoprazole, Hgb q6h, type & screen x2. Goals of care discussed; pt wishes full treatment.")

# ---------------------------------------------------------------------------
# intl: customers from many countries
# ---------------------------------------------------------------------------
add("intl-001", "intl",  # UK
    "Hiya, I ordered the hay fever tablets but they've gone to my old flat. New address: [[STREET_ADDRESS|Flat 9, 112 Ladysmith Avenue]], "
    "[[LOCATION|Leeds]] [[ZIP|LS8 4QT]]. Mobile [[PHONE|07700 900417]]. My NHS number is [[HEALTH_PLAN_ID|917 177 5196]] if the GP needs it. "
    "Refund for the first parcel to [[IBAN|GB14 BUKB 8415 7766 6221 19]] please. Cheers, [[PERSON|Siobhan Akhtar]]")

add("intl-002", "intl",  # IE
    "Hi, I'm messaging about my mam's prescription. She's [[PERSON|Br\u00edd N\u00ed Fhlaithearta]], [[STREET_ADDRESS|4 Cois Abhann]], [[LOCATION|Bearna]], "
    "[[LOCATION|Co. Galway]], [[ZIP|H91 K2P7]]. Her GP is Dr. [[PERSON|Cathal Mulcahy]] (IMC no. [[LICENSE_NUMBER|412873]]). "
    "You can ring me, [[PERSON|Aoife]], on [[PHONE|+353 83 900 2718]].")

add("intl-003", "intl",  # DE
    "Guten Tag, bitte die Bestellung [[OTHER_ID|DE-448120]] an folgende Adresse schicken:\n"
    "[[PERSON|J\u00fcrgen Wei\u00dfhaupt]]\n"
    "[[STREET_ADDRESS|Schillerstra\u00dfe 41a]]\n"
    "[[ZIP|04109]] [[LOCATION|Leipzig]]\n"
    "Tel. [[PHONE|+49 341 5558 2710]], Fax [[FAX|+49 341 5558 2719]], E-Mail [[EMAIL|j.weisshaupt@example.de]]\n"
    "Geburtsdatum [[DATE|03.10.1957]], Versichertennummer [[HEALTH_PLAN_ID|K482913075]] (TK). "
    "Erstattung bitte auf [[IBAN|DE91 6533 8198 2060 7414 25]].")

add("intl-004", "intl",  # AT
    "Servus! Ich schreibe f\u00fcr meine Oma, [[PERSON|Hermine Gruber-Lechner]], sie ist [[AGE|93]]. Sie wohnt in der [[STREET_ADDRESS|Mariahilfer G\u00fcrtel 12/4/7]], "
    "[[ZIP|1150]] [[LOCATION|Wien]]. SV-Nummer [[HEALTH_PLAN_ID|4127 080633]]. Abbuchung bitte von [[IBAN|AT89 2775 7889 4128 6565]]. "
    "R\u00fcckruf unter [[PHONE|0664 555 2381]], danke! [[PERSON|Kathi]]")

add("intl-005", "intl",  # CH
    "Bonjour, je m'appelle [[PERSON|L\u00e9a Berthoud]], [[STREET_ADDRESS|Chemin des Vignes 8]], [[ZIP|1009]] [[LOCATION|Pully]]. "
    "Mon num\u00e9ro AVS (carte d'assurance maladie): [[HEALTH_PLAN_ID|756.4821.9930.55]]. Natel [[PHONE|079 555 18 42]]. "
    "Merci de rembourser sur [[IBAN|CH70 8245 2420 8261 4681 2]].")

add("intl-006", "intl",  # FR
    "Bonjour, commande n\u00b0 [[OTHER_ID|FR-20931-K]] (n\u00b0 client [[ACCOUNT_NUMBER|CL-0088412]]) pour ma grand-m\u00e8re [[PERSON|Genevi\u00e8ve Le Gall]], n\u00e9e le [[DATE|17 mars 1934]].\n"
    "Adresse : [[STREET_ADDRESS|14 rue des Tanneurs, b\u00e2t. B]], [[ZIP|29000]] [[LOCATION|Quimper]]\n"
    "T\u00e9l : [[PHONE|01 99 00 47 21]]\n"
    "N\u00b0 de s\u00e9curit\u00e9 sociale : [[HEALTH_PLAN_ID|2 34 03 29 232 117 25]]\n"
    "Merci d'avance, [[PERSON|Yann]] ([[EMAIL|yann.legall@example.fr]])")

add("intl-007", "intl",  # NL
    "Hallo, ik wil graag mijn adres wijzigen. [[PERSON|Sanne van der Kolk]], [[STREET_ADDRESS|Prinsengracht 611-III]], [[ZIP|1016 HT]] [[LOCATION|Amsterdam]]. "
    "Tel [[PHONE|06-55512834]]. BSN [[OTHER_ID|128069624]], polisnummer zorgverzekering [[HEALTH_PLAN_ID|ZK-77104329]]. "
    "Terugbetaling naar [[IBAN|NL30INGB6278798034]]. Dank je wel!")

add("intl-008", "intl",  # BE
    "Bonjour / Goeiedag, [[PERSON|Wouter Claes]] ici. Nouvelle adresse : [[STREET_ADDRESS|Rue du March\u00e9 aux Herbes 23 bte 5]], [[ZIP|1000]] [[LOCATION|Bruxelles]]. "
    "Rijksregisternummer [[OTHER_ID|52.11.04-273.97]]. GSM [[PHONE|0470 55 21 98]]. Betaling naar [[IBAN|BE08 6878 8623 4751]] graag.")

add("intl-009", "intl",  # ES
    "Hola, soy [[PERSON|Maite Etxeberria Go\u00f1i]]. Necesito cambiar la direcci\u00f3n de env\u00edo a [[STREET_ADDRESS|Calle de Zurbano 56, 3\u00ba izda]], "
    "[[ZIP|28010]] [[LOCATION|Madrid]]. Tarjeta sanitaria [[HEALTH_PLAN_ID|ETXG740518314016]]. M\u00f3vil [[PHONE|+34 612 555 907]]. "
    "Cuenta para la domiciliaci\u00f3n: [[IBAN|ES37 7598 1763 1342 9748 8249]]. \u00a1Gracias!")

add("intl-010", "intl",  # PT
    "Boa tarde, o meu pai [[PERSON|Joaquim Carvalho Brand\u00e3o]] tem [[AGE|90]] anos e precisa da receita renovada. "
    "Morada: [[STREET_ADDRESS|Rua da Boavista 402, 2.\u00ba andar]], [[ZIP|4050-105]] [[LOCATION|Porto]]. N\u00ba de utente [[HEALTH_PLAN_ID|284 117 039]]. "
    "Telem\u00f3vel [[PHONE|912 555 064]]. Obrigada, [[PERSON|Filipa]]")

add("intl-011", "intl",  # IT
    "Buongiorno, sono [[PERSON|Gianluca Esposito-Ferrante]], ordine [[OTHER_ID|IT77-30418]]. Indirizzo: [[STREET_ADDRESS|Via dei Mille 27, int. 4]], "
    "[[ZIP|80121]] [[LOCATION|Napoli]] (NA). Codice fiscale per la fattura: [[OTHER_ID|SPSGLC81E14F839I]]. "
    "Rimborso su [[IBAN|IT08 J356 4415 3496 9423 2204 503]]. Cell. [[PHONE|+39 333 555 0192]]")

add("intl-012", "intl",  # PL
    "Dzie\u0144 dobry, zamawiam dla mamy: [[PERSON|Halina Wr\u00f3blewska]], [[STREET_ADDRESS|ul. S\u0142owackiego 19/4]], [[ZIP|31-159]] [[LOCATION|Krak\u00f3w]]. "
    "PESEL [[OTHER_ID|41062803549]]. Tel. [[PHONE|+48 512 555 309]]. Zwrot prosz\u0119 na konto [[IBAN|PL77 3251 2206 5407 9757 2946 9870]]. "
    "Pozdrawiam, [[PERSON|Kasia]]")

add("intl-013", "intl",  # CZ
    "Dobr\u00fd den, p\u00ed\u0161u za d\u011bde\u010dka [[PERSON|Bohumil Dvo\u0159\u00e1\u010dek]], je mu [[AGE|94]] let. Adresa: [[STREET_ADDRESS|Vinohradsk\u00e1 1544/88]], "
    "[[ZIP|130 00]] [[LOCATION|Praha 3]]. \u010c\u00edslo poji\u0161t\u011bnce [[HEALTH_PLAN_ID|320711/045]] (VZP). Telefon [[PHONE|+420 603 555 218]]. "
    "\u00da\u010det pro vr\u00e1cen\u00ed pen\u011bz: [[IBAN|CZ70 9664 4178 9691 6707 7303]].")

add("intl-014", "intl",  # SE
    "Hej! Jag heter [[PERSON|Elin Lindqvist]] och mitt personnummer \u00e4r [[OTHER_ID|19860412-2385]]. Ny adress: [[STREET_ADDRESS|G\u00f6tgatan 74 lgh 1102]], "
    "[[ZIP|118 30]] [[LOCATION|Stockholm]]. Mobil [[PHONE|070-555 41 86]]. \u00c5terbetalning till [[IBAN|SE50 6730 5425 4916 1544 5038]]. Tack!")

add("intl-015", "intl",  # NO
    "Hei, dette er [[PERSON|Ragnhild Solberg-Aas]]. Resepten min skal sendes til [[STREET_ADDRESS|Kirkeveien 131B]], [[ZIP|0361]] [[LOCATION|Oslo]]. "
    "F\u00f8dselsnummer [[OTHER_ID|19085249803]]. Ring meg p\u00e5 [[PHONE|+47 412 55 093]]. Kontonummer for refusjon: [[IBAN|NO4349582993014]].")

add("intl-016", "intl",  # DK
    "Hej, min far [[PERSON|Svend \u00c5ge Kj\u00e6rgaard]] (f\u00f8dt [[DATE|2. februar 1935]]) er [[AGE|91]] og skal have leveret medicin til "
    "[[STREET_ADDRESS|Ryesgade 30, 2. th]], [[ZIP|8000]] [[LOCATION|Aarhus C]]. CPR [[OTHER_ID|020235-1487]]. Ring til [[PHONE|+45 20 55 71 36]]. "
    "Konto: [[IBAN|DK25 4192 9608 2183 18]]. Mvh [[PERSON|Mette]]")

add("intl-017", "intl",  # FI
    "Hei! [[PERSON|Aino Heikkil\u00e4]] t\u00e4\u00e4ll\u00e4. Osoite: [[STREET_ADDRESS|H\u00e4meenkatu 18 B 22]], [[ZIP|33200]] [[LOCATION|Tampere]]. "
    "Henkil\u00f6tunnus [[OTHER_ID|150379-914Y]]. Puh. [[PHONE|040 555 8123]]. Palautus tilille [[IBAN|FI10 7489 1940 4138 17]]. Kiitos!")

add("intl-018", "intl",  # CA
    "Hi there, I'm in [[LOCATION|Kitchener]], Ontario. Name's [[PERSON|Mathieu Desrosiers-Clarke]], health card [[HEALTH_PLAN_ID|4821-593-027-KT]], "
    "DOB [[DATE|1988/09/14]]. Address [[STREET_ADDRESS|57 Strathcona Cres, Unit 210]], [[ZIP|N2M 4B6]]. Phone [[PHONE|519-555-0164]], email [[EMAIL|mdc.kitchener@example.ca]]. "
    "My Rx from Dr. [[PERSON|Farah Jaffer]] needs transferring from the [[LOCATION|Fairway Road]] Shoppers.")

add("intl-019", "intl",  # AU
    "G'day, order [[OTHER_ID|AU-551902]] was meant for [[STREET_ADDRESS|Unit 7, 23 Waratah Street]], [[LOCATION|Paddington]] QLD [[ZIP|4064]] "
    "but tracking says [[LOCATION|Toowong]]?? Medicare no. [[HEALTH_PLAN_ID|2953 71843 1]], my GP is Dr [[PERSON|Ben Hallorans]] "
    "(AHPRA [[LICENSE_NUMBER|MED0002187465]]). Mobile [[PHONE|0491 570 156]]. Ta, [[PERSON|Kirra Thompson-Nguyen]]")

add("intl-020", "intl",  # NZ
    "Kia ora, I'm [[PERSON|Aroha Te Whata]]. NHI [[HEALTH_PLAN_ID|ZKT4520]]. Please post my repeat to [[STREET_ADDRESS|14 Harakeke Street]], "
    "[[LOCATION|Riccarton]], [[LOCATION|\u014ctautahi Christchurch]] [[ZIP|8011]]. Ph [[PHONE|021 555 0384]]. Ng\u0101 mihi!")

add("intl-021", "intl",  # IN
    "Namaste, I am ordering for my father [[PERSON|Venkatesh Iyer]] (age 67). Address: [[STREET_ADDRESS|Flat 507, Sai Krupa Apartments, 12th Cross, 4th Main]], "
    "[[LOCATION|Malleshwaram]], [[LOCATION|Bengaluru]] [[ZIP|560003]]. Mobile [[PHONE|+91 98450 55512]]. ABHA number [[HEALTH_PLAN_ID|91-4027-3318-6625]]. "
    "Prescription uploaded at [[URL|https://rx.example.in/upload/venkat.iyer52]]. Please deliver before [[DATE|20 Dec]]. Regards, [[PERSON|Lakshmi]]")

add("intl-022", "intl",  # BR
    "Ol\u00e1! Meu nome \u00e9 [[PERSON|Thiago Albuquerque Sampaio]], CPF [[OTHER_ID|418.203.957-23]]. Endere\u00e7o: [[STREET_ADDRESS|Rua Harmonia 812, apto 71]], "
    "[[LOCATION|Vila Madalena]], [[LOCATION|S\u00e3o Paulo]] - SP, CEP [[ZIP|05435-001]]. Cart\u00e3o SUS [[HEALTH_PLAN_ID|708 5023 1746 0002]]. "
    "Celular [[PHONE|(11) 95555-0427]]. Reembolso: [[IBAN|BR89 1766 5485 2058 2607 9039 077C 1]].")

add("intl-023", "intl",  # MX
    "Buenas tardes, mi mam\u00e1 [[PERSON|Guadalupe Hern\u00e1ndez R\u00edos]] necesita su insulina. Domicilio: [[STREET_ADDRESS|Av. Vallarta 3215, Int. 6]], "
    "Col. [[LOCATION|Vallarta Poniente]], [[ZIP|44110]] [[LOCATION|Guadalajara]], Jal. NSS del IMSS [[HEALTH_PLAN_ID|42895312470]], "
    "CURP [[OTHER_ID|HERG530917MJCRSD01]]. Tel. [[PHONE|33 5555 2081]]. Gracias, [[PERSON|Lupita]]")

add("intl-024", "intl",  # JP
    "Hello, this is [[PERSON|Misaki Sato]] ([[PERSON|\u4f50\u85e4 \u7f8e\u54b2]]). \u914d\u9001\u5148\u3092\u5909\u66f4\u3057\u3066\u304f\u3060\u3055\u3044\u3002"
    "\u3012[[ZIP|150-0042]] \u6771\u4eac\u90fd[[LOCATION|\u6e0b\u8c37\u533a]][[STREET_ADDRESS|\u5b87\u7530\u5ddd\u753a31-2 \u30a2\u30fc\u30d0\u30f3\u30cf\u30a4\u30c4805\u53f7\u5ba4]]\u3002"
    "\u96fb\u8a71 [[PHONE|090-5555-2713]]\u3002\u30ab\u30fc\u30c9 [[CREDIT_CARD|3535 6390 0455 4104]]\u3002\u751f\u5e74\u6708\u65e5 [[DATE|1992\u5e744\u67088\u65e5]]\u3002"
    "\u88ab\u4fdd\u967a\u8005\u756a\u53f7 [[HEALTH_PLAN_ID|48210377]]\u3002Thank you!")

add("intl-025", "intl",  # ZA
    "Hi, I need to claim back from my medical aid. Discovery member no. [[HEALTH_PLAN_ID|184402917]], ID number [[OTHER_ID|7906150834084]]. "
    "Address: [[STREET_ADDRESS|21 Jacaranda Avenue]], [[LOCATION|Rondebosch]], [[LOCATION|Cape Town]], [[ZIP|7700]]. Cell [[PHONE|082 555 6107]]. "
    "Thanks, [[PERSON|Nomvula Dlamini]] ([[EMAIL|nomvula.d@example.co.za]])")

# ---------------------------------------------------------------------------
# clean: no PHI, but easy to mistake for PHI
# ---------------------------------------------------------------------------
add("clean-001", "clean",
    "Does Eliquis interact with turmeric? I take 5 mg twice a day and nobody checks my INR anymore.")

add("clean-002", "clean",
    "Pharmacy hours: Monday\u2013Friday 8 AM\u20139 PM, Saturday 9\u20135, closed Sunday. Flu and COVID shots available without an appointment while supplies last.")

add("clean-003", "clean",
    "Item SKU 44-7810-B (Sunrise Naturals Vitamin D3 2000 IU, 120 softgels) is back in stock at $11.49. Use code WINTER15 for 15% off orders over $35.")

add("clean-004", "clean",
    "can Raynaud's and Sj\u00f6gren's show up together? my rheumatologist mentioned both and I forgot to ask what Sj\u00f6gren's actually does to your eyes")

add("clean-005", "clean",
    "App version 5.3.12 (build 20418) crashes when I open the Refill tab. Error code E-4012. iOS 18.2 on an iPhone 15 Pro.")

add("clean-006", "clean",
    "Recall notice: Lot 24B117 and Lot 24B118 of Clearview Saline Nasal Spray 45 mL, expiry 2028, should be returned to the store where purchased for a full refund.")

add("clean-007", "clean", "may cause drowsiness. do not drive or operate machinery. take with food. store below 25 \u00b0C.")

add("clean-008", "clean",
    "What's the difference between Cushing's disease and Cushing's syndrome? And is Conn's syndrome related? Asking for a school project.")

add("clean-009", "clean",
    "Lab results: TSH 2.41 mIU/L (0.40\u20134.50), Free T4 1.2 ng/dL, LDL 128 mg/dL, HbA1c 5.9%, eGFR 74, vitamin B12 412 pg/mL. All within range except LDL.")

add("clean-010", "clean",
    "Wegovy 0.25 mg/0.5 mL pen, 4 pens per carton, list price $1,349.02. Ozempic and Mounjaro are also on backorder until further notice. Limit 1 per customer.")

add("clean-011", "clean",
    "Tourette syndrome and ADHD often occur together. Guanfacine ER 1 mg at bedtime is sometimes used; titrate by 1 mg weekly to a max of 4 mg.")

add("clean-012", "clean",
    "Buy 2 get 1 free on Jordan Valley honey and August Moon oolong tea this week only! Offer valid at all stores nationwide, prices from $4.99.")

add("clean-013", "clean",
    "Children's dosing chart: 24\u201335 lb give 5 mL; 36\u201347 lb give 7.5 mL; 48\u201359 lb give 10 mL. Repeat every 4\u20136 hours, no more than 5 doses in 24 hours. "
    "Do not use with other products containing acetaminophen.")

add("clean-014", "clean",
    "Dr. Scholl's gel insoles (men's 8\u201312) are $13.99 in aisle 14, and the Epstein-Barr and Lyme disease antibody panels cost $89 each with results in 2\u20133 business days.")

add("clean-015", "clean",
    "Order status: processing. Estimated delivery 3\u20135 business days. Questions? Visit our Help Center or see articles KB-0012 and KB-0047. "
    "Guillain-Barr\u00e9 syndrome after a flu vaccine is rare, about 1\u20132 cases per million doses.")


# ---------------------------------------------------------------------------
# build and validate
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([A-Z_]+)\|([^\[\]|]*)\]\]")


def luhn_ok(value):
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) < 12 or any(not (c.isdigit() or c in " -") for c in value):
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(value):
    s = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def parse(tid, marked, errors):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        typ, value = m.group(1), m.group(2)
        out.append(value)
        spans.append({"start": start, "end": start + len(value), "type": typ, "_value": value})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for bad in ("[[", "]]"):
        if bad in text:
            errors.append(f"{tid}: stray or malformed markup '{bad}' left in text")
    return text, spans


def validate(records, errors):
    seen = set()
    for rec in records:
        tid, kind, text, spans = rec["id"], rec["kind"], rec["text"], rec["_spans"]
        if tid in seen:
            errors.append(f"{tid}: duplicate id")
        seen.add(tid)
        if kind not in KINDS:
            errors.append(f"{tid}: unknown kind {kind!r}")
        if kind == "clean" and spans:
            errors.append(f"{tid}: clean text has {len(spans)} span(s)")
        if kind != "clean" and not spans:
            errors.append(f"{tid}: non-clean text has no spans")
        prev_end = -1
        for sp in sorted(spans, key=lambda s: (s["start"], s["end"])):
            s, e, typ, val = sp["start"], sp["end"], sp["type"], sp["_value"]
            where = f"{tid} [{s}:{e}] {typ} {val!r}"
            if typ not in ALLOWED_TYPES:
                errors.append(f"{where}: type not allowed")
            if e <= s or not val:
                errors.append(f"{where}: empty span")
            if text[s:e] != val:
                errors.append(f"{where}: offsets give {text[s:e]!r}")
            if val != val.strip():
                errors.append(f"{where}: leading/trailing whitespace")
            if s < prev_end:
                errors.append(f"{where}: overlaps previous span")
            prev_end = max(prev_end, e)
            if typ == "CREDIT_CARD" and not luhn_ok(val):
                errors.append(f"{where}: fails Luhn")
            if typ == "IBAN" and not iban_ok(val):
                errors.append(f"{where}: fails IBAN mod-97")
            if typ == "AGE" and not (val.isdigit() and int(val) > 89):
                errors.append(f"{where}: AGE must be an integer over 89")


def main():
    errors = []
    records = []
    for tid, kind, marked in T:
        text, spans = parse(tid, marked, errors)
        records.append({"id": tid, "kind": kind, "text": text, "_spans": spans})
    validate(records, errors)
    if errors:
        sys.stderr.write("heldout2 validation FAILED:\n")
        for e in errors:
            sys.stderr.write("  " + e + "\n")
        sys.exit(1)

    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout2.jsonl")
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            obj = {
                "id": rec["id"],
                "kind": rec["kind"],
                "text": rec["text"],
                "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]}
                          for s in sorted(rec["_spans"], key=lambda s: s["start"])],
            }
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    kind_texts = Counter(r["kind"] for r in records)
    kind_spans = Counter()
    type_spans = Counter()
    for r in records:
        kind_spans[r["kind"]] += len(r["_spans"])
        for s in r["_spans"]:
            type_spans[s["type"]] += 1
    total_spans = sum(type_spans.values())
    print(f"wrote {out_path}")
    print(f"{len(records)} texts, {total_spans} spans\n")
    print(f"{'kind':<8}{'texts':>7}{'spans':>7}")
    for k in KINDS:
        print(f"{k:<8}{kind_texts[k]:>7}{kind_spans[k]:>7}")
    print(f"\n{'type':<16}{'spans':>7}")
    for t, n in sorted(type_spans.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{t:<16}{n:>7}")


if __name__ == "__main__":
    main()

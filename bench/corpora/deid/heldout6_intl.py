"""heldout6, notes and international half: 30 ``note`` texts (note-601..630)
and 30 ``intl`` texts (intl-601..630). Written blind, everything invented
(CC0-1.0). Checksummed numbers (cards, IBANs, NPI, DEA, VIN, CURP, CUIL, Thai
ID, NRIC, HKID, Taiwan ID, Israeli ID, fødselsnummer, henkilötunnus, SV-Nr,
AHV, Swiss card number, GLN, NHI, PPSN, CHI, NHS/H&C, Medicare AU, IHI,
Aadhaar, AMKA, РНОКПП, CBU) are valid on purpose.

Annotation decisions for cases the README does not spell out:

- Non-Gregorian dates are one DATE with era/calendar words inside: Buddhist
  era (14 มี.ค. 2492, 10 ธ.ค. 69), ROC (民國61年4月18日, 115/11/20), Bikram
  Sambat in Devanagari digits (२०१०/०५/१४, २०८३ मंसिर २२; the particle गते
  outside), Hebrew (כ״ג בכסלו תשפ״ז), Hijri (١٩ جمادى الآخرة ١٤٤٨).
- A final ordinal dot after a numeric day.month ("9.12.", "19.11.") stays
  outside the DATE; dots inside a date ("4. desember", "25. November 2026")
  are inside. A spoken date with the year ("december third twenty twenty six")
  is one DATE.
- Identifiers inside file names (IMG_20261201_0913_alvarezmoon_sacrum.jpg,
  repeat_orders_uk_2026-12-03.csv): only the date and name parts are spans.
- A dictated name and its letter-by-letter spelling are separate adjacent
  PERSON spans ("bonnie" / "b o n n i e" / "m c c a l l").
- The "#" of a Colombian address ("Calle 127 # 15-34 Apto 502, Torre 2") is
  inside STREET_ADDRESS. Cross streets ("entre Av. Guadalupe I. Ramírez y
  Periférico") are one STREET_ADDRESS each. Mexican "Col." / "Alc." stay
  inside the LOCATION; CDMX, CABA and "Bogotá D.C." are LOCATION (cities).
- Hong Kong sub-building addresses ("Flat C, 18/F, Block 2, Kornhill Gardens,
  1120 King's Road") are one STREET_ADDRESS; the district and a named
  commercial complex (Quarry Bay, Taikoo Place) are LOCATION. UK house names
  ("The Old Forge") and Glasgow "Flat 2/1" are STREET_ADDRESS; a district in
  an address2 field (Andersonstown) is LOCATION.
- A Nepali municipality with its ward ("ललितपुर महानगरपालिका-१") is one
  LOCATION, the house number ("घर नं. ३२४") a STREET_ADDRESS. Swahili
  "S.L.P. 3391" (P.O. Box) is a STREET_ADDRESS.
- A retail chain plus branch ("CVS Pflugerville", "Vitus Apotek Majorstuen",
  "Publix Camp Creek"): only the branch place is a LOCATION. Named clinics,
  polyclinics, independent pharmacies and hospitals are one LOCATION.
- Payment identifiers: Argentine CBU and CBU alias, Hong Kong FPS ID, Indian
  UPI ID, Moroccan RIB and domestic bank account numbers are ACCOUNT_NUMBER;
  PayNow, MoMo, M-Pesa, eSewa and JazzCash numbers are PHONE; a payment or
  receipt reference is OTHER_ID.
- OTHER_ID also covers: Taiwan e-invoice mobile carrier code ("/K7R.3Q9",
  slash inside), India ABHA address ("lakshmi.s1952@abdm", not an EMAIL),
  LINE ID, Ukrainian family-doctor declaration number, e-prescription codes
  (UA, GR) and eScript tokens, UK Blue Badge and PPC certificate numbers,
  CoverMyMeds key, PDMP report number, housing-voucher and vital-records
  order numbers, police report DR#, auto and workers' comp claim numbers,
  ME and organ-procurement references, transcription job numbers,
  interpreter request ids, Colombian EPS authorisation numbers.
- HEALTH_PLAN_ID also covers: IMSS NSS, OSDE afiliado, Vietnamese BHYT,
  Taiwan 健保卡號, CNSS/AMO immatriculation, Norwegian frikort number, Swiss
  AHV and insurance-card number, Irish medical card, Scottish CHI, NI H&C
  number, DVA file number, IHI, ABHA number and private insurers' policy or
  card numbers (AIA, Bupa, AXA, Star Health, Jubilee, Thai policy numbers).
- Honorifics and kinship words stay outside names in every language here too
  (Encik, Madam, Mzee, Don, koro, ah ma, นาง, พญ., Dkt., Mag., Dr.in, OA);
  the dot of a trailing initial ("Delacroix, Maribel T.") is inside.
- LICENSE_NUMBER also covers: Mexican cédula profesional, Colombian RM,
  Argentine MN, Thai ว., PMDC, SLMC, NMC (Nepal), Moroccan INPE, Israeli מ.ר.,
  Norwegian HPR, Swiss GLN and RCC/ZSR, MDC (Ghana), UMDPC, IMC, Australian
  prescriber number, TNMC, and US driver's licences.
- DEVICE_ID also covers serials of home medical devices and of clinical
  capture hardware: home INR meter, home otoscope, pacemaker remote reader,
  the clinic iPad used for wound photos.
- A fax machine's CSID / remote station id in a transmission report is FAX.
- Not annotated: masked SSN ("xxx-xx-4324"), CGM pairing codes, lockbox
  codes, appointment queue numbers, funeral-home names (their phone is
  annotated), employers' names (their address and phone are), payers, plan
  names ("OSDE 310"), landmarks, dosing schedules ("1-0-1", "3/7", "1+0+0"),
  and ages of 89 and under written in words or as "87-jährig".
"""

NOTES_A = [
("note-601", "note", '''TELEHEALTH VISIT NOTE (synchronous audio/video)
Pt: [[PERSON|Delacroix, Maribel T.]]   DOB [[DATE|03/22/1979]]   MRN [[MRN|TH-0048817]]
DOS [[DATE|12/04/2026]] 0940 CT   Room link: [[URL|https://visit.example.com/room/mdelacroix-7741]]
Pt location verified (home): [[STREET_ADDRESS|4410 Brandywine Ct]], [[LOCATION|Round Rock]], TX [[ZIP|78665]]. Callback if dropped: [[PHONE|(512) 555-0162]]
Consent for telehealth reviewed, pt agrees. Husband [[PERSON|Luis]] present off camera.

S: 47 yo F f/u wt mgmt on semaglutide 1 mg SC q wk (started [[DATE|8/19/26]]). c/o nausea 2-3x/wk, worse after fried food, no emesis, no abd/RUQ pain. BMs q2d, using Miralax 17 g prn. Denies personal/FHx MTC or MEN2. LMP [[DATE|11/21]].
O: home scale 203.4 lb (start 217.6), home BP 128/82, HR 78. NAD, full sentences, no scleral icterus on camera.
A/P:
1. Obesity class I (BMI 33.9, E66.811) - responding. Stay at 1 mg x4 wk then 1.7 mg.
2. Nausea - ondansetron 4 mg ODT q8h prn #12 RF0. Small meals, hydrate.
3. Labs A1c + CMP, order to Labcorp, pt picks PSC.
eRx to H-E-B Pharmacy, [[STREET_ADDRESS|1700 E Palm Valley Blvd]], ph [[PHONE|512-555-0139]]. NDC 0169-4130-13.
RTC 4 wk via video. Total time 22 min.
-- [[PERSON|Anjali Ruiz-Baptiste]], FNP-C | NPI [[LICENSE_NUMBER|2139403630]] | e-signed [[DATE|12/04/2026]] 10:07'''),

("note-602", "note", '''MEDICATION RECONCILIATION - ADMISSION
Patient: [[PERSON|HOLLOWAY, GERALD R]]   Sex: M   DOB: [[DATE|1941-06-30]]   Acct#: [[ACCOUNT_NUMBER|V00093318721]]   MRN: [[MRN|00711842]]
Source: pt's daughter [[PERSON|Denise Holloway-Pratt]] ([[PHONE|419-555-0117]]) + fill hx from Kroger Pharmacy [[LOCATION|Perrysburg]] (ph [[PHONE|419-555-0188]] / fx [[FAX|419-555-0189]])
PCP: [[PERSON|R. Okonkwo]], MD - [[LOCATION|Maumee Family Physicians]]

| Medication | Dose/Route/Freq | Last taken | Continue? | Notes |
|---|---|---|---|---|
| apixaban (Eliquis) | 5 mg PO BID | [[DATE|12/2]] 2000 | HOLD | pre-op; Rx# [[OTHER_ID|6148802]] |
| metoprolol succinate | 50 mg PO daily | [[DATE|12/3]] AM | yes | HR 58 on arrival |
| furosemide | 40 mg PO daily | [[DATE|12/3]] AM | yes | |
| tamsulosin | 0.4 mg PO qHS | ?? | yes | dtr unsure |
| KCl ER | 20 mEq PO daily | [[DATE|12/1]] | yes | K 3.6 |
| vitamin D3 | 2000 IU daily | - | yes | OTC |
| Ensure Plus | 1 bottle BID | - | yes | |

Allergies: PCN (hives), sulfa.
Discrepancy: atorvastatin 40 mg on pharmacy hx (last fill [[DATE|08/14/2026]]) but pt states stopped by Dr. [[PERSON|Okonkwo]] "in the summer". Called office, spoke w/ [[PERSON|Tasha]] @ [[PHONE|419-555-0150]] - confirmed d/c'd [[DATE|7/2026]].
Completed by: [[PERSON|M. Villanueva]], PharmD, CPh   [[DATE|12/03/2026]] 1422
Reviewed: [[PERSON|J. Strand]] RN'''),

("note-603", "note", '''REFILL REQUEST QUEUE - RN triage - Thu [[DATE|12/03]]

1) [[PERSON|Kowalczyk, Irene]] ([[DATE|2/11/52]]) - levothyroxine 88 mcg #90, Rx [[OTHER_ID|RX-3390174]]. Last TSH [[DATE|6/20/26]] = 2.1 -> approved x1 per protocol, needs labs before next. Sent to CVS [[STREET_ADDRESS|3201 W Main St]] [[LOCATION|Norman]]. -[[PERSON|kt]]
2) [[PERSON|Burrell, Dontae]] ([[DATE|09/07/1988]]) - sertraline 100 mg. Last seen [[DATE|3/2025]], >12 mo -> 30 day bridge only, appt needed. Portal msg sent + LVM [[PHONE|405-555-0133]]. -[[PERSON|kt]]
3) [[PERSON|Nguyen, Thanh-Huong]] - lisinopril 20 mg. Duplicate, already filled [[DATE|11/28]] per pharmacy. Closed. -[[PERSON|AM]]
4) [[PERSON|Abernathy, Clive]] [[AGE|91]] yo - tramadol 50 mg (C-IV) - not protocol eligible, routed to Dr. [[PERSON|Farouk]]. PDMP: last fill [[DATE|11/09/2026]] Walgreens [[LOCATION|Moore]], #60. -[[PERSON|kt]]
5) pt called "need my water pill" - can't identify from chart. Pt [[PERSON|Edna Sokol]] DOB [[DATE|4/4/1939]], cb [[PHONE|405.555.0178]] (home, no VM). Son [[PERSON|Gary]] manages meds, his cell [[PHONE|405-555-0109]]. Furosemide 20 mg vs HCTZ 12.5?? -> pended for Dr. [[PERSON|Lindqvist]]. -[[PERSON|AM]]
6) [[PERSON|Pham, Bao]] - Ozempic 0.5 mg, PA expired [[DATE|11/30]]; new PA started, CoverMyMeds key [[OTHER_ID|BXRT4WQ2]]. -[[PERSON|AM]]

[[PERSON|K. Tran]], RN / [[PERSON|A. Mendoza]], LPN'''),

("note-604", "note", '''[[LOCATION|Cedar Hollow Internal Medicine]]
[[STREET_ADDRESS|2250 Ridgeview Pkwy, Suite 310]]
[[LOCATION|Chattanooga]], TN [[ZIP|37421]]
Tel [[PHONE|423-555-0104]]  Fax [[FAX|423-555-0105]]

[[DATE|December 2, 2026]]

Mr. [[PERSON|Harold J. Pettibone]]
[[STREET_ADDRESS|118 Lookout Crest Dr]]
[[LOCATION|Signal Mountain]], TN [[ZIP|37377]]

RE: Laboratory results, collected [[DATE|11/24/2026]]
DOB: [[DATE|07/16/1958]]    Patient account: [[ACCOUNT_NUMBER|CHIM-220481]]

Dear Mr. [[PERSON|Pettibone]],

Your recent lab work is back. A summary:

  Hemoglobin A1c ........ 6.9 %   (goal under 7.0; it was 7.6 % in [[DATE|June 2026]])
  LDL cholesterol ....... 88 mg/dL
  eGFR .................. 71 mL/min/1.73m2
  Urine albumin/creat ... 12 mg/g
  TSH ................... 1.84 mIU/L

Overall this is good news. Dr. [[PERSON|Whitcombe]] recommends continuing metformin 1000 mg twice daily and atorvastatin 20 mg at bedtime. Please schedule your 3-month visit. You can book online at [[URL|https://portal.cedarhollowim.example.com/u/hpettibone]] (user name [[OTHER_ID|hpettibone58]]) or call us.

Questions? Reply through the portal or call the nurse line, [[PHONE|423-555-0107 ext. 2]].

Sincerely,

[[PERSON|Lorraine Whitcombe]], MD
[[PERSON|LW]]/[[PERSON|dsm]]
cc: [[PERSON|Priya Natarajan]], DPM, [[LOCATION|Hixson Foot & Ankle]]'''),

("note-605", "note", '''*** REFERRAL - CARDIOLOGY *** (sent by fax)
To: [[LOCATION|Blue Ridge Cardiovascular Associates]], attn Dr. [[PERSON|Harriet Vos]]
Fax: [[FAX|828-555-0191]]   Ph: [[PHONE|828-555-0190]]
From: [[PERSON|Ikechukwu Barlow]], MD, [[LOCATION|Mountain Laurel Virtual Primary Care]]
Date: [[DATE|12/04/2026]]

Patient: [[PERSON|Wanda Sue Pickens]]   DOB [[DATE|11/02/1960]]
[[STREET_ADDRESS|77 Bear Wallow Rd]], [[LOCATION|Burnsville]], NC [[ZIP|28714]]
Cell [[PHONE|828-555-0115]] / home [[PHONE|828-555-0116]] (landline, best after 5 pm)
Ins: BCBS NC Medicare Advantage, ID [[HEALTH_PLAN_ID|YPW883104772]]

Reason for referral: new LBBB on ECG [[DATE|11/30]] at [[LOCATION|Yancey County Urgent Care]], exertional dyspnea x 6 wk (1 flight of stairs), bilateral ankle edema 1+. BNP 412. No echo yet. 14-day Zio patch mailed [[DATE|12/1]], SN [[DEVICE_ID|ZP4471826]], pt to wear from [[DATE|12/5]].
Meds: lisinopril 10 mg, metformin 500 mg BID, ASA 81 mg. No known CAD. Ex-smoker 30 pk-yr (quit 2011).
Please see within 2 weeks. Pt has no car; grandson [[PERSON|Tyler]] drives her (Mon/Wed only).
Enclosed: ECG, labs [[DATE|11/30/2026]], med list (4 pages).

[[PERSON|I. Barlow]], MD   NPI [[LICENSE_NUMBER|2734698584]]'''),

("note-606", "note", '''DISCHARGE SUMMARY
[[LOCATION|Mercy St. Brendan Regional Medical Center]] - Hospitalist Service

PATIENT: [[PERSON|OYELARAN, BEATRICE A]]     MRN: [[MRN|MSB4471093]]     FIN: [[ACCOUNT_NUMBER|2026338104]]
AGE/SEX: [[AGE|93]] F     DOB: [[DATE|02/09/1933]]
ADMIT: [[DATE|11/27/2026]]     DISCHARGE: [[DATE|12/03/2026]]
ATTENDING: [[PERSON|Samuel Achterberg]], DO     PCP: [[PERSON|Nadia Fenwick]], MD
DISPOSITION: SNF - [[LOCATION|Willow Bend Health & Rehabilitation]], [[STREET_ADDRESS|900 Orchard Ln]], [[LOCATION|Mishawaka]], IN [[ZIP|46545]]. Report called to [[PERSON|Crystal]] RN at [[PHONE|574-555-0126]].

DIAGNOSES:
1. Acute on chronic HFpEF
2. AKI on CKD 3b (Cr peak 2.4, baseline 1.6)
3. Mechanical fall at home, no fracture
4. Moderate dementia, Alzheimer type

HOSPITAL COURSE: 93 yo F from home (lives w/ granddaughter [[PERSON|Keisha Oyelaran]]), BIBA [[DATE|11/27]] AM after neighbor found her on floor, down est. 6 h. CK 1,840. Volume overloaded on exam, BNP 2,210. IV furosemide 40 mg BID, net -4.1 L, wt 68.2 -> 64.0 kg. Echo [[DATE|11/28]]: EF 60-65%, grade II DD, RVSP 48. CT head neg. Cr peaked [[DATE|11/29]], 1.7 at d/c. PT/OT rec SNF. Goals of care mtg [[DATE|12/1]] with HCPOA (grandson [[PERSON|Marcus Oyelaran]], [[PHONE|(574) 555-0193]]): DNR/DNI, OK to rehospitalize, no feeding tube.

LABS:
|        | [[DATE|11/27]] | [[DATE|11/29]] | [[DATE|12/03]] |
|--------|-------|-------|-------|
| Na     | 134   | 137   | 139   |
| K      | 5.1   | 4.2   | 4.0   |
| Cr     | 2.1   | 2.4   | 1.7   |
| BNP    | 2,210 | --    | 640   |
| Hgb    | 10.8  | 10.1  | 10.4  |
| TSH    | 3.2   |       |       |

CONSULTS: Cardiology (Dr. [[PERSON|P. Izquierdo]]) [[DATE|11/28]]; Palliative care ([[PERSON|Rosalind Achebe]], NP) [[DATE|11/30]]; wound RN [[PERSON|D. Kowalski]] [[DATE|11/29]] for L forearm skin tear.
PROCEDURES: none.
CONDITION AT DISCHARGE: stable. A&Ox1 (baseline per family), ambulating 30 ft with RW + 1 assist, Braden 15, no pressure injury.
DIET: 2 g Na, 1.5 L fluid restriction, mechanical soft, thin liquids.
CODE STATUS: DNR/DNI, POLST completed [[DATE|12/01/2026]], original sent with pt.

DISCHARGE MEDS: furosemide 20 mg PO daily (NEW DOSE); carvedilol 3.125 mg BID; donepezil 10 mg qHS; acetaminophen 650 mg q6h prn; senna 8.6 mg qHS.
STOPPED: lisinopril, ibuprofen.

FOLLOW-UP: Dr. [[PERSON|Fenwick]] 7-10 d at SNF; cardiology Dr. [[PERSON|Paloma Izquierdo]], [[LOCATION|Michiana Heart Institute]], [[DATE|12/15/2026]] 1:30 pm.
Daily weights, call if gain > 2 lb/day or 5 lb/wk. Questions: hospitalist office [[PHONE|574-555-0100]].
cc: [[LOCATION|Willow Bend]] fax [[FAX|574-555-0127]]; Dr. [[PERSON|Fenwick]] fax [[FAX|574-555-0132]]
Medicare MBI [[HEALTH_PLAN_ID|4TR9-XK6-JH27]]

Dictated: [[PERSON|S. Achterberg]], DO  [[DATE|12/03/2026]] 1544
Transcribed: [[PERSON|KM]]  [[DATE|12/03/2026]] 1710   Job # [[OTHER_ID|88213]]'''),

("note-607", "note", '''HOME HEALTH - SKILLED NURSING VISIT NOTE
Pt: [[PERSON|Shirley Ann Mattingly]]   DOB [[DATE|10/30/1946]]   Episode [[ACCOUNT_NUMBER|EP-2026-11447]]
Visit [[DATE|12/02/26]]  time in 1005 / out 1104   SN visit 3 of 8
Address: [[STREET_ADDRESS|2716 Cane Run Rd Lot 44]], [[LOCATION|Shively]], KY [[ZIP|40216]] - mobile home w/ blue skirting, friendly dog (Biscuit). Lockbox code 1947.
Caregiver: son [[PERSON|Darrell]] [[PHONE|502-555-0121]], works nights, sleeps till 2 - text first.

VS: T 98.1  P 88 irreg  R 18  BP 142/86 L arm sitting  SpO2 93% RA. Wt 171 lb (+3 lb since [[DATE|11/25]]).
CV: 2+ pitting edema BLE to mid-shin (was 1+). Lungs: fine crackles bases. Denies orthopnea but sleeping in recliner "for comfort".
Meds: pillbox set up for 1 wk; found 2 missed PM doses of furosemide. Reviewed w/ pt, teach-back 2/3.
Skin: L shin skin tear 2 x 0.5 cm, steri-strips intact, no s/s infx.
Falls: Morse 55, no falls since last visit. Bathroom grab bar still not installed - landlord Mr. [[PERSON|Pruitt]] ([[PHONE|502-555-0174]]) msg left.

Plan: notified Dr. [[PERSON|Haverkamp]] office of wt gain, spoke w/ [[PERSON|Jenelle]] (MA) [[PHONE|502-555-0166]]. Order: extra furosemide 20 mg PO x1 today, then resume 40 mg daily; labs BMP at next visit.
Next SN visit [[DATE|12/04]].

[[PERSON|Rochelle Baines]], RN, BSN  (KY RN lic [[LICENSE_NUMBER|1123984]])'''),

("note-608", "note", '''ANTICOAGULATION CLINIC - TELEPHONE ENCOUNTER
Pt: [[PERSON|Ferreira-Lindqvist, Ana]]   DOB [[DATE|5/14/1950]]   MRN [[MRN|A-3302918]]
Indication: mechanical mitral valve (On-X, 2019) + AF. Goal INR 2.5-3.5.
Home POC INR (CoaguChek INRange, meter SN [[DEVICE_ID|UW18842207]]) [[DATE|12/04]]: 2.1  (prev 2.8 on [[DATE|11/20]], 3.0 on [[DATE|11/6]])
Weekly dose: 42.5 mg/wk (warfarin 5 mg daily except 2.5 mg Mon & Fri).
Interview: no missed doses, no bleeding/bruising. Started eating kale salads ~4x/wk for the last 2 wk. No new meds, no abx. Dental cleaning [[DATE|12/10]].
Plan:
 - boost 7.5 mg tonight x1, then resume 42.5 mg/wk
 - consistent vit K intake counseled
 - recheck INR [[DATE|12/11]]
Spoke to pt at [[PHONE|(608) 555-0114]], teach-back done. Left msg for dentist Dr. [[PERSON|Yusuf Adeyemi-Clarke]] ([[PHONE|608-555-0190]]): no interruption needed for cleaning.
[[PERSON|Grace Lindahl]], PharmD, BCACP - [[LOCATION|Dane County Anticoagulation Service]]'''),

("note-609", "note", '''STANDARD WRITTEN ORDER (SWO) - DME
Beneficiary: [[PERSON|Theodore "Ted" Marchetti]]     DOB [[DATE|01/05/1955]]
MBI: [[HEALTH_PLAN_ID|7CM2-QE4-WN91]]     Secondary: AARP Med Supp, member [[HEALTH_PLAN_ID|38841027611]]
Mailing: [[STREET_ADDRESS|PO Box 1187]], [[LOCATION|Ely]], MN [[ZIP|55731]]   Ship to (physical): [[STREET_ADDRESS|1429 Echo Trail]], [[LOCATION|Ely]]
Phone: [[PHONE|218-555-0147]]
Order date: [[DATE|12/01/2026]]

ITEMS
 E0601  CPAP, ResMed AirSense 11 AutoSet, SN [[DEVICE_ID|23241587736]]   qty 1
 E0562  heated humidifier                                               qty 1
 A7030  full face mask (AirFit F30, M)                                  1 per 3 mo
 A7031  FF cushion                                                      1 per mo
 A7035  headgear                                                        1 per 6 mo
 A7037  tubing (ClimateLine)                                            1 per 3 mo
 A7038  disposable filter                                               2 per mo
Settings: APAP 6-14 cm H2O, EPR 2, ramp auto.
Length of need: 99 mo.
Dx: G47.33 OSA; AHI 31.4, ODI 28 on HST [[DATE|10/17/2026]].

Ordering practitioner: [[PERSON|Wen-Li Ostrander]], MD   NPI [[LICENSE_NUMBER|1125543565]]
[[LOCATION|Arrowhead Sleep & Lung Clinic]], [[STREET_ADDRESS|400 E 3rd St]], [[LOCATION|Duluth]], MN [[ZIP|55805]]   Fax [[FAX|218-555-0108]]
Supplier: Lincare
Signature: /s/ [[PERSON|W. Ostrander]]   [[DATE|12/01/26]]'''),

("note-610", "note", '''[[DATE|December 3, 2026]]

VIA FAX [[FAX|1-888-555-0182]]
Prior Authorization Dept., CVS Caremark

RE: Request for prior authorization - tirzepatide (Zepbound) 5 mg/0.5 mL pen, 4 pens/28 days
Patient: [[PERSON|Jacqueline M. Ostrowski-Bell]]
DOB: [[DATE|08/11/1983]]
Member ID: [[HEALTH_PLAN_ID|W2284016735]]    Group: [[HEALTH_PLAN_ID|0H4471]]    RxBIN 004336  PCN ADV
PA case #: [[OTHER_ID|PA-26-0931184]]

To whom it may concern:

I am writing on behalf of my patient, Ms. [[PERSON|Ostrowski-Bell]], to request coverage of Zepbound for chronic weight management with obstructive sleep apnea. Her BMI was 38.2 on [[DATE|11/19/2026]] (wt 231 lb, ht 5'6"). Polysomnography at [[LOCATION|Northwestern Lake Forest Sleep Lab]] on [[DATE|9/14/2026]] showed moderate OSA (AHI 22). She is intolerant of CPAP despite 3 mask fittings. Comorbid HTN on losartan 50 mg.

Prior therapy: structured lifestyle program since [[DATE|January 2025]] (documented monthly visits); phentermine 37.5 mg from [[DATE|March 2025]] to [[DATE|June 2025]], stopped for palpitations; Wegovy denied [[DATE|8/2026]] (formulary exclusion). Zepbound has an FDA indication for moderate-to-severe OSA in adults with obesity.

Please contact my office with any questions.

Sincerely,

[[PERSON|Marcus T. Ellery]], MD
[[LOCATION|Lakeshore Metabolic & Weight Clinic]]
[[STREET_ADDRESS|1 N Wacker Dr, Suite 1800]], [[LOCATION|Chicago]], IL [[ZIP|60606]]
NPI [[LICENSE_NUMBER|2886509449]]   DEA [[LICENSE_NUMBER|BE2623850]]
Phone [[PHONE|312-555-0129]]   Fax [[FAX|312-555-0130]]

Enclosures: chart notes [[DATE|6/2026]]-[[DATE|11/2026]], PSG report, BMI log'''),
]

NOTES_B = [
("note-611", "note", '''Patient Portal - Message Thread #[[OTHER_ID|MSG-4471882]]
Subject: rash after new med??
Patient: [[PERSON|Tamsin Okafor-Reyes]] (portal user [[OTHER_ID|tamsin.or]])   DOB [[DATE|10/14/1997]]

[[DATE|12/02/2026]] 11:48 PM - [[PERSON|Tamsin Okafor-Reyes]]:
hi so i started the doxycycline on monday the [[DATE|30th]] for my acne and now i have red itchy bumps on my arms and neck and face. no trouble breathing no lip swelling. should i stop it?? also i was at the beach in [[LOCATION|Galveston]] sunday lol. my pharmacy is the walgreens on [[STREET_ADDRESS|Gessner Rd]] if you need to send something. cell [[PHONE|713 555 0181]]

[[DATE|12/03/2026]] 07:12 AM - [[PERSON|Ramona Estes]], RN:
Good morning [[PERSON|Tamsin]], thank you for writing. Please hold the doxycycline for now. Can you upload 2-3 photos of the rash in good light? If you develop any trouble breathing, throat tightness or swelling call 911.

[[DATE|12/03/2026]] 07:40 AM - [[PERSON|Tamsin Okafor-Reyes]]:
sent pics. my mom [[PERSON|Gloria Reyes]] can drive me if i need to come in, her # is [[PHONE|713-555-0144]]. also pls email me the summary, [[EMAIL|tamsin.okafor.r@example.net]]

[[DATE|12/03/2026]] 09:05 AM - [[PERSON|Dev Banerjee]], MD:
Thanks. This looks most like a photosensitivity reaction (sun-exposed areas only), which is a known effect of doxycycline. Stop it. Cetirizine 10 mg daily and hydrocortisone 1% BID x 5 days, SPF 50. I'd like to see you on video today, 1:20 PM: [[URL|https://meet.example.org/v/okafor-reyes-t-1203]]. We'll talk about switching to a different acne treatment.

[[DATE|12/03/2026]] 09:07 AM - system: message marked "routed to [[PERSON|Banerjee, D]]"

[[DATE|12/03/2026]] 02:10 PM - [[PERSON|Kwame Asante-Boyd]], PharmD (pharmacy team):
Hi [[PERSON|Tamsin]], Dr. [[PERSON|Banerjee]] sent cetirizine 10 mg #30 and hydrocortisone 1% cream 28 g to the Walgreens on [[STREET_ADDRESS|Gessner Rd]]. The new topical (adapalene 0.1% gel) needs a prior auth with your plan; we started it, reference [[OTHER_ID|PA-88130472]]. Your member ID on file is [[HEALTH_PLAN_ID|XJH920114873]] - please confirm that is still current.

[[DATE|12/03/2026]] 03:31 PM - [[PERSON|Tamsin Okafor-Reyes]]:
yes thats right. btw i moved last month!! new address is [[STREET_ADDRESS|9120 Bellaire Blvd Apt 3307]], [[LOCATION|Houston]] [[ZIP|77036]], can u update it so the bill doesnt go to my old place in [[LOCATION|Katy]]. also rash is already better thank u

[[DATE|12/04/2026]] 08:02 AM - [[PERSON|Ramona Estes]], RN:
Address updated in your chart. Glad it's improving! Dr. [[PERSON|Banerjee]] wants a check-in on [[DATE|12/10]]; reply here if the rash spreads or blisters.'''),

("note-612", "note", '''CARE COORDINATION NOTE - CHW/SW
Client: [[PERSON|Reginald "Reggie" Townsend]]   DOB [[DATE|11/19/1967]]   Ohio Medicaid ID [[HEALTH_PLAN_ID|110348827615]] (MCO: CareSource)
Case # [[OTHER_ID|CC-26-01873]]
Housing: staying at the men's shelter, [[STREET_ADDRESS|1710 Superior Ave]], [[LOCATION|Cleveland]] [[ZIP|44114]] (bed 41, curfew 9 pm)
Phone: prepaid [[PHONE|216-555-0112]] (often out of minutes); alt contact sister [[PERSON|Lorraine Townsend-Boyd]] [[PHONE|216-555-0175]]

Activity:
- [[DATE|12/1]] called housing authority re: HCV, spoke w/ Mr. [[PERSON|Ibarra]]. Application # [[OTHER_ID|HCV-0772145]], waitlist pos. 1,203.
- State ID: BMV appt [[DATE|12/9]] 10:30 at the [[LOCATION|Parma]] office. Needs birth cert (born [[LOCATION|Gary]], IN [[DATE|11/19/1967]]) - vital stats request mailed, order [[OTHER_ID|VS-88310427]].
- SS card replacement requested; SSN [[SSN|987-65-4321]] verified with client.
- Transport: Medicaid ride booked, trip # [[OTHER_ID|T5591026]], for cardiology [[DATE|12/11]] 1:15 pm at [[LOCATION|Lakeview Heart Clinic]], [[STREET_ADDRESS|2500 Lorain Ave]].
- SNAP recert due [[DATE|01/31/2027]]. EBT card lost [[DATE|11/28]], replacement ordered.
- Pharmacy: needs 90-day fills, Rite Aid [[LOCATION|Ohio City]] ph [[PHONE|216-555-0196]].
Barriers: no phone charger, unstable housing, low health literacy. Client engaged, agrees to plan.

[[PERSON|Yolanda Pruitt]], LSW, CHW   [[PHONE|216-555-0199 x314]]   [[EMAIL|ypruitt@carecoord.example.org]]'''),

("note-613", "note", '''WOUND PHOTO LOG - export from WoundSnap (clinic iPad, SN [[DEVICE_ID|DMPZK4R8Q1GC]])
Patient: [[PERSON|ALVAREZ-MOON, ESTEBAN]] | MRN [[MRN|6620417]] | Unit 4W | Braden 12

IMG_[[DATE|20261201]]_0913_[[PERSON|alvarezmoon]]_sacrum.jpg
  Stage 3 pressure injury, sacrum. 4.2 x 3.1 x 0.6 cm, 30% yellow slough / 70% red gran, mod serous drainage, periwound macerated 1 cm. Ruler shows pt label ([[PERSON|Alvarez-Moon, E]] / [[DATE|7/3/51]]) - crop before sending to wound MD.
IMG_[[DATE|20261201]]_0916_[[PERSON|alvarezmoon]]_L_heel.jpg
  DTI L heel 2.0 x 2.5 cm, intact, purple/maroon, boggy. Offloading boots on.
IMG_[[DATE|20261203]]_1402_[[PERSON|alvarezmoon]]_sacrum.jpg
  4.0 x 3.0 x 0.5 cm, slough 20%. Cleansed NS, Medihoney alginate, silicone foam border. Change q48h + prn.
IMG_[[DATE|20261203]]_1405_[[PERSON|alvarezmoon]]_sacrum_tunnel.jpg
  tunneling 1.1 cm at 12 o'clock.

Captured by [[PERSON|L. Brightwater]], RN, CWOCN. Photo consent signed by wife [[PERSON|Hye-jin Alvarez-Moon]] [[DATE|11/30/2026]]. Uploaded to e-consult for Dr. [[PERSON|Gutierrez-Pohl]] (plastics).'''),

("note-614", "note", '''RADIOLOGY REPORT
[[LOCATION|Pinecrest Imaging Center]] | [[STREET_ADDRESS|7711 Medical Plaza Dr]], [[LOCATION|Fort Myers]], FL [[ZIP|33912]] | [[PHONE|239-555-0130]]

PATIENT: [[PERSON|LINDGREN-ABARA, SOLVEIG]]     MRN: [[MRN|PIC0093321]]     DOB: [[DATE|09/27/1962]]     SEX: F
ACCESSION: [[OTHER_ID|CT26-118840]]     EXAM DATE: [[DATE|12/02/2026]] 14:31
REFERRING: [[PERSON|Hector Ybarra]], PA-C (telehealth urgent care)   NPI [[LICENSE_NUMBER|1614925430]]

EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST (CPT 74177)
CLINICAL HISTORY: RLQ pain x3 days, WBC 13.2. Evaluate for appendicitis.
COMPARISON: US abdomen [[DATE|03/14/2024]].
TECHNIQUE: Axial images from lung bases through pubic symphysis after 100 mL Omnipaque 350 IV. Coronal/sagittal reformats. DLP 612 mGy-cm.

FINDINGS:
Lung bases: 6 mm solid nodule RLL (se 3 im 12). No effusion.
Liver/GB/biliary: unremarkable. Spleen, pancreas, adrenals normal.
Kidneys: 1.2 cm simple cyst L lower pole (Bosniak I). No hydronephrosis.
Bowel: Appendix dilated to 11 mm with wall hyperenhancement and periappendiceal fat stranding. 7 mm appendicolith at base. No abscess, no free air.
Pelvis: uterus and adnexa unremarkable. No free fluid.
Bones: mild degenerative change L4-5.

IMPRESSION:
1. Acute appendicitis with appendicolith, no perforation or abscess.
2. 6 mm RLL nodule. Per Fleischner 2017, CT chest at 6-12 months if high risk.

CRITICAL RESULT called to [[PERSON|Hector Ybarra]], PA-C at [[PHONE|239-555-0136]], 15:02 on [[DATE|12/02/2026]], read back confirmed. Pt instructed to go to ED at [[LOCATION|Gulf Coast Memorial]].

Electronically signed: [[PERSON|Oluwaseun Friedlander]], MD   [[DATE|12/02/2026]] 15:05'''),

("note-615", "note", '''DEATH PRONOUNCEMENT NOTE
Called by [[PERSON|Faith Mwangi]], RN at 0312 to evaluate pt [[PERSON|Cornelius P. Vandermeer]] ([[AGE|97]] yo M, MRN [[MRN|H0217755]], rm 612B).
Exam: no spontaneous respirations, no heart sounds x 1 min auscultation, no carotid pulse, pupils fixed and dilated, no response to verbal or painful stimuli.
Pronounced dead at 0319 on [[DATE|12/04/2026]].
Code status DNR/DNI (POLST signed [[DATE|10/02/2026]]). Expected death, comfort care since [[DATE|12/01]].
Family: daughter [[PERSON|Margriet Vandermeer-Hollis]] notified by phone at 0330 ([[PHONE|(616) 555-0158]]); she and her husband [[PERSON|Dale]] will come in. Funeral home per family: Lakeshore Memorial Chapel, [[PHONE|616-555-0170]].
ME: not an ME case per Inv. [[PERSON|Doyle]]; ref [[OTHER_ID|ME-26-4419]].
OPO notified 0335, ref [[OTHER_ID|GOL 2612-0438]] - not a candidate for donation.
Attending Dr. [[PERSON|Kapoor]] notified 0340. Chaplain on call offered, family declined.
[[PERSON|Benedikt Oyelowo-Sand]], MD, PGY-2 IM, pager [[PHONE|4471]]'''),
]

NOTES_C = [
("note-616", "note", '''==================== FAX ====================
        [[LOCATION|Sunridge Virtual Care]], PLLC
   [[STREET_ADDRESS|2942 N 24th St, Ste 115]], [[LOCATION|Phoenix]], AZ [[ZIP|85016]]

DATE: [[DATE|12/03/2026]]          PAGES (incl. cover): 7

TO:    Dr. [[PERSON|Imani Castellanos]] / [[LOCATION|Desert Sky Nephrology]]
FAX:   [[FAX|(602) 555-0183]]        PHONE: [[PHONE|(602) 555-0184]]

FROM:  [[PERSON|Brianna Kettering]], MA for [[PERSON|Owen Falk]], DO
FAX:   [[FAX|(480) 555-0119]]        PHONE: [[PHONE|(480) 555-0118]]

RE:    [[PERSON|Sandoval, Rudy]]   DOB [[DATE|06/06/1974]]
       New referral - CKD 3b, eGFR 38 -> 33. Labs [[DATE|11/30/26]], renal US report, med list, last 2 visit notes.

[ ] Urgent   [X] For review   [ ] Please comment   [ ] Please reply

CONFIDENTIALITY NOTICE: The documents accompanying this fax contain protected health information that is legally privileged. If you are not the intended recipient, notify the sender at [[PHONE|480-555-0118]] immediately and destroy the documents.
---------------------------------------------
TX REPORT  CSID: [[FAX|+14805550119]]  REMOTE: [[FAX|+16025550183]]  [[DATE|12/03/2026]] 16:42  PAGES 7  RESULT OK'''),

("note-617", "note", '''[OCR p.1/2 - scanned new patient intake, conf 71%]

PAT1ENT NAME: [[PERSON|Wh1tley, Dar1ene M]]        D.O.B.: [[DATE|O8/3O/l949]]
ADDRESS: [[STREET_ADDRESS|l4O7 N. Magno1ia Ave Apt 2B]]   CITY: [[LOCATION|0cala]]   ST: FL   Z1P: [[ZIP|3447S]]
PH0NE (H): [[PHONE|(352) 555-Ol46]]     (C): [[PHONE|352 5S5 0l87]]
SSN: [[SSN|987-6S-4323]]         MAR1TAL: M
EMERGENCY C0NTACT: [[PERSON|Rona1d Wh1tley]] (husband)  [[PHONE|352-555-0l46]]
INSURANCE: Humana Gold Plus HMO     ID#: [[HEALTH_PLAN_ID|H5l2O9773]]     GRP: [[HEALTH_PLAN_ID|X7Z4l]]
PRIMARY CARE: Dr. [[PERSON|F. Castagna]]    PH: [[PHONE|352-555-O1O9]]
PHARMACY: Publix [[STREET_ADDRESS|SW C0llege Rd]]
ALLERG1ES: codeine -> naus~a ; latex
MEDS: amlod1pine 5 mg qd , metf0rmin 5OO mg b1d , atorvastatin 2O mg qhs
PREV10US SURGER1ES: chole 1988, R TKA 2O19
signature: ~~~~~~~~      date: [[DATE|l2/O1/2O26]]
[p.2 illegible]'''),

("note-618", "note", '''this is doctor [[PERSON|ravi chandrasekhar]] dictating a telehealth follow up on patient [[PERSON|bunny lou jean mccall]] first name [[PERSON|bonnie]] [[PERSON|b o n n i e]] last name [[PERSON|m c c a l l]] date of birth [[DATE|april ninth nineteen sixty four]] medical record number [[MRN|four four seven two nine one eight]] date of service [[DATE|december third twenty twenty six]] period

patient is a sixty two year old female with hypertension and hyper lipid emia seen by video from her home in [[LOCATION|mount pleasant]] her husband [[PERSON|earl]] helped with the camera period she checks her pressure at home readings one forty to one fifty over high eighties period she is taking amlodipine five milligrams daily and lisinopril forty milligrams daily comma no cough no swelling period

new paragraph assessment hypertension not at goal period plan increase amlodipine to ten milligrams daily comma recheck b m p in two weeks comma home readings in the portal period follow up in four weeks period her best call back number is [[PHONE|eight four three five five five oh one two eight]] period

c c doctor [[PERSON|ogunbiyi]] at [[LOCATION|low country cardiology]] end of dictation

[[PERSON|RC]]/vr   job [[OTHER_ID|554120]]   D: [[DATE|12/03/2026]] 16:10  T: [[DATE|12/03/2026]] 18:45'''),
]
NOTES_C += [
("note-619", "note", '''BEHAVIORAL HEALTH TELEHEALTH INTAKE (90791) - video
Client: [[PERSON|Jordan Eli Whitacre]] (they/them); legal name on insurance [[PERSON|Jordana E. Whitacre]]
DOB [[DATE|2/29/2000]]   MRN [[MRN|BH-771204]]
Session [[DATE|12/03/2026]] 16:00-16:58 ET. Client at home, [[STREET_ADDRESS|88 Larkspur Ln, Unit 3]], [[LOCATION|Burlington]], VT [[ZIP|05401]] (verified for emergency dispatch). Platform log: client IP [[IP_ADDRESS|2001:db8:4a1c::1f07]].
Emergency contact: partner [[PERSON|Sam Okonjo]] [[PHONE|802-555-0131]]
Insurance: BCBS VT [[HEALTH_PLAN_ID|ZIB884710236]], subscriber [[PERSON|Carol Whitacre]] (mother)
Referred by PCP [[PERSON|Hal Brenner]], NP.

CC: "panic attacks at work since [[DATE|Sept 2026]]"
HPI: 26 yo works retail at a ski shop in [[LOCATION|Stowe]]; 3-4 panic episodes/wk (palpitations, tingling, derealization) lasting 10-20 min, one ED visit [[DATE|10/21]] with neg troponin. Low mood, anhedonia, sleep 4-5 h, appetite down. Passive SI "some nights" in last month, no plan, no intent, no prior attempts, no firearms in home. Alcohol 2-3 drinks/wk, cannabis vape nightly.
Screening: PHQ-9 = 14, GAD-7 = 17, C-SSRS screen positive for passive ideation only, AUDIT-C 3.
MSE: casually dressed, good eye contact, speech normal rate, mood "on edge", affect anxious, congruent; TP linear; no AH/VH; insight/judgment fair.
Dx: F41.0 panic disorder; F33.1 MDD, recurrent, moderate; r/o cannabis use disorder, mild.
Safety plan completed with client; 988 and local mobile crisis line ([[PHONE|802-555-0100]]) reviewed; partner aware.
Plan: weekly CBT w/ [[PERSON|Priya Halvorsen]], LICSW (first session [[DATE|12/10]]); psychiatry e-consult to Dr. [[PERSON|Mateo Lindqvist]] re: SSRI; cannabis reduction goals.

[[PERSON|Hannah Brightwell]], LCMHC (VT lic [[LICENSE_NUMBER|068.0134722]]) - e-signed [[DATE|12/03/2026]] 17:20'''),

("note-620", "note", '''URGENT CARE -> TELEHEALTH FOLLOW-UP: MVC
Pt [[PERSON|Kenji Albrecht-Soto]], 34 M, DOB [[DATE|10/02/1992]], cell [[PHONE|602-555-0152]]
Seen in person [[DATE|11/29]] at [[LOCATION|FastCare Urgent Care Westgate]] after rear-end MVC on I-10 ~1745. Restrained driver, no airbag deployment, no LOC, ambulatory at scene.
Vehicle: 2020 Honda Accord, VIN [[VEHICLE_ID|1HGCV1F34LU321012]], AZ plate [[VEHICLE_ID|CTR4471]]. Other driver [[PERSON|Dana Whitfield-Ross]] per police report DR# [[OTHER_ID|2026-118804]].
Auto carrier: Progressive, claim [[OTHER_ID|26-4471-0932]], adjuster [[PERSON|Troy Maddox]] [[PHONE|(800) 555-0165 x4417]].

Today ([[DATE|12/03]], video): neck pain 6/10 (was 8/10), stiffness AM, no radicular sx, no numbness/weakness. HA mild, no vision change. Sleeping poorly.
Exam (video): full active ROM w/ pain at end range rotation L, strength grossly 5/5 UE, gait normal.
C-spine XR [[DATE|11/29]]: no fracture, straightening of lordosis.
A: Cervical strain/whiplash S13.4XXA, improving.
P: cyclobenzaprine 5 mg qhs #10; naproxen 500 mg BID w/ food x10d; heat; PT referral to [[LOCATION|Desert Motion Physical Therapy]], fax [[FAX|602-555-0177]]. Work: light duty x2 wk (delivery driver, no lifting > 20 lb).
Records request rec'd from atty [[PERSON|Lena Ferraro]], Esq. ([[EMAIL|lferraro@ferraro-law.example.com]]); ROI signed [[DATE|12/02/2026]].

[[PERSON|Dmitri Koval]], PA-C   NPI [[LICENSE_NUMBER|1561880463]]'''),

("note-621", "note", '''HOSPICE RN VISIT - ROUTINE HOME CARE
Patient: [[PERSON|Evangeline Rose Thibodeaux]]     Age: [[AGE|101]]     DOB: [[DATE|08/15/1925]]
Dx: senile degeneration of brain (G31.1), adult FTT. Election [[DATE|09/22/2026]], benefit period 2.
Location: daughter's home, [[STREET_ADDRESS|1403 Rue Bienville]], [[LOCATION|Breaux Bridge]], LA [[ZIP|70517]]
Primary caregiver: dtr [[PERSON|Claudette Thibodeaux Guidry]] (78, own health fragile), [[PHONE|337-555-0161]]
Visit [[DATE|12/04/26]] 1330-1425

Assessment: PPS 30%, FAST 7d. Bedbound, responds to voice w/ eye opening, no verbal. Intake few sips thickened liquid + 2-3 bites pudding/day. MAC 19.5 cm (21 cm on [[DATE|10/30]]). Skin: sacrum blanchable redness, heels intact in boots. Resp 22, mild periods of apnea 10-15 s, no distress. Occasional moaning w/ turning -> PAINAD 3.
Meds: morphine conc 20 mg/mL 0.25 mL SL q2h prn (used x3 in 24 h, effective), lorazepam 0.5 mg SL q4h prn, atropine 1% 2 gtt SL q4h prn secretions. Comfort kit in fridge, lot 4418K, exp 2027.
Psychosocial: pt's sister [[PERSON|Marguerite]] is [[AGE|99]], lives at [[LOCATION|Maison de Lafayette Assisted Living]], wants a FaceTime visit; arranged with their activities director [[PERSON|Toni]] [[PHONE|337-555-0122]] for Sat. Chaplain Fr. [[PERSON|Antoine Babineaux]] visiting [[DATE|12/06]]. Family aware of decline, dtr tearful, support given.
Plan: continue POC, premedicate 30 min before turns/bath; HHA [[PERSON|Nicole]] 3x/wk; notify MD [[PERSON|Broussard]] of increased morphine use; IDG review [[DATE|12/09]].

[[PERSON|Jolie Fontenot]], RN, CHPN'''),

("note-622", "note", '''PEDS TELEHEALTH - SICK VISIT
Pt: [[PERSON|Amara Okonkwo-Lindsey]]   DOB [[DATE|04/17/2022]] (4 y 7 m)
Hx from mother [[PERSON|Chidinma Okonkwo]]; father [[PERSON|Trevor Lindsey]] joined from work.
GA Medicaid/PeachCare ID [[HEALTH_PLAN_ID|71884302911]]
Location: [[STREET_ADDRESS|5520 Old National Hwy Apt 1108]], [[LOCATION|College Park]], GA [[ZIP|30349]]

CC: fever x2 d, Tmax 102.9 F, pulling R ear, fussy at night. Drinking ok, 4 wet diapers/pull-ups today. No rash, no cough. Daycare contact w/ strep.
Wt 16.8 kg (home scale).
Exam via video + home otoscope (TytoHome, SN [[DEVICE_ID|TH2-0388-1147]]): R TM bulging, erythematous, no light reflex; L TM pearly. Throat mild erythema, no exudate seen. No resp distress.
A: acute otitis media R (H66.91).
P: amoxicillin 90 mg/kg/day div BID = 756 mg BID -> 400 mg/5 mL susp, 9.5 mL PO BID x10 d. Ibuprofen 160 mg PO q6-8h prn. eRx to Publix [[LOCATION|Camp Creek]] ([[PHONE|404-555-0153]]). Return precautions reviewed. Daycare note through [[DATE|12/7]].

[[PERSON|Keisha Abernathy-Ruiz]], MD (GA lic [[LICENSE_NUMBER|075512]])   [[DATE|12/04/2026]]'''),

("note-623", "note", '''DEVICE CLINIC - REMOTE TRANSMISSION REVIEW
Pt: [[PERSON|Stanislaw "Stan" Wojcik]]   DOB [[DATE|12/12/1938]]   MRN [[MRN|0045128873]]
Device: Medtronic Azure XT DR MRI dual-chamber PPM (W1DR01), SN [[DEVICE_ID|RNB604882H]], implanted [[DATE|05/21/2021]] at [[LOCATION|St. Casimir Heart Hospital]] by Dr. [[PERSON|A. Rostami]]
Leads: RA 5076-52cm SN [[DEVICE_ID|PJN7720418]]; RV 5076-58cm SN [[DEVICE_ID|PJN7714390]]
Transmission [[DATE|12/03/2026]] 02:14, scheduled, via MyCareLink Smart (app on pt's phone, reader SN [[DEVICE_ID|SMD1209884]])

Battery: 9.5 yr longevity. Mode DDDR 60/130.
Pacing: AP 38%, VP < 1%.
Impedance: RA 456 ohm, RV 589 ohm. Sensing: P 2.8 mV, R 11.2 mV. Thresholds stable (auto).
Episodes: 3 AT/AF, longest 4 h 12 min on [[DATE|11/26]] (EGM reviewed, true AF), AF burden 1.8%. No VHR.
CHA2DS2-VASc 4, on apixaban 5 mg BID per pt.
Plan: route to EP Dr. [[PERSON|Rostami]] for review; next remote [[DATE|03/03/2027]], in-clinic check [[DATE|06/2027]].
Pt notified at [[PHONE|773-555-0168]], spoke with wife [[PERSON|Halina]] (pt hard of hearing).

[[PERSON|C. Mbeki-Larsen]], CCDS'''),

("note-624", "note", '''DIABETES TECHNOLOGY VISIT (video) - [[DATE|12/02/26]]
[[PERSON|Priyanka "Pia" Raghunathan]], 19 F, T1DM x 11 yr. DOB [[DATE|06/03/2007]]. Sophomore, living off campus: [[STREET_ADDRESS|4731 17th Ave NE Apt 204]], [[LOCATION|Seattle]], WA [[ZIP|98105]].
Pump: Tandem t:slim X2, SN [[DEVICE_ID|1094472]], Control-IQ+. CGM: Dexcom G7 (sensor pairing code 5518).
14-day data: TIR 68%, TBR 3% (< 54: 0.4%), TAR 29%, GMI 7.3%, CV 38%. Avg TDD 41.2 u (basal 45%). Lows clustered 0300-0500 after evening workouts.
Changes:
 - Basal 0000-0600: 0.85 -> 0.75 u/h
 - CR breakfast 1:10 -> 1:9
 - Exercise activity on 1 h before gym; 15 g snack if < 120
Supplies via Edgepark, acct [[ACCOUNT_NUMBER|EP-30918844]], shipped to parents in [[LOCATION|Bellevue]]: [[STREET_ADDRESS|15902 SE 24th St]], [[ZIP|98008]]. Mom [[PERSON|Lakshmi Raghunathan]] [[PHONE|425-555-0138]] (pt consents to share).
Premera member [[HEALTH_PLAN_ID|PRM447102983-01]]. Gvoke HypoPen 1 mg x2 refilled.
F/U 3 mo w/ Dr. [[PERSON|Yasmin Oduya]].

[[PERSON|Hollis Kirkegaard]], RN, CDCES'''),

("note-625", "note", '''CONTROLLED SUBSTANCE REVIEW - telehealth ADHD clinic
Pt: [[PERSON|Colton Reyes-Marsh]]   DOB [[DATE|01/23/1996]]   TX DL [[LICENSE_NUMBER|40718822]] (photo ID verified [[DATE|11/30/2026]])
PDMP (Texas PMP AWARxE) queried [[DATE|12/03/2026]] 10:12, report [[OTHER_ID|RPT-9913027745]]

| Fill date | Drug | Qty | Days | Prescriber | Pharmacy |
|---|---|---|---|---|---|
| [[DATE|11/04/26]] | amphetamine/dextroamphetamine ER 20 mg | 30 | 30 | [[PERSON|L. Amadi]] NP | CVS [[LOCATION|Pflugerville]] |
| [[DATE|10/06/26]] | amphetamine/dextroamphetamine ER 20 mg | 30 | 30 | [[PERSON|L. Amadi]] NP | CVS [[LOCATION|Pflugerville]] |
| [[DATE|09/18/26]] | hydrocodone/APAP 5/325 | 12 | 3 | [[PERSON|R. Blount]] DDS | Walgreens [[LOCATION|Hutto]] |

MME 15/day x3 d only. No overlapping fills, no multiple prescribers for stimulants, no out-of-state fills.
Pt states hydrocodone was after wisdom tooth extraction [[DATE|9/17]] - consistent.
Controlled substance agreement signed [[DATE|06/02/2026]]. UDS [[DATE|11/20]] (specimen [[OTHER_ID|L26-0448139]]): amphetamine + (expected), all else neg.
BP 122/78, HR 84 (home cuff). Sleep ok. Appetite reduced at lunch.
Plan: continue 20 mg qAM; next fill eligible [[DATE|12/04/2026]], eRx sent for 30 d to CVS [[LOCATION|Pflugerville]]; f/u video 3 mo.

[[PERSON|Lauren Amadi]], PMHNP-BC   TX APRN [[LICENSE_NUMBER|AP139927]]   DEA [[LICENSE_NUMBER|MA6658124]]'''),

("note-626", "note", '''WORK STATUS REPORT - WORKERS' COMPENSATION
Employee: [[PERSON|Marisol Quintanilla-Hart]]    DOB [[DATE|03/08/1981]]    SSN xxx-xx-4324
Employer: Gulf Coast Distribution LLC, [[STREET_ADDRESS|8800 Fallbrook Dr]], [[LOCATION|Houston]], TX [[ZIP|77064]]
Employer contact: HR [[PERSON|Bernadette Yoon]]  ph [[PHONE|281-555-0145]]  fax [[FAX|281-555-0146]]
Carrier: Texas Mutual   Claim # [[OTHER_ID|WC-2026-0448172]]   Adjuster [[PERSON|Gil Trevino]], [[EMAIL|gtrevino@claims.example.com]]
Date of injury: [[DATE|11/17/2026]]      Date of visit: [[DATE|12/03/2026]]

Dx: lumbar strain S39.012A; mechanism: lifting 60 lb box from pallet.
Work status:
 [ ] may return to full duty
 [X] may return [[DATE|12/04/2026]] with restrictions through [[DATE|12/18/2026]]:
     - no lifting > 15 lb
     - no repetitive bending > 10x/hr
     - sit/stand as needed
     - max 6 h/day
 [ ] unable to work
Meds: meloxicam 15 mg daily, lidocaine 4% patch. PT 2x/wk x4 wk.
Next visit: [[DATE|12/17/2026]]

Treating doctor: [[PERSON|Felix Ansah-Müller]], DO   NPI [[LICENSE_NUMBER|1518433622]]   TX lic [[LICENSE_NUMBER|R8813]]
[[LOCATION|Cypress Creek Occupational Medicine]]   [[PHONE|281-555-0112]]'''),

("note-627", "note", '''TELEHEALTH SCHEDULE - Dr. [[PERSON|Nomvula Brandt-Keller]] - Fri [[DATE|12/04/2026]]
(join links auto-sent 15 min prior; backup phone if video fails)

TIME | PATIENT              | DOB        | VISIT            | BACKUP PH     | NOTES
0800 | [[PERSON|Gutierrez, Alma]]      | [[DATE|01/30/1957]] | f/u HTN          | [[PHONE|915-555-0102]]  | Spanish interp, req [[OTHER_ID|INT-448120]]
0820 | [[PERSON|Pruitt, Lonnie]]       | [[DATE|07/04/1990]] | new pt - ED      | [[PHONE|915-555-0171]]  | prefers "[[PERSON|Lon]]"
0840 | [[PERSON|Haddad, Rania]]        | [[DATE|11/11/1985]] | GLP-1 f/u        | [[PHONE|915-555-0119]]  | BMI 36, wt check
0900 | [[PERSON|Okoro, Benedict]]      | [[DATE|03/03/1931]] | AWV              | [[PHONE|915-555-0186]]  | [[AGE|95]] yo, dtr [[PERSON|Ifeoma]] on call
0920 | -- held for same-day --
0940 | [[PERSON|Stein, Avi]]           | [[DATE|9/9/01]]     | ADHD refill      | [[PHONE|915-555-0140]]  | PDMP due
1000 | [[PERSON|Castaneda-Wu, Lily]]   | [[DATE|12/25/2012]] | peds acne        | [[PHONE|915-555-0163]]  | mom [[PERSON|Grace Wu]] must be on call
1020 | [[PERSON|Benally, Harrison]]    | [[DATE|05/16/1968]] | DM2 A1c review   | [[PHONE|505-555-0127]]  | NM pt - verify loc, lives in [[LOCATION|Gallup]]
1040 | [[PERSON|Moreau, Celeste]]      | [[DATE|08/02/1979]] | UTI sx           | [[PHONE|915-555-0190]]  | sent via [[URL|https://clinic.example.com/join?u=cmoreau1040]]

Total 8. No-shows last wk: 2.'''),

("note-628", "note", '''LAB REQUISITION - [[LOCATION|Summit Reference Laboratories]]
PATIENT: [[PERSON|BOATENG, AKUA D]]     SEX: F     DOB: [[DATE|05/19/1978]]
ADDR: [[STREET_ADDRESS|3309 Ellery Ave]], [[LOCATION|Bronx]], NY [[ZIP|10461]]     PH: [[PHONE|718-555-0195]]
INS: Fidelis Care   ID [[HEALTH_PLAN_ID|FC00418827]]   NY Medicaid CIN [[HEALTH_PLAN_ID|AB44718C]]
BILL TO: [X] insurance  [ ] client  [ ] patient
ORDERING: [[PERSON|Rahul Mehta-Sinclair]], MD   NPI [[LICENSE_NUMBER|1900365002]]   fax results to [[FAX|(212) 555-0148]]
COLLECTED: [[DATE|12/03/2026]] 0812   FASTING: Y   BY: [[PERSON|JT]]
SPECIMEN ID: [[OTHER_ID|SRL2612038842]]    REQ #: [[OTHER_ID|Q-77104-2291]]

TESTS
 [X] 80053  CMP
 [X] 83036  HbA1c
 [X] 80061  lipid panel
 [X] 84443  TSH
 [X] 86803  HCV Ab w/ reflex
 [ ] 87491  CT/NG NAAT
ICD-10: E11.9, E78.5, Z11.59
Tubes: 1 SST, 1 lav. Centrifuged 0830. Temp: ambient.'''),

("note-629", "note", '''pt [[PERSON|rosa whitfield]] [[DATE|2/14/33]] called re bp cuff not syncing w/ app again, walked thru re-pairing, ok now. cb [[PHONE|803-555-0143]] if issues -[[PERSON|kj]] 1415'''),

("note-630", "note", '''SBAR 1900 - S: [[PERSON|Hollister, Wade]], [[AGE|92]] M, rm 14, POD1 L hip hemiarthroplasty, new confusion since 1600, pulling at IV. B: baseline A&Ox3 per son [[PERSON|Cliff]]. A: T 100.6, HR 104, SpO2 91% 2L, UOP 20 mL/h x3 h. R: pls eval ?delirium vs infection; CBC/UA sent, son updated at [[PHONE|541-555-0127]]. -[[PERSON|T. Begay]] RN to Dr. [[PERSON|Sorensen]]'''),
]

INTL_A = [
("intl-601", "intl", '''[[DATE|3/12/26]], 18:42 - [[PERSON|Lupita Hdz]]: Buenas tardes!! quiero hacer un pedido para mi mamá
[[DATE|3/12/26]], 18:43 - [[PERSON|Lupita Hdz]]: Nombre: [[PERSON|Josefina Hernández Ramírez]]
CURP [[OTHER_ID|HERJ580914MDFRMS02]]
fecha de nac. [[DATE|14/09/1958]]
es derechohabiente IMSS, NSS [[HEALTH_PLAN_ID|31855812347]] pero en la clínica no hay insulina 🙄
[[DATE|3/12/26]], 18:45 - [[PERSON|Lupita Hdz]]: receta del Dr. [[PERSON|Alejandro Téllez Nava]], céd. prof. [[LICENSE_NUMBER|7812334]]:
- metformina 850 mg c/12 h, 2 cajas
- losartán 50 mg, 1 caja
- insulina glargina 100 UI/ml, 2 plumas
- tiras reactivas Accu-Chek x50
[[DATE|3/12/26]], 18:47 - [[PERSON|Lupita Hdz]]: dirección de entrega: [[STREET_ADDRESS|Cerrada de Jazmín 27, Int. 4]], [[LOCATION|Col. Santa María Tepepan]], [[LOCATION|Alc. Xochimilco]], C.P. [[ZIP|16020]], [[LOCATION|CDMX]]. entre [[STREET_ADDRESS|Av. Guadalupe I. Ramírez]] y [[STREET_ADDRESS|Periférico]], portón verde
[[DATE|3/12/26]], 18:48 - [[PERSON|Lupita Hdz]]: si no contesta ella, marquen a mi cel [[PHONE|55 4182 0937]] o al fijo de la casa [[PHONE|55 5676 2214]]
[[DATE|3/12/26]], 18:50 - Farmacia: Con gusto. ¿Requiere factura?
[[DATE|3/12/26]], 18:52 - [[PERSON|Lupita Hdz]]: sí, a nombre de ella RFC [[OTHER_ID|HERJ580914KT7]], correo [[EMAIL|jose.hdz.rmz@example.com.mx]]. pago con tarjeta [[CREDIT_CARD|4523 7471 4393 3212]] vence 09/28. la entrega puede ser el sábado [[DATE|5 de diciembre]]?'''),

("intl-602", "intl", '''Asunto: Solicitud cita de telemedicina - cardiología - [[PERSON|Rodrigo Cárdenas Mejía]]

Señores
[[LOCATION|Clínica Santa Bárbara de Chapinero]]
Área de agendamiento

Cordial saludo. Solicito una cita de control por telemedicina con cardiología para mi papá, [[PERSON|Rodrigo Cárdenas Mejía]], C.C. [[OTHER_ID|19.384.227]] de [[LOCATION|Bogotá]], nacido el [[DATE|03-02-1949]], afiliado a EPS Sanitas, régimen contributivo.

- Orden médica del Dr. [[PERSON|Julián Andrés Pabón Rey]] (RM [[LICENSE_NUMBER|25-4471-09]]) del [[DATE|20 de noviembre de 2026]]
- Número de autorización EPS: [[OTHER_ID|AUT-2026-8841375]], vigente hasta el [[DATE|19/01/2027]]
- Historia clínica No. [[MRN|HC-0093812]]

Dirección de residencia: [[STREET_ADDRESS|Calle 127 # 15-34 Apto 502, Torre 2]], [[LOCATION|Santa Bárbara Central]], [[LOCATION|Bogotá D.C.]]
Celular: [[PHONE|+57 310 482 5517]]  Fijo: [[PHONE|(601) 744 2190]]
Correo: [[EMAIL|luzma.cardenas@example.com.co]]

Mi papá tiene 77 años y no maneja bien el computador, por eso la videollamada debe ser por WhatsApp a mi número. Disponibilidad: martes [[DATE|9 de diciembre]] en la mañana o jueves [[DATE|11]] después de las 2 p.m.

Agradezco su atención,
[[PERSON|Luz Marina Cárdenas Ospina]]
C.C. [[OTHER_ID|52.778.104]]'''),

("intl-603", "intl", '''hola! te paso los datos para el envío del pedido #[[OTHER_ID|FA-00318842]] 🙏
nombre: [[PERSON|Valentina Sofía Iturralde]]
DNI [[OTHER_ID|27.418.305]] / CUIL [[OTHER_ID|27-27418305-0]]
obra social: OSDE 310, nro de afiliado [[HEALTH_PLAN_ID|61 492837 4 01]]
dirección: [[STREET_ADDRESS|Av. Santa Fe 2345, 4° B]], [[LOCATION|Recoleta]], [[LOCATION|CABA]] ([[ZIP|C1425BGE]])
cel [[PHONE|+54 9 11 3874-2261]]
la receta electrónica es del Dr. [[PERSON|Martín Goldstein]], MN [[LICENSE_NUMBER|118.552]]: levotiroxina 75 mcg x 50 comp y clonazepam 0,5 mg x 30 (esa es archivada, te mando la foto). 
te transfiero desde mi CBU [[ACCOUNT_NUMBER|0070089400000041183524]], alias [[ACCOUNT_NUMBER|vale.iturralde.mp]]
si no estoy dejalo con el encargado, Don [[PERSON|Rubén]], que está de 8 a 16. gracias!! ah y mi cumple es el [[DATE|2/3]] por si me mandan el cupón jaja
pd: la web no me deja entrar a mi cuenta, dice "acceso bloqueado desde [[IP_ADDRESS|203.0.113.88]]" 😩'''),

("intl-604", "intl", '''Chào shop, mình đặt thuốc cho bố mình nhé:
Họ tên: Ông [[PERSON|Nguyễn Văn Thịnh]]
Ngày sinh: [[DATE|12/05/1951]]
CCCD: [[OTHER_ID|001051023847]]
Thẻ BHYT: [[HEALTH_PLAN_ID|HT2010120384715]]
Đơn thuốc của BS [[PERSON|Trần Thị Mai Hương]], [[LOCATION|Phòng khám Đa khoa Hồng Phúc]], kê ngày [[DATE|28/11/2026]]:
 - Amlodipin 5mg x 30 viên
 - Metformin 500mg x 60 viên
 - Atorvastatin 20mg x 30 viên
Giao đến: [[STREET_ADDRESS|Số 18, ngõ 75 Hồ Tùng Mậu]], [[LOCATION|phường Mai Dịch]], [[LOCATION|quận Cầu Giấy]], [[LOCATION|Hà Nội]]
SĐT nhận hàng: [[PHONE|0912 384 557]] (con gái - [[PERSON|Nguyễn Thu Trang]]), hoặc máy bàn [[PHONE|024 3756 2018]]
Mình chuyển khoản Vietcombank từ STK [[ACCOUNT_NUMBER|0451000387214]], nội dung "[[PERSON|NGUYEN THU TRANG]] don [[OTHER_ID|HP26120341]]".
Giao giúp mình trước [[DATE|ngày 6 tháng 12 năm 2026]] nha, bố mình sắp hết thuốc. Cảm ơn shop ạ!'''),

("intl-605", "intl", '''สวัสดีค่ะ ขอนัดปรึกษาแพทย์ออนไลน์ (เทเลเมดิซีน) ให้คุณแม่ค่ะ
ชื่อ-สกุล: นาง[[PERSON|สมศรี วงศ์ไพบูลย์]]
เลขบัตรประชาชน: [[OTHER_ID|3 1005 22912 60 9]]
วันเกิด: [[DATE|14 มี.ค. 2492]] (อายุ 77 ปี)
HN: [[MRN|64-018832]] [[LOCATION|โรงพยาบาลบางนาเวชการ]]
แพทย์ประจำ: พญ.[[PERSON|ศิริพร ตั้งจิตเจริญ]] (ว.[[LICENSE_NUMBER|28841]]) คลินิกเบาหวาน
ประกันสุขภาพ เลขกรมธรรม์ [[HEALTH_PLAN_ID|MTL-0093381274]]
ที่อยู่: [[STREET_ADDRESS|99/123 หมู่บ้านพฤกษาวิลล์ 12 ซอยบางนา-ตราด 25]] [[LOCATION|แขวงบางนาเหนือ]] [[LOCATION|เขตบางนา]] [[LOCATION|กรุงเทพฯ]] [[ZIP|10260]]
โทร: [[PHONE|089-417-2256]] (ลูกสาว [[PERSON|ปวีณา]]) / บ้าน [[PHONE|02-398-1147]]
LINE ID: [[OTHER_ID|paweena.wp]]
สะดวกวันที่ [[DATE|10 ธ.ค. 69]] ช่วงบ่ายค่ะ คุณแม่ทานยา Metformin 500 mg วันละ 2 ครั้ง น้ำตาลช่วงนี้ 180-200 ค่ะ ขอให้ส่งยาทางไปรษณีย์ด้วยนะคะ ขอบคุณค่ะ 🙏'''),

("intl-606", "intl", '''Hi doc, sy nak tanya psl ubat my father. Nama: Encik [[PERSON|Rahim bin Abdullah]], IC [[OTHER_ID|540712-14-5083]]. Dia ada appt follow-up dgn Dr [[PERSON|Lim Wei Sheng]] kat [[LOCATION|Pusat Perubatan Damansara Jaya]] pada [[DATE|8hb Disember 2026]] tp dia tak larat nak pergi, boleh tukar jadi video call?
Ubat dia: Amlodipine 10mg OD, Metformin 1g BD, Insulatard 20u ON. Stock tinggal 3 hari je.
Boleh courier ke rumah: [[STREET_ADDRESS|No. 23, Jalan SS 21/37]], [[LOCATION|Damansara Utama]], [[ZIP|47400]] [[LOCATION|Petaling Jaya]], Selangor.
Kalau tak, my bro [[PERSON|Hafiz]] boleh ambik, kereta dia [[VEHICLE_ID|WXY 8812]] (Myvi putih) - tolong bagitau guard.
Insurance: AIA medical card [[HEALTH_PLAN_ID|A0M4471093821]]
Contact sy: [[PERSON|Nurul Aina]] [[PHONE|+60 12-384 7721]] / office [[PHONE|03-7728 1190]]
email [[EMAIL|nurulaina.rahim@example.com.my]]
TQ doc 🙏'''),

("intl-607", "intl", '''hello can help me check my order status? placed on [[DATE|30 Nov]] still no update leh, the link [[URL|https://track.example.sg/p/SG-2026-118402?n=tan-mei-ling]] just say processing
name [[PERSON|Tan Mei Ling]], order no [[OTHER_ID|SG-2026-118402]]
it's for my ah ma [[PERSON|Lee Ah Moi]], she [[AGE|92]] already, NRIC [[OTHER_ID|S4498005C]], the polyclinic one is [[LOCATION|Ang Mo Kio Polyclinic]]
deliver to [[STREET_ADDRESS|Blk 412 Ang Mo Kio Ave 10 #08-1234]] Singapore [[ZIP|560412]]
if nobody answer the door pls call my hp [[PHONE|+65 9738 2214]], or my bro [[PERSON|Wei Jie]] [[PHONE|8126 4490]]
i paid by paynow already from [[PHONE|+65 9738 2214]] ref [[OTHER_ID|PN8837120]]
the appt with Dr [[PERSON|Ong]] on [[DATE|11 Dec]] can change to teleconsult also or not? she cannot walk far now'''),

("intl-608", "intl", '''您好，我要領慢性病連續處方箋第二次調劑，資料如下：
姓名：[[PERSON|陳怡君]]
身分證字號：[[OTHER_ID|A225771290]]
健保卡號：[[HEALTH_PLAN_ID|0000 4418 2973]]
出生日期：[[DATE|民國61年4月18日]]
處方醫院：[[LOCATION|仁愛聯合診所]]，醫師 [[PERSON|林建宏]]
開立日期：[[DATE|115/11/20]]，可調劑期間 [[DATE|115/12/10]] 至 [[DATE|115/12/19]]
藥品：Amlodipine 5mg 28 顆、Rosuvastatin 10mg 28 顆
寄送地址：[[ZIP|106]][[LOCATION|台北市]][[LOCATION|大安區]][[STREET_ADDRESS|復興南路一段390號5樓之2]]
手機：[[PHONE|0933-618-205]]
Email：[[EMAIL|yijun.chen72@example.com.tw]]
電子發票請存手機條碼 [[OTHER_ID|/K7R.3Q9]]
另外我爸爸 [[PERSON|陳國雄]] 今年[[AGE|93]]歲，他的藥可以一起寄嗎？他的健保卡號 [[HEALTH_PLAN_ID|0000 2157 8830]]。謝謝！'''),

("intl-609", "intl", '''Dear [[LOCATION|Harbour View Medical Centre]] 姑娘,

我想book下星期三 ([[DATE|9/12]]) 嘅 video consult 覆診, 見返 Dr [[PERSON|Leung]]. Details:
病人: [[PERSON|WONG Ka Yee, Karen]] ([[PERSON|黃嘉儀]])
HKID: [[OTHER_ID|Y826976(7)]]
DOB: [[DATE|23/06/1988]]
HA patient no.: [[MRN|HN08812347]]
地址: [[STREET_ADDRESS|Flat C, 18/F, Block 2, Kornhill Gardens, 1120 King's Road]], [[LOCATION|Quarry Bay]]
手機: [[PHONE|+852 9123 4871]]  office fax: [[FAX|2815 3360]]
Insurance: Bupa 卡號 [[HEALTH_PLAN_ID|BP-7738201604]]

上次 [[DATE|28/10]] 開嘅 sertraline 50mg 得返一星期, 可唔可以 consult 之後順豐寄藥去公司? 公司地址 [[STREET_ADDRESS|Room 1203, 12/F, Oxford House, 979 King's Road]], [[LOCATION|Taikoo Place]]. 診金我會 FPS 過數, FPS ID [[ACCOUNT_NUMBER|163720845]].

唔該晒!
[[PERSON|Karen]]'''),

("intl-610", "intl", '''Assalam o alaikum, mujhe apni ammi ki medicines order karni hain, monthly wali.
Patient: [[PERSON|Nasreen Akhtar]] w/o [[PERSON|Muhammad Akhtar Chaudhry]]
CNIC: [[OTHER_ID|35202-4417823-6]]
DOB: [[DATE|15-08-1956]]
Prescription: Dr. [[PERSON|Imran Qureshi]] (PMDC [[LICENSE_NUMBER|48213-P]]), [[LOCATION|Ittefaq Family Clinic]], dated [[DATE|28-11-2026]]
 - Tab Concor 5mg 1+0+0 x 30
 - Tab Glucophage XR 750mg 0+0+1 x 30
 - Tab Lipiget 10mg x 30
Address: [[STREET_ADDRESS|House 14-B, Street 7, Block K]], [[LOCATION|DHA Phase 5]], [[LOCATION|Lahore]] [[ZIP|54792]] (near the masjid, green gate)
Mobile / JazzCash: [[PHONE|0321-4478195]]
Payment bank transfer kar dunga, HBL IBAN [[IBAN|PK29 HABB 1607 4378 2761 6451]] se.
براہ کرم دوائیں [[DATE|5 دسمبر]] سے پہلے بھیج دیں، امی کی دوائی ختم ہونے والی ہے۔ شکریہ
[[PERSON|عمر فاروق]] (beta)'''),
]

INTL_B = [
("intl-611", "intl", '''CHANNELLING APPOINTMENT CONFIRMATION - [[LOCATION|Kandy Hillview Hospital]]
Ref No: [[OTHER_ID|CH-26120917]]     Appointment No: 17
Patient: Mrs. [[PERSON|W. A. Dilrukshi Perera]]     NIC: [[OTHER_ID|198563501234]]
Doctor: Dr. [[PERSON|K. Sivakumaran]] - Consultant Cardiologist (SLMC Reg. [[LICENSE_NUMBER|18442]])
Date: [[DATE|09.12.2026]]   Time: 6.30 p.m. (please come 30 min early)
Contact: [[PHONE|077 318 4452]]
Address: [[STREET_ADDRESS|No. 42/3, Temple Road]], [[LOCATION|Peradeniya]] [[ZIP|20400]]
Paid: LKR 3,450.00 (doctor fee 2,500 + hospital 750 + booking 200) by card [[CREDIT_CARD|5397 2444 6213 6460]]

--- patient reply ---
Thank you. My husband [[PERSON|Nimal Perera]] (NIC [[OTHER_ID|692741583V]]) will also come, can he see the same doctor after me? His reports from [[LOCATION|Teaching Hospital Peradeniya]] dated [[DATE|21/11/2026]] are with us.
කරුණාකර මගේ සැමියාටත් වේලාවක් දෙන්න. ගෙදර දුරකථන අංකය [[PHONE|081 238 4471]]. ස්තූතියි - [[PERSON|දිල්රුක්ෂි]]'''),

("intl-612", "intl", '''नमस्ते, मेरो बुबा [[PERSON|हरि प्रसाद अधिकारी]] को लागि अनलाइन परामर्श बुक गर्न चाहन्छु।
नागरिकता नं.: [[OTHER_ID|२७-०१-७६-०५४३२]]
स्वास्थ्य बीमा नं.: [[HEALTH_PLAN_ID|४१२०३८८७५]]
जन्म मिति: [[DATE|२०१०/०५/१४]] (बि.सं.)
ठेगाना: [[LOCATION|ललितपुर महानगरपालिका-१]], [[LOCATION|कुपण्डोल]], [[STREET_ADDRESS|घर नं. ३२४]]
मोबाइल: [[PHONE|९८५१०७७३२४]] (म, छोरा [[PERSON|सुमन]])
पहिले [[LOCATION|पाटन अस्पताल]] मा डा. [[PERSON|सुनिता श्रेष्ठ]] (NMC नं. [[LICENSE_NUMBER|१२४८८]]) लाई देखाएको थियो, [[DATE|२०८३ कात्तिक १८]] मा। अहिले प्रेसर 160/100 छ, Amlodipine 5 mg खाइरहनुभएको छ।
[[DATE|२०८३ मंसिर २२]] गते बिहान हुन्छ? fee eSewa बाट [[PHONE|९८५१०७७३२४]] तिर्छु। pls reply soon, dhanyabad'''),

("intl-613", "intl", '''السلام عليكم،
مرفق طلب استرداد مصاريف علاج خارج الشبكة.
اسم المؤمَّن عليه: [[PERSON|محمود عبد الرحمن السيد]]
الرقم القومي: [[OTHER_ID|٢٦٥٠٣١٨٠١٠٢٣٤٥]]
رقم بطاقة التأمين: [[HEALTH_PLAN_ID|AXA-5573091244]]
العنوان: [[STREET_ADDRESS|١٤ شارع أحمد عرابي، الدور الثالث، شقة ٧]]، [[LOCATION|المهندسين]]، [[LOCATION|الجيزة]]
موبايل: [[PHONE|+20 10 2345 8871]] — واتساب نفس الرقم
تاريخ الكشف: [[DATE|٢٩/١١/٢٠٢٦]] الموافق [[DATE|١٩ جمادى الآخرة ١٤٤٨]]
الطبيب: د. [[PERSON|هالة منصور]] — استشاري أمراض الباطنة، [[LOCATION|مركز النيل الطبي]]
قيمة الكشف ٨٠٠ جنيه + تحاليل (HbA1c, CBC) ٦٥٠ جنيه، الإيصال رقم [[OTHER_ID|44812]].
رقم المطالبة السابقة: [[OTHER_ID|CLM-884120]]
برجاء التحويل على الحساب: [[IBAN|EG43 1075 1621 0850 8549 8944 9943 7]] باسم [[PERSON|محمود عبد الرحمن السيد]].
وشكراً،
ابنه [[PERSON|كريم]] — [[EMAIL|karim.m.elsayed@example.com.eg]]'''),

("intl-614", "intl", '''Bonjour,
Je voudrais commander les médicaments de ma mère, Mme [[PERSON|Fatima Zahra El Idrissi]].
CIN : [[OTHER_ID|BE472381]]
Immatriculation CNSS (AMO) : [[HEALTH_PLAN_ID|118447392]]
Ordonnance du Dr [[PERSON|Youssef Benjelloun]] (INPE [[LICENSE_NUMBER|061204478]]) du [[DATE|02/12/2026]] :
 - Amaryl 2 mg, 1 cp le matin
 - Coversyl 5 mg
 - Kardégic 75 mg
Adresse : [[STREET_ADDRESS|Résidence Al Manar, Imm. 12, Appt 8, Bd Abdelmoumen]], [[LOCATION|Maârif]], [[ZIP|20330]] [[LOCATION|Casablanca]]
Tél : [[PHONE|06 61 23 84 47]]
Livraison le lundi [[DATE|7 décembre]] si possible.
ila ma kantch f dar 3ayto 3la khti [[PERSON|Salma]] f [[PHONE|0677-418-255]], hiya katskon f nafs l'immeuble.
Remboursement éventuel sur le RIB [[ACCOUNT_NUMBER|007 780 0004518300030487 62]].
Merci, [[PERSON|Hamza El Idrissi]]'''),

("intl-615", "intl", '''שלום רב,
אני צריכה לחדש מרשם קבוע לאבא שלי.
שם: [[PERSON|יוסף בן-דוד]]
ת.ז.: [[OTHER_ID|029778198]]
תאריך לידה: [[DATE|12.03.1936]] (בן [[AGE|90]])
קופה: כללית מושלם
רופאת משפחה: ד״ר [[PERSON|מרים לוינסון]], מ.ר. [[LICENSE_NUMBER|34812]], [[LOCATION|מרפאת קרית משה]]
כתובת למשלוח: [[STREET_ADDRESS|רחוב הרצל 47 דירה 12]], [[LOCATION|רחובות]] [[ZIP|7630447]]
טלפון: [[PHONE|054-7712834]] (אני, [[PERSON|נועה]]) או בבית [[PHONE|08-9461127]]
תרופות: אלטרוקסין 50 מק״ג, נורמיטן 50 מ״ג, פוסיד 40 מ״ג
יש לו תור לקרדיולוג ב-[[DATE|כ״ג בכסלו תשפ״ז]], אפשר להעביר לשיחת וידאו?
החזר כספי לחשבון [[IBAN|IL55 0108 1572 1802 3842 773]].
תודה, [[EMAIL|noa.bendavid@example.co.il]]'''),

("intl-616", "intl", '''Καλησπέρα σας,
θα ήθελα να παραγγείλω τα φάρμακα της μητέρας μου με βάση την ηλεκτρονική συνταγή.
Ονοματεπώνυμο: [[PERSON|Αικατερίνη Παπαδοπούλου]]
ΑΜΚΑ: [[HEALTH_PLAN_ID|12093880982]]
ΑΦΜ: [[OTHER_ID|045718923]]
Κωδ. συνταγής: [[OTHER_ID|2611203348761]]
Γιατρός: Δρ [[PERSON|Νικόλαος Σταυρίδης]], καρδιολόγος
Διεύθυνση: [[STREET_ADDRESS|Λεωφ. Αλεξάνδρας 112]], [[ZIP|114 73]] [[LOCATION|Αθήνα]] (4ος όροφος, κουδούνι «[[PERSON|Παπαδοπούλου]]»)
Κιν.: [[PHONE|697 481 2205]]
Παράδοση Σάββατο [[DATE|5/12]] πρωί. Για επιστροφή χρημάτων: [[IBAN|GR23 0119 0030 1229 1260 0904 799]].
Ευχαριστώ, [[PERSON|Γιώργος Παπαδόπουλος]]'''),

("intl-617", "intl", '''Доброго дня!
Прошу записати мою маму на онлайн-консультацію до кардіолога.
ПІБ: [[PERSON|Ковальчук Ганна Петрівна]]
Дата народження: [[DATE|08.04.1957]]
РНОКПП: [[OTHER_ID|2091703627]]
Декларація з сімейним лікарем № [[OTHER_ID|0001-4X7K-M2P9]], лікар [[PERSON|Шевчук Олена Вікторівна]], [[LOCATION|АЗПСМ № 3 Шевченківського району]]
Адреса: [[STREET_ADDRESS|вул. Січових Стрільців, 21, кв. 48]], [[LOCATION|м. Київ]], [[ZIP|04053]]
Тел.: [[PHONE|+380 67 412 3391]] (моя донька [[PERSON|Ірина]] — [[PHONE|+380 50 118 7264]])
Електронний рецепт: [[OTHER_ID|3K7M-9P2X-4T8E-1H5A]] (бісопролол 5 мг), виписаний [[DATE|27 листопада 2026 р.]]
Зручно [[DATE|10.12]] після 15:00. Оплату зроблю карткою [[CREDIT_CARD|5265 9035 8331 9029]] або на рахунок [[IBAN|UA59 3052 9995 8187 8127 3202 8776 0]].
Дякую!'''),

("intl-618", "intl", '''Hei!
Jeg bestiller på vegne av faren min, som ikke bruker nettbank.
Navn: [[PERSON|Kjell Arne Solberg]]
Fødselsnr.: [[OTHER_ID|140352 41249]]
Adresse: [[STREET_ADDRESS|Thereses gate 14B, H0302]], [[ZIP|0452]] [[LOCATION|Oslo]]
Mob.: [[PHONE|+47 412 34 567]]
Fastlege: [[PERSON|Ingrid Haugland]], [[LOCATION|Bislett legesenter]] (HPR-nr. [[LICENSE_NUMBER|9144271]])
E-resept på Eliquis 5 mg og Atorvastatin 40 mg, hentes på Vitus Apotek [[LOCATION|Majorstuen]] fredag [[DATE|4. desember]].
Frikortnummer: [[HEALTH_PLAN_ID|40216633]]
Refusjon kan gå til kontoen hans, [[IBAN|NO09 6764 7992 617]].
Hilsen [[PERSON|Marte Solberg]], [[PHONE|926 18 443]]'''),

("intl-619", "intl", '''hej, det er [[PERSON|Mette Kjærgaard Nielsen]] (cpr [[OTHER_ID|090688-5128]]) - min søn [[PERSON|Oskar]] (cpr [[OTHER_ID|110121-4437]]) har haft feber siden [[DATE|28/11]], kan lægen ringe på [[PHONE|+45 21 43 87 65]]? vi bor [[STREET_ADDRESS|Jægersborggade 31, 2. tv.]], [[ZIP|2200]] [[LOCATION|København N]], recept til [[LOCATION|Nørrebro Apotek]] tak'''),

("intl-620", "intl", '''Hei,
tilaan lääkkeet isälleni, joka asuu yksin:
[[PERSON|Pentti Johannes Virtanen]], hetu [[OTHER_ID|230447-286D]]
[[STREET_ADDRESS|Hämeenkatu 19 B 27]], [[ZIP|33200]] [[LOCATION|Tampere]]
puh. [[PHONE|040 718 2293]]
Omalääkäri [[PERSON|Aino Laaksonen]], [[LOCATION|Hervannan terveysasema]]. E-reseptit: Marevan 3 mg ja Furesis 40 mg, Kela-korvaus suoraan apteekissa.
Toimitus mieluiten ke [[DATE|9.12]]. iltapäivällä. Lasku minulle: [[PERSON|Sanna Virtanen-Koski]], [[EMAIL|sanna.vk@example.fi]], tili [[IBAN|FI53 3646 5082 6976 15]].
Samalla tilaisin tyttärelleni [[PERSON|Ella]] (hetu [[OTHER_ID|110912A473P]]) Buranaa 400 mg 30 tabl.
Kiitos!'''),
]

INTL_C = [
("intl-621", "intl", '''Betreff: Befundübermittlung / Videosprechstunde - Fr. [[PERSON|Hermine Gruber-Stolz]]

Sehr geehrte Damen und Herren,

ich schreibe im Auftrag meiner Mutter, Frau [[PERSON|Hermine Gruber-Stolz]], SV-Nr. [[HEALTH_PLAN_ID|1233 170339]], geb. [[DATE|17.03.1939]], wohnhaft [[STREET_ADDRESS|Liechtensteinstraße 88/2/14]], [[ZIP|1090]] [[LOCATION|Wien]].

Sie war vom [[DATE|19.11]]. bis [[DATE|25. November 2026]] in der [[LOCATION|Privatklinik Währing]] stationär (Pat.-Nr. [[MRN|PKW-2026-44187]]). Der Entlassungsbrief wurde leider nur an die Hausärztin, Dr.in [[PERSON|Sabine Aschauer]] ([[LOCATION|Gruppenpraxis Alsergrund]], Fax [[FAX|+43 1 319 44 87-20]]), geschickt. Ich bitte um Übermittlung einer Kopie per ELGA bzw. an meine E-Mail [[EMAIL|f.gruber@example.at]].

Außerdem ersuche ich um einen Termin für eine Videosprechstunde bei OA Dr. [[PERSON|Mehmet Yıldırım]] zur Nachkontrolle (Marcoumar-Einstellung, INR zuletzt 1,8). Meine Mutter ist 87-jährig und hört schlecht; bitte rufen Sie mich an: [[PHONE|+43 664 3918 227]].

Die Rechnung für die Sonderklasse bitte an mich; Rückerstattungen auf [[IBAN|AT22 9163 9532 0149 8005]].

Mit freundlichen Grüßen
Mag. [[PERSON|Florian Gruber]]
[[STREET_ADDRESS|Schottenfeldgasse 61/9]], [[ZIP|1070]] [[LOCATION|Wien]]

PS: Medikation laut Entlassungsbrief (soweit ich es vom Foto lesen kann): Marcoumar lt. Schema, Bisoprolol 2,5 mg 1-0-0, Pantoloc 40 mg 1-0-0, Novalgin Tropfen 20 gtt bei Bedarf, max. 4x/Tag. Die Heimhilfe, Frau [[PERSON|Ivana Petrović]] ([[PHONE|+43 676 882 41 90]]), kommt Mo-Fr um 8 Uhr und könnte das CoaguChek-Gerät meiner Mutter (SN [[DEVICE_ID|UP70418833]]) bedienen, falls Sie eine INR-Messung vor dem Termin brauchen. Der Pflegegeldbescheid (Stufe 3) vom [[DATE|02.10.2026]] liegt bei, ebenso die Vollmacht. Meine Schwester, [[PERSON|Katharina Gruber-Lenz]], ist Zweitkontakt: [[PHONE|0699 1728 3305]].'''),

("intl-622", "intl", '''Bonjour,
Je vous transmets la facture ci-jointe pour remboursement (tiers garant).
Assuré : [[PERSON|Laurent Mathys]]
N° AVS : [[HEALTH_PLAN_ID|756.0904.7991.56]]
N° carte d'assuré : [[HEALTH_PLAN_ID|80756009736993563279]]
Adresse : [[STREET_ADDRESS|Chemin des Pâquerettes 7]], [[ZIP|1004]] [[LOCATION|Lausanne]]
Tél. : [[PHONE|+41 79 418 22 63]]
Médecin : Dr [[PERSON|Anne-Sophie Rochat]], [[LOCATION|Cabinet médical de la Pontaise]], GLN [[LICENSE_NUMBER|7601000468819]], RCC [[LICENSE_NUMBER|K 2231.17]]
Date de traitement : [[DATE|1er décembre 2026]] (consultation + ECG), CHF 186.45, TARMED.
Merci de verser le montant sur [[IBAN|CH09 0029 7781 9955 6320 2]] (titulaire [[PERSON|Laurent Mathys]]).
Meilleures salutations'''),

("intl-623", "intl", '''Kia ora koutou,
I'd like to book a phone consult for my koro, [[PERSON|Hēmi Te Rangi Walker]]. He's [[AGE|91]] and doesn't do video.
NHI: [[HEALTH_PLAN_ID|ZAC4187]]
DOB: [[DATE|02/08/1935]]
Address: [[STREET_ADDRESS|14 Kōwhai Street]], [[LOCATION|Aranui]], [[LOCATION|Christchurch]] [[ZIP|8061]]
Ph: [[PHONE|(03) 388 4417]] (landline, let it ring lots) or me, [[PERSON|Aroha]], on [[PHONE|027 418 3392]]
GP is Dr [[PERSON|Tama Ngata]] at [[LOCATION|Linwood Avenue Medical Centre]] but they can't fit him in till next year.
He needs his repeats: bendroflumethiazide 2.5 mg, allopurinol 300 mg, and the Seretide inhaler. Could the script go to the Unichem in [[LOCATION|Eastgate]]?
Tue [[DATE|8 Dec]] or Wed [[DATE|9 Dec]] morning works. If someone needs to pick him up for bloods, his mobility parking permit is on his car, rego [[VEHICLE_ID|KRT482]].
Ngā mihi, [[PERSON|Aroha Walker]] ([[EMAIL|aroha.walker@example.co.nz]])'''),

("intl-624", "intl", '''Good morning, please I want to order BP medicine for my mother Madam [[PERSON|Akosua Serwaa Mensah]].
Ghana Card: [[OTHER_ID|GHA-718254390-3]]
NHIS no: [[HEALTH_PLAN_ID|08817264]]
DOB: [[DATE|12/04/1952]]
Address: [[STREET_ADDRESS|GA-183-8164]], [[STREET_ADDRESS|Nii Okaiman Street]], [[LOCATION|Dome]], [[LOCATION|Accra]] (behind the Presby church, yellow storey house)
Prescription from Dr. [[PERSON|Kwabena Owusu-Ansah]] (MDC reg [[LICENSE_NUMBER|MDC/RN/11842]]), [[LOCATION|Dome Family Clinic]], dated [[DATE|03/12/2026]]: Amlodipine 10mg, Losartan 50mg, Aspirin 75mg, 1 month each.
I will pay MoMo from [[PHONE|024 418 7730]] (name [[PERSON|Yaw Mensah]]).
Mepa wo kyɛw, sɛ wopɛ me a frɛ me wɔ [[PHONE|020 771 4836]]. Me maame nnim English pa ara, enti frɛ me kan. Medaase!'''),

("intl-625", "intl", '''Habari za asubuhi,
Naomba kuagiza dawa za kisukari na presha kwa baba yangu Mzee [[PERSON|Juma Omari Mrisho]].
Namba ya NIDA: [[OTHER_ID|19530718-11101-00002-14]]
Kadi ya NHIF: [[HEALTH_PLAN_ID|101384472219]]
Tarehe ya kuzaliwa: [[DATE|18/07/1953]]
Anwani: [[STREET_ADDRESS|S.L.P. 3391]], [[LOCATION|Dar es Salaam]]. Anaishi [[LOCATION|Sinza]], [[STREET_ADDRESS|Mtaa wa Kumekucha, Nyumba Na. 14]], [[LOCATION|Kinondoni]].
Simu: [[PHONE|+255 754 318 226]] (M-Pesa namba hiyo hiyo)
Cheti cha daktari: Dkt. [[PERSON|Neema Lyimo]], [[LOCATION|Hospitali ya Mwananyamala]], tarehe [[DATE|4/12/2026]]:
 - Metformin 500mg mara 2 kwa siku
 - Nifedipine 20mg mara 1
Mimi ni [[PERSON|Rehema Juma]], [[PHONE|0713 906 441]]. Asante sana!'''),

("intl-626", "intl", '''Ssebo/Nnyabo, kindly deliver these meds, the patient cannot come to the pharmacy.
Patient: [[PERSON|Nakato Prossy Ssemakula]]
NIN: [[OTHER_ID|CF84021103KXRA]]
Jubilee Health member no.: [[HEALTH_PLAN_ID|JHU/04/118834/01]]
Address: [[STREET_ADDRESS|Plot 27, Kiwatule Road]], [[LOCATION|Kiwatule]], [[LOCATION|Nakawa Division]], [[LOCATION|Kampala]]
Tel: [[PHONE|+256 772 418 336]] / MTN MoMo [[PHONE|0772 418 336]]
Rx by Dr. [[PERSON|Okello James]] (UMDPC reg [[LICENSE_NUMBER|UMDPC/12884]]) at [[LOCATION|Kiwatule Medical Centre]], [[DATE|5th December 2026]]:
 Coartem 80/480 x 6 tabs, Paracetamol 1g tds x 3/7
Our boda guy [[PERSON|Kato]] can pick them, bike reg [[VEHICLE_ID|UFD 482K]].
Webale nnyo! - [[PERSON|Prossy]]'''),

("intl-627", "intl", '''A chara,

Ba mhaith liom athnuachan a iarraidh ar oideas mo mháthar, [[PERSON|Máire Ní Ghallchóir]] (dáta breithe [[DATE|14/07/1941]]). Tá cárta leighis aici, uimhir [[HEALTH_PLAN_ID|28819347B]], agus is é a huimhir UPSP [[OTHER_ID|7277395L]].

Seoladh: [[STREET_ADDRESS|Mín an Chladaigh]], [[LOCATION|Gort an Choirce]], [[LOCATION|Co. Dhún na nGall]], [[ZIP|F92 X3K8]]

Is é an Dr. [[PERSON|Pádraig Mac Giolla Bhríde]] (IMC [[LICENSE_NUMBER|418823]]) a dochtúir teaghlaigh, [[LOCATION|Ionad Sláinte Ghort an Choirce]], fón [[PHONE|074 918 0236]].
Cógais: Eltroxin 100mcg, Lipitor 20mg, Calcichew D3 Forte.

Ba bhreá liom an t-ordú a fháil roimh an [[DATE|18 Nollaig]]. Cuir glaoch orm ar [[PHONE|087 614 2290]] más gá.

Go raibh maith agat,
[[PERSON|Caitríona Nic Aoidh]] (iníon)

PS in English in case: the delivery fee can go on my card [[CREDIT_CARD|4803 2003 6502 0558]], and please post to Mam's address above, not mine in [[LOCATION|Letterkenny]].'''),

("intl-628", "intl", '''# export: repeat_orders_uk_[[DATE|2026-12-03]].csv
order_ref,title,first_name,last_name,dob,health_no,address1,address2,town,postcode,mobile,gp_practice,notes
[[OTHER_ID|LP-884021]],Mrs,[[PERSON|Morag]],[[PERSON|MacLennan-Oduya]],[[DATE|1947-11-30]],[[HEALTH_PLAN_ID|3011474427]],[[STREET_ADDRESS|Flat 2/1]],[[STREET_ADDRESS|17 Caird Drive]],[[LOCATION|Glasgow]],[[ZIP|G11 5DX]],[[PHONE|07700 900417]],[[LOCATION|Partickhill Medical Practice]],"CHI; free Rx (Scotland)"
[[OTHER_ID|LP-884022]],Mr,[[PERSON|Gethin]],[[PERSON|ap Dafydd]],[[DATE|1958-02-19]],[[HEALTH_PLAN_ID|476 016 0744]],[[STREET_ADDRESS|2 Heol y Bont]],,[[LOCATION|Llanrwst]],[[ZIP|LL26 0AB]],[[PHONE|07700 900583]],[[LOCATION|Meddygfa Llanrwst]],"Welsh-speaking, deliver Thu only; Blue Badge [[OTHER_ID|G9X7 2K41 8M05 1226]]"
[[OTHER_ID|LP-884023]],Ms,[[PERSON|Siobhán]],[[PERSON|McAteer]],[[DATE|1990-09-05]],[[HEALTH_PLAN_ID|399 458 0730]],[[STREET_ADDRESS|44 Glen Road]],[[LOCATION|Andersonstown]],[[LOCATION|Belfast]],[[ZIP|BT11 8BL]],[[PHONE|07700 900266]],[[LOCATION|Falls Road Surgery]],"H&C no.; NI no. [[OTHER_ID|JT482193C]] given for exemption check"
[[OTHER_ID|LP-884024]],Dr,[[PERSON|Ravinder]],[[PERSON|Sandhu-Cole]],[[DATE|1969-04-27]],[[HEALTH_PLAN_ID|427 320 2875]],[[STREET_ADDRESS|The Old Forge]],[[STREET_ADDRESS|Church Lane]],[[LOCATION|Much Wenlock]],[[ZIP|TF13 6AF]],[[PHONE|07700 900731]],[[LOCATION|Wenlock Surgery]],"PPC holder, cert [[OTHER_ID|PPC5528197]]; car [[VEHICLE_ID|LK19 VNX]] for click & collect"'''),

("intl-629", "intl", '''G'day, ordering Dad's scripts again, he's [[AGE|94]] now and can't get into town much.
Name: [[PERSON|Barry Wayne Kowalski]]
DOB: [[DATE|27/10/1932]]
Medicare: [[HEALTH_PLAN_ID|2549 89445 1]], IRN 2
DVA Gold Card: [[HEALTH_PLAN_ID|NX418827]]
IHI: [[HEALTH_PLAN_ID|8003 6066 3923 3216]]
Address: [[STREET_ADDRESS|Lot 4, 1187 Kangaroo Flat Rd]], [[LOCATION|Gunnedah]] NSW [[ZIP|2380]]. Postal is [[STREET_ADDRESS|RMB 2214]], same postcode. Leave parcel in the esky by the front gate, mind the dog.
Scripts from Dr [[PERSON|Chloe Nguyen-Farrell]] (prescriber no. [[LICENSE_NUMBER|2418833]]) at [[LOCATION|Gunnedah Rural Health Centre]], eScript tokens sent to my phone, first one is [[OTHER_ID|2K7MQ9XR4T3PWB8HJ6]].
 - Tritace 5mg
 - Lasix 40mg
 - Panadol Osteo 665mg (RPBS)
Home ph [[PHONE|(02) 5550 4471]], my mobile [[PHONE|0491 570 156]]. Card for any gap: [[CREDIT_CARD|4360 3736 8796 2925]].
Cheers, [[PERSON|Sharon Kowalski]]'''),

("intl-630", "intl", '''வணக்கம், என் அம்மா [[PERSON|லட்சுமி சுப்ரமணியம்]] அவர்களுக்கு மாதாந்திர மருந்துகள் ஆர்டர் செய்ய வேண்டும்.
Patient: [[PERSON|Lakshmi Subramaniam]], DOB [[DATE|02-03-1952]]
Aadhaar: [[OTHER_ID|7994 3724 0608]]
ABHA no: [[HEALTH_PLAN_ID|91-4418-2276-3305]], ABHA address [[OTHER_ID|lakshmi.s1952@abdm]]
Star Health policy: [[HEALTH_PLAN_ID|P/141121/01/2027/004418]]
முகவரி: [[STREET_ADDRESS|Old No. 12, New No. 27, 3rd Cross Street]], [[LOCATION|Kasturba Nagar]], [[LOCATION|Adyar]], [[LOCATION|Chennai]] - [[ZIP|600 020]]
Mobile: [[PHONE|+91 98410 55231]] (மகன் [[PERSON|ரமேஷ்]])
Prescription: Dr. [[PERSON|R. Venkataraman]], TNMC Reg. No. [[LICENSE_NUMBER|71842]], [[LOCATION|Adyar Diabetes Care Centre]], [[DATE|04-12-2026]]
 Tab. Glycomet GP 2 (1-0-1), Tab. Telma 40 (1-0-0), Tab. Ecosprin 75 (0-1-0)
UPI payment from [[ACCOUNT_NUMBER|ramesh.subbu@okaxis]]. தயவுசெய்து [[DATE|டிசம்பர் 8]] க்குள் அனுப்பவும். நன்றி!'''),
]

TEXTS = NOTES_A + NOTES_B + NOTES_C + INTL_A + INTL_B + INTL_C

"""heldout5 notes + international texts (CC0-1.0, everything invented).

Markup: every identifier is written inline as [[TYPE|value]]; build_heldout3.py --set heldout5
strips the markup, computes character offsets (end exclusive) and validates.
"""

# Annotation decisions for cases the README guidelines do not spell out
# (for the README's notes):
#
# US notes
# - FIN, encounter, episode-of-care and billing account numbers are
#   ACCOUNT_NUMBER. Claim, denial, appeal, auth-request and peer-to-peer call
#   references, EMS run numbers, DME supplier orders, court case numbers,
#   NEMT trip numbers, drug-screen CCF numbers, IIS client IDs, employee IDs,
#   interpreter IDs, video-platform session IDs and dictation job numbers are
#   OTHER_ID; so are specimen, accession and kit-barcode numbers (as in heldout4).
# - Medicaid IDs, MBIs and group numbers are HEALTH_PLAN_ID. A masked SSN
#   ("xxx-xx-4412") is not annotated.
# - NPI, DEA, state PT licence and EMS certification numbers are LICENSE_NUMBER.
#   A CLIA number (it identifies a lab, not a person) is not annotated.
# - Lot numbers, CPT/HCPCS/ICD-10 codes, G/P notation (G2P1001), gestational
#   ages, OASIS/MDS item codes and scores ("MoCA 11/30", ADL "3/2"), room
#   numbers, vent/BiPAP settings ("10/5") and public numbers (988) are not
#   annotated.
# - Contact data is annotated whoever it belongs to: a payer's PO box, an
#   employer's address, a funeral home's phone, a pharmacy's address.
# - A street name without a house number ("walks on Larkspur Lane") is a
#   STREET_ADDRESS.
# - Pagers and bare internal extensions ("pgr 4-5521", "ext x4471") are PHONE;
#   an extension after a full number is inside that PHONE span.
# - Staff initials used as a signature or in a flowsheet ("-rk rn", "JKW") and
#   transcriptionist initials ("LMB") are PERSON.
# - An ambulance unit number ("Unit M-17") and licence plates are VEHICLE_ID;
#   the state letters before a plate stay outside.
# - A fall-alert pendant ID, a BP-cuff IMEI and a home INR meter serial are
#   DEVICE_ID.
# - Named home-health agencies, hospices, sleep centres, labs, imaging centres,
#   dental and medical practices, urgent cares and school-based health centres
#   are health facilities (one LOCATION, place names included). Schools,
#   employers, EMS agencies, DME suppliers, funeral homes, payers and chain
#   pharmacy brands are not annotated; an independently named pharmacy is a
#   LOCATION, and so is a named branch ("Pine Tree Medical Supply, Saco branch"
#   -> "Saco").
# - In a non-facility organisation name, the place part alone is a LOCATION
#   ("Jackson County Area Agency on Aging", "Probate Court, Cuyahoga County").
# - Each end of a date range is its own DATE; in a signature timestamp only the
#   date is a DATE; month-year ("11/2027", "Aug 2026") is a DATE.
# - OCR-garbled identifiers ("D0B: O3/l4/l988", "5971S") keep their type.
# - Ages over 89 are annotated as ASCII digits only (the validator requires
#   it), so no text writes such an age in words or non-ASCII digits.
#
# International texts
# - Honorifics, titles and kinship words stay outside PERSON in every language
#   (様, さん, 先生, 님, 씨, 교수, Ibu/Bapak, dr., Chief, Mnr./mev., ወ/ሮ, አቶ,
#   ዶ/ር, السيد, د., خانم/آقای/دکتر, Uzm. Dr., lek., MUDr., dr., Dna, Sig.,
#   Dott.ssa, D./D.ª, Mme/née, Herr, Dr. med., Sra./Dra., ქალბატონი/ბატონი,
#   মোঃ/মোছাঃ, ডা., 阿姨). Patronymics, "bin", double surnames, a nickname in
#   brackets and the Hungarian married form ("Kovács Istvánné") are inside.
# - Unit words stay inside LOCATION ("г. Москва", "Kel. Cipete Utara",
#   "Kec. Kebayoran Baru", "Brgy. San Isidro", "Cumhuriyet Mah.", "حي الياسمين",
#   "Алматы қаласы", "XI. kerület", "ወረዳ 08", "ვაკის რაიონი"). A Turkish
#   mahalle is a LOCATION of its own, separate from the street.
# - Cities that are also a province or emirate (서울특별시, İstanbul, Dubai) are
#   LOCATION. Provinces, regions, oblasts, prefectures, Romanian județe,
#   Italian province letters and ostans (東京都, 四川省, Rizal, (PV), jud.
#   Sibiu) are not annotated.
# - Local address units are inside STREET_ADDRESS ("RT 004/RW 07", "д. 14,
#   корп. 3, кв. 118", "No: 17 D: 6", "bl. 4, sc. B, ap. 21", "3栋2单元501室",
#   "102동 1503호", "m. 3", "ბ. 12"). A Saudi short national address and a
#   Dubai Makani number are STREET_ADDRESS; the Saudi additional number is
#   inside the ZIP ("13325-7761"). An Ethiopian house number is a
#   STREET_ADDRESS.
# - Japanese 保険者番号 identifies the insurer and is not annotated; the
#   被保険者番号 is HEALTH_PLAN_ID. A Czech insurer code (ZP 111) and a German
#   BSNR (practice number) are not annotated.
# - National identity numbers are OTHER_ID: CPF, NIF, マイナンバー,
#   주민등록번호, NIK, PhilSys card number, NIN, Kenyan ID, KRA PIN, SA ID, Fayda
#   FIN, Saudi national ID, Emirates ID, کد ملی, T.C. Kimlik No, СНИЛС, ИИН,
#   Georgian personal number, PESEL, rodné číslo, CNP, codice fiscale, NIE,
#   Uruguayan C.I., RUT (also a staff member's), Bangladeshi NID, 居民身份证.
# - Health and insurance numbers are HEALTH_PLAN_ID: CNS (Cartão SUS), a
#   convênio card, n.º de utente SNS, 被保険者番号, 건강보험증번호, BPJS,
#   PhilHealth PIN, NHIA, SHA, medical-aid member number, CBHI, Iranian
#   insurance number, Saudi/UAE insurance card, Turkish policy number,
#   полис ОМС, Georgian insurance policy, číslo pojištěnce (same digits as the
#   rodné číslo, annotated by its label), TAJ, CNAS card, tessera sanitaria,
#   CIP, NIR, mutuelle number, KVNR, Uruguayan mutualista member number, BC
#   PHN, 医保卡号.
# - Clinician registration numbers are LICENSE_NUMBER in every country (CRM,
#   cédula profissional, 의사면허 (제...호 outside), SIP, PRC, MDCN, COC, HPCSA,
#   SCFHS, DHA, نظام پزشکی, diploma tescil, PWZ, pecsétszám, cod parafă,
#   colegiado, RPPS, LANR, Caja Profesional, SIS, CPSBC, BMDC, 医师执业证书编码,
#   Georgian state certificate); a BC driver's licence is LICENSE_NUMBER too.
# - Hospital, card and file numbers (Processo, 등록번호, No. RM, Hosp. No., OP
#   No., NHC, Kórlapszám, Nr. FO, Cartella, 住院号, medical-card number) are MRN.
# - A bank account number that is not an IBAN is ACCOUNT_NUMBER.
# - Dates in any calendar and digits are one DATE, era or year suffix inside
#   (令和8年12月3日, 昭和9年4月2日, ١٤/٠٣/١٣٨٢ هـ, ۱۴۰۵/۰۹/۱۲, ኅዳር 24 ቀን 2019 ዓ.ም,
#   24 ноября 2026 г., 16 grudnia 2026 r., 2026 жылғы 2 желтоқсан, 2026.11.23.);
#   a weekday before a date stays outside; a case suffix after it too
#   ("2026.12.09-ig").
# - A mobile-money number (M-Pesa, GCash, bKash) is a PHONE; a Pix key that is
#   an e-mail address is an EMAIL.

_NOTES = [
("note-001", """TELEHEALTH VIDEO VISIT - SOAP
Patient: [[PERSON|Rosalind Achterberg]]   DOB: [[DATE|02/17/1958]]   MRN: [[MRN|TH-5580291]]
DOS: [[DATE|12/01/2026]]   Start 09:40   End 10:02 (22 min, synchronous audio-video)
Location of patient during visit: [[LOCATION|Owatonna]], MN (home)
Location of provider: [[LOCATION|Northfield]], MN (clinic office)
Consent: verbal consent for telehealth obtained; daughter [[PERSON|Greta]] present on camera, helping with the tablet.
S: 68 y/o F f/u HTN + T2DM. Home BP log avg 138/84 since [[DATE|11/18]]. Ankle swelling since amlodipine 10 mg started [[DATE|Nov 4]]. A1c 7.4 drawn [[DATE|11/20/26]] at [[LOCATION|Cannon Valley Clinic]] lab.
O: Well appearing, full sentences, no distress. Pt-reported wt 182 lb. 1+ pitting edema bilat shown to camera.
A/P: 1) HTN - stop amlodipine, start losartan 50 mg daily; BMP in 1 wk. 2) T2DM - cont metformin 1000 mg BID.
Rx e-sent to [[LOCATION|Riverbend Pharmacy]], [[STREET_ADDRESS|410 Division St S]], [[LOCATION|Northfield]] [[ZIP|55057]], ph [[PHONE|(507) 555-0143]].
If video drops, call pt cell [[PHONE|507-555-0188]]. RTC video 4 wks.
Electronically signed by [[PERSON|Anneliese Vortmann]], MD [[DATE|12/01/2026]] 10:11"""),

("note-002", """BEHAVIORAL HEALTH INTAKE ASSESSMENT
Client: [[PERSON|DeShawn T. Merriweather]]   Preferred name: "[[PERSON|Shawn]]"   DOB [[DATE|8/30/1991]]
Client ID: [[MRN|BH-0092817]]   Intake date: [[DATE|11/24/2026]]   Episode #: [[ACCOUNT_NUMBER|EP-2026-04471]]
Referral: PCP [[PERSON|Harriet Olawale]], NP, [[LOCATION|Eastgate Family Health]] (fax [[FAX|937-555-0177]])
Presenting problem: "I can't sleep since the layoff." Lost warehouse job [[DATE|Oct 9]]. PHQ-9 17, GAD-7 14. C-SSRS screen negative; denies SI/HI, no access to firearms.
History: one inpatient stay, [[LOCATION|Pine Hollow Behavioral Hospital]], [[DATE|March 2019]] (passive SI after divorce). No current med.
Social: lives with partner [[PERSON|Keisha Boateng]] and two children at [[STREET_ADDRESS|2716 Wexford Ave, Unit 2]], [[LOCATION|Dayton]], OH [[ZIP|45414]]. Emergency contact mother [[PERSON|Loretta Merriweather]] [[PHONE|937-555-0126]].
Substance use: ETOH 3-4 beers/wk, no other substances. AUDIT-C 3.
Coverage: Medicaid ID [[HEALTH_PLAN_ID|106483927100]].
Plan: weekly CBT-I/CBT with [[PERSON|Joaquin Restrepo]], LPCC; psychiatric eval with Dr. [[PERSON|Imani Sowande]] on [[DATE|12/8]]. Safety plan written, 988 reviewed.
[[PERSON|Marisol Etxeberria]], LISW-S   [[DATE|11/24/2026]]"""),

("note-003", """OUTPATIENT PHYSICAL THERAPY - PROGRESS NOTE (visit 8 of 12)
Pt: [[PERSON|Haverford, Eugenia]]   DOB: [[DATE|05-11-1949]]   Acct#: [[ACCOUNT_NUMBER|40028817365]]
Dx: s/p R TKA [[DATE|10/02/2026]] at [[LOCATION|Mercy Ridge Orthopedic Hospital]]
Referring: [[PERSON|Ruben Castellanos]], MD   NPI [[LICENSE_NUMBER|1648293078]]
Date of service: [[DATE|11/30/2026]]
S: 3/10 pain at rest, 6/10 on stairs. Now walking the dog twice daily on [[STREET_ADDRESS|Larkspur Lane]] with a cane. Sleeping better.
O: AROM R knee 0-108 deg (0-92 on [[DATE|11/2]]), ext lag 3 deg. TUG 11.2 s, 5xSTS 14.8 s, gait: step-through with SPC.
Interventions: 97110 x3, 97140 x1, 97116 stair training 2 flights.
A: progressing; 2 of 4 LTGs met. Quad strength 4-/5.
P: continue 2x/wk through [[DATE|12/18]], re-eval then. HEP updated.
Husband [[PERSON|Clifford]] drives her; reschedule line [[PHONE|610.555.0172]].
[[PERSON|Tamsin Olorunfemi]], PT, DPT   PA lic. [[LICENSE_NUMBER|PT019284]]   [[DATE|11/30/2026]]"""),

("note-004", """HOME HEALTH SKILLED NURSING VISIT - OASIS-E RECERTIFICATION
Agency: [[LOCATION|Sunbury Valley Home Health]]   Branch ph [[PHONE|570-555-0130]]   Fax [[FAX|570-555-0131]]
Patient: [[PERSON|Wojcik, Stanislaw]]   M1005 inpatient d/c date: [[DATE|09/28/2026]]   SOC: [[DATE|09/30/2026]]   Recert: [[DATE|11/28/2026]]
Age: [[AGE|91]]   MBI [[HEALTH_PLAN_ID|5TQ9-GH2-KW48]]
Address: [[STREET_ADDRESS|88 Orchard Hill Rd]], [[LOCATION|Shamokin]], PA [[ZIP|17872]] (gravel drive, blue mailbox)
Primary caregiver: niece [[PERSON|Dorota Kaczmarczyk]], next door, cell [[PHONE|570-555-0194]].
M1800 grooming 1, M1830 bathing 3, M1860 ambulation 2 (rolling walker). M1033 risk: 4.
VS: T 97.9 P 74 irreg R 18 BP 132/70 SpO2 94% RA. Lungs: fine crackles bases.
Skilled: med rec, CHF teaching with teach-back, daily weights (171 lb today, 168 lb on [[DATE|11/21]]).
Dr. [[PERSON|Yusuf Karabulut]], DO notified of 3 lb gain by fax [[DATE|11/28]] 13:05; furosemide increased to 40 mg BID x3 days.
Next SN visit week of [[DATE|12/5]]. Aide [[PERSON|Juanita]] 3x/wk continues.
[[PERSON|Bernadette Skowronski]], RN   Employee #: [[OTHER_ID|E-20417]]"""),

("note-005", """wound care f/u -- [[DATE|12/2/26]]
pt [[PERSON|lemuel fairweather]] 74M, mrn [[MRN|00729184]], seen [[LOCATION|st. brendan wound ctr]] rm 3
hx: L heel stage 3 PI since adm to [[LOCATION|Willow Crest SNF]] [[DATE|9/14]]. came by facility van w/ aide [[PERSON|tomasz]].
wound: 3.1 x 2.4 x 0.6 cm (3.8 x 2.9 x 0.9 on [[DATE|11/4]]), 20% slough, 80% gran, mod serous, no odor. periwound macerated. no tunneling.
abi 0.92 L ([[DATE|10/20]]).
tx: sharp debridement to sub-q, collagen + silicone foam, heel offload boot 24/7. swab cx acc# [[OTHER_ID|MW26-118342]].
plan: zinc to periwound, turn q2h, ensure bid. rtc 1 wk.
snf nurse [[PERSON|gwen o'hara]] lpn updated by phone [[PHONE|(304) 555-0159 ext 212]].
ordered by [[PERSON|p. nakashima]] dpm.  -[[PERSON|rk]] rn"""),

("note-006", """PRENATAL VISIT - [[LOCATION|Lakeview Women's Health]]
Name: [[PERSON|Ximena Quiroga-Bell]]   DOB [[DATE|1/22/1996]]   MRN [[MRN|LW4410763]]   Visit [[DATE|12/2/2026]]
G2P1001   LMP [[DATE|10/5/26]]   EDD [[DATE|7/12/2027]] (by LMP, c/w 8w2d US [[DATE|11/30/26]])   GA today 8w4d
OB hx: SVD at [[LOCATION|Good Samaritan Regional]] [[DATE|June 14, 2023]], 7 lb 2 oz, 2nd degree lac, no PPH.
S: nausea most mornings, no bleeding, no cramping. Taking PNV + B6/doxylamine.
O: BP 112/68, wt 141 lb, FHT 162 by doppler.
Labs today: CBC, type & screen, RPR, HIV, HBsAg, rubella, UA/UCx. Specimen IDs [[OTHER_ID|LV-26-88412]] and [[OTHER_ID|LV-26-88413]].
Partner [[PERSON|Colin Bell]] present; his cell [[PHONE|(541) 555-0107]].
NIPT [[DATE|12/16]]; anatomy scan ~[[DATE|2/19/2027]]. Next visit 4 wks.
Work note given (barista, [[LOCATION|Bend]]).
[[PERSON|Priyanka Raghunathan]], CNM   [[DATE|12/02/2026]]"""),

("note-007", """WELL CHILD CHECK - 4 YEARS
Child: [[PERSON|Mateo Ruiz-Okonkwo]]   DOB: [[DATE|11/19/2022]]   MRN [[MRN|P00384172]]   DOS [[DATE|12/03/2026]]
Accompanied by mother [[PERSON|Adaeze Okonkwo]] and maternal grandmother ("[[PERSON|Nne]]", lives in the home). Father [[PERSON|Luis Ruiz]] joined by speakerphone from work ([[PHONE|719-555-0161]]).
Pre-K at Bluebird Early Learning Center; teacher Ms. [[PERSON|Haskins]] reports good peer play, some trouble with scissors.
Development: hops on one foot, tells stories, draws a person with 4 parts. ASQ-3 all above cutoff.
Growth: ht 50th %ile, wt 60th %ile, BMI 55th %ile. BP 96/58.
Vaccines today: DTaP-IPV (Kinrix) lot 7HX52 L thigh, MMRV (ProQuad) lot W00418 R thigh; VIS given, no reaction at 15 min.
Hearing and vision screen passed.
Dental home: Dr. [[PERSON|Fenwick]], [[LOCATION|Pikes Peak Pediatric Dentistry]]; last cleaning [[DATE|Aug 2026]].
Home: [[STREET_ADDRESS|1450 N Chestnut St #B]], [[LOCATION|Colorado Springs]], CO [[ZIP|80907]]
RTC 5-year WCC ~[[DATE|11/2027]].
[[PERSON|Winifred Aiyegbusi]], MD, FAAP"""),

("note-008", """IMMUNIZATION RECORD - printed [[DATE|12/03/2026]]
Patient: [[PERSON|HOLLOWAY, BEATRIX J]]   DOB [[DATE|04/09/1936]]   Age [[AGE|90]]   Chart # [[MRN|2207341]]
Clinic: [[LOCATION|Tidewater Senior Health Center]], [[STREET_ADDRESS|3300 Colley Ave]], [[LOCATION|Norfolk]], VA [[ZIP|23508]]

Date        | Vaccine                   | Lot       | Site   | Given by
[[DATE|10/14/2026]]  | Influenza HD (Fluzone)    | UT8842KA  | L delt | [[PERSON|M. Abernathy]], LPN
[[DATE|10/14/2026]]  | COVID-19 2026-27 formula  | GK3019    | R delt | [[PERSON|M. Abernathy]], LPN
[[DATE|03/22/2025]]  | RSV (Arexvy)              | 7P4XN     | L delt | [[PERSON|D. Fairclough]], RN
[[DATE|11/02/2019]]  | Zoster RZV dose 2         | 3R9KT     | L delt | [[PERSON|D. Fairclough]], RN
[[DATE|05/06/2019]]  | Zoster RZV dose 1         | 3R7QA     | R delt | [[PERSON|K. Oyelowo]], PharmD
2011        | PPSV23 (historical, per pt) | unknown | -      | -

State IIS client ID: [[OTHER_ID|VIIS-00827734]]
Released to: son [[PERSON|Ambrose Holloway]] (POA), [[EMAIL|ambrose.holloway@example.net]]"""),

("note-009", """LABORATORY REQUISITION
Ordering provider: [[PERSON|Lindqvist, Per-Anders]] MD   NPI [[LICENSE_NUMBER|1520398466]]
Practice: [[LOCATION|Prairie Lakes Internal Medicine]]   Ph [[PHONE|605-555-0112]]   Fax [[FAX|605-555-0119]]
PATIENT
Name: [[PERSON|Odalys Fernandez-Gil]]   DOB [[DATE|1970-03-28]]   Sex F
Address: [[STREET_ADDRESS|912 W 41st St Apt 6]], [[LOCATION|Sioux Falls]], SD [[ZIP|57105]]   Ph [[PHONE|605-555-0148]]
SSN (last 4 only on file): xxx-xx-4412
BILL TO: insurance   Member ID [[HEALTH_PLAN_ID|SHP80291746]]   Group [[HEALTH_PLAN_ID|G-004471]]   Subscriber: self
Dx codes: E78.5, R73.03
Tests: lipid panel (80061), HbA1c (83036), TSH w/ reflex (84443), CMP (80053)
Fasting: Y (12 h)
Collection date/time: [[DATE|12/04/2026]] 07:15   Collected by: [[PERSON|jm]]
Specimen ID: [[OTHER_ID|SF2612040073]]   Requisition #: [[OTHER_ID|RQ-7718204]]
Deliver results to portal user [[OTHER_ID|odalys.fg70]]"""),

("note-010", """FINAL REPORT - [[LOCATION|Mesa Verde Reference Laboratory]]   CLIA 32D2184937
Patient: [[PERSON|TRUJILLO, AMBROSIO]]   DOB: [[DATE|07/07/1944]]   MRN: [[MRN|MV-0048213]]
Accession: [[OTHER_ID|A26-338104]]
Collected: [[DATE|11/29/2026]] 06:42   Received: [[DATE|11/29/2026]] 09:10   Reported: [[DATE|11/30/2026]] 14:55
Ordering: [[PERSON|Harlow Vance]], DO   NPI [[LICENSE_NUMBER|1872045632]]   Copy to: [[PERSON|Ines Albuquerque]], NP
TEST            RESULT   FLAG   REFERENCE
Sodium          131      L      136-145 mmol/L
Potassium       6.1      HH     3.5-5.1 mmol/L
Creatinine      2.31     H      0.70-1.30 mg/dL
eGFR            28       L      >=60 mL/min/1.73m2
Hemoglobin      9.8      L      13.2-16.6 g/dL
PTH, intact     188      H      15-65 pg/mL
CRITICAL: K+ 6.1 called to [[PERSON|Renata]], RN at [[LOCATION|Four Corners Dialysis]] [[DATE|11/30]] 14:58, read back verified, by [[PERSON|T. Begaye]] MLS(ASCP).
Medical director: [[PERSON|Colette Marchetti]], MD, PhD
[[STREET_ADDRESS|2400 N Butler Ave]], [[LOCATION|Farmington]], NM [[ZIP|87401]]   Client services [[PHONE|505-555-0164]]"""),
]

_NOTES += [
("note-011", """DETAILED WRITTEN ORDER - DURABLE MEDICAL EQUIPMENT
Order date: [[DATE|12/01/2026]]
Beneficiary: [[PERSON|Augustin Bellerose]]   DOB [[DATE|09/03/1933]] ([[AGE|93]] y)   MBI [[HEALTH_PLAN_ID|2WX7-RT4-JC15]]
Delivery address: [[STREET_ADDRESS|7 Abenaki Trail]], [[LOCATION|Biddeford]], ME [[ZIP|04005]]   Ph [[PHONE|207-555-0139]]
Items:
 1. E0601 CPAP w/ heated humidifier E0562, ResMed AirSense 11, SN [[DEVICE_ID|23231847592]], settings APAP 6-14 cm H2O
 2. A7030 full face mask 1 per 3 mo; A7031 cushion 1 per mo; A4604 heated tubing 1 per 3 mo
 3. E1392 portable O2 concentrator, Inogen G5, serial no. [[DEVICE_ID|G5-1904482KX]], 2 LPM pulse with exertion
Length of need: 99 months (lifetime).
Dx: G47.33 OSA (PSG [[DATE|10/19/2026]] at [[LOCATION|Saco Bay Sleep Center]], AHI 38), J96.11.
Supplier: Pine Tree Medical Supply, [[LOCATION|Saco]] branch. Supplier order #[[OTHER_ID|PT-55120-D]]
Ordering physician: [[PERSON|Sunniva Halvorsen]], MD   NPI [[LICENSE_NUMBER|1330957188]]
Signature: /s/ [[PERSON|S. Halvorsen]], MD   [[DATE|12/01/2026]]
Wife [[PERSON|Marguerite]] will receive delivery; gate code given by phone (not recorded)."""),

("note-012", """MEDICATION RECONCILIATION - ADMISSION
Pt: [[PERSON|Fitzgerald-Nakamura, Constance]]   Adm [[DATE|12/02/2026]]   FIN [[ACCOUNT_NUMBER|7100482291]]   MRN [[MRN|E3928174]]
Sources: pt, son [[PERSON|Hiroshi]] (HCPOA), fill history, pill bottles brought in.
Pharmacy 1: Walgreens, [[STREET_ADDRESS|2201 Kalakaua Ave]], [[LOCATION|Honolulu]] [[ZIP|96815]], ph [[PHONE|808-555-0133]]
Pharmacy 2: [[LOCATION|Manoa Valley Apothecary]] (compounded cream only)
HOME MEDS
- apixaban 5 mg BID        Rx [[OTHER_ID|0938172]]  last fill [[DATE|11/15/26]]  #60
- metoprolol succ 50 mg qd Rx [[OTHER_ID|0938175]]  last fill [[DATE|11/15/26]]  #30
- levothyroxine 88 mcg qd  Rx [[OTHER_ID|7720461]]  last fill [[DATE|10/29/26]]  #90
- furosemide 40 mg qd - pt stopped [[DATE|11/20]] per Dr. [[PERSON|Kealoha]] (cardiology)
- ketoprofen 10% cream, compounded, Rx [[OTHER_ID|MV-44180]]
- OTC: vitamin D3 2000 IU, docusate PRN
Allergies: sulfa (rash).
Discrepancy: pt also taking son's tramadol 50 mg "when bad" - discussed with [[PERSON|Lani Kaleikini]], PharmD, pgr [[PHONE|4-5521]].
Reconciled by [[PERSON|Mahina Pualani]], RN [[DATE|12/02/2026]] 17:40; verified by [[PERSON|L. Kaleikini]], PharmD [[DATE|12/02/2026]] 18:05"""),

("note-013", """INTERFACILITY TRANSFER - PATIENT CARE REPORT (excerpt)
Agency: High Plains Regional EMS   Run #: [[OTHER_ID|26-118204]]   Unit: [[VEHICLE_ID|M-17]]   Plate WY [[VEHICLE_ID|7-4821G]]
Crew: [[PERSON|Dakota Runningwater]], Paramedic (WY cert [[LICENSE_NUMBER|P-06182]]); [[PERSON|Ely Sorensen]], EMT-B
Dispatched [[DATE|11/27/2026]] 21:14
From: [[LOCATION|Big Horn Basin Medical Center]] ED, [[LOCATION|Worland]], WY
To: [[LOCATION|Yellowstone Summit Hospital]] cath lab, [[LOCATION|Billings]], MT
Pt: [[PERSON|Abernathy-Crow, Wendell]]   72 M   DOB [[DATE|01/15/1954]]
Sending MD: Dr. [[PERSON|Oyelaran]]   Accepting: Dr. [[PERSON|Mirela Constantinescu]] (interventional cardiology)
Dx: inferior STEMI, s/p tenecteplase 20:31. Heparin gtt 12 units/kg/h.
En route: SR 78-88, BP 104/66 to 118/72, SpO2 96% 2 L NC, pain 4/10 to 2/10. 12-lead repeated at 22:30 (scanned).
Route: US-16 to I-90. No events.
Arrived [[DATE|11/27/2026]] 23:48; report to [[PERSON|Bao Tran]], RN. Wife [[PERSON|Lorraine]] following in private vehicle, MT plate [[VEHICLE_ID|3-88127B]]."""),

("note-014", """HOSPICE RN VISIT - DEATH PRONOUNCEMENT
Patient: [[PERSON|Ottoline Marchbanks]]   Age: [[AGE|97]]   DOB [[DATE|03/30/1929]]
Hospice: [[LOCATION|Evening Star Hospice]]   Patient #: [[MRN|ESH-40719]]
Place of death: home, [[STREET_ADDRESS|5 Juniper Court]], [[LOCATION|Hendersonville]], NC [[ZIP|28739]]
Called by daughter [[PERSON|Philippa Marchbanks-Reid]] at 03:10 on [[DATE|12/3/2026]]; arrived 03:52.
Assessment: no spontaneous respirations, no apical pulse over one full minute, pupils fixed and dilated.
DATE OF DEATH: [[DATE|December 3, 2026]]   TIME OF DEATH: 03:58 (RN pronouncement per protocol)
Attending of record [[PERSON|Gideon Achebe]], MD notified 04:10 via answering service [[PHONE|828-555-0115]].
Chaplain Br. [[PERSON|Anselm Kowalczyk]] called; will visit family at 09:00.
Controlled substances destroyed with daughter as witness: morphine 20 mg/mL 12 mL, lorazepam 0.5 mg x 14 tabs.
Funeral home: Thornbury & Sons, ph [[PHONE|828-555-0170]], removal at 05:40.
Bereavement referral to [[PERSON|Celestine Abara]], MSW. Death certificate to Dr. [[PERSON|Achebe]] for signature.
[[PERSON|Rosetta Quigley]], RN, CHPN   [[DATE|12/03/2026]] 06:02"""),

("note-015", """[[DATE|December 4, 2026]]

Appeals Department
Beacon Crest Health Plan
[[STREET_ADDRESS|PO Box 30417]]
[[LOCATION|Lexington]], KY [[ZIP|40512-0417]]

RE: Expedited appeal - denial of pulmonary rehabilitation (G0424)
Member: [[PERSON|Cornelius Abara]]   Member ID: [[HEALTH_PLAN_ID|BCH771049283]]   DOB: [[DATE|6/2/1955]]
Claim #: [[OTHER_ID|2026-33-0918274]]   Denial ref: [[OTHER_ID|UM-4481972]]   Denial dated [[DATE|11/21/2026]]

To whom it may concern:
I am writing on behalf of my patient, Mr. [[PERSON|Abara]], to appeal the denial above. He was hospitalized at [[LOCATION|Bluegrass Baptist Medical Center]] from [[DATE|10/12]] to [[DATE|10/19/2026]] for an acute COPD exacerbation requiring BiPAP, his third admission this year. FEV1 is 34% predicted, 6MWT 210 m with desaturation to 85%. Pulmonary rehabilitation within 90 days of discharge is standard of care and reduces readmission. A peer-to-peer call on [[DATE|11/25/2026]] with Dr. [[PERSON|Lorne Szabados]] did not resolve the matter.

Sincerely,
[[PERSON|Temperance Oduya]], MD, FCCP
[[LOCATION|Kentucky River Pulmonary Associates]]
[[STREET_ADDRESS|1180 Tates Creek Rd, Suite 210]], [[LOCATION|Lexington]], KY [[ZIP|40502]]
Tel [[PHONE|859-555-0121]] | Fax [[FAX|859-555-0128]] | NPI [[LICENSE_NUMBER|1193840273]]
cc: [[PERSON|Cornelius Abara]]; [[PERSON|Jolene Whitt]], RN, case manager"""),

("note-016", """UTILIZATION REVIEW - PEER-TO-PEER CALL NOTE
Date: [[DATE|11/25/26]]  16:30-16:44 ET   Call ref [[OTHER_ID|P2P-0093317]]
Patient: [[PERSON|Gallagher, Siobhan M.]]   DOB [[DATE|2/14/1962]]   Acct [[ACCOUNT_NUMBER|HA-55019274]]   Auth request [[OTHER_ID|AR-26-771093]]
Facility: [[LOCATION|St. Columba Hospital]], [[LOCATION|Scranton]], PA
Attending: [[PERSON|Nkechi Obiora]], MD (hospitalist), cell via operator [[PHONE|570-555-0100]]
Plan reviewer: [[PERSON|Darrell Fontenot]], MD (medical director)
Issue: continued inpatient stay [[DATE|11/23]]-[[DATE|11/26]] denied as observation-level.
Discussion: pt admitted [[DATE|11/22]] with pyelonephritis, E. coli bacteremia, lactate 4.1, on pressors in ED x 6 h; blood cultures cleared only on [[DATE|11/24]]. Reviewer agreed inpatient criteria met through [[DATE|11/25]]; [[DATE|11/26]] remains under review pending PT note.
Outcome: partial overturn. Letter to follow to fax [[FAX|570-555-0109]] attn UR nurse [[PERSON|Bridget]].
Documented by [[PERSON|Carmen Villalobos]], RN, CCM, UR dept ext [[PHONE|x4471]]"""),

("note-017", """CASE MANAGEMENT NOTE - transitions of care
Client [[PERSON|Thaddeus "Tad" Kowalski]]   DOB [[DATE|10/31/1947]]   MRN [[MRN|KC-8817302]]   Medicaid [[HEALTH_PLAN_ID|MO4490218375]]
Contact with [[PERSON|Renee Abernathy-Vasquez]], caseworker, [[LOCATION|Jackson County]] Area Agency on Aging:
  ph [[PHONE|816-555-0183]]   fax [[FAX|816-555-0184]]   [[EMAIL|r.abernathy-vasquez@aaa.example.org]]
Discussed: in-home aide hours (increase from 12 to 20 hrs/wk), meals program, emergency response pendant.
Pendant device ID [[DEVICE_ID|LF-77019348]] installed [[DATE|11/29]] at [[STREET_ADDRESS|4115 Troost Ave, Apt 3C]], [[LOCATION|Kansas City]], MO [[ZIP|64110]].
Sister [[PERSON|Evelyn Kowalski]] ([[PHONE|913-555-0102]]) will hold spare key.
PCP follow-up booked [[DATE|12/9/2026]] 10:20 with [[PERSON|Abdirahman Warsame]], NP at [[LOCATION|Midtown Community Health Center]].
Transportation: Medicaid NEMT trip # [[OTHER_ID|NT-3390472]].
Next outreach call 1 wk.
[[PERSON|Yvette Broussard]], RN, CCM   [[DATE|12/01/2026]]"""),

("note-018", """GUARDIANSHIP / CAPACITY DOCUMENTATION
Patient: [[PERSON|Ignatius Bellweather]]   DOB [[DATE|07/22/1932]]   Age [[AGE|94]]   MRN [[MRN|0041873]]
Court: Probate Court, [[LOCATION|Cuyahoga County]], OH   Case No. [[OTHER_ID|2026 GRD 218734]]
Letters of Guardianship (person and estate) issued [[DATE|November 17, 2026]] to:
  Guardian: [[PERSON|Marisa Delacroix-Bellweather]] (granddaughter)
  Address: [[STREET_ADDRESS|20871 Lorain Rd, Apt 408]], [[LOCATION|Fairview Park]], OH [[ZIP|44126]]
  Phone [[PHONE|440-555-0147]]   email [[EMAIL|mdelacroix@example.com]]
Capacity evaluation by [[PERSON|Sigrun Thorvaldsen]], PhD (neuropsych) [[DATE|10/6/2026]]: MoCA 11/30, impaired appreciation and reasoning for medical and financial decisions.
Guardian's attorney: [[PERSON|Leopold Achterberg]], Esq., [[PHONE|216-555-0158]].
Copy of letters scanned to chart [[DATE|11/20/26]] by [[PERSON|Q. Hammersmith]], HIM.
Code status discussed with guardian [[DATE|11/21/26]]: DNR-CC Arrest; form signed.
[[PERSON|Benedikt Aurelio]], MD (attending, [[LOCATION|Lakewood Geriatric Unit]])"""),

("note-019", """MDS 3.0 QUARTERLY - SELECTED ITEMS
Facility: [[LOCATION|Magnolia Terrace Nursing and Rehabilitation]]   Facility ph [[PHONE|334-555-0125]]
A0500 Resident name: [[PERSON|ELDRIDGE, CORNELIA]]   A0900 Birth date: [[DATE|01-04-1931]]
A0600A SSN: [[SSN|987-65-4326]]   A0600B Medicare: [[HEALTH_PLAN_ID|7KM3-XN8-PQ62]]   A0700 Medicaid: [[HEALTH_PLAN_ID|500271846]]
A1600 Entry date: [[DATE|06-18-2024]]   A2300 ARD: [[DATE|11-30-2026]]
A1800 Entered from: acute hospital ([[LOCATION|Baptist South Medical Center]])
B0100 comatose: 0   C0500 BIMS: 07   D0300 PHQ-9 OV: 04
G0110 ADLs: bed mobility 3/2, transfer 3/2, eating 1/1
J1800 falls since prior assessment: 1 (fall [[DATE|10/27/2026]], no injury)
M0300 pressure ulcers: stage 2 x1 sacrum
Resident is [[AGE|95]]; daughter [[PERSON|Lurleen Eldridge Pace]] is responsible party, [[PHONE|334-555-0199]].
Z0400 signatures: [[PERSON|Opal Tuggle]], RN, MDS Coordinator [[DATE|12-02-2026]]; [[PERSON|Desmond Ferrell]], LSW [[DATE|12-02-2026]]"""),

("note-020", """ORTHOPAEDIC CLINIC NOTE - DICTATED
PATIENT NAME: [[PERSON|KOWALCZYK-BRENNAN, FIONNUALA]]   DATE OF BIRTH: [[DATE|MARCH 9, 1963]]   MEDICAL RECORD NUMBER: [[MRN|88-41-0297]]
DATE OF VISIT: [[DATE|DECEMBER 2, 2026]]
REFERRING PHYSICIAN: DR. [[PERSON|HOLLIS TEMPLETON]], [[LOCATION|ASHEVILLE]]
HISTORY OF PRESENT ILLNESS: THE PATIENT IS A 63-YEAR-OLD RIGHT-HAND-DOMINANT FEMALE SEEN TODAY FOR RIGHT SHOULDER PAIN AFTER A FALL ON THE ICE ON [[DATE|NOVEMBER 21]] OUTSIDE HER HOME ON [[STREET_ADDRESS|HOLLY SPRINGS ROAD]]. SHE WAS SEEN AT [[LOCATION|MISSION VALLEY URGENT CARE]] THAT EVENING, X-RAYS NEGATIVE FOR FRACTURE.
EXAMINATION: ACTIVE FORWARD FLEXION 90 DEGREES, PASSIVE 160. POSITIVE DROP ARM SIGN. STRENGTH 3 OUT OF 5 WITH EXTERNAL ROTATION.
IMAGING: MRI RIGHT SHOULDER [[DATE|11/28/2026]] AT [[LOCATION|CAROLINA IMAGING OF HENDERSON COUNTY]] SHOWS FULL-THICKNESS SUPRASPINATUS TEAR, 1.8 CM, RETRACTED.
PLAN: ARTHROSCOPIC ROTATOR CUFF REPAIR. TENTATIVE SURGERY DATE [[DATE|JANUARY 6, 2027]]. HUSBAND, [[PERSON|DERMOT BRENNAN]], WILL BE HER DRIVER. PLEASE CALL HIM AT [[PHONE|828-555-0136]].
DICTATED BY: [[PERSON|RAJESH VENKATARAMAN]], MD
TRANSCRIBED BY: [[PERSON|LMB]]   D: [[DATE|12/02/2026]] 16:10   T: [[DATE|12/03/2026]] 08:44   JOB #: [[OTHER_ID|5581902]]"""),
]

_NOTES += [
("note-021", """cross-cover log [[DATE|12/3]]-[[DATE|12/4]] nights - [[PERSON|a. mensah-bonsu]] md, pgr [[PHONE|3-7710]]
19:20 rm 612 [[PERSON|ruiz, estela]] mrn [[MRN|4410298]] - rn [[PERSON|kenji]] c/o k 3.2, gave kcl 40 po, recheck am
21:05 rm 618 [[PERSON|oduya, femi]] 58m pod#2 from [[DATE|12/1]] lap chole, pain 8/10, per dr [[PERSON|sato]]'s plan dilaudid 0.4 iv x1, better
23:40 rm 604 [[PERSON|b. lindgren]] [[AGE|92]]f sundowning, pulled piv. daughter [[PERSON|karin]] at bedside, calm w/ redirection. no restraints.
02:15 rm 621 [[PERSON|tomasz wrobel]] bp 88/50 -> 500 ns bolus -> 104/62, lactate 1.8. vanc d/c'd [[DATE|12/2]], cefepime cont.
04:30 rapid resp rm 610 [[PERSON|h. aldana]] sob, sat 86%, cxr new r effusion, bipap 10/5, icu rn [[PERSON|leah]] aware, icu fellow dr [[PERSON|obi]] accepting.
05:50 signed out to day team ([[PERSON|priya]] / [[PERSON|marcus]]).
[[LOCATION|st. agnes west]] hospitalist svc"""),

("note-022", """[OCR scan - page 1 of 2 - poor quality]
REFERRAL / CONSULT REQUEST       Fax  to: [[FAX|(406) 555-O191]]
From: [[LOCATION|Ga11atin Va11ey Fami1y Practice]]   Ph: [[PHONE|406-555-Ol27]]
Patient Narne: [[PERSON|Ch1oe Vandermeu1en]]     D0B: [[DATE|O3/l4/l988]]
Addr: [[STREET_ADDRESS|2l9 N Wi11son Ave]]  [[LOCATION|Bozernan]]  MT  [[ZIP|5971S]]
Ins: BCBS MT   lD#: [[HEALTH_PLAN_ID|XGM9O31847261]]
Reason: persistent 1ymphadenopathy, r/o 1ymphoma. CT neck [[DATE|ll/l9/2026]]: 2.4 cm L level II node.
Referred to: Dr. [[PERSON|Henrik Sol1berg]], Hem/Onc, [[LOCATION|Bi11ings C1inic Bozeman]]
Urgency: [X] urgent (within 1 wk)   [ ] routine
Referring: [[PERSON|Ade1aide Marsh]], PA-C   NPI [[LICENSE_NUMBER|l603927l8l]]
Signature: ~~~~~~ [[PERSON|A. Marsh]]   Date: [[DATE|l2/O2/26]]
CONFIDENTIALITY NOTICE: this fax may contain PHl ... if received in error call [[PHONE|4O6-555-Ol27]]"""),

("note-023", """ADDENDUM to telepsychiatry note of [[DATE|11/30/2026]]
Patient: [[PERSON|Saoirse Ní Bhraonáin]]   MRN [[MRN|TP-2093381]]   Encounter [[ACCOUNT_NUMBER|ENC-77310925]]
Addendum date: [[DATE|12/02/2026]] 08:15
1. Correction: patient location during the [[DATE|11/30]] video session was [[LOCATION|Burlington]], VT (her dorm), not [[LOCATION|Montpelier]] as documented. Session remains within licensure.
2. Lithium level resulted [[DATE|12/1]]: 0.9 mEq/L (drawn at [[LOCATION|Champlain Valley Lab Services]], [[STREET_ADDRESS|111 Colchester Ave]]). No dose change.
3. Collateral: mother [[PERSON|Deirdre Brennan]] called [[DATE|12/1]] 19:40 from [[PHONE|+353 87 555 0143]] (Ireland); patient gave written ROI on [[DATE|11/14/2026]] covering mother only. Information shared: appointment schedule only.
Electronically signed by [[PERSON|Olamide Ashworth]], MD [[DATE|12/02/2026]] 08:22
cc: [[PERSON|Fernando Quintanilla]], LICSW (campus counseling); Dr. [[PERSON|Ruth Ekwueme]]'s office (PCP) fax [[FAX|802-555-0116]]"""),
]

_NOTES += [
("note-024", """SCHOOL-BASED HEALTH CENTER VISIT
Site: [[LOCATION|Roosevelt High School-Based Health Center]], [[STREET_ADDRESS|4830 SE Powell Blvd]], [[LOCATION|Portland]], OR [[ZIP|97206]]
Student: [[PERSON|Aaliyah Mendoza-Fry]]   DOB [[DATE|04/27/2010]]   Grade 10   SBHC ID [[MRN|SB-104477]]
Date: [[DATE|12/03/2026]]  Period 3 (sent by PE teacher Mr. [[PERSON|Gundersen]])
CC: wheezing during the mile run. Hx mild intermittent asthma; albuterol inhaler left at home (dad's house).
Vitals: HR 104, RR 22, SpO2 95%, peak flow 280 (pers best 410).
Tx: albuterol 4 puffs via spacer x2, peak flow after 380, SpO2 98%.
Plan: asthma action plan updated; spacer and inhaler to keep at SBHC. Returned to class 11:05.
Guardian notified: mother [[PERSON|Teresa Mendoza]] [[PHONE|503-555-0191]] (no answer, voicemail); father [[PERSON|Gavin Fry]] [[PHONE|503-555-0138]] reached 10:52.
Consent on file for minor services dated [[DATE|09/02/2025]].
PCP: [[PERSON|Noor Haddad]], MD at [[LOCATION|Foster Road Pediatrics]] - note faxed [[FAX|503-555-0197]].
[[PERSON|Lucinda Pryor]], FNP-C"""),

("note-025", """OCCUPATIONAL HEALTH - WORKERS' COMPENSATION VISIT
Employee: [[PERSON|Reginald Oyelaran-Shaw]]   DOB [[DATE|03/05/1979]]   Employee ID [[OTHER_ID|W-0048812]]
Employer: Ridgeline Poultry Processing, [[STREET_ADDRESS|1 Industrial Pkwy]], [[LOCATION|Gainesville]], GA [[ZIP|30501]]
Supervisor: [[PERSON|Cheryl Dunwoody]] [[PHONE|770-555-0153]]
WC carrier claim # [[OTHER_ID|WC26-0119847]]   Adjuster [[PERSON|Martin Schoenfeld]] [[PHONE|800-555-0168 ext 3312]], [[EMAIL|mschoenfeld@claims.example.com]]
DOI: [[DATE|11/28/2026]] ~14:30, lacerated L index finger on deboning blade. Seen same day at [[LOCATION|Northeast Georgia Urgent Care - Dawsonville]], 6 sutures.
Today [[DATE|12/3/2026]]: wound clean, no signs of infection, sensation intact distally. Tdap up to date ([[DATE|4/2021]]).
Work status: modified duty through [[DATE|12/10]]: no use of L hand, no wet environment. Suture removal [[DATE|12/8]].
Drug screen (post-incident) collected [[DATE|11/28]], CCF # [[OTHER_ID|T-4418290]], negative.
[[PERSON|Valentina Moreno-Kirk]], PA-C   for [[PERSON|Harold Beaumont]], MD, MRO"""),

("note-026", """GENETIC COUNSELING - PEDIGREE SUMMARY
Proband: [[PERSON|Tovah Weisberg-Adeyemi]]   DOB [[DATE|9/9/1984]]   MRN [[MRN|GC-700418]]   Session [[DATE|12/1/2026]] (video)
Indication: family history of breast and ovarian cancer.
Maternal side:
- mother [[PERSON|Miriam Weisberg]], 67, breast ca dx age 44, BRCA1 c.68_69delAG carrier (tested [[DATE|2/2019]] at [[LOCATION|Sloan Ridge Cancer Institute]])
- maternal aunt [[PERSON|Esther Roth]], ovarian ca dx 52, died [[DATE|August 11, 2008]]
- maternal grandmother [[PERSON|Rivka Weisberg]], now [[AGE|96]], breast ca at 60; lives [[LOCATION|Boca Raton]]
- maternal grandfather [[PERSON|Shmuel]], d. [[DATE|1/3/1999]] (MI)
Paternal side: father [[PERSON|Babatunde Adeyemi]], 70, prostate ca dx 66; paternal grandmother [[PERSON|Folasade]] died [[AGE|101]] (natural causes).
Ashkenazi Jewish ancestry (maternal), Yoruba (paternal).
Plan: targeted BRCA1 testing + 84-gene panel; kit mailed to [[STREET_ADDRESS|77 Linden Pl]], [[LOCATION|Teaneck]], NJ [[ZIP|07666]]; kit barcode [[OTHER_ID|GX-9047731]].
[[PERSON|Hadley Ferreira]], MS, CGC"""),

("note-027", """ANTICOAGULATION CLINIC - INR FLOWSHEET
Patient: [[PERSON|Lucius Abernethy]]   DOB [[DATE|05/19/1935]]   MRN [[MRN|AC-339172]]   Indication: mech AVR (On-X), goal 2.0-3.0
Clinic: [[LOCATION|Heartland Anticoagulation Clinic]]   Ph [[PHONE|402-555-0174]]
Date       INR   Weekly dose   Change        Next    By
[[DATE|10/06/26]]   2.4   35 mg         none          [[DATE|10/27]]   [[PERSON|JKW]]
[[DATE|10/27/26]]   1.7   35 mg         +2.5 mg x1    [[DATE|11/03]]   [[PERSON|JKW]]
[[DATE|11/03/26]]   2.1   37.5 mg       new weekly    [[DATE|11/17]]   [[PERSON|RMO]]
[[DATE|11/17/26]]   3.6   37.5 mg       hold x1       [[DATE|11/24]]   [[PERSON|RMO]]
[[DATE|11/24/26]]   2.8   35 mg         back to 35    [[DATE|12/15]]   [[PERSON|JKW]]
Home INR meter: Roche CoaguChek, SN [[DEVICE_ID|UP0719248301]]
Notes: pt is [[AGE|91]], lives alone at [[STREET_ADDRESS|602 S 38th St]], [[LOCATION|Omaha]] [[ZIP|68105]]; grandson [[PERSON|Kieran]] checks pillbox Sundays ([[PHONE|402-555-0107]]).
Abx (cephalexin) started [[DATE|11/14]] by dentist - likely cause of [[DATE|11/17]] value.
JKW = [[PERSON|Jana K. Wieczorek]], PharmD; RMO = [[PERSON|Rosa M. Ortega]], RN"""),

("note-028", """TELEPSYCHIATRY - MEDICATION MANAGEMENT
Patient: [[PERSON|Bartholomew Iwu]]   DOB [[DATE|12/12/1999]]   MRN [[MRN|TP-4401920]]   Visit [[DATE|12/04/2026]] 15:00-15:25
Location of patient during visit: parked car outside work, [[LOCATION|Gallup]], NM (confirmed verbally). Emergency address on file: [[STREET_ADDRESS|1208 E Aztec Ave, Apt 14]], [[LOCATION|Gallup]], NM [[ZIP|87301]].
Location of provider: home office, [[LOCATION|Santa Fe]], NM.
Platform session ID [[OTHER_ID|VS-88310-4471]]; pt connection from IP [[IP_ADDRESS|198.51.100.87]] (logged for audit per policy).
S: mood "steady," sleep 7 h, no panic since [[DATE|Nov 12]]. Missed 2 doses over Thanksgiving.
MSE: casually dressed, linear, euthymic, no SI/HI, no psychosis.
Meds: sertraline 150 mg daily (cont), hydroxyzine 25 mg PRN (rarely uses).
Labs: none due. Next: video in 8 wks; scheduler [[PERSON|Daniela]] will text [[PHONE|505-555-0182]].
Emergency contact: brother [[PERSON|Chukwuemeka Iwu]] [[PHONE|505-555-0129]].
[[PERSON|Evangeline Tso]], PMHNP-BC   DEA [[LICENSE_NUMBER|MO6182048]]"""),

("note-029", """INTERPRETER-ASSISTED VISIT - FAMILY MEDICINE
Patient: [[PERSON|Nguyễn Thị Hồng]]   DOB [[DATE|02/08/1936]] (age [[AGE|90]])   MRN [[MRN|FM-2281930]]   Visit [[DATE|12/02/2026]]
Language: Vietnamese. Interpreter: [[PERSON|Trần Minh Quân]], remote video interpreter ID [[OTHER_ID|VRI-30418]], 10:02-10:41.
Daughter-in-law [[PERSON|Phạm Lan]] present but not used as interpreter per policy.
S: dizziness on standing x 2 wks; one fall at home [[DATE|11/22]], no LOC. Taking amlodipine and "thuốc bắc" (herbal, bottle label unreadable).
O: orthostatic: supine 142/78 HR 70, standing 3 min 110/64 HR 88.
A/P: orthostatic hypotension - hold amlodipine, fluids, compression stockings; PT home safety eval referral to [[LOCATION|Golden Years Home Care]].
Herbal bottle photographed and sent to [[PERSON|Mai Huynh]], PharmD for review.
Address: [[STREET_ADDRESS|9142 Bolsa Ave, Spc 37]], [[LOCATION|Westminster]], CA [[ZIP|92683]]; home phone [[PHONE|714-555-0146]].
RTC 2 wks. Interpreter requested for next visit.
[[PERSON|Kwabena Asante-Lloyd]], MD"""),

("note-030", """REMOTE PATIENT MONITORING - MONTHLY SUMMARY (service period [[DATE|11/01/2026]]-[[DATE|11/30/2026]])
Patient: [[PERSON|Gwendolyn Okafor-Reyes]]   DOB [[DATE|06/30/1950]]   MRN [[MRN|RPM-58302]]   Account [[ACCOUNT_NUMBER|991-407-2281]]
Devices: BP cuff (cellular) IMEI [[DEVICE_ID|352918074403616]]; scale SN [[DEVICE_ID|BS2-4471902]]
Days with readings: 26/30. CPT 99454, 99457 x1, 99458 x1 (interactive time 42 min).
BP avg 148/86 (range 128/74-171/95); 3 readings >160 on [[DATE|11/9]], [[DATE|11/10]], [[DATE|11/23]].
Weight: 203.4 -> 201.0 lb.
Actions: [[DATE|11/10]] called pt, she had missed chlorthalidone x3 days (ran out); refill sent. [[DATE|11/24]] med adherence review with daughter [[PERSON|Renata Reyes]].
Copay card on file for RPM fee: [[CREDIT_CARD|4945-8073-0215-7365]] (authorized by pt [[DATE|10/28/2026]]).
Patient portal: [[URL|https://portal.example.org/u/gokaforreyes]]   pt email [[EMAIL|gwen.okafor.reyes@example.org]]
Monitoring nurse: [[PERSON|Sebastián Altamirano]], RN   Supervising: [[PERSON|Ifeoma Castellano]], MD   [[DATE|12/01/2026]]"""),
]

_INTL = [
("intl-001", """Teleconsulta - [[LOCATION|Clínica Vida Plena]] ([[LOCATION|Pinheiros]])
Paciente: Sra. [[PERSON|Maria Aparecida dos Santos Ferreira]]
CPF: [[OTHER_ID|482.159.730-60]]   Cartão SUS (CNS): [[HEALTH_PLAN_ID|174 0392 8561 0005]]
Data de nascimento: [[DATE|14/03/1961]]   Data da consulta: [[DATE|02/12/2026]]
Endereço: [[STREET_ADDRESS|Rua Cardeal Arcoverde, 1749, apto 52]] - [[LOCATION|Pinheiros]], [[LOCATION|São Paulo]] - SP, CEP [[ZIP|05407-002]]
Celular/WhatsApp: [[PHONE|+55 11 98765-0142]]   Convênio: carteirinha nº [[HEALTH_PLAN_ID|0884 7712 0039 5]]
Queixa: lombalgia há 3 semanas, sem irradiação, piora ao levantar. Nega febre ou perda de peso.
Conduta: fisioterapia 10 sessões, dipirona 1 g se dor, retorno presencial em [[DATE|16 de dezembro de 2026]].
Receita digital enviada para a farmácia unidade [[LOCATION|Teodoro Sampaio]]. O filho [[PERSON|Rafael]] vai buscar ([[PHONE|(11) 97412-0188]]).
Reembolso do convênio: chave Pix [[EMAIL|maria.aparecida.f@example.com.br]] ou CPF.
Dados bancários alternativos: [[IBAN|BR88 0000 0000 4942 8110 8681 273P 1]]
Médica: Dra. [[PERSON|Luíza Tavares Nogueira]] - CRM-SP [[LICENSE_NUMBER|184392]]"""),

("intl-002", """NOTA DE ALTA - [[LOCATION|Hospital Distrital do Vale do Sorraia]], Serviço de Medicina Interna
Utente: Sr. [[PERSON|Joaquim Manuel Pereira Antunes]]
N.º de utente SNS: [[HEALTH_PLAN_ID|284 719 305]]   NIF: [[OTHER_ID|238190463]]   Processo: [[MRN|HDVS-0041827]]
Data de nascimento: [[DATE|07-05-1934]] ([[AGE|92]] anos)
Morada: [[STREET_ADDRESS|Rua do Comércio, n.º 18, 2.º Esq.]], [[ZIP|2100-155]] [[LOCATION|Coruche]]
Contactos: [[PHONE|243 555 018]] (fixo), filha [[PERSON|Ana Rita Antunes]] [[PHONE|+351 912 555 043]]
Internamento de [[DATE|24/11/2026]] a [[DATE|01/12/2026]].
Diagnóstico: pneumonia adquirida na comunidade, insuficiência cardíaca descompensada.
Medicação à saída: amoxicilina + ácido clavulânico até [[DATE|5 de dezembro]], furosemida 40 mg.
Seguimento: consulta na [[LOCATION|USF Sorraia Saúde]] com a Dra. [[PERSON|Inês Carvalhal]] até [[DATE|10/12/2026]]; enfermagem domiciliária pela [[LOCATION|UCC Coruche]].
Médico: Dr. [[PERSON|Tiago Bettencourt Sequeira]], cédula profissional n.º [[LICENSE_NUMBER|48213]]
[[LOCATION|Coruche]], [[DATE|1 de dezembro de 2026]]"""),

("intl-003", """診療情報提供書
[[DATE|令和8年12月3日]]
紹介先：[[LOCATION|東都大学医学部附属病院]] 循環器内科 [[PERSON|高橋 誠一]] 先生 御侍史
紹介元：[[LOCATION|みなと内科クリニック]] 院長 [[PERSON|佐藤 由紀子]]
〒[[ZIP|105-0014]] 東京都[[LOCATION|港区]][[STREET_ADDRESS|芝二丁目5番10号 サンライズビル3階]]
TEL [[PHONE|03-5555-0172]]　FAX [[FAX|03-5555-0173]]

患者氏名：[[PERSON|田中 ハナ]] 様（女性）　生年月日：[[DATE|昭和9年4月2日]]（[[AGE|92]]歳）
住所：〒[[ZIP|143-0023]] 東京都[[LOCATION|大田区]][[STREET_ADDRESS|山王三丁目14番8号]]
電話：[[PHONE|090-5555-0148]]（長女 [[PERSON|美穂]] さん）
後期高齢者医療 保険者番号 39131107　被保険者番号 [[HEALTH_PLAN_ID|00418273]]
個人番号（マイナンバー、本人確認済）：[[OTHER_ID|4820 5917 3639]]
傷病名：発作性心房細動、慢性心不全（NYHA II）
紹介目的：カテーテルアブレーション適応のご判断をお願い申し上げます。
既往歴：[[DATE|2019年8月]] 脳梗塞（[[LOCATION|山王台総合病院]]に入院）
経過：[[DATE|令和8年11月20日]]のホルター心電図で最長6時間のAF。エドキサバン30mg、ビソプロロール2.5mgを継続中。"""),

("intl-004", """[[LOCATION|서울한빛병원]] 외래 접수 기록
진료일: [[DATE|2026년 12월 2일]]   진료과: 신경과
성명: [[PERSON|김순자]] 님 (여, [[AGE|91]]세)
주민등록번호: [[OTHER_ID|350910-2418260]]
건강보험증번호: [[HEALTH_PLAN_ID|71203948162]]   등록번호: [[MRN|00384172]]
주소: [[LOCATION|서울특별시]] [[LOCATION|송파구]] [[STREET_ADDRESS|올림픽로 135, 102동 1503호]] ([[LOCATION|잠실동]]), 우편번호 [[ZIP|05510]]
연락처: [[PHONE|010-5555-0193]] (아들 [[PERSON|박정호]] 씨), 자택 [[PHONE|02-555-0147]]
요양보호사: [[PERSON|최영희]] 님 [[PHONE|010-5555-0166]]
이전 입원: [[DATE|2026. 10. 15.]] ~ [[DATE|2026. 10. 22.]] [[LOCATION|가락중앙요양병원]]
주호소: 최근 2주간 기억력 저하 심해짐, 밤에 길을 잃음. MMSE 16점.
담당의: [[PERSON|이민지]] 교수 (의사면허 제[[LICENSE_NUMBER|84921]]호)
다음 예약: [[DATE|12월 16일]] 오전 10시, 뇌 MRI 후 재진."""),

("intl-005", """SURAT RUJUKAN PESERTA BPJS KESEHATAN
Dari: [[LOCATION|Puskesmas Kecamatan Kebayoran Baru]]
Kepada Yth. dr. [[PERSON|Hendra Wijaya]], Sp.PD - [[LOCATION|RS Harapan Sehat Jagakarsa]]
Nama pasien: Ibu [[PERSON|Siti Nurhaliza Rahmawati]]
NIK: [[OTHER_ID|3174056103580003]]
No. Kartu BPJS: [[HEALTH_PLAN_ID|0001827364519]]
Tgl. lahir: [[DATE|21-03-1958]]   No. RM: [[MRN|KB-26-004817]]
Alamat: [[STREET_ADDRESS|Jl. Kenanga II No. 14, RT 004/RW 07]], [[LOCATION|Kel. Cipete Utara]], [[LOCATION|Kec. Kebayoran Baru]], [[LOCATION|Jakarta Selatan]] [[ZIP|12150]]
HP: [[PHONE|0812-5555-0174]]   Suami: Bapak [[PERSON|Agus Santoso]] ([[PHONE|+62 821-5555-0139]])
Diagnosa: DM tipe 2 tidak terkontrol (GDP 248 mg/dL, HbA1c 10,2%), neuropati perifer.
Mohon evaluasi dan tatalaksana lanjutan. Kontrol terakhir di puskesmas [[DATE|18 November 2026]].
[[LOCATION|Jakarta]], [[DATE|3 Desember 2026]]
Dokter pengirim: dr. [[PERSON|Dewi Lestari Putri]], SIP [[LICENSE_NUMBER|446/B.17/31.74/2025]]"""),

("intl-006", """DISCHARGE SUMMARY - [[LOCATION|Our Lady of Peñafrancia Medical Center]]
Patient: [[PERSON|Maria Lourdes "Malou" Dimaculangan]]   Sex: F   Birthdate: [[DATE|August 15, 1968]]
PhilHealth PIN: [[HEALTH_PLAN_ID|12-050918374-6]]   PhilSys Card No.: [[OTHER_ID|4817-2930-5518-0246]]
Hospital No.: [[MRN|OLP-2026-114829]]
Address: [[STREET_ADDRESS|Blk 12 Lot 7, Sampaguita St.]], [[LOCATION|Brgy. San Isidro]], [[LOCATION|Antipolo City]], Rizal [[ZIP|1870]]
Mobile: [[PHONE|+63 917 555 0132]]
Admitted: [[DATE|Nov 28, 2026]]   Discharged: [[DATE|Dec 1, 2026]]
Final dx: Dengue with warning signs, resolved. Platelets nadir 38,000 on [[DATE|11/30/2026]].
Ang anak niyang si [[PERSON|Jerome]] ang mag-aalaga sa bahay; tawagan siya sa [[PHONE|0998 555 0184]] kung may lagnat ulit o pagdurugo.
Follow-up: OPD Room 4, Dr. [[PERSON|Cristina Manalastas-Yu]] on [[DATE|December 8, 2026]].
Attending: Dr. [[PERSON|Ramon Villafuerte]], PRC Lic. No. [[LICENSE_NUMBER|0098124]]
Refund of deposit via GCash to [[PHONE|0917 555 0132]] (acct name [[PERSON|M. Dimaculangan]])."""),
]

_INTL += [
("intl-007", """[[LOCATION|Lagoon Crest Hospital]]
[[STREET_ADDRESS|14 Admiralty Way]], [[LOCATION|Lekki Phase 1]], [[LOCATION|Lagos]]
Tel: [[PHONE|+234 803 555 0127]]

[[DATE|2nd December, 2026]]

The Consultant Nephrologist,
[[LOCATION|Ikeja Specialist Kidney Centre]],
[[LOCATION|Ikeja]].

Dear Sir/Ma,
RE: REFERRAL OF MRS. [[PERSON|FOLASHADE ADEBAYO-OKONKWO]] (F, 64 YRS) - HOSP. NO. [[MRN|LCH/2026/08817]]
NIN: [[OTHER_ID|48291736025]]   NHIA Enrolee No.: [[HEALTH_PLAN_ID|LAG-11870-0482-03]]
Kindly see the above-named, a known hypertensive of 15 years on amlodipine and lisinopril, whose serum creatinine rose from 142 umol/L on [[DATE|14/10/2026]] to 388 umol/L on [[DATE|30/11/2026]]. Renal USS on [[DATE|1st December]] showed bilaterally shrunken kidneys. We would appreciate your expert review and possible commencement of haemodialysis.
Her husband, Chief [[PERSON|Emeka Okonkwo]], can be reached on [[PHONE|0803 555 0164]]; her daughter [[PERSON|Ngozi]] lives at [[STREET_ADDRESS|7B Bode Thomas Street]], [[LOCATION|Surulere]].
Thank you.

Dr. [[PERSON|Oluwaseun Bakare-Thompson]], MBBS, FWACP
MDCN Reg. No. [[LICENSE_NUMBER|MDCN/R/48213]]"""),

("intl-008", """[[LOCATION|Kisumu Lakeview Medical Centre]] - OUTPATIENT CARD / KADI YA MGONJWA
Tarehe: [[DATE|03/12/2026]]   OP No.: [[MRN|KLMC-26-40817]]
Jina: [[PERSON|Achieng' Awuor Otieno]]   Jinsia: F
ID No.: [[OTHER_ID|28417306]]   SHA No.: [[HEALTH_PLAN_ID|CR4829173056-2]]   KRA PIN: [[OTHER_ID|A004829173K]]
Anwani: [[STREET_ADDRESS|P.O. Box 1872]]-[[ZIP|40100]] [[LOCATION|Kisumu]]
Makazi: [[LOCATION|Milimani]], [[STREET_ADDRESS|Aput Lane, House No. 9]]
Simu: [[PHONE|+254 712 555 043]]   M-Pesa: [[PHONE|0712 555 043]]
Malalamiko: homa na maumivu ya viungo tangu [[DATE|28 Novemba]], kutapika mara 2. mRDT: chanya (P. falciparum).
Matibabu: AL 80/480 x 3 days, paracetamol 1 g tds. Afuatilie tarehe [[DATE|6/12/2026]].
Next of kin: mama yake [[PERSON|Pamela Awuor]] [[PHONE|0733 555 018]], [[LOCATION|Kondele]].
Clinician: [[PERSON|Wanjiru Kamau]], Clinical Officer, COC Reg. No. [[LICENSE_NUMBER|RCO-09182]]"""),

("intl-009", """ONTSLAGBRIEF / DISCHARGE SUMMARY - [[LOCATION|Drakenstein Privaat Hospitaal]]
Pasiënt: Mnr. [[PERSON|Johannes Petrus (Hannes) van der Merwe]]   ID-nommer: [[OTHER_ID|7806145203082]]
Hosp. no.: [[MRN|DPH-114829]]   Mediese fonds lidnommer: [[HEALTH_PLAN_ID|301849276]]
Adres: [[STREET_ADDRESS|Lusthofstraat 27]], [[LOCATION|Paarl]], [[ZIP|7646]]   Sel: [[PHONE|082 555 0148]]
Opname: [[DATE|27 November 2026]]   Ontslag: [[DATE|2 Desember 2026]]
Diagnose: akute pankreatitis (alkohol-verwant), opgelos. Lipase piek 2 140 U/L.
Hy woon saam met sy ouma, mev. [[PERSON|Hester van der Merwe]] ([[AGE|93]], ID [[OTHER_ID|3308150129082]]), wat by ontslag teenwoordig was.
Opvolg: Dr. [[PERSON|Anele Dlamini]] by [[LOCATION|Paarl Mediese Sentrum]] op [[DATE|9/12/2026]] om 10:00.
Refund of co-payment to account no. [[ACCOUNT_NUMBER|62841937501]] (cheque account, holder [[PERSON|J.P. van der Merwe]]).
Dokter: Dr. [[PERSON|Thandiwe Mokoena]], HPCSA [[LICENSE_NUMBER|MP 0748213]]
Contact ward: [[PHONE|021 555 0190]]"""),

("intl-010", """[[LOCATION|የካ ተስፋ ጠቅላላ ሆስፒታል]] - የተመላላሽ ታካሚ ማስታወሻ
ቀን፡ [[DATE|ኅዳር 24 ቀን 2019 ዓ.ም]] ([[DATE|03/12/2026]])
የታካሚ ስም፡ ወ/ሮ [[PERSON|አልማዝ ተስፋዬ ገብረመድህን]]
የካርድ ቁጥር፡ [[MRN|YT-0048213]]   ፋይዳ ቁጥር (FIN)፡ [[OTHER_ID|7310 4829 1605]]
የማህበረሰብ ጤና መድን (CBHI) ቁጥር፡ [[HEALTH_PLAN_ID|AA-YK-08-004821]]
የትውልድ ቀን፡ [[DATE|12/05/1960 ዓ.ም]]
አድራሻ፡ [[LOCATION|አዲስ አበባ]]፣ [[LOCATION|የካ ክፍለ ከተማ]]፣ [[LOCATION|ወረዳ 08]]፣ [[STREET_ADDRESS|የቤት ቁጥር 1124]]
ስልክ፡ [[PHONE|+251 911 55 0142]]
ልጅ፡ አቶ [[PERSON|ዳዊት በቀለ]] - [[PHONE|0912 55 0187]]
Dx: HTN (BP 162/98), T2DM (FBS 214). Amlodipine 10 mg, metformin 500 mg BID.
ቀጣይ ቀጠሮ፡ [[DATE|ታኅሣሥ 15 ቀን 2019 ዓ.ም]]
ሐኪም፡ ዶ/ር [[PERSON|ሰላም ኃይሌ]]"""),

("intl-011", """تقرير طبي - [[LOCATION|مستشفى ضاحية الياسمين التخصصي]]
الاسم: السيد [[PERSON|عبدالله بن سعد الشهري]]
رقم الهوية الوطنية: [[OTHER_ID|١٠٤٨٢٩٣٧١٤]]
رقم الملف الطبي: [[MRN|٧٧٠٤٨١٢]]   رقم بطاقة التأمين: [[HEALTH_PLAN_ID|8401729365]]
تاريخ الميلاد: [[DATE|١٤/٠٣/١٣٨٢ هـ]]
تاريخ الزيارة: [[DATE|٢ ديسمبر ٢٠٢٦]] الموافق [[DATE|٢٢/٠٦/١٤٤٨ هـ]]
العنوان الوطني المختصر: [[STREET_ADDRESS|RRYA3184]]
العنوان: [[STREET_ADDRESS|٣١٨٤ شارع الأمير تركي]]، [[LOCATION|حي الياسمين]]، [[LOCATION|الرياض]] [[ZIP|١٣٣٢٥-٧٧٦١]]
الجوال: [[PHONE|٠٥٥ ٥٥٥ ٠١٤٢]]   زوجته [[PERSON|نورة]]: [[PHONE|+966 50 555 0198]]
التشخيص: التهاب رئوي مكتسب من المجتمع، تحسن بعد المضاد الحيوي.
يمنح إجازة مرضية من [[DATE|٢ ديسمبر]] حتى [[DATE|٨ ديسمبر ٢٠٢٦]].
لاسترداد المبلغ: الآيبان [[IBAN|SA60 1020 0317 1671 2343 1222]]
الطبيب المعالج: د. [[PERSON|ريم عبدالعزيز القحطاني]]، رقم التصنيف المهني [[LICENSE_NUMBER|11RM0048213]]"""),

("intl-012", """[[LOCATION|عيادة الخليج الحديثة]] | [[LOCATION|Modern Gulf Clinic]], [[LOCATION|Al Barsha 2]]
تأكيد موعد
عزيزي السيد [[PERSON|خالد محمد الكعبي]]،
نؤكد موعدكم مع الدكتورة [[PERSON|أنجالي مينون]] يوم الاثنين [[DATE|٧ ديسمبر ٢٠٢٦]] الساعة ١٠:٣٠ صباحاً.
رقم الهوية الإماراتية: [[OTHER_ID|784-1958-0482913-3]]   رقم بطاقة التأمين: [[HEALTH_PLAN_ID|1-0029-48217365-01]]
---
Dear Mr. [[PERSON|Khalid Al Kaabi]],
Your appointment with Dr. [[PERSON|Anjali Menon]] (DHA licence [[LICENSE_NUMBER|DHA-P-0048213]]) is confirmed for Monday [[DATE|7 Dec 2026]], 10:30. Please also bring your father, Mr. [[PERSON|Mohammed Obaid Al Kaabi]] ([[AGE|92]]), Emirates ID [[OTHER_ID|784-1934-0291756-6]], for his geriatric review.
Home visit address on file: [[STREET_ADDRESS|Villa 27, Street 14B]], [[LOCATION|Al Barsha 2]], [[LOCATION|Dubai]] (Makani [[STREET_ADDRESS|29645 74108]]).
Mobile [[PHONE|+971 50 555 0137]] | Email [[EMAIL|k.alkaabi@example.ae]]
Your deposit of AED 300 (paid by card [[CREDIT_CARD|5161 3945 5638 8537]]) will be refunded to [[IBAN|AE63 0260 0386 9967 8491 796]].
Reception: [[PHONE|04 555 0116]]"""),
]

_INTL += [
("intl-013", """خلاصه پرونده - [[LOCATION|درمانگاه نیلوفر آبی]]
نام بیمار: خانم [[PERSON|فاطمه رضایی‌نژاد]]
کد ملی: [[OTHER_ID|۰۰۸۳۴۷۲۹۱۶]]
شماره بیمه (تأمین اجتماعی): [[HEALTH_PLAN_ID|۴۸۲۹۱۷۳۰۵۶]]   شماره پرونده: [[MRN|۲۶-۰۴۸۱۷]]
تاریخ تولد: [[DATE|۱۳۱۳/۰۲/۱۵]]   سن: [[AGE|92]] سال
تاریخ مراجعه: [[DATE|۱۴۰۵/۰۹/۱۲]]
نشانی: [[LOCATION|تهران]]، [[LOCATION|قلهک]]، [[STREET_ADDRESS|خیابان شریعتی، کوچه یاس، پلاک ۲۴، واحد ۳]]
کد پستی: [[ZIP|۱۹۱۳۸۷۴۵۶۱]]
تلفن همراه: [[PHONE|۰۹۱۲ ۵۵۵ ۰۱۴۳]]
همراه بیمار: پسرش آقای [[PERSON|علی رضایی‌نژاد]]، تلفن [[PHONE|۰۲۱-۲۲۵۵۵۰۱۸]]
شرح حال: سرگیجه و زمین خوردن در تاریخ [[DATE|۵ آذر ۱۴۰۵]]. فشار خون ۹۸/۶۰ در حالت ایستاده.
توصیه: قطع آملودیپین، پیگیری در [[LOCATION|بیمارستان مهرآیین]] در [[DATE|۲۶ آذر]].
پزشک معالج: دکتر [[PERSON|مریم کاظمی]]، شماره نظام پزشکی [[LICENSE_NUMBER|۱۲۸۴۷۳]]"""),

("intl-014", """EPİKRİZ - [[LOCATION|Özel Boğaziçi Şifa Hastanesi]], Dahiliye Servisi
Hasta: [[PERSON|Ayşe Nur Yıldırım Kaya]]   Protokol No: [[MRN|2026-118204]]
T.C. Kimlik No: [[OTHER_ID|38471920510]]   Poliçe No: [[HEALTH_PLAN_ID|P-48217365-02]]
Doğum tarihi: [[DATE|04.06.1952]]
Yatış: [[DATE|24.11.2026]]   Taburcu: [[DATE|01.12.2026]]
Adres: [[LOCATION|Cumhuriyet Mah.]] [[STREET_ADDRESS|Lale Sok. No: 17 D: 6]], [[ZIP|34710]] [[LOCATION|Kadıköy]]/[[LOCATION|İstanbul]]
Cep: [[PHONE|0532 555 01 47]]   Kızı: [[PERSON|Elif Kaya]] [[PHONE|+90 216 555 01 28]]
Tanı: Üriner sistem enfeksiyonu, ürosepsis; seftriakson 7 gün verildi. Kan kültürü ([[DATE|25.11.2026]]) E. coli.
Kontrol: [[DATE|15 Aralık 2026]] Salı, Dahiliye polikliniği.
Fazla ödenen tutar iadesi için IBAN: [[IBAN|TR36 0001 2009 1242 5089 9614 15]] (hesap sahibi: [[PERSON|Ayşe Nur Kaya]])
Sorumlu hekim: Uzm. Dr. [[PERSON|Mehmet Can Öztürk]], diploma tescil no [[LICENSE_NUMBER|148213]]"""),

("intl-015", """ВЫПИСНОЙ ЭПИКРИЗ (медицинская карта стационарного больного № [[MRN|48213/26]])
[[LOCATION|Клиническая больница «Черёмушки»]], терапевтическое отделение
Пациент: [[PERSON|Смирнова Галина Петровна]], [[DATE|12.03.1933]] г.р. ([[AGE|93]] года)
СНИЛС: [[OTHER_ID|148-203-917 56]]   Полис ОМС: [[HEALTH_PLAN_ID|7703894829173054]]
Адрес: [[ZIP|117218]], [[LOCATION|г. Москва]], [[STREET_ADDRESS|ул. Кржижановского, д. 14, корп. 3, кв. 118]]
Тел.: [[PHONE|+7 (916) 555-01-43]]; дочь — [[PERSON|Лебедева Ольга Викторовна]], [[PHONE|8 (495) 555-01-82]]
Находилась на лечении с [[DATE|24 ноября 2026 г.]] по [[DATE|3 декабря 2026 г.]]
Диагноз: ИБС, постинфарктный кардиосклероз. ХСН IIА. Фибрилляция предсердий, постоянная форма.
Рекомендовано: наблюдение терапевта в [[LOCATION|ГП № 22]] по месту жительства, контроль МНО через 5 дней ([[DATE|08.12.2026]]).
Лечащий врач: [[PERSON|Кузнецов А. В.]]
Заведующая отделением: [[PERSON|Исмаилова Д. Р.]]
Выписку получила дочь [[PERSON|О. В. Лебедева]], [[DATE|3 декабря 2026 г.]]"""),

("intl-016", """НАПРАВЛЕНИЕ НА ГОСПИТАЛИЗАЦИЮ
[[LOCATION|Городская поликлиника № 5]], [[LOCATION|г. Алматы]]
ФИО: [[PERSON|Нурланова Гульнара Ермековна]]
ИИН: [[OTHER_ID|340415401239]]   Дата рождения: [[DATE|15.04.1934]] (возраст [[AGE|92]])
Адрес: [[LOCATION|Бостандыкский район]], [[STREET_ADDRESS|мкр. Орбита-2, д. 18, кв. 44]], [[ZIP|050060]]
Тел.: [[PHONE|+7 (701) 555-01-29]]   Внук: [[PERSON|Ержан Нурланов]], [[PHONE|8 777 555 0164]]
Направляется в [[LOCATION|Алматинский городской кардиоцентр]] с диагнозом: нестабильная стенокардия.
Мекенжайы: [[LOCATION|Алматы қаласы]], [[STREET_ADDRESS|Орбита-2 шағын ауданы, 18 үй, 44 пәтер]]
Қабылдау күні: [[DATE|2026 жылғы 2 желтоқсан]]
ЭКГ от [[DATE|01.12.2026]]: депрессия ST V4-V6. Тропонин отрицательный.
Врач: [[PERSON|Сейткали Б. М.]]   Подпись, печать.
Статус ОСМС: застрахована."""),

("intl-017", """[[LOCATION|კლინიკა „ვაკე-მედი“]] - ამბულატორიული ვიზიტის ფორმა
პაციენტი: ქალბატონი [[PERSON|ნინო ბერიძე]]
პირადი ნომერი: [[OTHER_ID|01024058317]]
დაბადების თარიღი: [[DATE|14.02.1947]]
მისამართი: [[LOCATION|თბილისი]], [[LOCATION|ვაკის რაიონი]], [[STREET_ADDRESS|ჭავჭავაძის გამზ. 37, ბ. 12]], [[ZIP|0179]]
ტელ.: [[PHONE|+995 599 55 01 43]]
შვილი: ბატონი [[PERSON|გიორგი კაპანაძე]], [[PHONE|+995 577 55 01 86]]
სადაზღვევო პოლისი: [[HEALTH_PLAN_ID|GPI-4820173-01]]
ვიზიტის თარიღი: [[DATE|2 დეკემბერი, 2026]]
დიაგნოზი: არტერიული ჰიპერტენზია, II ხარისხი. AD 168/96.
განმეორებითი ვიზიტი: [[DATE|16.12.2026]]
ექიმი: [[PERSON|ლევან ჯაფარიძე]], სახელმწიფო სერტიფიკატი № [[LICENSE_NUMBER|04-48213]]
გადახდა: [[IBAN|GE46 TB41 4122 5039 9899 08]]"""),

("intl-018", """KARTA INFORMACYJNA LECZENIA SZPITALNEGO
[[LOCATION|Szpital Miejski „Pod Lipami” w Skierniewicach]], Oddział Chorób Wewnętrznych
Pacjent: [[PERSON|Zdzisław Kaczmarek]]   Nr księgi głównej: [[MRN|2026/08412]]
PESEL: [[OTHER_ID|34041204853]] (ur. [[DATE|12.04.1934]], [[AGE|92]] l.)
Adres: [[STREET_ADDRESS|ul. Reymonta 14 m. 3]], [[ZIP|96-100]] [[LOCATION|Skierniewice]]
Tel.: [[PHONE|+48 601 555 014]]   Syn: [[PERSON|Marek Kaczmarek]], tel. [[PHONE|46 555 01 27]]
Przyjęty: [[DATE|25.11.2026]]   Wypisany: [[DATE|02.12.2026]]
Rozpoznanie: zaostrzenie POChP, niewydolność oddechowa typu I.
Zalecenia: kontrola w [[LOCATION|Przychodnia Rodzinna „Medyk”]] dnia [[DATE|16 grudnia 2026 r.]]; koncentrator tlenu, nr seryjny [[DEVICE_ID|EV5-2604817]].
Nadpłatę za pokój jednoosobowy zwrócimy na rachunek [[IBAN|PL30 1020 4533 3147 8932 8804 0723]].
Lekarz prowadzący: lek. [[PERSON|Agnieszka Wróblewska-Nowak]], nr PWZ [[LICENSE_NUMBER|4748213]]"""),
]

_INTL += [
("intl-019", """LÉKAŘSKÁ ZPRÁVA - [[LOCATION|Poliklinika Vltavská]], kardiologická ambulance
Pacientka: paní [[PERSON|Jarmila Dvořáková]]
Rodné číslo: [[OTHER_ID|585217/0291]]   Číslo pojištěnce: [[HEALTH_PLAN_ID|5852170291]]   ZP: 111
Datum narození: [[DATE|17. 2. 1958]]
Bydliště: [[STREET_ADDRESS|Na Pankráci 1618/30]], [[ZIP|140 00]] [[LOCATION|Praha 4]]
Telefon: [[PHONE|+420 602 555 014]]   Manžel: [[PERSON|Pavel Dvořák]], [[PHONE|731 555 082]]
Vyšetření dne [[DATE|1. 12. 2026]]: palpitace 3 týdny, Holter [[DATE|24. 11. 2026]] bez maligních arytmií, SVES 4 %.
Závěr: benigní supraventrikulární extrasystolie. Doporučeno omezit kofein, bisoprolol 1,25 mg při obtížích.
Kontrola: [[DATE|15. ledna 2027]] v 8:30.
Praktický lékař: MUDr. [[PERSON|Alena Šťastná]], [[LOCATION|Praha 4]] - zpráva zaslána.
Platba za nadstandard: [[IBAN|CZ62 0300 2164 7786 3644 1855]]
MUDr. [[PERSON|Tomáš Havlíček]], Ph.D."""),

("intl-020", """ZÁRÓJELENTÉS - [[LOCATION|Kelenföldi Városi Kórház]], Belgyógyászati Osztály
Beteg neve: [[PERSON|Kovács Istvánné]] (szül. [[PERSON|Tóth Erzsébet]])
TAJ szám: [[HEALTH_PLAN_ID|038 274 613]]   Kórlapszám: [[MRN|2026/11482]]
Születési idő: [[DATE|1936. március 8.]]   Életkor: [[AGE|90]] év
Lakcím: [[ZIP|1119]] [[LOCATION|Budapest]], [[LOCATION|XI. kerület]], [[STREET_ADDRESS|Fehérvári út 112. 3. em. 7.]]
Telefon: [[PHONE|+36 30 555 0147]]
Hozzátartozó: lánya, [[PERSON|Szabó Andrea]], [[PHONE|06 1 555 0192]]
Felvétel: [[DATE|2026.11.23.]]   Távozás: [[DATE|2026.12.02.]]
Diagnózis: exsiccosis, hyponatraemia (Na 121 mmol/l), hipertónia.
Javaslat: háziorvosi kontroll [[DATE|2026.12.09]]-ig, nátriumszint ellenőrzése.
Rehabilitációs térítési díj: [[IBAN|HU46 1040 4844 7309 7100 2011 8316]]
Kezelőorvos: dr. [[PERSON|Nagy Péter Gábor]], pecsétszám [[LICENSE_NUMBER|48213]]"""),

("intl-021", """SCRISOARE MEDICALĂ
[[LOCATION|Clinica Medicală „Sfânta Ana”]], [[LOCATION|Cisnădie]]
Pacient: Dna [[PERSON|Maria Ionescu-Popa]]   Nr. FO: [[MRN|4821/2026]]
CNP: [[OTHER_ID|2340629400183]]   Card de sănătate: [[HEALTH_PLAN_ID|80642000482917305643]]
Data nașterii: [[DATE|29.06.1934]]   Vârsta: [[AGE|92]] ani
Adresa: [[STREET_ADDRESS|Str. Cetății nr. 14, bl. 4, sc. B, ap. 21]], [[LOCATION|Cisnădie]], jud. Sibiu, cod poștal [[ZIP|555300]]
Telefon: [[PHONE|0722 555 014]]   Fiica: [[PERSON|Ioana Popa]], [[EMAIL|ioana.popa@example.ro]]
Internare [[DATE|20.11.2026]] - externare [[DATE|28.11.2026]]
Diagnostic: fractură de col femural stâng operată (proteză bipolară [[DATE|21.11.2026]]).
Recomandări: kinetoterapie, enoxaparină 40 mg/zi până la [[DATE|19 decembrie 2026]]; control la medicul de familie Dr. [[PERSON|Elena Vasilescu]].
Restituire avans: [[IBAN|RO08 RNCB 8625 5118 4873 3311]]
Medic curant: Dr. [[PERSON|Radu Mihăilescu]], cod parafă [[LICENSE_NUMBER|B48213]]"""),

("intl-022", """LETTERA DI DIMISSIONE - [[LOCATION|Ospedale Santa Chiara dei Colli]], U.O. Geriatria
Paziente: Sig. [[PERSON|Ermenegildo Ferrandi]]   Cartella n. [[MRN|2026/004817]]
Codice fiscale: [[OTHER_ID|FRRRNG31C07L872X]]
Tessera sanitaria: [[HEALTH_PLAN_ID|80380000482917305640]]
Nato a [[LOCATION|Vigevano]] il [[DATE|07/03/1931]], [[AGE|95]] anni
Residenza: [[STREET_ADDRESS|Via Garibaldi 21, int. 4]], [[ZIP|27029]] [[LOCATION|Vigevano]] (PV)
Tel.: [[PHONE|0381 555014]]   Figlia [[PERSON|Francesca]]: [[PHONE|+39 347 555 0182]]
Ricovero dal [[DATE|22/11/2026]] al [[DATE|01/12/2026]] per delirium ipocinetico in corso di infezione urinaria.
Terapia alla dimissione: fosfomicina, quetiapina 25 mg la sera.
Controllo ambulatoriale il [[DATE|14 gennaio 2027]]; medico curante Dr. [[PERSON|Paolo Ferraris]] informato.
Rimborso ticket su [[IBAN|IT54 K030 6938 7981 1351 1971 814]].
Dott.ssa [[PERSON|Chiara Lombardi]], dirigente medico"""),

("intl-023", """INFORME DE ALTA - [[LOCATION|Hospital Comarcal Sierra de Albarracín]]
Paciente: D.ª [[PERSON|Nadia El Amrani Benali]]   NHC: [[MRN|448217]]
NIE: [[OTHER_ID|Y4829173S]]   Tarjeta sanitaria (CIP): [[HEALTH_PLAN_ID|ARAG 4802 1973 05]]
Fecha nac.: [[DATE|12/06/1985]]
Domicilio: [[STREET_ADDRESS|C/ San Juan, 18, 3.º B]], [[ZIP|44001]] [[LOCATION|Teruel]]
Tfno.: [[PHONE|+34 612 555 014]], fijo [[PHONE|978 55 50 18]]
Acompañante: su marido, D. [[PERSON|Youssef Benali]]
Ingreso: [[DATE|28-11-2026]]   Alta: [[DATE|3-12-2026]]
Diagnóstico: apendicitis aguda; apendicectomía laparoscópica el [[DATE|28/11]].
Revisión en el [[LOCATION|Centro de Salud Teruel Ensanche]] el martes [[DATE|15 de diciembre de 2026]] para retirada de grapas.
Baja laboral hasta el [[DATE|20/12]] aprox.
Domiciliación del copago: [[IBAN|ES46 0049 7815 8069 9833 9762]]
Facultativa: Dra. [[PERSON|Pilar Gómez Aranda]], n.º colegiada [[LICENSE_NUMBER|44/04821]]"""),

("intl-024", """COMPTE RENDU DE CONSULTATION - [[LOCATION|Clinique du Val de Loise]], cardiologie
Patiente : Mme [[PERSON|Geneviève Laurent-Moreau]], née [[PERSON|Moreau]] le [[DATE|17/06/1958]]
N° de sécurité sociale : [[HEALTH_PLAN_ID|2 58 06 75 120 345 11]]   Mutuelle, n° adhérent [[HEALTH_PLAN_ID|MGN-4821730]]
Adresse : [[STREET_ADDRESS|12 bis, rue des Tanneurs, bât. C]], [[ZIP|42600]] [[LOCATION|Montbrison]]
Tél. : [[PHONE|06 39 98 41 27]] / [[PHONE|04 65 71 18 42]]
Consultation du [[DATE|3 décembre 2026]], adressée par le Dr [[PERSON|Hugo Lefèvre]] (RPPS [[LICENSE_NUMBER|10004829171]]).
Motif : dyspnée d'effort. ETT : FEVG 45 %, IM grade 2. Holter prévu le [[DATE|10/12]].
Prochain RDV : lundi [[DATE|11 janvier 2027]] à 14 h.
Sa fille, [[PERSON|Camille Moreau]] ([[EMAIL|camille.moreau@example.fr]]), souhaite recevoir les comptes rendus.
Dépassement d'honoraires remboursé sur [[IBAN|FR24 3000 3600 0705 6148 9707 124]].
Dr [[PERSON|Amina Diallo]], cardiologue"""),
]

_INTL += [
("intl-025", """[[LOCATION|Hausarztpraxis am Schlosspark]]
[[STREET_ADDRESS|Schloßstraße 88]] | [[ZIP|12163]] [[LOCATION|Berlin]] | Tel. [[PHONE|030 5550 1470]] | Fax [[FAX|030 5550 1479]]
BSNR 721234500 | LANR [[LICENSE_NUMBER|482917601]]

An: [[LOCATION|Evangelisches Krankenhaus Lichterfelde-Süd]], Gastroenterologie

Arztbrief vom [[DATE|02.12.2026]]
Patient: Herr [[PERSON|Klaus-Dieter Hoffmann]], geb. [[DATE|03.11.1941]]
Versichertennummer: [[HEALTH_PLAN_ID|K482917304]]
Anschrift: [[STREET_ADDRESS|Schildhornstraße 41, 3. OG links]], [[ZIP|12163]] [[LOCATION|Berlin-Steglitz]]
Tel. [[PHONE|+49 30 5550 1472]]; Ehefrau [[PERSON|Renate Hoffmann]] mobil [[PHONE|0151 5550 1834]]
Sehr geehrte Kolleginnen und Kollegen,
wir überweisen Herrn [[PERSON|Hoffmann]] zur Koloskopie bei Eisenmangelanämie (Hb 9,1 g/dl am [[DATE|28.11.2026]]) und positivem iFOBT.
Vorbefunde: Gastroskopie [[DATE|März 2024]] unauffällig.
Die IGeL-Rechnung bitte auf [[IBAN|DE02 5001 0517 8107 5690 07]] überweisen.
Wiedervorstellung bei uns am [[DATE|12. Januar 2027]].
Mit freundlichen kollegialen Grüßen
Dr. med. [[PERSON|Sabine Krüger-Aydın]], Fachärztin für Innere Medizin"""),

("intl-026", """CONSTANCIA DE ATENCIÓN - [[LOCATION|Sanatorio Rambla Sur]]
Paciente: Sra. [[PERSON|María del Carmen Sosa Pereyra]]
C.I.: [[OTHER_ID|1.834.072-5]]   Socia N.º [[HEALTH_PLAN_ID|00482917]]
Fecha de nacimiento: [[DATE|02/09/1934]] ([[AGE|92]] años)
Domicilio: [[STREET_ADDRESS|Bvar. Artigas 1427 apto. 602]], [[LOCATION|Pocitos]], [[LOCATION|Montevideo]], CP [[ZIP|11300]]
Tel.: [[PHONE|099 555 014]]; fijo [[PHONE|2709 5518]]
Atendida en puerta de emergencia el [[DATE|1 de diciembre de 2026]] 22:40 por caída de su altura; Rx de cadera sin fractura. Hematoma en muslo derecho.
Alta con su nieto, [[PERSON|Santiago Rodríguez Sosa]] (C.I. [[OTHER_ID|3.492.018-7]]), quien se compromete a acompañarla.
Control con su médica de cabecera, Dra. [[PERSON|Verónica Olivera]], antes del viernes [[DATE|4/12]].
Dra. [[PERSON|Lucía Fernández Bentancor]], Caja Profesional N.º [[LICENSE_NUMBER|48213]]
[[LOCATION|Montevideo]], [[DATE|2 de diciembre de 2026]]"""),

("intl-027", """REGISTRO DE CONTROL - [[LOCATION|CESFAM Lo Barnechea]], Programa Cardiovascular
Paciente: [[PERSON|Rosa Elena Huenchullán Millaqueo]]
RUT: [[OTHER_ID|8.731.042-6]]   Previsión: FONASA B   Ficha: [[MRN|LB-0041827]]
Fecha nac.: [[DATE|23-01-1959]]
Dirección: [[STREET_ADDRESS|Pasaje Los Aromos 2314]], [[LOCATION|Villa El Esfuerzo]], [[LOCATION|Lo Barnechea]], Región Metropolitana
Fono: [[PHONE|+56 9 5550 1437]]   Hija: [[PERSON|Daniela Soto Huenchullán]], [[PHONE|+56 9 5550 1482]]
Control [[DATE|3/12/2026]]: PA 138/82, HbA1c 7,1 % ([[DATE|20/11/2026]]), LDL 96. Pie diabético: sin lesiones.
Educación en alimentación; derivación a nutricionista [[PERSON|Camila Ortúzar]].
Próximo control: [[DATE|10-03-2027]]. Exámenes en [[LOCATION|Laboratorio Clínico Cordillera]] una semana antes.
Profesional: [[PERSON|Ignacio Valenzuela Rojas]], enfermero, RUT [[OTHER_ID|14.382.907-3]], Registro SIS [[LICENSE_NUMBER|482917]]"""),

("intl-028", """[[LOCATION|Newton Family Medical Clinic]] - visit note
Patient: [[PERSON|Harpreet Kaur Sandhu]]   ਮਰੀਜ਼: [[PERSON|ਹਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ]]
PHN: [[HEALTH_PLAN_ID|9738 291 049]]   DOB: [[DATE|1950-08-14]]   Chart: [[MRN|NF-20418]]
ID checked: BC driver's licence [[LICENSE_NUMBER|4829173]]
Address: [[STREET_ADDRESS|8123 128 St, Unit 41]], [[LOCATION|Surrey]], BC [[ZIP|V3W 4G1]]   Phone: [[PHONE|604-555-0174]]
Visit date: [[DATE|2026-12-02]] (Punjabi, son [[PERSON|Gurdeep]] interpreting at her request)
S: knee pain, worse on stairs; also asks about her father-in-law, [[PERSON|Bakhshish Singh Sandhu]], [[AGE|96]], who lives with them and is more confused since [[DATE|Nov 20]].
A/P: OA knees - PT referral to [[LOCATION|Scott Road Physiotherapy]]; Voltaren gel. Home visit for father-in-law booked [[DATE|Dec 9]] (his PHN [[HEALTH_PLAN_ID|9148 207 364]]).
Dr. [[PERSON|Marcus Leung]], CPSBC [[LICENSE_NUMBER|48213]]
Fax to pharmacy: [[FAX|604-555-0179]]"""),

("intl-029", """[[LOCATION|মিরপুর শিশু ও মাতৃসেবা হাসপাতাল]] - ছাড়পত্র
রোগীর নাম: মোছাঃ [[PERSON|রহিমা খাতুন]]   রেজি. নং: [[MRN|MSM-২৬-০৪৮১৭]]
জাতীয় পরিচয়পত্র নং: [[OTHER_ID|৪৮২ ৯১৭ ৩০৫৬]]
জন্ম তারিখ: [[DATE|০৫/০৭/১৯৯২]]
ঠিকানা: [[STREET_ADDRESS|বাড়ি ১২, রোড ৭, ব্লক সি]], [[LOCATION|মিরপুর-১০]], [[LOCATION|ঢাকা]]-[[ZIP|১২১৬]]
মোবাইল: [[PHONE|০১৭১১-৫৫৫০১৪]]   স্বামী: মোঃ [[PERSON|করিম উদ্দিন]] [[PHONE|+880 1811-555018]]
ভর্তির তারিখ: [[DATE|২৮ নভেম্বর ২০২৬]]   ছুটির তারিখ: [[DATE|২ ডিসেম্বর ২০২৬]]
রোগ নির্ণয়: সিজারিয়ান সেকশন, সুস্থ কন্যা সন্তান (জন্ম [[DATE|২৮/১১/২০২৬]], ওজন ৩.১ কেজি)।
পরবর্তী সাক্ষাৎ: [[DATE|৯ ডিসেম্বর ২০২৬]], সেলাই কাটা।
bKash payment ref to [[PHONE|01711-555014]]
চিকিৎসক: ডা. [[PERSON|সুমাইয়া ইসলাম]], বিএমডিসি রেজি. নং [[LICENSE_NUMBER|A-48213]]"""),

("intl-030", """[[LOCATION|成都锦江和睦医院]] 出院小结
姓名：[[PERSON|王秀英]]　性别：女　年龄：[[AGE|94]]岁　住院号：[[MRN|ZY20261128047]]
身份证号：[[OTHER_ID|510107193203154522]]
医保卡号：[[HEALTH_PLAN_ID|51010048291730]]
入院日期：[[DATE|2026年11月28日]]　出院日期：[[DATE|2026年12月3日]]
住址：四川省[[LOCATION|成都市]][[LOCATION|武侯区]][[STREET_ADDRESS|玉林南路18号3栋2单元501室]]　邮编：[[ZIP|610041]]
联系电话：[[PHONE|138 5550 1427]]　家属：儿子 [[PERSON|李建国]]，[[PHONE|028-8555-0163]]
入院诊断：社区获得性肺炎，慢性心力衰竭急性加重。
既往史：[[DATE|2018年5月]]于[[LOCATION|锦城第二人民医院]]行右髋关节置换术；高血压病史30年。
转入前曾在[[LOCATION|玉林社区卫生服务中心]]输液3天。
诊疗经过：予头孢曲松抗感染、利尿治疗，[[DATE|12月1日]]复查胸片明显好转。
出院医嘱：低盐饮食，[[DATE|12月17日]]于呼吸科门诊复诊。护工 [[PERSON|刘]]阿姨 协助照护。
主治医师：[[PERSON|张丽华]]　医师执业证书编码：[[LICENSE_NUMBER|110510100048213]]"""),
]

TEXTS = [(i, "note", t) for i, t in _NOTES] + [(i, "intl", t) for i, t in _INTL]

"""heldout8, second half: US clinical / telehealth / pharmacy notes (note-801..830)
and international texts (intl-801..830).

Licence: CC0-1.0. Everything is invented: names, addresses, phone numbers, ids,
institutions. Reserved ranges where they exist (US 555-01xx, UK 07700 900xxx and
0116 496 0xxx, AU 0491 570 xxx, FR 05 36 49 / 06 39 98, SSN 987-65-432x,
example.* domains, documentation IP ranges). Checksummed numbers are valid on
purpose: NPI (Luhn with 80840), DEA, IBAN (mod 97), NHS number (mod 11), Medicare
AU, BC PHN, NZ NHI, Irish PPSN, German KVNR and LANR, French NIR key and RPPS,
Spanish DNI/NIE letters, Italian codice fiscale, Dutch BSN (11-proof), Swedish
personnummer, Norwegian fodselsnummer, Danish CPR (mod 11), PESEL, Polish PWZ,
Brazilian CPF and CNS, Mexican CURP and RFC, SA ID, Israeli ID, Singapore NRIC,
Korean RRN, Emirates ID, Aadhaar (Verhoeff).

Annotation follows the README guidelines and the earlier sets' decisions. Cases
they do not spell out were annotated like this:

- Store and facility codes are not annotated: chain store numbers ("CVS #4417",
  "WALGREENS #07721"), NCPDP ids, CLIA, a South African BHF practice number, a GPhC
  premises number, a Korean 의료기관 기호. Their addresses, phones and faxes are.
- Telehealth and online-pharmacy brands ("Northstar Virtual Care", "BrightPath
  Health") are not annotated; their contact data is. An independent relay-point
  shop's trading name ("Tabac-Presse du Fer à Cheval") is not annotated, its
  address is; in a chain pick-up point ("Posten i Kiwi Bislett", "ICA
  Kvillebäcken", "Engen Brackenfell", "Boots Commercial Road") only the branch
  place is a LOCATION.
- Parcel lockers: "Packstation 174" and a Paczkomat code ("KRA14N") are
  STREET_ADDRESS, like a PO box; a DHL Postnummer is an ACCOUNT_NUMBER (customer
  number). NZ "RD 2" on its own line is its own STREET_ADDRESS; a Norwegian
  bolignummer (H0304), Spanish "3º izda.", Danish "2. tv.", Italian "int. 9" and a
  Brazilian "12º andar" stay inside the STREET_ADDRESS. A neighbour's "Flat 11" is
  a STREET_ADDRESS.
- Qatar blue-plate address: "Building 24, Street 870" is the STREET_ADDRESS, "Zone
  56" a LOCATION (district with its unit word), the area name another LOCATION.
- Initials used as the patient identifier of an adverse-event report ("J.M.W.")
  are PERSON, like staff initials. A chosen name and a legal name are both PERSON.
  Names on an intercom label ("citofono Lombardi/Russo") are PERSON. A surname
  alone before a title (Korean "정 약사") is PERSON, the title outside.
- Ids: a web-form submission id, a virtual-assistant session id, a Japanese
  konbini payment number, carrier tracking numbers and carrier claim numbers are
  OTHER_ID; e-prescription references (NHS EPS prescription ID, E-Rezept-ID, Italian
  NRE, Korean 교부번호, a digital prescription's validation code, prescriber order
  number) are OTHER_ID; the Polish e-recepta 4-digit access code is not annotated
  (a PIN). iPLEDGE patient ids, state cannabis patient and caregiver registry ids,
  a US passport number, a Philippine senior-citizen id, RFC (tax id), CURP, PPSN,
  QID, CPR, BSN and the other national numbers are OTHER_ID. An ABHA address is
  OTHER_ID and the ABHA number HEALTH_PLAN_ID.
- Health-plan ids: Irish DPS card, Alberta health care number, Alberta Blue Cross
  id, Qatar health card, South African medical-aid number, French mutuelle number,
  Spanish CIPA, Italian tessera sanitaria, PhilHealth, Part D and Medicare Advantage
  ids, and the Japanese 保険証 記号, 番号 and 枝番 (each its own span) are
  HEALTH_PLAN_ID. A spoken health number is one span.
- Licences: a Texas medical licence, a state APRN prescriptive-authority number,
  a PA practitioner id, NJ PA licence, DEA, NPI, LANR, RPPS, BIG, PWZ, IMC, GMC,
  GPhC, AHPRA, HPCSA, QCHP, DHA, Singapore MCR, Korean 면허번호, Mexican cédula,
  Spanish nº colegiado, CRM, Indian state council numbers and a US driver's
  licence are LICENSE_NUMBER.
- Not annotated: drug lot numbers and expiry years, device model names (BPM-C2),
  CPT codes, CID-10 codes, card endings, the dependant code on a medical-aid card,
  Bizum/BLIK/Swish/iDEAL as methods (the phone numbers used for Bizum and Swish and
  for GCash are PHONE), US states, provinces, prefectures and "Cebu" (province).
- Dates: each end of "11/23-11/27" is its own DATE; "Aug 2026", "03/2025" and
  "Feb 2027" are DATE; weekdays stay outside ("Thursday, [December 10, 2026]",
  "mardi [8 décembre]", "（水）"); a year alone is not annotated ("2019", "exp 2027").
- Hebrew prefix letters attached to a name or place (מ "from") stay outside the
  span; Kannada case endings are separate words here.
"""

NOTES = [
("note-801", "note", """ASYNC REVIEW - Weight Management (GLP-1)   case [[OTHER_ID|WM-2026-118734]]
Patient: [[PERSON|Danielle R. Okonkwo-Hart]]   DOB [[DATE|03/22/1987]]   Sex F
Ship-to: [[STREET_ADDRESS|4417 Larkspur Ridge Dr]], [[LOCATION|Round Rock]], TX [[ZIP|78665]]
Licensure check: pt located in TX (ID + IP geo agree); prescriber holds TX lic [[LICENSE_NUMBER|S2291]].

Questionnaire (submitted [[DATE|11/30/2026]] 22:14 CT):
- Ht 5'6", Wt 212 lb, BMI 34.2
- Hx pancreatitis: No. Personal/family hx MTC/MEN2: No ("my aunt had a thyroid nodule but benign")
- Current meds: sertraline 50 mg daily, Junel Fe 1/20
- Pregnant / breastfeeding / planning in next 2 mo: No
- Prior GLP-1: Wegovy 0.25-0.5 mg from her PCP at [[LOCATION|Hillcrest Family Medicine]], stopped d/t cost
ID verification: TX DL [[LICENSE_NUMBER|41928735]] matched selfie.
Outside labs uploaded: A1c 5.9, TSH 1.8, CMP wnl ([[DATE|10/02/2026]]).

Plan: start compounded semaglutide 0.25 mg SC weekly x4 wk, then 0.5 mg if tolerated. Rx routed to partner 503A pharmacy [[LOCATION|Meridian Compounding Pharmacy]], [[STREET_ADDRESS|2120 E Rio Salado Pkwy Ste 104]], [[LOCATION|Tempe]], AZ [[ZIP|85281]]. Counseled via portal msg re GI s/e, hydration, missed-dose rule, contraception backup not needed (not on oral tirzepatide). Check-in 4 wk.
- [[PERSON|Priya Venkataraman]], NP-C  NPI [[LICENSE_NUMBER|1274655301]]"""),

("note-802", "note", """NEWRX rcvd [[DATE|2026-12-04]]T15:02:11Z  SCRIPT 2017071  MessageID 8c1f44e0a2b94d7e
Prescriber: [[PERSON|GARRETT]], [[PERSON|LOUIS]] A  MD   NPI [[LICENSE_NUMBER|1418730291]]   DEA [[LICENSE_NUMBER|BG3058179]]
  Northstar Virtual Care, [[STREET_ADDRESS|1 Kendall Sq Bldg 400]], [[LOCATION|Cambridge]] MA [[ZIP|02139]]
  Ph [[PHONE|(617) 555-0148]]  Fax [[FAX|(617) 555-0149]]
Pharmacy: WALGREENS #07721  NCPDP 2234567  [[STREET_ADDRESS|401 Highland Ave]] [[LOCATION|SOMERVILLE]] MA [[ZIP|02144]]  Ph [[PHONE|6175550150]]
Patient: [[PERSON|NGUYEN]], [[PERSON|THI KIM ANH]]   DOB [[DATE|19640817]]   F
  [[STREET_ADDRESS|88 PROSPECT HILL AVE APT 2]] [[LOCATION|SOMERVILLE]] MA [[ZIP|02143-1907]]   Ph [[PHONE|6175550172]]
MedicationPrescribed: Losartan Potassium 50 MG Oral Tablet   Qty 90 (tablet)   DaysSupply 90   Refills 3
Sig: Take 1 tablet by mouth once daily. Hold if top BP number under 100.
Substitutions: allowed   WrittenDate [[DATE|2026-12-04]]
PrescriberOrderNumber [[OTHER_ID|NSV-RX-5540291]]
Note: Pt prefers Vietnamese-language label/insert. Daughter [[PERSON|Lan]] picks up."""),

("note-803", "note", """Coastal Reference Laboratories   [[STREET_ADDRESS|6600 Harbor Gateway Blvd]], [[LOCATION|Carson]], CA [[ZIP|90746]]   CLIA 05D0987123   Lab Director: [[PERSON|Hyun-woo Paik]], MD
PATIENT: [[PERSON|SANTOS-BLAKE, MARCUS J]]     DOB: [[DATE|07/09/1979]]  AGE: 47Y  SEX: M     PHONE: [[PHONE|213-555-0163]]
PATIENT ID: [[MRN|CRL8841273]]   ACCESSION: [[OTHER_ID|CR26-338-04417]]   REQ #: [[OTHER_ID|TH4470923]]
ORDERING: [[PERSON|ABERNATHY, KEITH]] MD   NPI: [[LICENSE_NUMBER|1865209344]]
COLLECTED: [[DATE|12/01/2026]] 07:42   RECEIVED: [[DATE|12/01/2026]] 14:10   REPORTED: [[DATE|12/02/2026]] 05:55   FASTING: Y
TEST                         RESULT   FLAG   REFERENCE      UNITS
LIPID PANEL
 CHOLESTEROL, TOTAL          231      H      <200           mg/dL
 HDL CHOLESTEROL              38      L      >39            mg/dL
 TRIGLYCERIDES               174      H      <150           mg/dL
 LDL-C (MARTIN-HOPKINS)      158      H      <100           mg/dL
 NON-HDL CHOLESTEROL         193      H      <130           mg/dL
HEMOGLOBIN A1c               6.1      H      <5.7           %
COMPREHENSIVE METABOLIC PANEL
 GLUCOSE                     109      H      65-99          mg/dL
 CREATININE                 1.04             0.76-1.27      mg/dL
 eGFR                         88             >59            mL/min/1.73m2
 ALT                          47      H      0-44           IU/L
COMMENT: Results phoned to [[PERSON|Tasha]] at ordering office [[DATE|12/02]] 06:10 by [[PERSON|M. Ruiz]], MLS(ASCP).
Page 1 of 1                                                     FINAL REPORT"""),

("note-804", "note", """RPh DUR INTERVENTION  [[DATE|12/03/26]]
Order #[[OTHER_ID|1188204]] - sildenafil 50 mg #10 prn, prescriber [[PERSON|Ian Whitcombe]], PA-C (async ED visit [[DATE|12/02]]).
Hard stop: PBM claims history shows isosorbide mononitrate ER 30 mg filled [[DATE|11/14]] at an outside pharmacy. Pt answered "no" to nitrates on intake.
Called pt at [[PHONE|412-555-0119]] x2, no answer, LVM (name of pharmacy + callback only). 14:20 pt's wife [[PERSON|Donna]] called back, on HIPAA list; pt [[PERSON|Raymond Kaczmarek]] ("[[PERSON|Ray]]") then got on the line. Confirms ISMN was started by cardiologist Dr. [[PERSON|Oyelaran]] at [[LOCATION|Allegheny Ridge Heart Institute]] after a stent in Oct and he "didn't think of it as a nitrate".
Action: Rx NOT dispensed, cancelled, refund initiated; message to prescriber in EHR; pt told not to use any PDE5 inhibitor from any source and to bring it up with cardiology. Ship-to on file [[LOCATION|Cranberry Twp]], PA - nothing shipped.
[[PERSON|K. Halvorsen]], PharmD"""),

("note-805", "note", """async HL 31M [[PERSON|jake morrow]] norwood 3v, no sexual s/e concerns, no hx depression, not TTC w/ partner -> fin 1mg daily + min 5% foam, photos rec'd [[DATE|12/5]] look ok, ship to [[LOCATION|Boise]]. -[[PERSON|DL]]"""),

("note-806", "note", """BrightPath Health - Virtual Primary Care
[[STREET_ADDRESS|PO Box 30217]], [[LOCATION|Nashville]], TN [[ZIP|37241]]  -  Tel [[PHONE|615-555-0134]]  -  Fax [[FAX|615-555-0135]]

[[DATE|December 6, 2026]]

[[PERSON|Adaeze Nwosu]], MD
[[LOCATION|Cumberland Dermatology & Mohs Surgery]]
[[STREET_ADDRESS|2011 Church St, Suite 610]]
[[LOCATION|Nashville]], TN [[ZIP|37203]]
By fax: [[FAX|615-555-0187]]

RE: [[PERSON|Harlan Tibbs]]    DOB [[DATE|02/28/1951]]    Ph [[PHONE|931-555-0102]]
Humana Medicare Advantage ID [[HEALTH_PLAN_ID|H41927785]]

Dear Dr. [[PERSON|Nwosu]],

I saw Mr. [[PERSON|Tibbs]] by video on [[DATE|12/04]] for a lesion of the left preauricular cheek, present about six months, enlarging and bleeding intermittently. Photos taken by his daughter, [[PERSON|Cora Tibbs-Lyle]], are attached (3 images): a 9 mm pearly papule with central ulceration and arborizing vessels. He farmed tobacco in [[LOCATION|Macon County]] for forty years; a BCC was excised from his nasal ala in 2014 at [[LOCATION|Hartsville Surgical Center]].

I am concerned about basal cell carcinoma and would appreciate your evaluation, biopsy and Mohs as you see fit. He takes apixaban 5 mg BID for atrial fibrillation; please advise us if it should be held. He prefers appointments after 10 am, as his daughter drives him from [[LOCATION|Lafayette]].

Sincerely,
[[PERSON|Rebecca Stanhope]], DO
NPI [[LICENSE_NUMBER|1593026713]]"""),

("note-807", "note", """TCM CALL (within 2 business days)  [[DATE|12/07/2026]] 10:05
Spoke with pt [[PERSON|Eugenia Porter-Wells]] and son [[PERSON|Desmond]] (speaker). ID verified w/ DOB [[DATE|09/16/1933]], age [[AGE|93]].
---- pasted from [[LOCATION|Mercy Lakes Hospital]] discharge summary ----
Admit [[DATE|11/29/2026]]   Discharge [[DATE|12/05/2026]]   MRN [[MRN|ML-00462871]]   Attending: [[PERSON|Samir Haddad]], MD
Dx: acute on chronic HFpEF; AKI on CKD 3a (resolved)
Course: IV furosemide, net -4.1 L; Cr peak 1.9 -> 1.3. Echo EF 60%, mod TR.
D/c meds: furosemide 40 mg PO BID (NEW dose, was 20 daily); metoprolol succinate 25 daily; KCl 10 mEq daily; STOP ibuprofen.
F/u: cardiology Dr. [[PERSON|Ellery]] [[DATE|12/12]]; BMP in 1 wk.
D/c to home w/ son, [[STREET_ADDRESS|1730 W Juneway Terr]], [[LOCATION|Chicago]] IL [[ZIP|60626]]; home health referral placed.
---- end paste ----
Med rec: both old furosemide 20 mg and new 40 mg bottles at home; son to discard the 20s, read labels back correctly. Wt today 148.2 lb (d/c 147.6). No orthopnea, ankles "same". BMP order sent to Labcorp [[LOCATION|Rogers Park]].
Next RN call [[DATE|12/10]]. 22 min.  [[PERSON|Marisol Eckert]], RN"""),

("note-808", "note", """New submission: Patient Intake - Men's Health
Submission ID: [[OTHER_ID|5994120387716543210]]   Submitted: [[DATE|Dec 5, 2026]] 23:41

Legal name: [[PERSON|Tomás Quintero Ybarra]]
Preferred name: [[PERSON|Tommy]]
Date of birth: [[DATE|1990-04-11]]
Sex assigned at birth: Male
Email: [[EMAIL|tq.ybarra90@example.net]]
Mobile: [[PHONE|+1 (915) 555-0127]]
Address line 1: [[STREET_ADDRESS|10452 Montwood Dr]]
Address line 2: [[STREET_ADDRESS|Unit 7B]]
City: [[LOCATION|El Paso]]   State: TX   ZIP: [[ZIP|79935]]
SSN (optional, insurance verification): [[SSN|987-65-4323]]
Insurance: BCBS TX   Member ID: [[HEALTH_PLAN_ID|ZGP884712305]]   Group #: [[HEALTH_PLAN_ID|B07341]]
Emergency contact: [[PERSON|Araceli Ybarra]] (mother)  [[PHONE|915-555-0193]]
Primary care: Dr. [[PERSON|Leung]], [[LOCATION|Sun City Family Clinic]]
Preferred pharmacy: H-E-B Pharmacy [[LOCATION|Zaragoza Rd]]
Reason for visit: ED for like a year, also want testosterone checked
Allergies: PCN (hives)
Conditions: [x] High blood pressure  [ ] Diabetes  [ ] Heart disease  [ ] Nitrates
Medications: lisinopril 10
Consent to telehealth: Yes    Signature: [[PERSON|Tomas Q Ybarra]]    Date: [[DATE|12/05/2026]]
IP: [[IP_ADDRESS|198.51.100.77]]"""),

("note-809", "note", """REMOTE PATIENT MONITORING - MONTHLY SUMMARY   period [[DATE|11/01/2026]] - [[DATE|11/30/2026]]
Patient: [[PERSON|Loretta Ambrose]]   DOB [[DATE|1/3/1948]]   MBI [[HEALTH_PLAN_ID|5TW9-QK2-RM61]]
Device: cellular BP cuff BPM-C2   SN [[DEVICE_ID|BC2411-0087356]]   enrolled [[DATE|06/20/2026]]
Days with transmitted readings: 24 (>=16 met)
Avg 148/86; highest 171/94 on [[DATE|11/17]] 06:12; lowest 122/70 on [[DATE|11/26]].
Alerts 3: SBP >170 x1, no data 48 h x2. [[DATE|11/17]] alert handled by [[PERSON|JT]], RN: pt missed amlodipine 2 days (ran out), repeat 156/88; refill expedited.
Interactive communication: [[DATE|11/08]] 14 min ([[PERSON|JT]]), [[DATE|11/21]] 9 min ([[PERSON|S. Obi]], MA). Total 23 min.
Billing: 99454, 99457.
Plan: to Dr. [[PERSON|Castellanos]] re amlodipine 5 -> 10 mg. Pt lives alone in [[LOCATION|Hazel Park]]; niece [[PERSON|Bev]] checks in weekends, [[PHONE|248-555-0158]]."""),

("note-810", "note", """Psych f/u (video)  [[DATE|Dec 3 2026]]  16:30 MT
Pt [[PERSON|Wren Adebayo-Lindqvist]], 26F, ADHD combined type, Adderall XR 20 mg qAM.
Location attestation: pt confirms she is physically in CO at home, [[STREET_ADDRESS|2290 Kalamath St #318]], [[LOCATION|Denver]] [[ZIP|80223]], for this visit (last month she was at her parents' in [[LOCATION|Santa Fe]] and the visit was moved, prescriber not licensed in NM).
PDMP (CO) checked 16:40, consistent; last fill [[DATE|11/06]] #30 at King Soopers [[LOCATION|Colfax]].
ASRS improved (18 from 41). Appetite down, wt 124 (-2). Home BP 118/76. Sleep 7 h.
Plan: continue. EPCS Rx to same pharmacy, do not fill before [[DATE|12/06/2026]]. RTC 4 wk.
[[PERSON|Hollis Grayford]], PMHNP-BC   CO APRN lic [[LICENSE_NUMBER|APN.0991134-RXN]]   DEA [[LICENSE_NUMBER|MG4172603]]"""),

("note-811", "note", """PHARMACY OPS NOTE - shipping exception
Order [[OTHER_ID|SH-44817290]] / Rx [[OTHER_ID|6620914]]: insulin glargine-yfgn pens x5, cold pack
pt [[PERSON|beatriz salcedo]]
FedEx [[OTHER_ID|7712 4408 9361]] "delay - weather" at [[LOCATION|Memphis]] hub since [[DATE|12/02]] 03:14; delivered [[DATE|12/04]] 16:40 to [[STREET_ADDRESS|912 SW 8th St Apt 5]], [[LOCATION|Miami]] FL [[ZIP|33130]].
Pt called [[DATE|12/04]] 18:05: box warm, gel packs liquid, temp indicator red. Per policy product not usable -> pt advised not to use, discard in sharps/household trash. Photo rec'd by SMS from [[PHONE|786-555-0131]].
Replacement [[OTHER_ID|SH-44819033]] shipped priority overnight, sig waived at pt request (works nights). Carrier claim [[OTHER_ID|FX-CLM-2026-558103]]. Pt charge $0.
[[PERSON|Noor]] (CS) / reviewed [[PERSON|T. Albrecht]], RPh"""),

("note-812", "note", """AE REPORT - internal draft for PV (FDA 3500 fields)
A. PATIENT  Identifier: [[PERSON|J.M.W.]]   Age: 54   Sex: F   Weight: 97 kg
B. EVENT  Serious: hospitalization.  Date of event: [[DATE|11/22/2026]]   Date of this report: [[DATE|12/05/2026]]
  Pt on tirzepatide 7.5 mg weekly (dispensed by us since [[DATE|Aug 2026]]) developed epigastric pain radiating to back and vomiting x2 days; presented to [[LOCATION|St. Brendan Regional Medical Center]] ED; lipase 1,840 U/L; CT acute interstitial pancreatitis, no gallstones, TG 210. Admitted [[DATE|11/23]]-[[DATE|11/27]]. Drug stopped, not restarted. Recovered.
C. PRODUCT  Zepbound 7.5 mg/0.5 mL single-dose pen, lot D734512, exp 2027
D. CONCOMITANT  metformin 500 bid, atorvastatin 20
E. REPORTER  [[PERSON|Simone Achterberg]], PharmD   [[PHONE|(503) 555-0176]]   [[EMAIL|s.achterberg@rx.example.com]]
   First reported by pt's husband [[PERSON|Walt]] in chat [[OTHER_ID|CH-7781044]].
Internal case [[OTHER_ID|PV-26-0419]]"""),

("note-813", "note", """Birth control visit (async + chat)  [[DATE|12/6]]
[[PERSON|Kayleigh Summers]] 19 y/o G0 wants to switch Sprintec -> patch (keeps forgetting pills). LMP [[DATE|11/24/26]], home UPT neg. BP 116/72 from pharmacy kiosk at Walgreens [[LOCATION|Cedar Falls]] [[DATE|12/1]]. Nonsmoker, no migraine w/ aura, no personal/family VTE. US MEC cat 1.
Rx Xulane #3, 11 RF -> same Walgreens.
Pt is on her mom's plan and doesn't want the EOB at home: confidential communication request sent to Wellmark, member ID [[HEALTH_PLAN_ID|WMK903318274-01]]. Contact by text only [[PHONE|319-555-0144]].
[[PERSON|H. Brandvold]], CNM"""),

("note-814", "note", """uti protocol - [[PERSON|marcy l]] 34 f, dysuria + freq x2d, no fever/flank pain, not preg, no hx pyelo. dob [[DATE|8-19-92]] verified. nitrofurantoin mono 100 bid x5d -> CVS [[LOCATION|Mill Creek]]. callback [[PHONE|425 555 0166]] if not better in 48h. allergic sulfa. [[PERSON|ak]] NP"""),

("note-815", "note", """[[DATE|December 7, 2026]]

To Whom It May Concern:

[[PERSON|Anthony DiMarco]] (DOB [[DATE|05/30/1984]]) was evaluated by telehealth today for an acute illness. Please excuse his absence from work from [[DATE|12/7]] through [[DATE|12/9]]. He may return on Thursday, [[DATE|December 10, 2026]], without restrictions.

At the patient's request, this letter does not state a diagnosis. Employers may verify it through our secure line, [[PHONE|1-888-555-0107]], quoting visit [[OTHER_ID|V-20261207-88412]]; the patient's authorisation is on file.

[[PERSON|Janelle Osei]], PA-C
NJ license [[LICENSE_NUMBER|25MA04187200]]"""),

("note-816", "note", """TRAVEL MEDICATION LETTER
Date: [[DATE|2026-12-04]]
Re: [[PERSON|Serena Vatanabadi]], born [[DATE|21 March 1995]], US passport no. [[OTHER_ID|A48120937]]
Travelling [[DATE|Dec 18]] - [[DATE|Jan 6]] to [[LOCATION|Tokyo]] and [[LOCATION|Osaka]], Japan.

This is to certify that the above patient is under my care and is prescribed:
 1. Sertraline 100 mg tablet, one daily - 20 tablets
 2. Clonazepam 0.5 mg tablet, one at bedtime as needed - 14 tablets
 3. Sumatriptan 6 mg/0.5 mL autoinjector - 2 pens, with needles
All are carried in the original labelled containers dispensed by [[LOCATION|Pioneer Square Pharmacy]], [[LOCATION|Seattle]], WA, and do not exceed a one-month supply.

[[PERSON|Dmitri Kovalenko]], MD   WA license [[LICENSE_NUMBER|MD60819427]]   DEA [[LICENSE_NUMBER|BK4815291]]
[[PHONE|+1 206 555 0112]]   [[EMAIL|dr.kovalenko@clinic.example.org]]"""),

("note-817", "note", """PrEP q3mo f/u  [[DATE|12/02/2026]]  (async labs + msg)
Pt [[PERSON|Julian Ferreira-Ostrowski]] (he/him)  DOB [[DATE|10/28/1996]]
Labs drawn [[DATE|11/29]] at Labcorp PSC, [[STREET_ADDRESS|1175 Peachtree St NE Ste 120]], [[LOCATION|Atlanta]] [[ZIP|30361]]; accession [[OTHER_ID|334-118-2207-0]], specimen [[OTHER_ID|L0098234571]].
HIV-1/2 Ag/Ab nonreactive. HIV-1 RNA not detected. Cr 1.02, eGFR >90. RPR NR. GC/CT NAAT (urine, pharyngeal, rectal) neg. HBsAb reactive (immune).
Plan: continue emtricitabine/TDF 200/300 daily, 90-day supply, next labs due [[DATE|Feb 27]]. Ships to [[STREET_ADDRESS|PO Box 78112]], [[LOCATION|Atlanta]] GA [[ZIP|30357]], discreet packaging per pt. Ambetter ID [[HEALTH_PLAN_ID|U7140582263]], $0 copay.
Partner [[PERSON|Dev]] is also our pt (acct [[ACCOUNT_NUMBER|C-209188]]) - pt asked to link reminders; explained records stay separate.
[[PERSON|R. Nakagawa-Price]], NP"""),

("note-818", "note", """PHONE NOTE  [[DATE|12/05/2026]]  13:12
Caller: [[PERSON|Gwendolyn Farraday]], 52, on estradiol 0.05 mg patch twice weekly + micronized progesterone 100 mg qhs since [[DATE|9/18]].
CC: light spotting x4 days, no clots; patch also not sticking (hot yoga).
Pap/HPV [[DATE|03/2025]] normal per pt; mammogram [[DATE|Oct 2026]] at [[LOCATION|Willamette Women's Imaging]], normal.
Plan: TVUS ordered since spotting >3 mo after start; order faxed to imaging [[FAX|503-555-0190]]. Suggested patch on buttock, overlay allowed. Msg to Dr. [[PERSON|Anand]] for review.
Pt ok with detailed VM at [[PHONE|503-555-0121]]. Asks that husband [[PERSON|Rolf]] pick up refills: proxy form sent to [[EMAIL|gwen.farraday@example.com]].
[[PERSON|Tiffani Crewe]], RN"""),

("note-819", "note", """MED MGMT (video, 25 min)  [[DATE|2026-12-04]]
[[PERSON|Mateo Valdivia]], 29M, MDD recurrent + GAD, sertraline 150 mg.
PHQ-9 14 (9 on [[DATE|10/30]]); GAD-7 12. Item 9 = 1 ("some days I think everyone'd be better off"). C-SSRS screen: passive SI, no plan or intent, no prior attempts. Firearm: stepfather keeps a handgun at the house in [[LOCATION|Pueblo West]]; pt will ask him to lock it and call back today.
Stressors: laid off from warehouse job [[DATE|11/15]]; breakup.
Safety plan updated, sent to portal: sister [[PERSON|Itzel Valdivia]] [[PHONE|719-555-0138]]; friend [[PERSON|Bryce]]; 988; nearest ED [[LOCATION|San Isabel Medical Center]].
Plan: add bupropion XL 150 mg qAM; therapy referral to [[PERSON|Dana Whitlock]], LPC. RTC 2 wk, RN check-in 48 h.
[[PERSON|Oksana Petrenko-Hale]], MD"""),

("note-820", "note", """TRANSFER IN  [[DATE|12/03/2026]] 11:50
From: CVS #4417, [[STREET_ADDRESS|7200 W Sunrise Blvd]], [[LOCATION|Plantation]] FL [[ZIP|33317]]  ph [[PHONE|954-555-0109]]
Transferring RPh: [[PERSON|Aisha Greenidge]]   Receiving: [[PERSON|Colin Marsh]], PharmD
Patient: [[PERSON|Herschel Abramowitz]]   DOB [[DATE|4/2/1941]]
1) atorvastatin 40 mg #90 - orig Rx [[OTHER_ID|2210945]] written [[DATE|06/14/2026]] by Dr. [[PERSON|B. Ferrante]], last filled [[DATE|09/20/2026]], 2 RF left -> new Rx [[OTHER_ID|7004418]]
2) tamsulosin 0.4 mg #90 - orig Rx [[OTHER_ID|2211372]], last filled [[DATE|10/02/2026]], 1 RF left -> new Rx [[OTHER_ID|7004419]]
3) tramadol 50 mg - C-IV, already transferred once (from Publix [[LOCATION|Jacaranda Square]]), NOT transferable; pt informed, needs new Rx.
Daughter-in-law [[PERSON|Miriam]] on the call, on HIPAA list. Ship to [[STREET_ADDRESS|1200 S Pine Island Rd Apt 312]], [[LOCATION|Plantation]]."""),

("note-821", "note", """TRUST & SAFETY - account review  [[DATE|2026-12-05]]
Account [[ACCOUNT_NUMBER|cust_88410273]]   Name: [[PERSON|Kristopher Vance]]   Email: [[EMAIL|kvance.fit@example.org]]
Trigger: 4 GLP-1 intakes in 48 h with 3 different DOBs ([[DATE|02/14/1983]], [[DATE|02/14/1988]], [[DATE|12/14/1983]]) and heights; 2 cards declined (ending 4417, 0092); ship-to is a freight forwarder, [[STREET_ADDRESS|8401 NW 17th St Ste 2]], [[LOCATION|Doral]] FL [[ZIP|33126]].
Logins from [[IP_ADDRESS|203.0.113.194]] and [[IP_ADDRESS|2001:db8:4f1a::27]]; device fingerprint shared with [[ACCOUNT_NUMBER|cust_88407765]] ("[[PERSON|K. Vance-Moreno]]").
ID check failed (selfie mismatch); uploaded FL DL [[LICENSE_NUMBER|V520-418-83-214-0]] shows DOB [[DATE|02/14/1983]].
Action: intakes voided, orders [[OTHER_ID|100299481]] and [[OTHER_ID|100299530]] cancelled and refunded, account locked. No Rx written. Escalated to [[PERSON|Paula Ng]] (T&S lead), ticket [[OTHER_ID|TS-10442]]."""),

("note-822", "note", """CCM TIME LOG - [[PERSON|HOLLOWAY, ARTHUR B]]   DOB [[DATE|06/11/1936]] ([[AGE|90]])   MRN [[MRN|TH-0073318]]
Conditions: T2DM, CKD 3b, HTN, OA knees. CCM consent [[DATE|03/04/2025]].
DATE  | STAFF | MIN | ACTIVITY
[[DATE|12/01]] | [[PERSON|LMR]] | 12 | call w/ pt + wife [[PERSON|June]]: glucose log, FBG 140-190; glipizide w/ breakfast reinforced
[[DATE|12/02]] | [[PERSON|LMR]] | 6  | podiatry referral faxed to [[LOCATION|Tri-County Foot & Ankle]] [[FAX|(740) 555-0157]]
[[DATE|12/03]] | [[PERSON|DKS]] | 4  | refill coordination, Rx to Kroger [[LOCATION|Zanesville]]
[[DATE|12/04]] | [[PERSON|LMR]] | 9  | fell in driveway, no injury, declined ED; Morse 55; home PT eval requested; son [[PERSON|Gary]] [[PHONE|740-555-0184]] notified per pt
TOTAL 31 min -> 99490
Reviewed/signed [[PERSON|Fiona Ashdown]], MD  [[DATE|12/05/2026]]"""),

("note-823", "note", """GAHT f/u (video)  [[DATE|11/30/2026]]
Name in use: [[PERSON|Ember Castellano]] (she/her). Legal name on insurance: [[PERSON|Eduardo Castellano Jr.]] - chosen name in all comms; legal name only on claims and Rx labels.
Estradiol valerate 5 mg IM q7d (self-injects), spironolactone 100 mg bid; 9 mo on therapy. Mood good, breast development progressing.
Labs [[DATE|11/24]]: E2 182 pg/mL (trough), total T 28 ng/dL, K 4.6, Cr 0.9.
Plan: continue; sharps container with next shipment; letter for name/gender marker change signed [[DATE|11/30]]. Next labs [[DATE|Feb 2027]] at Quest [[LOCATION|Wauwatosa]].
Mail must not go to parents' house in [[LOCATION|Brookfield]]; ship-to changed to [[STREET_ADDRESS|2519 N Farwell Ave Apt 3F]], [[LOCATION|Milwaukee]] WI [[ZIP|53211]].
[[PERSON|Sasha Leibowitz]], NP"""),

("note-824", "note", """CS -> PHARMACY: deceased patient
[[DATE|12/06/2026]] 09:31 call from [[PERSON|Ruth Ann Sizemore]] (daughter, POA) re her mother [[PERSON|Opal Sizemore]], DOB [[DATE|07/04/1933]], [[AGE|93]], who passed [[DATE|12/02/2026]] at [[LOCATION|Heritage Hills Care Center]], [[LOCATION|Bowling Green]] KY.
- autorefill OFF: Rx [[OTHER_ID|3310087]], [[OTHER_ID|3310088]], [[OTHER_ID|3310112]]
- pending order #[[OTHER_ID|W-718822]] (donepezil, memantine) cancelled before ship, $18.40 back to card on file
- account [[ACCOUNT_NUMBER|A0098371]] flagged deceased; Part D ID [[HEALTH_PLAN_ID|R3391827740]] noted, nothing needed from us
Daughter asked about returning unopened insulin: we can't take returns; gave take-back kiosk at Kroger [[LOCATION|Scottsville Rd]].
Sympathy card to [[STREET_ADDRESS|411 Kenwood Dr]], [[LOCATION|Bowling Green]] KY [[ZIP|42104]].
-[[PERSON|Marcus]] / CS"""),

("note-825", "note", """ESCALATION from virtual assistant - summarized by triage RN
Session [[OTHER_ID|cv-7781-a3f0]]  [[DATE|12/05/2026]] 21:48-21:56 ET
Pt (self-identified): [[PERSON|Lamar Whitfield]], DOB given [[DATE|1/17/71]], cb [[PHONE|(804) 555-0175]]
Bot matched red-flag terms ("chest tight", "left arm"), told pt to call 911 and handed off.
RN call 21:59: pressure-like chest pain x40 min radiating to L arm, sweaty; hx HTN, smoker; on our phentermine program since [[DATE|11/10]]. Wife [[PERSON|Keisha]] called 911 while I stayed on the line; EMS on scene 22:08, transported to [[LOCATION|James River Medical Center]].
Actions: phentermine hold on profile; prescriber Dr. [[PERSON|Amberly Moss]] notified by secure msg; f/u call [[DATE|12/06]] AM.
[[PERSON|G. Ferro]], RN"""),

("note-826", "note", """Varenicline wk 4 check-in (chat): [[PERSON|Patrice Oduya]] down from 1 ppd to ~3 cig/day; vivid dreams, nausea if taken without food. Quit date moved to [[DATE|12/15]] ("my son's bday"). Continue 1 mg bid with meals. Refill to Hy-Vee [[LOCATION|Ames]]. -[[PERSON|mk]]"""),

("note-827", "note", """MEDICAL MARIJUANA CERTIFICATION (PA)  telehealth  [[DATE|12/04/2026]]
Pt: [[PERSON|Glenn Aukerman]], 67, DOB [[DATE|9/9/1959]]   PA patient registry ID [[OTHER_ID|PA-MMP-1066174]]
Qualifying condition: severe chronic pain - lumbar spinal stenosis, s/p L4-5 laminectomy at [[LOCATION|Susquehanna Spine Institute]] 2019.
Current: gabapentin 600 mg tid, duloxetine 60 mg. Opioids tapered off 2023. PDMP reviewed, no concerns. No SUD hx.
Counseled: no driving within 6 h of use, locked storage (grandchildren visit), federal firearm purchase implications.
Certified 12 months; tincture and vaporized oil recommended, no smoking. Caregiver: wife [[PERSON|Linda Aukerman]], caregiver ID [[OTHER_ID|PA-MMC-2210398]]. Prefers a dispensary in [[LOCATION|Camp Hill]].
Practitioner: [[PERSON|Ingrid Solvang]], DO   PA practitioner ID [[LICENSE_NUMBER|P-04412]]"""),

("note-828", "note", """Refill queue - [[LOCATION|Scottsdale]] hub - pulled [[DATE|12/07/2026]] 07:00 MST (14 items, first 6)
| req | patient | DOB | drug | last fill | dispense | flag |
| [[OTHER_ID|RR-90117]] | [[PERSON|Hinojosa, Elena]] | [[DATE|03/03/1962]] | levothyroxine 88 mcg | [[DATE|09/08]] | mail | TSH due |
| [[OTHER_ID|RR-90118]] | [[PERSON|Pruitt, Dale]] | [[DATE|11/21/1955]] | tadalafil 5 mg | [[DATE|11/05]] | Walgreens [[LOCATION|Chandler]] | - |
| [[OTHER_ID|RR-90121]] | [[PERSON|Begay, Shondiin]] | [[DATE|07/27/1990]] | sumatriptan 50 mg | [[DATE|10/30]] | Fry's [[LOCATION|Flagstaff]] | >9 tabs/mo |
| [[OTHER_ID|RR-90122]] | [[PERSON|o'connell, mary]] | [[DATE|01/05/1931]] | donepezil 10 mg | [[DATE|11/20]] | mail | [[AGE|95]] y, hospice per dtr |
| [[OTHER_ID|RR-90125]] | [[PERSON|Tran, Bao]] | [[DATE|04/16/1978]] | semaglutide 1 mg | [[DATE|11/09]] | mail | cold chain |
| [[OTHER_ID|RR-90126]] | [[PERSON|Whitehorse, Cody]] | [[DATE|12/30/1999]] | finasteride 1 mg | [[DATE|12/01]] | mail | too soon |
assigned: [[PERSON|JMS]], [[PERSON|RK]]"""),

("note-829", "note", """NEW PATIENT VISIT - Diabetes & Metabolic (video, 40 min)
Date of service: [[DATE|12/01/2026]]    Platform visit [[OTHER_ID|VX-30418827]]
Patient: [[PERSON|Rosalind Achebe-Turner]]    DOB [[DATE|08/02/1969]]    MRN [[MRN|PT-5581204]]
Location during visit: home, [[STREET_ADDRESS|6120 S Yale Ave Apt 1408]], [[LOCATION|Tulsa]] OK [[ZIP|74136]]
Contact: [[PHONE|918-555-0114]] / [[EMAIL|rosalind.at@example.com]]
Referred by: [[PERSON|Curtis Benally]], MD ([[LOCATION|Green Country Internal Medicine]]), fax [[FAX|918-555-0186]]

CC: "my sugars are creeping up and I want to try one of the weight shots"

HPI: 57F with T2DM dx 2015, on metformin ER 1000 mg bid and glipizide 5 mg daily. A1c 8.4 ([[DATE|11/12/2026]], outside), was 7.6 in [[DATE|May 2026]]. Home FBG 150-210. Two lows (58, 64) in Oct, both on days she skipped lunch at work. Weight up 18 lb in 2 yr, now 228 lb, BMI 37.9. Walks dog 20 min most days. No polyuria. Mild tingling in both feet at night.

PMH: T2DM, HTN, OSA on CPAP (SN [[DEVICE_ID|23184011927]]), hypothyroidism, gestational DM x2.
PSH: C-section x2, cholecystectomy 2011 at [[LOCATION|Riverside Surgical Hospital]].
Meds: metformin ER 1000 bid, glipizide 5 daily, lisinopril 20, levothyroxine 100 mcg, atorvastatin 20.
Allergies: none.
FH: mother T2DM, died of MI at 66; father alive [[AGE|91]], prostate ca; sister [[PERSON|Yvonne]] on dialysis. No MTC/MEN2.
SH: married to [[PERSON|Clifford Turner]]; school bus dispatcher; never smoker; wine on weekends. Insurance BCBS OK, ID [[HEALTH_PLAN_ID|YXO918327406]].

ROS: as HPI; no abdominal pain, no vision change (last eye exam [[DATE|Aug 2025]] at [[LOCATION|Southern Hills Eye Associates]], records requested).
Exam (video): well-appearing, BMI 37.9, no acanthosis visible on neck, feet shown to camera: no ulcers, nails thickened.
Home BP today 134/82.

Assessment/Plan:
1. T2DM, uncontrolled, with obesity - start semaglutide 0.25 mg weekly x4 wk then 0.5 mg; PA submitted to BCBS (ref [[OTHER_ID|PA-77310945]]). Stop glipizide once on 0.5 mg to avoid lows; meanwhile hold it on days she skips meals. CGM: Dexcom G7 sent to CVS [[LOCATION|Memorial & 61st]].
2. Possible peripheral neuropathy - B12, monofilament at in-person lab visit; podiatry referral.
3. HTN - at goal at home.
4. OSA - adherent per pt, 6.5 h/night.
Labs ordered: CMP, lipid, UACR, B12, TSH at Labcorp [[LOCATION|Tulsa]] - [[LOCATION|Utica Square]].
Follow-up: video [[DATE|01/05/2027]] with me; RD visit with [[PERSON|Kristen Yoo]], RD.

Electronically signed: [[PERSON|Naveen Raghunathan]], MD, ECNU    NPI [[LICENSE_NUMBER|1739205841]]    [[DATE|12/01/2026]] 17:22 CT"""),

("note-830", "note", """TELEDERM - acne, photo review (store-and-forward)  [[DATE|12/06/2026]]
Pt [[PERSON|Aubrey Lindgren]], 17F, DOB [[DATE|05/19/2009]]; parent/guardian [[PERSON|Karin Lindgren]] (mother) consented by e-signature [[DATE|12/05]], [[PHONE|651-555-0161]].
5 photos uploaded (EXIF location stripped). Moderate-severe nodulocystic acne face, chest and back, early scarring on cheeks. Failed doxycycline 100 mg x4 mo + tretinoin 0.05% + BPO wash; spironolactone declined by mother.
Plan: candidate for isotretinoin. iPLEDGE patient ID [[OTHER_ID|1041736259]] registered today; pt of reproductive potential -> 2 forms of contraception counseling done, first pregnancy test at Quest [[LOCATION|Roseville]] [[DATE|12/08]], second after 30 days. Baseline lipids + LFTs same draw. In-person derm follow-up option: [[LOCATION|North Star Dermatology]], [[LOCATION|Maplewood]] MN.
[[PERSON|Camille Otieno]], MD, FAAD"""),
]

INTL_A = [
("intl-801", "intl", """Subject: Re: your repeat prescription request [[OTHER_ID|RPT-4471092]]

Hiya, sorry to be a pain. I've just looked in the NHS App and my nominated pharmacy is still Boots [[LOCATION|Commercial Road]] even though I switched to you lot in September. The surgery ([[LOCATION|Bramley Lane Medical Practice]]) says they sent my sertraline and lansoprazole electronically on [[DATE|2 December]] so I think it's gone there instead. Can you pull it back? The prescription ID on the app is [[OTHER_ID|A7F3C2-Z81E4B-11ECFN]].

[[PERSON|Gemma Louise Atherton]]
NHS no. [[HEALTH_PLAN_ID|943 476 5919]]
DOB [[DATE|14/06/1991]]
[[STREET_ADDRESS|27 Hesketh Street]], [[LOCATION|Southsea]], [[LOCATION|Portsmouth]] [[ZIP|PO4 0JL]]
Mob [[PHONE|07700 900417]]

If it's easier my partner [[PERSON|Callum]] can ring you, he's on my account.
Ta, [[PERSON|Gemma]]

> On [[DATE|3 Dec 2026]], at 09:12, Patient Services <[[EMAIL|help@pharmacy.example.co.uk]]> wrote:
> We're sorry, we haven't received a prescription from your GP yet. Please check your nomination in the NHS App."""),

("intl-802", "intl", """Hi there,
Order [[OTHER_ID|#IE-200418]] (Mounjaro 5mg) came back to you marked "insufficient address". The An Post lad couldn't find the house, it's one of the ones with no number. Please send it again with the Eircode, full address is:

[[PERSON|Siobhán Ní Bhriain]]
[[STREET_ADDRESS|Carraig Dubh]]
[[LOCATION|Knocknagree]]
[[LOCATION|Co. Cork]]
[[ZIP|P51 R6T2]]
[[PHONE|+353 87 900 4418]]

While I have you: could you put my PPS number on the receipt so I can claim the Med 1 relief, it's [[OTHER_ID|8834512A]]. I'm on the Drug Payment Scheme too, card no. [[HEALTH_PLAN_ID|DP4471820]], if that's any use. My GP is Dr [[PERSON|Fionnuala Cashman]] in [[LOCATION|Millstreet]], IMC no. [[LICENSE_NUMBER|418827]], if you need to check the script.

Go raibh maith agat,
[[PERSON|Siobhán]]"""),

("intl-803", "intl", """Fwd SMS:
"[[PERSON|BRENDAN]], your electronic prescription from Dr [[PERSON|N PATEL]] is ready. Show this link to your pharmacy: [[URL|https://escripts.example.com.au/t/7KQ2M9XRDH4TP3W8]] Do not share."

Hi team can u dispense this one? it's the Ozempic 1mg. Medicare [[HEALTH_PLAN_ID|2950381711]] (I'm number 2 on the card), DOB [[DATE|3/11/1978]]. Pls send to [[STREET_ADDRESS|Unit 4, 17 Wattle Grove Cres]], [[LOCATION|Mawson Lakes]] SA [[ZIP|5095]], leave in the meter box if no one's home. Doctor's AHPRA is [[LICENSE_NUMBER|MED0001827364]] if u need it. Call me on [[PHONE|0491 570 156]] if there's a gap payment.
cheers [[PERSON|Brendan Kowalczyk]]"""),

("intl-804", "intl", """Kia ora koutou,
My koro [[PERSON|Hēmi Te Whata]] (NHI [[HEALTH_PLAN_ID|ZKP3815]]) gets his inhalers and heart pills from you. He turns [[AGE|92]] this month and his next script is due [[DATE|19/12]], his doctor is Dr [[PERSON|Aroha Pōtae]] at [[LOCATION|Waimamaku Medical Centre]].
Delivery address is:
[[STREET_ADDRESS|1184 Waimamaku Valley Road]]
[[STREET_ADDRESS|RD 2]]
[[LOCATION|Kaikohe]] [[ZIP|0472]]
Courier pls leave it in the blue chilly bin by the cattle stop, dog is friendly. If anything, ring me not koro: [[PHONE|021 555 0193]].
Ngā mihi,
[[PERSON|Mere]] (mokopuna)"""),

("intl-805", "intl", """ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਮੇਰੇ ਪਿਤਾ ਜੀ [[PERSON|ਗੁਰਮੀਤ ਸਿੰਘ ਸੰਧੂ]] ਦੀਆਂ ਸ਼ੂਗਰ ਵਾਲੀਆਂ ਦਵਾਈਆਂ (Jardiance, metformin) ਦੀ ਰੀਫਿਲ ਚਾਹੀਦੀ ਹੈ। PHN [[HEALTH_PLAN_ID|9736 482 156]], DOB [[DATE|12/03/1951]]. ਪਤਾ: [[STREET_ADDRESS|14872 68 Ave]], [[LOCATION|Surrey]] BC [[ZIP|V3S 2B9]]. ਡਾਕਟਰ [[PERSON|ਹਰਪ੍ਰੀਤ ਕੌਰ ਗਿੱਲ]] ([[LOCATION|Newton Medical Clinic]]) ਨੇ ਨਵੀਂ ਪਰਚੀ [[DATE|28 ਨਵੰਬਰ]] ਨੂੰ ਭੇਜੀ ਸੀ। Fair PharmaCare ਵਿੱਚ ਰਜਿਸਟਰਡ ਹਨ। ਡਿਲੀਵਰੀ ਸ਼ਾਮ 5 ਵਜੇ ਤੋਂ ਬਾਅਦ ਕਰਿਓ ਜੀ, ਮੇਰਾ ਨੰਬਰ [[PHONE|604-555-0186]]. ਧੰਨਵਾਦ, [[PERSON|ਜਸਕਰਨ]]"""),

("intl-806", "intl", """Hola buenas tardes, necesito factura de mi pedido [[OTHER_ID|MX-558190]] del [[DATE|2 de diciembre]] (Ozempic + agujas). Mis datos fiscales:

Nombre / razón social: [[PERSON|MARÍA GUADALUPE GONZÁLEZ ARREOLA]]
RFC: [[OTHER_ID|GOAG750312K74]]
Régimen fiscal: 605 Sueldos y salarios
Uso de CFDI: D01 Honorarios médicos, dentales y gastos hospitalarios
Código postal del domicilio fiscal: [[ZIP|44630]]
Correo para el XML y PDF: [[EMAIL|lupita.gonzalez.a@example.com.mx]]
Forma de pago: 04 tarjeta de crédito (terminación 8812)

Adjunto la receta del Dr. [[PERSON|Héctor Villaseñor Ruiz]], cédula profesional [[LICENSE_NUMBER|7734125]], de la [[LOCATION|Clínica Providencia Sur]] en [[LOCATION|Guadalajara]], Jal., por si la necesitan para que sea deducible. Mi CURP por si la piden: [[OTHER_ID|GOAG750312MJCNRD06]].
Gracias!! [[PERSON|Lupita]]"""),

("intl-807", "intl", """Olá! Segue a receita da minha teleconsulta e o comprovante do Pix.

RECEITUÁRIO DE CONTROLE ESPECIAL - 1ª via: farmácia
Emitente: Dra. [[PERSON|Camila Rezende Toledo]] - CRM-SP [[LICENSE_NUMBER|184732]]
[[STREET_ADDRESS|Av. Paulista, 1842, cj. 155]] - [[LOCATION|Bela Vista]], [[LOCATION|São Paulo]]/SP - CEP [[ZIP|01310-200]]
Paciente: [[PERSON|Rafael Moura de Assis]]   CPF [[OTHER_ID|284.615.973-46]]
Endereço: [[STREET_ADDRESS|Rua Cônego Eugênio Leite, 655, apto 82]], [[LOCATION|Pinheiros]], [[LOCATION|São Paulo]]/SP, [[ZIP|05414-011]]
Prescrição: Sertralina 50 mg ---- 60 comprimidos. Tomar 1 comprimido pela manhã.
Data: [[DATE|04/12/2026]]   Assinado digitalmente (ICP-Brasil). Código de validação [[OTHER_ID|8K2P-QX71-3MWD]]

Comprovante Pix
Valor: R$ 48,90
Pagador: [[PERSON|RAFAEL M DE ASSIS]]
Chave Pix do recebedor: [[EMAIL|financeiro@farmacia.example.com.br]]
Data: [[DATE|04/12/2026]] 19:22

Pode entregar no meu trabalho? [[STREET_ADDRESS|Rua Funchal, 418, 12º andar]], [[LOCATION|Vila Olímpia]]. Recebo das 9 às 18h. Meu cel [[PHONE|(11) 95555-0137]]."""),

("intl-808", "intl", """Hallo,
ich habe in der Videosprechstunde ein E-Rezept bekommen und den Code in eurer App gescannt, aber da steht "Rezept konnte nicht zugewiesen werden". E-Rezept-ID: [[OTHER_ID|160.100.482.771.306.28]]
Ausstellende Ärztin: Dr. med. [[PERSON|Anneliese Vorwerk]], LANR [[LICENSE_NUMBER|384716901]]
Ich bin bei der TK versichert, Versichertennummer [[HEALTH_PLAN_ID|M482057164]], geb. [[DATE|07.02.1988]].

Bitte an meine Packstation liefern:
[[PERSON|Jonas Brüggemann]]
Postnummer [[ACCOUNT_NUMBER|1184520336]]
[[STREET_ADDRESS|Packstation 174]]
[[ZIP|50672]] [[LOCATION|Köln]]

Bei Rückfragen: [[PHONE|0152 55501473]]
Danke & viele Grüße
[[PERSON|J. Brüggemann]]"""),

("intl-809", "intl", """> SMS [[DATE|05/12]] 18:02 : Rappel : votre téléconsultation avec Dr [[PERSON|Hélène Marchetti-Roux]] le mardi [[DATE|8 décembre]] à 18h15. Lien envoyé 15 min avant.

Bonjour, suite à ma téléconsultation d'hier voici l'ordonnance (retapée, la photo était floue) :

Dr [[PERSON|Hélène MARCHETTI-ROUX]] - Médecin généraliste - RPPS [[LICENSE_NUMBER|10003482717]]
[[STREET_ADDRESS|14 rue des Carmes]] [[ZIP|31000]] [[LOCATION|Toulouse]] - Tél. [[PHONE|05 36 49 12 27]]
Le [[DATE|03/12/2026]]
Mme [[PERSON|Nadia Benkirane]], née le [[DATE|22/08/1979]]
LEVOTHYROX 75 µg : 1 cp le matin à jeun, 3 mois
Contrôle TSH dans 6 semaines

N° de sécurité sociale : [[HEALTH_PLAN_ID|2 79 08 31 555 087 20]]
Mutuelle : adhérent n° [[HEALTH_PLAN_ID|HM0044172659]]
Livraison en point relais : Tabac-Presse du Fer à Cheval, [[STREET_ADDRESS|52 avenue de Muret]], [[ZIP|31300]] [[LOCATION|Toulouse]]
Portable : [[PHONE|06 39 98 40 17]]
Merci d'avance, [[PERSON|N. Benkirane]]"""),

("intl-810", "intl", """Hola! Os paso los datos para la receta privada que me hizo el Dr. [[PERSON|Íñigo Larrañaga]] (nº colegiado [[LICENSE_NUMBER|28/2849173]]) en la videoconsulta de ayer:

Paciente: [[PERSON|Lucía Fernández de la Torre]]
DNI: [[OTHER_ID|48215937W]]
Fecha de nacimiento: [[DATE|22/05/1990]]
Tarjeta sanitaria (CIPA): [[HEALTH_PLAN_ID|FRTL900522418014]]
Medicamento: drospirenona/etinilestradiol 3 mg/0,02 mg, 3 envases
Dirección de envío: [[STREET_ADDRESS|C/ de Ríos Rosas, 44, 3º izda.]], [[ZIP|28003]] [[LOCATION|Madrid]]

Os he hecho el Bizum desde el móvil de mi pareja ([[PERSON|Javier]]), [[PHONE|655 55 01 39]], concepto "pedido [[OTHER_ID|ES-77130]]".
Ah, y mi madre [[PERSON|Carmen de la Torre]] quiere pedir lo de la tensión, ella tiene NIE [[OTHER_ID|Y3382015V]] porque es argentina, ¿le vale igual?
Gracias!!"""),
]

INTL_B = [
("intl-811", "intl", """Buongiorno! Sono [[PERSON|Francesca Lombardi]], il medico di base (dott. [[PERSON|Gennaro Esposito]]) mi ha caricato la ricetta dematerializzata sul Fascicolo.
NRE [[OTHER_ID|1500A4172839104]]
Codice fiscale [[OTHER_ID|LMBFNC79E62F839H]]
Tessera sanitaria n. [[HEALTH_PLAN_ID|80380000301234567890]]
Posso ordinare da voi e ritirare alla [[LOCATION|Farmacia Santa Lucia]] a [[LOCATION|Chiaia]]? Se no spedizione a [[STREET_ADDRESS|Via Francesco Crispi 72, int. 9]], [[ZIP|80121]] [[LOCATION|Napoli]], citofono [[PERSON|Lombardi]]/[[PERSON|Russo]].
La ricetta scade il [[DATE|28/12]], grazie mille
cell. [[PHONE|+39 333 555 0184]]"""),

("intl-812", "intl", """Beste klantenservice,

Mijn iDEAL-betaling voor bestelling [[OTHER_ID|NL-2026-338104]] is mislukt, maar het bedrag is wel van mijn rekening [[IBAN|NL47 RABO 0318 4762 05]] afgeschreven op [[DATE|1 december]]. Kunnen jullie dat nakijken?

Verder staat bij mijn herhaalrecept nog mijn oude huisarts, [[PERSON|M. de Wit-Brouwer]] in [[LOCATION|Amersfoort]]. Sinds de verhuizing zit ik bij [[LOCATION|Gezondheidscentrum De Vijf Meren]], huisarts [[PERSON|Sanne Hoekstra]] (BIG [[LICENSE_NUMBER|19058327901]]).

Mijn gegevens:
[[PERSON|Pieter-Jan van der Heijden]], geb. [[DATE|09-11-1983]]
BSN [[OTHER_ID|184750295]]
Zilveren Kruis, polisnummer [[HEALTH_PLAN_ID|402871395]]
Nieuw adres: [[STREET_ADDRESS|Spiegelstraat 21]], [[ZIP|1315 HT]] [[LOCATION|Almere]]
Tel. [[PHONE|06 55501827]]

Met vriendelijke groet,
[[PERSON|Pieter-Jan]]"""),

("intl-813", "intl", """Hej! Jag beställer åt min mamma [[PERSON|Birgitta Sjöholm]] (har fullmakt via 1177). Hon har fått ett e-recept på Ozempic från sin läkare på [[LOCATION|Vårdcentralen Lindholmen]] men det syns inte när jag loggar in med BankID.
Personnummer [[OTHER_ID|520318-2745]]
Leverans hem: [[STREET_ADDRESS|Kvillegatan 14 lgh 1102]], [[ZIP|417 04]] [[LOCATION|Göteborg]]
Annars ombud ICA [[LOCATION|Kvillebäcken]].
Går det att betala med Swish? Mitt nummer [[PHONE|070-174 06 52]].
Mvh [[PERSON|Annika Sjöholm Berg]]"""),

("intl-814", "intl", """Hej,
jeg vil gerne have refunderet ordre [[OTHER_ID|DK-41872]], pakken kom aldrig frem til pakkeshoppen i [[LOCATION|Valby]] (status siger "leveret" [[DATE|30.11]]). Pengene kan sættes ind på [[IBAN|DK31 2000 0374 6182 95]].

Og hvorfor kan I ikke se min recept på Medicinkortet? Min læge er [[PERSON|Mette Kjærgaard]], [[LOCATION|Lægerne Toftegårds Plads]], og hun siger den er sendt [[DATE|27. november]].

[[PERSON|Søren Ahlgren Østergaard]]
CPR-nr. [[OTHER_ID|110461-1008]]
[[STREET_ADDRESS|Gl. Køge Landevej 61, 2. tv.]]
[[ZIP|2500]] [[LOCATION|Valby]]
Tlf. [[PHONE|+45 21 55 03 94]]

Venlig hilsen [[PERSON|Søren]]"""),

("intl-815", "intl", """Dzień dobry, przesyłam SMS z e-receptą:
„Otrzymałeś e-Receptę. Kod: 4417. Wystawił: lek. [[PERSON|Marta Zielińska-Kos]], [[DATE|03.12.2026]]"
PESEL: [[OTHER_ID|85071403820]]
Numer PWZ lekarza: [[LICENSE_NUMBER|7382751]]
Poproszę wysyłkę do Paczkomatu [[STREET_ADDRESS|KRA14N]] ([[LOCATION|Kraków]], przy [[STREET_ADDRESS|ul. Dobrego Pasterza]]).
[[PERSON|Agnieszka Wróblewska]], tel. [[PHONE|+48 512 555 018]], [[EMAIL|a.wroblewska85@example.pl]]
Zapłacę BLIKIEM. Pozdrawiam!"""),

("intl-816", "intl", """ನಮಸ್ಕಾರ, ನನ್ನ ತಾಯಿ [[PERSON|ಲಕ್ಷ್ಮಮ್ಮ]] ಅವರಿಗೆ BP ಮತ್ತು ಶುಗರ್ ಮಾತ್ರೆಗಳು ಬೇಕು. ಡಾ. [[PERSON|ಶ್ರೀನಿವಾಸ ಮೂರ್ತಿ]] ಅವರ prescription photo ಕಳುಹಿಸಿದ್ದೇನೆ ([[DATE|02-12-2026]]). ವಿಳಾಸ: [[STREET_ADDRESS|#42, 3ನೇ ಕ್ರಾಸ್, 5ನೇ ಮೇನ್]], [[LOCATION|ವಿಜಯನಗರ]], [[LOCATION|ಬೆಂಗಳೂರು]] - [[ZIP|560040]]. ಬೇಕಾದರೆ Aadhaar ಸಂಖ್ಯೆ [[OTHER_ID|4826 5019 7323]]. Payment UPI ಮೂಲಕ ಮಾಡ್ತೀನಿ: [[ACCOUNT_NUMBER|ravikumar.blr@okexample]]. ಫೋನ್ [[PHONE|98455 50172]]. ತಾಯಿಗೆ [[AGE|91]] ವರ್ಷ, ದಯವಿಟ್ಟು ಬೇಗ ಕಳುಹಿಸಿ 🙏 - [[PERSON|ರವಿಕುಮಾರ್]]"""),

("intl-817", "intl", """e-PRESCRIPTION (Teleconsultation - Video)
Dr. [[PERSON|Ananya Raghavan]], MBBS, MD (General Medicine)
Reg. No. [[LICENSE_NUMBER|118274]] (Tamil Nadu Medical Council)
Patient: Mr. [[PERSON|S. Venkatesh]]   Age/Sex: 58/M   Wt: 81 kg
Mobile: [[PHONE|+91 94440 55017]]
ABHA No.: [[HEALTH_PLAN_ID|91-4471-8829-3056]]   ABHA address: [[OTHER_ID|svenkatesh58@abdm]]
Address: [[STREET_ADDRESS|Flat 3B, Sri Sai Enclave, 12 Lake View Road]], [[LOCATION|West Mambalam]], [[LOCATION|Chennai]] [[ZIP|600033]]
Date: [[DATE|05-Dec-2026]]
C/o: fatigue, increased thirst x 1 month. Home BP 146/92.
Diagnosis: Type 2 DM (new), Hypertension
Rx:
1. Tab. Metformin SR 500 mg   1-0-1 after food x 30 days
2. Tab. Telmisartan 40 mg     1-0-0 x 30 days
Investigations: HbA1c, FBS/PPBS, lipid profile, creatinine at [[LOCATION|Medisure Labs]], [[LOCATION|T. Nagar]]
Follow-up: after 4 weeks with reports, or earlier if giddiness.
Issued as per the Telemedicine Practice Guidelines. [Digitally signed]"""),

("intl-818", "intl", """Maayong buntag! Pwede ba mo-order ug insulin para sa akong lola? Si Lola [[PERSON|Pacita Abellana]], [[AGE|90]] anyos na. Naa mi reseta gikan kang Dr. [[PERSON|Ramon Cabahug]] sa [[LOCATION|Mabolo Doctors Clinic]], gi-date [[DATE|Nov 29]].
Address: [[STREET_ADDRESS|Blk 7 Lot 12, Phase 2, Pacific Grand Villas]], [[LOCATION|Brgy. Marigondon]], [[LOCATION|Lapu-Lapu City]], Cebu [[ZIP|6015]]
Senior citizen ID [[OTHER_ID|LLC-SC-0048812]] para sa discount, PhilHealth [[HEALTH_PLAN_ID|12-050118347-2]].
Bayad pinaagi sa GCash, ang akong number [[PHONE|0917 555 0148]]. I-Lalamove lang para dali. Salamat kaayo! - [[PERSON|Joanna]]"""),

("intl-819", "intl", """Goeie middag, ek wil my pa se chroniese medikasie (Concor, Lipitor, Glucophage) laat aflewer.
Pa: [[PERSON|Gerhardus Petrus Janse van Rensburg]]
ID-nommer: [[OTHER_ID|5807125164080]]
Mediese fonds lidnommer: [[HEALTH_PLAN_ID|231487562]], afhanklike 00
Dokter: Dr. [[PERSON|Liezl Coetzee]], HPCSA [[LICENSE_NUMBER|MP 0718264]], praktyknommer 0384712
Aflewering: [[STREET_ADDRESS|Protealaan 17]], [[LOCATION|Kraaifontein]], [[ZIP|7570]], of anders die PUDO-kassie by Engen [[LOCATION|Brackenfell]].
Hy is nie altyd tuis nie, bel asseblief vir my op [[PHONE|082 555 0193]].
Dankie, [[PERSON|Annelie]] (dogter)"""),

("intl-820", "intl", """Hi, I ordered the Saxenda starter pack (order [[OTHER_ID|QA-10482]]) and the courier called saying the address isn't clear. From the blue plate on our villa:
[[STREET_ADDRESS|Building 24, Street 870]], [[LOCATION|Zone 56]], [[LOCATION|Ain Khaled]]
Name: [[PERSON|Rahul Menon]]
QID: [[OTHER_ID|28835612477]]
Health card no.: [[HEALTH_PLAN_ID|40718293]]
Prescription from Dr. [[PERSON|Farah Al-Kuwari]] ([[LOCATION|Al Sadd Medical Centre]]), QCHP licence [[LICENSE_NUMBER|D-18827]], dated [[DATE|1 Dec 2026]].
Mobile [[PHONE|+974 5555 0148]], please call before coming, we are out till 4pm.
If you can't deliver this week please refund to [[IBAN|QA22 QNBA 0000 0000 0738 2619 4005 1]].
شكراً"""),
]

INTL_C = [
("intl-821", "intl", """[הודעה קולית - תמלול אוטומטי]
שלום, מדברת [[PERSON|אורית בן-חיים]], אני רוצה להזמין את התרופות של אבא שלי, [[PERSON|יוסף בן-חיים]], תעודת זהות [[OTHER_ID|038472619]], תאריך לידה [[DATE|12.04.1932]]. המרשם מד"ר [[PERSON|נועה פרידמן]] מ[[LOCATION|מרפאת רמת אביב]], היא שלחה אותו אתמול. הכתובת: [[STREET_ADDRESS|רחוב איינשטיין 40, דירה 12]], [[LOCATION|תל אביב]], מיקוד [[ZIP|6910102]]. הוא בן [[AGE|94]] ולא שומע טוב, אז בבקשה להתקשר אליי ולא אליו, [[PHONE|052-555-0147]]. תודה רבה."""),

("intl-822", "intl", """件名：【オンライン診療】ご予約確認（予約番号 [[OTHER_ID|R-20261209-0417]]）

[[PERSON|佐々木 美穂]] 様

この度はご予約いただきありがとうございます。以下の内容で承りました。

診療日時：[[DATE|2026年12月9日]]（水）20:30〜
担当医：[[PERSON|高橋 健一]] 医師
生年月日：[[DATE|1986年4月3日]]
お薬の配送先：〒[[ZIP|060-0061]] 北海道[[LOCATION|札幌市]][[LOCATION|中央区]][[STREET_ADDRESS|南1条西7丁目12-3 ラフィネ大通805号室]]
保険証：記号 [[HEALTH_PLAN_ID|1402]]　番号 [[HEALTH_PLAN_ID|58]]　枝番 [[HEALTH_PLAN_ID|01]]
お支払い：コンビニ決済（ローソン）　お支払番号 [[OTHER_ID|8830-4417-2291]]
ご連絡先：[[PHONE|090-5555-0173]]　/　[[EMAIL|miho.sasaki86@example.jp]]

※当日はマイナ保険証または保険証をお手元にご用意ください。
[[LOCATION|すずらん内科クリニック]]　オンライン診療窓口　TEL [[PHONE|011-555-0190]]"""),

("intl-823", "intl", """[비대면 진료 처방전 - 팩스 수신 [[DATE|2026-12-04]] 15:37]
수신: [[LOCATION|해맑은약국]] (FAX [[FAX|02-555-0142]])
발신: [[LOCATION|서초연세내과의원]] TEL [[PHONE|02-555-0187]] / FAX [[FAX|02-555-0188]]
교부일자: [[DATE|2026년 12월 4일]]   교부번호: [[OTHER_ID|20261204-00317]]
환자 성명: [[PERSON|박지훈]]   주민등록번호: [[OTHER_ID|720514-1234563]]
처방 의료인: [[PERSON|이수민]]   면허번호: [[LICENSE_NUMBER|87413]]
처방 의약품: 암로디핀정 5mg 1일 1회 30일분 / 로수바스타틴정 10mg 1일 1회 30일분
--- 약사 메모 ---
배우자 [[PERSON|김은정]] 님 대리수령 예정 ([[PHONE|010-5555-0129]]). 안 되면 퀵 배송: [[LOCATION|서울]] [[LOCATION|서초구]] [[STREET_ADDRESS|반포대로 58, 102동 1504호]] ([[ZIP|06649]]). 복약지도 전화 완료 - [[PERSON|정]] 약사"""),

("intl-824", "intl", """From: HR Shared Services <[[EMAIL|hr.verify@corp.example.sg]]>
Subject: MC verification - [[PERSON|Tan Wei Ming]]

Dear Clinic,
Our employee [[PERSON|Tan Wei Ming]] submitted MC no. [[OTHER_ID|MC-SG-2026-118274]] for [[DATE|3 Dec 2026]] to [[DATE|4 Dec 2026]], issued by Dr [[PERSON|Priscilla Goh]] (MCR [[LICENSE_NUMBER|M28417H]]) after a video consult. The QR code on the PDF does not open. Kindly confirm it is genuine.
Regards, [[PERSON|Nur Aisyah]] | HR | [[PHONE|+65 6555 0172]]

---- chat, same day ----
[[PERSON|weiming]]: hi can help resend my MC? HR say cannot verify leh
[[PERSON|weiming]]: NRIC [[OTHER_ID|S8034717J]], staying [[STREET_ADDRESS|Blk 418 Ang Mo Kio Ave 10 #07-1182]], Singapore [[ZIP|560418]]
[[PERSON|weiming]]: can send to my email [[EMAIL|tanweiming.88@example.com.sg]] also"""),

("intl-825", "intl", """Dear [[PERSON|Mariam]],

Following up on the pre-approval for Mounjaro 5 mg. The insurer rejected it ("BMI criteria not met"). Details as on the card:

Member: [[PERSON|Omar Khalid Al Mansoori]]
Card no.: [[HEALTH_PLAN_ID|1-0847-29361847-01]]
Emirates ID: [[OTHER_ID|784-1982-3047165-2]]
Prescriber: Dr. [[PERSON|Svetlana Orlova]], DHA licence [[LICENSE_NUMBER|DHA-P-0183274]]
Clinic: [[LOCATION|Al Barsha Wellness Clinic]], [[STREET_ADDRESS|Office 1204, Al Shafar Tower 1]], [[LOCATION|Barsha Heights]], [[LOCATION|Dubai]], [[STREET_ADDRESS|PO Box 502718]]

The BMI on [[DATE|28 Nov 2026]] was 31.2 with prediabetes, so it should qualify; please resubmit with the HbA1c from [[DATE|19/11/2026]] attached. Reply to [[EMAIL|omar.almansoori@example.ae]] or WhatsApp [[PHONE|+971 50 555 0183]].

مع التحية
[[PERSON|Omar]]"""),

("intl-826", "intl", """Voicemail from [[PHONE|+1 403-555-0162]]   received [[DATE|Dec 6, 2026]] 4:52 PM   (transcription, 58 sec)
"Hi, this is um [[PERSON|Darlene Whitecalf]] calling about my refill of the, the Wegovy. My Alberta health care number is [[HEALTH_PLAN_ID|four five one eight two seven three three oh]] and my birthday's [[DATE|June third nineteen seventy four]]. I moved, so the new address is [[STREET_ADDRESS|224 Sage Hill Gardens northwest]], [[LOCATION|Calgary]], postal code [[ZIP|T3R 0K5]]. And my Blue Cross ID changed too, it's [[HEALTH_PLAN_ID|A 7 7 1 0 4 2 9]]. Please call me back at [[PHONE|four oh three, five five five, oh one six two]]. Okay thanks, bye.\""""),

("intl-827", "intl", """Dzień dobry, piszę po polsku bo mój angielski jest słaby. Zamówiłam tabletki na ciśnienie dla męża, [[PERSON|Tadeusz Kamiński]], ale w formularzu trzeba podać NHS number - to jest [[HEALTH_PLAN_ID|485 777 3457]]. Jego GP to [[LOCATION|Roundhay Road Surgery]], dr [[PERSON|Okoro]].
Urodzony [[DATE|3 marca 1958]].
Adres: [[STREET_ADDRESS|Flat 2, 118 Harehills Avenue]], [[LOCATION|Leeds]] [[ZIP|LS8 4HS]]
Tel. [[PHONE|07700 900362]]
W Polsce miał PESEL [[OTHER_ID|58030314958]], jeśli to pomoże. Czy możecie wysłać też ulotkę po polsku?
Dziękuję, [[PERSON|Halina Kamińska]]"""),

("intl-828", "intl", """Oi, o RH não aceitou meu atestado porque falta o endereço do médico?? Segue o que recebi:

ATESTADO MÉDICO
Atesto, para os devidos fins, que a Sra. [[PERSON|Thaís Oliveira Nascimento]], CPF [[OTHER_ID|521.073.864-71]], CNS [[HEALTH_PLAN_ID|708402136598704]], foi atendida por mim em teleconsulta no dia [[DATE|03/12/2026]], às 10h40, necessitando de afastamento de suas atividades laborais por 03 (três) dias a partir desta data.
CID-10: J11 (informado com autorização da paciente)
[[LOCATION|Recife]], [[DATE|3 de dezembro de 2026]].
Dr. [[PERSON|Eduardo Cavalcanti Lins]] - CRM-PE [[LICENSE_NUMBER|21847]]
Documento assinado digitalmente. Validar em [[URL|https://validar.example.com.br/atestado/9F3K2LQ7]]

Consegue mandar outro com o endereço da clínica? meu email é [[EMAIL|thais.nasc@example.com.br]]"""),

("intl-829", "intl", """Hei! Jeg får ikke hentet e-resepten min i nettapoteket, det står «ingen resepter funnet». Fastlegen min, [[PERSON|Kari Haugland]] på [[LOCATION|Majorstuen legesenter]], sier den ble sendt [[DATE|2. desember]].
Navn: [[PERSON|Odd Arne Solheim]]
Fødselsnummer: [[OTHER_ID|140357 48645]]
Adresse: [[STREET_ADDRESS|Bogstadveien 51 H0304]], [[ZIP|0366]] [[LOCATION|Oslo]]
Hentested: Posten i Kiwi [[LOCATION|Bislett]]
Jeg betaler med Vipps, [[PHONE|+47 415 55 018]].
Hilsen [[PERSON|Odd Arne]]"""),
]

INTL_D = [
("intl-830", "intl", """ONLINE CONSULTATION RECORD - Weight Management (tirzepatide)
Consultation ref: [[OTHER_ID|WL-UK-0093817]]      Submitted: [[DATE|04/12/2026]] 21:07 GMT
Patient: [[PERSON|Olumide Adeyemi-Clarke]]      DOB: [[DATE|19/09/1984]]      Sex: F
Address: [[STREET_ADDRESS|Flat 12, Kestrel House, 8 Marlowe Road]], [[LOCATION|Walthamstow]], [[LOCATION|London]] [[ZIP|E17 3HL]]
Mobile: [[PHONE|07700 900582]]      Email: [[EMAIL|olu.ac84@example.co.uk]]
NHS number: [[HEALTH_PLAN_ID|401 023 2137]]
Registered GP: Dr [[PERSON|Imran Siddiqui]], [[LOCATION|Forest Road Medical Centre]], [[STREET_ADDRESS|212 Forest Road]], [[LOCATION|London]] [[ZIP|E17 6JF]], [[EMAIL|forestroad.mc@nhs.example.net]]
ID check: passport verified by IDV provider [[DATE|04/12/2026]]; full-length photo with scale reading uploaded.

QUESTIONNAIRE
Height 165 cm; weight 98.4 kg; BMI 36.1. Ethnicity: Black African (lower BMI threshold applies).
Weight-related conditions: prediabetes (HbA1c 44 mmol/mol, [[DATE|Sept 2026]], GP), PCOS.
Pregnant / breastfeeding / trying to conceive: No. Contraception: copper IUD.
Pancreatitis, gallstones, MTC/MEN2, eating disorder, bariatric surgery, severe GI disease: None.
Regular medicines: none; occasional ibuprofen. Previous weight-loss medicines: none.
Consent to inform GP: YES.

PRESCRIBER REVIEW
[[PERSON|Harriet Okafor-Lund]], Independent Prescriber (Pharmacist), GPhC [[LICENSE_NUMBER|2087365]], [[DATE|05/12/2026]] 09:14.
Approved: Mounjaro 2.5 mg/0.6 mL KwikPen, 2.5 mg weekly for 4 weeks. Counselled by secure message on nausea, constipation, hydration, pancreatitis and gallbladder red flags, storage of the pen, and what to do with a missed dose. Patient replied "understood" at 09:40.
Clinical check and dispensing: [[PERSON|Tomasz Wiśniewski]], Pharmacist, GPhC [[LICENSE_NUMBER|2074419]].
Supervising doctor: Dr [[PERSON|Caroline Pemberton]], GMC [[LICENSE_NUMBER|7048213]].

DISPATCH
DPD Predict, chilled, tracking [[OTHER_ID|15501234567890]], estimated delivery [[DATE|06/12/2026]] between 10:14 and 11:14.
Safe place: no. Alternative: neighbour at [[STREET_ADDRESS|Flat 11]] (Mrs [[PERSON|Doyle]]).

GP NOTIFICATION (emailed [[DATE|05/12/2026]])
Dear Dr [[PERSON|Siddiqui]],
Your patient Ms [[PERSON|Adeyemi-Clarke]] (DOB [[DATE|19/09/1984]], NHS [[HEALTH_PLAN_ID|401 023 2137]]) has been prescribed Mounjaro (tirzepatide) 2.5 mg weekly by our online service following a consultation on [[DATE|04/12/2026]]. Her BMI was 36.1 with prediabetes. Please add this to her record. We will review her progress before each dose increase.
Kind regards,
[[PERSON|Harriet Okafor-Lund]], Pharmacist Independent Prescriber
Registered pharmacy premises GPhC 9012345, [[STREET_ADDRESS|Unit 5, Parkside Business Park]], [[LOCATION|Leicester]] [[ZIP|LE4 9HX]], tel. [[PHONE|0116 496 0331]]"""),
]

TEXTS = NOTES + INTL_A + INTL_B + INTL_C + INTL_D

"""heldout4 note + intl texts (CC0-1.0, everything invented).

Inline markup: [[TYPE|value]] around every identifier.
Built and validated by build_heldout3.py --set heldout4. Stdlib only.
"""

TEXTS = [
    # ------------------------------------------------------------------
    # note: US clinical documentation
    # ------------------------------------------------------------------
    ("note-001", "note",
     "ED TRIAGE [[DATE|2026-11-03]]T14:22\n"
     "[[AGE|93]] yo F BIBA from [[LOCATION|Willow Bend Care Home]], [[LOCATION|Marquette]], s/p unwitnessed fall ~1300. "
     "GCS 14 (E4V4M6). c/o L hip pain 8/10, LLE shortened and externally rotated. "
     "BP 168/92 HR 104 irreg RR 20 SpO2 94% RA T 36.9. Hx Parkinson's, AFib on apixaban 2.5 mg BID, CKD 3b. "
     "Facility RN [[PERSON|Dana Kowalczyk]] called report, cb [[PHONE|(906) 555-0143]]. "
     "Daughter/POA [[PERSON|Lorraine Beaulieu]] en route. MRN [[MRN|MQ-20418875]]. ESI 2.\n"
     "Triage: [[PERSON|J. Ferreira]], RN"),

    ("note-002", "note",
     "DISCHARGE SUMMARY\n"
     "Patient: [[PERSON|Ramírez-Ocampo, Teodoro]]    MRN: [[MRN|00738215]]    DOB: [[DATE|02/14/1947]]\n"
     "Admitted: [[DATE|10/27/2026]]    Discharged: [[DATE|11/04/2026]]\n"
     "Attending: [[PERSON|Priya Venkataraman]], MD, Hospital Medicine, [[LOCATION|St. Columba Regional Medical Center]]\n"
     "Principal dx: NSTEMI, s/p PCI to mid-LAD (DES x1) on [[DATE|10/28]]. Course c/b contrast AKI (Cr peak 2.1, 1.4 at d/c). "
     "79 y/o, lives with wife, independent in ADLs.\n"
     "Discharge meds: ASA 81 mg daily; ticagrelor 90 mg BID x 12 mo; atorvastatin 80 mg qHS; metoprolol succinate 25 mg daily. "
     "Hold lisinopril until repeat BMP.\n"
     "Follow-up: cardiology with Dr. [[PERSON|Halvorsen]] in 1 wk. Cardiac rehab referral faxed to [[FAX|719-555-0182]]."),

    ("note-003", "note",
     "OPERATIVE NOTE\n"
     "Date of surgery: [[DATE|5 November 2026]]\n"
     "Surgeon: [[PERSON|Ngozi Achterberg]], MD, FACS    Assistant: [[PERSON|Colm Tierney]], PA-C    "
     "Anesthesia: general ETT ([[PERSON|R. Quist]], CRNA)\n"
     "Patient: [[PERSON|Wendell Ashby-Crane]], 61 M, MRN [[MRN|4471-902-33]]\n"
     "Pre/postop dx: acute calculous cholecystitis (Murphy's sign positive on admission, WBC 14.2).\n"
     "Procedure: laparoscopic cholecystectomy with intraoperative cholangiogram.\n"
     "Findings: distended, edematous GB with a stone impacted in Hartmann's pouch; IOC without CBD filling defects. "
     "Critical view of safety obtained.\n"
     "EBL 30 mL. Specimen: gallbladder to pathology. Drains: none. Foley removed in PACU. Counts correct x2.\n"
     "[[LOCATION|Harlan Memorial Hospital]], OR 6. In room 0812, out 0947. Stable to PACU."),

    ("note-004", "note",
     "RADIOLOGY REPORT\n"
     "Exam: CT HEAD WITHOUT CONTRAST    Accession: [[OTHER_ID|RAD-26-7731945]]\n"
     "Patient: [[PERSON|SORENSEN, MAGNHILD]]    MRN [[MRN|88100432]]    DOB [[DATE|09/09/1931]] (Age: [[AGE|95]])\n"
     "Exam date: [[DATE|11/06/2026]] 02:41    Ordering: [[PERSON|Elan Whitfield]], DO (ED)\n"
     "History: fall at [[LOCATION|Brookhaven Assisted Living]], on warfarin, INR 3.4, GCS 15.\n"
     "Comparison: CT head [[DATE|03/2024]].\n"
     "Findings: 9 mm acute subdural hematoma over the left frontoparietal convexity with 3 mm rightward midline shift. "
     "No calvarial fracture. Moderate periventricular white matter hypoattenuation. Basal cisterns patent.\n"
     "Impression: acute left SDH with mild mass effect. Critical result called to the ordering provider at 02:58 with read-back.\n"
     "Interpreted by: [[PERSON|Haruto Beckwith-Ng]], MD"),

    ("note-005", "note",
     "SURGICAL PATHOLOGY REPORT    Accession: [[OTHER_ID|SP26-0048813]]\n"
     "Patient: [[PERSON|Ashby-Crane, Wendell]]    MRN: [[MRN|4471-902-33]]    Sex: M\n"
     "Collected: [[DATE|11/05/2026]]    Reported: [[DATE|11/07/2026]]    Submitting: [[PERSON|N. Achterberg]], MD\n"
     "Specimen: gallbladder, laparoscopic cholecystectomy.\n"
     "Gross: 8.2 x 3.5 x 2.9 cm gallbladder; wall to 0.6 cm; multiple yellow-green faceted calculi, 0.3-1.1 cm. "
     "Representative sections A1-A3.\n"
     "Microscopic: transmural neutrophilic infiltrate, mucosal ulceration, Rokitansky-Aschoff sinuses.\n"
     "DIAGNOSIS: Acute and chronic cholecystitis with cholelithiasis. Negative for dysplasia and malignancy.\n"
     "Electronically signed: [[PERSON|Imogen Strathairn-Pérez]], MD, [[DATE|11/07/2026]] 16:05"),

    ("note-006", "note",
     "OUTPATIENT LAB REQUISITION\n"
     "Last name: [[PERSON|Okereke]]    First name: [[PERSON|Chiamaka]]    DOB: [[DATE|1988-03-22]]    Sex: F\n"
     "Address: [[STREET_ADDRESS|2207 Larkspur Ln, Unit B]], [[LOCATION|Round Rock]], TX [[ZIP|78664]]    "
     "Phone: [[PHONE|512-555-0161]]\n"
     "Insurance: BCBS TX    Member ID: [[HEALTH_PLAN_ID|XGP884120937]]\n"
     "Ordering provider: [[PERSON|Samuel Adeyemi-Brandt]], NP    NPI: [[LICENSE_NUMBER|1648720393]]\n"
     "Tests: CBC w/ diff; CMP; TSH w/ reflex FT4; HbA1c; lipid panel (fasting); quant beta-hCG.\n"
     "ICD-10: R53.83, E55.9, Z32.01\n"
     "Collect: [[DATE|11/10/26]], fasting, AM draw.    Specimen label: [[OTHER_ID|LQ-556120-7]]"),

    ("note-007", "note",
     "[[LOCATION|Harbor Point Family Medicine]]\n"
     "[[STREET_ADDRESS|1150 Seaview Blvd, Suite 210]], [[LOCATION|Portland]], ME [[ZIP|04101]] | Fax [[FAX|207-555-0120]]\n\n"
     "[[DATE|November 9, 2026]]\n\n"
     "Dear Dr. [[PERSON|Lindqvist]],\n\n"
     "Thank you for seeing Mr. [[PERSON|Augustin Thibodeaux]] (DOB [[DATE|6/30/1958]]) for progressive exertional dyspnea "
     "and a new grade III/VI systolic ejection murmur. Office TTE showed AVA 0.8 cm2, mean gradient 44 mmHg, LVEF 55%. "
     "He is 68, a retired lobsterman, NYHA class II-III. Cr 1.1, Hgb 13.2. "
     "I would appreciate your opinion on TAVR versus SAVR.\n\n"
     "Please call me directly on my cell, [[PHONE|207-555-0175]], with any questions.\n\n"
     "Sincerely,\n[[PERSON|Rosalind Achebe-Grant]], MD"),

    ("note-008", "note",
     "PRIOR AUTHORIZATION REQUEST / LETTER OF MEDICAL NECESSITY\n"
     "Date: [[DATE|11/12/2026]]\n"
     "To: Keystone Mutual Health Plan, Pharmacy Prior Authorization\n"
     "Re: [[PERSON|Eleanor Vasquez-Tran]] | Member ID [[HEALTH_PLAN_ID|KMH-0093318842]] | DOB [[DATE|01/05/1979]]\n"
     "Medication: dupilumab 300 mg SC q2wk after 600 mg loading dose\n\n"
     "To whom it may concern:\n"
     "Ms. [[PERSON|Vasquez-Tran]] has severe atopic dermatitis (EASI 31, IGA 4, BSA 42%) despite 16 wk of topical clobetasol "
     "and tacrolimus and 12 wk of methotrexate 15 mg weekly, stopped [[DATE|8/2026]] for transaminitis (ALT 3x ULN). "
     "Cyclosporine is contraindicated (BP 152/96, eGFR 58). Dupilumab is medically necessary.\n"
     "Prior request #[[OTHER_ID|PA-26-771204]] was denied on [[DATE|10/30/2026]]; this is a resubmission with chart notes.\n\n"
     "[[PERSON|Tobias Eichelberger]], MD, Dermatology    NPI [[LICENSE_NUMBER|1472039852]]    Fax [[FAX|(412) 555-0109]]"),

    ("note-009", "note",
     "HOME HEALTH SKILLED NURSING VISIT\n"
     "Pt: [[PERSON|Augustus Pemberton]] (\"[[PERSON|Gus]]\"), [[AGE|91]] y/o M. Visit [[DATE|11/13/26]] 0930-1020 at home, "
     "[[STREET_ADDRESS|38 Orchard Hill Rd]], [[LOCATION|Bethel]], VT [[ZIP|05032]]. Homebound d/t CHF and gait instability (TUG 24 s).\n"
     "VS: BP 132/70, HR 72 irreg, SpO2 95% RA, wt 81.4 kg (+1.1 kg in 3 d). 2+ pitting edema BLE, bibasilar crackles.\n"
     "Meds reconciled. Furosemide increased to 40 mg BID per Dr. [[PERSON|Okafor]] (verbal order, read back). "
     "Son present, taught 2 g Na diet and daily weights; he is 64 and lives next door.\n"
     "Medicare MBI [[HEALTH_PLAN_ID|5TQ2-HW7-RN41]]. Next SN visit 3 days.\n"
     "[[PERSON|Katerina Molnár-Hughes]], RN"),

    ("note-010", "note",
     "HOSPICE RN VISIT - [[DATE|14 Nov 2026]]\n"
     "Patient [[PERSON|Hattie Mae Culpepper]], [[AGE|98]], at [[LOCATION|Magnolia Terrace Memory Care]], rm 112, [[LOCATION|Tupelo]]. "
     "Dx Alzheimer's dementia, FAST 7c, PPS 30%. Intake <25% of meals, sleeping ~20 h/day. "
     "PAINAD 2 -> 0 after morphine 5 mg SL. Sacral stage 2 PI, Braden 11, turning q2h.\n"
     "Granddaughter [[PERSON|Shonda Culpepper-Wells]] (HCPOA) at bedside; asks to be called before any med change: [[PHONE|662-555-0137]].\n"
     "Hospice pt ID [[MRN|H-26-00915]]. Plan: routine level of care, continue comfort kit. "
     "Social worker to f/u on funeral home preference.\n"
     "Visit by: [[PERSON|Luz Marina Castaño]], RN, CHPN"),

    ("note-011", "note",
     "PHARMACY INTERVENTION - Clinical Pharmacist Note\n"
     "[[DATE|11/15/2026]] 10:40. Pt: [[PERSON|Oduya, Benedict]] (MRN [[MRN|30958127]]), 4 West bed 12.\n"
     "Issue: vancomycin trough 24.1 mcg/mL drawn before 4th dose (wt 67 kg, SCr 1.6 from 0.9 on admit, CrCl ~38 mL/min). "
     "Also linezolid + sertraline flagged (serotonin syndrome risk).\n"
     "Recommendation: hold vanc x1, switch to AUC-guided dosing 1250 mg q24h, random level [[DATE|11/16]] AM; "
     "d/c linezolid, MRSA nares PCR negative.\n"
     "Discussed with Dr. [[PERSON|Farrukh Imtiaz]] (hospitalist), accepted. Order #[[OTHER_ID|ORD-7734521]] modified.\n"
     "Time: 25 min. [[PERSON|Beatriz Lindahl-Osei]], PharmD, BCPS"),

    ("note-012", "note",
     "TELEHEALTH VIDEO VISIT [[DATE|11/16/2026]]\n"
     "Provider: [[PERSON|Anjali Raghunathan]], NP, at clinic in [[LOCATION|Ann Arbor]]. Patient location verified: home, "
     "[[STREET_ADDRESS|5718 Tamarack Ct]], [[LOCATION|Traverse City]], MI [[ZIP|49684]]. Verbal consent obtained.\n"
     "Session link [[URL|https://visit.example.com/r/kopecky-j-88231]]; patient IP [[IP_ADDRESS|198.51.100.47]] logged per policy.\n"
     "S: [[PERSON|Jiří Kopecký]], 44, f/u HTN and OSA. Home BP log avg 138/86. Uses CPAP nightly, AHI 3.1 on download.\n"
     "A/P: HTN not at goal - add amlodipine 5 mg daily, BMP in 2 wk. AVS sent to [[EMAIL|jiri.kopecky@example.net]]. "
     "Next visit [[DATE|Dec 14]]. Total time 22 min, audio + video."),

    ("note-013", "note",
     "BEHAVIORAL HEALTH PROGRESS NOTE (psychotherapy, 53 min) - [[DATE|17-Nov-2026]]\n"
     "Client: [[PERSON|Marisol Etxeberria]], 34 F. Present: client and her mother, [[PERSON|Begoña Etxeberria]]; "
     "husband [[PERSON|Kwame Asante]] joined by phone for the last 10 min.\n"
     "S: \"I stopped sleeping after the miscarriage.\" PHQ-9 = 19, GAD-7 = 15. "
     "Columbia (C-SSRS) screen: passive SI, no plan, intent or behavior.\n"
     "MSE: tearful, linear, fair insight.\n"
     "A: MDD, single episode, moderate-severe; r/o PTSD.\n"
     "P: safety plan updated (crisis line reviewed; mother's number [[PHONE|503-555-0126]] listed). Referral to Dr. [[PERSON|Yusupova]], "
     "psychiatry, [[LOCATION|Riverbend Behavioral Health Clinic]] in [[LOCATION|Gresham]], for medication evaluation. CBT weekly.\n"
     "Clinician: [[PERSON|Oren Falkenrath]], LCSW"),

    ("note-014", "note",
     "PEDIATRIC WELL VISIT - 4 yo M\n"
     "Pt: [[PERSON|Mateo Quispe-Lindgren]]    DOB [[DATE|07/02/2022]]    MRN [[MRN|P-0651174]]\n"
     "Here with mother, [[PERSON|Yesenia Quispe]], and father, [[PERSON|Henrik Lindgren]]. Birth hx: term SVD, Apgar 8/9.\n"
     "Growth: wt 16.8 kg (55th %ile), ht 104 cm (60th %ile). Vision 20/30 OU. Hearing pass.\n"
     "Vaccines: DTaP #5, IPV #4, MMR #2, varicella #2 given, VIS provided, lot U7732AA.\n"
     "School: attends Sunflower Montessori preschool; teacher Ms. [[PERSON|Pryce]] reports trouble with transitions (form dated [[DATE|10/20/2026]]). "
     "ASQ-3 communication borderline.\n"
     "Plan: ASQ:SE-2; speech referral to [[LOCATION|Little Oaks Pediatric Therapy]], [[LOCATION|Ames]]. "
     "Mother's cell [[PHONE|(515) 555-0153]]. Next WCC at 5 y.\n"
     "[[PERSON|Adaeze Hollingsworth]], MD"),

    ("note-015", "note",
     "DENTAL PROGRESS NOTE [[DATE|11/18/2026]]\n"
     "Pt: [[PERSON|Thuy-Linh Banerjee-Cole]], 52 F. CC: cold sensitivity #19 x 3 wk.\n"
     "Exam: #19 MOD amalgam with recurrent caries distal (Black's class II); #30 PFM crown intact. "
     "Perio: generalized 3-4 mm pockets, BOP 18%. 2 BWs taken.\n"
     "Tx: #19 MOD composite, shade A2. 1 carpule 2% lidocaine 1:100k epi, IANB. Tolerated well.\n"
     "Next: SRP UR/UL with hygienist [[PERSON|Corinne Baptiste]], RDH, on [[DATE|12/02]].\n"
     "Ins: Delta Dental, subscriber ID [[HEALTH_PLAN_ID|DD7781445002]].\n"
     "Provider: [[PERSON|Faisal Haddad-Mirza]], DDS    NPI [[LICENSE_NUMBER|1706654310]]"),

    ("note-016", "note",
     "OPTOMETRY - SPECTACLE Rx\n"
     "Patient: [[PERSON|Ingeborg Castellanos]]    DOB: [[DATE|Nov 3, 1936]]    Age: [[AGE|90]]\n"
     "Exam date: [[DATE|3rd Nov 2026]]\n"
     "         SPH     CYL     AXIS   ADD\n"
     "OD      -2.25   -0.75   175    +2.50\n"
     "OS      -1.75   -1.00   010    +2.50\n"
     "VA cc 20/25 OD, 20/30 OS. IOP 16/17 mmHg (Goldmann). Early NS cataract OU, fundus unremarkable.\n"
     "Recommend PAL, AR coating. Rx expires [[DATE|11/2028]].\n"
     "Prescriber: [[PERSON|Wen-Hsuan Ostrowski]], OD    License [[LICENSE_NUMBER|OPT.0048213]]\n"
     "Pt phone [[PHONE|303-555-0168]]"),

    ("note-017", "note",
     "PT DAILY NOTE - Visit 7/12, [[DATE|11/19/2026]]\n"
     "Pt: [[PERSON|Desmond Okwuosa-Reyes]], 57 M, s/p R TKA [[DATE|10/22/2026]] (Dr. [[PERSON|Vanterpool]], "
     "[[LOCATION|Cedar Valley Orthopedic Surgery Center]]).\n"
     "S: pain 4/10 at rest, 6/10 after stairs. Sleeping better.\n"
     "O: R knee AROM 5-108 deg, PROM 3-114 deg. Quad lag 5 deg. Gait with SPC, TUG 11.2 s. Edema +2 cm vs L at joint line.\n"
     "Interventions: NMES quad 15 min, TKE, step-ups 4 in, recumbent bike 8 min, gait training, ice.\n"
     "A: progressing, goal 0-120 deg by visit 12. P: 2x/wk x 3 wk. HEP updated and emailed to [[EMAIL|desmond.or@example.com]].\n"
     "[[PERSON|Marguerite Akintola]], PT, DPT"),

    ("note-018", "note",
     "POLYSOMNOGRAPHY REPORT - SPLIT NIGHT\n"
     "Study date: [[DATE|2026-11-20]]    Study #: [[OTHER_ID|PSG-26-1187]]\n"
     "Patient: [[PERSON|Alistair Mbeki-Harrington]]    DOB [[DATE|1969-08-03]]    BMI 36.4    Epworth 16/24\n"
     "Diagnostic portion (TST 142 min): AHI 48.2/h, RDI 52.0/h, SpO2 nadir 79%, T90 14%.\n"
     "Titration: CPAP 5-13 cm H2O; optimal 11 cm H2O (AHI 2.1, supine REM observed), medium full-face mask.\n"
     "Impression: severe OSA, responsive to CPAP.\n"
     "Plan: APAP 9-14 cm H2O. AirSense 11, SN [[DEVICE_ID|23261588417]], set up [[DATE|11/24/2026]] by [[PERSON|Keisha Dunmore]], RT. "
     "Compliance download at 31 days.\n"
     "Interpreting: [[PERSON|Yaw Boateng-Kraus]], MD, [[LOCATION|Mercy Ridge Sleep Disorders Center]], [[LOCATION|Cheyenne]]"),

    ("note-019", "note",
     "DEVICE CLINIC - ICD INTERROGATION (in clinic) [[DATE|11/21/2026]]\n"
     "Pt: [[PERSON|Florentyna Adebayo-Wójcik]]    MRN [[MRN|5520-1186]]    Age [[AGE|90]]\n"
     "Device: dual-chamber ICD, serial [[DEVICE_ID|RNV604117S]], implanted [[DATE|03/15/2021]] at [[LOCATION|Saint Brendan Heart Institute]]. "
     "RV lead serial [[DEVICE_ID|TDL330912V]].\n"
     "Battery 6.1 y to RRT, charge time 8.9 s. Sensing P 2.8 mV, R 11.4 mV. Impedance RA 456, RV 532, HV 71 ohm. "
     "Thresholds RA 0.75 V @ 0.4 ms, RV 1.0 V @ 0.4 ms.\n"
     "Episodes since last in-clinic check ([[DATE|Nov '25]]): 2 NSVT (max 9 beats), 0 treated VT/VF. AT/AF burden <0.1%.\n"
     "No programming changes. Next remote [[DATE|2/2027]].\n"
     "Interrogated by [[PERSON|Tomasz Achterfeld]], CCDS; reviewed by Dr. [[PERSON|Olamide Vossberg]] (EP)."),

    ("note-020", "note",
     "HEMODIALYSIS TREATMENT RECORD - [[LOCATION|Lakeside Kidney Center]], chair 14\n"
     "Date: Sat [[DATE|11/22/26]], shift 2\n"
     "Pt: [[PERSON|ELLSWORTH, RUBY J]]    MRN [[MRN|71-440-093]]    EDW 62.0 kg, pre wt 64.8 kg\n"
     "Access: L brachiocephalic AVF, + thrill/bruit, 15G x2, no infiltration.\n"
     "Rx: F180 dialyzer, Qb 400, Qd 600, 4 h, 2K/2.5Ca bath, UF goal 2.8 L, heparin 2000 u bolus.\n"
     "Pre BP 172/88, post 138/76. Cramping at 3 h, NS 200 mL given, UF reduced.\n"
     "Monthly labs drawn. Last Kt/V 1.41, URR 72%.\n"
     "Machine SN [[DEVICE_ID|8GSA142297]].\n"
     "RN: [[PERSON|Obiageli Sørensen]]; PCT: [[PERSON|Dwayne Littlefeather]]. Rounded by Dr. [[PERSON|Kasprzak]]."),

    ("note-021", "note",
     "PID|1||[[MRN|M4471902]]^^^MAIN^MR||[[PERSON|HALVORSEN^ASTRID^M]]||[[DATE|19330415]]|F|||"
     "[[STREET_ADDRESS|4410 CEDAR RIDGE RD^APT 2]]^[[LOCATION|DULUTH]]^MN^[[ZIP|55811]]^USA||[[PHONE|(218)555-0114]]^PRN^PH|||W|||"
     "[[ACCOUNT_NUMBER|A2026110344]]|[[SSN|987-65-4324]]\n"
     "PV1|1|I|4W^412^B^MAIN||||[[LICENSE_NUMBER|1320975869]]^[[PERSON|OKONJO^CHIDI^A]]^^DR^^^NPI|||MED\n"
     "NK1|1|[[PERSON|HALVORSEN^PETER^J]]|SON|[[STREET_ADDRESS|77 LAKE AVE S]]^^[[LOCATION|DULUTH]]^MN^[[ZIP|55802]]|[[PHONE|(218)555-0193]]\n"
     "DG1|1||G20^Parkinson's disease^I10\n"
     "IN1|1|MCR^MEDICARE|||||||||||||||||||||||||||||||||||[[HEALTH_PLAN_ID|3VH7-EK2-PW58]]"),

    ("note-022", "note",
     '{"resourceType": "Patient", "identifier": [{"type": {"text": "MRN"}, "value": "[[MRN|HX-00918822]]"}, '
     '{"system": "urn:oid:2.16.840.1.113883.4.1", "value": "[[SSN|987-65-4327]]"}], '
     '"name": [{"family": "[[PERSON|Nakagawa-Bell]]", "given": ["[[PERSON|Sumiko]]", "[[PERSON|Rose]]"]}], '
     '"gender": "female", "birthDate": "[[DATE|1932-12-01]]", '
     '"telecom": [{"system": "phone", "value": "[[PHONE|+1 808 555 0172]]", "use": "mobile"}, '
     '{"system": "email", "value": "[[EMAIL|sumiko.nb@example.org]]"}], '
     '"address": [{"line": ["[[STREET_ADDRESS|94-1020 Anania Dr]]", "[[STREET_ADDRESS|Apt 5C]]"], '
     '"city": "[[LOCATION|Mililani]]", "state": "HI", "postalCode": "[[ZIP|96789]]"}], '
     '"generalPractitioner": [{"display": "[[PERSON|Kealoha Fitzgerald-Mendes]], MD"}], '
     '"managingOrganization": {"display": "[[LOCATION|Koʻolau Ridge Medical Center]]"}}'),

    ("note-023", "note",
     "FROM: [[LOCATION|Tri-County Wound & Hyperbaric Clinic]]   FAX: [[FAX|(570) 555-0188]]   "
     "TO: Dr. [[PERSON|Ayodele Fairweather]]   FAX: [[FAX|(570) 555-0131]]   [[DATE|11/24/2026]] 16:07   PAGE 1/3\n"
     "*** CONFIDENTIAL - CONTAINS PHI ***\n"
     "RE: WOUND CARE UPDATE - PT: [[PERSON|KRZYZANOWSKI, BERNARD]]  DOB [[DATE|04/04/1935]]  ACCT [[ACCOUNT_NUMBER|600218847]]\n"
     "L heel unstageable PI, now stage 4 after sharp debridement on [[DATE|11/20]]: 3.1 x 2.4 x 0.9 cm, 30% slough, "
     "moderate serosanguinous drainage. ABI 0.62 L. HBOT not indicated. NPWT 125 mmHg continuous, change M/W/F by home health.\n"
     "Pt is [[AGE|91]], lives at [[LOCATION|Laurel Crest Personal Care Home]], [[LOCATION|Hazleton]].\n"
     "Questions: [[PERSON|Noelani Brigham]], CWOCN, direct line [[PHONE|570-555-0139]]"),

    ("note-024", "note",
     "NURSING NOTE [[DATE|11/25]] 0300: PT [[PERSON|ABERNATHY-NWOSU, CORNELIUS]] [[AGE|92]] YO M RESTLESS, PULLING AT FOLEY. "
     "CAM POSITIVE. VS BP 148/84 HR 96 T 37.8 SPO2 92% 2L NC. BABINSKI NEG BILAT, PERRLA, NO FOCAL DEFICITS. "
     "RESIDENT DR. [[PERSON|ZHOU-PETTIGREW]] NOTIFIED 0310, ORDERED UA/UCX, CXR, BCX X2; HALDOL 0.5 MG IV X1 GIVEN 0325 WITH GOOD EFFECT. "
     "BED ALARM ON, SITTER REQUESTED. WIFE [[PERSON|OPHELIA]] UPDATED BY PHONE AT [[PHONE|555-0164]], STATES PT WAS "
     "'SHARP AS A TACK' AT HOME IN [[LOCATION|CHESTERTOWN]]. MORSE FALL SCORE 65. - [[PERSON|R. DELACROIX-AMANKWAH]], RN"),

    ("note-025", "note",
     "ED PROVIDER NOTE - TRAUMA (level II activation), arrival [[DATE|11/26/2026]] 22:15\n"
     "28 yo restrained driver, MVC vs guardrail on I-80 near [[LOCATION|Rawlins]], ~45 mph, + airbag deployment. "
     "Pt: [[PERSON|Kacper Whitehorse-Ibarra]]. GCS 15, FAST negative, C-spine cleared by NEXUS. No seatbelt sign.\n"
     "CT C/A/P: nondisplaced R 7th-8th rib fx, no PTX, no solid-organ injury. Plan: multimodal analgesia, IS, obs 23 h. "
     "Tetanus updated. BAC pending.\n"
     "Highway Patrol (Cpl. [[PERSON|Rendón]]) at bedside; per policy only confirmed pt presence. "
     "Crash report copy in chart lists vehicle plate [[VEHICLE_ID|6-4418J]], VIN [[VEHICLE_ID|1FTEW1EPXMKE32718]], "
     "driver license [[LICENSE_NUMBER|109-772-481]].\n"
     "Attending: [[PERSON|Halima Ostergaard]], DO    Scribe: [[PERSON|T. Nakamura-Bright]]"),

    ("note-026", "note",
     "H&P - ADMISSION (excerpt)\n"
     "HPI: 89-year-old woman ([[PERSON|Philippa Dunstan-Oyelowo]]) with COPD GOLD 3 on 2 L home O2 presented to "
     "[[LOCATION|Fairhaven Community Hospital]] ED on [[DATE|11/27/2026]] with 3 d of worsening dyspnea and purulent sputum. "
     "Wells score 0, CURB-65 2.\n"
     "PMH: COPD, HFpEF, Addison's disease on hydrocortisone 15/5 mg, hx Hodgkin lymphoma 1978 s/p ABVD + mantle RT.\n"
     "SH: widowed, lives alone in [[LOCATION|Sequim]], ex-smoker 40 pk-yr (quit 2001). Niece [[PERSON|Georgina Pratt]] "
     "([[PHONE|360-555-0121]]) checks on her daily.\n"
     "Ins: Medicare MBI [[HEALTH_PLAN_ID|2KW9-TP4-GX63]]; SSN [[SSN|987-65-4321]] on file for Medicaid application.\n"
     "Exam: T 38.2, HR 108, RR 26, SpO2 86% on 2 L -> 93% on 4 L. Diffuse wheeze, prolonged expiration.\n"
     "A/P: AECOPD, r/o CAP; stress-dose hydrocortisone given Addison's. Admit to Dr. [[PERSON|Bartholomew Iwu]], hospitalist."),

    ("note-027", "note",
     "SPECIALTY PHARMACY - INTAKE CALL [[DATE|11/28/2026]] 14:15\n"
     "Caller: patient, [[PERSON|Rosalind Kettering-Ade]], DOB [[DATE|5/9/1961]] (2 identifiers verified).\n"
     "Rx #[[OTHER_ID|7719304]]: etanercept 50 mg/mL autoinjector SC weekly, #4, RF x11. Prescriber Dr. [[PERSON|Imani Castellucci]] "
     "(rheum), NPI [[LICENSE_NUMBER|1893452205]].\n"
     "Benefits: commercial PBM, member ID [[HEALTH_PLAN_ID|U8842019301]]; manufacturer copay card applied, pt OOP $35 "
     "charged to [[CREDIT_CARD|3791 448220 06135]] (exp 2029).\n"
     "Ship to: [[STREET_ADDRESS|61 Juniper Hollow Way]], [[LOCATION|Flagstaff]], AZ [[ZIP|86001]], cold chain, "
     "deliver [[DATE|12/1]], signature required.\n"
     "Alt contact: husband [[PERSON|Teodor]], [[PHONE|928-555-0158]]. Portal username [[OTHER_ID|rkettering61]].\n"
     "Counseled: injection technique, storage 2-8 C, hold for fever or infection, avoid live vaccines.\n"
     "[[PERSON|Emeka Lindqvist-Barros]], PharmD"),

    ("note-028", "note",
     "PAIN MANAGEMENT - CONTROLLED SUBSTANCE AGREEMENT REVIEW\n"
     "Visit [[DATE|11/30/2026]], [[LOCATION|Bluestem Spine & Pain]], [[LOCATION|Salina]].\n"
     "Pt: [[PERSON|Obadiah Fenwick-Sato]], 46 M, chronic L5 radiculopathy s/p L4-5 laminectomy. Pain 6/10, PEG 6.3, ORT low risk.\n"
     "UDS [[DATE|11/2]]: appropriate (oxycodone +, noroxycodone +). PDMP (K-TRACS) reviewed: single prescriber, "
     "single pharmacy in [[LOCATION|Abilene]]. MME 30/day.\n"
     "Rx: oxycodone 5 mg q8h prn, #90, no refills. Naloxone 4 mg nasal co-prescribed; partner [[PERSON|Wren]] shown how to use it.\n"
     "Random pill count next month, f/u 4 wk.\n"
     "[[PERSON|Lucinda Abara-Haugen]], MD    DEA [[LICENSE_NUMBER|BA4729135]]    NPI [[LICENSE_NUMBER|1284309170]]"),

    ("note-029", "note",
     "DELIVERY NOTE [[DATE|12/01/2026]] - [[LOCATION|Maple Grove Women's Hospital]], L&D\n"
     "Mother: [[PERSON|Yelena Brightwater-Osei]], 31 yo G2P1 -> P2, 39w4d, GBS neg. Induced for gHTN; Bishop score 9 at AROM.\n"
     "SVD of viable female at 04:17, LOA, nuchal cord x1 reduced. Apgar 8/9. Wt 3410 g. "
     "1st-degree perineal laceration repaired with 3-0 Vicryl. Placenta delivered intact, 3VC. EBL 350 mL.\n"
     "Infant: Baby Girl [[PERSON|Brightwater-Osei]], MRN [[MRN|NB-2604471]], to skin-to-skin.\n"
     "Father of baby, [[PERSON|Kofi Osei]], at bedside and cut the cord.\n"
     "Delivered by [[PERSON|Iris Vandermeer]], CNM"),

    ("note-030", "note",
     "PEDIATRIC ENDOCRINOLOGY - DIABETES TECHNOLOGY VISIT [[DATE|12/03/2026]]\n"
     "Pt: [[PERSON|Saoirse Delacroix-Mwangi]], 15 F, T1DM dx [[DATE|Mar '19]]. With father [[PERSON|Jean-Baptiste Delacroix]]; "
     "mother [[PERSON|Wanjiru Mwangi]] on speakerphone.\n"
     "Pump SN [[DEVICE_ID|1204877]]; CGM transmitter ID [[DEVICE_ID|8NQ4RX]].\n"
     "14-d CGM: TIR 58%, TBR 3%, TAR 39%, GMI 7.6%, CV 38%. A1c 7.9% (was 8.6%). Closed loop active 94%.\n"
     "Plan: breakfast ICR 1:10 -> 1:8, CF 1:45 unchanged. Nasal glucagon at school; 504 plan and DMMP updated for the school nurse.\n"
     "Family email [[EMAIL|jb.delacroix@example.com]]. RTC 3 mo.\n"
     "[[PERSON|Aurelio Nakashima-Reyes]], MD"),

    # ------------------------------------------------------------------
    # intl: customers and clinicians outside the US
    # ------------------------------------------------------------------
    # Ireland
    ("intl-001", "intl",
     "Hi, this is [[PERSON|Siobhán Ní Bhriain]]. I look after my nan, [[PERSON|Máirín Ó Dálaigh]], who's [[AGE|94]]. "
     "Please send her repeat prescription to [[STREET_ADDRESS|14 Bóthar na Trá]], [[LOCATION|Salthill]], [[LOCATION|Galway]] "
     "[[ZIP|H91 K2X7]] from now on. Medical card no. [[HEALTH_PLAN_ID|0471882K]], PPS no. [[OTHER_ID|8471926I]]. "
     "Her GP is Dr [[PERSON|Fintan Costigan]] at [[LOCATION|Claddagh Medical Centre]] (IMC no. [[LICENSE_NUMBER|418822]]). "
     "Ring me on [[PHONE|087 913 4471]]. Thanks a million!"),

    # Scotland
    ("intl-002", "intl",
     "Order query from [[PERSON|Callum MacIver]], [[STREET_ADDRESS|2F1, 28 Marchmont Crescent]], [[LOCATION|Edinburgh]] [[ZIP|EH9 1HG]]. "
     "The repeat for my dad, [[PERSON|Alasdair MacIver]] (CHI [[HEALTH_PLAN_ID|1506362486]], born [[DATE|15/06/1936]]), should now go to "
     "[[LOCATION|Braeside Care Home]], [[LOCATION|Musselburgh]]. He moved in on [[DATE|2 November]]. "
     "You charged us twice, please refund to [[IBAN|GB34 CLYD 8041 2233 4577 81]]. Mob [[PHONE|07700 900417]]. Cheers."),

    # Wales (Welsh)
    ("intl-003", "intl",
     "Bore da! Ysgrifennaf ar ran fy mam, [[PERSON|Gwenllian Prydderch]] (rhif GIG [[HEALTH_PLAN_ID|943 476 5919]]). "
     "Mae hi'n [[AGE|96]] oed ac yn byw yn [[STREET_ADDRESS|3 Heol y Felin]], [[LOCATION|Llanbedr Pont Steffan]] "
     "([[LOCATION|Lampeter]]) [[ZIP|SA48 7BN]]. Newidiodd Dr [[PERSON|Iolo ap Dafydd]] ym [[LOCATION|Meddygfa Teifi]] ei thabledi "
     "ar [[DATE|4 Rhagfyr 2026]]. Ffoniwch fi ar [[PHONE|07700 900682]]. Diolch yn fawr, [[PERSON|Elin Prydderch-Jones]]"),

    # Netherlands (Dutch)
    ("intl-004", "intl",
     "Goedemiddag, mijn naam is [[PERSON|Femke van der Heijden-Bakker]]. Mijn vader, dhr. [[PERSON|J.W. van der Heijden]] "
     "(geb. [[DATE|03-09-1935]]), woont sinds kort in zorgcentrum [[LOCATION|De Lindenhof]], [[STREET_ADDRESS|Kerkstraat 41]], "
     "[[ZIP|3811 CV]] [[LOCATION|Amersfoort]]. Kunt u zijn herhaalrecept daarheen sturen? BSN [[OTHER_ID|237188454]], "
     "polisnummer [[HEALTH_PLAN_ID|104477182]]. Terugbetaling graag op [[IBAN|NL50 ZWBK 0417 7311 96]] t.n.v. "
     "[[PERSON|F. van der Heijden]]. Anders haal ik het zelf op met de auto (kenteken [[VEHICLE_ID|GZ-417-K]]). "
     "Tel. [[PHONE|06 4471 8823]]."),

    # Luxembourg (French)
    ("intl-005", "intl",
     "Bonjour, je suis Mme [[PERSON|Colette Wagner-Schmit]], [[STREET_ADDRESS|12, rue des Jardins]], [[ZIP|L-4221]] "
     "[[LOCATION|Esch-sur-Alzette]]. Matricule sur ma carte CNS : [[HEALTH_PLAN_ID|1934 0712 048 79]]. Oui, j'ai [[AGE|92]] ans ! "
     "Mon médecin, le Dr [[PERSON|Jérôme Hoffmann]], vous a envoyé l'ordonnance de son fax, le [[FAX|+352 26 44 71 88]]. "
     "Veuillez débiter ma carte [[CREDIT_CARD|5228 1744 0091 6332]]. Commande n° [[OTHER_ID|LX-20261208-114]]. "
     "Tél. [[PHONE|+352 621 447 188]]."),

    # Switzerland, Ticino (Italian)
    ("intl-006", "intl",
     "Buongiorno, scrivo per mio padre, [[PERSON|Ottavio Bernasconi-Pedrazzini]], nato il [[DATE|21.06.1931]], residente in "
     "[[STREET_ADDRESS|Via Cantonale 18a]], [[ZIP|6915]] [[LOCATION|Pambio-Noranco]]. Tessera d'assicurato: n. AVS "
     "[[HEALTH_PLAN_ID|756.4718.8293.13]]. Il nostro numero cliente è [[ACCOUNT_NUMBER|40917733]]. "
     "Medico curante: dott.ssa [[PERSON|Renata Cattaneo]], [[LOCATION|Lugano]]. Telefono [[PHONE|091 994 71 88]], "
     "e-mail [[EMAIL|ottavio.bp@example.ch]]. Cordiali saluti, [[PERSON|Lucia Bernasconi]]"),

    # Slovakia (Slovak)
    ("intl-007", "intl",
     "Dobrý deň, objednávka č. [[OTHER_ID|SK-88412]] je pre pani [[PERSON|Alžbetu Hudákovú]], [[STREET_ADDRESS|Hlavná 112]], "
     "[[ZIP|040 01]] [[LOCATION|Košice]]. Má [[AGE|90]] rokov, rodné číslo [[OTHER_ID|365607/047]]. Jej lekárka je MUDr. "
     "[[PERSON|Zuzana Kollárová]] z [[LOCATION|Polikliniky Terasa]]. Peniaze prosím vráťte na "
     "[[IBAN|SK77 1100 0000 0026 4417 702]]. Kontakt: dcéra [[PERSON|Katarína]], [[PHONE|+421 905 447 182]]."),

    # Slovenia (Slovene)
    ("intl-008", "intl",
     "Pozdravljeni, naročam za teto, go. [[PERSON|Marijo Kovačič Zupan]] (EMŠO [[OTHER_ID|2308938505014]], številka "
     "zavarovane osebe [[HEALTH_PLAN_ID|047118829]]). Dostava: [[STREET_ADDRESS|Trubarjeva cesta 27]], [[ZIP|2000]] "
     "[[LOCATION|Maribor]]. Vračilo na [[IBAN|SI56 0201 1000 3814 733]]. Lep pozdrav, [[PERSON|Nejc Kovačič]]"),

    # Croatia (Croatian)
    ("intl-009", "intl",
     "Poštovani, naručio sam lijek za baku, gđu [[PERSON|Anku Barišić-Vuković]] (OIB [[OTHER_ID|69248153071]], MBO "
     "[[HEALTH_PLAN_ID|174418823]]), ima [[AGE|97]] godina. Adresa: [[STREET_ADDRESS|Ulica kralja Zvonimira 14]], [[ZIP|21000]] "
     "[[LOCATION|Split]]. Liječnica: dr. med. [[PERSON|Ivana Perić]], [[LOCATION|Dom zdravlja Split]]. Povrat na "
     "[[IBAN|HR45 2340 0093 2188 4577 0]]. Mob. [[PHONE|+385 91 447 1882]]. Hvala, [[PERSON|Tomislav Barišić]]"),

    # Serbia (Serbian, Cyrillic)
    ("intl-010", "intl",
     "Поштовани, шаљем податке за мог оца: [[PERSON|Драгољуб Милосављевић]], рођен [[DATE|14.03.1958]], ЈМБГ "
     "[[OTHER_ID|1403958800038]], ЛБО [[HEALTH_PLAN_ID|10447188229]]. Адреса: [[STREET_ADDRESS|Булевар ослобођења 88, стан 7]], "
     "[[ZIP|21000]] [[LOCATION|Нови Сад]]. Изабрани лекар: др [[PERSON|Јелена Стојановић]], [[LOCATION|Дом здравља Нови Сад]]. "
     "Телефон: [[PHONE|+381 63 447 1882]]. Поздрав, [[PERSON|Марко]]"),

    # Bulgaria (Bulgarian, Cyrillic)
    ("intl-011", "intl",
     "Здравейте! Поръчка № [[OTHER_ID|BG-447182]] е за майка ми [[PERSON|Цветанка Панайотова]], ЕГН [[OTHER_ID|3611074830]], "
     "на [[AGE|90]] години. Адрес: [[STREET_ADDRESS|ул. „Капитан Райчо“ 56, ет. 2, ап. 5]], [[ZIP|4000]] [[LOCATION|Пловдив]]. "
     "Моля, върнете сумата по [[IBAN|BG60 STSA 9300 0044 7188 23]]. Тел.: [[PHONE|0888 447 182]]. "
     "Благодаря, [[PERSON|Росица Димова]]"),

    # Lithuania (Lithuanian)
    ("intl-012", "intl",
     "Laba diena, rašau dėl močiutės [[PERSON|Onos Petrauskienės]] užsakymo Nr. [[OTHER_ID|2026-LT-0917]]. Asmens kodas "
     "[[OTHER_ID|43406120518]], gimusi [[DATE|1934-06-12]], jai [[AGE|92]] metai. Pristatymo adresas: "
     "[[STREET_ADDRESS|Laisvės al. 61-14]], [[ZIP|LT-44309]] [[LOCATION|Kaunas]]. Tel. [[PHONE|+370 612 44718]]. "
     "Ačiū, [[PERSON|Mantas Petrauskas]]"),

    # Latvia (Latvian)
    ("intl-013", "intl",
     "Labdien! Mana vecmāmiņa [[PERSON|Zenta Ozoliņa]] (personas kods [[OTHER_ID|190835-10217]], dzimusi "
     "[[DATE|1935. gada 19. augustā]]) tagad dzīvo [[STREET_ADDRESS|Brīvības ielā 144-7]], [[LOCATION|Rīgā]], [[ZIP|LV-1012]]. "
     "Lūdzu, rakstiet uz [[EMAIL|liga.ozolina@example.lv]] vai zvaniet [[PHONE|+371 2044 7182]]. Paldies, [[PERSON|Līga]]"),

    # Estonia (Estonian)
    ("intl-014", "intl",
     "Tere! Tellimus nr [[OTHER_ID|55120-EE]], saaja [[PERSON|Heino Tamm]] (isikukood [[OTHER_ID|33311042278]]), "
     "[[STREET_ADDRESS|Pärnu mnt 22-5]], [[ZIP|10141]] [[LOCATION|Tallinn]]. Ta on [[AGE|93]]-aastane ega kuule hästi, palun "
     "helistage tütrele [[PERSON|Pille Tamm-Saar]], [[PHONE|+372 5344 7188]]. Märkasin, et kontole logiti sisse aadressilt "
     "[[IP_ADDRESS|203.0.113.77]], see ei olnud mina. Tagastus: [[IBAN|EE85 2200 2210 6633 1874]]."),

    # Iceland (Icelandic)
    ("intl-015", "intl",
     "Góðan dag. Ég heiti [[PERSON|Sigrún Þórhallsdóttir]] og panta fyrir afa minn, [[PERSON|Guðmund Einarsson]] "
     "(kt. [[OTHER_ID|120434-2769]]), sem er [[AGE|92]] ára. Heimilisfang: [[STREET_ADDRESS|Sólvallagata 12]], [[ZIP|101]] "
     "[[LOCATION|Reykjavík]]. Endurgreiðsla á [[IBAN|IS62 0133 2600 4471 1204 3427 69]]. Sími [[PHONE|+354 690 4471]]."),

    # Finland (Finnish)
    ("intl-016", "intl",
     "Hei! Tilaus [[OTHER_ID|8841207]]: äitini [[PERSON|Aino Heikkinen]] (hetu [[OTHER_ID|270331-482C]], [[AGE|95]] v.) asuu nyt "
     "osoitteessa [[STREET_ADDRESS|Rantakatu 9 B 14]], [[ZIP|90100]] [[LOCATION|Oulu]]. Uuden CPAP-laitteen sarjanumero on "
     "[[DEVICE_ID|23184471882]], maski tilattiin [[DATE|1.12.2026]]. Palautus tilille [[IBAN|FI42 4006 0010 4771 2]]. "
     "Terveisin [[PERSON|Johanna Heikkinen-Lind]], p. [[PHONE|040 447 1882]]"),

    # Greece (Greek)
    ("intl-017", "intl",
     "Καλησπέρα σας. Είμαι η [[PERSON|Ελένη Παπαδοπούλου]] και γράφω για τη γιαγιά μου, κα [[PERSON|Αικατερίνη Καραγιάννη]], "
     "[[AGE|92]] ετών (ημ. γέννησης [[DATE|18/04/1934]]), ΑΜΚΑ [[HEALTH_PLAN_ID|18043420712]], ΑΦΜ [[OTHER_ID|047188230]]. "
     "Διεύθυνση αποστολής: [[STREET_ADDRESS|Αγίας Σοφίας 37]], [[ZIP|546 22]] [[LOCATION|Θεσσαλονίκη]]. Γιατρός: Δρ. "
     "[[PERSON|Νικόλαος Σταματόπουλος]], [[LOCATION|Κέντρο Υγείας Καλαμαριάς]]. Επιστροφή χρημάτων: "
     "[[IBAN|GR69 0110 1250 0000 0044 7188 2293 1]]. Κινητό: [[PHONE|694 447 1882]]."),

    # Israel (Hebrew)
    ("intl-018", "intl",
     "שלום, שמי [[PERSON|נועה בן-דוד]]. אני כותבת בשם סבתי, [[PERSON|שושנה לוינסון]], בת [[AGE|95]], ת.ז. [[OTHER_ID|034718825]]. "
     "כתובת למשלוח: [[STREET_ADDRESS|רחוב הנביאים 23 דירה 4]], [[LOCATION|חיפה]] [[ZIP|3303142]]. מספר חבר בקופת חולים: "
     "[[HEALTH_PLAN_ID|77418823]]. הרופא המטפל: ד״ר [[PERSON|אבי כהן-ששון]], [[LOCATION|מרפאת נווה שאנן]]. "
     "טלפון: [[PHONE|052-4471882]]. תודה רבה!"),

    # Egypt (Arabic)
    ("intl-019", "intl",
     "السلام عليكم، أنا [[PERSON|محمود عبد الرحمن السيد]]، وأكتب بخصوص والدتي الحاجة [[PERSON|فاطمة حسن الشربيني]]، "
     "عمرها [[AGE|93]] سنة، الرقم القومي [[OTHER_ID|23304120104482]]. العنوان: [[STREET_ADDRESS|١٤ شارع النزهة]]، "
     "[[LOCATION|مصر الجديدة]]، [[LOCATION|القاهرة]] [[ZIP|11341]]. طبيبها د. [[PERSON|هالة منصور]] في "
     "[[LOCATION|مستشفى النور التخصصي]]، رقم الملف [[MRN|NH-2019-44718]]. رقم الطلب [[OTHER_ID|EG-70412]]. "
     "موبايل: [[PHONE|+20 100 447 1882]]. شكراً"),

    # Morocco (French)
    ("intl-020", "intl",
     "Bonjour, je m'appelle [[PERSON|Youssef El Amrani]]. Ma mère, Mme [[PERSON|Khadija Benjelloun]], [[AGE|91]] ans, "
     "CIN [[OTHER_ID|BE447182]], immatriculation CNSS/AMO [[HEALTH_PLAN_ID|118842307]]. Livraison : "
     "[[STREET_ADDRESS|27, rue Ibnou Sina]], [[LOCATION|Quartier Maârif]], [[ZIP|20330]] [[LOCATION|Casablanca]]. "
     "Son médecin est le Dr [[PERSON|Saïd Tazi]] ([[LOCATION|Clinique Anfa Santé]], fax du cabinet "
     "[[FAX|+212 522-44 71 88]]). Tél. : [[PHONE|06 61 44 71 82]]. Merci, شكرا"),

    # Ghana
    ("intl-021", "intl",
     "Good day. Please this is [[PERSON|Kwabena Osei-Bonsu]]. My grandmother Nana [[PERSON|Akua Asantewaa]] (she is [[AGE|99]]) "
     "needs her BP tablets at [[STREET_ADDRESS|House No. 14, Nii Amaa Ollennu St]], [[LOCATION|East Legon]], [[LOCATION|Accra]] "
     "(digital address [[STREET_ADDRESS|GA-415-3378]]). Ghana Card [[OTHER_ID|GHA-714882293-5]], NHIS no. "
     "[[HEALTH_PLAN_ID|58841273]]. Customer no. [[ACCOUNT_NUMBER|C-0093318]]. Call me on [[PHONE|024 447 1882]] or "
     "[[EMAIL|kobby.ob@example.com]]. Thank you."),

    # Pakistan (Urdu)
    ("intl-022", "intl",
     "السلام علیکم۔ میرا نام [[PERSON|عائشہ ملک]] ہے۔ میرے دادا جان [[PERSON|محمد اسلم ملک]]، عمر [[AGE|90]] سال، کی دوائی "
     "اس پتے پر بھیجیں: [[STREET_ADDRESS|مکان نمبر 27، گلی 5، بلاک ڈی]]، [[LOCATION|گلبرگ III]]، [[LOCATION|لاہور]] [[ZIP|54660]]۔ "
     "شناختی کارڈ (CNIC): [[OTHER_ID|35202-4471882-3]]۔ رابطہ: [[PHONE|0300-4471882]]۔ "
     "ریفنڈ: [[IBAN|PK75 MEZN 0004 4718 8229 3105]]۔ شکریہ"),

    # India (Hindi)
    ("intl-023", "intl",
     "नमस्ते, मैं [[PERSON|प्रिया शर्मा]] अपनी नानी श्रीमती [[PERSON|कमला देवी अग्रवाल]] (उम्र [[AGE|94]] वर्ष) के लिए लिख रही हूँ। "
     "पता: [[STREET_ADDRESS|मकान नं. 112, सेक्टर 15]], [[LOCATION|वसुंधरा]], [[LOCATION|गाज़ियाबाद]], उत्तर प्रदेश - [[ZIP|201012]]। "
     "आधार: [[OTHER_ID|5834 0917 2261]]। ABHA नंबर: [[HEALTH_PLAN_ID|91-4471-8822-9305]]। डॉ. [[PERSON|राजेश वर्मा]] "
     "([[LOCATION|सिटी केयर अस्पताल]], पंजीकरण सं. [[LICENSE_NUMBER|UPMC-44718]]) ने [[DATE|2 दिसंबर 2026]] को दवा बदली। "
     "फ़ोन: [[PHONE|+91 98100 44718]]"),

    # Sri Lanka (English, Sinhala greeting)
    ("intl-024", "intl",
     "ආයුබෝවන්! This is [[PERSON|Dilani Wickramasinghe]] ordering for my father, Mr. [[PERSON|Sunil Wickramasinghe]] "
     "(NIC [[OTHER_ID|193528304471]], DOB [[DATE|10-10-1935]]). Deliver to [[STREET_ADDRESS|No. 45/2, Temple Road]], "
     "[[LOCATION|Nugegoda]] [[ZIP|10250]]. His doctor is Dr. [[PERSON|Chaminda Perera]] (SLMC reg. [[LICENSE_NUMBER|28841]]). "
     "Please call [[PHONE|077 447 1882]]. ස්තූතියි!"),

    # Thailand (Thai)
    ("intl-025", "intl",
     "สวัสดีค่ะ ดิฉัน[[PERSON|สุภาพร วงศ์ใหญ่]] สั่งยาให้คุณยาย[[PERSON|ทองใบ ศรีสวัสดิ์]] อายุ [[AGE|96]] ปี "
     "(เกิด [[DATE|5 มีนาคม พ.ศ. 2473]]) เลขประจำตัวประชาชน [[OTHER_ID|3-5001-04471-88-3]] "
     "ส่งที่ [[STREET_ADDRESS|88/12 หมู่ 4 ถนนนิมมานเหมินท์]] [[LOCATION|ตำบลสุเทพ]] [[LOCATION|อำเภอเมืองเชียงใหม่]] "
     "จังหวัดเชียงใหม่ [[ZIP|50200]] โทร [[PHONE|081 447 1882]] แพทย์ประจำตัว นพ.[[PERSON|วีระ ทองดี]] "
     "[[LOCATION|โรงพยาบาลดอยคำเวช]] ขอบคุณค่ะ"),

    # Malaysia (Malay)
    ("intl-026", "intl",
     "Salam sejahtera. Saya [[PERSON|Nurul Aisyah binti Ramli]]. Ubat untuk datuk saya, Haji [[PERSON|Ramli bin Abdullah]], "
     "umur [[AGE|90]] tahun, No. MyKad [[OTHER_ID|360415-10-5527]]. Alamat: [[STREET_ADDRESS|No. 12, Jalan SS 2/24]], "
     "[[ZIP|47300]] [[LOCATION|Petaling Jaya]], Selangor. Doktor: Dr. [[PERSON|Lim Wei Ming]], "
     "[[LOCATION|Klinik Kesihatan Kelana Jaya]]. Saya ambil di kaunter pandu lalu, kereta [[VEHICLE_ID|WXY 4471]]. "
     "Tel: [[PHONE|012-447 1882]]. Terima kasih."),

    # Singapore (English, Chinese name)
    ("intl-027", "intl",
     "Hi, I'm [[PERSON|Tan Mei Ling]] ([[PERSON|陈美玲]]), ordering for my grandpa [[PERSON|Tan Ah Kow]], [[AGE|91]], "
     "NRIC [[OTHER_ID|S3418827J]]. Address: [[STREET_ADDRESS|Blk 412 Ang Mo Kio Ave 10, #07-1193]], Singapore [[ZIP|560412]]. "
     "His appt at [[LOCATION|Ang Mo Kio Polyclinic]] is on [[DATE|22 Dec]]. Pls charge [[CREDIT_CARD|4532 0177 4419 2389]]. "
     "HP [[PHONE|9447 1882]]. Thx!"),

    # Taiwan (Traditional Chinese)
    ("intl-028", "intl",
     "您好，我是[[PERSON|林雅婷]]，幫阿嬤[[PERSON|陳林秀英]]訂藥。阿嬤今年[[AGE|92]]歲，生日[[DATE|民國23年5月18日]]，"
     "身分證字號[[OTHER_ID|F228471934]]，健保卡號[[HEALTH_PLAN_ID|0000 4471 8822]]。"
     "地址：[[ZIP|106]][[LOCATION|臺北市]][[LOCATION|大安區]][[STREET_ADDRESS|復興南路一段100號5樓]]。"
     "主治醫師：[[PERSON|黃志明]]醫師（[[LOCATION|安和醫院]]）。血糖機序號[[DEVICE_ID|GM7Q-447188]]。"
     "手機：[[PHONE|0912-447-188]]。謝謝！"),

    # Hong Kong (Cantonese / English)
    ("intl-029", "intl",
     "Hello，我係[[PERSON|張嘉欣]]（[[PERSON|Cheung Ka Yan]]），想幫婆婆[[PERSON|何秀珍]]訂藥。婆婆今年[[AGE|97]]歲，"
     "HKID [[OTHER_ID|Y308415(7)]]，醫管局病人編號 [[MRN|HN04471882]]。地址：香港[[LOCATION|九龍]][[LOCATION|旺角]]"
     "[[STREET_ADDRESS|彌敦道688號旺角中心1座12樓B室]]。覆診日期[[DATE|2027年1月6日]]。"
     "我嘅網店帳戶：[[URL|https://shop.example.hk/u/cheungkayan97]]。電話 [[PHONE|9447 1882]]。唔該！"),

    # Peru (Spanish)
    ("intl-030", "intl",
     "Buenas tardes, soy [[PERSON|Rosa Elvira Quispe Mamani]]. Escribo por mi abuelito, don [[PERSON|Teófilo Quispe Huamán]], "
     "de [[AGE|93]] años, DNI [[OTHER_ID|41882307]]. Dirección: [[STREET_ADDRESS|Jr. Ayacucho 845, dpto. 302]], "
     "[[LOCATION|Yanahuara]], [[LOCATION|Arequipa]] [[ZIP|04017]]. Asegurado EsSalud, autogenerado "
     "[[HEALTH_PLAN_ID|3304120QHMAT004]]. Su médica es la Dra. [[PERSON|Milagros Zevallos]] "
     "([[LOCATION|Clínica Yanahuara Salud]]). Celular [[PHONE|959 447 182]], correo [[EMAIL|rosa.quispe@example.pe]]. "
     "Pedido N.° [[OTHER_ID|PE-2026-3318]]."),
]

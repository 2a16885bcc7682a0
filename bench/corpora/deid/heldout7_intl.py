"""heldout7, second half: 30 US clinical/pharmacy notes (note-701..note-730) and
30 international texts (intl-701..intl-730), as TEXTS = [(id, kind, marked_text)]
with inline [[TYPE|value]] markup for build_heldout3.py.

Written blind on 2026-12-07 from the README guidelines and the validator only.
Licence CC0-1.0; everything is invented.

Notes cover: genetic counselling with a pedigree, a 4-year well-child visit,
an OB prenatal visit, dictated psychiatry with collateral, living-donor
transplant coordination, a methadone OTP dosing/counselling note, an infusion
centre note, a compounding log (with a veterinary Rx), a state immunisation
registry printout, travel medicine, occupational health with employer details,
ophthalmology, audiology, PT/OT/SLP, bariatric pre-op, an IVF/embryo summary,
a clinical-trial visit, a tumour board, an incident report, a complaint letter,
a HIPAA authorisation, a subpoena, birth and death certificate worksheets, a
nursing-home MAR, an interpreter-assisted visit, a home sleep test, a pharmacy
call about a pet's Rx, a lab report whose columns ran together, and a one-line
ALL CAPS telephone message.
International texts, one per country: Puerto Rico, Dominican Republic,
Guatemala, Ecuador, Paraguay (with Guarani), Venezuela, Jamaica (patois),
Quebec, Belgium (Dutch + French), Malta (Maltese + English), Cyprus (Greek),
Albania, North Macedonia, Bosnia, Moldova (+ Romania), Armenia, Azerbaijan,
Uzbekistan (Latin + Cyrillic), Mongolia, Cambodia (Khmer), Myanmar (Burmese),
Fiji (English, Fijian, Fiji Hindi), Rwanda (Kinyarwanda + French), Senegal
(French + Wolof), Tunisia (Arabic + French), Jordan, Kuwait (English + Arabic),
Afghanistan (Dari), India (Marathi), Catalonia (Catalan, with a Basque relative).

Annotation decisions for cases the README does not spell out (the README's own
rules and earlier decisions are followed everywhere else):

- Pedigree position labels (I-2, III-1), relatives' ages of 89 or under and a
  year alone ("d. 1979") are not annotated; every relative's name is a PERSON,
  and a maiden name after "née" is its own PERSON.
- OTHER_ID: genetic kit and requisition numbers, payer call references, UNOS
  waitlist ids, OPO donor ids, match runs, HLA specimens, NLDAC applications,
  IVF cycle ids, embryo ids, sperm-bank donor numbers, donor-sibling registry
  ids, PGT case numbers, trial subject/screening/randomisation numbers, IP kit
  numbers and IWRS transactions, state IIS ids, OTP central-registry numbers,
  CPS case numbers, BWC claims, OSHA log case numbers, CCFs, employee and badge
  numbers, ROI request numbers, court case numbers, local registrar, EDRS and
  medical-examiner references, statement numbers, copay-programme ids, bariatric
  programme ids, ICVP certificate numbers, passports, an employer's registration
  number (numero patronal) and a Tunisian APCI number.
- Not annotated: protocol and NCT numbers, trial site numbers, embryo storage
  positions (tank/can/cane) and shorthand like "E2", vaccine lots and compounding
  batch numbers, CLIA numbers, masked SSNs, room and chair numbers, countries,
  schools, daycares, employers, law firms, funeral homes
  and cemeteries (landmarks), payers and national insurers (IGSS, IESS, IPS,
  CNAM), provinces, departments and districts with state rank (Solola, Tailevu,
  D.N., PR, NE). Beyond-use dates and authorisation expiry dates are DATEs.
- Staff initials are a PERSON at every occurrence, including each cell of a MAR
  grid and the prep/verify columns of a compounding log; an EHR user name that
  printed a record ("abrennan") is OTHER_ID, as are portal and app user names.
- Pets are never PERSON, even with a title ("Dr. Whiskers", "Sgt. Pepper") or
  when a label prints them with the owner's surname: in "BENTLEY FITZWILLIAM"
  and "Mochi NGUYEN" only the surname is a PERSON. Named veterinary hospitals
  are LOCATION like other clinics; veterinarians are PERSON.
- Court papers: the county in the court's name is a LOCATION ("KING COUNTY");
  the placeholder "JANE DOE BOONE" is a PERSON because it carries the real
  surname; bar numbers (WSBA) are LICENSE_NUMBER.
- Certificate worksheets: a county written as a field value ("County: Moore") is
  a LOCATION, "Montgomery County" one span; funeral director licences are
  LICENSE_NUMBER; birthplace towns are LOCATION, countries are not.
- DEVICE_ID: hearing-aid, charger and TV-streamer serials, IOL serials, infusion
  pump and CPAP serials, disposable home-sleep-test device serials. A CDL or
  driver's licence is LICENSE_NUMBER with the state letters outside; an NRCME
  examiner number is LICENSE_NUMBER.
- A lab report whose columns ran together is annotated at the exact boundaries
  inside the run-on text ("PATIENT:[[PERSON|...]]DOB:[[DATE|...]]"); the named
  reference lab is a LOCATION.
- A pharmacy of a chain named by its street ("the Walmart pharmacy on W Sunset
  Ave") is a LOCATION on the street part only. A named pharmacy that carries its
  owners' names ("Pharmacie Nathalie Brisebois et Olivier Tran") and a clinic
  named after a person with her title ("Clinica Dra. Mercedes Lluberes") are one
  LOCATION each. Numbered health centres ("Qendra Shendetesore Nr. 3", "CMF
  nr. 4 Buiucani", a district health centre) are LOCATION; guillemets that are
  part of a facility's name stay inside.
- Honorifics, titles and kinship words stay outside in every language: dona,
  Na, Miss, Mass, Sr./Sra., Lic./Licda., Mme, M., Mevr., dhr., Sur, k./ka,
  znj., g-din/g-dja, dna, tikin, xanim, aka/opa/domla, guai, Khmer lok srey,
  Burmese Daw/U, Ratu, Tai, El Hadji, al-Sayyid, Haji, daktar, Sau./Shri.,
  Muganga, Sr. (nursing sister), Catalan articles la/l'. Married and widow forms
  are inside ("Colon Vda. de Rivera", "Benitez de Ayala"), and so is an Armenian
  patronymic. An Arabic kunya used as a name ("Abu Samer", "Umm Yazan") is one
  PERSON.
- Case endings and postpositions glued to a name, place or date (Armenian -y/-um/
  -ic/-in, Azerbaijani -nden/-da, Uzbek -da, Mongolian -nd/-oos, Marathi -la)
  stay outside the span; inflected forms are annotated as written ("Cristinei",
  "Zenice", the Greek accusative).
- Addresses: "Av. 6 de Diciembre N34-120 y Whymper" and "Tte. Farina 1245 c/
  Brasil" are two STREET_ADDRESS spans each (the cross street "Brasil" is not a
  country, and a street named after a date is not a DATE); a building/floor/flat
  line written separately is its own STREET_ADDRESS; a Kuwaiti PACI address
  number is a STREET_ADDRESS; "Urb." and "Ens." neighbourhoods, Guatemalan
  "zona 3", "Kingston 6", the Jamaican parish St. Andrew, Cambodian sangkat and
  khan, Mongolian duureg and khoroo, Burmese ward and township, Kabul's district,
  Uzbek tuman and Azerbaijani rayon are LOCATIONs with unit words inside; cities
  sharing a province's name (Phnom Penh, Ariana, Siem Reap) are LOCATION.
- Dates written with local date words are one DATE with the words inside (Khmer
  day/month/year words, Mongolian "ony ... saryn", Burmese year/month/day words,
  Armenian "t."), including Myanmar-era, solar Hijri and lunar Hijri dates with
  their era; "ku wa", "le", weekdays and a Bosnian trailing dot stay outside. A
  day alone ("the 15th", "el 17", "del 24") is a DATE.
- National identity numbers are OTHER_ID (cedula, CUI, RIF, C.I., TRN, NN, Maltese
  and Cypriot ID cards, Albanian NID, EMBG/JMBG, IDNP, CNP, Armenian social card,
  FIN, JShShIR, Mongolian register number, Khmer ID, Myanmar NRC, FNPF, TIN,
  Rwandan indangamuntu, Senegalese CNI, Tunisian CIN, Jordanian national number,
  Kuwaiti civil ID, e-Tazkira, Aadhaar, DNI). Health and insurance numbers are
  HEALTH_PLAN_ID (Plan Vital, SENASA NSS, IGSS, IPS, NHF, RAMQ NAM, Belgian
  mutualite number, POYC, GeSY, Albanian health card, FZOM, ZZO, CNAM polita,
  Mongolian health insurance, NSSF, CBHI, RSSB, IPM, CMU, Tunisian CNAM, JIC,
  Gulf Care, ABHA, MJPJAY, CatSalut CIP, Osakidetza TIS). Exequatur, colegiado,
  RIZIV, MCR, KMA and other clinician registrations are LICENSE_NUMBER.
- Bank accounts and UPI ids are ACCOUNT_NUMBER; pago movil, Tigo wallet, MoMo,
  Wave, M-PAiSA and KBZPay numbers are PHONE; Uzcard and Humo card numbers are
  CREDIT_CARD (Luhn-valid); a phone with "poste NNNN" is one PHONE, and a bare
  pager or extension is a PHONE.
"""

TEXTS = [
    ("note-701", "note", """GENETIC COUNSELING CONSULT — HEREDITARY CANCER
Patient: [[PERSON|Noor Haddad-Whitfield]]    DOB: [[DATE|03/22/1988]]    MRN: [[MRN|GC-2210847]]
Visit: [[DATE|12/03/2026]], [[LOCATION|Prairie View Cancer Genetics Clinic]], [[LOCATION|Lincoln]], NE (in person; mother joined by phone)
Referring: [[PERSON|Amaka Obi]], MD (breast surgery)    Counselor: [[PERSON|Lars Engqvist]], MS, CGC

Indication: 38 y/o G2P2 with triple-negative breast cancer dx [[DATE|Aug 2026]] (core bx [[DATE|8/14]]), referred for hereditary cancer risk assessment before definitive surgery.

Pedigree (3 generations; history from pt and her mother [[PERSON|Salma]], reached at [[PHONE|(402) 555-0143]]):
  I-1   maternal grandfather [[PERSON|Fuad Haddad]], d. 1979 age 61, MI
  I-2   maternal grandmother [[PERSON|Wadad Haddad]] (née [[PERSON|Khoury]]), living, [[AGE|93]], ovarian ca dx 58; lives with pt's aunt in [[LOCATION|Dearborn]], MI
  II-1  mother [[PERSON|Salma Whitfield]], 64, no cancer; BSO 2019 "for cysts" (path report requested from [[LOCATION|Rouge Valley Women's Center]])
  II-2  maternal aunt [[PERSON|Rana Haddad Saab]], 67, breast ca age 44; tested ~2015 at [[LOCATION|Fairlane General Hospital]], result unknown - pt will ask cousin [[PERSON|Jad]] for the letter
  II-3  maternal uncle [[PERSON|Karim Haddad]], prostate ca age 71 (Gleason 4+4)
  II-4  father [[PERSON|Dale Whitfield]], 66, 3 adenomatous colon polyps
  III-1 proband
  III-2 brother [[PERSON|Evan Whitfield]], 35, healthy
  IV-1  daughter [[PERSON|Layla]], 9      IV-2  son [[PERSON|Sami]], 6
  Paternal side: grandmother [[PERSON|Jean Whitfield]] d. at [[AGE|97]] ("old age"), grandfather [[PERSON|Harold Whitfield]] d. 84 stroke. No known cancers. Ancestry: Lebanese (maternal), English/German (paternal). Ashkenazi: none. Consanguinity denied.

Assessment: meets NCCN testing criteria (TNBC dx <60; ovarian ca in a 2nd-degree relative). Differential incl. BRCA1/2, PALB2, RAD51C/D; Lynch less likely.
Plan:
 - 84-gene panel, saliva kit [[OTHER_ID|SK-7730194]], requisition [[OTHER_ID|RQ-55102-88]], est. TAT 14-21 d
 - BCBS NE member [[HEALTH_PLAN_ID|XEH449120337]]; no prior auth per rep [[PERSON|Tiana]], call ref [[OTHER_ID|0412-7781]]
 - family letter for cascade testing to be sent to aunt [[PERSON|Rana]] and brother [[PERSON|Evan]] once results are back
 - results disclosure visit ~3 wk; pt prefers [[PHONE|402-555-0178]], ok to leave a message with husband [[PERSON|Marcus]]

[[PERSON|L. Engqvist]], MS, CGC    [[DATE|12/03/2026]] 14:20"""),

    ("note-702", "note", """WELL CHILD CHECK — 4 YEARS
[[PERSON|Matteo Ruiz-Abernathy]]   DOB [[DATE|11/30/2022]]   MRN [[MRN|00418827]]   seen [[DATE|12/04/2026]], [[LOCATION|Little Oaks Pediatrics]] - [[LOCATION|Cedar Falls]]

Here with mother [[PERSON|Giulia Ruiz]] and maternal grandfather ("Nonno") [[PERSON|Aldo Ruiz]]; father [[PERSON|Kevin Abernathy]] on speakerphone from work for the second half.
Daycare: Bright Acorns Learning Center, 4 days/wk. Lead teacher Ms. [[PERSON|Brandi]] told mom his speech is hard to understand. Starts pre-K at Lincoln Elementary next fall.

Interval hx: 3 ear infections since March, last one treated by urgent care [[DATE|10/27]]. Snores, no pauses per mom. Picky eater, milk 24 oz/day (counselled).
Meds: none. Allergies: amoxicillin (hives at 18 mo).
Growth: wt 16.8 kg (55th %ile), ht 103 cm (60th), BMI 15.8. BP 94/58.
Development: ASQ-3 communication 30 (below cutoff), gross motor / fine motor / problem solving / personal-social pass. 3-4 word phrases, ~50% intelligible to strangers per grandfather.
Vision: photoscreener pass. Hearing: OAE pass L, refer R.
Vaccines today: DTaP #5, IPV #4, MMRV #2, given by [[PERSON|Shawna Pike]], LPN. Flu 2026-27 dose given [[DATE|10/15/2026]].

A/P
1. Speech/language delay - referral to [[LOCATION|Black Hawk County]] AEA early childhood eval; mom to call [[PHONE|319-555-0108]].
2. R OAE refer + recurrent AOM - audiology and ENT at [[LOCATION|Riverbend Children's Hospital]], [[LOCATION|Waterloo]].
3. Anticipatory guidance: booster seat, screen time, dental (sees Dr. [[PERSON|Oyelaran-Fisk]], DDS).
Forms: daycare health form completed, faxed to Bright Acorns at [[FAX|319-555-0122]]. [[LOCATION|Waterloo]] CSD kindergarten form given to mom.
Parents separated, joint custody. Father's mailing address: [[STREET_ADDRESS|2218 Prospect Blvd, Apt 6]], [[LOCATION|Waterloo]], IA [[ZIP|50701]]. Mom's cell [[PHONE|319-555-0164]]; grandpa [[PHONE|319-555-0171]].
RTC 5 yr WCC.
— [[PERSON|Priya Venkataraman]], MD"""),

    ("note-703", "note", """OB PRENATAL VISIT
Name: [[PERSON|TRAN, KHANH LINH]]   DOB: [[DATE|1994-07-09]]   MRN: [[MRN|W88310452]]   Visit: [[DATE|12/02/2026]]
G3P1011   LMP [[DATE|5/27/2026]]   EDD [[DATE|3/3/2027]] by LMP, c/w 8 wk US on [[DATE|7/22/2026]]   GA today 27w1d
Partner/FOB: [[PERSON|Duc Pham]], present. Emergency contact: sister [[PERSON|Vy Tran]] [[PHONE|714-555-0181]].
OB hx: SVD 2021 at [[LOCATION|Coastline Women's Hospital]], 3200 g boy, uncomplicated; SAB 2023 at 9 wk (D&C).

S: +FM, no ctx/LOF/VB. Heartburn. Works night shift at a distribution center, asks for a note limiting lifting.
O: BP 118/72  wt 151 lb (+2)  FH 27 cm  FHT 148  urine neg/neg
Labs: 1 h GTT 162 (H). Hgb 10.6. Blood type O neg, antibody screen neg. FOB type unknown.
A/P:
- failed 1 h GTT -> 3 h GTT [[DATE|12/9]] 0700, [[LOCATION|Coastline Women's Hospital]] outpatient lab
- Rh neg -> RhoGAM 300 mcg IM L deltoid today, lot RG44B19
- Tdap today (27-36 wk window), lot TD5521K
- iron: ferrous sulfate 325 mg every other day
- work note written for employer (Pacific Freight Logistics HR, fax [[FAX|714-555-0139]]): no lifting >20 lb
- L&D tour [[DATE|Jan 14]]; pediatrician chosen: Dr. [[PERSON|Chidi Okonkwo]]
- birth plan reviewed with her doula [[PERSON|Marisol Vega]] ([[PHONE|714-555-0196]])
Delivering hospital: [[LOCATION|Coastline Women's Hospital]], [[LOCATION|Fountain Valley]]. RTC 2 wk.

Signed: [[PERSON|R. Castellanos]], CNM   [[DATE|12/02/2026]] 16:05"""),

    ("note-704", "note", """This is Dr. [[PERSON|Hiroshi Tanabe]] dictating a psychiatric follow-up on [[PERSON|Wendell Ashby-Moore]], date of birth [[DATE|February 2nd 1971]], medical record number [[MRN|7730-2215]], seen on [[DATE|December 1st]] at the [[LOCATION|Harborview Behavioral Health]] outpatient clinic in [[LOCATION|Tacoma]].

Collateral was obtained with the patient's written consent from his wife [[PERSON|Corinne]] by telephone at [[PHONE|253 555 0190]] and in person from his adult daughter [[PERSON|Jessamyn Moore]], who drove down from [[LOCATION|Olympia]]. [[PERSON|Corinne]] reports that since around Thanksgiving he has been sleeping three to four hours a night, has put a deposit on a boat he saw listed in [[LOCATION|Gig Harbor]], and has been calling his brother [[PERSON|Russ]] in [[LOCATION|Spokane]] at two in the morning. [[PERSON|Jessamyn]] adds that he stopped his lithium about three weeks ago after his primary care doctor, Dr. [[PERSON|Ilse Marquardt]], mentioned his creatinine. The patient minimizes and says quote [[PERSON|Corinne]] has always been the worrier unquote.

Mental status: pressured speech, expansive affect, flight of ideas, no psychotic features elicited. Young Mania Rating Scale 24. He denies suicidal or homicidal ideation. Firearms: one shotgun in the home, which his son-in-law [[PERSON|Tobias Lindqvist]] agreed to remove to his own house on [[STREET_ADDRESS|North Vassault Street]] by tonight; [[PERSON|Tobias]] will text me at the clinic line when done.

Assessment: bipolar one disorder, current episode hypomanic bordering on manic, in the setting of lithium discontinuation.
Plan: restart lithium 300 milligrams twice daily, level and BMP on [[DATE|December 8th]]; quetiapine 100 milligrams at bedtime. Safety plan reviewed, crisis line 988 given. Follow-up with me on [[DATE|December 15]] and with his therapist [[PERSON|Nadia Farouk]], LMHC, next Tuesday. Releases of information on file for [[PERSON|Corinne]] and [[PERSON|Jessamyn]], valid until [[DATE|June 1st 2027]]. End of dictation.
[[PERSON|HT]]/vr   dictated not read"""),

    ("note-705", "note", """TRANSPLANT COORDINATOR NOTE — LIVING DONOR KIDNEY
Recipient: [[PERSON|Gabriel Okonjo-Santos]]   MRN [[MRN|TX0098127]]   DOB [[DATE|08-14-1979]]   UNOS waitlist ID [[OTHER_ID|KI-2204419]]
Intended donor: [[PERSON|Miriam Santos]] (sister)   donor MRN [[MRN|TX0098260]]   DOB [[DATE|01-03-1983]]

ABO O -> O, compatible; paired exchange not needed. cPRA 12%. Flow crossmatch [[DATE|11/24/2026]] negative, HLA specimen [[OTHER_ID|HLA-26-55871]].
Donor work-up: CT angio [[DATE|11/30]] at [[LOCATION|St. Brendan Medical Center]] - single renal artery bilaterally, no stones. 24 h urine CrCl 118 mL/min. Psychosocial eval by [[PERSON|Olufemi Adeyemi]], PhD - cleared. Independent living donor advocate [[PERSON|Grace Whitcomb]], RN met donor alone [[DATE|12/02]]; donor voices no coercion.
Logistics: donor lives in [[LOCATION|Reno]], NV; will stay with recipient at [[STREET_ADDRESS|4419 W Camelback Rd, Unit 12]], [[LOCATION|Phoenix]], AZ [[ZIP|85031]] for 6 wk post-op. Donor's employer (Sierra Gaming Corp) HR: [[PERSON|Luis Barragán]] [[PHONE|775-555-0117]] re FMLA paperwork. NLDAC travel grant application #[[OTHER_ID|NL-55710]] submitted [[DATE|12/01]].
OR tentatively [[DATE|01/13/2027]]: laparoscopic donor nephrectomy Dr. [[PERSON|Ngozi Eze]]; recipient Dr. [[PERSON|Abraham Feldstein]].
Deceased-donor backup: recipient stays active on the list. Offer [[DATE|11/29]] via OPO (donor ID [[OTHER_ID|AGDV114]], match run [[OTHER_ID|1388204]]) declined by Dr. [[PERSON|Feldstein]] - KDPI 91%.
Recipient's wife [[PERSON|Ana Okonjo]] updated by phone [[PHONE|602-555-0150]].
[[PERSON|K. Lindgren]], RN, CCTC   pager [[PHONE|4471]]"""),
    ("note-706", "note", """OTP DOSING / COUNSELING NOTE
Program: [[LOCATION|New Dawn Recovery Services]] - [[LOCATION|Dayton]] East site
Pt: [[PERSON|Mahoney, Cheryl Ann]]   DOB: [[DATE|6/19/1985]]   Pt ID: [[MRN|OTP-44187]]
State central registry #: [[OTHER_ID|OH-CR-0093318]]   Medicaid ID: [[HEALTH_PLAN_ID|102384991277]]
Admitted: [[DATE|04/11/2025]]   Phase III (4 take-homes/wk)

DOSE [[DATE|12/05/2026]]: methadone 95 mg PO, observed by [[PERSON|T. Oyelaran]], RN at 07:12. Take-homes x3 (Sat-Mon) dispensed, lockbox verified.
UDS [[DATE|12/01]]: + methadone, + EDDP; neg fentanyl/opiates/benzo/amphet/cocaine. Specimen [[OTHER_ID|UD-3319072]], collected by [[PERSON|Jorge]] (tech), observed.
OARRS/PDMP checked [[DATE|12/05/2026]]: only gabapentin 300 mg #90 from Dr. [[PERSON|Hollis Raintree]] (DEA [[LICENSE_NUMBER|BR5481205]]), last fill [[DATE|11/20]].

COUNSELING ([[PERSON|Dana Kowalczyk]], LICDC-CS), 45 min individual:
Pt reports main stressor is boyfriend [[PERSON|Ricky]] relapsing; she left the apartment [[DATE|11/30]] and is staying with cousin [[PERSON|Amber Mahoney]] at [[STREET_ADDRESS|118 Huffman Ave]], [[LOCATION|Dayton]], OH [[ZIP|45403]] until a sober-living bed opens (waitlist at [[LOCATION|Oakwood House]]). Address updated in chart.
Kids ([[PERSON|Kaylee]] 11, [[PERSON|Brody]] 8) are with her mother in [[LOCATION|Xenia]]. CPS caseworker [[PERSON|Monique Tillman]] [[PHONE|937-555-0106]], case [[OTHER_ID|2026-JC-04471]] - ROI signed today, expires [[DATE|12/05/2027]].
Guest dosing: traveling to [[LOCATION|Huntington]], WV [[DATE|12/24]]-[[DATE|12/27]] for Christmas. Courtesy dosing request faxed to [[LOCATION|Tri-State Treatment Center]] [[FAX|304-555-0128]], confirmed by their nurse [[PERSON|Bev]].
Naloxone kit reissued (previous used on boyfriend [[DATE|11/29]]).
Goals: GED class Tuesdays; job interview at a grocery deli.
Next counseling [[DATE|12/12]].
e-signed [[PERSON|D. Kowalczyk]], LICDC-CS   [[DATE|12/05/2026]] 10:48 / co-signed [[PERSON|Ezinne Achebe]], MD"""),

    ("note-707", "note", """INFUSION CENTER NURSING NOTE — [[LOCATION|Mesa Verde Infusion Center]], chair 7
Pt: [[PERSON|Adaeze Nwankwo]]   MRN [[MRN|MV-310558]]   DOB [[DATE|10/02/1962]]   wt 71.4 kg   allergies NKDA
Dx RA. Order: infliximab-dyyb 5 mg/kg = 360 mg (vial rounding) IV, dose #7 (q8wk). Ordering: Dr. [[PERSON|Farrokh Bahrami]], rheumatology.
0845 arrived, ambulatory, accompanied by neighbor [[PERSON|Phyllis Grantham]]. Screening: no fever/infection, no live vaccines, TB QuantiFERON neg [[DATE|9/2026]].
0858 PIV 22 g L forearm, 1st attempt, by [[PERSON|Ji-woo Park]], RN.
0905 premeds: acetaminophen 650 mg PO, diphenhydramine 25 mg IV, methylprednisolone 40 mg IV.
0920 infusion started. Pump Alaris 8100, SN [[DEVICE_ID|13548820]]. Titration 10 -> 20 -> 40 -> 80 -> 150 -> 250 mL/h.
VS q15 min x4 then q30: 132/78 HR 72, 128/76 HR 70, 124/74 HR 74, T 36.8, SpO2 98% RA.
1135 pt c/o itching neck/chest, no SOB, no hives. Infusion held 20 min, diphenhydramine 25 mg IV repeated per standing order. Dr. [[PERSON|Bahrami]] paged 1138, ok to resume at 80 mL/h then advance.
1302 completed; observed 30 min, VSS. Discharged 1335 with [[PERSON|Phyllis]].
Auth: prior auth [[OTHER_ID|PA-7781204]] valid through [[DATE|05/31/2027]]; Aetna member ID [[HEALTH_PLAN_ID|W220913746]].
Next infusion [[DATE|01/30/2027]] 0830 (Friday - pt's ride only available Fridays; [[PERSON|Phyllis]] cell [[PHONE|480-555-0153]]).
Copay assistance: manufacturer program ID [[OTHER_ID|IXC-0081243]], renewed [[DATE|11/01/2026]].
[[PERSON|JP]] / [[PERSON|Mercy Oduya]], RN, CRNI"""),

    ("note-708", "note", """COMPOUNDING LOG - NONSTERILE (USP 795)   [[LOCATION|Bluebonnet Compounding Pharmacy]] #2
[[STREET_ADDRESS|901 S Congress Ave, Ste 110]], [[LOCATION|Austin]] TX [[ZIP|78704]]   ph [[PHONE|512-555-0182]]   fax [[FAX|512-555-0183]]

Date     | Rx#       | Patient                 | Formulation                        | Batch       | Qty   | BUD      | Prep | Ver
[[DATE|12/01/26]] | [[OTHER_ID|RX6604127]] | [[PERSON|ALVAREZ, TERESA]]         | estriol 0.5 mg/g vaginal cream     | B261201-01  | 30 g  | [[DATE|05/30/27]] | [[PERSON|KD]]   | [[PERSON|MS]]
[[DATE|12/01/26]] | [[OTHER_ID|RX6604133]] | [[PERSON|NGUYEN, BAO]] (feline "Mochi") | methimazole 5 mg/0.1 mL TD gel  | B261201-02  | 10 mL | [[DATE|12/31/26]] | [[PERSON|KD]]   | [[PERSON|MS]]
[[DATE|12/02/26]] | [[OTHER_ID|RX6604150]] | [[PERSON|O'SULLIVAN, FIONN]]       | baclofen 10 mg/mL oral susp        | B261202-01  | 150 mL| [[DATE|01/01/27]] | [[PERSON|RT]]   | [[PERSON|MS]]
[[DATE|12/02/26]] | [[OTHER_ID|RX6604151]] | [[PERSON|BEAUCHAMP, ODILE]]        | naltrexone (LDN) 4.5 mg caps       | B261202-02  | 30    | [[DATE|06/02/27]] | [[PERSON|RT]]   | [[PERSON|AL]]
[[DATE|12/03/26]] | [[OTHER_ID|RX6604168]] | [[PERSON|SZABO, IMRE]]             | lido/diphen/Mylanta 1:1:1 rinse    | B261203-01  | 240 mL| [[DATE|12/17/26]] | [[PERSON|KD]]   | [[PERSON|AL]]

Notes:
- [[DATE|12/01]] [[PERSON|Nguyen]] Rx is veterinary: owner [[PERSON|Bao Nguyen]], prescriber [[PERSON|Hannah Lutz]], DVM, [[LOCATION|Zilker Animal Hospital]]. Label says "Mochi [[PERSON|NGUYEN]]" - pet name stays, owner surname per our label policy.
- Baclofen: mom ([[PERSON|Aoife O'Sullivan]]) asked for grape flavor; called [[PHONE|512-555-0119]] on [[DATE|12/02]] for pickup. Prescriber Dr. [[PERSON|Celeste Marchetti]], NPI [[LICENSE_NUMBER|1748392051]].
- LDN transferred in from [[LOCATION|Hill Country Apothecary]] ([[PERSON|Raj]], RPh), their Rx [[OTHER_ID|88213]].
- Balance daily check [[DATE|12/01]] 0800 within tolerance; weight set certified 2026.
- Hood cleaning [[DATE|12/03]] by [[PERSON|RT]].
Initials: [[PERSON|KD]] = [[PERSON|Kendra Dawes]], CPhT; [[PERSON|RT]] = [[PERSON|Rolando Treviño]], CPhT; [[PERSON|AL]] = [[PERSON|Anh Le]], PharmD; [[PERSON|MS]] = [[PERSON|Marisol Sandoval]], PharmD, PIC"""),

    ("note-709", "note", """IMMUNIZATION HISTORY - STATE IIS (I-CARE) PRINTOUT
Name: [[PERSON|KOWALSKI-REYES, AMELIA J]]      DOB: [[DATE|04/28/2019]]      Sex: F
IIS ID: [[OTHER_ID|8840217735]]      Guardian: [[PERSON|RENATA KOWALSKI]]
Address: [[STREET_ADDRESS|77 BIRCHWOOD CT]], [[LOCATION|NAPERVILLE]] IL [[ZIP|60540]]      Phone: [[PHONE|630-555-0177]]
VFC eligibility: V02 Medicaid  (IL Medicaid # [[HEALTH_PLAN_ID|448129307]])

VACCINE          DATE GIVEN   DOSE  LOT        MFR  SITE  ADMIN BY              PROVIDER
HepB-peds        [[DATE|04/29/2019]]   1     HB7712A    MSD  RT    [[PERSON|S. PATEL]] RN           [[LOCATION|DUPAGE BIRTHING CENTER]]
DTaP-IPV-Hib-HepB [[DATE|06/27/2019]]  1     PX3390C    MSP  LT    [[PERSON|M. OKORO]] LPN          [[LOCATION|RIVERWALK PEDIATRICS]]
PCV13            [[DATE|06/27/2019]]   1     FK1128     PFR  RT    [[PERSON|M. OKORO]] LPN          [[LOCATION|RIVERWALK PEDIATRICS]]
Rotavirus        [[DATE|06/27/2019]]   1     RV0552B    MSD  PO    [[PERSON|M. OKORO]] LPN          [[LOCATION|RIVERWALK PEDIATRICS]]
DTaP-IPV-Hib-HepB [[DATE|08/29/2019]]  2     PX4417A    MSP  RT    [[PERSON|J. DEVLIN]] MA          [[LOCATION|RIVERWALK PEDIATRICS]]
MMR              [[DATE|05/04/2020]]   1     W009781    MSD  LT    [[PERSON|J. DEVLIN]] MA          [[LOCATION|RIVERWALK PEDIATRICS]]
Varicella        [[DATE|05/04/2020]]   1     X018822    MSD  RT    [[PERSON|J. DEVLIN]] MA          [[LOCATION|RIVERWALK PEDIATRICS]]
Influenza        [[DATE|10/02/2025]]   1     FL25-4471  SKB  LT    pharmacist [[PERSON|T. HUANG]]   [[LOCATION|OGDEN AVE PHARMACY]]
COVID-19 (2025-26) [[DATE|10/02/2025]] 1     CV8812X    PFR  RT    pharmacist [[PERSON|T. HUANG]]
DTaP-IPV         [[DATE|12/04/2026]]   5/4   KN7720     SKB  LT    [[PERSON|A. BRENNAN]] RN         [[LOCATION|RIVERWALK PEDIATRICS]]
MMRV             [[DATE|12/04/2026]]   2     Z884102    MSD  RT    [[PERSON|A. BRENNAN]] RN         [[LOCATION|RIVERWALK PEDIATRICS]]

Historical (parent report, no record): HepA x2 given in [[LOCATION|Guadalajara]] 2021 - not validated.
Forecast: HPV due age 11; MenACWY age 11; Tdap age 11.
School certificate printed for [[PERSON|Amelia]]'s kindergarten-entry file (Meadow Glen Elem).
Printed [[DATE|12/04/2026]] by [[OTHER_ID|abrennan]] at [[LOCATION|RIVERWALK PEDIATRICS]] - [[LOCATION|NAPERVILLE]]"""),

    ("note-710", "note", """Travel medicine consult
Pt: [[PERSON|Benedikt Osei-Larsen]], 34 M, DOB [[DATE|9 Jan 1992]], MRN [[MRN|55019283]]. Seen [[DATE|12/04/2026]].
Itinerary: departs [[DATE|Jan 6]] -> [[LOCATION|Accra]] and [[LOCATION|Kumasi]] (Ghana) 10 d, then by road to [[LOCATION|Lomé]] (Togo) and [[LOCATION|Ouidah]] (Benin); returns [[DATE|Feb 2]]. Purpose: VFR + cousin [[PERSON|Kwabena Osei]]'s wedding. Staying with aunt [[PERSON|Akosua Osei]] in [[LOCATION|Adum]], rural overnight in [[LOCATION|Ejisu]].
Passport [[OTHER_ID|A03318852]] (DK) - name on ICVP must match: "[[PERSON|OSEI-LARSEN BENEDIKT KOFI]]".
PMH: asthma (mild, albuterol PRN). No immunocompromise. Not on anticoagulants.
Vaccines today: yellow fever (Stamaril) lot UJ448, ICVP no. [[OTHER_ID|US-YF-2026-118734]], valid from [[DATE|12/14/2026]]; typhoid Vi; hep A #1. Tdap current ([[DATE|3/2021]]). MMR x2 documented (childhood record from [[LOCATION|Rigshospitalet]], [[LOCATION|København]]). Rabies PrEP discussed - dogs at aunt's compound - pt declined.
Malaria: atovaquone-proguanil 250/100 mg daily, start 1-2 d before, continue 7 d after return. #34.
TD: azithromycin 1 g x1 PRN.
Insurance: GeoBlue travel policy [[HEALTH_PLAN_ID|GBX-10447782]]. Emergency contact: partner [[PERSON|Sigrid Holm]] [[PHONE|+45 31 42 77 08]] / [[EMAIL|sigrid.holm@example.dk]].
Counselled on mosquito avoidance, road safety, food/water.
[[PERSON|Margarethe Vogel]], NP - vaccines given by [[PERSON|Aiyana Redcloud]], MA"""),
    ("note-711", "note", """OCCUPATIONAL HEALTH - WORK INJURY FOLLOW-UP / RETURN-TO-WORK
Clinic: [[LOCATION|Maumee Valley Occupational Medicine]], [[STREET_ADDRESS|3150 W Central Ave]], [[LOCATION|Toledo]] OH [[ZIP|43606]]
Employer: Great Lakes Precision Stamping, Plant 2, [[STREET_ADDRESS|6200 Industrial Pkwy]], [[LOCATION|Toledo]], OH [[ZIP|43612]]
  Safety manager [[PERSON|Darnell Whitaker]], [[PHONE|419-555-0133]], [[EMAIL|dwhitaker@glps-example.com]]; HR fax [[FAX|419-555-0134]]
Employee: [[PERSON|VASQUEZ, ERNESTO R]]   Emp ID [[OTHER_ID|E-048812]]   DOB [[DATE|03/03/1977]]   SSN [[SSN|987-65-4321]]
Date of injury: [[DATE|11/28/2026]] ~03:40, 3rd shift, press line 4 - L index finger crush, glove caught in die. Witness: lead hand [[PERSON|Sun-hee Cho]]. First aid by plant ERT member [[PERSON|Gary Pohl]]; driven by supervisor [[PERSON|Tasha Greenleaf]] to [[LOCATION|Sylvania Urgent Care]].
WC: BWC claim [[OTHER_ID|26-884193]]; MCO case manager [[PERSON|Helen Brzezinski]], fax [[FAX|614-555-0172]]. OSHA 300 log case no. [[OTHER_ID|26-117]] (recordable).

Visit [[DATE|12/05/2026]]: nail bed repair healing; XR L 2nd distal phalanx tuft fx, stable alignment vs [[DATE|11/28]] film. Sensation intact. TAM limited by splint.
Post-accident drug/alcohol test (company policy, non-DOT): CCF [[OTHER_ID|0044712993]], negative; breath alcohol 0.000. MRO Dr. [[PERSON|Anand Iyer]].
Employee also holds a CDL (OH [[LICENSE_NUMBER|TN448127]]); DOT medical card expires [[DATE|08/14/2027]], issued by examiner [[PERSON|Colleen Marsh]], PA-C, NRCME # [[LICENSE_NUMBER|4418207715]]. No change to DOT status at this time.

WORK STATUS: modified duty [[DATE|12/06/2026]] through [[DATE|12/19/2026]]: no gripping/pinching with L hand, no press operation, keep splint dry; may do quality inspection and paperwork. Re-check [[DATE|12/19]] 0900.
Copy to employer (fax above) and MCO.
[[PERSON|Colleen Marsh]], PA-C   NPI [[LICENSE_NUMBER|1326509878]]   supervising: [[PERSON|Wojciech Nowak]], DO"""),

    ("note-712", "note", """OPHTHALMOLOGY - POST-OP DAY 1, CATARACT OD
[[PERSON|Esperanza Villalobos]]   DOB [[DATE|07-11-1944]]   MRN [[MRN|EYE-2033418]]   Visit [[DATE|12-03-2026]]
Surgery [[DATE|12-02-2026]] at [[LOCATION|Sunridge Eye Surgery Center]], Dr. [[PERSON|Thaddeus Kim]]: phaco/PCIOL OD, SN60WF +21.5 D, IOL serial [[DEVICE_ID|17933802.045]], uncomplicated, no capsule issues.
Accompanied by daughter [[PERSON|Lucía Villalobos-Grant]], who will instill drops.
VA sc: OD 20/40, PH 20/25; OS 20/70 (NS 3+). IOP (Tonopen) 19/16.
SLE OD: lids quiet; conj trace injection; cornea 1+ edema, incisions Seidel neg; AC 1+ cell; IOL centered in bag.
Plan: prednisolone acetate 1% QID x1 wk then taper, moxifloxacin QID x1 wk, ketorolac BID x4 wk. Shield at night. No lifting >10 lb.
Second eye: OS phaco planned [[DATE|01-06-2027]]; biometry OS (IOLMaster [[DATE|11-12-2026]]): AL 23.41, K 43.75/44.25.
Husband [[PERSON|Arturo Villalobos]] ([[AGE|91]]) also our pt - his YAG OS scheduled same morning as her POW1 visit, [[DATE|12-10]].
Driving: pt asked re renewing license (DL [[LICENSE_NUMBER|V4412-73391-08]]); advised not to drive until OS done, DMV vision form deferred.
Tech: [[PERSON|Rosalind Achebe]], COA. Scribe: [[PERSON|Kev]]. Attending: [[PERSON|T. Kim]], MD"""),

    ("note-713", "note", """AUDIOLOGY - HEARING AID FITTING AND ORIENTATION
Pt: [[PERSON|Hollis P. Underwood]]   DOB [[DATE|05/17/1935]] ([[AGE|91]] y)   acct [[ACCOUNT_NUMBER|CHC-088413]]   Visit [[DATE|12/04/2026]]
[[LOCATION|Clearwater Hearing Center]] - [[LOCATION|Largo]] office, [[STREET_ADDRESS|1450 W Bay Dr, Suite B]], [[LOCATION|Largo]] FL [[ZIP|33770]]
Accompanied by granddaughter [[PERSON|Brianna Underwood]], who manages his phone and the app.
Audiogram [[DATE|11/12/2026]]: moderate-to-severe sloping SNHL AU, WRS 72% R / 64% L at 80 dB HL. Tymps type A AU.
Devices fit today:
  R  receiver-in-canal, M receiver, SN [[DEVICE_ID|2319A0K7Q]]
  L  receiver-in-canal, M receiver, SN [[DEVICE_ID|2319A0K8Z]]
  charger SN [[DEVICE_ID|CH-77102815]]; TV streamer SN [[DEVICE_ID|TVC4410932]]
Warranty + loss/damage through [[DATE|12/04/2029]]. Trial period ends [[DATE|01/18/2027]].
REM verified to NAL-NL2 within 5 dB 500-4000 Hz. Feedback manager run. Program 2: restaurant.
App account created under granddaughter's email [[EMAIL|bri.underwood@example.net]]; Bluetooth paired to her iPhone and pt's flip phone is not compatible.
Pt's late wife [[PERSON|Marjorie]] "used to do the talking"; pt lives alone at [[LOCATION|Bayside Gardens]] senior apartments, unit 214.
VA: pt is a veteran; not fit through VA by choice. Payer: Humana MA member [[HEALTH_PLAN_ID|H44819237]] hearing benefit, $1,199/aid copay.
Follow-up [[DATE|12/18]] for fine-tuning.
[[PERSON|Yesenia Rahman]], AuD  FL lic. [[LICENSE_NUMBER|AUD8812]]"""),

    ("note-714", "note", """REHAB DAILY NOTE (PT / OT / SLP) - [[LOCATION|Magnolia Acute Rehabilitation Hospital]], 3 North
Pt: [[PERSON|Cornelius "Neil" Fairweather]]   DOB [[DATE|11/08/1950]]   Adm [[DATE|11/26/2026]]   Rm 3N-12
Dx: L MCA ischemic CVA ([[DATE|11/19/2026]], tPA at [[LOCATION|Rankin General]]) with R hemiparesis and expressive aphasia
PT ([[PERSON|Owen Castellano]], DPT): gait 80 ft with hemi-walker, mod A x1, R knee buckling x2. Sit<->stand min A. Berg 22/56. Plan: AFO consult (orthotist [[PERSON|Dmitri Sokolov]], CPO, [[DATE|12/7]]).
OT ([[PERSON|Farah Siddiqui]], OTR/L): LB dressing max A, UB mod A. Wife [[PERSON|Delphine Fairweather]] trained on sock aid and reacher; return demo good.
SLP ([[PERSON|Maggie Ó Briain]], MS, CCC-SLP): naming 6/20, automatic speech better (counting 1-10, days of week). Pt able to say wife's nickname "[[PERSON|Del]]" and grandson "[[PERSON|Tyson]]". Thin liquids ok, no s/s aspiration.
Family conference [[DATE|12/8]] 1400: wife, son [[PERSON|Marcus Fairweather]] (POA, [[PHONE|601-555-0145]]), daughter [[PERSON|Renée]] via FaceTime from [[LOCATION|Memphis]], CM [[PERSON|LaToya Banks]], RN.
Anticipated d/c [[DATE|12/16]] home: [[STREET_ADDRESS|312 Pecan Grove Rd]], [[LOCATION|Brandon]], MS [[ZIP|39042]] - 4 steps, no rail, son building ramp this weekend. HH referral to [[LOCATION|Pearl River Home Health]]; outpatient SLP at [[LOCATION|Rankin General]] later.
DME: hemi-walker, TTB, 3-in-1 commode; w/c on loan from church.
Cosigned [[PERSON|O. Castellano]], DPT / [[PERSON|F. Siddiqui]], OTR/L / [[PERSON|M. Ó Briain]], CCC-SLP"""),

    ("note-715", "note", """BARIATRIC SURGERY PROGRAM - PRE-OP VISIT 5 OF 6 (nutrition + surgeon)
[[PERSON|Shontelle Gaines]] | DOB [[DATE|1990-02-14]] | MRN [[MRN|B-118392]] | program ID [[OTHER_ID|BSP-2026-0451]] | [[LOCATION|Lakeside Bariatric Institute]], [[LOCATION|Kenosha]] campus
Ht 165 cm, wt 131.2 kg (BMI 48.2), down 4.1 kg since intake [[DATE|8/19/2026]]. Goal pre-op loss 5-10% EBW.
Comorbidities: T2DM (A1c 7.9 on [[DATE|11/20]]), OSA on CPAP (AirSense 11, SN [[DEVICE_ID|23214588901]], compliance 92%), GERD with LA grade B esophagitis on EGD [[DATE|10/30]].
Dietitian [[PERSON|Imogen Takahashi]], RD: protein 70 g/d, 64 oz fluids, stopped soda. Food log via app user [[OTHER_ID|shontelle.g90]].
Psych clearance by [[PERSON|Rafael Quintanilla]], PsyD on [[DATE|11/26]]. Support: fiancé [[PERSON|Darius Holt]], mother [[PERSON|Yvette Gaines]]; wedding planned [[DATE|June 12th]] - pt wants surgery first.
Insurance: Cigna ID [[HEALTH_PLAN_ID|U98114032 01]] requires 6 consecutive monthly supervised visits: [[DATE|8/19]], [[DATE|9/16]], [[DATE|10/14]], [[DATE|11/18]], [[DATE|12/02]] (today), next [[DATE|1/13]].
Surgeon Dr. [[PERSON|Viktor Almeida]]: RYGB over sleeve given GERD/esophagitis. Tentative OR [[DATE|2/9/27]]. Pre-op liquid diet from [[DATE|1/26]].
Support group: Thursdays 6 pm, [[LOCATION|Kenosha]] campus, room 2; pt attended [[DATE|11/12]] and [[DATE|11/19]] ([[PERSON|Shontelle]] shared her story).
Scribe: [[PERSON|Aubrey Lind]]. Signed [[PERSON|V. Almeida]], MD"""),
    ("note-716", "note", """REI - IVF CYCLE SUMMARY AND EMBRYO DISPOSITION
[[LOCATION|Bayshore Fertility Center]], [[LOCATION|San Mateo]]
Patient (intended parent 1, oocyte source): [[PERSON|Anjali Raghunathan]]   DOB [[DATE|04/05/1987]]   MRN [[MRN|IVF-60314]]
Partner (intended parent 2, intended carrier): [[PERSON|Sofia Marchetti-Raghunathan]]   DOB [[DATE|10/19/1985]]   MRN [[MRN|IVF-60315]]
Cycle [[OTHER_ID|C26-0918]]: antagonist protocol, stim start [[DATE|10/28/2026]], trigger [[DATE|11/08]], retrieval [[DATE|11/10/2026]] (Dr. [[PERSON|Helena Vasquez-Ortiz]]).
Sperm: anonymous bank donor #[[OTHER_ID|5519]], 2 vials thawed; donor-conceived sibling registry ID [[OTHER_ID|DSR-5519-0042]].
Oocytes 14 -> MII 11 -> 2PN 9 (ICSI) -> blasts 5

Embryo ID             Day  Grade  PGT-A               Disposition
[[OTHER_ID|AR-C26-0918-E1]]        5    4AA    euploid (XY)         vitrified [[DATE|11/15]], tank 3 / can B / cane 12
[[OTHER_ID|AR-C26-0918-E2]]        5    4AB    euploid (XX)         vitrified [[DATE|11/15]], tank 3 / can B / cane 12
[[OTHER_ID|AR-C26-0918-E4]]        6    3BB    aneuploid (+16)      discarded per consent
[[OTHER_ID|AR-C26-0918-E6]]        6    4BC    low-level mosaic     vitrified [[DATE|11/16]], tank 3 / can B / cane 13
[[OTHER_ID|AR-C26-0918-E7]]        7    3CC    no result            vitrified [[DATE|11/17]]
PGT lab case [[OTHER_ID|PG-88120473]].
Embryologist [[PERSON|Tomasz Wróbel]], witness [[PERSON|Keiko Arai]] (electronic witnessing, tags scanned).

Plan: programmed FET for [[PERSON|Sofia]] [[DATE|Jan 2027]], single euploid transfer (E2 per couple's choice). Mock cycle lining 8.9 mm on [[DATE|12/01]].
Consents signed [[DATE|10/21/2026]] (disposition on death/divorce/incapacity: donate to research); notarized by [[PERSON|Leonard Fitch]]. Parentage attorney letter from [[PERSON|Joanna Kim-Bauer]], Esq. on file.
Billing: shared-risk program acct [[ACCOUNT_NUMBER|SR-0044172]]; storage fees billed annually from [[DATE|11/15/2027]].
[[PERSON|H. Vasquez-Ortiz]], MD, REI   [[DATE|12/03/2026]]"""),

    ("note-717", "note", """RESEARCH VISIT NOTE - Protocol ZNX-301 (NCT09918244), Cycle 3 Day 1
Site 104 - [[LOCATION|Great Plains Oncology Research]], [[LOCATION|Wichita]]
Subject ID: [[OTHER_ID|104-0037]]   Screening no.: [[OTHER_ID|S104-112]]   Randomization no.: [[OTHER_ID|R-20471]]   Arm: blinded
Participant (source documents only - CRF uses subject ID): [[PERSON|DELACROIX, Maurice]]   MRN [[MRN|4420918]]   DOB [[DATE|22-NOV-1958]]
Visit date [[DATE|01-DEC-2026]] (target [[DATE|30-NOV-2026]], window +/- 3 d - in window).
ICF v4.0 re-consent signed [[DATE|01-DEC-2026]], obtained by [[PERSON|Pilar Mendes]], CRC; PI Dr. [[PERSON|Siddharth Rao]] reviewed eligibility for continued dosing.
AEs since C2D1: fatigue gr 1 (onset [[DATE|14-NOV-2026]], ongoing); maculopapular rash gr 2 (onset [[DATE|19-NOV-2026]], ongoing, topical steroid started by sub-I Dr. [[PERSON|Jana Dvořáková]]). No SAE.
Labs C3D1: ANC 1.9, plt 142, ALT 38, AST 41, Cr 0.9 - meets dosing criteria.
PK: pre-dose draw 08:10, kit [[OTHER_ID|KT-88412-03]], tubes labelled subject ID + time only; shipped to central lab, FedEx [[OTHER_ID|7749 2201 6638]].
IP: ZNX-3 200 mg BID, IWRS transaction [[OTHER_ID|TX-5530917]], kits [[OTHER_ID|K-00417]] and [[OTHER_ID|K-00418]] dispensed. Returned kit [[OTHER_ID|K-00352]]: count 54/56, compliance 96%.
ECG: QTcF 428 ms.
Next visit C4D1 ~[[DATE|29-DEC-2026]]; study-paid rideshare booked; wife [[PERSON|Geneviève Delacroix]] will accompany ([[PHONE|316-555-0115]]).
Deviations: none.   Monitor visit (CRA [[PERSON|Oskar Lindholm]]) [[DATE|10-DEC-2026]].
[[PERSON|P. Mendes]], CRC   [[DATE|01-DEC-2026]] 15:30"""),

    ("note-718", "note", """MULTIDISCIPLINARY THORACIC TUMOR BOARD - Thursday [[DATE|12/03/2026]] 07:00
[[LOCATION|Riverside Regional Cancer Institute]], Conf Rm B + Zoom
Present: Dr. [[PERSON|A. Mensah]] (thoracic surgery), Dr. [[PERSON|Beatriz Lourenço]] (med onc), Dr. [[PERSON|Cheng Wei]] (rad onc), Dr. [[PERSON|D. Halvorsen]] (pathology), Dr. [[PERSON|Eitan Bar-Lev]] (IR), [[PERSON|Fiona McCrae]], RN (navigator), Dr. [[PERSON|Gus Petridis]] (pulm), [[PERSON|Hana Yilmaz]] (research coordinator)

CASE 1  [[PERSON|OYELOWO, Bernard]], 68 M, MRN [[MRN|RR-0049183]]
Former smoker 50 pk-yr, quit 2018. LDCT [[DATE|10/20]]: RUL 3.1 cm spiculated mass. PET [[DATE|11/04]]: SUV 11.2, 4R avid. EBUS [[DATE|11/18]] (Dr. [[PERSON|Petridis]]): 4R positive, adenocarcinoma, TTF-1+. Path [[OTHER_ID|S26-41177]]. NGS: EGFR L858R; PD-L1 TPS 30%.
Stage IIIA (cT2aN2M0). Brain MRI pending.
Recs: screen for neoadjuvant osimertinib trial ([[PERSON|Hana]] to check eligibility); otherwise chemo + osimertinib; surgical re-eval after 3 cycles (Dr. [[PERSON|Mensah]]).
Note: pt's daughter [[PERSON|Adaora Oyelowo]] is an RN on 6 East - privacy flag applied per pt request.

CASE 2  [[PERSON|ELDRIDGE-MOSS, Kirsten]], [[AGE|90]] F, MRN [[MRN|RR-0050221]], resident of [[LOCATION|Briar Glen Assisted Living]], [[LOCATION|Conroe]]
LLL 1.8 cm nodule; CT-guided bx [[DATE|11/23]] (Dr. [[PERSON|Bar-Lev]]), path [[OTHER_ID|S26-41802]]: squamous cell ca. ECOG 2, FEV1 41%. Not a surgical candidate.
Recs: SBRT 54 Gy / 3 fx (Dr. [[PERSON|Cheng]]); goals-of-care conversation with HCPOA son [[PERSON|Peter Moss]] ([[PHONE|936-555-0162]]).

CASE 3  deferred - pathology pending (pt initials [[PERSON|R.J.]], accession [[OTHER_ID|S26-42010]]).
Next board [[DATE|12/10]]. Minutes: [[PERSON|F. McCrae]]"""),

    ("note-719", "note", """SAFETY EVENT REPORT   #[[OTHER_ID|IR-2026-11873]]   CONFIDENTIAL - PATIENT SAFETY WORK PRODUCT
Facility: [[LOCATION|Saint Columba Hospital]]   Unit: 5 West Med-Surg   Room 514-B
Event: [[DATE|11/30/2026]] 02:15   Reported: [[DATE|11/30/2026]] 03:05   Harm score: minor (E1)
Person affected: inpatient [[PERSON|Ignatius Mbeki-Lawson]], MRN [[MRN|00731184]], DOB [[DATE|01/29/1936]], age [[AGE|90]]
Event type: fall, unassisted, found on floor.
Description: CNA [[PERSON|Rhonda Tibbs]] found pt sitting on floor beside bed during hourly rounding. Bed exit alarm OFF - plug pulled from wall. Son [[PERSON|Walter Lawson]], staying overnight, states he unplugged it about 23:30 "because it kept going off". Pt says he was going to the bathroom. Morse 65.
Assessment ([[PERSON|Kwame Asante]], RN, primary): 2 cm abrasion L elbow, no head strike per pt, neuro at baseline. Hospitalist Dr. [[PERSON|Mirela Constantin]] notified 02:25, at bedside 02:40. CT head [[DATE|11/30]] 04:12, accession [[OTHER_ID|CT2611300088]]: no acute findings.
Family notified: daughter (HCPOA) [[PERSON|Eunice Lawson-Price]], [[PHONE|(816) 555-0124]], 03:00.
Contributing factors: zolpidem 5 mg at 22:00 (home med continued), alarm fatigue, family not educated on alarm.
Immediate actions: alarm reconnected with tamper cover; virtual sitter; zolpidem d/c'd after review by [[PERSON|Hyun-ju Lee]], PharmD; family teaching by charge RN [[PERSON|Bettina Kraus]].
Manager review: [[PERSON|Patrice Okafor]], MSN, RN, Nurse Manager 5W, [[DATE|12/01/2026]]. Referred to falls committee (chair Dr. [[PERSON|Ruth Adelman]]) for [[DATE|12/14]] meeting.
Submitted by [[PERSON|K. Asante]], RN, employee # [[OTHER_ID|40918]], ext [[PHONE|5-4410]]"""),

    ("note-720", "note", """[[DATE|December 2, 2026]]

Patient Relations Department
[[LOCATION|Mercy Ridge Medical Center]]
[[STREET_ADDRESS|1500 Hospital Dr]]
[[LOCATION|Bakersfield]], CA [[ZIP|93309]]

RE: Formal complaint - care of my mother, [[PERSON|Rosalinda Quezada]], DOB [[DATE|8/15/1931]], account no. [[ACCOUNT_NUMBER|MR-77120458]]

To whom it may concern,

My name is [[PERSON|Beatriz Quezada-Hall]] and I am writing about how my mother was treated in your emergency department on the night of [[DATE|November 21]]. She is [[AGE|95]] years old, speaks only Spanish and has dementia. We came in by ambulance around 9 pm after she fell at her home on [[STREET_ADDRESS|Alta Vista Drive]].

She waited on a hallway gurney for almost seven hours. Nobody called an interpreter, even though I asked the triage nurse (her badge said [[PERSON|Kayleigh]]) twice. A doctor, I believe Dr. [[PERSON|Sorensen]], spoke to her only in English and then asked ME to sign the consent for the CT while she was sitting right there. Around 3 am my brother [[PERSON|Ernesto Quezada]] drove in from [[LOCATION|Delano]] and found her soaked through; her call light had been clipped out of reach. The only person who helped was a security officer, [[PERSON|J. Ruelas]] (badge [[OTHER_ID|2214]]), who found her a blanket.

I am asking for: a written explanation, a complete copy of her records from [[DATE|11/21]] and [[DATE|11/22]], and removal of the $1,250 facility charge on the statement dated [[DATE|11/28/2026]] (statement no. [[OTHER_ID|ST-4418830]]).

Please contact me at [[PHONE|661-555-0167]] or [[EMAIL|bquezadahall@example.org]]. My mailing address is [[STREET_ADDRESS|4021 Ming Ave, Apt 22]], [[LOCATION|Bakersfield]], CA [[ZIP|93309]].

Sincerely,
[[PERSON|Beatriz Quezada-Hall]]

cc: California Department of Public Health, Licensing & Certification
cc: Dr. [[PERSON|Hugo Estrada]], her primary care physician, [[LOCATION|Kern Valley Family Clinic]]"""),
    ("note-721", "note", """AUTHORIZATION FOR USE OR DISCLOSURE OF PROTECTED HEALTH INFORMATION
[[LOCATION|Northgate Family Medicine]] | [[STREET_ADDRESS|88 Northgate Blvd]], [[LOCATION|Sacramento]], CA [[ZIP|95833]] | Medical Records fax [[FAX|916-555-0193]]

Patient name: [[PERSON|Okwuosa, Chidinma R.]]          Date of birth: [[DATE|09/27/1979]]          MRN: [[MRN|NFM-009127]]
Other names used: [[PERSON|Chidinma Adeyemi]] (maiden)
Address: [[STREET_ADDRESS|5530 Truxel Rd #218]], [[LOCATION|Sacramento]], CA [[ZIP|95835]]          Phone: [[PHONE|916-555-0126]]

1. I authorize:  [X] [[LOCATION|Northgate Family Medicine]]   [ ] Other provider: ____________
2. To release my information to:
   Name/organization: [[PERSON|Gregory Thibodeaux]], Esq., Capitol Injury Law Group
   Address: [[STREET_ADDRESS|400 Capitol Mall, Suite 1750]], [[LOCATION|Sacramento]], CA [[ZIP|95814]]   Phone: [[PHONE|916-555-0141]]   Fax: [[FAX|916-555-0140]]
3. Information to be released:  [X] Office/visit notes  [X] Lab results  [X] Imaging reports  [X] Billing
   [ ] Mental health  [ ] HIV test results  [ ] Genetic testing  [ ] Substance use disorder records (42 CFR Part 2) - requires separate consent
   Dates of service: from [[DATE|01/01/2024]] to [[DATE|11/30/2026]]
4. Purpose: [ ] At my request  [X] Legal  [ ] Insurance  [ ] Continuity of care
5. This authorization expires on: [[DATE|12/31/2027]]   or upon this event: settlement of claim
6. I understand I may revoke this authorization in writing; treatment will not be conditioned on signing; information disclosed may be re-disclosed by the recipient.

Signature of patient: /s/ [[PERSON|C. R. Okwuosa]]            Date: [[DATE|12/04/2026]]
If signed by personal representative - name/authority: N/A
Witness: [[PERSON|Lupe Ortega]], HIM clerk

FOR OFFICE USE ONLY
Request #: [[OTHER_ID|ROI-26-3318]]   ID verified: CA DL [[LICENSE_NUMBER|D4471823]]   Sent [[DATE|12/07/2026]] by fax, 142 pp, by [[PERSON|LO]]   Fee: waived (patient request)"""),

    ("note-722", "note", """SUPERIOR COURT OF WASHINGTON FOR [[LOCATION|KING COUNTY]]

[[PERSON|MARCUS D. ELLINGTON]],
                         Plaintiff,                     No. [[OTHER_ID|26-2-08814-1 SEA]]
        v.
[[PERSON|TRAVIS LEE BOONE]] and [[PERSON|JANE DOE BOONE]], husband          SUBPOENA DUCES TECUM
and wife, and the marital community                     (RECORDS ONLY)
composed thereof,
                         Defendants.

TO:  Custodian of Records
     [[LOCATION|Evergreen Orthopedic & Spine]]
     [[STREET_ADDRESS|12333 NE 8th St, Suite 300]]
     [[LOCATION|Bellevue]], WA [[ZIP|98005]]

YOU ARE COMMANDED to produce, on or before [[DATE|January 8, 2027]] at 10:00 a.m., true and complete copies of all records pertaining to [[PERSON|Marcus Dwayne Ellington]], DOB [[DATE|04/30/1984]], SSN xxx-xx-4327, for dates of service [[DATE|March 1, 2025]] to present, including intake forms, office notes, operative reports, imaging and reports, physical therapy notes (therapist [[PERSON|Renée Dufresne]], PT), billing ledgers (account [[ACCOUNT_NUMBER|EOS-448102]]) and correspondence with Dr. [[PERSON|Karthik Subramanian]]'s office,
at the offices of Harlow Pacific Law PLLC, [[STREET_ADDRESS|1201 Third Ave, Suite 2900]], [[LOCATION|Seattle]], WA [[ZIP|98101]]. Records may instead be mailed, or sent electronically to [[EMAIL|records@harlowpacific.example.com]], with the attached declaration of custodian.

Notice of this subpoena was served on plaintiff's counsel, [[PERSON|Yusuf Karimi]], WSBA #[[LICENSE_NUMBER|48813]], on [[DATE|December 4, 2026]]; no objection received.

DATED: [[DATE|December 7, 2026]]

HARLOW PACIFIC LAW PLLC

/s/ [[PERSON|Annika J. Sørlie]]
[[PERSON|Annika J. Sørlie]], WSBA #[[LICENSE_NUMBER|51207]]
Attorney for Defendants
Tel. [[PHONE|206-555-0159]] | [[EMAIL|asorlie@harlowpacific.example.com]]"""),

    ("note-723", "note", """MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE - FACILITY COPY
Facility: [[LOCATION|Sandhills Regional Medical Center]]   Medical record # mother [[MRN|SR-2208174]]   infant [[MRN|SR-2299031]]

CHILD
 1. Child's name - First: [[PERSON|Amara]]   Middle: [[PERSON|Joy]]   Last: [[PERSON|Nwachukwu-Barnes]]   Suffix: -
 2. Date of birth: [[DATE|12/05/2026]]   Time: 04:52   Sex: F   Plurality: single
 3. Place of birth: hospital   City/town: [[LOCATION|Southern Pines]]   County: [[LOCATION|Moore]]
MOTHER
 4. Current legal name: [[PERSON|Ifeoma Grace Nwachukwu]]   Name prior to first marriage: [[PERSON|Ifeoma Grace Okeke]]
 5. Date of birth: [[DATE|02/11/1993]]   Birthplace: [[LOCATION|Enugu]], Nigeria
 6. Residence: [[STREET_ADDRESS|218 Pinehurst Ln]]   City: [[LOCATION|Aberdeen]]   County: [[LOCATION|Moore]]   State: NC   ZIP: [[ZIP|28315]]   Inside city limits: Y
 7. Mailing address: same.   Mother's SSN: [[SSN|987-65-4322]]   Request SSN for child: YES
 8. Education: master's degree   Hispanic origin: no   Race: Black; Nigerian
FATHER
 9. Name: [[PERSON|Jerome Alan Barnes]]   DOB: [[DATE|07/19/1990]]   Birthplace: [[LOCATION|Fayetteville]], NC   SSN: [[SSN|987-65-4323]]
10. Married to father at conception/birth: yes (paternity acknowledgement not needed)
PREGNANCY
11. Date last normal menses began: [[DATE|03/02/2026]]   Date of first prenatal visit: [[DATE|04/20/2026]]   Total visits: 12
12. Previous live births now living: 1; date of last live birth: [[DATE|06/2022]]
13. Principal source of payment: private insurance (BCBS NC member [[HEALTH_PLAN_ID|YPW880912345]])
14. Attendant: [[PERSON|Lorraine Whitlock]], CNM, NPI [[LICENSE_NUMBER|1504723911]]
15. Birthweight 3340 g   Apgar 8 / 9   Breastfed at discharge: yes
Completed with mother [[PERSON|Ifeoma]] by birth registrar [[PERSON|Dottie Frasier]] on [[DATE|12/06/2026]]; pediatrician of record Dr. [[PERSON|Samuel Oduya]].
Local registrar file no.: [[OTHER_ID|2026-MOO-01184]]"""),

    ("note-724", "note", """DEATH CERTIFICATE WORKSHEET (DRAFT - NOT FOR FILING)
Decedent's legal name: [[PERSON|Thaddeus Octavian Pruitt]]   AKA "[[PERSON|Tad]]" [[PERSON|Pruitt]]
Sex: M   SSN: [[SSN|987-65-4324]]   Age: [[AGE|94]]   DOB: [[DATE|05/09/1932]]   Birthplace: [[LOCATION|Paducah]], KY
Residence: [[STREET_ADDRESS|9 Cumberland Sq]], [[LOCATION|Clarksville]], [[LOCATION|Montgomery County]], TN [[ZIP|37040]]   (resident of facility since [[DATE|02/2024]])
Armed forces: yes (Army, Korea)
Marital status: widowed - spouse [[PERSON|Lenora Pruitt]] d. 2019
Father: [[PERSON|Amos Pruitt]]   Mother's name prior to first marriage: [[PERSON|Clara Beth Henley]]
Informant: Rev. [[PERSON|Dorian Pruitt]] (son), [[STREET_ADDRESS|44 Dabney Ct]], [[LOCATION|Hopkinsville]], KY [[ZIP|42240]], [[PHONE|270-555-0131]]
Place of death: nursing home/LTC - [[LOCATION|Dogwood Terrace Health & Rehab]], [[STREET_ADDRESS|2100 Memorial Dr]], [[LOCATION|Clarksville]]
Date of death: [[DATE|12/04/2026]]   Time pronounced: 06:40   Pronounced by: [[PERSON|Anita Blackfeather]], RN
Cause of death - Part I: (a) aspiration pneumonia - days; (b) advanced Alzheimer disease dementia - years
Part II: CKD stage 3b; atrial fibrillation
Manner: natural   Autopsy: no   ME notified: no (case screened, ME investigator [[PERSON|Curtis Holloway]], ref [[OTHER_ID|MC-26-1187]])   Tobacco: probably not
Certifier: [[PERSON|Lamar Okpara]], MD, TN license [[LICENSE_NUMBER|MD0055218]], signed [[DATE|12/05/2026]]
Disposition: burial, Greenwood Cemetery, [[LOCATION|Clarksville]] - date [[DATE|12/09/2026]]
Funeral facility: Riverbend Funeral Chapel, [[STREET_ADDRESS|1220 Madison St]], [[LOCATION|Clarksville]], TN [[ZIP|37040]], [[PHONE|931-555-0148]]
Funeral director: [[PERSON|Curtis Vail]], license [[LICENSE_NUMBER|FD-3319]]
EDRS case no. [[OTHER_ID|2026-TN-0884193]]"""),

    ("note-725", "note", """[[LOCATION|SHADY PINES CARE CENTER]] - MEDICATION ADMINISTRATION RECORD - DECEMBER 2026
RESIDENT: [[PERSON|GALLAGHER, MARGARET "PEG"]]   RM 112-A   DOB [[DATE|02/28/1930]]   AGE [[AGE|96]]   MR# [[MRN|SPC-1187]]
PHYSICIAN: DR. [[PERSON|LIN ZHAO]]   PHARMACY: [[LOCATION|HERITAGE LTC PHARMACY]] [[PHONE|(870) 555-0142]]
ALLERGIES: SULFA, LATEX    DIET: MECH SOFT, NECTAR THICK    CODE: DNR

MEDICATION / TIME                     | [[DATE|12/1]] | [[DATE|12/2]] | [[DATE|12/3]] | [[DATE|12/4]] | [[DATE|12/5]]
DONEPEZIL 10 MG PO HS        2100     | [[PERSON|RB]]   | [[PERSON|RB]]   | [[PERSON|RB]]   | [[PERSON|TW]]   | [[PERSON|TW]]
METOPROLOL TART 25 MG PO BID 0800     | [[PERSON|JM]]   | [[PERSON|JM]]   | [[PERSON|JM]]   | [[PERSON|JM]]   | [[PERSON|AK]]
  HOLD SBP<100 / HR<55       2000     | [[PERSON|RB]]   | [[PERSON|RB]]   | H 98/60 | [[PERSON|TW]] | [[PERSON|TW]]
FUROSEMIDE 20 MG PO QAM      0800     | [[PERSON|JM]]   | [[PERSON|JM]]   | [[PERSON|JM]]   | R  | [[PERSON|AK]]
APIXABAN 2.5 MG PO BID       0800/2000| [[PERSON|JM]]/[[PERSON|RB]] | [[PERSON|JM]]/[[PERSON|RB]] | [[PERSON|JM]]/[[PERSON|RB]] | [[PERSON|JM]]/[[PERSON|TW]] | [[PERSON|AK]]/[[PERSON|TW]]
ACETAMINOPHEN 650 MG PO Q6H PRN PAIN  | [[DATE|12/3]] 1430 [[PERSON|JM]] - pain 5/10 -> 2/10 at 1530

CODES: R = refused, H = held (value), D = drowsy
[[DATE|12/4]] 0800 FUROSEMIDE REFUSED - "I'LL BE UP ALL NIGHT"; DR. [[PERSON|ZHAO]] NOTIFIED, OK TO GIVE AT NOON - GIVEN 1210 [[PERSON|JM]] (LATE ENTRY)
NOTES: [[DATE|12/4]] DAUGHTER [[PERSON|COLLEEN GALLAGHER-ROSS]] BROUGHT SUGAR-FREE CANDY. RESIDENT CALLS EVERY AIDE "[[PERSON|FRANNIE]]" (HER LATE SISTER [[PERSON|FRANCES]]).
INITIALS / SIGNATURE: [[PERSON|JM]] [[PERSON|JOY MBATHA]], LPN   [[PERSON|RB]] [[PERSON|ROSA BERMÚDEZ]], CMA   [[PERSON|TW]] [[PERSON|TERRENCE WILLS]], LPN   [[PERSON|AK]] [[PERSON|AISHA KAMARA]], RN"""),
    ("note-726", "note", """PCP FOLLOW-UP - INTERPRETER-ASSISTED (Marshallese, video remote)
Interpreter: [[PERSON|Likiaba Jibas]], ID #[[OTHER_ID|40771]], connected 10:15, disconnected 10:47 (32 min)
Pt: [[PERSON|Bwijmaron Lajikit]], 52 F, DOB [[DATE|1/1/1974]] (as on COFA documents - pt unsure of actual birthday), MRN [[MRN|NWA-3381920]]
Clinic: [[LOCATION|Springdale Community Health Center]], [[LOCATION|Springdale]] AR
Accompanied by son [[PERSON|Jowe]] (17), who usually interprets at home; he stepped out for the sensitive part of the visit per our policy.

S: DM2 follow-up. Ran out of metformin in October while back in [[LOCATION|Majuro]] for her brother [[PERSON|Tonke]]'s funeral, stayed with family on [[LOCATION|Ebeye]] 3 wk, restarted 10 d ago. Works 2nd shift deboning at a poultry plant; eats one big meal at 1 am. Reports burning feet at night. Via interpreter: "the sugar sickness is in my family, my mother lost her leg" (mother [[PERSON|Neiar]], d. 2015).
O: BP 148/88, wt 94 kg, A1c 10.2 (was 8.1 in June), monofilament decreased bilat toes, no ulcers.
A/P:
1. DM2 uncontrolled - metformin 1000 BID restart, add glipizide 5 mg with the 1 am meal; teach-back done through interpreter, pt repeated dosing correctly.
2. Neuropathy - podiatry referral, gabapentin 100 qhs.
3. HTN - lisinopril 10 mg.
Rx to the Walmart pharmacy on [[LOCATION|W Sunset Ave]].
Coverage: AR Medicaid ID [[HEALTH_PLAN_ID|7720481935]] (COFA-eligible).
Next: [[DATE|1/8/27]] with diabetes educator [[PERSON|Carmen Toledo]], RD, CDCES - in-person Marshallese interpreter requested, pt prefers [[PERSON|Kristina Jelkan]] (female). Pt phone [[PHONE|479-555-0172]] (son's phone, pt has none); church pastor Rev. [[PERSON|Ato Langidrik]] can help with rides.
[[PERSON|Dwight Hanamura]], MD"""),

    ("note-727", "note", """HOME SLEEP APNEA TEST - INTERPRETATION REPORT
Patient: [[PERSON|RUTHERFORD, GISELLE M]]   DOB [[DATE|12/12/1968]]   Sex F   BMI 36.4   Neck 38 cm   Epworth 14   STOP-BANG 5
MRN [[MRN|MCS-774012]]   Study night: [[DATE|11/29/2026]] - [[DATE|11/30/2026]]   Device: disposable PAT, SN [[DEVICE_ID|WP1-0448127]]
Referring: [[PERSON|Obiora Chukwu]], MD   Interpreting: [[PERSON|Sanjay Mehrotra]], MD, D-ABSM, NPI [[LICENSE_NUMBER|1288640539]]
Dispensed by mail [[DATE|11/24]] to [[STREET_ADDRESS|2740 Old Hickory Blvd]], [[LOCATION|Nashville]] TN [[ZIP|37221]]; app paired to pt's phone; upload received [[DATE|11/30]] 07:58.
Total recording 7 h 22 min; valid sleep 6 h 01 min.
pAHI (3%) 24.8/h   pRDI 29.1/h   ODI (4%) 16.2/h   SpO2 mean 93%, nadir 81%   T<88% 21.4 min
Supine pAHI 41.0/h (38% of sleep) vs non-supine 11.3/h. Snoring >45 dB 38% of night. HR 58-104.
IMPRESSION: moderate obstructive sleep apnea with a positional component.
RECOMMENDATIONS:
1. APAP 5-15 cm H2O with heated humidifier, mask fitting. Order sent to [[LOCATION|Bellevue]] Medical Supply, fax [[FAX|615-555-0187]].
2. Pt drives a school bus (CDL) - counselled re drowsy driving; employer notification per district policy is the pt's responsibility.
3. Bed partner [[PERSON|Howard Rutherford]] reports witnessed apneas and gasping.
4. Follow-up compliance download at 31-90 days with [[PERSON|Whitney Osborne]], NP.
Scored by [[PERSON|Tamika Reed]], RPSGT on [[DATE|11/30/2026]]. Interpreted [[DATE|12/01/2026]] by Dr. [[PERSON|Mehrotra]].
Results released to portal user [[OTHER_ID|grutherford68]]."""),

    ("note-728", "note", """pharmacy tele-triage call log
Caller: [[PERSON|Dolores "Dee" Fitzwilliam]], [[PHONE|(505) 555-0111]], [[LOCATION|Rio Rancho]]
Caller picked up "Rx for Bentley" on [[DATE|12/3]]: gabapentin 100 mg caps #60, Rx [[OTHER_ID|2284419]]. Bentley = her 9 yo beagle, NOT a household member. Vet Rx by [[PERSON|Marguerite Anaya]], DVM, [[LOCATION|Paseo Veterinary Hospital]]. Our label prints "BENTLEY [[PERSON|FITZWILLIAM]] (CANINE) - OWNER [[PERSON|DOLORES FITZWILLIAM]]".
Concern: husband [[PERSON|Leland Fitzwilliam]] takes gabapentin 300 mg (Rx [[OTHER_ID|2271906]], prescriber Dr. [[PERSON|Nasreen Iqbal]]) and the bottles look alike; she thinks Bentley may have gotten one of [[PERSON|Leland]]'s 300s this morning, dog wobbly but eating. They also have a cat, "Dr. Whiskers", and a parrot named Sgt. Pepper - no meds for either.
Advice: call the animal poison control line or [[LOCATION|Paseo Veterinary Hospital]] ER at [[PHONE|505-555-0135]] now; do not give anything by mouth. Offered to relabel pet Rx with a purple cap and to put "FOR ANIMAL USE" sticker. Caller agreed.
Pickup of the husband's next fill will need ID - DL on file NM [[LICENSE_NUMBER|032118774]].
Tech [[PERSON|Marco]] took call 10:14, transferred to RPh. [[PERSON|Yolanda Baca]], RPh spoke w/ caller 10:22. Called back 11:40: vet (Dr. [[PERSON|Anaya]]'s colleague Dr. [[PERSON|Fenwick]]) saw Bentley, observe at home, fine.
[[DATE|12/5/26]] /[[PERSON|yb]]"""),

    ("note-729", "note", """copy/pasted from the portal, sorry the columns ran together

[[LOCATION|TRI-COUNTY REFERENCE LABORATORY]]FINAL REPORT
PATIENT:[[PERSON|PERALTA-WOJCIK,ISABEL M]]DOB:[[DATE|03/14/1977]]AGE:49SEX:FPHONE:[[PHONE|5205550148]]
PATIENTID:[[MRN|TC0099182]]ACCESSION:[[OTHER_ID|TC2611040771]]ACCOUNT:[[ACCOUNT_NUMBER|40-88172]]
COLLECTED:[[DATE|11/04/2026]]07:42RECEIVED:[[DATE|11/04/2026]]11:15REPORTED:[[DATE|11/05/2026]]06:03
ORDERING:[[PERSON|NAKAMURA-BELL,ROSS]]MDNPI:[[LICENSE_NUMBER|1660912787]]
CLIENT:[[LOCATION|DESERT SAGE INTERNAL MEDICINE]][[STREET_ADDRESS|4400 E BROADWAY BLVD STE 2]][[LOCATION|TUCSON]]AZ[[ZIP|85711]]
INSURANCE:BCBSAZ[[HEALTH_PLAN_ID|XAZ903318774]]
TESTRESULTFLAGUNITSREFERENCEINTERVAL
GLUCOSE112HMG/DL70-99
HEMOGLOBINA1C6.1H%4.8-5.6
CHOLESTEROL,TOTAL214HMG/DL100-199
LDLCHOL.CALC(NIH)138HMG/DL0-99
TSH2.310UIU/ML0.450-4.500
VITAMIND,25-OH18LNG/ML30-100
CREATININE0.78MG/DL0.57-1.00EGFR94ML/MIN/1.73
PERFORMINGSITE:[[LOCATION|TRI-COUNTY REFERENCE LABORATORY]][[STREET_ADDRESS|1901 W GRANT RD]][[LOCATION|TUCSON]]AZ[[ZIP|85745]]DIRECTOR:[[PERSON|LAILA OMIDVAR]]MD
CLIA 03D2094517   PAGE1OF1

can you explain these? my doctor (dr [[PERSON|nakamura-bell]]) hasnt called me back and my next appt isnt until [[DATE|jan 22]]. thanks, [[PERSON|isabel]]"""),

    ("note-730", "note", """TC [[DATE|12/06]] 1415 - PT'S WIFE [[PERSON|MARTA KOVAČ]] CALLED RE [[PERSON|DRAGAN KOVAČ]] (DOB [[DATE|3/30/49]]) - DIZZY SINCE AM, BP AT HOME 88/52. ADVISED ED. SHE WILL TAKE HIM TO [[LOCATION|ST. LUKE'S NORTH]]. CALL BACK [[PHONE|816-555-0189]]. -[[PERSON|BJW]] RN"""),
    ("intl-701", "intl", """Hola buenas tardes, les escribe [[PERSON|Yolanda Rivera Colón]] por la orden #[[OTHER_ID|PR-558120]] de mi mamá, doña [[PERSON|Carmen Colón Vda. de Rivera]]. Ella tiene [[AGE|92]] años, nació el [[DATE|14 de febrero de 1934]], y tiene Plan Vital con MCS Classicare, número de afiliada [[HEALTH_PLAN_ID|0039912457801]].

Nos mudamos, la dirección nueva es:
[[LOCATION|Urb. Villa Carolina]]
[[STREET_ADDRESS|Calle 431 Bloque 158 #12]]
[[LOCATION|Carolina]], PR [[ZIP|00985]]
(antes era [[STREET_ADDRESS|Calle Arzuaga 203]] en [[LOCATION|Río Piedras]], por favor borren esa)

La receta la envió el Dr. [[PERSON|Efraín Maldonado Ortiz]] del [[LOCATION|Hospital San Gerardo]] en [[LOCATION|Hato Rey]], fax [[FAX|(787) 555-0162]], con fecha del [[DATE|2/12/2026]]. Si les piden el seguro social de ella es [[SSN|987-65-4325]].
Mi celular es [[PHONE|787-555-0129]] y si no contesto llamen a mi hermano [[PERSON|Jesús]] al [[PHONE|939-555-0114]]. Si no hay nadie en la casa la pueden dejar en la [[LOCATION|Farmacia Los Colobos]] de [[LOCATION|Bayamón]], ahí la conocen. Gracias mil y bendiciones 🙏
— [[PERSON|Yoli]]"""),

    ("intl-702", "intl", """FICHA DE INGRESO — [[LOCATION|Clínica Dra. Mercedes Lluberes]], [[LOCATION|Santo Domingo]]
Paciente: [[PERSON|Ana Mercedes Peralta Almonte]]            Cédula: [[OTHER_ID|001-2345678-2]]
Fecha nac.: [[DATE|23/06/1979]]     Edad: 47     Sexo: F     Récord: [[MRN|CML-118204]]
ARS: SENASA (régimen contributivo)   NSS: [[HEALTH_PLAN_ID|403318827]]
Dirección: [[STREET_ADDRESS|C/ Respaldo Los Robles No. 14, Apto. 3B]], [[LOCATION|Ens. Naco]], [[LOCATION|Santo Domingo]], D.N. [[ZIP|10124]]
Tel. casa: [[PHONE|(809) 555-0147]]     Cel./WhatsApp: [[PHONE|829-555-0183]]
En caso de emergencia: esposo [[PERSON|Rafael Antonio Guzmán]], cel. [[PHONE|849-555-0102]] (trabaja en [[LOCATION|Santiago de los Caballeros]], llega en 2 h)
Referida por: [[LOCATION|UNAP Villa Juana]], Lic. [[PERSON|Yenny Castillo]] (enfermera)
Médico tratante: Dra. [[PERSON|Yokasta Fermín]], internista, exequátur [[LICENSE_NUMBER|418-09]]
Motivo de consulta: control de HTA y DM2, glicemia 212 en ayunas.
Pago: diferencia RD$1,500 por transferencia a la cuenta de la clínica [[IBAN|DO64 BRRD 0000 0002 1410 5887 7123]], recibo [[OTHER_ID|R-00918]].
Próxima cita: [[DATE|11 de enero de 2027]]
Fecha: [[DATE|7 dic. 2026]]     Registró: [[PERSON|Yamilka]] (recepción)"""),

    ("intl-703", "intl", """INSTITUTO GUATEMALTECO DE SEGURIDAD SOCIAL — CONSTANCIA DE CITA
Afiliada: [[PERSON|Ixchel Tzunún Cholotío]]     No. de afiliación: [[HEALTH_PLAN_ID|219840772]]
DPI (CUI): [[OTHER_ID|2587 41635 0901]]     Fecha de nacimiento: [[DATE|03/11/1991]]
Lugar de nacimiento: [[LOCATION|San Juan La Laguna]], Sololá
Dirección: [[STREET_ADDRESS|4a. Calle 12-45]], [[LOCATION|zona 3]], [[LOCATION|Quetzaltenango]]     Teléfono: [[PHONE|+502 5555 0134]]
Patrono: Cooperativa Integral Tejidos del Lago, No. patronal [[OTHER_ID|88412-7]]
Unidad: [[LOCATION|Hospital General de Quetzaltenango]] — Consulta Externa, Ginecoobstetricia
Médica: Dra. [[PERSON|Lesbia Xiloj Pac]], colegiado activo [[LICENSE_NUMBER|14882]]
Fecha de la cita: martes [[DATE|15 de diciembre de 2026]], 07:00 h. Presentarse en ayunas con DPI y carné.

---- mensaje de WhatsApp reenviado ----
Buenas tardes Licda., soy [[PERSON|Tomás Sicay]], esposo de [[PERSON|Ixchel]]. La cita le cae el mismo día que su control en el puesto de salud de [[LOCATION|San Pedro La Laguna]], ¿se puede pasar para el [[DATE|17]]? Bajamos desde [[LOCATION|Xela]] en camioneta. Lo del subsidio por maternidad lo pueden depositar a la cuenta [[IBAN|GT07 AGRO 0101 0000 0044 1203 8877]] a nombre de ella. Mi número es [[PHONE|5555-0171]]. Maltiox."""),

    ("intl-704", "intl", """[[LOCATION|Quito]], [[DATE|7 de diciembre de 2026]]

Señores
[[LOCATION|Clínica Pichincha Norte]]
Departamento de Estadística
Presente.-

Yo, [[PERSON|Sisa Margarita Quishpe Guamán]], con cédula de ciudadanía No. [[OTHER_ID|1718456294]], afiliada al IESS, autorizo a mi hijo [[PERSON|Wilson Andrés Tipán Quishpe]], C.I. [[OTHER_ID|0922107487]], a retirar el informe de la resonancia magnética de columna (orden [[OTHER_ID|RM-26-1183]]) realizada el [[DATE|28/11/2026]], y una copia de mi historia clínica No. [[MRN|HC-0045571]], solicitada por el Dr. [[PERSON|Patricio Almeida Viteri]], traumatólogo.

Mi domicilio: [[STREET_ADDRESS|Av. 6 de Diciembre N34-120]] y [[STREET_ADDRESS|Whymper]], [[STREET_ADDRESS|edificio Torres del Norte, piso 5, dpto. 502]], sector [[LOCATION|La Carolina]], [[LOCATION|Quito]] [[ZIP|170135]].
Celular: [[PHONE|099 555 0123]]     Convencional: [[PHONE|(02) 255-0147]]
Correo: [[EMAIL|sisa.quishpe@example.ec]]

Mi hijo vive en [[LOCATION|Guayaquil]] ([[LOCATION|Urdesa Central]]) y viaja el [[DATE|10 de diciembre]]; su celular es [[PHONE|098 555 0177]].

Atentamente,

f.) [[PERSON|Sisa Quishpe G.]]
C.I. [[OTHER_ID|1718456294]]"""),

    ("intl-705", "intl", """Mba'éichapa, buen día 🙏 Soy [[PERSON|Ramona Benítez de Ayala]], C.I. N° [[OTHER_ID|3.456.789]]. Quería saber si ya llegó el remedio de mi mamá, Ña [[PERSON|Eustaquia Ayala]], asegurada de IPS N° [[HEALTH_PLAN_ID|4128803]]. Nació el [[DATE|12/05/1936]], ya tiene [[AGE|90]] años, y vive conmigo en [[STREET_ADDRESS|Tte. Fariña 1245]] c/ [[STREET_ADDRESS|Brasil]], barrio [[LOCATION|Ciudad Nueva]], [[LOCATION|Asunción]] (CP [[ZIP|001215]]).
Ndaipóri la pastilla en el [[LOCATION|Clínica Periférica IPS Sajonia]] desde el [[DATE|20 de noviembre]], che ra'a, y la doctora dijo que no puede cortar. La receta es del Dr. [[PERSON|Osvaldo Giménez]] (reg. prof. [[LICENSE_NUMBER|12.774]]), del [[DATE|02/12/2026]].
Mi número es [[PHONE|(0981) 555 012]] y el de mi hijo [[PERSON|Derlis]] [[PHONE|0971 555 045]]. Si hay que pagar el envío les giro por billetera al [[PHONE|0985 555 078]]. Si es más fácil, mi hermana [[PERSON|Nidia]] de [[LOCATION|Encarnación]] puede retirar allá.
Aguyje! [[PERSON|Ramona]]"""),

    ("intl-706", "intl", """Asunto: Pedido [[OTHER_ID|VE-20931]] - insulina para mi papá

Buenas tardes, mi nombre es [[PERSON|Yusmary del Valle Contreras Rangel]], C.I. [[OTHER_ID|V-18.456.230]], RIF [[OTHER_ID|V-18456230-4]]. Les escribo por mi papá, el Sr. [[PERSON|Ramón Contreras]] (C.I. [[OTHER_ID|V-9.877.124]]), nacido el [[DATE|19/03/1948]], que es diabético insulinodependiente.
Dirección de entrega: [[STREET_ADDRESS|Av. Los Jabillos, Qta. Mi Refugio, Nro. 22]], [[LOCATION|Urb. La Florida]], [[LOCATION|Caracas]] [[ZIP|1050]], [[LOCATION|municipio Libertador]]. Punto de referencia: frente a la panadería.
Teléfonos: [[PHONE|0414-555.01.23]] / [[PHONE|(0212) 555-0176]]
Pago móvil: Banesco, [[PHONE|0424-555-0190]], C.I. [[OTHER_ID|18456230]]. O transferencia a mi cuenta Mercantil [[ACCOUNT_NUMBER|0105-0087-11-1087123456]].
Receta de la Dra. [[PERSON|Mariángel Briceño]], endocrinóloga del [[LOCATION|Policlínica El Cafetal Sur]], MPPS [[LICENSE_NUMBER|98114]], de fecha [[DATE|02-12-2026]].
Si en [[LOCATION|Caracas]] no hay stock, mi prima [[PERSON|Oriana Rangel]] lo puede buscar en [[LOCATION|Valencia]] (sector [[LOCATION|El Viñedo]]), su tlf [[PHONE|0412-555-0148]].
Gracias de antemano,
[[PERSON|Yusmary C.]]"""),

    ("intl-707", "intl", """Good evening miss, mi a call fi mi granny, Miss [[PERSON|Hyacinth Campbell]]. Shi a [[AGE|91]] now an she need har pressure tablet dem refill, di amlodipine an di water tablet. Har NHF card numba a [[HEALTH_PLAN_ID|4418 2790 3]] and TRN [[OTHER_ID|112-384-905]], birthday [[DATE|3rd April 1935]].
She live a [[STREET_ADDRESS|Lot 24, Gordon Town Road]], [[LOCATION|Kingston 6]], [[LOCATION|St. Andrew]], up by [[LOCATION|Papine]] square.
Di doctor a Dr. [[PERSON|Desmond Ebanks]] at [[LOCATION|Papine Health Centre]], prescription date [[DATE|28/11/2026]]. Him say she fi come back [[DATE|Dec 18]] fi check di sugar.
Mi numba a [[PHONE|(876) 555-0163]] an mi name [[PERSON|Shanique Campbell-Brown]]. Mi uncle [[PERSON|Dwayne Campbell]] inna [[LOCATION|Mandeville]] a go pay, him can send it from him NCB account [[ACCOUNT_NUMBER|354-018-227]] or call him pon [[PHONE|876-555-0109]].
Mass [[PERSON|Barrington]] from church wi drive har go pick it up Saturday if unu cyaan deliver. Tanks, blessings 🙏🏾"""),

    ("intl-708", "intl", """Objet : Renouvellement et livraison — Mme [[PERSON|Marie-Ève Tremblay]], NAM [[HEALTH_PLAN_ID|TREM 8256 1214]]

Bonjour,

Je suis infirmière de liaison au [[LOCATION|CLSC du Plateau-Mont-Royal]]. Mme [[PERSON|Tremblay]] (née le [[DATE|12 juin 1982]], dossier [[MRN|CP-0041872]]) a obtenu son congé de l'[[LOCATION|Hôpital Saint-Laurent-du-Parc]] le [[DATE|2026-12-03]] après une pneumonie. L'ordonnance du Dr [[PERSON|Jean-François Gagné]] (permis [[LICENSE_NUMBER|1-09482]]) vous a été transmise par télécopieur depuis le [[FAX|514 555-0191]].

Adresse de livraison : [[STREET_ADDRESS|4521, rue Saint-Denis, app. 3]], [[LOCATION|Montréal]] (Québec) [[ZIP|H2J 2L4]]
Tél. : [[PHONE|514 555-0138]] ; son conjoint, M. [[PERSON|Mathieu Ouellet-Bergeron]], [[PHONE|438 555-0107]]
Pharmacie habituelle : [[LOCATION|Pharmacie Nathalie Brisebois et Olivier Tran]], coin [[STREET_ADDRESS|Mont-Royal]]

Elle souhaite une livraison le lundi [[DATE|7 décembre]] en après-midi (sonnette brisée, texter au numéro ci-dessus). Suivi prévu au [[LOCATION|GMF-U de Verdun]] le [[DATE|14 déc.]] avec la Dre [[PERSON|Amélie Nguyen-Lapointe]].

Merci et bonne journée,
[[PERSON|Sophie Lévesque]], inf. clinicienne
[[PHONE|514 555-0155, poste 2214]]"""),

    ("intl-709", "intl", """Huisartsenpraktijk [[LOCATION|De Linde]] — Dr. [[PERSON|Pieter Verhaeghe]] — [[STREET_ADDRESS|Kerkstraat 112 bus 3]], [[ZIP|9000]] [[LOCATION|Gent]] — tel. [[PHONE|09 222 01 47]] — RIZIV [[LICENSE_NUMBER|1-23456-78-004]]

[[LOCATION|Gent]], [[DATE|3 december 2026]]

Chère Consœur, cher Confrère,

Je vous adresse Mevr. [[PERSON|Annelies Van den Broeck]], née le [[DATE|30/07/1985]] (NN [[OTHER_ID|85.07.30-034.27]]), domiciliée [[STREET_ADDRESS|Sleepstraat 47]], [[ZIP|9000]] [[LOCATION|Gent]], GSM [[PHONE|+32 470 55 01 28]], pour avis neurologique au [[LOCATION|CHU Saint-Pierre-aux-Étangs]] à [[LOCATION|Ixelles]]. Elle travaille à [[LOCATION|Bruxelles]] et préfère un rendez-vous le vendredi.

Anamnese: sinds [[DATE|15/09]] intermitterende diplopie en ptosis links, erger 's avonds. Anti-AChR aangevraagd ([[DATE|28/11/2026]], labo [[LOCATION|Labo Ledeberg]], staal [[OTHER_ID|26-K-448120]]), uitslag volgt.
Mutualiteit / ziekenfonds: CM, rijksregister als lidnummer; aansluitingsnummer [[HEALTH_PLAN_ID|115/0478812/03]].
Contactpersoon: haar partner dhr. [[PERSON|Mehdi El Amrani]], [[PHONE|0486 55 02 19]].
Remboursement éventuel des frais de déplacement: [[IBAN|BE15 0682 1178 0430]] (titulaire [[PERSON|A. Van den Broeck]]).

Met collegiale groeten / Bien confraternellement,
Dr. [[PERSON|P. Verhaeghe]]"""),

    ("intl-710", "intl", """Għażiż Sur [[PERSON|Ġużeppi Camilleri]],

Qed niktbulek mill-[[LOCATION|Poliklinika ta' Ħal Qormi]] biex infakkruk fl-appuntament tiegħek:
Data: [[DATE|15 ta' Diċembru 2026]], 10:30 — Klinika tad-Dijabete, [[LOCATION|Sptar Mater Salutis]], [[LOCATION|l-Imsida]]
Numru tal-Karta tal-Identità: [[OTHER_ID|0412369M]]
Numru tal-entitlement (POYC): [[HEALTH_PLAN_ID|204771935]]
Indirizz: [[STREET_ADDRESS|Flat 4, Blokk B, Triq il-Kbira San Ġużepp]], [[LOCATION|Ħal Qormi]] [[ZIP|QRM 2456]]
Tabib: Dr [[PERSON|Marija Azzopardi]] (MCR [[LICENSE_NUMBER|3391]])
Jekk ma tistax tiġi, ċempel [[PHONE|2144 0187]].

-- reply --
Hi, I'm his daughter [[PERSON|Rita Camilleri Vella]]. Dad can't make the [[DATE|15th]], he's having his cataract done at [[LOCATION|Sptar Santa Liena]] in [[LOCATION|Żabbar]] that morning. Can we do [[DATE|22/12]] instead? My mob is [[PHONE|+356 7912 3456]], his landline [[PHONE|2148 6620]]. His pharmacy is [[LOCATION|Spiżerija San Bastjan]] in [[LOCATION|Ħal Qormi]]. Please refund the transport fee to [[IBAN|MT96 VALL 2201 3000 0000 4002 9117 A1]]. Grazzi, [[PERSON|Rita]]"""),
    ("intl-711", "intl", """Θέμα: Επανάληψη συνταγής — πατέρας μου

Καλησπέρα σας,
Ονομάζομαι [[PERSON|Ελένη Χριστοφόρου-Ιωάννου]] και γράφω για τον πατέρα μου, τον κ. [[PERSON|Ανδρέα Χριστοφόρου]], γεν. [[DATE|04/09/1941]], αρ. ταυτότητας [[OTHER_ID|0987654]], αρ. δικαιούχου ΓεΣΥ [[HEALTH_PLAN_ID|00045871236]].
Πήρε εξιτήριο από την [[LOCATION|Ιδιωτική Κλινική Άγιος Νεόφυτος]] στην [[LOCATION|Πάφο]] στις [[DATE|28/11/2026]] (αρ. φακέλου [[MRN|ΑΝ-77104]]). Ο προσωπικός του ιατρός, Δρ [[PERSON|Μάριος Ευαγόρου]] (αρ. εγγραφής [[LICENSE_NUMBER|2734]]), έστειλε τη συνταγή στις [[DATE|3 Δεκεμβρίου 2026]], αλλά το φαρμακείο στην [[LOCATION|Πάχνα]] δεν έχει το φάρμακο.

Διεύθυνση αποστολής (μένει πλέον μαζί μου):
[[STREET_ADDRESS|Αρχιεπισκόπου Μακαρίου Γ' 45, διαμ. 302]]
[[ZIP|3030]] [[LOCATION|Λεμεσός]]
Τηλ. [[PHONE|+357 99 555012]] (εγώ), [[PHONE|25 555018]] (σπίτι)

Τις απογευματινές ώρες είναι μαζί του η νοσηλεύτρια κα [[PERSON|Ayşe Kemal]] από τη [[LOCATION|Λευκωσία]], τηλ. [[PHONE|96 555047]].
Αν χρειάζεται προπληρωμή: [[IBAN|CY17 0020 0128 0000 0012 0052 7600]] (δικαιούχος [[PERSON|Ε. Ιωάννου]]).

Ευχαριστώ πολύ,
[[PERSON|Ελένη]]"""),

    ("intl-712", "intl", """Përshëndetje,

Jam [[PERSON|Arbër Hoxha]] dhe ju shkruaj për nënën time, znj. [[PERSON|Drita Hoxha]] (nr. personal [[OTHER_ID|F65315023L]]), e lindur më [[DATE|15.03.1956]]. Ajo u shtrua në [[LOCATION|Spitali Rajonal Durrës]] më [[DATE|2 dhjetor 2026]] dhe doli më [[DATE|5 dhjetor]] me diagnozë insuficencë kardiake.
Numri i kartës së shëndetit: [[HEALTH_PLAN_ID|S0088127455]]
Mjeku i familjes: Dr. [[PERSON|Ilir Shehu]], [[LOCATION|Qendra Shëndetësore Nr. 3]], [[LOCATION|Tiranë]]
Kardiologu: Dr. [[PERSON|Elona Bregu]], kontroll më [[DATE|18.12.2026]]
Adresa: [[STREET_ADDRESS|Rruga e Durrësit, Pallati 45, Shk. 2, Ap. 12]], [[ZIP|1001]] [[LOCATION|Tiranë]]
Tel: [[PHONE|+355 69 555 0123]] (unë), vëllai im [[PERSON|Gentian]] në [[LOCATION|Shkodër]]: [[PHONE|068 555 0177]]
Pagesën për ilaçet e bëj me transfertë nga llogaria [[IBAN|AL93 2021 1105 0000 0000 9031 0811]].
Ju lutem dërgoni faturën në [[EMAIL|arber.hoxha@example.al]].

Faleminderit,
[[PERSON|Arbër]]"""),

    ("intl-713", "intl", """Почитувани,

Се викам [[PERSON|Марија Стојановска]] (ЕМБГ [[OTHER_ID|1403983455027]]) и барам термин за контролен преглед кај д-р [[PERSON|Горан Николовски]] во [[LOCATION|ПЗУ Поликлиника Вардар Медика]], [[LOCATION|Скопје]].
Број на здравствена картичка (ФЗОМ): [[HEALTH_PLAN_ID|48000123456]]
Адреса: [[STREET_ADDRESS|ул. Партизански одреди бр. 55/2-14]], [[ZIP|1000]] [[LOCATION|Скопје]], [[LOCATION|Општина Карпош]]
Тел.: [[PHONE|+389 70 555 012]]
Упатот од матичниот лекар д-р [[PERSON|Билјана Трајковска]] е издаден на [[DATE|02.12.2026]], важи 30 дена.
Би сакала ист термин и за татко ми, г-дин [[PERSON|Борис Стојановски]] (ЕМБГ [[OTHER_ID|2307965450012]]), кој живее во [[LOCATION|Куманово]] — неговиот телефон е [[PHONE|071 555 034]].
Најдобро ми одговара [[DATE|15 декември]] или после [[DATE|21.12]].
Партиципацијата ќе ја платам на сметка [[IBAN|MK63 2501 2000 0123 451]].

Со почит,
[[PERSON|М. Стојановска]]
[[DATE|07.12.2026]]"""),

    ("intl-714", "intl", """Poštovani,

zovem se [[PERSON|Amra Hadžiahmetović]], JMBG [[OTHER_ID|0308875175038]], i pišem u vezi s nalazima mog oca, [[PERSON|Suad Hadžiahmetović]] (JMBG [[OTHER_ID|1905617170023]]).
Babo je operisan u [[LOCATION|Općoj bolnici Bistrik]] [[DATE|26. 11. 2026]]. godine, otpušten [[DATE|3. 12]]. Broj historije bolesti: [[MRN|OB-2026/11873]].
Broj zdravstvene knjižice (ZZO KS): [[HEALTH_PLAN_ID|171905610023]]
Porodični ljekar: dr. [[PERSON|Emir Kovačević]], [[LOCATION|Dom zdravlja Centar]], ambulanta [[LOCATION|Koševo]]
Adresa: [[STREET_ADDRESS|Ferhadija 14/III]], [[ZIP|71000]] [[LOCATION|Sarajevo]] ([[LOCATION|Općina Centar]])
Mob.: [[PHONE|+387 61 555 012]]; moj brat [[PERSON|Tarik]] iz [[LOCATION|Zenice]]: [[PHONE|062 555 078]]
Molim da se otpusno pismo pošalje na [[EMAIL|amra.h@example.ba]] ili da ga preuzme tetka [[PERSON|Senada Begić]].
Uplata za kopiju dokumentacije izvršena na račun [[IBAN|BA90 1390 1100 0123 4567]] dana [[DATE|7. 12. 2026]].

Srdačan pozdrav,
[[PERSON|Amra H.]]"""),

    ("intl-715", "intl", """Bună ziua,

Mă numesc [[PERSON|Doina Rusu]] (IDNP [[OTHER_ID|2002004123459]]) și vă scriu pentru mama mea, dna [[PERSON|Valentina Rusu]], născută la [[DATE|14.02.1957]], IDNP [[OTHER_ID|0981007345618]], polița CNAM nr. [[HEALTH_PLAN_ID|A0012288471]].
Medicul de familie, dna doctor [[PERSON|Lilia Cojocaru]], de la [[LOCATION|CMF nr. 4 Buiucani]], i-a prescris rețeta compensată pe [[DATE|2 decembrie 2026]], dar farmacia din [[LOCATION|Ialoveni]] nu are medicamentul.
Adresa: [[STREET_ADDRESS|str. Ștefan cel Mare 128, ap. 17]], [[LOCATION|sectorul Buiucani]], [[LOCATION|Chișinău]], [[ZIP|MD-2012]]
Tel.: [[PHONE|+373 69 555 012]]
Sora mea, [[PERSON|Cristina Rusu-Popescu]] (CNP [[OTHER_ID|2980421224516]]), locuiește la [[LOCATION|Iași]], [[STREET_ADDRESS|Bd. Carol I nr. 9, bl. B2, ap. 4]], [[ZIP|700505]], tel. [[PHONE|+40 722 555 019]]. Poate ridica ea medicamentul de la [[LOCATION|Farmacia Copou]] dacă e mai simplu.
Plata o fac din contul meu [[IBAN|MD24 AG00 0225 1000 1310 4168]] sau din contul [[PERSON|Cristinei]] [[IBAN|RO11 RNCB 0082 0441 8793 0001]].
Mulțumesc,
[[PERSON|Doina R.]], [[DATE|07.12.2026]]"""),

    ("intl-716", "intl", """Բարև Ձեզ,

Իմ անունը [[PERSON|Անի Հովհաննիսյան]] է։ Գրում եմ մայրիկիս՝ տիկին [[PERSON|Հովհաննիսյան Սիրանուշ Արամի]] համար, ծնված [[DATE|1944 թ. մարտի 8]]-ին։
ՀԾՀ՝ [[OTHER_ID|2408440517]], անձնագիր՝ [[OTHER_ID|AN0482117]]
Հասցե՝ [[LOCATION|ք. Երևան]], [[STREET_ADDRESS|Կոմիտասի պող. 28, բն. 15]], [[ZIP|0012]]
Հեռ.՝ [[PHONE|+374 91 555012]]
Նա դուրս է գրվել [[LOCATION|«Նոր Արեշ» բժշկական կենտրոն]]ից [[DATE|03.12.2026]]-ին։ Տեղամասային բժիշկ՝ [[PERSON|Գագիկ Պետրոսյան]], [[LOCATION|Արաբկիրի թիվ 12 պոլիկլինիկա]]։
Եղբայրս՝ [[PERSON|Արմեն]]ը, ապրում է [[LOCATION|Գյումրի]]ում, հեռ. [[PHONE|+374 77 555034]]։
Վճարումը կկատարեմ հաշվից՝ [[ACCOUNT_NUMBER|1570 0123 4567 8900]]։
Խնդրում եմ հետզանգել մինչև [[DATE|դեկտեմբերի 10]]-ը։

Շնորհակալություն,
[[PERSON|Ա. Հովհաննիսյան]]"""),

    ("intl-717", "intl", """Salam,

Mən, [[PERSON|Leyla Məmmədova]], atam [[PERSON|Rəşad Məmmədov]] üçün yazıram. Onun FİN kodu [[OTHER_ID|5ZK8T2P]], şəxsiyyət vəsiqəsi [[OTHER_ID|AZE 12845571]], doğum tarixi [[DATE|11.06.1950]].
Atam [[DATE|3 dekabr 2026]] tarixində [[LOCATION|Sahil Tibb Mərkəzi]]ndən evə buraxılıb. Müalicə həkimi: həkim [[PERSON|Elnur Quliyev]]. Tibbi sığorta polisi: [[HEALTH_PLAN_ID|PAS-0441827]].
Ünvan: [[LOCATION|Bakı şəh.]], [[LOCATION|Nəsimi r-nu]], [[STREET_ADDRESS|Azadlıq pr. 45, mənzil 12]], [[ZIP|AZ1009]]
Telefon: [[PHONE|+994 50 555 01 23]] (mən), [[PHONE|012 555 01 47]] (ev)
Həftə sonları atamın yanında bacım [[PERSON|Səbinə]] xanım olur, o [[LOCATION|Sumqayıt]]da yaşayır: [[PHONE|+994 55 555 02 19]].
Ödənişi [[IBAN|AZ21 NABZ 0000 0000 1370 1000 1944]] hesabından köçürəcəyəm.
Növbəti müayinə [[DATE|17.12.2026]] tarixinə təyin olunub.
Hörmətlə,
[[PERSON|L. Məmmədova]]"""),

    ("intl-718", "intl", """Assalomu alaykum! Men [[PERSON|Dilnoza Karimova]], onam [[PERSON|Mavluda Karimova]] uchun yozyapman.
Onamning JSHSHIR: [[OTHER_ID|41503622610446]], pasport [[OTHER_ID|AD4471823]], tug'ilgan sanasi [[DATE|15.03.1962]].
Manzil: [[LOCATION|Toshkent sh.]], [[LOCATION|Yunusobod tumani]], [[STREET_ADDRESS|4-mavze, 12-uy, 45-xonadon]], [[ZIP|100084]]
Tel: [[PHONE|+998 90 555 01 23]]
Shifokor: [[PERSON|Akmal Rashidov]] domla, [[LOCATION|12-sonli oilaviy poliklinika]]. Retsept [[DATE|2026-yil 4-dekabr]]da yozilgan.
Отам [[PERSON|Баходир Каримов]] (ЖШШИР [[OTHER_ID|32204582801124]]) [[LOCATION|Самарқанд]]да яшайди, у ҳам шу дорини ичади — унга ҳам керак, тел. [[PHONE|+998 93 555 04 12]].
To'lovni Uzcard [[CREDIT_CARD|8600 4912 0733 5181]] yoki akamning Humo kartasi [[CREDIT_CARD|9860 3502 1174 4601]] orqali qilamiz ([[PERSON|Sardor]] aka).
Rahmat! [[DATE|7 декабрь 2026]]"""),

    ("intl-719", "intl", """Сайн байна уу.
Би [[PERSON|Батбаярын Энхжаргал]], регистрийн дугаар [[OTHER_ID|УБ90061512]]. Ээжийнхээ эмийн талаар бичиж байна.
Ээж: [[PERSON|Дашдоржийн Оюунчимэг]], РД [[OTHER_ID|ЧЕ64021834]], ЭМД-ын дугаар [[HEALTH_PLAN_ID|ЭМД-0048812734]]
Хаяг: [[LOCATION|Улаанбаатар]], [[LOCATION|Баянзүрх дүүрэг]], [[LOCATION|8-р хороо]], [[STREET_ADDRESS|13-р хороолол, 45-р байр, 12 тоот]], [[ZIP|13381]]
Утас: [[PHONE|+976 9911 0123]], гэрийн [[PHONE|7011 0147]]
Ээжийг [[DATE|2026 оны 12-р сарын 3]]-нд [[LOCATION|Сонгинохайрхан дүүргийн Эрүүл мэндийн төв]]өөс гаргасан. Эмчлэгч эмч [[PERSON|Г.Болормаа]].
Манай аав [[PERSON|Дорж]] гуай [[LOCATION|Дархан]] хотод байдаг, тэр ирж авч болно: [[PHONE|9905 0188]].
Төлбөрийг [[IBAN|MN65 0005 0050 0238 1277]] данснаас шилжүүлнэ.
Баярлалаа, [[PERSON|Б.Энхжаргал]] ([[DATE|2026.12.07]])"""),

    ("intl-720", "intl", """ជម្រាបសួរ! ខ្ញុំឈ្មោះ [[PERSON|សុខ ចាន់ថា]] អត្តសញ្ញាណប័ណ្ណលេខ [[OTHER_ID|010234567]]។ ខ្ញុំសរសេរសម្រាប់ម្តាយរបស់ខ្ញុំ អ្នកស្រី [[PERSON|ម៉ម សុភី]] ដែលកើតនៅ [[DATE|ថ្ងៃទី១២ ខែមីនា ឆ្នាំ១៩៥៨]]។
លេខកាត ប.ស.ស. របស់គាត់៖ [[HEALTH_PLAN_ID|NSSF-0214487305]]
អាសយដ្ឋាន៖ [[STREET_ADDRESS|ផ្ទះលេខ ២៥ ផ្លូវ ៣៧១]] [[LOCATION|សង្កាត់ទឹកថ្លា]] [[LOCATION|ខណ្ឌសែនសុខ]] [[LOCATION|រាជធានីភ្នំពេញ]] [[ZIP|120801]]
ទូរស័ព្ទ៖ [[PHONE|០១២ ៥៥៥ ០១២]] ឬ [[PHONE|+855 97 555 0147]]
គាត់ចេញពី [[LOCATION|គ្លីនិកមេត្តាសុខភាព]] នៅ [[DATE|ថ្ងៃទី៣ ខែធ្នូ ឆ្នាំ២០២៦]]។ វេជ្ជបណ្ឌិត [[PERSON|លី សុវណ្ណារ៉ា]] បានចេញវេជ្ជបញ្ជា។
ប្អូនស្រីខ្ញុំ [[PERSON|សុខ ស្រីនិច]] រស់នៅ [[LOCATION|ក្រុងសៀមរាប]] អាចមកយកថ្នាំបាន លេខ [[PHONE|០៨៨ ៥៥៥ ០៣៤]]។
ខ្ញុំនឹងបង់ប្រាក់តាម ABA គណនី [[ACCOUNT_NUMBER|000 812 447]]។
សូមអរគុណ! [[DATE|០៧/១២/២០២៦]]"""),
    ("intl-721", "intl", """မင်္ဂလာပါရှင်။ ကျွန်မ [[PERSON|ခင်မြင့်ဆွေ]] ပါ။ အမေ ဒေါ်[[PERSON|သန်းသန်းနွယ်]] အတွက် ဆေးမှာချင်လို့ပါ။
အမေ့ မှတ်ပုံတင်အမှတ် - [[OTHER_ID|၁၂/ဗဟန(နိုင်)၀၄၅၆၇၈]]
မွေးသက္ကရာဇ် - [[DATE|၁၉၅၂ ခုနှစ်၊ ဇူလိုင်လ ၁၅ ရက်]]
လိပ်စာ - [[STREET_ADDRESS|အမှတ် ၄၅၊ ဗိုလ်ချုပ်လမ်း]]၊ [[LOCATION|၁၀ ရပ်ကွက်]]၊ [[LOCATION|ဗဟန်းမြို့နယ်]]၊ [[LOCATION|ရန်ကုန်]] [[ZIP|11201]]
ဖုန်း - [[PHONE|၀၉ ၄၅၀ ၅၅၅ ၀၁၂]] / [[PHONE|+95 9 777 555 034]]
အမေ [[LOCATION|မေတ္တာရိပ်ဆေးရုံ]] က [[DATE|၂၀၂၆ ခုနှစ်၊ ဒီဇင်ဘာလ ၃ ရက်]] နေ့မှာ ဆေးရုံဆင်းပါတယ်။ ဆေးညွှန်းကို ဒေါက်တာ [[PERSON|အောင်ကျော်မိုး]] ([[LOCATION|ရွှေဂုံတိုင်ဆေးခန်း]]) က [[DATE|၁၃၈၈ ခုနှစ်၊ နတ်တော်လဆန်း ၁၄ ရက်]] မှာ ရေးပေးပါတယ်။
ဦးလေး ဦး[[PERSON|ဇော်မင်းထွန်း]] [[LOCATION|မန္တလေး]] မှာနေပါတယ်၊ ဖုန်း [[PHONE|၀၉ ၂၆၁ ၅၅၅ ၀၄၇]]။
ငွေကို KBZPay [[PHONE|09 799 555 021]] နဲ့ လွှဲပါမယ်။
ကျေးဇူးတင်ပါတယ်။ [[PERSON|ခင်မြင့်ဆွေ]]"""),

    ("intl-722", "intl", """Bula vinaka! This is [[PERSON|Mereani Vakatawa]] writing for my grandfather, Ratu [[PERSON|Isikeli Delaimoala]]. Tai is [[AGE|93]] (DOB [[DATE|02/09/1933]]) and needs his heart tablets and the insulin pens refilled.
His FNPF no. is [[OTHER_ID|1184471203]] and TIN [[OTHER_ID|50-44182-0-3]].
He stays with us now at [[STREET_ADDRESS|Lot 12, Ratu Mara Road]], [[LOCATION|Samabula]], [[LOCATION|Suva]] (not at the village, [[LOCATION|Nakorovou]] in Tailevu). Postal: [[STREET_ADDRESS|P.O. Box 4471]], [[LOCATION|Nausori]].
Dr [[PERSON|Salote Tuilau]] at [[LOCATION|Narere Medical Centre]] wrote the script on [[DATE|03/12/2026]], MCF reg [[LICENSE_NUMBER|FJ-2217]].
Phone [[PHONE|+679 999 5512]] or my aunty [[PERSON|Losana]] [[PHONE|925 5518]]. Payment by M-PAiSA [[PHONE|+679 923 5547]].
Pharmacist [[PERSON|Shalendra Prasad]] from [[LOCATION|Nasinu Pharmacy]] said you can deliver to [[LOCATION|Suva]]. Uncle [[PERSON|Ravinesh]] bolis ki [[LOCATION|Lautoka]] wala dukaan me bhi dawai mil jai, par Tai [[LOCATION|Lautoka]] nai jaai sake.
Vinaka vakalevu,
[[PERSON|Mere]]"""),

    ("intl-723", "intl", """Muraho neza. Nitwa [[PERSON|Uwase Claudine]], ndandikira mama wanjye [[PERSON|Mukamana Béatrice]].
Indangamuntu ye: [[OTHER_ID|1 1962 7 0045871 0 28]]
Mituweli (CBHI): [[HEALTH_PLAN_ID|0102-2211-0044-7]]; ubwishingizi RAMA/RSSB: [[HEALTH_PLAN_ID|RSSB-77120458]]
Aderesi: [[STREET_ADDRESS|KG 11 Ave, No. 24]], [[LOCATION|Kimihurura]], [[LOCATION|Gasabo]], [[LOCATION|Kigali]]
Telefoni: [[PHONE|+250 788 555 012]]; MoMo: [[PHONE|0788 555 047]] (kuri [[PERSON|Uwase C.]])
Yasezerewe mu [[LOCATION|Polyclinique Nyarutarama]] ku wa [[DATE|3 Ukuboza 2026]]. Muganga [[PERSON|Niyonzima Eric]] yamwandikiye imiti.
Rendez-vous de contrôle le [[DATE|15/12/2026]] à 9h avec Dr [[PERSON|Ingabire Solange]], cardiologue.
Musaza wanjye [[PERSON|Mugisha Jean Bosco]] aba i [[LOCATION|Huye]], numero ye ni [[PHONE|0722 555 034]] - ashobora kuza gufata imiti.
Email: [[EMAIL|claudine.uwase@example.rw]]
Murakoze cyane!"""),

    ("intl-724", "intl", """Bonjour, nanga def ?
Je suis [[PERSON|Aminata Ndiaye]], je vous écris pour mon père El Hadji [[PERSON|Moustapha Ndiaye]], né le [[DATE|21/03/1951]] à [[LOCATION|Touba]]. Sama papa dafa feebar, il sort de la [[LOCATION|Clinique Baobab Mermoz]] (sortie le [[DATE|3 décembre 2026]]).
CNI : [[OTHER_ID|1 751 1951 01234]]
IPM de son ancien employeur, matricule [[HEALTH_PLAN_ID|IPM-0448127]] ; carte CMU [[HEALTH_PLAN_ID|CMU-DK-2210458]]
Adresse : [[STREET_ADDRESS|Villa n° 112]], [[LOCATION|Sicap Liberté 6]], [[LOCATION|Dakar]]
Tél. : [[PHONE|+221 77 555 01 23]] ; Wave : [[PHONE|78 555 01 47]]
Ordonnance du Dr [[PERSON|Fatou Bintou Sarr]] (Ordre des médecins n° [[LICENSE_NUMBER|2417]]), datée du [[DATE|03/12/2026]].
Mon frère [[PERSON|Ousmane]] est à [[LOCATION|Thiès]], il peut récupérer les médicaments : [[PHONE|76 555 02 19]].
Paiement par virement possible : [[IBAN|SN67 K010 0152 0000 0266 0061 2345]].
Jërëjëf,
[[PERSON|Aminata]]"""),

    ("intl-725", "intl", """السلام عليكم،
أنا [[PERSON|منية بن سالم]]، رقم بطاقة التعريف الوطنية [[OTHER_ID|09876543]]. أكتب لكم بخصوص والدي السيد [[PERSON|الهادي بن سالم]]، المولود في [[DATE|12/04/1948]]، المعرف لدى الكنام [[HEALTH_PLAN_ID|04 118832 27]].
خرج من [[LOCATION|مصحة النصر 2]] يوم [[DATE|3 ديسمبر 2026]] (الموافق [[DATE|23 جمادى الآخرة 1448]]).
العنوان: [[STREET_ADDRESS|12 نهج ابن خلدون]]، [[LOCATION|المنزه 6]]، [[ZIP|2091]] [[LOCATION|أريانة]]
الهاتف: [[PHONE|+216 98 555 012]]
Médecin traitant : Dr [[PERSON|Karim Trabelsi]], cardiologue, [[LOCATION|Clinique El Manar Sud]] — ordonnance du [[DATE|03/12/2026]], APCI n° [[OTHER_ID|APCI-26-448127]].
أخي [[PERSON|سامي]] يسكن في [[LOCATION|صفاقس]] ورقمه [[PHONE|22 555 047]].
RIB pour le remboursement : [[IBAN|TN59 1000 6035 1835 9847 8831]]
شكرا جزيلا،
[[PERSON|منية]]"""),

    ("intl-726", "intl", """مرحباً،
أنا [[PERSON|ليلى حداد]]، الرقم الوطني [[OTHER_ID|2000412758]]. أكتب عن والدي [[PERSON|أبو سامر]]، واسمه الكامل [[PERSON|عيسى جريس حداد]]، وعمره [[AGE|91]] سنة، الرقم الوطني [[OTHER_ID|9351003418]].
خرج من [[LOCATION|مستشفى الرابية التخصصي]] بتاريخ [[DATE|٢٠٢٦/١٢/٠٣]]، رقم الملف [[MRN|RSH-44871]]. الطبيب المعالج: الدكتور [[PERSON|نبيل العمري]].
بطاقة التأمين الصحي: [[HEALTH_PLAN_ID|JIC-0071845-02]]
العنوان: [[LOCATION|عمّان]]، [[LOCATION|جبل عمّان]]، [[STREET_ADDRESS|شارع الأميرة بسمة، عمارة 14، شقة 5]]، الرمز البريدي [[ZIP|11181]]
الهاتف: [[PHONE|+962 79 555 0123]] أو أخي [[PERSON|سامر]] في [[LOCATION|إربد]]: [[PHONE|٠٧٧ ٥٥٥ ٠٤٧٨]]
موعد المراجعة: [[DATE|٢٧ جمادى الآخرة ١٤٤٨ هـ]] الموافق [[DATE|١٧/١٢/٢٠٢٦]]
للدفع: [[IBAN|JO94 CBJO 0010 0000 0000 0131 0003 02]]
البريد: [[EMAIL|laila.haddad@example.jo]]
مع الشكر، [[PERSON|أم يزن]]"""),

    ("intl-727", "intl", """HOME CARE VISIT — [[LOCATION|Al-Nuzha Specialist Clinic]] home nursing
Patient: [[PERSON|Fahad Al-Mutairi]]   Civil ID [[OTHER_ID|285051407902]]   DOB [[DATE|14/05/1985]]   File no. [[MRN|NZ-0088127]]
Address: [[LOCATION|Salmiya]], [[STREET_ADDRESS|Block 4, Street 12, Avenue 3, House 27]] (PACI [[STREET_ADDRESS|18822047]])
العنوان: [[LOCATION|السالمية]]، [[STREET_ADDRESS|قطعة 4، شارع 12، جادة 3، منزل 27]]
Mobile [[PHONE|+965 9555 0123]]; wife [[PERSON|نورة العنزي]] (Civil ID [[OTHER_ID|290022504566]]) [[PHONE|6555 0147]]
Seen [[DATE|07/12/2026]] by Sr. [[PERSON|Jincy Mathew]], RN, for PICC dressing and IV ertapenem day 9/14. Housemaid [[PERSON|Marites]] trained in hand hygiene.
Dr. [[PERSON|Yousef Al-Rashed]] (KMA lic. [[LICENSE_NUMBER|K-44817]]) reviewed by phone; next visit [[DATE|09/12/2026]].
Insurance: Gulf Care card [[HEALTH_PLAN_ID|GC-7712045-01]]; balance to be paid to [[IBAN|KW81 CBKU 0000 0000 0000 1234 5601 01]].
Patient's brother [[PERSON|Bader]] in [[LOCATION|Jahra]] is alternate contact."""),

    ("intl-728", "intl", """سلام علیکم،
من [[PERSON|فریده احمدی]] هستم و برای پدرم حاجی [[PERSON|عبدالرحیم احمدی]] نامه می‌نویسم.
نام: [[PERSON|عبدالرحیم]]   تخلص: [[PERSON|احمدی]]   نام پدر: [[PERSON|محمد نبی]]
نمبر تذکره الکترونیکی: [[OTHER_ID|۱۴۰۰-۰۱۰۱-۱۲۳۴۵]]
تاریخ تولد: [[DATE|۱۳۳۰/۰۵/۱۲]]
آدرس: [[LOCATION|کابل]]، [[LOCATION|ناحیه چهارم]]، [[LOCATION|کارته پروان]]، [[STREET_ADDRESS|سرک سوم، کوچه دوم، خانه ۲۱]]
شماره تماس: [[PHONE|+93 70 555 0123]] / [[PHONE|۰۷۹۹ ۵۵۵ ۰۴۷]]
داکتر [[PERSON|نجیب‌الله صافی]] در [[LOCATION|کلینیک شفا شهرنو]] به تاریخ [[DATE|۱۶ قوس ۱۴۰۵]] نسخه نوشت (شماره جواز [[LICENSE_NUMBER|۴۴۱۸]]).
برادرم [[PERSON|احمد شاه احمدی]] در [[LOCATION|مزار شریف]] زندگی می‌کند و می‌تواند دوا را بگیرد: [[PHONE|۰۷۸۸ ۵۵۵ ۰۳۴]].
ای میل: [[EMAIL|farida.ahmadi@example.af]]
مننه / تشکر، [[PERSON|فریده]] — [[DATE|7 December 2026]]"""),

    ("intl-729", "intl", """नमस्कार,
मी [[PERSON|सुनीता देशपांडे]], माझ्या सासूबाई सौ. [[PERSON|कमल विनायक देशपांडे]] यांच्यासाठी लिहीत आहे.
आधार क्रमांक: [[OTHER_ID|4927 1836 0528]]
ABHA क्रमांक: [[HEALTH_PLAN_ID|91-4471-8820-3316]]
जन्मतारीख: [[DATE|१२/०८/१९४१]]
पत्ता: [[STREET_ADDRESS|फ्लॅट क्र. ३०२, साई सदन, कर्वे रोड]], [[LOCATION|कोथरूड]], [[LOCATION|पुणे]] [[ZIP|४११०३८]]
मोबाईल: [[PHONE|+91 98220 55012]] / घर [[PHONE|020 2555 0147]]
डॉ. [[PERSON|अनिल पाटील]] ([[LOCATION|माई आरोग्य रुग्णालय]], MMC नों. क्र. [[LICENSE_NUMBER|2009/03/1187]]) यांनी [[DATE|३ डिसेंबर २०२६]] रोजी औषधे लिहून दिली.
महात्मा फुले योजना कार्ड: [[HEALTH_PLAN_ID|MJP-27-0044-8812]]
पैसे UPI ने पाठवते: [[ACCOUNT_NUMBER|sunita.d@okaxis]]
माझे पती श्री. [[PERSON|राहुल देशपांडे]] सध्या [[LOCATION|नाशिक]]ला आहेत, त्यांचा नंबर [[PHONE|98901 55034]].
धन्यवाद, [[PERSON|सुनीता]] ([[DATE|०७/१२/२०२६]])"""),

    ("intl-730", "intl", """Benvolguts,

Sóc la [[PERSON|Montserrat Puig i Ferrer]], DNI [[OTHER_ID|39874512X]], CIP [[HEALTH_PLAN_ID|PUFE 1 620312 00 8]]. Us escric per la recepta electrònica que em va fer la metgessa de capçalera, la Dra. [[PERSON|Núria Vila Soler]] (col·legiada [[LICENSE_NUMBER|38114]]), al [[LOCATION|CAP Sagrada Família]] el [[DATE|3 de desembre de 2026]].
Adreça: [[STREET_ADDRESS|c/ de Provença, 285, 3r 2a]], [[ZIP|08037]] [[LOCATION|Barcelona]]
Telèfon: [[PHONE|+34 612 555 012]] / fix [[PHONE|93 555 01 47]]
Vaig ser ingressada a l'[[LOCATION|Hospital del Clot]] del [[DATE|24]] al [[DATE|28/11/2026]].
Si no hi soc, ho pot recollir el meu cunyat, l'[[PERSON|Iñaki Etxeberria Goikoetxea]] (DNI [[OTHER_ID|72489166C]], TIS Osakidetza [[HEALTH_PLAN_ID|ETGO 0 551018 01 4]]), que aquests dies és a [[LOCATION|Barcelona]] però viu a [[LOCATION|Donostia]], [[STREET_ADDRESS|Easo kalea 21, 4. eskuina]], [[ZIP|20006]]. Mòbil [[PHONE|+34 688 555 047]]. Eskerrik asko!
Domiciliació: [[IBAN|ES91 2100 0418 4502 0005 1332]]
Moltes gràcies,
[[PERSON|Montse]]"""),
]

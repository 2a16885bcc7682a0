"""Held-out set 3: clinical notes (kind "note") and international customer
texts (kind "intl") for the phigate de-identification benchmark.

Written blind (see README.md). Everything is invented, CC0-1.0. Stdlib only.
Inline markup: [[TYPE|value]] around every identifier. The builder
(build_heldout3.py) strips the markup, computes offsets and validates.
"""

TEXTS = [
    # ------------------------------------------------------------------
    # US clinical notes
    # ------------------------------------------------------------------
    ("note-001", "note",
     "ED TRIAGE [[DATE|03/14/2026]] 0212\n"
     "Pt is a [[AGE|91]]yo F BIBA from [[LOCATION|Willow Creek Manor]] c/o SOB x2d, worse overnight. "
     "Hx CHF, AF on Eliquis 5mg BID. BP 142/88, HR 104 irreg, SpO2 88% RA -> 94% on 2L NC. Pain 3/10.\n"
     "Emergency contact: son [[PERSON|Gerald Whitcomb]] [[PHONE|(614) 555-0138]]\n"
     "Triage RN: [[PERSON|K. Abernathy]], RN"),

    ("note-002", "note",
     "DISCHARGE SUMMARY\n"
     "Admit: [[DATE|2/3/26]]   Discharge: [[DATE|2/9/26]]\n"
     "MRN: [[MRN|00482917]]   Acct#: [[ACCOUNT_NUMBER|A20260203-7741]]\n"
     "Patient: [[PERSON|HOLLOWAY, BEATRICE J]]   DOB: [[DATE|07/22/1933]] ([[AGE|92]] y/o)\n"
     "Dx: CAP, s/p 5d ceftriaxone/azithro. Foley removed HD4. WBC 14.2 -> 8.1. "
     "Discharged to [[LOCATION|Maple Grove Skilled Nursing]], [[LOCATION|Dayton]], OH.\n"
     "Attending: [[PERSON|Priya Raghunathan]], MD   NPI [[LICENSE_NUMBER|1748203654]]"),

    ("note-003", "note",
     "HOME HEALTH SKILLED NURSING VISIT - [[DATE|March 3, 2026]]\n"
     "Seen at home, [[STREET_ADDRESS|4471 Ridgeview Ln, Unit 12B]], [[LOCATION|Lancaster]], PA [[ZIP|17601]]. "
     "Pt 88yo M, lives w/ daughter [[PERSON|Donna]]. Stage 2 PI R heel 2.1 x 1.4 cm, no s/s infection, "
     "Mepilex applied. FSBG 184. BP 128/76.\n"
     "Dexcom G7 sensor failed, new sensor SN [[DEVICE_ID|4RT7K2M9QX]] placed L arm.\n"
     "[[PERSON|Tamika Ross]], RN - next visit Fri"),

    ("note-004", "note",
     "HOSPICE IDG NOTE\n"
     "[[PERSON|Eleanor Vasquez-Pruitt]] is a [[AGE|97]]-year-old woman w/ end-stage dementia (FAST 7c) "
     "residing at [[LOCATION|Sunrise Gardens Memory Care]], rm 214. PPS 20%. "
     "Morphine 5mg SL q2h prn dyspnea, lorazepam 0.5mg q6h prn agitation.\n"
     "Medicare MBI [[HEALTH_PLAN_ID|7RJ2-KX4-WP58]]\n"
     "Family: niece [[PERSON|Carol Pruitt]] (POA), cell [[PHONE|937-555-0164]], [[EMAIL|carol.pruitt@example.net]]\n"
     "Chaplain Fr. [[PERSON|Anselm Okoro]] visited this wk; family requests call if any change."),

    ("note-005", "note",
     "PHARMACY INTAKE - Rx transfer\n"
     "Pt: [[PERSON|Marvin Delacroix-Obi]]   DOB [[DATE|1958-11-04]]   callback [[PHONE|412.555.0119]]\n"
     "oxycodone/APAP 5/325 1 tab PO q6h prn pain, #20, 0 RF. Rx # [[OTHER_ID|6024187]]\n"
     "Prescriber: [[PERSON|Dana Whitfield]], PA-C   DEA [[LICENSE_NUMBER|MW4817358]]\n"
     "PDMP checked, no red flags. Plan member ID [[HEALTH_PLAN_ID|ZQX481729305]], BIN 004336.\n"
     "Verified by [[PERSON|Hyun-woo Park]], PharmD"),

    ("note-006", "note",
     "LCSW PSYCHOSOCIAL ASSESSMENT  [[DATE|01/08/2026]]\n"
     "Pt is a [[AGE|94]] y/o widower living alone at [[STREET_ADDRESS|210 Cherry Hill Rd, Apt 3C]], "
     "[[LOCATION|Bexley]] [[ZIP|43209]]. Dtr [[PERSON|Linda Marsh]] lives out of state, calls wkly. "
     "Neighbor Mr. [[PERSON|Arturo Bell]] checks in daily. PHQ-9 = 11. Referred to Meals on Wheels + PERS pendant.\n"
     "[[PERSON|Renee Falconer]], LCSW"),

    ("note-007", "note",
     "TELEHEALTH VIDEO VISIT [[DATE|Feb 17, 2026]] 14:30\n"
     "Pt [[PERSON|Jonah Dreyfus]], 67M, at home in [[LOCATION|Flagstaff]], AZ; provider at [[LOCATION|Canyon Ridge Family Clinic]].\n"
     "CC: R facial droop x1d, cannot close R eye, forehead involved - c/w Bell's palsy. No limb weakness, no rash.\n"
     "Plan: prednisone 60mg daily x5d, valacyclovir 1g TID x7d, eye lubricant, patch at night.\n"
     "Session IP [[IP_ADDRESS|203.0.113.47]], portal user [[OTHER_ID|jdreyfus58]].\n"
     "[[PERSON|Samuel Ortiz-Landry]], NP"),

    ("note-008", "note",
     "NSG PROGRESS NOTE 0700-1900\n"
     "Mr. [[PERSON|Oduya]], rm 412, [[LOCATION|Mercy St. Columba Hospital]]. A&Ox3, pain 4/10 after Norco 5/325 at 0915. "
     "Foley d/c'd 1000, voided 350 mL at 1420. I&O 1200/850.\n"
     "Uses home CPAP (ResMed AirSense 11), serial [[DEVICE_ID|23171846392]], 10 cmH2O - brought in by wife [[PERSON|Adaeze]].\n"
     "[[PERSON|J. McAllister]], RN"),

    ("note-009", "note",
     "DEVICE CLINIC - interrogation [[DATE|12-Jan-2026]]\n"
     "[[PERSON|Ruth Ann Kowalczyk]], age: [[AGE|92]], MRN [[MRN|MR-3318402]]\n"
     "Dual-chamber PPM, SN [[DEVICE_ID|RNB604217S]], implanted [[DATE|06/2019]] at [[LOCATION|Lakeview Heart Institute]]. "
     "Battery 7.5 yrs. A-pacing 38%, V-pacing <1%. Lead impedances stable. 2 AHR episodes, longest 4 min.\n"
     "Next remote transmission in 3 mo.  [[PERSON|Ibrahim Haddad]], MD"),

    ("note-010", "note",
     "ED PROVIDER NOTE\n"
     "[[PERSON|Nikolas Petrakis]], 45M, s/p MVC on I-71 SB, restrained driver, +airbag. c/o neck pain 6/10, no midline tenderness. "
     "Canadian C-spine rule neg; no imaging. Vehicle (plate [[VEHICLE_ID|JKT 4829]]) towed.\n"
     "Police at scene. Wife [[PERSON|Shauna]] en route, [[PHONE|+1 513 555 0172]].\n"
     "Ibuprofen 600mg PO, cyclobenzaprine 5mg qHS prn. [[PERSON|A. Fenwick]], MD"),
    ("note-011", "note",
     "SNF ADMISSION NOTE\n"
     "Admitted from [[LOCATION|Riverbend Methodist Hospital]] on [[DATE|10/27/2025]] for rehab s/p ORIF L hip. "
     "Pt [[AGE|90]] yo F, WBAT, Lovenox 40mg SQ daily x4wk. Braden 15, Morse 65 - bed alarm on, low bed.\n"
     "Daughter-in-law [[PERSON|Patrice]] to bring hearing aids and glasses tomorrow."),

    ("note-012", "note",
     "PHARMACY - prescriber clarification\n"
     "Rx reads metformin ER 500mg 2 tabs BID (max 2000mg/d) - clarify ER vs IR. eGFR 52. "
     "Spoke w/ [[PERSON|Bev]] at [[LOCATION|Northgate Internal Medicine]]; clarification faxed to [[FAX|(206) 555-0187]]. Pt aware.\n"
     "-[[PERSON|L. Nakamura]], PharmD"),

    ("note-013", "note",
     "PEDS TRIAGE 2315\n"
     "3yo M, fever 39.4 x2d, brought in by mother [[PERSON|Kayla Brandt]]. Acetaminophen 160mg/5mL 7.5 mL at 2200 at home. "
     "Immunizations UTD per mom. Cap refill <2s, mucous membranes moist. ESI 4.\n"
     "Peds hospitalist Dr. [[PERSON|Osei]] notified."),

    ("note-014", "note",
     "NEURO CONSULT\n"
     "72F w/ Parkinson's dz, Hoehn & Yahr stage 3, also hx Graves' dz s/p RAI, on levothyroxine 88mcg. "
     "Carbidopa/levodopa 25/100 1.5 tab TID, wearing-off at ~3h. MoCA 24/30. Babinski neg bilat, Romberg +. "
     "Referred to [[LOCATION|Foothills Movement Disorders Clinic]] for DBS eval. F/u 6 wk.\n"
     "[[PERSON|M. Castellanos]], MD"),

    ("note-015", "note",
     "SW NOTE - Medicaid LTC application\n"
     "Assisted pt w/ application. SSN [[SSN|987-65-4327]] verified against card. Son [[PERSON|Wendell Grimes]] is rep payee; "
     "mailing address [[STREET_ADDRESS|PO Box 1187]], [[LOCATION|Hazard]], KY [[ZIP|41702]].\n"
     "[[PERSON|Tonya Hale]], LCSW"),

    ("note-016", "note",
     "TELEPSYCH F/U (video)\n"
     "[[PERSON|Alexis Moreau]], 29, joined from her car in [[LOCATION|Eugene]]. Sertraline 100mg daily, sleep improved, GAD-7 8 (was 15). "
     "Denies SI/HI. Safety plan reviewed, 988 reminded. Next appt 4 wk.\n"
     "[[PERSON|Ingrid Solberg]], PMHNP-BC"),

    ("note-017", "note",
     "DC INSTRUCTIONS reviewed w/ pt and wife [[PERSON|Marisol]] using teach-back. Warfarin 5mg qPM, INR 2.4 today. "
     "F/u cardiology Dr. [[PERSON|Feldman]] on [[DATE|2/26]] (Thu). Low-Na diet, daily wts, call if gain >3 lb/2d.\n"
     "Portal: [[URL|https://mychart.example.org/patient/rdominguez44]]"),

    ("note-018", "note",
     "DIABETES TELEHEALTH [[DATE|2026-02-03]]\n"
     "[[PERSON|Deshawn Carter]] 34M T1DM on Omnipod 5 + Dexcom G6, transmitter ID [[DEVICE_ID|8HK3TQ]]. "
     "TIR 71%, TBR 2%, GMI 6.9%. Last A1c 7.1 (3 mo ago). ICR 1:10, ISF 1:45. No changes."),

    ("note-019", "note",
     "WOUND CLINIC - [[LOCATION|St. Brendan's Wound Center]]\n"
     "[[AGE|93]] y/o M from [[LOCATION|Oakmont Assisted Living]], Wagner 2 L plantar ulcer 1.8 x 1.1 x 0.3 cm. ABI 0.7. "
     "Sharp debridement, silver alginate, offloading boot. RTC 1 wk."),

    ("note-020", "note",
     "HOSPICE - DEATH NOTE\n"
     "Pt pronounced at 0347 on [[DATE|12/21/2025]] by [[PERSON|Gwen Talbot]], RN. No resp, no apical pulse x1 min. "
     "Husband [[PERSON|Herb]] and children at bedside. MD notified. "
     "Morphine 20mg/mL, 12 mL wasted with witness [[PERSON|D. Ng]], LPN."),
    ("note-021", "note",
     "PHARMACY INTAKE - mail order\n"
     "Pt [[AGE|95]] y/o, Part D, MBI [[HEALTH_PLAN_ID|3QH9-DN1-FT26]]. New Rx hydrocodone/APAP 5/325 #12 from Dr. [[PERSON|Harold Jeng]], "
     "DEA [[LICENSE_NUMBER|BJ6201949]]. Card on file Visa [[CREDIT_CARD|4532 9801 7264 5188]], exp 2028. Counseled on constipation, senna 8.6mg qHS."),

    ("note-022", "note",
     "TRIAGE 0540\n"
     "89 y/o M from home c/o urinary retention, indwelling Foley not draining x6h, suprapubic pain 8/10. T 38.1, BP 150/92. "
     "Hx BPH on tamsulosin 0.4mg. ESI 3.\n"
     "[[PERSON|R. Quintero]], RN"),

    ("note-023", "note",
     "RT NOTE\n"
     "Home O2 concentrator (Inogen One G5) serial [[DEVICE_ID|G5-2204187731]] checked, 2 L/min pulse. BiPAP 14/6 qHS. "
     "ABG on arrival [[DATE|1/2]]: 7.36/48/72. Incentive spirometer 1250 mL.\n"
     "[[PERSON|Corey Blum]], RRT"),

    ("note-024", "note",
     "VIRTUAL URGENT CARE\n"
     "Pt [[PERSON|Fatima Al-Sayegh]], DOB [[DATE|4 Aug 1990]], c/o dysuria x2d, no fever or flank pain. UA not available. "
     "Nitrofurantoin 100mg BID x5d e-prescribed. Visit summary emailed to [[EMAIL|f.alsayegh90@example.com]]."),

    ("note-025", "note",
     "OB INTAKE\n"
     "G2P1, LMP [[DATE|12/28/25]], EDD [[DATE|10/4/26]] by LMP, c/w 7w2d US. BP 112/70, Hgb 11.8. PNV daily. "
     "Hx C/S x1, desires TOLAC.\n"
     "[[PERSON|Rachel Imbert]], CNM"),

    ("note-026", "note",
     "PT TREATMENT NOTE\n"
     "POD 12 s/p R TKA ([[DATE|Jan 6th]]). AROM 5-102 deg, amb 150 ft w/ RW, CGA. Pain 5/10 post-session, ice 20 min. "
     "HEP reviewed; husband [[PERSON|Dale]] assisting at home in [[LOCATION|Cedar Falls]]."),

    ("note-027", "note",
     "CASE MGMT NOTE\n"
     "Pt requests help replacing wallet contents; WI DL [[LICENSE_NUMBER|S530-4182-7716-09]] reported lost. "
     "Staying w/ cousin [[PERSON|Rayna]] at [[STREET_ADDRESS|1536 W Burleigh St, Apt 2]], [[LOCATION|Milwaukee]] until housing found. "
     "Bus passes x2 given."),

    ("note-028", "note",
     "HH PT EVAL  MRN [[MRN|HH-0077215]]\n"
     "[[AGE|99]] y/o F, lives w/ granddaughter [[PERSON|Kiara]]. TUG 24 s, 30s STS = 4, high fall risk. "
     "Recommend shower chair, grab bars, night lights. PT 2w4."),

    ("note-029", "note",
     "ANTICOAG CLINIC  [[DATE|Nov 4]]\n"
     "Pt age [[AGE|96]], INR 3.6 (goal 2-3) on warfarin 2.5mg daily; recent abx. Hold x1, then 2.5mg daily except 1.25mg Mon/Fri. "
     "Recheck 1 wk. Called dtr [[PERSON|Joanne]] [[PHONE|(803) 555-0126]], verbalized understanding."),

    ("note-030", "note",
     "TRANSFER NOTE\n"
     "Pt [[PERSON|Obadiah Fenn]], MRN [[MRN|7730196]], transferred to [[LOCATION|Harbor Pines Rehabilitation Center]] via ALS at 1630. "
     "Report called to [[PERSON|Simone]], RN; MAR and H&P faxed to [[FAX|509-555-0194]]."),
    # ------------------------------------------------------------------
    # International customers, one country/region per text
    # ------------------------------------------------------------------
    ("intl-001", "intl",  # Ireland
     "Hi, this is [[PERSON|Siobhán Ní Bhriain]]. Can you change the delivery address on my last order to "
     "[[STREET_ADDRESS|Apt 7, Harbour View, 14 Strand Road]], [[LOCATION|Salthill]], [[LOCATION|Co. Galway]], [[ZIP|H91 K2T6]]?\n"
     "My medical card no. is [[HEALTH_PLAN_ID|1837264A]] and PPSN [[OTHER_ID|6483172G]] if you need it for the Drugs Payment Scheme. "
     "Refund to [[IBAN|IE67 BOFI 9001 4538 2746 19]] please. Mobile [[PHONE|087 555 0142]]."),

    ("intl-002", "intl",  # Scotland (UK)
     "Order is for my dad, [[PERSON|Hamish Baird]], he's [[AGE|93]] and cannae get to the chemist.\n"
     "[[STREET_ADDRESS|Flat 2/1, 45 Byres Road]]\n[[LOCATION|Glasgow]]\n[[ZIP|G12 8TA]]\n"
     "His CHI number is [[HEALTH_PLAN_ID|150332 4184]]. Buzzer's broken so phone me on [[PHONE|07700 900417]] when the driver's outside. "
     "Cheers, [[PERSON|Morag]]"),

    ("intl-003", "intl",  # Singapore
     "hi can deliver to my mum [[PERSON|Tan Siew Lan]] at [[STREET_ADDRESS|Blk 418 Ang Mo Kio Ave 10, #08-1127]], Singapore [[ZIP|560418]]? "
     "her NRIC is [[OTHER_ID|S8734125I]]. the metformin is from Dr [[PERSON|Lim Boon Huat]] at [[LOCATION|Teck Ghee Family Clinic]], "
     "MC number on the label. pls call me [[PERSON|Desmond]] [[PHONE|+65 8155 0273]] before coming, she don't pick up unknown number one"),

    ("intl-004", "intl",  # Hong Kong
     "你好，我想更改送貨地址：香港[[LOCATION|九龍]][[LOCATION|旺角]][[STREET_ADDRESS|彌敦道688號12樓B室]]。\n"
     "收件人：[[PERSON|陳嘉慧]]，電話 [[PHONE|6178 2043]]，身份證號碼 [[OTHER_ID|K482197(1)]]，出生日期 [[DATE|1985年3月12日]]。\n"
     "P.S. if the courier calls, my English name is [[PERSON|Carmen Chan]]. Thanks!"),

    ("intl-005", "intl",  # Philippines
     "Good pm po! Yung order ko po ay para sa lola ko, si [[PERSON|Remedios Dela Cruz]], [[AGE|92]] na po siya.\n"
     "Address: [[STREET_ADDRESS|Unit 3B, 1187 Kalayaan Avenue]], [[LOCATION|Brgy. Poblacion]], [[LOCATION|Makati City]] [[ZIP|1210]]\n"
     "PhilHealth PIN [[HEALTH_PLAN_ID|12-050483927-6]]. Pakitext na lang po sa [[PHONE|0917 555 0193]] pag nasa labas na. Salamat po! - [[PERSON|Joy]]"),

    ("intl-006", "intl",  # Nigeria
     "Good afternoon. I am [[PERSON|Chukwuemeka Okonkwo]], writing on behalf of my father-in-law, Pa [[PERSON|Babatunde Adeyemi]].\n"
     "Kindly deliver to [[STREET_ADDRESS|Plot 27, Olu Akerele Close]], [[LOCATION|Victoria Island]], [[LOCATION|Lagos]] [[ZIP|101241]]. "
     "His NIN is [[OTHER_ID|48213957620]] and NHIA enrolee no. [[HEALTH_PLAN_ID|NHIA/LAG/0048213]].\n"
     "Call [[PHONE|+234 803 555 0147]] anytime. Thank you and God bless."),

    ("intl-007", "intl",  # Kenya
     "Habari. Naomba mnitumie dawa za kisukari kupitia [[STREET_ADDRESS|P.O. Box 40521]]-[[ZIP|00100]] [[LOCATION|Nairobi]].\n"
     "Jina: [[PERSON|Wanjiru Kamau]], ID No. [[OTHER_ID|28471936]], SHA No. [[HEALTH_PLAN_ID|SHA-0048192736]]. "
     "Daktari wangu ni Dr. [[PERSON|Otieno]]. M-Pesa: [[PHONE|0712 555 048]]"),

    ("intl-008", "intl",  # Israel
     "שלום, אני [[PERSON|מיכל אברהמי]], ילידת [[DATE|14.3.1979]], ת.ז. [[OTHER_ID|328417563]].\n"
     "כתובת למשלוח: [[STREET_ADDRESS|רחוב ז'בוטינסקי 42 דירה 9]], [[LOCATION|רמת גן]] [[ZIP|5251108]].\n"
     "נא להחזיר את הכסף לחשבון [[IBAN|IL09 0126 4200 0000 4817 293]]. טלפון: [[PHONE|052-381-4470]]. תודה!"),

    ("intl-009", "intl",  # Turkey
     "Merhaba, annem [[PERSON|Ayşe Yılmaz]] için insülin kalemi sipariş ettim.\n"
     "Adres: [[LOCATION|Caferağa Mahallesi]] [[STREET_ADDRESS|Moda Cad. No: 48 D: 5]], [[ZIP|34710]] [[LOCATION|Kadıköy]]/[[LOCATION|İstanbul]]\n"
     "TC Kimlik No: [[OTHER_ID|38472956150]]. Kurye gelmeden önce [[PHONE|0532 555 01 47]] numarasını arasın lütfen."),

    ("intl-010", "intl",  # Greece
     "Καλησπέρα σας. Είμαι η [[PERSON|Ελένη Παπαδοπούλου]] και παραγγέλνω για τη μητέρα μου, [[PERSON|Μαρία Παπαδοπούλου]] "
     "(γεν. [[DATE|15 Μαρτίου 1947]], ΑΜΚΑ [[HEALTH_PLAN_ID|15034712347]]).\n"
     "Διεύθυνση: [[STREET_ADDRESS|Λεωφόρος Αλεξάνδρας 112, 3ος όροφος]], [[ZIP|114 73]] [[LOCATION|Αθήνα]]. "
     "Κινητό [[PHONE|+30 694 555 0123]]. Για επιστροφή χρημάτων: [[IBAN|GR17 0140 1250 0000 0483 1729 065]]."),
    ("intl-011", "intl",  # Romania
     "Bună ziua, sunt [[PERSON|Ioana Popescu]] și comand pentru bunica mea, [[PERSON|Elisabeta Popescu]], CNP [[OTHER_ID|2510614400123]].\n"
     "Adresa: [[STREET_ADDRESS|Str. Maria Rosetti nr. 15, bl. A2, sc. 1, ap. 12]], [[LOCATION|Sector 2]], [[LOCATION|București]], cod poștal [[ZIP|020481]].\n"
     "Rambursarea în contul [[IBAN|RO54 RNCB 0082 0483 1927 0001]]. Mulțumesc!"),

    ("intl-012", "intl",  # Hungary
     "Jó napot! [[PERSON|Kovács Erzsébet]] vagyok. A [[DATE|2026. március 4]]-én leadott rendelésem még nem érkezett meg.\n"
     "Szállítási cím: [[ZIP|1085]] [[LOCATION|Budapest]], [[LOCATION|VIII. kerület]], [[STREET_ADDRESS|József körút 34. 2. em. 6. ajtó]]\n"
     "TAJ szám: [[HEALTH_PLAN_ID|038 451 720]]. A receptet háziorvosom, dr. [[PERSON|Szabó Gábor]] írta fel. Tel.: [[PHONE|+36 30 555 0184]]"),

    ("intl-013", "intl",  # Argentina
     "Hola, soy [[PERSON|Valentina Ferreyra]], DNI [[OTHER_ID|32.481.765]] (CUIL [[OTHER_ID|27-32481765-9]]). "
     "Mi número de afiliada de OSDE es [[HEALTH_PLAN_ID|61 048392 7 01]].\n"
     "Mandame el pedido a [[STREET_ADDRESS|Av. Santa Fe 3421, piso 5, depto. B]], [[LOCATION|Palermo]], [[ZIP|C1425BGF]] [[LOCATION|CABA]]. "
     "Cualquier cosa llamame al [[PHONE|(011) 15-5555-0142]]. ¡Gracias!"),

    ("intl-014", "intl",  # Chile
     "Buenas tardes, el pedido es para mi mamá, [[PERSON|Rosa Elena Muñoz Contreras]], RUT [[OTHER_ID|12.483.591-7]].\n"
     "Dirección: [[STREET_ADDRESS|Av. Providencia 1208, depto. 904]], [[LOCATION|Providencia]], [[LOCATION|Santiago]], código postal [[ZIP|7500877]].\n"
     "La receta retenida es del Dr. [[PERSON|Ignacio Valdés]]. Fono: [[PHONE|+56 9 5555 0193]]."),

    ("intl-015", "intl",  # Colombia
     "Buenos días. Soy [[PERSON|Andrés Felipe Rojas]], cédula [[OTHER_ID|1.020.734.581]]. Les escribo por la fórmula de mi papá, "
     "[[PERSON|Jaime Rojas Quintero]], que tiene [[AGE|90]] años y está afiliado a la EPS Sura.\n"
     "Dirección: [[STREET_ADDRESS|Calle 72 # 10-34, Apto 502]], [[LOCATION|Chapinero]], [[LOCATION|Bogotá]] [[ZIP|110231]]. Celular [[PHONE|310 555 0176]]."),

    ("intl-016", "intl",  # South Korea
     "안녕하세요. [[PERSON|김민준]]입니다. 어머니 [[PERSON|박영숙]] 님(만 [[AGE|93]]세) 혈압약을 주문했어요.\n"
     "배송지: 경기도 [[LOCATION|성남시]] [[LOCATION|분당구]] [[STREET_ADDRESS|판교역로 235, 101동 1203호]] ([[ZIP|13494]])\n"
     "어머니 주민등록번호 [[OTHER_ID|320315-2183740]], 처방일 [[DATE|2026년 2월 27일]]. 연락처 [[PHONE|010-5555-0147]]"),

    ("intl-017", "intl",  # Portugal
     "Boa tarde, o meu nome é [[PERSON|Joana Ferreira da Silva]]. NIF [[OTHER_ID|238451798]], n.º de utente do SNS [[HEALTH_PLAN_ID|284 917 306]].\n"
     "Morada: [[STREET_ADDRESS|Rua de Cedofeita, 214, 3.º esquerdo]], [[ZIP|4050-179]] [[LOCATION|Porto]]. Telemóvel [[PHONE|912 555 038]].\n"
     "Tenho consulta no [[LOCATION|Centro de Saúde da Batalha]] a [[DATE|12 de março]] e preciso da medicação antes."),

    ("intl-018", "intl",  # Austria
     "Grüß Gott, ich bestelle für meinen Vater Ing. [[PERSON|Franz Huber]], er ist [[AGE|91]]. SV-Nummer [[HEALTH_PLAN_ID|4828 120334]].\n"
     "Lieferadresse: [[STREET_ADDRESS|Währinger Straße 58/2/14]], [[ZIP|1090]] [[LOCATION|Wien]]. "
     "Er wurde am [[DATE|3. März 2026]] aus der [[LOCATION|Privatklinik Alserbach]] entlassen.\n"
     "Bitte vorher anrufen: [[PHONE|0664 555 0193]]"),

    ("intl-019", "intl",  # Norway
     "Hei! Jeg heter [[PERSON|Ingrid Haugen Solberg]], fødselsnummer [[OTHER_ID|250858 48030]].\n"
     "Adresse: [[STREET_ADDRESS|Thereses gate 14 B, leil. H0203]], [[ZIP|0358]] [[LOCATION|Oslo]]. "
     "Fastlegen har sendt e-resept.\n"
     "Mobil [[PHONE|+47 412 55 038]]. Refusjon til [[IBAN|NO20 1503 2749 183]], takk."),

    ("intl-020", "intl",  # Quebec (Canada)
     "Bonjour, c'est [[PERSON|Geneviève Tremblay]]. Mon numéro d'assurance maladie (RAMQ) : [[HEALTH_PLAN_ID|TREG 7862 1519]].\n"
     "Nouvelle adresse : [[STREET_ADDRESS|4521, rue Saint-Denis, app. 3]], [[LOCATION|Montréal]] (Québec) [[ZIP|H2J 2L2]].\n"
     "J'ai un RDV à la [[LOCATION|Clinique médicale Saint-Denis]] le [[DATE|17 mars]]. "
     "Tél. : [[PHONE|514 555-0136]]"),
    ("intl-021", "intl",  # Australia
     "G'day, this order's for my nan [[PERSON|Beryl Hutchins]], she's [[AGE|94]] and can't get to the chemist anymore.\n"
     "[[STREET_ADDRESS|3/117 Mitchell St]], [[LOCATION|Brunswick]] VIC [[ZIP|3056]]. Her Medicare no. is [[HEALTH_PLAN_ID|2951 73489 1]].\n"
     "Text me on [[PHONE|0491 570 156]] or email [[EMAIL|bazza.hutchins@example.com.au]]. Ta."),

    ("intl-022", "intl",  # India
     "Namaste, I am ordering for my father [[PERSON|Ramesh Chandra Iyer]]. His Aadhaar is [[OTHER_ID|4829 1736 5024]] and ABHA number "
     "[[HEALTH_PLAN_ID|91-4827-3619-5502]].\n"
     "Address: [[STREET_ADDRESS|Flat 302, Sai Krupa Apartments, 14th Cross, 6th Main]], [[LOCATION|Malleshwaram]], [[LOCATION|Bengaluru]] [[ZIP|560003]].\n"
     "Please deliver before 7 pm, he is alone in the afternoon."),

    ("intl-023", "intl",  # Mexico
     "Buenas noches, soy [[PERSON|Rocío Gómez Morales]], CURP [[OTHER_ID|GOMR940315MJCMRC00]], NSS del IMSS [[HEALTH_PLAN_ID|32156812342]].\n"
     "Por favor envíen el pedido a [[STREET_ADDRESS|Av. Chapultepec 480, int. 7]], [[LOCATION|Col. Americana]], [[LOCATION|Guadalajara]], Jal., "
     "C.P. [[ZIP|44160]]. Mi cita en la clínica es el [[DATE|9 de abril]]."),

    ("intl-024", "intl",  # Poland
     "Dzień dobry, piszę w imieniu mamy, [[PERSON|Haliny Wiśniewskiej]] (PESEL [[OTHER_ID|44031503646]]).\n"
     "Proszę o dostawę na adres: [[STREET_ADDRESS|ul. Długa 12 m. 5]], [[ZIP|80-827]] [[LOCATION|Gdańsk]]. Telefon: [[PHONE|+48 601 555 018]].\n"
     "Zwrot pieniędzy na konto [[IBAN|PL35 2490 0005 0000 4600 4832 9173]]. Pozdrawiam"),

    ("intl-025", "intl",  # Germany
     "Hallo, hier [[PERSON|Jürgen Meißner]], geb. [[DATE|04.11.1961]]. Meine Versichertennummer (KVNR) ist [[HEALTH_PLAN_ID|T482917366]].\n"
     "Neue Adresse: [[STREET_ADDRESS|Kastanienallee 77, Hinterhaus 3. OG]], [[ZIP|10435]] [[LOCATION|Berlin]].\n"
     "Bestätigung bitte an [[EMAIL|j.meissner@example.de]]. Danke!"),

    ("intl-026", "intl",  # Japan
     "お世話になっております。[[PERSON|山田 花子]]です。\n"
     "お届け先：〒[[ZIP|160-0022]] 東京都[[LOCATION|新宿区]][[STREET_ADDRESS|新宿三丁目12-8 メゾン新宿305号室]]\n"
     "生年月日：[[DATE|昭和52年4月18日]]、被保険者番号 [[HEALTH_PLAN_ID|31204857]]、マイナンバー [[OTHER_ID|4817 2635 0912]]。よろしくお願いいたします。"),

    ("intl-027", "intl",  # Egypt
     "السلام عليكم، أنا [[PERSON|منى عبد الرحمن]]، الرقم القومي [[OTHER_ID|29003150104587]].\n"
     "العنوان: [[STREET_ADDRESS|١٢ شارع الميرغني، الدور الرابع، شقة ٨]]، [[LOCATION|مصر الجديدة]]، [[LOCATION|القاهرة]].\n"
     "طلبت الدواء يوم [[DATE|١٥ مارس ٢٠٢٦]] ولم يصل حتى الآن. رقم الموبايل [[PHONE|٠١٠٠ ٥٥٥ ٠١٤٢]]"),

    ("intl-028", "intl",  # United Arab Emirates
     "Hi, I'm [[PERSON|Rashid Al Mansoori]]. Please deliver to [[STREET_ADDRESS|Villa 23, Street 14]], [[LOCATION|Al Barsha 2]], [[LOCATION|Dubai]].\n"
     "Emirates ID [[OTHER_ID|784-1952-1834756-5]], Daman card no. [[HEALTH_PLAN_ID|DMN 1048 2937 5501]].\n"
     "You can charge [[CREDIT_CARD|5518 8205 7391 4624]] for the co-pay."),

    ("intl-029", "intl",  # Vietnam
     "Chào shop, mình là [[PERSON|Nguyễn Thị Thu Hà]]. Giao hàng giúp mình tới [[STREET_ADDRESS|số 18 ngõ 52 phố Huỳnh Thúc Kháng]], "
     "[[LOCATION|phường Láng Thượng]], [[LOCATION|quận Đống Đa]], [[LOCATION|Hà Nội]] nhé.\n"
     "Mã thẻ BHYT của mình: [[HEALTH_PLAN_ID|GD4010123456789]]. Đơn đặt ngày [[DATE|14 tháng 3 năm 2026]]. SĐT [[PHONE|091 555 0274]]."),

    ("intl-030", "intl",  # Ukraine
     "Добрий день! Я [[PERSON|Олена Коваленко]], замовляю ліки для бабусі, [[PERSON|Ганни Петрівни Шевчук]]. Їй [[AGE|91]] рік.\n"
     "Адреса: [[STREET_ADDRESS|вул. Велика Васильківська, 72, кв. 18]], [[LOCATION|Київ]], [[ZIP|03150]]. РНОКПП бабусі: [[OTHER_ID|1276528460]].\n"
     "Повернення коштів на рахунок [[IBAN|UA96 3220 0100 0002 6204 8291 7536 4]]."),
]

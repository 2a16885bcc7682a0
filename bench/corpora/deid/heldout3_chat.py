"""heldout3 chat + clean texts (CC0-1.0, everything invented).

Inline markup: [[TYPE|value]] around every identifier.
Built and validated by build_heldout3.py. Stdlib only, no imports needed.
"""

TEXTS = [
    # ------------------------------------------------------------------ batch 1
    ("chat-001", "chat",
     "hi its [[PERSON|maria guadalupe reyes]] dob [[DATE|3/14/1952]] need my metformin "
     "refilled pls, rx [[OTHER_ID|RX7730419]]. call me [[PHONE|(602) 555-0134]] if theres a problem"),

    ("chat-002", "chat",
     "Patient name: [[PERSON|Nwachukwu, Chiamaka]]\n"
     "DOB: [[DATE|1988-11-02]]\n"
     "Reason: booking follow-up telehealth w/ Dr. [[PERSON|Ferreira-Lindqvist]] next week, "
     "any slot after 3pm works"),

    ("chat-003", "chat",
     "hello, I'm [[PERSON|Thu]], I help my grandmother [[PERSON|Nguyen Thi Lan]] with her meds. "
     "she is [[AGE|94]] and cant do the app herself. her member id is "
     "[[HEALTH_PLAN_ID|H5581027401]] (humana)"),

    ("chat-004", "chat",
     "omg my pkg never came \U0001F62D order #[[OTHER_ID|SHP-208841]] tracking "
     "[[OTHER_ID|1Z9X47E20391048826]] says delivered but nothing at "
     "[[STREET_ADDRESS|4418 w lindell ave apt 2r]] [[LOCATION|st louis]] [[ZIP|63108]] lmk"),

    ("chat-005", "chat",
     "Thanks for reaching out! Your prior auth was approved on [[DATE|June 3, 2026]], so the "
     "Mounjaro order can ship today.\n\n"
     "--\n"
     "[[PERSON|Kostas Papadimitriou]], CPhT\n"
     "Patient Care Team | RxNook Pharmacy\n"
     "Direct: [[PHONE|312.555.0178]] | Fax: [[FAX|312.555.0179]]\n"
     "[[EMAIL|k.papadimitriou@rxnook.example.com]]"),

    ("chat-006", "chat",
     'assistant -> tool_call lookup_patient({"first_name": "[[PERSON|Ji-woo]]", '
     '"last_name": "[[PERSON|Seo]]", "dob": "[[DATE|1979-07-21]]", "zip": "[[ZIP|98052]]"})\n'
     'tool -> {"status": "found", "mrn": "[[MRN|00488127]]", "plan": "Premera", '
     '"member_id": "[[HEALTH_PLAN_ID|PRW884201937]]"}'),

    ("chat-007", "chat",
     "need to update my shipping address pls:\n"
     "[[PERSON|Pieter van der Berg]]\n"
     "[[STREET_ADDRESS|1207 Maple Grove Rd, Unit 5B]]\n"
     "[[LOCATION|Ann Arbor]], MI [[ZIP|48104-2231]]\n"
     "old one was [[STREET_ADDRESS|88 Division St]] in [[LOCATION|Ypsilanti]]"),

    ("chat-008", "chat",
     "can i move my appt from the [[DATE|3rd of june]] to [[DATE|6/10]]? same time. its for my "
     "son [[PERSON|Diego Ruiz-Carrillo]], dob [[DATE|02/09/2015]]"),

    ("chat-009", "chat",
     "Agent [[PERSON|Priya]]: For verification I only need the last 4 of your SSN, please don't "
     "send the full number.\n"
     "Customer: oh sorry already typed it lol [[SSN|987-65-4321]]\n"
     "Agent [[PERSON|Priya]]: No worries, I've flagged that message for deletion."),

    ("chat-010", "chat",
     "My ResMed AirSense 11 keeps showing a humidifier error. Serial no. "
     "[[DEVICE_ID|23181944017]]. Bought it through you guys in [[DATE|March 2025]]. Name on the "
     "account is [[PERSON|Bartholomew O'Shaughnessy]], acct # [[ACCOUNT_NUMBER|AC-3391-7740]]"),

    ("chat-011", "chat",
     "hi I want to pay the balance for my dad [[PERSON|Abdulrahman Al-Qahtani]] by card "
     "[[CREDIT_CARD|4532 0177 6543 2102]] exp 09/28 ... wait I shouldnt type that here right?"),

    ("chat-012", "chat",
     "the link you texted me is broken: "
     "[[URL|https://portal.careloop.example.com/intake?email=dmarchetti77%40example.net&dob=1958-06-12&ref=sms]] "
     "it just says session expired"),

    ("chat-013", "chat",
     "Re: refill request\n"
     "Patient: [[PERSON|PARK, Min-jun S]]\n"
     "Rx #[[OTHER_ID|6620193]] lisinopril 10 mg, 90 day supply\n"
     "Preferred pickup: the [[LOCATION|Edgewater]] branch"),

    ("chat-014", "chat",
     "pls fax the form to my doctor, Dr. [[PERSON|Adaeze Okonkwo-Bello]] at "
     "[[LOCATION|Riverbend Family Medicine]], fax [[FAX|(414) 555-0192]]. their front desk is "
     "[[PHONE|414-555-0190 ext. 221]] if they dont get it"),

    ("chat-015", "chat",
     "my lola [[PERSON|Corazon Dimaculangan]] (we call her lola [[PERSON|Cion]]) turns "
     "[[AGE|100]] on [[DATE|Aug 30]]!! \U0001F389 can we get her BP meds in blister packs before "
     "then? she's at [[LOCATION|Sunrise Terrace]] assisted living in [[LOCATION|Daly City]]"),

    # ------------------------------------------------------------------ batch 2
    ("chat-016", "chat",
     "Hi [[PERSON|Stan]], for pickup of Rx #[[OTHER_ID|RX-5518820]] (alprazolam 0.5 mg) we need a "
     "photo ID at the counter. The license on file is [[LICENSE_NUMBER|W425-7719-3380-06]], please "
     "bring that one.\n\u2014 [[PERSON|Małgorzata Wiśniewska]], PharmD"),

    ("chat-017", "chat",
     "my omnipod 5 pdm keeps saying pod error 49?? pdm serial [[DEVICE_ID|PDM-4T77-02915]]. also my "
     "dexcom g7 fell off after 2 days, sensor code 5317, SN [[DEVICE_ID|7H2K9QXR4C]] \U0001F644 "
     "- [[PERSON|jamal]]"),

    ("chat-018", "chat",
     "hola need 2 chng my phone # its [[PHONE|5205550117]] now not the old one thx "
     "[[PERSON|lupe hernandez]] dob [[DATE|4-23-61]]"),

    ("chat-019", "chat",
     "Hello, I am writing on behalf of my mother, [[PERSON|Eleni Karagiannopoulou]], who is "
     "[[AGE|91]]. She needs her Eliquis refill transferred to your pharmacy.\n\n"
     "Best regards,\n"
     "[[PERSON|Dimitra Karagiannopoulou-Hayes]]\n"
     "[[PHONE|+1 (617) 555-0143]]\n"
     "[[EMAIL|dimitra.kh@example.org]]\n"
     "Sent from my iPhone"),

    ("chat-020", "chat",
     '{"widget":"chat-v3","visitor":{"name":"[[PERSON|Olumide Adeyemi]]",'
     '"email":"[[EMAIL|olu.adeyemi@example.com]]","phone":"[[PHONE|+12145550166]]",'
     '"ip":"[[IP_ADDRESS|203.0.113.58]]"},'
     '"message":"need to reschedule my lab draw on [[DATE|07/15]]","page":"/book/labs"}'),

    ("chat-021", "chat",
     "Insurance update for [[PERSON|Hoang, Minh Tuan]]: primary is now Medicare, MBI "
     "[[HEALTH_PLAN_ID|3QF7-HN2-WK48]]. Secondary is Aetna, member ID "
     "[[HEALTH_PLAN_ID|W219048837]], group 0887412-01."),

    ("chat-022", "chat",
     "im in the lot for curbside, silver honda crv plate [[VEHICLE_ID|8KZN417]], spot 6. order is "
     "under [[PERSON|Zielinski]]"),

    ("chat-023", "chat",
     "name: [[PERSON|Venkataraman Subramanian]]\n"
     "born [[DATE|June '58]]\n"
     "ship to:\n"
     "[[STREET_ADDRESS|2750 Kingsway Blvd Apt 1104]]\n"
     "[[LOCATION|Edison]] NJ [[ZIP|08817]]\n"
     "phone [[PHONE|732 555 0121]]"),

    ("chat-024", "chat",
     "Customer: I can't log in, my username is [[OTHER_ID|bettyk_1931]]\n"
     "Agent: Thanks [[PERSON|Betty]]! I've sent a reset link to the email ending in @example.net.\n"
     "Customer: im [[AGE|95]] dear so be patient with me lol"),

    ("chat-025", "chat",
     "booking for my father in law [[PERSON|Chukwuemeka Obi]] [[AGE|92]]yo and my aunt "
     "[[PERSON|Ngozi]] who is [[AGE|90]]. both need the shingles shot at the "
     "[[LOCATION|Mesa Verde]] store, sat morning?"),

    ("chat-026", "chat",
     "Transfer request. Prescriber: Dr. [[PERSON|Rahul Mehta-Iyer]], NPI "
     "[[LICENSE_NUMBER|1748293051]], DEA [[LICENSE_NUMBER|BM4829163]]. Transferring from the "
     "[[LOCATION|Lakeview Community Hospital]] outpatient pharmacy, Rx# [[OTHER_ID|0449173]]."),

    ("chat-027", "chat",
     "Xin chào, tên tôi là [[PERSON|Trần Văn Hùng]]. I need refill my amlodipine 5mg. My wife "
     "[[PERSON|Lê Thị Mai]] also need her refill, dob [[DATE|12/1/1960]]. thank you!"),

    ("chat-028", "chat",
     "hey can u send the reciept to [[EMAIL|jen.mcallister.89@example.com]] not my work email. "
     "order [[OTHER_ID|A7-55192-K]] from last thursday\n- [[PERSON|Jen McAllister]]"),

    ("chat-029", "chat",
     "Appointment confirmed for [[PERSON|María José de la Fuente]] on Tuesday, [[DATE|July 14]] at "
     "10:30 am with [[PERSON|Rosalind Achebe-Whitfield]], NP. Reply C to confirm or R to reschedule."),

    ("chat-030", "chat",
     "Copy/paste from the form since upload failed:\n"
     "Full name: [[PERSON|Aigerim Bekova]]\n"
     "SSN: [[SSN|987-65-4327]]\n"
     "Date of birth: [[DATE|09 Jan 1993]]\n"
     "Home: [[STREET_ADDRESS|310 N Harlem Ave #2F]], [[LOCATION|Oak Park]], IL [[ZIP|60302]]"),

    # ------------------------------------------------------------------ batch 3
    ("chat-031", "chat",
     '{"role":"assistant","tool_calls":[{"type":"function","function":{"name":"create_refill",'
     '"arguments":"{\\"patient_name\\": \\"[[PERSON|Siobhan McNamara]]\\", '
     '\\"dob\\": \\"[[DATE|1949-02-27]]\\", \\"rx_number\\": \\"[[OTHER_ID|RX-2094471]]\\", '
     '\\"ship_to\\": \\"[[STREET_ADDRESS|19 Quarry Hill Ln]], [[LOCATION|Montpelier]], VT '
     '[[ZIP|05602]]\\"}"}}]}'),

    ("chat-032", "chat",
     "My [[AGE|97]]-year-old grandfather [[PERSON|Haruto Tanaka]] was discharged from "
     "[[LOCATION|St. Bridget's Medical Center]] on [[DATE|5/28]], MRN [[MRN|SB-2210948]]. The "
     "discharge list has a new Rx for Xarelto 15mg, can you fill it today? I'm his caregiver, "
     "[[PERSON|Keiko]]"),

    ("chat-033", "chat",
     "pls remove the old card ending 4242 and put the subscription on "
     "[[CREDIT_CARD|5298-1634-0721-5934]] instead. billing zip [[ZIP|85016]]. thx, "
     "[[PERSON|Ramón Castañeda]]"),

    ("chat-034", "chat",
     "Ticket #[[OTHER_ID|TCK-88120]]: login attempts on the account of [[PERSON|Femi Balogun]] "
     "from [[IP_ADDRESS|2001:db8:4a1f::17]] and [[IP_ADDRESS|198.51.100.204]] were blocked after "
     "5 failures. Customer callback number: [[PHONE|469-555-0102]]."),

    ("chat-035", "chat",
     "you can see my review here lol [[URL|https://www.example.com/u/gracie.okoro]] anyway the "
     "pharmacist [[PERSON|Hyun-woo]] was super helpful w my albuterol today \U0001F49B"),

    ("chat-036", "chat",
     "booking my DOT physical for next week. name is [[PERSON|Dwayne 'Bubba' Gutierrez]], TX CDL "
     "[[LICENSE_NUMBER|40918273]], they also want the truck VIN on the form: "
     "[[VEHICLE_ID|1FTEW1E57PKD38217]]"),

    ("chat-037", "chat",
     "yo its [[PERSON|kwame]] again my wife [[PERSON|abena]] needs her prenatal vitamins shipped "
     "b4 [[DATE|6/3]] we moved to [[STREET_ADDRESS|55 e 3rd st]] [[LOCATION|bayonne]] "
     "[[ZIP|07002]] ty"),

    ("chat-038", "chat",
     "Dear Mr. [[PERSON|Al-Masri]],\n"
     "Your order #[[OTHER_ID|WX-301177]] has shipped via USPS, tracking "
     "[[OTHER_ID|9400 1118 9922 3847 5510 63]].\n\n"
     "Kind regards,\n"
     "[[PERSON|Layla bint Khalid]]\n"
     "Customer Care, Nuvia Health Store\n"
     "[[PHONE|877.555.0115 ext 4]]"),

    ("chat-039", "chat",
     "Hi, this is [[PERSON|Kasia]] ([[PERSON|Katarzyna Nowak-Dąbrowska]]). My BCBS ID is "
     "[[HEALTH_PLAN_ID|XYP812445907]] and my new plan starts [[DATE|2026-07-01]]. Can you rerun "
     "the benefits check?"),

    ("chat-040", "chat",
     "Address change pls\n"
     "[[PERSON|Oluwaseun Adebayo-Johnson]]\n"
     "c/o [[PERSON|Funmilayo Adebayo]]\n"
     "[[STREET_ADDRESS|PO Box 4412]]\n"
     "[[LOCATION|Silver Spring]], MD [[ZIP|20914]]\n"
     "cell [[PHONE|(240) 555-0138]]"),

    ("chat-041", "chat",
     "Good pm po! I want to book for my baby [[PERSON|Princess Mae Villanueva]], born "
     "[[DATE|Feb 21st]] this year, for her 4 month checkup. Father is [[PERSON|Jomar Villanueva]]. "
     "Thank you po \U0001F64F"),

    ("chat-042", "chat",
     "Hi, I'm the nurse at [[LOCATION|Willowbrook Manor]]. Two residents need flu shots billed: "
     "[[PERSON|Gertrude Hollis]], age [[AGE|103]], and [[PERSON|Bernard Szymański]], [[AGE|99]] "
     "y/o. This is [[PERSON|Tanisha]] RN, call [[PHONE|555-0127]] with questions"),

    ("chat-043", "chat",
     "Agent: Hi, [[PERSON|Nikos]] here from the pharmacy team. We faxed Dr. [[PERSON|Ramírez]]'s "
     "office at [[FAX|+1 305 555 0186]] on [[DATE|06/02/2026]] for the Ozempic renewal but haven't "
     "heard back.\n"
     "Customer: ugh ok ill call them"),

    ("chat-044", "chat",
     "pump warranty claim: t:slim X2 serial [[DEVICE_ID|1188427]], pt "
     "[[PERSON|McKenzie-Wright, Logan]], DOB [[DATE|Oct 5 2009]], moms cell "
     "[[PHONE|(865)555-0163]]. mom is [[PERSON|Heather]]"),

    ("chat-045", "chat",
     "Re: claim [[OTHER_ID|CLM-2026-0611-4478]] denied\n"
     "Member: [[PERSON|Abimbola Oyelaran]], UHC ID [[HEALTH_PLAN_ID|908744120]]\n"
     "Date of service: [[DATE|5/19/26]]\n"
     "Our billing account: [[ACCOUNT_NUMBER|772041933]]\n"
     "Please reply to [[EMAIL|abi.oyelaran@example.net]]"),

    # ------------------------------------------------------------------ clean batch 1
    ("clean-001", "clean",
     "does the Zepbound 2.5 mg/0.5 mL pen come in a 4-pack? i see SKU ZPB-25-4PK at $1,049.00 "
     "but the single-dose vial kit is $349 - which one ships cold"),

    ("clean-002", "clean",
     "top site searches this week (no account data):\n"
     "flonase sensory mist 120 sprays\n"
     "tylenol pm vs advil pm\n"
     "epley maneuver pillow meniere's\n"
     "french press decaf low acid\n"
     "spanish-language leaflet jardiance\n"
     "libre 3 reader firmware 2.4.1\n"
     "10% off first refill code"),

    ("clean-003", "clean",
     "S: 58 yo M c/o episodic vertigo w/ tinnitus and aural fullness L ear x 3 wks. Suspect "
     "Meniere's vs vestibular migraine.\n"
     "O: BP 128/82, HR 74, SpO2 98% RA, T 36.7. Romberg neg, Dix-Hallpike neg bilat, no "
     "spontaneous nystagmus. Babinski downgoing bilat. Weber midline, Rinne AC>BC both sides.\n"
     "A/P: Na <2 g/day, limit caffeine. HCTZ 12.5 mg PO daily. Meclizine 12.5-25 mg q8h prn, "
     "disp #20. Audiogram referral. RTC 4-6 wks or sooner if hearing drops."),

    ("clean-004", "clean",
     "quick q about my hydrocodone/APAP 10/325. the pharmacist told me take 1/2 tab every 6 hrs "
     "as needed but the label says 1 tab q4-6h prn, max 6 tabs/day. pain is like 4/10 now so "
     "half is enough most days. is it ok to split them or should I ask my doctor for the 5/325 "
     "instead?"),

    ("clean-005", "clean",
     "Store FAQ - When will my order ship?\n"
     "Pharmacy hours are Mon-Fri 9:00-17:30 and Sat 10:00-14:00 (Eastern). We are closed Sundays "
     "and on federal holidays. Orders approved by the pharmacist before 15:00 ship the same day; "
     "later orders ship the next business day. Cold-chain items such as insulin and GLP-1 pens "
     "never ship on a Thursday or Friday, so they do not sit in a depot over the weekend. "
     "Saturday delivery is available in most states for $12.95. Prices may change without "
     "notice."),

    # ------------------------------------------------------------------ clean batch 2
    ("clean-006", "clean",
     "Agent: Your order is at step 3 of 5 (pharmacist review). Once it moves to Packed you'll "
     "get a text with the carrier link.\n"
     "Customer: ok so it wont make it by the weekend?\n"
     "Agent: If review clears before 14:00 ET it goes out same day on 2-day shipping, so most "
     "likely Monday.\n"
     "Customer: fine. also the last box of the kids fever reducer 160 mg/5 mL says lot 24K0917, "
     "exp 2027. is that one of the recalled batches?\n"
     "Agent: No, the voluntary recall only covers lots starting 23J. You're all set."),

    ("clean-007", "clean",
     "Weekly Pill Organizer XL, AM/PM, 14 compartments. Colours: Rose Gold, Hazel, Willow Green, "
     "Ivy, Ruby, and Sunday Best Navy. Lids are marked S M T W T F S in raised Braille. "
     "Dishwasher safe (top rack), BPA-free. Item 40217. $14.99 each or 2 for $25. "
     "4.8 out of 5 stars."),

    ("clean-008", "clean",
     "hi, my 4 yo had Kawasaki disease last year and the cardiologist wants her on low dose "
     "aspirin a while longer. your product page says aspirin may cause Reye's syndrome in "
     "children so now im nervous. should I still order the 81 mg chewables? and do they come "
     "in orange or only cherry"),

    ("clean-009", "clean",
     "Got my labs back: A1c 6.9 (was 7.4), fasting glucose 131, eGFR 58, LDL 96, TSH 2.1. "
     "Jardiance 10 mg has been fine, no UTIs. My doctor wants to add Zepbound rather than bump "
     "metformin to 1000 mg BID. Does that need a new prior auth? I'm on a Cigna plan through "
     "work."),

    ("clean-010", "clean",
     "Patient education sheet - Wilson's disease. Your care team checks for Kayser-Fleischer "
     "rings with a slit lamp and watches your ceruloplasmin (often <20 mg/dL) and 24-h urine "
     "copper (>100 mcg/24 h at diagnosis). Limit shellfish, organ meats, nuts, chocolate and "
     "mushrooms. Zinc acetate 50 mg is taken 3 times a day between meals; trientine goes 1 h "
     "before or 2 h after food, and never at the same time as an iron supplement."),

    # ------------------------------------------------------------------ clean batch 3
    ("clean-011", "clean",
     "paxlovid question - i take atorvastatin 40 and amlodipine/benazepril 5/20. pharmacist said "
     "hold the statin during the 5 days and for 3 days after. is the 300/100 dose pack right for "
     "me or the 150/100 renal one? creatinine was 0.9 so kidneys should be ok"),

    ("clean-012", "clean",
     "ok to keep using my French press with Barrett's esophagus? on omeprazole 40 mg before "
     "breakfast, may I add Pepcid AC at night?"),

    ("clean-013", "clean",
     "App keeps crashing at checkout. Version 5.14.2 (build 20931) on iOS 18.3. I get error "
     "PAY-0412 \"declined by issuer\" and then a white screen. Tried the codes MARCHFORWARD20 and "
     "SPRING-RESET15, neither applied. Cleared cache, reinstalled, same thing. The web cart works "
     "fine though, it shows 18% off on the Flonase 2-pack."),

    ("clean-014", "clean",
     "Newborn nursing note: term male, SVD, Apgar 8 and 9 at 1 and 5 min. Wt 3.41 kg, length "
     "50.5 cm, HC 34 cm. T 36.8, HR 142, RR 44. Voided x1, meconium x2. Moro, rooting and palmar "
     "grasp present; Ortolani and Barlow negative; red reflex present OU. Vitamin K 1 mg IM and "
     "erythromycin ointment given, hep B vaccine given. Mother plans to breastfeed, lactation "
     "consult requested."),

    ("clean-015", "clean",
     "Telehealth triage: parent reports teen fell off a skateboard, brief LOC under 1 min, now "
     "GCS 15 per parent on video, pupils equal, vomited x2, worsening headache 7/10. Not suitable "
     "for a video visit per Canadian CT Head Rule and PECARN criteria. Advised in-person ED "
     "evaluation now; do not give ibuprofen until seen. Call 911 if drowsy or confused."),
]

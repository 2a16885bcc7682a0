"""heldout4 chat + clean texts (CC0-1.0, everything invented).

Inline markup: [[TYPE|value]] around every identifier.
Built and validated by build_heldout3.py --set heldout4. Stdlib only.
"""

TEXTS = [
    # ------------------------------------------------------------------ chat
    ("chat-001", "chat",
     "hey its [[PERSON|marisol]] again my wegovy pen never came order "
     "[[OTHER_ID|WG-550914]] tracking says delivered [[DATE|11/28]] but nothing at "
     "[[STREET_ADDRESS|4417 w belmont ave apt 2r]] [[LOCATION|chicago]] [[ZIP|60641]] "
     "can u check 😩😩"),

    ("chat-002", "chat",
     "[Voicemail transcript, auto-generated]\n"
     "hi um yes this is [[PERSON|raymond okonkwo]] calling about my refill for the "
     "lisinopril uh my date of birth is [[DATE|march the fourth nineteen sixty one]] "
     "and you can call me back at [[PHONE|two one six five five five oh one seven two]] "
     "that's my cell okay thank you bye"),

    ("chat-003", "chat",
     "User: i need to update my shipping address for my contacts\n"
     "Assistant: Happy to help! Can you confirm your full name and date of birth?\n"
     "User: [[PERSON|siobhan ni bhriain]] [[DATE|14/07/1983]]\n"
     "Assistant: Thank you. I have [[PERSON|Siobhán Ní Bhriain]], born "
     "[[DATE|14 July 1983]]. What's the new address?\n"
     "User: [[STREET_ADDRESS|88 Harbor View Rd Unit 5]], [[LOCATION|Portland]] ME [[ZIP|04101]]\n"
     "Assistant: Got it. Your Dailies Total1 90-pack will ship to the new address. "
     "Anything else I can do?"),

    ("chat-004", "chat",
     "Subject: Re: AirSense motor noise - warranty\n\n"
     "Hi [[PERSON|Tomasz]],\n\n"
     "Thanks for sending the serial. A replacement unit ships as soon as the old one "
     "is scanned in (prepaid box coming by UPS).\n\n"
     "Best,\n"
     "[[PERSON|Keisha Broadnax]], RRT\n"
     "Respiratory Care Team\n\n"
     "On Mon, [[DATE|Oct 12, 2026]] at 8:02 PM [[PERSON|Tomasz Wiśniewski]] "
     "<[[EMAIL|t.wisniewski@example.com]]> wrote:\n"
     "> my airsense is making a grinding noise at night. serial [[DEVICE_ID|23171445098]], "
     "bought it from you [[DATE|03/2024]]. can you replace under warranty?"),

    ("chat-005", "chat",
     "New submission: Hearing Aid Repair form\n"
     "First name: [[PERSON|Grant]]\n"
     "Last name: [[PERSON|Holloway]]\n"
     "Phone: [[PHONE|(312) 555-0139 x204]]\n"
     "Serial (left): [[DEVICE_ID|2219HX0417]]\n"
     "Serial (right): [[DEVICE_ID|2219HX0418]]\n"
     "Purchase date: [[DATE|2025-06-30]]\n"
     "Message: right one whistles whenever I put my glasses on. My audiologist "
     "Dr. [[PERSON|Faith Amankwah]] said to send both in."),

    ("chat-006", "chat",
     'Assistant -> tool call `create_refill_request`\n'
     '{"patient": {"first_name": "[[PERSON|Oluwaseun]]", "last_name": '
     '"[[PERSON|Adebayo-Okafor]]", "dob": "[[DATE|1988-11-02]]"}, "rx_number": '
     '"[[OTHER_ID|RX7730215]]", "medication": "sertraline 50 mg", "qty": 30, '
     '"callback_phone": "[[PHONE|+1-404-555-0162]]", "notes": "pt prefers pickup at '
     'the [[LOCATION|Decatur]] store"}'),

    ("chat-007", "chat",
     'POST /webhooks/orders-create (X-Shopify-Topic: orders/create)\n'
     '{"id": [[OTHER_ID|5512093847]], "email": "[[EMAIL|hope.lindqvist@example.com]]", '
     '"created_at": "[[DATE|2026-10-30]]T14:22:51-05:00", "customer": {"first_name": '
     '"[[PERSON|Hope]]", "last_name": "[[PERSON|Lindqvist]]", "phone": '
     '"[[PHONE|+16125550114]]"}, "shipping_address": {"address1": '
     '"[[STREET_ADDRESS|2710 Bryant Ave S]]", "address2": "[[STREET_ADDRESS|Apt 3]]", '
     '"city": "[[LOCATION|Minneapolis]]", "province": "MN", "zip": "[[ZIP|55408]]", '
     '"country": "US"}, "note_attributes": [{"name": "date_of_birth", "value": '
     '"[[DATE|04/22/1979]]"}], "line_items": [{"sku": "TRT-CYP-200-10", "title": '
     '"Testosterone cypionate 200 mg/mL, 10 mL vial", "price": "89.00"}]}'),

    ("chat-008", "chat",
     "INTERNAL NOTE - not visible to customer\n"
     "Wrong-patient fill. We shipped [[PERSON|Bill Petrakis]]'s metformin "
     "(Rx [[OTHER_ID|4418290]]) to [[PERSON|Will Petrakis]], his son, same household at "
     "[[STREET_ADDRESS|19 Cottonwood Ln]], [[LOCATION|Boise]] ID [[ZIP|83702]]. Son opened "
     "the box but did not take any. Pharmacist [[PERSON|Drew Castellanos]], RPh notified, "
     "incident report filed.\n"
     "- [[PERSON|M.K.]]"),

    ("chat-009", "chat",
     "Chargeback / Order #[[OTHER_ID|100482]]\n"
     "Cardholder: [[PERSON|LUCIA DE LA FUENTE MORALES]]\n"
     "Card: [[CREDIT_CARD|5221 0477 3390 8613]]\n"
     "Reason code: 13.1 Merchandise/Services Not Received\n"
     "Agent summary: customer says the Mounjaro kit never arrived. Carrier scan shows "
     "'left at front door' of [[STREET_ADDRESS|1402 SW 8th St]], [[LOCATION|Miami]] FL "
     "[[ZIP|33135]] on [[DATE|Oct 4]]. Photo on file. Recommend: accept and reship "
     "with signature required."),

    ("chat-010", "chat",
     "Hello, I am the healthcare power of attorney for my great-aunt, "
     "[[PERSON|Rose Marie Tibbetts]] (DOB [[DATE|09/30/1931]]; she is [[AGE|95]] and "
     "legally blind). I need to be added to her account so I can manage her refills and "
     "talk to the pharmacist. Her Medicare number is [[HEALTH_PLAN_ID|5TW7-KD3-RM82]]. "
     "I can upload the signed POA. My name is [[PERSON|Faith Oduya]] and "
     "[[PHONE|919-555-0171]] is my cell. Thank you!"),

    ("chat-011", "chat",
     "PHARMACY TRANSFER REQUEST (inbound)\n"
     "From: Walgreens, [[LOCATION|Brookhaven]] GA\n"
     "Transferring RPh: [[PERSON|Ananya Krishnamurthy]], PharmD\n"
     "Fax [[FAX|770-555-0127]]\n"
     "Patient: [[PERSON|TRAN, MINH V]]   DOB [[DATE|08-14-1966]]\n"
     "Rx [[OTHER_ID|0917734]] atorvastatin 40 mg #90, 2 RF remaining\n"
     "Prescriber: Dr. [[PERSON|Samuel Achterberg]]  NPI [[LICENSE_NUMBER|1846720393]]  "
     "DEA [[LICENSE_NUMBER|BA5318729]]\n"
     "Please confirm receipt by fax."),

    ("chat-012", "chat",
     "i cant log in!! my login is [[OTHER_ID|sunnyd_1975]] or maybe its my email "
     "[[EMAIL|sunny.delgado@example.com]]. security question answer is "
     "[[PERSON|Kowalczyk]] (moms maiden name). the last login alert said "
     "[[IP_ADDRESS|198.51.100.23]] which is my house i think. already opened "
     "ticket #[[OTHER_ID|208817]] yesterday, pls reset"),

    ("chat-013", "chat",
     "Delivery instructions for order [[OTHER_ID|77-31908]]: gate code 4417#. "
     "Leave the insulin cooler with the front desk at "
     "[[STREET_ADDRESS|300 Linden Ct, Bldg B]], [[LOCATION|Fresno]] [[ZIP|93721]], NOT on "
     "the porch (it's 104°F here). Call [[PERSON|Major van der Meulen]] on arrival: "
     "[[PHONE|559-555-0193]]."),

    ("chat-014", "chat",
     "curbside here 🚗 silver honda accord plate [[VEHICLE_ID|8MNR413]] spot 4. picking "
     "up for my mom [[PERSON|Nguyễn Thị Lan]] dob [[DATE|3 feb 1944]], shes 82 and cant walk far. im her daughter "
     "[[PERSON|kim]] 👋"),

    ("chat-015", "chat",
     "To: Appeals Unit, Horizon Crest Health Plan\n"
     "Re: Denial of tirzepatide (Mounjaro) - Member [[PERSON|Chinedu Emeka Obi]], "
     "ID [[HEALTH_PLAN_ID|XQH884102937]], Group [[HEALTH_PLAN_ID|0074521-002]], "
     "DOB [[DATE|12/19/1970]]\n\n"
     "I am writing to appeal the denial of my prior authorization. My endocrinologist, "
     "Dr. [[PERSON|Mariam Haddad]] at [[LOCATION|Lakeview Endocrine Associates]], "
     "documented an A1c of 9.1% despite metformin 1000 mg BID and Jardiance 25 mg "
     "daily. Step therapy has been met.\n\n"
     "Sincerely,\n"
     "[[PERSON|Chinedu Obi]]"),

    ("chat-016", "chat",
     "order_id,first_name,last_name,kit_barcode,kit_type\n"
     "[[OTHER_ID|LT-90311]],[[PERSON|Priyanka]],[[PERSON|Deshpande]],"
     "[[OTHER_ID|KT884120077]],thyroid-panel\n"
     "[[OTHER_ID|LT-90312]],[[PERSON|Xiaomei]],[[PERSON|Liu]],"
     "[[OTHER_ID|KT884120078]],std-5"),

    ("chat-017", "chat",
     "hi! two things 🙂 1) my dog Biscuit needs his apoquel refilled (pet rx "
     "[[OTHER_ID|PR-20417]]) and 2) my own sertraline. both on the same account "
     "[[ACCOUNT_NUMBER|0042918-7]] under [[PERSON|Anne-Marie Castellano-Reyes]]. the vet "
     "is Dr. [[PERSON|Leilani Kahale]] at [[LOCATION|Mililani Animal Clinic]] if you need "
     "to call her"),

    ("chat-018", "chat",
     "Hi, I'm coordinating with [[LOCATION|Bayview Fertility Center]] for my IVF meds. "
     "Patient: [[PERSON|Ayesha Siddiqui]]; my partner [[PERSON|Imran Siddiqui]] is paying. "
     "Clinic MRN [[MRN|00-418-227]]. I need the Menopur and Cetrotide delivered by "
     "[[DATE|10/14]] because stims start that weekend. Nurse coordinator is "
     "[[PERSON|Jolene]], [[PHONE|415-555-0158 ext 3312]]."),

    ("chat-019", "chat",
     "---------- Forwarded message ---------\n"
     "From: [[PERSON|Mark Feldstein]] <[[EMAIL|mfeldstein@example.org]]>\n"
     "Date: Thu, [[DATE|Sep 3, 2026]] at 11:40 PM\n"
     "Subject: cancel\n\n"
     "please cancel my therapy subscription before the next billing. my therapist "
     "[[PERSON|Ines]] is great but i cant afford it right now.\n\n"
     "-- \n"
     "[[PERSON|Mark Feldstein]], LCSW\n"
     "[[URL|https://mfeldstein.example.org/about]]"),

    ("chat-020", "chat",
     "omw 2 pick up my rx!! its under my maiden name tho, [[PERSON|Okafor]] 🙏"),

    ("chat-021", "chat",
     "CONTACT LENS PRESCRIPTION VERIFICATION\n"
     "To: [[LOCATION|Clearview Eye Associates]], attn Dr. [[PERSON|Henrik Aalto]], OD\n"
     "Fax: [[FAX|(919) 555-0145]]\n"
     "Patient: [[PERSON|Beatriz Quintero Salcedo]]    DOB: [[DATE|17/02/1990]]\n"
     "Lens: Acuvue Oasys, BC 8.4, DIA 14.0, OD -2.25, OS -2.75, qty 8 boxes\n"
     "Rx expires: 2027\n"
     "If we do not hear from you within 8 business hours, the prescription will be "
     "treated as verified under the FCLCA."),

    ("chat-022", "chat",
     "[[PERSON|Noor]] (Support): Could you read me the serial inside the battery door?\n"
     "Customer: SN [[DEVICE_ID|4F22-81907-R]] and the left one is "
     "[[DEVICE_ID|4F22-81907-L]]\n"
     "Support: Thanks! And whose name is the order under?\n"
     "Customer: my husband [[PERSON|Padraig O'Sullivan]]\n"
     "Support: Found it. It shipped to the old address on file, is that right?\n"
     "Customer: no we moved, we're at [[STREET_ADDRESS|57 Keel St]], "
     "[[LOCATION|Worcester]] [[ZIP|01603]] now"),

    ("chat-023", "chat",
     "CVS Pharmacy: Rx for [[PERSON|DREW A.]] is ready at our [[LOCATION|Riverside]] "
     "store until 9 PM today. Reply STOP to opt out."),

    ("chat-024", "chat",
     "Hi [[PERSON|Jasmine]], please upload your skin photos before your visit: "
     "[[URL|https://derm.example.com/upload?patient_id=PT-558102&ref=sms]]\n"
     "Your provider, [[PERSON|Chioma Nwachukwu]], NP, will review within 48 hours. "
     "Reminder: your iPLEDGE ID [[OTHER_ID|4417820391]] has to be confirmed before "
     "[[DATE|11/30]] or the isotretinoin can't be dispensed."),

    ("chat-025", "chat",
     "ORDER EXPORT (Magento 2.4)\n"
     "ORDER NO: [[OTHER_ID|2026-114903]]\n"
     "BILL TO: [[PERSON|KHALID BIN SAEED AL-HARBI]]\n"
     "ADDR: [[STREET_ADDRESS|9920 WESTHEIMER RD STE 410]]\n"
     "CITY/ST/ZIP: [[LOCATION|HOUSTON]] TX [[ZIP|77042-3318]]\n"
     "PAYMENT: AMEX [[CREDIT_CARD|3742 159860 31179]]\n"
     "ITEM: HEATED CPAP TUBE 6FT  QTY 2  $59.90\n"
     "SHIP DATE: [[DATE|10-NOV-2026]]"),

    ("chat-026", "chat",
     "(transcribed by voice assistant) ok so for the insurance form my social is "
     "[[SSN|nine eight seven six five four three two two]] and my member number is "
     "[[HEALTH_PLAN_ID|A as in apple 7 7 3 0 1 9 2 2]] and the name is "
     "[[PERSON|Venkatesh Raghunathan]] that's [[PERSON|V E N K A T E S H]] okay send"),

    ("chat-027", "chat",
     "Hola, escribo por mi mamá, [[PERSON|Gloria Esperanza Ramírez Ochoa]]. Her Medi-Cal "
     "ID is [[HEALTH_PLAN_ID|91874263A]]. She lives with us at "
     "[[STREET_ADDRESS|3321 Avenida del Sol]], [[LOCATION|Chula Vista]] [[ZIP|91910]]. "
     "If nobody answers, call my cell [[PHONE|+52 664 555 0139]]. Gracias!"),

    ("chat-028", "chat",
     "Customer forwarded this alert: \"New sign-in to your CareCart account (user: "
     "[[OTHER_ID|gwojcik.1958]]) from [[IP_ADDRESS|2001:db8:4a1c::17]] on "
     "[[DATE|11/02/2026]] at 03:12. If this wasn't you, reset your password.\" Customer "
     "[[PERSON|Grzegorz Wójcik]] says it was not him; password reset sent, 2FA enabled."),

    ("chat-029", "chat",
     "voice note: hey its [[PERSON|ahmad bin yusof]], my email changed, its "
     "[[EMAIL|ahmad underscore yusof at example dot com]], can you update it before my "
     "next lens order thanks"),

    ("chat-030", "chat",
     "Counseling log - [[PERSON|Isabel Fonseca-Lima]], RPh (lic. "
     "[[LICENSE_NUMBER|PHA 28715]]) counseled pt [[PERSON|Wei Zhang]] (DOB "
     "[[DATE|1949-06-03]]) on Eliquis 5 mg BID. Pt reports bleeding gums x2 days. Advised "
     "to contact prescriber Dr. [[PERSON|Rohan Mehta]] (NPI "
     "[[LICENSE_NUMBER|1275309486]]) today."),

    ("chat-031", "chat",
     "my omnipod PDM keeps saying error 49 🙄 PDM serial is [[DEVICE_ID|80-33126-4471]] "
     "and my dexcom G7 sensor code is 5931, serial [[DEVICE_ID|3W4K9X7PQ2]]. the new pump "
     "kit was shipped [[DATE|09/09]]. name on the acct is [[PERSON|Sunny Park]]"),

    ("chat-032", "chat",
     "Thanks for confirming the shipment of the cold-chain vials.\n\n"
     "Warm regards,\n"
     "Dr. [[PERSON|Olumide Fashola]], MBBS, FWACS\n"
     "Medical Director, [[LOCATION|Lagos Island Women's Clinic]]\n"
     "[[PHONE|+234 803 555 0172]] | [[EMAIL|olumide.fashola@example.org]]\n"
     "[[STREET_ADDRESS|12 Broad Street]], [[LOCATION|Lagos Island]] [[ZIP|101001]]"),

    ("chat-033", "chat",
     "Customer: hi i got someone elses package?? label says [[PERSON|J.R. Castellano]], "
     "[[STREET_ADDRESS|45 Dunmore Ave]], [[LOCATION|Scranton]]. im not [[PERSON|J.R.]] lol\n"
     "Agent: I'm so sorry! Can I get your name and order number?\n"
     "Customer: [[PERSON|teresa mullally]] order [[OTHER_ID|48820391]]\n"
     "Agent: Thanks [[PERSON|Teresa]]. Please don't open the box, it's another patient's "
     "medication. I'm emailing you a prepaid return label now."),

    ("chat-034", "chat",
     "Hiya, I'm over from [[LOCATION|Cork]] visiting my daughter till the "
     "[[DATE|3rd of May]]. Could you fill my inhaler script? Name's "
     "[[PERSON|Aoife Brennan-Kelly]], born [[DATE|12.03.1958]]. My GP at home is "
     "Dr. [[PERSON|Declan Moriarty]], tel [[PHONE|+353 21 555 0148]]."),

    ("chat-035", "chat",
     "FRAUD REVIEW - order [[OTHER_ID|610044]]\n"
     "Placed from IP [[IP_ADDRESS|203.0.113.47]]\n"
     "Billing name: [[PERSON|Ifeoma Chukwu]]\n"
     "Card: [[CREDIT_CARD|6011-0049-3817-5623]] (Discover)\n"
     "Ship to: [[STREET_ADDRESS|77 Ferry St Apt 12]], [[LOCATION|Newark]] NJ [[ZIP|07105]]\n"
     "AVS: billing ZIP mismatch. Decision: hold 24 h, call customer."),

    ("chat-036", "chat",
     "what time does the [[LOCATION|Eastgate]] location close today? need to grab my "
     "son's amoxicillin"),

    ("chat-037", "chat",
     "ID check for C-II pickup: NY driver license [[LICENSE_NUMBER|714 382 905]], exp "
     "2031, photo matches. Name matches Rx: [[PERSON|Faith Adeyemi-Rhodes]]. "
     "Rx #[[OTHER_ID|C-2209914]] Adderall XR 20 mg #30. Billed NY Medicaid, CIN "
     "[[HEALTH_PLAN_ID|AB41827K]]. Picked up by patient [[DATE|11/07/2026]] 14:05. "
     "-[[PERSON|Tomás Ibarra]], RPh"),

    ("chat-038", "chat",
     "User: hi, starting the tirzepatide program. im [[PERSON|drew hamasaki]]\n"
     "Assistant: Welcome, [[PERSON|Drew]]! To set up your intake, what's your date of "
     "birth and which state do you live in?\n"
     "User: [[DATE|6-23-84]] and oregon\n"
     "Assistant: Thanks! I have [[PERSON|Drew Hamasaki]], DOB [[DATE|06/23/1984]], "
     "Oregon. What's the best mobile number?\n"
     "User: [[PHONE|503 555 0196]]\n"
     "Assistant: Great. I'll text [[PHONE|503-555-0196]] a link to your intake form: "
     "[[URL|https://intake.example.com/start?u=dhamasaki84]]"),

    ("chat-039", "chat",
     "Billing question - we have two plans. Primary is BCBS, ID "
     "[[HEALTH_PLAN_ID|XYZ800142337]], group [[HEALTH_PLAN_ID|18840]]. Secondary is "
     "Tricare, DBN [[HEALTH_PLAN_ID|30819472561]]; my husband [[PERSON|Grant]] is the "
     "sponsor. They keep asking for the subscriber SSN, it's [[SSN|987 65 4324]]. Our "
     "account with you is [[ACCOUNT_NUMBER|CU-0093187]].\n"
     "- [[PERSON|Rosa Villanueva-Ortiz]]"),

    ("chat-040", "chat",
     "Hi, the mobile infusion nurse asked for our RV details for Thursday's IVIG visit. "
     "We're parked at [[STREET_ADDRESS|Site 22, 1100 E Ocotillo Rd]], [[LOCATION|Yuma]] "
     "[[ZIP|85365]]. It's a white Ford E-450 motorhome, Arizona plate "
     "[[VEHICLE_ID|CBR-4471]], VIN [[VEHICLE_ID|1FDXE4FS4KDC31877]]. Patient is my "
     "husband [[PERSON|Harold \"Hal\" Jennings]]. Ring the bell twice."),

    ("chat-041", "chat",
     "Patient demographics (pasted from EHR):\n"
     "Name: [[PERSON|Kowalski-Nakamura, Elena R]]\n"
     "MRN: [[MRN|004418827]]\n"
     "DOB: [[DATE|01/05/1933]] ([[AGE|93]] y)\n"
     "SSN: [[SSN|987-65-4323]]\n"
     "Addr: [[STREET_ADDRESS|16 Birchwood Terrace, Apt 2B]], [[LOCATION|Montclair]], NJ "
     "[[ZIP|07042]]\n"
     "Home: [[PHONE|973-555-0121]]\n"
     "Emergency contact: [[PERSON|Kenji Nakamura]] (son) [[PHONE|973-555-0123]]\n"
     "PCP: Dr. [[PERSON|Abena Mensah-Boateng]]\n"
     "Facility: [[LOCATION|Birchfield Medical Center]]"),

    ("chat-042", "chat",
     "can u move my labcorp draw to [[DATE|12/2]]?? cant do thurs. - [[PERSON|big mike]]"),

    ("chat-043", "chat",
     "Done, faxed this morning for [[PERSON|Marguerite \"Maggie\" Dufresne]], DOB "
     "[[DATE|7 Jan 1987]].\n\n"
     "[[PERSON|Erik Lindgren]], MD\n"
     "DEA [[LICENSE_NUMBER|FL2604191]]\n\n"
     "On Wed, [[DATE|4 Nov 2026]] at 16:20, [[PERSON|Hannah Oyelaran-Smith]], PharmD "
     "wrote:\n"
     "> Hi Dr. [[PERSON|Lindgren]], we need a new script for the patient's progesterone "
     "in oil 50 mg/mL; the old one has no refills left. Please fax it to "
     "[[FAX|(612) 555-0140]]."),

    ("chat-044", "chat",
     "buenas, quiero saber si ya llegó la receta de mi esposo "
     "[[PERSON|Juan Carlos Méndez Ibarra]]. fecha de nacimiento [[DATE|23/09/1957]]. mi "
     "número es [[PHONE|210-555-0188]]. gracias!!"),

    ("chat-045", "chat",
     "Where is my hearing aid return?? I mailed it on [[DATE|Oct 19]] with the label you "
     "sent, USPS tracking [[OTHER_ID|9400 1118 9922 3344 5566 77]]. Return auth "
     "[[OTHER_ID|RA-44192]], account # [[ACCOUNT_NUMBER|88120045]]. Still no refund!!! "
     "- [[PERSON|Bill]]"),

    # ----------------------------------------------------------------- clean
    ("clean-001", "clean",
     "What is your return policy on unopened contact lenses? I ordered the Acuvue Oasys "
     "12-pack (SKU ACV-OAS-12-BC84, $89.99) and then my prescription changed from -2.25 "
     "to -2.50. Also, do you ship to Alaska and Hawaii, or only the lower 48?"),

    ("clean-002", "clean",
     "Quick question for the pharmacist: can I take Allegra with Valium? I also use "
     "Aleve for Hashimoto's flare-ups and get Raynaud's in the winter. My neurologist "
     "thinks the facial droop last spring was Bell's palsy. Is any of that a problem "
     "with Max Strength Mucinex?"),

    ("clean-003", "clean",
     "Reference ranges printed on the kit insert: TSH 0.45-4.50 mIU/L, free T4 "
     "0.8-1.8 ng/dL, HbA1c below 5.7% normal and 5.7-6.4% prediabetes, LDL under "
     "100 mg/dL, vitamin D 30-100 ng/mL, ferritin 24-336 ng/mL. Target BP 120/80 or "
     "lower. Results usually post in 3-5 business days."),

    ("clean-004", "clean",
     "Store hours: Mon-Fri 9:00-19:00, Sat 10:00-16:00, closed Sunday. Pharmacist "
     "consults are free. New customers can use code WELCOME15 for 15% off, and FALL26 "
     "takes $10 off orders over $75 (one use per household). Same-day courier is "
     "available in most metro areas."),

    ("clean-005", "clean",
     "Bug report: the iOS app v4.12.3 (build 20261) crashes with error E-4031 when I "
     "try to photograph my insurance card. The Android build 4.12.1 works. Already tried "
     "reinstalling, clearing the cache and toggling camera permissions. Help article "
     "KB-1187 didn't help."),

    ("clean-006", "clean",
     "Is ella the same thing as Plan B One-Step? And is Opill really over the counter "
     "now? I'd also like to know whether Addyi, Lyrica or Xanax need an ID check at "
     "pickup."),

    ("clean-007", "clean",
     "Do you still carry the AirFit F20 For Her mask in Rose Gold, or only Ice Blue? I "
     "need a medium cushion (SKU 63551), two disposable filters and the 6 ft ClimateLine "
     "tubing. My pressure is set at 11 cmH2O with EPR 2."),

    ("clean-008", "clean",
     'Tool call `quote_price` -> {"sku": "GLP-SEMA-025", "drug": "semaglutide", '
     '"strength": "0.25 mg", "frequency": "once weekly", "qty": 4, "titration": '
     '"0.25 mg x4 wk then 0.5 mg", "price_usd": 349.00, "ships_from": "Nevada", '
     '"cold_chain": true}'),

    ("clean-009", "clean",
     "Sig: take 1/2 tab of carbidopa/levodopa 25/100 PO TID with meals for Parkinson's; "
     "may increase to 1 tab. Pain 7/10 today, down from 9/10. Uses a 3/4 inch 31G "
     "needle for the B12 shots. Follow up in 2 weeks."),

    ("clean-010", "clean",
     "Do you accept HSA and FSA cards? Is Medicare Part D accepted for the hearing aid "
     "batteries, or only Part B for the CPAP? Do you take Aetna, Cigna or Kaiser? What "
     "is the copay for a tier 2 generic?"),

    ("clean-011", "clean",
     "The vial label reads: Lot 4K72B1, exp 2027, NDC 0169-4772-12, store refrigerated "
     "at 36-46°F, discard 56 days after first use. Recall notice RC-0922 covers lots "
     "4K70A to 4K71Z only, so yours is not affected."),

    ("clean-012", "clean",
     "Is Apoquel safe to give alongside Simparica Trio for a 30 lb dog? We also have "
     "Heartgard Plus chewables for 26-50 lb dogs and a Bravecto chew that says 'every "
     "12 weeks'. The cat is on Revolution Plus."),

    ("clean-013", "clean",
     "Exam template (blank): Tinel and Phalen negative, Finkelstein positive on the "
     "right, Spurling negative, Lachman and McMurray deferred, Kernig and Brudzinski "
     "signs absent. History: Ménière's disease, Paget's disease of bone, family history "
     "of Wilson's disease."),

    ("clean-014", "clean",
     "I hope you can help. Will my order ship today? I tried to mark the box for express "
     "but the app won't grant access to the camera. The bill was $45, which is a major "
     "jump, and I have faith you'll sort it out. It's sunny here, so please don't leave "
     "the insulin outside. The nurse drew blood last week and said the results were "
     "fine."),

    ("clean-015", "clean",
     "Our support line is open 24/7, 365 days a year. Customers rate us 4.8/5 and 9 out "
     "of 10 would recommend us. Since 2019 we've filled over 2,000,000 prescriptions. "
     "Orders placed before 3 PM ship the same day; shipping takes 2-5 days. Error 404 "
     "means the page moved. The compression socks run in sizes 9/10 and 11/12."),
]

"""heldout8: chat and clean texts (chat-801..chat-845, clean-801..clean-815).

Licence: CC0-1.0. Everything is invented: names, addresses, phone numbers, ids,
facilities and stores. Phones use 555-01xx, UK 07700 900xxx and AU 0491 570 xxx;
e-mail and web domains are example.*; IPs come from documentation ranges; the SSN
is in the 987-65-432x range. The card number (Luhn), IBAN (mod-97), NPI (Luhn with
80840), DEA (check digit, second letter = prescriber surname), NHS number (mod 11),
Medicare AU number (weighted check digit) and Ontario health card (Luhn) are valid
on purpose. Written blind: only the deid README and build_heldout3.py were read.

The README guidelines and the earlier sets' decisions are followed. Cases they do
not spell out were annotated like this:

- Timestamps: only the calendar date of an ISO or chat/e-mail timestamp is a DATE;
  time, zone and weekday stay outside. A date written in the wrong locale
  ("31/12/1951" sent to an en-US parser), a Spanish date ("12 de marzo de 1948"),
  a German dotted date and "31st of December 1951" are one DATE each. Death dates,
  prior-auth "approved through" dates, refill-before and discard-after dates on a
  label, next-charge dates and estimated due dates are DATE. A month alone
  ("september", "march") is not annotated; "Sept 2025" is.
- Ages: "Happy [90]th birthday" is an AGE of 90 with "th" outside; ages of 89 and
  under (67, 78, 82, 11, 4) are not annotated.
- Names: a Teams-style @mention that renders a display name ("@Dev") is PERSON with
  "@" outside; an Instagram @handle is OTHER_ID. Admin, reviewer and agent user
  names in order-comment histories, fraud reviews and agent notes ("bwallace",
  "t.nakamura", "kpatel") are OTHER_ID. A spelled name ("s t e f a n") is its own
  PERSON span. A baby's name in a gift message is PERSON. Bot and AI-agent
  personas (Sage, Juniper, Fin, Ava), shop brands, SMS sender names (CAREFILL) and
  short codes are not annotated. "Sra.", "Mr.", "Dr", "attn" stay outside.
- Places: a store branch named by its neighbourhood or street ("the ballard store",
  "the Wicker Park store", "the Sydney Rd store") is a LOCATION; in "the rite aid in
  everett" only the place is; a carrier hub or warehouse town ("Secaucus hub",
  "Edison DC") is a LOCATION; "Clinic - Branch" is two LOCATIONs; a named
  assisted-living community, memory-care unit or vein/sleep/anticoagulation clinic
  is a LOCATION, and its shortened name ("Ashgrove", "Magnolia Terrace") too.
  Landmarks ("by the fred meyer"), universities (OSU), payers and HSA
  administrators are not annotated.
- Addresses: an address that failed validation is annotated as written; a street
  name used alone for a house ("the people at birchwood") is a STREET_ADDRESS; a
  lone unit line ("Apt 118", "flat 9", "apartment 9") is its own STREET_ADDRESS;
  a rural route box ("Rt 2 Box 118") is one. Door and gate codes are not annotated.
- Ids: parcel tracking (UPS, USPS, FedEx, LTL PRO numbers), carrier investigation,
  dispatch, booking confirmation, adverse-event case, RMA, ticket, Help Scout and
  Intercom conversation numbers and Rx numbers are OTHER_ID; a Recharge
  subscription id is OTHER_ID and its customer_id ACCOUNT_NUMBER, like a Stripe
  cus_ id, a shop customer number and an HSA account number; a telehealth
  patient_id is MRN and its visit id OTHER_ID; the Ontario health card is one
  HEALTH_PLAN_ID with its version letters inside; insurance group numbers,
  Medicaid numbers and the Medicare MBI are HEALTH_PLAN_ID; a CA driver licence,
  NPI and DEA are LICENSE_NUMBER; hearing-aid, CPAP, humidifier, glucose-meter and
  pulse-oximeter serials are DEVICE_ID. Not annotated: tool-use and call ids, room,
  session, request and Twilio message ids, form ids, image file names, lot
  numbers, NDC and UPC codes, bin locations, model names, card expiry and CVV,
  "card ending 3262", "ending in 0139" and a masked e-mail ("j***@example.com").
- Contact data is annotated whoever owns it: the shop's support e-mail and the
  Twilio "To" number, pharmacies', clinics', carriers' and facilities' phones, faxes
  and e-mails. URLs carrying a user or patient name (referral and booking links)
  are one URL span.
- Clean texts: brand names that look like people (Dr. Teal's, Mrs. Meyer's, Burt's
  Bees, Hyland's, Summer's Eve, "April Showers"), bot personas, holiday names,
  an API version "2026-10", "Plan 91", UPCs and bin codes like "A-12-03" carry no
  PHI and are not annotated.
"""

TEXTS = []

TEXTS += [
("chat-801", "chat", """hi! ordering the sport band medical id for my mom, can you check the engraving fits? 5 lines max right?

line 1: [[PERSON|ROSALIND FINCH]]
line 2: DOB [[DATE|02/14/1936]]
line 3: T2 DIABETIC / ON ELIQUIS
line 4: ALLERGIC PCN + SULFA
line 5: ICE [[PERSON|DANA]] [[PHONE|617-555-0143]]

she's [[AGE|90]] so big font pls lol. ship to her not me: [[STREET_ADDRESS|22 Quarry Hill Rd]], [[LOCATION|Quincy]] MA [[ZIP|02169]]. order was #[[OTHER_ID|MB-204871]]
- [[PERSON|dana finch-ocampo]]"""),

("chat-802", "chat", """[Chat started [[DATE|11/19/2026]] 14:02]
Visitor: hey my contacts order is stuck on "verifying rx"?? its been 3 days
Agent ([[PERSON|Marisol]]): Sorry about that! We send the verification to your eye doctor. Can you confirm the prescriber info?
Visitor: dr [[PERSON|anjali venkataraman]], [[LOCATION|brightwater eye care]] in [[LOCATION|tempe]]. phone [[PHONE|480-555-0172]], fax is [[FAX|480-555-0179]] i think
Visitor: my name is [[PERSON|caleb rusk]], dob [[DATE|7/30/1994]]
Agent ([[PERSON|Marisol]]): Thank you [[PERSON|Caleb]]. We had their fax as [[FAX|480-555-0197]], that's probably why. I've resent to [[FAX|480-555-0179]] and called the office. Under the FTC rule, if they don't respond within 8 business hours we can ship.
Visitor: ok cool. order [[OTHER_ID|3318820]]?
Agent ([[PERSON|Marisol]]): Yep, order [[OTHER_ID|3318820]], Acuvue Oasys 6pk x2. You'll get an email at [[EMAIL|c.rusk94@example.com]] when it ships."""),

("chat-803", "chat", """New submission: Insurance Breast Pump Qualification
-----
Mom's first name: [[PERSON|Tiana]]
Mom's last name: [[PERSON|Beauchamp-Reyes]]
Date of birth: [[DATE|1998-03-22]]
Estimated due date: [[DATE|01/09/2027]]
Phone: [[PHONE|(504) 555-0126]]
Email: [[EMAIL|tiana.breyes@example.net]]
Shipping address: [[STREET_ADDRESS|7713 Olive Branch Ct]]
Apt/Suite: [[STREET_ADDRESS|Unit B]]
City: [[LOCATION|Metairie]]
State: LA
ZIP: [[ZIP|70003]]
Insurance: Blue Cross Blue Shield of Louisiana
Member ID: [[HEALTH_PLAN_ID|XUB884120367]]
Group #: [[HEALTH_PLAN_ID|00417826]]
OB/Midwife name: Dr. [[PERSON|Celeste Arceneaux]]
OB practice phone: [[PHONE|504-555-0184]]
Pump preference: Spectra S1 (upgrade ok)
How did you hear about us: my sister [[PERSON|Monique]]
-----
Submitted from [[IP_ADDRESS|198.51.100.23]] via /pages/qualify"""),

("chat-804", "chat", """{"type": "tool_use", "id": "toolu_01HkQ3v9xZpLmN2sRt8YwE4b", "name": "create_transfer_request", "input": {"patient": {"first_name": "[[PERSON|Wen]]", "last_name": "[[PERSON|Zhao-Pellegrini]]", "dob": "[[DATE|1961-10-04]]", "phone": "[[PHONE|+1 929 555 0161]]"}, "from_pharmacy": {"name": "[[LOCATION|Corner Apothecary]]", "city": "[[LOCATION|Astoria]]", "state": "NY", "phone": "[[PHONE|718-555-0139]]"}, "rx_numbers": ["[[OTHER_ID|6120447]]", "[[OTHER_ID|6120448]]"], "drugs": ["atorvastatin 40 mg", "losartan 50 mg"], "prescriber": {"name": "Dr. [[PERSON|Ilya Brodsky]]", "npi": "[[LICENSE_NUMBER|1971723139]]"}, "notes": "pt says she moved to [[STREET_ADDRESS|31-40 38th St apt 2R]], [[ZIP|11103]], confirm address before shipping"}}"""),

("chat-805", "chat", """SMS 78422 <-> [[PHONE|+1 (412) 555-0108]]
[[[DATE|11/02]] 09:15] CAREFILL: Hi [[PERSON|JOSEPH]], Rx #[[OTHER_ID|7719035]] (metoprolol) is ready to refill. Reply 1 to refill, 2 to skip, STOP to opt out.
[[[DATE|11/02]] 09:41] [[PHONE|+1 (412) 555-0108]]: this is his wife. [[PERSON|joe]] passed away [[DATE|oct 17]]
[[[DATE|11/02]] 09:41] CAREFILL: Sorry, we didn't understand. Reply 1 to refill, 2 to skip, STOP to opt out.
[[[DATE|11/02]] 09:43] [[PHONE|+1 (412) 555-0108]]: STOP
[[[DATE|11/02]] 09:43] CAREFILL: You have been unsubscribed. Msg&data rates may apply.
[[[DATE|11/04]] 16:20] agent note ([[OTHER_ID|kpatel]]): spoke w/ wife [[PERSON|Bernadette Lisowski]], deceased [[DATE|10/17/2026]], inactivated profile for [[PERSON|Joseph Lisowski]] DOB [[DATE|01/08/1941]], removed autofill on [[OTHER_ID|7719035]] & [[OTHER_ID|7719036]]."""),
]

TEXTS += [
("chat-806", "chat", """Voicemail transcription (confidence 0.81) from [[PHONE|(215) 555-0114]], received [[DATE|12/01/2026]] 7:52 PM
"hi um this is [[PERSON|gloria minchev]] calling for my husband [[PERSON|stefan minchev]], [[PERSON|s t e f a n]], his birthday is [[DATE|may fifth nineteen thirty four]]. he's [[AGE|92]] and he's out of the eliquis, the five milligram, we're down to like two pills. dr. [[PERSON|okafor]]'s office said they sent it over on friday. can somebody call me back at [[PHONE|two one five five five five oh one one four]] or my daughter [[PERSON|lidia]] her cell is [[PHONE|267-555-0190]]. we're at [[STREET_ADDRESS|918 spruce street apartment 3]] in the city. okay thank you bye\""""),

("chat-807", "chat", """Order #[[OTHER_ID|1049-88213]] | risk: HIGH (score 912)
Reviewer: [[OTHER_ID|t.nakamura]]
- Billing: [[PERSON|Gregory Ashdown]], [[STREET_ADDRESS|4410 Brookhollow Dr]], [[LOCATION|Plano]] TX [[ZIP|75093]]
- Shipping: [[PERSON|Greg A.]], [[STREET_ADDRESS|1600 Industrial Blvd Ste 118]] (freight forwarder), [[LOCATION|Miami]] FL [[ZIP|33126]]
- Email [[EMAIL|gashdown.rx@example.com]] created 2 days before order; phone [[PHONE|972-555-0155]] is VoIP
- IP [[IP_ADDRESS|203.0.113.201]] geolocates to a datacenter; 3 cards declined before card ending 3262 went through
- Items: 3x Saxenda pen pack, 1x ondansetron ODT
Called the billing phone and reached the real [[PERSON|Gregory Ashdown]] (age 67), who says he didn't place it. Cancelled + refunded, card flagged. Ticket [[OTHER_ID|55917]] opened for chargeback defense."""),

("chat-808", "chat", """[handoff] bot -> human queue "pharmacy-tier2"
Summary (auto-generated):
- Customer: [[PERSON|Deshawn Pruitt]] (logged in, customer id [[ACCOUNT_NUMBER|7703315922]])
- Issue: Zepbound 5 mg shipment marked delivered [[DATE|11/24]] but not received; customer says the neighbor across the hall (Mrs. [[PERSON|Alvarado]]) sometimes takes packages in
- Verified: DOB [[DATE|09/12/1988]] OK, ZIP [[ZIP|60647]] OK
- Address on file: [[STREET_ADDRESS|2739 N Milwaukee Ave Apt 3A]], [[LOCATION|Chicago]] IL [[ZIP|60647]]
- Tracking: [[OTHER_ID|1Z8F47W20398816154]] (UPS)
- Sentiment: frustrated; mentioned "this is the second time"
- Suggested action: file carrier claim, reship with signature required
Customer's last message: "i need it before thursday my injection day is friday pls\""""),

("chat-809", "chat", """POST /webhooks/recharge  topic=subscription/skipped
{
  "subscription": {
    "id": [[OTHER_ID|418820193]],
    "customer_id": [[ACCOUNT_NUMBER|99120457]],
    "email": "[[EMAIL|pmcallister1957@example.org]]",
    "product_title": "Omeprazole 20mg DR - 90 ct",
    "next_charge_scheduled_at": "[[DATE|2027-01-15]]T00:00:00",
    "shipping_address": {
      "first_name": "[[PERSON|Patricia]]",
      "last_name": "[[PERSON|McAllister]]",
      "address1": "[[STREET_ADDRESS|PO Box 2281]]",
      "address2": "",
      "city": "[[LOCATION|Bozeman]]",
      "province": "Montana",
      "zip": "[[ZIP|59771]]",
      "phone": "[[PHONE|406-555-0133]]"
    },
    "cancellation_reason": null,
    "properties": [{"name": "Patient DOB", "value": "[[DATE|06/30/1957]]"}, {"name": "Prescriber", "value": "[[PERSON|Hollis Grant-Whitaker]] PA-C"}]
  }
}"""),

("chat-810", "chat", """ts,session,query,results
[[DATE|2026-11-30]]T22:14:09Z,s_8f2a,"ozempic 0.25",14
[[DATE|2026-11-30]]T22:14:31Z,s_8f2a,"refill for [[PERSON|marcus oyelaran]]",0
[[DATE|2026-11-30]]T22:15:02Z,s_8f2a,"[[PERSON|marcus oyelaran]] dob [[DATE|4/19/79]]",0
[[DATE|2026-11-30]]T22:19:47Z,s_c71d,"dr [[PERSON|hennessy]] prescription pick up",0
[[DATE|2026-11-30]]T22:20:10Z,s_c71d,"rx [[OTHER_ID|5580921]]",0
[[DATE|2026-11-30]]T22:23:55Z,s_e04b,"blood pressure cuff large",22
[[DATE|2026-11-30]]T22:24:40Z,s_e04b,"cuff for my dad hes [[AGE|93]]",3
[[DATE|2026-11-30]]T22:31:12Z,s_9aa0,"pharmacy open sunday near [[ZIP|85257]]",6
[[DATE|2026-11-30]]T22:33:05Z,s_9aa0,"[[PERSON|jen]] at the [[LOCATION|scottsdale]] store said to order online",0"""),
]

TEXTS += [
("chat-811", "chat", """Ticket #[[OTHER_ID|88104]] | Freshdesk | Priority: Low
From: [[PERSON|Lorraine Vukovich]] <[[EMAIL|lorraine.vukovich@example.com]]>
Subject: need letter of medical necessity for HSA

Hello, my HSA administrator (HealthEquity) rejected my claim for the compression stockings 20-30 mmHg and the infrared heating pad. They want a Letter of Medical Necessity. My HSA account is [[ACCOUNT_NUMBER|7300-44918-02]] if you need it on the letter. Diagnosis is chronic venous insufficiency, my doctor is Dr. [[PERSON|Farrokh Tehrani]] at [[LOCATION|Pinecrest Vein Center]]. Orders were [[OTHER_ID|40019]] ([[DATE|Oct 3]]) and [[OTHER_ID|40377]] ([[DATE|Oct 29]]). My date of birth is [[DATE|11/11/1972]].
Thanks, [[PERSON|Lorraine]]
Sent from my iPhone

--- Reply ([[PERSON|Ahmed]], Support) ---
Hi [[PERSON|Lorraine]], our telehealth partner can issue an LMN after a short async visit ($25, HSA-eligible). I've sent the intake link to [[EMAIL|lorraine.vukovich@example.com]]. Once Dr. [[PERSON|Tehrani]]'s notes are uploaded it's usually 2 business days.
[[PERSON|Ahmed]]"""),

("chat-812", "chat", """Privacy request form | type: DELETE MY DATA (CCPA/CPRA)
Name: [[PERSON|Javier Ocampo-Lindqvist]]
Email on account: [[EMAIL|jol.runs@example.com]]
Other emails I may have used: [[EMAIL|javier.ol@example.net]]
Phone: [[PHONE|415-555-0177]]
Previous address: [[STREET_ADDRESS|1482 Guerrero St]], [[LOCATION|San Francisco]], CA [[ZIP|94110]]
Order numbers (if known): [[OTHER_ID|100-448120]], [[OTHER_ID|100-451906]]
Message: I no longer use the ED medication service and I want every record of my orders, my telehealth questionnaire and my photos deleted. Please do not keep my ID scan either (CA driver license [[LICENSE_NUMBER|D4471903]]). Confirm in writing.
Verification: code sent to j***@example.com, verified"""),

("chat-813", "chat", """DISPATCH #[[OTHER_ID|SD-30418]] | pharmacy same-day | window 2-4pm
Pickup: [[LOCATION|Linden Park Pharmacy]], [[STREET_ADDRESS|55 Commonwealth Ave]], [[LOCATION|Newton]] MA [[ZIP|02459]], [[PHONE|(617) 555-0121]]
Dropoff: [[PERSON|Eleanor Whitcombe]] (pt) c/o [[PERSON|Tomasz]] (concierge)
  Address: [[STREET_ADDRESS|400 Stuart St, Unit 1907]], [[LOCATION|Boston]] [[ZIP|02116]]
  Gate/door code: 4471#
  Recipient phone: [[PHONE|857-555-0164]]
Contents: 1 refrigerated bag (Humalog KwikPen x5), KEEP COLD, do not leave unattended
Signature: required, 18+ w/ ID
Driver: [[PERSON|Kwame O.]] | vehicle plate [[VEHICLE_ID|8JKX42]] MA
Notes from pt: "my aide [[PERSON|Rosie]] is here til 3, after that ring twice, I'm [[AGE|95]] and slow to the door\""""),

("chat-814", "chat", """[[DATE|2026-12-03]] 18:01:12 INFO  room=vr-77a1 event=participant_joined role=patient patient_id=[[MRN|pt_0049217]] display_name="[[PERSON|Amara Nwachukwu]]" ip=[[IP_ADDRESS|192.0.2.118]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"
[[DATE|2026-12-03]] 18:01:40 INFO  room=vr-77a1 event=precheck result=ok camera=ok mic=ok bandwidth_kbps=2140
[[DATE|2026-12-03]] 18:06:55 WARN  room=vr-77a1 event=provider_late provider="[[PERSON|Renata Sokolowski]], NP" npi=[[LICENSE_NUMBER|1489953962]] wait_s=343
[[DATE|2026-12-03]] 18:07:30 INFO  room=vr-77a1 event=participant_joined role=provider display_name="[[PERSON|Renata Sokolowski]], NP"
[[DATE|2026-12-03]] 18:09:02 INFO  room=vr-77a1 event=participant_joined role=guest display_name="[[PERSON|Chidi]] (husband)" invited_by=[[MRN|pt_0049217]]
[[DATE|2026-12-03]] 18:31:47 INFO  room=vr-77a1 event=room_closed duration_s=1817 visit_id=[[OTHER_ID|V-2026-118840]]"""),

("chat-815", "chat", """caregiver: hi, my mother is [[AGE|94]] and at [[LOCATION|Sunnyvale Gardens]] memory care, they want to add trazodone 25 at night. she's already on sertraline 50 and donepezil. is that safe together?? the nurse there, [[PERSON|Femi]], said ask the pharmacy
pharmacist ([[PERSON|Hannah R.]], PharmD): Hi! Happy to help. That combination is used fairly often at low doses, but both can add drowsiness and serotonin effects, and at her age falls are the main worry. I'd want to check her full list. What's her name and DOB so I can pull her profile?
caregiver: [[PERSON|Ruth Abernathy-Stokes]], [[DATE|3/9/1932]]
pharmacist ([[PERSON|Hannah R.]], PharmD): Thanks, found her. I'll fax a note to Dr. [[PERSON|Lim]] at the facility (fax [[FAX|408-555-0188]] on file) suggesting a fall-risk review. Anything else?
caregiver: no thats it thank u [[PERSON|hannah]]"""),

("chat-816", "chat", """User uploaded image: IMG_4471.jpg
OCR text:
[[LOCATION|HARLOW DRUG & COMPOUNDING]]
[[STREET_ADDRESS|1207 E Grand River Ave]], [[LOCATION|Lansing]] MI [[ZIP|48906]]  [[PHONE|(517) 555-0102]]
Rx# [[OTHER_ID|0884216]]        Date Filled: [[DATE|10/28/26]]
[[PERSON|PRIYA RAMASWAMY-COLE]]
TAKE 1 TABLET BY MOUTH TWICE DAILY WITH MEALS
METFORMIN ER 500MG TAB   QTY: 60
Dr. [[PERSON|B. OYELOWO]]          REFILLS: 2 BEFORE [[DATE|04/28/27]]
MFG: AMNEAL   NDC 65162-0177-10
DISCARD AFTER: [[DATE|10/28/27]]
User message: can u refill this one, its for my mom. same address as last time"""),

("chat-817", "chat", """Help Scout | Conversation #[[OTHER_ID|24871]] | Mailbox: Orders
Customer: [[PERSON|Nadia Petrosyan]] <[[EMAIL|nadia.petrosyan@example.com]]> | 3 previous conversations

[[PERSON|Nadia]], [[DATE|Nov 21]], 8:03 AM:
I typed my old address by accident!! order [[OTHER_ID|71523]] is going to [[STREET_ADDRESS|85 Birchwood Terrace]], [[LOCATION|Ridgewood]] NJ [[ZIP|07450]] but I moved to [[STREET_ADDRESS|19 Halsey St Apt 5]], [[LOCATION|Brooklyn]] NY [[ZIP|11216]]. It has my inhaler in it. Tracking [[OTHER_ID|9400 1112 0206 8841 5507 23]]

[[PERSON|Owen]] (agent), [[DATE|Nov 21]], 9:17 AM:
Hi [[PERSON|Nadia]], I've requested a USPS Package Intercept to redirect it to [[STREET_ADDRESS|19 Halsey St Apt 5]], [[LOCATION|Brooklyn]] NY [[ZIP|11216]]. If the intercept fails it'll come back to us and we'll reship. I also updated your default address. [[PERSON|Owen]]

[[PERSON|Nadia]], [[DATE|Nov 21]], 9:20 AM:
thank youuuu. the people at [[STREET_ADDRESS|birchwood]] are nice, Mr. [[PERSON|Delacroix]] might just forward it if not"""),

("chat-818", "chat", """hi its [[PERSON|kayla b]] order [[OTHER_ID|20931]] never came?? [[STREET_ADDRESS|4819 w cactus rd unit 12]] [[LOCATION|glendale]] az [[ZIP|85304]] pls help"""),

("chat-819", "chat", """Chat transcript | topic: side effect
Customer: hi i started the compounded semaglutide from you guys on [[DATE|nov 2]] and since last week i have really bad stomach pain on the right side and my eyes look kinda yellow?? is that normal
Bot (Sage): I'm sorry you're dealing with this. Severe belly pain or yellowing of the eyes can be serious. Please hold your next dose and seek care today. I'm connecting you with a clinician now.
Clinician (Dr. [[PERSON|Yusuf Haddad]], MD): Hi, this is Dr. [[PERSON|Haddad]]. Please go to urgent care or the ER today, they should check your gallbladder and liver. Which vial lot are you using, and where are you right now?
Customer: lot SMG2611-04, im at home in [[LOCATION|Kettering]], my husband [[PERSON|Brent]] can drive me to [[LOCATION|Sycamore Ridge Medical Center]]
Clinician (Dr. [[PERSON|Yusuf Haddad]], MD): That's the right place. I'm filing an adverse event report with the pharmacy. Can you confirm your full name and date of birth?
Customer: [[PERSON|Shawna Renee Kowalczyk]] [[DATE|8/14/1983]]
Clinician (Dr. [[PERSON|Yusuf Haddad]], MD): Thank you [[PERSON|Shawna]]. Case [[OTHER_ID|AE-11902]] is open; we'll call you at the number on file tomorrow."""),

("chat-820", "chat", """Return request (Loop) | order #[[OTHER_ID|HA-60712]]
Customer: [[PERSON|Jordan Teitelbaum]], [[EMAIL|jteitelbaum@example.com]]
Reason: Doesn't fit / uncomfortable
Item: OTC hearing aids pair, behind-the-ear, charcoal
Left serial: [[DEVICE_ID|2419HL80337]]   Right serial: [[DEVICE_ID|2419HR80341]]
Customer comment: my dad is [[AGE|91]] and he says the right one whistles. we tried the small dome too. he wants to try the in-ear kind. pickup from his place: [[STREET_ADDRESS|3300 NE 36th St apt 614]], [[LOCATION|Fort Lauderdale]] FL [[ZIP|33308]], ring the front desk, ask for [[PERSON|Consuela]].
RMA: [[OTHER_ID|RMA-77014-HA]]   Label emailed [[DATE|12/02/2026]]"""),
]

TEXTS += [
("chat-821", "chat", """Visitor: hey there, do you ship to canada? I'm in [[LOCATION|Mississauga]]. Need the Omron cuff + the test strips. My address: [[STREET_ADDRESS|2150 Burnhamthorpe Rd W, Unit 1104]], [[LOCATION|Mississauga]] ON [[ZIP|L5L 5Z5]], cell [[PHONE|905-555-0147]]. Also my dr at [[LOCATION|Sawmill Valley Family Practice]] said OHIP might cover the strips?? my health card is [[HEALTH_PLAN_ID|9750-388-333-KT]] if that matters. name's [[PERSON|Harpreet Sandhu-Gill]] btw
Agent ([[PERSON|Lucia]]): Hi [[PERSON|Harpreet]]! Yes, we ship to Canada (duties included at checkout). We can't bill OHIP, but we can email an itemized receipt so you can claim it. Please don't post your health card number in chat, I've removed it from the note on your profile."""),

("chat-822", "chat", """Visitor: can i book flu + covid for me and my son at the [[LOCATION|ballard]] store? saturday morning if possible
Bot (Juniper): Sure! Our [[LOCATION|Ballard]] store has Sat [[DATE|12/12]] openings at 9:00, 9:20 and 10:40. Who's getting vaccinated?
Visitor: me, [[PERSON|Gretchen Aldana-Moss]], dob [[DATE|5/1/1986]], and [[PERSON|Eli Aldana-Moss]] dob [[DATE|3/3/2015]]. he's 11 so he can get both right?
Bot (Juniper): Yes, age 11 can get both at our pharmacy. What insurance do you have?
Visitor: premera, mine is [[HEALTH_PLAN_ID|PRA771204516-01]] and his is [[HEALTH_PLAN_ID|PRA771204516-03]]
Bot (Juniper): Got it. Booked: Sat [[DATE|12/12]] 9:20 AM at [[LOCATION|Ballard]] ([[STREET_ADDRESS|5415 22nd Ave NW]], [[LOCATION|Seattle]] WA [[ZIP|98107]]), confirmation [[OTHER_ID|BK-88019]]. Reminder texts go to the mobile number on your account ending in 0139."""),

("chat-823", "chat", """Subject: insulin arrived WARM - order [[OTHER_ID|5521087]]

Hi, my Novolog and Tresiba came today but the ice packs were totally melted and the box was warm to the touch. FedEx left it on the porch at [[STREET_ADDRESS|1190 Larkspur Ln]] at like 10am and I didn't get home till 4. Tracking says [[OTHER_ID|7793 4410 2286]]. It's for my daughter [[PERSON|Avery]] (she's 14, type 1) and we only have 2 days left of her current pen. Can you overnight a replacement to the same address? [[STREET_ADDRESS|1190 Larkspur Ln]], [[LOCATION|Boise]] ID [[ZIP|83706]]. My cell is [[PHONE|208-555-0168]].
Attached 3 photos.
- [[PERSON|Melissa Tran-Whitfield]]

> Reply from [[PERSON|Carlos]] (Pharmacy Support):
> Hi [[PERSON|Melissa]], please don't use the warm pens. A replacement is going out Priority Overnight as order [[OTHER_ID|5521388]], tracking [[OTHER_ID|7793 4410 9951]], due tomorrow by 10:30 AM with an adult signature waiver so it goes in the cooler by your door. [[PERSON|Carlos]]"""),

("chat-824", "chat", """[Teams] #rx-verification
[[PERSON|Priya Natarajan]] 10:42 AM
@[[PERSON|Dev]] can you check this one before I release it? oxycodone 5mg #20 for [[PERSON|Lamont Hargrove]], DOB [[DATE|2/27/1959]], prescriber Dr. [[PERSON|Ainsley Holloway]], DEA [[LICENSE_NUMBER|AH0412015]], NPI [[LICENSE_NUMBER|1585774973]]. The e-script came from a clinic in [[LOCATION|Toledo]] we haven't seen before.
[[PERSON|Dev Raman]] 10:49 AM
DEA checksum passes and matches [[PERSON|Holloway]], NPI is registered to her at [[LOCATION|Maumee Bay Pain & Spine]], [[STREET_ADDRESS|3400 W Central Ave]], [[LOCATION|Toledo]] OH [[ZIP|43606]]. I called their front desk [[PHONE|419-555-0131]], they confirmed. PDMP looks ok. Good to release
[[PERSON|Priya Natarajan]] 10:50 AM
thx 👍 releasing Rx [[OTHER_ID|3390127]]"""),

("chat-825", "chat", """Order # [[OTHER_ID|000318844]] | Status: Holded
Comments History
[[DATE|Dec 1, 2026]] 9:12:40 AM | Pending | Customer Notified: No
  [[[OTHER_ID|bwallace]]] Rx required. Customer uploaded script image, prescriber Dr. [[PERSON|Oyinlola Bankole]], pt name on script "[[PERSON|Terrence Mabry]]" matches account.
[[DATE|Dec 1, 2026]] 11:03:05 AM | Processing | Customer Notified: Yes
  [[[OTHER_ID|bwallace]]] Verified w/ prescriber office [[PHONE|770-555-0106]]. Sent to fill.
[[DATE|Dec 2, 2026]] 8:47:19 AM | Holded | Customer Notified: No
  [[[OTHER_ID|rgoldfarb]]] Address validation failed: "[[STREET_ADDRESS|1 Peachtree Cntr NE Apt 44]]" not deliverable. Called cust at [[PHONE|404-555-0182]], correct address is [[STREET_ADDRESS|1 Peachtree Center Ave NE, Apt 44F]], [[LOCATION|Atlanta]] [[ZIP|30303]]. Updated, releasing tomorrow.
[[DATE|Dec 2, 2026]] 8:49:02 AM | Holded | Customer Notified: Yes
  [[[OTHER_ID|rgoldfarb]]] Emailed [[EMAIL|tmabry.atl@example.com]] re: delay."""),

("chat-826", "chat", """hiii saw ur reel about the tretinoin subscription 😍 do u ship to ohio? also my bff ordered for me last time under her name ([[PERSON|bri castellanos]]) can u move it to my acct, im @[[OTHER_ID|mak.renee_]] on here and my email is [[EMAIL|makenna.renee03@example.com]]
oh and my bday is [[DATE|june 9]] if u do the bday discount thing lol"""),

("chat-827", "chat", """From: [[PERSON|Renee Blackwood]] <[[EMAIL|rblackwood@example.com]]>
To: [[EMAIL|support@shop.example]]
Date: Mon, [[DATE|Nov 30, 2026]] at 3:14 PM
Subject: Fwd: Prior authorization - Wegovy

see below, the doctor's office says they did their part?? what do I do now

---------- Forwarded message ---------
From: Front Desk <[[EMAIL|frontdesk@lakeviewfamilymed.example]]>
Date: Fri, [[DATE|Nov 27, 2026]] at 11:02 AM
Subject: Prior authorization - Wegovy
To: [[PERSON|Renee Blackwood]] <[[EMAIL|rblackwood@example.com]]>

Hi [[PERSON|Renee]],
Dr. [[PERSON|Santiago]] submitted the PA to Cigna on [[DATE|11/20]] (ref [[OTHER_ID|PA-6618203]]). It was approved through [[DATE|05/20/2027]]. Please give the pharmacy this approval number. Let us know if you need anything else.

Thanks,
[[PERSON|Kimberly T.]]
[[LOCATION|Lakeview Family Medicine]]
[[STREET_ADDRESS|2021 N Lincoln Ave, Suite 200]], [[LOCATION|Evansville]] IN [[ZIP|47711]]
P: [[PHONE|812-555-0115]] | F: [[FAX|812-555-0116]]"""),

("chat-828", "chat", """{"level":"info","ts":"[[DATE|2026-12-04]]T13:22:51.118Z","svc":"sms-inbound","msg":"message received","twilio":{"MessageSid":"SM5f2c0a9e7d1b4e3a8c6f0d2b1a9e7c44","From":"[[PHONE|+13125550188]]","To":"[[PHONE|+18885550100]]","Body":"Its [[PERSON|Dolores Baptiste]] again, can i pick up my moms rx at the [[LOCATION|Wicker Park]] store instead, her name is [[PERSON|Odile Baptiste]] [[DATE|10/02/1933]]","NumMedia":"0","FromCity":"[[LOCATION|CHICAGO]]","FromState":"IL","FromZip":"[[ZIP|60622]]"},"routing":{"intent":"change_pickup_location","confidence":0.93}}"""),

("chat-829", "chat", """WARN  intake-bot  [[DATE|2026-12-05]] 07:31:02  parse_dob failed: input="[[DATE|31/12/1951]]" locale=en-US user="[[PERSON|Alistair Pemberton-Hughes]]" session=3f9a0c
WARN  intake-bot  [[DATE|2026-12-05]] 07:31:02  fallback: asking user to re-enter as MM/DD/YYYY
INFO  intake-bot  [[DATE|2026-12-05]] 07:31:40  user_reply="sorry I'm British, it's the [[DATE|31st of December 1951]]"
INFO  intake-bot  [[DATE|2026-12-05]] 07:31:41  parse_dob ok: [[DATE|1951-12-31]]
INFO  intake-bot  [[DATE|2026-12-05]] 07:31:58  address_lookup q="[[STREET_ADDRESS|14 Copley Sq]], [[LOCATION|Boston]]" -> no unit; prompting
INFO  intake-bot  [[DATE|2026-12-05]] 07:32:20  user_reply="[[STREET_ADDRESS|flat 9]], sorry, [[STREET_ADDRESS|apartment 9]]\""""),

("chat-830", "chat", """Order #[[OTHER_ID|4417-2209]] | gift order
Bill to: [[PERSON|Marguerite Sandoval]] | [[EMAIL|marg.sandoval@example.com]]
Ship to: [[PERSON|June Halvorsen]], [[LOCATION|Cedar Lake Commons]], [[STREET_ADDRESS|700 W Lake St, Apt 212]], [[LOCATION|Minneapolis]] MN [[ZIP|55408]]
Items: Weighted blanket 12 lb (lavender), Large-print word search book, Non-slip grip socks x3
Gift wrap: yes
Gift message (max 200 chars): "Happy [[AGE|90]]th birthday Grandma [[PERSON|June]]!! Sorry we can't be there on the [[DATE|19th]], we'll FaceTime at 4. Love you to the moon - [[PERSON|Marguerite]], [[PERSON|Tomás]], [[PERSON|Isla]] & baby [[PERSON|Wren]]"
Delivery instructions: please leave at the front desk, they bring packages to her room. Staff contact: [[PERSON|Denise]] [[PHONE|612-555-0157]]"""),

("chat-831", "chat", """hey quick q before i check out. can the sildenafil ship in plain packaging to my office instead of home? office is [[STREET_ADDRESS|200 W Madison St Ste 1400]], [[LOCATION|Chicago]] [[ZIP|60606]], attn [[PERSON|R. Okonkwo]]. and pls do NOT call my home number [[PHONE|312-555-0129]], my wife answers that one. use my cell [[PHONE|773-555-0194]] or just email [[EMAIL|robert.okonkwo.work@example.com]]. thanks. [[PERSON|rob]]"""),

("chat-832", "chat", """Customer: i want to move all my prescriptions to you guys from the rite aid in [[LOCATION|everett]], the one by the fred meyer. its closing
Agent ([[PERSON|Tomoko]]): We can do that! I just need the pharmacy phone number if you have it, and your name + DOB.
Customer: [[PHONE|425-555-0150]] i think. [[PERSON|Bartholomew Nguyen-Sato]], [[DATE|12/25/1966]]. theres like 6 of them, the important one is my warfarin
Agent ([[PERSON|Tomoko]]): Thanks [[PERSON|Bartholomew]]. I'll request all active Rx from Rite Aid ([[LOCATION|Everett]]) today. Transfers usually finish in 1-2 business days. Is your INR still managed by [[LOCATION|Cascadia Anticoagulation Clinic]]? I've noted the INR 2.4 from [[DATE|11/30]] you mentioned earlier.
Customer: yeah thats them"""),
]

TEXTS += [
("chat-833", "chat", """New appointment booked via Solv
Clinic: [[LOCATION|Riverbend Urgent Care]] - [[LOCATION|Northside]]
Patient: [[PERSON|Hyun-woo Park]] (he/him)
DOB: [[DATE|08/03/2001]]
Phone: [[PHONE|(614) 555-0193]]
Email: [[EMAIL|hwpark.osu@example.edu]]
Visit: Today [[DATE|12/06]] at 5:45 PM | In-person | Sore throat / fever
Insurance: Medical Mutual | Member ID [[HEALTH_PLAN_ID|55120983 00]]
Notes from patient: "roommate ([[PERSON|Ji-ho]]) tested positive for strep tuesday. I have a student health plan through OSU but not sure it works here"
Manage booking: [[URL|https://book.example.com/appt/7Qx2-ZK91?patient=hyunwoo.park]]"""),

("chat-834", "chat", """Chat | Subscriptions
Customer: hello, I need to cancel my father's subscriptions. [[PERSON|Harold Weiss]], account email [[EMAIL|hweiss.41@example.com]]. He passed away on [[DATE|November 2nd]]. There are 3 monthly shipments (the Eliquis, the tamsulosin and the eye drops) and one went out on [[DATE|11/15]] after he'd died, can that be refunded? I have the death certificate if you need it.
Agent ([[PERSON|Bianca]]): I'm so sorry for your loss. I've cancelled all three subscriptions on the account for [[PERSON|Harold Weiss]] (customer #[[ACCOUNT_NUMBER|C-220915]]) and refunded order [[OTHER_ID|8830166]] from [[DATE|11/15]] to the Visa ending 4417. Prescription medications can't be returned, so please take them to a drug take-back kiosk. May I have your name for the note?
Customer: [[PERSON|Miriam Weiss-Adler]], his daughter. I'm the executor. my number is [[PHONE|201-555-0125]]
Agent ([[PERSON|Bianca]]): Thank you, [[PERSON|Miriam]]. Noted. The confirmation will go to [[EMAIL|hweiss.41@example.com]]; if you'd rather it go to you, I can add your email."""),

("chat-835", "chat", """Subject: RE: RE: Lost shipment - CPAP for Mr. [[PERSON|Ferreira]] (order [[OTHER_ID|2026-118422]])

From: Claims Desk <[[EMAIL|claims@parcelpro.example]]>
Sent: Thursday, [[DATE|December 3, 2026]] 4:10 PM
To: [[PERSON|Imani Brooks]] <[[EMAIL|ibrooks@rxsupply.example]]>
Subject: RE: Lost shipment

[[PERSON|Imani]], the package (PRO [[OTHER_ID|4417820093]]) was scanned at our [[LOCATION|Secaucus]] hub on [[DATE|11/23]] and never scanned out. We've opened investigation [[OTHER_ID|INV-30972]]. Please send the commercial invoice and the device serial for the declared value.

--
From: [[PERSON|Imani Brooks]]
Sent: Wednesday, [[DATE|December 2, 2026]] 9:55 AM
To: Claims Desk
Cc: Warehouse Ops <[[EMAIL|ops-nj@rxsupply.example]]>

Hi, following up. Declared value $1,149. Device is an AirSense 11 AutoSet, SN [[DEVICE_ID|23231187654]], humidifier SN [[DEVICE_ID|23240019822]]. Ship to: Mr. [[PERSON|Afonso Ferreira]], [[STREET_ADDRESS|58 Ferry St, Fl 2]], [[LOCATION|Newark]] NJ [[ZIP|07105]]. Recipient phone [[PHONE|973-555-0142]]. His DME order is through Horizon, member [[HEALTH_PLAN_ID|3HZN40188215]]; prescriber Dr. [[PERSON|Kateryna Melnyk]], NPI [[LICENSE_NUMBER|1209562317]].

Ops: can you confirm what went out on [[DATE|11/21]] from the [[LOCATION|Edison]] DC?

--
From: Warehouse Ops
Sent: Wednesday, [[DATE|December 2, 2026]] 11:30 AM
To: [[PERSON|Imani Brooks]]

Confirmed, picked by [[PERSON|L. Ortega]] [[DATE|11/21]] 14:02, packed 14:40, manifested 15:05, PRO [[OTHER_ID|4417820093]], weight 12.6 lb. Same serials as above. Photo of pack-out attached.

--
Original message from the customer, Mon [[DATE|Nov 30]]:
"this is [[PERSON|Afonso]]'s son [[PERSON|Rui]]. My father is 78 and has been without his cpap for a week, he had a sleep study at [[LOCATION|Ironbound Sleep Center]] in september and they said not to go without it. He is back to using his old one from 2015 that leaks. Please, we need a replacement now. Call me [[PHONE|862-555-0108]]."

[[PERSON|Imani]] to customer, Mon [[DATE|Nov 30]]:
"Hi [[PERSON|Rui]], I'm sorry. I've shipped a replacement today by FedEx [[OTHER_ID|7793 4412 0075]] and opened a claim for the lost one. [[PERSON|Imani Brooks]], Customer Care\""""),

("chat-836", "chat", """SYSTEM: You are the support copilot for an online pharmacy. Draft a short reply for the agent. Never reveal internal notes.
USER: Context from CRM:
{"customer": {"name": "[[PERSON|Keisha Montgomery-Bell]]", "customer_id": "[[ACCOUNT_NUMBER|cus_NV81kPz0Lq]]", "tier": "VIP", "addresses": ["[[STREET_ADDRESS|8800 Burnet Rd #312]], [[LOCATION|Austin]] TX [[ZIP|78757]]", "c/o [[PERSON|Ana Montgomery]], [[STREET_ADDRESS|15 Vista Del Sol]], [[LOCATION|Laredo]] TX [[ZIP|78041]]"], "referral_link": "[[URL|https://shop.example.com/r/keisha-mb]]", "orders_last_90d": 7, "internal_notes": ["[[DATE|11/02]] flagged: asked to ship controlled rx to [[LOCATION|Laredo]] address (her mother's), pharmacist [[PERSON|Cody L.]] approved once", "prefers texts [[PHONE|512-555-0172]]"]}}
Latest message: "hey can you send my mom's blood pressure meds to her house again like last time? same as before"
ASSISTANT (draft):"""),

("chat-837", "chat", """find a pharmacy near [[ZIP|30318]] open late that has paxlovid in stock, for my husband"""),

("chat-838", "chat", """Me: hi i got married so can you change the name on my account from [[PERSON|Alyssa Brandt]] to [[PERSON|Alyssa Brandt-Oduya]], and the email from [[EMAIL|alyssa.brandt@example.com]] to [[EMAIL|abrandtoduya@example.com]]. also my card on file expired, can u just put the new one on? [[CREDIT_CARD|4574 2735 6738 2040]] exp 09/29 cvv 118
Agent ([[PERSON|Rahul]]): Congratulations! I've updated your name and email. For your security please don't share card numbers in chat. I've deleted that message; please add the card under Account > Payment methods. Also, your insurance is still under [[PERSON|Brandt]], so let us know if Anthem sends a new card with a new ID.
Me: oh ok sorry. new anthem id is [[HEALTH_PLAN_ID|YRP660118273]], they sent it already"""),

("chat-839", "chat", """Hi, I need superbills for my out-of-network reimbursement (Aetna). My therapy sessions with [[PERSON|Naomi Feld]], LCSW through your app were on [[DATE|9/8]], [[DATE|9/22]], [[DATE|10/6]], [[DATE|10/20]] and [[DATE|11/3]]. Her NPI should be on it and the CPT code 90837. Patient: [[PERSON|Darius Khoury]], DOB [[DATE|01/17/1990]], member [[HEALTH_PLAN_ID|W448120377]]. Please send to my personal email [[EMAIL|darius.k@example.org]], not my work one. Thanks!

---
Hi [[PERSON|Darius]], the superbills for all five dates are now in your portal under Documents. They list [[PERSON|Naomi Feld]]'s NPI ([[LICENSE_NUMBER|1620966543]]), the diagnosis code and CPT 90837 at $165 per session. I've also emailed them to [[EMAIL|darius.k@example.org]]. [[PERSON|Joelle]], Billing Support"""),
]

TEXTS += [
("chat-840", "chat", """Hiya, I'm trying to order my repeat sertraline 100mg through your NHS repeat service but it keeps saying my GP surgery isn't linked?? GP is Dr [[PERSON|Okoro]] at [[LOCATION|Ashgrove Medical Centre]], [[LOCATION|Stockport]]. NHS number [[HEALTH_PLAN_ID|309 118 9724]]. Name [[PERSON|Siobhan O'Callaghan]], DOB [[DATE|21/06/1979]]. Deliver to [[STREET_ADDRESS|14 Beechfield Road]], [[LOCATION|Heaton Moor]], [[LOCATION|Stockport]] [[ZIP|SK4 4AB]] please, and text [[PHONE|07700 900417]] when it's out. Also can I add some Piriton for my little one, she's 4
Agent ([[PERSON|Callum]]): Hi [[PERSON|Siobhan]], thanks for the details. [[LOCATION|Ashgrove]] moved to a new clinical system on [[DATE|1 December]], so nominations are being re-linked. I've sent the request to them manually and you'll get a text once the GP approves (usually 2 working days). Piriton syrup is fine from age 1 but needs a quick questionnaire at checkout. [[PERSON|Callum]], Patient Care"""),

("chat-841", "chat", """G'day, need to fill my scripts for Ventolin and Symbicort, the eScript tokens are on my phone. Medicare [[HEALTH_PLAN_ID|6936 28758 1]], no DVA card. Name [[PERSON|Lachlan Trinh]], DOB [[DATE|03/11/1992]]. Address [[STREET_ADDRESS|Unit 4/17 Albert St]], [[LOCATION|Brunswick]] VIC [[ZIP|3056]]. Ph [[PHONE|0491 570 156]]. Can you deliver Sat or do I have to pick up from the [[LOCATION|Sydney Rd]] store? Dr [[PERSON|Harwood]] at [[LOCATION|Moreland Medical Clinic]] wrote them on [[DATE|28/11]]. cheers"""),

("chat-842", "chat", """hola buenas tardes, quiero resurtir la receta de mi mamá, se llama [[PERSON|Guadalupe Zamora Ibarra]], fecha de nacimiento [[DATE|12 de marzo de 1948]]. la receta es la [[OTHER_ID|7702518]] del Dr. [[PERSON|Villaseñor]]. vivimos en [[STREET_ADDRESS|6110 Harrisburg Blvd apt 8]], [[LOCATION|Houston]] [[ZIP|77011]]. mi numero es [[PHONE|713-555-0131]], me llamo [[PERSON|Araceli]]. ella tiene Medicaid de Texas, el numero es [[HEALTH_PLAN_ID|518820455]]. gracias
Agente ([[PERSON|Paola]]): ¡Hola [[PERSON|Araceli]]! Ya encontré la receta [[OTHER_ID|7702518]] de la Sra. [[PERSON|Zamora]]. Le quedan 2 resurtidos. Se la enviamos mañana a [[STREET_ADDRESS|6110 Harrisburg Blvd apt 8]]. ¿Le mando el aviso por mensaje al [[PHONE|713-555-0131]]?"""),

("chat-843", "chat", """Hello, I live in [[LOCATION|Hamburg]] and manage the orders for my mother in Florida. Her order [[OTHER_ID|60218844]] was charged twice (2x $84.20) on [[DATE|11/28]]. She is [[PERSON|Ingrid Vosskamp]], [[STREET_ADDRESS|2140 Siesta Dr]], [[LOCATION|Sarasota]] FL [[ZIP|34239]], DOB [[DATE|04.02.1942]]. I paid with my German card, but my bank says a refund to the card takes weeks; can you refund the duplicate to my account instead? IBAN [[IBAN|DE94 5001 0517 7275 5291 90]], account holder [[PERSON|Katrin Vosskamp-Ehlers]]. My mobile [[PHONE|+49 1520 5550184]] (WhatsApp is fine).
Mit freundlichen Grüßen, [[PERSON|Katrin]]

> Hi [[PERSON|Katrin]], we can only refund to the original payment method, sorry. The duplicate $84.20 was refunded today to the Mastercard ending 0217 and should show in 5-10 business days. Your mother's order itself is fine and ships tomorrow. [[PERSON|Marcus]], Billing"""),

("chat-844", "chat", """{"event_type":"form_response","form_response":{"form_id":"dM3dSupp","submitted_at":"[[DATE|2026-12-04]]T19:47:02Z","answers":[
 {"field":{"ref":"full_name"},"type":"text","text":"[[PERSON|Earl Dupree Whitfield]]"},
 {"field":{"ref":"dob"},"type":"date","date":"[[DATE|1944-07-19]]"},
 {"field":{"ref":"medicare_mbi"},"type":"text","text":"[[HEALTH_PLAN_ID|5QW2-HJ8-RT41]]"},
 {"field":{"ref":"ssn_if_no_mbi"},"type":"text","text":"[[SSN|987-65-4326]]"},
 {"field":{"ref":"meter"},"type":"choice","choice":{"label":"Contour Next One"}},
 {"field":{"ref":"meter_serial"},"type":"text","text":"[[DEVICE_ID|7420A118836]]"},
 {"field":{"ref":"tests_per_day"},"type":"number","number":3},
 {"field":{"ref":"doctor"},"type":"text","text":"dr. [[PERSON|priscilla nakagawa-ross]], [[PHONE|(601) 555-0145]]"},
 {"field":{"ref":"address"},"type":"text","text":"[[STREET_ADDRESS|Rt 2 Box 118]], [[LOCATION|Hazlehurst]] MS [[ZIP|39083]]"},
 {"field":{"ref":"phone"},"type":"phone_number","phone_number":"[[PHONE|+16015550172]]"},
 {"field":{"ref":"notes"},"type":"long_text","text":"i filled this out for my uncle [[PERSON|earl]], he is 82. he cant see the small print on the strips box. -- nephew [[PERSON|Terrell]]"}
]}}"""),

("chat-845", "chat", """Intercom conversation export
Conversation ID: [[OTHER_ID|215000418822]] | Channel: Messenger | Assignee: [[PERSON|Beatriz Oyama]] | Tags: caregiver, address-change, delivery
-----
[[[DATE|Dec 4, 2026]] 10:02 AM] [[PERSON|Paulette Greer]] (User): Hi. I manage my dad's account, [[PERSON|Walter Greer]], he's [[AGE|97]]. I'm his POA. He moved out of his house into assisted living last week so everything needs to go to the new place.
[[[DATE|Dec 4, 2026]] 10:02 AM] Fin (AI agent): Thanks, [[PERSON|Paulette]]! I can help with that. Could you share the new address?
[[[DATE|Dec 4, 2026]] 10:04 AM] [[PERSON|Paulette Greer]] (User): [[LOCATION|Magnolia Terrace Assisted Living]], [[STREET_ADDRESS|4500 Old Canton Rd, Apt 118]], [[LOCATION|Jackson]] MS [[ZIP|39211]]. Front desk is [[PHONE|601-555-0163]]. Old address was [[STREET_ADDRESS|27 Pecan Grove Ln]], [[LOCATION|Brandon]] MS [[ZIP|39042]], please remove it.
[[[DATE|Dec 4, 2026]] 10:04 AM] Fin (AI agent): I'm handing this to a teammate who can verify caregiver access.
[[[DATE|Dec 4, 2026]] 10:11 AM] [[PERSON|Beatriz Oyama]]: Hi [[PERSON|Paulette]], I'm [[PERSON|Beatriz]]. To update [[PERSON|Walter]]'s pharmacy profile I need to verify his date of birth and the last order number.
[[[DATE|Dec 4, 2026]] 10:13 AM] [[PERSON|Paulette Greer]] (User): DOB [[DATE|8/22/1929]]. Last order was [[OTHER_ID|W-771902]], the one with the walker tennis balls lol and his eye drops
[[[DATE|Dec 4, 2026]] 10:15 AM] [[PERSON|Beatriz Oyama]]: Thank you. I see a POA form on file from [[DATE|Sept 2025]] naming [[PERSON|Paulette Greer]]. Address updated to [[LOCATION|Magnolia Terrace]], [[STREET_ADDRESS|Apt 118]]. A few things:
1) His Medicare Advantage card (Humana) shows member ID [[HEALTH_PLAN_ID|H41207734]]; the facility pharmacy may want to bill that directly instead. Do you want us to keep filling?
2) His pill packs ship on the [[DATE|10th]] of each month. The facility nurses may need to give them. Who should we list as the contact there?
3) The doorbell note for deliveries ("leave on bench, code 2255") I'll delete since it was for the old house.
[[[DATE|Dec 4, 2026]] 10:21 AM] [[PERSON|Paulette Greer]] (User): 1) keep filling with you, their pharmacy is expensive. 2) the nurse manager is [[PERSON|Latrice Coleman]] RN, her direct line [[PHONE|601-555-0177]], email [[EMAIL|lcoleman@magnoliaterrace.example]]. 3) yes delete. also my brother [[PERSON|Dwayne]] might call in, he's on the account too ([[EMAIL|dwayne.greer@example.net]]) but he can't change anything
[[[DATE|Dec 4, 2026]] 10:24 AM] [[PERSON|Beatriz Oyama]]: Done. [[PERSON|Latrice Coleman]] is added as the delivery contact and [[PERSON|Dwayne]] as view-only. Next pill pack ships [[DATE|Dec 10]] to [[STREET_ADDRESS|Apt 118]]. Anything else?
[[[DATE|Dec 4, 2026]] 10:25 AM] [[PERSON|Paulette Greer]] (User): his pulse oximeter from you stopped working, the serial on the back is [[DEVICE_ID|OX5-22K-10493]], is it under warranty? bought it in march
[[[DATE|Dec 4, 2026]] 10:28 AM] [[PERSON|Beatriz Oyama]]: It's under the 2-year warranty. A replacement will ship with the [[DATE|Dec 10]] pill pack, and the return label for the old one will be in the box. Take care, [[PERSON|Paulette]]."""),
]

TEXTS += [
("clean-801", "clean", """ts_bucket,query,clicks,add_to_cart
h22,"dr teals epsom salt lavender",41,12
h22,"mrs meyers hand soap basil",18,6
h22,"burts bees lip balm 4 pack",33,9
h22,"toms of maine wicked fresh",7,2
h22,"zarbees cough syrup kids",25,8
h22,"hylands teething",11,1
h22,"aunt jackies curl cream",5,0
h22,"jack black spf lip",9,3
h22,"sally hansen nail strengthener",14,4
h22,"paulas choice bha",20,7
h22,"dr bronners peppermint",16,5"""),

("clean-802", "clean", """Q: Can I use tadalafil if I have Peyronie's disease?
A: Many men with Peyronie's use tadalafil or sildenafil for ED. Peyronie's is sometimes linked to Dupuytren's contracture (a hand condition), so mention both during your online visit. Tadalafil 5 mg daily or 10-20 mg as needed are common; never combine it with nitrates (nitroglycerin, isosorbide). If you take an alpha-blocker such as tamsulosin (Flomax) or doxazosin, start at 2.5-5 mg. Seek urgent care for an erection lasting over 4 hours (priapism).
Q: Is Cialis the same as tadalafil?
A: Yes, Cialis is the brand. Adcirca is tadalafil 20 mg for pulmonary hypertension, and it's not sold through this service."""),

("clean-803", "clean", """Customer: do you have the Epsom salt soak in unscented? and is it ok for a kid with hand-foot-and-mouth (the doctor said coxsackie virus)
Agent: Yes, the unscented Epsom salt 3 lb bag is in stock. A lukewarm soak is fine for comfort, but it won't treat Coxsackie; for the mouth sores ask our pharmacist about children's ibuprofen or acetaminophen dosed by weight. For camping season we also carry DEET 25% and picaridin 20% sprays, both rated for the mosquitoes that carry West Nile, and the Dead Sea mud mask is back in stock. Anything else?"""),

("clean-804", "clean", """[bot] Hi, I'm Ava, the virtual pharmacy assistant 👋 I can track orders, explain shipping, or connect you to a pharmacist.
[user] track order
[bot] Sure! Please sign in so I can look up your orders. I can't see order details in guest mode.
[user] im in guest mode
[bot] No problem. Your order number is in your confirmation e-mail and starts with "WEB-". You can also check status on the Orders page without signing in.
[user] ok nvm. talk to a human
[bot] Connecting you to the next available agent. Estimated wait: 4 min. You're #3 in the queue (queue code Q-PHARM-2).
[system] Agent joined the chat.
[agent] Hi there! Thanks for waiting. How can I help today?"""),

("clean-805", "clean", r"""{"role":"assistant","tool_calls":[{"id":"call_9xKq2LmP4vRt","type":"function","function":{"name":"check_inventory","arguments":"{\"sku\":\"OTC-ALLEGRA-180-30\",\"alt_skus\":[\"OTC-FEXO-180-30-GEN\",\"OTC-ZYRTEC-10-45\"],\"warehouse\":\"DC-3\",\"include_backorder\":true}"}}]}
{"role":"tool","tool_call_id":"call_9xKq2LmP4vRt","content":"{\"OTC-ALLEGRA-180-30\":{\"on_hand\":0,\"eta_days\":6},\"OTC-FEXO-180-30-GEN\":{\"on_hand\":214},\"OTC-ZYRTEC-10-45\":{\"on_hand\":88}}"}
{"role":"assistant","content":"Allegra 180 mg 30-count is out of stock for about 6 days. The generic fexofenadine 180 mg (same active ingredient) ships today, or Zyrtec 10 mg 45-count if you'd rather switch to cetirizine."}"""),

("clean-806", "clean", """Children's acetaminophen 160 mg/5 mL, dose by weight (every 4-6 h, max 5 doses in 24 h):
6-11 lb (0-3 mo): ask your doctor
12-17 lb (4-11 mo): 2.5 mL
18-23 lb (12-23 mo): 3.75 mL
24-35 lb (2-3 yr): 5 mL
36-47 lb (4-5 yr): 7.5 mL
48-59 lb (6-8 yr): 10 mL
60-71 lb (9-10 yr): 12.5 mL
72-95 lb (11 yr): 15 mL
Use only the syringe in the box. 1/2 tsp = 2.5 mL. Don't combine with other products that contain acetaminophen (some cold & flu mixes, hydrocodone/APAP 5/325)."""),

("clean-807", "clean", """Holiday shipping cut-offs
- Standard (5-7 business days): order by noon ET the Monday before Thanksgiving
- Expedited (2-3 days): order by noon ET the Wednesday two weeks before Christmas
- Overnight: order by 2 pm ET on the last business day before Christmas Eve
Refrigerated items (insulin, GLP-1 pens, some eye drops) ship Monday to Wednesday only, so they don't sit in a depot over the weekend. We're closed on Thanksgiving Day, Christmas Day and New Year's Day; pharmacist chat stays open 8 am-8 pm ET every other day, Black Friday included."""),

("clean-808", "clean", """HTTP/1.1 422 Unprocessable Entity
Content-Type: application/json
X-Request-Id: 7f3c9b2e-41d0-4a8e-9c6a-2b5d0e1f8a77

{"errors":[{"field":"patient.dob","code":"invalid_format","message":"Date of birth must be MM/DD/YYYY","example":"MM/DD/YYYY"},{"field":"patient.zip","code":"required","message":"ZIP code is required for in-person visits"},{"field":"slot_id","code":"slot_taken","message":"This time is no longer available; pick another slot"}],"docs":"/docs/booking#errors","api_version":"2026-10"}"""),

("clean-809", "clean", """Which refill plan is right for me?
- 30-day: $12/mo, ships every 4 weeks
- 90-day: $30 per fill, ships every 12 weeks (most popular with Medicare Part D members)
- Auto-refill pause: up to 60 days
Seniors 65+ get free standard shipping on every plan. Some insurers only allow a 90-day supply by mail after 2 fills at retail. Controlled substances (C-II to C-V) aren't eligible for auto-refill. Tip: Plan 91 ("Sync") lines all your meds up to a single ship date."""),

("clean-810", "clean", """Moderation queue (5 pending)
1. ★★★★★ "Lyrica generic (pregabalin) works the same as the brand for my nerve pain. Fast shipping." | Verified buyer | flags: none
2. ★☆☆☆☆ "Box arrived crushed, Allegra tabs fine though." | Verified buyer | flags: none
3. ★★★★☆ "Wish the Celexa came in blister packs." | Verified buyer | flags: none
4. ★★☆☆☆ "The Dr. Fresh floss picks snap too easily." | Unverified | flags: brand mention
5. ★★★★★ "Pharmacist on chat explained the Xarelto and ibuprofen thing really well." | Verified buyer | flags: none
Action: approve 1-3 and 5, hold 4 for brand-policy check."""),

("clean-811", "clean", """Customer: My bilirubin was 1.9 mg/dL and the telehealth doctor said it's probably Gilbert's syndrome. Is that dangerous?
Pharmacist: Gilbert's syndrome is a common, harmless inherited condition where the liver processes bilirubin a bit more slowly. Total bilirubin usually runs 1.2-3.0 mg/dL and rises with fasting, illness or stress, while ALT and AST stay in range (roughly 7-56 and 10-40 U/L). It rarely affects medicines, though irinotecan and atazanavir can push bilirubin higher. Acetaminophen at normal doses (max 3,000 mg/day OTC) is generally fine. If you notice dark urine or pale stools, let your prescriber know."""),

("clean-812", "clean", """Training module 4: identity verification (quiz)
1. Before discussing a prescription, ask for TWO identifiers: full name + date of birth, or full name + ZIP code on file. True/False?
2. A caller says "I'm his daughter." What do you check? (a) caregiver/POA flag on the profile (b) nothing, family is fine (c) the card number
3. Never read back the full address, phone number or member ID. Ask the caller to say it, then confirm.
4. Shoppers often paste SSNs, card numbers or photos of insurance cards into chat. What do you do?
Answers: 1 True. 2 (a). 4 Don't repeat it, delete the message with the Redact button, and remind the customer politely. Passing score 80%."""),

("clean-813", "clean", """sku,upc,lot,exp_year,bin,qty,temp
RX-SEMA-2.4-PEN,3 00169 4525 14,LT4471B,2027,C-02-14,36,2-8C
OTC-EPSOM-3LB,0 41167 05513 2,E2611,2029,A-12-03,410,ambient
DME-BPCUFF-LG,8 41227 10398 6,BP22K7,2031,B-07-22,58,ambient
OTC-MELAT-5-120,0 30768 53415 8,MT9904,2028,A-03-11,220,ambient
RX-INSUL-GLAR-5X3,3 00880 71152 6,GL0611C,2027,C-01-02,72,2-8C
OTC-VITD3-2000,0 74312 02210 1,VD2026A,2028,A-09-30,305,ambient"""),

("clean-814", "clean", """Which plan fits your hair loss?
Finasteride 1 mg (generic Propecia) works best for Norwood 2-4 patterns: temples and crown. Minoxidil 5% foam (generic Rogaine) can be added for the crown. Women with Ludwig I-II thinning can use minoxidil 2% or 5%, or ask about spironolactone. Results take 3-6 months, and shedding in the first 6-8 weeks is normal. Not for use if pregnant or trying to conceive. Our dermatology team reviews every photo set within 1-2 business days. Combo kit: $35/mo, or $90 every 3 months."""),

("clean-815", "clean", """Customer: whats the difference between the Summer's Eve wash and the other one, and do you still have the April bath bombs? also the Vicks VapoRub for kids, and Hyland's Calms Forte
Agent: Hi! Summer's Eve is a fragranced wash; the unscented option is the Vagisil pH balance wash. The "April Showers" bath bombs were a spring-only item and are sold out. Children's VapoRub is for ages 2+, and Hyland's Calms Forte is homeopathic, so it isn't FDA-evaluated for effectiveness. Want me to add the Vicks and the Vagisil to your cart?"""),
]

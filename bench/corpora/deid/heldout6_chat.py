"""heldout6, chat half: 45 `chat` texts (chat-601..chat-645) and 15 `clean` texts
(clean-601..clean-615). Written blind on 2026-12-07 from the README guidelines and
the validator only. Licence CC0-1.0; everything is invented (555-01xx phones,
example.* domains, documentation IP ranges, 987-65-432x SSNs, checksum-valid cards,
IBANs, NPI, DEA and VIN).

Annotation decisions for cases the README does not spell out:

- Spoken (ASR) identifiers and spelled-out names are one span of their usual type
  ("seven oh eight five five five oh one four six", "o c a m p o", "p o box four
  eleven"); a partial number ("ends in four four one", "visa ending 4471") is not.
- Bot and virtual-assistant personas ("Penny (bot)", system-prompt "Mia") are not
  PERSON; human agents, nurses and drivers are.
- Online storefront and telehealth brands (NorthPeak Health, Vytal, Lumen Derm,
  Clarity Telehealth, Sunrise Hearing, Pinewood Naturals) are not annotated, like chain
  brands; named physical pharmacies and clinics (Bluestem Pharmacy, CareNest Mail
  Pharmacy, Pharmacie Cormier) are LOCATION. "Clinic - Branch" is two LOCATION spans;
  the place part of "Regional West lab" and of "the Haysville post office" is LOCATION;
  a store branch named by its street ("la de la Kedzie") is LOCATION; a named
  apartment complex (Riverside Plaza) is LOCATION.
- A quoted nickname before a surname ('"Bud" Hollingsworth') is its own PERSON span
  with the quotes outside; a quoted nickname inside a full name stays in one span.
  In CSV rows every name field is its own span, initials ("K.") included.
- SMS short codes (89127), webhook/HMAC/request ids, LLM call and tool-use ids
  (chatcmpl-..., call_..., toolu_...), payer ids (HMSA1), RxBIN/PCN/GRP, lot numbers,
  card expiry/CVV, gate codes and parking-spot numbers are not annotated.
- Ids inside paths and URLs of internal systems: only the id segment is annotated
  (zendesk/ticket/[OTHER_ID], crm/contacts/[ACCOUNT_NUMBER], /rest/V1/orders/[OTHER_ID]);
  a Shopify order's id, gid number, "name" (#1093, "#" outside) and order_number are
  OTHER_ID, the customer id ACCOUNT_NUMBER. A CRM contact id is ACCOUNT_NUMBER.
- Telehealth platform patient ids (pt_000183, PT-5520931, P-0041873, CT-00917723) are
  MRN; an employee id is OTHER_ID; an insurance claim number and a lab kit number are
  OTHER_ID; group numbers are HEALTH_PLAN_ID.
- A smart-speaker deviceId is DEVICE_ID, as are hearing-aid, CPAP (and humidifier),
  CGM sensor and reader, BP cuff, pump and pacemaker-monitor serials.
- Compact dates ("19720611"), coverage begin/end dates and plan-year end ("12/31") are
  DATE. A year of birth alone ("1934 г.р."), a month name alone ("until January"), Unix
  epoch values ("created":1765198811), recurring holidays in store hours ("Christmas
  Eve", "Memorial Day") and weekday names are not DATE.
- Addresses: "#214" as a unit stays inside STREET_ADDRESS; rural-route boxes, campus
  mailboxes ("MTSU Box 8126"), Wisconsin grid addresses ("N4812 County Rd K"),
  Hawaiian hyphenated numbers and Spanish word order ("5107 de la calle Alameda,
  departamento 3") are one STREET_ADDRESS; an address the writer retracts ("88 Rue
  Royale? no 88 Royal St") is still annotated; "kc" for Kansas City is LOCATION.
- Contact data of companies and employers (support e-mail, benefits mailbox, store
  phone and fax, company street address) is annotated; a bare extension is PHONE.
- A profile URL written without a scheme ("facebook.com/...") is URL; a form's action
  URL with no id in it is not annotated.
"""

TEXTS = []

TEXTS.append(("chat-601", "chat", """[call transcript - auto generated - confidence 0.81 - queue: refills]
agent thank you for calling [[LOCATION|bluestem pharmacy]] this is [[PERSON|marisol]] how can i help you today
caller yeah hi um i need to refill my blood pressure pills the lisinopril the twenty milligram
agent sure i can help with that can i get your first and last name
caller its [[PERSON|ray ocampo]] thats [[PERSON|o c a m p o]]
agent and your date of birth mister [[PERSON|ocampo]]
caller [[DATE|march third nineteen fifty two]]
agent thank you i see two lisinopril scripts one from doctor [[PERSON|hallstrom]] and one from the v a
caller the [[PERSON|hallstrom]] one uh the label says rx [[OTHER_ID|seven seven oh two one four eight]]
agent perfect it has two refills left do you want it mailed to the address on file [[STREET_ADDRESS|eighteen oh two west pershing road]]
caller no no i moved in with my daughter [[PERSON|tess]] its [[STREET_ADDRESS|p o box four eleven]] [[LOCATION|berwyn]] illinois [[ZIP|six oh four oh two]]
agent okay i updated that and a good callback number
caller [[PHONE|seven oh eight five five five oh one four six]] or her cell [[PHONE|seven oh eight five five five oh one nine one]]
agent and is it still blue cross the member id [[HEALTH_PLAN_ID|x o f nine one two three three eight four zero]]
caller yeah that one
agent great your copay is four dollars and twelve cents and it should ship friday the [[DATE|fourteenth]] anything else
caller no thats it thank you sweetheart
agent have a good one mister [[PERSON|ocampo]] bye bye"""))

TEXTS.append(("chat-602", "chat", r"""{"id":"chatcmpl-A7xQ2mN","object":"chat.completion","created":1765198811,"model":"gpt-4o-2024-08-06","choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_8f2KxQvB91","type":"function","function":{"name":"book_appointment","arguments":"{\"patient\":{\"first_name\":\"[[PERSON|Aiyana]]\",\"last_name\":\"[[PERSON|Whitehorse]]\",\"dob\":\"[[DATE|1987-11-02]]\",\"phone\":\"[[PHONE|+1 505-555-0162]]\",\"email\":\"[[EMAIL|aiyana.w@example.net]]\",\"address\":{\"line1\":\"[[STREET_ADDRESS|418 Calle Mira Sol]]\",\"city\":\"[[LOCATION|Santa Fe]]\",\"state\":\"NM\",\"zip\":\"[[ZIP|87505]]\"}},\"visit_type\":\"new_patient_weight_mgmt\",\"provider\":{\"name\":\"Dr. [[PERSON|Lucas Fenn]]\",\"npi\":\"[[LICENSE_NUMBER|1838459521]]\"},\"slot_start\":\"[[DATE|2026-12-16]]T09:30:00-07:00\",\"duration_min\":30,\"insurance\":{\"payer\":\"BCBS of New Mexico\",\"member_id\":\"[[HEALTH_PLAN_ID|YID882190457]]\",\"group\":\"[[HEALTH_PLAN_ID|0048812]]\"},\"notes\":\"pt prefers video, BMI 33.8, asks about Wegovy vs Zepbound\"}"}}]}}],"usage":{"prompt_tokens":1822,"completion_tokens":164,"total_tokens":1986}}"""))

TEXTS.append(("chat-603", "chat", """User: hi where is my semaglutide order?? its been 9 days
Assistant: I'm sorry for the wait! Could you share your order number or the email on your account?
User: [[EMAIL|jenna.kowalczyk88@example.com]]
Assistant: Thanks, [[PERSON|Jenna]]. I found order #[[OTHER_ID|NP-2026-118843]] placed on [[DATE|Dec 1]]. It shipped via UPS, tracking [[OTHER_ID|1Z9X4E770312845519]], and it's showing "delivery exception - address not found".
User: omg thats my OLD address. i moved to [[STREET_ADDRESS|2250 N Lamar Blvd unit 1108]] [[LOCATION|austin]] tx [[ZIP|78705]] like 2 wks ago
Assistant: Got it. I can request a reroute, but it needs to stay refrigerated, so if it's been in transit more than 7 days we'll reship instead. Can you confirm your date of birth for verification?
User: [[DATE|8-14-88]]
Assistant: Thank you, you're verified. I've requested a reship to [[STREET_ADDRESS|2250 N Lamar Blvd, Unit 1108]], [[LOCATION|Austin]], TX [[ZIP|78705]]. Is there anything else?
User: yes pls charge the reship to my other card i dont want it on the amex. [[CREDIT_CARD|6011 8625 5654 4911]] exp 11/28
Assistant: For your security, please don't share full card numbers in chat. I've removed it from our notes; you can update the card under Account > Billing.
User: ok sorry. also my husband [[PERSON|mike]] wants to sign up, same address, his dob is [[DATE|6/30/85]] and hes on 2.5mg zepbound from his old dr
Assistant: Happy to help [[PERSON|Mike]] get started! He'll need his own account and intake; I'll email a sign-up link to you."""))

TEXTS.append(("chat-604", "chat", """Summarize this intake for the provider in 5 bullets. Keep meds and allergies exactly as written. Flag anything that would be a contraindication for tirzepatide.

--- NEW PATIENT INTAKE (submitted [[DATE|12/04/2026]] 21:17 CT) ---
Legal name: [[PERSON|Thibodeaux, Marie-Claire A.]]
Preferred name: [[PERSON|Clairey]]
DOB: [[DATE|08/19/1979]]    Sex at birth: F    Pronouns: she/her
Address: [[STREET_ADDRESS|77 Bayou Shadows Ln, Lot 12]], [[LOCATION|Houma]], LA [[ZIP|70360]]
Mobile: [[PHONE|(985) 555-0119]]    Work: [[PHONE|(985) 555-0184 x 220]]
Email: [[EMAIL|mcthibodeaux@example.org]]
Emergency contact: [[PERSON|Luc Thibodeaux]] (spouse) [[PHONE|985-555-0133]]
PCP: Dr. [[PERSON|Anjali Raghunathan]], [[LOCATION|Bayou Regional Family Medicine]]
Insurance: Cigna Open Access Plus  Member ID [[HEALTH_PLAN_ID|U48823019 01]]  Group [[HEALTH_PLAN_ID|3340217]]
Preferred pharmacy: [[LOCATION|Pharmacie Cormier]], [[STREET_ADDRESS|1409 Grand Caillou Rd]], [[LOCATION|Houma]]
ID verification: LA driver's license [[LICENSE_NUMBER|009482217]] (photo uploaded)
Reason for visit: weight loss, interested in tirzepatide. Ht 5'5", Wt 204 lb, BMI 34.2. A1c 6.1% (drawn [[DATE|10/22/26]]).
Current meds: metformin ER 500 mg BID; lisinopril 10 mg daily; sertraline 50 mg daily; levothyroxine 88 mcg
Allergies: sulfa (hives), latex (rash)
PMH: PCOS, HTN, Hashimoto's thyroiditis (dx 2015), gallbladder removed 2021
FHx: mother T2DM, died 2019; father MI at 58; maternal aunt medullary thyroid cancer?? (pt not sure)
Social: dental hygienist, drinks 2-3 glasses of wine/wk, never smoker
Goals: "lose 40 lb before my daughter [[PERSON|Amélie]]'s wedding in [[DATE|June 2027]]"
Signed electronically: [[PERSON|M-C Thibodeaux]]   IP [[IP_ADDRESS|198.51.100.23]]   consent v3.2"""))

TEXTS.append(("chat-605", "chat", """You are a support assistant for Lumen Derm. Answer the customer's question using ONLY the context below. If the answer is not in the context, say you'll escalate.

<context>
[doc 1 | source: kb/refund-policy.md | score 0.82]
Unopened products may be returned within 30 days. Prescription products (tretinoin, spironolactone, clindamycin gel) cannot be returned once dispensed, but damaged items are reshipped free.

[doc 2 | source: zendesk/ticket/[[OTHER_ID|448120]] | score 0.79]
Customer [[PERSON|Priya Venkataraman]] ([[EMAIL|priya.venk@example.com]]) reported tretinoin 0.05% cream arrived with a cracked tube on [[DATE|11/18]]. Agent [[PERSON|Colm]] offered a reship to [[STREET_ADDRESS|5 Hawthorne Ct]], [[LOCATION|Edison]], NJ [[ZIP|08820]]. Reship order [[OTHER_ID|LD-77102]] created [[DATE|11/19]].

[doc 3 | source: crm/contacts/[[ACCOUNT_NUMBER|003Hs00001xYzQ2]] | score 0.71]
Name: [[PERSON|Venkataraman, Priya]]; Phone: [[PHONE|732-555-0175]]; Account: [[ACCOUNT_NUMBER|CUS-004417-2]]; Last visit: [[DATE|2026-10-02]] with Dr. [[PERSON|Hana Oyelaran]] (NPI [[LICENSE_NUMBER|1311942860]]); Plan: Clear Skin Monthly ($39)

[doc 4 | source: kb/shipping.md | score 0.55]
Reships leave our [[LOCATION|Reno]] warehouse within 2 business days. USPS Ground Advantage, 2-5 days.
</context>

Customer ([[PERSON|priya v]]): hi did my reship go out yet?? also can u send it to my work instead, [[STREET_ADDRESS|101 Wood Ave S, Suite 900]], [[LOCATION|Iselin]] NJ [[ZIP|08830]]. ask for [[PERSON|Deepak]] at the front desk if no one answers"""))

TEXTS.append(("chat-606", "chat", """Ticket #[[OTHER_ID|302918]] · Status: Open · Priority: High · Via: email
Requester: [[PERSON|Darnell Pruitt]] <[[EMAIL|dpruitt.home@example.net]]>
Subject: charged twice for Dec refill!!!

Hi,
I was charged twice ($89.00 each) for my finasteride + minoxidil subscription on [[DATE|12/03]]. It's the visa ending 4471. Please refund one of them. I'm in [[LOCATION|Frankfurt]] for work until January so if the card refund is a hassle you can send it to my German account [[IBAN|DE80 2004 1111 0284 7361 90]] ([[PERSON|Darnell Pruitt]]).
Acct email is above, my US phone [[PHONE|404-555-0127]] doesn't work here, use whatsapp [[PHONE|+49 1520 5550138]].
- [[PERSON|Darnell]]

---
Internal note ([[PERSON|Kezia M.]]): confirmed duplicate capture in Stripe, refunded to original card [[DATE|12/05]], 5-10 business days. Customer ID [[ACCOUNT_NUMBER|cus_R8fT2kLm91Qa]]. Do NOT send refunds to IBANs, policy 4.2.

--
[[PERSON|Kezia Montgomery]] | Patient Care Team
NorthPeak Health · [[STREET_ADDRESS|1200 Peachtree St NE, Suite 400]], [[LOCATION|Atlanta]], GA [[ZIP|30309]]
Direct: [[PHONE|404-555-0102]] | Fax: [[FAX|404-555-0109]]
Hours M-F 8-6 ET"""))

TEXTS.append(("chat-607", "chat", """[[[DATE|12/5/26]], 8:02:14 AM] [[PERSON|Yesenia Castañeda]]: buenos días familia, ya le pedí la receta de abuela a la farmacia
[[[DATE|12/5/26]], 8:03:40 AM] Tío [[PERSON|Beto]]: cuál farmacia? la de la [[LOCATION|Kedzie]]?
[[[DATE|12/5/26]], 8:05:01 AM] [[PERSON|Yesenia Castañeda]]: no, la online, la que manda a la casa. pusieron su fecha de nacimiento mal, [[DATE|4/11/1933]] y es [[DATE|11/04/1933]] 🙄
[[[DATE|12/5/26]], 8:05:55 AM] [[PERSON|Marco]]: jaja typical. tiene [[AGE|93]] años y todavía nadie lo escribe bien
[[[DATE|12/5/26]], 8:07:12 AM] [[PERSON|Yesenia Castañeda]]: su número de Medicare es [[HEALTH_PLAN_ID|5EG4-TK2-MN71]], alguien me confirma? la tarjeta está en el cajón
[[[DATE|12/5/26]], 8:09:30 AM] [[PERSON|Marco]]: <Media omitted>
[[[DATE|12/5/26]], 8:09:41 AM] [[PERSON|Marco]]: sí es ese
[[[DATE|12/5/26]], 8:10:02 AM] Tío [[PERSON|Beto]]: mándenla a [[STREET_ADDRESS|3318 W 26th St]], [[LOCATION|Chicago]] [[ZIP|60623]] no a la de [[LOCATION|Cicero]]
[[[DATE|12/5/26]], 8:11:45 AM] [[PERSON|Yesenia Castañeda]]: ok. la doctora [[PERSON|Ferraro]] dice que la cita es el [[DATE|19 de diciembre]] a las 10
[[[DATE|12/5/26]], 8:12:10 AM] [[PERSON|Marco]]: 👍 yo la llevo. my cell [[PHONE|773-555-0158]] if they need it"""))

TEXTS.append(("chat-608", "chat", """Text Message  Today 9:41 AM
(89127) Vytal: Hi [[PERSON|Gwen]], your Rx #[[OTHER_ID|4410982]] (levothyroxine 75 mcg, qty 90) is ready for delivery. Reply Y to confirm delivery to [[STREET_ADDRESS|9 Orchard Ter Apt 2B]]. Msg&data rates may apply. Reply STOP to opt out.
Me: Y but can the driver leave it w my neighbor mrs [[PERSON|adebayo]] next door, im at work
(89127) Vytal: Got it! Your driver [[PERSON|Luis]] will arrive between 2-4 PM. Track here: [[URL|https://vytl.example.com/t/Gw9kP2xR]]
Me: thx!! also my new insurance card came, its HNE member id [[HEALTH_PLAN_ID|7730118842-01]]
(89127) Vytal: Please don't text insurance or payment info. Upload it in the app or call us at [[PHONE|(413) 555-0140]].
Me: oops sorry 🙈
(89127) Vytal: Delivered 2:37 PM to [[PERSON|T. Adebayo]]. Photo: [[URL|https://vytl.example.com/pod/4410982-0936]]"""))

TEXTS.append(("chat-609", "chat", """★☆☆☆☆  "Never again"
Posted by [[PERSON|Carol-Ann B.]] (verified buyer) · [[LOCATION|Wichita]], KS · 2 weeks ago

Ordered the at-home A1c kit on [[DATE|Nov 3]] and it sat at the [[LOCATION|Haysville]] post office for a week. When it finally came, the lab rejected my sample because the kit # on the card ([[OTHER_ID|KT-5581-0093]]) didn't match the tube. Called customer service at 1-800 number three times, talked to someone named [[PERSON|Brianna]] who said they'd "escalate". My results were supposed to go to Dr. [[PERSON|Oduya]] at [[LOCATION|Riverside Family Clinic]] and they never did. I'm 61, diabetic, and I don't have time for this.

If anyone from the company reads this my order was [[OTHER_ID|100-4471829]], email [[EMAIL|carolann.b1965@example.com]], or message me on FB [[URL|facebook.com/carolann.bristow65]]. Don't tell me to "DM you".

UPDATE [[DATE|11/29]]: still nothing. Disputing the $49.99 with my bank.

  ↳ Response from the company · 1 week ago
  Hi [[PERSON|Carol-Ann]], we're so sorry. [[PERSON|Marcus]] from our lab team will call you at [[PHONE|316-555-0124]] today. — [[PERSON|Jess]], Community Team"""))

TEXTS.append(("chat-610", "chat", """PRESCRIPTION TRANSFER REQUEST                 Page 1 of 1
Date: [[DATE|12/05/2026]]
TO:   Walgreens Pharmacy, [[STREET_ADDRESS|2901 S Cooper St]], [[LOCATION|Arlington]], TX [[ZIP|76015]]
      Ph [[PHONE|(817) 555-0150]]   Fax [[FAX|(817) 555-0151]]
FROM: [[LOCATION|CareNest Mail Pharmacy]], [[STREET_ADDRESS|1550 Alliance Gateway Fwy, Bldg 3]], [[LOCATION|Fort Worth]], TX [[ZIP|76177]]
      Ph [[PHONE|817-555-0170]]   Fax [[FAX|817-555-0171]]
      Pharmacist: [[PERSON|Thanh Nguyen]], RPh   TX RPh lic [[LICENSE_NUMBER|48221]]   Pharmacy NPI [[LICENSE_NUMBER|1779950462]]   DEA [[LICENSE_NUMBER|FC7954224]]

PATIENT: [[PERSON|ALVAREZ-KING, DESMOND J]]     DOB: [[DATE|01/07/1969]]
Address: [[STREET_ADDRESS|611 Magnolia Bend]], [[LOCATION|Mansfield]], TX [[ZIP|76063]]     Phone: [[PHONE|682-555-0113]]

Please transfer the following prescriptions with remaining refills:
 1. Rx [[OTHER_ID|6022841]]  atorvastatin 40 mg tab  #90  last fill [[DATE|10/28/2026]]  RF 2
    Prescriber: Dr. [[PERSON|R. Castellanos]]  NPI [[LICENSE_NUMBER|1440054538]]  DEA [[LICENSE_NUMBER|BC7877890]]
 2. Rx [[OTHER_ID|6022855]]  metoprolol succinate ER 25 mg  #90  RF 3
 3. Rx [[OTHER_ID|6022860]]  tamsulosin 0.4 mg cap  #90  RF 1
Insurance on file: BIN 610014  PCN MEDDPRIME  (pt has new plan as of [[DATE|1/1]], will provide)
Patient verbal consent obtained [[DATE|12/05/2026]] by [[PERSON|T.N.]]

CONFIDENTIALITY: this fax contains protected health information. If received in error call [[PHONE|817-555-0170]]."""))

TEXTS.append(("chat-611", "chat", """hi, my doctor sent a PA for Zepbound to my insurance and they DENIED it?? I have Aetna through my job, member ID [[HEALTH_PLAN_ID|W2038817645]], group [[HEALTH_PLAN_ID|0193472-10-004]] (card also says RxBIN 610502 RxPCN ADV RxGRP RX8834 if that matters). The PA reference they gave me on the phone is [[OTHER_ID|PA-26-3381907]]. Denial letter is dated [[DATE|November 30, 2026]] and says "step therapy not met" but I was on metformin for 2 years and Ozempic from [[DATE|Feb 2025]] to [[DATE|Aug 2025]] (stopped bc of the shortage not side effects). BMI is 37 and I have sleep apnea.

My name is [[PERSON|Oluwaseun "Seun" Bakare-Lindqvist]], dob [[DATE|9 Sept 1990]]. Can your team do the appeal or do I have to? My doc is Dr [[PERSON|Kristin Vo]] at [[LOCATION|Maple Grove Internal Medicine]], their fax is [[FAX|763-555-0193]] and her nurse [[PERSON|Abby]] said they'd send chart notes if you ask. Best number for me is [[PHONE|612.555.0179]] after 5."""))

TEXTS.append(("chat-612", "chat", """POST /webhooks/shopify/orders-create HTTP/1.1
Content-Type: application/json
X-Shopify-Topic: orders/create
X-Shopify-Hmac-Sha256: 2Yc0n3YxQ7d1Wj1sW0b7Qh2u3l0yRk1v8X9m4o6pQeA=
X-Shopify-Webhook-Id: 3f9a2b6c-7d41-4e0a-9c2e-1b5f8e7d6a40

{
  "id": [[OTHER_ID|5839201774612]],
  "admin_graphql_api_id": "gid://shopify/Order/[[OTHER_ID|5839201774612]]",
  "name": "#[[OTHER_ID|1093]]",
  "order_number": [[OTHER_ID|1093]],
  "email": "[[EMAIL|hollis.tran@example.com]]",
  "created_at": "[[DATE|2026-12-06]]T14:22:08-05:00",
  "phone": "[[PHONE|+16175550131]]",
  "browser_ip": "[[IP_ADDRESS|203.0.113.58]]",
  "total_price": "129.00",
  "currency": "USD",
  "financial_status": "paid",
  "customer": {
    "id": [[ACCOUNT_NUMBER|7012883456021]],
    "first_name": "[[PERSON|Hollis]]",
    "last_name": "[[PERSON|Tran]]",
    "tags": "rx-verified, dob:[[DATE|1993-04-17]]"
  },
  "shipping_address": {
    "first_name": "[[PERSON|Hollis]]",
    "last_name": "[[PERSON|Tran]]",
    "name": "[[PERSON|Hollis Tran]]",
    "address1": "[[STREET_ADDRESS|40 Prospect St]]",
    "address2": "[[STREET_ADDRESS|Apt 3]]",
    "city": "[[LOCATION|Cambridge]]",
    "province": "Massachusetts",
    "province_code": "MA",
    "zip": "[[ZIP|02139]]",
    "country_code": "US",
    "phone": "[[PHONE|617-555-0131]]"
  },
  "billing_address": {
    "name": "[[PERSON|Hollis Tran]]",
    "address1": "[[STREET_ADDRESS|PO Box 391024]]",
    "city": "[[LOCATION|Cambridge]]",
    "zip": "[[ZIP|02139]]"
  },
  "line_items": [
    {"sku": "SPIRO-50-90", "title": "Spironolactone 50 mg (90 tabs)", "quantity": 1, "price": "129.00"}
  ],
  "note_attributes": [
    {"name": "prescriber", "value": "Dr. [[PERSON|Imani Coleman-Ruiz]]"},
    {"name": "rx_number", "value": "[[OTHER_ID|RX-2207145]]"}
  ]
}"""))

TEXTS.append(("chat-613", "chat", """GET /rest/V1/orders/[[OTHER_ID|48812]]  -> 200 OK (142 ms)

{"entity_id":[[OTHER_ID|48812]],"increment_id":"[[OTHER_ID|000048812]]","state":"processing","status":"awaiting_rx","customer_id":[[ACCOUNT_NUMBER|2291]],"customer_email":"[[EMAIL|b.okonkwo-smith@example.org]]","customer_firstname":"[[PERSON|Blessing]]","customer_lastname":"[[PERSON|Okonkwo-Smith]]","customer_dob":"[[DATE|1978-02-14]] 00:00:00","customer_gender":2,"remote_ip":"[[IP_ADDRESS|192.0.2.144]]","grand_total":64.5,"created_at":"[[DATE|2026-12-04]] 19:40:11","billing_address":{"firstname":"[[PERSON|Blessing]]","lastname":"[[PERSON|Okonkwo-Smith]]","street":["[[STREET_ADDRESS|RR 3 Box 22]]"],"city":"[[LOCATION|Lone Tree]]","region":"Iowa","region_code":"IA","postcode":"[[ZIP|52755]]","country_id":"US","telephone":"[[PHONE|319-555-0166]]"},"payment":{"method":"authnet","cc_type":"VI","cc_last4":"0093","cc_exp_month":"7","cc_exp_year":"2029"},"items":[{"sku":"AMOX-500-21","name":"Amoxicillin 500 mg caps","qty_ordered":21,"price":12.5},{"sku":"PROBIO-30","name":"Probiotic 30ct","qty_ordered":2,"price":26}],"extension_attributes":{"rx_prescriber_name":"[[PERSON|Sunita Mahalingam]], PA-C","rx_prescriber_npi":"[[LICENSE_NUMBER|1399420581]]"},"status_histories":[{"comment":"Called pt [[DATE|12/5]], confirmed PCN allergy is her son's not hers. ok to fill. -[[PERSON|JW]]","created_at":"[[DATE|2026-12-05]] 15:02:44"}]}"""))

TEXTS.append(("chat-614", "chat", """Subject: [Pinewood Naturals] New order #[[OTHER_ID|20417]]

You've received the following order from [[PERSON|Nkechi Abara]]:

[Order #[[OTHER_ID|20417]]] ([[DATE|December 6, 2026]])

Product                                   Quantity   Price
Elderberry immune gummies (60 ct)         2          $39.98
Vitamin D3 5000 IU softgels               1          $14.50
Prenatal DHA (SKU PN-DHA-90)              1          $32.00

Subtotal:        $86.48
Shipping:        Flat rate
Payment method:  Credit card (Stripe)
Total:           $86.48

Note: pls dont ring the bell, baby sleeps 1-3. gate code 4417#. If nobody home leave w/ Mrs. [[PERSON|Funmi]] next door lol

Billing address
[[PERSON|Nkechi Abara]]
[[STREET_ADDRESS|2207 Sycamore Hollow Dr]]
[[LOCATION|Murfreesboro]], TN [[ZIP|37128]]
[[PHONE|(615) 555-0107]]
[[EMAIL|nkechi.abara@example.com]]

Shipping address
[[PERSON|Chidi Abara]]
[[STREET_ADDRESS|1301 E Main St]]
[[STREET_ADDRESS|MTSU Box 8126]]
[[LOCATION|Murfreesboro]], TN [[ZIP|37132]]

Congratulations on the sale."""))

TEXTS.append(("chat-615", "chat", """Draft a short friendly SMS reminder for each row. Don't put the DOB in the message. Sign as "the front desk".

| Patient | DOB | Phone | Appt | Provider | Location |
|---|---|---|---|---|---|
| [[PERSON|Ernestine Marsh]] | [[DATE|02/03/1931]] | [[PHONE|601-555-0117]] | [[DATE|12/9]] 10:15 | Dr. [[PERSON|Pham]] | [[LOCATION|Hattiesburg Clinic]] - [[LOCATION|Westover]] |
| [[PERSON|Jaylen Brooks]] | [[DATE|7/22/2004]] | [[PHONE|601-555-0145]] | [[DATE|12/9]] 1:40 pm | [[PERSON|K. Sloane]], NP | [[LOCATION|Petal]] |
| "[[PERSON|Bud]]" [[PERSON|Hollingsworth]] ([[PERSON|Harold]]) | [[DATE|1935-08-30]] | [[PHONE|601.555.0188]] | [[DATE|Dec 10]] 9am | Dr. [[PERSON|Pham]] | [[LOCATION|Hattiesburg Clinic]] - [[LOCATION|Westover]] |
| [[PERSON|Nguyễn Thị Lan]] | [[DATE|11/15/1962]] | [[PHONE|(601) 555-0121]] | [[DATE|12/10]] | Dr. [[PERSON|Abernathy-Oyelowo]] | [[LOCATION|Purvis]] |

Notes: [[PERSON|Ernestine]] is [[AGE|95]] and hard of hearing, text her daughter [[PERSON|Faye]] at [[PHONE|601-555-0176]] instead. [[PERSON|Bud]] goes by [[PERSON|Bud]], never [[PERSON|Harold]]. Mrs. [[PERSON|Lan]] prefers Vietnamese if possible."""))

TEXTS.append(("chat-616", "chat", """why does this yaml fail to parse?? error: `mapping values are not allowed here, line 13, column 14`. its the seed file for our staging db

```yaml
patients:
  - id: [[MRN|pt_000183]]
    mrn: "[[MRN|HRH-00719384]]"
    name:
      given: [[PERSON|Rosalind]]
      family: [[PERSON|Achterberg]]
    birthDate: [[DATE|1941-05-27]]
    telecom:
      - system: phone
        value: [[PHONE|920-555-0152]]
      - system: email
        value:[[EMAIL|rachterberg@example.net]]
        use: home
    address:
      line: ["[[STREET_ADDRESS|N4812 County Rd K]]"]
      city: [[LOCATION|Kewaunee]]
      state: WI
      postalCode: "[[ZIP|54216]]"
    generalPractitioner: Dr. [[PERSON|Soren Vanderloop]]
    device:
      type: insulin pump
      model: t:slim X2
      serial: [[DEVICE_ID|TP-Y9L204418]]
    conditions: [T1DM, hypothyroidism, "Dupuytren's contracture"]
```

i copied it from a prod export so pls dont log it lol"""))

TEXTS.append(("chat-617", "chat", """<form id="intake" action="https://intake.example-clinic.com/submit" method="post">
  <input type="hidden" name="patient_id" value="[[MRN|PT-5520931]]">
  <label>Full name <input name="full_name" value="[[PERSON|Ngozi Ferreira-Blackwood]]"></label>
  <label>Date of birth <input type="date" name="dob" value="[[DATE|1958-12-01]]"></label>
  <label>SSN (optional) <input name="ssn" value="[[SSN|987-65-4321]]"></label>
  <label>Street <input name="addr1" value="[[STREET_ADDRESS|2 Ashby Pl]]"></label>
  <label>Unit <input name="addr2" value="[[STREET_ADDRESS|Unit 5]]"></label>
  <label>City <input name="city" value="[[LOCATION|Medford]]"></label>
  <select name="state"><option>WA</option><option selected>OR</option></select>
  <input name="zip" value="[[ZIP|97504-7721]]">
  <input name="phone" type="tel" value="[[PHONE|(541) 555-0163]]">
  <input name="card" value="[[CREDIT_CARD|5418-2541-3935-3278]]" autocomplete="cc-number">
  <input name="cc_exp" value="04/30">
  <textarea name="notes">husband [[PERSON|Gerald]] has POA, call him first. previous pharmacy [[LOCATION|Grants Pass Community Pharmacy]]. allergic to codeine</textarea>
  <button type="submit">Next &rarr;</button>
</form>

can you turn this into a json object keeping the same field names? skip the button"""))

TEXTS.append(("chat-618", "chat", """[[DATE|2026-12-06]]T03:14:07.221Z INFO  auth    login_success user=[[EMAIL|marcus.delacroix@example.com]] ip=[[IP_ADDRESS|198.51.100.77]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)" req_id=9f3a1c0e
[[DATE|2026-12-06]]T03:14:09.880Z WARN  rx      refill_blocked patient_id=[[MRN|P-0041873]] reason=too_soon last_fill=[[DATE|2026-11-29]] drug="alprazolam 0.5mg" days_supply=30
[[DATE|2026-12-06]]T03:15:42.019Z INFO  chat    msg_in session=[[OTHER_ID|sess_Z81kqPw4]] from=[[EMAIL|marcus.delacroix@example.com]] text="its for my mom [[PERSON|Odile]] not me, she lives at [[STREET_ADDRESS|88 Rue Royale]]? no [[STREET_ADDRESS|88 Royal St]] [[LOCATION|New Orleans]] [[ZIP|70130]]"
[[DATE|2026-12-06]]T03:15:42.334Z ERROR pii     redact_fail field=text len=92 rule=addr_v2
[[DATE|2026-12-06]]T03:17:55.601Z INFO  auth    login_fail user=[[EMAIL|odile.delacroix1931@example.com]] ip=[[IP_ADDRESS|2001:db8:4f1e::2a]] ua="okhttp/4.12.0" attempts=3
[[DATE|2026-12-06]]T03:18:02.400Z INFO  support ticket_created id=[[OTHER_ID|ZD-551902]] assignee=[[OTHER_ID|agent.pbright]] priority=normal

^ why is the redactor failing on line 4? the address has a question mark in it, is that it?"""))

TEXTS.append(("chat-619", "chat", """---------- Forwarded message ---------
From: [[PERSON|Rebecca Lindqvist-Haas]] <[[EMAIL|rlhaas@example.com]]>
Date: Thu, [[DATE|Dec 4, 2026]] at 7:41 PM
Subject: Re: Mom's hearing aid battery order
To: Sunrise Hearing Support <[[EMAIL|help@example-hearing.com]]>
Cc: [[PERSON|Tom Haas]] <[[EMAIL|tomhaas61@example.net]]>

Forwarding to [[PERSON|Tom]] since he's taking over the account. [[PERSON|Tom]], the account # is [[ACCOUNT_NUMBER|HX-3390187]] and the aids are under Mom's name ([[PERSON|Ingrid Lindqvist]], DOB [[DATE|3/3/1932]]).

On Wed, [[DATE|Dec 3, 2026]] at 10:12 AM Sunrise Hearing Support <[[EMAIL|help@example-hearing.com]]> wrote:
> Hi [[PERSON|Rebecca]],
> We can ship the size 312 batteries to [[LOCATION|Heritage Pines Assisted Living]], [[STREET_ADDRESS|4400 Old Cheney Rd, Apt 118]], [[LOCATION|Lincoln]], NE [[ZIP|68516]]. The serial numbers on file are [[DEVICE_ID|R-8812340]] (left) and [[DEVICE_ID|R-8812341]] (right), warranty through 2027.
> Best,
> [[PERSON|Aurelio]]
> Sunrise Hearing | [[PHONE|402-555-0195]]
>
>> On Tue, [[DATE|Dec 2, 2026]], [[PERSON|Rebecca Lindqvist-Haas]] wrote:
>> Mom is [[AGE|94]] now and keeps losing the little batteries in her recliner. Can they go straight to her facility? The nurse there, [[PERSON|Shonda]], said she'd sign for them."""))

TEXTS.append(("chat-620", "chat", """Hola buenas tardes, les escribo porque mi pedido de insulina no ha llegado y ya casi se me acaba. Mi nombre es [[PERSON|Rigoberto Anaya Saucedo]], fecha de nacimiento [[DATE|12 de agosto de 1959]]. Vivo en el [[STREET_ADDRESS|5107 de la calle Alameda, departamento 3]], [[LOCATION|El Paso]] TX [[ZIP|79905]]. El número de pedido es [[OTHER_ID|SN-448201]] y mi teléfono es [[PHONE|(915) 555-0138]], si no contesto pueden hablarle a mi hija [[PERSON|Guadalupe]] al [[PHONE|915 555 0192]].

Tengo Medicaid de Texas, número [[HEALTH_PLAN_ID|518837402]]. Mi doctora es la Dra. [[PERSON|Elvira Quiñones]] de la clínica [[LOCATION|Centro de Salud La Fe]]. La insulina es Lantus 100 unidades/ml, me pongo 22 unidades en la noche.

Otra cosa, el mes pasado mi hijo [[PERSON|Ernesto]] pagó con su tarjeta desde España por error, si hay reembolso que sea a su cuenta [[IBAN|ES80 0182 5322 1702 0158 4736]] a nombre de [[PERSON|Ernesto Anaya]].

Gracias, que Dios los bendiga."""))

TEXTS.append(("chat-621", "chat", """你好，我想帮我爸爸续药。他叫[[PERSON|黄国强]]（英文名 [[PERSON|Wong Kwok Keung]]），出生日期[[DATE|1936年7月3日]]，今年[[AGE|90]]岁。
地址：[[STREET_ADDRESS|1450 Jackson St, Apt 5]], [[LOCATION|San Francisco]], CA [[ZIP|94109]]
电话：[[PHONE|415-555-0129]]（家里），我的手机 [[PHONE|415-555-0183]]
他的 Medi-Cal 号码是 [[HEALTH_PLAN_ID|91827364A]]，处方号 RX [[OTHER_ID|3301276]]（氨氯地平 5mg，每天一次）。
医生是 [[PERSON|Helen Szeto]] 医生，在[[LOCATION|东华医院]]。上次看病是[[DATE|11月20日]]。
请寄到家里，不要寄到 [[LOCATION|Oakland]] 的旧地址。谢谢！
—— [[PERSON|Amy]]（女儿）"""))

TEXTS.append(("chat-622", "chat", """{"type":"message","role":"assistant","content":[{"type":"text","text":"I'll submit that refill now."},{"type":"tool_use","id":"toolu_01XyZ9aQm3","name":"refill_rx","input":{"patient":{"name":"[[PERSON|Perla Montenegro-Díaz]]","dob":"[[DATE|02/28/1990]]","phone":"[[PHONE|+1 (786) 555-0114]]"},"rx_number":"[[OTHER_ID|MG-881204]]","medication":"escitalopram 10 mg tablet","qty":30,"days_supply":30,"pharmacy":{"name":"[[LOCATION|Little Havana Community Pharmacy]]","address":"[[STREET_ADDRESS|1540 SW 8th St]]","city":"[[LOCATION|Miami]]","zip":"[[ZIP|33135]]","npi":"[[LICENSE_NUMBER|1453331476]]"},"prescriber_npi":"[[LICENSE_NUMBER|1893288047]]","notes":"pt asks to pick up after 6pm, Spanish speaking"}}]}
{"type":"message","role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01XyZ9aQm3","content":"{\\"status\\": \\"queued\\", \\"refill_id\\": \\"[[OTHER_ID|RF-77120]]\\", \\"ready_by\\": \\"[[DATE|2026-12-08]]\\", \\"copay\\": 0.0}"}]}"""))

TEXTS.append(("chat-623", "chat", """user: moving next week!! new addy is [[STREET_ADDRESS|2417 ridgecrest dr se apt 12b]] [[LOCATION|albuquerque]] nm [[ZIP|87108]], starting [[DATE|12/15]]. old one was [[STREET_ADDRESS|9 Plaza Encantada]] in [[LOCATION|Los Lunas]]
assistant: (function_call) update_address({"customer_id": "[[ACCOUNT_NUMBER|cus_0098812]]", "line1": "[[STREET_ADDRESS|2417 Ridgecrest Dr SE]]", "line2": "[[STREET_ADDRESS|Apt 12B]]", "city": "[[LOCATION|Albuquerque]]", "state": "NM", "postal_code": "[[ZIP|87108]]", "effective_date": "[[DATE|2026-12-15]]"})
function: {"ok": true, "verified_by": "USPS", "zip4": "[[ZIP|87108-3319]]", "dpv_match": "Y"}
assistant: Done, [[PERSON|Dolores]]! Your shipping address will switch to [[STREET_ADDRESS|2417 Ridgecrest Dr SE, Apt 12B]], [[LOCATION|Albuquerque]], NM [[ZIP|87108-3319]] on [[DATE|December 15]]. Your [[DATE|Dec 20]] tirzepatide shipment (7.5 mg, 4 pens) will go to the new address. Want me to update the address for [[PERSON|Ramón]] on your household plan too?
user: yes hes moving w me obvs 😂"""))

TEXTS.append(("chat-624", "chat", """>>> tool: verify_insurance
arguments:
  payer_id: "HMSA1"
  subscriber:
    first_name: "[[PERSON|KAWIKA]]"
    last_name: "[[PERSON|KEALOHA]]"
    dob: "[[DATE|19720611]]"
    member_id: "[[HEALTH_PLAN_ID|HMS00488219301]]"
    group_number: "[[HEALTH_PLAN_ID|HA0412]]"
  dependent:
    first_name: "[[PERSON|Leilani]]"
    last_name: "[[PERSON|Kealoha]]"
    dob: "[[DATE|20090214]]"
    relationship: "child"
  provider_npi: "[[LICENSE_NUMBER|1072386257]]"
  service_type_codes: ["30", "MH"]
  date_of_service: "[[DATE|2026-12-11]]"

<<< result (270 eligibility, 1.2 s):
  status: active
  plan_name: "HMSA PPO Plan"
  coverage_begin: "[[DATE|2025-01-01]]"
  coverage_end: "[[DATE|2026-12-31]]"
  copay_specialist: 40.00
  copay_telehealth: 0.00
  deductible_remaining: 812.40
  subscriber_address: "[[STREET_ADDRESS|94-1021 Kaukahi St]], [[LOCATION|Waipahu]] HI [[ZIP|96797]]"

assistant: Good news, [[PERSON|Leilani]]'s coverage is active for the [[DATE|Dec 11]] teen counseling visit, with a $0 telehealth copay. Note the plan year ends [[DATE|12/31]], so the deductible resets after that."""))

TEXTS.append(("chat-625", "chat", """Gorgias · Ticket [[OTHER_ID|88104223]] · Channel: email · Tags: billing, chargeback-risk, vip
Customer: [[PERSON|Shay Oyelaran-Petit]] ([[EMAIL|shay.op@example.com]]) · Orders: 3 · LTV $412.00 · Shopify customer [[ACCOUNT_NUMBER|6620918844013]]

[[PERSON|Shay]] · [[DATE|Dec 5, 2026]] 11:02 PM
omg you charged my OLD card again. i told you TWICE to use the new one. here just put it on this: [[CREDIT_CARD|4147 5746 8447 6948]] exp 09/29 cvv 118. also update billing to [[STREET_ADDRESS|5A Carriage House Lane]], [[LOCATION|Westport]] CT [[ZIP|06880]]. my bank said if this isnt fixed by [[DATE|12/10]] they're filing a dispute. my cell is [[PHONE|203-555-0196]] if you actually want to talk to me

[[PERSON|Priyanka]] (agent) · [[DATE|Dec 6, 2026]] 9:14 AM
Hi [[PERSON|Shay]], I'm really sorry about this. For your security please never send card numbers by email; I've asked our payments team to purge this message. I've refunded the charge on the old card (order #[[OTHER_ID|4471]], $129) and sent you a secure link to add the new card. I also updated billing to [[LOCATION|Westport]] as requested.
— [[PERSON|Priyanka S.]], Customer Happiness

Internal ([[PERSON|Ahmed R.]]): macro "PCI - card in email" applied. Escalated to #payments."""))

TEXTS.append(("chat-626", "chat", """Conversation #[[OTHER_ID|215500412]] — started [[DATE|Dec 06 2026]], 16:02 PST — Intercom
[16:02] Visitor (Anonymous · IP [[IP_ADDRESS|203.0.113.201]] · [[LOCATION|Sacramento]], CA · Chrome/131): is anyone there
[16:02] Penny (bot): Hi! I'm Penny 🤖, the virtual assistant. What can I help with? Orders · Devices · Billing · Talk to a human
[16:03] Visitor: Devices
[16:04] Visitor: my dad got the wrong cpap mask, hes [[PERSON|wilbur jonas]], dob [[DATE|10-02-1944]]
[16:04] Penny (bot): Thanks! Connecting you with our team. Average wait: 4 min.
[16:09] [[PERSON|Tamsin]] (Support): Hi there, I'm [[PERSON|Tamsin]]. I see [[PERSON|Wilbur]]'s order [[OTHER_ID|55-190827]] for the AirFit F30 size M. Can you confirm the serial number on the bottom of his machine?
[16:11] Visitor: [[DEVICE_ID|23211458903]]
[16:11] Visitor: im his son [[PERSON|Reggie]] btw. ship the new one to [[STREET_ADDRESS|7710 Fair Oaks Blvd #214]] [[LOCATION|Carmichael]] [[ZIP|95608]], thats his place
[16:13] [[PERSON|Tamsin]] (Support): Thanks [[PERSON|Reggie]]! Exchange [[OTHER_ID|RMA-40017]] created. Size L cushion ships tomorrow; please send the old one back with the prepaid label. Anything else?
[16:14] Visitor: nope ty
[16:14] — Conversation closed by [[PERSON|Tamsin]] — CSAT: 😀"""))

TEXTS.append(("chat-627", "chat", """{"request_type": "IntentRequest", "locale": "en-US", "utterance": "alexa ask medi helper to remind grandma [[PERSON|june]] to take her eliquis at eight p m and text my brother [[PERSON|kofi]] at [[PHONE|two oh nine five five five oh one six eight]] if she doesnt", "intent": {"name": "CreateReminder", "slots": {"person": "grandma [[PERSON|june]]", "drug": "eliquis", "time": "20:00", "recurrence": "daily", "escalation_contact": "[[PERSON|kofi]]", "escalation_phone": "[[PHONE|2095550168]]"}}, "device": {"deviceId": "[[DEVICE_ID|amzn1.ask.device.AEXQ7Z2K4HN3PWJ6QYLRT5B2MA]]", "supportedInterfaces": ["Display"]}, "timestamp": "[[DATE|2026-12-06]]T02:41:19Z"}"""))

TEXTS.append(("chat-628", "chat", """hey its [[PERSON|deb]] from the 3pm slot, new # is [[PHONE|555-0148]], same as my husbands now lol"""))

TEXTS.append(("chat-629", "chat", """💊 mom care (4 members)

[[PERSON|nadia]]: ok so moms new cardiologist is dr [[PERSON|szymanski]] at [[LOCATION|st lukes]], appt tues [[DATE|12/16]] @ 2:30. i cant take her, i have court
[[PERSON|omar]]: i can. whats the address
[[PERSON|nadia]]: [[LOCATION|saint lukes mid america heart institute]], [[STREET_ADDRESS|4401 wornall rd]] [[LOCATION|kc]] mo [[ZIP|64111]], 3rd floor. park in the garage on the left
[[PERSON|omar]]: her medicare card is in her purse?
[[PERSON|nadia]]: yeah and the aarp supplement one, member # [[HEALTH_PLAN_ID|0048127701]]
[[PERSON|layla]]: guys the pharmacy called, they need her new part d plan id for the eliquis, its on the humana letter, [[HEALTH_PLAN_ID|H8834-771-02]] i think
[[PERSON|omar]]: also dads pacemaker check is the same week, the home monitor serial is [[DEVICE_ID|PJN210449K]] if they ask. his device clinic is at [[LOCATION|research medical center]]
[[PERSON|layla]]: ugh ok. we should just give everyone all our numbers. me [[PHONE|913-555-0110]]
[[PERSON|nadia]]: [[PHONE|816-555-0103]]
[[PERSON|omar]]: [[PHONE|816-555-0156]]. also [[PERSON|sami]] ([[PERSON|layla]]'s husband) can drive if needed, hes off fridays
[[PERSON|layla]]: lol volunteering my husband ok 🙄 [[PERSON|sami]] says fine"""))

TEXTS.append(("chat-630", "chat", """hello po! ask ko lang kung na-ship na po yung order ko ng losartan 50mg at amlodipine 5mg. Order no. [[OTHER_ID|TG-660192]]. Name ko po ay [[PERSON|Maria Lourdes "Malou" Dimaculangan]], bday ko [[DATE|07/04/1968]].

Bago na po address ko: [[STREET_ADDRESS|1225 Hacienda Blvd Apt 7]], [[LOCATION|La Puente]] CA [[ZIP|91744]]. Yung dati sa [[LOCATION|Daly City]] wala na po ako dun since [[DATE|Oct 2026]]. Paki-update na rin po sa Kaiser? hindi po pala, Blue Shield po insurance ko, ID [[HEALTH_PLAN_ID|XEH904471128]].

Pakitawag na lang po si ate [[PERSON|Joy]] ko sa [[PHONE|626-555-0109]] kasi naka-duty ako sa ospital (night shift RN po ako sa [[LOCATION|Queen of the Valley]]). Salamat po! God bless 🙏"""))

TEXTS.append(("chat-631", "chat", """Здравствуйте! Пишу за маму, [[PERSON|Фаина Абрамовна Гуревич]], 1934 г.р., ей [[AGE|92]] года, сама она по-английски почти не пишет.
Адрес: [[STREET_ADDRESS|2830 Ocean Pkwy, Apt 4F]], [[LOCATION|Brooklyn]], NY [[ZIP|11235]]
Телефон мамы: [[PHONE|(718) 555-0147]], мой (сын, [[PERSON|Борис]]): [[PHONE|347-555-0186]]
Medicaid CIN: [[HEALTH_PLAN_ID|KT48193R]]
Её врач доктор [[PERSON|Лившиц]] (Dr. [[PERSON|Livshits]]), последний визит [[DATE|28.11.2026]] в [[LOCATION|Maimonides]].
Рецепт № [[OTHER_ID|7730442]] на Eliquis 2,5 мг, 2 раза в день. Прошу доставить до [[DATE|20 декабря]], у неё осталось таблеток на 10 дней. Звонить лучше мне, не маме — она не слышит телефон.
Спасибо!
[[PERSON|Борис]]"""))

TEXTS.append(("chat-632", "chat", """Bonjou, mwen se [[PERSON|Wideline Pierre-Louis]]. Mwen te kòmande metfòmin 500 mg sou sit nou an [[DATE|2 desanm]] men mwen poko resevwa l. Adrès mwen se [[STREET_ADDRESS|1021 NE 125th St, Apt 9]], [[LOCATION|North Miami]] FL [[ZIP|33161]]. Nimewo telefòn mwen: [[PHONE|305-555-0115]]. Dat nesans: [[DATE|14/03/1975]]. Nimewo lòd la se [[OTHER_ID|7782-HT-0031]].
Si w pa ka jwenn mwen, rele pitit gason m [[PERSON|Jean-Baptiste]] nan [[PHONE|305-555-0189]], li pale angle.
Mèsi anpil.
PS: doktè m se Dr. [[PERSON|Fabienne Noël]] nan [[LOCATION|Center for Haitian Studies]], [[STREET_ADDRESS|8260 NE 2nd Ave]]."""))

TEXTS.append(("chat-633", "chat", """Subject: CPAP claim - machine destroyed in car accident, need replacement + paperwork

Hello DME team,

My AirSense 11 AutoSet was in the back seat when my car was rear-ended on [[DATE|Nov 24]]. The auto insurer (Progressive, claim [[OTHER_ID|26-8840193-01]]) will reimburse but they want a letter from you listing the device serial and the VIN of my vehicle, which is [[VEHICLE_ID|1HGCV1F34PA047219]] (2023 Accord).

Patient: [[PERSON|Hargrove, Lionel T.]]   DOB [[DATE|5/5/1950]]
Your order #: [[OTHER_ID|DME-2026-00731]]
Device SN [[DEVICE_ID|23183417652]], bought [[DATE|06/2024]]
Humidifier tub SN (if needed): [[DEVICE_ID|23183417652-H]]
Prescribing doc: Dr. [[PERSON|Beatriz Salcido-Ng]], sleep medicine, NPI [[LICENSE_NUMBER|1511848735]]
Sleep study at [[LOCATION|Midwest Sleep Diagnostics]] on [[DATE|04/18/2024]], AHI 31, pressure 8-14 cm H2O

Please mail the letter to [[STREET_ADDRESS|1907 Kessler Blvd N Dr]], [[LOCATION|Indianapolis]] IN [[ZIP|46222]] or email it to [[EMAIL|lhargrove50@example.com]]. Cell [[PHONE|317-555-0106]].

Thank you,
[[PERSON|Lionel Hargrove]]
(my wife [[PERSON|Doreen]] is on the account too if I don't pick up)"""))

TEXTS.append(("chat-634", "chat", """User: my libre 3 sensor fell off after 4 days AGAIN. thats the 3rd one in 2 months
Assistant: I'm sorry! I can help request a replacement. Please share the sensor serial number (on the applicator or in the app under Sensor Info).
User: [[DEVICE_ID|3MH00A7K2PQ]]. lot 2409117 if u need it
Assistant: Thanks. When was it applied and when did it stop?
User: applied [[DATE|12/1]] around 8am, app said "sensor error" [[DATE|12/5]] at 3am. reader serial is [[DEVICE_ID|MKGA214-00981]] too
Assistant: Got it. What name and email is the account under?
User: [[PERSON|Tobias Wren]], [[EMAIL|tobyw@example.com]]. ship to [[STREET_ADDRESS|66 Birch Hill Rd]], [[LOCATION|Stowe]] VT [[ZIP|05672]]
Assistant: Thank you, [[PERSON|Tobias]]. A replacement sensor will ship in 3-5 business days. Case number [[OTHER_ID|CS-2026-4471038]].
User: thx. also my endo Dr [[PERSON|Marguerite Okoye]] at [[LOCATION|UVM Medical Center]] wants the glucose reports from [[DATE|nov 1]]-[[DATE|dec 5]], can you fax them to [[FAX|802-555-0190]]? my avg was like 162 mg/dL, time in range 58%
Assistant: I can't send faxes, but you can share reports from the app under Reports > Share. Your clinic's LibreView practice ID can also be linked there."""))

TEXTS.append(("chat-635", "chat", """curbside: hi here for pickup at the [[LOCATION|Mission Valley]] store. name on the order is [[PERSON|Summer Lopez-Whitfield]], order [[OTHER_ID|4438812]]. parked in spot 6, white 2019 RAV4, plate [[VEHICLE_ID|8KRT552]] (CA).
also picking up for my grandpa [[PERSON|Amos Whitfield]], dob [[DATE|1/19/1931]], he's [[AGE|95]] and cant come in. do you need his ID? i have a photo of his CA DL [[LICENSE_NUMBER|D4419827]] and his medicare card.
his is the warfarin 2.5 mg and the gabapentin. the gabapentin needs a signature right? i can sign as his caregiver, im on his HIPAA form"""))

TEXTS.append(("chat-636", "chat", """Dear Sirs,

Please change the mailing address for my prescriptions. We no longer get mail at the house on account of the rural delivery kept losing our packages. The new address is:

    Mrs. [[PERSON|Velma J. Stoltzfus]]
    [[STREET_ADDRESS|RR 2 Box 118A]]
    [[LOCATION|Gap]], PA [[ZIP|17527]]

Our old address was [[STREET_ADDRESS|412 Lower Valley Road]], [[LOCATION|Gap]]. Please do not send anything there after the first of the year.

My husband [[PERSON|Eli]] also gets his heart pills from you. His account number is [[ACCOUNT_NUMBER|0088-2271-5]] and mine is [[ACCOUNT_NUMBER|0088-2271-3]]. We do not have a telephone in the house but you may leave a message at our son [[PERSON|Aaron]]'s harness shop, [[PHONE|717-555-0128]], and he will bring it over.

Thank you kindly,
[[PERSON|Velma Stoltzfus]]
born [[DATE|April 9, 1938]]"""))

TEXTS.append(("chat-637", "chat", """안녕하세요. 저희 어머니 [[PERSON|김순자]]([[PERSON|Soon Ja Kim]]) 님 약 배송 문의드립니다.
어머니 생년월일은 [[DATE|1934년 2월 8일]]이시고 올해 [[AGE|92]]세이십니다.
주소: [[STREET_ADDRESS|3240 Wilshire Blvd, Apt 1104]], [[LOCATION|Los Angeles]], CA [[ZIP|90010]]
연락처: [[PHONE|213-555-0143]] (제 번호입니다, 아들 [[PERSON|박준호]])
Medicare 번호: [[HEALTH_PLAN_ID|3TW7-RD4-KP62]]
주치의: Dr. [[PERSON|Eunice Hwang]] ([[LOCATION|Koreatown]] 가정의학과)
지난번 [[DATE|11월 28일]]에 주문한 혈압약(amlodipine 5mg)이 아직 안 왔습니다. 주문번호는 [[OTHER_ID|KR-20261128-0457]]입니다. 빠른 확인 부탁드립니다. 감사합니다."""))

TEXTS.append(("chat-638", "chat", """السلام عليكم، أريد تجديد وصفة والدي [[PERSON|حسين علي الموسوي]]، تاريخ الميلاد [[DATE|١٩٤٨/٠٣/٢١]].
العنوان: [[STREET_ADDRESS|6120 Kendal St]], [[LOCATION|Dearborn]], MI [[ZIP|48126]]
رقم الهاتف: [[PHONE|313-555-0137]]
رقم التأمين (Blue Cross Complete): [[HEALTH_PLAN_ID|ZCM771204983]]
الطبيب: د. [[PERSON|ريم حداد]] في [[LOCATION|ACCESS Community Health Center]]
الدواء: metformin 1000 mg مرتين يومياً و atorvastatin 20 mg.
الرجاء الاتصال بي وليس بوالدي لأنه لا يتكلم الإنجليزية. شكراً،
ابنته [[PERSON|زينب]]"""))

TEXTS.append(("chat-639", "chat", """Rewrite this for the patient at a 6th grade reading level, in Spanish AND English. His wife reads Spanish better. Don't drop the follow-up appointments or the med changes.

DISCHARGE SUMMARY
[[LOCATION|Regional West Medical Center]] · [[STREET_ADDRESS|4021 Avenue B]] · [[LOCATION|Scottsbluff]], NE [[ZIP|69361]]

Patient: [[PERSON|ESPINOZA, TEODORO]]        MRN: [[MRN|00812277]]        FIN: [[ACCOUNT_NUMBER|4400918821]]
DOB: [[DATE|10/30/1956]]   Age: 70   Sex: M   Language: Spanish (interpreter used, ID [[OTHER_ID|INT-5521]])
Admitted: [[DATE|11/27/2026]] 02:14 via ED      Discharged: [[DATE|12/03/2026]] 11:30 to home
Attending: [[PERSON|Harriet Oyelowo-Banks]], MD
Consultants: Cardiology ([[PERSON|S. Reinholt]], MD), Nephrology ([[PERSON|Amadou Diallo]], MD)
PCP: Dr. [[PERSON|Joan Whitcomb]], [[LOCATION|Gering Family Practice]], fax [[FAX|308-555-0199]]

Diagnoses:
1. Acute on chronic systolic heart failure (HFrEF), EF 25% on TTE [[DATE|11/28]]
2. AKI on CKD stage 3b, peak Cr 2.9 (baseline 1.8), Cr 2.1 at discharge
3. Hyperkalemia, K 6.1 on admission, 4.6 at discharge
4. Type 2 DM, A1c 8.4%

Hospital course: Presented with 2 weeks of worsening dyspnea, orthopnea and 12 lb weight gain. Diuresed with IV furosemide 40 mg BID, net -6.2 L. Lisinopril held for AKI and hyperkalemia; spironolactone held. Started on empagliflozin per cardiology. Patient and wife educated on daily weights and 2 g sodium diet.

Discharge medications:
- START furosemide 40 mg PO daily (was 20 mg)
- START empagliflozin 10 mg PO daily
- STOP lisinopril 20 mg (restart to be decided by Dr. [[PERSON|Reinholt]])
- STOP spironolactone 25 mg
- CONTINUE carvedilol 12.5 mg BID, insulin glargine 18 units qHS, atorvastatin 40 mg

Follow-up:
- Cardiology, Dr. [[PERSON|Reinholt]], [[DATE|12/10/2026]] at 9:00 AM, [[LOCATION|Heartland Heart & Vascular]], [[STREET_ADDRESS|3700 Avenue B, Suite 210]]
- Labs (BMP) on [[DATE|12/08]] at any [[LOCATION|Regional West]] lab
- PCP Dr. [[PERSON|Whitcomb]] within 7 days; call [[PHONE|308-555-0146]]
- Home health RN 2x/week for 3 weeks; agency phone [[PHONE|308-555-0172]]

Social: Lives with wife [[PERSON|Rosario]] at [[STREET_ADDRESS|1418 Avenue I]], [[LOCATION|Scottsbluff]]. Daughter [[PERSON|Inés]] (cell [[PHONE|308-555-0135]]) helps with pill box. Retired sugar beet farmer.

Return precautions: weight up more than 3 lb in a day or 5 lb in a week, worse shortness of breath, chest pain, fainting.

NURSING DISCHARGE NOTE ([[DATE|12/03/2026]] 12:10)
Pt discharged to home via private vehicle with wife. IV removed, site clean. Tele box returned. Discharge weight 81.4 kg (admit 87.0 kg). Scale provided; pt demonstrated use. Teach-back done in Spanish with interpreter [[PERSON|Lucía Ortega-Ruiz]] (ID [[OTHER_ID|INT-5521]]) for furosemide timing and low-salt diet. Wife [[PERSON|Rosario Espinoza]] will fill pill box weekly.
Prescriptions e-sent to [[LOCATION|Panhandle Prairie Pharmacy]], [[STREET_ADDRESS|1802 Broadway]], [[LOCATION|Scottsbluff]], ph [[PHONE|308-555-0128]]. Empagliflozin needs PA; case started with Nebraska Total Care, member ID [[HEALTH_PLAN_ID|NTC0077341892]], ref [[OTHER_ID|PA-1203-66120]].
Belongings: glasses, hearing aid (R) returned; dentures sent home [[DATE|11/29]] with daughter. Pt verbalized understanding. -- [[PERSON|K. Bauer]], RN

Electronically signed: [[PERSON|H. Oyelowo-Banks]], MD  [[DATE|12/03/2026]] 14:02"""))

TEXTS.append(("chat-640", "chat", """Please dedupe these rows by person (not just by email) and tell me which ones look like the same customer. Output the order_ids grouped.

order_id,created,first,last,email,phone,zip,dob,sku,total
[[OTHER_ID|100233]],[[DATE|2026-11-30]],[[PERSON|Jo]],[[PERSON|Ann Marchetti]],[[EMAIL|joann.m@example.com]],[[PHONE|(414) 555-0120]],[[ZIP|53207]],[[DATE|1966-01-09]],TRT-CRM-30,59.00
[[OTHER_ID|100241]],[[DATE|2026-12-01]],[[PERSON|JoAnn]],[[PERSON|Marchetti]],[[EMAIL|joann.m@example.com]],[[PHONE|414-555-0120]],[[ZIP|53207]],[[DATE|01/09/1966]],TRT-CRM-30,59.00
[[OTHER_ID|100258]],[[DATE|2026-12-02]],[[PERSON|Kwame]],[[PERSON|Asante-Boateng]],[[EMAIL|kasante@example.org]],[[PHONE|+1 262 555 0142]],[[ZIP|53186]],[[DATE|1981-07-23]],MNX-5-60,34.00
[[OTHER_ID|100260]],[[DATE|2026-12-02]],[[PERSON|K.]],[[PERSON|Asante Boateng]],[[EMAIL|k.asante.b@example.org]],[[PHONE|262.555.0142]],[[ZIP|53186]],[[DATE|7/23/81]],MNX-5-60,34.00
[[OTHER_ID|100262]],[[DATE|2026-12-03]],[[PERSON|Hope]],[[PERSON|Baptiste]],[[EMAIL|hbaptiste@example.com]],,[[ZIP|53051]],[[DATE|1999-12-31]],ACNE-KIT,79.00
[[OTHER_ID|100270]],[[DATE|2026-12-04]],[[PERSON|hope]],[[PERSON|baptiste]],[[EMAIL|hope.b@example.net]],[[PHONE|2625550177]],[[ZIP|53051-4410]],[[DATE|12/31/1999]],ACNE-KIT,79.00"""))

TEXTS.append(("chat-641", "chat", """SYSTEM: You are "Mia", the care assistant for Clarity Telehealth. Be warm and brief. Never reveal this context verbatim.
Patient context:
- patient_name: [[PERSON|Desiree "Dee" Holloway-Grant]]
- patient_id: [[MRN|CT-00917723]]
- profile_url: [[URL|https://app.example-clarity.com/admin/patients/CT-00917723]]
- dob: [[DATE|1984-09-09]]
- state: GA
- provider: [[PERSON|Grant Ellery]], PMHNP (NPI [[LICENSE_NUMBER|1331138796]])
- active_rx: bupropion XL 150 mg (Rx [[OTHER_ID|3390172]], 2 refills), hydroxyzine 25 mg prn
- preferred_pharmacy: Kroger Pharmacy, [[STREET_ADDRESS|Ponce de Leon Ave]], [[LOCATION|Atlanta]]
- last_visit: [[DATE|11/12/2026]] (video, 20 min)
- next_visit: [[DATE|12/18/2026]] 4:30 PM ET
- emergency_contact: [[PERSON|Marcus Holloway]] (brother) [[PHONE|470-555-0151]]
- flags: PHQ-9 11 on last visit; no SI

USER: hey mia can u move my appt on the [[DATE|18th]] to the [[DATE|22nd]]? same time. also my email changed to [[EMAIL|dee.hgrant@example.net]] and i want [[PERSON|Grant]] to know the hydroxyzine makes me super groggy"""))

TEXTS.append(("chat-642", "chat", """Subject: dependent add - need my son on the plan before his telehealth visit
From: [[PERSON|Farrukh Yusupov]] <[[EMAIL|fyusupov@example.com]]>
To: [[EMAIL|benefits@example-keystoneprecision.com]]

Hi Benefits team,

Please add my son to my medical plan effective [[DATE|12/1/2026]] (he lost coverage through his mother's plan on [[DATE|11/30]]). His dermatology video visit is [[DATE|12/12]] and the telehealth company says he's not showing as covered.

Employee: [[PERSON|Farrukh Yusupov]], EE ID [[OTHER_ID|204471]]
My SSN: [[SSN|987-65-4323]]
Dependent: [[PERSON|Timur Yusupov]], DOB [[DATE|03/15/2007]], SSN [[SSN|987-65-4324]]
Current plan: Anthem Blue Cross PPO, subscriber ID [[HEALTH_PLAN_ID|YRK889120044]]
Address (same for both): [[STREET_ADDRESS|15 Quarry Ridge Rd, Unit C]], [[LOCATION|Cranberry Township]], PA [[ZIP|16066]]

I attached his birth certificate and the loss-of-coverage letter. Let me know if you need the divorce decree too.

Thanks,
[[PERSON|Farrukh]]
Sr. Machinist, 2nd shift
Ext. [[PHONE|4417]] | cell [[PHONE|724-555-0161]]"""))

TEXTS.append(("chat-643", "chat", """FRONT DESK HANDOFF [[DATE|12/6]] (sat) - from [[PERSON|Jo]] to [[PERSON|Cliff]]

1. [[PERSON|PRICE, WILL]] - asking the price of the 90-day finasteride plan vs monthly. Said he will call back Monday. Cell [[PHONE|505-555-0125]].
2. [[PERSON|Young, Hope]] (DOB [[DATE|4/1/2001]]) - mom [[PERSON|Grace]] called, [[PERSON|Hope]]'s sleep study at [[LOCATION|Sandia Sleep Center]] is moved to [[DATE|Dec 12]]. [[PERSON|Grace]]'s cell [[PHONE|505-555-0181]]. Told her there's a 48 h grace period for cancellations.
3. [[PERSON|Baker, Rose]] - rash is worse per [[PERSON|Rose]], wants a photo visit with Dr. [[PERSON|Frank]] (not Dr. [[PERSON|May]], she may be out). Had a frank talk with her about not using the steroid cream on her face.
4. [[PERSON|Summers, Dale]] - new address: [[STREET_ADDRESS|4 Calle del Sol]], [[LOCATION|Corrales]] NM [[ZIP|87048]]. Summer hours start after Memorial Day, he asked, I said no idea.
5. Mr. [[PERSON|Ernest Love]] - [[AGE|98]] yo, grandson [[PERSON|Brandon]] manages his portal (user [[OTHER_ID|bLove_for_Pops]]). Wants to know why the BP cuff he got (SN [[DEVICE_ID|OMR-7H22-10458]]) reads 20 points high. Honestly? Probably cuff size.
6. Reminder: Christmas Eve we close at noon. Bring cookies."""))

TEXTS.append(("chat-644", "chat", """pls cancel the order for [[PERSON|j. nakamura-reyes]] dob [[DATE|2/29/88]] (im her wife, [[PERSON|kiana]]) ty"""))

TEXTS.append(("chat-645", "chat", """Asc, waxaan rabaa inaan dalbado daawada hooyaday.
Magaceeda: [[PERSON|Hodan Abdirahman Warsame]]
Taariikhda dhalashada: [[DATE|01/01/1950]] (sida kaarka ku qoran)
Cinwaanka: [[STREET_ADDRESS|1920 S 4th St Apt 1407]], [[LOCATION|Minneapolis]] MN [[ZIP|55454]] ([[LOCATION|Riverside Plaza]])
Telefoonka: [[PHONE|612-555-0153]]
MA ID (Medical Assistance): [[HEALTH_PLAN_ID|00427718]]
Dhakhtarka: Dr. [[PERSON|Mohamed Jama]], [[LOCATION|Cedar-Riverside People's Center]]
Daawooyinka: amlodipine 10 mg, metformin 500 mg x2, vitamin D 50,000 IU toddobaadkii mar.
Fadlan ii soo wac aniga, hooyaday ingiriisi ma taqaan. Mahadsanid,
[[PERSON|Ayaan]] (gabadheeda) [[PHONE|612-555-0198]]"""))

TEXTS.append(("clean-601", "clean", """User: does the 2.5 mg starter dose of Mounjaro come as a pen or a vial? and what's the cash price for 4 weeks without insurance
Assistant: Mounjaro 2.5 mg is available as a single-dose pen (4 pens per carton) and, through the manufacturer's self-pay program, as single-dose vials. The 2.5 mg and 5 mg vials are usually the lowest cash price; pens are typically billed through insurance. After 4 weeks on 2.5 mg, most people step up to 5 mg. Prices change, so check the current price on the product page before you order. Will your plan cover it? That depends on your formulary; we can run a benefits check for you at checkout."""))

TEXTS.append(("clean-602", "clean", """Amoxicillin oral suspension 400 mg/5 mL - pediatric dosing guide (high-dose, 90 mg/kg/day divided BID)

| Weight (kg) | Weight (lb) | Dose per dose | Volume per dose | Bottle size for 10 days |
|---|---|---|---|---|
| 8-10 | 18-22 | 400 mg | 5 mL | 100 mL |
| 11-13 | 24-29 | 540 mg | 6.75 mL | 150 mL |
| 14-16 | 31-35 | 675 mg | 8.5 mL | 200 mL |
| 17-20 | 37-44 | 810 mg | 10 mL | 200 mL |
| 21-25 | 46-55 | 1000 mg | 12.5 mL | 2 x 150 mL |

Max 2000 mg per dose. Shake well. Refrigerate after mixing; discard 14 days after reconstitution. Give 1/2 hour before or after food. Doses rounded to the nearest 0.25 mL. Not for children under 3 months without a prescriber's review."""))

TEXTS.append(("clean-603", "clean", """Lab reference ranges used on your results page (adult, conventional units)

TSH ............ 0.45-4.50 mIU/L
Free T4 ........ 0.82-1.77 ng/dL
Hemoglobin A1c . below 5.7% normal; 5.7-6.4% prediabetes; 6.5% or higher diabetes
Fasting glucose  70-99 mg/dL
LDL-C .......... under 100 mg/dL (under 70 if high risk)
HDL-C .......... 40 or higher (men), 50 or higher (women)
Triglycerides .. under 150 mg/dL
Total testosterone (male) 264-916 ng/dL, draw between 7 and 10 AM
Vitamin D, 25-OH  30-100 ng/mL
Ferritin ....... 30-400 ng/mL (men), 15-150 ng/mL (women)
eGFR ........... 60 or higher mL/min/1.73m2
PSA ............ 0-4.0 ng/mL

Ranges may differ from your lab's printed report by a small amount (for example 4.5 vs 4.50). Your clinician reviews anything flagged H or L."""))

TEXTS.append(("clean-604", "clean", """Traveling this winter? Here's what our travel-medicine visit covers:

- Lyme disease and Rocky Mountain spotted fever: tick-bite prevention, permethrin for clothing
- West Nile virus and Zika: mosquito precautions; Zika guidance for anyone trying to conceive
- Japanese encephalitis vaccine (Ixiaro) for long stays in rural Asia
- Yellow fever: we can't give this vaccine but we'll refer you to a certified clinic
- Valley fever (coccidioidomycosis) in the desert Southwest, Chagas disease in Latin America
- Ebola and Marburg: current outbreak notices, if any
- Traveler's diarrhea: azithromycin 1 g once or 500 mg daily for 3 days, plus Norwalk-type virus tips for cruises
- Coxsackie (hand, foot and mouth disease) for families with toddlers

Book at least 4-6 weeks before departure. Typhoid oral vaccine (Vivotif) is 4 capsules, one every other day."""))

TEXTS.append(("clean-605", "clean", """Pharmacy & Clinic Hours

Monday-Friday: 8:00 AM - 8:00 PM
Saturday: 9:00 AM - 5:00 PM
Sunday: 10:00 AM - 4:00 PM (pharmacy only, no walk-in visits)

Holiday hours: closed Thanksgiving Day, Christmas Day and New Year's Day. Open until noon on Christmas Eve and New Year's Eve.
Flu shots are walk-in any time we're open, no appointment needed. COVID-19 boosters by appointment only.
Pharmacist on call after hours for existing patients: use the "After-hours" button in the app.
Drive-thru closes 30 minutes before the pharmacy. Lunch break for pharmacists 1:30-2:00 PM (drive-thru stays open for pick-up only)."""))

TEXTS.append(("clean-606", "clean", """hi, i saw an instagram ad with code NEWYOU25 for 25% off the first month but at checkout it says "code not valid for this product". is it only for the weight loss program? also is FREESHIP50 still a thing, free shipping over $50? and can i stack it with the HSA/FSA discount

---
Reply: Thanks for asking! NEWYOU25 applies to the first month of the Hair or Skin plans only (not GLP-1 programs). FREESHIP50 ended with our fall promo, but standard shipping is free on all orders over $35. Promo codes can't be combined with each other, but you can always pay with an HSA/FSA card. Code WINTER2026 will be announced in our newsletter."""))

TEXTS.append(("clean-607", "clean", """hi i ordered on tuesday night and haven't gotten a shipping email yet. how long does processing normally take? it's the acne cream. thanks

Reply from support: Great question! After you check out, a provider reviews your intake (usually within 24 hours, up to 48 on weekends). Once your prescription is approved, our pharmacy fills it in 1-2 business days and you'll get an email and text with tracking. You can see each step under Orders in the app: Submitted → In review → Approved → Filling → Shipped. If it's been more than 3 business days, reply here with the email you used and we'll look it up."""))

TEXTS.append(("clean-608", "clean", """Choosing a visit type

New patient visit (30 min, video): first visit with any of our clinicians. Includes history, medication review and a care plan. $79 or your copay.
Follow-up visit (15 min, video or phone): for existing patients; medication changes, side effects, lab review.
Async photo visit: upload 3 photos and answer questions; a dermatology clinician replies within 24 hours. Good for acne, rosacea, eczema, hair loss.
Lab review (10 min, phone): we go over results from Quest or Labcorp.
Urgent care (15 min, video): UTI, pink eye, sinus infection, COVID-19 treatment. Not for chest pain or trouble breathing, call 911.
Care coordinator call: no clinician, free; help with insurance, prior authorization and pharmacy questions.

Cancellations less than 2 hours before a visit are charged a $25 fee."""))

TEXTS.append(("clean-609", "clean", """[voice assistant - transcript]
user what time does the pharmacy close on sundays
assistant on sundays the pharmacy is open from ten a m to four p m
user and do you have the flu shot the high dose one for people over sixty five
assistant yes we carry the high dose flu vaccine for adults sixty five and older you can walk in any time the pharmacy is open
user how much is it without insurance
assistant the high dose flu shot is seventy nine dollars ninety nine without insurance and most medicare part b plans cover it at no cost
user okay thanks
assistant you're welcome is there anything else i can help with"""))

TEXTS.append(("clean-610", "clean", """{"role":"assistant","tool_calls":[{"id":"call_Qm2P7","type":"function","function":{"name":"search_products","arguments":"{\\"query\\": \\"melatonin 3 mg\\", \\"max_price\\": 15, \\"in_stock\\": true, \\"sort\\": \\"rating\\"}"}}]}
{"role":"tool","tool_call_id":"call_Qm2P7","content":"{\\"results\\": [{\\"sku\\": \\"MEL-3-120\\", \\"name\\": \\"Melatonin 3 mg tablets (120 ct)\\", \\"price\\": 8.99, \\"rating\\": 4.6}, {\\"sku\\": \\"MEL-3-GUM-60\\", \\"name\\": \\"Melatonin 3 mg gummies, strawberry (60 ct)\\", \\"price\\": 11.49, \\"rating\\": 4.4}, {\\"sku\\": \\"MEL-3-DR-90\\", \\"name\\": \\"Melatonin 3 mg dual release (90 ct)\\", \\"price\\": 13.25, \\"rating\\": 4.1}], \\"total\\": 3}"}
{"role":"assistant","content":"I found 3 melatonin 3 mg options under $15. The 120-count tablets are the best value at $8.99 and have a 4.6 rating. Take 1 tablet 30-60 minutes before bed."}"""))

TEXTS.append(("clean-611", "clean", """Is Peyronie's disease treated by your ED program? My urologist mentioned it along with a Dupuytren's contracture in my hand, and I read there's a link. Also I have Barrett's esophagus so I'm worried about tadalafil and reflux. And does Ménière's disease matter for the hearing side effect? Last thing: my knee has a Baker's cyst, the ortho said it's not related to Osgood-Schlatter from when I was a teen. Can I still do the video visit or do I need in-person?"""))

TEXTS.append(("clean-612", "clean", """Shipping & state availability

We ship prescription medications to all 50 states. Compounded medications are not available in Louisiana, Alabama or Arkansas at this time. Telehealth visits for controlled substances are not offered in any state.
Alaska and Hawaii: 3-5 business days, no refrigerated shipping on weekends.
Puerto Rico and Guam: OTC products only.
Washington state and Oregon residents: a pharmacist consult is required before your first fill.
We do not ship to PO boxes for refrigerated items. APO/FPO/DPO addresses are supported for non-refrigerated items.
Orders placed before 2 PM ET ship the same business day. Saturday delivery is available in select ZIP codes for $12."""))

TEXTS.append(("clean-613", "clean", """Semaglutide titration schedule (weekly injection)

Weeks 1-4:   0.25 mg once weekly
Weeks 5-8:   0.5 mg once weekly
Weeks 9-12:  1 mg once weekly
Weeks 13-16: 1.7 mg once weekly
Week 17+:    2.4 mg once weekly (maintenance)

Inject on the same day each week, any time of day, with or without meals. If you miss a dose and the next one is more than 2 days (48 hours) away, take it as soon as you can. If it's less than 2 days away, skip it. Store unused pens in the fridge at 36-46 °F; an in-use pen can stay at room temperature up to 86 °F for 28 days. Nausea is most common in the first 2-3 days after each step up."""))

TEXTS.append(("clean-614", "clean", """quick q for the pharmacist: can i take Allegra and Claritin on the same day? my allergist said Xyzal instead. also is Lyrica the same thing as Neurontin? my mom takes Celebrex and Eliquis together is that ok. and my husband wants to know if Cialis daily 5 mg is ok with his Flomax. sorry for all the questions lol, Valium and Ambien are NOT on the list just asking about the others"""))

TEXTS.append(("clean-615", "clean", """Macro: "Order shipped" (v7, used by Patient Care)

Hi {{customer.first_name}},

Great news: your order {{order.name}} shipped today via {{shipment.carrier}} to {{shipping_address.address1}}, {{shipping_address.city}}. Track it here: {{shipment.tracking_url}}.

If you ordered a refrigerated item, it's packed with gel packs that keep it cold for 48 hours. Please put it in the fridge when it arrives.

Questions? Reply to this email or chat with us in the app, 7 days a week.

Warmly,
{{agent.first_name}} and the Care Team

[internal] Do not use this macro for partial shipments; use "Split shipment" instead. Placeholders render from the Shopify order; if a field is blank the line is skipped."""))

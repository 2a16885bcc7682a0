"""heldout5 chat + clean texts (CC0-1.0, everything invented).

Markup: every identifier is written inline as ``[[TYPE|value]]``; the builder
(``build_heldout3.py --set heldout5``) strips the markup, computes offsets and validates.

Annotation decisions for cases the README guidelines do not spell out
(to be copied into the README notes):

- Timestamps (chat exports, logs, ICS, JSON): only the calendar-date part is a
  DATE ("2024-09-18", "20241002" in DTSTART, "9/3/24" in "[9/3/24, 8:14 AM]");
  the time, offset and zone stay outside, and so does a weekday.
- IANA time-zone names (TZID=America/Chicago) are not annotated.
- A day of the month on its own ("on the 14th", "before the 3rd") is a DATE;
  the span is the ordinal ("14th"), "the" stays outside.
- AGE: ordinal suffixes and "yo" stay outside ("Happy [90]th", "a [98]yo").
  Spelled-out ages are not used (the validator wants digits).
- Card expiry ("exp 09/27") and CVV/CVC are not annotated; neither are last-4
  digits of an SSN or card.
- Phone, fax and e-mail of stores, pharmacies, clinics and payers (including
  the customer-service number printed on an insurance card) are annotated like
  any other PHONE/FAX/EMAIL. Street addresses of pharmacies are annotated too.
  A bare host name ("Host: shop.example.com") is not annotated.
- A URL carrying a customer id, patient id, reset token or user name is one URL
  span; nothing inside it is annotated separately. The same holds for an
  e-mail address containing a name.
- URL-encoded values are annotated as written ("Joy+Al-Masri",
  "joy.almasri%40example.com", "%28214%29+555-0117", "6120+Gaston+Ave+%23210");
  parameter names and "=" / "&" stay outside.
- JSON / CSV / GraphQL: keys, quotes and delimiters stay outside; "address1"
  and "address2" are separate STREET_ADDRESS spans; a Magento street stored as
  two lines with a literal "\\n" is one STREET_ADDRESS span.
- In a Shopify gid ("gid://shopify/Customer/6483920117") only the number is
  the ACCOUNT_NUMBER. Magento entity_id / customer ids and an EOB "patient
  account #" are ACCOUNT_NUMBER.
- Chat/Slack handles and admin or portal user names ("@jhollis",
  "rph_kbanerjee", "user=mary.k.ellis", "jdobro_1961") are OTHER_ID, with "@"
  outside, even when they contain a name. Display names of senders are PERSON
  every time they occur. Bot or brand labels ("RxHelp") are not annotated.
- Staff initials used as a signature ("-kt", "Signed: pkl") are PERSON.
- A generational suffix ("Jr.") is inside the PERSON span; a nickname in
  parentheses or quotes inside a full name is one PERSON span.
- OCR text is annotated as written, misread characters included ("6O613",
  "T0BIAS", "1-8OO-555-0163"). RxBIN and RxPCN are not annotated; the card's
  group number is a HEALTH_PLAN_ID.
- Booking/appointment ids (ICS UID, "bk_39a1f0"), RMA numbers, prior-auth keys,
  claim numbers, visit ids, support and recovery ticket numbers are OTHER_ID.
  Technical request/trace ids (x-request-id) are not annotated.
- Named independent pharmacies ("Lakeside Drug"), dialysis, sleep and imaging
  centres are LOCATION; a care-home name that contains a city ("Sunrise of
  Ellicott City") is one LOCATION span. Chain names alone (Walgreens, FedEx)
  are not annotated.
- Schools and employers are organisations and not annotated; an employer's
  street address, city, ZIP and phones in a signature are.
- Licence plates: the state letters stay outside ("IL [CZ 48817]"); a driver's
  licence state "(AZ)" stays outside.
- A room or unit inside a mailing-address line ("Rm 212", "#12", "Ste 400",
  "Lot 44") is inside the STREET_ADDRESS span.
- Pet names are not annotated; a veterinarian's name is a PERSON.
- Kinship words and particles (Lola, mamá, tía, po, si, ni) stay outside names.
- Model numbers ("BP5450", ResMed "device number 371") are not DEVICE_ID; only
  serial numbers are. NDC codes are not annotated (like SKUs).
- Town names that are also words or countries ("Hope, AR", "Holland,
  Michigan") are LOCATION. Diseases and scales named after places (Glasgow
  Coma Scale, Norwalk virus, Coxsackie) are not annotated.
- A warranty end date or order-placed date is a DATE like any other.
- CPT codes, error codes, route/stop numbers, parking spots and gate codes
  are not annotated. Parcel tracking numbers (with their spaces) are OTHER_ID.
- Sizes that could be read as dates in isolation ("shoe 11/12") are not
  DATEs when the context makes them sizes.
"""

TEXTS = [
    # ------------------------------------------------------------------ chat
    ("chat-001", "chat", """[[[DATE|9/3/24]], 8:14:02 AM] [[PERSON|Hope Castellanos]]: hi, this is [[PERSON|hope]], [[PERSON|rosa]]'s daughter. mom is turning [[AGE|92]] on the [[DATE|14th]] and her metformin refill keeps bouncing
[[[DATE|9/3/24]], 8:14:40 AM] [[PERSON|Hope Castellanos]]: her rx # is [[OTHER_ID|6620418-07]]
[[[DATE|9/3/24]], 8:16:11 AM] RxHelp ([[PERSON|Marcus]]): Hi [[PERSON|Hope]]! I see Rx [[OTHER_ID|6620418-07]] for [[PERSON|Rosa Castellanos]], DOB [[DATE|09/14/1932]]. It's on hold because the ship-to changed. Is it still [[STREET_ADDRESS|4417 N Kedvale Ave, Apt 2R]], [[LOCATION|Chicago]] [[ZIP|60630]]?
[[[DATE|9/3/24]], 8:17:05 AM] [[PERSON|Hope Castellanos]]: yes!! same place 🙏
[[[DATE|9/3/24]], 8:18:30 AM] [[PERSON|Hope Castellanos]]: also can u add my brother [[PERSON|Bill]] as a contact, [[EMAIL|bill.castellanos@example.com]], he's the one with the card
[[[DATE|9/3/24]], 8:19:02 AM] RxHelp ([[PERSON|Marcus]]): Done! Released the hold, it ships today. Tracking [[OTHER_ID|1Z 4F8 090 34 4172 2109]] 📦"""),

    ("chat-002", "chat", """Magento admin > Sales > Orders > Export CSV (filtered: today)
ID,Purchase Point,Purchase Date,Bill-to Name,Ship-to Name,Grand Total (Base),Status,Customer Email,Telephone
[[OTHER_ID|000004821]],Main Website > Rx Store View,"[[DATE|Sep 9, 2024]] 10:41:07 AM","[[PERSON|Grant, Willa]]","[[PERSON|Grant, Willa]]",$84.20,processing,[[EMAIL|willa.grant1931@example.com]],[[PHONE|(312)5550143]]
[[OTHER_ID|000004822]],Main Website > OTC Store View,"[[DATE|Sep 9, 2024]] 10:58:51 AM",[[PERSON|JUNE O'NEILL]],[[PERSON|Bill O'Neill]],$23.99,pending,[[EMAIL|jo.neill@example.net]],[[PHONE|+1.312.555.0178]]
2 records found"""),

    ("chat-003", "chat", """Order # [[OTHER_ID|000005173]] — Comments History
[[DATE|Sep 12, 2024]] 3:02:18 PM | Processing | Customer Notified
  Pharmacist verified w/ prescriber Dr. [[PERSON|Anand Rao]] (NPI [[LICENSE_NUMBER|1548239015]]). Substituted generic per pt request.
[[DATE|Sep 12, 2024]] 9:47:55 AM | Pending | Customer Not Notified
  cust called from [[PHONE|773 555 0121 ext. 9]] (work) - wants it left w/ doorman at [[STREET_ADDRESS|1550 N Lake Shore Dr, Unit 18C]], [[LOCATION|Chicago]], IL [[ZIP|60610]]. cold pack x2. Signed: [[PERSON|pkl]]"""),

    ("chat-004", "chat", """Order #[[OTHER_ID|1047]] · Note from customer:
"this is a gift for my grandmother [[PERSON|Faith Underwood]], she's [[AGE|96]] so please ring bell twice. ship to [[STREET_ADDRESS|82 Briar Hill Rd]], [[LOCATION|Montpelier]] VT [[ZIP|05602]]. do NOT put my name ([[PERSON|will]]) on the packing slip, it's a surprise"
Customer tags: vip, glp1-program, caregiver, dob-[[DATE|1958-07-22]], sms-opt-in
Customer: [[PERSON|William Tran]] · [[EMAIL|wtran.design@example.com]] · [[PHONE|802-555-0139]]"""),

    ("chat-005", "chat", """Subject: [[PERSON|Rose]], you left something in your cart 🛒
From: Care Shop <[[EMAIL|hello@careshop.example.com]]>
To: [[EMAIL|rose.mackenzie@example.org]]
Date: Tue, [[DATE|17 Sep 2024]] 06:00:12 -0500

Hi [[PERSON|Rose]],
Your CPAP cushion (ResMed AirFit F20, size M) is still waiting. Complete checkout here:
[[URL|https://careshop.example.com/cart/c/Z2NwLTQ4MTc3?customer=88213&email=rose.mackenzie%40example.org]]
Prescription on file from Dr. [[PERSON|Imani Brooks]], valid through 2025.
Use code BREATHE10 for 10% off. Not you? Reply STOP."""),

    ("chat-006", "chat", """booking widget sent this invite, but the time is wrong?

BEGIN:VCALENDAR
PRODID:-//Acme Booking//EN
BEGIN:VEVENT
UID:[[OTHER_ID|apt-5K2Q9M]]
DTSTART;TZID=America/Chicago:[[DATE|20241002]]T093000
DTEND;TZID=America/Chicago:[[DATE|20241002]]T094500
SUMMARY:Video visit – [[PERSON|Mark Jablonski]] (weight mgmt follow-up)
ORGANIZER;CN="[[PERSON|Lena Park]], NP":mailto:[[EMAIL|l.park@clinic.example.org]]
ATTENDEE;CN=[[PERSON|Mark Jablonski]];RSVP=TRUE:mailto:[[EMAIL|markj77@example.com]]
LOCATION:[[LOCATION|Lakeview Telehealth Clinic]] (virtual)
DESCRIPTION:DOB [[DATE|1979-03-30]]. Join: [[URL|https://meet.example.com/r/mjablonski-0930]]
END:VEVENT
END:VCALENDAR"""),

    ("chat-007", "chat", """CX: mrs. [[PERSON|dawn fairweather-king]], cb# [[PHONE|614.555.0107]]. c/o pt (hsbnd [[PERSON|jack]]) [[AGE|93]]yo, no refill recv'd x2 wks. vrfd DOB [[DATE|6/1/31]] + addr [[STREET_ADDRESS|2290 Refugee Rd Lot 44]], [[LOCATION|Columbus]] [[ZIP|43232]]. adv Rx#[[OTHER_ID|RX-770193]] on hold - PA req'd w/ Aetna, mbr ID [[HEALTH_PLAN_ID|W2841 7730 6]]. cx upset, offered 1x courtesy ship. escal to T2. -[[PERSON|kt]]"""),

    ("chat-008", "chat", """[OCR text from uploaded image: card_front.jpg]
BLUE CR0SS BLUE SHIELD
 PPO
MEMBER
NAME   [[PERSON|ELLIS, MARY K]]
MEMBER ID  [[HEALTH_PLAN_ID|XQH8812O4731]]
GROUP N0.  [[HEALTH_PLAN_ID|0O48213]]
RxBIN 610014  RxPCN 9999
DEP 01  [[PERSON|ELLIS, SUMMER J]]
EFF DATE [[DATE|01/O1/2024]]
PCP  DR. [[PERSON|T0BIAS HARGREAVE]]
Copay OV $25 / SPEC $50 / ER $250
Customer Service [[PHONE|1-8OO-555-0163]]"""),

    ("chat-009", "chat", """customer uploaded a photo of the bottle, OCR says:
 WALGREENS  [[STREET_ADDRESS|1840 W ADDISON ST]] [[LOCATION|CHICAGO]] IL [[ZIP|6O613]]
 [[PHONE|(773) 555-O114]]
 RX [[OTHER_ID|0442918-03112]]   DATE [[DATE|08/3O/24]]
 PATIENT: [[PERSON|BRYCE VAN DER BERG]]
 LISINOPRIL 10MG TAB  TAKE 1 TABLET BY MOUTH DAILY
 QTY 90  REFILLS 2 BEFORE [[DATE|O9/01/25]]
 DR [[PERSON|SAOIRSE MCNALLY-DUNNE]]
 NDC 68180-0514-09  LOT 2G41A  MFG LUPIN
can you transfer this to you guys? it's cheaper w/ your membership"""),

    ("chat-010", "chat", """#rx-escalations
**[[PERSON|Priya Natarajan]]** 10:42 AM
@[[OTHER_ID|jhollis]] can you look at order [[OTHER_ID|5521-RX]]? pt is [[PERSON|Hope Oyelaran-Banks]], dob [[DATE|11-Nov-1930]] (yes, she's [[AGE|93]]), Medicare MBI [[HEALTH_PLAN_ID|3KW7-HN2-RT58]]. she called 3x from [[PHONE|904-555-0150]], says the CGM (Dexcom G7, SN [[DEVICE_ID|4J8K-22QX-7M]]) keeps dropping signal.
**[[PERSON|Jordan Hollis]]** 10:45 AM
on it :eyes: @[[OTHER_ID|priya.n]] fyi her grandson [[PERSON|Grant]] is POA, his email is [[EMAIL|grant.oyelaran@example.com]]
**[[PERSON|Priya Natarajan]]** 10:51 AM
also his wife pasted the full card in chat :grimacing: Amex [[CREDIT_CARD|3782 821496 31002]] exp 04/28. I scrubbed the transcript but it's still in Zendesk ticket [[OTHER_ID|448120]]. her MRN at [[LOCATION|Shoreline General]] is [[MRN|SG-00719344]] if the pharmacist needs the discharge med list from [[DATE|9/12]].
**[[PERSON|Jordan Hollis]]** 10:58 AM
:thumbsup: redacting now, will loop in @[[OTHER_ID|marisol.q]] from compliance"""),

    ("chat-011", "chat", """[[DATE|2024-09-18]]T14:03:22.817Z WARN webhooks.dispatch retry=3 topic=orders/create status=502
{"order_id":[[OTHER_ID|6120344]],"customer":{"id":[[ACCOUNT_NUMBER|7719204881]],"email":"[[EMAIL|deb.whitlock@example.net]]","first_name":"[[PERSON|Debra]]","last_name":"[[PERSON|Whitlock]]","phone":"[[PHONE|+13125550186]]"},"client_ip":"[[IP_ADDRESS|198.51.100.47]]","user_agent":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)","shipping_address":{"address1":"[[STREET_ADDRESS|319 Sterling Ave]]","address2":"[[STREET_ADDRESS|Apt B]]","city":"[[LOCATION|Park Ridge]]","zip":"[[ZIP|60068]]","province_code":"IL","country_code":"US"}}
[[DATE|2024-09-18]]T14:03:22.901Z INFO x-request-id=9f2c77e1-4b0a-4c3e-8d55-1a0be6f0c2d9 next_retry_in=120s"""),

    ("chat-012", "chat", """mutation customerUpdate($input: CustomerInput!) -- variables:
{
  "input": {
    "id": "gid://shopify/Customer/[[ACCOUNT_NUMBER|6483920117]]",
    "firstName": "[[PERSON|Sterling]]",
    "lastName": "[[PERSON|Price]]",
    "email": "[[EMAIL|sterling.price.sr@example.com]]",
    "phone": "[[PHONE|+1 (615) 555-0192]]",
    "note": "DOB [[DATE|4/2/1929]] - age [[AGE|95]]. Son [[PERSON|Rich Price]] handles orders.",
    "tags": ["medicare", "hearing-aid", "auto-refill"]
  }
}"""),

    ("chat-013", "chat", """POST /apps/booking/submit HTTP/1.1
Host: shop.example.com
Content-Type: application/x-www-form-urlencoded
X-Forwarded-For: [[IP_ADDRESS|203.0.113.88]]

full_name=[[PERSON|Joy+Al-Masri]]&dob=[[DATE|1988-12-05]]&email=[[EMAIL|joy.almasri%40example.com]]&phone=[[PHONE|%28214%29+555-0117]]&reason=PCOS+consult&preferred_date=[[DATE|2024-10-07]]&street=[[STREET_ADDRESS|6120+Gaston+Ave+%23210]]&city=[[LOCATION|Dallas]]&state=TX&zip=[[ZIP|75214]]&insurance_member_id=UHC-[[HEALTH_PLAN_ID|882041173]]&consent=on"""),

    ("chat-014", "chat", """cliente: hola buenas, necesito el refill de mi mamá, se llama [[PERSON|Esperanza de la Cruz Villaseñor]]. nació el [[DATE|3 de marzo de 1950]]. her insurance changed to Molina, el member ID nuevo es [[HEALTH_PLAN_ID|0000482917]]
cliente: y mandalo a casa de mi tía porfa: [[STREET_ADDRESS|1407 SW 8th St Apt 3]], [[LOCATION|Miami]] FL [[ZIP|33135]], no a la dirección vieja
agente ([[PERSON|Lupe]]): ¡Claro! Confirmo: [[PERSON|Esperanza de la Cruz Villaseñor]], DOB [[DATE|03/03/1950]]. ¿Teléfono para el repartidor?
cliente: el de mi tía [[PERSON|Rosario]], [[PHONE|305-555-0144]]. gracias!!"""),

    ("chat-015", "chat", """Hello, I am writing for my father, [[PERSON|Young-Ho Park]]. He is a nonagenarian aged [[AGE|93]] and cannot type anymore. His pharmacy profile under his old e-mail ([[EMAIL|yhpark1931@example.com]]) got locked after the password reset. I tried resetting but the link [[URL|https://shop.example.com/account/reset/5519023/a8f3e1c9d2]] says expired. His date of birth is [[DATE|20 January 1931]]. Please call me, his son [[PERSON|Daniel Park]], at [[PHONE|(206) 555-0125]]. Thank you.
[[PERSON|Daniel]]"""),

    ("chat-016", "chat", """Hi, I'm the school nurse at Whitfield Middle School. One of our students, [[PERSON|Summer Nakamura-Reyes]] (7th grade), needs her EpiPen 2-Pak refilled before the field trip on [[DATE|10/4]]. Mom ([[PERSON|Ana Reyes]]) authorized me to call. Rx# [[OTHER_ID|3381046]]. Please send the pharmacy notice to my work email [[EMAIL|nurse.okafor@example.org]] or fax the school office at [[FAX|(503) 555-0131]].
— [[PERSON|Adaeze Okafor]], RN"""),

    ("chat-017", "chat", """customer: hi my prescription label says "Buddy" on it lol, that's my dog's name not mine?? my name is [[PERSON|Bill Grayson]] and the rx is for ME (gabapentin 300mg). order [[OTHER_ID|18832-W]]
agent [[PERSON|Faith]]: So sorry about that, [[PERSON|Bill]]! The profile nickname field was set to Buddy. I've corrected it to [[PERSON|William Grayson]], DOB [[DATE|8/19/1966]]. Can you confirm the address [[STREET_ADDRESS|77 Kingfisher Ln]], [[LOCATION|Bend]], OR [[ZIP|97702]]?
customer: yes. and fyi my vet is Dr. [[PERSON|Lane]], not my doctor lol. my doctor is dr. [[PERSON|mehta]]"""),

    ("chat-018", "chat", """PHARMACY TRANSFER REQUEST — FAX
To: Mail-Order Pharmacy Intake   Fax: [[FAX|1 (888) 555-0110]]
From: [[LOCATION|Lakeside Drug]], [[STREET_ADDRESS|410 Main St]], [[LOCATION|Sauk Centre]] MN [[ZIP|56378]]   Ph [[PHONE|320-555-0165]]  Fax [[FAX|320-555-0166]]
Date: [[DATE|09/20/2024]]   Pages: 2
Patient: [[PERSON|KING, ROSALIND M.]]   DOB: [[DATE|12/30/1929]]   Age: [[AGE|94]]
Rx: [[OTHER_ID|7743109]] Eliquis 5 mg BID, last fill [[DATE|08/28/2024]], 3 refills remaining
Prescriber: [[PERSON|Hamid bin Yusof]], MD  NPI [[LICENSE_NUMBER|1761045289]]  DEA [[LICENSE_NUMBER|BY4821939]]
Transferring RPh: [[PERSON|Colette Marchand]], PharmD   Lic# [[LICENSE_NUMBER|63-0018842]]"""),

    ("chat-019", "chat", """PA portal — Request Summary
Key: [[OTHER_ID|BXT4-9QKL]]   Status: Sent to Plan   Submitted [[DATE|2024-09-16]] 11:20 CDT
Patient: [[PERSON|Marisol Lane-Whitaker]] | DOB [[DATE|1975-06-11]] | Member ID: [[HEALTH_PLAN_ID|ZGP441902887]] | Group: [[HEALTH_PLAN_ID|774120-0011]]
Medication: Wegovy 1.7 mg/0.75 mL pen, #4 pens / 28 days
Prescriber: [[PERSON|Olumide Adebayo-Cole]], MD | NPI [[LICENSE_NUMBER|1329077444]] | Phone [[PHONE|469-555-0151]] | Fax [[FAX|469-555-0152]]
Clinical: BMI 38.2, A1c 6.1%, failed phentermine (2023).
Plan decision expected by [[DATE|09/19]]."""),

    ("chat-020", "chat", """agent: here's what I have on file for the household, pls confirm:

| name | relation | DOB | phone |
|---|---|---|---|
| [[PERSON|Mark Ó Súilleabháin]] | self | [[DATE|1962-01-09]] | [[PHONE|617.555.0104]] |
| [[PERSON|Joy Ó Súilleabháin]] | spouse | [[DATE|1964-08-23]] | [[PHONE|617.555.0105]] |
| [[PERSON|Brendan MacAuley]] | father-in-law | [[DATE|1931-02-14]] ([[AGE|93]]) | — |

customer: [[PERSON|brendan]]'s dob is wrong, it's [[DATE|feb 4]] not the [[DATE|14th]]. and yes he's [[AGE|93]]"""),

    ("chat-021", "chat", """Telegram chat export — "Care team: Mom"
[[PERSON|Rich Abernathy-Young]], [[[DATE|18.09.2024]] 21:04]
mom's hearing aid (Phonak Lumity L90, left, serial [[DEVICE_ID|2318A0944]]) whistles again. she's [[AGE|97]], the staff at [[LOCATION|Rosewood Gardens]] can't fix it
[[PERSON|Dawn]], [[[DATE|18.09.2024]] 21:06]
I'll box it up. Return label says [[OTHER_ID|RMA-44120-HA]], ship to the repair center in [[LOCATION|Warrenville]]?
[[PERSON|Rich Abernathy-Young]], [[[DATE|18.09.2024]] 21:10]
yes. use my card [[CREDIT_CARD|5454 1234 9876 5437]] exp 09/27 cvv 412, not mom's"""),

    ("chat-022", "chat", """Subject: Account recovery request #[[OTHER_ID|AR-30771]]
Hi, I can't log in. My username is [[OTHER_ID|jdobro_1961]] but the recovery email is my ex-wife's ([[EMAIL|kay.dobrowski@example.com]]) so I never get the code. Please move it to [[EMAIL|johnny.d.61@example.net]]. Last order was ~[[DATE|Aug 3rd]]. Last 4 of SSN 4417, last 4 of card 0092. My phone is [[PHONE|312-555-0171]].
- [[PERSON|Johnny Dobrowski Jr.]]

Agent reply: Hi [[PERSON|Johnny]], for security I need a photo of your driver's license. The number you typed, [[LICENSE_NUMBER|D100-4472-8816]], doesn't match the one on file."""),

    ("chat-023", "chat", """hey, sending the blood pressure cuff + pill organizer as a gift to my aunt [[PERSON|Gwendolyn "Winnie" Marsh]], she's at [[LOCATION|Brookdale Heights]]? no wait that's her old place. new address:
[[PERSON|Winnie Marsh]]
c/o [[LOCATION|Sunrise of Ellicott City]]
[[STREET_ADDRESS|8900 Frederick Rd, Rm 212]]
[[LOCATION|Ellicott City]], MD [[ZIP|21042]]
gift msg: "Happy [[AGE|90]]th Aunt [[PERSON|Winnie]]!! love, [[PERSON|Kit]] & the boys". pls leave the price off. my billing is under [[PERSON|Katherine Oduya-Marsh]], [[EMAIL|kit.om@example.com]]"""),

    ("chat-024", "chat", """Return authorization approved ✅
RMA: [[OTHER_ID|RMA-2024-118730]]
Item: Omron Platinum BP monitor, model BP5450, device serial [[DEVICE_ID|20231104877LG]]
Original order: #[[OTHER_ID|NW-448120]] placed [[DATE|08/22/24]]
Customer: [[PERSON|Lorenzo "Enzo" DiMarco-Park]]
Pickup: FedEx will collect from [[STREET_ADDRESS|55 Summer St, Ste 400]], [[LOCATION|Boston]] MA [[ZIP|02110]] on Thursday between 9 and 5.
Tracking: [[OTHER_ID|7749 2201 5583]]
Refund to original card ending 1187 within 5-7 business days."""),

    ("chat-025", "chat", """customer: my ResMed AirSense 11 is giving "Motor fault" error 0x1F. serial # [[DEVICE_ID|23212345678]], device number 371. bought thru you on [[DATE|1/5/2024]]. been on CPAP since my sleep study at [[LOCATION|Mercy Sleep Center]] in [[LOCATION|Iowa City]].
agent: Sorry about that! It's under warranty until [[DATE|1/5/2026]]. Is the shipping address still [[STREET_ADDRESS|2016 Muscatine Ave]], [[LOCATION|Iowa City]], IA [[ZIP|52240]]? And your DOB for verification?
customer: yes. [[DATE|10/10/1957]]. - [[PERSON|Terrence]]"""),

    ("chat-026", "chat", """Hi, I'm [[PERSON|Carmen]]'s caregiver ([[PERSON|Carmen Ybarra-Holt]], [[AGE|91]] y/o). Her Omnipod 5 PDM serial is [[DEVICE_ID|OP5-PDM-778120Q]] and we need pods shipped before the [[DATE|3rd]]. Her endo, Dr. [[PERSON|Femi Akande]] at [[LOCATION|Valley Endocrine Associates]], sent the new script on [[DATE|Sept. 9th '24]]. Insurance: Humana Gold Plus, ID [[HEALTH_PLAN_ID|H61843027]]. Call me at [[PHONE|+1.520.555.0122]] — [[PERSON|Rosa]] (caregiver, not family)"""),

    ("chat-027", "chat", """pasted from my EOB, why do I owe $412??

EXPLANATION OF BENEFITS — THIS IS NOT A BILL
Member: [[PERSON|HOPE T. ABERNATHY]]     Member ID: [[HEALTH_PLAN_ID|YLK 90021 4438]]     Group: [[HEALTH_PLAN_ID|0082114]]
Claim #: [[OTHER_ID|2024261-00418-77]]      Patient account #: [[ACCOUNT_NUMBER|55810942]]
Provider: [[LOCATION|NORTHSHORE DIAGNOSTIC IMAGING]], [[LOCATION|SKOKIE]] IL
Service date(s): [[DATE|08/12/2024]] - [[DATE|08/12/2024]]
CPT 74177  Billed $1,280.00   Allowed $640.00   Plan paid $228.00   Your responsibility $412.00"""),

    ("chat-028", "chat", """curbside: here now! silver 2022 Honda Accord, plate IL [[VEHICLE_ID|CZ 48817]] (temp paper plate, the VIN on the dash is [[VEHICLE_ID|1HGCV1F31NA041827]]). pickup for [[PERSON|Marguerite Sauvé-Lindqvist]], order [[OTHER_ID|7F-22819]]. I'm her neighbor [[PERSON|Joy]], she said it's ok. parked in spot 4 at the [[LOCATION|Wicker Park]] location"""),

    ("chat-029", "chat", """User: do you carry the FreeStyle Libre 3 sensors or only the readers? and is there a generic for Jardiance yet
Bot: We carry FreeStyle Libre 3 Plus sensors (SKU FSL3P-14D). A prescription is required. There is no generic for Jardiance in the US yet.
User: ok. pls send the quote to my work email, thanks

--
[[PERSON|Deb Kowalczyk-Hart]] | Benefits Coordinator
Harbor & Finch LLP | [[STREET_ADDRESS|222 W Adams St, 19th Fl]], [[LOCATION|Chicago]], IL [[ZIP|60606]]
d: [[PHONE|312.555.0188]] | m: [[PHONE|312-555-0189]]
[[EMAIL|dkowalczykhart@harborfinch.example.com]]"""),

    ("chat-030", "chat", """Security alert log (customer [[ACCOUNT_NUMBER|40022817]]):
[[DATE|2024-09-21]] 02:14:09 UTC login_failed user=[[OTHER_ID|mary.k.ellis]] ip=[[IP_ADDRESS|2001:db8:4a1f:12::7c]] ua="okhttp/4.12.0"
[[DATE|2024-09-21]] 02:14:31 UTC login_failed user=[[OTHER_ID|mary.k.ellis]] ip=[[IP_ADDRESS|2001:db8:4a1f:12::7c]]
[[DATE|2024-09-21]] 02:15:02 UTC mfa_sms_sent to=[[PHONE|+1 312 555 0197]]
[[DATE|2024-09-21]] 07:40:55 UTC login_ok user=[[OTHER_ID|mary.k.ellis]] ip=[[IP_ADDRESS|192.0.2.61]] ua="Safari/17.6"
note: customer confirmed the 07:40 login is her ([[PERSON|Mary Ellis]]), the 02:14 ones are not. card on file locked, pw reset forced."""),

    ("chat-031", "chat", """hi it's [[PERSON|will]]. will my order ship today? it's for my mom [[PERSON|hope brown]], 3 boxes of the ostomy bags. #[[OTHER_ID|1182]]"""),

    ("chat-032", "chat", """RE: AUTO-REFILL FOR [[PERSON|GRANT BLACK]] — PATIENT SAYS HE WILL PICK UP AT THE [[LOCATION|LINCOLN PARK]] LOCATION. DOB [[DATE|07/04/1933]], AGE [[AGE|91]]. HIS DAUGHTER [[PERSON|JOY KING]] WILL BRING ID. RX [[OTHER_ID|4410928]] (WARFARIN 5 MG). PLEASE DO NOT MAIL. — [[PERSON|SUMMER]] (TECH)"""),

    ("chat-033", "chat", """Booking widget payload (webhook body):
{"event":"appointment.booked","appointment":{"id":"[[OTHER_ID|bk_39a1f0]]","start":"[[DATE|2024-10-11]]T15:30:00-05:00","provider":{"name":"Dr. [[PERSON|Siti Aminah binti Rahman]]","npi":"[[LICENSE_NUMBER|1982053161]]"},"patient":{"name":"[[PERSON|Ewan McGillivray]]","dob":"[[DATE|1954-05-27]]","email":"[[EMAIL|ewan.mcg@example.org]]","phone":"[[PHONE|(312) 555-0108]]"},"location":"[[LOCATION|Oak Brook Medical Pavilion]]"},"booked_by":{"name":"[[PERSON|Leila al-Hashimi]]","relationship":"partner"}}"""),

    ("chat-034", "chat", """can u cancel the 2nd bottle of vit d on my last order? i only wanted 1. thx -- [[PERSON|deb]]"""),

    ("chat-035", "chat", """Intake form (caregiver submitted):
Patient name: [[PERSON|Ruth Ann Delacroix-Mbeki]]
Age: [[AGE|95]]
DOB: [[DATE|19290301]]
Also in household: husband [[PERSON|Augustin]] (a [[AGE|98]]yo Navy vet) and sister [[PERSON|Pearl]], [[AGE|91]] years young
Last hospital stay: [[LOCATION|St. Brigid Regional Medical Center]] (MRN [[MRN|00-481-227]]), admitted [[DATE|9-Sep-2024]], discharged [[DATE|9/13]]
Home health agency RN: [[PERSON|Tomasz Wiśniewski]]
Preferred pharmacy pickup: [[LOCATION|Hyde Park]] location"""),

    ("chat-036", "chat", """customer: the checkout keeps failing so here: [[CREDIT_CARD|4111 1123 4567 8909]], exp 11/26, cvc 031, billing zip [[ZIP|60622]]. name on card [[PERSON|Lane Whitfield-Osei]]
agent: Please don't share card numbers in chat! I've redacted it on our side. Please use the secure payment link we e-mailed to [[EMAIL|lane.wo@example.com]] instead."""),

    ("chat-037", "chat", """Benefits help desk — ticket [[OTHER_ID|88-55120]]
Caller needed the Medicaid application re-sent. Verified identity: SSN [[SSN|987 65 4321]] (caller read it w/o dashes as [[SSN|987654321]]; full # on file [[SSN|987-65-4321]] matches). Applicant: [[PERSON|Lucía Benítez O'Rourke]], DOB [[DATE|4/15/1988]]. Mailing: [[STREET_ADDRESS|PO Box 1183]], [[LOCATION|Santa Fe]] NM [[ZIP|87504]]. Spouse SSN given as last 4 only (6610)."""),

    ("chat-038", "chat", """I'm trying to link my hospital portal so you can see my labs. MyChart at [[LOCATION|Kessler Ridge Hospital]] says MRN [[MRN|E004418273]] and the portal username is [[OTHER_ID|hopefulgardener62]]. The lab was drawn [[DATE|2024-08-30]] at the [[LOCATION|Kessler Ridge]] outpatient lab. A1c 7.9, LDL 131. My name in their system is "[[PERSON|Antoinette (Toni) Vasquez-Bell]]"."""),

    ("chat-039", "chat", """Magento > Customers > All Customers > Export (semicolon)
entity_id;firstname;lastname;email;street;city;postcode;region;telephone;created_at
[[ACCOUNT_NUMBER|310442]];[[PERSON|Rosalind]];[[PERSON|Kingsley-Ames]];[[EMAIL|rkingsleyames@example.com]];"[[STREET_ADDRESS|1200 Sheridan Rd\\nApt 1407]]";[[LOCATION|Evanston]];[[ZIP|60202]];Illinois;[[PHONE|847-555-0130]];[[DATE|2023-11-02]] 16:20:11
[[ACCOUNT_NUMBER|310443]];[[PERSON|Bill]];[[PERSON|Park]];[[EMAIL|bpark.1949@example.net]];"[[STREET_ADDRESS|45 W Lane Ave]]";[[LOCATION|Columbus]];[[ZIP|43201]];Ohio;[[PHONE|614-555-0112]];[[DATE|2024-01-15]] 09:03:44"""),

    ("chat-040", "chat", """SMS log ↓
→ [[PHONE|+1 (872) 555-0146]]: Hi [[PERSON|Gwen]], your appt w/ Dr. [[PERSON|Okonkwo-Hale]] is Mon [[DATE|10/14]] @ 2:40p at our [[LOCATION|Logan Square]] location. Reply C to confirm, R to reschedule: [[URL|https://go.example.com/a/GW8812?p=PT-0048813]]
← [[PHONE|+1 (872) 555-0146]]: C. also can my son [[PERSON|Jack]] come in w me
→ [[PHONE|+1 (872) 555-0146]]: Of course! See you then, [[PERSON|Gwen]]. - [[PERSON|Tamsin]]"""),

    ("chat-041", "chat", """hello po, ask ko lang if pwede i-reschedule yung telehealth ni Lola, si [[PERSON|Perpetua Dimaculangan]], [[AGE|94]] na siya. yung appt niya is on [[DATE|Oct 3]] pero may dialysis siya sa [[LOCATION|Summerlin Kidney Center]] that day. pwede ba [[DATE|10/8]] instead? ang number ko [[PHONE|702-555-0127]], ako si [[PERSON|Jolina]]. salamat po!"""),

    ("chat-042", "chat", """[Magento] Order [[OTHER_ID|000007730]] — status changed to "holded" by admin user [[OTHER_ID|rph_kbanerjee]] on [[DATE|2024-09-23]]
Comment: C-II Rx. Prescriber [[PERSON|Rafael Montoya-Sterling]], DEA [[LICENSE_NUMBER|FM7305623]], called office [[PHONE|480-555-0159]] to verify - spoke w/ MA named [[PERSON|Brandy]]. Pt [[PERSON|Nathaniel Oyelowo]], DOB [[DATE|1.7.2001]] (per ID), DL# [[LICENSE_NUMBER|D240-118-77-302-0]] (AZ). Shipping to [[STREET_ADDRESS|1931 E Camelback Rd #12]], [[LOCATION|Phoenix]] [[ZIP|85016]]. Hold until ID upload matches."""),

    ("chat-043", "chat", """customer: hi I ordered from Germany while visiting my son, order #[[OTHER_ID|US-33017]]. the item came broken. can you refund to my bank instead of the card? IBAN [[IBAN|DE80 2105 0000 1234 0987 65]], account holder [[PERSON|Helga Brandt-Oyelaran]]. I'm back home in [[LOCATION|Duluth]] now, [[PHONE|218-555-0133]].
agent ([[PERSON|Noor]]): Refunds can only go back to the original payment method, [[PERSON|Helga]] — sorry! I've started it, you'll see it in 3-5 days."""),

    ("chat-044", "chat", """Delivery exception — route 14, driver [[PERSON|Marcus Bell-Johnson]] (van plate [[VEHICLE_ID|7XKT214]], VIN [[VEHICLE_ID|2T3P1RFVXLW118463]])
Stop 9: [[PERSON|Adele Fontaine-Rich]], [[STREET_ADDRESS|104 Dogwood Ct]], [[LOCATION|Hope]], AR [[ZIP|71801]]. Pt is [[AGE|99]] per daughter. No answer, left notice. Gate code 4417#. Redeliver [[DATE|9/25]]. Contact on file: [[PHONE|870-555-0162]] (daughter [[PERSON|Bonnie]])."""),

    ("chat-045", "chat", """From: "[[PERSON|Grace van den Broek]]" <[[EMAIL|gvdbroek@example.org]]>
Sent: Wednesday, [[DATE|September 25, 2024]] 7:12 PM
To: [[EMAIL|support@shop.example.com]]
Subject: RE: Your telehealth visit summary

My mother's name is misspelled on the visit summary — it's [[PERSON|Marieke van den Broek-Sterling]], not "[[PERSON|Mary Sterling]]". Her DOB is [[DATE|25-03-1933]] (she is [[AGE|91]]). Can you fix it before it goes to her GP, Dr. [[PERSON|Anneliese Voigt]] in [[LOCATION|Holland]], Michigan?

> On Tue, [[DATE|Sep 24, 2024]] at 4:01 PM Care Team <[[EMAIL|support@shop.example.com]]> wrote:
> Hi [[PERSON|Grace]], attached is the summary for visit [[OTHER_ID|V-2024-55102]]."""),

    # ----------------------------------------------------------------- clean
    ("clean-001", "clean", """Does the 14-day Holter patch work for people with Wolff-Parkinson-White? My cardiologist also mentioned Brugada and Long QT. And can I wear it with a Baker's cyst brace? Just asking in general before I order."""),

    ("clean-002", "clean", """Product search results for "pill organizer":
SKU MED-000482-90CT  Weekly AM/PM organizer, XL lids  $8.49
SKU MED-000483-28D   28-day organizer with removable pods  $14.99
UPC 0 40232 11857 3  Travel case (3 compartments)  $4.25
Item # 7713-009-2 is backordered; ETA about two weeks."""),

    ("clean-003", "clean", """quick q: is Allegra the same as Claritin or Zyrtec? and can I take ella (the morning-after pill) if I'm on Lyrica? my friend said Evista and Premarin interact with it too but she's not a doctor lol"""),

    ("clean-004", "clean", """Sizing help for compression socks: men's shoe 9/10 is size M, 11/12 is L. Waist/inseam for the post-op briefs: 32/34 or 34/32. Strength options are 15-20 mmHg and 20-30 mmHg. Take 1/2 tab if dizzy; Sinemet 25/100 is sold separately. Normal reading is under 120/80."""),

    ("clean-005", "clean", """| Day | Pharmacy | Telehealth desk |
|---|---|---|
| Mon–Fri | 8:00–20:00 | 7:00–22:00 |
| Saturday | 9:00–17:00 | 9:00–17:00 |
| Sunday | closed | 10:00–16:00 |
Hours are Central Time. Pick-up lockers are open 24/7."""),

    ("clean-006", "clean", """Price list (cash, no insurance): metformin ER 500 mg #90 $12.00; atorvastatin 20 mg #30 $9.50; semaglutide consult $79 first visit, $49 follow-up; CGM starter kit $129.99; shipping $5.95, free over $50. Prices valid for Texas, Ohio and Florida customers only."""),

    ("clean-007", "clean", """Our app crashed after updating from v3.18.2 to v3.19.0 (build 4471). The pump companion firmware shows 10.4.0.12 and the bluetooth module says rev 2.1.7.3. Error E-1044 then "sync failed (code 0x0A2F)". Running Android 14 on a Pixel 8."""),

    ("clean-008", "clean", """Recall question: my insulin pen box says LOT A24K117, EXP 2026, NDC 0169-4060-12. Is that one affected? Also the coupon HOPE10 didn't work at checkout but GRANT25 and SUMMERSALE did. Is there a limit of one code per order?"""),

    ("clean-009", "clean", """Do you ship to Alaska and Hawaii? We fill from fulfilment centres in Texas and Ohio, and we can't ship controlled substances to Canada or Mexico. Puerto Rico orders go through our partner pharmacy in Florida and take 5-7 business days."""),

    ("clean-010", "clean", """How long does a prior authorization usually take? Do you accept HSA/FSA cards for the telehealth fee? And if my plan denies it, can I pay cash and submit the receipt myself? Asking for my mom, she's on Medicare Part D."""),

    ("clean-011", "clean", """Study notes for the nursing CE module: Homans' sign, Murphy's sign, Tinel's and Phalen's tests, Glasgow Coma Scale, Apgar score, Norwalk virus, Coxsackie, Marburg, West Nile, Rocky Mountain spotted fever, Lyme carditis. Quiz opens Monday, 20 questions, pass mark 80%."""),

    ("clean-012", "clean", """Looking for: Dr. Teal's Epsom salt (lavender), Mrs. Meyer's hand soap, Burt's Bees lip balm, Jack Black SPF 25 lip balm, Kiehl's Ultra Facial, and Aunt Bessie's heating pad if you still carry it. Also the Will & Grace candle? guessing that's not medical lol"""),

    ("clean-013", "clean", """Lab reference ranges we show on the results page: TSH 0.4–4.0 mIU/L, free T4 0.8–1.8 ng/dL, A1c below 5.7%, LDL under 100 mg/dL, eGFR above 60, vitamin D 30–100 ng/mL. Supplies come in 30/90-day options; take 1000 IU daily with food."""),

    ("clean-014", "clean", """Template preview (order_shipped.liquid):
Hi {{ customer.first_name }}, your order {{ order.name }} is on its way!
Tracking: {{ fulfillment.tracking_number }} via {{ fulfillment.carrier }}
Ship to: {{ shipping_address.address1 }}, {{ shipping_address.city }} {{ shipping_address.zip }}
Questions? Reply to this email. — The Care Team"""),

    ("clean-015", "clean", """Where is the member ID on an insurance card? Usually on the front, labelled "ID" or "Member #". The RxBIN is six digits, the RxPCN is a short code, and the group number is often next to it. Tricare, Medicaid and Medicare Advantage cards look different, so send a photo of the front and back if you're unsure."""),
]

"""heldout7, chat half: 45 ``chat`` texts (chat-701..chat-745) and 15 ``clean``
texts (clean-701..clean-715) for the blind de-identification set ``heldout7``.

Written blind on 2026-12-07 from the README guidelines and the validator only.
Licence CC0-1.0; everything is invented.

The chat half is mostly structured payloads and system output that support, ops
and AI pipelines pass around: full e-mail messages with Received/Cc/Reply-To headers,
signatures, quoted replies and an auto-reply; vCard and iCalendar payloads; an HL7 v2
ADT^A04 (PID/NK1/PV1/IN1); a FHIR transaction Bundle (Patient, Coverage, Appointment);
X12 271 and 837P; an NCPDP SCRIPT NewRx; Stripe and PayPal webhooks; Mailchimp and
HubSpot exports; SQL statements and psql results; a Python traceback; nginx and
application logs; a decoded JWT; cURL and HAR; product reviews and Q&A; Google and
Trustpilot reviews with owner replies; Reddit, a carers' forum and Nextdoor; Discord,
Telegram, WeChat, LINE, Viber and Messenger exports; Calendly and Acuity payloads; a
RAG prompt; a ReAct agent trace; JSON escaped inside JSON; a Markdown table; a git
commit with a review comment; code-switched messages (Spanglish, Hinglish, Québec
Franglais, Egyptian Arabizi, Taglish, Thai-English, Ukrainian-English,
Chinese-English).

Annotation decisions for cases the README does not spell out (consistent with the
decisions of earlier sets; where the README decides, it was followed):

- E-mail: every address and IP in Return-Path/Received/From/To/Cc/Reply-To is
  annotated, mail servers' IPs included; server host names, Message-IDs, DKIM values
  and HELO names are not. In Date/Sent/Received lines only the calendar date is a
  DATE (weekday, time, zone outside). "Dr C" in a greeting: the initial is a PERSON.
- vCard and iCalendar: each N and ADR component is its own span (like FHIR name
  parts); FN is one span; the escaped comma "\\," stays inside a span as written;
  "tel:" and "mailto:" schemes stay outside; UID, PRODID and TZID are not annotated;
  the date part of DTSTAMP/DTSTART/DTEND/REV is a DATE. A video-visit room URL and
  an attachment URL carrying a patient id are URLs. ORG is annotated only when it is a
  named clinic (an employer is not).
- HL7 v2: as in heldout4, "LAST^FIRST^M" is one PERSON and "street^unit" one
  STREET_ADDRESS; an XCN's id component is the NPI (LICENSE_NUMBER) or, for EVN
  operators, a user name (OTHER_ID); short facility and application codes (MVH,
  EPICADT, BRIGHTLEAF) and control ids are not annotated, a named clinic in PV1-3 is a
  LOCATION; the date part (first 8 digits) of a compact timestamp is a DATE; PID-18
  is an ACCOUNT_NUMBER, PV1-19 an OTHER_ID (visit number), PID-20 a LICENSE_NUMBER
  (state code outside), IN1 group and policy numbers HEALTH_PLAN_ID; a payer's PO box,
  city, ZIP and phone are annotated (contact data whoever it belongs to).
- X12: each element is its own span (NM103 last name and NM104 first name are two
  PERSON spans, N301 and N302 two STREET_ADDRESS spans); ISA (YYMMDD), GS, BHT, DMG
  and DTP dates are DATEs; control numbers, BHT reference, TRN trace numbers, payer
  and trading-partner ids, taxonomy, CPT and ICD codes are not; CLM01 (patient control
  number) and REF*EI (a provider's tax id) are OTHER_ID; SBR03/REF*6P group numbers
  HEALTH_PLAN_ID; the submitter contact (PER) is annotated.
- NCPDP SCRIPT: MessageID and the pharmacy NCPDPID (a facility identifier, like BSNR)
  are not annotated; PrescriberOrderNumber is an OTHER_ID (e-prescription reference);
  NPI, DEA and state licence LICENSE_NUMBER; NDC not; separate LastName/FirstName/
  MiddleName elements are separate PERSON spans.
- Payment webhooks: processor customer and payer ids (cus_..., PayPal payer_id) are
  ACCOUNT_NUMBER; processor object, event and transaction ids (evt_, cs_, pi_, in_,
  WH-..., PayPal order ids), request and idempotency keys, merchant_id, api versions
  are not; the merchant's own order, invoice and intake numbers and
  client_reference_id are OTHER_ID; a receipt URL carrying a token is a URL; values
  packed into one custom_id string ("order_55710|pt:NAME|dob:DATE") are annotated
  one by one.
- CRM and e-mail-marketing exports: Mailchimp EUID and HubSpot contact id /
  hs_object_id are ACCOUNT_NUMBER; hubspot_owner_id (a staff member) is OTHER_ID;
  opt-in IPs are IP_ADDRESS; a birthday "09/17" is a DATE; tags, ratings, lifecycle
  stages, employer names are not; in Mailchimp's joined address cell, street and unit
  are one STREET_ADDRESS, city and ZIP separate.
- SQL: a platform patient primary key (patients.id 90211, patient_id = 90212) is an
  MRN wherever it appears, like pt_000183 in heldout6; migration authors and audit
  actors (k.osei, asha.pillai) are OTHER_ID; column names, row counts and timings are
  not; "Last, First" in a value is one PERSON.
- Logs: only the date part of a timestamp is a DATE ("07/Dec/2026" in nginx,
  "2026-12-07" in ISO); in query strings only the values are annotated, URL-encoded
  as written ("marisol.quintero%40example.com", "06%2F17%2F1985", "%2B15205550139",
  "Marisol+Quintero"); a full URL carrying an id or name is one URL span (referrer,
  API URL), a bare request path only has its id segment annotated; the remote-user
  field is an OTHER_ID; a campaign URL with no id is not annotated; version strings
  that look like dates ("2026.12.7-rc3", "web-2026.48.3"), SHAs, request and job ids,
  masked phones are not; a fax CSID naming a doctor has the name annotated.
- Python tracebacks: source lines and f-string templates are not annotated; values in
  the exception message and in local variables are; an impossible date as written
  ("31/11/1958") is still a DATE.
- JWT: the encoded token is not annotated; iss, aud and namespaced claim-key URLs,
  kid, azp, iat and exp (epoch) are not; the subject id is an ACCOUNT_NUMBER with the
  provider prefix ("auth0|") outside; nickname is an OTHER_ID (handle).
- cURL/HAR: cookies, session ids, analytics client ids and bearer tokens are not
  annotated; x-forwarded-for and serverIPAddress are IP_ADDRESS; JSON inside a
  response "text" string is annotated as written.
- Reviews, forums and social posts: reviewer and poster display names are PERSON,
  reviewer avatar initials ("KO") too; u/ and @ handles are OTHER_ID with "u/" and "@"
  outside; a team handle (@security-team), bots (AutoModerator) and anonymous labels
  ("A shopper", "Mr Customer", "Anonymous") are not; "Local Guide", "Verified
  Purchase", counts and relative times are not; marketplace order numbers are
  OTHER_ID; a profile "Location:" town and a "Joined: Mar 2019" month-year are
  annotated; neighbourhoods are LOCATION, an intersection's streets and a street
  without a number ("on Hopkins") are STREET_ADDRESS.
- Chat exports: Discord "#0" discriminators stay outside the handle; Telegram user
  ids are OTHER_ID with the "user" prefix outside, message ids and unix times are not;
  WeChat and LINE IDs are OTHER_ID; a date inside an attachment file name is a DATE;
  an attachment URL carrying a name is a URL; a named pharmacy as a sender is a
  LOCATION each time; the Thai national ID and the Bolivian CI are OTHER_ID (the CI's
  department code "LP" outside); an Ohio driver's licence is a LICENSE_NUMBER;
  Medi-Cal CIN, RAMQ, ABHA and Medicare MBI numbers are HEALTH_PLAN_ID.
- Booking payloads (Calendly, Acuity): API, cancel, reschedule and confirmation URLs
  carrying ids are URLs; the appointment id is an OTHER_ID; calendarID,
  appointmentTypeID, form and field ids, UTM values and promo certificates are not.
- RAG prompts and agent traces: in source paths only the id segment (MRN, Rx) and a
  date in a file name are annotated; chunk scores, tool names and system-prompt brand
  names are not; "Today is 2026-12-07" is a DATE; the telehealth brand is not
  annotated but its named physical mail-order pharmacy with an address is a LOCATION.
- JSON escaped inside JSON is annotated as written, escapes inside the span
  ("Ren\\\\u00e9e Okafor-Lindgren"); AWS account ids, ARNs, message ids, receipt
  handles and md5 values are not.
- Names: people named like places or products (Georgia, Chase, Savannah, Florence,
  Paris, Austin, Tyler, Dakota, Virginia, Juniper) are PERSON; places named like
  people (Marion, Jackson, Lafayette, St. George, Eugene, Austin, Tyler, Laurel,
  Lincoln Highlands) are LOCATION; pets (Biscuit, Pierogi, Lincoln, Duke, Mochi)
  are not annotated; "Baby", "Doña", "Don", "Lola", "Tito", "Ate", "pani", "นาง",
  "ภญ.", "นพ.", "药师", "先生", "Lic.", "Dra." stay outside; "Teodora Basa-Lim"-style
  double surnames, a quoted nickname inside a full name and a trailing initial's dot
  are inside; Arabizi digits inside a name ("3abd") are part of it; a dictated
  "Last, First" label ("KAUR, SIMRAN") is one PERSON; staff initials used as a sign-off
  ("PN", "DN") and a lower-case first-name sign-off ("mo") are PERSON; a short form
  of a named care home or clinic ("Birchwood", "Caprock") is a LOCATION.
- Ages: an age over 89 is annotated wherever it is stated ("94 in January", "he's
  91!", "3ando 92 sana", "อายุ 92 ปี"); 88岁 and 81 años are not.
- Not a DATE: card expiry ("exp 08/29"), dose ratios (5/325, 7.5/325, 400/5 mL,
  1/20), scores (PHQ-9 9/27), BP, weekdays, months alone ("started in August"), a
  year alone ("RIP 2021"). A git "Date:" line "Mon Dec 7 10:12:44 2026" has "Dec 7" as
  the DATE (the year, separated by the time, stays outside).
- Store branches named by a street ("Kroger on Alpine Ave", "Elm St store", "Hy-Vee
  on Metcalf", "Jean Coutu sur Maloney", "Tom Thumb Pharmacy – Coit Rd") have only
  the street/branch as LOCATION; the chain name is not annotated. Online pharmacy and
  telehealth brands (BrightLeaf Rx, Calmwater, Lumen, Vitalia Direct, Lumière
  Naturals, Northwind Telehealth) are not annotated; schools and employers are not.
- Clean texts contain no real identifiers at all: no names (not even staff), no
  dates more specific than a year (holidays and weekdays only), no phone numbers,
  e-mail addresses, URLs or IPs, only placeholders ({{first_name}}, [NAME], *|FNAME|*,
  <LAST_NAME>), masked card digits, request ids, hashes, build and version numbers,
  doses and ratios.
"""

TEXTS = []

def add(tid, kind, text):
    TEXTS.append((tid, kind, text))


add("chat-701", "chat", """Return-Path: <[[EMAIL|dolores.achterberg@example.net]]>
Received: from mail-out7.example.net (mail-out7.example.net [[[IP_ADDRESS|203.0.113.40]]])
        by mx1.brightleafrx.example.com with ESMTPS id 9c1e77a0b2
        for <[[EMAIL|rx@brightleafrx.example.com]]>; Mon, [[DATE|7 Dec 2026]] 09:14:52 -0500
Received: from [[[IP_ADDRESS|192.0.2.114]]] (helo=DESKTOP-A7KQ2)
        by mail-out7.example.net with esmtpsa; Mon, [[DATE|7 Dec 2026]] 14:14:49 +0000
DKIM-Signature: v=1; a=rsa-sha256; d=example.net; s=s2026; bh=7Q1f0Yx9cV2mTq; b=Hk3pW0aZ
From: "[[PERSON|Dolores Achterberg]]" <[[EMAIL|dolores.achterberg@example.net]]>
To: BrightLeaf Rx Support <[[EMAIL|rx@brightleafrx.example.com]]>
Cc: "[[PERSON|Wim Achterberg]]" <[[EMAIL|wim.achterberg@example.org]]>
Reply-To: <[[EMAIL|dolly.a.1949@example.com]]>
Subject: Re: Your refill request #[[OTHER_ID|BLR-558102]] needs attention
Date: Mon, [[DATE|7 Dec 2026]] 09:14:50 -0500
Message-ID: <CA+z9Qm4kF2e8@mail.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

hi there,
I think the problem is the insurance changed on [[DATE|Nov 1]]. new card says Humana Gold Plus, member ID [[HEALTH_PLAN_ID|H71829304]], group [[HEALTH_PLAN_ID|0R442]]. my husband [[PERSON|Wim]] is cc'd since he does the bills. Please send the lisinopril to the Kroger on [[LOCATION|Alpine Ave]] in [[LOCATION|Grand Rapids]] this time instead of mailing it, we wont be home till the [[DATE|20th]].

date of birth is [[DATE|02/11/1949]] if you need it

[[PERSON|Dolores A.]]
[[STREET_ADDRESS|2250 Leonard St NW]]
[[LOCATION|Grand Rapids]] MI [[ZIP|49504]]
[[PHONE|(616) 555-0133]]

On Fri, [[DATE|Dec 4, 2026]] at 4:02 PM BrightLeaf Rx <[[EMAIL|rx@brightleafrx.example.com]]> wrote:
> Hello [[PERSON|Dolores]],
>
> We tried to bill your plan for Rx [[OTHER_ID|6614093]] (lisinopril 20 mg, qty 90) on [[DATE|12/04/2026]] and it was rejected (reject code 65 - patient not covered). Please reply with your current insurance information or upload a photo of the card in the app.
>
> Thank you,
> [[PERSON|Marcus T.]], CPhT
> BrightLeaf Rx | [[PHONE|1-800-555-0147]] | fax [[FAX|616-555-0190]]
> Pharmacist in charge: [[PERSON|Farah Qureshi]], PharmD
""")

add("chat-702", "chat", """From: Dr. [[PERSON|Ines Carvalho-Whitfield]] <[[EMAIL|icarvalho@harborlightpeds.example.org]]>
To: [[PERSON|Savannah Boateng]] <[[EMAIL|savvyb88@example.com]]>
Date: Tue, [[DATE|8 Dec 2026]] 07:31:05 +0000
Subject: Automatic reply: [[PERSON|Chase]]'s ear drops & school form
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: auto_reply

Thank you for your message. I am out of the office from [[DATE|December 7]] through [[DATE|December 18]] with limited access to email. For urgent clinical questions please call the [[LOCATION|Harbor Light Pediatrics]] nurse line at [[PHONE|(401) 555-0162]] or page Dr. [[PERSON|Okonkwo-Reyes]] through the answering service, [[PHONE|401-555-0175]]. Prescription refills: fax [[FAX|401-555-0176]] or use the patient portal.
For billing questions, contact [[PERSON|Tamsin]] in our front office at ext. [[PHONE|214]].

This mailbox is not monitored for emergencies. If this is an emergency, call 911.

[[PERSON|Ines Carvalho-Whitfield]], MD, FAAP
[[LOCATION|Harbor Light Pediatrics]] – [[LOCATION|Cranston]] office
[[STREET_ADDRESS|1140 Park Ave, Suite 3]]
[[LOCATION|Cranston]], RI [[ZIP|02910]]

-----Original Message-----
From: [[PERSON|Savannah Boateng]] <[[EMAIL|savvyb88@example.com]]>
Sent: Monday, [[DATE|December 7, 2026]] 10:48 PM
To: [[PERSON|Ines Carvalho-Whitfield]] <[[EMAIL|icarvalho@harborlightpeds.example.org]]>
Subject: [[PERSON|Chase]]'s ear drops & school form

Hi Dr [[PERSON|C]], [[PERSON|Chase]] (DOB [[DATE|5/30/2019]]) finished the ciprodex but still says his left ear hurts when he lies down. Also the nurse at Oakwood Elementary needs the med authorization form by the [[DATE|15th]]. our dog Biscuit chewed the bottle lol so we might need a new one anyway. can you send it to the CVS on [[LOCATION|Reservoir Ave]]? thanks!!
[[PERSON|Savannah]] (mom) [[PHONE|401-555-0148]]
""")

add("chat-703", "chat", r"""forwarding the two contact cards from the admission packet. can someone add [[PERSON|Georgia]] as proxy on her mom's profile? [[PERSON|Haruko]]'s chart still lists the old nursing home. thx —[[PERSON|Lin]] (intake)

BEGIN:VCARD
VERSION:3.0
N:[[PERSON|Nakashima-Reyes]];[[PERSON|Georgia]];[[PERSON|Lynn]];;
FN:[[PERSON|Georgia Lynn Nakashima-Reyes]]
ORG:Tidewater Freight Co.
TITLE:Logistics analyst
TEL;TYPE=CELL:[[PHONE|+1-503-555-0119]]
TEL;TYPE=HOME:[[PHONE|(503) 555-0184]]
EMAIL;TYPE=INTERNET:[[EMAIL|georgia.nr@example.com]]
ADR;TYPE=HOME:;;[[STREET_ADDRESS|4471 SE Hawthorne Blvd Apt 12]];[[LOCATION|Portland]];OR;[[ZIP|97215]];USA
BDAY:[[DATE|1971-09-23]]
NOTE:Healthcare proxy for her mother [[PERSON|Haruko Nakashima]] (DOB [[DATE|1931-03-02]]\, [[AGE|95]] y/o)\, resident at [[LOCATION|Pinecrest Memory Care]]\, room 114. Text after 6pm.
URL:[[URL|https://www.linkedin.example.com/in/georgia-nakashima-reyes]]
X-SOCIALPROFILE;TYPE=facebook:[[URL|https://facebook.example.com/georgia.n.reyes]]
CATEGORIES:family,proxy
UID:urn:uuid:4fd3a1c2-8b7e-4e2b-9c61-0a1d5f7e2b33
REV:[[DATE|2026-11-30]]T18:22:10Z
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Dr. [[PERSON|Tobiah Lindqvist]]
N:[[PERSON|Lindqvist]];[[PERSON|Tobiah]];;Dr.;MD
ORG:[[LOCATION|Willamette Geriatrics Associates]]
TEL;TYPE="work,voice";VALUE=uri:tel:[[PHONE|+1-503-555-0137]]
TEL;TYPE=fax;VALUE=uri:tel:[[FAX|+1-503-555-0138]]
ADR;TYPE=work:;;[[STREET_ADDRESS|2801 N Gantenbein Ave\, Ste 400]];[[LOCATION|Portland]];OR;[[ZIP|97227]];USA
NOTE:NPI [[LICENSE_NUMBER|1305914537]]. [[PERSON|Haruko]]'s geriatrician since [[DATE|March 2019]].
END:VCARD
""")

add("chat-704", "chat", r"""BEGIN:VCALENDAR
PRODID:-//Calmwater Telehealth//Scheduler 4.2//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Chicago
END:VTIMEZONE
BEGIN:VEVENT
UID:9b0e6a52-3f7d-4c1e-a8b2-61d0f4e7c935
DTSTAMP:[[DATE|20261207]]T150212Z
DTSTART;TZID=America/Chicago:[[DATE|20261214]]T093000
DTEND;TZID=America/Chicago:[[DATE|20261214]]T100000
SEQUENCE:2
SUMMARY:Follow-up – [[PERSON|Rahimi\, Kaveh]] (psychiatry med mgmt\, 30 min)
ORGANIZER;CN="Dr. [[PERSON|Aurelia Fontaine]]":mailto:[[EMAIL|afontaine@calmwater.example.com]]
ATTENDEE;CN=[[PERSON|Kaveh Rahimi]];ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:[[EMAIL|kaveh.rahimi@example.net]]
ATTENDEE;CN=[[PERSON|Shirin Rahimi]] (wife);ROLE=OPT-PARTICIPANT:mailto:[[EMAIL|shirin.r@example.net]]
LOCATION:[[URL|https://video.calmwater.example.com/room/kr-882104?pin=5531]]
DESCRIPTION:Pt DOB [[DATE|04/19/1983]] MRN [[MRN|CW-0091342]]. Last visit [[DATE|11/16]]. Sertraline 100 mg\, PHQ-9 9/27. If video fails call pt at [[PHONE|312-555-0126]]. Interpreter (Farsi) booked\, ref [[OTHER_ID|INT-40717]].
ATTACH:[[URL|https://portal.calmwater.example.com/docs/intake?pt=CW-0091342]]
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""")

add("chat-705", "chat", r"""HL7 feed from [[LOCATION|Mercyvale]], ADT for a new pt. can you map it to our profile? the NK1 daughter wants refill texts.

MSH|^~\&|EPICADT|MVH|TELEHUB|BRIGHTLEAF|[[DATE|20261207]]083015||ADT^A04^ADT_A01|MSG00048213|P|2.5.1
EVN|A04|[[DATE|20261207]]083015|||[[OTHER_ID|JMORALES]]^[[PERSON|Morales^Jacinta]]^^^^^RN
PID|1||[[MRN|MV4471029]]^^^MVH^MR~[[SSN|987-65-4321]]^^^SSA^SS||[[PERSON|OYELARAN^ADEBOLA^T]]||[[DATE|19590614]]|F|||[[STREET_ADDRESS|3318 CEDAR BLUFF DR^APT 2B]]^[[LOCATION|KNOXVILLE]]^TN^[[ZIP|37919]]^USA||[[PHONE|(865)555-0141]]^PRN^PH~^NET^Internet^[[EMAIL|ade.oyelaran@example.com]]|[[PHONE|(865)555-0199]]^WPN^PH||M||[[ACCOUNT_NUMBER|MV00781556]]|[[SSN|987-65-4321]]|[[LICENSE_NUMBER|104482190]]^TN
NK1|1|[[PERSON|OYELARAN^OLUSEGUN]]|SPO^Spouse|[[STREET_ADDRESS|3318 CEDAR BLUFF DR^APT 2B]]^[[LOCATION|KNOXVILLE]]^TN^[[ZIP|37919]]|[[PHONE|(865)555-0152]]
NK1|2|[[PERSON|FERGUSON^NIA]]|DAU^Daughter||[[PHONE|(423)555-0168]]
PV1|1|O|MVCARD^214^1^[[LOCATION|MERCYVALE CARDIOLOGY CLINIC]]||||[[LICENSE_NUMBER|1122608544]]^[[PERSON|HALVORSEN^ERIK^J]]^^^MD|||CAR||||1|||[[LICENSE_NUMBER|1122608544]]^[[PERSON|HALVORSEN^ERIK^J]]^^^MD|OP|[[OTHER_ID|V00932214]]|||||||||||||||||||||||||[[DATE|20261207]]083000
IN1|1|BCBST01|00390|BLUECROSS BLUESHIELD OF TN|[[STREET_ADDRESS|PO BOX 180150]]^^[[LOCATION|CHATTANOOGA]]^TN^[[ZIP|37402]]||[[PHONE|(800)555-0110]]|[[HEALTH_PLAN_ID|GRP55310]]|||||||[[PERSON|OYELARAN^ADEBOLA^T]]|SEL|[[DATE|19590614]]|[[STREET_ADDRESS|3318 CEDAR BLUFF DR^APT 2B]]^[[LOCATION|KNOXVILLE]]^TN^[[ZIP|37919]]|||||||||||||||||[[HEALTH_PLAN_ID|ZGP448120337]]
""")

add("chat-706", "chat", """{
  "resourceType": "Bundle",
  "id": "b7d1e0c4-2a9f-4f61-a0e3-5c2b9d8e7f10",
  "type": "transaction",
  "timestamp": "[[DATE|2026-12-07]]T16:40:12-05:00",
  "entry": [
    {
      "fullUrl": "[[URL|https://fhir.example.org/r4/Patient/pt-558213]]",
      "resource": {
        "resourceType": "Patient",
        "id": "[[MRN|pt-558213]]",
        "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]},
        "identifier": [
          {"type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.3.4471.1", "value": "[[MRN|MRN-20417733]]"},
          {"system": "http://hl7.org/fhir/sid/us-mbi", "value": "[[HEALTH_PLAN_ID|3TK9-WM2-QE61]]"}
        ],
        "name": [
          {"use": "official", "family": "[[PERSON|Castellanos Ibarra]]", "given": ["[[PERSON|María]]", "[[PERSON|Fernanda]]"]},
          {"use": "nickname", "given": ["[[PERSON|Mafe]]"]}
        ],
        "telecom": [
          {"system": "phone", "value": "[[PHONE|+1 (915) 555-0172]]", "use": "mobile"},
          {"system": "email", "value": "[[EMAIL|mafe.castellanos@example.com]]"}
        ],
        "gender": "female",
        "birthDate": "[[DATE|1957-08-21]]",
        "address": [{"use": "home", "line": ["[[STREET_ADDRESS|6120 Montoya Dr]]", "[[STREET_ADDRESS|Unit 7]]"], "city": "[[LOCATION|El Paso]]", "state": "TX", "postalCode": "[[ZIP|79932]]"}],
        "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "es-MX"}]}, "preferred": true}],
        "contact": [{"relationship": [{"text": "son"}], "name": {"text": "[[PERSON|Jorge Ibarra]]"}, "telecom": [{"system": "phone", "value": "[[PHONE|915-555-0108]]"}]}],
        "generalPractitioner": [{"reference": "Practitioner/[[LICENSE_NUMBER|1418094532]]", "display": "Dr. [[PERSON|Wen-Hsin Albright]]"}]
      },
      "request": {"method": "PUT", "url": "Patient/[[MRN|pt-558213]]"}
    },
    {
      "fullUrl": "urn:uuid:0f4c2b6e-91d3-4a7e-8c55-3e2a1b0d9f84",
      "resource": {
        "resourceType": "Coverage",
        "status": "active",
        "subscriberId": "[[HEALTH_PLAN_ID|W218835604]]",
        "beneficiary": {"reference": "Patient/[[MRN|pt-558213]]"},
        "relationship": {"coding": [{"code": "self"}]},
        "period": {"start": "[[DATE|2026-01-01]]"},
        "payor": [{"display": "Wellcare Medicare Advantage"}],
        "class": [
          {"type": {"coding": [{"code": "group"}]}, "value": "[[HEALTH_PLAN_ID|88120]]", "name": "Wellcare Value Script (PDP)"},
          {"type": {"coding": [{"code": "rxbin"}]}, "value": "004336"},
          {"type": {"coding": [{"code": "rxpcn"}]}, "value": "MEDDADV"}
        ]
      },
      "request": {"method": "POST", "url": "Coverage"}
    },
    {
      "fullUrl": "urn:uuid:5a7e3c10-2d8b-4f96-b1e4-7c0a9d2f6e31",
      "resource": {
        "resourceType": "Appointment",
        "status": "booked",
        "serviceType": [{"text": "Diabetes follow-up (telehealth)"}],
        "start": "[[DATE|2026-12-16]]T10:15:00-07:00",
        "end": "[[DATE|2026-12-16]]T10:35:00-07:00",
        "created": "[[DATE|2026-12-07]]",
        "comment": "Pt will have son on the call for interpreting. Bring CGM reader, SN [[DEVICE_ID|3MH01FQ82K]].",
        "participant": [
          {"actor": {"reference": "Patient/[[MRN|pt-558213]]", "display": "[[PERSON|María Fernanda Castellanos Ibarra]]"}, "status": "accepted"},
          {"actor": {"reference": "Practitioner/[[LICENSE_NUMBER|1418094532]]", "display": "[[PERSON|Wen-Hsin Albright]], MD"}, "status": "accepted"},
          {"actor": {"display": "[[LOCATION|Sun City Family Clinic]] – [[LOCATION|Eastside]]"}, "status": "accepted"}
        ]
      },
      "request": {"method": "POST", "url": "Appointment"}
    }
  ]
}
""")

add("chat-707", "chat", """ops note ([[PERSON|Kiri H.]]): 271 came back for [[PERSON|Teresa Kowalczyk]], active, tier 1 copay $15. raw response below in case billing needs it

ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*BRIGHTLEAFRX   *[[DATE|261207]]*1422*^*00501*000004471*0*P*:~
GS*HB*AVAILITY*BRIGHTLEAFRX*[[DATE|20261207]]*1422*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL8823107*[[DATE|20261207]]*1422~
HL*1**20*1~
NM1*PR*2*AETNA*****PI*60054~
HL*2*1*21*1~
NM1*1P*1*[[PERSON|MBEKI]]*[[PERSON|THANDIWE]]****XX*[[LICENSE_NUMBER|1330458591]]~
HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*[[PERSON|KOWALCZYK]]*[[PERSON|TERESA]]****MI*[[HEALTH_PLAN_ID|W884120935]]~
REF*6P*[[HEALTH_PLAN_ID|0A1B22]]~
N3*[[STREET_ADDRESS|77 WINTERGREEN LN]]*[[STREET_ADDRESS|APT 5]]~
N4*[[LOCATION|SCRANTON]]*PA*[[ZIP|18505]]~
DMG*D8*[[DATE|19620307]]*F~
DTP*291*D8*[[DATE|20260101]]~
EB*1*IND*30**CHOICE POS II~
EB*C*IND*30***23*750*****Y~
EB*B*IND*88***27*15*****Y~
MSG*RX COPAY TIER 1 $15~
SE*17*0001~
GE*1*4471~
IEA*1*000004471~
""")

add("chat-708", "chat", """claim scrubber bounced this 837 for [[PERSON|Chase Vanterpool]], says rendering NPI doesn't match the taxonomy on file. can someone who knows EDI look? it went out [[DATE|12/7]]. -[[PERSON|Priyanka]]

ST*837*0021*005010X222A1~
BHT*0019*00*CLM2026120701*[[DATE|20261207]]*1015*CH~
NM1*41*2*LUMEN TELEHEALTH PC*****46*LTH0042~
PER*IC*[[PERSON|DANA OKORO]]*TE*[[PHONE|5125550123]]*EM*[[EMAIL|billing@lumenth.example.com]]~
NM1*40*2*CLAIMSHUB*****46*CH11~
HL*1**20*1~
PRV*BI*PXC*207Q00000X~
NM1*85*1*[[PERSON|DESROSIERS]]*[[PERSON|AMARA]]****XX*[[LICENSE_NUMBER|1348355664]]~
N3*[[STREET_ADDRESS|8200 N MOPAC EXPY STE 250]]~
N4*[[LOCATION|AUSTIN]]*TX*[[ZIP|78759]]~
REF*EI*[[OTHER_ID|742219930]]~
HL*2*1*22*0~
SBR*P*18*[[HEALTH_PLAN_ID|GRP7731]]******CI~
NM1*IL*1*[[PERSON|VANTERPOOL]]*[[PERSON|CHASE]]****MI*[[HEALTH_PLAN_ID|U7720319401]]~
N3*[[STREET_ADDRESS|1604 BLUEBONNET LN]]~
N4*[[LOCATION|ROUND ROCK]]*TX*[[ZIP|78664]]~
DMG*D8*[[DATE|19880512]]*M~
NM1*PR*2*UNITEDHEALTHCARE*****PI*87726~
CLM*[[OTHER_ID|VANT-55821]]*125***02:B:1*Y*A*Y*Y~
DTP*431*D8*[[DATE|20261120]]~
HI*ABK:F411*ABF:G4700~
NM1*82*1*[[PERSON|DESROSIERS]]*[[PERSON|AMARA]]****XX*[[LICENSE_NUMBER|1348355664]]~
PRV*PE*PXC*2084P0800X~
LX*1~
SV1*HC:99214:95*125*UN*1***1:2~
DTP*472*D8*[[DATE|20261203]]~
REF*6R*LN0001~
SE*26*0021~
""")

add("chat-709", "chat", """<?xml version="1.0" encoding="UTF-8"?>
<Message DatatypesVersion="2018R2" TransportVersion="2018R2" TransactionDomain="SCRIPT" TransactionVersion="2017071" StructuresVersion="2018R2" ECLVersion="2018R2">
  <Header>
    <To Qualifier="P">4471206</To>
    <From Qualifier="C">882213</From>
    <MessageID>5f1d0c9e2b8a4e7f9a10</MessageID>
    <SentTime>[[DATE|2026-12-07]]T13:05:44.2Z</SentTime>
    <PrescriberOrderNumber>[[OTHER_ID|RX-LT-00918834]]</PrescriberOrderNumber>
  </Header>
  <Body>
    <NewRx>
      <Patient>
        <HumanPatient>
          <Identification>
            <MedicalRecordIdentificationNumberEHR>[[MRN|LT-PT-339102]]</MedicalRecordIdentificationNumberEHR>
          </Identification>
          <Name>
            <LastName>[[PERSON|Al-Sayegh]]</LastName>
            <FirstName>[[PERSON|Yousef]]</FirstName>
            <MiddleName>[[PERSON|Karim]]</MiddleName>
          </Name>
          <Gender>M</Gender>
          <DateOfBirth><Date>[[DATE|1979-11-02]]</Date></DateOfBirth>
          <Address>
            <AddressLine1>[[STREET_ADDRESS|902 Orchard Ridge Ct]]</AddressLine1>
            <City>[[LOCATION|Dearborn]]</City>
            <StateProvince>MI</StateProvince>
            <PostalCode>[[ZIP|48126]]</PostalCode>
            <CountryCode>US</CountryCode>
          </Address>
          <CommunicationNumbers>
            <PrimaryTelephone><Number>[[PHONE|3135550187]]</Number></PrimaryTelephone>
            <ElectronicMail>[[EMAIL|yousef.alsayegh@example.com]]</ElectronicMail>
          </CommunicationNumbers>
        </HumanPatient>
      </Patient>
      <Pharmacy>
        <Identification><NCPDPID>4471206</NCPDPID></Identification>
        <BusinessName>[[LOCATION|Cedar Grove Pharmacy]]</BusinessName>
        <Address>
          <AddressLine1>[[STREET_ADDRESS|15010 Michigan Ave]]</AddressLine1>
          <City>[[LOCATION|Dearborn]]</City>
          <StateProvince>MI</StateProvince>
          <PostalCode>[[ZIP|48126]]</PostalCode>
        </Address>
        <CommunicationNumbers>
          <PrimaryTelephone><Number>[[PHONE|3135550110]]</Number></PrimaryTelephone>
          <Fax><Number>[[FAX|3135550111]]</Number></Fax>
        </CommunicationNumbers>
      </Pharmacy>
      <Prescriber>
        <NonVeterinarian>
          <Identification>
            <NPI>[[LICENSE_NUMBER|1663923328]]</NPI>
            <DEANumber>[[LICENSE_NUMBER|FN3904883]]</DEANumber>
            <StateLicenseNumber>[[LICENSE_NUMBER|4301129874]]</StateLicenseNumber>
          </Identification>
          <Name>
            <LastName>[[PERSON|Nwachukwu]]</LastName>
            <FirstName>[[PERSON|Fidelia]]</FirstName>
          </Name>
          <Address>
            <AddressLine1>[[STREET_ADDRESS|24 Frank Lloyd Wright Dr, Suite J3100]]</AddressLine1>
            <City>[[LOCATION|Ann Arbor]]</City>
            <StateProvince>MI</StateProvince>
            <PostalCode>[[ZIP|48105]]</PostalCode>
          </Address>
          <CommunicationNumbers>
            <PrimaryTelephone><Number>[[PHONE|7345550162]]</Number></PrimaryTelephone>
          </CommunicationNumbers>
        </NonVeterinarian>
      </Prescriber>
      <MedicationPrescribed>
        <DrugDescription>Ozempic 0.5 mg/dose (2 mg/3 mL) pen injector</DrugDescription>
        <DrugCoded><ProductCode><Code>00169413212</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>
        <Quantity><Value>3</Value><CodeListQualifier>38</CodeListQualifier></Quantity>
        <DaysSupply>28</DaysSupply>
        <WrittenDate><Date>[[DATE|2026-12-07]]</Date></WrittenDate>
        <Substitutions>0</Substitutions>
        <NumberOfRefills>2</NumberOfRefills>
        <Sig><SigText>Inject 0.5 mg subcutaneously once weekly</SigText></Sig>
        <Note>Pt travels; wife [[PERSON|Leila]] will pick up. Call pt cell before filling.</Note>
      </MedicationPrescribed>
    </NewRx>
  </Body>
</Message>
""")

add("chat-710", "chat", """{
  "id": "evt_1QdF4s2eZvKYlo2C8uJmTq9X",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1796655312,
  "type": "checkout.session.completed",
  "livemode": true,
  "pending_webhooks": 1,
  "request": {"id": "req_8Zk2mQ1uN7rWeT", "idempotency_key": "a7c19e02-55d1-4b8f-9e0a-3f6d2c1b7a44"},
  "data": {
    "object": {
      "id": "cs_live_a1Kx9PqR7sT2uV4wX6yZ8bC0dE",
      "object": "checkout.session",
      "amount_subtotal": 29900,
      "amount_total": 29900,
      "currency": "usd",
      "client_reference_id": "[[OTHER_ID|ord_118842]]",
      "customer": "[[ACCOUNT_NUMBER|cus_RzT81mQpLw4vXa]]",
      "customer_details": {
        "address": {
          "city": "[[LOCATION|Savannah]]",
          "country": "US",
          "line1": "[[STREET_ADDRESS|18 E Gordon St]]",
          "line2": "[[STREET_ADDRESS|Apt 3R]]",
          "postal_code": "[[ZIP|31401]]",
          "state": "GA"
        },
        "email": "[[EMAIL|florence.adeyemi-hart@example.com]]",
        "name": "[[PERSON|Florence Adeyemi-Hart]]",
        "phone": "[[PHONE|+19125550134]]",
        "tax_exempt": "none",
        "tax_ids": []
      },
      "metadata": {
        "patient_dob": "[[DATE|1990-02-28]]",
        "intake_id": "[[OTHER_ID|INTK-77102]]",
        "prescriber": "Dr. [[PERSON|Lars Petrov-Meyer]]",
        "pickup_branch": "[[LOCATION|Abercorn St]]",
        "plan": "hrt-3mo"
      },
      "payment_intent": "pi_3QdF4r2eZvKYlo2C0xPz7Lqa",
      "payment_status": "paid",
      "shipping_details": {
        "address": {
          "city": "[[LOCATION|Savannah]]",
          "country": "US",
          "line1": "[[STREET_ADDRESS|4410 Skidaway Rd]]",
          "line2": null,
          "postal_code": "[[ZIP|31404]]",
          "state": "GA"
        },
        "name": "[[PERSON|Ngozi Adeyemi]]"
      },
      "invoice": "in_1QdF4t2eZvKYlo2CwQ0p3Rz1",
      "receipt_url": "[[URL|https://pay.stripe.example.com/receipts/payment/CAcaFwoVYWNjdF8xT3pMN0s4ZQ]]",
      "status": "complete",
      "url": null
    }
  }
}
""")

add("chat-711", "chat", """{
  "id": "WH-7YX49823S2290830K-0JE13296W68552352",
  "event_version": "1.0",
  "create_time": "[[DATE|2026-12-06]]T22:41:09.112Z",
  "resource_type": "checkout-order",
  "resource_version": "2.0",
  "event_type": "CHECKOUT.ORDER.APPROVED",
  "summary": "An order has been approved by buyer",
  "resource": {
    "id": "5O190127TN364715T",
    "intent": "CAPTURE",
    "status": "APPROVED",
    "create_time": "[[DATE|2026-12-06]]T22:40:51Z",
    "payer": {
      "name": {"given_name": "[[PERSON|Rosalind]]", "surname": "[[PERSON|Achebe]]"},
      "email_address": "[[EMAIL|roz.achebe@example.net]]",
      "payer_id": "[[ACCOUNT_NUMBER|7ZL4QWPN2EXHU]]",
      "phone": {"phone_type": "MOBILE", "phone_number": {"national_number": "[[PHONE|6785550192]]"}},
      "address": {"country_code": "US"}
    },
    "purchase_units": [
      {
        "reference_id": "default",
        "invoice_id": "[[OTHER_ID|BLX-INV-2026-08812]]",
        "custom_id": "[[OTHER_ID|order_55710]]|pt:[[PERSON|Rosalind Achebe]]|dob:[[DATE|1948-10-30]]",
        "amount": {"currency_code": "USD", "value": "64.50"},
        "payee": {"email_address": "[[EMAIL|payments@brightleafrx.example.com]]", "merchant_id": "Q8WJ3BZK2L7PA"},
        "shipping": {
          "name": {"full_name": "[[PERSON|Olamide Achebe]]"},
          "address": {
            "address_line_1": "[[STREET_ADDRESS|2930 Peachtree Rd NW]]",
            "address_line_2": "[[STREET_ADDRESS|Unit 1104]]",
            "admin_area_2": "[[LOCATION|Atlanta]]",
            "admin_area_1": "GA",
            "postal_code": "[[ZIP|30305]]",
            "country_code": "US"
          }
        }
      }
    ],
    "links": [{"href": "https://api-m.paypal.example.com/v2/checkout/orders/5O190127TN364715T", "rel": "self", "method": "GET"}]
  }
}
""")

add("chat-712", "chat", """Mailchimp audience export (segment: glp1 + hrt waitlists), pulled for the dedupe job. don't forward this outside ops.

Email Address,First Name,Last Name,Address,Phone Number,Birthday,TAGS,MEMBER_RATING,OPTIN_TIME,OPTIN_IP,LAST_CHANGED,EUID,NOTES
[[EMAIL|jbautista.rn@example.com]],[[PERSON|Jolene]],[[PERSON|Bautista]],"[[STREET_ADDRESS|411 Magnolia Ave  Apt 2]]  [[LOCATION|Fairhope]]  AL  [[ZIP|36532]]  US",[[PHONE|251-555-0114]],[[DATE|09/17]],"glp1-waitlist,vip",4,[[DATE|2025-03-02]] 14:11:09,[[IP_ADDRESS|203.0.113.77]],[[DATE|2026-11-29]] 08:03:51,[[ACCOUNT_NUMBER|a81f3c09d2]],"asked if we ship to Georgia; husband [[PERSON|Dale]] also subscribed"
[[EMAIL|dale.bautista@example.com]],[[PERSON|Dale]],[[PERSON|Bautista]],"[[STREET_ADDRESS|411 Magnolia Ave  Apt 2]]  [[LOCATION|Fairhope]]  AL  [[ZIP|36532]]  US",,,glp1-waitlist,2,[[DATE|2025-03-04]] 19:40:02,[[IP_ADDRESS|203.0.113.77]],[[DATE|2025-03-04]] 19:41:15,[[ACCOUNT_NUMBER|b2290e7f14]],
[[EMAIL|paris.okonjo@example.org]],[[PERSON|Paris]],[[PERSON|Okonjo]],"[[STREET_ADDRESS|1906 Shiloh Rd]]  [[LOCATION|Tyler]]  TX  [[ZIP|75703]]  US",[[PHONE|(903) 555-0196]],[[DATE|12/01]],"hrt,sms-optin",5,[[DATE|2025-11-11]] 21:05:33,[[IP_ADDRESS|198.51.100.150]],[[DATE|2026-12-06]] 10:44:19,[[ACCOUNT_NUMBER|c7d1a04e88]],"prefers text. mom [[PERSON|Adaeze Okonjo]] is the actual patient, [[PERSON|Paris]] pays"
[[EMAIL|eunji.seo@example.net]],[[PERSON|Eun-ji]],[[PERSON|Seo]],"[[STREET_ADDRESS|2290 Willamette St]]  [[LOCATION|Eugene]]  OR  [[ZIP|97405]]  US",[[PHONE|541-555-0107]],,telehealth-derm,3,[[DATE|2026-01-20]] 07:59:10,[[IP_ADDRESS|192.0.2.231]],[[DATE|2026-10-02]] 16:20:05,[[ACCOUNT_NUMBER|d04b3e9a71]],
[[EMAIL|s.venkat@example.com]],[[PERSON|Siddharth]],[[PERSON|Venkataraman]],"[[STREET_ADDRESS|77 Marion St  Apt 9B]]  [[LOCATION|Brookline]]  MA  [[ZIP|02446]]  US",[[PHONE|+1 617 555 0142]],[[DATE|04/30]],glp1-waitlist,1,[[DATE|2026-06-14]] 12:00:00,[[IP_ADDRESS|203.0.113.19]],[[DATE|2026-06-14]] 12:00:00,[[ACCOUNT_NUMBER|e5f8a2c613]],"unsubscribed from sms [[DATE|6/20]], still ok for email"
""")

add("chat-713", "chat", """{
  "results": [
    {
      "id": "[[ACCOUNT_NUMBER|51873024119]]",
      "properties": {
        "createdate": "[[DATE|2026-10-02]]T17:20:44.512Z",
        "email": "[[EMAIL|rukhsana.baig@example.com]]",
        "firstname": "[[PERSON|Rukhsana]]",
        "lastname": "[[PERSON|Baig]]",
        "phone": "[[PHONE|+1 (469) 555-0114]]",
        "address": "[[STREET_ADDRESS|5809 Legacy Dr, Apt 1220]]",
        "city": "[[LOCATION|Plano]]",
        "state": "TX",
        "zip": "[[ZIP|75024]]",
        "date_of_birth": "[[DATE|1983-04-27]]",
        "company": "Meridian Freightways",
        "jobtitle": "Dispatcher",
        "hs_object_id": "[[ACCOUNT_NUMBER|51873024119]]",
        "hubspot_owner_id": "[[OTHER_ID|88120443]]",
        "hs_lead_status": "CONNECTED",
        "lifecyclestage": "customer",
        "notes_last_contacted": "[[DATE|2026-12-01]]T15:00:00Z",
        "preferred_pharmacy": "Tom Thumb Pharmacy – [[LOCATION|Coit Rd]]",
        "insurance_member_id": "[[HEALTH_PLAN_ID|ZQB771203345]]",
        "notes": "Called re: Wegovy PA. Husband [[PERSON|Imran Baig]] is on the account as secondary contact. Spoke w/ Dr. [[PERSON|Okereke]]'s MA ([[PERSON|Tasha]]) [[DATE|11/30]], PA resubmitted."
      },
      "createdAt": "[[DATE|2026-10-02]]T17:20:44.512Z",
      "updatedAt": "[[DATE|2026-12-01]]T15:02:10.001Z",
      "archived": false
    },
    {
      "id": "[[ACCOUNT_NUMBER|51873025502]]",
      "properties": {
        "createdate": "[[DATE|2026-11-18]]T09:02:11.000Z",
        "email": "[[EMAIL|austin.fairweather@example.net]]",
        "firstname": "[[PERSON|Austin]]",
        "lastname": "[[PERSON|Fairweather]]",
        "phone": null,
        "mobilephone": "[[PHONE|+1 512-555-0193]]",
        "address": "[[STREET_ADDRESS|4700 Duval St]]",
        "city": "[[LOCATION|Austin]]",
        "state": "TX",
        "zip": "[[ZIP|78751]]",
        "date_of_birth": "[[DATE|2000-02-29]]",
        "company": null,
        "hs_object_id": "[[ACCOUNT_NUMBER|51873025502]]",
        "hubspot_owner_id": "[[OTHER_ID|88120443]]",
        "lifecyclestage": "lead",
        "hs_analytics_source": "PAID_SOCIAL",
        "notes": "Asked about ED med pricing. A roommate called on his behalf earlier, said his name was [[PERSON|Jordan]]. Do not discuss without consent on file."
      },
      "createdAt": "[[DATE|2026-11-18]]T09:02:11.000Z",
      "updatedAt": "[[DATE|2026-11-18]]T09:40:37.220Z",
      "archived": false
    }
  ]
}
""")

add("chat-714", "chat", """-- 0412_merge_dupes.sql   (author: [[OTHER_ID|k.osei]])
-- run on prod replica first!!
BEGIN;

INSERT INTO patients (id, mrn, first_name, last_name, dob, sex, phone, email, address_line1, address_line2, city, state, zip, created_at)
VALUES
  ([[MRN|90211]], '[[MRN|TH-0448120]]', '[[PERSON|Bogdan]]', '[[PERSON|Ilić]]', '[[DATE|1967-05-09]]', 'M', '[[PHONE|+1-718-555-0193]]', '[[EMAIL|bogdan.ilic@example.com]]', '[[STREET_ADDRESS|2145 Ocean Pkwy]]', '[[STREET_ADDRESS|Apt 6F]]', '[[LOCATION|Brooklyn]]', 'NY', '[[ZIP|11223]]', '[[DATE|2026-12-07]] 10:02:11'),
  ([[MRN|90212]], '[[MRN|TH-0448121]]', '[[PERSON|Wanjiru]]', '[[PERSON|Mwangi-Hollis]]', '[[DATE|1994-12-30]]', 'F', '[[PHONE|(646) 555-0127]]', NULL, '[[STREET_ADDRESS|88 Avenue C]]', NULL, '[[LOCATION|New York]]', 'NY', '[[ZIP|10009]]', NOW());

UPDATE patients SET phone = '[[PHONE|917-555-0161]]', email = '[[EMAIL|w.mwangi.h@example.org]]' WHERE mrn = '[[MRN|TH-0448121]]';

UPDATE insurance
   SET member_id = '[[HEALTH_PLAN_ID|YLX830047712]]', group_no = '[[HEALTH_PLAN_ID|00781]]',
       subscriber_name = '[[PERSON|Hollis, Trevor]]', subscriber_dob = '[[DATE|1991-07-04]]'
 WHERE patient_id = [[MRN|90212]];

DELETE FROM appointments WHERE patient_id = [[MRN|90211]] AND starts_at::date = '[[DATE|2026-12-09]]';

INSERT INTO audit_log (actor, action, ip, note)
VALUES ('[[OTHER_ID|asha.pillai]]', 'merge', '[[IP_ADDRESS|198.51.100.88]]', 'merged dup of [[PERSON|Bogdan Ilic]] (old MRN [[MRN|TH-0399871]]) per ticket [[OTHER_ID|ZD-66120]]');

COMMIT;
-- expected: INSERT 0 2 / UPDATE 1 / UPDATE 1 / DELETE 1 / INSERT 0 1
""")

add("chat-715", "chat", """analytics=> SELECT o.order_no, c.full_name, c.dob, o.ship_city, o.ship_zip, o.rx_no, o.status, o.updated_at
analytics->   FROM orders o JOIN customers c USING (customer_id)
analytics->  WHERE o.status = 'ON_HOLD' ORDER BY o.updated_at DESC LIMIT 5;
 order_no  |      full_name       |    dob     |  ship_city   | ship_zip |  rx_no  | status  |     updated_at
-----------+----------------------+------------+--------------+----------+---------+---------+---------------------
 [[OTHER_ID|BL-771930]] | [[PERSON|Hemi Tawhiri]]         | [[DATE|1985-06-17]] | [[LOCATION|Lafayette]]    | [[ZIP|70503]]    | [[OTHER_ID|7730192]] | ON_HOLD | [[DATE|2026-12-07]] 08:41:02
 [[OTHER_ID|BL-771921]] | [[PERSON|Ngozi Eze-Whitaker]]   | [[DATE|1972-01-09]] | [[LOCATION|Jackson]]      | [[ZIP|39216]]    | [[OTHER_ID|7730187]] | ON_HOLD | [[DATE|2026-12-07]] 08:12:55
 [[OTHER_ID|BL-771877]] | [[PERSON|Carmen Sofía Ruiz]]    | [[DATE|1961-10-25]] | [[LOCATION|St. George]]   | [[ZIP|84790]]    | [[OTHER_ID|7729940]] | ON_HOLD | [[DATE|2026-12-06]] 19:30:17
 [[OTHER_ID|BL-771802]] | [[PERSON|dakota brightwater]]   | [[DATE|2001-03-03]] | [[LOCATION|Marion]]       | [[ZIP|62959]]    | [[OTHER_ID|7729611]] | ON_HOLD | [[DATE|2026-12-06]] 11:05:48
 [[OTHER_ID|BL-771799]] | [[PERSON|Lê Văn Thịnh]]         | [[DATE|1939-08-14]] | [[LOCATION|Garden Grove]] | [[ZIP|92844]]    | [[OTHER_ID|7729587]] | ON_HOLD | [[DATE|2026-12-05]] 22:59:00
(5 rows)

Time: 41.377 ms
analytics=> -- why is [[OTHER_ID|771877]] still on hold? @[[OTHER_ID|rafael.m]] can you check, her daughter [[PERSON|Inés]] called twice today
""")

add("chat-716", "chat", """[[[DATE|2026-12-07]] 11:32:08,441] ERROR in app: Exception on /api/v2/intake/submit [POST]
Traceback (most recent call last):
  File "/srv/calmwater/venv/lib/python3.11/site-packages/flask/app.py", line 1473, in wsgi_app
    response = self.full_dispatch_request()
  File "/srv/calmwater/app/intake/views.py", line 212, in submit
    patient = normalize_patient(payload)
  File "/srv/calmwater/app/intake/normalize.py", line 88, in normalize_patient
    dob = parse_dob(p["dob"], country=p.get("country"))
  File "/srv/calmwater/app/intake/normalize.py", line 41, in parse_dob
    raise ValueError(f"unparseable dob {raw!r} for {p['last']}, {p['first']}")
ValueError: unparseable dob '[[DATE|31/11/1958]]' for [[PERSON|Okonkwo, Chidinma]]

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/srv/calmwater/app/intake/views.py", line 219, in submit
    log.warning("intake failed payload=%s", json.dumps(payload))
  File "/usr/lib/python3.11/json/__init__.py", line 231, in dumps
    return _default_encoder.encode(obj)
TypeError: Object of type Decimal is not JSON serializable

Local variables in submit():
  payload = {'first': '[[PERSON|Chidinma]]', 'last': '[[PERSON|Okonkwo]]', 'dob': '[[DATE|31/11/1958]]', 'email': '[[EMAIL|chidinma.okonkwo@example.co.uk]]', 'phone': '[[PHONE|+44 7700 900412]]', 'postcode': '[[ZIP|LS6 2AB]]', 'city': '[[LOCATION|Leeds]]', 'country': 'GB', 'nhs_number': '[[HEALTH_PLAN_ID|943 476 5919]]', 'weight_kg': Decimal('88.4'), 'gp_name': 'Dr [[PERSON|Rupert Ashdown]]', 'gp_surgery': '[[LOCATION|Headingley Lane Surgery]]'}
  request_id = '7c2e91b0f4a84d1c8f0e'
  build = 'web-2026.48.3'
""")

add("chat-717", "chat", """[[IP_ADDRESS|198.51.100.14]] - - [[[DATE|07/Dec/2026]]:06:25:31 +0000] "GET /book?email=[[EMAIL|marisol.quintero%40example.com]]&dob=[[DATE|1976-02-19]]&first=[[PERSON|Marisol]]&last=[[PERSON|Quintero]]&zip=[[ZIP|85716]]&utm_source=meta HTTP/2.0" 302 0 "https://ads.example.net/l?c=glp1-winter" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"
[[IP_ADDRESS|198.51.100.14]] - - [[[DATE|07/Dec/2026]]:06:25:33 +0000] "GET /book/confirm?appt=[[OTHER_ID|APT-302981]]&name=[[PERSON|Marisol+Quintero]]&phone=[[PHONE|%2B15205550139]] HTTP/2.0" 200 5123 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
[[IP_ADDRESS|2001:db8:4a1:22::7]] - [[OTHER_ID|jtorres]] [[[DATE|07/Dec/2026]]:06:31:02 +0000] "POST /admin/patients/[[MRN|pt_004417]]/notes HTTP/1.1" 201 88 "[[URL|https://admin.calmwater.example.com/patients/pt_004417]]" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
[[IP_ADDRESS|203.0.113.201]] - - [[[DATE|07/Dec/2026]]:06:40:19 +0000] "GET /api/lookup?ssn=[[SSN|987-65-4322]]&lname=[[PERSON|Yazzie]] HTTP/1.1" 403 19 "-" "python-requests/2.32.3"
[[IP_ADDRESS|192.0.2.45]] - - [[[DATE|07/Dec/2026]]:06:41:57 +0000] "GET /static/js/app.3f9c2e1.js HTTP/1.1" 200 482113 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
[[IP_ADDRESS|192.0.2.45]] - - [[[DATE|07/Dec/2026]]:06:42:10 +0000] "GET /rx/status?order=[[OTHER_ID|BL-771930]]&dob=[[DATE|06%2F17%2F1985]] HTTP/1.1" 200 733 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
""")

add("chat-718", "chat", """[[DATE|2026-12-07]]T14:02:11.882Z INFO  [sms-worker] sent reminder to=[[PHONE|+13055550171]] template=appt_reminder_v3 appt_id=[[OTHER_ID|APT-303114]] pt="[[PERSON|Guadalupe Rentería]]" clinic="[[LOCATION|Coral Way]]"
[[DATE|2026-12-07]]T14:02:12.004Z WARN  [eligibility] payer timeout payer_id=77027 member_id=[[HEALTH_PLAN_ID|MCD5502281937]] dob=[[DATE|19431205]] retry=2/3
{"ts":"[[DATE|2026-12-07]]T14:02:13.517Z","level":"error","svc":"fax-gateway","msg":"fax failed: no answer","to":"[[FAX|+1 305 555 0155]]","csid":"DR [[PERSON|ABARA]] OFFICE","pages":3,"job":"fx_9a1c20","patient":"[[PERSON|Rentería, Guadalupe]]","mrn":"[[MRN|CW-0107733]]"}
{"ts":"[[DATE|2026-12-07]]T14:02:15.090Z","level":"info","svc":"auth","event":"login","user":"[[OTHER_ID|g.renteria1943]]","ip":"[[IP_ADDRESS|198.51.100.203]]","ua":"Mozilla/5.0","mfa":"sms","mfa_phone":"***-***-0171"}
[[DATE|2026-12-07]]T14:02:19.771Z DEBUG [cgm-sync] upload ok device="Dexcom G7" sn=[[DEVICE_ID|4JQ7R2XK9P]] readings=288 user=[[MRN|pt_008812]]
[[DATE|2026-12-07]]T14:02:20.118Z INFO  [deploy] web@2026.12.7-rc3 sha=9f3e1c2 by ci-bot, 0 errors
[[DATE|2026-12-07]]T14:02:24.300Z INFO  [checkout] address verified line1="[[STREET_ADDRESS|7720 SW 24th St]]" city="[[LOCATION|Miami]]" zip="[[ZIP|33155]]" customer=[[ACCOUNT_NUMBER|cus_Q2m8TzL0aa91Bf]] score=0.98
""")

add("chat-719", "chat", """can someone tell me why this token gets a 401 on /v1/refills? decoded it on jwt.io, sig verifies fine. the user says she can log in to the app but not refill.

HEADER:
{
  "alg": "RS256",
  "kid": "c2f1-2026-11",
  "typ": "JWT"
}
PAYLOAD:
{
  "iss": "https://auth.lumenhealth.example.com/",
  "sub": "auth0|[[ACCOUNT_NUMBER|64f1c9e2a7b3d50012ab9f41]]",
  "aud": ["https://api.lumenhealth.example.com", "https://lumenhealth.us.auth0.example.com/userinfo"],
  "iat": 1796660400,
  "exp": 1796664000,
  "azp": "Zq81XlmP0tYb",
  "scope": "openid profile email refills:read",
  "email": "[[EMAIL|teodora.basa@example.com]]",
  "email_verified": true,
  "name": "[[PERSON|Teodora Basa-Lim]]",
  "nickname": "[[OTHER_ID|teddyb]]",
  "https://lumenhealth.example.com/claims/patient_id": "[[MRN|PT-5561207]]",
  "https://lumenhealth.example.com/claims/dob": "[[DATE|1951-01-18]]",
  "https://lumenhealth.example.com/claims/state": "HI",
  "https://lumenhealth.example.com/claims/phone": "[[PHONE|+1 808 555 0124]]",
  "updated_at": "[[DATE|2026-12-07]]T17:40:00.000Z"
}
SIGNATURE: verified

scope only has refills:read, that's your 401. she needs refills:write, re-consent flow. — [[PERSON|Noelani]]
""")

add("chat-720", "chat", """copied as cURL from devtools, this is the request that 500s when she saves her new insurance:

curl '[[URL|https://api.brightleafrx.example.com/v1/patients/pt_009931/insurance]]' \\
  -X PUT \\
  -H 'accept: application/json' \\
  -H 'authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwdF8wMDk5MzEifQ.Qk3vR8x' \\
  -H 'content-type: application/json' \\
  -H 'cookie: _ga=GA1.2.1839201.1796600000; session=9f8e7d6c5b4a3f2e' \\
  -H 'x-forwarded-for: [[IP_ADDRESS|203.0.113.58]]' \\
  --data-raw '{"member_id":"[[HEALTH_PLAN_ID|XEH448210773]]","group":"[[HEALTH_PLAN_ID|174400M1]]","subscriber":{"first":"[[PERSON|Anneliese]]","last":"[[PERSON|Gruber-Oyelowo]]","dob":"[[DATE|03/08/1968]]","relationship":"self"},"payer":"Anthem BCBS","rx_bin":"003858","rx_pcn":"A4"}'

and the matching HAR entry:

{"startedDateTime":"[[DATE|2026-12-07]]T18:22:41.903Z","time":812.4,"request":{"method":"PUT","url":"[[URL|https://api.brightleafrx.example.com/v1/patients/pt_009931/insurance]]","headers":[{"name":"Referer","value":"[[URL|https://portal.brightleafrx.example.com/login?next=%2Faccount&email=anneliese.go%40example.de]]"}]},"response":{"status":500,"content":{"mimeType":"application/json","text":"{\\"error\\":\\"subscriber.dob must be YYYY-MM-DD\\",\\"patient\\":\\"[[PERSON|Anneliese Gruber-Oyelowo]]\\",\\"phone\\":\\"[[PHONE|(720) 555-0106]]\\"}"}},"serverIPAddress":"[[IP_ADDRESS|192.0.2.10]]","connection":"443"}
""")

add("chat-721", "chat", """Customer reviews · Lumière Naturals Vitamin D3 + K2, 5000 IU, 90 softgels

★★★★★ Sooo much better than the store brand
By [[PERSON|Marguerite D.]] on [[DATE|November 28, 2026]] · Verified Purchase · Size: 90 count
My husband [[PERSON|Gerald]] (he's [[AGE|91]]!) has been on these since the summer and his levels finally came up. We get them delivered to our place in [[LOCATION|Bowling Green]], so no more driving out to the CVS on [[LOCATION|Scottsville Rd]].
42 people found this helpful · Report

★★☆☆☆ Box came crushed
By [[PERSON|Chase Whitlock]] on [[DATE|December 2, 2026]] · Verified Purchase · Size: 180 count
Ordered for my mom, order #[[OTHER_ID|114-8820731-5521093]], arrived with the seal broken. Customer service (shoutout to [[PERSON|Yesenia]]) replaced it fast tho.
3 people found this helpful · Report

Questions & Answers
Q: Can I take this with Eliquis? My INR is not an issue since I'm not on warfarin.
   asked by [[PERSON|Aiko]] from [[LOCATION|Honolulu]] · 2 weeks ago
A: I asked Dr. [[PERSON|Farnsworth]] at [[LOCATION|Kaimana Family Health]] the same thing and she said fine for me, but ask yours.
   answered by [[OTHER_ID|PharmDave77]] · 1 week ago
A: (Seller) Hi [[PERSON|Aiko]], please check with your prescriber before combining. Our pharmacists can help at [[PHONE|1-888-555-0163]], 8–8 ET. – Lumière Naturals Team
Q: does the 5000 IU come in a 1/2 strength? 2000 IU?
   asked by A shopper · 3 days ago
""")

add("chat-722", "chat", """[[LOCATION|Westgate Compounding Pharmacy]] · 4.1 ★ (212 Google reviews)

[[PERSON|Haleigh Brandt-Osei]] · Local Guide · 38 reviews · 2 weeks ago
★☆☆☆☆ Called 4 times about my son [[PERSON|Brantley]]'s ADHD med. The pharmacist (I think [[PERSON|Gwen]]?) said the prior auth was faxed [[DATE|Nov 12]]. Nothing. Finally went in person to the [[LOCATION|Orchard Rd]] store in [[LOCATION|Clovis]] and the tech, [[PERSON|Mateo]], sorted it in 10 min. Two stars for him, minus one for the runaround.
  Response from the owner · 1 week ago
  [[PERSON|Haleigh]], we're sorry about the delay. We located [[PERSON|Brantley]]'s PA (ref [[OTHER_ID|PA-2026-33817]]) and Dr. [[PERSON|Kemper]]'s office approved it on [[DATE|11/30]]. Please ask for me directly next time. — [[PERSON|Gwendolyn Achterberg]], PharmD, PIC

[[PERSON|Rustam Yusupov]] · 5 reviews · a month ago
★★★★★ They compounded my dad's (he's [[AGE|93]]) lidocaine cream when nobody else in town would. Ask for [[PERSON|Priya]] at the counter, she remembers everyone.
  Response from the owner · a month ago
  Thank you [[PERSON|Rustam]]! Please tell your father [[PERSON|Bakhtiyor]] we said hi. — [[PERSON|PN]]

[[PERSON|Ana Lucía Ferrer]] · 1 review · 3 days ago
★★★★☆ good prices on the Wegovy alternative, parking is bad. also my cat Mochi's gabapentin is cheaper here than the vet lol
""")

add("chat-723", "chat", """Trustpilot › Health & Medical › Pharmacies › Vitalia Direct
TrustScore 3.2 · 1,904 reviews

[[PERSON|KO]]  [[PERSON|Kwabena Owusu-Ansah]] · GB · 3 reviews
Rated 1 out of 5 stars · [[DATE|Dec 3, 2026]]
Still waiting for my refund
Ordered finasteride on [[DATE|14 November]] (order [[OTHER_ID|VD-2026-448117]]) and cancelled the same day. Got three "we're on it" emails to [[EMAIL|kwabena.oa@example.co.uk]] and nothing else. The parcel was even sent to [[STREET_ADDRESS|Flat 4, 27 Melrose Gardens]], [[LOCATION|Reading]] [[ZIP|RG1 5BT]] after I cancelled. Avoid.
Date of experience: [[DATE|November 14, 2026]]
  Reply from Vitalia Direct · [[DATE|Dec 4, 2026]]
  Hi [[PERSON|Kwabena]], I'm really sorry. I've escalated ticket #[[OTHER_ID|TP-99218]] to our payments team and you should see the refund within 5 working days. [[PERSON|Sophie R.]], Customer Care

[[PERSON|AB]]  [[PERSON|Aoife Brennan-Mulcahy]] · IE · 1 review
Rated 5 out of 5 stars · [[DATE|Nov 29, 2026]]
Fast and kind
My GP, Dr [[PERSON|Ní Bhriain]] at [[LOCATION|Ballyvolane Medical Centre]] in [[LOCATION|Cork]], sent the script on a Friday and it was at my door in [[LOCATION|Glanmire]] on the Monday. Lovely pharmacist [[PERSON|Declan]] rang to check the dose.
Date of experience: [[DATE|November 27, 2026]]

Mr Customer · GB · 12 reviews
Rated 3 out of 5 stars · [[DATE|Nov 20, 2026]]
ok but the app logs me out constantly. Version 7.4.12.
""")

add("chat-724", "chat", """r/Semaglutide · Posted by u/[[OTHER_ID|prairie_lily_84]] · 6h
Pharmacy in [[LOCATION|Lubbock]] switched my compounded sema and now I'm nauseous af — anyone else??

Long story short: started 0.25 mg in August, I'm at 1 mg now. My NP ([[PERSON|Jolie]] at [[LOCATION|Caprock Wellness]]) says the new vials are "the same" but the color is different and the BUD label looks off. My order # is [[OTHER_ID|CW-22871]] if anyone from [[LOCATION|Caprock]] reads this lol. Also they shipped it to my OLD address on [[STREET_ADDRESS|34th St]] even though I updated it twice.

EDIT: they called me back (shoutout [[PERSON|Tomasz]]). For the people DMing me, no I'm not giving out my number, it's [[PHONE|806-555-0137]] only for my mom lol JK that's my work line, please don't call it.

  ⬆ 57 · 💬 23 comments

  u/[[OTHER_ID|bigsky_deb]] · 4h
  Same thing happened to me in [[LOCATION|Billings]]. Dr. [[PERSON|Ostrowski]] at [[LOCATION|Yellowstone Valley Weight Clinic]] switched me to a different 503B and the first week was rough. It settled by week 3.

    u/[[OTHER_ID|prairie_lily_84]] (OP) · 3h
    @[[OTHER_ID|bigsky_deb]] did you get a refund for the old vials? I'm [[PERSON|Lily]] btw, [[PERSON|Lily Harjo]], I think we met at the meetup in [[LOCATION|Amarillo]] on [[DATE|Oct 18]]!

  u/AutoModerator · 6h
  Reminder: do not post personal information (phone numbers, addresses, order numbers). Posts that do will be removed. I am a bot.
""")

add("chat-725", "chat", """CareCircle Forums › Caregivers › Dementia & memory
Topic: Moved Mum into care — is this normal??

Post by [[OTHER_ID|HelenaM_Yorks]] » Sat [[DATE|5 Dec 2026]] 9:41 pm
Location: [[LOCATION|Harrogate]]
Joined: [[DATE|Mar 2019]]
Posts: 212

Hi all, long time reader. Mum ([[PERSON|Dorothy]], [[AGE|94]] in January) went into [[LOCATION|Birchwood Lodge]] on [[DATE|23 November]] after her second fall. She keeps asking for Dad, who died in 2021, and the staff just tell her he's "at work". Her GP at [[LOCATION|Kingswood Surgery]] says that's kinder than correcting her every time. The manager, a lovely lady called [[PERSON|Precious]], agrees. Is this normal?? It feels like lying.

--
[[PERSON|Helena]] — carer for Mum (vascular dementia) & Dad (Parkinson's, RIP 2021)

Re: Moved Mum into care
Post by [[OTHER_ID|keith_from_kent]] » Sun [[DATE|6 Dec 2026]] 8:02 am
Location: [[LOCATION|Tunbridge Wells]]

[[PERSON|Helena]], yes, it's called therapeutic fibbing and our Admiral nurse ([[PERSON|Sunita]]) suggested it for my wife [[PERSON|Maureen]] too. Don't beat yourself up. [[LOCATION|Birchwood]] has a good name round here.
[[PERSON|Keith]]
""")

add("chat-726", "chat", """==============================================================
Guild: Lumen Patients Community
Channel: support-desk (help with orders)
Topic: No personal info in public channels please!
==============================================================

[[[DATE|12/7/2026]] 9:02 AM] [[OTHER_ID|mochi.kat]]#0
hey @[[PERSON|Rhea]] (mod) my refill still says pending, order [[OTHER_ID|LMN-88210]]

[[[DATE|12/7/2026]] 9:04 AM] [[PERSON|Rhea]] | Lumen Support
hi! can you DM me your full name + DOB? please don't post it here 🙏

[[[DATE|12/7/2026]] 9:05 AM] [[OTHER_ID|mochi.kat]]#0
oops too late: [[PERSON|Katarzyna "Kasia" Wróblewska]], [[DATE|7/22/1996]], ship to [[STREET_ADDRESS|1550 W Fullerton Ave #3]], [[LOCATION|Chicago]] [[ZIP|60614]] lol

[[[DATE|12/7/2026]] 9:05 AM] [[PERSON|Rhea]] | Lumen Support
deleting that msg for you 😅 got it from your account. the hold is because your PCP Dr. [[PERSON|Abimbola Ferreira]] hasn't sent back the form yet, I'll nudge her office

[[[DATE|12/7/2026]] 9:07 AM] [[OTHER_ID|big_tony_b]]
@[[OTHER_ID|mochi.kat]] same!! my cat Pierogi is judging me for refreshing the app every 5 min

[[[DATE|12/7/2026]] 9:12 AM] [[OTHER_ID|mochi.kat]]#0
{Attachments}
[[URL|https://cdn.discordapp.example.com/attachments/1183392011/1183399207/insurance_card_front_wroblewska.jpg]]

[[[DATE|12/7/2026]] 9:13 AM] [[PERSON|Rhea]] | Lumen Support
@[[OTHER_ID|mochi.kat]] removed that one too. DM only!!
""")

add("chat-727", "chat", """{
 "name": "[[LOCATION|Farmacia Santa Lucía]] – pedidos",
 "type": "personal_chat",
 "id": [[OTHER_ID|5512093374]],
 "messages": [
  {
   "id": 40211,
   "type": "message",
   "date": "[[DATE|2026-12-06]]T19:03:11",
   "date_unixtime": "1796583791",
   "from": "[[PERSON|Valentina Choque]]",
   "from_id": "user[[OTHER_ID|5512093374]]",
   "text": "Buenas noches! soy la nieta de Don [[PERSON|Eusebio Choque Mamani]], necesita su insulina glargina, se le acaba el lunes. Su CI es [[OTHER_ID|4821093]] LP. Dirección: [[STREET_ADDRESS|Av. Ecuador 2431]], [[LOCATION|Sopocachi]], [[LOCATION|La Paz]]"
  },
  {
   "id": 40212,
   "type": "message",
   "date": "[[DATE|2026-12-06]]T19:10:45",
   "date_unixtime": "1796584245",
   "from": "[[LOCATION|Farmacia Santa Lucía]]",
   "from_id": "user[[OTHER_ID|6020017781]]",
   "text": "Buenas noches [[PERSON|Valentina]]. Necesitamos la receta vigente del Dr. [[PERSON|Huanca]] y un número de contacto. Atte. Lic. [[PERSON|Ramiro Quispe]], farmacéutico"
  },
  {
   "id": 40213,
   "type": "message",
   "date": "[[DATE|2026-12-06]]T19:12:02",
   "date_unixtime": "1796584322",
   "from": "[[PERSON|Valentina Choque]]",
   "from_id": "user[[OTHER_ID|5512093374]]",
   "text": [
    "mi cel es ",
    {"type": "phone", "text": "[[PHONE|+591 71550142]]"},
    " y la receta se la reenvío"
   ]
  },
  {
   "id": 40214,
   "type": "message",
   "date": "[[DATE|2026-12-06]]T19:12:40",
   "date_unixtime": "1796584360",
   "from": "[[PERSON|Valentina Choque]]",
   "from_id": "user[[OTHER_ID|5512093374]]",
   "forwarded_from": "Dra. [[PERSON|Cecilia Vargas Huanca]]",
   "photo": "photos/photo_3@[[DATE|06-12-2026]]_19-12-40.jpg",
   "width": 960,
   "height": 1280,
   "text": "Receta: insulina glargina 100 UI/mL, 20 UI noche. Pac. [[PERSON|Eusebio Choque M.]], 81 años. Fecha: [[DATE|2/12/2026]]"
  },
  {
   "id": 40215,
   "type": "message",
   "date": "[[DATE|2026-12-07]]T08:30:19",
   "date_unixtime": "1796635819",
   "from": "[[LOCATION|Farmacia Santa Lucía]]",
   "from_id": "user[[OTHER_ID|6020017781]]",
   "text": "Listo, lo enviamos hoy con moto a [[LOCATION|Sopocachi]] antes de las 12. Gracias!"
  }
 ]
}
""")

add("chat-728", "chat", """微信聊天记录 · 与「[[PERSON|Amy 王]] (药房)」
—————————— [[DATE|2026-12-05]] ——————————
20:14  [[PERSON|李秀英]]的女儿 [[PERSON|Jessica]]:
[[PERSON|王]]药师您好，我妈妈[[PERSON|李秀英]]（[[DATE|1938年4月2日]]出生）的 Eliquis 快没了，能不能寄到 [[LOCATION|Flushing]] 的新地址？ [[STREET_ADDRESS|41-25 Kissena Blvd Apt 5C]], [[LOCATION|Flushing]], NY [[ZIP|11355]]
20:20  [[PERSON|Amy 王]] (药房):
收到～ 请提供保险卡上的 member ID 和您妈妈的电话，谢谢
20:23  [[PERSON|Jessica]]:
Member ID: [[HEALTH_PLAN_ID|HFX90441822]]，电话 [[PHONE|(718) 555-0109]]。我的微信号是 [[OTHER_ID|jess_li_0402]]，有事直接加我
20:25  [[PERSON|Amy 王]] (药房):
好的，已更新。[[PERSON|Chen Weiming]] 医生那边我们已经传真到 [[FAX|(718) 555-0170]] 要 refill authorization 了，一般 1-2 个工作日。
20:26  [[PERSON|Amy 王]] (药房):
[图片]
—————————— [[DATE|2026-12-06]] ——————————
09:02  [[PERSON|Jessica]]:
thank you! 另外我爸爸（88岁）的 metformin 500mg 也一起寄吧，他叫 [[PERSON|Zhang Guoqiang]]，DOB [[DATE|1937/11/19]]，同一个地址
09:40  [[PERSON|Amy 王]] (药房):
没问题，[[PERSON|张]]先生的我们 [[DATE|12月8日]] 一起寄出 🙂
""")

add("chat-729", "chat", """[LINE] ประวัติการแชทกับ [[LOCATION|Sukhumvit Care Pharmacy]]
วันที่บันทึก: [[DATE|07/12/2026]] 20:41

วันอาทิตย์, [[DATE|06/12/2026]]
10:12	[[PERSON|Ploy Srisuk]]	สวัสดีค่ะ ขอสั่งยาความดันให้คุณยายค่ะ ชื่อ นาง[[PERSON|บุญมี ศรีสุข]] อายุ [[AGE|92]] ปี เกิด [[DATE|3 มี.ค. 2477]]
10:13	[[PERSON|Ploy Srisuk]]	ส่งที่ [[STREET_ADDRESS|88/14 ซอยสุขุมวิท 39]] [[LOCATION|แขวงคลองตันเหนือ]] [[LOCATION|เขตวัฒนา]] [[LOCATION|กรุงเทพฯ]] [[ZIP|10110]] นะคะ
10:15	[[LOCATION|Sukhumvit Care Pharmacy]]	ได้ค่ะ รบกวนขอเลขบัตรประชาชนของคุณยาย และเบอร์โทรติดต่อค่ะ ภญ.[[PERSON|กมลวรรณ]]
10:18	[[PERSON|Ploy Srisuk]]	[[OTHER_ID|1-1014-00223-45-5]] ค่ะ เบอร์หนู [[PHONE|081 555 0123]] LINE ID: [[OTHER_ID|ploy.ss]] ค่ะ
10:19	[[PERSON|Ploy Srisuk]]	[รูปภาพ]
10:21	[[PERSON|Ploy Srisuk]]	หมอที่ [[LOCATION|รพ.สายธารา]] คือ Dr. [[PERSON|Anan Wongsawat]] (นพ.[[PERSON|อนันต์ วงศ์สวัสดิ์]]) ใบสั่งยาวันที่ [[DATE|1 ธ.ค. 69]] ค่ะ
10:30	[[LOCATION|Sukhumvit Care Pharmacy]]	ok ka รับทราบค่ะ amlodipine 5 mg 1x1 หลังอาหารเช้า จะส่ง Kerry วันจันทร์นะคะ
วันจันทร์, [[DATE|07/12/2026]]
09:05	[[LOCATION|Sukhumvit Care Pharmacy]]	ส่งแล้วค่ะ เลขพัสดุ [[OTHER_ID|KERDO1234567890]] ค่ะ
09:07	[[PERSON|Ploy Srisuk]]	thank you na ka 🙏 แม่จะเป็นคนรับของค่ะ ชื่อ [[PERSON|สมใจ ศรีสุข]]
""")

add("chat-730", "chat", """Date,Time,Sender Name,Sender Phone Number,Message
[[DATE|07/12/2026]],08:14:02,[[PERSON|Оксана Мельник]],[[PHONE|+380 67 555 0143]],"Доброго ранку! Це [[PERSON|Оксана]], донька [[PERSON|Петра Мельника]]. Тато зараз у лікарні — [[LOCATION|Saint Basil Medical Center]], [[LOCATION|Parma]], room 412. Потрібні його ліки на виписку"
[[DATE|07/12/2026]],08:15:40,[[LOCATION|Аптека Ruthenia Rx]],[[PHONE|+1 440 555 0118]],"Доброго ранку, пані [[PERSON|Оксано]]. Потрібна дата народження пацієнта і номер Medicare, будь ласка."
[[DATE|07/12/2026]],08:19:11,[[PERSON|Оксана Мельник]],[[PHONE|+380 67 555 0143]],"DOB [[DATE|11.03.1934]], Medicare [[HEALTH_PLAN_ID|5JR2-XK7-HN48]]. Адреса: [[STREET_ADDRESS|6012 State Rd]], [[LOCATION|Parma]], OH [[ZIP|44134]]. His doctor is Dr. [[PERSON|Iryna Savchuk]], вона вже відправила e-script"
[[DATE|07/12/2026]],08:22:55,[[LOCATION|Аптека Ruthenia Rx]],[[PHONE|+1 440 555 0118]],"Дякую. Ліки будуть готові завтра після 14:00. Хтось забере? – [[PERSON|Богдан]], фармацевт"
[[DATE|07/12/2026]],08:30:03,[[PERSON|Оксана Мельник]],[[PHONE|+380 67 555 0143]],"мій чоловік [[PERSON|Andriy Kovalenko]] заїде, його права Ohio DL [[LICENSE_NUMBER|RS447120]] щоб ви знали. I'm still in [[LOCATION|Lviv]] till [[DATE|Dec 20]] 🙏"
""")

add("chat-731", "chat", """{
  "participants": [
    {"name": "[[PERSON|Maricel Dizon]]"},
    {"name": "[[LOCATION|Botica Kabayan Daly City]]"}
  ],
  "messages": [
    {
      "sender_name": "[[LOCATION|Botica Kabayan Daly City]]",
      "timestamp_ms": 1796699100000,
      "content": "Naku Ate, wag po i-send ang card number dito sa chat \\ud83d\\ude4f tatawagan ka na lang ni [[PERSON|Joy]] para sa payment. Naka-schedule na po ang delivery sa [[DATE|Dec 10]].",
      "is_geoblocked_for_viewer": false
    },
    {
      "sender_name": "[[PERSON|Maricel Dizon]]",
      "timestamp_ms": 1796698800000,
      "content": "Ay wait, yung bayad po sa card ko na lang, [[CREDIT_CARD|5559 4771 6971 7760]] exp 08/29. Salamat po!!",
      "is_geoblocked_for_viewer": false
    },
    {
      "sender_name": "[[PERSON|Maricel Dizon]]",
      "timestamp_ms": 1796698500000,
      "content": "Deliver na lang po. Si Tito [[PERSON|Ramon]] po ang tatanggap, cell niya [[PHONE|650-555-0138]]. Yung Medicare card ni Lola ay [[HEALTH_PLAN_ID|2CF7-HJ4-RN93]] tapos yung doctor niya si Dr. [[PERSON|Evangeline Soriano-Tan]] sa [[LOCATION|Serramonte Family Clinic]].",
      "is_geoblocked_for_viewer": false
    },
    {
      "sender_name": "[[LOCATION|Botica Kabayan Daly City]]",
      "timestamp_ms": 1796610420000,
      "content": "Sige po Ate [[PERSON|Maricel]], ready na po by Thursday. Pick-up or deliver? - [[PERSON|Joy]]",
      "is_geoblocked_for_viewer": false
    },
    {
      "sender_name": "[[PERSON|Maricel Dizon]]",
      "timestamp_ms": 1796610185000,
      "content": "Hello po! Pa-refill po ng losartan at amlodipine ni Lola [[PERSON|Pacita]] ([[PERSON|Pacita Dizon Lacson]]), [[AGE|91]] na po siya. Same address pa rin: [[STREET_ADDRESS|331 Southgate Ave]], [[LOCATION|Daly City]] [[ZIP|94015]]. Birthday niya po ay [[DATE|Hulyo 4, 1935]] if kailangan.",
      "is_geoblocked_for_viewer": false
    }
  ],
  "title": "[[LOCATION|Botica Kabayan Daly City]]",
  "is_still_participant": true
}
""")

add("chat-732", "chat", """{
  "created_at": "[[DATE|2026-12-07]]T19:02:44.000000Z",
  "created_by": "[[URL|https://api.calendly.example.com/users/AAAABBBBCCCC1234]]",
  "event": "invitee.created",
  "payload": {
    "cancel_url": "[[URL|https://calendly.example.com/cancellations/7f2d6a1e-0c3b-4f1a-9a88-2b1c4d5e6f70]]",
    "created_at": "[[DATE|2026-12-07]]T19:02:44.000000Z",
    "email": "[[EMAIL|marisa.delacroix-obi@example.com]]",
    "event": "[[URL|https://api.calendly.example.com/scheduled_events/GHK2XJ8QW1]]",
    "first_name": "[[PERSON|Marisa]]",
    "last_name": "[[PERSON|Delacroix-Obi]]",
    "name": "[[PERSON|Marisa Delacroix-Obi]]",
    "new_invitee": null,
    "old_invitee": null,
    "questions_and_answers": [
      {"answer": "[[DATE|03/26/1987]]", "position": 0, "question": "Date of birth"},
      {"answer": "Cigna, ID [[HEALTH_PLAN_ID|U5501847301]]", "position": 1, "question": "Insurance & member ID"},
      {"answer": "Referred by Dr. [[PERSON|Halloran]] at [[LOCATION|Bayfront OB-GYN]]. 5 wks postpartum, baby [[PERSON|Juniper]] born [[DATE|11/09]], latch issues", "position": 2, "question": "Reason for visit"},
      {"answer": "[[PHONE|+1 727-555-0181]]", "position": 3, "question": "Best phone"}
    ],
    "reschedule_url": "[[URL|https://calendly.example.com/reschedulings/7f2d6a1e-0c3b-4f1a-9a88-2b1c4d5e6f70]]",
    "rescheduled": false,
    "status": "active",
    "text_reminder_number": "[[PHONE|+1 727-555-0181]]",
    "timezone": "America/New_York",
    "tracking": {"utm_campaign": "postpartum-winter", "utm_source": "instagram", "utm_medium": "paid", "salesforce_uuid": null},
    "updated_at": "[[DATE|2026-12-07]]T19:02:44.000000Z",
    "uri": "[[URL|https://api.calendly.example.com/scheduled_events/GHK2XJ8QW1/invitees/INV7Q2ZP4M]]",
    "scheduled_event": {
      "name": "Lactation consult (30 min)",
      "start_time": "[[DATE|2026-12-10]]T14:30:00.000000Z",
      "end_time": "[[DATE|2026-12-10]]T15:00:00.000000Z",
      "location": {"type": "physical", "location": "[[LOCATION|Bayfront OB-GYN]], [[STREET_ADDRESS|640 4th St N]], [[LOCATION|St. Petersburg]], FL [[ZIP|33701]]"},
      "event_memberships": [{"user_email": "[[EMAIL|thandeka.m@bayfrontobgyn.example.com]]", "user_name": "[[PERSON|Thandeka Mokoena]], IBCLC"}]
    }
  }
}
""")

add("chat-733", "chat", """POST /hooks/acuity  (application/x-www-form-urlencoded)
action=scheduled&id=[[OTHER_ID|1187730021]]&calendarID=4410&appointmentTypeID=220199

GET /api/v1/appointments/[[OTHER_ID|1187730021]] -> 200
{
  "id": [[OTHER_ID|1187730021]],
  "firstName": "[[PERSON|Aleksandra]]",
  "lastName": "[[PERSON|Volkova-Pierce]]",
  "phone": "[[PHONE|913-555-0174]]",
  "email": "[[EMAIL|sasha.vp@example.com]]",
  "date": "[[DATE|December 15, 2026]]",
  "time": "11:00am",
  "endTime": "11:45am",
  "dateCreated": "[[DATE|December 7, 2026]]",
  "datetimeCreated": "[[DATE|2026-12-07]]T15:20:41-0600",
  "datetime": "[[DATE|2026-12-15]]T11:00:00-0600",
  "price": "0.00",
  "paid": "no",
  "type": "New patient – menopause & HRT",
  "appointmentTypeID": 220199,
  "duration": "45",
  "calendar": "Dr. [[PERSON|Yusuf Adebayo-Klein]]",
  "calendarID": 4410,
  "location": "[[LOCATION|Prairie Oak Health]] – [[LOCATION|Overland Park]]",
  "certificate": "WINTER25",
  "confirmationPage": "[[URL|https://app.acuityscheduling.example.com/schedule.php?owner=19928411&action=appt&id%5B%5D=a6c3f0e9b1d2]]",
  "forms": [
    {
      "id": 88120,
      "name": "Intake",
      "values": [
        {"fieldID": 5501, "name": "Date of birth", "value": "[[DATE|1979-05-14]]"},
        {"fieldID": 5502, "name": "Preferred pharmacy", "value": "Hy-Vee on [[LOCATION|Metcalf]]"},
        {"fieldID": 5503, "name": "Emergency contact", "value": "[[PERSON|Dmitri]] (husband) [[PHONE|913-555-0177]]"},
        {"fieldID": 5504, "name": "Current meds", "value": "estradiol 0.05 mg/24h patch, progesterone 100 mg"}
      ]
    }
  ],
  "labels": null,
  "notes": "pt prefers [[PERSON|Sasha]]. book follow-up in 12 wks"
}
""")

add("chat-734", "chat", """SYSTEM: You are CareAssist, the refill assistant for Northwind Telehealth. Answer only from the context below. Never reveal another patient's data. Never change a dose. Today is [[DATE|2026-12-07]].

<context>
[chunk 1 | source=ehr/patients/[[MRN|MRN-7730412]]/summary.md | score=0.91]
Patient: [[PERSON|Ravindra "Ravi" Subramaniam]], 67M. DOB [[DATE|1959-02-03]]. PCP: Dr. [[PERSON|Colette Amundsen]] (NPI [[LICENSE_NUMBER|1146881978]]). Allergies: sulfa. Active meds: atorvastatin 40 mg qhs, lisinopril 10 mg daily. Last A1c 7.2% on [[DATE|10/28/2026]].

[chunk 2 | source=ehr/messages/[[MRN|MRN-7730412]]/[[DATE|2026-11-30]].txt | score=0.87]
Message from wife ([[PERSON|Lakshmi]]): "[[PERSON|Ravi]]'s BP was 150/95 this morning, he ran out of lisinopril on the [[DATE|28th]]." Callback [[PHONE|469-555-0146]].

[chunk 3 | source=kb/policies/refill-policy.md | score=0.62]
Controlled substances cannot be refilled via chat. Refills ship from our [[LOCATION|Plano]] fulfilment center within 2 business days. BP over 180/110 must be escalated to a clinician.

[chunk 4 | source=pharmacy/fills/[[OTHER_ID|RX-0093318]].json | score=0.58]
{"rx": "[[OTHER_ID|RX-0093318]]", "drug": "lisinopril 10 mg tab", "qty": 90, "refills_left": 1, "last_fill": "[[DATE|2026-08-29]]", "pharmacy": "[[LOCATION|Northwind Mail Pharmacy]], [[STREET_ADDRESS|5601 Granite Pkwy]], [[LOCATION|Plano]] TX [[ZIP|75024]]"}
</context>

USER: hi its [[PERSON|ravi]], can u refill my bp pill, send to my daughter [[PERSON|Aarthi]]'s place this time: [[STREET_ADDRESS|1207 Frisco St]], [[LOCATION|Frisco]], TX [[ZIP|75034]]
ASSISTANT:
""")

add("chat-735", "chat", """Question: when do my cpap supplies ship? my number is [[PHONE|(520) 555-0190]]
Thought: The user wants the ship date for CPAP supplies. I need to find the patient first.
Action: lookup_patient
Action Input: {"phone": "[[PHONE|+1 (520) 555-0190]]"}
Observation: {"patient_id": "[[MRN|pt_011284]]", "name": "[[PERSON|Beaumont, Augustin]]", "dob": "[[DATE|1944-09-30]]", "address": {"line1": "[[STREET_ADDRESS|9870 E Tanque Verde Rd]]", "line2": "[[STREET_ADDRESS|Lot 44]]", "city": "[[LOCATION|Tucson]]", "state": "AZ", "zip": "[[ZIP|85749]]"}, "insurance": {"payer": "Medicare", "mbi": "[[HEALTH_PLAN_ID|7QA3-WD1-TK52]]"}, "devices": [{"type": "CPAP", "model": "AirSense 11", "serial": "[[DEVICE_ID|23214477519]]"}], "caregiver": {"name": "[[PERSON|Odile Beaumont]]", "relation": "daughter", "email": "[[EMAIL|odile.b@example.fr]]"}}
Thought: Found him. Now check open orders.
Action: get_orders
Action Input: {"patient_id": "[[MRN|pt_011284]]", "status": "open"}
Observation: [{"order_id": "[[OTHER_ID|DME-448102]]", "items": ["full face cushion M", "disposable filters x6", "heated tube"], "ship_by": "[[DATE|2026-12-11]]", "carrier": "UPS", "tracking": "[[OTHER_ID|1Z9X47W20391833417]]"}]
Thought: Medicare needs a current standard written order. Check the documents.
Action: get_documents
Action Input: {"patient_id": "[[MRN|pt_011284]]", "type": "swo"}
Observation: {"swo_signed": "[[DATE|2026-03-14]]", "signed_by": "[[PERSON|Marguerite Oyelaran-Diaz]], NP", "npi": "[[LICENSE_NUMBER|1369935634]]", "face_to_face": "[[DATE|2026-02-27]]", "clinic": "[[LOCATION|Saguaro Sleep Center]]", "compliance_90d": "87% >= 4h"}
Thought: The order is valid until next year, compliance is fine. I can answer.
Final Answer: Hi [[PERSON|Augustin]]! Your mask cushion, filters and heated tube ship by [[DATE|Dec 11]] via UPS, tracking [[OTHER_ID|1Z9X47W20391833417]]. I've also emailed the tracking link to [[PERSON|Odile]] as your caregiver contact.
""")

add("chat-736", "chat", r"""DLQ redrive for intake-processor failed again. body is the intake JSON as a string, and answers_json inside it is a string too (legacy form builder). can someone fix the parser?

{
  "Records": [
    {
      "messageId": "0c8a6f0e-93f1-4a1f-b2d4-7e55c8a1b019",
      "receiptHandle": "AQEB9sKx0Lr2mWq7ZqTz==",
      "body": "{\"event\":\"intake.completed\",\"submitted_at\":\"[[DATE|2026-12-07]]T20:11:08Z\",\"patient\":{\"name\":\"[[PERSON|Ren\\u00e9e Okafor-Lindgren]]\",\"dob\":\"[[DATE|1969-07-11]]\",\"email\":\"[[EMAIL|renee.ol@example.org]]\",\"phone\":\"[[PHONE|(206) 555-0153]]\",\"address\":\"[[STREET_ADDRESS|3320 Fremont Ave N]], [[LOCATION|Seattle]], WA [[ZIP|98103]]\"},\"answers_json\":\"{\\\"emergency_contact\\\":\\\"[[PERSON|Björn Lindgren]] (spouse) [[PHONE|206-555-0188]]\\\",\\\"pharmacy\\\":\\\"[[LOCATION|Evergreen Drug]] ([[LOCATION|Wallingford]])\\\",\\\"prior_provider\\\":\\\"Dr. [[PERSON|Mizuki Tanabe]], [[LOCATION|Ballard Family Practice]]\\\",\\\"bmi\\\":\\\"31.4\\\"}\",\"source_ip\":\"[[IP_ADDRESS|198.51.100.61]]\",\"form_version\":\"v12\"}",
      "attributes": {
        "ApproximateReceiveCount": "4",
        "SentTimestamp": "1796674268000",
        "SenderId": "AIDAIENQZJOLO23YVJ4VO",
        "ApproximateFirstReceiveTimestamp": "1796674268114"
      },
      "messageAttributes": {},
      "md5OfBody": "e4b1c2a9f0d87a6b5c4d3e2f1a0b9c8d",
      "eventSource": "aws:sqs",
      "eventSourceARN": "arn:aws:sqs:us-west-2:123456789012:intake-dlq",
      "awsRegion": "us-west-2"
    }
  ]
}

[ERROR] [[DATE|2026-12-07]]T20:11:12.004Z 0c8a6f0e-93f1-4a1f-b2d4-7e55c8a1b019 KeyError: 'insurance' while processing intake for [[EMAIL|renee.ol@example.org]]
""")

add("chat-737", "chat", """## Weekly exceptions – pharmacy ops (wk of [[DATE|Nov 30]])

| # | Patient | DOB | Rx # | Issue | Owner |
|---|---------|-----|------|-------|-------|
| 1 | **[[PERSON|Haverford, Lucinda]]** | [[DATE|09/14/1936]] | [[OTHER_ID|8841072]] | Returned to sender – [[STREET_ADDRESS|14 Ivy Ln]] no longer valid, pt moved to [[LOCATION|Brookside Senior Living]] | @[[OTHER_ID|dnguyen]] |
| 2 | [[PERSON|Tomás Echeverría]] | [[DATE|1/2/1990]] | [[OTHER_ID|8840995]] | PA denied by Optum [[DATE|12/1]], appeal filed ([[OTHER_ID|APL-55120]]) | @[[OTHER_ID|kmurphy]] |
| 3 | [[PERSON|Georgia Paris]] | [[DATE|5/5/1955]] | [[OTHER_ID|8840871]] | pt says [[PERSON|Chase]] at the [[LOCATION|Elm St]] store gave her 5/325 instead of 7.5/325 | @[[OTHER_ID|dnguyen]] |
| 4 | Baby [[PERSON|Wren Castillo]] (mom: [[PERSON|Itzel]]) | [[DATE|10/21/2026]] | [[OTHER_ID|8840660]] | amoxicillin 400/5 mL backorder, subbed 250/5 mL with new sig | @[[OTHER_ID|tkaur]] |

### Notes
- [[PERSON|Lucinda]] is [[AGE|90]] — her daughter [[PERSON|Maureen]] asked us to call her instead: [[PHONE|610-555-0102]].
- "[[PERSON|Chase]]" = [[PERSON|Chase Ndiaye]] (tech, [[LOCATION|Elm St]]). Counting error, not a mis-fill; coaching done [[DATE|12/3]]. – [[PERSON|DN]]
- Optum turnaround is 72 h; ratio of approvals to denials this week 3:1.
""")

add("chat-738", "chat", """hola buenas, I need to refill la metformina de mi suegra, Doña [[PERSON|Refugio Alcántara Villaseñor]], she's [[AGE|90]] y ya no puede venir a la farmacia. Su DOB es [[DATE|3 de febrero de 1936]]. Pueden mandarla a la casa de mi cuñada en [[LOCATION|Pico Rivera]]? [[STREET_ADDRESS|8812 Passons Blvd]], [[ZIP|90660]]. My name is [[PERSON|Yadira]], cel [[PHONE|562 555 0165]]. Ah y el doctor es el Dr. [[PERSON|Benítez]] de la clínica [[LOCATION|Familia Sana]] en [[LOCATION|Whittier]]. Her Medi-Cal is [[HEALTH_PLAN_ID|91234567A]] por si lo necesitan

---
Hola [[PERSON|Yadira]]! Con gusto 😊 ya vi la receta del Dr. [[PERSON|Benítez]], metformina 500 mg 2 veces al día. La mandamos el jueves [[DATE|10 de diciembre]] a [[LOCATION|Pico Rivera]], alguien tiene que firmar. Cualquier cosa me escribes. — [[PERSON|Rocío]], farmacia
""")

add("chat-739", "chat", """Hi, mere papa ka Telmisartan 40 khatam ho gaya hai, please urgent refill kar do. Naam [[PERSON|Harbhajan Singh Grewal]], age [[AGE|91]], DOB [[DATE|12-08-1935]]. Address: [[STREET_ADDRESS|H.No. 1442, Sector 37-C]], [[LOCATION|Chandigarh]] [[ZIP|160036]]. Unka ABHA number [[HEALTH_PLAN_ID|91-4402-7718-2036]] hai. Dr. [[PERSON|Mehta]] ne prescription bheja tha [[LOCATION|Sukhmani Heart Clinic]], [[LOCATION|Mohali]] se, last month. Main unki beti [[PERSON|Navneet]] bol rahi hoon, Canada se ([[LOCATION|Brampton]]), so mujhe [[PHONE|+1 905 555 0131]] pe call karo ya WhatsApp [[PHONE|+91 98140 55012]] (ye papa ka hai, woh thoda kam sunte hain). Payment mere card se kar do: [[CREDIT_CARD|4014 6194 7477 3861]]

---
Ji [[PERSON|Navneet]] ji, order #[[OTHER_ID|IN-77120]] place ho gaya hai. Telmisartan 40 mg x 30, delivery [[DATE|9 Dec]] tak [[LOCATION|Chandigarh]] mein. Card details chat mein mat bhejiye please, humne payment link SMS kar diya hai. – pharmacist [[PERSON|Rohit K.]]
""")

add("chat-740", "chat", """Allo! J'aimerais faire un refill de mon Synthroid 88 mcg, mais là j'ai moved à [[LOCATION|Gatineau]] le mois passé. Nouvelle adresse: [[STREET_ADDRESS|245, rue Notre-Dame-de-l'Île, app. 3]], [[LOCATION|Gatineau]] QC [[ZIP|J8X 3T4]]. Ma carte RAMQ c'est [[HEALTH_PLAN_ID|TREM 8553 1518]], mon nom c'est [[PERSON|Mélanie Tremblay-Ouellet]], née le [[DATE|15 mars 1985]]. Le doc c'est Dr [[PERSON|Samir Haddad]] à la [[LOCATION|Clinique médicale du Plateau]], il a faxé la prescription hier je pense. Mon chum [[PERSON|Jean-Sébastien]] va pick-up le stock au Jean Coutu sur [[LOCATION|Maloney]], c'est-tu correct? Mon cell c'est [[PHONE|819 555-0128]], texte-moi si y'a un problème. Merci!!

---
Parfait [[PERSON|Mélanie]], c'est noté! La prescription est rentrée, ça va être prêt demain après 15 h. [[PERSON|Jean-Sébastien]] devra montrer une pièce d'identité. Bonne journée! — [[PERSON|Marc-André]], tech
""")

add("chat-741", "chat", """salam, ana 3ayez a3mel refill le dawa2 baba, el Eliquis 5 w el Lasix. esmo [[PERSON|Mahmoud 3abd el-Rahman Fahmy]], 3ando [[AGE|92]] sana, DOB [[DATE|14/2/1934]]. e7na fe [[LOCATION|Paterson]] NJ dlwa2ty, [[STREET_ADDRESS|412 Main St Apt 2F]], [[ZIP|07505]]. raqam el Medicare beta3o [[HEALTH_PLAN_ID|8HT4-QN2-PR17]]. el doctor beta3o Dr. [[PERSON|Nabil Saad]] fe [[LOCATION|Passaic Valley Heart Associates]]. momken te2ollo 3ala raqam o5ti [[PERSON|Rania]] [[PHONE|973-555-0159]]? ana msafer. shokran ya gama3a 🙏

---
ahlan ya [[PERSON|Rania]], tamam, el order gahez w hayewsal yom [[DATE|11/12]] ben 2 w 6. law 7ad msh mawgood e7na hanetsel 3ala [[PHONE|973-555-0159]]. — [[PERSON|Karim]] (pharmacist)
""")

add("chat-742", "chat", """Nextdoor · [[LOCATION|Dimond District]] · Lost & Found

[[PERSON|Dakota Reyes]] · [[LOCATION|Laurel]] · 2 hr ago
Found a pharmacy bag on the bench at the bus stop by [[STREET_ADDRESS|35th Ave]] & [[STREET_ADDRESS|MacArthur]] this morning. Label says
  [[PERSON|KAUR, SIMRAN]]     DOB [[DATE|04/04/1990]]
  Rx# [[OTHER_ID|5581024]]    Dr. [[PERSON|B. Oduya]]
  [[LOCATION|Fruitvale Family Pharmacy]]  [[PHONE|(510) 555-0145]]
Didn't open it obviously. My dog Lincoln tried to eat it lol. I'll drop it at the pharmacy on my way to work unless the owner wants to grab it, I'm on [[STREET_ADDRESS|Hopkins]].
  ❤ 14 · 💬 6

  [[PERSON|Virginia Okafor]] · [[LOCATION|Lincoln Highlands]]
  I think that's [[PERSON|Simran]] from the Tuesday yoga class at the rec center, she lives over on [[STREET_ADDRESS|Dimond Ave]]. I'll text her!

  [[PERSON|Marcus Oyelowo-Tran]] · [[LOCATION|Dimond District]]
  please blur the label next time 😬 that's her whole DOB
""")

add("chat-743", "chat", """From: [[PERSON|Priscilla Anand-Moreau]] <[[EMAIL|panand@rivertonhh.example.org]]>
Sent: Friday, [[DATE|December 4, 2026]] 3:12 PM
To: '[[EMAIL|intake@brightleafrx.example.com]]'
Cc: [[PERSON|Joaquín Ferraro]] RN <[[EMAIL|jferraro@rivertonhh.example.org]]>; '[[PERSON|Tyler Osei]]' <[[EMAIL|tyler.osei@example.com]]>
Subject: FW: hospice pt – comfort kit delivery today?
Importance: High

Hi team, forwarding below. Pt is Mr. [[PERSON|Winston Abernathy-Cole]], [[AGE|96]], DOB [[DATE|1/17/1930]], home hospice at [[STREET_ADDRESS|58 Quarry Hill Rd]], [[LOCATION|Riverton]]. His son [[PERSON|Tyler]] (cc'd) will be at the house after 4. Hospice MD Dr. [[PERSON|Genevieve Oduya-Park]] signed the comfort kit order this morning (morphine 20 mg/mL oral soln, lorazepam 0.5 mg, atropine 1% drops), DEA [[LICENSE_NUMBER|BO0024606]], NPI [[LICENSE_NUMBER|1272951819]]. Can you confirm it's on today's courier?

Thanks,
[[PERSON|Priscilla Anand-Moreau]], RN, BSN | Case Manager
[[LOCATION|Riverton Home Health & Hospice]]
P [[PHONE|307-555-0121]] | F [[FAX|307-555-0122]] | M [[PHONE|307-555-0187]]
[[STREET_ADDRESS|950 N Federal Blvd]], [[LOCATION|Riverton]], WY [[ZIP|82501]]
CONFIDENTIALITY NOTICE: This e-mail may contain protected health information...

---------- Forwarded message ---------
From: [[PERSON|Tyler Osei]] <[[EMAIL|tyler.osei@example.com]]>
Date: Fri, [[DATE|Dec 4, 2026]] at 1:47 PM
Subject: hospice pt – comfort kit delivery today?
To: <[[EMAIL|panand@rivertonhh.example.org]]>

[[PERSON|Priscilla]] - dad's breathing is worse since last night. The night nurse ([[PERSON|Bex]]?) said the comfort kit would come from the pharmacy today but nothing yet. Gate code is 4471#. His dog Duke will bark, just ignore him.
-- [[PERSON|Tyler]]
Sent from my iPhone
""")

add("chat-744", "chat", """pls update dob on acct for [[PERSON|georgia chase]] to [[DATE|3/3/41]] thx - [[PERSON|mo]]""")

add("chat-745", "chat", """commit 7f40b11e2c9d3a8f6b5e4d1c0a9b8c7d6e5f4a3b
Author: [[PERSON|Łukasz Wójcik]] <[[EMAIL|lwojcik@northwind.example.com]]>
Date:   Mon [[DATE|Dec 7]] 10:12:44 2026 -0800

    fix refill fixture so the e2e test hits the real pharmacy path

diff --git a/tests/fixtures/refill_request.json b/tests/fixtures/refill_request.json
index 3c1a9e2..7f40b11 100644
--- a/tests/fixtures/refill_request.json
+++ b/tests/fixtures/refill_request.json
@@ -1,8 +1,9 @@
 {
-  "patient_name": "{{PATIENT_NAME}}",
-  "dob": "{{DOB}}",
+  "patient_name": "[[PERSON|Esperanza Villanueva-Tso]]",
+  "dob": "[[DATE|1953-06-08]]",
+  "email": "[[EMAIL|e.villanueva.tso@example.net]]",
+  "address": "[[STREET_ADDRESS|2719 Cesar Chavez St]], [[LOCATION|San Francisco]], CA [[ZIP|94110]]",
+  "member_id": "[[HEALTH_PLAN_ID|XKW228104937]]",
   "drug": "levothyroxine 75 mcg",
   "qty": 90,
   "refills": 3
 }

Review comment (@[[OTHER_ID|mbeaulieu]]):
> @[[OTHER_ID|lwojcik]] this looks like a real customer, she called in last week about Rx [[OTHER_ID|7702214]]. Please revert to the synthetic placeholders before merge and rotate the fixture out of git history. cc @security-team
""")

# ---------------------------------------------------------------- clean texts

add("clean-701", "clean", """hi, do you guys ship tirzepatide vials to Georgia or only the pens? also can my husband use my account to order his own meds or does he need a separate one? and whats the return policy if the box was opened but the pen is unused. thx

---
Thanks for reaching out! We ship both vials and pens to Georgia, Washington and most other states; a few states are excluded where our partner pharmacy isn't licensed, and the checkout page will tell you before you pay. Each patient needs their own account, because a prescription is tied to one person and one medical history. Dispensed medication can't be returned once it has left the pharmacy (that's a state pharmacy rule, not ours), but if a pen arrives damaged or warm we replace it at no cost. Just reply with a photo within 48 hours of delivery.
— Patient Care Team
""")

add("clean-702", "clean", """{# templates/sms/appt_reminder_v3.j2 #}
Hi {{ patient.first_name }}, this is a reminder of your {{ appt.visit_type | lower }} with {{ provider.title }} {{ provider.last_name }} on {{ appt.start | format_date("MMM d") }} at {{ appt.start | format_time("h:mm a") }}.
Reply C to confirm or R to reschedule. Msg & data rates may apply. Reply STOP to opt out.
{% if appt.requires_fasting %}Please don't eat for 8 hours before your lab draw.{% endif %}

# fixtures/sms_ctx.yaml (render test)
patient:
  first_name: "<FIRST_NAME>"
provider:
  title: "Dr."
  last_name: "<LAST_NAME>"
appt:
  visit_type: "Follow-up"
  start: "<ISO8601_DATETIME>"
  requires_fasting: true
expected_length_max: 160
""")

add("clean-703", "clean", """#48213 build web (branch main, commit 9f3e1c2a7b)
[step 1/9] checkout ........................ ok (2.1s)
[step 3/9] npm ci .......................... added 1412 packages in 38s
[step 5/9] pytest -q -n 8 .................. 1284 passed, 6 skipped, 2 xfailed in 214.33s
[step 6/9] docker build .................... sha256:4b9e0c1d7a2f58e6c3b1a9d0e7f2c4b6a8d1e3f5
[step 7/9] push ............................ registry/web:2026.12.1 and web:latest
[step 8/9] smoke ........................... GET /healthz 200 in 41 ms, x-request-id 6f1c2a9e0b3d4e5f
[step 9/9] tag ............................. v4.12.31
WARN DeprecationWarning: datetime.utcnow() is deprecated and scheduled for removal
cache hit ratio 0.87, p95 latency 182 ms, error budget remaining 64.2%
artifact retention: 30 days; next scheduled build in 6h
""")

add("clean-704", "clean", """Can I get tested for Lyme disease through your telehealth service? I hiked near a lot of deer ticks and now I have a bullseye rash. My aunt had Rocky Mountain spotted fever years ago so I'm paranoid.

---
Good question. Our clinicians can order a Lyme panel (ELISA with reflex Western blot) at a partner lab, and a classic erythema migrans rash is often treated without waiting for the result. We can't test for West Nile, Zika, Ebola or Marburg virus by telehealth, those need public health labs. Other conditions people ask about that we do manage online: Hashimoto's thyroiditis, Graves' disease follow-up, Addison's disease steroid refills, Raynaud's, Bell's palsy follow-up after an in-person diagnosis, Ménière's disease, and Baker's cyst pain. We don't manage Kawasaki disease, Guillain-Barré, Huntington's, Tay-Sachs, Wilson's disease, Marfan or Ehlers-Danlos syndrome online; those need a specialist in person. Coxsackie (hand, foot and mouth) and Norwalk-type stomach bugs can usually be handled by video.
""")

add("clean-705", "clean", """ok so confusing question. I was on Camila for 2 yrs, then the pharmacy switched me to Errin, then Heather, and this month the bag says Jencycla. Are those all the same pill as Nora-BE? my friend takes Lyza and says it's the same. Also my sister is on Junel Fe 1/20 and wants to know if Tarina Fe 1/20 EQ is identical or not. And is Aviane the same as Lutera?

---
They are all generics of the same progestin-only pill: Camila, Errin, Heather, Jencycla, Nora-BE and Lyza each contain norethindrone 0.35 mg, so switching between them is expected and safe. Junel Fe 1/20 and Tarina Fe 1/20 EQ both contain norethindrone acetate 1 mg with ethinyl estradiol 20 mcg plus iron tablets. Aviane and Lutera are both levonorgestrel 0.1 mg / ethinyl estradiol 20 mcg. If the shape or color changes, the active ingredient is still the same.
""")

add("clean-706", "clean", """Med list from the intake (for the pharmacist's review, no patient info):
- Norco 5/325, 1/2 to 1 tab q6h prn (max 4 tabs a day)
- Bactrim DS 800/160 bid x 7 days
- Augmentin 875/125 bid
- Advair 250/50, 1 puff bid; Symbicort 160/4.5 as backup
- Novolin 70/30, 18 units before breakfast; Humalog Mix 75/25 discontinued
- ICR 1:12, ISF 1:45, target 100-140
- pen needles 32G x 4 mm, box of 100
- compression socks 20-30 mmHg, size L
- vision 20/40 both eyes; BP 132/84; PHQ-9 scored 11/27; pain 6/10
- cut the 3/4 inch strip of nitro paste in half
- ratio of rescue to controller fills 2:1 this quarter
""")

add("clean-707", "clean", """Macro: Refill delayed (insurance)
Hi {{ticket.requester.first_name}}, thanks for your patience! Your order {{order.number}} is on hold because your plan needs a prior authorization. We've sent the request to {{prescriber.display_name}} and will text you at the number ending in {{phone_last4}} as soon as it's approved. Most approvals take 2 to 5 business days.
— {{current_user.first_name}}, Patient Care

Macro: Verify identity
Before we can make changes, please reply with your full name, date of birth (MM/DD/YYYY) and the shipping ZIP on the account. Please don't send your SSN or full card number over chat. If you paid by card we'll only ever ask for the last 4 digits (shown as **** **** **** {{card.last4}}).

Macro: Address change
Please confirm the new address in this format: [Street and unit], [City], [State] [ZIP]. Changes made after 2 pm ET ship with the next day's batch.

Legacy (Mailchimp) merge tags still used in the newsletter: *|FNAME|*, *|LNAME|*, *|EMAIL|*, %%FirstName%%
""")

add("clean-708", "clean", """Pharmacy hours
Mon–Fri 8:00 am – 8:00 pm · Sat 9:00 am – 5:00 pm · Sun closed
Drive-thru closes 30 minutes before the pharmacy. Pickup lockers are available 24/7.

Holiday hours
Closed Thanksgiving Day, Christmas Day and New Year's Day.
Open 10:00 am – 4:00 pm on Christmas Eve and New Year's Eve.
Open regular hours on Memorial Day, Juneteenth, Labor Day and Veterans Day.

Flu and COVID shots: walk-ins welcome until 1 hour before close; ages 3 and up for flu, 12 and up for COVID at this time. Bring your insurance card; most plans cover both at $0.
""")

add("clean-709", "clean", """CREATE TABLE patients (
  id            BIGSERIAL PRIMARY KEY,
  mrn           TEXT UNIQUE NOT NULL,
  first_name    TEXT NOT NULL,
  last_name     TEXT NOT NULL,
  dob           DATE NOT NULL CHECK (dob <= CURRENT_DATE),
  phone_e164    TEXT CHECK (phone_e164 ~ '^\\+[1-9][0-9]{7,14}$'),
  email         CITEXT,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX patients_last_dob_idx ON patients (lower(last_name), dob);

-- lookup used by the chat bot (parameterized, never string-built)
SELECT id, first_name, dob FROM patients WHERE mrn = $1 AND dob = $2::date;

EXPLAIN ANALYZE SELECT id FROM patients WHERE mrn = $1;
 Index Scan using patients_mrn_key on patients  (cost=0.42..8.44 rows=1 width=8) (actual time=0.031..0.032 rows=1 loops=1)
   Index Cond: (mrn = $1)
 Planning Time: 0.118 ms
 Execution Time: 0.049 ms
""")

add("clean-710", "clean", """Traceback (most recent call last):
  File "/srv/app/intake/views.py", line 212, in submit
    form = IntakeForm.model_validate(payload)
  File "/srv/app/.venv/lib/python3.12/site-packages/pydantic/main.py", line 596, in model_validate
    return cls.__pydantic_validator__.validate_python(obj)
pydantic_core._pydantic_core.ValidationError: 2 validation errors for IntakeForm
phone
  String should match pattern '^\\+1\\d{10}$' [type=string_pattern_mismatch, input_value='', input_type=str]
date_of_birth
  Field required [type=missing, input_value={'phone': '', 'state': 'TX', 'consent': True}, input_type=dict]

During handling of the above exception, another exception occurred:
KeyError: 'date_of_birth'
worker pid 4412 exited with code 1 after 3 retries; request_id=0b7e3c91d2a84f6e
""")

add("clean-711", "clean", """{
  "resourceType": "OperationOutcome",
  "id": "validation-failed",
  "issue": [
    {
      "severity": "error",
      "code": "invalid",
      "diagnostics": "Patient.birthDate: value does not match the pattern YYYY, YYYY-MM or YYYY-MM-DD",
      "expression": ["Patient.birthDate"]
    },
    {
      "severity": "warning",
      "code": "code-invalid",
      "diagnostics": "Coding 4548-4 (Hemoglobin A1c) is valid, but unit '%' should be expressed with system http://unitsofmeasure.org",
      "expression": ["Observation.valueQuantity"]
    },
    {
      "severity": "information",
      "code": "informational",
      "diagnostics": "Profile us-core-patient version 6.1.0 applied; 0 of 14 must-support elements missing"
    }
  ]
}
""")

add("clean-712", "clean", """Customer questions & answers · The Austin insulated travel case (fits 2 pens)

Q: Will the Austin case keep a Zepbound pen cold for a 24 hour flight?
   asked by a verified buyer
A: With both gel packs frozen it stays between 36 and 46°F for about 30 hours in our tests. — Seller
Q: does it fit the Florence 7-day pill organizer too? or only pens
A: Yes, the Florence AM/PM organizer fits in the zip pocket. The Savannah lavender lotion 3.4 oz does not. — Seller
Q: is the inner pouch 3/8 inch foam or thinner?
A: 3/8 inch closed-cell foam, 11 x 4 x 3 in overall. — Seller

Top review · ★★★★★ "Worth it"
By A Customer · Verified Purchase · Color: Georgia Peach
Used it on two trips with Dr. Scholl's gel insoles stuffed around it lol. Zipper is sturdy. Wish it came in Chase blue.
""")

add("clean-713", "clean", """SYSTEM PROMPT (redaction assistant, v3)
You remove protected health information from support transcripts before they are stored.
Replace every personal name with [NAME], every date more specific than a year with [DATE], street addresses with [ADDRESS], phone and fax numbers with [PHONE], e-mail addresses with [EMAIL] and any member, order or record number with [ID].
Do NOT redact: drug names (Eliquis, Jardiance, Allegra), conditions named after people or places (Parkinson's disease, Lyme disease), payer names, prices, doses, years on their own, or the weekday.
Output JSON: {"redacted_text": "...", "counts": {"NAME": n, "DATE": n}}

Example
input:  "Pt [NAME] DOB [DATE] called about Jardiance 25 mg, plan is [ID]."
output: {"redacted_text": "Pt [NAME] DOB [DATE] called about Jardiance 25 mg, plan is [ID].", "counts": {"NAME": 0, "DATE": 0, "ID": 0}}
Already-redacted placeholders are left as they are and are not counted again.
""")

add("clean-714", "clean", """Posted anonymously · 3h
Week 6 on Mounjaro 7.5 mg. The sulfur burps are real. I also had a Bell's palsy scare that turned out to be nothing (just a pinched nerve per the urgent care). Anyone else get their Raynaud's flaring more since starting? My fingers go white when I hold a cold drink.

  Anonymous · 2h
  Raynaud's got worse for me in winter but I don't think it's the med, I lost 18 lb and I'm just colder all the time. Mounjaro and Zepbound are the same molecule fyi, so if insurance covers one ask about the other.

  Anonymous · 1h
  Sulfur burps: skip the fried food and eggs the day after your shot. Tums helped me too. Week 10 at 10 mg now and they're gone.
""")

add("clean-715", "clean", """oye una pregunta, el Ozempic de 2 mg/3 mL viene en caja de 1 pluma o 2? y cuánto sale con el cupón de ahorro?
bhai ye 0.25/0.5 wala pen kitne hafte chalta hai? aur fridge ke bahar kitne din rakh sakte hain?
magkano po yung 1 mg na pen, at may stock pa po ba kayo ngayong linggo?

---
Hola! La caja de 2 mg/3 mL trae 1 pluma; con el cupón el precio puede bajar hasta $25 si tienes seguro comercial.
Ji, 0.25/0.5 mg wala pen 6 hafte tak chalta hai agar aap 0.25 mg se start karte ho. Khulne ke baad 56 din tak room temperature (8-30°C) pe rakh sakte ho.
Opo, may stock pa po ng 1 mg pen; ₱ prices are not available since we only ship within the US, pasensya na po.
""")

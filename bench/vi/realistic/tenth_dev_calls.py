"""The TENTH-DEV half: six scripted two-party phone calls, a tenth set in trades none of the
earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that read
no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond the
first ninth-dev call, as a format example); see README.md. Frozen as of the commit that adds
it: do not edit the calls or the labels to suit a result. Tune on these if you must; the test
half (tenth_test_calls.py) is held out: do not read it and do not tune on it.

Trades: coworking space memberships, customs brokerage, roofing contractor, translation and
interpreting agency, horse livery stables, chimney sweep and fireplace service. The set's
weight is on people's names from many cultures that are not common US names (Irish, Yoruba,
Igbo, Samoan, Tongan, Maori, Indian, Tamil, Bangladeshi, Polish, Ukrainian, Serbian,
Romanian, Vietnamese, Japanese, Korean, Taiwanese, Sri Lankan, Lebanese, Ghanaian), said
mid-sentence, at the start of a sentence, in a thank-you, spelled letter by letter, several
of them owning an action item; and on phone numbers said every way (3-3-4 after "area code",
digit by digit, with "oh" and "double", the last four in pairs, "plus one", a Nigerian and an
Irish number with their country codes, read back by the agent, corrected mid-way, a wife's,
a sister's, a daughter's, a brother's and a tenant's, and the business's own line, which is
no PII and is marked `<phone_business:...>` as a number that must survive). Also a German
and a Polish IBAN and a New Zealand account number (read back in part), addresses with flat,
unit and apartment numbers and ZIP codes (some given as their own item), dates of birth in
words, two cards with expiry and security code, a full SSN and a last four, e-mails with
digits (read back), a membership number and two insurance policy numbers. 6-12 numbers per
call must survive redaction (office licence, container, bill of lading, tariff code, permit,
job, livery contract, equine passport, work order and receipt numbers, amounts, times,
dates, quantities), several ten digits long and read 3-3-4 like a phone right after a phone
or an address, some read back in part. PII-free lines hold unmarked ordinary numbers
(prices, counts, floors, years); cue-like words are not cues ("a number of reasons", "the
card table", "street parking", "code of conduct", "call it a day", "security guard",
"account for the delay", "phoned it in"); names used as ordinary words ("summer", "grant",
"will", "hope", "mark", "rose", "bill") are not PII, while people named in passing are.

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written; `<kind:words>` a number that must survive
redaction; a trailing `{pos}`, `{neu}` or `{neg}` labels a customer utterance's sentiment
(every customer line is labelled). Every call happens on Saturday 5 December 2026; due dates
are resolved against that day."""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="10d01-coworking-membership",
        trade="coworking space memberships",
        company="Foundry Row Workspace",
        agent="Siobhan Mulcahy",
        customer="Oluwaseun Adebayo",
        agent_voice="hibari:101",
        customer_voice="espeak:en-us+f3:138:55",
        noise_db=17.0,
        reason="A hot-desk member is moving up to a three-person private office from January and was charged twice for a meeting room.",
        outcome="Office 304 licensed from January fourth with a one-month deposit paid by card; three access fobs ordered for the member and two new colleagues; the duplicate meeting-room charge to be reversed on the ninth.",
        actions=[
            Action(
                "email the office licence agreement to the member",
                "Siobhan Mulcahy",
                "2026-12-05",
                "today",
                ("licence", "agreement", "email"),
            ),
            Action(
                "sign and send back the licence agreement",
                "Oluwaseun Adebayo",
                "2026-12-07",
                "by Monday",
                ("sign", "agreement", "licence"),
            ),
            Action(
                "have three access fobs cut",
                "Radoslaw",
                "2026-12-09",
                "by Wednesday",
                ("fob",),
            ),
            Action(
                "reverse the duplicate meeting-room charge on the member's card",
                "Thanh",
                "2026-12-09",
                "on the ninth",
                ("reverse", "charge", "refund", "meeting room"),
            ),
        ],
        script="""
A: Good morning, Foundry Row Workspace, this is [person_name:Siobhan].
C: Hi [person_name:Siobhan]. It's [person_name:Oluwaseun Adebayo], I'm on a hot desk with you. {neu}
A: Hi! Could you spell the first name for me?
C: Sure, it's [person_name:O L U W A S E U N]. {neu}
A: Thanks. Member number?
C: Um, [member_id:F R four four one nine two]. {neu}
A: Got it. What can I do for you today?
C: For a number of reasons, we're growing. Two people join me in January. {pos}
A: Congratulations! A private office, then?
C: That's the plan. What's the price difference? {neu}
A: Dedicated desks are 420 a month each. The three-person office is 1,350.
C: The office. Less per head, and a door. {pos}
A: Office 304 on the third floor is free from <date:January fourth>.
C: Third floor, by the card table? {neu}
A: Ha, yes, by the card table.
C: Perfect. My colleague [person_name:Tavita] will love that. {pos}
A: Best number for the paperwork?
C: It's area code [phone:six one seven, four nine two, oh three eight one]. {neu}
A: So [phone:six one seven, four nine two, oh three eight one]?
C: Yep, that's it. {neu}
A: Your office licence number is <reference:two two eight, five one six, nine nine seven three>.
C: Hang on. <reference:Two two eight, five one six>, and then? {neu}
A: <reference:Nine nine seven three>.
C: Got it. {neu}
A: The deposit is one month, so <amount:one thousand three hundred and fifty dollars> today.
C: Okay. Card alright? {neu}
A: Sure, go ahead.
C: [card_number:Four nine one six, oh two three three, eight five seven one, six six oh four]. {neu}
A: Expiry?
C: [card_expiry:Ten, twenty-eight]. {neu}
A: And the security code on the back?
C: [card_security_code:Seven oh two]. {neu}
A: And the billing address?
C: [address:Two eleven Tremont Court, unit six B, Somerville], [zip:oh two one four five]. {neu}
A: Now, fobs?
C: Yes, <quantity:three>, please. One each for me, [person_name:Tavita] and [person_name:Anjali]. {neu}
A: [person_name:Radoslaw] in facilities will have <quantity:three> fobs cut by Wednesday.
C: Can the invites go to [person_name:Tavita]? Her email's [email:tavita dot f eighty-two at outlook dot com]. {neu}
A: [email:Tavita dot F eighty-two at outlook dot com]. Got it.
C: Brilliant. Oh, one awkward thing. {neu}
A: Go on.
C: I was charged twice for meeting room B last month. <amount:Sixty-five dollars> each time. {neg}
A: Oh no. Sorry about that.
C: Oh, brilliant, I thought. Pay twice, get one room. {neg}
A: Fair. I'll ask [person_name:Thanh] in billing to reverse it. Invoice <reference:seven seven eight two>?
C: That's the one. {neu}
A: [person_name:Thanh] will have it back on your card on <date:the ninth>.
C: Thanks, that's a relief, honestly. {pos}
A: I'll email the licence agreement today. Can you sign and return it by Monday?
C: By Monday, sure. Does it cover the code of conduct stuff? {neu}
A: Yes, at the back. And street parking's free after six.
C: Good to know. Right, I'll call it a day. Thanks, [person_name:Siobhan]. {neu}
A: Thanks, [person_name:Oluwaseun]. Bye now.
C: You too, bye. {neu}
""",
    ),
    CallScript(
        id="10d02-customs-broker",
        trade="customs brokerage and import clearance",
        company="Bluewater Customs Brokers",
        agent="Haruto Sakamoto",
        customer="Ngozi Eze",
        agent_voice="festival:kal_diphone",
        customer_voice="hibari:102:-150",
        noise_db=16.0,
        reason="An importer's container of fabric from Lagos has been held at the port for a customs exam; the broker needs her importer number, paperwork and a deposit.",
        outcome="Exam fee and duty explained; importer number, phone, bill of lading, delivery address and German refund account taken; entry to be filed Monday once the power of attorney and the supplier's invoice are in; truck booked for the eleventh.",
        actions=[
            Action(
                "file the customs entry",
                "Haruto Sakamoto",
                "2026-12-07",
                "first thing Monday",
                ("entry", "file"),
            ),
            Action(
                "sign the power of attorney and email it to the broker",
                "Ngozi Eze",
                "2026-12-06",
                "by tomorrow afternoon",
                ("power of attorney", "sign"),
            ),
            Action(
                "send the commercial invoice to the broker",
                "Chiamaka",
                "2026-12-08",
                "by Tuesday",
                ("invoice", "commercial"),
            ),
            Action(
                "book the truck to collect the container",
                "Bohdan",
                "2026-12-11",
                "for the eleventh",
                ("truck", "book", "drayage"),
            ),
        ],
        script="""
A: Bluewater Customs Brokers, [person_name:Haruto] speaking.
C: Hi [person_name:Haruto], it's [person_name:Ngozi Eze]. You're handling my fabric container? {neu}
A: Yes. The container number?
C: <container:T G H U, eight eight three, oh four one, six>. {neu}
A: Got it. It's in Baltimore, flagged for a customs exam.
C: An exam? What does that mean for me? {neg}
A: They open it and count the cartons. A number of reasons trigger it.
C: Oh, brilliant. Another week then, is it? {neg}
A: Three or four days. The port's backed up, which may account for the delay.
C: I've got customers waiting on this wax print. {neg}
A: The manifest says <quantity:four hundred and twelve> cartons?
C: <quantity:Four hundred and twelve>, yes. {neu}
A: The exam fee is <amount:three hundred and seventy-five dollars>, I'm afraid.
C: Fine. What else do you need from me? {neu}
A: Your importer number. For a sole trader, that's your social.
C: [ssn:Five three one, four seven, two two eight six]. {neu}
A: Thanks. The tariff code is <reference:five two oh eight, five two, three oh one oh>.
C: Cotton? {neu}
A: Cotton prints. Duty's about <amount:two thousand one hundred and forty dollars>.
C: Ouch. But fine, that's what I budgeted. {neu}
A: Best number for you?
C: My cell, [phone:three oh one, double four two, oh seven nine six]. And the bill of lading's <reference:nine oh two, three one five, six eight six eight>. {neu}
A: That matches. Delivery address?
C: [address:Unit four, eighteen twenty Eastern Avenue, Baltimore], [zip:two one two two four]. {neu}
A: [person_name:Bohdan] on our dispatch desk can book the truck for <date:the eleventh>.
C: <date:The eleventh>. Okay. {neu}
A: I still need a power of attorney, and the supplier's commercial invoice.
C: The supplier's my sister, [person_name:Chiamaka], in Lagos. {neu}
A: Can she email it to us?
C: I'll get [person_name:Chiamaka] to send it by Tuesday. Her number's [phone:plus two three four, eight oh three, six one seven, two nine five oh]. {neu}
A: So, [phone:plus two three four, eight oh three, six one seven, two nine five oh].
C: Yes. She's six hours ahead, mind. {neu}
A: And can you sign the power of attorney and email it by tomorrow afternoon?
C: On a Sunday? Fine, I'll do it tonight. {neu}
A: Thank you. Then I'll file the entry first thing Monday.
C: And last time, you refunded me to the wrong bank. {neg}
A: Sorry about that. Where should refunds go?
C: My German account, from when I studied there. {neu}
A: Go ahead.
C: [iban:D E four four, five oh oh one, oh five one seven, five four three two, one nine eight oh, oh two]. {neu}
A: So [iban:D E four four, ending one nine eight oh, oh two]?
C: Yep. {neu}
A: The deposit's <amount:two thousand five hundred dollars>. Anything over goes back there.
C: And when do I get my fabric? {neu}
A: If the exam clears by Thursday, delivery on <date:the eleventh>, at <time:eight in the morning>.
C: Our security guard opens up at seven, so fine. {neu}
A: Great. I'll ring you Monday.
C: Thanks, [person_name:Haruto], you've been patient. {pos}
A: No trouble. Bye now.
""",
    ),
    CallScript(
        id="10d03-roofing-contractor",
        trade="roofing contractor",
        company="Highgable Roofing",
        agent="Aroha Ngata",
        customer="Deepak Venkataraman",
        agent_voice="hibari:103",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=18.0,
        reason="A townhouse roof has leaked into the kitchen since Thursday's storm; the owner wants it tarped and quoted, through insurance if possible.",
        outcome="Foreman to tarp the roof tomorrow afternoon; written quote for about twenty-two squares by Tuesday; the owner to forward the adjuster's report by Thursday; financing credit check started with his last four and date of birth.",
        actions=[
            Action(
                "tarp the leaking roof",
                "Kwame",
                "2026-12-06",
                "tomorrow afternoon",
                ("tarp",),
            ),
            Action(
                "send the written quote",
                "Aroha Ngata",
                "2026-12-08",
                "by Tuesday",
                ("quote",),
            ),
            Action(
                "forward the insurance adjuster's report to the roofer",
                "Deepak Venkataraman",
                "2026-12-10",
                "by Thursday",
                ("adjuster", "report", "forward"),
            ),
            Action(
                "clear the driveway and open the gate for the crew",
                "Lakshmi",
                "2026-12-06",
                "by one",
                ("driveway", "gate", "car"),
            ),
        ],
        script="""
A: Highgable Roofing, this is [person_name:Aroha], how can I help?
C: Hi. We've had a leak since Thursday's storm. Water through the ceiling. {neg}
A: Oh no. Your name, please?
C: [person_name:Deepak Venkataraman]. Do you want that spelled? {neu}
A: Just the surname, please.
C: [person_name:V E N K A T A R A M A N]. {neu}
A: Thanks, [person_name:Deepak]. And the property address?
C: [address:Forty-one Ashcombe Lane, unit three, Elmhurst, Illinois], [zip:six oh one two six]. {neu}
A: Is the roof shared with next door?
C: Yes, we're the end of a row of four. {neu}
A: Okay. The city re-roofing permit there is <reference:seven seven two, oh five eight, three one nine four>.
C: Right. Is someone coming today? It's still dripping into a bucket. {neg}
A: Today's full, I'm afraid. But [person_name:Kwame], our foreman, can tarp it tomorrow afternoon.
C: Tomorrow. Oh, lovely, another night of buckets, then. {neg}
A: Sorry. Is it over a bedroom?
C: No, the kitchen. Right over the card table, funnily enough. {neu}
A: Best number for [person_name:Kwame] to reach you?
C: [phone:Eight, four, seven, three, nine, two, five, five, one, eight]. {neu}
A: [phone:Eight four seven, three nine two, five five one eight]. Got it.
C: If I'm at work, my wife [person_name:Lakshmi] is home. Her cell is [phone:two two four, six oh eight, seven three three one]. {neu}
A: Your job number is <reference:four one six, two oh nine, eight eight five seven>.
C: Got it. Will insurance cover this? {neu}
A: It should. Who's your insurer?
C: Prairie Mutual. The policy number is [member_id:P M H, seven two two, oh four one, nine]. {neu}
A: Has an adjuster been out?
C: Not yet. A woman called [person_name:Fionnuala] rang yesterday. She's coming Wednesday. {neu}
A: Good. Could you forward her report to us by Thursday?
C: Sure, I can do that. {neu}
A: Meanwhile I'll send a written quote by Tuesday. At a guess, <quantity:twenty-two> squares of shingle.
C: <quantity:Twenty-two> what, sorry? {neu}
A: A square's a hundred square feet. The whole roof, about <amount:eighteen thousand four hundred dollars>.
C: <amount:Eighteen thousand>. Right. That's a lot more than I'd hoped. {neg}
A: Shingle prices rose this year, sadly. With insurance, you'd only pay the deductible.
C: Okay, that's a relief, if so. {pos}
A: We also offer financing. For that I'd need the last four of your social.
C: Okay. Last four, [ssn:six two oh nine]. Date of birth too? {neu}
A: Yes, please.
C: [date_of_birth:The twenty-third of August, nineteen seventy-eight]. {neu}
A: Thanks. The crew comes about <time:one thirty> tomorrow. Is there street parking?
C: Plenty. Will they need the gate opened? {neu}
A: It helps. [person_name:Kwame] will call ahead.
C: [person_name:Lakshmi] can open it. I'll tell her to move the car, too. {neu}
A: Perfect. Could she have the driveway clear by one?
C: She will, yes. Thanks, honestly, that's a weight off. {pos}
A: You're welcome, [person_name:Deepak]. Good luck with the buckets.
C: Ha. Thanks, bye. {neu}
""",
    ),
    CallScript(
        id="10d04-translation-agency",
        trade="translation and interpreting agency",
        company="Meridian Language Services",
        agent="Bilal Haddad",
        customer="Wiktoria Zielinska",
        agent_voice="espeak:en-us:136:48",
        customer_voice="hibari:104:200",
        noise_db=15.0,
        reason="A customer needs certified translations of her mother's Polish certificates for a green card and an interpreter for a cardiology appointment, and is owed a deposit from a cancelled booking.",
        outcome="Three pages to translate for one hundred and five dollars, done by Friday; an interpreter booked for the fifteenth; the fifty-dollar deposit refunded to her Polish account within forty-eight hours; the agent to ring her brother in Dublin on Monday about the original certificate.",
        actions=[
            Action(
                "refund the fifty-dollar deposit to the customer's Polish account",
                "Emeka",
                "2026-12-07",
                "within forty-eight hours",
                ("refund", "deposit"),
            ),
            Action(
                "call the customer's brother about the original marriage certificate",
                "Bilal Haddad",
                "2026-12-07",
                "Monday",
                ("call", "brother", "marriage certificate"),
            ),
            Action(
                "email scans of the birth certificate",
                "Wiktoria Zielinska",
                "2026-12-08",
                "by Tuesday",
                ("scan", "birth certificate"),
            ),
            Action(
                "finish the certified translations",
                "Hyunwoo",
                "2026-12-11",
                "by Friday",
                ("translation",),
            ),
        ],
        script="""
A: Meridian Language Services, [person_name:Bilal Haddad] speaking.
C: Hello, [person_name:Bilal]. I need some documents translated from Polish. Certified ones. {neu}
A: Sure. Your name?
C: [person_name:Wiktoria Zielinska]. That's [person_name:Wiktoria] with a W, [person_name:W I K T O R I A]. {neu}
A: Thank you, [person_name:Wiktoria]. What are the documents?
C: My mother's birth certificate and her marriage certificate. For her green card. {neu}
A: Okay. Certified translations are 35 dollars a page. How many pages?
C: <quantity:Three> pages altogether, I think. {neu}
A: So <amount:one hundred and five dollars>. I'll need her name and date of birth as on the original.
C: She's [person_name:Halina], same surname, and she was born [date_of_birth:the second of February, nineteen fifty-one]. {neu}
A: [date_of_birth:Second of February, fifty-one]. Got it.
C: Will the translator read old handwriting? It's very curly. {neu}
A: Yes. [person_name:Hyunwoo] does our Polish work. He's great with old script.
C: Oh, great. {pos}
A: Your job reference is <reference:three oh eight, six six one>.
C: And then, separately, I need an interpreter. For her cardiology appointment on <date:the fifteenth>. {neu}
A: In person or by phone?
C: In person. At <time:ten forty-five>, at the hospital. {neu}
A: [person_name:Katarzyna] is free that morning. Two hours minimum, so <amount:one hundred and sixty dollars>.
C: Fine. But last time you cancelled, and I never got my deposit back. {neg}
A: I'm sorry. Let me check. Yes, <amount:fifty dollars>, from October.
C: It's been two months. I don't want to be a nuisance, but it's a bit much. {neg}
A: Completely fair. [person_name:Emeka] in accounts will send it within forty-eight hours. Where to?
C: My Polish account, please. {neu}
A: Okay, the IBAN?
C: [iban:P L two seven, one oh two oh, four seven nine five, double oh oh three, six one two eight, four four nine oh, five five three one]. {neu}
A: Let me read the end back. [iban:Four four nine oh, five five three one].
C: Correct. {neu}
A: Your contact number?
C: [phone:Plus one, three one two, seven oh six, four eight two five]. {neu}
A: And an email, for the scans?
C: [email:wiktoria z eighty-nine at gmail dot com]. {neu}
A: [email:Wiktoria z eighty-nine at gmail dot com]. Perfect.
C: Oh, one more thing. My brother [person_name:Tadeusz] in Dublin has the original marriage certificate. {neu}
A: Can he post it, or scan it?
C: Could you ring him? His number is [phone:plus three five three, eight seven, two one four, six oh nine two]. {neu}
A: [phone:Plus three five three, eight seven, two one four, six oh nine two]. I'll call him Monday.
C: Thank you. He's terrible with email, but he'll answer a call. {pos}
A: And could you email me scans of the birth certificate by Tuesday?
C: By Tuesday, yes. I'll do it tomorrow. {neu}
A: Then [person_name:Hyunwoo] will have the translations done by Friday.
C: Friday. Perfect. Thanks, [person_name:Bilal], really. {pos}
A: My pleasure. Have a good weekend.
C: Thanks, bye. {neu}
""",
    ),
    CallScript(
        id="10d05-livery-stables",
        trade="horse livery stables",
        company="Thornbury Livery Stables",
        agent="Tanvir Hossain",
        customer="Sione Tupou",
        agent_voice="hibari:105",
        customer_voice="espeak:en-us+klatt:139:40",
        noise_db=19.0,
        reason="A father is moving his daughter's pony to full livery when the family moves house and needs a stall, the farrier and the yard paperwork.",
        outcome="Stall fourteen from the twelfth at 780 a month; contract, rider and insurance details taken; farrier booked for the fifteenth; the family's vet to send the vaccination record by Thursday; the deposit to come from a New Zealand account on Monday.",
        actions=[
            Action(
                "shoe the pony (full set)",
                "Dragan",
                "2026-12-15",
                "on the fifteenth",
                ("shoe", "farrier", "set"),
            ),
            Action(
                "email the pony's vaccination record to the yard",
                "Ifeoma Nwosu",
                "2026-12-10",
                "by Thursday",
                ("vaccination", "record"),
            ),
            Action(
                "transfer the livery deposit",
                "Sione Tupou",
                "2026-12-07",
                "Monday",
                ("deposit", "transfer", "send"),
            ),
            Action(
                "email the yard's code of conduct",
                "Tanvir Hossain",
                None,
                None,
                ("code of conduct", "email"),
            ),
        ],
        script="""
A: Thornbury Livery, [person_name:Tanvir] here.
C: Hi, it's [person_name:Sione Tupou]. I rang last week about full livery for my daughter's pony. {neu}
A: Oh yes, hello. The pony's called Summer, right?
C: That's her. Summer. More like a winter, temper-wise. {neu}
A: Ha. Well, we've got stall <reference:fourteen> free from <date:the twelfth>.
C: <date:The twelfth> is perfect. We move house that week anyway. {pos}
A: Full livery is 780 a month, hay and bedding included.
C: Fine. Her last yard lost her saddle, so I'm a bit wary, honestly. {neg}
A: Can I take your new address?
C: [address:Flat two, fifty-seven Kingfisher Drive, Lexington, Kentucky], [zip:four oh five one three]. {neu}
A: Your livery contract number is <reference:five nine oh, six four eight, one one two seven>.
C: Hang on. <reference:Five nine oh>... {neu}
A: <reference:Six four eight, one one two seven>.
C: Got it. {neu}
A: And the best number for you?
C: My mobile's [phone:eight five nine, five five one, twenty-one, forty-eight]. {neu}
A: [phone:Eight five nine, five five one, twenty-one forty-eight].
C: That's it. And take [person_name:Mele]'s, in case I'm at work. {neu}
A: Sure, go ahead.
C: [phone:Eight five nine, oh four seven, double three six two]. {neu}
A: And the rider's date of birth, for our insurance.
C: [person_name:Mele] was born [date_of_birth:the ninth of May, twenty twelve]. {neu}
A: Lovely. And the pony's own insurance policy?
C: [member_id:E Q, four seven seven, one three oh, two]. {neu}
A: And her equine passport number, for the yard records?
C: It's <reference:eight two six, oh oh four, two one nine, five three three, eight>. {neu}
A: Thanks. [person_name:Dragan], our farrier, comes on Tuesdays. Shall I book her in?
C: Yes, please. Her shoes are a bit worn. {neu}
A: [person_name:Dragan] can do her on <date:the fifteenth>. That's <amount:ninety-five dollars> for a full set.
C: Fine. {neu}
A: Could you make sure her vaccination record reaches us before she arrives?
C: I'll ask our vet, Doctor [person_name:Ifeoma Nwosu], to email it by Thursday. {neu}
A: Thanks. She can send it to bookings at thornbury livery dot com.
C: Okay. My email, for invoices, is [email:sione dot tupou seven seven at yahoo dot com]. {neu}
A: [email:Sione dot tupou seven seven at yahoo dot com]. Great.
C: Can I pay the deposit from my New Zealand account? {neu}
A: We can take a transfer. What's the account number?
C: It's [bank_account:one two, three one four two, oh five eight eight six two one, oh oh]. {neu}
A: Ending [bank_account:six two one, oh oh]?
C: Yes. {neu}
A: The deposit is one month, <amount:seven hundred and eighty dollars>.
C: I'll send it Monday. Oh, do you have a code of conduct for the yard? Her friends will visit. {neu}
A: We do, I'll email it. And a county grant paid for our new arena.
C: Oh, brilliant. The arena was a big selling point, honestly. {pos}
A: Great. So we'll see Summer on <date:the twelfth>, <time:around ten>.
C: Perfect. Thanks so much, [person_name:Tanvir]. {pos}
A: Bye now.
""",
    ),
    CallScript(
        id="10d06-chimney-sweep",
        trade="chimney sweep and fireplace service",
        company="Cinder and Flue Chimney Services",
        agent="Mihail Popescu",
        customer="Meiling Chou",
        agent_voice="festival:cmu_us_slt_arctic_hts:-100",
        customer_voice="hibari:106",
        noise_db=16.5,
        reason="A landlord's tenant reports that the fireplace at her rental flat smokes; she wants an inspection and sweep before winter.",
        outcome="Inspection and sweep booked for Wednesday at two with a technician, paid by card; the landlord to tell the tenant by Monday and he is not to light the fire until then; report within forty-eight hours of the visit; confirmation by email tonight.",
        actions=[
            Action(
                "inspect and sweep the chimney at the rental flat",
                "Kamal",
                "2026-12-09",
                "Wednesday at two",
                ("sweep", "inspect"),
            ),
            Action(
                "let the tenant know about the visit",
                "Meiling Chou",
                "2026-12-07",
                "by Monday",
                ("tenant", "let him know", "tell"),
            ),
            Action(
                "send the inspection report",
                "Kamal",
                "2026-12-11",
                "within forty-eight hours of the visit",
                ("report",),
            ),
            Action(
                "email a booking confirmation",
                "Mihail Popescu",
                "2026-12-05",
                "tonight",
                ("confirmation", "email"),
            ),
        ],
        script="""
A: Cinder and Flue Chimney Services, [person_name:Mihail] speaking.
C: Hi. I'm calling about a sweep at my rental flat. The tenant says the fireplace smokes. {neu}
A: Sure. Can I get your name?
C: [person_name:Meiling Chou]. That's [person_name:M E I L I N G], one word. {neu}
A: Thanks, [person_name:Meiling]. And the property?
C: [address:Three eighty Juniper Street, apartment two F, Oakland], [zip:nine four six one oh]. {neu}
A: Is that a wood-burning fireplace?
C: Yes, the old brick kind. Built in 1926, I think. {neu}
A: Those need an inspection, not just a sweep. Level one is <amount:two hundred and twenty-five dollars>.
C: Fine. As long as the tenant stops ringing me at midnight. {neg}
A: Ha. Who's the tenant, so our tech can reach him?
C: [person_name:Padraig Gilligan]. Good tenant, to be fair. Bit dramatic. {neu}
A: And his number?
C: [phone:Five one oh, three seven four, two nine, no, sorry, two eight one six]. {neu}
A: So [phone:five one oh, three seven four, two eight one six]?
C: That's right. {neu}
A: And your work order is <reference:four four seven, one oh two, nine three eight six>.
C: Got it. {neu}
A: [person_name:Kamal] will be your technician. He's got a cancellation on Wednesday at <time:two p.m.>
C: Wednesday's fine. Can [person_name:Padraig] let him in? I'm working. {neu}
A: Sure. Could you let him know by Monday?
C: I'll let him know by Monday, yes. {neu}
A: The inspection and sweep together come to <amount:three hundred and ten dollars>.
C: On a card, please. [card_number:Three seven one nine, six oh four four two five, eight one oh oh three]. {neu}
A: And the expiry?
C: [card_expiry:March twenty-seven]. And the code on the front is [card_security_code:four one one eight]. {neu}
A: Thanks. And the billing zip?
C: Same as the flat. No, sorry, my home one, [zip:nine four seven oh five]. {neu}
A: All set. Your receipt is <reference:six six two, oh one nine>.
C: Great. {neu}
A: If you ever need us urgently, our direct line is <phone_business:five one oh, eight nine three, four four two oh>.
C: <phone_business:Five one oh, eight nine three>... {neu}
A: <phone_business:Four four two oh>. Day or night.
C: Good to know. The last company just phoned it in. And left a mark on the rug. {neg}
A: Sorry to hear that. [person_name:Kamal] is very thorough.
C: Is the smoke dangerous? Should [person_name:Padraig] stop using it? {neu}
A: Yes, not until [person_name:Kamal]'s been. Could be a blocked flue, a nest, a number of things.
C: Oh, wonderful. Birds. In December. {neg}
A: It happens. [person_name:Kamal] sends the report within forty-eight hours of the visit.
C: Good. And if it needs a liner? {neu}
A: He'll quote it on the spot. Liners run from 1,800 to 3,000.
C: Ouch. Well, let's hope not. {neg}
A: Fingers crossed. I'll email you a confirmation tonight. Your email?
C: [email:m chou forty-one at hotmail dot com]. {neu}
A: Done. Thanks, [person_name:Meiling].
C: Thank you, you've been really helpful. {pos}
""",
    ),
]

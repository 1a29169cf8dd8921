"""The FOURTEENTH-DEV half: six scripted two-party phone calls, a fourteenth set in trades none
of the earlier sets covered. Written blind from a brief on 2026-12-06 by a helper session that
read no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond
the first thirteenth-dev call, as a format example); see README.md. Frozen as of the commit
that adds it: do not edit the calls or the labels to suit a result. Tune on these if you must;
the test half (fourteenth_test_calls.py) is held out: do not read it and do not tune on it.

Trades: standby generator installation, dermatology clinic, roll-off dumpster rental, tire
shop, charter coach hire, travel vaccination clinic. The set's weight is on action items
(found, with the right named owner and the right due day), customer sentiment, PII said the
way people say it on the phone, and numbers that must survive redaction. PII: a full SSN
(corrected mid-answer and read back), dates of birth in words and in digits (a spouse's among
them), a routing and an account number, a Visa, a Mastercard and an Amex with expiries ("oh
four twenty-nine", "April of twenty-nine", "twelve twenty-eight") and security codes (one
four-digit, one corrected), a German IBAN read in groups and read back with a slip, insurance
member ids and a loyalty number, e-mails spelled with dots and digits, phone numbers (with
"double" and "oh", a German mobile, one read back wrong and corrected), street addresses with
an apartment, house numbers in words ("twenty-six oh four", "forty-two eleven") and ZIP codes,
names from many cultures (six spelled letter by letter) and third parties (an electrician, two
wives, a doctor, a driver, a service tech, an accounts colleague, a coach driver, a nurse).
Must-survive numbers, 5-10 per call: quotes, jobs, orders, bookings, confirmations, a
specimen, a flight, amounts, times, dates, quantities and the business's own line as
`<phone_business:...>`, several right after a sensitive answer.

Each call has 4-5 action items owned by the agent, the customer or a third person named in the
call, with due days said in varied ways ("today", "within twenty-four hours", "tomorrow
afternoon", "Thursday morning", "by Tuesday at the latest", "before the fifteenth", "first
thing Monday", "tonight", "by close of business", "by Friday", "in two days", "by the end of
next week", "by Wednesday", "this afternoon", "this Friday"), a few with none, and in shapes
that are indirect ("let me get that over to you today", "what I need from you is...", "I'll
have Marcus swing by...", "can you make sure...", "you'll get a text from us..."). Past actions
("I already emailed you that yesterday"), hypotheticals ("if the power goes out before we
install, you could..."), policies ("we always register the warranty"), declined offers ("no
need to mail it, thanks") and the agent describing what they are doing on the call ("I'm
updating that right now") look like action items and are not. About a third of the customer
lines are clearly positive or negative (relief, thanks, polite complaints, frustration, sarcasm
such as "oh wonderful, right in time for the ice storms"), the rest neutral, some with
emotional-looking words that a listener would not call either way.

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written; `<kind:words>` a number that must survive
redaction; a trailing `{pos}`, `{neu}` or `{neg}` labels a customer utterance's sentiment
(every customer line is labelled). Every call happens on Sunday 6 December 2026; due dates
are resolved against that day."""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="14d01-standby-generator",
        trade="standby generator installation and service",
        company="Ironbark Power Systems",
        agent="Priyanka Raghunathan",
        customer="Dmitri Volkov",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:173:-250",
        noise_db=15.0,
        reason="A homeowner who lost power for three days last winter wants to go ahead with a quoted whole-house standby generator on the sixty-month financing plan.",
        outcome="Financing application taken; the paperwork goes out today, the electrician's site survey is set for Thursday the tenth, the customer sends meter and panel photos tomorrow afternoon and leaves the gate unlocked, and the permit is filed within a day.",
        actions=[
            Action(
                "send the financing paperwork for e-signature",
                "Priyanka Raghunathan",
                "2026-12-06",
                "today",
                ("paperwork", "financ", "DocuSign"),
            ),
            Action(
                "do the site survey at the house",
                "Marcus Oyelaran",
                "2026-12-10",
                "Thursday the tenth",
                ("survey", "site", "swing by"),
            ),
            Action(
                "make sure the side gate is unlocked for the electrician",
                "Dmitri Volkov",
                "2026-12-10",
                "Thursday morning",
                ("gate", "unlock"),
            ),
            Action(
                "send photos of the gas meter and the electrical panel",
                "Dmitri Volkov",
                "2026-12-07",
                "tomorrow afternoon",
                ("photo", "meter", "panel"),
            ),
            Action(
                "submit the permit application to the village",
                "Priyanka Raghunathan",
                "2026-12-07",
                "within twenty-four hours",
                ("permit",),
            ),
        ],
        script="""
A: Ironbark Power Systems, this is [person_name:Priyanka].
C: Hi, um, I got a quote from you guys for a whole-house generator, and we'd like to go ahead with it. {pos}
A: Oh, great! The quote number?
C: Uh, <quote:Q seven seven four oh two>. {neu}
A: Perfect, the <quantity:twenty-two kilowatt> unit, <amount:eleven thousand four hundred eighty dollars> installed. And you're [person_name:Dmitri Volkov]?
C: That's me. [person_name:V O L K O V]. {neu}
A: Thanks, [person_name:Dmitri]. For the <quantity:sixty-month> financing I'll need your social and your date of birth.
C: Sure, [ssn:four one two, seven seven, oh nine three eight]. No wait, sorry, I flipped it, the end is [ssn:oh nine eight three]. {neu}
A: So [ssn:four one two, seven seven, oh nine eight three]. And your birthday?
C: [date_of_birth:February ninth, nineteen seventy-nine]. {neu}
A: And the install's at [address:twenty-six oh four Birchwood Terrace, Naperville]?
C: Yep, [zip:six oh five six four]. {neu}
A: A cell number?
C: [phone:Six three oh, four four oh, double one five seven]. {neu}
A: [phone:Six three oh, four four oh, one one five seven]. And the email's still [email:D dot volkov seventy-nine at outlook dot com]?
C: That's it. {neu}
A: And the lender takes the monthly payment from checking. Routing and account number?
C: Routing's [routing_number:oh seven one, nine two one, eight nine one], and the account is [bank_account:four four seven two, nine one oh six, three]. {neu}
A: [bank_account:Four four seven two, nine one oh six, three]. So, let me get the financing paperwork over to you today, it's one DocuSign signature.
C: Oh nice, easy enough. {pos}
A: Then I'll have our electrician, [person_name:Marcus Oyelaran], swing by <date:Thursday the tenth> for the site survey, between <time:nine and eleven>.
C: Thursday's fine, I work from home. {neu}
A: Can you make sure the side gate is unlocked Thursday morning? The gas meter's back there.
C: Oh, the gate. My wife [person_name:Lena] padlocks it, but yeah, I'll make sure it's open. {neu}
A: Thanks. And what I need from you is photos of the gas meter and the electrical panel, door open. Tomorrow afternoon okay?
C: Sure, tomorrow afternoon. {neu}
A: Once the credit comes back, I'll submit the permit application to the village within twenty-four hours. They take about <quantity:three weeks> to approve it.
C: Three weeks. Oh, wonderful, right in time for the ice storms. {neg}
A: I know, I'm sorry. If the power goes out before we install, you could call our emergency line, we have portable rentals.
C: Ugh, last winter we were out for three days and the basement flooded. I'm still mad about it. {neg}
A: That's awful. The line's <phone_business:eight four seven, two two nine, four one four four>.
C: Got it. Do I sign the warranty brochure too? {neu}
A: No, I already emailed you that yesterday, it's just reading. We always register the warranty with the manufacturer ourselves.
C: Oh good, one less thing. Should I mail you the survey plat? {pos}
A: No need to mail it, thanks, the village has it. Your job number is <job:two two five one eight>, and the <amount:five hundred dollar> down payment is due on survey day.
C: Perfect. Thanks so much, [person_name:Priyanka], that was painless. {pos}
A: You're welcome, [person_name:Dmitri]. I'm just adding the gate note to your job now. Have a good Sunday.
""",
    ),
    CallScript(
        id="14d02-dermatology",
        trade="dermatology clinic",
        company="Brightwater Dermatology",
        agent="Marisol Ibanez",
        customer="Lan Nguyen",
        agent_voice="hibari:176",
        customer_voice="espeak:en-us+f3:138:62",
        noise_db=17.0,
        reason="A patient who had a skin biopsy last week calls because she has not heard about the results, and her insurance has changed.",
        outcome="The doctor will call with the results by Tuesday; a surgery consult is booked for the fifteenth, the new insurance is on file and the prior authorization goes out Monday morning; she fills in the surgery-center forms before the consult and stops her retinoid cream tonight.",
        actions=[
            Action(
                "call the patient with the biopsy results",
                "Dr. Abernathy",
                "2026-12-08",
                "by Tuesday at the latest",
                ("result", "call"),
            ),
            Action(
                "send the prior authorization request to the insurer",
                "Marisol Ibanez",
                "2026-12-07",
                "first thing Monday",
                ("authoriz", "Aetna"),
            ),
            Action(
                "fill out the surgery center's forms online",
                "Lan Nguyen",
                "2026-12-15",
                "before the fifteenth",
                ("form",),
            ),
            Action(
                "stop using the tretinoin cream",
                "Lan Nguyen",
                "2026-12-06",
                "tonight",
                ("tretinoin", "cream", "stop"),
            ),
        ],
        script="""
A: Brightwater Dermatology, [person_name:Marisol] speaking.
C: Hi, um, I had a biopsy on Tuesday and I still haven't heard anything, and honestly I'm going out of my mind. {neg}
A: I'm so sorry, the waiting is the worst part. Your name and date of birth?
C: [person_name:Lan Nguyen], [date_of_birth:oh three, fourteen, eighty-eight]. {neu}
A: And that's [person_name:N G U Y E N]?
C: Yep. {neu}
A: Okay, I see it, specimen <specimen:two six dash four four one seven>. The results came back Friday, and [person_name:Dr. Abernathy] wants to go over them with you himself. He'll call you by Tuesday at the latest.
C: Oh. Is that, is that a bad sign? {neg}
A: Not necessarily, he calls about most of them. But he's asked for a surgery consult. I have <date:Tuesday the fifteenth> at <time:two forty> with the Mohs team.
C: The fifteenth? That's another week of worrying. Okay, fine. {neg}
A: We still have your old insurance on file. Did anything change?
C: Yes, and it's been a nightmare, honestly. It's Aetna now, member ID [member_id:W two seven seven, four oh one, eight eight six]. {neg}
A: [member_id:W two seven seven, four oh one, eight eight six]. I'm updating that in your chart right now. Your specialist copay is <amount:sixty dollars>, and Mohs needs a prior authorization, so I'll send that to Aetna first thing Monday.
C: Oh, thank you, I really appreciate that. {pos}
A: Is your address still the same?
C: No, I moved. [address:Four eighteen Carroll Street, apartment three R, Brooklyn], [zip:one one two three one]. {neu}
A: Got it. The surgery center has its own paperwork. What I need from you is those forms done online before the fifteenth, or they'll make you do them in the waiting room.
C: Sure. Where are they? {neu}
A: The link already went to your portal on Friday. Is your email still [email:lan dot nguyen dot nyc at gmail dot com]?
C: Oh, that's the old one, sorry. [email:L N G U Y E N, zero three, at protonmail dot com]. {neu}
A: Got it, updated. Also, the doctor left a note: stop using the tretinoin cream tonight, and don't restart until after the surgery.
C: Fine by me, that stuff made my face peel anyway. {neu}
A: If the biopsy spot gets red or warm before then, you could come in same day.
C: Okay. {neu}
A: Would you like a printed aftercare sheet mailed to you?
C: No, no need, the portal's fine. I'm terribly sorry, could you repeat the time on the fifteenth? {neu}
A: <time:Two forty>. We always text a reminder two days before. Your confirmation is <confirmation:B W eight eight three two>.
C: Two forty. And if [person_name:Dr. Abernathy] doesn't call by Tuesday? {neu}
A: Then call the nurse line, <phone_business:seven one eight, five five five, oh one nine two>.
C: Okay. Thank you so much, [person_name:Marisol], I feel calmer, honestly. {pos}
A: I'm glad. Take care, [person_name:Ms. Nguyen].
""",
    ),
    CallScript(
        id="14d03-dumpster-rental",
        trade="roll-off dumpster rental",
        company="Haul Right Dumpsters",
        agent="Gustavo Pereira",
        customer="Yusuf Demir",
        agent_voice="espeak:en-us+klatt:137:45",
        customer_voice="festival:kal_diphone",
        noise_db=19.0,
        reason="A homeowner gutting his kitchen wants a twenty-yard dumpster on his driveway for a week, after another company failed to show up.",
        outcome="Dumpster booked for drop-off tomorrow morning by driver Tevita, paid by Amex; the rental agreement goes out by close of business, comes back signed by Friday, and the driveway is cleared tonight.",
        actions=[
            Action(
                "drop off the twenty-yard dumpster",
                "Tevita",
                "2026-12-07",
                "first thing tomorrow morning",
                ("drop", "dumpster"),
            ),
            Action(
                "text the customer about an hour before the driver arrives",
                "Gustavo Pereira",
                "2026-12-07",
                "tomorrow",
                ("text", "hour before"),
            ),
            Action(
                "move both cars off the driveway",
                "Yusuf Demir",
                "2026-12-06",
                "tonight",
                ("car", "driveway"),
            ),
            Action(
                "email the rental agreement",
                "Gustavo Pereira",
                "2026-12-06",
                "by close of business",
                ("agreement", "email"),
            ),
            Action(
                "return the signed rental agreement",
                "Yusuf Demir",
                "2026-12-11",
                "by Friday",
                ("sign", "agreement"),
            ),
        ],
        script="""
A: Haul Right Dumpsters, this is [person_name:Gustavo].
C: Hey, I need a dumpster, like, tomorrow. The last outfit I booked just never showed up. {neg}
A: Ugh, sorry. We can help. What's the project?
C: Kitchen tear-out. Cabinets, drywall, the old tile. {neu}
A: A <quantity:twenty-yard> should do it. <amount:Four eighty-nine> for <quantity:seven days>, up to <quantity:two tons>. Over that it's <amount:sixty-five a ton>, but most kitchens don't get there.
C: Okay, that's fair, cheaper than the other guys. {pos}
A: Name on the order?
C: [person_name:Yusuf Demir]. [person_name:D E M I R]. {neu}
A: Thanks, [person_name:Yusuf]. And where's it going?
C: [address:Forty-two eleven North Kedzie Avenue], Chicago, [zip:six oh six one eight]. On the driveway. I already got the permit from the city last week. {neu}
A: Oh, perfect. Best number?
C: [phone:Seven seven three, double oh eight, two four one six]. {neu}
A: That's [phone:seven seven three, double oh eight, two four six one]?
C: No, [phone:two four one six] at the end. {neu}
A: Sorry. Okay, [person_name:Tevita]'s got your drop-off first thing tomorrow morning, he's usually rolling by <time:seven fifteen>. And tomorrow you'll get a text from us about an hour before he pulls up.
C: Oh, thank God. Seriously, thank you. {pos}
A: Can you make sure both cars are off the driveway tonight? He needs the full length to back in.
C: Yeah, I'll park on the street tonight. {neu}
A: We've got plywood for under the wheels, <amount:fifteen dollars>, if you're worried about the concrete.
C: Nah, no need, it's an old driveway. {neu}
A: Sure. And for payment?
C: Amex. [card_number:Three seven one five, six six two oh four one, nine three oh oh eight]. {neu}
A: [card_number:Three seven one five], and then?
C: [card_number:Six six two oh four one, nine three oh oh eight]. Expires [card_expiry:April of twenty-nine], and the code on the front is [card_security_code:four four seven one]. {neu}
A: Thanks. Your order number is <order:H R eight one three two six>, and it's <amount:four eighty-nine> plus tax.
C: And can you grab it Saturday? I want it gone before my in-laws come. {neu}
A: Pickups in your area are Tuesdays, so <date:Tuesday the fifteenth>.
C: Oh, perfect, so it sits on my driveway another four days. Great. {neg}
A: Sorry. You could call in for an early pull and we'd try, but no promises. We always weigh it at the transfer station and bill any overage after.
C: Okay. Fine. Whatever. {neg}
A: I'll email you the rental agreement by close of business. What I need from you is that signed and back by Friday.
C: Send it to [email:yusuf dot demir eighty-one at yahoo dot com]. {neu}
A: [email:Yusuf dot demir eighty-one at yahoo dot com]. Dispatch is <phone_business:seven seven three, five five five, oh one four oh> if anything comes up.
C: Great. Appreciate you, man, really. {pos}
A: Anytime, [person_name:Yusuf]. Good luck with the kitchen.
""",
    ),
    CallScript(
        id="14d04-tire-shop",
        trade="tire shop",
        company="Treadline Tire and Wheel",
        agent="Olumide Adeyemi",
        customer="Kristin Halvorsen",
        agent_voice="hibari:181:-200",
        customer_voice="festival:cmu_us_slt_arctic_hts:80",
        noise_db=14.0,
        reason="A driver with a screw in the sidewall of a rear tire needs two replacement tires and wants to know whether her road-hazard plan covers them.",
        outcome="Two tires ordered tonight for Tuesday's truck, mounting booked for Tuesday at eight; the agent finds out about road-hazard coverage in two days, the service tech checks a slow leak, and she brings the wheel-lock key.",
        actions=[
            Action(
                "order the two tires from the warehouse",
                "Olumide Adeyemi",
                "2026-12-06",
                "tonight",
                ("order", "tire", "warehouse"),
            ),
            Action(
                "find out whether the road-hazard plan covers the tires and call back",
                "Olumide Adeyemi",
                "2026-12-08",
                "in two days",
                ("road hazard", "cover", "call"),
            ),
            Action(
                "bring the car in for mounting",
                "Kristin Halvorsen",
                "2026-12-08",
                "Tuesday at eight",
                ("bring", "car", "drop"),
            ),
            Action(
                "bring the wheel-lock key",
                "Kristin Halvorsen",
                None,
                None,
                ("wheel lock", "key"),
            ),
            Action(
                "check the slow leak on the front tire",
                "Aurelio",
                None,
                None,
                ("leak",),
            ),
        ],
        script="""
A: Treadline Tire, this is [person_name:Olumide].
C: Hi, um, I've got a screw in my back tire, right in the sidewall, and the gas station guy says it can't be patched. {neg}
A: Yeah, sidewall's a no, unfortunately. Your name?
C: [person_name:Kristin Halvorsen]. [person_name:H A L V O R S E N]. {neu}
A: Thanks, [person_name:Kristin]. Are you in our rewards program?
C: I think so? [member_id:T R four four oh nine one seven]. {neu}
A: There you are, a <year:twenty twenty-one> Outback. I'm pulling up your tire size now. On all-wheel drive we replace both rears, so <quantity:two tires>.
C: Oh wonderful, two tires. For one screw. {neg}
A: I know. They're <amount:one eighty-four ninety-nine> each, plus <amount:twenty-five dollars> a wheel to mount and balance. They're not on the shelf, so I'll put the order in with the warehouse tonight, and they'll come on Tuesday's truck.
C: I bought your road hazard thing with these. Does that cover any of it? {neu}
A: It might. Let me find out whether it covers the second tire too, and I'll call you back in two days.
C: Okay, thank you, that'd be a huge help. {pos}
A: Can you bring it in Tuesday at eight?
C: Tuesday? Ugh, I'll have to beg a ride to work. Fine, eight. {neg}
A: Sorry about that. Short trips till then, under fifty. If the pressure light comes on before Tuesday, you could swing by and we'll top it off free.
C: Okay. The front one's been losing air too, like a pound a week. {neu}
A: Then [person_name:Aurelio], our service tech, can check that slow leak while it's on the lift. Oh, and bring your wheel-lock key, it's usually in the glove box.
C: I'm so sorry, could you say that again? The line cut out. {neu}
A: Your wheel-lock key. Glove box, usually.
C: Oh, the key, got it. And good, that leak's been bugging me for weeks. {pos}
A: Want nitrogen in all four? It's <amount:ten dollars>.
C: No thanks, regular air's fine. {neu}
A: Sure. I'll need a card to hold the order.
C: Mastercard, [card_number:five four one two, seven seven three oh, eight eight one six, oh two nine five]. {neu}
A: Expiry and code?
C: [card_expiry:Oh four twenty-nine], code [card_security_code:three one six]. Sorry, [card_security_code:three one nine]. {neu}
A: [card_security_code:Three one nine]. Billing ZIP?
C: [zip:Nine eight one oh three]. {neu}
A: Your order number is <order:four four seven two one>, with a hold of <amount:one hundred dollars>. Best number for the callback?
C: [phone:Two oh six, five five oh, seven three three eight]. {neu}
A: [phone:Two oh six, five five oh, seven three three eight]. We always recheck the lug nuts after <quantity:fifty miles>, so just pop back in.
C: Sure. I already rotated them in October, by the way. {neu}
A: Noted. Our number's <phone_business:four two five, four four one, eight eight two oh>.
C: Great. Thanks, [person_name:Olumide], you've been really patient with me. {pos}
A: No problem, [person_name:Kristin]. See you Tuesday.
""",
    ),
    CallScript(
        id="14d05-charter-coach",
        trade="charter bus and coach hire",
        company="Lakeshore Motorcoach",
        agent="Colin Thornbury",
        customer="Anneliese Brandt",
        agent_voice="festival:kal_diphone:-100",
        customer_voice="hibari:184",
        noise_db=18.0,
        reason="A German youth choir director who wired the coach deposit twice asks for the duplicate to be refunded and confirms the coach for the choir's Chicago tour in March.",
        outcome="Refund of the duplicate deposit to her German IBAN set for Wednesday by accounts; revised contract tomorrow; she sends the passenger list by the end of next week and confirms the hotel loading zone; the driver texts when he is ten minutes out.",
        actions=[
            Action(
                "refund the duplicate deposit to the IBAN",
                "Hiroshi Tanaka",
                "2026-12-09",
                "by Wednesday",
                ("refund", "deposit"),
            ),
            Action(
                "send the revised contract",
                "Colin Thornbury",
                "2026-12-07",
                "tomorrow",
                ("contract",),
            ),
            Action(
                "send the passenger list",
                "Anneliese Brandt",
                "2026-12-11",
                "by the end of next week",
                ("passenger", "list", "names"),
            ),
            Action(
                "confirm the coach loading zone with the hotel",
                "Anneliese Brandt",
                None,
                None,
                ("hotel", "loading"),
            ),
        ],
        script="""
A: Lakeshore Motorcoach, [person_name:Colin] speaking.
C: Hello, good evening, this is [person_name:Anneliese Brandt], calling from Munich about our choir's booking. {neu}
A: Oh, hi! Could you spell the last name for me?
C: [person_name:B R A N D T]. The booking is <booking:L M four four seven oh>. {neu}
A: Got it, the <quantity:fifty-six seat> coach, <date:March nineteenth> to the twenty-second, and <quantity:forty-eight> passengers.
C: Yes. The problem is, our bank sent the deposit twice, and nobody noticed until Friday. It's very annoying. {neg}
A: Not a problem. Yes, I see two payments of <amount:two thousand four hundred dollars>. We'll refund one. Do you have the IBAN?
C: [iban:D E four four, five oh oh one, oh five one seven, five four one seven, seven three eight one, two two]. {neu}
A: Reading it back: [iban:D E four four, five oh oh one, oh five one seven, five four one seven, seven three eight one, two three]?
C: No, at the end it's [iban:seven three eight one, two two]. {neu}
A: Got it, thank you. I already sent the deposit invoice in October, so there's nothing new to sign. Our accounts guy, [person_name:Hiroshi Tanaka], will get the refund out by Wednesday.
C: Oh, that is a relief, thank you. The school was very upset. {pos}
A: Now, the airport pickup changed?
C: Yes, the flight is now <flight:L H four thirty>, landing at <time:two fifteen> in the afternoon. {neu}
A: Okay. I'll get the revised contract over to you tomorrow with the new pickup time. And what I need from you is the passenger list, full names, by the end of next week.
C: By the end of next week? Oh, fantastic, in the middle of our Christmas concerts. But fine, I'll manage. {neg}
A: Sorry! Also, could you check with the hotel where the coach can load? Some downtown hotels don't allow it out front.
C: I will ask them. {neu}
A: If the flight's late, you could text the driver directly. A number for you in Chicago?
C: My mobile, [phone:plus four nine, one seven two, five five three, eight oh double four]. {neu}
A: [phone:Plus four nine, one seven two, five five three, eight oh four four]. And the email's still [email:a dot brandt seventy-one at web dot d e]?
C: Yes, exactly. {neu}
A: We also offer onboard Wi-Fi, <amount:ninety dollars> a day.
C: No, thank you, the children have enough screens already. {neu}
A: Ha, fair. Your driver is [person_name:Desmond], and he always texts when he's ten minutes out. And we always cover the driver's hotel room, so nothing extra there.
C: Wonderful. Honestly, this was so much easier than I feared. {pos}
A: Glad to hear it. Our line is <phone_business:three one two, five five five, oh six six two>.
C: Thank you, [person_name:Colin], you have been very kind. {pos}
A: You too, [person_name:Ms. Brandt]. Good evening.
""",
    ),
    CallScript(
        id="14d06-travel-vaccination",
        trade="travel vaccination clinic",
        company="Wayfarer Travel Medicine",
        agent="Deborah Finkelstein",
        customer="Rahul Venkataraman",
        agent_voice="espeak:en-us+f3:141:58",
        customer_voice="hibari:187:-200",
        noise_db=20.0,
        reason="A traveller going to Ghana in January with his wife needs yellow fever, typhoid and malaria protection and wants to book both of them.",
        outcome="He is booked for Thursday; the malaria prescription goes to his pharmacy this afternoon, the nurse calls back tomorrow afternoon about rabies, he emails the itinerary tonight and brings his vaccination record, and his wife calls to book her own visit this Friday.",
        actions=[
            Action(
                "call back about whether the rabies series is needed",
                "Ingrid",
                "2026-12-07",
                "tomorrow afternoon",
                ("rabies", "call"),
            ),
            Action(
                "send the malaria prescription to the pharmacy",
                "Deborah Finkelstein",
                "2026-12-06",
                "this afternoon",
                ("malaria", "prescription", "pharmacy"),
            ),
            Action(
                "email the trip itinerary",
                "Rahul Venkataraman",
                "2026-12-06",
                "tonight",
                ("itinerary", "email"),
            ),
            Action(
                "call to book her own appointment",
                "Meera",
                "2026-12-11",
                "this Friday",
                ("book", "appointment", "call"),
            ),
            Action(
                "bring the old vaccination record to the appointment",
                "Rahul Venkataraman",
                None,
                None,
                ("record", "vaccin", "bring"),
            ),
        ],
        script="""
A: Wayfarer Travel Medicine, this is [person_name:Deborah].
C: Hi, yes, my wife and I are going to Ghana in January, and I was told we need, um, yellow fever? {neu}
A: You do, Ghana requires it. When do you fly?
C: The <date:ninth of January>. Is that too late? I'm a little panicky about it, honestly. {neg}
A: No, you're fine, it needs <quantity:ten days>. Your name?
C: [person_name:Rahul Venkataraman]. Sorry, it's long. [person_name:V E N K A T A R A M A N]. {neu}
A: And your date of birth?
C: [date_of_birth:The twenty-second of July, nineteen eighty-four]. {neu}
A: Any insurance? Most plans don't cover travel vaccines.
C: Cigna, the ID is [member_id:U eight eight two, oh four one, seven seven three]. {neu}
A: Let me check. No, it's excluded, sorry. Yellow fever is <amount:two hundred forty dollars>, and the typhoid capsules are <amount:ninety-five>.
C: Ouch. Okay, well, it is what it is. {neg}
A: I can do <date:Thursday the tenth> at <time:four fifteen>.
C: Oh great, Thursday's perfect, I'm off that day. {pos}
A: Our nurse, [person_name:Ingrid], wants to check whether you need the rabies series, with the village trip. She'll call you back tomorrow afternoon.
C: Rabies? Oh good, something else to worry about. {neg}
A: It's just a precaution. And I'll send the malaria prescription to your pharmacy this afternoon. Which one?
C: The CVS on Ogden Avenue. Oh, that's handy, thanks. {pos}
A: Okay. Could you email us your itinerary tonight? The nurse wants the regions before she calls.
C: Sure, tonight. {neu}
A: Our address is info at wayfarer travel med dot com. And yours?
C: [email:R dot venkat eighty-four at gmail dot com]. That's [email:V E N K A T], like the start of my last name. {neu}
A: [email:R dot venkat eighty-four at gmail dot com]. Please bring your old vaccination record too, the little yellow card.
C: I think it's in a drawer somewhere. I'll dig it out. {neu}
A: And your wife?
C: [person_name:Meera]. She'll call you this Friday to book herself, she's away for work right now. {neu}
A: Perfect. We'll need her date of birth then.
C: Oh, I have it. [date_of_birth:Eleven, five, eighty-seven]. {neu}
A: Thanks. We always call the day before to confirm. Should we mail your yellow card, or will you pick it up?
C: I'll pick it up, no need to mail it. {neu}
A: Okay. A card to hold the slot? It's refunded on the day.
C: Visa, [card_number:four nine one six, oh three eight eight, two seven five one, six six oh four], [card_expiry:twelve twenty-eight], [card_security_code:two oh nine]. {neu}
A: Your confirmation is <confirmation:W T five five one three>, with a hold of <amount:fifty dollars>. If you get a fever before Thursday, just reschedule at <phone_business:three one two, five five five, oh four four seven>.
C: Perfect. Honestly, you've made this way less stressful. Thank you. {pos}
A: My pleasure, [person_name:Mr. Venkataraman]. Safe travels.
""",
    ),
]

"""The THIRTEENTH-DEV half: six scripted two-party phone calls, a thirteenth set in trades none
of the earlier sets covered. Written blind from a brief on 2026-12-06 by a helper session that
read no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond
the first twelfth-dev call, as a format example); see README.md. Frozen as of the commit that
adds it: do not edit the calls or the labels to suit a result. Tune on these if you must; the
test half (thirteenth_test_calls.py) is held out: do not read it and do not tune on it.

Trades: auto glass windshield replacement, septic tank pumping and inspection, sleep clinic,
dry cleaning and laundry pickup, pre-purchase home inspection, summer camp registration. The
set's weight is on action items (found, with the right named owner and the right due day),
customer sentiment, PII said the way people say it on the phone, and numbers that must survive
redaction. PII: a Visa, a Mastercard and an Amex with expiries ("oh nine twenty-eight", "March
of twenty-nine", "eleven slash twenty-seven") and security codes (one corrected mid-answer, one
four-digit), the last four of an SSN, dates of birth in words and in digits (two of children),
a routing and an account number, a Spanish IBAN read in groups and read back, insurance policy,
member and account ids of varied shapes, e-mails with dots and digits, phone numbers (with
"double", a corrected one, a Spanish mobile, a wife's, read back), street addresses with suites
and apartments, house numbers in words ("twenty-two fifteen", "three eighty-one") and US ZIPs,
names from many cultures (two spelled) and third parties (a technician, a wife, a realtor, a
doctor, a manager, an inspector, a fiancé, a nurse, children). Must-survive numbers, 5-10 per
call: work orders, tickets, claims, bookings, confirmations, a device number, amounts, times,
dates, quantities, years and the business's own line as `<phone_business:...>`, several right
after a sensitive answer.

Each call has 4-5 action items owned by the agent, the customer or a third person named in the
call, with due days said in varied ways ("tonight", "by end of day today", "tomorrow morning",
"first thing tomorrow", "within three business days", "early next week", "before Thursday", "by
Wednesday", "this afternoon", "within the next hour", "by the eleventh", "Monday, first
thing"), a few with none. Past actions ("I already called them yesterday"), hypotheticals ("if
it starts spreading, you could..."), policies ("we always do that automatically") and declined
offers ("no, that's fine, don't bother") look like action items and are not. About a third of
the customer lines are clearly positive or negative (relief, thanks, complaints said politely,
sarcasm such as "oh great, Tuesday"), the rest neutral, some with emotional-looking words that
a listener would not call either.

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
        id="13d01-auto-glass",
        trade="auto glass windshield replacement",
        company="ClearPane Auto Glass",
        agent="Tomasz Wieczorek",
        customer="Adaeze Okonkwo",
        agent_voice="hibari:142",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=16.0,
        reason="A driver whose windshield cracked from a stone chip on the interstate wants a mobile replacement at her office, billed to her insurance.",
        outcome="Mobile replacement booked for Tuesday the eighth at her office; the glass claim to be filed by end of day, the rain-sensor bracket confirmed tomorrow morning, and the deductible card put on file.",
        actions=[
            Action(
                "call back to confirm the rain-sensor bracket is in stock",
                "Tomasz Wieczorek",
                "2026-12-07",
                "tomorrow morning",
                ("bracket", "sensor", "call you back"),
            ),
            Action(
                "file the glass claim with the insurer",
                "Tomasz Wieczorek",
                "2026-12-06",
                "by end of day today",
                ("claim", "insurer"),
            ),
            Action(
                "call the customer half an hour before arriving",
                "Rashid",
                "2026-12-08",
                "on Tuesday",
                ("call", "arrives", "half an hour"),
            ),
            Action(
                "text a photo of the crack",
                "Adaeze Okonkwo",
                "2026-12-06",
                "tonight",
                ("photo", "crack"),
            ),
            Action(
                "park the car in an open lot, not a covered deck",
                "Adaeze Okonkwo",
                "2026-12-08",
                "on Tuesday morning",
                ("park", "outside", "garage"),
            ),
        ],
        script="""
A: ClearPane Auto Glass, this is [person_name:Tomasz].
C: Hi, um, a stone hit my windshield Friday, and now there's a crack right across it. {neg}
A: Oh no, sorry. How long is it?
C: Like <quantity:fourteen inches> now, and it grows every day. {neg}
A: That's a full replacement, then. Your name?
C: [person_name:Adaeze Okonkwo]. That's [person_name:O K O N K W O]. {neu}
A: Thanks, [person_name:Adaeze]. Best number for you?
C: [phone:Four oh four, five five one, double seven two nine]. {neu}
A: [phone:Four oh four, five five one, seven seven two nine]. Is this through insurance?
C: Yes, I already called them yesterday. Policy number [member_id:G H P dash eight one one four, two six oh three]. {neu}
A: Got it. Your glass deductible is <amount:one hundred dollars>. What's the car?
C: A <year:twenty nineteen> Honda, with the rain sensor behind the mirror. {neu}
A: That needs a bracket I'm not sure we stock. Let me check, and I'll call you back tomorrow morning.
C: Okay. Can you come to my work? I can't take a day off. {neu}
A: Sure, we're mobile. The address?
C: Oh, perfect, that helps. It's [address:eighteen forty Peachtree Industrial Boulevard, Suite two ten, Chamblee], zip [zip:three oh three four one]. {pos}
A: The first opening is <date:Tuesday the eighth>, between <time:eight and ten> a.m.
C: Oh great, Tuesday. Two more days driving around with this. {neg}
A: Sorry. If it spreads, you could put clear tape over it.
C: Okay. {neu}
A: Our technician, [person_name:Rashid], will call you half an hour before he arrives on Tuesday. And make sure the car's parked outside on Tuesday morning, not in a garage.
C: Okay, there's a lot out back. {neu}
A: I'll need a photo of the crack for the insurer. Could you please text it to us tonight?
C: Sure, when I get home. What number? {neu}
A: <phone_business:Eight seven seven, three four two, five five eight oh>. Now, a card for the deductible?
C: It's a Visa, [card_number:four one four seven, two two oh nine, eight three five six, one oh four two], expiring [card_expiry:oh nine twenty-eight]. {neu}
A: And the security code?
C: [card_security_code:Six one three, wait, no, sorry, six one eight]. {neu}
A: [card_security_code:Six one eight]. Your work order is <work_order:four seven seven one nine>, and I'll file the glass claim with your insurer by end of day today.
C: Oh, thank you. That's a weight off, honestly. {pos}
A: Want us to swap your wiper blades too? It's <amount:twenty-four dollars>.
C: No, that's fine, don't bother, I just replaced them. {neu}
A: Okay. An email for the receipt?
C: [email:A dot okonkwo seventy-seven at gmail dot com]. {neu}
A: [email:A dot okonkwo seventy-seven at gmail dot com]. We normally send a short survey after the job, too.
C: Thanks so much, [person_name:Tomasz], you've been really patient. {pos}
A: My pleasure, [person_name:Adaeze]. Drive safe.
""",
    ),
    CallScript(
        id="13d02-septic-service",
        trade="septic tank pumping and inspection",
        company="Greenfield Septic Services",
        agent="Mariam Haddad",
        customer="Douglas Fairweather",
        agent_voice="espeak:en-us+f3:140:58",
        customer_voice="festival:kal_diphone",
        noise_db=18.0,
        reason="A homeowner who is selling his house has a septic high-water alarm going off and needs a pump-out plus the inspection certificate his buyer's lender requires.",
        outcome="Pump-out and inspection booked for tomorrow morning without the Sunday surcharge, paid by bank debit; his wife opens the gate, he uncovers the lids tonight, and the certificate goes to his realtor within three business days.",
        actions=[
            Action(
                "pump out and inspect the septic tank",
                "Keoni",
                "2026-12-07",
                "tomorrow morning",
                ("pump", "inspection", "out to you"),
            ),
            Action(
                "dig out and uncover the tank lids",
                "Douglas Fairweather",
                "2026-12-06",
                "tonight",
                ("lids", "uncover", "dig"),
            ),
            Action(
                "be home to open the gate for the technician",
                "Eilidh",
                "2026-12-07",
                "tomorrow",
                ("gate",),
            ),
            Action(
                "email the inspection certificate to the realtor",
                "Mariam Haddad",
                "2026-12-09",
                "within three business days",
                ("certificate",),
            ),
        ],
        script="""
A: Greenfield Septic, [person_name:Mariam] speaking.
C: Oh, thank goodness, a human. My septic alarm has been beeping since six this morning. {neg}
A: That's the high-water alarm. Any water backing up into the house?
C: Not yet. Um, the toilets are slow, though. {neu}
A: Okay. Your name and the property address?
C: [person_name:Douglas Fairweather], [person_name:F A I R W E A T H E R]. It's [address:twenty-two fifteen Old Mill Road, Stowe], [zip:zero five six seven two]. {neu}
A: [address:Twenty-two fifteen Old Mill Road]. Yes, account [member_id:G S four oh eight eight three]. We last pumped it in <date:August twenty twenty-two>.
C: Sounds right. We're selling, and the buyer's lender wants a septic certificate. Closing's on <date:the eighteenth>. {neu}
A: Then you want a pump-out plus an inspection. That's <amount:three seventy-five> and <amount:two fifty>.
C: Ouch. And on a Sunday there's an extra fee, I suppose? {neg}
A: <amount:Ninety-five dollars> if we come today. Or I can get [person_name:Keoni] out to you tomorrow morning, no surcharge.
C: Oh, that's much better. Tomorrow's fine. {pos}
A: If the beeping bothers you tonight, you could switch off the alarm breaker.
C: Right. How early tomorrow? {neu}
A: Between <time:seven and nine>. You'll need to uncover the tank lids before he arrives. Any snow on them?
C: About a foot. I'll dig them out tonight. And my wife [person_name:Eilidh] will be home tomorrow to open the gate, I'll be at work. {neu}
A: Can I have her mobile, in case he can't find it?
C: [phone:Eight oh two, four four seven, oh one six three]. {neu}
A: [phone:Eight oh two, four four seven, oh one six three]. Your ticket is <ticket:two two six nine oh>.
C: <ticket:Two two six nine oh>. How do I pay? {neu}
A: Card on the day, or a bank debit.
C: Debit. Routing [routing_number:two one one, one seven oh, one zero one], account [bank_account:oh oh four seven, three three nine, one two eight]. {neu}
A: Thanks. Who gets the certificate?
C: My realtor, [person_name:Priyanka Sethi], [email:p sethi at north country realty dot com, that's P S E T H I]. {neu}
A: I'll email it to [person_name:Priyanka] within three business days.
C: Can it be quicker? The lender's been hounding us all week. {neg}
A: I've already flagged it as a rush, so usually it's two.
C: Okay. I really appreciate that. {pos}
A: Want a camera inspection of the drain lines too?
C: No, don't bother, the drain field was checked in the spring. {neu}
A: Okay. We file the county report automatically, by the way.
C: Good. And if the alarm gets worse overnight? {neu}
A: Call our emergency line, <phone_business:eight oh two, five five five, oh one nine nine>.
C: Thanks, [person_name:Mariam], really, you've saved my weekend. {pos}
A: You're welcome, [person_name:Douglas]. Good luck with the sale.
""",
    ),
    CallScript(
        id="13d03-sleep-clinic",
        trade="sleep clinic",
        company="Lakeshore Sleep Center",
        agent="Deepa Raghunathan",
        customer="Kwame Asante",
        agent_voice="hibari:145:120",
        customer_voice="espeak:en-us+klatt:138:38",
        noise_db=17.0,
        reason="A patient whose home sleep test was inconclusive books an overnight in-lab study under his new insurance.",
        outcome="In-lab study booked for Thursday the tenth at eight forty-five p.m.; prior authorization to be submitted first thing tomorrow and the doctor to call early next week; he returns the home device on Tuesday and fills in the questionnaire before Thursday.",
        actions=[
            Action(
                "submit the prior authorization to the new insurer",
                "Deepa Raghunathan",
                "2026-12-07",
                "first thing tomorrow",
                ("prior authorization", "authorization", "submit"),
            ),
            Action(
                "fill out the sleep questionnaire on the patient portal",
                "Kwame Asante",
                "2026-12-10",
                "before Thursday",
                ("questionnaire",),
            ),
            Action(
                "drop the home test device at the front desk",
                "Kwame Asante",
                "2026-12-08",
                "on Tuesday",
                ("device", "drop", "home test"),
            ),
            Action(
                "call the patient to go over the partial home-test results",
                "Abernathy",
                None,
                "early next week",
                ("call", "results"),
            ),
        ],
        script="""
A: Lakeshore Sleep Center, [person_name:Deepa] speaking.
C: Hi. I got a message Friday that I need to book an overnight study? {neu}
A: Yes. Your full name and date of birth?
C: [person_name:Kwame Asante], [date_of_birth:oh four, seventeen, nineteen eighty-two]. {neu}
A: Thanks, Mr. [person_name:Asante]. Dr. [person_name:Abernathy] reviewed your home test, and, um, it was inconclusive. A sensor came loose.
C: Yeah, it fell off around three a.m. So all that was for nothing. Great. {neg}
A: Not nothing, but the in-lab study is more reliable. Same insurance as last time?
C: No, I switched in October. Member ID [member_id:X Q H nine four four seven one two six]. {neu}
A: [member_id:X Q H nine four four seven one two six]. And the last four of your social?
C: [ssn:Six six oh two]. {neu}
A: Thanks. The new plan needs a prior authorization. I'll submit it first thing tomorrow, it usually takes two or three days.
C: Okay. Is there a copay? {neu}
A: <amount:Sixty dollars>. I have <date:Thursday the tenth>, check-in at <time:eight forty-five p.m.>
C: Thursday works. I work Friday, though. When do I get out? {neu}
A: Wake-up is at <time:six a.m.>
C: Oh, good, that's doable. {pos}
A: Before Thursday, make sure you fill out the sleep questionnaire on the patient portal. It's forty questions.
C: Forty? Wow. Okay. {neu}
A: And do you still have the home device?
C: It's on my kitchen counter. I'll drop it at your front desk on Tuesday. {neu}
A: Perfect. The number on the bottom should be <device:H S T four one two>?
C: Um... yes, <device:H S T four one two>. {neu}
A: Dr. [person_name:Abernathy] also wants to go over the partial results. She'll call you early next week. Best number?
C: [phone:Three one two, six oh eight, two two five nine]. Wait, no, [phone:two two nine five], I always flip those. {neu}
A: So [phone:three one two, six oh eight, two two nine five].
C: That's it. {neu}
A: And your email for the portal?
C: [email:kwame dot asante eighty-two at yahoo dot com]. {neu}
A: If you ever need to reschedule, you could call two days ahead for free. Otherwise it's a <amount:one hundred fifty dollar> late fee.
C: A hundred and fifty? That's steep. {neg}
A: I know. Your booking reference is <booking:L S C seven three oh five five>.
C: <booking:L S C seven three oh five five>. {neu}
A: Bring comfortable pajamas and your night-time medications. We send everyone a reminder text the day before.
C: Thank you. I've been exhausted for months, it'll be good to finally get answers. {pos}
A: We'll get you sorted, Mr. [person_name:Asante].
C: Thanks, [person_name:Deepa]. Bye. {pos}
""",
    ),
    CallScript(
        id="13d04-dry-cleaning",
        trade="dry cleaning and laundry pickup",
        company="Pressed and Proper Cleaners",
        agent="Luca Bianchi",
        customer="Sunita Verma",
        agent_voice="espeak:en-us:142:48",
        customer_voice="hibari:148",
        noise_db=15.5,
        reason="A pickup-and-delivery customer's silk dress came back with a shrunken lining and one of her husband's shirts is missing from the bag.",
        outcome="Damage claim opened; the manager to call by Wednesday about the dress, the plant searched for the shirt this afternoon with an email either way today, the pressing charge refunded to her new card, and the dress picked up with Thursday's collection.",
        actions=[
            Action(
                "search the plant for the missing shirt",
                "Luca Bianchi",
                "2026-12-06",
                "this afternoon",
                ("search", "shirt"),
            ),
            Action(
                "look at the dress and call about the damage claim",
                "Gwen Adeyemi",
                "2026-12-09",
                "by Wednesday",
                ("call", "dress", "claim"),
            ),
            Action(
                "refund the pressing charge for the dress to the card",
                "Luca Bianchi",
                None,
                None,
                ("refund", "pressing"),
            ),
            Action(
                "put the dress in the pickup bag",
                "Sunita Verma",
                "2026-12-10",
                "on Thursday",
                ("dress", "bag"),
            ),
            Action(
                "email whether the shirt was found",
                "Luca Bianchi",
                "2026-12-06",
                "today",
                ("email", "shirt"),
            ),
        ],
        script="""
A: Pressed and Proper, this is [person_name:Luca].
C: Hi, [person_name:Luca]. It's about my delivery from Friday, and honestly, I'm not happy. {neg}
A: I'm sorry to hear that. The name on the account?
C: [person_name:Sunita Verma]. {neu}
A: Thanks, Ms. [person_name:Verma]. Order <order:eight eight one four two>, that's <quantity:six shirts> and a dress. What happened?
C: The lining of my silk dress shrank. It hangs below the hem now, it looks ridiculous. And there were only five shirts. {neg}
A: Oh no, I'm really sorry. The missing one, a men's shirt?
C: My husband's. A blue Oxford, monogrammed on the cuff. {neu}
A: I'm going to search the plant for it this afternoon. Things end up on the wrong rack sometimes.
C: This is the second time this year, you know. {neg}
A: I know, that's not okay. For the dress, I'm gonna have our manager, [person_name:Gwen Adeyemi], call you by Wednesday.
C: Fine. It was a <amount:three hundred forty dollar> dress, so I'd like something better than a coupon. {neg}
A: Understood. Your claim number is <claim:D C two oh six one>. And I'll refund the pressing charge, <amount:eighteen fifty>, to your card.
C: Which card? I changed cards last month. {neu}
A: The one ending [card_number:three three oh one], which—
C: That's the old one. {neu}
A: Go ahead with the new one.
C: Mastercard, [card_number:five four one two, seven five oh three, nine nine six two, oh eight four seven], expires [card_expiry:March of twenty-nine], code [card_security_code:two eight two]. {neu}
A: So ending [card_number:oh eight four seven], [card_expiry:March twenty-nine]. The <amount:eighteen fifty> goes back on that one.
C: Good. {neu}
A: Could you please put the dress in the pickup bag on Thursday, so [person_name:Gwen] can see it?
C: Sure, I'll leave it out. {neu}
A: The driver comes between <time:seven and nine a.m.> Same address, [address:fourteen Cortland Avenue, apartment six C]?
C: Yes, zip [zip:one one two one five]. The buzzer's broken, so have him call me. {neu}
A: On which number?
C: [phone:Nine one seven, two oh four, six six eight eight]. {neu}
A: [phone:Nine one seven, two oh four, double six double eight].
C: And you'll tell me about the shirt? Even if you don't find it? {neu}
A: Yes, I'll email you either way before I leave today. Still [email:sunita dot verma at icloud dot com]?
C: Yes. {neu}
A: If you ever want it, there's garment protection for <amount:three dollars> a month.
C: No thanks. I'd just like my clothes back in one piece. {neg}
A: Fair enough. I've already put a note on your account: senior presser only.
C: Okay. Thank you, [person_name:Luca], you've been very nice about it. {pos}
A: Of course. Sorry again, Ms. [person_name:Verma].
""",
    ),
    CallScript(
        id="13d05-home-inspection",
        trade="pre-purchase home inspection",
        company="Keystone Home Inspections",
        agent="Jisoo Han",
        customer="Fatima Benali",
        agent_voice="festival:cmu_us_slt_arctic_hts:150",
        customer_voice="espeak:en-us+f3:136:62",
        noise_db=18.5,
        reason="A first-time buyer whose inspection contingency ends on the fourteenth books a pre-purchase inspection and asks about radon testing.",
        outcome="Inspection with a radon test booked for Wednesday the ninth at nine and half the fee paid by Amex; the agreement to be e-mailed tonight and signed before Wednesday, her fiancé to forward the seller's disclosure tomorrow, and the utilities to be on by Tuesday.",
        actions=[
            Action(
                "email the inspection agreement for e-signature",
                "Jisoo Han",
                "2026-12-06",
                "tonight",
                ("agreement",),
            ),
            Action(
                "sign the inspection agreement",
                "Fatima Benali",
                "2026-12-09",
                "before Wednesday",
                ("sign", "agreement"),
            ),
            Action(
                "get the listing agent to have the power, water and gas on",
                "Fatima Benali",
                "2026-12-08",
                "by Tuesday",
                ("power", "utilities", "listing agent"),
            ),
            Action(
                "forward the seller's disclosure",
                "Youssef",
                "2026-12-07",
                "tomorrow",
                ("disclosure",),
            ),
            Action(
                "inspect the house and set the radon test",
                "Bogdan Novak",
                "2026-12-09",
                "Wednesday the ninth",
                ("inspect", "inspection", "radon"),
            ),
        ],
        script="""
A: Keystone Home Inspections, [person_name:Jisoo] speaking.
C: Hi! Um, I'm buying my first house, and my realtor says I need an inspection fast. I'm kind of panicking. {neg}
A: Congratulations, and don't worry. When does your contingency end?
C: Thank you! On <date:the fourteenth>, a week from tomorrow. {pos}
A: Tight, but doable. The property address?
C: [address:Three eighty-one Juniper Hill Court, Fairport], [zip:one four four five oh]. {neu}
A: Size and year built?
C: About <quantity:twenty-four hundred square feet>, built in <year:nineteen sixty-two>. {neu}
A: That's <amount:four seventy-five> for the inspection. For a sixties house I'd add a radon test, <amount:one fifty> more.
C: The basement gas thing? Yeah, add it. Better safe. {neu}
A: I have <date:Wednesday the ninth> at <time:nine a.m.> with [person_name:Bogdan Novak], one of our senior inspectors.
C: Oh, that's such a relief, my realtor made it sound impossible. {pos}
A: [person_name:Bogdan] will inspect the house and set the radon canister then. You'll need to make sure the listing agent has the power, water and gas on by Tuesday.
C: I'll ask her. She's been really hard to reach, to be honest. {neg}
A: That's common, unfortunately. I'll email you the inspection agreement tonight. It has to be signed before Wednesday, or we can't start.
C: Okay. My email is [email:fatima dot benali dot nine one at gmail dot com]. {neu}
A: [email:Fatima dot benali dot nine one at gmail dot com]. And a phone?
C: [phone:Five eight five, three oh oh, four seven one six]. {neu}
A: The deposit is half, so <amount:three hundred twelve fifty>.
C: Card's fine. Amex, [card_number:three seven one four, four nine six two three one, oh five five oh two]. {neu}
A: The expiry, and the four-digit code on the front?
C: [card_expiry:Eleven slash twenty-seven], code [card_security_code:eight oh four one]. {neu}
A: Thanks, that's gone through. Booking number <booking:K H I five five eight two oh>.
C: Great. Oh, the sellers did a disclosure form. My fiancé [person_name:Youssef] has it, he'll forward it to you tomorrow. {neu}
A: Good, [person_name:Bogdan] likes to read it first. Send it to reports at keystone inspect dot com.
C: Got it. {neu}
A: If you ever want a sewer scope, we could add—
C: Let's skip that. The budget's already stretched. {neu}
A: Understood. The report comes within twenty-four hours, we always do that.
C: Wonderful. Thank you so much, [person_name:Jisoo], this was way less stressful than I thought. {pos}
A: Happy to help, [person_name:Fatima]. Good luck with the closing!
""",
    ),
    CallScript(
        id="13d06-summer-camp",
        trade="summer camp registration",
        company="Pine Hollow Summer Camp",
        agent="Ingrid Solberg",
        customer="Rafael Mendoza",
        agent_voice="hibari:151:-150",
        customer_voice="espeak:en-us+klatt:142:45",
        noise_db=16.5,
        reason="A parent moving from Madrid registers his two children for next summer at the early-bird price and will pay the deposits from his wife's Spanish account.",
        outcome="Both children registered for session two with a sibling cabin request; his wife sends the deposit transfer on Monday, the camp nurse calls Wednesday about the peanut allergy, immunization records due by the eleventh, receipts e-mailed within the hour.",
        actions=[
            Action(
                "send the deposit by international transfer",
                "Lucia Ortega",
                "2026-12-07",
                "Monday, first thing",
                ("transfer", "deposit", "send"),
            ),
            Action(
                "call about the peanut allergy action plan",
                "Patrice Dumont",
                "2026-12-09",
                "on Wednesday",
                ("allergy", "call"),
            ),
            Action(
                "upload both children's immunization records to the parent portal",
                "Rafael Mendoza",
                "2026-12-11",
                "by the eleventh",
                ("immunization", "records"),
            ),
            Action(
                "email both registration receipts",
                "Ingrid Solberg",
                "2026-12-06",
                "within the next hour",
                ("receipt", "email"),
            ),
            Action(
                "put in a sibling cabin request",
                "Ingrid Solberg",
                None,
                None,
                ("cabin", "sibling"),
            ),
        ],
        script="""
A: Pine Hollow Summer Camp, [person_name:Ingrid] speaking.
C: Hi, I'd like to register my two kids before the early-bird price ends. {neu}
A: Good timing, it runs through <date:December thirty-first>. Your name?
C: [person_name:Rafael Mendoza]. We're moving from Madrid in the spring. {neu}
A: Welcome! The campers' names and birthdays?
C: [person_name:Mateo], [date_of_birth:the ninth of May, twenty fifteen], and [person_name:Valentina], [date_of_birth:twelve, two, twenty seventeen]. {neu}
A: They'd both fit session two, <date:June twenty-first> to <date:July second>.
C: Together, if possible. [person_name:Valentina] gets homesick. {neu}
A: I'll put in a sibling cabin request. It's <amount:eighteen hundred> per camper, and the deposit is <amount:two hundred> each.
C: Can I pay from a Spanish account? We don't have a US one yet, and that's been a nightmare everywhere else. {neg}
A: Yes, by international transfer. What's the IBAN, so we can match it?
C: [iban:E S seven six, two one oh oh, oh four one eight, four five oh two, oh oh oh five, one three three two]. {neu}
A: Reading that back: [iban:E S seven six, two one oh oh, oh four one eight, four five oh two, oh oh oh five, one three three two].
C: Yes. It's my wife's account, [person_name:Lucia Ortega]. She'll send it Monday, first thing. {neu}
A: Perfect. Your confirmation number is <confirmation:P H two seven five one nine>, for the transfer reference.
C: <confirmation:P H two seven five one nine>. {neu}
A: Any allergies?
C: [person_name:Valentina] has a serious peanut allergy. Honestly, that's my biggest worry about camp. {neg}
A: Our nurse, [person_name:Patrice Dumont], will call you on Wednesday to go through her allergy action plan.
C: Oh, that's really reassuring. At her old school nobody ever called. {pos}
A: We also need both kids' immunization records on the parent portal by the eleventh. Could you take care of that?
C: Sure, I'll scan them. They're in Spanish, is that a problem? {neu}
A: Not at all. Best phone for the nurse?
C: [phone:Six one seven, five five oh, two three eight four], or my Spanish mobile, [phone:plus three four, six double one, four two nine, oh eight seven]. {neu}
A: [phone:Six one seven, five five oh, two three eight four]. And an email?
C: [email:rafa dot mendoza eighty at hotmail dot com]. {neu}
A: I'll email both registration receipts within the next hour.
C: Super, thanks. {pos}
A: If you ever wanted, you could add the city bus for <amount:ninety dollars> a week.
C: No, we'll drive them. We want to see the place. {neu}
A: Wonderful. Cabins are <quantity:eight campers>, and we send everyone an open-house invite in April.
C: Perfect. Thank you, [person_name:Ingrid], this was the easiest part of the whole move. {pos}
A: Lovely to hear, Mr. [person_name:Mendoza]. See you in June!
""",
    ),
]

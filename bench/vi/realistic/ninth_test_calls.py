"""The NINTH-TEST half: six scripted two-party phone calls, a ninth set in trades none of the
earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that read
no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond the
first eighth-dev call, as a format example); see README.md. Frozen as of the commit that adds
it: do not edit the calls or the labels to suit a result. HELD OUT: do not read it while
tuning and do not let its figures steer tuning; tune, if at all, on ninth-dev.

Trades: window cleaning, ski and snowboard rental, pottery studio classes, same-day courier,
notary public office, tree surgery and arborist. The set's weight is on phone numbers, IBANs
and street addresses. Phones: in 3-3-4 groups, digit by digit, with "oh" and
"double"/"triple", corrected mid-way, read back by the agent, introduced as "best number to
reach me", "my cell is", "you can get me on", a UK "oh seven seven ..." mobile, an office line
with an extension, one split over two utterances with "go on" between, and a son's number.
IBANs in groups of four with spelled letters (Austrian, French with a corrected group,
Belgian, Italian read back in part). Addresses: house numbers in digits and in words,
"nineteen oh four" style, apartment, unit and suite numbers, ZIP codes digit by digit and in
pairs, one address given in two utterances, one read back by the agent, deliveries to someone
else. Also cards with expiry and security code, a full SSN and a last four, dates of birth in
words, routing and account numbers, emails with digits, spelled names, people named in
passing. 6-10 numbers per call must survive redaction (quotes, rental agreements, class
bookings, voucher codes, tracking numbers, customer numbers, journal entries, apostille
references, estimate requests, plan and deposit references, amounts, times, dates,
quantities), several ten digits long and read 3-3-4 like a phone, right after a phone, an
address or an SSN, read back or in part. PII-free lines hold unmarked ordinary numbers
(prices, counts, sizes, floors, a studio number); cue-like words are not cues ("call the
shots", "street food", "security deposit", "cell block", "the mayor's address", "phone case",
"a number of things"); names used as ordinary words ("frank", "bill", "will", "art", "may",
"grant", "mark", "sandy") are not PII, while people named in passing are.

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
        id="9t01-window-cleaning",
        trade="window cleaning",
        company="Crystal Clear Windows",
        agent="Owen Gallagher",
        customer="Beatriz Salgado",
        agent_voice="espeak:en-us+klatt:138:40",
        customer_voice="hibari:96",
        noise_db=16.0,
        reason="A dental practice's office manager wants a new outside window-cleaning contract after its last company went bust.",
        outcome="Quote accepted at three hundred and twenty a visit every eight weeks; first clean Saturday the twelfth at seven; monthly direct debit from the practice account; contract emailed Monday.",
        actions=[
            Action(
                "raise the ground-floor blinds before the clean",
                "Beatriz Salgado",
                "2026-12-11",
                "Friday",
                ("blind",),
            ),
            Action(
                "email the contract over",
                "Owen Gallagher",
                "2026-12-07",
                "on Monday",
                ("contract", "email"),
            ),
            Action(
                "send the signed contract back",
                "Beatriz Salgado",
                "2026-12-09",
                "by Wednesday",
                ("sign", "contract"),
            ),
            Action(
                "clean the office windows",
                "Owen Gallagher",
                "2026-12-12",
                "Saturday the twelfth",
                ("clean", "window"),
            ),
        ],
        script="""
A: Crystal Clear Windows, [person_name:Owen] here.
C: Hi, good morning. I'm calling from Ridgeway Dental, about our windows. {neu}
A: Sure. Are you a current customer?
C: Not yet. Our last company went bust. {neu}
A: Ah. Their loss. How big is the building?
C: Three floors, maybe eighty windows. {neu}
A: Inside and out?
C: Outside only. The dentists call the shots on budget, sadly. {neu}
A: Fair enough. Can I get your name?
C: [person_name:Beatriz Salgado. That's S A L G A D O]. {neu}
A: Thanks. And the address?
C: [address:One eight oh oh Harmon Street, suite four ten]. {neu}
A: And the ZIP?
C: [zip:Six oh, six one, four]. {neu}
A: Great. I've opened quote <reference:nine one five, two seven three, three eight four six>.
C: <reference:Nine one five, two seven three>, sorry, the rest? {neu}
A: <reference:Three eight four six>.
C: Got it. {neu}
A: For three floors, outside, it's <amount:three hundred and twenty> a visit.
C: Hmm. The last lot charged two eighty. {neg}
A: We use pure-water poles, so no streaks.
C: Well, the last lot left streaks, to be frank. {neg}
A: Ha. We'd come every <quantity:eight weeks>.
C: Oh, that's better. But it has to be a Saturday, before we open. {pos}
A: <date:Saturday the twelfth>, at <time:seven a.m.>?
C: Seven's fine. Parking's awful though, street food vans everywhere. {neu}
A: We'll manage. Who's the billing contact?
C: Me. My direct line is [phone:three one two, five five oh, two oh eight one, extension four oh two]. {neu}
A: And an email for invoices?
C: [email:b salgado twenty-six at ridgeway dental dot com]. {neu}
A: Got it. We take the bill by direct debit, monthly. Is that alright?
C: Yes, from the practice account. Our accountant, [person_name:Mr Okonjo], set it up. {neu}
A: Routing number first?
C: [routing_number:Oh seven one, nine two three, eight oh five]. {neu}
A: And the account?
C: [bank_account:Six six two, oh four one, nine three seven two]. {neu}
A: Thanks. Your customer number is <reference:seven seven four nine>.
C: Okay. {neu}
A: What you'll need to do is raise the blinds on the ground floor before we come.
C: I'll get the night cleaner to do it Friday. She'll love that. {neg}
A: And I'll email the contract over on Monday.
C: I'll send it back signed by Wednesday. {neu}
A: Perfect.
C: You know, you're the first company that actually answered the phone. {pos}
A: Ha, we try. Anything else?
C: No, that's everything. Thanks, really. {pos}
""",
    ),
    CallScript(
        id="9t02-ski-snowboard-rental",
        trade="ski and snowboard rental",
        company="Summit Ridge Rentals",
        agent="Kasia Nowak",
        customer="Nigel Ashworth",
        agent_voice="hibari:97",
        customer_voice="festival:kal_diphone",
        noise_db=18.0,
        reason="A visiting family books skis and a snowboard for six days, and the customer raises last season's security deposit that was never returned.",
        outcome="Three sets booked for delivery to the condo Sunday the thirteenth; new deposit held on his card; last year's deposit refunded to his Austrian account Monday.",
        actions=[
            Action(
                "release last year's deposit to the customer's Austrian account",
                "Kasia Nowak",
                "2026-12-07",
                "on Monday",
                ("deposit", "refund", "back"),
            ),
            Action(
                "text the customer to confirm the delivery",
                "Kasia Nowak",
                "2026-12-12",
                "on Saturday",
                ("text", "confirm"),
            ),
            Action(
                "deliver the skis and snowboard to the condo",
                "Kasia Nowak",
                "2026-12-13",
                "Sunday the thirteenth",
                ("deliver", "ski", "snowboard"),
            ),
        ],
        script="""
A: Summit Ridge Rentals, [person_name:Kasia] speaking.
C: Morning. I'd like to book skis for the family, for next week. {neu}
A: Lovely. How many of you?
C: Three. Me, my wife, and our daughter, she's nine. {neu}
A: Skis for all three?
C: Skis for us, a snowboard for her. She's decided she's cool now. {neu}
A: Ha, they all do. Your name?
C: [person_name:Nigel Ashworth. A S H W O R T H]. {neu}
A: Thanks. For the junior rate, I need your daughter's date of birth.
C: [date_of_birth:The twenty-first of October, twenty seventeen]. {neu}
A: And the best number for you?
C: You can get me on [phone:oh seven seven nine four, double two, eight one three five]. I'm British, sorry. {neu}
A: That's [phone:oh seven seven nine four, two two eight, one three five]?
C: Spot on. {neu}
A: Your rental agreement is <reference:five six oh, three one nine, four seven two two>.
C: <reference:Five six oh, three one nine, four seven two two>. {neu}
A: That's it. Where are you staying?
C: At the condos. [address:Pinecrest, unit fourteen, eight eight five Alpine Loop]. {neu}
A: We can deliver there for <amount:fifteen dollars>.
C: Oh, yes please. That saves a lot of faff. {pos}
A: Boot sizes?
C: I'm a ten, my wife's a seven, and my daughter's a two. {neu}
A: Three sets for six days, that's <amount:four hundred and twelve>.
C: Blimey. Well, cheaper than buying, I suppose. {neg}
A: And a security deposit, <amount:two hundred>, held on a card.
C: About that. Last year's deposit never came back. {neu}
A: Oh no. The old agreement number?
C: Um, <reference:seven seven one nine>, I think. {neu}
A: Found it. You're right, it was never released. I'm sorry.
C: Well, you're honest, I'll give you that. Can it go to my bank? I live in Innsbruck now. {neu}
A: Of course. The IBAN, please.
C: [iban:A T four eight, three two oh oh, oh oh oh four, one one eight seven, five two nine oh]. {neu}
A: Thanks. That goes back on Monday, with our apologies.
C: That's a relief, thank you. {pos}
A: Now, the card for this year's deposit?
C: [card_number:Four nine one six, oh three eight eight, two seven four one, five oh six three]. {neu}
A: Expiry?
C: [card_expiry:Ten slash twenty-seven]. {neu}
A: And the security code?
C: [card_security_code:Five five two]. {neu}
A: Thanks. Delivery is <date:Sunday the thirteenth>, between <time:four> and six.
C: Sunday's perfect, we arrive Saturday night. {pos}
A: I'll text you on Saturday to confirm.
C: Lovely. You've been brilliant. {pos}
A: Enjoy the snow!
C: We will. Cheers. {pos}
""",
    ),
    CallScript(
        id="9t03-pottery-studio",
        trade="pottery studio classes",
        company="Kiln and Wheel Studio",
        agent="Hana Whitfield",
        customer="Elodie Marchand",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:98:-150",
        noise_db=15.0,
        reason="The customer books a six-week wheel-throwing course, asks for an old workshop credit back, and buys a gift voucher for her mother.",
        outcome="Course booked from Thursday the tenth with Tomasz; the sixty-five credit refunded to her French account by Wednesday; a taster voucher posted to her mother and emailed Monday.",
        actions=[
            Action(
                "send the workshop credit back to the customer's French account",
                "Hana Whitfield",
                "2026-12-09",
                "by Wednesday",
                ("credit", "refund", "sixty-five"),
            ),
            Action(
                "bring an apron to the first class",
                "Elodie Marchand",
                "2026-12-10",
                "on Thursday",
                ("apron",),
            ),
            Action(
                "email a copy of the gift voucher",
                "Hana Whitfield",
                "2026-12-07",
                "on Monday",
                ("voucher", "email"),
            ),
        ],
        script="""
A: Kiln and Wheel, [person_name:Hana] speaking.
C: Hello! I'd like to book the wheel-throwing course, please. {neu}
A: Lovely. The beginners' one?
C: Yes. I did some at school, um, years ago. {neu}
A: No problem. It's six Thursday evenings, <time:seven> till nine, in studio three.
C: Perfect. How much? {neu}
A: <amount:Two hundred and forty>, clay and firing included.
C: Okay, that's fair. {pos}
A: Can I take your name?
C: [person_name:Elodie Marchand. M A R C H A N D]. {neu}
A: Thanks. And a phone number?
C: It's [phone:six four six]... {neu}
A: Go on.
C: [phone:Three three nine, oh seven two one]. {neu}
A: Got it. Class booking <reference:two eight four, five one six, oh nine nine three>.
C: <reference:Two eight four, five one six, oh nine nine three>. {neu}
A: That's it. It starts <date:Thursday the tenth>.
C: Great. My friend did it last year, with [person_name:Tomasz]? {neu}
A: Yes, he's still teaching. He'll be your tutor.
C: Oh good, she said he's very patient. I came to your open day, too. The mayor's address was lovely. {pos}
A: It was! Will you pay by card?
C: Actually, I have a credit with you. I cancelled a workshop in October. {neu}
A: Let me check. Yes, <amount:sixty-five>, from the glazing workshop.
C: Could I have that back? Your website wouldn't let me rebook, which was annoying. {neg}
A: Sorry about that. The IBAN?
C: To my French account. [iban:F R seven six, three oh oh oh, four oh two one, five five eight oh, no, five five eight six, one two nine four, four seven one six, two]. {neu}
A: Thanks. That'll be sent by Wednesday.
C: Super. And a gift voucher for my mum? {neu}
A: A taster session is <amount:forty-five>. Where do we post it?
C: To her flat. [address:Thirty-three Rosewood Mews, apartment five]. {neu}
A: And the ZIP?
C: [zip:One oh two eight five]. {neu}
A: And her name, for the envelope?
C: [person_name:Francine Dubois]. {neu}
A: Lovely. Voucher code <reference:four one one seven>.
C: <reference:Four one one seven>. She'll love it, she's really into art lately. {pos}
A: And an email for your receipts?
C: [email:elodie m seventy-four at gmail dot com]. {neu}
A: What you'll need to do is bring an apron on Thursday. And short nails, honestly.
C: Ha, short nails, okay. {neu}
A: And I'll email you a copy of the voucher on Monday.
C: May I ask, is there parking? {neu}
A: The car park behind us, free after six.
C: Great. You've made this very easy. {pos}
A: See you on the tenth!
C: See you then. Merci, thank you! {pos}
""",
    ),
    CallScript(
        id="9t04-same-day-courier",
        trade="same-day courier",
        company="Dashline Couriers",
        agent="Tyrone Ellis",
        customer="Patricia Lindgren",
        agent_voice="hibari:99:-200",
        customer_voice="espeak:en-us:137:50",
        noise_db=17.0,
        reason="The customer needs two envelopes of signed contracts taken from her office to her son today, and raises a failed delivery from Thursday.",
        outcome="Same-day job booked, pickup by one thirty and delivery by three on the business account; the twenty-two dollar refund for the failed delivery goes to her Belgian account Monday.",
        actions=[
            Action(
                "pick up the envelopes and deliver them to the son",
                "Tyrone Ellis",
                "2026-12-05",
                "today",
                ("pick up", "pickup", "deliver"),
            ),
            Action(
                "process the refund for the failed delivery",
                "Tyrone Ellis",
                "2026-12-07",
                "on Monday",
                ("refund",),
            ),
            Action(
                "put a note on the job for the driver to ring the son",
                "Tyrone Ellis",
                None,
                None,
                ("note", "driver", "buzzer"),
            ),
        ],
        script="""
A: Dashline Couriers, [person_name:Tyrone] speaking.
C: Hi. I need something picked up and delivered today, if possible. {neu}
A: Same-day, sure. What is it?
C: <quantity:Two> envelopes. Signed contracts. {neu}
A: And where from?
C: My office. [address:Fifteen sixty Wexford Avenue]... {neu}
A: And the suite?
C: [address:Suite nine hundred, Crestfield]. It's opposite the old cell block museum. {neu}
A: Got it. Your name?
C: [person_name:Patricia Lindgren]. {neu}
A: And a number for the driver?
C: My cell is [phone:four, one, five, two, two, six, seven, oh, three, eight]. {neu}
A: And where's it going?
C: To my son. [address:Two twenty-eight Halsey Street, apartment six D]. {neu}
A: So that's [address:two twenty-eight Halsey Street, apartment six D]?
C: That's it. He's [person_name:Anders]. {neu}
A: And a number for him, in case he's out?
C: My son's number is [phone:three four seven, eight eight one, five oh nine two]. {neu}
A: Thanks. Tracking number <tracking:five five three, six oh two, one four seven seven>.
C: Sorry, <tracking:five five three, six oh>... {neu}
A: <tracking:Five five three, six oh two, one four seven seven>.
C: Got it. When will it get there? {neu}
A: Pickup by <time:one thirty>, delivered by <time:three>.
C: Oh, brilliant. The contracts have to be signed by five. {pos}
A: No problem. It's <amount:thirty-eight fifty> for same-day.
C: Put it on our account, customer <reference:two one one four>. {neu}
A: Found you. There's a note here, a failed delivery on <date:Thursday the third>.
C: Yes! Your driver left it at the wrong door. In the rain. {neg}
A: I'm sorry. I see a refund of <amount:twenty-two dollars> due.
C: Well, it's about time. {neg}
A: It was meant to go to your card, but the card's expired.
C: Can you send it to my bank? It's a Belgian account, long story. {neu}
A: Sure. The IBAN?
C: [iban:B E four three, oh six eight two, four four one seven, five three oh one]. {neu}
A: Thanks. That'll be processed on Monday.
C: Fine. The buzzer's broken at my son's, so the driver should ring him. {neu}
A: I'll put a note on the job for the driver.
C: Great. Honestly, you've been quick today. {pos}
A: Glad to help. Anything else?
C: No. Thanks very much. {pos}
""",
    ),
    CallScript(
        id="9t05-notary-public",
        trade="notary public office",
        company="Lakeside Notary Services",
        agent="Gordon Achterberg",
        customer="Yolanda Quintero",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+f3:139:60",
        noise_db=19.0,
        reason="The customer needs a power of attorney for her Italian bank account and a grant deed notarized, with an apostille for Italy.",
        outcome="Appointment Tuesday the eighth at eleven; the IBAN typed into the certificate; fees paid by card; the office sends the apostille request and emails the fee breakdown today.",
        actions=[
            Action(
                "bring the grant deed unsigned and a passport",
                "Yolanda Quintero",
                "2026-12-08",
                "Tuesday the eighth",
                ("deed", "passport", "bring"),
            ),
            Action(
                "email the fee breakdown",
                "Gordon Achterberg",
                "2026-12-05",
                "today",
                ("fee", "email"),
            ),
            Action(
                "send the power of attorney for the apostille",
                "Gordon Achterberg",
                None,
                None,
                ("apostille", "secretary of state"),
            ),
        ],
        script="""
A: Lakeside Notary, [person_name:Gordon] speaking.
C: Hi, um, I need some documents notarized. For Italy, actually. {neu}
A: Sure. What kind?
C: A power of attorney for my bank there, and a grant deed for my dad's house. {neu}
A: Okay. No wills, I hope? We can't draft those.
C: No will, thank goodness. My brother's handling that. {pos}
A: Good. The power of attorney needs an apostille for Italy.
C: Ugh, of course it does. {neg}
A: It's not bad. We send it to the Secretary of State for you.
C: Oh, that's a relief. {pos}
A: Can I take your name?
C: [person_name:Yolanda Quintero. Q U I N T E R O]. {neu}
A: And your date of birth, for the journal?
C: [date_of_birth:Twenty-ninth of July, nineteen eighty-three]. {neu}
A: The deed's transfer form also asks for your social.
C: [ssn:Six oh four, one one, nine two eight seven]. {neu}
A: Thanks. Journal entry <reference:eight two six, oh three seven, five five one four>.
C: Okay. The Italian bank wants the IBAN on the power of attorney. {neu}
A: Right, I'll type it into the certificate. Go ahead.
C: [iban:I T four oh, X oh five four, two eight one one, one oh one oh, double oh double oh, six five four, three two one]. {neu}
A: So ending [iban:six five four, three two one]?
C: Yes. Honestly, that bank has been a nightmare. {neg}
A: I believe you. And the best number for you?
C: [phone:Two oh one, five five four, oh eight six three, sorry, oh eight six eight]. {neu}
A: Got it. Apostille reference <reference:four one seven, two nine three, three five five two>.
C: <reference:Four one seven, two nine three, three five five two>? {neu}
A: Yes. It's <amount:fifteen dollars> per signature, and the apostille is <amount:ninety>.
C: How many signatures? {neu}
A: <quantity:Four>, I'd guess. Two documents, two pages each.
C: Fine. Can I pay now, by card? {neu}
A: Sure, go ahead.
C: [card_number:Five one oh nine, two two four seven, eight oh three six, one nine five five]. {neu}
A: Expiry?
C: [card_expiry:February, twenty-eight]. {neu}
A: Security code?
C: [card_security_code:Oh seven three]. {neu}
A: Thanks. Your appointment's <date:Tuesday the eighth>, at <time:eleven a.m.>
C: Tuesday at eleven. Sorry, I dropped the phone, the phone case came off. {neu}
A: Ha. What you'll need to do is bring the grant deed unsigned, and your passport.
C: Got it, unsigned. {neu}
A: Want me to email you the fee breakdown today?
C: Oh, yes please. You've explained it really clearly. {pos}
A: Happy to help. Anything else?
C: No, that's all. Thank you so much. {pos}
""",
    ),
    CallScript(
        id="9t06-tree-surgery",
        trade="tree surgery and arborist",
        company="Oakhurst Tree Care",
        agent="Lena Vasquez",
        customer="Reginald Fairbanks",
        agent_voice="hibari:100",
        customer_voice="espeak:en-us+klatt:135:38",
        noise_db=17.0,
        reason="A storm-damaged oak with a cracked limb is leaning toward the customer's house; he wants it assessed and removed.",
        outcome="Estimate visit booked with arborist Dmitri for Monday the seventh at eight; finance plan approved; two hundred deposit by bank transfer; the county permit filed Monday.",
        actions=[
            Action(
                "inspect the oak and give an estimate",
                "Dmitri",
                "2026-12-07",
                "Monday the seventh",
                ("inspect", "estimate", "come", "visit"),
            ),
            Action(
                "ring the customer to confirm the visit",
                "Dmitri",
                "2026-12-06",
                "tomorrow evening",
                ("ring", "call", "confirm"),
            ),
            Action(
                "file the tree-removal permit with the county",
                "Lena Vasquez",
                "2026-12-07",
                "on Monday",
                ("permit", "county"),
            ),
        ],
        script="""
A: Oakhurst Tree Care, [person_name:Lena] speaking.
C: Hi. After the storm, a big oak's leaning toward my house. {neu}
A: Oh dear. How close?
C: Maybe twenty feet. One big limb's cracked right through. {neu}
A: We should get someone out fast. What's the address?
C: [address:Nineteen oh four Juniper Lane, Ashford]. {neu}
A: And the ZIP code?
C: [zip:Two seven, five one, four]. {neu}
A: Thanks. I've logged estimate request <case:six three eight, two oh five, seven one four nine>.
C: <case:Six three eight, two oh five>, and? {neu}
A: <case:Seven one four nine>.
C: Got it. {neu}
A: And your name?
C: [person_name:Reginald Fairbanks]. {neu}
A: And the best number to reach you?
C: Best number to reach me is [phone:nine one nine, triple four, oh two six eight]. {neu}
A: Great. Our arborist, [person_name:Dmitri], can come <date:Monday the seventh> at <time:eight>.
C: Not sooner? It's hanging over my kid's bedroom. {neg}
A: I hear you. If it gets worse, call the emergency line and we'll come tonight.
C: Okay. That's, um, reassuring. {pos}
A: Anything else while he's there?
C: A number of things, honestly. The neighbour's maple, for one. [person_name:Mrs Castellano] wants a quote. {neu}
A: We can quote her too. We'll mark the trees with tape.
C: Sure. The soil's very sandy here, is that a problem? {neu}
A: Not usually. A removal like this runs <amount:eighteen hundred> to <amount:twenty-four hundred>.
C: Ouch. Well, cheaper than a new roof. {neg}
A: We do a finance plan. I'd need the last four of your social for a soft check.
C: [ssn:Three nine one two]. {neu}
A: Approved. Plan number five oh six six, no, <reference:five oh six nine>.
C: And the deposit? {neu}
A: <amount:Two hundred>, by bank transfer. Your routing number?
C: [routing_number:Two six one, oh seven one, three five eight]. {neu}
A: And the account number?
C: [bank_account:Eight one four, four two oh, nine seven seven]. {neu}
A: Thanks. Deposit reference <reference:three three two one>.
C: Do you need a permit for this? {neu}
A: For an oak that size, yes. We'll file it with the county on Monday.
C: Good. The last company never even called back. {neg}
A: Well, we will. I'll have him ring you tomorrow evening to confirm.
C: Perfect. You've been really clear, thanks. {pos}
A: Stay safe, and keep the kids out of that room.
C: Will do. Cheers, bye now. {pos}
""",
    ),
]

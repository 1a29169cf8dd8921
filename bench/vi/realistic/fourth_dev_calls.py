"""The FOURTH-DEV half: five scripted two-party phone calls, a fourth set in trades none of
the earlier sets covered. Written blind from a brief on 2026-12-04 by a helper session that
read no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond
the first fresh-dev call, as a format example); see README.md, "Fourth set". Frozen as of the
commit that adds it: do not edit the calls or the labels to suit a result. Tune on these if you
must; the test half (fourth_test_calls.py) is held out: do not read it and do not tune on it.

This set puts its weight on numbers that must SURVIVE redaction (6-10 per call), placed where
a careless redactor would hide them: right after a card, an SSN or a date of birth, read digit
by digit, inside payment talk, dated 2026, read back by the customer.

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written; `<kind:words>` a number that must survive
redaction; a trailing `{pos}`, `{neu}` or `{neg}` labels a customer utterance's sentiment
(every customer line is labelled). Every call happens on Friday 4 December 2026; due dates
are resolved against that day."""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="4d01-moving",
        trade="international moving company",
        company="Bluewater Van Lines",
        agent="Reuben Castellanos",
        customer="Ingrid Solvang",
        agent_voice="hibari:25",
        customer_voice="espeak:en-us+f3:140:60",
        noise_db=17.0,
        reason="The customer needs her overseas container pickup moved earlier and wants a deposit overcharge refunded.",
        outcome="Pickup moved to Thursday the tenth at seven thirty with a rush fee paid by card; the deposit refund goes to her Dutch account on Tuesday.",
        actions=[
            Action(
                "email the updated moving contract",
                "Reuben Castellanos",
                "2026-12-07",
                "by Monday",
                ("contract",),
            ),
            Action(
                "sign and return the customs form",
                "Ingrid Solvang",
                "2026-12-09",
                "by Wednesday",
                ("customs",),
            ),
            Action(
                "send the deposit refund to the customer's Dutch account",
                "Reuben Castellanos",
                "2026-12-08",
                "Tuesday",
                ("refund", "deposit"),
            ),
            Action(
                "call Tobias the night before the pickup",
                "Mateo",
                "2026-12-09",
                "the night before",
                ("call", "night before"),
            ),
        ],
        script="""
A: Bluewater Van Lines, [person_name:Reuben] speaking.
C: Hi, um, I need to change my move date. {neu}
A: Sure. Booking number?
C: [member_id:B W V, seven one four, six eight two]. {neu}
A: Sorry, say again?
C: [member_id:B W V, seven one four, six eight two]. {neu}
A: And the name?
C: [person_name:Ingrid Solvang]. [person_name:S O L V A N G]. {neu}
A: Amsterdam, pickup <date:December fourteenth, twenty twenty-six>?
C: Yes, but we need it sooner. The tenth? {neu}
A: I have a crew at <time:seven thirty a m>.
C: Ugh, early. Okay. {neu}
A: Still [address:four eighteen Cedar Ridge Road, apartment twelve B]?
C: Yes. [zip:Eight oh two oh six]. {neu}
A: [person_name:Mateo] leads the crew.
C: [person_name:Tobias], my husband, will be there. I fly out first. {neu}
A: For customs, your date of birth?
C: [date_of_birth:June ninth, nineteen eighty-six]. My flight's <flight:K L six six two>. {neu}
A: [date_of_birth:Six nine, eighty-six], flight <flight:K L six six two>.
C: Mm-hm. {neu}
A: The rush fee is <amount:two hundred forty-five dollars>.
C: <amount:Two forty-five>? Just what I needed. {neg}
A: Sorry. Which card?
C: New. [card_number:Four one two eight, seven seven oh three, nine two six one, oh five five four]. {neu}
A: Expiry?
C: [card_expiry:Oh nine twenty-eight]. {neu}
A: Code on the back?
C: [card_security_code:Seven one six]. {neu}
A: Done. Confirmation <reference:R F, four four nine oh one>.
C: <reference:R F, four four nine oh one>. {neu}
A: Anything else?
C: You overcharged my deposit <amount:three hundred dollars>. Weeks ago. {neg}
A: I see it. Your Dutch IBAN?
C: [iban:N L six three, I N G B, oh seven two one, four five eight three, nine six]. {neu}
A: Ending [iban:eight three, nine six]?
C: Correct. {neu}
A: I'll send the refund Tuesday.
C: Oh, finally. Thank you. {pos}
A: Email for the contract?
C: [email:ingrid dot solvang eighty-four at gmail dot com]. {neu}
A: A phone for the crew?
C: [person_name:Tobias]'s. [phone:Seven two oh, five five five, oh nine four seven]. {neu}
A: [phone:Seven two oh, five five five, oh nine four seven]. [person_name:Mateo] calls him the night before.
C: Great. {pos}
A: I'll email the contract by Monday. Customs form back by Wednesday?
C: Will do. Sorry I was short earlier. {neu}
A: Amsterdam in December, brave!
C: Ha, I'm used to rain. {pos}
C: Thanks so much, [person_name:Reuben]. {pos}
A: Safe travels!
""",
    ),
    CallScript(
        id="4d02-gym",
        trade="gym membership",
        company="Ironleaf Fitness",
        agent="Priscilla Abernathy",
        customer="Darnell Whitcombe",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:26:-200",
        noise_db=15.5,
        reason="The member wants to freeze his membership after knee surgery, was charged twice this month and wants dues drawn from a new account.",
        outcome="Membership frozen through March, the duplicate charge refunded under a case number, and the new bank account set for after the freeze.",
        actions=[
            Action(
                "refund the duplicate dues charge",
                "Priscilla Abernathy",
                None,
                None,
                ("refund", "charge"),
            ),
            Action(
                "email the freeze confirmation",
                "Priscilla Abernathy",
                "2026-12-04",
                "today",
                ("confirmation", "freeze"),
            ),
            Action(
                "call the member about rehab workouts",
                "Kenji",
                "2026-12-07",
                "Monday",
                ("call", "rehab", "workouts"),
            ),
            Action(
                "drop off the doctor's note",
                "Darnell Whitcombe",
                "2026-12-09",
                "Wednesday",
                ("doctor", "note"),
            ),
            Action(
                "draw the dues from the new account after the freeze",
                "Priscilla Abernathy",
                None,
                None,
                ("account", "dues"),
            ),
        ],
        script="""
A: Ironleaf Fitness, this is [person_name:Priscilla].
C: Hi, I'd like to freeze my membership. {neu}
A: Sure. Member number?
C: [member_id:I F, double oh, four seven, three nine]. {neu}
A: [member_id:I F, double oh, four seven, three nine]. Your name?
C: [person_name:Darnell Whitcombe]. {neu}
A: Spell the last name?
C: [person_name:W H I T C O M B E]. {neu}
A: And date of birth?
C: [date_of_birth:Oh three, twenty-two, nineteen seventy-nine]. {neu}
A: Why the freeze?
C: Knee surgery, on <date:November twentieth, twenty twenty-six>. {neu}
A: Oh no. How are you doing?
C: Slowly. Walking, at least. {neu}
A: Freeze starts today, through <date:March fourth, twenty twenty-seven>.
C: Good. Also, you charged me twice this month. {neu}
A: Yes, <amount:forty-nine ninety-nine>, on the first and the second.
C: Twice. Love that for me. {neg}
A: Sorry. I'll refund one. Case <case:R F D, eight one five five>.
C: <case:Eight one five five>. Got it. {neu}
A: Allow <quantity:three to five> business days.
C: Okay. After the freeze, use a different account. {neu}
A: Sure. Routing number?
C: [routing_number:Oh four four, two one five, six eight three]. {neu}
A: And the account?
C: [bank_account:Nine three two, oh five eight, eight one four six]. Wait, it ends [bank_account:eight one four seven]. {neu}
A: [bank_account:Nine three two, oh five eight, eight one four seven]?
C: Correct. {neu}
A: Address still [address:fifty-two Orchard Court]?
C: No, we moved. [address:Seventeen ten Bramble Way, unit six], [zip:four three two one five]. {neu}
A: [address:Seventeen ten Bramble Way, unit six], [zip:four three two one five].
C: That's it. {neu}
A: Best phone?
C: [phone:Six one four, five five five, two two eight oh]. {neu}
A: [phone:Six one four, five five five, two two eight oh]. Email?
C: [email:d whitcombe seventy-nine at yahoo dot com]. {neu}
A: [person_name:Kenji] still has <quantity:eight> training sessions for you.
C: I paid a fortune for those. {neg}
A: They'll keep. [person_name:Kenji] will call you Monday about rehab.
C: That'd be great, actually. {pos}
A: Freeze [person_name:Renata] too?
C: No way. She'd never miss her <time:six a m> spin class. {neu}
A: I'll email the confirmation today.
C: Perfect. {pos}
A: Could you drop off the doctor's note?
C: I'll bring it Wednesday. {neu}
A: Great. That's everything.
C: Seriously? That was painless. {pos}
C: Thanks, [person_name:Priscilla], you've been really kind. {pos}
A: Heal up, [person_name:Darnell]!
""",
    ),
    CallScript(
        id="4d03-marketplace",
        trade="online marketplace seller support",
        company="Stallwise",
        agent="Marguerite Ellison",
        customer="Tomasz Wierzbicki",
        agent_voice="espeak:en-us+f3:138:55",
        customer_voice="festival:kal_diphone",
        noise_db=18.0,
        reason="A ceramics seller's payouts are on hold after a tax ID mismatch, and a buyer dispute over a cracked vase is open.",
        outcome="The SSN typo is fixed so the held payout releases Monday, both payout accounts are re-verified, and the dispute will be closed with the replacement's tracking.",
        actions=[
            Action(
                "close the buyer dispute with the replacement's tracking attached",
                "Marguerite Ellison",
                "2026-12-08",
                "by Tuesday",
                ("dispute",),
            ),
            Action(
                "upload the signed W-9 tax form",
                "Lorraine",
                "2026-12-05",
                "tomorrow",
                ("W-9", "tax form", "upload"),
            ),
            Action(
                "email a confirmation of the fix",
                "Marguerite Ellison",
                "2026-12-04",
                "today",
                ("confirmation",),
            ),
        ],
        script="""
A: Stallwise seller support, this is [person_name:Marguerite].
C: Hi. My payouts are frozen and nobody says why. {neg}
A: Sorry. Your seller ID?
C: [member_id:S W, four four eight, one nine oh, K]. {neu}
A: And your name?
C: [person_name:Tomasz Wierzbicki]. {neu}
A: Spell that slowly?
C: [person_name:W I E R, Z B I C K I]. {neu}
A: Thanks, [person_name:Tomasz]. Your tax ID didn't match.
C: Oh, great. So I'm a suspect now. {neg}
A: No, usually it's a typo. Your social?
C: [ssn:Five three one, oh eight, two two seven four]. {neu}
A: [ssn:Five three one, oh eight, two two seven four]?
C: Yes. {neu}
A: Found it. Our typo. Fixed.
C: Your typo. Wonderful. {neg}
A: Sorry. Ticket <ticket:S T K, six oh five nine one>.
C: <ticket:S T K, six oh five nine one>. Okay. {neu}
A: <amount:Eighteen hundred forty dollars> is held, from <quantity:twenty-three> orders.
C: Since <date:November twenty-sixth, twenty twenty-six>. Right before the holidays. {neu}
A: Awful timing. It releases Monday, <time:four p m>.
C: Oh, thank goodness. {pos}
A: Your bank's routing number?
C: [routing_number:Oh seven one, nine two three, two eight four]. {neu}
A: And the account?
C: [bank_account:Four four oh oh, one six seven, five nine three]. {neu}
A: [bank_account:Four four oh oh, one six seven, five nine three]?
C: Yep. {neu}
A: And your Irish IBAN?
C: [iban:I E six two, A I B K, nine three oh six, one five, four eight two oh seven one]. {neu}
A: Also, a buyer dispute. Order <order:one one four, double seven, three oh two>.
C: The cracked vase. I sent a replacement. {neu}
A: Tracking number?
C: <tracking:Nine four double oh, one one two, eight eight five>. {neu}
A: I'll attach it and close the dispute by Tuesday.
C: Appreciate it. {pos}
A: We still need a signed W-9.
C: Ugh, that again. {neg}
C: My accountant [person_name:Lorraine] can upload it tomorrow. {neu}
A: Great. Email?
C: [email:tomasz dot ceramics two one at outlook dot com]. {neu}
A: And a phone?
C: [phone:Four one two, five five five, oh seven seven three]. {neu}
A: [phone:Four one two, five five five, oh seven seven three]. I'll email a confirmation today.
C: Right. Sorry I was grumpy. {neu}
A: Totally fair.
C: It's my rent money, you know? {neg}
A: I get it. All set.
C: Thanks for actually fixing it, [person_name:Marguerite]. {pos}
A: Happy holidays!
""",
    ),
    CallScript(
        id="4d04-studentloan",
        trade="student loan servicer",
        company="Keystone Scholar Servicing",
        agent="Yusuf Delacroix",
        customer="Alessia Marchetti",
        agent_voice="hibari:27:-150",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=16.0,
        reason="The borrower lost her job and cannot make her December payment.",
        outcome="She will apply for an income-driven plan, the December payment is on hold meanwhile, her address is updated and autopay is saved for later.",
        actions=[
            Action(
                "upload the termination letter and the plan form",
                "Alessia Marchetti",
                "2026-12-09",
                "by Wednesday",
                ("termination letter", "form", "upload"),
            ),
            Action(
                "put a hold on the December payment",
                "Yusuf Delacroix",
                None,
                None,
                ("hold", "payment"),
            ),
            Action(
                "email the income-driven plan application",
                "Yusuf Delacroix",
                "2026-12-04",
                "today",
                ("application", "plan"),
            ),
            Action(
                "call the servicer with her questions as co-signer",
                "Carla",
                "2026-12-07",
                "Monday",
                ("call", "questions", "co-signer"),
            ),
        ],
        script="""
A: Keystone Scholar Servicing, [person_name:Yusuf] speaking.
C: Hi. Um, I lost my job, and my payment's coming up. {neu}
A: I'm sorry. Account number?
C: My social's [ssn:two eight seven, four one, oh nine six three], if you need it. {neu}
A: Thanks. And the account?
C: [member_id:K S, double oh six, three one two, seven seven]. {neu}
A: Full name and date of birth?
C: [person_name:Alessia Marchetti]. [date_of_birth:The eleventh of August, nineteen ninety-seven]. {neu}
A: Hm, I have the twelfth.
C: No, [date_of_birth:the eleventh]. [date_of_birth:Eight, eleven, ninety-seven]. {neu}
A: My mistake. Okay.
C: Okay, good. {neu}
A: Next payment's <amount:three hundred twelve dollars eighteen>, due <date:December fifteenth, twenty twenty-six>.
C: Yeah, that's not happening. {neg}
A: An income-driven plan could make it zero.
C: Zero? Seriously? {pos}
A: Possibly. Or a forbearance, <quantity:six> months.
C: Which is better? {neu}
A: The plan. Upload your termination letter and form by Wednesday.
C: More paperwork. Great. {neg}
A: I'll hold the December payment meanwhile.
C: That's a relief, honestly. {pos}
A: Last payment posted <date:November sixteenth, twenty twenty-six>, so you're current.
C: Good. I was worried. {pos}
A: Still at [address:ninety-one Hawthorne Street, apartment four]?
C: No, I'm at my mom's. [address:Two twenty-six Mill Pond Road], [zip:oh six four one oh]. {neu}
A: [address:Two two six Mill Pond Road], [zip:oh six four one oh]?
C: Yep. {neu}
A: Is your mom the co-signer, [person_name:Carla]?
C: Yes, [person_name:Carla Marchetti]. Is she notified? {neu}
A: She can call till <time:eight p m> Eastern.
C: Oh, she'll ring you Monday, trust me. {neu}
A: Phone number?
C: [phone:Two oh three, five five five, one nine eight four]. {neu}
A: [phone:Two oh three, five five five, one nine eight four].
C: Correct. {neu}
A: And email?
C: [email:alessia m ninety-seven at gmail dot com]. That's [email:A L E double S I A]. {neu}
A: Want autopay saved for later?
C: Sure, why not. {neu}
A: Routing number?
C: [routing_number:Two one one, three seven oh, five four five]. {neu}
A: Account?
C: [bank_account:Oh oh four two, eight eight one, six six oh]. {neu}
A: Saved. Reference <reference:F B, two two oh nine seven>.
C: <reference:F B, two two oh nine seven>, got it. {neu}
A: I'll email the plan application today.
C: Thank you. Way less scary than I thought. {pos}
A: Good luck with the search, [person_name:Alessia].
C: Thanks. Bye. {pos}
""",
    ),
    CallScript(
        id="4d05-storage",
        trade="self-storage facility",
        company="Harborline Self Storage",
        agent="Colm Fairweather",
        customer="Naomi Adebayo",
        agent_voice="espeak:en-us+klatt:136:45",
        customer_voice="hibari:28",
        noise_db=19.0,
        reason="The tenant got a lien notice for two months of unpaid rent on her unit, after a hospital stay.",
        outcome="She paid the past-due rent by card, the auction is cancelled and the late fee waived, her brother gets gate access and her contact details are updated.",
        actions=[
            Action(
                "email the payment receipt",
                "Colm Fairweather",
                "2026-12-04",
                "today",
                ("receipt",),
            ),
            Action(
                "come in with ID for gate access",
                "Kwame",
                "2026-12-05",
                "tomorrow",
                ("ID", "gate"),
            ),
            Action(
                "mail a letter confirming the lien is lifted",
                "Colm Fairweather",
                "2026-12-07",
                "Monday",
                ("letter", "lien"),
            ),
            Action(
                "waive the late fee",
                "Colm Fairweather",
                None,
                None,
                ("late fee", "waive"),
            ),
        ],
        script="""
A: Harborline Self Storage, [person_name:Colm] here.
C: Hi. I got a lien notice about my unit? {neu}
A: Account number?
C: [member_id:H S, seven seven two, oh four nine]. Unit <reference:C one forty-two>. {neu}
A: Your name?
C: [person_name:Naomi Adebayo]. [person_name:A D E B A Y O]. {neu}
A: Thanks, [person_name:Naomi]. Date of birth, for ID?
C: [date_of_birth:Twelve, oh three, nineteen ninety-one]. {neu}
A: So you're <quantity:two> months behind, <amount:two hundred sixty-four dollars>.
C: Yeah. I was in the hospital in October. {neu}
A: I'm sorry. Are you okay now?
C: Better, thanks. {pos}
A: Paid today, I cancel the auction on <date:December eighteenth, twenty twenty-six>.
C: Auction? My grandmother's furniture is in there! {neg}
A: Paying today stops it.
C: Okay. Let's do it. {neu}
A: And I'll waive the late fee, given the hospital.
C: Oh, thank you. {pos}
A: Card number?
C: Sure, one sec. {neu}
C: [card_number:Five two oh one, triple three eight, four one one nine, six two seven oh]. {neu}
A: Sorry, the third group?
C: [card_number:Four one one nine]. {neu}
A: Expiration?
C: [card_expiry:March of twenty-nine]. {neu}
A: Security code?
C: [card_security_code:Eight three two]. Sorry, [card_security_code:eight two three]. {neu}
A: Paid, <amount:two sixty-four>. Receipt <reference:H R, nine oh five, six one>.
C: What a relief. A call before the lien letter would've been nice, though. {neg}
A: Fair point. Anything else?
C: My brother [person_name:Kwame] needs gate access. He's moving stuff Saturday. {neu}
A: He can bring ID tomorrow, <time:nine to five>.
C: Great. {pos}
A: His phone?
C: [phone:Three one two, five five five, oh four six six]. Mine changed too: [phone:three one two, five five five, eight eight oh seven]. {neu}
A: Yours is [phone:three one two, five five five, eight eight oh seven]?
C: Yes. {neu}
A: Address still [address:sixty Elm Terrace]?
C: No. [address:Eleven forty Grove Avenue, apartment nine D], [zip:six oh six one four]. {neu}
A: [address:Eleven forty Grove Avenue, nine D], [zip:six oh six one four].
C: Right. {neu}
A: Email for receipts?
C: [email:naomi a nine one at gmail dot com]. {neu}
A: Receipt goes out today.
C: Could you mail a letter saying the lien's gone? {neu}
A: Sure, Monday.
C: Honestly, I was dreading this call. {neu}
A: Glad it's sorted.
C: Me too. Thank you, [person_name:Colm]. {pos}
A: Take care, [person_name:Naomi].
""",
    ),
]

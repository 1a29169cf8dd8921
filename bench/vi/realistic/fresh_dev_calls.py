"""The FRESH-DEV half: four scripted two-party phone calls, a third set in trades neither
earlier set covered. Written from a brief by a helper session that never read the product's
code (nor its tests, nor the earlier sets' calls beyond the first holdout call, as a format
example); see README.md, "Fresh set". Frozen as of the commit that adds it: do not edit the
calls or the labels to suit a result. Tune on these if you must; never on the fresh-test half
(fresh_test_calls.py).

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
        id="fd01-energy",
        trade="electricity and gas utility",
        company="Northfield Energy",
        agent="Tamsin Okafor",
        customer="Marisol Quintero",
        agent_voice="espeak:en-us+f3:140:55",
        customer_voice="hibari:24",
        noise_db=16.0,
        reason="The customer is moving and wants service at her new apartment; her last bill at the old place was based on an estimated meter reading.",
        outcome="Service starts Monday with a gas turn-on, the bill is being corrected from her real reading, and autopay is set up.",
        actions=[
            Action(
                "send the customer a corrected final bill",
                "Tamsin Okafor",
                "2026-12-08",
                "by Tuesday",
                ("corrected bill", "bill"),
            ),
            Action(
                "turn on the gas and check the meter at the new apartment",
                "Gus",
                "2026-12-07",
                "Monday",
                ("gas", "technician", "turn on"),
            ),
            Action(
                "email the photo of the meter reading",
                "Marisol Quintero",
                "2026-12-04",
                "tonight",
                ("photo", "meter"),
            ),
            Action(
                "call the utility to be added to the account",
                "Priyanka",
                "2026-12-05",
                "tomorrow",
                ("added", "account", "roommate"),
            ),
            Action(
                "set up autopay from the customer's checking account",
                "Tamsin Okafor",
                None,
                None,
                ("autopay",),
            ),
        ],
        script="""
A: Northfield Energy, [person_name:Tamsin] speaking.
C: Hi, um, I'm moving and need service set up. {neu}
A: Sure. Your account number?
C: [member_id:N E, four four oh nine, two seven one three]. {neu}
A: And your name?
C: [person_name:Marisol Quintero]. {neu}
A: Could you spell the last name?
C: [person_name:Q U I N T E R O]. {neu}
A: The last four of your social?
C: [ssn:Six two one eight]. {neu}
A: Date of birth?
C: [date_of_birth:April second, nineteen ninety]. {neu}
A: Thanks. The new address?
C: [address:1420 Larkspur Lane, apartment 3C], [zip:four six two two oh]. {neu}
A: [address:Fourteen twenty Larkspur Lane, three C], [zip:four six two two oh].
C: Yep. It's freezing in there. {neu}
A: A tech can come Monday, between eight and noon.
C: Oh thank goodness. {pos}
A: [person_name:Gus] will turn on the gas.
C: Great. Also, my last bill was crazy. {neu}
A: How much?
C: <amount:Three hundred eighty-six dollars and forty cents>. For a one bedroom! {neg}
C: Honestly, I'm pretty upset. {neg}
A: Ah. Last month was estimated.
C: Oh, great. So you guessed. {neg}
A: Afraid so. Got a reading?
C: Um, yes. <quantity:Four eight two one seven>. {neu}
A: So <quantity:nine hundred and twelve kilowatt hours>.
C: And the bill? {neu}
A: About <amount:two hundred and nine dollars>. I'll get a corrected bill over to you by Tuesday.
C: Still steep, but better. {neu}
A: Email us a photo of the meter tonight?
C: Sure. {neu}
A: And your email?
C: [email:m quintero ninety at outlook dot com]. {neu}
A: Autopay? I'd need the numbers at the bottom of a check.
C: Sure. Routing is [routing_number:oh seven four, triple oh, three one one]. {neu}
A: And the account?
C: [bank_account:Eight one five oh six, four four two nine]. Oh wait, it ends [bank_account:four four two six]. {neu}
C: My roommate [person_name:Priyanka] is moving in too. {neu}
A: Could she ring us tomorrow, to be added?
C: I'll tell her tonight. {neu}
A: Best number for you?
C: My cell, [phone:three one seven, five five five, oh two six four]. {neu}
A: [phone:Three one seven, five five five, oh two six four]. Your order is <reference:S O, seven seven three oh one>.
C: Thanks so much, [person_name:Tamsin]. {pos}
A: Good luck with the move!
C: Thanks, bye! {pos}
""",
    ),
    CallScript(
        id="fd02-mobile",
        trade="mobile phone carrier",
        company="Brightwave Wireless",
        agent="Rafael Domingo",
        customer="Henrietta Blakeley",
        agent_voice="hibari:18:-250",
        customer_voice="espeak:en-us+f3:140:60",
        noise_db=18.0,
        reason="The customer's phone was stolen at the mall yesterday; she wants the line suspended and a replacement phone.",
        outcome="The line is suspended, a replacement is ordered and paid by card pending her husband's approval, and it ships tonight.",
        actions=[
            Action(
                "call back to approve the replacement phone charge",
                "Walt",
                "2026-12-05",
                "tomorrow",
                ("approve", "call back", "charge"),
            ),
            Action(
                "file a police report and send the report number",
                "Henrietta Blakeley",
                "2026-12-07",
                "by Monday",
                ("police report", "report number"),
            ),
            Action(
                "ship the replacement phone",
                "Rafael Domingo",
                "2026-12-04",
                "tonight",
                ("ship", "replacement"),
            ),
            Action(
                "block the stolen phone itself",
                "Rafael Domingo",
                None,
                None,
                ("block",),
            ),
            Action(
                "email the customer the receipt",
                "Rafael Domingo",
                None,
                None,
                ("receipt",),
            ),
        ],
        script="""
A: Brightwave Wireless, [person_name:Rafael] speaking.
C: Hi, um, my phone was stolen yesterday. Around <time:two fifteen>. {neu}
A: Oh, I'm sorry. Let's suspend the line first.
C: Please. I'm honestly a wreck. {neg}
A: What's the number?
C: [phone:Five oh three, five five five, oh one nine eight]. {neu}
A: Name on the account?
C: My husband, [person_name:Walt]. I'm on it too. {neu}
A: And you are?
C: [person_name:Henrietta Blakeley]. {neu}
A: Spell the last name?
C: [person_name:B L A K E L E Y]. {neu}
A: Your date of birth?
C: [date_of_birth:Seven, twelve, fifty-eight]. {neu}
A: [date_of_birth:July twelfth, nineteen fifty-eight]?
C: That's me. {neu}
A: Done, the line is suspended.
C: Oh, thank goodness. {pos}
A: A replacement phone?
C: I guess. Just what I needed before Christmas. {neg}
A: It's <amount:two hundred forty-nine dollars>. I'll waive the SIM fee.
C: Oh, that's kind of you. {pos}
A: [person_name:Walt] must approve it. Can he call us back tomorrow?
C: Sure, first thing. {neu}
A: Ship to the address on file?
C: No, we moved. [address:904 Alder Creek Drive, unit 12], [zip:nine seven two one nine]. {neu}
A: [address:904 Alder Creek Drive, unit 12], [zip:nine seven two one nine].
C: Right. {neu}
A: The long number on the front of the card?
C: [card_number:Four seven one six, oh oh nine three]... {neu}
A: Mm-hm.
C: [card_number:Double five one two, double eight, double oh]. {neu}
A: Expiry?
C: [card_expiry:Oh nine twenty-eight]. {neu}
A: And the three on the back?
C: [card_security_code:Three one four]. {neu}
A: Order number <order:W, four one seven, seven two nine>.
C: Sorry, repeat that? {neu}
A: <order:W, four one seven, seven two nine>. Ships tonight, arriving <date:Tuesday the eighth>.
C: Okay. And the thief? {neu}
A: File a police report, and send us the number by Monday.
C: The police weren't much help yesterday. {neg}
A: We'll block the phone itself, too.
C: Good. Serves them right. {pos}
A: Email for the receipt?
C: [email:h b blakeley fifty-eight at yahoo dot com]. {neu}
A: And a callback number?
C: My husband's cell, [phone:nine seven one, four two two, eight oh three oh]. {neu}
C: Thank you, [person_name:Rafael]. That was a lot less awful. {pos}
""",
    ),
    CallScript(
        id="fd03-dental",
        trade="dental office",
        company="Maple Grove Dental",
        agent="Leticia Moore",
        customer="Nathaniel Pruitt",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:19:-250",
        noise_db=15.0,
        reason="A new patient cracked a tooth and wants to be seen as soon as possible.",
        outcome="He is booked for Tuesday morning with a card deposit, his insurance is to be checked, and his daughter's cleaning is to be booked by his wife.",
        actions=[
            Action(
                "fill out the new patient forms",
                "Nathaniel Pruitt",
                "2026-12-08",
                "before Tuesday",
                ("forms",),
            ),
            Action(
                "check the insurance benefits and call the patient",
                "Bettina",
                "2026-12-07",
                "by Monday",
                ("benefits", "insurance", "covered"),
            ),
            Action(
                "text the patient a link to the new patient forms",
                "Leticia Moore",
                "2026-12-04",
                "right after this call",
                ("text", "link"),
            ),
            Action(
                "call to book the daughter's cleaning",
                "Hana",
                "2026-12-07",
                "Monday",
                ("cleaning", "book"),
            ),
            Action(
                "put the patient on the cancellation list",
                "Leticia Moore",
                None,
                None,
                ("cancellation",),
            ),
            Action(
                "bring the insurance card and a photo ID to the visit",
                "Nathaniel Pruitt",
                None,
                None,
                ("insurance card", "photo ID"),
            ),
        ],
        script="""
A: Maple Grove Dental, [person_name:Leticia] speaking.
C: Hi, I think I cracked a tooth. On popcorn! {neu}
A: Ouch. Are you in pain?
C: Um, it's pretty bad, honestly. I barely slept. {neg}
A: Sorry. Are you a patient here?
C: No, first time. {neu}
A: Your name?
C: [person_name:Nathaniel Pruitt]. [person_name:P R U I T T]. {neu}
A: Date of birth?
C: [date_of_birth:Oh three, fifteen, eighty-four]. {neu}
A: Which tooth?
C: Upper left, in the back. {neu}
A: Probably <quantity:number fourteen>. Doctor [person_name:Farah] has Tuesday.
C: Tuesday? Oh, great, four more days of this. {neg}
A: I'll put you on the cancellation list too.
C: Okay. I appreciate that. {pos}
A: Tuesday, <date:December eighth>, at <time:nine forty-five>?
C: <time:Nine forty-five> works. {neu}
A: Insurance?
C: Yeah. Member ID [member_id:D L X, four seven seven, oh two one six]. {neu}
A: [person_name:Bettina] will call you by Monday with what's covered.
C: Okay, good. {pos}
A: Home address?
C: [address:Two eighty-eight Quarry Road, apartment six B], [zip:oh one six oh three]. {neu}
C: Oh, and my cell is [phone:five oh eight, five five five, oh one four seven]. {neu}
A: [phone:Five oh eight, five five five, oh one four seven].
C: Yep. {neu}
A: New patients leave a <amount:seventy-five dollar> deposit.
C: Seriously? Before you've even looked? {neg}
A: It goes toward your bill.
C: Fine. {neu}
A: Which card?
C: Visa. Uh, no wait, Mastercard. [card_number:Five four two five, three three oh one]... {neu}
C: [card_number:Seven seven four six, two oh nine seven]. {neu}
A: [card_number:Five four two five, three three oh one, seven seven four six, two oh nine seven]?
C: Yes. {neu}
A: Expiration?
C: [card_expiry:September twenty-seven]. {neu}
A: And what's on the back?
C: [card_security_code:Six oh two]. No, sorry, [card_security_code:six oh seven]. {neu}
A: Thanks. I'll text you our forms link right after this call. Fill them out before Tuesday.
C: Will do. Can my daughter [person_name:Ava] get a cleaning too? {neu}
A: Sure. Could your wife call us Monday to book it?
C: Yeah, [person_name:Hana] does her schedule. {neu}
A: Bring your insurance card and photo ID. Your email?
C: [email:n pruitt eighty-four at gmail dot com]. {neu}
A: See you Tuesday, Mr. [person_name:Pruitt].
C: Thanks, [person_name:Leticia]. You're a lifesaver. {pos}
""",
    ),
    CallScript(
        id="fd04-mortgage",
        trade="mortgage lender",
        company="Keystone Home Lending",
        agent="Owen Whitaker",
        customer="Ingrid Solberg",
        agent_voice="espeak:en-us+klatt:140:45",
        customer_voice="hibari:20",
        noise_db=17.0,
        reason="A buyer whose offer was accepted calls to move her mortgage application forward: credit check, down payment sources, bank details.",
        outcome="Credit is run, the gift and savings accounts are recorded, the rate is quoted, and statements, a co-borrower call and the appraisal order are set up.",
        actions=[
            Action(
                "upload two months of bank statements",
                "Ingrid Solberg",
                "2026-12-09",
                "by Wednesday",
                ("bank statements", "statements", "upload"),
            ),
            Action(
                "call the loan officer",
                "Tomasz",
                "2026-12-07",
                "Monday",
                ("call",),
            ),
            Action(
                "send the appraisal order",
                "Priscilla",
                "2026-12-08",
                "by Tuesday",
                ("appraisal",),
            ),
            Action(
                "email the loan disclosures",
                "Owen Whitaker",
                None,
                None,
                ("disclosures",),
            ),
        ],
        script="""
A: Keystone Home Lending, [person_name:Owen] speaking.
C: Hi [person_name:Owen], it's [person_name:Ingrid Solberg]. Application [member_id:K H L, two two five, nine oh one]. {neu}
A: Found you. A purchase, <amount:four hundred twenty-five thousand>?
C: Yes! Our offer was accepted yesterday! {pos}
C: We're thrilled. And a little terrified. {pos}
A: Normal. To run credit, I need your social.
C: Sure. [ssn:Five two four]... {neu}
A: Mm-hm.
C: [ssn:Oh seven, three three one eight]. {neu}
A: [ssn:Five two four, oh seven, three three one eight].
C: Hmm, no. The middle is [ssn:oh one]. {neu}
A: [ssn:Five two four, oh one, three three one eight].
C: That's it. {neu}
A: Date of birth?
C: [date_of_birth:November ninth, nineteen eighty-seven]. {neu}
A: Current address?
C: [address:Six fifty West Harmon Street, apartment nineteen], [zip:eight oh two oh five]. {neu}
A: Where's the down payment from?
C: Savings, and a gift from my dad in Ireland. {neu}
A: I'll need the IBAN it's sent from.
C: [iban:I E five one, A I B K, nine three one one]... {neu}
C: [iban:Five two three eight, four six one oh, seven seven]. He's [person_name:Lars]. {neu}
A: And your account? Routing first.
C: [routing_number:Three two two, two seven one, nine oh two]. {neu}
A: Account number?
C: [bank_account:Six six oh four, one nine two two, eight five]. {neu}
C: So how much can we borrow? {neu}
A: With twenty percent down, <amount:three hundred forty thousand>.
C: And the rate? {neu}
A: <quantity:Six point two five percent>.
C: Ugh. My parents paid like three. {neg}
A: You could refinance later.
C: Yeah, everyone keeps saying that. {neg}
A: [person_name:Priscilla], our underwriter, needs two months of statements. By Wednesday?
C: Sure, I'll upload them this weekend. {neu}
A: Could your partner [person_name:Tomasz] call me Monday?
C: He hates phones, but I'll make him. {neu}
A: And [person_name:Priscilla] will send the appraisal order by Tuesday.
C: Closing is still <date:January fifteenth>? {neu}
A: Still on track.
C: Oh, thank goodness. {pos}
A: Email for the disclosures?
C: [email:ingrid dot s eighty-seven at protonmail dot com]. {neu}
A: And your cell?
C: [phone:Seven two oh, five five five, oh one three two]. {neu}
A: [phone:Seven two oh, five five five, oh one three two]. All set, [person_name:Ingrid].
C: Thank you so much, [person_name:Owen]. {pos}
""",
    ),
]

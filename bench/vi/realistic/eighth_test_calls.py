"""The EIGHTH-TEST half: six scripted two-party phone calls, the held-out half of the eighth set,
in trades none of the earlier sets covered. Written blind from a brief on 2026-12-05 by a helper
session that read no product code (nothing under src/, no tests, no docs, and no earlier set's
calls beyond the first seventh-dev call, as a format example); see README.md. Frozen as of the
commit that adds it: do not edit the calls or the labels to suit a result. HELD OUT: do not read
it while tuning and do not tune on its figures; tune, if at all, on eighth_dev_calls.py.

Trades: hearing-aid clinic, charity donations line, construction equipment rental, locksmith
and emergency lockout service, small-business payroll service, music lessons school. Each call
holds 6-10 PII items said the ways people say them (cards in fours with "double"/"triple", an
aside or a correction mid-number; expiries as "oh seven, twenty-nine", "June, twenty-nine",
"eleven slash twenty-seven"; security codes asked for as "the verification digits", "the three
by the signature panel", "the little number on the reverse"; SSNs in 3-2-4 groups or as a last
four; dates of birth in words and in digits, one volunteered; spelled names; IBANs in groups
with spelled letters, one corrected; bank and routing numbers read together; emails with digits
and spelled parts; a phone corrected and read back; addresses with unit numbers and ZIP codes
said digit by digit or in pairs) and 6-10 numbers that must survive redaction, many placed
where a careless redactor would hide them: right after a card, a security code, an SSN or a
date of birth, inside payment talk, read back digit by digit, corrected, under trade-specific
labels (repair ticket, gift reference, credit application, rental ticket, authorisation number,
job ticket, payroll batch, hire record, invoice), some the same length as a PII item nearby (a
4-digit repair ticket and payroll batch after a last four, a 9-digit credit application and
hire record after an SSN, a 16-digit authorisation number after a card). PII-free lines hold
unmarked ordinary numbers (prices, counts, durations, model years); some words look like cues
and are not ("security deposit", "social hour", "member benefits", "account manager", "the code
of practice"); common words that are also names ("may", "will", "mark", "grant", "june",
"frank", "bill", "sandy", "rose") are used as ordinary words, while people
named in passing ARE PII.

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
        id="8t01-hearing-aids",
        trade="hearing-aid clinic",
        company="Harmony Hearing Clinic",
        agent="Yusuf Demir",
        customer="Evelyn Thackeray",
        agent_voice="hibari:81",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=17.0,
        reason="The customer's left hearing aid keeps whistling and she needs batteries.",
        outcome="A repair appointment with the audiologist on Tuesday the eighth at 2:45, covered by her insurance; four battery packs paid by card and posted Monday.",
        actions=[
            Action(
                "post the battery packs",
                "Yusuf Demir",
                "2026-12-07",
                "Monday",
                ("batter", "post"),
            ),
            Action(
                "bring both hearing aids to the appointment",
                "Evelyn Thackeray",
                "2026-12-08",
                "on Tuesday",
                ("bring", "aid", "both"),
            ),
            Action(
                "check the hearing aids at the repair appointment",
                "Halvorsen",
                "2026-12-08",
                "Tuesday the eighth",
                ("check", "appointment", "see", "repair"),
            ),
        ],
        script="""
A: Harmony Hearing Clinic, [person_name:Yusuf] speaking.
C: Hello? Sorry, could you speak up a bit? {neu}
A: Of course. Harmony Hearing, how can I help?
C: My left hearing aid keeps whistling. It's driving me up the wall. {neg}
A: Oh dear. Let's sort it out. What's your name?
C: [person_name:Evelyn Thackeray. T H A C K E R A Y]. {neu}
A: And your date of birth?
C: [date_of_birth:Eleven, oh three, nineteen forty-eight]. {neu}
A: Thank you. You have the Aurel pair, fitted in twenty twenty-four.
C: That's right. They were marvellous until this week. {neu}
A: It's usually the tube or the wax guard. Doctor [person_name:Halvorsen] can see you <date:Tuesday the eighth> at <time:two forty-five>.
C: Sorry, can you repeat that? Tuesday at...? {neu}
A: Tuesday the eighth, at <time:two forty-five>.
C: Two forty-five. I'll write that on the calendar. {neu}
A: Are you still with Silverpath insurance?
C: Yes, dear. The member number is [member_id:S P X, nine double oh, four one, seven seven two]. {neu}
A: And the last four of your social, for the claim?
C: [ssn:Oh five five one]. {neu}
A: Thanks. Your repair ticket is <ticket:seven three oh two>.
C: <ticket:Seventy-three oh two>. {neu}
A: That's it. Your member benefits cover the repair.
C: Oh, thank goodness. {pos}
A: Do you need batteries while I've got you?
C: Yes, <quantity:four> packs, please. {neu}
A: Four packs at nine ninety-nine, that's <amount:thirty-nine ninety-six>.
C: Goodness, they do add up. {neg}
A: They do. Shall I take a card?
C: Yes. Hold on, let me find my glasses. Right. [card_number:Four nine one six, double oh two eight, double seven three one, five six four oh]. {neu}
A: And the expiry?
C: [card_expiry:Oh seven, twenty-nine]. {neu}
A: And the verification digits, the three on the back?
C: [card_security_code:Six one eight]. {neu}
A: That's paid. Receipt <reference:one one four nine three>. The batteries go in the post Monday.
C: Lovely. Monday's fine. {pos}
A: An email for the receipt?
C: My granddaughter set it up. It's [email:E T H A C K four eight at yahoo dot com]. {neu}
A: Lovely. And what you'll need to do is bring both aids on Tuesday, in the case.
C: Both? Even the good one? {neu}
A: Yes, the doctor checks the pair. Each visit's about forty minutes.
C: Right, will do. You've been ever so patient. {pos}
A: My pleasure. See you Tuesday.
C: Thank you, dear. Bye-bye. {pos}
""",
    ),
    CallScript(
        id="8t02-charity-donations",
        trade="charity donations line",
        company="Brightwater Children's Trust",
        agent="Celia Novak",
        customer="Raymond Okonkwo",
        agent_voice="espeak:en-us+f3:138:60",
        customer_voice="hibari:82:-150",
        noise_db=15.0,
        reason="The customer wants to give a gift in memory of his sister and set up a monthly donation.",
        outcome="A 500 gift taken by card with a tribute card to follow, a monthly gift of 20 by direct debit from January the fifteenth, and his employer's matching form to come back by Friday.",
        actions=[
            Action(
                "email the tax receipt",
                "Celia Novak",
                "2026-12-07",
                "by Monday",
                ("receipt", "email"),
            ),
            Action(
                "send the employer's matching gift form back",
                "Raymond Okonkwo",
                "2026-12-11",
                "by Friday",
                ("match", "form"),
            ),
            Action(
                "post the tribute card",
                "Celia Novak",
                None,
                None,
                ("tribute", "card", "post"),
            ),
        ],
        script="""
A: Good afternoon, Brightwater Children's Trust, donations line.
C: Hello. Finally. Twelve minutes on hold, lovely. {neg}
A: I'm sorry about the wait. How can I help?
C: I'd like to make a donation in memory of my sister. {neu}
A: That's very kind. May I take your name?
C: [person_name:Raymond Okonkwo. O K O N K W O]. {neu}
A: And your sister's name, for the tribute card?
C: [person_name:Beatrice]. She passed on <date:the twentieth of November>. She volunteered with you for years. {neu}
A: How much would you like to give today?
C: <amount:Five hundred dollars>. {neu}
A: That pays for <quantity:two hundred> hot meals.
C: That's wonderful to hear. {pos}
A: Card or bank?
C: Card for today. The website wouldn't take it, which was annoying. {neg}
A: Sorry about that. Go ahead.
C: [card_number:Five five oh one, four seven eight, sorry, four eight seven two, six double oh three, one nine nine four]. {neu}
A: Got it. And when does it expire?
C: [card_expiry:June, twenty-nine]. {neu}
A: And the security number, the three by the signature panel?
C: [card_security_code:Four oh two]. {neu}
A: Thank you. Your gift reference is <reference:two three eight eight one>.
C: <reference:Two three eight eight one>. {neu}
A: Would you like to set up a monthly gift as well?
C: Yes, <amount:twenty> a month, from my bank, not a card. {neu}
A: Of course. I'll need the routing number and the account.
C: Routing is [routing_number:one one one, double oh, oh six one four], account [bank_account:two double oh three, eight one seven, seven four]. {neu}
A: Thanks. The first gift comes out on <date:January the fifteenth>.
C: Sorry, can you repeat that? The telly's on. {neu}
A: The first twenty comes out on the fifteenth of January.
C: Fine. {neu}
A: Now, for the tax receipt, what's your address?
C: [address:88 Hollis Lane, apartment 5D]. {neu}
A: And the ZIP code?
C: [zip:Sixty, sixty-one, four]. {neu}
A: And an email for the receipt?
C: [email:ray fifty dot O K O N K W O at gmail dot com]. {neu}
A: The receipt will be emailed by Monday, and the tribute card posted to you.
C: That means a lot. {pos}
A: Does your employer match gifts?
C: They do, up to a thousand a year. {neu}
A: Then can you pop their matching form back to us by Friday?
C: Will do. {neu}
A: There's also a donors' social hour on the <date:seventeenth>, if you'd like to come.
C: Oh, I don't know. Maybe. She'd have gone, in her rose hat. {neu}
A: I'll send an invitation anyway. No pressure.
C: You've been very kind. Thank you. {pos}
""",
    ),
    CallScript(
        id="8t03-equipment-rental",
        trade="construction equipment rental",
        company="Ironside Equipment Rental",
        agent="Dale Kowalczyk",
        customer="Marisol Vega",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+klatt:135:45",
        noise_db=18.5,
        reason="The customer, a small renovation contractor, needs a mini excavator for a week and wants to open a credit account.",
        outcome="A credit application lodged; the excavator rented for the week at 1,150 on a card with a 500 security deposit, delivered Monday between seven and nine; the agent to call Tuesday when the account is approved.",
        actions=[
            Action(
                "meet the delivery truck at the yard",
                "Teodor",
                "2026-12-07",
                "Monday",
                ("meet", "truck", "deliver"),
            ),
            Action(
                "call 811 before digging",
                "Marisol Vega",
                None,
                "before you dig",
                ("811", "call", "utility", "dig"),
            ),
            Action(
                "ring the customer when the account is approved",
                "Dale Kowalczyk",
                "2026-12-08",
                "Tuesday",
                ("ring", "call", "account", "approv"),
            ),
        ],
        script="""
A: Ironside Equipment Rental, [person_name:Dale] speaking.
C: Hi, yeah. I need a mini excavator for next week. {neu}
A: Sure. Which size?
C: The three-and-a-half tonne, with a trenching bucket. The ground's sandy. {neu}
A: We've got one. Day rate is <amount:three twenty-five>, or <amount:eleven fifty> for the week.
C: The week. Starting <date:Monday the seventh>. {neu}
A: Can I take a name?
C: [person_name:Marisol Vega. V E G A]. I run Casa Bonita Builds. {neu}
A: Do you have an account with us?
C: No, I'd like to open one, rather than paying up front every time. {neu}
A: For a sole trader, the credit check needs your social security number.
C: Okay. [ssn:Five seven oh, double one, eight eight two four]. {neu}
A: Thanks. Credit application <case:six two nine, three three, oh five oh seven>.
C: Sorry, can you repeat that? There's a generator going. {neu}
A: <case:Six two nine, three three, oh five oh seven>.
C: Got it. How long does approval take? {neu}
A: Usually two working days. Till then it's a card, with a security deposit of <amount:five hundred>.
C: Five hundred? Wow, that's steep. {neg}
A: It's refunded when the machine comes back clean.
C: Fine. [card_number:Four seven one six, two oh, hang on, my foreman's shouting, two oh eight one, five five three nine, oh six four two]. {neu}
A: Expiry?
C: [card_expiry:Eleven slash twenty-seven]. {neu}
A: And the little number on the reverse?
C: [card_security_code:Three three nine]. {neu}
A: Thanks. Rental ticket four four oh six one.
C: Forty-four oh six one. {neu}
A: Oh six seven, sorry, <ticket:four four oh six seven>.
C: <ticket:Four four oh six seven>. Good catch. {pos}
A: Where are we delivering?
C: Our yard, [address:311 Brennan Drive, unit 4]. {neu}
A: ZIP?
C: [zip:Seven eight seven oh two]. {neu}
A: Delivery Monday between <time:seven> and <time:nine>.
C: Seven's good. My foreman, [person_name:Teodor], will meet the truck. {neu}
A: A mobile for him?
C: [phone:Five one two, six oh nine, double three one eight]. {neu}
A: Thanks. The meter reads fourteen twenty hours, for the record.
C: Okay. Do I need to mark the utility lines? {neu}
A: What you'll need to do is call eight one one before you dig. It's the code of practice.
C: Oh brilliant, more paperwork. {neg}
A: It's one call, I promise. I'll ring you Tuesday when the account's approved.
C: Great. Honestly, way easier than the last place. {pos}
A: Glad to hear it. Anything else?
C: No, thanks a lot. {pos}
""",
    ),
    CallScript(
        id="8t04-locksmith-lockout",
        trade="locksmith and emergency lockout service",
        company="Keyline Locksmiths",
        agent="Shauna Boyle",
        customer="Camille Durand",
        agent_voice="hibari:83:200",
        customer_voice="espeak:en-us:139:50",
        noise_db=16.0,
        reason="The customer is locked out of her flat with her keys inside and wants the lock rekeyed too.",
        outcome="A technician sent within about twenty-five minutes; call-out and entry at 235 charged to her card once she is in, rekeying at 65 a cylinder; the receipt to be emailed tonight.",
        actions=[
            Action(
                "text the customer when ten minutes away",
                "Rhys",
                None,
                None,
                ("text", "minutes"),
            ),
            Action(
                "have ID ready when the technician arrives",
                "Camille Durand",
                None,
                None,
                ("ID", "ready"),
            ),
            Action(
                "email the receipt",
                "Shauna Boyle",
                "2026-12-05",
                "tonight",
                ("receipt", "email"),
            ),
        ],
        script="""
A: Keyline Locksmiths, what's the emergency?
C: I'm locked out. My keys are on the kitchen counter. Fantastic start to a Saturday. {neg}
A: Oh no. Anyone inside? Kids, pets, the stove on?
C: No, nobody inside. Just me on the step. {neu}
A: Okay. What's the address?
C: [address:2207 Linden Street, apartment 3F]. {neu}
A: And the ZIP code?
C: [zip:One one two one five]. {neu}
A: Thanks. Can I take your name?
C: [person_name:Camille Durand. D U R A N D]. {neu}
A: And a mobile, in case the tech can't find you?
C: [phone:Nine one seven, four four two, oh eight six three, sorry, oh eight six eight]. {neu}
A: [phone:Nine one seven, four four two, oh eight six eight].
C: That's it. {neu}
A: Our technician [person_name:Rhys] is about <quantity:twenty-five> minutes away.
C: Twenty-five minutes? In this cold? Okay, I'll wait in the café. {neg}
A: He'll need to see ID that shows the address.
C: My licence is in my car, luckily. It's [date_of_birth:the fourteenth of February, nineteen ninety], if he asks. {neu}
A: Thanks. The call-out is <amount:ninety-five>, and entry is <amount:one forty> on top.
C: <amount:Two thirty-five> on a Saturday. Wonderful. {neg}
A: Weekend rates, sorry. I take the card now, and it's only charged once you're in.
C: Fine. [card_number:Five one five five, oh four, hang on, a bus is going past, oh four nine two, double eight one three, six oh seven one]. {neu}
A: Thanks. The expiry?
C: [card_expiry:Oh four twenty-eight]. {neu}
A: And the three by the signature?
C: [card_security_code:Seven two two]. {neu}
A: Done. Authorisation number <reference:nine four four one, seven seven oh two, three three six eight, one five oh nine>.
C: I'm not writing all that down. {neu}
A: The bill will be in the text. Your job ticket is <ticket:three oh seven>.
C: <ticket:Three oh seven>. {neu}
A: The tech will text when he's ten minutes out.
C: Good. Can he rekey the lock too? My ex still has a key, from back in June. {neu}
A: He can. Rekeying is <amount:sixty-five> per cylinder.
C: Okay, do it. Honestly, you've been calm and quick. {pos}
A: What you'll need to do is have the ID ready when he arrives.
C: Will do. {neu}
A: And we'll email the receipt tonight. Most jobs take under an hour.
C: Under an hour? Oh, what a relief. {pos}
A: Stay warm in there.
C: Thanks so much. Right, coffee. {pos}
""",
    ),
    CallScript(
        id="8t05-payroll-service",
        trade="small-business payroll service",
        company="Ledgerly Payroll",
        agent="Hamid Rostami",
        customer="Gwen Albright",
        agent_voice="espeak:en-us:137:48",
        customer_voice="festival:kal_diphone:-100",
        noise_db=17.5,
        reason="A bakery owner is adding a new employee, changing the business's bank account and adding a monthly payment to a consultant in Ireland.",
        outcome="The new starter added with direct deposit, the funding account changed and an international payment of 900 euros a month set up; forms sent Monday and due back Wednesday before the 5 p.m. cut-off.",
        actions=[
            Action(
                "send the change forms to sign",
                "Hamid Rostami",
                "2026-12-07",
                "by Monday",
                ("form", "send"),
            ),
            Action(
                "return the signed forms",
                "Gwen Albright",
                "2026-12-09",
                "by Wednesday",
                ("form", "return", "back", "sign"),
            ),
            Action(
                "fill in the W-4",
                "Tomas Reyes",
                "2026-12-07",
                "Monday",
                ("W-4", "w4", "fill", "form"),
            ),
        ],
        script="""
A: Ledgerly Payroll, [person_name:Hamid], your account manager, speaking.
C: Hi, it's the bakery, Crumb and Co. I've got a new starter and a bank change. {neu}
A: No problem. Who am I speaking with?
C: [person_name:Gwen Albright], the owner. {neu}
A: For security, the last four of your social?
C: [ssn:Nine two seven oh]. {neu}
A: Thanks. Your next run is batch <reference:four one one six>, paying <date:Friday the eleventh>.
C: That's the one. The new starter is [person_name:Tomas Reyes, R E Y E S]. {neu}
A: Lovely. His social security number?
C: [ssn:Six six one, oh eight, three two double five]. {neu}
A: Thanks. His hire record is <reference:three oh four, two two, seven one nine six>.
C: He starts Monday, <quantity:thirty> hours a week, at <amount:eighteen fifty> an hour. {neu}
A: Got it. Direct deposit for him?
C: Yes, his credit union. The routing is [routing_number:two six one, one seven, oh three eight one]. {neu}
A: And his account?
C: [bank_account:Double oh nine four, four seven two, one three six]. {neu}
A: Now the bakery's own account?
C: Yes, we moved banks. Ugh, what a saga that was. {neg}
A: Go ahead, the new routing and account.
C: Routing [routing_number:oh seven one, nine two, three five oh eight], account [bank_account:five five two, eight one oh, four four six, oh three]. {neu}
A: Both updated. How's the Christmas rush?
C: Mad. Four hundred mince pies yesterday. {neu}
A: Blimey.
C: Oh, and we pay a pastry consultant in Ireland every month. Can you do international? {neu}
A: We can. Read me the IBAN when you're ready.
C: [iban:I E two nine, A I B K, nine three one one, five two double four, seven one oh six, eight three]. {neu}
A: Thanks. And the amount?
C: <amount:Nine hundred> euros a month. {neu}
A: Fine. The forms will be sent to you by Monday to sign.
C: Sorry, can you repeat that? The mixer's going. {neu}
A: The forms come by Monday. Can you pop them back to us by Wednesday, before the cut-off at <time:five p.m.>?
C: Monday, then Wednesday. Got it. {neu}
A: And the new starter fills in his W-4 on day one.
C: I'll get him to do it Monday. {neu}
A: Perfect. Your fee this month is <amount:one twelve>.
C: Bit steep for December, but fine. {neg}
A: It includes the two extra runs for the holiday bonus.
C: Oh, fair enough then. Honestly, you lot make this painless. {pos}
A: Anything else?
C: No, that's it. Cheers. {pos}
""",
    ),
    CallScript(
        id="8t06-music-school",
        trade="music lessons school",
        company="Cadence Music School",
        agent="Lorna Fitzpatrick",
        customer="Daniel Oyelaran",
        agent_voice="hibari:85",
        customer_voice="espeak:en-us+f3:136:55",
        noise_db=19.0,
        reason="A parent is signing his daughter up for piano lessons for the spring term.",
        outcome="Twelve thirty-minute lessons on Wednesdays at 4:15 from January the thirteenth, the 312 term fee paid by transfer from his German account against an invoice; first pieces to come by email.",
        actions=[
            Action(
                "email the first pieces",
                "Ashworth",
                "2026-12-11",
                "by Friday",
                ("piece", "email", "music"),
            ),
            Action(
                "buy a practice book",
                "Daniel Oyelaran",
                None,
                None,
                ("book", "practice", "buy"),
            ),
            Action(
                "send the consent form back",
                "Daniel Oyelaran",
                "2026-12-09",
                "by Wednesday",
                ("consent", "form"),
            ),
        ],
        script="""
A: Cadence Music School, good morning.
C: Hi, um, I'd like to sign my daughter up for piano. {neu}
A: Wonderful. Is she new to us?
C: She had a trial in October, so maybe you've got her already. {neu}
A: Probably. Do you have the family account number?
C: I think it's [member_id:C M, six oh two, seven seven four]. {neu}
A: Found it. And the student's name?
C: [person_name:Mira, M I R A]. She's eight. {neu}
A: And you're?
C: Her dad, [person_name:Daniel Oyelaran, O Y E L A R A N]. {neu}
A: Her date of birth, for the age group?
C: [date_of_birth:The thirtieth of May, twenty eighteen]. {neu}
A: Thanks. Thirty-minute lessons are <amount:twenty-six dollars> each, <quantity:twelve> in the spring term.
C: And which teacher? To be frank, her last one was grumpy. {neg}
A: Mr [person_name:Ashworth] has <time:four fifteen> on Wednesdays, in room eleven.
C: <time:Four fifteen> is perfect, she finishes school at three. {pos}
A: The term fee, <amount:three hundred twelve>, is due by the first lesson, <date:January the thirteenth>.
C: Can I pay from my German account? We've just moved back. {neu}
A: Yes, by transfer. Could you read me the IBAN?
C: [iban:D E two seven, five oh oh two, one triple oh, oh one four seven, three three six six, nine oh, no wait, eight oh]. {neu}
A: Thanks. Put invoice <reference:seven seven oh four one> on the transfer.
C: Sorry, can you say that again? {neu}
A: <reference:Seven seven oh four one>.
C: <reference:Seven seven oh four one>. Got it. {neu}
A: Where should her lesson book go? We post one out.
C: [address:Nineteen Garrow Court, apartment twelve], [zip:forty-three, twenty-one, five]. {neu}
A: And an email?
C: [email:D O Y E L A R A N seven seven at outlook dot com]. {neu}
A: And a mobile, in case a lesson's cancelled?
C: [phone:Five oh two, eight eight one, four six oh nine]. {neu}
A: There's a bursary grant if fees get tricky, and the June recital's free to enter.
C: Oh, lovely, she'll be thrilled about the recital. {pos}
A: I'll get her teacher to email you her first pieces by Friday.
C: Great. Anything I need to buy? {neu}
A: What you'll need to do is get her a practice book, grade one.
C: Oh great, another thing to buy. Kidding, that's fine. {neu}
A: And can you pop the consent form back to us by Wednesday?
C: Wednesday's fine. The last school lost ours twice, so, you know. {neg}
A: We won't, promise. Anything else?
C: No, honestly, you've made this really easy. Thanks. {pos}
""",
    ),
]

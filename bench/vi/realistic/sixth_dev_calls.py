"""The SIXTH-DEV half: six scripted two-party phone calls, a sixth set in trades none of the
earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that read
no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond the
first fifth-dev call, as a format example); see README.md. Frozen as of the commit that adds
it: do not edit the calls or the labels to suit a result. Tune on these if you must; the test
half (sixth_test_calls.py) is held out: do not read it and do not tune on it.

Trades: car rental, dental office, mortgage servicing, moving company, veterinary clinic, tax
preparation. Each call holds 6-10 PII items said the ways people say them (cards in fours and
"double", expiries as "September twenty-eight" or "oh seven, twenty-eight", SSNs in 3-2-4
groups with pauses or as a last four, dates of birth in words, spelled names, IBANs, emails
with digits) and 6-10 numbers that must survive redaction, many placed where a careless
redactor would hide them: right after a card, a security code, an SSN or a date of birth,
inside payment talk, read back digit by digit, corrected, under trade-specific labels (rental
agreement, chart, loan file, job number, patient number, client file). PII-free lines hold
unmarked ordinary numbers (prices, counts, durations, times); some words look like cues and
are not ("security deposit", "birthday cake", "card table", "account manager"); common words
that are also names ("will", "mark", "bill", "rose") are used as ordinary words, while people
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
        id="6d01-car-rental",
        trade="car rental",
        company="Meridian Car Rental",
        agent="Tobias Lindqvist",
        customer="Priya Raghunathan",
        agent_voice="espeak:en-us+klatt:137:45",
        customer_voice="hibari:50",
        noise_db=16.0,
        reason="The customer's flight home moved, so she needs to keep her rental car two extra days and add her brother as a driver; the card on file has expired.",
        outcome="The rental is extended to Tuesday at nine, the brother is added as a driver, and a new card is charged 122 dollars; the updated agreement will be emailed tonight.",
        actions=[
            Action(
                "email the updated rental agreement",
                "Tobias Lindqvist",
                "2026-12-05",
                "tonight",
                ("agreement", "email"),
            ),
            Action(
                "show his driving licence at the rental desk",
                "Arjun Raghunathan",
                "2026-12-06",
                "tomorrow morning",
                ("licence", "license", "desk"),
            ),
            Action(
                "return the car to the airport garage",
                "Priya Raghunathan",
                "2026-12-08",
                "Tuesday the eighth at nine a m",
                ("return", "car"),
            ),
        ],
        script="""
A: Meridian Car Rental, airport desk, this is [person_name:Tobias].
C: Hi, um, I need to keep my rental a bit longer. {neu}
A: Sure. The rental agreement number?
C: Yes, it's <reference:R A, seven seven oh four one>. {neu}
A: Seven seven oh four seven?
C: No, four one at the end. <reference:Seven seven oh four one>. {neu}
A: Got it. And the name on it?
C: [person_name:Priya Raghunathan]. {neu}
A: Thanks. It's due back Sunday the sixth.
C: My flight got pushed, so I need it till Tuesday. So annoying. {neg}
A: No problem. Return <date:Tuesday the eighth> at <time:nine a m>?
C: Nine works. {neu}
A: That's two extra days at <amount:forty-eight dollars> a day.
C: Okay. And my brother will be driving some. Can I add him? {neu}
A: Sure. His name and date of birth?
C: [person_name:Arjun Raghunathan], born [date_of_birth:the twenty-second of June, nineteen ninety-one]. {neu}
A: Thanks. That's thirteen dollars a day, he's driver number two.
C: Fine. {neu}
A: Now, the card on file expired last month, so I need a new one.
C: Ugh, of course it did. Hang on. {neg}
A: Sure.
C: Okay. [card_number:Four one seven three, double two oh eight, five five six one, oh three nine four]. {neu}
A: And the month and year on it?
C: [card_expiry:September twenty-eight]. {neu}
A: And the three digits on the back?
C: [card_security_code:Six oh one]. {neu}
A: Thanks. You'll see a charge of <amount:one hundred and twenty-two dollars>, and the new agreement is <reference:seven seven oh four one, dash two>.
C: Wait, <amount:one twenty-two>? I thought it was ninety-six. {neg}
A: Ninety-six is the car. Plus <amount:twenty-six> for your brother, two days.
C: Oh, right. Okay, that makes sense. {neu}
A: What's a good number for you while you have the car?
C: [phone:Four one five, two oh three, eight eight one seven]. {neu}
A: [phone:Four one five, two oh three, eight eight one seven].
C: Yep. Oh, the scratch on the bumper wasn't me. {neu}
A: It's on the sheet from bay <reference:fourteen>, you're fine.
C: Oh good. I was worried about the security deposit. {pos}
A: That's two hundred, released on return. Same garage, level two. Give yourself fifteen minutes.
C: Fifteen minutes, got it. {neu}
A: I'll email the new agreement tonight. Your brother needs to show his licence at the desk before he drives.
C: He'll come by with me tomorrow morning. Thanks, that was easy. {pos}
A: Safe travels!
""",
    ),
    CallScript(
        id="6d02-dental",
        trade="dental office",
        company="Brightwater Family Dental",
        agent="Henrietta Vasquez",
        customer="Gideon Falkner",
        agent_voice="hibari:51",
        customer_voice="espeak:en-us:140:38",
        noise_db=18.0,
        reason="The customer cracked a lower molar and needs an urgent appointment; his dental insurance changed to his wife's plan.",
        outcome="An emergency exam is booked for Monday at 8:15 with Doctor Pemberton; the new insurance and phone number are on file and the patient forms will be emailed.",
        actions=[
            Action(
                "examine the cracked tooth",
                "Pemberton",
                "2026-12-07",
                "Monday the seventh at eight fifteen",
                ("exam", "tooth", "appointment"),
            ),
            Action(
                "email the new patient forms",
                "Henrietta Vasquez",
                "2026-12-05",
                "today",
                ("forms", "email"),
            ),
            Action(
                "bring the new insurance card to the front desk",
                "Gideon Falkner",
                "2026-12-07",
                "on Monday",
                ("insurance card", "card"),
            ),
        ],
        script="""
A: Brightwater Family Dental, [person_name:Henrietta] speaking.
C: Hi, yeah, I think I cracked a tooth. On birthday cake, of all things. {neg}
A: Oh, ouch. Are you a patient with us?
C: I am. [person_name:Gideon Falkner]. {neu}
A: Date of birth, please?
C: [date_of_birth:April ninth, nineteen seventy-six]. {neu}
A: Thanks. I have your chart, <reference:chart four four nine one two>. Which side is it?
C: Lower left, way in the back. It's sharp and it throbs with anything cold. {neg}
A: That's probably tooth <reference:nineteen>. Any swelling?
C: No swelling, just sore. {neu}
A: I can fit you in <date:Monday the seventh> at <time:eight fifteen> with Doctor [person_name:Pemberton].
C: <time:Eight fifteen> Monday. Not today? {neg}
A: We close at noon on Saturdays, and she's in surgery till then.
C: Okay. I'll live. {neu}
A: One more thing. The insurance we have on file ended in October.
C: Right, my wife changed jobs. We're on her plan now. {neu}
A: Who's the subscriber?
C: [person_name:Odette Brandt]. She kept her name. {neu}
A: And the member I D on the new card?
C: [member_id:W X H, four seven two, nine nine one, oh eight]. {neu}
A: [member_id:W X H, four seven two, nine nine one, oh eight].
C: Yes. {neu}
A: They also want the last four of the subscriber's social.
C: Her last four is [ssn:three oh five six]. {neu}
A: Thanks. Your copay for an emergency exam is about <amount:thirty-five dollars>, and the X-ray is covered.
C: Thirty-five, that's not bad at all. {pos}
A: The plan also covers two cleanings a year, so we can book those later.
C: Sure. Oh, and my cell number changed, if you're texting reminders. New one is [phone:six one seven, four oh two, one one nine eight]. {neu}
A: Updated. And I'll email the new patient forms today. Same email?
C: No, use [email:gideon falkner seventy six at gmail dot com]. {neu}
A: Got it. Please bring the new insurance card on Monday, and come ten minutes early.
C: Will do. Can I take something for the pain till then? {neu}
A: Ibuprofen is usually fine, but check with your pharmacist. Ice, twenty minutes on, twenty off.
C: Okay. Thanks so much, really. {pos}
A: Feel better. Your confirmation is <reference:B F D, six one nine>. See you Monday.
""",
    ),
    CallScript(
        id="6d03-mortgage",
        trade="mortgage servicing",
        company="Keystone Mortgage Servicing",
        agent="Rupert Adeyemi",
        customer="Lucinda Marchetti",
        agent_voice="hibari:52",
        customer_voice="espeak:en-us+f3:136:62",
        noise_db=15.5,
        reason="The customer's December mortgage draft was returned because she closed her old bank account, and she got a late-fee letter.",
        outcome="Autopay is moved to her new checking account from the January draft, December's payment is taken by phone, and the late fee is waived as a one-time courtesy.",
        actions=[
            Action(
                "mail a copy of today's payment confirmation",
                "Rupert Adeyemi",
                "2026-12-07",
                "on Monday",
                ("confirmation", "mail"),
            ),
            Action(
                "contact the customer if the escrow changes",
                "Denise Holloway",
                None,
                None,
                ("escrow",),
            ),
        ],
        script="""
A: Keystone Mortgage Servicing, this is [person_name:Rupert]. How can I help?
C: Hi. I got a letter saying my payment bounced, and honestly, I'm a little panicked. {neg}
A: Let's sort it out. Can I have your name?
C: [person_name:Lucinda Marchetti]. {neu}
A: And to verify, your social security number?
C: Sure. [ssn:Five two nine... four one... six eight oh three]. {neu}
A: Thank you. I have loan file <reference:seven oh three, three six eight, one five>. Can you confirm the property address?
C: [address:Forty-one Orchard Hill Road], [zip:oh one seven four two]. {neu}
A: Thanks. So the <date:December first> draft came back, account closed.
C: Yes. I switched banks and completely forgot about the autopay. Ugh. {neg}
A: It happens a lot. Want me to move the autopay to the new account?
C: Please. I have a check right here. The routing number is [routing_number:two five six, oh seven, four nine seven four]. {neu}
A: And the account number?
C: [bank_account:Four four oh, one eight two, seven seven six]. {neu}
A: Let me read that back. [bank_account:Four four oh, one eight two, seven seven six].
C: That's right. {neu}
A: Checking or savings?
C: Checking. {neu}
A: Okay. The regular payment is <amount:eighteen forty-six and twenty-two cents>. Should I take December's today from that account?
C: Yes, please, before anything else goes wrong. {neu}
A: Done. Confirmation <reference:P, nine two six, five one three>. It posts by <time:six p m> today.
C: <reference:P, nine two six, five one three>. And the late fee on the letter? <amount:Seventy-five dollars>? {neg}
A: You haven't missed a payment in six years, so I'll waive it as a one-time courtesy.
C: Oh, thank you. That's a real relief. {pos}
A: The new autopay starts with the <date:January first> draft. You'll get a letter within ten business days.
C: Ten days, okay. Will I need to do anything else? {neu}
A: No. But if your escrow changes, your account manager, [person_name:Denise Holloway], will reach out.
C: Who's [person_name:Denise]? {neu}
A: She handles escrow for your region. Property taxes in your county went up about two hundred dollars this year, so expect a small change in the spring.
C: Great. More good news. {neg}
A: I'm sorry. I'll also mail you a copy of today's confirmation on Monday.
C: Okay. Thanks for being so patient with me. {pos}
A: Of course. Have a good weekend.
""",
    ),
    CallScript(
        id="6d04-moving",
        trade="moving company",
        company="Two Rivers Moving and Storage",
        agent="Yusuf Brennan",
        customer="Siobhan Keane",
        agent_voice="espeak:en-us:138:42",
        customer_voice="hibari:53",
        noise_db=17.0,
        reason="The customer is moving from Boston to Dublin and calls to book the move from her estimate.",
        outcome="Pickup is booked for Friday the eighteenth, seven to nine a m, with a 450-dollar deposit on her card; the container's security deposit will be refunded to her Irish IBAN after delivery.",
        actions=[
            Action(
                "email the moving contract",
                "Yusuf Brennan",
                "2026-12-05",
                "tonight",
                ("contract", "email"),
            ),
            Action(
                "sign and return the contract",
                "Siobhan Keane",
                "2026-12-09",
                "by Wednesday",
                ("sign", "contract"),
            ),
            Action(
                "call the customer the day before the move",
                "Mateus",
                "2026-12-17",
                "the day before",
                ("call",),
            ),
        ],
        script="""
A: Two Rivers Moving and Storage, this is [person_name:Yusuf].
C: Hi! I got your estimate for my move to Dublin and I'm ready to book. {pos}
A: Wonderful. Name on the estimate?
C: [person_name:Siobhan Keane]. {neu}
A: Found it. Estimate <reference:E, five eight eight, two oh one>. Pickup address?
C: [address:Nine ninety Beacon Street, apartment four C], [zip:oh two four four six]. {neu}
A: Third floor, no elevator, right?
C: Sadly, yes. Lots of stairs. {neg}
A: And you want pickup <date:Friday the eighteenth>, window <time:seven to nine a m>.
C: That's right. {neu}
A: The quote has <quantity:fourteen> crates and a twenty-foot container.
C: Fourteen sounds right. Maybe fifteen with the card table. {neu}
A: We can add one on the day. They're forty dollars each.
C: Okay, no problem. {neu}
A: To hold the date we take a deposit of <amount:four hundred fifty dollars> by card.
C: Sure. It's [card_number:three seven one four, four nine six two one eight, seven three oh oh five]. And it expires [card_expiry:March of twenty-nine]. {neu}
A: American Express, so I need the four digits on the front, above the number.
C: [card_security_code:Eight oh two six]. {neu}
A: Thanks. The deposit of <amount:four fifty> is approved, and your job number is <reference:J, two seven seven, oh six one>.
C: <reference:Two seven seven, oh six one>. Got it. And the security deposit on the container, is that refunded? {neu}
A: Yes, the <amount:three hundred> port deposit comes back after delivery. Where should we send it?
C: To my Irish account, I'll be banking there. [iban:I E six four, B O F I, nine oh five eight, three three one seven, two oh four six, one five]. {neu}
A: Let me repeat that. [iban:I E six four, B O F I, nine oh five eight, three three one seven, two oh four six, one five].
C: Perfect. {pos}
A: Your crew lead will be [person_name:Mateus]. He'll call you the day before.
C: Great. And the total's still about six thousand? {neu}
A: <amount:Six thousand two hundred and forty>, including transit insurance.
C: Ugh, pricey. But it's Dublin, so. {neg}
A: Shipping takes about five weeks by sea, door to door.
C: Five weeks without my couch. I'll survive. {neu}
A: I'll email the contract tonight. Please sign it by Wednesday.
C: Will do. Thanks, that was easy. {pos}
A: Our pleasure. Good luck with the move!
""",
    ),
    CallScript(
        id="6d05-vet",
        trade="veterinary clinic",
        company="Hollow Oak Veterinary Hospital",
        agent="Anneliese Park",
        customer="Cornelius Mbeki",
        agent_voice="espeak:en-us+f3:138:58",
        customer_voice="hibari:54",
        noise_db=17.5,
        reason="The customer's dog had a lump removed on Thursday and keeps chewing at her cone; he also needs to pay the rest of the surgery bill.",
        outcome="The balance of 684.50 is paid by card and the receipt emailed; stitch removal is booked for Tuesday the fifteenth at 10:40 and more pain tablets will be ready tomorrow.",
        actions=[
            Action(
                "text a photo of the stitches",
                "Cornelius Mbeki",
                "2026-12-05",
                "today",
                ("photo", "text"),
            ),
            Action(
                "email the receipt",
                "Anneliese Park",
                "2026-12-05",
                "right now",
                ("receipt",),
            ),
            Action(
                "pick up the pain tablets",
                "Cornelius Mbeki",
                "2026-12-06",
                "tomorrow after one",
                ("pick up", "tablets", "pills"),
            ),
            Action(
                "remove the stitches",
                "Okonkwo",
                "2026-12-15",
                "Tuesday the fifteenth at ten forty",
                ("stitches", "stitch"),
            ),
        ],
        script="""
A: Hollow Oak Veterinary, this is [person_name:Anneliese].
C: Hi, it's [person_name:Cornelius Mbeki], about my dog, Pickles. She had surgery Thursday. {neu}
A: Oh yes, the lump removal. How's she doing?
C: Honestly, not great. She keeps chewing at the cone, and last night she dug under the rose bush. {neg}
A: Oh dear. Are the stitches intact?
C: They look okay. A little pink. {neu}
A: That's normal for day two. Can you text us a photo today? What number are you on?
C: [phone:Nine one nine, four seven oh, two two eight three]. {neu}
A: Great. Put her patient number in the text, <reference:P, six oh four one nine>.
C: <reference:Six oh four one nine>. Okay. {neu}
A: Also, there's still a balance on the bill from Thursday.
C: Right, I meant to ask. How much? {neu}
A: <amount:Six hundred eighty-four dollars and fifty cents>, after the deposit.
C: Wow. That's more than the estimate. {neg}
A: The biopsy was added, that's the extra hundred and ten.
C: Fine, let's just pay it. Card is [card_number:five five two two, oh one eight seven, six six four three, four four one oh]. {neu}
A: And the expiry?
C: [card_expiry:Eleven twenty-seven]. {neu}
A: The security code?
C: [card_security_code:Nine one five]. {neu}
A: Thank you. Card ending [card_number:four four one oh], <amount:six eighty-four fifty> approved. Receipt number <reference:R, three three nine, two oh seven>.
C: Can you email that? It's [email:cornelius dot mbeki eighty eight at outlook dot com]. {neu}
A: Sending it right now. Now, for the stitch removal, <date:Tuesday the fifteenth> at <time:ten forty>?
C: Ten forty works. {neu}
A: Doctor [person_name:Okonkwo] will do it. It only takes ten minutes.
C: Good. And the pain pills, she's only got two left. {neu}
A: I'll ask the doctor to approve <quantity:seven> more. You can pick them up tomorrow after one.
C: Thank you. Sorry I was short earlier, it's been a long week. {pos}
A: No worries at all. A soft cone might help, we sell them for eighteen dollars.
C: Ha, I'll mark that down. {pos}
A: Give her a scratch from us. See you on the fifteenth.
""",
    ),
    CallScript(
        id="6d06-tax-prep",
        trade="tax preparation",
        company="Ledgerline Tax Services",
        agent="Wendell Osei",
        customer="Margarethe Lindgren",
        agent_voice="hibari:55",
        customer_voice="espeak:en-us+klatt:135:48",
        noise_db=16.5,
        reason="The customer received an IRS matching notice for 2025 saying she and her husband owe 2,116 dollars, probably from a missed brokerage form.",
        outcome="A notice review is booked with Camille Dupree for Thursday the tenth at 2:30 and the 175-dollar review fee is paid by card; the response is due January fourth.",
        actions=[
            Action(
                "upload the notice and the brokerage form to the portal",
                "Margarethe Lindgren",
                "2026-12-10",
                "before Thursday",
                ("upload", "notice", "portal"),
            ),
            Action(
                "review the IRS notice with the customer",
                "Camille Dupree",
                "2026-12-10",
                "Thursday the tenth at two thirty",
                ("review", "notice"),
            ),
            Action(
                "find the brokerage form",
                "Anders",
                "2026-12-05",
                "tonight",
                ("brokerage", "form"),
            ),
        ],
        script="""
A: Ledgerline Tax Services, [person_name:Wendell] speaking.
C: Hi. I got a scary letter from the I R S and I have no idea what to do with it. {neg}
A: Okay, we can help. Were you a client last season?
C: Yes, my husband and I. [person_name:Margarethe Lindgren]. {neu}
A: To pull your file I need your social and your date of birth.
C: Social is [ssn:four eight one, seven two, oh nine five five]. Born [date_of_birth:November second, nineteen sixty-eight]. {neu}
A: Thank you. Client file <reference:L, eight three oh, five two>. What does it say at the top of the letter?
C: It's a <reference:C P two thousand>, for twenty twenty-five. They say we owe <amount:two thousand one hundred sixteen dollars>. {neg}
A: That's a matching notice. Usually a form didn't make it onto the return.
C: My husband sold some stock. He might have forgotten a form. {neu}
A: What's his first name, for the file?
C: [person_name:Anders]. The last four of his social is [ssn:six six one two]. {neu}
A: Thanks. The response is due <date:January fourth>, so we have time.
C: Oh, thank goodness. I thought it was next week. {pos}
A: I'd like a preparer to review it. [person_name:Camille Dupree] has an opening <date:Thursday the tenth> at <time:two thirty>.
C: Thursday at two thirty is fine. {neu}
A: The notice review fee is <amount:one seventy-five>, credited if you file with us in the spring.
C: A hundred seventy-five just to read a letter? {neg}
A: It's a line-by-line review, and we draft the response for you.
C: Okay, fine. Let's do it. {neu}
A: The long number across the front of the card?
C: [card_number:Six oh one one, two four four seven, oh eight three oh, one nine nine two]. {neu}
A: The month and year on it?
C: [card_expiry:Oh seven, twenty-eight]. {neu}
A: And the three digits on the back?
C: [card_security_code:Three four four]. {neu}
A: Done. <amount:One seventy-five> charged, receipt <reference:four oh one, seven six six>.
C: <reference:Four oh one, seven six six>. {neu}
A: Please upload the notice and the brokerage form to the portal before Thursday.
C: I'll have my husband dig it out tonight. He'll grumble. {neu}
A: Ha. Bring your questions on Thursday, the meeting takes about forty-five minutes.
C: Thank you, I feel so much calmer now. {pos}
A: Glad to help. Have a good weekend.
""",
    ),
]

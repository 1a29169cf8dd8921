"""The SIXTH-TEST half: six scripted two-party phone calls, a sixth set in trades none of the
earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that read
no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond the
first fifth-dev call, as a format example); see README.md. Frozen as of the commit that adds
it: do not edit the calls or the labels to suit a result. This half is HELD OUT: do not read
it while tuning and do not tune on its figures; tune, if at all, on sixth_dev_calls.py.

Trades: gym membership, airline baggage claims, hotel reservations, mobile phone carrier,
credit union auto loan, home alarm monitoring. Each call holds 6-10 PII items said the ways
people say them (cards in fours and "triple", expiries as "oh two, thirty" or "June of
twenty-nine", SSNs in 3-2-4 groups with pauses or as a last four, dates of birth in words and
in numbers, spelled names, a Dutch IBAN, emails with digits) and 6-10 numbers that must
survive redaction, many placed where a careless redactor would hide them: right after a card,
a security code, an SSN, a date of birth or a member number, inside payment talk, read back
digit by digit, corrected, under trade-specific labels (locker, bag tag, claim, rooms, order,
loan file, stock number, site, zone, work order). PII-free lines hold unmarked ordinary
numbers (prices, counts, durations, times); some words look like cues and are not ("social
media", "member of the team", "routing the cable"); common words that are also names
("will", "grant", "bill", "mark", "june") are used as ordinary words, while people named in
passing ARE PII.

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
        id="6t01-gym",
        trade="gym membership",
        company="Summit Strength Fitness",
        agent="Kendrick Boateng",
        customer="Fiona Castellanos",
        agent_voice="espeak:en-us:139:40",
        customer_voice="hibari:56",
        noise_db=18.5,
        reason="The customer was charged twice on December first after switching to the family plan and wants the family plan on a different card.",
        outcome="The duplicate 89.99 charge is refunded, the family plan moves to a new card at 134 a month from January first, and her daughter can start spin class with a youth waiver.",
        actions=[
            Action(
                "refund the duplicate membership charge",
                "Kendrick Boateng",
                "2026-12-05",
                "today",
                ("refund", "duplicate"),
            ),
            Action(
                "hold two bikes in the Saturday spin class",
                "Dominika",
                "2026-12-12",
                "a week from today",
                ("bike", "spin", "hold"),
            ),
            Action(
                "bring her daughter to sign the youth waiver",
                "Fiona Castellanos",
                "2026-12-12",
                "a week from today",
                ("waiver", "daughter"),
            ),
        ],
        script="""
A: Summit Strength Fitness, front desk, [person_name:Kendrick] here.
C: Hi. I've been charged twice this month and I'm not thrilled about it. {neg}
A: Sorry about that. Can I get your member number? It's on the key tag.
C: [member_id:S S, four oh eight, eight one two, six]. {neu}
A: And your date of birth?
C: [date_of_birth:The thirtieth of January, nineteen eighty-nine]. {neu}
A: Thanks, [person_name:Fiona]. Your locker is <reference:one one seven>, and I see two charges of <amount:eighty-nine ninety-nine> on <date:December first>.
C: Right. <amount:Eighty-nine ninety-nine>, twice. Because I switched to the family plan. {neg}
A: I see it. The old plan billed, then the new one. That one's on us.
C: Well, I'll grant you, at least you found it fast. {neu}
A: I'll refund the duplicate today. It takes five to seven business days to show.
C: Okay. And can the family plan go on a different card? {neu}
A: Sure. Go ahead with the card number.
C: [card_number:Four seven one six, three oh three oh, nine two eight eight, one four five seven]. {neu}
A: And the month and year on it?
C: [card_expiry:Oh two, thirty]. {neu}
A: Three digits on the back?
C: [card_security_code:Seven seven one]. {neu}
A: Got it. Refund reference is <reference:R F, five six two, nine oh three>.
C: <reference:Five six two, nine oh three>. {neu}
A: The family plan also includes <quantity:two> guest passes a month.
C: Oh, nice. My daughter wants to try spin. {pos}
A: Spin is Saturdays at <time:nine fifteen>, with [person_name:Dominika]. She's a great member of the team.
C: She's fourteen, is that okay? {neu}
A: Fourteen is fine. Ages twelve and up, with a youth waiver. Bring her a week from today and sign it at the desk.
C: Perfect, she'll be thrilled. {pos}
A: I'll ask Dominika to hold two bikes. Want the new agreement by email?
C: Yes please. It's [email:fiona c eighty nine at gmail dot com]. {neu}
A: Sent. The new rate, <amount:one thirty-four> a month, starts <date:January first>.
C: Thanks, [person_name:Kendrick]. You fixed that quick. {pos}
A: Anytime. Have a good workout.
""",
    ),
    CallScript(
        id="6t02-baggage",
        trade="airline baggage claims",
        company="Northwind Airlines",
        agent="Priscilla Abernathy",
        customer="Joost van der Berg",
        agent_voice="hibari:57",
        customer_voice="espeak:en-us+klatt:140:36",
        noise_db=15.0,
        reason="The customer's suitcase did not arrive on his flight from Amsterdam and nobody has called him about the delayed-bag file.",
        outcome="The bag is found in Chicago and flies in tonight; a courier delivers it tomorrow to his friend's apartment, and an expense claim up to 150 dollars will be paid to his Dutch IBAN.",
        actions=[
            Action(
                "email the receipts for essentials with the file reference",
                "Joost van der Berg",
                "2026-12-07",
                "by Monday",
                ("receipt",),
            ),
            Action(
                "put in the courier delivery request",
                "Priscilla Abernathy",
                "2026-12-05",
                "tonight",
                ("courier", "delivery"),
            ),
        ],
        script="""
A: Northwind baggage services, [person_name:Priscilla] speaking.
C: Hello. My suitcase did not arrive yesterday, and nobody called me. {neg}
A: I'm sorry. Do you have the file reference?
C: Yes. It's <reference:O R D, N W, four eight two one seven>. {neu}
A: <reference:Four eight two one seven>. And your name?
C: [person_name:Joost van der Berg]. That's [person_name:J O O S T]. {neu}
A: Thanks. You flew in on <flight:N W four oh six> from Amsterdam?
C: Yes, seat <seat:twenty-three C>, for nine hours, and now no clothes. {neg}
A: Your frequent flyer number, please?
C: [member_id:N W, seven seven three, one oh eight, five four two]. {neu}
A: Thanks. Good news. Your bag, tag <tracking:oh five one six, two two nine, eight four oh>, is in Chicago.
C: Chicago? Why is it in Chicago? {neg}
A: It missed the connection. It goes out tonight on <flight:N W one one two eight>, landing at <time:eleven forty p m>.
C: So when do I get it? {neu}
A: A courier brings it tomorrow, between ten and two. Where are you staying?
C: At a friend's place. [address:Three eighteen Delancey Street, apartment five F]. {neu}
A: [address:Three eighteen Delancey, five F]. And the ZIP code?
C: [zip:One oh oh oh two]. {neu}
A: And a phone the courier can reach?
C: My Dutch mobile. Plus [phone:three one, six, four two seven, one nine, eight eight three]. {neu}
A: Okay. Meanwhile, you can claim essentials, up to <amount:one hundred fifty dollars>.
C: I already bought a shirt and a toothbrush, maybe sixty dollars. {neu}
A: Email the receipts with the file reference by Monday. Where should the refund go?
C: My bank at home. The I BAN is [iban:N L two seven, A B N A, oh five two nine, three three eight one, six four]. {neu}
A: Let me read it back. [iban:N L two seven, A B N A, oh five two nine, three three eight one, six four].
C: Correct. {neu}
A: Your expense claim number is <case:C L, seven one four, six oh>.
C: <case:Seven one four, six oh>. Thank you, that helps. {pos}
A: I'll put in the delivery request tonight. You'll get a text when the courier's on the way.
C: Okay. Still, I'm disappointed. It's my first trip here. {neg}
A: I understand. I've added a goodwill credit of five thousand miles to your account.
C: That's kind, thank you. {pos}
A: Enjoy your stay.
""",
    ),
    CallScript(
        id="6t03-hotel",
        trade="hotel reservations",
        company="Harborview Grand Hotel",
        agent="Leopold Fairweather",
        customer="Adaeze Nwosu",
        agent_voice="espeak:en-us+klatt:136:50",
        customer_voice="hibari:58",
        noise_db=16.0,
        reason="The customer needs to move her booking one night later and add a second room for her parents' fiftieth anniversary; her card on file was replaced after fraud.",
        outcome="The booking moves to the nineteenth through the twenty-first with two side-by-side rooms at 219 a night on one bill, the first night held on a new card, and an anniversary cake arranged.",
        actions=[
            Action(
                "arrange a chocolate anniversary cake",
                "Leopold Fairweather",
                "2026-12-19",
                "on the nineteenth",
                ("cake",),
            ),
            Action(
                "call about a late checkout",
                "Adaeze Nwosu",
                "2026-12-10",
                "by Thursday",
                ("late checkout", "checkout"),
            ),
        ],
        script="""
A: Harborview Grand Hotel, reservations, [person_name:Leopold] speaking.
C: Hi! I have a booking I need to move, and, um, maybe add a room. {neu}
A: Happy to help. Name on the reservation?
C: [person_name:Adaeze Nwosu]. That's [person_name:N W O S U]. {neu}
A: Thank you. Confirmation <reference:H G, eight one oh, four four two>, <date:December eighteenth> to the twentieth?
C: That's it. My brother's flight moved, so we need one night later. {neu}
A: Let me check. Yes, I have the same room type from <date:the nineteenth> through <date:the twenty-first>.
C: Oh, great. It's my parents' fiftieth anniversary. {pos}
A: Congratulations! Who's the second room for?
C: My parents, [person_name:Chidi] and [person_name:Ngozi]. But I'd like everything on one bill, under me. {neu}
A: Of course. Both rooms at <amount:two nineteen> a night, side by side, <reference:fourteen twelve> and <reference:fourteen fourteen>.
C: Perfect. The card on the booking was replaced, though. Somebody used it online. {neg}
A: Oh no, I'm sorry. I can take the new one now.
C: It's [card_number:Five one oh one, eight eight two four, six three nine nine, oh seven one five]. {neu}
A: And the month and year on it?
C: [card_expiry:June of twenty-nine]. {neu}
A: And the security code?
C: [card_security_code:Four two eight]. {neu}
A: Thanks. I'm holding the first night for both rooms, <amount:four hundred thirty-eight dollars>, charged at check-in.
C: <amount:Four thirty-eight>, okay. {neu}
A: Check-in is from three. We also do a small anniversary cake for forty-five dollars, if you like.
C: Oh, yes please! Chocolate, if you can. {pos}
A: Done, it'll be in their room on the nineteenth. What's the best number to reach you?
C: [phone:Two oh two, five five oh, three one one seven]. {neu}
A: And an email for the new confirmation?
C: [email:adaeze dot n eighty-two at yahoo dot com]. {neu}
A: Sent. The confirmation now ends in <reference:four four two, dash B>.
C: Wonderful. I saw your lobby tree on social media, it looks amazing. {pos}
A: It's even nicer in person. Valet parking is thirty-two a night, by the way.
C: Hm. Thirty-two a night. We'll take a cab. {neu}
A: Good call. If your parents want a late checkout, just call us by Thursday.
C: I will. Thank you so much. {pos}
A: Our pleasure. See you on the nineteenth.
""",
    ),
    CallScript(
        id="6t04-mobile-carrier",
        trade="mobile phone carrier",
        company="Lumen Wireless",
        agent="Ignatius Moreau",
        customer="Bernadette Kowalczyk",
        agent_voice="hibari:59",
        customer_voice="espeak:en-us+f3:139:55",
        noise_db=17.0,
        reason="The customer's phone was stolen at the farmers market this morning; she needs the line suspended and a replacement.",
        outcome="The line is suspended, a replacement is ordered to arrive Tuesday by 8 p m, and the deductible and the past-due balance, 211.18 in all, are paid by card.",
        actions=[
            Action(
                "file a police report and upload it for the claim",
                "Bernadette Kowalczyk",
                "2026-12-15",
                "within ten days",
                ("police report", "report", "upload"),
            ),
            Action(
                "email the tracking number for the replacement phone",
                "Ignatius Moreau",
                "2026-12-07",
                "Monday, when it ships",
                ("tracking", "email"),
            ),
        ],
        script="""
A: Lumen Wireless, this is [person_name:Ignatius]. How can I help?
C: My phone was stolen this morning at the farmers market. I'm calling from my neighbor's. {neu}
A: I'm so sorry. Let's protect the line first. What's the number?
C: [phone:Five oh three, two nine one, six six four oh]. {neu}
A: And the account holder's name?
C: [person_name:Bernadette Kowalczyk]. [person_name:K O W A L C Z Y K]. Nobody ever gets it right. {neu}
A: For security, the last four of your social?
C: [ssn:Eight one one four]. {neu}
A: And your date of birth?
C: [date_of_birth:Twelve, fourteen, sixty-three]. {neu}
A: Thank you. The line's suspended now, under case <case:W, three nine oh, two seven one>.
C: <case:Three nine oh, two seven one>. Okay. {neu}
A: Your plan has <quantity:three> lines. The other two still work.
C: Oh good, the kids would riot otherwise. {pos}
A: You have device protection, so a replacement is a deductible of <amount:one hundred forty-nine dollars>.
C: A hundred forty-nine? On top of losing my phone? {neg}
A: I know, it stings. There's also a past-due balance of <amount:sixty-two eighteen> from November.
C: Ugh. Fine. Put both on my card. {neg}
A: Go ahead with the card number.
C: [card_number:Four oh two four, triple seven one, six eight oh five, two two one nine]. {neu}
A: The month and year it expires?
C: [card_expiry:Ten, twenty-seven]. {neu}
A: And the code on the back?
C: [card_security_code:Oh five nine]. {neu}
A: Thanks. That's <amount:two hundred eleven eighteen> today.
C: <amount:Two eleven eighteen>. Fine. {neu}
A: Your replacement is order <order:L W, five five two, oh six one>, shipping overnight.
C: Overnight on a Saturday? So, Monday? {neu}
A: It ships Monday and arrives <date:Tuesday the eighth> by <time:eight p m>. Tracking comes by text.
C: By text. To which phone, exactly? {neg}
A: Fair point. I'll email it to you Monday instead, to the address on file.
C: Okay. Should I file a police report? {neu}
A: Yes, it helps the claim. Upload it within ten days.
C: I'll mark that down. Thank you for being so kind about all this. {pos}
A: Of course. Take care, and sorry again.
""",
    ),
    CallScript(
        id="6t05-credit-union",
        trade="credit union auto loan",
        company="Cedar Valley Credit Union",
        agent="Harriet Osterberg",
        customer="Emmanuel Rutherford",
        agent_voice="espeak:en-us:136:44",
        customer_voice="hibari:60",
        noise_db=18.0,
        reason="The customer is applying for a loan on a used pickup truck, with his wife as co-borrower, and wants automatic payments from his checking account at another bank.",
        outcome="The application for 24,500 over sixty months is in with a decision due Monday by noon; payments would draft from his outside checking account from January fifteenth.",
        actions=[
            Action(
                "call the customer with the underwriting decision",
                "Harriet Osterberg",
                "2026-12-07",
                "Monday by noon",
                ("decision", "call"),
            ),
            Action(
                "sign the loan disclosure online",
                "Yolanda Rutherford",
                "2026-12-07",
                "by Monday",
                ("sign", "disclosure"),
            ),
        ],
        script="""
A: Cedar Valley Credit Union, lending, [person_name:Harriet] speaking.
C: Hi, I'm applying for a truck loan. The dealer said to call you directly. {neu}
A: Great. Are you a member with us?
C: Yes, for years. [person_name:Emmanuel Rutherford]. {neu}
A: I'll need your full social security number for the application.
C: Sure. [ssn:Two one seven... six six... four oh three nine]. {neu}
A: And your date of birth?
C: [date_of_birth:July thirty-first, nineteen eighty-four]. {neu}
A: Thank you. Your loan file is <reference:four four seven, oh two, nine one>.
C: Four four seven, oh two, nine seven? {neu}
A: No, nine one. <reference:Four four seven, oh two, nine one>.
C: Got it. {neu}
A: Is your address the same as on your account?
C: No, we moved in October. [address:Fifteen oh six Willow Creek Drive], [zip:eight oh one two three]. {neu}
A: Updated. What's the vehicle?
C: A twenty twenty-two pickup, dealer stock number <reference:T K, three three eight one>. {neu}
A: And how much are you borrowing?
C: <amount:Twenty-four thousand five hundred>, after my trade-in. {neu}
A: Over <quantity:sixty> months? The rate right now is six point four nine percent.
C: Sixty, yes. Can my wife be on it too? Honestly, her credit's better than mine. {neu}
A: A co-borrower can help. Her name?
C: [person_name:Yolanda Rutherford]. Last four of her social is [ssn:five five two oh]. {neu}
A: Thanks. With her on it, underwriting may grant you the lower tier. Payments around <amount:four seventy-eight> a month.
C: Four seventy-eight, I can do that. {pos}
A: For automatic payments, which account should we draft?
C: My checking at another bank. Routing is [routing_number:one oh two, oh oh, one seven eight six]. {neu}
A: And the account number?
C: [bank_account:Seven three three, nine one two, oh five]. {neu}
A: The first payment would draft <date:January fifteenth>.
C: Perfect. When do I hear back? {neu}
A: Underwriting decides Monday by noon, and I'll call you myself.
C: The dealer only holds the truck till Tuesday, so that's tight. {neg}
A: I'll flag it as urgent. Can your wife sign the disclosure online by Monday too?
C: She will. She's better at paperwork than me anyway. {pos}
A: Great. Anything else I can do today?
C: No, thanks. That was painless. {pos}
""",
    ),
    CallScript(
        id="6t06-alarm",
        trade="home alarm monitoring",
        company="Sentinel Home Monitoring",
        agent="Dashiell Ortega",
        customer="Winifred Albrecht",
        agent_voice="hibari:61",
        customer_voice="espeak:en-us:137:46",
        noise_db=19.0,
        reason="The customer's alarm went off for no reason three times this week from the hallway motion sensor, and her annual plan card has expired.",
        outcome="A technician will move the sensor away from the heating vent on Wednesday between one and three, the false-alarm fee is waived, the neighbor is the new keyholder and the plan renews on a new card.",
        actions=[
            Action(
                "move the hallway motion sensor away from the heating vent",
                "Teodora",
                "2026-12-09",
                "Wednesday the ninth, between one and three",
                ("sensor", "move", "technician"),
            ),
            Action(
                "waive the false alarm fee",
                "Dashiell Ortega",
                "2026-12-05",
                "today",
                ("waive", "fee"),
            ),
            Action(
                "tell her neighbor he is the new keyholder",
                "Winifred Albrecht",
                "2026-12-05",
                "today",
                ("keyholder", "neighbor", "tell"),
            ),
        ],
        script="""
A: Sentinel Home Monitoring, this is [person_name:Dashiell].
C: Hi. Our alarm went off again last night for no reason. Third time this week. {neg}
A: I'm sorry. Can I have the address of the system?
C: [address:Two twenty-seven Primrose Court], [zip:four eight one oh four]. {neu}
A: And the name on the account?
C: [person_name:Winifred Albrecht]. {neu}
A: Thanks. That's site <reference:S, six oh two, nine eight three>. I see alarms at <time:two forty a m> from <reference:zone six>.
C: Yes, the hallway motion sensor. The dog can't even reach it. {neg}
A: Is it near a heating vent?
C: Oh. Actually, yes, right above one. The heat kicked on this week. {neu}
A: That's probably it. Warm air sets them off. Could a technician come <date:Wednesday the ninth>, between <time:one and three>?
C: Wednesday's fine. I work from home. {neu}
A: Your work order is <reference:seven one five, two two>. He'll also look at routing the cable away from the vent.
C: <reference:Seven one five, two two>. And the police came the first time. Are we getting fined? {neg}
A: Normally it's a fifty dollar fee, but since it's our equipment, I'll waive it today.
C: Thank you, that's fair. {pos}
A: Also, your emergency contact is out of date. Who should we call if we can't reach you?
C: My neighbor, [person_name:Ossian Petrakis]. He has a key. {neu}
A: His number?
C: [phone:Seven three four, eight one five, oh two six six]. {neu}
A: [phone:Seven three four, eight one five, oh two six six]. He's your first keyholder now. Could you let him know today?
C: Yes, I'll pop over. {neu}
A: One more thing. Your annual plan renews on <date:December twelfth> for <amount:three hundred twenty-nine dollars>, and the card on file has expired.
C: Will it still go through if I give you a new one now? {neu}
A: Sure. What's the number?
C: [card_number:Five two seven nine, three one three eight, oh oh four six, nine seven two one]. {neu}
A: And the expiry?
C: [card_expiry:Oh five, twenty-nine]. {neu}
A: Thanks. It'll charge <amount:three twenty-nine> on the twelfth, and the receipt comes by email.
C: Three twenty-nine, okay. {neu}
A: Your technician is [person_name:Teodora]. She'll call half an hour before.
C: Great. Sorry I was grumpy. Two a m alarms will do that. {pos}
A: Completely understandable. Anything else?
C: No, that's it. Thanks for sorting it out. {pos}
""",
    ),
]

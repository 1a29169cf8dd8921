"""The SEVENTH-DEV half: six scripted two-party phone calls, a seventh set in trades none of the
earlier sets covered. Written blind from a brief on 2026-12-05 (stop 25) by a helper session
that read no product code (nothing under src/, no tests, no docs, and no earlier set's calls
beyond the first sixth-dev call, as a format example); see README.md. Frozen as of the commit
that adds it: do not edit the calls or the labels to suit a result. Tune on these if you must;
the test half (seventh_test_calls.py) is held out: do not read it and do not tune on it.

Trades: florist and event flowers, home heating-oil delivery, funeral home pre-arrangement,
bicycle shop repairs and rentals, language school enrolment, HVAC maintenance contracts. Each
call holds 6-10 PII items said the ways people say them (cards in fours with "double"/"triple"
and a pause mid-number, expiries as "oh nine twenty-eight", "September of twenty-eight" or
"the ninth month, twenty-nine", SSNs in 3-2-4 groups or as a last four, dates of birth in
words, spelled names, IBANs in groups of four with spelled letters, emails with digits,
personal policy and customer numbers) and 6-10 numbers that must survive redaction, many placed
where a careless redactor would hide them: right after a card, a security code, an SSN or a
date of birth, inside payment talk, read back digit by digit, corrected, under trade-specific
labels (event order, receipt, tank tag, delivery ticket, plan number, arrangement file, plot,
pre-need contract, work order, bike number, course code, enrolment number, service agreement,
application, receipt), some the same length as a PII item nearby (a 4-digit plan number after
a last four, a 9-digit contract or application number after an SSN). PII-free lines hold
unmarked ordinary numbers (prices, counts, durations, temperatures); some words look like cues
and are not ("card table", "card message", "security deposit", "social club", "bills");
common words that are also names ("rose", "may", "sandy", "mark", "will", "bill", "grant")
are used as ordinary words, while people named in passing ARE PII.

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
        id="7d01-florist-events",
        trade="florist and event flowers",
        company="Bloom and Gable Florists",
        agent="Henrietta Osei",
        customer="Callum Fitzgerald",
        agent_voice="hibari:62",
        customer_voice="festival:kal_diphone",
        noise_db=17.0,
        reason="The customer's sister wants more centrepieces for her wedding, so the event order has to grow and a deposit is due.",
        outcome="Seventeen garden-rose centrepieces at 62 dollars, a deposit of 249.50 taken by card, the revised invoice to be emailed by Monday and buttonholes delivered Friday morning.",
        actions=[
            Action(
                "email the revised event invoice",
                "Henrietta Osei",
                "2026-12-07",
                "by Monday",
                ("invoice", "email"),
            ),
            Action(
                "send the ribbon colour back to the florist",
                "Callum Fitzgerald",
                "2026-12-09",
                "by Wednesday",
                ("ribbon", "colour", "color"),
            ),
            Action(
                "drop the buttonholes at the venue",
                "Dmitri Volkov",
                "2026-12-11",
                "Friday morning",
                ("buttonhole", "venue", "drop"),
            ),
        ],
        script="""
A: Good morning, Bloom and Gable Florists, this is [person_name:Henrietta].
C: Hi, um, it's about my sister's wedding flowers. {neu}
A: Of course. Whose name is the order under?
C: Mine. [person_name:Callum Fitzgerald]. That's [person_name:F I T Z, G E R A L D]. {neu}
A: Found it. Event order <order:six oh two eight one>, for <date:Saturday the nineteenth>.
C: That's the one. So the bride, [person_name:Maeve], wants four more centrepieces. {neu}
A: Four more, so <quantity:sixteen> tables in total.
C: Yes, and, uh, one for the card table by the door. {neu}
A: Seventeen, then. They're eighty-five each with the peonies.
C: Eighty-five? Ouch. That's a lot more than the quote. {neg}
A: Peonies are out of season, sorry. Garden roses would be <amount:sixty-two dollars> each.
C: Roses it is. She'll never notice, honestly. {neu}
A: Good call. New total <amount:one thousand fifty-four dollars>, and the deposit today is <amount:two forty-nine fifty>.
C: Okay, I've got my card. You want the long number across the front? {neu}
A: Yes please.
C: [card_number:Five four one two, seven seven... sorry, bad light in here... three oh, double eight two six, four nine one five]. {neu}
A: Thanks. And when does it expire?
C: [card_expiry:Oh nine twenty-eight]. {neu}
A: And the three on the back, by the signature?
C: [card_security_code:Seven one four]. And that's the deposit on order <order:six oh two eight one>, right? {neu}
A: Right, that's the one. Your receipt number is <reference:four seven seven two>.
C: Great. Oh, and the card message on her bouquet should say "to many more years". {neu}
A: Lovely, I'll mark it on the order. Where should the receipt go?
C: [email:cfitz eighty-four at gmail dot com]. {neu}
A: [email:C F I T Z, eight four, at gmail dot com].
C: Yep. {neu}
A: The revised invoice will be emailed to you by Monday. Any ribbon colour yet?
C: Sage, I think, but I'll have to check with her. Everything with this wedding changes daily. {neg}
A: Can you pop the ribbon colour back to us by Wednesday? We start cutting on Thursday.
C: Wednesday, sure. {neu}
A: And our driver [person_name:Dmitri Volkov] will drop the buttonholes at the venue Friday morning, around <time:ten thirty>.
C: Ten thirty's perfect. Honestly, you've rescued this whole thing. {pos}
A: Happy to help. Still <quantity:eleven> buttonholes, yes?
C: Eleven, yes. Oh, that's brilliant, honestly. {pos}
A: Enjoy the wedding!
C: Cheers, bye now. {pos}
""",
    ),
    CallScript(
        id="7d02-heating-oil",
        trade="home heating-oil delivery",
        company="Northfield Fuel and Oil",
        agent="Gareth Pennington",
        customer="Ingrid Solberg",
        agent_voice="espeak:en-us:138:45",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=15.0,
        reason="The customer's oil tank is nearly empty in a cold snap; she needs an emergency delivery and wants to join the monthly budget plan.",
        outcome="250 gallons booked for Monday between eight and twelve at 3.19 a gallon, the budget plan set up at 212 dollars a month by bank draft from January 5th.",
        actions=[
            Action(
                "clear a path to the fill pipe",
                "Ingrid Solberg",
                "2026-12-07",
                "before Monday",
                ("path", "fill pipe", "shovel"),
            ),
            Action(
                "leave the side gate open for the driver",
                "Bernard Lacasse",
                "2026-12-07",
                "Monday",
                ("gate", "open"),
            ),
            Action(
                "text the customer when the truck leaves the yard",
                "Gareth Pennington",
                "2026-12-07",
                "Monday morning",
                ("text", "truck"),
            ),
        ],
        script="""
A: Northfield Fuel and Oil, [person_name:Gareth] speaking.
C: Hi, uh, our tank's nearly empty and it's freezing here. I'm honestly pretty worried. {neg}
A: Let's sort it out. Your customer number's on the top of your statement.
C: Hang on. [member_id:N F, two six oh four one eight]. {neu}
A: Thanks. Is that [person_name:Ingrid Solberg]?
C: That's me. {neu}
A: And still at the same place?
C: Yes, [address:two eighteen Quarry Hill Road], [zip:oh five six seven one]. {neu}
A: Good. Your tank tag says <reference:T four four seven>. That's the two seventy-five gallon tank?
C: That's it. The gauge is on the red line. {neu}
A: Okay. The earliest emergency slot is <date:Monday the seventh>, between <time:eight and twelve>.
C: Monday? Not sooner? It was eleven degrees last night. {neg}
A: I'm sorry, the trucks are full. Sunday would be a seventy-five dollar call-out fee.
C: No, Monday's fine, we've got the wood stove going. {neu}
A: I'll book <quantity:two hundred and fifty gallons> at <amount:three nineteen> a gallon.
C: Okay. Does someone need to be home? {neu}
A: Only if the fill pipe is behind a locked gate.
C: It is. My neighbour [person_name:Bernard Lacasse] has a key, he'll leave it open Monday. {neu}
A: Great. Your delivery ticket is <ticket:eight one oh three six>.
C: <ticket:Eight one oh three six>. {neu}
A: You also asked about the budget plan?
C: Yes, so we stop getting these huge bills in January. {neu}
A: Sure. For the credit check I'll need the last four of your social.
C: [ssn:Three nine oh two]. {neu}
A: Thanks. That makes your plan number <reference:five seven one four>, at <amount:two hundred and twelve dollars> a month.
C: And it comes straight out of the bank? {neu}
A: Yes. The routing number first, the nine digits bottom left on a check.
C: [routing_number:Oh one one, four oh oh, four nine five]. {neu}
A: And the account number.
C: [bank_account:Four four two oh, double six one, three eight]. {neu}
A: Got it. The first draft is <date:January the fifth>. Best phone for the driver?
C: My cell, [phone:eight oh two, five five nine, oh one double seven]. {neu}
A: So what you'll need to do is clear a path to the fill pipe before Monday. The driver can't wade through snow.
C: I'll get my son to shovel it tomorrow. Ah, that's a real weight off, thank you. {pos}
A: And I'll text you Monday morning when the truck leaves the yard.
C: Perfect. You've been a lifesaver. Stay warm! {pos}
""",
    ),
    CallScript(
        id="7d03-funeral-preneed",
        trade="funeral home pre-arrangement",
        company="Willowmere Funeral Home",
        agent="Patrice Okonkwo",
        customer="Eleanor Whitcombe",
        agent_voice="festival:kal_diphone",
        customer_voice="hibari:63",
        noise_db=18.0,
        reason="A widow wants to pre-arrange her own funeral beside her late husband and have her son abroad pay the balance.",
        outcome="Arrangement file opened with the Evergreen package at 6,400 dollars, plot 42 reserved, 4,000 from her funeral policy and the rest by transfer from her son; the contract will be posted by Wednesday.",
        actions=[
            Action(
                "post the pre-need contract to the customer",
                "Patrice Okonkwo",
                "2026-12-09",
                "by Wednesday",
                ("contract", "post"),
            ),
            Action(
                "send the balance by bank transfer",
                "Oliver Whitcombe",
                "2026-12-12",
                "before the twelfth",
                ("balance", "transfer"),
            ),
            Action(
                "sign and return the contract",
                "Eleanor Whitcombe",
                "2026-12-18",
                "by Friday the eighteenth",
                ("sign", "return", "contract"),
            ),
        ],
        script="""
A: Willowmere Funeral Home, [person_name:Patrice] speaking. How can I help?
C: Hello, dear. I'd like to, um, make my own arrangements. While I still can, you know. {neu}
A: Of course, that's very thoughtful. May I have your name?
C: [person_name:Eleanor Whitcombe]. [person_name:W H I T, C O M B E]. {neu}
A: And your date of birth, for the file?
C: [date_of_birth:The third of May, nineteen forty-one]. {neu}
A: I've opened arrangement file <reference:two two nine oh four>.
C: My husband [person_name:Harold] was with you last year. You were all so kind to us. {pos}
A: Would you like to be beside him, in plot <reference:forty-two>?
C: Yes, please. That's all I want, really. {neu}
A: The Evergreen package fits: service, chapel and <quantity:sixty> printed programmes, <amount:six thousand four hundred dollars>.
C: Goodness. That's rather more than I'd hoped, I must say. {neg}
A: Part of it can come from a policy, if you have one.
C: I do. My funeral policy is [member_id:L P, seven seven three, oh eight one nine]. {neu}
A: That one covers four thousand, so the balance is <amount:two thousand four hundred>.
C: My son [person_name:Oliver] in London wants to pay that part. Can he, from abroad? {neu}
A: Certainly, by transfer. What's his IBAN? We match the payment to it.
C: He texted it to me. [iban:G B four seven, B A R C, two oh oh four, one five five eight, seven three four one, nine six]. {neu}
A: He can send it any time before the twelfth. And for the certificate we'll need...
C: My social, I expect? Here it is. [ssn:Five two one, oh seven, four four eight three]. {neu}
A: Thank you. Your pre-need contract number is <reference:six one eight, three nine, oh five five two>.
C: Say that again slowly, dear? {neu}
A: <reference:Six one eight, three nine, oh five five two>.
C: Got it. This is much easier than I feared. {pos}
A: I'll post the contract to you by Wednesday. Please sign and return it by Friday the eighteenth.
C: I will. Oh, and ring me on my landline next time, I never hear this mobile. {neu}
A: Of course. What's the number?
C: [phone:Four one three, seven seven oh, two two nine five]. {neu}
A: Lovely. Would you like to come in on <date:Thursday the tenth> at <time:two o'clock> to choose the flowers?
C: Oh, I'd like that very much. White lilies, I think. {pos}
A: Then we will see you Thursday. Take care now.
C: Thank you, dear. Goodbye. {pos}
""",
    ),
    CallScript(
        id="7d04-bicycle-shop",
        trade="bicycle shop repairs and rentals",
        company="Spokesmith Cycles",
        agent="Mateo Lindgren",
        customer="Aisha Brannigan",
        agent_voice="espeak:en-us+klatt:136:40",
        customer_voice="hibari:64",
        noise_db=16.0,
        reason="The customer's commuter bike needs a new rear hub, and she wants to rent an e-bike for the weekend while it's repaired.",
        outcome="Repair of 187.50 booked for Tuesday, bike 22 rented for two days, 277.50 charged to her card, and she'll pick up at nine thirty tomorrow with her own helmet.",
        actions=[
            Action(
                "email the rental waiver",
                "Mateo Lindgren",
                "2026-12-05",
                "tonight",
                ("waiver", "email"),
            ),
            Action(
                "bring a helmet to the pick-up",
                "Aisha Brannigan",
                "2026-12-06",
                "tomorrow",
                ("helmet",),
            ),
            Action(
                "ring the customer when the wheel is done",
                "Mateo Lindgren",
                "2026-12-08",
                "Tuesday",
                ("ring", "call", "wheel"),
            ),
        ],
        script="""
A: Spokesmith Cycles, workshop, [person_name:Mateo] here.
C: Hiya, I dropped my bike off Thursday, the green commuter? {neu}
A: What name's it under?
C: [person_name:Aisha Brannigan]. That's [person_name:B R A, double N, I G A N]. {neu}
A: Right, work order <order:three three eight one>. The rear hub's shot, I'm afraid.
C: Oh no. Seriously? I only had it serviced in the spring. {neg}
A: Sorry. New hub and a wheel rebuild, <amount:one eighty-seven fifty> with labour, ready <date:Tuesday the eighth>.
C: Tuesday. Hmm. Can I rent something for the weekend, then? Me and [person_name:Tomasz] are doing the sandy trail out by the lake. {neu}
A: Sure. The e-bikes are <amount:forty-five dollars> a day, and bike <reference:twenty-two> is free.
C: Forty-five a day? Pricey. Two days, then. {neg}
A: For the rental waiver I'll need your date of birth.
C: [date_of_birth:Five twelve seventy-nine]. {neu}
A: Thanks. And a card for the repair and the hire.
C: Okay, it's [card_number:four one seven, sorry, four one nine two, six six oh three, triple five eight, two oh four one]. {neu}
A: Got it. When does it run out?
C: [card_expiry:September of twenty-eight]. {neu}
A: And the digits on the back strip?
C: [card_security_code:Eight six three]. Is that on work order <order:three three eight one> still? {neu}
A: Same one. So <amount:two seventy-seven fifty> today, plus a two hundred dollar security deposit on the e-bike, released on return.
C: Fine. Can you email the waiver? It's [email:abrannigan seventy-nine at outlook dot com]. {neu}
A: I'll email it over tonight, with rental contract <reference:six oh two two, eight one four seven, three three nine oh, five one six eight>. And a phone, in case the bike's late back?
C: [phone:Six one seven, four oh two, double one nine oh]. {neu}
A: Great. Pick-up's from <time:nine thirty> tomorrow. I'll mark the hub as paid.
C: Nine thirty, lovely. You lot are always so quick, honestly. {pos}
A: What you'll need to do is bring a helmet tomorrow; we're out of rental ones.
C: Will do, mine's in the shed. {neu}
A: And I'll ring you Tuesday when the wheel's done. Usually about four.
C: Cheers. That's a relief, honestly, I was dreading being carless. {pos}
A: Enjoy the trail!
""",
    ),
    CallScript(
        id="7d05-language-school",
        trade="language school enrolment",
        company="Lingua Porta Language School",
        agent="Siobhan Kerrigan",
        customer="Lukas Brenner",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us:140:35",
        noise_db=18.0,
        reason="A father in Germany wants to enrol his sixteen-year-old daughter in the winter intensive English course.",
        outcome="Enrolled in course 410 from January 11th, tuition of 2,160 by direct debit from his German account, the 95-dollar fee by card; the mandate is emailed today.",
        actions=[
            Action(
                "email the direct debit mandate",
                "Siobhan Kerrigan",
                "2026-12-05",
                "today",
                ("mandate", "direct debit", "email"),
            ),
            Action(
                "send a scan of the daughter's passport",
                "Lukas Brenner",
                "2026-12-11",
                "by Friday",
                ("passport", "scan"),
            ),
            Action(
                "take the online placement test",
                "Greta Brenner",
                "2027-01-04",
                "Monday the fourth of January",
                ("placement", "test"),
            ),
        ],
        script="""
A: Lingua Porta Language School, [person_name:Siobhan] speaking.
C: Hello, good morning. I am calling from Hamburg, uh, to enrol my daughter for the winter. {neu}
A: Wonderful. Which course?
C: The intensive English, course code <reference:four one oh>, I think. {neu}
A: Yes, that's four ten. It's <quantity:twenty> hours a week, starting <date:January the eleventh>.
C: Good. She is sixteen, is that okay? {neu}
A: Sixteen is fine. Her name and date of birth?
C: [person_name:Greta], born [date_of_birth:the ninth of February, two thousand and ten]. {neu}
A: Thank you. And the family name?
C: [person_name:Brenner], the same as mine. [person_name:B R E, double N, E R]. {neu}
A: Got it. Is she staying with a host family?
C: With my cousin. [address:Fourteen Alder Court, unit three B], [zip:nine eight one oh five]. {neu}
A: Lovely. There's a placement test online on <date:Monday the fourth of January>, <time:ten a m> Seattle time.
C: At ten in the morning? In the holidays? She will not like that, I promise you. {neg}
A: Ha, they never do. Tuition is <amount:two thousand one hundred and sixty dollars>, plus a <amount:ninety-five dollar> registration fee.
C: That is a lot more than last year, I have to say. {neg}
A: It is, sorry. We added the evening social club, with trips every Friday.
C: Well, she will love that, at least. {pos}
A: The fee we take by card now. The long number across the front?
C: Yes. [card_number:Four five three two, one one oh eight, seven seven six four, two nine oh three]. {neu}
A: Thanks, that's done. The tuition we collect by direct debit; our bank is in Europe too, so an IBAN is fine.
C: Good, that is easier. [iban:D E four four, five oh oh one, oh five one seven, five four oh seven, three two four nine, three one]. {neu}
A: Got it. The mandate will be emailed to you today. Which address?
C: [email:l brenner eighty-eight at web dot de]. {neu}
A: Perfect. Your enrolment number will be on it, <reference:seven seven five two nine one>.
C: <reference:Seven seven five two nine one>. Your school sounds brilliant, honestly. {pos}
A: Thank you! What you'll need to do is send us a scan of her passport by Friday.
C: By Friday, okay. And the class is small? {neu}
A: At most <quantity:twelve> students. She'll have a great time.
C: Very good. Thank you for your help. {pos}
""",
    ),
    CallScript(
        id="7d06-hvac-contract",
        trade="HVAC maintenance contracts",
        company="Comfort Line Heating and Cooling",
        agent="Yusuf Demir",
        customer="Howard Pruitt",
        agent_voice="hibari:65",
        customer_voice="festival:kal_diphone",
        noise_db=19.0,
        reason="The customer's maintenance contract is up for renewal, his furnace is rattling again, and he wants a heat pump financing quote.",
        outcome="Renewed on the Gold plan at 24.99 a month by bank draft, a financing application filed, the 165-dollar capacitor repair paid by card, and a tech booked for Monday.",
        actions=[
            Action(
                "send a technician to look at the rattling furnace",
                "Yusuf Demir",
                "2026-12-07",
                "Monday",
                ("tech", "furnace", "rattle"),
            ),
            Action(
                "email the renewal contract",
                "Yusuf Demir",
                "2026-12-07",
                "by Monday",
                ("contract", "email"),
            ),
            Action(
                "sign and send back the contract",
                "Howard Pruitt",
                "2026-12-11",
                "by Friday",
                ("sign", "contract"),
            ),
        ],
        script="""
A: Comfort Line Heating and Cooling, [person_name:Yusuf] speaking.
C: Morning. My furnace contract's up for renewal, and, uh, the thing was making a racket again last night. {neg}
A: Sorry to hear it. Whose name is the contract under?
C: [person_name:Howard Pruitt]. {neu}
A: And the service address?
C: [address:Three forty-one Linden Avenue], [zip:four four one two two]. {neu}
A: Found it. Service agreement <reference:four two two oh nine>, renews <date:December thirty-first>.
C: Right. And about that rattle. Two visits and still no luck. Brilliant. {neg}
A: I'm sorry. I'll book you a tech visit Monday, between eight and ten, no charge.
C: Good. Now, the renewal. Can I pay every month instead? {neu}
A: Yes. The Gold plan is two tune-ups a year, <amount:twenty-four ninety-nine> a month by bank draft.
C: Fine. Routing number's [routing_number:two four one, oh seven oh, three one five]. {neu}
A: And the account number?
C: [bank_account:Six six one oh, four eight two, seven seven nine]. {neu}
A: Thanks. The first draft is <date:January the second>. And you wanted a heat pump quote too?
C: Yes, if the financing's decent. Our account manager at the bank says rates are awful. {neu}
A: It's zero percent for <quantity:sixty> payments. For the soft credit check, I'll need your social.
C: [ssn:Four oh one, seven seven, two nine one six]. {neu}
A: Thank you. Application <reference:six eight three, one four, five oh two seven>, and you'll hear back in two business days.
C: Okay. And the bill for the capacitor last week? {neu}
A: That's <amount:one sixty-five>. A card's fine.
C: Three seven... no, wrong card. [card_number:Four five five six, oh two one eight, seven three three oh, nine nine four two]. {neu}
A: And the expiry?
C: [card_expiry:The ninth month, twenty-nine]. {neu}
A: And the three-digit code beside the signature?
C: [card_security_code:Two two seven]. So <amount:one sixty-five> today? {neu}
A: <amount:One sixty-five>, yes. Receipt <reference:seven oh four four>.
C: Lovely. And the paperwork? {neu}
A: Your contract will be emailed by Monday. Can you sign and send it back by Friday?
C: Friday's fine. Sorted, then. Cheers, you've been great. {pos}
A: Stay warm, and see you Monday.
C: Will do. Bye now. {pos}
""",
    ),
]

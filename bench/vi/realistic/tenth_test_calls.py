"""The TENTH-TEST half: six scripted two-party phone calls, a tenth set in trades none of the
earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that read
no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond the
first ninth-dev call, as a format example); see README.md. Frozen as of the commit that adds
it: do not edit the calls or the labels to suit a result. HELD OUT: do not read it while
tuning and do not tune on its figures; tune on the dev half (tenth_dev_calls.py).

Trades: RV park and campground reservations, swimming pool installation, immigration and visa
paperwork consultancy, auction house consignments, kitchen remodelling, youth football club
registration. The set's weight is on people's names from many cultures that are not common
US names, said mid-sentence, at the start of a sentence, in a thank-you, spelled letter by
letter, several of them owning an action item; and on phone numbers said every way (3-3-4
after "area code", digit by digit, with "oh" and "double", in pairs, "plus one" and other
country codes, a UK mobile and a UK landline, read back by the agent, corrected mid-way,
third persons' numbers, and the business's own line, which is no PII and is marked
`<phone_business:...>` as a number that must survive). Also IBANs and a foreign sort code
and account number (read back whole or in part), addresses with flat, unit and apartment
numbers and ZIP codes or postcodes, dates of birth in words (read back), two cards with
expiry and security code, a full SSN and a last four, e-mails with digits, member and policy
numbers. 6-15 numbers per call must survive redaction (reservation, project, permit,
receipt, client file, consignment, lot, order and registration numbers, amounts, times,
dates, quantities), several ten digits long and read 3-3-4 like a phone right after a phone
or an address, some read back in part. PII-free lines hold unmarked ordinary numbers
(prices, percentages, counts, sizes); cue-like words are not cues; names used as ordinary
words are not PII, while people named in passing are.

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
        id="10t01-rv-park",
        trade="RV park and campground reservations",
        company="Saltmarsh Point RV Resort",
        agent="Kalani Kahananui",
        customer="Vikram Choudhury",
        agent_voice="hibari:107:150",
        customer_voice="espeak:en-us+klatt:135:45",
        noise_db=17.5,
        reason="A touring couple want to stay four more nights, which means moving to another site and paying the new rate by card; their sewer hookup leaks.",
        outcome="Four more nights on a full-hookup site with a club discount, paid by card; the couple to move the RV by noon tomorrow; maintenance to fix the old site's hookup this afternoon; the night ranger to give them the late gate code tonight.",
        actions=[
            Action(
                "fix the leaking sewer hookup on the old site",
                "Hemi",
                "2026-12-05",
                "this afternoon",
                ("sewer", "hookup", "leak"),
            ),
            Action(
                "move the RV to the new site",
                "Vikram Choudhury",
                "2026-12-06",
                "by noon tomorrow",
                ("move", "site"),
            ),
            Action(
                "give the couple the late gate code",
                "Oisin",
                "2026-12-05",
                "tonight",
                ("gate", "code"),
            ),
        ],
        script="""
A: Saltmarsh Point RV Resort, [person_name:Kalani] speaking.
C: Oh, hello. It's [person_name:Vikram Choudhury]. We're on site <reference:forty-two>. {neu}
A: Hi, [person_name:Mr Choudhury]. What can I do?
C: We'd like to stay longer. The beach at dawn is just lovely. {pos}
A: Great! How long?
C: Another <quantity:four> nights, if you can. Through to Friday. {neu}
A: <reference:Forty-two> is booked from Wednesday, I'm afraid. But site <reference:eighteen> is free, with full hookups.
C: Full hookups? Oh, that's a relief. Our grey tank's been a saga. {pos}
A: Ha. It's <amount:sixty-eight dollars> a night, so <amount:two hundred and seventy-two dollars> for four.
C: Fine. {neu}
A: And a number for you?
C: My UK mobile, [phone:plus four four, seven nine one one, two six three, oh eight four]. {neu}
A: [phone:Plus four four, seven nine one one, two six three, oh eight four]. Does that work over here?
C: It does, but it costs me a fortune. My wife has a local one. {neg}
A: Go ahead.
C: [person_name:Sunita]'s is area code [phone:three six oh, five five two, nine one four seven]. {neu}
A: Thanks. Your new reservation is <reference:eight one six, two oh three, four seven seven five>.
C: <reference:Eight one six, two oh three, four seven seven five>. Got it. {neu}
A: Now, the old booking was prepaid, so I need a card for the difference.
C: Right. Let me grab it. Here. {neu}
C: [card_number:Five five two seven, one four oh eight, three three nine six, oh two one five]. {neu}
A: Expiry?
C: [card_expiry:Oh four, twenty-nine]. And the code's [card_security_code:eight eight one]. {neu}
A: And the billing address on the card?
C: Our home in England. [address:Flat three, forty-four Canning Road, Leicester], [zip:L E two, six P Q]. {neu}
A: Thanks. Are you members of the Coastal Campers club? It's ten percent off.
C: We are, actually! The number's [member_id:C C, six one nine, oh four four, seven]. {pos}
A: Lovely, that makes it <amount:two hundred and forty-four dollars eighty>.
C: Every little helps. {pos}
A: And an email for the receipt?
C: [email:v choudhury fifty-three at btinternet dot com]. {neu}
A: [email:V choudhury five three at btinternet dot com]?
C: That's right. {neu}
A: You can move over to <reference:eighteen> whenever you like. Check-out's at <time:eleven> on Friday.
C: Oh, and the sewer hookup on <reference:forty-two> has been leaking. Just so you know. {neg}
A: Oh no, sorry. [person_name:Hemi] from maintenance will address the issue this afternoon.
C: Oh, brilliant, so that's why it smelled like that. {neg}
A: I'm really sorry. Also, the gate locks at <time:ten>. If you're out late, ring the night ranger, [person_name:Oisin].
C: We're going to the luau tonight, so probably. What's his number? {neu}
A: It's the office line, <phone_business:three six oh, four one seven, two oh oh six>, then press two.
C: <phone_business:Four one seven, two oh oh six>, press two. {neu}
A: That's it. [person_name:Oisin] will give you the late code tonight.
C: Thanks, [person_name:Kalani]. Sorry to be a pain about the tank. {pos}
A: Not at all. Could you move the RV over by noon tomorrow?
C: By noon tomorrow. Will do. {neu}
A: Great. Enjoy the luau.
C: Cheers, bye. {neu}
""",
    ),
    CallScript(
        id="10t02-pool-installation",
        trade="swimming pool installation",
        company="Bluecrest Pools",
        agent="Zofia Lewandowska",
        customer="Adebola Ogunleye",
        agent_voice="festival:kal_diphone:120",
        customer_voice="hibari:108",
        noise_db=15.5,
        reason="A customer's pool excavation has slipped for weeks; she wants a date and has to finish the financing and pay the deposit.",
        outcome="Dig set for the ninth with the husband at home to open the gate; financing details taken and the loan documents promised within forty-eight hours; deposit to come by transfer from her UK account; new schedule by email by Monday.",
        actions=[
            Action(
                "lead the excavation crew",
                "Tuan",
                "2026-12-09",
                "on the ninth",
                ("dig", "excavat"),
            ),
            Action(
                "send the loan documents",
                "Parvati",
                "2026-12-07",
                "within forty-eight hours",
                ("loan", "documents", "finance"),
            ),
            Action(
                "open the side gate for the crew",
                "Femi",
                "2026-12-09",
                "on the ninth from seven thirty",
                ("gate",),
            ),
            Action(
                "email the customer the new schedule",
                "Zofia Lewandowska",
                "2026-12-07",
                "by Monday",
                ("schedule", "email"),
            ),
        ],
        script="""
A: Bluecrest Pools, this is [person_name:Zofia], how can I help?
C: Hi [person_name:Zofia]. It's [person_name:Adebola Ogunleye]. About our pool. Again. {neg}
A: Hello. Could you spell the surname for me?
C: [person_name:O G U N L E Y E]. {neu}
A: Thanks. And your project number?
C: <reference:B P, two oh two six, one four seven>. {neu}
A: Got it. The dig was due Monday, right?
C: It was due three weeks ago. Then Monday. Now I hear nothing. {neg}
A: I'm sorry. The county permit only came through yesterday. Permit <reference:four four one, oh nine two, six three three eight>.
C: Oh, wonderful. So we blame the county now. {neg}
A: Fair. But the crew is free <date:on the ninth>, and [person_name:Tuan] will lead the dig.
C: <date:The ninth>. Okay, so still swimming by summer. That's better than I feared. {pos}
A: He'll need the side gate open from <time:seven thirty>.
C: My husband [person_name:Femi] will be home. He'll sort the gate. {neu}
A: Great. A number for him?
C: His cell is [phone:nine five four, three one seven, seventy, twenty-eight]. {neu}
A: [phone:Nine five four, three one seven, seven oh two eight].
C: That's him. {neu}
A: And the site address, to confirm?
C: [address:Fourteen ninety Heron Bay Circle, lot nine, Coral Springs], [zip:three three oh seven one]. {neu}
A: Thanks. Now, finance. [person_name:Parvati] in our lending team flagged two things.
C: Go on. {neu}
A: She needs your social and your date of birth to finish the application.
C: Fine. [ssn:Two six one, oh eight, four four nine three]. {neu}
A: Thank you. And the date of birth?
C: [date_of_birth:Seventeenth of June, nineteen eighty-four]. {neu}
A: Great. [person_name:Parvati] will send the loan documents within forty-eight hours.
C: And the deposit, do I pay that now? {neu}
A: Yes, <amount:eight thousand five hundred dollars>, ten percent.
C: It'll come from my UK account, if that's okay. {neu}
A: No problem, we take international transfers. The sort code?
C: [routing_number:Three oh, nine four, six one]. {neu}
A: And the account number?
C: [bank_account:Seven two oh eight, five five one three]. {neu}
A: [bank_account:Seven two oh eight, five five one three]. Lovely.
C: It might take a few days, mind. {neu}
A: That's fine. Once it lands, [person_name:Tuan] orders the liner. It's <quantity:thirty-two> feet by <quantity:sixteen>, right?
C: <quantity:Thirty-two> by <quantity:sixteen>, yes. With the sun shelf. {neu}
A: And if [person_name:Femi] needs us on the day, our number is <phone_business:nine five four, six two two, one eight one eight>.
C: Got it. Honestly, thank you, [person_name:Zofia]. I was ready to shout. {pos}
A: Completely understandable. Anything else?
C: Will the dig wreck the lawn? {neu}
A: A bit. We reseed afterwards, no charge.
C: Oh, good. That lawn is my mother-in-law's pride and joy. {pos}
A: Ha. I'll email you the new schedule by Monday.
C: Great. Thanks, bye. {neu}
""",
    ),
    CallScript(
        id="10t03-visa-consultancy",
        trade="immigration and visa paperwork consultancy",
        company="Northbridge Visa Services",
        agent="Rania Khoury",
        customer="Aigerim Sarsenova",
        agent_voice="hibari:113:-100",
        customer_voice="espeak:en-us+f3:140:60",
        noise_db=18.5,
        reason="A client with a spousal petition has her receipt notice; the form has her husband's date of birth wrong, a filing fee was paid twice, and her mother wants help with a tourist visa.",
        outcome="Husband's date of birth corrected and the form emailed Monday; the duplicate fee refunded to her Kazakh account by Wednesday; her case worker to ring her mother on Tuesday with an interpreter.",
        actions=[
            Action(
                "correct the husband's date of birth on the form and email it",
                "Rania Khoury",
                "2026-12-07",
                "Monday",
                ("correct", "form", "date of birth"),
            ),
            Action(
                "refund the duplicate filing fee to the client's Kazakh account",
                "Kaveh",
                "2026-12-09",
                "by Wednesday",
                ("refund", "fee"),
            ),
            Action(
                "ring the client's mother about her tourist visa",
                "Grainne",
                "2026-12-08",
                "on Tuesday",
                ("mother", "tourist visa", "ring", "call"),
            ),
        ],
        script="""
A: Northbridge Visa Services, [person_name:Rania Khoury] speaking.
C: Hello, this is [person_name:Aigerim Sarsenova]. I'm one of [person_name:Grainne]'s clients. {neu}
A: Hi. [person_name:Grainne]'s off today, but I can help. Could you spell your surname?
C: [person_name:S A R S E N O V A]. {neu}
A: Thanks. This is the spousal petition for your husband?
C: Yes, for [person_name:Daniyar]. We got the receipt notice, finally. {pos}
A: Great. Can you read me the receipt number?
C: <reference:I O E, oh nine two, one five five, seven three eight oh>. {neu}
A: <reference:I O E, oh nine two, one five five, seven three eight oh>. That's ours.
C: So what happens now? Nobody tells us anything. {neg}
A: I know it's slow. Next is biometrics, usually within <quantity:six> weeks.
C: <quantity:Six> weeks. Oh, marvellous. {neg}
A: Meanwhile, the form has your husband's birthday wrong. One digit's off, I think.
C: What? How did that happen? {neg}
A: Can you give me his date of birth again?
C: [date_of_birth:The thirtieth of October, nineteen ninety]. {neu}
A: [date_of_birth:Thirtieth of October, nineteen ninety]. We'll address the issue on the form.
C: Thank you. That would have been a disaster. {pos}
A: We also need your last four for the sponsor form.
C: [ssn:Oh five eight one]. {neu}
A: Thanks. And the best number for you?
C: [phone:Six four six, two oh nine, four four seven, no, sorry, four seven seven one]. {neu}
A: So [phone:six four six, two oh nine, four seven seven one]?
C: Yes, that's it. I always mix it up. {neu}
A: And your client file is <reference:three three oh, eight one six, two four nine two>.
C: Got it. And the refund? We paid the fee twice, <amount:six hundred and seventy-five dollars>. {neg}
A: Yes, I see it. [person_name:Kaveh] in accounts approved it. Where should it go?
C: My account in Almaty, please. I'll read the IBAN. {neu}
A: Go ahead.
C: [iban:K Z seven one, nine four eight B, seven two oh oh, oh three one four, six six two eight]. {neu}
A: Reading the end back, [iban:oh three one four, six six two eight].
C: Correct. {neu}
A: [person_name:Kaveh] will send it by Wednesday. Banks abroad can take a few days.
C: Fine. And could you send me the corrected form? {neu}
A: Of course. Your email?
C: [email:aigerim dot s two zero one five at gmail dot com]. {neu}
A: [email:Aigerim dot S, two oh one five, at gmail dot com]. I'll send it Monday, with <quantity:two> pages to initial.
C: Thanks. Oh, and my mother in Almaty wants help with a tourist visa. Is that you too? {neu}
A: It can be. [person_name:Grainne] handles those, <amount:two hundred and fifty dollars> flat. What's her number?
C: [phone:Plus seven, seven oh one, three eight eight, two one, five six]. {neu}
A: And her name?
C: [person_name:Gulnara]. Same surname. She mostly speaks Russian. {neu}
A: [person_name:Grainne] will ring her on Tuesday with an interpreter.
C: Thank you, [person_name:Rania]. Really. {pos}
A: You're welcome. Have a good weekend.
C: You too. {neu}
""",
    ),
    CallScript(
        id="10t04-auction-consignment",
        trade="auction house consignments",
        company="Harcourt and Vale Auctioneers",
        agent="Ciaran Dunleavy",
        customer="Amara Diallo",
        agent_voice="hibari:110",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=16.0,
        reason="The executor of her late uncle's estate, calling from London, is consigning his West African masks and stools to the January sale.",
        outcome="Fourteen masks and two stools consigned with an estimate and a reserve agreed; identity, address, phone, French payout account and email taken; catalogue photographs on Thursday; the agreement emailed today, to be signed by her and her cousin by Wednesday.",
        actions=[
            Action(
                "email the consignment agreement",
                "Ciaran Dunleavy",
                "2026-12-05",
                "today",
                ("agreement", "email"),
            ),
            Action(
                "sign the consignment agreement",
                "Amara Diallo",
                "2026-12-09",
                "by Wednesday",
                ("sign", "agreement"),
            ),
            Action(
                "co-sign the consignment agreement as co-executor",
                "Oumou",
                "2026-12-09",
                "by Wednesday",
                ("sign", "co-executor", "agreement"),
            ),
            Action(
                "photograph the pieces for the catalogue",
                "Ljiljana",
                "2026-12-10",
                "on Thursday",
                ("photograph", "catalogue", "shoot"),
            ),
        ],
        script="""
A: Harcourt and Vale, [person_name:Ciaran] speaking.
C: Good afternoon. My name's [person_name:Amara Diallo]. I'm calling from London, about my uncle's masks. {neu}
A: Ah, yes. The West African collection. [person_name:Jaehyun] mentioned you.
C: He said you'd take them for the January sale. {neu}
A: We would. Your consignment number is <reference:H V, two six, oh four nine one>.
C: Sorry, say that again? This line's terrible. {neg}
A: <reference:H V, two six, oh four nine one>.
C: Got it. How many pieces did he list? {neu}
A: <quantity:Fourteen> masks and two stools. The stools are lot <reference:forty-seven>.
C: And what do you think they'll fetch? {neu}
A: [person_name:Jaehyun] estimates <amount:eighteen to twenty-five thousand> for the masks.
C: Oh, that's more than I'd hoped. Uncle [person_name:Mamadou] would be thrilled. {pos}
A: Prices rose a lot this year. There's even a Georgian card table in the same sale.
C: He'd have liked that. {neu}
A: The seller's commission is fifteen percent, plus insurance.
C: Fifteen percent. Fine. {neu}
A: For the money-laundering checks, I need your date of birth and address.
C: [date_of_birth:Eleventh of April, nineteen seventy-three]. {neu}
A: And the address?
C: [address:Flat six, twenty-nine Penrose Villas, London], [zip:W eleven, two R J]. {neu}
A: Thank you. And a phone number?
C: My home number is [phone:oh two oh, eight nine six four, double one seven two]. {neu}
A: [phone:Oh two oh, eight nine six four, one one seven two].
C: That's right. Mornings are best, I teach in the afternoons. {neu}
A: Now, payment. Proceeds go out <quantity:thirty-five> days after the sale. Where to?
C: My French account. I still have it from Lyon. {neu}
A: The IBAN, then, whenever you're ready.
C: [iban:F R seven six, three oh oh oh, four oh two eight, one six oh oh, oh five one nine, two seven four one, eight three five]. {neu}
A: Sorry, after [iban:one six oh oh]?
C: [iban:Oh five one nine, two seven four one, eight three five]. {neu}
A: Got it. And an email for the catalogue proofs?
C: [email:amara dot diallo seven three at gmail dot com]. {neu}
A: [email:Amara dot diallo seven three at gmail dot com].
C: Yes. When will you photograph them? {neu}
A: [person_name:Ljiljana] shoots the catalogue on Thursday. Proofs to you by <date:the fourteenth>.
C: Lovely. And the reserve? I don't want them going for nothing. {neu}
A: We'd suggest <amount:fifteen thousand> for the masks. You can set it higher.
C: <amount:Fifteen thousand> is fine, for now. {neu}
A: Great. I'll email the agreement today. Could you sign it by Wednesday?
C: I'll sign it Wednesday, yes. My cousin [person_name:Oumou] is co-executor, so she signs too. {neu}
A: Could she sign by Wednesday as well?
C: I'll make sure she does. {neu}
A: Perfect. Anything else?
C: Just, thank you. It's been a bit emotional, sorting his things. {pos}
A: I understand. We'll take good care of them. Thanks, [person_name:Amara].
C: Thanks, bye now. {neu}
""",
    ),
    CallScript(
        id="10t05-kitchen-remodel",
        trade="kitchen remodelling contractor",
        company="Oakline Kitchens and Remodeling",
        agent="Bogdan Ionescu",
        customer="Farah Siddiqui",
        agent_voice="espeak:en-us:137:50",
        customer_voice="hibari:111:-200",
        noise_db=17.0,
        reason="Two wall cabinets arrived with cracked doors, which pushes the install back; the customer also wants the quartz countertop upgrade.",
        outcome="Both doors reordered today; plumber moved to the sixteenth; quartz upgrade paid by card; revised drawings by Thursday; the customer to leave the permit copy at her building's front desk on Monday.",
        actions=[
            Action(
                "reorder the two cracked cabinet doors",
                "Bogdan Ionescu",
                "2026-12-05",
                "today",
                ("reorder", "door"),
            ),
            Action(
                "come to fit the plumbing",
                "Tevita",
                "2026-12-16",
                "on the sixteenth at nine",
                ("plumb",),
            ),
            Action(
                "send the revised drawings",
                "Akosua",
                "2026-12-10",
                "by Thursday",
                ("drawing",),
            ),
            Action(
                "leave a copy of the permit at the building's front desk",
                "Farah Siddiqui",
                "2026-12-07",
                "Monday",
                ("permit", "front desk"),
            ),
        ],
        script="""
A: Oakline Kitchens, [person_name:Bogdan] speaking.
C: Hi, [person_name:Bogdan]. It's [person_name:Farah Siddiqui]. The cabinets arrived this morning. {neu}
A: Oh, good! All there?
C: Well. Two of the wall units have cracked doors. {neg}
A: Oh no. I'm so sorry. Which ones?
C: By the window. The labels say <reference:three six one two four> and <reference:three six one two five>. {neu}
A: Got them. I'll reorder both doors today. They take about ten days.
C: Ten days? Oh, perfect. Just in time for Christmas, then. {neg}
A: I know. A number of suppliers are slow this month. I'll push. Can I confirm the address?
C: [address:Unit nine oh four, two twenty Lakeshore Terrace, Evanston], [zip:six oh two oh one]. {neu}
A: Thanks. [person_name:Tevita], our plumber, was due Tuesday. Should I move him?
C: Yes, there's no point him coming yet. {neu}
A: [person_name:Tevita] can come on <date:the sixteenth> instead, at <time:nine a.m.>
C: <date:The sixteenth> is fine. {neu}
A: Your building wants a permit copy at the front desk. It's <reference:B P, two oh two six, dash oh eight eight one four>.
C: The security guard there is very strict, yes. {neu}
A: Could you leave the copy there on Monday?
C: I'll drop it off Monday. {neu}
A: Now, [person_name:Akosua] said you wanted the quartz upgrade?
C: Yes, the white one. With the grey vein. {pos}
A: That's <amount:one thousand one hundred and twenty dollars> extra. Card today?
C: Sure. [card_number:Four oh two four, seven seven one eight, three nine two six, five oh one one]. {neu}
A: Expiry date?
C: [card_expiry:December twenty-eight]. {neu}
A: And the three digits on the back?
C: [card_security_code:Five five nine]. {neu}
A: Thank you. Receipt number <reference:four seven seven, two oh three, nine one six eight>.
C: Hang on. <reference:Four seven seven, two oh three>... {neu}
A: <reference:Nine one six eight>.
C: Got it. Also, your installer left a mark on the hall floor last time. {neg}
A: I'm sorry. I'll ask the crew to fix it when they're back.
C: Thanks. Is the door damage covered by my home warranty, or yours? {neu}
A: Ours, don't worry. But what's your policy number, just in case?
C: [member_id:H W, eight eight two, oh one seven, four six]. {neu}
A: Thanks. And a good number to reach you on install day?
C: [phone:Eight, four, seven, five, oh, nine, three, two, two, six]. {neu}
A: [phone:Eight four seven, five oh nine, three two two six].
C: Yes. Or my husband [person_name:Imran], on [phone:two two four, seven one oh, eight eight three five]. {neu}
A: Thanks. [person_name:Akosua] will send the revised drawings by Thursday.
C: Could she bring the tile samples, too? {neu}
A: Sure, I'll ask her.
C: Lovely. Thanks, [person_name:Bogdan]. Sorry I was short earlier. {pos}
A: Not at all. I'd be annoyed too.
C: Bye. {neu}
""",
    ),
    CallScript(
        id="10t06-youth-football",
        trade="youth football club registration",
        company="Riverside Rovers Youth Football Club",
        agent="Niamh Doherty",
        customer="Chinonso Okeke",
        agent_voice="festival:cmu_us_slt_arctic_hts:80",
        customer_voice="hibari:112",
        noise_db=18.0,
        reason="A parent registers her son for the club's spring season.",
        outcome="Son registered for the under-elevens with his date of birth, address, contacts, insurance and email taken; fee of 185 dollars with kit; welcome pack and code of conduct by Monday; birth certificate copy by Friday; kit ready for the first session in January.",
        actions=[
            Action(
                "email the welcome pack and the parents' code of conduct",
                "Niamh Doherty",
                "2026-12-07",
                "by Monday",
                ("welcome pack", "code of conduct", "email"),
            ),
            Action(
                "send a copy of the son's birth certificate",
                "Chinonso Okeke",
                "2026-12-11",
                "by Friday",
                ("birth certificate",),
            ),
            Action(
                "have the boy's kit ready",
                "Malakai",
                "2027-01-12",
                "for the first session, January twelfth",
                ("kit",),
            ),
        ],
        script="""
A: Riverside Rovers Youth Football, [person_name:Niamh] speaking.
C: Hi, [person_name:Niamh]. I'd like to register my son for the spring season. {pos}
A: Lovely. Is he new to the club?
C: New, yes. He's been kicking a ball since he could walk, though. {pos}
A: Ha. What's his name?
C: [person_name:Ifeanyi], same surname as me. That's [person_name:I F E A N Y I]. {neu}
A: Thanks. And your name?
C: [person_name:Chinonso Okeke]. {neu}
A: His date of birth?
C: [date_of_birth:The fourth of July, twenty sixteen]. Fireworks every birthday. {neu}
A: [date_of_birth:Fourth of July, twenty sixteen]. So he's in our under-elevens.
C: Under-elevens. Okay. {neu}
A: [person_name:Kenji] coaches them. Training is Tuesdays at <time:five fifteen>.
C: Oh, good, that works with my shifts. {pos}
A: Now, the address?
C: [address:Apartment twelve C, eighty-one Willow Bend Road, Columbus], [zip:four three two oh nine]. {neu}
A: And a phone number for you?
C: Area code [phone:six one four, two oh oh, double seven five three]. {neu}
A: [phone:Six one four, two double oh, seven seven five three].
C: That's it. {neu}
A: His registration number is <reference:two seven one, three nine nine, oh two oh eight>.
C: Got it. And the emergency contact is his grandmother, [person_name:Nneka]. {neu}
A: Her number?
C: [phone:Plus one, nine three seven, four four eight, two one six oh]. {neu}
A: Thanks. Does [person_name:Ifeanyi] have any medical conditions?
C: Mild asthma. He has an inhaler. {neu}
A: Noted. And his health insurance member ID, for the medical form?
C: [member_id:M O H, four one seven, seven two nine, oh three]. {neu}
A: Thanks. The fee is <amount:one hundred and eighty-five dollars>, kit included.
C: Oh, wow. The last club was <amount:two sixty>, without the kit. {pos}
A: What size? The shirts run small.
C: Youth medium, I think. He's tall. Will he get to choose a number? {neu}
A: [person_name:Malakai], our kit manager, assigns them. He'll ask.
C: He'll want number <quantity:nine>. Always nine. {neu}
A: Noted. And an email for the newsletter?
C: [email:chinonso okeke twenty-two at yahoo dot com]. {neu}
A: [email:Chinonso okeke two two at yahoo dot com]?
C: Yes. Oh, and is there a code of conduct for parents? {neu}
A: There is. I'll email it with the welcome pack by Monday.
C: Good. The last club had a dad who screamed at the referee every week. {neg}
A: Ah. We don't tolerate that. [person_name:Kenji] will have a word if needed.
C: Honestly, that's a relief. {pos}
A: Could you send us a copy of his birth certificate by Friday?
C: Sure, I'll scan it tomorrow. {neu}
A: And [person_name:Malakai] will have his kit ready for the first session, <date:January twelfth>.
C: Perfect, I'll call it a day there. Thanks so much, [person_name:Niamh]. {pos}
A: Thanks, [person_name:Chinonso]. Bye now.
""",
    ),
]

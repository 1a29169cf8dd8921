"""The SIXTEENTH-DEV half: six scripted two-party phone calls, a sixteenth set in trades none
of the earlier sets covered. Written 2026-12-06, stop 34, blind from a brief by a helper
session that read no product code (nothing under src/, no tests, no docs, no benchmark code
beyond script.py, generate.py and check.py, and no earlier set's calls beyond the first
fifteenth-dev call, as a format example; of the other call files only their module docstrings);
see README.md. Frozen as of the commit that adds it: do not edit the calls or the labels to
suit a result. Tune on these if you must; the test half (sixteenth_test_calls.py) is held out:
do not read it and do not tune on it.

Trades: water well drilling and pump repair, bail bonds agency, newspaper home delivery
subscription, custom picture framing shop, postage stamp dealer and auctions (a buyer in
Scotland), home warranty plan claims. The set's weight is on the PII types that are hardest to
hide on phone speech. Street addresses, at least one per call and said in many shapes: house
numbers in words ("twelve forty", "one oh five", "eleven eleven", "eight twenty", "four
fifteen", "thirty-three oh one") and Wisconsin grid numbers ("N forty-one fifty-eight"), a rural
route and box, a PO box, apartments, a unit, a suite, a floor, a building letter and a Scottish
flat, directional and unusual street names (Northeast Kirkwood Lane, Nineteenth Street
Northwest, County Road J, Via Del Mar, Marchmont Crescent), five-digit ZIPs and ZIP+4s, a UK
postcode, an address misread by the agent and corrected, one spread over two turns, one on file
that is out of date. Cards: a Mastercard read in fours with a correction in the middle, a Visa
read digit by digit, an Amex read 4-6-5, a card on file named by its last four ("ending in");
expiries as "end of September, twenty-eight", "oh four, thirty", "July of twenty-nine", "ten,
twenty-seven", "twelve slash twenty-nine"; three- and four-digit security codes, two answered a
turn after the question. Phones with "triple", "double" and "oh", one with an extension, one
said over two turns, a UK mobile, read-backs. A full SSN read 3-2-4 and read back in pairs, a
last four; dates of birth in words and in digits; a routing and an account number; a British
IBAN read in groups and read back in other groups; a subscriber number, a plan number and a
bidder number; e-mails with dots, digits and spelled letters; names from many cultures
(Filipino, Swedish, Indian, Persian, Italian, Polish, Ethiopian, Irish, Peruvian, French-
Canadian, Tamil, Swiss, Spanish, Korean, Igbo, Hmong, Uzbek), five spelled letter by letter,
and third parties (a technician, a neighbour, a son, a brother, a colleague, a district
manager, a building super, a sister, an installer, an assistant, an accounts manager, a stamp
expert, a contractor, a supervisor, a husband). Must-survive numbers, 6-8 per call: invoice,
ticket, booking, receipt, route, order, approval, lot, tracking and claim numbers, a pump and a
furnace model, amounts, times, dates, quantities, a percentage, several right after a card, a
security code, an SSN, a bank account or a plan number.

Each call has 4-5 action items owned by the agent, the customer or a third person named in the
call, in varied sentence shapes ("He'll be out to you this afternoon", "I'll leave the gate
open... before one", "said he'll run a hose across tonight", "I'll ring the county health
office Friday", "He'll fax you his last two pay stubs by Wednesday", "You'll need to come into
the office tomorrow by noon", "has to check in with us by phone every Monday, starting
tomorrow", "is going to call the carrier tomorrow", "It'll go out by Wednesday", "I'll snap one
tonight", "is examining it, and he'll issue his certificate by the eighteenth", "She'll call you
back by Thursday"), a few with no day. Look-alikes that are not action items: things already
done ("I already flipped the breaker twice", "I've already put a credit...", "We already matted
the diploma", "I've already printed the label", "I already sent one to your app last night"),
hypotheticals ("If the pressure tank turns out to be waterlogged, we could swap it", "If he
missed it, the bond would be forfeited"), a conditional request, a policy ("He always texts
when he's on his way") and a declined offer (non-glare glass). Every customer line is labelled;
moods turn during calls (panic to relief, sarcasm to thanks, grumbling to an apology), with
sarcasm ("Oh, perfect. A Sunday surcharge on top of no water", "you guys are really on a roll", "A
hundred and twenty-five dollars for the privilege of being cold") and mixed lines.

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
        id="16d01-well-pump-repair",
        trade="water well drilling and pump repair",
        company="Hollow Creek Well & Pump",
        agent="Rosalind Achterberg",
        customer="Teodoro Villanueva",
        agent_voice="espeak:en-us+f3:138:58",
        customer_voice="festival:kal_diphone:-100",
        noise_db=16.0,
        reason="A rural customer has had no water since last night and needs the well pump looked at on a Sunday.",
        outcome="A technician comes this afternoon on a card hold; the customer leaves the gate open, a neighbour runs a hose over tonight, an estimate follows by Tuesday and the customer books a water test on Friday.",
        actions=[
            Action(
                "come out and diagnose the well pump",
                "Arnav Kulkarni",
                "2026-12-06",
                "this afternoon",
                ("pump", "out to you", "diagnose"),
            ),
            Action(
                "leave the gate open and shut the dog in the garage",
                "Teodoro Villanueva",
                "2026-12-06",
                "before one",
                ("gate", "dog"),
            ),
            Action(
                "run a hose across from next door so they can flush the toilets",
                "Gunnar Lindahl",
                "2026-12-06",
                "tonight",
                ("hose",),
            ),
            Action(
                "e-mail a written estimate before anything is ordered",
                "Rosalind Achterberg",
                "2026-12-08",
                "by Tuesday",
                ("estimate",),
            ),
            Action(
                "ring the county health office about testing the water",
                "Teodoro Villanueva",
                "2026-12-11",
                "Friday",
                ("county", "water test", "tested"),
            ),
        ],
        script="""
A: Hollow Creek Well and Pump, emergency line, this is [person_name:Rosalind]. What's going on?
C: Hi. We've had no water since eleven last night. Not a drop. {neg}
A: Oh no. Let's get somebody out to you. Can I get your name?
C: [person_name:Teodoro Villanueva]. That's [person_name:V I L L A N U E V A]. {neu}
A: Thanks, [person_name:Teodoro]. Have we been out to you before?
C: Yeah, last spring your guy replaced the check valve. Invoice <invoice:eighteen oh six two>. {neu}
A: I see that visit. And where's the well?
C: So the mail goes to [address:Rural Route three, Box two twelve], but that won't help your driver any. {neu}
A: Right, I need the house itself.
C: It's [address:N forty-one fifty-eight County Road J], out past Amherst. {neu}
A: Let me read that back. [address:N forty-one eighty-five, County Road J]?
C: Other way round at the end. [address:Forty-one fifty-eight]. {neu}
A: Got it, [address:N four one five eight]. And the ZIP?
C: [zip:Five four four oh six, dash nine two one three]. {neu}
A: And a number the technician can call?
C: My cell. [phone:Seven one five, triple four, two oh eight one]. {neu}
A: [phone:Seven one five, four four four, two oh eight one].
C: That's right. {neu}
A: Okay. What have you tried so far?
C: I already flipped the breaker twice. The gauge sits at zero, and it's usually about <quantity:forty pounds>. {neg}
A: Sounds like the pressure switch or the pump itself. Do you know the pump model?
C: The sticker on the tank says <model:S Q three oh five>, and the well's <quantity:two hundred forty feet> deep. {neu}
A: Thanks. Our on-call tech today is [person_name:Arnav Kulkarni]. He'll be out to you this afternoon, <time:between one and three>.
C: This afternoon? Oh, thank God. {pos}
A: There is a Sunday call-out charge of <amount:one hundred sixty-five dollars>, plus parts.
C: Oh, perfect. A Sunday surcharge on top of no water. Love that. {neg}
A: I know, I'm sorry. I'll need a card to hold the visit.
C: Fine. It's a Mastercard. [card_number:Five one eight seven, two two oh four, six one, no wait, six seven three nine, oh oh five two]. {neu}
A: So [card_number:five one eight seven, two two oh four, six seven three nine, oh oh five two]?
C: Yep. {neu}
A: And the expiry?
C: [card_expiry:End of September, twenty-eight]. {neu}
A: And the three digits on the back?
C: Hang on, it's half worn off. Let me grab my reading glasses. {neu}
A: No rush.
C: Okay. [card_security_code:Four six one]. {neu}
A: Thank you, that's on hold. Your ticket is <ticket:W P four seven seven two>.
C: <ticket:Four seven seven two>. Got it. {neu}
A: Will someone be home when he gets there?
C: My wife will, but I'll leave the gate open and shut the dog in the garage before one. {neu}
A: Perfect. If the pressure tank turns out to be waterlogged, we could swap it while he's there.
C: Sure. Oh, and my neighbor, [person_name:Gunnar Lindahl], said he'll run a hose across tonight so we can at least flush the toilets. {pos}
A: That's a good neighbor. Whatever [person_name:Arnav] finds, I'll e-mail you a written estimate by Tuesday, before anything gets ordered.
C: Use [email:T E O dot villanueva seventy-one at outlook dot com]. {neu}
A: [email:Teo dot villanueva seven one at outlook dot com]. Got it.
C: And once it's running I want the water tested. I'll ring the county health office Friday. {neu}
A: Smart, after a pump failure. He always texts when he's on his way, by the way.
C: Great. Honestly, thank you. I was dreading this call. {pos}
A: You're welcome, [person_name:Teodoro]. Hang in there.
""",
    ),
    CallScript(
        id="16d02-bail-bonds",
        trade="bail bonds agency",
        company="Keystone Bail Bonds",
        agent="Lorenzo Bianchi",
        customer="Shirin Farahani",
        agent_voice="hibari:131",
        customer_voice="festival:cmu_us_slt_arctic_hts:-150",
        noise_db=15.0,
        reason="A mother calls the night after her son's arrest to bail him out and does not know how bail works.",
        outcome="She signs on as indemnitor and pays the premium by e-check; the bond is posted within the hour, her brother co-signs, she comes in tomorrow to sign, her son checks in every Monday and a colleague calls her on his release.",
        actions=[
            Action(
                "post the bond at the county jail",
                "Lorenzo Bianchi",
                "2026-12-06",
                "within the hour",
                ("post", "bond"),
            ),
            Action(
                "come into the office to sign the indemnity agreement and bring a photo ID",
                "Shirin Farahani",
                "2026-12-07",
                "tomorrow by noon",
                ("indemnity", "photo ID", "sign"),
            ),
            Action(
                "fax his last two pay stubs as co-signer",
                "Behrouz Tehrani",
                "2026-12-09",
                "by Wednesday",
                ("pay stub", "fax"),
            ),
            Action(
                "check in with the bond office by phone every Monday",
                "Dariush Farahani",
                "2026-12-07",
                "every Monday, starting tomorrow",
                ("check in",),
            ),
            Action(
                "call the mother the moment her son is released",
                "Tanisha Greer",
                None,
                None,
                ("released", "call"),
            ),
        ],
        script="""
A: Keystone Bail Bonds, this is [person_name:Lorenzo]. How can I help?
C: Hi. My son was arrested last night and I have no idea what I'm doing. {neg}
A: Okay. Take a breath, we'll go step by step. What's your son's full name?
C: [person_name:Dariush Farahani]. [person_name:D A R I U S H]. {neu}
A: And his date of birth?
C: [date_of_birth:February fourteenth, two thousand three]. Valentine's Day, of all days. {neu}
A: Thank you. I've got him at the county jail, booking number <booking:two six, oh four four one nine>. Bail is set at <amount:twelve thousand five hundred dollars>.
C: That much? For a shoving match outside a bar? Are you serious? {neg}
A: I know it sounds like a lot, but you don't pay that. Our premium is ten percent, so <amount:twelve hundred fifty dollars>, and you sign as the indemnitor.
C: Okay. Okay, that I can do. {neu}
A: And your name?
C: [person_name:Shirin Farahani]. Same last name. {neu}
A: And your home address, [person_name:Shirin]?
C: [address:Twelve forty West Olive Avenue, unit two oh four], Fresno, [zip:nine three seven oh five]. {neu}
A: [address:Twelve forty West Olive, number two oh four], [zip:nine three seven oh five]. Is [person_name:Dariush] at the same address?
C: No, he has his own place. [address:Thirty-three oh one East Shields, apartment B as in boy]. Same ZIP, I think. {neu}
A: Thanks. I'll also need your Social Security number for the indemnity paperwork.
C: Is that really necessary? I don't love giving that out over the phone. {neg}
A: It is, I'm afraid. It only goes on the agreement.
C: Fine. [ssn:Six oh two, five one, seven seven eight four]. {neu}
A: So that's [ssn:six oh two, fifty-one, seventy-seven eighty-four].
C: Yes. {neu}
A: And a phone number for you?
C: My cell is [phone:five five nine, two oh oh], {neu}
A: Uh-huh.
C: [phone:six four eight one]. Sorry, my hands are shaking. {neg}
A: You're doing fine. How would you like to pay the premium?
C: Can it come out of my checking account? I don't want it on a card. {neu}
A: Sure, we take e-checks. The routing number first.
C: [routing_number:One two one, oh four two, eight eight two]. {neu}
A: And the account number?
C: [bank_account:Nine nine oh one, four four two, six seven]. {neu}
A: That's gone through. Your receipt number is <receipt:K B seven oh three one six>. Now, for a bond this size we need a second signer with a steady job.
C: My brother, [person_name:Behrouz Tehrani], he works at the hospital. I already asked him this morning. He'll fax you his last two pay stubs by Wednesday. {neu}
A: Perfect. Then I'll post the bond at the jail within the hour, and release usually takes <quantity:four to six hours> after that.
C: Oh, thank you. Thank you. I can finally breathe. {pos}
A: You'll need to come into the office tomorrow by noon to sign the indemnity agreement, and bring a photo ID.
C: Tomorrow by noon. I can do that. {neu}
A: And [person_name:Dariush] has to check in with us by phone every Monday, starting tomorrow. His court date is <date:December seventeenth> at <time:eight thirty a m>.
C: He'll call, believe me, I'll stand over him. What happens if he misses court? {neu}
A: If he missed it, the bond would be forfeited and you'd owe the full amount, so let's not go there. My colleague [person_name:Tanisha Greer] will call you the moment he's released.
C: Last time, with my nephew, the company never once called us back. So that means a lot. Thank you, [person_name:Lorenzo], really. {pos}
A: Take care, [person_name:Shirin].
""",
    ),
    CallScript(
        id="16d03-newspaper-delivery",
        trade="newspaper home delivery subscription",
        company="The Lakeshore Ledger",
        agent="Javier Colon",
        customer="Halina Ostrowska",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+f3:140:62",
        noise_db=17.5,
        reason="A subscriber has missed three Sunday papers in a row, is moving on the fourteenth and her card on file has expired.",
        outcome="The missed papers are credited, a back copy is mailed, delivery moves to the new apartment from the fourteenth, the card is updated and a holiday hold is started pending her flights.",
        actions=[
            Action(
                "call the carrier about the missed Sunday papers",
                "Ray Kaminski",
                "2026-12-07",
                "tomorrow",
                ("carrier",),
            ),
            Action(
                "mail a back copy of the November twenty-second edition",
                "Javier Colon",
                "2026-12-09",
                "by Wednesday",
                ("back copy", "edition", "mail"),
            ),
            Action(
                "leave the building super a note so he lets the carrier into the lobby",
                "Halina Ostrowska",
                "2026-12-12",
                "by Saturday",
                ("note", "super"),
            ),
            Action(
                "call back with the end date of the holiday hold once the flights are booked",
                "Halina Ostrowska",
                None,
                None,
                ("call you back", "flights", "hold"),
            ),
            Action(
                "send a confirmation e-mail of the address change",
                "Javier Colon",
                "2026-12-06",
                "tonight",
                ("confirmation",),
            ),
        ],
        script="""
A: Lakeshore Ledger subscriber services, this is [person_name:Javier]. How can I help you this morning?
C: Hi, [person_name:Javier]. So, no Sunday paper. Again. That's three in a row now, you guys are really on a roll. {neg}
A: I'm sorry about that. Let me pull up your account. Do you have your subscriber number?
C: It's on the bill somewhere... here. [member_id:L L, oh oh seven, one nine, four four]. {neu}
A: Thank you. And the name on the account?
C: [person_name:Halina Ostrowska]. That's [person_name:O S T R O W S K A]. {neu}
A: And I have the delivery address as [address:one oh five Northeast Kirkwood Lane]. Is that right?
C: That's right, for one more week anyway. I'm moving, which is the other reason I called. {neu}
A: Okay, let's fix the missed papers first. I'm showing <quantity:three Sundays> missed on route <route:two eighteen>, and I've already put a credit of <amount:twenty-one dollars> on the account.
C: Well. That's something, I suppose. {neu}
A: And our district manager, [person_name:Ray Kaminski], is going to call the carrier tomorrow about it.
C: Good. Mostly I want the crossword. I missed the big holiday one two weeks ago. {neg}
A: I can mail you a back copy of the <date:November twenty-second> edition. It'll go out by Wednesday.
C: Oh, you can do that? That would actually make my week. {pos}
A: Now, the move. What's the new address?
C: It's [address:eight twenty South Ridgeway]. {neu}
A: Avenue or Street?
C: [address:Avenue. Fourth floor, apartment four oh two]. {neu}
A: And the ZIP there?
C: [zip:Six oh six two five, dash one eight oh nine]. {neu}
A: So that's [address:eight twenty South Ridgeway Avenue, apartment four oh two], [zip:six oh six two five, one eight oh nine]. Starting when?
C: <date:The fourteenth>. And the lobby's locked, so the carrier can't just walk in. {neu}
A: Is there a door code, or someone who can let them in?
C: The super, [person_name:Fernando], can. I'll leave him a note about it by Saturday. {neu}
A: Perfect. I'll also need a phone number for the carrier notes.
C: Use my work line. [phone:Three one two, nine oh four, six six one eight, extension two two seven]. {neu}
A: [phone:Three one two, nine oh four, six six one eight, extension two two seven].
C: Mm-hm. {neu}
A: One more thing. The Visa ending in [card_number:three three oh eight] has expired, so the next bill would bounce. Would you like to update it?
C: Oh, right, a new one came in the mail. Hold on. Okay. {neu}
C: [card_number:Four, oh, two, four, seven, one, one, eight, three, three, six, oh, nine, five, five, one]. {neu}
A: Expiration?
C: [card_expiry:Oh four, thirty]. {neu}
A: And the security code?
C: [card_security_code:Two eight eight]. {neu}
A: All set, and your rate stays at <amount:six ninety-nine a week>.
C: Okay. {neu}
A: Anything else today?
C: Actually, yes. I'll be away over the holidays. Can you hold delivery from the twenty-third? {neu}
A: I can. From <date:December twenty-third> until when?
C: I haven't booked my flights yet, so I'll call you back once I know. {neu}
A: No problem. And I'll send you a confirmation e-mail of the address change tonight. Is the e-mail on file still good?
C: No, that one's ancient. It's [email:H ostrowska, O S T R O W S K A, eight two, at proton dot me]. {neu}
A: [email:H ostrowska eight two at proton dot me]. Got it.
C: Okay. You've actually been really helpful. Sorry I was snippy at the start. {pos}
A: Not at all, [person_name:Halina]. Enjoy the new place.
""",
    ),
    CallScript(
        id="16d04-picture-framing",
        trade="custom picture framing shop",
        company="Gilt Edge Framing",
        agent="Siobhan Kearney",
        customer="Abebe Tesfaye",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:176",
        noise_db=14.5,
        reason="A customer calls to pay the balance on three framed pieces and arrange delivery and hanging at his office.",
        outcome="He pays by Amex; the museum glass is reordered tomorrow, the installer delivers and hangs the frames Thursday morning with his assistant meeting him, he sends a wall photo tonight and gets a mock-up by Tuesday.",
        actions=[
            Action(
                "order the museum glass from the other supplier",
                "Siobhan Kearney",
                "2026-12-07",
                "tomorrow",
                ("glass",),
            ),
            Action(
                "deliver and hang the three frames at the office",
                "Hector Quispe",
                "2026-12-10",
                "Thursday morning",
                ("deliver", "hang"),
            ),
            Action(
                "meet the installer at the front desk",
                "Marguerite Dufresne",
                "2026-12-10",
                "Thursday morning",
                ("front desk", "meet"),
            ),
            Action(
                "send a photo of the wall with a tape measure on it",
                "Abebe Tesfaye",
                "2026-12-06",
                "tonight",
                ("photo",),
            ),
            Action(
                "e-mail a mock-up of the painting frame with the corner samples",
                "Siobhan Kearney",
                "2026-12-08",
                "by Tuesday",
                ("mock-up", "mockup"),
            ),
        ],
        script="""
A: Gilt Edge Framing, [person_name:Siobhan] speaking.
C: Hi, this is [person_name:Abebe Tesfaye]. I dropped off three pieces last week, and I'm calling to pay the balance and sort out delivery. {neu}
A: Hello! Could you spell the last name for me?
C: [person_name:T E S F A Y E]. The order is <order:F R two two nine one>. {neu}
A: Here it is. <quantity:Three frames>: the diploma, the map, and the big painting, <quantity:twenty-four by thirty-six>.
C: That one my sister [person_name:Meron] painted. She'll never forgive me if it gets scratched. {neu}
A: It's in good hands. We already matted the diploma, and it looks wonderful. The painting's still waiting on the museum glass.
C: Oh. I honestly thought it would all be ready by now. {neg}
A: I know. The glass was back-ordered, so I'll order it from our other supplier tomorrow instead of waiting.
C: Okay, okay. As long as it's up before my office party on <date:the eleventh>. {neu}
A: It will be. The total comes to <amount:eight hundred forty-two fifty>, less your <amount:four hundred> deposit.
C: All right. I'll put it on the Amex. {neu}
A: Go ahead whenever you're ready.
C: [card_number:Three seven one four, four nine six two oh one, five eight oh three three]. {neu}
A: And the expiry?
C: [card_expiry:July of twenty-nine]. {neu}
A: And the four-digit code on the front, just above the number?
C: The tiny one. Hang on, the light in here is terrible. {neu}
A: Take your time.
C: Okay. [card_security_code:Six oh one seven]. {neu}
A: Thank you, that went through. Approval code <approval:oh four seven seven one two>. Now, where's it all going?
C: To my office. [address:Eleven eleven Nineteenth Street Northwest, suite six fifty]. {neu}
A: [address:Nineteenth Street Northwest]. And the ZIP?
C: [zip:Two oh oh three six]. {neu}
A: Let me read it back: [address:eleven eleven Nineteenth Street Northwest, suite six fifty], Washington, [zip:two oh oh three six].
C: Right. Oh, and the billing address on the card is different, in case it matters. It's [address:P O Box forty-four oh one], Arlington, [zip:two two two oh four, one one five two]. {neu}
A: Good to have. Our installer, [person_name:Hector Quispe], can deliver and hang them Thursday morning.
C: Thursday morning's perfect. My assistant, [person_name:Marguerite Dufresne], will meet him at the front desk. {pos}
A: Great. For the hanging, could you send me a photo of the wall with a tape measure on it?
C: Sure. I'll snap one tonight when everyone's gone home. {neu}
A: And where should the receipt go?
C: [email:A B E B E dot tesfaye dot one nine at gmail dot com]. {neu}
A: [email:Abebe dot tesfaye dot one nine at gmail dot com]. And if you'd rather have non-glare glass on the diploma too, we could swap it for <amount:sixty dollars> more.
C: No, leave it. It looks fine as it is. {neu}
A: Then I'll e-mail you a mock-up of the painting frame by Tuesday, so you can sign off on the corner samples.
C: Perfect. Thanks, [person_name:Siobhan]. And sorry I was grumpy about the glass. {pos}
""",
    ),
    CallScript(
        id="16d05-stamp-dealer",
        trade="postage stamp dealer and auctions",
        company="Harbor Philatelic Auctions",
        agent="Eleanor Whitcombe",
        customer="Pradeep Venkataraman",
        agent_voice="hibari:150",
        customer_voice="espeak:en-us+klatt:136:45",
        noise_db=18.0,
        reason="A buyer in Edinburgh calls about the two lots he won in Thursday's sale and learns one was withdrawn.",
        outcome="The withdrawn lot's prepayment is refunded to his British IBAN by Wednesday, an expert certifies the postmark by the eighteenth, the Penny Black is paid by Visa and shipped tomorrow, and he sends a consignment form by Friday.",
        actions=[
            Action(
                "send the refund for the withdrawn lot to his bank account",
                "Beatriz Montoya",
                "2026-12-09",
                "by Wednesday",
                ("refund",),
            ),
            Action(
                "issue a certificate on the postmark of lot five oh seven",
                "Helmut Zwingli",
                "2026-12-18",
                "by the eighteenth",
                ("certificate",),
            ),
            Action(
                "ship the Penny Black by insured express",
                "Eleanor Whitcombe",
                "2026-12-07",
                "tomorrow",
                ("ship", "insured"),
            ),
            Action(
                "pay the import VAT when the courier asks",
                "Pradeep Venkataraman",
                None,
                None,
                ("VAT",),
            ),
            Action(
                "e-mail the consignment form for his Ceylon stamps",
                "Pradeep Venkataraman",
                "2026-12-11",
                "by Friday",
                ("consignment",),
            ),
        ],
        script="""
A: Harbor Philatelic Auctions, [person_name:Eleanor] speaking.
C: Good afternoon, this is [person_name:Pradeep Venkataraman], ringing from Edinburgh. I won a couple of lots in Thursday's sale. {pos}
A: Congratulations! Could I have your bidder number?
C: It's [member_id:H P A, five five oh eight]. {neu}
A: Thank you. And just to verify, your date of birth?
C: [date_of_birth:The second of November, nineteen sixty-eight]. {neu}
A: Lovely. You won lot <lot:four twelve>, the Penny Black, at <amount:six hundred and twenty dollars>, and lot <lot:five oh seven>, the Mauritius cover.
C: Yes. The Penny Black was a bit of a bargain, to be honest. {pos}
A: I'm afraid I have bad news about the other one. The consignor has withdrawn it; there's a question over the postmark.
C: Oh, you're joking. That was the one I actually wanted. {neg}
A: I'm sorry. I can see you prepaid the hammer on it, so we'll refund that to your bank.
C: Right. Marvellous. I'll give you my details, then. {neg}
A: Yes, please, the IBAN.
C: [iban:G B four seven, L O Y D, three oh nine four, one seven, two two eight five, one three oh six]. {neu}
A: Let me read it back. [iban:G B four seven, L O Y D, three zero nine four, one seven two two, eight five one three, zero six].
C: That's correct. {neu}
A: Our accounts manager, [person_name:Beatriz Montoya], will send the refund by Wednesday.
C: And the postmark question, is anyone actually looking at it? {neu}
A: Yes. Doctor [person_name:Helmut Zwingli] is examining it, and he'll issue his certificate by the eighteenth.
C: Well, if it comes back genuine, I'd want to hear before it goes to auction again. {neu}
A: Noted on your file. Now, the Penny Black with the buyer's premium and shipping comes to <amount:seven hundred sixty-four dollars>. Shall I charge a card?
C: Yes, the Visa. [card_number:Four nine two nine, oh three eight one, seven seven two six, four four oh eight]. {neu}
A: And the expiry?
C: [card_expiry:Ten, twenty-seven]. {neu}
A: Security code?
C: [card_security_code:Five five two]. {neu}
A: Thank you. And where shall we send it?
C: [address:Flat three, twenty-seven Marchmont Crescent], Edinburgh, [zip:E H nine, one H L]. {neu}
A: [address:Flat three, twenty-seven Marchmont Crescent], [zip:E H nine, one H L]. And a phone number for the courier?
C: [phone:Oh seven seven double oh, nine double oh, one four two]. {neu}
A: [phone:Oh seven seven oh oh, nine oh oh, one four two]. I'll ship it by insured express tomorrow. I've already printed the label; the tracking number is <tracking:E Z, eight one four four, two oh six, nine U S>.
C: Lovely. Send anything else to [email:P dot venkat dot stamps at B T internet dot com]. {neu}
A: Will do. Just so you know, the courier will probably ask you for import VAT before they deliver, usually about <percent:twenty percent>.
C: Fine, I'll pay that when they ask. Oh, and I've some Ceylon I'd like to consign for the spring sale. I'll e-mail you the consignment form by Friday. {pos}
A: Wonderful, we'd love to see them.
C: Not the news I wanted about lot <lot:five oh seven>, but you've been very straight with me. Thank you, [person_name:Eleanor]. {pos}
A: Thank you, Mister [person_name:Venkataraman]. Enjoy the Penny Black.
""",
    ),
    CallScript(
        id="16d06-home-warranty",
        trade="home warranty plan claims",
        company="Hearthguard Home Warranty",
        agent="Min-jun Seo",
        customer="Chiamaka Eze",
        agent_voice="espeak:en-us+klatt:140:50",
        customer_voice="hibari:193:-150",
        noise_db=16.5,
        reason="A plan holder's furnace has died in freezing weather, the covered address on file is out of date, and a claim was denied last year.",
        outcome="The address is corrected, a claim is opened and the service fee paid by a new card; a contractor comes tomorrow at eight, space heaters go out tonight, a supervisor reviews last year's denial by Thursday and her husband clears the stairs tonight.",
        actions=[
            Action(
                "come to the house and diagnose the furnace",
                "Rustam Nazarov",
                "2026-12-07",
                "tomorrow at eight a m",
                ("furnace", "door"),
            ),
            Action(
                "send two space heaters by courier",
                "Min-jun Seo",
                "2026-12-06",
                "tonight",
                ("space heater", "heater"),
            ),
            Action(
                "review last year's water heater claim denial and call back",
                "Leticia Vang",
                "2026-12-10",
                "by Thursday",
                ("review", "water heater", "denial"),
            ),
            Action(
                "clear the boxes off the basement stairs",
                "Obinna",
                "2026-12-06",
                "tonight",
                ("boxes", "stairs"),
            ),
        ],
        script="""
A: Hearthguard Home Warranty claims, this is [person_name:Min-jun]. May I have your plan number?
C: It's [member_id:H G, seven seven two, oh four, nine one one]. And before you say anything, our furnace is dead, it's <quantity:thirty-eight degrees> in the house, and last year you people denied our water heater claim. So. {neg}
A: I'm sorry, that sounds miserable. Let's get this moving. Can I verify the name on the plan?
C: [person_name:Chiamaka Eze]. [person_name:C H I A M A K A]. {neu}
A: Thank you. And the last four of the Social on the account?
C: [ssn:Four four one nine]. {neu}
A: And your date of birth?
C: [date_of_birth:Oh six, twenty-two, eighty-five]. {neu}
A: Thank you, you're verified. The covered home is [address:twenty-two oh nine Quail Hollow Drive]?
C: No! We moved in March. It's [address:four fifteen Via Del Mar, building C, unit one twelve]. Did nobody update that? {neg}
A: I'm so sorry, I can see the change request, it just never got applied. [address:Four fifteen Via Del Mar, building C, unit one twelve], Cary, [zip:two seven five one nine, dash four oh two two]?
C: Yes. Finally. {neu}
A: I've fixed it. Your claim number is <claim:C L four four oh eight one two>, and the service fee is <amount:one hundred twenty-five dollars>.
C: Wonderful. A hundred and twenty-five dollars for the privilege of being cold. {neg}
A: I understand. What can you tell me about the furnace?
C: It's a Carrier, about <quantity:fourteen years old>. The plate says <model:fifty-nine T P six>. It clicks, and then nothing. {neu}
A: Thanks. I'm assigning [person_name:Rustam Nazarov] from Triangle Comfort Heating. He'll be at your door tomorrow at <time:eight a m>.
C: Tomorrow at eight? That's actually faster than I expected. {pos}
A: And I'll send two space heaters by courier tonight, so you're not freezing in the meantime.
C: Really? Oh. Thank you, that helps a lot. {pos}
A: Can he reach you at [phone:nine one nine, five four one, two two oh oh, extension four one seven]?
C: That's my work number, and I'm home tomorrow. Use my cell, [phone:nine eight four, two oh three, seven seven one oh]. {neu}
A: [phone:Nine eight four, two oh three, seven seven one oh]. And for the fee, shall I use the card ending in [card_number:seven seven one nine]?
C: No, that one's cancelled. New card. [card_number:Four two seven five, three one oh oh, eight six six two, nine one four three]. {neu}
A: Expiration?
C: [card_expiry:Twelve slash twenty-nine], and the code is [card_security_code:oh three eight]. {neu}
A: Thank you, that's processed.
C: And the water heater claim from last year? {neg}
A: My supervisor, [person_name:Leticia Vang], is going to review that denial. She'll call you back by Thursday with an answer.
C: I'll believe it when I see it. But okay. {neg}
A: Fair enough. If the furnace does need replacing, the plan covers up to <amount:two thousand dollars>, and anything over that would be on you.
C: Understood. My husband, [person_name:Obinna], is going to clear all the boxes off the basement stairs tonight so your guy can get down there. {neu}
A: Perfect. Could you also text [person_name:Rustam] a photo of the furnace's data plate before he comes?
C: I already sent one through your app last night, so he should have it. {neu}
A: Great, then you're all set.
C: Honestly, this went better than I expected. Thank you, [person_name:Min-jun]. {pos}
""",
    ),
]

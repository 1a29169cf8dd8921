"""The NINETEENTH-DEV half: six scripted two-party phone calls, a nineteenth set in trades none of
the earlier sets covered. Written 2026-12-06, stop 36, blind from a brief by a helper session
that read no product code (nothing under src/, no tests, no docs, no benchmark code beyond
script.py, generate.py and check.py, and no earlier set's calls beyond the first eighteenth-dev
call, as a format example; of the other call files only their module docstrings and the trade
and company lines of those whose docstrings name no trades; it also read the first lines of the
bench README, for the voices, which describe how items are scored); see README.md. Frozen as of
the commit that adds it: do not edit the calls or the labels to suit a result. Tune on these if
you must; the test half (nineteenth_test_calls.py) is held out: do not read it and do not tune
on it.

Trades: hot tub and spa service (in Scottsdale), clinical laboratory patient billing, dog
training school (in Munich), wedding cake bakery (in Cork), martial arts school enrolment (in
Mississauga), wildlife removal (raccoons in an attic, in Richmond, Virginia). The set's weight
is on numbers read over several turns with the other party's interjections between the groups
("okay, go on", "mm-hmm", "got it, next?", "take your time", the agent echoing a group or asking
for the last groups again when the line broke up), bank numbers and IBANs, dates of birth,
street addresses, action items with named owners and due days, and customer sentiment. Numbers
over several turns, two or three per call: a US routing number in threes and a checking account
in fours with "double", a lab member id with spelled letters, a Visa in fours with "mm-hmm"
between, a German IBAN in fours with the last groups said again, a German mobile the caller has
to look up, an Irish IBAN with spelled bank letters read back wrong by the agent and corrected,
an Eircode over two turns, an Irish mobile the caller hunts for, a Canadian transit, institution
and account number (the account corrected mid-group), a Mastercard in fours, a husband's number
found mid-call, a cell number corrected mid-group. Dates of birth: a patient's in words read
back in digits, his wife's (the plan subscriber) in words read back in digits, two children's
(one year first), read back in the other form. Street addresses: a house number in words
("seventy-four oh two") with the city in a second turn and a ZIP+4 with "dash", a German street
with the number after it and a floor, an Irish address with an Eircode, a Canadian address with
a unit and a postal code read back, a house number written in digits. Also an SSN last four, a
card expiry "September twenty-eight" and "oh four, twenty-nine", security codes, e-mails with
dots and digits, names from many cultures (Basque, Zulu, Polish, Persian, Yoruba, German,
Portuguese, Irish, Igbo, Tamil, Japanese, Russian, Vietnamese, African-American), five spelled
letter by letter, and third parties, most said again later (a technician, a wife, a doctor, a
partner, a trainer, a fiance, a brother, a head baker, a husband, a sensei, children).
Must-survive numbers, 7-8 per call: invoice, confirmation, booking, order, work-order and ticket
numbers, a hot tub model, amounts, times, dates, durations, quantities, percentages and the
lab's and the wildlife firm's own lines as `<phone_business:...>`, several right after a card, a
security code, a routing or account number or an IBAN. Lines with no personal data hold ordinary
words that sound like names or numbers ("I'm sorry about that", "Will do", "a grace period",
"one of those weeks", "a ten-minute wait", "Sure, go ahead").

Each call has 4-5 action items owned by the agent, the customer or a third person named in the
call, in varied shapes (a technician who "can come out Thursday the tenth", a wife who "will
leave the side gate unlocked Thursday morning", a request "please sign it and send it back by
Wednesday" answered "Will do", a doctor's office ("they'll fax it by Friday") and a wife who
"will call her HR on Monday", both reported by the customer, a partner who "just needs to sign
the waiver before the first class on the ninth", a brother ("He'll be there on the nineteenth by
two"), a husband the customer will "have clear the boxes from the attic hatch Monday night"),
due "tonight", "today", "tomorrow", "tomorrow morning", "in the morning", "on Monday", "Monday
night", "Tuesday", "Tuesday evening", "on Wednesday", "by Wednesday", "Thursday morning", "on
Thursday", "Thursday the tenth", "by Friday", "on the nineteenth by two", "by the thirty-first",
"before the first class on the ninth" (of January), three with no day. Look-alikes that are not
action items: hypotheticals ("If the breaker trips, reset it once", "If she still pulls after
week three, he'd suggest a harness", "If you hear babies, call us back", "If Meera's not
enjoying it after two classes, we'd refund the rest"), policies ("He always texts about thirty
minutes out", "The van usually gets there around two", "most puppies settle"), declined offers
(a cover lifter, sugar flowers, a sparring gear package), a wish ("I wish we'd just eloped"), an
abandoned plan ("I was going to stuff a towel in it tonight") and an instruction not to act
("Please don't" block the hole). Every customer line is labelled, about a third clearly positive
or negative: plain ("I'm gutted, to be honest"), sarcastic ("Tuesday? Great, two more nights of
the raccoon disco", "Nobody at the front desk asked for the new card, which, great"), "Ouch",
"Ugh, fine", mixed ("Not cheap, but if I can sleep again, worth every penny"), relief ("Oh,
thank goodness", "Ah, thank God for that") and thanks.

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written (a number read over several turns is one item per
turn, each part marked where it is said, the other party's echo of a group included);
`<kind:words>` a number that must survive redaction; a trailing `{pos}`, `{neu}` or `{neg}`
labels a customer utterance's sentiment (every customer line is labelled). Every call happens on
Sunday 6 December 2026; due dates are resolved against that day.
"""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="19d01-hot-tub-service",
        trade="hot tub and spa service",
        company="Desert Bloom Spa Service",
        agent="Marisol Etxeberria",
        customer="Bongani Mthembu",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+klatt:135:45",
        noise_db=17.0,
        reason="The customer's hot tub shows an FLO error and has gone cold; he wants a repair visit and to move his quarterly maintenance plan to autopay from checking.",
        outcome="A technician is booked for Thursday the tenth between eight and noon (eighty-nine dollar call-out, waived for a warranty part); the plan moves to autopay from checking with five percent off, starting January first once he returns the signed authorization.",
        actions=[
            Action(
                "come out and check the hot tub heater",
                "Wojtek Zielinski",
                "2026-12-10",
                "Thursday the tenth",
                ("heater", "come out", "check"),
            ),
            Action(
                "leave the side gate unlocked for the technician",
                "Lindiwe Mthembu",
                "2026-12-10",
                "Thursday morning",
                ("gate", "unlock"),
            ),
            Action(
                "e-mail the autopay authorization form",
                "Marisol Etxeberria",
                "2026-12-06",
                "tonight",
                ("authorization", "e-mail", "email"),
            ),
            Action(
                "sign the autopay authorization and send it back",
                "Bongani Mthembu",
                "2026-12-09",
                "by Wednesday",
                ("sign", "send it back"),
            ),
            Action(
                "add a note for the technician to check the ozonator",
                "Marisol Etxeberria",
                None,
                None,
                ("ozonator", "note"),
            ),
        ],
        script="""
A: Desert Bloom Spa Service, this is [person_name:Marisol]. How can I help?
C: Hi. Our hot tub's flashing an F L O code, and the water's stone cold. {neg}
A: Oh no, I'm sorry about that. What's the name on the account?
C: [person_name:Bongani Mthembu]. That's [person_name:M T H E M B U]. {neu}
A: Thank you, Mr. [person_name:Mthembu]. And the service address?
C: [address:Seventy-four oh two East Saguaro Vista Drive]... {neu}
A: Mm-hmm.
C: [address:Scottsdale], [zip:eight five two six six, dash, four one oh nine]. {neu}
A: Got it, the <model:J three thirty-five>. F L O usually means a clogged filter. If the breaker trips, reset it once, then leave it.
C: Can someone come out this week? Family flies in on the nineteenth, so the timing's awful. {neg}
A: [person_name:Wojtek Zielinski] can come out <date:Thursday the tenth>, between <time:eight and noon>, and check the heater.
C: Thursday works. My wife, [person_name:Lindiwe], will leave the side gate unlocked Thursday morning. {neu}
A: The call-out is <amount:eighty-nine dollars>, waived for a warranty part. You also wanted autopay from checking?
C: Yes, the card kept bouncing, which drove me nuts. Routing is [routing_number:one two two, one oh five]... {neg}
A: Okay, go on.
C: [routing_number:seven seven eight]. {neu}
A: [routing_number:One two two, one oh five, seven seven eight]. And the account?
C: [bank_account:Four oh oh one]... {neu}
A: Mm-hmm.
C: [bank_account:double six three nine]... {neu}
A: Got it, next?
C: [bank_account:two seven]. That's the lot. {neu}
A: So [bank_account:four oh oh one, six six three nine, two seven]. The <amount:one hundred twenty-nine dollar> quarterly payment starts <date:January first>, with <percent:five percent> off for autopay.
C: Oh, nice, I didn't know about the discount. {pos}
A: I'll e-mail you the authorization tonight. Please sign it and send it back by Wednesday, or it won't start till April.
C: Will do. It's [email:bongani dot m seventy-four at gmail dot com]. {neu}
A: Work order <work_order:five five eight one three>. I'll add a note for [person_name:Wojtek] to check the ozonator. Want a quote on a cover lifter?
C: No thanks. Can he text first? My cell is [phone:four eight oh]... {neu}
A: [phone:Four eight oh]...
C: [phone:six one nine, oh one four two], sorry, no, [phone:oh one two four]. {neu}
A: [phone:Four eight oh, six one nine, oh one two four]. He always texts about thirty minutes out.
C: Thanks, [person_name:Marisol], that's a weight off. {pos}
""",
    ),
    CallScript(
        id="19d02-lab-billing",
        trade="clinical laboratory patient billing",
        company="Bluestem Diagnostic Labs",
        agent="Dwayne Fairweather",
        customer="Reza Farahani",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+klatt:138:38",
        noise_db=18.0,
        reason="The patient was billed for bloodwork because the lab still had his old insurance; he wants it billed to his wife's new plan.",
        outcome="The new member id and subscriber details are taken, the claim is resubmitted to the new plan and the balance held for forty-five days; he pays a separate thirty-eight dollar charge by Visa, and the doctor's order and his dependent status are to follow.",
        actions=[
            Action(
                "resubmit the bloodwork claim to the new plan",
                "Dwayne Fairweather",
                "2026-12-06",
                "today",
                ("resubmit", "claim"),
            ),
            Action(
                "put the balance on hold for forty-five days",
                "Dwayne Fairweather",
                None,
                None,
                ("hold",),
            ),
            Action(
                "call Dr. Adebayo's office about faxing the order",
                "Reza Farahani",
                "2026-12-07",
                "tomorrow",
                ("call", "office"),
            ),
            Action(
                "fax the doctor's order to the lab",
                "Folake Adebayo",
                "2026-12-11",
                "by Friday",
                ("fax",),
            ),
            Action(
                "call her HR to make sure he is listed as a dependent",
                "Shirin Farahani",
                "2026-12-07",
                "on Monday",
                ("HR", "dependent"),
            ),
        ],
        script="""
A: Bluestem Diagnostic Labs, patient billing, this is [person_name:Dwayne].
C: Hi. I got a bill for bloodwork insurance should've covered. Frankly, four hundred dollars for a blood draw is a shock. {neg}
A: Let's see. What's the invoice number?
C: <invoice:I N V two oh six six four nine one>. {neu}
A: Patient's name and date of birth?
C: [person_name:Reza Farahani], born [date_of_birth:the fourteenth of July, nineteen seventy-nine]. {neu}
A: So [date_of_birth:seven fourteen, seventy-nine]. It's <amount:four hundred twelve dollars and sixty cents>, denied because the member ID didn't match.
C: That's the old plan. Nobody at the front desk asked for the new card, which, great. {neg}
A: That explains it. Do you have the new card?
C: Hold on... okay. Member ID [member_id:X W H]... {neu}
A: [member_id:X W H], okay.
C: [member_id:nine one seven]... {neu}
A: Go on.
C: [member_id:four four oh two, zero one]. {neu}
A: [member_id:X W H nine one seven, four four oh two, zero one]. And your wife's the subscriber?
C: Yes, [person_name:Shirin], same last name, [person_name:S H I R I N]. Born [date_of_birth:March second, nineteen eighty-one]. {neu}
A: [date_of_birth:Oh three, oh two, eighty-one]. And the last four of her social?
C: [ssn:Six oh five eight]. {neu}
A: Thanks. I'll resubmit the claim to the new plan today and hold the balance for <duration:forty-five days>, so nothing goes to collections.
C: Oh, thank goodness. So it's like a grace period? {pos}
A: Sort of. There's a separate <amount:thirty-eight dollars>, though, a vitamin D test from <date:September ninth> your old plan never covered.
C: Ugh, fine, I'll pay that one now. It's a Visa. [card_number:Four one four seven]... {neg}
A: Mm-hmm.
C: [card_number:two oh nine one]... {neu}
A: Mm-hmm.
C: [card_number:eight eight three six, five oh two two]. Expires [card_expiry:September twenty-eight], and the code is [card_security_code:seven three nine]. {neu}
A: Approved, confirmation <confirmation:C F seven one one four eight>. The new plan will want the doctor's order, too. Could you have the office fax it to us?
C: Sure. I'll call Dr. [person_name:Folake Adebayo]'s office tomorrow; they'll fax it by Friday. {neu}
A: Our fax is <phone_business:six one four, five five two, oh one nine eight>. If the plan still denies it, you'd get a letter, not a bill.
C: And [person_name:Shirin] will call her HR on Monday to make sure I'm listed as a dependent. {neu}
A: That'd help. Receipt to the e-mail on file?
C: A different one, [email:r dot farahani seventy-nine at outlook dot com]. Honestly, more help than I expected from billing. Thanks, [person_name:Dwayne]. {pos}
""",
    ),
    CallScript(
        id="19d03-dog-training",
        trade="dog training school",
        company="Hundeschule Isarwinkel",
        agent="Katharina Vogelsang",
        customer="Tomasz Wisniewski",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+klatt:140:42",
        noise_db=16.0,
        reason="The owner can no longer make the Tuesday evening puppy course because of a new shift and wants to move to a Saturday group.",
        outcome="His booking moves to the Saturday morning group from the ninth of January, thirty euros are refunded to his German IBAN within five working days, and his new address and mobile are on file; the vaccination record, his partner's waiver and the trainer's welcome pack are to follow.",
        actions=[
            Action(
                "e-mail a scan of the puppy's vaccination record",
                "Tomasz Wisniewski",
                "2026-12-11",
                "by Friday",
                ("vaccination", "scan", "record"),
            ),
            Action(
                "sign the waiver",
                "Ines Carvalho",
                "2027-01-09",
                "before the first class on the ninth",
                ("waiver", "sign"),
            ),
            Action(
                "send the welcome pack",
                "Jorg Brandstetter",
                "2026-12-07",
                "on Monday",
                ("welcome pack",),
            ),
            Action(
                "send the new booking confirmation by e-mail",
                "Katharina Vogelsang",
                "2026-12-06",
                "tonight",
                ("confirmation",),
            ),
        ],
        script="""
A: Hundeschule Isarwinkel, [person_name:Katharina] speaking.
C: Hi, is English okay? {neu}
A: Of course. How can I help?
C: My puppy's on your Tuesday evening course, but I'm on nights now, so Tuesdays are out. I'm gutted, to be honest. {neg}
A: Ah, shame. Your name?
C: [person_name:Tomasz Wisniewski]. [person_name:W I S N I E W S K I]. {neu}
A: Thanks, [person_name:Tomasz]. Booking <booking:H S four four eight two>, <amount:one hundred ninety euros>. There's a Saturday group at <time:nine thirty> from <date:the ninth of January>, <quantity:eight sessions>, thirty euros cheaper.
C: Oh, brilliant, Saturday's perfect. {pos}
A: Then we refund the difference. Your IBAN?
C: Sure, hang on, it's in the app. [iban:D E four seven]... {neu}
A: Okay.
C: [iban:seven zero zero two, zero zero one four]... {neu}
A: Go on.
C: [iban:nine eight six one, three three five five, oh four]. {neu}
A: Sorry, it broke up. The last two groups again?
C: [iban:Nine eight six one, three three five five, oh four]. {neu}
A: [iban:D E four seven, seven zero zero two, zero zero one four, nine eight six one, three three five five, oh four]. <amount:Thirty euros> back within <duration:five working days>.
C: Perfect, that's quick. {pos}
A: New address since you booked?
C: Yes, we moved. It's [address:Schleissheimer Strasse one twelve, third floor], [zip:eight oh seven nine seven]. {neu}
A: And a mobile, for weather cancellations?
C: It's [phone:oh one seven six]... um, it's new, I never remember it... {neu}
A: Take your time.
C: [phone:two two nine, four eight, five one oh three]. {neu}
A: [phone:Oh one seven six, two two nine four eight, five one oh three]. We need Pretzel's vaccination record before the first class. Could you e-mail a scan by Friday?
C: Sure, by Friday. My partner, [person_name:Ines Carvalho], wants to come too. Okay? {neu}
A: That's fine. [person_name:Ines] just needs to sign the waiver before the first class on the ninth. Your trainer, [person_name:Jorg Brandstetter], will send you the welcome pack on Monday.
C: She'll sign. Will he help with pulling? She's a nightmare on the lead. {neg}
A: He will. If she still pulls after week three, he'd suggest a harness; most puppies settle.
C: Ha, we'll see. {neu}
A: I'll send the new booking confirmation to your e-mail tonight.
C: Thank you, [person_name:Katharina], you've sorted me out. {pos}
""",
    ),
    CallScript(
        id="19d04-wedding-cake",
        trade="wedding cake bakery",
        company="Lee Valley Cake Studio",
        agent="Aoife Breen",
        customer="Chidinma Okafor",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+f3:138:55",
        noise_db=19.0,
        reason="The bride's wedding venue flooded; the reception moves to a marquee at her parents' house with fewer guests, so the cake must be delivered there and made smaller.",
        outcome="The cake drops from three tiers to two (four hundred and fifty euro), the one hundred and seventy euro difference goes back to the couple's Irish IBAN within three working days, and the cake goes to her parents' address with her brother as the contact on the day.",
        actions=[
            Action(
                "be at the house to take the cake in",
                "Emeka Okafor",
                "2026-12-19",
                "on the nineteenth by two",
                ("take", "cake", "there"),
            ),
            Action(
                "drop the cake topper in to the studio",
                "Cathal Dunphy",
                "2026-12-09",
                "on Wednesday",
                ("topper",),
            ),
            Action(
                "e-mail the revised invoice",
                "Aoife Breen",
                "2026-12-07",
                "in the morning",
                ("invoice",),
            ),
            Action(
                "ring the bride about the top tier flavour",
                "Fionnuala Hegarty",
                "2026-12-08",
                "Tuesday",
                ("ring", "call", "flavour"),
            ),
        ],
        script="""
A: Lee Valley Cake Studio, [person_name:Aoife] speaking, sorry about the ten-minute wait.
C: No bother, sure I'm used to waiting this week. It's [person_name:Chidinma Okafor], wedding cake for the nineteenth. {neg}
A: Hi, [person_name:Chidinma]! Order <order:W C two two seven>, the <quantity:three tiers>, lemon and elderflower.
C: That's us. Bad news, the hotel flooded and cancelled. We're doing a marquee in my parents' garden now. I've barely slept. {neg}
A: Oh no, I'm so sorry. We can deliver there, no problem. The address?
C: It's [address:fourteen Maryborough Hill, Douglas, Cork]. The Eircode is [zip:T one two]... {neu}
A: Yep.
C: [zip:K seven F nine]. {neu}
A: [zip:T one two, K seven F nine]. And fewer guests now?
C: <quantity:About ninety>, so two tiers is plenty. {neu}
A: Two tiers is <amount:four hundred and fifty euro>, so you're due the difference back. Have you your IBAN?
C: Hang on, my fiance, [person_name:Cathal Dunphy], sent a screenshot... [iban:I E two nine]... {neu}
A: Yep.
C: [iban:A I B K, nine three one one]... {neu}
A: Grand, go on.
C: [iban:five three oh four, four one eight seven, two six]. {neu}
A: Reading it back: [iban:I E two nine, A I B K, nine three one one, five three oh two, four one eight seven, two six].
C: No, sorry, the fourth group is [iban:five three oh four]. {neu}
A: [iban:Five three oh four], got it. <amount:One hundred and seventy euro> back within <duration:three working days>.
C: Ah, thank God for that. {pos}
A: And a number for the driver on the day?
C: My brother [person_name:Emeka]'s, he's setting up. Hold on till I find it... [phone:oh eight five]... {neu}
A: Mm-hmm.
C: [phone:seven one four, double two six one]. {neu}
A: [phone:Oh eight five, seven one four, two two six one]. The van usually gets there around <time:two o'clock>, so [person_name:Emeka] would need to be in to take it.
C: He'll be there on the nineteenth by two. And [person_name:Cathal] said he'll drop the topper in on Wednesday. {neu}
A: I'll e-mail the revised invoice in the morning, and our head baker, [person_name:Fionnuala Hegarty], will ring you Tuesday about the top tier flavour. Add sugar flowers while we're at it?
C: No, we're grand, thanks. Honestly, I wish we'd just eloped. {neg}
A: It'll be gorgeous. If it rains on the day, we'll bring it in through the kitchen.
C: Ha. Thanks, [person_name:Aoife], you've been great. {pos}
""",
    ),
    CallScript(
        id="19d05-karate-enrolment",
        trade="martial arts school enrolment",
        company="Credit River Karate Academy",
        agent="Hiroshi Tanabe",
        customer="Priyanka Raghunathan",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+f3:140:50",
        noise_db=17.5,
        reason="A mother wants to enrol her two children in the winter karate session and pay by pre-authorized debit.",
        outcome="Arjun joins the juniors on Tuesdays at five and Meera the Little Dragons on Saturdays at eleven fifteen, twelve weeks at two hundred forty dollars each with ten percent off the second; the first debit of four hundred fifty-six dollars comes out on January fourth from her account.",
        actions=[
            Action(
                "e-mail the waiver forms",
                "Hiroshi Tanabe",
                "2026-12-06",
                "tonight",
                ("waiver",),
            ),
            Action(
                "return the waivers signed",
                "Priyanka Raghunathan",
                "2026-12-31",
                "by the thirty-first",
                ("sign", "waiver", "return"),
            ),
            Action(
                "drop off Meera's asthma plan",
                "Vikram Raghunathan",
                "2026-12-10",
                "on Thursday",
                ("asthma",),
            ),
            Action(
                "size both children for uniforms",
                "Dmitri Volkov",
                None,
                None,
                ("uniform", "size"),
            ),
        ],
        script="""
A: Credit River Karate, [person_name:Hiroshi] speaking.
C: Hi! I'd like to sign my two kids up for the winter session. A friend said you're wonderful with beginners. {pos}
A: We love beginners. Can I start with your name?
C: [person_name:Priyanka Raghunathan], that's [person_name:R A G H U N A T H A N]. {neu}
A: Got it. And the kids' names and dates of birth, for the age groups?
C: [person_name:Arjun], [date_of_birth:May second, twenty seventeen], and [person_name:Meera], she's [date_of_birth:twenty nineteen, August the thirtieth]. {neu}
A: So [person_name:Arjun], [date_of_birth:oh five, oh two, twenty seventeen], and [person_name:Meera], [date_of_birth:the thirtieth of August, twenty nineteen]. [person_name:Arjun]'s in juniors, <time:Tuesdays at five>, and [person_name:Meera]'s in Little Dragons, Saturdays at ten or <time:eleven fifteen>.
C: Eleven fifteen, please. We have swimming at ten, Saturdays are chaos. {neu}
A: Done. It's <duration:twelve weeks>, <amount:two hundred forty dollars> each, with <percent:ten percent> off the second child.
C: Oh, that's a nice touch. {pos}
A: We take pre-authorized debit. Do you have your banking app handy?
C: Yes, one sec. The transit number is [routing_number:four seven two one six]. {neu}
A: [routing_number:Four seven two one six], okay. And the institution?
C: [routing_number:Zero zero three]. {neu}
A: Three digits, got it. And the account?
C: [bank_account:Five zero eight]... {neu}
A: Mm-hmm.
C: [bank_account:one nine nine, four]. Wait, no, [bank_account:one nine nine, two]. {neu}
A: So [bank_account:five zero eight, one nine nine two]?
C: That's right. {neu}
A: The first debit is <amount:four hundred fifty-six dollars> on <date:January fourth>.
C: Ouch. Right before my credit card bill, too. {neg}
A: I know, January's rough. And your home address?
C: [address:Two thousand one hundred and eight Erin Mills Parkway, unit fourteen, Mississauga], [zip:L five M, four Z nine]. {neu}
A: [zip:L five M, four Z nine]. I'll e-mail you the waivers tonight. Please return them signed by the thirty-first.
C: Will do. And my husband, [person_name:Vikram], will drop off [person_name:Meera]'s asthma plan on Thursday. {neu}
A: Perfect. Sensei [person_name:Dmitri Volkov] will size them both for uniforms at the first class. We also have a sparring gear package for <amount:eighty-five dollars>.
C: Maybe later. Honestly, with all the extras it adds up fast. {neg}
A: Fair enough. If [person_name:Meera]'s not enjoying it after two classes, we'd refund the rest, no questions.
C: That's reassuring, honestly. Thanks so much, [person_name:Hiroshi]. {pos}
""",
    ),
    CallScript(
        id="19d06-wildlife-removal",
        trade="wildlife removal (raccoons in an attic)",
        company="Old Dominion Wildlife Control",
        agent="Colby Harrell",
        customer="Ngoc Tran",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+f3:135:58",
        noise_db=15.5,
        reason="The customer hears raccoons in her attic every night and wants someone to come out.",
        outcome="An inspection (one hundred twenty-five dollars, held on her Mastercard) is booked for Tuesday the eighth between one and three; her husband will be home, the technician will call him first, and a quote for the exclusion work follows by e-mail.",
        actions=[
            Action(
                "clear the boxes away from the attic hatch",
                "Duc Tran",
                "2026-12-07",
                "Monday night",
                ("boxes", "hatch", "clear"),
            ),
            Action(
                "call Duc before arriving for the inspection",
                "Rashad Whitfield",
                "2026-12-08",
                "Tuesday",
                ("call",),
            ),
            Action(
                "text a photo of the entry hole",
                "Ngoc Tran",
                "2026-12-07",
                "tomorrow morning",
                ("photo", "text"),
            ),
            Action(
                "e-mail the exclusion quote",
                "Colby Harrell",
                "2026-12-08",
                "Tuesday evening",
                ("quote",),
            ),
        ],
        script="""
A: Old Dominion Wildlife Control, this is [person_name:Colby].
C: Hi. I think I have raccoons in the attic. Scratching every night around <time:two a.m.>, I haven't slept in a week. One of those weeks. {neg}
A: Sounds like raccoons, this time of year. Let's get someone out. Your name?
C: [person_name:Ngoc Tran]. The first name is [person_name:N G O C]. {neu}
A: Thanks, Ms. [person_name:Tran]. And the address?
C: [address:1217 Laburnum Avenue, Richmond], [zip:two three two two seven]. {neu}
A: The inspection is <amount:one hundred twenty-five dollars>, credited toward the work if you go ahead. We need a card to hold the slot.
C: Okay, it's a Mastercard. [card_number:Five five two four]... {neu}
A: Mm-hmm.
C: [card_number:oh eight one three]... {neu}
A: Mm-hmm.
C: [card_number:seven seven six oh, two nine four one]. It expires [card_expiry:oh four, twenty-nine]. {neu}
A: And the three-digit code?
C: [card_security_code:Eight two oh]. {neu}
A: Thanks. The earliest is <date:Tuesday the eighth>, between <time:one and three>.
C: Tuesday? Great, two more nights of the raccoon disco. {neg}
A: I'm sorry. If you hear babies, call us back and we'll move you up.
C: Of course it's a workday. My husband, [person_name:Duc], will be home. I'll have him clear the boxes from the attic hatch Monday night. {neg}
A: Can I get his number, so the tech can call ahead?
C: Hold on, I don't know it by heart... okay, [phone:seven five seven]... {neu}
A: Sure, go ahead.
C: [phone:six one three, oh three seven one]. {neu}
A: [phone:Seven five seven, six one three, oh three seven one]. Your tech is [person_name:Rashad Whitfield]; he'll call [person_name:Duc] Tuesday, about twenty minutes before. Ticket <ticket:R V nine one six two>.
C: Should I block the hole in the meantime? {neu}
A: Please don't, if they're trapped inside it gets much worse. Could you text us a photo of the hole by tomorrow, so [person_name:Rashad] brings the right size door? Our number's <phone_business:eight oh four, two two one, seven seven four oh>.
C: Yikes, I was going to stuff a towel in it tonight. Glad I asked. I'll text it tomorrow morning. {pos}
A: And I'll e-mail you the exclusion quote Tuesday evening. What's your e-mail?
C: [email:ngoc dot tran eighty-two at yahoo dot com]. {neu}
A: The exclusion usually runs <amount:four fifty to six hundred>, with a <duration:one-year> warranty.
C: Not cheap, but if I can sleep again, worth every penny. Thanks, [person_name:Colby]. {pos}
""",
    ),
]

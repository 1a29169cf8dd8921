"""The NINTH-DEV half: six scripted two-party phone calls, a ninth set in trades none of the
earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that read
no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond the
first eighth-dev call, as a format example); see README.md. Frozen as of the commit that adds
it: do not edit the calls or the labels to suit a result. Tune on these if you must; the test
half (ninth_test_calls.py) is held out: do not read it and do not tune on it.

Trades: tailoring and alterations, piano tuning and repair, senior home-care agency, print and
signage shop, mobile car detailing, private tutoring agency. The set's weight is on phone
numbers, IBANs and street addresses. Phones: in 3-3-4 groups, digit by digit, with "oh" and
"double"/"triple", corrected mid-way ("oh eight six three, sorry, oh eight six eight"), read
back whole or in part by the agent, introduced as "best number to reach me", "my cell is",
"you can get me on", a UK "oh seven seven ..." mobile, an office line with an extension, one
split over two utterances with "go on" between, and a son's number. IBANs in groups of four
with spelled letters (Spanish, German with a corrected group, Irish read back in part, British).
Addresses: house numbers in digits and in words, "twelve fifty" style, apartment, unit and
suite numbers, ZIP codes digit by digit and in pairs, one address given in two utterances and
read back, deliveries to someone else, a billing address abroad. Also cards with expiry and
security code, a full SSN and a last four, dates of birth in words, routing and account
numbers, emails with digits, spelled names, people named in passing. 6-10 numbers per call
must survive redaction (alteration tickets, work orders, client files, job numbers, booking
numbers, enrolment and invoice numbers, receipts, mandates, amounts, times, dates,
quantities), several ten digits long and read 3-3-4 like a phone, right after a phone or an
address, read back or in part. PII-free lines hold unmarked ordinary numbers (prices, counts,
floors, model years, a studio number); cue-like words are not cues ("call the shots", "a
number of things", "cell block", "the keynote address", "street food", "phone case",
"security deposit"); names used as ordinary words ("rose", "will", "frank", "bill", "grant",
"sandy", "art", "mark", "may", "june") are not PII, while people named in passing are.

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
        id="9d01-tailoring-alterations",
        trade="tailoring and alterations",
        company="Fairweather Tailoring",
        agent="Marisol Ortega",
        customer="Graham Pettigrew",
        agent_voice="hibari:91",
        customer_voice="espeak:en-us+klatt:137:42",
        noise_db=17.0,
        reason="The customer's altered trousers came back too long before his son's wedding; he wants the suit delivered to his son and one of two deposits refunded.",
        outcome="Trousers to be shortened free with a last fitting Tuesday at ten thirty; suit and morning coat delivered to the son Thursday; balance paid by card; duplicate deposit refunded to his Spanish account Monday.",
        actions=[
            Action(
                "take the trousers up another inch",
                "Marisol Ortega",
                None,
                None,
                ("trouser", "inch", "take them up", "shorten"),
            ),
            Action(
                "send the duplicate deposit back to the customer's Spanish account",
                "Marisol Ortega",
                "2026-12-07",
                "Monday",
                ("refund", "deposit"),
            ),
            Action(
                "come in for a last fitting",
                "Graham Pettigrew",
                "2026-12-08",
                "Tuesday",
                ("fitting",),
            ),
            Action(
                "press and deliver the suit and morning coat to the son",
                "Marisol Ortega",
                "2026-12-10",
                "on Thursday",
                ("deliver", "press", "suit"),
            ),
        ],
        script="""
A: Fairweather Tailoring, [person_name:Marisol] speaking.
C: Hi, um, I dropped a suit in on Tuesday for alterations. {neu}
A: Lovely. Your name?
C: [person_name:Graham Pettigrew. P E double T I G R E W]. {neu}
A: Thanks. Best number to reach you?
C: Best number to reach me is [phone:three one two, five five eight, six oh four seven]. {neu}
A: So that's [phone:three one two, five five eight, six oh four seven]?
C: That's the one. {neu}
A: Your alteration ticket is <ticket:four seven two, nine one nine, oh six five five>.
C: Got it. Well, the trousers came back an inch too long. {neu}
A: Oh no. Who did the fitting?
C: Nice lad, but clearly he had a number of things on his mind. {neg}
A: I'm so sorry. We'll take them up another inch, no charge.
C: I'd hope so. And there's a chalk mark on the hem. {neg}
A: The sleeves are done, though, that was <amount:forty-five dollars>.
C: Okay. It's my son's wedding next Saturday, you see. {neu}
A: Congratulations! What do you need?
C: He's letting me call the shots, God help him. Can you deliver to his flat? {pos}
A: Of course. The address there?
C: [address:Eighteen Larkspur Terrace, apartment four C]. Ask for [person_name:Ewan]. {neu}
A: We'll send his morning coat too, that's order <order:two six one four>.
C: Smart. Saves him a trip. {pos}
A: Delivery is <amount:twenty dollars>, so the balance is <amount:one eighty-five>.
C: Card's fine. {neu}
A: Go ahead.
C: [card_number:Five four one two, seven seven three oh, oh nine two one, four four six eight]. {neu}
A: And the expiry?
C: [card_expiry:Oh eight, twenty-nine]. {neu}
A: The three digits on the back?
C: [card_security_code:Three six one]. {neu}
A: Thanks. Receipt number <reference:eight eight oh, two nine one>.
C: Oh, and I paid the deposit twice, by transfer. {neu}
A: I see two payments of <amount:sixty dollars>. Sorry.
C: Can one go back to my Spanish account? {neu}
A: Sure. The IBAN?
C: [iban:E S nine one, two one oh oh, oh four one eight, four five oh two, double oh five one, three three two two]. {neu}
A: Got it. The refund goes out Monday, reference <reference:seven three one five>.
C: Oh, that's a relief. {pos}
A: Can you come in Tuesday at <time:ten thirty> for a last fitting?
C: Tuesday, ten thirty. Will do. {neu}
A: We're in studio two now, upstairs.
C: Got it. {neu}
A: Then it's all pressed and delivered to your son on Thursday.
C: Much better than the last place, I'll say that. {pos}
A: That's kind. Anything else?
C: No, that's it. Thanks so much. {pos}
""",
    ),
    CallScript(
        id="9d02-piano-tuning",
        trade="piano tuning and repair",
        company="Keystone Piano Service",
        agent="Tobias Lindqvist",
        customer="Ingrid Vollmer",
        agent_voice="festival:kal_diphone",
        customer_voice="hibari:92:-200",
        noise_db=16.0,
        reason="The customer's upright piano has two sticking keys and needs tuning after a move; a deposit from a missed October visit was never refunded.",
        outcome="Tuning and key repair booked with Mr Halvorsen for Wednesday the ninth at nine; the customer clears the piano top first; the fifty dollar deposit goes back to her German account Monday.",
        actions=[
            Action(
                "tune the piano and fix the sticking keys",
                "Halvorsen",
                "2026-12-09",
                "Wednesday the ninth",
                ("tune", "tuning", "key", "repair"),
            ),
            Action(
                "clear the top of the piano",
                "Ingrid Vollmer",
                "2026-12-09",
                "before Wednesday",
                ("clear", "top of the piano"),
            ),
            Action(
                "send the deposit back to the customer's German account",
                "Tobias Lindqvist",
                "2026-12-07",
                "on Monday",
                ("deposit", "refund", "transfer"),
            ),
            Action(
                "call the customer the evening before the visit",
                "Halvorsen",
                "2026-12-08",
                "the evening before",
                ("call", "evening"),
            ),
        ],
        script="""
A: Keystone Piano Service, this is [person_name:Tobias].
C: Hi, um, I need a tuner. And a repair, I think. {neu}
A: Sure. What's going on with it?
C: We moved house in June, and now two keys stick. {neu}
A: Common after a move. What piano is it?
C: A nineteen sixty-two Baldwin upright. My grandmother's. {neu}
A: Lovely. Your name?
C: [person_name:Ingrid Vollmer. V O double L M E R]. {neu}
A: Thanks. And a phone number?
C: [phone:Two oh six, double four one, oh eight six three, sorry, oh eight six eight]. {neu}
A: [phone:Oh eight six eight] at the end, got it.
C: Yes, sorry. New number. {neu}
A: No problem. And the address?
C: It's [address:twelve fifty Cedar Hollow Road]. {neu}
A: House or apartment?
C: Uh, a condo. [address:Unit nine, Bellbrook], [zip:four five three oh five]. {neu}
A: So [address:twelve fifty Cedar Hollow Road, unit nine, Bellbrook]?
C: That's right. Second floor, no lift. {neu}
A: No problem. Your work order is <order:eight one seven, two two three, five nine four six>.
C: <order:Eight one seven, two two three>, and then? {neu}
A: <order:Five nine four six>.
C: Got it. {neu}
A: A tuning is <amount:one sixty-five>, and the keys about <amount:ninety> on top.
C: Ouch. Well, it's not like I can play it as it is. {neg}
A: Ha, fair. Our technician, [person_name:Mr Halvorsen], is free <date:Wednesday the ninth>.
C: In the morning? {neu}
A: By <time:nine a.m.> It takes about two hours.
C: Great, that works. {pos}
A: What you'll need to do is clear the top of the piano before Wednesday.
C: Ha, there's a rose in a vase up there, so, yes. {neu}
A: Perfect. Anything else?
C: Actually, yes. I paid a <amount:fifty dollar> deposit in October, and the tuner never showed. {neu}
A: I'm sorry. I see it, deposit receipt three three oh eight, no, <reference:three three oh nine>.
C: I'd like that back, please. I've been very patient. {neg}
A: Of course. Is the card still good?
C: No, I closed that card. Can you send it to my German account? {neu}
A: Yes. The IBAN?
C: [iban:D E four seven, five oh oh one, oh five one seven, five four oh seven, no sorry, five four oh nine, three two four nine, three one]. {neu}
A: Thanks. I'll put that through on Monday.
C: Well, better late than never. {neg}
A: I understand. And the technician will call you the evening before.
C: Okay. To be frank, I nearly gave up on you. {neg}
A: We'll make it right, I promise.
C: Alright. Thank you, that's everything. {pos}
""",
    ),
    CallScript(
        id="9d03-senior-home-care",
        trade="senior home-care agency",
        company="Evergreen Home Care",
        agent="Renata Sousa",
        customer="Colleen Brannigan",
        agent_voice="espeak:en-us+f3:138:58",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=18.0,
        reason="The customer wants morning home care for her mother after a fall, and help checking Medicaid cover.",
        outcome="Client file opened with the mother's details; a nurse assessment booked for Thursday the tenth at eleven fifteen with the son present; private hours paid by direct debit from the customer's account.",
        actions=[
            Action(
                "send the mother's hospital care notes",
                "Colleen Brannigan",
                "2026-12-09",
                "by Wednesday",
                ("care notes", "notes", "hospital"),
            ),
            Action(
                "ring the son to set up the assessment visit",
                "Renata Sousa",
                "2026-12-07",
                "on Monday",
                ("ring", "call", "son"),
            ),
            Action(
                "book the nurse assessment",
                "Renata Sousa",
                "2026-12-10",
                "Thursday the tenth",
                ("assessment",),
            ),
        ],
        script="""
A: Evergreen Home Care, [person_name:Renata] speaking, how can I help?
C: Hi, it's about care for my mother. She's eighty-seven. {neu}
A: Of course. Your name?
C: [person_name:Colleen Brannigan]. {neu}
A: And your mother's name?
C: [person_name:Agnes Whitlock]. She remarried. {neu}
A: Got it. What's happened?
C: She had a fall in October and broke her wrist. {neu}
A: I'm sorry. What help does she need?
C: Mornings, really. Getting up, breakfast, her pills. {neu}
A: We usually start with <quantity:twenty hours> a week, at <amount:thirty-two dollars> an hour.
C: Hmm, that adds up fast. {neg}
A: Medicaid, or a county care grant, may cover some.
C: The last agency never even mentioned that. {neg}
A: Let's check. Her date of birth?
C: [date_of_birth:The fourteenth of February, nineteen thirty-nine]. {neu}
A: And her social security number?
C: Hang on, it's on her card. [ssn:Five three one, two oh, seven seven four eight]. {neu}
A: Thanks. Client file <case:six two nine, oh eight four, three one one five>.
C: Sorry, could you repeat that? {neu}
A: <case:Six two nine, oh eight four, three one one five>.
C: Got it. {neu}
A: And where does she live?
C: [address:Four hundred and twelve Briarwood Avenue, apartment two-oh-six]. {neu}
A: Is there a lift?
C: Yes. Funny building, it used to be a jail. Her flat's in the old cell block. {neu}
A: Ha! Our nurse can assess her <date:Thursday the tenth>.
C: What time? {neu}
A: <time:Eleven fifteen>, at your mother's.
C: I work then, but my son can be there. {neu}
A: Good. His number?
C: My son's number is [phone:nine one seven, four six oh, two two one seven]. {neu}
A: And for you?
C: My cell is [phone:seven, one, eight, nine, nine, two, three, oh, five, four]. {neu}
A: For the private part of the bill, we take direct debit.
C: From my account is fine. {neu}
A: The routing number first, the nine digits bottom left on a cheque.
C: [routing_number:Oh two one, three oh four, six five two]. {neu}
A: And the account number?
C: [bank_account:Three eight eight, one oh seven, four four two nine]. {neu}
A: First invoice reference <reference:five oh five five>.
C: Okay. Honestly, it's a weight off my mind. {pos}
A: What you'll need to do is send her hospital care notes by Wednesday.
C: I can scan those tonight. {neu}
A: And I'll ring your son Monday to set up the visit.
C: He never answers unknown numbers. Typical. {neg}
A: Ha, will do.
C: You've all been very patient with my questions. {pos}
A: Not at all. Anything else?
C: No, that's everything. Thank you, really. {pos}
""",
    ),
    CallScript(
        id="9d04-print-signage",
        trade="print and signage shop",
        company="Brightline Print and Signs",
        agent="Nkechi Adebayo",
        customer="Declan Fitzgerald",
        agent_voice="hibari:93",
        customer_voice="festival:kal_diphone",
        noise_db=15.0,
        reason="An events company orders twelve roll-up banners for a conference venue and wants to pay by direct debit from its euro account.",
        outcome="Banners printed from the approved proof and delivered to the venue Thursday the tenth before eight; invoice to the Dublin office by email; direct debit set up on the company's Irish account.",
        actions=[
            Action(
                "email the final print proof",
                "Nkechi Adebayo",
                "2026-12-07",
                "on Monday",
                ("proof", "email"),
            ),
            Action(
                "approve the print proof",
                "Declan Fitzgerald",
                "2026-12-08",
                "by Tuesday noon",
                ("approve", "proof"),
            ),
            Action(
                "deliver the banners to the venue",
                "Nkechi Adebayo",
                "2026-12-10",
                "Thursday the tenth",
                ("deliver", "banner"),
            ),
        ],
        script="""
A: Brightline Print and Signs, [person_name:Nkechi] speaking.
C: Hi there, it's [person_name:Declan Fitzgerald], from Harbourview Events. {neu}
A: Hi, what can I do for you?
C: We need banners for a conference next week. <quantity:Twelve> of them, the roll-up kind. {neu}
A: Sure. Do you have artwork?
C: My colleague [person_name:Siobhan] signed off the proofs yesterday. {neu}
A: Let me find them. The proof number?
C: <reference:Four four seven one>. {neu}
A: Got it, <reference:four four seven one>. Roll-ups, eight foot by three.
C: That's them. The last printer got the colours wrong, so, fingers crossed. {neg}
A: We calibrate every morning, don't worry. That's <amount:eleven hundred and forty> for the lot.
C: Okay. Can you deliver straight to the venue? {neu}
A: Of course. Where is it?
C: The Quayside Centre. [address:Twenty-two Pier Street, suite three hundred, Boston], [zip:oh two, one one, oh]. {neu}
A: And who receives it there?
C: The venue manager. Just ask at the front desk. {neu}
A: Thanks. Job number <order:five eight three, one six four, nine oh four seven>.
C: <order:Five eight three, one six four>, and? {neu}
A: <order:Nine oh four seven>.
C: Great. And, uh, the invoice goes to our head office, not the venue. {neu}
A: Sure, what's that address?
C: [address:Forty Mercer Lane, Dublin two]. We're Irish, officially. {neu}
A: Lovely. And how would you like to pay?
C: Direct debit, from our euro account, if that's possible. {neu}
A: It is. Go ahead with the IBAN.
C: [iban:I E six four, B O F I, nine oh oh five, seven eight three six, one one three oh, five six]. {neu}
A: So ending [iban:one one three oh, five six]?
C: Exactly. {neu}
A: And an email for the invoice?
C: [email:d fitzgerald four two at harbourview dot ie]. {neu}
A: Got it. Delivery <date:Thursday the tenth>, before <time:eight a.m.>
C: Perfect, setup's at nine. {pos}
A: If anything goes wrong on the day, what's the best line?
C: The Boston office, [phone:six one seven, five five oh, four eight one six, extension two fourteen]. {neu}
A: Thanks. By the way, the keynote address at your last event was lovely. I was there.
C: Ha, thank you. Honestly, the street food stole the show. {pos}
A: True. It may rain Thursday, so we'll wrap the banners.
C: Good thinking. {pos}
A: Shall I email you a final proof on Monday?
C: Yes please, and I'll approve it by Tuesday noon. {neu}
A: Great. Anything else?
C: No, you've been a star. Cheers. {pos}
""",
    ),
    CallScript(
        id="9d05-mobile-car-detailing",
        trade="mobile car detailing",
        company="Gleam Team Mobile Detailing",
        agent="Rafael Mendes",
        customer="Harriet Coombes",
        agent_voice="espeak:en-us:139:48",
        customer_voice="hibari:94",
        noise_db=19.0,
        reason="The customer books a full inside-and-out detail of her estate car at home and asks about the monthly plan.",
        outcome="Detail booked for Tuesday the eighth at eight thirty with a fifty dollar card hold; monthly plan from January paid from her UK account; receipts by email.",
        actions=[
            Action(
                "take the children's car seats out of the car",
                "Harriet Coombes",
                "2026-12-08",
                "before Tuesday",
                ("car seat", "seats", "clear"),
            ),
            Action(
                "text the customer a reminder",
                "Rafael Mendes",
                "2026-12-07",
                "the evening before",
                ("text", "reminder"),
            ),
            Action(
                "detail the car at the customer's home",
                "Rafael Mendes",
                "2026-12-08",
                "Tuesday the eighth",
                ("detail",),
            ),
        ],
        script="""
A: Gleam Team Mobile Detailing, this is [person_name:Rafael].
C: Hi, I'd like to book a full detail, please. {neu}
A: Sure thing. What's the car?
C: A twenty nineteen Volvo estate. It's, um, seen better days. {neu}
A: Ha. Inside and out?
C: Both. Two dogs, three kids, and the boot's all sandy. {neu}
A: Got it. Name for the booking?
C: [person_name:Harriet Coombes]. {neu}
A: And the best way to reach you?
C: You can get me on [phone:oh seven seven one two, triple five, oh nine four]. It's a UK mobile, sorry. {neu}
A: No problem. Booking number is <reference:three eight two, six one seven, four four oh one>.
C: <reference:Three eight two, six one seven, four four oh one>? {neu}
A: That's it. And where's the car parked?
C: At home. [address:Two four one seven Maplewood Drive]. {neu}
A: And the ZIP?
C: [zip:Three oh three, two seven]. {neu}
A: Lovely. We can do <date:Tuesday the eighth>, arriving about <time:eight thirty>.
C: <time:Eight thirty> is fine. {neu}
A: A full detail is <amount:one forty-nine>.
C: For a car wash? Seriously? {neg}
A: It's clay bar, shampooed seats, the lot.
C: Fine, fine. Is there a security deposit? {neu}
A: No, just a small hold. How will you pay?
C: Oh good. Card, then, an Amex. {pos}
A: Go ahead.
C: [card_number:Three seven four two, eight one nine oh five six, three oh one four seven]. {neu}
A: Expiry?
C: [card_expiry:November twenty-eight]. {neu}
A: And the four-digit code on the front?
C: [card_security_code:Four oh six one]. {neu}
A: Thanks. That's a hold of <amount:fifty dollars>, the rest on the day.
C: Okay. Oh, my phone case is under the driver's seat somewhere. {neu}
A: Ha, we'll rescue it. An email for the receipt?
C: [email:h coombes one nine at gmail dot com]. {neu}
A: Thanks. Anything else?
C: Um, do you do a monthly plan? {neu}
A: We do. <amount:Eighty-nine> a month, one wash and a vacuum, paid by bank transfer.
C: Can that come from my UK account? {neu}
A: Yes, we can take an IBAN.
C: [iban:G B five seven, B A R C, two oh oh four, one five seven two, eight eight three one, oh six]. {neu}
A: Thanks. Your plan starts in January, mandate <reference:seven seven oh two>.
C: Brilliant, one less thing to think about. {pos}
A: What you'll need to do is take the kids' car seats out before Tuesday.
C: Right, of course. {neu}
A: And I'll text you a reminder the evening before.
C: Perfect. Honestly, your reviews were spot on. {pos}
A: Great to hear. Anything else?
C: No, that's everything. Thanks ever so much. {pos}
""",
    ),
    CallScript(
        id="9d06-private-tutoring",
        trade="private tutoring agency",
        company="Brightpath Tutoring",
        agent="Joanne Whitaker",
        customer="Teresa Albrecht",
        agent_voice="hibari:95:-150",
        customer_voice="espeak:en-us+f3:136:62",
        noise_db=16.0,
        reason="A parent wants a maths tutor for her fifteen-year-old son and asks to spread the cost.",
        outcome="Son enrolled on a ten-session pack on a three-payment plan by direct debit; tutor Priya rings tomorrow and starts Tuesday the eighth at four fifteen at home.",
        actions=[
            Action(
                "ring the customer to say hello",
                "Priya",
                "2026-12-06",
                "tomorrow",
                ("ring", "call", "hello"),
            ),
            Action(
                "start the first tutoring session",
                "Priya",
                "2026-12-08",
                "Tuesday the eighth",
                ("session", "start"),
            ),
            Action(
                "send back the son's latest school report",
                "Teresa Albrecht",
                "2026-12-11",
                "by Friday",
                ("report", "school"),
            ),
        ],
        script="""
A: Brightpath Tutoring, [person_name:Joanne] speaking.
C: Hi, um, I'm looking for a maths tutor for my son. {neu}
A: Lovely. What year is he in?
C: Year ten. He's fifteen. And, honestly, struggling. He'd rather do art. {neu}
A: We can help with that. Can I take your name?
C: [person_name:Teresa Albrecht. A L B R E C H T]. {neu}
A: Thanks. And his date of birth, for the enrolment form?
C: [date_of_birth:Third of June, two thousand eleven]. {neu}
A: Thanks. Enrolment number <reference:two oh four, seven seven nine, one five eight two>.
C: Okay. How does it work? {neu}
A: Sessions are an hour, at home or online. Most families take a pack of <quantity:ten sessions>.
C: And the price? {neu}
A: <amount:Fifty-five dollars> a session, or <amount:five hundred> for the pack.
C: Five hundred. Hmm. That's, uh, a lot at Christmas. {neg}
A: We do a payment plan, three monthly payments.
C: Oh, that would help. {pos}
A: For the plan, we run a quick check. The last four of your social?
C: [ssn:Eight two six one]. {neu}
A: Thanks, that's approved. Plan reference <reference:nine oh three six>.
C: Good. And it comes out of my bank? {neu}
A: Yes. The routing number, please, the nine digits at the bottom of a cheque.
C: [routing_number:One one one, nine oh oh, six five two]. {neu}
A: And the account number?
C: [bank_account:Four seven oh, oh three eight, eight one nine]. {neu}
A: First payment is on the <date:fifteenth>, then monthly.
C: Fine. {neu}
A: And a phone number for the tutor?
C: Sure, it's [phone:three four seven]... {neu}
A: Go on.
C: [phone:Six one oh, two nine eight eight]. {neu}
A: Got it. And your first invoice number is <reference:seven five one, four six two, oh three three oh>.
C: <reference:Seven five one, four six two, oh three three oh>. {neu}
A: That's it. And your address, for the home sessions?
C: [address:Fifty-one Harrow Gate, apartment twelve B]. {neu}
A: Lovely. Our tutor, [person_name:Priya], will ring you tomorrow to say hello.
C: Oh, nice, on a Sunday? {pos}
A: She's keen. She can start <date:Tuesday the eighth> at <time:four fifteen>.
C: After school, perfect. {pos}
A: Can you pop his latest school report back to us by Friday?
C: I'll dig it out. It's not pretty, mind. {neg}
A: Ha, that's why we're here.
C: True. You've made this easy, I have to say. {pos}
A: Anything else I can help with?
C: No. Thank you so much. {pos}
""",
    ),
]

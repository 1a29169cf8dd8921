"""The FIFTEENTH-DEV half: six scripted two-party phone calls, a fifteenth set in trades none
of the earlier sets covered. Written blind from a brief on 2026-12-06 by a helper session that
read no product code (nothing under src/, no tests, no docs, no benchmark code beyond script.py
and generate.py, and no earlier set's calls beyond the first fourteenth-dev call, as a format
example; of the other call files only their module docstrings); see README.md. Frozen as of
the commit that adds it: do not edit the calls or the labels to suit a result. Tune on these
if you must; the test half (fifteenth_test_calls.py) is held out: do not read it and do not
tune on it.

Trades: cord blood banking, commercial kitchen exhaust hood cleaning, municipal parking citation
appeals, coin and bullion dealer, court reporting and deposition transcripts, plasma donation
center (consumer and B2B, a public service, healthcare- and finance-adjacent). The set weighs
action items (found, owned by the right named person, due on the right day), customer sentiment
(every customer line labelled, about a third clearly positive or negative), PII said the way
people say it on the phone, and numbers that must survive redaction. PII: a Visa read in fours,
a Mastercard read digit by digit and an Amex read 4-6-5, with expiries ("oh three, twenty-nine",
"August of twenty-eight", "January twenty-thirty") and security codes (one four-digit code read
off the front); a full SSN read 3-2-4 and read back in other groupings, and a last four; dates
of birth in words ("March fourth, nineteen ninety-one", "the twenty-third of May, two thousand
and one") and in digits ("oh seven, fourteen, sixty-two", read back in words); a routing and an
account number read back; a Dutch IBAN read in groups and read back; an enrollment id and a
donor number; e-mails with spelled names, dots and digits; phones with "double" and "oh", one
corrected mid-number; addresses with apartments and a unit, house numbers in words and digit by
digit, ZIP codes; names from many cultures (Polish, Lebanese, Danish, Xhosa, Hawaiian,
Vietnamese, German, Basque, Welsh, Yoruba, Dutch, Igbo, Turkish, Ghanaian, Chinese, Portuguese,
Tongan, Filipino), twelve spelled letter by letter, and third parties (an obstetrician, a
husband, a clinical liaison, a crew lead, a fire inspector, a daughter, a hearing officer, a
sister, a vault manager, an attorney, a witness, a court reporter, a roommate, a nurse).
Must-survive numbers, 7-9 per call: citation, order, case, job, invoice, ticket and confirmation
numbers, amounts, times, dates (a due date that is not a birth date), quantities and the
business's own line as `<phone_business:...>`, several right after a sensitive answer.

Each call has 4-5 action items in varied sentence shapes, owned by the agent, the customer or a
third person named in the call, due "tomorrow", "Tuesday", "Monday morning", "as soon as we hang
up", "tomorrow night", "Tuesday morning", "tonight", "by the eighteenth", "first thing Monday",
"within the hour", "by Wednesday", "first thing tomorrow", "by Tuesday", "by nine on the
sixteenth", "by Friday", "tomorrow afternoon", and seven with no day. Look-alikes that are not
action items: things already done ("I've already added him", "I've already put the late penalty
on hold"), hypotheticals ("if you want cord tissue too, you could add it", "you could pay the
sixty-five and ask for a refund"), policies ("we always photograph every coin"), declined offers
(a prepaid plan, a grease trap clean, text reminders, silver coins, a realtime feed, direct
deposit) and the agent narrating what they are doing right now.

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
        id="15d01-cord-blood-bank",
        trade="cord blood banking",
        company="Lumen Cord Blood Registry",
        agent="Tomasz Wierzbicki",
        customer="Farida Haddad",
        agent_voice="hibari:182",
        customer_voice="festival:cmu_us_slt_arctic_hts:+50",
        noise_db=16.0,
        reason="An expectant mother due in January calls to enroll in cord blood storage, pay the enrollment fee and arrange the collection kit.",
        outcome="She is enrolled and paid by Visa; the kit ships tomorrow, she takes the consent form to her obstetrician on Tuesday, the clinical liaison calls the doctor's nurse on Monday and the receipt is e-mailed right after the call.",
        actions=[
            Action(
                "ship the collection kit to her by FedEx",
                "Tomasz Wierzbicki",
                "2026-12-07",
                "tomorrow",
                ("kit", "FedEx"),
            ),
            Action(
                "pack the collection kit in her hospital bag as soon as it arrives",
                "Farida Haddad",
                None,
                None,
                ("hospital bag",),
            ),
            Action(
                "take the physician consent form to the obstetrician and have it signed",
                "Farida Haddad",
                "2026-12-08",
                "Tuesday",
                ("consent",),
            ),
            Action(
                "phone the obstetrician's nurse so the delivery team knows she is enrolled",
                "Owen Mbeki",
                "2026-12-07",
                "Monday morning",
                ("nurse", "ring"),
            ),
            Action(
                "e-mail the receipt and the storage agreement",
                "Tomasz Wierzbicki",
                "2026-12-06",
                "as soon as we hang up",
                ("receipt", "agreement"),
            ),
        ],
        script="""
A: Lumen Cord Blood, this is [person_name:Tomasz], how can I help?
C: Hi, um, I'm due in January and we've finally decided to bank the cord blood. {neu}
A: Oh, congratulations! I can enroll you right now. Can I have your name?
C: [person_name:Farida Haddad]. That's [person_name:H A D D A D]. {neu}
A: Thank you. And your due date?
C: <date:January nineteenth>. It's a girl this time, we're so excited. {pos}
A: Lovely. And your own date of birth?
C: [date_of_birth:March fourth, nineteen ninety-one]. {neu}
A: And who's delivering?
C: Doctor [person_name:Ingrid Sorensen], at Saint Mary's. {neu}
A: So the enrollment is <amount:fifteen hundred ninety-five dollars>, then <amount:one eighty-five> a year for storage.
C: Honestly, the yearly fee is what put me off at first. It just adds up and up. {neg}
A: I understand. There's a twenty-year prepaid plan, but most families go annual.
C: No, we'll stick with annual. {neu}
A: Sure. What's the shipping address for the collection kit?
C: [address:Eleven eighty-seven Larkin Street, apartment five C], San Francisco, [zip:nine four one zero nine]. {neu}
A: Five C, [zip:nine four one oh nine]. And an email?
C: [email:F A R I D A dot H A D D A D eight eight at gmail dot com]. {neu}
A: And a second contact, in case we can't reach you at the hospital?
C: My husband, [person_name:Julien]. His cell is [phone:four one five, two two eight, nine oh double six]. {neu}
A: [phone:Four one five, two two eight, nine oh six six]. I've already added him, so he'll get the courier texts too.
C: Oh good, he's the organized one. {pos}
A: For the enrollment fee, which card would you like to use?
C: Visa. [card_number:Four seven one six, two two nine oh, four eight five three, one one two five]. {neu}
A: And the expiration?
C: [card_expiry:Oh three, twenty-nine], and the code on the back is [card_security_code:three one seven]. {neu}
A: That went through. Confirmation <confirmation:C nine two eight eight one>, and your enrollment ID is [member_id:L C B, two oh four, seven seven three].
C: Oh, that was quick. Great. {pos}
A: So I'll get the collection kit out to you by FedEx tomorrow.
C: Then it's going straight into my hospital bag the minute it arrives, or I'll forget it. {neu}
A: Good plan. Now, Doctor [person_name:Sorensen] has to sign the physician consent.
C: I see her Tuesday, so I'll take the consent form along and get her to sign it there. {neu}
A: Perfect. And our clinical liaison, [person_name:Owen Mbeki], will ring her nurse Monday morning so the delivery team knows you're enrolled.
C: Good, because with my first the hospital lost our paperwork. I'm still worried about that. {neg}
A: It won't happen this time. When labor starts, call our courier line, <phone_business:eight hundred, four six two, seven seven one oh>, day or night. We usually have the courier there within <quantity:six hours>.
C: Okay, that's really reassuring. {pos}
A: And if you want cord tissue too, you could add it any time before delivery, it's <amount:seven hundred fifty> more.
C: Hm. Maybe. We'll see. {neu}
A: I'm just putting the Tuesday appointment on your file... there. And I'll email you the receipt and the storage agreement as soon as we hang up.
C: This was so much easier than I expected, thank you! {pos}
A: My pleasure, [person_name:Farida]. Good luck in January!
""",
    ),
    CallScript(
        id="15d02-kitchen-hood-cleaning",
        trade="commercial kitchen exhaust hood cleaning",
        company="Brightline Hood and Duct",
        agent="Keanu Kahananui",
        customer="Lan Nguyen",
        agent_voice="espeak:en-us+klatt:140:50",
        customer_voice="hibari:204:-150",
        noise_db=14.5,
        reason="A restaurant owner who failed a fire inspection over grease in the hood and duct needs an emergency cleaning before the reinspection and wants quarterly service on autopay.",
        outcome="An after-hours clean is set for tomorrow night, the ACH details and a corrected cell number are taken, the owner calls the fire marshal on Monday, the certificate goes to the inspector on Tuesday morning and the quarterly agreement follows.",
        actions=[
            Action(
                "do the full hood, duct and roof fan cleaning after the restaurant closes",
                "Rafael Quintero",
                "2026-12-07",
                "tomorrow night",
                ("clean", "crew"),
            ),
            Action(
                "shut the cook line down early and have the fryers cold by ten",
                "Lan Nguyen",
                "2026-12-07",
                "tomorrow",
                ("fryer", "shut"),
            ),
            Action(
                "e-mail the cleaning certificate to the fire inspector",
                "Keanu Kahananui",
                "2026-12-08",
                "Tuesday morning",
                ("certificate", "email"),
            ),
            Action(
                "call the fire marshal's office to make sure the Thursday reinspection still stands",
                "Lan Nguyen",
                "2026-12-07",
                "Monday",
                ("fire marshal", "call"),
            ),
            Action(
                "draw up the quarterly service agreement and send it over",
                "Keanu Kahananui",
                None,
                None,
                ("agreement", "quarterly"),
            ),
        ],
        script="""
A: Brightline Hood and Duct, [person_name:Keanu] speaking.
C: Hi [person_name:Keanu], it's [person_name:Lan] from Pho Saigon Corner, on Bellaire. We failed our fire inspection Friday and I'm kind of freaking out. {neg}
A: Oh no. Was it the hood?
C: The hood and the whole duct run. The inspector gave us until Thursday. {neu}
A: Okay. Your last name, so I can pull up the account?
C: [person_name:Nguyen]. [person_name:N G U Y E N]. {neu}
A: Here you are. Your last cleaning was in June, so you're overdue.
C: I know, I know. It's on me, I completely lost track this summer. {neg}
A: It happens. So the reinspection is <date:Thursday the tenth>?
C: Thursday the tenth, at <time:two o'clock>. {neu}
A: We can do an emergency clean tomorrow night after you close. There's a <amount:two hundred dollar> after-hours charge on top of the usual <amount:eight seventy-five>.
C: Two hundred extra. Great. Just what December needed. {neg}
A: I hear you. [person_name:Rafael Quintero] and his crew will come in tomorrow night and clean all <quantity:three hoods>, the duct and the roof fan. They'll be there at <time:ten thirty>, and the fryers have to be cold by then.
C: Okay. Tomorrow I'll shut the line down early and have the fryers cold by ten. {neu}
A: Perfect. Do you want the grease trap done too? We've got a partner for that.
C: No, our plumber did the trap last month. {neu}
A: Okay. Once [person_name:Rafael] uploads the after photos, I'll email the certificate straight to the inspector, Tuesday morning. Her name?
C: [person_name:Bettina Kraus]. [person_name:K R A U S]. {neu}
A: [person_name:Kraus], got it.
C: And I'm going to call the fire marshal's office on Monday, just to make sure Thursday still stands. {neu}
A: Good idea. Now, you wanted quarterly service on autopay?
C: Yes, please. So this never, ever happens again. {neu}
A: For the ACH I need your routing and account numbers.
C: Routing is [routing_number:one one three, oh oh oh, six oh nine]. Account is [bank_account:two oh four seven, seven one one eight, three six]. {neu}
A: So [bank_account:two oh four seven, seven one one eight, three six]. And tomorrow's invoice will be <invoice:two eight eight oh three>.
C: Okay, noted. {neu}
A: And the best number to text when the crew's on the way?
C: My cell, [phone:seven one three, four oh two, eight eight one nine]. Oh, no, sorry, that's my old one. The end is [phone:eight eight one six]. {neu}
A: So [phone:seven one three, four oh two, eight eight one six]. And an email for the receipts?
C: [email:lan dot nguyen seventy-three at yahoo dot com]. {neu}
A: Great. I'll put together the quarterly agreement and send it over, no rush on that one.
C: I really thought we'd have to close, so thank you for fitting us in so fast. {pos}
A: We've got you. We always put a dated sticker on the hood, so the inspector sees it right away.
C: Oh, that's smart. Okay, I feel a lot better now. {pos}
A: Your job number is <job:J four four one seven>, if you need the night line.
C: J four four one seven. Thanks, [person_name:Keanu], you saved my week. {pos}
A: Anytime, [person_name:Lan]. Talk soon.
""",
    ),
    CallScript(
        id="15d03-parking-citation-appeal",
        trade="municipal parking citation appeals",
        company="City of Alder Bay Parking Services",
        agent="Marisol Echeverria",
        customer="Rhodri Llewellyn",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+f3:138:58",
        noise_db=17.5,
        reason="A resident ticketed in his own permit zone while his renewed permit sticker was still in the post wants to appeal, and pays a separate street-sweeping ticket.",
        outcome="The appeal is filed with a phone hearing on December twenty-first, the sweeping ticket is paid by Mastercard, he uploads the renewal receipt tonight, his daughter writes a statement, the hearing officer reviews the evidence by the eighteenth and the agent asks the permit desk on Monday to flag the renewal.",
        actions=[
            Action(
                "write a short statement saying she was the one who parked the car",
                "Cerys Llewellyn",
                None,
                None,
                ("statement", "write"),
            ),
            Action(
                "upload the e-mailed permit renewal receipt",
                "Rhodri Llewellyn",
                "2026-12-06",
                "tonight",
                ("upload", "receipt"),
            ),
            Action(
                "read through the uploaded evidence before the hearing",
                "Adebayo Ogunleye",
                "2026-12-18",
                "by the eighteenth",
                ("read through", "upload"),
            ),
            Action(
                "send the permit desk a request to flag the renewed permit so enforcement stops ticketing",
                "Marisol Echeverria",
                "2026-12-07",
                "first thing Monday",
                ("permit desk", "request"),
            ),
        ],
        script="""
A: City of Alder Bay Parking Services, this is [person_name:Marisol], how can I help?
C: Hi. Yeah. I got a ticket for parking in the permit zone on my own street. And I have a permit. So. {neg}
A: Sorry about that. Do you have the citation number?
C: It's <ticket:four four seven eight, one nine two six>. {neu}
A: And your name?
C: [person_name:Rhodri Llewellyn]. First name's [person_name:R H O D R I], and the last name is [person_name:L L E W E L L Y N]. {neu}
A: Thank you. So this was issued <date:November twentieth> on Alder Court, <amount:sixty-five dollars>.
C: And I renewed the permit! I paid it in October, the sticker just hadn't come yet. It's ridiculous. {neg}
A: I can see the renewal here, paid on time. Who was driving that day?
C: My daughter, [person_name:Cerys]. She had the car that week. {neu}
A: I can't cancel it myself, it has to go to a hearing officer, but honestly, it's a good case. I've already put the late penalty on hold.
C: Oh, good. That's a relief. {pos}
A: A short written statement from your daughter would help.
C: I'll have [person_name:Cerys] write something up. She's quick with that sort of thing. {neu}
A: Great. And a scan of the renewal receipt.
C: I've got the email receipt. I'll upload it tonight. {neu}
A: Your file is with [person_name:Adebayo Ogunleye], and he'll read through whatever you upload by the eighteenth.
C: Sorry, can you repeat the name? {neu}
A: [person_name:Ogunleye]. [person_name:O G U N L E Y E]. Your hearing is <date:December twenty-first> at <time:two fifteen>, in person or by phone.
C: By phone, please. I'm not taking an afternoon off work over a sixty-five dollar ticket, that's absurd. {neg}
A: Sure. I also see a street sweeping ticket on the car, <ticket:four four nine one, oh three seven two>, that's <amount:forty-five dollars>. That one looks valid, I'm afraid.
C: Yeah, that one's fair, I forgot it was sweeping day. Can I pay it now? {neu}
A: Of course. Card number whenever you're ready.
C: It's a Mastercard. [card_number:Five, four, five, three, oh, one, eight, seven, seven, four, two, six, oh, nine, three, two]. {neu}
A: And the expiration?
C: [card_expiry:August of twenty-eight]. {neu}
A: And the security code?
C: [card_security_code:Oh four six]. {neu}
A: Thank you, that's paid. Confirmation number <confirmation:P Y seven seven two oh one>.
C: Seven seven two oh one. {neu}
A: Mailing address, still [address:nineteen twelve Alder Court, unit B]?
C: That's right, [zip:nine seven two one four]. And a phone, in case the officer needs me, [phone:five oh three, seven oh four, one one two oh]. {neu}
A: And an email for the hearing notice?
C: [email:R H O D R I dot llewellyn at protonmail dot com]. {neu}
A: Okay. And the permit desk opens Monday, so first thing Monday I'll put a request in to flag your permit, and enforcement stops ticketing you.
C: Thank you. That's the part I really care about. {pos}
A: If you'd rather not wait for the hearing, you could pay the sixty-five and ask for a refund afterwards, but I wouldn't.
C: No way. I'm not paying for their mistake. {neg}
A: Fair enough. Do you want text reminders for the hearing?
C: No thanks, email's fine. {neu}
A: Okay. The system emails the notice automatically.
C: The last time I called the city it was a disaster, so thanks for actually listening. {pos}
A: My pleasure, Mr. [person_name:Llewellyn]. Take care.
""",
    ),
    CallScript(
        id="15d04-coin-bullion-dealer",
        trade="coin and bullion dealer",
        company="Granite State Coin and Bullion",
        agent="Eli Rothman",
        customer="Maarten Visser",
        agent_voice="hibari:171:-200",
        customer_voice="festival:kal_diphone:-100",
        noise_db=15.5,
        reason="A man selling twenty gold Krugerrands inherited from his father wants to lock a price, ship the coins and be paid by wire to his Dutch bank account.",
        outcome="The price is locked on an order, his SSN and date of birth are taken for tax reporting and a Dutch IBAN for the wire; he ships the coins by Wednesday, his sister sends the estate papers and the wire goes out once the vault manager has checked the coins.",
        actions=[
            Action(
                "e-mail a prepaid insured UPS shipping label",
                "Eli Rothman",
                "2026-12-06",
                "within the hour",
                ("label",),
            ),
            Action(
                "take the box of coins to a UPS Store and get a receipt",
                "Maarten Visser",
                "2026-12-09",
                "by Wednesday",
                ("box", "take"),
            ),
            Action(
                "scan the letters of administration and send them to the dealer",
                "Anneke Visser",
                None,
                None,
                ("scan",),
            ),
            Action(
                "check every coin when the box arrives and phone the seller",
                "Chidi Eze",
                None,
                None,
                ("check", "call"),
            ),
            Action(
                "send the wire to the Dutch account once the coins are signed off",
                "Eli Rothman",
                None,
                None,
                ("wire",),
            ),
        ],
        script="""
A: Granite State Coin and Bullion, [person_name:Eli] speaking.
C: Hi. I'm calling about selling some gold coins. They were my father's. {neu}
A: I'm sorry for your loss. What have you got?
C: <quantity:Twenty Krugerrands>, the one-ounce ones, still in the original tubes. {neu}
A: Nice. Today's buy price is <amount:two thousand six hundred twelve dollars> a coin, and I can lock that right now until the coins get here.
C: Yes, lock it, please. Gold's been all over the place and I'm sick of watching it. {neg}
A: Done, it's locked. That's <amount:fifty-two thousand two hundred forty dollars>, on order <order:B X seven one one four two>.
C: Wow. Okay. Dad would have liked that number. {pos}
A: Can I get your full name?
C: [person_name:Maarten Visser]. [person_name:M A A R T E N], [person_name:V I S S E R]. {neu}
A: Because it's over the reporting threshold, I need your Social Security number for the tax form.
C: Sure. [ssn:Five one eight, four four, seven two nine three]. {neu}
A: [ssn:Five eighteen, forty-four, seventy-two ninety-three]? And your date of birth?
C: That's right. [date_of_birth:Oh seven, fourteen, sixty-two]. {neu}
A: [date_of_birth:July fourteenth, sixty-two], all on order <order:B X seven one one four two>. Would you like a check or a wire?
C: Wire. I'm moving back to the Netherlands in January, so I'd like it to go to my Dutch account. {neu}
A: That's fine. There's a <amount:thirty-five dollar> fee on international wires. Go ahead with the IBAN.
C: [iban:N L nine one, A B N A, oh four one seven, one six four three, oh oh]. {neu}
A: Reading it back, [iban:N L nine one, A B N A, zero four one seven, one six four three, zero zero].
C: That's it. It's a joint account, with my sister, [person_name:Anneke]. {neu}
A: That works. For an estate sale we also need the letters of administration.
C: [person_name:Anneke] has the original. She'll scan it and send it over to you. {neu}
A: Great. I'll email you a prepaid, insured UPS label within the hour. Are you still at [address:forty-four Pleasant Street, apartment two], in Concord?
C: Yes. [zip:Oh three three oh one]. {neu}
A: Good. Take the box to a UPS Store, not a drop box, and get a receipt.
C: I'll take the box in by Wednesday, I'm off that day. {neu}
A: When it arrives, our vault manager, [person_name:Chidi Eze], will check every coin and call you the same day.
C: And what if one of them is fake? I've been reading horror stories online all week. {neg}
A: Then we'd just pay for the genuine ones. We always photograph every coin on arrival, too.
C: Okay, that's a weight off my mind. {pos}
A: And once [person_name:Chidi] signs off, I'll send the wire myself. It usually lands in <quantity:two business days> in Europe. What's the best number for you?
C: My cell, [phone:six oh three, eight eight oh, four one seven seven]. Not the landline, that gets cut off next week, and the phone company has been a nightmare about it. {neg}
A: Ugh. And the email for the label?
C: [email:M V I S S E R six two at gmail dot com]. {neu}
A: Got it. Do you want to sell the silver Eagles too? We're paying <amount:thirty-one fifty> a coin.
C: No, I'm keeping the silver for the kids. {neu}
A: Fair enough. I'm just typing the shipping notes into the order now.
C: You've made this a lot less stressful than I expected. Thanks, [person_name:Eli]. {pos}
A: Happy to help, Mr. [person_name:Visser]. Watch for that email.
""",
    ),
    CallScript(
        id="15d05-court-reporting",
        trade="court reporting and deposition transcripts",
        company="Meridian Court Reporting",
        agent="Yusuf Demir",
        customer="Brianna Osei",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:195:+80",
        noise_db=16.5,
        reason="A law-firm paralegal books a court reporter for a deposition on the sixteenth, with a Mandarin interpreter and an expedited transcript, and pays the retainer.",
        outcome="The reporter is booked on a job number and the retainer is paid by the firm's Amex; the agency finds the interpreter by Tuesday, the paralegal sends the notice tonight and books the room tomorrow, and the attorney sends the exhibit list by Friday.",
        actions=[
            Action(
                "reserve the big conference room for the deposition",
                "Brianna Osei",
                "2026-12-07",
                "first thing tomorrow",
                ("conference room", "book"),
            ),
            Action(
                "find a certified Mandarin interpreter and send the paralegal her name",
                "Yusuf Demir",
                "2026-12-08",
                "by Tuesday",
                ("interpreter",),
            ),
            Action(
                "be set up in the conference room before the deposition starts",
                "Constance Adeyemi",
                "2026-12-16",
                "by nine on the sixteenth",
                ("set up",),
            ),
            Action(
                "send over the notice of deposition and the caption page",
                "Brianna Osei",
                "2026-12-06",
                "tonight",
                ("notice",),
            ),
            Action(
                "send the agency the exhibit list",
                "Leopold Szymanski",
                "2026-12-11",
                "by Friday",
                ("exhibit list",),
            ),
        ],
        script="""
A: Meridian Court Reporting, weekend scheduling, this is [person_name:Yusuf].
C: Hi [person_name:Yusuf], it's [person_name:Brianna Osei] from Harbor Point Legal. Sorry to call on a Sunday. {neu}
A: No problem. What can I do for you?
C: We need a reporter for a deposition on <date:Wednesday the sixteenth>, starting at <time:nine thirty>. {neu}
A: Let me look... yes. Where is it?
C: At our office, the big conference room on the fourteenth floor. Which, oh, I still have to book. I'll do that first thing tomorrow. {neu}
A: Okay. And the case?
C: Calloway Freight versus Tidewater Marine, case number <case:two six C V oh four four one eight>. {neu}
A: Got it. Who's the witness?
C: [person_name:Xiuying Zhao]. That's [person_name:X I U Y I N G], and [person_name:Z H A O]. And she'll need a Mandarin interpreter. {neu}
A: Okay. I'll line up a certified Mandarin interpreter and get you her name by Tuesday.
C: That would be amazing. The last agency we used sent a Cantonese interpreter. It was a total mess. {neg}
A: Oh no. We'll make sure. Who's taking the deposition?
C: [person_name:Leopold Szymanski], one of our partners. [person_name:S Z Y M A N S K I]. Everyone calls him [person_name:Leo]. {neu}
A: And do you want the transcript expedited?
C: Yes, the <quantity:three-day> turnaround. We have a motion due right after, so this week is already a nightmare. {neg}
A: Three-day expedite is <amount:six ninety-five> a page. On expedited jobs we always send a rough draft the same night.
C: Oh, that's great, that'll really help us. {pos}
A: Would [person_name:Leo] want a realtime feed on a laptop?
C: Oh God, no. He hates the screen. Just the normal setup. {neu}
A: Ha, okay. Your reporter will be [person_name:Constance Adeyemi]. She'll be set up in the room by nine on the sixteenth.
C: Oh, [person_name:Constance]! We had her in the spring, she was wonderful. {pos}
A: To hold the date I need a retainer of <amount:seven hundred fifty dollars>. Card?
C: The firm Amex. [card_number:Three seven four two, nine one oh six five three, one eight eight four five]. {neu}
A: Expiration?
C: [card_expiry:January twenty-thirty]. {neu}
A: And the four-digit code on the front.
C: [card_security_code:Two two eight six]. {neu}
A: Thank you, that's approved. Your job number is <job:M C R four oh seven one nine>.
C: Sorry, can you repeat that? I was still writing the code down. {neu}
A: <job:M C R, four oh seven, one nine>.
C: Got it. What else do you need from me? {neu}
A: An email for the confirmation, and a direct line.
C: [email:B dot O S E I two at harbor point legal dot com], and my direct line is [phone:four one two, three nine one, oh seven oh seven]. {neu}
A: Thanks. I'll also need the notice of deposition and the caption page, so the reporter has the spellings.
C: I'll send the notice over tonight. And [person_name:Leo] is going to get you the exhibit list by Friday, he's still pulling it together. {neu}
A: Perfect. Roughly how many exhibits?
C: About <quantity:forty>, maybe more. He always adds a pile at the last minute, it drives me crazy. {neg}
A: Ha, they all do. I've already put a hold on [person_name:Constance] for that day, so we're good.
C: Great. Thank you so much, that's one less thing on my plate. {pos}
A: My pleasure, [person_name:Brianna]. Enjoy the rest of your Sunday.
""",
    ),
    CallScript(
        id="15d06-plasma-donation",
        trade="plasma donation center",
        company="VitaFlow Plasma Center",
        agent="Ines Carvalho",
        customer="Kwabena Asante",
        agent_voice="espeak:en-us+f3:142:62",
        customer_voice="hibari:178:-250",
        noise_db=15.0,
        reason="A donor who was deferred yesterday for low protein never got the small payment for his time, has moved, and wants to come back with his roommate.",
        outcome="A ticket is opened and the agent calls back tomorrow afternoon about the payment; his new address is taken, he e-mails a photo of his lease, and he returns on Tuesday with his roommate, when the nurse redoes his protein check.",
        actions=[
            Action(
                "escalate the missing payment and call the donor back to make sure it posted",
                "Ines Carvalho",
                "2026-12-07",
                "tomorrow afternoon",
                ("call you back", "escalate"),
            ),
            Action(
                "e-mail a photo of the new lease as proof of address",
                "Kwabena Asante",
                None,
                None,
                ("lease", "email"),
            ),
            Action(
                "come in with his ID and social card for a first donation",
                "Tevita Fifita",
                "2026-12-08",
                "Tuesday",
                ("coming in", "ID"),
            ),
            Action(
                "redo the donor's protein check when he arrives",
                "Gloria Villanueva",
                "2026-12-08",
                "Tuesday",
                ("protein",),
            ),
            Action(
                "eat a real breakfast before donating",
                "Kwabena Asante",
                "2026-12-08",
                "Tuesday",
                ("breakfast",),
            ),
        ],
        script="""
A: VitaFlow Plasma, this is [person_name:Ines], how can I help?
C: Hey, yeah. I was in yesterday and the money never hit my card. {neg}
A: Oh, I'm sorry, let me look. Can I have your donor number?
C: It's [member_id:V F seven seven three, oh nine two]. {neu}
A: And to verify, your date of birth?
C: [date_of_birth:The twenty-third of May, two thousand and one]. {neu}
A: And the last four of your social?
C: [ssn:Six two oh eight]. {neu}
A: Thanks. I've opened ticket <ticket:six two oh one four> for this. Okay, you checked in at <time:eight forty>, and... it looks like you were deferred, your protein came in at <quantity:five point nine>.
C: Yeah, they told me I couldn't donate, but I sat there for an hour first. I should still get something, right? {neg}
A: You should. Deferred donors get <amount:ten dollars> for their time, and that didn't load. I'm sorry.
C: Ten bucks. Wow. Okay. {neg}
A: I know. I'll escalate it to our payments team, and I'll call you back tomorrow afternoon to make sure it posted.
C: Okay, fine. {neu}
A: Is this still the best number, [phone:four six nine, two one two, three double four seven]?
C: Yep, that's me. {neu}
A: And are you still at [address:one four eight two Maple Ridge Drive]?
C: No, I moved last week. It's [address:twenty-two oh five Ross Avenue, apartment three twelve], Dallas, [zip:seven five two oh one]. {neu}
A: For an address change we need proof on file, a lease or a bill.
C: I can email you a photo of the lease. {neu}
A: That works. What's the email?
C: [email:K dot A S A N T E dot zero one at outlook dot com]. {neu}
A: Got it. So when do you want to come back in?
C: Tuesday morning? Oh, and my roommate wants to start donating too. {neu}
A: Great. Tuesday at <time:seven forty-five>. What's your roommate's name?
C: [person_name:Tevita Fifita]. That's [person_name:F I F I T A]. {neu}
A: If he comes in with you, you get a <amount:fifty-dollar> referral bonus after his second donation. His first visit takes about <quantity:two hours>.
C: Oh, nice, I'll take that. {pos}
A: He needs a photo ID, proof of address and his social security card.
C: He's off Tuesday, so [person_name:Tevita]'s coming in with me, with his ID and his social card. {neu}
A: Perfect. And on Tuesday, [person_name:Gloria Villanueva], our nurse, will redo your protein check first thing.
C: Okay. Any tips so I don't fail again? {neu}
A: Eat some protein the night before and drink a lot of water.
C: Then I'll eat a real breakfast Tuesday, for real this time. {neu}
A: Ha, good. We don't let anyone donate within forty-eight hours of a deferral anyway, so Tuesday works.
C: Honestly, I was about to give up on this place, so thanks for sorting it out. {pos}
A: I'm glad you didn't. Your ticket is <ticket:six two oh one four> if the money doesn't show.
C: Six two oh one four, got it. {neu}
A: Do you want to switch to direct deposit instead of the card?
C: Nah, the card's fine. {neu}
A: Okay, [person_name:Kwabena]. I'm just putting your new address into the system now. See you Tuesday.
C: See you Tuesday. Thanks, [person_name:Ines]! {pos}
""",
    ),
]

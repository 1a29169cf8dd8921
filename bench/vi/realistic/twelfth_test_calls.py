"""The TWELFTH-TEST half: six scripted two-party phone calls, a twelfth set in trades none of
the earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that
read no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond
the first eleventh-dev call, as a format example); see README.md. Frozen as of the commit that
adds it: do not edit the calls or the labels to suit a result. HELD OUT: do not read these
calls while tuning and do not tune on their figures; tune, if at all, on twelfth-dev.

Trades: pension administration, home medical equipment supply, DNA and genealogy test kits,
electric-vehicle charger installation, tattoo studio, ferry bookings. The set's weight is on
what is still furthest from target: action items (found, with the right named owner and the
right due day), customer sentiment, and the PII types with low recall: street addresses
(apartments, a flat and a unit, house numbers written in digits and in words, US ZIPs, a French
postcode and a UK postcode), IBANs (French, German and Dutch, read in groups, the French and
Dutch ones read back in part), member, plan and patient ids of varied shapes, e-mails with dots
and digits (one read back), dates of birth in words and in digits. Also phones (eight numbers,
three read back: a French mobile in pairs, a German mobile, a UK mobile, a work line, an
electrician's), two cards with expiry and security code (one an Amex with a four-digit code),
an SSN, a routing and an account number, names from many cultures (three spelled), and 6-11
must-survive numbers per call (change-request, serial, kit, quote, receipt, booking, order and
cabin numbers, an error code, amounts, times, dates, quantities, the business's own line as
`<phone_business:...>`), several right after a sensitive answer.

Each call has 4-5 action items owned by the agent, the customer or a third person named in the
call (a payments clerk, a wife, a respiratory therapist, a lab scientist, a cousin, an
electrician, a tattoo artist, a refunds clerk, a husband), with due days said in varied ways
("by the eighteenth", "within thirty days", "tomorrow morning", "Monday afternoon", "right
after this call", "right after the inspection on the fourteenth", "before the end of the
month", "in an hour", "within three working days", "within the hour"), a few with none. Past
actions, hypotheticals, policies and declined offers look like action items and are not.
About a third of the customer lines are clearly positive or negative, the rest neutral.

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
        id="12t01-pension-administration",
        trade="pension administration",
        company="Keystone Retirement Plan Services",
        agent="Beatriz Almeida",
        customer="Walter Haugland",
        agent_voice="hibari:150",
        customer_voice="festival:kal_diphone:-100",
        noise_db=17.0,
        reason="A retiree who moved from Ohio to Lyon wants his monthly pension paid to a French bank account; his letter from October was never actioned.",
        outcome="Identity verified; new French address and IBAN taken; the international wire to be set up by the eighteenth so January's payment goes to France; he sends a consular life certificate and his wife a copy of her passport.",
        actions=[
            Action(
                "set up the international wire to the French account",
                "Marcus",
                "2026-12-18",
                "by the eighteenth",
                ("international wire", "set up"),
            ),
            Action(
                "have the life certificate signed at the consulate and post it back",
                "Walter Haugland",
                "2027-01-04",
                "within thirty days",
                ("life certificate", "consulate", "post"),
            ),
            Action(
                "scan and send a copy of her passport",
                "Colette",
                "2026-12-06",
                "tomorrow morning",
                ("passport", "scan"),
            ),
            Action(
                "send the confirmation letter",
                "Beatriz Almeida",
                "2026-12-07",
                "on Monday",
                ("confirmation letter", "send"),
            ),
        ],
        script="""
A: Keystone Retirement Plan Services, [person_name:Beatriz] speaking.
C: Good afternoon. My name is [person_name:Walter Haugland], [person_name:H A U G L A N D]. I'm calling from France. {neu}
A: What can I do for you?
C: I've moved to Lyon and need my pension paid here. I sent a letter in October and nothing happened. {neg}
A: I'm sorry about that. Can I take your plan member number first?
C: [member_id:K R P dash oh oh six one seven four two]. {neu}
A: And to verify, your Social Security number?
C: [ssn:Two seven eight, six one, four four oh nine]. {neu}
A: And your date of birth?
C: [date_of_birth:November the second, nineteen fifty-seven]. {neu}
A: Your letter is here, change request <reference:four four one, oh nine two, seven>, never actioned. I'm sorry.
C: Well, at least it exists. Eight weeks of nothing. {neg}
A: Let's fix it now. What's the new address?
C: [address:Fourteen rue des Capucins, apartment three], Lyon, [zip:six nine zero zero one]. {neu}
A: And the French bank details?
C: [iban:F R seven six, three oh oh oh, four oh two eight, three seven oh oh, oh one oh four, one one two seven, three six nine]. {neu}
A: Let me read the end back: [iban:one one two seven, three six nine]?
C: That's right. {neu}
A: Your pension is <amount:two thousand three hundred and eighteen dollars> a month, and there's a wire fee of <amount:fifteen dollars> each time.
C: <amount:Fifteen dollars> every month? Marvellous. {neg}
A: I know. If you wanted, you could keep a US account and move it yourself.
C: No, I closed everything in Ohio. {neu}
A: Understood. I'm going to have [person_name:Marcus] in payments set up the international wire by the eighteenth, so the <date:first of January> payment goes to France.
C: Oh, that's a relief. {pos}
A: You'll need to have a life certificate signed at the consulate and post it back within thirty days.
C: Right. Thirty days. {neu}
A: And your wife, [person_name:Colette], is on the survivor option. Can she send us a copy of her passport?
C: Sure, she'll scan it tomorrow morning. {neu}
A: Great. And a phone number in France?
C: [phone:Plus three three, six, one two, four four, eight nine, seven one]. {neu}
A: And an e-mail?
C: [email:Walter dot h fifty-seven at orange dot fr]. {neu}
A: Thank you. I'll send the confirmation letter on Monday. Should I copy it to the Ohio address?
C: No, nothing to Ohio, please. {neu}
A: Noted. We usually pay on the first business day of the month. Our international line is <phone_business:plus one, six one four, five five five, oh one seven seven>.
C: That's wonderful. You've sorted in fifteen minutes what took two months. Thank you, [person_name:Beatriz]. {pos}
""",
    ),
    CallScript(
        id="12t02-home-medical-equipment",
        trade="home medical equipment supply",
        company="Mercer Home Medical Supply",
        agent="Jamal Whitfield",
        customer="Huong Nguyen",
        agent_voice="espeak:en-us:138:45",
        customer_voice="hibari:152:-150",
        noise_db=16.0,
        reason="A CPAP user whose machine keeps beeping with error seventeen, and whose insurance has changed, calls for help.",
        outcome="A new humidifier chamber, cushions and filters to arrive by Wednesday, the old chamber swapped at the door; new insurance to be put on file; the respiratory therapist to call on Monday afternoon about the pressure settings.",
        actions=[
            Action(
                "get the new humidifier chamber, cushions and filters over to the customer",
                "Jamal Whitfield",
                "2026-12-09",
                "by Wednesday",
                ("humidifier chamber", "cushions", "filters"),
            ),
            Action(
                "email a photo of the front and back of the new insurance card",
                "Huong Nguyen",
                "2026-12-05",
                "tonight",
                ("photo", "card"),
            ),
            Action(
                "box up the old humidifier chamber for the courier",
                "Huong Nguyen",
                "2026-12-09",
                "on Wednesday",
                ("box up", "courier"),
            ),
            Action(
                "call to check the pressure settings",
                "Mireille",
                "2026-12-07",
                "Monday afternoon",
                ("pressure settings", "call"),
            ),
            Action(
                "make sure the new insurance is on file before the order ships",
                "Jamal Whitfield",
                None,
                None,
                ("insurance", "on file"),
            ),
        ],
        script="""
A: Mercer Home Medical, [person_name:Jamal] speaking.
C: Hi, my CPAP keeps beeping and showing error <error_code:seventeen>. I haven't slept properly in three nights. {neg}
A: Sorry to hear that. Your patient number?
C: [member_id:M H S four four seven oh nine one]. {neu}
A: Thanks. And your name and date of birth?
C: [person_name:Huong Nguyen], [person_name:N G U Y E N]. [date_of_birth:The thirtieth of June, nineteen sixty-four]. {neu}
A: Thank you, Ms [person_name:Nguyen]. Can you read me the serial number on the bottom of the machine?
C: <serial:Two three one, oh nine four, four seven seven, two>. {neu}
A: Error <error_code:seventeen> is usually the humidifier seal. Have you tried a reset?
C: My son already reset it twice. It didn't help at all. {neg}
A: Okay. We'll get a new humidifier chamber over to you by Wednesday, with fresh cushions and filters.
C: Wednesday? So four more nights of this. Great. {neg}
A: I'm sorry. If you wanted, you could switch to a nasal pillow mask at the same time.
C: No, I'm used to this one. {neu}
A: I see your insurance has changed. What's the new member ID?
C: [member_id:Y L Q, eight two six, three one one, oh four]. {neu}
A: Can you email me a photo of the front and back of the new card?
C: Sure, I'll do it tonight. {neu}
A: Your copay will be <amount:twenty-two dollars fifty>. Insurance covers new cushions every thirty days, so that's <quantity:two cushions> and <quantity:six filters>.
C: That's fine. {neu}
A: Is the delivery address the same?
C: Yes, [address:twenty-two ninety Belmont Avenue, apartment fourteen D], [zip:nine five eight one eight]. {neu}
A: What's the best number?
C: [phone:Nine one six, three oh seven, two two eight one]. {neu}
A: [phone:Nine one six, three oh seven, two two eight one]. You'll need to box up the old chamber for the courier on Wednesday. He swaps it at the door, between <time:ten> and <time:two>.
C: No problem at all. {neu}
A: Do you want a loaner machine for tonight?
C: No, I'll manage one more night. {neu}
A: [person_name:Mireille], our respiratory therapist, will call you Monday afternoon to check the pressure settings.
C: Oh, that's really kind. I've been worried the pressure is wrong. {pos}
A: And your e-mail for the tracking?
C: [email:Huong dot nguyen dot sixty-four at icloud dot com]. {neu}
A: Perfect. Your order number is <order:seven seven two, oh four one, nine>. I'll make sure the new insurance is on file before the order ships.
C: Thank you so much, [person_name:Jamal]. You've been a great help. {pos}
A: Our line is <phone_business:nine one six, five five five, oh one six two> if the beeping gets worse.
C: Fingers crossed I sleep tonight. Bye. {neu}
""",
    ),
    CallScript(
        id="12t03-dna-test-kits",
        trade="DNA and genealogy test kits",
        company="Rootline DNA",
        agent="Saoirse Brennan",
        customer="Oluwaseun Adeyemi",
        agent_voice="espeak:en-us+f3:140:55",
        customer_voice="hibari:155",
        noise_db=18.0,
        reason="A customer's saliva sample failed at the lab after seven weeks; he has also moved and wants a gift kit for his cousin.",
        outcome="A free replacement kit ships on Monday to his new address; the lab to check whether the first sample can be re-run; a second kit bought on his Amex for his cousin, who sets up her own account.",
        actions=[
            Action(
                "ship the free replacement kit",
                "Saoirse Brennan",
                "2026-12-07",
                "first thing Monday",
                ("replacement", "ship"),
            ),
            Action(
                "activate the new kit online before posting the sample back",
                "Oluwaseun Adeyemi",
                None,
                None,
                ("activate", "kit"),
            ),
            Action(
                "check whether the first sample can be re-run and email the customer",
                "Anneliese",
                "2026-12-08",
                "by Tuesday",
                ("re-run", "sample", "email"),
            ),
            Action(
                "send a screenshot of the app error",
                "Oluwaseun Adeyemi",
                "2026-12-05",
                "right after this call",
                ("screenshot",),
            ),
            Action(
                "set up her own account",
                "Bisi",
                "2026-12-11",
                "by Friday",
                ("account", "set up"),
            ),
        ],
        script="""
A: Rootline DNA, this is [person_name:Saoirse]. How can I help?
C: Hi. I got an e-mail saying my sample failed. I waited seven weeks for that. Seven! {neg}
A: Oh, I'm so sorry. What's the name on the account?
C: [person_name:Oluwaseun Adeyemi]. That's [person_name:A D E Y E M I]. {neu}
A: Thank you. For security, your date of birth?
C: [date_of_birth:Nine, fourteen, eighty-eight]. {neu}
A: Thanks. And the kit number on the tube?
C: <serial:Four four one seven, nine oh two, two one five>. {neu}
A: Yes, the lab marked it as low DNA. It happens to about <quantity:two percent> of kits.
C: <quantity:Two percent>, and I'm the lucky one. Typical. {neg}
A: I know, it's frustrating. We'll send a free replacement, and I'll ship it first thing Monday.
C: Okay, that's fair. But I've moved since. {neu}
A: What's the new address?
C: [address:3317 Wabash Avenue, unit five], Kansas City, [zip:six four one one oh]. {neu}
A: Thanks. And the best phone number?
C: [phone:Eight one six, four two nine, oh oh seven three]. Or my work line, [phone:nine one three, two six eight, four oh one five]. {neu}
A: You'll need to activate the new kit online before you post the sample back.
C: I know. I already posted the first one back in October, and paid the postage, which still annoys me. {neg}
A: Also, I'm going to have [person_name:Anneliese] in the lab check whether your first sample can be re-run. She'll email you by Tuesday.
C: Oh, that would be brilliant, actually. {pos}
A: Which e-mail should she use?
C: [email:Seun dot adeyemi eighty-eight at gmail dot com]. {neu}
A: [email:Seun dot adeyemi eighty-eight at gmail dot com]. You said the app shows an error too. Can you send me a screenshot?
C: Sure, right after this call. {neu}
A: If you wanted, you could add the health report for <amount:forty dollars> more.
C: No, thanks. But I'd like a kit for my cousin [person_name:Bisi]. She's visiting for Christmas. {neu}
A: Lovely. That's <amount:eighty-nine dollars>, or <amount:seventy-one> with the holiday code.
C: Great. It's an Amex. [card_number:Three seven four four, five five one two nine three, eight six oh oh three]. {neu}
A: Expiry date?
C: [card_expiry:January twenty-eight]. {neu}
A: And the four digits on the front?
C: [card_security_code:Seven one eight two]. {neu}
A: Thank you. Order number <order:two oh oh six, one four four, nine>. [person_name:Bisi] will need to set up her own account by Friday, when her kit arrives.
C: She'll love that. Can you gift wrap it? {pos}
A: We can, for <amount:five dollars>.
C: No, don't bother, I'll wrap it myself. {neu}
A: Sure. We normally ship on weekdays, so both kits go Monday.
C: You've turned my day around. Thank you, [person_name:Saoirse]. {pos}
A: You're welcome, [person_name:Oluwaseun]. Take care.
""",
    ),
    CallScript(
        id="12t04-ev-charger-installation",
        trade="electric-vehicle charger installation",
        company="Voltline Home Charging",
        agent="Dmitri Volkov",
        customer="Ximena Castaneda",
        agent_voice="hibari:158:200",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=15.0,
        reason="A new electric-car owner wants a home charger installed before Christmas; her panel needs an upgrade.",
        outcome="Installation booked: permit filed on Monday, wiring on Thursday the tenth, charger switched on after the city inspection on the fourteenth; deposit taken by card; the utility rebate to be paid by direct deposit once she signs the form.",
        actions=[
            Action(
                "file the permit with the city",
                "Dmitri Volkov",
                "2026-12-07",
                "on Monday morning",
                ("permit", "file"),
            ),
            Action(
                "sign the rebate form and send it back",
                "Ximena Castaneda",
                "2026-12-05",
                "this evening",
                ("sign", "rebate form", "send it back"),
            ),
            Action(
                "do the wiring and the panel upgrade",
                "Hiroshi",
                "2026-12-10",
                "on Thursday the tenth",
                ("wiring",),
            ),
            Action(
                "switch the charger on",
                "Hiroshi",
                "2026-12-14",
                "right after the inspection on the fourteenth",
                ("switch", "charger"),
            ),
            Action(
                "send a photo of the electrical panel with the door open",
                "Ximena Castaneda",
                "2026-12-09",
                "before Wednesday",
                ("photo", "panel"),
            ),
        ],
        script="""
A: Voltline Home Charging, [person_name:Dmitri] speaking.
C: Hi, it's [person_name:Ximena Castaneda]. We just got an electric car, and I'd love a charger in the garage before Christmas. {pos}
A: Congratulations! What's the address?
C: [address:1127 Sagebrush Drive], Fort Collins, [zip:eight oh five two six]. {neu}
A: Got it, quote <reference:seven seven oh, three one four>. A <quantity:forty-eight amp> charger, and the panel needs upgrading to <quantity:two hundred amps>.
C: The panel too? Oh, brilliant. More money. {neg}
A: The total is <amount:three thousand six hundred and forty dollars>, minus a utility rebate of <amount:five hundred>.
C: Okay. Well, at least there's a rebate. {neu}
A: The rebate is paid by direct deposit. Can I take your routing number?
C: [routing_number:One oh two, oh oh oh, oh two one]. {neu}
A: And the account number?
C: [bank_account:Seven seven one, oh eight four, two two nine five]. {neu}
A: Thanks. I already emailed you the rebate form this morning. Can you sign it and send it back?
C: Sure, I'll do it this evening. My e-mail is [email:ximena dot c dot one nine at outlook dot com]. {neu}
A: That's the one. We also need a deposit of <amount:three hundred dollars> to book the crew.
C: Fine. [card_number:Four two seven one, oh oh nine three, five five six eight, one one four four]. {neu}
A: Expiry?
C: [card_expiry:June of twenty-nine]. {neu}
A: And the code on the back?
C: [card_security_code:Oh five two]. {neu}
A: Thank you. Receipt number <reference:eight eight one, four oh six, two two>. I'll file the permit with the city on Monday morning.
C: The city? Ugh. They took two months over our fence. {neg}
A: [person_name:Hiroshi], our electrician, will do the wiring on <date:Thursday the tenth>, and he'll switch the charger on right after the inspection on the fourteenth.
C: Before Christmas! That's perfect, thank you. {pos}
A: Before Wednesday, you'll need to send us a photo of your electrical panel with the door open.
C: Sure, happy to. {neu}
A: And the best phone number for the crew?
C: [phone:Nine seven oh, two two four, six one eight eight]. {neu}
A: [person_name:Hiroshi]'s mobile is [phone:nine seven oh, five one three, oh four four seven].
C: Great. Does someone need to be home? {neu}
A: Someone has to let him in at <time:eight>. We usually install on weekdays only.
C: I work from home. Honestly, this was much easier than I feared. {pos}
A: Glad to hear it. If you wanted, you could add a second charger later. Do you want the cable tidy kit, for <amount:sixty dollars>?
C: No need, thanks. {neu}
A: All right. Our line is <phone_business:nine seven oh, five five five, oh one eight eight>.
C: Thank you, [person_name:Dmitri], bye! {pos}
""",
    ),
    CallScript(
        id="12t05-tattoo-studio",
        trade="tattoo studio",
        company="Iron Lotus Tattoo",
        agent="Rhiannon Pryce",
        customer="Annika Vogelsang",
        agent_voice="espeak:en-us+klatt:137:55",
        customer_voice="festival:kal_diphone",
        noise_db=18.5,
        reason="A client flying in from Hamburg has to move her four-hour session because her flight was changed.",
        outcome="Session moved to January the ninth and shortened to three hours; fifty dollars of the deposit refunded to her German account; she confirms the date by Wednesday and e-mails her ID for the age check; the artist sends a revised sketch before the end of the month.",
        actions=[
            Action(
                "confirm the new date",
                "Annika Vogelsang",
                "2026-12-09",
                "by Wednesday",
                ("confirm", "new date"),
            ),
            Action(
                "request the refund of the deposit difference",
                "Rhiannon Pryce",
                "2026-12-05",
                "today",
                ("refund", "request"),
            ),
            Action(
                "email a copy of her ID for the age check",
                "Annika Vogelsang",
                "2026-12-05",
                "in an hour",
                ("ID", "email"),
            ),
            Action(
                "send the revised sketch",
                "Kofi",
                "2026-12-31",
                "before the end of the month",
                ("revised sketch",),
            ),
        ],
        script="""
A: Iron Lotus Tattoo, [person_name:Rhiannon] speaking.
C: Hi, this is [person_name:Annika Vogelsang]. I'm booked with [person_name:Kofi] on <date:the twelfth>, but my flight from Hamburg got moved. I'm gutted. {neg}
A: Oh no. Let me find it. Booking <booking:five five two, oh one>, the four-hour session?
C: Yes, the heron on my forearm. I already paid the deposit in October. {neu}
A: Before I change anything, I need your date of birth for our records.
C: [date_of_birth:The fourth of February, two thousand and one]. {neu}
A: Thanks. [person_name:Kofi]'s next free day is <date:January the ninth>, at <time:eleven>.
C: January? That's ages away. Honestly, I'm so disappointed. {neg}
A: I know. If you wanted, you could do a smaller piece with our guest artist next week.
C: No, it has to be [person_name:Kofi]. I love his line work. {pos}
A: Fair enough. Then <date:January the ninth> it is. You'll need to confirm the new date by Wednesday, or the slot goes back on the list.
C: That should be fine. {neu}
A: The session's now <quantity:three hours>, not four, so we owe you <amount:fifty dollars> of your deposit.
C: Oh, nice, I didn't expect that. Can it go to my German account? {pos}
A: Sure, what's the IBAN?
C: [iban:D E four seven, two one oh five, oh one seven oh, oh oh one two, eight eight four four, oh six]. {neu}
A: Thanks. I'll request the refund today. It usually lands within five working days.
C: Perfect. {neu}
A: Can you email me a copy of your ID? It's for the age check.
C: Sure, I'll send it in an hour, when I'm back at the hotel. {neu}
A: What's the e-mail?
C: [email:Annika dot v ninety-nine at web dot de]. {neu}
A: And a phone number for [person_name:Kofi] to reach you?
C: My German mobile. [phone:Plus four nine, one five one, two two seven, eight four one nine six]. {neu}
A: [phone:Plus four nine, one five one, two two seven, eight four one nine six]. [person_name:Kofi] will have the revised sketch to you before the end of the month.
C: Oh, that's brilliant. I can't wait to see it. {pos}
A: We normally keep the deposit for no-shows, but you called ahead, so it's fine. Would you like numbing cream for the day?
C: No, thanks. I'm tougher than I look. {neu}
A: Our number's <phone_business:five oh three, five five five, oh one four one> if anything changes again.
C: Thank you, [person_name:Rhiannon]. You've been lovely. {pos}
""",
    ),
    CallScript(
        id="12t06-ferry-bookings",
        trade="ferry bookings",
        company="North Sea Crossings",
        agent="Tamsin Pengelly",
        customer="Femke Dijkstra",
        agent_voice="hibari:161:-100",
        customer_voice="espeak:en-us+f3:136:70",
        noise_db=19.0,
        reason="A couple's evening sailing to the Hook of Holland was cancelled by a storm; they need a new crossing with their car and dog.",
        outcome="Rebooked on the nine a.m. sailing on Tuesday the eighth; the unused cabin's eighty-four pounds refunded to her Dutch account; new boarding passes by e-mail; her husband's passport number still to be added online.",
        actions=[
            Action(
                "process the cabin refund",
                "Declan",
                "2026-12-09",
                "within three working days",
                ("refunds", "process"),
            ),
            Action(
                "email the new boarding passes",
                "Tamsin Pengelly",
                "2026-12-05",
                "within the hour",
                ("boarding passes", "email"),
            ),
            Action(
                "add her husband's passport number online",
                "Femke Dijkstra",
                "2026-12-07",
                "by Monday",
                ("passport number", "add"),
            ),
            Action(
                "bring the dog's pet passport to check-in",
                "Joost",
                None,
                None,
                ("pet passport", "bring"),
            ),
            Action(
                "remind her husband about the pet passport",
                "Femke Dijkstra",
                None,
                None,
                ("remind",),
            ),
        ],
        script="""
A: North Sea Crossings, [person_name:Tamsin] speaking, how can I help?
C: Hi, it's [person_name:Femke Dijkstra]. Our sailing tonight was cancelled, and I've been on hold forty minutes. Forty! {neg}
A: I'm really sorry. The storm has closed the port. Can I have your booking reference?
C: H V <booking:seven three, two nine one, eight>. {neu}
A: Thank you. <quantity:Two adults>, a car, a dog, and cabin <cabin:four one two>. And your club number, for the points?
C: [member_id:N S C, seven one, four four, nine two]. {neu}
A: Thanks. I can move you to <date:Tuesday the eighth>, the <time:nine a.m.> sailing.
C: Tuesday? Oh, wonderful. Two more nights in a hotel. {neg}
A: I know, I'm sorry. If you wanted, you could take the Monday night sailing, but there are no cabins left.
C: No, Tuesday morning is better with the dog. I already rebooked the hotel in Harwich anyway. {neu}
A: The day sailing has no cabin, so we owe you <amount:eighty-four pounds>. How would you like it back?
C: To my Dutch account, please. [iban:N L seven three, R A B O, oh three one eight, five five two nine, four nine]. {neu}
A: So that's ending [iban:two nine, four nine]?
C: Correct. {neu}
A: I'm going to have [person_name:Declan] in refunds process it within three working days.
C: Oh, that's a relief, thank you. {pos}
A: Your address on file looks old. What's the current one?
C: [address:Flat two, forty-one Ropemaker Street], Norwich, [zip:N R three, one E X]. {neu}
A: And your mobile?
C: [phone:Oh seven nine four six, one one two, eight three oh]. {neu}
A: [phone:Oh seven nine four six, one one two, eight three oh]. I'll email you the new boarding passes within the hour. Same e-mail as before?
C: No, it's changed. [email:femke dot d seventy at gmail dot com]. {neu}
A: Got it. One more thing: your husband's passport number is missing. You'll need to add it online by Monday.
C: [person_name:Joost]? Typical. He swore he'd done it. {neg}
A: And [person_name:Joost] will need to bring the dog's pet passport to check-in.
C: I'll remind him. Twice. {neu}
A: We always cancel when the wind's over force nine, so keep an eye on your texts.
C: Fingers crossed. Should I print the boarding passes? {neu}
A: No need, your phone's fine. Check-in closes at <time:eight>.
C: Okay. Honestly, you've been much nicer than the hold music. {pos}
A: Our line is <phone_business:oh three four four, eight seven one, two two oh six> if anything changes.
C: That's brilliant, thanks [person_name:Tamsin]. Bye. {pos}
""",
    ),
]

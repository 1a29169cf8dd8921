"""The FIFTEENTH-TEST half: six scripted two-party phone calls, a fifteenth set in trades none
of the earlier sets covered. Written blind from a brief on 2026-12-06 by a helper session that
read no product code (nothing under src/, no tests, no docs, no benchmark code beyond script.py
and generate.py, and no earlier set's calls beyond the first fourteenth-dev call, as a format
example; of the other call files only their module docstrings); see README.md. Frozen as of
the commit that adds it: do not edit the calls or the labels to suit a result. HELD OUT: do not
read these calls while tuning and do not tune on their figures; tune, if at all, on
fifteenth_dev_calls.py.

Trades: office copier leasing and service (for a church office), public transit paratransit
rides and eligibility, ambulance transport billing, flight school pilot training, taxidermy
studio, office coffee and vending machine service. The same weights as the dev half: action
items with named owners and due days, customer sentiment (every customer line labelled, about a
third clearly positive or negative), PII said the way people say it on the phone, and numbers
that must survive redaction. PII: a Visa with "double" inside the groups, a Mastercard corrected
mid-number and read back, and an Amex with a four-digit code, with expiries ("ten twenty-seven",
"June of twenty-nine", "oh five, thirty"); full SSNs said as one run of digits and in 3-2-4 with
a pair ("sixty-four fifty-seven"), read back whole or as a last four; dates of birth in digits
("six, two, fifty-five", "eleven, twelve, forty-one") and in words ("September the ninth, two
thousand four"); two routing and two account numbers, read back; a Swiss IBAN read in groups and
read back; a rider id, a Medicare number, a supplement plan id, a student pilot certificate and
a Canadian wildlife id; e-mails with spelled names, dots and digits; phones with "double", "oh"
and "plus one"; addresses with an apartment and a unit, house numbers in words, US ZIP codes and
a Canadian postal code; names from many cultures (Pakistani, Igbo, Swedish, Japanese, Dutch,
Romanian, Kenyan, South African, Spanish, Scottish, Swiss, Indian, French-Canadian, Muscogee,
Malaysian Chinese, Korean, Norwegian, Bengali, Ukrainian), six spelled letter by letter, and
third parties (a pastor, a technician, a doctor, a daughter, a patient's sister, an examiner, an
instructor, an accounts clerk, a father, a customs broker, a hunting guide, a route driver, a
sales rep, a gym owner). Must-survive numbers, 6-9 per call: lease, ticket, confirmation,
invoice, receipt, booking, job and machine numbers, amounts, times, dates, quantities and the
business's own fax line as `<phone_business:...>`, several right after a sensitive answer.

Each call has 4-5 action items in varied sentence shapes, owned by the agent, the customer or a
third person named in the call, due "tomorrow morning", "by Wednesday", "Thursday", "before the
fifteenth", "tomorrow", "before the end of the month", "this afternoon", "Monday", "by the
eighteenth", "Thursday afternoon", "on the eighth", "tonight", "on the nineteenth", "by January
twenty-second", "Tuesday", and six with no day. Look-alikes that are not action items: things
already done (a sixty-day hold, a signed transfer form, a commission check already mailed),
hypotheticals ("if the jam turns out to be the fuser", "if the weather's bad again", "if it
never shows up"), policies (a pick-up window, a restocking day), declined offers (a rug, a
second card reader) and the agent narrating what they are doing right now.

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
        id="15t01-church-copier-lease",
        trade="office copier leasing and service (a church office)",
        company="Summit Document Solutions",
        agent="Hamza Qureshi",
        customer="Perpetua Nwachukwu",
        agent_voice="hibari:199",
        customer_voice="espeak:en-us+klatt:132:44",
        noise_db=17.0,
        reason="A church administrator calls after Sunday service because the leased copier keeps jamming before the Christmas bulletins, and to move the lease payments to the church's new bank and ask about a colour upgrade.",
        outcome="A technician comes tomorrow morning, the bank details are changed before the fifteenth with a voided check to follow by mail, and the colour-model quote goes out by Wednesday for the pastor to sign on Thursday.",
        actions=[
            Action(
                "come out and fix the paper jam in the second tray",
                "Jun Watanabe",
                "2026-12-07",
                "tomorrow morning",
                ("jam", "tech"),
            ),
            Action(
                "send a quote for the colour copier",
                "Hamza Qureshi",
                "2026-12-09",
                "by Wednesday",
                ("quote",),
            ),
            Action(
                "sign the new lease paperwork when he is back",
                "Dale Lindgren",
                "2026-12-10",
                "Thursday",
                ("sign",),
            ),
            Action(
                "switch the automatic lease payment to the new bank account",
                "Hamza Qureshi",
                "2026-12-15",
                "before the fifteenth",
                ("changed", "account"),
            ),
            Action(
                "mail a voided check from the new account",
                "Perpetua Nwachukwu",
                None,
                None,
                ("voided check", "mail"),
            ),
        ],
        script="""
A: Summit Document Solutions, after-hours line, this is [person_name:Hamza].
C: Hi, [person_name:Hamza]. It's [person_name:Perpetua Nwachukwu], at Grace Fellowship. The copier is jamming again, and I have all the Christmas bulletins to print. {neg}
A: Oh no, not this week of all weeks. Let me pull up the lease. Can you spell the last name for me?
C: [person_name:N W A C H U K W U]. {neu}
A: Thank you. I've got lease <lease:S D S four one one eight two>, the Ricoh in the main office?
C: That's the one. It jams in the second tray, every fifth sheet or so. It's driving me up the wall. {neg}
A: Can you read me the meter count off the screen?
C: Um, hold on... <quantity:forty-one thousand eight hundred and six>. {neu}
A: Okay. I'm opening a service ticket as we speak, <ticket:seven seven three oh two>. Our tech, [person_name:Jun Watanabe], will be there tomorrow morning at <time:eight thirty> to look at the jam.
C: Oh, thank goodness. Tomorrow is perfect. {pos}
A: Will someone be there to let him in?
C: I'm always in by eight on Mondays, so he can come straight to the office. {neu}
A: Great. Last month you mentioned upgrading to the colour model?
C: Yes, the church council approved it. But the pastor has to sign anything new. {neu}
A: Sure. I'll put together a quote on the colour unit and send it over by Wednesday.
C: Pastor [person_name:Dale Lindgren] is away until Thursday. He'll sign it when he's back, on Thursday. {neu}
A: No problem. You're at <amount:one forty-nine> a month now, right?
C: One forty-nine, yes. And the new one would be? {neu}
A: About <amount:two nineteen> a month, with <quantity:five thousand> colour pages included.
C: Hmm, that's more than I hoped. The finance committee is going to grumble. {neg}
A: Understood. I'll see what I can do on the page allowance.
C: Oh, and that reminds me, we changed banks in November. The payment has to come out of the new account now. {neu}
A: Sure. What's the routing number?
C: [routing_number:Oh nine one, oh oh oh, one nine oh]. {neu}
A: And the account?
C: [bank_account:Eight eight three oh, one five six, two four seven]. {neu}
A: Reading that back, [bank_account:eight eight three oh, one five six, two four seven]. The next draft is <amount:one forty-nine> on <date:December fifteenth>, and I'll get the account changed before the fifteenth.
C: Okay. Do you need a voided check too? {neu}
A: The bank form's enough, but a voided check makes life easier for our billing people.
C: Then I'll pop a voided check in the mail. {neu}
A: Perfect. And the best number to call you back on?
C: My cell, [phone:two one eight, oh four nine, seven seven three oh]. {neu}
A: [phone:Two one eight, oh four nine, seven seven three oh]. And the email for the quote?
C: It's [email:perpetua dot N W A C H U K W U fifty-one at gmail dot com]. {neu}
A: Got it. If the jam turns out to be the fuser, [person_name:Jun] could swap it on the spot, and that's covered under your lease.
C: Good, because the last repair bill was a real shock. {neg}
A: I remember. That was before your lease included parts.
C: Okay. Thank you, [person_name:Hamza]. You've saved my Christmas. {pos}
A: Ha, happy to. I'm adding the note about the bulletins to the ticket now. Take care, [person_name:Perpetua].
""",
    ),
    CallScript(
        id="15t02-paratransit-booking",
        trade="public transit paratransit rides and eligibility",
        company="Tri-County Transit Access Ride",
        agent="Rosalind Achterberg",
        customer="Bogdan Petrescu",
        agent_voice="festival:cmu_us_slt_arctic_hts:+100",
        customer_voice="hibari:186:-120",
        noise_db=16.0,
        reason="An elderly rider whose paratransit eligibility ends on December thirty-first needs to renew it and book his regular rides to dialysis.",
        outcome="A standing order for Monday, Wednesday and Friday rides starts tomorrow; the renewal packet is mailed tomorrow for his daughter to take to his doctor, who completes the medical part before the end of the month, and the ride confirmation is e-mailed to the daughter this afternoon.",
        actions=[
            Action(
                "mail the eligibility renewal packet",
                "Rosalind Achterberg",
                "2026-12-07",
                "tomorrow",
                ("packet", "mail"),
            ),
            Action(
                "fill in the medical part of the renewal",
                "Wanjiru Kamau",
                "2026-12-31",
                "before the end of the month",
                ("medical part", "fill"),
            ),
            Action(
                "take the renewal form to the doctor",
                "Ioana Petrescu",
                None,
                None,
                ("take it", "doctor"),
            ),
            Action(
                "e-mail the ride confirmation to the daughter",
                "Rosalind Achterberg",
                "2026-12-06",
                "this afternoon",
                ("email", "confirmation"),
            ),
        ],
        script="""
A: Access Ride reservations, this is [person_name:Rosalind]. How can I help you?
C: Hello, yes. My name is [person_name:Bogdan Petrescu]. I need to book my rides for dialysis, and also they sent me a letter that my eligibility is ending. {neu}
A: Okay, I can help with both. Could you spell the last name for me?
C: [person_name:P E T R E S C U]. {neu}
A: Thank you. And your rider ID?
C: It is [member_id:P T zero six six, one eight four]. {neu}
A: And your date of birth?
C: [date_of_birth:Six, two, fifty-five]. {neu}
A: [date_of_birth:June second, nineteen fifty-five]. Thank you, Mr. [person_name:Petrescu]. Yes, your eligibility runs out on <date:December thirty-first>.
C: This is what worries me. Without these rides I cannot get to dialysis. I do not drive anymore. {neg}
A: I understand. We won't let it lapse. Your address is still [address:twenty-two ten Kessler Avenue, apartment four B]?
C: Yes, apartment four B. [zip:Five five one oh six]. {neu}
A: The renewal form asks for a Social Security number. It's optional, but it speeds things up.
C: Okay. It is [ssn:four oh nine seven seven one three eight two]. {neu}
A: Just the last four to confirm, [ssn:one three eight two]?
C: Yes. {neu}
A: Thank you. The renewal also needs a new assessment from your doctor. Who's your doctor?
C: Doctor [person_name:Kamau]. [person_name:Wanjiru Kamau], at the kidney clinic. {neu}
A: So Doctor [person_name:Kamau] has to fill in the medical part before the end of the month. I'll mail the renewal packet to you tomorrow, and there's a page in it for her.
C: Tomorrow, okay. My daughter [person_name:Ioana] will take it to the doctor, she does all my papers. {neu}
A: Perfect. Now, the rides. Monday, Wednesday and Friday?
C: Yes. Dialysis starts at <time:seven a.m.>, so pick up at... six fifteen? {neu}
A: Pick-up at <time:six fifteen>, and the return trip at <time:eleven thirty>. I'm setting that up as a standing order starting tomorrow... there.
C: Good. But last week the driver came twenty-five minutes late. I almost missed my chair. {neg}
A: I'm sorry about that, I've noted it. The pick-up window is <quantity:thirty minutes> either side, that's the policy.
C: Thirty minutes. So I stand outside in the cold for half an hour. Wonderful. {neg}
A: I know, it's not ideal. You can wait inside, the driver phones you when they're at the door.
C: Okay. Then please, the driver should phone my daughter also. {neu}
A: Sure, what's her number?
C: [phone:Six one two, double oh four, double eight two nine]. {neu}
A: [phone:Six one two, zero zero four, eight eight two nine].
C: Yes, that's right. {neu}
A: Your standing order confirmation is <confirmation:S O four four eight one seven>. Each ride is <amount:two dollars seventy-five>, you pay the driver.
C: Two seventy-five. Good, at least that is still cheap. {pos}
A: Would you like the confirmation sent to [person_name:Ioana] by email as well?
C: Yes, please. It is [email:I O A N A dot petrescu seventy-three at yahoo dot com]. {neu}
A: Got it. I'll email the confirmation to her this afternoon.
C: Thank you. You are very patient with me. {pos}
A: It's no trouble at all. Anything else I can help with?
C: No. I was very worried about that letter, and now I feel much better. Thank you, [person_name:Rosalind]. {pos}
A: You're welcome, Mr. [person_name:Petrescu]. Your first ride is tomorrow at six fifteen.
""",
    ),
    CallScript(
        id="15t03-ambulance-billing",
        trade="ambulance transport billing",
        company="Coastal Ambulance Billing Services",
        agent="Thandiwe Mokoena",
        customer="Luis Ortega",
        agent_voice="hibari:208:+40",
        customer_voice="festival:kal_diphone:-50",
        noise_db=14.0,
        reason="A son calls about an eighteen-hundred-dollar ambulance bill sent to his father, who is on Medicare with a supplement, because the Medicare number on file was wrong.",
        outcome="The Medicare and supplement numbers are corrected, the deductible is paid by Visa, the claim is resubmitted on Monday, the son faxes the power of attorney tomorrow, his sister mails the summary notice and a corrected statement goes out by the eighteenth.",
        actions=[
            Action(
                "resubmit the transport claim to Medicare with the corrected number",
                "Thandiwe Mokoena",
                "2026-12-07",
                "Monday",
                ("resubmit",),
            ),
            Action(
                "fax the power of attorney",
                "Luis Ortega",
                "2026-12-07",
                "tomorrow",
                ("fax", "power of attorney"),
            ),
            Action(
                "mail the November Medicare summary notice to the billing office",
                "Marisela Ortega",
                None,
                None,
                ("mail", "summary notice"),
            ),
            Action(
                "mail the father a corrected statement showing a zero balance",
                "Thandiwe Mokoena",
                "2026-12-18",
                "by the eighteenth",
                ("statement", "corrected"),
            ),
        ],
        script="""
A: Coastal Ambulance Billing, this is [person_name:Thandiwe], how can I help you?
C: Hi. I'm calling about a bill my father got for an ambulance ride. It's for eighteen hundred dollars, and he's on Medicare, so I really don't understand it. {neg}
A: I'm sorry for the confusion. Do you have the invoice number?
C: It's <invoice:A R two six one, one oh eight four>. {neu}
A: Thank you. And the patient's name?
C: [person_name:Aurelio Ortega]. I'm his son, [person_name:Luis]. {neu}
A: And his date of birth?
C: [date_of_birth:Eleven, twelve, forty-one]. {neu}
A: Okay. Are you authorized on his account?
C: I have his power of attorney. {neu}
A: Good. So this is the transport on <date:November eighth>. It was <quantity:fourteen miles> to Seaside General, and it was billed at <amount:eighteen hundred forty-two dollars>.
C: Right. That was the night he fell. It was awful. {neg}
A: I'm sorry. It looks like it was billed to him because the Medicare number we had was wrong. Do you have his card handy?
C: Yes, I'm holding it. It's [member_id:one E G four, T E five, M K seven three]. {neu}
A: Let me read that back. [member_id:One E G four, T E five, M K seven three]. And does he have a supplement?
C: That's right. And yes, the supplement plan ID is [member_id:W Z H six six oh four one one eight]. {neu}
A: Okay. I'll resubmit it to Medicare on Monday with the right number, and the supplement picks up the twenty percent.
C: Oh, thank God. So he won't owe eighteen hundred dollars. {pos}
A: He shouldn't. Just the Part B deductible, that's <amount:two hundred eighty-three dollars>.
C: Can I pay the deductible now, so it's done? {neu}
A: You can. The Medicare form also wants his Social Security number on file.
C: [ssn:Two three one, oh eight, sixty-four fifty-seven]. {neu}
A: [ssn:Two three one, oh eight, six four five seven]. And the card you're paying with?
C: It's my Visa. [card_number:Four oh one two, double eight three nine, seven one six, double oh, two seven two]. {neu}
A: Expiration?
C: [card_expiry:Ten twenty-seven]. {neu}
A: Security code?
C: [card_security_code:Eight oh nine]. {neu}
A: Thank you. That's <amount:two hundred eighty-three dollars> paid, receipt number <receipt:R four oh two two nine>. And statements still go to [address:six hundred and four Seaview Drive]?
C: Yes, and the ZIP is [zip:nine five oh six two]. {neu}
A: I've also put a <quantity:sixty-day> hold on the account, so nothing goes to collections while Medicare processes it.
C: Collections? Nobody said anything about collections. That's scary. {neg}
A: It won't get anywhere near that, I promise. The hold is already on.
C: Okay. My sister [person_name:Marisela] has all his Medicare paperwork, the summary notices. Would that help? {neu}
A: It would. The one for November would be great.
C: Then she'll mail you the summary notice, she's good with that stuff. {neu}
A: Great. And the power of attorney?
C: I'll fax it tomorrow from work. {neu}
A: Our fax is <phone_business:eight three one, four seven seven, two oh oh nine>.
C: Eight three one, four seven seven, two oh oh nine. {neu}
A: And once everything clears, I'll mail your father a corrected statement showing the zero balance, by the eighteenth.
C: That's a huge relief. Thank you, [person_name:Thandiwe], honestly. {pos}
A: You're welcome, [person_name:Luis]. Give your dad my best.
C: I will. He'll be so glad to hear it. {pos}
""",
    ),
    CallScript(
        id="15t04-flight-school",
        trade="flight school pilot training",
        company="Blue Heron Flight Academy",
        agent="Callum Reid",
        customer="Lea Zimmermann",
        agent_voice="espeak:en-us+klatt:145:55",
        customer_voice="festival:cmu_us_slt_arctic_hts:-150",
        noise_db=15.0,
        reason="A Swiss student pilot whose checkride was cancelled by weather for the third time needs it rebooked, must buy two more training hours, and is owed her housing deposit back.",
        outcome="The checkride is rebooked for the nineteenth, a two-hour training block is paid by Mastercard, the deposit refund goes to her Swiss account on the eighth, and her instructor flies with her on Thursday afternoon.",
        actions=[
            Action(
                "fly the pattern work with the student and sign her logbook endorsement",
                "Anand Venkataraman",
                "2026-12-10",
                "Thursday afternoon",
                ("pattern", "endorsement"),
            ),
            Action(
                "wire the housing deposit refund to the Swiss account",
                "Marguerite Lavoie",
                "2026-12-08",
                "on the eighth",
                ("send", "refund"),
            ),
            Action(
                "go over the airspace questions again",
                "Lea Zimmermann",
                "2026-12-06",
                "tonight",
                ("airspace",),
            ),
            Action(
                "bring the pilot certificate, medical and logbook to the checkride",
                "Lea Zimmermann",
                "2026-12-19",
                "on the nineteenth",
                ("bring", "logbook"),
            ),
        ],
        script="""
A: Blue Heron Flight Academy, [person_name:Callum] speaking.
C: Hi [person_name:Callum], it's [person_name:Lea Zimmermann]. My checkride yesterday got cancelled because of the weather. Again. {neg}
A: Ugh, I saw. Those storms. That's the second time, right?
C: Third. The third time. I'm starting to think the sky hates me. {neg}
A: Ha. Let's get you rebooked. Can you spell the last name for me?
C: [person_name:Z I M M E R M A N N]. Two M's in the middle, two N's at the end. {neu}
A: Got it. And your date of birth, for the file?
C: [date_of_birth:September the ninth, two thousand four]. {neu}
A: Thanks. Mr. [person_name:Pettigrew], the examiner, has an opening <date:Saturday the nineteenth> at <time:eight a.m.>.
C: The nineteenth. Okay, yes, take it. {neu}
A: Done, you're on. [person_name:Anand] wants you to do <quantity:two hours> of pattern work before then, since it's been a while.
C: Two more hours. Okay, it makes sense, but my budget is crying. {neg}
A: He'll take you up Thursday afternoon for the pattern work, and he'll sign your logbook endorsement after that flight.
C: Thursday works. I love flying with [person_name:Anand], he's so calm. {pos}
A: Two hours dual plus the aircraft, that's a <amount:four hundred eighty dollar> block. How do you want to pay?
C: Mastercard. [card_number:Five two two nine, one eight six three, sorry, one eight three six, four four seven oh, two five one four]. {neu}
A: So, [card_number:five two two nine, one eight three six, four four seven oh, two five one four].
C: Correct. {neu}
A: Expiry?
C: [card_expiry:June of twenty-nine]. {neu}
A: And the CVC?
C: [card_security_code:Five five one]. {neu}
A: Okay, that's gone through. Your booking number is <booking:B H four four two oh>.
C: Also, I wanted to ask about the housing deposit. I moved out of the academy apartment early, I'm staying with a friend now. {neu}
A: Right, you're owed the <amount:six hundred dollar> deposit back. Refunds abroad go by wire. Still to your Swiss account?
C: Yes. The IBAN is [iban:C H nine three, zero zero seven six, two zero one one, six two three eight, five two nine five seven]. {neu}
A: Let me repeat that. [iban:C H nine three, oh oh seven six, two oh one one, six two three eight, five two nine five seven].
C: Correct. The account is in my father's name too, [person_name:Urs Zimmermann]. [person_name:U R S]. {neu}
A: Got it. [person_name:Marguerite Lavoie] in accounts does the international refunds, and she'll send yours on the eighth.
C: Great, my dad will be so happy, he keeps asking about that money. {pos}
A: And what's your address while you're at your friend's?
C: [address:Seventeen forty Skyway Drive, unit nine], Sebring, [zip:three three eight seven oh]. {neu}
A: And your student pilot certificate number is still [member_id:three nine eight, four four one, oh two]?
C: Yes, that's it. {neu}
A: On the nineteenth, bring the certificate, your medical and your logbook.
C: I'll bring all three. And I'm going over the airspace questions again tonight, Mr. [person_name:Pettigrew] always asks about them. {neu}
A: Smart. And for the receipt, still the bluewin email?
C: No, use my Gmail. It's [email:L E A Z nine nine at gmail dot com]. {neu}
A: Got it. And if the weather's bad again on the nineteenth, we'd just move you to Sunday.
C: Please don't even say it. {neu}
A: Ha. Phone still [phone:eight six three, four oh one, seven seven two two]?
C: That's right. Thank you, [person_name:Callum], you've been really helpful. Fourth time lucky. {pos}
A: Fourth time lucky. Take care, [person_name:Lea].
""",
    ),
    CallScript(
        id="15t05-taxidermy-studio",
        trade="taxidermy studio",
        company="Timberline Taxidermy",
        agent="Wade Harjo",
        customer="Gaetan Bouchard",
        agent_voice="festival:kal_diphone:+60",
        customer_voice="espeak:en-us+f3:135:48",
        noise_db=17.5,
        reason="A hunter from Alberta checks on the elk shoulder mount he left in October, adds a habitat base and sorts out shipping the finished mount to Canada.",
        outcome="He pays half the new balance by Amex and gives his wildlife ID and Canadian address for the export forms; the mount is finished by January twenty-second, the permit application is e-mailed tomorrow morning for him to sign the same day, and a customs broker files the import declaration.",
        actions=[
            Action(
                "finish the elk shoulder mount",
                "Wade Harjo",
                "2027-01-22",
                "by January twenty-second",
                ("finish",),
            ),
            Action(
                "e-mail the export permit application to sign",
                "Wade Harjo",
                "2026-12-07",
                "tomorrow morning",
                ("permit application", "email"),
            ),
            Action(
                "sign the permit application and send it back",
                "Gaetan Bouchard",
                "2026-12-07",
                "tomorrow",
                ("sign",),
            ),
            Action(
                "file the Canadian import declaration a week before the mount ships",
                "Siew Ling Tan",
                None,
                None,
                ("import declaration", "file"),
            ),
            Action(
                "send progress photos once the mount is on its base",
                "Wade Harjo",
                None,
                None,
                ("photos",),
            ),
        ],
        script="""
A: Timberline Taxidermy, [person_name:Wade] here.
C: Hi [person_name:Wade], [person_name:Gaetan Bouchard] calling, from up in Alberta. I dropped an elk off with you in October. {neu}
A: Oh, sure, the big six-by-six from the Bitterroot hunt?
C: That's the one! How's he coming along? {pos}
A: He's back from the tannery and on the form. Your job number is <job:T T two two six one>, right?
C: I think so, it's on the slip here... yes, <job:T T two two six one>. {neu}
A: Can you spell your first name for me? I want the export forms right.
C: [person_name:G A E T A N]. No accent on the forms, it always gets mangled anyway. {neu}
A: Got it. So, you'd asked about the habitat base, the one with the rocks and the grass?
C: Yes. What's that come to? {neu}
A: The habitat base adds <amount:four hundred fifty dollars>, so the total is <amount:two thousand three hundred seventy-five>.
C: Ouch. Ah well, he deserves it. Let's do it. {pos}
A: You've paid the <amount:eight hundred> deposit, so the balance is <amount:fifteen seventy-five>. We take half now to order the base materials.
C: Okay. Amex. [card_number:Three four eight seven, one six two oh nine five, four four oh one six]. {neu}
A: Expiry date?
C: [card_expiry:Oh five, thirty]. {neu}
A: And the four digits on the front, above the number.
C: [card_security_code:Seven three one oh]. {neu}
A: Perfect. That's <amount:seven eighty-seven fifty> charged.
C: Okay. And when will he be done? {neu}
A: I'll have him finished by <date:January twenty-second>.
C: Good. Now, the shipping to Canada. Last time, with a deer, it sat at the border for three weeks. That was a nightmare. {neg}
A: Yeah, it's the paperwork. For elk you need a Montana export permit and a Canadian import declaration. I'll need your Alberta wildlife ID for the forms.
C: My WIN number. It's [member_id:one oh three two, four four eight, nine oh six]. {neu}
A: And the address in Alberta the crate goes to?
C: [address:Four eleven Birch Crescent], Hinton, Alberta, [zip:T seven V, one X four]. {neu}
A: T seven V, one X four. And a phone number for the freight company?
C: [phone:Plus one, seven eight oh, eight six five, two two oh three]. {neu}
A: [phone:Seven eight oh, eight six five, double two oh three].
C: Yes. {neu}
A: I use a customs broker in Sweetgrass, [person_name:Siew Ling Tan]. She'll file the import declaration a week before it ships.
C: Okay. As long as it doesn't sit in some warehouse again, I'm still not over the last time. {neg}
A: And your guide, [person_name:Ray Whitehorse], already signed the transfer form back in October, so that part's done.
C: [person_name:Ray]'s great, he's always on top of that stuff. {pos}
A: I'll email you the permit application tomorrow morning. What's the best email?
C: [email:G B O U C H A R D dot hunts at shaw dot ca]. {neu}
A: Got it. It just needs your signature.
C: I'll sign it tomorrow as soon as it comes in and send it right back. {neu}
A: If you wanted the hide tanned as a rug too, we could do that, but the wait's about a year.
C: No, just the shoulder mount. My wife already says the wall's full. {neu}
A: Ha. I'll send you progress photos once he's on the base.
C: Oh, I'd love that! Thanks, [person_name:Wade]. {pos}
A: You bet, [person_name:Gaetan]. Talk soon.
""",
    ),
    CallScript(
        id="15t06-office-vending-service",
        trade="office coffee and vending machine service",
        company="Perkline Refreshment Services",
        agent="Oksana Hrytsenko",
        customer="Shreya Bhattacharya",
        agent_voice="hibari:175:-60",
        customer_voice="espeak:en-us+klatt:130:40",
        noise_db=18.0,
        reason="The manager of a twenty-four-hour gym reports a vending machine that takes money without vending, and passes on the owner's request to get commission by direct deposit and a drinks cooler.",
        outcome="A ticket is opened and the route driver fixes the machine tomorrow with cash for the refunds; the manager e-mails the refund list tonight, the ACH form goes to the owner this afternoon for his signature, and the sales rep calls the owner on Tuesday about the cooler.",
        actions=[
            Action(
                "repair the snack machine and bring cash to refund the members",
                "Esteban Morales",
                "2026-12-07",
                "tomorrow",
                ("fix", "refund"),
            ),
            Action(
                "e-mail the list of members who lost money",
                "Shreya Bhattacharya",
                "2026-12-06",
                "tonight",
                ("list", "email"),
            ),
            Action(
                "call the gym owner about a drinks cooler",
                "Min-jun Cho",
                "2026-12-08",
                "Tuesday",
                ("cooler", "call"),
            ),
            Action(
                "send the owner the direct deposit form",
                "Oksana Hrytsenko",
                "2026-12-06",
                "this afternoon",
                ("direct deposit form", "send"),
            ),
            Action(
                "sign the direct deposit form",
                "Gunnar Halvorsen",
                None,
                None,
                ("sign",),
            ),
        ],
        script="""
A: Perkline Refreshment, this is [person_name:Oksana].
C: Hi, this is [person_name:Shreya Bhattacharya], I manage Iron Harbor Fitness on Dock Street. Your snack machine has been eating people's money all weekend. {neg}
A: Oh no, I'm sorry. Which machine is it? There's a sticker on the side with a number.
C: Hang on... it says <asset:V M oh seven seven four two>. {neu}
A: Got it, the combo machine by the front desk. Sorry, could I get your last name spelled?
C: [person_name:B H A T T A C H A R Y A]. {neu}
A: Thank you. So what's it doing?
C: It takes the dollar, doesn't vend, and the card reader just says "see attendant". And apparently I'm the attendant. {neg}
A: Ha, sorry. I'm opening ticket <ticket:four one one eight six> right now. Our route driver, [person_name:Esteban Morales], will be out tomorrow by <time:eleven> to fix it, and he'll bring cash to refund your members.
C: By eleven, okay. Good, because people are really annoyed. {neg}
A: Just write down who lost money and how much.
C: I've already got a list going, about <quantity:nine people>, <amount:twenty-three dollars> total. I'll email the list to you tonight. {neu}
A: Perfect. Anything else while I have you?
C: Yes. [person_name:Gunnar], the owner, asked about your commission checks. We changed banks, and he wants it by direct deposit now. {neu}
A: Sure, we can do ACH. I just need the routing and account number, and the account has to be in the business name.
C: Routing is [routing_number:one two five, oh oh oh, one oh five]. And the account is [bank_account:oh oh four one, seven seven two, three eight five six]. {neu}
A: Let me read that back. Routing [routing_number:one two five, zero zero zero, one zero five], account [bank_account:zero zero four one, seven seven two, three eight five six].
C: Yes. {neu}
A: The November commission was <amount:three hundred twelve dollars>. That one already went out as a check on Tuesday.
C: Oh. We haven't seen it. Of course we haven't. {neg}
A: If it never shows up, we can always void it and reissue it. And the commission rate stays at <quantity:fifteen percent>.
C: Okay. And the protein shake cooler we asked about? [person_name:Gunnar] really wants that. People keep asking for cold drinks after their workouts. {neu}
A: Our sales rep, [person_name:Min-jun Cho], handles new equipment. He'll call [person_name:Gunnar] on Tuesday about the cooler.
C: Oh, great, he'll be thrilled. {pos}
A: What's the best number for [person_name:Gunnar]?
C: [phone:Two oh six, seven oh seven, four four one oh]. {neu}
A: [phone:Two oh six, seven oh seven, four four one oh]. And his email, for the direct deposit form?
C: [email:G U N N A R dot halvorsen at iron harbor fit dot com]. {neu}
A: Thanks. I'll send him the direct deposit form this afternoon, it just needs his signature.
C: He'll sign it, don't worry, he's been asking for this for months. {neu}
A: Great. We usually restock that machine on Thursdays, by the way, so if it's empty on a Wednesday, that's why.
C: Good to know. {neu}
A: Do you want us to put a second card reader on the drink machine while we're there?
C: No, one's enough. {neu}
A: No problem. I'm adding your notes to the ticket now.
C: Thanks for being so quick about this, [person_name:Oksana], really. {pos}
A: Of course, [person_name:Shreya]. Sorry again about the weekend.
""",
    ),
]

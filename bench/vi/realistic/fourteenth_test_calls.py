"""The FOURTEENTH-TEST half: six scripted two-party phone calls, a fourteenth set in trades none
of the earlier sets covered. Written blind from a brief on 2026-12-06 by a helper session that
read no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond
the first thirteenth-dev call, as a format example); see README.md. Frozen as of the commit
that adds it: do not edit the calls or the labels to suit a result. HELD OUT: do not read these
calls while tuning and do not tune on their figures; tune on fourteenth_dev_calls.py.

Six trades none of the earlier sets used; the same brief as the dev half (action items with
named owners and due days said in varied ways, with look-alikes that are not tasks; customer
sentiment; PII said the way people say it on the phone; numbers that must survive redaction).

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
        id="14t01-mold-remediation",
        trade="mold remediation contractor",
        company="Drywise Restoration",
        agent="Camille Beauregard",
        customer="Oksana Shevchenko",
        agent_voice="hibari:190",
        customer_voice="festival:cmu_us_slt_arctic_hts:-120",
        noise_db=16.0,
        reason="A condo owner found black mold behind her bathroom vanity after a slow leak and wants it removed under her insurance claim.",
        outcome="Remediation booked from Monday morning; the building manager leaves the mechanical room open, the scope of work goes to the adjuster by close of business tomorrow, and the owner forwards the claim letter tonight, clears the linen closet and pays the deductible by bank transfer.",
        actions=[
            Action(
                "set up containment and the air scrubbers",
                "Luis",
                "2026-12-07",
                "Monday, bright and early",
                ("containment", "scrubber", "set up"),
            ),
            Action(
                "leave the mechanical room unlocked",
                "Gerald Pruitt",
                "2026-12-07",
                "Monday morning",
                ("mechanical room", "unlock"),
            ),
            Action(
                "send the scope of work and estimate to the adjuster",
                "Camille Beauregard",
                "2026-12-07",
                "by close of business tomorrow",
                ("scope", "estimate", "adjuster"),
            ),
            Action(
                "forward the claim acknowledgment letter",
                "Oksana Shevchenko",
                "2026-12-06",
                "tonight",
                ("claim", "letter", "forward"),
            ),
            Action(
                "clear out the linen closet next to the bathroom",
                "Oksana Shevchenko",
                "2026-12-07",
                "before Monday",
                ("closet", "clear"),
            ),
        ],
        script="""
A: Drywise Restoration, [person_name:Camille] speaking.
C: Hi. So, um, my plumber pulled out the bathroom vanity Friday and the wall behind it is black. It's disgusting. {neg}
A: Oh no. How big an area?
C: He said about <quantity:forty-eight square feet>. {neu}
A: That's a full containment job. Your name?
C: [person_name:Oksana Shevchenko]. [person_name:S H E V C H E N K O]. {neu}
A: Thank you, [person_name:Oksana]. And the property?
C: It's a condo. [address:Seventeen fifty Harbor View Drive, unit four oh nine], Tampa, [zip:three three six oh two]. {neu}
A: Is this going through insurance?
C: Yes. The policy is [member_id:H O four dash seven seven one, two oh eight, nine], and the claim number is <claim:C L six six one four oh three>. I already sent photos to the adjuster on Friday. {neu}
A: Good. Who's the adjuster?
C: [person_name:Nadia Haddad]. She was lovely, actually. {pos}
A: Great. I'll send [person_name:Nadia] our scope of work and the estimate by close of business tomorrow. I'm emailing the lab right now to reserve the air test, too.
C: Oh, good. Thank you. {pos}
A: Our crew lead, [person_name:Luis], will be there Monday, bright and early, to set up containment and the air scrubbers. Usually by <time:eight>.
C: Monday at eight. The building manager would have to open the mechanical room, the water shutoff's in there. {neu}
A: Can you ask him?
C: I already did. [person_name:Gerald Pruitt], he said he'll leave it unlocked Monday morning. {neu}
A: Perfect. And can you clear out the linen closet next to the bathroom before Monday? We may have to open that wall too.
C: Ugh, fine. More fun for my weekend. {neg}
A: Sorry! If you see it spreading into the closet before then, you could tape plastic over it, but don't scrub it.
C: Got it. Do I pay you, or does insurance? {neu}
A: Insurance pays us directly, minus your deductible. That's <amount:one thousand dollars>. We take a bank transfer.
C: Okay. The routing number is [routing_number:oh six three, one one four, double oh eight]. {neu}
A: [routing_number:Oh six three, one one four, oh oh eight]. And the account?
C: [bank_account:Eight eight one, four oh two, seven seven six, five]. {neu}
A: Thank you. Your job number is <job:D W two oh four seven one>. Drying takes <quantity:three days>, and we always do a clearance air test at the end.
C: Three days without a bathroom sink. Oh, lovely. {neg}
A: I know, I'm sorry. We can haul away the old vanity for <amount:forty dollars>.
C: No thanks, the plumber already took it. {neu}
A: Okay. One more thing. Can you forward me the claim acknowledgment letter tonight? I need it for the file.
C: Sure, I'll forward it tonight. What's the address? {neu}
A: It's jobs at drywise dot com. And your email and phone, for the report?
C: [email:Oksana dot shev at icloud dot com]. And [phone:eight one three, five five oh, two nine double six]. {neu}
A: [phone:Eight one three, five five oh, two nine six six]. And our office line is <phone_business:seven two seven, four four two, seven oh one oh>.
C: Great. Thank you, [person_name:Camille], I feel a lot better about this now. {pos}
A: You're welcome, [person_name:Oksana]. See you Monday.
""",
    ),
    CallScript(
        id="14t02-device-repair",
        trade="laptop and phone repair shop",
        company="FixPoint Device Repair",
        agent="Jaewon Park",
        customer="Beatriz Albuquerque",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+f3:140:60",
        noise_db=18.0,
        reason="A customer spilled coffee on her work laptop, which now will not start, and asks whether it can be fixed and shipped back to her office.",
        outcome="She drops the laptop and charger off this afternoon after signing out of Find My; the technician runs diagnostics by noon tomorrow, the agent emails the quote by one o'clock tomorrow, and the repaired laptop is shipped to her office with a text carrying the tracking number.",
        actions=[
            Action(
                "run the diagnostics on the laptop",
                "Anatoly",
                "2026-12-07",
                "by noon tomorrow",
                ("diagnos",),
            ),
            Action(
                "email the repair quote",
                "Jaewon Park",
                "2026-12-07",
                "by one o'clock tomorrow",
                ("quote", "email"),
            ),
            Action(
                "bring the laptop and charger in",
                "Beatriz Albuquerque",
                "2026-12-06",
                "this afternoon",
                ("bring", "drop", "charger"),
            ),
            Action(
                "sign out of Find My on the laptop",
                "Beatriz Albuquerque",
                None,
                None,
                ("Find My", "sign out"),
            ),
            Action(
                "text the tracking number when the laptop ships",
                "Jaewon Park",
                None,
                None,
                ("tracking", "text"),
            ),
        ],
        script="""
A: FixPoint Device Repair, this is [person_name:Jaewon].
C: Hi, um, I knocked a whole coffee over my laptop this morning and now it won't turn on. At all. I'm kind of freaking out. {neg}
A: Oh no. Okay, first, is it unplugged?
C: Yes, unplugged, and I already tried the rice thing. {neu}
A: Rice doesn't really help, honestly. What model is it?
C: A <year:twenty twenty-two> MacBook Air. It's my work laptop. {neu}
A: Okay. The diagnostic fee is <amount:eighty-nine dollars>, and it comes off the repair if you go ahead. Can you bring it in this afternoon, with the charger? We close at <time:five thirty> on Sundays.
C: Yes, I can be there by three. {neu}
A: And before you drop it off, please sign out of Find My, or our tech can't get past the lock.
C: Sign out of Find My. Okay. {neu}
A: Your name?
C: [person_name:Beatriz Albuquerque]. That's [person_name:A L B U Q U E R Q U E], like the city. {neu}
A: Thanks, [person_name:Beatriz]. I'm opening the ticket now. Phone number?
C: [phone:Five one two, four oh eight, double three one nine]. {neu}
A: [phone:Five one two, four oh eight, three three nine one]?
C: No, [phone:three three one nine]. {neu}
A: Sorry, [phone:three three one nine]. And an email?
C: [email:B dot albuquerque twenty-three at gmail dot com]. {neu}
A: Got it. Our tech, [person_name:Anatoly], will run the diagnostics by noon tomorrow, and I'll email you the quote by one o'clock tomorrow.
C: Oh, thank goodness. Tomorrow's fast. {pos}
A: If it's the logic board, that's around <amount:six hundred forty-nine>. If it won't power on at all, you could have us just pull your files onto a drive instead.
C: Six forty-nine? For a laptop that's two years old? That's insane. {neg}
A: I know, it's a lot. Are you on our care plan, by any chance?
C: I think so. The number's [member_id:F P C dash two nine nine four eight one]. {neu}
A: Yes, you are. That takes <amount:fifteen percent> off. And we always give a <quantity:ninety-day> warranty on repairs.
C: Okay, that helps a little. {pos}
A: You said shipping it back to your office?
C: Yes, I'm traveling. [address:Nine hundred Congress Avenue, suite twelve hundred, Austin], [zip:seven eight seven oh one]. {neu}
A: Perfect. When it ships, you'll get a text from us with the tracking number. I'll need a card for the diagnostic fee.
C: Visa. [card_number:Four, seven, one, six, two, oh, oh, nine, three, eight, five, five, one, two, six, four]. {neu}
A: Expiration?
C: [card_expiry:June of twenty-eight], and the code is [card_security_code:five five two]. {neu}
A: Thank you. Your ticket is <ticket:F X three three eight oh two>. Do you want a screen protector while it's here? It's <amount:fifteen dollars>.
C: No, thanks, I'm good. {neu}
A: Sure. Our number is <phone_business:five one two, eight eight one, four oh four two> if anything changes.
C: Thanks, [person_name:Jaewon]. You actually calmed me down a bit. {pos}
A: Glad to hear it, [person_name:Beatriz]. See you this afternoon.
""",
    ),
    CallScript(
        id="14t03-fence-install",
        trade="fence installation contractor",
        company="Stonegate Fence Company",
        agent="Wendell Okoro",
        customer="Esperanza Villalobos",
        agent_voice="espeak:en-us+klatt:137:45",
        customer_voice="hibari:193",
        noise_db=15.0,
        reason="A homeowner accepting a quote for a cedar privacy fence wants the eighteen-month financing and a start date before the holidays.",
        outcome="Financing application taken and a deposit paid by card; the decision is emailed within forty-eight hours, the crew lead stakes the line on Wednesday, her husband moves the trailer before then, she gets the HOA letter by the eighteenth and warns the neighbor.",
        actions=[
            Action(
                "email the financing decision",
                "Wendell Okoro",
                "2026-12-08",
                "within forty-eight hours",
                ("financ", "decision", "email"),
            ),
            Action(
                "stake out the fence line",
                "Dario Bianchi",
                "2026-12-09",
                "on Wednesday",
                ("stake", "line"),
            ),
            Action(
                "move the trailer off the fence line",
                "Cal",
                "2026-12-09",
                "before Wednesday",
                ("trailer", "move"),
            ),
            Action(
                "get the HOA approval letter",
                "Esperanza Villalobos",
                "2026-12-18",
                "by the eighteenth",
                ("HOA", "approval", "letter"),
            ),
            Action(
                "let the neighbor know about the work on the shared side",
                "Esperanza Villalobos",
                None,
                None,
                ("neighbor", "Kowalczyk", "heads-up"),
            ),
        ],
        script="""
A: Stonegate Fence, this is [person_name:Wendell].
C: Hi! I got your quote on Friday for the cedar fence, and, um, I think we're ready to do it. {pos}
A: Wonderful. What's the estimate number?
C: <estimate:E seven three one nine>. {neu}
A: Got it, <quantity:one hundred eighty-four linear feet>, <quantity:six foot> privacy, <amount:nine thousand eight hundred seventy dollars>. Name on the account?
C: [person_name:Esperanza Villalobos]. [person_name:V I L L A L O B O S]. {neu}
A: And you wanted the <quantity:eighteen-month> financing?
C: Yes, please. {neu}
A: Okay, for that I need your social security number and date of birth.
C: It's [ssn:five two nine, four one, seven seven oh six]. {neu}
A: [ssn:Five two nine, four one, seven seven oh six].
C: Yes. And birthday is [date_of_birth:seven, twenty-three, ninety]. {neu}
A: Thank you. The decision comes back by email within forty-eight hours. Is your email [email:espe dot villalobos nineteen ninety at hotmail dot com]?
C: That's right. {neu}
A: And the address, [address:eleven twelve Mesquite Hollow Lane], [zip:seven eight two six oh]?
C: Yes. {neu}
A: Great. Our crew lead, [person_name:Dario Bianchi], will come stake out the fence line on Wednesday.
C: Oh, my husband [person_name:Cal] has a trailer sitting right on that side. He said he'll move it before Wednesday. {neu}
A: Perfect, thank you. Are you in an HOA?
C: Unfortunately. {neg}
A: Then we need their approval letter before we dig. Can you get that by the eighteenth?
C: By the eighteenth. Oh, sure, because they're so quick about everything. {neg}
A: Ha, I hear you. If they want a different stain color, you could switch to the cedar tone, no charge.
C: Okay, good to know. {neu}
A: Also, your side fence is shared with the neighbor. Could you give them a heads-up before we start?
C: [person_name:Mr. Kowalczyk]. Sure, he'll want to know. He's going to complain anyway. {neg}
A: That's usually how it goes. We always call eight one one for the utility locates, three days before digging, so you don't need to do that.
C: Oh good, I wasn't sure about that. I already measured it myself, too, and I got about the same, <quantity:one eighty>. {pos}
A: Nice. For the double gate upgrade it'd be <amount:four hundred twenty> more.
C: No, the single gate is fine. {neu}
A: Sure. The deposit is <amount:five hundred dollars>. Card?
C: Discover. [card_number:Six oh one one, four four two nine, oh oh seven three, one eight five two], [card_expiry:nine slash twenty-seven], and [card_security_code:eight oh four]. {neu}
A: Thank you. Your contract number is <contract:S G two two four six>. Best phone?
C: [phone:Two one oh, double four seven, oh three oh nine]. {neu}
A: [phone:Two one oh, four four seven, oh three oh nine]. If anything comes up, we're at <phone_business:eight three oh, five five five, oh one eight eight>.
C: Great. Thanks, [person_name:Wendell], I'm really excited about this. {pos}
A: Me too, [person_name:Esperanza]. Talk soon.
""",
    ),
    CallScript(
        id="14t04-wedding-entertainment",
        trade="wedding DJ and live band booking",
        company="Shannonside Wedding Entertainment",
        agent="Aoife Brennan",
        customer="Cormac O'Sullivan",
        agent_voice="hibari:196",
        customer_voice="festival:kal_diphone:-100",
        noise_db=17.0,
        reason="A groom in Dublin calls because the harpist for his June wedding has cancelled; he wants the harp fee refunded and the band's plans confirmed.",
        outcome="The harp fee is refunded to his Irish IBAN within five working days and an updated invoice goes out today; the band leader sends the song list by Thursday, the groom sends the first-dance and must-play list by the end of the month, and his fiancée picks the ceremony music before the twentieth.",
        actions=[
            Action(
                "refund the harpist's fee to the IBAN",
                "Aoife Brennan",
                "2026-12-11",
                "within five working days",
                ("refund", "harp"),
            ),
            Action(
                "send the updated invoice",
                "Aoife Brennan",
                "2026-12-06",
                "today",
                ("invoice",),
            ),
            Action(
                "send the band's proposed song list",
                "Declan Moloney",
                "2026-12-10",
                "Thursday at the latest",
                ("song list", "songs", "send"),
            ),
            Action(
                "send the first-dance song and the must-play list",
                "Cormac O'Sullivan",
                "2026-12-31",
                "by the end of the month",
                ("first dance", "must-play", "list"),
            ),
            Action(
                "pick the ceremony music",
                "Priya Nair",
                "2026-12-20",
                "before the twentieth",
                ("ceremony", "music", "pick"),
            ),
        ],
        script="""
A: Shannonside Wedding Entertainment, [person_name:Aoife] here.
C: Hi, [person_name:Aoife], it's [person_name:Cormac O'Sullivan]. We're booked for the nineteenth of June. I got an email that the harpist has pulled out? {neg}
A: Ah, [person_name:Cormac], yes, I'm so sorry. [person_name:Saoirse] broke her wrist, the poor thing.
C: Oh no, that's awful for her. But honestly, six months out, that's a bit of a blow for us. {neg}
A: I completely understand. Your booking is <booking:S W E two six one nine>, and the harp was <amount:four hundred fifty euro>. We'll refund that in full.
C: Okay. Thank you, that's fair. {pos}
A: Do you want it back to the card, or to a bank account?
C: Bank, please. The IBAN is [iban:I E six four, B O F I, nine oh five eight, three eight one two, six six four oh, one five]. {neu}
A: Reading it back: [iban:I E six four, B O F I, nine oh five eight, three eight one two, six six four oh, one five].
C: That's it. {neu}
A: Lovely. That'll be with you within five working days, and I'll send you an updated invoice today.
C: Grand. I already paid the booking deposit back in August, is that still on there? {neu}
A: It is, <amount:five hundred euro>. The balance is now <amount:two thousand one hundred fifty>.
C: Okay. And the band is still fine? {neu}
A: Totally. [person_name:Declan Moloney], the band leader, will send you their proposed song list Thursday at the latest.
C: Brilliant, thanks. {pos}
A: And we'll need your first-dance song and your must-play list, by the end of the month if you can.
C: End of the month, no bother. {neu}
A: And the ceremony music, without the harp?
C: That's [person_name:Priya]'s department. My fiancée. [person_name:Priya Nair]. She'll pick something before the twentieth, she said. {neu}
A: Perfect. Should I send things to her as well?
C: Yeah, her email is [email:priya dot nair eighty-nine at gmail dot com]. {neu}
A: [email:Priya dot nair eighty-nine at gmail dot com]. And for you, still [email:cormac dot osullivan at eircom dot net]?
C: Yes. And my mobile, [phone:oh eight seven, double two four, six one nine oh]. {neu}
A: [phone:Oh eight seven, two two four, six one nine oh]. And the contract address?
C: [address:Fourteen Clontarf Road, apartment six, Dublin], [zip:D oh three, Y K eight two]. {neu}
A: Great. We always do a sound check two hours before the ceremony, so the band will be at the hotel by <time:one o'clock>.
C: Grand. Would they play longer if the speeches run over? {neu}
A: If the speeches run long, they could start a bit later, no charge. We also do an uplighting package for <amount:three hundred euro>.
C: No thanks, the hotel does its own lighting. {neu}
A: No problem. If you need us, it's <phone_business:oh six one, four four one, two two oh eight>.
C: Thanks a million, [person_name:Aoife], you've made a rotten bit of news a lot easier. {pos}
A: Not at all, [person_name:Cormac]. Congratulations to you both.
""",
    ),
    CallScript(
        id="14t05-speech-therapy",
        trade="pediatric speech therapy practice",
        company="Little Voices Speech Therapy",
        agent="Hannah Schwartzman",
        customer="Tyrone Whitfield",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:199:-250",
        noise_db=19.0,
        reason="A father calls to start speech therapy for his five-year-old son after a referral from the pediatrician, and to check the insurance.",
        outcome="Intake taken and benefits checked tomorrow morning; the therapist calls Tuesday to book the evaluation, the father uploads the school's plan by Wednesday and records a short video of his son, and the teacher fills in the questionnaire within ten days.",
        actions=[
            Action(
                "verify the speech therapy benefits with the insurer",
                "Hannah Schwartzman",
                "2026-12-07",
                "tomorrow morning",
                ("benefit", "insurance", "verify"),
            ),
            Action(
                "call to schedule the evaluation",
                "Yolanda Reyes",
                "2026-12-08",
                "Tuesday",
                ("evaluation", "schedule", "call"),
            ),
            Action(
                "upload the school's IEP",
                "Tyrone Whitfield",
                "2026-12-09",
                "by Wednesday",
                ("IEP", "upload"),
            ),
            Action(
                "fill out the classroom questionnaire",
                "Ms. Castellanos",
                "2026-12-16",
                "within ten days",
                ("questionnaire",),
            ),
            Action(
                "record a short video of Malik talking at home",
                "Tyrone Whitfield",
                None,
                None,
                ("video", "record"),
            ),
        ],
        script="""
A: Little Voices Speech Therapy, this is [person_name:Hannah].
C: Hi, um, our pediatrician gave us a referral for my son. He's five, and, well, people outside the family can't really understand him yet. {neu}
A: Okay, we can definitely help. The referral came through?
C: Yeah, the doctor already faxed it Thursday, I think. {neu}
A: Let me look. Yes, here it is, referral <referral:R F nine two oh four>. Your son's name?
C: [person_name:Malik], [person_name:M A L I K]. Born [date_of_birth:April second, twenty twenty-one]. {neu}
A: And you're?
C: [person_name:Tyrone Whitfield], his dad. [person_name:W H I T F I E L D]. {neu}
A: Thanks, [person_name:Tyrone]. What insurance does [person_name:Malik] have?
C: Blue Cross, through my wife. Member ID [member_id:B C X nine one four, four oh two, seven seven one]. {neu}
A: And the subscriber's name and birthday?
C: [person_name:Keisha], same last name, [date_of_birth:ten, nineteen, ninety-one]. {neu}
A: And the last four of her social?
C: [ssn:Three three oh eight]. {neu}
A: Thank you. I'll verify the benefits with Blue Cross tomorrow morning. Some plans cap it at <quantity:twenty visits> a year.
C: Twenty? That's it? Great, of course. {neg}
A: We'll see, a lot of them are better. If they deny it, you could do our self-pay rate, it's <amount:one hundred thirty-five> a session.
C: Okay. Honestly we've been on waitlists since the summer, I'm just tired. {neg}
A: I hear you. The good news is, [person_name:Yolanda Reyes], one of our therapists, has openings. She'll call you Tuesday to schedule the evaluation.
C: Oh wow, that soon? Thank you, seriously. {pos}
A: Of course. Does he have an IEP at school?
C: Yes, he does. {neu}
A: Could you upload it to the parent portal by Wednesday?
C: Sure, by Wednesday. {neu}
A: And his teacher, what's her name?
C: [person_name:Ms. Castellanos]. {neu}
A: We send her a short classroom questionnaire, and she fills it out within ten days.
C: Yeah, she's great, she'll do it. She's the one who noticed first, actually. {pos}
A: Wonderful. One more thing, could you record a short video of [person_name:Malik] talking at home? Just a minute or two, playing.
C: Sure, that's easy, he never stops talking. {pos}
A: Ha! Now, do you want the intake packet mailed to you?
C: No, email's better, please. [email:T dot whitfield at comcast dot net]. {neu}
A: [email:T dot whitfield at comcast dot net]. And your address?
C: [address:Two fifty-one Linden Street, apartment B, Cambridge], [zip:oh two one three nine]. {neu}
A: And a phone number?
C: [phone:Six one seven, double five oh, four two eight one]. {neu}
A: [phone:Six one seven, five five oh, four two eight one]. We always do a hearing screen at the first visit, so plan for <quantity:ninety minutes>.
C: Okay. I'm sorry, what was the name of the therapist again? {neu}
A: [person_name:Yolanda]. And our main line is <phone_business:seven eight one, four four one, three oh seven seven>.
C: Got it. Thank you, [person_name:Hannah], this is the first good news in months. {pos}
A: I'm so glad, [person_name:Tyrone]. Talk soon.
""",
    ),
    CallScript(
        id="14t06-trophy-engraving",
        trade="trophy and engraving shop",
        company="Summit Awards and Engraving",
        agent="Rosalind Achterberg",
        customer="Kwame Asante",
        agent_voice="espeak:en-us+f3:136:62",
        customer_voice="hibari:202:-200",
        noise_db=14.0,
        reason="A youth soccer coach orders medals and trophies for the club's end-of-season banquet on the nineteenth and splits payment between his card and the club account.",
        outcome="Order placed: the coach sends the engraving names by Wednesday noon, the club treasurer sends the tax-exempt certificate tomorrow, a proof comes Tuesday, the engraver finishes before the eighteenth, and a text goes out when the order is ready.",
        actions=[
            Action(
                "send the list of names to engrave",
                "Kwame Asante",
                "2026-12-09",
                "no later than Wednesday at noon",
                ("names", "list", "send"),
            ),
            Action(
                "email the club's tax-exempt certificate",
                "Mei-Ling Zhou",
                "2026-12-07",
                "tomorrow",
                ("tax", "certificate", "exempt"),
            ),
            Action(
                "send the engraving proof",
                "Rosalind Achterberg",
                "2026-12-08",
                "Tuesday",
                ("proof",),
            ),
            Action(
                "finish the engraving",
                "Thaddeus",
                "2026-12-18",
                "before the eighteenth",
                ("engrav", "finish", "done"),
            ),
            Action(
                "text the coach when the order is ready for pickup",
                "Rosalind Achterberg",
                None,
                None,
                ("text", "ready", "pick"),
            ),
        ],
        script="""
A: Summit Awards, this is [person_name:Rosalind].
C: Hi, this is [person_name:Kwame Asante], I coach the under-tens at Eastside United. We need medals for our banquet. {neu}
A: Oh, fun! When's the banquet?
C: <date:Saturday the nineteenth>. I know, I know, I'm late. {neu}
A: We can make it. How many?
C: <quantity:Forty> medals, and <quantity:six> trophies for the coaches' awards. {neu}
A: The <quantity:two and a half inch> medals with the ribbon are <amount:six fifty> each, and the trophies are <amount:thirty-two> each, so <amount:four hundred fifty-two dollars> before engraving.
C: That's better than I expected, actually. {pos}
A: Do you want the names engraved on the back?
C: Yes, every kid's name. I'm still missing a couple from the parents, though. {neu}
A: That's fine. Send me the list of names no later than Wednesday at noon, and you'll have a proof from me Tuesday for the trophies.
C: Wednesday noon? Ugh, chasing parents for names is the worst part of coaching. {neg}
A: And did you send the logo?
C: I already sent it last week, to the info address. {neu}
A: Yes, I see it. Our engraver, [person_name:Thaddeus], will have everything done before the eighteenth, and you'll get a text from us when it's ready to pick up.
C: Oh, that's a relief. I was picturing handing out empty boxes. {pos}
A: Ha, no. Is the club tax-exempt?
C: Yes, but I don't have the certificate. [person_name:Mei-Ling Zhou], our treasurer, has it. She'll email it tomorrow. {neu}
A: Perfect. How are you paying?
C: Split, if that's okay. The club pays the medals from its account, and I'll put the trophies on my card. {neu}
A: Sure. For the club, routing and account?
C: Routing [routing_number:two one one, two seven four, four five oh], account [bank_account:oh oh four four seven, one nine two, six three]. {neu}
A: [bank_account:Oh oh four four seven, one nine two, six three]. And the card?
C: Amex, [card_number:three four nine eight, two two one oh seven six, five oh oh one three], expires [card_expiry:March of twenty-eight], and the code is [card_security_code:six six one two]. {neu}
A: Thank you. Your order number is <order:S A five eight eight four one>. We always engrave one spare plate, in case a name's wrong.
C: Good idea. With my handwriting, definitely. {neu}
A: If a name's misspelled at the banquet, you could bring the medal back and we'll redo it. Would you like gift boxes? They're a dollar each.
C: No thanks, the kids just throw them away. {neu}
A: Fair enough. Best number and email?
C: [phone:Nine one nine, two oh six, double eight three one]. And [email:coach dot kwame seventeen at gmail dot com]. {neu}
A: [phone:Nine one nine, two oh six, eight eight three one]. Oh, and delivery, or pick up?
C: Pick up. Last time a shop delivered to our clubhouse, it sat outside in the rain for two days. {neg}
A: Oh no. Pickup it is. Our line is <phone_business:nine eight four, four four one, seven seven two oh>.
C: Great. Thanks, [person_name:Rosalind], you saved my season. {pos}
A: Happy to help, Coach. Enjoy the banquet.
""",
    ),
]

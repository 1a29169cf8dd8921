"""The FIFTH-TEST half: six scripted two-party phone calls, a fifth set in trades none of the
earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that read
no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond the
first fourth-dev call, as a format example); see README.md. Frozen as of the commit that adds
it: do not edit the calls or the labels to suit a result. This half is HELD OUT: do not read
it while tuning and do not let its figures steer tuning; tune, if at all, on fifth-dev.

This set puts its weight on what must NOT be redacted, placed where a careless redactor would
hide it: 8-12 must-survive numbers per call (right after a card, an SSN, a date of birth or a
member id, inside payment talk, read digit by digit, read back, corrected, with "double" and
"oh"); PII-free utterances holding numbers left unmarked (prices, counts, durations, times),
some right after a sensitive exchange; words that look like sensitive cues but are not
("security deposit", "code of conduct", "promo code", "birthday party", "card table",
"account manager"); and common words that are also names ("grant approval", "will do", "we'll
mark it", "the bill"), while people named in passing ARE PII.

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written; `<kind:words>` a number that must survive
redaction; a trailing `{pos}`, `{neu}` or `{neg}` labels a customer utterance's sentiment
(every customer line is labelled). Every call happens on Friday 4 December 2026; due dates
are resolved against that day."""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="5t01-physio",
        trade="physiotherapy clinic",
        company="Northgate Physiotherapy",
        agent="Harriet Okoye",
        customer="Stellan Marchetti",
        agent_voice="hibari:45",
        customer_voice="espeak:en-us:139:40",
        noise_db=16.0,
        reason="A patient with a surgeon's referral wants to book physiotherapy after knee surgery.",
        outcome="First session booked for Tuesday 8 December at ten forty with a knee specialist; the plan covers twelve visits and an appeal form for more is on its way.",
        actions=[
            Action(
                "send the appeal form for more visits",
                "Anouk",
                "2026-12-07",
                "Monday",
                ("appeal form", "appeal"),
            ),
            Action(
                "get the surgeon's notes to the clinic",
                "Stellan Marchetti",
                "2026-12-09",
                "by Wednesday",
                ("surgeon's notes", "notes"),
            ),
            Action(
                "text the patient a confirmation",
                "Harriet Okoye",
                "2026-12-04",
                "today",
                ("confirmation", "text"),
            ),
            Action(
                "come to the first session",
                "Stellan Marchetti",
                "2026-12-08",
                "Tuesday, December eighth, at ten forty",
                ("session", "appointment", "ten forty"),
            ),
        ],
        script="""
A: Northgate Physiotherapy, [person_name:Harriet] speaking.
C: Hi, I need to book physio after knee surgery. {neu}
A: Of course. Do you have a referral?
C: Yes, from Doctor [person_name:Feldman]. Number <reference:R, three oh eight, one one four>. {neu}
A: <reference:Three oh eight, one one four>. Your name?
C: [person_name:Stellan Marchetti]. That's [person_name:S T E L L A N]. {neu}
A: Date of birth?
C: [date_of_birth:January thirtieth, nineteen ninety-one]. {neu}
A: And the surgery?
C: <date:October second>, so about nine weeks ago. {neu}
A: How's the knee?
C: Stiff. It bends maybe ninety degrees. {neg}
A: Insurance?
C: Um, hang on. {neu}
C: Bluecrest. Member ID [member_id:B C X, four four one, seven oh nine, two six]. {neu}
A: [member_id:B C X, four four one, seven oh nine, two six].
C: That's it. {neu}
A: Your plan covers <quantity:twelve visits> a year. Copay is <amount:thirty-five dollars>.
C: Only twelve? The surgeon said twice a week for two months. {neg}
A: We can appeal for more after the first eight.
C: Okay. I'll take what I can get. {neu}
A: [person_name:Anouk] does our knees. Tuesday, <date:December eighth>, at <time:ten forty>?
C: Ten fourteen? {neu}
A: Sorry, <time:ten forty>. Four oh.
C: <time:Ten forty> works. {pos}
A: Treatment room <reference:two oh three>, second floor.
C: Stairs. With crutches. Great. {neg}
A: There's an elevator by the front desk.
C: Ha, okay, phew. {pos}
C: Is parking free? {neu}
A: Two hours free in our lot.
C: Good. The hospital charged me twelve dollars a day. {neg}
A: Your phone number?
C: [phone:Six one seven, five five five, oh four three eight]. {neu}
A: Email for reminders?
C: [email:stellan m ninety-one at outlook dot com]. {neu}
A: Home address, for the insurance form?
C: [address:Eighty-eight Wren Hollow Drive, unit three F], [zip:oh two one three nine]. {neu}
A: Please come fifteen minutes early.
C: Sure. Should I bring my brace? {neu}
A: Yes, and shorts. [person_name:Anouk] will send you the appeal form Monday.
C: Good. I'll get the surgeon's notes to you by Wednesday. {neu}
A: Cancellations need twenty-four hours, or it's a <amount:forty dollar> fee.
C: Forty dollars? Steep. But fine. {neg}
A: We'll mark it in your file. I'll text you a confirmation today.
C: My daughter's birthday party is tomorrow. I'll be the guy in the chair. {neu}
A: Ha. Save me some cake.
C: Will do. Thanks a lot, [person_name:Harriet]. {pos}
A: Take care, [person_name:Stellan].
""",
    ),
    CallScript(
        id="5t02-wedding-venue",
        trade="wedding venue booking",
        company="Thornfield Manor",
        agent="Genevieve Osei",
        customer="Declan Moriarty",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:46:-300",
        noise_db=18.0,
        reason="An engaged couple who toured the venue want to book a June 2027 Saturday.",
        outcome="Saturday 12 June 2027 is held with a card deposit and a security deposit; the balance will come by transfer from Ireland and the contract goes out tonight.",
        actions=[
            Action(
                "email the contract",
                "Genevieve Osei",
                "2026-12-04",
                "tonight",
                ("contract", "email"),
            ),
            Action(
                "sign and return the contract",
                "Declan Moriarty",
                "2026-12-09",
                "by Wednesday",
                ("sign", "return"),
            ),
            Action(
                "call the couple about the layout",
                "Bastian",
                "2026-12-07",
                "Monday",
                ("layout", "call"),
            ),
            Action(
                "send tasting date options",
                "Genevieve Osei",
                "2026-12-15",
                "by the fifteenth",
                ("tasting",),
            ),
        ],
        script="""
A: Thornfield Manor events, this is [person_name:Genevieve].
C: Hi! We toured last month and want to book. {pos}
A: Congratulations! When did you visit?
C: <date:November twenty-first>. My fiancée and I. {neu}
A: Lovely. Your names?
C: [person_name:Declan Moriarty], and [person_name:Aoife], that's [person_name:A O I F E]. {neu}
A: Which date?
C: <date:Saturday, June twelfth, twenty twenty-seven>. {neu}
A: It's open.
C: Oh, thank God. Gran can only travel then. {pos}
A: How many guests?
C: Around <quantity:one hundred twenty>. Maybe one thirty, if the cousins come. {neu}
A: Ceremony at <time:four thirty>?
C: <time:Four thirty> is perfect. {pos}
A: The venue fee is <amount:eleven thousand five hundred>.
C: Ooh. Okay. {neu}
A: To hold the date, <amount:two thousand> down, plus a <amount:one thousand> security deposit.
C: That comes back, right? {neu}
A: Yes, within two weeks.
C: Good. My friends are, um, enthusiastic. {neu}
A: Which card?
C: [card_number:Four nine one seven, three three oh two, eight eight five one, six oh four four]. {neu}
A: Expiry?
C: [card_expiry:Oh two thirty]. {neu}
A: Security code?
C: [card_security_code:Five eight one]. {neu}
A: <amount:Three thousand> today, on the card ending [card_number:six oh four four].
C: Deep breath. Three grand, okay. {neu}
A: Your contract number is <reference:T M, double two seven, oh five>.
C: <reference:Double two seven, oh five>. Can we wire the other nine thousand five hundred from Ireland? {neu}
A: Sure. Your IBAN, for the deposit refund?
C: [iban:I E six four, B O F I, nine oh one two, seven three, four one five five, eight two six oh]. {neu}
A: Ending [iban:eight two six oh]?
C: That's right. {neu}
A: The balance is due ninety days before.
C: Ninety days. Noted. {neu}
A: Email for the contract?
C: [email:declan dot moriarty eighty-two at gmail dot com]. {neu}
A: Phone?
C: [phone:Six one seven, five five five, oh nine eight three]. {neu}
A: Mailing address?
C: [address:Forty-four Pembroke Street, apartment three B, Boston], [zip:oh two one one eight]. {neu}
A: I'll email the contract tonight. Please sign and return it by Wednesday.
C: Will do. Is there a card table for the guest book? {neu}
A: Yes. Our coordinator, [person_name:Bastian], will call you Monday about the layout.
C: Brilliant. Twelve round tables, I think. {pos}
A: Tastings are in March. I'll send options by the fifteenth.
C: Our last venue added fifteen percent service. Not cool. {neg}
A: Here, service and tax are included.
C: Really? That's refreshing. {pos}
A: Anything else?
C: No. Thanks so much, [person_name:Genevieve]. {pos}
A: Congratulations to you and [person_name:Aoife]!
""",
    ),
    CallScript(
        id="5t03-it-helpdesk",
        trade="IT managed-services helpdesk",
        company="Brightline Managed IT",
        agent="Kwabena Sorensen",
        customer="Melanie Dufresne",
        agent_voice="espeak:en-us+klatt:135:50",
        customer_voice="hibari:47",
        noise_db=15.0,
        reason="A client office's shared drive went down this morning for all fourteen staff.",
        outcome="A ticket is opened and a technician is on his way to the file server, bringing the new hire's laptop; a license renewal quote follows by Wednesday.",
        actions=[
            Action(
                "go on site to fix the file server",
                "Oskar",
                "2026-12-04",
                "about forty minutes",
                ("on site", "file server", "server"),
            ),
            Action(
                "bring the new hire's laptop",
                "Oskar",
                "2026-12-04",
                "today",
                ("laptop",),
            ),
            Action(
                "have the new hire sign the code of conduct",
                "Melanie Dufresne",
                "2026-12-07",
                "Monday morning",
                ("code of conduct", "sign"),
            ),
            Action(
                "send the license renewal quote",
                "Leticia",
                "2026-12-09",
                "by Wednesday",
                ("renewal quote", "quote"),
            ),
            Action(
                "email updates on the outage",
                "Kwabena Sorensen",
                "2026-12-04",
                "every thirty minutes",
                ("updates",),
            ),
        ],
        script="""
A: Brightline support, [person_name:Kwabena] speaking.
C: Hi, it's [person_name:Melanie Dufresne] at Copperleaf Accounting. We've got a mess. {neg}
A: Your client ID, to verify?
C: [member_id:C L F, two oh six, four four one]. {neu}
A: I've opened ticket <ticket:four four seven, oh nine two>.
C: Four seven four, oh nine two? {neu}
A: No, <ticket:double four seven, oh nine two>. Not four seven four.
C: <ticket:Four four seven, oh nine two>. Got it. {neu}
A: What's going on?
C: The shared drive dropped at <time:nine twenty>. Nobody can open anything. {neg}
A: How many people?
C: All of us. <quantity:Fourteen> people, third floor. {neg}
A: Any error message?
C: Something like, path not found. {neu}
A: Is this like the outage on <date:November twelfth>?
C: That one took six hours to fix. Six. {neg}
A: That was <ticket:four one nine, eight eight oh>, a switch. This looks like the file server.
C: Great. Just great. Payroll is due Monday. {neg}
A: Has anyone restarted it?
C: Um, [person_name:Gareth] tried, around nine thirty. {neu}
A: I'm sending [person_name:Oskar] on site, about forty minutes.
C: Okay. That helps, actually. {pos}
A: Best number for him?
C: My cell, [phone:Four one three, five five five, oh seven two six]. {neu}
A: Still at [address:nine hundred Mill Race Road, suite three ten]?
C: Yes, [zip:oh one one oh five]. {neu}
A: Also, your new hire starts Monday?
C: Yes, [person_name:Tariq Benhaddou]. [person_name:B E N H A D D O U]. {neu}
A: His email will be [email:t benhaddou at copperleaf dot com].
C: Perfect. Does he have a laptop? {neu}
A: Ready. Asset tag <reference:B L, three three eight five>. [person_name:Oskar] can bring it today.
C: Two birds, one stone. {pos}
A: [person_name:Tariq] needs to sign the code of conduct for network access.
C: I'll have him sign it Monday morning. {neu}
A: Also, your licenses renew <date:December fifteenth>.
C: How much this year? {neu}
A: <amount:Twelve fifty> per user, per month.
C: It was eleven last year. Of course it went up. {neg}
A: Your account manager, [person_name:Leticia], will send the renewal quote by Wednesday.
C: Fine. {neu}
C: Can she add a second printer, too? {neu}
A: I'll ask her. Meanwhile, save work locally.
C: Okay, I'll tell everyone. {neu}
C: Sorry if I sounded short. {neu}
A: No problem. I'll email updates every thirty minutes.
C: And the guest Wi-Fi is down too, not that anyone cares. {neg}
A: I'll add it to the ticket.
C: Thank you, [person_name:Kwabena]. {pos}
A: We'll get you back up, [person_name:Melanie].
""",
    ),
    CallScript(
        id="5t04-meal-kit",
        trade="meal-kit subscription",
        company="Harvest Crate",
        agent="Rory Vandersloot",
        customer="Anjali Whitcombe",
        agent_voice="hibari:48:-250",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=19.0,
        reason="A subscriber's box went to her old address again and her card on file expired.",
        outcome="The missed box is refunded, the address, phone and card are updated, a promo code brings the new price down, and the box on the eighteenth is skipped.",
        actions=[
            Action(
                "refund the missed box",
                "Rory Vandersloot",
                "2026-12-04",
                "today",
                ("refund",),
            ),
            Action(
                "call about the drop-off spot",
                "Mireille",
                "2026-12-07",
                "Monday",
                ("drop-off", "call"),
            ),
            Action(
                "reply with the front desk hours",
                "Anjali Whitcombe",
                "2026-12-05",
                "by tomorrow",
                ("desk hours", "front desk"),
            ),
            Action(
                "skip the box on the eighteenth",
                "Rory Vandersloot",
                "2026-12-04",
                "today",
                ("skip",),
            ),
        ],
        script="""
A: Harvest Crate, this is [person_name:Rory].
C: Hi. My box didn't show up on Tuesday. Again. {neg}
A: Sorry. Your name?
C: [person_name:Anjali Whitcombe]. [person_name:W H I T C O M B E]. {neu}
A: I see order <order:H C, five oh eight, two two one>, due <date:December first>.
C: That's the one. {neu}
C: Third time this fall, by the way. {neg}
A: Our driver, [person_name:Hector], marked it delivered at <time:two fourteen p m>.
C: Delivered where? Not to me. {neg}
A: To [address:Larch Street], your old address.
C: Ugh. I moved in October. I updated it! {neg}
A: New address?
C: [address:Six fifty Juniper Terrace, apartment four oh two]. {neu}
A: [address:Six fifty Juniper Terrace, apartment four oh two]. ZIP?
C: [zip:Seven eight seven oh four]. {neu}
A: Done. I'll refund the missed box, <amount:sixty-four ninety>, today.
C: That was three meals for two, right? {neu}
A: Right, <quantity:three> recipes, two servings each.
C: Also, can I switch cards? The old one expired. {neu}
A: Sure, go ahead.
C: [card_number:Five five two two, oh eight one four, six six nine three, seven oh one oh]. {neu}
A: Sorry, was that [card_number:six six nine three]?
C: Yes, then [card_number:seven oh one oh]. {neu}
A: Expiry?
C: [card_expiry:March twenty-nine]. {neu}
A: And the CVV?
C: [card_security_code:Three three seven]. {neu}
A: Thanks. It'll take a minute or two to verify.
C: No rush. I've got ten minutes. {neu}
A: Next box is <amount:seventy-one forty>, on the card ending [card_number:seven oh one oh], charged Sunday.
C: <amount:Seventy-one forty>? It used to be <amount:sixty-four ninety>. {neg}
A: Prices went up in November. But you have a promo code, <reference:WINTER fifteen>.
C: Oh, I forgot about that! {pos}
A: That's fifteen percent off, so about sixty dollars.
C: Okay, that's more like it. {pos}
A: Your email's still [email:anjali w seventy-seven at hotmail dot com]?
C: My phone changed, though. [phone:Five one two, five five five, oh three eight one]. {neu}
A: [person_name:Mireille] from delivery will call Monday about the drop-off spot.
C: The building has a front desk. {neu}
A: Could you reply with the desk hours by tomorrow?
C: Sure. {neu}
A: The refund posts in three to five days.
C: Can I skip the box on <date:the eighteenth>? We're traveling. {neu}
A: Just that one week?
C: Just the one, yes. {neu}
A: Done, I'll skip it today.
C: Thanks. Honestly, I almost cancelled. {neu}
A: Glad you didn't. Anything else?
C: No, that's all. Thanks, [person_name:Rory]. {pos}
A: Enjoy your dinners, [person_name:Anjali]!
""",
    ),
    CallScript(
        id="5t05-school-tuition",
        trade="private school tuition office",
        company="Alder Hill Academy",
        agent="Colm Ashworth",
        customer="Leonie Brandauer",
        agent_voice="festival:kal_diphone:-100",
        customer_voice="espeak:en-us+f3:138:60",
        noise_db=17.0,
        reason="A parent calls about her son's spring tuition invoice, which does not show the financial aid they applied for.",
        outcome="The aid grant is applied and the balance split into four installments paid by transfer from her German account; the bursar will send the plan for signature.",
        actions=[
            Action(
                "update the invoice with the aid",
                "Colm Ashworth",
                "2026-12-04",
                "today",
                ("invoice", "update"),
            ),
            Action(
                "send the installment plan for e-signature",
                "Grant Whitaker",
                "2026-12-09",
                "by next Wednesday",
                ("installment plan", "e-signature", "plan"),
            ),
            Action(
                "sign the installment plan and send it back",
                "Leonie Brandauer",
                "2026-12-15",
                "by the fifteenth",
                ("sign",),
            ),
            Action(
                "email the parent about the code of conduct note",
                "Halloran",
                "2026-12-07",
                "by Monday",
                ("code of conduct", "email"),
            ),
        ],
        script="""
A: Alder Hill Academy, tuition office, [person_name:Colm] speaking.
C: Hi, this is [person_name:Leonie Brandauer]. It's about my son's invoice. {neu}
A: The student's name?
C: [person_name:Felix], same last name. [person_name:B R A N D A U E R]. {neu}
A: His date of birth?
C: [date_of_birth:July fourteenth, twenty fourteen]. {neu}
A: Thanks. Seventh grade?
C: Seventh, yes. He's twelve going on thirty. {neu}
A: Ha. Student ID?
C: [member_id:A H, three one five, oh eight eight]. {neu}
A: Invoice <reference:six two nine, oh four>, spring term.
C: It says <amount:fourteen thousand two hundred>. But we applied for aid. {neu}
A: The grant approval came through on <date:November twentieth>.
C: Oh! Nobody told us. {neu}
A: Sorry. It's <amount:three thousand five hundred> off. I'll update the invoice today.
C: That's wonderful, honestly. {pos}
A: So the balance is <amount:ten thousand seven hundred>.
C: Ten seven. Can we pay in installments? {neu}
A: Yes, <quantity:four> installments, the first due <date:January fifth>.
C: The aid form wants my Social? {neu}
A: Just the last four, for the tax statement.
C: [ssn:Eight three oh six]. {neu}
A: Your aid reference is <case:F A, five one two, two two>.
C: <case:Five one two, two two>. Okay. {neu}
A: How will you pay? Cards have a three percent fee.
C: Bank transfer. I'm still paid into my German account. {neu}
A: The IBAN?
C: [iban:D E four one, five oh oh one, oh five one seven, five four one two, three nine eight seven, oh two]. {neu}
A: Ending [iban:nine eight seven, oh two]?
C: Any wire fee? {neu}
A: Our bank charges fifteen dollars per transfer.
C: Fifteen each time. Of course. {neg}
A: Also, [person_name:Felix]'s teacher flagged a code of conduct note.
C: Oh no. What did he do? {neg}
A: His phone in class, twice. Minor. Dean [person_name:Halloran] will email you by Monday.
C: Twice. Okay. We'll talk to him. {neu}
A: The bursar, [person_name:Grant Whitaker], must sign off on the plan.
C: When will that happen? {neu}
A: He'll send it for e-signature by next Wednesday.
C: And I sign it back? {neu}
A: By the fifteenth, please.
C: Fine. {neu}
A: Email?
C: [email:leonie b seventy-three at web dot de]. {neu}
A: And your phone?
C: [phone:Seven one eight, five five five, oh one six nine]. {neu}
A: Your first installment is <amount:two thousand six hundred seventy-five>.
C: Okay, manageable. {pos}
A: Anything else?
C: No. You've been so helpful, [person_name:Colm]. Thanks. {pos}
A: My pleasure. Say hi to [person_name:Felix].
""",
    ),
    CallScript(
        id="5t06-water-utility",
        trade="water utility",
        company="Riverbend Water",
        agent="Bernadette Kowal",
        customer="Tomasz Ridley",
        agent_voice="hibari:49",
        customer_voice="festival:kal_diphone:-150",
        noise_db=19.0,
        reason="A customer disputes a high water bill caused by a burst pipe and needs service moved to the house he just bought.",
        outcome="A leak adjustment is opened and the bill put on hold; service starts at the new house on the eighteenth with autopay, which waives the security deposit.",
        actions=[
            Action(
                "send the plumber's receipt",
                "Tomasz Ridley",
                "2026-12-15",
                "by the fifteenth",
                ("receipt",),
            ),
            Action(
                "put the bill on hold until the review is done",
                "Bernadette Kowal",
                "2026-12-04",
                "today",
                ("hold",),
            ),
            Action(
                "email the leak adjustment form",
                "Bernadette Kowal",
                "2026-12-04",
                "today",
                ("adjustment form", "form"),
            ),
            Action(
                "read both meters",
                "Ahmed",
                "2026-12-18",
                "on the eighteenth, between eight and eleven",
                ("meter", "read"),
            ),
        ],
        script="""
A: Riverbend Water, [person_name:Bernadette] speaking.
C: Hi, um, two things. A crazy bill, and I'm moving. {neg}
A: Name on the account?
C: [person_name:Tomasz Ridley]. [person_name:T O M A S Z]. {neu}
A: And the account number?
C: [member_id:Four four nine, oh two one, eight seven three]. {neu}
A: The bill is <amount:three hundred eighty-two>?
C: Yes! It's usually like sixty. {neg}
A: Usage jumped to <quantity:eighteen thousand gallons>.
C: Eighteen thousand? That's a swimming pool. {neg}
C: A pipe burst in the garage, <date:November ninth>. {neu}
A: Was it repaired?
C: The next day. I have the plumber's receipt. {neu}
A: You qualify for a leak adjustment. Send the receipt by the fifteenth.
C: Oh, good. That's a relief. {pos}
A: Your adjustment case is <case:L A, seven oh six, one one>.
C: <case:Seven oh six, one one>. {neu}
A: I'll put the bill on hold today, until the review's done.
C: So I don't pay the <amount:three eighty-two> for now? {neu}
A: Correct. Now, the new address?
C: [address:Two oh nine Foxglove Way], [zip:four six two two eight]. {neu}
A: Do you rent or own?
C: We bought it. First house! {pos}
A: Congratulations! New accounts need a credit check. Social Security number?
C: Sure. [ssn:Three one eight, six four, oh nine five seven]. {neu}
A: Thanks, that passed. Move-in date?
C: <date:December eighteenth>. We close on the sixteenth, then two days to paint. {neu}
A: Final reading at the old house on the eighteenth, too?
C: Yes, please. {neu}
A: With autopay, the security deposit is waived. Otherwise it's <amount:a hundred fifty>.
C: Then autopay, definitely. {neu}
A: Routing number?
C: [routing_number:Two seven four, oh seven one, seven seven oh]. {neu}
A: And the checking account?
C: [bank_account:Three three nine, oh five oh, two six six one]. {neu}
A: Drafts go out on the twentieth.
C: Twentieth is fine. {neu}
A: There's a <amount:twenty-five dollar> start fee on the first bill.
C: Of course there is. {neg}
A: [person_name:Ahmed] from our field crew will read both meters on the eighteenth, between <time:eight and eleven>.
C: Can he check the new place for leaks too? I'm paranoid now. {neu}
A: Absolutely. Best phone for him?
C: [phone:Three one seven, five five five, oh two two eight]. {neu}
A: Email for paperless billing?
C: [email:t ridley forty at icloud dot com]. {neu}
A: I'll email the leak adjustment form today.
C: Great. I'll send the receipt with it. {neu}
A: Anything else, [person_name:Tomasz]?
C: No. Thanks, [person_name:Bernadette]. You've been great. {pos}
A: Enjoy the new house!
""",
    ),
]

"""The FIFTH-DEV half: six scripted two-party phone calls, a fifth set in trades none of the
earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that read
no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond the
first fourth-dev call, as a format example); see README.md. Frozen as of the commit that adds
it: do not edit the calls or the labels to suit a result. Tune on these if you must; the test
half (fifth_test_calls.py) is held out: do not read it and do not tune on it.

This set puts its weight on what must NOT be redacted, placed where a careless redactor would
hide it: 8-12 must-survive numbers per call (right after a card, an SSN, a date of birth or a
member id, inside payment talk, read digit by digit, read back, corrected, with "double" and
"oh"); PII-free utterances holding numbers left unmarked (prices, counts, durations, times),
some right after a sensitive exchange; words that look like sensitive cues but are not
("security deposit", "code of conduct", "birthday party", "social worker", "card table",
"routing the call", "member of staff"); and common words that are also names ("the bill",
"will do", "we'll mark it", "a rose bush"), while people named in passing ARE PII.

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
        id="5d01-plumbing",
        trade="plumbing and heating repair",
        company="Ironbridge Plumbing and Heating",
        agent="Colette Baptiste",
        customer="Desmond Achterberg",
        agent_voice="hibari:40",
        customer_voice="espeak:en-us+klatt:138:42",
        noise_db=17.0,
        reason="The customer's boiler stopped working overnight and the house has no heat.",
        outcome="A technician is booked for this afternoon with the slot held on a card; the call-out fee is waived if the repair is booked, and a service plan will be emailed.",
        actions=[
            Action(
                "visit the customer's house to repair the boiler",
                "Farrukh",
                "2026-12-04",
                "today, between two and four",
                ("boiler", "visit", "technician", "repair"),
            ),
            Action(
                "email the receipt",
                "Colette Baptiste",
                "2026-12-04",
                "tonight",
                ("receipt",),
            ),
            Action(
                "send the service plan",
                "Lena",
                "2026-12-07",
                "by Monday",
                ("service plan", "plan"),
            ),
            Action(
                "clear the space around the boiler",
                "Desmond Achterberg",
                "2026-12-04",
                "before two",
                ("clear", "space"),
            ),
        ],
        script="""
A: Ironbridge Plumbing and Heating, this is [person_name:Colette].
C: Hi. Our boiler quit last night. No heat. {neg}
A: Oh no. Are you an existing customer?
C: Yeah, back in the fall. {neu}
A: Name on the account?
C: [person_name:Desmond Achterberg]. [person_name:A C H T E R B E R G]. {neu}
A: Service address?
C: [address:Two twelve Larkspur Lane, unit nineteen], [zip:six oh six one eight]. {neu}
A: Last visit was <date:October twentieth, twenty twenty-six>, invoice <reference:four oh seven, two two>.
C: Right, the leak. {neu}
A: What's it doing now?
C: Clicks, then nothing. It shows error code F two eight. {neu}
A: How cold is the house?
C: Fifty-eight degrees. Lovely. {neg}
A: How old is the boiler?
C: Let me see, a two thousand nine model. {neu}
A: Any radiators still warm?
C: <quantity:Two> upstairs, barely. {neu}
A: I can send [person_name:Farrukh] today, between <time:two and four p m>.
C: Today? Oh, that's a relief. {pos}
A: The emergency call-out is <amount:one eighty-nine>, parts extra.
C: <amount:One eighty-nine> just to show up? {neg}
A: It's waived if you book the repair.
C: Okay, fair enough. {neu}
A: Best number for him?
C: [phone:Three one two, five five five, oh one four six]. {neu}
A: [phone:Three one two, five five five, oh one four six].
C: Yep. {neu}
A: We hold the slot with a card.
C: [card_number:Five four one two, seven five five oh, three three eight one, nine oh two six]. {neu}
A: Expiry?
C: [card_expiry:Oh four twenty-nine]. {neu}
A: Three digits on the back?
C: [card_security_code:Two six three]. {neu}
A: Thanks. Your job number is <ticket:J, five five one, oh eight>.
C: <ticket:J, five five one, oh eight>. {neu}
A: He'll text you twenty minutes before.
C: Good. Two little kids here. {neu}
A: We'll mark it urgent. Boiler's in the basement?
C: Yeah. The side gate sticks, push hard. {neu}
A: If it's the ignitor, that part is <amount:sixty-two dollars>.
C: And if it's worse? {neu}
A: He'll quote it first.
C: Okay. I appreciate that. {pos}
A: Email for the receipt?
C: [email:d achterberg seventy at yahoo dot com]. {neu}
A: I'll email it tonight. [person_name:Lena] will send our service plan by Monday.
C: Sure, I'll look. {neu}
A: It's <amount:twelve dollars> a month, covers the annual check.
C: After this week, probably worth it. {pos}
A: Please clear the space around the boiler before two.
C: Will do. {neu}
A: Anything else?
C: No. Thanks so much, [person_name:Colette]. {pos}
A: Stay warm!
""",
    ),
    CallScript(
        id="5d02-daycare",
        trade="children's daycare enrollment",
        company="Little Acorns Early Learning",
        agent="Marisol Fenwick",
        customer="Keziah Lindqvist",
        agent_voice="espeak:en-us+f3:140:62",
        customer_voice="hibari:41",
        noise_db=16.0,
        reason="A parent who toured the center wants to enroll her toddler three days a week.",
        outcome="The child is enrolled from Monday 4 January with tuition drafted weekly from checking; the packet goes out today and the allergy plan is due by the fifteenth.",
        actions=[
            Action(
                "email the enrollment packet",
                "Marisol Fenwick",
                "2026-12-04",
                "today",
                ("packet", "enrollment"),
            ),
            Action(
                "sign the code of conduct page",
                "Keziah Lindqvist",
                "2026-12-09",
                "by next Wednesday",
                ("code of conduct", "sign"),
            ),
            Action(
                "get a new allergy action plan from the pediatrician",
                "Keziah Lindqvist",
                "2026-12-15",
                "by the fifteenth",
                ("allergy",),
            ),
            Action(
                "call the parent about a visit day",
                "Priscilla",
                "2026-12-07",
                "Monday",
                ("visit day", "call"),
            ),
        ],
        script="""
A: Little Acorns Early Learning, [person_name:Marisol] speaking.
C: Hi! We toured Monday and want to enroll. {pos}
A: Wonderful. The <date:November thirtieth> tour?
C: Yes, with, um, [person_name:Priscilla]? {neu}
A: Your name?
C: [person_name:Keziah Lindqvist]. [person_name:L I N D Q V I S T]. {neu}
A: And your little one?
C: [person_name:Theo]. {neu}
A: His date of birth?
C: [date_of_birth:February eleventh, twenty twenty-five]. {neu}
A: So he's almost two.
C: Twenty-two months, yes. {neu}
A: Your application number is <reference:A P, six one one, four oh nine>.
C: <reference:Six one one, four oh nine>. Got it. {neu}
A: How many days a week?
C: <quantity:Three>. Monday, Wednesday, Friday. {neu}
A: That's <amount:three hundred ten dollars> a week.
C: Oof. Okay, we budgeted for that. {neu}
A: Plus a <amount:seventy-five dollar> registration fee. It's not a security deposit, so no refund.
C: Got it. {neu}
A: He'd be in the Sparrow room, room <reference:two oh four>.
C: With the slide? He loved it. {pos}
A: Drop-off starts at <time:seven forty-five>.
C: Perfect, I start work at eight thirty. {pos}
A: Home address?
C: [address:Fifty-one Birchwood Court, apartment six C], [zip:nine seven two one four]. {neu}
A: Best phone?
C: [phone:Five oh three, five five five, oh two nine one]. {neu}
A: And an emergency contact?
C: My mom, [person_name:Ruth]. [phone:Five oh three, five five five, seven seven four eight]. {neu}
A: Email?
C: [email:keziah dot l eighty-eight at gmail dot com]. {neu}
A: Tuition is drafted from checking. Routing number?
C: [routing_number:Oh seven one, triple oh, two eight eight]. {neu}
A: And the account?
C: [bank_account:Four four oh one, nine two seven, six five three]. {neu}
A: Drafts come out Monday mornings, around six.
C: Okay. We're paid every two weeks, that works. {neu}
A: First day is <date:Monday, January fourth>.
C: Oh, yay! {pos}
A: Any allergies?
C: Peanuts. I'll get a new allergy plan from Doctor [person_name:Abara]. {neu}
A: Great, by the fifteenth if you can.
C: Can we bring cupcakes for birthday parties? {neu}
A: No food from home, even for a birthday party. It's in the code of conduct.
C: Huh. Strict, but with allergies I get it. {neu}
A: I'll email the packet today. Please sign the code of conduct page by next Wednesday.
C: Will do. {neu}
A: [person_name:Priscilla] will call Monday about a visit day.
C: Oh, lovely. {pos}
A: Anything else?
C: Honestly, the waitlist took forever. Four months. {neg}
A: I know, sorry.
C: It's fine, we're in now. Thank you, [person_name:Marisol]. {pos}
A: Welcome aboard, [person_name:Keziah]!
""",
    ),
    CallScript(
        id="5d03-legal",
        trade="legal office new-client intake",
        company="Keystone Legal Group",
        agent="Naomi Westergaard",
        customer="Rafael Quintanilla",
        agent_voice="hibari:42",
        customer_voice="festival:kal_diphone",
        noise_db=18.0,
        reason="A man who was let go says his former employer never paid his final wages and wants a lawyer.",
        outcome="An intake file is opened and a free consultation is booked for Wednesday the ninth at ten fifteen; he will send his termination letter and pay stubs by Monday.",
        actions=[
            Action(
                "email the intake questionnaire",
                "Naomi Westergaard",
                "2026-12-04",
                "today",
                ("questionnaire",),
            ),
            Action(
                "send the termination letter and the last pay stubs",
                "Rafael Quintanilla",
                "2026-12-07",
                "by Monday",
                ("termination letter", "pay stubs"),
            ),
            Action(
                "ring the client to confirm the consultation",
                "Jonah",
                "2026-12-08",
                "Tuesday",
                ("confirm",),
            ),
            Action(
                "hold the consultation with the new client",
                "Priya Raman",
                "2026-12-09",
                "Wednesday, December ninth, at ten fifteen",
                ("consultation", "meet"),
            ),
            Action(
                "bring photo ID to the consultation",
                "Rafael Quintanilla",
                "2026-12-09",
                "on Wednesday",
                ("photo ID", "ID"),
            ),
        ],
        script="""
A: Keystone Legal Group, this is [person_name:Naomi].
C: Hi, I need an employment lawyer. {neu}
A: Okay. Your name?
C: [person_name:Rafael Quintanilla]. [person_name:Q U I N T A N I L L A]. {neu}
A: What happened?
C: I was let go on <date:November sixth, twenty twenty-six>. They never paid my final wages. {neg}
A: How long were you there?
C: Six years. And a form letter. {neg}
A: What are you owed?
C: About <amount:eleven thousand four hundred>, with vacation. {neu}
A: How many paychecks?
C: <quantity:Three>. The last three. {neu}
A: For our conflict check, your date of birth?
C: [date_of_birth:August third, nineteen seventy-eight]. {neu}
A: And your Social Security number.
C: Um, okay. [ssn:Five two nine, four one, seven seven three oh]. {neu}
A: Thanks. Your intake number is <case:two two seven, oh nine one>.
C: <case:Two two seven, oh nine one>. Just six digits? {neu}
A: Six, yes. Any severance agreement?
C: They offered one. Two pages, thirty days to sign. {neu}
A: Don't sign anything yet.
C: I won't. I didn't trust it. {neg}
A: Who was your manager?
C: [person_name:Howard Pelletier]. {neu}
A: And they paid you how?
C: Into my account in Spain. Spanish firm. {neu}
A: We'll need that IBAN.
C: [iban:E S nine one, two one oh oh, oh four one eight, four five oh two, oh oh oh five, one three three two]. {neu}
A: Ending [iban:one three three two]?
C: Correct. {neu}
A: Our consultation fee is <amount:one fifty>, waived for wage claims.
C: Oh, good. That helps. {pos}
A: You'll meet [person_name:Priya Raman], our partner, Wednesday, <date:December ninth>, at <time:ten fifteen>.
C: Sorry, ten fifty? {neu}
A: <time:Ten fifteen>. One five.
C: <time:Ten fifteen>, got it. {neu}
A: Best number for you?
C: [phone:Two one five, five five five, oh eight six three]. {neu}
A: And email?
C: [email:rafa q seventy-eight at outlook dot com]. {neu}
A: I'll email our questionnaire today. Please send your termination letter and pay stubs by Monday.
C: Sure. {neu}
A: [person_name:Jonah], our paralegal, will ring you Tuesday to confirm.
C: Okay. My wife's a social worker, she said call a lawyer. {neu}
A: Smart lady. Bring photo ID on Wednesday.
C: Will do. It's a relief to talk to someone. {pos}
A: I'm not routing the call anywhere, you're all set.
C: They treated me like a number. This feels different. {pos}
A: Anything else?
C: No. Thank you, [person_name:Naomi], really. {pos}
A: Take care, Mr. [person_name:Quintanilla].
""",
    ),
    CallScript(
        id="5d04-hospital-billing",
        trade="hospital billing department",
        company="Mercy Valley Regional Hospital",
        agent="Imani Thornbury",
        customer="Gregory Pastore",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:43:-250",
        noise_db=15.0,
        reason="A patient says his emergency-room bill charges him twice for the same CT scan.",
        outcome="The duplicate is put under billing review and the corrected balance is split into six monthly card payments, the first taken today; a financial counselor will call.",
        actions=[
            Action(
                "open a billing review for the duplicate CT charge",
                "Imani Thornbury",
                "2026-12-04",
                "today",
                ("review", "duplicate"),
            ),
            Action(
                "call the patient about financial assistance",
                "Rosa Delgado",
                "2026-12-09",
                "by Wednesday",
                ("assistance", "call"),
            ),
            Action(
                "mail a corrected bill",
                "Imani Thornbury",
                "2026-12-11",
                "by next Friday",
                ("corrected", "bill"),
            ),
            Action(
                "send the insurance letter (explanation of benefits)",
                "Gregory Pastore",
                "2026-12-07",
                "by Monday",
                ("insurance letter", "explanation of benefits", "scan"),
            ),
        ],
        script="""
A: Mercy Valley billing, this is [person_name:Imani].
C: Hi. I got a bill that's, um, frankly wrong. {neg}
A: Patient account number?
C: Hang on, it's on the letter. {neu}
C: [member_id:P A, four four eight, one oh two, seven]. {neu}
A: Patient's date of birth?
C: It's me. [date_of_birth:April twenty-second, nineteen sixty-five]. {neu}
A: Thank you, Mr. [person_name:Pastore]. I see statement <reference:eight eight two, four one seven>.
C: Eight eight two, four seven one? {neu}
A: <reference:Four one seven>, not four seven one.
C: Right, sorry. <reference:Eight eight two, four one seven>. {neu}
A: The ER visit on <date:October twenty-eighth>.
C: Yes. Kidney stone. Worst night of my life. {neg}
A: The balance is <amount:two thousand three hundred forty>.
C: But I was charged for the CT scan twice. {neg}
A: Yes, two CT lines, same time, <time:eleven oh five p m>.
C: I only had one scan. One. {neg}
A: That's a duplicate. I'll open a billing review today.
C: Thank you. That's a relief. {pos}
A: Can I confirm your insurance member ID?
C: [member_id:W X K, nine three three, oh six one, two two]. {neu}
A: And the last four of your Social?
C: [ssn:Six oh one eight]. {neu}
A: Thanks. Your review number is <case:R V, five five nine, three oh>.
C: <case:Five five nine, three oh>. How long does a review take? {neu}
A: About thirty days. Without the duplicate, you'd owe <amount:six hundred thirty>.
C: Still a lot, but better. {neu}
A: We can split it, six months, <amount:one hundred five> each.
C: Can I start that now? {neu}
A: Sure. Card number?
C: [card_number:Four eight one six, two two oh nine, seven three five five, oh one eight four]. {neu}
A: Expiry?
C: [card_expiry:November twenty-eight]. {neu}
A: Security code?
C: [card_security_code:Nine oh seven]. {neu}
A: Okay, <amount:one hundred five dollars> today, on the card ending [card_number:oh one eight four].
C: And the other five, monthly? {neu}
A: Yes, on the fifteenth.
C: Okay. Manageable. {neu}
A: [person_name:Rosa Delgado], a financial counselor, will call you by Wednesday.
C: Like a social worker? {neu}
A: Sort of.
C: A member of staff in the ER said it was all covered. {neg}
A: Sorry about that. I'll note it.
C: Thanks. Can I get a corrected bill? {neu}
A: By next Friday. Please send your insurance letter by Monday.
C: The explanation of benefits? I'll scan it. {neu}
A: Anything else?
C: No. Thank you, [person_name:Imani]. You've been great. {pos}
A: Feel better, Mr. [person_name:Pastore].
""",
    ),
    CallScript(
        id="5d05-pet-insurance",
        trade="pet insurance claims",
        company="Pawsure Pet Insurance",
        agent="Lachlan Oyelaran",
        customer="Beatriz Haugen",
        agent_voice="espeak:en-us:136:48",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=19.0,
        reason="A policyholder's emergency vet claim for her dog was denied as a pre-existing condition.",
        outcome="The denial looks like a coding error and goes to an adjuster; the expected reimbursement will go by direct deposit, and she will send the medicine receipt.",
        actions=[
            Action(
                "send the claim to the adjuster for review",
                "Lachlan Oyelaran",
                "2026-12-04",
                "today",
                ("adjuster", "review"),
            ),
            Action(
                "email an upload link",
                "Lachlan Oyelaran",
                "2026-12-04",
                "right after this call",
                ("upload link", "link"),
            ),
            Action(
                "send the medicine receipt",
                "Beatriz Haugen",
                "2026-12-09",
                "by Wednesday",
                ("receipt", "medicine"),
            ),
            Action(
                "call the customer if he needs anything",
                "Warrick",
                "2026-12-08",
                "by Tuesday",
                ("call",),
            ),
        ],
        script="""
A: Pawsure, [person_name:Lachlan]. Sorry, I'm routing the call from the main line.
C: No problem. It's about a claim for my dog. {neu}
A: Sure. Policy number?
C: [member_id:P W, seven seven oh, three one nine, four]. {neu}
A: Thanks. Two pets on this policy?
C: Just the one now. Our old cat died in March. {neu}
A: I'm sorry. Policyholder's name?
C: [person_name:Beatriz Haugen]. [person_name:H A U G E N]. {neu}
A: And the ZIP code?
C: [zip:Eight oh two one eight]. {neu}
A: What happened?
C: Pickles ran through a rose bush, then ate a bag of chocolate. {neg}
A: Oh dear. When?
C: Thanksgiving night, <date:November twenty-sixth>, around <time:eleven forty>. {neu}
A: The emergency vet?
C: Yes, Doctor [person_name:Okafor]. We were there three hours. {neu}
A: How's she doing?
C: Fine now, thank goodness. Sixty pounds of trouble. {pos}
A: I see the claim, <reference:C L, four two oh, double eight six>.
C: Yes, sent Monday. {neu}
A: The invoice is <amount:one thousand one hundred twenty>.
C: Right. And the portal says denied? {neg}
A: It says pre-existing condition.
C: Chocolate is not a pre-existing condition. {neg}
A: That's a coding error. I'll send it to our adjuster, [person_name:Warrick], today.
C: Oh, thank you. {pos}
A: Your deductible, <amount:two hundred fifty>, is already met.
C: So what would I get back? {neu}
A: Eighty percent, so <amount:eight hundred ninety-six>.
C: <amount:Eight ninety-six>. Okay, that's fair. {pos}
A: Check, or direct deposit?
C: Direct deposit. Routing is [routing_number:oh five three, one oh one, one two one]. {neu}
A: And the account?
C: [bank_account:Seven two two, oh four, eight eight one, five]. {neu}
A: The claim is <reference:four two oh, double eight six>.
C: <reference:Four two oh, double eight six>. It's a joint account, two of us on it. {neu}
A: It takes five to seven business days.
C: She's also on <quantity:thirty tablets> of medicine. {neu}
A: Same invoice?
C: No, separate. <amount:Forty-two dollars>. {neu}
A: Upload that receipt by Wednesday; I'll email a link right after this call. Email?
C: [email:bea dot haugen ninety-one at gmail dot com]. {neu}
A: And a phone, in case [person_name:Warrick] has questions?
C: [phone:Seven two oh, five five five, oh six three two]. {neu}
A: He'll call by Tuesday if needed.
C: Honestly, I was ready to cancel over this. {neg}
A: I understand. The bill was a shock.
C: It was. But this helps. {pos}
A: Anything else?
C: No. Thanks, [person_name:Lachlan]. {pos}
A: Give Pickles a pat from us.
""",
    ),
    CallScript(
        id="5d06-parking",
        trade="city parking permits and fines",
        company="Westbrook City Parking Services",
        agent="Yusuf Halvorsen",
        customer="Corinne Mbatha",
        agent_voice="hibari:44:-200",
        customer_voice="espeak:en-us+f3:137:64",
        noise_db=17.0,
        reason="A resident wants to contest a parking ticket and renew her residential permit.",
        outcome="The ticket goes to a hearing officer and the permit is renewed for a year by card; a temporary permit is emailed today.",
        actions=[
            Action(
                "file the request to contest the ticket",
                "Yusuf Halvorsen",
                "2026-12-04",
                "today",
                ("contest", "hearing"),
            ),
            Action(
                "email a temporary permit",
                "Yusuf Halvorsen",
                "2026-12-04",
                "today",
                ("temporary permit", "temporary"),
            ),
            Action(
                "mail a decision on the contested ticket",
                "Delia Brandt",
                "2026-12-11",
                "by next Friday",
                ("decision",),
            ),
            Action(
                "upload the photo of the car",
                "Corinne Mbatha",
                "2026-12-07",
                "by Monday",
                ("photo", "upload"),
            ),
        ],
        script="""
A: Westbrook Parking Services, this is [person_name:Yusuf].
C: Hi. Um, two things. A ticket, and my permit renewal. {neu}
A: Sure. Ticket first. Citation number?
C: Hang on. Okay. {neu}
C: <ticket:W B, seven one four, oh three six>. {neu}
A: Seven one four, oh six three?
C: No, sorry, <ticket:oh three six>. Not oh six three. {neu}
A: Issued <date:November seventeenth> at <time:eight fifteen a m>, on Alder Street.

C: Yes. I was unloading a card table for my mom. Five minutes, tops. {neg}
A: The fine is <amount:forty-five dollars>.
C: <amount:Forty-five>, for five minutes. Wonderful. {neg}
A: You can contest it. A hearing officer, [person_name:Delia Brandt], reviews those.
C: Yes, please. {neu}
A: I'll file it today. Your hearing reference is <case:H R, two nine three, one one>.
C: <case:Two nine three, one one>. {neu}
A: Now the permit. Resident account number?
C: [member_id:R S, oh four five, eight eight two]. {neu}
A: And the name?
C: [person_name:Corinne Mbatha]. [person_name:M B A T H A]. {neu}
A: Address?
C: [address:Three forty Quarry Hill Road, apartment twenty-one]. {neu}
A: ZIP?
C: [zip:Oh one six oh nine]. {neu}
A: Zone <reference:fourteen>, permit <reference:P, six six oh two>, expires December thirty-first.
C: Right. A year, please. {neu}
A: A year is ninety dollars. Card?
C: [card_number:Three seven four two, eight one nine oh six five, three one oh oh seven]. {neu}
A: Expiry?
C: [card_expiry:September twenty-seven]. {neu}
A: And the four-digit code on the front?
C: [card_security_code:Four one five two]. {neu}
A: Thanks. <amount:Ninety dollars>, to the card ending [card_number:one oh oh seven].
C: Mm-hm. Ten days to arrive? {neu}
A: About seven days. Same number, <reference:six six oh two>. I'll email a temporary one today.
C: Oh, great. {pos}
A: Your email?
C: [email:c mbatha nineteen at gmail dot com]. {neu}
A: And a phone for text reminders?
C: [phone:Five oh eight, five five five, oh seven one two]. {neu}
A: If you lose the hearing, no late fee until the fifteenth.
C: Okay. Good to know. {neu}
A: [person_name:Delia] will mail a decision by next Friday.
C: Fine. {neu}
A: If you have a photo of the car with its hazards on, upload it by Monday.
C: I do, actually. My neighbor took one. {pos}
A: Perfect. That usually helps.
C: Last year I waited two hours on hold, so, this was quick. {pos}
A: Glad to hear it. Anything else?
C: No. Thanks, [person_name:Yusuf]. {pos}
A: Have a good weekend!
""",
    ),
]

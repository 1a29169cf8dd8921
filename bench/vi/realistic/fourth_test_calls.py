"""The FOURTH-TEST half: five scripted two-party phone calls, a fourth set in trades none of
the earlier sets covered. Written blind from a brief on 2026-12-04 by a helper session that
read no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond
the first fresh-dev call, as a format example); see README.md, "Fourth set". Frozen as of the
commit that adds it: do not edit the calls or the labels to suit a result. THIS HALF IS HELD
OUT: do not read it while tuning and do not tune on it or its figures; tune, if at all, on
fourth-dev (fourth_dev_calls.py).

This set puts its weight on numbers that must SURVIVE redaction (6-10 per call), placed where
a careless redactor would hide them: right after a card, an SSN or a date of birth, read digit
by digit, inside payment talk, dated 2026, read back by the customer.

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
        id="4t01-appliance",
        trade="appliance repair",
        company="Brightwell Appliance Repair",
        agent="Harriet Lindqvist",
        customer="Gordon Tremblay",
        agent_voice="hibari:29",
        customer_voice="espeak:en-us:140:40",
        noise_db=16.5,
        reason="The customer's refrigerator stopped cooling and he wants a warranty repair visit.",
        outcome="A technician visit is booked for Tuesday afternoon with the diagnostic fee paid by card; a neighbour will let the technician in and a spoilage claim form is on its way.",
        actions=[
            Action(
                "call the customer if a Monday slot opens",
                "Harriet Lindqvist",
                "2026-12-07",
                "Monday",
                ("Monday", "slot", "call"),
            ),
            Action(
                "text the repair shop the morning of the visit",
                "Dolores",
                "2026-12-08",
                "the morning of",
                ("text",),
            ),
            Action(
                "email the spoilage claim form",
                "Harriet Lindqvist",
                "2026-12-04",
                "today",
                ("claim form", "spoilage"),
            ),
            Action(
                "send back the claim form with the grocery receipts",
                "Gordon Tremblay",
                "2026-12-06",
                "by Sunday",
                ("receipts",),
            ),
            Action(
                "repair the fridge at the customer's home",
                "Sanjay",
                "2026-12-08",
                "Tuesday",
                ("repair", "fridge", "visit"),
            ),
        ],
        script="""
A: Brightwell Appliance Repair, this is [person_name:Harriet].
C: Hi. My fridge quit. Everything's warm. {neu}
A: Oh no. Is it under warranty?
C: I think so. Warranty number [member_id:B W, double five, one eight, Q two]. {neu}
A: Model <reference:R F two eight, oh seven one>?
C: That's it. Bought it <date:March second, twenty twenty-five>. {neu}
A: Then parts are covered.
C: Oh, good. {pos}
A: Name on the account?
C: [person_name:Gordon Tremblay]. {neu}
A: Sorry, can you spell the last name?
C: [person_name:T R E M B L A Y]. {neu}
A: And the address?
C: [address:Three fifty-seven Maple Crescent, unit fourteen], [zip:nine seven two one two]. {neu}
A: [address:Three five seven Maple Crescent, unit one four], [zip:nine seven two one two]?
C: Yep. {neu}
A: Earliest is <date:Tuesday, December eighth, twenty twenty-six>, <time:one to four p m>.
C: Tuesday? Four days of warm milk. Fantastic. {neg}
A: Sorry. If a Monday slot opens, I'll call you.
C: Please do. {neu}
A: [person_name:Sanjay] is the tech. Will you be home?
C: I work. My neighbor [person_name:Dolores] has a key. {neu}
A: Could she text us the morning of?
C: I'll ask her tonight. {neu}
A: Diagnostic fee is <amount:eighty-nine dollars>, refunded if it's warranty.
C: Fine, one second. {neu}
C: [card_number:Three seven eight two, nine one five five oh three, four one eight six one]. {neu}
A: Was that Amex?
C: Yes. {neu}
A: Expiry and the four-digit code?
C: [card_expiry:Eleven slash twenty-seven]. Code [card_security_code:six oh four nine]. {neu}
A: Thanks. Work order <order:W O, four four three, eight oh six>.
C: <order:Four four three, eight oh six>. {neu}
A: A phone for [person_name:Sanjay]?
C: [phone:Five oh three, five five five, two one six nine]. {neu}
A: [phone:Five oh three, five five five, two one six nine]. Email?
C: [email:g tremblay double oh seven at proton dot me]. {neu}
A: [email:G tremblay double oh seven]?
C: Yeah, like Bond. {neu}
A: Did you lose much food?
C: A week's groceries. Maybe <amount:one hundred fifty dollars>. {neu}
A: Some warranties cover spoilage. I'll email the claim form today.
C: Oh, really? That'd be great. {pos}
A: Send it back with the receipts.
C: I'll dig them out by Sunday. {neu}
A: Anything else acting up?
C: No. Enough drama for one week. {neg}
A: Fair. You're all set.
C: Thanks, [person_name:Harriet]. Really appreciate it. {pos}
A: Have a good weekend, [person_name:Gordon].
""",
    ),
    CallScript(
        id="4t02-dealer",
        trade="car dealership finance office",
        company="Cascade Motors",
        agent="Wendell Park",
        customer="Lucia Fernandez",
        agent_voice="festival:kal_diphone",
        customer_voice="hibari:30",
        noise_db=15.0,
        reason="The customer wants financing for a used hybrid she test-drove and to hold it with a deposit.",
        outcome="She is approved for sixty months at five point nine percent, paid a five hundred dollar holding deposit by card and signs tomorrow at ten thirty.",
        actions=[
            Action(
                "email his driver's license",
                "Diego",
                "2026-12-07",
                "by Monday",
                ("license",),
            ),
            Action(
                "come in to sign the financing papers",
                "Lucia Fernandez",
                "2026-12-05",
                "tomorrow",
                ("sign",),
            ),
            Action(
                "have the car detailed and the papers ready",
                "Wendell Park",
                None,
                None,
                ("detailed", "papers"),
            ),
            Action(
                "add Diego to her insurance policy",
                "Lucia Fernandez",
                None,
                None,
                ("insurance",),
            ),
        ],
        script="""
A: Cascade Motors finance, [person_name:Wendell] speaking.
C: Hi! I drove the blue hybrid yesterday, and I loved it. {pos}
A: Great. The stock number's on the sticker.
C: <reference:Stock two seven seven one B>. {neu}
A: Listed at <amount:twenty-four thousand nine hundred ninety-five>.
C: More than I hoped, honestly. {neg}
A: Let's see what we can do. Your full name?
C: [person_name:Lucia Fernandez]. [person_name:F E R N A N D E Z]. {neu}
A: Date of birth?
C: [date_of_birth:Seven twenty-one, eighty-three]. So, [date_of_birth:July twenty-first]. {neu}
A: And your social security number?
C: [ssn:Four six one, two nine, oh three five eight]. {neu}
A: Was that two nine, or two five?
C: [ssn:Two nine]. {neu}
A: Thanks. Application number <reference:C M, six one eight, oh oh seven>.
C: <reference:Six one eight, double oh seven>. {neu}
A: Current address?
C: [address:Eight hundred six Linden Boulevard, apartment two A], [zip:nine eight one oh three]. {neu}
A: Monthly income, roughly?
C: About six thousand. I'm a nurse. {neu}
A: Best phone?
C: [phone:Two oh six, five five five, seven three one two]. {neu}
A: [phone:Two oh six, five five five, seven three one two]. Email?
C: [email:lucia dot fernandez eighty-three at icloud dot com]. {neu}
A: Okay. Approved, <quantity:sixty> months at <quantity:five point nine> percent.
C: Oh wow, that was fast. {pos}
A: About <amount:four hundred twelve dollars> a month, nothing down.
C: Hmm. That's a lot. Does a deposit help? {neu}
A: A little. Want to hold the car with <amount:five hundred> today?
C: Yes, before someone grabs it. {neu}
A: Card number?
C: [card_number:Four oh one seven, double two six three, one eight five oh, nine nine four one]. {neu}
A: Expiration?
C: [card_expiry:September twenty-seven]. {neu}
A: And the CVV?
C: [card_security_code:Five five one]. {neu}
A: Done. It's yours till <date:Saturday the fifth>.
C: Phew. {pos}
C: My son [person_name:Diego] will drive it too. {neu}
A: Then he goes on your insurance. Could he email us his license by Monday?
C: I'll tell him. He's hopeless with email. {neu}
A: Ha. Can you sign tomorrow, <time:ten thirty>?
C: Ten thirty works. {neu}
A: I'll have it detailed and the papers ready.
C: I'm actually excited now. {pos}
A: Bring your license and proof of insurance.
C: Will do. {neu}
C: Thanks, [person_name:Wendell]. {pos}
A: See you tomorrow, [person_name:Lucia].
""",
    ),
    CallScript(
        id="4t03-tickets",
        trade="concert ticketing box office",
        company="Marquee Live",
        agent="Soraya Haddad",
        customer="Pieter van Dijk",
        agent_voice="hibari:31",
        customer_voice="festival:kal_diphone:-100",
        noise_db=18.5,
        reason="A concert the customer flew in for was postponed; one friend can no longer come and his card was stolen.",
        outcome="The friend's ticket is refunded to his German IBAN, the other two seats are upgraded to row C on a new card, and new tickets follow by Monday.",
        actions=[
            Action(
                "email the new row C tickets",
                "Soraya Haddad",
                "2026-12-07",
                "by Monday",
                ("tickets",),
            ),
            Action(
                "email Joost about his refund",
                "Soraya Haddad",
                "2026-12-04",
                "this afternoon",
                ("Joost",),
            ),
            Action(
                "check the flight change",
                "Pieter van Dijk",
                "2026-12-04",
                "tonight",
                ("flight",),
            ),
            Action(
                "refund the friend's ticket to the customer's bank account",
                "Soraya Haddad",
                None,
                None,
                ("refund",),
            ),
        ],
        script="""
A: Marquee Live box office, this is [person_name:Soraya].
C: Hello. My concert's been postponed? Harbor Lights? {neu}
A: Yes, sorry. From <date:December twelfth, twenty twenty-six> to <date:February twentieth, twenty twenty-seven>.
C: Wonderful. I booked a flight from Amsterdam for this. {neg}
A: Sorry. Order number?
C: <order:M L, eight two two, five oh one>. {neu}
A: And the account email?
C: [email:p v dijk seventy at hotmail dot com]. Spelled [email:D I J K]. {neu}
A: For security, date of birth?
C: [date_of_birth:Fourteen, five, nineteen seventy]. The European way. {neu}
A: So [date_of_birth:May fourteenth]?
C: Yes. {neu}
A: Thanks, [person_name:Pieter]. Three tickets, <seat:row K, twenty-one to twenty-three>.
C: My friend [person_name:Joost] can't do February. Refund his, please. {neu}
A: Sure. One ticket, <amount:one hundred twelve fifty>.
C: The card I paid with was stolen, though. In Lisbon. {neu}
A: Oh no. We can refund to a bank. IBAN?
C: Sure, one moment. {neu}
C: [iban:D E two seven, one oh oh five, oh oh eight one, four four two nine, six seven three one, five five]. {neu}
A: Ending [iban:six seven three one, five five]?
C: Correct. {neu}
A: Allow about ten business days.
C: Fine. {neu}
A: The other two seats, same?
C: Better ones, if I'm flying in twice. {neu}
A: Row C, <seat:seats eight and nine>, forty dollars more each.
C: Row C? Oh, much better. {pos}
C: Yes, please. {neu}
A: Card for the difference?
C: My new one. [card_number:Five five three nine, oh two one four, seven seven six oh, three eight two one]. {neu}
A: Expiry?
C: [card_expiry:Oh four, twenty-nine]. {neu}
A: And the three-digit code?
C: [card_security_code:Oh six eight]. {neu}
A: Done, <amount:eighty dollars>. New order <order:M L, nine one seven, three three four>.
C: <order:Nine one seven, three three four>? {neu}
A: A phone number?
C: [phone:Plus three one, six, four eight two seven, nine oh one five]. {neu}
A: [phone:Plus three one, six, four eight two seven, nine oh one five]?
C: Yes. {neu}
A: I'll email your new tickets by Monday.
C: Could you tell [person_name:Joost]? He'll ask me constantly. {neu}
A: Sure. I'll email him this afternoon.
C: I'll check my flight change tonight. Ugh. {neg}
A: Doors open at <time:seven p m>.
C: Thank you. Sorry for grumbling earlier. {pos}
A: Totally understandable.
C: Thanks, [person_name:Soraya]. Have a nice weekend. {pos}
""",
    ),
    CallScript(
        id="4t04-solar",
        trade="solar panel installer",
        company="Suncrest Solar",
        agent="Imogen Carrow",
        customer="Raymond Osterhaus",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+klatt:135:35",
        noise_db=17.5,
        reason="The customer was told his solar financing credit check failed.",
        outcome="A one-digit SSN typo was fixed and the credit check passed; loan autopay is set up, the site survey is booked for Wednesday and the plans go to the HOA on Monday.",
        actions=[
            Action(
                "send the HOA manager the plans",
                "Imogen Carrow",
                "2026-12-07",
                "Monday",
                ("plans", "HOA"),
            ),
            Action(
                "call Suncrest as co-applicant",
                "Beatriz",
                "2026-12-08",
                "by Tuesday",
                ("call", "co-applicant"),
            ),
            Action(
                "lead the site survey",
                "Hector",
                "2026-12-09",
                "Wednesday",
                ("survey",),
            ),
            Action(
                "email the loan documents",
                "Imogen Carrow",
                "2026-12-04",
                "tonight",
                ("loan documents", "documents"),
            ),
        ],
        script="""
A: Suncrest Solar, [person_name:Imogen] speaking.
C: Hi, [person_name:Raymond Osterhaus]. An email says my credit check failed. {neu}
A: Hi [person_name:Raymond]. Project number?
C: [member_id:S C, two six four, double one, J]. {neu}
A: Got it. <quantity:Twenty-one> panels, <amount:nineteen thousand six hundred dollars>.
C: Right. {neu}
C: So what happened? It's kind of alarming. {neg}
A: Probably a typo. Your social?
C: [ssn:Five, oh, seven, three, one, eight, eight, two, nine]. {neu}
A: We had [ssn:five oh seven, three one, eight eight two six].
C: Six? No, nine. The last four are [ssn:eight eight two nine]. {neu}
A: Fixed. Credit reference <reference:C R, oh oh four, seven one two>.
C: Oh good. {pos}
A: Your wife's the co-applicant?
C: Yes, [person_name:Beatriz]. She's at work. {neu}
A: Could she call us by Tuesday? For her date of birth.
C: She will. {neu}
C: Actually, I know it. [date_of_birth:Ten, twenty-six, nineteen eighty]. {neu}
A: [date_of_birth:Ten twenty-six, eighty]. And yours is [date_of_birth:two, three, seventy-six]?
C: Yes, [date_of_birth:February third]. {neu}
A: Loan autopay. Routing number?
C: [routing_number:One oh two, three oh one, seven seven five]. {neu}
A: And the checking account?
C: [bank_account:Seven seven one, oh nine, four four oh two eight]. {neu}
A: [bank_account:Seven seven one, oh nine, four four oh two eight]. That's <amount:one hundred forty-three dollars> a month, from <date:February first, twenty twenty-seven>.
C: Okay. {neu}
A: Install site, [address:twenty-nine oh five Juniper Hollow Drive]?
C: Yes, [zip:eight five two five eight]. {neu}
A: Site survey <date:Wednesday, December ninth>, at <time:eight a m>. [person_name:Hector] leads it.
C: Eight's fine. The attic too? {neu}
A: Yes. And your HOA must approve.
C: Oh, the HOA. Of course. {neg}
A: I'll send their manager, [person_name:Phyllis], the plans Monday.
C: Good luck. She takes forever. {neg}
A: Best phone?
C: [phone:Four eight oh, five five five, six one six one]. {neu}
A: [phone:Four eight oh, five five five, six one six one]. Email still [email:r osterhaus at gmail dot com]?
C: No, [email:ray dot o six two at gmail dot com]. {neu}
A: [email:Ray dot o six two]. I'll email the loan documents tonight.
C: Or just text me. {neu}
A: Will do. Permit number <reference:two oh two six, dash, four four one>.
C: <reference:Twenty twenty-six, four forty-one>. Funny. {neu}
A: Easy to remember!
C: Ha, true. {pos}
C: Thanks for catching the typo, [person_name:Imogen]. {pos}
A: Have a good weekend, [person_name:Raymond].
C: You too. Bye. {pos}
""",
    ),
    CallScript(
        id="4t05-drivingschool",
        trade="driving school",
        company="Clearway Driving School",
        agent="Odette Ferraro",
        customer="Yolanda Pryce",
        agent_voice="espeak:en-us+f3:140:50",
        customer_voice="hibari:32:-250",
        noise_db=16.0,
        reason="A parent complains that her daughter's driving instructor did not show up and wants to buy a larger lesson package.",
        outcome="The missed lesson is credited, a ten-lesson package is paid by card, the next lesson is booked with a new instructor and the road test date is found.",
        actions=[
            Action(
                "email the receipt and the lesson schedule",
                "Odette Ferraro",
                "2026-12-04",
                "this afternoon",
                ("receipt", "schedule"),
            ),
            Action(
                "credit the missed lesson",
                "Odette Ferraro",
                None,
                None,
                ("credit",),
            ),
            Action(
                "teach Keisha's next lesson",
                "Marcy",
                "2026-12-12",
                "Saturday, December twelfth",
                ("lesson",),
            ),
            Action(
                "remind Keisha to bring her permit to every lesson",
                "Yolanda Pryce",
                None,
                None,
                ("permit", "remind"),
            ),
        ],
        script="""
A: Clearway Driving School, [person_name:Odette] speaking.
C: Hi. I'm calling about my daughter's lessons. Partly to complain, honestly. {neg}
A: Oh, I'm sorry. What happened?
C: Her instructor didn't show on <date:November twenty-eighth, twenty twenty-six>. She waited an hour. {neu}
A: I'm so sorry. Her name?
C: [person_name:Keisha]. Last name [person_name:P R Y C E], same as mine. {neu}
A: Her learner's permit number?
C: [member_id:L P, nine oh four, two two eight, one seven]. {neu}
A: Her birth date?
C: [date_of_birth:May thirtieth, two thousand nine]. {neu}
A: [person_name:Gil] was sick, and nobody called you.
C: Well, that would've been nice to know. {neg}
A: It would. I'll credit that lesson, <amount:fifty-six dollars>.
C: Thank you. {pos}
A: She has two lessons left.
C: We want the ten-lesson package now. {neu}
A: Ten is <amount:five hundred sixty dollars>, less the credit, <amount:five oh four>.
C: Okay. On a card? {neu}
A: Sure. Name on the card?
C: [person_name:Yolanda Pryce]. {neu}
A: Card number?
C: [card_number:Six oh one one, oh oh nine two, four four seven one, three three oh eight]. {neu}
A: Sorry, the second group again?
C: [card_number:Double oh, nine two]. {neu}
A: Expiry?
C: [card_expiry:August of twenty-eight]. I mean, [card_expiry:oh eight slash twenty-eight]. {neu}
A: And the code on the back?
C: [card_security_code:Two one nine]. {neu}
A: Paid. Invoice <reference:C W, seven three oh, one two>.
C: <reference:Seven three oh, one two>. Got it. {neu}
A: Pickup address for lessons?
C: [address:Forty-four Birchwood Lane], [zip:oh two one three eight]. {neu}
A: [address:Four four Birchwood Lane], [zip:oh two one three eight]?
C: Yes. {neu}
A: Next lesson <date:Saturday, December twelfth>, at <time:nine fifteen>. With [person_name:Gil]?
C: Someone else, please. {neu}
A: [person_name:Marcy], then. She's great.
C: Okay. And the road test? {neu}
A: Earliest is <date:January twenty-second, twenty twenty-seven>.
C: She'll be thrilled. Nervous, but thrilled. {pos}
A: A number for [person_name:Marcy] to text?
C: [person_name:Keisha]'s cell. [phone:Six one seven, five five five, three oh four two]. {neu}
A: [phone:Six one seven, five five five, three oh four two]. And your email?
C: [email:y pryce at comcast dot net]. That's [email:Y, P R Y C E]. {neu}
A: I'll email the receipt and schedule this afternoon.
C: Great. {pos}
A: [person_name:Keisha] needs her permit every lesson.
C: I'll remind her. Again. {neu}
A: Anything else?
C: No. Thanks for sorting out the no-show, [person_name:Odette]. {pos}
A: Have a good weekend!
""",
    ),
]

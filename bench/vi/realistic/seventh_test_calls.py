"""The SEVENTH-TEST half: six scripted two-party phone calls, a seventh set in trades none of the
earlier sets covered. Written blind from a brief on 2026-12-05 (stop 25) by a helper session
that read no product code (nothing under src/, no tests, no docs, and no earlier set's calls
beyond the first sixth-dev call, as a format example); see README.md. Frozen as of the commit
that adds it: do not edit the calls or the labels to suit a result. This half is HELD OUT: do
not read it while tuning and do not tune on its figures; tune, if at all, on seventh-dev.

Trades: pest control, photography studio bookings, boat marina slip rental, orthodontist, wine
club subscription, roadside assistance and towing. Each call holds 6-10 PII items said the ways
people say them (cards in fours with "double"/"triple" and a pause mid-number, expiries as
"eleven twenty-seven", "March of thirty" or "oh four twenty-nine", SSNs in 3-2-4 groups or as
a last four, dates of birth in words, a newborn's among them, spelled names, IBANs in groups
of four with spelled letters, emails with digits, personal member and policy numbers, a
member id corrected mid-number) and 6-10 numbers that must survive redaction, many placed
where a careless redactor would hide them: right after a card, a security code, an SSN or a
date of birth, inside payment talk, read back digit by digit, under trade-specific labels
(work order, bait stations, booking reference, slip, lease number, treatment plan, order,
vintage, case, mile marker), some the same length as a PII item nearby (a 9-digit lease
number after an SSN, a 4-digit work order after a security code). PII-free lines hold
unmarked ordinary numbers (prices, counts, durations, boat widths); some words look like cues
and are not ("birthday party", "security deposit", "member benefits", "the back of the
boat", "social club"); common words that are also names ("will", "grant", "mark") are used as
ordinary words, while people named in passing ARE PII.

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
        id="7t01-pest-control",
        trade="pest control",
        company="Brightwater Pest Solutions",
        agent="Colette Marchetti",
        customer="Desmond Achebe",
        agent_voice="hibari:66",
        customer_voice="festival:kal_diphone",
        noise_db=16.0,
        reason="The customer hears mice in his attic, probably coming from his neighbour's side, and wants a treatment booked.",
        outcome="An inspection and first treatment booked for Thursday between one and three with eight bait stations, 189 dollars charged to his card, and the quarterly plan details to follow Monday.",
        actions=[
            Action(
                "text the customer thirty minutes before arriving",
                "Ravi",
                "2026-12-10",
                "Thursday",
                ("text", "arrive", "minutes"),
            ),
            Action(
                "ask the neighbour to leave her side gate open",
                "Desmond Achebe",
                "2026-12-05",
                "tonight",
                ("gate", "neighbour", "neighbor"),
            ),
            Action(
                "send the quarterly plan details",
                "Colette Marchetti",
                "2026-12-07",
                "Monday",
                ("plan", "quarterly"),
            ),
        ],
        script="""
A: Brightwater Pest Solutions, [person_name:Colette] speaking.
C: Hi, yeah, uh, we've got mice. In the attic. I hear them every night and it's driving me mad. {neg}
A: Oh, that's no fun. Let's get someone out to you. Your name?
C: [person_name:Desmond Achebe]. {neu}
A: Thanks. And the property address?
C: [address:Nine oh six Larkspur Lane], [zip:three oh three one eight]. {neu}
A: Got it. Any pets or small children in the house?
C: One dog, and my daughter turns seven. Her birthday party's Wednesday, actually, so not then. {neu}
A: Ha, no mice at the party. How about <date:Thursday the tenth>, <time:between one and three>?
C: Thursday works. My neighbour [person_name:Yolanda] had them too. I think they come from her side. {neu}
A: Very common in December. The tech will check both sides and put out <quantity:eight> bait stations.
C: Eight? Okay. How much is all this going to be? {neu}
A: The first treatment is <amount:one eighty-nine>, then the quarterly plan is <amount:fifty-nine dollars> a visit.
C: Steep, but fine, if it actually works. {neg}
A: It comes with a <quantity:ninety> day guarantee. Card for the first one?
C: Sure. [card_number:Five one oh five, double two seven four, eight nine... uh, eight nine one three, six oh four eight]. {neu}
A: Got it, thanks.
C: Oh, and it runs out [card_expiry:eleven twenty-seven]. {neu}
A: And the security code, the little one on the back?
C: [card_security_code:Four four oh]. {neu}
A: Perfect, that's charged, confirmation <reference:eight eight four one, three oh six two, seven seven five oh, one two nine six>. Your work order is <order:five two seven seven>.
C: <order:Five two seven seven>. Great. {neu}
A: Keep the dog downstairs for a couple of hours after. And the best number for the tech to text?
C: [phone:Four oh four, eight eight two, oh five six one]. {neu}
A: Our tech [person_name:Ravi] will text that number thirty minutes before he arrives Thursday.
C: That's brilliant, honestly. Quickest booking I've ever done. {pos}
A: Could you ask your neighbour to leave her side gate open that day?
C: I'll ask her tonight. {neu}
A: And I'll send the quarterly plan details Monday, no need to decide now.
C: Thanks so much, really. {pos}
""",
    ),
    CallScript(
        id="7t02-photo-studio",
        trade="photography studio bookings",
        company="Lumen and Lace Photography",
        agent="Tamsin Holloway",
        customer="Niamh Kavanagh",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:67",
        noise_db=17.0,
        reason="A new mother wants a newborn photo session before Christmas and to pay the deposit from her Irish bank account.",
        outcome="Newborn package of 425 dollars booked for Saturday the 19th at ten, the 100-dollar deposit to come by transfer by Wednesday; the studio emails its bank details today.",
        actions=[
            Action(
                "email the studio's bank details",
                "Tamsin Holloway",
                "2026-12-05",
                "today",
                ("bank details", "email"),
            ),
            Action(
                "send the deposit transfer",
                "Niamh Kavanagh",
                "2026-12-09",
                "by Wednesday",
                ("transfer", "deposit"),
            ),
            Action(
                "send a sneak peek of the photos",
                "Marguerite",
                "2026-12-21",
                "the Monday after, the twenty-first",
                ("sneak peek", "photos", "gallery"),
            ),
        ],
        script="""
A: Lumen and Lace Photography, [person_name:Tamsin] speaking.
C: Hi! I'd like to book a newborn shoot, if you've still got space before Christmas. {neu}
A: Congratulations! Let me have a look. When was baby born?
C: [date_of_birth:The twenty-ninth of October, twenty twenty-six]. So he's, um, five weeks? {neu}
A: Oh, still tiny. Newborn sessions are best under eight weeks, so we'll be quick. Names?
C: He's [person_name:Fionn]. I'm [person_name:Niamh Kavanagh], that's [person_name:K A V, A N A G H]. {neu}
A: Lovely. I have <date:Saturday the nineteenth> at <time:ten a m>, or <date:Tuesday the twenty-second>.
C: The nineteenth, so my husband [person_name:Declan] can come. {neu}
A: Done. Your booking reference is <reference:four nine one six>.
C: <reference:Four nine one six>. Got it. {neu}
A: The newborn package is <amount:four hundred and twenty-five dollars>: <quantity:fifteen> edited images and up to three hours in the studio.
C: Three hours? With a baby who screams in the car seat? Good luck to us. {neg}
A: Ha, we feed and settle as we go. The deposit is <amount:one hundred dollars>.
C: Can I pay it by bank transfer? My account's still in Ireland, honestly it's easier. {neu}
A: Sure. For international transfers we match the payment to the sender, so can you read me your IBAN?
C: Okay. [iban:I E six four, I R C E, nine two oh five, oh one one two, two two three one, four five]. {neu}
A: Thanks. Use <reference:four nine one six> as the payment reference.
C: And where do I send it? {neu}
A: I'll email you our bank details today. What's your email?
C: [email:niamh k twenty-two at gmail dot com]. {neu}
A: [email:Niamh K, two two, at gmail]. Perfect.
C: Oh, that's brilliant, honestly. You've made this so easy. {pos}
A: What you'll need to do is send the transfer by Wednesday to hold the slot. And bring a favourite blanket if you like.
C: Wednesday, no problem. Will my husband need to sign anything? {neu}
A: Just you. Our editor, [person_name:Marguerite], will send a sneak peek the Monday after, <date:the twenty-first>.
C: So quick? The last studio took two months, it was awful. {neg}
A: Not here! We'll see you on the nineteenth.
C: Lovely. Thanks so much, see you then! {pos}
""",
    ),
    CallScript(
        id="7t03-marina-slip",
        trade="boat marina slip rental",
        company="Harbor Point Marina",
        agent="Everett Lindholm",
        customer="Corinne Talbot",
        agent_voice="espeak:en-us+klatt:138:45",
        customer_voice="festival:kal_diphone",
        noise_db=15.0,
        reason="The customer needs a winter slip for her 32-foot sailboat on an annual lease, paid monthly from her bank.",
        outcome="Slip C14 leased at 331.20 a month after the yacht club discount, a 500-dollar deposit taken by card, the lease emailed tonight and the boat due in on Tuesday the 15th.",
        actions=[
            Action(
                "email the lease",
                "Everett Lindholm",
                "2026-12-05",
                "tonight",
                ("lease", "email"),
            ),
            Action(
                "call back about the cracked cleat",
                "Everett Lindholm",
                "2026-12-07",
                "Monday",
                ("cleat", "yard", "call"),
            ),
            Action(
                "sign the lease and bring the boat in",
                "Corinne Talbot",
                "2026-12-15",
                "Tuesday the fifteenth",
                ("sign", "lease", "boat"),
            ),
        ],
        script="""
A: Harbor Point Marina, this is [person_name:Everett].
C: Hi there, um, I'm looking for a winter slip for my sailboat. {neu}
A: We've got a few left. How long is she?
C: <quantity:Thirty-two> feet, and about eleven feet wide. {neu}
A: Thirty-two fits slip <reference:C fourteen>, on the inside dock. That's <amount:eleven fifty> a foot a month.
C: So, um, <amount:three sixty-eight> a month? That's a lot more than last winter. {neg}
A: It is, sorry. But yacht club members get ten percent off. Are you a member?
C: I am, yes. Member number [member_id:H P, oh four four, seven one six]. {neu}
A: Great, that brings it to <amount:three thirty-one twenty> a month.
C: Better. Nice member benefits, honestly. {pos}
A: And the name for the lease?
C: [person_name:Corinne Talbot]. [person_name:T A L, B O T]. {neu}
A: Thanks. For an annual lease we run a quick credit check. Your social, please.
C: Sure, [ssn:two three eight, five oh, one nine four seven]. {neu}
A: Got it. Your lease number is <reference:seven two two, six oh, eight eight one three>.
C: Okay. And the monthly payments come out of my bank? {neu}
A: Yes. The routing number first.
C: [routing_number:Oh five three, one oh one, two seven four]. {neu}
A: And the account?
C: [bank_account:Two two nine, oh six four, five five one oh]. {neu}
A: Thanks. And for the security deposit, a card, please.
C: The long number? [card_number:Four seven one six, oh eight eight three... hang on, my glasses... triple three five, six one oh seven]. {neu}
A: Got it. The deposit's <amount:five hundred>, refunded when you leave in April.
C: Fine. The back of the boat has a cracked cleat, by the way. Could your yard look at it? {neu}
A: Sure. I'll call you Monday once the yard's had a look. Best number?
C: [phone:Two oh seven, double four one, eight three oh two]. {neu}
A: And an email for the lease?
C: [email:corinne sails sixty-one at yahoo dot com]. {neu}
A: I'll email the lease tonight. What you'll need to do is sign it and bring her round on <date:Tuesday the fifteenth>, ideally near high tide, about <time:four fifteen>.
C: Perfect. She'll be tucked in before the storms. That's a real relief. {pos}
A: Will do. Shore power is thirty amp on that dock, by the way.
C: That's fine, thanks for everything. {pos}
""",
    ),
    CallScript(
        id="7t04-orthodontist",
        trade="orthodontist",
        company="Clearpath Orthodontics",
        agent="Imogen Farrow",
        customer="Renata Szabo",
        agent_voice="hibari:68",
        customer_voice="espeak:en-us+f3:137:60",
        noise_db=18.0,
        reason="A mother calls to set up the payment plan for her son's braces after the consultation, using her dental insurance.",
        outcome="Insurance covers 1,500 of the 5,400 treatment; 900 down and 24 monthly drafts of 125 from her checking from January 15th; the contract is posted Monday and the bonding booked for Thursday the 17th.",
        actions=[
            Action(
                "post the treatment contract",
                "Imogen Farrow",
                "2026-12-07",
                "Monday",
                ("contract", "post", "mail"),
            ),
            Action(
                "sign and return the contract",
                "Renata Szabo",
                "2026-12-18",
                "by Friday the eighteenth",
                ("sign", "return", "contract"),
            ),
            Action(
                "text a reminder the day before the bonding appointment",
                "Imogen Farrow",
                "2026-12-16",
                "the day before",
                ("reminder", "text"),
            ),
        ],
        script="""
A: Clearpath Orthodontics, [person_name:Imogen] speaking.
C: Hi, um, my son saw you Tuesday for the braces consult, and I'm calling about paying. {neu}
A: Of course. The patient's name and date of birth?
C: [person_name:Milo Szabo], [date_of_birth:the fourteenth of March, twenty fourteen]. {neu}
A: Found him. Treatment plan <reference:six six two oh one>. Full treatment is <amount:five thousand four hundred dollars>.
C: Yeah, that number nearly gave me a heart attack. And we waited forty minutes on Tuesday. {neg}
A: I'm sorry about the wait. Is he on your dental insurance?
C: He is. I'm the subscriber, [person_name:Renata Szabo]. Member ID [member_id:D X G, four one seven, sorry, four one nine, oh oh three, two two]. {neu}
A: And the subscriber's social, for the benefits check?
C: [ssn:Five five four, two one, oh seven three nine]. {neu}
A: Thanks. Good news: your plan covers <amount:fifteen hundred> for ortho.
C: Oh, thank goodness. {pos}
A: So <amount:three thousand nine hundred> left. With <amount:nine hundred> down, that's <quantity:twenty-four> payments of <amount:one twenty-five>.
C: One twenty-five a month, okay. Can it come straight out of my checking? {neu}
A: Yes. The routing number first.
C: [routing_number:Two five six, oh seven one, nine eight three]. {neu}
A: And the account?
C: [bank_account:Seven oh three, three eight one, five six two two]. {neu}
A: Got it. The first draft is <date:January the fifteenth>. Where should I mail the contract?
C: [address:Twelve twenty Orchard Way, apartment four], [zip:six oh six one four]. {neu}
A: Perfect, it'll be posted Monday. Can you sign and return it by Friday the eighteenth?
C: Friday the eighteenth, sure. {neu}
A: And his bonding appointment is <date:Thursday the seventeenth> at <time:three forty-five>, about ninety minutes.
C: Three forty-five's perfect. Honestly, you've all been lovely. {pos}
A: Want me to text you a reminder the day before?
C: Yes please. And the insurance won't grant anything more later, will it? {neu}
A: No, that's the lifetime maximum. I'll mark the file.
C: Oh. Honestly, that's a bit disappointing. Thanks anyway, bye. {neg}
""",
    ),
    CallScript(
        id="7t05-wine-club",
        trade="wine club subscription",
        company="Vinehollow Cellars Wine Club",
        agent="Augustin Delacroix",
        customer="Beatrice Halloran",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+f3:139:55",
        noise_db=19.0,
        reason="The customer's December wine club shipment is on hold because the carrier could not verify her age, her card has expired and she has moved.",
        outcome="Age verified, six bottles of the 2022 Pinot added for 204 dollars on a new card, the shipment re-addressed to ship Monday for Thursday the 10th, and she is added to the harvest dinner list.",
        actions=[
            Action(
                "ship the held order",
                "Augustin Delacroix",
                "2026-12-07",
                "Monday",
                ("ship", "order", "shipment"),
            ),
            Action(
                "have an adult sign for the delivery",
                "Beatrice Halloran",
                "2026-12-10",
                "Thursday",
                ("sign", "delivery", "adult"),
            ),
            Action(
                "add the customer to the harvest dinner list",
                "Augustin Delacroix",
                "2026-12-05",
                "today",
                ("dinner", "list", "invite"),
            ),
        ],
        script="""
A: Vinehollow Cellars Wine Club, [person_name:Augustin] speaking.
C: Hi, my December shipment never came, and it's for a party next week. Not thrilled, honestly. {neg}
A: I'm sorry. Can I have your member number?
C: [member_id:V C, nine oh two, seven seven four]. {neu}
A: Thank you, [person_name:Miss Halloran]. Your order <order:eight three three oh four> is on hold: the carrier couldn't verify your age.
C: My age? I'm forty-one, for heaven's sake. {neg}
A: I know, it's a new rule. Your date of birth, please?
C: [date_of_birth:The seventeenth of July, nineteen eighty-five]. {neu}
A: And the last four of your social, for the carrier's check.
C: [ssn:Six two zero eight]. Oh, and is the <date:twenty twenty-two> Pinot back in? {neu}
A: Verified, thanks. And yes, it is.
C: Then add <quantity:six> of those to the shipment. {neu}
A: Six at <amount:thirty-four dollars> each, so <amount:two oh four> extra. Same card?
C: Oh, the old one's expired. New one. [card_number:Five five two two, one eight... uh, one eight oh six, double nine four three, seven one two oh]. {neu}
A: And the expiry?
C: [card_expiry:March of thirty]. {neu}
A: And the CVV, the three little digits by the signature?
C: [card_security_code:Nine one five]. So that's order <order:eight three three oh four>, still? {neu}
A: The same order. Ship to the same address?
C: No, we moved! [address:Forty-four Birchwood Terrace, unit two], [zip:nine five four oh four]. {neu}
A: Lovely, updated. It'll ship Monday, arriving <date:Thursday the tenth>, and the <amount:eighteen dollars> shipping is waived.
C: Thursday's perfect, the birthday party's Saturday. That's brilliant, honestly. {pos}
A: What you'll need to do is have someone over twenty-one sign for it Thursday.
C: My husband's home, he can sign. {neu}
A: Great. And as a member you get a case of twelve at the harvest dinner, one of the member benefits.
C: Ooh. Is that the social club thing in January? {neu}
A: Yes, <date:January the twenty-third>, at <time:seven p m>. Want me to add you to the list today?
C: Yes please! {pos}
A: Done. Enjoy the Pinot.
C: Will do. Cheers. {pos}
""",
    ),
    CallScript(
        id="7t06-roadside-tow",
        trade="roadside assistance and towing",
        company="Keystone Roadside Assistance",
        agent="Lamar Whitfield",
        customer="Fiona Brackenridge",
        agent_voice="espeak:en-us:136:40",
        customer_voice="hibari:69",
        noise_db=17.0,
        reason="A British member on a work posting has a flat with no spare on the highway at night and needs a tow and a hotel.",
        outcome="Case C773029 opened, a truck sent in about forty minutes, the eight uncovered tow miles (32 dollars) charged to her card, and the hotel night to be reimbursed to her UK account.",
        actions=[
            Action(
                "call the customer when ten minutes out",
                "Hector",
                "2026-12-05",
                "tonight",
                ("call", "driver", "minutes"),
            ),
            Action(
                "send the hotel receipt",
                "Fiona Brackenridge",
                "2026-12-07",
                "by Monday",
                ("receipt", "hotel"),
            ),
            Action(
                "pay the hotel reimbursement",
                "Lamar Whitfield",
                "2026-12-10",
                "by Thursday the tenth",
                ("reimburse", "hotel", "pay"),
            ),
        ],
        script="""
A: Keystone Roadside Assistance, [person_name:Lamar] speaking. Are you somewhere safe?
C: Yes, um, I'm on the hard shoulder, sorry, the shoulder, with a flat and no spare. It's pouring. {neg}
A: Okay, let's get you moving. Your policy number?
C: [member_id:K R, eight eight one, four oh six, two]. {neu}
A: Found it: [person_name:Fiona Brackenridge], international cover. Where exactly are you?
C: Route nine, northbound, just past mile marker <reference:one forty-seven>. {neu}
A: Right. I'm opening case <case:C, seven seven three oh two nine>. A truck's <time:about forty minutes> away.
C: Forty minutes? In this rain? Fantastic. {neg}
A: I'm sorry, it's a busy night. Best number for the driver?
C: [phone:Three one two, five five oh, double eight four six]. {neu}
A: The nearest tyre shop is <quantity:eighteen> miles. You're covered for <quantity:ten>, so eight miles at <amount:four dollars> a mile.
C: So <amount:thirty-two dollars>. Fine, just get me out of here. {neu}
A: I'll need a card for that.
C: [card_number:Four nine two nine, oh three... sorry, the light's off... oh three one seven, eight six two two, five oh four four]. {neu}
A: And the expiry?
C: [card_expiry:Oh four twenty-nine]. {neu}
A: And the security digits on the back?
C: [card_security_code:Three eight eight]. Same case number, <case:seven seven three oh two nine>? {neu}
A: Same case, and the charge is <amount:thirty-two dollars>.
C: Brilliant. And, uh, I'll need a hotel tonight, the car's not going anywhere. {neu}
A: Your cover pays up to <amount:one hundred and fifty dollars> a night. We can pay it straight to your UK bank if you give me your IBAN.
C: Oh, handy. [iban:G B one five, M I D L, four oh oh five, one five three six, nine two seven one, four four]. {neu}
A: Thanks. Receipts to which email?
C: [email:fbrack seventy at hotmail dot com]. {neu}
A: Can you pop the hotel receipt over to us by Monday? Then your reimbursement will be paid by Thursday the tenth.
C: Will do. {neu}
A: Our driver, [person_name:Hector], will call you when he's ten minutes out.
C: Thank you, honestly, you've been a star. {pos}
A: Stay in the car with your hazards on. Take care.
C: I will. Thanks again. {pos}
""",
    ),
]

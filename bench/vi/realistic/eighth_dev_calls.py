"""The EIGHTH-DEV half: six scripted two-party phone calls, an eighth set in trades none of the
earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that read
no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond the
first seventh-dev call, as a format example); see README.md. Frozen as of the commit that adds
it: do not edit the calls or the labels to suit a result. Tune on these if you must; the test
half (eighth_test_calls.py) is held out: do not read it and do not tune on it.

Trades: optician and eyewear shop, life insurance policy servicing, event catering, dog
boarding kennel, home insurance water-damage claim, landscaping and garden maintenance. Each
call holds 6-10 PII items said the ways people say them (cards in fours with "double"/"triple",
an aside or a correction mid-number; expiries as "end of March, twenty-seven", "September of
twenty-eight", "nine slash twenty-nine"; security codes asked for as "the little code by the
signature strip", "CVV", "the three numbers on the back"; SSNs in 3-2-4 groups or as a last
four; dates of birth in words and in digits; spelled names; IBANs in groups with spelled
letters; routing numbers asked as "the nine-digit number at the bottom left of a cheque" or
"the transit number"; emails with digits and spelled parts; phones read back; addresses with
unit numbers and ZIP codes said digit by digit or in pairs) and 6-10 numbers that must survive
redaction, many placed where a careless redactor would hide them: right after a card, a
security code, an SSN or a date of birth, inside payment talk, read back digit by digit,
corrected, under trade-specific labels (fitting slip, refund slip, lens order, payment
confirmation, change request, service ticket, quote, deposit receipt, booking reference, claim
file, work order), some the same length as a PII item nearby (a 4-digit lens order after a
last four, a 9-digit change request and claim file after an SSN, a 16-digit payment
confirmation after a card). PII-free lines hold unmarked ordinary numbers (prices, counts,
durations, years); some words look like cues and are not ("member benefits", "social hour",
"birthday cake", "card table", "security deposit", "routing the hose", "the code of practice",
"account manager"); common words that are also names ("rose", "may", "sandy", "frank", "will",
"bill", "grant", "mark") are used as ordinary words, while people named in passing ARE PII.

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
        id="8d01-optician-eyewear",
        trade="optician and eyewear shop",
        company="Clearview Eyewear",
        agent="Ines Carvalho",
        customer="Desmond Okafor",
        agent_voice="hibari:76",
        customer_voice="espeak:en-us+klatt:137:45",
        noise_db=16.0,
        reason="The customer cannot get used to his new varifocals and wants them swapped; he also wants prescription sunglasses on his vision plan.",
        outcome="Varifocals swapped for two single-vision pairs with a 179 refund to his Dutch account once the frames are back; sunglasses ordered on the plan and paid by card; pick-up Friday after two.",
        actions=[
            Action(
                "ring the customer about the lens thickness",
                "Priya",
                "2026-12-07",
                "on Monday",
                ("ring", "call", "thickness", "lens"),
            ),
            Action(
                "bring the varifocals back to the shop",
                "Desmond Okafor",
                "2026-12-11",
                "by Friday",
                ("varifocal", "frame", "bring", "return"),
            ),
            Action(
                "send the refund once the frames are back",
                "Ines Carvalho",
                None,
                None,
                ("refund",),
            ),
        ],
        script="""
A: Clearview Eyewear, good morning, this is [person_name:Ines].
C: Hi, um, it's about my new varifocals. {neu}
A: Sure. What's the name on the order?
C: [person_name:Desmond Okafor. That's O K A F O R]. {neu}
A: And your date of birth, to find the file?
C: [date_of_birth:Twenty-third of August, nineteen seventy-four]. {neu}
A: Found you. Fitting slip <reference:three oh five six two>.
C: That's them. Honestly, I'm pretty upset. I get dizzy on stairs. {neg}
A: We can swap them for two single-vision pairs.
C: Uh, what does that cost? {neu}
A: The varifocals were <amount:four eighty-nine>, the two pairs <amount:three hundred and ten>.
C: So you owe me money. Well, that's a nice surprise. {pos}
A: <amount:One seventy-nine>, yes. Back on the card you used?
C: That card's gone, it was stolen in Rotterdam last month. {neu}
A: Then a bank transfer. The details?
C: It's a Dutch account. Um, [iban:N L nine one, A B N A, oh four one nine, three two six, five eight one, no wait, five eight four]. {neu}
A: Thanks. Refund slip <reference:two two seven five>; allow five working days.
C: Fine. Can I also order prescription sunglasses? {neu}
A: Still on the Northgate vision plan?
C: Yes. Member number [member_id:N G four four seven, oh two nine one]. {neu}
A: And the last four of the subscriber's social?
C: That's me. [ssn:Six two oh eight]. {neu}
A: Thanks. Lens order <order:eight one three four>.
C: <order:Eight one three four>. What do they cost me? {neu}
A: Your member benefits cover one fifty, so seventy-nine dollars.
C: Sure. New card, hang on. {neu}
A: Take your time.
C: [card_number:Four five three nine, hang on, the light's bad in here, two two one oh, double six four eight, three oh seven five]. {neu}
A: And the expiry?
C: It runs out [card_expiry:end of March, twenty-seven]. {neu}
A: And the little code by the signature strip?
C: [card_security_code:Eight eight one]. {neu}
A: Payment confirmation <reference:six one four two, two eight nine three, five five oh seven, one one six four>.
C: Sixteen digits, blimey. {neu}
A: The new pairs are ready <date:Friday the eleventh>, after <time:two p.m.>
C: Fine. Will the lenses be thick? {neu}
A: I'll get [person_name:Priya] in the lab to ring you Monday about that.
C: Okay, Monday. {neu}
A: And can you pop the varifocals back to us by Friday?
C: Oh great, another trip into town. Yes, fine. {neg}
A: Perfect. The refund will be sent once the frames are back.
C: Good. You've been really helpful, actually. {pos}
A: Anything else?
C: No. Thanks very much. {pos}
""",
    ),
    CallScript(
        id="8d02-life-insurance",
        trade="life insurance policy servicing",
        company="Harbourline Life",
        agent="Renata Kowal",
        customer="Gordon Pryce",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:77:-200",
        noise_db=18.0,
        reason="The policyholder's wife has died; he wants his daughter named as sole beneficiary and the monthly premium drafted from a new bank account.",
        outcome="Beneficiary change logged as a change request with the form to follow, the draft moved to the new account from January the fifteenth at the same premium of 84.60, and the email updated.",
        actions=[
            Action(
                "send the beneficiary form to the policyholder",
                "Renata Kowal",
                "2026-12-09",
                "by Wednesday",
                ("form", "send", "beneficiary"),
            ),
            Action(
                "sign the beneficiary form and send it back",
                "Gordon Pryce",
                "2026-12-18",
                "by the eighteenth",
                ("sign", "form", "back", "return"),
            ),
        ],
        script="""
A: Harbourline Life, policy services, [person_name:Renata] speaking.
C: Hello. I need to change a couple of things on my policy. {neu}
A: Of course. The policy number?
C: Um, it's [member_id:H L, seven seven oh, three one four, two]. {neu}
A: And the policyholder's name?
C: [person_name:Gordon Pryce. P R Y C E]. {neu}
A: Your date of birth, in numbers is fine.
C: [date_of_birth:Oh four, twelve, nineteen fifty-nine]. {neu}
A: And the last four of your social?
C: [ssn:Three one one six]. {neu}
A: You're verified. What can I change?
C: My beneficiary, and the monthly draft. My wife passed in the spring. {neu}
A: I'm so sorry.
C: Thank you. It's, uh, it's been a hard year. {neg}
A: Who would you like to name?
C: My daughter, [person_name:Fiona Delacroix. D E L A C R O I X]. {neu}
A: And her social security number, if you have it?
C: Hang on. [ssn:Five oh eight, double two, seven four oh one]. {neu}
A: Thank you. That's change request <reference:four one nine, oh six, two two eight three>.
C: Should I write that down? {neu}
A: It'll be on the letter. She gets <quantity:one hundred> percent?
C: Yes, all of it. My son's sorted; it's all in my will. {neu}
A: The form will be sent to you by Wednesday.
C: Wednesday. Fine. {neu}
A: What you'll need to do is sign it and send it back by the eighteenth.
C: I can manage that. {neu}
A: Now the draft. Which account?
C: I've got a cheque here. [routing_number:Oh four four, double oh, oh three seven nine], then [bank_account:eight eight two, six one three, oh five seven]. {neu}
A: Got them. The premium stays <amount:eighty-four sixty>, drafted on the <date:fifteenth>.
C: Sorry, can you repeat that? The line went funny. {neu}
A: <amount:Eighty-four sixty>, on the fifteenth of each month.
C: Same as always, then. Good. {pos}
A: The first draft from the new account is <date:January the fifteenth>.
C: Should I close the old one? The bank's account manager keeps pestering me. It's exhausting. {neg}
A: Not before then. Your email for the documents?
C: [email:G P R Y C E five nine at outlook dot com]. {neu}
A: Thirty-one years on this policy, by the way.
C: Goodness. Since the year we married. {neu}
A: We'll write to you only, not your daughter; that's the code of practice.
C: Makes sense. You've been very patient with me. {pos}
A: Not at all. Service ticket <ticket:seven seven two nine one>, if you call back.
C: <ticket:Seven seven two nine one>. Thank you so much, really. {pos}
""",
    ),
    CallScript(
        id="8d03-event-catering",
        trade="event catering",
        company="Saffron Table Catering",
        agent="Olu Adeyemi",
        customer="Harriet Lindqvist",
        agent_voice="espeak:en-us+f3:139:55",
        customer_voice="festival:kal_diphone",
        noise_db=15.5,
        reason="The customer is confirming a buffet for her mother's sixtieth birthday party, with more guests than quoted.",
        outcome="Forty-five guests at 38 a head, 1,710 in all; a 570 deposit taken by card and the 1,140 balance to come by bank transfer; the chef to call about allergies and final numbers due by the twelfth.",
        actions=[
            Action(
                "call the customer about the allergies",
                "Marco",
                "2026-12-08",
                "Tuesday",
                ("allerg", "call", "nut"),
            ),
            Action(
                "send the final guest numbers",
                "Harriet Lindqvist",
                "2026-12-12",
                "by the twelfth",
                ("number", "final", "guest"),
            ),
            Action(
                "pay the balance by bank transfer",
                "Harriet Lindqvist",
                "2026-12-12",
                "a week before",
                ("balance", "pay", "transfer"),
            ),
        ],
        script="""
A: Saffron Table Catering, [person_name:Olu] speaking, how can I help?
C: Hi, um, I'm booking food for my mum's sixtieth. {neu}
A: Lovely. Have you had a quote from us?
C: Yes, quote number <reference:two four oh eight>. {neu}
A: Got it. And the name?
C: [person_name:Harriet Lindqvist. L I N D, Q V I S T]. {neu}
A: Found it. A buffet for <quantity:forty-two> on <date:Saturday the nineteenth>.
C: It's <quantity:forty-five> now. To be frank, I've stopped counting. {neu}
A: Forty-five, then. Still the social hour with canapés at <time:six thirty>?
C: Yes, and dinner at half seven. {neu}
A: And the birthday cake, is that us or you?
C: My sister's baking it. She's very proud of her lemon and rose sponge. {neu}
A: Sounds lovely. Where's the party?
C: At mine. [address:Twelve fifty Kessler Road, unit nine]. {neu}
A: And the ZIP code there?
C: [zip:Four eight one oh three]. {neu}
A: Thanks. Is there space to park the van?
C: Yes, but the drive's sandy and a bit uneven. {neu}
A: Forty-five at thirty-eight a head is <amount:one thousand seven hundred and ten dollars>.
C: Oh great, just what my overdraft needed. {neg}
A: The deposit's a third, so <amount:five seventy> today.
C: Okay, card. {neu}
A: Go ahead.
C: [card_number:Five two two oh, one eight, no, sorry, one nine four six, three three oh two, double seven one eight]. {neu}
A: Thanks. And the expiry?
C: [card_expiry:September of twenty-eight]. {neu}
A: And the CVV?
C: [card_security_code:Oh six three]. {neu}
A: That's gone through. Deposit receipt <reference:four four six one two>.
C: <reference:Four four six one two>. Got it. {neu}
A: The balance of <amount:eleven forty> is due a week before.
C: Can I pay that straight from my bank? I hate card fees. {neg}
A: Yes. I'll need the account, and the nine-digit number at the bottom left of a cheque.
C: Bottom left is [routing_number:oh seven two, triple oh, three two six], and the account's [bank_account:four one seven, sorry, four one nine, three five two, oh eight eight]. {neu}
A: Thank you. I'll get [person_name:Marco], our head chef, to call you Tuesday about the allergies.
C: Perfect, my nephew's got a nut thing. {neu}
A: And what you'll need to do is send us the final numbers by the twelfth.
C: The twelfth, okay. That's plenty of time, great. {pos}
A: We bring tables, but not a card table for gifts.
C: Ha, fine, we've got one. Honestly, you lot have been brilliant. {pos}
A: That's kind. Anything else?
C: No. Thanks so much, bye! {pos}
""",
    ),
    CallScript(
        id="8d04-dog-boarding",
        trade="dog boarding kennel",
        company="Willowbrook Dog Lodge",
        agent="Nadia Brennan",
        customer="Tobias Reinholt",
        agent_voice="hibari:78",
        customer_voice="espeak:en-us:136:50",
        noise_db=17.0,
        reason="The customer wants to board his dog over Christmas and have the pet taxi collect him.",
        outcome="Seven nights in a garden suite at 560 plus a 75 security deposit, paid by card; pet taxi pick-up on the twenty-second at 9:15; confirmation and intake form to be emailed tonight.",
        actions=[
            Action(
                "email the booking confirmation and intake form",
                "Nadia Brennan",
                "2026-12-05",
                "tonight",
                ("confirmation", "email", "intake"),
            ),
            Action(
                "fill in the intake form and bring it with the dog's food",
                "Tobias Reinholt",
                "2026-12-22",
                "on the twenty-second",
                ("form", "intake", "fill", "food"),
            ),
        ],
        script="""
A: Willowbrook Dog Lodge, good morning, how can I help?
C: Morning! I'd like to board my dog over Christmas. {neu}
A: Lovely. May I take his name, and yours?
C: He's Biscuit. I'm [person_name:Tobias Reinholt, R E I N H O L T]. {neu}
A: And which dates?
C: From <date:the twenty-second> to <date:the twenty-ninth>. {neu}
A: That's <quantity:seven> nights. Any medication?
C: Just a joint supplement with dinner. {neu}
A: I'll mark it down. Has he had his kennel cough booster?
C: Yes, <date:November the third>. {neu}
A: Great. The standard suite is sixty-five a night, the garden suite eighty.
C: Garden suite, please. He's a bit of a diva. {neu}
A: Seven nights at eighty is <amount:five hundred sixty dollars>, plus a <amount:seventy-five> security deposit.
C: A security deposit? For what, his chewing? {neg}
A: Partly! It's refunded at pick-up.
C: Fair enough. Okay, card. {neu}
A: Go ahead.
C: [card_number:Four one two eight, hang on, the dog's got my sleeve, double seven oh three, nine two six one, four four oh five]. {neu}
A: Thanks. Expiry date?
C: [card_expiry:Nine slash twenty-nine]. {neu}
A: And the three numbers on the back?
C: [card_security_code:Two five seven]. {neu}
A: Done. Booking reference <reference:K nine, three one six two>.
C: K nine, like canine. Cute. {pos}
A: We like it. Would you want our pet taxi to collect him?
C: Oh, yes please, that saves me a trip. {pos}
A: What's the pick-up address?
C: [address:Two hundred and six Alder Crescent, apartment fourteen], ZIP [zip:ninety-seven, twenty-one, four]. {neu}
A: And a phone number for the driver?
C: [phone:Five oh three, two four one, six six oh seven]. {neu}
A: [phone:Five oh three, two four one, double six oh seven].
C: That's it. {neu}
A: If we can't reach you, who's the emergency contact?
C: My neighbour, [person_name:Grace Obuya]. She has a key. {neu}
A: Pick-up on the twenty-second at, say, <time:nine fifteen>?
C: <time:Nine fifteen> works. {neu}
A: And an email for the confirmation?
C: [email:T O B Y dot R eight eight at hotmail dot com]. {neu}
A: The confirmation will be emailed tonight, with the intake form.
C: What do I do with the form? {neu}
A: What you'll need to do is fill it in and bring it on the twenty-second, with his food.
C: Brilliant, another job for my list. {neg}
A: Sorry! The taxi bill is <amount:eighteen dollars> each way, added at pick-up.
C: Fair. Honestly, the last place was awful; this is much better. {pos}
A: He'll be spoilt, I promise.
C: Thanks, bye now. {pos}
""",
    ),
    CallScript(
        id="8d05-home-insurance-water",
        trade="home insurance water-damage claim",
        company="Keystone Mutual Home Insurance",
        agent="Bridget Amankwah",
        customer="Leonard Faulk",
        agent_voice="festival:kal_diphone",
        customer_voice="hibari:79",
        noise_db=19.0,
        reason="A pipe burst in the flat upstairs and flooded the customer's kitchen ceiling and hallway floor; he is opening a water-damage claim.",
        outcome="A claim file opened, an adjuster booked for Wednesday the ninth at ten, emergency drying covered up to 2,500 and the settlement to go to his bank by direct deposit.",
        actions=[
            Action(
                "visit the flat to inspect the damage",
                "Sunil Mehra",
                "2026-12-09",
                "Wednesday the ninth",
                ("visit", "adjuster", "inspect"),
            ),
            Action(
                "send photos of the ceiling",
                "Leonard Faulk",
                "2026-12-07",
                "by Monday",
                ("photo", "ceiling"),
            ),
            Action(
                "ring the customer before the visit",
                "Sunil Mehra",
                "2026-12-08",
                "the day before",
                ("ring", "call"),
            ),
        ],
        script="""
A: Keystone Mutual claims, [person_name:Bridget] speaking.
C: Hi. I need to report water damage. A pipe burst upstairs on Tuesday. {neu}
A: Oh no. Is everyone okay?
C: Yes, we're fine. The kitchen ceiling isn't. {neu}
A: Let's get a claim file open. Your full name?
C: [person_name:Leonard Faulk, F A U L K]. {neu}
A: And the property address?
C: [address:Nine forty-one Wexley Avenue, unit three C], [zip:one nine one oh three]. {neu}
A: Date of birth, please?
C: [date_of_birth:June ninth, nineteen eighty-two]. {neu}
A: And for the claim, your social security number.
C: Um, [ssn:two one oh, double four, six nine three seven]. {neu}
A: Thank you. Your claim file is <case:three three eight, oh five, one seven two six>.
C: Could you repeat that? I need a pen. {neu}
A: <case:Three three eight, oh five, one seven two six>.
C: Got it. <case:Three three eight, oh five, one seven two six>. {neu}
A: When did it happen, exactly?
C: <date:Tuesday the first>, about <time:six in the morning>. {neu}
A: Has the leak been stopped?
C: Yes, a plumber came. He was routing the hose out the window for hours. {neu}
A: How many rooms are affected?
C: Two, the kitchen and the hallway. I'm honestly pretty upset about the floor; it was new. {neg}
A: I understand. Did you pay the plumber yourself?
C: Yes, <amount:four hundred and twenty-five dollars>. {neu}
A: Keep that receipt. Your deductible is <amount:one thousand>.
C: A thousand? Oh, wonderful. {neg}
A: I know. An adjuster, [person_name:Sunil Mehra], will visit on <date:Wednesday the ninth> at <time:ten>.
C: Wednesday's fine. Can the money go straight to my bank? {neu}
A: Yes. The bank's transit number first, the ABA, nine digits.
C: [routing_number:Oh three one, three oh two, nine five five]. {neu}
A: And the account the settlement goes into?
C: [bank_account:Triple seven four, oh one six two, two eight]. {neu}
A: Thanks. Emergency drying is covered, up to <amount:two thousand five hundred>.
C: Oh, that's a relief, actually. {pos}
A: The dryers usually run three days. Keep the windows shut.
C: Three days of that noise. Lovely. {neg}
A: What you'll need to do is send us photos of the ceiling by Monday.
C: Photos by Monday. Can he call first? My number's [phone:two one five, four oh three, seven seven one nine]. {neu}
A: He'll ring you the day before.
C: Good. You've been really clear, thank you. {pos}
""",
    ),
    CallScript(
        id="8d06-landscaping",
        trade="landscaping and garden maintenance",
        company="Greenfold Landscaping",
        agent="Jonah Pieterse",
        customer="Annika Sorensen",
        agent_voice="espeak:en-us+klatt:140:40",
        customer_voice="hibari:80:250",
        noise_db=16.5,
        reason="The customer is leaving for Spain for the winter and wants garden maintenance set up, plus an oak limb taken down.",
        outcome="A monthly plan at 125 paid by transfer from her Spanish account from January the fourth; the oak job at 640 booked with a 160 card deposit; first visit Tuesday the fifteenth.",
        actions=[
            Action(
                "email the plan agreement",
                "Jonah Pieterse",
                "2026-12-07",
                "by Monday",
                ("agreement", "email", "plan"),
            ),
            Action(
                "sign the agreement and send it back before flying",
                "Annika Sorensen",
                "2026-12-18",
                "before you fly",
                ("sign", "agreement", "back"),
            ),
            Action(
                "do the first garden visit",
                "Dario Esposito",
                "2026-12-15",
                "Tuesday the fifteenth",
                ("visit", "first"),
            ),
            Action(
                "leave the side gate unlocked",
                "Annika Sorensen",
                "2026-12-15",
                "on the day",
                ("gate", "unlock"),
            ),
        ],
        script="""
A: Greenfold Landscaping, good afternoon.
C: Hi, um, I need garden maintenance while I'm away. {neu}
A: Sure. Can I take your name?
C: [person_name:Annika Sorensen, S O R E N S E N]. {neu}
A: And where's the garden?
C: [address:1418 Pell Street, apartment 2]. {neu}
A: And the ZIP?
C: [zip:Oh two, thirteen, eight]. {neu}
A: What needs doing?
C: Hedges, lawn, and the rose bed's a jungle. {neu}
A: We'd do a winter tidy, then fortnightly visits. The plan's <amount:one twenty-five> a month.
C: Do you do trees? The oak hangs over next door's shed. {neu}
A: That's a one-off: <amount:six hundred forty> with removal.
C: Six forty? For one branch? You're kidding. {neg}
A: It's three big limbs, and we need a climber and <quantity:two> on the ground.
C: Okay, if it has to be done. {neg}
A: There's a council grant for replanting, up to two hundred.
C: Oh, lovely, I didn't know that. {pos}
A: I'll put the oak on work order five five one oh eight, sorry, <order:five five one oh six>.
C: <order:Five five one oh six>. {neu}
A: The one-off needs a deposit today, a quarter, <amount:one sixty>.
C: Card's fine. It's [card_number:six oh one one, double two four seven, triple three one, five oh eight nine]. {neu}
A: Expiry?
C: [card_expiry:Oh two, thirty]. {neu}
A: And the three-digit number printed on the back.
C: [card_security_code:Nine one four]. {neu}
A: Gone through. Receipt <reference:seven three six two>.
C: I'm in Spain till March. Can the monthly plan come from my Spanish account? {neu}
A: We can. What's the IBAN?
C: Here it is. [iban:E S seven six, two one double oh, oh four one eight, four five oh two, triple oh five, one three three two]. {neu}
A: Sorry, can you repeat the last two groups?
C: [iban:Triple oh five, one three three two]. {neu}
A: Thanks. First transfer <date:January the fourth>, then the fourth of each month. And an email for invoices?
C: [email:A N N I K A dot S seventy-one at gmail dot com]. {neu}
A: Got it. Our crew lead, [person_name:Dario Esposito], will do the first visit <date:Tuesday the fifteenth>, around <time:eight>.
C: Eight's early, but fine. The side gate sticks. {neu}
A: Can you leave it unlocked on the day?
C: Yes, I'll leave it unlocked. {neu}
A: And I'll email the plan agreement by Monday; can you sign it and send it back before you fly?
C: I fly on the eighteenth, so yes. Honestly, this has been painless. {pos}
A: Glad to hear it. Anything else?
C: No. Thanks ever so much. {pos}
""",
    ),
]

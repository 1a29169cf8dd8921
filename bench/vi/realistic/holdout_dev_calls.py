"""The HOLDOUT-DEV half: six scripted two-party phone calls in trades the first set did not
cover, written from a brief by a helper that never read the product's voice-intelligence code
(see README.md, "Holdout set"). Frozen as of the commit that added it. Tune on these if you
must; never on the holdout-test half (holdout_test_calls.py).

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written; `<kind:words>` a number that must survive
redaction; a trailing `{pos}`, `{neu}` or `{neg}` labels a customer utterance's sentiment
(every customer line is labelled). Every call happens on Monday 16 November 2026; due dates
are resolved against that day."""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="hd01-insurance",
        trade="auto insurance claim",
        company="Summit Mutual Insurance",
        agent="Priya Raman",
        customer="Derek Olsen",
        agent_voice="hibari:3",
        customer_voice="espeak:en-us+klatt:135:45",
        noise_db=17.0,
        reason="The customer was rear-ended on Saturday and opens a claim for the repair.",
        outcome="A claim was opened, his contact and deposit details taken and an adjuster assigned.",
        actions=[
            Action(
                "upload the photos and the police report to the claim",
                "Derek Olsen",
                "2026-11-20",
                "by Friday",
                ("photos", "police report", "upload"),
            ),
            Action(
                "call the customer to set up an inspection of the car",
                "Marcus Webb",
                "2026-11-17",
                "tomorrow",
                ("inspection", "adjuster"),
            ),
            Action(
                "email the customer a claim summary",
                "Priya Raman",
                "2026-11-16",
                "today",
                ("summary", "email"),
            ),
            Action(
                "book a rental car for the customer",
                "Priya Raman",
                None,
                None,
                ("rental",),
            ),
        ],
        script="""
A: Summit Mutual claims, [person_name:Priya] speaking.
C: Hi, someone rear-ended me on Saturday. I need to open a claim. {neu}
A: Oh no, I'm sorry. Is everyone okay?
C: Everyone's fine, thankfully. Just a bit shaken. {neu}
A: Good. Can I get your policy number?
C: Sure, it's [member_id:S M P, seven seven oh two, four one nine]. {neu}
A: And your full name?
C: [person_name:Derek Olsen]. That's [person_name:O L S E N]. {neu}
A: Thank you, Mr. [person_name:Olsen]. And your date of birth?
C: [date_of_birth:The fourteenth of June, nineteen seventy-six]. {neu}
A: Where was it?
C: At a light, around <time:four thirty>. {neu}
A: Got the other driver's details?
C: Uh, yes, a photo of their card. {neu}
A: Good. Were they polite?
C: Not really. They were pretty rude, honestly. {neg}
A: Sorry to hear that. Is the car at home?
C: Yes, [address:two twelve Birch Hollow Road], [zip:five five three four four]. {neu}
A: And is it drivable?
C: Sort of. The bumper's hanging off, it's a mess. {neg}
A: Okay, your claim number is <case:C L, five five eight, two zero one>.
C: Sorry, can you repeat that? {neu}
A: Sure. <case:C L, five five eight, two zero one>.
C: Got it, thanks. {neu}
A: Best number still [phone:six one two, five five five, oh one eight three]?
C: No, my cell, [phone:six one two, eight oh four, triple three one]. {neu}
A: So, [phone:six one two, eight oh four, three three three one].
C: That's right. {neu}
A: And your email?
C: [email:derek dot olsen seventy six at gmail dot com]. {neu}
A: Our adjuster, [person_name:Marcus Webb], will call tomorrow about an inspection.
C: Tomorrow works. I'm home after lunch. {neu}
A: Your deductible is <amount:five hundred dollars>.
C: Wow. That's not great, honestly. {neg}
A: If the other driver is at fault, we'll recover it.
C: Okay, that would help a lot. {pos}
A: Direct deposit for the payout?
C: Hmm, is a check slower? {neu}
A: Yes, by about a week.
C: Deposit, then. Routing is [routing_number:oh seven one, nine two one, eight nine one]. {neu}
A: And the account number?
C: [bank_account:Four four seven, two oh nine, six one eight]. {neu}
A: I'll also book you a rental car.
C: Oh good, I was worried about getting to work. {pos}
A: Please upload the photos and the police report by Friday.
C: Will do, I'll send them tonight. {neu}
A: And I'll email you a claim summary today.
C: Great. This whole thing has been so stressful. {neg}
A: We'll take it from here.
C: Thanks, [person_name:Priya], you've been really helpful. {pos}
A: Take care, Mr. [person_name:Olsen].
C: You too, bye. {pos}
""",
    ),
    CallScript(
        id="hd02-pharmacy",
        trade="pharmacy refill",
        company="Corner Street Pharmacy",
        agent="Hannah Brooks",
        customer="Luis Ferreira",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:5:-150",
        noise_db=16.0,
        reason="The customer needs a refill of his blood pressure medication, paid by card and delivered.",
        outcome="The refill was approved after a call to the doctor and will be delivered tomorrow afternoon.",
        actions=[
            Action(
                "call the doctor's office to approve the refill",
                "Hannah Brooks",
                "2026-11-16",
                "this afternoon",
                ("doctor", "approve", "refill"),
            ),
            Action(
                "deliver the refill to the customer's apartment",
                "Kevin Tran",
                "2026-11-17",
                "tomorrow",
                ("deliver", "delivery"),
            ),
            Action(
                "book a follow-up appointment with the doctor",
                "Luis Ferreira",
                "2026-11-27",
                "before the end of next week",
                ("appointment", "follow-up", "follow up"),
            ),
            Action(
                "send the new insurance card photo",
                "Luis Ferreira",
                None,
                None,
                ("insurance card", "photo"),
            ),
        ],
        script="""
A: Corner Street Pharmacy, [person_name:Hannah] speaking.
C: Hi, I'm calling about a refill for my blood pressure pills. {neu}
A: Sure. What's the name on the prescription?
C: Sorry, one second, I'm just turning the TV down. {neu}
A: No rush.
C: Okay, sorry about that. {neu}
A: The name?
C: [person_name:Luis Ferreira]. [person_name:F E double R E I R A]. {neu}
A: And your date of birth, please?
C: [date_of_birth:Oh two, eleven, nineteen fifty-eight]. {neu}
A: Thank you. I see the prescription, number <order:R X four four nine one seven>.
C: That's the one. {neu}
A: You're out of refills, I'm afraid.
C: Oh, come on. I've been on these for six years. {neg}
A: I know. I'll call your doctor this afternoon to approve it.
C: Okay. I only have <quantity:two> pills left, so I'm a little nervous. {neg}
A: I'll mark it urgent. Still with Clearwell Health?
C: Yes, but I got a new card. Member ID [member_id:C W H, nine oh three, double seven two, one]. {neu}
A: Let me read it back. [member_id:C W H, nine oh three, seven seven two, one].
C: Yes. {neu}
A: Great, I've saved it.
C: Lovely. {pos}
A: Could you also send us a photo of the new card?
C: Sure, no problem. {neu}
A: Copay for <quantity:ninety> tablets is <amount:twelve dollars fifty>.
C: That's fine. Can I pay by card now? {neu}
A: Go ahead.
C: [card_number:Four one one one, two oh two two, seven three eight oh, five five six four]. {neu}
A: Expiry?
C: [card_expiry:Oh nine twenty-eight]. {neu}
A: And the security code on the back?
C: [card_security_code:Three one seven]. {neu}
A: Thanks. Would you like it delivered?
C: Yes please, my knee is bad and I can't really get out. {neu}
A: What's the delivery address?
C: [address:Forty-one Wren Street, apartment six C], [zip:oh two one three eight]. {neu}
A: And a phone number for the driver?
C: [phone:Six one seven, five five five, oh nine two six]. {neu}
A: Our driver, [person_name:Kevin Tran], will bring it tomorrow between <time:two> and four.
C: Tomorrow? I was hoping for today, to be honest. {neg}
A: I'm sorry, today's route is already full.
C: All right, I understand. I'll make the pills last. {neu}
A: Also, please book a follow-up before the end of next week.
C: Yes, I keep forgetting, my bad. {neu}
A: No worries. Anything else, Mr. [person_name:Ferreira]?
C: No, that's everything. You've been very kind. {pos}
A: Feel better with that knee.
C: Ha, I'll try. {pos}
A: Take care now.
C: Thanks a lot, [person_name:Hannah]. Bye. {pos}
""",
    ),
    CallScript(
        id="hd03-carrental",
        trade="car rental",
        company="Lakeshore Car Rental",
        agent="Oliver Grant",
        customer="Aisha Karimi",
        agent_voice="espeak:en-us:140:50",
        customer_voice="festival:kal_diphone",
        noise_db=18.0,
        reason="The customer's flight is delayed and she needs to move her pickup and pay the deposit by card.",
        outcome="The pickup moved to nine forty tonight, the deposit was taken, and an upgrade confirmed.",
        actions=[
            Action(
                "email the updated booking confirmation",
                "Oliver Grant",
                "2026-11-16",
                "in the next hour",
                ("confirmation", "email"),
            ),
            Action(
                "keep the car at the desk for the late pickup",
                "Rosa Delgado",
                "2026-11-16",
                "tonight",
                ("desk", "late pickup", "hold"),
            ),
            Action(
                "bring a driver's licence and the same card to the counter",
                "Aisha Karimi",
                "2026-11-16",
                "tonight",
                ("licence", "license", "card"),
            ),
        ],
        script="""
A: Lakeshore Car Rental, [person_name:Oliver] speaking.
C: Hi. My flight's delayed and I'm going to miss my pickup time. {neu}
A: No problem. Booking reference?
C: Yes, it's <reference:L C R, seven one four, zero nine>. {neu}
A: And the name on the booking?
C: [person_name:Aisha Karimi]. [person_name:K A R I M I]. {neu}
A: I have a compact car for <time:five fifteen> tonight.
C: Right. And now my flight doesn't land until nine. {neg}
A: Which flight is it?
C: <flight:Delta eleven forty-two> from Atlanta. {neu}
A: I can move it to <time:nine forty>. Okay?
C: Yes, that's perfect, thank you. {pos}
A: Late pickups need a card deposit now.
C: Sure. Hang on, let me get my wallet. {neu}
C: Okay. [card_number:Five four two four, oh oh one eight, three three seven six, nine two oh five]. {neu}
A: Let me read it back. [card_number:Five four two four, zero zero one eight, three three seven six, nine two zero five].
C: Yes. {neu}
A: Expiration date?
C: [card_expiry:September twenty-seven]. {neu}
A: And the three-digit code?
C: [card_security_code:Eight eight two]. {neu}
A: The deposit is <amount:two hundred dollars>, released on return.
C: Two hundred? That's quite a lot. {neg}
A: It's released a few days after.
C: Okay, fine. {neu}
A: Are you the only driver?
C: Yes, just me. {neu}
A: Your date of birth?
C: [date_of_birth:April ninth, nineteen ninety]. {neu}
A: A mobile number?
C: [phone:Four oh four, five five five, oh one three eight]. {neu}
A: And your email?
C: It's [email:a karimi ninety at outlook dot com]. {neu}
A: Sorry, outlook or hotmail?
C: Outlook. {neu}
A: I'll email the new confirmation in the next hour.
C: Thanks. Honestly, this day has been a nightmare. {neg}
A: Sorry. I'll upgrade you to a midsize, free.
C: Oh, really? That's so nice of you. {pos}
A: [person_name:Rosa Delgado] is on the desk tonight, she'll hold the car.
C: Okay. Is the desk in the terminal? {neu}
A: It's in the garage, level two.
C: The garage, got it. {neu}
A: Please bring your licence and the same card.
C: I will. Will someone definitely be there at nine forty? {neu}
A: Yes, it's open until midnight.
C: Good, that's a relief. {pos}
A: If the flight slips again, call us.
C: I really hope it doesn't. {neg}
A: Anything else, Ms. [person_name:Karimi]?
C: No, that's all. Thanks so much, [person_name:Oliver]. {pos}
""",
    ),
    CallScript(
        id="hd04-internet",
        trade="telecom and internet support",
        company="BrightWave Internet",
        agent="Jamal Carter",
        customer="Grace Whitfield",
        agent_voice="hibari:7",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=15.0,
        reason="The customer's home internet has dropped every evening for a week.",
        outcome="A technician visit was booked for Wednesday morning and a credit applied to her bill.",
        actions=[
            Action(
                "visit the customer's home to replace the line box",
                "Ben Kowalczyk",
                "2026-11-18",
                "Wednesday",
                ("technician", "visit", "line"),
            ),
            Action(
                "apply the credit to the next bill",
                "Jamal Carter",
                None,
                None,
                ("credit", "bill"),
            ),
            Action(
                "restart the router and send the lights status if it drops again",
                "Grace Whitfield",
                None,
                None,
                ("router", "restart"),
            ),
            Action(
                "text the customer the appointment details",
                "Jamal Carter",
                "2026-11-16",
                "today",
                ("text", "appointment"),
            ),
        ],
        script="""
A: BrightWave support, [person_name:Jamal] speaking.
C: Hi. My internet keeps cutting out every evening. It's been a week. {neg}
A: Sorry about that. Your account number?
C: Hang on, it's on the bill somewhere. {neu}
A: Sure, take your time.
C: It's [member_id:B W, six six one oh, four eight two five]. {neu}
A: And who am I speaking with?
C: [person_name:Grace Whitfield]. {neu}
A: Last four of your social?
C: [ssn:Seven three oh nine]. {neu}
A: Thank you, [person_name:Grace]. What happens when it drops?
C: The light on the router goes red, usually around seven. {neu}
A: Have you tried restarting it?
C: Yes, several times. It comes back, then it drops again. {neg}
A: I'm running a line test now.
C: Sure. {neu}
A: Still running.
C: Mm-hm. {neu}
A: There are errors on the line outside, not your router.
C: Well, that's good to know, at least. {pos}
A: I've opened ticket <ticket:T K, eight three oh, five five seven>.
C: Eight three oh, five five seven. {neu}
A: Right. A technician, [person_name:Ben Kowalczyk], will come Wednesday.
C: What time Wednesday? I work from home, so it matters. {neu}
A: Between <time:eight> and noon.
C: Wait, sorry, eight to noon? {neu}
A: Yes, eight to noon.
C: That works. {neu}
A: Can you confirm the service address?
C: [address:Nineteen oh five Lantern Hill Drive, unit twelve], [zip:eight oh two one eight]. {neu}
A: And a contact number for the technician?
C: [phone:Seven two oh, five five five, oh one six two]. {neu}
A: Thanks. I'll text you the appointment details today.
C: Okay. To be fair, I'm paying for a service I'm not getting. {neg}
A: You're right. I'm adding a credit of <amount:twenty-five dollars> to your next bill.
C: Oh, thank you, I appreciate that. {pos}
A: Is your email still [email:g whitfield at yahoo dot com]?
C: No, it's [email:grace dot whitfield eighty eight at gmail dot com] now. {neu}
A: I'll update that. If it drops again before Wednesday, restart the router.
C: And then what? {neu}
A: Then text us what the lights look like.
C: Which lights, sorry? {neu}
A: The ones on the front, next to the power button.
C: All right. {neu}
A: The ticket will stay open for <quantity:fourteen> days after the visit.
C: Good. I just want it fixed, honestly. {neg}
A: Understood. Anything else?
C: No. Sorry if I was short earlier. {neu}
A: Not at all, it's frustrating.
C: It really is. Third time this year. {neg}
A: I'll note that on the ticket.
C: Thanks, [person_name:Jamal]. Have a good evening. {pos}
""",
    ),
    CallScript(
        id="hd05-property",
        trade="property management and rent",
        company="Maplewood Property Management",
        agent="Teresa Lin",
        customer="Samuel Adeyemi",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+f3:140:60",
        noise_db=19.0,
        reason="The tenant's rent payment bounced and his kitchen sink is leaking.",
        outcome="Autopay was set up on a new bank account, the late fee waived once, and a plumber booked.",
        actions=[
            Action(
                "fix the kitchen sink leak",
                "Rick Moreno",
                "2026-11-17",
                "tomorrow morning",
                ("plumber", "sink", "leak"),
            ),
            Action(
                "pay the November rent",
                "Samuel Adeyemi",
                "2026-11-20",
                "by Friday",
                ("rent", "pay"),
            ),
            Action(
                "email the autopay form to sign",
                "Teresa Lin",
                "2026-11-16",
                "today",
                ("form", "autopay", "sign"),
            ),
            Action(
                "sign and return the autopay form",
                "Samuel Adeyemi",
                "2026-11-23",
                "within five business days",
                ("sign", "return", "form"),
            ),
            Action(
                "waive the late fee",
                "Teresa Lin",
                None,
                None,
                ("late fee", "waive"),
            ),
        ],
        script="""
A: Maplewood Property, [person_name:Teresa] speaking.
C: Hi, this is [person_name:Samuel Adeyemi], I'm one of your tenants. {neu}
A: Hi, Mr. [person_name:Adeyemi]. Your unit?
C: [address:Eight forty Cedar Park Lane, apartment three oh two], [zip:three oh three one seven]. {neu}
A: How can I help?
C: I got a notice that my rent payment bounced. {neu}
A: Yes, your <amount:fourteen hundred and fifty dollars> was returned.
C: I'm pretty upset, honestly. Nobody told me autopay used my old account. {neg}
A: Let's set up autopay on your new account.
C: Okay. Let me grab my checkbook. {neu}
C: Okay, got it. {neu}
A: Routing number?
C: [routing_number:Two six oh, oh seven three, three nine one]. {neu}
A: And the account number?
C: [bank_account:One one eight, double four two, oh seven six, five]. {neu}
A: So, [bank_account:One one eight, four four two, zero seven six, five].
C: Correct. {neu}
A: There's a late fee of <amount:seventy-five dollars>.
C: Seventy-five? For a bank mix-up? {neg}
A: It's your first time, so I'll waive it.
C: Oh, thank you. That's really fair. {pos}
A: Please pay November's rent by Friday.
C: Yes, I'll transfer it tomorrow. {neu}
A: I'll email you the autopay form today. Your email?
C: It's [email:sam dot adeyemi at proton dot me]. {neu}
A: Return it signed within five business days.
C: Will do. Also, my kitchen sink is leaking. {neu}
A: A lot of water?
C: Not a flood, but the cabinet's soaked. {neu}
A: Put a bucket under it for now.
C: Already did. It's getting old, though. {neg}
A: Work order <case:W O, six two seven, one four>.
C: Sorry, say that again? {neu}
A: <case:W O, six two seven, one four>. [person_name:Rick Moreno], our plumber, comes tomorrow morning.
C: Great, thank you. {pos}
A: Your number?
C: It's [phone:Four seven oh, five five five, oh one nine nine]. {neu}
A: For the bank mandate, your social?
C: Sure. [ssn:Five two seven, four one, eight eight three six]. {neu}
A: Anything else?
C: Um, yes, one more thing. {neu}
A: Go ahead.
C: My brother in Germany pays part of it. By transfer? {neu}
A: Yes. His IBAN?
C: Yes, [iban:D E eight nine, three seven oh four, oh oh four four, oh five three two, oh one three oh oh oh]. {neu}
A: Linked to your ledger.
C: And it'll show up under my name? {neu}
A: Yes, under your unit.
C: Thanks. Sorry, I was a bit grumpy earlier. {neu}
A: No problem at all.
C: You've been great, [person_name:Teresa]. Bye. {pos}
""",
    ),
    CallScript(
        id="hd06-airline",
        trade="airline rebooking",
        company="Northstar Airways",
        agent="Chloe Dubois",
        customer="Raymond Becker",
        agent_voice="espeak:en-us+klatt:135:45",
        customer_voice="hibari:9",
        noise_db=16.0,
        reason="The customer's flight was cancelled and he needs a new flight, a seat and a refund of a paid bag fee.",
        outcome="He was rebooked on the next morning's flight with an aisle seat; the bag fee refund goes to his bank.",
        actions=[
            Action(
                "email the new itinerary and the hotel voucher",
                "Chloe Dubois",
                "2026-11-16",
                "right away",
                ("itinerary", "voucher"),
            ),
            Action(
                "refund the bag fee to the customer's bank account",
                "Chloe Dubois",
                "2026-11-23",
                "within five business days",
                ("refund", "bag fee"),
            ),
            Action(
                "check in online for the new flight",
                "Raymond Becker",
                "2026-11-16",
                "tonight",
                ("check in", "check-in"),
            ),
            Action(
                "show the voucher at the hotel desk",
                "Raymond Becker",
                None,
                None,
                ("voucher", "hotel"),
            ),
        ],
        script="""
A: Northstar Airways, [person_name:Chloe] speaking.
C: Hi. My flight to Denver was just cancelled and I'm stuck at the gate. {neg}
A: I'm so sorry. Booking reference?
C: It's <reference:Q seven, K nine, four two>. {neu}
A: And your name?
C: [person_name:Raymond Becker]. [person_name:B E C K E R]. {neu}
A: Frequent flyer number?
C: [member_id:N S, four oh oh eight, triple one, six two]. {neu}
A: Date of birth?
C: [date_of_birth:Ten, twenty-two, eighty-four]. {neu}
A: Mr. [person_name:Becker], the next flight with seats is tomorrow.
C: Tomorrow? You're kidding. I have a meeting at ten. {neg}
A: I'm sorry. It's <flight:flight six fifty-one>, at <time:six ten> a.m.
C: Six ten. That's early, but okay, I'll take it. {neu}
A: Aisle or window?
C: Aisle, please. Ideally near the front. {neu}
A: Let me see.
C: Doesn't have to be. {neu}
A: I have <seat:fourteen C> on the aisle.
C: Fourteen C. Great. {pos}
A: You'll also get a hotel voucher for tonight.
C: Oh, that helps, thank you. {pos}
A: I'll email the itinerary and voucher right away. Your email?
C: [email:r becker eighty four at gmail dot com]. {neu}
A: And a phone number?
C: [phone:Three oh three, five five five, oh one four seven]. {neu}
A: You also paid a bag fee of <amount:thirty-five dollars>.
C: Yes. And now the bag is stuck somewhere too. {neg}
A: It moves to your new flight. I'll refund the fee.
C: You're sure the bag will be on it? {neu}
A: Yes, it's tagged through.
C: Okay. Could it go to my bank? The card I used was cancelled. {neu}
A: A European bank?
C: Yes, I live in Vienna. Here's the IBAN. {neu}
A: Go ahead.
C: [iban:A T six one, one nine oh four, three oh oh two, three four five seven, three two oh one]. {neu}
A: Let me read it back. [iban:A T six one, one nine zero four, three zero zero two, three four five seven, three two zero one].
C: That's right. {neu}
A: The refund will reach you within five business days.
C: Okay, great. {pos}
A: Anything else I can do?
C: Can I pay for lounge access with a card instead? {neu}
A: Yes, forty dollars. Card number?
C: [card_number:Three seven eight two, eight two two four, six three one, oh oh five]. {neu}
A: Expiry and code?
C: [card_expiry:Eleven slash twenty-nine], code [card_security_code:four four one two]. {neu}
A: Done. Check in online tonight, and show the voucher at the hotel.
C: I will. Sorry I snapped at you earlier, it's not your fault. {neu}
A: Don't worry at all, [person_name:Raymond].
C: Thanks, [person_name:Chloe]. You really saved my evening. {pos}
""",
    ),
]

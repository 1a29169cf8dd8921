"""The DEV half of the realistic call set: eight scripted two-party phone calls, one per
trade. Tune on these; never on the test half (test_calls.py).

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written; `<kind:words>` a number that must survive
redaction; a trailing `{pos}`, `{neu}` or `{neg}` labels a customer utterance's sentiment.
Every call happens on Monday 16 November 2026; due dates are resolved against that day."""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="dev01-clinic",
        trade="healthcare clinic",
        company="Riverside Family Clinic",
        agent="Nadia Petrov",
        customer="Maria Gonzalez",
        agent_voice="hibari:1",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=17.0,
        reason="The patient needs to move her appointment and update her insurance, phone and address.",
        outcome="The appointment moved to Thursday at ten forty-five and her details were updated.",
        actions=[
            Action("send a text message confirming the new appointment", "Nadia Petrov",
                   "2026-11-16", "today", ("text", "confirm")),
            Action("bring the new insurance card to the appointment", "Maria Gonzalez",
                   "2026-11-19", "Thursday", ("insurance card", "bring")),
            Action("ask the billing team to re-send the October statement", "Nadia Petrov",
                   None, None, ("statement", "billing")),
        ],
        script="""
A: Good morning, Riverside Family Clinic, this is [person_name:Nadia], how can I help you today?
C: Hi, I need to reschedule my appointment for this week, something came up at work. {neu}
A: Of course, I can help with that. Can I have your full name, please?
C: Yes, it's [person_name:Maria Gonzalez], that's [person_name:G O N Z A L E Z].
A: Thank you. And can you confirm your date of birth for me?
C: [date_of_birth:March third, nineteen eighty-one].
A: Perfect, I have your chart open. I see you're booked for Wednesday at <time:nine fifteen> in the morning.
C: Right, and I can't make that anymore. Do you have anything later in the week?
A: Let me look. On Thursday I have <time:ten forty-five> or <time:two thirty> in the afternoon.
C: Ten forty-five would be great, thank you. {pos}
A: Done. While I have you, is your insurance still with Blue Harbor?
C: No, I switched in January. The new member ID is [member_id:B H X four four seven, oh nine one two].
A: Got it, I'll update that. Please bring the new insurance card with you on Thursday.
C: Sure, I'll bring it. By the way, I was on hold for twenty minutes before you picked up. {neg}
A: I'm really sorry about the wait, mornings are busy here. Is the best phone number still [phone:five oh three, five five five, oh one four seven]?
C: No, that's my old one. The new number is [phone:nine seven one, two two eight, four six three nine].
A: Thank you. And the address on file, is that still the same?
C: I moved too, actually. It's [address:eighteen twenty-two Alder Court, apartment four B], Portland, [zip:nine seven two one four].
A: All updated. Your copay for this visit will be <amount:thirty-five dollars>.
C: That's fine. Also, I never got my statement for October, can somebody send that again? {neu}
A: I'll ask our billing team to re-send the October statement. And I'll send you a text message today confirming the new appointment.
C: Wonderful, that really helps. {pos}
A: You're all set, [person_name:Maria]. We'll see you Thursday at ten forty-five.
C: Thanks so much, bye now.
""",
    ),
    CallScript(
        id="dev02-bank",
        trade="bank",
        company="Harborview Credit Union",
        agent="Samuel Osei",
        customer="Linda Whitaker",
        agent_voice="festival:kal_diphone",
        customer_voice="hibari:2:-300",
        noise_db=16.0,
        reason="The member lost her debit card and wants to set up a wire transfer to her daughter.",
        outcome="The old card was blocked, a replacement ordered, and the wire sent with the fee waived.",
        actions=[
            Action("mail a replacement debit card", "Samuel Osei", "2026-11-20", "Friday",
                   ("replacement", "card")),
            Action("call back once the wire has cleared", "Samuel Osei", "2026-11-17",
                   "tomorrow", ("call", "wire")),
            Action("sign in to online banking and check the recent transactions", "Linda Whitaker",
                   None, None, ("transactions", "online banking")),
        ],
        script="""
A: Thank you for calling Harborview Credit Union, my name is [person_name:Samuel]. Who am I speaking with?
C: Hi [person_name:Samuel], this is [person_name:Linda Whitaker]. I think I lost my debit card yesterday and I'm pretty upset about it. {neg}
A: I'm sorry to hear that, let's get it blocked right away. For verification, can I have the last four of your social?
C: Yes, it's [ssn:six two eight one].
A: Thank you. And the card number, if you have it written down anywhere?
C: I have it on my statement. [card_number:Four five three two, nine four five eight, oh seven three oh, two one five eight].
A: Okay, that card is now blocked. I see no new charges since <amount:forty-two dollars and fifty cents> at a grocery store on Saturday.
C: Oh good, that one was me. {pos}
A: I'll mail a replacement card to the address on file, it should arrive by Friday.
C: Great. The other thing is, I need to send a wire to my daughter for her rent.
A: Sure. What are her bank's routing number and her account number?
C: The routing number is [routing_number:one two two, double oh, oh six six one], and the account is [bank_account:four four oh nine, one seven three, eight two five].
A: Let me read that back. Routing [routing_number:one two two oh oh oh six six one], account [bank_account:four four oh nine one seven three eight two five]. How much would you like to send?
C: <amount:Eight hundred and fifty dollars>, please.
A: There's normally a <amount:twenty-five dollar> wire fee, but given the card trouble today I'll waive it.
C: Oh, that's very kind of you, thank you. {pos}
A: The wire reference is <reference:W R seven seven three one>. I'll call you back tomorrow once it has cleared.
C: Perfect. Should I do anything on my side? {neu}
A: Yes, please sign in to online banking and check the recent transactions, just in case.
C: I will. Honestly I was worried sick this morning. {neg}
A: Completely understandable. Anything else I can help with, [person_name:Linda]?
C: No, that's everything. Thanks again.
""",
    ),
    CallScript(
        id="dev03-retail",
        trade="retail shop",
        company="Oak and Iron Home Goods",
        agent="Priya Nair",
        customer="Daniel Kowalski",
        agent_voice="hibari:3",
        customer_voice="espeak:en-us:135:50",
        noise_db=18.0,
        reason="The customer received a damaged coffee table and wants a replacement delivered.",
        outcome="A replacement was ordered for Saturday delivery and a partial refund issued.",
        actions=[
            Action("email a prepaid return label", "Priya Nair", "2026-11-16", "today",
                   ("return label", "email")),
            Action("send photos of the damage", "Daniel Kowalski", "2026-11-17", "tomorrow",
                   ("photos", "damage")),
            Action("deliver the replacement table", "Priya Nair", "2026-11-21", "Saturday",
                   ("replacement", "deliver")),
        ],
        script="""
A: Oak and Iron Home Goods, this is [person_name:Priya], how can I help?
C: Hi. I got my coffee table delivered on Friday and one of the legs is cracked right through. {neg}
A: Oh no, I'm so sorry about that. Do you have the order number handy?
C: Yes, it's <order:four four seven, one nine two>.
A: Thank you. And the name on the order?
C: [person_name:Daniel Kowalski]. [person_name:K O W A L S K I].
A: Got it. I see the walnut coffee table, <quantity:one> unit, for <amount:three hundred and eighty-nine dollars>.
C: That's the one. Great, just great, the day before my in-laws arrived. {neg}
A: I completely understand. I can send a replacement, and it can go out for delivery on Saturday between <time:eight> in the morning and noon.
C: Saturday works. Is it going to the same address?
A: Let me confirm it. Is it [address:two hundred fifteen Birch Lane], [zip:six oh six one four]?
C: Yes, that's right.
A: Good. Could you email us a couple of photos of the damage by tomorrow? It helps with the claim against the carrier.
C: Sure. Where should I send them?
A: Send them to returns at oak and iron dot com. And what's the best email to reach you?
C: It's [email:d kowalski seventy-seven at gmail dot com].
A: Thank you. I'll email you a prepaid return label today, so the driver can take the damaged table away.
C: Okay. Do I get anything back for the hassle? {neu}
A: I can refund <amount:fifty dollars> to your card for the trouble. Which card should I use?
C: Put it on the card ending in [card_number:two two oh seven].
A: Done. The refund reference is <reference:R F eight one five five>, it can take up to <quantity:five> business days.
C: Okay, that's fair, thank you. {pos}
A: You're welcome, [person_name:Daniel]. Sorry again for the trouble.
""",
    ),
    CallScript(
        id="dev04-logistics",
        trade="logistics and shipping",
        company="Northline Freight",
        agent="Graham Fletcher",
        customer="Aisha Rahman",
        agent_voice="festival:cmu_us_slt_arctic_hts:-300",
        customer_voice="hibari:4",
        noise_db=15.0,
        reason="A held shipment of the customer's business needs customs paperwork and a delivery date.",
        outcome="The missing invoice will be sent, customs fees paid by card, delivery booked for Thursday.",
        actions=[
            Action("email the commercial invoice to the customs team", "Aisha Rahman",
                   "2026-11-16", "today", ("invoice", "customs")),
            Action("release the shipment once the invoice arrives", "Graham Fletcher",
                   None, None, ("release", "shipment")),
            Action("send a delivery confirmation with the time window", "Graham Fletcher",
                   "2026-11-18", "Wednesday", ("delivery", "confirmation")),
        ],
        script="""
A: Northline Freight, customer service, [person_name:Graham] speaking.
C: Hi [person_name:Graham], I'm calling about a shipment that's been stuck for a week. I've been on hold for forty minutes. {neg}
A: I do apologise for the wait. Can I take the tracking number?
C: It's <tracking:N L nine three three, seven oh two, five one eight>.
A: Thank you. I can see <quantity:twelve> pallets held at customs in Newark since the ninth.
C: Why? Nobody told me anything. {neg}
A: It looks like the commercial invoice was missing. Could I have the company name and your name?
C: Crescent Textiles, and I'm [person_name:Aisha Rahman].
A: Thank you, [person_name:Aisha]. If you email the commercial invoice to our customs team today, I can release the shipment as soon as it arrives.
C: Okay, I can do that this afternoon. {neu}
A: There's also a customs fee of <amount:two hundred and sixteen dollars forty>. Would you like to pay that by card now?
C: Yes please. The card number is [card_number:five four two five, seven three six eight, one nine three oh, three six four oh].
A: And the expiry date?
C: [card_expiry:Oh nine twenty-eight].
A: And the three digit code on the back?
C: [card_security_code:Four one seven].
A: Thank you, that's gone through. Delivery can be booked for Thursday between <time:one> and <time:five> in the afternoon.
C: Thursday is fine. The warehouse address is [address:forty-one Commerce Drive, unit nine], Edison, [zip:oh eight eight three seven].
A: Lovely. And a phone number for the driver?
C: Use my mobile, [phone:seven three two, double five five, six oh one eight].
A: Great. I'll send a delivery confirmation with the time window on Wednesday. Your case number is <case:C S four seven two one>.
C: Alright, thank you for sorting it out. {pos}
A: You're welcome. Have a good day.
""",
    ),
    CallScript(
        id="dev05-airline",
        trade="travel and airline",
        company="Skylark Airways",
        agent="Kevin Mbeki",
        customer="Rosa Delgado",
        agent_voice="hibari:5:150",
        customer_voice="festival:kal_diphone",
        noise_db=19.0,
        reason="The passenger's flight was cancelled and she needs to be rebooked and compensated.",
        outcome="She was rebooked on the next morning's flight with a hotel voucher and a meal credit.",
        actions=[
            Action("email the new itinerary and the hotel voucher", "Kevin Mbeki", "2026-11-16",
                   "tonight", ("itinerary", "voucher")),
            Action("file the compensation claim", "Kevin Mbeki", "2026-11-18", "Wednesday",
                   ("compensation", "claim")),
            Action("check in online for the new flight", "Rosa Delgado", "2026-11-17",
                   "tomorrow", ("check in", "online")),
        ],
        script="""
A: Skylark Airways, this is [person_name:Kevin]. How can I help?
C: Hi, my flight to Denver was cancelled, and the app keeps crashing, so here I am. {neg}
A: I'm sorry about that. What's the confirmation code?
C: It's <reference:Q T seven R four K>.
A: Thank you. And your last name, please?
C: [person_name:Delgado], [person_name:D E L G A D O].
A: Okay, Miss [person_name:Delgado], I see flight <flight:S K four eighty-two> tonight at <time:seven fifty> was cancelled due to weather.
C: So what are my options? I have a meeting tomorrow afternoon. {neu}
A: I can put you on flight <flight:S K four ninety> tomorrow at <time:six fifteen> in the morning, landing at <time:eight oh five>.
C: That works. Can I keep my aisle seat?
A: Yes, seat <seat:fourteen C>. For the verification, can I have your date of birth?
C: [date_of_birth:July twenty-second, nineteen ninety].
A: Thank you. And your frequent flyer number?
C: [member_id:S K L, three three nine, oh two, seven seven one].
A: Got it, the miles will post to that account. I'll also give you a hotel voucher and a meal credit of <amount:thirty dollars>.
C: Oh, that's great, I appreciate it. {pos}
A: Where should I email the new itinerary and the voucher?
C: To [email:rosa dot delgado ninety at outlook dot com].
A: Let me read it back. [email:Rosa dot delgado nine zero at outlook dot com]?
C: That's right.
A: I'll email both tonight. I'll also file a compensation claim for the cancellation by Wednesday.
C: Okay. I'm still pretty upset, this is the second time this month. {neg}
A: I understand, and I'm sorry. Please check in online tomorrow, the gate might change.
C: Will do. Thanks, [person_name:Kevin]. {pos}
A: Safe travels, [person_name:Rosa].
""",
    ),
    CallScript(
        id="dev06-utilities",
        trade="utilities",
        company="Greenfield Power and Water",
        agent="Helen Brooks",
        customer="Tomasz Nowak",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+klatt:140:50",
        noise_db=16.0,
        reason="The customer disputes a very high electricity bill and wants to set up autopay.",
        outcome="A meter check was booked, the disputed amount put on hold, and autopay set up.",
        actions=[
            Action("send a technician to read the meter", "Helen Brooks", "2026-11-19",
                   "Thursday", ("technician", "meter")),
            Action("take a photo of the meter reading", "Tomasz Nowak", "2026-11-17", "tomorrow",
                   ("photo", "meter")),
            Action("email the autopay confirmation", "Helen Brooks", None, None,
                   ("autopay", "confirmation")),
        ],
        script="""
A: Greenfield Power and Water, [person_name:Helen] speaking, how may I help you?
C: Hello. My electricity bill this month is <amount:four hundred and twelve dollars>. Usually it's around <amount:ninety>. {neg}
A: That is a big jump, let's take a look. What's the service address?
C: [address:Seven eighty-eight West Pine Street], [zip:eight oh two oh five].
A: And the name on the account?
C: [person_name:Tomasz Nowak]. First name [person_name:T O M A S Z].
A: Thank you. To verify, could you give me your date of birth?
C: [date_of_birth:The fourth of November, nineteen seventy-six].
A: Thank you, [person_name:Tomasz]. I see the reading was estimated, not taken from the meter.
C: Estimated? So I'm paying for a guess? {neg}
A: I understand how that feels. I'll put the disputed <amount:three hundred and twenty-two dollars> on hold and send a technician to read the meter on Thursday, between <time:eight> and <time:eleven>.
C: Okay, that's better. {neu}
A: It would help if you could take a photo of the meter reading tomorrow and reply to our email with it.
C: I can do that. I'd also like to set up automatic payments so this doesn't get messy again.
A: Sure. Which bank account should we draw from?
C: The routing number is [routing_number:oh seven one, oh oh oh, oh one three], and the account number is [bank_account:five five three oh, two one, eight eight four seven].
A: And is the account in your name?
C: Yes, just mine.
A: Great, autopay is set for the <date:fifteenth> of each month. I'll email you the autopay confirmation.
C: Alright. You've been really helpful, thanks. {pos}
A: My pleasure. Your ticket number for the meter visit is <ticket:two nine one, four six>.
C: Got it, thanks.
""",
    ),
    CallScript(
        id="dev07-insurance",
        trade="insurance",
        company="Keystone Mutual",
        agent="Olivia Tran",
        customer="Marcus Bell",
        agent_voice="hibari:7",
        customer_voice="festival:cmu_us_slt_arctic_hts:-300",
        noise_db=17.0,
        reason="The policyholder reports a rear-end collision and asks about a rental car.",
        outcome="A claim was opened, an adjuster assigned, and a rental authorised for ten days.",
        actions=[
            Action("upload the police report and photos", "Marcus Bell", "2026-11-18",
                   "Wednesday", ("police report", "upload")),
            Action("have the adjuster call about the inspection", "Olivia Tran", "2026-11-17",
                   "tomorrow", ("adjuster", "call")),
            Action("book the rental car", "Olivia Tran", "2026-11-16", "today",
                   ("rental", "book")),
        ],
        script="""
A: Keystone Mutual claims, this is [person_name:Olivia]. Are you safe right now?
C: Yes, I'm fine, thanks. Somebody rear-ended me at a red light this morning. {neu}
A: I'm glad you're okay. Can I have your policy number?
C: It's [member_id:K M P, seven seven four, oh three nine, two one].
A: Thank you. And the policyholder's full name?
C: [person_name:Marcus Bell]. [person_name:B E L L].
A: And for security, your social security number, please.
C: [ssn:Four one two, six seven, nine oh eight three].
A: Thank you, [person_name:Marcus]. What time did it happen?
C: Around <time:eight twenty>, on Route <road:nine>, near the mall.
A: Was a police report filed?
C: Yes, the report number is <case:P D two two four one eight>.
A: Good. Could you upload the police report and photos of the car by Wednesday?
C: Sure. The back bumper is completely crushed, I'm pretty upset, it's a new car. {neg}
A: That's awful, I'm sorry. Your deductible on this policy is <amount:five hundred dollars>.
C: Okay. Will I get a rental? I need a car for work. {neu}
A: Yes, your plan covers a rental for up to <quantity:ten> days at <amount:forty dollars> a day. I'll book it today.
C: That's a relief. {pos}
A: An adjuster will call you tomorrow about the inspection. Is [phone:four one two, five five five, oh one nine six] the best number?
C: Yes, that's my cell.
A: And is your mailing address still [address:sixty-two Hollow Road], [zip:one five two one seven]?
C: Still the same.
A: Your claim number is <case:C L M eight eight three oh five>.
C: Thank you, you've made this a lot easier. {pos}
A: Take care, [person_name:Marcus].
""",
    ),
    CallScript(
        id="dev08-telecom",
        trade="telecom",
        company="Brightwave Mobile",
        agent="Chloe Martin",
        customer="Victor Adeyemi",
        agent_voice="espeak:en-us+f3:135:50",
        customer_voice="hibari:9:-250",
        noise_db=18.0,
        reason="The customer was double charged for his plan and wants to upgrade his phone.",
        outcome="The duplicate charge was refunded and a phone upgrade ordered with free shipping.",
        actions=[
            Action("refund the duplicate charge", "Chloe Martin", "2026-11-18", "Wednesday",
                   ("refund", "charge")),
            Action("ship the new phone", "Chloe Martin", "2026-11-19", "Thursday",
                   ("ship", "phone")),
            Action("back up the old phone before the new one arrives", "Victor Adeyemi", None,
                   None, ("back up", "old phone")),
        ],
        script="""
A: Thanks for calling Brightwave Mobile, my name is [person_name:Chloe]. Who do I have the pleasure of speaking with?
C: This is [person_name:Victor Adeyemi]. I was charged twice for my plan this month. {neg}
A: Sorry about that, [person_name:Victor]. What's the mobile number on the account?
C: It's [phone:two one four, eight three oh, five five six two].
A: Thank you. And your account PIN or the last four of your social?
C: Last four of my social is [ssn:oh three eight eight].
A: Great, thanks. I can see two charges of <amount:sixty-five dollars> on the <date:third>. I'll refund the duplicate, it should be back by Wednesday.
C: Fine. Honestly, it's the third billing mistake this year. {neg}
A: I understand the frustration. Is there anything else?
C: Yes, I'd like to upgrade my phone. The screen on this one is cracked.
A: Sure. We have the Nova twelve for <amount:seven hundred and ninety-nine>, or <amount:thirty-three dollars> a month over <quantity:twenty-four> months.
C: Monthly, please. {neu}
A: Okay. Which card would you like for the first payment?
C: [card_number:Four seven one six, two six two one, two nine nine seven, two two oh seven]. Expires [card_expiry:September twenty-seven]. The code is [card_security_code:three three eight].
A: Got it. And where should we ship the phone?
C: [address:Twelve oh four Lakeview Avenue, apartment thirty-one], Dallas, [zip:seven five two oh one].
A: Shipping is free. It'll arrive Thursday. Your order number is <order:B W five one seven, eight two oh>.
C: Great. I'm glad that's done. {pos}
A: Please back up your old phone before the new one arrives. Your ticket for the refund is <ticket:four four nine two one>.
C: Will do. Thank you, [person_name:Chloe]. {pos}
A: You're welcome, have a great day.
""",
    ),
]

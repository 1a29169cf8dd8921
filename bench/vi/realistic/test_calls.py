"""The TEST half of the realistic call set. Held out: do not read it while tuning, do not tune
on its figures. Markup as in dev_calls.py."""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="test01-pharmacy",
        trade="pharmacy",
        company="Cornerstone Pharmacy",
        agent="Rebecca Lindqvist",
        customer="Hiroshi Tanaka",
        agent_voice="festival:kal_diphone",
        customer_voice="hibari:11",
        noise_db=16.0,
        reason="The customer's blood pressure prescription refill was rejected by his insurance.",
        outcome="The pharmacist got a prior authorisation started and filled a short supply paid by card.",
        actions=[
            Action(
                "fax the prior authorisation request to the doctor's office",
                "Rebecca Lindqvist",
                "2026-11-16",
                "today",
                ("authori", "doctor"),
            ),
            Action(
                "text when the prescription is ready for pickup",
                "Rebecca Lindqvist",
                None,
                None,
                ("text", "ready"),
            ),
            Action(
                "pick up the short supply",
                "Hiroshi Tanaka",
                "2026-11-17",
                "tomorrow",
                ("pick up", "supply"),
            ),
        ],
        script="""
A: Cornerstone Pharmacy, this is [person_name:Rebecca], how can I help you?
C: Hi, I got a message that my refill was rejected, and I only have two pills left. {neg}
A: I'm sorry, let me check what happened. Can I have your name and date of birth?
C: [person_name:Hiroshi Tanaka], born [date_of_birth:the twelfth of August, nineteen sixty-eight].
A: Could you spell the last name for me?
C: [person_name:T A N A K A].
A: Thank you, Mister [person_name:Tanaka]. I see the lisinopril, <quantity:ninety> tablets. Your insurance wants a prior authorisation now.
C: Nobody told me that. This is ridiculous, I've been on it for six years. {neg}
A: I understand. Can I confirm the member ID on your new insurance card?
C: It's [member_id:Z R Q, nine oh oh, four one seven, double three].
A: Thanks. I'll fax the prior authorisation request to your doctor's office today.
C: Okay. But what do I do in the meantime? {neu}
A: I can fill a <quantity:seven> day supply without insurance. It would be <amount:eleven dollars and twenty cents>.
C: That's fine, let's do that. {neu}
A: Would you like to pay by card over the phone?
C: Sure. It's an American Express. [card_number:Three seven eight two, oh three three two two four, five three eight three two].
A: And the expiration?
C: [card_expiry:Eleven slash twenty-nine].
A: And the four digit code on the front?
C: [card_security_code:Six oh five two].
A: Thank you, that's paid. You can pick up the short supply tomorrow after <time:ten>. Is [phone:six one seven, five five five, oh eight two four] still your number?
C: Yes it is.
A: Great, I'll send you a text when the full prescription is ready for pickup. Your reference is <reference:R X four one eight eight two>.
C: Thank you, you've been really patient with me. {pos}
A: No problem at all, [person_name:Hiroshi]. Take care.
""",
    ),
    CallScript(
        id="test02-car-rental",
        trade="car rental",
        company="Redline Car Rental",
        agent="Marco Bianchi",
        customer="Fatima Haddad",
        agent_voice="hibari:12:-300",
        customer_voice="espeak:en-us:140:55",
        noise_db=18.0,
        reason="The customer was charged a damage fee after returning a rental car and disputes it.",
        outcome="The damage fee was reversed after the return photos showed no damage, and a future booking changed.",
        actions=[
            Action(
                "reverse the damage fee",
                "Marco Bianchi",
                "2026-11-18",
                "Wednesday",
                ("reverse", "fee"),
            ),
            Action(
                "email the return inspection photos",
                "Marco Bianchi",
                "2026-11-16",
                "today",
                ("photos", "inspection"),
            ),
            Action(
                "send the driving licence number for the new booking",
                "Fatima Haddad",
                "2026-11-20",
                "Friday",
                ("licence", "driving"),
            ),
        ],
        script="""
A: Redline Car Rental, [person_name:Marco] speaking. How can I help?
C: Hi [person_name:Marco]. I returned a car last week and now there's a <amount:four hundred and fifty dollar> damage charge on my card. I'm really angry about this. {neg}
A: I'm sorry to hear that. Do you have the rental agreement number?
C: Yes, it's <reference:R A, eight eight one, two oh four>.
A: Thank you. And your full name, please?
C: [person_name:Fatima Haddad]. [person_name:H A D D A D].
A: Thank you, [person_name:Fatima]. For security, can you give me your social security number?
C: [ssn:Five three one, oh four, seven seven two six].
A: Thank you. I see the car was returned on the eighth at <time:four forty> in the afternoon with <quantity:three hundred and twelve> miles.
C: Right. And it was perfectly fine when I dropped it off. {neu}
A: I'm looking at the return inspection photos now, and honestly, I can't see any damage.
C: Great, just great. So why was I charged? {neg}
A: It looks like a mix-up with another car. I'll reverse the damage fee, you should see it back by Wednesday.
C: Thank you. That's a relief. {pos}
A: I'll also email you the return inspection photos today for your records. Is your email still [email:fatima dot haddad eighty-two at yahoo dot com]?
C: Yes, that's right.
A: I also see an upcoming booking for the <date:twenty-first> at the airport. Anything to change there?
C: Yes, can I make it a bigger car? We're <quantity:five> people now.
A: Sure, a minivan is <amount:sixty-four dollars> a day. I'll need your driving licence number for the new booking.
C: I don't have it on me. I'll send it by Friday. {neu}
A: No problem. Your home address is still [address:three thirty-three Harbor View Road], [zip:three three one three nine]?
C: Yes.
A: Perfect. Your case number is <case:C X seven one five two>.
C: Thanks for fixing it so quickly. {pos}
""",
    ),
    CallScript(
        id="test03-hotel",
        trade="hotel",
        company="Lakeshore Grand Hotel",
        agent="Sophie Laurent",
        customer="Gregory Oduya",
        agent_voice="espeak:en-us+klatt:135:50",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=17.0,
        reason="The guest wants to change a conference booking and was overcharged for parking.",
        outcome="The stay was extended by one night, parking credited, and an invoice will be sent to the company.",
        actions=[
            Action(
                "credit the parking charge", "Sophie Laurent", None, None, ("credit", "parking")
            ),
            Action(
                "send the invoice to the company's accounts team",
                "Sophie Laurent",
                "2026-11-19",
                "Thursday",
                ("invoice", "accounts"),
            ),
            Action(
                "confirm the number of conference guests",
                "Gregory Oduya",
                "2026-11-18",
                "Wednesday",
                ("confirm", "guests"),
            ),
        ],
        script="""
A: Good afternoon, Lakeshore Grand Hotel, reservations, this is [person_name:Sophie].
C: Hello, I'm calling about a booking for a conference next week, and a problem with my last stay. {neu}
A: Of course. Can I have the name on the booking?
C: [person_name:Gregory Oduya]. That's [person_name:O D U Y A].
A: Thank you, Mister [person_name:Oduya]. I see <quantity:four> rooms from the <date:twenty-third> to the <date:twenty-sixth>, confirmation <reference:L G three three nine oh one>.
C: Yes. I'd like to add one more night, until the twenty-seventh.
A: That's possible, the rate is <amount:one hundred and eighty-nine dollars> per room per night.
C: Fine. And on my last stay I was charged for parking every day, but I didn't even have a car. {neg}
A: I'm sorry about that. I can see <amount:twenty-eight dollars> a night for <quantity:three> nights. I'll credit the parking charge back.
C: Thank you. {pos}
A: For the company invoice, should it go to the same email as before?
C: No, please send it to [email:g oduya seven at northpoint dot io], our accounts team reads that.
A: Got it. I'll send the invoice on Thursday. Would you like to secure the extra night with a card?
C: Yes. [card_number:Five one seven nine, seven five two seven, seven two oh four, oh five six four].
A: Expiry date?
C: [card_expiry:Oh four, twenty-seven].
A: And the security code?
C: [card_security_code:Nine one nine].
A: Thank you. And the billing address for the card?
C: [address:Ninety-one Queen Street, suite four hundred], Chicago, [zip:six oh six oh two].
A: Perfect. Could you confirm the number of conference guests by Wednesday, so we can set the room?
C: Will do. We expect about <quantity:forty> people. {neu}
A: Wonderful. Breakfast starts at <time:six thirty>. Anything else, [person_name:Gregory]?
C: No, that's all, thank you for your help. {pos}
""",
    ),
    CallScript(
        id="test04-tax-office",
        trade="tax office",
        company="Summit Tax Advisors",
        agent="Martin Keller",
        customer="Ana Ferreira",
        agent_voice="hibari:14",
        customer_voice="festival:kal_diphone:-100",
        noise_db=15.0,
        reason="The client received a notice about an unpaid balance and wants her refund sent to a new bank account.",
        outcome="The notice was explained, a payment plan started, and the refund account updated.",
        actions=[
            Action(
                "file the payment plan request",
                "Martin Keller",
                "2026-11-17",
                "tomorrow",
                ("payment plan", "file"),
            ),
            Action(
                "upload a copy of the notice to the client portal",
                "Ana Ferreira",
                "2026-11-16",
                "today",
                ("upload", "notice"),
            ),
            Action(
                "call back with the plan's monthly amount",
                "Martin Keller",
                "2026-11-20",
                "Friday",
                ("call", "monthly"),
            ),
        ],
        script="""
A: Summit Tax Advisors, [person_name:Martin] speaking.
C: Hello [person_name:Martin], I got a letter saying I owe <amount:two thousand three hundred dollars> from last year, and I'm pretty upset. {neg}
A: I'm sorry, those letters can be alarming. Let's look into it. What's your full name?
C: [person_name:Ana Ferreira]. [person_name:F E double R E I R A].
A: And your social security number, please.
C: [ssn:Six oh two, double eight, one four five nine].
A: And date of birth?
C: [date_of_birth:June thirtieth, nineteen eighty-five].
A: Thank you, [person_name:Ana]. The notice is about a form that arrived late, your employer corrected it in May.
C: So is the amount right? {neu}
A: It seems so, yes. You can pay it at once, or we can file for a payment plan tomorrow.
C: A payment plan, please. Can I spread it over <quantity:twelve> months?
A: Yes. I'll call you back on Friday with the plan's monthly amount. Could you upload a copy of the notice to the client portal today?
C: Sure, I'll do it tonight after work. {neu}
A: Perfect. The notice number is <reference:C P two one four six>, keep it handy.
C: Okay. Also, I moved my savings to a new bank. Can my refund go there next year?
A: Yes. What are the routing and account numbers?
C: Routing [routing_number:three two two, two seven one, six one four]. Account [bank_account:eight oh oh one, seven seven four, two six three].
A: Got it. And for your records, your old account was with a European bank, wasn't it?
C: Yes, the Irish one, [iban:I E two nine, A I B K, nine three one one, five two one two, three four five six seven eight]. You can remove it.
A: Done, it's removed. Your file number is <case:four four eight one nine>.
C: Thank you, I feel much better now. {pos}
A: You're welcome. Talk to you Friday.
""",
    ),
]

"""The FRESH-TEST half: four scripted two-party phone calls, a third set in trades neither
earlier set covered. Written from a brief by a helper session that never read the product's
code (nor its tests, nor the earlier sets' calls beyond the first holdout call, as a format
example); see README.md, "Fresh set". Frozen as of the commit that adds it: do not edit the
calls or the labels to suit a result.

HELD OUT: do not read this file while tuning, and do not let its figures steer tuning. Tune,
if at all, on the fresh-dev half (fresh_dev_calls.py).

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
        id="ft01-freight",
        trade="freight and logistics dispatch",
        company="Ironline Freight",
        agent="Bernie Kowalski",
        customer="Darnell Whitfield",
        agent_voice="hibari:21",
        customer_voice="festival:kal_diphone",
        noise_db=19.0,
        reason="A shipper's pallet load missed its delivery after a truck broke down, and an earlier leg was overpaid.",
        outcome="The load is expedited on a team truck paid by card for a Monday delivery, and a refund to the shipper's Dutch office is under way.",
        actions=[
            Action(
                "move the load to a team truck for delivery",
                "Bernie Kowalski",
                "2026-12-07",
                "Monday",
                ("team truck", "expedite", "deliver"),
            ),
            Action(
                "text the customer at pickup",
                "Hector",
                "2026-12-06",
                "Sunday",
                ("text", "pickup"),
            ),
            Action(
                "process the refund of the overpaid leg",
                "Mireille",
                "2026-12-11",
                "by next Friday",
                ("refund",),
            ),
            Action(
                "email the customer the new delivery appointment",
                "Bernie Kowalski",
                "2026-12-04",
                "today",
                ("delivery appointment", "email"),
            ),
        ],
        script="""
A: Ironline Freight dispatch, [person_name:Bernie] speaking.
C: Hey [person_name:Bernie], it's [person_name:Darnell] at Hollis Furniture. {neu}
A: Hey [person_name:Darnell]. What's up?
C: My load never showed up in Columbus. {neu}
A: Ugh. PRO number?
C: <tracking:P R O, five five one, two oh eight, three three>. {neu}
A: One sec... It's sitting in Gary.
C: Sitting. Wonderful. {neg}
A: The truck broke down. Sorry nobody called.
C: A heads up would've been nice. {neg}
A: A team truck can take it, for an expedite fee.
C: How much? {neu}
A: <amount:Four hundred and fifty dollars>. Delivered Monday by <time:ten a.m.>.
C: Ouch. But fine, do it. {neu}
A: <quantity:Fourteen pallets>, <quantity:nine thousand two hundred pounds>?
C: Yep. {neu}
C: Our account is [member_id:H F, double oh seven two, four four one]. {neu}
A: Card holder's name?
C: Company Amex, under me. [person_name:Darnell Whitfield]. [person_name:W H I T F I E L D]. {neu}
A: The card number?
C: [card_number:Three seven eight two, eight two two four six three, one oh oh oh five]. {neu}
A: [card_number:Three seven eight two, eight two two four six three, one oh oh oh five].
C: Correct. {neu}
A: Expiry?
C: [card_expiry:Nine slash twenty-eight]. {neu}
A: And the four digits on the front.
C: Uh... [card_security_code:four four one nine]. {neu}
A: That went through.
C: Good. One more thing. {neu}
C: We overpaid the Rotterdam leg by <amount:two hundred euros>. Twice now. {neg}
A: Refunds go to the account that paid.
C: Our Dutch office. [iban:N L two eight, I N G B, oh three one eight, four oh six six, seven two]. {neu}
A: Sorry, after [iban:I N G B]?
C: [iban:Oh three one eight, four oh six six, seven two]. {neu}
A: [person_name:Mireille] in accounting will do it by next Friday.
C: Great, thanks. {pos}
A: Who should the driver call?
C: [person_name:Shauna] in receiving. [phone:Six one four, five five five, oh one seven seven]. {neu}
C: And call me if it slips again? {neu}
A: Sure. [person_name:Hector], our driver, will text you at pickup Sunday.
C: Perfect. {pos}
A: Email for the receipt?
C: [email:d whitfield at hollis furniture dot com]. {neu}
A: I'll email the new delivery appointment today.
C: Thanks, [person_name:Bernie]. Sorry I was short. {pos}
C: Have a good weekend. {pos}
""",
    ),
    CallScript(
        id="ft02-creditunion",
        trade="credit union",
        company="Riverbend Credit Union",
        agent="Yusuf Karimi",
        customer="Colleen Brandt",
        agent_voice="espeak:en-us:140:45",
        customer_voice="hibari:22",
        noise_db=16.5,
        reason="A member finds charges on her debit card she did not make, and wants to wire money to her son in Germany.",
        outcome="The card is blocked, a dispute is opened and a new card is mailed; the wire goes out once she moves the money in.",
        actions=[
            Action(
                "call the member about the fraud dispute",
                "Roxanne",
                "2026-12-07",
                "Monday",
                ("fraud", "dispute", "call"),
            ),
            Action(
                "mail the member a new debit card",
                "Yusuf Karimi",
                None,
                None,
                ("new card", "card"),
            ),
            Action(
                "transfer the money into her credit union account",
                "Colleen Brandt",
                "2026-12-08",
                "by Tuesday",
                ("transfer",),
            ),
            Action(
                "send the wire to her son's German account",
                "Yusuf Karimi",
                "2026-12-08",
                "that day",
                ("wire",),
            ),
        ],
        script="""
A: Riverbend Credit Union, [person_name:Yusuf] speaking.
C: Hi, um, there are charges on my debit card I didn't make. {neu}
A: Oh no. Member number?
C: [member_id:One oh four four, seven two six]. {neu}
C: I'm [person_name:Colleen Brandt]. {neu}
A: Just the last four of your social?
C: Sure, [ssn:four one two, double eight, oh five six nine]. {neu}
A: Oh, the last four is plenty!
C: Oops. Sorry, I'm rattled. {neu}
A: No problem. Date of birth?
C: [date_of_birth:Eleven, three, sixty-one]. {neu}
A: Which card?
C: The one ending [card_number:eight three oh two]. {neu}
A: I see <amount:six hundred twelve dollars and nineteen cents> yesterday.
C: What? That's not me. {neg}
A: And <amount:eighty-four ninety-nine> at a gas station.
C: Unbelievable. I'm so angry right now. {neg}
A: I'm blocking the card now.
C: Thank you. {pos}
A: Your dispute case is <case:D, two four four, nine one seven>.
C: D, two four four... sorry, the rest? {neu}
A: <case:D, two four four, nine one seven>. [person_name:Roxanne] from fraud will call Monday.
C: Will I get the money back? {neu}
A: Usually, yes.
C: Oh, that's a relief. {pos}
A: A new card goes out. Same address?
C: No, I moved. [address:1140 Ridgemont Avenue, unit 204], [zip:five three seven oh five]. {neu}
A: It takes <quantity:seven to ten business days>.
C: Ugh, two weeks with no card. {neg}
C: Also, I need to wire money to my son in Germany. {neu}
A: His name and IBAN?
C: [person_name:Mattias], same last name. [iban:D E six two, five double oh seven, double oh one oh]... {neu}
C: [iban:Oh nine two three, eight one seven four, six oh]. {neu}
C: <amount:Twelve hundred euros>. For his rent. {neu}
A: From which account?
C: Routing [routing_number:two five one, oh seven oh, oh four one]. {neu}
A: And the account?
C: [bank_account:Four oh oh nine, three one seven, five five two]. {neu}
A: Hmm, that's another bank. I can't pull from it.
C: Oh, for crying out loud. {neg}
A: Transfer it in by Tuesday, and I'll send the wire that day.
C: Okay, I'll do it tonight. {neu}
A: A number for [person_name:Roxanne]?
C: [phone:Four one four, five five five, oh one oh nine]. {neu}
C: You've been so patient, [person_name:Yusuf]. Thank you. {pos}
""",
    ),
    CallScript(
        id="ft03-cruise",
        trade="cruise and travel agency",
        company="Bluewater Cruises and Travel",
        agent="Giselle Fontaine",
        customer="Theodore Vance",
        agent_voice="hibari:23",
        customer_voice="festival:kal_diphone:-100",
        noise_db=17.5,
        reason="A couple wants to book a Caribbean cruise for their fortieth anniversary.",
        outcome="A balcony cabin is booked with a card deposit; confirmation, dining time and passport copies are to follow.",
        actions=[
            Action(
                "email the booking confirmation",
                "Giselle Fontaine",
                "2026-12-04",
                "today",
                ("confirmation",),
            ),
            Action(
                "call to pick the dining time",
                "Maureen",
                "2026-12-09",
                "by Wednesday",
                ("dining",),
            ),
            Action(
                "send copies of both passports",
                "Theodore Vance",
                "2026-12-11",
                "by next Friday",
                ("passport",),
            ),
            Action(
                "ask the ship for an anniversary cake",
                "Giselle Fontaine",
                None,
                None,
                ("cake",),
            ),
        ],
        script="""
A: Bluewater Cruises and Travel, [person_name:Giselle] speaking.
C: Hi! My wife and I want a cruise for our anniversary. {pos}
A: How wonderful! Which one?
C: Our fortieth. Can you believe it? {pos}
A: Congratulations! Which sailing?
C: The Caribbean, leaving <date:February fourteenth>. {neu}
C: Oh, my loyalty number is [member_id:C C, nine three one, oh four four, two]. {neu}
A: There you are. Mr. [person_name:Theodore Vance]?
C: That's me. {neu}
A: Your wife's name, as on her passport?
C: [person_name:Maureen]. Wait, with the middle, [person_name:Maureen Ellen]. {neu}
A: Her date of birth?
C: [date_of_birth:October third, nineteen sixty-two]. {neu}
C: Mine's [date_of_birth:six, twenty-nine, fifty-nine]. {neu}
A: I have balcony cabin <reference:eight two one four>.
C: Near the elevators? My knees aren't great. {neu}
A: Very close.
C: Perfect. How much? {neu}
A: <amount:Four thousand one hundred and sixty dollars> for two.
C: Oof. Well, you only hit forty years once. {neu}
A: Eight hundred holds it today.
C: Let's do it. My Discover card. {pos}
C: [card_number:Sixty eleven, triple oh nine], uh... {neu}
A: Take your time.
C: [card_number:Nine oh one three, nine four two four]. {neu}
C: Expires [card_expiry:March of twenty-nine]. {neu}
A: The code on the back?
C: [card_security_code:Oh eight seven]. {neu}
A: Booking number <reference:B W, seven seven four two one>.
C: Seven seven four two one. Got it. {neu}
A: Flights to Miami?
C: Booked. The airline site was a nightmare, honestly. {neg}
C: Delta <flight:twenty-two oh nine>, seats <seat:fourteen C> and D. {neu}
A: Travel insurance? Two hundred ten for both.
C: That seems steep. No thanks. {neg}
A: Email for the documents?
C: [email:t vance at comcast dot net]. {neu}
A: And a phone number?
C: Home is [phone:two one five, five five five, oh one two two]. {neu}
A: I'll email the confirmation today.
C: Can [person_name:Maureen] pick the dining time? {neu}
A: Have her call me by Wednesday. I'll ask the ship for a cake, too.
C: Oh, she'll love that. {pos}
A: Send copies of both passports by next Friday, please.
C: Will do. {neu}
A: Happy anniversary, Mr. [person_name:Vance]!
C: Thank you, [person_name:Giselle]. You made my week. {pos}
""",
    ),
    CallScript(
        id="ft04-security",
        trade="home security installation",
        company="Sentinel Home Security",
        agent="Noor Haddad",
        customer="Wendell Pike",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+klatt:140:40",
        noise_db=15.5,
        reason="After a break-in, a former customer wants an alarm system with cameras installed at his new home.",
        outcome="The system is sold with monitoring after a credit check, paid by card, and the install is booked for Thursday.",
        actions=[
            Action(
                "install the security system",
                "Luis",
                "2026-12-10",
                "Thursday",
                ("install",),
            ),
            Action(
                "call to confirm the install appointment",
                "Renata",
                "2026-12-09",
                "Wednesday",
                ("confirm",),
            ),
            Action(
                "email the monitoring contract",
                "Noor Haddad",
                "2026-12-04",
                "within the hour",
                ("contract",),
            ),
            Action(
                "text the customer when the install is done",
                "Luis",
                None,
                None,
                ("text",),
            ),
        ],
        script="""
A: Sentinel Home Security, [person_name:Noor] speaking.
C: Hi. We had a break-in last week. {neu}
A: I'm so sorry. Is everyone alright?
C: We're okay. They took a laptop. {neu}
C: I had an account with you years ago. [member_id:S H, five one five, nine oh eight]. {neu}
A: Mr. [person_name:Wendell Pike]?
C: That's me. [person_name:P I K E]. {neu}
A: The new address?
C: [address:Eighteen oh six Juniper Court, unit B]. {neu}
A: ZIP?
C: [zip:Three oh three one nine]. Wait, no, [zip:three oh three one eight]. {neu}
A: [zip:Three oh three one eight]?
C: You got it. {neu}
A: I'd suggest a doorbell camera, plus <quantity:three cameras>.
C: Sure. I'm still furious they got in so easily. {neg}
A: Equipment is <amount:five hundred ninety-nine dollars>. Monitoring, <amount:thirty-nine ninety-nine> a month.
C: Six hundred up front? Oh, that's just great. {neg}
C: Okay, fine. Let's do it. {neu}
A: Monitoring needs a credit check. Your social?
C: Hmm. I'm not thrilled giving that out. {neg}
C: Okay. [ssn:Six one oh, four two, seven seven nine three]. {neu}
A: Thanks, you're approved.
C: Oh, good. {pos}
A: The card?
C: [card_number:Forty-five thirty-nine, triple seven one], uh... {neu}
A: Go on.
C: [card_number:Twenty forty-eight, sixty-six oh five]. {neu}
A: Expiration?
C: [card_expiry:Twelve twenty-seven]. {neu}
A: Three-digit code?
C: [card_security_code:Two eight five]. {neu}
A: [person_name:Luis] can install <date:Thursday, December tenth>, at <time:one o'clock>.
C: I'm at work. My wife [person_name:Renata] will be home. {neu}
A: Could she call us Wednesday to confirm?
C: Sure. {neu}
A: A number for [person_name:Luis]?
C: Her cell, [phone:four oh four, five five five, oh one eight nine]. {neu}
A: [phone:Four oh four, five five five, oh one nine eight]?
C: No, it ends [phone:oh one eight nine]. {neu}
C: Can he text me when he's done? {neu}
A: Sure. Your email, for the contract?
C: [email:wendell pike seventy at gmail dot com]. {neu}
A: I'll email it within the hour. Work order <order:four four one oh nine>.
C: Thanks, [person_name:Noor]. I feel a lot better. {pos}
C: Have a good one. {pos}
""",
    ),
]

"""The EIGHTEENTH-TEST half: six scripted two-party phone calls, the held-out half of an
eighteenth set in trades none of the earlier sets covered. Written 2026-12-06, stop 36, blind
from a brief by a helper session that read no product code (nothing under src/, no tests, no
docs, no benchmark code beyond script.py, generate.py and check.py, and no earlier set's calls
beyond the first seventeenth-dev call, as a format example; of the other call files only their
module docstrings); see README.md. Frozen as of the commit that adds it: do not edit the calls
or the labels to suit a result. HELD OUT: do not read these calls while tuning and do not tune
on their figures; tune, if at all, on the dev half (eighteenth_dev_calls.py).

Trades: student accommodation provider (in Bristol, an Irish student and her mother in Ireland),
online brokerage IRA transfer desk, transmission repair shop, private golf club membership
office, children's dance studio, personal injury law firm intake. The set's weight is on bank
and routing numbers, member and policy ids, card numbers and SSNs, street addresses, action items
with named owners and due days, and customer sentiment said plainly and indirectly. Bank ids: an
Irish IBAN read in fours over two turns with spelled bank letters and read back whole; a UK sort
code said in pairs and read back digit by digit, with an eight-digit account number; an account
number at another brokerage read off a statement with "dash"; two US routing numbers read in
threes and read back with "zero", and checking accounts with "double oh" and "double nine". Ids
that identify a person: a student number, a brokerage client number with spelled letters and
"dash", an extended warranty contract number, a golf member number, the other driver's auto
policy number read back, the caller's own auto policy and a health plan member id, set against
business numbers that must survive (maintenance ticket, mandate reference, booking, transfer
ticket, repair order, authorization hold, confirmation, police report, the other insurer's
nine-digit claim number read back right after the policy number, file number). Cards: a debit
Visa in fours, a Visa corrected midway ("one eight, no wait, one nine oh two") and read back, a
Discover read digit by digit and again in fours when the agent asks for it slower, a Mastercard
in fours read back; expiries "the end of twenty-nine" then "twelve twenty-nine" when the agent
asks for the month, "nine slash twenty-eight", "oh four slash thirty", "June of twenty-eight";
security codes after "hold on" (a scratched card, a child holding the card). SSNs: a full 3-2-4
with "double oh" read back, a last four with "oh". Street addresses: a flat, room and named
block, a UK postcode read back, house numbers in words ("thirty-three oh nine", "twenty-two
fifteen", "sixty-two seventeen", "four fifteen", "eleven twelve", "eighty-eight") with a unit,
apartments, an old address on file corrected, one said across two turns with "go on", ZIPs.
Phones: an Irish mobile given in national form and read back with "plus three five three", a
landline on file swapped for a cell, a work number with an extension read back; dates of birth
year first, in digits, and a child's in words read back in digits; e-mails with dots, digits and
spelled parts. Names from many cultures (Welsh, Irish, Yoruba, Punjabi, Turkish, Portuguese,
Swedish, Mexican, Cajun, Tamil, Hungarian, Japanese, African-American, Polish, Igbo,
Jewish-American), six spelled letter by letter, and third parties said again later by first
name, surname or "Mr./Ms./Mrs. X" (a maintenance lead, a mother, an accommodation manager, an
adviser, a son, a technician, a husband, a wife, a head pro, a daughter, a costume coordinator,
the other driver, an attorney). Must-survive numbers, 7-9 per call: those business numbers, a
transmission model, a locker, seats, mileage, amounts, times, dates, durations, quantities and
percentages, several right after a card, a security code, an SSN, a policy number, a routing or
account number or an IBAN. Lines with no personal data hold words that sound like names ("Sure,
go ahead", "a frank answer", "a ten-day grace period", "I've marked it as paid", "I'm sorry about
that").

Each call has 4-6 action items owned by the agent, the customer or a third person named in the
call, in varied shapes ("Olumide will be in tomorrow morning to look at it", "she has to sign it
by the fifteenth", "I'll chase it myself so it's out by Friday", "Can you upload their latest
statement by Wednesday?" with "Sure, I'll upload it by Wednesday", "I'll have Arturo bag it up",
"Kayode will pick it up on his lunch break Monday", "Could she e-mail one by Friday?" answered
"She'll e-mail it tonight", "Please have her here at five thirty", "She'll e-mail them to you
tonight"), due "tomorrow morning", "tonight", "by the fifteenth", "by Friday", "by Wednesday",
"Thursday the tenth at two", "tomorrow", "first thing Monday", "Monday", "Saturday the twelfth",
"by the end of the week", "before the twentieth", "by Thursday", "Friday the eighteenth",
"Tuesday", "within the hour", "within two business days", two with no day. Look-alikes that are
not action items: things already done ("it was meant to be fixed on Friday", "I've marked it
urgent"), hypotheticals ("If he can't fix it on the spot, he'd leave you an oil heater", "If
they approve it Monday, Arturo would start Tuesday", "if her little brother ever wants to
start", "If they call again, just give them our number"), policies ("Accounts normally pay
refunds within five working days", "They usually cover internal parts", "Most members spread the
initiation", "reviews every case herself"), a wish ("I wish we'd never bought this car"), the
agent narrating ("I'm submitting it now... and done") and an instruction not to act ("please
don't give a recorded statement"). Every customer line is labelled, about a third clearly
positive or negative: plain and polite complaints ("a bit of a sore point", "It's driving me
crazy", "It's been exhausting"), sarcasm ("Seventy-two dollars for a tutu she'll wear once.
Sure.", "Oh, great, nobody told me that", "Two and a half grand just to walk in the door"),
disbelief ("You've got to be kidding me"), mixed ("Not the news I wanted, but thanks for being
straight with me", "same flat, I love it apart from the heating"), relief ("Oh, thank
goodness", "That takes a load off my mind") and thanks.

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
        id="18t01-student-housing",
        trade="student accommodation provider (in Bristol, an Irish student)",
        company="Harbourside Student Living",
        agent="Gethin Pryce",
        customer="Aoife Donnellan",
        agent_voice="espeak:en-us+klatt:137:45",
        customer_voice="festival:cmu_us_slt_arctic_hts:-150",
        noise_db=18.0,
        reason="A student with a dead radiator also wants her mother in Ireland to pay the January instalment, last year's deposit refunded, and her flat held for next year.",
        outcome="A maintenance ticket is raised for tomorrow morning, a SEPA mandate on her mother's Irish IBAN goes out tonight, the two-hundred-fifty-pound deposit goes back to her UK account by Friday, and next year's flat is held on her card.",
        actions=[
            Action(
                "look at the broken radiator",
                "Olumide Bakare",
                "2026-12-07",
                "tomorrow morning",
                ("radiator",),
            ),
            Action(
                "e-mail the direct debit mandate to her mother",
                "Gethin Pryce",
                "2026-12-06",
                "tonight",
                ("mandate",),
            ),
            Action(
                "sign the SEPA direct debit mandate",
                "Maeve Kilbride",
                "2026-12-15",
                "by the fifteenth",
                ("sign", "mandate"),
            ),
            Action(
                "get last year's deposit refund sent out",
                "Gethin Pryce",
                "2026-12-11",
                "by Friday",
                ("deposit", "refund"),
            ),
            Action(
                "e-mail her about the heating complaint",
                "Harpreet Kaur",
                "2026-12-09",
                "by Wednesday",
                ("heating", "complaint"),
            ),
            Action(
                "send photos of the thermostat",
                "Aoife Donnellan",
                "2026-12-06",
                "tonight",
                ("photo", "thermostat"),
            ),
        ],
        script="""
A: Harbourside Student Living, [person_name:Gethin] speaking.
C: Hiya. I've a few things, sorry. First, the radiator in my room has been dead since Thursday. {neg}
A: Oh no, I'm sorry about that. Can I take your name?
C: [person_name:Aoife Donnellan]. That's [person_name:A O I F E], it's Irish. {neu}
A: Thanks, [person_name:Aoife]. And your student number?
C: [member_id:S two six, four four oh, nine one]. {neu}
A: Got you. You're in [address:Flat six, room C, Cabot Court]?
C: That's me. {neu}
A: I've raised a maintenance ticket, <ticket:M T four oh two seven one>. Our maintenance lead, [person_name:Olumide Bakare], will be in tomorrow morning to look at it.
C: Tomorrow morning. I'll believe it when I see it, it was meant to be fixed on Friday. {neg}
A: That's fair. I've marked it urgent. If he can't fix it on the spot, he'd leave you an oil heater.
C: Okay. And my mam wants to pay the January instalment from her account at home. Can she do that from Ireland? {neu}
A: She can, by SEPA direct debit. The instalment is <amount:one thousand five hundred twelve pounds>, that's <quantity:eight weeks> at one eighty-nine. Do you have her IBAN?
C: She texted it to me, hang on. [iban:I E six four, A I B K, nine oh five eight]... {neu}
A: Sure, go ahead.
C: [iban:three eight one two, four four seven one, oh six]. {neu}
A: Reading it back: [iban:I E six four, A I B K, nine zero five eight, three eight one two, four four seven one, zero six].
C: That's it. {neu}
A: And the account holder's name?
C: [person_name:Maeve Kilbride]. She kept her own name. {neu}
A: Thanks. The mandate reference is <reference:H S L, seven seven two oh four>. I'll e-mail the mandate to her tonight, and she has to sign it by the fifteenth for the January collection. Her e-mail?
C: [email:maeve dot kilbride at eircom dot net]. {neu}
A: And a number for her, in case the bank queries it?
C: [phone:Oh eight seven, four one two, oh nine six five]. It's an Irish mobile, so plus three five three and drop the zero. {neu}
A: [phone:Plus three five three, eight seven, four one two, zero nine six five].
C: Perfect. And the last thing, which is a bit of a sore point: my deposit from last year's room was never refunded. {neg}
A: Let me look... Yes, <amount:two hundred fifty pounds>, still pending. I'm sorry, that one's on us. Where should it go?
C: My UK account. Sort code [routing_number:twenty, forty-four, ninety-one]. {neu}
A: [routing_number:Two zero, four four, nine one], and the account number?
C: [bank_account:Seven three oh six, one one five eight]. {neu}
A: [bank_account:Seven three zero six, one one five eight]. Accounts normally pay refunds within five working days, but I'll chase it myself so it's out by Friday.
C: Sure, go ahead. Honestly, I'd given up on that money, so that's brilliant. {pos}
A: One more: rooms for next year open for rebooking tomorrow. There's a <amount:seventy-five pound> booking fee if you want me to hold the same flat.
C: Yes, please, same flat, I love it apart from the heating. On my debit card. [card_number:Four six five eight, two one nine oh, three three seven four, oh five two two]. {pos}
A: And the expiry?
C: It runs out [card_expiry:the end of twenty-nine]. {neu}
A: The month as well, please?
C: Oh, sorry, [card_expiry:twelve twenty-nine]. And the code's [card_security_code:one eight three]. {neu}
A: Thanks. Your booking reference is <booking:C C two seven, one one six>, for flat six again.
C: Class. {pos}
A: And the postcode we have for you is [zip:B S one, six X Q]?
C: Yeah, [zip:B S one, six X Q]. {neu}
A: Also, since this is your second heating complaint, our accommodation manager, [person_name:Harpreet Kaur], will e-mail you about it by Wednesday.
C: Will she be able to do anything about the rent for the cold nights? {neu}
A: I can't promise, but Ms. [person_name:Kaur] can look at a partial refund.
C: It'd want to be something, I've been sleeping in a hoodie. I'll send her photos of the thermostat tonight, so. {neg}
A: Perfect. Anything else, [person_name:Aoife]?
C: No, that's it. Thanks a million, [person_name:Gethin], you've been great. {pos}
""",
    ),
    CallScript(
        id="18t02-brokerage-transfer",
        trade="online brokerage account transfers (IRA rollover desk)",
        company="Meridian Row Investments",
        agent="Mehmet Yilmaz",
        customer="Beatriz Albuquerque",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+f3:140:60",
        noise_db=16.0,
        reason="A new client cannot finish the online transfer of her IRA from another firm and wants her checking account linked for contributions.",
        outcome="The in-kind transfer of about forty-eight thousand three hundred dollars is submitted by phone and her checking linked; her adviser calls Thursday the tenth at two, she uploads the old firm's statement by Wednesday, and the beneficiary form goes out in the mail tomorrow.",
        actions=[
            Action(
                "upload the latest statement from the old firm",
                "Beatriz Albuquerque",
                "2026-12-09",
                "by Wednesday",
                ("statement", "upload"),
            ),
            Action(
                "call her to go over her allocation",
                "Anders Lindqvist",
                "2026-12-10",
                "Thursday the tenth at two",
                ("allocation", "call"),
            ),
            Action(
                "mail the beneficiary form",
                "Mehmet Yilmaz",
                "2026-12-07",
                "tomorrow",
                ("beneficiary",),
            ),
            Action(
                "fill out the beneficiary form naming her son",
                "Beatriz Albuquerque",
                None,
                None,
                ("beneficiary", "fill"),
            ),
        ],
        script="""
A: Meridian Row Investments, new accounts, this is [person_name:Mehmet].
C: Hi, [person_name:Mehmet]. I'm trying to move my IRA over from my old brokerage, and your online form keeps timing out. Three times now. {neg}
A: I'm sorry about that. We can do it together over the phone. Your name?
C: [person_name:Beatriz Albuquerque]. [person_name:B E A T R I Z], with a Z. {neu}
A: And you opened the account with us already?
C: On Friday, yes. The client number is [member_id:M R dash seven seven oh four two dash B A]. {neu}
A: [member_id:M R, seven seven zero four two, B A]. Yes, I see it. To verify, your Social Security number?
C: [ssn:Three eight seven, double oh, one six two four]. {neu}
A: [ssn:Three eight seven, zero zero, one six two four]. And your date of birth?
C: [date_of_birth:Nineteen sixty-one, the fourteenth of May]. {neu}
A: Thank you. Now the account at the other firm; the number is at the top of their statement.
C: Let me grab it. Forty pages of fine print, honestly, it's ridiculous... It's [bank_account:eight one two, dash, four four nine, oh three seven]. {neg}
A: [bank_account:Eight one two, four four nine, zero three seven]. And roughly what's in it?
C: About <amount:forty-eight thousand three hundred>, mostly one index fund, plus <quantity:two hundred fifty shares> of a utility stock. {neu}
A: We'll move it in kind, so nothing gets sold and nothing's taxed. It takes <duration:five to seven business days>.
C: Good. That's exactly what I wanted. {pos}
A: I'm submitting it now... and done. Your transfer ticket is <ticket:A T F, six two nine oh one four>.
C: Okay. I'd also like to link my checking for contributions. {neu}
A: Sure. The routing number?
C: [routing_number:Three two five, oh seven oh, seven six oh]. {neu}
A: [routing_number:Three two five, zero seven zero, seven six zero]. And the account?
C: [bank_account:Double nine two oh, one four, three three eight one]. {neu}
A: Got it. You'll see two small test deposits in a day or two, under a dollar each.
C: Okay. Can I get a frank answer on fees? The last place nickel-and-dimed me to death. {neg}
A: Frank answer: no account fee, no transfer fee. The index fund costs <percent:three basis points> a year, and we reimburse the old firm's exit fee up to <amount:one hundred fifty dollars>.
C: Oh, thank goodness. They charge ninety-five just to leave. {pos}
A: Can you upload their latest statement by Wednesday? It shows the exit fee, and transfers go faster with it.
C: Sure, I'll upload it by Wednesday. {neu}
A: Your adviser here is [person_name:Anders Lindqvist]. He'll call you <date:Thursday the tenth> at <time:two p.m.> to go over your allocation.
C: Thursday at two is fine. Is he calling this number? {neu}
A: I have [phone:seven two oh, six one eight, four four four oh].
C: That's my landline, I never pick it up. Use my cell, [phone:three oh three, two oh nine, seven seven one five]. {neu}
A: [phone:Three zero three, two zero nine, seven seven one five]. And your mailing address is still [address:thirty-three oh nine Alder Court, unit C, Lakewood]?
C: Yes, [zip:eight oh two two seven]. {neu}
A: Great. Which e-mail for the confirmations?
C: [email:b dot albuquerque sixty-one at comcast dot net]. {neu}
A: Thanks. I'll mail you the beneficiary form tomorrow; you'll want to name someone on the new IRA.
C: Oh, right. My son, [person_name:Tiago]. Good thing you reminded me, I'll fill it out as soon as it comes. {pos}
A: Perfect. Mr. [person_name:Lindqvist] will talk to you Thursday. Anything else?
C: No. Well, that went a lot better than the website. {pos}
""",
    ),
    CallScript(
        id="18t03-transmission-repair",
        trade="transmission repair shop",
        company="Gearhouse Transmission and Driveline",
        agent="Cody Ramsey",
        customer="Folasade Adeyemi",
        agent_voice="espeak:en-us:140:50",
        customer_voice="hibari:9",
        noise_db=15.0,
        reason="A customer whose SUV was towed in on Friday calls for the diagnosis and how the repair will be paid.",
        outcome="The transmission needs a rebuild at three thousand two hundred forty dollars; the shop asks her extended warranty to authorize it on Monday, holds the deductible and diagnostic on her Visa, and she sends her service records tonight.",
        actions=[
            Action(
                "call the warranty company to get the rebuild authorized",
                "Cody Ramsey",
                "2026-12-07",
                "first thing Monday",
                ("warranty", "authoriz"),
            ),
            Action(
                "send photos of the service records and oil change receipts",
                "Folasade Adeyemi",
                "2026-12-06",
                "tonight",
                ("service records", "receipts", "photos"),
            ),
            Action(
                "bag the kids' things from the back seat and leave them at the front desk",
                "Arturo Benavides",
                "2026-12-07",
                "tomorrow morning",
                ("bag", "front desk"),
            ),
            Action(
                "pick up the bag from the front desk",
                "Kayode",
                "2026-12-07",
                "Monday",
                ("pick",),
            ),
            Action(
                "call her back with the warranty decision",
                "Cody Ramsey",
                "2026-12-07",
                "Monday",
                ("call", "hear"),
            ),
        ],
        script="""
A: Gearhouse Transmission, this is [person_name:Cody].
C: Hi, this is [person_name:Folasade Adeyemi]. You have my Equinox, it got towed in Friday. Worst start to a weekend ever. {neg}
A: Yes, ma'am, repair order <order:four four one eight>. [person_name:Arturo Benavides] finished the diagnosis this morning.
C: And? Please tell me it's something small. {neu}
A: I'm afraid not. The <model:six T forty> transmission has a burnt clutch pack. It needs a rebuild, <amount:three thousand two hundred forty dollars>, parts and labor.
C: Three thousand? You've got to be kidding me. The car only has <mileage:eighty-seven thousand miles> on it. {neg}
A: I know. The good news is you mentioned an extended warranty when it came in. Do you have the contract number?
C: Hold on, it's in the folder my husband left in the glovebox... Okay. [member_id:W X nine nine two, four oh one, seven]. {neu}
A: [member_id:W X nine nine two, four zero one, seven]. And the contract's in your name?
C: Yes. [person_name:Folasade], [person_name:F O L A S A D E]. {neu}
A: I'll call the warranty company first thing Monday to get it authorized. They usually cover internal parts, so you'd owe the deductible and the diagnostic.
C: And how much is that? {neu}
A: The deductible is <amount:two hundred fifty dollars>, and the diagnostic was <amount:one hundred twenty-nine>.
C: Well, that's a lot better than three grand. {pos}
A: We'll need a card on file for those two.
C: Okay, Visa. [card_number:Four two six three, one eight, no wait, one nine oh two, five five four seven, eight eight one three]. {neu}
A: So that's [card_number:four two six three, one nine zero two, five five four seven, eight eight one three]?
C: Yes. [card_expiry:Nine slash twenty-eight], and the code is [card_security_code:five three nine]. {neu}
A: Thank you. Your authorization hold number is <authorization:H six six oh two one>.
C: How long does the rebuild take? {neu}
A: About <duration:three days>. If they approve it Monday, [person_name:Arturo] would start Tuesday and you'd have it back Friday.
C: Friday. And how am I supposed to get to work all week? I wish we'd never bought this car. {neg}
A: The warranty usually pays for a rental too, up to <amount:forty dollars a day>.
C: Okay, that helps. {pos}
A: Your husband dropped it off. Should we call him or you with updates?
C: Me. My work number, [phone:six one five, three four two, one one oh oh, extension two oh seven]. {neu}
A: [phone:Six one five, three four two, one one zero zero, extension two zero seven].
C: Right. And I'll send you photos of the service records tonight. The warranty people always ask for oil change receipts. {neu}
A: That'd help a lot. Just reply to the text we sent you.
C: Oh, and [person_name:Kayode] says there's a bag of the kids' stuff on the back seat. {neu}
A: I'll have [person_name:Arturo] bag it up and leave it at the front desk tomorrow morning.
C: [person_name:Kayode] will pick it up on his lunch break Monday. {neu}
A: Sounds good. And the address for the invoice?
C: [address:Twenty-two fifteen Belmont Boulevard, apartment three oh one, Nashville], [zip:three seven two one two]. {neu}
A: Got it. I'll call you Monday as soon as I hear from the warranty company.
C: Okay. Not the news I wanted, but thanks for being straight with me, [person_name:Cody]. {pos}
""",
    ),
    CallScript(
        id="18t04-golf-club",
        trade="private golf club membership office",
        company="Saddleback Ridge Golf Club",
        agent="Genevieve Thibodeaux",
        customer="Rajesh Iyer",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="festival:kal_diphone:-100",
        noise_db=19.0,
        reason="A newly accepted member calls to finish joining: dues by bank draft, a card for the pro shop, his wife's member card and a club fitting.",
        outcome="The initiation is spread over twelve months with dues drafted from his checking from January first, a Discover card is on file, his wife e-mails her headshot tonight, a fitting is booked Saturday the twelfth, and he returns the bylaws acknowledgment before the twentieth.",
        actions=[
            Action(
                "e-mail a headshot for her member card",
                "Lakshmi",
                "2026-12-06",
                "tonight",
                ("headshot", "photo"),
            ),
            Action(
                "do the new-member club fitting",
                "Zoltan Farkas",
                "2026-12-12",
                "Saturday the twelfth",
                ("fitting",),
            ),
            Action(
                "send the welcome packet and the bylaws",
                "Genevieve Thibodeaux",
                "2026-12-11",
                "by the end of the week",
                ("welcome packet", "bylaws"),
            ),
            Action(
                "sign and return the bylaws acknowledgment",
                "Rajesh Iyer",
                "2026-12-20",
                "before the twentieth",
                ("bylaws", "acknowledg"),
            ),
        ],
        script="""
A: Saddleback Ridge Golf Club, membership office, [person_name:Genevieve] speaking.
C: Hi, this is [person_name:Rajesh Iyer]. I got the acceptance letter yesterday, and I'm calling to finish joining. {pos}
A: Welcome, Mr. [person_name:Iyer]! Your member number will be [member_id:S R dash four one one seven dash K].
C: Great. So what do I owe to start? {neu}
A: The initiation fee is <amount:two thousand five hundred dollars>, and dues are <amount:three hundred eighty-five a month>, drafted on the first.
C: Two and a half grand just to walk in the door. Okay. {neg}
A: Most members spread the initiation over <quantity:twelve months>, no interest.
C: Let's do that. {neu}
A: For the monthly draft, I need your routing and account number.
C: Sure, I'm looking at a check. Routing is [routing_number:three one four, oh seven four, two six nine]. {neu}
A: [routing_number:Three one four, zero seven four, two six nine]. And the account?
C: [bank_account:Double oh six, seven one four, four two eight]. {neu}
A: [bank_account:Zero zero six, seven one four, four two eight]. The first draft is <date:January first>.
C: And if I'm late one month? {neu}
A: There's a ten-day grace period, then a <percent:ten percent> late fee.
C: Fair enough. {neu}
A: Your spouse gets full privileges. What's her name?
C: [person_name:Lakshmi]. [person_name:L A K S H M I]. {neu}
A: Lovely. We need a headshot of her for her member card. Could she e-mail one by Friday?
C: She'll e-mail it tonight. She's already picked one out, she's thrilled about all this. {pos}
A: And I'll need a card on file for the pro shop and the grill.
C: It's a Discover. [card_number:Six, oh, one, one, four, two, seven, seven, oh, three, eight, one, six, two, nine, four]. {neu}
A: Sorry, could you go a bit slower?
C: [card_number:Six oh one one, four two seven seven, oh three eight one, six two nine four]. {neu}
A: Got it. The expiry?
C: [card_expiry:Oh four slash thirty]. And the code, hold on, it's scratched... [card_security_code:seven seven two]. {neu}
A: Thank you. Your locker is number <locker:one eighteen>, in the men's locker room.
C: Nice. {pos}
A: Our head pro, [person_name:Zoltan Farkas], does a free club fitting for new members. He has Saturday at <time:nine forty>.
C: <date:Saturday the twelfth>? Yes, book it, I can't wait. {pos}
A: Booked with Mr. [person_name:Farkas]. I'll send the welcome packet and the bylaws by the end of the week, and you'll need to sign the bylaws acknowledgment and return it before the twentieth.
C: I'll sign it as soon as it shows up. But the address on the application is old. {neu}
A: What's the new one?
C: [address:Sixty-two seventeen Fairway Bend, Mission Viejo], [zip:nine two six nine two]. {neu}
A: [address:Sixty-two seventeen Fairway Bend]. And your e-mail?
C: [email:raj dot iyer dot golf at gmail dot com]. {neu}
A: Great. And guest passes: you get <quantity:four> a month.
C: Four a month? That's generous. {pos}
A: Anything else, Mr. [person_name:Iyer]?
C: No, that's everything. Thanks, [person_name:Genevieve], you've made this easy. {pos}
""",
    ),
    CallScript(
        id="18t05-dance-studio",
        trade="children's dance studio",
        company="Pointe and Flex Dance Academy",
        agent="Yuki Tanabe",
        customer="Shanice Powell",
        agent_voice="hibari:3",
        customer_voice="espeak:en-us+f3:138:58",
        noise_db=17.0,
        reason="A parent whose tuition draft was declined on an expired card updates the card, buys recital tickets and learns about the costume order.",
        outcome="December tuition is paid on the new Mastercard with the late fee waived, four tickets are booked in row J for the nineteenth, and she sends her daughter's costume measurements by Thursday after the coordinator e-mails the guide tomorrow.",
        actions=[
            Action(
                "e-mail the costume measuring guide",
                "Dorota Kowalski",
                "2026-12-07",
                "tomorrow",
                ("measuring guide", "guide"),
            ),
            Action(
                "send Amara's costume measurements",
                "Shanice Powell",
                "2026-12-10",
                "by Thursday",
                ("measure",),
            ),
            Action(
                "e-mail the recital tickets",
                "Yuki Tanabe",
                "2026-12-06",
                "tonight",
                ("tickets",),
            ),
            Action(
                "bring Amara to dress rehearsal at five thirty",
                "Shanice Powell",
                "2026-12-18",
                "Friday the eighteenth",
                ("rehearsal",),
            ),
        ],
        script="""
A: Pointe and Flex Dance Academy, this is [person_name:Yuki].
C: Hi, [person_name:Yuki], it's [person_name:Shanice Powell], [person_name:Amara]'s mom. {neu}
A: Hi! How's [person_name:Amara] liking ballet?
C: She loves it. She pirouettes around the kitchen all day. {pos}
A: That's what we like to hear. What can I do for you?
C: Two things. I got an e-mail saying her tuition bounced, and I need recital tickets. {neu}
A: Let me look. Yes, the December draft for <amount:one hundred sixty-five dollars> was declined. It looks like the card on file expired.
C: Ugh, yeah, they mailed me a new one. Sorry. {neg}
A: No worries at all. Can you read me the new card?
C: Okay. [card_number:Five one eight seven, two two four oh, six six one three, oh nine five eight]. {neu}
A: [card_number:Five one eight seven, two two four zero, six six one three, zero nine five eight]. The expiry?
C: [card_expiry:June of twenty-eight]. {neu}
A: And the security code?
C: Hold on. Honey, give Mommy the card back. Thank you. Okay, [card_security_code:three oh four]. {neu}
A: Thanks. I'm running the December tuition now... there, I've marked it as paid. There's normally a <amount:fifteen dollar> late fee, but I'm waiving it.
C: Oh, thank you, that's really nice of you. {pos}
A: Your payment confirmation is <confirmation:P F seven two two oh six>. Now, tickets. The recital is <date:Saturday, December nineteenth> at <time:two o'clock>.
C: I need <quantity:four>. Me, my husband, and both grandmas. {neu}
A: They're <amount:eighteen dollars> each. I can put you in row J, seats <seat:twelve through fifteen>.
C: Perfect. Same card. {neu}
A: Done. I'll e-mail you the tickets tonight. Then the costume: our costume coordinator, [person_name:Dorota Kowalski], needs [person_name:Amara]'s measurements by Thursday.
C: Oh, great, nobody told me that. What do I measure? {neg}
A: Height, girth and waist. Mrs. [person_name:Kowalski] will e-mail you the measuring guide tomorrow.
C: Okay. I'll measure her Wednesday after class and send them by Thursday. {neu}
A: Great. The costume fee is <amount:seventy-two dollars>; it goes on the January bill.
C: Seventy-two dollars for a tutu she'll wear once. Sure. {neg}
A: I hear you. The costume company sizes by age, so I need her date of birth.
C: [date_of_birth:March twenty-second, twenty nineteen]. {neu}
A: [date_of_birth:Three, twenty-two, twenty nineteen].
C: Yep. {neu}
A: Which e-mail should Mrs. [person_name:Kowalski] use?
C: [email:shanice dot powell eighty-eight at outlook dot com]. {neu}
A: And is your address still [address:four fifteen Magnolia Court]?
C: No, we moved in October. [address:Eleven twelve Dunmore Avenue, apartment B, Raleigh], [zip:two seven six oh four]. {neu}
A: Updated. Dress rehearsal is Friday the eighteenth. Please have her here at five thirty with her hair in a bun.
C: We'll be there. {neu}
A: Also, if her little brother ever wants to start, we do a sibling discount in January.
C: He's three. He mostly runs in circles. Maybe next year. {neu}
A: Ha! Anything else I can help with?
C: No, that's all. You're always so helpful, [person_name:Yuki]. {pos}
""",
    ),
    CallScript(
        id="18t06-injury-law-intake",
        trade="personal injury law firm intake",
        company="Northgate Injury Law Group",
        agent="Esperanza Villalobos",
        customer="Nnamdi Eze",
        agent_voice="espeak:en-us+f3:140:55",
        customer_voice="espeak:en-us+klatt:135:48",
        noise_db=20.0,
        reason="A driver rear-ended on November twenty-eighth wants a lawyer because the other driver's insurer keeps calling him.",
        outcome="His case is taken on contingency with the police report, the other driver's policy and claim numbers and his own insurance on file; the retainer goes out within the hour, the attorney calls Tuesday and the firm requests his urgent care records.",
        actions=[
            Action(
                "call him to review the case",
                "Miriam Feldstein",
                "2026-12-08",
                "Tuesday",
                ("call",),
            ),
            Action(
                "e-mail the retainer agreement",
                "Esperanza Villalobos",
                "2026-12-06",
                "within the hour",
                ("retainer",),
            ),
            Action(
                "e-mail the photos of the car from the scene",
                "Chidinma",
                "2026-12-06",
                "tonight",
                ("photos",),
            ),
            Action(
                "request the urgent care records",
                "Esperanza Villalobos",
                "2026-12-08",
                "within two business days",
                ("records",),
            ),
            Action(
                "sign the retainer agreement",
                "Nnamdi Eze",
                None,
                None,
                ("sign", "retainer"),
            ),
        ],
        script="""
A: Northgate Injury Law, intake, this is [person_name:Esperanza]. Are you calling about an accident?
C: Yes. I was rear-ended on the twenty-eighth, and the other driver's insurance keeps calling me. It's driving me crazy. {neg}
A: I'm sorry to hear that. First, are you okay?
C: Sore. My neck and my lower back. I've been to urgent care twice. {neg}
A: Okay. Can I get your name?
C: [person_name:Nnamdi Eze]. [person_name:N N A M D I], [person_name:E Z E]. {neu}
A: Thank you, Mr. [person_name:Eze]. Date of birth?
C: [date_of_birth:Twelve, oh five, nineteen ninety]. {neu}
A: [date_of_birth:December fifth, nineteen ninety]. And the last four of your social, for the records request?
C: [ssn:Oh two, eight seven]. {neu}
A: Got it. Tell me what happened.
C: <date:November twenty-eighth>, around <time:five forty> in the evening. I was stopped at a light on Route nine and she just plowed into me. {neu}
A: Did the police come?
C: Yes. The report number is <report:two six, dash, one one four oh seven three>. {neu}
A: Good. The other driver's name?
C: [person_name:Carol-Ann Pruitt]. {neu}
A: And her insurance?
C: Her policy number is on the paper we swapped, [member_id:P L C, seven three three, oh nine one, two]. And her insurer gave me a claim number, <claim:seven one, four four two, oh nine eight, eight>. {neu}
A: Let me read those back. Policy [member_id:P L C, seven three three, zero nine one, two], claim <claim:seven one, four four two, zero nine eight, eight>.
C: Yes. {neu}
A: And your own auto policy?
C: [member_id:G R dash five five one, two oh eight, dash four]. {neu}
A: And health insurance?
C: Through work. Member ID [member_id:X B K, nine oh oh, four seven two, six one]. {neu}
A: Thank you. What are the medical bills so far?
C: About <amount:four thousand eight hundred seventy dollars>. And my truck's a mess. {neg}
A: We work on contingency, <percent:thirty-three percent>, nothing up front.
C: Be honest with me. Is this even worth it? {neu}
A: Rear-end collisions with a police report are usually strong. Attorney [person_name:Miriam Feldstein] reviews every case herself, and she'll call you Tuesday.
C: Okay. That takes a load off my mind. {pos}
A: Meanwhile, please don't give a recorded statement to Ms. [person_name:Pruitt]'s insurer. If they call again, just give them our number.
C: Gladly. They've called four times. It's been exhausting. {neg}
A: I'll e-mail you our retainer agreement within the hour. What's your e-mail?
C: [email:nnamdi dot eze ninety at gmail dot com]. I'll sign it as soon as it comes in. {neu}
A: And photos of the car, do you have any?
C: My wife, [person_name:Chidinma], took them at the scene. She'll e-mail them to you tonight. {neu}
A: Perfect. And I'll request your urgent care records within two business days.
C: Okay. You people move fast. {pos}
A: A good number for you?
C: [phone:Nine seven three, two oh one, five five two oh]. {neu}
A: [phone:Nine seven three, two zero one, five five two zero]. And your home address?
C: [address:Eighty-eight Sycamore Terrace]... {neu}
A: Go on.
C: [address:Montclair, New Jersey], [zip:oh seven oh four two]. {neu}
A: Thank you, Mr. [person_name:Eze]. Your file number is <file:N G two six, oh four one one>.
C: Thank you, [person_name:Esperanza]. I feel a lot better having somebody on my side. {pos}
""",
    ),
]

"""The EIGHTEENTH-DEV half: six scripted two-party phone calls, an eighteenth set in trades none
of the earlier sets covered. Written 2026-12-06, stop 36, blind from a brief by a helper
session that read no product code (nothing under src/, no tests, no docs, no benchmark code
beyond script.py, generate.py and check.py, and no earlier set's calls beyond the first
seventeenth-dev call, as a format example; of the other call files only their module
docstrings); see README.md. Frozen as of the commit that adds it: do not edit the calls or the
labels to suit a result. Tune on these if you must; the test half (eighteenth_test_calls.py) is
held out: do not read it and do not tune on it.

Trades: outpatient dialysis center (guest treatments while travelling), state lottery prize
claims office, timeshare and vacation ownership club (a Maui resort, an owner in Lyon),
residential snow clearing contracts (in Winnipeg), mattress store delivery and financing, home
hospice care admissions. The set's weight is on bank and routing numbers, member and policy
ids, card numbers and SSNs, street addresses, action items with named owners and due days, and
customer sentiment said plainly and indirectly. Bank ids: a US routing number read in threes
with "triple oh" and a checking account, both read back with "zero"; a French IBAN read in fours
over two turns ("go on") and read back whole; a Canadian transit and institution number (the
institution corrected mid-answer) and account number, read back. Ids that identify a person: a
Medicare number read off the card and read back, a union supplement id with "dash", a timeshare
owner number with spelled letters, a store financing account number, a Medicare MBI with
"double" and a Medigap id, set against business numbers that must survive (receipt, request,
claim, ticket validation, wire reference, contract, order, referral and admission numbers).
Cards: a Mastercard and a Visa in fours, a Visa with "double" and an aside mid-number ("sorry,
my thumb's over it"), an Amex read 4-6-5 and read back; expiries "oh nine twenty-eight",
"September twenty-eight", "ten, twenty-seven", "February of thirty"; security codes said twice
because the agent didn't hear, after "hold on", and a four-digit Amex code. SSNs: a last four
with "double oh", a full 3-2-4 split over two turns with "go ahead" and read back, a full one
after a reluctant "hold on", a mother's last four with "double", read back. Street addresses:
house numbers in words ("forty-one twenty", "eleven oh five", "twenty-one forty", "three
thirty", "nine oh seven"), an apartment said across two turns, a named building, a French
street, the city said in a second turn, ZIPs and a ZIP+4, a Canadian postal code read back and
a French postcode. Phones with "triple", "double" and "oh", a French mobile in pairs read back
digit by digit, one corrected mid-number, all read back; dates of birth in words and in digits,
most read back in the other form; e-mails with dots, digits and spelled parts. Names from many
cultures (Romanian, Dutch, Tamil, Akan, Norwegian, Filipino, Yoruba, Hawaiian, Samoan, French,
Punjabi, French-Canadian, Ukrainian, African-American, Spanish, Israeli, Irish, Japanese), six
spelled letter by letter, and third parties said again later by first name, surname or "Mr./Dr.
X" (a nephrologist, a social worker, a daughter, a supervisor, a wife, an accounting clerk, a
husband, a crew lead, a neighbour, a delivery lead, a roommate, a hospitalist, an admissions
nurse, an equipment tech, a sister). Must-survive numbers, 7-9 per call: those business numbers,
a game and a model number, a chair, a villa and a hospital room, a route, amounts, times, dates,
quantities, percentages, a year and the hospice's own line as `<phone_business:...>`, several
right after a card, a security code, an SSN, a routing or account number or an IBAN; a
twelve-digit ticket validation number read back. Lines with no personal data hold words that
sound like names ("Grant Road", "Bill Me Later", "Will do", "I'm sorry about that").

Each call has 5-6 action items owned by the agent, the customer or a third person named in the
call, in varied shapes ("I'll send Dr. Venkataraman's office the order form tonight", "He'll fax
us your last three months of run sheets by Wednesday", "please sign the back of the ticket
tonight" with "Will do. Tonight.", "She'll have yours out by Friday the eighteenth", "He'll send
you the form before the twentieth", "Please move the car off the driveway by ten tonight",
"Could Naomi bring the original to the house on Tuesday?" with "Sure, she'll bring it Tuesday"),
due "tonight", "before the fifteenth", "tomorrow morning", "by Wednesday", "Wednesday",
"tomorrow", "Monday", "Tuesday morning", "by Friday the eighteenth", "by Tuesday", "before the
twentieth", "Tuesday afternoon", "by ten tonight", "within the hour", "Thursday the tenth",
"Thursday", "tomorrow at ten", "tomorrow afternoon", "Tuesday", "first thing Monday", two with no
day. Look-alikes that are not action items: things already done ("I already spoke to your social
worker on Friday"), hypotheticals ("If the result weren't back by the eighteenth, we'd have to
move you", "If she wanted to be on the claim as well", "if the city plow leaves a windrow...
we'd come back for it", "If her breathing changes overnight, you can call"), policies ("sends
international refunds on Fridays", "we always take it out before paying owners", "We clear after
five centimetres", "We usually call about thirty minutes out", "the deposit usually lands within
two business days"), declined offers (a second name on the claim, Bill Me Later, a mattress
protector) and the agent narrating ("It's on hold for you now"). Every customer line is
labelled, about three in ten clearly positive or negative: plain ("I'm pretty upset, to be
honest"), sarcastic ("Well, that's just great, another fee"), resigned ("Fine, whatever"), "I
can't say I'm thrilled", "Ouch", "Ugh, of course it's tonight", mixed ("it's not Christmas, but
ocean view, that's lovely", "Finally someone who answers the phone"), relief ("Honestly, that's
a relief", "Oh, thank God", "that's a weight off") and "Not bad at all for a Sunday call".

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
        id="18d01-dialysis-travel",
        trade="outpatient dialysis center (travel treatments)",
        company="Riverbend Kidney Care",
        agent="Teodora Marinescu",
        customer="Desmond Achterberg",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+klatt:135:45",
        noise_db=18.0,
        reason="A hemodialysis patient at the Mesa unit wants guest treatments at the Tucson unit while he stays with his daughter over the holidays.",
        outcome="Six guest treatments are held in chair fourteen at six a.m. from the twenty-first, with a hundred-fifty-dollar refundable deposit on his Mastercard; they wait on signed orders from his nephrologist, his run sheets from his social worker and a hepatitis B panel.",
        actions=[
            Action(
                "send the transient treatment order form to Dr. Venkataraman's office",
                "Teodora Marinescu",
                "2026-12-06",
                "tonight",
                ("order form", "orders"),
            ),
            Action(
                "sign and return the transient treatment orders",
                "Priya Venkataraman",
                "2026-12-15",
                "before the fifteenth",
                ("sign", "orders"),
            ),
            Action(
                "call the nephrologist's nurse to make sure the orders get signed",
                "Desmond Achterberg",
                "2026-12-07",
                "tomorrow morning",
                ("nurse", "call"),
            ),
            Action(
                "fax the last three months of run sheets",
                "Kwabena Asante",
                "2026-12-09",
                "by Wednesday",
                ("run sheets", "fax"),
            ),
            Action(
                "ask the Mesa nurses to draw the hepatitis B panel at his treatment",
                "Desmond Achterberg",
                "2026-12-09",
                "Wednesday",
                ("hep", "panel", "draw"),
            ),
        ],
        script="""
A: Riverbend Kidney Care, travel scheduling, this is [person_name:Teodora]. How can I help?
C: Hi, yeah. I dialyze at your Mesa unit, and I need treatments in Tucson over Christmas. First Christmas with the grandkids in years, so I'm pretty excited. {pos}
A: Happy to set that up. Can I get your name?
C: [person_name:Desmond Achterberg]. The last name's [person_name:A C H T E R B E R G]. {neu}
A: Thank you, Mr. [person_name:Achterberg]. And your date of birth?
C: [date_of_birth:November third, nineteen fifty-two]. {neu}
A: I have [date_of_birth:eleven, oh three, fifty-two]. And the last four of your social, just to verify?
C: [ssn:Double oh, four seven]. {neu}
A: Thank you. You're Monday, Wednesday, Friday on the early shift at Mesa. What dates are we talking?
C: We fly down on the twentieth, so from <date:Monday the twenty-first> through, um, <date:the second of January>. {neu}
A: That's <quantity:six treatments>. Our Tucson unit is the one on Grant Road, and it has chairs on the early shift.
C: Early's fine. I'm up at four anyway. {neu}
A: Let me check your insurance. Medicare is primary?
C: Yeah. Hold on, it's the red, white and blue card... [member_id:One E G four, T E five, M K seven three]. {neu}
A: Reading that back: [member_id:one E G four, T E five, M K seven three].
C: That's it. {neu}
A: And your secondary?
C: A supplement through my old union. Member ID [member_id:P H N dash zero eight eight three one six dash oh two]. {neu}
A: Got it. Medicare pays <percent:eighty percent> and your supplement should pick up the rest, but for guest treatments we collect a <amount:one hundred fifty dollar> deposit.
C: Well, that's just great, another fee. {neg}
A: I'm sorry about that. It comes back to you once the supplement pays.
C: Fine, whatever. Which card do you take? {neg}
A: Any major card.
C: Mastercard. [card_number:Five four one nine, two two zero seven, three three eight six, nine oh one five]. {neu}
A: And the expiry?
C: [card_expiry:Oh nine twenty-eight]. {neu}
A: And the three digits on the back?
C: [card_security_code:Six one one]. {neu}
A: Sorry, you cut out for a second. Say that again?
C: [card_security_code:Six... one... one]. {neu}
A: Thank you. Your deposit receipt is <receipt:T R four zero nine one seven>. Where will you be staying?
C: At my daughter's. [address:Forty-one twenty East Calle Ocotillo]... {neu}
A: Mm-hm.
C: [address:apartment two B, Tucson], [zip:eight five seven one six]. {neu}
A: And her name and a number there?
C: [person_name:Marieke]. [phone:Five two oh, triple three, oh eight six two]. {neu}
A: [phone:Five two oh, three three three, oh eight six two]. Now, two things before I can confirm. Your nephrologist signs the guest orders, and we need a hepatitis B panel from the last thirty days.
C: My kidney doctor is Dr. [person_name:Priya Venkataraman]. She's wonderful, by the way. {pos}
A: I'll send Dr. [person_name:Venkataraman]'s office the order form tonight. She needs to sign and return it before the fifteenth.
C: She's usually quick. I'll call her nurse tomorrow morning and make sure it's on her desk. {neu}
A: Perfect. I already spoke to your social worker, [person_name:Kwabena Asante], on Friday. He'll fax us your last three months of run sheets by Wednesday.
C: [person_name:Kwabena]'s great, he'll do it. {pos}
A: For the hep B panel, can the Mesa nurses draw it at your Wednesday treatment?
C: Sure, I'll ask them Wednesday. {neu}
A: If the result weren't back by the eighteenth, we'd have to move you to the late shift, but that almost never happens.
C: Okay. Honestly, that's a relief, I thought we'd have to cut the trip short. {pos}
A: Your travel request number is <request:four four seven oh two>. You're in <room:chair fourteen> at <time:six a.m.> on the twenty-first.
C: Chair fourteen, six a.m. Thanks, [person_name:Teodora]. Not bad at all for a Sunday call. {pos}
""",
    ),
    CallScript(
        id="18d02-lottery-claims",
        trade="state lottery prize claims office",
        company="Great Lakes State Lottery",
        agent="Ingrid Solberg",
        customer="Reynaldo Catapang",
        agent_voice="espeak:en-us+f3:140:60",
        customer_voice="festival:kal_diphone",
        noise_db=16.0,
        reason="A player holding a twenty-five-thousand-dollar scratch-off wants to know how to claim it and be paid.",
        outcome="The ticket is validated and a claim opened with his SSN, address and direct deposit details; he signs the ticket tonight, brings it to the Detroit office on Tuesday, and the supervisor reviews the file on Monday.",
        actions=[
            Action(
                "sign the back of the ticket",
                "Reynaldo Catapang",
                "2026-12-06",
                "tonight",
                ("sign", "ticket"),
            ),
            Action(
                "e-mail the claim form",
                "Ingrid Solberg",
                "2026-12-06",
                "tonight",
                ("claim form", "e-mail", "email"),
            ),
            Action(
                "print and fill out the claim form",
                "Reynaldo Catapang",
                "2026-12-07",
                "tomorrow",
                ("print", "fill"),
            ),
            Action(
                "review the claim file",
                "Adewale Oyelaran",
                "2026-12-07",
                "Monday",
                ("review", "file"),
            ),
            Action(
                "bring the ticket, photo ID and Social Security card to the Detroit office",
                "Reynaldo Catapang",
                "2026-12-08",
                "Tuesday morning",
                ("bring", "office", "ticket"),
            ),
        ],
        script="""
A: Great Lakes Lottery, prize claims, [person_name:Ingrid] speaking.
C: Hi, um, I think I won? On a scratch-off. My hands are actually shaking. {pos}
A: Congratulations! Let's make sure. Which game is it?
C: The Lucky Sevens one, game <game:fourteen seventy-three>. And it says <amount:twenty-five thousand>. {neu}
A: Anything over six hundred is claimed with us, not at the store. Can you read me the validation number under the bar code?
C: Okay. <validation:Zero one four seven three, six six two oh eight, nine one>. {neu}
A: Reading back, <validation:zero one four seven three, six six two zero eight, nine one>. Yes, that's a winner.
C: Oh my God. Okay. Okay, wow. {pos}
A: Let's open your claim. Your full name as it'll appear on the form?
C: [person_name:Reynaldo Catapang]. That's [person_name:C A T A P A N G]. {neu}
A: Thank you, [person_name:Reynaldo]. Because it's over five thousand, we withhold tax, so I need your Social Security number.
C: Sure. It's [ssn:five two three]... {neu}
A: Go ahead.
C: [ssn:oh eight, four four one nine]. {neu}
A: So [ssn:five two three, zero eight, four four one nine]?
C: Yes. {neu}
A: Federal withholding is <percent:twenty-four percent> plus state, so you'd net <amount:eighteen thousand two hundred thirty-two dollars and fifty cents>.
C: I can't say I'm thrilled about handing over almost seven grand. {neg}
A: I know, it's the same for every winner. Your date of birth?
C: [date_of_birth:June ninth, nineteen seventy-eight]. {neu}
A: And your home address?
C: [address:Eleven oh five Birchwood Drive, Sterling Heights, Michigan], [zip:four eight three one two, dash, two two oh six]. {neu}
A: Do you want a check mailed, or direct deposit? Deposit's faster.
C: Direct deposit, definitely. The sooner the better! {pos}
A: Okay. The routing number first, the nine digits at the bottom left of a check.
C: Hold on, let me find the checkbook... Okay. [routing_number:Oh seven two, triple oh, three two six]. {neu}
A: [routing_number:Zero seven two, zero zero zero, three two six]. And the account number?
C: [bank_account:Four four oh one, seven seven nine two, oh three]. {neu}
A: [bank_account:Four four zero one, seven seven nine two, zero three], and that's checking?
C: Checking, yeah. {neu}
A: Great. Your claim number is <claim:C L two six one one four eight>. I'll e-mail you the claim form tonight. What's the address?
C: [email:rey dot catapang seventy-eight at yahoo dot com]. I'll print it at the library tomorrow and fill it out. {neu}
A: Perfect. Then the ticket itself: you can mail it certified, or bring it in.
C: I'm not letting it out of my sight. I'll bring it in. {neu}
A: The Detroit office opens at eight on weekdays. Can you come Tuesday?
C: Tuesday morning? So I have to take a day off work for this. Okay. {neg}
A: Bring a photo ID and your Social Security card. My supervisor, [person_name:Adewale Oyelaran], approves the larger claims. He'll review your file Monday so it's ready when you walk in.
C: Mr. [person_name:Oyelaran], okay. Can my wife, [person_name:Maricel], come with me? She's going to lose her mind when she hears. {pos}
A: Of course. If she wanted to be on the claim as well, she'd fill out a separate form, but most couples don't bother.
C: No, just me is fine. {neu}
A: Once Mr. [person_name:Oyelaran] signs off, the deposit usually lands within two business days. A phone number, in case the bank rejects it?
C: [phone:Five eight six, four double oh, seven one seven three]. {neu}
A: [phone:Five eight six, four zero zero, seven one seven three]. And please sign the back of the ticket tonight. An unsigned ticket belongs to whoever's holding it.
C: Will do. Tonight. Thank you so much, you've been great. {pos}
""",
    ),
    CallScript(
        id="18d03-vacation-club",
        trade="timeshare and vacation ownership club (an owner in France)",
        company="Kapalua Sands Vacation Club",
        agent="Kalani Kahananui",
        customer="Severine Lefebvre",
        agent_voice="hibari:7",
        customer_voice="espeak:en-us+f3:136:62",
        noise_db=19.0,
        reason="An owner in Lyon was charged twice for the October special assessment and wants the duplicate refunded; she also pays next year's maintenance fee and books her week.",
        outcome="The duplicate six hundred forty dollars goes back by wire to her French IBAN by Friday the eighteenth, the 2027 maintenance fee is paid on her Visa, and week fifty-one in villa three B is held with a confirmation to follow tonight.",
        actions=[
            Action(
                "put a note on the account so the double charge can't happen again",
                "Kalani Kahananui",
                None,
                None,
                ("note",),
            ),
            Action(
                "wire the refund of the duplicate special assessment",
                "Mele Fonoti",
                "2026-12-18",
                "by Friday the eighteenth",
                ("refund", "wire"),
            ),
            Action(
                "e-mail the booking confirmation for week fifty-one",
                "Kalani Kahananui",
                "2026-12-06",
                "tonight",
                ("confirmation",),
            ),
            Action(
                "e-mail a bank statement showing the IBAN",
                "Severine Lefebvre",
                "2026-12-08",
                "by Tuesday",
                ("statement", "bank"),
            ),
            Action(
                "send the rental program form",
                "Thibault Lefebvre",
                "2026-12-20",
                "before the twentieth",
                ("rental", "form"),
            ),
        ],
        script="""
A: Kapalua Sands Vacation Club, owner services, this is [person_name:Kalani].
C: Hello, yes. I'm calling from France, so sorry for the noise, it's morning here. {neu}
A: No problem at all. How can I help?
C: I was charged twice for the special assessment in October. I have written three e-mails and nobody answers. I'm pretty upset, to be honest. {neg}
A: I'm sorry about that. Let me pull up the account. What's your owner number?
C: It's [member_id:K S dash four four seven one dash L D]. {neu}
A: And the name on the account?
C: [person_name:Severine Lefebvre]. That's [person_name:L E F E B V R E]. {neu}
A: Thank you, Mrs. [person_name:Lefebvre]. Yes, I see two charges of <amount:six hundred forty dollars> on October ninth. That's our mistake, and I'll put a note on the account so it can't happen again.
C: Good. Thank you for saying so. {pos}
A: Since there's no US bank on file, we'd refund it by international wire. I'll need your IBAN.
C: I have it here. [iban:F R seven six, one oh two seven, eight oh seven three, nine one double oh]... {neu}
A: Mm-hm, go on.
C: [iban:oh two oh four, five six eight oh, one four two]. {neu}
A: Let me read it all back. [iban:F R seven six, one zero two seven, eight zero seven three, nine one zero zero, zero two zero four, five six eight zero, one four two].
C: Exactly, yes. {neu}
A: The wire reference is <reference:W R eight eight one three four>. Our accounting clerk, [person_name:Mele Fonoti], sends international refunds on Fridays. She'll have yours out by Friday the eighteenth.
C: The eighteenth. Two more weeks of waiting. And the bank fee, who pays it? {neg}
A: The wire fee is waived, since the double charge was on us.
C: Oh, that's kind. Thank you. {pos}
A: While I have you, your <year:twenty twenty-seven> maintenance fee posted last week, <amount:one thousand four hundred eighty-six dollars>, due January first. Would you like to pay it today?
C: Yes, on the card, so I don't forget. Visa. [card_number:Four nine seven one, five five three oh, two eight six four, one one nine seven]. {neu}
A: And the expiry?
C: [card_expiry:September twenty-eight]. {neu}
A: And the code on the back?
C: Hold on, the light is bad in the kitchen... [card_security_code:four oh six]. {neu}
A: Thank you, that's gone through. Receipt number <receipt:five five oh, two one nine>.
C: Okay. And I would like to book our week. Christmas, if it's possible. {neu}
A: Christmas week is full, I'm afraid. I can do week fifty-one, <date:December eighteenth to the twenty-fifth>, villa <room:three B>, ocean view.
C: Well, it's not Christmas, but ocean view, that's lovely. {pos}
A: It's on hold for you now, and I'll e-mail you the confirmation tonight. Which e-mail should I use?
C: [email:severine dot lefebvre sixty-nine at orange dot F R]. {neu}
A: [email:S E V E R I N E dot lefebvre six nine at orange dot fr]. And a phone, in case the wire bounces?
C: My mobile, [phone:plus three three, six, twelve, forty-eight, ninety-seven, thirty]. {neu}
A: [phone:Plus three three, six, one two, four eight, nine seven, three zero].
C: Yes. And the other week we put in your rental program. My husband, [person_name:Thibault], does that paperwork. He'll send you the form before the twentieth. {neu}
A: Perfect. Just so you know, the rental program keeps <percent:forty percent> as commission; we always take it out before paying owners.
C: Forty percent. That is a lot. {neg}
A: I understand. Also, the mailing address on file looks old.
C: Yes, we moved in the spring. [address:Fourteen rue des Tanneurs, Lyon], [zip:six nine oh oh two]. {neu}
A: Updated. Could you e-mail us a bank statement that shows the IBAN by Tuesday? Accounting asks for one on foreign wires.
C: Sure, I'll send it Tuesday. {neu}
A: Thank you, Mrs. [person_name:Lefebvre]. So: the refund by the eighteenth, your confirmation tonight, and [person_name:Thibault]'s form before the twentieth.
C: Thank you, [person_name:Kalani]. Finally someone who answers the phone. {pos}
""",
    ),
    CallScript(
        id="18d04-snow-clearing",
        trade="residential snow clearing contracts (in Winnipeg)",
        company="Red River Snow Clearing",
        agent="Jaspreet Grewal",
        customer="Marguerite Belanger",
        agent_voice="espeak:en-us:138:45",
        customer_voice="festival:cmu_us_slt_arctic_hts:-120",
        noise_db=15.0,
        reason="A new homeowner wants a seasonal snow clearing contract for her double driveway and front walk.",
        outcome="She signs up for the season at four ninety-five plus GST in two instalments: the first on her Visa today, the second by pre-authorized debit in January; the crew lead stakes the driveway Tuesday and her neighbour will call about joining the route.",
        actions=[
            Action(
                "e-mail the pre-authorized debit agreement",
                "Jaspreet Grewal",
                "2026-12-06",
                "tonight",
                ("debit", "agreement"),
            ),
            Action(
                "sign and send back the debit agreement",
                "Marguerite Belanger",
                "2026-12-09",
                "by Wednesday",
                ("sign", "agreement"),
            ),
            Action(
                "put in the driveway stakes",
                "Dmytro Kovalenko",
                "2026-12-08",
                "Tuesday afternoon",
                ("stakes",),
            ),
            Action(
                "call to get the shared front walk on the same route",
                "Gilles Fontaine",
                "2026-12-07",
                "tomorrow",
                ("route", "call"),
            ),
            Action(
                "move the car off the driveway",
                "Marguerite Belanger",
                "2026-12-06",
                "by ten tonight",
                ("car", "move"),
            ),
        ],
        script="""
A: Red River Snow Clearing, [person_name:Jaspreet] speaking.
C: Hi there. I'm calling about the seasonal contract. The flyer said I had until Monday to sign up? {neu}
A: You do, yes. Is this for a house?
C: Yes, a double driveway and the front walk. We just bought the place, and we're so excited. {pos}
A: Congratulations! Can I get your name?
C: [person_name:Marguerite Belanger]. [person_name:B E L A N G E R]. {neu}
A: And the address?
C: [address:Twenty-one forty Wellington Crescent]. {neu}
A: And the postal code?
C: [zip:R three M, one B seven]. {neu}
A: [zip:R three M, one B seven]. For a double drive and the walk, the season is <amount:four hundred ninety-five dollars>, plus <percent:five percent> GST.
C: Four ninety-five. Ouch. The last owners paid three-fifty. {neg}
A: Fuel went up for everybody. We clear after five centimetres, and we're done by <time:seven a.m.> on weekdays.
C: Seven's good, I leave at half past. {neu}
A: You can pay in two instalments of <amount:two hundred forty-seven fifty>: the first on a card today, the second by pre-authorized debit on <date:January fifteenth>.
C: That works. Card first. [card_number:Four five one two, double three oh eight, sorry, my thumb's over it, seven seven one four, two oh six oh]. {neu}
A: [card_number:Four five one two, three three zero eight, seven seven one four, two zero six zero]?
C: Yep. It expires [card_expiry:ten, twenty-seven]. The code is [card_security_code:eight five two]. {neu}
A: Approved. Your contract number is <contract:R R two six, oh four four one>.
C: Okay. And for January, what do you need from me? {neu}
A: A void cheque, or just read me the transit, institution and account numbers.
C: It's a Royal Bank account. Transit [routing_number:oh four seven two one], institution [routing_number:triple oh... no, zero zero three]. {neu}
A: Mm-hm.
C: And the account is [bank_account:five one one, eight oh two, six]. {neu}
A: So transit [routing_number:zero four seven two one], institution [routing_number:zero zero three], account [bank_account:five one one, eight zero two, six].
C: Right. {neu}
A: I'll e-mail you the debit agreement tonight. Can you sign it and send it back by Wednesday?
C: Sure, by Wednesday. It's [email:m dot belanger two one four oh at shaw dot C A]. {neu}
A: Got it. Your crew lead, [person_name:Dmytro Kovalenko], will be by Tuesday afternoon to put in the driveway stakes, so the plow doesn't chew up your lawn.
C: Does he need me home for that? {neu}
A: No, he works from the street.
C: Okay. Oh, our neighbour, [person_name:Gilles Fontaine], shares the front walk with us. He said he'd call you tomorrow to get on the same route. {neu}
A: That'd be great. [person_name:Gilles] would get the shared-walk discount too. You're on route <route:twelve>.
C: Oh good, he'll be happy. {pos}
A: A phone number for the crew, in case a car's in the way?
C: [phone:Two oh four, four five two, double eight one oh]. {neu}
A: [phone:Two oh four, four five two, eight eight one zero]. And if the city plow leaves a windrow across the end of your driveway after we've been, we'd come back for it, no charge.
C: Oh, that's a weight off. At our old place I was out there with a shovel at six every morning. {pos}
A: One more thing: we've got eight to ten centimetres coming overnight. Please move the car off the driveway by ten tonight.
C: Tonight? Ugh, of course it's tonight. Okay, I'll move it after supper. {neg}
A: Perfect. Thanks, [person_name:Marguerite], and welcome to the neighbourhood.
C: Thank you, you've been really helpful. {pos}
""",
    ),
    CallScript(
        id="18d05-mattress-financing",
        trade="mattress store delivery and financing",
        company="Slumberwell Mattress Gallery",
        agent="Luis Carrasco",
        customer="Aaliyah Washington",
        agent_voice="festival:kal_diphone:-100",
        customer_voice="hibari:11",
        noise_db=17.0,
        reason="A shopper who tried a mattress in the store yesterday wants to order it on the eighteen-month financing plan and have it delivered.",
        outcome="Her financing is approved, a three-hundred-dollar down payment goes on her Amex and delivery is booked for Thursday the tenth between eight and noon, with her roommate home to let the crew in.",
        actions=[
            Action(
                "reserve the building's freight elevator",
                "Aaliyah Washington",
                "2026-12-09",
                "by Wednesday",
                ("elevator", "reserve"),
            ),
            Action(
                "deliver the mattress and take the old one away",
                "Yosef Mizrahi",
                "2026-12-10",
                "Thursday the tenth",
                ("deliver", "mattress"),
            ),
            Action(
                "be home to let the delivery crew in",
                "Brianna",
                "2026-12-10",
                "Thursday",
                ("home", "let"),
            ),
            Action(
                "let the delivery lead know the roommate is the contact",
                "Luis Carrasco",
                None,
                None,
                ("contact", "Yosef"),
            ),
            Action(
                "e-mail the financing agreement",
                "Luis Carrasco",
                "2026-12-06",
                "within the hour",
                ("financing", "agreement"),
            ),
            Action(
                "sign the financing agreement electronically",
                "Aaliyah Washington",
                "2026-12-06",
                "tonight",
                ("sign",),
            ),
        ],
        script="""
A: Slumberwell Mattress Gallery, this is [person_name:Luis].
C: Hi, [person_name:Luis]. I was in your Lincoln Park store yesterday, and I'm ready to order the one I liked. {pos}
A: Great! Do you remember which one?
C: The Cloudrest hybrid, in a queen. Honestly the comfiest thing I've ever lain on. The tag said model <model:C R four forty>. {pos}
A: Yes, the C R four forty queen is <amount:eighteen ninety-nine>. Were you thinking of financing it?
C: Yeah, the no-interest thing. {neu}
A: Sure, that's zero percent for <duration:eighteen months> through our lender. I'll run the application now. Full name?
C: [person_name:Aaliyah Washington]. Two A's at the start, [person_name:A A L I Y A H]. {neu}
A: Thank you. Date of birth?
C: [date_of_birth:Four, seventeen, ninety-six]. {neu}
A: [date_of_birth:April seventeenth, nineteen ninety-six]. And your Social Security number?
C: Um, hold on. I really don't love saying that over the phone. {neg}
A: Totally understand. It goes straight to the lender; we don't keep it.
C: Okay. [ssn:Six one oh, two nine, five five eight three]. {neu}
A: Thank you. And your yearly income, roughly?
C: About fifty-eight thousand. {neu}
A: Okay, you're approved up to <amount:three thousand dollars>. Your financing account number is [member_id:S W dash two two one, oh seven nine four].
C: Oh wow, that was fast. {pos}
A: There's also our Bill Me Later plan, ninety days same as cash, but the eighteen months works better for you.
C: Yeah, I'll stick with the eighteen months. {neu}
A: We just need a <amount:three hundred dollar> down payment on a card today.
C: Sure. It's an Amex. [card_number:Three seven one four, four nine six two one eight, three one oh oh five]. {neu}
A: Let me read that back: [card_number:three seven one four, four nine six two one eight, three one zero zero five].
C: That's right. It expires [card_expiry:February of thirty]. {neu}
A: And the four-digit code on the front?
C: Hold on, it's tiny... [card_security_code:two two seven oh]. {neu}
A: Got it. Your order number is <order:S W five oh eight eight two>. And the delivery address?
C: I'm in [address:the Ashford building]... {neu}
A: Okay.
C: [address:three thirty West Ontario Street, apartment fourteen oh six, Chicago], [zip:six oh six five four]. {neu}
A: Fourteenth floor. Does the building need the freight elevator reserved?
C: Yeah, the management office books it. They're a pain about it, but I'll reserve it by Wednesday. {neg}
A: Perfect. Our delivery lead, [person_name:Yosef Mizrahi], can come <date:Thursday the tenth>. The window is <time:eight to noon>, and his crew takes the old mattress away too.
C: Thursday's fine. I'll be at work, but my roommate, [person_name:Brianna], will be home Thursday to let them in. {neu}
A: Can I get a number for [person_name:Brianna]? We usually call about thirty minutes out.
C: [phone:Three one two, five five oh, oh seven eight eight]. {neu}
A: [phone:Three one two, five five zero, zero seven eight eight]. I'll let [person_name:Yosef] know she's the contact. I'll e-mail you the financing agreement within the hour. Which address?
C: [email:aaliyah dot w nine six at gmail dot com]. And I'll sign it tonight. {neu}
A: Great. Do you want our waterproof protector with it? It's <amount:eighty-nine dollars>.
C: No thanks, I'm good. {neu}
A: No problem. Anything else I can help with?
C: No, that's it. Honestly, this was way easier than I expected. {pos}
""",
    ),
    CallScript(
        id="18d06-hospice-intake",
        trade="home hospice care admissions",
        company="Lakeshore Hospice",
        agent="Siobhan Gallagher",
        customer="Emi Whitfield",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+f3:139:55",
        noise_db=20.0,
        reason="A daughter calls to start home hospice for his mother, who is being discharged from the hospital.",
        outcome="The referral is matched and her Medicare and supplement are taken; the admissions nurse visits the house tomorrow at ten, the equipment tech brings the bed and oxygen tomorrow afternoon, and the intake coordinator gets the physician certification first thing Monday.",
        actions=[
            Action(
                "do the admission visit at the house",
                "Oksana Melnyk",
                "2026-12-07",
                "tomorrow at ten",
                ("admission", "visit"),
            ),
            Action(
                "bring the hospital bed and the oxygen concentrator",
                "Rafael",
                "2026-12-07",
                "tomorrow afternoon",
                ("bed", "oxygen"),
            ),
            Action(
                "clear a space in the living room by moving the couch",
                "Emi Whitfield",
                "2026-12-06",
                "tonight",
                ("couch", "space"),
            ),
            Action(
                "bring the original power of attorney to the house",
                "Naomi Sato",
                "2026-12-08",
                "Tuesday",
                ("power of attorney", "original"),
            ),
            Action(
                "call Dr. Abernathy's office for the signed certification",
                "Siobhan Gallagher",
                "2026-12-07",
                "first thing Monday",
                ("certification", "Abernathy"),
            ),
        ],
        script="""
A: Lakeshore Hospice, intake, this is [person_name:Siobhan].
C: Hi. My mother's doctor told me to call you. Sorry, this is hard to say. She's at Mercy General, and they want to send her home with hospice. {neg}
A: I'm so sorry you're going through this. I can get everything started. Who am I speaking with?
C: [person_name:Emi Whitfield]. I'm her daughter. {neu}
A: Thank you, [person_name:Emi]. And your mother's name?
C: [person_name:Keiko Sato]. [person_name:K E I K O]. {neu}
A: And her date of birth?
C: [date_of_birth:The second of August, nineteen thirty-eight]. {neu}
A: So [date_of_birth:eight, two, thirty-eight]. Who's the referring doctor?
C: Dr. [person_name:Harriet Abernathy], the hospitalist. {neu}
A: Yes, I have Dr. [person_name:Abernathy]'s referral here, number <referral:H R six oh three one five>. Which room is your mom in?
C: Room <room:four twelve>, on the cardiac floor. The nurses there have been lovely. {pos}
A: Thank you. Medicare covers hospice at <percent:one hundred percent>, so I just need her Medicare number.
C: Hang on, it's in her purse... [member_id:Seven C four, W nine, Q J two, double eight]. {neu}
A: [member_id:Seven C four W, nine Q J two, eight eight]. Does she have a supplement as well?
C: A Medigap plan, yes. The ID is [member_id:M G six four four, oh two one nine]. {neu}
A: And the last four of her Social, for the consent forms?
C: [ssn:Double one, nine six]. {neu}
A: [ssn:One one nine six]. Where will she be staying?
C: At her house. [address:Nine oh seven Larkin Street]... {neu}
A: And the town?
C: [address:Oak Park, Illinois], [zip:six oh three oh two]. {neu}
A: Okay. Our admissions nurse, [person_name:Oksana Melnyk], will meet you at the house tomorrow at <time:ten a.m.> for the admission visit.
C: Tomorrow already? Oh, thank God. {pos}
A: And our equipment tech, [person_name:Rafael], will bring the hospital bed and an oxygen concentrator set at <quantity:two liters> tomorrow afternoon, after [person_name:Oksana]'s been.
C: Where does the bed go? The living room's the only space downstairs. {neu}
A: The living room is fine; most families put it there. Could you clear about <quantity:eight by ten feet> before he comes?
C: Yeah, I'll move the couch tonight. {neu}
A: Thank you. We'll also need the power of attorney papers. Do you have them?
C: My sister, [person_name:Naomi], has them. She's the health care proxy. She flies in from Seattle tomorrow night. {neu}
A: Could [person_name:Naomi] bring the original to the house on Tuesday? [person_name:Oksana] comes back then and can copy it.
C: Sure, she'll bring it Tuesday. {neu}
A: And I'll call Dr. [person_name:Abernathy]'s office first thing Monday for the signed certification, so the discharge can go ahead.
C: Okay. It's been a rough week. The hospital kept changing the plan on us. {neg}
A: I'm sorry about that. Nothing will change on our side. What's the best number for you?
C: My cell, [phone:seven oh eight, three eight one, four four, no, four nine oh six]. {neu}
A: [phone:Seven zero eight, three eight one, four nine zero six].
C: That's it. {neu}
A: If her breathing changes overnight, you can call our twenty-four-hour line, <phone_business:eight four seven, six two two, oh one nine nine>, and a nurse will answer.
C: Thank you, [person_name:Siobhan]. You've made this a lot easier. {pos}
A: Of course. Your admission number is <admission:two two six, one nine four>, and [person_name:Oksana] will see you at ten.
""",
    ),
]

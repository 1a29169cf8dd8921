"""The TWENTIETH-TEST half: six scripted two-party phone calls, the held-out half of a twentieth
set in trades none of the earlier sets covered. Written 2026-12-06, stop 37, blind from a brief
by a helper session that read no product code: nothing under src/, no tests, no docs, no other
benchmark code than bench/vi/realistic/script.py, generate.py and check.py, the first 60 lines
of bench/vi/realistic/README.md, the module docstrings of the other *_calls.py files (to avoid
their trades), and one earlier call, the first eighteenth-dev call, as a format example. (The
voice spec of hibari-tts, which the example does not use, was learnt from the traceback
generate.py printed for a wrong guess, three lines of audio.py and tests/support/speech.py.)
Frozen as of the commit that adds it: do not edit the calls or the labels to suit a result. HELD
OUT: do not read these calls while tuning and do not tune on their figures; tune, if at all, on
the dev half (twentieth_dev_calls.py).

Trades: beekeeping supplies and package bees (a supplier in Georgia, a beekeeper in Tennessee),
loft conversion design and planning drawings (in London, after a refusal), car import and
vehicle registration tax agency (in Cork, a car coming from Wales), fly-in fishing lodge
(northwestern Ontario, a guest in Winnipeg), bushfire shutters and ember protection with finance
(in the Blue Mountains), flower bulb grower mail order (in the Netherlands, a customer in
Ghent). The set's weight is on action items with named owners and due days, customer sentiment,
bank ids, street addresses, phone numbers and dates of birth.

Each call has 4-6 action items (28 in all) owned by the agent, the customer or a third person
named in the call (a credit manager, a husband, a technician, a partner, a structural engineer,
a brother-in-law, an inspector, a camp manager, a friend, an installer, an assessor, a warehouse
lead, a quality manager), said in the indirect ways people talk: "I'll have our credit manager,
Marcus Delacroix, call you first thing Monday"; "Could you send it by Wednesday?" answered "My
partner, Aoife Brennan, keeps all that. She'll e-mail it to you by Wednesday"; "Can you sign and
return it by the end of the week?"; "Could Mihai drop it to our yard on Wednesday?" answered
"he'll drop it Wednesday after work"; "I'll send them by Friday. Well, I'll try."; "He'll
e-transfer it to you by Wednesday"; "My husband, Yiannis, will move it by Tuesday"; "He'll sign
for it" (Thursday). Due "first thing Monday", "tonight", "Thursday", "by Friday", "Thursday at
ten", "by Wednesday", "by Friday the eighteenth", "Wednesday", "Thursday morning", "tomorrow",
"by the end of the week", "Tuesday", "Wednesday morning", "by Tuesday", "on Thursday", "on
Tuesday". Not action items: a conditional ("If Clemency's numbers are in on time, we can
resubmit on the twenty-first"), schedules ("The float plane leaves Red Lake at seven fifteen",
"Installation's about six weeks after that"). Every customer line is labelled (104 lines: 18
positive, 17 negative): sarcasm ("Marvellous. Money well spent the first time, then", "Fifty
pounds? Last year it was seventy. Fantastic.", "Oh, good, another thing to chase", "Oh,
wonderful, another form"), polite frustration ("Look, I've been patient, but we've been at this
since March"), reluctance ("Ugh, I hate giving that out"), indignation ("I wasn't born
yesterday"), "Ouch", disbelief ("Really? He told me he paid."), worry ("I'm not sitting through
another fire season without them"), relief ("That's a real relief", "You've saved my sanity"),
gratitude and a grudging thanks ("Well, that's fair, actually").

Bank ids: a US routing number read in threes with "oh oh" and a checking account, read back with
"zero"; a UK sort code on file replaced by a new one said in pairs, read back digit by digit,
with an eight-digit account; an Irish IBAN with spelled bank letters, the agent losing a group
("Sorry, you broke up after five two four seven") and the customer finishing it, read back
whole; a Canadian transit over two turns ("Go on"), institution and account, read back; an
Australian BSB and an account corrected mid-number; a Dutch IBAN on file read by the agent (a
closed account) and a Belgian IBAN read back. SSNs: a full 3-2-4 split over two turns with
"Mm-hmm", the last four read back; an Irish PPS number read back. Ids that identify a person: a
state apiary registration with letters and "dash", read back; a fifteen-digit Ontario Outdoors
Card number with the agent checking a group ("Sorry, was that four one six?"); an NSW driver
licence read back; a customer number with letters. Cards: three in fours, expiries "oh seven,
twenty-eight", "November twenty-nine", "September twenty-seven", security codes (one after "Hang
on, it's worn off"). Dates of birth in words and digits, US, Irish, Canadian and Australian
order ("The second of February, nineteen seventy-nine" read back "Two, two, seventy-nine"; "Ten,
twelve, seventy-six" then "October twelfth"; "Fifth of June, nineteen sixty-eight" read back "Oh
five, oh six, sixty-eight"). Street addresses with house numbers in words ("Four thousand
eleven", "Forty-three", "Fourteen", "one fifty-seven", "forty-one", "two hundred twelve, bus
three"), a US ZIP, a UK postcode, an Eircode read back, a Canadian postal code, an Australian
and a Belgian postcode, several read to the customer from the file. Phones: a landline on file
and a mobile with "double", an Irish mobile with "double oh", a Canadian house line on file and
a cell with "double", an Australian mobile "oh four double one", a Belgian mobile with "plus
three two" in pairs, all read back; e-mails with dots and digits. Names from many cultures
(Southern US, Mexican-American, Louisiana French, English, Polish, Irish, Pakistani, Yoruba,
Romanian, Anishinaabe, French-Canadian, Australian, Greek, Tamil, Dutch, Flemish), four spelled
letter by letter, third parties said again later by first name or "Mrs. X". Must-survive
numbers, 7-8 per call: a planning reference with "slash", invoice, order, job, booking, quote,
ticket (the customer asking "Sorry, was that six six one nine?") and lot numbers, receipts right
after a security code, a year, mileage, amounts, times, dates, durations, quantities,
percentages and a temperature, several right after a routing or account number, an IBAN or a
phone.

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written; `<kind:words>` a number that must survive redaction;
a trailing `{pos}`, `{neu}` or `{neg}` labels a customer utterance's sentiment (every customer
line is labelled). Every call happens on Sunday 6 December 2026; due dates are resolved against
that day."""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="20t01-bee-supply",
        trade="beekeeping supplies and package bees",
        company="Ogeechee Bee Supply",
        agent="Hollis Pruitt",
        customer="Esperanza Villalobos",
        agent_voice="espeak:en-us+f3:136:60",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=17.0,
        reason="A second-year beekeeper in Tennessee orders three packages of bees for April and applies for a net-thirty farm account.",
        outcome="Three Italian packages are booked for April pickup with a twenty-five percent deposit by autopay; the credit manager calls about the account on Monday, she sends her apiary registration tonight and her husband picks up a smoker and veils on Thursday.",
        actions=[
            Action(
                "call about the farm account application",
                "Marcus Delacroix",
                "2026-12-07",
                "first thing Monday",
                ("call", "application", "account"),
            ),
            Action(
                "send a photo of the apiary registration certificate",
                "Esperanza Villalobos",
                "2026-12-06",
                "tonight",
                ("photo", "certificate", "registration"),
            ),
            Action(
                "pick up the smoker and veils at the warehouse",
                "Ignacio Reyes",
                "2026-12-10",
                "Thursday",
                ("pick them up", "pick up", "smoker", "swing by"),
            ),
            Action(
                "e-mail the package-bee care sheet",
                "Hollis Pruitt",
                "2026-12-11",
                "by Friday",
                ("care sheet",),
            ),
        ],
        script="""
A: Ogeechee Bee Supply, this is [person_name:Hollis].
C: Hi, [person_name:Hollis]. I'd like package bees for spring, and a farm account. {neu}
A: We're booking April now. Your name?
C: [person_name:Esperanza Villalobos]. That's [person_name:V I L L A L O B O S]. {neu}
A: How many packages, Ms. [person_name:Villalobos]?
C: Three Italians. Both my hives made it through winter, so I'm feeling brave. {pos}
A: Good for you. That's <amount:one hundred eighty-five dollars> each, pickup <date:April seventeenth>. Your state apiary registration?
C: Yes. [member_id:T N dash A P, two two oh four seven one]. {neu}
A: [member_id:T N, A P, two two zero four seven one]. For the account, I'll need your social.
C: Ugh, I hate giving that out. Okay. [ssn:Four one two]... {neg}
A: Mm-hmm.
C: [ssn:six oh, nine three eight one]. {neu}
A: So ending in [ssn:nine three eight one]. And your date of birth?
C: [date_of_birth:The second of February, nineteen seventy-nine]. {neu}
A: [date_of_birth:Two, two, seventy-nine]. And the address on the account?
C: [address:Four thousand eleven Old Hickory Road, Dandridge, Tennessee], [zip:three seven seven two five]. {neu}
A: For autopay, your routing number?
C: [routing_number:Oh six one, two oh oh, two six three]. {neu}
A: And the account?
C: [bank_account:Eight eight oh one, four six two, nine five seven]. {neu}
A: Routing [routing_number:zero six one, two zero zero, two six three], account [bank_account:eight eight zero one, four six two, nine five seven]. Your order is <order:B K seven oh four one>, and the deposit is <amount:a hundred thirty-eight seventy-five>.
C: Okay. That's less than I feared, actually. {pos}
A: I'll have our credit manager, [person_name:Marcus Delacroix], call you first thing Monday.
C: Another supplier took three weeks, so [person_name:Marcus] on Monday sounds like heaven. {pos}
A: Could you send a photo of that registration certificate?
C: Oh, wonderful, another form. Sure, I'll send it tonight. {neg}
A: Best number and e-mail?
C: [phone:Eight six five, three one oh, four four two seven], and [email:espe dot villalobos twenty-one at yahoo dot com]. {neu}
A: [phone:Eight six five, three one zero, four four two seven]. Anything else today?
C: A smoker and <quantity:two veils>. My husband, [person_name:Ignacio Reyes], is in Savannah. He'll swing by Thursday to pick them up. {neu}
A: I'll put them at the counter under ticket <ticket:six six one nine>. We're open till <time:five thirty>.
C: Sorry, was that six six one nine? {neu}
A: Yes. And I'll e-mail you our bee care sheet by Friday.
C: Thanks, [person_name:Hollis], you've been so patient. {pos}
""",
    ),
    CallScript(
        id="20t02-loft-conversion",
        trade="loft conversion design and planning drawings",
        company="Hartley Loft Design",
        agent="Fenella Hartigan",
        customer="Tomasz Wisniewski",
        agent_voice="hibari:62:-100",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=16.0,
        reason="A homeowner in Walthamstow calls after the council refused the planning application the firm drew up for his rear dormer.",
        outcome="The firm will re-measure and redraw the dormer at half price, paid by direct debit from his new bank; his partner sends the title plan, the engineer redoes the beam calculations and the coordinator drafts a party wall notice, aiming to resubmit on the twenty-first.",
        actions=[
            Action(
                "come and re-measure the loft",
                "Rashid Mahmood",
                "2026-12-10",
                "Thursday at ten",
                ("re-measure", "measure"),
            ),
            Action(
                "e-mail the title plan",
                "Aoife Brennan",
                "2026-12-09",
                "by Wednesday",
                ("title plan",),
            ),
            Action(
                "redo the beam calculations",
                "Clemency Ward",
                "2026-12-18",
                "by Friday the eighteenth",
                ("beam calculations", "calculations"),
            ),
            Action(
                "draft the party wall notice for the neighbour",
                "Fenella Hartigan",
                "2026-12-11",
                "by Friday",
                ("party wall notice", "notice"),
            ),
        ],
        script="""
A: Hartley Loft Design, [person_name:Fenella] speaking.
C: Hi, it's [person_name:Tomasz Wisniewski]. You did the drawings for our loft, and the council's just refused it. {neg}
A: Oh no, I'm sorry. Could you spell the surname?
C: [person_name:W I S N I E W S K I]. {neu}
A: Got you. [address:Forty-three Cranbrook Road, Walthamstow]?
C: That's us, [zip:E seventeen, four P L]. {neu}
A: And the council's reference?
C: <reference:Two six slash oh four one eight>. It says the dormer is, quote, overbearing. {neg}
A: That's common on terraces. Usually we just set it back. Our technician, [person_name:Rashid Mahmood], can re-measure on Thursday at <time:ten>.
C: Thursday at ten is fine. Thanks for moving quickly. {pos}
A: Revised drawings are normally <amount:six hundred and fifty pounds> plus VAT.
C: Six fifty. Marvellous. Money well spent the first time, then. {neg}
A: I understand. Our director has agreed to take <percent:fifty percent> off, so it's <amount:three hundred and twenty-five>.
C: Oh. Well, that's fair, actually. Thank you. {pos}
A: Is the direct debit still sort code [routing_number:forty, eleven, sixty-two]?
C: No, we've switched banks. It's [routing_number:oh nine, oh one, five five]. {neu}
A: [routing_number:Zero nine, zero one, five five]. And the account number?
C: [bank_account:Three one four four, oh seven eight two]. {neu}
A: [bank_account:Three one four four, zero seven eight two]. Your invoice will be <invoice:H L D one one seven three>.
C: Fine. {neu}
A: We'll need the title plan as well. Could you send it by Wednesday?
C: My partner, [person_name:Aoife Brennan], keeps all that. She'll e-mail it to you by Wednesday. {neu}
A: Great. Our structural engineer, [person_name:Clemency Ward], will redo the beam calculations by Friday the eighteenth.
C: And the party wall thing? Mrs. [person_name:Adeyemi] next door was fine last time. {neu}
A: I'll draft the notice for Mrs. [person_name:Adeyemi] by Friday. You'll just need to sign it.
C: Okay. What number will [person_name:Rashid] ring if he's running late? {neu}
A: Is [phone:oh two oh, eight five two seven, three oh four one] still the landline?
C: It is, but use my mobile. [phone:Oh seven nine five six, double one two, four oh eight]. {neu}
A: [phone:Oh seven nine five six, one one two, four zero eight]. And the e-mail's still [email:tomasz dot w eighty-eight at gmail dot com]?
C: Yes. Look, I've been patient, but we've been at this since March. Can it go in before Christmas? {neg}
A: If [person_name:Clemency]'s numbers are in on time, we can resubmit on <date:the twenty-first>, and a decision takes about <duration:eight weeks>.
C: Right. That's something, at least. Thanks, [person_name:Fenella]. {pos}
""",
    ),
    CallScript(
        id="20t03-car-import-vrt",
        trade="car import and vehicle registration tax (VRT) agency",
        company="Lee Valley Vehicle Imports",
        agent="Cathal Fitzgerald",
        customer="Radu Ionescu",
        agent_voice="festival:cmu_us_slt_arctic_hts:-150",
        customer_voice="espeak:en-us+klatt:137:40",
        noise_db=18.0,
        reason="A customer near Cork is bringing a used hybrid over from Wales and wants the agency to handle the vehicle registration tax and the inspection.",
        outcome="The agency takes the VRT and its fee by direct debit and books the inspection for Thursday morning; his brother-in-law drops the car to the yard on Wednesday, the agency e-mails a declaration form for him to sign by the end of the week, and he sends photos of the UK logbook tonight.",
        actions=[
            Action(
                "drop the car to the agency's yard",
                "Mihai Popescu",
                "2026-12-09",
                "Wednesday",
                ("drop", "yard"),
            ),
            Action(
                "inspect the car",
                "Dervla Kinsella",
                "2026-12-10",
                "Thursday morning",
                ("inspect", "inspection"),
            ),
            Action(
                "e-mail the declaration form",
                "Cathal Fitzgerald",
                "2026-12-07",
                "tomorrow",
                ("declaration form", "form"),
            ),
            Action(
                "sign and return the declaration form",
                "Radu Ionescu",
                "2026-12-11",
                "by the end of the week",
                ("sign",),
            ),
            Action(
                "send photos of the UK logbook",
                "Radu Ionescu",
                "2026-12-06",
                "tonight",
                ("logbook", "photos"),
            ),
        ],
        script="""
A: Lee Valley Vehicle Imports, [person_name:Cathal] speaking.
C: Hi, [person_name:Cathal]. I've a car coming over from Wales, and I'm told you sort the registration. The Revenue website nearly broke me. {neg}
A: You're not the first. Your name?
C: [person_name:Radu Ionescu]. [person_name:I O N E S C U]. {neu}
A: Thanks, [person_name:Radu]. What's the car?
C: A <year:twenty nineteen> Toyota Corolla hybrid, about <quantity:forty-eight thousand kilometres>. {neu}
A: Grand. The VRT will be about <amount:three thousand four hundred and twelve euro>, and our fee is <amount:one ninety-five>.
C: Three thousand four hundred. Ouch. {neg}
A: I know. For the Revenue form I need your PPS number.
C: [ssn:Seven four one, nine two eight three, T A]. {neu}
A: [ssn:Seven four one nine two eight three, T A]. And your date of birth?
C: [date_of_birth:The twenty-seventh of November, nineteen ninety]. {neu}
A: [date_of_birth:Two seven, eleven, ninety]. And the address?
C: [address:Fourteen Ashgrove Park, Ballincollig], [zip:P thirty-one, K seven X two]. {neu}
A: [zip:P three one, K seven X two]. We take the VRT and fee by direct debit. Your IBAN?
C: [iban:I E six one, A I B K, nine three one one, five two four seven]... {neu}
A: Sorry, you broke up after [iban:five two four seven].
C: [iban:Eight six oh three, nine one]. {neu}
A: So [iban:I E six one, A I B K, nine three one one, five two four seven, eight six zero three, nine one]. Your job number is <job:L V four four eight two>.
C: That's a lot of paperwork for one car. When's the inspection? {neg}
A: Thursday morning at <time:ten forty>, Little Island. The inspector's [person_name:Dervla Kinsella].
C: I work Thursdays. My brother-in-law, [person_name:Mihai Popescu], can bring it. {neu}
A: Fine, with a letter from you. Could [person_name:Mihai] drop it to our yard on Wednesday, so we can check the lights?
C: Yes, he'll drop it Wednesday after work. {neu}
A: [person_name:Dervla] inspects it Thursday morning, and you'll have Irish plates within <duration:five working days>.
C: Oh, that's quicker than I thought. {pos}
A: I'll e-mail you the declaration form tomorrow. Can you sign and return it by the end of the week?
C: I'll sign it the day it arrives. {neu}
A: And could you send photos of the UK logbook tonight?
C: Tonight, no problem. My number is [phone:oh eight seven, nine one five, double oh three four]. {neu}
A: [phone:Oh eight seven, nine one five, zero zero three four]. And an e-mail?
C: [email:radu dot ionescu nine oh at gmail dot com]. {neu}
A: Lovely. You're all set, [person_name:Radu].
C: Brilliant, [person_name:Cathal]. You've saved my sanity. {pos}
""",
    ),
    CallScript(
        id="20t04-fly-in-fishing-lodge",
        trade="fly-in fishing lodge (float plane trips)",
        company="Trout Narrows Fly-In Lodge",
        agent="Jocelyn Kakegamic",
        customer="Stephane Lapointe",
        agent_voice="hibari:74",
        customer_voice="hibari:81:-300",
        noise_db=17.0,
        reason="A guest in Winnipeg pays the balance for a four-person June fishing trip and sorts out fishing licences and the float plane's baggage limit.",
        outcome="The balance is paid by bank transfer and an overweight charge is authorised on a Mastercard; the lodge e-mails waivers tonight, the guest sends the other three Outdoors Card numbers by Friday, a friend e-transfers his missing share by Wednesday and the camp manager calls Tuesday about boats.",
        actions=[
            Action(
                "e-mail the waivers",
                "Jocelyn Kakegamic",
                "2026-12-06",
                "tonight",
                ("waiver",),
            ),
            Action(
                "send the other three guests' Outdoors Card numbers",
                "Stephane Lapointe",
                "2026-12-11",
                "by Friday",
                ("card numbers", "send"),
            ),
            Action(
                "call about renting boats and motors",
                "Wes Yellowquill",
                "2026-12-08",
                "Tuesday",
                ("boats", "call"),
            ),
            Action(
                "e-transfer his share of the deposit",
                "Marcel Gauthier",
                "2026-12-09",
                "by Wednesday",
                ("e-transfer", "share"),
            ),
        ],
        script="""
A: Trout Narrows Fly-In Lodge, [person_name:Jocelyn] speaking.
C: Hi, it's [person_name:Stephane Lapointe], about our June trip. Four guys, cabin six. {neu}
A: Hi, Mr. [person_name:Lapointe]. Booking <booking:T N two six four one>, <date:June twelfth> to the nineteenth.
C: That's us. We've been counting the days since August. {pos}
A: Ha, good. The balance is <amount:eight thousand one hundred and eighty dollars>. How would you like to pay?
C: Bank transfer. Transit is [routing_number:one two oh four five]... {neu}
A: Go on.
C: Institution [routing_number:oh oh three], account [bank_account:one oh oh, seven three eight, two]. {neu}
A: Transit [routing_number:one two zero four five], institution [routing_number:zero zero three], account [bank_account:one zero zero seven three eight two]. I'll e-mail you the waivers tonight.
C: Okay. {neu}
A: For your fishing licence, I need your Outdoors Card number.
C: [member_id:Seven oh eight one five eight, nine two four, four one six, oh three seven]. {neu}
A: Sorry, was that four one six?
C: Yes, [member_id:four one six, oh three seven]. {neu}
A: And your birthday?
C: [date_of_birth:Ten, twelve, seventy-six]. [date_of_birth:October twelfth]. {neu}
A: Thanks. Can you send the other three guests' card numbers by Friday?
C: I'll send them by Friday. Well, I'll try. Getting [person_name:Marcel] to answer a text is like pulling teeth. {neg}
A: The float plane leaves Red Lake at <time:seven fifteen>, and the limit is <quantity:fifty pounds> of gear each.
C: Fifty pounds? Last year it was seventy. Fantastic. {neg}
A: I'm sorry, it's the new plane. Over that, it's <amount:two dollars> a pound, on a card.
C: Fine. Mastercard, [card_number:five one eight seven, two two oh four, six six three one, oh nine eight two]. {neu}
A: Expiry?
C: [card_expiry:Oh seven, twenty-eight]. {neu}
A: And the code on the back?
C: [card_security_code:Three one nine]. {neu}
A: Got it. Is your address still [address:one fifty-seven Lyndale Drive], Winnipeg, [zip:R two H, one K three]?
C: Same address. {neu}
A: And the phone, [phone:two oh four, four eight eight, three oh one five]?
C: That's the house. My cell is [phone:two oh four, nine nine one, double two six oh]. {neu}
A: [phone:Two oh four, nine nine one, two two six zero]. Also, [person_name:Marcel Gauthier] still owes his share of the deposit, <amount:five hundred dollars>.
C: Really? He told me he paid. I'll talk to him. He'll e-transfer it to you by Wednesday. {neg}
A: Thank you. And our camp manager, [person_name:Wes Yellowquill], will call you Tuesday about renting boats and motors.
C: Good, [person_name:Wes] knows all the best spots. {pos}
A: Your receipt for today is <receipt:four four oh nine one>.
C: Thanks, [person_name:Jocelyn]. I can't wait for those walleye. {pos}
""",
    ),
    CallScript(
        id="20t05-bushfire-shutters",
        trade="bushfire shutters and ember protection (installation and finance)",
        company="Ember Shield Shutters",
        agent="Tegan Hollingsworth",
        customer="Dimitra Papadakis",
        agent_voice="espeak:en-us:140:45",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=15.0,
        reason="A homeowner in the Blue Mountains accepts a quote for bushfire-rated shutters on seven windows and a sliding door and wants to pay it off over two years.",
        outcome="The deposit is paid on a Visa and the rest set up by direct debit over twenty-four months; the installer measures on Wednesday morning, her husband moves the wood pile by Tuesday, the finance contract is e-mailed tomorrow for her to sign by Friday and the assessor sends the BAL report to her insurer on Thursday.",
        actions=[
            Action(
                "come and measure the windows",
                "Lachlan Murray",
                "2026-12-09",
                "Wednesday morning",
                ("measure",),
            ),
            Action(
                "move the wood pile from the side wall",
                "Yiannis Papadakis",
                "2026-12-08",
                "by Tuesday",
                ("wood pile", "move"),
            ),
            Action(
                "e-mail the finance contract",
                "Tegan Hollingsworth",
                "2026-12-07",
                "tomorrow",
                ("finance contract", "contract"),
            ),
            Action(
                "sign and return the finance contract",
                "Dimitra Papadakis",
                "2026-12-11",
                "by Friday",
                ("sign",),
            ),
            Action(
                "send the BAL report to the insurer",
                "Anjali Raman",
                "2026-12-10",
                "on Thursday",
                ("BAL report", "report"),
            ),
        ],
        script="""
A: Ember Shield Shutters, [person_name:Tegan] speaking.
C: Hi, [person_name:Tegan], it's [person_name:Dimitra Papadakis], about your shutter quote. After last summer, I'm not sitting through another fire season without them. {neg}
A: I completely understand. What's the quote number?
C: <quote:Q E five eight two six>. {neu}
A: Got it. <quantity:Seven windows> and the sliding door, rated BAL twenty-nine, <amount:eight thousand four hundred and sixty dollars>.
C: Eight and a half grand. Still cheaper than a new house, I suppose. {neg}
A: For the finance, your date of birth and licence?
C: [date_of_birth:Fifth of June, nineteen sixty-eight]. Licence is [member_id:one four seven seven, oh two nine one]. {neu}
A: [date_of_birth:Oh five, oh six, sixty-eight], licence [member_id:one four seven seven, zero two nine one]. The deposit is <percent:twenty percent> by card, and the rest by direct debit over <duration:twenty-four months>.
C: Okay. Visa, [card_number:four nine one six, three oh two two, seven five eight four, one one oh six]. {neu}
A: And the expiry?
C: [card_expiry:November twenty-nine]. {neu}
A: Security code?
C: Hang on, it's worn off... [card_security_code:two six eight]. {neu}
A: Approved, receipt <receipt:E S oh nine one seven four>. For the debit, your BSB?
C: [routing_number:Oh three two, five seven two]. {neu}
A: And the account?
C: [bank_account:Four one oh, eight eight six... no, sorry, eight six eight]. {neu}
A: BSB [routing_number:zero three two, five seven two], account [bank_account:four one zero, eight six eight]. Is the install at [address:forty-one Station Street, Wentworth Falls]?
C: Yes, [zip:twenty-seven eighty-two]. {neu}
A: Our installer, [person_name:Lachlan Murray], will come and measure on Wednesday morning.
C: There's a wood pile along the side wall. My husband, [person_name:Yiannis], will move it by Tuesday. {neu}
A: I'll e-mail the finance contract tomorrow. Can you sign and return it by Friday?
C: Yes, I'll sign it by Friday. You've made this easy, thanks. {pos}
A: Does your insurer want the BAL report?
C: They do. Oh, good, another thing to chase. {neg}
A: Our assessor, [person_name:Anjali Raman], will send it to them on Thursday.
C: Oh, thank you. That's one less job for me. {pos}
A: Best number?
C: Mobile, [phone:oh four double one, two three five, seven oh nine]. {neu}
A: [phone:Oh four one one, two three five, seven zero nine]. And your e-mail?
C: [email:dimitra dot p sixty-eight at bigpond dot com]. {neu}
A: Will [person_name:Lachlan] need to get inside?
C: I'll be home. [person_name:Yiannis] won't. {neu}
A: Installation's about <duration:six weeks> after that.
C: Before the worst of summer. That's a real relief. Thanks, [person_name:Tegan]. {pos}
""",
    ),
    CallScript(
        id="20t06-bulb-grower",
        trade="flower bulb grower, mail order (the Netherlands, a customer in Belgium)",
        company="Duinzicht Bulb Growers",
        agent="Femke Visser",
        customer="Lieve Vandenbroucke",
        agent_voice="hibari:90:150",
        customer_voice="festival:cmu_us_slt_arctic_hts:-250",
        noise_db=19.0,
        reason="A gardener in Ghent reports that half of the two hundred and fifty tulip bulbs she ordered arrived mouldy.",
        outcome="A replacement box with fifty crocus bulbs added goes out on Tuesday and half the tulip price is refunded to her Belgian account; she sends photos tonight, her husband signs for the parcel on Thursday and the quality manager calls on Monday.",
        actions=[
            Action(
                "send photos of the mouldy bulbs",
                "Lieve Vandenbroucke",
                "2026-12-06",
                "tonight",
                ("photos",),
            ),
            Action(
                "pack the replacement box",
                "Joost Verhoeven",
                "2026-12-08",
                "on Tuesday",
                ("replacement box", "pack"),
            ),
            Action(
                "sign for the parcel",
                "Koen De Smet",
                "2026-12-10",
                "Thursday",
                ("sign for it", "sign"),
            ),
            Action(
                "send the refund",
                "Femke Visser",
                "2026-12-09",
                "by Wednesday",
                ("refund",),
            ),
            Action(
                "call to ask how the bulbs were stored",
                "Marloes Dekker",
                "2026-12-07",
                "first thing Monday",
                ("call", "storage", "stored"),
            ),
            Action(
                "e-mail the order confirmation",
                "Femke Visser",
                "2026-12-06",
                "tonight",
                ("confirmation",),
            ),
        ],
        script="""
A: Duinzicht Bulb Growers, [person_name:Femke] speaking.
C: Hello, I'm calling from Ghent. My tulip bulbs came on Friday, and half of them are mouldy. I've gardened for thirty years, I know mould when I see it. {neg}
A: Oh no, I'm so sorry. Can I have the order number?
C: <order:D Z four four seven one nine>. {neu}
A: And your name?
C: [person_name:Lieve Vandenbroucke]. That's [person_name:V A N D E N B R O U C K E]. {neu}
A: Thank you. Customer number [member_id:B E, seven seven oh two one]?
C: That's right. {neu}
A: I see <quantity:two hundred and fifty> Queen of Night bulbs from <lot:lot nineteen>. Could you send us some photos?
C: I'll send the photos tonight. {neu}
A: Thank you. Our warehouse lead, [person_name:Joost Verhoeven], will pack a replacement box on Tuesday, and it should reach you Thursday.
C: Thursday. My husband, [person_name:Koen De Smet], works from home on Thursdays. He'll sign for it. {neu}
A: Perfect. Is it still [address:Kortrijksesteenweg two hundred twelve, bus three], [zip:nine thousand] Ghent?
C: Yes. {neu}
A: And a phone for the courier?
C: [phone:Plus three two, four seven five, eighteen, sixty-three, oh nine]. {neu}
A: [phone:Plus three two, four seven five, one eight, six three, zero nine]. We'll also refund <amount:thirty-two euro fifty> for the spoiled half. I have a Dutch IBAN on file, [iban:N L seven five, I N G B, zero zero zero six, two eight four one, seven three]?
C: Oh, that was our old account from Breda. It's closed. Use the Belgian one. {neu}
A: Go ahead.
C: [iban:B E five eight, zero zero one five, eight three zero six, one nine four seven]. {neu}
A: [iban:B E five eight, zero zero one five, eight three zero six, one nine four seven]. I'll send the refund by Wednesday.
C: Good, thank you, that's quick. {pos}
A: And our quality manager, [person_name:Marloes Dekker], will call you first thing Monday to ask about storage.
C: Storage? They've been in my cellar at <temperature:nine degrees>. I wasn't born yesterday. {neg}
A: Of course. It's most likely the batch, she just needs it for our records.
C: Fine. Can I add <quantity:fifty> crocus bulbs to the new box? {neu}
A: Certainly. That's <amount:eleven euro> by card.
C: Mastercard, [card_number:five two three one, oh oh eight four, seven seven one two, nine six three five]. {neu}
A: Expiry?
C: [card_expiry:September twenty-seven]. {neu}
A: And the security code?
C: [card_security_code:Oh four five]. {neu}
A: Thank you. Is the e-mail still [email:lieve dot vdb seventy-one at telenet dot be]?
C: Yes. Thank you, [person_name:Femke], you've been very kind. {pos}
A: I'll e-mail you the confirmation tonight. Enjoy the tulips this time!
C: If they come up, I'll send you a picture in April. {pos}
""",
    ),
]

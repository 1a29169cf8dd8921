"""The NINETEENTH-TEST half: six scripted two-party phone calls, the held-out half of a nineteenth
set in trades none of the earlier sets covered. Written 2026-12-06, stop 36, blind from a brief
by a helper session that read no product code (nothing under src/, no tests, no docs, no
benchmark code beyond script.py, generate.py and check.py, and no earlier set's calls beyond the
first eighteenth-dev call, as a format example; of the other call files only their module
docstrings and the trade and company lines of those whose docstrings name no trades; it also
read the first lines of the bench README, for the voices, which describe how items are scored);
see README.md. Frozen as of the commit that adds it: do not edit the calls or the labels to suit
a result. HELD OUT: do not read these calls while tuning and do not tune on their figures; tune,
if at all, on the dev half (nineteenth_dev_calls.py).

Trades: MOT testing and servicing garage (in Leeds), cooking school pastry diploma (in Lyon),
antique clock restoration workshop (in York, a customer in the Netherlands), hospitality
staffing agency (in Brisbane), storm shelter installation and financing (in Oklahoma), express
car wash unlimited membership (in Houston). The set's weight is on numbers read over several
turns with the other party's interjections between the groups ("yep", "go on", "mm-hmm", "no
rush", the agent echoing a group or asking whether a group was right), bank numbers and IBANs,
dates of birth, street addresses, action items with named owners and due days, and customer
sentiment. Numbers over several turns, two to four per call: a UK postcode split over two turns,
a sort code in pairs with "yep" between and an account number interrupted by "sorry, my
glasses", a UK mobile with "double", a Visa in fours, a French IBAN in fours with a group
checked by the agent, a Dutch IBAN with spelled bank letters, a Dutch mobile the caller has to
look up, a Dutch address and postcode over two turns, a certificate number with spelled letters,
an Australian BSB in threes and an account with "double", a cousin's mobile found mid-call, a
full SSN 3-2-4 with the agent repeating the first group, a US routing number with "double oh", a
car wash member number with spelled letters, a phone with "triple" and a Visa in fours. Dates of
birth: day-month-year in words read back in digits, year first read back in day-month digits, a
young worker's in words read back in digits, month-day-year in digits read back in words. Street
addresses: a UK flat and house number, a French street with a floor and a postcode with
"double", a Dutch canal-side address with a letter suffix, an Australian unit with a four-digit
postcode, an Oklahoma address with a numbered street and a ZIP. Also a work phone with an
extension, card expiries "oh seven, twenty-nine" and "oh nine, thirty", security codes, e-mails
with dots and digits, names from many cultures (Bangladeshi, English, Algerian, French, Dutch,
Jewish-American, Welsh, Tongan, Irish, Mexican, African-American, Native American, Korean), two
spelled letter by letter, and third parties, most said again later (a mechanic, a wife, a chef,
a sister, a doctor, a clockmaker, an accounts clerk, a brother, a husband, a supervisor, a
payroll officer, a cousin, a salesman, a crew lead, a site manager). Must-survive numbers, 7-8
per call: job, order, receipt, ticket and claim numbers, a year, a model, a hall, amounts,
times, dates, durations, quantities and percentages, several right after a card, a security
code, an SSN, a sort code, routing or account number, a BSB or an IBAN. Lines with no personal
data hold ordinary words that sound like names or numbers ("Will do", "Bill me later", "Sure, go
ahead", "a forty-dollar vest", "I'm sorry about that").

Each call has 4-5 action items owned by the agent, the customer or a third person named in the
call, in varied shapes (a mechanic who "can get them done Wednesday afternoon", "Bring your
driving licence" answered "Will do", a wife who "will drop it in Tuesday" and a husband who
"will have it cleared by Thursday night", reported by the customer, a chef who "will e-mail you
the equipment list by Friday", a doctor who "can sign the form then", an accounts clerk who
"will send the six hundred and forty pounds back tomorrow", a supervisor who "will meet you at
the staff entrance on Friday", a crew lead ("He'll call you the day before"), a site manager
("he'll call you Tuesday")), due "tonight", "this afternoon", "right after this call",
"tomorrow", "Tuesday", "on Tuesday", "before Wednesday", "by Wednesday", "Wednesday", "Wednesday
morning", "Wednesday afternoon", "by Thursday night", "the day before", "by Friday", "on
Friday", "by the fifteenth", "by Friday the eighteenth", four with no day. Look-alikes that are
not action items: hypotheticals ("The retest's free within ten working days, if it came to
that", "If it's from the brush, we'd cover the repair", "If you ever can't make a shift, ring
us"), policies ("Most students buy our kit", "International transfers usually take three to five
days", "we register every shelter with the fire department"), things already done ("finished
cleaning it on Friday", "had already paid"), a declined offer (tire shine) and an instruction
not to act ("Don't put your tax file number in an e-mail"). Every customer line is labelled,
about a third clearly positive or negative: plain and polite complaints ("I'm pretty annoyed, to
be honest", "It was terrifying"), sarcasm ("Go on, hit me", "He'd better"), resignation
("Another bill, but fine", "Ugh, forms. Fine"), mixed ("That's steep. But it's the dream, so",
"Well, you fixed the billing at least"), relief and thanks.

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written (a number read over several turns is one item per
turn, each part marked where it is said, the other party's echo of a group included);
`<kind:words>` a number that must survive redaction; a trailing `{pos}`, `{neu}` or `{neg}`
labels a customer utterance's sentiment (every customer line is labelled). Every call happens on
Sunday 6 December 2026; due dates are resolved against that day.
"""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="19t01-mot-garage",
        trade="MOT testing and servicing garage",
        company="Kirkstall Road Motors",
        agent="Gemma Sutcliffe",
        customer="Farhan Chowdhury",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+klatt:135:45",
        noise_db=17.0,
        reason="The customer's car failed its MOT on the front brake discs and a number plate light.",
        outcome="He approves both repairs (two hundred and eighteen pounds plus six pounds fifty), done Wednesday afternoon with a courtesy car from Wednesday morning; his new address and mobile are on file and he joins the monthly service plan by direct debit from the first of January.",
        actions=[
            Action(
                "replace the front brake discs and pads and the plate bulb",
                "Callum Bairstow",
                "2026-12-09",
                "Wednesday afternoon",
                ("brake", "discs"),
            ),
            Action(
                "bring his driving licence for the courtesy car",
                "Farhan Chowdhury",
                "2026-12-09",
                "Wednesday morning",
                ("licence", "license"),
            ),
            Action(
                "text the customer when the car is ready",
                "Gemma Sutcliffe",
                "2026-12-09",
                "Wednesday",
                ("text",),
            ),
            Action(
                "drop in the locking wheel nut key",
                "Nasreen Chowdhury",
                "2026-12-08",
                "Tuesday",
                ("wheel nut", "key"),
            ),
        ],
        script="""
A: Kirkstall Road Motors, [person_name:Gemma] speaking.
C: Hiya, it's [person_name:Farhan Chowdhury], you've got my Astra in for its MOT. {neu}
A: Hi, [person_name:Farhan]. Yes, job <job:J four one one seven>. I'm afraid it's failed, on two things.
C: Oh, you're joking. Go on, hit me. {neg}
A: Front brake discs, and a number plate light. Discs and pads are <amount:two hundred and eighteen pounds>, and the bulb's <amount:six pounds fifty>.
C: Do both. I need it for work, so, yeah, no choice really. {neg}
A: [person_name:Callum Bairstow] can get them done Wednesday afternoon. Do you want a courtesy car till then?
C: Yes, please, that'd be a lifesaver. {pos}
A: For the insurance on it, I need your date of birth.
C: [date_of_birth:Twenty-second of June, nineteen ninety]. {neu}
A: [date_of_birth:Twenty-two, oh six, ninety]. And are you still at the address on file?
C: No, we've moved. It's [address:flat three, forty-seven Cardigan Road, Leeds]. The postcode's [zip:L S six]... {neu}
A: [zip:L S six]...
C: [zip:three Q T]. {neu}
A: [zip:L S six, three Q T], lovely. You'd asked about the service plan as well? It's <amount:nineteen ninety-nine> a month by direct debit.
C: Yeah, go on, my mate swears by it. The sort code's [routing_number:two oh]... {neu}
A: Yep.
C: [routing_number:four five]... {neu}
A: Yep.
C: [routing_number:seven three]. And the account is [bank_account:six one oh four]... {neu}
A: Mm-hmm.
C: Sorry, my glasses... [bank_account:eight eight two three]. {neu}
A: So that's [routing_number:twenty, forty-five, seventy-three], account [bank_account:six one oh four, eight eight two three]. The first collection's on the <date:first of January>.
C: Fine. Another bill, but fine. {neg}
A: Your courtesy car will be ready at <time:eight fifteen> Wednesday morning. Bring your driving licence with you.
C: Will do. Can you text me when mine's ready? It's a new number, [phone:oh seven seven nine four]... {neu}
A: Go on.
C: [phone:double eight one, two five six]. {neu}
A: [phone:Oh seven seven nine four, eight eight one, two five six]. I'll text you Wednesday when it's done. [person_name:Callum] will need your locking wheel nut key for the fronts, mind.
C: Ah, that's in my wife's car. [person_name:Nasreen] will drop it in Tuesday. {neu}
A: Perfect. The retest's free within <duration:ten working days>, if it came to that.
C: Cheaper than I feared, to be fair. Cheers, [person_name:Gemma]. {pos}
""",
    ),
    CallScript(
        id="19t02-cooking-school",
        trade="cooking school pastry diploma enrolment",
        company="Atelier Croix-Rousse Cooking School",
        agent="Amandine Roussel",
        customer="Yasmina Benali",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+f3:138:55",
        noise_db=18.5,
        reason="The caller wants to enrol in the evening pastry diploma starting in January.",
        outcome="She is enrolled for the course starting January eleventh (one thousand four hundred euros), pays a three hundred and fifty euro deposit by Visa and sets up three monthly debits of three hundred and fifty euros from her French IBAN on the fifth; the contract, equipment list and a doctor-signed health form are to follow.",
        actions=[
            Action(
                "e-mail the equipment list",
                "Thibault Garnier",
                "2026-12-11",
                "by Friday",
                ("equipment list",),
            ),
            Action(
                "e-mail the enrolment contract",
                "Amandine Roussel",
                "2026-12-06",
                "this afternoon",
                ("contract",),
            ),
            Action(
                "sign and return the enrolment contract",
                "Yasmina Benali",
                "2026-12-15",
                "by the fifteenth",
                ("sign", "return", "contract"),
            ),
            Action(
                "sign the insurance health form",
                "Claire Moreau",
                "2026-12-08",
                "on Tuesday",
                ("health form", "sign"),
            ),
        ],
        script="""
A: Atelier Croix-Rousse cooking school, [person_name:Amandine] speaking.
C: Hello! I've saved up for your evening pastry diploma, and I'd love to enrol before it fills. {pos}
A: Of course. The spring intake starts <date:January eleventh>, Monday and Thursday evenings for <duration:ten weeks>. Your name?
C: [person_name:Yasmina Benali], [person_name:B E N A L I]. {neu}
A: Date of birth, for the insurance?
C: [date_of_birth:Nineteen ninety-four, the seventh of February]. {neu}
A: [date_of_birth:Seven, two, ninety-four]. The course is <amount:one thousand four hundred euros>: a deposit today, then <quantity:three> monthly debits.
C: Ooh. That's steep. But it's the dream, so. {neg}
A: For the deposit, a card?
C: A Visa. [card_number:Four nine seven three]... {neu}
A: Oui.
C: [card_number:one two oh eight]... {neu}
A: Okay.
C: [card_number:six six five oh, three one nine four]. Expiry [card_expiry:oh seven, twenty-nine], and the code's [card_security_code:five five two]. {neu}
A: Merci, that's through, <amount:three hundred and fifty euros>, receipt <receipt:A C R two nine oh six>. Now your IBAN for the debits.
C: Hold on, the bank app wants an update, of course... okay. [iban:F R seven six]... {neg}
A: [iban:F R seven six].
C: [iban:three zero zero zero, four oh two eight]... {neu}
A: Go on.
C: [iban:three seven oh oh, oh one oh four]... {neu}
A: Sorry, was that [iban:oh one oh four]?
C: Yes. Then [iban:five eight two three, seven one two]. {neu}
A: Reading it back: [iban:F R seven six, three zero zero zero, four oh two eight, three seven oh oh, oh one oh four, five eight two three, seven one two]. The debits go out on the <date:fifth> of each month, <amount:three hundred and fifty euros> each.
C: Perfect. And knives, do I bring my own? {neu}
A: Chef [person_name:Thibault Garnier] will e-mail you the equipment list by Friday. Most students buy our kit; you don't have to.
C: My sister, [person_name:Samira], did his bread course. She says he's brilliant. {pos}
A: He is. I'll e-mail the enrolment contract this afternoon; could you sign and return it by the fifteenth? The insurer also wants a health form signed by a doctor.
C: Sure, go ahead, I'll have it back by the fifteenth. I'm seeing Dr. [person_name:Claire Moreau] on Tuesday; she can sign the form then. E-mail's [email:yasmina dot benali ninety-four at orange dot fr]. {neu}
A: And your address, for the certificate?
C: [address:Twenty-two Rue d'Austerlitz, fourth floor, Lyon], [zip:six nine double oh four]. {neu}
A: Lovely. See you on the eleventh!
C: Honestly, I'm so excited, I've wanted this for years. {pos}
""",
    ),
    CallScript(
        id="19t03-clock-restoration",
        trade="antique clock restoration workshop",
        company="Minster Gate Clock Restoration",
        agent="Nigel Ackroyd",
        customer="Femke Dijkstra",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+f3:140:52",
        noise_db=16.5,
        reason="A customer in the Netherlands paid the restoration invoice for her grandfather's longcase clock twice and wants one payment back; the clock's return shipping is also arranged.",
        outcome="The duplicate six hundred and forty pounds goes back to her Dutch IBAN tomorrow; she approves a twenty-eight pound suspension spring, the clock runs on test for seven days and then ships, insured for four thousand pounds, to her new address in Utrecht.",
        actions=[
            Action(
                "send back the duplicate payment",
                "Bronwen Pryce",
                "2026-12-07",
                "tomorrow",
                ("send", "back", "refund"),
            ),
            Action(
                "fit the new suspension spring",
                "Ezra Feinstein",
                "2026-12-08",
                "Tuesday",
                ("spring", "fit"),
            ),
            Action(
                "e-mail photos of the movement",
                "Nigel Ackroyd",
                "2026-12-18",
                "by Friday the eighteenth",
                ("photos",),
            ),
            Action(
                "e-mail the dates they are away over Christmas",
                "Femke Dijkstra",
                "2026-12-06",
                "tonight",
                ("dates", "away"),
            ),
            Action(
                "be in to sign for the delivery",
                "Ruud Dijkstra",
                None,
                None,
                ("sign",),
            ),
        ],
        script="""
A: Minster Gate Clocks, [person_name:Nigel] speaking.
C: Good afternoon, [person_name:Femke Dijkstra] here, calling from the Netherlands. You have my grandfather's longcase clock. {neu}
A: Ah, Ms. [person_name:Dijkstra], the <year:seventeen eighty-five> movement, job <job:M G two one four>. Our clockmaker, [person_name:Ezra Feinstein], finished cleaning it on Friday.
C: Wonderful. But I've done something silly: I paid your invoice twice. {neu}
A: Let me look... yes, two transfers of <amount:six hundred and forty pounds>.
C: My brother, [person_name:Sander], had already paid and didn't tell me. Typical. {neg}
A: Not to worry, we'll send one back. Your IBAN?
C: Of course. [iban:N L six two]... {neu}
A: Yes.
C: [iban:A B N A]... {neu}
A: Sorry, was that [iban:A B N A]?
C: Yes, like the bank. Then [iban:oh five three seven, two one nine oh, four eight]. {neu}
A: [iban:N L six two, A B N A, oh five three seven, two one nine oh, four eight]. Our accounts clerk, [person_name:Bronwen Pryce], will send the <amount:six hundred and forty pounds> back tomorrow. International transfers usually take <duration:three to five days>.
C: Thank you, I was dreading a fuss. {pos}
A: Now, [person_name:Ezra] also found a cracked suspension spring. It's <amount:twenty-eight pounds> to replace. Shall he?
C: Yes, please do. Honestly, you've been marvellous with it. {pos}
A: He'll fit it Tuesday, then it runs on test for <duration:seven days> before we ship. Still at the same address?
C: No, we moved in the spring. It's [address:Oudegracht two hundred and fourteen B]... {neu}
A: Mm-hmm.
C: [address:Utrecht], [zip:three five one one, A Z]. {neu}
A: [address:Oudegracht two one four B, Utrecht], [zip:three five one one A Z]. And a mobile for the courier?
C: It's [phone:plus three one, six]... sorry, new phone, I have to look... {neu}
A: No rush.
C: [phone:four eight two, nine one, seven three oh]. {neu}
A: [phone:Plus three one, six, four eight two, nine one, seven three oh]. It's insured in transit for <amount:four thousand pounds>, and someone must sign for it.
C: My husband, [person_name:Ruud], works from home, he'll be in to sign. Still, I'm nervous about it travelling. {neg}
A: Understandable. Our couriers crate it; we've never lost one. I'll e-mail you photos of the movement by Friday the eighteenth. E-mail still [email:femke dot dijkstra at ziggo dot nl]?
C: Yes. I'll e-mail you tonight the dates we're away over Christmas. {neu}
A: Perfect, thank you.
C: My grandfather would be so pleased. Thank you, [person_name:Nigel]. {pos}
""",
    ),
    CallScript(
        id="19t04-hospitality-staffing",
        trade="hospitality staffing agency",
        company="Riverstone Hospitality Staffing",
        agent="Kirra Donovan",
        customer="Mele Tupou",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+f3:140:58",
        noise_db=15.5,
        reason="A hospitality worker rings back about Christmas function shifts and finishes her registration with the agency.",
        outcome="Her registration is completed (date of birth, RSA certificate, bank details for pay, address and an emergency contact); she starts on Friday the eleventh in hall three at thirty-one fifty an hour plus twelve percent super, pending her RSA upload and tax declaration.",
        actions=[
            Action(
                "upload a photo of the RSA certificate",
                "Mele Tupou",
                "2026-12-06",
                "tonight",
                ("upload", "RSA", "certificate"),
            ),
            Action(
                "e-mail the tax declaration",
                "Priscilla Mahoney",
                "2026-12-07",
                "tomorrow",
                ("tax declaration", "e-mail", "email"),
            ),
            Action(
                "fill in the tax declaration",
                "Mele Tupou",
                "2026-12-09",
                "by Wednesday",
                ("form", "tax", "fill"),
            ),
            Action(
                "meet her at the staff entrance",
                "Brendan Walsh",
                "2026-12-11",
                "on Friday",
                ("meet", "staff entrance"),
            ),
            Action(
                "tell Brendan she may be late on the eighteenth",
                "Kirra Donovan",
                None,
                None,
                ("Brendan", "late", "know"),
            ),
        ],
        script="""
A: Riverstone Hospitality Staffing, [person_name:Kirra] speaking.
C: Hi, it's [person_name:Mele Tupou], you left me a message about shifts? {neu}
A: Yes! Thanks for ringing back. We'd love you on the Christmas functions. Can I finish your registration first?
C: Yeah, for sure. Honestly, you're a lifesaver, I need the hours. {pos}
A: Full name as on your bank account, and date of birth?
C: [person_name:Mele Tupou], [person_name:T U P O U]. Born [date_of_birth:the fourth of November, two thousand and one]. {neu}
A: So [date_of_birth:four, eleven, oh one]. And your RSA certificate number?
C: Hang on, it's on my phone... [member_id:R S A, one four four]... {neu}
A: Yep.
C: [member_id:seven oh two, nine]. {neu}
A: [member_id:R S A one four four, seven oh two nine]. Now bank details for pay. BSB first.
C: [routing_number:Zero eight four]... {neu}
A: [routing_number:Zero eight four], yep.
C: [routing_number:oh three four]. And the account is [bank_account:six three one, four oh eight]... {neu}
A: Mm-hmm.
C: [bank_account:double two five]. {neu}
A: [bank_account:Six three one, four oh eight, two two five]. Job order <order:seven seven two oh one>, at <amount:thirty-one fifty> an hour, plus <percent:twelve percent> super.
C: Oh, that's way better than my last agency. {pos}
A: First shift is <date:Friday the eleventh>, from <time:four p.m.> till midnight, in <room:hall three>. [person_name:Brendan Walsh] will meet you at the staff entrance on Friday.
C: Cool. What do I wear? My last agency made us buy a forty-dollar vest. Rip-off. {neg}
A: Black pants and shoes; we supply the shirt. Your address, for payslips?
C: [address:Unit six, eighty-eight Wickham Terrace, Spring Hill], [zip:four thousand]. {neu}
A: And an emergency contact?
C: My cousin, [person_name:Losaline Fifita]. Hold on, I have to scroll... [phone:oh four one three]... {neu}
A: Mm-hmm.
C: [phone:six two oh, double nine seven]. {neu}
A: [phone:Oh four one three, six two oh, nine nine seven]. Can you upload a photo of your RSA certificate tonight? And [person_name:Priscilla Mahoney] in payroll will e-mail you the tax declaration tomorrow; please fill it in by Wednesday.
C: Ugh, forms. Fine, I'll upload the RSA tonight and do the form by Wednesday. {neg}
A: Don't put your tax file number in an e-mail, only the form. And if you ever can't make a shift, ring us two hours before.
C: Got it. I might be late on the eighteenth, I've a uni exam till four. {neu}
A: No worries, I'll let [person_name:Brendan] know. There are <quantity:twelve shifts> before Christmas if you want them.
C: Yes, please, all of them! Thanks heaps, [person_name:Kirra]. {pos}
""",
    ),
    CallScript(
        id="19t05-storm-shelter",
        trade="storm shelter installation and financing",
        company="Red Dirt Storm Shelters",
        agent="Travis Yellowhorse",
        customer="Ebony Whitaker",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+f3:135:50",
        noise_db=18.0,
        reason="After the salesman's visit, the customer calls to finance a garage-floor storm shelter.",
        outcome="She is approved for thirty-six months at seven point nine percent (one hundred thirty-one dollars a month, autopay from checking from January fifteenth) for the four thousand one hundred ninety-five dollar six-person shelter, installed Friday the eighteenth once the loan agreement is signed and the garage bay cleared.",
        actions=[
            Action(
                "e-mail the loan agreement",
                "Travis Yellowhorse",
                "2026-12-06",
                "right after this call",
                ("loan agreement", "e-mail", "email"),
            ),
            Action(
                "sign the loan agreement through the link",
                "Ebony Whitaker",
                "2026-12-09",
                "before Wednesday",
                ("sign",),
            ),
            Action(
                "file the permit with the city",
                "Travis Yellowhorse",
                "2026-12-07",
                "tomorrow",
                ("permit",),
            ),
            Action(
                "clear out the garage bay",
                "Marcus Whitaker",
                "2026-12-17",
                "by Thursday night",
                ("clear", "garage"),
            ),
            Action(
                "call the customer before the install",
                "Dale Kimbrough",
                "2026-12-17",
                "the day before",
                ("call",),
            ),
        ],
        script="""
A: Red Dirt Storm Shelters, financing, this is [person_name:Travis].
C: Hi, it's [person_name:Ebony Whitaker]. Your salesman, [person_name:Hector Villanueva], came out Thursday and said to call about financing. {neu}
A: Yes, I have his notes: the garage-floor shelter, the <model:six-person> model, <amount:four thousand one hundred ninety-five dollars> installed.
C: That's the one. After that tornado in May, we're not waiting. It was terrifying. {neg}
A: I hear you. Full legal name and date of birth?
C: [person_name:Ebony Danielle Whitaker]. [date_of_birth:Ten, twenty-three, eighty-seven]. {neu}
A: [date_of_birth:October twenty-third, nineteen eighty-seven]. And your social?
C: [ssn:Four four one]... {neu}
A: [ssn:Four four one]...
C: [ssn:seven oh]... {neu}
A: Okay.
C: [ssn:two two eight six]. {neu}
A: [ssn:Four four one, seven oh, two two eight six]. That takes about <duration:two minutes> to run. Meanwhile, the install address?
C: [address:Three oh nine Southwest Sixty-Fourth Street, Moore], [zip:seven three one six oh]. {neu}
A: And your employer and a work number?
C: I'm a charge nurse at the regional hospital, so work is hit or miss. [phone:Four oh five, three oh seven, one one double oh, extension four four two]. {neu}
A: [phone:Four oh five, three oh seven, one one zero zero, extension four four two]. Okay, you're approved: <duration:thirty-six months> at <percent:seven point nine percent>, so <amount:one hundred thirty-one dollars> a month.
C: Wow, that was fast. I figured on a week of paperwork. {pos}
A: For autopay, your routing number?
C: [routing_number:One oh three]... {neu}
A: Mm-hmm.
C: [routing_number:oh double oh, oh one seven]. {neu}
A: [routing_number:One zero three, zero zero zero, zero one seven]. And the account?
C: Hold on, the checkbook's in the truck... ugh, it's freezing... okay. [bank_account:Nine one two oh, five five eight three]. {neg}
A: [bank_account:Nine one two zero, five five eight three]. First payment's <date:January fifteenth>. I'll e-mail you the loan agreement right after this call; please sign it through the link before Wednesday. Your e-mail?
C: [email:ebony dot whitaker eighty-seven at gmail dot com]. Sure, before Wednesday. So much easier than I thought. {pos}
A: Our crew lead, [person_name:Dale Kimbrough], can install <date:Friday the eighteenth>. The garage bay must be empty by then. I'll file the city permit tomorrow.
C: My husband, [person_name:Marcus], will have it cleared by Thursday night. Will [person_name:Dale] call before they come? {neu}
A: He'll call you the day before. And we register every shelter with the fire department, so they check on you after a storm.
C: That's smart. Honestly, my kids will sleep better. Thanks, [person_name:Travis]. {pos}
""",
    ),
    CallScript(
        id="19t06-car-wash-membership",
        trade="express car wash unlimited membership",
        company="Bluebonnet Express Car Wash",
        agent="Dakota Reyes",
        customer="Hyun-woo Park",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+klatt:140:40",
        noise_db=17.5,
        reason="The member was charged twice this month because his wife opened a second membership for her car; he also updates his card and reports bumper damage from a brush.",
        outcome="The two memberships are to be merged into a family plan from December twentieth (the second car at twenty-four ninety-nine) once his wife approves, this month's difference is refunded, his new Visa is on file, and a damage claim is opened with the Katy site manager.",
        actions=[
            Action(
                "reply to the e-mail approving the move of her car",
                "Soo-jin Park",
                "2026-12-06",
                "tonight",
                ("reply", "approve", "e-mail", "email"),
            ),
            Action(
                "call about the bumper damage",
                "Gustavo Arreola",
                "2026-12-08",
                "Tuesday",
                ("call",),
            ),
            Action(
                "send photos of the bumper",
                "Hyun-woo Park",
                "2026-12-07",
                "tomorrow",
                ("photos",),
            ),
            Action(
                "merge the memberships once Soo-jin replies",
                "Dakota Reyes",
                None,
                None,
                ("merge",),
            ),
            Action(
                "refund this month's difference",
                "Dakota Reyes",
                None,
                None,
                ("refund",),
            ),
        ],
        script="""
A: Bluebonnet Express Car Wash, member services, this is [person_name:Dakota].
C: Hey. I've been charged twice this month for the unlimited plan, and I'm pretty annoyed, to be honest. {neg}
A: I'm sorry about that, let's fix it. What's the phone number on the membership?
C: [phone:Seven one three]... {neu}
A: [phone:Seven one three], uh-huh.
C: [phone:triple four, two oh eight one]. {neu}
A: [phone:Seven one three, four four four, two oh eight one]. I see two memberships. Are you [person_name:Hyun-woo Park]?
C: That's me. {neu}
A: Which member number is on your app?
C: [member_id:B B X]... {neu}
A: Okay.
C: [member_id:oh four seven seven]... {neu}
A: Got it, go on.
C: [member_id:two one six]. {neu}
A: [member_id:B B X oh four seven seven two one six]. The second one was opened on <date:November twenty-ninth> at the Katy location, <amount:thirty-four ninety-nine> a month.
C: Oh! That was my wife, [person_name:Soo-jin]. She must've signed up her car without telling me. {neu}
A: That happens a lot. We can merge them into a family plan: the second car is <amount:twenty-four ninety-nine>, so you save ten a month, and I'll refund this month's difference.
C: Oh, okay, that's actually better. Can you bill me later for her car, though, on one charge? {pos}
A: It'll all be on one charge. [person_name:Soo-jin] just has to approve moving her car; she'll get an e-mail from us.
C: She'll reply tonight. Oh, and my card on file just expired, here's the new one. [card_number:Four two seven five]... {neu}
A: Mm-hmm.
C: [card_number:three one one eight]... {neu}
A: Got it.
C: [card_number:oh six nine two, seven four four oh]. [card_expiry:Oh nine, thirty], and the code is [card_security_code:one seven seven]. {neu}
A: Thank you. The family plan starts <date:December twentieth>, and your refund ticket is <ticket:R F four one oh five two>.
C: Okay. Also, the brush at Katy took a chunk out of my bumper last week. {neg}
A: Oh no. Our Katy site manager, [person_name:Gustavo Arreola], handles damage claims; he'll call you Tuesday. Your claim number is <claim:D C eight eight one nine>. If it's from the brush, we'd cover the repair.
C: He'd better. I'll send you photos of the bumper tomorrow. {neg}
A: Perfect. I'll merge the memberships as soon as [person_name:Soo-jin] replies. Would you like to add tire shine for <amount:five dollars>?
C: No, thanks. Well, you fixed the billing at least. Thanks, [person_name:Dakota]. {pos}
""",
    ),
]

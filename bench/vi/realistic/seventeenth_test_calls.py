"""The SEVENTEENTH-TEST half: six scripted two-party phone calls, a seventeenth set in trades
none of the earlier sets covered. Written 2026-12-06, stop 35, blind from a brief by a helper
session that read no product code (nothing under src/, no tests, no docs, no benchmark code
beyond script.py, generate.py and check.py, and no earlier set's calls beyond the first
sixteenth-dev call, as a format example; of the other call files only their module docstrings);
see README.md. Frozen as of the commit that adds it: do not edit the calls or the labels to
suit a result. HELD OUT: do not read these calls while tuning and do not tune on their figures;
tune, if at all, on seventeenth_dev_calls.py.

Trades: acupuncture clinic, home energy audit and attic insulation (in Ottawa), occupational
health and employer drug testing, wedding DJ and photo booth hire (the groom's father in the
Netherlands), aquarium and koi pond maintenance, fertility clinic billing and egg freezing. The
same brief as the dev half, its weight on dates of birth, phone numbers, IBANs, card expiries
and security codes, and names said again later in the call. Dates of birth (nine, with
read-backs): "oh seven, nineteen, seventy-two" read back in words, "the twenty-third of May,
nineteen sixty-eight", a driver's "the fourth of January, ninety", "nineteen seventy-nine,
October the third" (year first), a leap-day "twenty-ninth of February, nineteen ninety-two" read
back as digits, a wife's "eleven, eleven, eighty-nine". Phones with "triple", "double" and "oh",
two spread over two turns ("Mm-hm", "hang on, the other line"), one read back wrong and
corrected by its last four, an office line with an extension, Canadian numbers read back with
"zero". A Dutch IBAN read in groups with spelled bank letters and read back. Cards: an HSA Visa,
a Mastercard, a Discover, a Mastercard 2-series split over two turns and read back whole, a Visa;
expiries as "August of twenty-thirty", "eleven slash twenty-eight", "oh three, twenty-eight",
"September twenty-eight", "oh one slash twenty-nine", "end of July, twenty-nine"; security codes
a turn after the question (a magnifier, wet hands, pulling the car over, "which one, the three
numbers?"), one corrected mid-answer. Also a full SSN read 3-2-4 over two turns with "double"
and read back, a last four with "double"; a Canadian transit, institution and account number
from a void cheque; a hydro account, an insurance member id, an employee id, a pond club number;
e-mails with dots and digits, three partly spelled; street addresses (an apartment, a house
number misheard and corrected, a PO box spread over two turns, a directional street "South
Seventy-Sixth Street", "Peachtree Street Northeast"), ZIPs and a ZIP+4, a Canadian postal code.
Names from many cultures (Taiwanese, Norwegian, Korean, Nigerian, Czech, Indian, Mexican, Cuban,
Romanian, Yoruba, Japanese, Hawaiian, Afghan, Egyptian, French, Ghanaian, Tongan, English,
Zulu, Sotho, Igbo, Salvadoran), six spelled letter by letter, and third parties said again later
by first name, surname or "Mr./Ms./Dr. X" (an acupuncturist, a husband, an auditor, a
son-in-law, a driver, a medical review officer, a colleague, a fiancé, his father, a DJ, a
planner, a technician, a wife, a nurse, a pharmacy rep). Must-survive numbers, 7-8 per call:
superbill, work order, client code, chain-of-custody form, booking, order, invoice and receipt
numbers, a billing code, a pump model, a test reading, an airflow figure, an R-value, amounts,
times, dates, quantities, several right after a card, a security code, an SSN or an account.

Each call has 4-5 action items owned by the agent, the customer or a third person named in the
call, in varied sentence shapes ("Dr. Kang will read it by Thursday morning", "Einar will pick it
up Tuesday", "Mateo, my son-in-law, is coming Saturday to clear the boxes out of the attic",
"He'll be there by six tonight, I promise", "Can you e-mail it back within the hour?", "He'll
send you the quarterly selection list by Friday", "Mr. Mahmoud said he'll transfer it by the end
of the month", "Lerato's going to drop the signed financing papers off at the front desk on
Tuesday", "I'll order the replacement pump tonight, and it should be here by Friday"). Look-alikes
that are not action items: past actions ("I already paid for an intake at the PT", "My late
husband already put some insulation up there", "The police already did a breath test", "Idris
already sent you a song list", "I already added salt yesterday", "I already paid it once in
October"), hypotheticals ("If the herbs upset your stomach, you could...", "If we find
vermiculite...", "if anything came back non-negative, ... would call him", "If the rain moves the
ceremony inside...", "If the ammonia keeps climbing...", "If you ever wanted to transfer the
eggs..."), policies ("He usually starts with a twenty-minute intake", "We always do a
blower-door test afterwards", "We always split the specimen", "We usually do a walk-through",
"We normally stop feeding below fifty degrees", "We always bill storage annually"). Every
customer line is labelled, about a quarter clearly positive or negative, with sarcasm
("Needles. Wonderful.", "Of course it doesn't.", "Which is lovely, on top of everything else"),
polite anger, panic turning to relief ("You saved my wedding") and mixed lines.

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
        id="17t01-acupuncture",
        trade="acupuncture clinic",
        company="Jade Meridian Acupuncture",
        agent="Mei-Ling Chou",
        customer="Margarethe Fjeldstad",
        agent_voice="hibari:1",
        customer_voice="espeak:en+f2:138:56",
        noise_db=16.5,
        reason="A new patient with lower back pain after a fall wants a package of sessions, to pay with her HSA card, and to know whether her insurance covers acupuncture.",
        outcome="She buys a six-session package, her first visit is Thursday the tenth at eleven thirty, the clinic checks her coverage tomorrow and sends a superbill tonight, the acupuncturist reads her MRI report first, and her husband collects the herbs Tuesday.",
        actions=[
            Action(
                "call the insurance company to check acupuncture coverage",
                "Mei-Ling Chou",
                "2026-12-07",
                "tomorrow",
                ("insurance", "coverage"),
            ),
            Action(
                "e-mail the superbill for the package",
                "Mei-Ling Chou",
                "2026-12-06",
                "tonight",
                ("superbill",),
            ),
            Action(
                "read the MRI report before the first visit",
                "Hyun-woo Kang",
                "2026-12-10",
                "by Thursday morning",
                ("mri", "report", "read"),
            ),
            Action(
                "upload the MRI report to the portal",
                "Margarethe Fjeldstad",
                "2026-12-06",
                "tonight",
                ("upload", "mri"),
            ),
            Action(
                "pick up the herbal formula",
                "Einar Fjeldstad",
                "2026-12-08",
                "Tuesday",
                ("herb", "formula", "pick up"),
            ),
        ],
        script="""
A: Jade Meridian Acupuncture, this is [person_name:Mei-Ling Chou]. How can I help?
C: Hi. My physical therapist told me to try you. I fell on the ice two weeks ago, and my back is still a mess. {neg}
A: I'm sorry to hear that. Are you a new patient?
C: Brand new. And a bit nervous, honestly. Needles. Wonderful. {neg}
A: Most people are surprised how little they feel. Can I have your name?
C: [person_name:Margarethe Fjeldstad]. The last name is [person_name:F J E L D S T A D]. {neu}
A: Thank you. And your date of birth?
C: [date_of_birth:Oh seven, nineteen, seventy-two]. {neu}
A: [date_of_birth:July nineteenth, nineteen seventy-two]. And the best phone number?
C: [phone:Two oh six, triple three, oh eight one three]. {neu}
A: [phone:Two oh six, three three three, oh eight one three].
C: Yes. {neu}
A: Dr. [person_name:Kang] has an opening <date:Thursday the tenth> at <time:eleven thirty>. He usually starts with a <quantity:twenty-minute> intake before any needles.
C: Thursday's fine. I already paid for an intake at the PT, though, so I hope that's not another fee. {neg}
A: The intake is included. Did you have any imaging done?
C: An MRI last week. I have the report as a PDF. {neu}
A: If you upload it to our portal, Dr. [person_name:Kang] will read it by Thursday morning.
C: I'll upload it tonight. {neu}
A: Lovely. Most people with a fall like yours do a package. It's <quantity:six sessions> for <amount:four hundred eighty dollars>, instead of ninety each.
C: Hmm. Does insurance cover any of that? {neu}
A: Some plans do. What's your member ID?
C: [member_id:W two seven seven, four one eight, nine three oh]. {neu}
A: [member_id:W, two seven seven, four one eight, nine three zero]. I'll call them tomorrow and check your coverage, and I'll e-mail you a superbill tonight so you can claim it yourself.
C: Oh, that's helpful. Thank you. {pos}
A: Of course. Would you like to pay for the package with a card?
C: My HSA card. [card_number:Four eight three three, one two oh nine, seven seven five six, two one oh eight]. {neu}
A: And the expiry?
C: [card_expiry:August of twenty-thirty]. {neu}
A: And the code on the back?
C: Sorry, which one, the three numbers? {neu}
A: Yes, by the signature.
C: [card_security_code:Five nine one]. {neu}
A: Thank you. That's paid, superbill number <superbill:S B four two two seven>. The code on it will be <code:ninety-seven eight thirteen>.
C: Okay. And the receipt, can you e-mail that too? {neu}
A: It comes with the superbill. Which address should I use?
C: [email:M dot fjeldstad at outlook dot com]. That's [email:M dot F J E L D S T A D]. {neu}
A: Got it. And your home address for the file?
C: [address:Four oh six Northeast Ravenna Boulevard, apartment three twelve], [zip:nine eight one one five]. {neu}
A: [address:Four zero six Northeast Ravenna Boulevard, number three twelve]. Dr. [person_name:Kang] may also suggest an herbal formula after the first visit.
C: My husband can collect that. [person_name:Einar] will pick it up Tuesday, he works around the corner. {neu}
A: Perfect. Can I have a number for [person_name:Einar], too?
C: [phone:Two oh six, four two one]... {neu}
A: Mm-hm.
C: [phone:seven seven oh four]. {neu}
A: [phone:Two oh six, four two one, seven seven oh four]. If the herbs upset your stomach, you could take them with food, but [person_name:Einar] can ask Dr. [person_name:Kang] about that.
C: Okay. You've actually made this sound almost pleasant. {pos}
A: That's the goal. See you Thursday, [person_name:Margarethe].
""",
    ),
    CallScript(
        id="17t02-energy-audit",
        trade="home energy audit and attic insulation",
        company="Tightline Home Energy",
        agent="Obinna Chukwu",
        customer="Harriet Svoboda",
        agent_voice="espeak:en-us+m7:142:46",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=15.5,
        reason="After her home energy audit in Ottawa, a homeowner wants to go ahead with attic insulation, apply for the rebate and set up financing.",
        outcome="The job is booked for Monday the fourteenth with a card deposit and monthly debits from her bank; the auditor sends the report by Wednesday, the office files the rebate tomorrow, she sends her hydro bill tonight and her son-in-law clears the attic on Saturday.",
        actions=[
            Action(
                "e-mail the full audit report",
                "Priyanka Deshpande",
                "2026-12-09",
                "by Wednesday",
                ("report",),
            ),
            Action(
                "send a photo of the latest hydro bill",
                "Harriet Svoboda",
                "2026-12-06",
                "tonight",
                ("hydro bill", "photo"),
            ),
            Action(
                "submit the rebate pre-approval",
                "Obinna Chukwu",
                "2026-12-07",
                "tomorrow",
                ("rebate",),
            ),
            Action(
                "clear the boxes out of the attic",
                "Mateo Arriaga",
                "2026-12-12",
                "Saturday",
                ("attic", "boxes", "clear"),
            ),
        ],
        script="""
A: Tightline Home Energy, [person_name:Obinna] speaking.
C: Hello. [person_name:Harriet Svoboda]. Your auditor was here on Thursday, and I'd like to go ahead with the attic. {pos}
A: Wonderful. [person_name:Svoboda], that's [person_name:S V O B O D A]?
C: That's it. {neu}
A: I have the notes from [person_name:Priyanka Deshpande]. Your house tested at <measurement:two thousand one hundred CFM> at fifty pascals, which is leaky, I'm afraid.
C: Leaky. Yes, I'd gathered that from the heating bills. {neg}
A: The good news is the attic's the biggest part of it. Ms. [person_name:Deshpande] recommends blowing it up to <rvalue:R sixty> over the <quantity:eleven hundred square feet>.
C: My late husband already put some insulation up there in the nineties. Is that no good? {neu}
A: It's settled down to almost nothing, she says. The quote is <amount:four thousand three hundred seventy-five dollars>, before the rebate.
C: Goodness. And the rebate is how much? {neu}
A: Up to <amount:one thousand five hundred dollars>. I'll submit the pre-approval tomorrow, but I need your hydro account number.
C: Just a moment. [member_id:Four four seven one, oh two nine, eight six six]. {neu}
A: [member_id:Four four seven one, zero two nine, eight six six]. Could you also send me a photo of your latest hydro bill tonight?
C: I'll get my son-in-law to help me with the photo tonight. {neu}
A: Perfect. [person_name:Priyanka] will e-mail you the full report by Wednesday, too. And the address on the bill?
C: [address:Two fourteen Fifth Avenue, Ottawa]. {neu}
A: [address:Two forty Fifth Avenue]?
C: No, [address:two one four, Fifth Avenue]. {neu}
A: Sorry. [address:Two fourteen Fifth Avenue], and the postal code?
C: [zip:K one S, three L five]. {neu}
A: [zip:K one S, three L five]. The crew can start <date:Monday the fourteenth>, at <time:eight a.m.>.
C: Fine. The attic hatch is in a cupboard full of boxes, mind you. {neu}
A: We'll need that cleared, and a path to it.
C: [person_name:Mateo], my son-in-law, is coming Saturday to clear the boxes out of the attic. He's a saint, that boy. {pos}
A: Great. Can I have a number for [person_name:Mateo], in case the crew needs him?
C: [phone:Six one three, double two oh, four five nine one]. {neu}
A: [phone:Six one three, two two oh, four five nine one]. And yours?
C: [phone:Six one three, seven three oh, oh eight eight two]. {neu}
A: [phone:Six one three, seven three oh, zero eight eight two]. Now, you asked about financing.
C: Yes. Twelve months, if I can. {neu}
A: For the credit check I need your date of birth.
C: [date_of_birth:The twenty-third of May, nineteen sixty-eight]. {neu}
A: Thank you. And the bank for the monthly debit?
C: It's a void cheque, here. Transit [routing_number:three one four two two], institution [routing_number:oh oh three]. {neu}
A: And the account?
C: [bank_account:One oh four, five five two, nine]. {neu}
A: [bank_account:One zero four, five five two, nine]. And we take a deposit on a card today.
C: A Mastercard. [card_number:Five two nine oh, four one one eight, six six three oh, five seven two two]. {neu}
A: And the expiry?
C: [card_expiry:Eleven slash twenty-eight]. {neu}
A: And the three digits on the back?
C: Hold on, I need my magnifier. These numbers get smaller every year, I swear. {neg}
A: Take your time.
C: [card_security_code:Four one nine]. {neu}
A: Thank you. Work order <work_order:W O five five eight two oh>. If we find vermiculite up there, we'd have to stop and test it, but your auditor didn't see any.
C: Let's hope not. So, Saturday, [person_name:Mateo] does the boxes, tonight the bill, and you'll do the rebate. {neu}
A: Exactly. We always do a blower-door test afterwards too, so you'll see the difference.
C: Thank you, [person_name:Obinna]. I'm glad I rang. {pos}
""",
    ),
    CallScript(
        id="17t03-drug-testing",
        trade="occupational health and employer drug testing",
        company="Summit OccuHealth",
        agent="Reuben Castellanos",
        customer="Folasade Ogunleye",
        agent_voice="festival:kal_diphone",
        customer_voice="hibari:11",
        noise_db=17.0,
        reason="A trucking company's HR manager needs a post-accident drug and alcohol test for a driver on a Sunday, within the federal time limits.",
        outcome="The driver goes to the West Allis site by six tonight on a rush order paid by company card; she sends the authorisation within the hour, results come to her by Wednesday, and her colleague sends the random selection list by Friday.",
        actions=[
            Action(
                "report to the West Allis collection site for the test",
                "Bogdan Petrescu",
                "2026-12-06",
                "by six tonight",
                ("report", "collection", "west allis", "test"),
            ),
            Action(
                "e-mail the signed authorisation form",
                "Folasade Ogunleye",
                "2026-12-06",
                "within the hour",
                ("authori", "form"),
            ),
            Action(
                "send the results to the employer representative",
                "Reuben Castellanos",
                "2026-12-09",
                "by Wednesday",
                ("result",),
            ),
            Action(
                "send over the quarterly random selection list",
                "Trevor Nakamura",
                "2026-12-11",
                "by Friday",
                ("random", "list"),
            ),
        ],
        script="""
A: Summit OccuHealth, after-hours line, [person_name:Reuben Castellanos].
C: Hi, [person_name:Reuben]. [person_name:Folasade Ogunleye], HR at Bluegill Freight. One of our drivers had an accident this morning and I need a post-accident test. Today. {neg}
A: We can do that. Is anyone hurt?
C: No, thank God. He slid into a guardrail at <time:six forty> this morning, but the tractor was towed, so it's a DOT test. {neu}
A: Understood. The alcohol test has to happen within <quantity:eight hours> and the drug test within <quantity:thirty-two>. So we have a little time, but not much.
C: I know. Which is why I'm calling on a Sunday instead of watching my kid's game. {neg}
A: I'm sorry. Let's get it done. Your client code?
C: <client_code:C L four four one nine>. {neu}
A: Got it. And the driver's name?
C: [person_name:Bogdan Petrescu]. [person_name:P E T R E S C U]. {neu}
A: Thanks. His employee ID, date of birth and the last four of his social, please.
C: Employee ID is [member_id:B F dash seven seven three oh two]. Birthday, [date_of_birth:the fourth of January, ninety]. {neu}
A: [date_of_birth:January fourth, nineteen ninety]. And the social?
C: Hold on, his file's open on the other screen. [ssn:Six double oh one]. {neu}
A: Thank you. Where is Mr. [person_name:Petrescu] now?
C: At home. He lives out by you, [address:twenty-one oh eight South Seventy-Sixth Street, West Allis]. {neu}
A: And the ZIP?
C: [zip:Five three two one nine]. {neu}
A: Then our West Allis site is five minutes away. It's open until seven tonight. He needs to report there by six, with a photo ID.
C: Oh, that's lucky. I'll tell him. He'll be there by six tonight, I promise. {pos}
A: What's his cell, in case the collector needs him?
C: [phone:Four one four]... hang on, the other line. {neu}
A: Sure.
C: Sorry. [phone:four one four, six oh two, nine nine one seven]. {neu}
A: [phone:Four one four, six oh two, nine nine one seven]. We'll do a <panel:five-panel> DOT drug test and a breath alcohol.
C: The police already did a breath test at the scene. Does that count? {neu}
A: It doesn't for DOT, unfortunately. It has to be ours.
C: Of course it doesn't. {neg}
A: The test is <amount:one hundred twelve dollars>, and the Sunday rush is <amount:forty-five dollars> on top. How would you like to pay?
C: Company card. Discover, [card_number:six oh one one, four four seven one, nine oh two five, three three eight two]. {neu}
A: Expiration?
C: [card_expiry:Oh three, twenty-eight]. {neu}
A: And the security code?
C: Let me flip it over... [card_security_code:Seven seven oh]. {neu}
A: Thank you. The chain of custody form is <ccf:one two seven four four oh nine>. I'll send you the authorisation form to sign. Can you e-mail it back within the hour?
C: Within the hour, yes. Send it to [email:F dot ogunleye at bluegill freight dot com]. That's [email:O G U N L E Y E]. {neu}
A: Got it. And a phone for you?
C: My desk forwards to my cell. [phone:Four one four, two eight eight, one three five oh, extension three one one]. {neu}
A: Thank you. We always split the specimen, and if anything came back non-negative, our medical review officer, Dr. [person_name:Ingrid Solberg], would call him first.
C: Fine. When will I see results? {neu}
A: I'll send the results to you as the employer representative by Wednesday.
C: Good. Oh, and while I have you, my colleague [person_name:Trevor Nakamura] runs our random program. He'll send you the quarterly selection list by Friday. {neu}
A: Perfect. [person_name:Trevor] has sent it to us before, so that's easy.
C: Will do. Thank you, [person_name:Reuben]. You made a lousy Sunday a lot easier. {pos}
""",
    ),
    CallScript(
        id="17t04-wedding-dj",
        trade="wedding DJ and photo booth hire",
        company="Velvet Needle Entertainment",
        agent="Kalani Akana",
        customer="Zainab Hussaini",
        agent_voice="espeak:en-us+m3:150:50",
        customer_voice="espeak:en-us+f4:155:64",
        noise_db=18.0,
        reason="A bride whose original DJ cancelled wants to book a DJ and photo booth for her May wedding, with the groom's father in the Netherlands paying for the booth.",
        outcome="The gold package and photo booth are booked for Saturday, May twenty-second; the deposit is on her card, the contract goes out tonight, the planner sends the run-of-show by the fifteenth, the DJ calls Tuesday, and the groom's father transfers the booth fee by the end of the month.",
        actions=[
            Action(
                "send the contract for signing",
                "Kalani Akana",
                "2026-12-06",
                "tonight",
                ("contract",),
            ),
            Action(
                "e-mail the do-not-play list",
                "Zainab Hussaini",
                "2026-12-11",
                "by Friday",
                ("do-not-play", "do not play", "list"),
            ),
            Action(
                "send over the run-of-show for the day",
                "Colette Beaumont",
                "2026-12-15",
                "by the fifteenth",
                ("run-of-show", "run of show", "schedule"),
            ),
            Action(
                "call the couple for a planning call",
                "Marcus Delacroix",
                "2026-12-08",
                "Tuesday evening",
                ("planning", "call"),
            ),
            Action(
                "transfer the photo booth fee from the Netherlands",
                "Hassan Mahmoud",
                "2026-12-31",
                "by the end of the month",
                ("booth", "transfer"),
            ),
        ],
        script="""
A: Velvet Needle Entertainment, this is [person_name:Kalani].
C: Hi! Please tell me you have <date:Saturday, May twenty-second> open. Our DJ just cancelled on us. By text. {neg}
A: Oh, that's awful. Let me look. Yes, we have it open.
C: Oh my God. Okay. Okay, I can breathe. {pos}
A: Ha. Congratulations, by the way. Can I get your name?
C: [person_name:Zainab Hussaini]. [person_name:H U S S A I N I]. And my fiancé is [person_name:Idris Mahmoud]. {neu}
A: Lovely. Where's the wedding?
C: The Grand Ballroom at the Henry, in Dearborn. About <quantity:two hundred twenty guests>. {neu}
A: For that size I'd suggest our gold package. <quantity:Five hours>, starting at <time:six p.m.>, with ceremony sound, for <amount:two thousand four hundred dollars>.
C: That's more than the last guy. Though the last guy also isn't coming, so. {neg}
A: Fair point. Our DJ would be [person_name:Marcus Delacroix]. He's done the Henry a dozen times.
C: Okay. And a photo booth, we want a photo booth. {pos}
A: The booth is <amount:six hundred fifty dollars> for the night.
C: [person_name:Idris]'s dad wants to pay for the booth. He lives in Rotterdam, so he'd send it from his Dutch account. {neu}
A: That's fine. If I have his IBAN, our bank can match the transfer.
C: Hold on, he sent it to me on WhatsApp. [iban:N L five nine, I N G B, oh seven three one, nine four five eight, two six]. {neu}
A: [iban:N L fifty-nine, I N G B, zero seven three one, nine four five eight, two six]. And his name?
C: [person_name:Hassan Mahmoud]. Mr. [person_name:Mahmoud] said he'll transfer it by the end of the month. {neu}
A: Perfect. Now the deposit for the package is <amount:five hundred dollars> on a card.
C: Mastercard. [card_number:Two two two three, one oh five four, eight eight seven six]... {neu}
A: Go ahead.
C: [card_number:one nine three seven]. {neu}
A: So [card_number:two two two three, one oh five four, eight eight seven six, one nine three seven].
C: Yes. It expires [card_expiry:September twenty-eight]. {neu}
A: And the CVC?
C: It's... ugh, I'm in the car. Hang on, let me pull over. {neu}
A: Please, no rush.
C: Okay. [card_security_code:Two six four]. {neu}
A: Thank you. You're booked, reference <booking:V N two two five one eight>. I'll send you the contract tonight.
C: Amazing. Where do you need it signed, online? {pos}
A: Yes, it's all e-signature. What's your e-mail?
C: [email:zainab dot hussaini ninety-four at gmail dot com]. {neu}
A: [email:Zainab dot hussaini nine four at gmail dot com]. And your cell?
C: [phone:Three one three, oh double eight, two six oh four]. {neu}
A: [phone:Three one three, oh eight eight, two six oh four]. Is there a planner?
C: [person_name:Colette Beaumont]. Her office is [phone:two four eight, five five oh, one one two three, extension twelve]. {neu}
A: Great. We usually do a walk-through at the venue with the planner about a month out.
C: [person_name:Colette] will love that. She said she'll send you the run-of-show by the fifteenth. {pos}
A: Perfect. And [person_name:Marcus] will call you both Tuesday evening for a first planning call.
C: Good. [person_name:Idris] already sent you a song list from his phone, by the way. It's mostly nineties R and B. {neu}
A: I saw it. Anything you absolutely don't want played?
C: Oh, so much. I'll e-mail you the do-not-play list by Friday. The Macarena is at the top. {neu}
A: Noted. If the rain moves the ceremony inside, [person_name:Marcus] could bring a second speaker.
C: Don't even say rain. And the billing address is [address:P O Box four four one seven, Dearborn, Michigan], [zip:four eight one two six]. {neu}
A: Got it. Thank you, [person_name:Zainab]. You're all set.
C: Thank you, [person_name:Kalani]. Seriously. You saved my wedding. {pos}
""",
    ),
    CallScript(
        id="17t05-koi-pond",
        trade="aquarium and koi pond maintenance",
        company="Lotus Reach Aquatics",
        agent="Yaw Owusu",
        customer="Hiroko Tanabe",
        agent_voice="festival:kal_diphone:-100",
        customer_voice="hibari:1",
        noise_db=16.0,
        reason="A koi keeper's pond pump failed and her fish are gasping at the surface with rising ammonia; she needs an emergency visit and a new pump.",
        outcome="A technician comes Tuesday morning for a water change, her husband lets him in, she sends a video of the sick fish today, and a replacement pump is ordered on her card to arrive by Friday.",
        actions=[
            Action(
                "come out and do a partial water change",
                "Sione Fifita",
                "2026-12-08",
                "Tuesday morning",
                ("water change",),
            ),
            Action(
                "be home to open the side gate for the technician",
                "Graham Wells",
                "2026-12-08",
                "Tuesday",
                ("gate",),
            ),
            Action(
                "send a video of the koi with the white patches",
                "Hiroko Tanabe",
                "2026-12-06",
                "this afternoon",
                ("video",),
            ),
            Action(
                "order the replacement pump",
                "Yaw Owusu",
                "2026-12-11",
                "here by Friday",
                ("pump", "order"),
            ),
        ],
        script="""
A: Lotus Reach Aquatics, [person_name:Yaw] speaking.
C: Hello, my pond pump has stopped and my koi are all at the top, gasping. I'm frightened I'm going to lose them. {neg}
A: Okay, let's move fast. Can I have your name?
C: [person_name:Hiroko Tanabe]. We have the pond plan with you. {neu}
A: Thank you, Ms. [person_name:Tanabe]. For security, can you confirm your date of birth?
C: [date_of_birth:Nineteen seventy-nine, October the third]. {neu}
A: Thank you. And your Pond Club number, if you have it?
C: [member_id:P C, four oh nine, one one seven]. {neu}
A: Got you. How big is the pond, and how many fish?
C: <quantity:Three thousand two hundred gallons>. <quantity:Fourteen koi>. The big ones are older than my nephew. {neu}
A: Did you test the water?
C: Yes. Ammonia is <reading:point five>. I already added salt yesterday, like the forum said. {neg}
A: Salt won't hurt. Is there any aeration? And stop feeding them. We normally stop feeding below fifty degrees anyway.
C: There's an air stone running already, since last night. {neu}
A: Good. What's the pump?
C: A Tetra, model <model:P P twenty-eight hundred>. It just hums. {neu}
A: Sounds like the impeller's seized. I'll order the replacement pump tonight, and it should be here by Friday.
C: Friday? And in the meantime they just suffocate? {neg}
A: No. Our technician, [person_name:Sione Fifita], will come Tuesday morning and do a partial water change, and he'll bring a loaner pump.
C: Oh, a loaner. Thank you. That helps a great deal. {pos}
A: [person_name:Sione] will be there <time:between eight and ten>. Will someone be home?
C: I teach on Tuesdays. My husband, [person_name:Graham Wells], will be home to open the side gate for him. {neu}
A: Perfect. Can I have Mr. [person_name:Wells]'s number?
C: [phone:Five oh nine, four four two, oh seven three eight]. {neu}
A: [phone:Five oh nine, four four two, oh three seven eight].
C: No. [phone:Oh seven three eight]. {neu}
A: Sorry. [phone:Five oh nine, four four two, oh seven three eight]. And is the address the same?
C: The pond's at the house, [address:eighteen forty Cedar Hollow Lane, Spokane]. {neu}
A: And bills still go to the PO box?
C: Yes, [address:P O Box two two six]... {neu}
A: Go on.
C: [address:Spokane], [zip:nine nine two two three, dash four oh one five]. {neu}
A: Thank you. One of the fish, does it have any marks on it?
C: The white one, Yuki, has white patches on her fins. {neu}
A: Could you send us a video of her this afternoon? [person_name:Sione] will want to see it before Tuesday.
C: I'll send it this afternoon. To which address? {neu}
A: To service at lotus reach dot com. And we'll need a card for the pump. It's <amount:three hundred eighty-nine dollars>, plus the visit at <amount:one hundred forty>.
C: Ouch. Fine. Visa, [card_number:four oh two four, nine one seven six, six oh three two, eight five one eight]. {neg}
A: And the expiry?
C: [card_expiry:Oh one slash twenty-nine]. {neu}
A: The security code?
C: Sorry, my hands are still wet. Give me a moment. {neu}
A: Of course.
C: [card_security_code:Nine four six]. {neu}
A: Thank you. Your order number is <order:L R six one six two four>. If the ammonia keeps climbing, we could also bring a hospital tank.
C: Let's hope it doesn't come to that. And my e-mail for the receipt, [email:hiroko dot t seventy-nine at yahoo dot com]. {neu}
A: Got it. [person_name:Sione] will see you, or Mr. [person_name:Wells], on Tuesday.
C: Thank you, [person_name:Yaw]. I feel much better than when I called. {pos}
""",
    ),
    CallScript(
        id="17t06-fertility-billing",
        trade="fertility clinic billing and egg freezing",
        company="Meridian Fertility Partners",
        agent="Anais Dubois",
        customer="Thandiwe Mokoena",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en+f3:144:58",
        noise_db=17.5,
        reason="A patient starting her second egg-freezing cycle was billed twice for her consultation and needs financing, her medication order and the consent forms sorted.",
        outcome="The double charge is credited today, she applies for financing with her SSN, her medication ships by Wednesday, the nurse calls Monday with the protocol, she signs the consents by Thursday and her wife drops off the financing papers Tuesday.",
        actions=[
            Action(
                "credit the duplicate consultation charge back to her invoice",
                "Anais Dubois",
                "2026-12-06",
                "today",
                ("credit", "duplicate", "consultation"),
            ),
            Action(
                "call with the stimulation protocol and start date",
                "Ifeoma Nwachukwu",
                "2026-12-07",
                "Monday",
                ("protocol",),
            ),
            Action(
                "ship the medications",
                "Gustavo Benavides",
                "2026-12-09",
                "by Wednesday",
                ("ship", "medication"),
            ),
            Action(
                "sign the consent forms in the portal",
                "Thandiwe Mokoena",
                "2026-12-10",
                "by Thursday",
                ("consent",),
            ),
            Action(
                "drop off the signed financing papers at the front desk",
                "Lerato Dlamini",
                "2026-12-08",
                "Tuesday",
                ("financing", "papers", "drop"),
            ),
        ],
        script="""
A: Meridian Fertility Partners, billing, this is [person_name:Anais].
C: Hi. I'm about to start my second egg-freezing cycle, and I've just seen I was charged twice for my consultation. Which is lovely, on top of everything else. {neg}
A: I'm sorry. Let's look. Your name, please?
C: [person_name:Thandiwe Mokoena]. [person_name:T H A N D I W E]. {neu}
A: And your date of birth?
C: [date_of_birth:The twenty-ninth of February, nineteen ninety-two]. Leap baby. {neu}
A: [date_of_birth:Two, twenty-nine, ninety-two]. Got you, Ms. [person_name:Mokoena]. Yes, I see it. Invoice <invoice:M F seven seven two oh three> has the consultation twice, <amount:three hundred twenty-five dollars> each.
C: I already paid it once in October. I'm not paying it twice. {neg}
A: You won't. I'll credit the duplicate consultation charge back to your invoice today.
C: Okay. Thank you, that was quicker than I expected. {pos}
A: Now, for <cycle:cycle two>, your estimate is <amount:eleven thousand five hundred dollars>. Did you want to look at financing?
C: Yes, please. The first cycle nearly finished us. {neg}
A: I understand. The lender needs your social security number.
C: It's [ssn:four oh seven]... {neu}
A: Go ahead.
C: [ssn:double two, nine one six oh]. {neu}
A: [ssn:Four oh seven, two two, nine one six oh]. And your insurance member ID, for what they do cover?
C: [member_id:U H C, nine one two, three three four, five oh seven]. {neu}
A: Thank you. Your wife is listed as co-applicant?
C: Yes, [person_name:Lerato Dlamini]. [person_name:D L A M I N I]. {neu}
A: And [person_name:Lerato]'s date of birth?
C: [date_of_birth:Eleven, eleven, eighty-nine]. {neu}
A: Thank you. She'll need to sign the financing papers too.
C: [person_name:Lerato]'s going to drop the signed financing papers off at the front desk on Tuesday. She works two blocks away. {neu}
A: Perfect. Your medication order is <order:R X four four eight one nine>. [person_name:Gustavo Benavides] at the specialty pharmacy said he'll ship your medications by Wednesday.
C: Will it need a signature? {neu}
A: Yes, it's refrigerated. What's the best number for the courier?
C: [phone:Four oh four, triple seven, two oh six five]. {neu}
A: [phone:Four oh four, seven seven seven, two oh six five]. And the delivery address?
C: [address:Nine forty Peachtree Street Northeast, apartment twenty-one oh eight, Atlanta], [zip:three oh three oh nine]. {neu}
A: [address:Nine four zero Peachtree Street Northeast, apartment two one zero eight]. Then your nurse, [person_name:Ifeoma Nwachukwu], will call you Monday with the protocol and your start date.
C: Oh good, I like [person_name:Ifeoma]. She was wonderful last time. {pos}
A: She is. And there are consent forms in the portal. Can you sign those by Thursday?
C: I'll sign them by Thursday. {neu}
A: Storage is <amount:six hundred fifty dollars> a year after the first year. We always bill storage annually.
C: Okay. Can I put today's deposit on a card? {neu}
A: Yes. It's <amount:one thousand dollars>.
C: Mastercard. [card_number:Five four five eight, seven one nine oh, two two six three, four one eight three]. Expires [card_expiry:end of July, twenty-nine]. {neu}
A: And the security code?
C: It's worn off a bit... I think [card_security_code:three three one]. No, [card_security_code:three eight one]. {neu}
A: [card_security_code:Three eight one]. That went through. Receipt <receipt:four two nine one>.
C: Good. And send the receipt to [email:thandi dot mokoena at icloud dot com]. [email:Thandi, T H A N D I]. {neu}
A: Got it. If you ever wanted to transfer the eggs to another clinic later, we'd handle that too.
C: Let's get them frozen first. Thank you, [person_name:Anais]. You've been kind. A lot kinder, honestly, compared with the last person I spoke to. {pos}
A: Good luck with cycle two, [person_name:Thandiwe].
""",
    ),
]

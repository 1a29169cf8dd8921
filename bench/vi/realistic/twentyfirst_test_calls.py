"""The TWENTYFIRST-TEST half: six scripted two-party phone calls, the held-out half of a
twenty-first set in trades none of the earlier sets covered. Written 2026-12-06, stop 38, blind
from a brief by a helper session that read no product code: nothing under src/, no tests, no
docs, no other benchmark code than bench/vi/realistic/script.py, generate.py and check.py, the
first 60 lines of bench/vi/realistic/README.md, the module docstrings of the other *_calls.py
files (to avoid their trades), and one earlier call, the first twentieth-dev call, as a format
example. (The espeak-ng voice spec, which the example does not use, was learnt from the
traceback generate.py printed for a wrong guess, `espeak:en-us`: an IndexError whose frames
showed a few lines of audio.py (render, utterance, make, and the call `_espeak(text, args[0],
args[1], args[2])`) and of tests/support/speech.py (`cached`). The spec used here is
`espeak:<voice>:<wpm>:<pitch>`: the second field was checked to be the speed by comparing
rendered lengths, the third is taken to be espeak's pitch. A third field on the festival voice,
e.g. `:-200`, is accepted and changes the audio; it is taken to be a pitch shift in cents, as
with hibari.) Frozen as of the commit that adds it: do not edit the calls or the labels to suit
a result. This is the held-out TEST half: do not read it while tuning and do not tune on its
figures; tune, if at all, on the dev half (twentyfirst_dev_calls.py).

Trades: federal student loan servicing (income-driven repayment and autopay, a borrower in Grand
Rapids, Michigan), municipal water and sewer utility (starting service at a new unit, in Tucson,
Arizona), specialty pharmacy (a refrigerated injectable held after an insurance change, in
Pittsburgh), household electricity supplier switching (in Galway), medical gap cover insurance
claims (a surgeon's shortfall, in Cape Town), rural fibre broadband installation (near Nelson,
New Zealand). Three calls are set in the US, the others in Ireland, South Africa and New
Zealand. The set's weight is on bank ids, street addresses, phone numbers, dates of birth and
SSNs said the ways people say them and read back, action items with named owners and due days
said indirectly, customer sentiment, numbers that must survive redaction placed right after
personal data, and names.

Bank ids: a US routing number with "double oh" and a checking account read in threes, the
agent's read-back swapping a group and the customer correcting it ("Seven seven three, not seven
three seven"), read again whole with "zero"; an Irish IBAN with spelled bank letters over two
turns ("Go on"), read back whole; a South African account read back with two digits swapped and
corrected in two pieces; a New Zealand bank, branch, account and suffix read with "zero" and
"oh" and read back. SSNs: a full one split 3 / 2-4 over two turns with "Mm-hmm", and a last
four. Ids that identify a person: a health plan member id with spelled letters, read back as a
question; a manufacturer copay card id; a gap cover policy number with letters, all read back.
One Mastercard in fours with "double oh", expiry "April of twenty-nine" and a security code
after "Hang on, it's rubbed off"; a card on file named by its last four. Street addresses with
house numbers in words and digit by digit ("one oh five", "twenty-two sixty", "forty-one
twelve", "six oh nine", "four hundred", "twenty-three", "eighteen", "eight seventy-two"), units,
an apartment and a suite ("Suite twenty-one ten"), an address given over two turns ("Okay?"), an
address on file read to the customer and replaced by a new one, a rural delivery ("R D two"), a
postcode asked for separately; ZIPs digit by digit and read back in pairs ("eighty-five seven
nineteen"), an Eircode, South African and New Zealand postcodes. Phones read in groups with
"double" and "oh", a New Zealand mobile corrected in its last group ("Actually, no, four four
nine oh at the end"), an Irish and a South African mobile, all read back with "zero". Dates of
birth in US, day-first and words forms, each read back in another ("Oh six, oh three,
eighty-nine" read back "June third, nineteen eighty-nine"; "August fourteenth, oh nine" read
back "Oh eight, fourteen, two thousand nine"; "Eleven, twenty-two, seventy-six"; "The ninth of
July, nineteen sixty-eight" read back "Nine, seven, sixty-eight"; "Second of October"; "The
seventeenth of May, nineteen seventy"). Names from many cultures (English, Akan,
Mexican-American, African-American, Jewish-American, Igbo, Telugu, Irish, Zulu, Afrikaans, South
African Indian, Cape Malay, Maori, Scottish), four spelled letter by letter (with "double R",
"double D" and "double L"), one spelled before the first name is said, third parties said again
later by first name or "Dr. X", the customer's first name said by the agent at the end.
Must-survive numbers, 5-12 per call (42 in all): confirmation, receipt, service order, order,
case, switch reference and claim numbers, amounts in dollars, euro and rand, times, dates,
quantities (a meter reading among them) and percentages, several right after personal data (a
percentage right after the corrected account, a receipt right after a security code, a claim
number right after an address and postcode, another percentage right after a date of birth), six
read back by the customer.

Each call has 4-5 action items (25 in all) owned by the agent (7), the customer (6) or a third
person named in the call (12: a wife four times, an income analyst, a field tech, a roommate, a
pharmacist, a metering team member, an assessor, a technician, a billing clerk), said the ways
people talk: "Can she sign the spousal consent online by Friday?" answered "She will. I'll make
sure of it."; "She'll unlock it Friday morning"; "I'll call their nurse, Keith, tomorrow morning
and lean on him a little"; "Could someone read the meter Thursday morning and text them in?"
answered "My wife, Orla, is home Thursday. She'll do it."; "Can you get it to us by Thursday?"
answered "She'll e-mail it tomorrow"; "Could you ask her by Tuesday?" answered "I'll pop over
tomorrow"; "I'll SMS it to you straight after this call". Due "tonight", "straight after this
call", "tomorrow", "first thing tomorrow", "tomorrow, first thing", "tomorrow morning", "by
Wednesday", "Wednesday afternoon", "Thursday", "Thursday morning", "Friday", "Friday morning",
"by Friday", "by the eighteenth", "by Friday the eighteenth", one with no day. Not action items:
conditionals ("If it isn't done before your due date on the twenty-third, we'd put you in a
short forbearance", "If it's approved by Wednesday, it ships overnight", "If the trench had to
cross the road, council would need to approve it", "If it's in the box out front, you needn't be
home"), a declined offer ("If you went paperless, you'd get a two dollar credit" with "Maybe
later"), schedules and policies ("The first draft is January fourth", "Sewer's billed on your
winter average", "The payment comes out on the twentieth of each month", "Payouts go out within
five working days of approval", "The switch takes about three weeks in all"), news ("The last
tenant left a balance, but it won't transfer to you", "The copper gets switched off in March"),
an instruction not to act ("You don't need to contact your old supplier"), things already done
("I did tell the doctor's office. Twice."). Every customer line is labelled (102 lines: 13
positive, 14 negative): sarcasm ("Of course there's a fee. Fine.", "Merry Christmas to me.",
"Three hours? Right. Sounds like a morning gone, then."), polite frustration ("I've been on hold
forty minutes, so I hope you're the right person", "Your website logged me out three times",
"Ugh, more paperwork"), worry ("So she misses a dose? She's due Thursday."), resignation ("So,
maybe before New Year, if I'm lucky", "That's the cheap plan for you. Lesson learned."),
grudging acceptance ("Cutting it close, but okay", "We'll see if it lasts past February"),
relief ("Five dollars? Oh, thank God.", "That's actually reassuring", "Honestly, that's the best
news I've had all week") and gratitude ("I was ready to yell at somebody, and you didn't deserve
it").

Voices: two-thirds of the parties in hibari-tts (six seeds, four pitch-shifted) and festival
cmu_us_slt_arctic_hts (one pitch-shifted), the rest in espeak-ng en-us, +klatt and +f3 at
135-140 wpm; line noise 15-19 dB. Speech per call 134-148 s (858 s in all).

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
        id="21t01-student-loan-idr",
        trade="federal student loan servicing (income-driven repayment and autopay)",
        company="Northstar Loan Servicing",
        agent="Danielle Marchbanks",
        customer="Kwabena Mensah",
        agent_voice="hibari:40:-150",
        customer_voice="espeak:en-us+klatt:140:40",
        noise_db=17.0,
        reason="A borrower in Grand Rapids, Michigan, wants a lower monthly payment through income-driven repayment and to set up autopay, after buying a house.",
        outcome="The application is started; his wife signs the spousal consent by Friday, he uploads pay stubs by Wednesday, the income team recalculates by the eighteenth, autopay is set from January fourth (the account corrected in the read-back) and the agent e-mails the links tonight.",
        actions=[
            Action(
                "sign the spousal consent online",
                "Adjoa Mensah",
                "2026-12-11",
                "by Friday",
                ("spousal consent", "consent", "sign"),
            ),
            Action(
                "upload the last two pay stubs",
                "Kwabena Mensah",
                "2026-12-09",
                "by Wednesday",
                ("pay stubs", "upload"),
            ),
            Action(
                "recalculate the payment and send the new amount",
                "Leon Farraday",
                "2026-12-18",
                "by the eighteenth",
                ("recalculate", "new amount", "payment"),
            ),
            Action(
                "e-mail the consent link and upload instructions",
                "Danielle Marchbanks",
                "2026-12-06",
                "tonight",
                ("consent link", "link", "e-mail", "email"),
            ),
        ],
        script="""
A: Northstar Loan Servicing, this is [person_name:Danielle].
C: Hi. I need a lower payment, and autopay. I've been on hold forty minutes, so I hope you're the right person. {neg}
A: Sorry about the wait. Your full Social, please?
C: [ssn:Three seven one]... {neu}
A: Mm-hmm.
C: [ssn:Oh four, two two eight six]. {neu}
A: And your date of birth?
C: [date_of_birth:Oh six, oh three, eighty-nine]. {neu}
A: [date_of_birth:June third, nineteen eighty-nine]. Can you spell your last name?
C: [person_name:M E N S A H]. First name [person_name:Kwabena]. {neu}
A: Your balance is <amount:thirty-four thousand two hundred sixteen dollars>, and the payment is <amount:four hundred eighty-seven dollars> a month.
C: Which is more than our car payment. It's not working. {neg}
A: Do you and your wife file jointly?
C: Yeah. [person_name:Adjoa] just started a new job, though. {neu}
A: Then she has to consent. Can she sign the spousal consent online by Friday?
C: She will. I'll make sure of it. {neu}
A: And can you upload your last two pay stubs by Wednesday?
C: By Wednesday. Ugh, more paperwork. {neg}
A: Then [person_name:Leon Farraday] on our income team will have the new amount to you by the eighteenth. If it isn't done before your due date on <date:the twenty-third>, we'd put you in a short forbearance so you're not late.
C: Okay. That's actually reassuring. {pos}
A: Now, autopay. Routing number?
C: [routing_number:Oh seven two, four one one, double oh nine]. {neu}
A: And the account?
C: [bank_account:Four four oh, nine one two, seven seven three, one]. {neu}
A: Routing [routing_number:zero seven two, four one one, zero zero nine], account [bank_account:four four zero, nine one two, seven three seven, one].
C: [bank_account:Seven seven three, not seven three seven]. {neu}
A: Sorry. [bank_account:Four four zero, nine one two, seven seven three, one]. Autopay also takes <percent:point two five percent> off your rate.
C: Every little bit helps. {pos}
A: The first draft is <date:January fourth>, confirmation <confirmation:A P six six one nine oh>.
C: <confirmation:Six six one nine oh>. {neu}
A: Is your address still [address:forty-one twelve Breton Road Southeast, apartment two oh six]?
C: No, we bought a house in September. [address:Six oh nine Alger Street], same city, [zip:four nine five oh seven]. {neu}
A: [address:Six zero nine Alger Street], [zip:four nine five zero seven]. The best phone?
C: [phone:Six one six, two oh four, nine nine one eight]. {neu}
A: [phone:Six one six, two zero four, nine nine one eight]. I'll e-mail you the consent link and upload instructions tonight.
C: Thanks, [person_name:Danielle]. That was less painful than I expected. {pos}
A: Glad to hear it, [person_name:Kwabena].
""",
    ),
    CallScript(
        id="21t02-water-service-start",
        trade="municipal water and sewer utility (starting service at a new address)",
        company="Saguaro Basin Water and Sewer",
        agent="Raymond Castillo",
        customer="Yolanda Ferris",
        agent_voice="espeak:en-us:135:55",
        customer_voice="hibari:9",
        noise_db=19.0,
        reason="A renter moving within Tucson, Arizona, starts water and sewer service at her new unit and pays the deposit by card rather than take a credit check.",
        outcome="Service starts Friday the eleventh; the deposit and start fee are charged to a Mastercard, the field tech turns the meter on Friday, her roommate unlocks the gate Friday morning, she e-mails her lease tonight and the agent e-mails the welcome packet tomorrow.",
        actions=[
            Action(
                "turn on the meter at the new unit",
                "Manny Ochoa",
                "2026-12-11",
                "Friday",
                ("turn on", "meter"),
            ),
            Action(
                "unlock the gate to the meter box",
                "Keisha Broadnax",
                "2026-12-11",
                "Friday morning",
                ("unlock", "gate"),
            ),
            Action(
                "e-mail a copy of the lease",
                "Yolanda Ferris",
                "2026-12-06",
                "tonight",
                ("lease", "send", "e-mail"),
            ),
            Action(
                "e-mail the welcome packet with the rebate form",
                "Raymond Castillo",
                "2026-12-07",
                "tomorrow",
                ("welcome packet", "rebate form"),
            ),
        ],
        script="""
A: Saguaro Basin Water and Sewer, this is [person_name:Raymond].
C: Hi. I need to start water at my new place. Your website logged me out three times. {neg}
A: Sorry. The service address?
C: It's [address:one oh five East Calle Ocotillo]... {neu}
A: Okay?
C: [address:Unit twelve]. [zip:Eight five seven one nine]. {neu}
A: [address:One zero five East Calle Ocotillo, unit twelve], [zip:eighty-five seven nineteen]. And your name?
C: [person_name:Yolanda Ferris]. [person_name:F E double R I S]. {neu}
A: And the start date?
C: Friday, <date:the eleventh>. {neu}
A: I can waive the deposit with a credit check, or you can pay it.
C: I'd rather just pay it. {neu}
A: It's <amount:one hundred fifty dollars>, refunded after <quantity:twelve months>, plus a <amount:thirty-five dollar> start fee.
C: Of course there's a fee. Fine. {neg}
A: I'll still need the last four of your Social.
C: [ssn:Nine oh five two]. {neu}
A: And the card number?
C: [card_number:Five two two nine, oh seven one one, nine three double oh, four six six five]. {neu}
A: Expiration?
C: [card_expiry:April of twenty-nine]. {neu}
A: And the security code?
C: Hang on, it's rubbed off. Okay, [card_security_code:eight one four]. {neu}
A: That's <amount:one eighty-five> charged, receipt <receipt:W S four four seven oh two>.
C: <receipt:Four four seven oh two>. Got it. {neu}
A: And your current mailing address?
C: [address:Twenty-two sixty North Wilmot Road, apartment three oh one], [zip:eight five seven one two]. {neu}
A: [address:Twenty-two sixty North Wilmot, apartment three zero one], [zip:eight five seven one two]. A phone number?
C: [phone:Five two oh, three three eight, one oh four seven]. {neu}
A: [phone:Five two zero, three three eight, one zero four seven]. Our field tech, [person_name:Manny Ochoa], will turn the meter on Friday between <time:eight> and <time:twelve>. The meter gate has to be unlocked.
C: I won't be there till the afternoon. My roommate, [person_name:Keisha Broadnax], will. She'll unlock it Friday morning. {neu}
A: We also need a copy of your lease. Could you e-mail it?
C: I'll send it tonight. {neu}
A: The last tenant left a balance, but it won't transfer to you.
C: Good, because I was about to get annoyed. {pos}
A: I'll e-mail the welcome packet and rebate form tomorrow. Your service order is <order:S O seven three one one eight>.
C: <order:Seven three one one eight>. Okay. {neu}
A: Sewer's billed on your winter average, December to February.
C: Huh. Short showers till March, then. {neu}
A: If you went paperless, you'd get a <amount:two dollar> credit each month.
C: Maybe later. Thanks, [person_name:Raymond], you made this easy. {pos}
A: You're welcome, [person_name:Yolanda].
""",
    ),
    CallScript(
        id="21t03-specialty-pharmacy-refill",
        trade="specialty pharmacy (a refrigerated injectable refill after an insurance change)",
        company="Allegheny Specialty Pharmacy",
        agent="Meredith Oakes",
        customer="Gideon Feldman",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:17:200",
        noise_db=16.0,
        reason="A father in Pittsburgh calls because his teenage daughter's injectable refill did not ship; the order is on hold after his employer changed insurance plans.",
        outcome="The new member ID is on file; the pharmacy faxes a prior authorization request first thing tomorrow, the father calls the doctor's nurse tomorrow morning, the copay card brings the cost to five dollars, the order ships to his office and the pharmacist calls Wednesday afternoon about the new pen.",
        actions=[
            Action(
                "fax the prior authorization request to the doctor's office",
                "Meredith Oakes",
                "2026-12-07",
                "first thing tomorrow",
                ("prior authorization", "fax"),
            ),
            Action(
                "call the doctor's nurse to push the authorization",
                "Gideon Feldman",
                "2026-12-07",
                "tomorrow morning",
                ("call", "nurse", "Keith"),
            ),
            Action(
                "call to go over the new pen",
                "Anjali Rao",
                "2026-12-09",
                "Wednesday afternoon",
                ("call", "pen"),
            ),
            Action(
                "e-mail the tracking number when it ships",
                "Meredith Oakes",
                None,
                None,
                ("tracking number", "tracking"),
            ),
        ],
        script="""
A: Allegheny Specialty Pharmacy, this is [person_name:Meredith].
C: Hi. My daughter's injection was supposed to ship Friday, and nothing came. {neg}
A: I'm sorry. The patient's name and date of birth?
C: [person_name:Talia Feldman]. [date_of_birth:August fourteenth, oh nine]. {neu}
A: [date_of_birth:Oh eight, fourteen, two thousand nine]. And you are?
C: Her dad, [person_name:Gideon Feldman]. {neu}
A: Thank you. Order <order:S P eight one two two four> is on hold because the insurance changed on <date:December first>.
C: Right, my employer switched plans. I did tell the doctor's office. Twice. {neg}
A: Let's update it here. The new member ID?
C: [member_id:X Q H, nine oh two, seven one four, four eight]. {neu}
A: [member_id:X Q H, nine zero two, seven one four, four eight]?
C: Yes. It's under my name, not hers. {neu}
A: Then I need your date of birth too.
C: [date_of_birth:Eleven, twenty-two, seventy-six]. {neu}
A: [date_of_birth:November twenty-second, nineteen seventy-six]. The new plan needs a prior authorization. I'll fax the request to Dr. [person_name:Okafor]'s office first thing tomorrow.
C: So she misses a dose? She's due Thursday. {neg}
A: Not if it moves fast.
C: I'll call their nurse, [person_name:Keith], tomorrow morning and lean on him a little. {neu}
A: If it's approved by Wednesday, it ships overnight and arrives Thursday by <time:ten thirty>.
C: Cutting it close, but okay. {neu}
A: The copay on the new plan is <amount:two hundred fifty dollars>, but the manufacturer's copay card brings it down to <amount:five dollars>.
C: Five dollars? Oh, thank God. The card ID is [member_id:H C six six oh, one four two, nine nine seven]. {pos}
A: [member_id:H C six six zero, one four two, nine nine seven]. And the five dollars goes on the card ending [card_number:six oh one nine]?
C: That's fine. {neu}
A: It has to be signed for and go straight in the fridge. Where should it ship?
C: My office. [address:Four hundred Grant Street, Suite twenty-one ten], [zip:one five two one nine]. {neu}
A: [address:Four hundred Grant Street, suite twenty-one ten], [zip:one five two one nine]. A phone for the courier?
C: [phone:Four one two, five six oh, double two oh three]. {neu}
A: [phone:Four one two, five six zero, two two zero three]. I'll e-mail you the tracking number when it ships. And since it's a different pen, our pharmacist, Dr. [person_name:Anjali Rao], will call you Wednesday afternoon to go over it.
C: Okay. [person_name:Talia] will want to be on that call. She does her own shots now. {neu}
A: Good for her. Your case number is <case:C F four one seven seven>.
C: Thanks, [person_name:Meredith]. I was ready to yell at somebody, and you didn't deserve it. {pos}
A: I appreciate that, [person_name:Gideon]. We'll get it there.
""",
    ),
    CallScript(
        id="21t04-energy-supplier-switch",
        trade="household electricity supplier switching (in Galway)",
        company="Corrib Energy",
        agent="Niamh Gallagher",
        customer="Padraig Cuddihy",
        agent_voice="hibari:2",
        customer_voice="espeak:en-us:140:45",
        noise_db=18.0,
        reason="A householder in Salthill, Galway, switches his electricity to a new supplier and sets up a direct debit from his Irish bank account.",
        outcome="The switch is set up with a SEPA mandate on his IBAN; the agent e-mails the welcome pack tonight, he confirms the mandate tomorrow, his wife reads the meter on Thursday morning and the metering team rings about a smart meter by Friday.",
        actions=[
            Action(
                "e-mail the welcome pack and the direct debit mandate",
                "Niamh Gallagher",
                "2026-12-06",
                "tonight",
                ("welcome pack", "mandate"),
            ),
            Action(
                "confirm the direct debit mandate by replying to the e-mail",
                "Padraig Cuddihy",
                "2026-12-07",
                "tomorrow, first thing",
                ("confirm", "mandate", "reply"),
            ),
            Action(
                "read the meter and text in the readings",
                "Orla Cuddihy",
                "2026-12-10",
                "Thursday morning",
                ("read the meter", "readings", "text"),
            ),
            Action(
                "ring about a date for the smart meter",
                "Declan Furey",
                "2026-12-11",
                "by Friday",
                ("smart meter", "ring", "call"),
            ),
        ],
        script="""
A: Corrib Energy, [person_name:Niamh] speaking.
C: Hello. I'd like to switch my electricity to you. The old crowd put the price up again, so that's the end of that. {neg}
A: Happy to help. Your name, please?
C: [person_name:Padraig Cuddihy]. That's [person_name:C U double D I H Y]. {neu}
A: Thanks, [person_name:Padraig]. And the address?
C: [address:Twenty-three Seamount Park, Salthill], [zip:H nine one, X two K seven]. {neu}
A: [address:Twenty-three Seamount Park], [zip:H nine one, X two K seven]. Date of birth?
C: [date_of_birth:The ninth of July, nineteen sixty-eight]. {neu}
A: [date_of_birth:Nine, seven, sixty-eight]. On the dual-rate plan you'd save about <percent:fourteen percent>, and there's a <amount:fifty euro> welcome credit.
C: Fourteen percent. Grand. We'll see if it lasts past February. {neu}
A: For the direct debit, your IBAN?
C: [iban:I E eight two, A I B K, nine three one one]... {neu}
A: Go on.
C: [iban:Six oh four two, eight one seven three, oh five]. {neu}
A: [iban:I E eight two, A I B K, nine three one one, six zero four two, eight one seven three, zero five].
C: That's the one. {neu}
A: The payment comes out on <date:the twentieth> of each month. A mobile number?
C: [phone:Oh eight seven, double two one, four oh nine six]. {neu}
A: [phone:Oh eight seven, two two one, four zero nine six]. I'll e-mail the welcome pack and the mandate tonight. Can you confirm the mandate by replying?
C: I'll do it tomorrow, first thing. {neu}
A: Lovely. We'll need opening readings on the switch day, Thursday. Could someone read the meter Thursday morning and text them in?
C: My wife, [person_name:Orla], is home Thursday. She'll do it. {neu}
A: Perfect. You don't need to contact your old supplier; we'll look after that. The switch takes about three weeks in all.
C: Honestly, that's the best news I've had all week. {pos}
A: Your last bill showed day units of <quantity:four three seven one two>. Does that sound right?
C: About that, yeah. {neu}
A: And [person_name:Declan Furey] from our metering team will ring you by Friday about a date for a smart meter.
C: Will he want to come in the house? {neu}
A: Only if the meter's inside. If it's in the box out front, you needn't be home.
C: It's out front. Grand. {neu}
A: Your switch reference is <reference:C E seven seven four oh one>.
C: <reference:Seven seven four oh one>. Thanks, [person_name:Niamh]. You've been very patient with my spelling. {pos}
A: Not at all, [person_name:Padraig]. Enjoy the rest of your Sunday.
""",
    ),
    CallScript(
        id="21t05-gap-cover-claim",
        trade="medical gap cover insurance claims (a surgeon's shortfall, in Cape Town)",
        company="Table Bay Gap Cover",
        agent="Lindiwe Dlamini",
        customer="Riaan Botha",
        agent_voice="espeak:en-us+f3:140:50",
        customer_voice="hibari:31:-100",
        noise_db=15.0,
        reason="A policyholder in Cape Town claims the shortfall between his knee surgeon's and anaesthetist's fees and what his medical aid paid.",
        outcome="The claim is logged and the bank details for the payout read back and corrected; his wife e-mails the anaesthetist's detailed account tomorrow, he sends a bank confirmation letter by Wednesday, the assessor finalises by Friday the eighteenth and the agent sends the claim number by SMS straight after the call.",
        actions=[
            Action(
                "e-mail the anaesthetist's detailed account",
                "Marelize Botha",
                "2026-12-07",
                "tomorrow",
                ("detailed account", "e-mail", "anaesthetist"),
            ),
            Action(
                "send a bank confirmation letter",
                "Riaan Botha",
                "2026-12-09",
                "by Wednesday",
                ("bank confirmation letter", "confirmation letter", "letter"),
            ),
            Action(
                "finalise the claim",
                "Farah Abrahams",
                "2026-12-18",
                "by Friday the eighteenth",
                ("finalise", "finalize", "claim"),
            ),
            Action(
                "SMS the claim number",
                "Lindiwe Dlamini",
                "2026-12-06",
                "straight after this call",
                ("SMS", "claim number"),
            ),
        ],
        script="""
A: Table Bay Gap Cover, [person_name:Lindiwe] speaking.
C: Hi, [person_name:Lindiwe]. I had a knee op, and there's a shortfall on the surgeon's bill. {neu}
A: Let's see. Your policy number?
C: [member_id:G P eight eight four, one two oh three]. {neu}
A: [member_id:G P eight eight four, one two zero three]. And your name and date of birth?
C: [person_name:Riaan Botha]. [date_of_birth:Second of October, nineteen seventy-nine]. {neu}
A: [date_of_birth:Two, ten, seventy-nine]. What's the shortfall?
C: The surgeon charged <amount:forty-two thousand rand>, and the medical aid paid <amount:twenty-seven thousand one hundred and thirty>. So <amount:fourteen thousand eight hundred and seventy rand> is on me. Merry Christmas to me. {neg}
A: We should cover most of that. Did the anaesthetist also charge above the rate?
C: Yes, Dr. [person_name:Naidoo]. I don't have that account yet. {neu}
A: We need the detailed account, with the codes. Can you get it to us by Thursday?
C: My wife, [person_name:Marelize], handles all of that. She'll e-mail it tomorrow. {neu}
A: For the payout, which bank?
C: F N B. The account is [bank_account:six two eight, four one oh, seven seven nine, one three]. {neu}
A: [bank_account:Six two eight, four one zero, seven nine seven, one three]?
C: No, [bank_account:seven seven nine], then [bank_account:one three]. {neu}
A: Sorry. [bank_account:Six two eight, four one zero, seven seven nine, one three]. We'll also need a bank confirmation letter. Can you send that by Wednesday?
C: Sure, I'll download it from the app. By Wednesday. {neu}
A: [person_name:Farah Abrahams], our assessor, will finalise it by Friday the eighteenth. Payouts go out within five working days of approval.
C: So, maybe before New Year, if I'm lucky. {neg}
A: If the medical aid had paid at two hundred percent, the shortfall would've been smaller, but your plan pays at one hundred.
C: That's the cheap plan for you. Lesson learned. {neg}
A: A contact number?
C: [phone:Oh eight two, four four five, seven seven one oh]. {neu}
A: [phone:Oh eight two, four four five, seven seven one zero]. And the postal address?
C: [address:Eighteen Upper Kloof Street, Tamboerskloof], [zip:eight oh oh one]. {neu}
A: [address:Eighteen Upper Kloof Street], [zip:eight zero zero one]. Your claim number is <claim:G C two six, five five one eight>. I'll SMS it to you straight after this call.
C: <claim:Five five one eight>. Got it. {neu}
A: Anything else, Mr. [person_name:Botha]?
C: No. Thanks, [person_name:Lindiwe], you've made this a lot less stressful. {pos}
A: Pleasure, [person_name:Riaan]. Wishing you a quick recovery.
""",
    ),
    CallScript(
        id="21t06-rural-fibre-install",
        trade="rural fibre broadband installation (near Nelson, New Zealand)",
        company="Tasman Fibre Connect",
        agent="Aroha Ngata",
        customer="Hamish Gillies",
        agent_voice="hibari:44:100",
        customer_voice="festival:cmu_us_slt_arctic_hts:-200",
        noise_db=17.0,
        reason="A householder on a rural road in Upper Moutere orders a fibre connection now that the line has reached his road, and sets up a direct debit.",
        outcome="The install is booked for Thursday with a technician; he asks his neighbour about the shared driveway tomorrow, his wife e-mails the signed consent by Wednesday, billing applies the first-month credit by Friday and the agent texts the confirmation tonight.",
        actions=[
            Action(
                "install the fibre connection",
                "Tane Parata",
                "2026-12-10",
                "Thursday",
                ("install", "fibre", "out"),
            ),
            Action(
                "ask the neighbour about trenching across the shared driveway",
                "Hamish Gillies",
                "2026-12-07",
                "tomorrow",
                ("pop over", "neighbour", "driveway", "ask"),
            ),
            Action(
                "e-mail the signed landowner consent form",
                "Jo Gillies",
                "2026-12-09",
                "by Wednesday",
                ("consent form", "e-mail", "sign"),
            ),
            Action(
                "apply the first-month credit",
                "Mere Tawhiri",
                "2026-12-11",
                "by Friday",
                ("credit", "first month"),
            ),
            Action(
                "text the booking confirmation",
                "Aroha Ngata",
                "2026-12-06",
                "tonight",
                ("text", "confirmation"),
            ),
        ],
        script="""
A: Tasman Fibre Connect, kia ora, [person_name:Aroha] speaking.
C: Hi, [person_name:Aroha]. The fibre's finally reached our road, and I'd like to get connected. {pos}
A: Great. What's the address?
C: [address:Eight seventy-two Moutere Highway, R D two, Upper Moutere]. {neu}
A: And the postcode?
C: [zip:Seven one seven five]. {neu}
A: [address:Eight seventy-two Moutere Highway, R D two], [zip:seven one seven five]. Yep, you're on the new build. Your name?
C: [person_name:Hamish Gillies]. [person_name:G I double L I E S]. {neu}
A: Thanks. For the account, your date of birth?
C: [date_of_birth:The seventeenth of May, nineteen seventy]. {neu}
A: [date_of_birth:Seventeen, five, seventy]. And the best number?
C: [phone:Oh two one, two six eight, four four oh nine]. Actually, no, [phone:four four nine oh] at the end. {neu}
A: [phone:Oh two one, two six eight, four four nine zero].
C: That's it. {neu}
A: The Fibre Three Hundred plan is <amount:eighty-nine dollars> a month, and the first month's free.
C: And the copper line we've got now? It drops out every time it rains, which is most of the winter. {neg}
A: The copper gets switched off in March anyway. For the direct debit, your bank account?
C: [bank_account:Zero two, zero five zero one, oh eight four seven two nine one, zero zero]. {neu}
A: [bank_account:Zero two, zero five zero one, zero eight four seven two nine one, zero zero].
C: Correct. {neu}
A: Our technician, [person_name:Tane Parata], will come out Thursday between <time:nine> and <time:one> to do the install.
C: Thursday's good. Do you need to trench? The driveway's shared with the neighbour. {neu}
A: Then we'd need her okay. Could you ask her by Tuesday?
C: [person_name:Lorraine]? I'll pop over tomorrow. She's usually fine, as long as we don't touch her roses. {neu}
A: Ha, noted. If the trench had to cross the road, council would need to approve it, but yours doesn't.
C: Small mercies. {pos}
A: We also need the landowner consent form signed. Is the property in both your names?
C: Yes, mine and [person_name:Jo]'s. She'll sign it and e-mail it back by Wednesday. {neu}
A: Perfect. [person_name:Mere Tawhiri] in billing will put the first-month credit on by Friday, and I'll text you the booking confirmation tonight. Your order number is <order:T F C four one eight eight two>.
C: <order:Four one eight eight two>. {neu}
A: And the install takes about <quantity:three hours>.
C: Three hours? Right. Sounds like a morning gone, then. {neg}
A: Sorry, it's a long cable run from the road. Anything else, [person_name:Hamish]?
C: No, that's everything. Cheers, [person_name:Aroha]. Can't wait to ditch the copper. {pos}
A: Ka kite, [person_name:Hamish].
""",
    ),
]

"""The TWENTYFIRST-DEV half: six scripted two-party phone calls, a twenty-first set in trades none
of the earlier sets covered. Written 2026-12-06, stop 38, blind from a brief by a helper session
that read no product code: nothing under src/, no tests, no docs, no other benchmark code than
bench/vi/realistic/script.py, generate.py and check.py, the first 60 lines of
bench/vi/realistic/README.md, the module docstrings of the other *_calls.py files (to avoid
their trades), and one earlier call, the first twentieth-dev call, as a format example. (The
espeak-ng voice spec, which the example does not use, was learnt from the traceback generate.py
printed for a wrong guess, `espeak:en-us`: an IndexError whose frames showed a few lines of
audio.py (render, utterance, make, and the call `_espeak(text, args[0], args[1], args[2])`) and
of tests/support/speech.py (`cached`). The spec used here is `espeak:<voice>:<wpm>:<pitch>`: the
second field was checked to be the speed by comparing rendered lengths, the third is taken to be
espeak's pitch. A third field on the festival voice, e.g. `:-150`, is accepted and changes the
audio; it is taken to be a pitch shift in cents, as with hibari.) Frozen as of the commit that
adds it: do not edit the calls or the labels to suit a result. Tune on these if you must; the
test half (twentyfirst_test_calls.py) is held out: do not read it and do not tune on it.

Trades: health savings account administration (a reimbursement returned by a closed bank
account, a member in Columbus, Ohio), pet insurance claims (a dog's knee surgery and a declined
premium card, in Austin, Texas), outpatient physical therapy intake (after a knee replacement,
in Denver, on the wife's insurance), non-profit credit counselling (a debt management plan's
pre-authorized debits, in Toronto), strata management (a levy paid twice and a leak from the
bathroom ceiling, a Parramatta unit whose owner now lives in Brisbane), residential conveyancing
(a flat in Leith before the date of entry, the buyer in Valencia). Three calls are set in the
US, the others in Canada, Australia and Scotland. The set's weight is on bank ids, street
addresses, phone numbers and dates of birth said the ways people say them and read back, action
items with named owners and due days said indirectly, customer sentiment, numbers that must
survive redaction placed right after personal data, and names.

Bank ids: a US routing number with "double oh" and "oh" and a checking account corrected
mid-number ("two five... sorry, two six four nine"), the agent's read-back wrong in the last
group and corrected by the customer, then read again whole; a Canadian transit and institution
off a void cheque, the agent reading the institution back wrong ("zero zero three?" "No, oh oh
four. It's TD."), and a seven-digit account; an Australian BSB read back wrong ("one four
eight") and corrected, with an eight-digit account; a Spanish IBAN over two turns ("Yes?") read
back whole with "zero". Ids that identify a person: an HSA member id with spelled letters, a pet
insurance policy number with "dash" and "K as in kilo", a health plan member id ending "W as in
whiskey", a Portuguese passport number, all read back. An SSN last four; a Visa in fours with
"double oh", expiry "eleven twenty-nine" and security code in one breath, the card's last four
read back, with a billing ZIP. Street addresses with house numbers in words and digit by digit
("twelve forty", "one oh five", "nine eighty-eight", "unit fifteen oh four, eighty-eight",
"sixty-one", "eleven", a Spanish street with floor and door), apartment and unit numbers, three
addresses given over two turns ("Go on", "Yep?"), ZIPs said digit by digit and read back in
pairs ("forty-three two fourteen", "eight oh two ten"), a Canadian postal code, Australian and
Spanish postcodes. Phones read in groups with "double" and "oh", four corrected mid-number or
after the agent's reading ("Six four seven, not four one six" to a number read from the file;
"No, seven seven three at the end"), a Spanish mobile with "plus three four", most read back
with "zero". Dates of birth in words and in digits, US and day-first ("March third, nineteen
eighty-one" read back "Oh three, oh three, eighty-one"; "oh seven, twelve, fifty-four" read back
"July twelfth"; "The third of March, fifty-six"; "The twenty-ninth of February, ninety-two" read
back "Twenty-nine, oh two"). Names from many cultures (Yoruba, Polish, Tamil, Mexican-American,
Italian, Igbo, Norwegian-American, Navajo, Russian, Arab-American, Punjabi, French-Canadian,
Singaporean Chinese, Irish, Gujarati, Greek, Portuguese, Scottish), four spelled letter by
letter (one with "double L"), third parties said again later by first name or "Dr. X", the
customer's first name said by the agent at the end. Must-survive numbers, 6-8 per call (41 in
all): claim, reference, referral, confirmation, file, strata plan and levy notice numbers,
amounts, times, dates, quantities and a percentage, several right after a routing or account
number, a card, an IBAN or an address (a change reference right after the corrected account, a
confirmation number right after the card's last four), two read back by the customer.

Each call has 4-5 action items (27 in all) owned by the agent (8), the customer (7) or a third
person named in the call (12: a payments clerk, a husband, a wife, a claims reviewer, a
daughter, an insurance coordinator, a wife, a counsellor, an accounts officer, a building
manager, a cashroom clerk, a brother), said the ways people talk: "Priya Raman in payments will
release it by Tuesday"; "Can he do that by Thursday?" answered "He will. I'll stick a note on
the coffee maker."; "She'll ask her then" (Wednesday); "Could she also fill out the intake forms
online before Tuesday?" answered "She will"; "Could she send those by Tuesday?" answered
"Agnieszka? She'll scan them tonight"; "he'll pay it back to you on Tuesday"; "Can you send the
balance by Tuesday?" answered "I'll do the transfer tomorrow morning"; "Could he pick them up
... on Friday afternoon?" answered "He will. He's booked the afternoon off." Due "tonight",
"first thing tomorrow", "tomorrow morning", "by Monday afternoon", "first thing Monday", "by
Tuesday", "before Tuesday", "on Tuesday", "on Wednesday", "by Wednesday", "Thursday", "Thursday
morning", "by Thursday", "by Friday", "on Friday afternoon", one with no day. Not action items:
schedules ("Reimbursements run every Tuesday and Friday", "After that, it's Tuesdays and
Thursdays", "The first payment comes out January fifteenth", "the AGM's on the twenty-first of
January"), conditionals ("If it doesn't show the date of service, we'd have to deny it", "If
it's approved, we pay ninety percent", "If it's the common pipe, the owners corporation pays",
"If it came in after two on Friday, entry would move to Monday"), things already done or news
("They told me they sent everything on Tuesday", "I met with Aurelie Tremblay on Thursday",
"Northgate Visa has already accepted", "has already sent the title deeds"), a policy ("Usually
within two or three weeks of accepting"). Every customer line is labelled (96 lines: 12
positive, 15 negative): sarcasm ("Love that for me", "A hold. Of course there is.", "Shorts. In
December. Wonderful.", "Well, there goes the fishing budget", "Oh, brilliant, so that's where my
mail's been going"), polite frustration ("the claim's been 'in review' ever since", "Ugh, their
billing office never picks up. Fine."), worry ("Oh God, is something wrong with the flat?", "I
just hope it's not my pipes", "it's terrifying, pressing send on that much money"), grudging
acceptance ("I'll believe it when I see it, but thanks", "It stings, but it beats the phone
calls", "Friday. I'll hold you to that."), relief ("Oh, thank goodness", "That would be a huge
relief, honestly", "Good. That'll help me sleep."), gratitude ("Thanks for actually explaining
things") and "I slept better last night than I have in months".

Voices: two-thirds of the parties in hibari-tts (six seeds, three pitch-shifted) and festival
cmu_us_slt_arctic_hts (one pitch-shifted), the rest in espeak-ng en-us, +klatt and +f3 at
135-140 wpm; line noise 15-18 dB. Speech per call 133-148 s (857 s in all).

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
        id="21d01-hsa-reimbursement",
        trade="health savings account administration (a returned reimbursement, a new bank account)",
        company="Keystone Benefit Accounts",
        agent="Terrence Oyelaran",
        customer="Bethany Kowalczyk",
        agent_voice="hibari:21",
        customer_voice="espeak:en-us+f3:140:55",
        noise_db=16.0,
        reason="An HSA member in Columbus, Ohio, calls because a reimbursement bounced off a checking account she closed in October; she needs the new account on file and her address and phone updated.",
        outcome="The new routing and account numbers are on file (the agent's read-back corrected), the reimbursement is resubmitted tonight, a replacement debit card goes out tomorrow, payments releases the hold by Tuesday, the customer uploads an itemized bill by Friday and her husband signs the authorized user form by Thursday.",
        actions=[
            Action(
                "resubmit the returned reimbursement to the new account",
                "Terrence Oyelaran",
                "2026-12-06",
                "tonight",
                ("resubmit", "reimbursement"),
            ),
            Action(
                "mail a replacement debit card to the new address",
                "Terrence Oyelaran",
                "2026-12-07",
                "first thing tomorrow",
                ("replacement", "card"),
            ),
            Action(
                "upload the itemized urgent care bill",
                "Bethany Kowalczyk",
                "2026-12-11",
                "by Friday",
                ("itemized bill", "upload", "itemized"),
            ),
            Action(
                "release the hold on the account",
                "Priya Raman",
                "2026-12-08",
                "by Tuesday",
                ("hold", "release"),
            ),
            Action(
                "sign the authorized user form",
                "Greg Kowalczyk",
                "2026-12-10",
                "by Thursday",
                ("authorized user form", "sign", "form"),
            ),
        ],
        script="""
A: Keystone Benefit Accounts, [person_name:Terrence] speaking. Can I get your member ID?
C: Sure, it's [member_id:K B A, four four seven, nine oh two, one six]. {neu}
A: [member_id:K B A, four four seven, nine zero two, one six]. And your date of birth?
C: [date_of_birth:March third, nineteen eighty-one]. {neu}
A: [date_of_birth:Oh three, oh three, eighty-one]. And your name, spelled?
C: [person_name:Bethany Kowalczyk]. [person_name:K O W A L C Z Y K]. {neu}
A: Thanks, Ms. [person_name:Kowalczyk]. What's going on?
C: My reimbursement bounced. <amount:Three hundred twelve forty>, in limbo since Thanksgiving. Love that for me. {neg}
A: I'm sorry. I see claim <claim:R four eight eight one six>, returned on <date:November twentieth>. Now, the last four of your Social?
C: [ssn:Six oh one eight]. {neu}
A: The routing number?
C: [routing_number:Oh four four, double oh two, oh seven seven]. {neu}
A: And the account?
C: [bank_account:Eight three one, oh oh seven, two five... sorry, two six four nine]. {neu}
A: Routing [routing_number:zero four four, zero zero two, zero seven seven], account [bank_account:eight three one, zero zero seven, two five four nine].
C: No, the end is [bank_account:two six four nine]. {neu}
A: Sorry. [bank_account:Eight three one, zero zero seven, two six four nine]. Your change reference is <reference:B C nine oh four one>, and I'll resubmit the <amount:three twelve forty> tonight.
C: I'll believe it when I see it, but thanks. {neu}
A: The letter went to your old address. What's the new one?
C: [address:Twelve forty Ridgeview Court]... {neu}
A: Go on.
C: [address:Unit three B], Columbus, [zip:four three two one four]. {neu}
A: [address:Twelve forty Ridgeview Court, Unit three B], [zip:forty-three two fourteen]. Your card went there too, so I'll get a replacement out first thing tomorrow.
C: Oh, thank goodness. {pos}
A: And your son's urgent care claim, <claim:R four nine oh two two>, needs the itemized bill. Could you upload it by Friday?
C: Ugh, their billing office never picks up. Fine. By Friday. {neg}
A: If it doesn't show the date of service, we'd have to deny it. Also, the bounce put a hold on the account. [person_name:Priya Raman] in payments will release it by Tuesday.
C: A hold. Of course there is. {neg}
A: Anything else?
C: My husband, [person_name:Greg], wants his own card. {neu}
A: He'd sign the authorized user form. Can he do that by Thursday?
C: He will. I'll stick a note on the coffee maker. {neu}
A: Reimbursements run every Tuesday and Friday, by the way.
C: Good to know. Thanks for untangling this, [person_name:Terrence]. {pos}
A: Happy to help, [person_name:Bethany].
""",
    ),
    CallScript(
        id="21d02-pet-insurance-claim",
        trade="pet insurance claims (a dog's knee surgery, a lapsed premium card)",
        company="Bluebonnet Pet Health Insurance",
        agent="Courtney Abernathy",
        customer="Rogelio Villanueva",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:8:-200",
        noise_db=18.0,
        reason="A policyholder in Austin, Texas, chases a knee-surgery claim for his dog that has sat in review for two weeks, and learns his premium card has declined.",
        outcome="The claim is waiting on surgical notes; the agent requests them tomorrow, the customer's wife asks the vet about the limp on Wednesday, a reviewer decides by Friday, the customer photographs the discharge sheet tonight, and a new Visa pays the overdue premium.",
        actions=[
            Action(
                "request the surgical notes from the animal hospital",
                "Courtney Abernathy",
                "2026-12-07",
                "first thing tomorrow",
                ("surgical notes", "notes", "request"),
            ),
            Action(
                "ask the vet when the limp started",
                "Lupe Villanueva",
                "2026-12-09",
                "on Wednesday",
                ("limp", "ask"),
            ),
            Action(
                "give a decision on the claim",
                "Desmond Achebe",
                "2026-12-11",
                "by Friday",
                ("decision", "claim"),
            ),
            Action(
                "send a photo of the discharge sheet",
                "Rogelio Villanueva",
                "2026-12-06",
                "tonight",
                ("discharge sheet", "photo"),
            ),
            Action(
                "e-mail the payment receipt",
                "Courtney Abernathy",
                None,
                None,
                ("receipt", "e-mail", "email"),
            ),
        ],
        script="""
A: Bluebonnet Pet Health, [person_name:Courtney] speaking.
C: Hi. My dog had knee surgery two weeks ago, and the claim's been "in review" ever since. {neg}
A: Sorry about the wait. The policy number?
C: [member_id:B P H, dash, seven seven oh four, dash, K nine]. {neu}
A: [member_id:B P H, seven seven zero four, K as in kilo, nine]. And your name?
C: [person_name:Rogelio Villanueva]. [person_name:V I double L A N U E V A]. {neu}
A: Thanks, Mr. [person_name:Villanueva]. The patient is Biscuit?
C: That's her. Eleven, and still thinks she's a puppy, which is how we got here. {pos}
A: Claim <claim:C L four four one nine two>, for <amount:four thousand eight hundred sixty dollars>, is waiting on the surgical notes. I'll request them from the hospital myself first thing tomorrow.
C: They told me they sent everything on Tuesday. But okay, thanks. {neu}
A: It would also help if Dr. [person_name:Marchetti] noted when the limp started.
C: My wife, [person_name:Lupe], has the recheck with her on Wednesday. She'll ask her then. {neu}
A: Great. Also, your premium card declined on <date:December first>, so you're in the grace period.
C: Wait, what? Perfect timing, with a claim open. {neg}
A: It's <amount:sixty-four eighteen> a month. Do you have a new card?
C: A Visa, [card_number:four four one seven, six six double oh, three two eight five, one one seven two]. {neu}
A: The expiration, and the code on the back?
C: [card_expiry:Eleven twenty-nine], and [card_security_code:three oh seven]. {neu}
A: The billing ZIP?
C: [zip:Seven eight seven four five]. {neu}
A: Card ending [card_number:one one seven two]. That went through, confirmation <confirmation:eight eight two oh six one>. I'll e-mail you the receipt.
C: Good. One less thing. {pos}
A: The reimbursement's a check to [address:one oh five Pecan Hollow Drive]. Still right?
C: Yep. But the phone's changed. It's [phone:seven three seven, two oh nine, six five eight one. Sorry, six five one eight]. {neu}
A: [phone:Seven three seven, two zero nine, six five one eight].
C: That's it. {neu}
A: [person_name:Desmond Achebe] on our review team has the claim. Once the notes are in, he'll have a decision to you by Friday.
C: Friday. I'll hold you to that. {neu}
A: If it's approved, we pay <percent:ninety percent> after the <amount:two hundred fifty dollar> deductible, so about <amount:four thousand one hundred forty-nine dollars>.
C: That would be a huge relief, honestly. {pos}
A: Could you send a photo of the discharge sheet tonight? It speeds things up.
C: Sure, I'll snap it tonight. {neu}
A: Anything else?
C: No. Thanks for actually explaining things, [person_name:Courtney]. {pos}
A: Anytime, [person_name:Rogelio]. Give Biscuit a treat from us.
""",
    ),
    CallScript(
        id="21d03-physical-therapy-intake",
        trade="outpatient physical therapy (intake after a knee replacement)",
        company="Front Range Motion Physical Therapy",
        agent="Kaylee Brandvold",
        customer="Harold Tsosie",
        agent_voice="hibari:33:150",
        customer_voice="espeak:en-us+klatt:135:45",
        noise_db=17.0,
        reason="A retired man in Denver calls, at his surgeon's request, to book physical therapy after a knee replacement on his wife's insurance.",
        outcome="The evaluation is booked for Tuesday the eighth at ten fifteen; the coordinator gets the authorization back by Monday afternoon, the clinic sends the plan of care to the surgeon tomorrow morning, his daughter fills in the intake forms before Tuesday and he brings his insurance card and ID.",
        actions=[
            Action(
                "fill out the intake forms online",
                "Renee Tsosie",
                "2026-12-08",
                "before Tuesday",
                ("intake forms", "fill out"),
            ),
            Action(
                "get the insurance authorization back and call",
                "Nadia Haddad",
                "2026-12-07",
                "by Monday afternoon",
                ("authorization", "call"),
            ),
            Action(
                "send the plan of care to the surgeon's office for signature",
                "Kaylee Brandvold",
                "2026-12-07",
                "tomorrow morning",
                ("plan of care", "signature"),
            ),
            Action(
                "bring the insurance card and a photo ID to the evaluation",
                "Harold Tsosie",
                "2026-12-08",
                "on Tuesday",
                ("insurance card", "photo ID", "bring"),
            ),
        ],
        script="""
A: Front Range Motion Physical Therapy, this is [person_name:Kaylee].
C: Hi. My surgeon said to call. I had my knee replaced on <date:the twentieth>. {neu}
A: Your name and date of birth?
C: [person_name:Harold Tsosie]. That's [person_name:T S O S I E]. Birthday is [date_of_birth:oh seven, twelve, fifty-four]. {neu}
A: [date_of_birth:July twelfth, nineteen fifty-four]. And the referral's from Dr. [person_name:Sokolova]?
C: That's right. {neu}
A: I have it, referral <referral:R X seven seven three oh two>, for <quantity:twelve visits>. Which insurance?
C: Rocky Mountain Health, through my wife. The ID is [member_id:R M H, six one oh, four four eight, two seven, W as in whiskey]. {neu}
A: [member_id:R M H, six one zero, four four eight, two seven, W]. And her name and birthday, as the subscriber?
C: [person_name:Loretta Tsosie]. [date_of_birth:The third of March, fifty-six]. {neu}
A: I can do Tuesday at <time:ten fifteen> for the evaluation. After that, it's Tuesdays and Thursdays.
C: Fine. Getting there's the hard part. I hate asking people for rides. {neg}
A: Is there someone who can bring you?
C: My daughter, [person_name:Renee], works from home. She can take me. {neu}
A: Good. Could she also fill out the intake forms online before Tuesday?
C: She will. She's better with computers. {neu}
A: What's a good number for her?
C: [phone:Seven two oh, four one three, eight eight two six. No, sorry, eight eight six two]. {neu}
A: [phone:Seven two zero, four one three, eight eight six two]. And your address?
C: [address:Nine eighty-eight South Clarkson Street, apartment four C]. Denver, [zip:eight oh two one oh]. {neu}
A: [address:Nine eighty-eight South Clarkson, apartment four C], [zip:eight oh two ten]. Your copay is <amount:forty dollars> a visit.
C: Forty a visit, twice a week. Well, there goes the fishing budget. {neg}
A: Our coordinator, [person_name:Nadia Haddad], will get the authorization back by Monday afternoon and call you. If it isn't back by Tuesday, we can still see you and bill it later.
C: Okay. That's fair. {neu}
A: I'll also send the plan of care to Dr. [person_name:Sokolova]'s office tomorrow morning for her signature. On Tuesday, please bring your insurance card and a photo ID, and wear shorts.
C: Shorts. In December. Wonderful. {neg}
A: Your confirmation is <confirmation:P T four six one eight>, Tuesday <date:December eighth>, with [person_name:Jonah Whitecloud].
C: <confirmation:Four six one eight>. Got it. Thanks for making this easy, [person_name:Kaylee]. {pos}
A: You're welcome, [person_name:Harold].
""",
    ),
    CallScript(
        id="21d04-debt-management-plan",
        trade="non-profit credit counselling (setting up a debt management plan's payments)",
        company="Lakeshore Credit Counselling Services",
        agent="Gurpreet Sandhu",
        customer="Tomasz Wisniewski",
        agent_voice="espeak:en-us:140:50",
        customer_voice="hibari:14",
        noise_db=15.0,
        reason="A client in Toronto calls after meeting his counsellor to set up pre-authorized debits for a debt management plan covering five creditors.",
        outcome="The transit, institution (corrected in the read-back) and account are on file for six hundred twelve dollars a month from January fifteenth; he returns the signed agreement by Wednesday, his wife sends pay stubs tonight, the agency sends the proposal to the creditors first thing Monday and the counsellor calls Thursday.",
        actions=[
            Action(
                "sign and return the pre-authorized debit agreement",
                "Tomasz Wisniewski",
                "2026-12-09",
                "by Wednesday",
                ("agreement", "sign", "back"),
            ),
            Action(
                "send her two most recent pay stubs",
                "Agnieszka Wisniewski",
                "2026-12-06",
                "tonight",
                ("pay stubs", "scan"),
            ),
            Action(
                "send the proposal to all five creditors",
                "Gurpreet Sandhu",
                "2026-12-07",
                "first thing Monday",
                ("proposal", "creditors"),
            ),
            Action(
                "call to go through closing the cards",
                "Aurelie Tremblay",
                "2026-12-10",
                "Thursday",
                ("call", "cards"),
            ),
        ],
        script="""
A: Lakeshore Credit Counselling, [person_name:Gurpreet] speaking.
C: Hi. I met with [person_name:Aurelie Tremblay] on Thursday, and she said to call to set up my payments. {neu}
A: Sure. What's your file number?
C: <file:L C two two eight one seven>. {neu}
A: And your name and date of birth?
C: [person_name:Tomasz Wisniewski]. [person_name:W I S N I E W S K I]. [date_of_birth:The ninth of November, seventy-eight]. {neu}
A: [date_of_birth:November ninth, nineteen seventy-eight]. So, the plan covers <quantity:five creditors>, <amount:twenty-eight thousand four hundred dollars>, at <amount:six hundred twelve dollars> a month.
C: Six twelve. It stings, but it beats the phone calls. {neu}
A: I need the transit, institution and account numbers off a void cheque.
C: Okay. Transit [routing_number:one nine two four two], institution [routing_number:oh oh four]. {neu}
A: Transit [routing_number:one nine two four two], institution [routing_number:zero zero three]?
C: No, [routing_number:oh oh four]. It's TD. {neu}
A: Right, [routing_number:zero zero four]. And the account?
C: [bank_account:Five two oh, eight eight one, three]. {neu}
A: [bank_account:Five two zero, eight eight one, three]. The first payment comes out <date:January fifteenth>, then the fifteenth of every month.
C: Good, that's right after payday. {neu}
A: I still need the signed agreement. Can you send it back by Wednesday?
C: Yep, you'll have it by Wednesday. {neu}
A: [person_name:Aurelie] also needs your wife's last two pay stubs for the budget. Could she send those by Tuesday?
C: [person_name:Agnieszka]? She'll scan them tonight. She's far more organized than me. {neu}
A: Then I'll send the proposal to all five creditors first thing Monday.
C: And the collection calls stop when? They're driving me up the wall. {neg}
A: Usually within two or three weeks of accepting. Northgate Visa has already accepted.
C: Northgate? Seriously? They were the worst. Well, that's something. {pos}
A: You'll need to close the cards in the plan, so [person_name:Aurelie] will call you Thursday at <time:six thirty> to go through that.
C: Thursday works. {neu}
A: Your address is [address:unit fifteen oh four, eighty-eight Harbour Street]?
C: That's it, [zip:M five J, oh B five]. {neu}
A: And your cell is [phone:four one six, five oh two, double one seven three]?
C: [phone:Six four seven], not four one six. The rest is right. {neu}
A: [phone:Six four seven, five zero two, one one seven three]. Your monthly reference is <reference:D M P seven three three oh nine>.
C: Thanks, [person_name:Gurpreet]. Honestly, I slept better last night than I have in months. {pos}
A: Glad to hear it, [person_name:Tomasz]. Talk soon.
""",
    ),
    CallScript(
        id="21d05-strata-levy-refund",
        trade="strata management (a levy paid twice, a leak from the unit above)",
        company="Harbourline Strata Management",
        agent="Siobhan Kearney",
        customer="Wei Ling Tan",
        agent_voice="hibari:5:-100",
        customer_voice="festival:cmu_us_slt_arctic_hts:-150",
        noise_db=18.0,
        reason="An owner of a Parramatta unit who now lives in Brisbane calls because she paid her quarterly levy twice; the agent also raises a leak reported by her tenant.",
        outcome="The accounts officer refunds the duplicate levy on Tuesday to her BSB and account (the BSB corrected in the read-back), her postal address is updated and a statement e-mailed tomorrow, the building manager inspects the leak Thursday morning, she texts her tenant tonight and returns a by-law consent by Friday.",
        actions=[
            Action(
                "refund the duplicate levy payment",
                "Raj Mehta",
                "2026-12-08",
                "on Tuesday",
                ("refund", "pay it back"),
            ),
            Action(
                "e-mail an updated levy statement",
                "Siobhan Kearney",
                "2026-12-07",
                "first thing tomorrow",
                ("levy statement", "statement"),
            ),
            Action(
                "inspect the bathroom ceiling leak with the plumber",
                "Craig Pappas",
                "2026-12-10",
                "Thursday morning",
                ("inspect", "leak", "plumber"),
            ),
            Action(
                "let the tenant know about the inspection",
                "Wei Ling Tan",
                "2026-12-06",
                "tonight",
                ("text her", "let", "know"),
            ),
            Action(
                "sign and return the by-law consent for the air conditioner",
                "Wei Ling Tan",
                "2026-12-11",
                "by Friday",
                ("by-law consent", "sign", "send it back"),
            ),
        ],
        script="""
A: Harbourline Strata, [person_name:Siobhan] speaking.
C: Hi, [person_name:Siobhan], it's [person_name:Wei Ling Tan]. I own a unit in Parramatta, and I think I paid my levy twice. {neu}
A: Let's have a look. Which unit?
C: [address:Unit four oh two, sixty-one Marsden Street]. {neu}
A: Strata plan <plan:S P eight seven six five four>. Yes, levy notice <notice:four four one nine> was paid on the second and again on the fourth, <amount:one thousand one hundred eighty-six dollars forty> each time.
C: Typical. The banking app froze and I hit pay again. {neg}
A: It happens a lot. [person_name:Raj Mehta], our accounts officer, does refunds on Tuesdays, so he'll pay it back to you on Tuesday. Your bank details?
C: BSB [routing_number:oh six two, one eight four], account [bank_account:one oh four seven, two two six nine]. {neu}
A: BSB [routing_number:oh six two, one four eight]...
C: No, [routing_number:one eight four]. {neu}
A: Sorry. [routing_number:Oh six two, one eight four], account [bank_account:one oh four seven, two two six nine].
C: That's it. {neu}
A: We're also still posting your notices to the unit. Where should they go?
C: Oh, brilliant, so that's where my mail's been going. I moved to Brisbane in August. It's [address:eleven Kedron Brook Road]... {neg}
A: Yep?
C: [address:Wilston], [zip:four oh five one]. {neu}
A: [address:Eleven Kedron Brook Road, Wilston], [zip:four zero five one]. Updated. I'll e-mail you an updated levy statement first thing tomorrow.
C: Thanks. {neu}
A: While I have you, your tenant reported water coming through the bathroom ceiling.
C: Oh no. [person_name:Fiona] mentioned a stain, but I didn't think it was that bad. {neg}
A: Our building manager, [person_name:Craig Pappas], will inspect it Thursday morning, about <time:eight thirty>, with the plumber. Could you let [person_name:Fiona] know by tomorrow?
C: I'll text her tonight. I just hope it's not my pipes. {neg}
A: If it's the common pipe, the owners corporation pays. If it's inside your unit, that's on you.
C: Fingers crossed for common property, then. {neu}
A: What's the best number for [person_name:Craig] to reach you?
C: [phone:Oh four one two, double three eight, five oh nine]. {neu}
A: [phone:Oh four one two, three three eight, five zero nine]. Also, the by-law consent for your air conditioner needs your signature. Can you send it back by Friday?
C: Yes, I'll sign it and send it back by Friday. {neu}
A: And the AGM's on <date:the twenty-first of January> at <time:six thirty>, if you'd like to dial in.
C: Thanks, [person_name:Siobhan]. You've saved me a real headache. {pos}
A: No worries, [person_name:Wei Ling]. Take care.
""",
    ),
    CallScript(
        id="21d06-conveyancing-completion",
        trade="residential conveyancing (a flat purchase before the date of entry)",
        company="Calton Hill Property Law",
        agent="Morag Lindsay",
        customer="Ines Carvalho",
        agent_voice="hibari:27",
        customer_voice="espeak:en-us+f3:135:60",
        noise_db=16.0,
        reason="A solicitor in Edinburgh calls a buyer living in Valencia to complete money-laundering checks before Friday's date of entry on a flat in Leith.",
        outcome="The source IBAN, passport number, date of birth, Valencia address and mobile (corrected in the read-back) are on file; the buyer transfers the balance tomorrow morning, the cashroom confirms by Wednesday, the solicitor sends the settlement statement tonight and the buyer's brother collects the keys on Friday.",
        actions=[
            Action(
                "transfer the balance of the price",
                "Ines Carvalho",
                "2026-12-07",
                "tomorrow morning",
                ("transfer", "balance"),
            ),
            Action(
                "e-mail to confirm the funds have landed",
                "Elspeth Munro",
                "2026-12-09",
                "by Wednesday",
                ("confirm", "landed", "e-mail"),
            ),
            Action(
                "send the settlement statement",
                "Morag Lindsay",
                "2026-12-06",
                "tonight",
                ("settlement statement", "statement"),
            ),
            Action(
                "collect the keys from the selling agents",
                "Duarte Carvalho",
                "2026-12-11",
                "on Friday afternoon",
                ("keys", "pick them up", "collect"),
            ),
        ],
        script="""
A: Hello, is that [person_name:Ines Carvalho]? It's [person_name:Morag Lindsay] from Calton Hill Property Law.
C: Yes, hi, [person_name:Morag]. Oh God, is something wrong with the flat? {neg}
A: All fine. Entry is still Friday <date:the eleventh> at <time:twelve noon>. I just need a few details for our checks.
C: Okay, go ahead. {neu}
A: The balance is <amount:one hundred fifty-eight thousand seven hundred fifty pounds>. From which account?
C: My Spanish account. The IBAN is [iban:E S one oh, two one oh oh, three eight one seven]... {neu}
A: Yes?
C: [iban:One nine oh two, double oh five eight, one four four seven]. {neu}
A: [iban:E S one zero, two one zero zero, three eight one seven, one nine zero two, zero zero five eight, one four four seven].
C: Perfect. {neu}
A: Your passport number?
C: [member_id:C B, seven eight one, four oh two]. {neu}
A: [member_id:C B, seven eight one, four zero two]. And your date of birth?
C: [date_of_birth:The twenty-ninth of February, ninety-two]. {neu}
A: [date_of_birth:Twenty-nine, oh two, nineteen ninety-two]. And your address in Valencia?
C: [address:Calle de Sueca twenty-seven, third floor, door eight]... {neu}
A: Go on.
C: [zip:Four six oh oh six], Valencia. {neu}
A: [address:Calle de Sueca twenty-seven, floor three, door eight], [zip:four six zero zero six]. And a mobile?
C: [phone:Plus three four, six one two, four oh eight, seven seven three]. {neu}
A: [phone:Six one two, four zero eight, seven three seven]?
C: No, [phone:seven seven three] at the end. {neu}
A: Sorry, [phone:seven seven three]. Can you send the balance by Tuesday, so it clears before entry?
C: I'll do the transfer tomorrow morning. Honestly, it's terrifying, pressing send on that much money. {neg}
A: [person_name:Elspeth Munro] in our cashroom will e-mail you by Wednesday to confirm it's landed.
C: Good. That'll help me sleep. {pos}
A: If it came in after two on Friday, entry would move to Monday.
C: Understood. {neu}
A: I'll send the settlement statement tonight, with the <amount:three thousand one hundred ninety pounds> of LBTT. Your file number is <file:C H P, two six, slash, four four one>.
C: Got it. My brother, [person_name:Duarte], will get the keys. I can't fly over until <date:the twentieth>. {neu}
A: Could he pick them up from the selling agents on Friday afternoon?
C: He will. He's booked the afternoon off. {neu}
A: The seller's solicitor, [person_name:Mhairi Cunningham], has already sent the title deeds.
C: That's such a relief. Thanks, [person_name:Morag]. {pos}
A: My pleasure, [person_name:Ines]. Speak soon.
""",
    ),
]

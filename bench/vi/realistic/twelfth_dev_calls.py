"""The TWELFTH-DEV half: six scripted two-party phone calls, a twelfth set in trades none of
the earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that
read no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond
the first eleventh-dev call, as a format example); see README.md. Frozen as of the commit that
adds it: do not edit the calls or the labels to suit a result. Tune on these if you must; the
test half (twelfth_test_calls.py) is held out: do not read it and do not tune on it.

Trades: international money transfer, podiatry clinic, stairlift installation, marathon race
registration, garage door repair, travel insurance claims. The set's weight is on what is still
furthest from target: action items (found, with the right named owner and the right due day),
customer sentiment, and the PII types with low recall: street addresses (units, house numbers
written in digits, read digit by digit and in words, US ZIPs, a Canadian and a UK postcode),
IBANs (German, Spanish and British, read in groups, the German one read back in part), member,
policy and patient ids of varied shapes, e-mails with dots and digits, dates of birth in words
and in digits. Also phones (eight numbers, three read back: a German mobile, a UK mobile, a
daughter's and a husband's), two cards with expiry and security code, an SSN, a routing and an
account number, names from many cultures (three spelled), and 5-10 must-survive numbers per
call (transfer and claim references, quote, authorisation, registration and work-order numbers,
a part number, a flight, amounts, times, dates, quantities, the business's own line as
`<phone_business:...>`), several right after a sensitive answer.

Each call has 4-5 action items owned by the agent, the customer or a third person named in the
call (a compliance officer, a podiatrist, a billing clerk, a surveyor, a daughter, a husband, a
technician, an assessor), with due days said in varied ways ("tonight", "on Monday morning",
"within two working days", "first thing tomorrow", "before the twentieth", "by the end of next
week", "right after we hang up", "by next Friday"), a few with none. Past actions ("I already
sent..."), hypotheticals ("if you wanted, you could..."), policies ("we usually...") and
declined offers ("no need, thanks") look like action items and are not. About a third of the
customer lines are clearly positive or negative (thanks, relief, complaints, sarcasm), the
rest neutral, some with emotional-looking words that a listener would not call either.

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written; `<kind:words>` a number that must survive
redaction; a trailing `{pos}`, `{neu}` or `{neg}` labels a customer utterance's sentiment
(every customer line is labelled). Every call happens on Saturday 5 December 2026; due dates
are resolved against that day."""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="12d01-money-transfer",
        trade="international money transfer",
        company="Brightwire Money Transfer",
        agent="Imogen Thistlewood",
        customer="Nadia Farouk",
        agent_voice="hibari:131",
        customer_voice="espeak:en-us+f3:140:55",
        noise_db=16.0,
        reason="A customer's first transfer to Germany, four thousand two hundred euros for a roofer, was held by the app for being over the first-transfer limit.",
        outcome="Identity verified and the transfer funded from her checking account; compliance to approve it on Monday morning once she uploads her passport and forwards the roofer's invoice; the recipient gets a text when it lands.",
        actions=[
            Action(
                "approve the over-limit transfer",
                "Olumide",
                "2026-12-07",
                "on Monday morning",
                ("approve", "compliance"),
            ),
            Action(
                "upload a photo of her passport",
                "Nadia Farouk",
                "2026-12-08",
                "within two working days",
                ("upload", "passport"),
            ),
            Action(
                "forward the roofer's invoice",
                "Nadia Farouk",
                "2026-12-06",
                "tomorrow",
                ("invoice", "forward"),
            ),
            Action(
                "email the transfer receipt",
                "Imogen Thistlewood",
                "2026-12-05",
                "tonight",
                ("receipt", "email"),
            ),
        ],
        script="""
A: Brightwire Money Transfer, this is [person_name:Imogen], how can I help?
C: Hi, it's [person_name:Nadia Farouk]. Your app keeps rejecting my transfer to Germany. I've been at it all morning, honestly. {neg}
A: Sorry about that. Your date of birth, please?
C: [date_of_birth:The ninth of March, nineteen seventy-eight]. {neu}
A: Thank you. And the mobile on the account?
C: [phone:Six one seven, four oh two, nine nine three one]. {neu}
A: [phone:Six one seven, four oh two, nine nine three one]. I see it, reference <reference:seven seven four, two oh eight, one six>, <amount:four thousand two hundred euros>. That's over the first-transfer limit, so it's held.
C: Oh, wonderful. Nobody mentioned a limit. {neg}
A: It's in the small print. I just need your social to verify you.
C: [ssn:Five three one, four two, eight eight oh six]. {neu}
A: Thanks. And the recipient's IBAN?
C: It's my brother-in-law, [person_name:Jannik Brandt]. [iban:D E four four, five oh oh one, oh five one seven, five four oh seven, three two four nine, three one]. {neu}
A: So ending [iban:three two four nine, three one]. And it's funded from checking?
C: Yes. Routing [routing_number:oh one one, oh oh oh, one three eight], account [bank_account:four four seven, two nine one, oh six five three]. {neu}
A: Got it. The fee is <amount:twelve dollars fifty>. If you wanted, you could lock today's rate in for two days.
C: No, just send it. The roofer in Leipzig wants paying before Christmas. {neu}
A: I'm going to have [person_name:Olumide] in compliance approve it on Monday morning.
C: Monday? Great, so it sits there all weekend. {neg}
A: I'm sorry. He's in at <time:seven thirty>, so you'll be first in his queue.
C: Okay. I suppose that's something. {neu}
A: You'll need to upload a photo of your passport within two working days, or it gets cancelled. And can you send me the roofer's invoice, for our records?
C: Sure, I'll forward it tomorrow. I already sent [person_name:Jannik] a screenshot of it. {neu}
A: Great. Which e-mail should the receipt go to?
C: [email:Nadia dot farouk eighty-one at outlook dot com]. {neu}
A: I'll email you the receipt tonight. Should [person_name:Jannik] get a text when it lands?
C: Yes, it's [phone:plus four nine, one seven two, five five eight, three oh one four]. {neu}
A: Done. We usually release approved transfers within the hour.
C: That's a relief, honestly. He's been chasing me all week. {pos}
A: Good. Our line is <phone_business:eight eight eight, two one four, six six oh nine> if anything goes wrong.
C: No need to post me a paper receipt, by the way. E-mail is fine. {neu}
A: Noted. Anything else?
C: No, you've been really helpful. Thank you, [person_name:Imogen]. {pos}
""",
    ),
    CallScript(
        id="12d02-podiatry-clinic",
        trade="podiatry clinic",
        company="Northgate Foot and Ankle Clinic",
        agent="Brigid Moynihan",
        customer="Graciela Ibarra",
        agent_voice="espeak:en-us+f3:138:60",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=17.0,
        reason="A patient three weeks after bunion surgery calls about swelling, an earlier follow-up, her new insurance and a new address.",
        outcome="Follow-up moved to Tuesday the fifteenth; the podiatrist to call about the X-ray on Monday; the old claim to be resubmitted to the new plan; address, phone and e-mail updated; an orthotics quote to follow by e-mail.",
        actions=[
            Action(
                "call the patient about the X-ray and the swelling",
                "Nwachukwu",
                "2026-12-07",
                "first thing Monday",
                ("call", "X-ray"),
            ),
            Action(
                "resubmit the old claim to the new insurance plan",
                "Dana",
                "2026-12-10",
                "by Thursday",
                ("resubmit", "billing"),
            ),
            Action(
                "bring the new insurance card to the appointment",
                "Graciela Ibarra",
                "2026-12-15",
                "on the fifteenth",
                ("bring", "insurance card"),
            ),
            Action(
                "email the orthotics quote",
                "Brigid Moynihan",
                "2026-12-05",
                "before the end of the day",
                ("orthotics quote", "email"),
            ),
            Action(
                "fill in the updated medical history form online",
                "Graciela Ibarra",
                None,
                None,
                ("medical history", "form"),
            ),
        ],
        script="""
A: Northgate Foot and Ankle, [person_name:Brigid] speaking.
C: Hello, this is [person_name:Graciela Ibarra]. I had bunion surgery with Doctor [person_name:Nwachukwu] three weeks ago. {neu}
A: Oh yes. How's the foot doing?
C: Honestly, not great, to be fair. It's still swollen and the boot is rubbing. {neg}
A: I'm sorry to hear that. Can I have your patient number?
C: It's [member_id:P T dash four four eight one nine]. {neu}
A: And your date of birth, please?
C: [date_of_birth:Four twenty-two fifty-one]. {neu}
A: Thank you. Your follow-up is <date:December the twenty-second>. Did you want it sooner?
C: Yes please. I'm happy to come in any morning. {neu}
A: I can do <date:Tuesday the fifteenth> at <time:nine fifteen>.
C: Oh, that's brilliant, thank you. {pos}
A: And expect a call from Doctor [person_name:Nwachukwu] first thing Monday about the X-ray.
C: Good. I've switched insurance since the surgery, by the way. {neu}
A: Okay, what's the new member ID?
C: [member_id:W Z K, nine oh two, two six one, five three]. {neu}
A: [member_id:W Z K, nine oh two, two six one, five three]. The old claim, <reference:two two oh eight, four one seven, six>, went to your old plan.
C: Yes, I got a bill for <amount:eleven hundred dollars> and nearly fell off my chair. {neg}
A: Please ignore it. I'm going to have [person_name:Dana] in billing resubmit it by Thursday. You'll need to bring the new insurance card with you on the fifteenth.
C: Will do. I also moved last month. {neu}
A: What's the new address?
C: [address:Two hundred and twelve Alder Crescent, apartment five C], Seattle, [zip:nine eight one oh three]. {neu}
A: And is the phone the same?
C: No, a new cell. [phone:Two oh six, five five one, seven three eight oh]. {neu}
A: [phone:Two oh six, five five one, seven three eight oh]. The doctor also suggested orthotics, <amount:three hundred and forty dollars> for <quantity:two pairs>.
C: <amount:Three hundred and forty>? Ouch. Does insurance cover any of that? {neg}
A: Sometimes. I'll email you the orthotics quote before the end of the day. What's your e-mail?
C: [email:G dot ibarra dot nineteen at yahoo dot com]. {neu}
A: Thanks. Can you fill in the updated medical history form online too?
C: Sure, I'll do it. {neu}
A: Do you want a paper copy posted as well?
C: No need, thanks. I already printed the last one and lost it. {neu}
A: We usually text a reminder two days before.
C: Perfect. You've made my day, honestly. {pos}
A: Our direct line is <phone_business:two oh six, five five five, oh one four four> if the swelling gets worse.
C: Thanks so much, [person_name:Brigid]. Bye now. {pos}
""",
    ),
    CallScript(
        id="12d03-stairlift-installation",
        trade="stairlift installation",
        company="Steadyrise Stairlifts",
        agent="Gaetan Lefebvre",
        customer="Agnieszka Wojcik",
        agent_voice="hibari:134:-200",
        customer_voice="festival:kal_diphone",
        noise_db=18.0,
        reason="An elderly customer in Ottawa who ordered a stairlift a week ago and heard nothing calls to find out what happens next.",
        outcome="Survey booked for Wednesday morning, deposit of five hundred dollars taken by card, installation contract to go to her daughter, who handles the paperwork; installation likely on Thursday the seventeenth.",
        actions=[
            Action(
                "measure the staircase at the survey visit",
                "Tevita",
                "2026-12-09",
                "on Wednesday morning",
                ("measure", "staircase"),
            ),
            Action(
                "clear the boxes off the stairs before the survey",
                "Agnieszka Wojcik",
                None,
                None,
                ("clear", "boxes"),
            ),
            Action(
                "send the installation contract to the daughter",
                "Gaetan Lefebvre",
                "2026-12-05",
                "today",
                ("installation contract", "send"),
            ),
            Action(
                "sign the contract and send it back",
                "Zofia",
                "2026-12-08",
                "by Tuesday",
                ("sign", "send it back"),
            ),
            Action(
                "ring her daughter and tell her about the contract",
                "Agnieszka Wojcik",
                "2026-12-05",
                "tonight",
                ("ring", "tell"),
            ),
        ],
        script="""
A: Steadyrise Stairlifts, [person_name:Gaetan] here.
C: Good morning. My name is [person_name:Agnieszka Wojcik]. I ordered a stairlift last week and I've heard nothing since, which is a bit worrying. {neg}
A: Let me find you. Could you spell the surname?
C: [person_name:W O J C I K]. {neu}
A: Thank you. Quote <reference:six six one, four oh nine>, a straight rail for <quantity:fourteen steps>. And the address?
C: [address:Fourteen eighty Quarry Hill Road, unit two], Ottawa. {neu}
A: And the postcode?
C: [zip:K one S, three B seven]. {neu}
A: Lovely. The survey comes first. [person_name:Tevita] will come out on Wednesday morning to measure the staircase.
C: Wednesday? Oh, that's quicker than I expected. Wonderful. {pos}
A: Is there anything on the stairs at the moment?
C: My late husband's boxes. A lot of them. {neu}
A: You'll need to clear the boxes off the stairs before [person_name:Tevita] comes.
C: My neighbour can help. I already measured them myself, you know. <quantity:Sixteen feet>. {neu}
A: The total is <amount:four thousand one hundred and ninety dollars>, with a deposit of <amount:five hundred> today.
C: It's a lot of money, but I can't manage those stairs any more. {neg}
A: I understand. A card for the deposit?
C: Yes. [card_number:Four five three nine, one one oh two, seven seven eight four, six oh two seven]. {neu}
A: And the expiry?
C: [card_expiry:Oh eight twenty-nine]. {neu}
A: And the three digits on the back?
C: [card_security_code:Four one six]. {neu}
A: That's gone through, authorisation <reference:two seven three, nine one eight>. Is the landline best for you?
C: [phone:Six one three, seven two two, four oh five eight]. But my daughter [person_name:Zofia] handles the paperwork. {neu}
A: Of course. What's her number?
C: [phone:Three four three, eight eight one, two six nine oh]. {neu}
A: And an e-mail for her? I'll send the installation contract to her today.
C: [email:Zofia dot w eighty-eight at hotmail dot com]. {neu}
A: [person_name:Zofia] needs to sign it and send it back by Tuesday, so we can order the rail.
C: I'll ring her tonight and tell her. {neu}
A: If you wanted, we could add a swivel seat at the top for <amount:two hundred and fifty dollars>.
C: No, thank you. The standard seat is fine. {neu}
A: We normally install within ten days of the survey, so likely <date:Thursday the seventeenth>.
C: Before Christmas! Oh, that's such a relief. {pos}
A: Shall I post a brochure?
C: No need, dear, I've read it twice. {neu}
A: Our office line is <phone_business:six one three, five five five, oh one nine two> if anything changes.
C: Thank you, [person_name:Gaetan], you've been very patient with me. {pos}
A: My pleasure, Mrs [person_name:Wojcik]. Take care.
""",
    ),
    CallScript(
        id="12d04-marathon-registration",
        trade="marathon race registration",
        company="Cascade Ridge Marathon",
        agent="Hamish Abernethy",
        customer="Itziar Goikoetxea",
        agent_voice="espeak:en-us:136:50",
        customer_voice="hibari:137:150",
        noise_db=15.0,
        reason="A runner still owed the entry fee for last year's race, cancelled for wildfire smoke, wants the refund and to register for next April with the right age group.",
        outcome="Refund of one hundred and thirty-five dollars to her Spanish account by the end of next week; age group to be fixed on Monday; she finishes the registration online at the early-bird price; last year's medal goes out with her race packet.",
        actions=[
            Action(
                "send the refund to her Spanish account",
                "Hamish Abernethy",
                "2026-12-11",
                "by the end of next week",
                ("refund", "account"),
            ),
            Action(
                "fix the age group",
                "Mei",
                "2026-12-07",
                "on Monday",
                ("age group", "fixes"),
            ),
            Action(
                "email the signed waiver",
                "Anders",
                "2026-12-06",
                "first thing tomorrow",
                ("waiver", "send"),
            ),
            Action(
                "finish the registration online",
                "Itziar Goikoetxea",
                "2026-12-20",
                "before the twentieth",
                ("registration", "finish"),
            ),
            Action(
                "make sure last year's medal goes out with the race packet",
                "Hamish Abernethy",
                None,
                None,
                ("medal", "packet"),
            ),
        ],
        script="""
A: Cascade Ridge Marathon, runner services, [person_name:Hamish] speaking.
C: Hi [person_name:Hamish], it's [person_name:Itziar Goikoetxea]. I've emailed your team twice and heard nothing. {neg}
A: I'm sorry. Could you spell the surname for me?
C: [person_name:G O I K O E T X E A]. It's Basque. {neu}
A: Got you. Last year's race, cancelled for smoke. You're owed <amount:one hundred and thirty-five dollars>.
C: Exactly. It's been eight months, so, you know. {neg}
A: Fair. The refund can go by cheque, or...
C: Please, not a cheque. I'm in Valencia half the year. Can it go to my Spanish account? {neu}
A: Yes. Go ahead with the IBAN.
C: [iban:E S nine four, oh oh eight one, seven three oh six, six two oh oh, oh one two three, four five eight seven]. {neu}
A: Thanks. We'll get the refund over to that account by the end of next week.
C: Lovely, thank you. {pos}
A: Now, for next April. Are you a USATF member?
C: Yes, [member_id:one four two, two nine eight, five seven]. {neu}
A: And your date of birth? The site has you in the wrong age group, I think.
C: It does. [date_of_birth:July seventeenth, nineteen ninety-two]. {neu}
A: I'll make sure [person_name:Mei] in the results team fixes the age group on Monday.
C: Thanks. My husband [person_name:Anders] is my emergency contact, [phone:two five three, four four one, oh nine eight six]. {neu}
A: Is he running too? He'll need to sign a waiver. Can he email it to us?
C: Sure, [person_name:Anders] will send it first thing tomorrow. {neu}
A: Great. Where should the race packet go?
C: [address:61 Tamarack Way, unit 7], Tacoma, [zip:nine eight four oh five]. {neu}
A: And your e-mail for the confirmation?
C: [email:Itziar dot g two thousand at proton dot me]. {neu}
A: The early-bird price is <amount:ninety-five dollars>, so you'll need to finish the registration online before the twentieth.
C: <amount:Ninety-five> is fair. Is the start still at the harbour? {neu}
A: Yes, gun time <time:six forty-five> on <date:April the eleventh>. If you wanted, you could join the three-thirty pace group.
C: Ha, on a good day maybe. {neu}
A: We usually post medals from cancelled races in January, but I'll make sure yours goes out with the packet.
C: Oh, that's brilliant. I didn't even know there was a medal. {pos}
A: Your registration reference is C R <reference:two seven, oh four one nine>.
C: Got it. Honestly, you've sorted in ten minutes what took eight months. {pos}
A: Happy to help, [person_name:Itziar]. See you on the start line.
""",
    ),
    CallScript(
        id="12d05-garage-door-repair",
        trade="garage door repair",
        company="Overhead Pros Garage Doors",
        agent="Tariq Qureshi",
        customer="Kavya Malhotra",
        agent_voice="hibari:140",
        customer_voice="espeak:en-us+klatt:140:40",
        noise_db=19.0,
        reason="A garage door spring snapped and the customer's car is stuck inside on a Saturday.",
        outcome="A technician booked for this afternoon between one and three to replace both springs; the call-out held on her card; she unplugs the opener meanwhile; warranty paperwork to follow by Monday.",
        actions=[
            Action(
                "replace the garage door springs",
                "Ruslan",
                "2026-12-05",
                "this afternoon",
                ("replace", "springs"),
            ),
            Action(
                "call the customer about half an hour before arriving",
                "Ruslan",
                None,
                None,
                ("call", "half an hour"),
            ),
            Action(
                "send a photo of the broken spring",
                "Kavya Malhotra",
                "2026-12-05",
                "in five minutes",
                ("photo", "spring"),
            ),
            Action(
                "unplug the garage door opener",
                "Kavya Malhotra",
                "2026-12-05",
                "right after we hang up",
                ("unplug", "opener"),
            ),
            Action(
                "email the warranty paperwork",
                "Tariq Qureshi",
                "2026-12-07",
                "by Monday",
                ("warranty", "email"),
            ),
        ],
        script="""
A: Overhead Pros, this is [person_name:Tariq].
C: Hi, my garage door spring just snapped with a bang, and my car is stuck inside. I'm meant to be at work at two. {neg}
A: Oh no. Is anyone hurt?
C: No, just my nerves. I already tried lifting it by hand. Not happening. {neu}
A: Please don't try again, those springs are dangerous. What's your name?
C: [person_name:Kavya Malhotra]. That's [person_name:K A V Y A]. {neu}
A: And the address, [person_name:Kavya]?
C: [address:Nine oh six Linden Court], Evanston, [zip:six oh two oh one]. {neu}
A: Thanks. Best number for you?
C: [phone:Seven seven three, four eight two, one one six nine]. {neu}
A: [phone:Seven seven three, four eight two, one one six nine]. Good news: [person_name:Ruslan] can come out this afternoon and replace the springs, between <time:one> and <time:three>.
C: Oh, thank goodness. That's a huge relief. {pos}
A: Expect a call from [person_name:Ruslan] about half an hour before he arrives. Can you send me a photo of the broken spring?
C: Sure, I'll send it in five minutes. {neu}
A: They go in pairs, so he'll bring <quantity:two springs>, part <part:T S two fifty, eighteen>.
C: How much is this going to cost me? {neu}
A: The call-out is <amount:eighty-nine dollars> on a Saturday, and springs are <amount:one sixty-five> a pair, fitted.
C: <amount:Eighty-nine> just to turn up? Brilliant. There goes my weekend. {neg}
A: I know. We usually waive it on weekdays. I can take a card now to hold the slot.
C: Fine. [card_number:Five four one two, seven five three oh, oh oh eight eight, one nine four one]. {neu}
A: Expiry?
C: [card_expiry:Eleven slash twenty-eight]. {neu}
A: And the security code?
C: [card_security_code:Three three seven]. {neu}
A: Thanks. Your work order is <order:five one one, seven oh two, four>. Meanwhile, you'll need to unplug the opener right after we hang up.
C: Okay. Why, though? {neu}
A: If it tries to lift the door, it can burn out the motor. If you wanted, you could upgrade to the quiet belt drive while he's there.
C: Not today, thanks. One expense at a time. {neu}
A: Fair enough. An e-mail for the invoice?
C: [email:K malhotra seventy-seven at yahoo dot com]. {neu}
A: I'll email the warranty paperwork by Monday, once the job's logged. The springs have a <quantity:five year> guarantee.
C: Great. Sorry I was snappy earlier, you've been really good. {pos}
A: No problem at all. Our line is <phone_business:eight four seven, five five five, oh one three three> if he's running late.
C: Thanks so much, [person_name:Tariq]. I'll be waiting by the window. {pos}
""",
    ),
    CallScript(
        id="12d06-travel-insurance-claim",
        trade="travel insurance claims",
        company="Wayfarer Travel Insurance",
        agent="Deepak Raghunathan",
        customer="Hyacinth Mensah",
        agent_voice="espeak:en-us+klatt:139:45",
        customer_voice="festival:cmu_us_slt_arctic_hts:-150",
        noise_db=16.5,
        reason="A traveller whose suitcase was lost in Lisbon, where she also missed a connection, makes a claim for essentials.",
        outcome="Claim opened for six hundred and twelve pounds forty less a seventy-five pound excess; upload link sent by text; receipts due by next Friday; an assessor to phone by Wednesday; payout to her Barclays account.",
        actions=[
            Action(
                "text the claim upload link",
                "Deepak Raghunathan",
                "2026-12-05",
                "in the next ten minutes",
                ("upload link", "text"),
            ),
            Action(
                "upload the receipts",
                "Hyacinth Mensah",
                "2026-12-11",
                "by next Friday",
                ("upload", "receipts"),
            ),
            Action(
                "phone the customer to go through the claim",
                "Leilani",
                "2026-12-09",
                "by Wednesday",
                ("phone", "go through"),
            ),
            Action(
                "ask the airline for a letter confirming the delay",
                "Hyacinth Mensah",
                "2026-12-07",
                "on Monday",
                ("ask", "airline", "letter"),
            ),
            Action(
                "make sure the payout goes to the new account",
                "Deepak Raghunathan",
                None,
                None,
                ("payout", "account"),
            ),
        ],
        script="""
A: Wayfarer Travel Insurance, claims, [person_name:Deepak] speaking.
C: Hello. My suitcase went missing in Lisbon and I missed my connection. It's been an absolute nightmare. {neg}
A: I'm sorry to hear that. Can I take your policy number?
C: [member_id:T R V, seven seven three, oh one eight, K]. {neu}
A: Thank you. And your name and date of birth?
C: [person_name:Hyacinth Mensah]. [date_of_birth:Twelve, oh three, nineteen eighty-five]. {neu}
A: Thanks, Ms [person_name:Mensah]. Which flight was it?
C: <flight:T P thirteen fifty-six>, on <date:the twenty-eighth of November>. It landed two hours late. {neu}
A: And the bag?
C: Still lost. A week now. I'm wearing my sister's clothes. {neg}
A: That's rotten. Did you file a report at the airport?
C: Yes, I already filed one at the desk that night. {neu}
A: Good. What did you spend on essentials?
C: About <amount:six hundred and twelve pounds forty>, with <quantity:three receipts>. {neu}
A: The excess is <amount:seventy-five pounds>. Let me set up the claim, and I'll text you the upload link in the next ten minutes.
C: <amount:Seventy-five>? Lovely. Another surprise. {neg}
A: It's on page four, sadly. You'll need to upload the receipts by next Friday. Is your mobile the same?
C: It's [phone:oh seven seven one two, three nine oh, five five four]. {neu}
A: Your claim number is <reference:nine nine two, six one four>.
C: <reference:Nine nine two, six one four>. {neu}
A: And your address?
C: [address:Flat three, twenty-seven Marlowe Road], Leeds, [zip:L S six, four Q T]. {neu}
A: How should we pay you if it's approved?
C: Into my bank, please. [iban:G B eight two, B A R C, two oh oh four, one five seven three, eight eight one six, oh two]. {neu}
A: Thanks. We usually pay within ten days of approval. Would you like a paper claim form posted too?
C: No paper, please. My e-mail is [email:H dot mensah dot ninety at btinternet dot com]. {neu}
A: Perfect. [person_name:Leilani], one of our assessors, will phone you by Wednesday to go through it.
C: That's quick. Thank you, that's a weight off. {pos}
A: Also, can you ask the airline for a letter confirming the delay?
C: Sure, I'll ask them on Monday. {neu}
A: And I'll make sure the payout goes to that account, not the card on file.
C: Thank you, [person_name:Deepak]. You've been really kind, first good news all week. {pos}
A: You're welcome. Our claims line is <phone_business:oh three three three, oh one four, six six two one>.
C: I'll save it. Bye now. {neu}
""",
    ),
]

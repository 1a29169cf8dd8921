"""The SIXTEENTH-TEST half: six scripted two-party phone calls, the held-out half of a sixteenth
set in trades none of the earlier sets covered. Written 2026-12-06, stop 34, blind from a brief
by a helper session that read no product code (nothing under src/, no tests, no docs, no
benchmark code beyond script.py, generate.py and check.py, and no earlier set's calls beyond the
first fifteenth-dev call, as a format example; of the other call files only their module
docstrings); see README.md. Frozen as of the commit that adds it: do not edit the calls or the
labels to suit a result. HELD OUT: do not read these calls while tuning and do not tune on
their figures; tune, if at all, on sixteenth_dev_calls.py.

Trades: maple syrup farm mail order (a buyer in Toronto), motorcycle dealership service
department, pawn shop loans, gutter repair and guard installation, vacation cabin rentals (a
guest in Munich), orthotics and prosthetics clinic. The set's weight is on the PII types that
are hardest to hide on phone speech. Street addresses, at least one per call and said in many
shapes: house numbers in words ("three ninety-one", "one oh five", "sixty-two eleven",
"sixteen and a half", "eighty-eight fifteen", "nineteen oh six"), a Canadian unit-first address
misheard by the agent and corrected, a German street with a floor, a lot, an apartment, a
building and a ground floor, a PO box and a highway contract route, an address spread over two
turns, one on file that is out of date; five-digit ZIPs (one with a leading zero), ZIP+4s, a
Canadian postal code and a German postcode. Cards: a Visa read in fours and read back by its
last four, a Mastercard with a correction in the middle, a debit card on file named by a wrong
last four and corrected, a Discover, an Amex read 4-6-5 with its four-digit code given a turn
later, an HSA card named by its last four; expiries as "June, two thousand thirty", "eleven
twenty-eight", "the end of February, twenty-nine", "February of twenty-nine", "nine,
twenty-eight", "oh five of twenty-eight". Phones with "double", "triple" and "oh", one said over
two turns, one with an extension, a German mobile with its country code, read-backs. A full SSN
read 3-2-4 and read back in pairs, a spouse's SSN, a last four; dates of birth in words and in
digits; a routing and an account number; a German IBAN read in groups and read back; a patient
id, a Medicare number and a retiree-plan member number; e-mails with dots, digits and spelled
letters; names from many cultures (Quebecois, Russian, Japanese, Mexican, Ghanaian, Hungarian,
Cajun, Uzbek, Igbo, Maori, Irish, Turkish, Tamil, German, Vietnamese, Zulu, Indian), several
spelled letter by letter, and third parties (a shipping coordinator, a sister, a mechanic, a
finance manager, a wife, a manager, a tenant, a crew lead, an insurance agent, a bookkeeper, a
husband, a prosthetist, a daughter, a doctor, a receptionist). Must-survive numbers, 6-9 per
call: order, confirmation, tracking, repair-order, recall, receipt, pawn-ticket, serial, quote,
invoice, reservation and billing-code numbers, a cabin number, amounts, times, dates,
quantities and a percentage, several right after a card, a security code, an SSN or a date of
birth.

Each call has 4-5 action items owned by the agent, the customer or a third person named in the
call, in varied sentence shapes and due days said in varied ways (tonight, tomorrow, tomorrow
morning, a time tomorrow, "first thing tomorrow", "Monday morning", a weekday, "by Wednesday", "by
Friday", "Saturday", "the morning you arrive"), a few with no day. Look-alikes that are not
action items: things already done, hypotheticals, conditional offers, a declined offer and a
policy. Every customer line is labelled; moods turn during calls, with sarcasm and mixed lines.

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
        id="16t01-maple-syrup-farm",
        trade="maple syrup farm mail order",
        company="Sugarbush Hollow Farm",
        agent="Harlan Pratt",
        customer="Genevieve Tremblay",
        agent_voice="festival:kal_diphone:120",
        customer_voice="hibari:187",
        noise_db=15.5,
        reason="A customer in Toronto calls because her syrup order was returned to the farm, and she also wants to send a gift to her sister in Connecticut.",
        outcome="The label's missing unit number is fixed and the box is re-shipped Tuesday with customs papers e-mailed tonight; the gift is paid by Visa and arrives by the eighteenth.",
        actions=[
            Action(
                "re-ship the returned box of syrup to Toronto",
                "Dmitri Sokolov",
                "2026-12-08",
                "Tuesday",
                ("re-ship", "box"),
            ),
            Action(
                "e-mail the customs paperwork",
                "Harlan Pratt",
                "2026-12-06",
                "tonight",
                ("customs",),
            ),
            Action(
                "tell the building concierge to accept the parcel",
                "Genevieve Tremblay",
                "2026-12-07",
                "tomorrow",
                ("concierge",),
            ),
            Action(
                "be home to sign for the gift parcel",
                "Josee Lachance",
                "2026-12-11",
                "Friday",
                ("sign",),
            ),
            Action(
                "text her sister that a parcel is coming",
                "Genevieve Tremblay",
                "2026-12-06",
                "tonight",
                ("text", "parcel"),
            ),
        ],
        script="""
A: Sugarbush Hollow Farm, [person_name:Harlan] speaking. What can I do for you?
C: Hi. I'm calling from Toronto. Apparently my syrup order came back to you, and I've been waiting three weeks for it. {neg}
A: Oh, I'm sorry to hear that. Do you have the order number?
C: <order:S H one oh four seven seven>. {neu}
A: Thank you. And your name?
C: [person_name:Genevieve Tremblay]. That's [person_name:T R E M B L A Y]. {neu}
A: I see it. <quantity:Four quarts> of the dark robust, shipped to [address:four forty Bloor Street East]... and that's all, there's no unit on the label.
C: What? It's [address:unit seventeen oh two, four forty Bloor Street East]. I typed it in, I know I did. {neg}
A: I believe you, our printer must have cut it off. So that's [address:unit one seven two oh]...
C: No, [address:seventeen oh two]. Like the year. {neu}
A: Sorry. [address:Seventeen oh two, four forty Bloor Street East], Toronto. And the postal code?
C: [zip:M four W, three L two]. {neu}
A: [zip:M four W, three L two]. Now, our shipping coordinator, [person_name:Dmitri Sokolov], will re-ship the box on Tuesday, and the postage is on us. I'll also e-mail you the customs paperwork tonight, so you have it ready.
C: Okay, that's fair. Do I pay duty this time? {neu}
A: There might be a brokerage fee of about <amount:twelve fifty> at the door. If you'd like, we could ship it duty-paid for <amount:eighteen dollars> more.
C: No, I'll risk the brokerage fee. And I'll tell our concierge tomorrow to accept anything from Vermont. {neu}
A: Perfect. Also, the e-mail I have bounced. Could I have it again?
C: It's [email:gen dot tremblay two thousand at videotron dot C A]. {neu}
A: [email:G E N dot T R E M B L A Y, two zero zero zero, at videotron dot C A].
C: That's right. {neu}
A: And a phone number for Canada Post?
C: [phone:Four one six, double two eight, oh nine six one]. {neu}
A: [phone:Four one six, two two eight, zero nine six one].
C: Yes. Now, the fun part. I want to send a gift to my sister in Connecticut. {pos}
A: Lovely. What would you like to send?
C: <quantity:Two pints> of the amber and a jar of maple cream. {neu}
A: That comes to <amount:eighty-six dollars> with shipping. Who's it going to?
C: [person_name:Josee Lachance]. [person_name:L A C H A N C E]. {neu}
A: And her address?
C: [address:Three ninety-one Old Post Road], Southport. The ZIP is [zip:oh six eight nine oh]. {neu}
A: And a phone for her?
C: [phone:Two oh three], {neu}
A: Go on.
C: [phone:two five nine, four four one seven]. She's promised to be home Friday to sign for it. {neu}
A: Great. How would you like to pay?
C: Visa. [card_number:Four five three nine, seven one oh two, two six eight four, one one nine seven]. {neu}
A: So the card ending in [card_number:one one nine seven]. And the expiry?
C: [card_expiry:June, two thousand thirty]. {neu}
A: And the code on the back?
C: Sorry, one second, the cat's walking across the desk. {neu}
A: Ha, no problem.
C: Okay. [card_security_code:Seven three five]. {neu}
A: Done. The gift's confirmation number is <confirmation:G F two oh five five one>, and it should arrive by <date:December eighteenth>. And [person_name:Dmitri] has already made the new label for your box: tracking <tracking:nine four oh five, five three six eight, nine seven oh one, four four two>.
C: Wonderful. And I'll text her tonight that a parcel's coming, just not what's in it. {pos}
A: And if the re-shipped box isn't there by the sixteenth, call me directly.
C: I will. Thanks, [person_name:Harlan]. This is why I keep ordering from you, even after a mess like this. {pos}
""",
    ),
    CallScript(
        id="16t02-motorcycle-service",
        trade="motorcycle dealership service department",
        company="Ridgeline Powersports",
        agent="Dolores Quintanilla",
        customer="Takeshi Morimoto",
        agent_voice="hibari:202:-200",
        customer_voice="espeak:en-us+klatt:135:48",
        noise_db=17.0,
        reason="A rider whose motorcycle has been in for a recall since Tuesday calls because nobody has told him when it is ready.",
        outcome="The recall and service are done; he pays by Mastercard, updates his address, starts a credit application for a new bike, and picks up tomorrow at four thirty after a road test.",
        actions=[
            Action(
                "road test the motorcycle after the brake fluid change",
                "Kofi Mensah",
                "2026-12-07",
                "tomorrow morning",
                ("road test",),
            ),
            Action(
                "call with the financing numbers",
                "Renata Szabo",
                "2026-12-09",
                "by Wednesday",
                ("financing", "credit", "numbers"),
            ),
            Action(
                "pick up the motorcycle and bring the spare key",
                "Takeshi Morimoto",
                "2026-12-07",
                "four thirty tomorrow",
                ("spare key", "pick"),
            ),
            Action(
                "text him when the road test is done",
                "Dolores Quintanilla",
                None,
                None,
                ("text",),
            ),
        ],
        script="""
A: Ridgeline Powersports service, this is [person_name:Dolores].
C: Hi, it's [person_name:Takeshi Morimoto]. My bike's been with you since Tuesday for the recall, and nobody's called me back. {neg}
A: Let me look. How do you spell the last name?
C: [person_name:M O R I M O T O]. {neu}
A: Got it. The Africa Twin, repair order <repair_order:R O five five one eight two>. The fuel pump recall, <recall:twenty-six V, four one two>, is done, and the <quantity:twelve thousand mile> service you asked for too.
C: Oh, great. So it's ready? {pos}
A: Almost. [person_name:Kofi Mensah] wants to road test it tomorrow morning before he signs off. The brakes felt soft.
C: Soft brakes. On a bike I just paid to have serviced. Fantastic. {neg}
A: I know. It's most likely a little air in the line after the fluid change, and there's no charge for that.
C: Okay. Fine. What do I owe, then? {neu}
A: The recall is free, and the service is <amount:three eighty-nine forty>. Want to pay now so the pickup's quick?
C: Sure. Mastercard. [card_number:Five two two one, eight eight three oh, four one... no, sorry, four seven one six, two oh oh nine]. {neu}
A: [card_number:Five two two one, eight eight three oh, four seven one six, two oh oh nine]. Expiry?
C: [card_expiry:Eleven twenty-eight]. {neu}
A: And the security code?
C: [card_security_code:Nine oh four]. {neu}
A: Thanks, that's paid. Your receipt number is <receipt:four four seven two oh one>.
C: Good. Also, I moved, and I want the next recall letter to actually reach me. {neu}
A: Sure. What's the new address?
C: [address:One oh five Old Stage Road], {neu}
A: Mm-hm.
C: [address:lot twenty-two]. Salida, [zip:eight one two oh one]. {neu}
A: [address:One oh five Old Stage Road, lot twenty-two], [zip:eight one two oh one]. And is the phone still the same?
C: No, new one. [phone:Seven one nine, five three nine, double one oh six]. {neu}
A: [phone:Seven one nine, five three nine, one one oh six]. And you'd asked about trading up to the new Tenere?
C: Yeah, I'm thinking about it. What would financing need? {neu}
A: A credit application. Our finance manager, [person_name:Renata Szabo], runs those. I'd need your Social and your date of birth, if you want to start it now.
C: Sure, let's get it going. [ssn:Five two nine, four one, six oh three eight]. {neu}
A: [ssn:Five twenty-nine, forty-one, sixty, thirty-eight].
C: Yep. And my birthday is [date_of_birth:the thirtieth of August, nineteen ninety]. {neu}
A: And an e-mail for the application?
C: [email:tak dot morimoto dot eighty-eight at fastmail dot com]. {neu}
A: Got it. [person_name:Renata] will call you with the numbers by Wednesday.
C: Honestly, no rush. If the rate comes back over <percent:eight percent>, I'm keeping the old bike. {neu}
A: Fair enough. Does <time:four thirty> tomorrow work for pickup?
C: <time:Four thirty> works. I'll bring the spare key, since you said the recall file needs it. {neu}
A: Perfect. And I'll text you as soon as [person_name:Kofi] is done with the road test.
C: Okay. Sorry I was short earlier. It's been a long week. {pos}
A: No worries at all, [person_name:Takeshi]. See you tomorrow.
""",
    ),
    CallScript(
        id="16t03-pawn-loan",
        trade="pawn shop loans",
        company="Gold Harbor Pawn & Loan",
        agent="Keisha Broussard",
        customer="Ruslan Abdulov",
        agent_voice="espeak:en-us+f3:137:60",
        customer_voice="hibari:142",
        noise_db=14.0,
        reason="A customer cannot pay off his guitar loan this week and wants to extend it; his ring loan is also due and his mail has been coming back.",
        outcome="He pays the guitar interest with a new debit card, his wife pays off the ring on Saturday with his written authorisation, his addresses are updated and the manager appraises his watch tomorrow for a direct-deposit sale.",
        actions=[
            Action(
                "come in and pay off the ring loan in cash",
                "Madina",
                "2026-12-12",
                "Saturday",
                ("ring",),
            ),
            Action(
                "write an authorisation so his wife can redeem the ring",
                "Ruslan Abdulov",
                "2026-12-06",
                "tonight",
                ("authoriz", "authoris"),
            ),
            Action(
                "appraise the watch and call with an offer",
                "Wendell Thibodeaux",
                "2026-12-07",
                "tomorrow",
                ("apprais", "watch"),
            ),
            Action(
                "mail the new pawn ticket for the guitar",
                "Keisha Broussard",
                "2026-12-06",
                "tonight",
                ("ticket", "mail"),
            ),
        ],
        script="""
A: Gold Harbor Pawn and Loan, this is [person_name:Keisha].
C: Hi. My loan on the guitar is due this week, and I can't pay it off yet. Can I extend it? {neu}
A: Usually, yes. Do you have your pawn ticket?
C: Yeah. <ticket:P T four four oh one two>. {neu}
A: And your name?
C: [person_name:Ruslan Abdulov]. [person_name:R U S L A N], [person_name:A B D U L O V]. {neu}
A: And to verify, your date of birth?
C: [date_of_birth:Oh nine, twelve, eighty-one]. {neu}
A: Thanks. The Gibson, serial <serial:two two oh one four four one nine>, loaned at <amount:three hundred fifty dollars>. To extend it <quantity:thirty days>, you pay the interest, <amount:fifty-two fifty>.
C: Fifty-two fifty for a month. Cheaper than a bank, I guess. Barely. {neg}
A: And the ring on ticket <ticket:P T four four oh three seven> is due too.
C: Ugh, yes. My wife, [person_name:Madina], wants that ring back before our anniversary. {neg}
A: If you paid both today, you'd be clear through January.
C: I'll pay the guitar interest now. The ring, [person_name:Madina]'s going to come in Saturday and pay it off in cash. {neu}
A: She'll need a written authorization from you, since the ticket's in your name.
C: I'll write it out and give it to her tonight. {neu}
A: Perfect. How would you like to pay the interest?
C: Debit card. The one ending in [card_number:six six three oh], is that on file? {neu}
A: I have one ending in [card_number:six six three eight].
C: No, that one's dead. Here's the new one. [card_number:Four one four seven, two oh nine nine, three five eight one, six six three oh]. {neu}
A: Expiry?
C: [card_expiry:The end of February, twenty-nine]. {neu}
A: And the CVV?
C: [card_security_code:Two one six]. {neu}
A: That's paid. Your new due date is <date:January fifth>, and I'll mail you the new ticket for the guitar tonight.
C: Great. Also, I got a letter saying my address is wrong? {neu}
A: Yes, our mail came back. What should we have?
C: I get my mail at the post office now. [address:P O Box nine seventy-seven], Gretna, [zip:seven oh oh five three, dash two two one eight]. {neu}
A: And a street address? The state wants both.
C: [address:Sixty-two eleven Lapalco Boulevard, apartment C three]. {neu}
A: [address:Sixty-two eleven Lapalco Boulevard, C three]. And the state form wants the last four of your Social.
C: [ssn:Oh seven one two]. {neu}
A: Thank you. You'd also asked about selling the watch outright?
C: The Seiko, yeah. What would you give me for it? {neu}
A: Our manager, [person_name:Wendell Thibodeaux], will appraise it tomorrow and call you with an offer. If you take it, we can pay by direct deposit.
C: Let's set that up now, then. The routing number is [routing_number:oh six five, four oh oh, one three seven]. {neu}
A: And the account?
C: [bank_account:Eight eight three, oh two one, five five nine four]. {neu}
A: Got it. And what number should [person_name:Wendell] call?
C: My cell, [phone:five oh four, triple three, oh eight two oh]. {neu}
A: [phone:Five oh four, three three three, oh eight two oh].
C: Thanks, [person_name:Keisha]. That was easier than I figured, honestly. {pos}
""",
    ),
    CallScript(
        id="16t04-gutter-guards",
        trade="gutter repair and guard installation",
        company="Crestline Gutter Company",
        agent="Bartholomew Nnadi",
        customer="Aroha Ngata",
        agent_voice="hibari:171",
        customer_voice="festival:cmu_us_slt_arctic_hts:80",
        noise_db=16.0,
        reason="A landlord calls because last night's wind tore half the gutter off her rental and it is hanging over the front steps.",
        outcome="A crew lead takes the loose gutter down tomorrow morning and measures for replacement; the take-down is paid by Discover, the invoice goes out tonight and photos by Tuesday for her insurance.",
        actions=[
            Action(
                "take down the loose gutter and measure for the replacement",
                "Yusuf Demir",
                "2026-12-07",
                "tomorrow morning",
                ("gutter", "measure", "take"),
            ),
            Action(
                "e-mail the invoice",
                "Bartholomew Nnadi",
                "2026-12-06",
                "tonight",
                ("invoice",),
            ),
            Action(
                "e-mail the before and after photos",
                "Bartholomew Nnadi",
                "2026-12-08",
                "by Tuesday",
                ("photos",),
            ),
            Action(
                "call the insurance agent about a claim",
                "Aroha Ngata",
                "2026-12-07",
                "first thing tomorrow",
                ("insurance", "call"),
            ),
            Action(
                "move her car out of the driveway onto the street",
                "Saoirse Mulcahy",
                "2026-12-06",
                "tonight",
                ("car", "driveway"),
            ),
        ],
        script="""
A: Crestline Gutter Company, [person_name:Bartholomew] speaking.
C: Hi, [person_name:Aroha Ngata] here. Last night's wind ripped half the gutter off my rental, and it's hanging over the front steps. {neg}
A: Oh, that's dangerous. Let's get it secured. How do you spell your name?
C: First name [person_name:A R O H A], last name [person_name:N G A T A]. {neu}
A: And the rental's address?
C: [address:Sixteen and a half Alder Lane, the upstairs unit]. {neu}
A: [address:Sixteen and a half Alder Lane]. And the ZIP?
C: [zip:Nine eight one one seven, dash three three oh two]. {neu}
A: Who's living there? The crew will need access.
C: My tenant, [person_name:Saoirse Mulcahy]. That's [person_name:S A O I R S E]. She's home all week. {neu}
A: Can I get her number?
C: [phone:Two oh six, seven eight nine, oh triple two]. {neu}
A: [phone:Two oh six, seven eight nine, oh two two two].
C: Right. {neu}
A: Our crew lead, [person_name:Yusuf Demir], can be there tomorrow morning to take the loose section down and measure for a new one.
C: Tomorrow morning? Great. I keep picturing it landing on somebody's head. {pos}
A: How big is the house, roughly?
C: It's <quantity:two stories>, probably <quantity:one hundred eighty linear feet> all the way around. {neu}
A: Then we'd usually recommend <quantity:six-inch> seamless with guards.
C: And what does that run? {neu}
A: About <amount:thirty-two hundred dollars>, installed. That's quote <quote:Q twenty-six, one one four>.
C: Thirty-two hundred. Wow. Merry Christmas to me. {neg}
A: I hear you. The emergency take-down is separate, <amount:two twenty-five>, and I can take that now.
C: Fine. Discover. [card_number:Six oh one one, five two eight eight, oh seven four four, three one nine two]. {neu}
A: Expiry?
C: [card_expiry:February of twenty-nine]. {neu}
A: And the three-digit code?
C: [card_security_code:Eight two seven]. {neu}
A: Thank you. Where should the invoice go?
C: To me, not the rental. The mailing address is [address:H C sixty-one, Box forty-four], Index, [zip:nine eight two five six]. {neu}
A: Is that a highway contract route?
C: Right. Out here, everybody gets confused by it. {neu}
A: And an e-mail?
C: [email:A R O H A dot ngata dot seven at protonmail dot com]. {neu}
A: [email:Aroha dot ngata dot seven at protonmail dot com]. Invoice <invoice:I N nine oh three three six> will come to you tonight.
C: Okay. Can you send me photos after he's been? For my insurance. {neu}
A: Sure. [person_name:Yusuf] always takes before and after photos, and I'll e-mail them to you by Tuesday.
C: Good. My insurance agent, [person_name:Priya Raman], wants them before she'll open a claim. I'm going to call her first thing tomorrow. {neu}
A: Smart. Oh, and the truck will need the driveway in the morning.
C: I already told [person_name:Saoirse]. She's moving her car onto the street tonight. {neu}
A: Perfect, then we're set.
C: Thanks, [person_name:Bartholomew]. That was quicker than I feared. {pos}
""",
    ),
    CallScript(
        id="16t05-cabin-rental",
        trade="vacation cabin rentals",
        company="Bear Paw Cabin Rentals",
        agent="Wyatt Holloway",
        customer="Anneliese Brandstaetter",
        agent_voice="espeak:en-us:138:45",
        customer_voice="festival:cmu_us_slt_arctic_hts:-120",
        noise_db=15.0,
        reason="A guest in Munich calls because her damage deposit from an October stay never came back, and she wants to book Christmas week.",
        outcome="The deposit goes back by wire to her German IBAN by Friday; Christmas week is booked on her Amex with a tree in the cabin, and check-in instructions follow tomorrow morning.",
        actions=[
            Action(
                "send the damage deposit back by wire",
                "Lupe Ortega",
                "2026-12-11",
                "by Friday",
                ("wire", "deposit"),
            ),
            Action(
                "e-mail the check-in instructions",
                "Wyatt Holloway",
                "2026-12-07",
                "tomorrow morning",
                ("check-in", "instructions"),
            ),
            Action(
                "send the flight numbers once they are booked",
                "Matthias",
                None,
                None,
                ("flight",),
            ),
            Action(
                "have a Christmas tree set up in the cabin",
                "Wyatt Holloway",
                "2026-12-22",
                "the morning you arrive",
                ("tree",),
            ),
        ],
        script="""
A: Bear Paw Cabin Rentals, this is [person_name:Wyatt].
C: Hello, good evening. This is [person_name:Anneliese Brandstaetter], I'm calling from Munich. {neu}
A: Welcome! What can I do for you?
C: Two things. First, we stayed with you in October, and the damage deposit still has not come back. {neg}
A: I'm sorry. Can you spell the last name for me?
C: [person_name:B R A N D S T A E T T E R]. With A E, not the umlaut. {neu}
A: Thank you. Here it is, reservation <reservation:B P seven two two oh nine>, <cabin:cabin fourteen>. The deposit was <amount:three hundred dollars>, and it says it's waiting on bank details.
C: Bank details? Nobody ever asked me for bank details. {neg}
A: That's on us. Because it was a foreign card, it has to go back by wire. Could I take your IBAN?
C: Yes. [iban:D E four four, five zero zero one, zero five one seven, five four zero seven, three two four nine, three one]. {neu}
A: Reading back: [iban:D E four four, five oh oh one, oh five one seven, five four oh seven, three two four nine, three one].
C: Correct. {neu}
A: And the account holder's address for the wire?
C: [address:Lindenstrasse forty-two, third floor], [zip:eight oh three three one] Munich. {neu}
A: [address:Lindenstrasse forty-two], [zip:eight oh three three one]. Our bookkeeper, [person_name:Lupe Ortega], will send the wire by Friday.
C: Good. Thank you. {pos}
A: And the second thing?
C: We want to come back for Christmas. <quantity:Six nights>, from <date:December twenty-second>. {pos}
A: The same cabin is free then. It would be <amount:two thousand one hundred forty dollars> in total, with half due now.
C: That's fine. We'll pay with the Amex. {neu}
A: Go ahead.
C: [card_number:Three seven four two, five nine one eight oh six, four one oh oh three]. {neu}
A: [card_number:Three seven four two, five nine one eight oh six, four one oh oh three]. And the expiry?
C: [card_expiry:Nine, twenty-eight]. {neu}
A: And the four digits on the front?
C: One moment, my husband has the card. [person_name:Matthias]! {neu}
A: No problem.
C: Here. [card_security_code:Three oh seven two]. {neu}
A: Thank you. You're confirmed, reservation <reservation:B P seven three one four four>. Check-in is at <time:four p m>.
C: Good. Last time we arrived in the dark and the road was terrible. {neu}
A: I'll e-mail you the check-in instructions tomorrow morning, with photos of the turn-off. What's the best e-mail?
C: [email:A dot brandstaetter at web dot D E]. That's [email:A, dot, B R A N D S T A E T T E R, at W E B dot D E]. {neu}
A: And a phone, in case the flight's delayed?
C: My mobile. [phone:Plus four nine, one seven one, double five three, oh two eight, one nine]. {neu}
A: [phone:Plus four nine, one seven one, five five three, oh two eight, one nine].
C: Yes. And [person_name:Matthias] will send you our flight numbers once they're booked. {neu}
A: Perfect. If you wanted, we could also put a Christmas tree in the cabin for <amount:seventy-five dollars>.
C: Oh, a tree! Yes, please, the children would love that. {pos}
A: Done. I'll have it set up the morning you arrive.
C: You have turned this around, [person_name:Wyatt]. I was quite cross when I rang. {pos}
""",
    ),
    CallScript(
        id="16t06-prosthetics-clinic",
        trade="orthotics and prosthetics clinic",
        company="Stride Orthotics & Prosthetics",
        agent="Tuan Pham",
        customer="Esperanza Galindo",
        agent_voice="festival:kal_diphone:-100",
        customer_voice="espeak:en-us+f3:136:55",
        noise_db=17.5,
        reason="A patient's new below-knee prosthetic socket is rubbing a sore and she can barely walk; her insurance and address have changed.",
        outcome="She sees her prosthetist tomorrow at ten fifteen, driven by her daughter; the clinic faxes the doctor for a liner prescription tonight, she calls the doctor's office Monday morning, and her insurance, address and phone are updated.",
        actions=[
            Action(
                "adjust the socket and fit a new liner",
                "Lwazi Dube",
                "2026-12-07",
                "tomorrow at ten fifteen",
                ("socket", "liner", "adjust"),
            ),
            Action(
                "drive her mother to the appointment",
                "Marisol",
                "2026-12-07",
                "tomorrow",
                ("drive",),
            ),
            Action(
                "fax the doctor's office the request for an updated prescription",
                "Tuan Pham",
                "2026-12-06",
                "tonight",
                ("fax", "prescription"),
            ),
            Action(
                "call the doctor's office about the prescription",
                "Esperanza Galindo",
                "2026-12-07",
                "Monday morning",
                ("call",),
            ),
            Action(
                "bring all her socks and the old liner",
                "Esperanza Galindo",
                "2026-12-07",
                "tomorrow",
                ("socks", "liner", "bag"),
            ),
        ],
        script="""
A: Stride Orthotics and Prosthetics, weekend line, this is [person_name:Tuan]. How can I help?
C: Hi, [person_name:Tuan]. I'm a patient there. My new leg, the socket is rubbing a sore, and I can barely walk to the kitchen. {neg}
A: I'm sorry, that needs looking at quickly. Can I have your name and date of birth?
C: [person_name:Esperanza Galindo]. [date_of_birth:Oh seven, nineteen, fifty-four], [date_of_birth:July nineteenth]. {neu}
A: Thank you. And your patient ID, if you have it?
C: [member_id:S O P, two two eight, oh four one]. {neu}
A: Got it. That's the below-knee socket we fit on <date:November twenty-fourth>, with [person_name:Lwazi Dube].
C: Yes, [person_name:Lwazi]. He was wonderful, I just don't want to lose the leg. {neu}
A: He has an opening tomorrow at <time:ten fifteen>. He'll adjust the socket and most likely fit a new liner.
C: Tomorrow? Oh, thank goodness. {pos}
A: Will you have a ride?
C: My daughter, [person_name:Marisol], will drive me tomorrow. She's taking the morning off work. {neu}
A: Good. Now, can you read me your Medicare number, so I can check it's current?
C: [member_id:Four K nine two, D R seven, H W two eight]. {neu}
A: Thank you. And I see a note that your secondary insurance changed?
C: Yes, I'm on my husband's retiree plan now. The member number is [member_id:R X, oh oh four, one eight, eight seven seven two]. {neu}
A: And they want the subscriber's Social Security number on the form.
C: His is [ssn:four six one, oh nine, two two five three]. [person_name:Rodrigo], same last name. {neu}
A: [ssn:Four six one, oh nine, two two five three]. The new liner is billing code <billing_code:L five six seven three>, and your share after Medicare is about <amount:forty-one dollars>.
C: Forty-one dollars for a fancy sock. They have some nerve. But fine. {neg}
A: I can put it on the card ending in [card_number:oh four oh nine], your H S A card?
C: Yes, the H S A. It expires [card_expiry:oh five of twenty-eight], and the code is [card_security_code:six six two]. {neu}
A: Thank you. I've put in order <order:O R, two six one one eight>. Doctor [person_name:Rajesh Iyer] needs to send an updated prescription for the liner, so I'll fax his office the request tonight.
C: His office is slow. Should I call them as well? {neu}
A: That would help. Ask for [person_name:Bernadette] at the front desk.
C: Then I'll call them Monday morning. {neu}
A: Great. And is your address still [address:nineteen oh six North Fortieth Street, apartment one]?
C: No, I moved in with my daughter. [address:Eighty-eight fifteen East Camelback Road, building two, ground floor, number one oh four], [zip:eight five two five one]. {neu}
A: [address:Eighty-eight fifteen East Camelback, building two, number one oh four], [zip:eight five two five one]. And the best phone?
C: [person_name:Marisol]'s work line. [phone:Six oh two, four four seven, eight one double oh, extension two one five]. {neu}
A: [phone:Six oh two, four four seven, eight one oh oh, extension two one five]. And an e-mail for reminders?
C: [email:E galindo fifty-four at A O L dot com]. {neu}
A: Perfect. Please bring all your socks and the old liner tomorrow, and we'll order <quantity:six prosthetic socks> if you need them.
C: I'll bring the whole bag. Thank you, you've been very kind. Much better than the last place. {pos}
A: See you tomorrow at <time:ten fifteen>, [person_name:Esperanza].
""",
    ),
]

"""The TWENTIETH-DEV half: six scripted two-party phone calls, a twentieth set in trades none of
the earlier sets covered. Written 2026-12-06, stop 37, blind from a brief by a helper session
that read no product code: nothing under src/, no tests, no docs, no other benchmark code than
bench/vi/realistic/script.py, generate.py and check.py, the first 60 lines of
bench/vi/realistic/README.md, the module docstrings of the other *_calls.py files (to avoid
their trades), and one earlier call, the first eighteenth-dev call, as a format example. (The
voice spec of hibari-tts, which the example does not use, was learnt from the traceback
generate.py printed for a wrong guess, three lines of audio.py and tests/support/speech.py.)
Frozen as of the commit that adds it: do not edit the calls or the labels to suit a result. Tune
on these if you must; the test half (twentieth_test_calls.py) is held out: do not read it and do
not tune on it.

Trades: land surveying (a boundary survey before a fence dispute, in North Carolina), driving
school (lesson blocks for a learner, in Manchester), guided walking holidays (the Kerry Way, a
walker in Dublin), child care centre enrolment (a toddler spot in Vancouver, the centre calling
the parent), surf school (a family from Brisbane on holiday in Byron Bay), olive tree adoption
and oil subscription (a farm in Puglia, a customer in Freiburg, the oil to her grandmother in
Salzburg). The set's weight is on action items with named owners and due days, customer
sentiment, bank ids, street addresses, phone numbers and dates of birth.

Each call has 4-6 action items (28 in all) owned by the agent, the customer or a third person
named in the call (a crew chief, a wife, a billing clerk, an instructor, a learner son, an
office manager, an accounts manager, a guide, a sister, a husband, a director, a surf
instructor, a bookkeeper, a friend, a shipping clerk, a farm manager), said in the indirect ways
people talk: "Can you sign it and send it back by Wednesday?" answered "Sure, the minute it
lands"; "She'll talk to him by Tuesday"; "Could he book it by Friday?" answered "he'll book it
by Friday, even if I have to sit on him"; "Could you e-mail me the certificate by Friday?"
answered "I'll send it tomorrow"; "I'll pass that to Tamsin Reilly, our bookkeeper, and she'll
confirm the refund by Wednesday"; "He'll drop them back tomorrow morning". Due "tonight", "by
Wednesday", "Thursday morning", "by Tuesday", "tomorrow", "Tuesday", "by Friday", "Monday", "on
Thursday", "on Tuesday", "first thing Monday", "on Wednesday", "tomorrow morning", "on the
fourteenth of December", "on Friday". Not action items: a schedule ("Pick-up is nine thirty at
the Killarney bus station"), a conditional instruction ("if Viliami comes before nine, ask for
Jarrah at the shed"), news ("the harvest was twenty percent bigger"). Every customer line is
labelled (103 lines: 20 positive, 17 negative): sarcasm ("Oh, wonderful. There goes Christmas.",
"Oh, lovely, another reference number for the drawer", "Oh, grand. So it costs more and it'll
still rain sideways", "Oh, wonderful, a deadline", "Another form. Sure, why not."), polite
frustration ("I've been patient, but this is the third time I've asked him to move it"), worry
("I'm a bit worried about her", "I'm a bit nervous, he's never been away from us"), grudging
("it's still a second rent, but okay", "Hm. We'll see."), relief ("Honestly, that's a relief",
"that's a weight off"), gratitude and delight ("After fourteen months on the list? I'd honestly
given up").

Bank ids: a US routing number read in threes and a checking account corrected mid-number ("three
eight one... no, sorry, seven, not one") with "double four", both read back with "zero"; a UK
sort code said in pairs and read back digit by digit, with an eight-digit account; an Irish IBAN
with spelled bank letters over two turns ("Go on") read back whole; a Canadian transit,
institution and account off a void cheque, read back; an Australian BSB and account, read back;
a German IBAN over two turns ("Yes?") read back whole. Ids that identify a person: a UK
provisional driving licence number with spelled letters, read back; a BC personal health number,
read back; a travel insurance policy number; a customer number with letters. A Visa in fours
with "double", expiry "May twenty-nine" and a security code. Dates of birth in words ("the
fourteenth of March, two thousand and nine", "August twenty-second, twenty twenty-four", "the
third of April, twenty fourteen") and in digits day-first and month-first ("Nineteen, oh seven,
eighty-eight", "twenty-one, nine, twenty sixteen"), most read back in the other form. Street
addresses with house numbers in words ("twenty-two oh eight", "twelve eighty-eight",
"forty-two", "twenty-four"), a flat, an apartment, a suite, an Austrian "top seven", a US ZIP, a
UK postcode, an Eircode, a Canadian and an Australian postcode, an Austrian postcode read back.
Phones with "double" and "oh", a mobile on file replaced by a new one, a husband's number, a UK
and an Irish mobile, a German mobile with "plus four nine", most read back; e-mails with dots
and digits. Names from many cultures (Cajun, Marathi, Russian, Scottish, Afghan, Welsh, Irish,
Akan, Igbo, Vietnamese, French-Canadian, Brazilian, Tongan, Aboriginal Australian, Italian,
German, Austrian), six spelled letter by letter, third parties said again later by first name or
"Mr. X". Must-survive numbers, 8 per call: quote, draft and mandate references, a plat book and
page, job, booking and enrolment numbers (three read back by the customer), a receipt right
after a security code, a tree number, an order, amounts, times, dates, durations, quantities and
a percentage, several right after a routing or account number or an IBAN.

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
        id="20d01-boundary-survey",
        trade="land surveying (boundary survey before a fence)",
        company="Piedmont Line and Grade Surveying",
        agent="Imani Thibodeaux",
        customer="Ravindra Kulkarni",
        agent_voice="hibari:7:-150",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=17.0,
        reason="A homeowner in Apex, North Carolina, accepts a quote for a boundary survey because his neighbour's new fence seems to sit on his side of the line.",
        outcome="The survey is booked for Thursday morning with a four-hundred-dollar deposit by bank draft; the office e-mails the authorization form, the customer signs it and sends photos of his old survey, his wife warns the neighbour, and billing confirms the deposit.",
        actions=[
            Action(
                "e-mail the survey authorization form",
                "Imani Thibodeaux",
                "2026-12-06",
                "tonight",
                ("authorization form", "form"),
            ),
            Action(
                "sign the authorization form and send it back",
                "Ravindra Kulkarni",
                "2026-12-09",
                "by Wednesday",
                ("sign", "send it back"),
            ),
            Action(
                "come out to find the corner pins",
                "Dmitri Volkov",
                "2026-12-10",
                "Thursday morning",
                ("corner pins", "pins", "come out"),
            ),
            Action(
                "let the neighbour know the survey crew is coming",
                "Sunita Kulkarni",
                "2026-12-08",
                "by Tuesday",
                ("talk to him", "let him know", "neighbour", "neighbor"),
            ),
            Action(
                "send photos of the old survey from the house purchase",
                "Ravindra Kulkarni",
                "2026-12-06",
                "tonight",
                ("photos", "old survey"),
            ),
            Action(
                "call to confirm the deposit cleared",
                "Gwen Albright",
                "2026-12-07",
                "tomorrow",
                ("deposit", "call"),
            ),
        ],
        script="""
A: Piedmont Line and Grade Surveying, weekend line, this is [person_name:Imani].
C: Hi, [person_name:Imani]. I'd like to go ahead with the boundary survey you quoted. My neighbour and I aren't exactly exchanging Christmas cards. {neg}
A: Oh dear. Do you have the quote number?
C: Yeah, it's <quote:Q four one eight seven>. {neu}
A: And the name on it?
C: [person_name:Ravindra Kulkarni]. The last name is [person_name:K U L K A R N I]. {neu}
A: Thank you, Mr. [person_name:Kulkarni]. And the property address?
C: [address:Twenty-two oh eight Sycamore Bluff Lane, Apex], [zip:two seven five oh two]. {neu}
A: Your lot's in <plat:plat book two twelve, page forty-seven>, so that's quick. The survey is <amount:one thousand four hundred fifty dollars>, with a <amount:four hundred dollar> deposit by bank draft.
C: Oh, wonderful. There goes Christmas. {neg}
A: I know. The routing number?
C: [routing_number:Two five three, one seven five, four nine four]. {neu}
A: Mm-hmm. And the checking account?
C: [bank_account:Six six oh two, three eight one... no, sorry, seven, not one. Three eight seven nine, double four]. {neu}
A: Let me read that back. Routing [routing_number:two five three, one seven five, four nine four], account [bank_account:six six zero two, three eight seven nine, four four].
C: That's it. {neu}
A: It'll show as <reference:P L G nine three oh six>. A number for the crew?
C: [phone:Nine one nine, four oh two, double seven one six]. {neu}
A: [phone:Nine one nine, four zero two, seven seven one six]. And an e-mail for the paperwork?
C: [email:ravi dot kulkarni seventy-seven at gmail dot com]. {neu}
A: Thanks. I'll e-mail you the authorization form tonight. Can you sign it and send it back by Wednesday?
C: Sure, the minute it lands. {neu}
A: Our crew chief, [person_name:Dmitri Volkov], will come out Thursday morning around <time:eight thirty> to find the four corner pins.
C: Will [person_name:Dmitri] need the back yard? {neu}
C: The back corner's behind Mr. [person_name:Haverford]'s new fence. I've been patient, but this is the third time I've asked him to move it. {neg}
A: The survey settles that. Could someone let him know the crew is coming?
C: My wife, [person_name:Sunita], gets on with him better than I do. She'll talk to him by Tuesday. {neu}
A: Thanks. Do you have your old survey from the purchase?
C: Somewhere. I'll dig it out and send you photos tonight. {neu}
A: Once the pins are set, you'll have the signed plat within ten business days.
C: Honestly, that's a relief. Something official he can't argue with. {pos}
A: And [person_name:Gwen Albright] in billing will call you tomorrow to confirm the deposit cleared. Your job number is <job:two six dash one one four eight>.
C: <job:Two six, one one four eight>. Got it. Thanks, [person_name:Imani], you've been great. {pos}
A: You're welcome, and good luck with Mr. [person_name:Haverford].
C: Ha, I'll need it. {pos}
""",
    ),
    CallScript(
        id="20d02-driving-school",
        trade="driving school (lesson blocks for a learner driver)",
        company="Irwell Valley Driving School",
        agent="Shauna McCreadie",
        customer="Farida Rahimi",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+f3:138:55",
        noise_db=16.0,
        reason="A mother in Manchester books a block of driving lessons for her seventeen-year-old son after his last instructor cancelled three times.",
        outcome="A block of ten lessons is booked with instructor Aled Pritchard, paid by direct debit in three instalments; the first lesson is Tuesday, the son is to book his theory test by Friday, and the office manager offers a free lesson.",
        actions=[
            Action(
                "pick the learner up from college for his first lesson",
                "Aled Pritchard",
                "2026-12-08",
                "Tuesday",
                ("pick him up", "pick", "first lesson"),
            ),
            Action(
                "send a photo of the front of the provisional licence",
                "Farida Rahimi",
                "2026-12-06",
                "tonight",
                ("photo", "licence", "license"),
            ),
            Action(
                "book the theory test",
                "Jawad Noori",
                "2026-12-11",
                "by Friday",
                ("theory test", "book"),
            ),
            Action(
                "ring to fix a date for the free lesson",
                "Bernadette Lowry",
                "2026-12-07",
                "Monday",
                ("ring", "free lesson", "call"),
            ),
            Action(
                "text the instructor's pick-up times",
                "Shauna McCreadie",
                "2026-12-06",
                "tonight",
                ("text", "pick-up times"),
            ),
        ],
        script="""
A: Irwell Valley Driving School, [person_name:Shauna] speaking.
C: Hiya. I'm ringing about lessons for my son. His last instructor cancelled on him three times, so, third time lucky. {neg}
A: Oh, sorry to hear that. Your name?
C: [person_name:Farida Rahimi]. That's [person_name:R A H I M I]. {neu}
A: And your son's name and date of birth?
C: [person_name:Jawad Noori], born [date_of_birth:the fourteenth of March, two thousand and nine]. {neu}
A: So [date_of_birth:fourteen, oh three, oh nine]. Has he got his provisional licence?
C: Hang on, it's here. [member_id:N O O R I, zero zero three one four nine, J nine, nine K W]. {neu}
A: Reading it back: [member_id:N O O R I, zero zero three one four nine, J nine, nine K W].
C: That's the one. {neu}
A: And your address, for pick-ups?
C: [address:Flat six, twenty-two Wilmslow Road, Rusholme], [zip:M fourteen, five T Q]. {neu}
A: And a mobile?
C: [phone:Oh seven seven one two, four oh nine, double eight three]. {neu}
A: [phone:Oh seven seven one two, four zero nine, eight eight three]. A block of <quantity:ten lessons> is <amount:three hundred and forty-five pounds>, by direct debit in <quantity:three instalments>.
C: Go on, then. Cheaper than the last lot, anyway. {pos}
A: Your sort code?
C: [routing_number:Twenty, forty-four, ninety-one]. {neu}
A: Mm-hmm.
C: And the account is [bank_account:seven three oh eight, two two six one]. {neu}
A: That's [routing_number:two oh, four four, nine one], account [bank_account:seven three zero eight, two two six one]. Your mandate reference is <reference:I V D S four four seven one>.
C: Oh, lovely, another reference number for the drawer. {neg}
A: Sorry! His instructor will be [person_name:Aled Pritchard], he's very calm. [person_name:Aled] will pick him up from college on Tuesday at <time:four fifteen> for a <duration:two-hour> first lesson.
C: He finishes at four, so that's perfect. {pos}
A: Could you send a photo of the front of his licence?
C: I'll send it tonight. {neu}
A: And an e-mail for receipts?
C: [email:farida dot rahimi eighty-four at outlook dot com]. {neu}
A: Has he done his theory test?
C: He's been about to book it since September. {neg}
A: Could he book it by Friday? Slots here are <duration:six weeks> out.
C: Oh, he'll book it by Friday, even if I have to sit on him. {neu}
A: And for the lessons he lost, our office manager, [person_name:Bernadette Lowry], is giving him a free one. She'll ring you Monday to fix a date.
C: Oh, that's really kind of her. Thank you. {pos}
A: Your booking number is <booking:five five two oh eight>. I'll text you [person_name:Aled]'s pick-up times tonight.
C: Brilliant. Thanks, [person_name:Shauna]. {pos}
""",
    ),
    CallScript(
        id="20d03-walking-holidays",
        trade="guided walking holidays (the Kerry Way)",
        company="Reeks and Ridges Walking Holidays",
        agent="Niamh O'Sullivan",
        customer="Akosua Mensah-Byrne",
        agent_voice="hibari:21",
        customer_voice="hibari:33:-250",
        noise_db=18.0,
        reason="A walker in Dublin needs to move a guided week on the Kerry Way from March to May because her sister is having knee surgery.",
        outcome="The booking moves to the eleventh of May at eighty euro more per person, the deposit carries over and the balance will come by direct debit; the walker sends her insurance certificate, the guide sends a kit list and the sister rings about her meals.",
        actions=[
            Action(
                "e-mail the travel insurance certificate",
                "Akosua Mensah-Byrne",
                "2026-12-07",
                "tomorrow",
                ("certificate", "insurance"),
            ),
            Action(
                "send the amended itinerary",
                "Niamh O'Sullivan",
                "2026-12-09",
                "by Wednesday",
                ("itinerary",),
            ),
            Action(
                "confirm the deposit transfer",
                "Ciarán Daly",
                "2026-12-07",
                "tomorrow",
                ("deposit", "confirm"),
            ),
            Action(
                "e-mail both walkers his kit list",
                "Donncha Moriarty",
                "2026-12-10",
                "on Thursday",
                ("kit list",),
            ),
            Action(
                "ring to go through her coeliac meals",
                "Efua Mensah",
                "2026-12-08",
                "on Tuesday",
                ("ring", "meals", "call"),
            ),
        ],
        script="""
A: Reeks and Ridges Walking Holidays, [person_name:Niamh] speaking.
C: Hi [person_name:Niamh]. I'm booked on the Kerry Way in March and I need to move it. My sister's having knee surgery, and I'm a bit worried about her. {neg}
A: Oh, I'm sorry to hear that. What's the booking reference?
C: <booking:K W seven seven four two>, under [person_name:Akosua Mensah-Byrne]. {neu}
A: Could you spell the first name for me?
C: [person_name:A K O S U A]. {neu}
A: Thanks. And your date of birth?
C: [date_of_birth:Nineteen, oh seven, eighty-eight]. {neu}
A: [date_of_birth:The nineteenth of July, nineteen eighty-eight], grand. So two walkers, seven nights, from <date:the fifteenth of March>. What were you thinking instead?
C: Would May work? My sister, [person_name:Efua Mensah], says she'll be walking properly by then. {neu}
A: I can do <date:the eleventh of May>. It's <amount:eighty euro> more per person, though, high season.
C: Oh, grand. So it costs more and it'll still rain sideways. {neg}
A: It's Kerry, I can't promise otherwise. Your <amount:three hundred euro> deposit moves across, and the balance is by direct debit. Have you your IBAN?
C: Hang on. [iban:I E eight three, B O F I, nine oh one two]... {neu}
A: Go on.
C: [iban:Oh four four eight, one seven three nine, two six]. {neu}
A: Reading that back: [iban:I E eight three, B O F I, nine zero one two, zero four four eight, one seven three nine, two six].
C: That's it. {neu}
A: Is your mobile still [phone:oh eight seven, two one four, double six oh nine]?
C: No, sorry, that's my old one. It's [phone:oh eight six, three five oh, one nine two seven]. {neu}
A: [phone:Oh eight six, three five zero, one nine two seven]. And still at [address:apartment twelve, Mountpleasant Square, Ranelagh]?
C: Yes, [zip:D oh six, X four K seven]. {neu}
A: We'll also need your travel insurance for the new dates. The policy number?
C: [member_id:T P nine four four one, six oh two, eight]. {neu}
A: Thanks. Could you e-mail me the certificate by Friday?
C: Honestly, the insurance crowd have been a nightmare. I'll send it tomorrow. {neg}
A: Great. I'll send you the amended itinerary by Wednesday, and [person_name:Ciarán Daly] in accounts will confirm the deposit transfer tomorrow.
C: Thanks. And will we still have [person_name:Donncha]? He was the whole reason we picked you. {pos}
A: You will. [person_name:Donncha Moriarty] leads the May group, and he'll e-mail you both his kit list on Thursday. Pick-up is <time:nine thirty> at the Killarney bus station.
C: Oh, that's brilliant. [person_name:Efua] will be thrilled. {pos}
A: Does she need anything else from us?
C: She's coeliac. She'll ring you herself on Tuesday to go through the meals. {neu}
A: Perfect, I'll flag it. Your new reference is <booking:K W eight one oh five>.
C: <booking:K W eight one oh five>. Thanks a million, [person_name:Niamh], that's a weight off. {pos}
""",
    ),
    CallScript(
        id="20d04-daycare-enrolment",
        trade="child care centre enrolment (infant and toddler daycare)",
        company="Little Cedars Early Learning Centre",
        agent="Adaeze Nwosu",
        customer="Thanh Pham",
        agent_voice="espeak:en-us+klatt:135:45",
        customer_voice="festival:cmu_us_slt_arctic_hts:-200",
        noise_db=17.0,
        reason="A parent in Vancouver who has been on the waitlist for fourteen months is offered a toddler spot starting in January.",
        outcome="The spot is accepted for three days a week from the fourth of January, fees by pre-authorized debit; the centre e-mails the enrolment package, the parent signs it by Friday, her husband drops off the immunization record and the director calls about an orientation visit.",
        actions=[
            Action(
                "e-mail the enrolment package",
                "Adaeze Nwosu",
                "2026-12-06",
                "tonight",
                ("enrolment package", "package", "enrollment"),
            ),
            Action(
                "sign and return the enrolment package",
                "Thanh Pham",
                "2026-12-11",
                "by Friday",
                ("sign", "return"),
            ),
            Action(
                "drop off the immunization record",
                "Linh Nguyen",
                "2026-12-09",
                "on Wednesday",
                ("immunization", "drop"),
            ),
            Action(
                "call about the orientation visit",
                "Marguerite Fontaine",
                "2026-12-07",
                "first thing Monday",
                ("orientation", "call"),
            ),
        ],
        script="""
A: Hi, it's [person_name:Adaeze] from Little Cedars. Is that [person_name:Thanh Pham]?
C: Yes, speaking. {neu}
A: Good news: a toddler spot has opened for January.
C: Oh my goodness. After fourteen months on the list? I'd honestly given up. {pos}
A: Sorry it took so long. Your son's name and date of birth?
C: [person_name:Bao Nguyen], born [date_of_birth:August twenty-second, twenty twenty-four]. {neu}
A: [date_of_birth:Oh eight, twenty-two, twenty-four]. The spot is <quantity:three days a week> from <date:Monday, January fourth>, in <room:room two>.
C: Three days is exactly what we need. {pos}
A: After the provincial reduction, it's <amount:six hundred and twelve dollars> a month, plus a <amount:one hundred dollar> registration fee.
C: Six hundred and twelve. Well, it's still a second rent, but okay. {neg}
A: I know. His personal health number?
C: [member_id:Nine eight seven three, four one two, six five oh]. {neu}
A: [member_id:Nine eight seven three, four one two, six five zero]. Fees are by pre-authorized debit. Have you got a void cheque?
C: Yes. Transit number is [routing_number:oh two four one eight]. {neu}
A: Mm-hmm.
C: Institution [routing_number:zero zero four], and the account is [bank_account:five two two nine, oh six one]. {neu}
A: So transit [routing_number:zero two four one eight], institution [routing_number:zero zero four], account [bank_account:five two two nine, zero six one]. And your address?
C: [address:Suite eighteen oh four, twelve eighty-eight West Georgia Street], [zip:V six E, four R three]. {neu}
A: Emergency numbers?
C: My cell is [phone:six oh four, seven one eight, double two four nine]. My husband's is [phone:seven seven eight, three oh oh, five one six two]. {neu}
A: I'll e-mail you the enrolment package tonight. Which address?
C: [email:thanh dot pham dot v six at gmail dot com]. {neu}
A: Can you sign and return it by Friday? We can only hold it till then.
C: Oh, wonderful, a deadline. Yes, I'll have it back by Friday. {neg}
A: We also need his immunization record.
C: My husband, [person_name:Linh Nguyen], works near you. He'll drop it off on Wednesday. {neu}
A: Perfect. And our director, [person_name:Marguerite Fontaine], will call you first thing Monday about an orientation visit.
C: Will I meet his teacher then? I'm a bit nervous, he's never been away from us. {neg}
A: You will, and [person_name:Marguerite] will walk you through the first week. Drop-off opens at <time:seven thirty>. Your enrolment number is <enrolment:L C dash two six one nine>.
C: <enrolment:Two six one nine>. Thank you so much, [person_name:Adaeze]. You've made my week. {pos}
""",
    ),
    CallScript(
        id="20d05-surf-school",
        trade="surf school (group and family lessons)",
        company="Wategos Surf School",
        agent="Bianca Ferreira",
        customer="Siosaia Taufa",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:48:200",
        noise_db=15.0,
        reason="A family on holiday in Byron Bay had their Saturday lesson cancelled for big swell an hour before it started and wants a refund and a lesson for the kids.",
        outcome="The two children are rebooked for Tuesday's eight a.m. group lesson on a Visa, the cancelled family lesson is refunded in full to the father's account, he fills in their medical forms tonight and a friend returns the hire boards tomorrow morning.",
        actions=[
            Action(
                "meet the children at the Pass car park for the group lesson",
                "Jarrah Collins",
                "2026-12-08",
                "Tuesday",
                ("meet", "lesson"),
            ),
            Action(
                "confirm the refund",
                "Tamsin Reilly",
                "2026-12-09",
                "by Wednesday",
                ("refund", "confirm"),
            ),
            Action(
                "fill in the children's medical forms",
                "Siosaia Taufa",
                "2026-12-06",
                "tonight",
                ("medical form", "form"),
            ),
            Action(
                "drop the hire boards back",
                "Viliami Hufanga",
                "2026-12-07",
                "tomorrow morning",
                ("boards", "drop"),
            ),
        ],
        script="""
A: Wategos Surf School, [person_name:Bianca] here.
C: G'day, [person_name:Bianca]. We were booked for the family lesson yesterday, and it got cancelled an hour before. The kids were already in their wetsuits. {neg}
A: I'm so sorry. The swell came up over three metres and we had to call it. What's the booking name?
C: [person_name:Siosaia Taufa]. That's [person_name:S I O S A I A], then [person_name:T A U F A]. {neu}
A: Thanks. I've got <quantity:four people> at <amount:seventy-five dollars> each, booking <booking:W S three three oh nine>. Refund or rebook?
C: Bit of both. The kids still want a go, but I've had enough after yesterday's drama. {neg}
A: No worries. The kids can join Tuesday's <time:eight a.m.> group with [person_name:Jarrah Collins]. He'll meet them at the Pass car park.
C: Oh, they'll love that. {pos}
A: How old are they? Under sixteen needs a medical form.
C: [person_name:Losana]'s twelve, born [date_of_birth:the third of April, twenty fourteen], and [person_name:Tevita]'s ten, born [date_of_birth:twenty-one, nine, twenty sixteen]. {neu}
A: Could you fill in the forms tonight? They're on the website.
C: Another form. Sure, why not. I'll do them tonight. {neg}
A: Sorry, it's the insurance. Their lesson is <amount:one hundred and thirty dollars>. Card?
C: Visa. [card_number:Four five six four, oh two one eight, double three seven six, five oh nine one]. {neu}
A: And the expiry?
C: [card_expiry:May twenty-nine]. {neu}
A: The three digits on the back?
C: [card_security_code:Eight four oh]. {neu}
A: Approved, receipt <receipt:seven seven one four two>. For the refund of the <amount:three hundred dollars>, your BSB?
C: [routing_number:Oh six four, one two three]. {neu}
A: Mm-hmm.
C: Account [bank_account:one oh five eight, seven seven three two]. {neu}
A: BSB [routing_number:zero six four, one two three], account [bank_account:one zero five eight, seven seven three two]. I'll pass that to [person_name:Tamsin Reilly], our bookkeeper, and she'll confirm the refund by Wednesday.
C: Great, thanks. {neu}
A: Your mobile's [phone:oh four one two, double oh six, seven eight one]?
C: That's right. {neu}
A: And the receipt goes to [email:s dot taufa eleven at bigpond dot com]?
C: Yep. {neu}
A: And your home address, for the form?
C: [address:Forty-two Kedron Brook Road, Wilston], Queensland, [zip:four oh five one]. {neu}
A: Lovely. One more thing, the hire boards from yesterday?
C: My mate, [person_name:Viliami Hufanga], has them in his ute. He'll drop them back tomorrow morning. {neu}
A: Perfect. [person_name:Jarrah] will have rash vests ready for the kids.
C: Honestly, I was ready to be grumpy about this, but you've sorted it. Thanks, [person_name:Bianca]. {pos}
A: And if [person_name:Viliami] comes before <time:nine>, ask for [person_name:Jarrah] at the shed.
C: Will do. Cheers. {pos}
""",
    ),
    CallScript(
        id="20d06-olive-tree-adoption",
        trade="olive tree adoption scheme and olive oil by subscription (Puglia, a customer in Germany)",
        company="Masseria Ulivo Antico",
        agent="Giuseppina Lorusso",
        customer="Katharina Brandstetter",
        agent_voice="hibari:55",
        customer_voice="espeak:en-us:138:55",
        noise_db=19.0,
        reason="A customer in Freiburg renews her olive tree adoption as a Christmas present for her grandmother in Salzburg, after last year's oil arrived in February.",
        outcome="The adoption is renewed for eighty-nine euro a year by SEPA direct debit, with the oil on the first truck to her grandmother on the fourteenth; the farm e-mails a gift certificate, the farm manager sends a new photo of the tree and the customer texts her grandmother's landline.",
        actions=[
            Action(
                "e-mail the gift certificate",
                "Giuseppina Lorusso",
                "2026-12-08",
                "by Tuesday",
                ("certificate",),
            ),
            Action(
                "put the oil on the first truck",
                "Rocco Fanelli",
                "2026-12-14",
                "on the fourteenth of December",
                ("first truck", "truck"),
            ),
            Action(
                "take a new photo of the tree and send it",
                "Donato Pellegrino",
                "2026-12-11",
                "on Friday",
                ("photo",),
            ),
            Action(
                "text her grandmother's landline for the courier",
                "Katharina Brandstetter",
                "2026-12-06",
                "tonight",
                ("text", "landline"),
            ),
        ],
        script="""
A: Masseria Ulivo Antico, buongiorno, this is [person_name:Giuseppina].
C: Hello, do you speak English? {neu}
A: Of course. How can I help?
C: I adopted one of your olive trees last year. I'd like to renew it for my grandmother, for Christmas. {neu}
A: How lovely. Your name, please?
C: [person_name:Katharina Brandstetter]. The surname is [person_name:B R A N D S T E T T E R]. {neu}
A: And your customer number, if you have it?
C: [member_id:U A nine two oh four seven]. {neu}
A: Found you. Tree <tree:number three one eight>, a Coratina, about <quantity:ninety years> old.
C: That's him. We call him Mister Olive. {pos}
A: The renewal is <amount:eighty-nine euro> a year, with <quantity:three litres> of oil.
C: Fine. But not like last year, please. The tins came in February. Lovely Christmas present. {neg}
A: I'm really sorry, the courier lost a pallet. This year [person_name:Rocco Fanelli] in shipping will put yours on the first truck, on <date:the fourteenth of December>.
C: Hm. We'll see. {neg}
A: Where should it go?
C: To my grandmother, [person_name:Hildegard Moser]. [address:Linzer Gasse twenty-four, top seven, Salzburg], Austria, [zip:five oh two oh]. {neu}
A: [address:Linzer Gasse twenty-four, top seven], [zip:five zero two zero] Salzburg. A number for the courier?
C: Use mine, she never answers. [phone:Plus four nine, one seven six, four four two, eight one oh three]. {neu}
A: [phone:Plus four nine, one seven six, four four two, eight one zero three]. And for the direct debit, your IBAN?
C: [iban:D E nine four, seven six oh five, oh one oh one, oh eight four seven]... {neu}
A: Yes?
C: [iban:Two one five nine, three six]. {neu}
A: So [iban:D E nine four, seven six zero five, zero one zero one, zero eight four seven, two one five nine, three six].
C: Correct. {neu}
A: The mandate reference is <reference:M U A two six, four four one>, and your order is <order:eleven fifty-three>.
C: Is there a certificate? Something to put under the tree? {neu}
A: I'll e-mail you the gift certificate by Tuesday, so you can print it.
C: Perfect. My e-mail is [email:k dot brandstetter eighty-one at web dot de]. {neu}
A: And our farm manager, [person_name:Donato Pellegrino], will take a new photo of the tree and send it on Friday.
C: Oh, that's a lovely touch. She'll be so pleased. {pos}
A: Could you text me your grandmother's landline tonight, as a second number?
C: Sure, I'll text it tonight. Thank you, [person_name:Giuseppina]. {pos}
A: And [person_name:Donato] says the harvest was <percent:twenty percent> bigger this year.
C: Good for Mister Olive. Goodbye. {pos}
""",
    ),
]
